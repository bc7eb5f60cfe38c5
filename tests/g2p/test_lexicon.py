"""The tensing lexicon: its data files and where its words apply."""

from __future__ import annotations

import pytest

from newsread.g2p import pronounce
from newsread.g2p.lexicon import Suffix, TenseLexicon, load, parse_word, tense_positions

from .tokens import kiwi_tokens

_tokens = kiwi_tokens


LEX = TenseLexicon(
    {"고기": (False, True), "방법": (False, False), "산불": (False, True)},
    {"법": Suffix(after_noun=True, end_min=3), "값": Suffix(after_noun=True, end_min=2)},
)


def test_data_files_load() -> None:
    lex = load()
    assert len(lex.words) >= 200
    assert lex.words["산불"] == (False, True)
    assert lex.words["영수증"] == (False, False, False)
    assert lex.suffixes["법"].end_min == 3


def test_parse_word_marks_the_tense_onsets() -> None:
    assert parse_word("물고기", "물꼬기") == (False, True, False)
    assert parse_word("눈빛", "눈삧") == (False, True)
    assert parse_word("건수", "껀쑤") == (True, True)


def test_a_listed_word_may_tense_its_first_onset_wherever_it_stands() -> None:
    # 件 is 껀 alone and as the first of 건수: after a vowel, a sonorant or at the start
    assert pronounce("조회 건수가 늘었다.") == "조회 껀쑤가 느럳따."
    assert pronounce("건수는 적다.") == "껀쑤는 적따."
    assert pronounce("처리 건수와 신청 건수를 비교했다.") == "처리 껀쑤와 신청 껀쑤를 비교핻따."


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("물고기", "물꼬끼기"),
        ("물고기", "물코기"),
        ("산불", "산뿔이"),
        ("과학", "콰학"),
        ("눈빛", "눈삗"),
        ("abc", "abc"),
    ],
)
def test_parse_word_refuses_anything_but_tensing(written: str, spoken: str) -> None:
    with pytest.raises(ValueError):
        parse_word(written, spoken)


def test_a_listed_word_applies_to_a_whole_morpheme_only() -> None:
    assert tense_positions(*_tokens(("고기", "NNG")), LEX) == {1}
    assert tense_positions(*_tokens(("불고기", "NNG")), LEX) == set()
    assert tense_positions(*_tokens(("고기", "NNG"), ("가", "JKS")), LEX) == {1}


def test_a_listed_word_may_span_noun_morphemes_but_not_a_particle() -> None:
    assert tense_positions(*_tokens(("산", "NNG"), ("불", "NNG"), ("이", "JKS")), LEX) == {1}
    assert tense_positions(*_tokens(("고", "NNG"), ("기", "JKS")), LEX) == set()
    assert tense_positions(*_tokens(("산", "NNG"), (" ", ""), ("불", "NNG")), LEX) == set()


def test_a_subject_particle_before_another_particle_is_read_as_a_noun() -> None:
    lex = TenseLexicon({"목표가": (False, False, True)}, {})
    assert tense_positions(*_tokens(("목표", "NNG"), ("가", "JKS"), ("는", "JX")), lex) == {2}
    assert tense_positions(*_tokens(("목표", "NNG"), ("가", "JKS"), ("이", "VCP"), ("었", "EP")), lex) == {2}
    assert tense_positions(*_tokens(("목표", "NNG"), ("가", "JKS")), lex) == set()
    assert tense_positions(*_tokens(("목표", "NNG"), ("가", "JKS"), (" ", ""), ("는", "JX")), lex) == set()
    assert tense_positions(*_tokens(("목표", "NNG"), ("가", "JKS"), ("높", "VA")), lex) == set()


