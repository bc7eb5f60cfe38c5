"""Articles a page carries as data rather than shows: JSON-LD and a client-rendered app's state.

A page drawn by JavaScript (a Next.js site, whose ``<script id="__NEXT_DATA__">`` holds the state
the page is drawn from) or one that shows the story only once a script has run may have a near-empty
visible body and the whole story in a script:

- JSON-LD (``<script type="application/ld+json">``): an object of an article type
  (``NewsArticle``, ``Article``, ``ReportageNewsArticle``...) with its ``articleBody``, ``headline``,
  ``author`` and ``datePublished``, as schema.org defines them, or a live page (``LiveBlogPosting``)
  with its entries in ``liveBlogUpdate``;
- a Next.js or Nuxt page's state (``__NEXT_DATA__``; Nuxt 3's ``__NUXT_DATA__``, a flat array in
  devalue's format, revived into objects; Nuxt 2's ``window.__NUXT__=(function(a,b,...){return {...}}
  (...))``, the object literal the function returns read as data, each parameter standing for its
  argument, the function not run; or a store's state assigned to ``window.__INITIAL_STATE__`` and the
  like, where it is written as JSON): the object that has both a
  title and the story's body (``content``, ``body``, ``articleBody``...), as plain text, as HTML, or as
  a list of typed elements (Arc's ``content_elements``: ``{"type": "text", "content": ...}``).

:func:`embedded_article` finds it, with :mod:`json` (the page's own data: no guessing at markup);
:func:`as_page` writes it as the plain HTML page the site would have shown, for the usual extraction.
:func:`client_rendered` says whether a page is such an app's shell, so that a page with no story
in sight and none in its data fails with a message that says what to save instead.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any

from lxml import etree

from newsread.ingest import rules

_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "blogposting",
    "liveblogposting",
    "report",
}
# Keys an app's state gives the story's body under; the title's and the byline's keys.
_BODY_KEYS = (
    "articleBody",
    "content",
    "contents",
    "body",
    "bodyHtml",
    "articleContent",
    "articleText",
    "html",
    "content_elements",
    "blocks",
)
# A key of another name that says it holds the body (contentHtml, body_html, articleBodyText, newsContent):
# an app's own name for it, tried after the usual ones and only where what it holds is long enough to be one
_BODY_KEY = re.compile(r"(?:body|content)(?!.*(?:type|id|url|length|count|summary|preview)$)", re.I)
_TITLE_KEYS = ("headline", "title", "articleTitle")
_AUTHOR_KEYS = (
    "author",
    "reporter",
    "writer",
    "byline",
    "authors",
    "reporters",
    # a name given flat beside the story (Korean sites' apps: {"reporterName": "홍길동"})
    "authorName",
    "reporterName",
    "writerName",
)
_DATE_KEYS = (
    "datePublished",
    "publishedAt",
    "publishDate",
    "published_at",
    "createdAt",
    "firstPublishedAt",
    "display_date",
    "first_publish_date",
)
_NAME_KEYS = ("name", "displayName", "fullName")
# Scripts that hold an app's state: Next.js, Nuxt, and the usual names of a store's initial state.
_STATE_IDS = ("__NEXT_DATA__", "__NUXT_DATA__")
_STATE_GLOBALS = re.compile(r"window\.__(?:NUXT|INITIAL_STATE|PRELOADED_STATE|APOLLO_STATE|REDUX_STATE)__\s*=")
_TAG = re.compile(r"<(?:p|br|div|h[1-6]|figure|ul|ol|li|blockquote|table)\b", re.I)
MIN_BODY = 100
"""A body shorter than this (in characters) is a teaser or a description, not the story."""


@dataclass(frozen=True)
class Embedded:
    """A story found in a page's data: its body (plain text or HTML) and what the data says about it."""

    body: str
    title: str | None = None
    author: str | None = None
    date: str | None = None

    @property
    def text(self) -> str:
        """The body's words, without markup, on one line."""
        if _TAG.search(self.body):
            try:
                div = etree.fromstring(f"<div>{self.body}</div>", etree.HTMLParser())
                return " ".join(str(div.xpath("string()")).split())
            except (etree.ParserError, ValueError):
                return ""
        return " ".join(html.unescape(self.body).split())  # (some sites write &quot; in their JSON)


