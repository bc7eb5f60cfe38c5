"""Held-out numbers: news sentences whose gold was written apart from the normalizer, scored
as the dev gate scores (spoken Hangul only), every case required to pass."""

from __future__ import annotations

from pathlib import Path

from gate_normalize import read_gold, score

HELDOUT = Path(__file__).parent / "heldout_numbers.tsv"


def test_heldout_numbers_all_pass() -> None:
    rows = read_gold(HELDOUT)
    assert len(rows) >= 200
    passed, _cer, failures = score(rows)
    report = "\n".join(f"{written!r} -> {out!r}" for written, out in failures)
    assert passed == len(rows), report
