"""Counters after a number, and whether the number is read in native Korean or Sino-Korean.

The counter lexicon (``data/counters.tsv``) decides, not the part of speech: native numerals
count things up to 99 (``3개를`` → 세 개를, ``20명이`` → 스무 명이), Sino-Korean from 100 up
(``150명`` → 백오십 명); a few, such as 시간, only below 20 (``12시간`` → 열두 시간, ``72시간`` →
칠십이 시간: role ``large_sino``). The same counter is read Sino-Korean where it names or orders
(``제20대``, ``22대 국회``, ``20대 청년``, ``1번 출구``) and native where it counts
(``차량 20대``, ``3번 시도했다``), and 장 is a chapter (``3장 15조``) where it is not a
sheet (``종이 3장``); the words around it (``data/counter_context.tsv``) decide.

>>> match_counter("명이 다쳤다", 0, 11)
('명', 'native', None)
>>> read_count(20, "native")
'스무'
>>> read_count(150, "native")
'백오십'
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from newsread.kiwi import get_kiwi, morphology
from newsread.normalize.cardinal import digits, native, sino
from newsread.normalize.data import counters, joined_counters, role_alternation, roles, word_counters
from newsread.normalize.date import month
from newsread.normalize.latin import english_number

#: Particles that may follow a counter written after a space (``3 명이``).
_PARTICLE_WORDS = """
이 가 을 를 은 는 의 에 에서 에게 로 으로 와 과 도 만 까지 부터 씩 째 이나 나 이다 인 이며 이고
보다 처럼 가량 정도 쯤 여 이상 이하 미만
"""
PARTICLES = frozenset(_PARTICLE_WORDS.split())
_NATIVE_PAIRS = {
    1: "한두",
    2: "두세",
    3: "서너",
    4: "네다섯",
    5: "대여섯",
    6: "예닐곱",
    7: "일고여덟",
    8: "여덟아홉",
}
#: The last syllables of a word before a number that end it with a particle (7명은 60대).
_PARTICLE_ENDS = frozenset("은는이가을를의중")
_HANGUL_RUN = re.compile(r"[가-힣]+")
_ORDINAL_NATIVE = {1: "첫", 2: "둘", 3: "셋", 4: "넷"}
#: Counts from here up of a counter of role ``large_sino`` are said in Sino-Korean.
_LARGE_SINO_FROM = 20
#: After ``N장``: an article, section or clause number (3장 15조, 3장 제2절), so 장 is a chapter.
#: ``1가구 1주택``: a numbered word after the counter, pairing the two in one name; written
#: against it (1석2조, 1가구1주택), an idiom or a name of one word.
_PAIRED_NEXT = re.compile(r"( ?)[0-9]{1,2}(?=[가-힣])")
#: ``1인 1표``: a numbered word right before the number, pairing the two in one name.
_PAIRED_BEFORE = re.compile(r"(?<![0-9])[0-9]{1,2}([가-힣]{1,3}) $")
_LAW_NEXT = re.compile(r" ?(?:제 ?)?[0-9]+(?:조(?!각|원|달러|엔|위안|유로|파운드)|절|항|관)")


@cache
def _max_len() -> int:
    return max(len(c) for c in counters())


@cache
def _counter_particles() -> tuple[str, ...]:
    """Particles that begin with a counter and cannot be that counter and a particle (부터, not
    정도, which is also 정 and 도): after a number they are the particle."""
    table = counters()
    return tuple(
        p
        for p in PARTICLES
        if len(p) > 1
        and p not in table
        and any(p.startswith(c) for c in table)
        and not any(p.startswith(c) and p[len(c) :] in PARTICLES for c in table)
    )


def _ends_count(rest: str) -> bool:
    """Whether ``rest``, the Hangul after a counter, ends the count: a particle, or 당 for each
    one counted with a particle or none (도서관 1관당, 1매당은)."""
    return rest in PARTICLES or (rest.startswith("당") and (rest == "당" or rest[1:] in PARTICLES))


def match_counter(text: str, j: int, end: int) -> tuple[str, str, str | None] | None:
    """The longest counter written at ``text[j:]``: ``(counter, class, replacement)``."""
    table = counters()
    if any(text.startswith(p, j, end) for p in _counter_particles()):
        return None  # 18부터 is a particle after the number, not the counter 부
    for n in range(min(_max_len(), end - j), 0, -1):
        c = text[j : j + n]
        if c in table:
            if c[-1].isascii() and j + n < end and text[j + n].isascii() and text[j + n].isalnum():
                continue  # a Latin counter is a whole token: 1R, not 1RM
            rest = _HANGUL_RUN.match(text, j + n, end)
            if c in word_counters() and rest and not _ends_count(rest.group()):
                continue  # a noun that starts with the counter: 6·25전쟁, 제2전시장
            cls, repl = table[c]
            return c, cls, repl
    return None


def spaced_counter(text: str, j: int, end: int) -> tuple[str, str, str | None] | None:
    """A counter written after one space, when it stands as its own word (``3 명이``)."""
    m = _HANGUL_RUN.match(text, j, end)
    if not m:
        return None
    word = m.group()
    found = match_counter(text, j, end)
    if found and found[0] in joined_counters():
        return None  # a noun of its own after a space: 빅3 업체, Tier 1 업체
    if found and (word == found[0] or word[len(found[0]) :] in PARTICLES):
        return found
    return None


def read_count(n: int, cls: str, counter: str = "") -> str:
    """The number ``n`` before ``counter`` of class ``cls`` (native, sino, month, english,
    digits)."""
    if cls == "month":
        return month(n)
    if cls == "english":
        return english_number(str(n)) or sino(n)
    if cls == "digits":
        return digits(str(n), zero="공")
    if cls == "native" and 0 < n < 100:
        if counter in ("째", "번째") and n in _ORDINAL_NATIVE:
            return _ORDINAL_NATIVE[n] if counter == "째" else ("첫" if n == 1 else native(n, bound=True))
        return native(n, bound=True)
    if cls == "native" and 100 < n < 1000 and n % 100 and counter in roles()["hundreds_native"]:
        return sino(n - n % 100) + native(n % 100, bound=True)  # 102살 → 백두 살, 101번째 → 백한 번째
    return sino(n)


def native_pair(a: int, b: int) -> bool:
    """Whether ``a~b`` has one native word for the rough count (2~3 → 두세, 5~6 → 대여섯);
    9~10 has none."""
    return b == a + 1 and a in _NATIVE_PAIRS


def read_range(a: int, b: int, cls: str, counter: str = "") -> str:
    """``a~b`` before ``counter`` of class ``cls``: 서너 명, 이삼 일, 열에서 스무 명, 삼사십 대."""
    if cls == "native" and 0 < a < 100 and 0 < b < 100:
        if native_pair(a, b):
            return _NATIVE_PAIRS[a]
        return f"{native(a)}에서 {native(b, bound=True)}"
    if cls == "month":
        return f"{month(a)}월에서 {month(b)}"
    if counter in ("대", "년대") and 10 <= a < 100 and b == a + 10 and a % 10 == 0:
        return _pair(sino(a // 10), sino(b))  # 30~40대 → 삼사십 대, 50~60년대 → 오륙십 년대
    if b == a + 1 and 0 < a < 9:
        return _pair(sino(a), sino(b))
    return f"{sino(a)}에서 {sino(b)}"


def _pair(a: str, b: str) -> str:
    """Two neighbouring numbers said as one word; 육 after 오 is 륙 (오륙십, 오륙 년)."""
    return a + ("륙" + b[1:] if a.endswith("오") and b.startswith("육") else b)


#: The closing mark of a book's title right before a number, a space apart or not (『논어』 1장).
_TITLE_CLOSED = re.compile(r"[』》」] ?$")
#: A model's designation of Latin letters and digits (A321neo, 737 MAX, KF-21, F-35A) right
#: before a number: what is counted with 대 after it is that model, never an age.
_MODEL_BEFORE = re.compile(
    r"(?<![A-Za-z0-9-])(?=[A-Za-z0-9-]*[0-9])(?=[A-Za-z0-9 -]*[A-Za-z])[A-Za-z0-9-]+(?: [A-Za-z]+)? +$"
)


#: A word that ends in a word of people, with 들 and a particle or not (가입자, 승객들이, 청년층).
_PEOPLE_WORD = r"[가-힣]*(?:{ends})(?:들)?(?:[은는이가을를의도]|에게|와|과)?$"
_PEOPLE_ENDS = "자|객|층|원|생|장|사"
#: A word of people after N대 (가입자, 확진자, 탑승객, 사이에서): the number an age group, whatever is before it.
_PEOPLE_AFTER = re.compile(_PEOPLE_WORD.format(ends=_PEOPLE_ENDS) + "|사이")


@cache
def _count_verb() -> re.Pattern[str]:
    """A verb of buying, ordering or bringing in after N대를 (a word of a purchase's manner
    between or not, count_manner: 추가로, 새로, 신규로): data/counter_context.tsv count_verb, and
    count_after and count_verb_noun nouns made verbs with 하 (30대를 도입했다, 15대를 들여왔다,
    10대를 추가로 주문한다; 20대를 주로 투입했다 is an age group)."""
    r = roles()
    nouns = "|".join(sorted(r["count_after"] | r["count_verb_noun"], key=len, reverse=True))
    stems = "|".join(sorted(r["count_verb"], key=len, reverse=True))
    manner = "|".join(sorted(r["count_manner"], key=len, reverse=True))
    return re.compile(rf"[을를] (?:(?:{manner}) )?(?:(?:{nouns})(?:하|했|한|할|해|합)|(?:{stems}))")


@cache
def _maker_model() -> re.Pattern[str]:
    """A maker of data/counter_context.tsv model_maker and its model of digits right before a
    number (보잉 787 30대): what is counted is that model."""
    makers = role_alternation("model_maker")
    return re.compile(rf"(?:{makers}) [0-9]{{2,4}}(?:-?[0-9A-Za-z]+)? +$")


def _ends_in_particle(word: str) -> bool:
    """Whether ``word`` ends in a particle or an ending after a syllable of its own (명으로,
    조사에서): the particle_end role of data/counter_context.tsv, which a noun that ends so
    (조사 결과 60대 이상이) also passes, as it is no machine either."""
    return len(word) > 1 and word.endswith(tuple(roles()["particle_end"]))


#: The marks that open a title and the marks that close it.
_TITLE_MARKS = {"'": "'", "‘": "’", '"': '"', "“": "”", "「": "」", "『": "』", "《": "》", "<": ">", "〈": "〉"}


def _titled_hour(text: str, i: int, j: int) -> bool:
    """Whether N시 (the number at ``text[i]``, its counter ending at ``text[j]``) is the whole of a
    title: enclosed in a title's marks ('25시', 『25시』) or right after a kind of work (the
    title_kind role: 소설 25시는, 영화 '25시'를)."""
    k = i - 1 if i > 0 and text[i - 1] in _TITLE_MARKS else i
    if k < i and text[j : j + 1] == _TITLE_MARKS[text[k]]:
        return True
    return _word_before(text, k) in roles()["title_kind"]


#: How far back a noun of machines keeps N대 after a clause's end a count (트럭 3대가 부서졌고 10대
#: 이상이 견인됐다 → 열 대).
_MACHINES_BACK = 40
_WORD_RUN = re.compile(r"[가-힣]+|[A-Za-z]+")


#: How far ahead a noun of machines or a word of their use keeps N대 이상 a count (10대 이상의
#: 구급차를, 20대 이상이 연쇄 추돌했다 → 열 대, 스무 대), in the two words after the amount.
_MACHINES_AHEAD = 16
#: A word of people after an age group (운전자의, 청년, 노인, 직장인, 기사가).
_PERSON_WORD = re.compile(_PEOPLE_WORD.format(ends=_PEOPLE_ENDS + "|인|민|년|주"))


@cache
def _people_group() -> re.Pattern[str]:
    """A word of a group of people (청소년, 직장인들은, 결석자, 관람객): a word ending in 자, 객 or
    층, or in a people_group word of data/counter_context.tsv."""
    return re.compile(_PEOPLE_WORD.format(ends="자|객|층|" + role_alternation("people_group")))


def people_group(word: str) -> bool:
    """Whether ``word`` names a group of people (청소년, 직장인, 운전자들은), not a word that merely
    ends as one does (평년, 지난주, 원인, 발생, 공장)."""
    return _people_group().match(word) is not None


#: The 하 and 되 of a verb made of a noun (추돌했다, 리콜된다).
_DONE = ("하", "했", "해", "되", "됐", "돼")
#: The end of a sentence or a line: a full stop not inside a figure, or a line break.
_SENTENCE_END = re.compile(r"\.(?![0-9])|\n")


#: The smaller count of 대 after 중 or 가운데 (10대 중 4대꼴, 4대가): its number, with no digit
#: after 대 and no word a space apart, which makes M대 the big M of a kind (30대 중 4대 보험).
_SHARE_PART = re.compile(r" ?([0-9][0-9,]*) ?대(?! ?[0-9])(?! [가-힣])")


#: The whole count of 대 before 중 or 가운데 and a share of it (150대 중 30대가).
_SHARE_WHOLE = re.compile(r"([0-9][0-9,]*) ?대 ?$")


def _machines_near(text: str, i: int, j: int, end: int) -> bool:
    """A noun of machines (counter_context.tsv) in the words before ``i``, or a noun of machines
    or a word of their use (count_after) in the few words after ``j``, within the sentence."""
    start = max(0, i - _MACHINES_BACK)
    stops = [m.end() for m in _SENTENCE_END.finditer(text, start, i)]
    r = roles()
    if any(names_one_of(w.group(), r["machine"]) for w in _WORD_RUN.finditer(text, stops[-1] if stops else start, i)):
        return True
    stop = _SENTENCE_END.search(text, j, min(end, j + _MACHINES_AHEAD))
    ahead = [w.group() for w in _WORD_RUN.finditer(text, j, stop.start() if stop else min(end, j + _MACHINES_AHEAD))]
    # the amount word (이상의), then at most two words, up to a word of people (20대 이상 운전자의
    # 추돌, 60대 이상 택시 기사가: ages)
    for k, word in enumerate(ahead[1:3], 1):
        if _PERSON_WORD.match(word):
            return False
        machines = (
            names_one_of(word, r["machine"])
            or names_one_of(word, r["count_after"])
            or any(word.startswith(v) and word[len(v) :].startswith(_DONE) for v in r["count_after"])
        )
        if machines:
            return not (k + 1 < len(ahead) and _PERSON_WORD.match(ahead[k + 1]))
    return False


def _word_before(text: str, i: int) -> str:
    k = i
    while k > 0 and text[k - 1] == " ":
        k -= 1
    e = k
    while k > 0 and "가" <= text[k - 1] <= "힣":
        k -= 1
    if k == e:  # a Latin name: CCTV 10대
        while k > 0 and text[k - 1].isascii() and text[k - 1].isalpha():
            k -= 1
    return text[k:e]


def _word_after(text: str, j: int, end: int) -> str | None:
    """The Hangul word after one space at ``text[j]``, or None if the counter has more attached."""
    if j < end and "가" <= text[j] <= "힣":
        return None
    if j < end and text[j] == " ":
        m = _HANGUL_RUN.match(text, j + 1, end)
        return m.group() if m else ""
    return ""


def _starts_with_any(word: str, words: frozenset[str]) -> bool:
    return any(word.startswith(w) for w in words)


def names_one_of(word: str, nouns: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``nouns``, with a particle or 들 after it or nothing (출구로,
    홀에서, 선수들), not a longer word that starts like one (방문, 칸막이)."""
    return any(word.startswith(w) and word[len(w) :].removeprefix("들") in PARTICLES | {""} for w in nouns)


