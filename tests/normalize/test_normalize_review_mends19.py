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
