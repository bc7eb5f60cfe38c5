"""Segment: articles → a :class:`~newsread.types.Script` of sentences, each normalized.

Sentences are split by Kiwi inside each block (headline, subheading, paragraph), so a
sentence never crosses a block; each keeps its offsets into the article's cleaned text.

An ellipsis (``…``, ``...``, ``⋯``) ends a sentence for Kiwi after a final ending and always
when written as three dots. In a headline it joins two phrases of one headline (``반도체 수출
회복세…하반기 전망 밝아``), and in the story it ends a sentence only after a final ending with
a new word after it (``기다렸다… 그러나``, not ``"글쎄요..."라고``); an ellipsis inside a
sentence is read as a comma, a phrase's pause, where the voices take ``…`` for a sentence's end.

Kiwi's boundaries are then corrected where news text misleads it (each sentence keeps Kiwi's
morphemes, so the rules read tags): a piece that opens with a particle, an ending or a lone
footnote's mark goes on the sentence before (``답했다. "반대" | 는``, ``왜? | 라는``,
``넘었다 | 1).``), as does a bound noun after a word Kiwi took for a predicate
(``유효타 | 수에서``), and so does the verb of a report whose quotative 고 was left out
(``늘리겠다 | 밝혔다.``), and so do predicates set side by side before the noun they describe
(``맞다 | 틀리다 말이 많다``), and so does what a dash adds after a final ending with no stop
(``줄였다 — | 무려 30%다.``); a sentence ends where Kiwi ran on past a final ending's period before
an opening quote, a bullet or a bracket (``했다. "걱정 말라"는``, ``같다. ▲1인``), past a
quoted sentence before an adverb (``“끝났다.” 그리고``), and past an English sentence, a web
address or a name's number before a Korean one, inside a quote too (``volatile. 증권가는``,
``Fair 2025. 서울``); an opening bracket Kiwi left at a sentence's end opens the next one
(``않았다( | 관계자는``); a dotted date that is what a sentence says of its topic ends it, where
Kiwi takes its last dot for the date's (``만료일은 2026.12.31. | 회사는``). A quote of several
sentences that a quotative particle binds is one sentence with the one that reports it, however
its marks are spaced (``"뭘 했나? 안 했다!" 라며``), and an aside in brackets is never cut
(``(당초 예정이었다. 그러나 바뀌었다).``). After a list's numbers Kiwi takes a final ``다.`` for a
list's letter (가. 나. 다.): it ends the sentence still (``1) 완화 2) 지원이다. | 시행은``).
No sentence ends at a colon (``권고했다: ① | 인력 충원``), nor at an ellipsis before a phrase with
no final ending, a headline's second phrase (``결정했다… | 배당 정책 재검토``), nor at a noun Kiwi
read as a predicate after a joining particle (``구독과 좋아요 | 부탁드립니다``). A value written
with a stop that a topic is said to be, or a telephone line, ends the sentence before one with its
own subject (``명칭은 Hanbit Co. | 설립은``, ``버전은 v2.1. | 다음 달``, ``문의: 02-555-1234 | 매주
월요일은``); a telephone's mark opens the sentence of its number (``된다. ☎ | 02-120`` → ``된다. |
☎ 02-120``), and an emoji ends the sentence it follows (``합격했습니다 | 🎉 모두`` → ``합격했습니다 🎉 |
모두``). A headline with no stop that runs into its story after a tag ends at its last event's noun
before the story's subject (``[속보] 지하철 운행 전면 중단 | 서울교통공사는 …``), an answer on its
question's line is a sentence (``Q: 얼마나 드나 | A: 3만 원이다.``), a figure with a stop said of a
topic ends its sentence (``타율은 0.342. | 리그 1위다.``), and a photo's credit ends the caption it is
written after (``관중들 (사진=축구협회) | 관중 수는``), as a source in square brackets does, which after a
stop is a sentence of its own (``확정했다. | [연합뉴스] | 국회는``). A headline that a dash joins to its
lead ends at the dash (``수출 석 달 연속 증가 ― | 산업통상자원부는 …``); a quoted line ends before the next
speaker's label (``박 의원: "사실입니까?" | 김 장관: …``); a quote closed after a comma goes on (``"We
will not back down," he said.``).

A sentence longer than any in real news (:data:`MAX_SENTENCE_CHARS`), a paragraph that lost its
stops, is cut where a clause ends (``…편성하기로 하고 | 국회는 …``), else at a comma, a list's
middle dot or a space, into pieces within the limit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from itertools import pairwise

from newsread.g2p.rules import word_list
from newsread.ingest.rules import DASH_FIELD_ITEM, EMOJI, INLINE_CREDIT, REPORTER_PREFIX, is_org_name, names_a_source
from newsread.kiwi import get_kiwi
from newsread.normalize import story
from newsread.normalize.data import table
from newsread.types import Article, Break, Chapter, Script, Sentence

Normalizer = Callable[[str], str]

_ELLIPSIS = r"(?:[…⋯‥]+|\.{2,}|·{3,})"
_CLOSERS = "\"'”’」』)\\]"
_AN_ELLIPSIS = re.compile(_ELLIPSIS)
_ENDS_IN_ELLIPSIS = re.compile(rf"{_ELLIPSIS}[{_CLOSERS}]*$")
#: Footnote marks in square brackets: [1], [2][3], [주1].
_BRACKET_MARKS = r"(?:\[(?:주|각주)? ?\d{1,2}\])+"
# A footnote's mark: 한다주1)., a bare number written against a sentence's last word (넘었다1).),
# or numbers in square brackets written against a word or a sentence's end (나타났다[1].,
# 확인했다[2][3], 용량은 5,000mAh[주1]이다, 했다.[1]).
_FOOTNOTE_MARK = re.compile(
    r"(?<=[가-힣.,)\]'\"”’])(?:주|각주)\d{1,2}\)(?!\S*[가-힣])|(?<=[가-힣])\d{1,2}\)(?=[.?!]?$)"
    rf"|(?<=[가-힣A-Za-z%.,)'\"”’]){_BRACKET_MARKS}"
)
# A date written with dots, the last one its own (2026.12.31., 2026. 3. 1.): Kiwi's W_SERIAL.
_DOTTED_DATE = re.compile(r"\d{2,4}\.\s?\d{1,2}\.\s?\d{1,2}\.")
# a year written alone with a stop, which Kiwi reads as one figure (완공 목표는 2026. 공사는)
_YEAR_STOP = re.compile(r"(?:1[89]|20)\d{2}\.")
# A figure with a stop, which Kiwi reads as the figure's own (타율은 0.342. 리그 1위다, 3 대 1. 홈팀이).
_FIGURE_STOP = re.compile(r"\d[\d,]*(?:\.\d+)?\.")
# A telephone number (02-555-1234, 1588-0000): Kiwi's W_SERIAL, not a model's (A330-300).
_PHONE = re.compile(r"0\d{1,3}-\d{3,4}-\d{4}|1\d{3}-\d{4}")
# What may stand between a topic and the value said of it: nouns, Latin words, figures, a
# determiner, the genitive (명칭은 Hanbit Co., 마감은 오후 6.30.).
_VALUE_PHRASE = frozenset({"NNG", "NNP", "NR", "SL", "SN", "SH", "XSN", "XPN", "MM", "JKG"})
# A footnote's mark in brackets written against a sentence's full stop, a sentence after it
# (했다.[1] 회의는): the mark goes with the sentence it notes, which ends after it.
_MARK_AFTER_END = re.compile(rf"(?<=[가-힣][.!?]){_BRACKET_MARKS}(?=\s+[\"“‘'(]?[가-힣A-Za-z0-9])")
_LONE_FOOTNOTE_MARK = re.compile(r"(?:주|각주)?\d{1,2}\)[.?!]*$")
# A list's bullet: ▲, or a middle dot standing alone between spaces (· 대상: 청년 · 지원액: …),
# not the one that joins two words (한·미, 청년·신혼부부).
_BULLET = re.compile(r"(?:[▲△]|(?<!\S)·(?=\s))\s*")
_MARKET_FIGURE = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:%p|%포인트|%|포인트|p|원|달러|엔|bp)?(?=[\s(),/]|$)")
# A quote closed before the ellipsis ('규제 풀겠다'… 업계는): the quote's end is not the sentence's.
# A short tag in brackets that opens a block ([바로잡습니다], [속보], 【인터뷰】): Kiwi makes it a
# sentence of its own; it is the label of the sentence after it, read as a phrase with a pause.
# A broadcast script's speaker in angle brackets (<앵커>, <기자>, 〈리포트〉) is such a tag too.
_TAG_TEXT = r"(?:[\[【]\s*[^\[\]【】\n]{1,15}?\s*[\]】]|[<〈]\s*[가-힣]{1,6}(?:\s[가-힣]{1,6})?\s*[>〉])"
_TAG = re.compile(_TAG_TEXT)
# Kiwi also ends a sentence with the Hanja clipping or the list bullet that opens the next one
# (올랐다. 美 | 연준은 …, 올랐다. 美·中 | 갈등이 …, 올랐다. ▲ | 항목, 까지다. - | 신청은).
_HANJA_CLIPPING = r"[\u3400-\u9fff\uf900-\ufaff](?:·?[\u3400-\u9fff\uf900-\ufaff])*"
# A company's or a foundation's mark in round brackets before its name ((주)한빛바이오, (재)
# 한빛재단): Kiwi makes it a sentence of its own after a period; it is the name's first word.
_NAME_MARK = re.compile(r"\([가-힣]\)")
# A list's circled marks: numbers, Hangul consonants and syllables (㉠, ㉮), Latin letters (ⓐ).
_CIRCLED = "①-⑳㉠-㉻ⓐ-ⓩⒶ-Ⓩ"
# A telephone's mark before its number (된다. ☎ 02-120): Kiwi ends the sentence before with it.
_PHONE_MARKS = "☎☏✆℡📞📱"
# An emoji written after a sentence (합격했습니다 🎉, 이겼다!! 🔥🔥): Kiwi opens the next sentence
# with it; it is the end of the one it follows. Not a mark that opens a line: a telephone, a check
# mark, a pointing hand or a star used as a bullet (📞 예약 문의, ✅ 온라인 접수).
_EMOJI = re.compile(rf"(?:(?![{_PHONE_MARKS}✉📧📌👉☞★☆✔✅☑✓➡])[{EMOJI}])+")
_TRAILING_TAG = re.compile(
    rf"(?:(?<=[.!?\"'”’])\s*|(?<=[가-힣])\s+)({_TAG_TEXT}"
    rf"|{_HANJA_CLIPPING}|[\-·▲△■◆◇●▶▷{_CIRCLED}]|[{_PHONE_MARKS}])$"
)
_LEADING_TAG = re.compile(r"^\s*[\[【]\s*([^\[\]【】\n]{1,15}?)\s*[\]】]\s+(?=\S)")
# A press release's item: a dash, a short label and a colon (- 일시 : 10일 오후 2시 - 장소 : 시청).
# Written one after another on a line with no stop, each is a sentence of its own.
_DASH_ITEM = re.compile(DASH_FIELD_ITEM)
# a government report's bullets (□ 추진 배경 ○ 인구 감소 …): a paragraph opening with one has an
# item at each (not a notice's labels: ◆ 일시: … ◆ 장소: … is one line). A bullet is a lone mark,
# spaced from its item or not (○ 인구 감소, ○인구 감소): two marks or more mask a name or a place
# (주민 ○○○ 씨, ○○동 주민센터), and one before a counter or a place's unit standing alone masks a
# figure, a place or a name (○월 ○일, ○명까지, ○동 주민센터, 주민 ○씨).
_REPORT_BULLET = re.compile(
    r"(?<![□○◦])[□○◦](?![□○◦]|[월일시분명개곳원씨동구군면읍리](?:까지|부터|에서|에게|에)?(?![가-힣]))"
)
# a reference to another page of the paper with no stop (▶관련기사 8면, ☞관련기사 A4면)
_PAGE_REFERENCE = re.compile(r"[▶☞]\s*관련\s?기사\s*:?\s*[A-Z]?\d{1,2}면(?=\s+\S)")
# the words after a date or a figure that make it a time of the sentence after, not its end
# (2026. 11. 30. 기준 인구가, 2025. 9. 3. 오후 2시 시장이)
_TIME_HEADS = ("오전", "오후", "기준", "현재", "당시")
# A quote closed with no stop inside it, ending what Kiwi takes for a sentence: what follows is
# the rest of the sentence it opens ("집값 잡겠다" 정부, 공급 대책 발표.).
_QUOTE_WITHOUT_STOP = re.compile(r"[가-힣][\"'”’]$")
# A quote closed after a comma, which says the sentence goes on ("We will not back down," he said.,
# "끝까지 가겠다," 그는 말했다.): no sentence ends at its closing mark.
_QUOTE_AFTER_COMMA = re.compile(r"[,，][\"'”’]$")
# A colon, or a list's first number after it, where Kiwi ends a sentence (권고했다: ① | 인력 충원).
_ENDS_AT_COLON = re.compile(rf"[:：]\s*[{_CIRCLED}▲△■◆●▶▷]?$")
_QUOTE_THEN_ELLIPSIS = re.compile(rf"[\"'”’」』]\s*{_ELLIPSIS}$")
# An ellipsis with a word after it: 회복세…하반기, 말이죠… 어렵네요 (not "글쎄요…"라고, nor a sentence's end).
_ELLIPSIS_INSIDE = re.compile(rf"\s*{_ELLIPSIS}\s*(?=[^\s{_CLOSERS}.,!?…⋯‥·])")
# An ellipsis before a straight quote with a word after it: the quote opens where none is open
# before it (강화…"BMI 30 이상만", 개편…'부자 감세' 논란), and closes one where one is ("글쎄요…"라고).
_ELLIPSIS_QUOTE = re.compile(rf"\s*{_ELLIPSIS}\s*(?=([\"'])[^\s\"'])")


# A quotative particle, which no sentence starts with; Kiwi may tag it a noun (최선인가? | 라는 의문).
_QUOTATIVE = re.compile(r"이?(?:라(?:고|는|며|면서|던)|냐(?:고|는|며))\s")
# A quotative after a quote's closing mark, binding the quote to the sentence that reports it
# ("…"고, "…" 라며, "…"이라는, “…” 하고), and the quotes it binds: pairs of marks.
_BINDS_QUOTE = re.compile(r"\s?(?:이?라|하)?(?:고|며|면서도?|는|던)(?![가-힣])")
_QUOTE_PAIRS = (('"', '"'), ("'", "'"), ("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"))
_DASHES = "-–—―"
# A dash between spaces after a word with no stop: what follows adds to the sentence
# (줄였다 — 무려 30%다., 도입했다 - 이른바 '청년 도약 계좌'다.), where Kiwi ends it at the final ending.
_DASH_GOES_ON = re.compile(rf"[가-힣]\s+[{_DASHES}]\s+$")
_WORD = re.compile(r"\S+")
# A book's or a work's title in angle brackets whose own stop Kiwi takes for the sentence's end
# (《지금, 여기。》 전시는, 〈왜 우리는?〉 공연이): a title is a name inside its sentence.
_TITLE_WITH_STOP = re.compile(r"[。.?!？！]\s*[》〉]$")
Token = tuple[str, str, int, int]  # a morpheme: form, tag, start, end (offsets into the text)

# What opens a sentence after a final ending's period, where Kiwi runs the two together or
# ends the first one later (답했다. "반대"는 …, 같다. ▲1인 가구 ▲청년층, 예정이다.(조감도 참조)):
# a quote, a bullet, a circled number, a bracket, a Hanja headline clipping (확정됐다. 檢은 …,
# 반대했다. 美는 …), before which Kiwi does not end a sentence.
_OPENS_SENTENCE = re.compile(rf"[\"“'‘「『▲△■◆◇●▶▷※{_CIRCLED}(\[\u3400-\u9fff\uf900-\ufaff]")
_OPENERS = "(\\[{【〔「『“‘"
# An English sentence's or a web address's end before a Korean sentence (… still volatile. 증권가는,
# www.korea.kr. 신청은), or the end of a name with its number (행사는 K-Food Fair 2025. 서울에서 …,
# 신제품은 Galaxy S25. 가격은 …): not an abbreviation (Mr. 김은, vs. 일본, Inc. 주가), a single
# letter (U.S. 국채, 10 a.m. 기준) or a number alone.
_LATIN_END = re.compile(r"(?<![A-Za-z])([A-Za-z]{2,})(?P<number>[\s-][A-Za-z]?\d{1,4})?[.!?][\"”’']?(?=\s+[가-힣])")

# A web address that ends in a figure or a single letter, and the sentence with it, before a Korean
# sentence (자세한 사항은 bit.ly/3xYz9Q. 링크는 …, 영상은 youtu.be/x7Kq2. 조회수는 …).
_ADDRESS_END = re.compile(
    r"(?<!\S)(?:https?://|www\.|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/)\S*[A-Za-z0-9/]\.(?=\s+[가-힣])"
)


# A question's label that opens an interview's line, and the answer's label after it on the same line
# (Q: 비용은 얼마나 드나 A: 1인당 3만 원이다.): the answer is a sentence of its own.
_QUESTION = re.compile(r"\s*(?:Q|문)\s*[:.：]\s")
# A magazine's Q and A stand bare before their words (Q 출마 이유는 A 지역을 바꾸고 싶었다.): a bare Q
# opens the paragraph or follows a stop, and the first bare A after it opens the answer (see
# _bare_answers); not Q before 씨 or 사, which masks a name (Q 씨는).
_BARE_QUESTION = re.compile(r"(?:^|(?<=[.?!。？！]))\s*Q\s(?![씨사])(?=[가-힣])")
_BARE_ANSWER = re.compile(r"(?<=\S)\s+(?=A\s[가-힣0-9])")
# A speaker's label that opens a line of dialogue: a name or a role of a word to three, its office
# in brackets perhaps, and a colon (김 장관: "…", 이영희(시의원): …, 사회자: …).
_SPEAKER = re.compile(r"[가-힣A-Za-z]{1,10}(?: [가-힣A-Za-z]{1,10}){0,2} ?(?:\([^()\n]{1,15}\))? ?[:：]\s")
_ANSWER = re.compile(r"(?<=\S)\s+(?=(?:A|답)\s*[:.：]\s)")
# What a headline's words may be made of: nouns, figures, Latin words, a determiner, a comma, and
# the particles of place and of the genitive on a word before its last (태풍 북상에 남부 지방 비상).
_HEADLINE_WORD = frozenset({"NNG", "NNP", "NNB", "NR", "SN", "SL", "SH", "XSN", "XPN", "MM", "SP", "SO", "SW"})
_NOUN = ("NNG", "NNP")
#: The longest sentence read as one, in characters of the text as written. Real news runs to
#: about 170 (the longest of the probes, the seed and the ingest pages); a sentence longer than
#: this is a paragraph that lost its stops, a run-on list or a transcript, and is cut into
#: pieces no longer than it (see :func:`_within_limit`), each about 30 seconds read at most. It
#: is the Kokoro voice's limit for one clip (of the spoken text, which figures make longer:
#: synthesis cuts a piece further where it must).
MAX_SENTENCE_CHARS = 200
# Where a sentence too long to read as one may be cut, strongest first: after a clause's
# connective ending, at a comma, after a list's middle dot, at a space.
_CLAUSE, _COMMA, _LIST_DOT, _SPACE = range(4)
_SPACES = re.compile(r"\s+")
# a comma, not one inside a figure (12,300)
_A_COMMA = re.compile(r"[,，](?!(?<=\d[,，])\d)\s*")
# a list's middle dot between two words (청년·신혼부부·노인, 청년 · 노인)
_A_LIST_DOT = re.compile(r"(?<=[^\s·ㆍ・])\s?[·ㆍ・]\s*(?=[^\s·ㆍ・])")


def _headline_ends() -> frozenset[str]:
    """The nouns a headline ends with, said with no verb (중단, 붕괴, 특보): data/headline_ends.txt."""
    return word_list("headline_ends", "newsread")


def _clause_endings() -> frozenset[str]:
    """The connective endings that close a clause (고, 며, 지만, 는데 …): data/clause_endings.txt."""
    return word_list("clause_endings", "newsread")


def _question_endings() -> frozenset[str]:
    """The endings of a question Kiwi reads as connective (ᆯ까, ᆫ가): data/question_endings.txt."""
    return word_list("question_endings", "newsread")


@cache
def _wonder_word() -> re.Pattern[str]:
    """A word of wondering or watching opening a word (걱정했다, 지켜보고): data/wonder_words.txt."""
    words = sorted(word_list("wonder_words", "newsread"), key=len, reverse=True)
    return re.compile(rf"(?<![가-힣])(?:{'|'.join(map(re.escape, words))})")


def _speech_nouns() -> frozenset[str]:
    """Nouns of speech a quoting adnominal may modify to quote a post (말, 댓글, 인사): data/speech_nouns.txt."""
    return word_list("speech_nouns", "newsread")


def _speech_verbs() -> frozenset[str]:
    """Verbs of saying that take a quote before them (말, 털어놓, 강조): data/speech_verbs.txt."""
    return word_list("speech_verbs", "newsread")


def _headline_tails() -> frozenset[str]:
    """The nouns of a time, a duration or a course that go on a headline's noun (이후, 과정, 현장):
    data/headline_tails.txt."""
    return word_list("headline_tails", "newsread")


@cache
def _abbreviations() -> frozenset[str]:
    """The abbreviations whose full stop ends no sentence (Mr. 김은, Inc. 주가, No. 1): the
    normalizer's, which it says as words, and the segmenter's own, which it does not."""
    return frozenset(word_list("sentence_abbr", "newsread") | table("stop_abbr.tsv").keys())


def split_sentences(text: str, *, headline: bool = False) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence of ``text``, trimmed of surrounding space.

    ``headline``: ``text`` is a headline or a subheading, which an ellipsis does not end.
    """
    spans: list[tuple[int, int, list[Token]]] = []
    for sent in get_kiwi().split_into_sents(text, return_tokens=True):
        start, end = sent.start, sent.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        tokens = [(t.form, t.tag, t.start, t.end) for t in sent.tokens or ()]
        if spans and _goes_on(text, spans[-1], start, end, tokens, headline):
            spans[-1] = (spans[-1][0], end, spans[-1][2] + tokens)
            continue
        spans.append((start, end, tokens))
    cut = [piece for span in spans for piece in _missed_ends(text, *span, headline=headline)]
    finals = {t_end for _, _, tokens in spans for _, tag, _, t_end in tokens if tag == "EF"} if "(" in text else set()
    spans_out = _emoji_to_their_sentences(text, _tags_to_their_sentences(text, _openers_to_their_sentences(text, cut)))
    spans_out = _hashtags_to_their_posts(text, spans_out)
    whole = _quotes_and_asides_whole(text, spans_out, finals)
    if all(b - a <= MAX_SENTENCE_CHARS for a, b in whole):
        return whole
    tokens = [token for _, _, sent_tokens in spans for token in sent_tokens]
    return [piece for a, b in whole for piece in _within_limit(text, a, b, tokens)]