def large_sino(n: int, counter: str) -> bool:
    """Whether ``n`` before ``counter`` is a count large enough for news to say it in
    Sino-Korean though the counter is native: 72시간 → 칠십이 시간, where 12시간 → 열두 시간."""
    return n >= _LARGE_SINO_FROM and counter in roles()["large_sino"]


#: Counters that count (in native numerals) only after a noun of a role of
#: data/counter_context.tsv, and name or order elsewhere (18문, 3단, 2기 → 이 기).
_COUNTED_AFTER = {
    "문": "gun",
    "단": "bunch",
    "기": "standing",
    "동": "building",
    "포": "sack",
    "축": "bundle",
    "속": "bundle",
    "쾌": "bundle",
}
#: Particles that end the noun before a word of its total (원전은 모두, 위성이 총, 창고도 모두).
_TOTAL_TOPIC_PARTICLES = frozenset("은는이가도")
#: A count of the same thing opening the brackets of N: 마른오징어 10마리(1축) counts 마른오징어.
_GLOSS_OF_COUNT = re.compile(r"([가-힣]+) [0-9][0-9,.]*[가-힣]{1,3}\($")
#: A floor, a room or another number after N동: the block's name in an address (기숙사 3동 2층).
_LABEL_NEXT = re.compile(r" ?(?:제 ?)?[0-9]")


