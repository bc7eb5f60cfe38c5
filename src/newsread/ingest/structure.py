"""From the lines of a page to an :class:`~newsread.types.Article`: find the story, drop the rest.

A page is a sequence of lines. Each is classified on its own (chrome, caption, byline,
copyright, date, list header, promotion link, or text); then the story is located:

- the headline is the title-like line before the first paragraph (preferring one the page
  repeats, as photo captions do), and everything above it is the page's header;
- lines between the headline and the first paragraph are the summary deck;
- a paragraph is a line that reads as running text (ends like a Korean sentence);
- a subheading is a short line that is not a sentence and stands between paragraphs;
- a copyright notice (or a wire service's ``(끝)``) ends the story; a list header
  (``관련기사``, ``많이 본 뉴스``...) starts a list that lasts until the next paragraph;
  non-sentences after the last paragraph are the page's footer, but for a list that closes
  the story (``▲`` items under ``주요 내용은 다음과 같다.``);
- another story given in full under a list header (``관련 기사``, then a headline with its date)
  ends the story too, and so does the next story's box (``다음 기사`` over a headline and its lines);
- a broadcast's segment label (``[이 시각 세계]``) or another item's teaser after one is not read;
- a column's writer signing under it closes it, with the writer's bio (an interviewee's profile,
  under the name of someone the story's paragraphs name, is the story's); so does the writer's profile
  given on one line after the last paragraph (``이서하 한빛대 교수. 금융 소외 계층을 연구해 왔다.``);
- the reporter's profile in the polite style (``... 입사해 사회부를 거쳤습니다.``) under the byline that
  closes a story in the plain style is not read;
- a bare photo credit glued to a paragraph's start (``/뉴스1 정부는 ...``, ``ⓒ연합뉴스 ...``) is the end of
  the caption above it: both go, the paragraph stays;
- a photo page with no paragraph reads its captions;
- a pull quote (a quotation set apart, signed under it or saying again what a paragraph quotes)
  is not read, nor a press release's boilerplate about its issuer;
- readers' comments end the story: under their header, or, with none, at the closing byline over
  the first comment's stamp (``2025.05.02 09:30 신고 | 답글``), or with no byline either, at the
  commenter's name right under the last paragraph;
- a graphic's or a table's figures (under ``[그래픽] ...``, over ``(자료=...)``), a video's title over
  the player's time, a readers' poll and an English version under ``[English]`` are not read (a box
  of facts over its source, each item saying something in words, is read, all but its source);
- a fact check's verdict (``판정`` over ``절반의 사실``) is read once, where the page first gives it;
- a page that is only the story's body from its dateline on takes its first sentence as headline;
  a page that is only a list under a dated headline (``[인사] ...``, ``[부고] ...``) reads the list.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise, takewhile

from newsread import kiwi
from newsread.errors import InputError
from newsread.ingest import rules
from newsread.types import Article, Block, BlockKind

log = logging.getLogger(__name__)

MAX_HEADING = 80
"""A subheading longer than this is read as a paragraph."""
_POST_WORDS = 4
"""An embedded post with at least this many words before its link says something: it is read."""
MIN_LONG_TEXT = 40
"""A non-sentence line at least this long between paragraphs is kept as a paragraph."""

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


@dataclass
class Line:
    """One line of a page; ``text`` may lose a marker, a dateline or a byline on the way."""

    text: str
    blank_before: bool = True
    indent: int = 0
    hint: BlockKind | None = None  # structure the source already gave (HTML)
    level: str = ""  # the page's element for a heading it gave (HTML: h2, h3...)
    kind: str = "text"
    prose: bool = False
    question: bool = False  # an interviewer's question: a paragraph of its own
    apart: bool = False  # a marker or a speaker stood before it: it begins a paragraph
    credited: bool = False  # a photo's credit stood before it: the line above may be the photo's caption
    cut_end: bool = False  # its end was taken off (a speaker's closing bracket): it ends one
    item: bool = False  # a box's item (a figure and its label, a timeline's day): a line of its own
    dropped_as: str = ""
    writer: str = ""  # the name of a writer's mark (글 이수진): a byline only over or under the story
    tag: str = ""  # a headline's tag that also marks a script's turn ([인터뷰]), taken off the text
    glued: bool = False  # a copyright notice run on from a sentence of the story, with no byline before it
    stamp: str = ""  # a live entry's time (13:45 before it, or alone on the line over it): said first


@dataclass
class Meta:
    author: str | None = None
    date: str | None = None
    bylines: list[str] = field(default_factory=list)
    page_author: str | None = None
    """The author the page's metadata names: a byline in the story's text (more often the
    reporter's, where a portal's metadata names the outlet) wins over it."""
    dated_by: str = ""
    """The line the date was first found in (none where the page's metadata gave it)."""

    def add_byline(self, text: str, name: str | None) -> None:
        """Record a byline; one the page already gave (``이수민 기자`` above the story and ``이수민
        기자 sumin@...`` under it) is kept once, in its longer form."""
        text = " ".join(text.split())
        if text and not any(text in b for b in self.bylines):
            self.bylines = [b for b in self.bylines if b not in text]
            self.bylines.append(text)
        if name and not self.author:
            self.author = rules.joined_names(name)

    def add_date(self, text: str) -> None:
        """Record the page's date; a later stamp of the same day with its time of day (the page's
        metadata giving the day only) adds the time, unless it is an update's."""
        found = rules.date_of(text)
        if not self.date:
            self.date, self.dated_by = found, text if found else ""
        elif found and len(self.date) == 10 and found.startswith(self.date) and not rules.UPDATE_WORD.match(text):
            self.date = found  # (not an update's time: the story was out before it)


def split_lines(text: str) -> list[Line]:
    """Non-empty lines of ``text`` (spaces collapsed), each knowing whether a blank line precedes it."""
    out: list[Line] = []
    blank = True
    for raw in _columns_apart(text.translate(_INVISIBLE).splitlines()):
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        indent = len(raw) - len(raw.lstrip())
        first, *items = _field_items(stripped)
        out.append(Line(_one_line(first), blank_before=blank, indent=indent))
        out.extend(Line(_one_line(f"- {item}"), blank_before=False, indent=indent) for item in items)
        blank = False
    return out


# ... 모집한다. - 모집 인원: 30명 - 신청 기간: 12월 15일까지: a list of fields a scrape ran into one line, each
# item after its dash a short label and its colon; each is a line of its own, as the list had it
_INLINE_FIELD_ITEM = re.compile(rf"(?<=\S)\s+[-–]\s+(?={rules.FIELD_LABEL}\s)")
_OPENS_FIELD_ITEM = re.compile(rf"{rules.DASH_FIELD_ITEM}\s")


def _field_items(line: str) -> list[str]:
    """``line`` cut before each field item run into it: where the line is a list of them already (``-
    일시: 10일 - 장소: 시청``) or the first comes after a sentence's stop (``모집한다. - 모집 인원: 30명``);
    a dash inside a sentence (``운행 구간은 서울 - 부산 구간: 하루 20회``) is the sentence's own."""
    first = _INLINE_FIELD_ITEM.search(line)
    if first is None or not (_OPENS_FIELD_ITEM.match(line) or rules.ends_sentence(line[: first.start()])):
        return [line]
    return _INLINE_FIELD_ITEM.split(line)


_CELL_GAP = re.compile(r"\t+|[ \u00a0\u3000]{2,}")
# the gap between a print page's two columns set side by side in its text (a PDF's text kept in its layout)
_COLUMN_GAP = re.compile(r"(?<=\S)[ \u3000]{3,}(?=\S)")
_COLUMN_ROWS = 4  # rows with both columns, the least that makes two columns
_COLUMN_SIDE = 8  # the least length of a column's line: prose, not a table's label and value
_STOP_INSIDE = re.compile(r"(?:다|요|죠)[\"'”’)]*[.?!](?:\s|$)")  # a sentence's end, anywhere in a column


def _columns_apart(raw: list[str]) -> list[str]:
    """The lines of a page, with a print page's two columns set side by side (``도심 하천 복원 공사가 끝난
    뒤        물이 맑아지면서 산책하는 시민도``) as the left column's lines, then the right's: read row by row,
    each row joined the two columns' sentences into one. Each column keeps its indents (a paragraph's
    start) and its blank lines; lines around the columns (the headline over both) are as they were."""
    if len(raw) < _COLUMN_ROWS or sum("   " in r for r in raw) < _COLUMN_ROWS:
        return raw
    out: list[str] = []
    i = 0
    while i < len(raw):
        end, at = _column_run(raw, i)
        if at is None:
            out += raw[i:end]  # (rows looked at once: a long table is not gone over again from each row)
            i = end
            continue
        left: list[str] = []
        right: list[str] = []
        for row in raw[i:end]:
            gaps = list(_COLUMN_GAP.finditer(row))
            if gaps:
                left.append(row[: gaps[0].start()])
                right.append(" " * (gaps[0].end() - at) + row[gaps[0].end() :])
            elif row[:at].strip():
                left.append(row)
                right.append("")
            else:
                left.append("")
                right.append(row[at:])
        log.debug("two columns side by side (%d rows): read one after the other", end - i)
        out += [*left, *right]
        i = end
    return out


def _column_run(raw: list[str], i: int) -> tuple[int, int | None]:
    """The rows from ``i`` that hold two columns side by side: where they end, and where the right column
    starts in them; that start is None where they are no such columns (``i + 1`` for the end where row ``i``
    opens no run)."""

    def two_sides(row: str) -> re.Match[str] | None:
        gaps = list(_COLUMN_GAP.finditer(row))
        if len(gaps) != 1:
            return None
        left, right = row[: gaps[0].start()].strip(), row[gaps[0].end() :].strip()
        sides = len(left) >= _COLUMN_SIDE and len(right) >= _COLUMN_SIDE
        return gaps[0] if sides and rules.HANGUL.search(left) and rules.HANGUL.search(right) else None

    first = two_sides(raw[i])
    if first is None:
        return i + 1, None
    starts = [first.end()]
    end = i + 1
    while end < len(raw):
        row = raw[end]
        gaps = list(_COLUMN_GAP.finditer(row))
        if len(gaps) == 1 and abs(gaps[0].end() - starts[0]) <= 2:
            if two_sides(row) is not None:
                starts.append(gaps[0].end())
        elif gaps:
            break  # a row with other gaps: a table's, or the page's header
        elif not row.strip():
            if end + 1 >= len(raw) or not raw[end + 1].strip():
                break  # two blank rows: the columns have ended
        elif len(row.rstrip()) > starts[0] - 3 and row[: starts[0] - 2].strip():
            break  # a line across both columns
        end += 1
    while end > i + 1 and not raw[end - 1].strip():
        end -= 1
    if len(starts) < _COLUMN_ROWS:
        return end, None
    at = min(starts)
    # each column runs sentences on (a table's labels and values, aligned, end none)
    sides = [" ".join(r[:at] for r in raw[i:end]), " ".join(r[at:] for r in raw[i:end])]
    return end, (at if all(_STOP_INSIDE.search(side) for side in sides) else None)


def _one_line(text: str) -> str:
    """Runs of spaces, tabs, no-break and ideographic spaces as one space; a row of a table laid
    out with tabs or aligned with spaces (``두산\t0\t1\t0``) keeps its cells apart, as ``두산 | 0 | 1 | 0``,
    so that it is known as a row (:func:`~newsread.ingest.rules.is_table_row`)."""
    cells = [" ".join(c.split()) for c in _CELL_GAP.split(text)]
    row = " | ".join(c for c in cells if c)
    return row if len(cells) >= 3 and rules.is_table_row(row) else " ".join(text.split())


# The lines a page opens with, its headline's and its byline's, where a stamp of the day alone is the page's
_EARLY_LINES = 4


def _early_lines(lines: list[Line]) -> int:
    """How many of ``lines`` stand early: the first :data:`_EARLY_LINES` after the page's chrome (menus,
    the outlet's name, a section's path) at its top, counted from the headline, not the file's start."""
    chrome = 0
    for ln in lines:
        text = ln.text.strip()
        if not (rules.is_chrome(text) or rules.is_outlet(text) or rules.is_section_path(text)):
            break
        chrome += 1
    return chrome + _EARLY_LINES


def _in_stamp_run(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` and a line next to it, with no blank line between, both end in a day and a time
    with no stamp word (``원서 접수 2026.03.05 09:00`` / ``필기시험 2026.04.12 10:00``): a schedule's box."""
    if not rules.ends_in_bare_stamp(lines[i].text):
        return False
    above = i > 0 and not lines[i].blank_before and rules.ends_in_bare_stamp(lines[i - 1].text)
    below = i + 1 < len(lines) and not lines[i + 1].blank_before and rules.ends_in_bare_stamp(lines[i + 1].text)
    return above or below


def _split_notice(line: Line, early: bool = False, in_run: bool = False) -> list[Line]:
    """The line, or its text and the copyright notice it runs on into, as two lines; or a correction's
    label and the notice it runs on into; or a short line and the page's stamp it runs on into (not one of
    a run of lines ending in a day and a time, ``in_run``: a schedule's entries)."""
    if (labelled := rules.split_correction_label(line.text)) is not None:
        label, notice = labelled
        return [replace(line, text=label, hint=None), replace(line, text=notice, blank_before=False)]
    if (stamped := rules.split_page_stamp(line.text, early, in_run)) is not None:
        head, stamp = stamped  # a subheading, then the page's stamp a scraper ran on into it
        return [replace(line, text=head), replace(line, text=stamp, blank_before=False, hint=None)]
    parts = rules.split_notice(line.text)
    if parts is None:
        return [line]
    head, notice = parts
    glued = rules.without_byline(head) == head and not rules.EMAIL_FIRST.match(head)
    return [replace(line, text=head), replace(line, text=notice, blank_before=False, glued=glued)]


def _tagged(ln: Line) -> str:
    """The line's text with the headline's tag that a script's marker took off (``[인터뷰] ...``)."""
    return f"{ln.tag} {ln.text}" if ln.tag and not ln.text.startswith(ln.tag) else ln.text


def _watermark(lines: list[Line], i: int) -> bool:
    """A copyright notice run on from a sentence mid-story: the story's paragraphs go on under it to
    another notice (or the byline), so it marks the copy, and does not end the story."""
    if lines[i].kind != "end" or not lines[i].glued:
        return False
    after = list(takewhile(lambda x: x.kind != "end", lines[i + 1 :]))
    closes = len(after) < len(lines) - i - 1 or any(x.kind == "byline" for x in after)
    return closes and sum(x.kind == "text" and x.prose for x in after) >= 2


def _classify(line: Line, meta: Meta, head: bool = True) -> None:
    """Sort ``line`` into its kind, noting the byline and the date in ``meta``; ``head``: no paragraph
    of prose stands above it (a mailing's 발송일: dates only its letter there, not a notice in a story)."""
    text = line.text
    if rules.DRAWN_ROW.match(text):
        line.kind = "table"  # │ 담당부서 │ 한빛시 기후환경과 │: a box of fields drawn around the page's head
        if (date := rules.drawn_date(text)) is not None:
            meta.add_date(date)  # │ 배포일시 │ 2026. 5. 12.(화) 10:00 │: when it was released
        return
    if not any(rules.AUTHOR_FIELD.match(c) for c in _byline_and_date(text)):
        text = rules.strip_speaker(rules.strip_marker(text))  # 기자 : 하늘빛 is a field, not a script's label
        tag = rules.headline_tag(line.text)
        if tag and line.text[len(tag) :].strip() == text and not rules.TURN_LABEL.match(line.text):
            line.tag = tag  # [인터뷰] 섬마을 도서관 ...: said with the headline, if this line is the headline
        if rules.TURN_LABEL.match(line.text) and text and not rules.SPEAKER_TAG.match(text):
            if not rules.ends_sentence(text) and all(map(rules.is_person_name, re.split(r"[\s·,]+", text))):
                line.kind = "speaker"  # [기자] 김철수: who takes the turn, not what is said
                return
            line.prose = True  # 기자: 힘든 점은. / 기자: 35도를 넘은 서울 도심.: what is said, however it ends
    if not text or rules.is_picture_placeholder(text):
        line.kind = "marker"  # [기자 사진]: a writer's photo that was, no byline naming 사진
        return
    if rules.SPEAKER_MARKER.match(line.text) and not rules.ends_sentence(text):
        line.kind = "speaker"  # ◀ SYN ▶ 한빛시 관계자(음성변조): who speaks in the next line
        return
    if (m := rules.ANSWER_MARK.match(text)) and text[m.end() :].strip():
        text = text[m.end() :]
    # (▶ 14:00 개회식, marked and no sentence: a programme's item, not an entry)
    m = rules.ENTRY_TIME.match(text)
    if m and rules.HANGUL.search(text) and (not m["mark"] or rules.is_sentence(text[m.end() :])):
        line.stamp = rules.entry_stamp(m.group())  # 13:45 [속보] ...: a live page's entry, said with its time
        text = rules.strip_headline_tags(text[m.end() :])
    if (question := rules.interview_question(text)) is not None:
        line.text, line.kind, line.prose, line.question = question, "text", True, True
        return
    if (m := rules.MEDIA_LINK.search(text)) and rules.HANGUL.search(text[: m.start()]):
        words = text[: m.start()]
        if not rules.is_sentence(words) and len(rules.HANGUL_WORD.findall(words)) < _POST_WORDS:
            line.kind = "embed"  # 내일 만나요 💙 #LUMINOUS pic.twitter.com/...: a post's picture and tags
            return
        text = words  # the post's words are read, not its link
        line.prose = True  # 새 앨범 너무 기다렸어 다들 들어줘: a post need not end with a full stop
    line.apart = text != line.text
    line.cut_end = not line.text.rstrip().endswith(text.rstrip())
    text = rules.QUOTED_MEDIA_LINK.sub("", text)
    if (story := rules.story_after_caption(text)) is not None:
        text = story  # ... 장을 보고 있다. /사진=연합뉴스 정부는 ...: a photo's caption and credit, then the story
    if (story := rules.story_after_credit(text)) is not None:
        text, line.credited = story, True  # /뉴스1 정부는 ...: the end of the caption above, then the story
    if (story := rules.story_without_credit(text)) is not None:
        text = story  # ...밝혔다. (사진=한빛일보 DB): the paragraph is read, not the photo's credit
    if (story := rules.story_without_stamp(text)) is not None:
        meta.add_date(text[len(story) :])  # ...라고 밝혔다. 2025.9.3: the day's stamp, not read
        text = story
    if (story := rules.story_without_phone(text)) is not None:
        text = story  # ...발인 9일 오전 8시. ☎ 031-000-0001: the entry is read, not the number to call
    if (handoff := rules.handoff_at_end(text)) is not None:
        meta.add_byline("", handoff[1])  # ...설치했습니다. 박준서 기자가 전해드립니다.: the reporter, not read
        text = text[: handoff[0]]
    elif (signed := rules.sign_off_at_end(text)) is not None:
        meta.add_byline("", signed)  # ...계획입니다. 지금까지 한빛방송 뉴스 도하람입니다.: read, and the author
    line.text = text
    if rules.END_MARK.match(text):
        line.kind = "end"
    elif rules.POST_HANDLE.match(text):
        line.kind = "embed"  # @seoyun.violin · 2026년 4월 2일: whose post is quoted, and when (not the story's date)
    elif rules.FOOTNOTE.match(text):
        line.kind = "footnote"
    elif rules.ATTACHMENTS.match(text):
        line.kind = "list"  # 붙임 1. ... / 첨부파일: the files under a press release
    elif rules.is_copyright(text):
        line.kind = "end"
        meta.add_date(text)
    elif rules.opens_comments(text):
        line.kind = "comments"
    elif rules.SUMMARY_HEADER.match(text) or rules.SUMMARY_LEAD.match(text):
        line.kind = "summary"
    elif m := rules.EDITOR_NOTE.match(text):
        line.kind = "note"
        line.text = text[m.end() :]  # the note itself, or nothing when it is on the next line
    elif rules.SPEAKER_TAG.match(text):
        line.kind = "speaker"
    elif rules.is_credit(text):
        line.kind = "caption"  # (사진=뉴스1), /사진=홍길동 기자: the photographer, not the reporter
    elif rules.OUTLET_LINE.match(text):
        line.kind = "byline"
        meta.add_byline(text, None)
    elif (m := rules.TAGGED_REPORTER.match(text)) and m.end() == len(text):
        line.kind = "byline"  # [OSEN=홍길동 기자] on its own line, over the story
        meta.add_byline(text, m["name"])
    elif (m := rules.WIRE_DATELINE.match(text)) and m.end() == len(text):
        line.kind = "byline"  # (서울=연합뉴스) 김토끼 기자: a graphic's credit
        meta.add_byline(text, None)
    elif (m := rules.LETTER_SIGNATURE.match(line.text)) and rules.is_person_name(m["name"]):
        line.kind = "letter"  # ― 한다솜·회사원(한빛시 동구): a letter's signature
    elif (m := rules.writer_mark(text) or rules.LETTER_WRITER.match(text)) and rules.is_person_name(m["name"]):
        line.kind, line.writer = "byline", m["name"]  # 글 이수진: a byline where it stands over or under the story
    elif m := rules.ENGLISH_BYLINE.match(text):
        line.kind, line.writer = "byline", m["name"]  # By Park Jiwoo, as 글 이수진 (By Monday Night: a column's title)
    elif (m := rules.writer_signature(text)) and m["mark"]:
        line.kind = "byline"  # /김민준 한빛대 교수: a column's writer
        meta.add_byline(text[m.end("mark") :].rstrip(">])〉 "), rules.signer(m))
    elif m := (
        rules.BYLINE_LINE.match(text)
        or rules.EMAIL_FIRST.match(text)
        or rules.SIGN_OFF.match(text)
        or rules.ROLE_FIRST.match(text)
        or rules.AUTHOR_FIELD.match(text)
        or rules.PLACE_CREDIT.match(text)
    ):
        line.kind = "byline"
        name = m["name"] or m.groupdict().get("role_name")
        if m.re is rules.AUTHOR_FIELD and name and rules.is_office_name(name):
            name = None  # 작성자 행정실: the office that posted the notice, no writer to name
        meta.add_byline(text, name)
    elif (m := rules.ID_BYLINE.match(text)) and m["mark"]:
        line.kind = "byline"  # 글: 한승우(seungwoo): a citizen reporter, the site's user name after the name
        meta.add_byline(text, m["name"])
    elif m := rules.HANDOFF.match(text):
        line.kind = "byline"
        meta.add_byline("", m["name"])
    elif rules.COMMENT_STAMP.match(text):
        line.kind = "stamp"  # 2025.05.02 09:30 신고 | 답글: under a reader's comment
        meta.add_date(text)  # (a date still, where the page gives no other)
    elif kind := _meta_cells(text, meta):
        line.kind = kind  # 이서진 기자 | 입력 2025.08.01 05:00: the byline and the date on one line
    elif (
        (rules.is_date_line(text) and (head or not rules.MAILING_DATE_WORD.match(text)))
        or rules.TIME_LINE.match(rules.strip_heading_decor(text))
        or rules.is_update_note(text)
    ):
        line.kind = "date"  # ■ 오전 9시 40분: a live page's time stamp, marked as a heading
        meta.add_date(text)
    elif rules.is_code(text):
        line.kind = "code"  # from morpho import Analyzer: a program's line, shown in a tech story
    elif rules.CORRECTION_LABEL.match(text):
        pass  # Correction / [바로잡습니다]: the label over a correction, a heading when a notice follows
    elif rules.enquiry_line(text):
        line.kind = "enquiry"  # 문의: 한빛구청 민원과 ☎ 02-123-4567: read where it stands in a notice (_read_enquiries)
    elif rules.is_chrome(text):
        line.kind = "chrome"
    elif rules.PROMO.match(text) or rules.RELATED_LINK.match(text):
        line.kind = "promo"
    elif rules.is_list_header(text):
        line.kind = "list"
    elif (
        rules.is_table_row(text)
        or rules.is_figure_list(text)
        or rules.UNIT_LINE.match(text)
        or rules.is_market_line(text)
        or rules.is_lineup(text)
    ):
        line.kind = "table"
    elif rules.is_caption(text):
        line.kind = "caption"
    else:
        line.kind = "text"
        line.prose = (
            line.prose
            or rules.is_sentence(rules.without_byline(text))
            or rules.is_public_notice(text)
            or bool(rules.BOOK_LINE.search(text))  # 김서해 지음 | 한빛출판 | 312쪽: read with the review
        )


# 이서진 기자 | 입력 ... / 글 여다솜 · 2026년 4월 17일 · 조회 2,341 (a middle dot with spaces around it;
# 김민수·이하나 joins two names)
_CELL = re.compile(r"\s*[|｜]\s*|\s+[·ㆍ]\s+")


def _meta_cells(text: str, meta: Meta) -> str | None:
    """A line of the page's metadata in cells (``이서진 기자 | 입력 2025.08.01 05:00 | 댓글 3``,
    ``한빛일보 | 2025.08.01``): each cell a byline, a date, the outlet's name or a button. Its
    bylines and date are recorded; the kind of line it is (``byline`` or ``date``), or None."""
    cells = [c for c in _CELL.split(text) if c]
    if len(text) > 120:
        return None
    if len(cells) == 1:
        cells = _byline_and_date(text)  # 2025.10.12 13:00 정하늘 기자, with no mark between
    if len(cells) < 2:
        return None
    bylines = [
        m
        for c in cells
        if (m := rules.BYLINE_LINE.match(c) or rules.AUTHOR_FIELD.match(c) or _writer_mark(c)) is not None
    ]
    dates = [c for c in cells if rules.is_date_line(c)]
    rest = [c for c in cells if not any(c == m.string for m in bylines) and not rules.is_date_line(c)]
    if not (bylines or dates) or not all(rules.is_outlet(c) or rules.is_chrome(c) for c in rest):
        return None
    for m in bylines:
        meta.add_byline(m.group(), m["name"])
    for c in dates:
        meta.add_date(c)
    return "byline" if bylines else "date"


def _writer_mark(cell: str) -> re.Match[str] | None:
    """``글 여다솜``: the writer's mark and a person's name, in a cell of the page's metadata."""
    m = rules.writer_mark(cell)
    return m if m is not None and rules.is_person_name(m["name"]) else None


def _byline_and_date(text: str) -> list[str]:
    """``text`` as a date and a byline side by side (``2025.10.12 13:00 정하늘 기자``, ``정하늘 기자
    2025.10.12``, a board's ``등록일 : 2026-12-01 오후 3:20:11  기자 : 한상철``), or as it is."""
    if len(text) > 80 or not rules.DATE.search(text):
        return [text]

    def signed(cell: str) -> bool:
        return bool(rules.BYLINE_LINE.match(cell) or rules.AUTHOR_FIELD.match(cell))

    for m in re.finditer(r"\s+", text):
        a, b = text[: m.start()], text[m.end() :]
        if (rules.is_date_line(a) and signed(b)) or (signed(a) and rules.is_date_line(b)):
            return [a, b]
    return [text]


def _clean_paragraph(text: str, meta: Meta) -> str:
    """A paragraph without the wire dateline in front, an item's pictograph (✅), footnotes' marks set
    above the line (늘었다²) or the byline at its end."""
    text = rules.SUPERSCRIPT_MARK.sub("", rules.without_emoji_bullet(text))
    text = text[rules.dateline_start(text) :]  # [단독] [서울=뉴시스] ...: the headline's tag goes with the dateline
    if m := rules.dateline(text):
        meta.add_byline(rules.dateline_byline(m), m["name"])
        text = text[m.end() :]
    elif m := rules.NEWSWIRE_DATELINE.match(text):
        meta.add_date(m["date"] or "")  # 서울--(뉴스와이어) 2025년 06월 10일 --: where and when, no writer
        text = text[m.end() :]
    if (m := rules.byline_at_end(text)) is not None:
        meta.add_byline(text[m.start() :].strip(" /"), rules.signer(m))
        text = text[: m.start()]
    return _respaced(text.strip())


def _respaced(text: str) -> str:
    """A paragraph a scrape ran together with no spaces (``공사는8일노후전동차40량을...밝혔다.``) with its
    word breaks put back by Kiwi, so it is not said as one word; prose spaced as Korean is, left alone."""
    if not rules.unspaced(text) or not kiwi.morphology():
        return text
    return rules.spaced_quotes(rules.SPACED_COUNTER.sub(r"\1\2", kiwi.get_kiwi().space(text, reset_whitespace=False)))


# K-Battery makers brace for slower EV demand: four words or more in Latin letters, some in lower case (a
# menu's items are each capitalised)
_LATIN_HEADLINE = re.compile(
    r"^(?=(?:.*?\b[a-z]{2,}\b){2})[A-Z0-9'\"‘“][\w'’\-.,:;%$&]*(?:\s+[\w'’\-.,:;%$&?!\"”]+){3,}$"
)


def _headline_index(lines: list[Line], first_para: int) -> int | None:
    """The headline: the best title-like line before the first paragraph."""
    best: tuple[int, int] | None = None
    fields: int | None = None  # two names joined by · over the date, if no other line is the headline
    later = [ln.text for ln in lines[first_para:]]
    for i in range(first_para):
        ln = lines[i]
        # [인터뷰] 섬마을 도서관 지킨 20년 over the date, or first on a page whose lines above it are
        # none of the story's: a tagged headline, not who speaks next in a script
        first_on_page = all(x.kind != "text" for x in lines[:i])
        tagged = ln.kind == "speaker" and bool(ln.tag) and (first_on_page or _dated(lines, i, first_para))
        if (ln.kind != "text" and not tagged) or ln.prose or not 4 <= len(ln.text) <= 150:
            continue
        if not rules.HANGUL.search(ln.text) and (
            not (_LATIN_HEADLINE.match(ln.text) and _dated(lines, i, first_para)) or _under_a_title(lines, i)
        ):
            # a Korean edition's English headline over its date: K-Battery makers brace for ...; under
            # the Korean headline, the original's headline of a translated piece
            continue
        if rules.is_field_pair(ln.text) and _dated(lines, i, first_para):
            fields = i  # AI·반도체 over the date: the section's name, or the headline where no other is
        if (
            rules.is_bare_tag(ln.text)
            or rules.is_org_name(ln.text)
            or rules.is_series_label(ln.text)
            or rules.is_section_path(ln.text)
        ):
            # [날씨], 한빛구청 복지정책과, [연중기획] 지방소멸 ③, 연예 > 가요, 해운·물류: a label, the issuer's
            # office, the section the story was filed under
            continue
        if rules.is_outlet(ln.text) and _dated(lines, i, first_para) and not rules.is_list_header(ln.text):
            # 한빛군민신문 over 2026년 9월 8일: the paper's masthead and its issue, not a headline (오늘의 주요
            # 뉴스 over its date, a name of news as a list's header is, heads a digest)
            continue
        if best is not None and rules.SUBTITLE.match(ln.text):
            continue  # - 소상공인 지원 4조 포함…: the subtitle under the headline, not one itself
        score = 0
        if len(ln.text) >= 10 and any(t.startswith(ln.text) for t in later):
            score += 4  # photo captions repeat the headline
        if ln.blank_before and (i + 1 >= len(lines) or lines[i + 1].blank_before):
            score += 1  # a line on its own
        if re.search(r"[\"'‘’“”…]|\[[^\]]+\]|\((?:종합|속보|단독)", ln.text):
            score += 1
        if 10 <= len(ln.text) <= 100:
            score += 1
        if rules.looks_like_menu(ln.text):
            score -= 2
        if _SITE_NAME_LIKE.match(ln.text):
            score -= 1  # 한빛일보 alone over the headline: a single short word is the site's name
        if _under_a_title(lines, i):
            score -= 2  # the subtitle glued under the headline
        if rules.writer_signature(rules.strip_headline_tags(ln.text)):
            score -= 5  # [인터뷰] 정하늘 뉴로칩스 대표: who the story is about, under its headline
        if ln.hint == "title" or rules.title_field(ln.text):
            score += 10  # (제목: 공공근로사업 참여자 모집 공고: a board's title field)
        if _dated(lines, i, first_para):
            score += 3  # a headline is followed by the story's date or byline
            if len(ln.text.split()) >= 3 and lines[i + 1].kind == "text":
                # and this one by its deck before them, each a line of its own (공공자전거 한빛바이크 내달
                # 확대 over 대여소 80곳 새로…요금은 그대로): the headline is the upper, however the deck's
                # marks (…, quotes) make it look like one
                score += 2
        if best is None or score > best[0]:
            best = (score, i)
    if best is not None and best[0] >= 0:
        return best[1]
    return fields


_HEADLINE_PART = 20  # the longest line of a headline a print page broke in two
# 늘어 / 연다 / 달라져 / 없나: how a headline's predicate ends in the clipped style
_HEADLINE_PREDICATE = re.compile(r"(?:어|아|여|다|나|까|돼|해|져|와|워|라)$")


def _headline_goes_on(lines: list[Line], i: int) -> bool:
    """Whether the headline at ``i`` goes on in the line right under it, a print page's headline broken in
    two short lines (``전통시장 배달앱 입점`` over ``1년 새 세 배로 늘어``): the first names no predicate,
    stopping on a noun with no mark after it, and the second, as short, ends on the predicate. A deck
    under a headline that says its predicate (``... 문 연다`` over ``도 교육청, 내년 3월까지 ...``) is no part."""
    if i + 1 >= len(lines):
        return False
    head, below = lines[i], lines[i + 1]
    # (a third line right under them, a deck's: a headline over a deck of two lines, 한빛시 내년 예산 3조
    # 돌파 over 복지 예산 처음으로 1조 넘어 and 청년 일자리 사업 두 배로; the lead's sentence glued under a
    # broken headline, 한빛시가 내년 예산을 ... 편성했다., is no deck)
    third = (
        i + 2 < len(lines)
        and lines[i + 2].kind == "text"
        and not lines[i + 2].blank_before
        and not lines[i + 2].prose
        and len(lines[i + 2].text) <= MAX_HEADING
    )
    return (
        not third
        and not below.blank_before
        and below.kind == "text"
        and not below.prose
        and len(head.text) <= _HEADLINE_PART
        and len(below.text) <= _HEADLINE_PART
        and rules.HANGUL.match(head.text[-1]) is not None
        and not _HEADLINE_PREDICATE.search(head.text)
        and not re.search(r"[,…·]", head.text)
        and (
            _HEADLINE_PREDICATE.search(below.text) is not None
            # or the first line is open on a span or a comparison (입점 1년 새, 착공 10년 만에), which no
            # headline ends on: the second closes it, even where an ellipsis runs it on into a second clause
            # (세 배 늘어…수수료 부담은 여전, 첫 삽…내년 개통)
            or (
                rules.headline_open_end().search(head.text) is not None
                and _CLOSES_A_HEADLINE.search(below.text) is not None
            )
        )
        and not rules.SUBTITLE.match(below.text)
    )


def _pasted_headline(lines: list[Line], first: int) -> int | None:
    """The headline of a story pasted with nothing over it but its headline, where no line scored as
    one (``내일 전국 눈 비 곳곳 한파 온다``, short words as a menu has, glued to the lead): the page's first
    line, when it is its only text before the first paragraph, short, no sentence (it has no full
    stop), and shorter than the paragraph under it. A line that stands alone over a blank line may be a
    single word (``제목``, ``공지``): a file's title, however short, is the title."""
    if first == 0 or any(ln.kind == "text" for ln in lines[1:first]):
        return None
    ln = lines[0]
    shortest = 1 if lines[1].blank_before else 4
    if ln.kind != "text" or ln.prose or not rules.HANGUL.search(ln.text) or not shortest <= len(ln.text) <= MAX_HEADING:
        return None
    if rules.is_page_tag(ln.text) and lines[1].blank_before:
        return 0  # [부음] alone over the date and the list: the page's only title, what the page is ([속보]: no title)
    if rules.is_bare_tag(ln.text) or rules.is_org_name(ln.text) or rules.is_section_path(ln.text):
        return None
    return 0 if len(ln.text) < len(lines[first].text) else None


#: A single short word over the headline, with no space, mark or digit in it: a site's name.
_SITE_NAME_LIKE = re.compile(r"^[가-힣A-Za-z]{2,8}$")


def _under_a_title(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` stands right under another title-like line, with no blank line between:
    a headline's subtitle (a breadcrumb, a menu, the site's name or a series' label above a headline is no
    title; nor is a single short word, 한빛테크 or 한빛헬스: the site's name, whatever it ends in)."""
    if i == 0 or lines[i].blank_before:
        return False
    above = lines[i - 1]
    return (
        above.kind == "text"
        and not above.prose
        and 4 <= len(above.text) <= 150
        and not _SITE_NAME_LIKE.match(above.text)
        and not rules.is_bare_tag(above.text)
        and bool(rules.HANGUL.search(above.text))
        and not re.search(r"[>|]", above.text)
        and not rules.looks_like_menu(above.text)
        and not rules.is_outlet(above.text)
        and not rules.is_series_label(above.text)
        and not rules.is_section_path(above.text)
    )


def _first_paragraph(lines: list[Line], paras: list[int]) -> int:
    """The story's first paragraph: the first one, unless a headline with its date or byline under
    it comes after one or two short sentences, which are then the page's header (a portal's note:
    ``해당 언론사에서 선정하며 ... 이동해 볼 수 있습니다.``), not the story's lead. Where a headline
    with its date or byline already stands over the first paragraph, a later one is a part's subheading
    over its reporter's credit (``◆ 여수 밤바다 불꽃`` over ``여수=남도한빛일보 민서진 기자``)."""
    if any(_title_like(lines[h]) and _dated(lines, h, paras[0]) for h in range(paras[0])):
        return paras[0]
    for h in range(paras[0] + 1, len(lines)):
        before = [p for p in paras if p < h]
        if len(before) > 2 or sum(len(lines[p].text) for p in before) > 200:
            break
        ln = lines[h]
        if ln.kind == "list":
            break  # 관련 기사: what follows is another story, not this one's headline
        if not _title_like(ln):
            continue
        after = [p for p in paras if p > h]
        if len(after) >= 2 and _dated(lines, h, after[0]):
            return after[0]
    return paras[0]


def _title_like(ln: Line) -> bool:
    """A line that could be a headline: text, no sentence, of a headline's length."""
    return ln.kind == "text" and not ln.prose and 4 <= len(ln.text) <= 150


def _is_wrapped(lines: list[Line]) -> bool:
    """Whether the page is hard-wrapped: lines often break mid-sentence into the next line."""
    followed = [
        prev
        for prev, ln in pairwise(lines)
        if not ln.blank_before
        and prev.kind == ln.kind == "text"
        and prev.hint is ln.hint is None
        and not prev.item  # 12조 4,500억 원: 내년 전체 예산: a box's item, no line a wrap broke
        and not _book_title(prev)  # ◇ 도시의 새들(노을빛 지음·...): the title of the blurb under it
    ]
    width = _wrap_width(lines)
    broken = [ln for ln in followed if not rules.ends_sentence(ln.text) and len(ln.text) >= width]
    return len(broken) >= 2 and 2 * len(broken) >= len(followed)


def _wrap_width(lines: list[Line]) -> float:
    """The least length of a line a hard-wrapped page broke: as long as most lines, not a short label."""
    # (a box's item, joined from the lines its label wrapped onto, is no line the page's wrap broke)
    return max(15, 0.6 * max((len(ln.text) for ln in lines if ln.kind == "text" and not ln.item), default=0))


# a headline over two deck lines is about as long as the deck's first line (한빛시 내년 예산 3조 돌파 over
# 복지 예산 처음으로 1조 넘어); an over-title is far shorter than the headline under it (돌봄 공백 없앤다)
_OVER_TITLE_SHARE = 2 / 3


def _dated(lines: list[Line], i: int, stop: int) -> bool:
    """Whether a date or byline line follows line ``i`` before the next text line, or after the
    subtitle right under it (a title-like line with no blank line between: the headline's deck)."""
    for j in range(i + 1, stop):
        ln = lines[j]
        if ln.kind == "date" and rules.ISSUE_DATE.match(ln.text):
            return False  # 제1287호 | 2026년 3월 23일: the issue's date under the paper's name, not a story's
        if ln.kind in ("date", "byline"):
            return True
        if ln.kind == "text":
            # the deck is right under the headline, or a line of its own after a blank one (not a
            # headline with its date glued under it, nor one under a breadcrumb, 홈 > 사회, or
            # under the site's motto, 대한민국 경제의 내일을 여는 신문)
            alone = (
                j + 1 < stop
                and lines[j + 1].blank_before
                and not re.search(r"[>|]", lines[i].text)
                and not rules.SITE_WORDS.search(lines[i].text)
            )
            # (a deck of two lines, the second right under the first: 복지 예산 처음으로 1조 넘어 over
            # 청년 일자리 사업 두 배로; not the first of them taken for the headline over the other. A line
            # much shorter than the one under it, or a series' label, is an over-title over the headline
            # and its one deck: 돌봄 공백 없앤다 / [단독] 기획 연재 over 한빛시 초등 돌봄교실 밤 8시까지 연장)
            upper = lines[i + 1]
            second = (
                j == i + 2
                and not ln.blank_before
                and upper.kind == "text"
                and not upper.blank_before
                and not rules.is_series_label(lines[i].text)
                and _OVER_TITLE_SHARE * len(upper.text) <= len(rules.strip_headline_tags(lines[i].text))
            )
            deck = (j == i + 1 or second) and not ln.prose and len(ln.text) >= 10 and (not ln.blank_before or alone)
            if not deck:
                return False
    return False


def _next_item(prev: str, text: str) -> bool:
    """Whether ``text`` is the next item of the list ``prev`` is an item of (``- 1~4호선: ... 운행`` over
    ``- 5~8호선: ...``): both open with the same mark, or both with a moment of a game (``전반 12분 마루
    선제골`` over ``후반 17분 서다온 동점골``); each item is said on its own, however long."""
    if rules.GAME_TIME.match(prev) and rules.GAME_TIME.match(text):
        return True
    return bool(rules.LIST_ITEM.match(prev) and rules.LIST_ITEM.match(text)) and prev.lstrip()[0] == text.lstrip()[0]


# 을 발표하고 / 과 도서관으로: a line that opens with a particle, which never stands alone; 다. / 다": a
# sentence's last syllable the column put on the next line (늘었 / 다.)
_PARTICLE_FIRST = re.compile(r"^(?:(?:을|를|은|는|과|의|에|에서|으로|로)(?=[\s,.]|$)|다(?=[.?!,\"'”’]))")
_CLOSE_ONLY = re.compile(r"[.?!\"'”’)\]]+")
_CUT_LINES = 3  # the least lines cut at the same width that make a page cut every so many characters


def _cut_width(lines: list[Line]) -> int | None:
    """The width a page was cut at, every so many characters wherever the cut fell (inside a word, a
    number): most lines another line goes on from are that long, or one less where the cut fell on a
    space the copy then lost; None for a page wrapped at words, whose lines differ in length."""
    followed = [
        prev.indent + len(prev.text)
        for prev, ln in pairwise(lines)
        if not ln.blank_before and prev.kind == ln.kind == "text" and prev.hint is ln.hint is None
    ]
    if not followed:
        return None
    width = max(followed)
    full = sum(n == width for n in followed)
    near = sum(width - 1 <= n <= width for n in followed)
    return width if full >= _CUT_LINES and 5 * near >= 4 * len(followed) else None


_BROKEN_MIN = 20  # the least length of a line whose sentence the next line goes on with: no label's


def _join_broken_sentences(lines: list[Line]) -> list[Line]:
    """On a page not hard-wrapped, join a sentence broken across lines with no blank line between
    (``... 연간 지원금을`` over ``500만원에서 ... 밝혔다.``): a line of running text that ends where a
    sentence goes on, and the lines under it up to the one that ends the sentence. A run that no
    sentence's end closes is left as it was (a headline over its deck)."""

    def joinable(ln: Line) -> bool:
        return ln.kind == "text" and ln.hint is None and not ln.question and not ln.apart and not ln.cut_end

    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        j = i
        if joinable(ln) and not ln.prose and len(ln.text) >= _BROKEN_MIN and rules.ends_open(ln.text):
            while (
                j + 1 < len(lines)
                and not lines[j + 1].blank_before
                and joinable(lines[j + 1])
                and not rules.ends_sentence(lines[j].text)
                and (j == i or rules.ends_open(lines[j].text))
                and not rules.BULLET.match(lines[j + 1].text)
                and not rules.HEADING_MARK.match(lines[j + 1].text)
            ):
                j += 1
        text = " ".join(x.text for x in lines[i : j + 1])
        if j > i and rules.ends_sentence(lines[j].text) and rules.is_sentence(rules.without_byline(text)):
            out.append(replace(ln, text=text, prose=True))
        else:
            out.extend(lines[i : j + 1])
        i = j + 1
    return out


_LONE_SYLLABLE = re.compile(r"(?:^|[\s“\"'‘(])([가-힣])$")


def _cut_syllable(above: str, below: str, page: str) -> bool:
    """Whether a print column cut a word after its first syllable (``배달 주`` over ``문이 하루``): the
    line ends in a syllable standing alone, and the word it begins with the next line's first syllable
    stands whole elsewhere on the page (``온라인 주문에``). Where the page never gives it whole,
    :func:`_cut_word` asks Kiwi (``바로 대`` over ``응할 수``: 대응)."""
    m = _LONE_SYLLABLE.search(above)
    if m is None or not rules.HANGUL.match(below):
        return False
    return re.search(rf"(?<![가-힣]){m[1]}{below[0]}", page) is not None


_LAST_WORD = re.compile(r"(?:^|\s)([가-힣]+)$")
# What never opens a word: a particle, an ending, a suffix that makes a noun a verb (했다, 됐다고)
_BOUND_TAGS = ("J", "E", "XS")


def _cut_word(above: str, below: str) -> bool:
    """Whether a print column cut a word (``바로 대`` over ``응할``, ``비롯됐`` over ``다고``, ``사업``
    over ``도``, ``되살`` over ``린``): Kiwi reads the two parts as one word, a morpheme it knows running
    across the cut or the next line opening with what only follows a word (a particle, an ending, a
    suffix); not a syllable that is a word of its own (``세`` over ``배로``, ``그`` over ``사람은``),
    nor two words Kiwi takes together for a noun it does not know (one headline's last word and the
    next one's first, ``출격`` over ``서울대``), nor a line that read alone opens with a word of its own
    which Kiwi, reading across the cut, takes for a suffix (``편성`` over ``한빛시는``, ``한 해``: 하+ㄴ).
    A word that is particles only across the cut (``계획`` over ``대로``, ``하늘`` over ``만큼``) goes on
    the word above, though read alone Kiwi takes it for a noun or an adverb; one that only opens with a
    particle's syllable (``시장`` over ``이번 주``) keeps its space, as does a word under one that ends in its
    particle, which Kiwi may take for a suffix (``대책을`` over ``시에``)."""
    m = _LAST_WORD.search(above)
    if m is None or not rules.HANGUL.match(below) or not kiwi.morphology():
        return False  # (without morphology: the first words of a stream, said before Kiwi is built)
    cut = len(m[1])
    tokens = kiwi.get_kiwi().tokenize(m[1] + below.split(maxsplit=1)[0])
    for k, token in enumerate(tokens):
        if token.start < cut < token.start + token.len:
            return not token.oov
        if token.start == cut:
            if k > 0 and tokens[k - 1].tag.startswith("J") and token.tag.startswith("XS"):
                return False  # 대책을 / 시에: no suffix follows a particle; the word above was whole
            if token.tag.startswith("J") and all(t.tag.startswith((*_BOUND_TAGS, "VCP")) for t in tokens[k:]):
                return True  # 대로, 만큼은, 마저도: particles the whole word, read alone or not (대로 NNB)
            return bool(token.tag.startswith(_BOUND_TAGS)) and not _opens_word(below)
    return False


# What a line read alone may open with that stands as a word: a noun, an adverb, a determiner
_WORD_TAGS = ("NN", "MAG", "MM")


def _opens_word(line: str) -> bool:
    """Whether ``line``, read alone, opens with a word of its own: a noun or an adverb of two syllables
    or more (``한빛시는``, ``한국은``, ``한편``), or a determiner that is its whole first word (``한 해``,
    ``한 번``); not what goes on a word, a syllable that is a noun alone (``도``), an ending (``다고``)."""
    first = line.split(maxsplit=1)[0]
    head = kiwi.get_kiwi().tokenize(" ".join(line.split()[:2]))[0]
    if head.start != 0 or not head.tag.startswith(_WORD_TAGS):
        return False
    return head.len >= 2 or (head.tag == "MM" and len(first) == 1)


def _unstopped_pairs(lines: list[Line]) -> set[int]:
    """The second lines of the runs of two text lines between blank lines that end with no stop (a
    headline over its deck, ``봄철 산불 절반은 '논밭 태우기'`` over ``산림청 "소각 적발 땐 ..."``): a
    paragraph the page wrapped ends its last sentence, so these two are no paragraph's lines."""
    found: set[int] = set()
    for i in range(1, len(lines)):
        first, second = lines[i - 1], lines[i]
        if (
            first.blank_before
            and not second.blank_before
            and (i + 1 == len(lines) or lines[i + 1].blank_before)
            and first.kind == second.kind == "text"
            and not rules.ends_sentence(first.text)
            and not rules.ends_sentence(second.text)
            and not rules.ends_open(first.text)
        ):
            found.add(i)
    return found


# 한빛시는 / 정부가: a line that opens with its sentence's subject or topic, as :func:`_subject_first` reads
# it (the pattern alone also takes a verb's modifier, 열리는); (서울=한빛통신): one that opens with the wire's dateline
_SUBJECT_FIRST = re.compile(r"^[가-힣]{2,}(?:은|는|이|가)\s")
_DATELINE_FIRST = re.compile(r"^[(\[【][가-힣]{2,}=")
_HEADLINE_SHARE = 0.8  # the most a headline glued over a lead is of the lead's first line's length
# 예산 12조…복지 첫 4조 돌파: a headline's ellipsis between its two clauses, as no line of a lead has
_HEADLINE_ELLIPSIS = re.compile(r"\S(?:…|\.\.\.)\S")


def _headline_over_lead(out: list[Line], ln: Line) -> bool:
    """Whether the last line out, the page's first line of text, is a headline glued to the lead
    ``ln`` (``한빛시 내년 예산 12조 원 편성`` over ``한빛시는 내년 예산안을 ...``), not a wrapped paragraph's
    first line: no sentence ends in it or goes on from it (a particle, a joining ending), it is clearly
    shorter than the line under it or joins its clauses with a headline's ellipsis, and that line opens
    with the wire's dateline or its sentence's subject (:func:`_subject_first`; not ``열리는`` over which a
    paragraph's first line ended on ``내달 3일``)."""
    head = out[-1]
    return (
        not any(x.kind == "text" for x in out[:-1])
        and not head.prose
        and not rules.ends_sentence(head.text)
        and not rules.ends_open(head.text)
        and (len(head.text) <= _HEADLINE_SHARE * len(ln.text) or _HEADLINE_ELLIPSIS.search(head.text) is not None)
        and (_DATELINE_FIRST.match(ln.text) is not None or _subject_first(ln.text))
    )


def _marked_subheading(head: Line, ln: Line) -> bool:
    """Whether ``head``, set apart above ``ln`` and marked as a subheading is (``◆ 첫날 개막 공연과
    점등식, 둘째 날 불꽃놀이`` over ``축제 첫날에는 ...``), is the subheading of the paragraph under it, not
    a wrapped paragraph's first line (a marked item's, ``◆ 한빛시는 20일부터 사흘간 한빛광장에서 겨울``):
    Kiwi reads it ending on a noun, with no subject or topic in it (``한빛시는``) and no clause left open
    (``◆ 행사장 안전을 위해 안전요원 300명을 배치하고 응급``: a verb's ending, or an object whose verb is
    still to come; ``◆ 시민 안전을 위한 대책`` closes its object's clause on a noun), and the line under it
    opens a word of its own."""
    if not (
        head.blank_before
        and rules.HEADING_MARK.match(head.text)
        and len(head.text) <= MAX_HEADING
        and not head.prose
        and not rules.ends_sentence(head.text)
        and _PARTICLE_FIRST.match(ln.text) is None
        and kiwi.morphology()
    ):
        return False
    tokens = [t for t in kiwi.get_kiwi().tokenize(head.text) if not t.tag.startswith("S")]
    return (
        bool(tokens)
        and tokens[-1].tag.startswith(("NN", "XSN", "NR"))
        and not any(t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는")) for t in tokens)
        and not _clause_open([t.tag for t in tokens])
    )


def _clause_open(tags: list[str]) -> bool:
    """Whether a line's words (Kiwi's tags) say something the line does not finish, as a sentence the wrap
    broke does and a subheading never does: a verb's connective or final ending (``배치하고``, ``연다``), or
    an object with no modifier after it to make its clause a noun's (``통행을 전면``, not ``안전을 위한 대책``)."""
    if "EC" in tags or "EF" in tags:
        return True
    return "JKO" in tags and "ETM" not in tags[len(tags) - tags[::-1].index("JKO") :]


def _cuts_inside_words(lines: list[Line], cut: int, page: str) -> bool:
    """Whether a page whose lines run to one length (:func:`_cut_width`) was cut every ``cut`` characters
    and not wrapped at words near that width: one line of that length at least ends inside a word, a
    number or a Latin word going on under it (``4`` over ``시까지``), a particle opening the next line, or
    a word Kiwi reads across the cut (``배달 주`` over ``문이``). A short page wrapped at words may have
    three lines of one length by chance, each ending where a word ends (``지난해`` over ``30만 명이``)."""
    for prev, ln in pairwise(lines):
        if ln.blank_before or prev.indent + len(prev.text) != cut or ln.indent or rules.ends_sentence(prev.text):
            continue
        above, below = prev.text, ln.text
        if (above[-1].isascii() and above[-1].isalnum() and below[0].isalnum()) or (
            _PARTICLE_FIRST.match(below) and rules.HANGUL.match(above[-1])
        ):
            return True
        if _cut_syllable(above, below, page) or _cut_word(above, below):
            return True
    return False


def _join_wrapped(lines: list[Line]) -> list[Line]:
    """Join the lines of a hard-wrapped paragraph (text lines with no blank line between)."""
    if not _is_wrapped(lines):
        return _join_broken_sentences(lines)
    width = _wrap_width(lines)
    page = " ".join(ln.text for ln in lines)
    cut = _cut_width(lines)
    if cut is not None and not _cuts_inside_words(lines, cut, page):
        cut = None  # lines of one length that all end where a word ends: a page wrapped at words
    out: list[Line] = []
    joined = False  # whether the last line out took the line under it
    indent = 0  # how far the last line in was indented
    above = ""  # the last line in, as the page gave it (its indent a space the cut fell on)
    unstopped = _unstopped_pairs(lines)
    for k, ln in enumerate(lines):
        prev = out[-1] if out else None
        indented, indent = ln.indent > indent, ln.indent
        cut_above = cut is not None and len(above) == cut and not rules.ends_sentence(above)
        above = " " * ln.indent + ln.text
        if indented and cut_above:
            indented = False  # the space a cut fell on, at the start of the line, opens no paragraph
        if cut_above and prev is not None and prev.kind == "text" and _CLOSE_ONLY.fullmatch(ln.text):
            prev.text += ln.text  # 조정할 계획이다 / .: the sentence's stop the cut put on a line of its own
            prev.prose = rules.is_sentence(rules.without_byline(prev.text))
            continue
        if (
            prev is not None
            and not ln.blank_before
            and not indented  # a print page's paste: an indented line opens a paragraph
            # a short first line that is no sentence (a headline over the lead) was not broken
            # (nor did a print column's paragraph, its first line indented, go on in a narrow column)
            and (joined or len(prev.text) >= width or rules.ends_sentence(prev.text) or prev.indent > ln.indent)
            and prev.kind == ln.kind == "text"
            and not prev.question
            and not prev.cut_end
            and not ln.question
            and not ln.apart
            and not rules.BULLET.match(ln.text)
            and not rules.HEADING_MARK.match(ln.text)
            and not rules.PROMO.match(ln.text)  # ▷14일(수) 오후 3시 ...: an arrow opens its line, as a bullet does
            and not rules.FIELD_ITEM.match(ln.text)  # 빈소: 한빛병원 장례식장: a field, a line of its own
            and not _next_item(prev.text, ln.text)
            and not prev.item  # 1,282곳 - 전국 시험장 수: a box's item ends there
            and not _book_title(prev)
            and not (not joined and _headline_over_lead(out, ln))
            and not (not joined and _marked_subheading(prev, ln))
            and k not in unstopped
        ):
            # 폐교 활용 계획 / 을 발표하고: a word the print column broke before its particle is one word
            gap = "" if _PARTICLE_FIRST.match(ln.text) and rules.HANGUL.match(prev.text[-1]) else " "
            if cut_above and not ln.indent:
                gap = ""  # 오전 0시 30분부터 4 / 시까지: cut inside a word, which goes on with no space
            elif gap and _cut_syllable(prev.text, ln.text, page):
                gap = ""  # 배달 주 / 문이: a word cut after its first syllable, whole elsewhere on the page (주문에)
            elif gap and _cut_word(prev.text, ln.text):
                gap = ""  # 대 / 응할, 비롯됐 / 다고, 사업 / 도: a word Kiwi reads across the cut
            prev.text = f"{prev.text}{gap}{ln.text}"
            prev.prose = rules.is_sentence(rules.without_byline(prev.text))
            joined = True
            continue
        out.append(ln)
        joined = False
    return out


def structure(
    lines: list[Line],
    *,
    source: str | None,
    title: str | None = None,
    meta: Meta | None = None,
    quiet: bool = False,
    subject: str | None = None,
) -> Article:
    """The story of a page given as lines (see the module's docstring).

    ``subject``: a mail's subject, the headline where the page gives none (a mailing's ``[모닝레터]
    전기요금 ...`` over a body that opens with its greeting).
    ``quiet``: what would be a warning (text not read after the copyright notice, a text read whole) is
    logged at DEBUG level, for a second reading of a page whose first reading was already reported.

    The passes mark ``lines`` in place (their kind, text, stamp): give lines made for this reading
    (:func:`split_lines` makes new ones), not ones to be read again."""
    meta = meta or Meta()
    warn = logging.DEBUG if quiet else logging.WARNING
    lines = _join_timeline_pairs(_without_english_first(lines))
    # (the first lines, the headline's and the byline's, may run on into a stamp of the day alone)
    early = _early_lines(lines)
    lines = _join_verdicts(
        [part for i, ln in enumerate(lines) for part in _split_notice(ln, i < early, _in_stamp_run(lines, i))]
    )
    boxed = _signed_pull_quotes(lines)
    triangled = _triangle_questions(lines)
    asked = {**_arrow_questions(lines), **triangled, **_labelled_speech(lines)}
    head = True  # no paragraph of prose yet
    for i, ln in enumerate(lines):
        if i in boxed:
            ln.kind = "pullquote"  # not classified: its attribution is no byline
        elif i in asked:
            # ▶ marks a question, not a link; 오서림 대표: marks who speaks, not what is said
            ln.text, ln.prose, ln.question = asked[i], True, True
        else:
            if i - 1 in asked and (
                (m := rules.WORD_ANSWER.match(ln.text))
                or (i - 1 in triangled and (m := rules.TRIANGLE_TURN.match(ln.text)))
            ):
                ln.text = ln.text[m.end() :]  # 답변 임대료를 ... / ▲ 시장 금리가 ...: the answer, without its mark
            _classify(ln, meta, head)
        head = head and not (ln.kind == "text" and ln.prose)
    _mark_fenced_code(lines)
    _stamp_entries(lines, meta)
    for i in _item_box_headers(lines):
        lines[i].kind = "list"  # ■ 주말 경기 일정 over ▲ 인천 대한항공-현대캐피탈(14시): a box of games to come
    _mark_ad_copy(lines)
    lines = _join_over_page_breaks(lines, _mark_running_lines(lines))
    _mark_table_cells(lines)
    for i in _runs_of(lines, lambda ln: ln.kind == "text" and ln.hint is None and _two_cell_row(ln.text)):
        lines[
            i
        ].kind = "table"  # 구분 | 3Q26 / 매출액 | 18조 2,450억: a table of two columns, not read as tables are not
    verdicts: set[str] = set()
    for ln in lines:
        m = rules.VERDICT_LINE.match(ln.text)
        if m and ln.kind in ("text", "chrome") and (m["colon"] or ln.prose):
            # 판정: 절반의 사실, the fact check's answer: read once, where the page first gives it
            ln.text, ln.prose = rules.strip_heading_decor(ln.text), True
            ln.kind = "repeated" if m["verdict"] in verdicts else "text"
            verdicts.add(m["verdict"])
    for above, ln in pairwise(lines):
        if above.kind == "speaker" and ln.kind == "text" and not ln.blank_before:
            ln.prose = True  # "... 서너 가구 정도라서...": what the speaker named above says, however it ends
    for i in _arrow_subheadings(lines):
        if lines[i].kind == "promo":
            lines[i].kind = "text"  # ▶ 제주·세종만 시행 유지: a subheading, the arrow its mark
    spaced = any(ln.blank_before for ln in lines[1:])
    for k, (above, ln) in enumerate(pairwise(lines)):
        then = lines[k + 2] if k + 2 < len(lines) else None
        if (
            spaced
            and above.kind == "promo"
            and rules.RELATED_LINK.match(above.text)
            and not ln.blank_before
            and ln.kind == "text"
            and _QUOTED_WHOLE.match(ln.text)
            and not (then is not None and _SAID_SO_BEFORE.match(then.text))
        ):
            ln.kind = "promo"  # [관련 기사] ... over its lead quoted in full, glued under it: the other story's
    for above, ln in pairwise(lines):
        if (
            ln.kind == "promo"
            and not ln.blank_before
            and above.kind == "text"
            and rules.is_emoji_bullet(above.text)
            and rules.is_emoji_bullet(ln.text)
            and (not rules.has_link_words(ln.text) or _ITEM_FIELD.match(rules.without_emoji_bullet(ln.text)))
        ):
            ln.kind = "text"  # ✅ ... over ▶️ 신청 기간: ...: the arrow a pictograph, the list's next item
    for i in [*_announced_arrow_items(lines), *_arrowed_fields(lines)]:
        lines[i].kind, lines[i].prose = "text", True  # ▷ 한빛대교 양방향: 오전 7시 30분~11시
    lines = _join_wrapped_items(lines)
    items = set(_box_items(lines))
    if meta.dated_by and any(lines[i].kind == "date" and lines[i].text.startswith(meta.dated_by) for i in items):
        # 1987년 6월 10일 - ...: a timeline's first day is no day of the story's: the story's day is the
        # next date line's, or none
        meta.date, meta.dated_by = None, ""
        for i, ln in enumerate(lines):
            if ln.kind == "date" and i not in items:
                meta.add_date(ln.text)
    for i in items:
        # 52만 2,670명 - 수능 지원자 수 / 11명 - 전 영역 만점자: a box's figures, or 2025.9.20 한빛대교 상판
        # 붕괴, 5명 사망: what happened when, each item said on its own
        lines[i].kind, lines[i].prose, lines[i].apart, lines[i].item = "text", True, True, True
    if (header := _dated_list_header(lines)) is not None:
        lines[header].kind = "text"  # 오늘의 주요 뉴스 over the day's date: the digest's headline, not a list's header
    for run, digest in _headline_runs(lines):
        for i in run:
            # 정부, 전세사기 ... 연장 / 수도권 첫 한파특보…: a digest's items, or links under 많이 본 뉴스
            lines[i].prose, lines[i].apart = lines[i].prose or digest, True
    for i in _quoted_poem(lines):
        lines[i].prose, lines[i].apart = True, True  # 첫눈이 온다고 / 너에게 먼저 말하고 싶었다: a poem's lines
    for i in _announced_lines(lines):
        lines[i].prose = True  # [기상청] 11/02 04:12 ... 지진발생: the message the sentence above announces
    _read_enquiries(lines)
    _mark_by_neighbours(lines)
    _keep_story_scenes(lines, meta)
    _mark_interleaved_translation(lines)
    _mark_letters(lines)
    lines = _join_wrapped(lines)
    _place_writer_marks(lines, meta)
    _keep_english_titles(lines)
    paras = (
        [i for i, ln in enumerate(lines) if ln.kind == "text" and ln.prose]
        or _photo_story(lines)
        or _field_story(lines)
    )
    paras = _without_bio_on_top(lines, paras, meta)
    if not paras:
        return _no_story(lines, source, meta, title, warn)

    blocks: list[tuple[BlockKind, str]] = []
    first = _first_paragraph(lines, paras) if title is None else paras[0]
    head_i = _headline_index(lines, first) if title is None else None
    if title is None and head_i is None:
        head_i = _pasted_headline(lines, first)
    if (
        title is None
        and head_i
        and lines[head_i - 1].kind == "text"
        and rules.headline_open_end().search(lines[head_i - 1].text)
        and _headline_goes_on(lines, head_i - 1)
    ):
        head_i -= 1  # 한빛대교 착공 10년 만에 over 첫 삽…내년 개통: the headline's first line, its span open
    if title is None and head_i is not None and _headline_goes_on(lines, head_i):
        lines[head_i].text = f"{lines[head_i].text} {lines[head_i + 1].text}"
        lines[head_i + 1].dropped_as = "headline"
    raw_title = _clean_title(
        title if title is not None else (_tagged(lines[head_i]) if head_i is not None else ""), lines
    )
    if raw_title:
        blocks.append(("title", rules.strip_headline_tags(raw_title)))
    if head_i is not None and (box := _box_under_byline(lines, head_i, first)) is not None:
        first = box  # ■ 경기 일정 over its days, under the byline: the story's box, no deck
    lead = _lead_heading(lines, first, head_i)
    if lead is not None:
        blocks.append(("heading", rules.strip_heading_decor(lines[lead].text)))
        _say_stamp(blocks, (len(blocks) - 1, lines[lead].stamp) if lines[lead].stamp else None)
    # Lines between the headline and the first paragraph are the summary deck (two or three
    # headline-style lines that the lead paragraph then says in full). A newsreader reads the
    # headline and goes on to the story rather than saying the same points twice, and the deck's
    # clipped headline style reads badly aloud; so the deck is not read (each line is logged).
    for i in range(first):
        ln = lines[i]
        if not ln.dropped_as and i not in (head_i, lead):
            ln.dropped_as = "deck" if head_i is not None and i > head_i and ln.kind == "text" else ln.kind
            _sign(ln, meta)

    if _writer_bio(lines, first, meta) or _reporter_profile(lines, first):
        paras = [p for p in paras if lines[p].kind == "text"]
    paras = _without_writer_note(lines, paras, meta)
    # The story runs from the first paragraph to a copyright notice or the readers' comments
    # (or the end of the page).
    end = len(lines)
    for i in range(first, len(lines)):
        if _watermark(lines, i):
            lines[i].dropped_as = "copyright"  # ...밝혔다. Copyright ⓒ ... with the story going on below it
            continue
        if _correction_follows(lines, i):
            lines[i].dropped_as = "copyright"  # ⓒ ..., then a correction of the story: read, as the paper added it
            continue
        if _dispatch_follows(lines, i):
            lines[i].dropped_as = "end mark"  # (끝), then the wire's next dispatch: the story updated
            continue
        if (
            lines[i].kind == "end"
            or (lines[i].kind == "comments" and _comments_follow(lines, first, i))
            or (lines[i].kind == "list" and _another_story(lines, i))
            or _next_story(lines, i)
        ):
            end = i
            break
        if lines[i].kind == "stamp" and (signed := _signed_before(lines, first, i)) is not None:
            end = signed + 1  # a reader's comment, its name and words above its stamp
            break
        if lines[i].kind == "stamp" and (nick := _commenter(lines, first, i)) is not None:
            end = nick  # no byline under the story: the comment's writer, then its words
            break
    last_para = max(p for p in paras if p < end)
    closing_list = _closing_list(lines, last_para, end)
    head_text = raw_title.strip()
    in_list = False
    stamped: tuple[int, str] | None = None
    checklist: set[int] = set()  # a bracketed box title's checklist items (□ 비상구 확보)
    box_lines: set[int] = set()  # a marked box title's lines (■ 후보작 over 박하늘 감독 '먼 바다'): the story's
    for i in range(first, end):
        _say_stamp(blocks, stamped)
        ln = lines[i]
        stamped = (len(blocks), ln.stamp) if ln.stamp else None
        if ln.kind == "list":
            in_list = True
        if ln.kind != "text":
            ln.dropped_as = ln.kind
            continue
        if len(head_text) >= 10 and ln.text.startswith(head_text) and not ln.prose:
            ln.dropped_as = "caption"  # the headline repeated under a photo
            continue
        if i > first and ln.text == _previous_text(lines, i):
            ln.dropped_as = "repeated"  # a link list gives each title twice (picture, then text)
            continue
        if rules.is_segment_label(ln.text):
            ln.dropped_as = "segment"  # [이 시각 세계], [날씨] 내일 전국 비…: the programme's running order
            continue
        if in_list:
            # The story resumes at a whole paragraph; teasers of other stories are cut short.
            item = rules.BULLET.match(ln.text) or rules.NUMBERED_ITEM.match(ln.text)
            if ln.prose and rules.ends_sentence(ln.text) and not ln.indent and not item:
                in_list = False
            else:
                ln.dropped_as = "list item"
                continue
        if (
            i > last_para
            and i not in closing_list
            and not _unfinished_last_paragraph(lines, i, last_para)
            and not _clipped_last_paragraph(lines, i, last_para, end)
            and not _run_on_line(lines, last_para)
        ):
            ln.dropped_as = "footer"
            _sign(ln, meta)
            continue
        nxt = _next_text(lines, i, end)
        # (<h3>Q. 기초연금은 얼마나 오르나.</h3>: a marked question, read as a text page's Q. line is)
        if ln.hint == "heading" and nxt is not None and len(ln.text) <= 2 * MAX_HEADING and not ln.question:
            blocks.append(("heading", rules.strip_heading_decor(ln.text)))  # the page says so
            continue
        if _is_signed_caption(ln, i, last_para):
            ln.dropped_as = "caption"  # a photo caption signed by the photographer
            continue
        if _numbered_subheading(lines, i, nxt):
            blocks.append(("heading", ln.text))  # ① 새벽 운동은 피하세요, alone over its paragraph
            continue
        if _book_title(ln) and nxt is not None and nxt.prose:
            blocks.append(
                ("heading", rules.strip_heading_decor(ln.text))
            )  # ◇ 도시의 새들(노을빛 지음·...) over its blurb
            continue
        if ln.prose or (ln.hint == "paragraph" and len(ln.text) >= MIN_LONG_TEXT):
            text = _clean_paragraph(ln.text, meta)
            if text:
                blocks.append(("paragraph", text))
            continue
        prev = next((lines[j] for j in range(i - 1, first - 1, -1) if lines[j].kind == "text"), None)
        alone = prev is None or prev.prose or len(prev.text) >= MIN_LONG_TEXT
        # (조리 순서 after a blank line, right over STEP 1. ...다.: a header over its steps, under a list)
        # (not 김 원장은 / 한편 시는 over the rest of its sentence: a line that ends where the sentence goes on)
        alone = alone or (
            ln.blank_before
            and nxt is not None
            and not nxt.blank_before
            and nxt.prose
            # (■ 남은 과제는 over its prose: a marked line is a subheading, however it ends)
            and (rules.HEADING_MARK.match(ln.text) is not None or not rules.SENTENCE_GOES_ON.search(ln.text))
        )
        if (
            nxt is not None
            and (
                nxt.prose
                # (■ 이용 안내 over 운영 시간: 평일 ...: an info box's title over its fields; [번아웃 자가 진단]
                # over ☐ 아침에 출근할 생각만 해도 피곤하다: a box's title over items its pictographs mark)
                or (
                    (rules.HEADING_MARK.match(ln.text) or rules.is_bracketed(ln.text))
                    and (
                        _is_item(nxt) or rules.is_emoji_bullet(nxt.text) or _is_enumeration(nxt) or _is_field_item(nxt)
                    )
                )
                # ([점검 항목] over □ 소화기 비치 여부: a box's title over its checklist's squares)
                or (rules.is_bracketed(ln.text) and rules.box_item(nxt.text) is not None)
                # (■ 경기 일정 over 14일(토) 오전 10시 개막식 / 15일(일) ...: a box's title over its lines)
                or (rules.HEADING_MARK.match(ln.text) is not None and _box_lines_under(lines, i, end))
                or (len(ln.text) <= 12 and not nxt.blank_before and _is_enumeration(nxt))  # 재료 over 두부 1모, ...
                # 행사 일정 over - 10일: 개막식 / - 12일: 감독과의 대화: an unmarked box's title over its labelled items
                or (len(ln.text) <= 12 and ln.blank_before and _labelled_items_under(lines, i, end))
                # 재료 (2인분) over 돼지고기 앞다리살 300g: the ingredients one a line (not 승용차 5대 over 화물차 2대,
                # the first of them)
                or (
                    len(ln.text) <= 12
                    and not nxt.blank_before
                    and bool(rules.INGREDIENT_LINE.match(nxt.text))
                    and not rules.INGREDIENT_LINE.match(ln.text)
                )
            )
            and alone
            and len(ln.text) <= MAX_HEADING
            and not (_numbered_field(ln) and prev is not None and _numbered_field(prev))  # 4. 문의: 행정실 under 3.
            and (not rules.LIST_ITEM.match(ln.text) or (_PAREN_NUMBERED.match(ln.text) and nxt.prose))
            and not rules.ATTRIBUTED_QUOTE.match(ln.text)  # "…" - 이모 양: a quote, said where it stands
            and not ln.text.startswith("※")  # ※ 선정기준액: ...: a note, read as the page gives it
            and not rules.stopped_like_speech(ln.text)  # 앞으로의 목표는.: a question, said as asked
        ):
            blocks.append(("heading", rules.strip_heading_decor(ln.text)))
            if rules.is_bracketed(ln.text):
                checklist |= set(_checklist_items(lines, i + 1, end))
            if rules.HEADING_MARK.match(ln.text) and _box_lines_under(lines, i, end):
                box_lines |= set(_box_lines(lines, i, end))
        elif i in checklist:
            blocks.append(("paragraph", rules.box_item(ln.text) or ln.text))  # □ 비상구 확보: the item, not the square
        elif ln.hint is None and i not in box_lines and _in_headline_run(lines, i, end):
            ln.dropped_as = "list item"  # a run of headline-like lines: links to other stories
        else:
            blocks.append(("paragraph", _clean_paragraph(ln.text, meta)))
    _say_stamp(blocks, stamped)
    if not raw_title and _body_only(lines, first) and blocks and blocks[0][0] == "paragraph":
        raw_title, rest = _first_sentence(blocks[0][1])
        lead_blocks: list[tuple[BlockKind, str]] = [("title", raw_title)]
        blocks[0:1] = lead_blocks + ([("paragraph", rest)] if rest else [])
    if not raw_title and subject:
        raw_title = _clean_title(subject, lines)  # 📢 [모닝레터] 전기요금 ...: a headline as the page's is
        blocks.insert(0, ("title", rules.strip_headline_tags(raw_title)))
    for ln in lines[end:]:
        ln.dropped_as = ln.dropped_as or "after the end"
    # Readers' comments are text too, but not text that was missed.
    stop = next((i for i in range(end, len(lines)) if lines[i].kind == "comments"), len(lines))
    # the page saved twice into one file: the story again after its end is no text that was missed
    read = {text for kind, text in blocks if kind == "paragraph"}
    after = [
        ln for ln in lines[end + 1 : stop] if ln.kind == "text" and ln.prose and not ln.indent and ln.text not in read
    ]
    notice = end < len(lines) and lines[end].kind == "end"  # not another story under the page's
    if notice and len(after) >= 2 and sum(len(ln.text) for ln in after) >= 100:
        log.log(
            warn,
            "%s: %d lines of text after the copyright notice were not read (first: %.40s)",
            source or "input",
            len(after),
            after[0].text,
        )
    for ln in lines:
        if ln.dropped_as:
            log.debug("dropped (%s): %s", ln.dropped_as, ln.text)
    return build_article(blocks, title=raw_title, meta=meta, source=source)


_FENCED_PROSE = 2  # how many of the story's sentences between two bare fences make them no program's


def _story_sentence(text: str) -> bool:
    """Whether ``text`` is a sentence in Korean."""
    return bool(rules.HANGUL.search(text)) and rules.is_sentence(text)


def _mark_fenced_code(lines: list[Line]) -> None:
    """Marks the lines between two markdown fences (```ts ... ```) as code, the fences too: a
    program's lines, never read, even one that holds Hangul outside its strings.

    A fence with its language (```python, ~~~js) only opens: a fence left open above it (a stray ```
    in the story's text) is no fence. A bare one closes the fence open above, else opens. Lines between
    two bare fences that are all the story's sentences, or hold :data:`_FENCED_PROSE` of them, are no
    program's, and are read (a stray ``` before the story's paragraphs, closed by another far below)."""
    start: int | None = None
    mark = ""  # the open fence's mark
    tagged = False  # whether the open fence gave its language: a program's for certain, its comments too
    for i, ln in enumerate(lines):
        if not (m := rules.CODE_FENCE.match(ln.text)) or (m["mark"] == "~~~" and not m["lang"] and mark != "~~~"):
            continue  # (~~~ alone, a scene break, where no ~~~js is open)
        if start is None or m["lang"] or m["mark"] != mark:
            start, mark, tagged = i, m["mark"], bool(m["lang"])
            continue
        inside = [x.text for x in lines[start + 1 : i] if x.text.strip()]
        prose = sum(_story_sentence(t) for t in inside)
        if tagged or not inside or (prose < len(inside) and prose < _FENCED_PROSE):
            for x in lines[start : i + 1]:
                x.kind = "code"
        start, mark = None, ""


def _checklist_items(lines: list[Line], start: int, end: int) -> list[int]:
    """The lines from ``start`` that are a checklist's items under a box's title (``□ 소화기 비치 여부``, ``□
    비상구 확보``), up to the first that is not one."""
    out = []
    for j in range(start, end):
        if lines[j].kind != "text" or rules.box_item(lines[j].text) is None:
            break
        out.append(j)
    return out


def _clean_title(raw: str, lines: list[Line] | None = None) -> str:
    """The headline as given, less what is not the headline's: where a wire filed it (``【워싱턴=한빛통신】``),
    its field's label (``제목:``), a pictograph marking it (``📢``), a translated story's original headline
    (where ``lines``, the page's, say it is translated, or the headline is wholly in quotes)."""
    if (m := rules.WIRE_DATELINE.match(raw)) and not m["name"]:
        raw = raw[m.end() :]  # 【워싱턴=한빛통신】 미 연준, ...: where it was filed, not the headline
    if m := rules.title_field(raw):
        raw = raw[m.end() :]  # 제목: ...: the headline, not its field's label
    if (m := rules.ORIGINAL_HEADLINE.search(raw)) and (
        rules.QUOTED_HEADLINE.match(raw) or any(rules.says_translated(ln.text) for ln in lines or ())
    ):
        raw = raw[: m.start()]  # "..." (Why Cities Feel Lonelier at Night): the original's, not read twice
    return rules.without_emoji_bullet(raw)  # 📢 [퍼온글] ...: a blog's pictograph, a mark to see


_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}\s*/\s*\d{1,3}|(?:page|p\.)\s*\d{1,3})$", re.IGNORECASE)


# https://www.example.com/news/articlePrint.html?idxno=88213 1/2: a browser's printed footer, the page's
# address with its number after it
_NUMBERED_FOOTER = re.compile(r"^(?P<stem>\S.*?)\s+\d{1,3}\s*/\s*\d{1,3}$")


def _item_box_headers(lines: list[Line]) -> list[int]:
    """The lines that head a box by its items below (``◇ 선발 투수`` over ``▲ 잠실 임도현(LG)-서준호(두산)``,
    ``rules.is_item_box_header``); over the story's prose the same words are a subheading."""
    return [
        i
        for i, ln in enumerate(lines[:-1])
        if ln.kind == "text"
        and not ln.prose
        and rules.is_item_box_header(ln.text)
        and (lines[i + 1].kind == "table" or bool(rules.LIST_ITEM.match(lines[i + 1].text)))
    ]


def _stamp_entries(lines: list[Line], meta: Meta) -> None:
    """A live page's time stamps alone on their lines (``14:30`` / ``오후 1시 20분`` / ``■ 09:05 KST`` over an
    entry, or an HTML entry's time element): each is said with the entry under it, not as a heading or a
    chapter of its own, where the page has two stamps or more (a lone time under a byline is the page's).
    Stamps that give the day too (``2025.11.13 13:05``, or ``7월 14일 22:40`` with no year, which is no date
    line of the page's), two or more over entries, say the time alone where they are all of one day, and
    the day with it where not; not the line the page's date was read from.

    It marks ``lines`` in place and returns nothing, as the other passes of :func:`structure` do
    (``_classify``, ``_mark_ad_copy``, ``_mark_table_cells``): a :class:`Line` is the working record
    of one reading of a page, each pass adding what it finds (a kind, a stamp) for the passes after
    it, and the lines are made for that reading (see :func:`structure`), so no one else sees them
    change; a copy of every line for each pass would cost time for nothing."""
    stamps = {i: s for i, ln in enumerate(lines) if ln.kind == "date" and (s := rules.lone_entry_stamp(ln.text))}
    dated = {
        i: d
        for i, ln in enumerate(lines)
        if (ln.kind == "date" or (ln.kind == "text" and not ln.prose))
        and i + 1 < len(lines)
        and lines[i + 1].kind == "text"
        if (d := rules.dated_entry_stamp(ln.text)) is not None
    }
    for i in [i for i in dated if lines[i].text == meta.dated_by][:1]:
        del dated[i]  # 2025.11.13 09:00 over the first paragraph: the page's date
    if len(dated) >= 2:
        one_day = len({day for day, _, _ in dated.values()}) == 1
        stamps |= {i: time if one_day else said for i, (_, time, said) in dated.items()}
        for i in dated:
            lines[i].kind = "date"  # 7월 14일 22:40: said with its entry, not as a heading over it
    elif dated and not stamps and not any(ln.stamp for ln in lines):
        stamps |= _lone_dated_stamp(lines, meta, *next(iter(dated.items())))
    if len(stamps) + sum(bool(ln.stamp) for ln in lines) < 2:
        stamps = {i: s for i, s in stamps.items() if _update_stamp(lines, meta, i, s)}
    for i, stamp in stamps.items():
        if i + 1 < len(lines) and lines[i + 1].kind == "text" and not lines[i + 1].stamp:
            lines[i + 1].stamp, lines[i + 1].apart = stamp, True


# 01:32 alone between paragraphs: a clock in figures with no mark or bracket, maybe a video's running time
_BARE_CLOCK = re.compile(r"\d{1,2}:\d{2}")
# [00:45] / ■ 01:32: a clock in figures before six in the morning, as a video's running time often reads
_SMALL_HOURS = re.compile(r"0?[0-5]:\d{2}")


def _update_stamp(lines: list[Line], meta: Meta, i: int, stamp: str, *, dated: bool = False) -> bool:
    """Whether the one time stamp alone on line ``i`` of a page that is no live page (``[14:20]`` between two
    paragraphs) marks the story's later part as told at that time, said with the paragraph under it: the
    story's prose stands above and under it, and its time is not the page's own (a CMS's stamp of when the
    page went out, ``15:05`` under a story posted at 15:05, is not read). A bare clock in figures with no
    mark or bracket (``01:32``) may be a video's running time between paragraphs: not read. Nor is a clock
    in figures before six in the morning in brackets or after a mark (``[00:45]``, ``■ 01:32``, ``▶ 03:10``),
    which is as likely a clip's running time, unless the page went out in those hours or its text tells of
    the night (``새벽``, ``자정``, ``밤사이``: data/night_words.txt); a stamp that names its part of the day
    (``새벽 2시``, ``오후 4시 45분``) is always a time of day, as is one ``dated`` with its day (``10월 5일
    01:10``): no clip's running time carries a date."""
    small_hours = (
        not dated
        and _SMALL_HOURS.fullmatch(stamp) is not None
        and not (
            (meta.date is not None and _SMALL_HOURS.fullmatch(meta.date[11:16]) is not None)
            or any(rules.says_night(ln.text) for ln in lines)
        )
    )
    return (
        not _BARE_CLOCK.fullmatch(lines[i].text)
        and not small_hours
        and any(ln.kind == "text" and ln.prose for ln in lines[:i])
        and i + 1 < len(lines)
        and lines[i + 1].kind == "text"
        and lines[i + 1].prose
        and not (meta.date is not None and meta.date[11:16] == stamp)
    )


def _lone_dated_stamp(lines: list[Line], meta: Meta, i: int, stamped: tuple[str, str, str]) -> dict[int, str]:
    """The one stamp with its day on a page (``9월 2일 23:30`` alone on line ``i``, no year, the page's date
    read from another line), as a lone ``[14:20]`` is: between the story's paragraphs, said with the
    paragraph under it, the day with its time unless it is the page's own day (``9월 2일 23:30, 한빛시는
    ...``); over a paragraph with no story above it, or at the page's own time, not read at all, and
    no heading either way. Over a line that is no prose (an info box's ``장소: ...``) it is left be."""
    day, time, said = stamped
    if not lines[i + 1].prose:
        return {}
    lines[i].kind = "date"
    if not _update_stamp(lines, meta, i, time, dated=True):
        return {}
    own_day = meta.date is not None and meta.date[:10].endswith(day.lstrip("-"))
    return {i: time if own_day else said}


def _say_stamp(blocks: list[tuple[BlockKind, str]], stamped: tuple[int, str] | None) -> None:
    """The block a stamped line gave (the first after ``stamped``'s count of blocks, if it gave one) opens with
    its time and a comma: ``14:05, 서울 중구의 ...`` is said as a time of day, then a pause."""
    if stamped is not None and len(blocks) > stamped[0]:
        kind, text = blocks[stamped[0]]
        blocks[stamped[0]] = (kind, f"{stamped[1]}, {text}")


def _mark_running_lines(lines: list[Line]) -> set[int]:
    """A PDF's running header or footer (``한빛시 주택과 2026. 3. 12.(목)`` over ``- 1 -`` on every page): a
    line no sentence that the text gives again, next to a page's number at least once, is no story's. A
    line that ends in the page's number (``https://... 1/2``) is one too where the text gives it again with
    another number, and so are those next to it, as a browser prints its date and the page's title over
    every page and its address under it."""
    stems = [m["stem"] if (m := _NUMBERED_FOOTER.match(ln.text)) and not ln.prose else None for ln in lines]
    given = Counter(stems)
    footer = {i for i, stem in enumerate(stems) if stem is not None and given[stem] >= 2}
    numbered = {
        lines[j].text
        for i, ln in enumerate(lines)
        if _PAGE_NUMBER.match(ln.text) or i in footer
        for j in (i - 1, i + 1)
        if 0 <= j < len(lines) and not lines[j].prose
    }
    texts = Counter(ln.text for ln in lines)
    running = {i for i, ln in enumerate(lines) if i in footer or (ln.text in numbered and texts[ln.text] >= 2)}
    for i in running:
        lines[i].kind = "chrome"
    return running


def _join_over_page_breaks(lines: list[Line], running: set[int]) -> list[Line]:
    """A sentence a page's end cut, going on under the next page's header (``... 7만 가구로 늘어날`` /
    footer / header / ``것으로 보인다.``): the line of running text over the page's furniture that ends
    with no stop is joined to the line under it, where the two make a sentence."""
    gone: set[int] = set()
    for i in sorted(running):
        if i - 1 in running or i - 1 < 0:
            continue
        j = i
        while j in running:
            j += 1
        above, below = lines[i - 1], lines[j] if j < len(lines) else None
        if (
            below is None
            or above.kind != "text"
            or below.kind != "text"
            or above.hint is not None
            or below.hint is not None
            or len(above.text) < _BROKEN_MIN
            or rules.ends_sentence(above.text)
        ):
            continue
        text = f"{above.text} {below.text}"
        if rules.ends_sentence(below.text) and rules.is_sentence(rules.without_byline(text)):
            above.text, above.prose = text, True
            gone.add(j)
    return [ln for k, ln in enumerate(lines) if k not in gone]


_CELL_RUN = 6  # the least short lines in a run that make a table's cells, one a line
_CELL_MAX = 12  # the longest a cell's line is


def _mark_table_cells(lines: list[Line]) -> None:
    """A table whose cells a PDF's text gives one a line (``구분`` / ``대상 단지`` / ``150세대 미만`` /
    ``25곳`` ...): six short lines or more with no blank line between, no sentence, a third of them
    figures, are the table's, not read as paragraphs."""
    i = 0
    while i < len(lines):
        j = i
        while (
            j < len(lines)
            and (j == i or not lines[j].blank_before)
            and lines[j].kind == "text"
            and lines[j].hint is None
            and not lines[j].prose
            and len(lines[j].text) <= _CELL_MAX
        ):
            j += 1
        run = lines[i:j]
        if len(run) >= _CELL_RUN and 3 * sum(bool(re.search(r"\d", ln.text)) for ln in run) >= len(run):
            for ln in run:
                ln.kind = "table"
        i = max(j, i + 1)


def _mark_ad_copy(lines: list[Line]) -> None:
    """The lines right under an ad's label (``AD`` over ``무릎 통증, 이제 참지 마세요`` and its button), up
    to a blank line or a sentence (on an HTML page, up to a sentence or another kind of block than the
    label's <p>), are the ad's copy: chrome, as the label is."""
    for i, ln in enumerate(lines):
        if ln.kind != "chrome" or not rules.is_ad_label(ln.text):
            continue
        # (an HTML page's label in a <p> of its own: the <p>s under it that are no sentences are its copy)
        own_p = ln.hint == "paragraph"
        for j, below in enumerate(lines[i + 1 :], i + 1):
            if below.prose or below.hint != ln.hint or (below.blank_before and not own_p):
                break
            # (광고 over 복지 예산 역대 최대 over 복지 분야 예산은 …: a <p> the story's prose goes on under,
            # with the words it announces, is the story's subheading, not the ad's copy)
            after = lines[j + 1] if j + 1 < len(lines) else None
            if own_p and after is not None and after.prose and _announces(below.text, after.text):
                break
            below.kind = "chrome"


def _announces(heading: str, paragraph: str) -> bool:
    """Whether a line has a word of two syllables or more that opens a word of ``paragraph`` (``복지 예산
    역대 최대`` over ``복지 분야 예산은 …``), as a subheading has of the paragraph it heads."""
    words = {w for w in rules.HANGUL_WORD.findall(heading) if len(w) >= 2}
    return any(w.startswith(h) for w in rules.HANGUL_WORD.findall(paragraph) for h in words)


def _join_verdicts(lines: list[Line]) -> list[Line]:
    """A fact check's verdict under its label (``판정`` over ``절반의 사실``) as one line, ``판정 절반의
    사실``: the story's answer, said with what it is."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        verdict = rules.VERDICT_SCALE.sub("", ln.text)  # ■■□□□ 대체로 사실 아님: the words, not the scale
        if prev is not None and (label := rules.VERDICT_LABEL.match(prev.text)) and rules.verdict_words(verdict):
            # the label's word and the verdict (판정 over 절반의 사실; [Fact check 판정] over ■■□□□ 대체로 사실
            # 아님: 판정 대체로 사실 아님)
            out[-1] = replace(prev, text=f"{label['word']} {verdict}", prose=True)
            continue
        out.append(ln)
    return out


def _body_only(lines: list[Line], first: int) -> bool:
    """Whether the page is a story's body alone, pasted from its wire dateline on (``[경남=한빛일보]
    홍길동 기자 = ...``, ``[한빛경제] 최지원 기자 = ...``, the outlet's tag maybe on a line of its own
    above): nothing before the first paragraph, which begins with the dateline."""
    text = lines[first].text
    text = text[rules.dateline_start(text) :]
    dateline = (
        rules.WIRE_DATELINE.match(text)
        or rules.TAGGED_REPORTER.match(text)
        or rules.outlet_dateline(text)
        or rules.REPORTER_PREFIX.match(text)
    )
    return dateline is not None and all(ln.kind != "text" for ln in lines[:first])


_SENTENCE_BREAK = re.compile(rules.STOP_MARK + r"[\"'”’)]*\s+(?=\S)")


def _first_sentence(text: str) -> tuple[str, str]:
    """A paragraph's first sentence and the rest: the headline of a page that has none."""
    m = _SENTENCE_BREAK.search(text)
    return (text[: m.end()].strip(), text[m.end() :].strip()) if m else (text, "")


