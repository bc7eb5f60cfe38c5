"""Held-out news sentences, written without the G2P's output, pronounced exactly.

Each file is ``written<TAB>pronounced``, with an optional third column ``reading=variant`` for a word
the dictionary gives two readings of, where the G2P says the other one (금늉=그뮹: 금늉위원회는 or
그뮹위원회는).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsread.g2p import pronounce

FILES = (
    "heldout_sentences.tsv",
    "heldout_sentences2.tsv",
    "heldout_sentences3.tsv",
    "heldout_sentences4.tsv",
    "heldout_sentences5.tsv",
    "heldout_sentences6.tsv",
    "heldout_sentences7.tsv",
    "heldout_sentences8.tsv",
    "heldout_sentences9.tsv",
    "heldout_sentences10.tsv",
    "heldout_sentences11.tsv",
    "heldout_sentences12.tsv",
    "heldout_sentences13.tsv",
    "heldout_sentences14.tsv",
    "heldout_sentences15.tsv",
)


def _cases() -> list[tuple[str, str, str]]:
    cases = []
    for name in FILES:
        for line in Path(__file__).with_name(name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                written, spoken, *variant = line.split("\t")
                cases.append((written, spoken, variant[0] if variant else ""))
    return cases


CASES = _cases()


def test_the_files_are_large_and_their_variants_few() -> None:
    assert len(CASES) >= 900
    assert len({w for w, _, _ in CASES}) == len(CASES), "a sentence is listed twice"
    assert sum(bool(v) for _, _, v in CASES) <= len(CASES) // 10


@pytest.mark.parametrize(("written", "spoken", "variant"), CASES, ids=[w for w, _, _ in CASES])
def test_heldout_sentence(written: str, spoken: str, variant: str) -> None:
    accepted = {spoken}
    if variant:
        reading, other = variant.split("=")
        assert spoken.count(reading) == 1, "the variant names one reading in the sentence"
        accepted.add(spoken.replace(reading, other))
    assert pronounce(written) in accepted
