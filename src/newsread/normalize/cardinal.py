"""Reading numbers: Sino-Korean cardinals, native numerals, digits and decimals.

>>> sino(25000)
'이만 오천'
>>> sino(10000)
'만'
>>> native(20, bound=True)
'스무'
>>> decimal("42.195")
'사십이 점 일구오'
>>> digits("010", zero="공")
'공일공'
>>> hal_pun_ri("0.315")
'삼할 일푼 오리'
"""

from __future__ import annotations

SINO_DIGITS = "영일이삼사오육칠팔구"
_GROUP_UNITS = ("", "만", "억", "조", "경", "해")
#: The Korean units a figure is written with before a counter (10만 명, 1천 가구, 100만 세대), by
#: their value, and their alternation for a regular expression, the longest first.
WRITTEN_UNITS = {"천": 1000, "만": 10_000, "백만": 1_000_000, "천만": 10_000_000, "억": 100_000_000}
WRITTEN_UNIT = "|".join(sorted(WRITTEN_UNITS, key=len, reverse=True))
_PLACES = ("", "십", "백", "천")
_NATIVE_TENS = ("", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")
_NATIVE_ONES = ("", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉")
_NATIVE_BOUND = ("", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉")
#: Largest number read as a cardinal; longer digit strings are read digit by digit.
MAX_CARDINAL = 10**24 - 1


def _four(n: int) -> str:
    """1..9999 without spaces: 3000 → 삼천, 1100 → 천백."""
    out = []
    for place in (3, 2, 1, 0):
        d = (n // 10**place) % 10
        if not d:
            continue
        if d == 1 and place:
            out.append(_PLACES[place])
        else:
            out.append(SINO_DIGITS[d] + _PLACES[place])
    return "".join(out)


def sino(n: int) -> str:
    """Sino-Korean cardinal with 만/억/조 grouping, a space after each group."""
    if n < 0:
        return "마이너스 " + sino(-n)
    if n == 0:
        return "영"
    if n > MAX_CARDINAL:
        return digits(str(n))
    groups = []
    k = 0
    while n:
        n, g = divmod(n, 10000)
        if g:
            word = "" if (g == 1 and k == 1) else _four(g)
            groups.append(word + _GROUP_UNITS[k])
        k += 1
    return " ".join(reversed(groups))


def native(n: int, *, bound: bool = False) -> str:
    """Native Korean numeral 1..99 (``bound``: the form before a counter, 한/두/세/네/스무)."""
    if not 0 < n < 100:
        return sino(n)
    tens, ones = divmod(n, 10)
    if bound and ones == 0 and tens == 2:
        return "스무"
    table = _NATIVE_BOUND if bound else _NATIVE_ONES
    return _NATIVE_TENS[tens] + table[ones]


def digits(s: str, *, zero: str = "영") -> str:
    """Read a string of ASCII digits one by one (``zero`` for 0: 영, or 공 in phone numbers)."""
    return "".join(zero if c == "0" else SINO_DIGITS[ord(c) - 48] for c in s if "0" <= c <= "9")


def integer(s: str) -> str:
    """Read an integer written with optional thousands commas. A leading zero makes it a code,
    read digit by digit with 0 as 공 (007 → 공공칠, 05학번 → 공오); so is a number too long to
    be a cardinal."""
    plain = s.replace(",", "")
    if len(plain) > 1 and plain.startswith("0"):
        return digits(plain, zero="공")
    if len(plain) > len(str(MAX_CARDINAL)):
        return digits(plain)
    return sino(int(plain))


def hal_pun_ri(s: str) -> str:
    """A rate of three decimals read in 할/푼/리, as batting averages are: ``0.315`` → 삼할 일푼
    오리, ``0.300`` → 삼할, ``1.000`` → 십할."""
    whole, _, frac = s.partition(".")
    if int(whole or "0") >= 1:
        return "십할"
    parts = [SINO_DIGITS[int(d)] + u for d, u in zip(frac, "할푼리", strict=False) if d != "0"]
    return " ".join(parts) or "영"


def decimal(s: str) -> str:
    """``12.5`` → 십이 점 오 (the fraction digit by digit); an integer reads as :func:`integer`."""
    whole, dot, frac = s.partition(".")
    head = integer(whole) if whole else "영"
    if not dot or not frac:
        return head
    return f"{head} 점 {digits(frac)}"
