"""Tensing (경음화) that the spelling and the morphology do not show, looked up in data files.

Many nouns are read with a tense consonant that no rule predicts: compounds with an unwritten
사이시옷 (산불 → 산뿔, 물고기 → 물꼬기) and Sino-Korean words whose second character is
tense by usage (물가 → 물까, 효과 → 효꽈, 문법 → 문뻡), while look-alikes are not (고기,
과학, 결과, 방법). Kiwi usually tags such a word as one noun, so the rules cannot see a boundary
there; the words are listed instead, in two files beside this module:

``data/tense_words.txt``
    ``written<TAB>pronounced``: a word and the same word with the onsets that are tense
    written tense (``산불	산뿔``), the first onset too where the word begins with a
    tense morpheme (``건수	껀쑤``, as 件 alone is 껀). It applies where the word is one morpheme or a run of noun
    or numeral morphemes of one word as Kiwi splits it (``산불이``, ``소비자물가``, ``열 + 두``),
    never to part of a morpheme. A line whose two sides are equal keeps a word out of the suffix rules below
    (``영수증	영수증``).

``data/tense_suffixes.txt``
    ``head<TAB>where``: a syllable (or a head of more, whose first syllable turns tense: 과장) that
    is tense as the head of a noun compound. ``where``
    lists one or more of ``after-noun`` (a morpheme of its own after a noun morpheme of the
    same word: 가능 + 성 → 가능썽), ``after-one`` (the same after a noun morpheme of one
    syllable only: 사 + 적 → 사쩍, not 개인 + 적), ``alone`` (a noun morpheme of its own
    anywhere, first in its word too: 세 건 → 세 껀), ``end:N`` (the last syllable of a common noun of at
    least N syllables: 특별법 → 특별뻡) and ``name:N`` (the last syllable of a proper noun of at
    least N syllables: 서울중앙지법 → 서울중앙지뻡).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from newsread.g2p.compounds import Seams
from newsread.g2p.hangul import TENSE, is_syllable, split
from newsread.g2p.rules import word_list

# morphemes a listed word may be made of (numerals too: 열 + 두 → 열뚜)
_NOUNS = {"NNG", "NNP", "NNB", "XR", "XSN", "XPN", "NR", "MM"}
# what may stand before a suffix that tenses after a noun
_STEMS = {"NNG", "NNP", "XR"}
_SUFFIX_TAGS = {"NNG", "XSN"}
# what a syllable that is tense on its own may be tagged (건 件: 세 건, 이번 건)
_ALONE_TAGS = {"NNB", "NNG"}
# a word of Hangul alone, with nothing written against it (a listed noun standing by itself)
_WHOLE_WORD = re.compile(r"(?<![가-힣])[가-힣]+(?![가-힣])")
# what may follow a noun but never the subject particle 가 (목표가 + 는, 목표가 + 이었다)
_AFTER_NOUN_ONLY = ("J", "VCP")


@dataclass(frozen=True)
class Suffix:
    """Where a syllable is tense as the head of a compound."""

    after_noun: bool = False
    end_min: int = 0  # 0: not at the end of a longer noun
    name_min: int = 0  # 0: not at the end of a proper noun
    after_one: bool = False  # after a noun of one syllable only
    alone: bool = False  # a noun of its own anywhere


@dataclass(frozen=True)
class Homograph:
    """A noun's reading in its other sense, and the cues to that sense: nouns the one before it
    (through 의) may end in, and runs of morphemes that may follow it."""

    reading: tuple[bool, ...]
    before: tuple[str, ...] = ()
    after: tuple[tuple[str, ...], ...] = ()
    # vetoes, over any cue: the noun before it, or the morphemes after it, that keep the listed sense
    not_before: tuple[str, ...] = ()
    not_after: tuple[tuple[str, ...], ...] = ()
    # adjectives whose adnominal form goes right before it (편안하: 편안한 잠자리)
    adjective: tuple[str, ...] = ()
    # a veto: verbs of the clause it is the subject of, other words between (잠자리가 다시 날아들었다)
    not_verb: tuple[str, ...] = ()
    # verbs that end that clause as a state does, the noun coming to be or ceasing (잠자리가 사라져 |
    # 길에 앉아: someone else sits)
    ends: tuple[str, ...] = ()


@dataclass(frozen=True)
class TenseLexicon:
    """Listed words (syllable index → tense or not), suffixes, and homographs."""

    words: dict[str, tuple[bool, ...]]
    suffixes: dict[str, Suffix]
    homographs: dict[str, Homograph] = field(default_factory=dict)

    @property
    def longest(self) -> int:
        return max((len(w) for w in self.words), default=0)


def _lines(name: str) -> Iterable[tuple[int, list[str]]]:
    text = resources.files("newsread.g2p").joinpath(f"data/{name}").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        fields = line.split("#")[0].split()
        if fields:
            yield number, fields


def parse_word(written: str, spoken: str) -> tuple[bool, ...]:
    """Which syllables of ``written`` have a tense onset in ``spoken``, the first too (件 alone is
    껀, and so is the first of 건수 → 껀쑤); ``ValueError`` if the two differ in anything else."""
    if len(written) != len(spoken) or not all(is_syllable(c) for c in written + spoken):
        raise ValueError(f"{written} / {spoken}: not two Hangul words of the same length")
    marks = []
    for w, s in zip(written, spoken, strict=True):
        (wo, wv, wc), (so, sv, sc) = split(w), split(s)
        if (wv, wc) != (sv, sc) or (so != wo and TENSE.get(wo) != so):
            raise ValueError(f"{written} / {spoken}: only onsets may change, and only to tense")
        marks.append(so != wo)
    return tuple(marks)


@lru_cache(maxsize=1)
def load() -> TenseLexicon:
    """The lexicon in ``data/`` (read once)."""
    words: dict[str, tuple[bool, ...]] = {}
    for number, fields in _lines("tense_words.txt"):
        if len(fields) != 2:
            raise ValueError(f"tense_words.txt:{number}: expected 'written<TAB>pronounced'")
        if fields[0] in words:
            raise ValueError(f"tense_words.txt:{number}: {fields[0]} is listed twice")
        try:
            words[fields[0]] = parse_word(*fields)
        except ValueError as exc:
            raise ValueError(f"tense_words.txt:{number}: {exc}") from None
    suffixes: dict[str, Suffix] = {}
    for number, fields in _lines("tense_suffixes.txt"):
        syllable, where = fields[0], fields[1:]
        after, end, name, one, alone = False, 0, 0, False, False
        for item in where:
            if item == "after-noun":
                after = True
            elif item == "after-one":
                one = True
            elif item == "alone":
                alone = True
            elif item.startswith("end:") and item[4:].isdigit() and int(item[4:]) >= 2:
                end = int(item[4:])
            elif item.startswith("name:") and item[5:].isdigit() and int(item[5:]) >= 2:
                name = int(item[5:])
            else:
                raise ValueError(f"tense_suffixes.txt:{number}: unknown place {item!r}")
        if not all(map(is_syllable, syllable)) or not where or split(syllable[0])[0] not in TENSE:
            raise ValueError(f"tense_suffixes.txt:{number}: expected syllables that can turn tense and a place")
        suffixes[syllable] = Suffix(after, end, name, one, alone)
    return TenseLexicon(words, suffixes, _homographs())


def _homographs() -> dict[str, Homograph]:
    """``data/homographs.txt``."""
    out: dict[str, Homograph] = {}
    for number, fields in _lines("homographs.txt"):
        cues = [cue.split("=", 1) for cue in fields[2:]]
        if len(fields) < 3 or any(len(c) != 2 or c[0] not in _CUES or not c[1] for c in cues):
            raise ValueError(
                f"homographs.txt:{number}: expected 'noun<TAB>reading<TAB>[not_]before=WORD|[not_]after=A+B ...'"
            )
        try:
            reading = parse_word(fields[0], fields[1])
        except ValueError as exc:
            raise ValueError(f"homographs.txt:{number}: {exc}") from None
        out[fields[0]] = Homograph(
            reading,
            tuple(v for k, v in cues if k == "before"),
            tuple(tuple(v.split("+")) for k, v in cues if k == "after"),
            tuple(v for k, v in cues if k == "not_before"),
            tuple(tuple(v.split("+")) for k, v in cues if k == "not_after"),
            tuple(v for k, v in cues if k == "adjective"),
            tuple(v for k, v in cues if k == "not_verb"),
            tuple(v for k, v in cues if k == "ends"),
        )
    return out


_CUES = ("before", "after", "not_before", "not_after", "adjective", "not_verb", "ends")


def _ends_in(form: str, words: tuple[str, ...]) -> bool:
    """Whether the noun ``form`` is one of ``words`` or ends in one of two syllables or more: a cue of one
    syllable is a suffix of its own (미술 + 계, a circle), never the end of another noun (관계, 입학)."""
    return any(form == w or (len(w) > 1 and form.endswith(w)) for w in words)


def _other_sense(tokens: Sequence[Any], k: int, entry: Homograph) -> bool:
    """Whether the words around ``tokens[k]`` give it the sense of ``entry``."""
    j = k - 1
    if j >= 0 and str(tokens[j].tag) == "JKG":
        j -= 1
    noun = str(tokens[j].form) if j >= 0 and str(tokens[j].tag) in _NOUNS else ""
    forms = [str(t.form) for t in tokens[k + 1 : k + 4]]
    if _ends_in(noun, entry.not_before) or any(tuple(forms[: len(run)]) == run for run in entry.not_after):
        return False
    if any(tuple(forms[: len(run)]) == run for run in entry.after):
        return True  # the words right after it say it (잠자리가 불편해): no later verb overrides them
    if entry.not_verb and not _verbs_of_subject(tokens, k, entry.ends).isdisjoint(entry.not_verb):
        return False
    return _ends_in(noun, entry.before) or _adjective_before(tokens, k) in entry.adjective


# the particles that make a noun the subject of its clause (잠자리가, 잠자리는, 잠자리도)
_SUBJECT = {("가", "JKS"), ("이", "JKS"), ("는", "JX"), ("은", "JX"), ("도", "JX")}
# what ends the clause of that subject: the sentence's end, a comma, an adnominal ending (the verb
# then qualifies another noun), or another subject
_CLAUSE_END = {"EF", "SF", "SP", "ETM", "JKS"}
# the connective endings that join one verb of the same subject to the next (가로질러 날았다, 맴돌고
# 앉았다); any other (있어야, 날자) ends the clause
_SERIAL = {"어", "아", "여", "고"}
# a predicate of state, whose -어 gives the reason for a clause of its own (잠자리가 불편해 | 앉아서 밤을
# 지새웠다, 잠자리가 없어 | 쪼그려 앉아 잤다): the subject's clause ends with it
_STATE = {"VA", "VA-I", "VA-R", "XSA", "VCP", "VCN"}


def _verbs_of_subject(tokens: Sequence[Any], k: int, ends: tuple[str, ...] = ()) -> frozenset[str]:
    """The stems of the verbs after ``tokens[k]`` in the clause it is the subject of, written against
    a subject particle (잠자리가 다시 날아들었다 → 날아들; 잠자리가 마당을 가로질러 날았다 → 가로지르,
    날), up to the end of that clause (잠자리가 있어야 날아갈 → 있): its first predicate of state (잠자리가
    불편해 앉아서 → 불편하) or verb of ``ends`` (잠자리가 사라져 길에 앉아 → 사라지), or a topic of its
    own after it (잠자리가 부족해 주민들은 … 앉아); none where the noun is no subject, or the complement of
    없이 (잠자리도 없이 의자에 앉아 잤다)."""
    if k + 1 >= len(tokens) or (str(tokens[k + 1].form), str(tokens[k + 1].tag)) not in _SUBJECT:
        return frozenset()
    if k + 2 < len(tokens) and str(tokens[k + 2].form) == "없이":
        return frozenset()
    stems = []
    for tok in tokens[k + 2 :]:
        tag, form = str(tok.tag), str(tok.form)
        if tag in ("VV", "VA"):
            stems.append(form)
        if tag in _STATE or tag in _CLAUSE_END or (tag == "EC" and form not in _SERIAL):
            break
        if tag.startswith("VV") and form in ends:
            break
        if tag == "JX" and form in ("은", "는"):
            break  # another topic: a clause of its own
    return frozenset(stems)


def _adjective_before(tokens: Sequence[Any], k: int) -> str:
    """The stem of the adjective or verb whose adnominal ending goes right before ``tokens[k]``, a
    root with its 하 as one stem (편안 + 하 + ᆫ → 편안하, 낯설 + ᆫ → 낯설), or ""."""
    if k < 2 or str(tokens[k - 1].tag) != "ETM":
        return ""
    stem, tag = str(tokens[k - 2].form), str(tokens[k - 2].tag)
    if tag in ("XSA", "XSV") and k >= 3:
        return str(tokens[k - 3].form) + stem
    return stem if tag.startswith(("VA", "VV")) else ""


def _department(tokens: Sequence[Any], k: int) -> bool:
    """Whether ``tokens[k]``, a 과 that Kiwi reads as the particle 'and', is 課, a department, between
    its name and its staff, with the office it belongs to before it (군청 농정과 직원 → 농정꽈,
    시청 기업지원과 공무원 → 기업찌원꽈; not 시장과 직원, 소방서 소방관과 직원: people, the particle).
    The name is the run of nouns written against 과 (기업 + 지원), the office the word before it; the
    offices, the staff and the people who are no department are listed in
    ``data/department_offices.txt``, ``data/department_staff.txt`` and ``data/department_people.txt``."""
    tok = tokens[k]
    if str(tok.form) != "과" or str(tok.tag) != "JC" or not _touch(tokens[k - 1], tok):
        return False
    first = _name_start(tokens, k - 1)
    if any(str(t.tag) != "NNG" for t in tokens[first + (str(tokens[first].tag) == "XPN") : k]):
        return False
    return _office_department(tokens, first, "".join(str(t.form) for t in tokens[first:k]), tokens[k + 1])


def _department_noun(tokens: Sequence[Any], k: int) -> bool:
    """Whether ``tokens[k]`` is a department's name (課) that Kiwi gives as one noun of three syllables
    or more ending in 과, between the office it belongs to and its staff (시청 정보과 직원 → 정보꽈,
    구청 복지과 주무관 → 복찌꽈, 시청 토지 + 정보과 직원 → 토지정보꽈), where a 과 that Kiwi splits
    off follows ``data/tense_suffixes.txt`` or ``_department``. The name may open with nouns written
    against it; the office, the staff and the people who are no department are those of
    ``_department`` (``_office_department``)."""
    tok, staff = tokens[k], tokens[k + 1]
    form = str(tok.form)
    if str(tok.tag) != "NNG" or len(form) < 3 or not form.endswith("과") or _touch(tok, staff):
        return False
    first = _name_start(tokens, k)
    return _office_department(tokens, first, "".join(str(t.form) for t in tokens[first : k + 1])[:-1], staff)


def _name_start(tokens: Sequence[Any], last: int) -> int:
    """The first of the run of nouns written against each other that ends at ``tokens[last]``, with the
    prefix Kiwi splits off its first (소 + 상공인: 소상공인)."""
    first = last
    while first > 0 and str(tokens[first - 1].tag) == "NNG" and _touch(tokens[first - 1], tokens[first]):
        first -= 1
    if first > 0 and str(tokens[first - 1].tag) == "XPN" and _touch(tokens[first - 1], tokens[first]):
        first -= 1
    return first


def _office_department(tokens: Sequence[Any], first: int, name: str, staff: Any) -> bool:
    """Whether ``name`` (without its 과), the run of nouns from ``tokens[first]``, is a department's: the
    word before it, written apart, is an office (``data/department_offices.txt``), ``staff`` is its
    staff (``data/department_staff.txt``), and the name is no person joined to them by 'and' (one of
    ``data/department_people.txt`` or of the staff, or a noun ending in one: 순경과 형사, 소방관과 직원),
    unless a longer ending of it is a department's (``data/department_names.txt``: 노인장애인과 직원)."""
    if first == 0 or _touch(tokens[first - 1], tokens[first]) or str(staff.form) not in word_list("department_staff"):
        return False  # the office is a word of its own, before the name
    person = _longest_ending(name, _department_people())
    if person and person >= _longest_ending(name, _department_names()):
        return False  # a person, joined by 'and' (주민과 직원, 순경과 형사), not a department (노인장애인과)
    office = tokens[first - 1]
    return str(office.tag) in _STEMS and _ends_in(str(office.form), tuple(word_list("department_offices")))


