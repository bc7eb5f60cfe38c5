"""Bylines, datelines, signatures and dates: what names the author and dates the story."""

from __future__ import annotations

import pytest

from newsread.ingest import parse_text, rules

from .helpers import blocks_of as _blocks
from .helpers import paragraphs_of as _paragraphs


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("기자 이메일: minsu@hanbit.example", None),
        ("E-mail: minsu@hanbit.example", None),
        ("minsu@hanbit.example 김민수 기자", "김민수"),
        ("김민수 기자 ▶ minsu@hanbit.example", "김민수"),
        ("글·사진=김민수 기자 minsu@hanbit.example", "김민수"),
    ],
)
def test_reporter_e_mail_lines_go_to_metadata(line: str, name: str | None) -> None:
    article = parse_text(f"정부, 대책 발표\n\n정부가 대책을 발표했다.\n\n{line}\n\n정부는 다음 달 시행한다.\n")
    assert "minsu@" not in article.text
    assert article.author == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("대담=남하율 논설위원 / 정리=여지안 기자", "남하율"),
        ("대담=남하율 논설위원, 정리=여지안 기자 jian@hanbit.example", "남하율"),
        ("글=여지안 기자, 사진=남하율 기자", "여지안"),
        ("인터뷰=여지안 기자 | 사진·영상=남하율 기자", "여지안"),
    ],
)
def test_a_byline_naming_two_hands_names_the_first_and_is_not_read(line: str, name: str) -> None:
    article = parse_text(f'"숲을 지켜야 합니다"\n\n입력 2026.06.01 09:00\n{line}\n\n연구자를 만났다. 숲은 중요하다.\n')
    assert [t for _, t in _blocks(article)] == ['"숲을 지켜야 합니다"', "연구자를 만났다. 숲은 중요하다."]
    assert article.author == name


@pytest.mark.parametrize("tag", ["[OSEN=홍길동 기자]", "[스포츠서울 | 홍길동 기자]", "[MHN스포츠 홍길동 기자]"])
@pytest.mark.parametrize("gap", [" ", "\n"])
def test_any_outlet_s_tag_with_a_reporter_is_a_byline(tag: str, gap: str) -> None:
    article = parse_text(f"가수 컴백\n\n2026.01.02\n\n{tag}{gap}가수가 새 앨범을 냈다.\n\n팬들은 환호했다.\n")
    assert [t for _, t in _blocks(article)][1:] == ["가수가 새 앨범을 냈다.", "팬들은 환호했다."]
    assert article.author == "홍길동"


@pytest.mark.parametrize(
    "sentence",
    [
        "최지원 기자가 지난달 보도한 대책이 국무회의를 통과했다.",
        "최지원 기자 등 3명이 올해의 기자상을 받았다.",
        "최지원 기자는 = 기호를 넣어 수식을 설명했다.",
    ],
)
def test_a_sentence_after_an_outlet_s_tag_that_names_a_reporter_is_read(sentence: str) -> None:
    article = parse_text(f"[한빛경제] {sentence}\n\n시민들은 환영했다.\n")
    assert _blocks(article) == [("paragraph", sentence), ("paragraph", "시민들은 환영했다.")]


@pytest.mark.parametrize(
    "signature",
    [
        "홍길동 사회부 기자",
        "/홍길동 경제부 차장",
        "홍길동 사회부장",
        "홍길동 편집국 부국장",
        "홍길동 산업부 기자 hong@x.com",
    ],
)
@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_a_signature_with_the_desk_names_the_reporter(signature: str, gap: str) -> None:
    text = f"[기자수첩] 끝나지 않았다\n\n피해자들은 떠나지 못했다.\n\n정부는 답해야 한다.{gap}{signature}\n"
    article = parse_text(text)
    assert [t for _, t in _blocks(article)][1:] == ["피해자들은 떠나지 못했다.", "정부는 답해야 한다."]
    assert article.author == "홍길동"


def test_a_citizen_reporter_s_user_name_under_the_headline_names_the_author() -> None:
    text = "노인들의 겨울\n\n2026.12.08\n한승우(seungwoo)\n\n노인들이 줄을 섰다.\n\n김철수(시민) : 손이 얼 것 같아요.\n"
    article = parse_text(text)
    assert article.author == "한승우"
    assert [t for _, t in _blocks(article)][1:] == ["노인들이 줄을 섰다.", "손이 얼 것 같아요."]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("KBS 뉴스 김철수입니다.", "김철수"),
        ("MBN뉴스 김철수입니다. [kim.cs@mbn.co.kr]", "김철수"),
        ("채널A 뉴스 이영희입니다.", "이영희"),
        ("TV조선 박민수입니다.", "박민수"),
        ("연합뉴스TV 최지훈입니다.", "최지훈"),
        ("지금까지 부산에서 JTBC 정하늘 기자입니다.", "정하늘"),
        ("지금까지 한빛뉴스 김철수였습니다.", "김철수"),
        ("KBS 뉴스 박지은 기자였습니다.", "박지은"),
    ],
)
def test_sign_offs(line: str, name: str) -> None:
    m = rules.SIGN_OFF.match(line)
    assert m is not None and m["name"] == name


@pytest.mark.parametrize(
    "line",
    ["현장에 나가 있는 기자 연결합니다. 김철수 기자!", "김철수 기자가 다쳤다고 방송사는 밝혔습니다."],
)
def test_sentences_naming_a_reporter_are_read(line: str) -> None:
    text = f"폭설에 도로 통제\n\n밤사이 많은 눈이 내렸습니다.\n\n{line}\n\n도로 곳곳이 통제됐습니다.\n"
    assert line in [b.text for b in parse_text(text).blocks]


@pytest.mark.parametrize(
    ("field", "name"),
    [
        ("최서연 기자", "최서연"),
        ("이민호 기자 기자 구독", "이민호"),
        ("김철수 논설위원", "김철수"),
        ("한국경제", "한국경제"),
    ],
)
def test_author_field_names_the_person(field: str, name: str) -> None:
    m = rules.AUTHOR.match(field)
    assert m is not None and m["name"] == name