def test_suffixes_after_a_noun_and_at_the_end_of_a_long_noun() -> None:
    assert tense_positions(*_tokens(("기름", "NNG"), ("값", "NNG")), LEX) == {2}
    assert tense_positions(*_tokens(("쌀값", "NNG")), LEX) == {1}
    assert tense_positions(*_tokens(("값", "NNG")), LEX) == set()
    assert tense_positions(*_tokens(("특별법", "NNG"), ("이", "JKS")), LEX) == {2}
    assert tense_positions(*_tokens(("형법", "NNG")), LEX) == set()  # two syllables: listed or not
    assert tense_positions(*_tokens(("김특별법", "NNP")), LEX) == set()  # not a proper noun


def test_a_suffix_may_apply_at_the_end_of_a_long_proper_noun() -> None:
    lex = TenseLexicon({}, {"법": Suffix(after_noun=True, end_min=3, name_min=4)})
    assert tense_positions(*_tokens(("서울고법", "NNP"), ("이", "JKS")), lex) == {3}
    assert tense_positions(*_tokens(("김영법", "NNP")), lex) == set()  # shorter than four
    assert load().suffixes["법"].name_min == 4


def test_a_listed_word_decides_over_a_suffix() -> None:
    assert tense_positions(*_tokens(("해결", "NNG"), ("방법", "NNG")), LEX) == set()


def test_a_suffix_after_a_one_syllable_noun_and_a_noun_tense_on_its_own() -> None:
    lex = TenseLexicon({}, {"적": Suffix(after_one=True), "건": Suffix(alone=True)})
    assert tense_positions(*_tokens(("사", "NNG"), ("적", "XSN")), lex) == {1}
    assert tense_positions(*_tokens(("개인", "NNG"), ("적", "XSN")), lex) == set()
    assert tense_positions(*_tokens(("세", "MM"), (" ", ""), ("건", "NNB")), lex) == {2}
    assert load().suffixes["적"].after_one
    assert load().suffixes["건"].alone


def test_a_head_of_two_syllables_tenses_its_first() -> None:
    lex = TenseLexicon({}, {"과장": Suffix(after_noun=True, end_min=4)})
    assert tense_positions(*_tokens(("교통", "NNG"), ("과장", "NNG"), ("은", "JX")), lex) == {2}
    assert tense_positions(*_tokens(("총무과장", "NNG")), lex) == {2}
    assert tense_positions(*_tokens(("과장", "NNG"), ("이", "JKS")), lex) == set()
    assert tense_positions(*_tokens(("허위", "NNG"), (" ", ""), ("과장", "NNG")), lex) == set()
    assert load().suffixes["과장"].end_min == 4