#: The word of a margin after a count of strokes: 차, and 차 with a particle or the copula.
_MARGIN = re.compile(r"차(?:이|로|다|였다|의|를|가|는|까지|에서|이다)?")


#: A count of copies a space after N권, with no particle between: the volume numbered N sold
#: them (1권 2만부, 2권 1만 5천 부), where a count of books takes a particle (3권을 샀다).
_COPIES_AFTER = re.compile(r" [0-9][0-9,.]*(?:[십백천만억] ?[0-9,]*)* ?부(?!터)")
#: What is in a volume, said after N권 (3권에서는 결말이, 2권에선): the place within one book, unless
#: a second count follows as the other end of a change (10권에서 20권으로).
_INSIDE_VOLUME = re.compile(r"(?:에서(?:는|도|만)?|에선)(?![가-힣])(?![^0-9\n]{0,12}[0-9][0-9,]* ?권)")


#: What joins the items of a list of numbers with one counter (1번과 2번, 3번·5번, 1권에 이어 2권,
#: 2번, 4번 및 7번): a particle of a list, a mark, or a word of what follows.
_LIST_JOINERS = "과|와|,|·| 및| 또는|이나|나|에 이어|에 이은"
#: A list's joiner that makes N권, N+1권 the volumes of a series only with a volume_cue near it
#: (시리즈 1권, 2권): alone it is one or two books (책 1권, 2권씩 → 한 권, 두 권씩).
_WEAK_JOINERS = frozenset((",", " 또는", "이나", "나"))
#: Joiners of a choice that make N권, N+1권 volumes only after a title, a bare word before the
#: list that is no word of counting (해리포터 3권이나 4권, 토지 1권 또는 2권부터 → 삼 권이나 사 권,
#: 일 권 또는 이 권); with nothing before, a word ending in a particle (도서관에서, 한 사람당) or a
#: word of counting beside the list they make one or two books (1권 또는 2권을 빌려 간다, 책 1권이나
#: 2권 정도 → 한 권 또는 두 권, 한 권이나 두 권).
_CHOICE_JOINERS = frozenset((" 또는", "이나", "나"))
#: How many volumes one after another joined by commas make a series with no word of counting
#: beside them (해리포터 1권, 2권, 3권 → 일 권, 이 권, 삼 권): two may be one or two books, three in
#: a row are not counts unless counted (하루에 1권, 2권, 3권을, 1권, 2권, 3권씩 → 한 권…).
_SERIES_RUN = 3


