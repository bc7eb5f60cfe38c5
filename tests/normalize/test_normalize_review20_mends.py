"""Readings taken back or narrowed where a rule of this round read nearby shapes wrong, each
tested on sentences the round's own files do not hold."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("40대 중 5대 은행 대출자가 가장 많았다.", "사십 대 중 오 대 은행"),
        ("60대 가운데 2대 질환을 앓는 비율이 높다.", "육십 대 가운데 이 대 질환"),
        ("20대 중 3대 도시 거주자는 절반이 넘는다.", "이십 대 중 삼 대 도시"),
    ],
)
def test_an_age_before_the_big_few_of_a_kind_stays_an_age(written: str, said: str) -> None:
    """M대 a space before its noun is the big M of a kind (4대 보험, 3대 암), so N대 before 중
    or 가운데 is still an age: 30대 중 4대 보험 was heard 서른 대, a count of machines."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("차량 10대 중 3대꼴로 결함이 있다.", "열 대 중 세 대꼴"),
        ("20대 가운데 7대가 멈춰 섰다.", "스무 대 가운데 일곱 대가"),
    ],
)
def test_a_share_of_machines_is_still_counted(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("결항 4회↑ 예년 수준 웃돌아", "사 회 상승 예년"),
        ("열대야 9일↑ 작년보다 많아", "구 일 상승 작년보다"),
        ("고장 3회↑ 요인 분석", "삼 회 상승 요인"),
        ("점검 2회↑ 이번주 마무리", "이 회 상승 이번주"),
    ],
)
def test_an_arrow_before_a_word_of_time_or_cause_is_no_bound(written: str, said: str) -> None:
    """A word that only ends as a word of people does (평년, 지난주, 원인) made the arrow before it
    a bound, 이상, where it said what went up."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("하루 3시간↑ 어린이 비율이 늘었다.", "세 시간 이상 어린이"),
        ("주 4회↑ 흡연자는 따로 관리한다.", "사 회 이상 흡연자는"),
        ("월 2회↑ 관람객이 절반이다.", "이 회 이상 관람객이"),
    ],
)
def test_an_arrow_before_a_group_of_people_is_a_bound(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("강의는 2~3시간 10분/회 이어진다.", "회당 십 분"),
        ("산책은 1~2시간 20분/일 권한다.", "하루 이십 분"),
    ],
)
def test_a_span_after_a_range_keeps_its_rate(written: str, said: str) -> None:
    """The later part of a span after a range's second end (1~2시간 30분/회) dropped the rate,
    which no part had said."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("평균 4분 30초/㎞ 속도로 달렸다.", "킬로미터당 사 분 삼십 초"),
        ("2시간 15분/회 진료가 이어졌다.", "회당 두 시간 십오 분"),
    ],
)
def test_a_span_per_unit_says_its_rate_once_before_the_span(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("찬성 75명/25%, 반대 225명/75%였다.", "일흔다섯 명 이십오 퍼센트"),
        ("선박 4척/20t급이 입항했다.", "네 척 이십 톤급이"),
        ("노트북 3대/512GB 모델이다.", "세 대 오백십이 기가바이트"),
        ("사고 2,345건/7.8%가 집계됐다.", "이천삼백사십오 건 칠 점 팔 퍼센트가"),
    ],
)
def test_a_count_beside_a_share_or_a_size_is_a_pair(written: str, said: str) -> None:
    """A count over a percentage, a mass or a capacity (120명/40%, 3척/50t급, 2대/256GB) was
    read as a rate, 사십 퍼센트당 백이십 명; only a volume or an area spreads a count."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("세균 300개/1000㎖가 검출됐다.", "천 밀리리터당 삼백 개가"),
        ("조개 12마리/5㎡가 살았다.", "오 제곱미터당 열두 마리가"),
    ],
)
def test_a_count_over_a_volume_or_area_is_a_rate(written: str, said: str) -> None:
    """A volume written with no comma (1000㎖) was cut at its first three digits and missed."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("고혈압(150/95 이상) 환자의 2/3가 약을 먹는다.", "삼분의 이가"),
        ("혈압(혈관 압력) 측정자 중 3/4는 정상이다.", "사분의 삼은"),
    ],
)
def test_a_fraction_after_a_word_past_the_bracket_of_blood_pressure(written: str, said: str) -> None:
    """A bracket after 혈압 made a fraction past a word after it a pressure (환자의 1/3 → 일에 삼)."""
    assert said in normalize(written)


