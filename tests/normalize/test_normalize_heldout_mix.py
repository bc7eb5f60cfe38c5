"""Held-out news sentences and headlines that mix the phenomena of the dev set (counters,
money, dates and times, units, Hanja clippings, acronyms, scores, phone numbers) and their
interactions: every case passes, scored as the dev gate scores."""

from __future__ import annotations

from pathlib import Path

import gate_normalize

HELDOUT = Path(__file__).parent / "heldout_mix.tsv"


def test_heldout_mix_all_pass(capsys) -> None:  # type: ignore[no-untyped-def]
    rows = gate_normalize.read_gold(HELDOUT)
    assert len(rows) >= 300
    assert gate_normalize.main(["--dev", str(HELDOUT), "--failures", "50"]) == 0, capsys.readouterr().out
