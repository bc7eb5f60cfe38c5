"""Dates, datelines and time stamps: what dates the story, and stamps that are not read."""

from __future__ import annotations

import pytest

from newsread.ingest import html, parse_html, parse_text, rules
from newsread.types import Article

from .helpers import blocks_of as _blocks
from .helpers import paragraphs_of as _paragraphs


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


def test_the_headline_is_the_line_the_date_follows() -> None:
    text = (
        "대한민국 경제의 내일을 여는 신문…'가장 빠른 경제 뉴스'\n\n"
        "정부, 내년 예산 확정\n입력 2025.11.03 09:12\n홍길동 기자\n\n"
        "정부가 내년 예산을 확정했다. 국회는 다음 주에 심의한다.\n"
    )
    article = parse_text(text)
    assert (article.blocks[0].kind, article.blocks[0].text) == ("title", "정부, 내년 예산 확정")
    assert article.date == "2025-11-03T09:12:00+09:00"


def test_a_live_page_s_time_stamps_are_said_with_their_entries_and_times_in_sentences_stay() -> None:
    text = (
        "태풍 북상 실시간\n\n태풍이 북상하고 있다.\n\n14:30\n기상청은 태풍이 오후 3시께 대구를 지난다고 밝혔다.\n\n"
        "13:45 [속보] 창원서 60대 실종\n소방당국이 수색하고 있다.\n\n오후 1시 20분\n전기 공급이 끊겼다.\n\n"
        "9:30 현재 2만 가구가 정전 상태다.\n"
    )
    assert _blocks(parse_text(text))[1:] == [
        ("paragraph", "태풍이 북상하고 있다."),
        ("paragraph", "14:30, 기상청은 태풍이 오후 3시께 대구를 지난다고 밝혔다."),
        ("heading", "13:45, 창원서 60대 실종"),
        ("paragraph", "소방당국이 수색하고 있다."),
        ("paragraph", "오후 1시 20분, 전기 공급이 끊겼다."),
        ("paragraph", "9:30 현재 2만 가구가 정전 상태다."),
    ]


def test_a_wire_dateline_with_two_places_and_two_reporters() -> None:
    text = "배터리 업계\n\n(서울·워싱턴=연합뉴스) 김지수 기자 강태현 특파원 = 업계의 불확실성이 커졌다.\n"
    article = parse_text(text)
    assert _blocks(article)[1] == ("paragraph", "업계의 불확실성이 커졌다.")
    assert article.author == "김지수"


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


@pytest.mark.parametrize(
    ("stamp", "said"), [("[13:20]", "13:20"), ("(오후 1:20)", "오후 1:20"), ("【13:20】", "13:20")]
)
def test_a_live_entry_s_bracketed_time_stamp_is_said_without_its_brackets(stamp: str, said: str) -> None:
    text = f"폭우 피해 상황\n\n{stamp} 서울시는 도로 통행을 통제하고 있다고 밝혔다.\n"
    assert _blocks(parse_text(text))[1] == ("paragraph", f"{said}, 서울시는 도로 통행을 통제하고 있다고 밝혔다.")


@pytest.mark.parametrize(
    ("entry", "read"),
    [
        ("15:30 경찰은 도로를 통제하고 있다.", "15:30, 경찰은 도로를 통제하고 있다."),
        ("09:10 경기도는 비상 근무에 들어갔다.", "09:10, 경기도는 비상 근무에 들어갔다."),
        ("13:40 경북 의성에서 불이 났다.", "13:40, 경북 의성에서 불이 났다."),
        # a time the sentence says, with its word for about (경, 쯤) or its particle after it
        ("15:30 경 불길이 잡혔다.", "15:30 경 불길이 잡혔다."),
        ("15:30 경에 불길이 잡혔다.", "15:30 경에 불길이 잡혔다."),
        ("14:00 쯤 현장에 도착했다.", "14:00 쯤 현장에 도착했다."),
    ],
)
def test_a_live_entry_s_stamp_is_said_whatever_syllable_opens_the_entry(entry: str, read: str) -> None:
    text = f"도심 화재 실시간\n\n14:05 서울 중구의 한 건물에서 불이 났다.\n\n{entry}\n"
    assert _paragraphs(parse_text(text)) == ["14:05, 서울 중구의 한 건물에서 불이 났다.", read]


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("14:30", "14:30"),
        ("■ 오전 9시 40분", "오전 9시 40분"),
        ("◆ 09:30", "09:30"),
        ("09:05 KST", "09:05"),
        ("오후 9:35", "오후 9:35"),
        # the page's furniture, no entry's time
        ("10.28 10:05 기준", ""),
        ("14:30 현재", ""),
        ("14:30 업데이트", ""),
        ("2025.11.13 13:05", ""),
    ],
)
def test_a_lone_time_line_s_entry_stamp(line: str, said: str) -> None:
    assert rules.lone_entry_stamp(line) == said


def test_a_live_page_newest_first_says_each_entry_with_its_time_in_the_page_s_order() -> None:
    page = (
        "[실시간] 한빛천 범람 위기\n\n"
        "최종 업데이트 2026.07.20 16:40\n\n"
        "16:40\n한빛천 수위가 경계 수위를 넘었다. 시는 하천변 주민 300명에게 대피를 권고했다.\n\n"
        "[15:55] 시간당 60㎜의 비가 쏟아지고 있다.\n\n"
        "▶15:10 한빛천 둔치 주차장이 모두 통제됐다.\n"
    )
    said = _paragraphs(parse_text(page))
    assert said == [
        "16:40, 한빛천 수위가 경계 수위를 넘었다. 시는 하천변 주민 300명에게 대피를 권고했다.",
        "15:55, 시간당 60㎜의 비가 쏟아지고 있다.",
        "15:10, 한빛천 둔치 주차장이 모두 통제됐다.",
    ]
    # a stamp alone on its line is its entry's first words: no heading, no chapter of its own
    assert [b.kind for b in parse_text(page).blocks] == ["title", "paragraph", "paragraph", "paragraph"]


def test_a_live_page_s_dated_stamps_say_the_time_and_the_day_only_where_the_days_differ() -> None:
    page = (
        "[실시간] 폭설 상황\n\n2026.01.10 08:00\n\n폭설이 이어지고 있다. 시는 비상 근무에 들어갔다.\n\n"
        "2026.01.10 09:30\n제설차 200대가 투입됐다.\n\n2026.01.10 11:00\n출근길 정체가 풀렸다.\n"
    )
    # the line the page's date is read from, over the first paragraph, is the page's
    assert _paragraphs(parse_text(page)) == [
        "폭설이 이어지고 있다. 시는 비상 근무에 들어갔다.",
        "09:30, 제설차 200대가 투입됐다.",
        "11:00, 출근길 정체가 풀렸다.",
    ]
    overnight = page.replace("2026.01.10 11:00", "2026.01.11 06:00")
    assert _paragraphs(parse_text(overnight))[1:] == [
        "2026.01.10 09:30, 제설차 200대가 투입됐다.",
        "2026.01.11 06:00, 출근길 정체가 풀렸다.",
    ]


