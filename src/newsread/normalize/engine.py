"""The scanner: finds what needs reading in a text, hands each piece to its class module,
and puts the spoken text together with its map back to the source.

Plain Hangul, spaces and ordinary punctuation are copied as they are (one search for the next
character that needs work skips them), so text that needs no change is returned unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from itertools import pairwise

from newsread.normalize import counter, date, latin, measure, money, romanized, telephone
from newsread.normalize import hanja as hj
from newsread.normalize import time as clock
from newsread.normalize.cardinal import WRITTEN_UNIT, decimal, digits, hal_pun_ri, integer, native, sino
from newsread.normalize.data import column, counters, role_alternation, roles, rows, table
from newsread.normalize.symbol import FRACTIONS, PRE, match_power, read_symbol

Edit = tuple[int, int, str]

_HANGUL = "\uac00-\ud7a3"
#: What may follow a grade's minus: a mark, a space, the end, or a particle (B-였다, A-로).
_AFTER_GRADE = r"(?=[^A-Za-z0-9가-힣-]|$|였|이었|이다|다(?![가-힣])|이며|로|으로|를|을|가|이|는|은|와|과|의|에|도|까지)"
_PASS = (
    _HANGUL + "\u1100-\u11ff\u3131-\u318c\u318e\ua960-\ua97f\ud7b0-\ud7ff"
    " \t\n\r.,!?'\"():;…“”‘’「」『』《》〈〉【】\\[\\]{}\\-–—"
)
#: A face typed in ASCII in a quoted post or a caption (:), :-), ;), :D, ^^, ^_^, T_T), or a heart
#: (<3, </3), standing as a word of its own: for the eye, not said (a ratio's 3:2 and a clock's
#: 9:30 have a digit before; a heart is one only before a closing quote, as a post's last word,
#: after a word that ends a post (data/post_endings.tsv: 사랑해요 <3) or alone in its quotes; after
#: a measure, a Latin name or a unit it is a comparison: '혈중 농도 <3', 'pH <3').
_POST_ENDS = re.escape("".join(table("post_endings.tsv")))
_EMOTICON = re.compile(
    r"(?<![^\s\"'“‘(])(?:[:;]-?[)(DPp]|\^_?\^+|T_T)(?=[\s\"'”’)!?.,]|$)|(?<=[가-힣])\^\^+"
    rf"|(?:(?<=[{_POST_ENDS}] )|(?<=[\"'“‘]))</?3+(?=[\"'”’])"
)
#: The first syllables of the copula's written forms (``data/copula.tsv``): one after a closing
#: bracket agrees with what the brackets end in, as a particle does.
_COPULA_FIRSTS = "".join(sorted({w[0] for w in table("copula.tsv")}))
#: The next character that needs work: anything but plain Hangul, spaces and punctuation;
#: a hyphen before a digit (a sign) or between two words (한-미, 이스라엘-하마스); an
#: apostrophe before a two-digit year ('24년, ’90년대); a minus after a grade (B-, BBB-);
#: a full stop that starts a decimal (OPS .912) or stands before a Latin name (.NET, Node.js);
#: a bracket that opens a Hanja gloss or holds nothing but marks (*, %p); a consonant letter
#: standing alone (ㄱ씨), or the letter ㅡ or ㅣ typed as a dash or a bar (머뭇거리다 ㅡ 이내);
#: a dash that starts a line as the mark of a list item (- 첫째); a face typed in ASCII (:), ^^);
#: 제 written against a law's unit before the next one's number (제1항제8호); a dash set apart
#: between two words (소득 = 매출 - 비용: a formula's minus, where one is); the sign of an Rh factor
#: before a space (Rh- O형).
TRIGGER = re.compile(
    f"[^{_PASS}]|(?<![\u3131-\u318e])[\u3131-\u314e\u3161\u3163](?![\u3131-\u318e])|[\u3131-\u318e]{{2,}}|-(?=[0-9])|(?<=[^\\x20\\t\\n\\r(\\[{{'\"“‘])-(?=[^\\x20\\t\\n\\r0-9)\\]}}'\"”’.,!?:;])|(?<=[A-F])-{_AFTER_GRADE}|(?<=R[hH])-|['’](?=[0-9]{{2}}(?![0-9]))|(?<![^\\s(])\\.(?=[0-9])|(?<![가-힣])\\.(?=[A-Za-z])|\\((?=[{hj.HANJA_CLASS}A-Za-z0-9\u0391-\u03c9])|\\((?=[^\\w\\s()]{{1,4}}p?\\))|\\)(?=[을를이가은는와과으로{_COPULA_FIRSTS}])|(?:(?<=[0-9]일)|(?<=[0-9]일\\x20))\\((?=[월화수목금토일]\\))"
    r"|(?<![^\n])[-–](?=(?:[^\S\n]*[-–])*(?:[^\S\n]|[^\w\s$.+\-–]|\+(?![0-9])|$)|(?:[^\S\n]*[-–])+[^\W\d])"
    r"|(?<![^\s(])–(?=[0-9])"
    r"|(?<=[가-힣] )-(?= [가-힣])"
    r"|(?<=[0-9]):(?=[0-9])"
    f"|{_EMOTICON.pattern}"
    r"|(?<=[편장절관조항호목])제(?=[0-9])"
)

#: A dash and the space after it at the start of a line: the mark of a list item (also before
#: a mark, which may be read as a space, -·, or a fixed reading, -(주), -+ where no figure
#: follows, as - 플러스 is a list item once read; and a run of them, - -;
#: a run of two or more written against a word, --가, is one too, as a dash there stands for a
#: space and the normalized text must read the same when normalized again).
_LIST_DASH = re.compile(
    r"[-–](?:[^\S\n]*[-–])*(?:[^\S\n]+|(?=[^\w\s$.+\-–]|\+(?![0-9])|$))|[-–](?:[^\S\n]*[-–])+(?=[^\W\d])"
)
_NUMERAL = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+")
#: A number under 10,000 written with 천/백 (``7천``, ``2천500``, ``1천136``, ``6백``): one
#: numeral, so ``7천억`` is 칠천억 and ``3천만명`` 삼천만 명, not 삼천 만명.
_GROUP = re.compile(r"([1-9])천(?:([1-9])백)?([0-9]{1,3})?(?![0-9]|\.[0-9])|([1-9])백([0-9]{1,2})?(?![0-9]|\.[0-9])")


@cache
def _rank_word() -> re.Pattern[str]:
    """A counter that starts with a syllable of a number's units (조각, 천문단위): written
    against a number it is that counter, not 조 or 천 (3조각 → 세 조각, 1천문단위 → 일 천문단위)."""
    words = sorted((c for c in counters() if len(c) > 1 and c[0] in _RANK), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


def _numeral(t: str, j: int, end: int) -> tuple[str, int] | None:
    """The digits of the numeral at ``t[j:]`` (``2천500`` → ``2500``) and where it ends."""
    g = _GROUP.match(t, j, end)
    if g and t[g.end() - 1] in "천백" and _rank_word().match(t, g.end() - 1, end):
        g = None  # 1천문단위: one astronomical unit, not a thousand
    if g and g.group(1) and not (g.group(2) and len(g.group(3) or "") > 2):
        return str(int(g.group(1)) * 1000 + int(g.group(2) or 0) * 100 + int(g.group(3) or 0)), g.end()
    if g and g.group(4):
        return str(int(g.group(4)) * 100 + int(g.group(5) or 0)), g.end()
    m = _NUMERAL.match(t, j, end)
    return (m.group(), m.end()) if m else None


_DECIMAL = re.compile(r"\.[0-9]+")
_RANK = {"조": 4, "억": 3, "만": 2, "천": 1, "백": 0}
_EVENT = re.compile(r"([0-9]{1,2})·([0-9]{1,2})(?![0-9]|·[0-9])")
#: Numbers of a list before one counter, joined by middle dots or by commas (1·2위, 1,2위,
#: 3, 4명); a comma before three digits is a thousands separator, not a list (1,234명).
_LIST = re.compile(r"[0-9]{1,2}(?:·[0-9]{1,2})+(?![0-9]|·[0-9])|[0-9]{1,2}(?:, ?[0-9]{1,2})+(?![0-9]|, ?[0-9])")
#: Route numbers of a list before the 번 they share, each maybe after its word (472·지선 4212번).
_ROUTE_LIST = re.compile(r"[0-9]{3,5}(?:(?:·|, )(?:[가-힣]{1,4} )?[0-9]{3,5})+(?=번)")
#: Numbers of a list each after a word of its own, before one counter (금 13, 은 9, 동 10개).
_LABELED_LIST = re.compile(r"[0-9]{1,2}(?:(?:, ?|·)[가-힣]{1,4} ?[0-9]{1,2})+(?![0-9]|, ?[0-9])")
#: Three or more single digits joined by middle dots with no counter after them (6·3·3·4 학제):
#: a name said digit by digit, as 5·18 is; a run that counts up (1·2·3 단계) is a list.
_DIGIT_CHAIN = re.compile(r"[0-9](?:·[0-9]){2,}(?![0-9]|·[0-9])")
#: Counters an event name ends in (3·1절), where N·N is still the event.
_EVENT_COUNTERS = frozenset({"절", "주년", "주기"})


@cache
def _dot_event() -> re.Pattern[str]:
    """``3.1절``, ``9.11 테러``, ``4/10 총선``: an event name written with a full stop or a
    slash instead of a middle dot, before a word of ``data/event_words.tsv``."""
    words = "|".join(sorted(table("event_words.tsv"), key=len, reverse=True))
    return re.compile(rf"([0-9]{{1,2}})[./]([0-9]{{1,2}})(?=절| ?(?:{words}))")


#: ``2022-2023 시즌``: a span of years.
#: A place name before a lot number (역삼동 123-45, 산 12-3, 성수동2가 277-44); a score is
#: followed by 로/으로.
_LOT = re.compile(r"([0-9]{1,5})-([0-9]{1,4})(?![0-9-])")
_LOT_BEFORE = re.compile(r"(?:[가-힣]동|[가-힣]리|(?<![가-힣])산|[가-힣][0-9]가) $")
#: A road's name before a building's number (테헤란로 152-1, 중앙로 12길 3-5, 중앙로123번길 4-7):
#: a road numbered with 길 is one wherever it stands; a word ending in 로 (not 으로, the
#: particle) after the district or the town it runs through, or a word ending in 길, is one only
#: where the address shows it (see ``_building_number``), since a word ending in the particle 로
#: after a person's name ending in 동 or 구 stands before a score (김승동 결승골로 2-1, 공동
#: 선두로 2-1), and so does a word of a way (원정길 2-1); the number ends the address or goes on
#: with its place (a space, a comma, a bracket, 에), where a score takes a particle (스코어로
#: 2-1을 기록).
_NUMBERED_ROAD = re.compile(r"[가-힣]로 ?[0-9]{1,4}번?길 $")
_ROAD_IN_PLACE = re.compile(r"(?:(?<![가-힣])([가-힣]+):? )?([가-힣]+[시구군읍면동]) ([가-힣]+)(?<!으)로 $")
_LANE = re.compile(r"(?:(?<![가-힣])([가-힣]+) )?[가-힣]+길 $")
_ROAD_AFTER = re.compile(r"$|[ ,()\[\]]|에")
#: A word ending in 로 (not 으로) standing alone before the number, with no district before it
#: (한빛로 45-12에 있다): a road where an address's words follow the number (see
#: ``_address_after``) and its stem ends in no word of data/not_roads.tsv, a match's means before
#: the particle 로 (결승골로 2-1) or an adverb (그대로); a noun with the particle 로 before a
#: score (공동 선두로 2-1) has no address after it.
_BARE_ROAD_BEFORE = re.compile(r"(?<![가-힣0-9A-Za-z])([가-힣]{2,10})(?<!으)로 $")


def _before_race_word(t: str, j: int, end: int) -> bool:
    """Whether a word of a run (data/counter_context.tsv, race_after) is right after ``t[j]``."""
    m = _HANGUL_AFTER.match(t, j, end)
    return m is not None and counter.names_one_of(m.group(1), roles()["race_after"])


@cache
def _not_roads() -> tuple[str, ...]:
    return tuple(table("not_roads.tsv"))


def _bare_road_before(t: str, i: int) -> bool:
    """Whether the word before ``t[i]`` names a road with no district before it (한빛로 45-12,
    세종대로 12-3), not a noun with the particle 로 before a score (결승골로 2-1, 예상대로 3-1)."""
    m = _BARE_ROAD_BEFORE.search(t, max(0, i - 14), i)
    return m is not None and not m.group(1).endswith(_not_roads())


@cache
def _address_after() -> re.Pattern[str]:
    """What follows a building's number in an address (the address_after role of
    data/counter_context.tsv: 1-2로 이전했다, 140-3 일대, 88-2에 있다), its neighbourhood in
    brackets (6-11(한들동)) or its floor (14-3, 2층)."""
    words = role_alternation("address_after")
    return re.compile(rf" ?(?:{words})|\([가-힣]+(?:동|[0-9]가)\)|,? ?(?:지하 ?)?[0-9]+층")


def _district_road(district: str, road: str) -> bool:
    """Whether a district of a city or a county (종로구, 해운대구, 달성군: a word ending in 구 or
    군, not a city of data/counter_context.tsv address_region such as 대구) stands before a road
    (율곡로, 센텀로) whose stem ends in no word of data/not_roads.tsv: an address with no city
    before it (종로구 율곡로 2-1). A person's name before a means of a match (박영구 동점골로
    2-1) has such a stem, and names ending in 동 (김승동 결승골로), or 공동 선두로, end in no 구
    or 군; a city's team winning by a comeback (대구 역전극로 2-1) names a city, not a district."""
    city = district in roles()["address_region"]
    return district[-1] in "구군" and not city and not road.endswith(_not_roads())


def _building_number(t: str, i: int, j: int, end: int) -> bool:
    """Whether the N-N at ``t[i:j]`` is a building's number after its road's name (see
    ``_NUMBERED_ROAD``): after a road numbered with 길, or after a road in its district
    (센텀로 in 해운대구 센텀로) or a lane where what follows is an address's (1-2로 이전했다,
    140-3 일대) or where a city or a province stands before the district (부산 해운대구 센텀로
    1-2, 한빛시 중구 세종로 3-1), or a place before the lane (한빛동 새길 3-1); not after a
    person's name (김승동 결승골로 2-1) or a word of a way (원정길 2-1)."""
    plain = _ROAD_AFTER.match(t, j, end) is not None and not _score_after().match(t, j, end)
    if _NUMBERED_ROAD.search(t, max(0, i - 24), i):
        return plain
    road = _ROAD_IN_PLACE.search(t, max(0, i - 32), i)
    lane = None if road else _LANE.search(t, max(0, i - 24), i)
    found = road or lane
    if found is None:
        return False
    if _address_after().match(t, j, end):
        return True
    head = found.group(1)
    if road and plain and _district_road(road.group(2), road.group(3)):
        return True
    if not plain or head is None or len(head) < 2:
        return False
    if road:
        stem = head[:-1] if head[-1] in _LENGTH_PARTICLES else head
        return head in roles()["address_region"] or stem in roles()["address_region"] or head[-1] in "시도"
    return head[-1] in "시구군읍면동"


@cache
def _grade_part() -> re.Pattern[str]:
    """A word of a class within a school year after N-N (the grade_part role of
    data/counter_context.tsv), alone or with a particle: 3-2반, 3-2반에서, not 3-2반전."""
    words = role_alternation("grade_part")
    particles = "|".join(sorted(_NOUN_PARTICLES, key=len, reverse=True))
    return re.compile(rf"(?:{words})(?:{particles})?(?![가-힣])")


@cache
def _between_after() -> re.Pattern[str]:
    """The second end of a span of words, then a word of between (data/between_words.tsv),
    apart or against it, alone or with a particle: 부산 간, 부산간의, 새별 사이에."""
    words = "|".join(sorted(table("between_words.tsv"), key=len, reverse=True))
    marks = "|".join(sorted(table("road_marks.tsv"), key=len, reverse=True))
    # the end may be a place on a road with its mark: 동면JC 간 → 동면분기점 간
    return re.compile(rf"[가-힣]{{2,8}}?(?:{marks})? ?(?:{words})(?:에서|으로|[의에은는을도과와만])?(?![가-힣])")


@cache
def _road_mark_end() -> re.Pattern[str]:
    """A place on a road with its mark (data/road_marks.tsv) ending right there: 한빛IC, 신갈JC."""
    marks = "|".join(sorted(table("road_marks.tsv"), key=len, reverse=True))
    return re.compile(rf"[가-힣](?:{marks})$")


def _word_end_before(t: str, q: int) -> bool:
    """A word of a span's first end ends right before ``t[q]``: a Hangul word, or a place on
    a road with its mark (한빛IC~동면JC, as 서울~부산)."""
    return is_hangul(t[q - 1]) or _road_mark_end().search(t, max(0, q - 5), q) is not None


@cache
def _score_after() -> re.Pattern[str]:
    """A word of a match after N-N (``data/score_words.tsv``), or 로/으로/의 right after it; a
    word of one syllable only against the number (3-0승, where 역삼동 12-3 승강기 is a lot)."""
    words = sorted(table("score_words.tsv"), key=len, reverse=True)
    long = "|".join(w for w in words if len(w) > 1)
    short = "|".join(w for w in words if len(w) == 1)
    return re.compile(rf"(?:으로|로|의|{short}|[ ]?(?:{long}))")


#: An IP address of four numbers, defanged or not (185.220.101[.]34: see _URL_CHAR).
_DEFANGED_IP = re.compile(r"[0-9]{1,3}(?:(?:\.|\[\.\])[0-9]{1,3}){3}(?![0-9])")
#: Numbers with two or more full stops that are not a date: versions (2.0.1), addresses.
_VERSION = re.compile(r"[0-9]+(?:\.[0-9]+){2,}(?![0-9])")
#: A release whose part after its point has a letter after or before a figure (14.23b, 25.S1).
_LETTERED_VERSION = re.compile(r"([0-9]{1,3})\.(?:([0-9]{1,3})([A-Za-z])|([A-Za-z])([0-9]{1,2}))(?![A-Za-z0-9.])")
_VERSION_BEFORE = re.compile(r"(?:[A-Za-z]|버전) ?$")
#: A version with one full stop, named by 버전 before or after it: 파이썬 3.12 버전 → 삼 점
#: 십이 (a decimal would say 삼 점 일이); the number after the stop counts releases.
_MINOR_VERSION = re.compile(r"[0-9]+\.[0-9]{2,3}(?![0-9]|\.[0-9])")
#: A four-figure year before the full stops of a release's number: a date (2026.12.7 패치).
_YEAR_FIRST = re.compile(r"[0-9]{4}\.")


@cache
def _version_word() -> re.Pattern[str]:
    """A word of ``data/version_words.tsv`` after a number (15.3.1 패치, 3.12 버전)."""
    words = "|".join(re.escape(w) for w in sorted(table("version_words.tsv"), key=len, reverse=True))
    return re.compile(rf" ?(?:{words})")


_VERSION_WORD_BEFORE = re.compile(r"버전 ?$")
#: A serial written against capitals: five digits or more, a code no one counts (KB5048667, the drug YH35324).
_CAPS_SERIAL = re.compile(r"([A-Z]{1,4})([0-9]{5,})")
#: A currency code written against its amount (USD10000, KRW50000, EUR250): the amount, said
#: with the currency's name after it (data/currency_codes.tsv), not a serial.
_CAPS_AMOUNT = re.compile(r"([A-Z]{3})([0-9]+)")
#: A golf total to par after the word of a total (합계 -12, 최종 합계 +3), with a word of golf
#: near (the golf role of data/counter_context.tsv): a whole number with no unit or counter
#: after it, said in 언더파 and 오버파 as the leaderboard is.
_PAR_TOTAL_BEFORE = re.compile(r"합계 ?$")
_PAR_SCORE = re.compile(r"([-+–])([0-9]{1,2})(?![0-9.,%])")
#: The strokes of each round in brackets after a golf total: 204타(68-67-69), 합계 -7(65-68).
_ROUND_STROKES = re.compile(r"[5-9][0-9](?:-[5-9][0-9]){1,3}(?=\))")


def _golf_near(t: str, i: int) -> bool:
    """Whether a word of golf (the golf role of data/counter_context.tsv) stands near ``t[i]``."""
    near = t[max(0, i - 300) : i + 100]
    return any(w in near for w in roles()["golf"])


def _round_strokes(t: str, i: int, end: int) -> tuple[int, str] | None:
    """The strokes of each round in brackets in a story of golf (합계 12언더파 204타(68-67-69)),
    said one by one, not as a score (육십육 대 칠십) or a code (육팔 육칠): 육십팔, 육십칠, 육십구."""
    m = _ROUND_STROKES.match(t, i, end) if t[i - 1 : i] == "(" else None
    if not m or not _golf_near(t, i):
        return None
    return m.end(), ", ".join(sino(int(x)) for x in m.group().split("-"))


#: An identifier numbered within its year, after a word of data/code_words.tsv (CVE-2025-12345).
_YEAR_ID = re.compile(r"([A-Za-z]+)-((?:19|20)[0-9]{2})-([0-9]{4,})")
#: A version's number after a name whose numbers are said in English (HTTP/2, HTTP/3).
_SLASH_VERSION = re.compile(r"/([0-9])(?![0-9.,/])")
#: The parts after the first of a version written after its v (v2.3.1, v10.0.2).
_V_VERSION_TAIL = re.compile(r"(?:\.[0-9]+){2,}(?![0-9])")
_YEARS = re.compile(r"((?:19|20)[0-9]{2}) ?[-–] ?((?:19|20)[0-9]{2})(?![0-9])")
_SEASON = re.compile(r"((?:19|20)[0-9]{2})[-–/]([0-9]{2})(?![0-9]|[-/.][0-9])")
_COLON = re.compile(
    r"((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?) ?: ?((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)"
    r"(?![0-9:.]|,[0-9])"
)
#: Minutes and seconds that are no time of day (30:00, 45:07): two figures after the colon, the
#: first of them 0, which no ratio has.
_MINUTES_SECONDS = re.compile(r"([0-9]{1,3}):(0[0-9])")
#: A date with a full stop between its parts and a clock time written against its day, as a
#: list of articles prints when its spaces are lost: 26.01.1609:11, 2026.01.1609:11.
_GLUED_STAMP = re.compile(r"(?:[0-9]{2}){1,2}\.[01][0-9]\.[0-3][0-9](?=([0-2][0-9]):([0-5][0-9])(?![0-9:]))")
#: The figure after a colon that no reading took whole with the figure before it.
_AFTER_COLON = re.compile(r"[0-9]+(?:\.[0-9]+)?(?![0-9])")
#: A broadcast's timecode, hours, minutes, seconds and frames: 01:23:45:12 (a ; before the
#: frames marks a drop-frame code).
_TIMECODE = re.compile(r"([0-9]{1,2}):([0-5][0-9]):([0-5][0-9])[:;]([0-9]{2})(?![0-9:])")
#: A chapter and its verse after a book of scripture: 요한복음 3:16, 코란 2:255, and the last verse
#: of a passage after a hyphen or a tilde, in the same chapter or another (3:16-17, 3:16-4:2).
_VERSE = re.compile(r"([0-9]{1,3}):([0-9]{1,3})(?:[-–~]([0-9]{1,3})(?::([0-9]{1,3}))?)?(?![0-9:])")


@cache
def _clock_span() -> re.Pattern[str]:
    """A hyphen or a dash between two clock times: 10:00-12:00, a span said with 에서 as
    10:00~12:00; the second may be written with AM or PM (2:00 PM-4:00 PM, 9AM-6PM) or after a
    word of the time of day (오전 9:00-오후 6:00)."""
    half = role_alternation("clock_before")
    clock_time = rf"(?:(?:{half}) ?)?[0-9]{{1,2}}:[0-9]{{2}}(?![0-9])"
    return re.compile(rf" ?[-–] ?(?={clock_time}|[0-9]{{1,2}}(?::[0-9]{{2}})? ?[AaPp]\.?[Mm](?![A-Za-z]))")


#: 로 after a figure after a period of play: the score then (전반 45:38로 앞섰다, 2쿼터를 33:30으로).
_PERIOD_SCORE = re.compile(r"(?:으로|로)(?![가-힣])")
#: 전 after a match clock, alone or with a particle (종료 4:32 전, 종료 1:05 전까지).
_BEFORE_END = re.compile(r" ?전(?:에|까지|부터)?(?![가-힣])")
#: A particle of a point in time after N:NN (10:30에, 10:30부터).
_AT_TIME = re.compile(r"(?:에|부터|까지|께|쯤|경)(?![가-힣])|에는|에도")
#: The particles a word of length may carry before N:NN (러닝타임은, 영상이).
_LENGTH_PARTICLES = "은는이가을를의도"
#: The past endings of a copula, shared by the end of a score and the end of a ratio word.
_PAST_COPULA = "이었다 였다 이었고 였고 이었으며 였으며"
#: What ends a score after its figure: (으)로 or a copula (15:13으로 끝났다, 21:19였다), not a
#: particle of a time (10:00부터, 10:00에) or a word of what is done then (10:00 기자회견).
_SCORE_END = re.compile(
    rf"(?:{'|'.join(sorted(('으로', '로', '이다', '이며', *_PAST_COPULA.split()), key=len, reverse=True))})(?![가-힣])"
)
#: Three or more parts of a ratio: 1:2:1, 5 : 3 : 2.
_RATIO_CHAIN = re.compile(r"[0-9]+(?:\.[0-9]+)?(?: ?: ?[0-9]+(?:\.[0-9]+)?){2,}(?![0-9:.])")
_FRACTION = re.compile(r"([0-9]+)/([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?![0-9/]|,[0-9]{3}(?![0-9]))")
#: Three or more whole numbers joined by slashes (K/D/A 7/1/9, 3/4/5): a record of several
#: counts read one by one, not a fraction.
_SLASH_CHAIN = re.compile(r"[0-9]+(?:/[0-9]+){2,}(?![0-9/])")
#: A score with a decimal out of its top mark (별점 4.5/5, 평점 8.7/10, 학점 3.8/4.5): said out
#: of the top mark, as no fraction is written with a decimal above it.
#: A bare figure and the slash of a rate after it (4.1/10만 명), the figure captured.
#: A figure with a decimal part over a population (4.1/10만 명), or any over one written with a
#: Korean unit (12/10만 명): a rate, where a whole number over one in digits (1/1000명, 3/1,000명)
#: is a part of so many, 천 명 중 한 명.
_BARE_OVER = re.compile(rf"([0-9]+\.[0-9]+|[0-9]+(?=/[0-9]+ ?(?:{WRITTEN_UNIT})))/")
_RATING = re.compile(r"([0-9]+\.[0-9]+)/([0-9]+(?:\.[0-9]+)?)(?![0-9/.])")
_SEASON_WORD = re.compile(r" ?시즌")
_QUARTER_WORD = re.compile(r" ?(분기)")
#: Two numbers joined by the letter x, as by ×: 3x3, 1920x1080, with thousands commas or
#: without them (2,880x1,800); a comma is a thousands comma only before three figures that
#: begin no size of their own (1920x1080,2560x1440 and 2x2,3x3 are lists of sizes).
_BY = re.compile(
    r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)[xX]([0-9]{1,3}(?:,[0-9]{3})+(?![0-9xX])|[0-9]+(?![0-9]|,[0-9]{3}(?![0-9xX])))"
)
#: A share of an unknown number: 1/n, 1/N (an equal share).
_LETTER_FRACTION = re.compile(r"([0-9]+)/([nNxX])(?![A-Za-z0-9])")
_PAIR = re.compile(r"([0-9]{1,3})[-–]([0-9]{1,3})(?![0-9-–])")
#: A number after 제 with a part too long for _PAIR, before a unit of a form (제2026-153호,
#: 특허 제10-2456789호): a year's notice and its number, or a register's kind and its serial.
_NUMBERED_SERIAL = re.compile(r"([1-9][0-9]{0,3})[-–]([0-9]{1,9})(?![0-9-–])")
#: 혈압 before a figure over another, a bracketed aside and a particle only between them
#: (혈압(수축기/이완기)은 142/91): a blood pressure, said 백사십이에 구십일, not a fraction; a word
#: after the bracket (고혈압(140/90 이상) 환자의 1/3) leaves the figure a fraction.
_PRESSURE_BEFORE = re.compile(r"혈압[(（][^()（）\n]{0,14}[)）](?:은|는|이|가|도)? ?$")
#: 혈압 as the word right before a figure over another, with its particle or a colon (혈압 50/30,
#: 혈압은 70/40, 혈압: 65/40), which makes the figures a pressure even outside a pressure's range.
_PRESSURE_WORD = re.compile(r"혈압(?:[(（][^()（）\n]{0,14}[)）])?(?:[은는이가도을를]|[:：])? ?$")
#: The ranges of a pressure's figures, systolic then diastolic, in mmHg.
_SYSTOLIC = range(40, 251)
_DIASTOLIC = range(20, 151)


def _pressure(t: str, i: int, top: str, bottom: str) -> bool:
    """Whether the figures ``a/b`` at ``t[i]`` are a blood pressure after 혈압 (혈압 120/80, 혈압은
    평균 135/85, 혈압(수축기/이완기)은 142/91): 혈압 near before them and figures a pressure may
    have, the first larger, or 혈압 the word right before; a share near 혈압 is a fraction (혈당과
    혈압, 3/5 개선 → 오분의 삼); no pressure has a figure of four digits or more (1/1,000)."""
    if not (top.isdigit() and bottom.isdigit() and len(top) <= 3 and len(bottom) <= 3):
        return False
    a, b = int(top), int(bottom)
    if a <= b:
        return False
    if _PRESSURE_WORD.search(t, max(0, i - 24), i):
        return True
    near = "혈압" in t[max(0, i - 10) : i] or _PRESSURE_BEFORE.search(t, max(0, i - 24), i)
    return bool(near) and a in _SYSTOLIC and b in _DIASTOLIC


#: The word right before a number, a space or an opening bracket apart (그림 2-3, <표 4-1>,
#: 수식 (3-1)).
_LABEL_WORD_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{1,3}) ?[(（]?$")
#: The minutes and seconds of a latitude or a longitude after its degree sign, and the letter
#: of its hemisphere (``data/hemispheres.tsv``) against them: 36.12°N, 37°33′59″N (not a shape
#: named by its letter, 90° S자 커브, S형).
_HEMISPHERE = re.compile(
    r"(?:([0-9]{1,2}(?:\.[0-9]+)?)[′'](?:([0-9]{1,2}(?:\.[0-9]+)?)[″\"])?)?([NSEW])(?![A-Za-z0-9자형])"
)
#: The whole Hangul word right before a number, a space apart or against it (형사6-2부).
_LAST_WORD = re.compile(r"(?<![가-힣])([가-힣]+) ?$")
_TILDE = re.compile(r" ?~ ?(?=-?[0-9$€¥£₩]|['’][0-9]{2}(?![0-9]))")
#: The hundredths or thousandths written against the seconds of a race time (9초58, 41초398).
_HUNDREDTHS = re.compile(r"[0-9]{1,3}(?![0-9]|[.,:][0-9])")
#: Hundredths or thousandths after a space need a race time before them (2분 5초 12, 기록은
#: 9초 58, 1분 27초 612로 골인).
_SPACED_HUNDREDTHS = re.compile(r" [0-9]{2,3}(?![0-9]|[.,:~][0-9]| ?[~·]| 대)")
#: The centimetres written after the metres of a length (2m35, 1m80).
_CENTIMETRES = re.compile(r"[0-9]{2}(?![0-9]|[.,:][0-9]|[A-Za-z%㎝㎜])")
_RECORD_AFTER = re.compile(r"(?:을|를|으로|로|의)? ?(?:기록|끊|주파|골인|터치)")
_RECORD_BEFORE = re.compile(
    r"(?:[0-9]분|기록|기록은|기록으로|타임|랩타임"
    # the distance of a race run or swum, its event and its round (200m는 19초 19, 100m 결승에서
    # 9초 80, 50m 자유형 21초 30)
    r"|(?<![A-Za-z])[0-9] ?m(?: ?(?:자유형|배영|평영|접영|혼영|개인혼영|허들|계주|달리기))?"
    r"(?: ?(?:준준결승|준결승|결승|결선|예선))?(?:에서|서|은|는|도)?) ?$"
)
#: A minus after a grade's letter: B-, A-~B+ (not a hyphen before a word or a number).
#: What joins a sign ending a name or a grade (U+는, A+로): a particle or the end of the word.
_PLUS_JOINED = re.compile(_AFTER_GRADE)
_GRADE_MINUS = re.compile(rf"(?<![A-Za-z0-9])(?:[A-F]|AA|BB|CC|AAA|BBB|CCC)-{_AFTER_GRADE}")
#: The sign of a blood group's Rh factor, before its ABO letters, 형 or the word's end (Rh- O형,
#: Rh+A형, Rh-형이다): said 알에이치 마이너스, 알에이치 플러스.
_RH_SIGN = re.compile(r"(?<![A-Za-z0-9])R[hH]([+-])(?=(?:AB|A|B|O)?(?:형|[^A-Za-z0-9+-]|$))")
#: A range of grades: single letters (A~C등급, B ~ D) or credit ratings (AA~BBB, A+~B-).
_GRADE = r"(?:[A-Z]|[A-D]{2,3})[+-]?"
_LETTER_RANGE = re.compile(rf"(?<![A-Za-z0-9]){_GRADE} ?$")
_LETTER_RANGE_END = re.compile(rf"{_GRADE}(?![A-Za-z0-9])")
#: A hyphen between two decimals is a range (95% CI 0.61-0.85).
_DECIMAL_RANGE = re.compile(r"[-–](?=[0-9]+\.[0-9]+(?![0-9.]))")
#: A month ending right before a day (5월 1일): the day is a date, no rate.
_MONTH_BEFORE = re.compile(r"[0-9]월 ?$")
#: Another day listed right before (30일과 1일, 31일, 1일, 30일·1일): the day is a date too.
_DAY_LISTED_BEFORE = re.compile(r"[0-9]일(?: ?(?:과|와|및|하고|,|·|ㆍ|~|-) ?)$")
#: An apostrophe that closes a quotation: not one more before a two-digit year ('21년, '22년).
#: A year cut to two digits with a full stop before its month ('25. 1월, '25.3월).
_CUT_YEAR_MONTH = re.compile(r"['’]([0-9]{2})\. ?(?=(?:[1-9]|1[0-2])월)")
#: Two or more zeros as a whole number before a counter (모집 인원 00명, 제00호): a blank
#: left to fill, said as written, 공공; a clock's 00시 is midnight and stays 영.
_BLANK = re.compile(r"00+(?![0-9]|[.,:][0-9])(?= ?[가-힣])(?! ?(?:시|분|초|년|학번))")
_CLOSING_QUOTE = re.compile(r"'(?![0-9]{2}(?![0-9]))")
#: A range of weekdays, each written as its one syllable: 월~금, 월~ 토.
_WEEKDAY_RANGE = re.compile(r"([월화수목금토일])(?:요일)?(?![가-힣0-9])")
#: Weekdays in brackets after a range of days (6~7일(토~일)): the days are dates.
#: A day of a month ending where a weekday in brackets starts, against it or a space apart.
_DAY_BEFORE_WEEKDAY = re.compile(r"[0-9]일 ?$")
_WEEKDAYS_AFTER = re.compile(r"\([월화수목금토일](?:[)~·,]|요일)")
_WEEKDAY_BEFORE = re.compile(r"(?<![가-힣0-9])[월화수목금토일]$")
#: A p-value after p and a comparison: p<0.05, p = .003, P≤0.01.
_P_VALUE = re.compile(r"[pP] ?([<>=≤≥]) ?(?=0?\.[0-9])")
_P_BOUNDS = {"<": " 미만", ">": " 초과", "≤": " 이하", "≥": " 이상", "=": ""}
#: An amount said in words with 수 or 몇 (수천억, 몇십만): the ends of a range of amounts.
_VAGUE_AMOUNT = re.compile(r"(?<![가-힣])(?:수|몇)[십백천만억조]+ ?$")
_VAGUE_AMOUNT_AFTER = re.compile(r"(?:수|몇)[십백천만억조]")
_TILDE_WORD = re.compile(r" ?~ ?(?=[가-힣])")
#: A temperature below zero with its degree, right before a tilde (-3.5도~, -2℃ ~).
_BELOW_ZERO_BEFORE = re.compile(r"(?<![0-9A-Za-z])-[0-9][0-9.,]* ?(?:도|℃|°C) ?$")
#: The second end of a range that says its own sign: ~영상 5도, ~ 영하 2℃.
_SIGNED_END = re.compile(r"(?:영상|영하) ?[0-9]")
#: The second end of a range of counted words after a tilde: a figure after at most one
#: short word (내년 2월, 오후 6시), or a word of time (올해, 연말).
_RANGE_END_AHEAD = re.compile(r"[가-힣]{0,3} ?[0-9]|(?:올해|내년|연말|연초|현재|지금|오늘|내일|이달|다음)")
#: A runway's designator: two digits of its heading and the letter of one of parallel runways.
_RUNWAY = re.compile(r"([0-3][0-9])([LRC])(?![A-Za-z0-9])")
#: The other end of the same runway after a hyphen or a slash (14L-32R, 09R/27L).
_RUNWAY_OTHER_END = re.compile(r"[-/]([0-3][0-9])([LRC])(?![A-Za-z0-9])")


@cache
def _runway_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word of ``data/runway_words.tsv`` right before a designator (활주로 33L) or right
    after it (15R 활주로)."""
    words = "|".join(sorted((re.escape(w) for w in table("runway_words.tsv")), key=len, reverse=True))
    return re.compile(rf"(?<![가-힣A-Za-z])(?:{words}) ?$"), re.compile(rf" ?(?:{words})")


def _runway(t: str, i: int, end: int) -> tuple[int, str] | None:
    """``활주로 33L`` → 삼삼 엘: a runway's designator, read as a code; with the other end of the
    runway after a hyphen, its heading 18 apart, both ends so (활주로 14L-32R → 일사 엘 삼이 알)."""
    m = _RUNWAY.match(t, i, end)
    if m is None or (i > 0 and (_digit(t[i - 1]) or t[i - 1] in ".,")):
        return None
    ends = [m]
    other = _RUNWAY_OTHER_END.match(t, m.end(), end)
    if other and abs(int(m.group(1)) - int(other.group(1))) == 18:
        ends.append(other)
    before, after = _runway_words()
    if not (before.search(t, max(0, i - 8), i) or after.match(t, ends[-1].end(), end)):
        return None
    return ends[-1].end(), " ".join(f"{digits(e.group(1), zero='공')} {latin.spell(e.group(2))}" for e in ends)


#: ``1Q24``, ``3Q``, ``1H25``: a quarter or half of a year in an earnings report.
_QUARTER = re.compile(r"([1-4])([QH])(?:'?([0-9]{2})|[ \t]((?:19|20)[0-9]{2})(?![0-9]| ?년))?(?![A-Za-z0-9])")
#: The same with the letter first (Q3 2025, H1'25, H2 2024), and a year that names it before
#: a half (2025년 H1, FY2025 H2) or a report after it (H1 실적): otherwise H1, H2 are names (H2
#: is hydrogen, H-1B a visa).
_LETTER_QUARTER = re.compile(r"([QH])([1-4])")
_LETTER_QUARTER_YEAR = re.compile(r"(?:['’]([0-9]{2})|[ \t]((?:19|20)[0-9]{2}))(?![0-9]| ?년)")
_HALF_YEAR_BEFORE = re.compile(
    r"(?:(?:19|20)[0-9]{2}(?:년|회계연도)?|FY ?[0-9]{2,4}|올해|지난해|작년|내년|올|하반기|상반기) ?$"
)
_HALF_REPORT_AFTER = re.compile(r" ?(?:실적|매출|영업이익|순이익|이익|결산|보고서|가이던스|전망|성장률|판매|출하|기준)")
_TIMES = re.compile(r"([0-9]{1,3}(?:\.[0-9]{1,2})?)[xX×](?=[ ,.)]|$)")
_TIMES_WORD = re.compile(r" ?배")
#: A word in capitals right before NX, whose name the NX ends (Dynamic AMOLED 2X), not a factor.
_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{2,} $")
#: An amount of money with an English scale after it: $1.5B, $300M, $50K, $2.1bn, $95.4 billion.
_SCALED = re.compile(
    r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]+))?"
    r"(K|M|B|T|bn|mn|tn| ?(?:thousand|million|billion|trillion))(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_SCALES = {"k": 3, "m": 6, "mn": 6, "b": 9, "bn": 9, "t": 12, "tn": 12}
_SCALES |= {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
#: The number of a model or a lineage after its name and a full stop (ID.4, XBB.1.5).
_DOT_MODEL = re.compile(r"\.([0-9]{1,2}(?:\.[0-9]{1,3})*)(?![0-9]|[.,][0-9])")
#: A number with a Latin letter right after it (or after its minutes and a space): where the
#: readings of 1080p, 2026E and 9AM are tried.
_LETTER_AFTER = re.compile(r"[0-9]+(?::[0-9]{2})? ?[A-Za-z]")
#: The lines of a video format (720p, 1080p): said 피, not 포인트.
_RESOLUTION = re.compile(r"(240|360|480|720|1080|1440|2160|4320)p(?![A-Za-z0-9])")
#: A move of an index after the figure (720p 상승): the p is its points.
_MOVE_AFTER = re.compile(r"(?:[가-힣]{1,2})? ?(?:상승|하락|올|내|급등|급락|떨어|뛰|빠|하회|상회|넘)")
#: A year with the letter of a forecast (E estimate, F forecast, P preliminary) after it.
_YEAR_ESTIMATE = re.compile(r"((?:19|20)[0-9]{2})([EFP])(?![A-Za-z0-9])")
_ESTIMATES = {"E": "추정치", "F": "전망치", "P": "잠정치"}
#: A clock time with AM or PM after it (9AM, 9:30 PM, 10 a.m.).
_CLOCK_AMPM = re.compile(r"([0-9]{1,2})(?::([0-9]{2}))? ?([AaPp])(?:[Mm]|\.[Mm]\.)(?![A-Za-z])")
#: The first time of a span with a hyphen, right before the second (10:00-11:30 AM).
_SPAN_FIRST = re.compile(r"(?<![0-9:])[0-9]{1,2}:[0-9]{2} ?[-–~∼〜] ?$")
#: A tilde and a clock time with AM or PM after it: the second end of a span (10:00~11:30 AM).
_TILDE_AMPM = re.compile(r" ?[~∼〜] ?[0-9]{1,2}(?::[0-9]{2})? ?([AaPp])(?:[Mm]|\.[Mm]\.)(?![A-Za-z])")
_HOUR_MINUTE = re.compile(r"([0-9]{1,2})(?::([0-9]{2}))?")
_MORNING = re.compile(r"[Aa]\.?[Mm]")


def _same_half(first: str, second: str) -> bool:
    """Whether two clock times written on a 12-hour dial (10:00, 11:30) fall in one half of the day,
    the second after the first, so that AM or PM written once after the second is the half of both:
    10:00-11:30 AM, 12:30-1:00 PM, 9:00-12:00 AM (nine to noon, as it is written), but not 11:00-1:00
    PM (from before noon to after it), 10:30-12:30 PM, or 10:00-6:00 AM (from the evening to the
    morning). ``second`` is the second time with its AM or PM."""
    a, b = _HOUR_MINUTE.search(first), _HOUR_MINUTE.search(second)
    if a is None or b is None or int(a.group(1)) > 12 or int(b.group(1)) > 12:
        return False
    if int(b.group(1)) == 12 and int(a.group(1)) < 12:
        # a morning that ends at twelve, as 9:00-12:00 AM is written for nine to noon: one half; an
        # evening that ends at 12:30 PM cannot be, so 10:30-12:30 PM crosses noon
        return _MORNING.search(second) is not None
    return (int(a.group(1)) % 12, int(a.group(2) or 0)) <= (int(b.group(1)) % 12, int(b.group(2) or 0))


#: 오전 or 오후 written right before a clock time.
_HALF_WORD_BEFORE = re.compile(r"(오전|오후) ?$")


def _half_before(t: str, i: int) -> str | None:
    """오전 or 오후 written right before the clock time at ``t[i]`` (오후 2:00-4:00 PM), or None."""
    m = _HALF_WORD_BEFORE.search(t, max(0, i - 3), i)
    return m.group(1) if m else None


#: AM or PM before a clock time, said as the Korean word for the half of the day.
_HALF_DAY = {"AM": "오전", "am": "오전", "PM": "오후", "pm": "오후"}
_CLOCK_AFTER = re.compile(r" ?[0-9]{1,2}(?::[0-9]{2}|시)")
_ORDINAL = re.compile(r"([0-9]{1,3})(st|nd|rd|th|ST|ND|RD|TH)")
#: A distance in thousands of metres written N K, a race's name before a word of a run (5K 펀런).
_RACE_DISTANCE = re.compile(r"([0-9]{1,2})K")
_HANGUL_AFTER = re.compile(r" ?([가-힣]+)")
_DIGIT_WORD = re.compile(r"[0-9]+[A-Za-z][A-Za-z0-9]*(?:-[0-9A-Za-z]+)*(?![A-Za-z0-9])")
#: A figure hyphened to a capitalised word (7-Eleven), which is a brand's where the word is an
#: English number's (_english_number_words).
_DIGIT_NUMBER_WORD = re.compile(r"([0-9])-([A-Z][a-z]+)(?![A-Za-z0-9-])")


@cache
def _english_number_words() -> frozenset[str]:
    """The Hangul of the numbers said in English (data/english_numbers.tsv: 세븐, 일레븐)."""
    return frozenset(table("english_numbers.tsv").values())


#: English words in brackets, each a plain word (not an acronym, not a model): a gloss.
_GLOSS_WORD = r"[A-Z]?[a-z]+(?:['’-][A-Za-z]+)*"
_WORD_GLOSS = re.compile(rf"\({_GLOSS_WORD}(?:(?: | ?& ?|, ){_GLOSS_WORD}){{0,5}}\)")
_LATIN_WORDS_BEFORE = re.compile(r"(?:[A-Za-z][A-Za-z'&.-]* )+$")
_MIXED_NAME_BEFORE = re.compile(r"[가-힣]+[A-Za-z]+$")
_REV_GLOSS = re.compile(r"\(([가-힣 ]+)\)")
#: E-mail addresses and web addresses, with a scheme, ``www.`` or a common top-level domain
#: (bokjiro.go.kr). Left out where they stand alone or in brackets (a byline, a source); read
#: aloud where the sentence needs them: a particle after one, attached or written apart
#: (www.korea.kr에서, abc@example.com 으로), a full stop ending the sentence it closes, and for
#: an e-mail more of the sentence after it. A mark that ends the sentence is not the address's.
#: A social media handle: @ at the start of a word, then the name (an e-mail has text before @).
_HANDLE = re.compile(r"@[A-Za-z0-9_]")
#: An address may be written defanged, as security notices write one so that it cannot be
#: followed (upd-sync[.]net, hxxps://evil[.]com, user[@]mail[.]com): its dot in brackets is a dot.
_URL_CHAR = r"(?:[^\s<>()\[\]\"'가-힣]|\[[.@:]\])"
_URL_LAST = r"[^\s<>()\[\]\"'가-힣.,!?:;]"
_DOT = r"(?:\.|\[\.\])"
_ADDRESS = re.compile(
    rf"[A-Za-z0-9._%+-]+(?:@|\[@\])[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)+"
    rf"|(?:h(?:tt|xx)ps?(?::|\[:\])//|www{_DOT}){_URL_CHAR}*{_URL_LAST}"
    rf"|(?<![A-Za-z0-9._%+-])[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)*{_DOT}(?:com|net|org|kr|io|ai|gov|edu|jp|cn|tv)"
    rf"(?:/(?:{_URL_CHAR}*{_URL_LAST})?)?(?![A-Za-z0-9])",
    re.ASCII,
)
#: The marks that defang an address, and what each stands for.
_DEFANGED = re.compile(r"\[([.@:])\]|^hxxp", re.ASCII)


def _refanged(address: str) -> str:
    """``address`` as it is followed: hxxps://evil[.]com → https://evil.com."""
    return _DEFANGED.sub(lambda m: m.group(1) or "http", address)


#: A particle written apart from the address before it (abc@example.com 으로): it joins it.
_SPACED_WORD = re.compile(r"[ \t]+([가-힣]+)(?![가-힣])")
#: The mark that ends a sentence, with closing quotes or brackets after it.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]」』]*(?:\s|$)")
#: More of the sentence after an e-mail: a word on the same line.
_MORE_AFTER = re.compile(r"[ \t]+[^\s]")
#: The rest of a sentence after an address that opens its line: Hangul words, then a stop.
_SENTENCE_AFTER = re.compile(r"[ \t]+[가-힣][^\n]*[.!?…][\"'”’)]*[ \t]*(?:\n|$)")
#: Hangul words after an address to the end of a line with no stop (www.mapo.go.kr 접속,
#: www.kbs.co.kr 화면 캡처): the address is read unless the words end in a credit (``_credit_after``).
_WORDS_AFTER = re.compile(r"[ \t]+[가-힣][^\n.!?…]*(?:\n|$)")
#: The Hangul word (with a colon after it or not) that an address closing its line belongs to
#: (문의: help@korea.kr, 자세한 내용은 www.korea.kr): the address is said.
_LABEL_BEFORE = re.compile(r"([가-힣]+)[ \t]*[:：]?$")
#: The end of a line, marks before it or not.
_LINE_END = re.compile(r"[ \t]*[.!?…]*[ \t]*(?:\n|$)")
#: A zero as a range's second end: neither above nor below zero (-12~0도 → 영하 십이에서 영 도).
_ZERO_END = re.compile(r"0(?![0-9.,])|0\.0*(?![0-9])")

#: What follows the minus sign of a temperature: -3도, -5~2℃, -0.5°C, -3~영상 4도.
_TEMPERATURE = re.compile(r"[0-9][0-9.,]*(?: ?~ ?(?:(?:영상|영하) ?)?-?[0-9][0-9.,]*)? ?(?:도|℃|°C)")
#: A figure after its minus sign with no unit of its own, where a weather word before it
#: makes it a temperature (최저기온 -3, 최고 5): a pause, a line's end or a particle after it.
_BARE_TEMPERATURE = re.compile(
    r"[0-9][0-9.,]*(?: ?~ ?-?[0-9][0-9.,]*)?"
    r"(?=[ \t]*(?:[,;)…\n]|\.(?![0-9])|$)"
    r"|에서|까지|안팎|내외|였|이었|이다|다(?![가-힣])|[로를을의이가은는와과](?![가-힣]))"
)
#: A weight class of a combat sport or weightlifting after its sign (-100kg급: up to 100kg).
_WEIGHT_CLASS = re.compile(r"[0-9]+(?:\.[0-9]+)? ?(?:kg|㎏|킬로그램) ?급")
#: The signs of currencies written before an amount (money.CURRENCY_BEFORE: $, ₩, ฿ …), as a class.
_CURRENCY_SIGN = "[" + re.escape("".join(money.CURRENCY_BEFORE)) + "]"
_AMOUNT_AFTER = re.compile(rf" ?{_CURRENCY_SIGN}?[0-9]")
#: A quantity with its unit right before an equals sign (1t=, 1돈=, 1oz =), with a price after
#: it (_price_after): the price of that quantity, said with 에 as an exchange rate is.
_QUANTITY_BEFORE = re.compile(r"[0-9] ?(?:[A-Za-z㎏㎎㎖ℓ㎡㎥]{1,3}|[가-힣]{1,2}) ?$")


@cache
def _currency_names() -> str:
    """The names of the currencies said after an amount, longest first, as alternatives of a
    pattern: those of data/currency_codes.tsv and of the signs and dollars of money (달러,
    홍콩달러, 바트, 루피 …)."""
    names = {*_currency_words(), *money.CURRENCY_BEFORE.values(), *money.DOLLAR_PREFIX.values()}
    return "|".join(sorted(names, key=len, reverse=True))


@cache
def _rate_before() -> re.Pattern[str]:
    """``1달러=1,385원``, ``฿100=``, ``1 USD =``: an amount with its currency right before an
    equals sign, which an amount of another currency may give."""
    sign, names = _CURRENCY_SIGN, _currency_names()
    return re.compile(
        rf"(?:[0-9](?:[천만억]? ?(?P<name>{names})|(?P<sign>{sign})| ?(?P<code>[A-Z]{{3}}))"
        rf"|(?P<lead>{sign})[0-9][0-9.,]*) ?$"
    )


@cache
def _price_after() -> re.Pattern[str]:
    """An amount with its currency right after an equals sign (=1만 원, = $30, =3만 동, = 1,380
    KRW)."""
    codes = "|".join(table("currency_codes.tsv"))
    return re.compile(
        rf" ?(?:(?P<sign>{_CURRENCY_SIGN})[0-9]|[0-9][0-9.,]*(?:[십백천만억조] ?[0-9.,]*)*"
        rf" ?(?:(?P<name>{_currency_names()})|(?P<code>{codes})(?![A-Za-z])))"
    )


def _currency(m: re.Match[str]) -> str:
    """The currency, as said, of an amount that _rate_before or _price_after found."""
    found = m.groupdict()
    sign = found["sign"] or found.get("lead")
    if sign:
        return money.CURRENCY_BEFORE[sign]
    return table("currency_codes.tsv").get(found["code"], found["code"]) if found["code"] else found["name"]


#: A figure right before an arrow (9%→13%, 3.5원 → 4원, 2,000명→3,000명, 12만 원→15만 원,
#: 3%대→2%대, 0.25mg→0.5mg→1mg).
_FIGURE_CHANGE = re.compile(r"[0-9](?:[%‰]p?대?|(?:[만억조] ?)?[가-힣]{1,2}|[A-Za-z㎎㎏㎖ℓ㎡㎥㎞㎝㎜㎍℃]{1,3})? ?$")
#: What may end the first of two things an arrow joins besides a letter or a digit (3℃ →, 'A'→).
_ARROW_FROM_END = "%‰℃℉)'\"’”㎡㎞㎏㎜"
#: The word after a double arrow; with 로 or 으로 at its end, the new state of a change (⇒ 중립으로).
_ARROW_STATE = re.compile(r" *[가-힣]+")
#: The second of two things an arrow joins, then 순 as a word: the arrow gives an order (매출 → 이익
#: 순이다); a name ending in 순 ('김영순') is no order.
_ORDER_AFTER = re.compile(r"[^\s→⇒]+ 순(?:으로|이다|이며|이고|서|(?![가-힣]))")
_POWER_BEFORE = re.compile(r"(?:\^-?[0-9]{1,3}|[⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+) ?$")
_OPERAND_BEFORE = re.compile(r"(?<![0-9,.])([0-9][0-9,]*(?:\.[0-9]+)?) ?$")
_AGE = re.compile(r"(?:[1-9][0-9]?|1[01][0-9])(?=\)|·(?:여|남)\)|·[가-힣A-Za-z][^()\n]{0,15}\))")
#: A name of three syllables (four with a surname of two) standing as a word, and the
#: particle after its bracketed age (손흥민(32)이, 윤정임(62)을 만났다, 윤정임(62)에게), or
#: the next name of a pair, with its own age (이준호(38)·김하늘(35) 부부).
_NAME_BEFORE = re.compile(r"(?<![가-힣])[가-힣]{3,4}$")
_AGE_PARTICLE = re.compile(
    r"(?:(?:이|가|은|는|의|도|와|과|을|를|에게|께서|한테|만|처럼)(?![가-힣])|·[가-힣]{3,4}\([1-9][0-9]?\))"
)
#: The age after the sex in a person's brackets: (여·32).
_SEX_FIRST_AGE = re.compile(r"(?:[1-9][0-9]?|1[01][0-9])(?=\))")
_AGE_SEX = {"·여": " 여성", "·남": " 남성"}
_AGE_AFTER = re.compile(r" ?([가-힣]+?)(?:[은는이가을를의와과도께에]|에게|께서|이다|입니다|였다|이었다)?(?![가-힣])")
_OPENERS = "([{'\"“‘「『《〈【"
#: A vehicle registration: two or three digits, a syllable of the registration series, four
#: digits. Written with a space before the four digits it needs a vehicle word before it.
_PLATE = re.compile(
    r"([0-9]{2,3})([가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자배하허호])"
    r"( ?)([0-9]{4})(?![0-9,.]|[가-힣](?<![을를이가은는의와과로도])|[을를이가은는의와과로도][가-힣])"
)
#: A vehicle word after a registration written with a space (12가 3456 차량이).
_PLATE_AFTER = re.compile(
    r" ?(?:차량|승용차|택시|버스|트럭|오토바이|차)(?:[이가은는을를의와과도로에]|에서)?(?![가-힣])"
)
_PLATE_BEFORE = re.compile(
    r"(?:차|차량|번호|번호판|택시|버스|트럭|승용차|오토바이)(?:[은는이가을를의]|로)? ?(?:[가-힣]+ )?$"
)
#: A change in a market table: ▲31.45, ▼0.3%, ↓3.5원 (an arrow before the figure) and
#: 0.05%p↑ (after it) read 상승/하락 after the figure. A plain integer needs a figure before the
#: arrow (2,650 ▲31); a bullet (▲1차, ▲20대, ▲1. 개요) and a figure whose direction is said in
#: words (▲1.2% 상승한) are left alone. A headline's ellipsis or middle dot, or a full stop, may
#: end the figure (▲2.3%…9개월, ▼5.1%·수입, 수출은 ▲2.3%.). △ right before a figure is not a rise but its minus,
#: as Korean accounts write a negative figure (△2.1% → 마이너스 이 점 일 퍼센트).
_UP, _DOWN = "▲△↑", "▼▽↓"
_CHANGE_END = r"(?=[ \t(),/…⋯·]|\.(?![0-9])|$|[가-힣])"
_CHANGE = re.compile(
    r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?P<u1>%p|%\(p\)|%포인트|%|포인트|p|원|달러|엔|bp)?"
    + _CHANGE_END
    + r"|[0-9]+(?P<dec>\.[0-9]+)?(?P<u2>%p|%\(p\)|%포인트|%|포인트|p|원|달러|엔|bp)?"
    + _CHANGE_END
)
#: A particle on the figure of a change (매출 ▼3.1%를 기록): it follows 상승/하락 once said.
_CHANGE_PARTICLE = re.compile(
    r"(?:을|를|이|가|은|는|와|과|으로|로|의|에|도|만|이다|다|이었|였)(?![가-힣])|(?:이다|다|이었|였)"
)
#: A word of comparison right before an arrow (전년 대비 ▽3점, 전년比 ↑1만 명, 전월비 ▲2곳).
_COMPARED_BEFORE = re.compile(r"(?:대비|比|[년월기]비) ?$")
#: The figure after such an arrow, its groups of 만 and 억 and its counter (1만 8,082명, 3점); a
#: comma ends the figure where three digits do not follow (득점 ↑7, 실점 ↓2).
_COMPARED_FIGURE = re.compile(
    r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?(?:[만억조] ?[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)*[천만억조]* ?([가-힣]{1,2}?)"
    r"(?=(?:을|를|이|가|은|는|와|과|으로|로|의|에|도|이다|다|이었|였)?(?![가-힣]))"
)
#: The figure of the cell before a change, a space or a table's spacing or tab apart (4,500   ▲300).
_FIGURE_BEFORE = re.compile(r"[0-9][^ \t]*[ \t]*$")
#: A count right before an arrow of change (18만 명↑, 3천 건 ↓), its counter captured.
_COUNT_BEFORE = re.compile(r"[0-9][0-9,]*(?:[십백천만억] ?[0-9,]*)* ?([가-힣]{1,2}) ?$")
#: The last figure before an arrow, a unit or a counter after it (4m↑, 85m²↑, 30㎏ ↓), and the
#: word before the figure (체중 5㎏↑), its particle apart.
_LAST_FIGURE = re.compile(r"(?:([가-힣]+?)(이|가|은|는|도)? )?[0-9][0-9,]*(?:\.[0-9]+)?(?=[^0-9]{1,8}$)")
_DIRECTION_WORD = re.compile(
    r" ?(?:상승|하락|오른|오르|올라|올랐|올린|올려|올렸|내린|내려|내리|내렸|떨어|증가|감소|급등|급락"
    r"|상향|하향|늘|줄|뛰|뛴|반등|인상|인하|연장|단축|확대|축소)"
)


@cache
def _change_verb() -> re.Pattern[str]:
    """A word of change after a changed figure's particle (data/counter_context.tsv change_noun,
    change_plan, change_verb): a noun of change with any form of 하 or 되 (단축됐다, 인상할,
    인하될, 인상합니다), ending the clause (↓3개월로 단축.) or before a word of a plan (하향
    조정했다, 인상 예정이다), or a native verb's stem with its ending (줄었다, 늘릴, 뛰어 올랐다);
    not a word that only starts so: 뛰어난, 인상적인, 늘 (always), 연장 상영, 연장전."""
    r = roles()
    nouns = "|".join(sorted(r["change_noun"], key=len, reverse=True))
    plans = "|".join(sorted(r["change_plan"], key=len, reverse=True))
    verbs = "|".join(sorted(r["change_verb"], key=len, reverse=True))
    return re.compile(
        rf" (?:(?:{nouns})(?:[하한할함합해했되된될됨됩돼됐]|시키|시켰|시킨|시킬|시킵| (?:{plans})"
        rf"|(?![가-힣])(?! ?[가-힣]))|(?:{verbs}))"
    )


_FALL_AFTER = re.compile(
    r"(?:[가-힣]{1,2}(?=[ 감하내떨급줄축]))? ?(?:감소|하락|내린|내려|내리|내렸|떨어|급락|하향|인하|줄|축소)"
)
#: What follows the figure of a rate in per cent or a price: a range's second figure (3.20~3.40%),
#: if any, before the sign or the currency's name.
_RATE_RANGE = r"(?:[~-] ?[0-9][0-9,]*(?:\.[0-9]+)?)?"


@cache
def _rate_ahead() -> re.Pattern[str]:
    """The sign of a rate or the name of a currency (data/currency_codes.tsv: 달러, 원, 엔 …)
    after a figure, with a range's second figure before it (3.20~3.40%, 71.20달러)."""
    names = "|".join(sorted(_currency_words(), key=len, reverse=True))
    return re.compile(rf"{_RATE_RANGE}(%|{names})")


#: Two phases of a clinical trial joined by a slash (1/2상, 1/2a상, 2/3상), before 상; and the
#: word of a trial before them (임상 1/2a상) or after them (1/2상 임상).
_PHASES = re.compile(r"([1-3])/([2-4])([ab]?)(?=상)")
_TRIAL_BEFORE = re.compile(r"임상(?:시험)? ?$")
_TRIAL_AFTER = re.compile(r"상 ?임상")
#: The size of a tyre: width in millimetres, profile in per cent, the construction (R, ZR) and the
#: rim in inches (245/45R19, 225/55 ZR17).
_TYRE = re.compile(r"([1-3][0-9]{2})/([2-9][05]) ?(Z?R)F? ?(1[2-9]|2[0-4])(?![0-9])")
#: Two decades of age joined (2030: the 20s and 30s), or a band of ages from the start of one
#: decade to the end of another (2049: 20 to 49), read digit by digit; as such before a word
#: for people (``2030세대``, ``4050 남성``, ``2030 관객``, ``2049 시청률``: the
#: ``age_pair_after`` role of data/counter_context.tsv) or beside MZ.
_AGE_PAIR = re.compile(r"([1-9])0([1-9])[09](?![0-9])")


@cache
def _age_groups() -> re.Pattern[str]:
    """Two decades of age joined before a word for people (2030세대, 4050 여성, 2030 관객)."""
    words = role_alternation("age_pair_after")
    return re.compile(_AGE_PAIR.pattern + rf"(?=\)? ?(?:{words}))")


#: A figure of three digits or more that a slogan or a rule of thumb is named by: alone in
#: quotes before 라는 ('9988234'라는 말), or before a word of such a rule (888 원칙, 369 법칙).
#: A round figure or a year (100, 2024) is said as a number.
_SLOGAN = re.compile(r"(?!(?:19|20)[0-9]{2}(?![0-9]))([1-9][0-9]{1,6}[1-9])(?![0-9,.])")
_SLOGAN_QUOTED = re.compile(r"['‘\"“]([1-9][0-9]{1,6}[1-9])['’\"”](?:이?라는|이?란|이?라고)")
#: A number of four or five digits that is not a year, before a word that makes it a size
#: said digit by digit (4680 배터리, 21700 원통형).
_CELL_FORMAT = re.compile(r"(?!(?:19|20)[0-9]{2}(?![0-9])|[0-9]{1,2}000(?![0-9]))[1-9][0-9]{3,4}(?![0-9,.]) ?")
#: MZ written before two decades of age joined (MZ·2030).
_MZ_BEFORE = re.compile(r"MZ ?(?:[·/,]|와|와 ) ?$")
#: ``2+2`` and what may come between it and the word for a meeting after it.
_PLUS_MEETING = re.compile(r"([1-9])\+([1-9])(?![0-9])\)? ?")
#: Capital words between an opening quote and a word in capitals, and after it to the closing quote.
#: Not across an ampersand: 'AWS & MS', 'FDA & EMA' join names spelled by their letters.
_CAPS_BEFORE = re.compile(r"['‘\"“「『]((?:[A-Z0-9]+[ ,:]+)*)$")
_CAPS_AFTER = re.compile(r"((?:[ ,:]+[A-Z0-9]+)*)[?!.]?['’\"”」』]")
#: A full stop after an initial, before the next initial or a name (J.D. Vance, J. Powell).
_INITIAL_AFTER = re.compile(r"\.(?=[A-Z]\.|\x20[A-Z][a-z])")
#: The name right before a Roman numeral, a monarch's or a pope's where listed (Charles III).
_REGNAL_BEFORE = re.compile(r"([A-Za-z]+) $")
#: A word for a kind of work and a title of one or two words after it, right before a Roman
#: numeral (영화 록키 Ⅲ, 영화 스타워즈 에피소드 Ⅳ).
_TITLE_KIND = re.compile(r"(?<![가-힣])([가-힣]+) (?:[^\s'‘’\"“”]+ ){1,2}$")
#: A word for a kind of work before a quoted title, right before a Roman numeral (게임 '디아블로 Ⅳ).
_KIND_QUOTED = re.compile(r"(?<![가-힣])([가-힣]+) ['‘\"“「『][^'‘’\"“”\n]{1,20} $")
#: A word that an opening quote starts, right before a Roman numeral ('록키 Ⅱ').
_QUOTED_WORD = re.compile(r"['‘\"“「『][^\s'‘’\"“”]+ $")
#: A Boeing type number (보잉 737, 787 여객기): 칠삼칠, digit by digit.
_BOEING = re.compile(r"7[0-9]7(?![0-9])")
_BOEING_BEFORE = re.compile(r"보잉 ?$")
_BOEING_AFTER = re.compile(r"(?:-[0-9]+)? ?(?:맥스|MAX|기종|여객기|화물기|항공기|드림라이너|점보)")


@cache
def _case_number() -> re.Pattern[str]:
    """A court's case number: the year, the letters of data/case_codes.tsv and the serial,
    written as one (2022고단3456, 2017헌마1113)."""
    codes = "|".join(sorted(table("case_codes.tsv"), key=len, reverse=True))
    return re.compile(rf"((?:19[4-9]|20[0-9])[0-9])(?:{codes})(?=[0-9])")


#: Digits of the number of an issue (제N호) from which it is a register's number, said digit by
#: digit (허가 번호 제202700123호); a law's number (법률 제19234호) is shorter and said as a number.
_ISSUE_DIGITS = 6
#: A prison term before N월, which counts months there (징역 1년 6월 → 일 년 육 월).
_TERM_BEFORE = re.compile(r"(?:징역|금고|자격정지|실형|구형|형량) ?(?:[0-9]+ ?년 ?)?$")
#: Footnote marks, silent where they stand on a word (93.1%*로, 삼성전자†는).
_FOOTNOTE = "*†‡"
#: What makes a unit's letters a unit with no number before them: 당 (km당) or the word 단위
#: (km 단위로, ppm 단위).
_UNIT_ALONE = re.compile(r"당| ?단위")
#: Marks that come in runs, each silent (a rating in stars, a row of bullets).
_SILENT_RUN = frozenset("★☆●○◆◇■□▶▷")
#: Closing quotes and brackets: a space before them is the writer's, not a pause.
_CLOSERS = frozenset("\"”’'」』》〉)]")
#: The names of the marks that are circled numbers (①, ⑴ is parenthesized, ⒈ has a full stop).
_CIRCLED = ("CIRCLED DIGIT", "CIRCLED NUMBER", "DINGBAT NEGATIVE CIRCLED", "NEGATIVE CIRCLED")
#: A particle after a circled number, which names the mark (정답은 ③이다, ①과 ②의 차이).
_CIRCLED_PARTICLE = re.compile(
    r"(?:이다|이며|이고|으로|로|보다|에서|에|까지|부터|처럼|만큼|[이가을를은는의과와도])(?![가-힣])"
)
#: A circled number before one of these is a label read aloud (①번, ③항); elsewhere a bullet.
_LABEL_AFTER = re.compile(r"(?:번|항|호|안)(?![가-힣])|(?:번|항|호|안)(?:[은는이가을를의에과와도]|이다|으로|로|째)")
#: A fiscal year (FY2025, FY25), said as Korean writes it: 2025 회계연도.
_FISCAL_YEAR = re.compile(r"FY((?:19|20)?[0-9]{2})")
#: A capital letter and its number, a hyphen between or none (A-7, B3): a block of a site before a
#: word of the ``lot_after`` role.
_SITE_BLOCK = re.compile(r"([A-Z])-?([0-9]{1,3})")


@cache
def _lot_after() -> re.Pattern[str]:
    """A word of a block, a zone or a building of a site (``lot_after`` in data/counter_context.tsv),
    a space apart or not, ending there or with a particle: 블록, 구역에, 동 건물."""
    words = role_alternation("lot_after")
    particles = "|".join(sorted(_NOUN_PARTICLES, key=len, reverse=True))
    return re.compile(rf" ?(?:{words})(?=(?:{particles})?(?![가-힣]))")


#: The days left before an event (D-7, D-100), said 디 마이너스 as the countdown is.
_D_DAY = re.compile(r"D-([0-9]{1,3})")
#: The time left before a launch or a detonation (T-10분, T-30초, T-1시간, T-10:00), said 티
#: 마이너스 and the time as counted: the figure must carry a unit of time or be a clock, as T-50
#: is a trainer jet; the clock after it is then read as the time left (T-10:00 → 십 분).
_T_MINUS = re.compile(r"T-(?=[0-9]{1,3}(?:분|초|시간|일)(?![0-9])|[0-9]{1,2}:[0-9]{2}(?![0-9]))")
#: A generation after a model's series number (8 Gen 3).
_GEN_AFTER = re.compile(r" ?Gen ?[0-9]")
#: A generation number after a name that says it in English (Wi-Fi 6E → 와이파이 식스이).
_MODEL = re.compile(r"([0-9]{1,2})([A-Z]?)(?![A-Za-z0-9]|\.[0-9])")
#: A space after a model's number, and no number after it (폴스타 4 출시, not 기아 3 대 2's score),
#: no mark of a score or a span (기아 5 : 3, 현대차 3 - 2), and no other name with a number of
#: its own later on (기아 7 롯데 2, a line of baseball scores).
_MAKER_MODEL_END = re.compile(r" (?![0-9]|대 ?[0-9]|[:\-~–]|[^\s0-9]+ [0-9]+(?![0-9.,]*[가-힣A-Za-z%]))")
#: A number and a space before the maker: the maker is a team after another's score (삼성 5 기아 3).
_SCORE_BEFORE_MAKER = re.compile(r"[0-9] [^\s0-9]+ $")
_MODEL_NAME_BEFORE = re.compile(r"([A-Za-z][A-Za-z-]*[A-Za-z]|[가-힣]+) ?$")
#: The mark and space between a label and a phone number: Tel. 02-…, Fax: 02-…, T 02-….
_LABEL_MARK = re.compile(r"\.? ?(?:[:：)] ?)?")
#: A year or a century after an era written before it: BC 500년, AD 79, BC 3세기.
_ERA_YEAR = re.compile(r" ?[0-9]{1,4}(?:년|세기|$|[ ,.)])")
#: ``30-30 클럽``: a club of two figures, said without 대.
_CLUB_AFTER = re.compile(r" ?클럽")
#: A feat of two equal round figures (30-30, 40-40: homers and steals) after which it is reached.
_FEAT_AFTER = re.compile(r"(?:을|를|의)? ?(?:달성|기록|고지|대기록|가입|클럽)")
#: An amount after a currency code (USD 100 → 백 달러).
#: The second currency of a pair quoted as an exchange rate (EUR/USD, USD/KRW).
_CODE_PAIR = re.compile(r"/([A-Z]{3})(?![A-Za-z])")
_CODE_AMOUNT = re.compile(r" ?[0-9]")
#: A name in Latin letters and a clock time or a ratio after its hyphen: KTX-10:30, A-2:1.
_CODE_CLOCK = re.compile(r"([A-Za-z][A-Za-z0-9-]*)-[0-9]{1,2}", re.ASCII)
#: Capitals with an hour written against them, the minutes after the colon (KTX10:30, ITX7:40).
_CAPS_CLOCK = re.compile(r"([A-Z]{2,6})(?:[01]?[0-9]|2[0-4])", re.ASCII)
_CLOCK_MINUTES = re.compile(r":[0-5][0-9](?![0-9:])")
#: A bound written before a figure with nothing compared before it: ≥90점 → 구십 점 이상.
#: A word of its own between a bound and its figure (소득 ≤ 중위 50%, 나이 ≥ 만 65세).
_BOUND_NOUN = re.compile(r"([가-힣]{1,4}) (?=[0-9])")
_BOUND_SIGNS = {"≥": "이상", "≤": "이하", "≧": "이상", "≦": "이하"}
#: The full stop after the last letter of a dotted abbreviation, before a Korean word or a
#: closing bracket.
_ABBR_END = re.compile(r"\.(?: ?[가-힣]|\))")
#: A flight before 편: the airline's code and the number, digit by digit (OZ201편, 7C1234편).
_FLIGHT = re.compile(r"([A-Z]{2}|[A-Z][0-9]|[0-9][A-Z])([0-9]{2,4})")
#: A route's number with a letter before it (M7731번, N6201번), read digit by digit as a bus
#: number of three digits or more is.
_ROUTE = re.compile(r"([A-Z])([0-9]{3,5})")
#: A floor below ground before 층: B1층 → 지하 일 층.
#: The number of a standard after its series' letter and a full stop, said digit by digit: the
#: codecs and protocols of the ITU (H.265, G.711, X.509).
_STANDARD_NUMBER = re.compile(r"\.([0-9]{3})(?![0-9]|[.,][0-9])")
_BASEMENT = re.compile(r"B([1-9][0-9]?)")
#: A newspaper's page: a section letter and a number before 면 (A5면, B12면).
_PAGE = re.compile(r"[A-F][1-9][0-9]?")


@cache
def _page_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The word before a newspaper's page and one after it (data/counter_context.tsv)."""
    before = role_alternation("page_before")
    after = role_alternation("page_after")
    return re.compile(rf"(?<![가-힣])(?:[0-9]+ ?)?(?:{before}) ?$"), re.compile(
        rf"(?:에서|에|의|엔)? ?(?:['‘\"“][^'’\"”\n]{{1,30}}['’\"”] ?)?(?:{after})"
    )


def _on_page(t: str, i: int, j: int, end: int) -> bool:
    """Whether the letter and number before 면 ending at ``t[j]`` name a newspaper's page: a
    word of a date or a paper before it (24일자 A12면, 같은 날 B3면) or of an article after it."""
    before, after = _page_words()
    return bool(before.search(t, max(0, i - 8), i) or after.match(t, j, min(end, j + 40)))


#: A seat's number, its row and the letter of its place in the row (8호차 3D석, 12A 좌석, 좌석
#: 14C): read as the ticket says it, the row in Sino-Korean and the letter spelled (삼디 석),
#: not as an acronym (3D, 쓰리디) or a floor (15F, 층), where a word of a seat follows it or
#: stands before it (data/counter_context.tsv seat_after, seat_before). A listed acronym near
#: 좌석 (4D 좌석, 전 좌석 4K 영사기) is a cinema's kind of seat or screen, and F a floor (1F 좌석),
#: unless 석 follows directly (3D석, 14F석) or a seat_mark is before (5호차 12F).
_SEAT = re.compile(r"([0-9]{1,2})([A-K])(?![A-Za-z0-9])")
#: A particle or the end of a phrase right after a listed acronym after a plain 좌석 (좌석 3D에,
#: 좌석 4D를): the seat itself, where a noun after it (좌석 4D 체험관) makes the acronym a kind.
_SEAT_END = re.compile(r"(?:에서|으로|[을를이가은는에도의과와만로])(?![가-힣])|(?![가-힣A-Za-z0-9 ])")


@cache
def _seat_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A seat's word after its number, one before it, and a mark before it that makes any letter
    a seat's (data/counter_context.tsv seat_after, seat_before, seat_mark)."""
    after, before, mark = (role_alternation(role) for role in ("seat_after", "seat_before", "seat_mark"))
    return (
        re.compile(rf" ?(?:{after})(?:에서|으로|[을를이가은는에도의과와만로])?(?![가-힣])"),
        re.compile(rf"(?:{before})(?:[은는이가을를도]|번호는)? $"),
        re.compile(rf"(?:{mark})(?:[은는이가을를도]|번호는)? $"),
    )


@cache
def _plain_seat_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A plain word of a seat after a row and letter (no particle, no count after it), one
    before it with no word of a whole hall before it, and a word of a seat in a vehicle
    (data/counter_context.tsv seat_plain, seat_whole, seat_cue)."""
    plain = role_alternation("seat_plain")
    whole = role_alternation("seat_whole")
    cue = role_alternation("seat_cue")
    return (
        re.compile(rf" (?:{plain})(?![가-힣]| ?[0-9])"),
        re.compile(rf"(?:(?<![가-힣])({whole}) )?(?<![가-힣])(?:{plain}) $"),
        re.compile(cue),
    )


#: The copula right after a row and letter (32F였다, 3D다, 12A입니다).
_SEAT_IS = re.compile(r"(?:였|이었|이다|이며|이고|입니다|다)")


@cache
def _seat_topic() -> re.Pattern[str]:
    """A plain word of a seat with 은, 는, 이 or 가 right before a row and letter, with a word of
    one person's seat right before it or none (data/counter_context.tsv seat_plain, seat_own), a
    possessive (피해자의, 아들의, 김씨의; a place's, 이 식당의 좌석은 2F다, is a hall's floor), a
    person or a clause of what one did with it: 내 좌석은 21F였다, 김씨의 좌석은,
    A씨 좌석은, 그가 앉았던 좌석은, 예약한 좌석은, 좌석은 32F였다."""
    plain = role_alternation("seat_plain")
    own = role_alternation("seat_own")
    return re.compile(
        rf"(?:(?<![가-힣A-Za-z])({own}|[가-힣]+의|[A-Za-z가-힣]*씨|[가-힣]+[던한]) )?"
        rf"(?<![가-힣])(?:{plain})[은는이가] $"
    )


@cache
def _seat_hall() -> re.Pattern[str]:
    """A word of a hall (data/counter_context.tsv seat_hall: 영화관, 공연장, 극장), whose seats
    are a kind of seat or sit on a floor (이 영화관의 좌석은 4D다, 공연장 좌석은 1F다)."""
    return re.compile(role_alternation("seat_hall"))


@cache
def _seat_holder() -> re.Pattern[str]:
    """A word of who sits in a seat right after its row and letter (data/counter_context.tsv
    seat_holder: 좌석 3D 승객)."""
    words = role_alternation("seat_holder")
    return re.compile(rf" (?:{words})")


def _seat_at(t: str, seat: re.Match[str], end: int) -> bool:
    """Whether the row and letter of ``seat`` name a seat, by the words around it."""
    after_re, before_re, mark_re = _seat_words()
    i = seat.start()
    if t.startswith("석", seat.end()) or mark_re.search(t, max(0, i - 10), i):
        return True  # 3D석, 14F석, 5호차 12F
    if seat.group() in table("acronyms.tsv") or seat.group(2) == "F":
        plain_after, plain_before, cue = _plain_seat_words()
        before = plain_before.search(t, max(0, i - 10), i)
        plain = before is not None and not before.group(1)
        topic = _seat_topic().search(t, max(0, i - 16), i) if _SEAT_IS.match(t, seat.end(), end) else None
        hall = topic and _seat_hall().search(t, max(0, i - 24), min(end, seat.end() + 24))
        if topic and not hall and (topic.group(1) or cue.search(t, max(0, i - 24), min(end, seat.end() + 24))):
            # 기내 좌석은 32F였다, 내 좌석은 3D다, 김씨의 좌석은 12F였다: the seat of a vehicle or of
            # one person, said to be it; 이 영화관의 좌석은 4D다, 공연장 좌석은 1F다 are a hall's
            # kind of seat and its floor
            return True
        if seat.group(2) != "F":
            # 좌석 3D에: a plain 좌석 right before it and a particle after make a seat, or a word of
            # who sits there (좌석 3D 승객); 4D 좌석 도입, 좌석 4D 체험관, 전 좌석 4K 영사기 are a
            # kind of seat or screen
            held = _seat_holder().match(t, seat.end(), end) is not None
            return plain and (held or _SEAT_END.match(t, seat.end(), end) is not None)
        # 좌석 32F를, 37F 좌석 승객: F is a seat's letter after a plain 좌석, or before one with a
        # word of a seat in a vehicle near; 1F 좌석 배치도, 1F 좌석 500석 are floors
        after = plain_after.match(t, seat.end(), end)
        return plain or (after is not None and cue.search(t, max(0, i - 12), min(end, after.end() + 12)) is not None)
    return bool(after_re.match(t, seat.end(), end) or before_re.search(t, max(0, i - 10), i))


#: What follows a floor below ground written without 층 (B2 주차장, B1 식당가).
#: The second floor below ground of a span whose first is written without 층 (B1~B3층).
_BASEMENT_SPAN = re.compile(r"[~∼～]B[1-9][0-9]?층")
_BASEMENT_AFTER = re.compile(r" ?(?:주차장|식당가|푸드코트|매장|로비|출구)")
#: Ares before 당, as farm yields are given (쌀 10a당 523㎏); elsewhere a is a letter (Pixel 8a).
_ARE = re.compile(r"([0-9]+)a(?=당)")
#: A floor written with the letter F (3F 대강당, 12F): said 삼 층.
_FLOOR = re.compile(r"([1-9][0-9]?)F(?![A-Za-z0-9])")
#: ``№ 5``, ``№1``: 넘버 and the number (in English up to where Korean says it so).
_NUMERO = re.compile(r"№ ?([0-9]+)")
#: The number of a work after its catalogue's abbreviation (Op. 27, K.331), and the number of a
#: piece within it (Op. 27 No. 2, Op.27-2).
_CATALOGUE_NUMBER = re.compile(r"\.? ?([0-9]{1,4})(?:(?:,? No\. ?|-)([0-9]{1,2}))?(?![0-9A-Za-z])")
#: ``#1 히트곡``, ``빌보드 #1을``: the same, written with the number sign, a particle or nothing
#: after it; a number joined to a word (#1위, #2024여행) is a hashtag's, read as the number it is.
_NUMBER_SIGN = re.compile(
    r"#([0-9]{1,3})(?=[^0-9A-Za-z가-힣]|$|(?:을|를|은|는|이|가|의|에|도|만|와|과|으로|로|이다|였다)(?![가-힣]))"
)
#: ``No.1``, ``NO. 3``: the same, written with the Latin abbreviation.
_NO_NUMBER = re.compile(r"\. ?([0-9]+)(?![0-9.,])")
#: ``1. 정부는``, ``2) 여당은``: the number of a point at the start of a line, its mark
#: said as a pause (일, 정부는); a digit after the space is a date or a figure (3. 15.).
_BRACKET_POINT = re.compile(r"\(([0-9]{1,2})\)(?= +[^\s0-9])")
_POINT = re.compile(r"([0-9]{1,2})(?:\.(?= +[^\s0-9])|\)(?= +\S))")
#: Marks standing for a name withheld (김○○씨, ○○ 의원, △△기업, OOO 대표, OO시, 김OO 씨):
#: said 모; not the masked digits of a number (010-XXXX-1234).
_WITHHELD = re.compile(
    r"(?<![-0-9○◯△□◇*%])(?:[○◯△□◇*]{2,}|(?<![A-Za-z])(?:O{3,}|X{3,})(?![A-Za-z])"
    r"|(?<![A-Za-z])OO(?=[가-힣])|(?<=[가-힣])OO(?![A-Za-z]))(?![-0-9])"
)
#: The six-digit code of a firm listed in Seoul, in brackets after its name (삼성전자(005930),
#: (KRX:005930), (005930.KS)): a reference for the eye that no newsreader reads.
_STOCK_CODE = re.compile(r"\((?:(?:KRX|KOSPI|KOSDAQ|KS|KQ|코스피|코스닥) ?: ?)?[0-9]{6}(?:\.K[SQ])?\)")
#: ``2024고합123``: the year and series of a court case number, read as a cardinal.
_CASE_SERIES = re.compile(r"[가-힣]{1,3}[0-9]")


def is_hangul(c: str) -> bool:
    return "가" <= c <= "힣"


def _digit(c: str) -> bool:
    return "0" <= c <= "9"


# ---------------------------------------------------------------- numbers


def _phrase(t: str, i: int, end: int) -> tuple[int, list[tuple[str, str]]]:
    """A number with its 만/억/조/천/백 units: ``4조3000억`` → [("4", "조"), ("3000", "억")]."""
    comps: list[tuple[str, str]] = []
    j = i
    last = 99
    while True:
        m = _numeral(t, j, end)
        if not m:
            break
        num, k = m
        d = _DECIMAL.match(t, k, end)
        if d and not (d.end() + 1 < end and t[d.end()] == "." and _digit(t[d.end() + 1])):
            num, k = num + d.group(), d.end()
        if k < end and t[k] in _RANK and _RANK[t[k]] < last and not _rank_word().match(t, k, end):
            comps.append((num, t[k]))
            last = _RANK[t[k]]
            k += 1
            j = k
            k2 = k + 1 if k < end and t[k] == " " else k
            m2 = _numeral(t, k2, end) if k2 < end else None
            if m2 and "," not in m2[0]:
                after = m2[1]
                if after < end and t[after] in _RANK and _RANK[t[after]] < last:
                    j = k2
                    continue
                if (
                    last >= 2
                    and len(m2[0]) <= 4
                    and not (after + 1 < end and t[after] in ".,:/-·" and _digit(t[after + 1]))
                ):
                    comps.append((m2[0], ""))
                    j = after
            break
        comps.append((num, ""))
        j = k
        break
    return j, comps


def _rate_places(
    t: str, j: int, end: int, comps: list[tuple[str, str]], *, priced: bool = False
) -> list[tuple[str, str]]:
    """A rate in per cent or a price written to two places or more drops the zeros that end it,
    as a newsreader says it: 연 3.10% → 삼 점 일 퍼센트, 2.00% → 이 퍼센트, (+1.20%) → 일 점 이,
    온스당 2,718.40달러 → 이천칠백십팔 점 사 달러, $3.50 → 삼 점 오 달러; one place is said as
    written (3.0% → 삼 점 영, 1,380.0원), and so is a whole first end of a range."""
    ahead = _rate_ahead().match(t, j, end)
    if len(comps) != 1 or comps[0][1] or not (ahead or priced):
        return comps
    range_first = ahead is not None and ahead.start(1) > j  # 4.00~4.25%: the figure starts a range
    whole, _, places = comps[0][0].partition(".")
    if len(places) < 2 or not places.endswith("0"):
        return comps
    places = places.rstrip("0")
    if not places and range_first:
        return comps  # the first end of a range keeps its places (4.00~4.25% → 사 점 영영에서)
    return [(f"{whole}.{places}" if places else whole, "")]


def _read_comps(comps: list[tuple[str, str]]) -> str:
    parts = []
    for idx, (num, unit) in enumerate(comps):
        if unit:
            if num == "1" and (unit in "천백" or (unit == "만" and idx == 0)):
                parts.append(unit)
            elif "." in num:
                parts.append(decimal(num) + unit)
            else:
                parts.append(integer(num) + unit)
        else:
            parts.append(decimal(num) if "." in num else integer(num))
    return " ".join(parts)


#: 구 as a count of pitches (120구를 던졌다, 투구 수 98구), not the start of a word (119구급대).
_PITCHES = re.compile(r"구(?:[를가는은의로만씩째]|까지|$|(?![가-힣]))")


def _ordinal_suffix(n: int) -> str:
    """The letters an English ordinal of ``n`` ends in (1st, 2nd, 3rd, 11th, 21st)."""
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _range_scale(first: list[tuple[str, str]], second: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """The first end of a range written without the scale that the second end has: 2~3억원
    is 2억 to 3억, 5~10만 명 5만 to 10만, 3~4천만원 3천만 to 4천만 (None where the first end
    says its own scale, or is no smaller than the second: 1~2조, 2024~25만)."""
    if len(first) != 1 or first[0][1] or len(second) != 1 or "," in first[0][0] + second[0][0]:
        return None
    a, (b, unit) = first[0][0], second[0]
    try:
        fa, fb = float(a), float(b)
    except ValueError:
        return None
    for zeros in (3, 2):
        # a digit before a second end in 천 or 백 (4천만 is 4000만): 3~4천만 → 삼천만
        if "." not in a + b and fa < 10 and fb >= 10**zeros and fb % 10**zeros == 0 and fa * 10**zeros < fb:
            return [(a + "0" * zeros, unit)]
    if unit and fa < fb:
        return [(a, unit)]
    return None


def _value(comps: list[tuple[str, str]]) -> int | None:
    """The integer of a plain number (no units, no decimals), for choosing native numerals."""
    if len(comps) != 1 or comps[0][1] or "." in comps[0][0]:
        return None
    s = comps[0][0].replace(",", "")
    return int(s) if len(s) < 25 else None


#: ``3장 15조``, ``15조 2항``: 조 is an article of a law, not a trillion.
_ARTICLE = re.compile(r"([0-9]+)조(?![0-9]|각|원|달러|엔|위안|유로|파운드|\.[0-9])")
_CHAPTER_BEFORE = re.compile(r"[0-9]장 ?$")
#: The units of a law after a number: 편, 장, 절, 관, 조, 항, 호, 목.
_LAW_UNITS = "편장절관조항호목"
_CLAUSE_AFTER = re.compile(r" ?(?:제 ?)?[0-9]+(?:항|호)")


def _article(t: str, i: int, end: int) -> tuple[int, str] | None:
    """``N조`` at ``t[i:]`` numbering an article of a law (제15조, 3장 15조, 15조 2항):
    ``(end, reading)``, or None where 조 is a trillion (15조원, 15조의 예산)."""
    m = _ARTICLE.match(t, i, end)
    if not m:
        return None
    if (
        _ordinal_prefix(t, i)
        or _CHAPTER_BEFORE.search(t, max(0, i - 8), i) is not None
        or _CLAUSE_AFTER.match(t, m.end(), end) is not None
    ):
        return m.end(), integer(m.group(1)) + " 조"
    return None


#: ``'88 서울올림픽``, ``86아시안게임``: a two-digit year naming an event, read digit by digit.
_EVENT_YEAR = re.compile(r"([0-9]{2})(?![0-9])(?= ?[가-힣]{0,4}(?:올림픽|패럴림픽|아시안게임|월드컵|엑스포|박람회))")
#: ``타율 0.315``: a rate of three decimals.
_RATE = re.compile(r"[01]\.[0-9]{3}(?![0-9])")
_HANGUL_WORD = re.compile(r"[가-힣]+")
_HANGUL_END = re.compile(r"[가-힣]+$")
#: A count of points of baduk (덤 6집 반, 2집 반 승), its half written as .5 or not (덤 7.5집).
_POINTS = re.compile(r"([1-9][0-9]?)(\.5)?집")
#: The particles a word of baduk before N집 may take (흑이 15집, 백은 3집 앞선다).
_POINTS_PARTICLES = ("", "이", "은", "의", "도")
#: Particles after a noun, alone or stacked (美와, 北은, 中과의).
_NOUN_PARTICLE_WORDS = """
이 가 을 를 은 는 의 에 에서 에게 와 과 도 만 로 으로 까지 부터 보다 처럼 이나 나 이다 이며 이고
과의 와의 과는 와는 에는 에도 에서는 에서도 에게는 으로는 로는 보다는 까지도 만의 만이
"""
_NOUN_PARTICLES = frozenset(_NOUN_PARTICLE_WORDS.split())
#: The endings of a copula after a noun (비율이라, 비율입니다, 동수였다).
_COPULA_ENDINGS = f"다 이라 이라서 이라고 이라면 이라도 입니다 {_PAST_COPULA} 인 일 이면"
#: The end of a word after its stem: none, or a particle or a copula, with no syllable after it
#: (동수로, 축척이다, 비율에, 비율만, 비율보다, 비율이라; 동수원 is another word).
_WORD_TAIL = re.compile(
    rf"(?:{'|'.join(sorted(_NOUN_PARTICLES | set(_COPULA_ENDINGS.split()), key=len, reverse=True))})?(?![가-힣])"
)
#: The short end of a word of a result after a score: none, or a particle of its case (4:3 승리를,
#: 11:11 동수로), not one of a time's place or limit (승리에 도전, 승리만 바라본다).
_SHORT_TAIL = re.compile(r"(?:으로|로|[을를이가은는의도])?(?![가-힣])")
_WORD_BEFORE = re.compile(r"([가-힣]+) ?$")


def _event_year(t: str, i: int, end: int) -> tuple[int, str] | None:
    m = _EVENT_YEAR.match(t, i, end)
    if not m or (i > 0 and t[i - 1].isascii() and t[i - 1].isalnum()):
        return None
    return m.end(), digits(m.group(1), zero="공")


def _rate(t: str, i: int, end: int) -> tuple[int, str] | None:
    """A batting average or a winning rate after its name (타율 0.315 → 삼할 일푼 오리)."""
    m = _RATE.match(t, i, end)
    if not m or not _rate_named(t, i):
        return None
    return m.end(), hal_pun_ri(m.group())


def _rate_named(t: str, i: int) -> bool:
    """The name of a rate read in 할/푼/리 comes right before ``t[i]`` (타율 0.315, 승률은 .600)."""
    w = _WORD_BEFORE.search(t, max(0, i - 12), i)
    if not w:
        return False
    word = w.group(1)
    names = roles()["hal_rate"]
    return word in names or (word[:-1] in names and word[-1] in "은는이가도을를")


def _bare_decimal(t: str, i: int, end: int) -> tuple[int, str]:
    """A decimal written without its leading 0 (OPS .912 → 영 점 구일이, 타율 .315 → 삼할 일푼
    오리)."""
    m = _DECIMAL.match(t, i, end)
    if m is None:
        return i + 1, "."
    s = "0" + m.group()
    if len(m.group()) == 4 and _rate_named(t, i):
        return m.end(), hal_pun_ri(s)
    return m.end(), decimal(s)


def _dotted(t: str, i: int, end: int) -> tuple[int, str]:
    """A full stop before a Latin name: said 닷 where the name is (``data/address.tsv``:
    .NET → 닷넷, ASP.NET → 에이에스피 닷넷), silent inside a name (Node.js → 노드 제이에스,
    U.S. → 유에스)."""
    prev = t[i - 1] if i > 0 else " "
    m = latin.TOKEN.match(t, i + 1, end)
    said = table("address.tsv").get("." + m.group().lower()) if m else None
    if m and said:
        return m.end(), (" " if prev.isascii() and prev.isalnum() else "") + said
    return i + 1, ("" if prev.isascii() and prev.isalnum() else ".")


def _same_gloss(t: str, i: int, end: int) -> int | None:
    """Where a Latin gloss in brackets at ``t[i]`` ends, if it reads as the words written right
    before it (구글(Google)이, 유엔(UN)은, 전월 대비(MoM)): said once, not twice."""
    m = latin.TOKEN.match(t, i + 1, end)
    if not m or m.end() >= end or t[m.end()] != ")" or i < 1:
        return None
    if t[i - 1].isascii() and t[i - 1].isalpha():
        # a name of Hangul and Latin before it: 오픈AI(OpenAI), 카카오T(Kakao T)
        w = _MIXED_NAME_BEFORE.search(t, max(0, i - 24), i)
        said = w and re.sub("[A-Za-z]+", lambda x: latin.read_token(x.group()), w.group()).replace(" ", "")
        return m.end() + 1 if said and said == latin.read_token(m.group()).replace(" ", "") else None
    if t[i - 1].isdigit() and m.group().endswith(t[i - 1]):
        # a name of Hangul and a number glossed with its letters and the same number: 스텔라7
        # (STELLA7), 블루5(BLUE5); the number is said once, as written before the bracket
        j = i - 1
        while j > 0 and t[j - 1].isdigit():
            j -= 1
        number, letters = t[j:i], m.group()[: -(i - j)].rstrip("-")
        if j < 1 or not is_hangul(t[j - 1]) or not m.group().endswith(number) or not letters.isalpha():
            return None
        bare = t[:j] + "(" + letters + ")"
        return m.end() + 1 if _same_gloss(bare, j, len(bare) + 1) is not None else None
    if not is_hangul(t[i - 1]):
        return None
    k = i - 1
    while k > max(0, i - 24) and (is_hangul(t[k - 1]) or t[k - 1] == " "):
        k -= 1
    words = t[k:i].split()
    before = "".join(words)  # the Hangul words right before the bracket
    said = latin.read_token(m.group()).replace(" ", "")
    if before.endswith(said) or _gloss_repeats(m.group(), words):
        return m.end() + 1
    if m.group().isupper() and m.group().isalpha() and len(m.group()) > 2:
        # a name in capitals that the Hangul before writes as a word, not letter by letter:
        # 아크(ARC), 나토(NATO), not 아크(에이알씨)
        return m.end() + 1 if latin.caps_written_before(m.group(), before) else None
    if m.group().isupper() or not said:
        return None
    # an English word our spelling rules say a little differently (네이처(Nature), where they
    # say 내처): the same consonants in the syllables before the bracket
    skeleton = _consonants(said)
    for n in range(max(1, len(said) - 1), len(said) + 2):
        if n <= len(before) and _consonants(before[-n:]) == skeleton:
            return m.end() + 1
    return None


def _sign_gloss(t: str, i: int, end: int) -> int | None:
    """Where a Greek letter or a sign in brackets at ``t[i]`` ends, if the Hangul word right
    before it is its name (감마(γ)선, 퍼센트(%), 퍼센트포인트(%p)): said once, not twice."""
    close = t.find(")", i + 1, min(end, i + 4))
    if close < 0 or i < 1 or not is_hangul(t[i - 1]):
        return None
    sign = t[i + 1 : close]
    if len(sign) == 1 and ("\u0391" <= sign <= "\u03c9" or not sign.isalnum()):
        said = read_symbol(sign)[0].strip()
    elif sign and not sign.isalnum():
        said = table("units.tsv").get(sign, "")
    else:
        return None
    w = _WORD_BEFORE.search(t, max(0, i - 12), i)
    return close + 1 if said and w and w.group(1).endswith(said) else None


#: A unit written against its figure right before a bracket: 3,400K(켈빈), 500W(와트), 5%(퍼센트).
_UNIT_BEFORE_BRACKET = re.compile(r"[0-9]([^\s0-9(),.]{1,5})$")


@cache
def _unit_names(unit: str) -> frozenset[str]:
    """The names a unit's sign is read as: its reading in data/units.tsv, or in each field of
    data/context_units.tsv."""
    names = {table("units.tsv").get(unit, ""), *(row[1] for row in rows("context_units.tsv") if row[0] == unit)}
    return frozenset(name.replace(" ", "") for name in names if name)


def _unit_gloss(t: str, i: int, end: int) -> int | None:
    """Where a Hangul gloss in brackets at ``t[i]`` ends, if it names the unit written against the
    figure right before it (3,400K(켈빈), 60Hz(헤르츠), 5%(퍼센트)): the unit is read by that name
    already, so the gloss is said once, not twice (삼천사백 켈빈, not 켈빈 켈빈)."""
    close = t.find(")", i + 1, min(end, i + 12))
    m = _UNIT_BEFORE_BRACKET.search(t, max(0, i - 6), i)
    if close < 0 or not m:
        return None
    gloss = t[i + 1 : close].replace(" ", "")
    if not gloss or not all(is_hangul(ch) for ch in gloss):
        return None
    return close + 1 if gloss in _unit_names(m.group(1)) else None


def _gloss_repeats(gloss: str, words: list[str]) -> bool:
    """Whether a Latin ``gloss`` says again what ``words`` before it said, in a shorter or
    longer form: a unit after its short name (2나노(nm), 5킬로(kg)), or an abbreviation whose
    words all come, in order, in the phrase (전년 동기 대비(YoY): 전년 대비)."""
    if not words:
        return False
    unit = table("units.tsv").get(gloss, "")
    if len(words[-1]) >= 2 and unit.startswith(words[-1]):
        return True
    said = latin.read_token(gloss).split()
    if len(said) < 2 or said[-1] != words[-1]:
        return False
    rest = iter(words)
    return all(any(w == s for w in rest) for s in said)


def _consonants(word: str) -> list[int]:
    """The initial consonants of the syllables of ``word`` that have one (not ㅇ)."""
    leads = [(ord(c) - 0xAC00) // 588 for c in word if is_hangul(c)]
    return [x for x in leads if x != 11]


def _withheld(t: str, j: int, end: int) -> str:
    """모 for the marks of a withheld name ending at ``t[j]``: joined to a surname before it, to
    씨 or a particle after it (김○○씨 → 김모씨), a word of its own before a noun (△△기업 → 모
    기업)."""
    w = _HANGUL_WORD.match(t, j, end)
    joined = not w or w.group() in _NOUN_PARTICLES or w.group().startswith(("씨", "군", "양"))
    return "모" if joined else "모 "


@cache
def _weather_before() -> re.Pattern[str]:
    """A weather word of ``temperature_words.tsv`` before a figure, in the same sentence."""
    words = "|".join(sorted(table("temperature_words.tsv"), key=len, reverse=True))
    # the word, its 기온 or 온도, a particle, and at most one short word (a place) before the
    # figure: 최저기온 -3, 체감온도는 -15, 아침 기온은 서울 -3 (not 최저임금 인상률 -3); the
    # places of a list after it too (서울 -3, 춘천 -7)
    item = r"-?[0-9][0-9.]*(?:도|℃)?, ?[가-힣]{1,4} "
    return re.compile(rf"(?:{words})(?:기온|온도)?(?:은|는|이|가|도|:)?(?: [가-힣]{{1,4}})?[ :]*(?:{item})*$")


def _angle_before(t: str, i: int) -> bool:
    """Whether a word of an angle (the angle role of data/counter_context.tsv) stands shortly
    before ``t[i]``: its degrees are an angle's (회전 각도는 -30도~30도), not a temperature's."""
    return any(w in t[max(0, i - 20) : i] for w in roles()["angle"])


#: A word of comparison right before a signed figure, which makes it a difference (평년 대비
#: -1.2℃, 전년比 -2.1℃, 평년보다 -1.5℃), not a temperature below zero.
_DIFFERENCE_BEFORE = re.compile(r"(?:대비|比|보다|비해) ?$")


def _below_zero(t: str, i: int, end: int) -> bool:
    """Whether the figure at ``t[i]``, after a minus sign, is a temperature below zero (영하):
    a degree follows it (-3도, -3~영상 4도, -5~-1℃), or a weather word comes before it
    (최저기온 -3, 최고 5); 성장률 -0.3% stays 마이너스."""
    deg = _TEMPERATURE.match(t, i, end)
    if deg and _DIFFERENCE_BEFORE.search(t, max(0, i - 8), i - 1):
        return False  # 평년 대비 -1.2℃, 전년比 -2.1℃: a difference, 마이너스
    if deg:
        # 회전 각도는 -30도: an angle, 마이너스
        return not (deg.group().endswith("도") and _angle_before(t, i))
    bare = _BARE_TEMPERATURE.match(t, i, end) is not None
    return bare and _weather_before().search(t, max(0, i - 80), i - 1) is not None


#: The group of a lottery ticket before its number (연금복권 '4조 582931', 4조 '582931', each
#: group's: 각 조 '682944'): a number of five digits or more with no separator after it is the
#: ticket's, not an amount after 4조.
_TICKET_GROUP = re.compile(r"(?:(?<![0-9,.])[1-9]|각 ?)조 ['‘\"“]?$")


@cache
def _code_before() -> re.Pattern[str]:
    """A word of ``code_words.tsv`` before a number of four digits or more: ...번호 (a postcode,
    an account, a receipt), 내선, 인증코드, OTP: a code, read digit by digit. One word may come
    between (주민등록번호 앞자리 900101); the code may sit in brackets (인증번호(123456)) or
    quotes (인증번호는 '123456') or after a number sign (주문번호 #12345)."""
    words = "|".join(sorted(table("code_words.tsv"), key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])(?:{words})(?:[은는이가을를]|로는)? ?(?:[가-힣]+ )?[:：]? ?[(\[（#'‘\"“]?$")


@cache
def _code_after() -> re.Pattern[str]:
    """A currency code after an amount (100 USD, 10억 KRW)."""
    codes = "|".join(table("currency_codes.tsv"))
    return re.compile(rf" ?({codes})(?![A-Za-z0-9])")


def _flight(f: re.Match[str]) -> str:
    """``OZ201`` → 오제트 이공일: a flight number is read digit by digit, as is its code."""
    code = "".join(digits(c) if c.isdigit() else latin.spell(c) for c in f.group(1))
    return f"{code} {digits(f.group(2), zero='공')} "


def _numero(m: re.Match[str]) -> tuple[int, str]:
    """넘버 and the number of ``m`` (in English up to where Korean says it so)."""
    return m.end(), "넘버 " + (latin.english_number(m.group(1)) or integer(m.group(1)))


def _route_list(t: str, i: int, end: int) -> tuple[int, str] | None:
    """Routes of a list before the one 번 they share, each maybe after its word (간선 472·지선
    4212번, 7212·7019번 버스, 간선 152, 162번): where the last is read digit by digit (a bus
    route's, data/counter_context.tsv digits_before and digits_after), so is every one, not
    사백칠십이 before 사이일이 번."""
    if i > 0 and (_digit(t[i - 1]) or t[i - 1] in ".,"):
        return None
    m = _ROUTE_LIST.match(t, i, end)
    if not m:
        return None
    last = re.search("[0-9]+$", m.group())
    assert last is not None
    cend = m.end() + 1
    if counter.context_class(t, last.start() + i, cend, end, int(last.group()), "번", "native") != "digits":
        return None
    said = re.sub("[0-9]+", lambda d: digits(d.group(), zero="공"), m.group())
    return m.end(), said.replace("·", " ") + " "


def _labeled_list(t: str, i: int, end: int) -> tuple[int, str] | None:
    """Counts of a list, each after its word, before the one counter they share: 금 13, 은 9,
    동 10개 → 금 열세, 은 아홉, 동 열 개 (each is a count of 개), where only the last was
    counted and the others said as bare numbers; 금 5·은 3·동 2개 → 금 다섯, 은 세, 동 두 개."""
    m = _LABELED_LIST.match(t, i, end)
    c = counter.match_counter(t, m.end(), end) if m else None
    if not (m and c) or c[1] != "native" or (i > 0 and (_digit(t[i - 1]) or t[i - 1] in ".,")):
        return None
    nums = [int(x) for x in re.findall("[0-9]+", m.group())]
    cend = m.end() + (0 if t.startswith(c[0], m.end()) else 1) + len(c[0])
    if counter.context_class(t, m.end() - len(str(nums[-1])), cend, end, nums[-1], c[0], "native") != "native":
        return None
    words = iter(counter.read_count(x, "native", c[0]) for x in nums)
    return m.end(), re.sub("[0-9]+", lambda _: next(words), m.group()).replace("·", ", ") + " "


def _numbered_part(t: str, i: int, j: int, end: int) -> bool:
    """Whether the number at ``t[i:j]`` follows 제 and comes before a unit of a form or a law
    (the part_counter role: 호, 조, 항), so that a pair in it is a number and its part, not a span
    of years or a season (고시 제2025-41호)."""
    if not _ordinal_prefix(t, i):
        return False
    c = counter.match_counter(t, j, end)
    return c is not None and c[0] in roles()["part_counter"]


def _ordinal_prefix(t: str, i: int) -> bool:
    """``제`` right before the number, at the start of a word: 제20대, 제3회; or after the
    unit of a law written without a space (제2조제1항제3호)."""
    return i >= 1 and t[i - 1] == "제" and (i < 2 or not is_hangul(t[i - 2]) or t[i - 2] in _LAW_UNITS)


#: A word of an affiliation after a bracketed age, with a gloss in brackets or none
#: (한빛과학기술원(HIST), 한빛대), and the words after it.
_AFFILIATION = re.compile(r" [가-힣A-Za-z0-9]+(?:\([^()\n]{1,15}\))?(?= )")


def _title_after(t: str, k: int, end: int) -> bool:
    """Whether a title that makes a bracketed number an age follows one or two words of an
    affiliation at ``t[k]`` (한빛과학기술원(HIST) 교수, 한빛대 화학과 교수는)."""
    for _ in range(2):
        m = _AFFILIATION.match(t, k, end)
        if m is None:
            return False
        k = m.end()
        after = _AGE_AFTER.match(t, k, end)
        if after and any(after.group(1).endswith(w) for w in roles()["age_after"] if len(w) > 1):
            return True
    return False


#: A name in quotes after the word for its bearer's kind, right before a bracket: 반려견 '초코'(,
#: 가수 '하늘'(
_QUOTED_NAMED = re.compile(r"([가-힣]+) ['‘\"“][^'‘’\"“”()\n]{1,12}['’\"”]$")


def _quoted_named(t: str, i: int) -> bool:
    """Whether the bracket at ``t[i - 1]`` follows a quoted name after the word for an animal's
    kind (반려묘 '나비'(3), 판다 '푸름'(4)) or a person's calling (가수 '하늘'(25), 배우 '민지'(31)),
    whose bracketed number is its bearer's age; a film's or a song's quoted title keeps it."""
    m = _QUOTED_NAMED.search(t, max(0, i - 40), i - 1)
    if m is None:
        return False
    return m.group(1).endswith(_named_kinds())


@cache
def _named_kinds() -> tuple[str, ...]:
    """The words for an animal's kind or a person's calling before a quoted name (see _quoted_named)."""
    return tuple(roles()["animal"] | {w for w in roles()["age_after"] if len(w) > 1})


def _age(t: str, i: int, end: int) -> tuple[int, str] | None:
    """A person's age in brackets after the name: 김모(45)씨, 홍길동(72) 할머니 → 사십오 세;
    이모씨(28·여) → 이십팔 세 여성; 김하성(28·샌디에이고) → 이십팔 세 샌디에이고; an animal's or a
    person's after the quoted name: 반려묘 '나비'(3)는 → 삼 세, 가수 '하늘'(25)도 → 이십오 세."""
    m = _AGE.match(t, i, end)
    withheld = _WITHHELD.search(t, max(0, i - 4), i - 1) is not None
    animal = m is not None and _quoted_named(t, i)
    if not m or i < 2 or t[i - 1] != "(" or not (is_hangul(t[i - 2]) or "A" <= t[i - 2] <= "Z" or withheld or animal):
        return None
    sex = _AGE_SEX.get(t[m.end() : m.end() + 2], "")
    if not sex and t.startswith("·", m.end()):
        # 김하성(28·샌디에이고), 이모(45·무소속): the age before a team or an affiliation
        return m.end(), f"{sino(int(m.group()))} 세"
    close = m.end() + (2 if sex else 0)
    after = _AGE_AFTER.match(t, close + 1, end)
    # 김모(45), 이모씨(28·여), A씨(45)는: the name or the sex says it is a person
    named = t[i - 2] in "모씨군양옹" or withheld or animal
    # 최 대표(58)는: a title right before the bracket says it is a person too
    title = _WORD_BEFORE.search(t, max(0, i - 12), i - 1)
    titles = (w for w in roles()["age_after"] if len(w) > 1)
    titled = int(m.group()) >= 10 and title is not None and any(title.group(1).endswith(w) for w in titles)
    # 손흥민(32)이: a name of two or three syllables with a particle after the bracket
    name = _NAME_BEFORE.search(t, max(0, i - 6), i - 1) if 10 <= int(m.group()) < 100 else None
    # 이천시(32)가, 박물관(32)이: a city or an office whose first syllable is a surname is no name
    person = name is not None and name.group()[:-2] in table("surnames.tsv")
    person = person and name is not None and name.group()[-1] not in roles()["noun_end"]
    # 오정민(52) 한빛과학기술원(HIST) 교수: a name, then its affiliation and its title
    person = person and (_AGE_PARTICLE.match(t, m.end() + 1, end) is not None or _title_after(t, close + 1, end))
    if not (named or sex or titled or person) and not (after and after.group(1) in roles()["age_after"]):
        return None
    return close, f"{sino(int(m.group()))} 세{sex}"


#: 도 ending a word: the particle "also" after a model's number.
_ALSO = re.compile(r"도(?![가-힣])")
#: The copula 인 after a model's number, before the noun it describes (파4인 16번 홀, 파5인 18번
#: 홀에서), which is not the counter of people (4인 가족).
_COPULA_IN = re.compile(r"인(?= |$)")


@cache
def _model_name_ends() -> frozenset[str]:
    return frozenset(w[-1] for w in roles()["english_model"])


def _after_model_name(t: str, i: int) -> bool:
    """Whether ``t[i]`` follows a name whose model numbers are said in English (Wi-Fi 7,
    Snapdragon 8 Gen 3, DeepSeek R1)."""
    k = i - 1 if i > 1 and t[i - 1] == " " else i
    if k < 1 or t[k - 1] not in _model_name_ends():
        return False
    w = _MODEL_NAME_BEFORE.search(t, max(0, i - 16), i)
    return w is not None and w.group(1) in roles()["english_model"]


def _english_model(t: str, i: int, end: int) -> tuple[int, str] | None:
    """A model number said in English after its name: Wi-Fi 6E → 식스이, 와이파이 7 → 세븐."""
    m = _MODEL.match(t, i, end)
    # the series before a generation is English too: Snapdragon 8 Gen 3 → 에잇 젠 쓰리
    series = m is not None and _GEN_AFTER.match(t, m.end(), end) and _MODEL_NAME_BEFORE.search(t, max(0, i - 16), i)
    # a model's one digit after its maker, with a particle or a space after it: 폴스타 4가 → 포가
    # (not a score or a span: 기아 5-3, 기아 3·4월)
    k = m.end() if m is not None and len(m.group()) == 1 and latin.after_maker(t[max(0, i - 12) : i]) else 0
    maker = (
        k > 0
        and not _SCORE_BEFORE_MAKER.search(t, max(0, i - 16), i)
        and (
            k >= end
            or _PARTICLE.match(t, k, end) is not None
            # a counter after the space counts (현대차 2 곳에, 테슬라 3 년 만에)
            or (_MAKER_MODEL_END.match(t, k, end) is not None and not counter.spaced_counter(t, k + 1, end))
        )
    )
    numbered = bool(m and not m.group(2) and latin.numbered_name(t, i, m.end()))
    if not (series or maker or _after_model_name(t, i) or numbered):
        return None
    said = latin.english_number(m.group(1)) if m else None
    if not (m and said):
        return None
    # 인 after it is the copula, not a count of people: 파4인 16번 홀; 도 ending the word after a
    # name in capitals is the particle (신형 ARC 9도 준비한다 → 나인도), no degrees
    copula = _COPULA_IN.match(t, m.end(), end) is not None or (numbered and _ALSO.match(t, m.end(), end) is not None)
    if not copula and (counter.match_counter(t, m.end(), end) or measure.match_unit(t, m.end(), end)):
        return None  # 와이파이 20곳: a count
    if m.group(2) and measure.match_unit(t, m.start(2), end):
        return None  # the letter is a unit of the figure: 다진 파 1T를 넣고 → 한 큰술, not 원티
    return m.end(), said + latin.spell(m.group(2))


def _part_of_count(num: str, den: str, counted: tuple[str, str, str | None] | None) -> str | None:
    """A fraction ``num``/``den`` before the counter ``counted`` (a match of
    :func:`counter.match_counter`) of people, cases or places (the part_of_count role): so many
    of that count, 361/382건 → 삼백팔십이 건 중 삼백육십일 건; None for any other."""
    if not counted or counted[0] not in roles()["part_of_count"] or counted[2] is not None:
        return None
    den = den.replace(",", "")
    if len(num) > 9 or len(den) > 9 or not 0 < int(num) <= int(den):
        return None
    word, cls = counted[0], counted[1]
    return f"{counter.read_count(int(den), cls, word)} {word} 중 {counter.read_count(int(num), cls, word)} {word}"


def _model_letter(t: str, i: int, j: int, k: int, end: int) -> bool:
    """Whether the capital at ``t[j:k]``, after the number at ``t[i:j]``, ends a model's name
    rather than naming a unit: after a Latin name, before a word for a product (Core Ultra
    200V 시리즈) or after a name whose numbers are said in English (Ultra 200V)."""
    if k != j + 1 or not ("A" <= t[j] <= "Z") or i < 2 or t[i - 1] != " " or not t[i - 2].isascii():
        return False
    w = _MODEL_NAME_BEFORE.search(t, max(0, i - 16), i)
    if not w or not w.group(1).isascii():
        return False
    after = _HANGUL_WORD.match(t, k + 1 if t[k : k + 1] == " " else k, end)
    if after and any(after.group().startswith(x) for x in roles()["model_after"]):
        return True
    return w.group(1) in roles()["english_model"]


def _plate(t: str, i: int, end: int) -> tuple[int, str] | None:
    """A vehicle registration (12가 3456, 123가4567): 십이 가 삼사오육."""
    m = _PLATE.match(t, i, end)
    if not m or (i > 0 and _digit(t[i - 1])):
        return None
    if m.group(3) and not (_PLATE_BEFORE.search(t, max(0, i - 16), i) or _PLATE_AFTER.match(t, m.end(), end)):
        return None
    return m.end(), f"{integer(m.group(1))} {m.group(2)} {digits(m.group(4), zero='공')}"


def _bracket_point(t: str, i: int, end: int) -> tuple[int, str] | None:
    """``(1) 예산 확대``: the number of a point in brackets, said as a point is (일, 예산 확대),
    at the start of a line or, inside a line, where the next or the last point is there too
    (방안은 (1) 예산 확대, (2) 인력 충원)."""
    m = _BRACKET_POINT.match(t, i, end)
    if not m or (i > 0 and not t[i - 1].isspace()):
        return None
    k = i
    while k > 0 and t[k - 1] in " \t":
        k -= 1
    if k > 0 and t[k - 1] != "\n":
        n = int(m.group(1))
        line = t[t.rfind("\n", 0, i) + 1 : t.find("\n", i) if "\n" in t[i:end] else end]
        if f"({n + 1})" not in line and f"({n - 1})" not in line:
            return None
    return m.end(), integer(m.group(1)) + ","


#: Women's clothing sizes, a digit said twice (44 to 88), alone or in a list or a span of them.
_SIZES = re.compile(r"([4-8])\1(?:(?:[·,/~] ?)([4-8])\2)*(?![0-9])")


def _sizes(t: str, i: int, end: int) -> tuple[int, str] | None:
    """Women's clothing sizes before a word for a size (the ``size_after`` role of
    data/counter_context.tsv), said digit by digit as shops say them: 55·66·77 사이즈 → 오오 육육
    칠칠 사이즈, 66사이즈 → 육육 사이즈, 44~77 사이즈 → 사사에서 칠칠 사이즈; 100 사이즈 is
    a number."""
    m = _SIZES.match(t, i, end)
    if not m or (i > 0 and (_digit(t[i - 1]) or t[i - 1] in ".,")):
        return None
    after = _HANGUL_WORD.match(t, m.end() + (t[m.end() : m.end() + 1] == " "), end)
    if not (after and any(after.group().startswith(w) for w in roles()["size_after"])):
        return None
    said = re.sub("[0-9]{2}", lambda d: digits(d.group()), m.group())
    said = re.sub(" ?~ ?", "에서 ", re.sub("[·,/] ?", " ", said))
    return m.end(), said + " "


def _points(t: str, i: int, end: int) -> tuple[int, str] | None:
    """Points of baduk, counted in native numerals: 덤 6집 반 → 여섯 집 반, 2집 반 승 → 두 집 반 승
    (the ``points_before`` and ``points_after`` roles of data/counter_context.tsv); an album
    (정규 3집) keeps 삼집."""
    m = _POINTS.match(t, i, end)
    if not m or (i > 0 and (_digit(t[i - 1]) or t[i - 1] == ".")):
        return None
    r = roles()
    after = _HANGUL_WORD.match(t, m.end() + (t[m.end() : m.end() + 1] == " "), end)
    before = t[max(0, i - 6) : i].rstrip()
    word = _HANGUL_END.search(before)
    if not (
        (after and counter.names_one_of(after.group(), r["points_after"]))
        or any(before.endswith(w) for w in r["points_before"])
        # the word whole with its particle: 흑이 15집 앞섰다 (not 공백은 3집, an album after a gap)
        or (word and any(word.group() == w + p for w in r["points_before"] for p in _POINTS_PARTICLES))
    ):
        return None
    if m.group(2):
        return m.end(), f"{native(int(m.group(1)), bound=True)} 집 반"  # 덤 7.5집 → 일곱 집 반
    gap = " " if t.startswith("반", m.end()) else ""  # 3집반 → 세 집 반
    return m.end(), f"{native(int(m.group(1)), bound=True)} 집{gap}"


def _point(t: str, i: int, end: int) -> tuple[int, str] | None:
    """The number of a point in a list at the start of a line: ``1. 정부는`` → 일, 정부는."""
    m = _POINT.match(t, i, end)
    k = i
    while k > 0 and t[k - 1] in " \t":
        k -= 1
    if not m:
        return None
    if k > 0 and t[k - 1] != "\n" and not _next_point(t, i, m):
        return None
    # inside a line, a pause ends the point before: 1) 원전 안전 2) 주민 보상 → 일, 원전 안전, 이,
    # not 원전 안전 이, heard as 안전이
    ends_point = k > 0 and t[k - 1] != "\n" and int(m.group(1)) > 1 and t[k - 1].isalnum()
    return m.end(), (", " if ends_point else "") + integer(m.group(1)) + ","


def _next_point(t: str, i: int, m: re.Match[str]) -> bool:
    """``2)`` within a line after ``1)`` of the same list (1) 등본 1부 2) 증빙서류 1부), or
    ``1)`` within a line before ``2)`` (과제는 1) 원전 안전 2) 주민 보상)."""
    n = int(m.group(1))
    if n < 1 or not m.group().endswith(")") or t[i - 1] != " ":
        return False
    start = t.rfind("\n", 0, i) + 1
    stop = t.find("\n", i)
    line = t[start : len(t) if stop < 0 else stop]
    before, after = f"{n - 1})", f" {n + 1}) "
    return (n > 1 and (line.startswith(before) or f" {before} " in line[: i - start])) or after in line[i - start :]


#: A run of letters of the alphabet typed as a word in a quoted post (ㅋㅋㅋ, ㅠㅠ, ㄹㅇ).
_JAMO_RUN = re.compile("[\u3131-\u318e]{2,}")
#: Laughter typed as letters, said as it sounds: ㅋㅋ → 크크, ㅎㅎ → 흐흐.
_LAUGH = {"ㅋ": "크", "ㅎ": "흐"}


def _jamo_run(run: str) -> str:
    """ㅋㅋㅋ → 크크크; vowels (ㅠㅠ, ㅜㅜ: tears) unspoken; other consonants by their
    names, as an abbreviation spelled out (ㄹㅇ → 리을 이응), unless the run is a listed word
    (``data/jamo_words.tsv``: ㄷㄷ → 덜덜)."""
    if all(c in _LAUGH for c in run):
        return "".join(_LAUGH[c] for c in run)
    if run in table("jamo_words.tsv"):
        return table("jamo_words.tsv")[run]  # ㄷㄷ → 덜덜
    names = [table("jamo.tsv").get(c, "") for c in run]
    return " ".join(n for n in names if n)


def _special(t: str, i: int, end: int) -> tuple[int, str] | None:
    """Numbers with a fixed shape: phone numbers, dates, clock times, scores, events, fractions."""
    found = _point(t, i, end) or _age(t, i, end) or _plate(t, i, end) or _english_model(t, i, end) or _points(t, i, end)
    found = found or _sizes(t, i, end) or _round_strokes(t, i, end)
    if found:
        return found
    m = _PHASES.match(t, i, end) if t[i + 1 : i + 2] == "/" else None
    if m and (_TRIAL_BEFORE.search(t, max(0, i - 8), i) or _TRIAL_AFTER.match(t, m.end(), end)):
        # two phases of a clinical trial at once: 임상 1/2a상 → 일 이에이상, not a half
        return m.end(), f"{sino(int(m.group(1)))} {sino(int(m.group(2)))}{latin.spell(m.group(3))}"
    m = _TYRE.match(t, i, end) if t[i + 3 : i + 4] == "/" else None
    if m and not (i > 0 and _digit(t[i - 1])):
        # a tyre's width, profile and rim: 245/45R19 → 이백사십오 사십오 알 십구, not a fraction
        rim = f"{latin.spell(m.group(3))} {integer(m.group(4))}"
        return m.end(), f"{integer(m.group(1))} {integer(m.group(2))} {rim}"
    m = _SLOGAN.match(t, i, end)
    w = _HANGUL_WORD.match(t, m.end() + 1, end) if m and t.startswith(" ", m.end()) else None
    named = m and w and any(w.group().startswith(x) for x in roles()["slogan_after"])
    if m and (named or (i > 0 and _SLOGAN_QUOTED.match(t, i - 1, end))):
        return m.end(), digits(m.group(), zero="공")  # '9988234'라는 말 → 구구팔팔이삼사, 888 원칙 → 팔팔팔
    m = _CELL_FORMAT.match(t, i, end) if t[i + 3 : i + 4].isdigit() else None
    w = _HANGUL_WORD.match(t, m.end(), end) if m else None
    if m and w and any(w.group().startswith(x) for x in roles()["digits_model_after"]):
        return m.end(), digits(m.group(), zero="공") + " "  # a battery cell's size: 4680 배터리 → 사육팔공
    m = _PLUS_MEETING.match(t, i, end) if t.startswith("+", i + 1) else None
    w = _HANGUL_WORD.match(t, m.end(), end) if m else None
    if m and w and any(w.group().startswith(x) for x in roles()["english_plus_after"]):
        # a meeting of two ministers a side: 2+2 회의 → 투 플러스 투 회의
        left, right = latin.english_number(m.group(1)), latin.english_number(m.group(2))
        if left and right:
            return m.end(1) + 2, f"{left} 플러스 {right}"
    m = _case_number().match(t, i, end) if not (i > 0 and _digit(t[i - 1])) else None
    if m:
        return m.end(1), sino(int(m.group(1))) + " "  # 2022고단3456 → 이천이십이 고단 삼천사백오십육
    m = _BOEING.match(t, i, end)
    if m and (_BOEING_BEFORE.search(t, max(0, i - 4), i) or _BOEING_AFTER.match(t, m.end(), end)):
        return m.end(), digits(m.group())
    m = _age_groups().match(t, i, end)
    if m is None and (_MZ_BEFORE.search(t, max(0, i - 4), i) or t.startswith(("·MZ", "/MZ"), i + 4)):
        m = _AGE_PAIR.match(t, i, end)  # MZ·2030, 2030·MZ: the generation beside MZ
    if m and int(m.group(2)) > int(m.group(1)) and not (i > 0 and _digit(t[i - 1])):
        return m.end(), digits(m.group(), zero="공")  # 2030세대 → 이공삼공 세대
    m = telephone.MASKED.match(t, i, end)
    if m:
        return m.end(), telephone.read_masked(m.group())
    m = telephone.PHONE.match(t, i, end)
    span = telephone.LINE_SPAN.match(t, m.end(), end) if m else None
    if m and span and len(span.group(1)) <= len(m.group()) - m.group().rfind("-") - 1:
        return span.end(), telephone.read_span(m.group(), span.group(1))  # 1234~6 → 일이삼사에서 일이삼육
    if m:
        return m.end(), telephone.read_phone(m.group())
    m = _LETTERED_VERSION.match(t, i, end)
    if m and _version_word().match(t, m.end(), end) and not (i > 0 and (_digit(t[i - 1]) or t[i - 1] == ".")):
        return m.end(), _lettered_version(m)  # 14.23b 패치, 25.S1 패치: a release, not a decimal
    m = _DEFANGED_IP.match(t, i, end)
    if m and "[" in m.group() and not (i > 0 and (_digit(t[i - 1]) or t[i - 1] == ".")):
        return m.end(), _version(_refanged(m.group()))  # 185.220.101[.]34: an IP address defanged
    m = _VERSION.match(t, i, end)
    if m and (
        _VERSION_BEFORE.search(t, max(0, i - 12), i)
        or (_version_word().match(t, m.end(), end) and not _YEAR_FIRST.match(t, i, end))
    ):
        return m.end(), _version(m.group())  # iOS 17.4.1, 버전 24.1.2, 15.3.1 패치: not a date
    m = _MINOR_VERSION.match(t, i, end)
    if m and (_version_word().match(t, m.end(), end) or _VERSION_WORD_BEFORE.search(t, max(0, i - 4), i)):
        return m.end(), _version(m.group())
    found = _rate_spelled(t, i, end) or _glued_stamp(t, i, end) or date.match_date(t, i, end)
    if found:
        return found
    found = (_timecode(t, i, end) or _counted_clock(t, i, end)) if ":" in t[i + 1 : i + 4] else None
    if found:
        return found
    found = _spaced_chain(t, i, end)
    if found:
        return found
    m = _COLON.match(t, i, end)
    spaced_clock = m and m.group(1).isdigit() and m.group(2).isdigit() and len(m.group(2)) == 2
    if m and _CHAIN_AFTER.match(t, m.end(), end):
        spaced_clock = False  # a third part after the colon's two: no clock of hours and minutes
    # a time of day written with spaces round its colon: after a word of the time of day, with
    # minutes that begin with 0 (which no ratio has), or before a word of what happens at it
    # (14 : 00에 시작된다, 10 : 30부터 진행) where no word of a set or a score stands before it
    # (1세트 21 : 25 진행 중: the score then)
    timed = (
        m
        and spaced_clock
        and (
            _clock_word_before(t, i)
            or (
                " " in m.group()
                and (
                    m.group(2)[0] == "0"
                    or (_clock_event_ahead().match(t, m.end(), end) and not _role_before(t, i, "score_before"))
                )
            )
        )
    )
    if m and timed and int(m.group(1)) <= 24 and int(m.group(2)) < 60:
        # 오전 9 : 30 → 아홉 시 삼십 분; 오전 9:00-18:00 → 아홉 시에서 열여덟 시
        spoken = clock.read_clock(int(m.group(1)), int(m.group(2)))
        span = _clock_span().match(t, m.end(), end)
        return (span.end(), f"{spoken}에서 ") if span else (clock.unit_after(t, m.end(), None), spoken)
    chain = _RATIO_CHAIN.match(t, i, end) if not (i > 0 and _digit(t[i - 1])) else None
    if chain and not clock.CLOCK.match(t, i, end):
        # a ratio of three or more parts: 1:2:1 비율 → 일 대 이 대 일 (2:05:30 is a time)
        return chain.end(), " 대 ".join(decimal(x.strip()) for x in chain.group().split(":"))
    if m and _ratio_word_after(t, i, m.end(), end) and not _clock_word_before(t, i):
        return m.end(), f"{decimal(m.group(1))} 대 {decimal(m.group(2))}"  # 1:50 축척, not ten to two
    found = clock.match_clock(t, i, end) or _late_hour(t, i, end)
    span = _clock_span().match(t, found[0], end) if found else None
    if found and span:
        ap = _CLOCK_AMPM.match(t, span.end(), end)
        if (
            ap
            and not _clock_word_before(t, i)
            and ap.group() not in table("acronyms.tsv")
            and _same_half(t[i : found[0]], ap.group())
        ):
            # AM or PM after the second time only is the half of both (10:00-11:30 AM → 오전 열
            # 시에서 열한 시 삼십 분): said once, before the first; a span across noon or midnight
            # (11:00-1:00 PM) keeps it on the second
            half = "오전" if ap.group(3) in "Aa" else "오후"
            return span.end(), f"{half} {found[1]}에서 "
        return span.end(), f"{found[1]}에서 "  # 10:00-12:00 → 열 시에서 열두 시, as 10:00~12:00
    tilde = _TILDE_AMPM.match(t, found[0], end) if found else None
    if (
        found
        and tilde
        and not _clock_word_before(t, i)
        and tilde.group().lstrip("~∼〜 ") not in table("acronyms.tsv")
        and _same_half(t[i : found[0]], tilde.group().lstrip("~∼〜 "))
    ):
        # 10:00~11:30 AM → 오전 열 시에서 열한 시 삼십 분: the half of both ends said once, before
        # the first, as with a hyphen; the tilde then says 에서
        return found[0], f"{'오전' if tilde.group(1) in 'Aa' else '오후'} {found[1]}"
    if found:
        return found
    m = _VERSION.match(t, i, end)
    if m:
        return m.end(), _version(m.group())  # 2.0.1
    if m := _COLON.match(t, i, end):
        mm = _MINUTES_SECONDS.fullmatch(m.group())
        if mm:
            # minutes and seconds past the hours of a day (30:00 시점, 45:07): no ratio is written
            # with a second part of two figures that begins with 0, which would be heard 공공
            return clock.unit_after(t, m.end(), 0), clock.read_minutes(int(mm.group(1)), int(mm.group(2)))
        return m.end(), f"{decimal(m.group(1))} 대 {decimal(m.group(2))}"
    m = _YEARS.match(t, i, end)
    if m and int(m.group(2)) > int(m.group(1)):
        between = " " if int(m.group(2)) == int(m.group(1)) + 1 and _SEASON_WORD.match(t, m.end(), end) else "에서 "
        return m.end(), f"{sino(int(m.group(1)))}{between}{sino(int(m.group(2)))}" + (
            " " if m.end() < end and is_hangul(t[m.end()]) else ""
        )
    m = _SEASON.match(t, i, end)
    if m and not _numbered_part(t, i, m.end(), end):
        y, yy = int(m.group(1)), int(m.group(2))
        years = not t.startswith("년", m.end())
        if yy == (y + 1) % 100 and years:
            # a season across two years: 2025-26 시즌 → 이천이십오 이십육 시즌
            return m.end(), f"{sino(y)} {sino(yy)} "
        if yy > y % 100:
            # a span of years: 2025-27년 → 이천이십오에서 이천이십칠 년
            return m.end(), f"{sino(y)}에서 {sino(y - y % 100 + yy)} "
    found = _route_list(t, i, end)
    if found:
        return found
    m = _LIST.match(t, i, end)
    c = counter.match_counter(t, m.end(), end) if m else None
    if m and c and c[0] not in _EVENT_COUNTERS and c[0] not in _RANK:
        # numbers of a list before one counter, not an event: 1·2위 → 일 이 위, 2·3개 → 두세 개,
        # 1·2·3심 → 일 이 삼 심, 1,2위 → 일, 이 위
        sep = ", " if "," in m.group() else " "
        nums = [int(x) for x in re.split("[·,] ?", m.group())]
        cls = c[1]
        if _ordinal_prefix(t, i) or c[0] in roles()["part_list"]:
            cls = "sino"  # 제20·21대 국회 → 제이십 이십일 대, 1·2권 합본 → 일 이 권
        elif cls == "native":
            cend = m.end() + (0 if t.startswith(c[0], m.end()) else 1) + len(c[0])
            cls = counter.context_class(t, i, cend, end, nums[-1], c[0], cls)
        if cls == "native" and len(nums) == 2 and nums[1] == nums[0] + 1 and nums[0] < 9:
            return m.end(), _range_words(nums[0], nums[1], "native") + " "
        said = [counter.read_count(x, cls, c[0]) for x in nums]
        if cls == "month":
            return m.end(), sep.join(x + c[0] for x in said[:-1]) + sep + said[-1]
        return m.end(), sep.join(said) + " "
    found = _labeled_list(t, i, end)
    if found:
        return found
    # an event's date starts a word; numbers after a name (시즌1·2) are a list of the name
    chain = _DIGIT_CHAIN.match(t, i, end) if i == 0 or not is_hangul(t[i - 1]) else None
    if chain:
        ds = [int(d) for d in chain.group()[::2]]
        counts_up = all(b == a + 1 for a, b in pairwise(ds))
        # 6·3·3·4 → 육삼삼사; 1·2·3 단계 → 일 이 삼
        return chain.end(), (" " if counts_up else "").join(sino(d) for d in ds)
    m = _EVENT.match(t, i, end) if i == 0 or not is_hangul(t[i - 1]) else None
    m = m or _dot_event().match(t, i, end)
    if m and not (1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31):
        m = None  # an event is named by its month and day (5·18, 12·12); 55·66 is no date
    if m:
        a, b = m.group(1), m.group(2)
        second = digits(b) if len(b) == 2 and b[1] != "0" else sino(int(b))
        return m.end(), sino(int(a)) + second
    m = _BY.match(t, i, end)
    unit = measure.match_unit(t, m.end(), end) if m else None
    if m and (unit or not re.match("[A-Za-z]", t[m.end() : m.end() + 1])):
        w = _HANGUL_WORD.match(t, m.end() + 1 if t[m.end() : m.end() + 1] == " " else m.end(), end)
        if unit is None and w and any(w.group().startswith(g) for g in roles()["versus_after"]):
            return m.end(), f"{integer(m.group(1))} 대 {integer(m.group(2))}"  # 3x3 농구 → 삼 대 삼
        product = f"{integer(m.group(1))} 곱하기 {integer(m.group(2))}"  # 3x3 as 3×3
        # with its unit: 4x100m 계주 → 사 곱하기 백 미터, as 4×100m
        return (unit[0], measure.with_figure(product, unit[1])) if unit else (m.end(), product)
    m = _BARE_OVER.match(t, i, end) if not (i > 0 and (_digit(t[i - 1]) or t[i - 1] in "./")) else None
    per = money.per_count(t, m.end(), end, least=1000) if m else None
    if m and per:
        # a bare figure over a population (4.1/10만 명), where 3/10명 is a part of ten people
        return per[0], f"{_per_unsaid(t, i, per[1])}{decimal(m.group(1))}"  # 4.1/10만 명 → 십만 명당 사 점 일
    chain = _SLASH_CHAIN.match(t, i, end) if not (i > 0 and (_digit(t[i - 1]) or t[i - 1] == "/")) else None
    if chain:
        return chain.end(), " ".join(integer(x) for x in chain.group().split("/"))  # 7/1/9 → 칠 일 구
    m = _RATING.match(t, i, end) if not (i > 0 and (_digit(t[i - 1]) or t[i - 1] in "./")) else None
    if m:
        top = decimal(m.group(2)) if "." in m.group(2) else f"{integer(m.group(2))} 점"
        return m.end(), f"{top} 만점에 {decimal(m.group(1))}"  # 4.5/5 → 오 점 만점에 사 점 오
    m = _LETTER_FRACTION.match(t, i, end)
    if m:
        return m.end(), f"{latin.spell(m.group(2))}분의 {integer(m.group(1))}"  # 1/n → 엔분의 일
    m = _FRACTION.match(t, i, end)
    season = m and len(m.group(1)) == len(m.group(2)) == 2 and int(m.group(2)) == (int(m.group(1)) + 1) % 100
    if m and season and _SEASON_WORD.match(t, m.end(), end):
        return m.end(), f"{sino(int(m.group(1)))} {sino(int(m.group(2)))}"  # 25/26 시즌 → 이십오 이십육
    q = _QUARTER_WORD.match(t, m.end(), end) if m and m.group(2) == "4" and m.group(1) in "1234" else None
    if m and q:
        return q.start(1), f"{sino(int(m.group(1)))}사"  # a quarter of a year: 2/4 분기 → 이사분기
    game = _LAST_WORD.search(t, max(0, i - 8), i) if m else None
    if m and game and game.group(1) in roles()["pick_game"]:
        return m.end(), f"{sino(int(m.group(1)))} {sino(int(m.group(2)))}"  # 로또 6/45 → 로또 육 사십오
    if m:
        a, b = integer(m.group(1)), integer(m.group(2))
        unit = measure.match_unit(t, m.end(), end)
        pressure = _pressure(t, i, m.group(1), m.group(2))
        if (unit and unit[1] == "밀리미터 수은주") or pressure:
            reading = f"{a}에 {b}"  # blood pressure: 120/80mmHg → 백이십에 팔십
        elif not unit and len(m.group(1)) == len(m.group(2)) == 2 and int(m.group(1)) + int(m.group(2)) == 100:
            reading = f"{a} 대 {b}"  # a split of a hundred, not a fraction: 50/50 → 오십 대 오십, 60/40
        else:
            reading = f"{b}분의 {a}"
        counted = counter.match_counter(t, m.end(), end) if not unit else None
        part = _part_of_count(m.group(1), m.group(2), counted)
        if part and counted:
            return m.end() + len(counted[0]), part  # 3/5명 → 다섯 명 중 세 명
        if counted:
            reading += " "  # 밀가루 1/2컵 → 이분의 일 컵: the counter is a word apart, not 일컵
        return (unit[0], measure.with_figure(reading, unit[1])) if unit else (m.end(), reading)
    m = _LOT.match(t, i, end)
    if m and (
        t.startswith("번지", m.end())
        or (
            (
                (_LOT_BEFORE.search(t, max(0, i - 12), i) and not _score_after().match(t, m.end(), end))
                or _building_number(t, i, m.end(), end)
                or (_bare_road_before(t, i) and _address_after().match(t, m.end(), end))
            )
            and counter.match_counter(t, m.end(), end) is None
            and measure.match_unit(t, m.end(), end) is None
        )
    ):
        # a lot number: 123-45번지, 역삼동 123-45, 산 56-1; a building's: 테헤란로 152-1
        gap = " " if t.startswith("번지", m.end()) else ""
        return m.end(), f"{integer(m.group(1))}의 {integer(m.group(2))}{gap}"
    m = _PAIR.match(t, i, end)
    label = _LABEL_WORD_BEFORE.search(t, max(0, i - 8), i) if m else None
    if m and label and label.group(1) in roles()["part_label"]:
        # a numbered figure, table or appendix and its part: 그림 2-3 → 이의 삼, not a score
        return m.end(), f"{sino(int(m.group(1)))}의 {sino(int(m.group(2)))}"
    if m and _runway_around(t, m, end):
        # a runway by its two ends' headings, digit by digit as its designator (활주로 33L → 삼삼
        # 엘): 활주로 14-32 → 일사 삼이, 01-19 활주로 → 공일 일구
        return m.end(), " ".join(digits(x, zero="공") for x in m.groups())
    if m:
        c = counter.match_counter(t, m.end(), end)
        unit = measure.match_unit(t, m.end(), end) if c is None and t[m.end() : m.end() + 1] != " " else None
        if unit is not None and int(m.group(1)) < int(m.group(2)):
            # a range before a unit, not a score: 3-4km, 2-3%
            return unit[0], measure.with_figure(_range_words(int(m.group(1)), int(m.group(2)), "sino"), unit[1])
        a, b = int(m.group(1)), int(m.group(2))
        if 0 < a <= 6 and b > 0 and _grade_part().match(t, m.end(), end):
            return m.end(), f"{sino(a)}의 {sino(b)} "  # a class of a school year: 3-2반 → 삼의 이 반
        if c is None:
            feat = a == b and a % 10 == 0 and _FEAT_AFTER.match(t, m.end(), end)  # 30-30을 달성
            versus = " " if _CLUB_AFTER.match(t, m.end(), end) or feat else " 대 "
            return m.end(), f"{integer(m.group(1))}{versus}{integer(m.group(2))}"
        a, b = int(m.group(1)), int(m.group(2))
        if (b <= a or a == 0) and _score_after().match(t, m.end(), end):
            # no range goes down or starts at nought: a score before 승, 패, 골 (3-0승, 2-1골)
            return m.end(), f"{integer(m.group(1))} 대 {integer(m.group(2))} "
        if c[0] == "호" and b >= 100:
            return m.end(), f"{sino(a)}의 {sino(b)} "  # a flat: 101-203호
        panel = _LAST_WORD.search(t, max(0, i - 8), i) if c[0] == "부" else None
        if panel and (
            panel.group(1) in roles()["court_panel"]
            or (panel.group(1) in roles()["court_panel_in_court"] and _court_before(t, panel.start(1)))
        ):
            return m.end(), f"{sino(a)}의 {sino(b)} "  # a court's panel: 형사6-2부 → 형사 육의 이 부
        if _ordinal_prefix(t, i) and c[0] in roles()["part_counter"]:
            return m.end(), f"{sino(a)}의 {sino(b)} "  # a numbered part, not a span: 제2-3호 → 제이의 삼 호
        if c[0].startswith("호") and b <= a and not _ordinal_prefix(t, i):
            # no range goes down: a number and its part, 만리경-1-1호 → 일의 일 호, 2-1호기
            return m.end(), f"{sino(a)}의 {sino(b)} "
        cls = "sino" if _ordinal_prefix(t, i) else c[1]
        return m.end(), _range_words(a, b, cls) + ("" if cls == "month" else " ")
    m = _NUMBERED_SERIAL.match(t, i, end)
    if m and _numbered_part(t, i, m.end(), end):
        a, b = m.group(1), m.group(2)
        if len(b) >= 5 or b.startswith("0"):
            # a register's kind and its serial: 특허 제10-2456789호 → 제십 이사오육칠팔구 호
            return m.end(), f"{sino(int(a))} {digits(b, zero='공')} "
        # a year's numbered notice, as 제2-3호 is a part: 공고 제2026-153호 → 제이천이십육의 백오십삼 호
        return m.end(), f"{sino(int(a))}의 {sino(int(b))} "
    m = telephone.SERIAL.match(t, i, end)
    if m:
        return m.end(), telephone.read_serial(m.group())
    return None


def _court_before(t: str, i: int) -> bool:
    """Whether a word of a court (the court_word role: 법원, 지법) stands on the line before
    ``t[i]`` (서울가정법원 가사3-1부), which makes a kind of case that is also an everyday word a
    court's (가사, not a song's lyrics)."""
    line = t[t.rfind("\n", 0, i) + 1 : i]
    return any(w in line for w in roles()["court_word"])


def _version(s: str) -> str:
    return " 점 ".join(integer(p) for p in s.split("."))


def _lettered_version(m: re.Match[str]) -> str:
    """A release whose part after the point has a letter (14.23b → 십사 점 이십삼 비, 25.S1 →
    이십오 점 에스원): the number after the point is one number, as in 3.12 버전, the letter
    spelled, and a figure after the letter said in English, as a model's is (S1 → 에스원)."""
    major, minor, serial = m.group(1), m.group(2), m.group(5)
    if minor:
        return f"{integer(major)} 점 {integer(minor)} {latin.spell(m.group(3))} "
    return f"{integer(major)} 점 {latin.spell(m.group(4))}{latin.english_number(serial) or integer(serial)} "


def _range_words(a: int, b: int, cls: str, word: str = "") -> str:
    return counter.read_range(a, b, cls, word)


def _range_reading(first: str, a: int | None, second: tuple[int, str, int | None], cls: str, word: str = "") -> str:
    b = second[2]
    if a is not None and b is not None:
        return _range_words(a, b, cls, word)
    return f"{first}에서 {second[1]}"


def _century(yy: str) -> int:
    """The full year of a two-digit year: '24 → 2024, '98 → 1998."""
    return int(yy) + (2000 if int(yy) < 50 else 1900)


def _quarter(q: re.Match[str]) -> str:
    n, kind, yy, year = q.group(1), q.group(2), q.group(3), q.group(4)
    return _part_of_year(n, kind, _century(yy) if yy else int(year) if year else None)


def _part_of_year(n: str, kind: str, year: int | None) -> str:
    """3Q24, Q3 2024 → 이천이십사 년 삼 분기; 1H, H1 → 상반기."""
    part = f"{sino(int(n))} 분기" if kind == "Q" else ("상반기" if n == "1" else "하반기")
    return f"{sino(year)} 년 {part}" if year else part


def _scaled(t: str, i: int, end: int) -> tuple[int, str] | None:
    """An amount with an English scale letter after it (``$1.5B`` → 십오억, ``$300M`` → 삼억,
    ``$50K`` → 오만), said in the Korean units it comes to."""
    m = _SCALED.match(t, i, end)
    if not m:
        return None
    whole, frac = m.group(1).replace(",", ""), m.group(2) or ""
    scale = _SCALES[m.group(3).strip().lower()]
    shift = scale - len(frac)
    if shift < 0 or len(whole) + scale > 24:
        return None
    return m.end(), sino(int(whole + frac) * 10**shift)


def _number(t: str, i: int, end: int, *, currency: str | None = None, sign: str = "") -> tuple[int, str]:
    """Read the number that starts at ``t[i]`` with what belongs to it (units, counter, range)."""
    if currency and not sign:
        found = _scaled(t, i, end)
        if found:
            return found[0], f"{found[1]} {currency}"
    lettered = _LETTER_AFTER.match(t, i, end) is not None  # 1080p, 2026E, 9AM, 9:30 PM
    if not currency and not sign and lettered:
        res = _RESOLUTION.match(t, i, end)
        if res and not (i > 0 and _digit(t[i - 1])) and not _MOVE_AFTER.match(t, res.end(), end):
            return res.end(), f"{integer(res.group(1))} 피"  # a video's lines: 1080p → 천팔십 피
        est = _YEAR_ESTIMATE.match(t, i, end)
        if est:
            # a year of a forecast table: 2026E → 이천이십육 년 추정치, 2025F → 전망치
            word = _ESTIMATES[est.group(2)]
            said = "" if t.startswith(word[:2], est.end() + 1) else " " + word  # 2025F 전망치: once
            return est.end(), f"{sino(int(est.group(1)))} 년{said}"
        are = _ARE.match(t, i, end)
        if are:
            return are.end(), f"{integer(are.group(1))} 아르"  # a farm's yield: 10a당 → 십 아르당
        node = latin.DRAM_NODE.match(t, i, end)
        if node:
            said = latin.read_node(node.group())  # 1b나노 → 원비 나노, 1c D램 → 원씨 디램
            return node.end(), said.rstrip() if t.startswith("(", node.end()) else said
        seat = _SEAT.match(t, i, end)
        glued = i > 0 and ((t[i - 1].isascii() and t[i - 1].isalnum()) or t[i - 1] in "-.")
        if seat and not glued and _seat_at(t, seat, end):
            said = f"{sino(int(seat.group(1)))}{latin.spell(seat.group(2))}"
            return seat.end(), said + (" " if t.startswith("석", seat.end()) else "")  # 3D석 → 삼디 석
        fl = _FLOOR.match(t, i, end)
        if fl and not (i > 0 and ((t[i - 1].isascii() and t[i - 1].isalnum()) or t[i - 1] in "-.")):
            return fl.end(), f"{sino(int(fl.group(1)))} 층"  # 3F 대강당 → 삼 층 대강당
        ap = _CLOCK_AMPM.match(t, i, end)
        if ap and ap.group() in table("acronyms.tsv"):
            ap = None  # a name: 2PM → 투피엠
        if ap and int(ap.group(1)) <= 12 and int(ap.group(2) or 0) < 60:
            # 9AM, 9:30 PM → 오전 아홉 시, 오후 아홉 시 삼십 분
            half = "오전" if ap.group(3) in "Aa" else "오후"
            said = clock.read_clock(int(ap.group(1)), int(ap.group(2) or 0))
            first = _SPAN_FIRST.search(t, max(0, i - 10), i)
            if (
                first
                and not _CLOCK_AMPM.match(t, first.start(), end)
                and not _clock_word_before(t, first.start())
                and _same_half(first.group(), ap.group())
            ):
                pass  # 2:30-3:00 PM: the half already said before the first time of the span
            elif first and _half_before(t, first.start()) == half and _same_half(first.group(), ap.group()):
                pass  # 오후 2:00-4:00 PM → 오후 두 시에서 네 시: the half written before the span, said once
            elif t[max(0, i - 3) : i].strip() != half:
                said = f"{half} {said}"  # 오후 3:00pm → 오후 세 시: the half of the day said once
            span = _clock_span().match(t, ap.end(), end)
            if span:
                return span.end(), f"{said}에서 "  # 2:00 PM-4:00 PM, 9AM-6PM: a span, as with a tilde
            return ap.end(), said
    if not currency and not sign:
        runway = _runway(t, i, end)
        if runway:
            return runway
        q = _QUARTER.match(t, i, end)
        if q and (q.group(2) == "Q" or q.group(1) in "12"):
            return q.end(), _quarter(q)
        x = _TIMES.match(t, i, end)
        named = latin.english_number(x.group(1)) if x and _ACRONYM_BEFORE.search(t, max(0, i - 12), i) else None
        if x and named:
            return x.end(), f"{named}{latin.spell(t[x.end() - 1])}"  # AMOLED 2X: a product's name, 투엑스
        if x:
            # 2x 속도, 1.5× 배속, 10X 줌: a factor, read as 배
            n = x.group(1)
            said = decimal(n) if "." in n else counter.read_count(int(n), counters()["배"][0], "배")
            said_times = _TIMES_WORD.match(t, x.end(), end) is None
            return x.end(), f"{said} 배" if said_times else said  # 1.5x 배속: 배 is written
        m = _DIGIT_WORD.match(t, i, end)
        if m and m.group() in table("acronyms.tsv"):
            return m.end(), table("acronyms.tsv")[m.group()]
        head, _, rest = m.group().partition("-") if m else ("", "", "")
        if m and rest and head in table("acronyms.tsv"):
            # a listed name of a figure and letters, a word hyphened to it: 5G-Advanced → 파이브지 어드밴스드
            return m.end(), f"{table('acronyms.tsv')[head]} {latin.read_token(rest)}"
        w = _DIGIT_NUMBER_WORD.match(t, i, end)
        figure = latin.english_number(w.group(1)) if w else None
        if w and figure and latin.read_token(w.group(2)) in _english_number_words():
            # a figure hyphened to an English number word, a brand's: 7-Eleven → 세븐일레븐, not 칠 일레븐
            return w.end(), figure + latin.read_token(w.group(2))
        race = _RACE_DISTANCE.fullmatch(m.group()) if m else None
        if m and race and latin.english_number(race.group(1)) and _before_race_word(t, m.end(), end):
            return m.end(), f"{latin.english_number(race.group(1))}케이"  # 5K 펀런 → 파이브케이, not 오케이
        o = _ORDINAL.fullmatch(m.group()) if m else None
        if m and o and o.group(2).lower() == _ordinal_suffix(int(o.group(1))):
            # an English ordinal: 3rd 미니앨범 → 서드, 45th → 사십오 번째
            ordinal = table("english_ordinals.tsv").get(o.group(1))
            return m.end(), ordinal or f"{sino(int(o.group(1)))} 번째"
        f = _FLIGHT.fullmatch(m.group()) if m else None
        if m and f and t.startswith("편", m.end()):
            return m.end(), _flight(f)
        blank = _BLANK.match(t, i, end) if not (i > 0 and _digit(t[i - 1])) else None
        if blank and counter.match_counter(t, blank.end(), end):
            return blank.end(), digits(blank.group(), zero="공") + " "  # 00명 → 공공 명
        found = _special(t, i, end) or _article(t, i, end) or _event_year(t, i, end) or _rate(t, i, end)
        if found:
            return found
    j, comps = _phrase(t, i, end)
    comps = _rate_places(t, j, end, comps, priced=currency is not None)
    reading = sign + _read_comps(comps)
    if comps[0] == ("1", "만") and i > 1 and t[i - 1] == " " and _digit(t[i - 2]):
        reading = sign + "일" + reading[len(sign) :]  # SUV-7 1만2천대 → 칠 일만 이천 대, not 칠만 이천
    value = _value(comps)
    if sign:
        value = None
    elif value is not None and len(comps[0][0]) > 2 and comps[0][0][0] == "0" and "," not in comps[0][0]:
        reading, value = digits(comps[0][0], zero="공"), None  # a code with leading zeros: 007 → 공공칠
    halved = counter.match_counter(t, j + 1, end) if value is not None and t.startswith("½", j) else None
    and_half = halved is not None and halved[0] != "구" and not _TILDE.match(t, j + 1, end)
    spoon = measure.match_unit(t, j + 1, end) if halved is None and value is not None and t.startswith("½", j) else None
    if spoon and value is not None and value < 100 and counters().get(spoon[1], ("",))[0] == "native":
        # a count and a half of a unit said as a native counter, as of the counter written out:
        # 설탕 1½T → 한 큰술 반, as 1½큰술
        return spoon[0], f"{counter.read_count(value, 'native')} {spoon[1]} 반"
    if and_half:
        j += 1  # a count and a half: 설탕 1½큰술 → 한 큰술 반, said after the counter
    elif value is not None and j < end and t[j] in FRACTIONS:
        # a whole number and a fraction: 7⅓이닝 → 칠과 삼분의 일 이닝
        reading = f"{reading}{_agree(reading[-1], '과')} {FRACTIONS[t[j]]}"
        j += 1
        value = None
    if value is not None and j < end and t[j] == "가" and i > 0 and t[i - 1] in "로동":
        return j + 1, reading + "가"  # a street's section: 종로1가, 성수동2가 (not the particle 가)
    # approximate: 10여 명
    if j < end and t[j] == "여" and (j + 1 >= end or not is_hangul(t[j + 1]) or counter.match_counter(t, j + 1, end)):
        reading += "여"
        j += 1
        value = None
    # range: 10~20%, 3~4명, $1~2
    second: tuple[int, str, int | None] | None = None
    r = _TILDE.match(t, j, end)
    if r is None and len(comps) == 1 and "." in comps[0][0] and not comps[0][1]:
        r = _DECIMAL_RANGE.match(t, j, end)  # a confidence interval: 0.61-0.85 → 영 점 육일에서
    if r:
        k = r.end()
        sign2 = ""
        if k + 1 < end and t[k] == "-" and _digit(t[k + 1]):
            sign2, k = sign if sign == "영하 " else "마이너스 ", k + 1  # -5~-10도
        elif sign == "영하 " and not _ZERO_END.match(t, k, end):
            sign2 = "영상 "  # -5~2도 → 영하 오에서 영상 이 도 (but -12~0도 → 영하 십이에서 영 도)
        if k < end and t[k] in money.CURRENCY_BEFORE:
            k += 1
        elif k < end and t[k] in "'’":
            k += 1  # a year cut to two digits: '23~'25년 → 이십삼에서 이십오 년
        j2, comps2 = _phrase(t, k, end)
        comps2 = _rate_places(t, j2, end, comps2)
        scaled = _range_scale(comps, comps2)
        if scaled:
            comps = scaled  # 2~3억원 → 이억에서 삼억 원, 3~5천 명 → 삼천에서 오천 명
            reading, value = sign + _read_comps(comps), _value(comps)
        if comps2:
            second = (j2, sign2 + _read_comps(comps2), None if sign2 else _value(comps2))
            j = j2
    if (
        second
        and value
        and 1900 <= value < 2100
        and second[2] in (value + 1, (value + 1) % 100)
        and _SEASON_WORD.match(t, j, end)
    ):
        # a season, as 2025-26 is: 2025~26시즌 → 이천이십오 이십육 시즌
        return j, f"{reading} {second[1]}" + (" " if t[j] != " " else "")
    code = _code_after().match(t, j, end) if not currency else None
    if code:
        currency, j = table("currency_codes.tsv")[code.group(1)], code.end()  # 100 USD → 백 달러
    if currency:
        if second:
            reading = f"{reading}에서 {second[1]}"
        k = j + 1 if t[j : j + 1] == " " else j
        if t.startswith(currency, k) and not (k + len(currency) < end and t[k + len(currency)] in "화권"):
            j = k + len(currency)  # the currency written twice: RMB 1,000위안, $100달러 → 천 위안
        return j, f"{reading} {currency}"
    unit = measure.match_unit(t, j, end)
    if unit is not None and not second and _model_letter(t, i, j, unit[0], end):
        return unit[0], reading + latin.spell(t[j])  # Core Ultra 200V 시리즈 → 이백브이, not 볼트
    if unit is not None and t[j : j + 1] == "°" and not second:
        hemisphere = _HEMISPHERE.match(t, j + 1, end)
        if hemisphere:
            # 36.12°N → 북위 삼십육 점 일이 도, 129°26′E → 동경 백이십구 도 이십육 분
            half = table("hemispheres.tsv")[hemisphere.group(3)]
            # 북위 36.5°N: the hemisphere already written before the figure is said once
            said = f"{'' if t[max(0, i - 4) : i].rstrip().endswith(half) else half + ' '}{reading} 도"
            if hemisphere.group(1):
                said += f" {decimal(hemisphere.group(1))} 분"
            if hemisphere.group(2):
                said += f" {decimal(hemisphere.group(2))} 초"
            return hemisphere.end(), said
    if unit is not None:
        if second:
            reading = _range_reading(reading, value, second, "sino")
        elif value is not None and counters().get(unit[1], ("",))[0] == "native":
            # a unit said as a native counter: 2T of a recipe → 두 큰술, 2h → 두 시간 (72h → 칠십이)
            reading = sign + counter.read_count(value, "sino" if counter.large_sino(value, unit[1]) else "native")
        if len(comps) == 1 and comps[0][0][:1] == "0" and comps[0][0].isdigit() and not second:
            reading = sign + sino(int(comps[0][0]))  # a measure is not a code: 127°01′ → 일 분
        cm = _CENTIMETRES.match(t, unit[0], end) if t[j : unit[0]] == "m" and not second else None
        if cm:
            return cm.end(), f"{reading} 미터 {sino(int(cm.group()))}"  # a jump: 2m35 → 이 미터 삼십오
        if unit[1].startswith("화씨 "):
            # 77℉ → 화씨 칠십칠 도, said before the figure, and once after 화씨 written out
            pre = "" if "화씨" in t[max(0, i - 5) : i] else "화씨 "
            return unit[0], f"{pre}{reading} {unit[1][3:]}"
        if unit[0] + 1 < end and t[unit[0]] == "/" and t[unit[0] + 1].isalpha():
            per = money.per_word(t, unit[0] + 1, end)
            if per:
                # 3만t/년 → 연 삼만 톤, 5㎏/일 → 하루 오 킬로그램; said once after 하루 written before
                return per[0], f"{_per_unsaid(t, i, per[1])}{reading} {unit[1]}"
        per_measure = _PER_MEASURE.match(t, unit[0], end)
        over = measure.match_unit(t, per_measure.end(), end) if per_measure else None
        if over and over[1] in _engine_speed_units():
            # a power or a torque over the engine speed it is reached at, as a car's sheet writes it:
            # 190ps/6000rpm → 백구십 마력, 육천 알피엠 (no 퍼: the power is not divided by the speed)
            return unit[0] + 1, measure.with_figure(reading, unit[1]) + ", "
        if over:
            # a strength per a measure, as a syrup's or an injection's label writes it: 160mg/5mL →
            # 백육십 밀리그램 퍼 오 밀리리터, said 퍼 as mg/kg is
            return unit[0] + 1, measure.with_figure(reading, unit[1]) + " 퍼 "
        return unit[0], measure.with_figure(reading, unit[1])  # 120km/h → 시속 백이십 킬로미터
    cnt = counter.match_counter(t, j, end)
    if cnt and cnt[0] == "구" and not _PITCHES.match(t, j, end):
        cnt = None  # 구 begins a word of its own (119구급대, 3구역), not a count of pitches
    spaced = False
    if cnt is None and j < end and t[j] == " ":
        cnt = counter.spaced_counter(t, j + 1, end)
        spaced = cnt is not None
    if cnt is None:
        if second:
            return j, f"{reading}에서 {second[1]}"
        casualties = (
            (_casualties(t, i, j, end, value) or _breakdown(t, i, j, end, value))
            if not sign and len(comps) == 1
            else None
        )
        if casualties:
            return casualties
        if not sign and len(comps) == 1 and comps[0][0].isdigit() and _PHONE_SIGN.search(t, max(0, i - 2), i):
            return j, digits(comps[0][0], zero="공")  # ☎125, ☎ 1339: the sign names a number to dial
        if (
            not sign
            and len(comps) == 1
            and _service_number(comps[0][0])
            and not (j < end and t[j].isascii() and t[j].isalpha())
            and not (i > 0 and t[i - 1] in _UP + _DOWN)  # a change of a table: ▲120 is 백이십
            and _service_call(t, i, j, end, comps[0][0])
        ):
            return j, digits(comps[0][0], zero="공")
        if (
            not sign
            and len(comps) == 1
            and comps[0][0].isdigit()
            and len(comps[0][0]) >= 4
            and (
                _code_before().search(t, max(0, i - 18), i)
                or (len(comps[0][0]) >= 5 and _TICKET_GROUP.search(t, max(0, i - 6), i))
            )
            and not _CASE_SERIES.match(t, j, end)
        ):
            return j, digits(comps[0][0], zero="공")  # 우편번호 04524, 주민등록번호 앞자리 900101
        return j, reading
    word, cls, repl = cnt
    cend = j + (1 if spaced else 0) + len(word)
    if _service_particle(t, i, comps, word, cend, end) and not sign and not second:
        return j, digits(comps[0][0], zero="공")  # 안내 전화 1330도 → 일삼삼공도, not 천삼백삼십 도
    if _ordinal_prefix(t, i) and word == "호" and len(comps) == 1 and len(comps[0][0]) >= _ISSUE_DIGITS:
        return j, digits(comps[0][0], zero="공")  # 허가 번호 제202700123호 → 이공이칠공공일이삼
    if _ordinal_prefix(t, i) or (sign and cls != "month"):
        cls = "sino"
    if cls == "month" and _TERM_BEFORE.search(t, max(0, i - 20), i):
        cls = "sino"  # 징역 1년 6월: six months, not June
    if second:
        b = second[2]
        if value == 1 and b is not None and b > 2 and word in roles()["part_range"]:
            cls = "sino"  # volumes from the first: 1~5권 → 일에서 오 권, where 1~2권 is 한두 권
        if value is not None and b is not None and cls == "native":
            cls = counter.context_class(t, i, cend, end, b, word, cls)
        dated = (
            _MONTH_BEFORE.search(t, max(0, i - 6), i) or date.date_word_before(t, i) or date.week_bracket_before(t, i)
        )
        if word == "일" and (dated or _WEEKDAYS_AFTER.match(t, cend, end) or date.span_of_days_after(t, cend, end)):
            # two dates: 4월 5~6일, 지난 3~5일 → 오 일에서 육 일, not 오륙 일
            reading = f"{reading} 일에서 {second[1]}"
        elif word == "시" and cls == "native" and value is not None and b is not None and b < 25:
            # two hours of the clock: 오후 1~3시 → 한 시에서 세 시, not 하나에서 세 시; two next to
            # each other are said as one rough count (5~6시 → 대여섯 시), but 9~10시 has none
            if counter.native_pair(value, b):
                reading = _range_reading(reading, value, second, cls, word)
            else:
                reading = f"{counter.read_count(value, cls, word)} 시에서 {counter.read_count(b, cls, word)}"
        elif word == "년대" and value is not None and value >= 1000 and b is not None and b < 100:
            reading = f"{reading} 년대에서 {second[1]}"  # 1970~80년대 → 천구백칠십 년대에서 팔십 년대
        else:
            reading = _range_reading(reading, value, second, cls, word)
    elif value is not None and word == "번" and len(comps[0][0]) > 1 and comps[0][0].startswith("0"):
        reading = integer(comps[0][0])  # a number written with a leading 0 is a code: 02번 → 공이 번
    elif value is not None and word == "년" and len(comps[0][0]) == 2 and comps[0][0].startswith("0"):
        reading = digits(comps[0][0], zero="공")  # a year cut to two digits: 05년생 → 공오 년생
    elif value is not None:
        cls = counter.context_class(t, i, cend, end, value, word, cls)
        reading = counter.read_count(value, cls, word)
    gap = "" if (spaced or cls in ("month", "english")) else " "  # 삼월, 투아웃
    f = _HUNDREDTHS.match(t, cend, end) if word == "초" and not second else None
    if word == "초" and not second and f is None:
        # 2분 5초 12, 12초 34를 기록했다: a race time, hundredths apart
        f = _SPACED_HUNDREDTHS.match(t, cend, end)
        if f and not (_RECORD_BEFORE.search(t, max(0, i - 16), i) or _RECORD_AFTER.match(t, f.end(), end)):
            f = None
    if f and counter.match_counter(t, f.end(), end) is None and measure.match_unit(t, f.end(), end) is None:
        # a record in hundredths or thousandths of a second: 9초58 → 구 초 오팔, 41초398 → 사십일 초 삼구팔
        return f.end(), reading + gap + "초 " + digits(f.group().strip(), zero="공")
    to = _TILDE_WORD.match(t, cend, end)
    if to:
        # the first end of a range of counted words: 3월 ~ 내년 2월, 오전 9시~오후 6시; with no
        # second end, where the range opens: 오전 10시~ 운영한다 → 열 시부터
        opens = to.group() == "~ " and not _RANGE_END_AHEAD.match(t, to.end(), end)
        return to.end(), reading + gap + (word if repl is None else repl) + ("부터 " if opens else "에서 ")
    later_part = word in _SPAN_LATER_PARTS and _SPAN_PART_BEFORE.search(t, max(0, i - 6), i) is not None
    if word in _SPAN_FIRST_PARTS and not second and not later_part:
        ahead = _SPAN_PARTS_TO_SLASH.match(t, cend, end)
        per = money.per_word(t, ahead.end(), end) if ahead else None
        if per:
            # a span of time per unit, said per unit before the whole span: 3분 5초/㎞ → 킬로미터당
            # 삼 분 오 초, not 삼 분 킬로미터당 오 초 (the later part then says no rate)
            said = word if repl is None else repl
            return cend, f"{_per_unsaid(t, i, per[1])}{reading}{' ' if spaced else gap}{said}"
    if t.startswith("/", cend) and not and_half and money.per_unit(t, j, end, signed=False) is None:
        per = money.per_word(t, cend + 1, end)  # (a price per unit is the caller's: 1,380원/달러)
        per = per or money.per_measure(t, cend + 1, end)  # 500개/100㎖ → 백 밀리리터당 오백 개
        per = per or money.per_count(t, cend + 1, end)  # 5명/10만 명 → 십만 명당 다섯 명
        if per:
            # a count per unit of time or per head, said as the rate is: 52만 대/일 → 하루
            # 오십이만 대, 3개/인 → 일 인당 세 개
            said = word if repl is None else repl
            rate = "" if later_part else _per_unsaid(t, i, per[1])
            return per[0], f"{rate}{reading}{' ' if spaced else gap}{said}"
    if and_half and not second:
        return cend, reading + gap + (word if repl is None else repl) + " 반"
    if word.startswith("번") and cls == "sino" and not spaced and repl is None:
        noun = _HANGUL_WORD.match(t, cend - len(word) + 1, end)
        if noun and counter.names_one_of(noun.group(), roles()["beon_noun"] | roles()["machine"]):
            # 3번타자가, 3번기계가 → 삼 번 타자가, 삼 번 기계가: the noun that 번 numbers, a word apart
            # (not 번기, a match of games, and 계)
            return noun.start(), f"{reading}{gap}번 "
    if repl is not None:
        return cend, reading + gap + repl
    return j, reading + gap


#: The parts of a span of time written as one (2시간 5분 48초): the first ones, the later ones,
#: a later part's count to the slash of a rate after the span's last part (3분 5초/㎞), and the
#: part before a later one.
_SPAN_FIRST_PARTS = frozenset(("시간", "분"))
_SPAN_LATER_PARTS = frozenset(("분", "초"))
_SPAN_PARTS_TO_SLASH = re.compile(r"(?: [0-9]+ ?(?:분|초))+/")
#: The first part of a span right before a later one (3분 5초), which said the rate; not the second
#: end of a range (1~2시간 30분/회), which says none, so the later part keeps it.
_SPAN_PART_BEFORE = re.compile(r"(?<![0-9~∼〜-])[0-9]+ ?(?:시간|분) $")


#: A figure with its unit up to the last slash of it, after a rate written before it (1일
#: 60mg/kg/일, 1일 52만 대/일), a short word allowed between (1일 최대 60mg/kg/일).
_RATE_FIGURE_AHEAD = re.compile(
    r" (?:[가-힣]{1,2} )?[0-9][0-9,.]*(?: ?~ ?[0-9][0-9,.]*)?[만억]? ?[^\s/]*(?:/[^\s/]+)*/"
)
#: A count after a rate written with a number (1일 3회, 1주 2번), its counter's word: a count of
#: times (the times_counter role) makes the rate one.
_TIMES_AHEAD = re.compile(r" ?[0-9]+ ?([가-힣]+?)(?:씩|[이가은는을를의도만에]|$|(?![가-힣]))")


@cache
def _rates_by_digit() -> dict[str, tuple[tuple[str, str], ...]]:
    """The rows of data/rate_words.tsv written with a number (1일, 1년), by their first digit, in
    the table's order, so a figure is checked only against the rates that start with it."""
    out: dict[str, list[tuple[str, str]]] = {}
    for rate, written in rows("rate_words.tsv"):
        if written[0].isdigit():
            out.setdefault(written[0], []).append((rate, written))
    return {c: tuple(group) for c, group in out.items()}


def _rate_spelled(t: str, i: int, end: int) -> tuple[int, str] | None:
    """A rate written with a number (data/rate_words.tsv: 1일, 1년) before a figure whose slash
    says the same rate after it, said as that rate, once: 1일 60mg/kg/일 → 하루 육십 밀리그램 퍼
    킬로그램, not 일 일 (the first of a month, or il il) with the day heard twice; or before a
    count of times (1일 3회 → 하루 삼 회); a day of a month stays a date (5월 1일, 지난 1일)."""
    for rate, written in _rates_by_digit().get(t[i : i + 1], ()):
        if not t.startswith(written, i):
            continue
        if (i > 0 and _digit(t[i - 1])) or _MONTH_BEFORE.search(t, max(0, i - 4), i) or date.date_word_before(t, i):
            return None
        if _DAY_LISTED_BEFORE.search(t, max(0, i - 8), i):
            return None  # 30일과 1일 2회 공연: the first of the month, after the 30th
        ahead = _RATE_FIGURE_AHEAD.match(t, i + len(written), end)
        per = money.per_word(t, ahead.end(), end) if ahead else None
        if per and per[1] == rate:
            return i + len(written), rate
        times = _TIMES_AHEAD.match(t, i + len(written), end)
        if times and times.group(1) in roles()["times_counter"]:
            return i + len(written), rate  # 1일 3회 복용 → 하루 삼 회, 1주 2번 → 주당 두 번
    return None


def _per_unsaid(t: str, i: int, per: str) -> str:
    """``per`` (하루, 연, 일 인당), the rate of a slash after the figure at ``t[i]``, said before
    it, unless the text already says it there, or writes it another way (data/rate_words.tsv:
    1일, 매일, 연간): 하루 60mg/kg/일 → 하루 육십 밀리그램 퍼 킬로그램, not 하루 하루."""
    spellings = (per, *(row[1] for row in rows("rate_words.tsv") if row[0] == per))
    return "" if measure.rate_written(t, i, tuple(re.escape(w) for w in spellings)) else per + " "


# ---------------------------------------------------------------- other classes


def _p_value(t: str, i: int, end: int) -> tuple[int, str] | None:
    """A statistic's p-value: p<0.05 → 피 값 영 점 영오 미만, p=.003 → 피 값 영 점 영영삼 (not
    피가 …보다 작다, where 피가 is heard as blood)."""
    m = _P_VALUE.match(t, i, end)
    if not m or (i > 0 and t[i - 1].isascii() and t[i - 1].isalnum()):
        return None
    j, said = _bare_decimal(t, m.end(), end) if t[m.end()] == "." else _number(t, m.end(), end)
    return j, f"피 값 {said.strip()}{_P_BOUNDS[m.group(1)]}"


#: The label of a table's unit, and the units before this one in it: (단위: 억원, mm).
_UNIT_LABEL = re.compile(r"단위 ?[:=：]? ?(?:[^()\n,]{1,12}, ?)*$")


def _unit_label(t: str, i: int, end: int) -> tuple[int, str] | None:
    """A unit written alone, with no figure: after 단위 (단위: km/h → 시속 킬로미터, 단위 mm →
    밀리미터), or a unit divided by another in brackets after a word (속도(km/h)); not a letter
    that a word's brackets gloss (방안(A))."""
    unit = measure.match_unit(t, i, end)
    if unit is None or (unit[0] < end and t[unit[0]].isascii() and t[unit[0]].isalnum()):
        return None
    if _UNIT_LABEL.search(t, max(0, i - 40), i):
        return unit
    bracketed = i > 1 and t[i - 1] == "(" and is_hangul(t[i - 2]) and t[unit[0] : unit[0] + 1] == ")"
    return unit if bracketed and "/" in t[i : unit[0]] else None


def _visa_around(t: str, i: int, j: int, end: int) -> bool:
    """Whether a word of a stay's category (the ``visa`` role of data/counter_context.tsv) stands
    right after ``t[i:j]`` (past a bracket) or shortly before it: D-2 is then a visa, not a
    countdown."""
    words = roles()["visa"]
    k = j
    while k < min(end, j + 2) and t[k] in ") ":
        k += 1
    after = _HANGUL_WORD.match(t, k, end)
    if after and any(after.group().startswith(w) for w in words):
        return True
    return any(w in t[max(0, i - 12) : i] for w in words)


#: A key of music named by its letter, a sharp or a flat after it, before 장조 or 단조 (d단조, B♭
#: 장조, f# 단조): see data/key_names.tsv.
_KEY_NAME = re.compile(r"([A-Ga-g])([#♯♭b]?) ?(?=[장단]조(?!롭|로[운우움워웠]|림))")


#: A drug's code: letters (two capitals among them, a hyphen between parts), three or four digits
#: and a letter and a digit of a variant after them (AZD7442, LY-CoV555, mRNA-1283, BNT162b2).
_DRUG_CODE = re.compile(r"([A-Za-z]+(?:-[A-Za-z]+)*)-?([0-9]{3,4})([a-z][0-9])?")


@cache
def _drug_after() -> re.Pattern[str]:
    """A word of a drug after its code (the drug_after role of data/counter_context.tsv: 백신,
    항체, 치료제, 투약), a space apart or with 의 between."""
    return re.compile(rf"(?:의)? (?:{role_alternation('drug_after')})")


#: A year written against a listed name of an event or an index (ASCO2025, KOSPI2000).
_YEAR_DIGITS = re.compile(r"(?:19|20)[0-9]{2}")


def _drug_code(t: str, tok: str, j: int, end: int) -> re.Match[str] | None:
    """The drug's code ``tok`` ending at ``t[j]`` (BNT162b2 백신, AZD7442 투약, GBP510 백신): two
    capitals or more and its digits before a word of a drug; None for a year after a listed name
    (ASCO2025 임상 → 아스코 이천이십오, KOSPI2000 신약), a code data/acronyms.tsv lists whole, or a
    currency's code before a round sum paid for the drug (USD200 백신 접종비)."""
    dc = _DRUG_CODE.fullmatch(tok)
    if not dc or sum(c.isupper() for c in dc.group(1)) < 2 or not _drug_after().match(t, j, end):
        return None
    acronyms = table("acronyms.tsv")
    if tok in acronyms or (dc.group(1) in acronyms and _YEAR_DIGITS.fullmatch(dc.group(2)) and not dc.group(3)):
        return None
    if (
        dc.group(1) in table("currency_codes.tsv")
        and dc.group(2).endswith(("00", "50"))
        and not dc.group(3)
        and _COST_AHEAD.search(t, j, min(end, j + 16))
    ):
        return None  # USD200 백신 접종비, EUR150 백신 접종 비용: a round sum paid for it, not its code
    return dc


#: A word of what is paid a little after a drug's word (접종비를, 구입 비용, 바우처).
_COST_AHEAD = re.compile(r"[가-힣]*(?:비|비용|값|바우처|요금|지원금)(?:을|를|이|가|은|는|도|로|으로)?(?![가-힣])")


@cache
def _caps_count() -> re.Pattern[str]:
    """Capitals with a count written against them, its counter right after the digits (CCTV10대,
    PD3명, SUV2대; data/counter_context.tsv caps_count): the capitals a word of their own, the
    count read as one (씨씨티브이 열 대, not 씨씨티브이 십대 or 피디 삼명)."""
    words = role_alternation("caps_count")
    return re.compile(rf"([A-Z]{{2,6}})[0-9]{{1,3}}(?:{words})(?:(?![가-힣])|(?=[이가을를은는도의와과만씩]))")


def _latin(t: str, i: int, end: int) -> tuple[int, str]:
    found = _p_value(t, i, end) or _unit_label(t, i, end)
    if found:
        return found
    if _RH_SIGN.match(t, i, end):
        return i + 2, latin.read_token(t[i : i + 2])  # Rh-O형: the factor, then its sign (_step)
    m = latin.TOKEN.match(t, i, end)
    if not m:
        return i + 1, latin.spell(t[i])
    tok, j = m.group(), m.end()
    counted = _caps_count().match(t, i, end) if i == 0 or not t[i - 1].isalnum() else None
    if counted:
        return counted.end(1), latin.read_token(counted.group(1)) + " "  # CCTV10대 → 씨씨티브이, then 열 대
    key = _KEY_NAME.match(t, i, end) if i == 0 or not t[i - 1].isalnum() else None
    if key:
        # d단조 → 라단조, B♭장조 → 내림나장조, f#단조 → 올림바단조: a key by its Korean note name
        names = table("key_names.tsv")
        return key.end(), names.get(key.group(2), "") + names[key.group(1).upper()]
    glued = _CAPS_CLOCK.fullmatch(tok) if t.startswith(":", j) and _digit(t[j + 1 : j + 2]) else None
    if glued and _CLOCK_MINUTES.match(t, j, end):
        # a train's or a flight's name with its time written against it: KTX10:30 → 케이티엑스
        # 열 시 삼십 분, not 케이티엑스 십 대 삼십
        return i + len(glued.group(1)), latin.read_token(glued.group(1)) + " "
    cc = _CODE_CLOCK.fullmatch(tok) if t.startswith(":", j) and _digit(t[j + 1 : j + 2]) else None
    if cc and not _T_MINUS.match(t, i, end):
        # the figure after the hyphen begins a time or a ratio, read whole, not the end of a code
        # with its colon left over: KTX-10:30 → 케이티엑스 열 시 삼십 분, not 케이티엑스 십:삼십
        return i + len(cc.group(1)) + 1, latin.read_token(cc.group(1)) + " "
    tail = _V_VERSION_TAIL.match(t, j, end) if tok[0] in "vV" and tok[1:].isdigit() else None
    if tail:
        return tail.end(), f"{latin.spell(tok[0])} {_version(tok[1:] + tail.group())}"  # v2.3.1 → 브이 이 점 삼 점 일
    drug = _drug_code(t, tok, j, end)
    cs = _CAPS_SERIAL.fullmatch(tok) or _CAPS_AMOUNT.fullmatch(tok)
    currency = table("currency_codes.tsv").get(cs.group(1)) if cs and not drug else None
    if cs and currency:
        return _number(t, i + len(cs.group(1)), end, currency=currency)  # USD10000 → 만 달러
    if cs and cs.re is _CAPS_SERIAL:
        # KB5048667 → 케이비 오공사팔육육칠, US1234567: a serial, not five million and more
        return j, f"{latin.read_token(cs.group(1))} {digits(cs.group(2), zero='공')}"
    dc = drug
    if dc:
        # BNT162b2 백신 → 비엔티 일육이 비 투, AZD7442 투약 → 에이지디 칠사사이: a drug's code says
        # its digits one by one, not as the hundreds of a chip's model (MI350 → 엠아이 삼백오십)
        variant = f" {latin.spell(dc.group(3)[0])} {latin.english_number(dc.group(3)[1])}" if dc.group(3) else ""
        return j, f"{latin.read_token(dc.group(1))} {digits(dc.group(2), zero='공')}{variant}"
    y = _YEAR_ID.fullmatch(tok)
    if y and y.group(1) in table("code_words.tsv"):
        # CVE-2025-12345 → 씨브이이 이천이십오 일이삼사오: the year, then the number within it
        return j, f"{latin.read_token(y.group(1))} {sino(int(y.group(2)))} {digits(y.group(3), zero='공')}"
    sv = _SLASH_VERSION.match(t, j, end) if len(tok) > 1 and tok.isalpha() and latin.english_name(tok) else None
    said = latin.english_number(sv.group(1)) if sv else None
    if sv and said:
        return sv.end(), f"{latin.read_token(tok)} {said}"  # HTTP/2 → 에이치티티피 투
    if i > 0 and not t[i - 1].isascii() and t[i - 1] in table("units.tsv") and tok.isalpha() and tok.isupper():
        return j, " " + latin.spell(tok)  # 전용 59㎡A: the type of a flat after its area, 제곱미터 에이
    if i > 0 and _digit(t[i - 1]) and len(tok) > 1 and tok.isalpha() and tok.isupper():
        # an amount of what the capitals name, written against it: 10ETH → 십 이티에이치, not
        # 십이티에이치 (twelve), 1BTC → 일 비티씨
        return j, " " + latin.read_token(tok)
    named = _korean_name(t, i, j, end, tok)
    if named:
        g = _REV_GLOSS.match(t, named[0], end)
        if g and _same_name(g.group(1), named[1]):
            return g.end(), g.group(1)  # Kim Jong Un(김정은) → 김정은, once, as the Hangul writes it
        return named
    two = romanized.surname_pair(t, i, j)
    if two:
        return two
    said = latin.read_in_name(t, i, j)
    if said:
        return j, said
    code = table("currency_codes.tsv").get(tok)
    pair = _CODE_PAIR.match(t, j, end) if code else None
    if pair and pair.group(1) in table("currency_codes.tsv"):
        return pair.end(), f"{code} {table('currency_codes.tsv')[pair.group(1)]}"  # USD/KRW → 달러 원
    if code and _CODE_AMOUNT.match(t, j, end):
        return _number(t, j + 1 if t[j] == " " else j, end, currency=code)  # USD 100 → 백 달러
    if tok in money.DOLLAR_PREFIX and j < end and t[j] == "$":
        k = j + 2 if t[j + 1 : j + 2] == " " else j + 1
        if k < end and _digit(t[k]):
            return _number(t, k, end, currency=money.DOLLAR_PREFIX[tok])  # HK$100 → 백 홍콩달러
        if tok == "US":
            return j, ""
    if tok in ("No", "NO"):
        n = _NO_NUMBER.match(t, j, end)
        if n:
            return _numero(n)  # No.1 → 넘버 원, as № 1
    said = table("numbered_abbr.tsv").get(tok.lower())
    n = _NO_NUMBER.match(t, j, end) if said else None
    if n:
        return n.end(), f"{said} {integer(n.group(1))}"  # EP.5 → 에피소드 오, Vol.3 → 볼륨 삼
    lq = _LETTER_QUARTER.match(tok)
    if lq and (lq.group(1) == "Q" or lq.group(2) in "12"):
        k = i + lq.end()  # the token may run on into the year: Q3'25
        y = _LETTER_QUARTER_YEAR.match(t, k, end) if k == j or t[k] in "'’" else None
        if y:
            year = _century(y.group(1)) if y.group(1) else int(y.group(2))
            return y.end(), _part_of_year(lq.group(2), lq.group(1), year)  # Q3 2025 → 이천이십오 년 삼 분기
        if (
            k == j
            and lq.group(1) == "H"
            and (_HALF_YEAR_BEFORE.search(t, max(0, i - 12), i) or _HALF_REPORT_AFTER.match(t, j, end))
        ):
            return j, _part_of_year(lq.group(2), "H", None)  # 2025년 H1 → 이천이십오 년 상반기
    fy = _FISCAL_YEAR.fullmatch(tok)
    if fy:
        return j, f"{integer(fy.group(1))} 회계연도"  # FY2025 → 이천이십오 회계연도, as 2025 회계연도
    if _T_MINUS.match(t, i, end):
        return i + 2, "티 마이너스 "  # 발사 T-10분 → 티 마이너스 십 분, T-1시간 → 한 시간
    lot = _SITE_BLOCK.fullmatch(tok) if _lot_after().match(t, j, end) else None
    if lot:
        # 새별신도시 A-7블록 → 에이 칠 블록, D-5구역 → 디 오 구역: a site's block by its letter and number
        return j, f"{latin.spell(lot.group(1))} {integer(lot.group(2))}" + ("" if t[j : j + 1].isspace() else " ")
    dd = _D_DAY.fullmatch(tok)
    if dd and _visa_around(t, i, j, end):
        return j, f"디 {integer(dd.group(1))}"  # 유학(D-2) 비자 → 디 이: a category of stay
    if dd:
        return j, f"디 마이너스 {integer(dd.group(1))}"  # 수능 D-7 → 디 마이너스 칠
    r = _ROUTE.fullmatch(tok)
    if r and t.startswith("번", j):
        return j, f"{latin.spell(r.group(1))} {digits(r.group(2), zero='공')} "  # M7731번 → 엠 칠칠삼일 번
    f = _FLIGHT.fullmatch(tok)
    if f and t.startswith("편", j):
        return j, _flight(f)
    b = _BASEMENT.fullmatch(tok)
    # 지하 already written before the B floor (지하 B1층, 지하 B1~B2층) is not said twice
    below = "" if b and t[max(0, i - 3) : i].strip() == "지하" else "지하 "
    if b and t.startswith("층", j):
        return j, f"{below}{sino(int(b.group(1)))} "  # B1층 → 지하 일 층
    if b and _BASEMENT_SPAN.match(t, j, end):
        return j + 1, f"{below}{sino(int(b.group(1)))} 층에서 "  # B1~B3층 → 지하 일 층에서 지하 삼 층
    if b and _BASEMENT_AFTER.match(t, j, end):
        return j, f"{below}{sino(int(b.group(1)))} 층"  # B2 주차장 → 지하 이 층 주차장
    dm = _DOT_MODEL.match(t, j, end) if tok.isalpha() and tok.isupper() and len(tok) <= 4 else None
    if dm:
        # 폭스바겐 ID.4 → 아이디 포; a virus lineage: XBB.1.5 → 엑스비비 일 점 오
        said = _version(dm.group(1))
        if latin.model_apart(tok + dm.group(1), "", t[max(0, i - 12) : i]):
            said = latin.english_number(dm.group(1)) or said  # its maker before it: 폭스바겐 ID.4 → 아이디 포
        return dm.end(), f"{latin.read_token(tok)} {said}"
    itu = _STANDARD_NUMBER.match(t, j, end) if len(tok) == 1 and tok.isupper() else None
    if itu:
        return itu.end(), f"{latin.spell(tok)} {digits(itu.group(1), zero='공')}"  # H.265 → 에이치 이육오
    if len(tok) == 1 and i > 1 and t[i - 1] == "." and t[i - 2].isalpha() and _ABBR_END.match(t, j, end):
        return j + 1, latin.spell(tok)  # the last letter of U.S. 스틸: its full stop ends no sentence
    if tok.isupper() and len(tok) <= 2 and _INITIAL_AFTER.match(t, j, end) and (i == 0 or not t[i - 1].isalpha()):
        # an initial before a name: J.D. Vance → 제이디 밴스, J. Powell → 제이 파월
        k = j
        while _INITIAL_AFTER.match(t, k, end) and t[k + 1].isupper() and t[k + 2 : k + 3] == ".":
            k += 2  # J.D.: the next initial joins
        return k + 1, latin.spell(t[i:k].replace(".", ""))
    if i > 1 and t[i - 1] == "-" and is_hangul(t[i - 2]) and latin.roman(tok):
        return j, sino(latin.roman(tok) or 0)  # a Korean name and its Roman numeral: 천궁-II → 천궁 이, as 천궁2
    value = latin.roman(tok) if i > 1 and t[i - 1] == " " and t[i - 2].isascii() and t[i - 2].isalpha() else None
    if value is None and tok in _LONE_NUMERAL and i > 1 and t[i - 1] == " ":
        value = _numbered_by(t, i, tok)  # Episode I → 에피소드 원, Chapter V, World War I: not a letter
    numeral = _numeral_after_name(t, i, value) if value else None
    if numeral:
        return j, numeral
    if tok in _HALF_DAY and _CLOCK_AFTER.match(t, j, end):
        return j, _HALF_DAY[tok]  # AM 9:00 → 오전 아홉 시, PM 6시 → 오후 여섯 시
    # a single letter (K., D.) is a catalogue only with its full stop: 플랜 D 3개 is no work
    listed = tok in table("catalogues.tsv") and (len(tok) > 1 or t[j : j + 1] == ".")
    work = _CATALOGUE_NUMBER.match(t, j, end) if listed else None
    if work:
        # Op. 27 No. 2 → 작품 이십칠의 이, K. 331 → 쾨헬 삼백삼십일: a work by its catalogue's number
        piece = f"의 {integer(work.group(2))}" if work.group(2) else ""
        return work.end(), f"{table('catalogues.tsv')[tok]} {integer(work.group(1))}{piece}"
    if j + 1 < end and t[j] == "." and t[j + 1] != "\n" and tok.lower() in table("stop_abbr.tsv"):
        if not latin.dotted_name(tok, t[j + 1 : j + 3]):
            return j + 1, table("stop_abbr.tsv")[tok.lower()]  # Co., Ltd. → 컴퍼니, 리미티드; Dr. Kim → 닥터 킴
        return j + 2, latin.read_word(tok) + latin.spell(t[j + 1])  # a team's name: Gen.G → 젠지
    if tok.lower() == "vs" and j < end and t[j] == ".":
        j += 1  # the full stop of vs. is not a sentence's end
    if _PAGE.fullmatch(tok) and t.startswith("면", j) and _on_page(t, i, j + 1, end):
        return j, f"{latin.spell(tok[0])} {sino(int(tok[1:]))} "  # 24일자 A5면 → 에이 오 면
    if tok in table("road_marks.tsv") and i > 0 and is_hangul(t[i - 1]):
        return j, table("road_marks.tsv")[tok]  # 안성IC → 안성나들목, 판교JC → 판교분기점
    if tok in table("eras.tsv") and _ERA_YEAR.match(t, j, end):
        return j, table("eras.tsv")[tok]  # BC 500년 → 기원전 오백 년
    label = table("phone_labels.tsv").get(tok.lower())
    if label:
        mark = _LABEL_MARK.match(t, j, end)
        if mark and telephone.PHONE.match(t, mark.end(), end):
            return mark.end(), label + " "  # Tel. 02-123-4567 → 전화 공이 …
    if tok in table("units.tsv") and _UNIT_ALONE.match(t, j, end):
        return j, table("units.tsv")[tok]  # km당, kg당, km 단위로
    d = _DECIMAL.match(t, j, end) if _digit(tok[-1]) else None
    if d and d.end() < end and t[d.end()] == "." and d.end() + 1 < end and _digit(t[d.end() + 1]):
        d = None
    # a model after a name that says its numbers in English: DeepSeek R1 → 알원, DeepSeek-V3
    first = re.match(r"[A-Za-z]+(?=-)", tok)
    english = _after_model_name(t, i) or bool(first and first.group() in roles()["english_model"])
    english = english or (d is None and latin.model_apart(tok, t[j : j + 1], t[max(0, i - 12) : i]))  # 르노 QM6
    said = latin.title_word(tok) if tok.isalpha() and tok.isupper() and _quoted_caps(t, i, j, end) else None
    if said is None and _alone_in_quotes(t, i, j, end):
        said = romanized.read_capitals(tok)  # 'SEOYEON' → 서연, not 세오이에온
    if said:
        return _title_stop(t, i, j, end), said  # a title in capitals: 'HOW YOU LIKE THAT' → 하우 유 라이크 댓
    out = latin.read_token(tok, decimal=d is not None, english=english)
    if tok.isalpha() and tok.isupper():
        j = _title_stop(t, i, j, end)
    if d is None and _noun_after_code(t, j, end) and _SINO_END.search(out):
        out += " "  # IB1본부장 → 아이비 일 본부장, not 일본부장: the number ends the code, the noun is its own
    if d:
        # PM2.5, GPT-3.5; the release after a version's v counts (v3.12 → 브이 삼 점 십이)
        frac = integer(d.group()[1:]) if tok[0] in "vV" and tok[1:].isdigit() else digits(d.group()[1:])
        out, j = f"{out} 점 {frac}", d.end()
    if j + 1 < end and t[j] == "-" and is_hangul(t[j + 1]) and not _GRADE_MINUS.match(t, i, end):
        j += 1
    g = _REV_GLOSS.match(t, j, end)
    if g and _said_alike(g.group(1), _latin_name_said(t, i, out)):
        return g.end(), out  # a name followed by its own Hangul: NewJeans(뉴진스) → 뉴진스, once
    k = j + 1 + len(out)
    twice = out and t.startswith(("·", "/"), j) and t.startswith(out, j + 1)
    if twice and (k >= end or not is_hangul(t[k]) or _PARTICLE.match(t, k, end)):
        return j + 1, ""  # the same name twice: 연방준비제도(Fed·연준) → 연준, once
    return j, out


def _noun_after_code(t: str, j: int, end: int) -> bool:
    """Whether a Hangul noun is written right after a code that ends in a number (IB1본부장,
    KF94마스크, U23대표팀), not a particle, the copula (H1N1pdm09다, XR9였다: data/copula.tsv) or
    a counter with or without one (IB1에서, A4 2장을)."""
    run = _HANGUL_WORD.match(t, j, end)
    if not run or not _digit(t[j - 1]):
        return False
    word = run.group()
    if word in table("copula.tsv"):
        return False
    c = counter.match_counter(t, j, end)
    counted = c is not None and (word == c[0] or word[len(c[0]) :] in counter.PARTICLES)
    return not counted and not any(word.startswith(p) for p in counter.PARTICLES)


#: A Sino-Korean number said last, apart from the letters before it (아이비 일, 케이에프 구십사).
_SINO_END = re.compile(r" [영공일이삼사오육칠팔구십백천만]+$")


_ROMAN_NAME_AFTER = re.compile(r" ([A-Z][A-Za-z]*(?:-[A-Za-z]+)?)(?![A-Za-z0-9-])", re.ASCII)
_ROMAN_NAME_BEFORE = re.compile(r"(?<![A-Za-z0-9-])([A-Z][A-Za-z]*(?:-[A-Za-z]+)?) $", re.ASCII)


_ROMAN_SPACED_AFTER = re.compile(r" ([A-Z][a-z]{1,5}) ([A-Z][a-z]{1,5})(?![A-Za-z0-9-])", re.ASCII)
_ROMAN_SPACED_BEFORE = re.compile(r"(?<![A-Za-z0-9-])([A-Z][A-Za-z]*) ([A-Z][a-z]{1,5}) $", re.ASCII)


def _spaced_given(a: str, b: str) -> str | None:
    """The Hangul of a given name written as two words (Son Heung Min: Heung Min), each a
    name's syllable that no English word of another sound is (not Do Re Mi's Re)."""
    eng = table("english.tsv")
    said = romanized.read_given_name(f"{a}-{b}")
    if said is None or any(w.lower() in eng and eng[w.lower()] != s for w, s in zip((a, b), said, strict=True)):
        return None
    return said


def _korean_name(t: str, i: int, j: int, end: int, tok: str) -> tuple[int, str] | None:
    """A Korean person's name in Latin letters: the surname before the given name (Lee
    Jae-myung → 이재명, Kim Yuna → 김유나, SON Heung-min) or after one joined by a hyphen
    (Heung-min Son → 손흥민; the English press writes Heung-Min too). A surname that is an
    English word too only before a name joined by a hyphen (Moon Jae-in, not Han Solo); a
    surname alone, or by a name that is not Korean, stays English (Park Avenue, Jason Park,
    Dr. Kim). A given name written as two words is read with its surname, the name whole, as
    ``(end, said)`` (Kim Jong Un → 김정은, not 김 정 은 heard as three syllables apart)."""
    surname = romanized.read_surname(tok)
    if surname:
        m = _ROMAN_NAME_AFTER.match(t, j, end)
        given = romanized.read_given_name(m.group(1), joined=not romanized.surname_is_word(tok)) if m else None
        if m and given:
            return m.end(), surname + given  # Kim Jong-un → 김정은, not 김 정은
        m = _ROMAN_SPACED_AFTER.match(t, j, end)
        spaced = _spaced_given(m.group(1), m.group(2)) if m else None
        if m and spaced:
            return m.end(), surname + spaced  # Son Heung Min, as rosters write it: 손흥민
        b = _ROMAN_NAME_BEFORE.search(t, max(0, i - 24), i)
        if b and romanized.read_given_name(b.group(1)):
            return j, surname
    b = _ROMAN_NAME_BEFORE.search(t, max(0, i - 12), i)
    given = None
    if b and romanized.read_surname(b.group(1)):
        given = romanized.read_given_name(tok, joined=not romanized.surname_is_word(b.group(1)))
        m = _ROMAN_NAME_AFTER.match(t, j, end)
        spaced = _spaced_given(tok, m.group(1)) if given is None and m else None
        given = spaced[0] if spaced else given  # the Heung of Son Heung Min, the Jong of Kim Jong Un 정
    s = _ROMAN_SPACED_BEFORE.search(t, max(0, i - 20), i) if given is None else None
    spaced = _spaced_given(s.group(2), tok) if s and romanized.read_surname(s.group(1)) else None
    if spaced:
        given = spaced[1]  # its Min, its Un 은
    if given:
        return j, given
    m = _ROMAN_NAME_AFTER.match(t, j, end) if "-" in tok else None
    surname = romanized.read_surname(m.group(1)) if m else None
    if m and surname:
        said = romanized.read_given_name(tok)  # Heung-Min Son, written so in English: 손흥민
        return (m.end(), surname + said) if said else None
    return None


def _latin_name_said(t: str, i: int, out: str) -> str:
    """``out``, the reading of the Latin word at ``t[i]``, with the Latin words of the same
    name before it (Stray Kids: 스트레이 키즈)."""
    m = _LATIN_WORDS_BEFORE.search(t, max(0, i - 40), i)
    if not m:
        return out
    return " ".join(latin.read_token(w) for w in m.group().split()) + " " + out


def _same_name(hangul: str, said: str) -> bool:
    """Whether a Hangul gloss writes the Korean name read from the Latin before it: the same
    surname, as many syllables and at most one of the given name's apart (Lee Byung-hun(이병헌),
    read 이병훈 from the letters); not a title after the surname (Lee Jae-myung(이 대표), Kim
    Jang-hoon(김 장관)): a gloss with a space after its surname is a title, never the name."""
    if hangul[1:2] == " ":
        return False
    h, s = hangul.replace(" ", ""), said.replace(" ", "")
    apart = sum(a != b for a, b in zip(h, s, strict=False))
    return 2 <= len(h) <= 4 and len(h) == len(s) and h[0] == s[0] and (h == s or (len(h) > 2 and apart <= 1))


def _said_alike(hangul: str, said: str) -> bool:
    """Whether a Hangul gloss says what the Latin before it says (spaces aside; the end of the
    reading, for a name of more than one word: Stray Kids(스트레이 키즈), 그룹 ITZY(있지))."""
    h, s = hangul.replace(" ", ""), said.replace(" ", "")
    return bool(h) and s.endswith(h) and (len(h) == len(s) or len(h) >= 2)


#: A mark that ends a sentence or a headline, and the most of a sentence looked at each side.
_SENTENCE_MARK = re.compile(r"[.!?\n]")
_SENTENCE_REACH = 120


def _sentence_around(t: str, i: int, j: int, end: int) -> str:
    """The sentence (or headline) that ``t[i:j]`` stands in, up to ``_SENTENCE_REACH`` characters
    each side of it."""
    lo = max(0, i - _SENTENCE_REACH)
    start = max((m.end() for m in _SENTENCE_MARK.finditer(t, lo, i)), default=lo)
    stop = _SENTENCE_MARK.search(t, j, min(end, j + _SENTENCE_REACH))
    return t[start : stop.start() if stop else min(end, j + _SENTENCE_REACH)]


#: The rest of a list of clippings joined by middle dots, from one of them (佛·獨·英), and
#: the 등 that closes the list as one of several, not a compound (佛·獨·英 등 유럽 주요국).
_CLIPPINGS_LISTED = re.compile(f"[{hj.HANJA_CLASS}](?:·[{hj.HANJA_CLASS}])*")
_LIST_CLOSE = re.compile(r" ?등(?:[은는이가을를의과도]|에서|에|으로)?(?![가-힣])")


def _countries_joined(t: str, i: int, end: int) -> bool:
    """Whether every clipping of the list joined by middle dots that ``t[i]`` stands in is a
    headline clipping (美·日, 印·濠); one that is no clipping, read by its sound alone (太 of
    太平洋), makes the list a region's short name, each character said by its sound (印·太
    인태, 亞·太 아태)."""
    k = i
    while k > 1 and t[k - 1] == "·" and hj.is_hanja(t[k - 2]):
        k -= 2
    listed = _CLIPPINGS_LISTED.match(t, k, end)
    return listed is None or all(hj.abbreviation(c) is not None for c in listed.group().split("·"))


def _clipping_before_word(c: str) -> str | None:
    """A headline clipping written against the noun after it (日외무상, 佛대통령, 露외무부), said
    as it is said apart from it where that is more than the character's sound (일본 외무상,
    프랑스 대통령, 러시아 외무부); None where the clipping is a syllable, as the character's
    sound is (美국무부, 朴장관; 金테크 is 금테크, not the surname 김)."""
    full = hj.abbreviation(c)
    if full is None or len(full) < 2:
        return None
    return f"{full} "


def _acted_on(t: str, i: int, end: int) -> bool:
    """Whether the word at ``t[i]`` is a verb that a headline clipping before it is the
    subject or object of, its particle dropped (中 제치고, 日 꺾고), or a noun of its own that
    the clipping's bare syllable would be heard as a number or a word with (韓 측 → 한국 측, not
    "one side"), alone or with its particle: ``data/clipping_after.tsv``."""
    w = _HANGUL_WORD.match(t, i, end)
    if w is None:
        return False
    word, found = w.group(), roles("clipping_after.tsv")
    if any(word.startswith(v) for v in found["verb"]):
        return True
    return any(word == v or (word.startswith(v) and word[len(v) :] in _NOUN_PARTICLES) for v in found["noun"])


def _hanja(t: str, i: int, end: int, dropped: list[str]) -> tuple[int, str]:
    m = hj.HANJA_RUN.match(t, i, end)
    if m is None:
        return i + 1, ""
    run, j = m.group(), m.end()
    dropped.extend(c for c in run if hj.char_reading(c) is None)
    prev = t[i - 1] if i > 0 else ""
    nxt = t[j] if j < end else ""
    out = None
    joined = (prev == "·" and i > 1 and hj.is_hanja(t[i - 2])) or (nxt == "·" and j + 1 < end and hj.is_hanja(t[j + 1]))
    if len(run) == 1 and joined and hj.abbreviation(run) is not None:
        first = prev != "·"  # the first of them starts a word: 勞·使 → 노사, 勞·政 → 노정
        out = hj.abbreviation(run, joined=True, first=first)  # 美·日 → 미일
        listed = _CLIPPINGS_LISTED.match(t, i, end)
        if not _countries_joined(t, i, end):
            out = hj.char_reading(run)  # a region of clippings that are no countries: 印·太 → 인태
            if out and first:
                out = hj.initial_rule(out)
        if listed and _LIST_CLOSE.match(t, listed.end(), end):
            # countries listed before 등 are counted one by one, each by its name, not made a
            # compound: 佛·獨·英 등 → 프랑스 독일 영국 등 (not 불독영 등)
            out = hj.abbreviation(run, full=True)
        if out and len(out) > 1:
            out = f" {out} "  # a full name is a word of its own: 印·濠 → 인도 호주
    elif len(run) == 1 and not is_hangul(prev) and not _digit(prev):
        sentence = _sentence_around(t, i, j, end) if hj.reads_by_sentence(run) else ""
        out = hj.context_abbreviation(run, t[j : min(end, j + 12)], sentence)  # 金 값 → 금 값
        if out is None and nxt == " " and _acted_on(t, j + 1, end):
            out = hj.abbreviation(run, particle=True)  # 中 제치고 1위 → 중국 제치고
        elif out is None and not is_hangul(nxt):
            # a comma or a quotation after it stands for the subject's particle (與, 尹 … → 여당,
            # 윤 …; 野 "특검" → 야당 "특검"), and so does the end of the line or an ellipsis, where
            # no noun follows for the clipping to qualify (수출국은 美 → 미국; 1위 中…2위 → 중국),
            # and so do brackets that hold the clipping alone (BYD(中) → 비와이디(중국))
            said = nxt in ",…\n.!?" or (nxt == " " and t[j + 1 : j + 2] in "\"“'‘" and j + 1 < end)
            said = said or (prev == "(" and nxt == ")")
            out = hj.abbreviation(run, particle=said)
        elif out is None:
            w = _HANGUL_WORD.match(t, j, end)
            if w and w.group() in _NOUN_PARTICLES:
                out = hj.abbreviation(run, particle=True)  # 美와 中이 → 미국과 중국이
            else:
                out = _clipping_before_word(run)  # 日외무상 → 일본 외무상
    elif len(run) == 1 and is_hangul(prev):
        out = hj.joined_abbreviation(run, t[j : min(end, j + 12)])  # 전년比 15% → 전년 대비
        out = out and f" {out}"
    tail = hj.joined_tail(run, t[j : min(end, j + 12)]) if out is None else None
    if tail:
        run = tail[0]  # 前年比 10% → 전년 대비
    if out is None:
        out = hj.read_run(run, word_start=not is_hangul(prev), prev_syllable=prev if is_hangul(prev) else "")
    if tail:
        out = f"{out} {tail[1]}"
    g = _REV_GLOSS.match(t, j, end)
    if g and g.group(1).replace(" ", "") == out.replace(" ", ""):
        return j, ""
    return j, out


_COUNTED = re.compile(r"[0-9](?:[가-힣]{1,2}|:[0-5][0-9]) ?$")
#: A figure with the mark of its unit (-8℃, 30%), a first end of a range as a counted figure is.
_MEASURED = re.compile(r"[0-9][℃℉%‰㎡㎞㎏㎜㎝] ?$")
#: The second end of such a range: a word, then its figure (최고 2℃, 최대 50%, 영상 5도).
_WORD_THEN_FIGURE = re.compile(r"[가-힣]{1,4} ?[-+]?[0-9]")


def _counted_before(t: str, i: int) -> bool:
    """A number with its counter, or a clock time, ends right before ``t[i]`` (``9시``,
    ``2023년``, ``10:00``)."""
    return _COUNTED.search(t, max(0, i - 6), i) is not None


def _range_opens(t: str, i: int) -> bool:
    """Whether the tilde at ``t[i]`` has no first end of a range before it: at the start of
    a line or a bracket, after a label's colon (접수: ~12.24), or after a word with its
    particle (상승폭은 ~5%에); a word of time before it is the first end (이달 초~10일 → 초에서)."""
    k = i - 1 if i > 0 and t[i - 1] == " " else i
    if k == 0 or t[k - 1] in "\n([{'\"“‘:：":
        return True
    return t[k - 1] in "은는이가을를에의도로" and not _counted_before(t, k)


def _roman(c: str) -> bool:
    """Whether ``c`` is a Roman numeral written as one character (Ⅳ, Ⅻ)."""
    return unicodedata.name(c, "").startswith("ROMAN NUMERAL")


#: The names of the marks that are numbers of a list or a grade written as one character, other
#: than the circled ones: Ⅳ, ⅳ, ⑷, ⒋.
_NUMERAL_MARKS = ("ROMAN NUMERAL", "SMALL ROMAN NUMERAL", "PARENTHESIZED DIGIT", "PARENTHESIZED NUMBER")


def _numeral_mark(c: str) -> bool:
    """Whether ``c`` is a number written as one mark: a Roman numeral, capital or small (Ⅳ, ⅳ),
    or a number in brackets or with a full stop (⑷, ⒋), each an end of a range with a tilde."""
    name = unicodedata.name(c, "")
    return name.startswith(_NUMERAL_MARKS) or (name.endswith("FULL STOP") and unicodedata.category(c) == "No")


def _circled(c: str) -> int:
    """The number a circled digit stands for (① → 1); 0 for a mark that is not one."""
    try:
        v = unicodedata.numeric(c)
    except (TypeError, ValueError):
        return 0
    return int(v) if v == int(v) and 0 < v <= 50 and unicodedata.name(c, "").startswith(_CIRCLED) else 0


def _circled_syllable(c: str) -> str:
    """What a circled letter of a list is said as: the syllable of a circled syllable (㉮ → 가,
    ㉯ → 나, ㉻ → 하), the name of a circled consonant (㉠ → 기역, ㉡ → 니은) or of a circled Latin
    letter (ⓐ, Ⓐ → 에이); "" for another mark."""
    name = unicodedata.name(c, "")
    if name.startswith("CIRCLED LATIN"):
        return latin.spell(unicodedata.normalize("NFKC", c))
    if not name.startswith("CIRCLED HANGUL"):
        return ""
    s = unicodedata.normalize("NFKC", c)
    if len(s) == 1 and is_hangul(s):
        return s
    try:
        letter = unicodedata.lookup("HANGUL LETTER " + name.removeprefix("CIRCLED HANGUL "))
    except KeyError:
        return ""
    return table("jamo.tsv").get(letter, "")


def _mark_rank(c: str) -> int:
    """The place of a circled mark in its run, so that the marks next to it are one apart: the
    number of a circled digit (① → 1), the code of a circled letter (㉮, ㉯ and ㉰ run on, as do
    ㉠, ㉡ and ⓐ, ⓑ); 0 for another mark."""
    return _circled(c) or (ord(c) if _circled_syllable(c) else 0)


def _mark_range_end(t: str, i: int, end: int) -> bool:
    """Whether the circled mark at ``t[i]`` is an end of a range of marks written with a tilde, a
    space allowed on either side of it (보기 ㉠~㉢, ①~③ 중, ⓐ ~ ⓒ): each end is named, as a range
    of Roman numerals is (Ⅰ~Ⅲ), where a lone mark would be a silent bullet."""
    if not _mark_rank(t[i]):
        return False
    k = i + 1
    if k < end and t[k] == " ":
        k += 1
    if k < end and t[k] == "~":
        k += 1
        if k < end and t[k] == " ":
            k += 1
        if k < end and _mark_rank(t[k]):
            return True
    k = i - 1
    if k >= 0 and t[k] == " ":
        k -= 1
    if k >= 0 and t[k] == "~":
        k -= 1
        if k >= 0 and t[k] == " ":
            k -= 1
        return k >= 0 and bool(_mark_rank(t[k]))
    return False


def _circled_point(t: str, i: int, end: int) -> bool:
    """A circled number or syllable that begins a point, said as ``1.`` or ``가.`` is (일, …; 가,
    …): at the start of a line, or inside one where the next or the last point is marked too
    (① 금리 인하 ② 세제 개편, ㉮ 대상 ㉯ 금상). A circled Latin letter needs the next or the last
    beside it even at the start of a line: ⓒ alone is the sign of copyright (ⓒ 연합뉴스)."""
    n = _mark_rank(t[i])
    if not n or i + 1 >= end or t[i + 1].isdigit() or t[i + 1] == "\n":
        return False
    k = i
    while k > 0 and t[k - 1] in " \t":
        k -= 1
    if (k == 0 or t[k - 1] == "\n") and not unicodedata.name(t[i], "").startswith("CIRCLED LATIN"):
        return True
    line = t[t.rfind("\n", 0, i) + 1 : t.find("\n", i) if "\n" in t[i:end] else end]
    return any(_mark_rank(d) in (n - 1, n + 1) for d in line if d != t[i] and _mark_rank(d))


#: A word or capitals with a number against it, before a tilde (초1~, A1~) and after it (~고3,
#: ~B3): the two ends of a span of grades or places, each named by a word and a number.
_LABELLED_END = re.compile(r"(?<![가-힣A-Za-z0-9])(?:[가-힣]{1,3}|[A-Z]{1,2})[0-9]{1,3}$")
_LABELLED_START = re.compile(r"(?:[가-힣]{1,3}|[A-Z]{1,2})[0-9]")
#: What may follow an = that equates a word with another: a word or a figure, a space apart or not.
_WORD_EQUATED = re.compile(r" ?[가-힣0-9]")


@cache
def _signature() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A credit's kind or a note's right before an ``=`` (사진=, 단위=) and a byline right after one
    (=황서율 기자, = 김철수·이영희 특파원), by the words of ``data/credit_words.tsv``."""
    kinds = f"{_credit_words('credit')}|{_credit_words('note')}"
    return re.compile(rf"(?:{kinds}) ?$"), re.compile(rf" ?{_byline()}(?![가-힣])")


#: A speaker's name and title that open a line of a transcript, before an = (▲사회=, 김철수 교수=).
_SPEAKER_BEFORE = re.compile(r"(?m)^[ \t]*([▲△◆◇■□●○-]?)[ \t]*[가-힣 ]{0,14}?([가-힣]+)$")
#: The end of a sentence said by the speaker (…봅니다., 그렇습니다?, …다고 했다.).
_SAID_END = re.compile(r"[가-힣][다요까][.?!]")


def _speaker(t: str, i: int, end: int) -> bool:
    """Whether the ``=`` at ``t[i]`` follows a speaker's name at the start of a line of a transcript
    (▲김철수 교수=보험료율 인상은 불가피하다고 봅니다., 김 대표=그렇습니다.), marked by a bullet or
    by a title (the age_after role): what follows is what they said, a sentence of its own, after a
    pause; a label before a figure or a phrase (▲대상=만 19세 이상) is none."""
    m = _SPEAKER_BEFORE.search(t, max(0, t.rfind("\n", 0, i) + 1), i)
    if not m or not (m.group(1) or m.group(2) in roles()["age_after"]):
        return False
    stop = t.find("\n", i, end)
    return _SAID_END.search(t, i + 1, end if stop < 0 else stop) is not None


#: The base year of an index before its = (2020년=100), and the hundred after it.
_INDEX_BASE = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}년 ?$")
_INDEX_HUNDRED = re.compile(r" ?100(?![0-9.,])")
#: A word with a number at its start, right before an = (2020년=, 3분기=): no word to equate.
_FIGURE_WORD_BEFORE = re.compile(r"[0-9][가-힣]+ ?$")


#: A figure right after an equals sign, before its unit (=3.75g, = 2.54㎝).
_MEASURE_AFTER = re.compile(r" ?[0-9][0-9.,]*")
#: A percentage or a percentage point right before ``=``, given in basis points after it (1%p=100bp).
_RATE_BEFORE_EQUALS = re.compile(r"[0-9] ?%p? ?$")
#: Units of a rate, said, which a percentage after ``=`` gives in another unit (1bp=0.01%p).
_RATE_UNITS = frozenset({"베이시스포인트", "퍼센트포인트", "퍼센트"})
#: A slash before a figure, the measure that a strength is given per (160mg/5mL).
_PER_MEASURE = re.compile(r"/[0-9][0-9.]*")


def _unit_equated(t: str, i: int, end: int) -> str | None:
    """The unit, as said, of the quantity right before the ``=`` at ``t[i]`` where it is a
    figure with its unit (1돈=, 1인치=, 1 oz =) and a measure follows (=3.75g, =2.54㎝): a unit
    given in another, or None (3분기=2.1% is a figure's label)."""
    m = _QUANTITY_BEFORE.search(t, max(0, i - 8), i) or _RATE_BEFORE_EQUALS.search(t, max(0, i - 8), i)
    after = _MEASURE_AFTER.match(t, i + 1, end)
    if m is None or after is None:
        return None
    measured = measure.match_unit(t, after.end(), end)
    k = m.start() + 1
    found = measure.match_unit(t, k, i)
    said = found[1] if found else t[k:i].strip()
    if measured is None or (t[after.end() : after.end() + 1] in "%‰" and said not in _RATE_UNITS):
        return None  # 3분기=2.1% is a figure's label, where 1bp=0.01%p gives a rate's unit in another
    return said if said and is_hangul(said[-1]) else None


#: A score in angle brackets (<7-5>), written against the score before it, as a tiebreak's is;
#: elsewhere angle brackets mark a title and are said as quotes.
_ANGLE_SCORE = re.compile(r"<[0-9]{1,2}-[0-9]{1,2}>")
_ANGLE_SCORE_CLOSE = re.compile(r"[0-9]<[0-9]{1,2}-[0-9]{1,2}>$")
#: A count right after ``×``, the figure before its counter (700g×2봉, 2L×6병).
_COUNT_AFTER_TIMES = re.compile(r" ?[0-9]{1,3} ?")


def _pack_count(t: str, i: int, end: int) -> bool:
    """Whether the ``×`` at ``t[i]`` joins a measure to a count of packs in native numerals (a
    product's pack: 700g×2봉, 2L×6병, 120g×5개입), said as the measure and the count; a size
    (가로 3m×세로 4m) or a sum (3×4) multiplies."""
    before = _QUANTITY_BEFORE.search(t, max(0, i - 8), i)
    after = _COUNT_AFTER_TIMES.match(t, i + 1, end)
    if before is None or after is None or not measure.match_unit(t, before.start() + 1, i):
        return False
    found = counter.match_counter(t, after.end(), end)
    return found is not None and found[1] == "native" and not measure.match_unit(t, after.end(), end)


def _equated(t: str, i: int, end: int) -> bool:
    """Whether the ``=`` at ``t[i]`` equates the word before it with what follows (탄소중립=생존,
    ▲대상=만 19세 이상), said as the word's topic particle: after a word in Hangul that is no
    figure with its counter, before a word or a figure, and neither a credit nor a byline; set
    apart by a space on each side, as a formula writes it (용량 = 체중 × 15mg → 용량은 체중 곱하기)."""
    k = i - 1 if t[i - 1 : i] == " " and t[i + 1 : i + 2] == " " else i
    if not (k > 0 and is_hangul(t[k - 1]) and _WORD_EQUATED.match(t, i + 1, end)):
        return False
    if k < i and _COUNT_BEFORE.search(t, max(0, k - 16), k):
        return False  # a figure with its counter, a term of a sum: 3,120만 원 = 1억 원
    return not _FIGURE_WORD_BEFORE.search(t, max(0, i - 8), i) and not _signed(t, i, end)


#: A formula of words opened before: a word, ``=`` and the words after it, on the same line
#: (소득 = 매출 - 비용, 순이익=영업이익-법인세).
_FORMULA_OPEN = re.compile(r"[가-힣] ?= ?[가-힣][가-힣 +−-]*$")


def _term_of_formula(t: str, i: int, end: int) -> bool:
    """Whether the minus or plus at ``t[i]`` joins two words of a formula of words after its
    ``=`` (소득 = 매출 - 비용: 빼기, as × there is 곱하기), not a dash between two names (서울 -
    부산 노선) or two sides of a relation (한-미)."""
    spaced = t[i - 1 : i] == " " and t[i + 1 : i + 2] == " "
    k, n = (i - 2, i + 2) if spaced else (i - 1, i + 1)
    if k < 0 or n >= end or not is_hangul(t[k]) or not is_hangul(t[n]):
        return False
    f = _FORMULA_OPEN.search(t, max(0, i - 40), i)
    return f is not None and _equated(t, f.start() + (2 if t[f.start() + 1] == " " else 1), end)


def _sum_around(t: str, i: int, end: int) -> bool:
    """Whether an ``=`` stands on the line of the sign at ``t[i]``, near it (a sum: $100-$30=$70),
    where a dash between two amounts alone may be a range."""
    lo, hi = max(0, i - 24), min(end, i + 24)
    line = t[max(lo, t.rfind("\n", lo, i) + 1) : i] + t[i:hi].split("\n", 1)[0]
    return "=" in line


def _currencies(a: str, b: str) -> bool:
    """Whether ``a`` and ``b``, two syllables a middle dot joins, are both currencies
    (data/currency_codes.tsv): an exchange rate's pair is said apart, 원 엔 환율 as 원 달러
    환율 and 원 위안 환율 are, not made one word as 남·북 → 남북 is."""
    names = _currency_words()
    return a in names and b in names


@cache
def _currency_words() -> frozenset[str]:
    """The names of the currencies of data/currency_codes.tsv (달러, 원, 엔 …)."""
    return frozenset(table("currency_codes.tsv").values())


def _signed(t: str, i: int, end: int) -> bool:
    """Whether the ``=`` at ``t[i]`` signs or credits the text (경주=황서율 기자, 사진=홍길동) or
    labels a note of the figures ((단위=억원)), where it is not said, rather than equating two
    words."""
    credit, byline = _signature()
    return credit.search(t, max(0, i - 8), i) is not None or byline.match(t, i + 1, end) is not None


def _names_paired(t: str, i: int, end: int) -> bool:
    """Whether the ``×`` at ``t[i]`` stands between two words, neither with a number, on a line
    with no ``=``: it pairs names (a collaboration, a match-up) and is said 엑스 (나이키×디올);
    between numbers or in a formula (가격×수량=매출) it multiplies."""
    before = t[max(0, i - 40) : i].rstrip(" ")
    after = t[i + 1 : min(end, i + 41)].lstrip(" ")
    if not (before and after and before[-1].isalpha() and after[0].isalpha()):
        return False
    if any(c.isdigit() for c in before.split()[-1] + after.split()[0]):
        return False  # an amount with its unit: 가로 3m×세로 4m
    first, second = _HANGUL_END.search(before), _HANGUL_WORD.match(after)
    sizes = roles()["dimension"]
    if (first and first.group() in sizes) or (second and counter.names_one_of(second.group(), sizes)):
        return False  # the sides of a size: 전장×전폭×전고 → 전장 곱하기 전폭 곱하기 전고
    stop = t.find("\n", i, end)
    return t.find("=", t.rfind("\n", 0, i) + 1, end if stop < 0 else stop) < 0


#: A figure written against the word before it that names it, at the end of the text (파72).
_LABELED_FIGURE = re.compile(r"(?<![가-힣])([가-힣]+)[0-9][0-9,.]*$")


#: A figure and the word glued after it (4홀): what two labelled figures may share.
_FIGURE_THEN_WORD = re.compile(r"[0-9]+([가-힣]+)")


def _symbol(t: str, i: int, end: int, dropped: list[str]) -> tuple[int, str]:
    c = t[i]
    prev = t[i - 1] if i > 0 else ""
    nxt = t[i + 1] if i + 1 < end else ""
    if c == "·":
        a = _SEX_FIRST_AGE.match(t, i + 1, end) if prev in "여남" and i > 1 and t[i - 2] == "(" else None
        if a:
            return a.end(), f"성 {sino(int(a.group()))} 세"  # 김모 씨(여·32) → 여성 삼십이 세
        if i > 0 and nxt and hj.is_hanja(prev) and hj.is_hanja(nxt):
            return i + 1, ""  # 美·日: one compound
        if (
            is_hangul(prev)
            and is_hangul(nxt)
            and (i < 2 or not is_hangul(t[i - 2]))
            and (i + 2 >= end or not is_hangul(t[i + 2]))
            and not _currencies(prev, nxt)
            and not (i >= 2 and _digit(t[i - 2]))  # a counter's, not a word's: 제1항·제2항 → 항 제이 항
        ):
            return i + 1, ""
        if _digit(prev) and _digit(nxt):
            label = _LABELED_FIGURE.search(t, max(0, i - 12), i)
            shared = _FIGURE_THEN_WORD.match(t, i + 1, end)
            if (
                label
                and label.group(1) in roles()["figure_label"]
                and not (shared and counter.names_one_of(shared.group(1), roles()["figure_label_shared"]))
            ):
                # (파72·6556야드) → 파 칠십이, 육천오백오십육 야드: two items; 파3·4홀 shares 홀
                return i + 1, ", "
        return i + 1, " "
    if c == "&" and is_hangul(prev) and is_hangul(nxt):
        return i + 1, "앤"  # a name joined by & reads it as letters joined do (R&D 알앤디): 이슈&뷰 → 이슈앤뷰
    if c == "<" and _digit(prev) and _ANGLE_SCORE.match(t, i, end):
        return i + 1, "("  # a tiebreak's score in angle brackets after a set's: 7-6<7-5>, as 7-6(7-5)
    if c == ">" and _ANGLE_SCORE_CLOSE.search(t, max(0, i - 8), i + 1):
        return i + 1, ")"
    if c == "×" and _pack_count(t, i, end):
        return i + 1, " "  # a pack of a measure: 700g×2봉 → 칠백 그램 두 봉, not 곱하기
    if c == "×" and _names_paired(t, i, end):
        return i + 1, " 엑스 "  # a collaboration or a match-up: 나이키×디올 → 나이키 엑스 디올
    about = "약 " if c == "≒" else ""  # 1바트≒40원 → 일 바트에 약 사십 원
    held = _rate_before().search(t, max(0, i - 8), i) if c in "=≒" else None
    priced = _price_after().match(t, i + 1, end) if c in "=≒" else None
    # an amount given in its own currency is broken down or summed, not exchanged: 1억 원=5,000만
    # 원+5,000만 원 → 일억 원은 오천만 원, 3만 원+2만 원=5만 원 → 이만 원은 오만 원
    own = held is not None and priced is not None and _currency(held) == _currency(priced)
    if held and not own and _AMOUNT_AFTER.match(t, i + 1, end):
        return i + 1, "에 " + about  # an exchange rate: 1달러=1,385원 → 일 달러에 천삼백팔십오 원
    if priced and not own and _QUANTITY_BEFORE.search(t, max(0, i - 8), i):
        return i + 1, "에 " + about  # a price of a quantity: 금 1돈=58만 원 → 한 돈에 오십팔만 원
    if c == "=" and is_hangul(prev) and _speaker(t, i, end):
        return i + (2 if nxt == " " else 1), ", "  # a round table's speaker: ▲김 교수=저는 … → 김 교수, 저는 …
    if c == "=" and _INDEX_BASE.search(t, max(0, i - 8), i) and _INDEX_HUNDRED.match(t, i + 1, end):
        return i + 1, " 기준 "  # an index's base year: (2020년=100) → 이천이십 년 기준 백
    if c == "=" and _AMOUNT_AFTER.match(t, i + 1, end):
        given = _unit_equated(t, i, end)
        if given:
            # a unit given in another: 금 1돈=3.75g → 한 돈은 삼 점 칠오 그램, 1인치=2.54㎝ → 일 인치는
            return i + (2 if nxt == " " else 1), _agree(given[-1], "는") + " "
    if c == "=" and _equated(t, i, end):
        # a word equated with what follows, as a headline or a notice's label writes it: 탄소중립=생존
        # → 탄소중립은 생존, ▲대상=만 19세 → 대상은 만 십구 세; a newsreader says the topic's particle
        return i + (2 if nxt == " " else 1), _agree(t[i - 2] if prev == " " else prev, "는") + " "
    if c == "=":
        b = _OPERAND_BEFORE.search(t, max(0, i - 24), i)
        p = _POWER_BEFORE.search(t, max(0, i - 8), i)
        power = match_power(t, p.start(), i) if p and p.start() > 0 and _digit(t[p.start() - 1]) else None
        if (b or power) and _AMOUNT_AFTER.match(t, i + 1, end):
            # a sum: 3×4=12 → 삼 곱하기 사는 십이; after a power, with the power: 3^2=9 → 제곱은
            sign = money.currency_at(t, b.start(1) - 1) if b and b.start(1) > 0 else None
            # the currency of a sign before the figure is said after it: $100=$50+$50 → 백 달러는
            said = power[1] if power else sign or decimal(b.group(1).replace(",", "")) if b else ""
            return i + 1, _agree(said[-1], "는") + " "
    if c in "→⇒" and _FIGURE_CHANGE.search(t, max(0, i - 16), i) and _AMOUNT_AFTER.match(t, i + 1, end):
        return i + 1, "에서 "  # a change of a figure: 50%→30% → 오십 퍼센트에서 삼십 퍼센트
    if c == "⇒" and _consequence(t, i, end):
        return i + 1, ", "  # 수요 급증 ⇒ 가격 상승: what follows from it, said after a pause
    if c in "→⇒" and _lone_arrow(t, i, end):
        return i + 1, "에서 "  # 등급이 A→B로, 주5일→주4.5일, -5℃ → 영상 3℃: from one to the other
    if c == "~":
        k = i + 2 if nxt == " " else i + 1
        w = _WEEKDAY_RANGE.match(t, k, end)
        if w and _WEEKDAY_BEFORE.search(t, max(0, i - 3), i):
            return w.end(), f"요일에서 {w.group(1)}요일"  # 월~금, 화~토요일 → 화요일에서 토요일
        if k < end and _digit(t[k]) and _range_opens(t, i):
            return i + 1, ""  # no first end: ~10% 수준 → 십 퍼센트 수준, not 에서 십
        signed = _BELOW_ZERO_BEFORE.search(t, max(0, i - 12), i)
        angle = signed is not None and signed.group().rstrip().endswith("도") and _angle_before(t, i)
        if signed and not angle and k < end and _digit(t[k]) and not _ZERO_END.match(t, k, end):
            return i + 1, "에서 영상 "  # each end with its degree: -3.5도~5도 → 영하 삼 점 오 도에서 영상 오 도
        if signed and t[k : k + 1] == "-" and _digit(t[k + 1 : k + 2]):
            return i + 1, "에서 "  # -12도~-3도 → 영하 십이 도에서 영하 삼 도
        if k < end and _digit(t[k]):
            return i + 1, "에서 "
        if k < end and is_hangul(t[k]) and _counted_before(t, i):
            return i + 1, "에서 "  # 오전 9시~오후 6시, 2023년~올해
        closes = (k >= end or t[k] in ")]},\n") and prev != " "
        if closes and (_counted_before(t, i) or _MEASURED.search(t, max(0, i - 3), i)):
            return i + 1, "부터"  # no second end: 2단계(7월~), 대상(65세~), 시행: 2027년~ → 칠월부터
        if _MEASURED.search(t, max(0, i - 3), i) and _WORD_THEN_FIGURE.match(t, k, end):
            return i + 1, "에서 "  # 최저 -8℃~최고 2℃, 30%~최대 50%
        if i > 0 and _digit(t[i - 1 if prev != " " else max(0, i - 2)]) and _SIGNED_END.match(t, k, end):
            return i + 1, "에서 "  # a temperature across zero: 영하 3~영상 5도 → 영하 삼에서 영상 오 도
        q = i - 1 if prev == " " else i  # the mark before the tilde, a space apart or not
        if q > 1 and t[q - 1] in "'\"’”" and k < end and t[k] in "'\"‘“" and is_hangul(t[q - 2]):
            return k + 1, "에서 " + t[k]  # two grades in quotes: '보통'~'좋음' → '보통'에서 '좋음'
        if _VAGUE_AMOUNT.search(t, max(0, i - 6), i) and _VAGUE_AMOUNT_AFTER.match(t, k, end):
            return i + 1, "에서 "  # 수천억~수조 원 → 수천억에서 수조 원
        if q > 0 and _numeral_mark(t[q - 1]) and k < end and _numeral_mark(t[k]):
            return i + 1, "에서 "  # a range of grades in Roman numerals: 계기진도 Ⅳ~Ⅴ → 사에서 오
        if q > 0 and _mark_rank(t[q - 1]) and k < end and _mark_rank(t[k]):
            return i + 1, "에서 "  # a range of marks of a list: 보기 ㉠~㉢ → 기역에서 디귿, ①~③ → 일에서 삼
        if _LETTER_RANGE.search(t, max(0, i - 3), i) and _LETTER_RANGE_END.match(t, k, end):
            return i + 1, "에서 "  # a range of grades: A~C등급 → 에이에서 씨 등급
        if _LABELLED_END.search(t, max(0, i - 6), i) and _LABELLED_START.match(t, k, end):
            return i + 1, "에서 "  # a span of grades or places named by a word and a number: 초1~고3
        if q > 0 and _word_end_before(t, q) and k < end and is_hangul(t[k]) and (prev == " ") == (nxt == " "):
            if _between_after().match(t, k, end):
                return (k, "") if prev == " " else (i + 1, " ")  # two ends of a between: 서울~부산 간 → 서울 부산 간
            return i + 1, "에서 "  # a span of words: 경증~중등도 → 경증에서 중등도, 서울~부산 구간
        return i + 1, " "
    if _mark_range_end(t, i, end):
        return i + 1, _circled_syllable(c) or sino(_circled(c))  # ㉠~㉢, ①~③: each end of the range named
    if unicodedata.category(c) == "No" and _LABEL_AFTER.match(t, i + 1, end):
        v = _circled(c)
        if v:
            return i + 1, sino(v) + " "  # ①번 → 일 번
    if unicodedata.category(c) == "No" and _circled(c) and _CIRCLED_PARTICLE.match(t, i + 1, end):
        return i + 1, sino(_circled(c))  # 정답은 ③이다 → 삼이다: the mark named, not a bullet
    if _circled_syllable(c) and (_CIRCLED_PARTICLE.match(t, i + 1, end) or _LABEL_AFTER.match(t, i + 1, end)):
        return i + 1, _circled_syllable(c)  # ㉮와 ㉯의 차이 → 가와 나의, ㉯항 → 나항: the mark named
    if unicodedata.category(c) == "No" and i > 0 and is_hangul(t[i - 1]) and _circled(c):
        return i + 1, " " + sino(_circled(c))  # the part of a series: [기획①] → 기획 일, 인터뷰② → 이
    if (unicodedata.category(c) == "No" or _circled_syllable(c)) and _circled_point(t, i, end):
        # ① 금리 인하 ② 세제 개편 → 일, 금리 인하, 이, 세제 개편: a pause ends each point before the next
        n = _mark_rank(c)
        before = t[t.rfind("\n", 0, i) + 1 : i].rstrip(" \t")
        ends_point = n > 1 and bool(before) and before[-1].isalnum() and any(_mark_rank(d) == n - 1 for d in before)
        return i + 1, (", " if ends_point else "") + (_circled_syllable(c) or integer(str(n))) + ", "
    if c == "+" and prev and not prev.isspace() and not (nxt.isascii() and nxt.isalnum() and nxt != ""):
        # a name ending in +: LG U+는 → 유 플러스는, 디즈니+에서; a noun after it is a word of
        # its own: 1++등급 → 일 플러스 플러스 등급
        noun = is_hangul(nxt) and not _PLUS_JOINED.match(t, i + 1, end)
        # an amount after it, its currency's sign first, is a term of its own: $50+$50 → 오십
        # 달러 플러스 오십 달러, not 플러스오십
        amount = i + 1 < end and money.currency_at(t, i + 1) is not None
        return i + 1, " 플러스 " if noun or amount else " 플러스"
    if c in _FOOTNOTE and prev and not prev.isspace():
        k = i + 1
        while k < end and t[k] in _FOOTNOTE:
            k += 1
        if k < end and is_hangul(t[k]):
            return k, ""  # a footnote mark before a particle: 93.1%*로 → 퍼센트로, not 퍼센트 로
    if c == "%" and t.startswith(("p", "(p)"), i + 1):
        k = i + (4 if t[i + 1] == "(" else 2)
        if not t[k : k + 1].isalpha():
            # the unit alone: (단위: %, %p, %(p)); a word apart after a word (몇%p → 몇 퍼센트포인트)
            return k, (" " if is_hangul(prev) else "") + "퍼센트포인트"
    if c == "%" and is_hangul(prev):
        return i + 1, " 퍼센트"  # after a word, not a figure: 한 자릿수 초반% → 초반 퍼센트, 수십% → 수십 퍼센트
    if not c.isascii() and c in table("units.tsv"):
        unit = measure.match_unit(t, i, end)
        if unit and unit[0] > i + 1:
            return unit  # a unit sign of more than one letter without its number: ㎾h당, ㎍/㎥
    roman = _roman(c)
    if roman:
        numeral = _latin_numeral(t, i, end)
        if numeral:
            return i + 1, numeral  # KSLV-Ⅱ → 케이에스엘브이 투, as KSLV-II
    regnal = _regnal_numeral(t, i, end) if roman else None
    if regnal:
        return i + 1, regnal  # 엘리자베스Ⅱ 여왕 → 엘리자베스 이세, 찰스 Ⅲ → 찰스 삼세
    if roman and _glued_numeral(t, i, end):
        # a model's or a course's number against its name, a word apart: in English after a name
        # that says its numbers so (포터Ⅱ → 포터 투, as 포터2), else as a hyphen before it (천궁Ⅱ
        # → 천궁 이, as 천궁-Ⅱ; 수학Ⅱ → 수학 이)
        value = int(unicodedata.numeric(c))
        name = _HANGUL_END.search(t, max(0, i - 12), i)
        english = latin.english_number(str(value)) if name and name.group() in roles()["english_model"] else None
        return i + 1, " " + (english or sino(value))
    if roman and _title_numeral(t, i, end):
        if _sino_numeral(t, i, end):
            return i + 1, sino(int(unicodedata.numeric(c)))  # '귀향 Ⅲ'이 → 귀향 삼이, '수학 Ⅱ' → 수학 이
        numeral = latin.english_number(str(int(unicodedata.numeric(c))))
        if numeral:
            return i + 1, numeral  # a sequel after its title: 록키 Ⅱ → 록키 투, 디아블로 Ⅳ가 → 포가
    spaced = t.startswith(" ", i + 1) and counter.spaced_counter(t, i + 2, end)
    counted = c in FRACTIONS and (spaced or counter.match_counter(t, i + 1, end))
    unit = measure.match_unit(t, i + 1, end) if c in FRACTIONS and not counted else None
    if unit and t[i + 1 : i + 2].isascii():
        # a part of a unit written in letters, read with it, as the letters alone are not the
        # unit: 식초 ½T → 반 큰술, 간장 ¼t → 사분의 일 작은술, ½kg → 반 킬로그램
        return unit[0], ("반" if c == "½" else FRACTIONS[c]) + " " + unit[1].lstrip()
    if c in FRACTIONS and (counted or unit):
        # a part of one thing counted: 양파 ½개 → 반 개, 소금 ¼작은술 → 사분의 일 작은술
        return i + 1, ("반" if c == "½" else FRACTIONS[c]) + ("" if spaced else " ")
    if c in "☎✆" and _phone_word().search(t, max(0, i - 8), i):
        # 상담전화 ☎109, 전화번호 ☎ 02-…: the word already names the telephone (one space kept,
        # or put between the word and the number written against it: 문의전화☎1577 → 문의전화 일오)
        if t[i - 1] == " " and t[i + 1 : i + 2] == " ":
            return i + 2, ""
        return i + 1, "" if t[i - 1].isspace() or t[i + 1 : i + 2].isspace() else " "
    spoken, ok = read_symbol(c)
    if not ok:
        dropped.append(c)
    k = i
    while k > max(0, i - 8) and t[k - 1] in _SILENT_RUN and not read_symbol(t[k - 1])[0].strip():
        k -= 1  # a run of silent marks counts as one: ★★★★☆ 평가 (a short run: no rescan of a long one)
    if not spoken.strip() and nxt == " " and (k == 0 or t[k - 1].isspace()):
        return i + 2, ""  # a silent mark between spaces leaves one space: 매출 → 이익
    return i + 1, spoken


#: The full stop that ends a title in capitals inside its quotes ('LOVE.', 'TOMBOY.').
_TITLE_STOP = re.compile(r"\.(?=['’\"”」』])")


def _title_stop(t: str, i: int, j: int, end: int) -> int:
    """Past the full stop of a quoted title in capitals that ends at ``t[j]`` ('LOVE.'): it is
    part of the title, no end of a sentence, and unsaid."""
    if _TITLE_STOP.match(t, j, end) and _CAPS_BEFORE.search(t, max(0, i - 60), i):
        return j + 1
    return j


def _alone_in_quotes(t: str, i: int, j: int, end: int) -> bool:
    """Whether the word at ``t[i:j]`` is all that a pair of quotes encloses ('SEOYEON', 「HAEDAM」)."""
    return i > 0 and j < end and t[i - 1] in _OPEN_QUOTES and t[j] in _CLOSE_QUOTES


_OPEN_QUOTES = frozenset("'‘\"“「『")
_CLOSE_QUOTES = frozenset("'’\"”」』")


def _quoted_caps(t: str, i: int, j: int, end: int) -> bool:
    """Whether the word in capitals at ``t[i:j]`` is one of two or more in capitals that a pair
    of quotes encloses, as a title is written ('LOVE DIVE', 「SHUT DOWN」)."""
    left = _CAPS_BEFORE.search(t, max(0, i - 60), i)
    right = _CAPS_AFTER.match(t, j, min(end, j + 60))
    return bool(left and right and (left.group(1) or right.group(1)))


#: What follows a figure that changes or is counted (120 올랐다, 119 늘어난): no number to call.
_FIGURE_AFTER = re.compile(
    rf"[ \t]*(?:[이가은는을를도] ?)?(?:{_DIRECTION_WORD.pattern}"
    r"|넘|돌파|포인트|가량|안팎|남짓|정도|이상|이하|미만|초과)"
)
#: A particle or a join between a service's number and the word after it (112에 신고, 112·119).
_CALL_JOIN = re.compile(r"[ \t]*(?:으로|에서|에|로|나|이나|과|와|·|,|또는)?[ \t]*([가-힣]*)")


#: A word of the dead or the hurt a space before a bare count (중상 3·경상 11), its word captured.
_CASUALTY_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{2,3}) $")


def _casualties(t: str, i: int, j: int, end: int, value: int | float | None) -> tuple[int, str] | None:
    """A bare count after a word of the casualty role of data/counter_context.tsv (부상 14명(중상
    3·경상 11), 사망 2, 실종 1로), as a tally of the hurt writes it: so many people, 중상 세 명."""
    if not isinstance(value, int) or value <= 0:
        return None
    word = _CASUALTY_BEFORE.search(t, max(0, i - 5), i)
    if not word or word.group(1) not in roles()["casualty"]:
        return None
    said = counter.read_count(value, "native", "명") + " 명"
    if j >= end or t[j] in "·,)/;" or t[j].isspace():
        return j, said
    particle = _PARTICLE.match(t, j, end)
    return (particle.end(), said + _agree("명", particle.group())) if particle else None


#: A count with its counter, then a bracket of a breakdown up to a bare figure: 12명(자동 8,
#: 수동 , 사고 7건(서울 ; the counter captured.
_BREAKDOWN_BEFORE = re.compile(
    r"(?<![0-9.])[0-9][0-9,]*([가-힣]{1,3})\((?:[가-힣]{1,6} [0-9][0-9,]*(?:, ?|·| ?/ ?))*[가-힣]{1,6} $"
)
#: The rest of such a breakdown after a bare figure, to its closing bracket: , 수동 4).
_BREAKDOWN_REST = re.compile(r"(?:(?:, ?|·| ?/ ?)[가-힣]{1,6} [0-9][0-9,]*)*\)")


#: The word of the part of a breakdown read, at the end of ``_BREAKDOWN_BEFORE``'s match.
_BREAKDOWN_WORD = re.compile(r"([가-힣]{1,6}) $")


def _breakdown(t: str, i: int, j: int, end: int, value: int | float | None) -> tuple[int, str] | None:
    """A bare figure of a breakdown in brackets after a count with its counter, each part a
    word and a figure (1등 12명(자동 8, 수동 4), 사고 7건(서울 4·경기 3)): the parts are counted
    as the whole is, 자동 여덟 명, 서울 사 건, one part alone too (직원 30명(여성 7) → 여성
    일곱 명); a part whose word is a statistic of the whole (``statistic_word``: 학생 30명(평균
    15), 최대 4) or a measure of its own (``own_measure``: 1무(승점 13)) is none, a figure of its own."""
    if not isinstance(value, int) or value <= 0:
        return None
    rest = _BREAKDOWN_REST.match(t, j, end)
    if rest is None:
        return None
    whole = _BREAKDOWN_BEFORE.search(t, max(0, i - 60), i)
    cnt = whole.group(1) if whole else ""
    if whole is None or cnt not in counters():
        return None
    part = _BREAKDOWN_WORD.search(whole.group())
    if part is not None and (part.group(1) in roles()["statistic_word"] or part.group(1) in roles()["own_measure"]):
        return None  # 평균 15, 최대 4, 승점 13: a statistic of the whole or a measure, a figure of its own
    cls = counters()[cnt][0]
    cls = "sino" if cls == "native" and counter.large_sino(value, cnt) else cls
    return j, f"{counter.read_count(value, cls, cnt)} {cnt}"


#: A telephone sign right before a number, a space apart or not (☎125, ☎ 1339): a number to dial.
_PHONE_SIGN = re.compile(r"[☎✆] ?$")


@cache
def _phone_word() -> re.Pattern[str]:
    """A word that names a telephone (the ``phone_word`` role) right before its sign (상담전화
    ☎109, 연락처: ☎): the sign unsaid."""
    words = role_alternation("phone_word")
    return re.compile(rf"(?:{words})[ \t]*:?[ \t]*$")


def _service_number(number: str) -> bool:
    """Whether ``number`` is a public service's number: one listed in data/service_numbers.tsv,
    or one of a band of such numbers that the table writes with X for any digit (13XX: 1332,
    금융감독원; 1350, 고용노동부)."""
    return number in table("service_numbers.tsv") or _service_bands().fullmatch(number) is not None


@cache
def _service_bands() -> re.Pattern[str]:
    """The bands of public service numbers of data/service_numbers.tsv (13XX), as one pattern."""
    bands = (w.replace("X", "[0-9]") for w in table("service_numbers.tsv") if "X" in w)
    return re.compile("|".join(bands) or "(?!)")


def _service_call(t: str, i: int, j: int, end: int, number: str) -> bool:
    """Whether a public service's number ``t[i:j]`` is the number to call (said digit by digit):
    one marked to stand alone (119에 접수된), or one with a word of calling shortly before it
    (민원은 120으로) or right after it (120 다산콜센터, 129로 상담); a word of change after it
    keeps any of them a figure (전주보다 120 올랐다)."""
    if _FIGURE_AFTER.match(t, j, end):
        return False
    kind = column("service_numbers.tsv", 2).get(number)
    if kind == "alone":
        return True
    if kind == "beside":
        # a number news counts with as often (신고 건수는 128, 상담 전화는 평일 109): only a word of
        # a telephone right before it (상담전화는 109다, 전화 109) or a word of calling after it
        before = _WORD_BEFORE.search(t, max(0, i - 12), i)
        if before and any(w in before.group(1) for w in roles()["phone_before"]):
            return True
    elif any(w in t[max(0, i - 20) : i] for w in roles()["call_before"]):
        return True
    m = _CALL_JOIN.match(t, j, end)
    if m and kind == "beside" and any(c in m.group() for c in ",·"):
        return False  # 신고 건수는 128, 상담은 …: the next item of a list of figures
    word = m.group(1) if m else ""
    return bool(word) and any(w in word for w in roles()["call_after"] | roles()["call_before"])


def _service_particle(t: str, i: int, comps: list[tuple[str, str]], word: str, cend: int, end: int) -> bool:
    """A public service's number before the particle 도 with a word of calling before it (전화
    1330도, 112도 신고를 받았다): the number to dial, not degrees."""
    if word != "도" or len(comps) != 1 or not _service_number(comps[0][0]):
        return False
    if cend < end and is_hangul(t[cend]):
        return False
    before = t[max(0, i - 12) : i]
    return any(w in before for w in roles()["call_before"])


def _glued_stamp(t: str, i: int, end: int) -> tuple[int, str] | None:
    """A date and a clock time written against each other (26.01.1609:11): 이십육 년 일월 십육 일
    아홉 시 십일 분, as 26.01.16 09:11, not a decimal and a ratio."""
    m = _GLUED_STAMP.match(t, i, end) if not (i > 0 and _digit(t[i - 1])) else None
    day = date.match_date(t, i, m.end()) if m else None
    if not m or not day or day[0] != m.end() or int(m.group(1)) > 24:
        return None
    return m.end() + 5, f"{day[1]} {clock.read_clock(int(m.group(1)), int(m.group(2)))}"


@cache
def _cue_words(role: str) -> re.Pattern[str]:
    """The words of ``role`` of data/counter_context.tsv as whole words, alone or with a particle
    (경기, 경기는, 경기에서; TC), not the start of a longer word (경기도) nor a word in Latin
    letters within another (TC in ETC, OTC); 도 is left out of the particles, ending names of
    places (경기도)."""
    words = "|".join(sorted(map(re.escape, roles()[role]), key=len, reverse=True))
    particles = "|".join(sorted(_NOUN_PARTICLES - {"도"}, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])(?:{words})(?:{particles})?(?![가-힣A-Za-z])")


def _timecode(t: str, i: int, end: int) -> tuple[int, str] | None:
    """A broadcast's timecode: 01:23:45:12 → 한 시간 이십삼 분 사십오 초 십이 프레임, not a
    ratio of four parts (일 대 이십삼 …) nor 공공 for its zeros; four parts that fit no timecode,
    or are written as a ratio is, are left to the ratio (배분 비율은 40:30:20:10)."""
    m = _TIMECODE.match(t, i, end) if not (i > 0 and _digit(t[i - 1])) else None
    if not m:
        return None
    h, mm, s, f = (int(x) for x in m.groups())
    # a ratio of four parts (배분 비율은 40:30:20:10, 10:20:30:40 비율로) fits no day's hours or
    # a second's frames, or has a word of ratio beside it; a timecode writes its hours with a
    # leading zero or has a word of editing before it (타임코드 10:12:30:15)
    if h > 23 or f > 59 or _ratio_word_after(t, i, m.end(), end):
        return None
    # a timecode pads its parts with zeros, and no ratio does (영상 1:02:03:04); one digit of
    # hours before frames under 30, a second's frames at 24 to 30 a second, is a timecode too
    # (경기는 1:23:45:12에 끝났다), as is any beside a word of editing or of a clip (타임코드
    # 10:12:30:15, 영상 12:30:15:20 지점)
    padded = any(part.startswith("0") for part in m.groups()) or (len(m.group(1)) == 1 and f < 30)
    clip = _cue_words("timecode_clip")
    if not (
        padded
        or _cue_words("timecode_before").search(t, max(0, i - 16), i)
        or clip.search(t, max(0, i - 16), i)
        or clip.match(t, m.end() + 1 if t.startswith(" ", m.end()) else m.end(), end)
    ):
        return None
    said = clock.read_duration(h, mm, s)
    return m.end(), said + (f" {sino(f)} 프레임" if f else "")


@cache
def _score_in_sentence() -> re.Pattern[str]:
    """A word of a match or a score as a word of its own (data/score_words.tsv, the score_before
    and match_cue roles of data/counter_context.tsv: 승리, 스코어, 세트, 경기, 골), bare or with
    a particle."""
    words = table("score_words.tsv").keys() | roles()["score_before"] | roles()["match_cue"]
    alt = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![가-힣])(?:{alt})(?:으로|에서|이었|[은는이가을를로의에도와과였])?(?![가-힣])")


#: What may stand before a book's short name that is a common word too: nothing on its line, or
#: the end of a sentence or a clause, a bracket or a quote (… (빌 4:13), "갈 2:20").
_CLAUSE_OPEN = frozenset(".!?,;:·([{「『〈《\"'“‘")


@cache
def _scripture_cue() -> re.Pattern[str]:
    """A word of scripture in a sentence (data/counter_context.tsv scripture_cue: 본문, 구절,
    말씀, 인용, 암송)."""
    return re.compile(role_alternation("scripture_cue"))


#: How far either side of a short name's chapter and verse a word of a match makes it a score.
_SCORE_REACH = 12


def _scripture_before(t: str, before: re.Match[str], after: int) -> bool:
    """Whether the word ``before`` (of _WORD_BEFORE) is a book of scripture, so N:N after it (to
    ``t[after]``) is its chapter and verse: a book's full name (요한복음, 코란); its short name (요,
    롬: scripture_short) where no word of a match or a score stands near it in its clause (스코어는
    1:0, … 2:1 승리; not 예배 후반에 after a comma); a short name that is a common word too (빌,
    갈, 창: scripture_common) only where, besides, it opens its clause, follows a bracket or a
    quote, or a word of scripture stands in the sentence (설교 본문은 빌 4:13, 창 1:1을 인용)."""
    word, k = before.group(1), before.start(1)
    if word in roles()["scripture_book"]:
        return True
    common = word in roles()["scripture_common"]
    if not (common or word in roles()["scripture_short"]):
        return False
    start = max(t.rfind(c, 0, k) for c in ".!?\n") + 1
    stops = [x for x in (t.find(c, before.end()) for c in ".!?\n") if x >= 0]
    stop = min(stops) if stops else len(t)
    opening = t[max(0, k - 8) : k].rstrip(" ")
    if (
        common
        and opening
        and opening[-1] not in _CLAUSE_OPEN
        and opening[-1] != "\n"
        and not _scripture_cue().search(t, start, stop)
    ):
        return False
    lo = max([start, k - _SCORE_REACH] + [t.rfind(c, 0, k) + 1 for c in ",;"])
    hi = min([stop, after + _SCORE_REACH] + [x for x in (t.find(c, after) for c in ",;") if x >= 0])
    return _score_in_sentence().search(t, lo, hi) is None


def _role_before(t: str, i: int, role: str) -> bool:
    """A word of ``role`` ending the text right before ``t[i]``, a space apart or not, with or
    without a particle on it (영상 0:45, 러닝타임은 1:52:10, 재생 시간 3:25, 3쿼터 2:31): the
    whole word, not the end of another (오전반 9:00 is a class, not 전반's match clock)."""
    before = t[max(0, i - 12) : i].rstrip(" ")
    words = roles()[role]
    ends = (before, before[:-1]) if before[-1:] in _LENGTH_PARTICLES else (before,)
    return any(e.endswith(w) and (len(e) == len(w) or not is_hangul(e[-len(w) - 1])) for e in ends for w in words)


def _counted_clock(t: str, i: int, end: int) -> tuple[int, str] | None:
    """N:NN that is no time of day by the words around it: a chapter and verse after a book of
    scripture (요한복음 3:16 → 삼 장 십육 절), the length of a clip or a track (영상 0:45 → 사십오
    초, 3:25 길이 → 삼 분 이십오 초) and a match clock's time left (4:32를 남기고, 종료 4:32 전 →
    사 분 삼십이 초), or a match clock after a period of play (전반 44:10 → 사십사 분 십 초):
    minutes and seconds, or hours, minutes and seconds. A pace per length is minutes and seconds
    (5:10/km); a score after a period is said with 대 (전반 45:38로 앞섰다). A word of the time of
    day before (오후 2:00 재생), of ratio around (영상 9:16 비율), of release or start after (영상
    18:00 공개, 세미나 전반 9:30 시작), or a span after a period (전반 10:00~12:00) leaves the
    figure to the clock or the ratio; 종료 N:NN 전 counts down only near a word of a match."""
    if i > 0 and _digit(t[i - 1]):
        return None
    before = _WORD_BEFORE.search(t, max(0, i - 12), i)
    v = _VERSE.match(t, i, end)
    if v and before and _scripture_before(t, before, v.end()):
        said = f"{sino(int(v.group(1)))} 장 {sino(int(v.group(2)))} 절"
        if v.group(4):  # 3:16-4:2 → 삼 장 십육 절에서 사 장 이 절
            return v.end(), f"{said}에서 {sino(int(v.group(3)))} 장 {sino(int(v.group(4)))} 절"
        if v.group(3):  # 3:16-17 → 삼 장 십육 절에서 십칠 절
            return v.end(), f"{said}에서 {sino(int(v.group(3)))} 절"
        return v.end(), said
    m = clock.CLOCK.match(t, i, end)
    if not m or int(m.group(2)) > 59 or (m.group(3) and int(m.group(3)) > 59):
        return None
    if _clock_word_before(t, i) or _ratio_word_after(t, i, m.end(), end):
        return None  # 오후 2:00 재생 is a time of day, 영상 9:16 비율 a ratio
    a, b = int(m.group(1)), int(m.group(2))
    k = m.end() + 1 if t.startswith(" ", m.end()) else m.end()
    pace = _pace(t, i, m.end(), end) if not m.group(3) else None
    if pace:
        return pace[0], f"{pace[1]} {clock.read_minutes(a, b)}".lstrip()  # 5:10/km → 킬로미터당 오 분 십 초
    # a time of day after a word of a clip is when it comes out (영상은 10:30에 공개된다, 영상
    # 18:00 공개); a length, or a point within it, has no hours or is past a day's (영상 0:45에,
    # 영상 48:05에)
    timed = 1 <= a <= 24 and not m.group(3)
    event = timed and any(t.startswith(w, k, end) for w in roles()["clock_event_after"])
    if _role_before(t, i, "match_period") and not m.group(3):
        lead = any(t.startswith(w, k, end) for w in roles()["period_lead_after"])
        scored = _PERIOD_SCORE.match(t, m.end(), end) or (
            any(t.startswith(w, k, end) for w in roles()["period_score_after"]) and (a > b or not lead)
        )
        if scored or (a > 20 and _role_before(t, i, "short_period")):
            return m.end(), f"{sino(a)} 대 {sino(b)}"  # 전반 45:38로 앞섰다: the score then
        programme = event and _cue_words("programme_cue").search(t, max(0, i - 24), m.end() + 24) is not None
        if programme or (timed and (_clock_span().match(t, m.end(), end) or t.startswith("~", m.end()))):
            return None  # 세미나 전반 9:30 시작, 전반 10:00~12:00: a day's programme
        return clock.unit_after(t, m.end(), 0), clock.read_minutes(a, b)  # 후반 38:20에 추가골
    at = event or (timed and _AT_TIME.match(t, m.end(), end))
    left = k + 1 if t.startswith(("을", "를"), k) else k
    left = left + 1 if t.startswith(" ", left) else left
    counted = (
        (_role_before(t, i, "length_before") and not at)
        or any(t.startswith(w, k, end) for w in roles()["length_after"])
        or any(t.startswith(w, left, end) for w in roles()["clock_left_after"])
        or (
            _role_before(t, i, "clock_left_before")
            and _BEFORE_END.match(t, m.end(), end) is not None
            and _cue_words("match_cue").search(t, max(0, i - 24), m.end() + 24) is not None
        )
    )
    if not counted:
        return None
    if m.group(3):
        return clock.unit_after(t, m.end(), 0), clock.read_duration(a, b, int(m.group(3)))
    return clock.unit_after(t, m.end(), 0), clock.read_minutes(a, b)


@cache
def _engine_speed_units() -> frozenset[str]:
    """The readings of the units of an engine's speed in ``data/units.tsv`` (알피엠)."""
    return frozenset(row[1] for row in rows("units.tsv") if len(row) > 2 and row[2] == "engine")


@cache
def _length_units() -> frozenset[str]:
    """The readings of the units of length in ``data/units.tsv`` (킬로미터, 마일)."""
    return frozenset(row[1] for row in rows("units.tsv") if len(row) > 2 and row[2] == "length")


#: The length of a pace after its slash, with a number before its unit (1:45/500m).
_PACE_LENGTH = re.compile(r"([1-9][0-9]{0,3}) ?")


def _pace(t: str, i: int, j: int, end: int) -> tuple[int, str] | None:
    """A unit of length after a slash at ``t[j]`` (5:10/km, 1:45/500m), the figure from ``t[i]``
    before it: a pace, minutes and seconds per that length, said with 당 before it, as a price per
    unit is (킬로미터당, 오백 미터당), and said nothing where the text already says it before the
    figure (마일당 6:45/mi → 마일당 육 분 사십오 초)."""
    if not t.startswith("/", j):
        return None
    length = _PACE_LENGTH.match(t, j + 1, end)
    unit = measure.match_unit(t, length.end(), end) if length else None
    if not (unit and unit[1] in _length_units()):
        length, unit = None, measure.match_unit(t, j + 1, end)
    if not (unit and unit[1] in _length_units()):
        return None
    per = f"{integer(length.group(1))} {unit[1]}당" if length else unit[1] + "당"
    if t[max(0, i - len(per) - 2) : i].rstrip().endswith(per):
        per = ""  # 마일당 6:45/mi: the length already said
    return unit[0], per


@cache
def _clock_event_ahead() -> re.Pattern[str]:
    """A word of what happens at a time (data/counter_context.tsv clock_event_after: 시작, 방송,
    마감), right after N:NN or after its 에, 부터 or 까지."""
    words = role_alternation("clock_event_after")
    return re.compile(rf"(?:에|부터|까지)? ?(?:{words})")


#: A late-night hour of a broadcast's day, past 24 (25:30, 26:00): no seconds after it.
_LATE_HOUR = re.compile(r"(2[5-9]):([0-5][0-9])(?![0-9:])")


def _late_hour(t: str, i: int, end: int) -> tuple[int, str] | None:
    """A late-night hour past 24 as a broadcast's day counts it (심야 특집은 25:30에 방송된다 →
    스물다섯 시 삼십 분), after a word of the time of day or before a word of what happens at it;
    elsewhere such a figure is a score or a ratio (25:30으로 졌다)."""
    m = _LATE_HOUR.match(t, i, end)
    if not m or (i > 0 and _digit(t[i - 1])):
        return None
    if not (_clock_word_before(t, i) or _clock_event_ahead().match(t, m.end(), end)):
        return None
    h, mm = int(m.group(1)), int(m.group(2))
    return clock.unit_after(t, m.end(), None), f"{native(h, bound=True)} 시" + (f" {sino(mm)} 분" if mm else "")


def _runway_around(t: str, m: re.Match[str], end: int) -> bool:
    """Whether the pair ``m`` (N-N) is a runway's two ends: a word of data/runway_words.tsv
    right before it or right after it, both ends headings from 1 to 36, 18 apart."""
    a, b = int(m.group(1)), int(m.group(2))
    if not (1 <= a <= 36 and 1 <= b <= 36 and abs(a - b) == 18):
        return False
    before, after = _runway_words()
    return bool(before.search(t, max(0, m.start() - 8), m.start()) or after.match(t, m.end(), end))


#: Hours, minutes and seconds with spaces round a colon (2 : 05 : 30): read as written close.
_SPACED_CHAIN = re.compile(r"[0-9]{1,2} ?: ?[0-9]{2} ?: ?[0-9]{2}(?![0-9:.]| ?:)")

#: A third part after a colon's two (… : 30): the figures are a chain, never hours and minutes.
_CHAIN_AFTER = re.compile(r" ?: ?[0-9]")

#: How much text either side of such a chain the readings of the close form look at.
_CHAIN_REACH = 64


def _spaced_chain(t: str, i: int, end: int) -> tuple[int, str] | None:
    """Hours, minutes and seconds written with spaces round their colons, read as the same figures
    written close are (기록은 2 : 05 : 30 → 두 시간 오 분 삼십 초, as 2:05:30), not a clock of hours
    and minutes with a colon left over before the seconds."""
    m = _SPACED_CHAIN.match(t, i, end) if not (i > 0 and _digit(t[i - 1])) else None
    if m is None or " " not in m.group():
        return None
    close = m.group().replace(" ", "")
    lo, hi = max(0, i - _CHAIN_REACH), min(end, m.end() + _CHAIN_REACH)
    s = t[lo:i] + close + t[m.end() : hi]
    found = _special(s, i - lo, len(s))
    if found is None or found[0] < i - lo + len(close):
        return None
    return found[0] + lo + len(m.group()) - len(close), found[1]


def _clock_word_before(t: str, i: int) -> bool:
    """A word of the time of day right before ``t[i]`` (오전, 새벽): N:NN there is a clock time."""
    before = _WORD_BEFORE.search(t, max(0, i - 4), i)
    return before is not None and before.group(1) in roles()["clock_before"]


def _ratio_word_after(t: str, i: int, j: int, end: int) -> bool:
    """A word right after N:N, or before it, that makes it a ratio or a score, not a clock time
    (1:50 축척, 4:3 비율, 축척 1:50으로, 혼합 비율은 1:10이다, 11:11 동수): the whole word with
    its particle (10:00 동수원, 이동수 10:00 are times), or before the figure a compound ending
    in it (화면비율 16:9). A word of a set or a vote before it (the score_before role) makes it
    a score only where the figure ends a result or is no time (2세트는 15:13으로, 점수는
    21:19였다, 4세트는 11:9), since such words sit before times too (세트는 10:00부터 판매)."""
    k = j + 1 if t.startswith(" ", j) else j
    a, b = t[i:j].replace(" ", "").split(":", 1)
    # a word of a result counts where the minutes are no :00, a time of day (20:00 승리에 도전)
    if any(t.startswith(w, k, end) and _WORD_TAIL.match(t, k + len(w), end) for w in roles()["ratio_after"]):
        return True
    scores = roles()["score_after"] if b != "00" else frozenset()
    if any(t.startswith(w, k, end) and _SHORT_TAIL.match(t, k + len(w), end) for w in scores):
        return True
    before = _WORD_BEFORE.search(t, max(0, i - 12), i)
    if before is None:
        return False
    word = before.group(1)
    stems = (word, word[:-1]) if word[-1] in _LENGTH_PARTICLES else (word,)
    words = roles()["ratio_after"] | scores
    if any(s == w or (s.endswith(w) and len(s) >= len(w) + 2) for s in stems for w in words):
        return True
    numbered = before.start(1) > 0 and t[before.start(1) - 1].isdigit()
    standing = any(t.startswith(w, k, end) for w in roles()["score_state_after"])
    if numbered and standing and word in roles()["numbered_score_before"]:
        # 1세트 21:25 진행 중, 4세트 15:13 상황에서 → 이십일 대 이십오: a numbered set's score as
        # the match stands, at any hour (2세트 10:30 시작이다 is a time)
        return True
    if not any(s in roles()["score_before"] for s in stems):
        return False
    no_time = not (a.isdigit() and b.isdigit() and len(b) == 2 and int(a) <= 24 and int(b) < 60)
    return no_time or _SCORE_END.match(t, j, end) is not None


#: A Roman numeral of one letter, a letter too (I, V, X): a numeral only after a word of
#: numbering (the numeral_head role of data/counter_context.tsv).
_LONE_NUMERAL = {"I": 1, "V": 5, "X": 10}


#: A word of English in lower case right after a letter (the war I never wanted): a sentence's
#: pronoun I, not a numeral.
_LOWER_WORD_AFTER = re.compile(r" [a-z]")


def _name_before(t: str, i: int) -> str:
    """The Latin word a space before ``t[i]`` (Episode I, Charles III), or an empty string."""
    name = _REGNAL_BEFORE.search(t, max(0, i - 20), i)
    return name.group(1) if name else ""


def _numbered_by(t: str, i: int, tok: str) -> int | None:
    """The value of the one-letter Roman numeral ``tok`` at ``t[i]`` when the word before it,
    capitalised, numbers parts (Part I, Episode I, Chapter V, World War I) and no word of English
    in lower case follows it, else None: the letter alone (the war I never wanted → 아이)."""
    name = _name_before(t, i)
    if name[:1].isupper() and name.lower() in roles()["numeral_head"] and not _LOWER_WORD_AFTER.match(t, i + 1):
        return _LONE_NUMERAL[tok]
    return None


def _numeral_after_name(t: str, i: int, value: int) -> str | None:
    """The Roman numeral ``value`` at ``t[i]`` after a Latin name: a monarch's or a pope's
    (Charles III → 찰스 삼세, Leo XIV → 십사세), else said in English (World War II → 월드 워 투,
    Mark III → 마크 쓰리)."""
    if _name_before(t, i).lower() in roles()["regnal_name"]:
        return f"{sino(value)}세"
    return latin.english_number(str(value))


def _regnal_numeral(t: str, i: int, end: int) -> str | None:
    """The Roman numeral at ``t[i]`` after a monarch's or a pope's name in Hangul (the regnal_name
    role), against it or a space apart, with nothing or a particle after it: 엘리자베스Ⅱ →
    엘리자베스 이세, 찰스 Ⅲ → 찰스 삼세; before a counter (찰스 Ⅲ세) it is not."""
    k = i - 1 if t[i - 1 : i] == " " else i
    name = _HANGUL_END.search(t, max(0, k - 12), k)
    if name is None or name.group() not in roles()["regnal_name"] or not _numeral_alone(t, i, end):
        return None
    if i + 1 < end and _roman(t[i + 1]):
        return None  # 레오 ⅩⅣ: a numeral of two characters, read as a number
    return (" " if k == i else "") + f"{sino(int(unicodedata.numeric(t[i])))}세"


def _latin_numeral(t: str, i: int, end: int) -> str | None:
    """A Roman numeral written as one character after a Latin name, a space or a hyphen
    apart, with nothing or a particle after it (KSLV-Ⅱ가, Charles Ⅲ, World War Ⅱ): said as
    the same numeral in letters is (투, 삼세); before a counter (Ⅱ세, Ⅱ급) it is not."""
    if i < 2 or t[i - 1] not in " -" or not (t[i - 2].isascii() and t[i - 2].isalpha()):
        return None
    if i + 1 < end and is_hangul(t[i + 1]) and not _CIRCLED_PARTICLE.match(t, i + 1, end):
        return None
    return _numeral_after_name(t, i, int(unicodedata.numeric(t[i])))


def _numeral_alone(t: str, i: int, end: int) -> bool:
    """Whether the Roman numeral at ``t[i]`` has nothing or a particle after it (Ⅱ가, Ⅲ 트럭), not a
    counter (Ⅱ세, Ⅱ급): the number of a title, a model or a course, a word apart."""
    return i + 1 >= end or not is_hangul(t[i + 1]) or _CIRCLED_PARTICLE.match(t, i + 1, end) is not None


def _title_numeral(t: str, i: int, end: int) -> bool:
    """A Roman numeral set apart after a word in quotes ('록키 Ⅱ', '스타크래프트 Ⅱ'), with nothing
    or a particle after it: the number of a sequel, said in English as World War II is; before
    a counter (엘리자베스 Ⅱ세, Ⅱ급) or unquoted (진도 Ⅳ) it stays a Sino-Korean number."""
    if i < 2 or t[i - 1] != " " or not (is_hangul(t[i - 2]) or t[i - 2].isalpha()):
        return False
    # a title is quoted ('록키 Ⅱ'); elsewhere (진도 Ⅳ의 흔들림) the numeral is a grade, 사
    if t[i + 1 : i + 2] not in _CLOSERS and not _QUOTED_WORD.search(t, max(0, i - 20), i):
        # or a work's kind names it a title (영화 록키 Ⅲ, 게임 디아블로 Ⅳ)
        kind = _TITLE_KIND.search(t, max(0, i - 30), i)
        if not kind or kind.group(1) not in roles()["title_kind"]:
            return False
    return _numeral_alone(t, i, end)


def _glued_numeral(t: str, i: int, end: int) -> bool:
    """A Roman numeral written against a name in Hangul of two syllables or more, with nothing or
    a particle after it (봉고Ⅲ 트럭, 천궁Ⅱ가, 수학Ⅰ과): the number of a model, a sequel or a course,
    a word apart; before a counter (엘리자베스Ⅱ세, 제Ⅱ장) it is not."""
    if i < 2 or not (is_hangul(t[i - 1]) and is_hangul(t[i - 2])):
        return False
    return _numeral_alone(t, i, end)


def _sino_numeral(t: str, i: int, end: int) -> bool:
    """Whether the Roman numeral of a quoted title at ``t[i]`` is said in Sino-Korean: after a
    school subject (the subject role of data/counter_context.tsv: '수학 Ⅱ' → 수학 이), or
    numbering a work of art in its series, as the painter and the auction house say it (화가
    김환석의 '귀향 Ⅲ' → 귀향 삼): a title in Hangul in a sentence with a word of art (the art role:
    화가, 작품, 연작, 경매, 낙찰 …). A game's or a film's sequel, named so by a word of its kind
    before it (the title_kind role), keeps its English number."""
    if not is_hangul(t[i - 2]):
        return False
    name = _HANGUL_END.search(t, max(0, i - 12), i - 1)
    if name and any(name.group().endswith(w) for w in roles()["subject"]):
        return True
    kind = _TITLE_KIND.search(t, max(0, i - 30), i) or _KIND_QUOTED.search(t, max(0, i - 30), i)
    if kind and kind.group(1) in roles()["title_kind"]:
        return False  # 게임 '디아블로 Ⅳ' in a sentence of an auction of its items
    sentence = _sentence_around(t, i, i + 1, end)
    if any(w in sentence for w in roles()["screen"]):
        return False  # '록키 Ⅲ' 출연 배우가 소장품을 경매에 내놨다: a film's sequel
    return any(w in sentence for w in roles()["art"])


def _consequence(t: str, i: int, end: int) -> bool:
    """A double arrow between words that leads to a result (수요 급증 ⇒ 가격 상승, 금리 인하 ⇒ 대출 증가
    ⇒ 집값 상승), not a change from one state to another: no figure or letter after it, and no
    로 or 으로 that makes the word after it a new state (등급 ⇒ 중립으로, 3% ⇒ 5%)."""
    stop = t.find("\n", i)
    stop = end if stop < 0 else min(stop, end)
    after = _ARROW_STATE.match(t, i + 1, stop)
    before = t[max(0, t.rfind("\n", 0, i) + 1) : i].rstrip()
    if after is None or not before or not is_hangul(before[-1]):
        return False
    return not after.group().endswith("로")


#: What ends a clause of a line: arrows in two clauses are two changes, not a chain.
_CLAUSE_MARKS = re.compile(r"[,;，]")


def _lone_arrow(t: str, i: int, end: int) -> bool:
    """An arrow that stands alone in its clause between two things, a change from the one to the
    other (A→B로, 주5일→주4.5일, 서울 → 부산; 서울→대구 5시간, 서울→목포 6시간); a chain of arrows
    (발표 → 토론 → 질의응답), an arrow that opens a line (→ 결론) and an order (매출 → 이익 순) are
    steps, not a change, and stay silent."""
    start = t.rfind("\n", 0, i) + 1
    stop = t.find("\n", i)
    stop = len(t) if stop < 0 else stop
    clause = _CLAUSE_MARKS.split(t[start:stop])
    at = i - start
    for part in clause:
        if at < len(part):
            if sum(part.count(a) for a in "→⇒") > 1:
                return False
            break
        at -= len(part) + 1
    before, after = t[start:i].rstrip(), t[i + 1 : stop].lstrip()
    if not before or not after or not (before[-1].isalnum() or before[-1] in _ARROW_FROM_END):
        return False
    # set apart by spaces or not, it is a change: 서울 → 부산 as 서울→부산, 매수 → 중립으로
    return (after[0].isalnum() or after[0] in "-+'\"‘“") and not _ORDER_AFTER.match(after)


@cache
def _rank_before() -> re.Pattern[str]:
    """A word of a rank (the ``rank_word`` role of data/counter_context.tsv: 순위, 랭킹), or one
    ending in it (종합순위, 세계랭킹), or a rank's figure (3위) ending right before an arrow, its
    particle or bracket between."""
    words = role_alternation("rank_word")
    return re.compile(rf"(?:(?:{words})(?:[은는이가도의]|에서)?|[0-9]위) ?[(]?$")


#: The places a rank moves, after its arrow: a whole number, with its 계단 or none (▲3, ↓2계단).
_RANK_MOVE = re.compile(r"([0-9]{1,3})(?:(?: ?계단)|(?![0-9%]|[.,][0-9]))")


def _rank_change(t: str, i: int, end: int, word: str) -> tuple[int, str] | None:
    """An arrow before a whole number after a rank (순위 ↑3, 3위(▲2), 랭킹 ▼5계단): the places the
    rank moved, counted in 계단 as a newsreader says them (세 계단 상승, 두 계단 하락)."""
    m = _RANK_MOVE.match(t, i + 1, end)
    if m is None or (m.end() < end and is_hangul(t[m.end()]) and not _CHANGE_PARTICLE.match(t, m.end(), end)):
        return None
    if not _rank_before().search(t, max(0, i - 12), i):
        return None
    if _DIRECTION_WORD.match(t, m.end(), end):
        word = ""  # 순위 ↑3 상승, 랭킹 ↓5 하락했다: the direction is said once, in its words
    said = f"{native(int(m.group(1)), bound=True)} 계단{word}"
    p = _CHANGE_PARTICLE.match(t, m.end(), end)
    if p:
        return p.end(), said + _change_particle(word, p.group())
    return m.end(), said


#: A word in Hangul right before an arrow, a space apart or against it (점수 ↑10).
_WORD_BEFORE_ARROW = re.compile(r"[가-힣](?:[은는이가도]| ?[(])? ?$")


def _word_changed(t: str, i: int) -> bool:
    """Whether the arrow ↑ or ↓ at ``t[i]``, before a whole number, follows the word whose change
    it gives (점수 ↑10 → 점수 십 상승); ▲ and ▼ there may be bullets (▲1 개요)."""
    return t[i] in "↑↓" and _WORD_BEFORE_ARROW.search(t, max(0, i - 4), i) is not None


def _change(t: str, i: int, end: int) -> tuple[int, str] | None:
    """An arrow of a market table read as the direction of the figure next to it."""
    word = " 상승" if t[i] in _UP else " 하락"
    if i + 1 < end and _digit(t[i + 1]):
        rank = _rank_change(t, i, end, word)
        if rank:
            return rank
        compared = _compared_change(t, i, end)
        if compared:
            return compared
        m = _CHANGE.match(t, i + 1, end)
        if m and not (m.group("dec") or m.group("u1") or m.group("u2")) and t.startswith(".", m.end()):
            return None  # ▲1. 규제 완화 ▲2. 세제 지원: a numbered bullet, however a count stands before it
        p = _CHANGE_PARTICLE.match(t, m.end(), end) if m and m.end() < end and is_hangul(t[m.end()]) else None
        if not m or (m.end() < end and is_hangul(t[m.end()]) and not p):
            return None
        k = p.end() if p else m.end()
        if _DIRECTION_WORD.match(t, k + (t[k : k + 1] == ")"), end):
            return None  # the direction said in words, after the figure or its bracket: (▽1.6%) 하락했다
        plain = not (m.group("u1") or m.group("u2") or m.group("dec") or "," in m.group())
        if plain and not _FIGURE_BEFORE.search(t, max(0, i - 16), i) and not _word_changed(t, i):
            return None
        j, out = _number(t, i + 1, end)
        if j < m.end():
            out += t[j : m.end()]  # a counter _number leaves in place: 3.5원
        if p:
            return p.end(), out.rstrip() + word + _change_particle(word, p.group())
        return max(j, m.end()), out.rstrip() + word
    prev = t[i - 1] if i > 0 else " "
    word_before = is_hangul(prev) or (prev.isascii() and prev.isalnum())
    counted = _COUNT_BEFORE.search(t, max(0, i - 16), i)
    after_figure = word_before or _FIGURE_BEFORE.search(t, max(0, i - 16), i) is not None
    if t[i] in "↑↓" and (counted or after_figure) and _DIRECTION_WORD.match(t, i + 1, end):
        # the direction said in words right after the arrow: 23%↑ 늘었다, 17.2%↓ 줄었지만
        return i + 1, "" if t[i + 1 : i + 2] == " " else " "
    if t[i] in "↑↓" and (_bound_before(t, i, counted) or (after_figure and _threshold_of_condition(t, i, end))):
        # 노인(65세↑), 높이 4m↑, 30㎏↓, 30홈런↑: an age, a size or a season's tally and up, 이상
        return i + 1, " 이상" if t[i] == "↑" else " 이하"
    if t[i] in "↑↓" and counted and counted.group(1) in roles()["count_change"]:
        return i + 1, " 증가" if t[i] == "↑" else " 감소"  # 취업자 18만 명↑: a count grows, 증가
    if t[i] in "↑↓" and counted and counted.group(1) in roles()["bound_for_people"] and _people_after(t, i, end):
        return i + 1, " 이상" if t[i] == "↑" else " 이하"  # 하루 5시간↑ 청소년, 주 52시간↑ 직장인: a bound
    if t[i] in "↑↓" and counted and counted.group(1) in roles()["bound_for_people"] and _nothing_after(t, i, end):
        return i + 1, " 이상" if t[i] == "↑" else " 이하"  # 대기 30분↑, 진료 대기 3주↑.: how long at least
    if t[i] in "↑↓" and after_figure:
        return i + 1, word  # 0.05%p↑, 3% ↓, 금리↑, GDP↓: after what goes up or down
    nxt = t[i + 1] if i + 1 < end else " "
    spaced = prev == " " and i > 1 and (is_hangul(t[i - 2]) or (t[i - 2].isascii() and t[i - 2].isalnum()))
    if t[i] in "↑↓" and spaced and (nxt.isspace() or nxt in ",.·)…⋯"):
        return i + 1, word.lstrip()  # 매출 ↑, 영업이익 ↓: the arrow set apart after its word
    return None


#: The word right after an arrow and one space (5시간↑ 청소년).
_WORD_AFTER_ARROW = re.compile(r" ([가-힣]+)(?![0-9A-Za-z])")


def _people_after(t: str, i: int, end: int) -> bool:
    """Whether a word of people follows the arrow at ``t[i]`` a space apart (5시간↑ 청소년,
    3회↑ 결석자), the figure before it no quantity that rises or falls (measure_change)."""
    word = _WORD_AFTER_ARROW.match(t, i + 1, end)
    if word is None or not counter.people_group(word.group(1)):
        return False
    figure = _LAST_FIGURE.search(t, max(0, i - 24), i)
    return figure is None or not _changing(figure)


#: Nothing said after an arrow: the line's end, or a mark that ends the clause (대기 30분↑.).
_NOTHING_AFTER_ARROW = re.compile(r" *(?:[.,)\]·…⋯]|\n|$)")


def _nothing_after(t: str, i: int, end: int) -> bool:
    """Whether the arrow at ``t[i]`` ends its clause (대기 30분↑, 심사 기간 10일↑.) after a word of
    waiting or doing for so long or so often (span_of_doing): after a span of time or a count of
    times it is then how long or how often at least, 이상, as before a word of people."""
    if not _NOTHING_AFTER_ARROW.match(t, i + 1, end):
        return False
    figure = _LAST_FIGURE.search(t, max(0, i - 24), i)
    # after a word of waiting or of doing for so long or so often (대기 30분↑, 경력 5년↑, 결석 5회↑)
    # how long or how often at least; after any other (집값 8주↑, 삼성전자 5일↑) so many of rises
    return figure is not None and not _changing(figure) and (figure.group(1) or "").endswith(_span_of_doing())


@cache
def _span_of_doing() -> tuple[str, ...]:
    """The ends of a word of waiting or of doing for so long or so often (span_of_doing in
    data/counter_context.tsv: 대기, 정체, 기간, 경력, 결석)."""
    return tuple(roles()["span_of_doing"])


def _bound_before(t: str, i: int, counted: re.Match[str] | None) -> bool:
    """Whether the arrow at ``t[i]`` ends a count or a measure whose counter or unit, as said, is
    of the ``bound_after`` role (65세↑, 4m↑, 30㎏ ↓, 85m²↑ → 미터, 킬로그램, 제곱미터), however
    the unit is written, and the word before the figure is no quantity that rises or falls
    (``measure_change``: 체중 5㎏↑, 쌀 수입 10만 톤↑ are a change)."""
    figure = _LAST_FIGURE.search(t, max(0, i - 24), i)
    found = measure.match_unit(t, figure.end(), i) if figure else None
    unit = found[1] if found is not None and not t[found[0] : i].strip() else None
    if not (counted and counted.group(1) in roles()["bound_after"]) and unit not in roles()["bound_after"]:
        return False
    return figure is None or not _changing(figure)


@cache
def _condition_after() -> re.Pattern[str]:
    """The words of a condition (``threshold_if`` of data/counter_context.tsv: 시, 이면, 일 경우,
    대상) right after an arrow, or after one word of what is done (10만원↑ 구매 시)."""
    words = "|".join(map(re.escape, sorted(roles()["threshold_if"], key=len, reverse=True)))
    return re.compile(rf" ?(?:([가-힣]{{1,4}}) )?(?:{words})(?:에는|에도|에|은|는|으로|이다)?(?![가-힣])")


def _threshold_of_condition(t: str, i: int, end: int) -> bool:
    """Whether the arrow at ``t[i]`` after a figure is a threshold of a condition said after it
    (기온 33℃↑ 시 폭염주의보, 3회↑ 결석 시, 4천만원↓ 가구 대상): up or down from it, 이상/이하,
    by default; never where the word before the figure is a quantity that rises or falls
    (``measure_change``: 체중 3㎏↑ 시, 국제유가 10달러↑ 시 are a change), nor where the figure
    is a percentage after a word other than a limit (``threshold_word``: 습도 60%↑ 시 is one),
    unless the word of what is done after the arrow is an act (인건비 10%↑ 시 → 상승, 5%↑ 구매
    시 → 이상)."""
    condition = _condition_after().match(t, i + 1, end)
    if not condition:
        return False
    figure = _LAST_FIGURE.search(t, max(0, i - 24), i)
    if figure is None or _changing(figure):
        return False
    if figure.group(1) is None or "%" not in t[figure.end() : i] or _ends_with_role(figure, "threshold_word"):
        return True
    return condition.group(1) is not None and condition.group(1) in roles()["threshold_word"]


def _ends_with_role(figure: re.Match[str], role: str) -> bool:
    """Whether the word before the figure of ``_LAST_FIGURE``, with its particle apart or whole
    (체중이 5㎏, 주가 10%: 주가 ending as a particle does), is a word of ``role`` of
    data/counter_context.tsv or ends with one of two syllables or more (국제유가 → 유가)."""
    word = figure.group(1) or ""
    words = roles()[role]
    for whole in {word, word + (figure.group(2) or "")}:
        if whole in words or any(whole[k:] in words for k in range(1, len(whole) - 1)):
            return True
    return False


def _changing(figure: re.Match[str]) -> bool:
    """Whether the word before the figure of ``_LAST_FIGURE`` is a quantity that rises or falls
    (``measure_change``), or ends with one (국제유가)."""
    return _ends_with_role(figure, "measure_change")


def _change_particle(word: str, particle: str) -> str:
    """The particle on a changed figure, agreeing with 상승/하락 or 증가/감소 once said:
    ▼3.1%를 → 하락을, ▲2%다 → 상승이다, ↑120명을 → 증가를, ↑3만 명으로 → 증가로."""
    said = {"다": "이다", "였": "이었"}.get(particle, particle)
    return _agree(word[-1], said) if said in _PAIRS or said in ("로", "으로") else said


@cache
def _span_after() -> re.Pattern[str]:
    """A word right after a counter that makes its figure a length of time (3일 연속, 3년 만에,
    5주째; data/counter_context.tsv span_after)."""
    words = role_alternation("span_after")
    return re.compile(rf" ?(?:{words})(?![가-힣])|째")


def _compared_change(t: str, i: int, end: int) -> tuple[int, str] | None:
    """An arrow before a figure with its counter right after a word of comparison (전년 대비 ▽3점,
    전년比 ↑1만 8,082명), or ↑ and ↓ after the word whose change they give (기온 ↓5도, 미세먼지 ↑2
    단계): the change of that figure, said after it and its counter (오 도 하락, 이 단계 상승),
    증가/감소 for a count, and not at all where a word of the change follows (↑4점 올랐다)."""
    m = _COMPARED_FIGURE.match(t, i + 1, end)
    if not m or m.group(1) not in counters():
        return None
    if not (_COMPARED_BEFORE.search(t, max(0, i - 6), i) or _word_changed(t, i)):
        return None
    said, pos = "", i + 1
    dropped: list[str] = []
    while pos < m.end():
        trigger = TRIGGER.search(t, pos, m.end())
        start = trigger.start() if trigger else m.end()
        said += t[pos:start]  # what no reader changes: the counter (3점 → 삼 점)
        if not trigger:
            pos = m.end()
            break
        pos, out = _step(t, start, m.end(), dropped)
        pos = max(pos, start + 1)
        said += out
    if m.group(1) in roles()["count_change"]:
        word = " 증가" if t[i] in _UP else " 감소"
    else:
        word = " 상승" if t[i] in _UP else " 하락"
    p = _CHANGE_PARTICLE.match(t, pos, end)
    if p and (p.end() >= end or not is_hangul(t[p.end()])):
        if _change_verb().match(t, p.end(), end):
            return p.end(), said.rstrip() + p.group()  # ↓3개월로 단축됐다, ↓2주로 줄었다: the change said once
        return p.end(), said.rstrip() + word + _change_particle(word, p.group())
    if _DIRECTION_WORD.match(t, pos, end):
        return pos, said.rstrip()  # 전년 대비 ▽3점 하락, 점수 ↑4점 올랐다: the change said once
    if _span_after().match(t, pos, end):
        # 수출 ↓3개월 연속, 물가 ↑3년 만에 최고: a length of time; a span counter alone is the
        # quantity changed (근로시간 ↓2시간 → 두 시간 하락)
        return pos, said.rstrip()
    return pos, said.rstrip() + word


_COPULA_AFTER_VOWEL = {"다": "이다", "였": "이었"}
#: What may follow the unit of a bare count per unit: not more of a unit or a code (100/㎖/일, 3/mA2).
_BARE_PER_END = re.compile(r"(?![A-Za-z0-9/²³])")


def _bare_per_unit(t: str, k: int, end: int) -> tuple[int, str] | None:
    """A unit of ``data/units.tsv`` written whole right after a slash at ``t[k - 1]``: ``(end, spoken)``."""
    if k >= end or t[k] == " ":
        return None
    unit = measure.match_unit(t, k, end)
    if unit is None or t[k : unit[0]] not in table("units.tsv") or not _BARE_PER_END.match(t, unit[0], end):
        return None
    return money.per_said(t, unit[0], end), unit[1]


def _priced(t: str, i: int, end: int, j: int, amount: str, *, signed: bool) -> tuple[int, str]:
    """``amount`` (read from the text ``t[i:j]``) as a price per unit if a slash and a unit
    follow: 1,000원/kg → 킬로그램당 천 원, $80/배럴 → 배럴당 팔십 달러; the unit said once where
    the text already says it before the amount (1인당 비용 3만원/인 → 일 인당 비용 삼만 원)."""
    if j >= end or t[j] not in "/원달엔유위파 ":
        return j, amount
    per = money.per_unit(t, j, end, signed=signed)
    if per is None and t[j] == "/" and not signed and (bare := _bare_per_unit(t, j + 1, end)):
        # a bare count per unit (대장균 100/㎖, 혈소판 5만/㎕): 밀리리터당 백, as 100개/㎖ is
        return bare[0], f"{_per_unsaid(t, i, bare[1] + '당')}{amount.strip()}"
    if per is None:
        return j, amount
    k, unit, currency = per
    out = f"{_per_unsaid(t, i, unit)}{amount.strip()} {currency}".rstrip()
    if k < end and t[k] in _COPULA_AFTER_VOWEL and is_hangul(out[-1]) and _coda(out[-1]):
        # the copula written after the unit agrees with the currency now said last: 원/달러다 → 원이다
        return k + 1, out + _COPULA_AFTER_VOWEL[t[k]]
    return k, out


def _raised(t: str, j: int, end: int, base: str, *, of: bool) -> tuple[int, str]:
    """``base`` (read from the text ending at ``t[j]``) with the power written after it:
    10⁻³ → 십의 마이너스 삼 승, 2² → 이의 제곱, x² → 엑스 제곱 (``of``: 의 before a
    named power too, as after a number)."""
    p = match_power(t, j, end)
    if p is None:
        return j, base
    k, power, named = p
    unit = measure.match_unit(t, k, end) if of and k < end and t[k] != " " else None
    said = base.rstrip() + ("의 " if of or not named else " ") + power
    # 10⁻⁹m → 십의 마이너스 구 승 미터, 3×10⁸m/s → 삼 곱하기 십의 팔 승 미터 매초
    return (unit[0], measure.with_figure(said, unit[1], whole=False)) if unit else (k, said)


def _silent_bracket(t: str, i: int, end: int, dropped: list[str]) -> tuple[int, str] | None:
    """Brackets around nothing that is said (별표(*)는, 주석(※)): left out with what is inside,
    where they were left empty (별표()는)."""
    close = t.find(")", i + 1, min(end, i + 6))
    if close < 0 or any(c.isalnum() for c in t[i + 1 : close]):
        return None
    said: list[Edit] = []
    scan(t, i + 1, close, said, dropped)
    pos, out = i + 1, []
    for s, e, rep in said:
        out.append(t[pos:s] + rep)
        pos = e
    out.append(t[pos:close])
    return (close + 1, "") if not "".join(out).strip() else None


def _address(t: str, i: int, k: int, end: int) -> tuple[int, str]:
    """The e-mail or web address ``t[i:k]``: read out where the sentence needs it (see
    ``_ADDRESS``), else left out."""
    said = latin.read_address(_refanged(t[i:k]))
    if k < end and is_hangul(t[k]):
        return k, said  # www.korea.kr에서
    if i > 0 and k + 1 < end and t[i - 1] in _OPENERS and t[k] in _QUOTE_CLOSERS and is_hangul(t[k + 1]):
        return k, said  # 도메인 'evil.com'을: quoted in the sentence, a particle after the quote
    p = _SPACED_WORD.match(t, k, end)
    if p and p.group(1) in _NOUN_PARTICLES:
        return p.start(1), said  # the particle joins: abc@example.com 으로 → … 닷컴으로
    # the line before the address and the end of the one before it: not a copy of all the text before
    before = t[max(0, t.rfind("\n", 0, i) - 24) : i].rstrip(" \t")
    if before and is_hangul(before[-1]) and _SENTENCE_END.match(t, k, end):
        return k, said  # 자세한 내용은 www.korea.kr. : the sentence ends on it
    if "@" in t[i:k] and _MORE_AFTER.match(t, k, end):
        return k, said  # 문의는 abc@example.com 또는 전화로
    if not before.rpartition("\n")[2].strip():
        if _SENTENCE_AFTER.match(t, k, end):
            return k, said  # www.korea.kr 참조. : a sentence it opens
        words = _WORDS_AFTER.match(t, k, end)
        if words and not _credit_after().search(words.group()):
            return k, said  # www.mapo.go.kr 접속 : a line's words about it (www.kbs.co.kr 제공 credits it)
    label = _LABEL_BEFORE.search(before[-24:])
    if (
        label
        and table("credit_words.tsv").get(label.group(1), "note") == "note"
        and (_LINE_END.match(t, k, end) or _MORE_AFTER.match(t, k, end))
    ):
        # 문의: help@korea.kr, 자세한 내용은 https://www.kbs.co.kr 참조 (a byline's 기자 is not a label)
        return k, said
    stop = _SENTENCE_END.match(t, k, end)
    if stop and not t[k : stop.end()].strip(".!?… \t\n"):
        k = stop.end() - (stop.group()[-1:].isspace())  # a sentence of nothing but it: its mark goes too
    if (i == 0 or t[i - 1].isspace()) and t[k : k + 1] == " ":
        return k + 1, ""  # left out with the space after it: the one before stays
    return k, " "


@cache
def _file_name() -> re.Pattern[str]:
    """A file's name: Latin letters, figures and marks, a dot and an extension of
    ``data/file_extensions.tsv`` (svchost.exe, report_2026.pdf)."""
    exts = "|".join(sorted(map(re.escape, table("file_extensions.tsv")), key=len, reverse=True))
    return re.compile(rf"[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.(?:{exts})(?![A-Za-z0-9])", re.ASCII | re.IGNORECASE)


def _file(t: str, i: int, k: int, end: int) -> tuple[int, str]:
    """The file's name ``t[i:k]`` read part by part (:func:`latin.read_file_name`), its dot said
    (setup.exe → 셋업 점 이엑스이); a particle written apart joins it. Unlike an address it is never
    a byline's or a source's, so it is always said."""
    said = latin.read_file_name(t[i:k])
    p = _SPACED_WORD.match(t, k, end)
    if p and p.group(1) in _NOUN_PARTICLES:
        return p.start(1), said
    return k, said


#: The circle and the cross of a true-or-false quiz (○× 퀴즈, ○/× 문제), said 오엑스.
_OX = re.compile(r"[○◯][ /·]?[×✕✖Xx](?![A-Za-z])")


#: What ends a bracketed address's use in the sentence: the end of the line or text, a mark that
#: ends it, or the = of a byline (홍길동 기자(hong@news.co.kr) = 정부는).
_ADDRESS_LAST = re.compile(r"[ \t]*(?:[.!?…,]*[ \t]*(?:\n|$)|=)")
#: The name of a site before its top-level domain (Amazon.com, www.naver.com: Amazon, naver).
_SITE_NAME = re.compile(r"(?:www\.)?([A-Za-z]+)[.]", re.ASCII)


def _bracketed_address(t: str, i: int, k: int, end: int) -> tuple[int, str]:
    """An address in brackets ``t[i+1:k]`` before ``)``: read where the sentence goes on after
    the bracket (메일(abc@example.com)로 문의 → 메일 에이비씨 골뱅이 … 닷컴으로, 누리집
    (www.mois.go.kr)에서), left out where it closes the line as a byline or a source does
    (홍길동 기자(hong@news.co.kr)) or only names again the word before it (아마존(Amazon.com)은)."""
    if _ADDRESS_LAST.match(t, k + 1, end) or _site_named_before(t, i, k):
        return k + 1, ""
    said = latin.read_address(_refanged(t[i + 1 : k]))
    j = k + 1
    p = _SPACED_WORD.match(t, j, end)
    if p and p.group(1) in _NOUN_PARTICLES:
        j = p.start(1)  # the particle written apart joins: 누리집 (www.mois.go.kr) 에서
    return j, (" " if i > 0 and not t[i - 1].isspace() else "") + said + ("" if j < end and is_hangul(t[j]) else " ")


def _site_named_before(t: str, i: int, k: int) -> bool:
    """Whether the site's name in the address ``t[i+1:k]`` says what the Hangul word before the
    bracket at ``t[i]`` says (아마존(Amazon.com), 네이버(naver.com))."""
    m = _SITE_NAME.match(t, i + 1, k)
    w = _WORD_BEFORE.search(t, max(0, i - 12), i)
    if not m or not w or "@" in t[i + 1 : k]:
        return False
    said = latin.read_word(m.group(1)).replace(" ", "")
    before = w.group(1)
    return before.endswith(said) or _consonants(before) == _consonants(said)


def _nothing_said_before(t: str, i: int, edits: list[Edit]) -> bool:
    """Whether nothing is said on the line before ``t[i]``: it starts the line, or every
    character before it there is in an edit that says nothing (a silent mark: ★ ~ ★)."""
    line = t.rfind("\n", 0, i) + 1
    k = i
    for a, b, out in reversed(edits):
        if k <= line or b <= line:
            break
        if b != k or out.strip():
            return False
        k = a
    return k <= line


def _step(t: str, i: int, end: int, dropped: list[str]) -> tuple[int, str]:
    c = t[i]
    if c in ":;^T<" and (m := _EMOTICON.match(t, i, end)):
        j = m.end()
        while j < end and t[j] in " \t" and (i == 0 or t[i - 1] in " \t\n"):
            j += 1  # and the space after it, where one stands before it: 얼굴 :-) 이모티콘
        return j, ""
    if c == ":" and i > 0 and _digit(t[i - 1]) and _digit(t[i + 1 : i + 2]):
        # a colon between figures that no reading of a time, a ratio or a score took whole (the
        # first figure ends a code: V2:10 → 브이 투 대 십): said 대, never left for the eye, and
        # the figure after it a number of its own, not a count of the word after it
        after = _AFTER_COLON.match(t, i + 1, end)
        return (after.end(), f" 대 {decimal(after.group())}") if after else (i + 1, " 대 ")
    if c in "○◯" and (m := _OX.match(t, i, end)):
        return m.end(), " 오엑스 "  # the marks of a true-or-false quiz: ○× 퀴즈 → 오엑스 퀴즈
    if c == "제" and _digit(t[i + 1 : i + 2]):
        return i + 1, " 제"  # the next unit of a law written without a space: 제1항제8호 → 항 제팔 호
    if (i == 0 or t[i - 1] == "\n") and (m := _LIST_DASH.match(t, i, end)):
        return m.end(), ""  # the mark of a list item, not said: - 첫째 → 첫째
    if _digit(c) and not _ADDRESS.match(t, i, end):
        j, out = _priced(t, i, end, *_number(t, i, end), signed=False)
        # a number written against the word before it is still a word of its own (12월31일)
        if i > 0 and (is_hangul(t[i - 1]) or t[i - 1] in "°′") and not _ordinal_prefix(t, i) and out[:1] != " ":
            out = " " + out
        if j + 1 < end and _digit(t[j + 1]) and _ordinal_prefix(t, j + 1) and out[-1:] != " ":
            out += " "  # a law's units written without a space: 제3조의2제2항 → 조의 이 제이 항, not 이제이
        if t.startswith("(", j, end) and (k := _unit_gloss(t, j, end)):
            return k, out  # the unit's name in brackets after it, said once: 3,400K(켈빈) → 삼천사백 켈빈
        return _raised(t, j, end, out, of=True)
    if c == "." and i + 1 < end and t[i + 1].isascii() and t[i + 1].isalpha():
        return _dotted(t, i, end)
    if c == ".":
        return _bare_decimal(t, i, end)
    if c in money.CURRENCY_BEFORE and money.currency_at(t, i):
        return _priced(t, i, end, *_number(t, i + 1, end, currency=money.currency_at(t, i)), signed=True)
    if c in "'’" and not (i > 0 and t[i - 1].isascii() and t[i - 1].isalnum()):
        cut = _CUT_YEAR_MONTH.match(t, i, end)
        if cut:
            return cut.end(), f"{sino(int(cut.group(1)))} 년 "  # '25. 1월 → 이십오 년 일월
        if c == "’" or not _CLOSING_QUOTE.search(t, i + 1, min(end, i + 40)):
            return i + 1, ""  # the apostrophe of a year cut to two digits: '24년 → 이십사 년
        return i + 1, c  # a quotation that opens with a number: '10년 후'를
    phone = telephone.INTERNATIONAL.match(t, i, end) if c == "+" else None
    if phone:
        return phone.end(), telephone.read_international(phone.group())
    if c in "+-" and i >= 2 and _RH_SIGN.match(t, i - 2, end):
        said = " 플러스" if c == "+" else " 마이너스"
        return i + 1, said + " " if i + 1 < end and t[i + 1].isascii() and t[i + 1].isalpha() else said  # Rh-O형 → 오형
    if c == "-" and _GRADE_MINUS.search(t, max(0, i - 4), i + 1):
        return i + 1, " 마이너스"  # a grade: B- → 비 마이너스, as A+ is 에이 플러스
    if c in "-+−" and _term_of_formula(t, i, end):
        said = "빼기" if c != "+" else "더하기"  # 소득 = 매출 - 비용 → 소득은 매출 빼기 비용
        return i + 1, said if t[i - 1] == " " else f" {said} "
    if c in "-–" and i > 0 and _roman(t[i - 1]) and i + 1 < end and _digit(t[i + 1]):
        return i + 1, "의 "  # a part of a numbered part: <표 Ⅲ-2> → 표 삼의 이, as <표 3-2> is
    if c in "-+–" and i + 1 < end and _digit(t[i + 1]):
        prev = t[i - 1] if i > 0 else " "
        if not (prev.isalnum() and prev.isascii()) and not is_hangul(prev):
            if _WEIGHT_CLASS.match(t, i + 1, end):
                # a weight class: -100kg급 → 백 킬로그램급, +100kg급 → 백 킬로그램 이상급
                j, out = _number(t, i + 1, end)
                return j, out + (" 이상" if c == "+" else "")
            if c != "+" and _below_zero(t, i + 1, end):
                # a temperature below zero is said 영하 (and 영하 -3도 is not 영하 마이너스)
                return _number(t, i + 1, end, sign="" if t[max(0, i - 3) : i].strip() == "영하" else "영하 ")
            par = _PAR_SCORE.match(t, i, end) if _PAR_TOTAL_BEFORE.search(t, max(0, i - 8), i) else None
            par = par if par and _golf_near(t, i) else None
            pe = par.end() if par else end
            spaced = t.startswith(" ", pe) and counter.spaced_counter(t, pe + 1, end)
            if par and not (spaced or counter.match_counter(t, pe, end) or measure.match_unit(t, pe, end)):
                # a golf total to par: 합계 -12 → 십이 언더파, 중간 합계 +3 → 삼 오버파
                return par.end(2), f"{sino(int(par.group(2)))} {'언더파' if par.group(1) != '+' else '오버파'}"
            j, out = _number(t, i + 1, end, sign="플러스 " if c == "+" else "마이너스 ")
            if prev == "%" or (not prev.isascii() and prev in table("units.tsv")):
                out = " " + out  # 50%+10% → 오십 퍼센트 플러스 십 퍼센트: the sign after a unit is a word apart
            return j, out
        if c == "-" and is_hangul(prev):
            return i + 1, " "  # a name joined to its number: 화성-19형 → 화성 십구 형
    if c == "-" and i > 0 and _digit(t[i - 1]) and money.currency_at(t, i + 1):
        # a sum of amounts: $100-$30=$70 → 백 달러 마이너스 삼십 달러는; else a range ($30-$50 →
        # 삼십 달러에서 오십 달러)
        return i + 1, " 마이너스 " if _sum_around(t, i, end) else "에서 "
    if c == "-" and i > 0 and t[i - 1] not in " \t\n\r" and i + 1 < end and t[i + 1] not in " \t\n\r":
        # two sides of a relation: one-syllable names join (한-미 → 한미), others a break
        single = (i < 2 or not is_hangul(t[i - 2])) and (i + 2 >= end or not is_hangul(t[i + 2]))
        return i + 1, "" if single and is_hangul(t[i - 1]) and is_hangul(t[i + 1]) else " "
        return i + 1, " 플러스 " if c == "+" else c
    if (c.isascii() and c.isalnum()) or c in "._%+-":
        m = _ADDRESS.match(t, i, end)
        if m:
            return _address(t, i, m.end(), end)
        if (i == 0 or not (t[i - 1].isascii() and (t[i - 1].isalnum() or t[i - 1] in "._%+-"))) and (
            f := _file_name().match(t, i, end)
        ):
            return _file(t, i, f.end(), end)
    m = _WITHHELD.match(t, i, end)
    # 10개**를: a footnote on a count; ** 괄호 안은 …: a footnote's mark that opens its line
    if c == "*" and m is not None and not t[t.rfind("\n", 0, i) + 1 : i].strip() and t[m.end() : m.end() + 1] == " ":
        return m.end() + 1, ""
    if m and not (c == "*" and _counted_before(t, i)):
        return m.end(), _withheld(t, m.end(), end)
    if c.isascii() and c.isalpha():
        j, out = _latin(t, i, end)
        return _raised(t, j, end, out, of=False)
    if hj.is_hanja(c):
        return _hanja(t, i, end, dropped)
    run = _JAMO_RUN.match(t, i, end)
    if run:
        return run.end(), _jamo_run(run.group())
    if c in table("jamo.tsv"):
        return i + 1, table("jamo.tsv")[c]  # ㄱ씨 → 기역씨
    if c == "№":
        m = _NUMERO.match(t, i, end)
        return _numero(m) if m else (i + 1, "넘버 ")
    m = _NUMBER_SIGN.match(t, i, end) if c == "#" and (i == 0 or not t[i - 1].isalnum()) else None
    if m:
        return _numero(m)  # a rank or a number: #1 히트곡 → 넘버 원 히트곡, as № 1 and No.1
    if c in _BOUND_SIGNS and (i == 0 or not t[i - 1].isalnum()):
        at = i + 2 if t.startswith(" ", i + 1) else i + 1
        noun = _BOUND_NOUN.match(t, at, end)
        if noun and noun.end() < end and _digit(t[noun.end()]):
            at = noun.end()  # a word naming the figure before it: ≤ 중위 50% → 중위 오십 퍼센트 이하
        if at < end and _digit(t[at]):
            j, out = _number(t, at, end)
            if noun:
                out = noun.group(1) + " " + out
            cnt = counter.match_counter(t, j, end) if t[j - 1].isalnum() else None  # not 인 after 150%
            if cnt and cnt[2] is None:
                out, j = out + cnt[0], j + len(cnt[0])  # the counter left in place: 점
            bound = _BOUND_SIGNS[c]
            if j < end and t[j] in _COPULA_AFTER_VOWEL and _coda(bound[-1]):
                return j + 1, f"{out.rstrip()} {bound}{_COPULA_AFTER_VOWEL[t[j]]}"  # ≥65세다 → 이상이다
            return j, f"{out.rstrip()} {bound}"  # ≥90점 → 구십 점 이상
    if c == "△" and i + 1 < end and _digit(t[i + 1]):
        j, out = _number(t, i + 1, end)
        if _FALL_AFTER.match(t, j, end):
            return j, out  # the fall said in words: △12.3% 감소 → 십이 점 삼 퍼센트 감소
        return _number(t, i + 1, end, sign="마이너스 ")  # a negative figure of a table: △2.1% → 마이너스
    if c == "(" and t.startswith("(-)", i) and i + 3 < end and _digit(t[i + 3]):
        return _number(t, i + 3, end, sign="마이너스 ")  # (-)300억원 → 마이너스 삼백억 원
    if c in _UP or c in _DOWN:
        found = _change(t, i, end)
        if found:
            return found
    if c == "(" and i > 0 and (is_hangul(t[i - 1]) or t[i - 1].isalnum()) and not t.endswith("번호", 0, i):
        m = _STOCK_CODE.match(t, i, end)
        if m:
            return m.end(), ""  # a listed firm's code is not read: 삼성전자(005930)가 → 삼성전자가
    if c == "(":
        found = _bracket_point(t, i, end) or _silent_bracket(t, i, end, dropped)
        if found:
            return found
        m = telephone.PHONE.match(t, i + 1, end)
        if m and ")" in m.group():
            # (02) 123-4567: the bracket goes with the area code; a word before it stays apart
            return m.end(), (" " if i > 0 and is_hangul(t[i - 1]) else "") + telephone.read_phone(m.group())
        m = _ADDRESS.match(t, i + 1, end)
        if m and t.startswith(")", m.end()):
            return _bracketed_address(t, i, m.end(), end)
        w = date.WEEKDAY.match(t, i, end)
        if w and _DAY_BEFORE_WEEKDAY.search(t, max(0, i - 3), i):
            return w.end(), f" {w.group(1)}요일"  # 3일(수), 3일 (수) → 삼 일 수요일
        m = hj.GLOSS.match(t, i, end)
        if m and i > 0 and (is_hangul(t[i - 1]) or (t[i - 1] == " " and i > 1 and is_hangul(t[i - 2]))):
            return m.end(), ""
        k = _same_gloss(t, i, end)
        if k:
            return k, ""
        k = _sign_gloss(t, i, end)
        if k:
            return k, ""  # a letter or sign that glosses its name: 감마(γ)선 → 감마선, 퍼센트(%)
        m = _WORD_GLOSS.match(t, i, end)
        if m and i > 0 and (is_hangul(t[i - 1]) or (t[i - 1] == " " and i > 1 and is_hangul(t[i - 2]))):
            return m.end(), ""  # an English gloss that translates the word: 매수(Buy)를 → 매수를
        return i + 1, "("
    if c == "@" and _HANDLE.match(t, i, end) and (i == 0 or not (t[i - 1].isalnum() or t[i - 1] in "._%+-")):
        return i + 1, ""  # a social media handle is said by its name: @realDonaldTrump → 릴도널드트럼프
    return _symbol(t, i, end, dropped)


# a particle after a closing bracket agrees with the last word read inside it
_PARTICLE = re.compile(r"(?:을|를|은|는|와|과|이|가)(?![가-힣])|(?:으로|로)(?=서|써|는|도|만|의|부터|[^가-힣]|$)")
_PAIRS = {
    "을": ("을", "를"),
    "를": ("을", "를"),
    "은": ("은", "는"),
    "는": ("은", "는"),
    "와": ("과", "와"),
    "과": ("과", "와"),
    "이": ("이", "가"),
    "가": ("이", "가"),
}


def _last_spoken(t: str, p: int, edits: list[Edit]) -> str:
    """The last Hangul syllable spoken before ``t[p]``."""
    k = p
    idx = len(edits) - 1
    while k > 0:
        while idx >= 0 and edits[idx][0] >= k:
            idx -= 1
        if idx >= 0 and edits[idx][1] == k:
            for c in reversed(edits[idx][2]):
                if is_hangul(c):
                    return c
            k = edits[idx][0]
            continue
        c = t[k - 1]
        if is_hangul(c):
            return c
        if not (c.isspace() or c in ".,·)]}'\"”’」』》〉…"):
            return ""
        k -= 1
    return ""


def _coda(syllable: str) -> int:
    """The index of a Hangul syllable's final consonant (0: none, 8: ㄹ)."""
    return (ord(syllable) - 0xAC00) % 28


def _agree(last: str, word: str) -> str:
    """The particle ``word`` in the form that follows the syllable ``last``."""
    jong = _coda(last)
    return _PAIRS[word][0 if jong else 1] if word in _PAIRS else ("으로" if jong and jong != 8 else "로")


#: Closing quotes between a word and the particle written after it ('Perfect Night'은).
_QUOTE_CLOSERS = "\"”’'」』》〉"


#: The word after N가 and its space (3가 백신, 9가 HPV 백신).
_WORD_AFTER_SPACE = re.compile(r" ([가-힣]+|[A-Za-z]+)")


def _valence_after(t: str, k: int, end: int) -> bool:
    """Whether a word of the valence_after role (data/counter_context.tsv) starts the word after
    the space at ``t[k]`` (a word of one syllable is the whole word): 가 before it is a valence
    (3가 백신), not a particle."""
    w = _WORD_AFTER_SPACE.match(t, k, end)
    if not w:
        return False
    word = w.group(1)
    # a word of one syllable only whole, with its particle (6가 철은), not 철저히
    return any(
        word.startswith(v) if len(v) > 1 else counter.names_one_of(word, frozenset((v,)))
        for v in roles()["valence_after"]
    )


#: A particle standing alone a space after the figure it belongs to, a space or a mark after it
#: (HyperOS 3 를 탑재): 이 is left out, a word of its own before a noun as often (버전 3 이 기능).
_SPACED_PARTICLE = re.compile(r" (을|를|은|는|와|과|가)(?=[ ,.!?]|$)")
#: A figure a space after a Latin name or model, or against its letters (HyperOS 3, Galaxy S24),
#: the one a particle typed a space after belongs to.
_MODEL_FIGURE = re.compile(r"[A-Za-z][A-Za-z0-9]* ?[0-9][0-9.]*$")


def _agreeing(t: str, j: int, end: int, last: str) -> Edit | None:
    """The edit that puts the particle written at ``t[j:]``, or after closing quotes there
    ('Perfect Night'은 → 퍼펙트 나이트는), in the form that follows the spoken syllable ``last``;
    None where it already does or there is none."""
    k = j
    while k < end and t[k] in _QUOTE_CLOSERS:
        k += 1
    spaced = _SPACED_PARTICLE.match(t, k, end) if k > 0 and _digit(t[k - 1]) else None
    if spaced and _MODEL_FIGURE.search(t, max(0, k - 40), k):
        # a particle typed a space after a Latin name's figure (HyperOS 3 를, Windows 10 과): it
        # joins the number it belongs to and agrees with it (삼을, not 삼 를); after a Korean
        # word the figure may be a count whose word comes a space apart (금 4 은 2, 종로 6 가,
        # 형사 2 과), and after a name a particle apart is left as written
        return (k, spaced.end(), _agree(last, spaced.group(1)))
    pm = _PARTICLE.match(t, k, end) if k < end and t[k] in "을를은는와과이가으로" else None
    if not pm or _agree(last, pm.group()) == pm.group():
        return None
    if pm.group() == "가" and k == j and _digit(t[j - 1]) and _valence_after(t, pm.end(), end):
        return None  # 3가 백신 → 삼가 백신: the valence, not the subject particle
    return (k, pm.end(), _agree(last, pm.group()))


@cache
def _past_after_vowel() -> dict[str, str]:
    """The past copula written for a word that ends in a consonant (이었다), and its form after
    one that ends in a vowel (였다): ``data/copula.tsv`` read the other way."""
    return {after: written for written, after in table("copula.tsv").items() if written.startswith("였")}


def _copula(t: str, j: int, end: int, last: str) -> tuple[int, str] | None:
    """The copula written at ``t[j:]`` for a word that ends in a vowel (km다), in the form that
    follows the spoken syllable ``last`` where it ends in a consonant (``data/copula.tsv``):
    only against a Latin or symbol form, not a digit's counter or a Hanja (1면, 中고); after a
    digit only the past copula, which no counter starts with, where the figure is said ending
    otherwise than its last digit (3/4였다 → 사분의 삼이었다). Both ways for the past: 이었
    written for a figure said ending in a vowel is 였 (2:05:30이었다 → 삼십 초였다)."""
    if j < 1 or j >= end or is_hangul(t[j - 1]) or hj.is_hanja(t[j - 1]):
        return None
    w = _HANGUL_WORD.match(t, j, end)
    if not _coda(last):
        vowel = _past_after_vowel().get(w.group()) if w else None
        return (w.end(), vowel) if w and vowel else None
    if _digit(t[j - 1]) and not (w and w.group().startswith("였")):
        return None
    said = table("copula.tsv").get(w.group()) if w else None
    return (w.end(), said) if w and said else None


@cache
def _statistic_aside() -> re.Pattern[str]:
    """A statistic of a count in brackets after it, to the closing bracket (30명(평균 15),
    9대(최대 4): the ``statistic_word`` role), after which the particle agrees with the count."""
    words = role_alternation("statistic_word")
    return re.compile(rf"[0-9][가-힣]{{1,3}}\((?:{words}) [0-9][0-9,.]*$")


def _particle(t: str, i: int, end: int, edits: list[Edit]) -> tuple[int, str]:
    # where something inside the brackets was read differently from how it is written, or the
    # brackets end in a Hangul word that is said (지진해일(쓰나미)은 → 쓰나미는); where the
    # bracket opened before the text (NASA)은), where the word before it was
    opened = t.rfind("(", 0, i)
    if opened < t.rfind(")", 0, i):
        opened = -1
    if edits and edits[-1][1] > i:
        return i + 1, ")"
    read = bool(edits) and (edits[-1][0] >= opened if opened >= 0 else edits[-1][1] == i)
    if not read and not (opened >= 0 and is_hangul(t[i - 1])):
        return i + 1, ")"
    m = _PARTICLE.match(t, i + 1, end)
    last = _last_spoken(t, i, edits)
    if not last or (opened >= 0 and _statistic_aside().search(t, max(0, opened - 4), i)):
        return i + 1, ")"  # 학생 30명(평균 15)이: the particle is the count's, as written
    if not m:
        # the copula written for the word before the brackets, said after what they end in:
        # 36만달러(약 5억원)다 → … 약 오억 원이다
        w = _HANGUL_WORD.match(t, i + 1, end)
        said = table("copula.tsv").get(w.group()) if w and _coda(last) else None
        return (w.end(), ")" + said) if w and said else (i + 1, ")")
    return m.end(), ")" + _agree(last, m.group())


#: The word compared after ``>`` or ``<``: up to a space or a mark (a full stop or comma
#: only inside a number), with a figure in brackets after it (물가상승률(1.8%)).
_COMPARED = re.compile(r" ?((?:[^\s<>\"'“”‘’()\[\],.;:!?]|[.,](?=[0-9]))+(?:\([^()\n]{1,20}\))?)")
_PARTICLE_ON_FIGURE = re.compile(r"[0-9A-Za-z%]([가-힣]+)$")
_COMPARED_NOUN = re.compile(r" [가-힣]")
#: ``>``/``<`` as a comparison: the plain and the adnominal form (A>B 구조 → A가 B보다 큰 구조).
_COMPARISON = {">": ("크다", "큰"), "<": ("작다", "작은"), "≠": ("다르다", "다른")}


def _comparison(t: str, i: int, end: int, edits: list[Edit], dropped: list[str]) -> int | None:
    """``A>B``, ``3 < 5``, ``A≠B``: read as A가 B보다 크다 (작다), A가 B와 다르다, agreeing
    with the spoken A, with the edits of B; where it ends, or None for an angle bracket
    (<기생충>) or a heart typed as a face ("응원해요 <3")."""
    if _EMOTICON.match(t, i, end):
        return None
    a = i - 1 if i > 1 and t[i - 1] == " " else i
    if a < 1 or not (t[a - 1].isalnum() or t[a - 1] in "%)"):
        return None
    line = t.rfind("\n", 0, i) + 1
    close = t.find("\n", i, end)
    rest = t[i + 1 : end if close < 0 else close]
    marks = "≠" if t[i] == "≠" else "<>"
    if any(c in marks for c in t[line:i]) or any(c in marks for c in rest):
        return None  # a title in angle brackets, or more than one mark on the line
    b = _COMPARED.match(t, i + 1, end)
    if not b:
        return None
    start = a if not edits or edits[-1][1] <= a else i
    tail = _PARTICLE_ON_FIGURE.search(b.group(1))
    if tail and tail.group(1) in _NOUN_PARTICLES and t[i] != "≠":
        # a particle on a figure compared (50.2%>45.1%로 앞섰다): the two figures of a result
        edits.append((start, b.start(1), " 대 "))
        scan(t, b.start(1), b.end(), edits, dropped)
        return b.end()
    last = _last_spoken(t, a, edits)
    edits.append((start, b.start(1), (_agree(last, "가") if last else "") + " "))
    ending = _compared_ending(b.group(1), t[i])
    noun_end = b.end() - (len(ending[0]) if ending else 0)
    said: list[Edit] = []
    scan(t, b.start(1), noun_end, said, dropped)
    plain, adnominal = _COMPARISON[t[i]]
    # 수출>수입을 → 수출이 수입보다 큰 것을; 수출>수입 구조 → 수출이 수입보다 큰 구조
    form = ending[1] if ending else (adnominal if _COMPARED_NOUN.match(t, b.end(), end) else plain)
    if said and said[-1][1] == noun_end:
        s, _, out = said.pop()
    else:
        s = said[-1][1] if said else b.start(1)
        out = t[s:noun_end]
    edits.extend(said)
    if t[i] == "≠":
        other = (
            _last_spoken(t, s, said)
            if not any(is_hangul(c) for c in out)
            else next(c for c in reversed(out) if is_hangul(c))
        )
        than = (_agree(other, "와") if other else "와") + " " + form
    else:
        than = "보다 " + form
    # a dash left dangling on the word compared (수입-) would be read as a break once 보다 follows
    edits.append((s, b.end(), out.rstrip().rstrip("-–—").rstrip() + than))
    return b.end()


def _compared_ending(word: str, mark: str) -> tuple[str, str] | None:
    """The ending written on the Hangul word compared after ``mark`` (수입을, 비용이면) that
    agrees with the word before it, and the form of 크다 or 작다 that takes its place."""
    rows = column("comparison_endings.tsv", 1)
    forms = column("comparison_endings.tsv", {">": 2, "<": 3}.get(mark, 4))
    for n in range(min(len(word) - 1, 3), 0, -1):
        ending, last = word[-n:], word[-n - 1]
        if ending not in rows or last in "-–—":
            continue
        # after a figure or Latin (B이다, 0이면) the ending is as written; after Hangul it
        # must agree with the word, or it is the word's own last syllable (분배라 → 라)
        if not is_hangul(last) or rows[ending] in ("-", _agree(last, rows[ending])):
            return ending, forms[ending]
    return None


#: Characters no match of TRIGGER starts with (Hangul syllables but 제, spaces, a comma), run
#: through before TRIGGER is tried: most of a text, which TRIGGER's many branches are slow to pass.
_QUIET = re.compile("[\uac00-\uc81b\uc81d-\ud7a3 \t\n\r,]*")


def _search(t: str, pos: int, end: int) -> re.Match[str] | None:
    """``TRIGGER.search(t, pos, end)``, found in fewer steps."""
    while (pos := _QUIET.match(t, pos, end).end()) < end:  # type: ignore[union-attr]
        m = TRIGGER.match(t, pos, end)
        if m:
            return m
        pos += 1
    return None


def scan(t: str, start: int, end: int, edits: list[Edit], dropped: list[str]) -> None:
    """Append the edits for ``t[start:end]``."""
    pos = start
    search = _search
    while pos < end:
        m = search(t, pos, end)
        if not m:
            return
        i = m.start()
        if t[i] in "<>≠":
            k = _comparison(t, i, end, edits, dropped)
            if k is not None:
                pos = k
                continue
        if t[i] == ")":
            j, out = _particle(t, i, end, edits)
        else:
            j, out = _step(t, i, end, dropped)
            if not out.strip() and j < end and t[j] in "-– \t" and _nothing_said_before(t, i, edits):
                # a list item's dash after a silent mark that starts the line (~-, ★ -): the
                # dash would start the line once the mark is gone, and is unsaid there too
                k = j
                while k < end and t[k] in " \t":
                    k += 1
                dash = _LIST_DASH.match(t, k, end)
                j = dash.end() if dash else j
        if j <= i:
            j = i + 1
        # a silent mark before a closing quote takes its space ("축하합니다 🎉"라고 → "축하합니다"
        # 라고), and so does a mark said as the particle 에서, 에 or 은/는 (3.5원 → 4원 → 삼 점 오 원에서,
        # 1 BTC = 1억원 → 일 비티씨에 일억 원, 1oz = 31.1g → 일 온스는)
        # a silent mark that ends the text or a line takes its space too (1위다 🔥 → 1위다)
        if out.isspace() and t[j : j + 1] in ("", "\n") and t[i - 1 : i] == " ":
            out = ""
        silent = not out and (t[j : j + 1] in _CLOSERS or t[j : j + 1] in ("", "\n"))
        joins = silent or out.startswith(("에서 ", "에 ", "은 ", "는 ", ", "))
        # a gloss in brackets left unsaid takes the space before it (사필귀정 (事必歸正)이다)
        joins = joins or (not out and t[i] == "(" and j > i + 1)
        if joins and t[i - 1 : i] == " " and t[i - 2 : i - 1] != "-" and (not edits or edits[-1][1] < i):
            i -= 1
        if out != t[i:j]:
            edits.append((i, j, out))
            # the particle the writer attached to the written form agrees with the spoken one
            agreed = _agreeing(t, j, end, out[-1]) if out and is_hangul(out[-1]) else None
            if agreed:
                edits.append(agreed)
                j = agreed[1]
            # and so does the copula (9.8m/s²다 → … 제곱이다)
            cop = _copula(t, j, end, out[-1]) if out and is_hangul(out[-1]) else None
            if cop:
                edits.append((j, *cop))
                j = cop[0]
        pos = j


# ---------------------------------------------------------------- lexicons


class KeyMatcher:
    """Finds the written forms of a lexicon in a text, longest first, in one pass.

    Candidate positions come from one search for the first characters of the keys, so a
    lexicon of thousands of names costs about as much as one of ten. A key that starts or
    ends with a Latin letter or digit matches only as a whole token there (``AI`` is not
    found inside ``RAIN``)."""

    def __init__(self, keys: list[str]) -> None:
        self.by_first: dict[str, set[str]] = {}
        for k in keys:
            if k:
                self.by_first.setdefault(k[0], set()).add(k)
        self.lengths = {c: sorted({len(k) for k in ks}, reverse=True) for c, ks in self.by_first.items()}
        firsts = "".join(re.escape(c) for c in sorted(self.by_first))
        self.search = re.compile(f"[{firsts}]").search if firsts else None

    def find(self, t: str, start: int, end: int) -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str]] = []
        if self.search is None:
            return found
        pos = start
        while True:
            m = self.search(t, pos, end)
            if not m:
                return found
            i = m.start()
            keys = self.by_first[t[i]]
            hit = None
            for n in self.lengths[t[i]]:
                if i + n <= end and t[i : i + n] in keys and self._bounded(t, i, i + n):
                    hit = t[i : i + n]
                    break
            if hit is None:
                pos = i + 1
                continue
            found.append((i, i + len(hit), hit))
            pos = i + len(hit)

    @staticmethod
    def _bounded(t: str, i: int, j: int) -> bool:
        def alnum(c: str) -> bool:
            return c.isascii() and c.isalnum()

        if alnum(t[i]) and i > 0 and alnum(t[i - 1]):
            return False
        return not (alnum(t[j - 1]) and j < len(t) and alnum(t[j]))


@cache
def _names_matcher() -> KeyMatcher:
    return KeyMatcher(list(table("names.tsv")))


_LEXICON_CACHE: dict[int, tuple[Mapping[str, str], int, KeyMatcher]] = {}


def _lexicon_matcher(lexicon: Mapping[str, str]) -> KeyMatcher:
    """One matcher per lexicon object (rebuilt when its size changes)."""
    hit = _LEXICON_CACHE.get(id(lexicon))
    if hit is not None and hit[0] is lexicon and hit[1] == len(lexicon):
        return hit[2]
    matcher = KeyMatcher(list(lexicon))
    if len(_LEXICON_CACHE) > 16:
        _LEXICON_CACHE.clear()
    _LEXICON_CACHE[id(lexicon)] = (lexicon, len(lexicon), matcher)
    return matcher


def _fixed(
    t: str,
    matcher: KeyMatcher,
    readings: Mapping[str, str],
    start: int,
    end: int,
    edits: list[Edit],
    rest: list[tuple[int, int]],
) -> None:
    """Edits for the lexicon entries found in ``t[start:end]``; the gaps go to ``rest``."""
    pos = start
    for s, e, key in matcher.find(t, start, end):
        if s < pos:
            continue
        if s > pos:
            rest.append((pos, s))
        out = readings[key]
        w = _HANGUL_WORD.match(t, e, end)
        if out.endswith(" ") and (_PARTICLE.match(t, e, end) or (w and w.group() in table("copula.tsv"))):
            out = out.rstrip()  # a word break before the next word, not before a particle or 다
        edits.append((s, e, out))
        pos = e
        if out and is_hangul(out[-1]) and e < end:
            agreed = _agreeing(t, e, end, out[-1])
            if agreed:
                edits.append(agreed)
                pos = agreed[1]
            cop = _copula(t, e, end, out[-1])
            if cop and pos == e:
                edits.append((e, *cop))
                pos = cop[0]
    if pos < end:
        rest.append((pos, end))


#: The reporter's byline that opens an article, up to its ``=`` (홍길동 기자 =, 김철수·이영희 기자 =).
_OPEN, _CLOSE = "(\\[<【〈", ")\\]>】〉"


@cache
def _credit_words(kind: str) -> str:
    """The words of ``kind`` in ``data/credit_words.tsv`` as a regex alternation, longest first; a
    space inside a word may be left out (사진 제공, 사진제공)."""
    words = table("credit_words.tsv")
    chosen = sorted((w for w, k in words.items() if k == kind), key=len, reverse=True)
    return "|".join(re.escape(w).replace("\\ ", " ?") for w in chosen)


@cache
def _credit_after() -> re.Pattern[str]:
    """Words that end in a credit of ``data/credit_words.tsv`` (… 제공, … 화면 캡처, … 사진제공)."""
    return re.compile(rf"(?:^|[ \t])(?:{_credit_words('credit')})[ \t]*(?:\n|$)")


def _byline() -> str:
    """A byline's names and the reporter's role after them (홍길동 기자, 김철수·이영희 특파원)."""
    return rf"[가-힣]{{2,4}}(?:[·, ]+[가-힣]{{2,4}})* (?:{_credit_words('reporter')})"


@cache
def _credit() -> re.Pattern[str]:
    """A credit of a photo or a chart in brackets ((사진=연합뉴스), <그래픽=김철수 기자>), the
    dateline that opens an article ((서울=연합뉴스), 【워싱턴=뉴시스】) with the byline after it, a
    byline at the start of a line, alone or after the outlet's name (홍길동 기자 = 정부는,
    [한빛경제] 최지원 기자 =), or a credit after a slash ending a caption (/사진=뉴스1): not read
    aloud. The roles and kinds of credit are ``data/credit_words.tsv``; a note of the figures
    written the same way ((단위=억원), (기준=2025년 말)) is read."""
    byline = rf"{_byline()} ?=[ \t]*"
    credit = _credit_words("credit")
    return re.compile(
        rf"(?m)^[ \t]*[{_OPEN}](?!(?:{_credit_words('note')}) ?=)[가-힣][가-힣 ·]{{0,11}} ?= ?"
        rf"[^\s0-9{_OPEN}{_CLOSE}=][^{_OPEN}{_CLOSE}=\n]{{0,29}}[{_CLOSE}][ \t]*"
        rf"(?:{byline})?"
        rf"|^[ \t]*(?:[{_OPEN}][^{_OPEN}{_CLOSE}=\n]{{1,12}}[{_CLOSE}][ \t]*)?{byline}"
        rf"|[ \t]*/(?:{credit}) ?= ?[^/=\n]{{1,30}}$"
        rf"|[ \t]?[{_OPEN}](?:{credit}) ?= ?[^{_OPEN}{_CLOSE}=\n]{{1,40}}[{_CLOSE}](?:(?=[ \t]*(?:\n|$|[.,]))|[ \t]?)"
    )


def _credits(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are credits, datelines or bylines (see :func:`_credit`)."""
    spans: list[tuple[int, int]] = []
    k = text.find("=")
    while k >= 0:
        start = text.rfind("\n", 0, k) + 1
        stop = text.find("\n", k)
        stop = len(text) if stop < 0 else stop
        spans.extend(m.span() for m in _credit().finditer(text, start, stop))
        k = text.find("=", stop)
    return spans


def convert(text: str, lexicon: Mapping[str, str] | None) -> tuple[str, list[Edit], list[str]]:
    """``(prepared text, edits, dropped characters)`` for ``text``. The prepared text is
    ``text`` with look-alike characters mapped one for one; edits are sorted and disjoint."""
    with latin.marks_of(text):  # the marks PRE folds away still show a name's language and sounds
        return _convert(text, lexicon)


#: The day of the week in Hanja in brackets after a date (5일(月), 3.15(金)): its Hangul, one
#: character for one, so that it is read as (월) is, 월요일.
_HANJA_WEEKDAY = re.compile(r"\([月火水木金土日]\)")
_HANJA_WEEKDAYS = str.maketrans("月火水木金土日", "월화수목금토일")
#: The end of a date before its weekday, a space after it or not: its 일 (8일, 8일 ), or a month
#: and a day written with a full stop, a slash or a hyphen (4.2, 2026.04.02, 12/25, 5/14 ); a
#: number alone (닛케이225(日), FTSE100(英)) is an index's, and the character after it its country.
_DATE_END = re.compile(r"(?:[0-9]일|(?<![0-9])[0-9]{1,2}[./-][0-9]{1,2}) ?$")


def _hangul_weekday(m: re.Match[str]) -> str:
    """The Hanja weekday ``m`` in Hangul where a date ends before it, else as it is."""
    if _DATE_END.search(m.string, max(0, m.start() - 6), m.start()):
        return m.group().translate(_HANJA_WEEKDAYS)
    return m.group()


def _convert(text: str, lexicon: Mapping[str, str] | None) -> tuple[str, list[Edit], list[str]]:
    t = text.translate(PRE)
    if "(" in t:
        t = _HANJA_WEEKDAY.sub(_hangul_weekday, t)
    edits: list[Edit] = []
    dropped: list[str] = []
    parts: list[tuple[int, int]] = []
    pos = 0
    for s, e in _credits(t):
        if s > pos:
            parts.append((pos, s))
        edits.append((s, e, ""))
        pos = e
    if pos < len(text):
        parts.append((pos, len(text)))
    gaps: list[tuple[int, int]] = []
    for s, e in parts:
        if lexicon:
            _fixed(text, _lexicon_matcher(lexicon), lexicon, s, e, edits, gaps)
        else:
            gaps.append((s, e))
    names = table("names.tsv")
    for s, e in gaps:
        rest: list[tuple[int, int]] = []
        _fixed(t, _names_matcher(), names, s, e, edits, rest)
        for s2, e2 in rest:
            scan(t, s2, e2, edits, dropped)
    edits.sort()
    return t, edits, dropped


def needs_work(text: str) -> bool:
    """Whether ``text`` has anything to read differently: a trigger or a fixed name ((재))."""
    return TRIGGER.search(text) is not None or bool(_names_matcher().find(text, 0, len(text)))
