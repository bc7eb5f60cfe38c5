"""newsread's Korean grapheme-to-phoneme conversion.

Two steps: :func:`pronounce` applies the standard pronunciation rules (with Kiwi's morphology
telling where morphemes meet) and returns the pronunciation spelled in Hangul
(``같이 → 가치``); :func:`phonemize` goes on to a voice's phoneme symbols through a table
kept as data in ``data/NAME.toml``.

    >>> pronounce("국물이 끓는다")
    '궁무리 끌른다'
"""

from __future__ import annotations

from newsread.g2p.analyse import Chunk, analyse
from newsread.g2p.phonemes import PhonemeTable, load_table
from newsread.g2p.phrasing import add_pauses
from newsread.g2p.rules import Options, apply

__all__ = ["Options", "PhonemeTable", "load_table", "phonemize", "pronounce"]


def pronounce(text: str, options: Options | None = None) -> str:
    """``text`` spelled as it is pronounced (Hangul in, Hangul out; the rest kept)."""
    items, syls, links = analyse(text)
    apply(syls, links, options or Options())
    return "".join(item.text if isinstance(item, Chunk) else item.text() for item in items)


def phonemize(text: str, table: str | PhonemeTable = "ja") -> str:
    """``text`` as the phoneme symbols of ``table`` (a table name or a loaded table)."""
    tab = load_table(table) if isinstance(table, str) else table
    items, syls, links = analyse(text)
    apply(syls, links, tab.rules)
    if tab.phrase_pauses is not None:
        items = add_pauses(items, *tab.phrase_pauses)
    return tab.render(items)
