"""HTML pages: trafilatura finds the main content; the plain-text rules clean what it keeps.

trafilatura (with its XML output) keeps paragraphs and subheadings (``<head>``) in order,
runs offline, and reads the page's metadata (title, author, date). Its headline comes from
``og:title``/``<h1>``/``<title>``; a headline ``<h1>`` inside the content is not read twice.
Captions, bylines and copyright lines that sit inside the article body are removed by the
same rules as for plain text (:mod:`newsread.ingest.rules`).
"""

from __future__ import annotations

import logging
import re

from lxml import etree
from lxml import html as lxml_html

from newsread.errors import InputError
from newsread.ingest.structure import Line, Meta, structure
from newsread.types import Article

log = logging.getLogger(__name__)

_HTML_SNIFF = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b", re.I | re.S
)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.match(text[:2048]))


def _text_of(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def _h1(page: str) -> str | None:
    try:
        tree = lxml_html.fromstring(page)
    except (etree.ParserError, ValueError):
        return None
    for el in tree.iter("h1"):
        text = _text_of(el)
        if text:
            return text
    return None


def parse_html(page: str, *, source: str | None = None) -> Article:
    """The story of an HTML page: headline, subheadings and paragraphs."""
    import trafilatura

    name = source or "input"
    # trafilatura wants a str without an XML encoding declaration; lxml refuses those on str input.
    page = re.sub(r"^\s*<\?xml[^>]*\?>", "", page)
    xml = trafilatura.extract(
        page,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_formatting=False,
        include_links=False,
        favor_recall=True,
        deduplicate=False,
    )
    if not xml:
        raise InputError(f"{name}: no article text found in this HTML page: save the article page itself")
    doc = etree.fromstring(xml.encode("utf-8"))
    meta = Meta()
    if author := doc.get("author"):
        meta.author = author.split(";")[0].strip() or None
    if date := doc.get("date"):
        meta.date = date[:10]
    title = _h1(page) or doc.get("title") or None
    lines: list[Line] = []
    main = doc.find("main")
    body = main if main is not None else doc
    for el in body.iter("head", "p", "item", "quote"):
        if el.tag in ("p", "item") and el.getparent() is not None and el.getparent().tag == "quote":
            continue
        text = _text_of(el)
        if not text:
            continue
        if el.tag == "head":
            if title and (text == title or text in title):
                continue  # the headline, already the title
            lines.append(Line(text, hint="heading"))
        else:
            lines.append(Line(text, hint="paragraph"))
    if not lines:
        raise InputError(f"{name}: no article text found in this HTML page: save the article page itself")
    return structure(lines, source=source, title=title, meta=meta)
