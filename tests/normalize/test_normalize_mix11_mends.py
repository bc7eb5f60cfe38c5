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


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("주 52시간↑ 직장인이 줄었다.", "오십이 시간 이상 직장인이"),
        ("3회↑ 결석자는 유급된다.", "삼 회 이상 결석자는"),
        ("10년↑ 장기근속자에게 포상한다.", "십 년 이상 장기근속자에게"),
        ("월 4회↓ 이용자는 요금을 깎아 준다.", "사 회 이하 이용자는"),
    ],
)
def test_an_arrow_after_a_span_before_people_is_a_bound(written: str, said: str) -> None:
    """An arrow after a span of time or a count of times, before a word of people, was heard 상승
    (다섯 시간 상승 청소년); it bounds the group, 이상 or 이하."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("물가 3%↑ 서민 부담 가중", "삼 퍼센트 상승"),
        ("취업자 18만 명↑ 청년층 고용 부진", "십팔만 명 증가"),
        ("유가 5일↑", "오 일 상승"),
    ],
)
def test_other_arrows_stay_changes(written: str, said: str) -> None:
    """A percentage, a count of people and a span after a quantity that rises or falls keep the change."""
    assert said in normalize(written)
