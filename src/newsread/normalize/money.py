"""Currency signs written before the amount: ``$300`` → 삼백 달러, ``€5`` → 오 유로.

The sign is read after the whole amount, including its 만/억/조 units (``$3조`` → 삼조 달러).
A price per unit reads the unit first, with 당: ``1,000원/kg`` → 킬로그램당 천 원 (the units
divided by are in ``data/per_units.tsv`` and ``data/units.tsv``).
"""

from __future__ import annotations

import re

from newsread.normalize import measure
from newsread.normalize.cardinal import WRITTEN_UNIT, WRITTEN_UNITS, decimal
from newsread.normalize.counter import PARTICLES, read_count
from newsread.normalize.data import counters, roles, table

CURRENCY_BEFORE = {
    "$": "달러",
    "€": "유로",
    "¥": "엔",
    "£": "파운드",
    "₩": "원",
    "₹": "루피",
    "₽": "루블",
    "₺": "리라",
    "₫": "동",
    "₱": "페소",
    "฿": "바트",
}
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


#: A currency word after an amount (still in the text when the amount was read as a count)
#: and the slash of a price per unit, with the number of units if any (2,500원/100g).
_PER = re.compile(r" ?(원|달러|엔|유로|위안|파운드)?/([0-9]+(?:\.[0-9]+)?)?")
_HANGUL_RUN = re.compile(r"[가-힣]+")
_LATIN_RUN = re.compile(r"[A-Za-z]+(?![A-Za-z0-9])")
#: The copula after the unit: 원/달러다, 원/kg이었다.
_COPULA = ("다", "이다", "였", "이었", "입니")


def per_word(text: str, k: int, end: int) -> tuple[int, str] | None:
    """The unit a price is divided by at ``text[k:]``: a word of ``data/per_units.tsv`` or a
    unit of ``data/units.tsv``, as ``(end, spoken with 당)``."""
    run = _HANGUL_RUN.match(text, k, end)
    if run:
        word = run.group()
        per = table("per_units.tsv")
        for n in range(len(word), 0, -1):
            rest = word[n:]
            said = rest[1:] if rest.startswith("당") else rest  # 96회/분당: 당 says the slash again
            if word[:n] in per and (not said or said in PARTICLES or said.startswith(_COPULA)):
                # a word listed with no reading only opens with a unit and a particle (초과)
                return (k + n + len(rest) - len(said), per[word[:n]]) if per[word[:n]] else None
        return None
    run = _LATIN_RUN.match(text, k, end)
    if run and run.group() in table("per_units.tsv"):
        return run.end(), table("per_units.tsv")[run.group()]  # $150k/yr → 연 십오만 달러
    if k < end and text[k] != " ":
        unit = measure.match_unit(text, k, end)
        if unit:
            return per_said(text, unit[0], end), unit[1] + "당"
    return None


#: The figure of a measure a count is divided by, after the slash (500개/100㎖, 3마리/10㎡).
_PER_FIGURE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")


def per_measure(text: str, k: int, end: int) -> tuple[int, str] | None:
    """A measure with its figure that a count is divided by at ``text[k:]``, right after the slash:
    a unit of ``data/units.tsv`` with no space before it, as ``(end, spoken with 당)``: 100㎖ →
    백 밀리리터당, so 500개/100㎖ is 백 밀리리터당 오백 개, as 100㎖당 500개 is written."""
    m = _PER_FIGURE.match(text, k, end)
    if not m or m.end() >= end or text[m.end()] == " ":
        return None
    unit = measure.match_unit(text, m.end(), end)
    if unit is None or text[m.end() : unit[0]] not in table("units.tsv") or not _spread_over(unit[1]):
        return None
    if _SIZE_AFTER.match(text, unit[0], end):
        return None  # 3척/50t급, 5척/300t 규모: a count and the size of each, not a rate
    return per_said(text, unit[0], end), f"{decimal(m.group().replace(',', ''))} {unit[1]}당"


#: A word of a size or a class right after the measure (50t급, 300t 규모, 10㎏짜리).
_SIZE_AFTER = re.compile(r" ?(?:급|규모|짜리|형)")


def _spread_over(unit: str) -> bool:
    """Whether a unit, as said, is a volume, an area or a mass, what things are counted in
    (500개/100㎖, 3마리/10㎡, 4개/1,000㎏); a count beside a share or a capacity (120명/40%,
    2대/256GB) is a pair, not a rate."""
    return unit.endswith(("리터", "그램", "톤")) or unit.startswith(("제곱", "세제곱")) or unit == "헥타르"


#: A round count of people a count is divided by, after the slash (5명/10만 명, 2.5명/1천 명,
#: 8.4명/1,000명): its figure, the Korean unit of its size and the counter, a space allowed
#: before the counter.
_PER_COUNT = re.compile(rf"([0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)({WRITTEN_UNIT})? ?([가-힣]+)")
_ROUND = re.compile(r"10+")


def per_count(text: str, k: int, end: int, *, least: int = 100) -> tuple[int, str] | None:
    """A round count of people (data/counter_context.tsv per_population) that a count is divided
    by at ``text[k:]``, right after the slash, as ``(end, spoken with 당)``: 10만 명 → 십만 명당, so
    5명/10만 명 is 십만 명당 다섯 명, as 10만 명당 5명 is written. A count of other things over
    another (3점/10점, 7개/10개) is no rate, nor a count under ``least`` (3명/10명, where a bare
    3/10명 is a part of them, 열 명 중 세 명)."""
    m = _PER_COUNT.match(text, k, end)
    if not m:
        return None
    value = int(m.group(1).replace(",", "")) * WRITTEN_UNITS.get(m.group(2) or "", 1)
    if value < least or not _ROUND.fullmatch(str(value)):
        return None
    word = m.group(3)
    for name in roles()["per_population"]:
        rest = word[len(name) :]
        said = rest[1:] if rest.startswith("당") else rest  # 5명/10만 명당: 당 says the slash again
        if word.startswith(name) and (not said or said in PARTICLES or said.startswith(_COPULA)):
            kind = counters().get(name)  # 세대 is counted by no row of counters.tsv: Sino-Korean
            spoken = read_count(value, kind[0] if kind else "sino", name)
            return m.start(3) + len(word) - len(said), f"{spoken} {name}당"
    return None


def per_said(text: str, k: int, end: int) -> int:
    """Past a 당 written after the unit of a slash at ``text[k]`` (200/㎡당, 3만원/㎡당), which
    says the slash again: 제곱미터당 is said once, before the figure."""
    return k + 1 if text.startswith("당", k) and k + 1 <= end else k


def per_unit(text: str, j: int, end: int, *, signed: bool) -> tuple[int, str, str] | None:
    """A price per unit after the amount that ends at ``text[j]``: ``(end, per, currency)``
    where ``per`` is said before the amount and ``currency`` after it (``원/kg`` →
    킬로그램당 … 원). ``signed``: the currency was a sign before the amount ($80/배럴)."""
    m = _PER.match(text, j, end)
    if not m or not (m.group(1) or signed) or (m.group(1) and signed):
        return None
    unit = per_word(text, m.end(), end)
    if unit is None:
        return None
    per = unit[1]
    if m.group(2):
        # a count of the unit written after the slash takes the place of the one its reading says:
        # 8,000원/1인 → 일 인당 팔천 원, 3만원/2인 → 이 인당 삼만 원
        per = f"{decimal(m.group(2))} {per.removeprefix('일 ')}"
    return unit[0], per, m.group(1) or ""