@pytest.mark.parametrize(
    "name", ["연합뉴스", "YTN", "MBC 뉴스", "한국경제TV", "조선닷컴", "Yonhap News", "편집국", "네이버", "Daum 뉴스"]
)
def test_outlets(name: str) -> None:
    assert rules.is_outlet(name)


@pytest.mark.parametrize("name", ["홍길동", "남궁민수", "김신문", "John Smith"])
def test_people_are_not_outlets(name: str) -> None:
    assert not rules.is_outlet(name)


@pytest.mark.parametrize(
    "signature",
    [
        "\n\n김민준 한빛대 교육학과 교수",
        "\n\n/김민준 한빛대 교육학과 교수",
        "\n\n<김민준 한빛경제연구원 선임연구위원>",
        " /김민준 한빛대 교육학과 교수",
        # The institution first, the name just before the title.
        "\n\n한빛대 교육학과 김민준 교수",
        "\n\n/한빛경제연구원 김민준 선임연구위원",
        " /법무법인 한빛 김민준 변호사",
    ],
)
def test_a_column_s_writer_signs_at_the_end(signature: str) -> None:
    text = f"대학의 길\n\n학생이 줄었다. 대학이 바뀌어야 한다.\n\n정부도 도와야 한다.{signature}\n"
    article = parse_text(text)
    assert [t for _, t in _blocks(article)] == [
        "대학의 길",
        "학생이 줄었다. 대학이 바뀌어야 한다.",
        "정부도 도와야 한다.",
    ]
    assert article.author == "김민준"


@pytest.mark.parametrize(
    ("signature", "name"), [("김지원 한빛대 교수", "김지원"), ("김성대 한빛연구원 연구위원", "김성대")]
)
def test_a_writer_whose_name_looks_like_an_institution_is_still_named_first(signature: str, name: str) -> None:
    article = parse_text(f"대학의 길\n\n학생이 줄었다. 대학이 바뀌어야 한다.\n\n{signature}\n")
    assert article.author == name


def test_a_byline_given_twice_is_kept_once_in_its_longer_form() -> None:
    text = "규제 완화 발표\n\n이수민 기자\n\n정부가 규제 완화 방안을 발표했다.\n\n이수민 기자 sumin@hanbit.example\n"
    article = parse_text(text)
    assert article.byline == "이수민 기자 sumin@hanbit.example"
    text = "규제 완화 발표\n\n(서울=연합뉴스) 이수민 기자 = 정부가 규제 완화 방안을 발표했다.\n\n김철수 기자\n"
    assert set(str(parse_text(text).byline).split(" / ")) == {"(서울=연합뉴스) 이수민 기자", "김철수 기자"}


@pytest.mark.parametrize("signature", ["윤재희 한빛대 사회학과 교수", "/윤재희 한빛대 사회학과 교수"])
def test_a_column_s_writer_signing_again_under_it_closes_it_and_the_bio_is_not_read(signature: str) -> None:
    text = (
        "[시론] 숫자보다 삶을\n\n윤재희 한빛대 사회학과 교수\n\n예산은 380조원이 넘는다.\n\n"
        f"이제는 삶을 봐야 한다.\n\n{signature}\n서울대를 졸업하고 박사 학위를 받았다. 가족 정책을 연구한다.\n"
    )
    article = parse_text(text)
    assert _blocks(article)[1:] == [("paragraph", "예산은 380조원이 넘는다."), ("paragraph", "이제는 삶을 봐야 한다.")]
    assert article.author == "윤재희"


def test_a_writer_s_bio_under_a_signature_the_page_did_not_give_before_is_not_read() -> None:
    text = (
        "숫자보다 삶을\n\n예산은 380조원이 넘는다.\n\n이제는 삶을 봐야 한다.\n\n윤재희 한빛대 사회학과 교수\n"
        "서울대를 졸업하고 미국에서 박사 학위를 받았다.\n\nⓒ 한빛일보 무단전재 및 재배포 금지\n"
    )
    article = parse_text(text)
    assert [t for _, t in _blocks(article)][1:] == ["예산은 380조원이 넘는다.", "이제는 삶을 봐야 한다."]
    assert article.author == "윤재희"
    # Where the story goes on after it, the line under the name is the story's.
    text = text.replace("\n\nⓒ", "\n\n그는 30년간 가족 정책을 연구했다.\n\nⓒ")
    assert ("heading", "윤재희 한빛대 사회학과 교수") in _blocks(parse_text(text))


def test_a_letter_signed_at_its_end_names_its_writer_and_between_paragraphs_the_line_stays() -> None:
    article = parse_text("보조금 이야기\n\n보조금이 줄었습니다.\n\n좋은 주말 보내세요.\n\n박서연 드림\n")
    assert article.author == "박서연" and "박서연 드림" not in article.text
    article = parse_text("선물 이야기\n\n선물을 골랐습니다.\n\n행운을 드림\n\n모두에게 나눠 줬습니다.\n")
    assert "행운을 드림" in article.text and article.author is None


def test_an_interviewee_s_profile_at_the_end_of_an_interview_is_read() -> None:
    text = (
        "농촌에 청년이 돌아오려면\n\n2026.02.11\n\n박서연 기자\n\n"
        '청년 귀농인을 돕는 김도윤 대표를 만났다.\n\n―귀농한 지 얼마나 됐나.\n\n"올해로 7년째다."\n\n'
        "김도윤 한빛농업 대표\n\n서울대 농경제학과를 졸업하고 2019년 전북 완주로 귀농했다.\n"
    )
    article = parse_text(text)
    assert _blocks(article)[-2:] == [
        ("heading", "김도윤 한빛농업 대표"),
        ("paragraph", "서울대 농경제학과를 졸업하고 2019년 전북 완주로 귀농했다."),
    ]
    assert article.author == "박서연"


