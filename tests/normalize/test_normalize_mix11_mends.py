"""Readings mended after the eleventh blind mix of news shapes, each tested on sentences other than
the ones that showed the fault."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("신차는 20대 가운데 3대가 결함을 보였다.", "스무 대 가운데 세 대가"),
        ("올해 팔린 가전은 10대 중 6대가 국산이다.", "열 대 중 여섯 대가"),
        ("전체 150대 중 30대가 멈췄다.", "백오십 대 중 서른 대가"),
        ("1,200대 가운데 40대는 리콜 대상이다.", "천이백 대 가운데 마흔 대는"),
    ],
)
def test_a_share_of_machines_counts_both(written: str, said: str) -> None:
    """N대 중 M대 with no noun of machines before it: 10대 중 4대꼴 was heard 십 대 (teenagers)
    중 네 대; both are counts of machines."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("10대 중 3명은 우울감을 느낀다.", "십 대 중 세 명은"),
        ("30대 중 20대는 없었다.", "삼십 대 중 이십 대는"),
        ("응답자 중 30대가 가장 많았다.", "응답자 중 삼십 대가"),
    ],
)
def test_ages_before_a_share_stay_ages(written: str, said: str) -> None:
    """A count of people after N대 중, and two decades, stay age groups."""
    assert said in normalize(written)