@pytest.mark.parametrize(
    ("first", "second", "said"),
    [
        ("9월 2일 23:30", "9월 3일(목) 오전 4:10", ("9월 2일 23:30", "9월 3일 오전 4:10")),
        ("9.2 23:30", "9.3 04:10", ("9월 2일 23:30", "9월 3일 04:10")),
        ("09/02 23:30", "09/03 04:10", ("9월 2일 23:30", "9월 3일 04:10")),
        ("■ 2일 23:30", "■ 3일 04:10", ("2일 23:30", "3일 04:10")),
    ],
)
def test_a_live_page_s_stamps_with_month_and_day_and_no_year_are_said_with_their_entries(
    first: str, second: str, said: tuple[str, str]
) -> None:
    page = (
        "[라이브] 태풍 북상\n\n입력 2026.09.02 21:00\n\n태풍이 북상하고 있다. 시는 비상 근무에 들어갔다.\n\n"
        f"{first}\n해안가 주민 300명이 대피했다.\n\n{second}\n가로수 20여 그루가 쓰러졌다.\n"
    )
    article = parse_text(page)
    assert [k for k, _ in _blocks(article)] == ["title", "paragraph", "paragraph", "paragraph"]
    assert _paragraphs(article)[1:] == [
        f"{said[0]}, 해안가 주민 300명이 대피했다.",
        f"{said[1]}, 가로수 20여 그루가 쓰러졌다.",
    ]
    one_day = page.replace(second, first.replace("23:30", "23:50"))
    assert _paragraphs(parse_text(one_day))[1:] == [
        "23:30, 해안가 주민 300명이 대피했다.",
        "23:50, 가로수 20여 그루가 쓰러졌다.",
    ]
    # one such line over a paragraph is no live page's stamp
    single = "태풍 북상\n\n태풍이 북상하고 있다.\n\n9월 2일 23:30\n해안가 주민 300명이 대피했다.\n"
    assert "23:30, 해안가 주민 300명이 대피했다." not in _paragraphs(parse_text(single))


def test_a_live_page_s_first_entry_heading_over_the_first_paragraph_is_no_deck() -> None:
    page = (
        "[LIVE] 한빛시의회 예산안 표결\n\n"
        "14:35\n본회의 정회\n의장은 본회의를 30분간 정회한다고 밝혔다.\n\n"
        "14:20\n여야 막판 신경전\n야당은 청년 예산을 되살려야 한다고 요구했다.\n"
    )
    assert _blocks(parse_text(page))[1:] == [
        ("heading", "14:35, 본회의 정회"),
        ("paragraph", "의장은 본회의를 30분간 정회한다고 밝혔다."),
        ("heading", "14:20, 여야 막판 신경전"),
        ("paragraph", "야당은 청년 예산을 되살려야 한다고 요구했다."),
    ]


def test_a_lone_time_under_a_story_s_date_is_the_page_s_not_an_entry_s() -> None:
    page = (
        "정부, 내년 예산 확정\n\n2026.03.05\n오후 3:12\n\n"
        "정부가 내년 예산을 확정했다. 국회는 다음 주에 심의한다.\n\n예산은 모두 700조원이다.\n"
    )
    assert _paragraphs(parse_text(page))[0] == "정부가 내년 예산을 확정했다. 국회는 다음 주에 심의한다."


@pytest.mark.parametrize(
    ("stamp", "said"), [("[16:45]", "16:45"), ("▶ 09:05", "09:05"), ("오후 4시 45분", "오후 4시 45분")]
)
def test_one_time_stamp_between_a_story_s_paragraphs_is_said_with_the_paragraph_under_it(stamp: str, said: str) -> None:
    page = (
        "바다시 정전 복구\n\n입력 2026.02.11 18:00\n\n"
        "바다시 남구 일대 3000가구가 11일 오후 정전됐다.\n\n"
        f"{stamp}\n"
        "한국전력은 모든 가구에 전기 공급을 재개했다고 밝혔다.\n"
    )
    assert _paragraphs(parse_text(page)) == [
        "바다시 남구 일대 3000가구가 11일 오후 정전됐다.",
        f"{said}, 한국전력은 모든 가구에 전기 공급을 재개했다고 밝혔다.",
    ]


@pytest.mark.parametrize("stamp", ["[00:45]", "■ 01:32", "▶ 03:10", "[05:59]"])
def test_a_lone_stamp_in_the_small_hours_on_a_day_s_story_is_no_time_of_day(stamp: str) -> None:
    page = (
        "바다시 정전 복구\n\n입력 2026.02.11 18:00\n\n"
        "바다시 남구 일대 3000가구가 11일 오후 정전됐다.\n\n"
        f"{stamp}\n"
        "한국전력은 모든 가구에 전기 공급을 재개했다고 밝혔다.\n"
    )
    assert _paragraphs(parse_text(page))[1] == "한국전력은 모든 가구에 전기 공급을 재개했다고 밝혔다."


@pytest.mark.parametrize(
    ("posted", "first"),
    [
        ("18:00", "바다시 남구 일대 3000가구가 11일 새벽 정전됐다."),
        ("18:00", "바다시 남구 일대 3000가구가 밤사이 정전됐다."),
        ("04:30", "바다시 남구 일대 3000가구가 11일 정전됐다."),
    ],
)
def test_a_lone_stamp_in_the_small_hours_of_a_night_s_story_is_said(posted: str, first: str) -> None:
    page = (
        f"바다시 정전 복구\n\n입력 2026.02.11 {posted}\n\n{first}\n\n[02:10]\n"
        "한국전력은 모든 가구에 전기 공급을 재개했다고 밝혔다.\n"
    )
    assert _paragraphs(parse_text(page))[1] == "02:10, 한국전력은 모든 가구에 전기 공급을 재개했다고 밝혔다."


def test_a_lone_stamp_naming_the_small_hours_in_words_is_said() -> None:
    page = (
        "바다시 정전 복구\n\n입력 2026.02.11 18:00\n\n바다시 남구 일대 3000가구가 11일 정전됐다.\n\n"
        "새벽 2시 10분\n한국전력은 모든 가구에 전기 공급을 재개했다고 밝혔다.\n"
    )
    assert _paragraphs(parse_text(page))[1] == "새벽 2시 10분, 한국전력은 모든 가구에 전기 공급을 재개했다고 밝혔다."


@pytest.mark.parametrize("stamp", ["[18:00]", "01:32"])
def test_one_time_stamp_between_paragraphs_at_the_page_s_own_time_or_a_bare_clock_is_not_read(stamp: str) -> None:
    page = (
        "바다시 정전 복구\n\n입력 2026.02.11 18:00\n\n"
        "바다시 남구 일대 3000가구가 11일 오후 정전됐다.\n\n"
        f"{stamp}\n"
        "한국전력은 모든 가구에 전기 공급을 재개했다고 밝혔다.\n"
    )
    assert _paragraphs(parse_text(page))[1] == "한국전력은 모든 가구에 전기 공급을 재개했다고 밝혔다."


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("<17:20 추가>", "17:20"),
        ("[19:05 업데이트]", "19:05"),
        ("(20:10 수정)", "20:10"),
        ("【오후 9시 갱신】", "오후 9시"),
    ],
)
def test_an_update_s_note_between_paragraphs_is_its_time_said_with_the_paragraph_under_it(note: str, said: str) -> None:
    page = (
        "바다시 정전 복구\n\n입력 2026.02.11 16:00\n\n"
        "바다시 남구 일대 3000가구가 11일 오후 정전됐다.\n\n"
        f"{note}\n"
        "한국전력은 모든 가구에 전기 공급을 재개했다고 밝혔다.\n"
    )
    blocks = _blocks(parse_text(page))
    assert [t for k, t in blocks if k == "heading"] == []
    assert _paragraphs(parse_text(page)) == [
        "바다시 남구 일대 3000가구가 11일 오후 정전됐다.",
        f"{said}, 한국전력은 모든 가구에 전기 공급을 재개했다고 밝혔다.",
    ]


def test_several_update_notes_each_say_their_time_with_their_paragraph() -> None:
    page = (
        "바다시 정전 복구\n\n입력 2026.02.11 16:00\n\n"
        "바다시 남구 일대 3000가구가 11일 오후 정전됐다.\n\n"
        "<17:20 추가>\n한국전력은 긴급 복구반을 보냈다.\n\n"
        "[19:05 업데이트]\n한국전력은 모든 가구에 전기 공급을 재개했다고 밝혔다.\n"
    )
    assert _paragraphs(parse_text(page))[1:] == [
        "17:20, 한국전력은 긴급 복구반을 보냈다.",
        "19:05, 한국전력은 모든 가구에 전기 공급을 재개했다고 밝혔다.",
    ]