def _without_bio_on_top(lines: list[Line], paras: list[int], meta: Meta) -> list[int]:
    """The paragraphs, less a writer's bio right under the signature over a column (``김나래 한빛대
    교수`` then ``... 박사 학위를 받았다.``): a note about the writer before the story, not its lead."""
    while paras:
        i = paras[0]
        above = lines[i - 1] if i > 0 else None
        if (
            above is None
            or lines[i].blank_before
            or not rules.is_bio(lines[i].text)
            or above.kind not in ("text", "bio")
            or above.prose
            or (above.kind == "text" and not rules.writer_signature(above.text))
        ):
            break
        lines[i].kind = "bio"
        paras = paras[1:]
        if above.kind == "text":
            _sign(above, meta)
    return paras


_FIRST_NUMBERED = re.compile(r"^1(?P<dot>[.)])\s*[가-힣A-Za-z\"'‘“]")


def _lead_heading(lines: list[Line], first: int, head_i: int | None) -> int | None:
    """The first item's heading of a page of short items (``■ 한은, 기준금리 동결`` over its paragraph).

    It stands right above the first paragraph, where the summary deck is, but the page marks
    later headings with the same sign (or, in HTML, gives two or more later ones in the same
    element): it is the first of them, not the deck.
    """
    i = first - 1
    if i < 0 or i == head_i or lines[i].kind != "text" or lines[i].prose:
        return None
    if lines[i].stamp and any(ln.stamp for ln in lines[first:]):
        return i  # 14:35 over 본회의 정회 over the first paragraph, more stamped entries under it: a live entry's
    if lines[i].hint == "heading":
        # a page's entries under headings of one level (a live page's <h3>s), two more after this one;
        # a deck in another element (<h2 class="subtitle"> over <h3> subheadings) is still the deck
        # (a letter's title on a page of two or more signed letters: the first letter's, :func:`_mark_letters`)
        same = [ln for ln in lines[first:] if ln.hint == "heading" and ln.level == lines[i].level]
        # one more will do where the deck stands apart above it (<p class="cover_sub_title"> over <h4>), not
        # where the lines above are given as this one is (a deck of two <p><b> lines: this is its last)
        decked = any(
            ln.kind == "text" and not (ln.hint == "heading" and ln.level == lines[i].level)
            for ln in lines[0 if head_i is None else head_i + 1 : i]
        )
        if (same and decked) or (lines[i].level and len(same) >= 2) or lines[i].level == _LETTER_TITLE:
            return i
        if lines[i].level:
            return None
    if (one := _FIRST_NUMBERED.match(lines[i].text)) and i != head_i:
        # 1. 마지막 버스가 끊긴 날 over the lead, 2. ... further down (a long read's numbered parts): the
        # first part's heading, blank line or not
        second = f"2{one['dot']}"
        if any(ln.kind == "text" and not ln.prose and ln.text.startswith(second) for ln in lines[first:]):
            return i
    if lines[first].blank_before:
        return None
    # (▶ 한빛1동, 김장 나눔 행사: a roundup's brief under its arrowed title, the page's items marked alike)
    mark = rules.HEADING_MARK.match(lines[i].text) or rules.PROMO.match(lines[i].text)
    if mark is None or (head_i is not None and i < head_i):
        return None
    sign = mark.group().strip()
    later = [ln for ln in lines[first:] if ln.kind == "text" and not ln.prose and ln.text.startswith(sign)]
    return i if later else None


