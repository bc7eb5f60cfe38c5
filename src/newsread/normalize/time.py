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


def read_minutes(m: int, s: int) -> str:
    """Minutes and seconds counted: 2:07 → 이 분 칠 초, 10:00 → 십 분, 0:03 → 삼 초."""
    if not m and s:
        return f"{sino(s)} 초"
    return f"{sino(m)} 분" + (f" {sino(s)} 초" if s else "")


def read_duration(h: int, m: int, s: int) -> str:
    """A finishing time: 2:05:30 → 두 시간 오 분 삼십 초 (and 1:00:00 → 한 시간)."""
    out = [f"{sino(h) if large_sino(h, '시간') else hour(h)} 시간"] if h else []
    if m or not (h and not s):
        out.append(f"{sino(m)} 분")  # whole hours are said alone: 1:00:00 → 한 시간
    if s:
        out.append(f"{sino(s)} 초")
    return " ".join(out)


#: A launch's clock before the time, T+ or T-: what follows is the time elapsed or left.
_ELAPSED_BEFORE = re.compile(r"(?<![A-Za-z])T ?[+−-] ?$")

#: The hundredths after minutes and seconds of a race time: 1:44.40, 3:42.71.
_HUNDREDTHS = re.compile(r"\.(\d{1,3})(?![\d.])", re.ASCII)


def match_clock(text: str, i: int, end: int) -> tuple[int, str] | None:
    mt = CLOCK.match(text, i, end)
    if not mt:
        return None
    h, m = int(mt.group(1)), int(mt.group(2))
    s = int(mt.group(3)) if mt.group(3) else None
    if _ELAPSED_BEFORE.search(text, max(0, i - 4), i) and m < 60 and (s is None or s < 60):
        # the time elapsed since a launch, after T+ or T-: T+2:07 → 이 분 칠 초, T+1:02:30 → 한
        # 시간 이 분 삼십 초
        if s is not None:
            return unit_after(text, mt.end(), s), read_duration(h, m, s)
        return unit_after(text, mt.end(), 0), read_minutes(h, m)
    frac = _HUNDREDTHS.match(text, mt.end(), end)
    if frac and s is None and m < 60:
        # a race time in minutes, seconds and hundredths: 1:44.40 → 일 분 사십사 초 사공
        return frac.end(), f"{sino(h)} 분 {sino(m)} 초 {digits(frac.group(1), zero='공')}"
    if h > 24 or m > 59 or (s is not None and s > 59):
        return None
    if s is not None and frac:
        # hours, minutes, seconds and hundredths are a finishing time wherever they stand:
        # 1:23:45.67 → 한 시간 이십삼 분 사십오 초 육칠
        return frac.end(), f"{read_duration(h, m, s or 0)}{'' if s else ' 영 초'} {digits(frac.group(1), zero='공')}"
    if s is not None and _RACE.search(text, max(0, i - 20), min(end, mt.end() + 12)):
        return unit_after(text, mt.end(), s), read_duration(h, m, s)
    return unit_after(text, mt.end(), s), read_clock(h, m, s)


def unit_after(text: str, k: int, s: int | None) -> int:
    """Where a clock time that ends at ``k`` ends with the unit of its last figure written
    after it as well (9:30분, 2:05:30초), which its reading already says: past that unit."""
    return k + 1 if text.startswith("분" if s is None else "초", k) else k
