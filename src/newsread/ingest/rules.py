"""How the parts of a Korean news page that are not the story look.

Each rule answers one question about one line of a page (is it portal chrome, a photo
caption, a byline, a copyright notice...). The word lists live in ``data/*.txt`` beside this
module, one entry a line, so they can grow without touching the code.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from datetime import datetime
from functools import cache
from importlib import resources
from itertools import pairwise

_FLAGS = re.IGNORECASE


def _data_lines(name: str) -> list[str]:
    text = resources.files("newsread.ingest").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _alternation(name: str) -> str:
    """The regular expressions of ``data/NAME``, one a line, as one alternation."""
    return "|".join(f"(?:{p})" for p in _data_lines(name))


@cache
def _fullmatch_any(*names: str) -> re.Pattern[str]:
    return re.compile("|".join(_alternation(name) for name in names), _FLAGS)


@cache
def _credit_names() -> str:
    """The names of ``photo_credits.txt`` as one alternation, longest first."""
    return "|".join(re.escape(n) for n in sorted(_data_lines("photo_credits.txt"), key=len, reverse=True))


@cache
def _credits() -> re.Pattern[str]:
    return re.compile(rf"(?:^|[\s/=(\[])(?:{_credit_names()})[)\]]?$", _FLAGS)


HANGUL = re.compile(r"[가-힣]")
HANGUL_WORD = re.compile(r"(?<!#)\b[가-힣]+")
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# A name; not a role (기자), nor the kind of reporter a role is (시민기자, 사진 기자, 수습기자: a menu's item or
# a credit's label).
_ROLE_KINDS = r"수습|인턴|객원|선임|시민|편집|사진|영상|취재|기상|디자인|그래픽"
_NAME = rf"(?!(?:{_ROLE_KINDS})\s*(?:기자|특파원)|(?:기자|특파원|통신원|앵커)(?![가-힣]))[가-힣]{{2,4}}"
_NAMES = rf"{_NAME}(?:\s*[·,ㆍ]\s*{_NAME})*"
# 기상전문기자, 의학전문기자: a field before 전문.
_ROLE = (
    rf"(?:{_ROLE_KINDS}|(?:[가-힣]{{2}})?전문)?\s*"
    r"(?:기자|특파원|통신원|논설위원|칼럼니스트|앵커|캐스터|화백)"
)
# (서울=뉴스1) 김민지 박재현 기자 = : names with only a space between, where the reporters' prefix ends
# with "=" (with no "=", 국회 출입 기자들이 ... is a sentence).
_PREFIX_NAMES = rf"{_NAMES}(?:\s+{_NAME}(?=(?:\s+{_NAME})*\s*{_ROLE}\s*=))*"


def _desks() -> str:
    return "|".join(re.escape(d) for d in sorted(_data_lines("news_desks.txt"), key=len, reverse=True))


# 사회부 기자 / 경제부 차장 / 사회부장 / 편집국 부국장: a desk (news_desks.txt) and the signer's place in it.
_DESK_ROLE = rf"(?:{_desks()})(?:부|팀|국)\s*(?:장|차장(?:대우)?|부장|부국장|기자|선임기자|전문기자|데스크)"
_SIGNER_ROLE = rf"(?:{_ROLE}|{_DESK_ROLE})"
# 공동취재단 / 정치부: who the reporters of a wire's dateline file for, before their names
_DATELINE_DESK = rf"(?:{'|'.join(map(re.escape, _data_lines('reporting_pools.txt')))}|(?:{_desks()})(?:부|팀))"

# What ends a sentence: . ? ! and the forms a CJK input method types (。 ． ？ ！), named once here for every
# pattern below; the page's text keeps the stops as typed. Then maybe closing quotes or brackets.
FULL_STOP_MARK = "[.。．]"
STOP_MARK = "[.?!。．？！]"
_CLOSED_END = r"(?:[\"'”’」』)\]]|\s)*$"
_TERMINAL = re.compile(STOP_MARK + _CLOSED_END)
_FULL_STOP = re.compile(FULL_STOP_MARK + _CLOSED_END)
_BEFORE_TERMINAL = re.compile(r"([가-힣A-Za-z0-9%])[\"'”’」』)\]]*\s*" + STOP_MARK + _CLOSED_END)
# Korean sentence-final endings before the full stop (다. 요. 죠. 까? 니다. ...), a footnote's mark perhaps
# between (나타났다[1]. / 그친다1). / 했다주2). / 늘었다*. / 부담이다³.), or an aside in brackets (올랐다(전주 대비).).
_SENTENCE_END = re.compile(
    r"(?:다|요|죠|까|니다|오|네|라|자|지|군|냐|래|데|세)"
    r"(?:\[\d{1,2}\]|주?\d{1,2}\)|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\s?\([^()\n]{1,40}\))?"
    r"[\"'”’」』)\]]*\s*" + STOP_MARK + _CLOSED_END
)


@cache
def _clipped_sentence() -> re.Pattern[str]:
    """A sentence in the clipped style, ending on a noun (``티켓은 누리집에서 예매 가능.``):
    ``noun_endings.txt``, after three words, one with a particle."""
    return re.compile(
        r"^(?=.*[가-힣](?:은|는|이|가|을|를|에서|으로|로|에)\s)\S+(?:\s+\S+){2,}\s+"
        rf"(?:[가-힣]*?)(?:{_alternation('noun_endings.txt')})\.\s*$"
    )


@cache
def headline_open_end() -> re.Pattern[str]:
    """A headline's first line broken on a word that leaves its phrase open (``입점 1년 새``, ``착공 10년
    만에``: ``headline_open_words.txt``)."""
    return re.compile(rf"(?:^|\s)(?:{_alternation('headline_open_words.txt')})$")


# A sentence that lost its full stop: …했다 / …있어요 / …했죠 (then maybe a closing quote).
VERB_END = re.compile(r"(?:다|요|죠)[\"'”’」』)]?\s*$")


# 앞으로 해 보고 싶은 일은. / 힘든 점은.: a word closed by a full stop, as a turn of speech is and a subheading
# is not (a subheading stops with no mark, or asks: 왜 지금 GPU인가?)
_WORD_STOPPED = re.compile(r"[가-힣][\"'”’」』)]*\.(?:[\"'”’」』)]|\s)*$")


def stopped_like_speech(line: str) -> bool:
    """Whether ``line`` ends a word with a full stop: what is said (an interview's question, however
    short), not a subheading."""
    return bool(_WORD_STOPPED.search(line))


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends with a full stop, a question or an exclamation mark."""
    return bool(_TERMINAL.search(line))


# A sentence ended inside the line (…없다. 무엇이 …): the line runs on past one sentence, as a subheading does not.
INNER_SENTENCE_END = re.compile(r"(?:다|요|죠)[\"'”’」』)]*" + STOP_MARK + r"\s+\S")


# 📌 / ✅ / 💡: a social-media style subheading's emoji, a mark to see (pictographs, dingbats and other
# symbols with the joiner and the variation selector that dress them; not ❶-❿, a numbered subheading's)
EMOJI = "\u2600-\u2775\u2794-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d"
# - 모집 인원: 30명 / - 일시 : 10일: a press release's field item, a dash, a short label and its colon (the
# splitter cuts a sentence before each; ingest puts each on a line of its own)
FIELD_LABEL = r"[가-힣][가-힣A-Za-z ]{0,11}?\s*[:：]"
DASH_FIELD_ITEM = rf"[-–]\s*{FIELD_LABEL}"
# 보답할게요 💍 / 필요했던 거죠 ㅠㅠ: a post's sentence closed by a pictograph or an emoticon's letters, as
# people write on social media, instead of a stop.
_CASUAL_END = re.compile(rf"(?:다|요|죠|니다|네|까)\s*(?:[{EMOJI}]+|[ㅠㅜ]{{2,}}|[ㅋㅎ]{{2,}})\s*$")


# … / ...: where a teaser cut its text
_CUT_TAIL = re.compile(r"\s*(?:…|\.{3})\s*$")


def is_sentence(line: str) -> bool:
    """Whether ``line`` reads as running text (one sentence or more), not a title or a label."""
    if len(line) >= 150:
        return True
    if not _TERMINAL.search(line):
        if _CASUAL_END.search(line):
            return len(line.split()) >= 5
        # ... 물리기로 했다. 이용자 절반 이상이 …: a teaser or a paywall cut its last sentence
        return bool(INNER_SENTENCE_END.search(line) and ends_open(_CUT_TAIL.sub("", line)))
    if (_SENTENCE_END.search(line) or INNER_SENTENCE_END.search(line)) and len(line) >= 8:
        return True
    if _clipped_sentence().search(line):
        return True
    # Headline style may end with ? or ! ("버틸 수 있나?"); a full stop after a number or a
    # Latin word still ends a sentence when the line is long enough to be one.
    if not _FULL_STOP.search(line):
        return False
    words = len(line.split())
    return bool(_BEFORE_TERMINAL.search(line)) and (words >= 6 or len(line) >= 60)


# Broadcast transcripts: [앵커] / [기자] / <리포트> / ◀ 앵커 ▶ ... Only the marker goes; the speech stays.
# (◀ 앵 커 ▶, ◀ INT ▶, ◀ SYN ▶, ◀ st-up ▶, ◀ END ▶: a local station's script, its words spaced out or in
# the studio's English)
_MARKER_WORDS = (
    r"앵\s?커(?:\s*멘트|\s*리드)?|기\s?자(?:\s*멘트|\s*리포트)?|리\s?포\s?트|아나운서|진행자|사회자|"
    r"인터뷰|녹취|현장음|싱크|sync|syn|int|스탠드\s*업|스탠드업|st(?:and)?\s*-?\s*up|브릿지|자막|효과음|인서트|end|"
    # [기자 스탠드업] / <앵커 멘트> / [리포터] / [리포터 스탠드업]: a programme's reporter on the scene, as
    # 기자 is; a word after them only where it is a cue of data/marker_cues.txt ((기자 출신) is the story's)
    rf"(?:기자|앵커|리\s?포\s?터)(?:\s*(?:{_alternation('marker_cues.txt')}))?"
)
_MARKER = (
    rf"(?:\[\s*(?:{_MARKER_WORDS})\s*\]|<\s*(?:{_MARKER_WORDS})\s*>|\(\s*(?:{_MARKER_WORDS})\s*\)"
    rf"|◀\s*(?:{_MARKER_WORDS})\s*▶|【\s*(?:{_MARKER_WORDS})\s*】)"
)
# 앵커: ... / 기자: ... / 인터뷰: 홍길동 / 시민 — a script's label written bare, a colon after it.
_BARE_MARKER = r"(?:앵커(?:\s*멘트)?|기자(?:\s*멘트)?|리포트|진행자|아나운서|인터뷰|녹취|싱크|현장음)\s*[:：]"
MARKER_PREFIX = re.compile(rf"^(?:{_MARKER}\s*[:：]?|{_BARE_MARKER})\s*", _FLAGS)
# Who speaks in a broadcast's transcript: a name (홍길동), or a name the report withholds (A씨, 김모 씨, 이OO).
_SPEAKER = r"(?:[가-힣]{2,4}(?:\s*씨)?|[A-Z]{1,2}\s*씨|[가-힣](?:OO|○○|ㅇㅇ|\*\*))"
# ◀ INT ▶ / [녹취] / <싱크>: a marker that says who speaks next is named after it (◀ SYN ▶ 구청 관계자).
SPEAKER_MARKER = re.compile(
    r"^[◀\[<【(]\s*(?:int|syn|sync|인터뷰|녹취|싱크|현장음|전화\s*(?:인터뷰|녹취))\s*[▶\]>】)]\s*"
    r"(?P<who>[^\s\"“”'‘’:：][^\"“”'‘’:：.?!]{0,39})$",
    re.IGNORECASE,
)
# [인터뷰: 홍길동 / 서울시민], <녹취> 홍길동 / 시민: who speaks next, not what is said.
SPEAKER_TAG = re.compile(
    r"^(?:[\[<【(]\s*(?:인터뷰|녹취|싱크|sync|현장음|전화\s*인터뷰|전화\s*녹취)\s*[:：]?[^\]>】)]{0,40}[\]>】)])$"
    rf"|^[\[<【(]\s*{_SPEAKER}\s*/\s*[^\]>】)/]{{1,30}}[\]>】)]$"
    rf"|^{_SPEAKER}\s*/\s*[^\s/][^/]{{0,30}}$"
    # (김철수 (45): who speaks and their age; 재료 (2인분): a recipe's header, for how many)
    r"|^[가-힣]{2,4}\s*\((?!\s*\d+(?:\s*[~-]\s*\d+)?\s*인(?:분|용|\s*기준))\s*[가-힣A-Za-z0-9 ]{1,20}\s*\)$",
    _FLAGS,
)


# 홍길동/서울 마포구 : "물이 들어왔어요" / 홍길동(시민) : "..." — who speaks, then the speech.
SPEECH_PREFIX = re.compile(
    rf"^{_SPEAKER}\s*(?:/\s*[^:：\]\[]{{1,30}}?|\(\s*[^()]{{0,19}}[가-힣][^()]{{0,19}}\))\s*[:：]\s*(?=\S)"
)
# [홍길동/서울 마포구 : 물이 들어왔어요.], [A씨/치킨집 사장 (음성변조) : ...] — the same inside brackets.
BRACKETED_SPEECH = re.compile(rf"^\[\s*{_SPEAKER}\s*/\s*[^:：\]\[]{{1,30}}?\s*[:：]\s*(?P<speech>[^\[\]]+?)\s*\]$")
# [휴게소 운영업체 관계자 (음성변조) : 가격을 낮추기 어렵습니다.] — an unnamed speaker, described.
DESCRIBED_SPEECH = re.compile(r"^\[\s*(?!편집자)[가-힣][^:：\[\]\"“”.?!]{1,30}?\s*[:：]\s*(?P<speech>[^\[\]]+?)\s*\]$")


# [00:01:09] 김도현: / 01:02:40 진행자 : : a recording's time code (hours, minutes and seconds) opening a
# transcript's line, then who speaks; what is said follows.
TRANSCRIPT_CUE = re.compile(
    rf"^[\[(]?\s*\d{{1,2}}:[0-5]\d:[0-5]\d(?:[.,]\d{{1,3}})?\s*[\])]?\s*(?:{_SPEAKER}\s*[:：]\s*)?(?=\S)"
)


def strip_speaker(line: str) -> str:
    """The speech of ``홍길동/시민 : 말``, ``[홍길동/시민 : 말]`` or ``[00:01:09] 김도현: 말``, without who
    says it (and when)."""
    if m := BRACKETED_SPEECH.match(line):
        return m["speech"]
    if (m := DESCRIBED_SPEECH.match(line)) and ends_sentence(m["speech"]):
        return m["speech"]  # only speech: [영상취재 : 김철수] is a credit, not a quote
    if m := SPEECH_PREFIX.match(line) or TRANSCRIPT_CUE.match(line):
        return line[m.end() :]
    return line


def strip_marker(line: str) -> str:
    """``line`` without a leading broadcast marker (``[앵커]``, ``<기자>``, ``◀ 리포트 ▶``...)."""
    while True:
        m = MARKER_PREFIX.match(line)
        if not m or m.end() == 0:
            return line
        line = line[m.end() :]


# Copyright notices end the story: "<ⓒ... 무단전재 배포금지>", "Copyright ... All rights reserved.",
# "저작권자(c) ...". A bare "ⓒ 게티이미지" under a photo is a credit, not the end.
_COPYRIGHT_SIGN = re.compile(r"ⓒ|©|\(c\)|copyright", _FLAGS)
_COPYRIGHT_WORDS = re.compile(
    r"all\s+rights\s+reserved|저작권자|무단|전재|재\s*배포|배포\s*금지|복제\s*금지|AI\s*(?:학습|데이터)",
    _FLAGS,
)
_RESERVED = re.compile(
    r"(?:무단\s*(?:전재|복제|배포)|재\s*배포|전재|AI\s*학습(?:\s*(?:및\s*)?(?:활용|이용))?|활용|이용)\s*(?:및\s*)?금지[.>\])\s]*$",
    _FLAGS,
)
# The page on its own rights, in the polite style news text does not use: 이 기사의 저작권은 한빛일보에
# 있습니다. / 본 기사는 저작권법의 보호를 받습니다. / ... 무단 복제 및 재배포를 금합니다.
_OWN_RIGHTS = re.compile(
    r"(?:(?:이|본|모든)\s*(?:기사|콘텐츠|뉴스|게시물)|저작권은).{0,80}"
    r"(?:금합니다|금지합니다|금지됩니다|보호를\s*받습니다|에\s*있습니다|책임을\s*질\s*수\s*있습니다)[.\s]*$"
)
_ALL_RIGHTS = re.compile(r"\W*all\s+rights\s+reserved\W*", _FLAGS)
# Wire services close a story with (끝) or <끝>.
END_MARK = re.compile(r"^[(<\[〈]\s*끝\s*[)>\]〉]$")


def is_copyright(line: str) -> bool:
    """A copyright notice: a sign and a reservation, or a line that ends by forbidding reuse."""
    if len(line) > 250:
        return False
    if len(line) <= 160 and _OWN_RIGHTS.search(line):
        return True
    if not _COPYRIGHT_WORDS.search(line):
        return False
    if _COPYRIGHT_SIGN.search(line) or (len(line) <= 100 and _RESERVED.search(line)) or _ALL_RIGHTS.fullmatch(line):
        return True
    return "저작권자" in line and not is_sentence(line)


_NOTICE_AT = re.compile(r"\s+(?=[<\[(【]?\s*(?:저작권자|ⓒ|©|\(c\)|copyright))", _FLAGS)


def split_notice(line: str) -> tuple[str, str] | None:
    """A line that runs on into the copyright notice (``...밝혔다. <저작권자 ⓒ 한빛일보, 무단전재...>``,
    ``홍길동 기자 hong@x.com ⓒ ...``): the text or byline before it, and the notice."""
    for m in _NOTICE_AT.finditer(line):
        head, notice = line[: m.start()], line[m.end() :]
        if not is_copyright(notice):
            continue
        if is_sentence(without_byline(head)) or BYLINE_LINE.match(head) or EMAIL_FIRST.match(head):
            return head, notice
    return None


@cache
def _public_notice() -> re.Pattern[str]:
    return re.compile(_alternation("public_notices.txt"))


def is_public_notice(line: str) -> bool:
    """A note for the readers' safety (``※ 자살예방 상담전화 ☎109``): ``public_notices.txt``."""
    return len(line) <= 300 and bool(_public_notice().search(line))


def is_photo_copyright(line: str) -> bool:
    """``ⓒ 게티이미지뱅크``: a copyright sign that credits a photo."""
    return (
        len(line) <= 40
        and bool(_COPYRIGHT_SIGN.search(line))
        and not _COPYRIGHT_WORDS.search(line)
        and not is_sentence(line)
    )


