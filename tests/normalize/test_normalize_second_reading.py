"""Readings a word around a figure or a name decides, each kept to the class it was made for:
a place of two surnames, an arrow after a measure, a rate written once, a final -em, a phone
sign between two words, a period of a life."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # the second word is read as the given name: one marked a word in
        # romanized_surnames.tsv (Kong) keeps the pair English, a place
        ("Hong Kong 증시가 하락했다.", "홍 콩", "홍 공"),
        ("Hong Kong에서 열린 회의", "홍 콩에서", "홍 공"),
        ("Hong Kong 달러가 약세다.", "홍 콩 달러", "홍 공"),
        # a given name that is no word still reads as Korean
        ("Han Kang 작가가 수상했다.", "한 강", "캥"),
        ("Do Kwon 대표가 체포됐다.", "도 권", "퀀"),
        ("Song Kang 배우가 출연했다.", "송 강", "캥"),
    ],
)
def test_two_surnames_are_a_name_only_when_the_second_is_no_word(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out
