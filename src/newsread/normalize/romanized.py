"""Korean words written in the Revised Romanization (``Gangnam`` → 강남, ``Daegu`` → 대구,
``Chungcheongbuk-do`` → 충청북도, ``makgeolli`` → 막걸리), read back as Hangul instead of
through the English spelling rules (which make 갱냄 of Gangnam).

A word is taken for romanized Korean only where it can be cut into syllables of the
romanization (an initial, a vowel, and a final from its small inventory) and the cut looks
Korean rather than English: a vowel only the romanization writes (eo, eu, ae, yeo), an
initial cluster English has not (gy, hw, gw, jj), ng before a consonant (Gangnam), or
syllables all common in Korean names ending in one that ends a place's name (Ulsan, Pohang;
``data/romanized_syllables.tsv``); a name joined by hyphens (Heung-min, Seongsu-dong) needs
only the mark or the common syllables. A spelling that only English has (a silent e, ee, ou,
-ion) rules a word out. The English lexicon (``data/english.tsv``) is
consulted first, so ``game`` stays 게임; this rule speaks only for words no list knows.
A given name of two syllables joined by a hyphen is read as names spell their syllables, beyond
the romanization (``data/name_syllables.tsv``: Ji-sung 지성, Byung-chul 병철, Hee-chan 희찬).

>>> read_romanized("Gangnam")
'강남'
>>> read_romanized("Chungcheongbuk-do")
'충청북도'
>>> read_romanized("makgeolli")
'막걸리'
>>> read_romanized("time") is None
True
>>> read_romanized("Ji-sung")
'지성'
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise, product

from newsread.normalize.data import column, table
from newsread.normalize.pronounce import lexicon

_CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONG = ["", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]

#: The romanization's initials (the empty one is ㅇ); l only after a final l (Jeolla, Silla).
_INITIALS = {
    "kk": "ㄲ", "tt": "ㄸ", "pp": "ㅃ", "ss": "ㅆ", "jj": "ㅉ", "ch": "ㅊ",
    "g": "ㄱ", "n": "ㄴ", "d": "ㄷ", "r": "ㄹ", "l": "ㄹ", "m": "ㅁ", "b": "ㅂ", "s": "ㅅ",
    "j": "ㅈ", "k": "ㅋ", "t": "ㅌ", "p": "ㅍ", "h": "ㅎ", "": "ㅇ",
}  # fmt: skip
_VOWELS = {
    "yae": "ㅒ", "yeo": "ㅕ", "wae": "ㅙ",
    "ae": "ㅐ", "ya": "ㅑ", "eo": "ㅓ", "ye": "ㅖ", "wa": "ㅘ", "oe": "ㅚ", "yo": "ㅛ",
    "wo": "ㅝ", "we": "ㅞ", "wi": "ㅟ", "yu": "ㅠ", "eu": "ㅡ", "ui": "ㅢ",
    "a": "ㅏ", "e": "ㅔ", "o": "ㅗ", "u": "ㅜ", "i": "ㅣ",
    # the older spellings that names keep (Yoon, Soo, Hee): a word with them is taken for
    # Korean only in a name joined by hyphens (Nam-joon, Tae-hee)
    "yoo": "ㅠ", "oo": "ㅜ", "ee": "ㅣ", "you": "ㅕ",
}  # fmt: skip
#: Vowels read otherwise before a final in names: yu before n or ng after a consonant
#: (Hyun 현, Myung 명: 휸 and 뮹 are no names), you before ng (Young 영).
_NAME_VOWELS = {"yu": ("ㅕ", "n"), "you": ("ㅕ", "ng")}
#: Finals as the romanization writes them (k, t, p: before a vowel it writes g, d, b, the
#: next syllable's initial).
_FINALS = {"ng": "ㅇ", "k": "ㄱ", "n": "ㄴ", "t": "ㅅ", "l": "ㄹ", "m": "ㅁ", "p": "ㅂ"}
_INITIAL_ORDER = sorted(_INITIALS, key=len, reverse=True)
_VOWEL_ORDER = sorted(_VOWELS, key=len, reverse=True)
_FINAL_ORDER = sorted(_FINALS, key=len, reverse=True)

#: Spellings that only the romanization has: its own vowels, and initials before y or w
#: that English words rarely start a syllable with.
_KOREAN_MARK = re.compile(
    r"(?:^|(?<=[sjgkyb])|(?<=[^t]h)|(?<=^h)|(?<=tt)|(?<=ch))eo"  # 서, 전, 건, 천, 허 (not Mateo, Odeon, Theo)
    r"|(?<![nrt])eu(?=[nlk]|m.|p[^h]|ng)"  # 은, 을, 금, 극 (not Euro, Eugene, Reuben, Museum, Euphoria)
    r"|ae(?![lrot])|(?<!^)ae(?=o)"  # 대, 해 (not Michael, Aeon, Aetna)
    r"|[bghmp]y[aeo]|[gh]w[aeo]|jj"  # 경, 효, 평, 광, 화, 찌
    r"|(?<!i)ng[bdgjmnp]|(?<!i)ng[sc](?=[aeiouy])"  # 강남, 종로, 송파 (not Kingpin)
)
#: Spellings of a syllable of a given name that English words do not have: yu before n after
#: a consonant (Hyun 현, Kyung 경) and ju at the start (Jun 준, Jung 정).
_NAME_SIGN = re.compile(r"(?<=[^aeiou])yun|^ju")
#: Spellings that English words have and the romanization does not: a long vowel written
#: twice, a silent e at the end after a single consonant, -tion.
_ENGLISH_MARK = re.compile(r"ee|oo|[^aeiou]e$|ion$|ie$|ue$|ea|(?<!e)ou|ou(?!i)|ai|au|oa")
_FINAL_E = re.compile(r"[^aeiou]e$")
#: The last syllable of a Korean place's name (Ulsan, Suwon, Pohang, Andong, Mapo): a word
#: in capitals and small letters of common syllables that ends in one is taken for a place.
_PLACE_ENDS = frozenset("산주구동리로천포원양평진항읍면봉강궁문장당촌탄실종인미도남북해사성")


def _syl(cho: str, jung: str, jong: str) -> str:
    return chr(0xAC00 + (_CHO.index(cho) * 21 + _JUNG.index(jung)) * 28 + _JONG.index(jong))


@lru_cache(maxsize=4096)
def _parses(word: str) -> tuple[tuple[str, ...], ...]:
    """Every cut of a lower-case ``word`` into romanized syllables, as Hangul syllables."""
    out: list[tuple[str, ...]] = []

    def go(i: int, prev_final: str, acc: list[str]) -> None:
        if len(out) > 64:
            return
        if i == len(word):
            out.append(tuple(acc))
            return
        for ini in _INITIAL_ORDER:
            if not word.startswith(ini, i) or (ini == "l" and prev_final != "l"):
                continue
            j = i + len(ini)
            for v in _VOWEL_ORDER:
                if not word.startswith(v, j):
                    continue
                k = j + len(v)
                jung = _VOWELS[v]
                if v in _NAME_VOWELS and (v != "yu" or ini) and word.startswith(_NAME_VOWELS[v][1], k):
                    jung = _NAME_VOWELS[v][0]  # Hyun 현, Myung 명, Young 영
                go(k, "", [*acc, _syl(_INITIALS[ini], jung, "")])
                for fin in _FINAL_ORDER:
                    if not word.startswith(fin, k):
                        continue
                    after = word[k + len(fin) : k + len(fin) + 1]
                    # the romanization writes a final before a vowel as the next initial
                    # (속옷 sogot), and k, t, p before r or l as they sound (백로 Baengno):
                    # only n, ng and m may be finals before a vowel (Cheonan, Gangwon, Namyang)
                    if after and after in "aeiouwy" and fin not in ("n", "ng", "m"):
                        continue
                    if after and after in "rl" and fin in ("k", "t", "p"):
                        continue
                    go(k + len(fin), fin, [*acc, _syl(_INITIALS[ini], jung, _FINALS[fin])])

    go(0, "", [])
    return tuple(out)


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    return frozenset(column("romanized_syllables.tsv", 0))


def _jamo(syllable: str) -> tuple[int, int, int]:
    code = ord(syllable) - 0xAC00
    return code // 588, code % 588 // 28, code % 28


#: Jamo indices: the initials ㄱ and ㅇ, the medials ㅘ, ㅙ, ㅝ.
_G, _O, _WA, _WAE, _WO = 0, 11, 9, 10, 14


def _ng_then_w(a: str, b: str) -> bool:
    """ㄴ then 궈/과/괘 where the letters also cut as ㅇ then 워/와/왜 (Gangwon 강원)."""
    return _jamo(a)[2] == 4 and _jamo(b)[0] == _G and _jamo(b)[1] in (_WA, _WAE, _WO)


def _best(word: str) -> tuple[str, ...] | None:
    """The cut of ``word`` that a Korean reader would make: fewest syllables (the longest
    initials, vowels and finals), most syllables common in names, ng before w as a final
    (Gangwon 강원, not 간권), then a consonant between vowels starting the next syllable."""
    cuts = _parses(word)
    if not cuts:
        return None
    common = _common()
    return min(
        cuts,
        key=lambda c: (
            len(c),
            -sum(1 for s in c if s in common),
            sum(1 for a, b in pairwise(c) if _ng_then_w(a, b)),
            sum(1 for s in c[1:] if _jamo(s)[0] == _O),
            sum(1 for s in c if _jamo(s)[2]),
        ),
    )


def _respell(word: str, spellings: dict[str, str]) -> str:
    for old, new in spellings.items():
        word = word.replace(old, new)
    return word


def _lexicon_word(part: str) -> bool:
    return part.lower() in table("english.tsv") or part in table("acronyms.tsv")


def _name_choices(part: str) -> tuple[str, ...]:
    """The syllables a given name's ``part`` may be, the most frequent in names first
    (``data/name_syllables.tsv``: jung 정 or 중, jong 종 or 정), else the romanization's one
    with k read ㄱ before a, e, i, w, y (Ki 기, Kyu 규, Kang 강); none where ``part`` is not
    one syllable."""
    low = part.lower()
    said = table("name_syllables.tsv").get(low)
    if said:
        return tuple(said.split("|"))
    cut = _best("g" + low[1:] if re.match("k[aeiwy]", low) else low)
    return (cut[0],) if cut and len(cut) == 1 else ()


def name_syllable(part: str) -> str | None:
    """One syllable of a given name, the most frequent of those it may be, or None where
    ``part`` is not one syllable."""
    choices = _name_choices(part)
    return choices[0] if choices else None


def _name_syllables(parts: list[str]) -> str | None:
    """The Hangul of ``parts``, one syllable each, every one listed as a name's spelling or
    common in names (not Re-run's 레룬), else None. Where a part may be more than one
    syllable, a given name of ``data/given_names.tsv`` wins (Dae-jung 대중, Min-jung 민정,
    Jong-un 정은), else each part's most frequent syllable (Jong-suk 종석)."""
    choices = []
    for p in parts:
        said = _name_choices(p)
        if not said or (said[0] not in _common() and p.lower() not in table("name_syllables.tsv")):
            return None
        choices.append(said)
    if all(len(c) == 1 for c in choices):
        return "".join(c[0] for c in choices)
    names = table("given_names.tsv")
    ranked = sorted(product(*(enumerate(c) for c in choices)), key=lambda combo: sum(k for k, _ in combo))
    readings = ["".join(s for _, s in combo) for combo in ranked]
    return next((r for r in readings if r in names), readings[0])


def read_given_name(word: str, *, joined: bool = False) -> str | None:
    """The Hangul of a Korean given name of two syllables joined by a hyphen (``Ji-sung`` →
    지성, ``Kang-in`` → 강인, ``Hee-chan`` → 희찬), each a syllable common in names; with
    ``joined``, also written as one word (``Yuna`` → 유나) where it cuts so and is no English
    word."""
    parts = word.split("-")
    if not all(p.isascii() and p.isalpha() for p in parts) or not word[0].isupper():
        return None
    if len(parts) == 2 and all(p[1:].islower() for p in parts):  # Heung-min, or Heung-Min
        return _name_syllables(parts)
    if len(parts) > 1 or not joined or not word[1:].islower() or _lexicon_word(word):
        return None
    low = word.lower()
    if _ENGLISH_MARK.search(_respell(low, {"ee": "i", "oo": "u", "young": "yeong"})):
        return None
    for k in range(1, len(low)):
        if low[k] in "aeiou":
            continue  # a cut before a vowel is no name's (Solo 솔오)
        said = _name_syllables([low[:k], low[k:]])
        if said:
            return said
    return None


def read_name_syllable(part: str) -> str | None:
    """The Hangul of ``part``, one capitalised syllable of a Korean given name (Hyun 현, Jun 준,
    Seung 승) common in names or listed as a name's spelling, spelled as only the romanization
    spells (see _NAME_SIGN); None otherwise, as for Man, Son or Ban, which English has. A stage
    name joins it to a letter by a hyphen (J-Hyun 제이현, not 제이하이언)."""
    low = part.lower()
    if not (part[:1].isupper() and part[1:].islower()) or _lexicon_word(part):
        return None
    if not (_KOREAN_MARK.search(low) or _NAME_SIGN.search(low)):
        return None
    said = _name_choices(part)
    if not said or (said[0] not in _common() and part.lower() not in table("name_syllables.tsv")):
        return None
    return said[0]


def read_surname(word: str) -> str | None:
    """The Hangul of a Korean surname in Latin letters (``data/romanized_surnames.tsv``:
    Lee → 이, Park → 박), in capitals too (SON → 손), else None."""
    return table("romanized_surnames.tsv").get(word.capitalize() if word.isupper() else word)


def surname_is_word(word: str) -> bool:
    """Whether the surname ``word`` is an English word or another name too (Moon, Han, Oh)."""
    return (word.capitalize() if word.isupper() else word) in column("romanized_surnames.tsv", 2)


def read_romanized(word: str) -> str | None:
    """The Hangul of ``word`` where it is romanized Korean, else None."""
    parts = word.split("-")
    if not all(p.isascii() and p.isalpha() for p in parts) or word.isupper():
        return None
    # a name joined by hyphens: a capital only at the start (Heung-min, Gyeongsangbuk-do),
    # no part an English word or a listed name (Hyundai-Rotem, e-mail)
    hyphened = len(parts) > 1
    if len(parts) == 2 and parts[1][:1].isupper() and not any(_lexicon_word(p) for p in parts):
        # a given name of two syllables with the second capitalised too, as rosters and stage
        # names write it (Jae-Hyun 재현, Min-Ho 민호), each a syllable of names
        return read_given_name(word)
    if hyphened and (
        not parts[0][0].isupper() or not all(p[1:].islower() for p in parts) or any(p[0].isupper() for p in parts[1:])
    ):
        return None
    if hyphened and (_lexicon_word(parts[0]) or any(len(p) > 3 and _lexicon_word(p) for p in parts[1:])):
        return None
    name = read_given_name(word) if len(parts) == 2 else None
    if name:
        return name
    low = word.lower()
    out = []
    common = True
    for p in parts:
        cut = _best(p.lower())
        if cut is None:
            return None
        common = common and all(s in _common() for s in cut)
        out.append("".join(cut))
    said = "".join(out)
    if len(said) < 2 or len(word) < 4:
        return None
    marked = any(_KOREAN_MARK.search(p.lower()) for p in parts)
    if hyphened:
        # the older spellings of names count here (Nam-joon), English endings do not (Man-made)
        older = {"ee": "i", "oo": "u", "young": "yeong"}
        english = any(_ENGLISH_MARK.search(_respell(p.lower(), older)) for p in parts)
        return said if (common or marked) and not english else None
    if _ENGLISH_MARK.search(low) and not (marked and _FINAL_E.search(low) and not _ENGLISH_MARK.search(low[:-2])):
        return None  # a final e after a consonant is 에 in a word that shows the romanization (Geoje 거제)
    place = common and word[0].isupper() and word[1:].islower() and said[-1] in _PLACE_ENDS
    return said if place or marked else None


def read_capitals(word: str) -> str | None:
    """The Hangul of a word in capitals that spells a Korean name in the romanization, as a
    group's, a singer's or a brand's name is written alone in quotes ('SEOYEON' → 서연, 'YOONHA' →
    윤하, 'HAEDAM' → 해담): a word of four letters or more that no list gives (not SEO, NEON or an
    acronym, nor a word of the pronouncing dictionary that shows no spelling of the romanization:
    MANGO, NIKI), read as the same word in title case would be, a place or a word that shows the
    romanization (Seoyeon) or a given name of two syllables common in names (Yoonha); None
    otherwise."""
    if len(word) < 4 or not word.isascii() or not word.isalpha() or not word.isupper() or _lexicon_word(word):
        return None
    low = word.lower()
    if low in lexicon() and not _KOREAN_MARK.search(low):
        return None  # a word the pronouncing dictionary holds, with no spelling of the romanization: MANGO, BONGO
    title = word.capitalize()
    said = read_romanized(title) or read_given_name(title, joined=True)
    return said if said and len(said) >= 2 else None


def romanizable(word: str) -> bool:
    """Whether the lower-case ``word`` cuts into syllables of romanized Korean (ulsan, chosun,
    seoul), whatever else it may be."""
    return _best(word) is not None


def _given_syllable(part: str) -> str | None:
    """The syllable of a given name of one syllable written apart (Bin 빈, Won 원), where it is
    common in names or listed as a name's spelling, else None."""
    one = _name_choices(part)
    return one[0] if one and (one[0] in _common() or part.lower() in table("name_syllables.tsv")) else None


#: A capitalised word alone before or after the word read, no other Latin word beyond it.
_SURNAME_AFTER = re.compile(r" ([A-Z][a-z]+)(?![A-Za-z0-9'-]| [A-Za-z])", re.ASCII)
_SURNAME_BEFORE = re.compile(r"(?<![A-Za-z0-9'-])(?<![A-Za-z] )([A-Z][a-z]+) $", re.ASCII)


def surname_pair(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The word ``text[start:end]`` of a Korean name written as two words that are both
    surnames (``data/romanized_surnames.tsv``), no other Latin word beside them: a given name of
    one syllable with its surname (Han Kang 한강, Do Kwon 도권, Song Kang 송강), not two
    English words (Do, Oh, Moon, Han are words too): the second word, read as the given name,
    must be no word (Hong Kong stays a place, Kong being a word). Read from the surname, the
    name is said whole as ``(end, said)`` (Han Kang → 한강, not 한 강 heard apart)."""
    word = text[start:end]
    after = _SURNAME_AFTER.match(text, end)
    before = _SURNAME_BEFORE.search(text, max(0, start - 12), start) if after is None else None
    near = after or before
    other = near.group(1) if near else ""
    said, given = read_surname(word), read_surname(other)
    if said and after and not given and not surname_is_word(word):
        # a surname that is no word before a given name of one syllable written apart, no
        # surname itself (Hyun Bin 현빈): the name, whole
        given = _given_syllable(other)
    elif said and after and (not given or surname_is_word(other)) and not (given and surname_is_word(word)):
        # one of the two is a surname that is a word too, the other not: a surname that is a word
        # before a given name of one syllable (Won Bin 원빈), or a surname that is no word before
        # a given name that is a surname and a word too (Choi Won 최원, Park Won 박원); a name
        # where neither is an English word and the given name is a syllable common in names
        # (Hong Kong stays a place: Kong, as a given name 콩, is none)
        english = _lexicon_word(other) or (given is None and _lexicon_word(word))
        one = None if english else _given_syllable(other)
        return (after.end(), said + one) if one else None
    if not said or not given or surname_is_word(other if after else word):
        return None
    return (after.end(), said + given) if after else (end, said)