def _within_limit(text: str, start: int, end: int, tokens: list[Token]) -> list[tuple[int, int]]:
    """The sentence ``start, end`` of ``text`` cut into pieces of at most :data:`MAX_SENTENCE_CHARS`.

    A paragraph with no stop (a page that lost its periods, a run-on list, a transcript) is
    otherwise one sentence of a minute or more: one cue, one highlight, one breath. It is cut in
    two where it is weakest, and each half again until every piece is short enough: after a
    clause's connective ending (``…편성하기로 하고 | 국회는``), else at a comma, else after a
    list's middle dot, else at a space; of the cuts of the strongest kind, the one nearest the
    middle, and one that leaves each half a quarter of the sentence or more and is outside
    quotes and brackets before one that does not. A word with no space in it longer than the
    limit is cut at its middle. Nothing is dropped: the pieces are the sentence, its spaces
    between them aside. A sentence within the limit is never cut.
    """
    if end - start <= MAX_SENTENCE_CHARS:
        return [(start, end)]
    inside = _quotes(text[start:end]) + _asides(text[start:end])
    middle, quarter = (start + end) / 2, (end - start) // 4

    def rank(cut: tuple[int, int, int]) -> tuple[bool, bool, int, float]:
        left, right, strength = cut
        lopsided = min(left - start, end - right) < quarter
        quoted = any(start + o < left <= start + c for o, c in inside)
        return lopsided, quoted, strength, abs(left - middle)

    cuts = [cut for cut in _cut_points(text, start, end, tokens) if start < cut[0] and cut[1] < end]
    if cuts:
        left, right, _ = min(cuts, key=rank)
    else:
        left = right = (start + end) // 2
    return _within_limit(text, start, left, tokens) + _within_limit(text, right, end, tokens)