@pytest.mark.parametrize(
    ("stamp", "dated", "said"),
    [
        ("10월 5일 01:10", "2026.10.04 22:00", "10월 5일 01:10"),
        ("10.5 01:10", "2026.10.04 22:00", "10월 5일 01:10"),
        ("10월 4일 23:40", "2026.10.04 22:00", "23:40"),
    ],
)
def test_one_stamp_with_its_day_between_paragraphs_is_said_with_the_paragraph_under_it(
    stamp: str, dated: str, said: str
) -> None:
    page = (
        "강변도로 통제\n\n"
        f"입력 {dated}\n\n"
        "누리시 강변도로가 불어난 물에 잠겨 차량 통행이 막혔다.\n\n"
        f"{stamp}\n"
        "누리시는 물이 빠지자 통제를 풀었다고 밝혔다.\n"
    )
    blocks = _blocks(parse_text(page))
    assert not [t for k, t in blocks if k == "heading"]
    assert _paragraphs(parse_text(page))[1] == f"{said}, 누리시는 물이 빠지자 통제를 풀었다고 밝혔다."


def test_one_stamp_with_its_day_over_the_first_paragraph_is_neither_a_heading_nor_read() -> None:
    page = (
        "강변도로 통제\n\n입력 2026.10.04 22:00\n\n"
        "10월 4일 21:50\n"
        "누리시 강변도로가 불어난 물에 잠겨 차량 통행이 막혔다.\n\n"
        "누리시는 물이 빠지자 통제를 풀었다고 밝혔다.\n"
    )
    assert _blocks(parse_text(page))[1:] == [
        ("paragraph", "누리시 강변도로가 불어난 물에 잠겨 차량 통행이 막혔다."),
        ("paragraph", "누리시는 물이 빠지자 통제를 풀었다고 밝혔다."),
    ]


def test_an_update_s_note_over_the_first_paragraph_is_not_read() -> None:
    page = (
        "바다시 정전 복구\n\n입력 2026.02.11 16:00\n\n"
        "[17:20 업데이트]\n"
        "바다시 남구 일대 3000가구가 11일 오후 정전됐다.\n\n"
        "한국전력은 모든 가구에 전기 공급을 재개했다고 밝혔다.\n"
    )
    assert _blocks(parse_text(page))[1:] == [
        ("paragraph", "바다시 남구 일대 3000가구가 11일 오후 정전됐다."),
        ("paragraph", "한국전력은 모든 가구에 전기 공급을 재개했다고 밝혔다."),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "9:30 현재 코스피는 전 거래일보다 1.2% 올랐다.",
        "14:00 이후 시청 앞 도로가 통제된다.",
        "15:30 경에 불길이 잡혔다.",
        "15:30 경 소방차가 도착했다.",
    ],
)
def test_a_time_the_story_s_first_sentence_says_stays_as_it_is(sentence: str) -> None:
    page = f"도심 소식\n\n입력 2026.11.02 10:05\n\n{sentence} 시민들의 불편이 이어졌다.\n"
    assert _paragraphs(parse_text(page)) == [f"{sentence} 시민들의 불편이 이어졌다."]


def test_a_newswire_dateline_is_not_read_and_gives_the_date() -> None:
    text = (
        "한빛식품, 저당 간식 새로 내놔\n\n"
        "부산--(한빛와이어) 2025년 03월 02일 -- 한빛식품이 당을 줄인 간식 3종을 출시했다고 2일 밝혔다.\n\n"
        "회사는 연말까지 10종으로 늘릴 계획이다."
    )
    article = parse_text(text)
    assert article.blocks[1].text == "한빛식품이 당을 줄인 간식 3종을 출시했다고 2일 밝혔다."
    assert article.date == "2025-03-02"


def test_a_live_page_s_time_stamps_marked_as_headings_open_their_entries_not_chapters() -> None:
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
    assert [t.split(", ")[0] for t in _paragraphs(article)] == ["오전 10시 20분", "09:30"]
    assert article.date == "2025-07-14T10:20:00+09:00"


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("이서진 기자 | 입력 2025.08.01 05:00 | 수정 2025.08.01 07:12", "이서진", "2025-08-01T05:00:00+09:00"),
        ("한빛일보 | 2025.03.02", None, "2025-03-02"),
        ("정하람 기자 | 승인 2025.06.02 14:30 | 댓글 3", "정하람", "2025-06-02T14:30:00+09:00"),
        ("2025.03.02 09:00 정하람 기자", "정하람", "2025-03-02T09:00:00+09:00"),
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


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("25.02.14 17:32", "2025-02-14T17:32:00+09:00"),
        ("최종 업데이트 25.02.14 17:40", "2025-02-14T17:40:00+09:00"),
        ("입력 24.12.01. 오후 3:05", "2024-12-01T15:05:00+09:00"),
        ("작성일 26-10-08 14:20", "2026-10-08T14:20:00+09:00"),
    ],
)
def test_a_two_digit_year_with_its_time_is_a_date_line(line: str, date: str) -> None:
    assert rules.is_date_line(line)
    assert rules.date_of(line) == date


@pytest.mark.parametrize("line", ["25.02.14", "3.1.2 버전 출시", "25.02.14 17:32에 발사됐다.", "26-10.08 14:20"])
def test_numbers_with_dots_are_no_two_digit_year_s_date_line(line: str) -> None:
    assert not rules.SHORT_DATE_LINE.match(line) or rules.is_sentence(line)


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
    "line", ["등록일 : 2026-12-01 오후 3:20:11  기자 : 한상철", "작성자 : 한상철 등록일 : 2026-12-01"]
)
def test_a_board_s_date_and_author_fields_on_one_line(line: str) -> None:
    article = parse_text(f"군, 한파 쉼터 운영\n{line}\n\n군이 쉼터를 운영한다.\n\n군은 방한용품을 지원한다.\n")
    assert article.author == "한상철"
    assert article.date == ("2026-12-01T15:20:11+09:00" if "3:20" in line else "2026-12-01")


def test_an_html_page_s_date_outside_the_story_s_body_is_the_article_s_date() -> None:
    page = (
        "<html><body><h2>주차장 준공</h2><section class='info'>\n<span>작성자</span> 박지성 기자\n"
        "<strong>작성일 26-10-08 14:20</strong></section><article><div id='con'>"
        "한빛읍 전통시장 옆에 120면 규모의 공영주차장이 문을 열었다.<br><br>"
        "한빛군은 8일 준공식을 열고 주차장 운영을 시작했다. 사업비 24억원이 들었다.<br><br>"
        "상인회는 주말마다 되풀이되던 주차난이 풀릴 것으로 기대했다.</div></article></body></html>"
    )
    assert parse_html(page).date == "2026-10-08T14:20:00+09:00"


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
    assert article.date == "2026-09-20T06:00:00+09:00"


def test_a_date_written_in_english_is_the_story_s_date() -> None:
    assert rules.date_of("Published Mar 3, 2026 | Updated Mar 3, 2026, 6:45 PM KST") == "2026-03-03"
    assert rules.date_of("3 March 2026") == "2026-03-03"
    assert rules.is_date_line("Updated September 9, 2026")
    assert not rules.is_date_line("The summit opened on March 3, 2026 in Seoul and drew leaders from 30 countries.")


def test_a_byline_beside_a_relative_time_names_the_writer() -> None:
    article = parse_text("책방 장터 연다\n\n글 도라온 기자 · 3시간 전\n\n동네 책방 100곳이 연말 장터를 연다.\n")
    assert article.author == "도라온"
    assert _paragraphs(article) == ["동네 책방 100곳이 연말 장터를 연다."]


def test_an_english_page_s_byline_and_posted_date_are_its_metadata() -> None:
    assert rules.is_date_line("Posted : 2026-03-16 17:45")
    assert rules.is_date_line("Updated 2026.03.16")
    assert (m := rules.ENGLISH_BYLINE.match("By Kim Min-seo, staff reporter")) and m["name"] == "Kim Min-seo"
    assert not rules.ENGLISH_BYLINE.match("By the end of the year")
    article = parse_text(
        "Seoul to expand late-night bus routes for shift workers\n\nPosted : 2026-03-16 17:45\nBy Park Jiwoo\n\n"
        "Seoul will add six late-night bus routes (심야버스) next month, the city government said Monday.\n"
    )
    assert (article.title, article.author, article.date) == (
        "Seoul to expand late-night bus routes for shift workers",
        "Park Jiwoo",
        "2026-03-16T17:45:00+09:00",
    )


