"""Units after a number: ``42.195km`` → 사십이 점 일구오 킬로미터, ``3.4%p`` → 삼 점 사 퍼센트포인트.

The table is ``data/units.tsv`` (case-sensitive; the longest unit wins, and a Latin unit
must not run on into more Latin letters: ``10ms`` is not ``10m``).
"""

from __future__ import annotations

import re
from functools import cache

from newsread.normalize.cardinal import decimal
from newsread.normalize.data import column, role_alternation, roles, rows, table
from newsread.normalize.symbol import FRACTION_SIGNS, POWER_NAMES


@cache
def _unit_re() -> re.Pattern[str]:
    units = sorted(table("units.tsv"), key=len, reverse=True)
    # a unit that ends in a digit (m2, m3) does not run on into more digits: 2m35 is 2 m, 35;
    # one in Latin letters does not run on into more letters (m, not mA), where a capital after
    # a unit sign is a word of its own (전용 59㎡A: the flat's type A)
    ends = {True: "(?![A-Za-z])", False: ""}
    alts = "|".join(re.escape(u) + ("(?![0-9])" if u[-1].isdigit() else "") + ends[u[-1].isascii()] for u in units)
    return re.compile(rf"(?: ?)({alts})")


@cache
def _per_time_re() -> re.Pattern[str]:
    """A slash and a divisor of ``data/per_time.tsv`` (/h, /min, /ℓ), not run on into letters."""
    alts = "|".join(re.escape(w) for w in sorted(_per_time(), key=len, reverse=True))
    return re.compile(rf"/({alts})(?![A-Za-z])")


#: A second divisor after a unit of time, with its figure if any (mL/min/1.73㎡, km/s/Mpc).
_DIVISOR = re.compile(r"/([0-9]+(?:\.[0-9]+)?)?")


@cache
def _per_time() -> dict[str, tuple[str, str, str]]:
    """``time → (speed, rate, after)`` from ``data/per_time.tsv`` (h → 시속, 시간당, 매시)."""
    return {row[0]: (row[1], row[2], row[3]) for row in rows("per_time.tsv")}


@cache
def _said_after() -> dict[str, str]:
    """A rate word said before a figure → its form after the unit (시속 → 매시)."""
    return {w: after for speed, rate, after in _per_time().values() for w in (speed, rate) if w != "-"}


#: A figure, or the range of two, that ends where its unit starts (100, 30~50).
_FIGURE_END = re.compile(r"[0-9][0-9,.]*(?: ?~ ?[0-9][0-9,.]*)?$")


#: The most words, and characters, between a rate written before a figure and the figure whose
#: unit writes it again (시간당 최대 누적 강수량 관측값은 80㎜/h): said once. Up to
#: _RATE_NEAR_WORDS words any words may stand between; more only where they are one clause.
_RATE_GAP_WORDS = 6
_RATE_NEAR_WORDS = 3
_RATE_GAP_CHARS = 44

#: A particle of a topic, a subject or an object, by whether the syllable before it closes (은)
#: or not (는); the first such word after a rate word is the rate's own noun.
_ARGUMENT = {True: frozenset("은이을"), False: frozenset("는가를")}
_ANY_ARGUMENT = _ARGUMENT[True] | _ARGUMENT[False]
#: Those of a topic or a subject: a second one is another noun's figure.
_TOPIC = frozenset("은는이가")


def _particle(word: str, kinds: frozenset[str]) -> bool:
    """Whether ``word``, of three syllables or more, ends in a particle of ``kinds`` that agrees
    with the syllable before it (강수량은, 속도는, 제한이; not 전문가, whose 문 closes)."""
    last = word[-1]
    if len(word) < 3 or last not in kinds or not _is_hangul(word[-2]):
        return False
    return last in _ARGUMENT[(ord(word[-2]) - 0xAC00) % 28 != 0]