def _longest_ending(form: str, words: tuple[str, ...]) -> int:
    """The length of the longest of ``words`` that the noun ``form`` is or ends in (see :func:`_ends_in`),
    0 where none."""
    return max((len(w) for w in words if form == w or (len(w) > 1 and form.endswith(w))), default=0)


@cache
def _department_names() -> tuple[str, ...]:
    """Departments' names that end in a person's word (``data/department_names.txt``: 자치경찰, 노인장애인)."""
    return tuple(sorted(word_list("department_names")))


@cache
def _department_people() -> tuple[str, ...]:
    """The people who are no department: ``data/department_people.txt`` and the staff's own titles."""
    return tuple(sorted(word_list("department_people") | word_list("department_staff")))


def _touch(left: Any, right: Any) -> bool:
    """Whether Kiwi's token ``right`` is written right after ``left``, nothing between them."""
    return int(left.start) + int(left.len) == int(right.start)


def _words(tokens: Sequence[Any]) -> list[list[Any]]:
    """Kiwi's tokens grouped by word (tokens that touch with nothing between them)."""
    runs: list[list[Any]] = []
    for tok in tokens:
        if runs and _touch(runs[-1][-1], tok):
            runs[-1].append(tok)
        else:
            runs.append([tok])
    return runs


def _noun_at(run: Sequence[Any], k: int) -> bool:
    """Whether ``run[k]`` is a noun morpheme: tagged as one, or a 가 tagged as the subject particle
    that another particle or the copula follows in the same word, which a subject particle never
    is (목표가는, 목표가도, 목표가였다: the noun 가 (價), listed words such as 목표가 apply)."""
    tok = run[k]
    if str(tok.tag) in _NOUNS:
        return True
    following = str(run[k + 1].tag) if k + 1 < len(run) else ""
    return str(tok.tag) == "JKS" and str(tok.form) == "가" and following.startswith(_AFTER_NOUN_ONLY)