@cache
def _listed(counter: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The item of a list of numbers with ``counter`` right before a number, its joiner and a
    bracket of its own between or none (15번(정답률 12.3%)과 21번, 3번·5번), and the next item after
    one (1번과 2번 출구, 1권에 이어 2권): the one helper for 번 and 권, so their joiners agree."""
    c = re.escape(counter)
    return (
        re.compile(rf"(?<![0-9])(제 ?)?([0-9]{{1,3}}){c}(?:\([^()]{{0,24}}\))?({_LIST_JOINERS})? ?$"),
        re.compile(rf"(?:\([^()]{{0,24}}\))?({_LIST_JOINERS}) ?([0-9]{{1,3}}){c}"),
    )


@cache
def _choice_after() -> re.Pattern[str]:
    """A verb of choosing right after N번 and its 을/를 (data/counter_context.tsv choice_after); without
    the particle a verb is how often (사진 5번 찍고, 이 제품을 3번 선택했다)."""
    return re.compile(rf"[을를] (?:{role_alternation('choice_after')})")


@cache
def _choice_bare() -> re.Pattern[str]:
    """A verb of choosing or pressing right after a bare N번 (data/counter_context.tsv choice_bare)."""
    return re.compile(rf" (?:{role_alternation('choice_bare')})")


@cache
def _choice_menu() -> re.Pattern[str]:
    """A word of a telephone's menu or of a set of choices (data/counter_context.tsv choice_menu,
    choice_set) in a sentence, up to its end."""
    words = roles()["choice_menu"] | roles()["choice_set"]
    return re.compile(rf"(?:{'|'.join(sorted(words, key=len, reverse=True))})[^.!?\n]*$")


@cache
def _choice_polite() -> re.Pattern[str]:
    """The polite command to press right after a bare N번 (data/counter_context.tsv choice_polite:
    누르세요, 누르십시오)."""
    return re.compile(rf" (?:{role_alternation('choice_polite')})")


def _choice_open(text: str, i: int, before: str, j: int, end: int) -> bool:
    """Whether ``before``, the word right before a bare N번 at ``text[i]`` (its counter ending at
    ``text[j]``), leaves what is chosen open, so that a verb of choosing or pressing after makes
    it a choice or a button: nothing (1번 누르세요), a word of among after a set of choices or a
    count of them (보기 중, 다음 중, 4개 가운데), a clause's end with a word of a telephone's menu
    or a set of choices before it (상담원과 통화하려면), or a service wished for with the honorific
    before the polite command to press (환불을 원하시면 2번 누르세요, 확인을 하시려면 1번
    누르십시오; 스마트폰을 켜려면 2번 누르세요 counts)."""
    if not before:
        return True
    r = roles()
    if before in r["choice_bare_before"]:
        k = i
        while k > 0 and text[k - 1] == " ":
            k -= 1
        owner = _word_before(text, k - len(before))
        start = k - len(before)
        while start > 0 and text[start - 1] == " ":
            start -= 1
        counted = owner in r["choice_count"] and start - len(owner) > 0 and text[start - len(owner) - 1].isdigit()
        return counted or owner in r["choice_list"] or any(owner.endswith(w) for w in r["choice_set"])
    if any(before.endswith(w) for w in r["choice_clause"]):
        device = any(before.endswith(w) for w in r["choice_device"])
        if any(before.endswith(w) for w in r["choice_wish"]) and _choice_polite().match(text, j, end) and not device:
            return True  # 환불을 원하시면 2번 누르세요; 전원을 끄시려면 2번 누르세요 counts presses
        return _choice_menu().search(text, max(0, i - 40), i) is not None
    return False


@cache
def _volume_cue() -> re.Pattern[str]:
    """A word near a list of volumes that makes it a series (data/counter_context.tsv volume_cue)."""
    return re.compile(role_alternation("volume_cue"))


def _volume_in_series(text: str, i: int, j: int, end: int, n: int, way: int = 0) -> bool:
    """Whether N권 (the number at ``text[i]``, its counter ending at ``text[j]``) stands in a list
    beside the volume numbered one after or one before it (1권과 2권, 1권에 이어 2권): a count of
    books says how many, and no list of counts goes up by one. Joined by a comma alone (1권, 2권),
    the two are one or two books unless 제 is before the first, a volume_cue is near, or the list
    goes on as a series (1권, 2권에 이어 3권); ``way`` looks only ahead (1) or back (-1)."""
    before_re, next_re = _listed("권")
    if way == 0:
        run, first, last = _comma_run(text, i, j, end, n)
        if run >= _SERIES_RUN and not _counted(text, first, last, end, run=_titled(text, first)):
            return True
    nxt = next_re.match(text, j, end) if way >= 0 else None
    if nxt and int(nxt.group(2)) == n + 1:
        numbered = text[max(0, i - 2) : i].rstrip().endswith("제")
        if _joins_volumes(text, nxt.group(1), i, nxt.end(), end) or numbered or _cued(text, i, nxt.end(), end):
            return True
        if _volume_in_series(text, nxt.start(2), nxt.end(), end, n + 1, 1):
            return True
    before = before_re.search(text, max(0, i - 40), i) if way <= 0 else None
    if before is None or before.group(3) is None:
        return False
    m = int(before.group(2))
    if way == 0 and m < n - 1:
        # a volume further on in a list of volumes (시리즈 1권, 2권, 4권 → 사 권): as the one before
        return _volume_in_series(text, before.start(2), before.end(2) + 1, end, m)
    if m != n - 1:
        return False
    joins = _joins_volumes(text, before.group(3), before.start(2), j, end)
    if joins or before.group(1) is not None or _cued(text, before.start(), j, end):
        return True
    return _volume_in_series(text, before.start(2), before.end(2) + 1, end, n - 1, -1)


def _joins_volumes(text: str, joiner: str, first: int, last: int, end: int) -> bool:
    """Whether ``joiner`` between N권 at ``text[first]`` and N+1권 ending at ``text[last]`` makes
    them volumes by itself: a strong joiner always, 이나 and 또는 where no word counts them."""
    if joiner in _CHOICE_JOINERS:
        title = _word_before(text, first)
        plain = bool(title) and title[-1] not in _PARTICLE_ENDS and not _ends_in_particle(title)
        return plain and title[-1] not in "에도만당" and not _counted(text, first, last, end)
    return joiner not in _WEAK_JOINERS


def _comma_run(text: str, i: int, j: int, end: int, n: int) -> tuple[int, int, int]:
    """How many volumes numbered one after another, joined by commas alone, stand in the list
    around N권 (the number at ``text[i]``, its counter ending at ``text[j]``), it among them, with
    where the first starts and the last ends."""
    before_re, next_re = _listed("권")
    run, k = 1, n
    while (nxt := next_re.match(text, j, end)) and nxt.group(1) == "," and int(nxt.group(2)) == k + 1:
        run, j, k = run + 1, nxt.end(), k + 1
    k = n
    while (
        (before := before_re.search(text, max(0, i - 40), i))
        and before.group(3) == ","
        and int(before.group(2)) == k - 1
    ):
        run, i, k = run + 1, before.start(2), k - 1
    return run, i, j


@cache
def _tally_re(counter: str) -> re.Pattern[str]:
    """A run of counts of ``counter`` each after its word (찬성 21표, 반대 9표, 기권 2표),
    joined by commas or middle dots, or by a space where the word is one of a tally
    (tally_label: 찬성 21표 반대 9표), or by the short end of a clause before a word of a tally
    with its particle or none (찬성 24표. 반대 6표, 찬성 7표였다. 반대는 23표였다, 찬성 28표였고
    반대 3표): the items of one tally, not two counts of one sentence (3표 차이로 22표를)."""
    item = rf"[가-힣]{{1,6}} ?[0-9][0-9,]*{counter}"
    labels = role_alternation("tally_label")
    labelled = rf"(?:{labels}) ?[0-9][0-9,]*{counter}"
    clause = rf"[가-힣]{{0,4}}(?:[.,] ?| )(?:{labels})(?:은|는|이|가|도)? ?[0-9][0-9,]*{counter}"
    return re.compile(rf"{item}(?:(?:, ?|·){item}| {labelled}|{clause})+")


#: How far around a count the rest of its tally is looked for.
_TALLY_REACH = 60


def _large_tally(text: str, i: int, j: int, end: int, counter: str) -> bool:
    """Whether the count of ``counter`` at ``text[i:j]`` is an item of a tally (찬성 21표, 반대
    9표, 기권 2표) one of whose counts reaches the large_sino threshold, so that every count of it
    is said in Sino-Korean alike (이십일 표, 구 표, 이 표); a tally of small counts stays native."""
    start = max(0, i - _TALLY_REACH)
    for m in _tally_re(counter).finditer(text, start, min(end, j + _TALLY_REACH)):
        if m.start() <= i and j <= m.end():
            counts = re.findall(rf"([0-9][0-9,]*){counter}", m.group())
            return any(int(c.replace(",", "")) >= _LARGE_SINO_FROM for c in counts)
    return False


@cache
def _volume_count_after(run: bool) -> re.Pattern[str]:
    """A word right after a list of volumes that counts books (data/counter_context.tsv
    volume_count_after; volume_about_after too, but for a ``run`` of three or more after the
    name of a work)."""
    words = roles()["volume_count_after"] | (frozenset() if run else roles()["volume_about_after"])
    return re.compile(rf" ?(?:{'|'.join(sorted(words, key=len, reverse=True))})")


@cache
def _volume_change() -> re.Pattern[str]:
    """A verb of a change further on in the sentence after N권에서 (data/counter_context.tsv
    volume_change_after): 5권에서 두 배로 늘렸다."""
    words = role_alternation("volume_change_after")
    return re.compile(rf"[^.!?\n]{{0,24}}?(?:{words})")


def _counted(text: str, first: int, last: int, end: int, *, run: bool = False) -> bool:
    """Whether a word of counting books stands right before the list of volumes from
    ``text[first]`` to ``text[last]`` (책, 하루에, 총) or right after it (씩, 정도; not 정도 after a
    ``run`` of three numbered one after another after the name of a work: 시리즈 1권, 2권, 3권
    정도 are volumes, where 지난해 2권, 3권, 4권 정도를 샀다 counts)."""
    r = roles()
    word = _word_before(text, first)
    if word and (word in r["volume_count_before"] or word in r["times_before"] or word in r["total_before"]):
        return True
    return _volume_count_after(run).match(text, last, end) is not None


#: The close of a title's marks or quotes right before a list of volumes ('토지' 1권, 《토지》 1권).
_TITLE_BEFORE = re.compile(r"[』》」〉'’\"”] ?$")


@lru_cache(maxsize=1024)
def _proper_noun(word: str) -> bool:
    """Whether Kiwi reads ``word`` alone as one proper noun (해리포터, 원피스)."""
    tokens = get_kiwi().tokenize(word)
    return len(tokens) == 1 and str(tokens[0].tag) == "NNP"


def _titled(text: str, first: int) -> bool:
    """Whether a work is named before the list of volumes from ``text[first]``: a volume_cue
    (시리즈, 전집) a few words before it, a title in marks or quotes right before it, or right
    before it a proper noun (해리포터, 원피스) or a word that ends titles (title_word: 반지의 제왕,
    나니아 연대기). Only then does a word of about after a run of three (1권, 2권, 3권 정도) leave
    them volumes."""
    if _volume_cue().search(text, max(0, first - 30), first) or _TITLE_BEFORE.search(text, max(0, first - 2), first):
        return True
    word = _word_before(text, first)
    # Kiwi is not asked while text is read without morphology (the first words of a live stream)
    return bool(word) and (word in roles()["title_word"] or (morphology() and _proper_noun(word)))


def _cued(text: str, first: int, last: int, end: int) -> bool:
    """Whether a volume_cue stands near the list of volumes from ``text[first]`` to ``text[last]``."""
    return _volume_cue().search(text, max(0, first - 30), min(end, last + 30)) is not None


def context_class(
    text: str, i: int, j: int, end: int, n: int, counter: str, cls: str, *, back: bool = True, ahead: bool = True
) -> str:
    """Refine the class of ``counter`` (at ``text[j - len(counter):j]``, after the number at ``i``)
    from the words around it (``back``/``ahead``: whether a list's item before or after may decide it)."""
    if cls == "native" and n < 10 and counter in roles()["paired_sino"]:
        p = _PAIRED_NEXT.match(text, j, end)
        if p and (not p.group(1) or spaced_counter(text, p.end(), end) is None):
            # 1가구 1주택, not a second count (3가구 2명, 1가구 1채); 1석2조 → 일석이조, one word
            return "sino"
        b = _PAIRED_BEFORE.search(text, max(0, i - 8), i)
        if b and not b.group(1).startswith(counter):
            # 1인 1표 → 일 인 일 표, where 단 1표 차 is 한 표, 1표 1표가 is 한 표 한 표가 and the same
            # counter with a particle is a change of one count (7표에서 5표로 → 일곱 표에서 다섯 표로)
            return "sino"
    margin = _word_after(text, j, end) if counter == "타" and n < 10 else None
    if margin and _MARGIN.fullmatch(margin):
        return "native"  # a golf margin: 1타 차 → 한 타 차, 3타 차다 → 세 타 차다, where 67타 is 육십칠 타
    if counter == "분기" and n < 10:
        # quarters counted, not named: 2분기 연속, 3분기 만에, 4분기째 → 두 분기 연속
        after = _word_after(text, j, end)
        if text.startswith("째", j) or (after and _starts_with_any(after, roles()["span_after"])):
            return "native"
        return cls
    if cls == "native" and large_sino(n, counter):
        return "sino"
    if cls == "native" and counter in roles()["tally"] and _large_tally(text, i, j, end, counter):
        return "sino"  # 찬성 21표, 반대 9표 → 이십일 표, 구 표: one tally, counted one way
    if counter == "시" and n > 24 and cls == "native" and _titled_hour(text, i, j):
        return "sino"  # 소설 '25시', 영화 25시를 → 이십오 시: a title, where 25시까지 is 스물다섯 시
    if counter == "시" and n == 24 and cls == "native":
        after = _word_after(text, j, end)
        if after and text[j : j + 1] == " " and _starts_with_any(after, roles()["round_the_clock"]):
            return "sino"  # open all day: 24시 편의점 → 이십사 시 편의점, where 24시까지 is 스물네 시
        return cls
    if counter == "시간" and cls == "native":
        if text.startswith("제", j) or (n >= 10 and _word_before(text, i) in roles()["hours_before"]):
            return "sino"  # working hours: 주 52시간, 40시간제 (주 3시간 is still 세 시간)
        return cls
    if counter in _COUNTED_AFTER:
        # 자주포 18문 → 열여덟 문, 대파 3단 → 세 단, 원전 2기 → 두 기, 창고 9동 → 아홉 동: guns,
        # bunches of greens, things built or launched and buildings are counted
        # a compound counts by its last noun (정찰위성 3기, 풍력발전기 20기) unless it is listed as
        # another thing (싱크탱크 2기, a think tank's second class), and 기 before a word of a
        # class or its people is its number (드론 1기 교육생 → 일 기, 전투기 1기 조종사)
        kind = roles()[_COUNTED_AFTER[counter]]
        before = _word_before(text, i)
        gloss = _GLOSS_OF_COUNT.search(text, max(0, i - 30), i) if not before else None
        before = gloss.group(1) if gloss else before
        if before in roles()["total_before"]:
            # the things named before a word of their total (원전은 모두 26기, 위성은 총 3기 → 스물여섯
            # 기, 세 기): the noun, less its topic or subject particle, counts as if right before
            topic = _word_before(text, text.rfind(before, 0, i))
            before = topic[:-1] if topic[-1:] in _TOTAL_TOPIC_PARTICLES else topic
        if not before or before in roles()["not_counted"] or not any(before.endswith(w) for w in kind):
            return cls
        if counter == "동" and _LABEL_NEXT.match(text, j, end):
            return cls  # 기숙사 3동 2층, 창고 2동 101호: the block named, not counted
        after = _word_after(text, j, end)
        if counter == "동" and after and names_one_of(after, roles()["building_part_after"]):
            return cls  # 공장 2동 생산라인, 온실 3동 옆: a place in the block named, not counted
        return cls if counter == "기" and after and names_one_of(after, roles()["cohort_after"]) else "native"
    if counter == "권" and cls == "native" and _COPIES_AFTER.match(text, j, end):
        if _word_before(text, i) in roles()["total_before"]:
            return cls  # 총 3권 5000부: how many books were printed, 세 권
        return "sino"  # a volume and the copies it sold: 1권 2만부 → 일 권 이만 부, not 한 권
    if (
        counter == "권"
        and cls == "native"
        and _INSIDE_VOLUME.match(text, j, end)
        and not (_counted(text, i, j, end) or _volume_change().match(text, j, end))
    ):
        # 3권에서는 결말이 → 삼 권에서는: what one volume holds; 책 2권에서, 최대 5권에서는,
        # 5권에서 두 배로 늘렸다 count
        return "sino"
    if counter == "권" and cls == "native" and _volume_in_series(text, i, j, end, n):
        return "sino"  # 1권과 2권 → 일 권과 이 권: the volumes of a series, one after the other
    if counter not in ("대", "번", "장") or cls != "native":
        return cls
    r = roles()
    before = _word_before(text, i)
    if counter == "장":
        # a chapter of a law or a book: 3장 15조, 요한복음 3장, 헌법 2장
        if _LAW_NEXT.match(text, j, end) or (before and any(before.endswith(w) for w in r["chapter_before"])):
            return "sino"
        if _TITLE_CLOSED.search(text, max(0, i - 2), i):
            return "sino"  # a chapter of a book named in its marks: 『도덕경』 44장 → 사십사 장
        return cls
    after = _word_after(text, j, end)
    if counter == "번":
        # a count of times after 노선 (노선 200번 이상 조정): an amount word after it, where
        # 버스 7016번 중 일부 is still the route
        times_on_route = (
            before is not None
            and before.endswith("노선")
            and after is not None
            and _starts_with_any(after, r["amount"])
        )
        if (
            n >= 100
            and not times_on_route
            and (
                (before and any(before.endswith(w) for w in r["digits_before"]))
                or (after and any(w in after for w in r["digits_after"]))
            )
        ):
            return "digits"  # 버스 7016번, 3413번 버스 → 칠공일육 번, 삼사일삼 번
        noun = after if after is not None else _HANGUL_RUN.match(text, j, end)
        if noun and names_one_of(noun if isinstance(noun, str) else noun.group(), r["beon_noun"]):
            return "sino"  # 1번 출구로, 17번홀(파3), 3번타자로; 3번 방문했다 counts
        if i > 0 and text[i - 1] == "(" and text.startswith(")", j):
            return "sino"  # a number that names what is before the bracket: 중앙고속도로(55번)
        if before and any(before.endswith(w) for w in r["beon_before"]):
            return "sino"
        stem = before[:-1] if before and before[-1] in "은는이가" else before
        if before and (before in r["choice_before"] or stem in r["choice_before"]):
            return "sino"  # 정답은 3번 → 삼 번: the number of a choice; 답을 3번이나, 답변 3번 count
        if _choice_after().match(text, j, end) and before not in r["times_before"]:
            return "sino"  # 2번을 고르세요 → 이 번을: the number of a choice
        if _choice_bare().match(text, j, end) and _choice_open(text, i, before, j, end):
            return "sino"  # 보기 중 2번 고르세요, 1번 누르세요 → 이 번, 일 번: the choice or the button
        listed_before, listed_next = _listed("번")
        listed = listed_before.search(text, max(0, i - 40), i) if back else None
        if listed:
            # the next item of a list of numbers named so (객관식 15번(정답률 12.3%)과 21번 → 이십일
            # 번): as the one before it is read, where something names it
            g = listed.group(2)
            named = context_class(text, listed.start(2), listed.end(2) + 1, end, int(g), "번", cls, ahead=False)
            if named != cls:
                return named
        counted = before is not None and before in r["times_before"]  # 하루 3번, 2번 출구: how often
        following = listed_next.match(text, j, end) if ahead and not counted else None
        if following:
            # an item before the one its noun names (1번과 2번 출구 → 일 번과 이 번 출구): as that one is read
            g = following.group(2)
            return context_class(text, following.start(2), following.end(), end, int(g), "번", cls, back=False)
        return cls
    # 대: a digit after it is a ratio or score (3대 1)
    k = j + 1 if j < end and text[j] == " " else j
    if k < end and text[k].isascii() and text[k].isdigit():
        return "sino"
    if before and any(before.endswith(w) for w in r["machine"]):
        return "native"
    if before in r["share_between"]:
        whole = _SHARE_WHOLE.search(text[max(0, i - 24) : i].rstrip()[: -len(before)])
        total = int(whole.group(1).replace(",", "")) if whole else 0
        if n < total and total >= 100:
            return "native"  # 전체 150대 중 30대가 → 서른 대: the share of machines, after their whole
    modelled = _MODEL_BEFORE.search(text, max(0, i - 24), i) or _maker_model().search(text, max(0, i - 24), i)
    people = after is not None and (_PEOPLE_AFTER.match(after) is not None or names_one_of(after, r["age_pair_after"]))
    if modelled and not people:
        # 에어버스 A321neo 20대를, FA-50 12대 수출, 보잉 787 30대 → 스무 대, 열두 대: a model's units;
        # a word of people after it keeps the age (5G 20대 가입자, COVID-19 20대 확진자 → 이십 대)
        return "native"
    if after is None and _count_verb().match(text, j, end):
        return "native"  # 30대를 도입했다, 15대를 들여왔다 → 서른 대, 열다섯 대: machines bought
    joined = _HANGUL_RUN.match(text, j, end) if after is None else None
    if joined and _starts_with_any(joined.group(), r["big_joined"]):
        return "sino"  # 4대강, 5대양 6대주: the big N of a kind, written against the number
    if after and names_one_of(after, r["count_after"]):
        return "native"  # 보라매 20대 양산, 30대 도입을: machines made or bought, not an age
    if after and after in r["count_manner"]:
        then = _word_after(text, j + 1 + len(after), end)
        if then and names_one_of(then, r["count_after"]):
            return "native"  # 수리온 10대 추가 배치 → 열 대, where 20대 추가 확진자 is an age
    if after:
        if after in r["share_between"]:
            part = _SHARE_PART.match(text, j + 1 + len(after), end)
            m = int(part.group(1).replace(",", "")) if part else n
            if m < n and (m % 10 or n >= 100):
                # 10대 중 4대꼴, 20대 가운데 3대가 → 열 대, 스무 대: a share of machines, where a
                # decade after it (30대 중 20대는) may be two ages
                return "native"
        if after in r["amount"] or _starts_with_any(after, r["amount"]):
            # 50대 이상이, 7명은 60대 이상, 143명으로 60대 이상이, 피해자 가운데 60대 이상이: an age
            # group where no noun for machines is before it
            aged = (
                not before
                or before[-1] in _PARTICLE_ENDS
                or _ends_in_particle(before)
                or before in r["amount"]
                or (any(before.endswith(w) for w in r["clause_end"]) and not _machines_near(text, i, j, end))
            )
            return "sino" if n % 10 == 0 and aged else "native"
        # N대 before a noun names a generation, a rank or "the big N" (3대 세습, 4대 보험)
        return "sino"
    return "sino" if n % 10 == 0 else "native"