@pytest.mark.parametrize("role", ["기상전문기자", "의학전문기자", "전문기자"])
def test_a_specialist_reporter_s_byline_names_the_reporter(role: str) -> None:
    article = parse_text(f"한파 온다\n\n2026.12.09\n\n오현수 {role}\n\n내일 아침 기온이 크게 떨어지겠다.\n")
    assert article.author == "오현수"


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("지금까지 날씨였습니다.", True),
        ("지금까지 한빛방송 경제 소식이었습니다.", True),
        ("궁금한 점이 있으면 이메일로 문의해 주세요.", True),
        ("홈페이지: https://www.example.com", True),
        ("- Context length: 32K tokens", True),
        ('경찰은 "목격자는 제보해 달라"고 당부했다.', False),
        ("대상자는 4월까지 주민센터에 신청해 주시기 바랍니다.", False),  # a notice's own words
        ("지금까지 피해 신고는 30건이었습니다.", False),
    ],
)
def test_sign_offs_requests_and_spec_lines_are_chrome(line: str, chrome: bool) -> None:
    assert rules.is_chrome(line) is chrome


def test_a_role_first_byline_names_its_writer() -> None:
    text = "내일 아침 영하권\n\n기상캐스터 이하늘\n\n내일은 올가을 들어 가장 춥겠습니다. 서울은 2도까지 내려가겠습니다."
    article = parse_text(text)
    assert article.author == "이하늘"
    assert "이하늘" not in article.text


def test_a_bio_under_its_own_header_is_not_read() -> None:
    text = (
        "[칼럼] 골목의 힘\n\n"
        "골목 상권은 도시의 모세혈관이다. 작은 가게가 살아야 동네가 산다.\n\n"
        "임대료 부담을 덜어 줄 장치가 필요하다. 지자체가 먼저 나서야 한다.\n\n"
        "최다은 한빛대 경영학과 교수\n\n"
        "글쓴이 소개\n"
        "한빛대에서 경영학 박사 학위를 받았다. 소상공인 정책을 연구하고 있다."
    )
    article = parse_text(text)
    assert article.author == "최다은"
    assert "학위" not in article.text and "소개" not in article.text


def test_a_bio_under_a_column_s_signature_above_the_story_is_not_its_lead() -> None:
    text = (
        "[기고] 동네 서점을 지키는 법\n\n"
        "윤서하 한빛대 문헌정보학과 교수\n"
        "한빛대 문헌정보학과 교수. 연세대에서 박사 학위를 받았다.\n\n"
        "동네 서점이 하나둘 문을 닫고 있다. 지난해에만 100곳이 넘게 사라졌다.\n\n"
        "서점은 책을 파는 곳이기 전에 동네의 사랑방이다. 지자체의 지원이 필요하다."
    )
    article = parse_text(text)
    assert article.blocks[1].text.startswith("동네 서점이 하나둘")
    assert article.author == "윤서하"


def test_comments_with_no_header_under_the_byline_are_not_read() -> None:
    text = (
        "한빛시 공영자전거 요금 인하\n\n"
        "한빛시가 공영자전거 요금을 30% 내린다. 다음 달부터 적용한다.\n\n"
        "시는 이용자가 늘면 노선도 넓힐 계획이다.\n\n"
        "최가람 기자 garam@example.com\n\n"
        "자전거출근\n"
        "반가운 소식입니다. 매일 타는데 부담이 줄겠네요.\n"
        "2025.06.01 08:10 신고 | 답글"
    )
    article = parse_text(text)
    assert article.text.endswith("시는 이용자가 늘면 노선도 넓힐 계획이다.")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("작성자 : 박영수", "박영수"),
        ("글쓴이 홍보팀 김미래", "김미래"),
        ("작성자 교통행정과 주무관 이하나", "이하나"),
        ("글쓴이 소개", None),  # a bio's header
        ("담당자: 주무관 박영수 (02-000-3456)", None),  # a contact, not the author
        ("기자 : 신예준", "신예준"),  # a print view's
        ("기자 신예준", None),  # a role and a name: another rule's
    ],
)
def test_a_board_s_author_field_names_the_author(line: str, name: str | None) -> None:
    m = rules.AUTHOR_FIELD.match(line)
    assert (m["name"] if m else None) == name


@pytest.mark.parametrize("tag", ["[단독]", "[속보]", "(종합)", "【르포】"])
def test_a_headline_s_tag_before_a_reporter_s_prefix_goes_with_it(tag: str) -> None:
    text = (
        f"정부, 부채 비율 묶는다\n\n입력 2025.09.03\n\n{tag} 홍길동 기자 = 정부가 국가채무 비율을 묶기로 했다.\n\n"
        "관계자는 이렇게 설명했다.\n"
    )
    article = parse_text(text)
    assert [t for _, t in _blocks(article)][1:] == ["정부가 국가채무 비율을 묶기로 했다.", "관계자는 이렇게 설명했다."]
    assert article.author == "홍길동"
    assert article.byline == "홍길동 기자"


@pytest.mark.parametrize("line", ["시민기자", "사진기자", "수습 기자", "그래픽 기자"])
def test_a_kind_of_reporter_alone_is_no_byline(line: str) -> None:
    assert not rules.BYLINE_LINE.match(line)


def test_a_citizen_reporter_s_writer_field_names_the_author_wherever_it_stands() -> None:
    text = "폐교 위기 섬마을 분교\n\n25.02.14 17:32\n글: 한승우(seungwoo)\n사진: 한승우(seungwoo)\n\n졸업식이 열렸다.\n"
    article = parse_text(text)
    assert article.author == "한승우"
    assert article.date == "2025-02-14T17:32:00+09:00"
    assert [t for _, t in _blocks(article)] == ["폐교 위기 섬마을 분교", "졸업식이 열렸다."]