def test_an_old_cms_s_date_words_with_the_time_in_brackets_give_the_date() -> None:
    article = parse_text(
        "100원 택시 확대\n\n입력시간 : 2026/02/14 [09:30]   주다온 기자\n\n"
        "한빛군이 100원 택시를 42개 마을로 늘린다.\n\n주민은 100원만 낸다.\n"
    )
    assert (article.author, article.date) == ("주다온", "2026-02-14T09:30:00+09:00")
    assert rules.date_of("등록일시 2026-02-14 09:30") == "2026-02-14T09:30:00+09:00"
    assert rules.DATE_LINE.match("등록일시 2026-02-14 09:30")


def test_a_forwarded_mail_s_headers_are_not_read_and_its_day_dates_the_story() -> None:
    mail = (
        "---------- Forwarded message ---------\nFrom: 한빛일보 <letter@example.com>\n"
        "Date: 2026년 6월 9일 (화) 오전 7:02\nSubject: [아침편지] 정년 연장 논의\nTo: <reader@example.com>\n\n\n"
        "버스 기사 정년 65세로…노사 논의 시작\n\n글 진서우 기자\n\n"
        "시내버스 기사 정년을 65세로 늘리는 논의가 시작됐다.\n\n노사는 연말까지 합의안을 내기로 했다.\n"
    )
    article = parse_text(mail)
    assert article.title == "버스 기사 정년 65세로…노사 논의 시작"
    assert (article.author, article.date) == ("진서우", "2026-06-09T07:02:00+09:00")
    assert not any("letter@" in p or "Subject" in p for p in _paragraphs(article))
    # the story's own date wins over the mail's
    dated = mail.replace("글 진서우 기자", "글 진서우 기자\n입력 2026.06.08 18:00")
    assert parse_text(dated).date == "2026-06-08T18:00:00+09:00"
    # a story whose first line names a field is no mail
    text = "제목: 정년 연장\n\n정년을 늘리는 논의가 시작됐다.\n"
    assert rules.without_mail_headers(text) == (text, None, None)


def _wire_story(after: str) -> Article:
    """An updated wire story: its lead, (끝), then ``after``, then the copyright line."""
    head = "의성 산불 주불 진화(종합2보)\n\n송고시간 2027-03-22 16:40\n\n"
    lead = "(의성=한빛뉴스) 표서하 기자 = 경북 의성군 야산에서 난 산불의 주불이 18시간 만에 잡혔다."
    return parse_text(f"{head}{lead}\n\n주민 340명이 마을회관 등으로 몸을 피했다.\n\n(끝)\n\n{after}\n\nⓒ 한빛뉴스\n")


def test_a_wire_s_dispatch_after_its_end_mark_is_the_story_updated() -> None:
    added = _wire_story("(의성=한빛뉴스) 표서하 기자 = 산림청은 산불 영향 구역을 120㏊로 추정한다고 덧붙였다.")
    assert _paragraphs(added)[-1] == "산림청은 산불 영향 구역을 120㏊로 추정한다고 덧붙였다."
    # a line under (끝) that is no dispatch of the wire's is not read
    other = _wire_story("이 기사에 대한 의견을 남겨주세요.")
    assert _paragraphs(other)[-1] == "주민 340명이 마을회관 등으로 몸을 피했다."


@pytest.mark.parametrize(
    "headline",
    ["[인터뷰] 배터리 연구 20년 외길 걸어온 과학자", "[인터뷰] 배터리 연구 20년…한빛과학기술원 오정민 교수"],
)
def test_a_tagged_headline_first_on_a_page_with_no_date_is_the_headline(headline: str) -> None:
    # [인터뷰] also marks a script's turn; first on the page, over the story, it is the headline
    article = parse_text(
        f"{headline}\n\n오정민 교수는 20년 동안 배터리를 연구했다. 그는 새 소재를 개발했다고 밝혔다.\n"
    )
    assert article.title == headline
    assert [b.kind for b in article.blocks] == ["title", "paragraph"]


def test_a_live_entry_marked_before_its_time_is_read_with_the_time_without_the_mark() -> None:
    page = (
        "[LIVE] 한빛 국제마라톤 대회\n\n2026.10.18 07:00\n\n"
        "18일 한빛시 도심에서 열리는 마라톤 대회 소식을 실시간으로 전합니다.\n\n"
        "▶10:25 남자부 우승은 키마니 선수가 차지했다. 대회 최고 기록이다.\n\n"
        "■ 09:50 선두 그룹이 30㎞ 지점을 지났다.\n\n"
        "▶ 관련기사 마라톤 코스 교통 통제 안내\n"
    )
    said = _paragraphs(parse_text(page))
    assert said[1:] == [
        "10:25, 남자부 우승은 키마니 선수가 차지했다. 대회 최고 기록이다.",
        "09:50, 선두 그룹이 30㎞ 지점을 지났다.",
    ]
    # a programme's items, marked and timed, say no sentence: they keep their times
    programme = "▶ 14:00 개회식\n▶ 15:00 거리 공연\n▶ 19:00 불꽃놀이\n\n시는 관람객 10만 명이 찾을 것으로 본다.\n"
    said = _paragraphs(parse_text(f"한빛 축제 개막\n\n2026.10.18\n\n주요 일정은 다음과 같다.\n\n{programme}"))
    assert said[1:4] == ["▶ 14:00 개회식", "▶ 15:00 거리 공연", "▶ 19:00 불꽃놀이"]


def test_a_date_s_word_is_no_author_and_a_writer_box_names_the_writer_over_the_title() -> None:
    assert html._author("입력", "") is None
    assert html._author("최서연 기자", "") == "최서연"
    column = (
        "<html><head><title>골목에 벤치 하나를 놓는 일 - 한빛신문</title></head><body><article>"
        "<h1>골목에 벤치 하나를 놓는 일</h1><div class='byline'>입력 2026.09.09 05:00</div><div class='body'>"
        "<p>우리 동네 골목 어귀에 벤치가 하나 생겼다. 누가 놓았는지 모를 낡은 나무 벤치다.</p>"
        "<p>큰 예산이 드는 광장보다 골목마다 벤치 하나를 놓는 일부터 시작하면 어떨까.</p></div>"
        "<div class='writer-box'><strong>김하람</strong><p>한빛대 도시계획학과 교수</p>"
        "<p>저서 『느린 도시』 『골목의 시간』</p></div></article></body></html>"
    )
    article = parse_html(column)
    assert article.author == "김하람"
    assert not any("저서" in p for p in _paragraphs(article))


def test_a_table_drawn_with_box_characters_is_not_read_and_gives_its_date() -> None:
    page = (
        "┌────────┬──────────┐\n│ 보도자료 │ 배포일시 │ 2026. 5. 12.(화) 10:00 │\n"
        "│        │ 담당부서 │ 한빛시 기후환경과 │\n└────────┴──────────┘\n\n"
        "한빛시, 폐현수막으로 장바구니 1만 개 만든다\n\n"
        "한빛시는 폐현수막 8톤으로 장바구니 1만 개를 만들어 전통시장에 나눠 준다고 12일 밝혔다.\n"
    )
    article = parse_text(page)
    assert article.title == "한빛시, 폐현수막으로 장바구니 1만 개 만든다"
    assert article.date == "2026-05-12T10:00:00+09:00"
    assert len(_paragraphs(article)) == 1


