"""The general rules, one shape at a time (on lines that are in no test page)."""

from __future__ import annotations

import logging

import pytest

from newsread.ingest import parse_html, parse_text, rules
from newsread.types import Article


def _blocks(article: Article) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in article.blocks]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("정부가 내년 예산을 확정했다.", True),
        ('그는 "끝까지 가겠다"고 말했다.', True),
        ("무엇이 문제일까요?", True),
        ("매출은 전년보다 12.5% 늘어난 3조원으로 집계됐다는 분석이 나왔다 (단위: 원).", True),
        ("AI 시대, 한국 경제는 버틸 수 있나?", False),
        ("드디어 우승!", False),
        ("엔비디아, GPU 26만장 韓 공급…삼성 등 4개社와도 협업", False),
        ("李-젠슨황 접견…치맥 회동 언급에 화기애애", False),
    ],
)
def test_is_sentence(line: str, expected: bool) -> None:
    assert rules.is_sentence(line) is expected


@pytest.mark.parametrize(
    ("headline", "read"),
    [
        ("[단독] 전세사기 피해자 80%가 2030", "전세사기 피해자 80%가 2030"),
        ('기상청 "올가을 첫 한파"(종합2보)', '기상청 "올가을 첫 한파"'),
        ("반도체 수출 회복세(속보)[이슈분석]", "반도체 수출 회복세"),
        ("【속보】 코스피 4000 돌파", "코스피 4000 돌파"),
        ("유엔(UN) 총회 개막", "유엔(UN) 총회 개막"),
        ("[포토]", "[포토]"),
    ],
)
def test_headline_tags(headline: str, read: str) -> None:
    assert rules.strip_headline_tags(headline) == read


@pytest.mark.parametrize(
    "line",
    [
        "사진=게티이미지뱅크",
        "서울 도심의 한 공사 현장. /사진=뉴스1",
        "▲ 시민들이 줄을 서 있다.",
        "부산항 신선대부두 전경. (부산항만공사 제공)",
        "기자회견 하는 장관 연합뉴스",
        "[서울=뉴스1] 이동해 기자 = 시민들이 걷고 있다. (공동취재) 2025.10.1 /뉴스1",
        "회의 모습. 2025.07.10. photo@newsis.com",
        "[사진 제공=삼성전자]",
    ],
)
def test_captions(line: str) -> None:
    assert rules.is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "정부가 내년 예산을 확정했다고 연합뉴스가 보도했다.",
        "엔비디아, GPU 26만장 韓 공급…삼성 등 4개社와도 협업",
    ],
)
def test_not_captions(line: str) -> None:
    assert not rules.is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "본문 바로가기",
        "메뉴 바로가기",
        "글자크기 설정",
        "뉴스듣기",
        "기사 듣기",
        "불러오는 중...",
        "읽는 시간 3분",
        "약 2분 소요",
        "시계아이콘01분 05초 소요",
        "AD",
        "광고",
        "페이스북 트위터 카카오톡 링크복사",
        "공유하기",
        "좋아요 3",
        "댓글 12",
        "이 기사는 AI가 요약했습니다. 자세한 내용은 본문을 확인하세요.",
        "※ 이 기사는 지역신문발전기금을 지원받아 작성됐습니다.",
        "※ 이 기사는 인공지능 기자가 작성한 초안을 편집자가 검토해 작성했습니다.",
        "▷ 카카오톡 : 'KBS제보' 검색",
        "영상취재 : 김철수",
    ],
)
def test_chrome(line: str) -> None:
    assert rules.is_chrome(line) or rules.PROMO.match(line)


@pytest.mark.parametrize(
    "line",
    ["정치권이 다시 요동치고 있다.", "경제 위기 경고음", "공유경제 플랫폼 규제 강화", "닫기 어려운 격차"],
)
def test_not_chrome(line: str) -> None:
    assert not rules.is_chrome(line)


def test_bylines_and_datelines_go_to_metadata() -> None:
    text = (
        "물가 3개월 만에 2%대\n\n"
        "(세종=연합뉴스) 박영수 기자 = 소비자물가가 석 달 만에 2%대로 올라섰다고 통계청이 밝혔다.\n\n"
        "석유류 가격이 크게 올랐다. 박영수 기자 pys@yna.co.kr\n"
    )
    article = parse_text(text)
    assert _blocks(article) == [
        ("title", "물가 3개월 만에 2%대"),
        ("paragraph", "소비자물가가 석 달 만에 2%대로 올라섰다고 통계청이 밝혔다."),
        ("paragraph", "석유류 가격이 크게 올랐다."),
    ]
    assert article.author == "박영수"
    assert article.byline is not None and "pys@yna.co.kr" in article.byline


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


@pytest.mark.parametrize("tag", ["[OSEN=홍길동 기자]", "[스포츠서울 | 홍길동 기자]", "[MHN스포츠 홍길동 기자]"])
@pytest.mark.parametrize("gap", [" ", "\n"])
def test_any_outlet_s_tag_with_a_reporter_is_a_byline(tag: str, gap: str) -> None:
    article = parse_text(f"가수 컴백\n\n2026.01.02\n\n{tag}{gap}가수가 새 앨범을 냈다.\n\n팬들은 환호했다.\n")
    assert [t for _, t in _blocks(article)][1:] == ["가수가 새 앨범을 냈다.", "팬들은 환호했다."]
    assert article.author == "홍길동"


@pytest.mark.parametrize(
    "dateline",
    [
        "[한빛경제] 최지원 기자 = ",
        "[한빛경제]최지원 기자= ",
        "(한빛일보) 최지원 특파원 = ",
        "【OSEN】 최지원·김하늘 통신원 = ",
        "[한빛경제]\n최지원 기자 = ",
    ],
)
def test_an_outlet_s_tag_and_a_reporter_s_prefix_are_a_pasted_story_s_dateline(dateline: str) -> None:
    article = parse_text(f"{dateline}정부가 대책을 발표했다. 다음 달 시행한다.\n\n시민들은 환영했다.\n")
    assert _blocks(article) == [
        ("title", "정부가 대책을 발표했다."),
        ("paragraph", "다음 달 시행한다."),
        ("paragraph", "시민들은 환영했다."),
    ]
    assert article.author is not None and article.author.startswith("최지원")


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


def test_a_company_s_department_head_between_paragraphs_is_still_a_subheading() -> None:
    text = "기업인을 만나다\n\n기업인을 만났다.\n\n김철수 한빛전자 영업부장\n\n그는 회사를 세웠다.\n\n이영희 기자\n"
    assert ("heading", "김철수 한빛전자 영업부장") in _blocks(parse_text(text))


def test_a_citizen_reporter_s_user_name_under_the_headline_names_the_author() -> None:
    text = "노인들의 겨울\n\n2026.12.08\n한승우(seungwoo)\n\n노인들이 줄을 섰다.\n\n김철수(시민) : 손이 얼 것 같아요.\n"
    article = parse_text(text)
    assert article.author == "한승우"
    assert [t for _, t in _blocks(article)][1:] == ["노인들이 줄을 섰다.", "손이 얼 것 같아요."]


def test_question_headline_and_subheading() -> None:
    text = (
        "AI 시대, 한국 경제는 버틸 수 있나?\n\n정부가 AI 투자를 늘리기로 했다. 업계는 환영했다.\n\n"
        "왜 지금 GPU인가?\n\nGPU는 AI 학습에 꼭 필요하다.\n"
    )
    assert [k for k, _ in _blocks(parse_text(text))] == ["title", "paragraph", "heading", "paragraph"]


def test_a_list_inside_the_story_is_read() -> None:
    text = (
        "정부, 5대 과제 발표\n\n정부가 올해 과제를 발표했다. 주요 내용은 다음과 같다.\n\n"
        "- 일자리 창출\n- 물가 안정\n- 주거 지원\n\n정부는 점검 회의를 열 계획이다.\n"
    )
    assert _blocks(parse_text(text))[2:5] == [
        ("paragraph", "- 일자리 창출"),
        ("paragraph", "- 물가 안정"),
        ("paragraph", "- 주거 지원"),
    ]


def test_links_to_other_stories_inside_the_story_are_not() -> None:
    text = (
        "정부, 5대 과제 발표\n\n정부가 올해 과제를 발표했다. 주요 내용은 다음과 같다.\n\n"
        '"물가부터 잡는다"…정부 총력전\n집값 잡힐까, 공급 대책 "역대 최대"\n\n'
        "정부는 점검 회의를 열 계획이다.\n"
    )
    assert [k for k, _ in _blocks(parse_text(text))] == ["title", "paragraph", "paragraph"]


def test_a_related_list_without_a_copyright_line_is_not_read() -> None:
    text = (
        "정부, 5대 과제 발표\n\n정부가 올해 과제를 발표했다. 주요 내용은 다음과 같다.\n\n"
        "정부는 점검 회의를 열 계획이다.\n\n관련기사\n\n"
        "물가부터 잡는다는 정부\n집값 잡힐까\n많이 본 뉴스\n"
        "유명 배우가 결혼 소식을 전했다. 팬들은 축하했다.\n"
    )
    kept = parse_text(text).text
    assert "정부는 점검 회의를 열 계획이다." in kept
    assert "집값" not in kept
    assert "배우" in kept  # a paragraph after the list is not silently dropped


@pytest.mark.parametrize(
    "header", ["[관련기사]", "<관련기사>", "■ 관련기사", "함께 보면 좋은 기사", "[AI 추천 기사]", "[핫클릭]"]
)
def test_a_list_header_in_brackets_or_after_a_mark_starts_a_list(header: str) -> None:
    text = (
        "정부, 5대 과제 발표\n\n정부가 올해 과제를 발표했다.\n\n"
        f"{header}\n집값 잡힐까 공급 대책 역대 최대\n물가부터 잡는다는 정부\n\n정부는 점검 회의를 열 계획이다.\n"
    )
    assert [t for _, t in _blocks(parse_text(text))][1:] == [
        "정부가 올해 과제를 발표했다.",
        "정부는 점검 회의를 열 계획이다.",
    ]


@pytest.mark.parametrize("line", ["[연관기사] 버스 파업 내일 첫차부터", "- 관련기사: 버스 파업 내일 첫차부터"])
def test_a_labelled_link_to_another_story_is_not_read(line: str) -> None:
    text = f"버스 파업\n\n버스 노사 협상이 결렬됐다.\n\n{line}\n\n시민들은 불편을 걱정했다.\n"
    assert line not in parse_text(text).text


def test_numbered_subheadings() -> None:
    text = (
        "반도체 수출 3개월 연속 증가\n\n반도체 수출이 석 달 연속 늘었다.\n\n1. 메모리 반도체 회복\n\n"
        "메모리 가격이 올랐다.\n\n2. 중국 수출 반등\n\n중국 수출도 늘었다.\n"
    )
    article = parse_text(text)
    assert [b.text for b in article.blocks if b.kind == "heading"] == [
        "1. 메모리 반도체 회복",
        "2. 중국 수출 반등",
    ]
    assert article.blocks[0].kind == "title"


def test_broadcast_marker_on_the_same_line_as_the_speech() -> None:
    text = "폭설에 도로 통제\n\n[앵커] 밤사이 많은 눈이 내렸습니다.\n\n<기자> 도로 곳곳이 통제됐습니다.\n"
    assert [t for _, t in _blocks(parse_text(text))][1:] == [
        "밤사이 많은 눈이 내렸습니다.",
        "도로 곳곳이 통제됐습니다.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "업체가 기사를 무단 복제해 팔다 적발됐다.",
        "저작권자의 허락 없이 무단으로 배포한 혐의다.",
        "네이버의 AI 요약 기술은 기사의 핵심만 골라 보여준다.",
        "AI가 요약한 판결문은 변호사가 다시 확인하는 것이 좋다고 그는 말했다.",
        "이 서비스는 음성 기능을 지원한다.",
        "주민 제보를 받은 경찰이 전화로 신고자를 찾았다.",
        "번역본과 원문을 확인한 결과 오류가 발견됐다.",
        "문의는 시 콜센터 02-2133-0000으로 하면 된다.",
        "붙임 서류를 확인했다고 밝혔다.",
        "금감원은 투자 판단의 책임은 투자자에게 있다며 주의를 당부했다.",
        "신문사는 편집 방향과 무관한 광고를 실었다고 해명했다.",
        "이 업체는 매주 월요일 고객에게 할인 쿠폰을 보낸다.",
        "구독자 전용 혜택을 늘리겠다고 밝혔다.",
        "가입하면 월 4,900원을 돌려받는다.",
        "회원만 볼 수 있는 기사를 늘렸다고 밝혔다.",
        "그 기사는 지난달 작성됐다.",
        "그는 사회부에서 교육 분야를 취재했다.",
        "전화 상담은 02-2133-0000으로 하면 된다.",
        "그는 카카오톡으로 채널을 추가해 달라고 요청했다.",
        "금감원은 리딩방의 투자 권유가 불법이라고 밝혔다.",
        "기업 후원이 좋은 기사를 만든다는 주장도 있다.",
        "시민들은 선수들을 응원했다.",
    ],
)
def test_story_sentences_about_the_same_topics_as_chrome_are_read(sentence: str) -> None:
    text = f"정부, 대책 발표\n\n정부가 대책을 발표했다.\n\n{sentence}\n\n정부는 다음 달 시행한다.\n"
    assert sentence in [b.text for b in parse_text(text).blocks]


def test_a_triangle_list_is_read_and_a_triangle_caption_is_not() -> None:
    text = (
        "정부, 3대 과제 발표\n\n정부가 과제를 발표했다. 내용은 다음과 같다.\n\n"
        "▲청년 일자리 확대\n▲주거 지원\n\n▲ 시민들이 줄을 서 있다.\n\n정부는 다음 달 시행한다.\n"
    )
    texts = [b.text for b in parse_text(text).blocks]
    assert "▲청년 일자리 확대" in texts and "▲주거 지원" in texts
    assert "▲ 시민들이 줄을 서 있다." not in texts


@pytest.mark.parametrize("between", ["", "[그래픽] 3대 과제 내용\n(서울=연합뉴스) 김토끼 기자\n\n"])
def test_a_list_under_the_last_paragraph_is_the_story_s(between: str) -> None:
    text = (
        f"정부, 3대 과제 발표\n\n정부가 과제를 발표했다. 주요 내용은 다음과 같다.\n\n{between}"
        "◆ 3대 과제\n\n▲ 청년 일자리 확대\n▲ 주거 지원(월세 20만원)\n\n김철수 기자 cs@x.com\n"
    )
    assert _blocks(parse_text(text))[-3:] == [
        ("heading", "3대 과제"),
        ("paragraph", "▲ 청년 일자리 확대"),
        ("paragraph", "▲ 주거 지원(월세 20만원)"),
    ]


def test_a_bold_box_title_with_an_arrow_over_the_closing_list_is_a_subheading() -> None:
    html = (
        "<html><body><article><h1>손흥민 멀티골</h1><p>손흥민이 두 골을 넣었다고 구단이 밝혔다.</p>"
        "<p><strong>▶ 손흥민 시즌 기록</strong></p><p>▲ 8경기 5골<br>▲ 평점 7.6</p>"
        "<p>류재현 기자 jh@x.com</p></article></body></html>"
    )
    assert _blocks(parse_html(html))[2:] == [
        ("heading", "손흥민 시즌 기록"),
        ("paragraph", "▲ 8경기 5골"),
        ("paragraph", "▲ 평점 7.6"),
    ]


