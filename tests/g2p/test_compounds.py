"""Compounds split for the rules: the data file and where its entries apply."""

from __future__ import annotations

from types import SimpleNamespace

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


def test_morphemes_that_spell_a_listed_noun_written_together_are_read_as_it() -> None:
    lex = Compounds({"잔일": (1, 1), "물일": (1, 1)}, {})
    text, tokens = _tokens(("자", "VV"), ("ᆫ", "ETM"), ("일", "NNG"), ("을", "JKO"))
    tokens[1].start, tokens[2].start, tokens[3].start = 0, 1, 2  # ᆫ is inside 잔, as Kiwi gives it
    text = "잔일을"
    pieces = [(p.form, p.tag) for p in split_compounds(text, tokens, lex)]
    assert pieces == [("잔", "NNG"), ("일", "NNG"), ("을", "JKO")]
    text, tokens = _tokens(("물", "NNG"), ("이", "VCP"), ("ᆯ", "ETM"))
    tokens[1].start, tokens[2].start = 1, 1
    text = "물일"
    assert [p.form for p in split_compounds(text, tokens, lex)] == ["물", "일"]  # the word alone
    text, tokens = _tokens(("물", "NNG"), ("이", "VCP"), ("ᆯ", "ETM"), (" ", ""), ("것", "NNB"))
    tokens[1].start = tokens[2].start = 1
    tokens[3].start = 3
    text = "물일 것"
    assert [p.tag for p in split_compounds(text, tokens, lex)] == ["NNG", "VCP", "ETM", "NNB"]  # water, then 것
    text, tokens = _tokens(("잔", "NNG"), (" ", ""), ("일", "NNG"))
    assert [p.form for p in split_compounds(text, tokens, lex)] == ["잔", "일"]  # written apart: kept
    text, tokens = _tokens(("소", "NNG"), ("잔", "NNG"), ("일", "NNG"))
    assert [p.form for p in split_compounds(text, tokens, lex)] == ["소", "잔", "일"]  # not the start of a word


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