def test_a_clippings_masthead_line_gives_the_day() -> None:
    text = (
        "한빛일보 2026년 4월 2일 목요일 15면\n\n봄철 산불 절반은 논밭 태우기\n\n"
        "봄철 산불의 절반 가까이가 논밭두렁과 쓰레기를 태우다 난 것으로 나타났다.\n\n"
        "산림청은 소각 과태료를 최대 200만원까지 물린다.\n"
    )
    article = parse_text(text)
    assert article.date == "2026-04-02"
    assert "15면" not in article.text
    # a line that only starts with a paper's name is still what it says
    assert not rules.DATE_LINE.match("한빛일보 2026년 4월 2일부터 지면을 새로 꾸민다고 밝혔다.")


def test_a_table_drawn_with_pipes_is_not_read_and_gives_its_date() -> None:
    page = (
        "| 보도일시 | 2026. 11. 24.(화) 06:00 이후 |\n| 배포일시 | 2026. 11. 23.(월) 14:00 |\n\n"
        "한빛시, 한파 쉼터 1,200곳 운영\n\n"
        "한빛시는 다음 달 1일부터 한파 쉼터 1,200곳을 운영한다고 24일 밝혔다.\n"
    )
    article = parse_text(page)
    assert article.title == "한빛시, 한파 쉼터 1,200곳 운영"
    assert article.date == "2026-11-24T06:00:00+09:00"
    assert _paragraphs(article) == ["한빛시는 다음 달 1일부터 한파 쉼터 1,200곳을 운영한다고 24일 밝혔다."]


@pytest.mark.parametrize(
    ("dateline", "author"),
    [
        ("(판문점=한빛통신) 공동취재단 김가람 나보현 도세린 기자 = ", "김가람·나보현·도세린"),
        ("(서울=한빛통신) 정치부 김가람 기자 = ", "김가람"),
    ],
)
def test_a_wire_dateline_naming_the_pool_or_desk_before_its_reporters(dateline: str, author: str) -> None:
    text = f"회담 5년 만에 재개\n\n{dateline}남북 실무회담이 22일 5년 만에 열렸다.\n\n양측은 두 차례 회의를 열었다.\n"
    article = parse_text(text)
    assert article.author == author
    assert _paragraphs(article)[0] == "남북 실무회담이 22일 5년 만에 열렸다."


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("입력 2024.05.01 09:30", "2024-05-01T09:30:00+09:00"),
        ("2026-12-01 오후 3:05", "2026-12-01T15:05:00+09:00"),
        ("기사입력 2026년 12월 1일 15시 05분", "2026-12-01T15:05:00+09:00"),
        ("Updated 2026.12.01 15:05", "2026-12-01T15:05:00+09:00"),
        ("2026.05.01(수) 오전 12:10", "2026-05-01T00:10:00+09:00"),
        ("입력 2026.12.01 06:05 UTC", "2026-12-01T06:05:00+00:00"),
        ("입력 2024.05.01", "2024-05-01"),
    ],
)
def test_a_page_s_time_of_day_is_kept_with_its_date(line: str, when: str) -> None:
    article = parse_text(f"시의회, 조례 통과\n{line}\n\n시의회가 조례를 통과시켰다.\n\n조례는 다음 달 시행된다.\n")
    assert article.date == when


def test_an_html_page_s_stated_time_and_zone_are_kept_and_a_stamp_adds_the_time_to_a_bare_day() -> None:
    body = (
        "<article><h1>시의회, 조례 통과</h1><p>시의회가 조례를 통과시켰다.</p><p>조례는 다음 달 시행된다.</p></article>"
    )
    zoned = '<meta property="article:published_time" content="2026-12-01T06:05:00Z">'
    assert parse_html(f"<html><head>{zoned}</head><body>{body}</body></html>").date == "2026-12-01T06:05:00+00:00"
    timed = '<time datetime="2026-12-01T15:05">12월 1일</time>'
    page = f"<html><body>{body.replace('</h1>', '</h1>' + timed)}</body></html>"
    assert parse_html(page).date == "2026-12-01T15:05:00+09:00"
    day = '<meta property="article:published_time" content="2026-12-01">'
    stamped = body.replace("</h1>", "</h1><p>입력 2026.12.01 15:05</p>")
    assert parse_html(f"<html><head>{day}</head><body>{stamped}</body></html>").date == "2026-12-01T15:05:00+09:00"
    assert parse_html(f"<html><head>{day}</head><body>{body}</body></html>").date == "2026-12-01"


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Published March 5, 2026, at 3:05 p.m. KST", "2026-03-05T15:05:00+09:00"),
        ("Mar 5, 2026 11:20 AM", "2026-03-05T11:20:00+09:00"),
        ("March 5, 2026", "2026-03-05"),
    ],
)
def test_an_english_date_keeps_its_time_of_day(line: str, when: str) -> None:
    assert rules.date_of(line) == when


def test_an_update_s_time_does_not_time_the_story_s_day() -> None:
    body = "<article><h1>시의회, 조례 통과</h1>{}<p>시의회가 조례를 통과시켰다.</p><p>조례는 곧 시행된다.</p></article>"
    day = '<html><head><meta property="article:published_time" content="2026-12-01"></head><body>'
    assert parse_html(day + body.format("<p>수정 2026.12.01 15:40</p>") + "</body></html>").date == "2026-12-01"
    assert parse_html(day + body.format("<p>입력 2026.12.01 09:10</p>") + "</body></html>").date == (
        "2026-12-01T09:10:00+09:00"
    )


def test_a_page_s_utc_meta_time_is_said_in_the_korean_time_its_time_element_gives() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>동네 서점 책 쿠폰 지급</title>"
        "<meta property='article:published_time' content='2026-10-12T08:30:00+00:00'></head><body><article>"
        "<h1>동네 서점 책 쿠폰 지급</h1><time datetime='2026-10-12T17:30:00+09:00'>2026년 10월 12일</time>"
        "<p>누리구가 이달부터 구민 1인당 1만원어치의 책 쿠폰을 지급한다.</p>"
        "<p>쿠폰은 구내 동네 서점 27곳에서만 쓸 수 있다고 구는 밝혔다.</p></article></body></html>"
    )
    assert parse_html(page).date == "2026-10-12T17:30:00+09:00"
    # the UTC time alone is kept as the page states it
    alone = page.replace("<time datetime='2026-10-12T17:30:00+09:00'>2026년 10월 12일</time>", "")
    assert parse_html(alone).date == "2026-10-12T08:30:00+00:00"


@pytest.mark.parametrize(
    "info",
    [
        "<span data-date-time='2026-11-24 06:01:00'>2026.11.24.</span>",
        "<span data-modify-date-time='2026-11-24 09:12:00'>수정</span>"
        "<span data-date-time='2026-11-24 06:01:00'>2026.11.24.</span>",
    ],
)
def test_the_time_of_a_page_s_day_is_read_from_the_attribute_its_script_reads(info: str) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>정류장 온열 의자 추가 설치</title>"
        "<meta name='date' content='2026-11-24'></head><body><h2>정류장 온열 의자 추가 설치</h2>"
        f"<div class='info'>{info}</div><article>"
        "<p>가온시가 다음 달 초까지 시내 버스 정류장 200곳에 온열 의자를 추가로 설치한다.</p>"
        "<p>온열 의자는 기온이 15도 아래로 떨어지면 자동으로 켜진다고 시는 설명했다.</p>"
        "</article><div class='cmt'>2026.11.24. 오후 9:15 좋은 소식이네요</div></body></html>"
    )
    assert parse_html(page).date == "2026-11-24T06:01:00+09:00"


@pytest.mark.parametrize(
    "update",
    [
        "기사수정 2026.12.01 15:40",
        "기사 수정 2026.12.01 15:40",
        "2026.12.01 15:40 수정",
        "최종 업데이트 2026.12.01 15:40",
        "2026-12-01 15:40 최종수정",
        "수정일 : 2026.12.01 15:40",
        "Updated 2026-12-01 15:40",
    ],
)
def test_an_update_s_time_after_a_dated_stamp_does_not_time_the_story(update: str) -> None:
    page = f"한빛시 겨울 축제 20일 개막\n입력 2026.12.01\n{update}\n\n"
    page += "한빛시는 20일부터 겨울 축제를 연다고 밝혔다.\n\n시는 관람객 10만 명을 예상했다.\n"
    assert parse_text(page).date == "2026-12-01"
    assert parse_text(page.replace(update, "입력 2026.12.01 09:10")).date == "2026-12-01T09:10:00+09:00"