@pytest.mark.parametrize(
    "tail",
    [
        "▲ 청년 일자리 확대\n▲ 주거 지원\n\n이 업체는 어디인가\n구독 이벤트 안내\n",  # text goes on: the footer
        "• 청년 일자리 확대\n• 주거 지원\n",  # the bullets of a link list
        '- "월급 빼고 다 올랐다"…외식 물가 최고\n- 손흥민, 시즌 10호 골…팀은 무승부\n',  # other stories
        "▲ 청년 일자리 확대\n",  # one line only
        "▲ 서울시, 버스 파업 대비 비상수송대책 가동\n▲ [단독] 버스노조 집행부 총사퇴 검토\n",  # headlines
    ],
)
def test_other_lines_under_the_last_paragraph_are_not(tail: str) -> None:
    text = f"정부, 3대 과제 발표\n\n정부가 과제를 발표했다. 주요 내용은 다음과 같다.\n\n{tail}"
    assert [k for k, _ in _blocks(parse_text(text))] == ["title", "paragraph"]


def test_an_embedded_post_s_words_are_read_without_its_picture_link_and_tags_alone_are_not() -> None:
    text = (
        "아이돌 신곡 공개\n\n그룹이 신곡을 공개했다.\n\n"
        "무대에서 만나요. 많이 기대해 주세요! #LUMINOUS pic.twitter.com/aB3dE5fG7h\n\n"
        "내일 만나요 💙 #LUMINOUS https://twitter.com/lum/status/1\n\n"
        "신청은 한빛시 누리집(https://www.hanbit.go.kr)\n\n"
        "앨범은 3일 발매된다.\n"
    )
    assert [t for _, t in _blocks(parse_text(text))][1:] == [
        "그룹이 신곡을 공개했다.",
        "무대에서 만나요. 많이 기대해 주세요!",
        "신청은 한빛시 누리집(https://www.hanbit.go.kr)",
        "앨범은 3일 발매된다.",
    ]


@pytest.mark.parametrize(
    ("tail", "author"),
    [
        ("시행은 다음 달이라고 밝혔다. <저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지>", None),
        ("시행은 다음 달이라고 밝혔다.\n김철수 기자 cs@x.com <저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지>", "김철수"),
        ("시행은 다음 달이라고 밝혔다. 김철수 기자 cs@x.com ⓒ 한빛일보 무단전재 및 재배포 금지", "김철수"),
    ],
)
def test_a_copyright_notice_on_the_last_paragraph_s_line_ends_the_story_after_it(tail: str, author: str | None) -> None:
    article = parse_text(f"정부, 대책 발표\n\n정부가 대책을 발표했다.\n\n{tail}\n\n관련기사 더보기\n")
    assert [t for _, t in _blocks(article)][1:] == ["정부가 대책을 발표했다.", "시행은 다음 달이라고 밝혔다."]
    assert article.author == author


@pytest.mark.parametrize("note", ["※ 자살예방 상담전화 ☎109, 정신건강 위기상담 ☎1577-0199", "<자살예방 핫라인 ☎109>"])
def test_a_helpline_note_not_written_as_a_sentence_is_read(note: str) -> None:
    story = "정부, 대책 발표\n\n정부가 대책을 발표했다.\n\n{}\n\n김철수 기자 cs@x.com\n"
    for body in (f"{note}\n\n정부는 다음 달 시행한다.", f"정부는 다음 달 시행한다.\n\n{note}"):
        assert ("paragraph", note) in _blocks(parse_text(story.format(body)))


def test_a_photo_credit_with_a_copyright_sign_does_not_end_the_story() -> None:
    text = "정부, 대책 발표\n\n정부가 대책을 발표했다.\n\nⓒ 게티이미지뱅크\n\n정부는 다음 달 시행한다.\n"
    assert [b.text for b in parse_text(text).blocks][1:] == [
        "정부가 대책을 발표했다.",
        "정부는 다음 달 시행한다.",
    ]


def test_story_text_after_the_copyright_notice_is_reported(caplog: pytest.LogCaptureFixture) -> None:
    text = (
        "정부, 대책 발표\n\n정부가 대책을 발표했다.\n\n무단전재 및 재배포 금지\n\n"
        "다른 기사의 첫 문장이 여기 길게 이어진다. 이 문장은 읽히지 않는다는 것을 알려야 한다고 본다.\n"
        "또 다른 기사의 문장도 길게 이어진다. 역시 읽히지 않는다는 것을 알려야 한다고 보는 것이다.\n"
        "세 번째 문장도 충분히 길게 써서 모두 합쳐 이백 자를 넘도록 만든다고 한다. 그렇게 한다.\n"
    )
    with caplog.at_level(logging.WARNING):
        article = parse_text(text)
    assert "다른 기사" not in article.text
    assert any("after the copyright notice" in r.getMessage() for r in caplog.records)


def test_a_last_paragraph_without_its_full_stop_is_read() -> None:
    text = (
        "정부, 대책 발표\n\n정부가 대책을 발표했다.\n\n"
        '정부는 다음 달부터 "새 제도"를 시행하고 결과를 지켜본 뒤 보완하겠다고 설명했다\n\n'
        "홍길동 기자 hong@example.com\n\n다른 기사 제목 하나를 여기에 길게 길게 늘여 써 본다고 한다\n"
    )
    texts = [b.text for b in parse_text(text).blocks]
    assert texts[-1] == '정부는 다음 달부터 "새 제도"를 시행하고 결과를 지켜본 뒤 보완하겠다고 설명했다'
    assert not any("다른 기사" in t for t in texts)


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        ("", "산불 사흘째 확산…주민 1200명 대피"),
        ("사회 > 사건·사고\n", "산불 사흘째 확산…주민 1200명 대피"),
        ("한빛일보\n", "산불 사흘째 확산…주민 1200명 대피"),
        ("한빛일보 - 사회\n\n", "산불 사흘째 확산…주민 1200명 대피"),
        ("", "산불 사흘째"),  # a short headline over a longer subtitle
    ],
)
def test_the_headline_is_the_line_over_its_subtitle_and_the_date(top: str, headline: str) -> None:
    text = (
        f"{top}{headline}\n헬기 40대 투입, 축구장 2000개 면적 피해\n\n2026.03.24\n\n"
        "경북 의성에서 난 산불이 사흘째 꺼지지 않고 있다.\n"
    )
    assert _blocks(parse_text(text)) == [
        ("title", headline),
        ("paragraph", "경북 의성에서 난 산불이 사흘째 꺼지지 않고 있다."),
    ]


def test_a_sentence_the_page_says_above_the_headline_is_not_the_story_s_lead() -> None:
    text = (
        "한빛포털\n\n이 영역은 언론사가 직접 골라 보여 드리는 곳입니다.\n\n"
        "배추 한 포기 1만원 넘었다\n입력 2026.09.05\n이정은 기자\n\n"
        "배추 한 포기 가격이 1만원을 넘었습니다.\n\n정부는 비축 물량을 풀기로 했습니다.\n"
    )
    assert _blocks(parse_text(text)) == [
        ("title", "배추 한 포기 1만원 넘었다"),
        ("paragraph", "배추 한 포기 가격이 1만원을 넘었습니다."),
        ("paragraph", "정부는 비축 물량을 풀기로 했습니다."),
    ]
    # A date under the story (the page's end) does not make its last lines a headline.
    story = "정부, 대책 발표\n\n정부가 대책을 발표했다.\n\n현장 반응\n2026.01.02\n"
    assert _blocks(parse_text(story))[1] == ("paragraph", "정부가 대책을 발표했다.")


def test_the_headline_is_the_line_the_date_follows() -> None:
    text = (
        "대한민국 경제의 내일을 여는 신문…'가장 빠른 경제 뉴스'\n\n"
        "정부, 내년 예산 확정\n입력 2025.11.03 09:12\n홍길동 기자\n\n"
        "정부가 내년 예산을 확정했다. 국회는 다음 주에 심의한다.\n"
    )
    article = parse_text(text)
    assert (article.blocks[0].kind, article.blocks[0].text) == ("title", "정부, 내년 예산 확정")
    assert article.date == "2025-11-03"


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
    [
        "김철수 기자가 보도합니다.",
        "김철수 기자입니다.",
        "이영희 기자가 현장에서 취재했습니다.",
        "박민수 특파원이 전합니다.",
        "박지훈 기자가 현장에 다녀왔습니다.",
        "최유리 기자가 피해 농가를 만나 봤습니다.",
    ],
)
def test_anchor_hand_offs_are_not_read(line: str) -> None:
    text = f"폭설에 도로 통제\n\n[앵커]\n밤사이 많은 눈이 내렸습니다.\n\n{line}\n\n[기자]\n도로 곳곳이 통제됐습니다.\n"
    article = parse_text(text)
    assert [t for _, t in _blocks(article)][1:] == ["밤사이 많은 눈이 내렸습니다.", "도로 곳곳이 통제됐습니다."]
    assert article.author is not None and article.author in line


@pytest.mark.parametrize(
    "line",
    ["현장에 나가 있는 기자 연결합니다. 김철수 기자!", "김철수 기자가 다쳤다고 방송사는 밝혔습니다."],
)
def test_sentences_naming_a_reporter_are_read(line: str) -> None:
    text = f"폭설에 도로 통제\n\n밤사이 많은 눈이 내렸습니다.\n\n{line}\n\n도로 곳곳이 통제됐습니다.\n"
    assert line in [b.text for b in parse_text(text).blocks]


@pytest.mark.parametrize(
    ("line", "speech"),
    [
        ("[휴게소 운영업체 관계자 (음성변조) : 가격을 낮추기가 어렵습니다.]", "가격을 낮추기가 어렵습니다."),
        ("[시민 : 너무 비싸요.]", "너무 비싸요."),
        ("[영상취재 : 최영수]", "[영상취재 : 최영수]"),
        ("[편집자주: 이 기사는 매주 연재됩니다.]", "[편집자주: 이 기사는 매주 연재됩니다.]"),
        ('김철수(시민) : "너무 더워요."', '"너무 더워요."'),
        ("박영희(34·회사원): 출근이 걱정이에요.", "출근이 걱정이에요."),
        ("코스피(KOSPI): 2,900선 회복", "코스피(KOSPI): 2,900선 회복"),
    ],
)
def test_speech_of_a_described_speaker(line: str, speech: str) -> None:
    assert rules.strip_speaker(line) == speech


@pytest.mark.parametrize(
    "line",
    [
        "[영상취재 최영수 / 영상편집 한지민 / 영상디자인 박소연]",
        "촬영기자:최영수/영상편집:한지민/그래픽:박소연",
        "영상취재 : 최영수 기자",
        "(영상편집 : 한지민)",
        "#MBN #전세보증보험 #김철수기자",
        "붙임 1. 청년 월세 지원 사업 개요 1부.",
        "문의: 청년정책과 주거지원팀 02-2133-0000",
        "본문 듣기",
        "기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.",
        "━━━━━━━━━━",
        "◆ ◆ ◆",
        "※ 본 기사는 한빛뉴스의 편집 방향과 무관하게 작성되었으며 투자 판단의 책임은 투자자 본인에게 있습니다.",
        "*본 기사는 인공지능(AI) 번역 도구를 이용해 번역한 뒤 편집자의 검수를 거쳤습니다.",
        "이 기사는 유료 구독자 전용입니다.",
        "구독하고 프리미엄 기사를 무제한으로 읽어보세요.",
        "이미 구독 중이신가요? 로그인",
        "매주 월요일 아침, 경제 흐름을 한눈에 정리해 보내드립니다.",
        "수신을 원하지 않으시면 수신거부를 눌러주세요.",
        "구독 신청",
        "View this post on Instagram",
        "A post shared by 루미너스 (@luminous.official)",
        "— LUMINOUS (@luminous_official) September 2, 2026",
        "This article was translated by AI.",
        "[AI 번역]",
        "※ 이 기사는 2026년 5월 4일 오후 3시에 작성됐습니다.",
        "[이 기사는 한빛일보 지면에 실린 기사입니다]",
        "※ 이 기사는 한빛일보 3월 4일자 2면에 실렸습니다.",
        "이 기사는 프리미엄 구독 서비스 '한빛 플러스'에 먼저 게재됐습니다.",
        "구독하기 누르고 관련 소식 받아보세요",
        "기자 구독하고 새 기사 알림 받기",
        "네이버 메인에서 한빛일보를 구독하세요",
        "지금 가입하면 월 4,900원",
        "로그인하고 계속 읽기",
        "이 기사는 회원만 볼 수 있습니다",
        "[화면출처 유튜브 '한빛TV']",
        "(자료화면: 한빛시)",
        "사회부에서 교육과 복지를 취재합니다.",
        "※ 사진은 기사 내용과 직접적인 관련이 없습니다.",
        "(위 사진은 기사와 무관함)",
        "※ 투자 판단에 대한 책임은 투자자 본인에게 있습니다.",
        "※ 이 기사는 특정 종목에 대한 투자 권유가 아닙니다.",
        "해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다.",
        "※ 기사 내용과 관련 없는 사진입니다.",
        "※ '당신의 제보가 뉴스가 됩니다'",
        "[카카오톡] YTN 검색해 채널 추가",
        "[전화] 02-398-8585",
        "카카오톡 : 'KBS제보' 검색, 채널 추가",
        "전화 : 02-781-1234, 4444",
        "남궁윤 기자는 경제부에서 금융을 담당하고 있습니다.",
        "[영상] 현장 영상 보기",
        "한국어 English 中文 日本語",
        "Google 번역",
        "음성재생 설정",
        "이동 통신망에서 음원 재생 시 데이터 요금이 발생할 수 있습니다.",
        "글씨크기 조절하기",
        "가장 작은 글씨",
        "SNS 공유 더보기",
        "기사 저장",
        "기사 잘 보셨나요? 독자님의 후원이 좋은 기사를 만듭니다.",
        "[후원하기]",
        "좋은 기사 응원하기",
        "이 기자의 다른 기사 보기",
        "이 기사가 좋으셨다면 오마이뉴스를 응원해주세요.",
        "여러분의 참여로 만드는 뉴스입니다",
        "이미지 확대보기",
        "원본보기",
        "AI가 요약한 내용으로, 전체 맥락을 이해하려면 기사 본문을 함께 확인하는 것이 좋습니다.",
        "AI로 요약된 내용입니다. 정확한 내용은 본문을 확인해 주세요.",
    ],
)
def test_more_chrome(line: str) -> None:
    assert rules.is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "메밀꽃이 활짝 핀 봉평 효석문화마을. /사진=최영호 기자",
        "착공식에서 참석자들이 시삽하고 있다. 2025.9.3 [경남도 제공. 재판매 및 DB 금지]",
        "경남지사가 인사말을 하고 있다. 2025.9.3",
        "<자료사진>",
        "(영상=유튜브 채널 '한빛TV' 캡처)",
    ],
)
def test_more_captions(line: str) -> None:
    assert rules.is_caption(line)


def test_a_paragraph_with_a_byline_after_a_slash_is_not_a_caption() -> None:
    assert not rules.is_caption("시는 다음 달부터 요금을 올린다고 밝혔다. /홍길동 기자")


def test_a_wire_photo_caption_and_the_photo_title_above_it_are_not_read() -> None:
    text = (
        "우주항공 산단 착공\n\n(사천=연합뉴스) 이정민 기자 = 우주항공 산단 공사가 3일 시작됐다.\n\n"
        "우주항공청 임시청사\n[연합뉴스 자료사진]\n\n"
        "착공식 인사말 하는 경남지사\n"
        "(사천=연합뉴스) 이정민 기자 = 3일 착공식에서 경남지사가 인사말을 하고 있다. 2025.9.3\nljm@yna.co.kr\n\n"
        "[그래픽] 산단 조성 계획\n(서울=연합뉴스) 김토끼 기자\n\n"
        "도는 일자리 5000개가 생길 것으로 내다봤다.\n"
    )
    assert [t for _, t in _blocks(parse_text(text))] == [
        "우주항공 산단 착공",
        "우주항공 산단 공사가 3일 시작됐다.",
        "도는 일자리 5000개가 생길 것으로 내다봤다.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "/사진=홍길동 기자",
        "(사진=뉴스1)",
        "사진 제공=삼성전자",
        "연합뉴스 제공",
        "서울시 제공",
        "(한국관광공사 제공)",
        "[연합뉴스 자료사진]",
        "/연합뉴스",
        "ⓒ 뉴스1",
    ],
)
def test_credit_lines(line: str) -> None:
    assert rules.is_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "/홍길동 기자",
        "홍길동 기자",
        "[서울경제]",
        "연합뉴스",
        "정보 제공",
        "무료 급식 제공",
        "(서울=연합뉴스) 홍길동 기자",
    ],
)
def test_bylines_and_subheadings_are_not_credit_lines(line: str) -> None:
    assert not rules.is_credit(line)


