"""Compounds split for the rules: the data file and where its entries apply."""

from __future__ import annotations

import pytest

from newsread.g2p.compounds import Compounds, Head, Piece, load, split_compounds

from .tokens import kiwi_tokens

_tokens = kiwi_tokens


LEX = Compounds(
    {"색연필": (1, 2), "직행열차": (2, 2)},
    {"역": Head(frozenset({"NNP"}), 3), "용": Head(frozenset({"XSN"}), 1)},
    {"서울": Head(frozenset({"NNP"}), 3)},
)


def test_data_file_loads() -> None:
    lex = load()
    assert lex.words["색연필"] == (1, 2)
    assert lex.heads["역"].tags == {"NNP"}
    assert lex.firsts["서울"].tags == {"NNP"}
    for word, lengths in lex.words.items():
        assert sum(lengths) == len(word) and len(lengths) >= 2


def test_a_listed_noun_is_split_into_its_parts() -> None:
    text, tokens = _tokens(("색연필", "NNG"), ("로", "JKB"))
    assert split_compounds(text, tokens, LEX) == [
        Piece("색", "NNG", 0, 1),
        Piece("연필", "NNG", 1, 2),
        Piece("로", "JKB", 3, 1),
    ]


def test_a_listed_word_that_is_not_a_noun_morpheme_is_kept() -> None:
    text, tokens = _tokens(("색연필", "XR"))
    assert split_compounds(text, tokens, LEX) == [Piece("색연필", "XR", 0, 3)]


@pytest.mark.parametrize(
    ("words", "pieces"),
    [
        (  # a head split off the end
            [("강남역", "NNP"), ("지역", "NNG"), ("역", "NNP")],
            [("강남", "NNP", 0, 2), ("역", "NNG", 2, 1), ("지역", "NNG", 4, 2), ("역", "NNP", 7, 1)],
        ),
        (  # a first part split off the start
            [("서울시", "NNP"), ("서울", "NNP"), ("서울시", "NNG")],
            [("서울", "NNP", 0, 2), ("시", "NNG", 2, 1), ("서울", "NNP", 4, 2), ("서울시", "NNG", 7, 3)],
        ),
    ],
)
def test_a_part_is_split_off_long_enough_morphemes_of_its_tags(
    words: list[tuple[str, str]], pieces: list[tuple[str, str, int, int]]
) -> None:
    spaced: list[tuple[str, str]] = []
    for word in words:
        spaced += [(" ", ""), word] if spaced else [word]
    text, tokens = _tokens(*spaced)
    assert split_compounds(text, tokens, LEX) == [Piece(*p) for p in pieces]


def test_a_listed_verb_stem_is_split_into_a_prefix_and_its_stem() -> None:
    text, tokens = _tokens(("설익", "VV"), ("다", "EF"))
    assert [(p.form, p.tag) for p in split_compounds(text, tokens)] == [("설", "XPN"), ("익", "VV"), ("다", "EF")]


def test_a_listed_adverb_is_split_into_nouns() -> None:
    text, tokens = _tokens(("일일이", "MAG"))
    assert [(p.form, p.tag) for p in split_compounds(text, tokens)] == [("일", "NNG"), ("일이", "NNG")]


def test_a_determiner_and_a_noun_that_spell_a_listed_word_are_read_as_nouns() -> None:
    text, tokens = _tokens(("한", "MM"), ("입", "NNG"), ("만", "JX"))
    assert [(p.form, p.tag) for p in split_compounds(text, tokens)] == [("한", "NNG"), ("입", "NNG"), ("만", "JX")]
    text, tokens = _tokens(("한", "MM"), (" ", ""), ("입", "NNG"))
    assert [p.tag for p in split_compounds(text, tokens)] == ["MM", "NNG"]  # written apart
    text, tokens = _tokens(("한", "MM"), ("이익", "NNG"))
    assert [p.tag for p in split_compounds(text, tokens)] == ["MM", "NNG"]  # not listed


def test_a_numeral_noun_is_split_before_each_yuk() -> None:
    text, tokens = _tokens(("삼천육", "NNG"), ("억육천", "NNG"), ("육백", "NNG"), ("오육", "NNP"))
    assert [(p.form, p.tag) for p in split_compounds(text, tokens, LEX)] == [
        ("삼천", "NR"),
        ("육", "NR"),
        ("억", "NR"),
        ("육천", "NR"),
        ("육백", "NNG"),
        ("오육", "NNP"),
    ]


def test_a_head_of_two_syllables_is_split_off() -> None:
    text, tokens = _tokens(("현실주의", "NNG"), (" ", ""), ("주의", "NNG"))
    assert [(p.form, p.tag) for p in split_compounds(text, tokens)] == [
        ("현실", "NNG"),
        ("주의", "NNG"),
        ("주의", "NNG"),
    ]


def test_a_head_alone_is_read_as_a_noun() -> None:
    text, tokens = _tokens(("영업", "NNG"), ("용", "XSN"), ("용", "NNG"))
    assert [p.tag for p in split_compounds(text, tokens, LEX)] == ["NNG", "NNG", "NNG"]
    text, tokens = _tokens(("영업", "NNG"), ("용", "XSV"))
    assert [p.tag for p in split_compounds(text, tokens, LEX)] == ["NNG", "XSV"]


@pytest.mark.parametrize(
    "line",
    [
        "색연필\t색+연",
        "색연필\t색연필",
        "+역\tNNP",
        "+역a\tNNP\t3",
        "+역\tNNP\tthree",
        "색연필\t색+연필\t!",
        "서울+\tNNP",
        "+\tNNP\t3",
    ],
)
def test_malformed_lines_are_refused(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsread.g2p.compounds as mod

    class Fake:
        def joinpath(self, name: str) -> Fake:
            return self

        def read_text(self, encoding: str) -> str:
            return line + "\n"

    monkeypatch.setattr("newsread.g2p.compounds.resources.files", lambda package: Fake())
    mod.load.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"compounds\.txt:1"):
            mod.load()
    finally:
        mod.load.cache_clear()