# What a second hand named in a byline did, before its = (정리=표해솔 기자, 사진=표하준 기자)
_SECOND_HAND = r"(?:글|사진|그림|그래픽|영상|정리|대담|진행|인터뷰)(?:\s*[·ㆍ]\s*(?:글|사진|그림|그래픽|영상|정리))?"
# 경주=황서율 기자 chestnut@asiae.co.kr / 홍길동 기자 (hong@x.com) / [아시아경제 황서율 기자] / hong@x.com
# 글·사진=홍길동 기자 hong@x.com / 홍길동 기자 ▶ hong@x.com / 기자 이메일: hong@x.com
BYLINE_LINE = re.compile(
    rf"^[\[(<【]?\s*/?\s*(?:(?P<place>[가-힣]{{1,10}}(?:\s*[·ㆍ,]\s*[가-힣]{{1,4}})?)\s*=\s*)?"
    # 글·사진 임소정 기자: who wrote the story and took its photos
    r"(?:(?:글|사진|그림)(?:\s*[·ㆍ/,]\s*(?:글|사진|그림|그래픽|영상))+\s+)?"
    rf"(?:[가-힣A-Za-z0-9]{{2,12}}\s+)??/?\s*"
    rf"(?P<name>{_NAMES})\s*{_SIGNER_ROLE}"
    # 대담=고은결 논설위원, 정리=표해솔 기자 / 글=설다온 기자 | 사진=표하준 기자: a second hand's part and name
    # after the first's; the first named is the byline's (who asked, who wrote)
    rf"(?:\s*[,/|]\s*(?:{_SECOND_HAND})\s*=\s*{_NAMES}\s*{_SIGNER_ROLE})?"
    rf"\s*[\])>】]?\s*[/|·,▶▷]?\s*[(<\[]?\s*(?:{_EMAIL})?\s*[)>\]]?"
    # 홍길동 기자 Hong Gil-dong / 홍길동 기자 (By Hong Gil-dong): a bilingual page gives the name in Latin letters too
    r"(?:\s*[(/]?\s*(?:By\s+)?[A-Z][a-z]+(?:[\s-][A-Za-z][a-z]+){1,2}\s*\)?)?$"
    rf"|^(?:기자\s*)?(?:이메일|e-?mail|메일)?\s*[:：]?\s*[(<\[]?\s*(?:{_EMAIL})\s*[)>\]]?$",
    _FLAGS,
)
# By Park Jiwoo / By Kim Min-seo, staff reporter: an English-language page's byline, the name in Latin
# letters (two or three words, each capitalized) after By.
ENGLISH_BYLINE = re.compile(
    r"^(?:By|BY|Written\s+by)\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2})(?:\s*[,|/]\s*[A-Za-z][A-Za-z .]{0,30})?$"
)
# 기상캐스터 김하늘 / 앵커 홍길동: the role first, as broadcasters' pages sign.
ROLE_FIRST = re.compile(rf"^[\[(<]?\s*{_ROLE}\s+(?P<name>{_NAMES})\s*[\])>]?$")
# 작성자 : 박영수 / 글쓴이 홍보팀 김미래 / 작성자 교통행정과 주무관 박영수: a board's author field (a
# public body's page names who wrote the release; its contacts, 담당자, are not its author); 기자 : 신예준,
# a print view's (with the colon: 기자 and a name alone is a role and a name); 작가 윤하람 / 필자 김도윤 /
# 글=이서준: a blog's or an opinion page's writer, over the post.
# 필자 소개 / 작성자 정보: the header of a box about the writer, not a writer's name.
_ABOUT_WRITER = r"(?:소개|약력|프로필|정보)"
AUTHOR_FIELD = re.compile(
    rf"^(?:(?:작성자|글쓴이|작가|필자|기자명)\s*[:：|]?|(?:기자|글)\s*[:：=])\s*(?:[가-힣A-Za-z0-9]{{1,12}}(?:팀|과|부|실|국|처|센터)\s+)?"
    rf"(?:(?:주무관|사무관|팀장|과장|대리|주임|차장|부장|실장|담당)\s+)?(?!{_ABOUT_WRITER}$)(?P<name>{_NAME})"
    rf"(?:\s*(?:{_ROLE}|주무관|사무관|팀장|과장|대리|주임|차장|부장|실장|담당))?"
    rf"(?:\s*[(<\[]?\s*{_EMAIL}\s*[)>\]]?)?$"  # 기자: 차윤슬 (yunseul@...): the field with the writer's mail
)
# 나보행 (60·부산 한빛구 바다로 12) / 김철수(45·회사원) / 이영희 (서울 마포구 망원동): a reader's letter signed
# with the writer's age and work or address after the name. Under the story it is its byline; between two
# paragraphs it is the story's line (who the next lines quote), as a writer's mark is.
LETTER_WRITER = re.compile(
    rf"^(?P<name>{_NAME})\s*\(\s*(?:\d{{1,3}}\s*세?\s*[·ㆍ,/]\s*[^()]{{1,40}}"
    r"|[^()]{0,30}[가-힣](?:시|군|구|동|읍|면|리|로|길)(?:\s*\d[\d-]*)?(?:\s*[·ㆍ,]\s*[가-힣]{1,10})?)\s*\)$"
)
# ― 한다솜·회사원(한빛시 동구) / ― 곽은비(45·주부) / ▲하예솔·회사원: a reader's letter signed under it after
# a dash or a triangle, the name with the writer's work, age or place. A page of letters signs each so; none of
# them is the page's writer.
LETTER_SIGNATURE = re.compile(
    rf"^(?:[―—–-]{{1,2}}|[▲△])\s*(?P<name>{_NAME})\s*(?:[·ㆍ,]\s*[가-힣]{{1,10}}\s*(?:\(\s*[^()]{{1,40}}\))?"
    r"|\(\s*[^()]{1,40}\))$"
)
# 작가 김보라 / 글 이수진 / 에디터 권나래 / 글·사진 박민호 / 글 이수진 사진 박민호: who wrote the piece, the
# word and the name alone on a line. Over or under the story it is its byline; between two paragraphs it is a line of
# the story (a subheading naming whom the next paragraphs quote), not the writer.
# (글·사진 김새론 여행작가: a writer's title from ``writer_titles.txt`` after the name, as a reporter's role)
_WRITER_MARK = (
    rf"^(?:작가|필자|에디터|글(?:\s*[·ㆍ/,]\s*(?:사진|그림))?|그림\s*[·ㆍ/,]\s*글)\s+(?!{_ABOUT_WRITER}$)(?P<name>{_NAME})"
    rf"(?:\s*(?:{_ROLE}|[가-힣]{{0,4}}(?:TITLES)))?"
    # 글 설다온 기자 | 사진 표하준 기자: the photographer after the writer, in the same line
    rf"(?:\s*[|/·,]?\s*(?:사진|그림)\s+{_NAME}(?:\s*{_ROLE})?)?$"
)


@cache
def _writer_mark() -> re.Pattern[str]:
    return re.compile(_WRITER_MARK.replace("TITLES", _writer_titles()))


def writer_mark(line: str) -> re.Match[str] | None:
    """``글 이수진`` / ``작가 김보라`` / ``글·사진 박민호 여행작가``: who wrote the piece, the word and the name
    alone on a line (see ``_WRITER_MARK``)."""
    return _writer_mark().match(line)


@cache
def _surnames() -> tuple[str, ...]:
    """Korean surnames, longest first: the normalizer's list (``newsread/normalize/data/surnames.tsv``)."""
    from newsread.normalize.data import table

    return tuple(sorted(table("surnames.tsv"), key=len, reverse=True))


def is_person_name(word: str) -> bool:
    """Whether ``word`` reads as a Korean person's name: a surname, then one or two syllables
    (``이수진``, ``남궁민``); not ``쓰기`` (a button's word)."""
    if word in _credit_words():
        return False  # 도움말 김철수 교수: what the expert did, then the expert
    return any(word.startswith(s) and 1 <= len(word) - len(s) <= 2 for s in _surnames())


@cache
def _credit_words() -> frozenset[str]:
    """Words said before a helper's name (``도움말``, ``감수``): ``credit_words.txt``."""
    return frozenset(_data_lines("credit_words.txt"))


def joined_names(name: str) -> str:
    """Reporters sharing a byline, as one author (``윤서하 임재현`` and ``윤서하, 임재현`` →
    ``윤서하·임재현``); ``name`` as it is where a part is no person's name."""
    parts = _NAME_GAP.split(name.strip())
    people = [p for p in parts if not is_outlet(p)]  # 한빛일보 · 정약사 기자: the outlet, then its reporter
    if len(people) == 1 and len(parts) > 1 and is_person_name(people[0]):
        return people[0]
    return "·".join(people) if len(people) > 1 and all(is_person_name(p) for p in people) else name


_NAME_GAP = re.compile(r"\s*[·,ㆍ]\s*|\s+")


# hong@x.com 홍길동 기자: the address first.
EMAIL = re.compile(_EMAIL)
EMAIL_FIRST = re.compile(rf"^[(<\[]?\s*(?:{_EMAIL})\s*[)>\]]?\s*[/|·,]?\s*(?P<name>{_NAMES})\s*{_ROLE}$")
# (서울=연합뉴스) 홍길동 기자 = / [서울=뉴시스]홍길동 기자 = / (워싱턴=연합뉴스) 김동현 특파원 =
# (서울·워싱턴=연합뉴스) 김지수 기자 강태현 특파원 = : two places, a reporter in each.
# (로스앤젤레스 AP=연합뉴스) / (도쿄 교도=연합뉴스): a foreign agency's story, its name after the place.
# (판문점=연합뉴스) 공동취재단 김가람 나보현 기자 = : the pool or desk the reporters file for, first.
WIRE_DATELINE = re.compile(
    rf"^[(\[【]\s*(?P<place>[가-힣A-Za-z]{{1,12}}(?:\s*[·,]\s*[가-힣A-Za-z]{{1,12}})*)"
    rf"(?:\s+(?P<source>[A-Z]{{2,8}}|[가-힣]{{2,6}}))?\s*=\s*"
    rf"(?P<agency>[가-힣A-Za-z0-9]{{2,12}})\s*[)\]】]\s*"
    rf"(?:(?:{_DATELINE_DESK})\s+(?={_PREFIX_NAMES}\s*{_ROLE}))?"
    rf"(?:(?P<name>{_PREFIX_NAMES})\s*{_ROLE}(?:\s*[·,]?\s*{_NAMES}\s*{_ROLE})*\s*)?(?:=\s*)?"
)
# 서울--(뉴스와이어) 2025년 06월 10일 -- : a press-release wire's dateline before the release.
NEWSWIRE_DATELINE = re.compile(
    r"^[가-힣A-Za-z]{1,12}\s*-{2}\s*\(\s*[가-힣A-Za-z0-9 ]{2,20}\s*\)\s*"
    r"(?P<date>(?:19|20)\d\d\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일|(?:19|20)\d\d[.\-/]\d{1,2}[.\-/]\d{1,2})?\s*-{2}\s*"
)
# [서울경제] / [헤럴드경제=홍길동 기자] / [아시아경제 황서율 기자]: the outlet's tag before the story.
_OUTLET = (
    r"[가-힣A-Za-z0-9]{0,10}"
    r"(?:일보|신문|경제|뉴스|방송|TV|미디어|타임스|저널|투데이|데일리|통신|닷컴|비즈|포스트)"
)
OUTLET_LINE = re.compile(rf"^[\[【]\s*(?:{_OUTLET})\s*[\]】]$")
OUTLET_TAG = re.compile(rf"^[\[【]\s*(?P<outlet>{_OUTLET})\s*(?:[=\s]\s*(?P<name>{_NAMES})\s*{_ROLE})?\s*[\]】]\s*")
# [OSEN=홍길동 기자] / [스포츠서울 | 홍길동 기자] / [MHN스포츠 홍길동 기자]: any outlet's tag, a reporter in it.
TAGGED_REPORTER = re.compile(
    rf"^[\[【]\s*[가-힣A-Za-z0-9]{{2,12}}\s*[=|｜]?\s*(?P<name>{_NAMES})\s*{_ROLE}\s*[\]】]\s*"
)
# 광양=남도한빛일보 기자 / 여수=한빛일보 민서진 기자: a regional paper's credit for one part of a roundup, the
# place where it was reported, the outlet and its reporter (a name or none).
PLACE_CREDIT = re.compile(rf"^(?P<place>[가-힣]{{1,10}})\s*=\s*{_OUTLET}(?:\s+(?P<name>{_NAMES}))?\s*{_ROLE}$")
# 홍길동 기자 = 본문...
REPORTER_PREFIX = re.compile(rf"^(?P<name>{_PREFIX_NAMES})\s*{_ROLE}\s*=\s*")
# [한빛경제] 최지원 기자 = 본문... / (한빛뉴스) 김철수 특파원 =: an outlet's tag, then the reporter's prefix,
# the dateline of a paste that has no place in its tag; [단독] 최지원 기자 = 본문...: a headline's tag
# before the prefix. A reporter named in a sentence (기자가 ...) has no "=".
_OUTLET_DATELINE = re.compile(
    rf"^[\[【(]\s*(?P<outlet>[^\s\[\]【】()=][^\[\]【】()=]{{0,19}}?)\s*[\])】]\s*"
    rf"(?P<sign>(?P<name>{_PREFIX_NAMES})\s*{_ROLE})\s*=\s*"
)


def outlet_dateline(text: str) -> re.Match[str] | None:
    """A tag and the reporter's prefix before the story (``[한빛경제] 최지원 기자 = ``, ``[단독] 최지원
    기자 = ``): the tag names the outlet (see :func:`dateline_byline`) or says what the story is."""
    return _OUTLET_DATELINE.match(text)


def dateline_byline(m: re.Match[str]) -> str:
    """The byline a dateline match gives: all of it (``[한빛경제] 최지원 기자``), less a tag that names no
    outlet (``[단독] 최지원 기자`` → ``최지원 기자``)."""
    if "outlet" in m.re.groupindex and "sign" in m.re.groupindex and not is_outlet(m["outlet"]):
        return m["sign"]
    return m.group().rstrip(" =")


# ...밝혔다. 홍길동 기자 hong@x.com / ...밝혔다. /홍길동 기자
BYLINE_SUFFIX = re.compile(
    rf"(?<=[.?!\"'”’])\s*(?:/\s*)?(?:(?:[가-힣]{{1,10}})\s*=\s*)?(?P<name>{_NAMES})\s*{_SIGNER_ROLE}\s*"
    rf"[(<\[]?\s*(?:{_EMAIL})?\s*[)>\]]?\s*$"
    rf"|(?<=[.?!\"'”’])\s*[(<\[]?\s*{_EMAIL}\s*[)>\]]?\s*$"
)


_TAIL = 120  # bylines, credits and e-mail addresses sit in a line's last characters


@cache
def _writer_titles() -> str:
    """The titles of ``writer_titles.txt`` as alternatives of a pattern, longest first."""
    return "|".join(re.escape(t) for t in sorted(_data_lines("writer_titles.txt"), key=len, reverse=True))


@cache
def _writer() -> str:
    """An outside writer's signature: 김민준 한빛대 교육학과 교수 (the titles are ``writer_titles.txt``)."""
    titles = _writer_titles()
    # (도움말=이서현 ...: a word before = or a colon is what the person did, not a name)
    name = rf"(?P<name>{_NAME})(?![가-힣]*\s*[=:：])"
    # (동해구·회사원: the place and the work joined by a middle dot, as a reader's letter signs; 교수·소아청소년과:
    # the title, then the field the writer works in)
    title = rf"(?:前\s*|전\s+)?(?:[가-힣]+[·ㆍ])?[가-힣]*(?:{titles})(?:\s*[·ㆍ]\s*[가-힣]{{2,10}})?"
    return rf"(?P<sig>{name}\s*(?:[|/·,]\s*)?(?:[^\s/|]+\s+){{0,5}}?){title}"


@cache
def _org_word() -> re.Pattern[str]:
    """A word that names an institution (한빛대, 교육학과, 한빛경제연구원), not a person."""
    suffixes = sorted([*_data_lines("org_suffixes.txt"), "대", "과", "학부", "법인"], key=len, reverse=True)
    return re.compile(rf"[가-힣A-Za-z0-9]+(?:{'|'.join(map(re.escape, suffixes))})")


@cache
def _release_label() -> re.Pattern[str]:
    """The kind of document an office sends at the end of a line: a press release's name for itself
    (press_release_names.txt) or a ministry's answer to a story (설명자료, 해명자료)."""
    kinds = rf"{_alternation('press_release_names.txt')}|(?:설|해)\s*명\s*자\s*료"
    return re.compile(rf"\s+(?:{kinds})$", _FLAGS)


def is_org_name(line: str) -> bool:
    """A line that only names an institution or its office (``한빛구청 복지정책과``, ``한빛대 입학처``),
    perhaps with the kind of document it sent (``한빛시 보도자료``, ``한빛도 교육청 보도참고자료``,
    ``국토부 해명자료``): who issued a page, never its headline. Structure passes such a line over only
    above the headline; between paragraphs it stays a subheading, and ``엉터리 보도자료`` or ``법원 허위
    보도자료``, whose words are no office's, may be a headline."""
    line = _release_label().sub("", line)
    words = line.split()
    org = _org_word()
    return 0 < len(words) <= 4 and all(org.fullmatch(w) or w.endswith(("팀", "담당관")) for w in words)


# 민원실, 정책과, 홍보팀, 입학처, 지원센터, 운영본부: an office's name by its ending (data/office_endings.txt),
# in a writer's field. A name that also reads as a surname and a given name (김은실, 박성과, 정대팀) is an
# office only where it is listed (data/office_words.txt: 민 원실, 정 책과, 홍 보팀).
_OFFICE_NAME = re.compile(rf"^[가-힣]{{1,10}}(?:{_alternation('office_endings.txt')})$")


@cache
def _office_words() -> frozenset[str]:
    return frozenset(_data_lines("office_words.txt"))


def is_office_name(name: str) -> bool:
    """Whether a writer's field's ``name`` names the office that posted the page (``민원실``, ``정책과``,
    ``홍보팀``; ``행정국`` where it reads as no person's name), not a person (``김은실``)."""
    if is_person_name(name):
        return name in _office_words()
    return bool(_OFFICE_NAME.match(name)) or is_org_name(name)


def signer(m: re.Match[str]) -> str | None:
    """The name a byline or a signature match gives.

    A signature names the writer first (``김민준 한빛대 교육학과 교수``) or after the institution
    (``한빛대 교육학과 김민준 교수``): the name is then the word before the title, where the first
    word names an institution and that word does not.
    """
    name = m["name"]
    if "sig" not in m.re.groupindex or not m["sig"]:
        return name
    words = m["sig"].replace("/", " ").replace("|", " ").split()
    first, last = words[0], words[-1]
    org = _org_word()
    if len(words) > 1 and org.fullmatch(first) and not org.fullmatch(last) and re.fullmatch(_NAME, last):
        return last
    # 마리아 로엔 한빛국제도시연구소 선임연구원: a name of two words (a foreign writer's, in Hangul) before the
    # institution, the second word neither an institution nor a title (홍길동 변호사 법무법인 한빛)
    if (
        len(words) > 2
        and first not in _credit_words()
        and re.fullmatch(_NAME, words[1])
        and org.fullmatch(words[2])
        and not org.fullmatch(words[1])
        and not re.fullmatch(rf"[가-힣]*(?:{_writer_titles()}|{_ROLE})", words[1])
    ):
        return f"{first} {words[1]}"
    return name


@cache
def _writer_line() -> re.Pattern[str]:
    # /김민준 한빛대 교수, ―김민준 한빛대 교수, 글=김민준 한빛대 교수, <김민준 한빛대 교수>, 상담 정하린
    # 정신건강의학과 전문의 (what the writer did, ``signer_roles.txt``, before the name)
    roles = _alternation("signer_roles.txt")
    return re.compile(
        rf"^(?P<mark>[/―—–]\s*|(?:{roles})\s*[=:：]?\s*(?=[가-힣]{{2,4}}\s)|[<\[(〈]\s*)?{_writer()}\s*[>\])〉]?$"
    )


@cache
def _writer_suffix() -> re.Pattern[str]:
    # ...모른다. /김민준 한빛대 교육학과 교수
    return re.compile(rf"(?<=[.?!\"'”’])\s*/\s*{_writer()}\s*$")


@cache
def _bio() -> re.Pattern[str]:
    return re.compile(_alternation("bio_words.txt"))


def is_bio(text: str) -> bool:
    """A writer's bio: ``서울대를 졸업하고 ... 박사 학위를 받았다.`` (the words are ``bio_words.txt``), or
    its header (:func:`is_bio_header`)."""
    return len(text) <= 300 and (bool(_bio().search(text)) or is_bio_header(text))


def is_bio_header(text: str) -> bool:
    """The header of a box about the writer (``필자 소개``, ``■ 글쓴이 약력``): ``bio_headers.txt``."""
    return bool(_fullmatch_any("bio_headers.txt").fullmatch(strip_heading_decor(text)))


# 책은 / 대회에서 / 정부의: a word with a particle, which a sentence has and a signature does not.
_PARTICLE_END = re.compile(r"[가-힣](?:은|는|을|를|에서|에게|께서|으로|의)$")

#: 김 원장은 / 한편 시는 / 올해 예산을 / 이에 따라, / 반갑다"며: a line that ends where its sentence goes on, a
#: subject's, topic's or object's particle, a comma or a quotation's joiner; never a subheading's end (조리 순서,
#: 현장에서, 야간 모드), which the wider ``ends_open`` may take (순서 as 서).
SENTENCE_GOES_ON = re.compile(r"(?:[가-힣](?:은|는|을|를|께서)|,|[가-힣][\"'”’](?:라며|라고|며|고|면서))$")


#: What a headline has and a signature has not: an ellipsis, quotes, a figure (배터리 연구 20년…한빛과학기술원
#: 오정민 교수 is a headline that ends with whom it is about).
_HEADLINE_MARKS = re.compile(r"[…\"'‘’“”0-9]|\.\.\.")


# 박경제 ● 한빛대 경제학과 교수 ● 전 한빛경제연구원장 ● 저서 『...』: a writer's bio on one line, its cells
# set apart by round dots or diamonds, the name first and the title next
_BIO_CELL_MARK = re.compile(r"\s*[●◆◇■]\s*")


def dotted_signature(line: str) -> str | None:
    """The signature (``박경제 한빛대 경제학과 교수``) that opens a writer's bio given on one line, cells set
    apart by round dots (``박경제 ● 한빛대 경제학과 교수 ● 전 한빛경제연구원장 ● 저서 『작은 가게의 경제학』``):
    its first two cells, where they sign as :func:`writer_signature` reads a signature; None otherwise."""
    cells = [c for c in _BIO_CELL_MARK.split(line) if c]
    if len(cells) < 3 or len(line) > 200 or is_sentence(line):
        return None
    signature = f"{cells[0]} {cells[1]}"
    return signature if is_person_name(cells[0]) and writer_signature(signature) else None


def writer_signature(line: str) -> re.Match[str] | None:
    """A column's signature on a line of its own (``/김민준 한빛대 교육학과 교수``); ``mark`` is its slash.

    Not a story's last sentence that ends with a person's title (``올해 가장 많이 팔린 책은 김영하
    작가``: words with particles between the first word and the title), nor a credit (``자료 제공 김철수
    교수``: the first word is no name, and no institution's name comes before the name)."""
    if len(line) > 60 or is_sentence(line) or _HEADLINE_MARKS.search(line) or not (m := _writer_line().match(line)):
        return None
    org = _org_word()
    # (the name may end as a particle would: 최다은)
    if any(_PARTICLE_END.search(w) and not org.fullmatch(w) for w in m["sig"].split()[1:]):
        return None
    who = signer(m)
    # (a name of two words is a foreign writer's, which no Korean surname opens)
    return m if who is None or is_person_name(who) or " " in who or not HANGUL.fullmatch(who[0]) else None


def byline_at_end(text: str) -> re.Match[str] | None:
    """A byline at the end of ``text`` (``... 밝혔다. 홍길동 기자 e-mail``, ``... /김민준 한빛대 교수``,
    a newsletter's ``... 여기까지입니다. 글 편지민 에디터``); its ``name`` group is the name, if it gives one."""
    offset = max(0, len(text) - _TAIL)
    return (
        BYLINE_SUFFIX.search(text, offset)
        or _writer_suffix().search(text, offset)
        or _writer_mark_suffix().search(text, offset)
    )


@cache
def _writer_mark_suffix() -> re.Pattern[str]:
    # ...여기까지입니다. 글 편지민 에디터: who wrote it, the writer's mark after the last sentence
    return re.compile(r"(?<=[.?!\"'”’])\s+" + _writer_mark().pattern.removeprefix("^"))


def byline_suffix(text: str) -> int | None:
    """Where a byline at the end of ``text`` starts, if any (see :func:`byline_at_end`)."""
    m = byline_at_end(text)
    return m.start() if m else None


def without_byline(text: str) -> str:
    start = byline_suffix(text)
    return text if start is None else text[:start]