@pytest.mark.parametrize(
    ("caption", "text"),
    [
        ("시민들이 벚꽃길을 걷고 있다. /사진=홍길동 기자", "시민들이 벚꽃길을 걷고 있다."),
        ("시민들이 벚꽃길을 걷고 있다. [사진 제공=서울시]", "시민들이 벚꽃길을 걷고 있다."),
        ("시민들이 사진을 찍고 있다. 2026.04.09. photo@newsis.com", "시민들이 사진을 찍고 있다."),
        ("/사진=홍길동 기자", "/사진=홍길동 기자"),
    ],
)
def test_a_caption_without_its_credit(caption: str, text: str) -> None:
    assert rules.without_credit(caption) == text


_SAID = "정부는 대책을 내놨다고 밝혔다."


@pytest.mark.parametrize(
    "line",
    [
        f"{_SAID} (사진=한빛일보 DB)",
        f"{_SAID} 사진=한빛일보 DB",
        f"{_SAID} /사진=뉴스1",
        f"{_SAID} [사진 출처=한빛시청 누리집]",
        f"{_SAID} 그래픽=김민수 기자",
        f"{_SAID} 사진=SNS 캡처",
        f"{_SAID}(사진)",
        f"(사진=연합뉴스) {_SAID}",
        f"[그래픽=한빛일보] {_SAID}",
        f"사진=뉴스1 {_SAID}",
        f"사진=김민수 기자 {_SAID}",
    ],
)
def test_a_credit_glued_to_a_paragraph_goes_and_the_paragraph_stays(line: str) -> None:
    assert rules.story_without_credit(line) == _SAID


def test_a_credit_in_brackets_inside_a_paragraph_goes() -> None:
    line = "정부는 대책을 내놨다(사진=한빛시 제공). 시민들은 환영했다."
    assert rules.story_without_credit(line) == "정부는 대책을 내놨다. 시민들은 환영했다."


@pytest.mark.parametrize(
    "line",
    [
        "시민들이 벚꽃길을 걷고 있다. (사진=연합뉴스)",
        "시민들이 벚꽃길을 걷고 있다. 이날 서울 낮 기온은 20도까지 올랐다. /사진=뉴스1",
        "눈이 쌓인 서울 남산 산책로. /사진=홍길동 기자",
        "▲ 지난 3일 서울 광화문광장 모습. 사진=한빛일보",
        "경찰은 사진=증거라는 생각으로 영상을 확보해 달라고 당부했다.",
        _SAID,
    ],
)
def test_a_caption_or_a_paragraph_with_no_credit_is_not_cut(line: str) -> None:
    assert rules.story_without_credit(line) is None


def test_a_photo_page_s_captions_are_its_story() -> None:
    text = (
        "[포토] 벚꽃 만개\n\n2026.04.09\n\n9일 여의도에서 시민들이 벚꽃길을 걷고 있다. /사진=홍길동 기자\n\n"
        "벚꽃길\n시민들이 사진을 찍고 있다.\n(사진=뉴스1)\n"
    )
    assert _blocks(parse_text(text)) == [
        ("title", "벚꽃 만개"),
        ("paragraph", "9일 여의도에서 시민들이 벚꽃길을 걷고 있다."),
        ("paragraph", "시민들이 사진을 찍고 있다."),
    ]
    # A page with a story: its captions are not read.
    story = text.replace("2026.04.09\n\n", "2026.04.09\n\n벚꽃이 활짝 폈다고 구청이 밝혔다.\n\n")
    assert [t for _, t in _blocks(parse_text(story))] == ["벚꽃 만개", "벚꽃이 활짝 폈다고 구청이 밝혔다."]


@pytest.mark.parametrize(
    "scene",
    [
        "감식반이 화재 현장을 조사하고 있다.",
        "관계자들이 무대를 점검하고 있다.",
        "시민들이 안내문을 확인하고 있다.",
        "미술관에 작품이 전시돼 있다.",
    ],
)
def test_a_scene_of_people_at_work_is_still_a_photo_s(scene: str) -> None:
    assert rules.is_photo_sentence(scene)


@pytest.mark.parametrize("credit", ["/사진=홍길동 기자", "연합뉴스 제공", "(사진=뉴스1)", "ⓒ 뉴스1"])
def test_a_caption_written_as_a_sentence_is_not_read_above_its_credit(credit: str) -> None:
    caption = "서울 종로구 광화문광장에서 시민들이 산책을 하고 있다."
    text = f"광장 재개장\n\n광장에 시민이 늘었다.\n\n{caption}\n{credit}\n\n시는 행사를 연다.\n"
    assert [t for _, t in _blocks(parse_text(text))] == ["광장 재개장", "광장에 시민이 늘었다.", "시는 행사를 연다."]
    html = (
        f"<html><body><article><h1>광장 재개장 한 달</h1><p>광장을 찾는 시민이 두 배로 늘었다고 시가 밝혔다.</p>"
        f"<p>{caption}</p><p>{credit}</p><p>시는 다음 달부터 야간 행사를 열 계획이라고 밝혔다.</p>"
        "</article></body></html>"
    )
    assert caption not in parse_html(html).text


@pytest.mark.parametrize(
    ("paragraph", "gap"),
    [
        ("정부는 대책을 검토하고 있다고 밝혔다.", "\n"),  # a report, not a scene
        ("시민들이 광장에 모이고 있다. 시는 행사를 늘린다.", "\n"),  # two sentences
        ("시민들이 광장에 모이고 있다.", "\n\n"),  # the credit of a photo below, apart
        ("경찰은 정확한 사고 경위를 조사하고 있다.", "\n"),  # an institution's work, its topic first
        ("시는 야간 개장을 늘리는 방안도 검토하고 있다.", "\n"),
        ("업계는 수요가 더 늘어날 것으로 보고 있다.", "\n"),
        ("광장 재개장 행사는 다음 달 열릴 예정돼 있다.", "\n"),
        ("관련 법안은 1년째 국회에 계류돼 있다.", "\n"),
    ],
)
def test_a_paragraph_above_a_credit_stays(paragraph: str, gap: str) -> None:
    text = f"광장 재개장\n\n광장에 시민이 늘었다.\n\n{paragraph}{gap}[사진=게티이미지뱅크]\n\n시는 행사를 연다.\n"
    assert paragraph in [t for _, t in _blocks(parse_text(text))]


@pytest.mark.parametrize(
    ("after_credit", "read"),
    [
        ("4일 밤 여의도 상공에 불꽃이 터지고 있다.\n", False),  # the caption, given under its credit
        ("경찰은 정확한 사고 경위를 조사하고 있다.\n", True),  # a report
        ("시민들이 광장에 모이고 있다. 시는 행사를 늘린다.\n", True),  # two sentences
        ("시민들이 광장에 모이고 있다.\n시는 행사를 늘린다고 밝혔다.\n", True),  # not apart
    ],
)
def test_a_caption_under_its_credit(after_credit: str, read: bool) -> None:
    text = f"불꽃축제\n\n축제에 100만명이 몰렸다.\n\n[사진 제공=한화]\n{after_credit}\n축제는 밤 9시에 끝났다.\n"
    first = after_credit.splitlines()[0]
    assert (first in [t for _, t in _blocks(parse_text(text))]) is read


def test_a_subheading_above_a_photo_credit_stays() -> None:
    text = (
        "정부, 대책 발표\n\n정부가 대책을 발표했다.\n\n시행은 다음 달\n\n[사진=게티이미지뱅크]\n\n"
        "정부는 다음 달 시행한다.\n"
    )
    assert ("heading", "시행은 다음 달") in _blocks(parse_text(text))


def test_interview_questions_are_paragraphs_without_their_marks() -> None:
    text = (
        "청년 농업인을 만나다\n\n청년 농업인 모임을 이끄는 회장을 만났다.\n\n"
        '―귀농한 지 얼마나 됐나.\n"2018년에 내려왔다."\n\n'
        "Q. 가장 필요한 것은?\nA. 집이다. 살 집을 구하기 어렵다.\n\n"
        '- 앞으로의 목표는.\n"청년 1000명 시대를 열고 싶다."\n'
    )
    assert _blocks(parse_text(text))[1:] == [
        ("paragraph", "청년 농업인 모임을 이끄는 회장을 만났다."),
        ("paragraph", "귀농한 지 얼마나 됐나."),
        ("paragraph", '"2018년에 내려왔다."'),
        ("paragraph", "가장 필요한 것은?"),
        ("paragraph", "집이다. 살 집을 구하기 어렵다."),
        ("paragraph", "앞으로의 목표는."),
        ("paragraph", '"청년 1000명 시대를 열고 싶다."'),
    ]


def test_a_line_after_a_marker_begins_a_paragraph_in_a_wrapped_page() -> None:
    text = (
        "폭설에 도로 통제\n\n"
        "밤사이 강원 산간에 많은 눈이 내려 도로 곳곳이 통제되고 출근길 차량이\n"
        "거북이 운행을 하고 있습니다. 당국은 제설 작업에 나섰다고 밝혔습니다.\n"
        "[기자] 강원 산간의 한 국도에는 눈이 30㎝ 넘게 쌓여 차량 통행이 막혔습니다\n"
        "당국은 오후까지 제설을 마치겠다는 계획이라고 밝혔습니다.\n"
    )
    texts = [t for _, t in _blocks(parse_text(text))]
    assert texts[1].endswith("제설 작업에 나섰다고 밝혔습니다.")
    assert texts[2].startswith("강원 산간의 한 국도에는")  # not "[기자]", not joined to the one before


@pytest.mark.parametrize(
    "note",
    [
        "편집자주\n금리 인하 이후 돈이 어디로 가는지 살펴본다.\n\n",
        "[편집자주] 금리 인하 이후 돈이 어디로 가는지 살펴본다.\n\n",
        "[편집자주: 금리 인하 이후 돈이 어디로 가는지 살펴본다.]\n\n",
    ],
)
def test_an_editors_note_is_not_read(note: str) -> None:
    text = f"예금 금리 2%대로\n\n{note}정기예금 금리가 연 2%대로 내려앉았다.\n\n예금자들이 대안을 찾고 있다.\n"
    assert [t for _, t in _blocks(parse_text(text))] == [
        "예금 금리 2%대로",
        "정기예금 금리가 연 2%대로 내려앉았다.",
        "예금자들이 대안을 찾고 있다.",
    ]


def test_a_portals_summary_box_is_not_read_and_a_summary_button_eats_nothing() -> None:
    story = "정부가 숙박 할인 쿠폰을 배포한다.\n쿠폰은 선착순으로 20만 장이 풀린다.\n"
    boxed = (
        "숙박 할인 시작\n자동요약\n기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.\n"
        "정부가 쿠폰을 배포한다.\n쿠폰은 20만 장이다.\n닫기\n"
    )
    assert [t for _, t in _blocks(parse_text(boxed + story))][1:] == story.splitlines()
    button = "숙박 할인 시작\n본문 요약봇\n" + story  # the box is closed: the story follows the button
    assert [t for _, t in _blocks(parse_text(button))][1:] == story.splitlines()


def test_readers_comments_end_the_story_without_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    comments = "".join(
        f"독자{i} 2025-04-14 19:1{i}\n좋은 소식이네요. 우리 동네에도 이런 학교가 생기면 좋겠습니다.\n추천 3\n"
        for i in range(5)
    )
    text = (
        "폐교가 유학센터로\n\n공주의 한 폐교가 농촌 유학센터로 다시 태어난다.\n\n"
        f"시는 다음 달 개관한다고 밝혔다.\n\n댓글 5\n로그인 후 댓글을 남길 수 있습니다.\n{comments}"
        "저작권자 ⓒ 충청투데이 무단전재 및 재배포 금지\n"
    )
    with caplog.at_level(logging.WARNING):
        article = parse_text(text)
    assert [t for _, t in _blocks(article)][1:] == [
        "공주의 한 폐교가 농촌 유학센터로 다시 태어난다.",
        "시는 다음 달 개관한다고 밝혔다.",
    ]
    assert not caplog.records


def test_a_comment_count_above_the_story_does_not_end_it() -> None:
    text = (
        "폐교가 유학센터로\n\n도시 학생들이 시골 학교에 다닌다.\n정수아 기자\n댓글 3\n\n"
        "공주의 한 폐교가 도시 학생들이 한 학기 동안 생활하며 공부하는 농촌 유학센터로 다시 태어난다.\n\n"
        "시는 지난 2019년 문을 닫은 분교를 고쳐 다음 달 유학센터로 개관한다고 14일 밝혔다.\n"
    )
    texts = [t for _, t in _blocks(parse_text(text))]
    assert texts[-1] == "시는 지난 2019년 문을 닫은 분교를 고쳐 다음 달 유학센터로 개관한다고 14일 밝혔다."


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


_AUTHOR_PAGE = (
    '<html><head><meta charset="utf-8"><title>지하철 요금 오른다</title>'
    '<meta property="og:site_name" content="한빛일보"><script type="application/ld+json">'
    '{{"@context": "https://schema.org", "@type": "NewsArticle",'
    ' "author": {{"@type": "Person", "name": "{author}"}}}}</script></head>'
    "<body><article><h1>지하철 요금 오른다</h1>{byline}"
    "<p>지하철 기본요금이 다음 달부터 300원 오른다. 시는 적자를 이유로 들었다.</p>"
    "<p>조조할인은 유지된다. 청소년 요금도 동결한다고 시 관계자는 말했다.</p></article></body></html>"
)


@pytest.mark.parametrize(
    "author",
    ["연합뉴스", "뉴스1", "YTN", "YTN News", "KBS 뉴스", "Chosun Ilbo", "조선일보", "한빛일보", "온라인뉴스팀"],
)
def test_an_outlet_in_the_author_field_is_not_the_author(author: str) -> None:
    assert parse_html(_AUTHOR_PAGE.format(author=author, byline="")).author is None


def test_the_page_byline_is_found_when_the_author_field_names_the_outlet() -> None:
    byline = '<div class="byline"><span class="author">홍길동 기자</span></div>'
    assert parse_html(_AUTHOR_PAGE.format(author="Yonhap News", byline=byline)).author == "홍길동"


@pytest.mark.parametrize(("author", "name"), [("홍길동 기자", "홍길동"), ("남궁민수 특파원", "남궁민수")])
def test_a_reporter_in_the_author_field_is_the_author(author: str, name: str) -> None:
    assert parse_html(_AUTHOR_PAGE.format(author=author, byline="")).author == name


@pytest.mark.parametrize(
    "name", ["연합뉴스", "YTN", "MBC 뉴스", "한국경제TV", "조선닷컴", "Yonhap News", "편집국", "네이버", "Daum 뉴스"]
)
def test_outlets(name: str) -> None:
    assert rules.is_outlet(name)


@pytest.mark.parametrize("name", ["홍길동", "남궁민수", "김신문", "John Smith"])
def test_people_are_not_outlets(name: str) -> None:
    assert not rules.is_outlet(name)


_BR_PAGE = (
    '<html><head><meta charset="utf-8"><title>지하철 요금 오른다</title></head><body>'
    '<div id="article">지하철 기본요금이 다음 달부터 300원 오른다.<br>시는 운영 적자를 이유로 들었다.<br><br>'
    "{line}<br><br>조조할인은 유지된다. 청소년 요금도 동결한다.<br><br>"
    "시 관계자는 할인 제도는 그대로 두기로 했다고 말했다.</div></body></html>"
)


