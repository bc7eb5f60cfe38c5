"""For any input, ingest gives an article whose every block and sentence comes from it, in order,
or a one-line InputError; never another exception."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsread.errors import InputError
from newsread.ingest import decode, parse_html, parse_text, rules
from newsread.ingest.html import looks_like_html
from newsread.types import Article

from .helpers import PAGES, SEED, check_offsets, plan, squash

T = TypeVar("T")

_REAL_LINES = sorted(
    {
        line
        for page in [SEED, *PAGES.glob("*.txt")]
        for line in decode(page.read_bytes(), page.name).splitlines()  # some pages are CP949
        if line.strip()
    }
)
_ALPHABET = st.sampled_from(
    [*"가나다라마바사아자차카타파하이는을를다요까 .,?!\"'()[]<>=/▶▲■ⓒ@…·", "기자", "사진=", "\n", "\n\n"]
)
_LINE = st.one_of(
    st.sampled_from(_REAL_LINES),
    st.lists(_ALPHABET, max_size=40).map("".join),
    st.text(max_size=40),
)
_PAGE = st.lists(_LINE, max_size=40).map("\n".join) | st.text(max_size=400)
_HTML_PIECES = st.sampled_from(
    [
        "<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<h2>", "</h2>", "<br>", "<table><tr><td>",
        "</td></tr></table>", "<script>", "</script>", "<!--", "-->", "<?xml version='1.0'?>", "<html>",
        "<body>", "&amp;", "&#0;", "\x00", "정부가 예산을 확정했다. ", "제목입니다…", "홍길동 기자 a@b.co",
        "ⓒ 무단전재 금지", "<meta charset='euc-kr'>", "<title>제목</title>", "<li>", "<ul>", "\n",
    ]
)  # fmt: skip


def _settings(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _article(parse: Callable[[T], Article], value: T) -> Article | None:
    """``parse(value)``, or None after checking that the InputError it raised is one line."""
    try:
        article = parse(value)
    except InputError as exc:
        assert "\n" not in str(exc)
        return None
    check_offsets(article)
    return article


def _bare(text: str) -> str:
    return "".join(squash(text).split()).translate(_SUPERSCRIPTS)


_SUPERSCRIPTS = str.maketrans("", "", "¹²³⁴⁵⁶⁷⁸⁹⁰")
# 07:30, 엘리트 선수들이 ...: a live entry's stamp said before its paragraph, the comma the reader's pause
# (a time, 07:30 or 9시 40분: not any figure before a comma, 1회 2사 1, 2루에서 ...)
_SAID_STAMP = re.compile(r"^([^,]{0,20}(?:\d:\d\d|\d(?:시|분))), ")


def _in_order(pieces: Iterable[str], source: str) -> None:
    """Each piece found after the last in ``source`` as written or with its entities read (a text page's
    ``&nbsp;&quot;`` are the characters they name), or without a photo's mark inside a paragraph
    (``... 올린다. [사진=한빛군] 올해는 ...``), whatever spaces the reader put back or took out, and
    without the footnotes' marks set above the line (늘었다²), which are not read; a time stamp said before
    its entry (``07:30, 엘리트 ...`` from ``▶07:30 엘리트 ...``) without the comma the reader put after it;
    a fact check's verdict said with its label's word, not the label's brackets (``판정 절반의 사실``)."""
    pieces = list(pieces)
    # [Fact check 판정] over 절반의 사실: the verdict said after its label's word (판정 절반의 사실)
    labels = "\n".join(m["word"] if (m := rules.VERDICT_LABEL.match(ln.strip())) else ln for ln in source.splitlines())
    for text in (source, html.unescape(source), rules.INLINE_CREDIT.sub(" ", source), labels):
        haystack, cursor = _bare(text), 0
        for piece in pieces:
            found = _find(haystack, piece, cursor)
            if found < 0:
                break
            cursor = found
        else:
            return
    raise AssertionError((pieces, source))


def _find(haystack: str, piece: str, cursor: int) -> int:
    """Where ``piece`` ends in ``haystack`` from ``cursor`` on, or -1: as written (새벽 5시, 한빛항 ...: the
    comma the page's own), or as a stamp said before its entry and the entry after it (``[06:00] 수도권에
    ...`` read ``06:00, 수도권에 ...``; ``21:52`` over ``[인터뷰] "농촌에 ..."``, whose label is not read)."""
    needle = _bare(piece)
    if (found := haystack.find(needle, cursor)) >= 0:
        return found + len(needle)
    if not (stamp := _SAID_STAMP.match(piece)):
        return -1
    stamp_at = haystack.find(_bare(stamp[1]), cursor)
    if stamp_at < 0:
        return -1
    rest = _bare(piece[stamp.end() :])
    found = haystack.find(rest, stamp_at + len(_bare(stamp[1])))
    return found + len(rest) if found >= 0 else -1


