"""The read-along page's markup, without a browser: escaping, structure, degenerate articles."""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from a11y.helpers import make_article, read_tone, without_chapters
from newsread.episode import Episode
from newsread.export.readalong import AUDIO_NAME, json_for_script, render_page, write_readalong

_VOID = {"meta", "link", "br", "img", "input", "hr", "source", "track"}


class Page(HTMLParser):
    """Collects elements, checks nesting, and keeps the text of each sentence span."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.sentences: dict[int, str] = {}
        self.scripts: list[str] = []
        self.title = ""
        self._in: list[tuple[str, int | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag in _VOID:
            return
        self.stack.append(tag)
        index = int(a["data-i"] or "") if tag == "span" and "data-i" in a else None
        self._in.append((tag, index))
        if index is not None:
            self.sentences[index] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()
        self._in.pop()

    def handle_data(self, data: str) -> None:
        for _tag, index in self._in:
            if index is not None:
                self.sentences[index] += data
        if self._in and self._in[-1][0] == "script":
            self.scripts.append(data)
        if self._in and self._in[-1][0] == "title":
            self.title += data


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert page.stack == []
    return page


def test_every_sentence_is_a_span_with_its_source_text(episode: Episode) -> None:
    page = parse(render_page(episode))
    assert page.sentences == {s.index: s.text for s in episode.script.sentences}
    ids = [a["id"] for _, a in page.tags if a.get("id")]
    assert len(ids) == len(set(ids))


def test_user_text_never_becomes_markup(episode: Episode) -> None:
    html = render_page(episode)
    page = parse(html)
    assert page.title == episode.title
    tags = [t for t, _ in page.tags]
    assert "b" not in tags and "i" not in tags
    assert tags.count("script") == 2  # the data block and readalong.js, nothing from the headline
    assert [a.get("src") for t, a in page.tags if t == "script"] == [None, "readalong.js"]
    data = json.loads(page.scripts[0])
    assert [tuple(x) for x in data["sentences"]] == [(t.start, t.end) for t in episode.timings]


def test_json_block_cannot_close_its_script() -> None:
    text = json_for_script({"t": "</script><!-- & >"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"t": "</script><!-- & >"}


def test_landmarks_headings_and_live_region(episode: Episode) -> None:
    page = parse(render_page(episode))
    tags = [t for t, _ in page.tags]
    for landmark in ("header", "main", "footer", "nav", "article"):
        assert landmark in tags
    assert tags.count("h1") == 1
    levels = [int(t[1]) for t in tags if len(t) == 2 and t[0] == "h" and t[1].isdigit()]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in itertools.pairwise(levels))
    h2_ids = [a.get("id") for t, a in page.tags if t == "h2"]
    assert "ch2" in h2_ids  # the subheading is the second chapter's heading
    assert any(a.get("aria-live") == "polite" and a.get("role") == "status" for _, a in page.tags)
    assert any(t == "html" and a.get("lang") == "ko" for t, a in page.tags)


def test_no_reference_leaves_the_folder(episode: Episode) -> None:
    page = parse(render_page(episode))
    refs = [a.get(k) for _, a in page.tags for k in ("src", "href") if a.get(k)]
    assert refs
    for ref in refs:
        assert ref is not None
        assert ref.startswith("#") or ("/" not in ref and ":" not in ref), ref


def test_single_sentence_page_is_complete(single_sentence: Episode, tmp_path: Path) -> None:
    index = write_readalong(single_sentence, tmp_path / "page")
    page = parse(index.read_text(encoding="utf-8"))
    assert page.sentences == {0: "정부가 예산을 확정했다."}
    assert page.title == "<단신> & 속보"
    assert "nav" not in [t for t, _ in page.tags]  # one chapter: no table of contents
    assert [t for t, _ in page.tags].count("h1") == 1
    for name in ("index.html", "readalong.css", "readalong.js", AUDIO_NAME):
        assert (tmp_path / "page" / name).stat().st_size > 0


def test_script_without_chapters_still_renders(episode: Episode) -> None:
    bare = without_chapters(episode)
    page = parse(render_page(bare))
    assert len(page.sentences) == len(episode.script.sentences)


def test_several_articles_get_one_h1_and_article_headings() -> None:
    a = make_article(("title", "첫 기사"), ("paragraph", "첫 문장이다."))
    b = make_article(("title", "둘째 <기사>"), ("paragraph", "둘째 문장이다."))
    page = parse(render_page(read_tone([a, b])))
    assert [t for t, _ in page.tags].count("h1") == 1
    assert len(page.sentences) == 4


def test_existing_mp3_is_copied(episode: Episode, tmp_path: Path) -> None:
    mp3 = tmp_path / "in.mp3"
    mp3.write_bytes(b"not really an mp3")
    write_readalong(episode, tmp_path / "page", audio=mp3)
    assert (tmp_path / "page" / AUDIO_NAME).read_bytes() == b"not really an mp3"


def test_byline_is_escaped_and_follows_the_story() -> None:
    article = dataclasses.replace(
        make_article(("title", "제목"), ("paragraph", "본문이다.")), author="홍 <기자>", date="2026-11-27"
    )
    html = render_page(read_tone(article))
    parse(html)
    assert '<p class="meta">홍 &lt;기자&gt; · <time datetime="2026-11-27">2026-11-27</time></p>' in html
    assert html.index('class="meta"') > html.index('id="s2"')


def test_each_article_of_several_closes_with_its_own_date() -> None:
    first = dataclasses.replace(
        make_article(("title", "첫 제목"), ("paragraph", "첫 본문이다.")), date="2026-12-07T09:30:00+09:00"
    )
    second = dataclasses.replace(
        make_article(("title", "둘째 제목"), ("paragraph", "둘째 본문이다.")), author="김기자", date="2026-12-07"
    )
    html = render_page(read_tone([first, second]))
    parse(html)
    first_meta = html.index("2026-12-07 09:30 KST")
    second_meta = html.index("김기자 · ")
    # the first article's date closes the first story, before the second headline; the second's follows it
    assert html.index('id="s2"') < first_meta < html.index('<h2 id="ch2"') < html.index('id="s4"') < second_meta


@pytest.mark.parametrize(
    ("date", "shown"),
    [
        ("2026-12-01T15:05:00+09:00", "2026-12-01 15:05 KST"),
        ("2026-12-01T06:30:00+00:00", "2026-12-01 06:30 UTC"),
        ("2026-12-01T07:30:00+01:00", "2026-12-01 07:30 UTC+01:00"),
        ("2026-12-01T01:00:00-05:00", "2026-12-01 01:00 UTC-05:00"),
        ("2026-12-01T15:05:00", "2026-12-01 15:05"),
        ("2026-12-01", "2026-12-01"),
        ("12월 초", "12월 초"),
    ],
)
def test_the_date_is_shown_to_a_reader_not_as_a_machine_value(date: str, shown: str) -> None:
    article = dataclasses.replace(make_article(("title", "제목"), ("paragraph", "본문이다.")), date=date)
    html = render_page(read_tone(article))
    parse(html)
    meta = html[html.index('<p class="meta">') :]
    meta = meta[: meta.index("</p>")]
    visible = re.sub(r"<[^>]+>", "", meta)
    assert visible.endswith(shown)
    assert not re.search(r"\dT\d|:\d\d[+-]\d\d:\d\d|:\d\d:\d\d", visible)
    if date[:4].isdigit():
        assert f'<time datetime="{date}">{shown}</time>' in meta
