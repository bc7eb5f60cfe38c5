"""Readings mended after a review of the nineteenth round: each rule narrowed to the sentences it
was made for, beside sentences it must still catch."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


def _check(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out, out
    assert unsaid not in out, out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # 초과 after a slash is the word, not 초 (per second) and the particle 과
        ("주 52시간/초과 근무를 금지한다.", "오십이 시간 초과 근무", "초당"),
        ("하루 10건/초과 시 과태료가 붙는다.", "십 건 초과 시", "초당"),
        # a slash before a unit of time with a particle is still a rate
        ("맥박은 120회/분으로 빨라졌다.", "분당 백이십 회로", "회 분"),
        ("장비는 50회/초의 속도로 돈다.", "초당 오십 회", "회 초"),
    ],
)
def test_a_word_that_opens_with_a_unit_is_no_rate(written: str, said: str, unsaid: str) -> None:
    _check(written, said, unsaid)


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # a market's index before a year.month-like figure and a word of opening: its level
        ("코스피 2045.3 개장 직후 하락했다.", "이천사십오 점 삼 개장", "년"),
        ("코스닥은 2041.7 시작 후 반등했다.", "이천사십일 점 칠 시작", "년"),
        ("지수가 2038.5 종료 직전 올랐다.", "이천삼십팔 점 오 종료", "년"),
        # a year and a month before a word of a point in time or of a thing done stays a date
        ("신청사는 2027.3 준공 예정이다.", "이천이십칠 년 삼월 준공", "점"),
        ("2025.6 기준 인구는 늘었다.", "이천이십오 년 유월 기준", "점"),
        ("노선은 2026.9 개통을 앞뒀다.", "이천이십육 년 구월 개통", "점"),
    ],
)
def test_an_index_level_before_a_word_of_opening_is_no_month(written: str, said: str, unsaid: str) -> None:
    _check(written, said, unsaid)


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # N대 이상 after a clause's end with a noun of machines or a word of their use just after
        ("시는 예산을 확보했고 10대 이상의 소방차를 새로 들인다.", "열 대 이상의 소방차", "십 대"),
        ("판매는 늘었지만 30대 이상의 승용차가 리콜됐다.", "서른 대 이상의 승용차", "삼십 대"),
        ("눈길에 미끄러지면서 20대 이상이 연쇄 추돌했다.", "스무 대 이상이", "이십 대"),
        # with people or nothing of machines it is still an age group
        ("가입자는 줄었고 60대 이상 비중은 늘었다.", "육십 대 이상", "예순 대"),
        ("청년층은 줄었고 20대 이상의 생산자가 늘었다.", "이십 대 이상의 생산자", "스무 대"),
    ],
)
def test_an_age_after_a_clause_yields_to_machines_after_it(written: str, said: str, unsaid: str) -> None:
    _check(written, said, unsaid)


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # a part of the block or a place beside it after N동: the block's name
        ("B공장 3동 생산라인이 멈췄다.", "삼 동 생산라인", "세 동"),
        ("창고 2동 옆 공터에 불이 번졌다.", "이 동 옆", "두 동"),
        ("온실 4동 입구가 막혔다.", "사 동 입구", "네 동"),
        # a count of sheds is still counted
        ("창고 9동이 불에 탔다.", "아홉 동이", "구 동"),
        ("비닐하우스 12동 전소.", "열두 동 전소", "십이 동"),
    ],
)
def test_a_place_in_a_numbered_block_names_the_block(written: str, said: str, unsaid: str) -> None:
    _check(written, said, unsaid)


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # a count of times after a word of routes: not a route's number
        ("노선은 지난 10년간 150번 넘게 바뀌었다.", "백오십 번 넘게", "일오공"),
        ("노선 200번 이상 조정됐다.", "이백 번 이상", "이공공"),
        # a route's number stays digit by digit
        ("간선 472번 버스가 증차된다.", "사칠이 번", "사백칠십이"),
    ],
)
def test_a_count_of_times_after_a_route_word_is_no_route(written: str, said: str, unsaid: str) -> None:
    _check(written, said, unsaid)


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # two par figures sharing 홀: one list, no pause
        ("파3·4홀에서 타수를 줄였다.", "파 쓰리 사 홀", ","),
        # par and yards: two items
        ("대회는 한빛CC(파71·7012야드)에서 열린다.", "파 칠십일, 칠천십이 야드", "칠십일 칠천"),
    ],
)
def test_par_figures_sharing_a_hole_keep_no_pause(written: str, said: str, unsaid: str) -> None:
    _check(written, said, unsaid)
