"""Latin script: acronyms by Korean letter names (GPU → 지피유), the ones read as words
(``data/acronyms.tsv``: APEC → 에이펙, NATO → 나토), common English words and names
(``data/english.tsv``), and mixed forms (AI-RAN → 에이아이 랜, K-팝 → 케이팝, 3D → 쓰리디,
B2B → 비투비).

>>> read_token("GPU")
'지피유'
>>> read_token("AI-RAN")
'에이아이 랜'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache
from types import MappingProxyType

from newsread.normalize.cardinal import digits, integer
from newsread.normalize.data import column, roles, table
from newsread.normalize.english import (
    SPANISH_MARKED_END,
    east_asian,
    in_language,
    language_cues,
    pinyin,
    read_marked,
    science_said,
    transliterate,
)
from newsread.normalize.pronounce import (
    english_compound,
    hangul,
    lexicon,
    meant_not_said,
    not_heads,
    pronounce,
    said_word,
)
from newsread.normalize.romanized import read_name_syllable, read_romanized, romanizable
from newsread.normalize.symbol import PRE

#: A Latin token: letters and digits, joined by ``-``, ``&`` or an apostrophe.
TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:(?:[&'’]|-(?=[A-Za-z0-9]))[A-Za-z0-9]+)*", re.ASCII)
#: A possessive or a contraction at a word's end ('s, n't, 're, 'll, 've, 'd, 'm), one apostrophe in it.
_CONTRACTION = re.compile(r"^[A-Za-z][^'’]*[A-Za-z]['’](?:s|t|re|ll|ve|d|m)$", re.ASCII | re.IGNORECASE)
_PARTS = re.compile(r"[A-Za-z]+|[0-9]+|[&'’-]", re.ASCII)
#: Aircraft types read digit by digit with 0 as 공: A380 → 에이 삼팔공, A321 → 에이 삼이일, B737 → 비 칠삼칠.
AIRCRAFT = re.compile(r"A3[12][0-9]|A[23][0-9]0|B7[0-9]7", re.ASCII)
#: A surname with a prefix of its own capital (McIlroy, MacArthur, DeSantis, DiCaprio, LaGuardia).
_PREFIXED = re.compile(r"(Mc|Mac|De|Di|La|Le)([A-Z][a-z]{2,})", re.ASCII)
#: How the prefixes are said before the name: Mc and Mac 맥 (its k starting the name's first
#: vowel: 매킬로이), De 디 as American names say it (DeSantis → 디샌티스, DeVos → 디보스).
_PREFIX_SAID = {"mc": "mak", "mac": "mak", "de": "di"}
_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+", re.ASCII)
#: A capital consonant and a consonant after it (Mnet, Kbank, Tmap): a letter and a word, unless the
#: two consonants can start an English word (Play, Street).
_LETTER_THEN_WORD = re.compile(r"[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz][a-z]+$", re.ASCII)
#: The starts of Slavic and Georgian names that no English word has (Gdansk, Dnipro, Zverev,
#: Tbilisi, Vladimir, Dvorak, Zlatan, Hrvatska, Svitolina, Dmytro), Polish names that start with sz, cz or a
#: consonant and rz (Szczecin, Czarnecki, Grzegorz), and Hungarian ones with zs or cs (Zsolt,
#: Csepel), and Nordic ones with kv, kj, hj, sj or bj (Kvistgaard, Hjulmand, Sjoberg, Bjorn), which are
#: not a letter and a word.
#: A nasal said as a syllable of its own before the consonant that starts a name of Africa, which
#: no English word starts so: Mbappe, Mboko, Nwaneri, Ndiaye (음바페, 은와네리, 은디아예); Mpox keeps its letter.
_NASAL_ONSET = re.compile(r"(m)(?=b[aeiou])|(n)(?=[dkwtzj][aeiou])", re.ASCII)
_NG_ONSET = re.compile(r"ng(?=[aeiou])", re.ASCII)
_VOWEL_GROUPS = re.compile(r"[aeiouy]+", re.ASCII)
_SLAVIC_ONSET = re.compile(
    r"(?:gd|dn|zv|tb|lv|vl|dv|zl|hr|sv|dm|kv|kj|hj|sj|bj)[aeiouy]|sz|cz|zs|cs|[tpkg]rz", re.ASCII
)
_VOWELS = "AEIOUY"
_CONSONANT_RUN = re.compile(r"[B-DF-HJ-NP-TV-XZ]+", re.ASCII)
#: Four capitals, each consonant alone before a vowel (LUMI, NOVA): a name said as a word.
_CVCV = re.compile(r"(?:[B-DF-HJ-NP-TV-Z][AEIOU]){2}", re.ASCII)
#: Two vowels and a final b, j, q or v, an end hardly any English word has (not one in two
#: hundred of the dictionary's that end in two vowels and a consonant): the initials of a board,
#: a bank or a bureau after those of an investigation or an investment (ARAIB, KAIB), spelled.
_RARE_END = re.compile(r"[AEIOU]{2}[BJQV]$", re.ASCII)
#: The two consonants that start words of English spelling (Play, Street), and names of South
#: Asia and Arabic names in it (Bhopal, Dhaka, Sri Lanka): no letter and a word.
_ONSETS = re.compile(r"dj|[bcdfgkpt]r|[bcfgkps]l|[bcdgkpstw]h|rh|[dgkstz]w|gn|kn|ps|s[cklmnpqrt]|ts|wr", re.ASCII)
#: An influenza strain, its numbers said in English: H5N1 → 에이치파이브엔원.
STRAIN = re.compile(r"H([0-9]{1,2})N([0-9]{1,2})", re.ASCII)
#: A strain's lineage written against it in small letters and a year (H1N1pdm09, the strain of
#: the 2009 pandemic; H3N2v, a variant): the strain is said as above and the lineage after it,
#: 피디엠 공구, 브이 (not a plural s).
_STRAIN_LINEAGE = re.compile(r"(H[0-9]{1,2}N[0-9]{1,2})((?!s$)[a-z]{1,4}[0-9]{0,2})", re.ASCII)
#: The parts of a web or e-mail address: names, numbers and the marks between them.
_ADDRESS_PARTS = re.compile(r"\.(?:com|net)(?![A-Za-z0-9])|[A-Za-z]+|[0-9]+|.", re.ASCII)
#: The name before the first number of a token: PS5, GPT-4o.
_NAME = re.compile(r"([A-Za-z]+)-?[0-9]", re.ASCII)
#: A code or model of one capital, or a name of three letters or more, and one digit written
#: against it (A4, V2, L2, X5, D3, Cloud9, Windows7): its digit is said in English, as Korean says
#: such names (에이포, 브이투, 엑스파이브, 클라우드나인, 윈도우세븐; the listed K2, F1, T1, V3, EV6
#: alike); a number of two digits or more after the letters is said in Sino-Korean (S24
#: 에스이십사, U20 유이십, KF21 케이에프이십일), and so is the digit after two capitals, the
#: number of a division as often as of a model (IB1본부 아이비 일 본부).
_ONE_DIGIT_CODE = re.compile(r"(?:[A-Z]-?|[A-Za-z]{3,})[0-9][A-Z]?", re.ASCII)
#: A code of capitals and figures that alternate twice or more and end in a serial of three
#: digits or more (a grant's or a project's number: HU21C0123, RS25C1234): its figures are
#: said digit by digit (에이치유 이일 씨 공일이삼), as no figure in it is an amount; a model's
#: short number at the end (B737MAX8, AB12CD34, K9A1) keeps its numbers.
#: A figure this long joined to a code's letters is a serial said digit by digit wherever it
#: stands in the code (HB261103-A1, KR-20261103), never an amount.
_SERIAL_DIGITS = 5
_SERIAL_CODE = re.compile(r"[A-Z]+[0-9]+(?:[A-Z]+[0-9]+)*[A-Z]+[0-9]{3,}", re.ASCII)


#: A model of two capitals and one digit (QM6, RS5, GT3, MX5; iX3 of BMW's small i): written apart
#: from the word after it, it is a car's or a camera's name, said in English as Korean says them
#: (큐엠식스, 알에스파이브, 지티쓰리); glued to a noun or a particle it is as often the number of a
#: division (IB1본부장, IB1에서: 아이비 일), which stays Sino-Korean.
_TWO_CAPITALS_CODE = re.compile(r"(?:[A-Z]{2}|i[A-Z])[0-9]", re.ASCII)
#: A maker's name a space before a model (기아 EV5, 폭스바겐 ID.4), and a model of up to three
#: letters and one digit after it.
_MAKER_BEFORE = re.compile(r"(?<![A-Za-z가-힣])([A-Za-z]+|[가-힣]+) $")
_MAKER_MODEL = re.compile(r"(?:[A-Z]{1,3}|i[A-Z]{1,2})[0-9]", re.ASCII)


#: A word written with a marked Latin letter (Rüdiger, Støre, Ibáñez).
_MARKED_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]*[\u00c0-\u024f][A-Za-z\u00c0-\u024f]*")
#: Marks that make another vowel of their letter: a word written with them is not the listed
#: word its folded letters spell (Støre is not store), while an accent alone leaves it as listed.
_VOWEL_MARKS = "äöüøåÄÖÜØÅ"
#: The words of the text being read that ``symbol.PRE`` folded, by their folded spelling.
_MARKED: ContextVar[Mapping[str, str]] = ContextVar("marked_words", default=MappingProxyType({}))


def _marked_said(word: str) -> str | None:
    """The capitalised or lower-case ``word`` as written with its marks in the text being read, by
    ``data/english.tsv`` (Ørsted → 오스테드) or by the marks (``english.read_marked``), which show
    its language and sounds before the English word its letters may spell: Rüdiger → 뤼디거, not
    러디거, Støre → 스퇴레, not store 스토어. None for a word written without marks."""
    marked = _MARKED.get().get(word) if word[1:].islower() else None
    if marked is None:
        return None
    eng = table("english.tsv")
    if marked.lower() in eng:
        return eng[marked.lower()]
    if said := place(marked):
        return said
    if word.lower() in eng and not any(c in _VOWEL_MARKS for c in marked):
        return None  # an accent alone leaves a listed word as listed: Pokémon → 포켓몬, Nestlé → 네슬레
    return read_marked(marked)


#: The final e after a consonant of a name of Africa, which French writes é (Mbappé, Ndombélé).
_SAID_FINAL_E = re.compile(r"(?<=[^aeiouyé])e$")


def _nasal_said(word: str) -> str | None:
    """A name of Africa that starts with a syllabic nasal (_NASAL_ONSET) whose language or marks
    the text shows: the nasal, then the rest by the reader of that language or those marks
    (프랑스 Mbappé → 음바페, not 므바페); None for any other word."""
    marked = _MARKED.get().get(word, word)
    lang = _CUED.get().get(word)
    if (marked == word and not lang) or not (word[0].isupper() and word[1:].islower() and len(word) > 3):
        return None
    nasal = _NASAL_ONSET.match(word.lower())
    if nasal is None or word.lower() in table("english.tsv"):
        return None
    rest = marked[1:]
    if lang == "fr":
        # French writes the final e of such a name é, said, and the text often leaves the mark
        # off: 프랑스 Mbappe → 음바페, Ndombele → 은돔벨레, not 음바프, 은동블
        rest = _SAID_FINAL_E.sub("é", rest)
    said = (in_language(rest, lang) if lang else None) or read_marked(rest)
    said = said or transliterate(rest.lower().translate(PRE), name=True)
    return ("음" if nasal.group(1) else "은") + said


#: A French saint's name hyphened to the name of a place or a firm (Saint-Gobain, Sainte-Marie),
#: which English writes apart or as St.
_SAINT = re.compile(r"Saint(e?)-(?=[A-Z][a-z]+$)", re.ASCII)


def _saint_said(tok: str) -> str | None:
    """``tok`` read as the French name it is when Saint or Sainte is hyphened to a name: 생 and
    the name, the t said before a vowel (Saint-Gobain → 생고뱅, Saint-Émilion → 생테밀리옹,
    Sainte-Marie → 생트마리); None for another word."""
    saint = _SAINT.match(tok)
    if saint is None:
        return None
    rest = _MARKED.get().get(tok, tok)[saint.end() :].lower()
    rest = "é" + rest[1:] if rest[0] == "e" else rest  # its first e is said, marked or not: Saint-Etienne
    vowel = rest[:1].translate(PRE) in "aeiouy"
    said = in_language(("t" if vowel else "") + rest, "fr")
    return f"생{'' if vowel or not saint.group(1) else '트'}{said}" if said else None


#: The words of the text being read whose language the text shows (see cues), by their folded
#: spelling: ``english.in_language`` reads them.
_CUED: ContextVar[Mapping[str, str]] = ContextVar("cued_words", default=MappingProxyType({}))
#: The words of the text being read that are Thai after 태국 whatever a dictionary holds (see _thai_kept).
_THAI_KEPT: ContextVar[frozenset[str]] = ContextVar("thai_kept", default=frozenset())
#: A run of Latin words, marked letters and hyphened parts included (Van der Bellen, Saint-Gobain).
_LATIN_WORD = r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’-]*"
_LATIN_RUN = re.compile(rf"{_LATIN_WORD}(?: {_LATIN_WORD})*")
#: What joins two names of a list (a comma, 과, 와, 및, with the spaces around them), by which a
#: name after the first of a list after a country's name is of that country too (see cues).
_LIST_JOINER = re.compile(r", ?|[와과] |,? 및 ")
#: Words between a country's name and the name it is the country of: 브라질 출신 Rodrygo, 스페인
#: 국적의 Castillejo, 프랑스 태생의 …
_CONNECTORS = frozenset({"출신", "출신의", "국적", "국적의", "태생", "태생의"})


def cues(text: str, kept: set[str] | None = None) -> dict[str, str]:
    """The capitalised Latin words of ``text`` whose language the text shows, by their folded
    spelling, with that language (``data/countries.tsv``): the words of a name written after the
    Korean name of its country, with 출신, 국적의 or one other word between (프랑스 Vautrin,
    브라질 출신 Rodrygo, 스페인 카탈루냐 Illa), or before it and a title (Barrot 프랑스 외무장관),
    and the names after such a name in a list (베트남 Hanoi, Lang Son and Kon Tum), or after a
    particle that shows its language (``data/particles.tsv``: von Weizsäcker, Van der Bellen).
    The particles of such a name are kept with its language, for read_in_name. The words of a
    name right after 태국 that are Thai whatever a dictionary holds (see _thai_kept) go into ``kept``.

    >>> cues("프랑스 Vautrin 장관과 브라질 출신 Rodrygo")
    {'Vautrin': 'fr', 'Rodrygo': 'br'}
    """
    countries = table("countries.tsv")
    particles = _name_particles()
    out: dict[str, str] = {}
    if not _cue_words().search(text) and not _FRENCH_MARK.search(text):
        return out
    firms, _ = _cue_roles()
    listed, listed_end = "", -1  # the country of the list of names the last run was in, and its end
    for m in _LATIN_RUN.finditer(text):
        before = _country_before(text, m.start(), countries)
        lang = before or _country_after(text, m.end(), countries)
        words = m.group().split()
        passed = False  # a name of the list that keeps its own reading, past which the list goes on
        if not lang and listed and _LIST_JOINER.fullmatch(text, listed_end, m.start()):
            # a name further on in a list after one country: 베트남 Hanoi, Lang Son; one held or
            # of another language keeps its own reading, and the names after it are still the
            # country's (브라질 Neymar, Griezmann, Casemiro: 카제미루)
            passed = _held(words) or _other_language(words, listed)
            lang = "" if passed else listed
        if passed:
            listed_end = m.end()
        else:
            listed, listed_end = lang, m.end()
        french = _french_words(words) if not lang else set()
        if french:
            lang = "fr"  # Édouard Philippe, Jean-Luc Mélenchon: a French mark shows the name's language
        if not lang and not any(word.lower() in particles for word in words):
            continue  # no country near and no particle: nothing to keep, whatever the run is
        firm = _WORD_AFTER.match(text, m.end())
        if firm and firm.group(1).startswith(firms):
            continue  # 브라질 Burger King 매장: a firm's shop in that country
        if _english_phrase(m.group()):
            continue  # 프랑스 Cheesecake Factory: an English name whatever country it is in
        if kept is not None and before == "th":
            kept.update(_thai_kept(words))
        for word in words:
            low = word.lower()
            if low in particles:
                lang = lang or particles[low]
                out[word.translate(PRE)] = lang
                continue
            if french and word not in french:
                continue  # Thérèse Coffey: the mark shows its own word French, not the English name beside it
            for part in word.split("-"):
                if lang and part[:1].isupper():
                    out[part.translate(PRE)] = lang
    return out


#: The marks that only French writes in a name: è, î, û anywhere, é before a consonant (Édouard,
#: Mélenchon, Maréchal); not ë (English's and Dutch's too: Zoë), a final é (Portuguese's and
#: Spanish's too: José, Pelé), nor the ée of an English given name from French (Renée Zellweger).
_FRENCH_MARK = re.compile(r"[èîûÈÎ]|[éÉ](?=[b-df-hj-np-tv-z])")
#: A marked letter French does not write (Péter Szijjártó, Petr Čech, Nguyễn), by which a name is
#: of another language whatever its other marks.
_NOT_FRENCH_MARK = re.compile(r"[^\x00-\x7féèêëîïôûùçàâœÉÈÊÎÔÇÀ]")
#: The ends of Portuguese and Spanish names that write é before them (Sérgio, Rogério, Pérez);
#: one with é in it (Andrés, Rubén: english.SPANISH_MARKED_END) makes the whole name Spanish.
_IBERIAN_END = re.compile(r"(?:[aoiu]|e[sz]|[ao]s)$")
#: Spellings French does not write in a name, by which a word beside a French-marked one is of
#: another language: k, w, ee, oo, oa, sh, a final ng, y, air, a, i, o, u, or er but after i or ch
#: (Thérèse Coffey, Chérie Blair, Jérémy Doku, Jérôme Boateng, Gérard Butler); Philippe, Dion,
#: Grimaud, Marion, Boucher, Mercier have none.
_NOT_FRENCH_SPELLING = re.compile(r"[kw]|ee|oo|oa|sh|(?:ng|y|air|[aiou]|(?<!i)(?<!ch)er)$")


def _french_words(words: list[str]) -> set[str]:
    """The words of a name of two words or more that a mark only French writes shows French
    (``_FRENCH_MARK``): every word, where each of the others has such a mark or none of the
    spellings French does not write (Édouard Philippe → 필리프, not 필리페; Marion Maréchal → 마리옹;
    Céline Dion → 디옹), else only the marked word (Thérèse Coffey → 코피, not 코페). A word
    data/english.tsv lists keeps its reading and shows nothing (Pokémon Go, Hermès Korea); a name
    with a Spanish end after é (Andrés Iniesta, Rubén Amorim) or a mark French does not write
    (Péter Szijjártó) has none."""
    if len(words) < 2 or any(_NOT_FRENCH_MARK.search(w) or SPANISH_MARKED_END.search(w.lower()) for w in words):
        return set()
    eng = table("english.tsv")
    listed = {w for w in words if w.lower().translate(PRE) in eng}
    marked = {w for w in words if w not in listed and _FRENCH_MARK.search(w) and not _IBERIAN_END.search(w.lower())}
    if not marked:
        return set()
    others = [w for w in words if w not in marked]
    if not listed and all(_FRENCH_MARK.search(w) or not _NOT_FRENCH_SPELLING.search(w.lower()) for w in others):
        return set(words)
    return marked


#: The signs of a language in a name's spelling (english.language_cues) and the languages whose
#: names have them, for the names of a list after a country (see _other_language).
_SIGN_LANGUAGES = {
    "french": {"fr", "be"},
    "german": {"de"},
    "dutch": {"nl", "be"},
    "hungarian": {"hu"},
    "romanian": {"ro"},
    "nordic": {"sv", "no", "da", "fi"},
}


def _other_language(words: list[str], lang: str) -> bool:
    """Whether a name reached only through a list after a country's name (``lang``) shows by its
    spelling a language other than that country's, and so is not of it: a player of another
    country in a list of a team's (브라질 Neymar, Griezmann: German -mann, not 그리에지만; 브라질
    Neymar와 Mbappe: a syllabic nasal before its first consonant, an African name's, not 음바피)."""
    for word in words:
        low = word.lower()
        if word[:1].isupper() and len(low) > 3 and _NASAL_ONSET.match(low):
            return True
        if any(lang not in langs for cue, langs in _SIGN_LANGUAGES.items() if cue in language_cues(low)):
            return True
    return False


