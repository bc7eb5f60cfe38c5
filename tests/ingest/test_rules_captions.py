"""Captions, photo credits and photo pages: what is said under a picture is not read."""

from __future__ import annotations

import pytest

from newsread.ingest import parse_html, parse_text, rules

from .helpers import blocks_of as _blocks
from .helpers import paragraphs_of as _paragraphs


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


def test_a_triangle_list_is_read_and_a_triangle_caption_is_not() -> None:
    text = (
        "정부, 3대 과제 발표\n\n정부가 과제를 발표했다. 내용은 다음과 같다.\n\n"
        "▲청년 일자리 확대\n▲주거 지원\n\n▲ 시민들이 줄을 서 있다.\n\n정부는 다음 달 시행한다.\n"
    )
    texts = [b.text for b in parse_text(text).blocks]
    assert "▲청년 일자리 확대" in texts and "▲주거 지원" in texts
    assert "▲ 시민들이 줄을 서 있다." not in texts


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


def test_a_photo_credit_with_a_copyright_sign_does_not_end_the_story() -> None:
    text = "정부, 대책 발표\n\n정부가 대책을 발표했다.\n\nⓒ 게티이미지뱅크\n\n정부는 다음 달 시행한다.\n"
    assert [b.text for b in parse_text(text).blocks][1:] == [
        "정부가 대책을 발표했다.",
        "정부는 다음 달 시행한다.",
    ]


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


@pytest.mark.parametrize(
    "line",
    [
        "▲ 3일 누리경기장에서 김민수(가운데)가 골을 넣은 뒤 기뻐하고 있다. 새별스포츠=정하나 기자",
        "△ 2일 한빛시청 앞 광장 모습. 누리일보=박서준 기자",
        "▲ 시민들이 우산을 쓰고 걸어가고 있다. /최가온 기자",
    ],
)
def test_a_marked_caption_with_its_photographer_after_it_is_a_caption(line: str) -> None:
    assert rules.is_caption(line)
    text = f"제목 하나 둘\n\n누리시가 축제를 열었다.\n시민이 많이 왔다.\n\n{line}\n\n시는 내년에도 연다.\n"
    assert line not in [b.text for b in parse_text(text).blocks]


def test_a_triangle_item_with_a_reporter_after_it_is_no_caption() -> None:
    assert not rules.is_caption("▲ 시는 내년 예산을 늘린다고 밝혔다. 누리일보=박서준 기자")


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
    ("line", "story"),
    [
        (
            "국토부는 신도시 두 곳을 추가로 지정했다. [국토부 제공] 지정은 내년 상반기에 마무리된다.",
            "국토부는 신도시 두 곳을 추가로 지정했다. 지정은 내년 상반기에 마무리된다.",
        ),
        ("새 교량이 개통됐다. [한빛시 제공] 통행료는 없다.", "새 교량이 개통됐다. 통행료는 없다."),
        ("축제가 막을 올렸다. 【한빛군청 제공】 관람객이 몰렸다.", "축제가 막을 올렸다. 관람객이 몰렸다."),
        ("수출이 석 달째 늘었다. [연합뉴스 제공]", "수출이 석 달째 늘었다."),
        (
            "소방대원들이 잔불을 정리했다. [사진=소방청] 화재 원인은 조사 중이다.",
            "소방대원들이 잔불을 정리했다. 화재 원인은 조사 중이다.",
        ),
    ],
)
def test_a_giver_s_credit_in_square_brackets_inside_a_paragraph_goes(line: str, story: str) -> None:
    assert rules.story_without_credit(line) == story
    assert story in [b.text for b in parse_text(f"신도시 추가 지정\n\n{line}\n\n김가람 기자\n").blocks]


def test_a_tag_that_says_who_gave_is_no_credit_without_its_brackets() -> None:
    # a sentence about what was given keeps its words
    line = "시는 자료를 국토부 제공 방식으로 받았다고 밝혔다."
    assert rules.story_without_credit(line) is None


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


@pytest.mark.parametrize("credit", ["[트위터 캡처]", "(인스타그램 캡처)", "[X 화면 갈무리]", "/유튜브 캡처"])
def test_a_screen_capture_s_credit_is_a_caption(credit: str) -> None:
    assert rules.is_caption(credit)
    assert not rules.is_caption("화면 캡처 기능이 새로 추가됐다.")