def _sign(ln: Line, meta: Meta) -> None:
    """A column's writer signing under the story or the headline (``김민준 한빛대 교육학과 교수``),
    or a letter's (``박서연 드림``).

    Between paragraphs the same shape is a subheading (an interview's ``김철수 한빛전자 대표``).
    """
    if ln.kind == "text" and (m := rules.writer_signature(ln.text)):
        meta.add_byline(ln.text, rules.signer(m))
    elif ln.kind == "text" and (m := rules.LETTER_SIGN.match(ln.text)):
        meta.add_byline(ln.text, m["name"])  # 박서연 드림: a newsletter's writer
    elif ln.kind == "speaker" and (m := rules.ID_BYLINE.match(ln.text)):
        meta.add_byline(ln.text, m["name"])  # 한승우(seungwoo): a citizen reporter


# *윤재희 교수는 ... / ※ 필자는 ...: a note about the writer, set off with a star, under a column
_WRITER_NOTE = re.compile(r"^\s*[*※]+\s*(?=[가-힣]{2})")


def _without_writer_note(lines: list[Line], paras: list[int], meta: Meta) -> list[int]:
    """The paragraphs, less a note about the writer as the story's last (``*윤재희 교수는 한빛대에서 도시
    정책을 연구하고 있다.`` under a column, ``※ 필자는 ...``): who wrote it, told the reader and not the
    story; it names the writer the page named (or 필자), set off with a star."""
    if not paras or not (m := _WRITER_NOTE.match(lines[paras[-1]].text)) or len(lines[paras[-1]].text) > 200:
        return paras
    who = lines[paras[-1]].text[m.end() :]
    if not (who.startswith(("필자", "글쓴이")) or (meta.author and who.startswith(meta.author))):
        return paras
    lines[paras[-1]].kind = "bio"
    return paras[:-1]