def _cut_points(text: str, start: int, end: int, tokens: list[Token]) -> list[tuple[int, int, int]]:
    """Where the sentence ``start, end`` may be cut: ``(left, right, strength)``, the end of the
    piece before (after any comma), the start of the piece after (past the spaces) and the kind
    of cut (:data:`_CLAUSE`, :data:`_COMMA`, :data:`_LIST_DOT`, :data:`_SPACE`)."""

    def resume(pos: int) -> int:
        while pos < end and text[pos].isspace():
            pos += 1
        return pos

    out = [(m.start(), m.end(), _SPACE) for m in _SPACES.finditer(text, start, end)]
    out += [(m.start() + 1, m.end(), _COMMA) for m in _A_COMMA.finditer(text, start, end)]
    out += [(len(text[: m.end()].rstrip()), m.end(), _LIST_DOT) for m in _A_LIST_DOT.finditer(text, start, end)]
    inner = [t for t in tokens if start <= t[2] and t[3] <= end]
    for n, (_, tag, _, t_end) in enumerate(inner):
        if _is_mark(tag) or (n + 1 < len(inner) and inner[n + 1][2] == t_end and not _is_mark(inner[n + 1][1])):
            continue  # not a word's last morpheme
        if _closes_clause(inner, n) and (n + 1 == len(inner) or not inner[n + 1][1].startswith("VX")):
            after = t_end
            while after < end and text[after] in ",，":
                after += 1
            if after < end and text[after].isspace():  # the word ends: not 했고"라며
                out.append((after, resume(after), _CLAUSE))
    return out


def _closes_clause(tokens: Sequence[Token], n: int) -> bool:
    """Whether the word that ends with ``tokens[n]`` ends in a clause's connective ending: Kiwi's
    EC of data/clause_endings.txt (하고, 했으며, 있지만, 예정인데), with 도 after it (했는데도), or an
    adjective's 은데, which Kiwi reads as 은 and the bound noun 데 (좋은데)."""
    form, tag = tokens[n][0], tokens[n][1]
    if tag == "JX" and form == "도" and n:
        form, tag = tokens[n - 1][0], tokens[n - 1][1]
    elif tag == "NNB" and form == "데" and n and tokens[n - 1][1] == "ETM" and tokens[n - 1][3] == tokens[n][2]:
        form, tag = tokens[n - 1][0] + "데", "EC"
    return tag == "EC" and form in _clause_endings()


def _goes_on(
    text: str, prev: tuple[int, int, list[Token]], start: int, end: int, tokens: list[Token], headline: bool
) -> bool:
    """Whether the sentence Kiwi starts at ``start`` goes on the one before, ``prev``."""
    p_start, p_end, p_tokens = prev
    attached = p_end == start
    if attached and _LONE_FOOTNOTE_MARK.match(text, start, end):
        return True  # 한다주1)., 넘었다1).: Kiwi ends the sentence before the mark
    first = next((tag for _, tag, _, _ in tokens if not _is_mark(tag)), "")
    if first.startswith(("J", "E", "XS", "VCP")) or _QUOTATIVE.match(text, start, end):
        return True  # no sentence starts with a particle: 답했다. "반대" | 는 38.2%였다, 왜? | 라는
    if first == "NNB" and "가" <= text[p_end - 1] <= "힣":
        # nor with a bound noun where Kiwi ended one with no stop at a word it misread as a
        # predicate: 유효타 (유효하다) | 수에서 앞섰다
        return True
    if _reported(text, prev, start, end, tokens) or _noun_misread(text, prev):
        return True
    if _count_of_a_word(text, prev, tokens):
        return True  # 글에는 좋아요 | 수백 개가 달렸다: the likes, a noun, counted
    if _figure_of_a_state(text, prev, tokens):
        return True  # 대전 구름 많음 | 0도, 부산 흐림 5도.: the figure is the weather's, in a list
    if _asks_then_wonders(text, prev, tokens):
        return True  # 이번에는 다를까 | 기대했다: what is wondered about, not a question of its own
    if _post_quoted(prev[2], tokens):
        return True  # 감사합니다^^ | 앞으로도 잘 부탁드린다는 말이 …다: the post is what the noun says
    if _DASH_GOES_ON.search(text, p_start, start + 2 if text[start] in _DASHES else start):
        return True  # 줄였다 — | 무려 30%다, 도입했다 | - 이른바 …다 (not 까지다. | - 신청은: a list)
    if _QUOTE_WITHOUT_STOP.search(text, p_start, p_end) and text[start] not in _OPENERS + "\"'":
        # a quote with no stop of its own is not a sentence: "집값 잡겠다" | 정부, 대책 발표.; but a
        # quote's final ending before a sentence with its own subject ends it: 않는다" | 이 연은 …다.
        # (not before a headline's words and a dash: "집값 잡겠다" 정부 대책 발표─정부는)
        subject = next((k for k, t in enumerate(tokens) if t[1] == "JKS" or t[:2] in (("은", "JX"), ("는", "JX"))), 0)
        clean = not any(_is_mark(t[1]) for t in tokens[:subject])
        return not (_is_final(p_tokens) and clean and _own_subject_follows(tokens) and not _takes_the_quote(tokens))
    if _QUOTE_AFTER_COMMA.search(text, p_start, p_end):
        return True  # "We will not back down," | he said.: the comma says the sentence goes on
    if _TITLE_WITH_STOP.search(last := text[p_start:p_end]):
        return True  # 《지금, 여기。》 | 전시는: the title's stop is not the sentence's
    if _ENDS_AT_COLON.search(last):
        return True  # 권고했다: ① | 인력 충원, ② …: what the colon announces is the same sentence
    if _ENDS_IN_ELLIPSIS.search(last):
        quoted = bool(_QUOTE_THEN_ELLIPSIS.search(last))
        # a tail with no final ending is a headline's second phrase (결정했다… | 배당 정책 재검토)
        tail = not _says_something(tokens)
        return headline or quoted or tail or not _ends_at_ellipsis(text, p_tokens, tokens, attached)
    return False


def _takes_the_quote(tokens: Sequence[Token]) -> bool:
    """Whether a sentence after a quote with no stop has no subject of its own, only one inside a
    relative clause (``그가 남긴 마지막 말이다``, ``선수들이 내건 구호다``: a subject with 이/가 whose
    clause ends in an adnominal ending), or says the quote with a verb of saying
    (data/speech_verbs.txt: ``그가 말했다``, ``김철수 씨가 털어놨다``): the quote is the sentence's own."""
    topic = subject = relative = False
    for form, tag, _, _ in tokens:
        if tag == "EF":
            break
        if tag == "JX" and form in ("은", "는"):
            topic = True  # a topic is never inside a relative clause
        elif tag == "JKS":
            subject = relative = True
        elif tag == "ETM" and relative:
            subject = relative = False  # 그가 남긴 (말): the subject of the clause that modifies a noun
        elif tag in ("EC", "EP"):
            relative = False  # the subject's own predicate: its clause ends here
    if not (topic or subject):
        return True
    final = next((k for k, t in enumerate(tokens) if t[1] == "EF"), len(tokens))
    k = final
    while k and tokens[k - 1][1] == "EP":
        k -= 1
    if k and tokens[k - 1][1] == "XSV" and k > 1 and tokens[k - 2][1] in _NOUN:
        return tokens[k - 2][0] in _speech_verbs()
    stem = ""
    tags = []
    while k and tokens[k - 1][1].startswith(("VV", "VX", "EC")) and (not stem or tokens[k - 1][3] == tokens[k][2]):
        stem = tokens[k - 1][0] + stem
        tags.append(tokens[k - 1][1])
        k -= 1
    if stem == "묻" and "VV-I" not in tags:
        return False  # 유해를 묻었다, to bury, where 물었다 (VV-I) asks
    return stem in _speech_verbs()


def _reported(text: str, prev: tuple[int, int, list[Token]], start: int, end: int, tokens: list[Token]) -> bool:
    """Whether Kiwi ended a sentence at a plain 다 (not 니다, a transcript's line) with no mark
    after it, where the sentence goes on: a report whose quotative 고 was left out (늘리겠다 |
    밝혔다.: what it starts is one word, a verb such as 밝혔다, 예고했다, 시사했다), or predicates
    set side by side as what a noun says (맞다 | 틀리다 말이 많다, 했다 안 했다 | 진실 공방이:
    what it ended is nothing but words in 다, and a word follows)."""
    p_start, p_end, p_tokens = prev
    words = [(form, tag) for form, tag, _, _ in p_tokens if not _is_mark(tag)]
    if not words or words[-1][1] != "EF" or not "가" <= text[p_end - 1] <= "힣":
        return False
    if not words[-1][0].endswith("다") or words[-1][0].endswith("니다"):  # 있습니다 | 보시죠: two lines
        return False
    if "가" <= text[start] <= "힣" and _predicates_only(text, p_start, p_end, p_tokens):
        return True
    if any(ch.isspace() for ch in text[start:end]):
        return False
    tags = [tag for _, tag, _, _ in tokens if not _is_mark(tag)]
    return bool(tags) and tags[-1] == "EF" and any(tag in ("VV", "XSV") for tag in tags)


# the adnominal endings of a quote Kiwi tags ETM: 부탁드린다는, 쉬세요라는, 가냐는, 하자는
_QUOTING_ADNOMINAL = ("다는", "라는", "냐는", "자는")


def _post_quoted(p_tokens: Sequence[Token], tokens: Sequence[Token]) -> bool:
    """Whether a post's words that end in a final ending and a laugh or an emoji, with no stop
    (``감사합니다^^``, ``수고하셨습니다🙏``), are quoted with no quote marks by the sentence after
    them: that one goes on with more of the post up to a quoting adnominal ending, with no topic
    or subject of its own before it, and ends as news prose does, in a plain 다 (``앞으로도 잘
    부탁드린다는 말이 댓글 창을 채웠다``, ``푹 쉬세요라는 댓글이 이어졌다``). A sentence with its own
    subject (``모두가 축하한다는 메시지를 보냈다``) or one that ends as the post does (``응원해
    주신다는 말씀에 힘이 납니다``) is a sentence of its own."""
    if not p_tokens or not tokens:
        return False
    k = len(p_tokens)
    while k and _is_mark(p_tokens[k - 1][1]):
        k -= 1
    trail = [tag for _, tag, _, _ in p_tokens[k:]]
    lead = next((n for n, token in enumerate(tokens) if not _is_mark(token[1])), len(tokens))
    marked = any(tag in ("SW", "W_EMOJI") for tag in trail) or any(t[1] == "W_EMOJI" for t in tokens[:lead])
    if not k or p_tokens[k - 1][1] != "EF" or not marked or any(tag in ("SF", "SE") for tag in trail):
        return False
    words = [(form, tag) for form, tag, _, _ in tokens if not _is_mark(tag)]
    if not words or words[-1][1] != "EF" or not words[-1][0].endswith("다") or words[-1][0].endswith("니다"):
        return False
    for n, (form, tag) in enumerate(words):
        if tag == "ETM" and form.endswith(_QUOTING_ADNOMINAL):
            # the noun it modifies, or the compound it opens, is one of speech (위로가, 응원 댓글이)
            k = n + 1
            while k < len(words) and words[k][1] in _NOUN:
                if words[k][0] in _speech_nouns():
                    return True
                k += 1
            return False
        if tag == "JKS" or (tag == "JX" and form in ("은", "는")):
            return False
        if tag == "EF" and not (n + 1 < len(words) and words[n + 1][1] == "VCP"):
            return False
    return False


