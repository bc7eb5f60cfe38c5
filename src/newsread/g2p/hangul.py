"""Hangul syllables as (onset, vowel, coda) compatibility jamo, and back.

The onset of a vowel-initial syllable is ``ㅇ``; a syllable without a coda has coda ``""``.
"""

from __future__ import annotations

ONSETS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
CODAS = (
    "",
    "ㄱ",
    "ㄲ",
    "ㄳ",
    "ㄴ",
    "ㄵ",
    "ㄶ",
    "ㄷ",
    "ㄹ",
    "ㄺ",
    "ㄻ",
    "ㄼ",
    "ㄽ",
    "ㄾ",
    "ㄿ",
    "ㅀ",
    "ㅁ",
    "ㅂ",
    "ㅄ",
    "ㅅ",
    "ㅆ",
    "ㅇ",
    "ㅈ",
    "ㅊ",
    "ㅋ",
    "ㅌ",
    "ㅍ",
    "ㅎ",
)

# a lenis onset and its tense counterpart (경음)
TENSE = {"ㄱ": "ㄲ", "ㄷ": "ㄸ", "ㅂ": "ㅃ", "ㅅ": "ㅆ", "ㅈ": "ㅉ"}

_BASE = 0xAC00
_LAST = 0xD7A3
_CODA_INDEX = {c: i for i, c in enumerate(CODAS)}


def is_syllable(ch: str) -> bool:
    """Whether ``ch`` is one precomposed Hangul syllable (가–힣)."""
    return len(ch) == 1 and _BASE <= ord(ch) <= _LAST


def split(ch: str) -> tuple[str, str, str]:
    """``'값'`` → ``('ㄱ', 'ㅏ', 'ㅄ')``."""
    n = ord(ch) - _BASE
    if not 0 <= n <= _LAST - _BASE:
        raise ValueError(f"not a Hangul syllable: {ch!r}")
    return ONSETS[n // 588], VOWELS[(n % 588) // 28], CODAS[n % 28]


def join(onset: str, vowel: str, coda: str = "") -> str:
    """``('ㄱ', 'ㅏ', 'ㅄ')`` → ``'값'``."""
    return chr(_BASE + ONSETS.index(onset) * 588 + VOWELS.index(vowel) * 28 + _CODA_INDEX[coda])