def _misread_predicate(tok: Any) -> bool:
    """Whether Kiwi's token ``tok`` is a predicate it reads into a noun: a verb or an adjective, or the
    copula with nothing written for it (그저께자 → 그저께 + 이 + 자)."""
    tag = str(tok.tag)
    return tag in ("VA", "VV") or (tag == "VCP" and not int(tok.len))


def _tense_head(part: str, tag: str, lex: TenseLexicon) -> int | None:
    """Where in the noun ``part`` (tagged ``tag``) a head of ``data/tense_suffixes.txt`` that ends it
    turns tense (특별법 → 2, 총무과장 → 2, 서울중앙지법 → 5), if one does."""
    for head, rule in lex.suffixes.items():
        if len(head) >= len(part) or not part.endswith(head):
            continue
        if (rule.end_min and tag == "NNG" and len(part) >= rule.end_min) or (
            rule.name_min and tag == "NNP" and len(part) >= rule.name_min
        ):
            return len(part) - len(head)
    return None


def _first_word(surface: str, lex: TenseLexicon, seams: Seams) -> int:
    """The length of the first word of ``surface``, a noun Kiwi gives as one morpheme, as Kiwi reads
    it on its own (증권가 → 증권 + 가: 2), where that word is listed or ends in a tense head; else 0."""
    for size in range(2, len(surface)):
        part = surface[:size]
        if part in lex.words or _tense_head(part, "NNG", lex) is not None:
            found = seams(surface)
            return size if found and min(found) == size else 0
    return 0


