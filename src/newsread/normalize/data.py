"""The lexicons beside the code (``data/*.tsv``), loaded once on first use."""

from __future__ import annotations

from functools import cache
from importlib import resources


def _rows(name: str) -> list[list[str]]:
    text = resources.files("newsread.normalize").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if not line or (line.startswith("#") and not line.startswith("#\t")):
            continue  # a comment; "#<TAB>" is the row of the sign # itself (symbols.tsv)
        rows.append(line.split("\t"))
    return rows


@cache
def table(name: str) -> dict[str, str]:
    """``written → spoken`` from a two-column TSV (the spoken side is kept as written,
    spaces included: a reading of ``" "`` keeps a word break, an empty one drops)."""
    return {row[0]: (row[1] if len(row) > 1 else "") for row in _rows(name)}


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Every row of a TSV, in order (for a table whose first column may repeat)."""
    return tuple(tuple(row) for row in _rows(name))


@cache
def column(name: str, n: int) -> dict[str, str]:
    """``written → column n`` (0-based) for the rows of a TSV where that column is not empty."""
    return {row[0]: row[n] for row in _rows(name) if len(row) > n and row[n]}


@cache
def counters() -> dict[str, tuple[str, str | None]]:
    """``counter → (class, replacement or None)`` from ``counters.tsv``, and the name of every
    unit of ``units.tsv`` written in Hangul (2메가와트, 3캐럿 as 2MW is 이 메가와트): a unit said
    after its number in Sino-Korean numerals, a word apart."""
    out: dict[str, tuple[str, str | None]] = {}
    for row in _rows("counters.tsv"):
        out[row[0]] = (row[1], row[2] if len(row) > 2 and row[2] else None)
    for row in _rows("units.tsv"):
        name = row[1] if len(row) > 1 else ""
        if len(name) > 1 and all("가" <= c <= "힣" for c in name):
            out.setdefault(name, ("sino", None))
    return out


@cache
def roles(name: str = "counter_context.tsv") -> dict[str, frozenset[str]]:
    """``role → words`` from a ``word<TAB>role`` TSV."""
    out: dict[str, set[str]] = {}
    for row in _rows(name):
        out.setdefault(row[1], set()).add(row[0])
    return {k: frozenset(v) for k, v in out.items()}


def role_alternation(role: str) -> str:
    """The words of a role of ``counter_context.tsv`` as a regular expression's alternation, the
    longest first so that a word is not cut short by another it starts with."""
    return "|".join(sorted(roles()[role], key=len, reverse=True))


@cache
def joined_counters() -> frozenset[str]:
    """Counters of ``counters.tsv`` marked ``joined`` (or ``word``): counted only when written
    against the number."""
    return frozenset(row[0] for row in _rows("counters.tsv") if len(row) > 3 and row[3] in ("joined", "word"))


@cache
def word_counters() -> frozenset[str]:
    """Counters of ``counters.tsv`` marked ``word``: counted only when written against the number
    and ending the word, or before a particle (10전에, not 6·25전쟁)."""
    return frozenset(row[0] for row in _rows("counters.tsv") if len(row) > 3 and row[3] == "word")
