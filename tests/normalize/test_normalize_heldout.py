"""Sentences whose gold was written apart from the normalizer and committed before it read them
(numbers; words that are not mainly numbers: Hanja, acronyms, English, symbols; a mix in the dev
set's proportions; a second mix from the news domains the first covers thinly; a second round of
numbers in technical and unusual shapes; lines that are not sentences: headlines, lists, table
rows, symbols), scored as the dev gate scores (spoken Hangul only):
every case passes."""

from __future__ import annotations

from pathlib import Path

import pytest
from gate_normalize import read_gold, score

HERE = Path(__file__).parent


@pytest.mark.parametrize(
    "name",
    [
        "heldout_numbers",
        "heldout_words",
        "heldout_mix",
        "heldout_words2",
        "heldout_mix2",
        "heldout_numbers2",
        "heldout_lines",
        "heldout_words3",
        "heldout_mix3",
        "heldout_mix4",
        "heldout_mix5",
        "heldout_mix6",
        "heldout_mix7",
        "heldout_mix8",
        "heldout_mix9",
        "heldout_mix10",
        "heldout_mix11",
        "heldout_mix12",
        "heldout_mix13",
    ],
)
def test_every_held_out_sentence_is_read_right(name: str) -> None:
    rows = read_gold(HERE / f"{name}.tsv")
    assert len(rows) >= 200
    passed, _cer, failures = score(rows)
    report = "\n".join(f"{written!r} -> {out!r}" for written, out in failures)
    assert passed == len(rows), report


def test_every_held_out_colon_clock_and_span_is_read_right() -> None:
    # a smaller set of one family of shapes: figures joined by colons and spans of clock times
    rows = read_gold(HERE / "heldout_clock.tsv")
    assert len(rows) >= 40
    passed, _cer, failures = score(rows)
    report = "\n".join(f"{written!r} -> {out!r}" for written, out in failures)
    assert passed == len(rows), report


#: The sentences of the noticed-item sets still read wrong: a name in capitals said as a word only
#: where a gloss in Hangul stands beside it, here with none in the sentence (신형 ARC 9도 is read
#: 에이알씨 나인, where the set's gold says 아크 나인); a plural s after n, said 스 as Korean writes
#: most names (Cleveland Guardians 가디언스), where the film's title writes 즈 (가디언즈 오브 갤럭시).
_STILL_WRONG = {"heldout_left19": ("ARC 9",), "heldout_left23": ("Guardians",)}


@pytest.mark.parametrize(
    "name",
    [
        "heldout_left16",
        "heldout_left17",
        "heldout_left18",
        "heldout_left19",
        "heldout_left20",
        "heldout_left21",
        "heldout_left22",
        "heldout_left23",
        "heldout_left24",
    ],
)
def test_every_noticed_item_set_is_read_right(name: str) -> None:
    # the smaller sets written blind for the items noticed in earlier rounds, each of one family
    rows = read_gold(HERE / f"{name}.tsv")
    assert len(rows) >= 30
    _passed, _cer, failures = score(rows)
    known = _STILL_WRONG.get(name, ())
    wrong = [(written, out) for written, out in failures if not any(k in written for k in known)]
    assert not wrong, "\n".join(f"{written!r} -> {out!r}" for written, out in wrong)
    assert len(failures) == len(known), "a sentence said to be still wrong is read right now: update _STILL_WRONG"
