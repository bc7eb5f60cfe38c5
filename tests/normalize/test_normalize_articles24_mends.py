"""Readings mended after the twenty-fourth round of whole articles, each tested on sentences other
than the ones that showed the fault."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("중부고속도로 새별IC~가람JC 구간이 막혔다.", "새별나들목에서 가람분기점 구간이"),
        ("하행선 가람TG ~ 새별IC 구간 8㎞가 밀렸다.", "가람요금소에서 새별나들목 구간"),
        ("새별JCT~가람 구간은 공사 중이다.", "새별분기점에서 가람 구간은"),
        ("가람IC∼새별IC 구간을 달렸다.", "가람나들목에서 새별나들목 구간을"),
    ],
)
def test_a_span_between_places_on_a_road_says_from_one_to_the_other(written: str, said: str) -> None:
    """한빛IC~동면JC 구간 was heard 한빛나들목 동면분기점 구간, the tilde unsaid, as if one place."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("새별IC~가람JC 간 정체가 풀렸다.", "새별나들목 가람분기점 간 정체가"),
        ("IC~JC 표기를 바꿨다.", "아이씨 제이씨 표기를"),
        ("USB~C타입 단자다.", "유에스비 씨타입"),
    ],
)
def test_a_road_span_before_a_word_of_between_and_bare_letters_keep_their_readings(written: str, said: str) -> None:
    assert said in normalize(written)