def test_a_citizen_reporter_s_note_under_the_story_is_not_read() -> None:
    assert rules.is_chrome("덧붙이는 글 | 이 기사는 개인 블로그에도 실립니다.")
    assert not rules.is_chrome("그는 글을 덧붙이는 일이 많았다고 말했다.")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("(서울=뉴스1) 김민지 박재현 기자 = 국회가 예산안을 처리했다.", "김민지 박재현"),
        ("(서울=연합뉴스) 김민지 기자 = 국회가 예산안을 처리했다.", "김민지"),
    ],
)
def test_reporters_named_with_a_space_between_before_the_equals_sign(line: str, name: str) -> None:
    m = rules.WIRE_DATELINE.match(line)
    assert m is not None and m["name"] == name
    assert line[m.end() :] == "국회가 예산안을 처리했다."


@pytest.mark.parametrize("tag", ["(로스앤젤레스 AP=한빛통신)", "(파리 AFP=한빛통신)", "(도쿄 교도=한빛통신)"])
def test_a_foreign_agency_s_story_keeps_its_dateline_off_the_lead_and_names_its_reporter(tag: str) -> None:
    m = rules.WIRE_DATELINE.match(f"{tag} 오세린 기자 = 산불이 사흘째 번졌다.")
    assert m is not None and m["name"] == "오세린"
    article = parse_text(f"산불 사흘째 확산\n\n입력 2026.08.12 09:14\n\n{tag} 오세린 기자 = 산불이 사흘째 번졌다.\n")
    assert _paragraphs(article) == ["산불이 사흘째 번졌다."]
    assert article.author == "오세린"


def test_a_sentence_after_a_wire_s_tag_that_names_reporters_without_an_equals_sign_is_kept() -> None:
    m = rules.WIRE_DATELINE.match("(서울=연합뉴스) 국회 출입 기자들이 모였다.")
    assert m is not None and m["name"] is None


_COLUMN = (
    "[기고] 전기요금, 계절별로 달리 매겨야\n\n김하린 한빛에너지연구원 선임연구위원\n\n"
    "여름철 전력 수요는 해마다 새 기록을 쓴다. 요금은 사계절 내내 거의 같다.\n\n"
    "계절과 시간대에 따라 요금을 달리 매기면 수요를 나눌 수 있다. 해외에서는 이미 흔한 방식이다.\n\n"
    "{last}"
)


def test_the_writers_profile_on_one_line_after_a_column_is_not_read() -> None:
    last = "김하린 한빛에너지연구원 선임연구위원. 에너지 수요 관리를 20년 동안 연구해 왔다."
    article = parse_text(_COLUMN.format(last=last))
    assert [b.text for b in article.blocks][-1].startswith("계절과 시간대에")
    assert article.author == "김하린"


@pytest.mark.parametrize(
    "last",
    [
        # another person's profile (an interviewee's), and the writer's line with the story after it
        "박서준 한빛전력 대표. 그는 요금 개편에 찬성한다고 밝혔다.",
        "김하린 한빛에너지연구원 선임연구위원. 이런 제안을 한 지 벌써 10년이 됐다.\n\n정부는 이제 답해야 한다.",
    ],
)
def test_a_line_that_only_looks_like_the_writers_profile_is_read(last: str) -> None:
    article = parse_text(_COLUMN.format(last=last))
    assert [b.text for b in article.blocks][-len(last.split("\n\n")) :] == last.split("\n\n")


@pytest.mark.parametrize(
    ("line", "author"),
    [("작가 윤하람", "윤하람"), ("필자 김도윤", "김도윤"), ("글=이서준", "이서준"), ("글 쓰기", None)],
)
def test_a_blog_s_writer_field_names_the_author(line: str, author: str | None) -> None:
    article = parse_text(f"동네 서점이 사라진다\n\n2026. 5. 12.\n{line}\n\n서점이 문을 닫았다.\n\n임대료가 올랐다.\n")
    assert article.author == author


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("상담 정하린 정신건강의학과 전문의", "정하린"),
        ("글=김민준 한빛대 교수", "김민준"),
        ("도움말=이서현 한빛대병원 이비인후과 교수", None),
    ],
)
def test_the_word_before_a_signature_is_no_name(line: str, name: str | None) -> None:
    m = rules.writer_signature(line)
    assert (rules.signer(m) if m else None) == name


@pytest.mark.parametrize(
    ("end", "author"),
    [("김다솜 한빛시 동해구·회사원", "김다솜"), ("김다솜 한빛시 동해구·회사원\n\n시는 의자를 늘린다.", None)],
)
def test_a_reader_s_letter_signed_at_its_end_names_its_writer(end: str, author: str | None) -> None:
    page = f"버스 정류장 의자 하나\n\n정류장에 의자 세 개가 생겼다.\n\n어르신들이 앉아 쉬었다.\n\n{end}\n"
    article = parse_text(page)
    assert article.author == author
    assert "회사원" not in article.text or author is None


_WRITER_STORY = (
    "그림책 원화 기증\n\n{top}국내 그림책 작가 12명이 원화 120점을 기증했다고 10일 밝혔다.\n\n"
    "{mid}도서관들은 다음 달부터 원화를 전시한다.\n\n{bottom}"
)


@pytest.mark.parametrize(
    ("mark", "name"),
    [
        ("작가 김보라", "김보라"),
        ("글 이수진", "이수진"),
        ("글·사진 박민호", "박민호"),
        ("글 이수진 사진 박민호", "이수진"),
    ],
)
def test_a_writer_s_mark_over_or_under_the_story_is_its_byline(mark: str, name: str) -> None:
    for where in ("top", "bottom"):
        places = {"top": "", "mid": "", "bottom": "", where: mark + "\n\n"}
        article = parse_text(_WRITER_STORY.format(**places))
        assert article.author == name, where
        assert all(mark not in b.text for b in article.blocks), where


