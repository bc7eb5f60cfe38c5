"""Held-out sentences on words that are not mainly numbers (Hanja in news, Latin acronyms and
names, mixed words, symbols, addresses, hashtags, emoticons, headline conventions): every case
passes, scored as the dev gate scores."""

from __future__ import annotations

from pathlib import Path

import gate_normalize

HELDOUT = Path(__file__).parent / "heldout_words.tsv"


def test_heldout_words_all_pass(capsys) -> None:  # type: ignore[no-untyped-def]
    rows = gate_normalize.read_gold(HELDOUT)
    assert len(rows) >= 200
    assert gate_normalize.main(["--dev", str(HELDOUT), "--failures", "50"]) == 0, capsys.readouterr().out
