"""Golden files, one per class: ``input<TAB>expected[|other accepted]``, compared on the
spoken Hangul only (spaces and punctuation ignored), as the project's scorer compares."""

from __future__ import annotations

from pathlib import Path

import pytest
from gate_normalize import passes, read_gold, strip_text

from newsread.normalize import normalize

GOLDEN = Path(__file__).parent / "golden"
CASES = [
    pytest.param(written, golds, id=f"{path.stem}:{n}")
    for path in sorted(GOLDEN.glob("*.tsv"))
    for n, (written, golds) in enumerate(read_gold(path), 1)
]


def test_enough_cases() -> None:
    assert len(CASES) >= 400
    assert {p.stem for p in GOLDEN.glob("*.tsv")} >= {
        "cardinal",
        "counter",
        "date",
        "time",
        "money",
        "measure",
        "telephone",
        "hanja",
        "latin",
        "symbol",
    }


@pytest.mark.parametrize(("written", "golds"), CASES)
def test_golden(written: str, golds: list[str]) -> None:
    out = normalize(written)
    assert passes(out, golds), f"{written!r} -> {out!r}; expected {strip_text(golds[0])!r}"
