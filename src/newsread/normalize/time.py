"""Clock times: ``15:30`` → 열다섯 시 삼십 분 (hours in native numerals, minutes Sino-Korean).

>>> read_clock(19, 45)
'열아홉 시 사십오 분'
>>> read_clock(9, 0)
'아홉 시'
"""

from __future__ import annotations

import re

from newsread.normalize.cardinal import digits, native, sino
from newsread.normalize.counter import large_sino

CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:]|,\d{3})", re.ASCII)


def hour(h: int) -> str:
    return native(h, bound=True) if 1 <= h <= 24 else sino(h)


def read_clock(h: int, m: int, s: int | None = None) -> str:
    out = f"{hour(h)} 시"
    if m or s:
        out += f" {sino(m)} 분"
    if s:
        out += f" {sino(s)} 초"
    return out


#: Words of a race around ``2:05:30`` that make it a finishing time, not the time of day.
_RACE = re.compile(r"기록|마라톤|완주|우승|결승|레이스|풀코스|하프|철인|구간|신기록|골인")


def read_duration(h: int, m: int, s: int) -> str:
    """A finishing time: 2:05:30 → 두 시간 오 분 삼십 초."""
    out = [f"{sino(h) if large_sino(h, '시간') else hour(h)} 시간"] if h else []
    out.append(f"{sino(m)} 분")
    if s:
        out.append(f"{sino(s)} 초")
    return " ".join(out)


#: The hundredths after minutes and seconds of a race time: 1:44.40, 3:42.71.
_HUNDREDTHS = re.compile(r"\.(\d{1,3})(?![\d.])", re.ASCII)


def match_clock(text: str, i: int, end: int) -> tuple[int, str] | None:
    mt = CLOCK.match(text, i, end)
    if not mt:
        return None
    h, m = int(mt.group(1)), int(mt.group(2))
    s = int(mt.group(3)) if mt.group(3) else None
    frac = _HUNDREDTHS.match(text, mt.end(), end) if s is None else None
    if frac and m < 60:
        # a race time in minutes, seconds and hundredths: 1:44.40 → 일 분 사십사 초 사공
        return frac.end(), f"{sino(h)} 분 {sino(m)} 초 {digits(frac.group(1), zero='공')}"
    if h > 24 or m > 59 or (s is not None and s > 59):
        return None
    if s is not None and _RACE.search(text, max(0, i - 20), min(end, mt.end() + 12)):
        return mt.end(), read_duration(h, m, s)
    return mt.end(), read_clock(h, m, s)