def _scripts(tree: etree._Element) -> Iterator[tuple[str, str]]:
    """The JSON of the page's data scripts, as ``(kind, text)``: ``"ld"`` for JSON-LD, ``"state"`` for an
    app's state, ``"devalue"`` for Nuxt 3's (``__NUXT_DATA__``, see :func:`_revive`)."""
    for script in tree.iter("script"):
        kind = (script.get("type") or "").lower()
        if kind == "application/ld+json":
            yield "ld", script.text or ""
        elif script.get("id") == _NUXT_DATA:
            yield "devalue", script.text or ""
        elif script.get("id") in _STATE_IDS:
            yield "state", script.text or ""
        elif m := _STATE_GLOBALS.search(script.text or ""):
            # window.__INITIAL_STATE__ = {...}; : the object, where it is written as JSON; Nuxt 2's
            # window.__NUXT__=(function(a,b){return {...}}(...)): the object the function returns
            state = (script.text or "")[m.end() :].strip().rstrip(";")
            yield ("nuxt2" if _NUXT2.match(state) else "state"), state


def _load(text: str) -> Any:
    """The JSON of a script, or None; raw line breaks and tabs inside its strings (many sites write the
    body's paragraphs so) are taken as they are."""
    try:
        return json.loads(text, strict=False)
    except ValueError:
        return None


_NUXT_DATA = "__NUXT_DATA__"
# devalue's wrappers around a value (["Reactive", 3]: the value at index 3) and its negative indexes.
_WRAPPERS = {"Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef", "EmptyShallowRef", "NuxtError", "Island"}
_SPECIAL = {-1: None, -2: None, -3: None, -4: None, -5: None, -6: 0}  # undefined, hole, NaN, ±Infinity, -0
_MAX_DEPTH = 200


def _revive(flat: Any) -> Any:
    """Nuxt 3's state, written by devalue as one flat array where each object's and list's members are
    the indexes of their values in it (``[{"article": 1}, {"title": 2, "body": 3}, "제목", "<p>..."]``),
    as the nested objects it stands for, index 0 the root. Wrappers (``["Reactive", 1]``,
    ``["Date", "2026-..."]``, ``["Set", ...]``, ``["Map", k, v, ...]``) are taken for what they hold; an
    object met again inside itself is left out (None). Not a flat array: None."""
    if not isinstance(flat, list) or not flat:
        return None
    done: dict[int, Any] = {}
    busy: set[int] = set()

    def at(i: Any, depth: int) -> Any:
        if isinstance(i, bool) or not isinstance(i, int):
            return None
        if i < 0:
            return _SPECIAL.get(i)
        if i >= len(flat) or i in busy or depth > _MAX_DEPTH:
            return None
        if i in done:
            return done[i]
        busy.add(i)
        value = flat[i]
        out: Any
        if isinstance(value, dict):
            out = {k: at(v, depth + 1) for k, v in value.items()}
        elif isinstance(value, list) and value and isinstance(tag := value[0], str):
            if tag in _WRAPPERS:
                out = at(value[1], depth + 1) if len(value) > 1 else None
            elif tag == "Map":
                out = {str(at(k, depth + 1)): at(v, depth + 1) for k, v in zip(value[1::2], value[2::2], strict=False)}
            elif tag == "null":  # an object with no prototype: its keys as written, its values' indexes
                out = {str(k): at(v, depth + 1) for k, v in zip(value[1::2], value[2::2], strict=False)}
            elif tag == "Set":
                out = [at(v, depth + 1) for v in value[1:]]
            else:
                out = value[1] if len(value) > 1 and isinstance(value[1], str) else None  # Date, Object, BigInt...
        elif isinstance(value, list):
            out = [at(v, depth + 1) for v in value]
        else:
            out = value
        busy.discard(i)
        done[i] = out
        return out

    return at(0, 0)


# A tiny reader of the JavaScript literal Nuxt 2 writes its state in (no code is run). chompjs, the
# library for reading JavaScript objects, reads a name as the string of its name ({title:a} and
# {title:"a"} alike), so a parameter could not be told from a string value and bound to its argument.
_NUXT2 = re.compile(r"^\(?\s*function\s*\((?P<params>[\w$,\s]*)\)\s*\{\s*return\s*(?=\{)")
_IDENT = re.compile(r"[A-Za-z_$][\w$]*")
_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_JS_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]+\}|.)", re.S)
# "...", '...': a string, its escapes still in it
_JS_STRINGS = {q: re.compile(rf"{q}([^{q}\\]*(?:\\.[^{q}\\]*)*){q}", re.S) for q in "\"'"}
_JS_CHARS = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_JS_WORDS = {"true": True, "false": False, "null": None, "undefined": None}


