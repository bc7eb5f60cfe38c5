"""Readings mended after the twenty-second round of whole articles, each tested on sentences other
than the ones that showed the fault."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("평균 4분 30초/km 페이스를 지켰다.", "평균 킬로미터당 사 분 삼십 초 페이스"),
        ("선두는 2분 58초/㎞로 달렸다.", "킬로미터당 이 분 오십팔 초로"),
        ("한 번 충전에 1시간 20분/회가 걸린다.", "회당 한 시간 이십 분이"),
        ("작업에 1시간 2분 30초/회가 든다.", "회당 한 시간 이 분 삼십 초가"),
    ],
)
def test_a_span_of_time_per_unit_says_the_rate_once_before_the_whole_span(written: str, said: str) -> None:
    """3분 5초/㎞ was heard 삼 분 킬로미터당 오 초: the rate fell between the span's parts."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "unsaid"),
    [
        ("선두는 2분 58초/㎞로 달렸다.", "킬로미터당 오십팔"),
        ("작업에 1시간 2분 30초/회가 든다.", "회당 삼십"),
    ],
)
def test_the_later_parts_of_a_span_say_no_rate(written: str, unsaid: str) -> None:
    assert unsaid not in normalize(written)


def test_a_span_with_no_slash_after_it_says_no_rate() -> None:
    assert normalize("기록은 2시간 5분 48초였다.") == "기록은 두 시간 오 분 사십팔 초였다."
    assert normalize("평균 5분/㎞로 달렸다.") == "평균 킬로미터당 오 분으로 달렸다."
