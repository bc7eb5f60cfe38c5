"""The mapping onto Kokoro's symbols: every symbol it can produce is one the model knows."""

from __future__ import annotations

from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsread.engines.kokoro import load_vocab
from newsread.g2p import load_table, phonemize

VOCAB = set(load_vocab())
DATA = resources.files("newsread.g2p").joinpath("data")
TABLES = sorted(p.name[:-5] for p in DATA.iterdir() if p.name.endswith(".toml"))

hangul = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
text = st.text(st.one_of(hangul, hangul, hangul, st.sampled_from(" ,.?!·:;…\"'()-")), max_size=40)


@pytest.mark.parametrize("name", TABLES)
def test_table_symbols_are_in_the_vocab(name: str) -> None:
    assert load_table(name).symbols() <= VOCAB


@pytest.mark.parametrize("name", TABLES)
@settings(max_examples=150, deadline=None)
@given(text)
def test_any_hangul_maps_into_the_vocab(name: str, sample: str) -> None:
    out = phonemize(sample, name)
    assert set(out) <= VOCAB, sorted(set(out) - VOCAB)
    if any("가" <= ch <= "힣" for ch in sample):
        assert out.strip(" ,.?!…")


def test_every_syllable_maps_into_the_vocab() -> None:
    table = load_table("ja")
    syllables = "".join(chr(c) for c in range(0xAC00, 0xD7A4))
    for start in range(0, len(syllables), 2000):
        out = phonemize(" ".join(syllables[start : start + 2000 : 7]), table)
        assert set(out) <= VOCAB


def test_context_shapes_the_stops() -> None:
    # a plain stop is voiceless at the start and voiced between vowels; aspirates differ from both
    assert phonemize("바보", "ja").startswith("p")
    assert "b" in phonemize("바보", "ja")
    assert phonemize("파도", "ja") != phonemize("바도", "ja")
    assert phonemize("아까", "ja") != phonemize("아가", "ja")
    assert phonemize("오빠", "ja") != phonemize("오바", "ja")


def test_word_initial_aspirated_and_tense_onsets_carry_the_mark_and_still_palatalize() -> None:
    # the mark stands where a word starts high (코, 씨), not where it starts low (고) or inside a word
    assert phonemize("코스피", "ja").startswith("kʰˈo")
    assert "ˈ" not in phonemize("고스피", "ja")
    assert "ˈ" not in phonemize("아파트", "ja")
    assert phonemize("씨앗", "ja").startswith("ʔɕˈi")


def test_we_vowels_lose_their_glide_after_a_consonant_only() -> None:
    # 되, 괘, 궤 after a consonant as a plain e; 외, 왜, 웨 with nothing before keep the glide
    for word, start in [("됩니다", "te"), ("괴물", "ke"), ("쾌적", "kʰˈe"), ("궤도", "ke"), ("최고", "ʨʰˈe")]:
        assert phonemize(word, "ja").startswith(start), word
    for word in ("외국", "왜냐하면", "웨딩"):
        assert phonemize(word, "ja").startswith("we"), word
    # a silent ㅎ between vowels leaves no consonant before it: 교회 keeps the glide of 회
    assert "we" in phonemize("교회", "ja")
    # the other w-vowels keep it after a consonant: 관 is not 간
    assert phonemize("관광", "ja").startswith("kwa")
    assert phonemize("권리", "ja").startswith("kwɔ")


def test_unknown_table_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="ja"):
        load_table("no-such-table")