# YTN 홍길동입니다. / MBC뉴스 홍길동 기자입니다. / 지금까지 한빛뉴스 홍길동였습니다. (the reporter's sign-off)
SIGN_OFF = re.compile(
    r"^(?:지금까지\s+)?(?:[가-힣A-Za-z0-9\s]{1,20}에서\s+)?"
    r"(?:[A-Z]{2,6}|채널A|TV조선|[가-힣A-Za-z0-9]{1,10}(?:뉴스|TV|방송))(?:\s*뉴스)?"
    rf"\s+(?P<name>{_NAME})\s*(?:기자|특파원)?(?:입니다|였습니다|이었습니다)\.?\s*(?:[(<\[]?\s*{_EMAIL}\s*[)>\]]?)?$"
    # 기상캐스터 정맑음이었습니다: a role before the name, no outlet
    rf"|^(?:지금까지\s+)?(?:날씨\s+)?{_ROLE}\s+(?P<role_name>{_NAME})(?:입니다|였습니다|이었습니다)\.?$"
)
# 한승우(seungwoo): a citizen reporter signing with the site's user name, under the headline.
# 글: 한승우(seungwoo): the same, marked as the writer's (who then is no speaker, wherever the line stands).
ID_BYLINE = re.compile(rf"^(?:(?P<mark>글)\s*[:：=]\s*)?(?P<name>{_NAME})\s*\(\s*[A-Za-z][A-Za-z0-9_.]{{2,20}}\s*\)$")
# 박서연 드림 / 김민준 올림: a letter's (a newsletter's) signature.
LETTER_SIGN = re.compile(rf"^(?P<name>{_NAME})\s*(?:기자\s*)?(?:드림|올림)\.?$")
# 관리사무소장 드림 / 한빛초등학교장 올림: who sends a notice or a letter, signing it with an office (행운을 드림, an
# object before it, is a phrase)
OFFICE_SIGN = re.compile(r"^[^.?!]{1,24}[가-힣](?<![을를])\s+(?:드림|올림)\.?$")
# 김철수 기자가 보도합니다. / 김철수 기자입니다. — the anchor hands over to the reporter. Read in one
# synthetic voice, it names a reporter the listener never hears; like a byline it is not read.
HANDOFF = re.compile(
    rf"^(?P<name>{_NAME})\s*(?:기자|특파원)"
    r"(?:입니다|의\s*(?:보도|리포트)입니다"
    r"|[가이]\s+(?:[가-힣]+\s+){0,2}(?:보도|취재|전해\s*드|전|연결|정리|분석|설명|소개|짚어\s*봤|알아\s*봤|전해\s*드리"
    r"|다녀\s*왔|가\s*봤|만나\s*봤|살펴\s*봤|둘러\s*봤|들어\s*봤)"
    r"(?:합니다|했습니다|습니다|겠습니다|드립니다|립니다))\.?$"
)
_LAST_SENTENCE = re.compile(r"(?<=[.?!])\s+(?=[^.?!]+[.?!]?$)")


def handoff_at_end(text: str) -> tuple[int, str] | None:
    """The anchor's handoff closing a paragraph of the anchor's lead (``... 설치했습니다. 박준서 기자가
    전해드립니다.``): where it starts in ``text``, and the reporter's name."""
    if (m := _LAST_SENTENCE.search(text)) is None or (h := HANDOFF.match(text[m.end() :])) is None:
        return None
    return m.start(), h["name"]


def sign_off_at_end(text: str) -> str | None:
    """The reporter named by a sign-off that closes a paragraph of the report (``... 열 계획입니다.
    지금까지 한빛방송 뉴스 도하람입니다.``): said on air at the end of the reporter's own turn, it is read
    with the turn, and names the story's author. A sign-off on a line of its own is the byline."""
    if (m := _LAST_SENTENCE.search(text)) is None or (s := SIGN_OFF.match(text[m.end() :])) is None:
        return None
    return s["name"] or s["role_name"]


# 기자: / 앵커: / [기자] / 진행자: with the words on the same line: a script's or an interview's label for
# the one who reports or asks; what follows is said (a report, a question), never a subheading or a
# speaker's name (인터뷰: 최민규 / 도로과장 names who speaks next).
TURN_LABEL = re.compile(
    r"^(?:[\[<【(]\s*(?:앵커|기자|진행자|사회자|아나운서)\s*[\]>】)]\s*[:：]?|(?:앵커|기자|진행자|사회자|아나운서)\s*[:：])\s*(?=\S)"
)


# 최서연 기자 / 이민호 기자 기자 구독 / 한국경제: a page's author field; the name before a role.
AUTHOR = re.compile(rf"^(?P<name>{_NAME})(?:\s*{_ROLE}|\s*$)")
# 연합뉴스 / MBC 뉴스 / YTN News / 조선닷컴: an outlet's name with what its sites add to it.
_OUTLET_ADDED = re.compile(r"(?:뉴스|news|닷컴|\.com|온라인|디지털)$", _FLAGS)
# 온라인뉴스팀 / 디지털뉴스부 / 편집국: a desk of the paper, not a person either.
_DESK = re.compile(
    r"^[가-힣A-Za-z0-9]{0,12}(?:뉴스팀|뉴스부|편집국|편집부|취재팀|취재부|보도국|온라인팀|디지털팀|이슈팀)$"
)


def _name_key(name: str) -> str:
    return "".join(name.split()).casefold()


@cache
def outlet_names() -> frozenset[str]:
    """The names of ``outlets.txt``, as written."""
    return frozenset(_data_lines("outlets.txt"))


@cache
def _outlet_keys() -> frozenset[str]:
    return frozenset(_name_key(n) for n in outlet_names())


# 뉴스데스크 / 뉴스9 / 8뉴스 / 아침뉴스: a programme's name after its station's (KBS 뉴스9, 한빛방송 뉴스데스크)
_PROGRAMME = re.compile(r"[가-힣A-Za-z0-9]{0,6}(?:뉴스|news)[가-힣A-Za-z0-9]{0,6}", _FLAGS)


def is_outlet(name: str) -> bool:
    """A news outlet or one of its desks (``연합뉴스``, ``YTN``, ``MBC 뉴스``, ``온라인뉴스팀``), or a station with
    its news programme (``한빛방송 뉴스데스크``), not a reporter."""
    key = _name_key(name)
    if key in _outlet_keys() or _OUTLET_ADDED.sub("", key) in _outlet_keys() or _DESK.match(key):
        return True
    words = name.split()
    if len(words) == 2 and _PROGRAMME.fullmatch(words[1]) and is_outlet(words[0]):
        return True
    return len(key) >= 4 and bool(re.fullmatch(_OUTLET, key, _FLAGS))


# What a source's bracket may add after its name: the kind of the picture it gave (자료사진, DB, 제공)
_SOURCE_KIND = re.compile(r"\s*(?:자료\s*사진|사진|DB|제공|캡처|캡쳐|화면\s*갈무리)$", _FLAGS)


@cache
def _credit_name_keys() -> frozenset[str]:
    return frozenset(_name_key(n) for n in _data_lines("photo_credits.txt"))


def names_a_source(inner: str) -> bool:
    """Whether the words in a bracket written after a sentence (``inner``, without the brackets) name
    where the story or its photo came from: an outlet or an agency of outlets.txt or photo_credits.txt
    (``연합뉴스``, ``교도``), after a place or an agency and ``=`` perhaps (``AP=연합뉴스``, ``도쿄=교도``),
    the kind of the picture after it perhaps (``한빛일보 자료사진``, ``연합뉴스 DB``). Not a story's tag
    (``속보``, ``단독``)."""
    name = _SOURCE_KIND.sub("", inner.strip()).rsplit("=", 1)[-1].strip()
    return bool(name) and (is_outlet(name) or _name_key(name) in _credit_name_keys())


def same_name(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one name, spaces and case aside (``YTN 뉴스`` / ``ytn뉴스``)."""
    return _name_key(a) == _name_key(b)


# Dates: 입력 2025.10.31 15:02 / 기사입력 2025-10-31 / 2025/10/31 15:02 송고 / 2025년 10월 31일
_DATE = r"(?P<y>20\d\d|19\d\d)\s*[.\-/년]\s*(?P<m>\d{1,2})\s*[.\-/월]\s*(?P<d>\d{1,2})\s*(?:일|\.)?"
DATE = re.compile(_DATE)
# 수정 / 최종 업데이트 / Updated: the words of an update's stamp, a subset of the date's words
_UPDATE_WORDS = (
    r"수정일|수정(?:\s*(?:시간|일시))?|업데이트|최종\s*(?:수정|업데이트)"
    r"|(?i:last\s+updated|updated|modified)(?:\s+on)?"
)
_DATE_WORDS = (
    # (입력시간 : 2026/02/14 [09:30], 등록 일시: an old CMS's words, 시간 or 일시 after the verb)
    rf"(?:기사\s*)?(?:{_UPDATE_WORDS}|(?:입력|등록|승인|발행|게재|송고|작성)(?:\s*(?:시간|일시))?"
    r"|게시|출고|발행일|입력일|등록일|작성일|게시일|배포(?:\s*일시|\s*일자|일)?|보도\s*(?:일시|시점)|엠바고"
    # 보낸 날짜: 2026년 12월 5일 (토) / 발송일: a mailing's day, over its letter
    r"|보낸\s*(?:날짜|일시|시간)|발송\s*(?:일|일시|일자)"
    # Posted : 2026-03-16 17:45: an English-language page's words before a date in figures
    r"|(?i:posted|published|first\s+published)(?:\s+on)?)"
)
# 보낸 날짜: / 발송일: a mailing's words for its day, which date the page only over its letter, in the head
# lines before its first paragraph; in a story's box (발송일: 2026년 3월 12일 over 납부 기한: ...) they are a
# notice's field, read with it
MAILING_DATE_WORD = re.compile(r"^\s*(?:보낸\s*(?:날짜|일시|시간)|발송\s*(?:일|일시|일자))\s*[:：]?")
# 수정 2026.12.01 15:40 / 기사수정 … / 2026.12.01 15:40 수정 / Updated Mar 3, 2026, 6:45 PM: the time of an
# update, not of the story's publication, its word before the date or after it
_LEAD_UPDATE = re.compile(rf"^\W*(?:기사\s*)?(?:{_UPDATE_WORDS})")
UPDATE_WORD = re.compile(rf"^\W*(?:기사\s*)?(?:{_UPDATE_WORDS})|^.*\d\W*(?:{_UPDATE_WORDS})\W*$")
# 입력 / 기사입력 / 최종 수정: a date's word alone, with no date after it
DATE_WORD = re.compile(rf"^{_DATE_WORDS}\s*[:：]?$")
# [A3면] 2026년 2월 9일 월요일, 지면 A12면 2026.05.12: a newspaper's page before its date.
_PAGE_LABEL = r"[\[(]?\s*(?:지면\s*)?[A-Z]?\d{1,2}\s*면\s*[\])]?"
# 제1287호 | 2026년 3월 23일, 통권 제512호 2026.05.04: a weekly's or a campus paper's issue number before its date.
_ISSUE_LABEL = r"(?:통권\s*)?제\s*\d{1,6}\s*호"
ISSUE_DATE = re.compile(rf"^{_ISSUE_LABEL}")
# 2026년 1월 1일부터 달라지는 것들: a date with a particle on it is what a headline speaks of, not its stamp.
_DATE_SPOKEN_OF = r"(?!\d|일?(?:부터|까지|에|엔|의|은|는|이|가|을|를|로|으로)(?:\s|$))"
# 한빛일보 2026년 4월 2일 목요일 15면: a clipping's masthead line, the paper's name before its date
_MASTHEAD = r"[가-힣A-Za-z]{1,8}(?:신문|일보|뉴스|저널)\s*[|/·,]?\s*"
DATE_LINE = re.compile(
    rf"^(?:{_MASTHEAD})?(?:(?:{_PAGE_LABEL}|{_ISSUE_LABEL})\s*[|/·,]?\s*)?(?:{_DATE_WORDS}\s*[:：]?\s*)?{_DATE}{_DATE_SPOKEN_OF}(?:\s*(?:오전|오후|AM|PM)?\s*\d{{1,2}}\s*:\s*\d{{2}}(?:\s*:\s*\d{{2}})?)?"
    rf"(?:\s*{_DATE_WORDS})?(?:\s*[|/·,]?\s*.{{0,40}})?$",
    _FLAGS,
)


# 25.02.14 17:32 / 최종 업데이트 25.02.14 17:40: a two-digit year, as some sites stamp a story, with
# the time after it (without one, 25.02.14 could be any three numbers).
# (26-10-08 14:20: a board's CMS writes the year's two digits with dashes)
_SHORT_DATE = (
    r"(?P<sy>\d{2})(?P<ss>[.\-])(?P<sm>\d{1,2})(?P=ss)(?P<sd>\d{1,2})\.?"
    r"\s+(?:(?:오전|오후)\s*)?\d{1,2}:\d{2}(?::\d{2})?"
)
SHORT_DATE_LINE = re.compile(rf"^(?:{_DATE_WORDS}\s*[:：]?\s*)?{_SHORT_DATE}(?:\s*{_DATE_WORDS})?$")


_CHRONOLOGY_DATE = re.compile(rf"^[-·•▲]?\s*{_DATE}\s*")
_CLOCK = re.compile(r"\d{1,2}:\d{2}|오전|오후")


#: The words a page stamps its own story with, after which a stamp's lead (최초, (화)) may stand.
_OWN_STAMP = re.compile(rf"(?:기사\s*)?(?:{_UPDATE_WORDS}|입력|등록|작성|송고)")


@cache
def _stamp_lead() -> re.Pattern[str]:
    """What a date stamp may say between its date and its word: the weekday in brackets, then which stamp
    it is (``(화)``, ``최초``, ``(수) 마지막``: stamp_adverbs.txt)."""
    return re.compile(
        rf"\s*(?:[(\[]\s*[월화수목금토일](?:요일)?\s*[)\]])?\s*(?:(?:{_alternation('stamp_adverbs.txt')})\s*)?"
    )


def chronology_item(line: str, *, words: int = 2) -> bool:
    """A chronology's item: a date, then what happened that day in words (``2025.9.20 한빛대교 상판 붕괴,
    5명 사망``); not a page's date stamp with its time, its date words or the outlet after it
    (``2026.05.12 14:20 | 한빛일보``, ``2026.05.12 입력``). ``words``: the fewest words of the event (one
    beside the chronology's other items, ``2020.12.01 착공``)."""
    if not (m := _CHRONOLOGY_DATE.match(line)):
        return False
    rest = line[m.end() :]
    if _CLOCK.search(rest) or "|" in rest or is_outlet(rest.strip()):
        return False
    # (2026.05.12 입력: the stamp's word; 2024.06.10 국토교통부 승인: what happened, a word of stamps its last;
    # 2026.12.02(화) 입력, 2026.12.03 최종 수정: a stamp's weekday and which stamp it is, no event)
    # (2026.06.10 최종 승인, 2026.03.02 처음 배포: an event of a chronology, the lead allowed only
    # before the words a page stamps its own story with)
    if (said := re.search(_DATE_WORDS, rest)) and (
        not HANGUL_WORD.search(rest[: said.start()])
        or (_stamp_lead().fullmatch(rest[: said.start()]) and _OWN_STAMP.match(said.group()))
    ):
        return False
    return len(HANGUL_WORD.findall(rest)) >= words


# 11월 3일 첫 피해 신고 접수 / 2026년 1월 경찰 수사 착수: a timeline's entry that gives its day in words
# (a month and a day, or a year and a month), then what happened in a few words, no sentence
# (2009년 11월 1단계 구간 착공: a number after the month that counts no day opens the event; 3월 2.5%: no entry)
# 10.11(토) 거리 공연: the month and day in figures, the weekday after them (which no figure of 3.5 has)
_TIMELINE_ENTRY = re.compile(
    r"^[-·•▲]?\s*(?:(?:(?:19|20)\d\d년\s*)?\d{1,2}월(?:\s*\d{1,2}일|(?!\s*\d+(?:일|(?![가-힣]))))"
    r"|(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])\.?\s*\([월화수목금토일]\))\s+(?=\S)"
)


def timeline_entry(line: str, *, words: int = 2) -> bool:
    """A timeline's entry that opens with a day in words, with no year or its year before a month
    (``11월 3일 첫 피해 신고 접수``, ``2026년 1월 경찰 수사 착수``); not a sentence that opens with its day
    (``3월 5일 경찰은 ... 밝혔다.``) nor a day with its particle (``3월 5일부터 ...``)."""
    if not (m := _TIMELINE_ENTRY.match(line)):
        return False
    rest = line[m.end() :]
    if _CLOCK.search(rest) or ends_sentence(rest) or len(rest) > 40:
        return False
    if INNER_SENTENCE_END.search(rest) or _ENTRY_GOES_ON.search(rest) or _CLAUSE_GOES_ON.search(rest):
        return False  # a hard-wrapped paragraph's line that a month opens (5월 3일 ... 마련하기로, 통장을 넘긴 뒤)
    if _MONTH_PART.match(rest):
        return False  # (12월 말까지 ..., 6월 초부터 ...: a part of the month, the sentence's time)
    return len(HANGUL_WORD.findall(rest)) >= words


def timeline_entry_goes_on(line: str) -> bool:
    """A timeline's entry that ends in a comma, its event going on in the line under it
    (``2013년 6월 상인회, 공사 중지 가처분 신청,`` over ``법원이 기각``): the entry, were the comma not there."""
    return line.endswith(",") and timeline_entry(line[:-1])


# 마련하기로 / 봄꽃 축제는 / 올해는: where a line that opens with a day ends with its sentence going on,
# a wrapped paragraph's line, never a timeline's entry (착수, 개최, 착공식 열려)
_ENTRY_GOES_ON = re.compile(r"(?:[가-힣](?:은|는|을|를)|며|면서|지만|는데|도록|기로|,)$")
# 통장을 넘긴 뒤 / 시설을 점검한 후 / 예산을 늘리는 쪽으로: a clause, its object or topic marked, ending where its
# sentence goes on; an entry's event may end so in a noun and no particle (조정 회의 결렬 후, 파업 예고 뒤)
_CLAUSE_GOES_ON = re.compile(r"[가-힣](?:을|를|은|는|에서|에게)\s.*(?:뒤|후|으로)$")
# 말까지 / 초부터 / 중순에: a part of the month and its particle after 12월, the sentence's time, no entry's day
_MONTH_PART = re.compile(r"(?:말|초|초순|중순|하순|상순|중)?(?:까지|부터|에는|에|께|쯤|엔|경)(?:\s|$)")


# ― 윤새벽, '첫눈' 전문 / - 김시인 「봄날」 부분: where the poem quoted above comes from, as a column on
# poetry gives it under the poem.
POEM_SOURCE = re.compile(
    r"^[-―—–]\s*[가-힣]{2,4}\s*,?\s*(?:[「『'‘\"“<《〈][^「」『』'‘’\"“”<>《》〈〉]{1,30}[」』'’\"”>》〉])\s*"
    r"(?:전문|부분|일부|중에서|에서)$"
)


# Published Mar 3, 2026 / Updated March 3, 2026, 6:45 PM KST / 3 March 2026: an English-language
# site's Korean edition dates its stories in English, the month a word.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_ENGLISH_DATE = (
    rf"(?:(?P<em>{_MONTH})\s+(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?,?|(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm>{_MONTH}),?)"
    r"\s+(?P<ey>20\d\d|19\d\d)\b"
)
ENGLISH_DATE = re.compile(_ENGLISH_DATE, _FLAGS)
ENGLISH_DATE_LINE = re.compile(
    rf"^(?:(?:published|updated|posted|last\s+updated|first\s+published)\s*(?:on|:)?\s*)?{_ENGLISH_DATE}"
    r"(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*(?:kst|gmt|utc|e[sd]?t))?)?"
    r"(?:\s*[|/·,]\s*.{0,60})?$",
    _FLAGS,
)


# The time of day after a page's date (2026.12.01 15:05, 2026-12-01 오후 3:05, 2026년 12월 1일 15시 05분,
# 2026.05.01(수) 09:30, 2026.05.01 [09:30]): kept with the date, so two stories of one day keep their order.
_TIME_AFTER = re.compile(
    # (March 5, 2026, at 3:05 p.m. KST: an English page's time, its half of the day after it)
    r"[.,]?\s*(?:at\s+)?(?:\([월화수목금토일]\)|[월화수목금토일]요일)?\s*[\[(]?\s*(?:(?P<half>오전|오후|AM|PM)\s*)?"
    r"(?P<h>[0-2]?\d)\s*(?::|시)\s*(?P<mi>[0-5]\d)(?!\d)(?:\s*분)?(?:\s*:\s*(?P<s>[0-5]\d))?"
    r"(?:\s*(?P<after>[ap])\.?m\.?)?\s*[\])]?\s*(?P<zone>UTC|GMT)?",
    _FLAGS,
)
#: Korean news carries Korean time: a page's time with no zone is KST
_KST = "+09:00"


def _with_time(day: str | None, rest: str) -> str | None:
    """``day`` (``2026-12-01``) with the time of day ``rest`` opens with, as an ISO datetime
    (``2026-12-01T15:05:00+09:00``); ``day`` as it is where no time follows it."""
    m = _TIME_AFTER.match(rest)
    if day is None or m is None:
        return day
    hour = int(m["h"])
    half = (m["half"] or (m["after"] or "") + "m").upper()
    if half in ("오후", "PM") and hour < 12:
        hour += 12
    elif half in ("오전", "AM") and hour == 12:
        hour = 0
    if hour > 23:
        return day
    return f"{day}T{hour:02d}:{m['mi']}:{m['s'] or '00'}{'+00:00' if m['zone'] else _KST}"


def iso_datetime(value: str) -> str | None:
    """An ISO 8601 date and time (``2026-12-01T15:05:00+09:00``, ``2026-12-01 15:05``) as an ISO
    datetime to the second, in its own zone, Korean time where it names none; None where ``value``
    gives no time of day."""
    value = value.strip()
    if value[10:11] not in ("T", " ") or len(value) < 16:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        return when.isoformat(timespec="seconds") + _KST
    return when.isoformat(timespec="seconds")