@cache
def _rate_before(words: tuple[str, ...], whole: bool) -> re.Pattern[str]:
    """One of the rate ``words`` (group ``rate``) ending where a figure starts, with up to six
    words between (group ``gap``), a particle on the rate word or not (group ``own``: 최고 시속은);
    a ``whole`` word only, not the end of another (공연 is no 연). The rate ends its word, save
    for a rate_modifier of data/counter_context.tsv written against it (하루평균, 시간당최대):
    연봉 is no 연. Whether the words between let the figure be the rate's is :func:`_one_clause`."""
    alt = "|".join(sorted(words, key=len, reverse=True))
    mods = role_alternation("rate_modifier")
    edge = "(?<![가-힣0-9])" if whole else ""
    return re.compile(
        rf"{edge}(?P<rate>{alt})(?:{mods})?(?P<own>[은는이가도에씩])?(?![가-힣]) ?"
        rf"(?P<gap>(?:[가-힣]{{1,5}} ){{0,{_RATE_GAP_WORDS}}})$"
    )


@cache
def _rate_gap_data() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """The ends of a clause (rate_gap_break), a place's word (rate_place_after) after a word
    that is a place's name as well as a rate (rate_place: 분당), and the nouns whose last
    syllable is shaped as a particle, at a word's end (rate_gap_noun: 어린이), of
    data/counter_context.tsv."""
    breaks = role_alternation("rate_gap_break")
    places = role_alternation("rate_place_after")
    nouns = role_alternation("rate_gap_noun")
    return (
        re.compile(rf"[가-힣]{{2,}}(?:{breaks})$"),
        re.compile(rf"[가-힣]*(?:{places})(?:[은는이가의도]|에서)?$"),
        roles()["rate_place"],
        re.compile(rf"(?:{nouns})$"),
    )


def _one_clause(rate: str, own: str | None, gap: list[str]) -> bool:
    """Whether the words ``gap`` between the ``rate`` word (with its particle ``own``) and a
    figure leave the figure the rate's: a rate word that is also a place's name is no rate
    before a place's word (분당 서울대병원, not 1인당 주민); up to three words any words may
    stand between, and more where no word but the last ends a clause (rate_gap_break of
    data/counter_context.tsv: 연간 계획이 바뀌면서 공장 평균 생산량은 500t/년) and no
    topic or subject after the rate's own noun names another's (시속 제한이 풀린 구간에서 차량
    평균 속도는 90km/h), where the rate's own noun's particle leaves the rest its predicate
    (시간당 강수량은 이날 오후 한때 최대 80㎜/h, 최고 시속은 정지 상태에서 출발한 뒤 250㎞/h)."""
    ends, place, place_rates, nouns = _rate_gap_data()
    if rate in place_rates and gap and place.match(gap[0]):
        return False
    if len(gap) <= _RATE_NEAR_WORDS:
        return True
    if any(ends.match(w) for w in gap[:-1]):
        return False
    argued = own in _TOPIC
    for w in gap:
        if nouns.search(w):
            continue  # 어린이, 초등학생어린이: no particle
        if argued and _particle(w, _TOPIC):
            return False
        argued = argued or _particle(w, _ANY_ARGUMENT)
    return True


def rate_written(text: str, start: int, words: tuple[str, ...], *, whole: bool = True) -> bool:
    """Whether a rate of ``words`` is written before the figure at ``text[start]``, so that it is
    said once (시속 100km/h, 최고 시속은 250㎞/h, 시속 약 80km/h, 하루에 최대 60mg/kg/일,
    시간당 강수량 72.5㎜/hr)."""
    pattern = _rate_before(words, whole)
    pos = max(0, start - _RATE_GAP_CHARS)
    while (m := pattern.search(text, pos, start)) is not None:
        if _one_clause(m.group("rate"), m.group("own"), m.group("gap").split()):
            return True
        pos = m.start() + 1
    return False