def test_a_live_page_s_time_elements_stamp_new_lines_and_leave_the_given_ones() -> None:
    """The stamps of a live page's <time> elements come back on new lines; the lines given are not
    changed behind the caller's back."""
    from lxml import html as lxml_html

    from newsread.ingest.structure import Line

    tree = lxml_html.fromstring(
        "<div><time>09:10</time><p>첫 소식이 들어왔다.</p><time>오후 1시 20분</time><p>둘째 소식이다.</p></div>"
    )
    given = [Line("첫 소식이 들어왔다."), Line("둘째 소식이다."), Line("끝맺는 말이다.")]
    stamped = html._stamp_entries(given, tree)
    assert [ln.stamp for ln in stamped] == ["09:10", "오후 1시 20분", ""]
    assert [ln.stamp for ln in given] == ["", "", ""]
    assert stamped[2] is given[2]
    lone = lxml_html.fromstring("<div><time>09:10</time><p>첫 소식이 들어왔다.</p></div>")
    assert html._stamp_entries(given, lone) == given  # one stamp is the page's own


_STAMPED = (
    "한빛군 쓰레기 수거 주 3회로\n\n최영희 기자\n\n"
    "한빛군이 다음 달부터 생활 쓰레기 수거를 주 3회로 늘린다고 밝혔다. 군은 민원이 잇따르자 이같이 정했다.\n\n"
    "{heading}\n\n"
    "군은 수거 차량 4대를 새로 들이기로 했다. 예산은 6억원이다.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "늘어난 민원 입력 2026.05.11 09:30 | 수정 2026.05.11 10:02",
        "■ 늘어난 민원 | 등록 2026-05-11 09:30",
        "늘어난 민원기사입력 2026.05.11 09:30",
    ],
)
def test_a_page_stamp_run_on_into_a_subheading_is_the_date_not_the_title(heading: str) -> None:
    article = parse_text(_STAMPED.format(heading=heading))
    assert ("heading", "늘어난 민원") in _blocks(article)
    assert article.date is not None and article.date.startswith("2026-05-11T09:30")
    assert "2026" not in article.text


def test_a_sentence_that_names_a_stamp_word_and_a_day_is_not_cut() -> None:
    assert rules.split_page_stamp("군은 수정 2026.05.11 자 공고를 냈다.") is None
    assert rules.split_page_stamp("입력 2026.05.11 09:30") is None  # a stamp alone: nothing before it


@pytest.mark.parametrize("byline", ["입력 2026.12.07 10:00\n사회부 김하늘 기자", "사회부 김하늘 기자"])
def test_a_timeline_s_entries_are_read_whole_and_do_not_date_the_page(byline: str) -> None:
    entries = ["기본계획 수립 2023.05.12", "국토교통부 승인 2024.06.10", "실시설계 수정 2025.08.20", "착공 2026.12.07"]
    text = (
        f"한빛 트램 착공…2029년 개통 목표\n\n{byline}\n\n한빛시 도시철도 트램 2호선이 7일 착공했다. 시는 2029년 개통을 "
        "목표로 하고 있다.\n\n트램은 한빛역에서 신도시까지 12.4㎞를 잇는다. 정거장은 모두 15곳이다.\n\n■ 추진 경과\n"
        + "\n".join(entries)
        + "\n\n"
        "시는 공사 기간 우회 도로를 운영할 계획이다.\n"
    )
    article = parse_text(text)
    read = [t for _, t in _blocks(article)]
    assert all(e in read for e in entries[1:3])
    assert article.date in ("2026-12-07T10:00:00+09:00", None)
    # another timeline's stamp words (등록, 게시) without a time are an event's day too
    other = text.replace("국토교통부 승인", "환경영향평가 등록").replace("실시설계 수정", "입찰 공고 게시")
    read = [t for _, t in _blocks(parse_text(other))]
    assert "환경영향평가 등록 2024.06.10" in read and "입찰 공고 게시 2025.08.20" in read
    # a subheading run on into a stamp with its time is still cut
    assert rules.split_page_stamp("늘어난 민원 입력 2026.05.11 09:30") == ("늘어난 민원", "입력 2026.05.11 09:30")
    assert rules.split_page_stamp("국토교통부 승인 2024.06.10") is None
    assert rules.split_page_stamp("한빛 트램 착공 입력 2026.12.07", early=True) == ("한빛 트램 착공", "입력 2026.12.07")


@pytest.mark.parametrize(
    "chrome",
    [
        "누리일보\n전체메뉴\n로그인\n회원가입\n경제 > 부동산\n",
        "메뉴\n검색\n로그인\n홈\n",
    ],
)
def test_a_headline_run_on_into_its_stamp_under_the_page_s_chrome_loses_the_stamp(chrome: str) -> None:
    text = (
        f"{chrome}\n공공임대 1만 호 추가 공급 입력 2026.05.11\n\n"
        "한빛시는 올해 공공임대주택 1만 호를 더 공급한다고 11일 밝혔다.\n\n"
        "시는 청년과 신혼부부에게 물량의 절반을 배정할 계획이다.\n"
    )
    article = parse_text(text)
    assert article.title == "공공임대 1만 호 추가 공급"
    assert article.date is not None and article.date.startswith("2026-05-11")


@pytest.mark.parametrize("stamp", ["2026.04.09 07:45", "26.04.09 오전 7:45", "2026-04-09 07:45:10"])
def test_a_stamp_with_no_word_run_on_into_a_deck_line_past_the_first_lines_dates_the_page(stamp: str) -> None:
    text = (
        "누리일보\n경제 > 산업\n\n누리항 물동량 역대 최대\n컨테이너 처리 20% 늘어\n신항 부두 효과\n"
        f"수출입 모두 증가 {stamp}\n\n"
        "누리항의 1분기 물동량이 역대 최대를 기록했다.\n\n항만공사는 신항 부두가 문을 연 효과라고 9일 밝혔다.\n"
    )
    article = parse_text(text)
    assert article.date is not None and article.date.startswith("2026-04-09T07:45")
    assert "2026" not in article.text and "26.04" not in article.text


@pytest.mark.parametrize("line", ["설명회 일시 2026.04.09 14:00", "접수 마감 2026.04.09 18:00", "착공 2026.04.09"])
def test_a_fields_day_and_time_or_a_timelines_day_is_no_page_stamp(line: str) -> None:
    assert rules.split_page_stamp(line) is None


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("입력 2026.12.10 06:00", "2026-12-10"),
        ("입력 2026.12.25 23:40", "2026-12-25"),
        ("등록 2025.03.21 17:40", "2025-03-21"),
        ("입력 2031.02.03 07:00", "2031-02-03"),
    ],
)
def test_a_byline_s_day_is_not_cut_to_its_month_s_first(stamp: str, day: str) -> None:
    # a day after the machine's clock (a Korean morning page on a clock still in yesterday's UTC) was
    # read from the markup as its month's first: 2026-12-01 for 2026.12.10 read on the 7th
    page = (
        "<html><body><div class='gnb'>한빛일보</div><h1>한빛시 인구 50만 넘었다</h1>"
        f"<div class='meta'>사회부 김철수 기자 · {stamp}</div>"
        "<div class='text'><p>한빛시 인구가 처음으로 50만 명을 넘었다. "
        "지난달 말 기준 주민등록 인구는 50만1200명이다.</p>"
        "<p>시는 신도시 입주가 이어진 덕분이라고 설명했다.</p></div></body></html>"
    )
    assert (parse_html(page).date or "")[:10] == day


