"""Units after a number: ``42.195km`` → 사십이 점 일구오 킬로미터, ``3.4%p`` → 삼 점 사 퍼센트포인트.

The table is ``data/units.tsv`` (case-sensitive; the longest unit wins, and a Latin unit
must not run on into more Latin letters: ``10ms`` is not ``10m``).
"""

from __future__ import annotations

import re
from functools import cache

from newsread.normalize.data import table


@cache
def _unit_re() -> re.Pattern[str]:
    units = sorted(table("units.tsv"), key=len, reverse=True)
    alts = "|".join(re.escape(u) for u in units)
    return re.compile(rf"(?: ?)({alts})(?![A-Za-z])")


def match_unit(text: str, j: int, end: int) -> tuple[int, str] | None:
    """The unit written at ``text[j:]`` (one space allowed before it), as ``(end, spoken)``."""
    m = _unit_re().match(text, j, end)
    if not m:
        return None
    unit = m.group(1)
    if m.start(1) > j and not unit[0].isascii():
        return None
    return m.end(), table("units.tsv")[unit]
