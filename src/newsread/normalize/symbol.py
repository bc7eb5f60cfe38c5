"""Symbols and characters outside the other classes: read (``%`` → 퍼센트), kept as
punctuation, or dropped (bullets silently, unspeakable characters with a warning).

:data:`PRE` maps look-alike characters onto the ones the rules know, one for one, so
offsets into the source stay valid: full-width forms, minus and wave-dash variants,
middle-dot variants, accented Latin letters.
"""

from __future__ import annotations

import re
import unicodedata

from newsread.normalize.cardinal import sino
from newsread.normalize.data import table


def _build_pre() -> dict[int, str]:
    pre: dict[int, str] = {}
    for o in range(0xFF01, 0xFF5F):
        pre[o] = chr(o - 0xFEE0)
    pre[0x3000] = " "
    for c in "\u2212\u2010\u2011\ufe63":
        pre[ord(c)] = "-"
    for c in "\u223c\u301c\u2053\uff5e":
        pre[ord(c)] = "~"
    for c in "\u318d\u30fb\u2027\uff65":
        pre[ord(c)] = "·"
    for o in range(0x2080, 0x208A):
        pre[o] = chr(o - 0x2080 + 48)  # a subscript digit is a digit: CO₂ is CO2
    pre[0x2B06] = "↑"  # ⬆ and ⬇ (often with an emoji selector after them) are the arrows
    pre[0x2B07] = "↓"
    pre[0x00B5] = "μ"
    pre[0x00A0] = " "
    for o in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFKD", chr(o))[:1]
        if base.isascii() and base.isalpha():
            pre[o] = base
    for c, base in zip("øØłŁıđĐ", "oOlLidD", strict=True):
        pre[ord(c)] = base  # letters with a stroke, which NFKD leaves whole: Støre, Łódź, Kılıç
    for c, base in zip("æÆœŒßðÐþÞ", "aAoOsdDtT", strict=True):
        pre[ord(c)] = base  # joined and other letters NFKD leaves whole: Klæbo, Œuvre, Strauß, Þór
    return pre


PRE = _build_pre()
#: Invisible formatting characters dropped without a warning.
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def _vulgar_fractions() -> dict[str, str]:
    """Every fraction written as one sign (½, ⅓, ⅕, ⅞, ⅒), said as its numerator over its
    denominator reads (오분의 일, 팔분의 칠); not ↉ (zero thirds) or ⅟ (a numerator alone)."""
    out = {}
    for c in "½¼¾" + "".join(chr(k) for k in range(0x2150, 0x215F)):
        num, _, den = unicodedata.normalize("NFKC", c).partition("⁄")
        if num.isdigit() and den.isdigit() and int(num) > 0:
            out[c] = f"{sino(int(den))}분의 {sino(int(num))}"
    return out


#: Fractions written as one character (also after a whole number: 7⅓ → 칠과 삼분의 일, ⅘ → 오분의 사).
FRACTIONS = _vulgar_fractions()
#: The same signs, for a character class of a pattern.
FRACTION_SIGNS = "".join(FRACTIONS)


#: A power written in superscript: ``10⁻³``, ``x²``, ``cm³``.
SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_POWER = re.compile(f"([⁺⁻]?)([{SUPERSCRIPT}]+)")
#: Powers said by name: 제곱 (square) and 세제곱 (cube).
POWER_NAMES = {"²": "제곱", "³": "세제곱"}


#: A power written after a caret: ``10^6``, ``2^-3``.
_CARET = re.compile(r"\^(-?)([0-9]{1,3})(?![0-9])")


def match_power(text: str, j: int, end: int) -> tuple[int, str, bool] | None:
    """The power at ``text[j:]``, in superscript or after a caret, as ``(end, spoken, named)``:
    ``²`` → 제곱, ``⁻³`` and ``^-3`` → 마이너스 삼 승 (``named`` is False: said after 의). A
    lone ``¹`` is a footnote mark, not a power."""
    m = _POWER.match(text, j, end)
    if m and m.group() != "¹":
        n = int("".join(str(SUPERSCRIPT.index(c)) for c in m.group(2)))
        return (m.end(), *_power(n, negative=m.group(1) == "⁻"))
    c = _CARET.match(text, j, end)
    if c:
        return (c.end(), *_power(int(c.group(2)), negative=c.group(1) == "-"))
    return None


def _power(n: int, *, negative: bool) -> tuple[str, bool]:
    """The spoken power ``n`` and whether it is said by name (제곱, 세제곱)."""
    if not negative and n in (2, 3):
        return POWER_NAMES["²" if n == 2 else "³"], True
    return f"{'마이너스 ' if negative else ''}{sino(n)} 승", False


def read_symbol(c: str) -> tuple[str, bool]:
    """``(spoken, spoken_ok)`` for one character no other rule took. ``spoken_ok`` is False
    when the character cannot be spoken and is dropped (the caller warns)."""
    sym = table("symbols.tsv")
    if c in sym:
        return sym[c], True
    if c in FRACTIONS:
        return FRACTIONS[c], True
    unit = table("units.tsv").get(c)
    if unit is not None and not c.isascii():
        return unit, True  # a unit sign without its number: ㎥당 → 세제곱미터당
    if c in SUPERSCRIPT or c in "⁺⁻":
        return "", True  # a footnote mark (a power after a number or letter is read before)
    cat = unicodedata.category(c)
    if cat[0] == "P":
        return c, True
    if cat == "Zs":
        return " ", True
    if c in "\t\n\r":
        return c, True
    if c in INVISIBLE or cat == "Mn" or cat == "Me":
        return "", True
    if cat[0] == "N":
        try:
            v = unicodedata.numeric(c)
        except (TypeError, ValueError):
            return "", False
        if v == int(v) and v >= 0:
            return sino(int(v)), True
        return "", False
    return "", False