def with_figure(figure: str, spoken: str, *, whole: bool = True) -> str:
    """The figure said with its unit ``spoken`` (a reading of :func:`match_unit`): a rate
    is said before the figure, as news writes it (시속 백이십 킬로미터, 시간당 오십 밀리미터),
    or, where the figure is not ``whole`` (a power of ten: 3×10⁸m/s), after the unit (미터 매초)."""
    word, _, unit = spoken.partition(" ")
    if unit and word in _said_after():
        return f"{word} {figure} {unit}" if whole else f"{figure} {unit} {_said_after()[word]}"
    return f"{figure} {spoken}"


def _unit_at(m: re.Match[str], text: str, end: int) -> tuple[int, str]:
    """The reading of the unit ``m`` found, with a square or cube written after it (``cm³``)."""
    spoken = table("units.tsv")[m.group(1)]
    k = m.end()
    if k < end and text[k] in POWER_NAMES:
        return k + 1, POWER_NAMES[text[k]] + spoken
    return k, spoken


def _inches(text: str, j: int, end: int) -> tuple[int, str] | None:
    """A double quote right after a number that closes no quotation is inches: 6.7" → 인치."""
    if j >= end or text[j] != '"':
        return None
    if text.count('"', text.rfind("\n", 0, j) + 1, j) % 2:
        return None  # "6.7": the closing mark of a quotation
    return j + 1, "인치"


#: A row of data/context_units.tsv: unit, spoken, words of its field, largest figure or None,
#: and whether the figure must have a decimal point.
_ContextUnit = tuple[str, str, tuple[str, ...], float | None, bool]


@cache
def _context_units() -> tuple[_ContextUnit, ...]:
    """``(unit, spoken, words of its field, largest figure or None, decimal only)`` from
    ``data/context_units.tsv``, in its order (a unit may have a row for each of its meanings:
    T is a tesla by an MRI, a tonne by a truck, a spoon by a seasoning)."""
    return tuple(
        (
            row[0],
            row[1],
            _field_words(row[2]),
            float(row[3]) if len(row) > 3 and row[3] else None,
            len(row) > 4 and row[4] == "decimal",
        )
        for row in rows("context_units.tsv")
        if len(row) > 2
    )


def _field_words(field: str) -> tuple[str, ...]:
    """The words of a field of ``data/context_units.tsv``, a word ``=@ROLE`` standing for every
    word of that role of data/counter_context.tsv, each marked ``=`` (=@seasoning)."""
    out: list[str] = []
    for w in field.split("|"):
        if w.startswith("=@"):
            out.extend("=" + r for r in sorted(roles()[w[2:]]))
        elif w:
            out.append(w)
    return tuple(out)


@cache
def _context_spellings() -> frozenset[str]:
    """The units of ``data/context_units.tsv``."""
    return frozenset(row[0] for row in _context_units())


#: A small figure right before a unit: digits with a decimal point or a fraction (1.5, 1/2,
#: 1½, ½), never one with 만 or 천 (1만t, which the digits alone do not reach).
_SMALL_FIGURE = re.compile(rf"(?<![\d.,/만천억])(\d+(?:\.\d+)?)?(?:/\d+|[{FRACTION_SIGNS}])? ?$")

#: A figure with a decimal point right before a unit (1.6T, 2.0 T).
_DECIMAL_BEFORE = re.compile(r"(?<![\d.,])\d+\.\d+ ?$")

#: The name of an item of a list written before its figure, after the list's start or a comma:
#: 다진 마늘 in ``고춧가루 3T, 다진 마늘 1T``.
_ITEM_NAME = re.compile(rf"(?:^|[,:(·]) *(?:[가-힣]+ )*?([가-힣]+) ?[\d{FRACTION_SIGNS}]")


def _small_figure(text: str, line_start: int, j: int, largest: float) -> bool:
    """Whether the figure written right before ``text[j]`` is no more than ``largest``."""
    m = _SMALL_FIGURE.search(text, max(line_start, j - 12), j)
    if m is None or not m.group().strip():
        return False
    whole = m.group(1)
    return whole is None or float(whole) <= largest


