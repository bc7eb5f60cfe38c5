"""Readings mended after the items noticed in earlier rounds, each tested on sentences other than
the ones that showed the fault."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("운영은 2023.8부터 중단됐다.", "이천이십삼 년 팔월부터"),
        ("서울시가 2026.10까지 공사를 마친다.", "이천이십육 년 시월까지"),
        ("지원은 1999.2이후 끊겼다.", "천구백구십구 년 이월이후"),
    ],
)
def test_a_year_and_month_glued_to_an_edge_is_a_date(written: str, said: str) -> None:
    """A year and a month with 부터 or 까지 glued to it and no price nor index before it: 2024.12까지
    was heard 이천이십사 점 일이까지, a decimal, where the reader says 이천이십사 년 십이월까지."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("국제유가는 장중 2024.9까지 떨어졌다.", "이천이십사 점 구까지"),
        ("원화 환율은 2011.6까지 올랐다.", "이천십일 점 육까지"),
        ("나스닥은 2019.3부터 반등했다.", "이천십구 점 삼부터"),
        ("이 값은 2024.13까지 커졌다.", "이천이십사 점 일삼까지"),
    ],
)
def test_a_price_or_a_level_glued_to_an_edge_stays_a_decimal(written: str, said: str) -> None:
    """A price or an index's level before the figure, or no month in it, keeps it a decimal."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        ("누리바이오의 EUR410 백신이 허가됐다.", "이유알 사일공 백신", "유로"),
        ("한빛제약은 JPY310 치료제를 개발했다.", "제이피와이 삼일공 치료제", "엔"),
        ("USD250 항체 투약이 시작됐다.", "유에스디 이오공 항체", "달러"),
    ],
)
def test_a_currency_code_in_a_drug_code_is_no_amount(written: str, said: str, unsaid: str) -> None:
    """A currency's code glued to the digits of a drug's code before a word of a drug: GBP510 백신
    was heard 오백십 파운드 백신, an amount, where the reader says the code, 지비피 오일공."""
    out = normalize(written)
    assert said in out
    assert unsaid not in out.replace(said, "")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("수수료는 GBP 250이다.", "이백오십 파운드"),
        ("USD300 상품권을 받았다.", "삼백 달러 상품권"),
        ("입장료는 120 EUR였다.", "백이십 유로"),
    ],
)
def test_a_currency_code_before_other_words_is_an_amount(written: str, said: str) -> None:
    """Set apart from the digits, or before a word that is no drug, the code is the amount's currency."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("입국 심사 대기 50분↑", "오십 분 이상"),
        ("수술 대기 4개월↑.", "사 개월 이상"),
        ("야간 근무 2시간↓, 수당 없어", "두 시간 이하"),
        ("무단 결석 5회↑", "오 회 이상"),
    ],
)
def test_an_arrow_after_a_span_of_time_at_a_clause_end_is_a_bound(written: str, said: str) -> None:
    """A span of time or a count of times and an arrow with nothing after it: 대기 30분↑ was heard
    삼십 분 상승, where the reader says how long at least, 삼십 분 이상."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("주가 2일↑", "이 일 상승"),
        ("금리 0.5%p↑", "퍼센트포인트 상승"),
        ("체중 3㎏↓.", "삼 킬로그램 하락"),
    ],
)
def test_an_arrow_after_what_rises_or_falls_stays_a_change(written: str, said: str) -> None:
    """A quantity that rises or falls before the figure keeps the arrow its change."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("누리전자는 'RX5'를 선보였다. RX5는 무겁다.", "알엑스 파이브는"),
        ("SV3 모델이 나왔다. SV3의 가격은 비싸다.", "에스브이 쓰리의"),
        ("KT8이 인기다. 'KT8' 예약이 시작됐다.", "케이티 에잇이"),
    ],
)
def test_a_model_the_text_writes_apart_is_the_same_model_with_a_particle(written: str, said: str) -> None:
    """A code of two capitals and a digit quoted in one sentence ('HX7') and glued to its particle
    in the next (HX7은) was heard 에이치엑스 세븐, then 에이치엑스 칠; it is one model, said in English."""
    out = normalize(written)
    assert said in out, out


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("IB1에서 근무했다.", "아이비 일에서"),
        ("'RX5'를 선보였다. RX5본부가 맡는다.", "알엑스 오 본부"),
    ],
)
def test_a_code_glued_to_a_particle_or_a_noun_with_no_model_apart_stays_sino_korean(written: str, said: str) -> None:
    """With no such model written apart in the text, or with a noun glued to it, the digit stays
    Sino-Korean, as a division's number (IB1에서 → 아이비 일에서)."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("애니메이션 Console Wars가 공개됐다.", "콘솔 워즈가"),
        ("영화 Star Wars 시리즈", "워즈"),
        ("Bruno Mars의 공연", "마스의"),
        ("Chicago Bears가 이겼다.", "베어스가"),
    ],
)
def test_wars_is_said_as_korean_writes_it(written: str, said: str) -> None:
    """Wars was heard 워스 by the rule that says a final s after r 스 (Bears 베어스, Mars 마스); Korean
    writes the titles with Wars 워즈 (스타워즈, 클론워즈), so it is listed as Games and Awards are."""
    assert said in normalize(written)