@pytest.mark.parametrize("mark", ["작가 김보라", "글 이수진", "글·사진 박민호"])
def test_a_writer_s_mark_between_paragraphs_is_the_story_s_line_and_names_no_author(mark: str) -> None:
    article = parse_text(_WRITER_STORY.format(top="", mid=mark + "\n\n", bottom=""))
    assert article.author is None
    assert ("heading", mark) in _blocks(article)


_SIGNED_COLUMN = (
    "[칼럼] 법은 멀고 주먹은 가깝다\n\n"
    "층간소음 분쟁이 폭력으로 번지는 일이 잦다. 이웃 간 갈등을 법으로만 풀 수는 없다.\n\n"
    "분쟁조정위원회를 먼저 찾는 것이 바람직하다.\n\n{last}\n"
)


@pytest.mark.parametrize(
    ("last", "author"),
    [
        ("홍길동 변호사", "홍길동"),
        ("김철수 서울대 교수", "김철수"),
        ("이민수 법무법인 한빛 대표변호사", "이민수"),
        # a story's last sentence that ends with a noun, a person's title last
        ("올해 가장 많이 팔린 책은 김영하 작가", None),
        ("이번 대회 최우수선수는 김민재 선수", None),
        # a credit, and a quote's attribution
        ("자료 제공 김철수 교수", None),
        ('"분쟁은 대화로 풀어야 한다"고 홍길동 변호사', None),
    ],
)
def test_a_column_s_closing_signature_names_its_writer_and_a_closing_sentence_does_not(
    last: str, author: str | None
) -> None:
    assert parse_text(_SIGNED_COLUMN.format(last=last)).author == author


def test_a_script_s_bare_labels_are_not_read_and_the_handoff_is_the_byline() -> None:
    article = parse_text(
        "폐교가 캠핑장으로\n\n"
        "앵커: 문을 닫은 시골 학교가 캠핑장으로 바뀌었습니다. 주민들이 직접 운영합니다. 한가람 기자가 보도합니다.\n\n"
        "기자: 운동장에 텐트 스무 동이 늘어서 있습니다.\n\n"
        "인터뷰: 엄수현 / 마을 이장\n"
        '"아이들 소리가 다시 들려서 좋습니다."\n'
    )
    assert _paragraphs(article) == [
        "문을 닫은 시골 학교가 캠핑장으로 바뀌었습니다. 주민들이 직접 운영합니다.",
        "운동장에 텐트 스무 동이 늘어서 있습니다.",
        '"아이들 소리가 다시 들려서 좋습니다."',
    ]
    assert article.author == "한가람"


def test_a_story_s_own_sentence_naming_a_reporter_is_read() -> None:
    assert rules.handoff_at_end("경찰은 김철수 기자에게 자료를 건넸다. 조사는 계속된다.") is None
    assert rules.handoff_at_end("조사는 계속됩니다. 김철수 기자입니다.") == (len("조사는 계속됩니다."), "김철수")


def test_reporters_sharing_a_byline_are_one_author_joined_by_a_middle_dot() -> None:
    assert rules.joined_names("윤서하 임재현") == "윤서하·임재현"
    assert rules.joined_names("윤서하, 임재현") == "윤서하·임재현"
    assert rules.joined_names("윤서하") == "윤서하"
    assert rules.joined_names("남궁 준") == "남궁 준"  # one name, spaced: no two names


def test_an_outlet_before_its_reporter_s_name_is_not_the_author() -> None:
    assert rules.joined_names("한빛일보 · 정약사") == "정약사"
    assert rules.joined_names("윤서하 · 임재현") == "윤서하·임재현"


def test_a_column_signed_with_a_work_ending_in_ga_names_its_writer() -> None:
    m = rules.writer_signature("나무숲 숲해설가")
    assert m is not None and rules.signer(m) == "나무숲"


def test_a_reporter_s_field_is_the_byline_not_a_script_s_label() -> None:
    story = "동네 책방 100곳이 연말 장터를 연다.\n"
    alone = parse_text(f"책방 장터 연다\n\n기자 : 하늘빛\n\n{story}")
    dated = parse_text(f"책방 장터 연다\n\n기자 : 하늘빛   등록일 : 2026-11-27\n\n{story}")
    assert alone.author == dated.author == "하늘빛" and dated.date == "2026-11-27"
    assert _paragraphs(dated) == [story.strip()]


def test_a_correction_after_the_byline_is_read_not_taken_for_the_reporter_s_profile() -> None:
    article = parse_text(
        "활동지원 시간 늘린다\n\n남유진 기자\n\n복지부는 활동지원 시간을 늘린다고 22일 밝혔다.\n\n"
        "복지부는 추가 예산 480억원을 편성했다.\n\n남유진 기자 yujin@hanbit.example\n\n"
        "바로잡습니다: 첫 보도에서 예산을 '840억원'으로 적었으나 '480억원'이 맞아 바로잡습니다.\n"
    )
    assert _paragraphs(article)[-1].startswith("바로잡습니다:")
    # the polite lines under a byline that say who the reporter is are still not read
    profile = parse_text(
        "활동지원 시간 늘린다\n\n남유진 기자\n\n복지부는 활동지원 시간을 늘린다고 22일 밝혔다.\n\n"
        "남유진 기자\n\n2015년 입사해 사회부를 거쳤습니다.\n"
    )
    assert not any("입사" in p for p in _paragraphs(profile))


def test_an_editor_over_a_magazine_story_is_its_author() -> None:
    article = parse_text(
        "겨울철 실내 습도 관리법\n\n2026.12.03 06:30\n에디터 권나래\n\n"
        "겨울철에는 실내 공기가 건조해지기 쉽다.\n\n가습기는 매일 세척해야 한다.\n"
    )
    assert article.author == "권나래"
    assert _paragraphs(article) == ["겨울철에는 실내 공기가 건조해지기 쉽다.", "가습기는 매일 세척해야 한다."]