def test_a_listed_word_or_a_tense_head_applies_as_the_first_word_of_a_noun_kiwi_gives_whole() -> None:
    lex = TenseLexicon({"고기": (False, True)}, {"권": Suffix(after_noun=True, end_min=2)})

    def seams(word: str) -> frozenset[int]:
        return {"고기국": frozenset({2}), "증권가": frozenset({2}), "불고기": frozenset({1})}.get(word, frozenset())

    assert tense_positions(*_tokens(("고기국", "NNG")), lex, seams) == {1}  # 고기 + 국
    assert tense_positions(*_tokens(("증권가", "NNG")), lex, seams) == {1}  # 증권 + 가
    assert tense_positions(*_tokens(("고기국", "NNG")), lex) == set()  # without Kiwi's reading of it
    assert tense_positions(*_tokens(("불고기", "NNG")), lex, seams) == set()  # a later word: not
    assert tense_positions(*_tokens(("고기만두", "NNG")), lex, seams) == set()  # not read as 고기 + 만두


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a person before 과 and staff after it: the particle 'and', plain, whatever office comes first
        ("한빛소방서 소방관과 직원 30여 명이", "소방관과"),
        ("한빛경찰서 경찰관과 직원들이", "경찰관과"),
        ("구청 주민과 직원 간담회", "주민과"),
        ("시 의원과 직원들이", "의원과"),
        ("군청 군민과 공무원들이", "군민과"),
        ("시청 민원인과 직원 사이에", "미눠닌과"),
        ("세무서 납세자들과 직원들이", "납쎄자들과"),
        # a listed department between its office and its staff: 課, tense
        ("군청 농정과 직원들이", "농정꽈"),
        ("시청 건설과 공무원이", "건설꽈"),
        ("구청 세무과 주무관은", "세무꽈"),
        ("시 환경과 직원", "환경꽈"),
    ],
)
def test_only_a_listed_department_makes_its_과_a_department(written: str, spoken: str) -> None:
    assert spoken in pronounce(written).split()


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # any department between its office and its staff is 課, tense, listed or not
        ("한빛시청 세정과 직원들이", "꽈"),
        ("한빛시청 수질과 직원들이", "꽈"),
        ("한빛시청 부동산과 직원들이", "꽈"),
        ("한빛시청 안전과 직원들이", "꽈"),
        ("한빛시청 재난과 직원들이", "꽈"),
        ("한빛시청 감염병과 직원들이", "꽈"),
        ("한빛시청 자원과 직원들이", "꽈"),
        ("구청 건강증진과 직원", "꽈"),
        ("도청 식품안전과 공무원이", "꽈"),
        # a name Kiwi gives as two nouns or more is the department's whole name
        ("한빛시청 기업지원과 직원들이", "꽈"),
        ("한빛시청 교육지원과 직원들이", "꽈"),
        ("한빛시청 생활안전과 직원들이", "꽈"),
        ("한빛시청 재난안전과 직원들이", "꽈"),
        ("한빛시청 청소행정과 직원들이", "꽈"),
        ("한빛시청 건설행정과 직원들이", "꽈"),
        ("구청 교통행정과 직원들이", "꽈"),
        # ... and so is a name after a vowel that Kiwi gives as one noun ending in 과
        ("한빛시청 정보과 직원들이", "꽈"),
        ("구청 복지과 주무관이", "꽈"),
        ("군청 재무과 담당자는", "꽈"),
        ("시청 공간정보과 직원", "꽈"),
        ("한빛경찰서 정보과 형사들이", "꽈"),
        # but a noun ending in 과 with no office before it, or no staff after it, is no department
        ("정보과 직원들이", "과"),
        ("시청 복지과 앞에서", "과"),
        # a person, joined to the staff by 'and': the particle, plain
        ("한빛소방서 구급대원과 직원들이", "과"),
        ("구청 구청장과 직원들이", "과"),
        ("도청 도민과 공무원이", "과"),
        ("시청 과장과 직원들이", "과"),
        ("한빛경찰서 경찰관과 직원들이", "과"),
    ],
)
def test_a_department_is_any_name_but_a_persons_between_office_and_staff(written: str, said: str) -> None:
    assert [word[-1] for word in pronounce(written).split() if word[-1] in "과꽈"] == [said]


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # a police or fire rank, or an officer, joined to the detectives or the staff by 'and'
        ("경찰서 순경과 형사 두 명이", "과"),
        ("한빛경찰서 경감과 형사들이", "과"),
        ("경찰서 경장과 형사가", "과"),
        ("경찰서 수사관과 형사들이", "과"),
        ("한빛경찰서 총경과 직원들이", "과"),
        ("소방서 소방장과 직원들이", "과"),
        ("세무서 조사관과 직원", "과"),
        # ... while the detectives' own department is still 課
        ("경찰서 수사과 형사들이", "꽈"),
        ("한빛경찰서 형사과 직원들이", "꽈"),
    ],
)
def test_a_rank_before_과_and_the_detectives_is_a_person(written: str, said: str) -> None:
    assert [word[-1] for word in pronounce(written).split() if word[-1] in "과꽈"] == [said]


def test_a_name_kiwi_gives_whole_with_its_과_is_no_department_where_it_names_a_person() -> None:
    text, tokens = _tokens(("경찰서", "NNG"), (" ", ""), ("구급대원과", "NNG"), (" ", ""), ("직원", "NNG"))
    assert 8 not in tense_positions(text, tokens, load())
    text, tokens = _tokens(("경찰서", "NNG"), (" ", ""), ("정보과", "NNG"), (" ", ""), ("직원", "NNG"))
    assert 6 in tense_positions(text, tokens, load())