def _count_of_a_word(text: str, prev: tuple[int, int, list[Token]], tokens: list[Token]) -> bool:
    """Whether Kiwi ended ``prev`` with no stop at a word in 요 it read as a predicate (좋아요, 싫어요)
    before a number and its counter (수백 개가, 3만 개를, 1만여 건을): the word is a noun, a post's
    likes, and the number counts it."""
    _, p_end, p_tokens = prev
    if not p_tokens or p_tokens[-1][1] != "EF" or text[p_end - 1] != "요":
        return False
    n = 0
    while n < len(tokens) and tokens[n][1] in ("SN", "NR", "XSN"):
        n += 1
    return 0 < n < len(tokens) and tokens[0][1] in ("SN", "NR") and tokens[n][1] == "NNB"


def _figure_of_a_state(text: str, prev: tuple[int, int, list[Token]], tokens: list[Token]) -> bool:
    """Whether Kiwi ended ``prev`` with no stop at a state said in -(으)ㅁ (구름 많음, 흐림) before a
    figure with its unit and nothing after it but a comma or a stop (0도, 15℃.): a weather list's
    item, the figure its own (서울 맑음 2도, 대전 구름 많음 0도, …), not a memo's next line (이상 없음 |
    2곳은 보수가 필요함)."""
    _, p_end, p_tokens = prev
    words = [(form, tag) for form, tag, _, _ in p_tokens if not _is_mark(tag)]
    if not words or not _memo_ending(*words[-1]) or not "가" <= text[p_end - 1] <= "힣":
        return False
    if len(tokens) < 2 or tokens[0][1] != "SN" or tokens[1][1] not in ("NNB", "NNG", "SW", "SL"):
        return False
    return len(tokens) == 2 or tokens[2][1] in ("SP", "SF")


def _asks_then_wonders(text: str, prev: tuple[int, int, list[Token]], tokens: list[Token]) -> bool:
    """Whether Kiwi ended ``prev`` with no question mark at a question's ending (다를까, 통할까:
    data/question_endings.txt read as final) where the sentence after it wonders about it (기대했다,
    관객들은 궁금해한다: data/wonder_words.txt): the question is the object of the wondering."""
    _, p_end, p_tokens = prev
    words = [(form, tag) for form, tag, _, _ in p_tokens if not _is_mark(tag)]
    if not words or words[-1][1] != "EF" or words[-1][0] not in _question_endings():
        return False
    return "가" <= text[p_end - 1] <= "힣" and _wondered(text, tokens)


def _noun_misread(text: str, prev: tuple[int, int, list[Token]]) -> bool:
    """Whether Kiwi ended the sentence ``prev`` with no stop at a word it read as a predicate right
    after a word with the particle that joins nouns (과, 와, 하고: JC), where the word is a noun
    and the sentence goes on: 구독과 좋아요 (좋다) | 부탁드립니다."""
    p_start, p_end, p_tokens = prev
    if not "가" <= text[p_end - 1] <= "힣":
        return False
    word = text.rfind(" ", p_start, p_end) + 1
    inside = [k for k, (_, _, t_start, _) in enumerate(p_tokens) if t_start >= word]
    if not inside or inside[0] == 0 or p_tokens[inside[0] - 1][1] != "JC":
        return False
    tags = [p_tokens[k][1] for k in inside]
    return tags[0] in ("VA", "VV") and tags[-1] == "EF"


def _predicates_only(text: str, start: int, end: int, tokens: list[Token]) -> bool:
    """Whether the piece ``start, end`` of ``text``, of morphemes ``tokens``, is nothing but
    predicates in 다 and adverbs (맞다, 된다 안 된다, 그러나 맞다): no sentence in running prose
    without a stop."""
    adverbs = {(a, b) for _, tag, a, b in tokens if tag in ("MAG", "MAJ")}
    return all(m.group().endswith("다") or m.span() in adverbs for m in _WORD.finditer(text, start, end))


def _missed_ends(text: str, start: int, end: int, tokens: list[Token], *, headline: bool) -> list[tuple[int, int]]:
    """The sentence ``start, end`` cut where a sentence ends that Kiwi ran on.

    After a final ending's period, with a space and a quote, a bullet or a circled number
    after it (했다. "걱정 말라"는 말도, 같다. ▲1인 가구), outside any quote or bracket; after
    a final ending's ellipsis with a word after it (평가했다… 그러나), not in a headline; after an English
    sentence, before a Korean one (… is still volatile. 증권가는); between a memo's lines in -(으)ㅁ
    (판정 받음 | 즉시 보수가 필요함), before a report's bullet (□ 추진 배경 | ○ …) and after a
    reference to another page (▶관련기사 8면 | 경찰은).
    """
    cuts = [
        t_end
        for n, (_, tag, _, t_end) in enumerate(tokens)
        if _ends_here(text, start, end, tokens, n, headline)
        or (tag in ("W_SERIAL", "SN") and _date_ends_here(text, start, tokens, n))
        or (tag in ("SL", "SN", "W_SERIAL") and _value_ends_here(text, start, tokens, n))
        or (tag == "SL" and _unit_ends_here(text, start, tokens, n))
    ]
    for m in _LATIN_END.finditer(text, start, end):
        # (a name's number ends a Korean sentence; a label's opens its own: Step 1. 신청서를 …)
        if m.group(1).lower() not in _abbreviations() and not (
            m.group("number") and not re.search("[가-힣]", text[start : m.start()])
        ):
            cuts.append(m.end())
    cuts += [m.end() for m in _ADDRESS_END.finditer(text, start, end)]
    if (headline_end := _headline_ends_at(text, start, end, tokens)) is not None:
        cuts.append(headline_end)
    if (dash_end := _headline_dash_ends_at(text, start, end, tokens)) is not None:
        cuts.append(dash_end)
    if _QUESTION.match(text, len(text) - len(text.lstrip())):
        cuts += [m.start() for m in _ANSWER.finditer(text, start, end)]  # Q: … 드나 | A: 3만 원이다.
    elif _BARE_QUESTION.match(text):
        cuts += [c for c in _bare_answers(text, tokens) if start < c < end]  # Q 근황은 | A 책을 쓴다.
    for m in INLINE_CREDIT.finditer(text, start, end):
        # a caption run into the story, its credit its end: 관중들 (사진=축구협회) | 관중 수는 …
        after = [token for token in tokens if token[2] >= m.end()]
        before = [token for token in tokens if token[3] <= m.start()]
        caption = bool(before) and before[-1][1] in (*_NOUN, "NNB", "XSN") and not _says_something(before)
        glued = text[m.end() : m.end() + 1].isspace() and _outside_quotes(text[start : m.start()])
        if caption and glued and _own_subject_follows(after):
            cuts.append(m.end())
    opens = len(text[:start].rstrip())  # the bullet Kiwi may have left on the sentence before
    if _DASH_ITEM.match(text, start) or (opens and _DASH_ITEM.match(text, opens - 1)):
        items = _DASH_ITEM.finditer(text, start + 1, end)
        cuts += [len(text[: m.start()].rstrip()) for m in items if text[m.start() - 1].isspace()]
    if _REPORT_BULLET.match(text, start):  # □ 추진 배경 | ○ 인구 감소로 … 심화 | ○ 청년 유출 가속
        items = _REPORT_BULLET.finditer(text, start + 1, end)
        cuts += [len(text[: m.start()].rstrip()) for m in items if text[m.start() - 1].isspace()]
    cuts += [m.end() for m in _PAGE_REFERENCE.finditer(text, start, end) if _outside_quotes(text[start : m.start()])]
    cuts += _memo_ends(text, tokens)
    if (question_end := _question_ends_at(text, start, tokens)) is not None:
        cuts.append(question_end)
    if not cuts:
        return [(start, end)]
    pieces, pos = [], start
    for c in sorted(set(cuts)):
        pieces.append((pos, c))
        pos = c
        while pos < end and text[pos].isspace():
            pos += 1
    pieces.append((pos, end))
    return [(a, b) for a, b in pieces if a < b]


def _bare_answers(text: str, tokens: list[Token]) -> list[int]:
    """Where the answers of a magazine's interview with bare labels open, in a paragraph that opens
    with a bare Q (``Q 요즘 어떻게 지내나 | A 책을 쓰고 있다.``): before the first bare A after each Q,
    where the question has two words or more, or one ending in a topic or a final ending (``Q 소감은``,
    not ``Q 앤 A 코너``), and ends as a question does, in a
    noun, a topic, a final ending or a question's connective (``드나``, ``이겼는가``), not in a case
    particle or another connective (``Q 코드를 찍으면 A 화면이``), and the A is no letter that names a
    thing: not one before a bound noun (``A 군``, ``A 양``, ``A 씨``), before a word of data/letter_nouns.txt
    (``A 등급``, ``A 학점``), nor the letter of a pair named by the same word after Q and A
    (``Q 팀은 A 팀에``, ``Q 등급과 A 등급``). A later A is a letter in the answer (``특히 A 매치에서``)."""
    questions = [m.end() for m in _BARE_QUESTION.finditer(text)]
    cuts = []
    for q, next_q in zip(questions, [*questions[1:], len(text)], strict=True):
        m = _BARE_ANSWER.search(text, q, next_q)
        if m is None:
            continue
        last = next((t for t in reversed(tokens) if t[3] <= m.start() and not _is_mark(t[1])), None)
        if last is None or not _ends_a_question(*last[:2]):
            continue
        if len(text[q : m.start()].split()) < 2 and last[1] not in ("JX", "EF"):
            continue  # Q 앤 A 코너; a question of one word ends in its topic (Q 소감은 A 정말 기쁘다)
        a = m.end() + 2  # the answer's first word, after "A "
        after_a = next((t for t in tokens if t[2] >= a), None)
        after_q = next((t for t in tokens if t[2] >= q), None)
        if after_a is None or after_a[1] in ("NNB", "XSN") or after_a[0] in ("사",):
            continue
        if after_a[0] in _letter_nouns() or (after_q is not None and after_q[:2] == after_a[:2]):
            continue
        cuts.append(m.start())
    return cuts


def _ends_a_question(form: str, tag: str) -> bool:
    """Whether a question may end in the morpheme ``form``/``tag``: a noun's, a topic's, a final ending,
    or a connective that asks (Kiwi's -나, and those of data/question_endings.txt)."""
    if tag.startswith("JK") or tag in ("JC", "ETM", "ETN"):
        return False
    return tag != "EC" or form == "나" or form in _question_endings()


@cache
def _letter_nouns() -> frozenset[str]:
    """Nouns a letter before them grades or names (A 등급, A 학점): data/letter_nouns.txt."""
    return word_list("letter_nouns", "newsread")


def _memo_ends(text: str, tokens: list[Token]) -> list[int]:
    """Where the items of a memo's lines run together with no stop end, in a sentence that ends as a
    memo does, in a nominalized -(으)ㅁ (필요함, 예정임): after each earlier word in -(으)ㅁ (판정 받음 |
    즉시 보수가 필요함) and after the request 바람 (문의 바람 | 문의 시간은 … 6시까지임), which Kiwi
    reads as a noun: the request follows the noun it asks for, where 바람, the wind, follows an
    adjective's ending or goes on to its verb (강한 바람 불 것으로 예상됨, 바람 거셀 것으로 보임). A sentence
    in prose, ending in 다, is never cut so."""
    words = [(form, tag, t_end) for form, tag, _, t_end in tokens if not _is_mark(tag)]
    if not words or not _memo_ending(*words[-1][:2]):
        return []
    cuts = []
    for k, (form, tag, t_end) in enumerate(words[:-1]):
        word_ends = text[t_end : t_end + 1].isspace()
        said = text[text.rfind(" ", 0, t_end) + 1 : t_end]
        request = said == "바람" and k > 0 and not words[k - 1][1].startswith("E")
        if word_ends and (_memo_ending(form, tag) or (request and not words[k + 1][1].startswith(("V", "XSV", "XSA")))):
            cuts.append(t_end)
    return cuts