def test_a_proper_noun_is_split_where_yuk_follows_a_place() -> None:
    # a year that Kiwi gives as a name before a name (열린 이천이십육 신한 …), not 삼육 (三育)
    text, tokens = _tokens(("이천이십육", "NNP"), (" ", ""), ("삼육", "NNP"), (" ", ""), ("이육사", "NNP"))
    assert [(p.form, p.tag) for p in split_compounds(text, tokens, LEX)] == [
        ("이천이십", "NR"),
        ("육", "NR"),
        ("삼육", "NNP"),
        ("이육사", "NNP"),
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


_SEAMS = {
    "한국과학기술정보연구원": frozenset({2, 4, 6, 8}),
    "제주특별자치도": frozenset({2}),
    "특별자치도": frozenset({2, 4}),
    "일석이조": frozenset({1, 2, 3}),
    "도시철도": frozenset({2}),
    "김철수": frozenset({1}),
}


def _seams(word: str) -> frozenset[int]:
    return _SEAMS[word]


def _cut(*parts: tuple[str, str]) -> list[tuple[str, str]]:
    text, tokens = _tokens(*parts)
    return [(p.form, p.tag) for p in split_compounds(text, tokens, LEX, seams=_seams)]


def test_a_long_noun_is_cut_where_rieul_and_its_tensing_onset_belong_to_two_words() -> None:
    # 기술 + 정보: ㄹ + ㅈ across the seam is not tensed as inside a Sino-Korean word
    assert _cut(("한국과학기술정보연구원", "NNP"), ("에", "JKB")) == [
        ("한국과학기술", "NNP"),
        ("정보연구원", "NNP"),
        ("에", "JKB"),
    ]
    # a seam inside a long word of the reading is looked for in that word read on its own
    assert _cut(("제주특별자치도", "NNP")) == [("제주특별", "NNP"), ("자치도", "NNP")]


def test_a_noun_is_not_cut_inside_a_word_nor_beside_a_one_syllable_reading() -> None:
    assert _cut(("도시철도", "NNG")) == [("도시철도", "NNG")]  # 철도 is one word: 도시철또
    assert _cut(("일석이조", "NNG")) == [("일석이조", "NNG")]  # 일 + 석 is no reading of the idiom
    assert _cut(("김철수", "NNP")) == [("김철수", "NNP")]  # shorter than four syllables


def test_seams_are_asked_for_only_where_rieul_meets_a_tensing_onset() -> None:
    def refuse(word: str) -> frozenset[int]:
        raise AssertionError(word)

    text, tokens = _tokens(("국립중앙박물관", "NNP"), ("알자지라", "VV"))
    assert [p.form for p in split_compounds(text, tokens, LEX, seams=refuse)] == ["국립중앙박물관", "알자지라"]


def test_the_particle_ui_before_another_particle_is_the_last_syllable_of_the_noun() -> None:
    text, tokens = _tokens(("전공", "NNG"), ("의", "JKG"), ("가", "JKS"), (" ", ""), ("대회", "NNG"), ("의", "JKG"))
    assert [(p.form, p.tag) for p in split_compounds(text, tokens, LEX)] == [
        ("전공의", "NNG"),
        ("가", "JKS"),
        ("대회", "NNG"),
        ("의", "JKG"),  # a genitive before a space
    ]
    # a listed noun in 醫 is the noun before a space too (data/ui_nouns.txt)
    text, tokens = _tokens(("전공", "NNG"), ("의", "JKG"), (" ", ""), ("지원자", "NNG"))
    assert [p.form for p in split_compounds(text, tokens, LEX)] == ["전공의", "지원자"]


def _known(word: str) -> bool:
    return word in {"회의", "주의", "민주주의"}


def _oov(surface: str, tag: str = "NNG") -> SimpleNamespace:
    return SimpleNamespace(form=surface, tag=tag, start=0, len=len(surface), oov=True)


def test_the_particle_ui_is_split_off_a_noun_kiwi_does_not_know() -> None:
    text, tokens = "엔비디아의", [_oov("엔비디아의")]
    assert [(p.form, p.tag) for p in split_compounds(text, tokens, LEX, nouns=_known)] == [
        ("엔비디아", "NNG"),
        ("의", "JKG"),
    ]
    # not where the noun ends in a noun in 의 that Kiwi knows, nor in a noun it knows, nor without ``nouns``
    text, tokens = "디지털화상회의", [_oov("디지털화상회의")]
    assert [p.form for p in split_compounds(text, tokens, LEX, nouns=_known)] == ["디지털화상회의"]
    text, tokens = _tokens(("화상회의", "NNG"))
    assert [p.form for p in split_compounds(text, tokens, LEX, nouns=_known)] == ["화상회의"]
    text, tokens = "엔비디아의", [_oov("엔비디아의")]
    assert [p.form for p in split_compounds(text, tokens, LEX)] == ["엔비디아의"]


def test_two_one_syllable_sino_korean_nouns_before_yi_are_one_word() -> None:
    text, tokens = _tokens(("공중", "NNG"), ("급", "NNG"), ("유", "NNG"), ("기", "XSN"))
    assert [(p.form, p.tag) for p in split_compounds(text, tokens, LEX)] == [
        ("공중", "NNG"),
        ("급유", "NNG"),
        ("기", "XSN"),
    ]
    # a listed compound stays two (담요 → 담뇨), and so do nouns not before 이/야/여/요/유
    text, tokens = _tokens(("담", "NNG"), ("요", "NNG"))
    assert [p.form for p in split_compounds(text, tokens, Compounds({"담요": (1, 1)}, {}))] == ["담", "요"]
    text, tokens = _tokens(("급", "NNG"), ("수", "NNG"))
    assert [p.form for p in split_compounds(text, tokens, LEX)] == ["급", "수"]


def test_il_after_a_sino_korean_noun_is_a_day() -> None:
    text, tokens = _tokens(("기준", "NNG"), ("일", "NNG"), ("은", "JX"))
    assert [p.tag for p in split_compounds(text, tokens, LEX)] == ["NNG", "NNB", "JX"]
    text, tokens = _tokens(("막", "MAG"), ("일", "NNG"))
    assert [p.tag for p in split_compounds(text, tokens, LEX)] == ["MAG", "NNG"]
    text, tokens = _tokens(("집안", "NNG"), ("일", "NNG"))
    assert [p.tag for p in split_compounds(text, tokens, Compounds({"집안일": (2, 1)}, {}))] == ["NNG", "NNG"]


def test_a_common_noun_beside_a_title_that_starts_with_a_surname_in_rieul_is_a_name() -> None:
    text, tokens = _tokens(("기자", "NNG"), (" ", ""), ("설동훈", "NNG"))
    assert [p.tag for p in split_compounds(text, tokens, LEX)] == ["NNG", "NNP"]
    text, tokens = _tokens(("설정자", "NNG"), (" ", ""), ("씨", "NNB"))
    assert [p.tag for p in split_compounds(text, tokens, LEX)] == ["NNP", "NNB"]
    text, tokens = _tokens(("설정자", "NNG"), ("가", "JKS"))
    assert [p.tag for p in split_compounds(text, tokens, LEX)] == ["NNG", "JKS"]
    text, tokens = _tokens(("기자", "NNG"), (" ", ""), ("김동훈", "NNG"))
    assert [p.tag for p in split_compounds(text, tokens, LEX)] == ["NNG", "NNG"]


def test_one_out_in_baseball_is_a_noun_but_digits_after_a_point_are_numerals() -> None:
    text, tokens = _tokens(("회말", "NNG"), (" ", ""), ("일", "NR"), ("사", "NR"), (" ", ""), ("이", "NR"))
    assert [p.tag for p in split_compounds(text, tokens, LEX)] == ["NNG", "NR", "NNG", "NR"]
    text, tokens = _tokens(("점", "NNB"), (" ", ""), ("일", "NR"), ("사", "NR"))
    assert [p.tag for p in split_compounds(text, tokens, LEX)] == ["NNB", "NR", "NR"]
    text, tokens = _tokens(("일", "NR"), ("사", "NR"), ("칠", "NR"))
    assert [p.tag for p in split_compounds(text, tokens, LEX)] == ["NR", "NR", "NR"]