class _NotData(ValueError):
    """The text is not a literal this reader takes (a call, an expression): it is left unread."""


def _js_char(m: re.Match[str]) -> str:
    esc = m[1]
    if esc[0] in "xu" and len(esc) > 1:
        return chr(int(esc[1:].strip("{}"), 16))  # \x41, \u003C, \u{1F600}
    return _JS_CHARS.get(esc, esc)


class _Literal:
    """A JavaScript literal read from ``text`` at ``pos``: objects, arrays, strings, numbers, true, false,
    null, undefined, ``void 0``, and names (:class:`_Name`), standing for values given elsewhere."""

    def __init__(self, text: str) -> None:
        self.text, self.pos = text, 0

    def _skip(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def _peek(self) -> str:
        self._skip()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def _eat(self, char: str) -> None:
        if self._peek() != char:
            raise _NotData(f"{char!r} expected at {self.pos}")
        self.pos += 1

    def value(self, depth: int = 0) -> Any:
        if depth > _MAX_DEPTH:
            raise _NotData("too deep")
        char = self._peek()
        if char == "{":
            return self._object(depth)
        if char == "[":
            return self._array(depth)
        if char in "\"'":
            return self._string()
        if m := _NUMBER.match(self.text, self.pos):
            self.pos = m.end()
            return float(m[0]) if any(c in m[0] for c in ".eE") else int(m[0])
        if m := _IDENT.match(self.text, self.pos):
            self.pos = m.end()
            if m[0] == "void":
                self.value(depth + 1)
                return None
            if m[0] in _JS_WORDS:
                return _JS_WORDS[m[0]]
            if self._peek() not in "(.[":
                return _Name(m[0])
        raise _NotData(f"no literal at {self.pos}")

    def _key(self) -> str:
        if self._peek() in "\"'":
            return self._string()
        if m := _IDENT.match(self.text, self.pos) or _NUMBER.match(self.text, self.pos):
            self.pos = m.end()
            return m[0]
        raise _NotData(f"no key at {self.pos}")

    def _object(self, depth: int) -> dict[str, Any]:
        self._eat("{")
        out: dict[str, Any] = {}
        while self._peek() != "}":
            key = self._key()
            self._eat(":")
            out[key] = self.value(depth + 1)
            if self._peek() != ",":
                break
            self.pos += 1
        self._eat("}")
        return out

    def _array(self, depth: int) -> list[Any]:
        self._eat("[")
        out: list[Any] = []
        while self._peek() != "]":
            out.append(self.value(depth + 1))
            if self._peek() != ",":
                break
            self.pos += 1
        self._eat("]")
        return out

    def _string(self) -> str:
        m = _JS_STRINGS[self.text[self.pos]].match(self.text, self.pos)
        if m is None:
            raise _NotData("an unclosed string")
        self.pos = m.end()
        text = _JS_ESCAPE.sub(_js_char, m[1])
        # (an emoji written as two \u escapes, a surrogate pair, is one character)
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


class _Name(str):
    """A name in the literal, standing for a value given elsewhere (a parameter's argument)."""


def _bind(value: Any, names: dict[str, Any]) -> Any:
    """``value`` with each name in it replaced by what ``names`` gives it."""
    if isinstance(value, _Name):
        return names.get(value)
    if isinstance(value, dict):
        return {k: _bind(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [_bind(v, names) for v in value]
    return value


def _nuxt2(text: str) -> Any:
    """Nuxt 2's state, ``window.__NUXT__=(function(a,b,...){return {...}}(x,y,...))``: the object it returns,
    each parameter's name standing for the argument given for it, read as data (the function is not run).
    None where the function does more than return an object, or the arguments are not literals."""
    text = text.strip()
    if not (m := _NUXT2.match(text)):
        return None
    params = [p.strip() for p in m["params"].split(",") if p.strip()]
    reader = _Literal(text)
    reader.pos = m.end()
    try:
        state = reader.value()
        for closing in (";", "}", ")"):
            if reader._peek() == closing:
                reader.pos += 1
        reader._eat("(")
        args: list[Any] = []
        while reader._peek() != ")":
            args.append(reader.value())
            if reader._peek() != ",":
                break
            reader.pos += 1
        reader._eat(")")
    except (_NotData, ValueError, OverflowError):
        return None
    return _bind(state, dict(zip(params, args, strict=False)))


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    """Every object in ``data``, outermost first."""
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _walk(value)
    elif isinstance(data, list):
        for value in data:
            yield from _walk(value)


def _is_article(obj: dict[str, Any]) -> bool:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds)


def _first_str(obj: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _person(value: Any) -> str | None:
    """The name an author field gives: ``"홍길동"``, ``{"name": "홍길동"}``, or the first of a list."""
    if isinstance(value, list):
        return next((n for n in map(_person, value) if n), None)
    if isinstance(value, dict):
        return _first_str(value, _NAME_KEYS)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _title(obj: dict[str, Any]) -> str | None:
    """The title an object gives: ``title``, ``headline``..., or Arc's ``{"headlines": {"basic": ...}}``."""
    headlines = obj.get("headlines")
    nested = _first_str(headlines, ("basic", "main")) if isinstance(headlines, dict) else None
    return _first_str(obj, _TITLE_KEYS) or nested


def _found(obj: dict[str, Any], body: str) -> Embedded:
    credits = obj.get("credits")
    by = credits.get("by") if isinstance(credits, dict) else None  # Arc: {"credits": {"by": [{"name"}]}}
    author = next((n for k in _AUTHOR_KEYS if (n := _person(obj.get(k)))), None) or _person(by)
    date = _first_str(obj, _DATE_KEYS)
    return Embedded(body=body, title=_title(obj), author=author, date=date)


# A body given as a list of typed elements (Arc's content_elements, an editor's blocks):
# {"type": "text", "content": "..."}, {"type": "header", "content": "..."}; photos, embeds and ads
# in it are not read.
_PARAGRAPH_TYPES = {"text", "paragraph", "p"}
_HEADING_TYPES = {"header", "heading", "subheading", "subtitle", "h2", "h3", "h4"}


def _elements(items: list[Any]) -> str | None:
    """A list of typed elements as HTML (``<p>``, ``<h3>``), if it has paragraphs."""
    out = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(kind := item.get("type"), str):
            continue
        text = _first_str(item, ("content", "text", "html"))
        if text is None:
            continue
        if kind.lower() in _PARAGRAPH_TYPES:
            out.append(f"<p>{text}</p>")
        elif kind.lower() in _HEADING_TYPES:
            out.append(f"<h3>{text}</h3>")
    return "\n".join(out) if any(x.startswith("<p>") for x in out) else None


def _candidates(kind: str, data: Any) -> Iterator[Embedded]:
    for obj in _walk(data):
        if kind == "ld":
            body = obj.get("articleBody")
            if _is_article(obj) and isinstance(body, str):
                yield _found(obj, body)
            elif isinstance(updates := obj.get("liveBlogUpdate"), list) and (entries := _updates(updates)):
                yield _found(obj, entries)
        elif _title(obj):
            # an app's state: an object with a title and a body (a related story's has no body)
            for key in (*_BODY_KEYS, *(k for k in obj if k not in _BODY_KEYS and _BODY_KEY.search(k))):
                body = obj.get(key)
                if isinstance(body, str) and (key in _BODY_KEYS or len(body) >= MIN_BODY):
                    yield _found(obj, body)
                    break
                if isinstance(body, list) and (html_body := _elements(body)):
                    yield _found(obj, html_body)
                    break


_KOREA = timezone(timedelta(hours=9))


def _updates(updates: list[Any]) -> str | None:
    """A live page's entries (JSON-LD's ``liveBlogUpdate``: ``BlogPosting`` objects, each with its
    ``headline`` and ``articleBody``) as HTML, each entry's headline an ``<h3>`` over its paragraphs, in
    the order the data gives them; an entry's time (``datePublished``) a ``<time>`` over it, in Korean
    time, as a page shows it, to be said with the entry."""
    out = []
    for entry in updates:
        if isinstance(entry, dict) and isinstance(body := entry.get("articleBody"), str) and body.strip():
            parts = []
            if isinstance(when := entry.get("datePublished"), str) and (iso := rules.iso_datetime(when)):
                shown = datetime.fromisoformat(iso).astimezone(_KOREA)
                parts.append(f'<time datetime="{iso}">{shown:%H:%M}</time>')
            if headline := _first_str(entry, ("headline", "name")):
                parts.append(f"<h3>{html.escape(html.unescape(headline))}</h3>")
            out.append(f"<div>{''.join(parts)}{_paragraphs(body)}</div>" if parts else _paragraphs(body))
    return "\n".join(out) if out else None


def _state(kind: str, text: str) -> Any:
    """The data a script of ``kind`` (:func:`_scripts`) holds, or None."""
    if kind == "devalue":
        return _revive(_load(text))
    if kind == "nuxt2":
        return _nuxt2(text)
    return _load(text)


def page_data(tree: etree._Element) -> list[tuple[str, Any]]:
    """The data of the page's scripts (:func:`_scripts`), each parsed once, as ``(kind, data)``: what
    :func:`embedded_article` and :func:`published_dates` read."""
    return [(kind, _state(kind, text)) for kind, text in _scripts(tree)]


def _top_level(data: Any) -> Iterator[dict[str, Any]]:
    """The objects a JSON-LD script gives at its top: itself, the items of its list or of its ``@graph``,
    and the page's own story these name as their ``mainEntity`` or ``mainEntityOfPage`` (a ``WebPage``
    whose main entity is the ``NewsArticle``); not those nested elsewhere in them: a most-read list's
    articles, an article's related ones."""
    for obj in data if isinstance(data, list) else [data]:
        if isinstance(obj, dict):
            graph = obj.get("@graph")
            for top in (o for o in graph if isinstance(o, dict)) if isinstance(graph, list) else [obj]:
                yield top
                for key in _MAIN_KEYS:
                    main = top.get(key)
                    for entity in main if isinstance(main, list) else [main]:
                        if isinstance(entity, dict) and not _is_list(entity):
                            yield entity


_MAIN_KEYS = ("mainEntity", "mainEntityOfPage")
_SPACES = re.compile(r"\s+")


def _is_list(obj: dict[str, Any]) -> bool:
    kinds = obj.get("@type")
    return any(isinstance(k, str) and k.lower() == "itemlist" for k in (kinds if isinstance(kinds, list) else [kinds]))


def _same_title(headline: str, title: str) -> bool:
    a, b = _SPACES.sub("", html.unescape(headline)), _SPACES.sub("", title)
    return bool(a and b) and (a in b or b in a)


def _top_articles(data: list[tuple[str, Any]]) -> list[Any]:
    """The articles at the top of the page's JSON-LD scripts (:func:`_top_level`), in the page's order."""
    return [obj for kind, state in data if kind == "ld" for obj in _top_level(state) if _is_article(obj)]


def top_headlines(data: list[tuple[str, Any]]) -> list[str]:
    """The headlines of the articles at the top of the page's JSON-LD scripts (:func:`_top_articles`), in
    the page's order: more than one where a page gives another story's data beside its own."""
    return [headline for obj in _top_articles(data) if (headline := _title(obj))]


def published_dates(data: list[tuple[str, Any]], title: str | None = None) -> list[str]:
    """The ``datePublished`` of the page's own article in its JSON-LD (:func:`page_data`), as the data
    writes it: where a page states its time of publication when its meta tags give none (an AMP page's).
    Only an article at a script's top (or its page's main entity): the articles of a most-read list or a
    related box, nested in it, are other stories. Where several articles stand at the top, only one whose
    headline (where it gives one) is the page's ``title``; one alone may word its headline otherwise."""
    articles = _top_articles(data)
    if title is not None and len(articles) > 1:
        articles = [a for a in articles if (headline := _title(a)) is None or _same_title(headline, title)]
    return [when for obj in articles if (when := _first_str(obj, ("datePublished",)))]


def embedded_article(tree: etree._Element, data: list[tuple[str, Any]] | None = None) -> Embedded | None:
    """The longest story the page's data holds (JSON-LD's ``articleBody``, an app's state), if one is long
    enough to be a story and in Korean. ``data``: the page's :func:`page_data`, where it is at hand."""
    found = [e for kind, state in (page_data(tree) if data is None else data) for e in _candidates(kind, state)]
    found = [e for e in found if len(e.text) >= MIN_BODY and rules.HANGUL.search(e.text)]
    return max(found, key=lambda e: len(e.text), default=None)


# <item> ... </item> (RSS) / <entry> ... </entry> (Atom, <atom:entry> where the feed prefixes its
# elements): one story of a news feed, saved alone
_FEED_ITEM = re.compile(r"<((?:atom:)?(?:item|entry))\b[^>]*>(?P<item>.*?)</\1\s*>", re.I | re.S)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)


def _feed_field(item: str, *names: str) -> str | None:
    """The text of the item's first field of ``names`` that it has (a CDATA section's content as it is,
    escaped markup unescaped)."""
    for name in names:
        tag = rf"(?:atom:)?{re.escape(name)}"  # <atom:title> in a feed that prefixes Atom's elements
        m = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}\s*>", item, re.I | re.S)
        if m is not None and m[1].strip():
            inner = m[1].strip()
            cdata = _CDATA.fullmatch(inner)
            return cdata[1].strip() if cdata else html.unescape(inner)
    return None


def _feed_date(value: str | None) -> str | None:
    """``Sat, 05 Sep 2026 09:12:00 +0900`` (RSS) as ``2026-09-05T09:12:00+09:00``; an Atom date as it is."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError):
        return value


def feed_items(page: str) -> int:
    """How many items (``<item>``, ``<entry>``) the feed saved as ``page`` holds."""
    return sum(1 for _ in _FEED_ITEM.finditer(page))


def feed_item(page: str, index: int = 0) -> Embedded | None:
    """The story of a news feed's item saved as a page (an RSS ``<item>`` or an Atom ``<entry>``; the
    ``index``-th of a feed of several): its description, HTML often wrapped in CDATA, with the item's
    title, writer and day; None where the page is no feed item or its description has no Korean."""
    m = next(itertools.islice(_FEED_ITEM.finditer(page), index, None), None)
    if m is None or re.search(r"<body\b", page, re.I):
        return None
    return _feed_story(m["item"])


def feed_stories(page: str) -> list[Embedded]:
    """The story of each item of the news feed saved as ``page``, in the feed's order (as
    :func:`feed_item` reads one), the page scanned once."""
    if re.search(r"<body\b", page, re.I):
        return []
    return [story for m in _FEED_ITEM.finditer(page) if (story := _feed_story(m["item"])) is not None]


def _feed_story(item: str) -> Embedded | None:
    """The story of one feed item's text (what is inside its ``<item>`` or ``<entry>``)."""
    body = _feed_field(item, "content:encoded", "description", "content", "summary")
    if body is None or not rules.HANGUL.search(body):
        return None
    author = _feed_field(item, "dc:creator", "author")
    if author and (name := re.search(r"<(?:atom:)?name>(.*?)</(?:atom:)?name>", author, re.S)):
        author = name[1].strip()  # Atom: <author><name>...</name></author>
    date = _feed_date(_feed_field(item, "pubDate", "dc:date", "published", "updated"))
    return Embedded(body=body, title=_feed_field(item, "title"), author=author, date=date)


