"""Ingest: a file, stdin or a string → :class:`~newsread.types.Article` (the story only).

- :func:`load` reads a path (``"-"`` for stdin), detects the encoding (UTF-8 with or without
  BOM, UTF-16, CP949/EUC-KR; ``encoding=`` forces one) and whether it is HTML;
- :func:`parse_text` finds the story in a plain-text scrape of a Korean news page (or a Markdown
  export of one, read without its marks, or one forwarded by e-mail, read without the mail's headers);
- :func:`parse_html` extracts it from an HTML page, or from the data the page carries where it does
  not show the story (JSON-LD, a Next.js page's state: :mod:`newsread.ingest.embedded`).

The headline is the first block (kind ``"title"``), subheadings are ``"heading"`` blocks,
paragraphs ``"paragraph"`` blocks. Bylines, datelines and e-mail addresses go to the
article's metadata; portal chrome, ads, captions, copyright lines and related-article
lists are dropped (each drop is logged at DEBUG level).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from newsread.errors import InputError
from newsread.ingest import rules
from newsread.ingest.decode import decode, read_source
from newsread.ingest.embedded import feed_items
from newsread.ingest.html import looks_like_html, parse_feed, parse_html
from newsread.ingest.structure import Line, split_lines, structure
from newsread.types import Article

__all__ = ["decode", "has_korean", "load", "load_all", "parse_html", "parse_text", "read_source"]

_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}


def has_korean(text: str) -> bool:
    return any("\uac00" <= c <= "\ud7a3" for c in text)


def _text_lines(text: str) -> list[Line]:
    """The lines of a plain-text page, its Markdown subheadings marked as such."""
    lines = split_lines(rules.without_markdown(text))
    subheadings = rules.markdown_subheadings(text)
    for line in lines:
        if line.text in subheadings:
            line.hint = "heading"
    return lines


def parse_text(text: str, *, source: str | None = None) -> Article:
    """The story of a plain-text page: headline, subheadings and paragraphs."""
    if not text.strip():
        raise InputError(f"{source or 'input'} is empty: give an article with text in it")
    text, sent, subject = rules.without_mail_headers(rules.without_chat_stamps(rules.without_entities(text)))
    text, published = rules.without_front_matter(text)
    title = rules.markdown_headline(text)
    # a mailing that gives its headline only as the mail's subject ([모닝레터] 전기요금 ...)
    article = structure(_text_lines(text), source=source, title=title, subject=subject)
    # a forwarded newsletter's story may carry no date of its own: the day the mail was sent is its day
    if published and (not article.date or (published.startswith(article.date) and len(published) > 10)):
        # a read-later app's front matter says when the story came out, to the minute the page's own
        # line of the day (*한빛일보 · 2026.11.15*) leaves out
        return dataclasses.replace(article, date=published)
    return article if article.date or sent is None else dataclasses.replace(article, date=sent)


def load(source: str | Path, *, encoding: str | None = None) -> Article:
    """Read an article from a path (``"-"`` for stdin), plain text or HTML (a feed's first story)."""
    return _parse(*_read(source, encoding))


def load_all(source: str | Path, *, encoding: str | None = None) -> list[Article]:
    """The articles of a path (``"-"`` for stdin), read once: each story of a saved news feed of
    several items, or the one article :func:`load` reads."""
    text, name, is_html = _read(source, encoding)
    if is_html and feed_items(text) > 1:
        return parse_feed(text, source=name)
    return [_parse(text, name, is_html)]


def _parse(text: str, name: str, is_html: bool) -> Article:
    return parse_html(text, source=name) if is_html else parse_text(text, source=name)


def _read(source: str | Path, encoding: str | None) -> tuple[str, str, bool]:
    """The text of ``source``, its name and whether it is HTML."""
    data, name = read_source(source)
    text = decode(data, name, encoding=encoding)
    if not has_korean(text):
        # letters beyond ASCII and no Hangul: bytes read in the wrong code page; none: not a Korean text
        hint = "; if it is Korean, give its --encoding" if any(ord(c) > 0x7F for c in text) else ""
        raise InputError(f"{name} has no Korean text: newsread reads Korean articles{hint}")
    return text, name, Path(name).suffix.lower() in _HTML_SUFFIXES or looks_like_html(text)
