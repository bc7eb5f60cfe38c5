"""Korean text normalization: written news text → what a newsreader says.

Public interface (other stages rely on it):

* :func:`normalize` — ``str`` → spoken ``str``.
* :func:`normalize_spans` — the spoken text plus, for every spoken span, the range of the
  source it came from.
* :func:`load_lexicon` — a user's ``written<TAB>spoken`` readings, which take precedence.

This first version reads the text as it is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsread.errors import InputError


@dataclass(frozen=True)
class Span:
    """``spoken[out_start:out_end]`` was read from ``source[src_start:src_end]``."""

    src_start: int
    src_end: int
    out_start: int
    out_end: int


@dataclass(frozen=True)
class Normalized:
    source: str
    spoken: str
    spans: tuple[Span, ...]


Lexicon = dict[str, str]


def load_lexicon(path: Path) -> Lexicon:
    """Read a ``written<TAB>spoken`` TSV (``#`` starts a comment line)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"lexicon {path} cannot be read: {exc}") from exc
    lex: Lexicon = {}
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        written, sep, spoken = line.partition("\t")
        if not sep or not written.strip():
            raise InputError(f"lexicon {path}, line {n}: expected written<TAB>spoken")
        lex[written.strip()] = spoken.strip()
    return lex


def normalize_spans(text: str, *, lexicon: Lexicon | None = None) -> Normalized:
    spoken = text
    for written, reading in (lexicon or {}).items():
        spoken = spoken.replace(written, reading)
    return Normalized(text, spoken, (Span(0, len(text), 0, len(spoken)),))


def normalize(text: str, *, lexicon: Lexicon | None = None) -> str:
    return normalize_spans(text, lexicon=lexicon).spoken