def test_a_reporter_s_sign_off_closing_the_turn_is_read_and_names_the_author() -> None:
    article = parse_text(
        "도심 공원에 야간 조명\n\n앵커: 도심 공원이 밤에도 밝아집니다.\n\n기자: 서울 한빛공원입니다.\n\n"
        "기자: 구청은 조명을 늘릴 계획입니다. 지금까지 한빛뉴스 김도윤입니다.\n"
    )
    assert _paragraphs(article)[-1] == "구청은 조명을 늘릴 계획입니다. 지금까지 한빛뉴스 김도윤입니다."
    assert article.author == "김도윤"
    assert rules.sign_off_at_end("조명을 늘릴 계획입니다. 기상캐스터 정맑음이었습니다.") == "정맑음"
    assert rules.sign_off_at_end("김도윤 씨는 한빛뉴스 기자입니다. 조명은 내년에 늘어납니다.") is None
    alone = parse_text("도심 공원에 야간 조명\n\n기자: 구청은 조명을 늘릴 계획입니다.\n\n한빛뉴스 김도윤입니다.\n")
    assert _paragraphs(alone) == ["구청은 조명을 늘릴 계획입니다."]  # on a line of its own: the byline
    assert alone.author == "김도윤"


def test_what_follows_a_reporter_s_or_an_interviewer_s_label_is_read_as_a_paragraph() -> None:
    qa = parse_text(
        "책방 주인 인터뷰\n\n입력 2026.03.02\n\n동네 책방을 찾았다.\n\n"
        "기자: 왜 책방을 열었나?\n책이 좋아서였다. 처음엔 취미였다.\n\n기자: 힘든 점은.\n임대료다. 해마다 오른다.\n"
    )
    assert [b.kind for b in qa.blocks[1:]] == ["paragraph"] * 5  # the questions are no subheadings
    assert _paragraphs(qa)[1:4] == ["왜 책방을 열었나?", "책이 좋아서였다. 처음엔 취미였다.", "힘든 점은."]
    script = parse_text(
        "폭염 속 도심\n\n앵커: 폭염이 이어지고 있습니다.\n\n기자: 한낮 기온이 35도를 넘은 서울 도심.\n"
        "양산을 써 봐도 더위를 피하기 어렵습니다.\n"
    )
    assert _paragraphs(script)[1] == "한낮 기온이 35도를 넘은 서울 도심."
    assert rules.TURN_LABEL.match("[기자] 한낮 기온이 35도를 넘은 서울 도심.")
    assert not rules.TURN_LABEL.match("인터뷰: 최민규 / 인천시 도로과장")  # who speaks next: not said
    named = parse_text("폭염 속 도심\n\n앵커: 폭염이 이어집니다.\n\n[기자] 김철수\n\n한낮 기온이 35도를 넘었습니다.\n")
    assert _paragraphs(named) == ["폭염이 이어집니다.", "한낮 기온이 35도를 넘었습니다."]  # who takes the turn


def test_by_and_two_capitalised_words_between_paragraphs_is_a_subheading_not_a_byline() -> None:
    article = parse_text(
        "야구 시즌 결산\n\n입력 2026.10.02\nBy Choi Yuna\n\n올해 프로야구가 막을 내렸다.\n\n"
        "By the Numbers\n\n관중은 역대 최다인 900만명을 넘었다.\n\nBy Monday Night\n\n순위는 월요일 밤에 확정됐다.\n"
    )
    assert [(b.kind, b.text) for b in article.blocks if b.kind == "heading"] == [
        ("heading", "By the Numbers"),
        ("heading", "By Monday Night"),
    ]
    assert article.author == "Choi Yuna"  # over the story: the byline
    assert rules.is_english_title("What Comes Next")
    assert not rules.is_english_title("Read more")  # a button's words, not capitalized
    assert not rules.is_english_title("Top Stories")  # a listed button's word in it
    menu = parse_text("야구 시즌 결산\n\n올해 프로야구가 막을 내렸다.\n\nSign In\nSubscribe Now\n")
    assert "Sign In" not in menu.text  # after the story, not between its paragraphs: the menu


def test_a_reader_s_letter_signed_with_age_and_address_names_its_writer() -> None:
    article = parse_text(
        "[독자의 소리] 횡단보도 신호, 10초만 더\n\n입력 2026.03.09 19:00\n\n"
        "우리 동네 횡단보도는 초록불이 18초면 꺼진다.\n\n보행 신호를 10초 늘려 주기를 부탁드린다.\n\n"
        "나보행 (60·부산 한빛구 바다로 12)\n\n"
        "※ 독자 투고는 opinion@example.com 로 보내 주십시오. 소정의 원고료를 드립니다.\n"
    )
    assert article.author == "나보행"
    assert _paragraphs(article) == [
        "우리 동네 횡단보도는 초록불이 18초면 꺼진다.",
        "보행 신호를 10초 늘려 주기를 부탁드린다.",
    ]
    assert rules.LETTER_WRITER.match("김철수(45·회사원)")
    assert not rules.LETTER_WRITER.match("김철수(45)")  # an age alone: who a story speaks of
    m = rules.writer_signature("정다빈 한빛대 의대 교수·소아청소년과")
    assert m is not None and rules.signer(m) == "정다빈"  # the title, then the writer's field


def test_a_box_about_the_writer_under_a_column_names_the_author() -> None:
    column = "[칼럼] 골목상권\n\n2026.06.09\n\n빈 점포가 절반이었다.\n\n지금은 빈 점포를 찾기 어렵다.\n\n"
    for box in ("필자 소개\n차서윤\n한빛연구원 선임연구위원\n", "■ 필자 약력\n차서윤 한빛연구원 선임연구위원\n"):
        article = parse_text(column + box)
        assert article.author == "차서윤", box
        assert _paragraphs(article) == ["빈 점포가 절반이었다.", "지금은 빈 점포를 찾기 어렵다."]
    assert rules.writer_mark("필자 소개") is None
    assert rules.writer_mark("필자 김도윤") is not None


