"""Readings mended for the faults noticed in the twenty-fourth round (counts over counts of people,
fractions beside 혈압, counts of seats, names in capitals alone in quotes), each tested on sentences
other than the ones that showed the fault."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("녹색당은 2석을 지켰다.", "두 석을"),
        ("교섭단체까지 7석이 부족하다.", "일곱 석이"),
        ("군소 정당은 9석에 머물렀다.", "아홉 석에"),
        ("무소속은 1석, 기본소득당은 4석이었다.", "한 석, 기본소득당은 네 석"),
        ("여당은 164석을 얻었다.", "백육십사 석을"),
        ("비례 의석 23석이 배분됐다.", "이십삼 석이"),
        ("공연장은 1천500석 규모다.", "천오백 석"),
    ],
)
def test_seats_are_counted_natively_while_small(written: str, said: str) -> None:
    """Seats were always Sino-Korean (무소속 일 석, 육 석): a small count is said natively, 한 석,
    as news says it, and from 20 up in Sino-Korean."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("가람당 142석, 나래당 96석, 다솜당 8석, 무소속 2석으로 나뉘었다.", "팔 석, 무소속 이 석"),
        ("새빛당 5석, 한결당 3석을 얻었다.", "다섯 석, 한결당 세 석"),
    ],
)
def test_the_seats_of_one_tally_are_counted_alike(written: str, said: str) -> None:
    """A tally of seats with a count of 20 or more is all Sino-Korean, as a tally of votes is."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("1석3조의 정책이다.", "일석삼조의"),
        ("1가구1주택 원칙을 지킨다.", "일가구 일주택"),
    ],
)
def test_an_idiom_written_with_its_numbers_keeps_them_sino(written: str, said: str) -> None:
    """A counter glued to the next numbered word of an idiom or a name (1석3조) is no count of seats."""
    assert said.replace(" ", "") in normalize(written).replace(" ", "")
