"""Dates: ``2025.10.9``, ``2025-10-09``, ``2025년 10월 9일`` and the month forms.

>>> month(6), month(10), month(3)
('유', '시', '삼')
>>> read_date("2025", "10", "9")
'이천이십오 년 시월 구 일'
"""

from __future__ import annotations

import re
from functools import cache
from math import gcd

from newsread.normalize.cardinal import WRITTEN_UNIT, sino
from newsread.normalize.data import column, roles, table

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
#: ``3.15(금)``, ``12/24(화)``, ``12. 1.(월)``: month and day with the day of the week after them,
#: as event notices write a date (official notices with a space after each full stop); without
#: the weekday ``3.15`` stays a decimal.
MONTH_DAY = re.compile(r"([0-9]{1,2})(?:/|\. ?)([0-9]{1,2})\.?(?= ?\([월화수목금토일]\))")


@cache
def _year_month(kinds: tuple[str, ...] = ("after", "year_month")) -> re.Pattern[str]:
    """``2025.3 기준``, ``2025.3월``, ``2026.12 준공``: a year and a month with a full stop and no
    dot after, where 월, a word of a point in time or a word that makes a slash's month and day a
    date (``year_month`` and ``after`` in data/date_words.tsv: 기준, 말, 이후, 준공, 개통, 시행)
    follows;
    elsewhere a decimal (2025.3 헥타르). ``kinds``: the kinds of the words taken."""
    words = sorted((w for w, k in column("date_words.tsv", 1).items() if k in kinds), key=len, reverse=True)
    # a word of two syllables or more may start a longer one (출시된다, 개통을); 말 and 초 only whole
    long = "|".join(w for w in words if len(w) > 1)
    short = "|".join(w for w in words if len(w) == 1)
    return re.compile(rf"((?:19|20)[0-9]{{2}})\.([0-9]{{1,2}})(?![0-9.])(?:월|(?= (?:{long}|(?:{short})(?![가-힣]))))")


@cache
def _index_before() -> re.Pattern[str]:
    """A market's index (``index`` in data/date_words.tsv) standing as a word, with a particle or
    none, a space before the figure: 코스피 2045.3 개장, 지수는 2050.3 시작 후 are the index's
    level, where 소비자물가지수 2024.12 기준 is the month of a statistic."""
    words = "|".join(sorted((w for w, k in column("date_words.tsv", 1).items() if k == "index"), key=len, reverse=True))
    return re.compile(rf"(?<![가-힣])(?:{words})(?:은|는|이|가|도)? $")


#: A year and a month with a full stop, the edge of a period glued to it (2024.12까지, 2025.3부터).
_YEAR_MONTH_GLUED = re.compile(r"((?:19|20)[0-9]{2})\.([0-9]{1,2})(?![0-9.])(?=부터|까지|이후|이전)")


@cache
def _level_before() -> re.Pattern[str]:
    """A market's index or a word of a price or a level (``index`` and ``level`` in
    data/date_words.tsv: 코스피, 금값, 환율, 온스당), as a word or the end of one, with a particle or
    none, in the clause before a figure: 금값은 온스당 2045.8까지, 지수는 장중 2610.12까지."""
    where = column("date_words.tsv", 1)
    words = "|".join(sorted((w for w, k in where.items() if k in ("index", "level")), key=len, reverse=True))
    return re.compile(rf"(?:{words})(?:은|는|이|가|도|의)?(?![가-힣])[^.,!?\n]*$")


#: How far back a price or an index right before a figure is looked for, and how far back its
#: clause is searched for one the figure may have moved to (the clause's start ends both).
_LEVEL_NEAR = 20
_CLAUSE_BACK = 60