@pytest.mark.parametrize("line", ["<b>▲ 조조할인은 그대로</b>", "<strong>조조할인은 그대로</strong>"])
def test_a_bold_line_between_paragraphs_is_a_subheading(line: str) -> None:
    article = parse_html(_BR_PAGE.format(line=line))
    assert ("heading", "조조할인은 그대로") in _blocks(article)


def test_a_bold_sentence_stays_a_paragraph() -> None:
    article = parse_html(_BR_PAGE.format(line="<b>시는 내년에도 요금을 올릴 계획이다.</b>"))
    assert ("paragraph", "시는 내년에도 요금을 올릴 계획이다.") in _blocks(article)


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("강남구 | 0.25 | 0.19", True),
        ("| 두산 | 0 | 1 | 0 | 3 |", True),
        ("구분 ｜ 이번 주 ｜ 지난주", True),
        ("성장 | 분배", False),
        ("정부는 성장 | 분배 | 복지를 함께 추구한다고 밝혔다. 야당은 반대했다. | 참고 | 자료", False),
    ],
)
def test_table_rows(line: str, row: bool) -> None:
    assert rules.is_table_row(line) is row


def test_a_table_laid_out_as_text_is_not_read_and_the_sentence_above_it_is() -> None:
    text = (
        "아파트값 상승\n\n서울 아파트값이 올랐다.\n\n자치구별로는 강남구가 가장 많이 올랐다.\n"
        "[자치구별 변동률]\n(단위: %)\n강남구 | 0.25 | 0.19\n노원구 | 0.03 | 0.02\n\n"
        "■ 지방은 하락\n\n지방은 0.02% 내렸다.\n"
    )
    assert [t for _, t in _blocks(parse_text(text))] == [
        "아파트값 상승",
        "서울 아파트값이 올랐다.",
        "자치구별로는 강남구가 가장 많이 올랐다.",
        "지방은 하락",
        "지방은 0.02% 내렸다.",
    ]


@pytest.mark.parametrize("gap", ["\t", "  ", "\u3000\u3000"])
def test_a_table_laid_out_with_tabs_or_aligned_spaces_is_not_read(gap: str) -> None:
    rows = [["팀", "1", "2", "3", "R"], ["두산", "0", "1", "0", "1"], ["LG", "0", "0", "2", "2"]]
    table = "\n".join(gap.join(row) for row in rows)
    text = f"LG, 두산 제압\n\nLG가 두산을 이겼다.\n\n{table}\n\nLG는 3연승을 달렸다.  두산은 2연패다.\n"
    assert [t for _, t in _blocks(parse_text(text))] == [
        "LG, 두산 제압",
        "LG가 두산을 이겼다.",
        "LG는 3연승을 달렸다. 두산은 2연패다.",
    ]


def test_a_live_page_s_time_stamps_are_not_read_and_times_in_sentences_are() -> None:
    text = (
        "태풍 북상 실시간\n\n태풍이 북상하고 있다.\n\n14:30\n기상청은 태풍이 오후 3시께 대구를 지난다고 밝혔다.\n\n"
        "13:45 [속보] 창원서 60대 실종\n소방당국이 수색하고 있다.\n\n오후 1시 20분\n전기 공급이 끊겼다.\n\n"
        "9:30 현재 2만 가구가 정전 상태다.\n"
    )
    assert _blocks(parse_text(text))[1:] == [
        ("paragraph", "태풍이 북상하고 있다."),
        ("paragraph", "기상청은 태풍이 오후 3시께 대구를 지난다고 밝혔다."),
        ("heading", "창원서 60대 실종"),
        ("paragraph", "소방당국이 수색하고 있다."),
        ("paragraph", "전기 공급이 끊겼다."),
        ("paragraph", "9:30 현재 2만 가구가 정전 상태다."),
    ]


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


def test_a_name_and_a_title_between_paragraphs_is_a_subheading() -> None:
    text = (
        "기업인을 만나다\n\n창업 10년을 맞은 기업인을 만났다.\n\n"
        "김철수 한빛전자 대표\n\n그는 2015년 회사를 세웠다.\n\n이영희 기자\n"
    )
    article = parse_text(text)
    assert ("heading", "김철수 한빛전자 대표") in _blocks(article)
    assert article.author == "이영희"


@pytest.mark.parametrize(
    "line",
    [
        "이 기사의 저작권은 한빛일보에 있습니다. 무단 복제 및 재배포를 금합니다.",
        "본 기사는 저작권법의 보호를 받습니다.",
        "한빛일보의 모든 콘텐츠는 저작권법의 보호를 받는 바, 무단 전재, 복사, 배포 등을 금합니다.",
        "무단전재·재배포 금지 | AI 학습 이용 금지",
        "본 콘텐츠의 저작권은 제공처에 있으며, 이를 무단 이용하는 경우 저작권법 등에 따라 법적책임을 질 수 있습니다.",
        "All rights reserved.",
        "[ⓒ 한빛일보 & hanbit.example, 무단전재-재배포 금지]",
    ],
)
def test_copyright_notices(line: str) -> None:
    assert rules.is_copyright(line)


@pytest.mark.parametrize(
    "line", ["개정안은 AI 학습용 무단 복제를 금지합니다.", "법원은 무단 전재를 금지했다.", "이 기사는 지난달 보도됐다."]
)
def test_sentences_about_copying_are_not_copyright_notices(line: str) -> None:
    assert not rules.is_copyright(line)


def test_footnotes_under_the_story_are_not_read() -> None:
    text = (
        "예산의 구조\n\n정부는 380조원을 썼다고 한다주1). 효과는 작았다.\n\n"
        "운동은 주1회 이상 하는 것이 좋다고 한다. 주 52시간제도 그대로다.\n\n"
        "주1) 국회예산정책처, '인구위기 대응 사업 평가', 2025.\n"
    )
    assert _blocks(parse_text(text))[1:] == [
        ("paragraph", "정부는 380조원을 썼다고 한다주1). 효과는 작았다."),
        ("paragraph", "운동은 주1회 이상 하는 것이 좋다고 한다. 주 52시간제도 그대로다."),
    ]


def test_a_subtitle_under_the_headline_is_not_the_headline() -> None:
    text = "여야, 추경 합의\n\n- 소상공인 지원 4조 포함…24일 처리\n\n2026.06.21\n\n여야가 추경안에 합의했다.\n"
    assert _blocks(parse_text(text)) == [("title", "여야, 추경 합의"), ("paragraph", "여야가 추경안에 합의했다.")]


@pytest.mark.parametrize("label", ["[CEO 인터뷰] 정하늘 뉴로칩스 대표", "<인터뷰> 김민준 한빛대 교수"])
def test_the_interviewee_under_the_headline_is_not_the_headline(label: str) -> None:
    text = f'"3년 안에 못 따라잡으면 끝"\n\n{label}\n\n2026.03.23\n이수민 기자\n\n그는 이렇게 말했다.\n'
    article = parse_text(text)
    assert _blocks(article) == [("title", '"3년 안에 못 따라잡으면 끝"'), ("paragraph", "그는 이렇게 말했다.")]
    assert article.author == "이수민"


def test_a_letter_signed_at_its_end_names_its_writer_and_between_paragraphs_the_line_stays() -> None:
    article = parse_text("보조금 이야기\n\n보조금이 줄었습니다.\n\n좋은 주말 보내세요.\n\n박서연 드림\n")
    assert article.author == "박서연" and "박서연 드림" not in article.text
    article = parse_text("선물 이야기\n\n선물을 골랐습니다.\n\n행운을 드림\n\n모두에게 나눠 줬습니다.\n")
    assert "행운을 드림" in article.text and article.author is None


@pytest.mark.parametrize("credit", ["[트위터 캡처]", "(인스타그램 캡처)", "[X 화면 갈무리]", "/유튜브 캡처"])
def test_a_screen_capture_s_credit_is_a_caption(credit: str) -> None:
    assert rules.is_caption(credit)
    assert not rules.is_caption("화면 캡처 기능이 새로 추가됐다.")


def test_a_correction_s_tag_stays_in_the_headline() -> None:
    assert rules.strip_headline_tags("[바로잡습니다] 3월 4일자 기사") == "[바로잡습니다] 3월 4일자 기사"
    assert rules.strip_headline_tags("[정정보도] 한빛시 관련 기사(종합)") == "[정정보도] 한빛시 관련 기사"
    assert rules.strip_headline_tags("[단독] 한빛시 예산 삭감") == "한빛시 예산 삭감"
    for tag in ("[추후보도문]", "[반론보도문]", "[정정 및 반론보도문]", "<정정보도문>"):
        assert rules.strip_headline_tags(f"{tag} '한빛시 의혹' 관련") == f"{tag} '한빛시 의혹' 관련"
    assert rules.strip_headline_tags("[보도자료] 한빛시 예산 확정") == "한빛시 예산 확정"
    assert rules.strip_headline_tags("산불 사흘째 확산 - 한빛일보") == "산불 사흘째 확산"
    assert rules.strip_headline_tags("[속보] 산불 사흘째 확산 | 연합뉴스") == "산불 사흘째 확산"
    assert rules.strip_headline_tags('여야 협상 결렬 - 野 "끝까지 간다"') == '여야 협상 결렬 - 野 "끝까지 간다"'


def test_an_interview_question_without_its_question_mark() -> None:
    text = (
        "AI 반도체의 미래\n\n정 대표를 만났다.\n\n―회사를 소개해 달라\n2019년 창업한 회사다.\n\n"
        "―엔비디아와 경쟁이 가능한가\n정면 승부는 어렵다.\n\nQ 올해 목표는\n매출 500억원이다.\n\n"
        "―시장 전망\n시장은 커진다.\n"
    )
    assert _blocks(parse_text(text))[1:] == [
        ("paragraph", "정 대표를 만났다."),
        ("paragraph", "회사를 소개해 달라"),
        ("paragraph", "2019년 창업한 회사다."),
        ("paragraph", "엔비디아와 경쟁이 가능한가"),
        ("paragraph", "정면 승부는 어렵다."),
        ("paragraph", "올해 목표는"),
        ("paragraph", "매출 500억원이다."),
        ("heading", "시장 전망"),  # a subheading, not a question
        ("paragraph", "시장은 커진다."),
    ]


def test_an_interview_question_may_start_with_a_number() -> None:
    text = "스트레스 DSR 문답\n\n7월부터 새 제도로 바뀐다.\n\nQ. 3단계에서는 무엇이 바뀌나.\n\nA. 세 가지가 달라진다.\n"
    assert _blocks(parse_text(text))[1:] == [
        ("paragraph", "7월부터 새 제도로 바뀐다."),
        ("paragraph", "3단계에서는 무엇이 바뀌나."),
        ("paragraph", "세 가지가 달라진다."),
    ]


def test_the_first_item_s_heading_of_a_briefing_is_read_and_a_lone_marked_deck_is_not() -> None:
    briefing = "아침 브리핑\n\n■ 기준금리 동결\n한은이 금리를 동결했다.\n\n■ 요금 인상\n요금이 오른다.\n"
    assert _blocks(parse_text(briefing))[1:3] == [
        ("heading", "기준금리 동결"),
        ("paragraph", "한은이 금리를 동결했다."),
    ]
    deck = "금리 동결\n\n■ 물가 여전히 불안\n한은이 금리를 동결했다.\n\n물가가 오른다.\n"
    assert _blocks(parse_text(deck))[1:] == [("paragraph", "한은이 금리를 동결했다."), ("paragraph", "물가가 오른다.")]


def test_a_wire_dateline_with_two_places_and_two_reporters() -> None:
    text = "배터리 업계\n\n(서울·워싱턴=연합뉴스) 김지수 기자 강태현 특파원 = 업계의 불확실성이 커졌다.\n"
    article = parse_text(text)
    assert _blocks(article)[1] == ("paragraph", "업계의 불확실성이 커졌다.")
    assert article.author == "김지수"


def test_a_photo_title_over_its_credit_on_a_page_without_blank_lines_is_not_a_subheading() -> None:
    text = (
        "폭염에 온열질환자 급증\n입력 2026.07.21 09:10\n"
        "전국 곳곳에 폭염특보가 이어지면서 온열질환자가 빠르게 늘고 있다.\n"
        "폭염 속 그늘막 아래 시민들\n한빛일보 제공\n"
        "당국은 한낮 야외활동을 자제해 달라고 당부했다.\n"
    )
    assert [k for k, _ in _blocks(parse_text(text))] == ["title", "paragraph", "paragraph"]


def test_a_subtitle_on_its_own_line_between_the_headline_and_the_date_is_not_the_headline() -> None:
    text = (
        "경제 > 금융\n\n은행 대출금리 석 달 만에 하락\n\n가계대출 증가세는 여전히 가팔라\n\n2026.03.05 14:20\n\n"
        "시중은행의 대출금리가 석 달 만에 내림세로 돌아섰다.\n\n다만 가계대출 잔액은 한 달 새 3조원 넘게 늘었다.\n"
    )
    assert _blocks(parse_text(text))[0] == ("title", "은행 대출금리 석 달 만에 하락")
    # The site's motto on its own line over a headline is no headline.
    motto = (
        "한빛경제\n\n대한민국 경제의 내일을 여는 신문\n\n정부, 내년 예산 확정\n\n입력 2025.11.03 09:12\n\n"
        "정부가 내년 예산을 확정했다. 국회는 다음 주에 심의한다.\n"
    )
    assert _blocks(parse_text(motto))[0] == ("title", "정부, 내년 예산 확정")


def test_a_results_box_under_the_last_paragraph_is_not_read() -> None:
    text = (
        "LG, 두산 꺾고 3연승\n\n2026.06.03 22:18\n\nLG 트윈스가 두산 베어스를 4-3으로 꺾고 3연승을 달렸다.\n\n"
        "◇ 전적\n▲ 잠실 LG 4-3 두산\n▲ 대구 KIA 7-2 삼성\n"
    )
    assert [k for k, _ in _blocks(parse_text(text))] == ["title", "paragraph"]


@pytest.mark.parametrize("label", ["[이 시각 세계]", "[날씨] 내일 전국 비…강원 산간 눈", "<오늘의 헤드라인>"])
def test_a_broadcast_segment_label_or_teaser_between_paragraphs_is_not_read(label: str) -> None:
    text = f"유가 급등\n\n유가가 급등하고 있습니다.\n\n{label}\n\n원유 가격이 5% 넘게 올랐습니다.\n"
    read = [t for _, t in _blocks(parse_text(text))][1:]
    assert read == ["유가가 급등하고 있습니다.", "원유 가격이 5% 넘게 올랐습니다."]


def test_a_bracketed_subheading_that_names_no_segment_stays() -> None:
    text = "유가 급등\n\n유가가 급등하고 있습니다.\n\n[정부 대책은]\n\n정부는 유류세 인하를 검토합니다.\n"
    assert ("heading", "정부 대책은") in _blocks(parse_text(text))


def test_an_embedded_post_without_a_full_stop_is_read_without_its_link() -> None:
    text = (
        "가수 새 앨범\n\n가수가 새 앨범을 낸다.\n\n"
        "새 앨범 너무 기다렸어 다들 들어줘 #새앨범 pic.twitter.com/Xy12Ab34\n\n"
        "새 앨범에는 8곡이 실렸다.\n"
    )
    assert [t for _, t in _blocks(parse_text(text))][1:] == [
        "가수가 새 앨범을 낸다.",
        "새 앨범 너무 기다렸어 다들 들어줘",
        "새 앨범에는 8곡이 실렸다.",
    ]


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


