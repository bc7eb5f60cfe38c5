"""Hanja: news abbreviations, words and characters read in Hangul.

* A single Hanja standing alone is a headline abbreviation (``data/hanja_abbr.tsv``):
  surnames and established clippings stay short (李 → 이, 與 → 여), clippings a listener
  would not understand become the full word (佛 → 프랑스, 檢 → 검찰, 日 → 일본). With a
  particle attached a clipping is not said at all (미와 중이), so the full word of the
  table's third column is read (美와 中이 → 미국과 중국이). Clippings joined by middle dots
  are one compound (美·日 → 미일, 中·露 → 중러).
* Words with irregular readings come from ``data/hanja_words.tsv`` (論難 → 논란).
* Otherwise each character is read (``data/hanja_chars.tsv`` over the character table
  ``data/hanja_readings.tsv``) with the initial-sound rule at the start of a word
  (勞使 → 노사), 렬/률 → 열/율 after a vowel or ㄴ (比率 → 비율), and 不 → 부 before ㄷ/ㅈ.

>>> read_run("勞使", word_start=True)
'노사'
>>> read_run("事必歸正", word_start=True)
'사필귀정'
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from newsread.normalize.data import column, table

HANJA_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
HANJA_RUN = re.compile(f"[{HANJA_CLASS}]+")
#: Hanja in brackets right after a Hangul word: a gloss of that word, read once.
GLOSS = re.compile(f"\\( ?[{HANJA_CLASS}][{HANJA_CLASS}·, ]* ?\\)")

_INITIAL = {"녀": "여", "뇨": "요", "뉴": "유", "니": "이"}
_INITIAL_R = {"랴": "야", "려": "여", "례": "예", "료": "요", "류": "유", "리": "이"}
_INITIAL_R2 = {"라": "나", "래": "내", "로": "노", "뢰": "뇌", "루": "누", "르": "느"}


def is_hanja(c: str) -> bool:
    o = ord(c)
    return 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FA1F


def _split(s: str) -> tuple[int, int, int]:
    o = ord(s) - 0xAC00
    return o // 588, (o // 28) % 21, o % 28


def _join(cho: int, jung: int, jong: int) -> str:
    return chr(0xAC00 + (cho * 21 + jung) * 28 + jong)


def initial_rule(syl: str) -> str:
    """두음법칙 on one syllable at the start of a word (녀 → 여, 려 → 여, 로 → 노)."""
    if not "가" <= syl <= "힣":
        return syl
    cho, jung, jong = _split(syl)
    head = _join(cho, jung, 0)
    for tbl in (_INITIAL, _INITIAL_R, _INITIAL_R2):
        if head in tbl:
            c2, j2, _ = _split(tbl[head])
            return _join(c2, j2, jong)
    return syl


@cache
def _chars() -> dict[str, str]:
    base = dict(table("hanja_readings.tsv"))
    base.update(table("hanja_chars.tsv"))
    return base


@cache
def _words() -> dict[str, str]:
    return table("hanja_words.tsv")


@cache
def _max_word() -> int:
    return max((len(w) for w in _words()), default=1)


def char_reading(c: str) -> str | None:
    chars = _chars()
    r = chars.get(c)
    if r is None:
        nfc = unicodedata.normalize("NFC", c)
        r = chars.get(nfc)
    return r


def abbreviation(
    c: str, *, particle: bool = False, full: bool = False, joined: bool = False, first: bool = False
) -> str | None:
    """The reading of ``c`` as a headline abbreviation; ``particle``: a particle is attached
    (美와 中이), or ``full``: the clipping is counted one by one in a list (佛·獨·英 등), where the
    full word is read when the table gives one (미국과 중국이, 프랑스 독일 영국 등);
    ``joined``: one of a list joined by middle dots (美·日), read as the syllable of a
    compound (미일): a one-syllable clipping as it is (美 미, 李 이), a longer one as the
    table's fourth column or the character's reading (日 일, 露 러), which takes the initial
    sound rule where it is the ``first`` (勞·政 → 노정)."""
    short = table("hanja_abbr.tsv").get(c)
    if joined and not (short and len(short) == 1):
        said = column("hanja_abbr.tsv", 3).get(c)
        if said:
            return said
        said = char_reading(c)
        return initial_rule(said) if said and first else said
    if particle or full:
        word = column("hanja_abbr.tsv", 2).get(c)
        if word:
            return word
    return table("hanja_abbr.tsv").get(c)


#: A figure in percent or percentage points after a clipping, with its sign or not (比 20%
#: 증가, 比 +12.3%, 比 △3%: compared with), or an arrow or a sign before a figure of any unit
#: (比 ↑1만 명, 比 ▲120명, 평년比 +1.2℃, 전월比 -3,200원).
_PERCENT = re.compile(r"[-+−△▲▽▼↑↓]?[0-9][0-9.,]*%|[-+−△▲▽▼↑↓][0-9]")
#: A particle that ends the clipping's word (대회新을, 한국新이다).
_PARTICLES = "이다|으로|로|을|를|이|가|은|는|도|의|과|와|에"
_PARTICLE_END = re.compile(rf"(?:{_PARTICLES})(?![가-힣])")
#: The end of a noun a title of one syllable qualifies: the word's end, or 들, 적 or a particle
#: (those of _PARTICLE_END and a few more).
_NOUN_END = re.compile(rf"(?:들|적)?(?:{_PARTICLES}|에게|에서|까지|부터|마다|만|인|이자|조차)?(?![가-힣])")


@cache
def _contexts() -> dict[str, tuple[str, tuple[str, ...]]]:
    rows = column("hanja_abbr_context.tsv", 2)
    return {c: (table("hanja_abbr_context.tsv")[c], tuple(rows[c].split("|"))) for c in rows}


@cache
def _words_of(n: int) -> dict[str, tuple[str, ...]]:
    return {c: tuple(w for w in ws.split("|") if w) for c, ws in column("hanja_abbr_context.tsv", n).items()}


def reads_by_sentence(c: str) -> bool:
    """Whether a word of its sentence may decide the reading of the clipping ``c`` (伊)."""
    return c in _words_of(3)


def joined_abbreviation(c: str, following: str) -> str | None:
    """The reading of the clipping ``c`` written against the word before it, where the word
    after it decides and the table marks it so (전년比 15% → 대비, said apart: 전년 대비).

    >>> joined_abbreviation("比", " 15% 증가")
    '대비'
    >>> joined_abbreviation("比", " 관계") is None
    True
    """
    if column("hanja_abbr_context.tsv", 5).get(c) != "joined":
        return None
    return context_abbreviation(c, following)


def joined_tail(run: str, following: str) -> tuple[str, str] | None:
    """A run of Hanja that ends in such a clipping after a word of its own (前年比 15% →
    前年 and 대비), as ``(the word, the clipping's reading)``; a listed word that ends in the
    character, or a run read as the clipping's reading already (對比 대비), is no clipping.

    >>> joined_tail("前年比", " 10% 늘었다")
    ('前年', '대비')
    >>> joined_tail("對比", " 10%") is None
    True
    """
    if len(run) < 2 or run[-2:] in _words():
        return None
    said = joined_abbreviation(run[-1], following)
    if not said or read_run(run, word_start=True).endswith(said):
        return None
    return run[:-1], said


_HANGUL_WORD = re.compile(r"[가-힣]+")


def _word_not_against(
    following: str,
    against: tuple[str, ...],
    qualifying: tuple[str, ...] = (),
    qualified: tuple[str, ...] = (),
    wholes: tuple[str, ...] = (),
) -> bool:
    """Whether ``following`` opens with a word in Hangul that does not end in one of the words
    ``against`` (or is not one of one syllable), alone or before its particle (韓 관광객, 韓
    대표팀, 韓 발전; not 韓 대표는, 韓 권한대행, 韓 전 대표), or with one of them that may
    also qualify a noun (``qualifying``), written bare before one of the nouns it qualifies
    (``qualified``: 韓 대표 기업; not 韓 대표, 韓 대표 "…", 韓 대표 사퇴), or, for one of one
    syllable, before one of the nouns of a whole (``wholes``: 韓 전 산업; not 韓 전 대표, nor 韓
    전 선수, the former player)."""
    m = _HANGUL_WORD.match(following)
    if m is None:
        return False
    word = m.group()
    stems = [word] + [word[:k] for k in (len(word) - 1, len(word) - 2) if k > 0 and _PARTICLE_END.fullmatch(word[k:])]
    # a title of one syllable is the whole word (韓 전 대표), a longer one may end a compound
    if not any(stem == a or (len(a) > 1 and stem.endswith(a)) for stem in stems for a in against):
        return True
    rest = following[m.end() :]
    if word not in qualifying or rest[:1] != " ":
        return False
    noun = rest.lstrip(" ")
    if len(word) > 1:
        return noun.startswith(qualified)  # 韓 대표 기업, 韓 대표 선수단, 韓 대표 음식인
    # after a title of one syllable the noun whole, or with 들, 적 or a particle (韓 전 산업에,
    # 韓 전 세계적으로); not the start of another word (韓 전 산업부 장관: the former minister)
    return any(noun.startswith(q) and _NOUN_END.match(noun, len(q)) for q in wholes)


def context_abbreviation(c: str, following: str, sentence: str = "") -> str | None:
    """The reading of the clipping ``c`` where the word after it decides, or a word anywhere
    in its ``sentence`` (``data/hanja_abbr_context.tsv``): 金 값 → 금 값, 金 여사 → None (the
    table's 김); 伊 is 이란 in a sentence of Iran's missiles or sanctions, unless a word of
    Italy is there too.

    >>> context_abbreviation("金", "시세 급등")
    '금'
    >>> context_abbreviation("金", "여사") is None
    True
    >>> context_abbreviation("伊", " 정부", "伊 정부, 이스라엘에 미사일 보복")
    '이란'
    >>> context_abbreviation("伊", " 총리", "伊 총리 멜로니, 이스라엘 방문") is None
    True
    """
    entry = _contexts().get(c)
    if entry is None:
        return None
    reading, words = entry
    nearby, against = _words_of(3).get(c, ()), _words_of(4).get(c, ())
    if any(w in sentence for w in nearby) and not any(w in sentence for w in against):
        return reading
    following = following.lstrip(" ")
    for w in words:
        if w.startswith("#digit"):  # a figure, or a figure and the word after it (#digit당: 3당)
            hit = re.match("[0-9]+" + re.escape(w[len("#digit") :]), following) is not None
        elif w == "#percent":
            hit = _PERCENT.match(following) is not None
        elif w == "#end":
            hit = not following or following[0] in ".!?…'\"”’)]"
        elif w == "#word":  # any word but one of the words against (韓 관광객, not 韓 총리)
            hit = _word_not_against(
                following, against, _words_of(6).get(c, ()), _words_of(7).get(c, ()), _words_of(8).get(c, ())
            )
        elif w == "#comma":
            hit = following.startswith(",")
        elif w == "#particle":
            hit = _PARTICLE_END.match(following) is not None
        else:
            hit = following.startswith(w)
        if hit:
            return reading
    return None


def read_run(run: str, *, word_start: bool, prev_syllable: str = "") -> str:
    """Read a run of Hanja (unknown characters are left out)."""
    words = _words()
    out: list[str] = []
    k = 0
    start = word_start
    prev = prev_syllable
    while k < len(run):
        for n in range(min(_max_word(), len(run) - k), 1, -1):
            w = run[k : k + n]
            if w in words:
                r = words[w]
                out.append(r)
                prev = r[-1]
                k += n
                start = False
                break
        else:
            r = char_reading(run[k]) or ""
            if r:
                if start or (len(run) == 4 and k == 2):
                    # a four-character word is two words of two: 男尊女卑 → 남존여비, 男女老少 → 남녀노소
                    r = initial_rule(r)
                elif r in ("렬", "률") and prev and "가" <= prev <= "힣" and _split(prev)[2] in (0, 4):
                    r = "열" if r == "렬" else "율"
                if run[k] == "不" and k + 1 < len(run):
                    nxt = char_reading(run[k + 1]) or ""
                    if nxt and "가" <= nxt[0] <= "힣" and _split(nxt[0])[0] in (3, 12):
                        r = "부"
                out.append(r)
                prev = r[-1]
            k += 1
            start = False
    return "".join(out)
