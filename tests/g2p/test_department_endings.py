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
        # listed departments' names, and a longer person's word that ends in one of their ends
        ("한빛구청 어르신장애인과 주무관이", "꽈"),
        ("한빛시청 외국인주민과 공무원이", "꽈"),
        ("한빛시청 자치경찰관과 직원들이", "과"),
        ("한빛구청 시각장애인과 직원들이", "과"),
        ("한빛시청 청원경찰과 직원들이", "과"),
        ("한빛구청 구조대원과 직원들이", "과"),
        # a name that opens with a prefix Kiwi splits off (소 + 상공인), listed, and the people it names
        ("한빛시청 소상공인과 직원들이", "꽈"),
        ("누리군청 소상공인과 주무관이", "꽈"),
        ("한빛구청 상공인과 직원들이", "과"),
        # people of a trade or field joined to the staff: the particle
        ("한빛군청 농업인과 직원들이", "과"),
        ("누리군청 비농업인과 공무원들이", "과"),
        ("한빛시청 어업인과 직원들이", "과"),
        ("한빛도청 예술인과 직원들이", "과"),
    ],
)
def test_a_department_ending_in_a_persons_word(written: str, said: str) -> None:
    assert [word[-1] for word in pronounce(written).split() if word[-1] in "과꽈"] == [said]


def test_longest_ending() -> None:
    from newsread.g2p.lexicon import _longest_ending

    words = ("장애인", "노인장애인", "계")
    assert _longest_ending("노인장애인", words) == 5
    assert _longest_ending("시각장애인", words) == 3
    assert _longest_ending("관계", words) == 0  # a one-syllable word is no ending of another noun
    assert _longest_ending("계", words) == 1


def test_small_business_owners_and_staff_with_no_office_before_them_keep_the_particle() -> None:
    assert "소상공인과 " in pronounce("소상공인과 직원들이 함께 참석했다.")