def test_an_investing_disclaimer_is_not_read_and_a_sentence_on_investors_liability_is() -> None:
    disclaimer = "※ 본 기사는 투자 참고용이며, 투자 결과에 대한 법적 책임 소재의 증빙자료로 사용될 수 없습니다."
    assert rules.is_chrome(disclaimer)
    assert not rules.is_chrome("금융당국은 투자 결과에 대한 책임을 판매사에도 묻기로 했다.")


def test_a_press_release_s_attachments_and_their_files_are_not_read() -> None:
    text = (
        "청년 지원 확대\n\n2026.02.03\n\n노동부는 청년 지원을 늘린다고 3일 밝혔다.\n\n"
        "붙임 1. 2026년 청년 일경험 지원사업 개요 1부.\n2. 참여 기업 모집 공고문 1부. 끝.\n\n"
        "첨부파일\n260203_보도자료.hwpx\n개요.pdf (1.2MB)\n"
    )
    assert [t for _, t in _blocks(parse_text(text))][1:] == ["노동부는 청년 지원을 늘린다고 3일 밝혔다."]


@pytest.mark.parametrize("stamp", ["[13:20]", "(오후 1:20)", "【13:20】"])
def test_a_live_entry_s_bracketed_time_stamp_is_not_read(stamp: str) -> None:
    text = f"폭우 피해 상황\n\n{stamp} 서울시는 도로 통행을 통제하고 있다고 밝혔다.\n"
    assert _blocks(parse_text(text))[1] == ("paragraph", "서울시는 도로 통행을 통제하고 있다고 밝혔다.")


def test_a_footnote_marked_with_stars_is_not_read_where_the_story_has_its_mark() -> None:
    story = (
        "가계부채 반등\n\n가계부채 비율은 93.1%{mark}로 높아졌다.\n\n* 국제결제은행(BIS) 기준 잠정치\n\n"
        "대출이 늘었다.\n"
    )
    read = [t for _, t in _blocks(parse_text(story.format(mark="*")))][1:]
    assert read == ["가계부채 비율은 93.1%*로 높아졌다.", "대출이 늘었다."]
    # Without the mark in the story, a starred line is the story's own (a list's item, a note).
    assert "* 국제결제은행(BIS) 기준 잠정치" in [t for _, t in _blocks(parse_text(story.format(mark="")))]


@pytest.mark.parametrize("role", ["기상전문기자", "의학전문기자", "전문기자"])
def test_a_specialist_reporter_s_byline_names_the_reporter(role: str) -> None:
    article = parse_text(f"한파 온다\n\n2026.12.09\n\n오현수 {role}\n\n내일 아침 기온이 크게 떨어지겠다.\n")
    assert article.author == "오현수"


def test_another_story_given_in_full_under_a_related_header_is_not_read() -> None:
    text = (
        "의대 모집 확정\n\n2026.04.30\n\n교육부가 모집 인원을 확정했다.\n\n관련 기사\n\n"
        "의대생 복귀율 60% 넘어\n\n2026.04.29 18:10\n\n의대생 복귀율이 60%를 넘었다.\n\n본과 복귀는 더뎠다.\n"
    )
    assert [t for _, t in _blocks(parse_text(text))][1:] == ["교육부가 모집 인원을 확정했다."]


def test_a_summary_box_whose_header_runs_into_its_first_sentence_is_not_read() -> None:
    text = (
        "보조금 조기 소진\n\n2026.06.24\n\n요약봇 보조금이 상반기에 소진됐다.\n추가 편성이 검토된다.\n"
        "자동으로 추출된 요약문은 전체 기사 내용을 대표하지 않을 수 있습니다.\n\n"
        "전기차 보조금이 상반기에 대부분 소진된 것으로 나타났다.\n\n환경부는 추가 편성을 검토하고 있다.\n"
    )
    assert [t for _, t in _blocks(parse_text(text))][1:] == [
        "전기차 보조금이 상반기에 대부분 소진된 것으로 나타났다.",
        "환경부는 추가 편성을 검토하고 있다.",
    ]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("지금 앱 다운로드하고 포인트 1000점 받으세요!", True),
        ("앱을 설치하면 속보 알림을 받을 수 있어요", True),
        ("이 앱은 출시 한 달 만에 100만명이 설치했다.", False),
    ],
)
def test_an_app_s_download_prompt_is_chrome(line: str, chrome: bool) -> None:
    assert rules.is_chrome(line) is chrome


def test_a_post_quoted_in_a_sentence_is_read_without_its_tags_and_picture_link() -> None:
    text = (
        "가수 새 앨범\n\n가수가 새 앨범을 낸다.\n\n"
        '그는 SNS에 "기다려줘서 고마워 #하루 #새앨범 pic.twitter.com/aB3dE5fG"라는 글을 올렸다.\n'
    )
    assert _blocks(parse_text(text))[-1] == ("paragraph", '그는 SNS에 "기다려줘서 고마워"라는 글을 올렸다.')


@pytest.mark.parametrize(
    ("line", "market"),
    [
        ("코스닥 741.20 ▼3.15 -0.42%", True),
        ("38,250 ▲1,150 (+3.10%)", True),
        ("원/달러 환율 1,382.50원 (▲4.50원)", True),
        ("한빛전자 71,200원 ▼800원(-1.11%)", True),
        ("한빛바이오(234560)", True),
        ("한빛바이오(A234560)", True),
        ("국제통화기금(IMF)", False),  # a name and its abbreviation: maybe a subheading
        ("거래대금 1,204,550", True),
        ("시가 21,300 고가 22,050", True),
        ("▲ 2024년 9,860원(2.5%)", False),  # a list's item in the story
        ("올해 성장률 전망 2.1%", False),
        ("주가는 3.1% 오른 5만4600원에 마감했다.", False),
    ],
)
def test_a_market_box_s_lines_are_figures(line: str, market: bool) -> None:
    assert rules.is_market_line(line) is market


@pytest.mark.parametrize(
    ("line", "lineup"),
    [
        ("원정: 1 김하늘(중) 2 이바다(유) 3 박산(1) 4 최들(지) 5 정숲(좌)", True),
        ("승리투수: 이준호 패전투수: 박민수 세이브: 김철수", True),
        ("승 이준호 패 박민수", True),
        ("승부차기 패배로 탈락", False),
        ("김도윤(외야수) 이준호(투수) 박민수(포수)", False),  # three names: a line of the story
        ("승부는 9회말에 갈렸다.", False),
    ],
)
def test_a_line_up_or_the_pitchers_of_record_are_not_read(line: str, lineup: bool) -> None:
    assert rules.is_lineup(line) is lineup


def test_a_pull_quote_and_its_attribution_are_not_read() -> None:
    text = (
        "마을 도서관 다시 문 열어\n\n"
        "폐교를 고친 마을 도서관이 1일 문을 열었다. 주민 20여 명이 운영을 맡는다.\n\n"
        "“책이 있으니 사람이 모인다”\n"
        "― 김영수 협동조합 이사장\n\n"
        '주말에는 관광객도 찾는다. 이사장은 "아이들이 다시 찾아와 기쁘다"고 말했다.\n\n'
        '"아이들이 다시 찾아와 기쁘다"\n\n'
        "군은 내년에 두 곳을 더 열 계획이다."
    )
    article = parse_text(text)
    assert [t for k, t in _blocks(article) if k != "title"] == [
        "폐교를 고친 마을 도서관이 1일 문을 열었다. 주민 20여 명이 운영을 맡는다.",
        '주말에는 관광객도 찾는다. 이사장은 "아이들이 다시 찾아와 기쁘다"고 말했다.',
        "군은 내년에 두 곳을 더 열 계획이다.",
    ]


def test_a_quoted_answer_of_an_interview_is_read() -> None:
    text = (
        "[인터뷰] 귀농 10년 차 농부\n\n"
        "귀농 10년 차인 농부를 만났다. 그는 사과 농사를 짓는다.\n\n"
        "-왜 귀농했나.\n"
        '"도시의 삶이 지쳤어요. 흙을 만지고 싶었습니다."\n'
        "-힘든 점은.\n"
        '"판로예요. 직접 팔 곳을 찾는 게 가장 어렵습니다."'
    )
    paras = [t for k, t in _blocks(parse_text(text)) if k == "paragraph"]
    assert '"판로예요. 직접 팔 곳을 찾는 게 가장 어렵습니다."' in paras
    assert '"도시의 삶이 지쳤어요. 흙을 만지고 싶었습니다."' in paras


@pytest.mark.parametrize("label", ["[날씨]", "【단독】", "<포토>"])
def test_a_section_label_over_the_headline_is_not_the_headline(label: str) -> None:
    text = f"{label}\n내일 전국 비…남부 최대 80㎜\n\n내일은 전국에 비가 내리겠습니다. 남부에는 최대 80㎜가 오겠습니다."
    assert parse_text(text).blocks[0].text == "내일 전국 비…남부 최대 80㎜"


def test_a_newswire_dateline_is_not_read_and_gives_the_date() -> None:
    text = (
        "한빛식품, 저당 간식 새로 내놔\n\n"
        "부산--(한빛와이어) 2025년 03월 02일 -- 한빛식품이 당을 줄인 간식 3종을 출시했다고 2일 밝혔다.\n\n"
        "회사는 연말까지 10종으로 늘릴 계획이다."
    )
    article = parse_text(text)
    assert article.blocks[1].text == "한빛식품이 당을 줄인 간식 3종을 출시했다고 2일 밝혔다."
    assert article.date == "2025-03-02"


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


def test_a_pull_quote_s_attribution_is_not_taken_for_the_byline() -> None:
    page = (
        "<html><head><title>전기차 화재 통계</title></head><body><article>"
        "<h1>전기차 화재 통계</h1>"
        "<p>지난해 전기차 화재는 72건이었다. 등록 대수 1만 대당 1.1건으로 전체 자동차보다 적었다.</p>"
        '<blockquote><p>"한번 불이 나면 끄기 어렵다는 점이 문제"</p>'
        "<cite>― 김태양 한빛대 소방방재학과 교수</cite></blockquote>"
        "<p>다만 진화는 어렵다. 배터리 온도가 급격히 오르면 물을 뿌려도 불이 쉽게 꺼지지 않는다.</p>"
        "<p>소방당국은 이동식 수조 등 전용 장비를 늘리고 있다. 내년까지 모든 소방서에 배치한다.</p>"
        "<p>윤하린 기자 harin@example.com</p>"
        "</article></body></html>"
    )
    article = parse_html(page)
    assert article.author == "윤하린"
    assert "김태양" not in article.text
    assert article.text.endswith("내년까지 모든 소방서에 배치한다.")


def test_the_headline_is_found_in_the_tab_title_when_the_meta_title_is_the_site_s_name() -> None:
    page = (
        "<html><head><title>한빛스포츠 - 한빛FC, 원정서 3-0 완승</title></head><body>"
        "<div><a href='/'>한빛스포츠</a></div><div><h2>한빛FC, 원정서 3-0 완승</h2>"
        "<div>한빛FC가 원정 경기에서 완승을 거뒀다.<br><br>한빛FC는 2일 대한시티를 3-0으로 꺾었다.<br><br>"
        '감독은 "선수들이 잘해 줬다"고 말했다.</div></div></body></html>'
    )
    assert parse_html(page).blocks[0].text == "한빛FC, 원정서 3-0 완승"


@pytest.mark.parametrize(
    ("header", "paragraph", "about"),
    [
        ("한빛바이오 소개", "한빛바이오는 2010년 설립된 바이오 기업이다.", True),
        ("About 한빛랩스", "한빛랩스는 2021년 창업한 인공지능 스타트업이다.", True),
        ("사업 개요", "사업 기간은 2년이고 예산은 30억원이다.", False),  # a section of the story
        ("한빛바이오 소개", "회사는 올해 신약 두 개를 내놓는다.", False),
    ],
)
def test_a_press_release_s_boilerplate_about_its_issuer(header: str, paragraph: str, about: bool) -> None:
    assert rules.is_about_issuer(header, paragraph) is about


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


def test_an_interview_s_arrow_questions_and_equals_answers_are_read_without_their_marks() -> None:
    text = (
        "[인터뷰] 한빛베이커리 대표\n\n"
        "동네 빵집을 10년째 운영하는 대표를 만났다. 그는 매일 새벽 4시에 문을 연다.\n\n"
        "▶가게 이름은 어떻게 지었나.\n"
        "=어머니 이름에서 따왔다. 어머니가 처음 빵 굽는 법을 가르쳐 주셨다.\n\n"
        "▶ 한빛베이커리 기사 더 보기"
    )
    paras = [t for k, t in _blocks(parse_text(text)) if k == "paragraph"]
    assert paras[1:] == [
        "가게 이름은 어떻게 지었나.",
        "어머니 이름에서 따왔다. 어머니가 처음 빵 굽는 법을 가르쳐 주셨다.",
    ]


@pytest.mark.parametrize("line", ["한빛스포츠 기사제공", "기사제공 한빛일보", "기사 제공"])
def test_a_portal_s_source_note_is_chrome(line: str) -> None:
    assert rules.is_chrome(line)


@pytest.mark.parametrize(
    ("line", "header"),
    [("AI 요약", True), ("기사 요약", True), ("AI 요약 보기", True), ("AI 요약 서비스, 언론사 절반이 도입", False)],
)
def test_an_ai_summary_box_s_header_is_a_line_of_its_own(line: str, header: bool) -> None:
    assert bool(rules.SUMMARY_HEADER.match(line) or rules.SUMMARY_LEAD.match(line)) is header


def test_a_quote_with_its_attribution_on_its_line_is_no_subheading() -> None:
    text = (
        "한빛천 산책로 새 단장\n\n"
        "한빛천 산책로가 새로 단장을 마쳤다. 조명과 쉼터가 늘었다.\n\n"
        '주민 김모 씨는 "밤에도 걷기 좋아졌다"고 말했다.\n\n'
        '"밤에도 걷기 좋아졌다" - 주민 김모 씨\n\n'
        "“내년에는 자전거길도 잇겠다” (구청 공원녹지과장)\n\n"
        "구는 하반기에 나머지 구간도 정비한다."
    )
    assert _blocks(parse_text(text))[1:] == [
        ("paragraph", "한빛천 산책로가 새로 단장을 마쳤다. 조명과 쉼터가 늘었다."),
        ("paragraph", '주민 김모 씨는 "밤에도 걷기 좋아졌다"고 말했다.'),
        ("paragraph", "“내년에는 자전거길도 잇겠다” (구청 공원녹지과장)"),
        ("paragraph", "구는 하반기에 나머지 구간도 정비한다."),
    ]


@pytest.mark.parametrize(
    ("line", "org"),
    [
        ("한빛구청 복지정책과", True),
        ("한빛대 입학처", True),
        ("한빛시 홍보팀", True),
        ("한빛구, 급식소 2곳 추가", False),
    ],
)
def test_a_line_naming_only_an_office_is_no_headline(line: str, org: bool) -> None:
    assert rules.is_org_name(line) is org


def test_a_quoted_answer_over_a_subheading_is_read() -> None:
    text = (
        "[인터뷰] 한빛농장 대표\n\n"
        "귀농 10년 차 농부를 만났다. 그는 사과 농사를 짓는다.\n\n"
        "―귀농은 왜 했나\n"
        '"도시의 삶이 지쳤어요. 흙을 만지고 싶었습니다."\n'
        "■ 판로 걱정\n\n"
        "그는 판로가 가장 어렵다고 했다. 직접 팔 곳을 찾는 데 3년이 걸렸다."
    )
    paras = [t for k, t in _blocks(parse_text(text)) if k == "paragraph"]
    assert '"도시의 삶이 지쳤어요. 흙을 만지고 싶었습니다."' in paras