def _decode_and_parse(data: bytes) -> Article:
    text = decode(data, "input")
    return parse_html(text) if looks_like_html(text) else parse_text(text)


_PARA = "\t시의회는 2일 본회의를 열어 '청소년 대중교통비 지원 조례안'을 재석 의원 27명 가운데 25명 찬성으로 가결했다.\t"
_HEAD = "    \"아내는 연상…원더우먼 같았다\" 유산·가난 속에서 함께 버틴 의원 '인생 최고의 반석' [배우자 열전]②"


@_settings(300)
@given(_PAGE)
# a speaker's line in brackets over a wrapped line: its closing bracket was cut and the next
# line joined on, so the block was found nowhere in the page
@example(
    "\n".join([_HEAD, _HEAD, "[김정숙 / 서울 망원동 : 김치 담그려고 왔는데 엄두가 안 나요. 반 포기만 샀어요.]", _HEAD])
)
# a photo's mark inside a paragraph, which the paragraph is read without
@example(
    "가을 억새가 절정을 맞은 한빛산에서 억새축제가 18일 막을 올린다. [사진=한빛군] "
    "올해는 처음으로 밤에도 억새길을 걸을 수 있다."
)
# a live entry's stamp in brackets, said before its entry ([06:00] ...: 06:00, ...)
@example("[06:00] 수도권에 밤사이 최대 200㎜가 넘는 폭우가 쏟아졌다.")
# a headline or a file's name under a fact check's label: no verdict, so not joined to the label's word
@example("[Fact check 판정]\n'흑백요리사2' 우승자, 첫 식당 오픈")
@example("[Fact check 판정]\n260203_청년일경험_보도자료.hwpx")
# a verdict under its label, said with the label's word
@example("[Fact check 판정]\n절반의 사실")
# a markdown # line under a paragraph: no headline read before the paragraph above it
@example(f"{_PARA}\n# 도시 양봉 5년…옥상 벌통에서 꿀 1톤")
# a time and a comma the page wrote itself, not a stamp the reader says
@example(
    "새벽 5시, 한빛항 방파제 끝에 작은 배 한 척이 닿는다. 배에서 내린 네 사람은 말없이 그물과 자루를 챙긴다. "
    "이들이 건지는 것은 물고기가 아니라 바다에 버려진 어구다."
)
# a dated stamp said before its entry, the entry read without its dateline ((판문점=한빛통신) ... 기자 =)
@example(
    "\n".join(
        [
            "2025-06-02 15:01",
            _PARA,
            "2026.05.19 21:52",
            "(판문점=한빛통신) 공동취재단 김가람 기자 = 남북 적십자 실무회담이 22일 판문점 평화의집에서 열렸다.",
        ]
    )
)
def test_every_block_comes_from_the_input_in_order(text: str) -> None:
    article = _article(parse_text, text)
    if article is not None:
        assert all(b.text == b.text.strip() and b.text for b in article.blocks)
        _in_order((b.text for b in article.blocks), text)


@_settings(60)
@given(st.lists(_LINE, min_size=1, max_size=25).map("\n".join))
# a dated stamp said before a headline whose label ([인터뷰]) is not read
@example(
    "\n".join(
        [
            "2025-06-02 15:01",
            "2026.05.19 21:52",
            _PARA,
            "2026.05.19 21:52",
            '[인터뷰] "농촌에 청년이 돌아오려면 집부터 있어야"',
            _PARA,
        ]
    )
)
def test_every_line_of_the_plan_comes_from_the_input_in_order(text: str) -> None:
    article = _article(parse_text, text)
    if article is not None:
        script = plan(article)
        assert all(article.text[s.start : s.end] == s.text for s in script.sentences)
        _in_order((s.text for s in script.sentences), text)
        for chapter in script.chapters:
            _in_order([chapter.title.removesuffix("…")], text)


@_settings(100)
@given(st.lists(_HTML_PIECES | st.text(max_size=10), max_size=30).map("".join))
def test_any_html_gives_an_article_or_an_input_error(page: str) -> None:
    _article(parse_html, page)


@_settings(100)
@given(st.binary(max_size=600) | st.lists(_LINE, max_size=10).map(lambda ls: "\n".join(ls).encode("cp949", "ignore")))
def test_any_bytes_give_an_article_or_an_input_error(data: bytes) -> None:
    _article(_decode_and_parse, data)