@pytest.mark.parametrize(
    ("note", "said"),
    [("[23:40 갱신]", "23:40"), ("<14:50 추가>", "14:50"), ("(16:00 수정)", "16:00"), ("[09:05 업데이트]", "09:05")],
)
def test_an_update_s_note_glued_before_its_paragraph_is_said_as_its_time(note: str, said: str) -> None:
    # the bracketed note was read out with its word (이십삼 시 사십 분 갱신) before the paragraph
    text = (
        "한빛시장 선거 개표 상황\n\n입력 2026.06.03 21:00\n박선거 기자\n\n"
        "한빛시장 선거 개표가 시작됐다. 두 후보가 접전을 벌이고 있다.\n\n"
        f"{note} 사전투표함 개표가 마무리되면서 두 후보의 격차가 줄었다.\n"
    )
    assert _paragraphs(parse_text(text))[-1] == f"{said}, 사전투표함 개표가 마무리되면서 두 후보의 격차가 줄었다."


@pytest.mark.parametrize("label", ["보낸 날짜:", "보낸날짜", "발송일:", "발송 일시 :"])
def test_a_mailing_s_sent_day_over_its_letter_dates_it(label: str) -> None:
    text = (
        f"겨울철 난방비, 이렇게 아끼세요\n\n{label} 2026년 12월 5일 (토)\n\n"
        "안녕하세요. 한빛 주말레터입니다. 본격적인 추위가 시작됐습니다.\n\n"
        "난방비를 줄이는 가장 쉬운 방법은 실내 온도를 1도 낮추는 것입니다.\n"
    )
    article = parse_text(text)
    assert article.date == "2026-12-05"
    assert label.split()[0] not in " ".join(_paragraphs(article))


@pytest.mark.parametrize(
    "box",
    [
        ["발송일: 2026년 3월 12일", "납부 기한: 2026년 3월 31일"],
        ["보낸 날짜: 2026년 5월 2일", "회신 기한: 2026년 5월 9일"],
        ["고지서 발송 일자: 2026.07.01", "납부 마감: 2026.07.31"],
    ],
)
def test_a_mailing_s_day_in_a_story_s_box_is_read_and_dates_nothing(box: list[str]) -> None:
    # under the story's first paragraph the words are a notice's field, not the page's date
    text = (
        "건강보험료 고지서 늦어져\n\n김하늘 기자\n\n"
        "건강보험공단의 3월분 고지서 발송이 늦어졌다. 전산 장애 때문이다.\n\n"
        "공단이 밝힌 새 일정은 다음과 같다.\n" + "\n".join(box) + "\n\n"
        "공단은 연체료를 물리지 않기로 했다. 문의는 콜센터로 하면 된다.\n"
    )
    article = parse_text(text)
    assert article.date is None
    heard = " ".join(_paragraphs(article))
    for line in box:
        assert line in heard


@pytest.mark.parametrize(
    "box",
    [
        ["1차 설명회 2026.03.05 14:00", "2차 설명회 2026.03.12 19:00"],
        ["원서 접수 2026.03.05 09:00", "필기시험 2026.04.12 10:00", "합격자 발표 2026.05.20 18:00"],
        ["개막식 2026.09.01 오전 10:00", "폐막식 2026.09.07 오후 6:00"],
    ],
)
def test_a_schedules_lines_each_ending_in_a_day_and_a_time_keep_them(box: list[str]) -> None:
    lines = "\n".join(box)
    text = (
        "한빛시, 학부모 설명회 연다\n\n"
        "한빛시교육청은 학부모 설명회를 두 차례 연다고 2일 밝혔다. 누구나 참석할 수 있다.\n\n"
        f"{lines}\n\n"
        '교육청 관계자는 "궁금증을 풀어주는 자리"라고 말했다.\n'
    )
    article = parse_text(text)
    assert article.date is None
    spoken = " ".join(article.text.split())
    assert all(line in spoken for line in box)
    for line in box:
        assert rules.split_page_stamp(line, in_run=True) is None


def test_a_lone_line_run_on_into_the_stamp_below_the_lead_still_dates_the_page() -> None:
    text = (
        "한빛시, 학부모 설명회 연다\n\n"
        "한빛시교육청은 학부모 설명회를 두 차례 연다고 2일 밝혔다. 누구나 참석할 수 있다.\n\n"
        "설명회는 두 차례 2026.03.02 09:30\n\n"
        '교육청 관계자는 "궁금증을 풀어주는 자리"라고 말했다.\n'
    )
    article = parse_text(text)
    assert article.date is not None and article.date.startswith("2026-03-02T09:30")


@pytest.mark.parametrize(
    ("markup", "stamp", "day"),
    [
        # an update's day in the byline is not the day the story went out: the markup's day stands
        ("2026-03-04", "수정 2026.03.06 09:10", "2026-03-04"),
        ("2025-11-18", "업데이트 2025.11.20 14:00", "2025-11-18"),
        ("2026-03-04", "입력 2026.03.04 | 최종수정 2026.03.06 09:10", "2026-03-04"),
        # ...while the byline's day the story went out, or any byline day where the markup's is the
        # month's first (cut short by a clock still in yesterday's UTC), is taken
        ("2026-03-04", "입력 2026.03.05 06:00", "2026-03-05"),
        ("2026-12-01", "수정 2026.12.10 09:10", "2026-12-10"),
    ],
)
def test_a_markup_day_yields_only_to_the_byline_s_day_of_publication(markup: str, stamp: str, day: str) -> None:
    page = (
        f"<html><head><meta property='article:published_time' content='{markup}'></head><body>"
        "<article><h1>한빛시 버스 요금 동결</h1>"
        f"<div class='byline'>김철수 기자 | {stamp}</div>"
        "<div class='body'><p>한빛시는 올해 시내버스 요금을 동결한다고 밝혔다. "
        "시는 물가 부담을 고려했다고 설명했다.</p>"
        "<p>재정 지원은 120억원 늘어난다. 시의회도 대체로 찬성하는 분위기다.</p></div>"
        "</article></body></html>"
    )
    assert (parse_html(page).date or "")[:10] == day


def test_a_timeline_s_entry_ending_in_a_comma_goes_on_in_the_line_under_it() -> None:
    # a comma-ended entry was cut from its rest, and the entry above it was run into it as one line
    page = (
        "한빛항 개항 30년\n\n입력 2026.03.02 10:00\n\n한빛항이 개항 30년을 맞았다. 걸어온 길을 돌아봤다.\n\n"
        "1996년 5월 한빛항 개항, 첫 화물선 입항\n"
        "2004년 8월 2단계 부두 준공\n"
        "2011년 3월 태풍으로 방파제 일부 유실,\n"
        "복구에 2년 걸려\n"
        "2019년 10월 크루즈 전용 부두 개장,\n"
        "첫해 관광객 5만 명\n"
        "2026년 3월 개항 30주년 기념식\n\n"
        "항만공사는 새 부두를 더 지을 계획이다.\n"
    )
    assert _paragraphs(parse_text(page))[1:6] == [
        "1996년 5월 한빛항 개항, 첫 화물선 입항",
        "2004년 8월 2단계 부두 준공",
        "2011년 3월 태풍으로 방파제 일부 유실, 복구에 2년 걸려",
        "2019년 10월 크루즈 전용 부두 개장, 첫해 관광객 5만 명",
        "2026년 3월 개항 30주년 기념식",
    ]


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        ("2009년 11월 1단계 구간 착공", True),
        ("3월 2호선 연장 구간 개통", True),
        ("2026년 3월 2.5% 오른 물가 발표", False),
        ("5월 3일 시는 대책을 마련하기로,", False),
    ],
)
def test_a_number_after_the_month_that_counts_no_day_opens_the_entry_s_event(line: str, entry: bool) -> None:
    assert rules.timeline_entry(line) is entry