def test_a_live_page_s_time_stamps_marked_as_headings_are_not_read() -> None:
    text = (
        "[실시간] 폭우 상황\n\n"
        "최종 업데이트 2025.07.14 10:20\n\n"
        "■ 오전 10시 20분\n"
        "한빛천 수위가 낮아져 통제가 풀렸다. 주민들은 집으로 돌아갔다.\n\n"
        "◆ 09:30\n"
        "한빛천 하류 주민 50여 명이 대피했다. 시는 대피소 두 곳을 열었다."
    )
    article = parse_text(text)
    assert [k for k, _ in _blocks(article)] == ["title", "paragraph", "paragraph"]
    assert article.date == "2025-07-14"


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("이서진 기자 | 입력 2025.08.01 05:00 | 수정 2025.08.01 07:12", "이서진", "2025-08-01"),
        ("한빛일보 | 2025.03.02", None, "2025-03-02"),
        ("정하람 기자 | 승인 2025.06.02 14:30 | 댓글 3", "정하람", "2025-06-02"),
        ("2025.03.02 09:00 정하람 기자", "정하람", "2025-03-02"),
        ("정하람 기자 2025.03.02", "정하람", "2025-03-02"),
    ],
)
def test_a_line_of_byline_and_date_cells_gives_both(line: str, author: str | None, date: str) -> None:
    text = f"한빛시 버스 노선 개편\n\n{line}\n\n한빛시가 버스 노선 20개를 바꾼다. 다음 달부터 적용한다."
    article = parse_text(text)
    assert (article.author, article.date) == (author, date)
    assert article.blocks[0].text == "한빛시 버스 노선 개편"


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("2025.05.02 09:30 신고 | 답글", True),
        ("3시간 전 공감 8 | 비공감 1", True),
        ("2025-05-02 10:02 추천 3 반대 0", True),
        ("2025.05.02 09:30", False),  # a date only: the page's, maybe
        ("2025.05.02 공감대 넓혀", False),
    ],
)
def test_a_reader_s_comment_stamp(line: str, stamp: bool) -> None:
    assert bool(rules.COMMENT_STAMP.match(line)) is stamp


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


def test_a_board_s_view_count_is_chrome() -> None:
    assert rules.is_chrome("조회수 : 421")
    assert rules.is_chrome("조회 88")


@pytest.mark.parametrize(
    "top",
    [
        '"집값 반드시 잡겠다"\n정부, 수도권 공급 대책 발표',  # a quoted headline over its deck
        '"집값 반드시 잡겠다"',  # a quoted headline the story quotes again
    ],
)
def test_a_quoted_headline_is_no_pull_quote(top: str) -> None:
    text = (
        f"한빛일보\n\n{top}\n\n입력 2025.02.02 10:00\n\n"
        '정부가 주택 10만 가구를 공급하는 대책을 내놨다. 장관은 "집값 반드시 잡겠다"고 말했다.\n\n'
        "국토부는 2일 이런 내용의 대책을 발표했다."
    )
    assert parse_text(text).title == '"집값 반드시 잡겠다"'


def test_a_headline_in_an_h2_over_the_lead_is_not_read_twice() -> None:
    page = (
        "<html><head><title>한빛시 새 시청사 착공 - 한빛일보</title></head><body><main><article>\n"
        "<h2>한빛시 새 시청사 착공</h2>\n"
        "<p>한빛시가 새 시청사 공사를 시작했다. 2028년 완공이 목표다.</p>\n"
        "<p>새 청사에는 시민 도서관과 공연장이 들어선다. 공사비는 2000억원이다.</p>\n"
        "</article></main></body></html>"
    )
    assert [k for k, _ in _blocks(parse_html(page))] == ["title", "paragraph", "paragraph"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- 복직 후 받던 사후지급금 제도 폐지", True),
        ("▲ 납입 3년 지나면 부분 인출 허용", True),
        ("• 지원 대상은 만 19~34세 무주택 청년", True),
        ("- 합계출산율 0.75명", False),
        ("▲ 2024년 9,860원(2.5%)", False),
        ("복직 후 받던 사후지급금 제도 폐지", False),  # no item's mark: a line of a graphic
    ],
)
def test_is_fact_item(line: str, expected: bool) -> None:
    assert rules.is_fact_item(line) is expected


@pytest.mark.parametrize(
    ("headline", "tag"),
    [
        ("[인터뷰] 정하늘 대표 “3년 안에 해외 매출 절반”", "[인터뷰]"),
        ("【단독】 한빛건설, 하청 대금 미지급", "【단독】"),
        ("[충북일보] 청주 도심 하천에 수달 가족", None),  # the outlet's name, not what the story is
        ("[OSEN=박소연 기자] 배우 한서진, 레드카펫", None),  # the reporter's tag
        ("코스피 3000 돌파", None),
    ],
)
def test_headline_tag(headline: str, tag: str | None) -> None:
    assert rules.headline_tag(headline) == tag


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2025년 10월 31일 금요일", True),
        ("입력 2025.10.31 15:02 | 수정 2025.10.31 16:00", True),
        ("2026년 5월 8일자 A15면", True),
        ("2026년 1월 1일부터 달라지는 것들", False),  # a headline speaks of the date
        ("2026.3.15까지 접수", False),
    ],
)
def test_a_date_with_a_particle_on_it_is_no_date_line(line: str, expected: bool) -> None:
    assert rules.is_date_line(line) is expected


@pytest.mark.parametrize(
    "line",
    [
        f"/뉴스1 {_SAID}",
        f"/ 연합뉴스 {_SAID}",
        f"ⓒ연합뉴스 {_SAID}",
        f"ⓒ 게티이미지뱅크 {_SAID}",
        f"ⓒAFP=뉴스1 {_SAID}",
        f"© News1 DB {_SAID}",
        f"ⓒ강릉시 {_SAID}",
    ],
)
def test_a_bare_credit_left_at_a_paragraph_s_start_goes(line: str) -> None:
    assert rules.story_after_credit(line) == _SAID


@pytest.mark.parametrize(
    "line",
    [
        "/홍길동 기자 정부는 대책을 내놨다고 밝혔다.",  # a byline, not a credit
        "ⓒ연합뉴스 무단전재 및 재배포 금지",
        "/서울 시내 곳곳에서 정부는 대책을 내놨다고 밝혔다.",
        "/뉴스1 DB",
        _SAID,
    ],
)
def test_a_slash_or_a_copyright_sign_before_no_credit_s_name_is_left_alone(line: str) -> None:
    assert rules.story_after_credit(line) is None


def test_a_bare_credit_at_a_paragraph_s_start_is_not_read() -> None:
    text = (
        "정부, 내년 예산 700조 편성\n\n입력 2025.09.03 10:00\n\n"
        "/뉴스1 정부는 내년도 예산안을 700조원 규모로 편성했다고 3일 밝혔다.\n\n"
        "ⓒ연합뉴스 복지 예산은 처음으로 130조원을 넘었다.\n"
    )
    assert [t for _, t in _blocks(parse_text(text))][1:] == [
        "정부는 내년도 예산안을 700조원 규모로 편성했다고 3일 밝혔다.",
        "복지 예산은 처음으로 130조원을 넘었다.",
    ]


@pytest.mark.parametrize("caption", ["해변이 피서객으로 붐비고 있다.", "경포해변 임시 야영장 조감도"])
def test_the_caption_over_a_paragraph_its_credit_is_glued_to_is_not_read(caption: str) -> None:
    text = (
        "강릉 숙소난\n\n입력 2025.07.28 21:30\n\n강릉에 피서객이 몰렸다.\n\n"
        f"{caption}\n/한빛일보 DB 숙박시설 예약 전쟁이 벌어지고 있다.\n\n시는 단속에 나섰다.\n"
    )
    assert [t for _, t in _blocks(parse_text(text))][1:] == [
        "강릉에 피서객이 몰렸다.",
        "숙박시설 예약 전쟁이 벌어지고 있다.",
        "시는 단속에 나섰다.",
    ]


def test_a_subheading_over_a_paragraph_a_credit_is_glued_to_stays() -> None:
    text = "강릉 숙소난\n\n입력 2025.07.28\n\n강릉에 피서객이 몰렸다.\n\n◇ 방값 두 배\n/뉴스1 요금이 크게 올랐다.\n"
    assert _blocks(parse_text(text))[2:] == [("heading", "방값 두 배"), ("paragraph", "요금이 크게 올랐다.")]


@pytest.mark.parametrize(
    ("line", "story"),
    [
        ("기획재정부는 재정 건전성도 고려했다고 밝혔다. 2025.9.3", "기획재정부는 재정 건전성도 고려했다고 밝혔다."),
        ('그는 "끝까지 가겠다"고 말했다." 2025.09.03.', '그는 "끝까지 가겠다"고 말했다."'),
        ("경찰은 화재 경위를 조사하고 있다. 2025.9.3", "경찰은 화재 경위를 조사하고 있다."),
        ("정부가 대책을 냈다. 시민들은 반겼다. 2025.9.3", "정부가 대책을 냈다. 시민들은 반겼다."),
        ("정부가 대책을 냈다고 밝혔다. 2025. 9. 3.", "정부가 대책을 냈다고 밝혔다."),
        ("정부가 대책을 냈다고 밝혔다. 2025-09-03", "정부가 대책을 냈다고 밝혔다."),
        ("정부가 대책을 냈다고 밝혔다. 2025/09/03", "정부가 대책을 냈다고 밝혔다."),
    ],
)
def test_a_date_stamp_after_a_story_s_sentence_goes_and_the_sentence_stays(line: str, story: str) -> None:
    assert rules.story_without_stamp(line) == story
    assert not rules.is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "경남지사가 인사말을 하고 있다. 2025.9.3",
        "(사천=연합뉴스) 이정민 기자 = 3일 착공식에서 참석자들이 시삽하고 있다. 2025.9.3",
        "3일 서울 여의도 국회 본회의장 모습. 2025.9.3",
        "3일 행사가 열렸다. 참석자들이 기념촬영을 하고 있다. 2025.9.3",
    ],
)
def test_a_wire_photo_s_caption_with_its_date_is_still_a_caption(line: str) -> None:
    assert rules.story_without_stamp(line) is None
    assert rules.is_caption(line)


def test_a_story_s_last_sentence_with_a_date_stamp_on_its_line_is_read() -> None:
    text = (
        "정부, 내년 예산 700조 편성\n\n홍길동 기자\n\n"
        "정부는 내년도 예산안을 700조원 규모로 편성했다고 3일 밝혔다.\n\n"
        '기획재정부는 "재정 건전성도 함께 고려했다"라고 밝혔다. 2025.9.3\n'
    )
    article = parse_text(text)
    assert [t for _, t in _blocks(article)][1:] == [
        "정부는 내년도 예산안을 700조원 규모로 편성했다고 3일 밝혔다.",
        '기획재정부는 "재정 건전성도 함께 고려했다"라고 밝혔다.',
    ]
    assert article.date == "2025-09-03"


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


@pytest.mark.parametrize(
    ("line", "speech"),
    [
        ("[A씨/치킨집 사장 (음성변조) : 다른 데서 깎아주면 똑같이 깎으래요.]", "다른 데서 깎아주면 똑같이 깎으래요."),
        ("[김모 씨/상인 : 손님이 반으로 줄었어요.]", "손님이 반으로 줄었어요."),
        ("이OO/주민 : 잠을 못 자요.", "잠을 못 자요."),
    ],
)
def test_speech_of_a_speaker_whose_name_is_withheld(line: str, speech: str) -> None:
    assert rules.strip_speaker(line) == speech


@pytest.mark.parametrize("marker", ["◀ 앵 커 ▶", "◀ 리포트 ▶", "◀ st-up ▶", "◀ END ▶", "◀INT▶", "<SYNC>"])
def test_a_local_station_s_markers(marker: str) -> None:
    assert rules.strip_marker(f"{marker} 비가 그쳤습니다.") == "비가 그쳤습니다."


def test_the_speaker_named_after_an_interview_marker_is_not_read_and_the_speech_under_it_is() -> None:
    text = (
        "반지하 침수 대책 더뎌\n\n입력 2025-06-19 20:25\n\n◀ 리포트 ▶\n반지하 주택입니다.\n\n"
        '◀ INT ▶ 이OO / 주민\n"비 예보만 나오면 잠을 못 자요."\n\n'
        '◀ SYN ▶ 한빛시 관계자(음성변조)\n"업체가 부족해서..."\n\n설치가 늦어지고 있습니다.\n'
    )
    assert [t for _, t in _blocks(parse_text(text))][1:] == [
        "반지하 주택입니다.",
        '"비 예보만 나오면 잠을 못 자요."',
        '"업체가 부족해서..."',
        "설치가 늦어지고 있습니다.",
    ]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("25.02.14 17:32", "2025-02-14"),
        ("최종 업데이트 25.02.14 17:40", "2025-02-14"),
        ("입력 24.12.01. 오후 3:05", "2024-12-01"),
        ("작성일 26-10-08 14:20", "2026-10-08"),
    ],
)
def test_a_two_digit_year_with_its_time_is_a_date_line(line: str, date: str) -> None:
    assert rules.is_date_line(line)
    assert rules.date_of(line) == date


@pytest.mark.parametrize("line", ["25.02.14", "3.1.2 버전 출시", "25.02.14 17:32에 발사됐다.", "26-10.08 14:20"])
def test_numbers_with_dots_are_no_two_digit_year_s_date_line(line: str) -> None:
    assert not rules.SHORT_DATE_LINE.match(line) or rules.is_sentence(line)


@pytest.mark.parametrize("line", ["시민기자", "사진기자", "수습 기자", "그래픽 기자"])
def test_a_kind_of_reporter_alone_is_no_byline(line: str) -> None:
    assert not rules.BYLINE_LINE.match(line)


def test_a_citizen_reporter_s_writer_field_names_the_author_wherever_it_stands() -> None:
    text = "폐교 위기 섬마을 분교\n\n25.02.14 17:32\n글: 한승우(seungwoo)\n사진: 한승우(seungwoo)\n\n졸업식이 열렸다.\n"
    article = parse_text(text)
    assert article.author == "한승우"
    assert article.date == "2025-02-14"
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


def test_a_sentence_after_a_wire_s_tag_that_names_reporters_without_an_equals_sign_is_kept() -> None:
    m = rules.WIRE_DATELINE.match("(서울=연합뉴스) 국회 출입 기자들이 모였다.")
    assert m is not None and m["name"] is None


@pytest.mark.parametrize(
    "caption",
    [
        "국회 본회의장에서 예산안이 통과되고 있다. 2025.12.4/뉴스1 © News1 이광호 기자",
        "국회 본회의장에서 예산안이 통과되고 있다. ⓒ 이희훈",
        "(뉴욕 로이터=연합뉴스) 트레이더들이 화면을 지켜보고 있다.",
        "(워싱턴 AP=연합뉴스) 백악관 전경.",
        "△ 조선소에서 노동자들이 용접 작업을 하고 있다.",
    ],
)
def test_wire_and_regional_captions(caption: str) -> None:
    assert rules.is_caption(caption)


def test_credits_one_after_another_all_go_from_a_caption() -> None:
    caption = "국회 본회의장에서 예산안이 통과되고 있다. 2025.12.4/뉴스1 © News1 이광호 기자"
    assert rules.without_credit(caption) == "국회 본회의장에서 예산안이 통과되고 있다."


def test_a_story_filed_under_a_foreign_agency_s_name_is_no_caption() -> None:
    assert not rules.is_caption("(파리 AFP=연합뉴스) 프랑스 정부가 연금 개혁안을 발표했다.")


@pytest.mark.parametrize("line", ["한빛반도체 005930", "한빛반도체(005930)", "10.28 10:05 기준"])
def test_a_quote_widget_s_lines(line: str) -> None:
    assert rules.is_market_line(line) or bool(rules.TIME_LINE.match(line))


@pytest.mark.parametrize("line", ["관련 종목 더보기", "기사 더보기", "포토 더 보기"])
def test_a_box_s_more_button_is_chrome(line: str) -> None:
    assert rules.is_chrome(line)