def _writer_bio(lines: list[Line], first: int, meta: Meta) -> bool:
    """A column's writer signing under the story (``윤재희 한빛대 사회학과 교수``), then the writer's
    bio (``서울대 사회학과를 졸업하고...``): a byline, and a note about the writer, not the column;
    neither is read. Whether a bio was found.

    The signature names the writer the page already named (under the headline), or the lines
    under it read as a bio and the story ends after them. Between paragraphs another name and
    title is a subheading (an interview's ``김철수 한빛전자 대표``).
    """
    for i in range(first + 1, len(lines)):
        ln = lines[i]
        if ln.kind == "end":
            return False
        if _signed_profile(lines, i, meta) or _writer_box(lines, i, meta):
            return True
        # (박경제 ● 한빛대 경제학과 교수 ● 전 ...: a bio on one line, signed by its first two cells)
        signature = rules.dotted_signature(ln.text) or ln.text
        if ln.kind not in ("text", "byline") or ln.prose or not (m := rules.writer_signature(signature)):
            continue
        who = rules.signer(m)
        above = lines[i - 1]
        if above.kind == "text" and not above.prose and not ln.blank_before and rules.is_person_name(above.text):
            who = above.text  # 김하람 / 한빛대 도시계획학과 교수: a box's name on its own line over the title
        bio = list(takewhile(lambda x: x.kind == "text", lines[i + 1 :]))
        after = lines[i + 1 + len(bio) :]
        last = not any(x.kind == "text" and x.prose for x in takewhile(lambda x: x.kind != "end", after))
        looks_like_bio = (
            0 < len(bio) <= 3 and all(rules.is_bio(x.text) and not rules.is_correction(x.text) for x in bio) and last
        )
        # 김다솜 한빛시 동해구·회사원 as the story's last line, on a page that names no writer: a reader's
        # letter signed at its end
        signed_last = meta.author is None and not bio and last
        if not (looks_like_bio or signed_last) and (meta.author is None or who != meta.author):
            continue
        if _interviewee(lines[first:i], who, meta):
            continue  # the reporter met the person the profile is about: it is the story's
        if who != rules.signer(m):
            above.kind = "byline"
        ln.kind = "byline"
        meta.add_byline(ln.text, who)
        for x in bio:
            x.kind = "bio"
        return bool(bio)
    return False