def _question_ends_at(text: str, start: int, tokens: list[Token]) -> int | None:
    """Where a question with no question mark ends that opens the paragraph and runs into its
    story (``지금 집을 사야 할까 | 전문가들의 의견은 엇갈린다``, ``누가 책임질 것인가 | 유가족들은 …``), or
    None: the first word that ends in an ending of data/question_endings.txt, which Kiwi reads as
    connective, where a sentence with its own topic or subject follows, up to its final ending (not
    ``할까 말까 고민했다``, ``올까 걱정했다``: no subject; not ``할까 봐``)."""
    if text[:start].strip():
        return None
    for n, (form, tag, _, t_end) in enumerate(tokens[:-1]):
        if tag == "EF" or (tag == "SF"):
            return None  # the first sentence has ended before
        asks = (tag == "EC" and form in _question_endings()) or _asks_in_na(tokens, n)
        if not asks or not text[t_end : t_end + 1].isspace():
            continue
        after = tokens[n + 1 :]
        if (
            _own_subject_follows(after)
            and _outside_quotes(text[start:t_end])
            and not _wondered(text, after)
            and not _verb_takes(text, after)
            and not _indefinite(text, tokens[:n])
        ):
            return t_end
        return None
    return None


_NAMING_TAGS = ("NN", "NR", "NP", "SL", "SN", "SH")


def _asks_in_na(tokens: Sequence[Token], n: int) -> bool:
    """Whether ``tokens[n]`` is a question's -나 written against its verb (오르나, 하나: Kiwi reads
    it as a connective, or after 하 as a particle) that asks: a headline's, with no particle, a
    noun it asks about and no word that asks nor adverb of degree (data/degree_adverbs.txt) before
    it (수도권 집값 다시 오르나 | 서울 아파트값이 …; not 다소 늦어지나 연내 완공은 …), or one whose subject is
    a word that asks (누가 청년을 떠나게 하나 | 지방 소멸이 …; data/question_words.txt), or after a
    word that asks when, why or how (물가 언제 잡히나 | 정부는; data/question_adverbs.txt). Not the
    connective of a clause with its topic or subject (가격은 오르나 수요는 줄었다: but), nor of
    "whichever" (어디를 가나 사람이 붐볐다, 어디 가나)."""
    form, tag, t_start, _ = tokens[n]
    if form != "나" or tag not in ("EC", "JC") or n == 0:
        return False
    stem = tokens[n - 1]
    if stem[3] != t_start or not stem[1].startswith(("VV", "VA", "VX", "XSV", "XSA", "EP")):
        return False
    before = tokens[:n]
    adverbs = word_list("question_adverbs", "newsread")
    if any(token[0] in adverbs for token in before):
        return True
    words = word_list("question_words", "newsread")
    particles = [k for k, token in enumerate(before) if token[1].startswith("J")]
    if not particles:
        # a headline's question names what it asks about (전셋값 또 올랐나); a clause of a verb and
        # an adverb of degree alone is a "but" (다소 늦어지나 연내 완공은 …, 조금 비싸나 품질은 …)
        degree = word_list("degree_adverbs", "newsread")
        named = any(token[1].startswith(_NAMING_TAGS) for token in before)
        return named and not any(token[0] in words or token[0] in degree for token in before)
    return any(before[k][1] == "JKS" and k and before[k - 1][0] in words for k in particles)


def _verb_takes(text: str, after: Sequence[Token]) -> bool:
    """Whether the word right ``after`` a question's ending is a verb that takes the question as its
    object (data/question_verbs.txt: 어디로 갈까 | 고민하던 시민들은, 있을까 | 하는 의문에, 살까 |
    망설이던): one sentence. Another verb there opens the next (가능할까 | 치솟은 집값에)."""
    if not after:
        return False
    word_end = _word_end(text, after[0][2])
    word = [(form, tag) for form, tag, t_start, _ in after if t_start < word_end]
    form, tag = word[0]
    # a verb (알아보는), or a noun or root made one by 하다, a noun's suffix between (저울질하는)
    made = [t for _, t in word[1:3]]
    verb = tag.startswith("V") or (tag.startswith(("NN", "XR")) and any(t in ("XSV", "XSA") for t in made))
    return verb and form in word_list("question_verbs", "newsread")


def _word_end(text: str, pos: int) -> int:
    """Where the word that holds ``pos`` ends: the next space, or the end of ``text``."""
    m = _SPACES.search(text, pos)
    return m.start() if m else len(text)


def _indefinite(text: str, before: Sequence[Token]) -> bool:
    """Whether the copula and ᆫ가 after ``before`` make no question but an indefinite word: a pronoun
    written contracted (누군가, 어딘가, 언젠가: no 인 written) or a noun of time of
    data/approximate_heads.txt (몇 년 전인가, 그 무렵인가: some time ago)."""
    if len(before) < 2 or before[-1][1] != "VCP":
        return False
    form, tag, t_start, _ = before[-2]
    if tag == "NP":
        return "인가" not in text[t_start : _word_end(text, t_start)]
    return tag.startswith("NN") and form in word_list("approximate_heads", "newsread")


def _wondered(text: str, after: Sequence[Token]) -> bool:
    """Whether the clause ``after`` a question with no question mark, up to its final ending, holds a
    word of wondering or watching (data/wonder_words.txt: 모두가 걱정했다, 업계가 주목하고 있다): the
    question is what it wonders about, its object, and the two are one sentence. The word must be
    the clause's verb or take a particle (기대했다, 관심이 쏠린다, 지켜보고), not a noun that goes on the
    next one (기대 성장률을, 기대 심리는: the clause says something else)."""
    if not after:
        return False
    end = next((t_end for _, tag, _, t_end in after if tag in ("EF", "SF")), after[-1][3])
    for m in _wonder_word().finditer(text, after[0][2], end):
        word_end = _word_end(text, m.start())
        tags = [tag for _, tag, t_start, _ in after if m.start() <= t_start < word_end]
        if any(tag.startswith("V") for tag in tags) or any(tag.startswith(("XS", "J", "E")) for tag in tags[1:]):
            return True
    return False


def _memo_ending(form: str, tag: str) -> bool:
    """Whether the morpheme ``form``/``tag`` is a memo's nominalized ending -(으)ㅁ (받음, 필요함, 예정임)."""
    return tag in ("ETN", "EF") and form in ("ᆷ", "음")


def _headline_ends_at(text: str, start: int, end: int, tokens: list[Token]) -> int | None:
    """Where a headline with no stop ends that runs into its story on the paragraph's first line
    (``[속보] 지하철 2호선 운행 전면 중단 | 서울교통공사는 7일 …했다``), or None.

    The paragraph opens with a tag in brackets or with a noun and a comma (``정부, 의대 증원 유예
    발표 | 정부는 …``); the headline is a run of two words or more with no verb, nothing but nouns
    and figures (a particle of place or the genitive inside), and ends with a noun of
    data/headline_ends.txt (중단, 붕괴, 특보) written bare; the story's subject comes right after it,
    with its own particle (이/가, 은/는), alone or after its modifiers, and goes on to a final
    ending. A subject of one word must name a body (서울교통공사, 기상청, 코스피), people in the
    plural (시민들은, 승객들이) or what the headline's first word names (한빛시, … | 시는): after a
    bare noun (``운행 중단 사태가 …``) the noun is the headline's, the sentence one. Nor does the story
    open with a time, a duration or a course that goes on the headline's noun (data/headline_tails.txt:
    ``발표 이후 시 공무원들이 …``, ``발생 사흘째 주민들이 …``, ``결정 과정의 혼선이 …``).
    """
    para = len(text) - len(text.lstrip())
    tag = _TAG.match(text, para)
    lead = tag.end() if tag else para
    if text[lead:start].strip() or (tag is None and not re.match(r"[가-힣]{1,8},\s", text[para:])):
        return None
    words: list[list[Token]] = []
    for m in _WORD.finditer(text, max(start, lead), end):
        words.append([t for t in tokens if m.start() <= t[2] < m.end()])
    ends: list[int] = []
    for n, word in enumerate(words):
        tags = [t[1] for t in word]
        if not tags:
            return None
        if any(tag_ in ("JKS", "JX") for tag_ in tags):
            break  # the story's subject
        # (an ellipsis between its phrases too: 전기버스 100대 도입…내년 상반기 운행)
        if not all(tag_ in _HEADLINE_WORD or tag_ in ("JKB", "JKG", "SE") for tag_ in tags):
            return None  # a verb, an ending, an adverb, an object: a sentence, not a headline
        # a listed noun, or a compound Kiwi gives whole that ends in one (대설특보), or one Kiwi cuts
        # into nouns of a syllable (결항 → 결 + 항): the nouns the word ends with, written together
        k = len(word)
        while k and word[k - 1][1] in _NOUN and (k == len(word) or word[k - 1][3] == word[k][2]):
            k -= 1
        form = "".join(t[0] for t in word[k:])
        if n and tags[-1] in _NOUN and any(form[i:] in _headline_ends() for i in range(len(form))):
            ends.append(n)
    else:
        return None
    if not ends:
        return None
    last, subject = ends[-1], n
    story = [t for word in words[last + 1 :] for t in word]
    between = [t[1] for word in words[last + 1 : subject] for t in word]
    if any(tag_.startswith("J") and tag_ != "JKG" for tag_ in between) or words[last + 1][0][1] not in (*_NOUN, "MM"):
        return None
    # the subject's modifiers name it (출근길 시민들이, 전국 의대 교수들이), not a time, a duration or a
    # course that goes on a noun before it (발표 이후, 발생 사흘째, 결정 과정의, 사고 당시, 파업 중):
    # then the paragraph is one sentence
    for word in words[last + 1 : subject]:
        if word[0][0] in _headline_tails() or word[0][1] == "NNB" or any(t[:2] == ("째", "XSN") for t in word):
            return None
    head = words[last + 1]
    if subject == last + 1:  # one word: a name or a body's (서울교통공사는, 기상청은, 코스피가)
        noun = "".join(t[0] for t in head if t[1] in (*_NOUN, "XSN"))
        people = ("들", "XSN") in [t[:2] for t in head]  # or people, in the plural (시민들은, 승객들이)
        # or the body the headline opens with, named again (한빛시, … 확대 | 시는 …)
        opener = "".join(t[0] for t in words[0] if t[1] in _NOUN)
        named = bool(noun) and opener.endswith(noun)
        if head[0][1] != "NNP" and not is_org_name(noun) and not people and not named:
            return None
    if not _says_something(story) or not _outside_quotes(text[start : words[last][-1][3]]):
        return None
    return words[last][-1][3]


# The dash that joins a headline to its story's lead (한빛시, 청년 월세 지원 ─ 한빛시는 …): a box's line, a
# horizontal bar or an em dash, not a hyphen (서울 - 부산 구간).
_HEADLINE_DASH = re.compile(r"\s*[─―—]\s*")
# A headline's topic set off by a comma at its start, after its tag perhaps ([속보] 누리시, …).
_HEADLINE_TOPIC = re.compile(r"(?:[\[【][^\]】\n]{1,15}[\]】]\s*)?([가-힣A-Za-z0-9]+),\s")