def _thai_kept(words: list[str]) -> set[str]:
    """The words of a run of names right after 태국 read as Thai even where the pronouncing
    dictionary holds them: every short one (five letters or fewer: a Thai syllable) where any word
    of the run shows Thai (Tham Luang, Chat Thai, Bang Saen), and else a short word that opens
    th, ng or ph or ends -ang or -ong (Bang Na, Than, Thong, Phan, Chom Thong)."""
    short = [w for w in words if len(w) <= 5 and w[:1].isupper()]
    if any(_THAI_SIGN.search(w.lower()) for w in words):
        return {w.translate(PRE) for w in short}
    return {w.translate(PRE) for w in short if _THAI_SHORT.search(w.lower())}


def _held(words: list[str]) -> bool:
    """Whether the words of a name reached only through a list are all held by data/english.tsv,
    the pronouncing dictionary or the list of places, so that they keep the reading those give
    whatever the country of the list (브라질 Santos와 Chelsea 첼시, 독일 Merz, Starmer 스타머);
    not two short words or more, written apart as the syllables of a name are (Lang Son, Can Tho)."""
    if len(words) > 1 and all(len(w) <= 4 for w in words):
        return False
    eng = table("english.tsv")
    return all(w.lower() in eng or w.lower() in lexicon() or place(w) for w in words)


def _english_phrase(run: str) -> bool:
    """Whether the run of Latin words ``run`` is a clearly English name: two words or more, one a
    word of data/english.tsv (Factory, King), and each of them listed or held by the pronouncing
    dictionary with no sign of another language (Cheesecake Factory; not Credit Agricole, whose
    Agricole the dictionary lacks, nor Deutsche Bank), and not opening with another language's
    article (Die Welt, Las Palmas)."""
    words = [w.lower() for w in run.split()]
    eng = table("english.tsv")
    return (
        len(words) > 1
        and words[0] not in _other_articles()
        and any(w in eng and len(w) > 2 for w in words)  # not a to or a do alone: 베트남 To Lam → 또 럼
        and all(w in eng or (w in lexicon() and not language_cues(w) & SPELLING_CUES) for w in words)
    )


@cache
def _other_articles() -> frozenset[str]:
    """The articles of languages other than English that open a name (data/foreign_articles.tsv
    and data/articles.tsv), in small letters."""
    return frozenset(table("foreign_articles.tsv")) | {w.lower() for w in table("articles.tsv")}


@cache
def _article_said() -> dict[str, str]:
    """The articles of data/foreign_articles.tsv, in small letters, as their own language says them."""
    return column("foreign_articles.tsv", 2)


@cache
def _name_particles() -> dict[str, str]:
    """The particles of names (data/particles.tsv), each with the language it shows, or ''."""
    return column("particles.tsv", 2) | dict.fromkeys(table("particles.tsv"), "")


@cache
def _cue_words() -> re.Pattern[str]:
    """The names of countries and the particles that cues looks for, as one pattern."""
    words = sorted([*table("countries.tsv"), *table("particles.tsv")], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)), re.IGNORECASE)


def _country_before(text: str, start: int, countries: Mapping[str, str]) -> str:
    """The language of the country named in the Korean words right before ``start`` (see cues), or ''."""
    if text[start - 1 : start] != " ":
        return ""
    other = 0
    for word in reversed(text[max(0, start - 24) : start].split()[-3:]):
        if not all("가" <= c <= "힣" for c in word):
            return ""
        lang = countries.get(word) or countries.get(word[:-1] if word.endswith("의") else "")
        if lang:
            return lang
        if word not in _CONNECTORS:
            if word.endswith(tuple(roles("country_cues.tsv")["clause_end"])):
                return ""  # 독일 시장에서 Cheesecake: the country's phrase ends before the name
            other += 1
            if other > 1:
                return ""
    return ""


#: The Korean name of a country right after a name, before the title it holds there, in the
#: word after it or the next: Barrot 프랑스 외무장관, Noboa 에콰도르 대통령, Nagel 독일 중앙은행
#: 총재 (the title role of data/country_cues.tsv).
_COUNTRY_AFTER = re.compile(r" ([가-힣]+) ([가-힣]+)(?: ([가-힣]+))?")
#: The Hangul word right after a run of Latin words.
_WORD_AFTER = re.compile(r" ([가-힣]+)")