@pytest.mark.parametrize("word", ["승인", "등록", "게재"])
def test_a_chronology_s_entry_whose_event_ends_in_a_stamp_s_word_is_still_an_entry(word: str) -> None:
    # 2024.06.10 국토교통부 승인 was taken for a page's stamp: the timeline broke there, its first line
    # dated the page and every entry was dropped
    page = (
        "한빛 트램 개통 1년 앞으로\n\n한빛 트램 개통이 1년 앞으로 다가왔다. 그간의 과정을 정리했다.\n"
        f"2023.05.12 기본계획 수립\n2024.06.10 국토교통부 {word}\n2025.08.20 실시설계 확정\n\n"
        "시는 내년 말 개통을 목표로 하고 있다.\n"
    )
    article = parse_text(page)
    assert _paragraphs(article)[1:4] == [
        "2023.05.12 기본계획 수립",
        f"2024.06.10 국토교통부 {word}",
        "2025.08.20 실시설계 확정",
    ]
    assert article.date is None
    assert not rules.chronology_item(f"2026.05.12 {word}")


@pytest.mark.parametrize("last", ["10월 5일 불꽃놀이", "2026년 3월 개항 30주년"])
def test_a_timeline_s_last_entry_of_one_word_is_an_entry_not_a_subheading(last: str) -> None:
    # an entry of one word under the others was taken for a subheading over the story's next paragraph
    page = (
        "한빛 가을 축제 개막\n\n입력 2026.10.01 10:00\n김철수 기자\n\n"
        "한빛 가을 축제가 3일 개막한다. 사흘 동안 공연과 체험 행사가 열린다.\n\n"
        f"[행사 일정]\n10월 3일 개막 공연\n10월 4일 시민 노래자랑\n{last}\n\n"
        "시는 축제 기간 임시 주차장을 운영한다.\n"
    )
    blocks = _blocks(parse_text(page))
    assert ("paragraph", last) in blocks
    assert ("heading", last) not in blocks


@pytest.mark.parametrize(
    "stamps",
    [
        ["2026.12.02(화) 입력", "2026.12.03(수) 수정"],
        ["2026.12.02 처음 입력", "2026.12.03 마지막 수정"],
        ["2026.12.02 최초 입력", "2026.12.03 최종 수정"],
        ["2026.12.02 (화) 최초 등록", "2026.12.03 [수] 최종 업데이트"],
    ],
)
def test_a_stamp_with_its_weekday_or_which_stamp_it_is_dates_the_page(stamps: list[str]) -> None:
    # the weekday or 처음 / 마지막 before the stamp's word made the stamps a chronology's entries, read aloud
    # (이천이십육 년 십이월 이 일 화요일 입력), and the page lost its date
    page = (
        "국회, 예산안 처리 시한 넘겨\n\n김철수 기자\n" + "\n".join(stamps) + "\n\n"
        "국회가 내년도 예산안 처리 시한을 넘겼다. 여야는 3일에도 협상을 이어갔지만 합의하지 못했다.\n\n"
        "쟁점은 지역화폐 예산과 연구개발 예산이다.\n"
    )
    article = parse_text(page)
    assert article.date is not None and article.date.startswith("2026-12-02")
    assert all(stamp not in article.text for stamp in stamps)
    assert not any(rules.chronology_item(stamp) for stamp in stamps)


@pytest.mark.parametrize("line", ["2024.06.10 국토교통부 최종 승인", "2019.11.20 예비타당성 조사 처음 등록"])
def test_an_event_before_which_stamp_it_is_stays_a_chronology_s_entry(line: str) -> None:
    assert rules.chronology_item(line)


@pytest.mark.parametrize(
    "entries",
    [
        ["2011.04.05 주민 설명회 개최", "2013.09.30 착공", "2015.02.27 1단계 개통", "2019.11.20 준공"],
        ["2011.04 주민 설명회 개최", "2013.09 기공식 열려", "2015.02 개통", "2019.11 준공"],
        ["2011.04.05 착공", "2013.09.30 공사 중단", "2015.02.27 공사 재개"],
    ],
)
def test_a_chronology_s_entry_of_one_word_is_read_with_the_others(entries: list[str]) -> None:
    body = "\n".join(entries)
    lead = "한빛터널이 개통 10년을 맞았다. 그동안의 일을 정리했다."
    page = f"한빛터널 개통 10년\n\n{lead}\n\n{body}\n\n시는 기념식을 연다.\n"
    assert [b.text for b in parse_text(page).blocks[2:-1]] == entries


def test_a_date_and_one_word_alone_is_still_no_entry() -> None:
    page = "한빛터널 개통 10년\n2026.04.30 발행\n\n한빛터널이 개통 10년을 맞았다. 그동안의 일을 정리했다.\n"
    assert "발행" not in parse_text(page).text


@pytest.mark.parametrize("header", ["일정", "행사 순서"])
def test_an_unmarked_header_over_a_timeline_with_one_word_entries_is_its_heading(header: str) -> None:
    lead = "한빛군 해맞이 축제가 31일부터 사흘 동안 열린다고 군이 밝혔다."
    entries = ["12월 31일 전야제", "1월 1일 해맞이 타종 행사", "1월 2일 폐막식"]
    body = "\n".join(entries)
    page = f"한빛군 해맞이 축제 연다\n\n{lead}\n\n{header}\n{body}\n\n군은 셔틀버스를 운행한다.\n"
    assert _blocks(parse_text(page))[2:-1] == [("heading", header)] + [("paragraph", e) for e in entries]


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        ("5.18(토) 기념식 개최", True),
        ("12.3(화) 국회 본회의", True),
        ("05.02(금) 착공식", True),
        ("3.5 (월) 개학", True),
        ("3.5% 상승", False),
        ("13.2(월) 없는 날", False),
        ("2.5배 늘어 사상 최대", False),
    ],
)
def test_a_day_in_figures_with_its_weekday_opens_a_timeline_entry(line: str, entry: bool) -> None:
    assert rules.timeline_entry(line, words=1) is entry


def test_a_header_over_entries_dated_in_figures_with_weekdays_is_a_heading() -> None:
    entries = ["5.16(금) 전야제", "5.17(토) 거리 공연", "5.18(일) 기념식"]
    body = "\n".join(entries)
    lead = "한빛시 오월 축제가 16일 개막한다고 시가 밝혔다."
    page = f"한빛 오월 축제 연다\n\n{lead}\n\n일정\n{body}\n\n시는 교통을 통제한다.\n"
    assert _blocks(parse_text(page))[2:-1] == [("heading", "일정")] + [("paragraph", e) for e in entries]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("최종수정 2026-03-02 18:40 | 최초입력 2026-03-02 09:15", "2026-03-02T09:15:00+09:00"),
        ("수정 2025.12.01 11:00 입력 2025.11.30 22:05", "2025-11-30T22:05:00+09:00"),
        ("입력 2026.03.02 09:15 | 수정 2026.03.02 18:40", "2026-03-02T09:15:00+09:00"),
        ("수정 2026.03.02 18:40", "2026-03-02T18:40:00+09:00"),
    ],
)
def test_a_line_opening_with_the_update_gives_the_first_stamp(line: str, expected: str) -> None:
    assert rules.date_of(line) == expected


def test_an_update_numbered_before_its_time_is_said_by_its_time() -> None:
    text = (
        "한빛시 정전 복구 늦어져\n\n입력 2026.01.12 08:00\n박서윤 기자\n\n"
        "[3보 11:40] 한빛전력은 정전 지역의 절반에 전기 공급을 재개했다고 밝혔다.\n\n"
        "(2보 09:30)\n한빛전력은 변전소 설비 고장이 원인이라고 설명했다.\n\n"
        "12일 오전 7시께 한빛시 동구 일대에 전기가 끊겼다.\n"
    )
    assert _paragraphs(parse_text(text)) == [
        "11:40, 한빛전력은 정전 지역의 절반에 전기 공급을 재개했다고 밝혔다.",
        "09:30, 한빛전력은 변전소 설비 고장이 원인이라고 설명했다.",
        "12일 오전 7시께 한빛시 동구 일대에 전기가 끊겼다.",
    ]