def _headline_dash_ends_at(text: str, start: int, end: int, tokens: list[Token]) -> int | None:
    """Where a headline ends that a dash joins to its story's lead on the paragraph's first line
    (``수출 석 달 연속 증가 ― | 산업통상자원부는 …밝혔다.``), or None: after the paragraph's only dash,
    where the words before it, outside quotes, have no topic, subject or final ending (a headline
    drops them) and have a headline's shape (see :func:`_headline_before_dash`), and the words after
    it are a sentence with its own topic or subject. Not a dash inside a sentence (``그 결과 ― 누구도
    …``, ``우승 후보는 단 두 팀 — 한국과 …``, ``줄였다 — 무려 30%다``), nor a pair around an aside,
    nor one after a phrase of the sentence (``단 하루 만에 — 시민들이``, ``이번 대회 결과 — 한국은``)."""
    para = len(text) - len(text.lstrip())
    tag = _TAG.match(text, para)
    if text[tag.end() if tag else para : start].strip():
        return None
    dashes = list(_HEADLINE_DASH.finditer(text, start, end))
    if len(dashes) != 1:
        return None
    dash = dashes[0]
    quotes = _quotes(text)
    if not _outside_quotes(text[start : dash.start()]) or any(o < dash.start() < c for o, c in quotes):
        return None
    before = [t for t in tokens if t[3] <= dash.start() and not any(o < t[2] < c for o, c in quotes)]
    words = [t for t in before if not _is_mark(t[1])]
    said = _said_as_a_headline(words)
    body = words[:-1] if said else words  # a headline's -어 Kiwi may read as final (문 열어)
    if not words:
        return None
    whole = _is_final(words) and not said
    if whole:
        # a headline that says something whole (더 춥고 더 길다 ―, 물가는 더 높고 월급은 더 적다 ―):
        # one final ending, its last word, with no subject or two set against each other, not one
        # (그는 말했다 —, 협상은 결렬됐다 —: a body's sentence), and a sentence with its own subject
        # after the dash that says no quote (not 우리는 포기하지 않는다고: what the verb said)
        subjects = sum(1 for t in words if t[1] == "JKS" or (t[1] == "JX" and t[0] in ("은", "는")))
        if any(t[1] == "EF" for t in words[:-1]) or subjects == 1:
            return None
    elif any(t[1] in ("EF", "JKS") or (t[1] == "JX" and t[0] in ("은", "는")) for t in body) or not (
        said or _headline_before_dash(text, start, dash.start(), words)
    ):
        return None
    after = [t for t in tokens if t[2] >= dash.end()]
    if not after or after[0][1].startswith(("J", "E", "XS", "VCP")) or not _says_something(after):
        return None
    first_end = next(k for k, t in enumerate(after) if t[1] == "EF" or _is_final(after[: k + 1]))
    if whole and after[first_end][1] == "EF" and after[first_end][0].endswith(_QUOTATIVE_ENDINGS):
        return None
    subject = any(t[1] == "JKS" or (t[1] == "JX" and t[0] in ("은", "는")) for t in after[:first_end])
    return len(text[: dash.end()].rstrip()) if subject else None


# the final endings of a clause that reports what was said (않는다고, 것이라고, 침묵하느냐고, 싸우자고)
_QUOTATIVE_ENDINGS = ("다고", "라고", "냐고", "자고")


def _said_as_a_headline(words: Sequence[Token]) -> bool:
    """Whether the words before a dash (their morphemes, outside quotes) are a headline's clause with
    no particle but its last: nouns, adverbs and determiners that end in a verb's -어/-아
    (``새 청사 문 열어``, ``김 감독 끝내 물러나``) or in a noun with 로/으로, where it goes
    (``한빛대 학생들 거리로``), two words before it. Not a phrase that opens a body's sentence, which
    has its object's or its place's particle (``이를 위해``, ``예를 들어``, ``법에 따라``), a pronoun
    or fewer words (``그 결과로``, ``이번 일로``, ``정부 정책으로``)."""
    if len(words) < 3:
        return False
    *head, last = words
    if any(t[1] not in ("XSN", "XPN") and t[1].startswith(("J", "E", "X", "V", "NP")) for t in head[:-1]):
        return False
    if last[1] in ("EC", "EF") and last[0] in ("어", "아", "여"):
        return head[-1][1] in ("VV", "VV-I", "VV-R") and any(t[1] in _NOUN for t in head)
    if last[1] == "JKB" and last[0] in ("로", "으로"):  # two words before it, who goes: 학생들 거리로
        spaced = sum(1 for a, b in pairwise(words) if a[3] < b[2])
        return spaced >= 2 and head[-1][1] in _NOUN and head[-2][1] in (*_NOUN, "XSN")
    return False


def _headline_before_dash(text: str, start: int, dash: int, words: Sequence[Token]) -> bool:
    """Whether the words ``text[start:dash]`` before a dash (``words`` their morphemes, outside
    quotes) end as a headline does: in a bare noun, not a bound one nor one with a particle or an
    adverb's ending (``하루 만에``, ``노력 끝에``, ``분명한 것``), which is a noun of
    data/headline_ends.txt (``버스 요금 동결``), or after a topic and a comma (``한빛시청, 누리은행
    꺾고 결승행``), or after words of a headline's kinds only that hold
    a figure or a count (``수출 석 달 연속 증가``, ``코스피 3% 급락``), or who is back at a place
    (see :func:`_who_is_where`), not a phrase of the sentence after it (``이번 대회 결과``)."""
    tags = [tag for _, tag, _, _ in words]
    if not tags or not (tags[-1] in _NOUN or (tags[-1] == "XSN" and len(tags) > 1 and tags[-2] in _NOUN)):
        return False
    last = text[text.rfind(" ", start, dash) + 1 : dash]
    if any(last[i:] in _headline_ends() for i in range(len(last))):
        return True
    topic = _HEADLINE_TOPIC.match(text, start)
    if topic and any(t[3] == topic.end(1) and t[1] in _NOUN for t in words):
        return True  # a headline's topic set off by a comma: 한빛시청, 누리은행 꺾고 결승행
    counted = any(a == "MM" and b == "NNB" for a, b in pairwise(tags))
    if all(tag in _HEADLINE_WORD for tag in tags) and (counted or any(tag in ("SN", "NR") for tag in tags)):
        return True
    return _who_is_where(words)


# the particles of a place a headline's plural noun is at (바다에, 광장으로)
_PLACE_PARTICLES = ("에", "에서", "로", "으로")


#: The tags of a headline's words with no verb: nouns, numbers, determiners, adverbs, affixes and
#: the particles of a place and of a genitive.
_VERBLESS_TAGS = frozenset((*_NOUN, "NR", "SN", "NNB", "MM", "MAG", "XSN", "XPN", "JKB", "JKG"))


def _who_is_where(words: Sequence[Token]) -> bool:
    """Whether ``words`` are a headline with no verb that says who is back at a place: a noun
    with its place's particle, then adverbs or nouns, and a plural noun at the end (``겨울 바다에
    다시 사람들``, ``도심 공원에 또 아이들``), not a phrase of a sentence that has a verb in it
    (``대회에 참가한 선수들``)."""
    if len(words) < 4 or words[-1][:2] != ("들", "XSN") or words[-2][1] not in _NOUN:
        return False
    place = any(
        a[1] in _NOUN and b[1] == "JKB" and b[0] in _PLACE_PARTICLES and a[3] == b[2] for a, b in pairwise(words)
    )
    return place and all(t[1] in _VERBLESS_TAGS for t in words)


def _ends_here(text: str, start: int, end: int, tokens: list[Token], n: int, headline: bool) -> bool:
    """Whether a sentence ends after the mark ``tokens[n]`` of the sentence ``start, end``."""
    form, tag, t_start, t_end = tokens[n]
    nxt = t_end
    while nxt < end and text[nxt].isspace():
        nxt += 1
    if tag == "SB" and form == "다." and n and tokens[n - 1][3] == t_start and "가" <= text[t_start - 1] <= "힣":
        # after a list's numbers (1) 완화 2) 지원이다. 시행은), Kiwi takes the final 다. written
        # against its word for a list's letter (가. 나. 다.), and runs on past it
        return nxt > t_end and nxt < end and _outside_quotes(text[start:t_end])
    if tag == "SSC" and n > 1 and tokens[n - 1][0] in ".!?" and n + 1 < len(tokens):
        # a quoted sentence, then a new one opening with an adverb: “끝났다.” | 그리고 떠났다
        # (not “가자.” 하고 말했다, nor "가자."라고), or with a speaker's label: 박 의원: "사실입니까?" |
        # 김 장관: "…"
        adverb = _is_final(tokens[: n - 1]) and tokens[n + 1][1] in ("MAJ", "MAG")
        quote_ends = nxt > t_end and (adverb or _SPEAKER.match(text, nxt) is not None)
        return quote_ends and _outside_quotes(text[start:t_end])
    ellipsis = _AN_ELLIPSIS.fullmatch(form) is not None
    if not (form in ".!?" or ellipsis) or n == 0 or not _is_final(tokens[:n]):
        return False
    if not any(ch.isalnum() for ch in text[nxt + 1 : end]) or not _outside_quotes(text[start:t_end]):
        return False
    if not ellipsis:  # 했다. "반대"는 …, 같다. ▲1인 …, 예정이다.(조감도 참조)
        if _OPENS_SENTENCE.match(text, nxt) is None or _MARK_AFTER_END.match(text, t_end):
            return False  # (not before a footnote's mark written against the stop: 했다.[1])
        # a straight quote written against the period opens one where those before it are
        # paired and one after closes it (했다.'생활이 막막하다'는), else it closes (했다."고)
        c = text[nxt]
        return nxt > t_end or c not in "\"'" or (text.count(c, start, nxt) % 2 == 0 and c in text[nxt + 1 : end])
    if nxt == t_end and not _opens_after_ellipsis(text, tokens[n + 1 :]):
        return False  # what is written against the ellipsis may lean on it: 했다…라며, 좋았다…등의
    # not in a headline, nor after a quote ('규제 풀겠다'… 업계는), nor before a closer, nor before
    # a tail with no final ending: a headline's second phrase (결정했다…배당 정책 재검토)
    c = text[nxt]  # a straight quote opens where those before it are paired: 올랐다… | "장보기가 …"는
    opens = c in "\"'" and text.count(c, start, nxt) % 2 == 0 and c in text[nxt + 1 : end]
    if headline or _is_mark(tokens[n - 1][1]) or (c in _CLOSERS + ".,!?" and not opens):
        return False
    return _says_something(tokens[n + 1 :])


# A bare 는 or 은 written against an ellipsis, the ending of a quoted clause (참담했다…는 것이).
_BARE_ENDING = re.compile(r"[는은](?![가-힣])")


def _ellipsis_leaners() -> frozenset[str]:
    """The words that lean on a clause written before an ellipsis against them (같/VA, 정도/NNG):
    data/ellipsis_leaners.txt."""
    return word_list("ellipsis_leaners", "newsread")


def _opens_after_ellipsis(text: str, after: Sequence[Token]) -> bool:
    """Whether the words ``after``, written against an ellipsis after a final ending with no space,
    open a sentence: a conjunctive adverb (웃었다…그리고, 나빴다…하지만), a figure (떠났다…3년 만의
    일이다) or a clause with its own
    subject or topic (끝났다…선수들이 쓰러졌다, 열렸다…아무도 없었다), not a word that leans on the
    clause before (했다…라며, 좋았다…등의 평가가, 끝났다…같은 말이, 참담했다…는 것이)."""
    if not after:
        return False
    form, tag, start, _ = after[0]
    if _is_mark(tag):
        return True  # a quote or a bracket opening there is judged as one after a space is
    if tag.startswith(("J", "E", "XS", "VCP")) or tag == "NNB" or _BARE_ENDING.match(text, start):
        return False
    if f"{form}/{tag}" in _ellipsis_leaners():
        return False
    if tag in ("NNG", "NNP", "NP") and len(after) > 1 and after[1][1] in ("JKS", "JX") and _is_final(after):
        return True  # a subject with its particle, 도 and 만 too: 문이 열렸다…아무도 없었다
    return tag in ("MAJ", "SN") or _own_subject_follows(after)