def test_a_reporter_s_name_field_names_the_author_without_a_title_after_it() -> None:
    m = rules.AUTHOR_FIELD.match("기자명 남궁현")
    assert m is not None and m["name"] == "남궁현"
    assert rules.AUTHOR_FIELD.match("기자명 : 하다은") is not None
    article = parse_text(
        "편의점 도시락 가격 1년 새 12% 올라\n\n기자명 남궁현\n입력 2026.11.03 06:00\n\n"
        "편의점 도시락 값이 1년 새 평균 12% 올랐다.\n\n업계는 실속형 도시락을 내놓을 계획이다.\n"
    )
    assert (article.title, article.author) == ("편의점 도시락 가격 1년 새 12% 올라", "남궁현")


@pytest.mark.parametrize("mark", ["글·사진 김새론 여행작가", "글 김새론 칼럼니스트", "글 김새론 교수"])
def test_a_writer_s_mark_with_a_writer_s_title_over_the_story_is_its_byline(mark: str) -> None:
    article = parse_text(
        f"[여행] 섬진강 벚꽃길\n\n{mark}\n2026.04.08\n\n"
        "섬진강을 따라 벚꽃길이 40km 이어진다. 올해는 꽃이 일주일 일찍 피었다.\n\n"
        "주말에는 하루 3만명이 찾는다. 군은 임시 주차장을 두 곳 더 열었다.\n"
    )
    assert article.title == "[여행] 섬진강 벚꽃길"
    assert article.author == "김새론"
    assert not any("김새론" in b.text for b in article.blocks)


def test_a_headline_ending_with_whom_it_is_about_is_no_signature() -> None:
    assert rules.writer_signature("배터리 연구 20년…한빛과학기술원 오정민 교수") is None
    assert rules.writer_signature("'배터리 외길' 오정민 교수") is None
    assert rules.writer_signature("/김민준 한빛대 교육학과 교수") is not None


def test_a_korean_edition_s_byline_with_the_name_after_by_is_a_byline() -> None:
    m = rules.BYLINE_LINE.match("배소율 기자 (By Bae So-yul)")
    assert m is not None and m["name"] == "배소율"
    assert rules.BYLINE_LINE.match("배소율 기자 (By Bae So-yul)가 썼다.") is None


@pytest.mark.parametrize(
    "note", ["*윤재희 교수는 한빛대에서 도시 기후 정책을 연구하고 있다.", "※ 필자는 한빛대 도시공학과 교수다."]
)
def test_a_starred_note_about_the_writer_under_a_column_is_not_read(note: str) -> None:
    story = (
        "도시가 기후에 먼저 맞서야 한다. 폭염은 도시에서 사람을 만난다.\n\n"
        "시장에게 예산을 줘야 한다. 부처보다 빠르다.\n\n"
    )
    article = parse_text(f"[기고] 기후 적응은 도시의 일이다\n\n2026.10.14\n윤재희 한빛대 교수\n\n{story}{note}\n")
    assert len(_paragraphs(article)) == 2
    # a starred line about someone else is the story's
    other = parse_text(f"[기고] 기후 적응\n\n2026.10.14\n윤재희 한빛대 교수\n\n{story}*박도윤 시장은 예산을 늘렸다.\n")
    assert _paragraphs(other)[-1] == "*박도윤 시장은 예산을 늘렸다."


def test_a_writer_s_mark_after_the_last_sentence_is_the_byline() -> None:
    m = rules.byline_at_end("오늘의 레터는 여기까지입니다. 글 편지민 에디터")
    assert m is not None and m["name"] == "편지민"
    article = parse_text(
        "전기차 보조금이 바뀝니다\n\n2026.02.03\n\n올해 보조금은 최대 580만원입니다. 지난해보다 줄었습니다.\n\n"
        "지역 보조금은 따로 확인해야 합니다. 오늘은 여기까지입니다. 에디터 권나래\n"
    )
    assert article.author == "권나래"
    assert "권나래" not in article.text
    assert rules.byline_at_end("그는 글을 쓴다. 글 솜씨가 좋다") is None


def test_a_foreign_writer_s_name_of_two_words_before_the_institution_is_the_name() -> None:
    m = rules.writer_signature("마리아 로엔 한빛국제도시연구소 선임연구원")
    assert m is not None and rules.signer(m) == "마리아 로엔"
    korean = rules.writer_signature("김민준 한빛대 교육학과 교수")
    assert korean is not None and rules.signer(korean) == "김민준"
    # a title between the name and the institution is no part of the name
    lawyer = rules.writer_signature("홍길동 변호사 법무법인 한빛 대표")
    assert lawyer is None or rules.signer(lawyer) == "홍길동"


_LETTERS = (
    "[독자편지] 이번 주 독자들이 보내온 이야기\n\n입력 2026.11.06 17:30\n\n"
    "경비원 아저씨께 감사를{gap}"
    "우리 아파트 경비원 아저씨는 새벽마다 단지 앞 눈을 치우신다. 고맙다는 말씀을 전하고 싶다.{gap}"
    "― 한다솜·회사원(한빛시 동구)\n\n"
    "버스 정류장에 의자 하나만{gap}"
    "우리 동네 정류장에는 앉을 곳이 없다. 작은 의자 하나라도 놓아 주었으면 한다.{gap}"
    "{second}\n"
)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_page_of_letters_each_signed_reads_their_titles_as_subheadings_and_names_no_writer(gap: str) -> None:
    article = parse_text(_LETTERS.format(second="- 곽은비(45·주부)", gap=gap))
    assert _blocks(article)[1:] == [
        ("heading", "경비원 아저씨께 감사를"),
        ("paragraph", "우리 아파트 경비원 아저씨는 새벽마다 단지 앞 눈을 치우신다. 고맙다는 말씀을 전하고 싶다."),
        ("heading", "버스 정류장에 의자 하나만"),
        ("paragraph", "우리 동네 정류장에는 앉을 곳이 없다. 작은 의자 하나라도 놓아 주었으면 한다."),
    ]
    assert article.author is None