def tense_positions(
    text: str, tokens: Sequence[Any], lex: TenseLexicon | None = None, seams: Seams | None = None
) -> set[int]:
    """Positions in ``text`` of the syllables whose onset the lexicon makes tense. With ``seams``
    (where Kiwi reads a word on its own as two or more words), the first word of a longer noun that
    Kiwi gives as one morpheme is read as where Kiwi splits the noun (증권 + 시장 → 증꿘시장): listed,
    or ending in a tense head (증권가 → 증꿘가, 채권단 → 채꿘단, 인기작 → 인끼작); a later word is not
    (불고기), where a lexicalised compound may read it otherwise."""
    lex = lex or load()
    longest = lex.longest
    marks: dict[int, bool] = {}
    found: list[tuple[int, tuple[bool, ...]]] = []
    for run in _words(tokens):
        for k, tok in enumerate(run):
            start, length, tag = int(tok.start), int(tok.len), str(tok.tag)
            surface = text[start : start + length]
            rule = lex.suffixes.get(surface)
            if rule and rule.after_noun and k and tag in _SUFFIX_TAGS and str(run[k - 1].tag) in _STEMS:
                marks[start] = True  # 가능 + 성
            after_one = rule and rule.after_one and k and int(run[k - 1].len) == 1
            if after_one and tag in _SUFFIX_TAGS and str(run[k - 1].tag) in _STEMS:
                marks[start] = True  # 사 + 적, not 개인 + 적
            if rule and rule.alone and tag in _ALONE_TAGS and str(tok.form) == surface:
                marks[start] = True  # 세 + 건, not 중요한 건 (거 + ㄴ)
            head = _tense_head(surface, tag, lex)
            if head is not None:
                marks[start + head] = True  # 특별법, 총무과장, 서울중앙지법
            if tag not in _NOUNS:
                continue
            first = _first_word(surface, lex, seams) if seams is not None and tag in _STEMS else 0
            if first:  # as if Kiwi had split it there: 증권 + 가 → 증꿘가, 채권 + 단 → 채꿘단
                part = surface[:first]
                if part in lex.words:
                    found.append((start, lex.words[part]))
                elif (head := _tense_head(part, "NNG", lex)) is not None:
                    marks[start + head] = True
            for end in range(k, len(run)):
                if not _noun_at(run, end):
                    break
                stop = int(run[end].start) + int(run[end].len)
                if stop - start > longest:
                    break
                entry = lex.words.get(text[start:stop])
                if entry is not None:
                    found.append((start, entry))
    for k in range(1, len(tokens) - 1):
        if _department(tokens, k):
            marks[int(tokens[k].start)] = True  # 군청 농정 + 과 직원 → 농정꽈
        elif _department_noun(tokens, k):
            marks[int(tokens[k].start) + int(tokens[k].len) - 1] = True  # 시청 정보과 직원 → 정보꽈
    # a listed word standing alone whose end Kiwi misreads as a predicate (횡재세 → 횡재 + 세다), or as
    # a copula it supplies where none is written and an ending (그저께자 → 그저께 + 이 + 자), is still the
    # listed word (not 거래가, 거래 + 가: a noun and its particle)
    for m in _WHOLE_WORD.finditer(text):
        if m.group() in lex.words and any(
            m.start() <= int(t.start) < m.end() and _misread_predicate(t) for t in tokens
        ):
            found.append((m.start(), lex.words[m.group()]))
    # listed words decide over the suffixes, and a longer word over a shorter one
    for start, entry in sorted(found, key=lambda f: len(f[1])):
        for i, tense in enumerate(entry):
            marks[start + i] = tense
    # and a homograph's other sense over the listed one, where the words around it tell it
    for k, tok in enumerate(tokens):
        other = lex.homographs.get(str(tok.form))
        if other and str(tok.tag) == "NNG" and _other_sense(tokens, k, other):
            for i, tense in enumerate(other.reading):
                marks[int(tok.start) + i] = tense
    return {p for p, tense in marks.items() if tense}
