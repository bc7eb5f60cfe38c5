"""Korean text normalization: written news text → what a newsreader says.

Public interface (other stages rely on it):

* :func:`normalize` — ``str`` → spoken ``str``.
* :func:`normalize_spans` — the spoken text plus, for every spoken span, the range of the
  source it came from.
* :func:`load_lexicon` — a user's ``written<TAB>spoken`` readings, which take precedence.

One module per class of what is read: :mod:`.cardinal` (numbers), :mod:`.counter`,
:mod:`.date`, :mod:`.time`, :mod:`.money`, :mod:`.measure`, :mod:`.telephone`,
:mod:`.hanja`, :mod:`.latin`, :mod:`.symbol`; :mod:`.engine` finds the pieces and puts the
result together. The lexicons are TSV files in ``data/``.

>>> normalize("학생 12명이 2025년 10월 9일 GPU 26만장을 받았다.")
'학생 열두 명이 이천이십오 년 시월 구 일 지피유 이십육만 장을 받았다.'
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from newsread.errors import InputError
from newsread.normalize.engine import convert, needs_work
from newsread.normalize.latin import story

__all__ = ["Lexicon", "Normalized", "Span", "load_lexicon", "normalize", "normalize_spans", "story"]

log = logging.getLogger(__name__)

_CLOSERS = ".,!?:;)]}'\"”’」』》〉】…"
_OPENERS = "([{'\"“‘「『《〈【"


@dataclass(frozen=True)
class Span:
    """``spoken[out_start:out_end]`` was read from ``source[src_start:src_end]``.

    Spans come in order and cover both the spoken text and the source without gaps. Text
    copied unchanged has ``out_end - out_start == src_end - src_start`` and maps character
    for character; a span whose source was dropped (a Hanja gloss, an unspeakable
    character) has ``out_start == out_end``.
    """

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
    except UnicodeDecodeError as exc:
        raise InputError(f"lexicon {path} is not UTF-8 text; save it as a UTF-8 written<TAB>spoken file") from exc
    except OSError as exc:
        why = (exc.strerror or str(exc)).lower()
        raise InputError(f"lexicon {path} cannot be read ({why}); give a UTF-8 written<TAB>spoken file") from exc
    lex: Lexicon = {}
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != 2 or not all(cells):
            # a missing reading would drop the word unsaid; a third column would be read as part of it
            raise InputError(f"lexicon {path}, line {n}: expected written<TAB>spoken, two cells with one tab between")
        lex[cells[0]] = cells[1]
    return lex


def _describe(chars: list[str]) -> str:
    seen: dict[str, None] = dict.fromkeys(chars)
    out = []
    for c in seen:
        code = f"U+{ord(c):04X}"
        out.append(code if (0xD800 <= ord(c) <= 0xDFFF or not c.isprintable()) else f"{c} ({code})")
    return ", ".join(out)


def _closes(t: str, e: int) -> bool:
    """Whether the mark ``t[e]`` of _CLOSERS closes what is before it. A straight quote closes
    only one opened on its line (서울→'부산' opens one: 서울에서 '부산'), not counting the
    apostrophe of a year cut to two digits ('23년 100만 원→'25년 → 에서 이십오 년)."""
    c = t[e]
    if c not in "'\"":
        return True
    if c == "'" and t[e + 1 : e + 2].isdigit():
        return False
    line = t[t.rfind("\n", 0, e) + 1 : e]
    marks = sum(1 for k, d in enumerate(line) if d == c and not (c == "'" and line[k + 1 : k + 2].isdigit()))
    return marks % 2 == 1


def _assemble(t: str, edits: list[tuple[int, int, str]], spans: list[Span] | None) -> str:
    """The spoken text from the prepared text and its edits (appending to ``spans`` if given).
    A reading that starts or ends with a space loses it next to a space, an opening or closing
    mark, or the end of the text."""
    parts: list[str] = []
    pos = 0
    opos = 0
    last = ""
    n = len(t)
    for s, e, rep in edits:
        if s > pos:
            parts.append(t[pos:s])
            if spans is not None:
                spans.append(Span(pos, s, opos, opos + s - pos))
            opos += s - pos
            last = t[s - 1]
        if rep.startswith(" ") and (not last or last.isspace() or last in _OPENERS):
            rep = rep.lstrip(" ")
        if rep.endswith(" ") and (e >= n or t[e].isspace() or (t[e] in _CLOSERS and _closes(t, e))):
            rep = rep.rstrip(" ")
        parts.append(rep)
        if spans is not None:
            spans.append(Span(s, e, opos, opos + len(rep)))
        opos += len(rep)
        if rep:
            last = rep[-1]
        pos = e
    if n > pos:
        parts.append(t[pos:])
        if spans is not None:
            spans.append(Span(pos, n, opos, opos + n - pos))
    return "".join(parts)


def _warn(dropped: list[str]) -> None:
    if dropped:
        log.warning("dropped characters that cannot be spoken: %s", _describe(dropped))


def normalize_spans(text: str, *, lexicon: Mapping[str, str] | None = None) -> Normalized:
    """Normalize ``text`` and map every spoken span back to its source range."""
    if not lexicon and not needs_work(text):
        return Normalized(text, text, (Span(0, len(text), 0, len(text)),) if text else ())
    t, edits, dropped = convert(text, lexicon)
    spans: list[Span] = []
    spoken = _assemble(t, edits, spans)
    _warn(dropped)
    return Normalized(text, spoken, tuple(spans))


def normalize(text: str, *, lexicon: Mapping[str, str] | None = None) -> str:
    """The spoken form of ``text`` (see :func:`normalize_spans`)."""
    if not lexicon and not needs_work(text):
        return text
    t, edits, dropped = convert(text, lexicon)
    spoken = _assemble(t, edits, None)
    _warn(dropped)
    return spoken