def _listed_beside(text: str, line_start: int, line_end: int, j: int, words: tuple[str, ...]) -> bool:
    """Whether the figure at ``j`` is an item of a list (``A 1T, B 2t``) the name of one of whose
    items is one of ``words``."""
    start = max(text.rfind(". ", line_start, j) + 1, line_start)
    stop = text.find(". ", j, line_end)
    clause = text[start : line_end if stop < 0 else stop]
    if "," not in clause:
        return False
    names = [m.group(1) for m in _ITEM_NAME.finditer(clause.strip())]
    return len(names) > 1 and any(name.endswith(w) for name in names for w in words)


#: How far from the number a word of a unit's field is looked for.
_FIELD_REACH = 24

#: How far after a unit a verb of its field (marked +: 2T를 넣고, 5T를 섞어) is looked for.
_VERB_REACH = 10


@cache
def _context_units_by_first() -> dict[str, tuple[_ContextUnit, ...]]:
    """The rows of :func:`_context_units` by the first character of their unit, each group in
    the table's order, so a figure is checked only against the units that can start after it."""
    out: dict[str, list[_ContextUnit]] = {}
    for row in _context_units():
        out.setdefault(row[0][:1], []).append(row)
    return {c: tuple(group) for c, group in out.items()}


def _context_unit(text: str, j: int, end: int) -> tuple[int, str] | None:
    """A unit of ``data/context_units.tsv`` against the number, where a word of its field is
    near: 3.0T MRI → 테슬라, 7T 자기장 → 테슬라, or a verb of its field (marked +) begins a word
    a few characters after it: 우유 2T를 넣고 → 큰술. A word of a field heading the noun phrase
    right after the unit wins over the words of other fields further off (2.0T 가솔린 모델은
    적재 공간이 넓다 → 터보, not the tonne of 적재; 2.5T 디젤 트럭 → 톤)."""
    fitting = []
    for row in _context_units_by_first().get(text[j : j + 1], ()):
        unit, _, _, largest, pointed = row
        k = j + len(unit)
        if not text.startswith(unit, j) or (k < len(text) and text[k].isascii() and text[k].isalnum()):
            continue
        line_start = text.rfind("\n", 0, j) + 1
        if largest is not None and not _small_figure(text, line_start, j, largest):
            continue
        if pointed and not _DECIMAL_BEFORE.search(text, max(line_start, j - 12), j):
            continue  # 2.0T 엔진 is a turbo, 외장하드 4T or 휘발유 5T no engine's size
        fitting.append(row)
    if fitting:
        same = [r for r in fitting if r[0] == fitting[0][0]]
        head = _head_after(text, j + len(same[0][0]), end, same)
        if head:
            return j + len(head[0]), head[1]
    for unit, spoken, words, largest, _ in fitting:
        k = j + len(unit)
        line_start = text.rfind("\n", 0, j) + 1
        line_end = text.find("\n", k)
        if line_end < 0:
            line_end = len(text)
        near = text[max(line_start, j - _FIELD_REACH) : min(k + _FIELD_REACH, line_end)]
        if any(w in near for w in words if w[0] not in "=+"):
            return k, spoken
        beside = tuple(w[1:] for w in words if w[0] == "=")
        if any(_beside(text, line_start, j, k, w) for w in beside):
            return k, spoken
        if largest is not None and _listed_beside(text, line_start, line_end, j, beside):
            return k, spoken
        after = text[k : min(k + _VERB_REACH, line_end)]
        if any(" " + w[1:] in after for w in words if w[0] == "+"):
            return k, spoken
    return None


#: The word right after a unit, a space apart (2.0T 가솔린).
_NEXT_WORD = re.compile(r" ([^\s]+)")


