"""Compounds that Kiwi tags as one morpheme, split where their parts meet.

ㄴ 첨가 (솜이불 → 솜니불, 서울역 → 서울력) happens where the second part of a compound starts
with 이/야/여/요/유, so the rules need to see the boundary; Kiwi keeps many compounds whole
(``색연필``, ``휘발유`` and station names such as ``강남역`` come out as one noun), or tags a
head as a suffix (``영업`` + ``용``/XSN). ``data/compounds.txt`` lists them:

``word<TAB>parts``
    a noun and its parts joined by ``+`` (``색연필	색+연필``); applies where Kiwi gives the
    word as one noun morpheme.
``+head<TAB>TAGS<TAB>min``
    a head (one syllable or more) split off the end of a morpheme tagged one of ``TAGS``
    (comma-separated) that is at least ``min`` syllables long (``+역	NNP	3``: 강남역 → 강남 + 역;
    ``+주의	NNG	4``: 현실주의 → 현실 + 주의, so that its ㅈ is not tensed after ㄹ as inside a
    Sino-Korean word); a morpheme that is the head alone is read as a noun (``+용	XSN	1``:
    영업 + 용 → 영엄뇽).
A verb or adjective stem may be listed as a word too (``설익	설+익``): its first parts are read as
prefixes (``XPN``), so that ㄴ 첨가 applies before the stem (설익다 → 설릭따); so may an adverb
(``일일이	일+일이``: 일일이 → 일리리), its parts read as nouns. A listed noun that Kiwi reads as two or
three morphemes written together, a determiner, verb, adverb or noun with what follows it, is read
as the compound too (``한입	한+입``: 한입 → 한닙, whether Kiwi gives 한입 or 한 + 입; ``잔일	잔+일``:
잔일을 → 잔니를, where Kiwi gives 자 + ᆫ + 일 + 을).

A common noun Kiwi gives whole that is a Sino-Korean numeral with 육 after its start (백육,
삼천육, 억육천), or a proper noun that is one with 육 after a place (a year before a name,
이천이십육 신한 …; not 삼육, 이육사), is split before each 육 into numerals, as Kiwi splits
이백 + 육: ㄴ is inserted there (백육 → 뱅뉵, 억육천 → 엉뉵천, 이천이십육 → 이처니심뉵).

``first+<TAB>TAGS<TAB>min``
    a first part split off the start of a morpheme tagged one of ``TAGS`` that is at least
    ``min`` syllables long: a native word whose syllables look Sino-Korean, so that ㄹ + ㄷ/ㅅ/ㅈ
    is not tensed across its end (``서울+	NNP	3``: 서울시 → 서울 + 시, read 서울시, not 서울씨).

A noun of four or more syllables that Kiwi gives whole (or such a part of a split noun), with ㄹ
before ㄷ/ㅅ/ㅈ inside it, is cut where those two syllables belong to two of its words, as Kiwi
reads the noun on its own (``seams``): ㄹ + ㄷ/ㅅ/ㅈ is tensed inside a Sino-Korean word (제26항:
갈등 → 갈뜽, 철도 → 철또) but not across the seam of a compound (한국과학기술정보연구원 →
한국과학기술 + 정보연구원, read 한국꽈학끼술정보연구원, not …기술쩡보…; 생활지원사 → 생활 + 지원사,
not 생활찌원사), whichever way Kiwi happens to tag the noun in its sentence.

The particle 의 as Kiwi reads it after a noun is taken back into the noun where it must be the
noun's last syllable, 醫 (a doctor): another particle, the copula or a suffix follows it in the word
(전공 + 의 + 가 → 전공의 + 가), or the noun is listed in ``data/ui_nouns.txt`` (전공의 지원자).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from newsread.g2p.hangul import is_syllable, split
from newsread.g2p.rules import rieul_surnames, sino_word, word_list

_NOUNS = {"NNG", "NNP"}
_PREDICATES = {"VV", "VA"}
# Sino-Korean numeral syllables: a noun made of them alone is a number (백육, 삼천육)
_DIGITS = frozenset("일이삼사오육칠팔구십백천만억조")
_PLACES = frozenset("십백천만억조")
# the vowels before which ㄴ is inserted in a compound (이/야/여/요/유, and 얘/예)
_IOTIC = frozenset("ㅣㅑㅕㅛㅠㅒㅖ")
# nouns this long that Kiwi gives whole may be compounds whose seams matter for tensing after ㄹ
_SEAM_MIN = 4
# where Kiwi reads a word on its own as two or more words: the offsets where the second and later begin
Seams = Callable[[str], frozenset[int]]
# whether Kiwi reads a word on its own as one noun it knows
Nouns = Callable[[str], bool]


@dataclass(frozen=True)
class Piece:
    """A morpheme as the rules see it (the fields of Kiwi's token that they read)."""

    form: str
    tag: str
    start: int
    len: int


@dataclass(frozen=True)
class Head:
    tags: frozenset[str]
    min_len: int


@dataclass(frozen=True)
class Compounds:
    words: dict[str, tuple[int, ...]]  # word → lengths of its parts
    heads: dict[str, Head]
    firsts: dict[str, Head] = field(default_factory=dict)  # first parts split off the start


@lru_cache(maxsize=1)
def load() -> Compounds:
    """``data/compounds.txt`` (read once)."""
    text = resources.files("newsread.g2p").joinpath("data/compounds.txt").read_text(encoding="utf-8")
    words: dict[str, tuple[int, ...]] = {}
    heads: dict[str, Head] = {}
    firsts: dict[str, Head] = {}
    for number, line in enumerate(text.splitlines(), 1):
        fields = line.split("#")[0].split()
        if not fields:
            continue
        where = f"compounds.txt:{number}"
        if fields[0].startswith("+"):
            head = fields[0][1:]
            if len(fields) != 3 or not head or not all(map(is_syllable, head)) or not fields[2].isdigit():
                raise ValueError(f"{where}: expected '+syllables<TAB>TAGS<TAB>min'")
            heads[head] = Head(frozenset(fields[1].split(",")), int(fields[2]))
            continue
        if fields[0].endswith("+"):
            first = fields[0][:-1]
            if len(fields) != 3 or not first or not all(map(is_syllable, first)) or not fields[2].isdigit():
                raise ValueError(f"{where}: expected 'syllables+<TAB>TAGS<TAB>min'")
            firsts[first] = Head(frozenset(fields[1].split(",")), int(fields[2]))
            continue
        if len(fields) != 2:
            raise ValueError(f"{where}: expected 'word<TAB>parts'")
        word, parts = fields
        pieces = parts.split("+")
        if "".join(pieces) != word or len(pieces) < 2 or not all(pieces) or not all(map(is_syllable, word)):
            raise ValueError(f"{where}: {parts} does not spell {word} in two or more parts")
        if word in words:
            raise ValueError(f"{where}: {word} is listed twice")
        words[word] = tuple(len(p) for p in pieces)
    return Compounds(words, heads, firsts)


def _part_tag(tag: str, *, last: bool) -> str:
    """The tag of one part of a split morpheme tagged ``tag``: a prefix before a verb stem (설 + 익),
    the noun's own tag before its head, and a common noun for the head."""
    if tag in _PREDICATES:
        return tag if last else "XPN"
    return tag if not last and tag in _NOUNS else "NNG"


# what may begin a listed compound that Kiwi reads as several morphemes (한 + 입, 자 + ᆫ + 일, 막 + 일),
# a numeral too where Kiwi takes the word's first syllable for one (구충약 → 구 + 충 + 약)
_SPAN_FIRST = {"MM", "VV", "VA", "MAG", "NNG", "NNP", "NR"}
# the most morphemes such a reading spreads a listed compound over (궂 + 은 + 일)
_SPAN_MAX = 3


def _listed_span(text: str, tokens: Sequence[Any], k: int, lex: Compounds) -> int:
    """How many tokens from ``tokens[k]`` (two or three, nothing between them) spell a word listed in
    ``data/compounds.txt`` that Kiwi reads as several morphemes, or 0: a determiner and a noun (한입 →
    한 + 입, 첫잎 → 첫 + 잎), a numeral and nouns (구충약 → 구 + 충 + 약), a verb with its adnominal
    ending and a noun (잔일 → 자 + ᆫ + 일, 궂은일 → 궂 + 은 + 일), an adverb and a noun (막일 → 막 + 일),
    or a noun with the copula and an ending where the word stands alone (물일 → 물 + 이 + ᆯ), or a noun
    and a particle where the word stands alone (논이랑 → 논 + 이랑, a furrow, not 'with the paddy'). The
    word must begin a written word and end one, or be followed by a particle or suffix in it; one that
    ends in Kiwi's ending or particle must end the text (물일 것이다 is water, the copula and 것; 논이랑
    밭 is the paddy and the field)."""
    tok = tokens[k]
    start = int(tok.start)
    if str(tok.tag) not in _SPAN_FIRST or (start and is_syllable(text[start - 1])):
        return 0
    for n in range(2, _SPAN_MAX + 1):
        if k + n > len(tokens):
            return 0
        span = tokens[k : k + n]
        if any(int(b.start) > int(a.start) + int(a.len) for a, b in itertools.pairwise(span)):
            return 0  # a space or anything else between them
        end = int(span[-1].start) + int(span[-1].len)
        if text[start:end] not in lex.words:
            continue
        nxt = tokens[k + n] if k + n < len(tokens) else None
        after = str(nxt.tag) if nxt is not None and int(nxt.start) == end else ""  # a morpheme joined on
        last = str(span[-1].tag)
        if last in _NOUNS and (not after or after.startswith(("J", "XS"))):
            return n
        if last.startswith(("E", "J")) and not any(map(is_syllable, text[end:])):
            return n
    return 0


# the particle 'and' after a consonant, which a listed noun may end in too (논이랑, a furrow)
_AND = "이랑"


def _joined_by_and(text: str, start: int, lex: Compounds, tokens: Sequence[Any] = ()) -> int:
    """The end of the written word at ``start`` where it is a listed noun ending in 이랑 (논이랑, 밭이랑)
    that the word before it or after it, ending in 이랑 or 랑 too, joins as the particle 'and' (논이랑
    밭이랑, 산이랑 논이랑: the paddies and the fields), or 0. A furrow beside it (data/furrows.txt:
    고랑, 도랑, 이랑), unless it is a listed noun in 이랑 itself, is no particle: 밭이랑 고랑 is the
    ridges and the furrows, where 밭이랑 사랑 is the field and love."""
    if start and is_syllable(text[start - 1]):
        return 0
    end = _word_end(text, start)
    if not text.endswith(_AND, start, end) or text[start:end] not in lex.words:
        return 0
    before = start > 1 and text[start - 1] == " " and _and_particle(text, start - 1, lex, tokens)
    after = text.startswith(" ", end) and _and_particle(text, _word_end(text, end + 1), lex, tokens)
    return end if before or after else 0


def _and_particle(text: str, end: int, lex: Compounds, tokens: Sequence[Any]) -> bool:
    """Whether the written word that ends at ``end`` ends in the particle 'and' (이)랑: it ends in 랑,
    and is a listed noun in 이랑 or Kiwi does not end it with a furrow, a noun of data/furrows.txt
    (고랑/NNG, 개울도랑), which is no particle: another noun in 랑 (사랑, 노랑) stands where a particle
    'and' joins it as well (밭이랑 사랑 모두 잃은: the field and love)."""
    if not end or text[end - 1] != "랑":
        return False
    first = end
    while first and is_syllable(text[first - 1]):
        first -= 1
    if text[first:end] in lex.words:
        return True
    last = [t for t in tokens if int(t.start) + int(t.len) == end]
    furrows = tuple(word_list("furrows"))
    return not any(str(t.tag) in _NOUNS and str(t.form).endswith(furrows) for t in last)


def _word_end(text: str, start: int) -> int:
    """Where the run of Hangul syllables from ``start`` ends."""
    end = start
    while end < len(text) and is_syllable(text[end]):
        end += 1
    return end


def _numeral_with_yuk(surface: str, tag: str) -> bool:
    """Whether ``surface`` is a Sino-Korean numeral with 육 after its start that Kiwi gave as a noun:
    a common noun (백육, 오육), or a proper noun where each such 육 follows a place (이천이십육, not
    삼육, the name of a school, nor 이육사)."""
    if tag not in _NOUNS or "육" not in surface[1:] or not set(surface) <= _DIGITS:
        return False
    return tag == "NNG" or all(surface[i - 1] in _PLACES for i, ch in enumerate(surface) if ch == "육" and i)


def _rl_cuts(surface: str) -> list[int]:
    """The offsets in ``surface`` of syllables in ㄷ/ㅅ/ㅈ right after a syllable in ㄹ (기술정보: 4)."""
    return [
        i + 1
        for i in range(len(surface) - 1)
        if is_syllable(surface[i])
        and is_syllable(surface[i + 1])
        and split(surface[i])[2] == "ㄹ"
        and split(surface[i + 1])[0] in ("ㄷ", "ㅅ", "ㅈ")
    ]


def _seam_lengths(surface: str, seams: Seams) -> tuple[int, ...]:
    """The parts of a long noun cut at the seams that fall between ㄹ and ㄷ/ㅅ/ㅈ, where the words on
    either side of the seam have two syllables or more (기술 + 정보; not 일 + 석 in 일석이조, 견 + 물 +
    생 + 심, readings of a four-character idiom that are no words of it); none: ``()``."""
    cuts = _rl_cuts(surface)
    if not cuts:
        return ()
    bounds = _bounds(surface, seams, cuts)
    cuts = [
        c
        for c in cuts
        if c in bounds[1:-1] and c - bounds[bounds.index(c) - 1] >= 2 and bounds[bounds.index(c) + 1] - c >= 2
    ]
    if not cuts:
        return ()
    return tuple(b - a for a, b in itertools.pairwise([0, *cuts, len(surface)]))


def _bounds(surface: str, seams: Seams, cuts: list[int]) -> list[int]:
    """0, the seams of ``surface`` and its length, with the seams inside a word of it that is long
    itself and has one of ``cuts`` inside (제주특별자치도 → 제주 + 특별자치도 → 제주 + 특별 + 자치도)."""
    bounds = [0, *sorted(seams(surface)), len(surface)]
    inner: list[int] = []
    for a, b in itertools.pairwise(bounds):
        if b - a >= _SEAM_MIN and (a, b) != (0, len(surface)) and any(a < c < b for c in cuts):
            inner += [a + x for x in _bounds(surface[a:b], seams, [c - a for c in cuts if a < c < b])[1:-1]]
    return sorted({*bounds, *inner})


# what may follow a noun in its word but never the particle 의 (전공의가, 전공의였다, 전공의들)
_NOT_AFTER_GENITIVE = ("J", "VCP", "XSN")


def _ends_the_noun(text: str, tokens: Sequence[Any], k: int, out: list[Piece]) -> bool:
    """Whether ``tokens[k]``, the particle 의 as Kiwi reads it, is the last syllable of the noun before
    it: another particle, the copula or a suffix follows in the word (전공 + 의 + 가: a genitive
    never comes before those), or the noun with 의 is one of ``data/ui_nouns.txt`` (전공의, 공보의)."""
    tok = tokens[k]
    start = int(tok.start)
    if str(tok.form) != "의" or not out or out[-1].tag not in _NOUNS or out[-1].start + out[-1].len != start:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is not None and int(nxt.start) == start + int(tok.len) and str(nxt.tag).startswith(_NOT_AFTER_GENITIVE):
        return True
    return text[out[-1].start : start + 1] in word_list("ui_nouns")


def _apart(text: str, left: Any, right: Any) -> bool:
    """Whether only a space lies between the tokens ``left`` and ``right``."""
    gap = text[int(left.start) + int(left.len) : int(right.start)]
    return bool(gap) and gap.isspace()


def _a_name(text: str, tokens: Sequence[Any], k: int) -> bool:
    """Whether ``tokens[k]``, a common noun, is a person's name: a surname in ㄹ (:func:`rieul_surnames`)
    and two syllables, with a word of ``data/name_titles.txt`` before or after it (기자 설동훈,
    설정자 씨), read as the proper noun Kiwi gives for most names (:func:`newsread.g2p.rules.apply`
    does not tense ㄹ + ㄷ/ㅅ/ㅈ between surname and given name)."""
    tok = tokens[k]
    form = str(tok.form)
    if not any(len(form) == len(s) + 2 and form.startswith(s) for s in rieul_surnames()):
        return False
    titles = word_list("name_titles")
    if k and _apart(text, tokens[k - 1], tok) and str(tokens[k - 1].form) in titles:
        return True
    return k + 1 < len(tokens) and _apart(text, tok, tokens[k + 1]) and str(tokens[k + 1].form) in titles


def _genitive_inside(tok: Any, surface: str, nouns: Nouns) -> bool:
    """Whether ``tok``, a noun Kiwi does not know, ends in the particle 의 it has taken in (엔비디아의,
    매디슨의: read 엔비디아에): no ending of it is a noun in 의 that Kiwi knows (화상회의, 민주주의)."""
    if not bool(getattr(tok, "oov", False)) or len(surface) < 3 or surface[-1] != "의" or surface != str(tok.form):
        return False
    return not any(nouns(surface[-n:]) for n in range(2, min(4, len(surface) - 1) + 1))


def _one_word(text: str, tokens: Sequence[Any], k: int, lex: Compounds) -> bool:
    """Whether ``tokens[k]`` and the next token are two one-syllable Sino-Korean nouns written together,
    a coda before 이/야/여/요/유, that Kiwi split where it does not know the word (공중 + 급 + 유 + 기):
    one two-character Sino-Korean word, read without ㄴ 첨가 (급유 → 그뷰, as 석유 → 서규), unless
    listed as a compound in ``data/compounds.txt`` (담요 → 담뇨)."""
    if k + 1 >= len(tokens):
        return False
    tok, nxt = tokens[k], tokens[k + 1]
    start = int(tok.start)
    if str(tok.tag) != "NNG" or str(nxt.tag) != "NNG" or int(tok.len) != 1 or int(nxt.len) != 1:
        return False
    word = text[start : start + 2]
    if int(nxt.start) != start + 1 or not split(word[0])[2] or split(word[1])[0] != "ㅇ":
        return False
    return split(word[1])[1] in _IOTIC and sino_word(word) and word not in lex.words


def _day(text: str, tokens: Sequence[Any], k: int, out: list[Piece], lex: Compounds) -> bool:
    """Whether ``tokens[k]`` is 일 that Kiwi gives as a common noun right after a Sino-Korean noun of
    two or more syllables: 日, a day, as Kiwi tags it as a bound noun elsewhere (기준 + 일 → 기주닐,
    as 입학 + 일 → 이파길), not 일 (work) with ㄴ 첨가 (compounds.txt: 집안일 → 지반닐)."""
    tok = tokens[k]
    if str(tok.tag) != "NNG" or str(tok.form) != "일" or not out:
        return False
    last = out[-1]
    if last.tag != "NNG" or last.len < 2 or last.start + last.len != int(tok.start):
        return False
    noun = text[last.start : last.start + last.len]
    return sino_word(noun) and noun + "일" not in lex.words


def _one_out(text: str, tokens: Sequence[Any], k: int) -> bool:
    """Whether ``tokens[k]`` is 사 that Kiwi gives as a numeral in a word 일사 of its own, not after 점:
    one out in baseball (일사 이, 삼 루: 死, tensed as after 일 in 일사 만루 → 일싸), not two digits
    said one by one (삼 점 일사 → 일사)."""
    tok = tokens[k]
    if str(tok.form) != "사" or str(tok.tag) != "NR" or not k or str(tokens[k - 1].form) != "일":
        return False
    start = int(tok.start)
    if str(tokens[k - 1].tag) != "NR" or int(tokens[k - 1].start) != start - 1:
        return False
    before, after = text[: start - 1], text[start + 1 : start + 2]
    if (before and not before[-1].isspace()) or (after and is_syllable(after)):
        return False  # part of a longer numeral or word
    return not before.rstrip().endswith("점")


def split_compounds(
    text: str,
    tokens: Sequence[Any],
    lex: Compounds | None = None,
    seams: Seams | None = None,
    nouns: Nouns | None = None,
) -> list[Piece]:
    """Kiwi's ``tokens`` of ``text`` with listed compounds split into their parts, and long nouns cut
    at the ``seams`` of the words they are made of where ㄹ meets ㄷ/ㅅ/ㅈ there. With ``nouns`` (whether
    Kiwi knows a word on its own as one noun), the particle 의 is split off a noun Kiwi does not know
    (엔비디아의). Two one-syllable Sino-Korean nouns before 이/야/여/요/유 are one word (급 + 유), and
    일 after a Sino-Korean noun is 日 (기준 + 일)."""
    lex = lex or load()
    out: list[Piece] = []
    skip_to = -1
    for k, tok in enumerate(tokens):
        if k <= skip_to:
            continue
        start, length, tag = int(tok.start), int(tok.len), str(tok.tag)
        surface = text[start : start + length]
        joined = _joined_by_and(text, start, lex, tokens) if tag in _NOUNS else 0
        if joined:  # 논 + 이랑 밭 + 이랑: the paddies and the fields, not two furrows
            out += [Piece(text[start : joined - 2], tag, start, joined - 2 - start), Piece("이랑", "JC", joined - 2, 2)]
            skip_to = max(j for j, t in enumerate(tokens) if int(t.start) < joined)
            continue
        span = _listed_span(text, tokens, k, lex)
        if span:  # 한 + 입 as the compound 한입, 자 + ᆫ + 일 as 잔일
            end = int(tokens[k + span - 1].start) + int(tokens[k + span - 1].len)
            at = start
            for size in lex.words[text[start:end]]:
                out.append(Piece(text[at : at + size], "NNG", at, size))
                at += size
            skip_to = k + span - 1
            continue
        if tag == "JKG" and _ends_the_noun(text, tokens, k, out):
            last = out.pop()  # 전공 + 의 as the noun 전공의 (a doctor)
            out.append(Piece(text[last.start : start + length], last.tag, last.start, last.len + length))
            continue
        if tag in _NOUNS and nouns is not None and _genitive_inside(tok, surface, nouns):
            out += [Piece(surface[:-1], tag, start, length - 1), Piece("의", "JKG", start + length - 1, 1)]
            continue
        if _one_word(text, tokens, k, lex):
            out.append(Piece(text[start : start + 2], "NNG", start, 2))  # 급 + 유 as 급유
            skip_to = k + 1
            continue
        if _day(text, tokens, k, out, lex):
            out.append(Piece(surface, "NNB", start, length))  # 기준 + 일 (日)
            continue
        if _one_out(text, tokens, k):
            out.append(Piece(surface, "NNG", start, length))  # 일 + 사 (死): 일싸
            continue
        if tag == "NNG" and _a_name(text, tokens, k):
            out.append(Piece(surface, "NNP", start, length))  # 기자 설동훈
            continue
        lengths: tuple[int, ...] = ()
        ending = max((h for h in lex.heads if surface.endswith(h)), key=len, default="")  # the longest
        head = lex.heads.get(ending)
        if (tag in _NOUNS or tag in _PREDICATES or tag == "MAG") and surface in lex.words:
            lengths = lex.words[surface]
        elif _numeral_with_yuk(surface, tag):
            cuts = [0] + [i for i, ch in enumerate(surface) if ch == "육" and i] + [length]
            out += [Piece(surface[a:b], "NR", start + a, b - a) for a, b in itertools.pairwise(cuts)]
            continue
        elif head is not None and tag in head.tags and length >= head.min_len:
            lengths = (length - len(ending), len(ending)) if length > len(ending) else (length,)
        else:
            for first, rule in lex.firsts.items():
                if surface.startswith(first) and tag in rule.tags and length >= max(rule.min_len, len(first) + 1):
                    lengths = (len(first), length - len(first))
                    break
        if not lengths:
            whole = Piece(str(tok.form), tag, start, length)
            out += _cut_at_seams(text, whole, seams) if seams is not None else [whole]
            continue
        at = start
        lengths = _listed_parts(surface, lengths, lex)
        for n, size in enumerate(lengths):
            part = Piece(text[at : at + size], _part_tag(tag, last=n == len(lengths) - 1), at, size)
            out += _cut_at_seams(text, part, seams) if seams is not None else [part]
            at += size
    return out


def _listed_parts(surface: str, lengths: tuple[int, ...], lex: Compounds) -> tuple[int, ...]:
    """``lengths`` with each part that is itself a listed word cut into its parts: a first part
    split off a longer noun (첫잎 + 녹차) is split again where it is a compound (첫 + 잎 + 녹차, so
    that ㄴ is inserted before 잎: 천님녹차, not 처심녹차)."""
    if len(lengths) < 2:
        return lengths
    out: list[int] = []
    at = 0
    for size in lengths:
        out += lex.words.get(surface[at : at + size], (size,))
        at += size
    return tuple(out)


def _cut_at_seams(text: str, piece: Piece, seams: Seams) -> list[Piece]:
    """``piece`` cut where ㄹ and ㄷ/ㅅ/ㅈ inside it belong to two of its words, if it is a long noun
    (한국과학기술정보 + 연구원 → 한국과학기술 + 정보 + 연구원)."""
    if piece.tag not in _NOUNS or piece.len < _SEAM_MIN:
        return [piece]
    surface = text[piece.start : piece.start + piece.len]
    if surface != piece.form:
        return [piece]
    lengths = _seam_lengths(surface, seams)
    if not lengths:
        return [piece]
    out, at = [], piece.start
    for size in lengths:
        out.append(Piece(text[at : at + size], piece.tag, at, size))
        at += size
    return out
