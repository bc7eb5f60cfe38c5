"""Readings mended after the items noticed in earlier rounds, each tested on sentences other than
the ones that showed the fault."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("나스닥 지수는 2012.4 이전 수준까지 밀렸다.", "이천십이 점 사 이전"),
        ("코스피는 2098.1 이후 반등했다.", "이천구십팔 점 일 이후"),
        ("코스닥 지수가 2003.5 부터 오름세다.", "이천삼 점 오 부터"),
    ],
)
def test_an_index_level_before_a_word_of_an_edge_is_a_decimal(written: str, said: str) -> None:
    """A market's index before a year-like level and 이후 or 이전: 지수는 2050.3 이후 was heard
    이천오십 년 삼월 이후, a month, where the index passed the level 이천오십 점 삼."""
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
