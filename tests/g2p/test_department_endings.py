"""A department's name that ends in a word of data/department_people.txt or of the staff, between its
office and its staff: 課, tense, where the name cannot be that person joined by 'and'; beside persons
that stay the particle."""

from __future__ import annotations

import pytest

from newsread.g2p import pronounce


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # a name ending in a vowel takes 와 as a particle: its 과 is a department's
        ("한빛경찰서 형사과 형사들이", "꽈"),
        ("한빛경찰서 형사과 직원들이", "꽈"),
        ("한빛경찰서 수사과 형사들이", "꽈"),
        ("한빛경찰서 교통과 직원들이", "꽈"),
        # a department named for those it serves or the body it runs, ending in a listed word
        ("한빛시청 자치경찰과 직원들이", "꽈"),
        ("한빛구청 노인장애인과 직원들이", "꽈"),
        ("한빛구청 전통시장과 직원들이", "꽈"),
        # persons, joined to the staff by 'and': the particle, plain
        ("한빛소방서 구급대원과 직원들이", "과"),
        ("한빛경찰서 경찰서장과 직원들이", "과"),
        ("한빛시청 시장과 직원들이", "과"),
        ("한빛구청 장애인과 직원들이", "과"),
        ("한빛경찰서 경찰과 직원들이", "과"),
    ],
)
def test_a_department_ending_in_a_persons_word(written: str, said: str) -> None:
    assert [word[-1] for word in pronounce(written).split() if word[-1] in "과꽈"] == [said]
