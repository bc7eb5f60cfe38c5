"""Where a newsreader takes a breath inside a long sentence: after a connective ending.

A clause that ends in a connective ending (``-고``, ``-며``, ``-면서``, ``-지만``, ``-는데``,
``-어서``, … listed in ``data/phrase_endings.txt``) closes an intonational phrase when more of the
sentence follows: ``국회는 오늘 본회의를 열고, 법안 스무 건을 처리했습니다``. A voice that reads
the whole sentence in one breath runs the clauses together; a short pause there is what a
newsreader does. No pause where the next word goes on with the predicate (``조사하고 있으며``,
``타고 번지면서``: one phrase; an adnominal such as ``강한 바람`` starts a new one), nor where
either side would be too short to stand alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsread.g2p.analyse import Chunk, Item
from newsread.g2p.rules import Syl, word_list

# a word that starts with one of these goes on with the predicate before it
_PREDICATES = {"VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA"}
PAUSE = ", "


def endings() -> frozenset[str]:
    """The connective endings after which a phrase may end."""
    return word_list("phrase_endings")


def _runs(items: Sequence[Item]) -> list[list[tuple[int, int]]]:
    """The words of ``items`` as (first, last) item indices, in runs between punctuation."""
    runs: list[list[tuple[int, int]]] = [[]]
    start: int | None = None
    for i, item in enumerate(items):
        if isinstance(item, Syl):
            if start is None:
                start = i
            continue
        if start is not None:
            runs[-1].append((start, i - 1))
            start = None
        if not item.text.isspace():
            runs.append([])
    if start is not None:
        runs[-1].append((start, len(items) - 1))
    return runs


def add_pauses(items: Sequence[Item], min_before: int, min_after: int) -> list[Item]:
    """``items`` with the spaces that end a phrase made pauses (``", "``).

    ``min_before``: the fewest words of the phrase that ends there; ``min_after``: the fewest
    words after it before the next punctuation or the end.
    """
    out = list(items)
    stops = endings()
    for words in _runs(out):
        since = 0
        for k, (_first, last) in enumerate(words[:-1]):
            since += 1
            prev, gap, nxt, nxt_end = out[last], out[last + 1], out[words[k + 1][0]], out[words[k + 1][1]]
            if (
                isinstance(prev, Syl)
                and isinstance(nxt, Syl)
                and isinstance(gap, Chunk)
                and gap.text.isspace()
                and prev.tag == "EC"
                and prev.form in stops
                and not prev.linked
                and (nxt.tag not in _PREDICATES or (isinstance(nxt_end, Syl) and nxt_end.tag == "ETM"))
                and since >= min_before
                and len(words) - k - 1 >= min_after
            ):
                out[last + 1] = Chunk(PAUSE)
                since = 0
    return out