_PHOTO_BOX_PAGE = (
    "<html><head><meta charset='utf-8'><title>첫눈 내린 광화문</title></head><body><article>"
    "<h1>첫눈 내린 광화문</h1>{story}"
    "<div class='art_photo'><img src='a.jpg'><p>시민들이 광화문광장에서 첫눈을 맞으며 걷고 있다.</p></div>"
    "</article></body></html>"
)


def test_the_text_in_a_photo_s_box_is_its_caption() -> None:
    story = "<p>서울에 올겨울 첫눈이 내렸다. 예년보다 일주일 늦다.</p><p>기상청은 내일 기온이 떨어진다고 밝혔다.</p>"
    assert "걷고 있다" not in parse_html(_PHOTO_BOX_PAGE.format(story=story)).text


def test_a_photo_page_s_caption_in_its_box_is_its_story() -> None:
    assert "걷고 있다" in parse_html(_PHOTO_BOX_PAGE.format(story="")).text


@pytest.mark.parametrize(
    "prefix",
    [
        "[단독] [서울=뉴시스] 홍길동 기자 = ",
        "[단독][서울=뉴시스]홍길동 기자 = ",
        "[속보] (서울=연합뉴스) 홍길동 기자 = ",
        "[단독] [한빛일보 홍길동 기자] ",
        "[인터뷰] [OSEN=홍길동 기자] ",
    ],
)
def test_a_headline_s_tag_before_a_wire_s_dateline_goes_with_it(prefix: str) -> None:
    text = f"정부 예산 확정\n\n입력 2025.09.03\n\n{prefix}정부가 예산을 확정했다.\n\n관계자는 이렇게 말했다.\n"
    article = parse_text(text)
    assert [t for _, t in _blocks(article)][1:] == ["정부가 예산을 확정했다.", "관계자는 이렇게 말했다."]
    assert article.author == "홍길동"
    body_only = parse_text(f"{prefix}정부가 예산을 확정했다. 다음 달 시행한다.\n\n관계자는 이렇게 말했다.\n")
    assert body_only.title == "정부가 예산을 확정했다."


@pytest.mark.parametrize(
    "line", ["[단독] 정부가 예산을 확정했다.", "[사진] 시민들이 걷고 있다.", "정부가 예산을 확정했다."]
)
def test_a_tag_with_no_dateline_after_it_is_no_dateline_s(line: str) -> None:
    assert rules.dateline_start(line) == 0


_GALLERY = (
    '<html><head><meta charset="utf-8"><title>[포토] 첫눈 내린 설악산</title></head><body>'
    "<nav><a>포토</a> <a>영상</a></nav><h1>[포토] 첫눈 내린 설악산</h1>"
    '<div class="slides">{slides}</div><p class="copy">ⓒ 한빛일보</p></body></html>'
)
_SLIDES = [
    "설악산 대청봉 일대에 올해 첫눈이 하얗게 쌓여 있다.",
    "등산객들이 눈 덮인 탐방로를 조심스럽게 걷고 있다.",
    "국립공원공단은 일부 탐방로의 출입을 통제했다.",
]


def test_a_photo_pages_captions_are_its_story_without_their_counters() -> None:
    slides = "".join(
        f'<div class="slide"><img src="{i}.jpg"><p class="img_desc"><em>{i}/3</em> {text}</p></div>'
        for i, text in enumerate(_SLIDES, 1)
    )
    assert [b.text for b in parse_html(_GALLERY.format(slides=slides)).blocks[1:]] == _SLIDES


def test_a_caption_beside_the_story_is_still_not_read() -> None:
    slides = f'<figure><img src="1.jpg"><figcaption>{_SLIDES[0]}</figcaption></figure>' + "".join(
        f"<p>{text} 공단은 주말까지 눈이 더 내릴 것으로 내다봤다.</p>" for text in _SLIDES[1:]
    )
    texts = [b.text for b in parse_html(_GALLERY.format(slides=slides)).blocks]
    assert not any(_SLIDES[0] in t for t in texts)
    assert len(texts) == 3


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


_WORD_QA = (
    '"골목은 이유가 있어야 산다"\n\n상인회장 박정우 씨를 1일 만났다. 그는 빈 점포를 청년 가게로 채웠다.\n\n'
    "{q}\n\n{a}\n\n박정우 씨는 다음 달 골목 축제를 연다."
)


@pytest.mark.parametrize(
    ("q", "a"),
    [
        ("질문 빈 점포를 어떻게 채웠나.", "답변 임대료부터 묶었다."),
        ("질문: 빈 점포를 어떻게 채웠나", "답변: 임대료부터 묶었다."),
        ("[질문] 빈 점포를 어떻게 채웠나", "[답변] 임대료부터 묶었다."),
    ],
)
def test_questions_and_answers_marked_with_the_words_are_read_without_them(q: str, a: str) -> None:
    texts = [b.text for b in parse_text(_WORD_QA.format(q=q, a=a)).blocks]
    assert texts[2:4] == [q.split(maxsplit=1)[1], "임대료부터 묶었다."]


def test_a_sentence_that_opens_with_the_word_question_is_no_question() -> None:
    q, a = "질문 공세가 한 시간 넘게 이어졌다.", "답변은 짧았다."
    texts = [b.text for b in parse_text(_WORD_QA.format(q=q, a=a)).blocks]
    assert texts[2:4] == [q, a]


_ENTRIES = (
    '<html><head><meta charset="utf-8"><title>폭설 실시간 상황</title></head><body><main><h1>폭설 실시간 상황</h1>'
    "<div class='status'>업데이트 중</div>{first}<p>서울 도심에 대설경보가 내려졌다. 출근길 정체가 심하다.</p>"
    "{later}<p>김포공항 국내선 20여 편이 결항했다. 공항공사는 제설 작업을 하고 있다.</p>"
    "{later2}<p>서울시는 제설 인력 5000명을 투입했다. 시는 대중교통 이용을 당부했다.</p></main></body></html>"
)


def test_the_first_of_a_pages_entries_keeps_its_heading() -> None:
    first, later, later2 = "<h2>서울 대설경보</h2>", "<h2>항공편 결항</h2>", "<h2>제설 인력 투입</h2>"
    page = _ENTRIES.format(first=first, later=later, later2=later2)
    headings = [b.text for b in parse_html(page).blocks if b.kind == "heading"]
    assert headings == ["서울 대설경보", "항공편 결항", "제설 인력 투입"]


def test_a_deck_in_another_element_over_the_first_paragraph_is_still_not_read() -> None:
    deck = "<h2>서울 대설경보…출근길 혼잡</h2>"
    page = _ENTRIES.format(first=deck, later="<h3>항공편 결항</h3>", later2="<h3>제설 인력 투입</h3>")
    headings = [b.text for b in parse_html(page).blocks if b.kind == "heading"]
    assert headings == ["항공편 결항", "제설 인력 투입"]


_CODE_PAGE = (
    '<html><head><meta charset="utf-8"><title>새 개발 도구 공개</title></head><body><article><h1>새 개발 도구 공개</h1>'
    "<p>한빛소프트가 명령줄 개발 도구를 무료로 공개했다. 설치는 한 줄이면 된다.</p>{block}"
    "<p>회사는 올해 안에 윈도용도 내놓겠다고 밝혔다. 내려받기는 공식 누리집에서 할 수 있다.</p></article></body></html>"
)


def test_a_block_of_code_is_not_read() -> None:
    article = parse_html(_CODE_PAGE.format(block="<pre><code>pip install hanbit-cli\nhanbit init</code></pre>"))
    assert not any("hanbit" in b.text for b in article.blocks)
    assert len(article.blocks) == 3


def test_a_story_set_in_pre_is_read() -> None:
    block = "<pre>개발자들은 설치가 간단하다는 점을 가장 큰 장점으로 꼽았다.</pre>"
    article = parse_html(_CODE_PAGE.format(block=block))
    assert any("가장 큰 장점으로" in b.text for b in article.blocks)


_HEADER_BYLINE = (
    '<html><head><meta charset="utf-8"><title>반려견 동반 식당 허용</title>'
    '<meta name="author" content="{field}"></head><body>'
    "<div class='head'><h2>반려견 동반 식당 허용</h2><p class='info'>{byline}</p></div>"
    "<div class='body'><p>앞으로 위생 기준을 갖춘 식당은 반려견과 함께 들어갈 수 있다.</p>"
    "<p>식약처는 8일 반려동물 동반 음식점의 시설 기준을 담은 개정안을 입법예고했다.</p>"
    "<p>식약처 관계자는 위생과 안전을 지키는 선에서 선택권을 넓히려는 것이라고 설명했다.</p></div>"
    "<div class='side'><p>많이 본 기사</p></div></body></html>"
)


@pytest.mark.parametrize(
    ("field", "byline"),
    [
        ("", "채윤호 기자 | 입력 2026.05.08 12:00"),
        ("한누리뉴스; 네이버", "채윤호 기자(yunho@example.kr)"),  # a portal's field names the outlet and itself
    ],
)
def test_a_byline_outside_the_body_names_the_author(field: str, byline: str) -> None:
    assert parse_html(_HEADER_BYLINE.format(field=field, byline=byline)).author == "채윤호"


def test_a_page_with_no_byline_has_no_author() -> None:
    assert parse_html(_HEADER_BYLINE.format(field="네이버", byline="입력 2026.05.08 12:00")).author is None


_NEXT_BOX = (
    "늘봄학교 2학년까지 확대\n\n새 학기부터 늘봄학교가 2학년까지 넓어진다.\n\n"
    "교육부는 희망 학생 모두에게 하루 2시간 프로그램을 제공한다고 밝혔다.\n\n{label}\n{headline}\n"
    "교육부가 등록금을 동결한 대학의 장학금 지원을 늘린다.\n\n지원 규모는 3500억원이다."
)


@pytest.mark.parametrize("label", ["다음 기사", "[이전 기사]", "다음 글 보기"])
def test_the_next_storys_box_ends_the_story(label: str) -> None:
    article = parse_text(_NEXT_BOX.format(label=label, headline="대학 등록금 동결 대학 지원 늘린다"))
    assert article.text.endswith("제공한다고 밝혔다.")


def test_a_sentence_under_the_label_is_no_headline() -> None:
    # the label over the story's own next paragraph (no headline between): a button, not a box
    text = _NEXT_BOX.format(label="다음 기사", headline="교육부는 강사를 지역 대학에서 지원받는다고 덧붙였다.")
    assert parse_text(text).text.endswith("지원 규모는 3500억원이다.")


def test_looking_for_a_byline_outside_the_body_raises_no_warning(caplog: pytest.LogCaptureFixture) -> None:
    # the page's text has more text after its copyright line (another story's teasers): the second
    # reading, only for a byline, does not report what it does not read
    other = "".join(f"<p>다른 기사의 첫 문장이 여기에 길게 이어지고 있다. 번호는 {i}번이다.</p>" for i in range(3))
    page = _HEADER_BYLINE.format(field="", byline="입력 2026.05.08 12:00").replace(
        "<div class='side'>", f"<footer><p>ⓒ 한누리뉴스 무단전재 및 재배포 금지</p>{other}</footer><div class='side'>"
    )
    with caplog.at_level(logging.WARNING, logger="newsread"):
        assert parse_html(page).author is None
    assert not caplog.records


_PHOTO_IN_P = (
    '<html><head><meta charset="utf-8"><title>특별법 2년 연장</title></head><body><article><h1>특별법 2년 연장</h1>'
    "<p>전세사기 피해자 지원 특별법의 효력이 2년 연장된다. 국회는 2일 개정안을 통과시켰다.</p>{photo}"
    "<p>피해자 인정 요건도 완화됐다. 보증금 한도는 5억원에서 7억원으로 높아졌다.</p></article></body></html>"
)


@pytest.mark.parametrize(
    "photo",
    [
        '<p style="text-align:center"><img src="1.jpg"></p><p>피해자들이 국회 앞에서 연장을 촉구하고 있다.</p>',
        '<p><img src="1.jpg"><br>피해자들이 국회 앞에서 연장을 촉구하고 있다.</p>',
        '<p><img src="1.jpg"></p><p>국회 앞 피해자 집회 모습.</p>',
    ],
)
def test_a_caption_under_a_photo_in_a_paragraph_is_not_read(photo: str) -> None:
    texts = [b.text for b in parse_html(_PHOTO_IN_P.format(photo=photo)).blocks]
    assert len(texts) == 3
    assert not any("국회 앞" in t for t in texts)


@pytest.mark.parametrize(
    ("photo", "kept"),
    [
        ('<p><img src="1.jpg"></p><p>국토부는 하위 법령을 서둘러 정비하겠다고 밝혔다.</p>', "국토부는"),
        ('<p><img src="1.jpg"></p><p><b>우선매수권 양도 허용</b></p>', "우선매수권 양도 허용"),
    ],
)
def test_a_report_or_a_subheading_under_a_photo_is_read(photo: str, kept: str) -> None:
    texts = [b.text for b in parse_html(_PHOTO_IN_P.format(photo=photo)).blocks]
    assert any(t.startswith(kept) for t in texts)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("이 정책에 대해 만족하십니까?", True),
        ("이 기사에 만족하십니까?", True),
        ("이 메일은 하루경제 아침편지 구독을 신청하신 분께 발송됩니다.", True),
        ("정부는 이 정책에 대해 국민 다수가 만족한다고 밝혔다.", False),
        ("이 메일은 지난달 직원 전원에게 발송됐다.", False),
        ("※ 인구 감소로 소멸 위기에 놓인 농촌 마을의 오늘을 다섯 차례에 걸쳐 싣는다.", True),
        ("농촌 마을의 오늘을 세 차례에 걸쳐 짚어본다.", True),
        ("이 기획은 매주 화요일 연재합니다.", True),
        ("정부는 세 차례에 걸쳐 대책을 발표했다.", False),
        ("그는 이 소설을 두 차례에 걸쳐 연재했다.", False),
        ("※ 마음상담소에 보내실 사연은 counsel@lifehanbit.example 로 보내주세요.", True),
        ("독자 여러분의 투고를 받습니다.", True),
        ("그는 사연을 담은 편지를 보냈다.", False),
        ("시는 다음 달까지 주민 의견을 받습니다.", False),
        ("시민한빛은 독자의 후원으로 만들어집니다.", True),
        ("이 단체는 회원 후원으로 운영된다.", False),
    ],
)
def test_the_page_s_own_notes_are_chrome(line: str, chrome: bool) -> None:
    """A poll, a mailing's footer, a series' note, a call for readers' letters or support: the page
    about itself."""
    assert rules.is_chrome(line) is chrome


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("제1287호 | 2026년 3월 23일", "2026-03-23"),
        ("통권 제512호 2026.05.04", "2026-05-04"),
        ("제3호 태풍이 2026년 8월 2일 상륙했다.", None),
    ],
)
def test_an_issue_number_before_a_date_is_the_paper_s_date_line(line: str, date: str | None) -> None:
    assert rules.is_date_line(line) is (date is not None)
    if date is not None:
        page = f"한빛주보\n{line}\n\n시의회, 조례 통과\n\n시의회가 조례를 통과시켰다.\n\n시는 내년 시행한다.\n"
        article = parse_text(page)
        assert article.date == date
        assert article.title == "시의회, 조례 통과"


@pytest.mark.parametrize(
    ("line", "author"),
    [("작가 윤하람", "윤하람"), ("필자 김도윤", "김도윤"), ("글=이서준", "이서준"), ("글 쓰기", None)],
)
def test_a_blog_s_writer_field_names_the_author(line: str, author: str | None) -> None:
    article = parse_text(f"동네 서점이 사라진다\n\n2026. 5. 12.\n{line}\n\n서점이 문을 닫았다.\n\n임대료가 올랐다.\n")
    assert article.author == author