def _writer_box(lines: list[Line], i: int, meta: Meta) -> bool:
    """A box about the column's writer under the story: its header (``필자 소개``), then the writer's
    name, alone or signed with a title (``차서윤`` / ``차서윤 한빛연구원 선임연구위원``), then the career,
    with no more of the story after it. The name is the byline; nothing of it is read. Whether
    ``lines[i]`` opens one."""
    if lines[i].kind != "text" or not rules.is_bio_header(lines[i].text) or i + 1 >= len(lines):
        return False
    box = list(takewhile(lambda x: x.kind == "text" and (not x.prose or rules.is_bio(x.text)), lines[i + 1 :]))
    rest = takewhile(lambda x: x.kind != "end", lines[i + 1 + len(box) :])
    if not box or any(x.kind == "text" and x.prose for x in rest):
        return False  # more of the story after it
    name = box[0].text
    signed = rules.writer_signature(name)
    who = rules.signer(signed) if signed else name if rules.is_person_name(name) else None
    if who is None:
        return False
    lines[i].kind = "bio"
    box[0].kind = "byline"
    meta.add_byline(name, who)
    for x in box[1:]:
        x.kind = "bio"
    return True


def _signed_profile(lines: list[Line], i: int, meta: Meta) -> bool:
    """The column's writer's profile, signature and bio on one line after the last paragraph
    (``이서하 한빛대 사회복지학과 교수. 금융 소외 계층을 연구해 왔다.``): it opens with the signature
    of the writer the page named over the column, then says who the writer is. Not read; whether
    ``lines[i]`` is one."""
    ln = lines[i]
    if ln.kind != "text" or meta.author is None or not ln.text.startswith(meta.author):
        return False
    head, dot, _ = ln.text.partition(". ")
    m = rules.writer_signature(head) if dot else None
    if m is None or rules.signer(m) != meta.author:
        return False
    if any(x.kind == "text" and x.prose for x in takewhile(lambda x: x.kind != "end", lines[i + 1 :])):
        return False  # more of the story after it: a paragraph about the writer, in the story
    ln.kind = "bio"
    return True


_POLITE_END = re.compile(r"(?:니다|[세어아해]요)[.!]?[\"'”’)]*\s*$")
_PLAIN_END = re.compile(r"(?<!니)다[.!?]?[\"'”’)]*\s*$")


def _reporter_profile(lines: list[Line], first: int) -> bool:
    """The reporter's profile under the byline that closes a story written in the plain style (``...
    밝혔다.``): a line or two in the polite style (``2012년 입사해 사회부를 거쳤습니다.``) with no more of
    the story after them. The page speaking of its reporter, not the story; not read. Whether one was
    found (a broadcast's story, said in the polite style itself, has none)."""
    for i in range(first + 1, len(lines)):
        if lines[i].kind == "end":
            return False
        if lines[i].kind != "byline":
            continue
        story = [ln for ln in lines[first:i] if ln.kind == "text" and ln.prose]
        if not story or 2 * sum(1 for ln in story if _PLAIN_END.search(ln.text)) < len(story):
            return False
        bio = list(takewhile(lambda x: x.kind == "text", lines[i + 1 :]))
        after = lines[i + 1 + len(bio) :]
        if not 0 < len(bio) <= 2 or any(
            x.kind == "text" and x.prose for x in takewhile(lambda x: x.kind != "end", after)
        ):
            continue
        if all(
            x.prose and len(x.text) <= 200 and _POLITE_END.search(x.text) and not rules.is_correction(x.text)
            for x in bio
        ):
            for x in bio:
                x.kind = "bio"
            return True
    return False


def _interviewee(story: list[Line], name: str | None, meta: Meta) -> bool:
    """Whether ``name`` is someone the story is about, not its writer: a reporter signed the story
    (under the headline) and the paragraphs name the person (``김도윤 대표를 만났다``)."""
    if not name or meta.author is None or name == meta.author:
        return False
    return any(ln.kind == "text" and ln.prose and name in ln.text for ln in story)


def _mark_by_neighbours(lines: list[Line]) -> None:
    """Text that a line next to it shows is not the story.

    - a portal's automatic summary: the sentences under its header (``자동요약``, ``요약봇``), up
      to the chrome that closes the box; they are the story's own sentences, said twice;
    - an editor's note under its label (``[편집자주]``), when it is not on the label's line;
    - a photo's caption written as a sentence, just above a line that only credits the photo
      (``시민들이 산책을 하고 있다.`` over ``/사진=홍길동 기자``), or just under it, the two apart
      from the rest;
    - a photo's title: a short line on its own just above the photo's caption (``우주항공청
      임시청사`` over ``[연합뉴스 자료사진]``);
    - a table's title, just above its unit or first row (``[자치구별 아파트값 변동률]``);
    - a photo's caption just above the paragraph its credit is glued to (``... 붐비고 있다.`` over
      ``/뉴스1 여름 휴가철을 ...``);
    - the name a quoted post shows, just above its handle (``마서윤`` over ``@seoyun.violin · 4월 2일``).
    """
    spaced = any(ln.blank_before for ln in lines[1:])
    _mark_gallery(lines)
    _mark_star_notes(lines)
    _mark_pull_quotes(lines)
    _mark_about_issuer(lines)
    for i, ln in enumerate(lines):
        if ln.kind == "summary" and (rules.SUMMARY_HEADER.match(ln.text) or rules.SUMMARY_LEAD.match(ln.text)):
            _mark_summary(lines, i)  # (from its header, not from the sentences it has marked)
        elif ln.kind == "text" and rules.POLL_HEADER.match(ln.text):
            _mark_box(lines, i, rules.POLL_CLOSE, 12, last=False)
        elif ln.kind in ("text", "chrome") and rules.EMBED_HEADER.match(ln.text):
            _mark_box(lines, i, rules.EMBED_CLOSE, 6, last=True)
        elif (
            ln.kind in ("text", "heading", "chrome")
            and rules.QUIZ_HEADER.match(ln.text)
            and any(rules.QUIZ_ASKS.search(x.text) for x in lines[i + 1 : i + 12])
        ):
            _mark_box(lines, i, rules.QUIZ_CLOSE, 12, last=True)
        elif ln.kind in ("text", "chrome") and rules.TRANSLATION_HEADER.match(ln.text):
            _mark_translation(lines, i)
        elif ln.kind == "note" and not ln.text:
            nxt = next((x for x in lines[i + 1 :] if x.kind != "marker"), None)
            if nxt is not None and nxt.kind == "text":
                nxt.kind = "note"
        elif ln.kind == "chrome" and rules.PLAYER_TIME.match(ln.text) and i > 0 and not ln.blank_before:
            above = lines[i - 1]
            if above.kind == "text" and not above.prose and len(above.text) <= 60:
                above.kind = "caption"  # [영상] 배춧값 급등 현장 over 재생 시간 01:52: the video's title
        elif ln.kind == "caption":
            if rules.GRAPHIC_TITLE.match(ln.text):
                _mark_below_graphic(lines, i)
            if i > 0:
                _mark_above_caption(lines, i, spaced=spaced)
                _mark_above_source(lines, i)
            _mark_below_credit(lines, i)
        elif ln.credited and i > 0 and (not ln.blank_before or ln.hint is not None):
            _mark_caption_over_credit(lines[i - 1])
        elif ln.kind == "table" and i > 0 and not ln.blank_before:
            prev = lines[i - 1]
            if prev.kind == "text" and not prev.prose and len(prev.text) <= 40:
                prev.kind = "table"  # the table's title: [자치구별 아파트값 변동률]
        elif ln.kind == "embed" and rules.POST_HANDLE.match(ln.text):
            shown = lines[i - 1] if i > 0 and not ln.blank_before else None
            if shown is not None and shown.kind == "text" and not shown.prose and len(shown.text) <= 30:
                shown.kind = "embed"  # 마서윤 over @seoyun.violin · ...: the name the post shows over its handle
            _mark_post_frame(lines, i)


def _mark_post_frame(lines: list[Line], handle: int) -> None:
    """Under a quoted post's handle, up to a blank line, the short lines that say no sentence (``좋아요
    48.2만개``, ``댓글 1.3만개 모두 보기``, ``5월 16일``) are the post's frame, its counts and its day; what
    the post says is read."""
    for below in lines[handle + 1 :]:
        if below.blank_before:
            break
        if below.kind == "text" and not below.prose and len(below.text) <= 40:
            below.kind = "embed"


_LETTER_TITLE = "letter"  # the level of a letter's title on a page of letters (no element of HTML's)


def _mark_letters(lines: list[Line]) -> None:
    """A page of readers' letters: each signed under its words after a dash (``― 한다솜·회사원(한빛시
    동구)``), its title over them (``경비원 아저씨께 감사를``, a blank line under it or none). Two or more
    signed so: each title is its letter's subheading, and the signatures are not read and name no writer
    of the page (many wrote it). One alone is the story's byline, as a writer's mark is."""
    signed = [i for i, ln in enumerate(lines) if ln.kind == "letter"]
    if len(signed) < 2:
        for i in signed:
            m = rules.LETTER_SIGNATURE.match(lines[i].text)
            lines[i].kind, lines[i].writer = "byline", m["name"] if m else ""
        return
    for before, s in pairwise([-1, *signed]):
        top = s - 1
        while top > before + 1 and lines[top].kind == "text" and lines[top].prose:
            top -= 1  # up the letter's paragraphs to the line over them
        title = lines[top]
        if top < s - 1 and title.kind == "text" and not title.prose and len(title.text) <= MAX_HEADING:
            title.hint, title.level = "heading", _LETTER_TITLE


def _place_writer_marks(lines: list[Line], meta: Meta) -> None:
    """A writer's mark (``작가 김보라``, ``글 이수진``) over or under the story is its byline: the name is
    the author's. Between two of the story's paragraphs it is the story's own line (an interview's
    subheading naming whom it quotes next), read, and names no author."""
    prose = [i for i, ln in enumerate(lines) if ln.kind == "text" and ln.prose]
    for i, ln in enumerate(lines):
        if not ln.writer:
            continue
        if prose and prose[0] < i < prose[-1]:
            ln.kind = "text"
        else:
            meta.add_byline(ln.text, ln.writer)


def _keep_english_titles(lines: list[Line]) -> None:
    """A section's title in English between two of the story's paragraphs (``By the Numbers``, ``What
    Comes Next``), a blank line around it: the story's subheading, where a short line in Latin letters
    elsewhere is the page's menu or a button (``Home``, ``Sign In``, ``Read more``)."""
    prose = [i for i, ln in enumerate(lines) if ln.kind == "text" and ln.prose]
    if not prose:
        return
    for i in range(prose[0] + 1, prose[-1]):
        ln, below = lines[i], lines[i + 1]
        if ln.kind == "chrome" and ln.blank_before and below.blank_before and rules.is_english_title(ln.text):
            ln.kind = "text"


def _keep_story_scenes(lines: list[Line], meta: Meta) -> None:
    """A sentence of the story that describes a scene and carries a date stamp or a bare credit after it
    (``... 시민들이 우산을 쓰고 걷고 있다. 2026.7.15``), taken for a photo's caption on its own: the
    story's, where it stands apart (blank lines around it, or a paragraph right above it) between the
    story's paragraphs, with no photo's title, credit or caption on the lines next to it; with a credit,
    only where it also opens by taking up the sentence before it (``이에 따라 ... 쉬고 있다. /뉴시스``),
    since a caption and its credit often stand between paragraphs. The stamp and the credit are not read."""
    prose = [i for i, ln in enumerate(lines) if ln.kind == "text" and ln.prose]
    if not prose:
        return
    for i in range(prose[0] + 1, prose[-1]):
        ln, above, below = lines[i], lines[i - 1], lines[i + 1]
        if ln.kind != "caption" or (found := rules.scene_with_stamp(ln.text)) is None:
            continue
        if not below.blank_before or not (ln.blank_before or (above.kind == "text" and above.prose)):
            continue
        story, credited = found
        if credited and not rules.opens_in_flow(story):
            continue
        meta.add_date(ln.text[len(story) :])
        ln.text, ln.kind, ln.prose = story, "text", True


def _mark_caption_over_credit(above: Line) -> None:
    """The line over a paragraph that starts with a photo's credit (``/뉴스1 정부는 ...``): the photo's
    caption, where it describes a scene (``... 붐비고 있다.``) or is a short label, not a sentence
    (``한전 세종본부 전력수급 현황판``); not a marked subheading (``◇ 한전 적자 부담은 여전``)."""
    if above.kind != "text" or rules.HEADING_MARK.match(above.text):
        return
    if rules.is_photo_sentence(above.text) or (not above.prose and len(above.text) <= MAX_HEADING):
        above.kind = "caption"


def _mark_about_issuer(lines: list[Line]) -> None:
    """A press release's boilerplate about its issuer (``한빛제약 소개`` over ``한빛제약은 1985년
    설립된 ...``): the same words under every release, not the news. The header and the
    paragraphs under it, up to the next line that is not a paragraph, are not read."""
    for i, ln in enumerate(lines[:-1]):
        if ln.kind != "text" or ln.prose or not rules.is_about_issuer(ln.text, lines[i + 1].text):
            continue
        ln.kind = "about"
        for below in lines[i + 1 :]:
            if below.kind != "text" or not below.prose:
                break
            below.kind = "about"


def _arrow_questions(lines: list[Line]) -> dict[int, str]:
    """An interview's questions marked with an arrow (``▶회사를 소개해 달라.``), each with its answer
    under it (``=물류창고에서 ...``): the questions by line, without their mark. Elsewhere the
    arrow marks a link to another story. A question marked with the word (``질문 ...``) over an
    answer marked with its word (``답변 ...``) is one too; the answer's mark is not read either. So is a
    question in brackets right over its answer in quotation marks (``[왜 골목 식당인가]``)."""
    out: dict[int, str] = {}
    for i, (ln, below) in enumerate(pairwise(lines)):
        if (m := rules.ARROW_QUESTION.match(ln.text)) and rules.ANSWER_MARK.match(below.text):
            out[i] = m["q"]
        elif (m := rules.WORD_QUESTION.match(ln.text)) and rules.WORD_ANSWER.match(below.text):
            out[i] = m["q"]  # 질문 ... over 답변 ...
        elif (
            (m := rules.BRACKET_QUESTION.match(ln.text))
            and not below.blank_before
            and rules.QUOTED_ANSWER.match(below.text)
        ):
            out[i] = m["q"]  # [왜 골목 식당인가] right over "큰 식당은 ... 사라지죠."
    return out