def _date_ends_here(text: str, start: int, tokens: list[Token], n: int) -> bool:
    """Whether a sentence ends with the dotted date ``tokens[n]`` (``만료일은 2026.12.31. | 회사는``),
    or a year with a stop (``도입된 해는 1998. | 이후``), whose last dot Kiwi reads as the date's own.

    It does where the date is what the sentence says of its topic, a word with 은 or 는 right
    before it in a clause that has not ended or turned (no ending between), and what follows is
    a sentence with its own topic or subject before its verb (``회사는 재계약을 검토 중이다``,
    ``이후 추가 발표는 없었다``), not a time (``2025. 9. 3. 오후 2시 시장이 참석한 가운데``).
    """
    form, tag, _, t_end = tokens[n]
    date = _DOTTED_DATE if tag == "W_SERIAL" else _YEAR_STOP
    if tag not in ("W_SERIAL", "SN") or not date.fullmatch(form) or not text[t_end : t_end + 1].isspace():
        return False
    if n and tokens[n - 1][0] in (":", "："):  # a label's date (체결일: 2026. 3. 2. | 유효기간은)
        return _own_subject_follows(tokens[n + 1 :]) and _outside_quotes(text[start:t_end])
    before = [(f, t) for f, t, _, _ in tokens[:n] if not _is_mark(t)]
    if not before or before[-1] not in (("은", "JX"), ("는", "JX")):
        return False
    after = tokens[n + 1 :]
    if tag == "SN":  # a year and its stop end any clause a sentence of its own follows (1998. | 이후 …)
        opens = bool(after) and not after[0][1].startswith(("SN", "NNB", "J"))
        return opens and _is_final(after) and _outside_quotes(text[start:t_end])
    clause = list(reversed([t for _, t in before]))
    if any(t.startswith("EC") for t in clause[: clause.index("EF") if "EF" in clause else None]):
        return False
    return _own_subject_follows(tokens[n + 1 :]) and _outside_quotes(text[start:t_end])


def _value_ends_here(text: str, start: int, tokens: list[Token], n: int) -> bool:
    """Whether a sentence with no verb ends with ``tokens[n]``, a value written with a stop whose
    last dot Kiwi reads as its own, or a telephone number: ``명칭은 Hanbit Co. | 설립은``, ``최신
    버전은 v2.1. | 다음 달 v2.2가``, ``마감은 오후 6.30. | 늦은 접수는``, ``예약 문의: 02-555-1234 |
    매주 월요일은``.

    It does where the value is what the sentence says of its topic (a word with 은 or 는, then
    nothing but nouns, Latin words and figures before the value; for a telephone number, a
    label of nouns alone will do) and a sentence with its own topic or subject follows (not
    ``Warner Bros. 측이``: a bound noun goes on; not ``Co., Ltd. 소속이다``: no subject).
    """
    form, tag, _, t_end = tokens[n]
    if not text[t_end : t_end + 1].isspace() or _DOTTED_DATE.fullmatch(form):
        return False
    phone = tag == "W_SERIAL" and _PHONE.fullmatch(form) is not None
    if not phone and not form.endswith("."):
        return False
    figure = _FIGURE_STOP.fullmatch(form) is not None  # 타율은 0.342. | 리그 1위다, 결과는 3 대 1. | 홈팀이
    after = tokens[n + 1 :]
    if form[:-1].lower() in _abbreviations() and after and after[0][1] == "SL":
        return False  # a title before a name in Latin letters: 측은 Mr. Kim이, 참석자는 Prof. Park 등
    if tag == "SN" and not figure:
        return False
    k = n - 1
    while k >= 0 and (_is_mark(tokens[k][1]) or tokens[k][1] in _VALUE_PHRASE or (figure and tokens[k][1] == "NNB")):
        k -= 1
    # a noun's 은/는, not a place's or a time's (회의에는 Dr. Lee와 …)
    topic = k > 0 and tokens[k][1] == "JX" and tokens[k][0] in ("은", "는") and not tokens[k - 1][1].startswith("J")
    # or a score, two figures either side of 대, which says itself what it is (최종 스코어 4 대 2. | 홈팀이)
    score = figure and n > 1 and tokens[n - 1][0] == "대" and tokens[n - 2][1] == "SN" and "." not in form[:-1]
    if not (topic or score or (phone and k < 0)):
        return False
    if figure and "." not in form[:-1] and k == n - 1:
        return False  # a list's number after its topic, not a figure said of it: 그는 1. 시행을 …
    opens = bool(after) and (after[0][1] in ("NNG", "NNP", "NP", "MM") or (len(after) > 1 and after[1][1] == "ETM"))
    if figure and opens and _is_final(after):
        return _outside_quotes(text[start:t_end])  # a figure's sentence ends before any (리그 1위다)
    return _own_subject_follows(after) and _outside_quotes(text[start:t_end])


def _unit_ends_here(text: str, start: int, tokens: list[Token], n: int) -> bool:
    """Whether a sentence ends with ``tokens[n]``, a unit in Latin letters after a figure (a space
    between them or none), whose stop Kiwi reads as the unit's own: ``생산량은 358만 5천t. |
    지난해보다``, ``무게는 12kg. | 포장은``, ``거리는 8.5 km. | 10년째 …`` (not before a particle or a
    bound noun that leans on it)."""
    form, _, t_start, t_end = tokens[n]
    if not form.endswith(".") or form[:-1] not in table("units.tsv") or n == 0:
        return False
    figure = tokens[n - 1]
    if figure[1] not in ("SN", "NR") or text[figure[3] : t_start].strip() or t_start - figure[3] > 1:
        return False
    if not text[t_end : t_end + 1].isspace():
        return False
    after = tokens[n + 1 :]
    if len(after) > 1 and after[0][1] == "SN" and after[1][2] == after[0][3] and after[1][1] in ("NNB", *_NOUN):
        return "가" <= text[after[1][2]] <= "힣" and _outside_quotes(text[start:t_end])  # 8.5 km. | 10년째 …
    if not after or after[0][1].startswith(("J", "E", "XS", "VCP")) or after[0][1] == "NNB":
        return False
    return "가" <= text[after[0][2]] <= "힣" and _outside_quotes(text[start:t_end])


def _own_subject_follows(after: Sequence[Token]) -> bool:
    """Whether ``after`` is a sentence with its own topic or subject before its verb (``회사는
    재계약을 검토 중이다``, ``늦은 접수는 받지 않는다``), not a time (``오후 2시 시장이 …``), a
    figure or a bound noun that goes on the words before (``3까지``, ``측이``)."""
    if not after or after[0][1] in ("SN", "NNB") or after[0][0] in _TIME_HEADS or not _is_final(after):
        return False
    for k, (f, t, _, _) in enumerate(after):
        if t == "JKS" or (t == "JX" and f in ("은", "는")):
            return True
        adnominal = t == "ETM" or (k + 1 < len(after) and after[k + 1][1] == "ETM")
        if t.startswith(("V", "XSV", "XSA", "E")) and not adnominal:
            return False
    return False


def _says_something(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens``, up to their first stop or ellipsis, hold a final ending: a sentence
    (``3년 연속이다``, ``하지만 대가는 컸다``), not a headline's phrase (``배당 정책 재검토``,
    ``반도체 부진 탓.``)."""
    words: list[Token] = []
    for token in tokens:
        if token[1] in ("SF", "SE"):
            break
        words.append(token)
    return any(tag == "EF" for _, tag, _, _ in words) or _is_final(words)


def _is_mark(tag: str) -> bool:
    """Whether Kiwi's ``tag`` is a mark (a period, a quote, a bracket, a symbol, an emoji), not a
    word: a Latin word (SL), a number (SN) and Hanja (SH) are words (체결했다. | MoU에는 …)."""
    return (tag.startswith("S") and tag not in ("SL", "SN", "SH")) or tag == "W_EMOJI"


def _is_final(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` end in a final ending (not counting marks): Kiwi's EF, or a
    다 it tags as connective after a tense (기다렸다… 그러나: 다/EC after 었/EP)."""
    words = [(form, tag) for form, tag, _, _ in tokens if not _is_mark(tag)]
    if not words:
        return False
    form, tag = words[-1]
    return tag == "EF" or (form == "다" and tag == "EC" and len(words) > 1 and words[-2][1] == "EP")


def _outside_quotes(before: str) -> bool:
    """Whether a sentence written up to ``before`` has closed all its quotes and brackets."""
    return (
        before.count('"') % 2 == 0 and before.count("“") <= before.count("”") and before.count("(") <= before.count(")")
    )