def test_a_photo_title_over_its_credit_on_a_page_without_blank_lines_is_not_a_subheading() -> None:
    text = (
        "폭염에 온열질환자 급증\n입력 2026.07.21 09:10\n"
        "전국 곳곳에 폭염특보가 이어지면서 온열질환자가 빠르게 늘고 있다.\n"
        "폭염 속 그늘막 아래 시민들\n한빛일보 제공\n"
        "당국은 한낮 야외활동을 자제해 달라고 당부했다.\n"
    )
    assert [k for k, _ in _blocks(parse_text(text))] == ["title", "paragraph", "paragraph"]


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
        # a ticker's quotes run together on one line, however long
        ("코스피 2,845.12 ▲12.30 (+0.43%) 코스닥 871.45 ▼3.02 (-0.35%) 원·달러 1,352.40 ▲4.10 15:30 기준", True),
        ("코스피는 2,845.12로 12.30 올랐고 ▲0.43% 코스닥은 871.45로 ▼3.02 떨어졌다.", False),
        ("반도체 수출 1,204억 달러 ▲12.3% 자동차 수출 612억 달러 ▼2.1%로 품목별 희비가 엇갈린 한 해", False),
    ],
)
def test_a_market_box_s_lines_are_figures(line: str, market: bool) -> None:
    assert rules.is_market_line(line) is market


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
    ("line", "name"),
    [("글·사진 임소정 여행전문기자", "임소정"), ("글/그림 김하나 기자", "김하나"), ("글 사진 기자", None)],
)
def test_a_byline_that_says_who_wrote_and_photographed(line: str, name: str | None) -> None:
    m = rules.BYLINE_LINE.match(line)
    assert (m["name"] if m else None) == name


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


def test_a_writer_and_a_photographer_on_one_line_make_the_writer_the_author() -> None:
    m = rules.writer_mark("글 설다온 기자 | 사진 표하준 기자")
    assert m is not None and m["name"] == "설다온"


def test_a_labeled_caption_ending_in_its_photographer_is_a_caption() -> None:
    assert rules.is_caption("사진 = 해 질 무렵 마을 뒷산에서 내려다본 계단밭. 표하준 기자")
    assert not rules.is_caption("사진을 찍던 관광객이 넘어졌다고 소방당국은 밝혔다. 표하준 기자")


def test_an_expert_s_advice_credit_names_no_author() -> None:
    assert not rules.is_person_name("도움말")
    article = parse_text(
        "환절기 비염 관리법\n\n"
        "환절기에는 알레르기 비염 환자가 크게 는다.\n\n"
        "외출 뒤에는 옷을 털고 손을 씻는 습관이 도움이 된다.\n\n"
        "도움말 김철수 한빛대병원 교수\n"
    )
    assert article.author is None
    assert "도움말" not in article.text


def test_a_photo_credit_after_a_bar_is_not_read() -> None:
    for line in ("사진ㅣ하윤 인스타그램", "사진 | 세레나데 공식 X 캡처"):
        assert rules.is_credit(line), line
    assert not rules.is_credit("사진 | 올해 가장 많이 팔린 사진집이 나왔다.")


def test_a_picture_s_placeholder_left_in_a_copy_is_not_read() -> None:
    for placeholder in ("[이미지]", "[사진]", "<그림>", "(영상)", "[이미지 2]"):
        assert rules.is_chrome(placeholder), placeholder
    article = parse_text(
        "산정 습지 탐방로 개방\n\n고은별 기자\n\n탐방로가 다음 달 문을 연다.\n\n[이미지]\n\n"
        "군은 1.8㎞ 길이의 탐방로를 만들었다고 5일 밝혔다.\n"
    )
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "paragraph"]


def test_a_numbered_figure_s_label_makes_its_line_a_caption() -> None:
    assert rules.is_caption("그림 1. 시간대별 미세조류의 탄소 흡수량. 밤 시간대에 흡수량이 가장 높다.")
    assert rules.is_caption("[표 2] 연도별 출생아 수")
    assert rules.is_caption("Figure 3: Carbon uptake by hour")
    # a sentence that speaks of pictures, counting them
    assert not rules.is_caption("그림 2점이 경매에서 10억원에 팔렸다.")
    assert not rules.is_caption("사진 3장을 공개했다.")


