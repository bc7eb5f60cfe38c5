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


def _lines_of(el: etree._Element) -> list[str]:
    """The text of ``el``, split where trafilatura kept a line break (``<lb/>``)."""
    parts = [""]

    def walk(node: etree._Element) -> None:
        parts[-1] += node.text or ""
        for child in node:
            if child.tag == "lb":
                parts.append("")
            else:
                walk(child)
            parts[-1] += child.tail or ""

    walk(el)
    return [" ".join(p.split()) for p in parts if p.strip()]


def _similar(a: str, b: str) -> bool:
    a, b = " ".join(a.split()), " ".join(b.split())
    if a in b or b in a:
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 10


def _headline(page: str, meta_title: str | None) -> str | None:
    """The story's headline: an ``<h1>`` that is not the site's logo, agreeing with the meta title.

    ``meta_title`` (``og:title`` or ``<title>``, as trafilatura read it) wins when no ``<h1>``
    agrees with it, unless it is only the site's name.
    """
    try:
        tree = lxml_html.fromstring(page)
    except (etree.ParserError, ValueError):
        return meta_title
    site = next((str(v) for v in tree.xpath('//meta[@property="og:site_name"]/@content')), "")
    if meta_title and (len(meta_title) < 6 or (site and meta_title.strip() == site.strip())):
        meta_title = None
    h1s: list[tuple[str, bool]] = []
    for el in tree.iter("h1"):
        text = _text_of(el)
        if len(text) >= 6 and text != site:
            inside = any(a.tag in ("article", "main") for a in el.iterancestors())
            h1s.append((text, inside))
    if meta_title:
        return next((t for t, _ in h1s if _similar(t, meta_title)), meta_title)
    h1s.sort(key=lambda h: not h[1])
    return h1s[0][0] if h1s else None


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
    title = _headline(page, doc.get("title") or None)
    lines: list[Line] = []
    main = doc.find("main")
    body = main if main is not None else doc
    for el in body.iter("head", "p", "item", "quote"):
        parent = el.getparent()
        if el.tag in ("p", "item") and parent is not None and parent.tag == "quote":
            continue
        texts = _lines_of(el)
        if not texts:
            continue
        if el.tag == "head":
            text = " ".join(texts)
            if title and _similar(text, title):
                continue  # the headline, already the title
            lines.append(Line(text, hint="heading"))
        elif len(texts) == 1:
            lines.append(Line(texts[0], hint="paragraph"))
        else:  # lines separated by <br>: read them as a plain-text page would be
            lines.extend(Line(t, blank_before=k == 0) for k, t in enumerate(texts))
    if not lines:
        raise InputError(f"{name}: no article text found in this HTML page: save the article page itself")
    return structure(lines, source=source, title=title, meta=meta)