@cache
def _cue_roles() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The words of a firm (as a tuple for startswith) and the titles (as one pattern that finds
    any of them inside a word) of data/country_cues.tsv."""
    cue = roles("country_cues.tsv")
    titles = sorted(cue.get("title", ()), key=len, reverse=True)
    return tuple(sorted(cue.get("firm", ()))), re.compile("|".join(map(re.escape, titles)) or "(?!)")


def _country_after(text: str, end: int, countries: Mapping[str, str]) -> str:
    """The language of the country named right after a name and before its title (see cues), or ''."""
    m = _COUNTRY_AFTER.match(text, end)
    firms, title = _cue_roles()
    if not m or m.group(2).startswith(firms):
        return ""  # Walmart 멕시코 법인 대표: a firm's office in that country
    if not (title.search(m.group(2)) or title.search(m.group(3) or "")):
        return ""  # Smith 독일 주재 미국 대사: not that country's name
    return countries.get(m.group(1), "")


#: The tokens read so far in the text being read, by ``(token, decimal, english)``: a token's
#: reading depends only on them and on the marks and cues of that text (fixed while it is read),
#: so a name or a code written again (GPU, Nvidia, H100) is read once a text. None outside
#: :func:`marks_of`, where nothing is kept.
_SAID: ContextVar[dict[tuple[str, bool, bool], str] | None] = ContextVar("said_tokens", default=None)


#: The names in capitals that the text being read glosses after their Hangul written as a word
#: (아크(ARC), 노바(NOVA)), by their capitals, with that word: read so wherever the text writes
#: them, not spelled in one place and said as a word in another.
_GLOSSED: ContextVar[Mapping[str, str]] = ContextVar("glossed_capitals", default=MappingProxyType({}))
#: Those of the whole story the text being read is a sentence of (see story).
_STORY_GLOSSED: ContextVar[Mapping[str, str]] = ContextVar("story_glossed", default=MappingProxyType({}))
#: A name in capitals in brackets right after a Hangul word: 아크(ARC).
_CAPITALS_GLOSS = re.compile(r"([가-힣]+)\(([A-Z]{3,})\)")
#: The models of two capitals and one digit (_TWO_CAPITALS_CODE) that the text being read writes
#: apart from a word after them, quoted or before a space ('HX7', HX7 모델): a model, its digit
#: said in English, wherever the text writes it, with a particle glued to it too (HX7은 → 에이치엑스
#: 세븐은), not 세븐 in one sentence and 칠 in the next.
_MODELS: ContextVar[frozenset[str]] = ContextVar("models_apart", default=frozenset())
#: Those of the whole story the text being read is a sentence of (see story).
_STORY_MODELS: ContextVar[frozenset[str]] = ContextVar("story_models", default=frozenset())
#: Such a model written apart: no letter, digit or Hangul right after it, nor a decimal part.
_MODEL_APART = re.compile(r"(?<![A-Za-z0-9])((?:[A-Z]{2}|i[A-Z])[0-9])(?![A-Za-z0-9가-힣]|\.[0-9])", re.ASCII)
#: The first syllable of a particle glued to a model (HX7은, HX7의, HX7에서), where a noun
#: glued to it (IB1본부장) makes the number a division's.
_PARTICLE_START = frozenset("은는이가을를의도와과로에만")


def _models_apart(text: str) -> frozenset[str]:
    """The models of two capitals and a digit that ``text`` writes apart (see _MODELS)."""
    return frozenset(_MODEL_APART.findall(text)) if any("A" <= c <= "Z" for c in text) else frozenset()


def caps_written_before(caps: str, before: str) -> str | None:
    """How the name in capitals ``caps`` is said where the Hangul ``before`` its bracket writes it
    as a word (아크(ARC), 나토(NATO): 아크, 나토), or None where it does not (아크(에이알씨) is spelled)."""
    word = read_token(caps.capitalize())
    compact = word.replace(" ", "")
    return word if len(compact) > 1 and before.endswith(compact) else None


def _glossed(text: str) -> dict[str, str]:
    """The names in capitals that ``text`` glosses after their Hangul said as a word (see _GLOSSED)."""
    out: dict[str, str] = {}
    acr = table("acronyms.tsv")
    for m in _CAPITALS_GLOSS.finditer(text):
        caps = m.group(2)
        if caps in acr or caps in out:
            continue
        word = caps_written_before(caps, m.group(1))
        if word:
            out[caps] = word
    return out


@contextmanager
def story(text: str) -> Iterator[None]:
    """While the sentences of the story ``text`` are read one by one: the names in capitals it
    glosses after their Hangul (아크(ARC) in one sentence, ARC 7 in the next, both 아크)."""
    token = _STORY_GLOSSED.set(MappingProxyType(_glossed(text)) if "(" in text else {})
    models = _STORY_MODELS.set(_models_apart(text))
    try:
        yield
    finally:
        _STORY_MODELS.reset(models)
        _STORY_GLOSSED.reset(token)


@contextmanager
def marks_of(text: str) -> Iterator[None]:
    """While ``text`` is read: its words written with marked letters, which the reading sees
    folded (Rudiger for Rüdiger), so that read_word reads them by their marks, and the words whose
    language it shows (cues); forgotten after."""
    token = _MARKED.set({w.translate(PRE): w for w in _MARKED_WORD.findall(text)})
    thai: set[str] = set()
    cued = _CUED.set(MappingProxyType(cues(text, thai)) if any(c.isascii() and c.isalpha() for c in text) else {})
    kept = _THAI_KEPT.set(frozenset(thai))
    outer = _STORY_GLOSSED.get()
    glossed = _GLOSSED.set(MappingProxyType({**outer, **_glossed(text)}) if "(" in text else outer)
    said = _SAID.set({})
    models = _MODELS.set(_STORY_MODELS.get() | _models_apart(text))
    try:
        yield
    finally:
        _MODELS.reset(models)
        _SAID.reset(said)
        _GLOSSED.reset(glossed)
        _THAI_KEPT.reset(kept)
        _CUED.reset(cued)
        _MARKED.reset(token)


def _cued_said(word: str) -> str | None:
    """A capitalised ``word`` that no list holds, read by the rules of the language the text shows
    it is of (see cues: 프랑스 Perrin → 페랭, not the English 페린), an article of that language
    as it says it (data/foreign_articles.tsv: 독일 Die Zeit → 디, not 다이); None for another word."""
    lang = _CUED.get().get(word)
    if lang and lang == table("foreign_articles.tsv").get(word.lower()) and word.lower() in _article_said():
        return _article_said()[word.lower()]
    if not lang or len(word) < 3 or not (word[0].isupper() and word[1:].islower()):
        return None
    marked = _MARKED.get().get(word, word)
    eng = table("english.tsv")
    low = word.lower()
    if (
        (low in eng and marked == word)
        or marked.lower() in eng
        or place(word)
        or (low.endswith("s") and low[:-1] in eng)
    ):
        # a listed word, or its plural, is English in any name: Volvo Cars 볼보 카스; not a word
        # with marks that folds into one (헝가리 Göd 괴드, not god 갓)
        return None
    thai = lang == "th" and word in _THAI_KEPT.get()
    if lang not in _COMPOUNDING | _ROMANCE and marked == word and not thai and english_compound(low):
        return None  # two English words written as one, a brand's (핀란드 Airport, 인도네시아 Bloomberg)
    if lang == "ar" and low in lexicon() and not _ARABIC_SIGN.search(low):
        return None  # an English word or name after an Arab country: 사우디 Vision, 카타르 Energy
    if lang in _ENGLISH_SHAPE and marked == word and _ENGLISH_SHAPE[lang].search(low):
        return None  # a name of English shape after 태국, 인도, 인도네시아: 태국 Foxconn, 인도 Flipkart
    if lang == "hi" and marked == word and low in lexicon() and _HELD_ENGLISH_SHAPE.search(low):
        return None  # and a word the dictionary holds with a c before no h: 인도 Reliance, not Cuttack
    if lang == "th" and low in lexicon() and not thai and not _THAI_SIGN.search(low):
        return None  # and after 태국: 태국 Central 그룹, 태국 Lotus 매장
    if lang == "hi" and low in lexicon() and not _HINDI_SIGN.search(low):
        return None  # and after 인도: 인도 Reliance, 인도 Tata
    if lang in _ROMANCE and marked == word and _NOT_ROMANCE.search(low) and english_compound(low):
        return None  # and after a Romance country where spelled as they never write: 스페인 Rosewood
    return in_language(marked, lang)


#: The languages whose names are made of words English has too (Goldberg, Rosenberg, Lindberg:
#: 골트베르크, 린드베리), where a word the dictionary holds as two English words is no sign of English.
_COMPOUNDING = frozenset({"de", "nl", "be", "sv", "no", "da"})
#: The languages whose names English spelling cuts by chance into two of its words (Santander,
#: Sandoval, Montblanc: sand + oval), so that only a word english.tsv lists is English after
#: their countries (프랑스 Bloomberg, 브라질 Goodyear).
_ROMANCE = frozenset({"es", "it", "pt", "fr"})
#: Spellings of Arabic names that English words lack, by which a name the pronouncing dictionary
#: holds after an Arab country is read as Arabic (Abdullah, Jeddah, Riyadh, Faisal, Mohammed):
#: a q before no u, kh, dh, gh, aa, ou, bd, mm, yy, a final ah, uh, a first al or abu, an ai before
#: no r (not Airways).
_ARABIC_SIGN = re.compile(r"q(?!u)|kh|dh|gh|aa|ou|bd|mm|yy|(?<=.)ah$|uh|^al(?=[^aeiou])|^abu|ai(?!r)")
#: Spellings of Thai names that English words lack, by which a name the pronouncing dictionary
#: holds after 태국 is read as Thai (Chiang, Mai, Koh, Hua, Khon, Phuket): kh, a ph before a
#: consonant or u, ae, a ue or oe before another letter, ao, iang and uang, a final ua, ai, or
#: an h after e, i, o, u, the parts of its names -wat, -porn, -chai, -thai, -kit, -sak, and the
#: short Chan, Chon, Chun, Siam (a ch or an ia elsewhere is English's too: Chelsea, Julia); th
#: and ng alone are English too (Thompson, Smith, Young, Long).
_THAI_SIGN = re.compile(
    r"kh|ph(?![aeioy])|ae|[uo]e(?=.)|ao|[iu]ang|ua$|ai$|(?<=.)[eiou]h$|wat|porn$|chai|thai|kit$|sak$"
    r"|^ch[aou]n$|^[^aeiou]iam$"
)
#: The opening or end of a short Thai name that English words have too (Than, Thong, Phan, Bang, Sang).
_THAI_SHORT = re.compile(r"^(?:th|ng|ph)|[ao]ng$")
#: Spellings of the names of India that English words lack, by which a name the pronouncing
#: dictionary holds after 인도 is read by their rules (Chandigarh, Jodhpur, Bhopal, Kapoor): the
#: aspirates kh, gh, chh, jh, dh, bh, an aa, an oor after a vowel and one consonant, and the ends
#: of its names: -pur, -abad, -garh, -nagar, -esh after a vowel and a consonant, -ji, a y between
#: a consonant after a vowel and a vowel (Haryana), an hu after a vowel (Ahuja), a first Jai or
#: Jay before a consonant (Jaydev, Jayprakash); another h after a vowel, ee, a y after a first
#: consonant are English too (Johnson, Graham, Ohio, Deere, Bryan).
_HINDI_SIGN = re.compile(
    r"kh|gh|chh|jh|dh|bh|aa|(?<=[aeiou][b-df-hj-np-tv-z])(?:oor|esh)$|(?<=[aeiou])[b-df-hj-mp-tv-xz]y[aeiou]"
    r"|(?:pur|abad|garh|nagar)$|(?<=..)ji$|(?<=[aeiou])hu|^ja[iy](?=[b-df-hj-np-tv-z])"
)
#: Spellings that the names of Thailand and of India in Latin letters lack and English ones have,
#: by which a name after 태국, 인도 (or 인도네시아) that no dictionary holds is English (Foxconn, Blackpink,
#: Flipkart, Paytm, Airtel): an x, a q, a c before no h nor k and a ck inside the word after 태국,
#: and after 인도 a first consonant and l, an air, an ay before a consonant but in a first Jay
#: (Jaydev); after 인도네시아 an oo before a consonant, which Malay does not write (Indofood).
_ENGLISH_SHAPE = {
    "th": re.compile(r"x|q|c(?![hk])|ck(?=.)"),
    "hi": re.compile(r"x|q|^[bcfgkps]l|air|(?<!^j)ay(?=[^aeiouy])"),
    "ms": re.compile(r"oo(?=[^aeiou])"),
}
#: A c before no h, English's and not the names' of India, by which a word the pronouncing
#: dictionary holds after 인도 is English (Reliance); one it lacks keeps the names' reading (Cuttack 쿠타크).
_HELD_ENGLISH_SHAPE = re.compile(r"c(?!h)")
#: Spellings the Romance languages do not write and English does: a w, an oo or ee, a ck, sh or
#: ght (Rosewood, Greenfield, Eastwood, Blackstone): two English words written as one with them
#: are English after those countries too.
_NOT_ROMANCE = re.compile(r"w|oo|ee|ck|sh|ght")


#: A Roman numeral of two letters or more (II to XXXIX): single I, V, X are letters too.
ROMAN = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})", re.ASCII)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman(tok: str) -> int | None:
    """The value of the Roman numeral ``tok`` (``VII`` → 7), or None."""
    if not ROMAN.fullmatch(tok):
        return None
    vals = [_ROMAN_VALUES[c] for c in tok]
    return sum(-v if k + 1 < len(vals) and v < vals[k + 1] else v for k, v in enumerate(vals))


def english_number(n: str) -> str | None:
    """``n`` said in English (``data/english_numbers.tsv``: 7 → 세븐), or None past the table."""
    return table("english_numbers.tsv").get(n)


def english_named(tok: str, *, decimal: bool = False) -> bool:
    """The numbers in ``tok`` are said in English after its name (``data/english_number_names.tsv``:
    PS5, M4, GPT-4); with ``decimal`` (a decimal part follows) only after a name listed so."""
    m = _NAME.match(tok)
    return m is not None and english_name(m.group(1), decimal=decimal)


def english_name(name: str, *, decimal: bool = False) -> bool:
    """Whether numbers after ``name`` are said in English (``data/english_number_names.tsv``: PS, GPT,
    HTTP); with ``decimal`` only where the list says so for a number with a decimal part."""
    if decimal:
        return name in column("english_number_names.tsv", 1)
    return name in table("english_number_names.tsv")


def _strain(m: re.Match[str]) -> str | None:
    h, n = english_number(m.group(1)), english_number(m.group(2))
    return f"{spell('H')}{h}{spell('N')}{n}" if h and n else None


def spell(word: str) -> str:
    """Letter by letter: ``KBS`` → 케이비에스."""
    letters = table("letters.tsv")
    return "".join(letters.get(c.upper(), "") for c in word)


#: The ends of an English syllable of two consonants (rock, best, hand), before the start of the
#: next (ROCKSTAR: ck + st) or before a plural's s at the end of a word (HANDS).
_CODAS = frozenset(
    "ck ct ft ld lf lk lm lp lt mp nd ng nk ns nt pt rb rc rd rf rg rk rl rm rn rp rs rt sk sp st"  # noqa: SIM905
    " ch sh th gh ss ll ff tt nn mm pp rr dd gg bb cc zz".split()
)
_ONSETS3 = frozenset({"str", "spr", "scr", "spl", "squ", "thr", "chr", "shr", "sch"})


def _run_said(run: str, *, last: bool) -> bool:
    """Whether the consonants ``run`` inside a word in capitals can end one English syllable and
    start the next (ROCKSTAR: CK + ST, MAESTRO: S + TR), or, ``last``, end the word (HANDS);
    KLPGA's LPG and NHTSA's NHTS cannot."""
    run = run.lower()
    if len(run) <= 2:
        return True
    if last:
        return run in _CODAS or (run[-1] == "s" and run[:-1] in _CODAS)
    for k in range(max(0, len(run) - 3), min(3, len(run))):
        head, tail = run[:k], run[k:]
        if (len(head) <= 1 or head in _CODAS) and (
            len(tail) == 1 or tail in _ONSETS3 or _ONSETS.fullmatch(tail) is not None
        ):
            return True
    return False


def _runs_said(word: str) -> bool:
    """Whether every run of consonants in the capitals ``word`` can be said (see _run_said);
    a run that starts the word is checked by the caller."""
    return all(_run_said(m.group(), last=m.end() == len(word)) for m in _CONSONANT_RUN.finditer(word) if m.start() > 0)


def _pronounceable(word: str) -> bool:
    """Whether a word in capitals of five letters or more reads as a word, as nearly all such
    names do (SEVENTEEN, DREAM, KOGAS, ROCKSTAR): two vowels at least, consonants together only
    where one syllable can end and the next begin, and a start an English word may have (not
    KLPGA, USMCA, NHTSA). One of four letters reads as a word where each consonant stands
    alone before a vowel (LUMI, NOVA, KOVO, WADA), as such names are said; an acronym
    of four letters otherwise (OECD, IAEA, FOMC) is spelled, and so is one that ends as hardly
    an English word does (see _RARE_END: ARAIB)."""
    if len(word) == 4:
        return _CVCV.fullmatch(word) is not None
    if len(word) < 5 or _RARE_END.search(word):
        return False
    runs = _CONSONANT_RUN.findall(word)
    if not _runs_said(word) or len(word) - sum(len(r) for r in runs) < 2:
        return False
    first = _CONSONANT_RUN.match(word)
    if first and len(first.group()) > 2 and first.group().lower() not in _ONSETS3:
        return False
    return word[0] in _VOWELS or word[1] in _VOWELS or _ONSETS.fullmatch(word[:2].lower()) is not None


def title_word(word: str) -> str | None:
    """A word in capitals of a quoted title ('HOW YOU LIKE THAT', 'SHUT DOWN') said as a word:
    the English lexicon, else the spelling rules where it reads as a word (a vowel, no more than
    two consonants together, a start an English word may have); None where it does not."""
    if word in table("acronyms.tsv"):
        return None
    eng = table("english.tsv").get(word.lower())
    if eng:
        return eng
    if len(word) < 3 or (not any(c in "AEIOU" for c in word) and "Y" not in word[1:]):
        return None
    first = _CONSONANT_RUN.match(word)
    if not _runs_said(word) or (first and len(first.group()) > 2 and first.group().lower() not in _ONSETS3):
        return None
    if not (word[0] in _VOWELS or word[1] in _VOWELS or _ONSETS.fullmatch(word[:2].lower())):
        return None
    return said_unlisted(word.lower())


#: The capitalised words written with single spaces before and after a word of a name.
_RUN_BEFORE = re.compile(r"(?:[A-Z][a-z]+ )+$", re.ASCII)
_RUN_AFTER = re.compile(r"(?: [A-Z][a-z]+)+", re.ASCII)


#: A sign of Vietnamese in a syllable written without its marks: a final nh, a first ng, nh,
#: ph, tr, qu, kh, gi or x, or uo, uy, ie inside (Minh, Nguyen, Pham, Quoc, Truong, Xuan).
_VIETNAMESE = re.compile(r"nh$|^(?:ng|nh|ph|tr|qu|kh|gi|x)|uo|uy|ie", re.ASCII)
#: A sign of Vietnamese in a syllable written with its marks: ă, ơ, ư, đ, a tone mark on a marked
#: vowel (ạ, ẵ, ố, ự: Latin Extended Additional), or â, ê, ô and the tone marks on a plain vowel
#: (à, á, ã, ĩ), which French, Spanish and Portuguese write too, in a run whose syllables are all
#: Vietnamese (Đà Nẵng, Tô Lâm, Cà Mau, where the folded Da Nang, To Lam, Ca Mau show none).
_VIETNAMESE_MARKS = re.compile("[ăâêôơưđàáèéìíòóùúýãõĩũ\u1ea0-\u1ef9]", re.IGNORECASE)


def read_in_name(text: str, start: int, end: int) -> str | None:
    """The capitalised word ``text[start:end]`` read as a syllable of the Vietnamese or Chinese
    name it is part of: the words written with it are all Vietnamese syllables
    (``data/vietnamese.tsv``) and one shows a sign of Vietnamese (Pham Minh Chinh → 팜 민 찐,
    Phu Quoc → 푸 꾸옥), or they run together as pinyin that shows a sign of Chinese (Wang Yi →
    왕 이, Dong Jun → 둥 쥔, Fan Zhendong → 판 전둥); a word such as Wang, Dong or Pham alone
    reads as English. None where the words are not such a name."""
    word = text[start:end]
    said = _pair_word(text, start, end) or _particle(text, start, end) or _short_word(text, start, end)
    if said:
        return said
    left = start > 1 and text[start - 1] == " " and "a" <= text[start - 2] <= "z"
    right = text[end : end + 1] == " " and "A" <= text[end + 1 : end + 2] <= "Z"
    article = table("articles.tsv")
    if right and word in article and text[end + 2 : end + 3].islower():
        return article[word]  # Al Nassr → 알나스르, El Fasher → 엘파셰르: the article, not 에이엘
    if left and text[max(0, start - 3) : start - 1] in article and (start < 4 or not text[start - 4].isalpha()):
        return _after_article(word)
    cued = _CUED.get()
    if cued.get(word) == "vi" and word.lower() in table("vietnamese.tsv") and not (left or right):
        return table("vietnamese.tsv")[word.lower()]  # 베트남 Hue → 후에: a syllable its country shows
    if not (left or right) or not (word.isascii() and word.isalpha() and word[0].isupper() and word[1:].islower()):
        return None  # no capitalised word written beside it
    before = _RUN_BEFORE.search(text, max(0, start - 40), start) if left else None
    after = _RUN_AFTER.match(text, end) if right else None
    run = (before.group() if before else "") + word + (after.group() if after else "")
    if " " not in run:
        return None
    marked = _MARKED.get()
    # the marks of Vietnamese, or its country named before the name (베트남 To Lam → 또 럼)
    signed = any(_VIETNAMESE_MARKS.search(marked.get(w, "")) or cued.get(w) == "vi" for w in run.split())
    said = _syllable_in_name(run.lower(), word.lower(), signed=signed)
    low = word.lower()
    if said is None and len(word) == 2 and _HAS_VOWEL.search(word) and low not in table("english.tsv"):
        # a word of two letters in a name is a syllable of it, not letters to spell: Cheng Ho →
        # 쳉 호, Jo Malone → 조 말론, Yo Yo Ma → 요 요 마 (where one is listed, the list says it),
        # but a tech abbreviation in title case stays letters (data/letter_words.tsv: Harmony Os
        # → 오에스, One Ui → 유아이)
        said = spell(word) if low in table("letter_words.tsv") else transliterate(low, name=True)
    return said


_HAS_VOWEL = re.compile("[aeiouy]", re.IGNORECASE)


#: The Latin words written against a word, a space between: the one before and the one after.
_LATIN_BEFORE = re.compile(r"([A-Za-z]+) $")
_LATIN_AFTER = re.compile(r" ([A-Za-z]+)")


@cache
def _word_pairs() -> dict[tuple[str, str], tuple[str, str]]:
    """The entries of data/english.tsv of two words, each with its reading: a term or a name
    whose words are said otherwise alone (hat trick 해트 트릭, where hat alone is 햇)."""
    pairs = {}
    for key, said in table("english.tsv").items():
        words, parts = key.split(), said.split()
        if len(words) == 2 and len(parts) == 2:
            pairs[words[0], words[1]] = (parts[0], parts[1])
    return pairs


def _pair_word(text: str, start: int, end: int) -> str | None:
    """The word ``text[start:end]`` said as its part of a listed term of two words written with
    the other beside it (hat trick → 해트, Baskin Robbins → 라빈스), or None."""
    pairs, low = _word_pairs(), text[start:end].lower()
    after = _LATIN_AFTER.match(text, end)
    pair = pairs.get((low, after.group(1).lower())) if after else None
    if pair:
        return pair[0]
    before = _LATIN_BEFORE.search(text, max(0, start - 30), start)
    pair = pairs.get((before.group(1).lower(), low)) if before else None
    return pair[1] if pair else None


def _short_word(text: str, start: int, end: int) -> str | None:
    """The two-letter word ``text[start:end]`` said as an English word (data/english_short.tsv)
    in an English phrase, a word of data/english.tsv beside it: 'Just do it' → 두, where Do Re Mi
    and Do Kwon are not such a phrase; None otherwise."""
    said = table("english_short.tsv").get(text[start:end].lower())
    if said is None or text[start:end].isupper():
        return None
    eng = table("english.tsv")
    before = _LATIN_BEFORE.search(text, max(0, start - 30), start)
    after = _LATIN_AFTER.match(text, end)
    if any(m and len(m.group(1)) > 1 and m.group(1).lower() in eng for m in (before, after)):
        return said
    return None


#: Particles and a capitalised word after them: the name a particle is part of.
_NAME_AFTER = re.compile(r"(?: [A-Za-z]{1,4})*? [A-Z][a-z]")


def _particle(text: str, start: int, end: int) -> str | None:
    """The particle ``text[start:end]`` of a name (``data/particles.tsv``) before a capitalised
    word, said as the language of the name says it (프랑스 de Montchalin → 드, 독일 von → 폰,
    Van der Bellen → 판데어); None for another word, or one not before a name."""
    low = text[start:end].lower()
    particles = table("particles.tsv")
    after = _NAME_AFTER.match(text, end)
    if low not in particles or not after or text[start - 1 : start].isalpha():
        return None
    if _VIETNAMESE_MARKS.search(_MARKED.get().get(text[start:end], "")):
        return None  # a Vietnamese syllable, not a particle: Nguyễn Văn An → 반, not 판
    if not all(w.lower() in particles for w in text[end : after.end() - 2].split()):
        return None
    lang = _CUED.get().get(text[start:end], "")
    other = dict(kv.split("=") for kv in column("particles.tsv", 3).get(low, "").split())
    return other.get(lang, particles[low])


def _after_article(word: str) -> str | None:
    """The name after an Arabic or Spanish article, read by the sounds of the languages other
    than English where no list nor the pronouncing dictionary holds it (Al Hilal → 알힐랄, not
    하일럴; Al Ittihad → 알이티하드)."""
    low = word.lower()
    if not word.isalpha() or low in table("english.tsv") or low in lexicon() or place(word):
        return None
    return transliterate(low, name=True)


@lru_cache(maxsize=4096)
def _syllable_in_name(run: str, word: str, *, signed: bool = False) -> str | None:
    """``word`` read as a syllable of the Vietnamese or Chinese name ``run`` (see read_in_name);
    ``signed`` where the run was written with the marks of Vietnamese (_VIETNAMESE_MARKS)."""
    viet = table("vietnamese.tsv")
    words = run.split()
    if all(w in viet for w in words) and (signed or any(_VIETNAMESE.search(w) for w in words)):
        return viet[word]
    if not pinyin(run.replace(" ", "")):
        return None
    return pinyin(word, cue=False)


#: The signs of another language (``english.language_cues``) that win over the pronouncing
#: dictionary, which holds many names of other languages as Americans say them (Sanchez, Hamburg,
#: Ankara); the Italian, Portuguese and Polish spellings (``southern``) are left to it, as on the
#: held-out names they did no better than it.
SPELLING_CUES = frozenset(
    {"east_asian", "french", "german", "dutch", "hungarian", "romanian", "nordic", "ending", "vowel_end"}
)


def said_unlisted(low: str, *, name: bool = False) -> str:
    """A lower-case word that no list holds: by the spelling rules of its language where its
    spelling shows one (``SPELLING_CUES``), else by the pronouncing dictionary (``pronounce``:
    Clearwater → 클리어워터, Nolan → 놀런, Brightline → 브라이트라인), else by the spelling rules:
    of English, or, for a ``name`` or a word in a vowel spelled as other languages spell
    (_other_name), of those (Medan → 메단, not 메댄; cortado → 코르타도, not 코타도)."""
    if name and low not in lexicon() and _FRENCH_NAME.search(low):
        return in_language(low, "fr") or low
    if not name and _LATIN_OE.search(low) and language_cues(low) == {"vowel_end"}:
        # a common word in a vowel is read by the spelling rules, as most are loanwords (pasta,
        # avocado), but one with an English oe or eu by the dictionary: subpoena 서피나, not 수브포에나
        return pronounce(low) or transliterate(low)
    # a common word in a vowel that the dictionary lacks, spelled as no English word is, is read as
    # a name of those languages is, its or 오르 as its ar 아르: cortado 코르타도, porcini 포르치니,
    # tortellini 토르텔리니, not 코타도, 포시니
    foreign = name or "vowel_end" in language_cues(low)
    return _dictionary(low) or _mineral(low, name=name) or transliterate(low, name=foreign and _other_name(low))


#: A common word in -ite, a mineral's or a compound's name (ilmenite, perovskite, lepidolite).
_MINERAL = re.compile(r"[a-z]{3,}ite", re.ASCII)


def _mineral(low: str, *, name: bool) -> str | None:
    """A mineral's name in -ite that the pronouncing dictionary lacks, its stem by the spelling and
    its -ite 아이트, as Korean writes those it holds (magnetite 마그네타이트, dolomite 돌로마이트):
    ilmenite → 일메나이트, perovskite → 페로브스카이트, not 일메니트, 페로브스키트; None for
    another word or a name."""
    if name or low in lexicon() or not _MINERAL.fullmatch(low):
        return None
    return science_said(low[:-3] + "ait")


#: A word of two vowels, not one vowel doubled as a credit rating's Aa is (Io, Eu).
_TWO_VOWELS = re.compile(r"([aeiou])(?!\1)[aeiou]")
#: Ends of French names that English names do not have, in a name the pronouncing dictionary
#: lacks: an et or ot after a vowel and one consonant, said 에 and 오 (Moutet → 무테, Muscadet
#: → 뮈스카데, Panot → 파노), an ain (Balmain → 발맹) or an ault (Meursault → 뫼르소).
_FRENCH_NAME = re.compile(r"(?<=[aeiouy][b-df-hj-np-tv-z])(?:et|ot)s?$|(?<=..)(?:ain|ault)$|(?<=..[aeiou])chet$")


#: Spellings that English writes and the languages whose names end in a vowel do not: w, ph, th,
#: ck, and an h after a vowel (Wichita, Euphoria, Ohio, Omaha); with them a final vowel is no sign
#: of another language (the w of a Polish -ski is a sign of its own).
_ENGLISH_LETTERS = re.compile(r"w|ph|th|ck|[aeiou]h", re.ASCII)
#: The oe of a common word English took from Latin, said as one vowel (subpoena 서피나), where
#: the names of Dutch and other languages say both letters (Spoelstra, Mokoena); and the eu of a
#: common word English took from Greek, said 유 (neutrino 뉴트리노, pseudo 슈도, neuro 뉴로, not
#: 네우트리노, 세우도), first or after l, n, r or s and before a consonant, where a name of Italy or
#: Spain says both (Eugenio 에우제니오) and a final eu is no Greek (leu 레우, Abreu 아브레우).
_LATIN_OE = re.compile(r"oe(?=[b-df-hj-np-tv-z])|(?:^|(?<=[lnrs]))eu(?=[b-df-hj-np-tv-z])", re.ASCII)


@cache
def _science_end() -> re.Pattern[str]:
    """The ends of drug and chemical names that Korean writes by their spelling, the salts' included
    (data/english_science.tsv)."""
    ends = [k for k, v in table("english_science.tsv").items() if v in ("end", "salt")]
    return re.compile(rf"[a-z]{{2,}}(?:{'|'.join(sorted(ends, key=len, reverse=True))})")


#: The spellings of such a name read otherwise than its letters (english.science_said): a final
#: -ine 인 (dopamine → 도파민), a final -ate as English says it, 에이트 (acetate → 아세테이트), the
#: my of -mycin 마이 (vancomycin → 반코마이신).
_SCIENCE_SPELLING = re.compile(r"ine$|ate$|my(?=cin$)")
_SCIENCE_SAID = {"ine": "in", "ate": "eit", "my": "mai"}
#: The schwa and t the pronouncing dictionary ends an -ate with where it is an adjective's.
_SCHWA_ATE = re.compile(r"AH0 T$")


@cache
def _salt_end() -> re.Pattern[str]:
    """The ends of the salts whose -ate is said as English says it (data/english_science.tsv: salt)."""
    ends = [k for k, v in table("english_science.tsv").items() if v == "salt"]
    return re.compile(rf"(?:{'|'.join(ends)})$")


def science_word(low: str) -> str | None:
    """A drug or chemical name by its spelling, as Korean writes them (data/english_science.tsv:
    dopamine → 도파민, ibuprofen → 이부프로펜, an alcohol in -anol 부탄올); a salt the dictionary
    holds or one it holds the words of by them, its -ate 에이트 (bicarbonate → 바이카보네이트, not
    바이카보닛; polycarbonate → 폴리카보네이트), else by its spelling; None for another word."""
    if _salt_end().search(low):
        if low in lexicon():
            return hangul(_SCHWA_ATE.sub("EY2 T", lexicon()[low]).split(), low)
        said = pronounce(low)  # a compound of words the dictionary holds: polycarbonate → 폴리카보네이트
        if said:
            return said
    if not _science_end().fullmatch(low) or table("english_science.tsv").get(low) == "not":
        return None
    spelled = _SCIENCE_SPELLING.sub(lambda m: _SCIENCE_SAID[m.group()], low)
    if spelled.endswith("anol"):
        # an alcohol is its alkane's name and 올, the n closing the syllable: butanol → 부탄올
        return science_said(spelled[:-2]) + "올"
    return science_said(spelled)


def _dictionary(low: str) -> str | None:
    """``low`` by the pronouncing dictionary, unless its spelling shows another language; a final
    vowel alone does not, where the word is spelled as only English spells (``_ENGLISH_LETTERS``),
    nor romaji in a word whose final e the dictionary leaves unsaid; a drug or chemical name by
    its spelling (science_word)."""
    science = science_word(low)
    if science:
        return science
    if "ll" in low and low in lexicon() and "L" not in lexicon()[low].split():
        return in_language(low, "es")  # an ll the dictionary says as no l is Spanish: Castillo → 카스티요
    cues = language_cues(low)
    if cues == {"vowel_end"} and _ENGLISH_LETTERS.search(low):
        return pronounce(low)
    if "east_asian" in cues and (_silent_e(low) or _inflected(low)):
        cues -= {"east_asian"}  # romaji says every vowel: Shine 샤인, not 시네; boxing is box + ing
    if cues == {"german"} and low in table("english_schw.tsv") and low in lexicon():
        return pronounce(low)  # an English name in schw (data/english_schw.tsv): Schwinn 슈윈
    return None if cues & SPELLING_CUES else pronounce(low)


#: Spellings of English that the names of other languages written in Latin letters have not:
#: w, ph, ck, x, ee, oo, a final y, ey, ay before no vowel, a doubled f, s or m (Wrexham, Lutnick,
#: Axios, Andreessen, Killarney, Redmayne, Lammy, Gauff), and the ends of English places and
#: names: ton, ham, ford, mouth, bury, borough, field, hurst (Hiddleston, Fulham, Salford,
#: Bournemouth, Pankhurst).
_ENGLISH_SPELLING = re.compile(
    r"w|ph|ck|x|ee|oo|y$|ey|ay(?![aeiou])|ff|ss|mm|(?<=..)(?:ton|[lnrgd]ham|ford|mouth|bury|b?rough|field|hurst)$",
    re.ASCII,
)


def _other_name(low: str) -> bool:
    """Whether the name ``low``, which neither a list nor the pronouncing dictionary holds, is read
    by the sounds of the languages other than English: spelled with no letters only English
    writes (``_ENGLISH_SPELLING``), it is a name of Arabic, Turkish, Indian, Indonesian, Spanish …
    origin, as the dictionary holds the English names (Talabat → 탈라밧, Medan → 메단, Trabzon →
    트라브존, Adyen → 아디엔). One the dictionary holds keeps the English rules, though a sign of
    another language sends it to them (Portfolio, Cordoba)."""
    return low not in lexicon() and _ENGLISH_SPELLING.search(low) is None


#: An English word and the ending of its inflection: box + ing, mix + ed, tax + es.
_INFLECTION = re.compile(r"([a-z]{3,}?)(?:ing|ed|er|es|s)")


def _inflected(low: str) -> bool:
    """Whether the pronouncing dictionary holds ``low`` and the word it inflects (boxing, box),
    an English word however its letters cut into pinyin (bo xing: 보싱, for 복싱)."""
    m = _INFLECTION.fullmatch(low)
    return m is not None and low in lexicon() and m.group(1) in lexicon()


def _silent_e(low: str) -> bool:
    """Whether ``low`` ends in an e after a consonant that the pronouncing dictionary leaves unsaid."""
    phones = lexicon().get(low) if re.search(r"[^aeiouy]e$", low) else None
    return phones is not None and not phones[-1].isdigit()


def dotted_name(abbr: str, after: str) -> bool:
    """Whether an abbreviation listed with a full stop (``data/stop_abbr.tsv``), written with a
    vowel and glued to the one capital ``after`` it, is a word of a name, not the word it stands
    for: Gen.G, the esports team 젠지, not General G; a title without a vowel keeps its word
    before a capital (Dr.G 닥터지, St.X 세인트엑스)."""
    return (
        any(c in "aeiou" for c in abbr.lower())
        and after[:1].isascii()
        and after[:1].isupper()
        and not (after[1:2].isascii() and after[1:2].isalpha())
    )


def place(word: str) -> str | None:
    """The Korean name of the world place ``word`` written with a capital (``data/places.tsv``:
    Warsaw → 바르샤바, Lyon → 리옹, Munich → 뮌헨), whose spelling does not show it; None for
    another word."""
    return table("places.tsv").get(word.lower()) if word[:1].isupper() else None


#: A cloud service written as a letter and "aaS", as a service (SaaS, PaaS, IaaS, DaaS), said as one
#: syllable of the letter's sound and 아스, every vowel as written (사스, 파스, 이아스, 다스).
_AS_A_SERVICE = re.compile(r"[A-Z]aaS", re.ASCII)


#: A vowel with an accent written as a word of its own, the verb or the conjunction of a phrase
#: of Portuguese, Spanish, Italian or French (é, è, à, ó), said as the vowel, not the letter's name.
_LONE_VOWELS = {
    "é": "에", "è": "에", "ê": "에", "É": "에", "È": "에",
    "à": "아", "á": "아", "À": "아", "ó": "오", "ò": "오", "ô": "오",
}  # fmt: skip


def read_word(word: str) -> str:
    """A run of letters: acronym lexicon, then English words and world places, then letter names."""
    acr = table("acronyms.tsv")
    if word in acr:
        return acr[word]
    if _AS_A_SERVICE.fullmatch(word):
        # a cloud service "as a service", said as a word of its letters: SaaS → 사스, PaaS → 파스
        return science_said(word.lower().replace("aa", "a"))
    if len(word) == 1 and _MARKED.get().get(word, word) in _LONE_VOWELS:
        return _LONE_VOWELS[_MARKED.get()[word]]  # a word of one marked vowel: "Não é não" → 에
    eng = table("english.tsv")
    low = word.lower()
    said = _cued_said(word) or _marked_said(word)
    if said:
        return said
    if low in eng and not (word.isupper() and len(word) <= 2):
        return eng[low]
    said = place(word) if not word.isupper() else None
    if said:
        return said
    if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
        return read_word(word[:-1])  # a plural acronym: GPUs
    if word.isupper() and len(word) >= 5:
        for k in range(2, len(word) - 2):
            if word[:k] in acr and word[k:].lower() in eng and (len(word) - k >= 4 or k >= 3):
                return f"{acr[word[:k]]} {eng[word[k:].lower()]}"  # a listed name and a word: MBCNEWS
    if word.isupper() and _pronounceable(word):
        return said_unlisted(low)  # a name in capitals said as a word: SEVENTEEN, DREAM
    if (
        len(word) == 2
        and word[0].isupper()
        and word[1].islower()
        and _TWO_VOWELS.fullmatch(low)
        and word.upper() not in acr
        and word not in table("elements.tsv")
    ):
        # two vowels in title case are a name said by its letters' sounds, where the capitals of
        # an abbreviation are spelled (IO 아이오): the moon Io → 이오; a listed abbreviation typed
        # in title case (Eu, Ai, Ea, Ui) is still the abbreviation, and an element's symbol (Au)
        # is spelled as a chemist says it (에이유)
        return transliterate(low, name=True)
    if word.isupper() or len(word) < 3:
        return spell(word)
    # a word its country shows the language of is no compound, but a Vietnamese firm's English
    # parts are (베트남 Vinhomes → 빈홈스: its names are written syllable by syllable)
    said = _listed_compound(low) if word[1:].islower() and _CUED.get().get(word.translate(PRE), "vi") == "vi" else None
    if said:
        return said  # two listed words written as one: Bluesky → 블루스카이, steakhouse → 스테이크하우스
    said = _dictionary(low) if word[0].isupper() and word[1:].islower() else None
    if said:
        return said  # a word the pronouncing dictionary holds, before the guesses below (Lloyds → 로이즈)
    if word[0].isupper() and word[1:].islower() and _NG_ONSET.match(low):
        # a first ng before a vowel, which no English word opens with, is a syllabic 응, not the
        # letter N: in a name of one syllable, as Vietnam's and Thailand's are, the ng is that
        # 응 alone (Nga → 응아, Ngo → 응오, Ngam → 응암); in a longer one, as Africa's are, the g
        # starts the next syllable (Ngozi → 응고지, Ngannou → 응가누)
        one_syllable = len(_VOWEL_GROUPS.findall(low)) == 1
        return "응" + transliterate(low[2 if one_syllable else 1 :], name=True)
    nasal = _NASAL_ONSET.match(low) if word[0].isupper() and word[1:].islower() and len(word) > 3 else None
    if nasal:
        # a syllabic nasal before a name's first consonant, not the letter M or N: Mbappe → 음바페
        return ("음" if nasal.group(1) else "은") + transliterate(low[1:], name=True)
    if (
        _LETTER_THEN_WORD.match(word)
        and not _ONSETS.fullmatch(word[:2].lower())
        and not east_asian(low)
        and not _SLAVIC_ONSET.match(low)
        and not low.startswith("ll")
    ):
        # a capital letter before a word that no English word starts so: Mnet → 엠넷, Kbank → 케이뱅크
        # (but not the zh of a Chinese name, Zhuhai → 주하이, nor a name that starts as Slavic
        # names do: Gdansk → 그단스크, Zverev → 즈베레프, Tbilisi → 트빌리시, nor the Spanish ll:
        # Llosa → 요사)
        return spell(word[0]) + read_word(word[1:])
    prefixed = _PREFIXED.fullmatch(word)
    if prefixed:
        # a name with a prefix in capitals is one word: McIlroy → 매킬로이, DeSantis → 디샌티스
        head = _PREFIX_SAID.get(prefixed.group(1).lower(), prefixed.group(1).lower())
        name = prefixed.group(2).lower()
        if head == "mak" and name[0] not in "ckqaeioulg":
            # before another consonant Mc is a syllable of its own, the name as it is said alone:
            # McRae → 맥레이, McMillon → 맥밀런, not 매크래
            return "맥" + read_word(prefixed.group(2))
        if head == "mak" and name[0] in "aeiou" and name in lexicon():
            # before a vowel its k starts the name as the dictionary says it: McEwan → 매큐언
            return hangul(["M", "AE1", "K", *lexicon()[name].split()], "mac" + name)
        return transliterate(head.rstrip("k") + name if name[0] in "ckq" else head + name)
    # CamelCase: each part on its own (DeepSeek → 딥식); capitals alone are spelled
    parts = _camel_parts(word)
    if _syllable_caps(parts):
        if len(parts) == 2 and parts[0].lower() == parts[1].lower():
            return said_unlisted(parts[0].lower()) * 2  # a syllable written twice, said twice alike: JoJo → 조조
        return said_unlisted(low)  # a short name capitalised by its syllables, said as a word: MoMA → 모마
    mixed = _listed_mixed_case(word)
    if mixed:
        return mixed
    if len(parts) > 1 and low in lexicon() and any(meant_not_said(p.lower()) for p in parts):
        # a brand of words run together that the dictionary holds whole, one of them listed by its
        # meaning: said as the dictionary says the whole, FedEx → 페덱스, not fed (연준) and ex
        return pronounce(low) or transliterate(low)
    if len(parts) > 1:
        # a name in capitals and a word in small letters after it stay two words (CNN 비즈니스)
        return "".join(
            (" " if n and parts[n - 1].isupper() and len(parts[n - 1]) > 1 and p.islower() else "") + read_word(p)
            for n, p in enumerate(parts)
        )
    if not _has_vowel(word):
        return spell(word)  # no vowel to say it by: twt → 티더블유티
    joined = _two_words(word) if word.islower() else None
    if joined:
        return joined  # two words run together, as in a handle: elonmusk → 일론머스크
    return said_unlisted(low, name=word[0].isupper() and word[1:].islower())


def _listed_mixed_case(word: str) -> str | None:
    """A word that ends in a name of ``data/acronyms.tsv`` written in small letters and capitals
    (CoV, SoC), with letters before it that are read as their own word: HCoV → 에이치코브, a
    human coronavirus, not 에이치 코 브이; None otherwise."""
    acr = table("acronyms.tsv")
    for k in range(1, len(word) - 2):
        tail = word[k:]
        if tail in acr and not tail.isupper() and not tail.islower() and word[k - 1].isupper():
            return read_word(word[:k]) + acr[tail]
    return None


def _two_words(word: str) -> str | None:
    """Two words of ``data/english.tsv`` written as one (elonmusk, newsroom; and the
    compounds business news coins, proptech, biotech, robotaxi), read as those words; the
    first of three letters or more, the second of four or more; or, in a word the dictionary
    lacks, a name of ``data/acronyms.tsv`` said by its letters, written small, with no vowel or
    with letters no word of the dictionary opens with, and a word of the list or the dictionary
    (lgtwins 엘지트윈스, sktelecom 에스케이텔레콤, ebsnews 이비에스뉴스; not untact, arrester,
    eurail: un, ar, eu open English words). None where no such split is found: a head said by its letters' sounds
    would cut words such as telephone or transport.

    >>> _two_words("proptech"), _two_words("robotaxi"), _two_words("telephone")
    ('프롭테크', '로보택시', None)
    """
    eng = table("english.tsv")
    for k in range(3, len(word) - 3):
        if word[:k] in eng and word[k:] in eng:
            return eng[word[:k]] + eng[word[k:]]
    return _spelled_head(word) if word not in lexicon() else None


def _spelled_head(word: str, words: Callable[[str], str | None] = said_word) -> str | None:
    """A word the dictionary lacks that is a name said by its letters, written small, and a word
    of the list or the dictionary: a listed name (lgtwins 엘지트윈스, kbsnews 케이비에스뉴스,
    ebsnews 이비에스뉴스; not untact, coolings, eurail, whose un, coo, eu open English words), or
    letters with no vowel whose first two no English word opens with (not st, th, sch), which can
    only be spelled (hbtraffic 에이치비트래픽, not 흐브트래픽). ``words`` reads what follows the
    name (in an address, two words written as one too). None otherwise."""
    acr = table("acronyms.tsv")
    for k in range(2, min(5, len(word) - 3)):
        # a name in capitals written small before a word, as a handle or an address writes it
        head, tail = word[:k].upper(), word[k:]
        opens = _opens_a_word(word[:k])
        if _VOWEL_LETTER.search(head) and opens:
            continue  # un, coo, eu: letters English words open with (untact, coolings, eurail)
        said = words(tail)
        if said and acr.get(head) == spell(head):  # a name spelled, not one said as a word (EXO)
            return acr[head] + said
        if said and not _onset(word[:2]) and head.isalpha() and not _VOWEL_LETTER.search(head) and "Y" not in head:
            return spell(head) + said
    return None


#: A vowel letter, which a name spelled by its letters and written small shares with English words.
_VOWEL_LETTER = re.compile("[AEIOU]")


@cache
def _lexicon_words() -> tuple[str, ...]:
    """The words of the pronouncing dictionary in order, to find those that open with letters."""
    return tuple(sorted(lexicon()))


def _opens_a_word(letters: str) -> bool:
    """Whether a word of the pronouncing dictionary opens with ``letters`` (un: untie; not ebs)."""
    words = _lexicon_words()
    n = bisect_left(words, letters)
    return n < len(words) and words[n].startswith(letters)


def _listed_compound(low: str) -> str | None:
    """Two words of ``data/english.tsv``, each of three letters or more, written as one where the
    pronouncing dictionary lacks the whole, or holds it but its spelling shows another language
    that the words' own do not (Bluesky: blue + sky, not a Slavic -sky 블루스키; steakhouse:
    steak + house, not 스티후스; Wattpad, Vingroup), each said as listed; None otherwise (a
    word the dictionary holds is said by it: keyboard, newsroom), nor where the first is a short
    word of grammar (data/compound_not_heads.tsv: Fordow is no for + dow, Alleco no all + eco)."""
    if len(low) < 6 or (low in lexicon() and not language_cues(low) & SPELLING_CUES):
        return None
    eng = table("english.tsv")
    for k in range(3, len(low) - 2):
        if low[:k] in eng and low[:k] not in not_heads():
            if low[k:] in eng:
                return eng[low[:k]] + eng[low[k:]]
            if low.endswith("s") and low[k:-1] in eng and len(low) - k > 4 and _PLURAL_S.search(low[k:-1]):
                # the second a listed word's plural: Vinhomes → 빈홈스, Sunlabs → 선랩스
                return eng[low[:k]] + eng[low[k:-1]] + "스"
    return None


#: The end of a word whose plural s is said 스 after its Korean reading: a stop, or an m or a
#: stop before a silent e (homes 홈스, labs 랩스, parks 파크스; not boys, stores).
_PLURAL_S = re.compile(r"(?:[bkpt]|[mkpt]e)$")


def _has_vowel(word: str) -> bool:
    """A vowel letter, or a y after the first letter (gym, rhythm)."""
    low = word.lower()
    return any(c in "aeiou" for c in low) or "y" in low[1:]


def _syllable_caps(parts: list[str]) -> bool:
    """Whether the CamelCase ``parts`` are a short name written with a capital at each syllable
    and said as a word (MoMA 모마, SoHo 소호, LoRa 로라, ReLU 렐루): two parts or more, each a
    capital consonant and a vowel; not a chemical formula of element symbols (NaCl, GaN), nor a
    name with a part of one letter or a vowel first, spelled as its letters (MoU 엠오유, PoC
    피오씨, MoEF)."""
    if len(parts) < 2 or not all(_CAPITAL_SYLLABLE.fullmatch(p) for p in parts):
        return False
    elements = table("elements.tsv")
    return not all(p in elements for p in parts)


#: A capital consonant and a vowel, a syllable of a name written with a capital at each (MoMA).
_CAPITAL_SYLLABLE = re.compile(r"[B-DF-HJ-NP-TV-Z][AEIOUaeiou]", re.ASCII)


def _camel_parts(word: str) -> list[str]:
    """The parts of a CamelCase word. Capitals before small letters end on the capital that
    starts the word (JPMorgan: JP, Morgan), unless that leaves no English word where the small
    letters alone are one (KBSnews: KBS, news; ``data/english.tsv``), all the capitals are a
    listed name (CNNbusiness: CNN, business; ``data/acronyms.tsv``), or no English word starts
    with the last capital and the letter after it (SBSbiz: SBS, biz)."""
    parts = _CAMEL.findall(word)
    eng = table("english.tsv")
    for n in range(len(parts) - 1):
        a, b = parts[n], parts[n + 1]
        if not (a.isupper() and len(b) > 3 and b[0].isupper() and b[1:].islower()) or b.lower() in eng:
            continue
        caps = a + b[0]
        if b[1:] in eng or caps in table("acronyms.tsv") or not _onset(b[:2].lower()):
            parts[n], parts[n + 1] = caps, b[1:]
    return parts


def _onset(pair: str) -> bool:
    """Whether an English word may start with the two letters ``pair`` (a vowel among them,
    or a cluster such as bl, st, th)."""
    return any(c in "aeiouy" for c in pair) or _ONSETS.fullmatch(pair) is not None


def read_address(address: str, *, headed: bool = True) -> str:
    """A web or e-mail address read out part by part (``data/address.tsv``): names from the
    lexicons (a name in capitals written in small letters too: unesco 유네스코, nasa 나사), an
    English word of the pronouncing dictionary as the word (support 서포트, weather 웨더), others
    spelled (a guessed pronunciation of ``mois`` or ``bokjiro`` misleads the listener who wants
    to type it), a Korean surname too in any of its spellings before the @ (``data/
    romanized_surnames.tsv``: park@, sohn@, rhee@ are a reporter's address, where park in
    park.seoul.go.kr is the word), numbers digit by digit, marks by their names; a name's letters
    written small before a word are spelled and the word said (kbsnews 케이비에스뉴스), unless
    ``headed`` is off, as for a file's name (svchost).

    >>> read_address("help@news.co.kr")
    '헬프 골뱅이 뉴스 점 씨오 점 케이알'
    >>> read_address("https://www.naver.com/")
    '더블유더블유더블유 점 네이버 닷컴'
    """
    said = table("address.tsv")
    acr, eng = table("acronyms.tsv"), table("english.tsv")
    address = re.sub(r"^https?://", "", address).rstrip("/.")
    at = address.find("@")
    out = []
    for found in _ADDRESS_PARTS.finditer(address):
        part, low = found.group(), found.group().lower()
        if low in said:
            out.append(said[low])
        elif part.isdigit():
            out.append(digits(part))
        elif len(part) <= 2:
            out.append(spell(part))  # co.kr, ac.kr: letters, not the words they spell
        elif part in acr or part.upper() in acr:
            out.append(acr.get(part) or acr[part.upper()])
        elif found.start() < at and low.capitalize() in table("romanized_surnames.tsv"):
            out.append(spell(part))  # a reporter's surname, typed by its letters: sohn@, rhee@, kang@
        elif low in eng:
            out.append(eng[low])
        elif _address_word(low):
            out.append(pronounce(low) or spell(part))  # support@, www.weather: the word, not its letters
        elif headed and low not in lexicon() and (head_word := _spelled_head(low, _address_words_said)):
            # www.kbsnews.co.kr, a name's letters and a word: 케이비에스뉴스; or two words written as
            # one (hbfashionweek 에이치비패션위크)
            out.append(head_word)
        elif halves := _two_address_words(low):
            out.append(_halves_said(halves))  # 티켓링크
        else:
            out.append(spell(part))
    return " ".join(out)


#: A part of a file's name between its marks: a word with a number after it (Windows10, photo).
_FILE_WORD = re.compile(r"([A-Za-z]{3,})[0-9]*", re.ASCII)
_FILE_MARKS = re.compile(r"([._-])", re.ASCII)


def read_file_name(name: str) -> str:
    """A file's name read part by part as an address is, its dots said, but a part that is a word
    of the pronouncing dictionary or the lexicons read as the word is (setup.exe → 셋업 점 이엑스이,
    Windows10.iso → 윈도우 십 점 아이에스오): a file is named by what it holds, not typed from
    its sound; a part that is no word stays spelled (svchost.exe → 에스브이씨에이치오에스티), as
    does the extension.

    >>> read_file_name("photo.jpg"), read_file_name("svchost.exe")
    ('포토 점 제이피지', '에스브이씨에이치오에스티 점 이엑스이')
    """
    stem, _, ext = name.rpartition(".")
    marks = table("address.tsv")
    out = []
    for chunk in _FILE_MARKS.split(stem):
        if not chunk or chunk in marks:
            out.extend([marks[chunk]] if chunk else [])
            continue
        w = _FILE_WORD.fullmatch(chunk)
        low = w.group(1).lower() if w else ""
        if w and (low in lexicon() or low in table("english.tsv") or w.group(1) in table("acronyms.tsv")):
            out.append(read_token(chunk))
        else:
            out.append(read_address(chunk, headed=False))
    return " ".join([*out, marks["."], read_address(ext)])


def _address_word(low: str) -> bool:
    """Whether a part of an address is an English word a listener knows and types from its sound:
    one of four letters or more that the pronouncing dictionary holds and that shows no sign of
    another language (support, weather; of four letters, one whose plural or stem it holds too, as
    a word's and few names' are: desk, jobs, not kier, kimm, hahn); shorter parts, any that could be
    Korean romanized (ulsan, chosun, bokjiro), and a word that starts with an unstressed vowel,
    whose letter its sound does not show (example, apply: ex- or ix-, a- or e-; not o-, which is
    오: olympics), keep their letters; two such words written as one are read as words too.

    >>> _address_word("support"), _address_word("ulsan"), _address_word("mois"), _address_word("example")
    (True, False, False, False)
    """
    lex = lexicon()
    if len(low) < 4 or not low.isalpha() or language_cues(low) or romanizable(low) or low not in lex:
        return False
    if len(low) == 4 and low + "s" not in lex and not (low[-1] == "s" and low[:-1] in lex):
        return False  # a name of four letters, whose plural the dictionary lacks as a word's it holds: kier, kimm
    first = lex[low].split()[0]
    return not first.endswith("0") or (low[0] == "o" and first.startswith(("AA", "AO", "OW")))


def _address_words_said(low: str) -> str | None:
    """An address part read as a word of the list or the dictionary (:func:`said_word`), or as two
    such words written as one (:func:`_two_address_words`: fashionweek 패션위크); None otherwise."""
    said = said_word(low)
    if said or not (halves := _two_address_words(low)):
        return said
    return _halves_said(halves)


def _halves_said(halves: tuple[str, str]) -> str:
    """The two words of an address part written as one, each as the list or the dictionary says
    it, or by its letters: ticketlink 티켓링크."""
    eng = table("english.tsv")
    return "".join(eng.get(h) or pronounce(h) or spell(h) for h in halves)


def _two_address_words(low: str) -> tuple[str, str] | None:
    """The two words of an address part the dictionary lacks that is two of its words written as
    one, the first of four letters or more (or three that data/english.tsv lists) and the second
    of four or more (visitkorea, ticketlink, onestore), a listed word of two letters and a listed
    word of five or more (hikorea, mystore), or a name of ``data/english.tsv`` and such
    a word (kakaocorp), which a listener types from their sound and hears as two words: each
    half is read as its own word (ticketlink 티켓링크, not a guess at the whole word).

    >>> _two_address_words("ticketlink"), _two_address_words("kakaocorp"), _two_address_words("mofakr")
    (('ticket', 'link'), ('kakao', 'corp'), None)
    """
    lex, eng = lexicon(), table("english.tsv")
    if low.isalpha() and low not in lex and low[:2] in eng and low[2:] in eng and len(low) > 6:
        return low[:2], low[2:]  # a listed word of two letters before a listed one: hikorea 하이코리아
    if not low.isalpha() or low in lex or romanizable(low) or language_cues(low):
        return None  # romanized Korean is spelled (hankyung, joongang, bucheon), not two guessed words
    for k in range(3, len(low) - 3):  # the longest second word: one store, not ones tore
        a, b = low[:k], low[k:]
        # a first word of three letters only as a listed word (one 원), as names of three letters
        # the dictionary holds would cut a name of the outlet's own (dailian is no dai + lian)
        if (a in eng or (len(a) > 3 and a in lex)) and b in lex:
            return a, b
    return None


#: A DRAM process node of the 10-nanometre class (1a, 1b, 1c), with the word or unit after it
#: that shows it is one (1b나노, 1b㎚ 공정), alone in brackets after the class it names
#: (10나노급(1b) D램), or before brackets that name its class (1c(10나노급 6세대) D램).
DRAM_NODE = re.compile(
    r"1[a-d](?= ?(?:나노|㎚|D램|디램|공정|LPDDR|DDR)|\(1[0-9] ?(?:나노|㎚|nm))|(?<=급\()1[a-d](?=\))"
)


def read_node(node: str) -> str:
    """A DRAM node as the industry says it, its 1 in English: 1b → 원비.

    >>> read_node("1b")
    '원비 '
    """
    return f"{english_number(node[0])}{spell(node[1])} "


def model_apart(tok: str, after: str, before: str = "") -> bool:
    """Whether ``tok`` is a model of two capitals and a digit (``_TWO_CAPITALS_CODE``) with no
    Hangul written against it (``after``: the character after it), or a model of letters and
    one digit after the name of its maker (``before``: the text before it; data/makers.tsv),
    its digit said in English.

    >>> model_apart("QM6", " "), model_apart("IB1", "본"), model_apart("IB1", "에")
    (True, False, False)
    >>> model_apart("PV5", "가", "기아 "), model_apart("IB1", "에", "본부 ")
    (True, False)
    """
    if _TWO_CAPITALS_CODE.fullmatch(tok) is not None and not ("가" <= after <= "힣"):
        return True
    if after in _PARTICLE_START and tok in _MODELS.get():
        return True  # 'HX7'을 공개했다. HX7은: the model the text writes apart, with its particle
    maker = maker_before(before)
    if maker is None or _MAKER_MODEL.fullmatch(tok) is None:
        return False
    # a quarter's code is a model only after a maker of such models: 아우디 Q4, not 현대차 Q3 실적
    return not _QUARTER_CODE.fullmatch(tok) or tok[0] in table("makers.tsv")[maker]


def maker_before(before: str) -> str | None:
    """The name of a maker (data/makers.tsv) that the text ``before`` a model ends in, with a
    space after it (기아 EV5, 폴스타 4).

    >>> maker_before("기아 "), maker_before("분기 ")
    ('기아', None)
    """
    maker = _MAKER_BEFORE.search(before)
    return maker.group(1) if maker is not None and maker.group(1) in table("makers.tsv") else None


def after_maker(before: str) -> bool:
    """Whether the text ``before`` a model ends in the name of its maker and a space."""
    return maker_before(before) is not None


#: A name in Latin letters set apart by one space before a number (GTA 6, 'Hades 2'), and the
#: words of a title before it, with the mark that opens it or the kind of work that names it.
#: The Latin name a space before a number, or its gloss in brackets after its Hangul (아크(ARC) 7).
_NAME_BEFORE_NUMBER = re.compile(r"(?:(?<![A-Za-z0-9.&-])([A-Za-z]{2,})|(?<=[가-힣]\()([A-Za-z]{2,})\)) $")
_TITLE_BEFORE = re.compile(r"(?:(?<![가-힣])([가-힣]+) |['‘\"“])(?:[A-Za-z][A-Za-z']* )+$")


def numbered_name(text: str, start: int, end: int) -> bool:
    """Whether the one digit at ``text[start:end]`` is the number of a sequel or a model after
    the Latin name a space before it, which Korean says in English: a title, quoted or named by
    the kind of work before it ('Hades 2' → 하데스 투, 영화 Inside Out 2 → 인사이드 아웃 투), or a
    name in capitals that no list holds (HDA 2 → 에이치디에이 투, GTA 6 → 지티에이 식스). A word of
    a name in small letters keeps the Sino-Korean number (Pixel 9 픽셀 구, Phase 3 페이즈 삼), as
    do a name listed in capitals, Korean ones mostly (LG 5-3, KBS 1), a score or a range (GTA
    2-1), and a number inside a longer name (Snapdragon 8 Elite).

    >>> numbered_name("GTA 6 출시", 4, 5), numbered_name("'Hades 2'", 7, 8), numbered_name("Pixel 9", 6, 7)
    (True, True, False)
    """
    found = _NAME_BEFORE_NUMBER.search(text, max(0, start - 24), start)
    name = (found.group(1) or found.group(2)) if found else ""
    if not name or end - start != 1 or name in table("acronyms.tsv"):
        return False
    after = text[end : end + 2]
    if after[:1] == " " and after[1:].isascii() and after[1:].isalpha():
        return False  # the name runs on in Latin letters: Snapdragon 8 Elite is no sequel's number
    if after[:1] in tuple("-–:/.,~·") and after[1:] not in ("", " "):
        return False
    if name.isupper():
        return True  # GTA 6, and a name glossed after its Hangul: 아크(ARC) 7 → 아크 세븐
    title = _TITLE_BEFORE.search(text, max(0, start - 40), start)
    return title is not None and (title.group(1) is None or title.group(1) in roles()["title_kind"])


def _to(parts: list[str], n: int) -> bool:
    """``parts[n]`` is a 2 between one- or two-letter capitals (B2B, O2O, V2X, H2O), or between
    the same word twice (Hearts2Hearts, Face2Face: 하츠투하츠)."""
    if not 0 < n < len(parts) - 1:
        return False
    a, b = parts[n - 1], parts[n + 1]
    return a.isalpha() and (a.lower() == b.lower() or all(len(x) <= 2 and x.isalpha() and x.isupper() for x in (a, b)))


#: One capital hyphened to a capitalised word: a stage name of an initial and a Korean given
#: name's syllable (J-Hyun, Y-Jun), or a name of a letter and an English word (K-Pop, X-Men).
_INITIAL_NAME = re.compile(r"([A-Z])-([A-Z][a-z]+)", re.ASCII)

#: A user name or password: a word in small letters and three digits or more that are no year
#: (admin1234, guest007), its digits said one by one as they are typed.
_LOGIN = re.compile(r"[a-z]{3,}(?!(?:19|20)[0-9]{2}$)[0-9]{3,}", re.ASCII)

#: A quarter of a year written as a letter and its number (Q1 … Q4), which is a model's name too.
_QUARTER_CODE = re.compile(r"Q[1-4]")


#: A word hyphened to a number of one or two digits: sub-3, under-23.
_PREFIX_NUMBER = re.compile(r"([A-Za-z]+)-([0-9]{1,2})")


#: A chemical formula: symbols of the elements, each with or without a count of up to two digits.
_FORMULA = re.compile(r"(?:[A-Z][a-z]?[0-9]{0,2})+", re.ASCII)
_FORMULA_GROUP = re.compile(r"([A-Z][a-z]?)([0-9]{0,2})", re.ASCII)


def _formula(tok: str) -> str | None:
    """``tok`` said as a chemical formula (``data/elements.tsv``): two element symbols or more and
    a count of twelve or less at least, a count before the last symbol or a symbol of two letters,
    every symbol spelt and every count said in English (Fe2O3 → 에프이투오쓰리, H2SO4 →
    에이치투에스오포, SiO2 → 에스아이오투); None where it is no such formula (KF94, A4, KB3), or
    where its letters are a name of ``data/acronyms.tsv`` (CoV2, a coronavirus: 코브 투)."""
    if not _FORMULA.fullmatch(tok) or not any(c.isdigit() for c in tok):
        return None
    groups = _FORMULA_GROUP.findall(tok)
    elements = table("elements.tsv")
    if "".join(sym for sym, _ in groups) in table("acronyms.tsv"):
        return None  # a listed name with a number (CoV2, SoC2): its letters are no elements
    if len(groups) < 2 or any(sym not in elements or (n and not 1 < int(n) <= 12) for sym, n in groups):
        return None
    if not any(n for _, n in groups[:-1]) and not any(len(sym) == 2 for sym, _ in groups):
        return None  # capitals and a last digit are a code or a team's (KB3, SK3), read as such
    return "".join(spell(sym) + (english_number(n) or "" if n else "") for sym, n in groups)


def read_token(tok: str, *, decimal: bool = False, english: bool = False) -> str:
    """``tok`` read aloud (``decimal``: a decimal part follows it, GPT-3.5; ``english``: its
    numbers are said in English, as after a name that says them so: DeepSeek R1)."""
    said = _SAID.get()
    if said is None:
        return _read_token(tok, decimal=decimal, english=english)
    key = (tok, decimal, english)
    out = said.get(key)
    if out is None:
        out = said[key] = _read_token(tok, decimal=decimal, english=english)
    return out


def _read_token(tok: str, *, decimal: bool, english: bool) -> str:
    """:func:`read_token`, read afresh."""
    acr = table("acronyms.tsv")
    if tok in acr and not (english and _QUARTER_CODE.fullmatch(tok)):
        return acr[tok]  # Q4 is a quarter, but after a maker a model: 아우디 Q4 → 큐 포
    glossed = _GLOSSED.get().get(tok)
    if glossed:
        return glossed  # ARC where the text writes 아크(ARC): 아크, not 에이알씨
    head, _, rest = tok.partition("-")
    if rest and head in acr and any(c.isdigit() for c in head):
        # a listed name with a number, then the model: i7-14700K → 아이세븐 만 사천칠백케이
        return f"{acr[head]} {read_token(rest, decimal=decimal)}"
    said = _nasal_said(tok) or _saint_said(tok) or _cued_said(tok) or _marked_said(tok) or _formula(tok)
    if said:
        return said
    eng = table("english.tsv")
    if tok.lower() in eng and not (tok.isupper() and len(tok) <= 2):
        return eng[tok.lower()]
    first, hyphen, second = tok.lower().partition("-")
    pair = _word_pairs().get((first, second)) if hyphen and "-" not in second else None
    if pair:
        return " ".join(pair)  # a listed term of two words hyphened: Hat-trick 해트 트릭, as hat trick
    # a world place, or a Korean one whose romanization hides a syllable (Jongno-gu 종로구)
    said = place(tok) if tok.replace("-", "").isalpha() and not tok.isupper() else None
    if said:
        return said
    if _CONTRACTION.search(tok):
        # a possessive or a contraction is one word said (Domino's → 도미노스, Let's → 렛츠,
        # Don't → 돈트), not the word and a letter s or t after it
        return read_token(re.sub("['’]", "", tok), decimal=decimal, english=english)
    said = None
    if tok.isascii() and tok.isalpha() and tok.lower() not in eng:
        # Chengdu → 청두: pinyin that the Korean romanization has not (romaji first: Shizuoka)
        # (not an English word the cut passes through: boxing, jingle, whose e is silent)
        low = tok.lower()
        said = east_asian(low) if pinyin(low) and not _inflected(low) and not _silent_e(low) else None
    initial = _INITIAL_NAME.fullmatch(tok)
    syllable = read_name_syllable(initial.group(2)) if initial else None
    if initial and syllable:
        return spell(initial.group(1)) + syllable  # a stage name: J-Hyun → 제이현, not 제이하이언
    if not said and tok.isascii() and tok.replace("-", "").isalpha():
        said = read_romanized(tok)
    if said:
        return said  # romanized Korean: Gangnam → 강남, Chungcheongbuk-do → 충청북도
    strain = STRAIN.fullmatch(tok)
    said = _strain(strain) if strain else None
    if said:
        return said
    lineage = _STRAIN_LINEAGE.fullmatch(tok)
    if lineage:
        return f"{read_token(lineage.group(1))} {read_token(lineage.group(2))}"
    prefixed = _PREFIX_NUMBER.fullmatch(tok)
    word = prefixed.group(1) if prefixed and not prefixed.group(1).isupper() else ""
    prefix = table("english_prefixes.tsv").get(word.lower())
    if prefixed and prefix:  # RE-100, in capitals, is a name
        # an English prefix hyphened to a small number, a mark said in English: sub-3 (a marathon
        # under three hours) → 서브 쓰리, not 섭 삼
        return f"{prefix} {english_number(prefixed.group(2)) or integer(prefixed.group(2))}"
    out: list[str] = []
    parts = _PARTS.findall(tok)
    if len(parts) == 3 and parts[0] in table("articles.tsv") and parts[1] == "-" and parts[2].istitle():
        # the article hyphened to its name: al-Nassr as Al Nassr → 알나스르
        return table("articles.tsv")[parts[0]] + (_after_article(parts[2]) or read_word(parts[2]))
    code = not decimal and _ONE_DIGIT_CODE.fullmatch(tok) is not None
    serial = not decimal and _SERIAL_CODE.fullmatch(tok) is not None
    english = english or english_named(tok, decimal=decimal) or code
    for n, p in enumerate(parts):
        if p == "2" and _to(parts, n):
            out.append("투")  # B2B, P2P, H2O: the 2 is "to"
        elif p == "&":
            out.append("앤")
        elif p == "-":
            # a one-letter prefix joins its word (K-POP → 케이팝); otherwise a word break
            joined = len(parts[n - 1]) == 1 and n + 1 < len(parts) and parts[n + 1].isalpha()
            out.append("" if joined and parts[n - 1].isalpha() else " ")
        elif p in ("'", "’"):
            continue
        elif n > 1 and parts[n - 1] == "-" and parts[n - 2].isalpha() and roman(p) and english_number(str(roman(p))):
            out.append(english_number(str(roman(p))) or "")  # a Roman numeral after a name: KSS-III → 케이에스에스 쓰리
        elif p[0].isdigit():
            # the name right before the number decides (CRISPR-Cas9 → 캐스 나인), else the first
            name = parts[n - 2] if n > 1 and parts[n - 1] == "-" else parts[n - 1] if n else ""
            named = english or (n > 0 and english_name(name, decimal=decimal))
            said = (named and english_number(p)) or integer(p)
            if n == 1 and (AIRCRAFT.fullmatch(parts[0] + p) or _LOGIN.fullmatch(tok)):
                said = digits(p, zero="공")  # an account or a password: admin1234 → 어드민 일이삼사
            elif serial or (n > 0 and len(p) >= _SERIAL_DIGITS and parts[0] not in roles()["standard_body"]):
                # a lot's or a serial's number: HB261103-A1 → 이육일일공삼; a standard's number
                # is read as it is after a space (ISO-14001 as ISO 14001 → 만 사천일)
                said = digits(p, zero="공")
            elif n == 2 and parts[1] == "-" and len(p) >= 3 and parts[0] in roles()["hull"]:
                said = digits(p, zero="공")  # a warship's hull number: DDG-991 → 디디지 구구일
            out.append(" " + said if out and out[-1] != " " else said)
        elif n and parts[n - 1][0].isdigit() and out and out[-1] not in (" ", "투"):
            # a letter after a model's number is a word of its own: F-35A → 에프 삼십오 에이,
            # not 삼십오에이; AH-64E → 육십사 이, not 육십사이 (sixty-four "is")
            out.append(" " + read_word(p))
        elif n == 0 and len(p) <= 3 and p.isupper() and parts[1:2] == ["-"] and parts[2:3] and parts[2][0].isdigit():
            # the capitals of a model before its number are letters, whatever word they spell:
            # EMU-320 → 이엠유 삼백이십, not the bird 에뮤
            out.append(acr.get(p) or spell(p))
        else:
            out.append(read_word(p))
    return "".join(out)