def _head_after(text: str, k: int, end: int, fitting: list[_ContextUnit]) -> _ContextUnit | None:
    """The row of the field of the noun phrase that starts right after a unit ending at
    ``text[k]``: its first word if it is a word of a field (2.0T 엔진을, 1.6T 가솔린 모델은), or
    where that word is bare, the next one that is a word of a field, the head of the phrase
    (2.5T 디젤 트럭 → 톤, 1.6T 디젤 모델 → 터보). A fuel that is the object of a verb (2.5T
    휘발유를 실은) is a load, no head: the words further off decide."""
    found = None
    for _ in range(2):
        nxt = _NEXT_WORD.match(text, k, end)
        word = nxt.group(1) if nxt else ""
        row = next(
            (r for r in fitting if any(word.startswith(w.lstrip("=")) for w in r[2] if w[0] != "+")),
            None,
        )
        if nxt is None or row is None:
            break
        if word.endswith(("을", "를")) and any(word[:-1] == f for f in roles()["fuel"]):
            return None  # 2.5T 휘발유를 실은: a load of fuel, its amount, not an engine's size
        found = row
        if not any(word == w.lstrip("=") for w in row[2]):
            break  # the word has a particle: the phrase ends with it
        k = nxt.end()
    return found


#: The figure a unit is written against, at the end of the text before the unit.
_FIGURE_BEFORE = re.compile(rf"[\d.,/{FRACTION_SIGNS}]+$")


def _beside(text: str, line_start: int, j: int, k: int, word: str) -> bool:
    """Whether ``word`` stands as a word of its own right beside the figure before ``text[j:k]``:
    the word before the figure (조선 15C, 내진 성능은 0.5g), a word of a peak or an average
    between or not (진동은 최대 2.5g), or before the first end of its range
    (내진 설계 기준을 0.2g에서 0.3g로), or the word after the unit, alone or
    with a particle of one syllable (15C 조선의), the unit bare or with 의 (9g의 가속도, 9g의
    중력을)."""
    figure = _FIGURE_BEFORE.search(text, line_start, j)
    before = text[line_start : figure.start() if figure else j].rstrip(" ")
    start = _RANGE_START.search(before)
    if start and start.group(1) == text[j:k]:
        before = before[: start.start()].rstrip(" ")  # 내진 설계 기준을 0.2g에서 0.3g로: the range's word
    degree = before.rpartition(" ")
    if degree[1] and degree[2] in roles()["field_degree"]:
        before = degree[0].rstrip(" ")  # 진동은 최대 2.5g까지: a peak or an average between them
    if before[-1:] in _BEFORE_PARTICLE and before[:-1].endswith(word):
        before = before[:-1]  # 내진 성능은 0.5g: the word before with its particle
    if before.endswith(word) and (len(before) == len(word) or not _is_hangul(before[-len(word) - 1])):
        return True
    after = k + 1 if text.startswith(" ", k) else k + 2 if text.startswith("의 ", k) else k
    if not text.startswith(word, after):
        return False
    rest = text[after + len(word) : after + len(word) + 2]
    if not rest or not _is_hangul(rest[0]):
        return True
    return rest[0] in _ONE_SYLLABLE and (len(rest) < 2 or not _is_hangul(rest[1]))


#: A particle of one syllable that may close a word beside a figure (15C 조선의 백자).
_ONE_SYLLABLE = frozenset("의은는이가을를에도와과")
#: A particle that may close the word right before a figure (내진 성능은 0.5g, 내진 설계 기준을 0.3g로).
_BEFORE_PARTICLE = frozenset("의은는이가도을를")
#: The first end of a range, a figure and its unit (group 1) before 에서 or 부터 or a tilde,
#: at the end of the text before the second: 0.2g에서 in ``0.2g에서 0.3g로``.
_RANGE_START = re.compile(r"(?<![\d.,])\d[\d.,]* ?([^\s\d~∼]+?) ?(?:에서|부터|[~∼])$")


def _is_hangul(c: str) -> bool:
    return "\uac00" <= c <= "\ud7a3"