def test_a_part_s_subheading_over_its_reporter_s_credit_is_not_taken_for_the_headline() -> None:
    article = parse_text(
        "주말 가을 축제…순천·여수 인파\n\n기사입력 2026-10-24 18:20\n동부취재본부 정하람 기자\n\n"
        "가을 축제가 몰린 주말, 도시마다 나들이객이 몰렸다.\n\n"
        "◆ 순천 갈대 축제\n\n순천만 습지에는 4만여명이 찾았다.\n\n"
        "◆ 여수 밤바다 불꽃\n\n여수=남도한빛일보 민서진 기자\n\n여수 앞바다에서는 불꽃놀이가 열렸다.\n\n"
        "◆ 광양 숯불구이 축제\n\n광양=남도한빛일보 기자\n\n광양에서는 숯불구이 축제가 이어졌다.\n"
    )
    assert article.title == "주말 가을 축제…순천·여수 인파"
    headings = [b.text for b in article.blocks if b.kind == "heading"]
    assert headings == ["순천 갈대 축제", "여수 밤바다 불꽃", "광양 숯불구이 축제"]
    assert len(_paragraphs(article)) == 4 and "남도한빛일보" not in article.text
    assert article.author == "정하람"
    assert rules.PLACE_CREDIT.match("광양=남도한빛일보 기자")
    assert not rules.PLACE_CREDIT.match("광양=남도한빛일보 기자는 축제를 찾았다.")


def test_a_gallery_s_counted_captions_between_paragraphs_are_not_read() -> None:
    shown = ["시장 입구의 옛 장터 벽화.", "골목 계단을 따라 그려진 물고기 떼.", "상인들이 벽화 앞에 서 있다."]
    gallery = "".join(f"{n}/3 {caption} /권빛나 기자\n" for n, caption in enumerate(shown, 1))
    head = "시장 골목 벽화 거리\n\n입력 2026.09.09\n\n골목이 벽화 거리로 바뀌었다.\n\n[포토] 벽화 거리 둘러보기\n"
    article = parse_text(f"{head}{gallery}\n주말 방문객은 두 배로 늘었다.\n")
    assert _paragraphs(article) == ["골목이 벽화 거리로 바뀌었다.", "주말 방문객은 두 배로 늘었다."]
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "paragraph"]
    fraction = parse_text("개헌안 표결\n\n입력 2026.09.09\n\n개헌안이 표결에 부쳐졌다.\n\n2/3 이상이 찬성했다.\n")
    assert _paragraphs(fraction)[-1] == "2/3 이상이 찬성했다."  # a fraction opening a sentence, no gallery


def test_a_credit_in_lenticular_or_full_width_brackets_is_not_read() -> None:
    assert rules.story_without_credit("장터가 열린다. 【사진=독자 제공】") == "장터가 열린다."
    article = parse_text(
        "억새축제 개막\n\n입력 2026.10.15\n\n억새축제가 18일 막을 올린다.\n\n"
        "【사진=독자 제공】 지난해 축제에는 12만 명이 다녀갔다.\n\n〔사진=한빛군〕\n\n축제는 26일까지 이어진다.\n"
    )
    assert _paragraphs(article) == [
        "억새축제가 18일 막을 올린다.",
        "지난해 축제에는 12만 명이 다녀갔다.",
        "축제는 26일까지 이어진다.",
    ]


def test_a_picture_s_or_a_video_s_labelled_description_is_a_caption() -> None:
    for line in (
        "[영상 설명] 구청 직원들이 산책로 입구에 출입 통제선을 치고 있다.",
        "[사진 설명] 주민들이 모래주머니를 쌓고 있다.",
        "사진설명: 주민들이 모래주머니를 쌓고 있다.",
        "영상 설명 = 불어난 물에 잠긴 산책로.",
    ):
        assert rules.is_caption(line), line
    assert not rules.is_caption("[영상] 폭우에 잠긴 하천 산책로")  # a video story's headline
    assert not rules.is_caption("시는 영상 설명회를 열고 주민들의 질문을 받았다.")


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("서울 집값은 12주째 올랐다(그래픽 참조).", "서울 집값은 12주째 올랐다."),
        ("가격은 5% 올랐다(표 2 참고). 거래는 줄었다.", "가격은 5% 올랐다. 거래는 줄었다."),
        (
            "공사는 2027년 완공 예정이다. (조감도 참조) 총사업비는 3000억원이다.",
            "공사는 2027년 완공 예정이다. 총사업비는 3000억원이다.",
        ),
        ("두 곡선은 엇갈렸다(아래 그래프).", "두 곡선은 엇갈렸다."),
    ],
)
def test_a_note_pointing_at_a_picture_or_a_table_is_not_read(line: str, said: str) -> None:
    assert rules.story_without_credit(line) == said


def test_a_word_of_pictures_in_brackets_with_more_in_them_is_read() -> None:
    # a gloss or an aside that only starts like a picture's note stays
    assert rules.story_without_credit("지도(地圖) 제작사는 말했다.") is None
    assert rules.story_without_credit("그는 영상(촬영 감독 김모씨)을 공개했다.") is None