def test_letters_signed_with_a_triangle_read_as_letters_signed_with_a_dash() -> None:
    page = _LETTERS.format(second="▲곽은비·주부", gap="\n")
    article = parse_text(page.replace("― 한다솜·회사원(한빛시 동구)", "▲한다솜·회사원"))
    assert [kind for kind, _ in _blocks(article)[1:]] == ["heading", "paragraph", "heading", "paragraph"]
    assert not any("회사원" in t or "주부" in t for _, t in _blocks(article))
    assert article.author is None


def test_one_letter_signed_after_a_dash_under_the_story_names_its_writer() -> None:
    article = parse_text(
        "횡단보도 신호, 10초만 더\n\n입력 2026.03.09 19:00\n\n"
        "우리 동네 큰길 횡단보도는 초록불이 켜지고 18초면 꺼진다.\n\n"
        "어르신이 많이 사는 동네만이라도 보행 신호를 늘려 주기를 부탁드린다.\n\n"
        "― 나보행·자영업(부산 한빛구)"
    )
    assert article.author == "나보행"
    assert all("자영업" not in b.text for b in article.blocks)


def test_an_author_field_with_the_writers_mail_names_the_writer_wherever_it_stands() -> None:
    for line in [
        "기자: 차윤슬 (yunseul@daily.example)",
        "기자 : 차윤슬 yunseul@daily.example",
        "글: 차윤슬 <y@d.example>",
    ]:
        m = rules.AUTHOR_FIELD.match(line)
        assert m is not None and m["name"] == "차윤슬", line
    assert rules.AUTHOR_FIELD.match("기자: 차윤슬 님께 메일 보내기") is None
    text = (
        "어린이 보호구역 단속 카메라 200대 추가\n\n"
        "한빛시가 연말까지 어린이 보호구역에 과속 단속 카메라 200대를 더 설치한다.\n\n"
        "시는 통학 시간대 교통 지도 인력도 늘리기로 했다.\n\n"
        "Copyright ⓒ 한빛일보. All rights reserved. 무단 전재 및 재배포 금지.\n"
        "기자: 차윤슬 (yunseul@hanbitdaily.example)\n"
    )
    article = parse_text(text)
    assert article.author == "차윤슬"
    assert "yunseul" not in article.text


@pytest.mark.parametrize("office", ["민원실", "정책과", "홍보팀", "입학처", "민원센터", "운영본부"])
def test_an_office_that_reads_as_a_surname_and_a_name_in_a_writer_s_field_is_no_author(office: str) -> None:
    text = (
        f"상반기 공공근로 참여자 모집 공고\n작성자 {office}\n등록일 2026-03-02\n\n"
        "한빛시는 2026년 상반기 공공근로 사업 참여자를 모집합니다.\n\n신청은 3월 20일까지 받습니다.\n"
    )
    assert parse_text(text).author is None
    assert parse_text(text.replace(office, "김철수")).author == "김철수"


@pytest.mark.parametrize("name", ["박은실", "한영실", "조미실", "윤성과", "장대팀", "오정처"])
def test_a_name_ending_like_an_office_in_a_writer_s_field_is_the_author(name: str) -> None:
    text = (
        f"경로당 난방비 지원 안내\n\n작성자 {name} 작성일 2026-12-04 조회 88\n\n"
        "올겨울 경로당 난방비를 한 곳에 월 40만 원씩 지원합니다.\n\n신청은 동 주민센터에서 받습니다.\n"
    )
    assert parse_text(text).author == name


@pytest.mark.parametrize(
    ("entry", "read"),
    [
        ("발인 9일 오전 8시. ☎ 031-000-0000", "발인 9일 오전 8시."),
        ("영업은 밤 10시까지다. (연락처 02-000-1234)", "영업은 밤 10시까지다."),
        ("신청은 주민센터에서 받는다. 문의 ☎ 1588-0000", "신청은 주민센터에서 받는다."),
        ("신청은 주민센터에서 받는다. 02-000-1234", None),
    ],
)
def test_a_telephone_number_after_an_entry_s_last_sentence_is_cut(entry: str, read: str | None) -> None:
    assert rules.story_without_phone(entry) == read


@pytest.mark.parametrize(
    "bio",
    [
        "최누리 ● 누리대 도시공학과 교수 ● 전 누리시 도시계획위원 ● 저서 『골목의 시간』",
        "한가람 ◆ 한빛연구원 선임연구위원 ◆ 한빛대 행정학 박사 ◆ 전 국회 입법조사관",
    ],
)
def test_a_writers_bio_on_one_line_after_the_column_signs_it(bio: str) -> None:
    text = (
        "[시평] 골목이 살아야 도시가 산다\n\n입력 2026.06.02 05:00\n\n"
        "큰길의 가게는 비어 가는데 골목의 작은 가게에는 사람이 몰린다.\n\n"
        "도시 계획은 이제 골목을 먼저 봐야 한다. 걷고 싶은 길이 사람을 모은다.\n\n"
        f"―――――\n{bio}\n"
    )
    article = parse_text(text)
    assert article.author == bio.split()[0]
    assert all(bio.split()[2] not in b.text for b in article.blocks)


def test_a_story_line_with_round_dots_is_no_signature() -> None:
    assert rules.dotted_signature("● 일시: 6월 2일 ● 장소: 한빛시청 ● 대상: 시민 누구나") is None


@pytest.mark.parametrize("sign", ["나무결 화백", "그림 = 나무결 화백", "나무결 화백 tree@hanbit.example"])
def test_a_cartoonist_s_signature_names_the_author(sign: str) -> None:
    page = f"[만평] 폭염 속 전기요금\n\n입력 2026.08.01 05:00\n{sign}\n\n"
    page += "한여름 더위에 에어컨을 켜기가 무섭다는 가구가 늘었다.\n"
    assert parse_text(page).author == "나무결"