def _openers_to_their_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A bracket or quote that opens the next sentence goes with it, where Kiwi ended the
    sentence before with it: 않았다( | 관계자는 … 했다). → 않았다 | (관계자는 … 했다)."""
    out: list[tuple[int, int]] = []
    for n, (start, end) in enumerate(spans):
        if n + 1 < len(spans) and spans[n + 1][0] == end:
            cut = end
            while cut > start and text[cut - 1] in _OPENERS:
                cut -= 1
            if start < cut < end:
                spans[n + 1] = (cut, spans[n + 1][1])
                end = cut
                while end > start and text[end - 1].isspace():
                    end -= 1
        out.append((start, end))
    return out


def _quotes(text: str) -> list[tuple[int, int]]:
    """``(open, close)`` of every quote of ``text``: curly quotes and corner brackets by their
    own pairs; straight ones in order, where the paragraph has them paired (an odd count is a
    quote running on from the paragraph before, or an apostrophe)."""
    out = []
    for opener, closer in _QUOTE_PAIRS:
        if opener == closer:
            marks = [m.start() for m in re.finditer(re.escape(opener), text)]
            if len(marks) % 2 == 0:
                out += list(zip(marks[::2], marks[1::2], strict=True))
            continue
        pos = text.find(opener)
        while pos >= 0 and (close := text.find(closer, pos + 1)) >= 0:
            out.append((pos, close))
            pos = text.find(opener, close + 1)
    return out


def _asides(text: str) -> list[tuple[int, int]]:
    """``(open, close)`` of every pair of round brackets of ``text`` (a list's ``1)`` has none)."""
    out, opened = [], []
    for m in re.finditer(r"[()]", text):
        if m.group() == "(":
            opened.append(m.start())
        elif opened:
            out.append((opened.pop(), m.start()))
    return out


def _quotes_and_asides_whole(text: str, spans: list[tuple[int, int]], finals: set[int]) -> list[tuple[int, int]]:
    """The sentences of a quote that its quotative particle binds made one sentence with the
    one that reports it: ``그는 "뭘 했나? 아무것도 안 했다!" 라며 성토했다``, ``"늦었다. 못 미룬다. "고``;
    a quote with no quotative after it keeps its sentences (``"늦었다. 못 미룬다." 그는 …``).

    So are the sentences of an aside in brackets (``(당초 예정이었다. 그러나 바뀌었다).``), and an
    aside with no final ending in it (``finals``: where Kiwi's final endings end) goes back on the
    sentence it was written against (``2.8%였다(계절조정 기준. 전월 대비 하락).``), not on one
    that a period ended (``예정이다.(조감도 참조)``)."""
    if len(spans) < 2:
        return spans
    quotes = _quotes(text)
    bound = [(o, c) for o, c in quotes if _BINDS_QUOTE.match(text, c + 1)]
    asides = _asides(text)
    # a final ending inside a quote is the quote's: 답했다(“아직 모른다”). is one sentence
    finals = {f for f in finals if not any(o < f <= c for o, c in quotes)}
    for open_, close in bound + asides:
        inside = [n for n, (a, b) in enumerate(spans) if a <= close and b > open_]
        if len(inside) > 1:
            first, last = inside[0], inside[-1]
            spans[first : last + 1] = [(spans[first][0], spans[last][1])]
    for open_, close in asides:
        n = next((n for n, (a, _) in enumerate(spans) if a == open_), None)
        if (
            n
            and spans[n - 1][1] == open_
            and text[open_ - 1] not in ".!?"
            and not any(open_ < f <= close for f in finals)
        ):
            spans[n - 1 : n + 1] = [(spans[n - 1][0], spans[n][1])]
    return spans


# a run of hashtags (#신입사원 #설렘), each a word of its own
_HASHTAG_RUN = re.compile(r"#[^\s#]+(?:[ \t]+#[^\s#]+)*")


def _hashtags_to_their_posts(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Hashtags that Kiwi started a sentence with after a post's stop go with the post (오늘 첫 출근!
    #신입사원 #설렘 | 게시물에는 …): a run of two or more, or one that ends the sentence (우승이다! #한빛FC),
    or one with no particle at its end (봤다. #새해 | 그는 …); what follows them is a sentence of its
    own. After a full stop, one or two tags that a noun goes on from (확산됐다. | #미투 #위드유
    운동은 …) begin that sentence; a post's pile of three or more is the post's. A single tag that
    ends in a particle, with words after it, is the next sentence's noun (퍼졌다. | #나도피해자는
    하루 만에 …)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        m = _HASHTAG_RUN.match(text, start, end)
        if not out or m is None or text[out[-1][1] - 1] not in ".!?":
            out.append((start, end))
            continue
        rest = m.end()
        while rest < end and text[rest].isspace():
            rest += 1
        if rest < end and (
            ("#" not in m.group()[1:] and _takes_a_particle(m.group()[1:]))
            or (text[out[-1][1] - 1] == "." and m.group().count("#") < 3 and not _opens_a_clause(text[rest:end]))
        ):
            # one tag and the words it begins, or tags after a news sentence's full stop that a
            # noun goes on from (확산됐다. | #미투 #위드유 운동은 …)
            out.append((start, end))
            continue
        out[-1] = (out[-1][0], m.end())
        if rest < end:
            out.append((rest, end))
    return out


#: Kiwi's tags of a word that opens a clause of its own after tags: a pronoun, an adverb, a
#: conjunctive adverb, a figure (봤다. #새해 그는 …, #일상 오늘도 …).
_CLAUSE_OPENERS = ("NP", "MAG", "MAJ", "SN")


def _opens_a_clause(rest: str) -> bool:
    """Whether the words after a post's tags open a clause of their own (그는, 오늘도, 그리고),
    not a noun the tags go on into (운동은, 열풍이)."""
    tokens = get_kiwi().tokenize(rest[:40])
    return bool(tokens) and str(tokens[0].tag) in _CLAUSE_OPENERS


def _takes_a_particle(word: str) -> bool:
    """Whether ``word`` ends in a particle as Kiwi reads it (나도피해자는, 미투가), not a bare noun (새해)."""
    tokens = get_kiwi().tokenize(word)
    return bool(tokens) and str(tokens[-1].tag).startswith("J")


def _tags_to_their_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A tag in brackets goes with the sentence after it, where Kiwi made it a sentence of its
    own (``[바로잡습니다]`` at a paragraph's start) or ended the sentence before with it
    (``발표했다. [속보]``); so do a Hanja clipping and a bullet Kiwi put there (``올랐다. 美``),
    and a company's mark that Kiwi cut from its name (``참여했다. (주)한빛바이오도``)."""
    out: list[tuple[int, int]] = []
    carry: int | None = None  # where a tag carried to the next sentence starts
    for n, (start, end) in enumerate(spans):
        if carry is not None:
            start, carry = carry, None
        last = n == len(spans) - 1
        if out and _source(text, start, end):
            # a source after a sentence (했다. [연합뉴스] | 국회는, 있다 [연합뉴스] | 그는): its own
            # sentence after a stop, as a photo's credit is, else the end of the caption before it
            if text[out[-1][1] - 1] in ".!?\"'”’)":
                out.append((start, end))
            else:
                out[-1] = (out[-1][0], end)
            continue
        if not last and (
            _TAG.fullmatch(text, start, end)
            or re.fullmatch(_HANJA_CLIPPING, text[start:end])
            or _NAME_MARK.fullmatch(text, start, end)
        ):
            # a tag, a clipping cut from both sentences (올랐다. | 美·中 | 갈등이 …), or a mark
            # before a name (참여했다. | (주) | 한빛바이오도 …)
            carry = start
            continue
        m = None if last else _TRAILING_TAG.search(text, start, end)
        if m and m.start() == m.start(1) and re.fullmatch(_BRACKET_MARKS, m.group(1)):
            m = None  # a footnote's mark written against the stop is the sentence's own: 했다.[1]
        if m and _source(text, m.start(1), m.end(1)):
            if m.start() == m.start(1):  # 했다.[연합뉴스] | 국회는: a sentence of its own
                out += [(start, m.start()), (m.start(1), end)]
                continue
            if m.group()[0].isspace() and text[m.start() - 1] in ".!?\"'”’":
                out += [(start, m.start()), (m.start(1), end)]
                continue
            m = None  # 있다 [연합뉴스] | 그는: the caption's end
        if m:
            carry, end = m.start(1), m.start()
        out.append((start, end))
    return out


def _source(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a source in square brackets, written after a sentence
    (``[연합뉴스]``, ``[AP=연합뉴스]``, ``[한빛일보 자료사진]``), not a reporter's dateline before the story
    (``[서울=연합뉴스] 홍길동 기자 = …``) nor a story's tag (``[속보]``)."""
    m = _TAG.fullmatch(text, start, end)
    if m is None or text[start] not in "[【":
        return False
    return names_a_source(text[start + 1 : end - 1]) and not REPORTER_PREFIX.match(text[end:].lstrip())


# A source in square brackets at a sentence's end, after a space (훈련하고 있다 [뉴시스]).
_SOURCE_AT_END = re.compile(r"\s+([\[【][^\[\]【】\n]{1,30}[\]】])$")


def _unsourced(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence ``text[start:end]`` without a source in square brackets, which is not said, as
    a photo's credit is not (ingest drops ``(사진=…)``): an empty span where the sentence is the
    source (``확정했다. | [연합뉴스] | 국회는``), the caption alone where it ends one (``훈련하고 있다
    [뉴시스]``)."""
    if _source(text, start, end):
        return start, start
    m = _SOURCE_AT_END.search(text, start, end)
    if m and _source(text, m.start(1), m.end(1)):
        return start, m.start()
    return start, end


def _emoji_to_their_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An emoji that Kiwi put at the start of a sentence goes with the one before it, which it
    ends (``합격했습니다 | 🎉 모두`` → ``합격했습니다 🎉 | 모두``; ``최고였어요 | 👍``)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        m = _EMOJI.match(text, start, end)
        if out and m and not text[out[-1][1] : start].strip():
            out[-1] = (out[-1][0], m.end())
            start = m.end()
            while start < end and text[start].isspace():
                start += 1
            if start >= end:
                continue
        out.append((start, end))
    return out


def _ends_at_ellipsis(text: str, before: list[Token], after: list[Token], attached: bool) -> bool:
    """Whether a sentence ends at the ellipsis between morphemes ``before`` and ``after``.

    It does after a final ending (``기다렸다…``: Kiwi's EF), unless what follows leans on it
    (``…"라고``: a particle or an ending written against it; ``끝났다…같은 말을``: a word written
    against it that does not open a sentence, see :func:`_opens_after_ellipsis`); after a noun or a
    connective ending the sentence goes on (``회복세...하반기``).
    """
    if not _is_final(before):
        return False
    first = next((tag for _, tag, _, _ in after if not _is_mark(tag)), "")
    if attached and after and not _is_mark(after[0][1]):
        return _opens_after_ellipsis(text, after)
    return not (attached and first.startswith(("J", "E")))


def phrase_pauses(sentence: str) -> str:
    """``sentence`` with each ellipsis inside it as a comma: ``회복세…하반기`` → ``회복세, 하반기``,
    a list written with bullets as a list said with commas (see :func:`_bullet_pauses`), a
    tag in brackets that opens it as a phrase with a pause (``[속보] 서울…`` → ``속보, 서울…``), and
    without a footnote's mark (``썼다고 한다주1).``, ``넘었다1).``), which is for the eye: read,
    it is "주 일"."""
    sentence = _LEADING_TAG.sub(r"\1, ", sentence)  # [바로잡습니다] 당초 … → 바로잡습니다, 당초 …
    sentence = _ELLIPSIS_INSIDE.sub(", ", _FOOTNOTE_MARK.sub(lambda m: _footnote_unsaid(sentence, m), sentence))
    return _bullet_pauses(_ELLIPSIS_QUOTE.sub(lambda m: _opening_quote_pause(sentence, m), sentence))


def _footnote_unsaid(sentence: str, m: re.Match[str]) -> str:
    """Nothing for the footnote mark ``m``, unless its ``)`` closes a bracket the sentence opened:
    then it is the end of an aside (세웠다(종전 10초07→10초05).), whose figure is said."""
    opened = sentence.count("(", 0, m.start()) > sentence.count(")", 0, m.start())
    return m.group() if m.group().endswith(")") and opened else ""


def _opening_quote_pause(sentence: str, m: re.Match[str]) -> str:
    """A comma for the ellipsis ``m`` where the quote after it opens one (no quote of its kind
    is left open before it), the ellipsis as written where the quote closes one."""
    return ", " if sentence.count(m.group(1), 0, m.start()) % 2 == 0 else m.group()


def _bullet_pauses(sentence: str) -> str:
    """A list written with ▲ bullets, its items said with a comma's pause between them.

    ``▲ 승리투수 유영찬 ▲ 패전투수 김택연`` → ``승리투수 유영찬, 패전투수 김택연``; ``정부는 ▲일자리
    ▲물가 등`` → ``정부는 일자리, 물가 등``. The bullet itself is silent, so the items ran on
    as one phrase. It takes two bullets or more, none before a figure: ``▲31.45`` is a market's
    rise, which the normalizer reads.
    """
    bullets = list(_BULLET.finditer(sentence))
    if len(bullets) < 2 or any(_MARKET_FIGURE.match(sentence, m.end()) for m in bullets):
        return sentence
    out, pos = [], 0
    for k, m in enumerate(bullets):
        before = sentence[pos : m.start()].rstrip()
        out.append(before)
        if k and before and not before.endswith((",", "·")):
            out.append(",")
        out.append(" " if before else "")
        pos = m.end()
    out.append(sentence[pos:])
    return "".join(out)


def excerpt(text: str, limit: int = 40) -> str:
    """``text`` cut to at most ``limit`` characters at a space, with "…" where it was cut:
    the title of a chapter or an episode whose article has no headline."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,.") + "…"


def build_script(articles: Sequence[Article], normalizer: Normalizer) -> Script:
    """Plan the reading of ``articles`` in order.

    Chapters: with one article, the headline and then each subheading; with several, one
    chapter per article, titled by its headline. A chapter starts at its first spoken
    sentence; a heading with nothing to say makes no chapter. A source in square brackets after a
    sentence (``[연합뉴스]``) is neither said nor planned, as a photo's credit is not.
    """
    sentences: list[Sentence] = []
    chapters: list[Chapter] = []
    several = len(articles) > 1
    for a_idx, article in enumerate(articles):
        pending_chapter: str | None = (article.title or f"기사 {a_idx + 1}") if several else None
        pending: Break = "article"
        # a name in capitals glossed in one sentence is read so in the others (아크(ARC), ARC 7)
        with story("\n".join(block.text for block in article.blocks)):
            for b_idx, block in enumerate(article.blocks):
                if not several and block.kind in ("title", "heading"):
                    pending_chapter = block.text
                after_title = b_idx > 0 and article.blocks[b_idx - 1].kind == "title"
                if (block.kind == "heading" or after_title) and pending != "article":
                    pending = "section"
                headline = block.kind in ("title", "heading")
                for span in split_sentences(block.text, headline=headline):
                    start, end = _unsourced(block.text, *span)  # [연합뉴스] is not said
                    src = block.text[start:end]
                    spoken = normalizer(phrase_pauses(src)).strip()
                    if not any(ch.isalnum() for ch in spoken):
                        continue
                    if pending_chapter is not None or not chapters:
                        title = pending_chapter or article.title or excerpt(src)
                        chapters.append(Chapter(title, len(sentences)))
                        pending_chapter = None
                    sentences.append(
                        Sentence(
                            index=len(sentences),
                            text=src,
                            spoken=spoken,
                            start=block.start + start,
                            end=block.start + end,
                            article=a_idx,
                            block=b_idx,
                            chapter=len(chapters) - 1,
                            pause_before=pending if sentences else "none",
                        )
                    )
                    pending = "sentence"
                if pending == "sentence":
                    pending = "paragraph"
    return Script(articles=tuple(articles), sentences=tuple(sentences), chapters=tuple(chapters))
