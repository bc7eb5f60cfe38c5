"""Readings mended after the items noticed in earlier rounds, each tested on sentences other than
the ones that showed the fault."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("나스닥 지수는 2001.9 이후 최대 낙폭을 기록했다.", "이천일 년 구월 이후"),
        ("코스피는 2011.8 이후 처음으로 2000선을 내줬다.", "이천십일 년 팔월 이후"),
        ("코스닥 지수가 2018.1 이전 수준을 되찾았다.", "이천십팔 년 일월 이전"),
    ],
)
def test_a_year_and_month_after_an_index_before_a_word_of_an_edge_is_a_date(written: str, said: str) -> None:
    """A market's index before a year and a month and a space and 이후 or 이전: a date, as a word
    of a point in time makes it (닛케이 지수는 1989.12 이후 34년 만에); reading it as the index's
    level (천구백팔십구 점 일이 이후) took the month of the peak for a figure the index passed."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("새 제도는 2025.3 이후 시행된다.", "이천이십오 년 삼월 이후"),
        ("코스피 2024.12 말 기준 상장사는 늘었다.", "이천이십사 년 십이월 말"),
        ("공사는 2026.6 이전 끝난다.", "이천이십육 년 유월 이전"),
    ],
)
def test_a_year_and_month_before_a_word_of_an_edge_stays_a_date(written: str, said: str) -> None:
    """With no index before it, or before a word of a point in the month, the figure is a date."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("찬성 27표. 반대 8표. 기권 2표.", "반대 팔 표. 기권 이 표"),
        ("결의안은 찬성 5표였다. 반대는 31표였다.", "찬성 오 표였다"),
        ("찬성 40표였고 반대 6표였다.", "반대 육 표였다"),
        ("반대 21표. 찬성도 4표에 그쳤다.", "찬성도 사 표에"),
    ],
)
def test_a_tally_in_separate_clauses_is_counted_one_way(written: str, said: str) -> None:
    """The items of one tally written as clauses of their own were counted each alone: 찬성 24표.
    반대 6표. was heard 이십사 표, 여섯 표."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("찬성 6표. 반대 2표.", "찬성 여섯 표. 반대 두 표"),
        ("그는 3표 차로 졌다. 반대는 많았다.", "세 표 차로"),
        ("찬성 22표로 가결됐다. 반대 3표가 나온 것은 이례적이다.", "반대 세 표가"),
    ],
)
def test_counts_of_no_large_tally_stay_native(written: str, said: str) -> None:
    """A tally of small counts, or a count in a clause that is no item of the tally, stays native."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("원인은 H1N1pdm09다.", "피디엠 공구다"),
        ("모델명은 QX9다.", "큐엑스 구다"),
        ("코드는 ZR2였다.", "제트알 이였다"),
    ],
)
def test_the_copula_after_a_code_ending_in_a_figure_is_glued(written: str, said: str) -> None:
    """The copula written against a code that ends in a figure was taken for a noun and said a word
    apart: H1N1pdm09다 was heard 공구, a pause, 다."""
    assert said in normalize(written)
