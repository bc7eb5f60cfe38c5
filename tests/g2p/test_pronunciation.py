"""Golden cases for the standard pronunciation rules (pronunciation.tsv, one case a line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsread.g2p import Options, pronounce
from newsread.g2p.hangul import is_syllable, join, split

GOLDEN = Path(__file__).with_name("pronunciation.tsv")


def _cases() -> list[tuple[str, str]]:
    cases = []
    for line in GOLDEN.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            written, spoken = line.split("\t")
            cases.append((written, spoken))
    return cases


CASES = _cases()


def test_golden_file_is_large_enough() -> None:
    assert len(CASES) >= 200
    assert len({w for w, _ in CASES}) == len(CASES), "a case is listed twice"


@pytest.mark.parametrize(("written", "spoken"), CASES, ids=[w for w, _ in CASES])
def test_pronunciation(written: str, spoken: str) -> None:
    assert pronounce(written) == spoken


def test_text_other_than_hangul_is_kept() -> None:
    assert pronounce("국물, 그리고 AI!") == "궁물, 그리고 AI!"


def test_a_pause_blocks_the_rules() -> None:
    assert pronounce("밥, 물") == "밥, 물"
    assert pronounce("밥 물") == "밤 물"


def test_empty() -> None:
    assert pronounce("") == ""


def test_syllables_round_trip() -> None:
    for code in range(0xAC00, 0xD7A4, 37):
        ch = chr(code)
        assert is_syllable(ch)
        assert join(*split(ch)) == ch
    assert not is_syllable("a")
    with pytest.raises(ValueError):
        split("a")


def test_words_can_be_kept_apart() -> None:
    apart = Options(across_words=False)
    assert pronounce("십 원", apart) == "십 원"
    assert pronounce("옷 한 벌", apart) == "옫 한 벌"
    assert pronounce("할 것을", apart) == "할 꺼슬"  # the adnominal ㄹ still tenses the next word
    assert pronounce("할 일", apart) == "할 일"  # but inserts nothing
    assert pronounce("못 잊어", apart) == "몯 이저"
    assert pronounce("먹는 밥", apart) == "멍는 밥"


def test_the_genitive_particle_can_keep_its_vowel() -> None:
    assert pronounce("서울의 하늘") == "서우레 하늘"
    assert pronounce("서울의 하늘", Options(genitive="의")) == "서우릐 하늘"


def test_the_seams_of_a_long_noun_are_kiwis_reading_of_it_on_its_own() -> None:
    from newsread.g2p.analyse import _seams

    assert 6 in _seams("한국과학기술정보연구원")  # 한국 + 과학 + 기술 | 정보 + 연구원
    assert 2 in _seams("생활지원사")  # a noun Kiwi does not know: 생활 | 지원 + 사


def test_the_probe_sentences_are_pronounced_syllable_for_syllable() -> None:
    # the sentences written to probe the hard cases (probe_sentences.txt), as the pipeline reads them
    from newsread.normalize import normalize

    probe = Path(__file__).with_name("probe_sentences.txt").read_text(encoding="utf-8")
    sentences = [line for line in probe.splitlines() if line.strip() and not line.startswith("#")]
    assert len(sentences) >= 60
    for sentence in sentences:
        spoken = normalize(sentence)
        said = pronounce(spoken)
        assert [is_syllable(ch) for ch in said] == [is_syllable(ch) for ch in spoken], sentence
        assert said.count(" ") == spoken.count(" "), sentence