def date_of(line: str) -> str | None:
    """The date a line states (``2026-12-01``), with its time of day where one follows it
    (``2026-12-01T15:05:00+09:00``). A line that opens with an update's stamp and goes on to the first
    stamp (``최종수정 2026-10-21 16:05 | 최초입력 2026-10-21 14:32``) states the day the story went out."""
    if _LEAD_UPDATE.match(line):
        for later in _STAMP_START.finditer(line, 1):
            rest = line[later.end() :]
            if not _LEAD_UPDATE.match(rest) and (first := date_of(rest)):
                return first
    m = DATE.search(line)
    if not m:
        if short := SHORT_DATE_LINE.match(line):
            day = _valid_date(2000 + int(short["sy"]), int(short["sm"]), int(short["sd"]))
            return _with_time(day, line[short.end("sd") :])
        if english := ENGLISH_DATE.search(line):
            month = (english["em"] or english["dm"])[:3].casefold()
            day = _valid_date(int(english["ey"]), _MONTHS.index(month) + 1, int(english["ed"] or english["dd"]))
            return _with_time(day, line[english.end() :])
        return None
    return _with_time(_valid_date(int(m["y"]), int(m["m"]), int(m["d"])), line[m.end() :])


def _valid_date(y: int, mo: int, d: int) -> str | None:
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def is_update_note(line: str) -> bool:
    """Whether ``line`` is an update's note in brackets, its time and its word (``<14:50 추가>``)."""
    return bool(_update_note().match(line.strip()))


def is_date_line(line: str) -> bool:
    if len(line) > 80 or is_sentence(line):
        return False
    return bool(DATE_LINE.match(line) or SHORT_DATE_LINE.match(line) or ENGLISH_DATE_LINE.match(line))


MAX_STAMPED_LINE = 160
# 요금 동결 배경 입력 2026.03.02 14:20 | 수정 ...: where a page's stamp of when it went out could start on a
# line (its word before a date in figures); a scraper may glue it to the subheading over it with no space
_STAMP_START = re.compile(rf"(?:\s*[|/·]\s*|\s*)(?={_DATE_WORDS}\s*[:：]?\s*(?:\d{{2}}|\d{{4}})[.\-/])", _FLAGS)


# 14:20 in a stamp: a page's stamp gives the time it went out, a timeline's entry the day alone
_STAMP_TIME = re.compile(r"\d{1,2}:\d{2}")


def split_page_stamp(line: str, early: bool = False, in_run: bool = False) -> tuple[str, str] | None:
    """A short line that is no sentence and runs on into the page's stamp (``요금 동결 배경 입력 2026.03.02
    14:20 | 수정 2026.03.02 15:01``, ``■ 시민 반응 | 등록 2026-03-02``): the line's own words and the
    stamp, which is the page's date and no part of a subheading's title; None for any other line.

    What follows the words must show itself a page's stamp: a time (``14:20``), a bar before it, a second
    stamp word (``입력 ... 수정 ...``), the word run on as ``기사입력``, or a board's writer's field before it
    (``작성자 행정실 작성일 2026-12-04``); or the line stands ``early``, just under the headline or the
    byline. A timeline's entry (``국토교통부 승인 2024.06.10``, ``실시설계 수정 2025.08.20`` under
    ``■ 추진 경과``) names an event and its day, and is read whole; so is each line of a run of lines ending
    in a day and a time with no stamp word (``in_run``: ``원서 접수 2026.03.05 09:00`` over ``필기시험
    2026.04.12 10:00``), a schedule's box."""
    if len(line) > MAX_STAMPED_LINE or not HANGUL.search(line) or is_date_line(line):
        return None  # (최종수정 2025.09.02 10:15, 기사입력 ...: the stamp alone, its word in one piece)
    for m in _STAMP_START.finditer(line):
        head, stamp = line[: m.start()].rstrip(), line[m.end() :]
        if not is_date_line(stamp):
            continue
        # (the stamp's first word where it starts: 표주식 기자 기사입력 ... is cut before 기사, not inside it)
        ok = HANGUL.search(head) and not DATE_WORD.match(head) and not is_sentence(head)
        stamped = (
            early
            or _STAMP_TIME.search(stamp)
            or "|" in m[0]
            or stamp.startswith("기사")
            or _STAMP_START.search(stamp, 1) is not None
            or AUTHOR_FIELD.match(head)  # 작성자 행정실 작성일 2026-12-04: a board's writer, then its day
        )
        # 엄하윤 기자입력 ...: the byline's line, read as bylines are
        return (head, stamp) if ok and stamped and not BYLINE_LINE.match(head) else None
    if not in_run and (bare := _BARE_STAMP.search(line)) and is_date_line(stamp := line[bare.end() :]):
        # 요금은 그대로 2026.03.05 10:30: a deck's line run on into the stamp with no word before it, anywhere
        # on the page; the time shows it a page's stamp, not a timeline's day (착공 2026.12.07), and a
        # field's label before it (일시 2026.03.05 14:00) is a notice's; cells split by bars (한빛일보 | 사회 |
        # 2026-09-15 16:40) are the page's meta cells, read as such
        head = line[: bare.start()].rstrip()
        if HANGUL.search(head) and not is_sentence(head) and not _DAY_FIELD.search(head) and "|" not in head:
            return None if DATE_WORD.match(head) or BYLINE_LINE.match(head) else (head, stamp)
    return None


# 2026.03.05 10:30 / 26.03.05 오전 10:30 at a line's end, no stamp word before it (split_page_stamp)
_BARE_STAMP = re.compile(
    r"\s+(?=(?:19|20)?\d{2}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?\s+(?:(?:오전|오후)\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*$)"
)


def ends_in_bare_stamp(line: str) -> bool:
    """Whether ``line`` ends in a day and a time with no stamp word before them (``1차 설명회 2026.03.05
    14:00``): one of a run of such lines is a schedule's entry (``split_page_stamp``'s ``in_run``). Not the
    page's stamp itself (``최종수정 2025-03-17 13:05`` under ``기사전송 2025-03-17 11:40``), which makes no
    schedule of the line next to it."""
    return len(line) <= MAX_STAMPED_LINE and bool(_BARE_STAMP.search(line)) and not is_date_line(line)


# 일시 / 접수 기간 / 마감: a field's label, the date and time after it its value
_DAY_FIELD = re.compile(r"(?:일시|일자|시간|시각|날짜|기간|기한|마감|까지|부터|[:：])$")


# A live page's time stamps: 14:30 / 오후 1시 20분 / 09:05 KST on a line of their own, or 13:45 before an
# entry. A live page is a run of updates, often the newest first: each entry is said with its time, or the
# listener hears the events out of order and never when each came (entry_stamp).
# (10.28 10:05 기준: a quote box's stamp, the day before the time; 14:30 현재 / 업데이트: the page's)
_DAY_TIME = r"(?:(?:오전|오후|낮|밤|새벽|AM|PM)\s*)?\d{1,2}\s*(?::\s*\d{2}|시(?:\s*\d{1,2}\s*분)?)"
TIME_LINE = re.compile(
    rf"^(?P<day>\d{{1,2}}[./]\d{{1,2}}\.?\s+)?(?P<time>{_DAY_TIME})(?:\s*(?P<word>현재|기준|KST|업데이트))?$",
    _FLAGS,
)
_STAMP_CLOCK = re.compile(_DAY_TIME, _FLAGS)
# ...but not a time the sentence says (9:30 현재 코스피는..., 14:00 이후, 15:30 경에): a one-syllable word
# after the time (께, 쯤, 경) only standing alone or with its particle, so that 15:30 경찰은 ... and 09:10
# 경기도는 ... open entries as 14:05 서울 중구의 ... does.
# [13:20] 서울시는...: in brackets, a time before an entry is always its stamp; so is an update's note glued
# before its paragraph ([23:40 갱신] 사전투표함 개표가 ...: data/update_notes.txt), its word not said.
ENTRY_TIME = re.compile(
    # (▶10:25 남자부 우승은 ...: a mark before the time, as a live page sets its entries apart)
    r"^(?P<mark>[▶►▷■□◆◇●○▲△]\s*)?(?:[0-2]?\d:[0-5]\d)\s+"
    r"(?!현재|기준|부터|까지|이후|이전|전후|(?:께|쯤|경)(?:에|부터|까지|엔|에는)?(?![가-힣]))(?=\S)"
    r"|^[\[【(<〈]\s*(?:\d{1,2}\s*보\s*)?(?:(?:오전|오후|AM|PM)\s*)?[0-2]?\d:[0-5]\d\s*(?:KST|"
    + _alternation("update_notes.txt")
    + r")?\s*[\]】)>〉]\s*(?=\S)",
    _FLAGS,
)


def entry_stamp(stamp: str) -> str:
    """The time of day a live entry's stamp gives (``▶10:25`` / ``[13:20]`` / ``■ 오전 9시 40분`` / ``09:05
    KST``), without its marks, brackets or zone: said first in its entry's paragraph, a comma after it,
    as a time of day and a pause (``13:20, 서울시는 ...``)."""
    m = _STAMP_CLOCK.search(stamp)
    return " ".join(m.group().split()) if m else ""


@cache
def _update_note() -> re.Pattern[str]:
    return re.compile(
        rf"^[<\[【〈(（]\s*(?:(?P<no>\d{{1,2}}\s*보)\s*)?(?P<time>{_DAY_TIME})\s*"
        rf"(?(no)(?:{_alternation('update_notes.txt')})?|(?:{_alternation('update_notes.txt')}))\s*[>\]】〉)）]$",
        _FLAGS,
    )


def lone_entry_stamp(line: str) -> str:
    """The time of a live entry's stamp standing alone on its line (``14:30``, ``■ 오전 9시 40분``, ``09:05
    KST``), or of an update's note in brackets (``<14:50 추가>``, ``[15:10 업데이트]``, ``(16:00 수정)``:
    data/update_notes.txt), whose word is not said; none for a time the page's furniture gives (``10.28
    10:05 기준``, ``14:30 현재``, ``14:30 업데이트`` bare under the byline: the page's)."""
    if n := _update_note().match(line.strip()):
        return entry_stamp(n["time"])
    m = TIME_LINE.match(strip_heading_decor(line))
    if m is None or m["day"] or (m["word"] and m["word"].upper() != "KST"):
        return ""
    return entry_stamp(m["time"])


@cache
def _night() -> re.Pattern[str]:
    return _fullmatch_any("night_words.txt")


def says_night(text: str) -> bool:
    """Whether ``text`` tells of the night or the small hours (``새벽``, ``자정``, ``밤사이``: night_words.txt)."""
    return _night().search(text) is not None


# 2025.11.13 13:05 / 2025-11-13 오후 1:05 alone on its line: a live entry's stamp with its day; or with the
# month and day only (7월 14일 22:40 / 7.15 02:20 / 07/15 02:20 / 7월 15일(수) 오전 2:20), or the day alone
# (15일 02:20), as a page running over a night stamps it
_DATED_STAMP = re.compile(
    rf"^(?:{_DATE}|(?P<month>\d{{1,2}})\s*(?:월\s*(?P<mday>\d{{1,2}})\s*일|[./]\s*(?P<mday2>\d{{1,2}})\.?)"
    r"|(?P<dday>\d{1,2})\s*일)\s*(?:\([월화수목금토일]\)\s*)?"
    rf"(?P<time>{_DAY_TIME})$",
    _FLAGS,
)


def dated_entry_stamp(line: str) -> tuple[str, str, str] | None:
    """The day (``2025-11-13``, or ``--07-14`` where the stamp gives no year, ``---14`` no month), the time
    (``13:05``) and the stamp as said with its day (``2025.11.13 13:05``; ``7월 15일 02:20`` for ``7.15
    02:20``, a month's figures said as a month and a day, not as a decimal) of a stamp alone on its line
    that gives only a day and a time of day, as a live page's entry may be stamped; none for any other
    line."""
    m = _DATED_STAMP.match(strip_heading_decor(line))
    if m is None:
        return None
    time = entry_stamp(m["time"])
    if m["month"]:
        mday = int(m["mday"] or m["mday2"])
        day = _valid_date(2000, int(m["month"]), mday)  # a leap year: 2월 29일 is a day
        return (f"--{day[5:]}", time, f"{int(m['month'])}월 {mday}일 {time}") if day else None
    if m["dday"]:
        day = _valid_date(2000, 1, int(m["dday"]))
        return (f"---{day[8:]}", time, f"{int(m['dday'])}일 {time}") if day else None
    day = _valid_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (day, time, " ".join(strip_heading_decor(line).split())) if day else None


# A story pasted from a messenger in chunks, each message under its sender and time: a PC chat's copy
# ([엄지후] [오후 3:12] 한빛시가 ...) or a saved chat (2026년 11월 15일 오후 3:12, 엄지후 : 한빛시가 ...).
_CHAT_STAMP = re.compile(
    r"^\s*(?:\[(?P<who>[^\[\]\n]{1,20})\]\s*\[(?:오전|오후)\s*\d{1,2}:\d{2}\]"
    r"|\d{4}년\s*\d{1,2}월\s*\d{1,2}일\s*(?:오전|오후)\s*\d{1,2}:\d{2},\s*(?P<said>[^:\n]{1,20}?)\s*:)\s*"
)


def without_chat_stamps(text: str) -> str:
    """``text`` without a messenger's stamps, when most of its lines carry one: each message stands
    apart (a paragraph), with no sender or time; what others said in the chat (``오 드디어ㅋㅋ``) is
    dropped, the story being the messages of the one who said the most."""
    lines = text.split("\n")
    stamps = [_CHAT_STAMP.match(ln) for ln in lines]
    if sum(1 for m in stamps if m) < 3 or 2 * sum(1 for m in stamps if m) < sum(1 for ln in lines if ln.strip()):
        return text
    said: Counter[str] = Counter()
    for ln, m in zip(lines, stamps, strict=True):
        if m:
            said[m["who"] or m["said"]] += len(ln) - m.end()
    sender = said.most_common(1)[0][0]
    out: list[str] = []
    who = sender
    for ln, m in zip(lines, stamps, strict=True):
        if m:
            who = m["who"] or m["said"]
            out.append("")
        rest = ln[m.end() :] if m else ln
        out.append(rest if who == sender else "")
    return "\n".join(out)


# A story forwarded by e-mail: the mail's header block over it (---------- Forwarded message ---------,
# From: ..., Date: ..., Subject: ..., To: ...; 보낸 사람:, 받는 사람:, 날짜:, 제목: in a Korean mail app).
_MAIL_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(?:forwarded\s+message|original\s+message|전달된\s*메시지|원본\s*메시지)\s*-{2,}\s*$", re.I
)
_MAIL_FIELD = re.compile(
    r"^\s*(?P<field>from|sent|date|to|cc|subject|보낸\s*사람|받는\s*사람|참조|보낸\s*날짜|날짜|제목)\s*:\s*(?P<value>.*)$",
    re.I,
)


# Fwd: / RE: / 전달: what a mail app puts before a subject it forwards or answers
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:fwd?|fw|re|전달|회신|답장)\s*:\s*)+", re.I)


def without_mail_headers(text: str) -> tuple[str, str | None, str | None]:
    """``text`` without the header block of the e-mail it came in (at its top: who sent it, to whom,
    when, the subject: the mail's, not the story's), the day the mail was sent, and its subject, if
    they are given (the subject is the headline of a mailing that gives none in its body)."""
    lines = text.splitlines()
    top = [i for i, line in enumerate(lines) if line.strip()][:8]
    i = top[0] if top else 0
    if i < len(lines) and _MAIL_SEPARATOR.match(lines[i]):
        i += 1
    fields: dict[str, str] = {}
    while i < len(lines) and (m := _MAIL_FIELD.match(lines[i])):
        fields[re.sub(r"\s", "", m["field"]).casefold()] = m["value"]
        i += 1
    if len(fields) < 2 or not fields.keys() & {"from", "subject", "보낸사람", "제목"}:
        return text, None, None
    sent = fields.get("date") or fields.get("sent") or fields.get("보낸날짜") or fields.get("날짜") or ""
    subject = _REPLY_PREFIX.sub("", fields.get("subject") or fields.get("제목") or "").strip()
    return "\n" * i + "\n".join(lines[i:]), date_of(sent), subject or None


# A page saved as Markdown (a read-later app's or a notes app's export): # 제목 and ## 소제목 mark its
# headline and subheadings, **한빛뉴스** its bold, ![사진 설명](...) a picture and [관련 기사](https://...) a
# link. A line opening with # and a space is Markdown's heading (a hashtag has no space after its #).
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?=\S)", re.M)
_MD_IMAGE_LINE = re.compile(r"^[ \t]*!\[[^\]\n]*\]\([^)\n]*\)[ \t]*$", re.M)
_MD_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\((?:https?://|/)[^)\s]*\)")
_MD_BOLD = re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1")
# **[가장 기억에 남는 곳은]**: a line set in bold, whole
_MD_BOLD_LINE = re.compile(r"^([ \t]*)\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*[ \t]*$", re.M)
# *글: 노은결 기자 · 2026-08-19 발행*: a line set in italics, whole, its stars no words
_MD_ITALIC_LINE = re.compile(r"^([ \t]*)[*_](?=\S)([^*_\n]+?)(?<=\S)[*_][ \t]*$", re.M)
# > "아이들 웃음소리가 ...": a quotation's mark, at the start of each of its lines
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)


# A Markdown heading: its level's marks (# for the headline, ## to ###### for subheadings) and its words
_MD_HEADING_WORDS = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(\S.*?)[ \t#]*$", re.M)


def _markdown_headings(text: str, *, top: bool) -> list[str]:
    """The words of the Markdown headings of ``text`` at the top level (``top``) or below it, without
    their bold marks."""
    found = [m for m in _MD_HEADING_WORDS.finditer(text) if (m[1] == "#") == top]
    return [" ".join(_MD_BOLD.sub(r"\2", m[2]).split()) for m in found]


def markdown_headline(text: str) -> str | None:
    """The headline a Markdown page marks as its one top heading (``# 도시 양봉 5년…``), if it has one:
    the export's own notes around it (``> 저장한 날: ...``) are then never taken for it. A # line under
    the story's running text heads what follows it, not the page: it is no headline to read first."""
    tops = [m for m in _MD_HEADING_WORDS.finditer(text) if m[1] == "#"]
    if len(tops) != 1 or any(is_sentence(ln.strip()) for ln in text[: tops[0].start()].splitlines()):
        return None
    return " ".join(_MD_BOLD.sub(r"\2", tops[0][2]).split())


def markdown_subheadings(text: str) -> set[str]:
    """The subheadings a Markdown page marks (``## 이용 안내``), as :func:`without_markdown` leaves them:
    subheadings whatever follows them (a list under one is no reason to read it as a paragraph)."""
    return set(_markdown_headings(text, top=False))


# &nbsp; / &quot; / &#39; / &#x2F;: an entity of HTML, written out where a page's text was copied from its
# source (an old CMS's editor keeps its indents as &nbsp;&nbsp;); a name HTML does not know stays as written
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def without_entities(text: str) -> str:
    """``text`` with the HTML entities written out in it (``&nbsp;&nbsp;시는``, ``&quot;...&quot;``) as the
    characters they stand for: a listener hears neither 앤드 엔비에스피 nor the quotes' names."""
    return _ENTITY.sub(lambda m: html.unescape(m[0]), text)


# A Markdown footnote: its mark in the text (...모았다.[^1]) and its note, a line of its own under the story
# ([^1]: 기증 도서 가운데 ...), a source for the eye as a page's numbered notes are (data/list_headers.txt)
_MD_FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]{1,20}\](?!:)")
_MD_FOOTNOTE_NOTE = re.compile(r"^[ \t]{0,3}\[\^[^\]\s]{1,20}\]:.*$", re.M)
# A read-later app's YAML front matter over the page: --- / title: ... / published: 2026-11-15T08:30:00+09:00 / ---
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n((?:[ \t]*[A-Za-z_][\w-]*[ \t]*:.*\n|[ \t]+-.*\n){1,30})---[ \t]*\n")
# (the story's day: published, else date; created is the day a clipper saved the page, no story's)
_FRONT_MATTER_DATE = re.compile(r"^[ \t]*(published|date)[ \t]*:[ \t]*[\"']?([^\"'\n]+)", re.M | re.I)
_FRONT_MATTER_DATE_KEYS = ("published", "date")


