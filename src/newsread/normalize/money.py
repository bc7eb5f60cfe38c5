"""Currency signs written before the amount: ``$300`` → 삼백 달러, ``€5`` → 오 유로.

The sign is read after the whole amount, including its 만/억/조 units (``$3조`` → 삼조 달러).
"""

from __future__ import annotations

CURRENCY_BEFORE = {"$": "달러", "€": "유로", "¥": "엔", "£": "파운드", "₩": "원"}
#: Letters before ``$`` that name whose dollar it is (``HK$100`` → 백 홍콩달러); a space may
#: come before the amount (``US$ 300억`` → 삼백억 달러).
DOLLAR_PREFIX = {
    "US": "달러",
    "HK": "홍콩달러",
    "A": "호주달러",
    "AU": "호주달러",
    "C": "캐나다달러",
    "CA": "캐나다달러",
    "S": "싱가포르달러",
    "NT": "대만달러",
    "NZ": "뉴질랜드달러",
}


def currency_at(text: str, i: int) -> str | None:
    """The spoken currency when ``text[i]`` is a currency sign followed by a digit."""
    c = text[i]
    if c in CURRENCY_BEFORE and i + 1 < len(text) and text[i + 1].isascii() and text[i + 1].isdigit():
        return CURRENCY_BEFORE[c]
    return None