@pytest.mark.parametrize(
    ("line", "name"),
    [("글·사진 임소정 여행전문기자", "임소정"), ("글/그림 김하나 기자", "김하나"), ("글 사진 기자", None)],
)
def test_a_byline_that_says_who_wrote_and_photographed(line: str, name: str | None) -> None:
    m = rules.BYLINE_LINE.match(line)
    assert (m["name"] if m else None) == name


def test_an_info_box_under_its_title_after_the_story_is_kept() -> None:
    page = (
        "<html><body><article><h1>섬진강 벚꽃길을 걷다</h1><p>섬진강은 3월 말 분홍빛으로 물든다.</p>"
        "<p>강변길은 30㎞가 넘는다.</p><h4>여행 정보</h4><p>가는 길: 서울역에서 KTX로 약 3시간</p>"
        "<p>먹거리: 재첩국 1만원</p></article></body></html>"
    )
    assert _blocks(parse_html(page))[-3:] == [
        ("heading", "여행 정보"),
        ("paragraph", "가는 길: 서울역에서 KTX로 약 3시간"),
        ("paragraph", "먹거리: 재첩국 1만원"),
    ]
    footer = "시는 다음 달 시행한다.\n\n주소: 서울시 중구 세종대로 1\n\n전화: 02-000-0000\n"
    assert "주소" not in parse_text(f"시, 조례 시행\n\n시가 조례를 시행한다.\n\n{footer}").text


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
    "line", ["등록일 : 2026-12-01 오후 3:20:11  기자 : 한상철", "작성자 : 한상철 등록일 : 2026-12-01"]
)
def test_a_board_s_date_and_author_fields_on_one_line(line: str) -> None:
    article = parse_text(f"군, 한파 쉼터 운영\n{line}\n\n군이 쉼터를 운영한다.\n\n군은 방한용품을 지원한다.\n")
    assert (article.author, article.date) == ("한상철", "2026-12-01")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("김서해 지음 | 한빛출판 | 312쪽 | 1만8500원", True),
        ("김서해 지음·이한빛 옮김 | 한빛출판 | 312쪽 | 1만8500원", True),
        ("강남구 | 0.25 | 0.19 | 0.31", False),
    ],
)
def test_a_book_review_s_publication_line_is_read(line: str, kept: bool) -> None:
    page = f"[새책] 바다가 삼킨 마을\n\n섬마을의 50년을 되살린 책이다.\n\n주민 40여 명의 기억을 담았다.\n\n{line}\n"
    assert (line in [b.text for b in parse_text(page).blocks]) is kept


@pytest.mark.parametrize(
    ("end", "author"),
    [("김다솜 한빛시 동해구·회사원", "김다솜"), ("김다솜 한빛시 동해구·회사원\n\n시는 의자를 늘린다.", None)],
)
def test_a_reader_s_letter_signed_at_its_end_names_its_writer(end: str, author: str | None) -> None:
    page = f"버스 정류장 의자 하나\n\n정류장에 의자 세 개가 생겼다.\n\n어르신들이 앉아 쉬었다.\n\n{end}\n"
    article = parse_text(page)
    assert article.author == author
    assert "회사원" not in article.text or author is None


@pytest.mark.parametrize(
    ("intro", "kept"),
    [("통제 구간은 다음과 같다.", True), ("경찰은 교통경찰 800명을 배치한다.", False)],
)
def test_arrowed_items_under_a_sentence_that_announces_them_are_read(intro: str, kept: bool) -> None:
    items = "▷ 시청 사거리~중앙로: 오전 7시~9시 30분\n▷ 한빛대교 양방향: 오전 7시 30분~11시"
    page = f"도심 교통 통제\n\n5일 도심 도로가 통제된다.\n\n{intro}\n\n{items}\n\n버스는 우회 운행한다.\n"
    texts = [b.text for b in parse_text(page).blocks]
    assert ("▷ 한빛대교 양방향: 오전 7시 30분~11시" in texts) is kept


_STORY_HEAD = (
    "장마 시작…서울 도심 출근길 혼잡\n\n김하늘 기자\n\n15일 오전 서울 전역에 시간당 30㎜가 넘는 비가 내렸다.\n\n"
)
_STORY_TAIL = "\n\n기상청은 이번 비가 17일까지 이어질 것으로 내다봤다.\n\n김하늘 기자 sky@hanbit.example\n"


@pytest.mark.parametrize(
    ("line", "story"),
    [
        (
            "출근길 광화문 네거리에서는 시민들이 우산을 쓰고 걷고 있다. 2026.7.15",
            "출근길 광화문 네거리에서는 시민들이 우산을 쓰고 걷고 있다.",
        ),
        (
            "현장에서는 아직도 주민들이 복구 작업을 하고 있다. 2026. 7. 15.",
            "현장에서는 아직도 주민들이 복구 작업을 하고 있다.",
        ),
        (
            "이에 따라 건설 현장 곳곳에서 노동자들이 얼음물을 마시며 쉬고 있다. /뉴시스",
            "이에 따라 건설 현장 곳곳에서 노동자들이 얼음물을 마시며 쉬고 있다.",
        ),
        (
            "하지만 상인들은 여전히 가게 앞에서 손님을 기다리고 있다. /사진=뉴스1",
            "하지만 상인들은 여전히 가게 앞에서 손님을 기다리고 있다.",
        ),
    ],
)
def test_a_story_s_scene_with_a_stamp_between_paragraphs_is_read(line: str, story: str) -> None:
    article = parse_text(_STORY_HEAD + line + _STORY_TAIL)
    assert ("paragraph", story) in _blocks(article)
    assert article.date == "2026-07-15" or "2026" not in line[len(story) :]


@pytest.mark.parametrize(
    "shape",
    [
        # a photo's title over it
        "우산 쓴 출근길 시민들\n출근길 광화문 네거리에서 시민들이 우산을 쓰고 걷고 있다. 2026.7.15",
        # a wire's dateline opens it, the photo desk's address under it
        "(서울=연합뉴스) 김하늘 기자 = 15일 광화문에서 시민들이 우산을 쓰고 걷고 있다. 2026.7.15\nsky@yna.co.kr",
        # a credit with no sentence taking up the one before it
        "출근길 시민들이 우산을 쓰고 걷고 있다. /뉴시스",
        # glued to the paragraph under it: the photo sits over that paragraph
        "출근길 시민들이 우산을 쓰고 걷고 있다. 2026.7.15\n기상청은 비가 더 온다고 했다.",
    ],
)
def test_a_photo_s_scene_with_a_stamp_next_to_a_photo_s_mark_is_still_a_caption(shape: str) -> None:
    spoken = "\n".join(b.text for b in parse_text(_STORY_HEAD + shape + _STORY_TAIL).blocks)
    assert "우산을 쓰고 걷고 있다" not in spoken


@pytest.mark.parametrize(
    ("line", "story"),
    [
        (
            "서울 시내 한 마트에서 시민들이 장을 보고 있다. /사진=연합뉴스 정부는 이날 할인 지원을 늘리기로 했다.",
            "정부는 이날 할인 지원을 늘리기로 했다.",
        ),
        (
            "광장시장에서 상인들이 채소를 정리하고 있다. (사진=뉴스1) 기획재정부는 물가가 안정될 것으로 내다봤다.",
            "기획재정부는 물가가 안정될 것으로 내다봤다.",
        ),
        (
            "한 대형마트 과일 코너 모습. /뉴스1 농림축산식품부는 사과 비축 물량을 풀기로 했다.",
            "농림축산식품부는 사과 비축 물량을 풀기로 했다.",
        ),
        (
            "시민들이 장을 보고 있다. 이날 마트는 붐볐다. ⓒ연합뉴스 정부는 할인 지원을 늘리기로 했다.",
            "정부는 할인 지원을 늘리기로 했다.",
        ),
    ],
)
def test_a_caption_its_credit_and_a_paragraph_on_one_line_leave_the_paragraph(line: str, story: str) -> None:
    assert rules.story_after_caption(line) == story
    blocks = _blocks(parse_text(_STORY_HEAD + line + _STORY_TAIL))
    assert ("paragraph", story) in blocks
    assert not any("장을 보고" in t or "사진=" in t or "모습" in t for _, t in blocks)


def test_a_line_with_no_caption_and_credit_before_a_paragraph_is_not_split() -> None:
    # the text before the credit is a report, not a scene: not a caption
    assert (
        rules.story_after_caption("정부는 지원을 늘리기로 했다고 밝혔다. /사진=연합뉴스 정부는 이날 회의를 열었다.")
        is None
    )
    # nothing after the credit ends as a sentence
    assert rules.story_after_caption("시민들이 장을 보고 있다. /사진=연합뉴스 물가 동향") is None
    # a slash before a word that credits no photo
    assert rules.story_after_caption("시민들이 장을 보고 있다. /오늘 정부는 할인 지원을 늘리기로 했다.") is None


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


def test_items_of_a_list_with_no_blank_line_between_are_not_joined_as_a_wrapped_paragraph() -> None:
    text = (
        "지하철 파업\n\n문하린 기자\n\n노조가 20일 첫차부터 파업에 들어간다.\n\n"
        "공사는 비상 수송 대책을 마련했다. 노선별 운행 계획은 다음과 같다.\n\n"
        "- 1~4호선: 출근 시간대(오전 7~9시) 평시 대비 100%, 그 외 시간 80% 운행\n"
        "- 5~8호선: 출근 시간대 90%, 그 외 시간 70% 운행\n"
        "- 경전철: 평시와 같이 운행\n\n공사는 버스 배차도 늘린다.\n"
    )
    paragraphs = [t for k, t in _blocks(parse_text(text)) if k == "paragraph"]
    assert paragraphs[2:5] == [
        "- 1~4호선: 출근 시간대(오전 7~9시) 평시 대비 100%, 그 외 시간 80% 운행",
        "- 5~8호선: 출근 시간대 90%, 그 외 시간 70% 운행",
        "- 경전철: 평시와 같이 운행",
    ]


def test_an_html_page_s_date_outside_the_story_s_body_is_the_article_s_date() -> None:
    page = (
        "<html><body><h2>주차장 준공</h2><section class='info'>\n<span>작성자</span> 박지성 기자\n"
        "<strong>작성일 26-10-08 14:20</strong></section><article><div id='con'>"
        "한빛읍 전통시장 옆에 120면 규모의 공영주차장이 문을 열었다.<br><br>"
        "한빛군은 8일 준공식을 열고 주차장 운영을 시작했다. 사업비 24억원이 들었다.<br><br>"
        "상인회는 주말마다 되풀이되던 주차난이 풀릴 것으로 기대했다.</div></article></body></html>"
    )
    assert parse_html(page).date == "2026-10-08"


@pytest.mark.parametrize(
    ("announce", "quoted"),
    [
        (
            "기상청은 지진 발생 8분 뒤 다음과 같은 재난문자를 보냈다.",
            "[기상청] 11/02 04:12 경북 한빛군 북쪽 15km 지역 규모4.1 지진발생",
        ),
        ("구청은 주민들에게 아래와 같이 안내했습니다.", "단수 안내: 3일 오전 9시부터 오후 6시까지 한빛동 일대"),
    ],
)
def test_a_line_that_a_sentence_announces_is_read_as_a_paragraph(announce: str, quoted: str) -> None:
    text = f"재난문자 늑장\n\n이준서 기자\n\n지진이 발생했다.\n\n{announce}\n\n{quoted}\n\n늦었다는 지적이 나왔다.\n"
    assert ("paragraph", quoted) in _blocks(parse_text(text))


def test_a_marked_subheading_under_an_announcing_sentence_stays_a_subheading() -> None:
    text = (
        "지진 재난문자 늑장\n\n이준서 기자\n\n2일 새벽 지진이 발생했다.\n\n"
        "기상청은 다음과 같은 이유로 문자가 늦었다고 설명했습니다.\n\n"
        "◇ 관측 자료 분석에 8분\n\n자료를 모으는 데 시간이 걸렸다.\n"
    )
    assert ("heading", "관측 자료 분석에 8분") in _blocks(parse_text(text))


_TRANSCRIPT_LINES = {
    "[00:01:09] 김도현: 변동금리 대출은 석 달 안에 반영됩니다.": "변동금리 대출은 석 달 안에 반영됩니다.",
    "01:02:40 진행자 : 오늘 말씀 고맙습니다.": "오늘 말씀 고맙습니다.",
    "(00:12:05.300) 시청자 여러분 안녕하세요.": "시청자 여러분 안녕하세요.",
    # a clock time in the story is no time code
    "12:30 현재 서울의 기온은 31도다.": "12:30 현재 서울의 기온은 31도다.",
}


def test_a_transcript_s_time_code_and_speaker_are_not_read() -> None:
    for line, speech in _TRANSCRIPT_LINES.items():
        assert rules.strip_speaker(line) == speech, line


def test_an_image_s_box_with_no_words_does_not_make_the_page_a_photo_page() -> None:
    story = [
        "지난달 나는 동네 책방 세 곳을 돌며 한 달을 보냈다. 책방마다 주인의 취향이 서가에 묻어났다.",
        "첫 번째 책방은 시집만 판다. 주인은 하루에 한 권씩 손님에게 시를 골라 준다.",
        "두 번째 책방은 밤 10시까지 문을 연다. 퇴근한 직장인들이 조용히 책을 읽다 간다.",
    ]
    page = (
        "<html><head><title>동네 책방 세 곳</title></head><body><article><h1>동네 책방 세 곳</h1>"
        f"<div class='se-text'><p>{story[0]}</p></div>"
        "<div class='se-image'><div class='se-module-image'><img src='1.jpg'></div>"
        "<div class='se-caption'><p>시집만 파는 책방의 서가</p></div></div>"
        f"<div class='se-text'><p>{story[1]}</p><p>{story[2]}</p></div></article></body></html>"
    )
    blocks = _blocks(parse_html(page))
    assert [t for k, t in blocks if k == "paragraph"] == story
    assert not any(t == "시집만 파는 책방의 서가" for _, t in blocks)


def test_a_chronology_s_dated_items_are_read_and_a_date_stamp_is_not() -> None:
    assert rules.chronology_item("2025.9.20 한빛대교 상판 붕괴, 5명 사망")
    assert rules.chronology_item("- 2026년 2월 3일 시공사 임직원 7명 기소")
    assert not rules.chronology_item("2026.05.12 14:20 | 한빛일보")
    assert not rules.chronology_item("2026.05.12 입력")
    assert not rules.chronology_item("2026.05.12")
    items = ["2025.9.20 한빛대교 상판 붕괴, 5명 사망", "2025.10.14 경찰, 시공사 압수수색", "2026.2.3 임직원 7명 기소"]
    text = (
        "한빛대교 사고 1년\n\n2026.09.20 06:00\n윤태오 기자\n\n사고가 일어난 지 1년이 됐다.\n\n"
        "재판은 아직 1심이 진행 중이다.\n\n■ 주요 일지\n" + "\n".join(items) + "\n\n윤태오 기자\n"
    )
    article = parse_text(text)
    assert _blocks(article)[-4:] == [("heading", "주요 일지")] + [("paragraph", t) for t in items]
    assert article.date == "2026-09-20"


def test_a_poem_quoted_over_its_source_is_read_line_by_line() -> None:
    verse = ["강물은 흘러", "바다로 가고", "나는 남아", "강가에 선다"]
    text = (
        "[시가 있는 아침] 강가에서\n\n2026.12.01\n\n" + "\n".join(verse[:2]) + "\n\n" + "\n".join(verse[2:]) + "\n"
        "― 김시인, 「강가에서」 부분\n\n떠나는 것과 남는 것을 시인은 강물에 빗댔다.\n\n한서정 시인\n"
    )
    paragraphs = [t for k, t in _blocks(parse_text(text)) if k == "paragraph"]
    assert paragraphs[:5] == [*verse, "― 김시인, 「강가에서」 부분"]
    assert rules.POEM_SOURCE.match("- 윤새벽, '첫눈' 전문")
    assert not rules.POEM_SOURCE.match("- 윤새벽 시인")
