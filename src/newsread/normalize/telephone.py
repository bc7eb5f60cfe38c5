"""Phone numbers and serial numbers, read digit by digit with 0 as 공.

>>> read_phone("02-123-4567")
'공이 일이삼 사오육칠'
>>> read_phone("1588-1234")
'일오팔팔 일이삼사'
>>> read_masked("010-****-5678")
'공일공 별표 네 개 오육칠팔'
"""

from __future__ import annotations

import re

from newsread.normalize.cardinal import digits, native
from newsread.normalize.data import table
from newsread.normalize.latin import spell

#: Korean phone numbers: area/mobile code + exchange + line, a 4-4 service number (15XX, 16XX and
#: 18XX: 1588-1234; none starts 17 or 19, so 1916-1956 is a span of years), or an area code
#: before a three-digit service number (02-120, the city's call centre).
PHONE = re.compile(
    r"(?:0\d{1,2}-1\d{2}|"
    r"0\d{1,2}[-. ]\d{3,4}[-. ]\d{4}|0\d{1,2}-\d{3,4}-\d{4}|1[568]\d{2}-\d{4}|0\d{1,2}\)\s?\d{3,4}-\d{4})"
    r"(?![\d-])",
    re.ASCII,
)
#: A number with its country code: +82-2-123-4567, +82 10-1234-5678, +1 212-555-1234.
INTERNATIONAL = re.compile(r"\+\d{1,3}[ -]\(?\d{1,4}\)?[ -]\d{3,4}[ -]\d{4}(?![\d-])", re.ASCII)
#: Digit groups joined by hyphens that are not a phone number (case numbers, codes).
SERIAL = re.compile(r"\d+(?:-\d+){2,}(?![\d])|\d{4,}-\d+(?![\d-])|\d+-\d{4,}(?![\d-])", re.ASCII)


def read_phone(s: str) -> str:
    """Each group of digits read digit by digit (0 → 공), groups separated by a space."""
    return " ".join(digits(g, zero="공") for g in re.findall(r"\d+", s))


read_serial = read_phone

#: The last digits of the last line of a block of numbers after the first one (~6, ~70).
LINE_SPAN = re.compile(r"~(\d{1,4})(?![\d-])", re.ASCII)


def read_span(number: str, tail: str) -> str:
    """A block of lines written as the first and the digits that end the last (02-2150-1234~6):
    the first read whole, then the last line, its ending digits put in place of the first's.

    >>> read_span("02-2150-1234", "6")
    '공이 이일오공 일이삼사에서 일이삼육'
    """
    line = re.findall(r"\d+", number)[-1]
    last = line[: len(line) - len(tail)] + tail
    return f"{read_phone(number)}에서 {digits(last, zero='공')}"


#: Digits joined by hyphens with some of them hidden: a phone number (010-****-5678,
#: 02-123-****, 010-XXXX-1234, 1544-XXXX), a resident registration number (900101-1******),
#: a card number (1234-56**-****-7890). At least one group shows digits and one hides some.
_MARK = "*●○◯"
MASKED = re.compile(
    rf"(?=[0-9X{_MARK}-]*[{_MARK}X])(?:[0-9]{{2,}}|[{_MARK}]{{2,}}|X{{3,}})"
    rf"(?:-(?:[0-9]+[{_MARK}]*|[0-9]*[{_MARK}]+|[0-9]*X{{3,}}))+(?![0-9A-Za-z{_MARK}-])",
    re.ASCII,
)
_RUN = re.compile(rf"[0-9]+|[{_MARK}]+|X+")


def read_masked(s: str) -> str:
    """``010-****-5678`` → 공일공 별표 네 개 오육칠팔: the hidden digits said as the marks
    that hide them (``data/phone_masks.tsv``), with their count; hidden Latin X spelled."""
    out = []
    runs: list[str] = []
    for run in _RUN.findall(s):
        if runs and run[0] in _MARK and runs[-1][0] == run[0]:
            runs[-1] += run  # one hidden stretch across a hyphen: 56**-****
        else:
            runs.append(run)
    for run in runs:
        if run.isdigit():
            out.append(digits(run, zero="공"))
        elif run[0] == "X":
            out.append(spell(run))
        else:
            out.append(f"{table('phone_masks.tsv')[run[0]]} {native(len(run), bound=True)} 개")
    return " ".join(out)


def read_international(s: str) -> str:
    """``+82-2-123-4567`` → 플러스 팔이 이 일이삼 사오육칠: the country code, then the groups."""
    return "플러스 " + read_phone(s)