def without_front_matter(text: str) -> tuple[str, str | None]:
    """A page without the YAML front matter a read-later app's Markdown export opens with (``---`` /
    ``title: ...`` / ``published: 2026-11-15T08:30:00+09:00`` / ``---``), its lines left blank so that the
    page's lines keep their places, and the day (with its time, if given) it says the story came out."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return text, None
    days = {k.lower(): v.strip() for k, v in _FRONT_MATTER_DATE.findall(m[1]) if v.strip()}
    # the first key whose value is a day (published: null falls through to date:)
    found = (iso_datetime(days[k]) or date_of(days[k]) for k in _FRONT_MATTER_DATE_KEYS if k in days)
    return "\n" * m[0].count("\n") + text[m.end() :], next((d for d in found if d), None)


def without_markdown(text: str) -> str:
    """A Markdown page as the plain text it marks up: headings without their #, bold and a line in
    italics without their stars, a quotation without its >, a link as its words, a picture (its alt
    text a caption) gone; other text as it is. A line bold whole (``**[왜 골목 식당인가]**``) loses its
    stars on any page: pasted from an editor that writes bold so, it is the line, not stars around it."""
    text = _MD_BOLD_LINE.sub(r"\1\2", text)
    if not _MD_HEADING.search(text):
        return text
    text = _MD_FOOTNOTE_MARK.sub("", _MD_FOOTNOTE_NOTE.sub("", text))
    text = _MD_LINK.sub(r"\1", _MD_IMAGE_LINE.sub("", text))
    text = _MD_QUOTE.sub("", _MD_ITALIC_LINE.sub(r"\1\2", text))
    return _MD_HEADING.sub("", _MD_BOLD.sub(r"\2", text))


# Photo captions.
# 사진= / 사진 제공= / 사진 출처= / 그래픽= / 출처=: the words before a photo's credit.
_CREDIT_WORD = r"(?:(?:사진|자료|그래픽|영상|이미지)\s*(?:제공|출처)?|출처)"
# The brackets a credit stands in: (사진=...), [사진=...], <사진=...>, 【사진=...】, 〔사진=...〕, ［사진=...］.
_CREDIT_OPEN = r"[(\[<【〔［]"
_CREDIT_CLOSE = r"[)\]>】〕］]"
_NOT_BRACKET = r"()\[\]<>【】〔〕［］"
_PHOTO_CREDIT = re.compile(
    rf"(?:{_CREDIT_OPEN}\s*)?{_CREDIT_WORD}\s*[=:：]\s*"
    rf"(?:{_NAMES}\s*{_ROLE}|[^\s=]{{1,25}}(?:\s*(?:제공|DB|캡처|캡쳐|화면\s*갈무리))?)\s*{_CREDIT_CLOSE}?\s*$"
    # (5/16: a day, no credit; 1/2개, 1/3컵: a recipe's fraction and its measure)
    rf"|/\s*(?:사진\s*=?\s*)?(?!\d[\d.]*\s*(?:{_alternation('recipe_units.txt')})?\s*$)[가-힣A-Za-z0-9·]{{1,20}}(?:\s*제공)?\s*$"
    r"|[(\[]\s*[가-힣A-Za-z0-9·\s]{1,20}\s*제공\s*[)\]]\s*$"
    r"|^[(\[]?\s*사진\s*[)\]]"
    r"|[(\[]\s*사진\s+[^)\]=:]{1,20}[)\]]\s*$"
    # ... 있다. ⓒ 한승우 / ... 있다. 2025.12.4/뉴스1 © News1 이광호 기자: the agency, then its photographer
    rf"|\s(?:ⓒ|©)\s*\S{{1,15}}(?:\s\S{{1,15}})?(?:\s+{_NAMES}\s*{_ROLE})?\s*$"
    r"|[.!?]\s+(?:19|20)\d\d\.\d{1,2}\.\d{1,2}\.?\s*/\s*[가-힣A-Za-z0-9]{1,12}\s*$"
    # [경남도 제공. 재판매 및 DB 금지]: a handout photo that others may not resell.
    r"|[(\[][^()\[\]]{0,30}(?:재판매|DB)\s*(?:및\s*DB\s*)?금지[)\]]\s*$"
)
# (사진=뉴시스 DB) 2025.07.10. photo@newsis.com: a credit inside, or a wire photo's date and desk at the end.
_PHOTO_CREDIT_INSIDE = re.compile(
    rf"{_CREDIT_OPEN}\s*(?:사진|자료\s*사진|그래픽)\s*(?:제공|출처)?\s*[=:：]\s*[^{_NOT_BRACKET}]{{1,25}}{_CREDIT_CLOSE}"
    rf"|\b(?:19|20)\d\d\.\d{{1,2}}\.\d{{1,2}}\.?\s*{_EMAIL}\s*$"
    # ...기념 촬영을 하고 있다. 한빛엔터 제공: who handed out the photo, after its caption; its name may be an
    # office's in two or three words (채운 모습. 한빛시 상수도사업본부 제공)
    r"|[.!?]\s+[가-힣A-Za-z0-9·]{1,15}(?:\s[가-힣A-Za-z0-9·]{1,15}){0,2}\s*제공\s*$"
)
# ...인사말을 하고 있다. 2025.9.3: a wire photo's caption ends with the day it was taken; a story's
# sentence may carry the same stamp (...라고 밝혔다. 2025.9.3), where the stamp goes and the sentence stays.
# (2025.9.3, 2025.09.03., 2025. 9. 3., 2025-09-03, 2025/09/03)
_TRAILING_DATE = re.compile(
    r"(?P<end>[.!?][\"'”’」』)\]]*)\s+(?P<date>(?:19|20)\d\d(?P<sep>[.\-/])\s?\d{1,2}(?P=sep)\s?\d{1,2})\.?\s*$"
)
_TRIANGLE = re.compile(r"^\s*[▲△]")
# ...기뻐하고 있다. 한빛스포츠=이영수 기자 / ... 모습. /이영수 기자: a marked caption's photographer after its
# sentence, the outlet before the name or a slash.
_PHOTOGRAPHER_AFTER = re.compile(rf"(?<=[.!?])\s+(?:[가-힣A-Za-z0-9]{{1,12}}\s*=\s*|/\s*){_NAMES}\s*{_ROLE}\s*$")
_PHOTO_VERB = re.compile(r"(?:있다|모습|장면|전경|풍경|포즈를\s*취하고\s*있다|기념촬영)[.\s]*$")
# [사진] / (그래픽) / [사진 설명] / <영상 설명> / 사진설명: / 영상 설명 =: a caption's label before what a
# picture or a video shows (a bare [영상] opens a video story's headline: only its description is a caption);
# 이미지 설명: / [이미지 설명]: the text a card news page writes out for an image (its alt text, shown).
CAPTION_START = re.compile(
    r"^\s*[(\[<【]\s*(?:(?:사진|그래픽|자료\s*사진)(?:\s*설명)?|(?:영상|이미지)\s*설명)\s*[)\]>】]"
    r"|^\s*(?:사진|영상|그래픽|이미지)\s*설명\s*[:：=]"
)
# 그림 1. 시간대별 탄소 흡수량 / [표 2] 연도별 출생아 수 / <사진 3> / Figure 1: a numbered figure's label,
# then what the figure shows: a caption for the eye (a sentence may say 그림 2점을, never 그림 2. before words).
_FIGURE_WORD = r"(?:그림|도표|표|사진|그래픽|figure|fig\.)"
FIGURE_LABEL = re.compile(
    rf"^\s*(?:[\[<(【]\s*{_FIGURE_WORD}\s*\d{{1,2}}\s*[\]>)】]|{_FIGURE_WORD}\s*\d{{1,2}}\s*[.:：])(?:\s+\S|$)",
    re.IGNORECASE,
)
# 사진 = 해 질 무렵 ... 계단밭. 표하준 기자: a caption under its label, its photographer at the end.
_LABELED_CAPTION = re.compile(rf"^\s*(?:사진|그래픽|자료\s*사진)\s*[=:：]\s*\S.*[.!?]?\s+{_NAMES}\s*{_ROLE}\s*$")


# A line that is a photo's credit and nothing else: /사진=홍길동 기자, (사진=뉴스1), 사진 제공=서울시,
# 사진ㅣ하윤 인스타그램 / 사진 | 공식 X 캡처 (an entertainment page's bar for the equals sign),
# /연합뉴스, 연합뉴스 제공, 서울시 제공, (서울시 제공), [연합뉴스 자료사진]. A bare name or
# "/홍길동 기자" is not one: those are the story's byline; nor is "정보 제공", a subheading.
@cache
def _credit_line() -> re.Pattern[str]:
    names = _credit_names()
    suffixes = "|".join(re.escape(n) for n in sorted(_data_lines("org_suffixes.txt"), key=len, reverse=True))
    return re.compile(
        rf"^{_CREDIT_OPEN}?\s*(?:/\s*)?(?:{_CREDIT_WORD}|자료\s*사진)\s*[=:：|ㅣ｜│]\s*[^={_NOT_BRACKET}]{{1,25}}?\s*{_CREDIT_CLOSE}?$"
        rf"|^/\s*(?:{names})(?:\s*제공)?$|^/\s*[^/=]{{1,20}}\s*(?:제공|캡처|캡쳐)$"
        rf"|^[(\[]\s*[^()\[\]=]{{1,25}}?\s*(?:제공|자료\s*사진|DB|캡처|캡쳐|화면\s*갈무리)(?:[.,]?\s*재판매\s*및\s*DB\s*금지)?\s*[)\]]$"
        rf"|^(?:{names}|[가-힣·]{{1,12}}(?:{suffixes})(?<=[가-힣]{{3}}))\s*제공$",
        _FLAGS,
    )


def is_credit(line: str) -> bool:
    """A photo's credit with no caption of its own (``/사진=홍길동 기자``, ``연합뉴스 제공``, ``ⓒ 뉴스1``).

    Under a photo it says that the line just above it is the photo's caption.
    """
    if len(line) > 40 or is_sentence(line):
        return False
    if (m := _HANDED_OUT.match(line)) and is_outlet(m["by"]):
        return True  # 한빛일보 제공: the paper's own photo
    return is_photo_copyright(line) or bool(_credit_line().match(line))


@cache
def _agency_photo() -> re.Pattern[str]:
    """(뉴욕 로이터=연합뉴스) / (워싱턴 AP=연합뉴스): where and by which foreign agency a wire's photo was
    taken, the dateline of its caption (the wire's own stories are filed by its own reporters)."""
    return re.compile(
        rf"^[(\[]\s*[가-힣A-Za-z]{{1,12}}\s+(?:{_credit_names()})\s*=\s*[가-힣A-Za-z0-9]{{2,12}}\s*[)\]]\s*", _FLAGS
    )


_HANDED_OUT = re.compile(r"^[(\[]?\s*(?P<by>[가-힣A-Za-z0-9 ]{2,20}?)\s*제공\s*[)\]]?$")


def is_caption(line: str) -> bool:
    """A photo caption or credit: ``사진=...``, ``/연합뉴스``, ``▲ ...``, a label ending in a credit."""
    if len(line) > 300:
        return False
    tail = max(0, len(line) - _TAIL)
    if _TRAILING_DATE.search(line, tail):
        # ...인사말을 하고 있다. 2025.9.3: a wire photo's caption and the day it was taken; ...라고 밝혔다.
        # 2025/09/03: the story's sentence and a stamp
        return story_without_stamp(line) is None
    if CAPTION_START.match(line) or _LABELED_CAPTION.match(line) or FIGURE_LABEL.match(line):
        return True
    if _PHOTO_CREDIT.search(line, tail) or _PHOTO_CREDIT_INSIDE.search(line):
        return True
    if (m := _agency_photo().match(line)) and _is_scene(line[m.end() :]):
        return True  # (뉴욕 로이터=연합뉴스) 트레이더들이 화면을 지켜보고 있다.
    if _TRIANGLE.match(line) and line.count("▲") + line.count("△") == 1 and len(line) >= 10:
        # ▲ 시민들이 ... 걷고 있다. / ▲ 31일 ... 모습: a caption. ▲일자리 ▲물가: a list in the story.
        body = _PHOTOGRAPHER_AFTER.sub("", line)
        return bool(_PHOTO_VERB.search(body, max(0, len(body) - _TAIL))) or bool(_credits().search(line, tail))
    if is_credit(line):
        return True
    return not is_sentence(line) and bool(_credits().search(line, tail))


# An embedded post's picture link, with the hashtags before it: ... #LUMINOUS pic.twitter.com/aB3dE5
# ...고마워 💙 #하루 pic.twitter.com/aB3dE5"라는 글을 올렸다: a post quoted inside a sentence, its link and tags.
QUOTED_MEDIA_LINK = re.compile(r"(?:\s*#[^\s#\"'”’]+)*\s*\bpic\.twitter\.com/[A-Za-z0-9]+(?=[\"'”’])")
MEDIA_LINK = re.compile(
    r"(?:\s*#[^\s#]+)*(?:^|\s)(?:pic\.twitter\.com/|https?://(?:t\.co|(?:www\.)?(?:twitter|x|instagram)\.com)/)\S+$"
)


@cache
def _report_end() -> re.Pattern[str]:
    """The end of a reported sentence (``조사하고 있다.``, ``것으로 보고 있다.``): ``report_endings.txt``."""
    return re.compile(rf"(?:{_alternation('report_endings.txt')})[.\s]*$")


def without_credit(caption: str) -> str:
    """A caption without the credit at its end: ``... 걷고 있다. /사진=홍길동 기자`` → ``... 걷고 있다.``"""
    text = caption.strip()
    # (... 있다. 2025.12.4/뉴스1 © News1 이광호 기자: credits one after another)
    for _ in range(3):
        before = text
        for credit in (_PHOTO_CREDIT, _PHOTO_CREDIT_INSIDE, _TRAILING_DATE):
            m = credit.search(text, max(0, len(text) - _TAIL))
            if m is None or m.end() != len(text):
                continue
            # ...걷고 있다. 2025.4.5: the date goes, the caption's full stop before it stays
            cut = m.end("end") if "end" in credit.groupindex else m.start() + (text[m.start()] in ".!?")
            if rest := text[:cut].rstrip(" /"):
                text = rest
        if text == before:
            break
    return text


def is_photo_text(text: str) -> bool:
    """Text that describes a photo: ``... 걷고 있다.``, ``... 모습.``; not a report that ends as a scene
    would (``경찰은 경위를 조사하고 있다.``)."""
    return bool(_PHOTO_VERB.search(text)) and not _report_end().search(text)


_INNER_STOP = re.compile(r"[.?!][\"'”’」』)\]]*\s+(?=\S)")


def _is_scene(text: str) -> bool:
    """Text that a photo's caption would be: it does not end as a Korean sentence (``... 모습.``), or
    its first or last sentence describes a scene (``... 인사말을 하고 있다.``)."""
    sentences = _INNER_STOP.split(text.strip())
    return not _SENTENCE_END.search(text) or is_photo_text(sentences[0]) or is_photo_text(sentences[-1])


def story_without_stamp(line: str) -> str | None:
    """A story's paragraph with a date stamp after its last sentence (``...라고 밝혔다. 2025.9.3``): the
    paragraph without the stamp. None where there is no stamp, or the text is a wire photo's caption
    (``... 인사말을 하고 있다. 2025.9.3``, ``... 행사장 모습. 2025.9.3``), which ends with one too."""
    if len(line) > 1000 or not (m := _TRAILING_DATE.search(line, max(0, len(line) - _TAIL))):
        return None
    text = line[: m.end("end")]
    return None if _is_scene(text) else text


# 02-123-4567 / ☎120 / ☎ 1588-9090 / 1588-9090: a telephone number, written with its sign, as a four-digit
# band's or in full
_PHONE = r"(?:(?:☎\s*)?\d{2,4}-\d{3,4}-\d{4}|☎\s*\d{3,4}(?:-\d{4})?|(?<!\d)1\d{3}-\d{4}(?!\d))"
# ...발인 9일 오전 8시. ☎ 031-000-0001 / ...문의하면 된다. (연락처 02-000-1234): a telephone number, with its sign
# or its label, after the last sentence of an entry (a family's, a shop's, an office's), for the eye
_TRAILING_PHONE = re.compile(
    # (after its sign or label, a number a region's code sets apart, (02)123-4567, or a four-digit band's, 문의 1234)
    rf"(?<=[.!?。])\s*[(\[]?\s*(?:(?:연락처|전화|문의|tel\.?)\s*[:：]?\s*|☎\s*)(?:☎\s*)?"
    rf"(?:{_PHONE}|\(?\d{{2,4}}[.)]\s*\d{{3,4}}-\d{{4}}|\d{{3,4}}(?:-\d{{4}})?)\s*[)\]]?\s*$",
    _FLAGS,
)


def story_without_phone(line: str) -> str | None:
    """A paragraph with a telephone number after its last sentence, its sign or label before it
    (``... 발인 9일 오전 8시. ☎ 031-000-0001``): the paragraph without the number, which no listener can
    dial from a sentence heard once; None where there is none."""
    m = _TRAILING_PHONE.search(line, max(0, len(line) - 40))
    return line[: m.start()] if m else None


def is_photo_sentence(text: str) -> bool:
    """One sentence that describes a photo (``... 산책을 하고 있다.``): a caption, if a credit is under it.

    A paragraph of the story that a credit happens to follow (the photo has no caption) says
    more than one thing, or says it as a report (``... 밝혔다.``), not as a scene.
    """
    if len(text) > 200 or _INNER_STOP.search(text):
        return False
    # ▲ 벚꽃길 옆 잔디밭에 돗자리를 편 가족들.: marked as a photo's, a scene named with a stop and no
    # sentence's end (a box's item, ▲ 납입 3년 지나면 부분 인출 허용 over 자료: ..., has no stop)
    return is_photo_text(text) or (
        _CAPTION_MARK.match(text) is not None and text.rstrip().endswith(".") and not _SENTENCE_END.search(text)
    )


# ▲ / △ before a line: how a page points up at the photo the line is under
_CAPTION_MARK = re.compile(r"^\s*[▲△]\s*(?=\S)")


@cache
def _flow_opener() -> re.Pattern[str]:
    """A sentence's first words taking up the sentence before it (``이에 따라``, ``하지만``):
    ``flow_openers.txt``."""
    return re.compile(rf"^(?:{_alternation('flow_openers.txt')})(?=[\s,])")


def opens_in_flow(text: str) -> bool:
    """Whether ``text`` opens by taking up what was said before it (``이에 따라 ... 쉬고 있다.``): the
    story's sentence, since a photo's caption stands on its own."""
    return bool(_flow_opener().match(text))


def scene_with_stamp(line: str) -> tuple[str, bool] | None:
    """A line that reads as a photo's caption only for the date or the bare credit after its last
    sentence (``... 우산을 쓰고 걷고 있다. 2026.7.15``, ``... 쉬고 있다. /뉴시스``): the text without it,
    and whether a credit (not just a date) was taken off. None where the line has more of a caption
    (a photo's mark, a wire's dateline, the photo desk's address), or nothing that ends as a sentence.

    Whether it is the story's sentence or a caption, the lines around it tell (see
    :func:`newsread.ingest.structure`)."""
    if len(line) > 1000 or CAPTION_START.match(line) or _TRIANGLE.match(line) or WIRE_DATELINE.match(line):
        return None
    if _agency_photo().match(line) or EMAIL.search(line, max(0, len(line) - _TAIL)):
        return None
    rest = without_credit(line)
    if rest == line or not _SENTENCE_END.search(rest):
        return None
    dated = _TRAILING_DATE.search(line, max(0, len(line) - _TAIL))
    return rest, not (dated is not None and dated.end("end") == len(rest))


# (사진=한빛일보 DB) / [그래픽=한빛일보] / 사진=연합뉴스 / /사진=뉴스1 before a paragraph: a credit glued
# to the text under the photo; bare, it ends at the credit's name (photo_credits.txt or an outlet) or at
# the photographer's role (사진=홍길동 기자).
_CREDIT_FIRST = re.compile(
    rf"^(?:{_CREDIT_OPEN}\s*{_CREDIT_WORD}\s*[=:：][^={_NOT_BRACKET}]{{1,25}}{_CREDIT_CLOSE}"
    rf"|/?\s*{_CREDIT_WORD}\s*=\s*(?:{_NAMES}\s*{_ROLE}|(?P<name>[^\s=]{{1,20}})(?:\s*(?:DB|제공|자료\s*사진)(?=\s))?))"
    r"\s+(?=\S)"
)

# /뉴스1 정부는 ... / ⓒ연합뉴스 정부는 ... / ⓒAFP=뉴스1 ...: a bare credit (a slash or a copyright sign,
# then a credit's name or an outlet) left over from the photo above the paragraph.
_BARE_CREDIT_FIRST = re.compile(
    r"^(?:/|ⓒ|©)\s*(?P<by>[가-힣A-Za-z0-9]{1,20}(?:\s*[=/]\s*[가-힣A-Za-z0-9]{1,20})?)"
    r"(?:\s*(?:제공|DB|자료\s*사진))?\s+(?=\S)"
)


def _credits_by(by: str) -> bool:
    """Whether ``by`` names who credits a photo (``뉴스1``, ``AFP=뉴스1``, ``강릉시``): a credit's name, an
    outlet or an institution each."""
    names = re.split(r"\s*[=/]\s*", by)
    return all(re.fullmatch(_credit_names(), n, _FLAGS) or is_outlet(n) or _org_word().fullmatch(n) for n in names)


def story_after_credit(line: str) -> str | None:
    """A paragraph that a bare credit of the photo above it is glued to (``/뉴스1 정부는 ...``, ``ⓒ연합뉴스
    정부는 ...``, ``/한빛일보 DB ...``): the paragraph without it. None where the line has no such credit or
    nothing that ends as a sentence after it.

    A slash or a copyright sign closes a caption; the credit is the end of the photo's caption, and the
    text after it is the story's, whatever it describes (``... 벌어지고 있다.``).
    """
    # (no story's paragraph starts with a copyright sign: the name after one is a credit, known or not)
    if not (m := _BARE_CREDIT_FIRST.match(line)) or not (line[0] in "ⓒ©" or _credits_by(m["by"])):
        return None
    rest = line[m.end() :]
    return rest if _SENTENCE_END.search(rest) and not _TRIANGLE.match(rest) and not is_copyright(rest) else None


def story_after_caption(line: str) -> str | None:
    """A photo's caption, its credit and a paragraph run together on one line (``서울 시내 한 마트에서
    시민들이 장을 보고 있다. /사진=연합뉴스 정부는 이날 ...``): the paragraph, without the caption and the
    credit. None where no credit follows a sentence inside the line, the text before the credit is not
    a caption (it describes no scene: ``... 밝혔다.``), or what follows does not end as a sentence."""
    if len(line) > 1000 or not _CREDIT_HINT.search(line):
        return None
    for stop in _INNER_STOP.finditer(line):
        head, tail = line[: stop.end()].strip(), line[stop.end() :]
        m = _CREDIT_FIRST.match(tail)
        if m and m["name"] is not None and not _credits_by(m["name"]):
            m = None
        if m is None and (m := _BARE_CREDIT_FIRST.match(tail)) and not (tail[0] in "ⓒ©" or _credits_by(m["by"])):
            m = None
        if m is None:
            continue
        rest = tail[m.end() :]
        caption = len(head) <= 300 and is_photo_text(_INNER_STOP.split(head, maxsplit=1)[0])
        return rest if caption and _SENTENCE_END.search(rest) and not is_copyright(rest) else None
    return None


# What each credit above has (a line without any of it is passed over fast).
_CREDIT_HINT = re.compile(
    r"사진|그래픽|자료|출처|이미지|영상|제공|캡[처쳐]|갈무리|DB|[/ⓒ©]|참[조고]|그래프|차트|[표림도][)\]>]"
)


def mentions_credit(line: str) -> bool:
    """Whether ``line`` has a word that a credit has (사진, 제공, 자료, ⓒ ...)."""
    return bool(_CREDIT_HINT.search(line))


# ...열었다(사진=한빛시 제공). / ...밝혔다.(사진) / <사진> ...: a credit or a photo's mark in brackets,
# anywhere in a paragraph; and a note that points the eye at a picture or a table (…올랐다(그래픽
# 참조)., (표 2 참고), (아래 사진)), which a listener has not got.
INLINE_CREDIT = re.compile(
    r"\s*[(\[<]\s*(?:(?:사진|그래픽|자료\s*사진)(?:\s*(?:제공|출처))?\s*[=:：][^()\[\]<>=]{1,25}"
    r"|(?:(?:아래|위|하단|상단|관련)\s*)?(?:사진|그래픽|인포그래픽|표|도표|그림|지도|조감도|영상|차트|그래프)"
    r"(?:\s*[0-9]{1,2})?(?:\s*(?:참조|참고))?)[)\]>]"
    # ...지정했다. [국토부 제공] / [한빛시청 제공]: who gave the picture, in square brackets
    r"|\s*[\[【]\s*[^\[\]【】()<>=\n]{1,20}?\s+제공\s*[\]】]"
)


def story_without_credit(line: str) -> str | None:
    """A paragraph of the story that a photo's credit is glued to, at its end (``... 밝혔다. (사진=한빛일보
    DB)``, ``... 밝혔다. 그래픽=김민수 기자``) or at its start (``(사진=연합뉴스) 정부는 ...``): the
    paragraph without the credit. None where there is no credit, or the text is the photo's caption:
    it describes a scene first (``... 걷고 있다. /사진=뉴스1``), a ``▲`` line, or a line that does
    not end as a sentence. A credit in brackets inside it (``...열었다(사진=한빛시 제공).``) goes too."""
    if len(line) > 1000 or not _CREDIT_HINT.search(line):
        return None
    text = INLINE_CREDIT.sub("", line).strip()
    m = _CREDIT_FIRST.match(text)
    if m and (m["name"] is None or _credits_by(m["name"])):
        text = text[m.end() :]
    elif (rest := without_credit(text)) != text and is_credit(text[len(rest) :].strip()):
        text = rest
    if text == line:
        return None
    # a paragraph ends as a Korean sentence does (...밝혔다.); a caption may end with a noun (남산 산책로.)
    # (a caption may say more after the scene: ...걷고 있다. 이날 서울에는 첫눈이 내렸다.)
    scene = len(text) <= 300 and is_photo_text(_INNER_STOP.split(text, maxsplit=1)[0])
    if not _SENTENCE_END.search(text) or scene or _TRIANGLE.match(text):
        return None
    return text


# A line of a program a tech story shows (from morpho import Analyzer / print(tagger.pos("오늘")) /
# $ npm install x / const x = require('y');): for the eye; read aloud it is a run of symbols. Hangul may
# stand only inside its strings.
_STRING_LITERAL = re.compile(r"\"[^\"]*\"|'[^']*'|`[^`]*`")
_CODE_LINE = re.compile(
    r"^(?:\$\s+\S|>>>\s*|#include\b"
    r"|(?:from\s+[\w.]+\s+)?import\s+[\w.*{]"
    r"|(?:export\s+(?:default\s+)?)?(?:async\s+)?(?:def|class|function|fn|func)\s+\w+\s*[(:{<]"
    r"|(?:const|let|var|val|return)\s+\w"
    r"|(?:pip3?|npm|npx|yarn|apt(?:-get)?|brew|cargo|docker|git|curl|conda)\s+[\w-]"
    r"|[A-Za-z_][\w.]*\s*(?:=|\+=|-=|:=)\s*\S"
    r"|[A-Za-z_][\w.]*\((?:[^()]|\([^()]*\))*\)\s*;?$"
    r"|[}\])]+;?$)"
)


# A translated story's original headline in English, in parentheses after the Korean one ("도시는 왜
# 밤에 더 외로운가" (Why Cities Feel Lonelier at Night)): three Latin words or more, with no Hangul, at
# the line's end after Hangul. The page shows it; read, it repeats the headline in another language. Only
# on a page that says it is translated (``says_translated``) or after a headline wholly in quotes
# (``QUOTED_HEADLINE``): else it is the story's own English (한빛전자, 가전전시회 참가 (CES 2026 Las Vegas)).
ORIGINAL_HEADLINE = re.compile(
    r"(?<=[\uac00-\ud7a3\"'”’」』)\]])\s*\((?P<en>[A-Z][A-Za-z0-9'’,:;.!?&\-]*(?:\s+[A-Za-z0-9'’,:;.!?&\-]+){2,})\)\s*$"
)


@cache
def _translation_cue() -> re.Pattern[str]:
    return re.compile(_alternation("translation_cues.txt"), _FLAGS)


def says_translated(line: str) -> bool:
    """Whether ``line`` says the page's story is translated (``번역 한소라 기자``, ``(AP=연합뉴스)``):
    ``translation_cues.txt``."""
    return bool(_translation_cue().search(line))


# "도시는 왜 밤에 더 외로운가" (...): a headline wholly in quotes before the parenthesis, a translated title's shape
QUOTED_HEADLINE = re.compile(r"^\s*[\"'“‘「『][^\"'“”‘’「」『』]+[\"'”’」』]\s*\(")

# A markdown fence around a program's lines (```bash ... ```): every line between two is code, Hangul
# in a program's text (<Button>확인</Button>) included. ~~~ opens a fence only with its language (~~~python)
# and closes one it opened; else it is an essay's scene break.
CODE_FENCE = re.compile(r"^\s*(?P<mark>```|~~~)(?P<lang>[\w+#.-]*)\s*$")


def is_code(line: str) -> bool:
    """A line of program code (Hangul only in its strings), not a sentence of the story."""
    bare = _STRING_LITERAL.sub('""', line).strip()
    return not HANGUL.search(bare) and bool(_CODE_LINE.match(bare))


_ASCII_ID = re.compile(r"^[A-Za-z0-9_\-.:#/|+=*&%$@!?<>()\[\]{}'\"~`^,;\s]{1,24}$")
_TOKEN_SPLIT = re.compile(r"[\s|/·ㆍ,>]+")
_COUNTS = re.compile(r"(?:^|\s)[\d,]+(?=\s|$)")
_WORD = re.compile(r"[^\W_]")
_STAMP = re.compile(r"^[•·\-*]?\s*\d{2,4}[.\-/]\d{1,2}[.\-/]\d{1,2}\.?\s*\d{0,2}:?\d{0,2}$")


# By the Numbers / What Comes Next / Inside the Locker Room: a title in English, each word capitalized but
# the short ones (the, of, by, in, and).
_ENGLISH_TITLE = re.compile(r"^[A-Z][A-Za-z']*(?:[ -](?:[A-Z][A-Za-z']*|[a-z]{1,3}))+$")


def is_english_title(line: str) -> bool:
    """A title in English words (``By the Numbers``), two words or more, not one of the page's listed
    buttons or menus (``Read More``, ``Top``)."""
    chrome = _fullmatch_any("chrome_lines.txt")
    return (
        len(line) <= 40
        and bool(_ENGLISH_TITLE.match(line))
        and not chrome.fullmatch(line)
        and not any(chrome.fullmatch(w) for w in line.split())
    )


def ends_open(line: str) -> bool:
    """Whether ``line`` ends where a sentence goes on (``... 연간 지원금을``, ``... 반갑다"며``)."""
    return bool(_fullmatch_any("open_endings.txt").fullmatch(line.strip()))


# ------ ADVERTISEMENT ------ / ── 광고 ── / ▼ 광고 ▼ / <광고>: a label dressed on each side, a rule, arrows
# or brackets
_DRESSED = re.compile(r"^[^\w\s]+\s*(?P<label>.+?)\s*[^\w\s]+$")


def is_ad_label(line: str) -> bool:
    """A line that only labels an ad's box (``AD``, ``광고``, ``---- AD ----``): the box's copy follows it."""
    label = line.strip()
    if m := _DRESSED.match(label):
        label = m["label"]
    return bool(_fullmatch_any("ad_labels.txt").fullmatch(label))


@cache
def _contact(labels: str) -> re.Pattern[str]:
    """A contact line led by one of the labels of ``data/LABELS`` (in brackets or after a mark at most),
    then a colon or a space, and a telephone number; a line, not a sentence (no full stop)."""
    return re.compile(
        rf"^\W{{0,2}}(?:{_alternation(labels)})\s*[\])】]?\s*(?:[:：]\s*|\s)"
        rf"(?P<rest>[^.。]{{0,60}}{_PHONE}[^.。]{{0,40}})$",
        _FLAGS,
    )


@cache
def _press_release() -> re.Pattern[str]:
    return re.compile(rf"{_alternation('press_release_names.txt')}|배\s*포\s*(?:일\s*시|일\s*자)", _FLAGS)


def press_release(line: str) -> bool:
    """Whether ``line`` marks its page a press release: the release's name for itself (``보도자료``,
    ``[보도자료] ...``, ``보 도 자 료``, ``보도참고자료``: press_release_names.txt) or when it was sent out
    (``배포일시 2025. 3. 4.``)."""
    return _press_release().search(line) is not None


def enquiry_line(line: str) -> bool:
    """A notice's enquiry line, where the public calls or applies (``문의: 한빛구청 민원과 ☎ 02-123-4567``,
    ``☞ 접수: 주민센터 1588-9090``): the office and its number, led by ``enquiry_labels.txt``; not a bare
    number (``문의 02-000-5000``, the site's own), nor a line that gives an e-mail address (a press office's)."""
    m = _contact("enquiry_labels.txt").match(line)
    return m is not None and "@" not in line and re.search(r"[가-힣]{2}", m["rest"]) is not None


def press_contact(line: str) -> bool:
    """A press office's or a reporter's contact (``담당자: 주무관 박영수 (02-000-3456)``, ``[담당] 문화관광과
    042-000-0000``), led by ``press_contact_labels.txt``: for the press, never read."""
    return bool(_contact("press_contact_labels.txt").match(line))


def contact_line(line: str) -> bool:
    """A contact line, a press office's or a notice's (``문의: 청년정책과 02-2133-0000``): furniture where it
    stands on its own; structure reads a notice's enquiry line where it stands in the notice."""
    return press_contact(line) or bool(_contact("enquiry_labels.txt").match(line))


def contact_field(line: str) -> bool:
    """A field that only tells how to reach someone (``■ 전화: 02-784-4000``, ``■ 이메일: jebo@hanbit.co.kr``,
    ``■ 문의: 청년정책과 02-2133-0000``): a contact line, or a line giving a telephone number or an e-mail address."""
    return contact_line(line) or EMAIL.search(line) is not None or re.search(_PHONE, line) is not None


def is_picture_placeholder(line: str) -> bool:
    """Where a picture was, its placeholder left by a copy without images (``[사진]``, ``<그림>``, ``[기자 사진]``:
    picture_placeholders.txt)."""
    return _fullmatch_any("picture_placeholders.txt").fullmatch(line.strip()) is not None


def is_chrome(line: str) -> bool:
    """Menus, reader controls, ads, share buttons, reading-time lines, the page talking about itself."""
    if _ASCII_ID.match(line) and not HANGUL.search(line):
        return True
    if not _WORD.search(line):
        return True  # ━━━━━━, ◆◆◆, ···: a rule between the page's boxes, nothing to say
    if is_ad_label(line):
        return True
    if len(line) <= 40:
        chrome = _fullmatch_any("chrome_lines.txt", "press_release_names.txt", "picture_placeholders.txt")
        bare = _COUNTS.sub(" ", line).strip()  # 좋아요 12 / 댓글 41
        if chrome.fullmatch(line) or (bare and chrome.fullmatch(bare)):
            return True  # (공고 제 2026 - 88 호: a line of the page whose own figures stand apart)
        if (
            (m := _WRAPPED.match(bare))
            and m["inner"].endswith(("하기", "보기", "가기"))
            and chrome.fullmatch(m["inner"])
        ):
            return True  # [후원하기]: a button in brackets; [경제] may be a briefing's section
        tokens = [t for t in _TOKEN_SPLIT.split(bare) if t]
        if len(tokens) > 1 and all(chrome.fullmatch(t) for t in tokens):
            return True
    return len(line) <= 160 and (bool(_fullmatch_any("chrome_phrases.txt").search(line)) or contact_line(line))


_CELLS = re.compile(r"\s*[|｜│┃]\s*")
# │ 배포일시 │ 2026. 5. 12.(화) 10:00 │ / ├────┼────┤: a row of a table drawn with box-drawing characters
# (a press release's header box copied from a word processor), opening with its left border; or drawn
# with pipes, a border at each end (| 보도일시 | 2026. 11. 24.(화) 06:00 이후 |)
DRAWN_ROW = re.compile(r"^\s*(?:[│┃║├┝┠┣┌┏╔╓╒└┗╚╙╘╟╠]|[|｜].*[|｜]\s*$)")
_BOX_DRAWING = re.compile(r"[\u2500-\u257f|｜]+")


def drawn_date(line: str) -> str | None:
    """The cell with the date a drawn table's row gives in a date's field (``│ 배포일시 │ 2026. 5. 12.(화)
    10:00 │``, with its label), or in a cell of its own with its word (``│ 등록일 2026-05-12 │``), if any: the
    text :func:`date_of` reads the date from."""
    cells = [" ".join(c.split()) for c in _BOX_DRAWING.split(line)]
    cells = [c for c in cells if c]
    fields = [f"{label} {value}" for label, value in pairwise(cells) if DATE_WORD.match(label)]
    return next((c for c in [*fields, *cells] if is_date_line(c) and date_of(c)), None)


# (단위: %), [단위=억원], 단위: 명: the unit line of a table.
UNIT_LINE = re.compile(r"^[(\[<]?\s*단위\s*[:：=]\s*[^()\[\]<>]{1,20}[)\]>]?$")


def is_table_row(line: str, *, least: int = 3) -> bool:
    """A row of a table laid out as text (``강남구 | 0.25 | 0.19``): three cells or more (``least``: two
    in a run of rows, ``매출액 | 18조 2,450억``), none a sentence.

    Read aloud a table is a run of numbers without their headings; the story says what matters
    in it (an HTML page's table of figures is not read either).
    """
    if BOOK_LINE.search(line):
        return False  # 김서해 지음 | 한빛출판 | 312쪽 | 1만8500원: the book a review is about, said with it
    cells = [c for c in _CELLS.split(line.strip(" |｜│┃")) if c]
    return len(cells) >= least and all(len(c) <= 25 and not is_sentence(c) for c in cells)


# A book review's line about the book: who wrote it (지음, 옮김, 엮음), then its publisher, pages and price.
BOOK_LINE = re.compile(r"^\S.{0,40}\s(?:지음|옮김|엮음|글|그림)\b.{0,40}\d+\s*쪽")


# A list of places and their figures on one line (서울 19도, 춘천 17도, 대전 20도 / 제주 20~80㎜):
# a weather box or a chart's labels, figures for the eye like a table's row.
_FIGURE_CELL = re.compile(
    r"[가-힣A-Za-z]{1,10}(?:\s[가-힣A-Za-z]{1,10})?\s*[-+]?\d[\d,.]*(?:\s*[~/]\s*[-+]?\d[\d,.]*)?"
    r"\s*(?:도|℃|%|㎜|mm|㎝|cm|원|명|곳|개|건)?"
)
_FIGURE_SEP = re.compile(r"\s*[,·/]\s*")


def is_figure_list(line: str) -> bool:
    """Three places or more, each with its figure and nothing else (``서울 19도, 춘천 17도, 대전 20도``)."""
    if len(line) > 200 or ends_sentence(line):
        return False
    cells = [c for c in _FIGURE_SEP.split(line.strip()) if c]
    return len(cells) >= 3 and all(_FIGURE_CELL.fullmatch(c) for c in cells)


_FACT_WORDS = 3


def is_fact_item(line: str) -> bool:
    """An item of a box of facts (``- 복직 후 받던 사후지급금 제도 폐지``): a marked item that says
    something in words (three Korean words or more besides its figures), not a figure with its label
    (``- 합계출산율 0.75명``, ``▲ 2024년 9,860원(2.5%)``)."""
    return bool(LIST_ITEM.match(line) or BULLET.match(line)) and len(HANGUL_WORD.findall(line)) >= _FACT_WORDS


# A market box's lines: 코스피 2,612.35 ▲12.40 +0.48% / 54,600 ▲4,200 (+8.33%) / 한빛반도체(123450) /
# 거래량 3,412,876 / 시가 50,900 고가 55,100 저가 50,700. Figures for the eye; the story says what moved.
_NUMBER = r"[+-]?\d[\d,]*(?:\.\d+)?%?"
# a price, then its move (▲ before a figure alone is a list's bullet: ▲ 2024년 9,860원)
_PRICE_MOVE = re.compile(rf"\d(?:%|원|달러|엔|포인트|p)?\s*\(?\s*[▲▼△▽↑↓]\s*{_NUMBER}")
_UNIT_WORD = re.compile(r"^(?:원|달러|엔|위안|유로|포인트|환율|종가|전일|대비)$")
# a listed company with its six-digit code (a name with a Latin abbreviation, 국제통화기금(IMF), is no quote)
# (a quote widget gives the code without brackets: 한빛반도체 005930)
_TICKER = re.compile(r"^[가-힣A-Za-z0-9&.·\s]{1,20}?\s*(?:\(\s*[A-Z]?\d{6}\s*\)|\s[A-Z]?\d{6})$")
_FIELD_FIGURES = re.compile(rf"^(?:[가-힣A-Za-z/]{{1,6}}\s*[:：]?\s*{_NUMBER}\s*){{1,6}}$")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def is_market_line(line: str) -> bool:
    """A line of a market box (a price, its move, a stock's code): see above; no sentence, no title. A
    ticker's quotes run together on one line (코스피 2,845.12 ▲12.30 (+0.43%) 코스닥 871.45 ▼3.02 (-0.35%)
    원·달러 1,352.40 ▲4.10 15:30 기준) are one, of any length: a few words a quote, no sentence."""
    if is_sentence(line):
        return False
    words = [w for w in HANGUL_WORD.findall(line) if not _UNIT_WORD.match(w)]
    moves = len(_PRICE_MOVE.findall(line))
    if moves >= 2 and len(words) <= 3 * moves:
        return True
    if len(line) > 80:
        return False
    if _TICKER.match(line):
        return True
    if _PRICE_MOVE.search(line) and len(words) <= 3:
        return True  # 54,600 ▲4,200 (+8.33%) / 코스피 2,612.35 ▲12.40 +0.48%
    m = _FIELD_FIGURES.match(line)
    return m is not None and (len(_THOUSANDS.findall(line)) >= 1 or len(re.findall(_NUMBER, line)) >= 2)


# The stamp under a reader's comment: its time and buttons (2025.05.02 09:30 신고 | 답글 / 3시간 전 공감 12).
_COMMENT_BUTTONS = (
    r"(?:신고(?:하기)?|답글(?:\s*쓰기|\s*\d+)?|공감\s*\d*|비공감\s*\d*|추천\s*\d*|반대\s*\d*|좋아요\s*\d*)"
)
COMMENT_STAMP = re.compile(
    rf"^(?:{_DATE}|\d{{1,2}}\s*(?:분|시간|일)\s*전)\s*(?:(?:오전|오후)?\s*\d{{1,2}}\s*:\s*\d{{2}}(?::\d{{2}})?)?"
    rf"(?:\s*[|·]?\s*{_COMMENT_BUTTONS})+$"
)


# A line-up (한빛: 1 정수빈(중) 2 허경민(3) ...): players with their positions in brackets, for the eye.
_PLAYER = re.compile(r"(?:\d{1,2}\s*[.)]?\s*)?[가-힣A-Za-z·]{2,10}\s*\([^()]{1,6}\)")
# 승 김택연 패 정해영 세 - / 승리투수 : 김택연: the pitchers of record under a box score.
_DECISIONS = re.compile(
    r"^(?:승(?:리\s*투수)?|勝)(?:\s*[:：]\s*|\s+)[가-힣A-Za-z·]{2,10}\s*[,/·]?\s*"
    r"(?:패(?:전\s*투수)?|敗)(?:\s*[:：]\s*|\s+)\S"
)


def is_lineup(line: str) -> bool:
    """A team's line-up or a box score's pitchers of record: names and positions, not sentences."""
    if len(line) > 300 or is_sentence(line):
        return False
    if _DECISIONS.match(line):
        return True
    body = line.split(":", 1)[-1] if re.match(r"^[^:]{1,20}:", line) else line
    players = _PLAYER.findall(body)
    return len(players) >= 5 and not HANGUL.search(_PLAYER.sub("", body))


@cache
def _title_label(after: str) -> re.Pattern[str]:
    """``제목``, ``글제목``, ``기사 제목`` or a press release's (``보도자료 제목``, press_release_names.txt),
    then ``after``."""
    owner = f"글|기사|{_alternation('press_release_names.txt')}"
    return re.compile(rf"^(?:(?:{owner})\s*)?제\s*목{after}", _FLAGS)


def title_field(line: str) -> re.Match[str] | None:
    """A board post's title given in its own field over the post (``제목: 공공근로사업 참여자 모집 공고``):
    the label and its colon."""
    return _title_label(r"\s*[:：]\s*(?=\S)").match(line)


def title_label(cell: str) -> bool:
    """Whether a board's cell is the label of its title cell (``<th>제목</th>``, ``보도자료 제목``)."""
    return _title_label("$").match(cell) is not None


def is_board_field(label: str) -> bool:
    """Whether ``label`` names a board post's own field (``담당부서``, ``조회수``: ``board_fields.txt``), not
    one of what the post says."""
    return bool(_fullmatch_any("board_fields.txt").fullmatch(label.strip()))


def is_list_header(line: str) -> bool:
    """``관련기사``, ``[많이 본 뉴스]``, ``■ 관련기사``... or a bulleted time stamp of another story
    (``• 26.01.16 09:11``)."""
    if _STAMP.match(line):
        return True
    if len(line) > 30 or is_sentence(line):
        return False
    headers = _fullmatch_any("list_headers.txt")
    return bool(headers.fullmatch(line) or headers.fullmatch(strip_heading_decor(line)))


@cache
def _glance_box_words() -> re.Pattern[str]:
    return re.compile(_alternation("glance_box_words.txt"), _FLAGS)


def is_glance_box_title(line: str) -> bool:
    """``■ 3줄 요약``, ``■ 주요 사양``: a marked box's title that says the box restates the story at a
    glance (``glance_box_words.txt``), the headline's deck where it stands under the byline."""
    return len(line) <= 30 and not is_sentence(line) and bool(_glance_box_words().search(strip_heading_decor(line)))


def is_item_box_header(line: str) -> bool:
    """``◇ 선발 투수``, ``■ 주말 경기 일정``: a box's header where its items follow (``item_box_headers.txt``),
    a subheading where prose does; the caller looks below."""
    if len(line) > 30 or is_sentence(line):
        return False
    headers = _fullmatch_any("item_box_headers.txt")
    return bool(headers.fullmatch(line) or headers.fullmatch(strip_heading_decor(line)))


# [연관기사] 버스 파업 내일 첫차부터 / - 관련기사: ...: a link to another story, its label first;
# 관련기사 교육부, 전담 인력 채용: the label bare, a headline (no sentence) after it.
RELATED_LINK = re.compile(
    r"^\W{0,3}(?:관련|연관|추천)\s*(?:기사|뉴스)(?:\s*[\]>)】:：]\s*\S|\s+(?=\S)(?![^.]*[다요]\.\s*$))"
)


@cache
def _segments() -> str:
    return _alternation("broadcast_segments.txt")


@cache
def _segment_label() -> re.Pattern[str]:
    return re.compile(rf"^[\[<【〈]\s*(?:{_segments()})\s*[\]>】〉]\s*(?P<teaser>.*)$", _FLAGS)


def is_segment_label(line: str) -> bool:
    """A broadcast's segment label (``[이 시각 세계]``), or another item's teaser after one (``[날씨] 내일
    전국 비…``): the programme's running order, not the story (the names are ``broadcast_segments.txt``)."""
    m = _segment_label().match(line)
    return m is not None and not is_sentence(m["teaser"])


# A footnote under the story (주1) 국회예산정책처, 2025.): a source list for the eye, not read
# (nor is its mark in the text: see newsread.segment.phrase_pauses).
FOOTNOTE = re.compile(r"^(?:주|각주)\s?(?P<n>\d{1,2})\)\s*\S")
# 3/10 골목 계단을 따라 그려진 물고기 떼.: a caption that opens with its photo's place in a gallery.
GALLERY_COUNTER = re.compile(r"^(?P<n>\d{1,2})\s*/\s*(?P<of>\d{1,2})\s+\S")
# [사진 2/6] 해 질 녘 소금 더미 위로 ... / (사진 1/3) ... / 사진 1/3 ...: a caption that names its photo and
# its place in the gallery, which no sentence of the story opens with, wherever it stands.
PHOTO_COUNTER = re.compile(
    r"^[\[(<]?\s*(?:사진|포토|photo)\s*(?P<n>\d{1,2})\s*/\s*(?P<of>\d{1,2})(?:\s*[\])>]\s*|\s+)\S", re.IGNORECASE
)
# * 국제결제은행 기준 / ** 연간 ... 비율: a footnote marked with stars, when the story has its mark (93.1%*);
# [1] 과학기술정보통신부, '... 실태조사', 2026.: one marked with its number in brackets (나타났다[1].);
# [a]개소식 시간 확인 필요: a document's comment, listed under it with its anchor's letter (연다.[a]);
# 1) 건강보험심사평가원, ...: with its number and a parenthesis (그친다1).).
# ¹ 한빛통계연구소, ...: with its number set above the line (늘었다².).
STAR_NOTE = re.compile(r"^(?P<stars>\*{1,3}|\[\d{1,2}\]|\[[a-z]{1,2}\]|\d{1,2}\)|[¹²³⁴-⁹][⁰¹²³⁴-⁹]?)\s*[^\s*]")
# 많았다¹. / 늘었다.²: a footnote's mark set above the line after a word or its stop, for the eye (said, it
# is a number run into the word); after a letter or a figure it is a power or a unit's (m², 10⁶), and stays.
SUPERSCRIPT_MARK = re.compile(r"(?<=[가-힣.,)\]\"'”’])[¹²³⁴-⁹][⁰¹²³⁴-⁹]?(?![⁰¹²³⁴-⁹])")
# 붙임 1. 사업 개요 1부. / 첨부파일: a press release's attachments under it, a list to open, not to read.
ATTACHMENTS = re.compile(r"^\W{0,2}(?:붙\s*임|첨부\s*(?:파일|자료|문서)?)(?:\s*\d{1,2}\s*[.)]\s*\S|\s*[:：]|\s*$)")
# 2. 참여 기업 모집 공고문 1부.: the next item of a numbered list.
NUMBERED_ITEM = re.compile(r"^\d{1,2}\.\s+\S")
# What a site's motto says of itself (대한민국 경제의 내일을 여는 신문).
SITE_WORDS = re.compile(r"신문|뉴스|일보|방송|미디어|언론|저널")
# A subtitle under the headline: - 소상공인 지원 4조 포함… / …24일 본회의 처리 / ― 주민 참여형 사업 ― (a
# press release's, between horizontal bars) (not the headline).
SUBTITLE = re.compile(r"^(?:[-–—―]|…|ㄴ)\s*\S")

# Promotion links and list bullets.
PROMO = re.compile(r"^\s*[▶►▷☞👉➤→]")
# 주요 내용은 다음과 같다. / 일정은 아래와 같습니다: a sentence that announces the list under it.
ANNOUNCED_LIST = re.compile(r"(?:다음과|아래와)\s*같(?:다|습니다)\s*[.:：]?\s*$")
# 다음과 같은 재난문자를 보냈다. / 아래와 같이 밝혔다.: a sentence that says the lines under it are what it
# speaks of (a message, a statement), quoted as they were written.
ANNOUNCES = re.compile(r"(?:다음과|아래와)\s*같(?:은|이)\s+\S[^.?!]*(?:다|니다)\s*[.:：]\s*$")


@cache
def _link_words() -> re.Pattern[str]:
    return re.compile(_alternation("link_words.txt"))


def has_link_words(line: str) -> bool:
    """Whether ``line`` has a link's words (``관련기사``, ``바로가기``, ``구독``...): ``link_words.txt``."""
    return bool(_link_words().search(line))


@cache
def _link_actions() -> re.Pattern[str]:
    return re.compile(rf"(?<![가-힣])(?:{_alternation('link_actions.txt')})[\s.!>»›▶▷]*$")


def has_link_action(line: str) -> bool:
    """Whether ``line`` asks the reader to follow a link (``알림 신청하기``, ``미리보기 영상 보기``, ``예매
    바로가기``: ``link_actions.txt``), the action's words from a word's start at the line's end, only arrows
    after them (신청사 건립, 동생 돌보기 교실: words that hold one, or one inside the line, are no link's)."""
    return bool(_link_actions().search(line))


BULLET = re.compile(r"^\s*[•●◦∙]")
# An item of a list inside the story: - 일자리 창출 / · 물가 안정 / ○ 주거 지원 / 1) ...
LIST_ITEM = re.compile(r"^\s*(?:[-–·ㆍ•○◦▪∙*▲△]|\(?\d{1,2}\)|[①-⑳])\s*\S")
# A moment of a game, opening a line of its run-down: 전반 12분 / 후반 45+2분 / 연장 후반 3분 / 3회말 / 4쿼터 2분 /
# 2세트 15-13
GAME_TIME = re.compile(
    r"^\s*(?:(?:연장\s*)?(?:전|후)반\s*\d{1,2}(?:\+\d{1,2})?분|\d{1,2}회\s*[초말]|\d\s*쿼터(?:\s*\d{1,2}분)?|\d\s*세트)\s+\S"
)
# 가는 길: 서울역에서 KTX로 약 3시간 / 관람료: 3만원: an info box's item, a short label and its value
# (under the box's title only: a page's footer gives 주소: and 전화: lines too).
FIELD_ITEM = re.compile(r"^[가-힣][가-힣 ·]{0,7}\s*[:：]\s*\S")
# 8일(화) 오전 10시 한빛지법 ... / 12월 9일 수요일 ...: a schedule's entry, the day it names with its weekday first
DAY_ENTRY = re.compile(r"^(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일\s*(?:\(\s*[월화수목금토일]\s*\)|[월화수목금토일]요일)")
# 52만 2,670명 - 수능 지원자 수 / 1987년 6월 10일 - 국민대회 개최 / 8.2%: 증가율 / 약 1/3 - ... / 오는 12월 5일 - ...:
# a box's item, a figure or a date (a short word before it at most), then a dash or a colon and what it counts
FIGURE_ITEM = re.compile(r"^(?:[가-힣]{1,2}\s+|[±+−]\s?)?\d[^-–—:：|]{0,18}?(?:\s[-–—]\s+|\s?[:：]\s+)\S")
# 4번 타자 김철수 : 중전 안타 / 1번 타자 정하늘: 삼진 아웃: a baseball game's live text, the batter in the
# order, then the play; no box's figure and its label (FIGURE_ITEM)
BATTER_PLAY = re.compile(r"^\d{1,2}\s*번\s*타자\s+[^:：]{1,12}[:：]\s*\S")
# 돼지고기 앞다리살 300g / 양파 1/2개 / 간장 2큰술: a recipe's ingredient one a line, its name and how much
INGREDIENT_LINE = re.compile(
    r"^[가-힣][가-힣 ]{0,15}\s\d[\d./~]*\s*"
    rf"(?:{_alternation('recipe_units.txt')})$",
    re.IGNORECASE,
)
# A title-like line: quotes, an ellipsis or a comma, as the headlines of other stories have.
HEADLINE_LIKE = re.compile(r"[…\"'“”‘’]|\.\.\.|[,·]\s")

# Headline tags: [단독] ... (종합)[경주APEC]. Stripped from what is read, kept in the metadata.
# (해명자료) / (보도자료) / (설명자료): the kind of document an office sent, in parentheses before or after its
# headline, as a bracket tag is (press_release_names.txt, and a ministry's answer to a story)
_RELEASE_KIND_TAG = rf"\((?:{_alternation('press_release_names.txt')}|(?:설|해)\s*명\s*자\s*료)\)"
_HEAD_TAG_END = re.compile(
    r"\s*(?:\[[^\[\]]{1,20}\]|【[^【】]{1,20}】|<[^<>]{1,12}>"
    r"|\((?:종합|속보|상보|1보|2보|\d+보|종합\s*\d*보?|일문일답|전문|영상|포토|사진|인터뷰|르포|단독|칼럼|사설|재송고|수정|보강|재종합|긴급)\)"
    rf"|{_RELEASE_KIND_TAG})\s*$",
    re.IGNORECASE,
)
_HEAD_TAG_START = re.compile(
    rf"^\s*(?:\[[^\[\]]{{1,20}}\]|【[^【】]{{1,20}}】|<[^<>]{{1,12}}>|{_RELEASE_KIND_TAG})\s*", re.IGNORECASE
)


# [바로잡습니다] 3월 4일자 ... 기사: the tag says what the story is, a correction; it stays. So do the
# notices the press arbitration law names (정정보도문, 반론보도문, 추후보도문, 정정 및 반론보도문).
_KEPT_TAG = re.compile(
    r"^\s*[\[【<]\s*(?:바로잡습니다|알려\s*왔습니다"
    r"|(?:정정|반론|추후)(?:\s*(?:및|·|,)?\s*(?:정정|반론|추후))*\s*(?:보도문?|합니다)?)\s*[\]】>]"
)


# 바로잡습니다: ... / [정정보도] ... / [알려왔습니다] ...: a correction's notice, with its label in brackets or
# before a colon. The paper speaking to its readers of the story; read wherever it stands.
_CORRECTION = re.compile(
    r"^\s*(?:[\[【<]\s*)?(?:바로잡습니다|알려\s*왔습니다|(?:정정|반론|추후)\s*보도문?)\s*(?:[\]】>]|[:：])"
)


# [바로잡습니다] / 정정보도 / Correction: a correction's label on a line of its own, over its notice
CORRECTION_LABEL = re.compile(
    r"^\s*(?:[\[【<]\s*)?(?:바로잡습니다|알려\s*왔습니다|정정(?:\s*보도문?|합니다)?|corrections?|clarification)"
    r"\s*(?:[\]】>])?\s*[:：]?\s*$",
    re.IGNORECASE,
)


# 바로잡습니다 2월 11일 자 이 기사에서 ...: the label run on into its notice, with nothing between (a box's bold
# label over its paragraph, joined by the extractor or by a copy)
_LABEL_RUN_ON = re.compile(r"^\s*(?P<label>바로잡습니다|알려\s*왔습니다|정정\s*보도문?)\s+(?=\S)")
# what a correction's notice says it does: 바로잡습니다, 정정합니다, ...의 잘못입니다
_CORRECTS = re.compile(r"바로잡|정정|잘못")


def split_correction_label(text: str) -> tuple[str, str] | None:
    """``(label, notice)`` where ``text`` is a correction's label run on into its notice (``바로잡습니다
    2월 11일 자 이 기사에서 ... 바로잡습니다.``), else None: the label is said as the heading it is."""
    m = _LABEL_RUN_ON.match(text)
    if m is None:
        return None
    notice = text[m.end() :].strip()
    return (m["label"], notice) if is_sentence(notice) and _CORRECTS.search(notice) else None


def is_correction(text: str) -> bool:
    """A correction's notice (``바로잡습니다: ...``, ``[정정보도] ...``), not a note about the writer."""
    return bool(_CORRECTION.match(text) or _KEPT_TAG.match(text))


# 산불 사흘째 확산 - 한빛일보 / ... | 연합뉴스: a browser tab's title, the site's name after the headline.
_SITE_SUFFIX = re.compile(r"\s+[-|–—:·]\s+(?P<site>[^-|–—:·]{2,20}?)\s*$")


# 5월 16일 / 12.7(월) / 2026년 5월 16일 목요일 / 16일 / 5/16 / 5월 16일 오후 6시 / 5월 셋째 주 / 2026년 5월: a
# moment and nothing else (a day, with its weekday or its hour, a day of the month alone, a week of a month, a
# month), what a digest's or a list's headline leaves without its tag
ONLY_A_DAY = re.compile(
    r"^\s*(?:"
    r"(?:\d{4}\s*[년./-]\s*)?\d{1,2}\s*(?:월|[./])\s*\d{1,2}\s*(?:일|\.)?"  # 5월 16일, 2026.5.16, 5/16
    r"|\d{1,2}\s*일"  # 16일: a day of the month the page is of
    # 5월 셋째 주, 12월 1주차, 2026년 5월
    r"|(?:\d{4}\s*년\s*)?\d{1,2}\s*월(?:\s*(?:첫째|둘째|셋째|넷째|다섯째|마지막|\d)\s*주(?:차)?)?"
    r")"
    r"\s*(?:\(?\s*[월화수목금토일](?:요일)?\s*\)?)?"  # (금), 금요일
    r"\s*(?:새벽|아침|오전|정오|낮|오후|저녁|밤)?\s*(?:\d{1,2}\s*(?:시(?:\s*\d{1,2}\s*분)?|:\d{2}))?"  # 오후 6시, 18:00
    r"\s*(?:자)?\s*$"
)


def strip_headline_tags(headline: str) -> str:
    """``[단독] 李 ... 것"(종합)[경주APEC]`` → ``李 ... 것"`` (when something is left), and without the
    site's name after it (``... - 한빛일보``).

    A correction's tag (``[바로잡습니다]``, ``[정정보도]``) is kept: it is what the story is; so is a tag over
    a day alone (``[저녁 브리핑] 5월 16일``, ``[부고] 12월 7일``), as a list page keeps it.
    """
    m = _SITE_SUFFIX.search(headline)
    text = headline[: m.start()] if m and is_outlet(m["site"]) and HANGUL.search(headline[: m.start()]) else headline
    while True:
        new = _HEAD_TAG_END.sub("", text)
        if not _KEPT_TAG.match(new):
            new = _HEAD_TAG_START.sub("", new, count=1)
        if new == text or not HANGUL.search(new) or ONLY_A_DAY.match(new):
            return (
                text.strip()
            )  # ([저녁 브리핑] 5월 16일: the tag is what the day's page is, the day alone says nothing)
        text = new


def headline_tag(headline: str) -> str | None:
    """The tag a headline starts with (``[인터뷰]``, ``【단독】``), said with it where the page gives it;
    not an outlet's name (``[충북일보]``) or a reporter's tag (``[OSEN=홍길동 기자]``)."""
    m = _HEAD_TAG_START.match(headline)
    if m is None:
        return None
    tag = m.group().strip()
    inner = tag[1:-1].strip()
    return None if "=" in inner or is_outlet(inner) else tag


def dateline(text: str) -> re.Match[str] | None:
    """A wire's dateline or an outlet's tag with the reporter, before the story (``(서울=연합뉴스) 홍길동 기자
    = ``, ``[한빛경제] 최지원 기자 = ``, ``[OSEN=홍길동 기자]``, ``홍길동 기자 = ``)."""
    return (
        WIRE_DATELINE.match(text)
        or outlet_dateline(text)
        or OUTLET_TAG.match(text)
        or TAGGED_REPORTER.match(text)
        or REPORTER_PREFIX.match(text)
    )


def dateline_start(text: str) -> int:
    """Where a dateline starts after a headline's tags or two (``[단독] [서울=뉴시스] 홍길동 기자 = ...``,
    ``[속보] (서울=연합뉴스) ...``): the tags go with it. 0 where no tag stands before one."""
    at = 0
    for _ in range(2):
        m = _HEAD_TAG_START.match(text[at:])
        if m is None or headline_tag(text[at:]) is None:
            return 0
        at += m.end()
        if dateline(text[at:]):
            return at
    return 0


def is_bare_tag(line: str) -> bool:
    """A section's label on a line of its own (``[날씨]``, ``【단독】``) over the headline: no headline
    itself. A correction's tag (``[바로잡습니다]``) is what its page is, and may be its title."""
    return bool(_HEAD_TAG_START.fullmatch(line)) and not _KEPT_TAG.match(line)


@cache
def _page_tag() -> re.Pattern[str]:
    return re.compile(rf"^\s*[\[【<]\s*(?:{_alternation('page_tags.txt')})\s*[\]】>]\s*$")


def is_page_tag(line: str) -> bool:
    """A tag alone that names what the page is, a list of notices (``[부음]``, ``【인사】``: page_tags.txt),
    not a story's label (``[속보]``)."""
    return bool(_page_tag().match(line))


# 연예 > 가요 / 홈 > 바이오 > 제약 / 해운·물류 / IT·과학 > 보안 / 농업 | 유통: a section's path on a line of
# its own over the headline, two to four short names with no figure, each joined to the next by a mark
# of the path (a breadcrumb's >, a menu's | or /, or the · of a section named for two fields). Names
# joined by · or / are of two syllables or more: 한·미·일, 여·야 are a headline's short names of
# countries and parties, no fields.
_SECTION_NAME = r"[가-힣A-Za-z&]{1,6}"
_SECTION_PATH = re.compile(rf"{_SECTION_NAME}(?:\s*[>›»|/·ㆍ]\s*{_SECTION_NAME}){{1,3}}")
_PATH_STEP = re.compile(r"\s*[>›»|]\s*")
_FIELD_JOIN = re.compile(r"\s*[/·ㆍ]\s*")


def is_section_path(line: str) -> bool:
    """A section's path or name on a line of its own (``연예 > 가요``, ``해운·물류``): where the page filed
    the story, no headline itself (``한·미·일``: names of one syllable joined by ·)."""
    line = line.strip()
    return bool(_SECTION_PATH.fullmatch(line)) and all(
        len(name) >= 2
        for step in _PATH_STEP.split(line)
        if _FIELD_JOIN.search(step)
        for name in _FIELD_JOIN.split(step)
    )


def is_field_pair(line: str) -> bool:
    """A section path of names joined by · or / alone (``해운·물류``, ``AI·반도체``), no breadcrumb's or
    menu's mark: a section's name, or a headline of that shape where nothing else on the page is one."""
    return is_section_path(line) and not _PATH_STEP.search(line)


# [연중기획] 지방소멸 ③ / [창간기획] 바다의 미래 (2) / <기획> 청년 일자리 3부: a series' tag and name with the
# part's number, on a line of its own over the headline (a headline with the number inside its tag,
# [사라지는 마을③] 폐교 자리에..., goes on after it)
_SERIES_LABEL = re.compile(
    rf"{_HEAD_TAG_START.pattern}[가-힣A-Za-z0-9·ㆍ\s]{{1,20}}?\s*(?:[①-⑳]|\(\d{{1,2}}\)|\d{{1,2}}\s*(?:회|부|편))\s*$"
)


def is_series_label(line: str) -> bool:
    """A series' label on a line of its own over the headline (``[연중기획] 지방소멸 ③``): the series the
    story is part of, no headline itself."""
    return bool(_SERIES_LABEL.match(line))


HEADING_MARK = re.compile(r"^\s*[■□◆◇●○◎▣]")
_HEADING_DECOR = re.compile(rf"^\s*(?:[■□◆◇●○◎▣▲△▶▷►※\-–—―*#>{EMOJI}]+\s*)+")
# ✅ 처음 30분은 무료다. / 📍 ...: a list's items marked with a pictograph, a mark to see and no word
# (▶️, an arrow given a pictograph's look by the variation selector, is one too, among them)
_EMOJI_BULLET = re.compile(rf"^\s*(?:[{EMOJI}]|\S\ufe0f)+\s+(?=\S)")


def is_emoji_bullet(text: str) -> bool:
    """Whether ``text`` opens with a pictograph as a list's item does (``✅ 처음 30분은 무료다.``)."""
    return bool(_EMOJI_BULLET.match(text))


def without_emoji_bullet(text: str) -> str:
    """``✅ 처음 30분은 무료다.`` → ``처음 30분은 무료다.``: an item's pictograph is not read."""
    return _EMOJI_BULLET.sub("", text, count=1)


_WRAPPED = re.compile(r"^[<\[【〈《]\s*(?P<inner>[^<>\[\]【】〈〉《》]+?)\s*[>\]】〉》]$")


def is_bracketed(text: str) -> bool:
    """Whether ``text`` is all in one pair of brackets (``[번아웃 자가 진단]``, ``<이용 안내>``)."""
    return bool(_WRAPPED.match(text))


# □ 소화기 비치 여부: a checklist's item under its box's title, a short noun phrase after an empty square.
# A press release sets its paragraphs under the same square (□ 한빛시는 ... 밝혔다.): those run long, or
# end in a predicate's final ending or a stop, and are no item.
_BOX_ITEM = re.compile(r"^\s*[□▢]\s*(?P<item>[^\s□▢].{0,28}?)\s*$")
_FINAL_ENDING = re.compile(r"(?:다|요|죠|음|함|됨|임|[.!?。…])['\"’”)]*$")


def box_item(text: str) -> str | None:
    """The item of a checklist's line opened by an empty square (``□ 비상구 확보`` → ``비상구 확보``): a
    short noun phrase with no final ending; None for any other line (a press release's ``□`` paragraph)."""
    m = _BOX_ITEM.match(text)
    return m["item"] if m and not _FINAL_ENDING.search(m["item"]) else None


@cache
def _box_label() -> re.Pattern[str]:
    return re.compile(rf"^[\[【<〈]\s*(?:{_alternation('box_labels.txt')})\s*[\]】>〉]\s*(?=\S)")


def strip_heading_decor(heading: str) -> str:
    """``■ 소제목`` / ``<소제목>`` / ``【소제목】`` → ``소제목``; a box's label before its title (``[박스] 숫자로
    본 1인 가구``, ``box_labels.txt``) is the layout's, not said."""
    text = _box_label().sub("", _HEADING_DECOR.sub("", heading))
    m = _WRAPPED.match(text)
    if m:
        text = m["inner"]
    elif m := _NUMBERED_LABEL.match(text):
        # [근거 1] 소비자물가지수: the label said, its brackets not shown, and the pause they made kept as a
        # comma (근거 1, 소비자물가지수: not 근거 일 소비자물가지수 run together)
        text = f"{m['label']}, {m['rest']}"
    return text.strip() or heading.strip()


# [근거 1] 소비자물가지수 / [쟁점 2] 요금 인상: a numbered label in brackets before a section's title
_NUMBERED_LABEL = re.compile(r"^\[\s*(?P<label>[가-힣]{1,6}\s*\d{1,2})\s*\]\s*(?P<rest>\S.*)$")


def looks_like_menu(line: str) -> bool:
    """Many one-word items with no punctuation: a navigation bar. A figure with its unit (3조원, 8%,
    2명) is no menu's item: a headline of short words says one (한빛시 내년 예산 3조원 시대 개막)."""
    tokens = line.split()
    return (
        len(tokens) >= 6
        and all(len(t) <= 3 for t in tokens)
        and not re.search(r"[,.'\"…·‘’“”]", line)
        and not _FIGURE_WITH_UNIT.search(line)
    )


_FIGURE_WITH_UNIT = re.compile(r"\d[가-힣%]")


# Interviews: ``―귀농한 지 얼마나 됐나.`` / ``Q. 무엇이 필요한가?`` ask; ``A. 집이다.`` answers. The
# question is read as a paragraph (it seldom ends like a sentence, and is no subheading); the
# marks are not read.
_QUESTION = re.compile(
    r"^(?:[―—]+|-{1,2}|(?:[◆◇■]\s*)?(?:Q\s*\d{0,2}\s*[.:：)=]|문\s*\d{0,2}\s*[.:：)=]))\s*(?P<q>[가-힣A-Za-z0-9\"'“‘(].*?[.?]['\"’”]?)$"
)
ANSWER_MARK = re.compile(
    r"^(?:(?:[◆◇■]\s*)?(?:A\s*\d{0,2}\s*[.:：)=]|답\s*\d{0,2}\s*[.:：)=])|[▶▷►]\s*A\d{0,2}\s|=(?!=))\s*(?=\S)"
)
# 오서림 대표: 손님과 나눈 이야기다. / 김하나: ...: who speaks in an interview's or a round table's turn, a
# name and perhaps a title before a colon; 기자: / 사회자: the one who asks. ◇ 하루아> / ◆ 구름새>: a radio
# programme's transcript, the host's turn under a white diamond and the guest's under a black one, the
# name closed with an arrowhead.
SPEAKER_LABEL = re.compile(
    r"^(?P<mark>[◆◇]\s*)?(?P<label>(?P<name>[가-힣]{2,4})(?:\s+[가-힣A-Za-z]{1,10}){0,2})\s*(?(mark)[:：>]|[:：])\s*(?=\S)"
)
INTERVIEWER_LABEL = re.compile(r"^(?:[◆◇]\s*)?(?:기자|사회자|진행자|질문자?|인터뷰어)\s*[:：]\s*(?=\S)")
# ▶회사를 소개해 달라. over =물류창고에서...: a question marked with an arrow, when an answer follows
# (▶Q 누가 쓸 수 있나. over ▶A 임차인이다.: the letters after the arrows are marks, not read).
ARROW_QUESTION = re.compile(r"^[▶▷►]\s*(?:Q\d{0,2}\s+)?(?P<q>[가-힣A-Za-z0-9\"'“‘(].*)$")
# ▲ 금리를 왜 올리나. over ▲ 시장 금리가 올랐기 때문이다.: an interview (일문일답) that marks the question and
# its answer alike with a triangle, the question ending as one does (?, 나., 까., 는가.); the marks are not read.
TRIANGLE_QUESTION = re.compile(
    r"^▲\s*(?P<q>[가-힣A-Za-z0-9\"'“‘(].*?(?:\?|(?:나|까|가|냐|니|나요|까요)\.)['\"’”]?)\s*$"
)
TRIANGLE_TURN = re.compile(r"^▲\s*(?=[가-힣A-Za-z0-9\"'“‘(])")
# 다음 기사 / [이전 기사] / 다음 글 보기: the label of the next or the previous story's box.
NEXT_STORY = re.compile(r"^[\[<【(]?\s*(?:다음|이전|지난)\s*(?:기사|글|뉴스)(?:\s*보기)?\s*[\]>】)]?$")
# 질문 빈 점포를 어떻게 채웠나. over 답변 임대료를 ...: an interview marked with the words (bold on the
# page), a space after each, or in brackets ([질문] 30대 직장인입니다. over [답변] 지치는 건 ..., as a
# counselling column marks a reader's letter and its answer); a question so marked only when an answer
# so marked follows it.
WORD_QUESTION = re.compile(r"^(?:질문\s*[.:：)=]?\s+|[\[【<(]\s*질문\s*[\]】>)]\s*)(?P<q>[가-힣A-Za-z0-9\"'“‘(].*)$")
WORD_ANSWER = re.compile(r"^(?:답변\s*[.:：)=]?\s+|[\[【<(]\s*답변\s*[\]】>)]\s*)(?=[가-힣A-Za-z0-9\"'“‘(])")

# A press release's boilerplate about its issuer: 한빛제약 소개 / 한빛소프트 개요 / About 한빛, over
# 한빛제약은 1985년 설립된 제약회사로...
ABOUT_HEADER = re.compile(
    r"^(?:about\s+(?P<en>.{1,30})|(?P<ko>[가-힣A-Za-z0-9&·()]+(?:\s[가-힣A-Za-z0-9&·()]+){0,2})\s*(?:회사\s*)?(?:소개|개요))$",
    _FLAGS,
)
# 회사 소개 / 기업 개요 / About Us: the header naming no issuer; the paragraph under it opens with its name.
_BARE_ABOUT_HEADER = re.compile(
    r"^(?:(?:회사|기업|법인|기관|단체)\s*(?:소개|개요|정보)|about\s+(?:us|the\s+company))$", _FLAGS
)
# 누리로봇은 2018년 설립된 ... / 한빛은 2010년 3월 창업한 ...: the issuer's name, then when it was founded.
_ISSUER_FOUNDED = re.compile(
    r"^[가-힣A-Za-z0-9&·()]+(?:\s[가-힣A-Za-z0-9&·()]+){0,2}(?:은|는)\s+(?:\S+\s+){0,2}?"
    r"(?:19|20)\d\d년\s*(?:\d{1,2}월\s*)?(?:에\s*)?(?:설립|창립|창업)(?:된|한|됐|되었|했)"
)
_FOUNDED = re.compile(r"(?:19|20)\d\d년\s*(?:\d{1,2}월\s*)?(?:에\s*)?(?:설립|창립|창업|문을\s*연)")


def is_about_issuer(header: str, paragraph: str) -> bool:
    """Whether ``header`` (``한빛제약 소개``) is over its issuer's boilerplate: the paragraph under it
    names the issuer first and says when it was founded."""
    if _BARE_ABOUT_HEADER.match(header):
        return bool(_ISSUER_FOUNDED.match(paragraph))  # 회사 소개 over 한빛은 2018년 설립된 ...
    m = ABOUT_HEADER.match(header)
    if m is None:
        return False
    name = (m["ko"] or m["en"]).strip()
    return paragraph.startswith(name) and bool(_FOUNDED.search(paragraph))


# A pull quote: a line that is one quotation and nothing else ("쉬는 시간에 ..." / “...”).
PULL_QUOTE = re.compile(r"^[\"“”「『](?P<q>[^\"“”「」『』]{4,200})[\"“”」』]$")
# A quotation with who said it on its line: "밤에 공부할 곳이 생겨 좋아요" - 이모 양 / “…” (도서관정책과장).
ATTRIBUTED_QUOTE = re.compile(
    r"^[\"“](?P<q>[^\"“”]{4,200})[\"”]\s*(?:[-–—―]{1,2}\s*[^\"“”()\s][^\"“”()]{1,39}|\(\s*[^\"“”()]{2,40}\))$"
)
# The attribution under a pull quote: — 박서연 한빛중 교사 / ― 서울 한빛중 교사.
ATTRIBUTION = re.compile(r"^[―—–-]{1,2}\s*[가-힣A-Za-z]")


# ―회사를 소개해 달라 / Q 올해 목표는: a question without its question mark, after the interview's own
# marks (the horizontal bar, a bare Q), ending as questions do.
_BARE_QUESTION = re.compile(
    r"^(?:―+|Q\s+)\s*(?P<q>[가-힣A-Za-z0-9\"'“‘(][^.?!]{0,120}?"
    r"(?:달라|주세요|가|나|까|니|냐|요|은|는|데|면|지))\s*$"
)


# [왜 골목 식당인가] / 【가장 기억에 남는 곳은】: a question set in brackets, two words or more ending as
# questions do; over its quoted answer (see structure), a magazine's interview question, not a subheading
BRACKET_QUESTION = re.compile(
    r"^[\[【]\s*(?P<q>[가-힣][^.?!\[\]【】]{0,60}?\s[^.?!\[\]【】]*?"
    r"(?:달라|주세요|가|나|까|니|냐|요|은|는|데|면|지))\s*[\]】]$"
)
# "큰 식당은 ... 사라지죠.": an answer given whole in quotation marks, in sentences
QUOTED_ANSWER = re.compile(r"^[\"“](?=.*[.?!][\"”]$)")


def interview_question(line: str) -> str | None:
    """The question of an interview's question line, without its mark; None if it is not one."""
    m = _QUESTION.match(line) or _BARE_QUESTION.match(line)
    return m["q"] if m and HANGUL.search(m["q"]) else None


# A portal's automatic summary: its header, then a few sentences taken from the story (not read).
_SUMMARY = r"(?:자동\s*요약|(?:본문\s*)?요약봇(?:\s*beta)?|(?:AI\s*)?(?:\d|세)\s*줄\s*요약)"
# AI 요약 / 기사 요약: a header only on a line of its own (a headline may begin with the words).
SUMMARY_HEADER = re.compile(rf"^(?:{_SUMMARY}|(?:AI|인공지능)\s*요약(?:\s*보기)?|기사\s*요약)$", _FLAGS)
# 요약봇 서울 등 ...: the header run on into the box's first sentence (a bold label inline).
SUMMARY_LEAD = re.compile(rf"^{_SUMMARY}\s+(?=\S)", _FLAGS)
# A readers' poll box: its header on a line of its own (독자 투표, 온라인 설문, POLL), then the
# question and its options, closed by its buttons or its count (투표하기, 결과보기, 참여 1,284명).
POLL_HEADER = re.compile(
    r"^[\[<【]?\s*(?:독자|온라인|오늘의|이슈|긴급|모바일|네티즌)?\s*(?:투표|설문(?:\s*조사)?|POLL)\s*[\]>】]?$", _FLAGS
)
# A social video or post embedded in the story: its header (YouTube 동영상, 인스타그램 게시물), then
# its title and channel, closed by the player's note or the channel's count (이 동영상은 YouTube에서
# 시청할 수 있습니다., 한빛엔터 구독자 52만명).
EMBED_HEADER = re.compile(
    r"^[\[<]?\s*(?:youtube|유튜브|instagram|인스타그램|tiktok|틱톡|facebook|페이스북)\s*(?:동영상|영상|게시물|포스트|video|post)\s*[\]>]?$",
    _FLAGS,
)
# @seoyun.violin · 2026년 4월 2일 / 마서윤 @seoyun.violin: a social post's header as a copy keeps it, the
# writer's handle (perhaps after the name the post shows) and when it was posted; not an e-mail address
# yoon_siha_official 인증됨: an Instagram post's header, the handle without its @ and with its badge
POST_HANDLE = re.compile(
    r"^(?:[^\s@]{1,20}(?:\s+[^\s@]{1,20}){0,2}\s+)?@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?:\s*[·•|]\s*.{0,40})?$"
    r"|^[A-Za-z0-9_][A-Za-z0-9_.]{1,29}\s*(?:인증됨|verified|[✓✔]\ufe0f?)(?:\s*[·•]\s*.{0,20})?$",
    re.IGNORECASE,
)
EMBED_CLOSE = re.compile(
    r"에서\s*(?:시청|재생|보기|확인)(?:할\s*수\s*있습니다|하세요)|구독자\s*[\d.,]+\s*(?:만|천)?\s*명|게시물\s*(?:보기|더\s*보기)",
    _FLAGS,
)
# A quiz box after the story (오늘의 뉴스 퀴즈, [시사 퀴즈], QUIZ): its header on a line of its own, then the
# question and its numbered choices, closed by its answer (정답: ③ 젤 주머니, 정답 보기). A quiz on the
# story, not the story.
QUIZ_HEADER = re.compile(
    r"^[\[<【■◆▶]?\s*(?:오늘의|이\s*주의|이번\s*주|주간)?\s*(?:뉴스|시사|상식|과학|경제|어린이)?\s*(?:퀴즈|quiz)\s*[\]>】]?$",
    _FLAGS,
)
# A quiz's question or choices inside its box (a line ending in ?, ①, 1), (1), 가)): a box with none
# is a story's own part headed 퀴즈, read ([퀴즈] / 결승 문제는 … / 정답은 '새벌'.).
QUIZ_ASKS = re.compile(r"[?？]\s*$|^\s*(?:[①②③④⑤]|\(?[1-5]\)|[가-라]\)|[1-5]\.\s)|[①②③④⑤]")
# (정답은 … as a sentence ending in 다 closes none: 정답은 방송에서 공개된다, a story's own line)
QUIZ_CLOSE = re.compile(r"^(?:[▶▷☞]\s*)?(?:정답|답)\s*(?:[:：=]|은\s(?!.*다\.?$)|(?:보기|확인|공개)$)")
POLL_CLOSE = re.compile(r"투표\s*하기|결과\s*보기|참여\s*[\d,]+\s*명|투표\s*(?:마감|종료)|총\s*[\d,]+\s*명\s*참여")
# A fact check's verdict: its label on a line of its own over the verdict (판정 / 절반의 사실), or
# both on one line (■ 판정: 대체로 사실). The verdict is the story's answer: it is read.
# [Fact check 판정] / [팩트체크 판정]: the label may name the column before the word.
VERDICT_LABEL = re.compile(
    r"^[■□◆◇●▶\[<【]?\s*(?:(?:fact\s*check|팩트\s*체크)\s*)?(?P<word>(?:최종\s*)?(?:판정|검증\s*결과|팩트체크\s*결과))"
    r"\s*[\]>】]?\s*[:：]?$",
    _FLAGS,
)
# ■■□□□ 대체로 사실 아님: a verdict drawn on a scale before its words, for the eye.
VERDICT_SCALE = re.compile(r"^[■□●○◆◇★☆▮▯▰▱]{2,}\s*")
# '흑백요리사2' 우승자, 첫 식당 오픈: quotation marks, a comma or an ellipsis make a headline, never a
# verdict's few words (절반의 사실, 대체로 사실 아님), even under a verdict's label; figures and an
# underscore a file's or a code's name (260203_보도자료.hwpx)
_NOT_VERDICT = re.compile(r"[\"'“”‘’,…_\d]|\.\.\.")


def verdict_words(text: str) -> bool:
    """Whether ``text`` may be a fact check's verdict under its label: a few words, not a sentence."""
    return len(text) <= 25 and not is_sentence(text) and bool(HANGUL.search(text)) and not _NOT_VERDICT.search(text)


VERDICT_LINE = re.compile(
    r"^[■□◆◇●▶]?\s*(?:최종\s*)?(?:판정|검증\s*결과|팩트체크\s*결과)(?P<colon>\s*[:：])?\s*(?P<verdict>\S.{0,24})$"
)
# The story again in English under its own header ([English], English version, 영문 기사): a
# bilingual page's translation, not read (a Korean voice reads the Korean story).
TRANSLATION_HEADER = re.compile(
    r"^[\[<【(]?\s*(?:▶\s*)?(?:(?:read\s+)?in\s+english|english(?:\s+(?:version|summary|translation))?|eng|"
    r"영문(?:\s*(?:기사|번역|요약|보기))?|영어\s*(?:기사|번역)(?:\s*보기)?)\s*[\]>】)]?$",
    _FLAGS,
)
# The story in Korean under its header below the English one, on a Korean outlet's English-first page
# ([한국어 기사], 국문 기사, Korean version, 한국어로 읽기): what is above it in English is not read.
KOREAN_VERSION_HEADER = re.compile(
    r"^[\[<【(]?\s*(?:▶\s*)?(?:(?:read\s+)?in\s+korean|korean(?:\s+(?:version|text|original))?|"
    r"(?:한국어|한글|국문)(?:\s*(?:기사|원문|번역|판|보기|버전)|로\s*(?:읽기|보기))(?:\s*보기)?)\s*[\]>】)]?$",
    _FLAGS,
)
ENGLISH_PROSE = re.compile(r"^[^가-힣]*[A-Za-z][^가-힣]*[.!?][\"”’']?$")
# A video player's time (재생 시간 01:52, 00:00 / 02:31): under it or over it stands the video's title.
PLAYER_TIME = re.compile(
    r"^(?:(?:재생\s*시간|러닝\s*타임|영상\s*길이)\s*[:：]?\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?$"
)
# A graphic's or a table's title ([그래픽] 연도별 출생아 수, [표] ...): the figures under it are its own.
GRAPHIC_TITLE = re.compile(r"^[\[(<【]\s*(?:그래픽|인포그래픽|표|도표|차트)\s*[\])>】]")
# An editor's note introduces a series or a column; it is not the story.
EDITOR_NOTE = re.compile(r"^[\[<【(]?\s*※?\s*편집자\s*주\s*[\]>】)]?\s*[:：]?\s*")


def opens_comments(line: str) -> bool:
    """``댓글 2``, ``로그인 후 댓글을 남길 수 있습니다``...: the page's comment section begins."""
    return len(line) <= 60 and bool(_fullmatch_any("comment_openers.txt").fullmatch(line))


# A run of 20 Hangul syllables or more with no space (an ordinary word has fewer than 10), in a text with a
# space for every 10 syllables or fewer (Korean prose has one for every 3 or 4): a scrape dropped the spaces.
_UNSPACED_RUN = re.compile(r"(?:[가-힣][^\s가-힣]{0,3}){20,}")


def unspaced(text: str) -> bool:
    """Whether ``text`` is Korean with its spaces dropped (``한빛시가시립도서관5곳의...``), not prose."""
    syllables = len(HANGUL.findall(text))
    return bool(_UNSPACED_RUN.search(text)) and text.count(" ") * 10 < syllables


# 5 곳 / 10 시 / 40 량: a number and the counter after it, which Korean writes as one word
SPACED_COUNTER = re.compile(r"(\d) ([가-힣])")
# 관계자는"밤늦게 ...많다"며"이용률을: an opening quotation mark glued to the word before it
_QUOTE = re.compile(r"[\"“”]")


def spaced_quotes(text: str) -> str:
    """``text`` with a space before each opening quotation mark that follows a word (every other
    straight mark, or a curly opening one), so the quote is said apart from the speaker's word."""
    out: list[str] = []
    opening = True
    for i, ch in enumerate(text):
        if _QUOTE.match(ch):
            is_open = ch == "“" or (ch == '"' and opening)
            if ch == '"':
                opening = not opening
            if is_open and i and not text[i - 1].isspace() and text[i - 1] not in "([{'‘":
                out.append(" ")
        out.append(ch)
    return "".join(out)