def _triangle_questions(lines: list[Line]) -> dict[int, str]:
    """An interview's questions marked with a triangle as its answers are (``▲ 금리를 왜 올리나.`` over ``▲
    시장 금리가 올랐기 때문이다.``): the questions by line, without their mark, where two such questions or
    more each stand right over an answer so marked that is no question and ends as a sentence does. Elsewhere
    the triangle marks a list's items (``▲ 2024년 9,860원``), kept as they are."""
    out: dict[int, str] = {}
    for i, (ln, below) in enumerate(pairwise(lines)):
        if (
            (m := rules.TRIANGLE_QUESTION.match(ln.text))
            and rules.TRIANGLE_TURN.match(below.text)
            and not rules.TRIANGLE_QUESTION.match(below.text)
            and rules.ends_sentence(below.text)
        ):
            out[i] = m["q"]
    return out if len(out) >= 2 else {}


def _labelled_speech(lines: list[Line]) -> dict[int, str]:
    """An interview or a round table that labels each turn with who speaks (``오서림 대표: 손님과 나눈
    이야기다.`` under ``기자: 26년 동안 ... 비결이 뭔가.``): the turns by line, without their labels. A
    person's label counts where it opens two turns or more said in a sentence, and then opens each of its
    turns, a short one too (``◆ 구름새> 고맙습니다.``); the interviewer's (``기자:``, ``사회자:``, or a
    name whose every turn, two or more, is right over such a turn: ``백하람: 다음 계획은.``) only on
    such a page. A name of two syllables is more often a field's label
    (``장소:``, ``전화:``) and a script's label (``기자:``) a role: neither names a person here."""
    by_label: dict[str, list[int]] = {}
    said: dict[str, int] = {}  # the turns said in a sentence, by label
    for i, ln in enumerate(lines):
        m = rules.SPEAKER_LABEL.match(ln.text)
        if (
            m
            and len(m["name"]) >= 3
            and rules.is_person_name(m["name"])
            and not rules.MARKER_PREFIX.match(ln.text)
            and not rules.INTERVIEWER_LABEL.match(ln.text)
        ):
            label = " ".join(m["label"].split())
            by_label.setdefault(label, []).append(i)
            said[label] = said.get(label, 0) + rules.is_sentence(ln.text[m.end() :])
    # (once a label is known as a speaker's, a short turn of it is one too: ◆ 구름새> 고맙습니다.)
    turns = [i for label, found in by_label.items() if said[label] >= 2 for i in found]
    if not turns:
        return {}
    # (백하람: 다음 계획은. over 윤서아: 내년 봄 ...: the one who asks, named, each turn over an answer;
    # a question is often no sentence)
    answered = set(turns)
    turns += [
        i
        for label, found in by_label.items()
        if said[label] < 2 and len(found) >= 2 and all(i + 1 in answered for i in found)
        for i in found
    ]
    turns += [i for i, ln in enumerate(lines) if rules.INTERVIEWER_LABEL.match(ln.text)]
    out: dict[int, str] = {}
    for i in turns:
        m = rules.SPEAKER_LABEL.match(lines[i].text) or rules.INTERVIEWER_LABEL.match(lines[i].text)
        if m:
            out[i] = lines[i].text[m.end() :]
    return out


# "전세 사기 피해가 ... 줄었다.": a paragraph quoted whole, no words outside its quotation marks
_QUOTED_WHOLE = re.compile(r"^[\"“][^\"“”]+[\"”]$")
#: What the second line of a headline broken on an open word holds and a section's, a category's or
#: a site's name does not (사회 · 사건사고, 한빛일보): a figure, an ellipsis or a quote.
_CLOSES_A_HEADLINE = re.compile(r"[0-9…'‘\"“]|\.\.\.")
#: A paragraph that opens by pointing back at a quote above it (대책위 관계자는 이같이 말하며, 이렇게
#: 말했다): the quote is the story's own.
_SAID_SO_BEFORE = re.compile(r"^(?:\S+\s){0,3}\S*(?:이같이|이렇게|이와 같이|라고 말했|고 말했)")


def _arrow_subheadings(lines: list[Line]) -> list[int]:
    """Subheadings marked with an arrow (``▶ 제주·세종만 시행 유지``): short lines standing alone
    between sentences, or set apart above the text they title, glued over it (a roundup's briefs), none
    with a link's words (``▶ 관련기사 ...``). One such line alone is one
    too, unless it has the look of another story's headline (a quote, an ellipsis, its topic and a
    comma first: ``▶ 서울시, 버스 요금 인상 검토…``), which only a second subheading like it outweighs."""
    spaced = any(ln.blank_before for ln in lines[1:])  # (a page with no blank line sets every line apart)
    found = [
        i
        for i in range(1, len(lines) - 1)
        if rules.PROMO.match(lines[i].text)
        and len(lines[i].text) <= 40
        and not rules.has_link_words(lines[i].text)
        and (
            (
                ((lines[i].blank_before and lines[i + 1].blank_before) or not spaced)
                and rules.is_sentence(lines[i - 1].text)
            )
            # ▶ 한빛1동, 김장 나눔 행사 over 한빛1동 주민자치회는 ...: a brief's title over its text, set apart above
            or (
                spaced
                and lines[i].blank_before
                and not lines[i + 1].blank_before
                and not rules.FIELD_ITEM.match(_unarrowed(lines[i]))  # ▶ 인터뷰 : 김영희: who speaks under it
            )
        )
        and rules.is_sentence(lines[i + 1].text)
    ]
    return found if len(found) >= 2 or not any(_TEASER.search(lines[i].text) for i in found) else []


def _announced_arrow_items(lines: list[Line]) -> list[int]:
    """The items of a list the story announces (``통제 구간과 시간은 다음과 같다.`` over ``▷ 한빛대교
    양방향: 오전 7시 30분~11시``), marked with an arrow as links to other stories are: the arrowed
    lines right under the announcing sentence, none with a link's words or another story's look."""
    found: list[int] = []
    for i, ln in enumerate(lines):
        if ln.kind != "text" or not rules.ANNOUNCED_LIST.search(ln.text):
            continue
        j = i + 1
        while (
            j < len(lines)
            and lines[j].kind == "promo"
            and rules.PROMO.match(lines[j].text)
            and not rules.has_link_words(lines[j].text)
            and not _TEASER.search(lines[j].text)
        ):
            found.append(j)
            j += 1
    return found


def _unarrowed(ln: Line) -> str:
    return rules.PROMO.sub("", ln.text).strip()


def _arrowed_fields(lines: list[Line]) -> list[int]:
    """An info box's fields under the story, each marked with an arrow as links to other stories are
    (``▷가는 길: 한빛터미널에서 ...`` over ``▷문의: 한빛군 관광과 061-...``): two or more arrowed lines
    together, each a label and its value or a schedule's entry opening with its day and weekday (``▷8일(화)
    오전 10시 한빛지법 ...``), none with a link's words or another story's look. (A field
    that gives a contact, ``▷문의: ... 061-123-4567``, ``▷ 이메일 : jebo@...``, counts in the run but
    stays furniture, as it is without the arrow.)"""
    found: list[int] = []
    run: list[int] = []
    for i, ln in enumerate([*lines, Line("")]):
        if (
            ln.kind in ("promo", "chrome", "enquiry")
            and rules.PROMO.match(ln.text)
            and (
                (rules.FIELD_ITEM.match(_unarrowed(ln)) and not rules.has_link_words(ln.text))
                # (a day's entry may name what is applied for or seen, 신청사, 1심 선고: no link's words
                # as substrings; a link's action, 알림 신청하기, 예매 바로가기, still makes it a link)
                or (rules.DAY_ENTRY.match(_unarrowed(ln)) and not rules.has_link_action(ln.text))
            )
            and not _TEASER.search(ln.text)
        ):
            run.append(i)
            continue
        if len(run) >= 2:
            found.extend(j for j in run if lines[j].kind == "promo" and not rules.is_chrome(_unarrowed(lines[j])))
        run = []
    return found


def _read_enquiries(lines: list[Line]) -> None:
    """A notice's enquiry lines (``문의: 한빛구청 민원과 ☎ 02-123-4567``) where they stand in the notice,
    under its text or its fields, are read: where to call or apply is what a notice tells its listener.
    A press release's contacts are not (a page that names itself one, or gives a press office's contact,
    ``담당자: ...``, anywhere), nor an enquiry line under the byline or a signature, nor one before the
    story."""
    if any(rules.press_contact(ln.text) or (not ln.prose and rules.press_release(ln.text)) for ln in lines):
        return
    for i, ln in enumerate(lines):
        if ln.kind != "enquiry":
            continue
        above = next((x for x in reversed(lines[:i]) if x.kind != "enquiry"), None)
        if above is None or above.kind != "text":
            continue  # under the byline, a signature or the page's furniture, or over the story
        if above.prose or _is_item(above) or _FIELD_LINE.match(above.text):
            ln.kind, ln.prose, ln.apart = "text", True, True


def _quoted_poem(lines: list[Line]) -> list[int]:
    """A poem a column quotes, over where it comes from (``- 윤새벽, '첫눈' 전문``): its lines, short and
    not ending as sentences do, would be taken for a deck or subheadings; they are the story's, each line
    read on its own, and so is the line that names the poem. The stanzas right above the source line (each
    two lines or more; a line alone above them is the headline or a subheading)."""
    found: list[int] = []
    for i, ln in enumerate(lines):
        if ln.kind != "text" or not rules.POEM_SOURCE.match(ln.text):
            continue
        poem: list[int] = []
        stanza: list[int] = []
        for j in range(i - 1, -1, -1):
            above = lines[j]
            if above.kind != "text" or above.prose or len(above.text) > _VERSE_MAX:
                break
            stanza.append(j)
            if above.blank_before:
                if len(stanza) < 2:
                    break
                poem += stanza
                stanza = []
        if poem:
            found += [*poem, i]
    return found


_VERSE_MAX = 40
"""The longest line of a poem (in characters)."""


def _box_items(lines: list[Line]) -> list[int]:
    """A box's items, two or more standing together with no blank line between them: a chronology's
    (``2025.9.20 한빛대교 상판 붕괴, 5명 사망`` over ``2025.10.14 경찰, 시공사 압수수색``), each a date and
    what happened that day, taken for date lines, or a box's figures (``52만 2,670명 - 수능 지원자 수``
    over ``11명 - 전 영역 만점자``), each a figure or a date and what it counts after a dash or a colon.
    The story's, each read as an item of its own, not a line of the paragraph above or under it
    (:func:`_join_wrapped`)."""
    # (an HTML page sets each of its blocks apart, a list's items as its paragraphs: there the items
    # that follow one another make the run)
    # (not 11월 3일 처음 통장을 넘긴 뒤 under 조사 결과 A씨는 지난해: a paragraph's line hard-wrapped at a
    # month, the line above, no item itself, ending where its sentence goes on: after a particle or a
    # comma, or after a sentence that ended in it; not a box's header, 주요 장면 over 1987년 6월 10일 - ...)
    wrapped = {
        id(ln)
        for above, ln in pairwise(lines)
        if not ln.blank_before
        and above.kind == "text"
        and not _box_item(above)
        and rules.ends_open(above.text)
        and (rules.SENTENCE_GOES_ON.search(above.text) or rules.INNER_SENTENCE_END.search(above.text))
    }
    # (10월 5일 불꽃놀이 right under 10월 4일 시민 노래자랑: the timeline's entry of one word, not a
    # subheading over the story's next paragraph; 2013.09.30 착공 between 2011.04.05 주민 설명회 개최 and
    # 2015.02.27 1단계 개통: a chronology's item of one word, not a page's date line; the run holds two
    # items of more words besides, or one among three or more)
    found = _runs_of(
        lines,
        lambda ln: id(ln) not in wrapped and (_box_item(ln) or _one_word_item(ln)),
        apart=all(ln.blank_before for ln in lines),
    )
    runs: list[list[int]] = []
    for i in found:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    kept: list[int] = []
    for run in runs:
        full = sum(_box_item(lines[i]) for i in run)
        if full >= _CHRONOLOGY_MIN or (full and len(run) > _CHRONOLOGY_MIN):
            kept += run
    return kept


def _one_word_item(ln: Line) -> bool:
    """A timeline's or chronology's entry of one word (``10월 5일 불꽃놀이``, ``2020.12.01 착공``), an item
    only where it stands among or under the box's others."""
    if ln.kind == "date":
        return rules.chronology_item(ln.text, words=1)
    return ln.kind == "text" and ln.hint is None and rules.timeline_entry(ln.text, words=1)


def _box_item(ln: Line) -> bool:
    """A chronology's item (a date line) or a box's figure and its label (a text line)."""
    if ln.kind == "date":
        return rules.chronology_item(ln.text)
    return ln.kind == "text" and ln.hint is None and (_figure_line(ln.text) or rules.timeline_entry(ln.text))


_ITEM_LINES = 2  # the most lines a box's item wraps onto under its first
_ITEM_WIDTH_SLACK = 2  # how much shorter than the box's wrapped items a line the box's width broke may be


def _item_rest(ln: Line) -> bool:
    """Whether ``ln`` may be the wrapped rest of a box's item above it: text right under it, no item,
    list item, field or subheading of its own."""
    return (
        ln.kind == "text"
        and not ln.blank_before
        and ln.hint is None
        and not _box_item(ln)
        and not _one_word_item(ln)  # 2025년 3월 = 착공 between two entries of more words: an entry of its own
        and not rules.timeline_entry_goes_on(ln.text)
        and not rules.BULLET.match(ln.text)
        and not rules.HEADING_MARK.match(ln.text)
        and not rules.FIELD_ITEM.match(ln.text)
    )


def _join_wrapped_items(lines: list[Line]) -> list[Line]:
    """A box's items whose label the box's width wrapped (``11명 - 전 영역 만점자(재학생 8명,`` over
    ``졸업생 3명)``, ``1987년 6월 10일 - 전국 18개 도시에서 국민대회`` over ``개최.``), each one line: the
    lines between two items of a box are the rest of the item above; under the box's last item, the
    line under it is its rest only where the item was cut (as long as the box's other wrapped items,
    or a bracket left open) or the line cannot open a sentence (a bracket's note, a particle), so the
    story's sentence under the box stays its own."""
    out: list[Line] = []
    widths: list[int] = []  # the lengths of the current box's items that wrapped
    in_box = False  # whether an item of the same box stands above the current line
    i = 0
    while i < len(lines):
        ln = lines[i]
        out.append(ln)
        i += 1
        # (2013년 6월 상인회, 공사 중지 가처분 신청, over 법원이 기각: an entry its comma says goes on, an item
        # only where its rest is followed by the box's next item or stands under one)
        open_entry = ln.kind == "text" and ln.hint is None and rules.timeline_entry_goes_on(ln.text)
        if not (_box_item(ln) or open_entry):
            in_box, widths = False, []
            continue
        if ln.blank_before:
            in_box, widths = False, []
        j = i
        while j < len(lines) and j - i < _ITEM_LINES and _item_rest(lines[j]):
            j += 1
        rest = lines[i:j]
        if not (j < len(lines) and not lines[j].blank_before and _box_item(lines[j])):
            rest = rest[:1] if in_box and rest and (open_entry or _last_item_cut(ln, rest[0], widths)) else []
        if open_entry and not rest:
            in_box, widths = False, []
            continue
        if rest and not rules.ends_sentence(ln.text):
            widths.append(len(ln.text))
            ln.text = " ".join([ln.text, *(x.text for x in rest)])
            for x in rest:
                x.dropped_as = "item's rest"
            i += len(rest)
        in_box = True
    return out


def _subject_first(text: str) -> bool:
    """Whether ``text`` opens with its sentence's subject or topic, a noun and its particle (``성적은``,
    ``정부가``), as Kiwi reads its first word; not a verb's modifier ending alike (``열리는``, ``오는``)."""
    if not _SUBJECT_FIRST.match(text):
        return False
    if not kiwi.morphology():
        return True  # (the first words of a stream, before Kiwi is built: the pattern alone)
    word = kiwi.get_kiwi().tokenize(text.split(maxsplit=1)[0])
    return (
        len(word) >= 2
        and (word[-1].tag == "JKS" or (word[-1].tag == "JX" and word[-1].form in ("은", "는")))
        and word[-2].tag.startswith(("NN", "NP", "NR", "XSN", "SN"))
    )


def _last_item_cut(item: Line, under: Line, widths: list[int]) -> bool:
    """Whether the line under a box's last item is the item's wrapped rest (see :func:`_join_wrapped_items`):
    not a whole sentence that opens with its subject, however long the item (``성적은 6일 통지된다.``)."""
    below = under.text
    if below.startswith(("(", "（")) or _PARTICLE_FIRST.match(below):
        return True  # (월세 지원 1,100억 원 포함): a note on the figure, no sentence's start
    if rules.ends_sentence(below) and _subject_first(below):
        return False  # 성적은 6일 통지된다.: a whole sentence opening with its subject, the story's own
    if item.text.count("(") > item.text.count(")"):
        return True  # 성적 통지일(오전 / 9시부터)
    return bool(widths) and len(item.text) >= min(widths) - _ITEM_WIDTH_SLACK and len(below) < len(item.text)


_CHRONOLOGY_MIN = 2
"""The fewest dated items that make a chronology (one is a date line with words after it)."""


def _runs_of(lines: list[Line], item: Callable[[Line], bool], *, apart: bool = False) -> list[int]:
    """The lines ``item`` holds for that stand together, :data:`_CHRONOLOGY_MIN` or more with no blank line
    between (``apart``: every line of the page stands apart, and lines one after another are together)."""
    found: list[int] = []
    run: list[int] = []
    for i, ln in enumerate([*lines, Line("")]):
        if item(ln) and (not run or not ln.blank_before or apart):
            run.append(i)
            continue
        if len(run) >= _CHRONOLOGY_MIN:
            found += run
        run = [i] if item(ln) else []
    return found


def _two_cell_row(text: str) -> bool:
    """A row of two cells a pipe parts (``서울 | 0.25%``), a table's where others stand under or over it."""
    return bool(re.search(r"[|｜]", text)) and rules.is_table_row(text, least=2)


def _figure_line(text: str) -> bool:
    """Whether ``text`` opens with a figure or a date and its label (:data:`rules.FIGURE_ITEM`), no row of a table."""
    return bool(rules.FIGURE_ITEM.match(text)) and not rules.is_table_row(text) and not rules.BATTER_PLAY.match(text)


def _dated_list_header(lines: list[Line]) -> int | None:
    """A list's header over the page's date, before any paragraph (``오늘의 주요 뉴스`` over ``2026.12.03
    (목) 07:00``): the headline of a page that is that list, a digest, not the header of a list of links."""
    for i, (ln, below) in enumerate(pairwise(lines)):
        if ln.kind == "text" and ln.prose:
            return None
        if ln.kind == "list" and below.kind == "date" and not rules.ISSUE_DATE.match(below.text):
            return i
    return None


def _headline_runs(lines: list[Line]) -> Iterator[tuple[list[int], bool]]:
    """Headlines one a line (``한빛시, 내년부터 시내버스 준공영제 전면 시행`` over ``정부, 전세사기 피해자 지원
    기간 2년 연장``): runs of text lines with no blank line between, none ending a sentence nor where a
    sentence goes on (a particle, a joining ending, a comma), not cut at one width as a page cut wherever
    the cut fell is: no paragraph's lines to join. Each run comes with whether it
    is a digest's, the story itself: not under a list's header (other stories' links) nor over the
    story's paragraphs (the page's head)."""
    run: list[int] = []
    padded = [*lines, Line("")]
    for i, ln in enumerate(padded):
        # (the run's last line, a blank line under it, may end as a particle does: ... 교통안전 유의)
        last = i + 1 == len(padded) or padded[i + 1].blank_before
        if _digest_item(ln, last=last) and (not run or not ln.blank_before):
            run.append(i)
            continue
        if len(run) >= _HEADLINE_LIST_MIN and _cut_width([lines[j] for j in run]) is None:
            # (the page's date over it, 2026.12.03 07:00, dates the digest: no other story's stamp)
            above = lines[max(0, run[0] - 2) : run[0]]
            listed = any(x.kind not in ("text", "date") and rules.is_list_header(x.text) for x in above)
            listed = listed or any(rules.is_list_header(lines[j].text) for j in run)
            after = [x for x in lines[run[-1] + 1 :] if x.kind == "text" and x.prose]
            # (a sign-off under it, 오늘도 좋은 하루 보내세요., is the digest's close, not the story under a head)
            closed = not after or (len(after) == 1 and len(after[0].text) <= _SIGN_OFF_MAX)
            yield run, not listed and closed
        run = [i] if _digest_item(ln, last=last) else []


def _digest_item(ln: Line, *, last: bool) -> bool:
    """A line that could be one headline of a digest: text of a headline's length that ends no sentence,
    nor, with a line under it, where a sentence goes on, marked as no list's item."""
    return (
        ln.kind == "text"
        and ln.hint is None
        and not ln.prose
        and _HEADLINE_ITEM_LEN[0] <= len(ln.text) <= _HEADLINE_ITEM_LEN[1]
        and _HEADLINE_WORDS.match(_RANK.sub("", ln.text, count=1)) is not None
        and not _PARTICLE_FIRST.match(ln.text)  # 에서 허가 없이 ...: a narrow column's line, going on
        and not rules.INNER_SENTENCE_END.search(ln.text)  # 물린다. 마을 단: a sentence ended inside the line
        and "|" not in ln.text
        and not rules.ends_sentence(ln.text)
        and (last or not rules.ends_open(ln.text))
        and not rules.LIST_ITEM.match(ln.text)
        and not rules.HEADING_MARK.match(ln.text)
    )


_RANK = re.compile(r"^\d{1,2}\.?\s+(?=\D)")  # 1 정부, ...: a most-read list's rank
# A headline opens with a word, not a figure (2024.03 부지 확정, 윤채아 -15 (70-69-67-67): a table's row),
# or with a figure a word follows (2026 수능 만점자 3명, 5G 요금제 ...)
_HEADLINE_WORDS = re.compile(
    r"^(?:[\[\"'“‘<]?[가-힣A-Za-z\u4e00-\u9fff]|\d[\d,]{0,4}[가-힣%A-Za-z]{0,3}\s+[가-힣A-Za-z])(?!.*\d[\d\s.,:()+-]{5})"
)
_SIGN_OFF_MAX = 40
"""The longest a digest's closing line is (in characters): a greeting, not a story's paragraph."""
_HEADLINE_LIST_MIN = 4
"""The fewest headlines one a line that make a digest (two or three are a headline over its decks)."""
_HEADLINE_ITEM_LEN = (12, 60)
"""The shortest and the longest a digest's headline is (in characters)."""


def _announced_lines(lines: list[Line]) -> list[int]:
    """The lines a sentence of the story announces as what it speaks of (``기상청은 다음과 같은
    재난문자를 보냈다.`` over ``[기상청] 11/02 04:12 ... 지진발생``): quoted as written, they need not
    end as sentences do, and are read as the story's paragraphs, not taken for subheadings. The text
    lines right under the sentence, up to a line that is a sentence or marked as a subheading."""
    found: list[int] = []
    for i, ln in enumerate(lines):
        if ln.kind != "text" or not ln.prose or not rules.ANNOUNCES.search(ln.text):
            continue
        for below in range(i + 1, min(i + 1 + _ANNOUNCED_MAX, len(lines))):
            item = lines[below]
            if item.kind != "text" or item.prose or rules.HEADING_MARK.match(item.text):
                break
            found.append(below)
    return found