def _glued_year_month(text: str, i: int, end: int) -> re.Match[str] | None:
    """``2024.12까지``, ``2025.3부터``: a year and a month with the edge of a period glued to it, a
    date unless an index or a price stands right before it, with no verb of what is done by then
    after it, or anywhere in its clause with a verb of its moving after it (금값 2034.5까지
    올랐다 is a price; 비트코인 과세는 2027.1부터 시행된다 a date)."""
    m = _YEAR_MONTH_GLUED.match(text, i, end)
    if m is None:
        return None
    near = _level_before().search(text, max(0, i - _LEVEL_NEAR), i)
    if near and not _edge_then(("done", "after", "span")).match(text, m.end(), end):
        return None  # 코스피는 2024.9까지 낮아졌다: an index right before, a level, not what is done by then
    if _level_before().search(text, max(0, i - _CLAUSE_BACK), i) and _edge_then(("moved",)).match(text, m.end(), end):
        return None  # 코스피는 … 장중 한때 2024.9까지 밀렸다: the level the index moved to
    return m


@cache
def _edge_then(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """The edge of a period glued to a figure and, a word or two on, a verb of data/date_words.tsv
    of ``kinds``: ``moved``, a level's moving (까지 밀렸다, 부터 다시 올랐다), or ``done`` with the
    ``after`` and ``span`` words, what is done by then (부터 시행된다, 까지 연장된다, 까지 진행된다)."""
    words = column("date_words.tsv", 1)
    verbs = "|".join(sorted((w for w, k in words.items() if k in kinds), key=len, reverse=True))
    return re.compile(rf"(?:부터|까지|이후|이전) ?(?:[가-힣]+ ){{0,2}}[가-힣]*?(?:{verbs})")


#: A span of months each written after its year with a full stop (2024.3~2025.2), or the
#: second month alone before 월 (2023.1~12월): the months of a period, not two decimals.
YEAR_MONTH_SPAN = re.compile(
    r"((?:19|20)[0-9]{2})\.([0-9]{1,2}) ?~ ?(?:((?:19|20)[0-9]{2})\.([0-9]{1,2})(?![0-9.])(월)?|([0-9]{1,2})월)"
)
#: ``출처: 국토교통부(2025.12)``, ``기준(2025.3)``: a year and a month alone in the brackets
#: after the source or the basis of a table's figures (``data/credit_words.tsv``), or right
#: after the name of a body that publishes figures (보건복지부(2026.3) 자료), its date.
_BRACKETED_YEAR_MONTH = re.compile(r"((?:19|20)[0-9]{2})\.([0-9]{1,2})(?=\))")


@cache
def _noted_before() -> re.Pattern[str]:
    noted = (w for w, k in table("credit_words.tsv").items() if k != "reporter")
    words = "|".join(sorted(noted, key=len, reverse=True))
    return re.compile(rf"(?:^|[^가-힣])(?:{words})(?![가-힣])[^()\n]{{0,20}}\($")


@cache
def _body_before() -> re.Pattern[str]:
    """The name of a body that publishes figures right before a bracket (보건복지부(, 통계청()."""
    ends = "|".join(sorted((w for w, k in column("date_words.tsv", 1).items() if k == "body"), key=len, reverse=True))
    return re.compile(rf"[가-힣](?:{ends})\($")


def _noted_year_month(text: str, i: int, end: int) -> re.Match[str] | None:
    m = _BRACKETED_YEAR_MONTH.match(text, i, end)
    before = max(0, i - 30)
    return m if m and (_noted_before().search(text, before, i) or _body_before().search(text, before, i)) else None


#: ``12/25 성탄절``, ``오는 3/1``: month and day with a slash, a date where a word before or
#: after it says so (``data/date_words.tsv``); elsewhere a fraction (1/3 수준).
#: A month and day written with a hyphen, a slash or a dot right before a clock time, as an
#: alert or a log stamps them (11-23 14:07:32, 3/2 09:00): no fraction is so followed, and a
#: hyphen or a dot takes two digits each side, as stamps are written (a score is 3-1 10:00).
STAMP_DAY = re.compile(r"(?:([0-9]{2})[-.]([0-9]{2})|([0-9]{1,2})/([0-9]{1,2})) (?=[0-9]{1,2}:[0-9]{2}(?![0-9]))")
SLASH_DAY = re.compile(r"([0-9]{1,2})/([0-9]{1,2})(?![0-9/]|,[0-9]{3}(?![0-9]))")


#: ``3.2~3.15``, ``3. 2.~3. 15.``: a span of days written month.day at both ends, as notices
#: write a period, or with the day alone at the second end (11.23~29); nothing but a particle
#: or a break may follow, or it is a span of decimals.
DOT_RANGE = re.compile(
    r"([0-9]{1,2})\. ?([0-9]{1,2})(\.?) ?~ ?(?:([0-9]{1,2})\. ?)?([0-9]{1,2})(\.?)"
    r"(?![0-9]|\.[0-9])(?=[ ,)\n]|$|까지|부터|에|이다|로|으로|중)"
)
#: ``9/3~9/5``: the same span written with slashes; a span of fractions (1/3~1/2) unless a word
#: of a period is before it or a word of dates after it (신청 기간은 9/3~9/5), or its ends are
#: not fractions news would write (2/4~2/8) or two days of one month (2/5~2/7).
SLASH_RANGE = re.compile(
    r"([0-9]{1,2})/([0-9]{1,2})()(?: ?\(([월화수목금토일])\))?"
    r" ?~ ?(?:([0-9]{1,2})/)?([0-9]{1,2})()(?: ?\(([월화수목금토일])\))?(?![0-9/]|\.[0-9])"
)


@cache
def _period_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Words of a period or of dates (``data/date_words.tsv``, marked "span" or "after") before
    a span of days, its particle or a colon after them (접수 기간은 3.2~3.15, 사전 판매는
    7.22~7.28), or a week or a period with its days in brackets (넷째 주(11.23~29),
    기간(3.2~15)); the same words after it (7.22~7.28 진행, 11.1~12.31 전시); and the words
    of a period that name an amount as often (면제, 개방, marked "bracket_span"), right before
    the span's brackets only (통행료 면제(1.28~1.30), not 시장 개방 1.2~1.5 수준)."""
    where = column("date_words.tsv", 1)
    words = "|".join(sorted((w for w, k in where.items() if k in ("span", "after")), key=len, reverse=True))
    weak = "|".join(sorted((w for w, k in where.items() if k == "bracket_span"), key=len, reverse=True))
    return (
        re.compile(rf"(?:(?:{words})[은는이가:]? ?:? ?|(?:기간|일정|일시|주) ?\()$"),
        re.compile(rf" ?(?:{words})"),
        re.compile(rf"(?:{weak}) ?$"),
    )


#: The most days a span written in brackets after a word of a period that names an amount as
#: often may last and still be days: a waiver or a free opening of a holiday lasts days, while
#: 관세 면제(1.5~2.5) a month long is a span of rates.
_BRACKETED_SPAN_DAYS = 14
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _span_days(m1: int, d1: int, m2: int, d2: int) -> int:
    """The days from month ``m1`` day ``d1`` to month ``m2`` day ``d2`` (across a year's end)."""
    first = sum(_MONTH_DAYS[: m1 - 1]) + d1
    last = sum(_MONTH_DAYS[: m2 - 1]) + d2
    return (last - first) % 366


def _period_around(text: str, i: int, j: int, end: int, days: int = 0) -> bool:
    """Whether a word of a period stands right before the span at ``text[i:j]`` or right
    after it; one that names an amount as often only before the span's brackets, for a span of
    at most ``_BRACKETED_SPAN_DAYS`` ``days``."""
    before, after, weak = _period_words()
    bracketed = i > 0 and text[i - 1] == "(" and text[j : j + 1] == ")"
    # a word of a period before the span's brackets: 통행료 면제(1.28~1.30)
    if bracketed and before.search(text, max(0, i - 13), i - 1):
        return True
    if bracketed and days <= _BRACKETED_SPAN_DAYS and weak.search(text, max(0, i - 13), i - 1):
        return True
    return bool(before.search(text, max(0, i - 12), i) or after.match(text, j, end))


def _span_said(m1: int, d1: int, m2: int | None, d2: int) -> str:
    """A span of days; a second end written as the day alone is said so (십일월 이십삼 일에서
    이십구 일)."""
    second = f"{sino(d2)} 일" if m2 is None else f"{month(m2)}월 {sino(d2)} 일"
    return f"{month(m1)}월 {sino(d1)} 일에서 {second}"


def _slash_range(text: str, i: int, end: int) -> tuple[int, str] | None:
    m = SLASH_RANGE.match(text, i, end)
    if not m or (i > 0 and (text[i - 1].isdigit() or text[i - 1] in "./")):
        return None
    m1, d1, d2 = (int(m.group(k)) for k in (1, 2, 6))
    if m.group(5) is None:
        if not (valid(m1, d1) and valid(m1, d2)) or d2 <= d1:
            return None
        if not (m.group(4) or m.group(8) or _period_around(text, i, m.end(), end, d2 - d1)):
            return None
        return m.end(), _span_said(m1, d1, None, d2)  # 11/23~29 → 십일월 이십삼 일에서 이십구 일
    m2 = int(m.group(5))
    if not (valid(m1, d1) and valid(m2, d2)) or (m2, d2) <= (m1, d1):
        return None
    weekdays = m.group(4) or m.group(8)
    period = _period_around(text, i, m.end(), end, _span_days(m1, d1, m2, d2))
    # 2/4~2/8, 9/3~9/5: an end no fraction would be written as (one or more, or not in lowest
    # terms), or two days of one month after January (2/5~2/7); 1/2~1/3 stays a span of fractions
    odd = any(a >= b or gcd(a, b) > 1 for a, b in ((m1, d1), (m2, d2)))
    if not (weekdays or period or odd or m1 == m2 > 1 or date_word_before(text, i)):
        return None
    first = f"{month(m1)}월 {sino(d1)} 일" + (f" {m.group(4)}요일" if m.group(4) else "")
    second = f"{month(m2)}월 {sino(d2)} 일" + (f" {m.group(8)}요일" if m.group(8) else "")
    return m.end(), f"{first}에서 {second}"


def _dot_range(text: str, i: int, end: int) -> tuple[int, str] | None:
    m = DOT_RANGE.match(text, i, end)
    if not m or (i > 0 and (text[i - 1].isdigit() or text[i - 1] == ".")):
        return None
    m1, d1, d2 = (int(m.group(k)) for k in (1, 2, 5))
    if m.group(4) is None:
        dotted = m.group(3) == m.group(6) == "."
        if not (valid(m1, d1) and valid(m1, d2)) or d2 <= d1:
            return None
        if not (dotted or _period_around(text, i, m.end(), end, d2 - d1)):
            return None
        return m.end(), _span_said(m1, d1, None, d2)  # 넷째 주(11.23~29) → 십일월 이십삼 일에서 이십구 일
    m2 = int(m.group(4))
    if not (valid(m1, d1) and valid(m2, d2)) or (m2, d2) <= (m1, d1):
        return None
    dotted = m.group(3) == m.group(6) == "."
    # 3.2~3.15 read as decimals would go down: a span of days goes up
    falls = float(f"{m.group(1)}.{m.group(2)}") > float(f"{m.group(4)}.{m.group(5)}")
    period = _period_around(text, i, m.end(), end, _span_days(m1, d1, m2, d2))
    if not (dotted or falls or period):
        return None
    return m.end(), _span_said(m1, d1, m2, d2)


@cache
def _date_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The date words before a number, after it, before it as a sentence's subject, and the
    words of an amount after its particle."""
    where = column("date_words.tsv", 1)
    before = "|".join(w for w, k in where.items() if k == "before")
    after = "|".join(sorted((w for w, k in where.items() if k == "after"), key=len, reverse=True))
    amount = "|".join(sorted((w for w, k in where.items() if k == "amount"), key=len, reverse=True))
    return (
        re.compile(rf"(?:^|[^가-힣])(?:{before}) $"),
        re.compile(rf" ?(?:{after})"),
        re.compile(rf"(?:(?:{after})일?|[가-힣]일|날짜|날){_SUBJECT_END}"),
        re.compile(rf" ?(?:{amount})"),
    )


@cache
def _tally_words() -> re.Pattern[str]:
    """Words of shots or tries (``tally`` in data/date_words.tsv) shortly before a pair of equal
    numbers that make it the tries made out of those taken (자유투 … (10/10))."""
    words = "|".join(sorted((w for w, k in column("date_words.tsv", 1).items() if k == "tally"), key=len, reverse=True))
    return re.compile(rf"(?:{words})")


#: How far before a pair of equal numbers a word of tries is looked for.
_TALLY_REACH = 20


@cache
def _span_words() -> re.Pattern[str]:
    """A count of the days of a span (``span`` in data/date_words.tsv) after two days, a space apart."""
    words = "|".join(sorted((w for w, k in column("date_words.tsv", 1).items() if k == "span"), key=len, reverse=True))
    return re.compile(rf" (?:{words})")


def span_of_days_after(text: str, j: int, end: int) -> bool:
    """Whether a count of the days of the span follows two days at ``text[j]`` (4~5일 이틀간,
    7~8일 양일간): they are two dates, not a rough count of days."""
    return _span_words().match(text, j, end) is not None


@cache
def _week_bracket() -> re.Pattern[str]:
    """A word of a week (``week`` in data/date_words.tsv) and the bracket that opens right after it."""
    words = "|".join(sorted((w for w, k in column("date_words.tsv", 1).items() if k == "week"), key=len, reverse=True))
    return re.compile(rf"(?<![0-9])(?:{words})\($")


def week_bracket_before(text: str, i: int) -> bool:
    """Whether the number at ``text[i]`` opens the brackets after a word of a week (넷째 주(24~30일),
    지난주(3~9일)): a span of days there is two dates."""
    return _week_bracket().search(text, max(0, i - 4), i) is not None


def date_word_before(text: str, i: int) -> bool:
    """Whether a word that makes the number at ``text[i]`` a day of a month ends right before
    it (지난 3~5일, 오는 10일)."""
    return _date_words()[0].search(text, max(0, i - 8), i) is not None


#: A particle or ending after a month and day with a slash (9/5까지, 9/5에, 9/5다), or a
#: break; ``strong`` ones are said of a point in time only (9/5부터, 9/5께, 9/5자), ``at`` ones
#: of a point in time or of an amount reached (12/24에 나온다, 2/4에 그쳤다).
DAY_PARTICLE = re.compile(
    r"(?P<strong>부터|께|경|쯤|이후|이전|전후|부로|자)(?:다|였다|이다|였고|입니다)?(?![가-힣])"
    r"|(?P<cop>다|였다|였고|였으며|였던)(?![가-힣])"
    r"|(?P<at>까지(?:다|였다|이다|였고|입니다)?|에는|에도|에)(?![가-힣])"
    r"|(?:으로|로|의|은|는|이|가|을|를|도|만)(?![가-힣])"
    r"|(?=[,.;)]|$)"
)
#: The end of a date word as a sentence's subject before a month and day (개막은 9/5다,
#: 마감일: 3/2); a word of a day (발표일은, 날짜는) is one too.
_SUBJECT_END = r"(?:은|는|이|가|도)? ?[:：]? ?$"


@cache
def _population_after() -> re.Pattern[str]:
    """A Korean unit of a number and a counter of people right after a figure over another
    (12/10만 명, 3/1천 가구): a rate per a population (per_population in
    data/counter_context.tsv), where 만 is no particle of a date."""
    words = "|".join(sorted(roles()["per_population"], key=len, reverse=True))
    return re.compile(rf"(?:{WRITTEN_UNIT}) ?(?:{words})")


def _slash_date(text: str, i: int, end: int) -> tuple[int, str] | None:
    """``12/25 성탄절``, ``개막은 9/5다``, ``9/5부터``: a month and day with a slash, said as a
    date where a word before or after it says so, where a particle of a point in time follows
    it, or where it reads as a date that no fraction would be written as and a particle
    follows it (9/5다, 12/24에: news writes a fraction below one and in its lowest terms);
    1/3로 and 2/3가 stay fractions, and so does a pair of equal numbers after a word of tries
    (자유투 … (10/10): 십분의 십). A pair not in lowest terms is a date only before a particle
    of a point in time with no word of an amount after it (12/24에 나온다): 2/4로 뒤졌다, 4/6이
    성공했다 and 2/4에 그쳤다 count a part of a whole (사분의 이)."""
    m = SLASH_DAY.match(text, i, end)
    if not m or not valid(int(m.group(1)), int(m.group(2))) or (i > 0 and text[i - 1].isdigit()):
        return None
    if _population_after().match(text, m.end(), end):
        return None  # 12/10만 명 → 십만 명당 십이, not 십이월 십 일만 명
    mo, d = int(m.group(1)), int(m.group(2))
    before, after, subject, _amount = _date_words()
    p = DAY_PARTICLE.match(text, m.end(), end)
    # a pair of equal numbers is no fraction below one, so a date, unless a word of tries is near
    whole = mo > d or (mo == d and _tally_words().search(text, max(0, i - _TALLY_REACH), i) is None)
    dated = (
        before.search(text, max(0, i - 8), i)
        or after.match(text, m.end(), end)
        or subject.search(text, max(0, i - 12), i)
        or (p and (p.group("strong") or whole or (gcd(mo, d) > 1 and _at_a_day(text, p, end))))
        or (p and p.end() > m.end() and after.match(text, p.end(), end))  # 1/10까지 접수
    )
    if not dated:
        return None
    said = f"{month(mo)}월 {sino(d)} 일"
    if p and p.group("cop"):
        return p.end(), f"{said}{table('copula.tsv')[p.group('cop')]}"  # 개막은 9/5다 → 오 일이다
    return _with_weekday(text, m.end(), end, said)


def _at_a_day(text: str, p: re.Match[str], end: int) -> bool:
    """Whether the particle ``p`` after a month and day is one of a point in time (에, 까지)
    with no word of an amount after it (에 그쳤다, 까지 늘었다: a fraction's)."""
    return bool(p.group("at")) and not _date_words()[3].match(text, p.end(), end)


def _with_weekday(text: str, j: int, end: int, said: str) -> tuple[int, str]:
    """``said`` (a date ending at ``text[j]``) with the weekday in brackets after it, if any."""
    w = WEEKDAY.match(text, j, end)
    return (w.end(), f"{said} {w.group(1)}요일") if w else (j, said)


#: The second end of a span after a whole date, written month.day (2025.1.10~3.30) or as the
#: day alone (2025.11.23~29, 2025.11.23~29일).
SPAN_END = re.compile(r" ?~ ?(?:([0-9]{1,2})\. ?)?([0-9]{1,2})(?:\.|일)?(?![0-9]|\.[0-9]|[%‰])")


def match_date(text: str, i: int, end: int) -> tuple[int, str] | None:
    found = _match_date(text, i, end)
    if found and found[1].endswith((" 일", "요일")):
        e = SPAN_END.match(text, found[0], end)
        mo = int(e.group(1)) if e and e.group(1) else None
        if e and valid(mo or 1, int(e.group(2))):
            # 2025.1.10~3.30 → 이천이십오 년 일월 십 일에서 삼월 삼십 일; 2025.11.23~29 → … 이십구 일
            said = (f"{month(mo)}월 " if mo else "") + f"{sino(int(e.group(2)))} 일"
            return _with_weekday(text, e.end(), end, f"{found[1]}에서 {said}")
    return found


#: A date with the year last, as English sources write it: month/day/year (11/23/2024), or
#: day/month/year where the first can be no month (23/11/2024).
_YEAR_LAST = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/((?:19|20)[0-9]{2})(?![0-9/])")


def _year_last(text: str, i: int, end: int) -> tuple[int, str] | None:
    m = _YEAR_LAST.match(text, i, end)
    if not m or (i > 0 and text[i - 1].isdigit()):
        return None
    a, b = m.group(1), m.group(2)
    mo, d = (a, b) if valid(int(a), int(b)) else (b, a)
    if not valid(int(mo), int(d)):
        return None
    return _with_weekday(text, m.end(), end, read_date(m.group(3), mo, d))


#: Two years alone in brackets, the first the earlier (김소월(1902~1934), 고려(918~1392),
#: 계획(2026~2030)): a life's or an age's or a plan's years, each said as a year; two round
#: hundreds (1500~1800) are more often the bounds of a value, and stay figures, as do the
#: figures after a word of a measure, a price, a rate, a score or a count (the value_span role
#: of data/counter_context.tsv: 환율 밴드(1350~1450), 점수(850~1200)) and those a counter
#: follows (인구(1200~1350)명).
#: After a word of a kingdom or an age (the realm_span role: 통일신라(676~935), 발해(698~926)) the
#: second year may be of three digits too.
_BRACKETED_YEARS = re.compile(r"((?:1[0-9]|20)[0-9]{2}|[1-9][0-9]{2}) ?~ ?((?:1[0-9]|20)[0-9]{2}|[1-9][0-9]{2})(?=\))")
_WORD_BEFORE_BRACKET = re.compile(r"[가-힣]+$")


@cache
def _champions() -> tuple[str, ...]:
    """The words of a count a champion is named by before 왕 (the champion role: 홈런왕)."""
    return tuple(roles()["champion"])


def _value_before(text: str, i: int, role: str = "value_span") -> bool:
    """Whether the word ending at ``text[i]`` ends in a word of a value (환율밴드, 목표 점수), or
    of the ``role`` given (realm_span: 통일신라, 발해); a king of a count (the champion role
    before 왕: 홈런왕, 득점왕) is no king of a realm."""
    w = _WORD_BEFORE_BRACKET.search(text, max(0, i - 12), i)
    if w is None:
        return False
    word = w.group()
    if role == "realm_span" and word.endswith("왕") and word[:-1].endswith(_champions()):
        return False
    return any(word.endswith(v) for v in roles()[role])


#: A bare name a space after a word, before its bracket: 고승 원효(, 신라의 학자 설총(.
_NAME_AFTER_WORD = re.compile(r"([가-힣]+) [가-힣]{2,4}$")


def _life_before(text: str, i: int, years: int) -> bool:
    """Whether the bracket at ``text[i]`` holds a life's years after a bare name whose word
    before it names a person of the past (ends in a word of the life_title role: 고승
    원효(617~686), 학자 설총(655~?), 유학자 최치원) or a kingdom with 의 (신라의 의상), the span
    as long as a life."""
    m = _NAME_AFTER_WORD.search(text, max(0, i - 24), i)
    if not 15 <= years <= 110 or m is None:
        return False
    word = m.group(1)
    # or a kingdom's person: 신라의 의상(625~702), 고려의 최충(984~1068)
    of_realm = word.endswith("의") and word[:-1].endswith(tuple(roles()["realm_span"]))
    return of_realm or word.endswith(tuple(roles()["life_title"]))


#: A kingdom's span that opens before the common era (백제(기원전 18~660), 고구려(기원전 37~668)),
#: or a reign's (진흥왕(재위 540~576), 세종(재위 1418~1450)).
_SAID_YEARS = re.compile(r"([1-9][0-9]{0,3}) ?~ ?([1-9][0-9]{0,3})(?=\))")
#: The label of a reign that opens its bracket, however written: (재위 , (재위기간 , (재위 기간: , (재위:
_REIGN = re.compile(r"\(재위(?: ?기간)? ?:? ?$")


def _bracketed_years(text: str, i: int, end: int) -> tuple[int, str] | None:
    # a reign's years say what they are (진흥왕(재위 540~576), (재위기간: …)); so does 기원전
    # after a kingdom
    reign = _REIGN.search(text, max(0, i - 10), i) is not None
    if reign or (text[i - 5 : i] == "(기원전 " and _value_before(text, i - 5, "realm_span")):
        said = _SAID_YEARS.match(text, i, end)
        return (said.end(), f"{sino(int(said.group(1)))} 년에서 {sino(int(said.group(2)))} 년") if said else None
    m = _BRACKETED_YEARS.match(text, i, end)
    if not m or text[i - 1 : i] != "(" or not "가" <= text[i - 2 : i - 1] <= "힣" or _value_before(text, i - 1):
        return None
    first, last = int(m.group(1)), int(m.group(2))
    if last < 1000 and not (_value_before(text, i - 1, "realm_span") or _life_before(text, i - 1, last - first)):
        return None  # three digits at the end are years only after a kingdom, an age or a life
    if not first < last <= first + 600 or first % 100 == last % 100 == 0:
        return None  # round hundreds at both ends are bounds of a value (점수(1500~1800))
    from newsread.normalize.counter import match_counter  # counter reads months from here

    if match_counter(text, m.end() + 1, end):
        return None
    return m.end(), f"{sino(first)} 년에서 {sino(last)} 년"


def _match_date(text: str, i: int, end: int) -> tuple[int, str] | None:
    found = _year_last(text, i, end) or _bracketed_years(text, i, end)
    if found:
        return found
    span = _dot_range(text, i, end) or ("/" in text[i + 1 : i + 3] and _slash_range(text, i, end)) or None
    if span:
        return span
    st = STAMP_DAY.match(text, i, end)
    mo, d = (int(st.group(1) or st.group(3)), int(st.group(2) or st.group(4))) if st else (0, 0)
    if st and valid(mo, d) and (i == 0 or text[i - 1] not in "0123456789-/.:"):
        return st.end(), f"{month(mo)}월 {sino(d)} 일 "  # 11-23 14:07:32 → 십일월 이십삼 일 열네 시 …
    slash = _slash_date(text, i, end)
    if slash:
        return slash
    ys = YEAR_MONTH_SPAN.match(text, i, end) if i == 0 or not text[i - 1].isdigit() else None
    last = int(ys.group(4) or ys.group(6)) if ys else 0
    if ys and valid(int(ys.group(2))) and valid(last):
        # 2024.3~2025.2 → 이천이십사 년 삼월에서 이천이십오 년 이월
        second = f"{sino(int(ys.group(3)))} 년 " if ys.group(3) else ""
        return ys.end(), f"{sino(int(ys.group(1)))} 년 {month(int(ys.group(2)))}월에서 {second}{month(last)}월"
    ym = _year_month().match(text, i, end)
    if (
        ym
        and not ym.group().endswith("월")
        and _index_before().search(text, max(0, i - 12), i)
        and not _year_month(("year_month",)).match(text, i, end)
    ):
        ym = None  # 코스피 2045.3 개장: the index's level; 코스닥 2024.12 말 현재, 지수는 2008.9 이후 are dates
    ym = ym or _noted_year_month(text, i, end) or _glued_year_month(text, i, end)
    if ym and valid(int(ym.group(2))) and (i == 0 or not text[i - 1].isdigit()):
        return ym.end(), f"{sino(int(ym.group(1)))} 년 {month(int(ym.group(2)))}월"
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
