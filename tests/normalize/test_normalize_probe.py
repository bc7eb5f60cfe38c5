"""The probe sentences (``probe_sentences.txt``: news sentences written to probe the rules,
dense in numbers, units, dates, Latin and Hanja) are read to Hangul and punctuation only,
and reading the spoken form again changes nothing. What each should say is checked in the
golden files; this keeps every one of them speakable."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from newsread.normalize import normalize

PROBES = [
    line
    for line in (Path(__file__).parent / "probe_sentences.txt").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
#: What a spoken sentence may hold: Hangul, spaces and the punctuation kept for pauses.
SPOKEN = re.compile(r"[가-힣\s.,!?'\"“”‘’()「」『』《》〈〉…:;\[\]【】{}~\-/\\_]*")


def test_enough_probes() -> None:
    assert len(PROBES) >= 150


@pytest.mark.parametrize("written", PROBES)
def test_probe_is_spoken(written: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR)
    out = normalize(written)
    assert SPOKEN.fullmatch(out), (written, out)
    assert normalize(out) == out, (written, out)