_ANNOUNCED_MAX = 10
"""The most lines a sentence announces (a message, a statement quoted under it)."""


def _signed_pull_quotes(lines: list[Line]) -> set[int]:
    """A pull quote with who said it right under it (``"…"`` over ``— 박서연 한빛중 교사``): the page's
    quote box, not read. The indices of both lines; found before the lines are classified, so that
    the attribution is not taken for the story's byline."""
    out: set[int] = set()
    # in the story, not over it: a quoted headline with its deck right under it is no box
    story = next((i for i, ln in enumerate(lines) if rules.is_sentence(ln.text)), len(lines))
    for i, (ln, below) in enumerate(pairwise(lines)):
        if i < story or not rules.PULL_QUOTE.match(ln.text) or len(ln.text) > 120 or len(below.text) > 40:
            continue  # a box holds a line or two
        if rules.ends_sentence(below.text) or rules.interview_question(below.text) is not None:
            continue  # the interviewer's next question under a quoted answer
        dashed = bool(rules.ATTRIBUTION.match(below.text))
        named = (
            not below.blank_before
            and not rules.is_sentence(ln.text)  # a quoted answer is said in sentences
            and 2 <= len(below.text.split()) <= 6
            and bool(rules.HANGUL.search(below.text))
            and not rules.LIST_ITEM.match(below.text)
            and not rules.HEADING_MARK.match(below.text)
            and not rules.PROMO.match(below.text)
        )
        if dashed or named:
            out |= {i, i + 1}
    return out


def _mark_pull_quotes(lines: list[Line]) -> None:
    """A pull quote that says again words a paragraph quotes, with no attribution or with one on
    its line (``"…" - 박서연 교사``), or with no quotation marks at all (:func:`_said_elsewhere`): the
    paragraph reads them in their place (see :func:`_signed_pull_quotes` for one signed under the quote)."""
    story = [ln.text for ln in lines if ln.kind == "text" and ln.prose]
    start = next((i for i, ln in enumerate(lines) if ln.kind == "text" and ln.prose), len(lines))
    said = _said_in(story)
    for i, ln in enumerate(lines):
        if i < start or ln.kind != "text" or ln.question:
            continue  # a quoted headline says again what the story quotes: still the headline
        if not (m := rules.PULL_QUOTE.match(ln.text) or rules.ATTRIBUTED_QUOTE.match(ln.text)):
            if ln.blank_before and _said_elsewhere(ln.text, said):
                ln.kind = "pullquote"  # 도시는 걷는 사람의 것이어야 한다, set apart with no quotation marks
            continue
        words = m["q"].rstrip(".?! ")
        if len(words) >= 10 and any(words in t and t != ln.text for t in story):
            ln.kind = "pullquote"
            below = lines[i + 1] if i + 1 < len(lines) else None
            if below is not None and below.kind == "text" and not below.prose and rules.writer_signature(below.text):
                below.kind = "pullquote"  # 박바이 한빛바이오 대표: who said it, under the box's quote


_QUOTED = re.compile(r"[\"“‘']([^\"“”‘’']{4,200})[\"”’']")


def _said_in(story: list[str]) -> dict[str, set[str]]:
    """Each whole sentence of the story's paragraphs, and all each quotes (``그는 "도시는 걷는 사람의
    것이어야 한다"고 말했다``), without its stop: the paragraphs that say it."""
    said: dict[str, set[str]] = {}
    for t in story:
        sentences = [x.rstrip(".?!\"'”’ ") for x in _SENTENCE_BREAK.split(t)]
        for words in [*sentences, *(q.rstrip(".?! ") for q in _QUOTED.findall(t))]:
            said.setdefault(words, set()).add(t)
    return said


def _said_elsewhere(text: str, said: dict[str, set[str]]) -> bool:
    """Whether ``text``, a line set apart with no quotation marks, is a whole sentence of another of the
    story's paragraphs, or all that one of them quotes (:func:`_said_in`): a pull quote, the story's words
    set large for the eye, which the paragraph says in its place. A subheading names what follows in
    words of its own."""
    words = text.strip().rstrip(".?! ")
    if len(words) < 10 or len(words.split()) < 3:
        return False
    return any(t != text for t in said.get(words, ()))


def _gallery_place(ln: Line) -> tuple[int, int] | None:
    m = rules.GALLERY_COUNTER.match(ln.text)
    return (int(m["n"]), int(m["of"])) if m and 0 < int(m["n"]) <= int(m["of"]) else None


def _mark_gallery(lines: list[Line]) -> None:
    """A photo gallery laid out between the story's paragraphs: captions that open with their photo's
    place in it (``1/10 시장 입구에 그려진 ... 벽화.``, ``2/10 ...``), counted on from one line to the
    next out of the same total, whatever each ends with (a fraction opening a sentence, ``2/3 이상이
    찬성했다.``, has no such neighbour), or naming the photo in brackets (``[사진 2/6] ...``), alone; and
    the gallery's title right over the first one, no blank line between (``[포토] 벽화 거리 둘러보기``)."""
    for ln in lines:
        if ln.kind == "text" and (m := rules.PHOTO_COUNTER.match(ln.text)) and 0 < int(m["n"]) <= int(m["of"]):
            ln.kind = "caption"
    places = [_gallery_place(ln) for ln in lines]
    for i, (a, b) in enumerate(pairwise(places)):
        if a is None or b is None or b != (a[0] + 1, a[1]) or lines[i + 1].blank_before:
            continue
        for ln in lines[i : i + 2]:
            if ln.kind == "text":
                ln.kind = "caption"
        above = lines[i - 1] if i > 0 else None
        if a[0] == 1 and above is not None and above.kind == "text" and not above.prose and not lines[i].blank_before:
            above.kind = "caption"


def _mark_star_notes(lines: list[Line]) -> None:
    """Footnotes marked with stars (``* BIS 기준``) or a number in brackets or before a parenthesis
    (``[1] 과기정통부, ...``, ``1) 심사평가원, ...``), where another line has the mark after a word
    (``93.1%*``, ``나타났다[1].``, ``그친다1).``)."""
    notes = [(ln, m["stars"]) for ln in lines if ln.kind == "text" and (m := rules.STAR_NOTE.match(ln.text))]
    # 주1) 저출산고령사회위원회, ...: a note the page numbers so is one already (see _classify)
    marks = {f"주{m['n']})" for ln in lines if ln.kind == "footnote" and (m := rules.FOOTNOTE.match(ln.text))}
    text = "\n".join(ln.text for ln in lines if ln.kind == "text")  # a note's own stars start its line
    for ln, stars in notes:
        # (a number's mark after a word, not a number's last figures: 그친다1). but not (2021))
        before = r"[^\s\d(]" if stars.endswith(")") else r"[^\s*]"
        if re.search(rf"{before}{re.escape(stars)}(?!\*)", text):
            ln.kind = "footnote"
            if stars[0] in "0123456789[*":  # (a mark set above the line goes with the paragraph's cleaning)
                marks.add(stars)
    _without_note_marks(lines, marks)


# What a footnote's mark is written against: a word, a figure's unit, a stop, a closing quote or another mark ([c][d]).
_MARK_AFTER = r"(?<=[가-힣A-Za-z%.,)\]'\"”’])"


def _without_note_marks(lines: list[Line], marks: set[str]) -> None:
    """The story's lines without the marks of the footnotes the page gives under it (``그친다1).``,
    ``한다주1).``, ``나타났다[1].``): the notes are not read, and their marks are for the eye, as a mark
    set above the line is (``늘었다².``, taken off with :data:`rules.SUPERSCRIPT_MARK`)."""
    if not marks:
        return
    numbered = "|".join(re.escape(m) for m in sorted(marks - {"*", "**", "***"}, key=len, reverse=True))
    starred = "|".join(re.escape(m) for m in sorted(marks & {"*", "**", "***"}, key=len, reverse=True))
    # (주1) and 1) both stand for the note numbered 1); stars run into the word after them: 93.1%*로)
    mark = re.compile(
        "|".join(
            ([rf"{_MARK_AFTER}(?:주|각주)?(?:{numbered})(?=[\s.,?!'\"”’\[]|$)"] if numbered else [])
            + ([rf"{_MARK_AFTER}(?<!\*)(?:{starred})(?!\*)"] if starred else [])
        )
    )
    for ln in lines:
        if ln.kind == "text" and (text := mark.sub("", ln.text)) != ln.text:
            # 연다.[a]: a mark after the stop hid the sentence's end
            ln.text, ln.prose = text, ln.prose or rules.is_sentence(rules.without_byline(text))


def _mark_above_caption(lines: list[Line], i: int, *, spaced: bool) -> None:
    """The caption over a photo's credit (line ``i``), and the photo's title over a caption.

    The title stands apart from the text above it: after a blank line, or, on a page with no blank
    lines at all (``spaced`` false), after a paragraph or anything but text."""
    ln, above = lines[i], lines[i - 1]
    # In HTML each paragraph stands apart: the credit's own paragraph is still the next line.
    next_line = not ln.blank_before or ln.hint is not None
    # (▲ 부모가 함께 쓰면 ... 사용. under ▲ 복직 후 ... 폐지. and over 자료: 고용노동부: a box's last item)
    last_item = i >= 2 and not above.blank_before and _next_item(lines[i - 2].text, above.text)
    if (
        above.kind == "text"
        and next_line
        and not last_item
        and rules.is_credit(ln.text)
        and rules.is_photo_sentence(above.text)
    ):
        above.kind = "caption"
        if i < 2:
            return
        ln, above = above, lines[i - 2]
    if (
        not ln.blank_before
        and above.kind == "text"
        and not above.prose
        and (above.blank_before or (not spaced and (i < 2 or lines[i - 2].kind != "text" or lines[i - 2].prose)))
        and len(above.text) <= 40
    ):
        above.kind = "caption"


_SOURCE = re.compile(r"(?:자료|출처|그래픽)\s*[=:：]")


def _mark_above_source(lines: list[Line], i: int) -> None:
    """A graphic's or a table's lines over its source (``9월 1주 0.08%`` ... over ``(자료=한국부동산원)``,
    rows of results over ``(개표율 100%, 자료=중앙선거관리위원회)``): figures for the eye, standing
    together with no blank line between, up to the box's title after a blank line. A paragraph
    stops the box. A box of facts (``- 복직 후 받던 사후지급금 제도 폐지`` ... over ``자료: 고용노동부``),
    each item saying something in words, is the story's: read, all but its source."""
    if lines[i].blank_before or len(lines[i].text) > 60 or not _SOURCE.search(lines[i].text):
        return
    box: list[Line] = []
    for above in reversed(lines[:i]):
        if above.prose or above.kind not in ("text", "table", "caption", "list"):
            break
        box.append(above)
        if above.blank_before:
            break
    items = [ln for ln in box if not ln.blank_before]  # (the box's title stands after a blank line)
    if items and all(ln.kind == "text" and rules.is_fact_item(ln.text) for ln in items):
        return
    for above in box:
        if above.kind == "text":
            above.kind = "table"


def _mark_below_graphic(lines: list[Line], i: int) -> None:
    """A graphic's figures under its title (``[그래픽] 연도별 출생아 수`` over ``2022년 24만9천명``
    ...): the lines standing right under it, up to a blank line or a sentence."""
    for below in lines[i + 1 :]:
        if below.blank_before or below.prose or below.kind not in ("text", "table", "caption"):
            return
        if below.kind == "text":
            below.kind = "table"


def _mark_below_credit(lines: list[Line], i: int) -> None:
    """The caption under a photo's credit (line ``i``), where a page gives the credit first: the two
    lines stand together, apart from the text around them (``[사진 제공=한화]`` over ``... 불꽃이
    터지고 있다.``). Plain text only: an HTML page's credit is taken with the caption over it."""
    ln = lines[i]
    if i + 1 >= len(lines) or not ln.blank_before or ln.hint is not None or not rules.is_credit(ln.text):
        return
    below = lines[i + 1]
    alone = i + 2 >= len(lines) or lines[i + 2].blank_before
    if below.kind == "text" and not below.blank_before and alone and rules.is_photo_sentence(below.text):
        below.kind = "caption"


def _mark_box(lines: list[Line], i: int, closer: re.Pattern[str], size: int, *, last: bool) -> None:
    """A box under its header at ``i``, up to the first (or ``last``) line within ``size`` lines that
    closes it:
    a readers' poll (``독자 투표`` over the question, options and results, closed by ``투표하기
    결과보기`` or ``참여 1,284명``) or an embedded video or post (``YouTube 동영상`` over its title and
    channel, closed by ``이 동영상은 YouTube에서 시청할 수 있습니다.``). Not the story."""
    box = lines[i : i + size]
    closes = [k for k, ln in enumerate(box) if k and closer.search(ln.text) and len(ln.text) <= 60]
    if not closes:
        return
    close = closes[-1] if last else closes[0]
    for ln in box[: close + 1]:
        ln.kind = "chrome"


def _mark_interleaved_translation(lines: list[Line]) -> None:
    """A bilingual page that gives each paragraph in English right after the Korean one: the
    English lines (no Korean in them, each under a Korean paragraph, two or more) are not read."""
    english = [
        i
        for i in range(1, len(lines))
        if lines[i].kind == "text"
        and lines[i].prose
        and not rules.HANGUL.search(lines[i].text)
        and lines[i - 1].kind == "text"
        and lines[i - 1].prose
        and rules.HANGUL.search(lines[i - 1].text)
    ]
    korean = [ln for ln in lines if ln.kind == "text" and ln.prose and rules.HANGUL.search(ln.text)]
    if len(english) >= 2 and 2 * len(english) >= len(korean):
        for i in english:
            lines[i].kind = "translation"


# 2016년 3월 / 2019.08 / 2024년 / - 2025.3.2: a timeline's day alone on its line, no time of day
_TIMELINE_DAY = re.compile(
    r"^[-·•▲△■□◆◇▶]?\s*(?:(?:19|20)\d\d\s*년(?:\s*\d{1,2}\s*월(?:\s*\d{1,2}\s*일)?)?"
    r"|(?:19|20)\d\d[.\-/]\s?\d{1,2}(?:[.\-/]\s?\d{1,2})?\.?)$"
)
_TIMELINE_EVENT = 40  # the longest event of a timeline given under its day


def _join_timeline_pairs(lines: list[Line]) -> list[Line]:
    """A timeline whose day stands alone on a line and its event on the next (``2016년 3월`` over ``계획
    발표``, ``2019년 8월`` over ``부지 확정``): each day joined to its event as one line (``2016년 3월 계획
    발표``), as a timeline gives them; only in a run of two such pairs or more, glued, each event short
    and no day itself."""

    def pair(i: int) -> bool:
        return (
            i + 1 < len(lines)
            and _TIMELINE_DAY.match(lines[i].text) is not None
            and not lines[i + 1].blank_before
            and len(lines[i + 1].text) <= _TIMELINE_EVENT
            and rules.HANGUL.search(lines[i + 1].text) is not None
            and _TIMELINE_DAY.match(lines[i + 1].text) is None
            and rules.DATE.match(lines[i + 1].text) is None
        )

    out: list[Line] = []
    i = 0
    while i < len(lines):
        j = i
        while pair(j) and (j == i or not lines[j].blank_before):
            j += 2
        if j - i >= 4:
            for k in range(i, j, 2):
                day, event = lines[k], lines[k + 1]
                out.append(replace(day, text=f"{day.text} {event.text}"))
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out


def _without_english_first(lines: list[Line]) -> list[Line]:
    """An English-first page of a Korean outlet, the Korean story under its header (``[한국어 기사]``):
    the lines with no Korean in them above the header (the English headline, byline, date and
    paragraphs), and the header itself, are not read; the page is read from the Korean story. Only
    where English prose stands above the header and Korean prose below it."""
    at = next((i for i, ln in enumerate(lines) if rules.KOREAN_VERSION_HEADER.match(ln.text)), None)
    if at is None:
        return lines
    above, below = lines[:at], lines[at + 1 :]
    english = [ln for ln in above if rules.ENGLISH_PROSE.match(ln.text) and len(ln.text.split()) >= 6]
    if not english or not any(rules.is_sentence(ln.text) and rules.HANGUL.search(ln.text) for ln in below):
        return lines
    kept = [ln for ln in above if rules.HANGUL.search(ln.text)]
    if below and kept:
        below[0].blank_before = True
    return kept + below


def _mark_translation(lines: list[Line], i: int) -> None:
    """The story in English under its header (``[English]``): the lines with no Korean in them."""
    below = list(takewhile(lambda ln: not rules.HANGUL.search(ln.text), lines[i + 1 :]))
    if not below:
        return
    for ln in [lines[i], *below]:
        if ln.kind == "text":
            ln.kind = "translation"


_SUMMARY_LINES = 5  # the most sentences a portal's summary box gives


def _one_sentence(text: str) -> bool:
    """Whether a line is one whole sentence: it ends one and ends no other inside it (a summary's
    line), as a hard-wrapped paragraph's lines do not (…편성했다고 / 7일 밝혔다. 올해보다 …)."""
    return rules.ends_sentence(text) and not rules.INNER_SENTENCE_END.search(text)


def _mark_summary(lines: list[Line], i: int) -> None:
    """The text lines after a summary header, if chrome (the box's disclaimer or buttons) closes them,
    or a blank line closes them as one run of a few lines, one sentence a line, with more text under
    it (a copy of the page: 자동요약, its disclaimer, the summary's three sentences, a blank line, the
    story); not the story's first paragraph alone under the summary's button."""
    taken: list[Line] = []
    for ln in lines[i + 1 : i + 12]:
        run = (
            2 <= len(taken) <= _SUMMARY_LINES
            and not any(t.blank_before for t in taken[1:])
            and all(_one_sentence(t.text) for t in taken)
        )
        if taken and (ln.kind == "chrome" or (ln.kind == "text" and ln.blank_before and run)):
            for t in taken:
                t.kind = "summary"
            return
        if ln.kind not in ("chrome", "text"):
            return
        if ln.kind == "text":
            taken.append(ln)


def _comments_follow(lines: list[Line], first: int, i: int) -> bool:
    """Whether a comment section's opener at ``i`` closes the story: less text follows it than precedes it.

    A count (``댓글 3``) may also be a toolbar's, between the summary deck and the story, where the
    whole story follows it; a prompt (``로그인 후 댓글을...``) only opens comments.
    """

    if not rules.is_chrome(lines[i].text):
        return True  # 로그인 후 댓글을 남길 수 있습니다: only a comment section says so

    def prose(part: list[Line]) -> int:
        return sum(len(ln.text) for ln in part if ln.kind == "text" and ln.prose)

    stop = next((j for j in range(i, len(lines)) if lines[j].kind == "end"), len(lines))
    return prose(lines[first:i]) >= prose(lines[i + 1 : stop])


def _another_story(lines: list[Line], i: int) -> bool:
    """Whether the list header at ``i`` (``관련 기사``) is over another story given in full: its
    headline with its date or byline under it, then its paragraphs. The page's story ends there."""
    j = next((k for k in range(i + 1, len(lines)) if lines[k].kind == "text"), None)
    if j is None or lines[j].prose or not 4 <= len(lines[j].text) <= 150:
        return False
    paras = [k for k in range(j + 1, len(lines)) if lines[k].kind == "text" and lines[k].prose]
    return len(paras) >= 2 and _dated(lines, j, paras[0])