def client_rendered(tree: etree._Element) -> bool:
    """Whether the page is a JavaScript app's shell (Next.js, Nuxt, a store's state in a script)."""
    for script in tree.iter("script"):
        if script.get("id") in _STATE_IDS or _STATE_GLOBALS.search(script.text or ""):
            return True
    return False


def _paragraphs(body: str) -> str:
    """A plain-text body as HTML paragraphs: one per blank-line-separated block, or one per line
    where it has no blank lines."""
    blocks = re.split(r"\n\s*\n", body.strip())
    if len(blocks) == 1:
        blocks = body.strip().splitlines()
    return "\n".join(f"<p>{html.escape(' '.join(html.unescape(b).split()))}</p>" for b in blocks if b.strip())


def as_page(found: Embedded, head: str) -> str:
    """The story as the HTML page a browser would have drawn: the page's ``<head>`` (its title and meta
    tags), the headline in an ``<h1>``, the body as it is where it is HTML, in paragraphs where it is
    text; the author and date the data gives as meta tags."""
    meta = []
    if found.author:
        meta.append(f'<meta name="author" content="{html.escape(found.author)}">')
    if found.date:
        meta.append(f'<meta property="article:published_time" content="{html.escape(found.date)}">')
    body = found.body if _TAG.search(found.body) else _paragraphs(found.body)
    h1 = f"<h1>{html.escape(found.title)}</h1>" if found.title else ""
    return f"<html><head>{head}{''.join(meta)}</head><body><article>{h1}\n{body}\n</article></body></html>"