def _divisor(text: str, k: int, end: int) -> tuple[int, str]:
    """A second divisor after a rate per unit of time, said after 퍼 with its figure: 60mL/min/1.73㎡
    → 분당 육십 밀리리터 퍼 일 점 칠삼 제곱미터, 70km/s/Mpc → 초속 칠십 킬로미터 퍼 메가파섹;
    ``(k, "")`` where there is none."""
    d = _DIVISOR.match(text, k, end)
    m = _unit_re().match(text, d.end(), end) if d else None
    if d is None or m is None or m.start(1) != d.end():
        return k, ""
    k2, spoken = _unit_at(m, text, end)
    figure = f"{decimal(d.group(1))} " if d.group(1) else ""
    return k2, f" 퍼 {figure}{spoken}"


def _same_divisor(word: str) -> tuple[str, ...]:
    """The rate words of the divisor whose rate ``word`` is (시속 → 시속, 시간당)."""
    for speed, rate, _ in _per_time().values():
        if word in (speed, rate):
            return tuple(w for w in (speed, rate) if w != "-")
    return (word,)


def _written(text: str, figure: re.Match[str] | None, words: tuple[str, ...]) -> bool:
    """Whether one of the rate ``words`` is written before the ``figure`` (see :func:`rate_written`)."""
    return figure is not None and rate_written(text, figure.start(), words, whole=False)


def match_unit(text: str, j: int, end: int) -> tuple[int, str] | None:
    """The unit written at ``text[j:]`` (one space allowed before it), as ``(end, spoken)``.
    A unit divided by another (``㎍/㎥``, ``mg/dL``) reads 퍼 between them; one divided by a
    unit of time (``km/h``, ``mm/h``) starts with its rate (시속 킬로미터, 시간당 밀리미터), which
    :func:`with_figure` says before the figure."""
    m = _unit_re().match(text, j, end)
    if not m:
        return _context_unit(text, j, end) or _inches(text, j, end)
    if m.group(1) in _context_spellings():
        # a unit of the table with another meaning in a field near it: 2t of a recipe is a spoon
        found = _context_unit(text, j, end)
        if found:
            return found
    unit = m.group(1)
    if m.start(1) > j and not unit[0].isascii():
        return None
    k, spoken = _unit_at(m, text, end)
    figure = _FIGURE_END.search(text, max(0, j - 24), j)
    rate, _, rest = spoken.partition(" ")
    if rest and rate in _said_after() and _written(text, figure, _same_divisor(rate)):
        return k, rest  # 시속 60mph → 시속 육십 마일: the rate is said once
    if k + 1 < end and text[k] == "/":
        per = _per_time_re().match(text, k, end)
        length = unit in column("units.tsv", 2)
        if per and (length or _per_time()[per.group(1)][1] != "-"):
            speed, rate, after = _per_time()[per.group(1)]
            # only a rate of the same divisor is this one written before: 시간당 … 20m/s keeps 초속
            written = _written(text, figure, tuple(w for w in (speed, rate) if w != "-"))
            k = per.end()
            if k < end and text[k] in POWER_NAMES:
                # the unit of time squared, as in an acceleration: 9.8m/s² → 미터 매초 제곱
                return k + 1, f"{spoken} {after} {POWER_NAMES[text[k]]}"
            k, divisor = _divisor(text, k, end)
            if written:
                return k, spoken + divisor  # 시속 100km/h → 시속 백 킬로미터: the rate is said once
            # 120km/h → 시속 … 킬로미터, 50mm/h → 시간당 … 밀리미터 (said before the figure)
            return k, f"{speed if length else rate} {spoken}{divisor}"
        m2 = _unit_re().match(text, k + 1, end)
        if m2 and m2.start(1) == k + 1:
            k2, per_unit = _unit_at(m2, text, end)
            return k2, f"{spoken} 퍼 {per_unit}"
    return k, spoken