def test_blood_pressure_after_its_bracket_and_particle() -> None:
    assert "백삼십오에 팔십오" in normalize("혈압(수축기/이완기)은 135/85였다.")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("휘발유 가격 6주↑", "육 주 상승"),
        ("고용률 5개월↑", "오 개월 상승"),
        ("전셋값 12주↑, 매맷값 3주↓", "십이 주 상승, 매맷값 삼 주 하락"),
    ],
)
def test_an_arrow_at_a_clause_s_end_after_a_run_of_rises_is_a_change(written: str, said: str) -> None:
    """An arrow ending its clause after any span of time was said 이상, a bound, where what went
    up is named before it (집값 8주↑: eight weeks of rises)."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("수술 대기 5개월↑", "오 개월 이상"),
        ("경력 7년↑", "칠 년 이상"),
        ("무단 결근 3회↑.", "삼 회 이상"),
    ],
)
def test_an_arrow_at_a_clause_s_end_after_a_word_of_waiting_or_doing_is_a_bound(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(("written", "said"), [("삼성전자 5일↑", "오 일 상승"), ("서울 아파트 8주↑", "팔 주 상승")])
def test_an_arrow_at_a_clause_s_end_after_a_stock_or_a_market_is_a_change(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("코스피는 외국인과 기관이 동시에 팔면서 장중 2021.7까지 밀렸다.", "이천이십일 점 칠까지"),
        ("KOSPI는 2023.4까지 떨어졌다.", "이천이십삼 점 사까지"),
        ("비트코인은 2015.6부터 다시 올랐다.", "이천십오 점 육부터"),
    ],
)
def test_a_level_glued_to_an_edge_after_its_index_far_back_in_the_clause(written: str, said: str) -> None:
    """A price or an index was looked for only 20 characters back, so a long clause made the
    level a month (코스피는 … 장중 한때 2024.9까지 → 이천이십사 년 구월까지)."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("출장자는 USD300 백신 접종비를 받는다.", "삼백 달러 백신"),
        ("EUR250 치료제 구입 비용을 지원한다.", "이백오십 유로 치료제"),
    ],
)
def test_a_round_sum_with_its_currency_s_code_before_a_drug_word_is_money(written: str, said: str) -> None:
    """A currency's code glued to a round sum before 백신 and what is paid for it was read as a
    drug's code (USD200 백신 접종비 → 유에스디 이공공 백신)."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("3/1천 세대가 입주했다.", "천 세대당 삼"),
        ("5명/10만 세대 수준이다.", "십만 세대당 다섯 명"),
    ],
)
def test_a_rate_over_households_of_no_counter_row(written: str, said: str) -> None:
    """세대, a counter of people with no row in counters.tsv, stopped the reading with an error."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [("1/1000명 꼴로 생긴다.", "천 명 중 한 명"), ("신생아 3/1,000명이 앓는다.", "천 명 중 세 명이")],
)
def test_a_whole_number_over_people_in_digits_is_a_part_of_them(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [("혈압이 한때 50/30까지 떨어졌다.", "오십에 삼십"), ("혈압은 최저 55/28을 기록했다.", "오십오에 이십팔")],
)
def test_a_low_blood_pressure_is_still_a_pressure(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("비트코인 과세는 2027.1부터 시행된다.", "이천이십칠 년 일월부터"),
        ("KOSDAQ 상장 요건은 2025.7부터 바뀐다.", "이천이십오 년 칠월부터"),
        ("코스피는 장중 2024.9까지 밀렸다.", "이천이십사 점 구까지"),
    ],
)
def test_a_glued_figure_after_an_index_is_a_level_only_where_it_moved(written: str, said: str) -> None:
    """Any index or price in the clause made a glued year and month a level, so what is done by
    then (과세는 2027.1부터 시행된다) was heard 이천이십칠 점 일부터."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("코스피는 2023.8까지 낮아졌다.", "이천이십삼 점 팔까지"),
        ("공매도 금지는 2024.6까지 연장된다.", "이천이십사 년 유월까지"),
    ],
)
def test_a_glued_figure_right_after_an_index_is_a_level_unless_something_is_done_by_then(
    written: str, said: str
) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [("주요 과제 4가지 ▲1. 규제 완화 ▲2. 세제 지원", "일. 규제 완화"), ("총 3건 ▲1. 서울 ▲2. 부산", "일. 서울")],
)
def test_a_numbered_bullet_after_a_count_is_no_rise(written: str, said: str) -> None:
    """A count before ▲1. made the bullet's figure a change, 일 상승."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("월 4회↑", "사 회 이상"),
        ("공실 6개월↑", "육 개월 이상"),
        ("환율 변동분은 2025.6까지 반영된다.", "이천이십오 년 유월까지"),
    ],
)
def test_a_bound_or_a_date_of_what_is_done_after_review(written: str, said: str) -> None:
    assert said in normalize(written)