def test_an_image_s_written_out_description_is_not_read() -> None:
    article = parse_text(
        "폭염 대처법\n\n2026.07.21\n여하늘 기자\n\n"
        "이미지 설명: 카드뉴스 1번째 장, 물병 그림\n1. 물을 자주 마시세요.\n\n"
        "[이미지 설명] 카드뉴스 2번째 장, 양산을 쓴 사람\n2. 양산으로 햇볕을 가리세요.\n"
    )
    assert _paragraphs(article) == ["1. 물을 자주 마시세요.", "2. 양산으로 햇볕을 가리세요."]
    assert not rules.CAPTION_START.match("이미지 속 인물이 누구인지는 밝혀지지 않았다.")


@pytest.mark.parametrize("mark", ["[사진 2/6]", "(사진 2/6)", "[포토 2/6]", "사진 2/6"])
def test_a_caption_naming_its_photo_s_place_in_the_gallery_is_not_read_even_alone(mark: str) -> None:
    text = (
        "마지막 염전의 가을\n\n"
        "한빛군 소금섬에는 이제 염전이 하나만 남았다.\n\n"
        f"{mark} 해 질 녘 소금 더미 위로 노을이 비치고 있다.\n\n"
        "강 씨는 열여섯 살 때부터 이 염전에서 일했다.\n\n"
        "[사진 9/6] 이 줄은 사진의 자리를 세지 않는다.\n"
    )
    assert _paragraphs(parse_text(text)) == [
        "한빛군 소금섬에는 이제 염전이 하나만 남았다.",
        "강 씨는 열여섯 살 때부터 이 염전에서 일했다.",
        "[사진 9/6] 이 줄은 사진의 자리를 세지 않는다.",
    ]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("▲ 벚꽃길 옆 잔디밭에 돗자리를 편 가족들.", "사진=한빛시 제공"),
        ("△ 잔디밭에서 연을 날리는 어린이들.", "사진=오사진 기자"),
        ("▲ 새로 문을 연 한빛시립도서관 열람실.", "사진=한빛시 제공"),
    ],
)
def test_a_marked_caption_naming_a_scene_with_a_stop_over_its_credit_is_not_read(caption: str, credit: str) -> None:
    # a noun phrase with a full stop was taken for the story's sentence and read between paragraphs
    text = (
        "한빛천 벚꽃길 만개\n\n입력 2026.04.05 14:10\n오사진 기자\n\n"
        "한빛천 벚꽃길에 벚꽃이 활짝 피었다. 시민 수만 명이 찾았다.\n\n"
        f"{caption}\n{credit}\n\n"
        "한빛시는 12일까지 주변 도로의 차량 통행을 막는다.\n"
    )
    assert _paragraphs(parse_text(text)) == [
        "한빛천 벚꽃길에 벚꽃이 활짝 피었다. 시민 수만 명이 찾았다.",
        "한빛시는 12일까지 주변 도로의 차량 통행을 막는다.",
    ]


def test_a_marked_line_that_reports_over_a_credit_is_still_read() -> None:
    line = "▲ 시는 축제 기간 임시 주차장 3곳을 운영한다고 밝혔다."
    text = (
        "한빛천 벚꽃길 만개\n\n입력 2026.04.05 14:10\n오사진 기자\n\n"
        "한빛천 벚꽃길에 벚꽃이 활짝 피었다. 시민 수만 명이 찾았다.\n\n"
        f"{line}\n사진=오사진 기자\n\n시민들은 반겼다.\n"
    )
    assert any("임시 주차장 3곳" in p for p in _paragraphs(parse_text(text)))


@pytest.mark.parametrize("mark", ["▲", "○"])
def test_a_box_s_last_item_ending_in_a_stop_over_its_source_is_no_caption(mark: str) -> None:
    # the last item, a sentence-like line over 자료: ..., was dropped as a photo's caption over its credit
    page = (
        "한빛시 주차 요금 바뀐다\n\n입력 2026.11.02 10:00\n김철수 기자\n\n"
        "한빛시가 내년부터 공영주차장 요금 체계를 바꾼다. 시는 2일 이런 내용을 발표했다.\n\n"
        f"◇ 이렇게 바뀐다\n{mark} 첫 30분 주차 요금 면제.\n{mark} 야간 요금 절반으로 인하.\n"
        f"{mark} 경차와 전기차는 최대 50% 감면.\n자료: 한빛시\n\n"
        "시민들은 대체로 반기는 분위기다. 상인들은 손님이 늘 것으로 기대했다.\n"
    )
    paragraphs = _paragraphs(parse_text(page))
    assert paragraphs[1:4] == [
        f"{mark} 첫 30분 주차 요금 면제.",
        f"{mark} 야간 요금 절반으로 인하.",
        f"{mark} 경차와 전기차는 최대 50% 감면.",
    ]
    assert "자료" not in " ".join(paragraphs)
