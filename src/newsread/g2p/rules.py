"""Standard Korean pronunciation (표준 발음법) applied to syllables annotated with morphology.

The input is a list of :class:`Syl` (one per Hangul syllable) and, between two neighbouring
syllables, a :class:`Link` saying what separates them: nothing inside one morpheme, a morpheme
boundary inside a word, a space, or a pause (punctuation). Rules rewrite onsets, vowels and
codas in place, left to right, one pair of neighbours at a time:

* 연음 (liaison): a coda moves to a following vowel-initial syllable; before a content
  morpheme or across a space it is first reduced to its representative sound (맛없다 → 마덥다).
  Across a space a sonorant coda stays (기온은 영상) except on a numeral before its counter
  (삼 일 → 사 밀, 천 원 → 처 눤).
* ㅎ: deleted before a vowel (좋아 → 조아), merges with ㄱ/ㄷ/ㅈ/ㅂ into an aspirate on either
  side (좋고 → 조코, 축하 → 추카), makes ㅅ tense (좋소 → 조쏘), becomes ㄴ before ㄴ (놓는 → 논는).
* 구개음화: ㄷ/ㅌ before a grammatical 이 or 히 become ㅈ/ㅊ (굳이 → 구지, 닫히다 → 다치다),
  also where 이/히 and -어 have merged (붙여 → 부처, 갇혔다 → 가첟따); not in a word whose 이 is no
  suffix (``data/palatal_none.txt``: 곧이어 → 고디어, 곧 + 이어).
* ㄴ 첨가: ㄴ is inserted before 이/야/여/요/유 that begin the second part of a compound
  (영업이익 → 영엄니익, 옛이야기 → 옌니야기), and across a space after the adnominal -(으)ㄹ
  (할 일 → 할 릴), 일 and 엿 after the adnominal -(으)ㄴ/-는 (한 일 → 한 닐), a numeral before
  야/여/요/유 (삼 연승 → 삼 년승), 못/잘, 옛/첫 (옛 영토 → 옌 녕토), or a one-syllable noun
  that is the verb's object (옷 입다 → 온 닙따).
* 겹받침 and 7-coda neutralization (값 → 갑, 밖 → 박, 옷 → 옫).
* 경음화: after ㄱ/ㄷ/ㅂ; after a verb stem ending in ㄴ/ㅁ (신고 → 신꼬); after ㄼ/ㄾ stems;
  after the adnominal ending -(으)ㄹ (할 것 → 할 껏); ㄹ + ㄷ/ㅅ/ㅈ inside a Sino-Korean noun
  or across a Sino-Korean prefix or suffix (갈등 → 갈뜽, 불성실 → 불썽실, 실질적 → 실찔쩍), and after a
  Sino-Korean numeral before its counter, written apart too (일 등 → 일 뜽; not 일 수준). Tensing that only the word
  tells (산불 → 산뿔, 물가 → 물까) comes from the lexicon in :mod:`newsread.g2p.lexicon`, already
  in the onsets these rules receive.
* 비음화: ㄱ/ㄷ/ㅂ before ㄴ/ㅁ become ㅇ/ㄴ/ㅁ (국물 → 궁물); ㄹ after a coda other than ㄴ/ㄹ
  becomes ㄴ (종로 → 종노, 협력 → 혐녁).
* 유음화: ㄴ next to ㄹ becomes ㄹ (신라 → 실라, 칼날 → 칼랄), except before Sino-Korean
  suffixes such as 란/량/력/론/료 after a two-syllable stem (생산량 → 생산냥), and ㄴ + ㄹ inside a
  loanword or foreign name with a syllable no hanja is read as (헨리, 다운로드; but 온라인 → 올라인).
  The suffix 率, spelled 율 after ㄴ, is read with ㄴ there as 률 would be (백분율 → 백뿐뉼, 출산율 →
  출싼뉼; but 환율 → 화뉼, one word of two syllables).
* vowels: ㅢ is ㅣ after a consonant and off the first syllable, ㅔ as the particle 의;
  ㅖ is ㅔ after consonants but a written ㄹ; ㅈ/ㅉ/ㅊ take no y-glide (가져 → 가저).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cache, lru_cache
from importlib import resources

from newsread.g2p.hangul import CODAS, TENSE, is_syllable, join, split


class LinkKind(Enum):
    NONE = "none"  # inside one morpheme
    MORPH = "morph"  # a morpheme boundary inside a word
    SPACE = "space"  # a space between words of one phrase
    PAUSE = "pause"  # punctuation: no rule applies across it


@dataclass
class Syl:
    """One syllable being pronounced, with the morphology around it.

    Attributes:
        onset, vowel, coda: compatibility jamo (onset ``ㅇ`` for none, coda ``""`` for none).
        tag: part-of-speech tag of the last morpheme that covers the syllable.
        form: that morpheme's form.
        word_initial: first syllable of a word.
        morph_len: syllables in that last morpheme.
        morph_pos: index of the syllable inside that morpheme.
        linked: its coda moved onto the next word (the space between them is not heard).
    """

    onset: str
    vowel: str
    coda: str
    tag: str = ""
    form: str = ""
    word_initial: bool = False
    morph_len: int = 1
    morph_pos: int = 0
    linked: bool = False

    def text(self) -> str:
        return join(self.onset, self.vowel, self.coda)


@dataclass(frozen=True)
class Link:
    """What lies between two neighbouring syllables."""

    kind: LinkKind
    left_tag: str = ""
    right_tag: str = ""
    left_len: int = 1


@cache
def word_list(name: str, package: str = "newsread.g2p") -> frozenset[str]:
    """The entries of ``data/NAME.txt`` of ``package`` (one a line, ``#`` comments), each list read
    once: a bounded cache smaller than the number of lists would read files again for every syllable."""
    text = resources.files(package).joinpath(f"data/{name}.txt").read_text(encoding="utf-8")
    lines = (line.split("#")[0].strip() for line in text.splitlines())
    return frozenset(line for line in lines if line)


def _ln_suffixes() -> frozenset[str]:
    """Sino-Korean suffixes in ㄹ that keep a preceding ㄴ (and turn into ㄴ themselves)."""
    return word_list("ln_suffixes")


@lru_cache(maxsize=1)
def _sino_syllables() -> frozenset[str]:
    """Syllables that are the reading of some hanja: the readings in the normalizer's hanja table
    (``newsread/normalize/data/hanja_readings.tsv``), before the initial-sound rule (녀, 료), and
    the second readings that table leaves out (``data/sino_extra.txt``: 김 of 金)."""
    from newsread.normalize.data import table

    readings = (ch for reading in table("hanja_readings.tsv").values() for ch in reading if "가" <= ch <= "힣")
    return frozenset(readings) | word_list("sino_extra")


@cache
def rieul_surnames() -> frozenset[str]:
    """The surnames that end in ㄹ (설, 길, 갈, 필, 제갈), from the normalizer's list of surnames
    (``newsread/normalize/data/surnames.tsv``)."""
    from newsread.normalize.data import table

    return frozenset(name for name in table("surnames.tsv") if split(name[-1])[2] == "ㄹ")


def sino_word(word: str) -> bool:
    """Whether every syllable of ``word`` is the reading of some hanja and the word is not one of the
    foreign words of ``data/not_sino.txt`` (알제리)."""
    return word not in word_list("not_sino") and all(ch in _sino_syllables() for ch in word)


def _written(s: Syl) -> str:
    """The syllable as its morpheme spells it (rules before may have changed ``s``)."""
    if len(s.form) == s.morph_len and 0 <= s.morph_pos < len(s.form):
        return s.form[s.morph_pos]
    return s.text()


def _sino(s: Syl) -> bool:
    """Whether every syllable of the morpheme ``s`` belongs to is Sino-Korean (not 몰도바's 바), and
    the morpheme is not one of the foreign words of ``data/not_sino.txt`` (알제리)."""
    whole = s.form if len(s.form) == s.morph_len else _written(s)
    return sino_word(whole)  # not 알제리, 솔저: foreign names that only look Sino-Korean


def _written_onset(s: Syl) -> str:
    """The onset of the syllable as its morpheme spells it (``s.onset`` where that is not a syllable)."""
    written = _written(s)
    return split(written)[0] if is_syllable(written) else s.onset


def _ln_keep() -> frozenset[str]:
    """Words ending in such a suffix that keep 유음화 all the same (대관령 → 대괄령)."""
    return word_list("ln_keep")


@dataclass(frozen=True)
class Options:
    """Choices the standard leaves open.

    Attributes:
        across_words: apply liaison, tensing, nasalization and aspiration across a space, as
            in connected speech (십 원 → 시 붠); a pause always blocks them. Tensing after the
            adnominal -(으)ㄹ applies across a space either way.
        genitive: how the particle 의 is read: ``"에"`` (the common reading), ``"의"`` or ``"이"``.
        ln_suffixes: Sino-Korean suffixes starting with ㄹ read with ㄴ after a stem in ㄴ.
        ln_keep: words with such a suffix that keep 유음화 (place names: 대관령 → 대괄령).
    """

    across_words: bool = True
    genitive: str = "에"
    ln_suffixes: frozenset[str] = field(default_factory=lambda: _ln_suffixes())
    ln_keep: frozenset[str] = field(default_factory=lambda: _ln_keep())


# representative sound of every coda (겹받침 by their usual member)
NEUTRAL = dict(
    zip(
        CODAS,
        (
            "",
            "ㄱ",
            "ㄱ",
            "ㄱ",
            "ㄴ",
            "ㄴ",
            "ㄴ",
            "ㄷ",
            "ㄹ",
            "ㄱ",
            "ㅁ",
            "ㄹ",
            "ㄹ",
            "ㄹ",
            "ㅂ",
            "ㄹ",
            "ㅁ",
            "ㅂ",
            "ㅂ",
            "ㄷ",
            "ㄷ",
            "ㅇ",
            "ㄷ",
            "ㄷ",
            "ㄱ",
            "ㄷ",
            "ㅂ",
            "ㄷ",
        ),
        strict=True,
    )
)
# a double coda before a vowel: what stays, what moves
_SPLIT = {
    "ㄳ": ("ㄱ", "ㅆ"),
    "ㄵ": ("ㄴ", "ㅈ"),
    "ㄶ": ("ㄴ", "ㅎ"),
    "ㄺ": ("ㄹ", "ㄱ"),
    "ㄻ": ("ㄹ", "ㅁ"),
    "ㄼ": ("ㄹ", "ㅂ"),
    "ㄽ": ("ㄹ", "ㅆ"),
    "ㄾ": ("ㄹ", "ㅌ"),
    "ㄿ": ("ㄹ", "ㅍ"),
    "ㅀ": ("ㄹ", "ㅎ"),
    "ㅄ": ("ㅂ", "ㅆ"),
}
_ASPIRATE = {"ㄱ": "ㅋ", "ㄷ": "ㅌ", "ㅂ": "ㅍ", "ㅈ": "ㅊ"}
_NASAL = {"ㄱ": "ㅇ", "ㄷ": "ㄴ", "ㅂ": "ㅁ"}
# a coda that merges with a following ㅎ: (what stays, which stop aspirates)
_BEFORE_H = {
    "ㄱ": ("", "ㄱ"),
    "ㄲ": ("", "ㄱ"),
    "ㅋ": ("", "ㄱ"),
    "ㄳ": ("ㄱ", "ㄱ"),
    "ㄺ": ("ㄹ", "ㄱ"),
    "ㄷ": ("", "ㄷ"),
    "ㅅ": ("", "ㄷ"),
    "ㅆ": ("", "ㄷ"),
    "ㅌ": ("", "ㄷ"),
    "ㅈ": ("", "ㅈ"),
    "ㅊ": ("", "ㅈ"),
    "ㄵ": ("ㄴ", "ㅈ"),
    "ㅂ": ("", "ㅂ"),
    "ㅍ": ("", "ㅂ"),
    "ㅄ": ("", "ㅂ"),
    "ㄼ": ("ㄹ", "ㅂ"),
}
_H_CODAS = {"ㅎ": "", "ㄶ": "ㄴ", "ㅀ": "ㄹ"}
_IOTIC = set("ㅣㅑㅕㅛㅠㅒㅖ")
_Y_VOWELS = _IOTIC - {"ㅣ"}
_PREDICATE = {"VV", "VA", "VX", "XSV", "XSA"}
# morphemes that start a new content part of a word (compounds, derivation from a root)
_CONTENT = {"NNG", "NNP", "NNB", "NR", "NP", "VV", "VA", "XR", "MAG", "MM"}
# the parts of a compound between which ㄴ is inserted (not numerals: 십이 → 시비)
_INSERT_LEFT = {"NNG", "NNP", "XR", "XPN", "VV", "VA", "MAG"}
_INSERT_RIGHT = {"NNG", "NNP", "XR", "VV", "VA"}
_SINO_NOUN = {"NNG", "NNP", "XR", "NR"}
_NOUN_TAGS = {"NNG", "NNP", "NNB", "NR", "NP"}
# Sino-Korean numerals (not the native 열, 스물, whose 열 is also a hanja reading)
_SINO_DIGITS = frozenset("일이삼사오육칠팔구십백천만억조")
# nouns before which ㄴ is inserted after the adnominal -(으)ㄹ across a space (할 일 → 할 릴)
_ADNOMINAL_HEADS = {"NNG", "NNB"}
# numerals before which ㄴ is inserted after a coda (표준 발음법 제29항: 스물여섯 → 스물려섣)
_NATIVE_N_NUMERALS = ("여섯", "여덟", "일곱")
_N_NUMERALS = (*_NATIVE_N_NUMERALS, "육")


def _reduplicated(form: str) -> bool:
    """A word that repeats itself (살살, 들썩들썩, 줄줄이, 절절): not tensed after ㄹ."""
    if len(form) % 2 == 1 and form.endswith("이"):
        form = form[:-1]  # the adverb suffix -이 after a repeated noun: 줄줄이 → 줄주리
    half = len(form) // 2
    return len(form) % 2 == 0 and half > 0 and form[:half] == form[half:]


# last syllables of a three-syllable proper noun that make it a place, not a person (길상사, 갈산리)
_PLACE_ENDS = frozenset("사산역군리읍면시")


def _surname_seam(a: Syl) -> bool:
    """Whether ``a`` is the last syllable of a surname in ㄹ (:func:`rieul_surnames`: 설, 길, 갈, 제갈)
    that begins a proper noun with two syllables after it, a person's name (설동훈, 길승희,
    제갈성렬): a name is no Sino-Korean word for 제26항, and ㄹ + ㄷ/ㅅ/ㅈ is not tensed between
    surname and given name (설동훈, not 설똥훈; inside the given name as ever: 김철수 → 김철쑤)."""
    if a.tag != "NNP" or len(a.form) != a.morph_len or a.morph_len != a.morph_pos + 3:
        return False
    return a.form[-1] not in _PLACE_ENDS and a.form[: a.morph_pos + 1] in rieul_surnames()


def _digits(a: Syl, b: Syl, link: Link) -> bool:
    """Whether ``a`` and ``b`` are two digits of a numeral said one by one (영 점 칠삼, 비 칠사칠, 삼
    점 일사), not a digit and the place or unit after it (칠십 → 칠씹, 일조 → 일쪼): ㄹ + ㅅ between
    such digits is not tensed as inside a Sino-Korean word."""
    apart = link.kind is LinkKind.SPACE
    return link.left_tag == "NR" and b.tag == "NR" and not apart and _written(b) not in ("십", "조")


def _grammatical(tag: str) -> bool:
    """Particles, endings, suffixes and the copula: a coda moves onto them unchanged."""
    return tag.startswith(("J", "E", "XS")) or tag in {"VCP", "VCN"}


def _rieul_ending(syl: Syl) -> bool:
    """Whether the syllable ends in the ㄹ of an ending such as -(으)ㄹ, -ㄹ지, -ㄹ게."""
    return syl.tag.startswith("E") and syl.form[:1] in ("ᆯ", "ㄹ", "을")


@cache
def _ln_determiners() -> dict[str, frozenset[str]]:
    """The determiners of ``data/ln_determiners.txt``, each with the vowels before which ㄴ is
    inserted after it (all of 이/야/여/요/유/얘/예 where the line lists none)."""
    out: dict[str, frozenset[str]] = {}
    for line in word_list("ln_determiners"):
        word, *vowels = line.split()
        out[word] = frozenset("".join(vowels)) if vowels else frozenset(_IOTIC)
    return out


def _ln_determiner(a: Syl, b: Syl) -> bool:
    """Whether ㄴ is inserted between the determiner ``a`` and the noun ``b`` (옛이야기 → 옌니야기,
    첫여름 → 천녀름, but 첫인상 → 처딘상)."""
    vowels = _ln_determiners().get(a.form)
    return vowels is not None and b.vowel in vowels


def _numeral_before_y(a: Syl, b: Syl) -> bool:
    """A numeral before a Sino-Korean noun starting with 야/여/요/유 (제29항 붙임 2: 3 연대 → 삼년대,
    1 연대 → 일련대; 삼 연승 → 삼 년승), written together or apart; not before 이 (삼 일, 삼 인)."""
    return a.tag == "NR" and b.tag == "NNG" and b.morph_pos == 0 and b.vowel in _Y_VOWELS and _sino(b)


def _inserts_n(a: Syl, b: Syl, link: Link) -> bool:
    """Whether ㄴ is inserted before ``b``: the second part of a compound starting with 이/야/여/요/유."""
    if link.kind is LinkKind.MORPH and _numeral_before_y(a, b):
        return True  # 삼연대 → 삼년대
    if link.kind is not LinkKind.SPACE and link.left_tag == "NR" and b.tag == "NR":
        # in numerals only before 여섯/여덟/일곱 after a native ten (열여덟 → 열려덜, 서른여섯 →
        # 서른녀섣) and before Sino-Korean 육 (십육 → 심뉵), never before 일/이 (십이 → 시비)
        return b.form[b.morph_pos :].startswith(_N_NUMERALS)
    return (
        link.kind is LinkKind.MORPH
        and b.vowel in _IOTIC
        and link.right_tag.split("-")[0] in _INSERT_RIGHT  # VV-R: an irregular stem (덧 + 입다)
        and (link.left_tag in _INSERT_LEFT or (link.left_tag == "MM" and _ln_determiner(a, b)))
        and not (link.left_tag == "XPN" and a.form in word_list("ln_prefixes_plain"))  # 불이익 → 부리익
        and a.form + b.form not in word_list("ln_none")  # 송별연 → 송벼련
        and b.form != "있"  # 있다 takes the reduced coda instead (제15항): 멋있는 → 머딘는, 힘있는 → 히민는
    )


def _palatal_vowel(a: Syl, b: Syl) -> bool:
    """Whether ``b`` has the ㅣ of 구개음화: 이/히 (굳이, 닫히다), or 여/혀 where the stem's 이/히 has
    merged with the ending -어 (붙여 → 부처, 갇혔다 → 가첟따: the stem ``a`` belongs to spells 이/히)."""
    if b.vowel == "ㅣ":
        return True
    if b.vowel != "ㅕ" or len(a.form) != a.morph_len or a.morph_pos + 1 >= len(a.form):
        return False
    following = a.form[a.morph_pos + 1]
    return following in ("이", "히")


def _inserts_across_space(a: Syl, b: Syl, link: Link) -> bool:
    """Whether ㄴ is inserted before a word starting with 이/야/여/요/유 that is said as one with
    the word before (제29항 붙임 2): a noun after the adnominal -(으)ㄹ (할 일 → 할 릴, 할 예정 →
    할 례정), a Sino-Korean noun in 야/여/요/유 after a numeral (삼 연승 → 삼 년승), a noun of
    ``data/ln_heads.txt`` after the adnominal -(으)ㄴ/-는 or a determiner in ㄴ (한 일 → 한 닐,
    무슨 일 → 무슨 닐), a noun after a determiner of ``data/ln_determiners.txt`` (옛 영토 →
    옌 녕토), a verb after an adverb of ``data/ln_adverbs.txt`` (못 잊어 → 몬 니저) or after a
    one-syllable noun with no particle, its object (옷 입다 → 온 닙따, 책 읽는 → 책 닝는)."""
    if link.kind is not LinkKind.SPACE or not b.word_initial or b.morph_pos != 0 or b.vowel not in _IOTIC:
        return False
    if a.tag == "MAG":
        return a.form in word_list("ln_adverbs") and b.tag[:2] in ("VV", "VA")
    if a.tag == "NR":  # 십 연패 → 심 년패, 칠 연승 → 칠 련승; 서른 여섯 → 서른 녀섣 (not 육: 일 육 구)
        return _numeral_before_y(a, b) or (b.tag == "NR" and b.form.startswith(_NATIVE_N_NUMERALS))
    adnominal_n = a.tag == "MM" or (a.tag == "ETM" and a.form in ("ᆫ", "은", "는"))
    if a.coda == "ㄴ" and adnominal_n and b.tag == "NNG" and b.form in word_list("ln_heads"):
        return True  # 한 일 → 한 닐, 먹은 엿 → 머근 녇, 무슨 일 → 무슨 닐
    if a.tag == "MM":  # 옛 이야기 → 옌 니야기, 첫 여성 → 천 녀성, as when written together
        return b.tag in ("NNG", "NNP") and _ln_determiner(a, b) and a.form + b.form not in word_list("ln_none")
    if a.tag == "NNG" and a.morph_len == 1 and a.word_initial:
        return b.tag[:2] == "VV"  # a one-syllable object with no particle: 옷 입다 → 온 닙따
    return a.coda == "ㄹ" and a.tag == "ETM" and _rieul_ending(a) and b.tag in _ADNOMINAL_HEADS


def _liaison(a: Syl, b: Syl, link: Link, opts: Options) -> bool:
    """``b`` starts with a vowel and ``a`` has a coda; whether consonant rules still apply."""
    if a.coda == "ㅇ":
        if _inserts_n(a, b, link):
            b.onset = "ㄴ"  # 가정 + 용 → 가정뇽
            return True
        return False
    if a.coda in _H_CODAS:  # 좋아 → 조아, 않아 → 아나
        a.coda = _H_CODAS[a.coda]
        if a.coda:
            b.onset, a.coda = a.coda, ""
        return False
    if _inserts_n(a, b, link):
        b.onset = "ㄴ"  # ㄴ 첨가: 영업이익 → 영엄니익
        return True
    if a.coda == "ㄴ" and _ln_exception(b, link, opts):
        b.onset = "ㄴ"  # 率 spelled 율 after ㄴ is read as 률 would be there: 백분율 → 백뿐뉼, 출산율 → 출싼뉼
        return True
    if _inserts_across_space(a, b, link):
        if NEUTRAL[a.coda] == "ㄹ":
            b.onset = "ㄹ"  # the inserted ㄴ after ㄹ is ㄹ: 할 일 → 할 릴
            return False
        b.onset = "ㄴ"  # 못 잊어 → 몬 니저
        return True
    grammatical = link.kind is LinkKind.NONE or (link.kind is LinkKind.MORPH and _grammatical(link.right_tag))
    if link.kind is LinkKind.NONE and _written(b) == "없":
        grammatical = False  # a noun and 없다 that Kiwi keeps as one word (제15항): 맛없다 → 마덥따
    if grammatical:
        if _palatal_vowel(a, b) and a.coda in ("ㄷ", "ㅌ", "ㄾ") and a.form not in word_list("palatal_none"):
            b.onset = "ㅊ" if a.coda in ("ㅌ", "ㄾ") else "ㅈ"  # 굳이 → 구지, 밭이 → 바치
            a.coda = "ㄹ" if a.coda == "ㄾ" else ""
            return False
        if a.coda in _SPLIT:
            a.coda, b.onset = _SPLIT[a.coda]
        else:
            b.onset, a.coda = a.coda, ""
        return False
    coda = NEUTRAL[a.coda]
    if coda in ("ㅇ", "") or (link.kind is LinkKind.SPACE and coda not in ("ㄱ", "ㄷ", "ㅂ") and a.tag != "NR"):
        # across words a sonorant stays where it is (기온은 영상), but not after a numeral, said as
        # one word with its counter, as it is written (3일 → 삼 일 → 사 밀, 5천 원 → 오처 눤)
        a.coda = coda
        return False
    b.onset, a.coda = coda, ""
    a.linked = link.kind is LinkKind.SPACE
    return False


def _lb_as_b(a: Syl, b: Syl | None) -> bool:
    """Whether ``a``'s ㄼ is read ㅂ: 밟- and the 넓- of a few words (``data/lb_stems.txt``)."""
    written = _written(a) + (_written(b) if b is not None else "")
    return any(written.startswith(stem) for stem in word_list("lb_stems"))


def _simplify(a: Syl, b: Syl | None, link: Link | None) -> str:
    """The single coda a double (or any) coda is reduced to before a consonant or a pause."""
    coda = a.coda
    if (
        coda == "ㄺ"
        and b is not None
        and link is not None
        and link.kind is LinkKind.MORPH
        and b.onset in ("ㄱ", "ㄲ")
        and link.left_tag in _PREDICATE
    ):
        return "ㄹ"  # 맑게 → 말께
    if coda == "ㄼ" and _lb_as_b(a, b):
        return "ㅂ"  # 밟고 → 밥꼬, 넓죽하다 → 넙쭈카다
    return NEUTRAL[coda]


def _pair(a: Syl, b: Syl, link: Link, opts: Options) -> None:
    if link.kind is LinkKind.PAUSE or (link.kind is LinkKind.SPACE and not opts.across_words):
        if link.kind is LinkKind.SPACE and b.onset in TENSE and a.coda == "ㄹ" and _rieul_ending(a):
            b.onset = TENSE[b.onset]  # 할 것 → 할 껏 holds between words too
        a.coda = _simplify(a, None, None)
        return
    if not a.coda:
        return
    if b.onset == "ㅇ" and not _liaison(a, b, link, opts):
        return
    orig = a.coda
    # ㅎ + consonant
    if orig in _H_CODAS:
        rest = _H_CODAS[orig]
        if b.onset in ("ㄱ", "ㄷ", "ㅈ"):
            b.onset, a.coda = _ASPIRATE[b.onset], rest
        elif b.onset == "ㅅ":
            b.onset, a.coda = "ㅆ", rest
        elif b.onset == "ㄴ":
            a.coda = rest or "ㄴ"
        else:
            a.coda = rest or "ㄷ"
        orig = a.coda
    # consonant + ㅎ
    elif b.onset == "ㅎ" and orig in _BEFORE_H and (link.kind is not LinkKind.SPACE or NEUTRAL[orig] in _ASPIRATE):
        keep, stop = _BEFORE_H[orig]
        content = (link.kind is LinkKind.MORPH and not _grammatical(link.right_tag)) or (
            link.kind is LinkKind.NONE and link.left_tag in _NOUN_TAGS
        )
        if link.kind is LinkKind.SPACE or (content and NEUTRAL[orig] == "ㄷ"):
            # across words, or before the next part of a compound, the coda is neutralized first
            # (제12항 붙임 2): 옷 한 → 오 탄, 꽃향기 → 꼬턍기, where ㅈ/ㅊ before a suffix 히 keep theirs
            # (젖히다 → 저치다)
            keep, stop = "", NEUTRAL[orig]
        elif stop == "ㄷ" and _palatal_vowel(a, b):
            stop = "ㅈ"  # 닫히다 → 다치다, 갇혀 → 가처
        a.coda, b.onset = keep, _ASPIRATE[stop]
        if not keep:
            return
        orig = keep
    a.coda = _simplify(a, b, link)
    # 경음화
    if b.onset in TENSE:
        tense = False
        if a.coda in ("ㄱ", "ㄷ", "ㅂ"):
            tense = True
        elif link.kind is LinkKind.MORPH and link.left_tag in _PREDICATE and link.right_tag.startswith("E"):
            tense = orig in ("ㄴ", "ㄵ", "ㅁ", "ㄻ", "ㄼ", "ㄾ", "ㄺ") and b.onset != "ㅂ"
        elif a.coda == "ㄹ" and _rieul_ending(a):
            tense = True
        elif (
            a.coda == "ㄹ"
            and (
                (
                    link.kind is LinkKind.NONE
                    and (link.left_tag in _SINO_NOUN or link.left_tag == "MAG")
                    and not _reduplicated(a.form)  # 살살, 절절하다 (제26항 다만)
                    and not _surname_seam(a)  # 설동훈, 길승희: a person's name
                )
                or (
                    link.kind is LinkKind.MORPH
                    and link.left_tag in ("XPN", "NR")
                    and (link.right_tag in _SINO_NOUN or (link.left_tag == "NR" and link.right_tag == "NNB"))
                )
                or (
                    link.kind is LinkKind.MORPH
                    and link.left_tag == "NNB"
                    and a.form == "일"
                    and link.right_tag == "NNG"
                    and b.morph_len == 1
                    and b.form in word_list("day_heads")
                )
                or (link.kind is LinkKind.MORPH and link.left_tag in ("NNG", "XR") and link.right_tag == "XSN")
                or (
                    link.kind is LinkKind.MORPH
                    and link.left_tag == "NNG"
                    and link.right_tag in ("NNG", "NNB")
                    and a.morph_len >= 2
                    and (
                        b.form in word_list("sino_heads")
                        or (link.right_tag == "NNG" and b.form in word_list("sino_heads_noun"))
                    )
                )
                or (
                    link.kind is LinkKind.SPACE
                    and a.tag == "NR"
                    and set(a.form) <= _SINO_DIGITS
                    and b.word_initial
                    and b.morph_pos == 0
                    and (b.tag == "NNB" or (b.tag == "NNG" and b.form in word_list("numeral_counters")))
                )
            )
            and b.onset in ("ㄷ", "ㅅ", "ㅈ")
            and not _digits(a, b, link)
            and _sino(a)
            and _sino(b)
        ):
            # 갈등 → 갈뜽, 절대 → 절때, after a Sino-Korean prefix (불 + 성실 → 불썽실), before a
            # suffix (실질 + 적 → 실찔쩍) or a head of data/sino_heads.txt that Kiwi gives as a noun
            # (기술 + 상 → 기술쌍), and after a numeral (칠 + 십 → 칠씹, 삼일 + 절 → 사밀쩔), and
            # after the day 日 that Kiwi gives as a bound noun (삼 + 일 + 장 → 사밀짱, 오 일장 → 오 일짱),
            # written apart too (일 등 → 일 뜽, 칠 세 → 칠 쎄, 이십일 세기 → 이시빌 쎄기: a bound noun, or
            # a noun of data/numeral_counters.txt, not 일 수준, 일 승리); not
            # a reduplication (살살, 술술, and 절절하다 by 제26항 다만), nor a loanword with a syllable no hanja is read
            # as anywhere in it (월드컵, 빌딩, 골든벨, 몰도바)
            tense = True
        if tense:
            b.onset = TENSE[b.onset]
    # 비음화 of ㄹ, then of the stops
    if b.onset == "ㄹ" and a.coda not in ("", "ㄴ", "ㄹ"):
        b.onset = "ㄴ"
    if b.onset in ("ㄴ", "ㅁ") and a.coda in _NASAL:
        a.coda = _NASAL[a.coda]
    # 유음화, across a space only after a numeral, said as one word with its counter (일 년 → 일 련)
    if link.kind is not LinkKind.SPACE or a.tag == "NR":
        if a.coda == "ㄴ" and b.onset == "ㄹ":
            if _ln_exception(b, link, opts):
                b.onset = "ㄴ"  # 생산량 → 생산냥, and after a foreign name: 테헤란로 → 테헤란노
            elif link.kind is LinkKind.NONE and not _sino(a):
                pass  # a loanword or foreign name: 헨리, 다운로드, 핀란드 (but 온라인 → 올라인)
            else:
                a.coda = "ㄹ"
        elif a.coda == "ㄹ" and b.onset == "ㄴ":
            b.onset = "ㄹ"


def _ln_exception(b: Syl, link: Link, opts: Options) -> bool:
    """ㄴ + a Sino-Korean suffix in ㄹ after a stem of two or more syllables: 의견란 → 의견난 (and
    율, the spelling of 률 after ㄴ: 출산율 → 출싼뉼)."""
    if b.text() not in opts.ln_suffixes or b.form in opts.ln_keep:
        return False
    if link.kind is LinkKind.MORPH:
        return link.left_len >= 2
    return link.left_tag in _SINO_NOUN and b.morph_pos >= 2 and b.morph_pos == b.morph_len - 1


def _vowel(s: Syl, opts: Options) -> None:
    if s.vowel == "ㅢ":
        if s.tag == "JKG" and s.morph_len == 1:
            s.vowel = {"에": "ㅔ", "이": "ㅣ"}.get(opts.genitive, "ㅢ")
        elif s.onset != "ㅇ" or not s.word_initial:
            s.vowel = "ㅣ"
    elif s.vowel == "ㅖ" and s.onset not in ("ㅇ", "ㄹ") and _written_onset(s) not in ("ㅇ", "ㄹ"):
        s.vowel = "ㅔ"  # 시계 → 시게; 례 keeps its vowel where ㄹ turns ㄴ (상견례 → 상견녜)
    if s.onset in ("ㅈ", "ㅉ", "ㅊ") and s.vowel == "ㅕ":
        s.vowel = "ㅓ"  # 제5항 다만 1: 져, 쪄, 쳐 → 저, 쩌, 처; the other glides stay (나서야죠)


def apply(syls: list[Syl], links: list[Link], opts: Options) -> None:
    """Pronounce ``syls`` in place; ``links[i]`` lies between ``syls[i]`` and ``syls[i + 1]``."""
    if len(links) != max(0, len(syls) - 1):
        raise ValueError("one link is needed between every two syllables")
    # the particle 의 read as 에 takes the preceding coda like any vowel-initial particle
    for i, s in enumerate(syls):
        if s.vowel == "ㅢ" and s.tag == "JKG" and s.morph_len == 1 and opts.genitive == "에":
            s.vowel = "ㅔ"
        if i + 1 < len(syls):
            _pair(s, syls[i + 1], links[i], opts)
        else:
            s.coda = _simplify(s, None, None)
    for s in syls:
        s.coda = NEUTRAL[s.coda]
        _vowel(s, opts)
