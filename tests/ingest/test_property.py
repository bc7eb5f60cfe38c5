"""For any text, every block that ingest keeps comes from the input, in order."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsread.errors import InputError
from newsread.ingest import decode, parse_html, parse_text
from newsread.ingest.html import looks_like_html
from newsread.types import Article

from .helpers import PAGES, SEED, check_offsets, plan, squash

_REAL_LINES = sorted(
    {
        line
        for page in [SEED, *PAGES.glob("*.txt")]
        for line in page.read_text(encoding="utf-8").splitlines()
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


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PAGE)
def test_every_block_comes_from_the_input_in_order(text: str) -> None:
    try:
        article = parse_text(text)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    check_offsets(article)
    haystack = squash(text)
    cursor = 0
    for block in article.blocks:
        assert block.text == block.text.strip() and block.text
        needle = squash(block.text)
        found = haystack.find(needle, cursor)
        assert found >= 0, (block, text)
        cursor = found + len(needle)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINE, min_size=1, max_size=25).map("\n".join))
def test_every_line_of_the_plan_comes_from_the_input_in_order(text: str) -> None:
    try:
        article = parse_text(text)
    except InputError:
        return
    script = plan(article)
    haystack = squash(text)
    cursor = 0
    for sentence in script.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
        needle = squash(sentence.text)
        found = haystack.find(needle, cursor)
        assert found >= 0, (sentence, text)
        cursor = found + len(needle)
    for chapter in script.chapters:
        assert squash(chapter.title) in haystack


_HTML_PIECES = st.sampled_from(
    [
        "<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<h2>", "</h2>", "<br>", "<table><tr><td>",
        "</td></tr></table>", "<script>", "</script>", "<!--", "-->", "<?xml version='1.0'?>", "<html>",
        "<body>", "&amp;", "&#0;", "\x00", "정부가 예산을 확정했다. ", "제목입니다…", "홍길동 기자 a@b.co",
        "ⓒ 무단전재 금지", "<meta charset='euc-kr'>", "<title>제목</title>", "<li>", "<ul>", "\n",
    ]
)  # fmt: skip


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_HTML_PIECES | st.text(max_size=10), max_size=30).map("".join))
def test_any_html_gives_an_article_or_an_input_error(page: str) -> None:
    try:
        article = parse_html(page)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    check_offsets(article)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.binary(max_size=600)
    | st.lists(_LINE, max_size=10).map(lambda ls: "\n".join(ls).encode("cp949", "ignore"))
)
def test_any_bytes_give_an_article_or_an_input_error(data: bytes) -> None:
    try:
        article = decode_and_parse(data)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    check_offsets(article)


def decode_and_parse(data: bytes) -> Article:
    text = decode(data, "input")
    return parse_html(text) if looks_like_html(text) else parse_text(text)