def _next_story(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is the label of the next (or the previous) story's box under the story
    (``다음 기사``), over that story's headline and first paragraph: the page's story ends there. The
    same words alone are a button (``이전 기사 | 다음 기사``)."""
    if not rules.NEXT_STORY.match(lines[i].text):
        return False
    after = [ln for ln in lines[i + 1 :] if ln.kind == "text"][:2]
    return len(after) == 2 and not after[0].prose and 4 <= len(after[0].text) <= 150 and after[1].prose


def _signed_before(lines: list[Line], first: int, i: int) -> int | None:
    """The story's closing byline just above a reader's comment whose stamp is line ``i`` (the
    comment's writer and words stand between): where comments with no header begin."""
    texts = 0
    for j in range(i - 1, first, -1):
        if lines[j].kind == "byline":
            return j
        if lines[j].kind == "text":
            texts += 1
            if texts > 3:
                return None
    return None


def _commenter(lines: list[Line], first: int, i: int) -> int | None:
    """The name over a reader's comment whose stamp is line ``i`` (``세종맘`` over ``아이들 데리고 꼭
    가봐야겠어요.`` over ``2026.12.18 12:40 신고 | 답글``), where the story has no closing byline: a
    short line of a word or two, not a sentence, right under the story's last paragraph."""
    for words, j in enumerate(range(i - 1, max(first, i - 5), -1)):
        ln = lines[j]
        if ln.kind not in ("text", "chrome"):
            return None
        # (hong****: a masked user name is chrome on its own)
        nick = (ln.kind == "chrome" or not ln.prose) and len(ln.text) <= 20 and len(ln.text.split()) <= 2
        if nick and words and lines[j - 1].kind == "text" and lines[j - 1].prose:
            return j
    return None


def _unfinished_last_paragraph(lines: list[Line], i: int, last_para: int) -> bool:
    """A long line right after the story that lost its full stop: still the story's last words.

    It must end like a sentence without its stop (…했다, …어요), as headlines seldom do, and
    no byline or anything else that closes a story may come before it.
    """
    ln = lines[i]
    if len(ln.text) < MIN_LONG_TEXT or ln.indent or not rules.VERB_END.search(ln.text):
        return False
    return all(lines[j].kind in ("text", "chrome", "caption") for j in range(last_para + 1, i))


def _run_on_line(lines: list[Line], last_para: int) -> bool:
    """A line run on from the story's last paragraph, a sentence, with no blank line, the input ending with
    such lines (``...대응했다.`` over ``군은 즉각 대응``): pasted lines a reader expects read, not a
    page's footer, which stands apart from the story or has the page's furniture after it, nor a signature
    (관리사무소장 드림, a column's writer), which signs the text rather than saying it."""
    run = lines[last_para + 1 :]
    return (
        rules.ends_sentence(lines[last_para].text)
        and bool(run)
        and _says_something(run[0].text)
        and all(
            not ln.blank_before
            and ln.kind == "text"
            and ln.hint is None
            and not rules.looks_like_menu(ln.text)
            and not (rules.writer_signature(ln.text) or rules.OFFICE_SIGN.match(ln.text))
            and not _caption_or_count(ln.text)
            for ln in run
        )
    )


_FIELD_LINE = re.compile(rf"(?:[-–·•]\s*)?{rules.FIELD_LABEL}\s*\S")
# 이 기사 좋아요 12 / 댓글 3: a page's button and its count
_ENDS_IN_COUNT = re.compile(r"\s\d[\d,]*\+?$")


def _says_something(text: str) -> bool:
    """Whether a line says something, as lines pasted to be read open: a noun with its particle (``군은
    즉각 대응``) or a predicate with its ending, or a field with its label (``- 일시: 10일``); not a string of
    nouns (``축제 포스터 한빛시 제공``)."""
    if _FIELD_LINE.match(text) or not kiwi.morphology():
        return True
    return any(str(t.tag).startswith("J") or str(t.tag) in ("EF", "EC") for t in kiwi.get_kiwi().tokenize(text))


def _caption_or_count(text: str) -> bool:
    """A photo's caption or credit (``행사 사진 연합뉴스``, ``축제 포스터 한빛시 제공``), or a page's button
    with its count (``이 기사 좋아요 12``)."""
    if rules.is_caption(text) or rules.is_credit(text) or _ENDS_IN_COUNT.search(text):
        return True
    return rules.mentions_credit(text) and not _says_something(text)


def _clipped_last_paragraph(lines: list[Line], i: int, last_para: int, end: int) -> bool:
    """The story's last words in the clipped style, a topic and a noun with no verb (``행사장은 한빛시청
    광장 일대.``), right under the last paragraph with nothing but the byline and the page's furniture
    after it: a sentence that drops its copula, not a photo's caption, which names no topic so."""
    ln = lines[i]
    words = ln.text.split()
    if ln.indent or not 3 <= len(words) <= 8 or not rules.stopped_like_speech(ln.text) or not kiwi.morphology():
        return False
    if any(lines[j].kind != "chrome" for j in range(last_para + 1, i)):
        return False
    if any(lines[j].kind == "text" for j in range(i + 1, end)):
        return False
    *stem, particle = kiwi.get_kiwi().tokenize(words[0])
    return (
        bool(stem)
        and particle.tag == "JX"
        and particle.form in ("은", "는")
        and all(t.tag.startswith(("NN", "XSN")) for t in stem)
    )


_TEASER = re.compile(r"[…\"“”]|\.\.\.|\[[^\[\]]{1,10}\]|^\W*[가-힣A-Za-z0-9]{1,10},\s")
"""What another story's headline has (a quote, an ellipsis, a tag like ``[단독]``, its topic and a comma
first: ``서울시, 버스 파업 대비...``), and an item of a list seldom does."""


_CIRCLED = re.compile(r"^[①-⑳]\s*\S")
# 1) 겉옷을 챙긴다 over its paragraph, between two paragraphs: numbered as a list's item is, but alone, a subheading
_PAREN_NUMBERED = re.compile(r"^\d{1,2}\)\s*\S")


def _opens_block(lines: list[Line], i: int) -> bool:
    """Whether ``lines[i]`` is the first line of its block that is read: a blank line over it, or over
    only the page's furniture above it in the block (a card's ``2/6`` counter)."""
    j = i
    while not lines[j].blank_before:
        j -= 1
        if j < 0 or lines[j].kind == "text":
            return False
    return True


def _numbered_subheading(lines: list[Line], i: int, nxt: Line | None) -> bool:
    """A line numbered with a circled figure standing alone between paragraphs, short and with no
    full stop (``① 새벽 운동은 피하세요`` between two paragraphs): the story's subheading, not an item. It
    may open a block with its paragraph under it, as a card news slide gives its title over its text
    (``3/6`` / ``② 전입신고와 확정일자`` / ``이사 당일 전입신고를 하고 ...``). All the numbers of a list or
    none: where one of its siblings (② and ③ after ①) is an item under a sentence of its own block,
    the first that opens the block is an item too (``① 물을 자주 마신다`` / ``갈증을 느끼기 ...`` / ``②
    한낮 외출을 피한다`` / ...: a list, not chapters). A sibling that stands where a subheading would but is
    a long sentence (``② 육아휴직 급여가 늘어나 ... 받을 수 있게 된다`` over its paragraph) is read as a
    paragraph, and the short titles beside it stay subheadings, where they are most of the list and each
    stands apart, a blank line under it; where a short one is run on into its paragraph (``① 물을 자주
    마신다`` / ``갈증을 느끼기 ...``), the long sentence beside it makes them all a list's items."""
    if not _circled_alone(lines, i, nxt):
        return False
    siblings = _circled_siblings(lines, i)
    after = {j: _next_text(lines, j, len(lines)) for j in siblings}
    if all(_circled_alone(lines, j, after[j]) for j in siblings):
        return True
    titles = [j for j in siblings if _circled_alone(lines, j, after[j])]
    return (
        all(_circled_alone(lines, j, after[j], titled=False) for j in siblings)
        and 2 * (len(titles) + 1) > len(siblings) + 1
        and all(x is not None and x.blank_before for x in (nxt, *(after[j] for j in titles)))
    )


def _circled_alone(lines: list[Line], i: int, nxt: Line | None, *, titled: bool = True) -> bool:
    """Whether the circled number ``lines[i]`` stands where a subheading does (``_numbered_subheading``),
    and, where ``titled``, is as short as a title, with no full stop."""
    ln = lines[i]
    return (
        bool(_CIRCLED.match(ln.text))
        and (not titled or (len(ln.text) <= 40 and not re.search(rules.FULL_STOP_MARK + "$", ln.text)))
        and _opens_block(lines, i)
        and nxt is not None
        and nxt.prose
        and (nxt.blank_before or (i + 1 < len(lines) and nxt is lines[i + 1]))
        and not _CIRCLED.match(nxt.text)
    )


def _circled_siblings(lines: list[Line], i: int) -> list[int]:
    """The other numbers of the list that the circled number ``lines[i]`` is in: the circled lines
    before and after it numbered one after another (① ② ③ around ②)."""
    siblings: list[int] = []
    for step in (-1, 1):
        want = ord(lines[i].text[0]) + step
        j = i + step
        while 0 <= j < len(lines):
            if lines[j].kind == "text" and _CIRCLED.match(lines[j].text):
                if ord(lines[j].text[0]) != want:
                    break
                siblings.append(j)
                want += step
            j += step
    return siblings


def _is_enumeration(ln: Line) -> bool:
    """Things named one after another in the story (``오이 1개, 미역 한 줌, 물 500㎖, ...``): under a
    marked line (``◆ 재료(2인분)``) that line is its subheading, not a link."""
    return ln.kind == "text" and ln.text.count(",") >= 2 and not rules.HEADING_MARK.match(ln.text)


def _box_under_byline(lines: list[Line], head_i: int, first: int) -> int | None:
    """A marked box's title (``■ 경기 일정``) between the byline or the date under the headline and the
    story's first paragraph, over its box of short lines that the paragraph follows: the box is the
    story's (a tournament's days, a list of nominees), not the deck the headline's lines over the
    byline are."""
    stamped = False
    for i in range(head_i + 1, first):
        ln = lines[i]
        if ln.kind in ("date", "byline"):
            stamped = True
        elif stamped and ln.kind == "text" and not ln.dropped_as and rules.HEADING_MARK.match(ln.text):
            # (not ■ 제품 사양 over - 무게: 215g: a box of fields, the page's facts at a glance; nor ■ 3줄
            # 요약 or ■ 주요 사양 over short lines with no mark, a box its title says restates the story)
            ok = (
                not rules.is_glance_box_title(ln.text)
                and _box_lines_under(lines, i, first + 1)
                and all(
                    x.kind == "text"
                    and not x.dropped_as
                    and not rules.FIELD_ITEM.match(x.text)
                    and not rules.LIST_ITEM.match(x.text)
                    for x in lines[i + 1 : first]
                )
            )
            return i if ok else None
    return None


_BOX_LINES = 2  # the least lines under a marked title, one a line, that make them its box


def _box_lines(lines: list[Line], i: int, end: int) -> list[int]:
    """The short lines right under the marked line ``i`` (``■ 경기 일정``, ``■ 후보 명단``), none a
    sentence or a mark's own title, up to a blank line or another kind of line; none where one is not
    so."""
    run: list[int] = []
    for j in range(i + 1, end):
        ln = lines[j]
        if ln.kind != "text" or (ln.blank_before and run):
            break
        if ln.blank_before or ln.prose or len(ln.text) > MAX_HEADING or rules.HEADING_MARK.match(ln.text):
            return []
        run.append(j)
    return run


def _box_lines_under(lines: list[Line], i: int, end: int) -> bool:
    """Whether the marked line ``i`` heads a box of its short lines (:func:`_box_lines`)."""
    return len(_box_lines(lines, i, end)) >= _BOX_LINES


def _is_item(ln: Line) -> bool:
    """An item of a list in the story (``▲ 2024년 9,860원(2.5%)``), not a link to another story."""
    return (
        ln.kind == "text"
        and bool(rules.LIST_ITEM.match(ln.text))
        and not rules.BULLET.match(ln.text)
        and not _TEASER.search(ln.text)
    )


# - 10일: 개막식 / ▲ 2026년 4월: 준공: a list's item, a short label and a colon first
_LABELLED_ITEM = re.compile(r"^[^:：]{1,12}[:：]\s*\S")


def _labelled_items_under(lines: list[Line], i: int, end: int) -> bool:
    """Whether two items of a list or more, each a label and its value (``- 10일: 개막식``), stand glued
    under line ``i``: the title of their box."""
    count = 0
    for ln in lines[i + 1 : end]:
        if ln.blank_before or not _is_item(ln) or not _LABELLED_ITEM.match(ln.text):
            break
        count += 1
    return count >= 2


def _is_field_item(ln: Line) -> bool:
    """An info box's item under its title (``가는 길: 서울역에서 KTX로 약 3시간``): a label and its value."""
    return ln.kind == "text" and bool(rules.FIELD_ITEM.match(ln.text)) and not _TEASER.search(ln.text)


# 3. / 3) / (3) / ③: the number of a list's item
_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[①-⑳])\s*")


def _numbered_field(ln: Line) -> bool:
    """A numbered list's item that is a label and its value (``4. 문의: 본교 행정실``): under the list's
    other such items it is the last of them, not a subheading over the paragraph that follows."""
    m = _ITEM_NUMBER.match(ln.text)
    return ln.kind == "text" and m is not None and bool(rules.FIELD_ITEM.match(ln.text[m.end() :]))


def _book_title(ln: Line) -> bool:
    """A book's line marked as a subheading is (``◇ 도시의 새들(노을빛 지음·푸른숲길·312쪽)``): over its blurb, a
    roundup's item's title, as a review's line about its book under the review is read as a paragraph."""
    return rules.HEADING_MARK.match(ln.text) is not None and bool(
        rules.BOOK_LINE.match(rules.strip_heading_decor(ln.text))
    )


def _is_marked_field(ln: Line) -> bool:
    """A field of a notice's box, each marked as a subheading is (``■ 수강료: 강좌당 3만 원``): an item."""
    m = rules.HEADING_MARK.match(ln.text)
    return m is not None and _is_field_item(replace(ln, text=ln.text[m.end() :].lstrip()))


def _closing_list(lines: list[Line], last_para: int, end: int) -> set[int]:
    """A list right under the last paragraph (``주요 내용은 다음과 같다.`` then ``▲ ...`` lines), with
    the title of its box (``◆ 최근 5년 최저임금 인상률``): the story's last words, though not sentences.

    Two items at least, and nothing but the byline, the copyright notice or the page's lists
    after them: a run of text lines that goes on is the page's footer.
    """
    j = last_para + 1
    while j < end and (
        lines[j].kind in ("caption", "chrome", "table")
        or (lines[j].kind == "byline" and lines[j - 1].kind == "caption")
    ):
        j += 1  # a graphic's caption and credit, or a button, between the paragraph and its box
    start = j
    if start > last_para + 1 and lines[start - 1].kind == "chrome" and rules.HEADING_MARK.match(lines[start - 1].text):
        return set()  # ■ 제보하기: 카카오톡 ... over ■ 전화: ...: the outlet's box, its fields its contacts
    title = lines[j] if j < end else None
    titled = title is not None and not _is_item(title) and not _is_marked_field(title) and _is_box_title(title)
    if titled and title is not None and rules.is_chrome(rules.strip_heading_decor(title.text)):
        return set()  # ■ 제보하기 over its fields: the same
    if titled:
        j += 1  # the box's title
    items = j
    while j < end and (_is_item(lines[j]) or _is_marked_field(lines[j]) or (titled and _is_field_item(lines[j]))):
        j += 1
    if j - items < 2 or (j < end and lines[j].kind == "text"):
        return set()
    if all(rules.contact_field(ln.text) for ln in lines[items:j]):
        return set()  # ■ 전화: 02-784-4000 / ■ 이메일: jebo@...: contacts only, an outlet's or a press office's
    if title is not None and title.kind == "promo" and items > start:
        title.kind = "text"  # <b>▶ 손흥민 시즌 기록</b> over the items: a title, not a link
    return set(range(last_para + 1, j))


def _is_box_title(ln: Line) -> bool:
    """The title of a box of figures: a marked line (``◆ 최근 5년 인상률``), or one the page sets apart
    in bold, a promotion's arrow and all (``<b>▶ 손흥민 시즌 기록</b>``)."""
    if ln.kind == "text":
        return bool(rules.HEADING_MARK.match(ln.text)) or ln.hint == "heading"
    return ln.kind == "promo" and ln.hint == "heading" and not _TEASER.search(ln.text)


def _is_signed_caption(ln: Line, i: int, last_para: int) -> bool:
    """``... 걷고 있다. 김혜윤 기자 unique@hani.co.kr`` before the end of the story: a photo's caption."""
    if i >= last_para or len(ln.text) > 200:
        return False
    start = rules.byline_suffix(ln.text)
    return start is not None and rules.is_photo_text(ln.text[:start])


def _previous_text(lines: list[Line], i: int) -> str | None:
    return next((lines[j].text for j in range(i - 1, -1, -1) if lines[j].kind == "text"), None)


def _correction_follows(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is a copyright notice with a correction of the story right under it (its label,
    ``Correction`` or ``[바로잡습니다]``, over it, or the notice itself): the paper's word to its readers
    about the story, added under the page's last line, and read as a notice above it would be."""
    if lines[i].kind != "end" or rules.END_MARK.match(lines[i].text) or i + 1 >= len(lines):
        return False
    nxt = lines[i + 1].text
    if rules.CORRECTION_LABEL.match(nxt):
        return i + 2 < len(lines) and lines[i + 2].prose and rules.HANGUL.search(lines[i + 2].text) is not None
    return rules.is_correction(nxt)


def _dispatch_follows(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is a wire's end mark (``(끝)``) with another dispatch of the story right under it,
    opening with the wire's dateline (``(의성=한빛뉴스) 표서하 기자 = 산림청은 ...``): an updated story
    adds what came in later after its first end, and that is read; the page's end is further down."""
    if not (lines[i].kind == "end" and rules.END_MARK.match(lines[i].text)) or i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    m = rules.WIRE_DATELINE.match(nxt.text)
    return nxt.kind == "text" and m is not None and bool(m["name"]) and rules.is_sentence(nxt.text[m.end() :])


def _next_text(lines: list[Line], i: int, end: int) -> Line | None:
    """The next line after ``i`` that may be read (or a list header, which stops a heading)."""
    for j in range(i + 1, end):
        if lines[j].kind == "list":
            return None
        if lines[j].kind == "text":
            return lines[j]
    return None


def _in_headline_run(lines: list[Line], i: int, end: int) -> bool:
    """Whether line ``i`` is one of two or more headline-like lines in a row: links to other stories.

    Short lines without that look (a list of items, a bulleted list) stay in the story.
    """

    def headline_like(k: int | None) -> bool:
        ln = lines[k] if k is not None else None
        return (
            ln is not None
            and k is not None
            and ln.kind == "text"
            and not ln.prose
            and 12 <= len(ln.text) < MAX_HEADING
            and bool(rules.HEADLINE_LIKE.search(ln.text))
            and not rules.LIST_ITEM.match(ln.text)
            and not _box_field(lines, k)  # 대설주의보: 강원도(양구평지, 인제평지): a box's field
        )

    if not headline_like(i):
        return False
    after = next((j for j in range(i + 1, end) if lines[j].kind in ("text", "list")), None)
    prev = next((j for j in range(i - 1, -1, -1) if lines[j].kind == "text"), None)
    return headline_like(after if after is not None and lines[after].kind == "text" else None) or headline_like(prev)


# A field's value with a headline's look: quotes or an ellipsis (한은 총재: "금리 인하 서두르지 않겠다…"), or a
# comma outside brackets with a predicate after it (사설: 도심 녹지, 늘리는 것만큼 지키는 것도 중요하다); a list
# of items (복지, 교통, 청년 일자리; 강원도(태백, 삼척평지), 경북북동산지) is a field's
_HEADLINE_VALUE = re.compile(r"[…\"'“”‘’]|\.\.\.")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _box_field(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is a box's label and value (``대설주의보: 강원도(양구평지, 인제평지)``), no headline of
    another story: its value has no headline's look (quotes, an ellipsis, a comma with a predicate after
    it), or it stands in a box, under a title in brackets or marked (``[기상특보 발표 현황]``, ``■ ...``)
    with the box's other fields. A column's
    or a speaker's label before another story's headline (``사설: 도심 녹지, ...``, ``한은 총재: "..."``)
    between paragraphs is a headline's."""
    ln = lines[i]
    if not rules.FIELD_ITEM.match(ln.text):
        return False
    j = i - 1
    while (
        j >= 0 and not lines[j + 1].blank_before and lines[j].kind == "text" and rules.FIELD_ITEM.match(lines[j].text)
    ):
        j -= 1
    boxed = j >= 0 and not lines[j + 1].blank_before and _box_title(lines[j].text)
    value = ln.text.split(":", 1)[-1] if ":" in ln.text else ln.text.split("：", 1)[-1]
    bare = _BRACKETED.sub("", value)
    said = "," in bare and rules.VERB_END.search(bare.rsplit(",", 1)[-1])
    return boxed or not (_HEADLINE_VALUE.search(value) or said)


def _box_title(text: str) -> bool:
    return rules.is_bracketed(text) or bool(rules.HEADING_MARK.match(text))


def _photo_story(lines: list[Line]) -> list[int]:
    """A photo page's story (``[포토] ...``): its captions, which say what the page has to say, where
    no other line reads as a paragraph. Each is read without its credit; the lines it made them."""
    out: list[int] = []
    for i, ln in enumerate(lines):
        text = rules.without_credit(ln.text)
        if ln.kind == "caption" and rules.is_sentence(text):
            ln.text, ln.kind, ln.prose = text, "text", True
            out.append(i)
    return out


# 모집인원: 120명 / 신청방법: 주소지 행정복지센터에 방문 신청: a field of a notice, its label and its value
_FIELD = re.compile(r"^(?P<label>[가-힣]{2,8})\s*[:：]\s*\S")
# 신청 기간: 12월 1일~...: a field an item gives, its label's words a link's perhaps (신청), never a link's
_ITEM_FIELD = re.compile(r"^[가-힣]{1,6}(?:\s[가-힣]{1,6})?\s*[:：]\s*\S")


def _field_story(lines: list[Line]) -> list[int]:
    """A notice's story told in fields only (a public board's 항목/내용 table: ``사업기간: 2027년 1월 5일부터
    6월 30일까지``, ``모집인원: 120명``...), where no line reads as a paragraph: the longest run of three
    fields or more, one after another; each is read as a paragraph. The board's own fields over it
    (``제목``, ``담당부서``, ``조회수``: :func:`~newsread.ingest.rules.is_board_field`) say nothing of the
    notice, however many: they count in no run."""
    runs: list[list[int]] = [[]]
    for i, ln in enumerate(lines):
        if ln.kind == "text" and (m := _FIELD.match(ln.text)) and not rules.is_board_field(m["label"]):
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    best = max(runs, key=len)
    if len(best) < 3:
        return []
    for i in best:
        lines[i].prose = True
    return best


def _no_story(lines: list[Line], source: str | None, meta: Meta, title: str | None, warn: int) -> Article:
    """No line reads as a paragraph: read the text as it is if the page has no chrome, else fail."""
    name = source or "input"
    texts = [ln for ln in lines if ln.kind == "text"]
    noise = [ln for ln in lines if ln.kind not in ("text", "marker")]
    if not texts or (noise and len(noise) >= len(texts)):
        raise InputError(
            f"{name}: no story found (no paragraph among {len(lines)} {'line' if len(lines) == 1 else 'lines'} "
            "of menus, links or captions): "
            "give the article's own page or its text"
        )
    if title is None and (listed := _list_page(lines, meta, source)) is not None:
        return listed
    if not noise and len(texts) == 1 and (title is None or texts[0].text == title):
        # a headline given alone (pasted, or a page showing nothing else): read as the headline it is
        log.info("%s: a headline alone, with no story under it", name)
    else:
        log.log(warn, "%s: no paragraph looks like a news story; reading the whole text as it is", name)
    blocks: list[tuple[BlockKind, str]] = []
    raw_title = title if title is not None else texts[0].text
    if title is not None:
        blocks.append(("title", rules.strip_headline_tags(title)))
        texts = [ln for ln in texts if ln.text != title]  # the headline's own line is not read twice
    for k, ln in enumerate(texts):
        if title is None and k == 0:
            blocks.append(("title", rules.strip_headline_tags(ln.text)))  # its tag stays in the title field only
        else:
            blocks.append(("paragraph", ln.text))
    return build_article(blocks, title=raw_title, meta=meta, source=source)


def _list_page(lines: list[Line], meta: Meta, source: str | None) -> Article | None:
    """A page that is a list under its headline, with no paragraph (``[인사] 한빛은행`` over its
    date, then ``◇ 부행장`` / ``▲ 디지털그룹 김선우 ▲ ...``): the headline, then the list's lines up to
    the copyright notice, its marked headers as subheadings. None where no dated headline is found."""
    head_i = _headline_index(lines, len(lines))
    if head_i is None or not _dated(lines, head_i, len(lines)):
        return None
    end = next((j for j in range(head_i, len(lines)) if lines[j].kind == "end"), len(lines))
    # (부고 문의 obit@example.co.kr: where to write, not part of the list)
    items = [ln for ln in lines[head_i + 1 : end] if ln.kind in ("text", "list") and not rules.EMAIL.search(ln.text)]
    if len(items) < 2:
        return None
    raw_title = lines[head_i].text
    # [인사] 한빛은행 / [부고] ...: the label says what the list is, and is read with the headline
    blocks: list[tuple[BlockKind, str]] = [("title", raw_title)]
    for ln in items:
        marked = rules.HEADING_MARK.match(ln.text) and len(ln.text) <= 30
        blocks.append(("heading", rules.strip_heading_decor(ln.text)) if marked else ("paragraph", ln.text))
    return build_article(blocks, title=raw_title, meta=meta, source=source)


def build_article(blocks: list[tuple[BlockKind, str]], *, title: str, meta: Meta, source: str | None) -> Article:
    """Join the blocks with blank lines and record where each one lies."""
    parts: list[str] = []
    out: list[Block] = []
    pos = 0
    for kind, text in blocks:
        text = text.strip()
        if not text:
            continue
        if parts:
            pos += 2
        out.append(Block(kind, text, pos, pos + len(text)))
        parts.append(text)
        pos += len(text)
    if not out:
        raise InputError(f"{source or 'input'}: no text to read")
    return Article(
        text="\n\n".join(parts),
        blocks=tuple(out),
        title=title.strip(),
        author=meta.author or meta.page_author,
        date=meta.date,
        byline=" / ".join(meta.bylines) or None,
        source=source,
    )
