"""Dates: ``2025.10.9``, ``2025-10-09``, ``2025년 10월 9일`` and the month forms.

>>> month(6), month(10), month(3)
('유', '시', '삼')
>>> read_date("2025", "10", "9")
'이천이십오 년 시월 구 일'
"""

from __future__ import annotations

import re

from newsread.normalize.cardinal import sino

#: ``yyyy.mm.dd``, ``yyyy-mm-dd``, ``yyyy/mm/dd`` (spaces allowed after dots), optional final dot.
DATE = re.compile(r"(\d{4})(?:([./-]) ?(\d{1,2}) ?\2 ?(\d{1,2})(?!\d)\.?|\. ?(\d{1,2})\.(?![ ]?\d))", re.ASCII)


def month(n: int) -> str:
    """The number of a month: 유 for 6 and 시 for 10 (유월, 시월), otherwise Sino-Korean."""
    return {6: "유", 10: "시"}.get(n, sino(n))


def valid(m: int, d: int | None = None) -> bool:
    return 1 <= m <= 12 and (d is None or 1 <= d <= 31)


def read_date(y: str, m: str, d: str | None = None) -> str:
    out = f"{sino(int(y))} 년 {month(int(m))}월"
    if d is not None:
        out += f" {sino(int(d))} 일"
    return out


#: ``24.12.3``: a two-digit year with month and day, written with full stops.
SHORT_DATE = re.compile(r"([0-9]{2})\. ?([0-9]{1,2})\. ?([0-9]{1,2})(?![0-9])\.?")


#: The day of the week in brackets after a date: ``(금)`` is read 금요일.
WEEKDAY = re.compile(r" ?\(([월화수목금토일])\)")
#: ``3.15(금)``, ``12/24(화)``: month and day with the day of the week after them, as event
#: notices write a date; without the weekday ``3.15`` stays a decimal.
MONTH_DAY = re.compile(r"([0-9]{1,2})[./]([0-9]{1,2})\.?(?= ?\([월화수목금토일]\))")


def _with_weekday(text: str, j: int, end: int, said: str) -> tuple[int, str]:
    """``said`` (a date ending at ``text[j]``) with the weekday in brackets after it, if any."""
    w = WEEKDAY.match(text, j, end)
    return (w.end(), f"{said} {w.group(1)}요일") if w else (j, said)


def match_date(text: str, i: int, end: int) -> tuple[int, str] | None:
    md = MONTH_DAY.match(text, i, end)
    if md and valid(int(md.group(1)), int(md.group(2))) and (i == 0 or not text[i - 1].isdigit()):
        mo, d = int(md.group(1)), int(md.group(2))
        return _with_weekday(text, md.end(), end, f"{month(mo)}월 {sino(d)} 일")
    m = DATE.match(text, i, end)
    if not m:
        s = SHORT_DATE.match(text, i, end)
        if s and valid(int(s.group(2)), int(s.group(3))):
            return _with_weekday(text, s.end(), end, read_date(s.group(1), s.group(2), s.group(3)))
        return None
    if m.group(3):
        mo, d = int(m.group(3)), int(m.group(4))
        if not valid(mo, d):
            return None
        return _with_weekday(text, m.end(), end, read_date(m.group(1), m.group(3), m.group(4)))
    mo = int(m.group(5))
    if not valid(mo):
        return None
    return m.end(), read_date(m.group(1), m.group(5))
