"""HTML pages: trafilatura finds the main content; the plain-text rules clean what it keeps.

trafilatura (with its XML output) keeps paragraphs and subheadings (``<head>``) in order,
runs offline, and reads the page's metadata (title, author, date). Its headline comes from
``og:title``/``<h1>``/``<title>``, with the tag one of them puts first (``[인터뷰]``, ``[단독]``) where
the shown headline leaves it out (kept in the article's title, not read, as for plain text); a
headline ``<h1>`` inside the content is not read twice.
Photo captions the markup names (``<figcaption>``, ``.img_desc``), and a scene described under a
photo in a paragraph of its own (``<p><img></p><p>... 촉구하고 있다.</p>``), are removed before
extraction; other captions, bylines and copyright lines that sit inside the article body are
removed by the same rules as for plain text (:mod:`newsread.ingest.rules`); a photo page's (a
gallery whose only sentences are its captions) are its story and are read, without the slides'
counters (``<span class="count">2/3</span>``). A block of code (``<pre>`` with no Hangul in it) is
not read; one with Hangul in it (a board's text kept as typed) is read line by line, as ``<br>``
would set it. Footnote marks set above the line (``<sup>1</sup>``) and the notes they link to are not
read, nor a ``<blockquote>`` that says again words of the story (a pull quote), a link to another story
a class names related (``<div class="related-card">``), or a block marked in another language beside the
Korean story (``<p lang="en">``); a table's cells read from the visible text are words or fields apart
(``담당부서: 일자리정책과``), not run together; a paywalled teaser cut
short (``…``) is read in full from the page's description where that begins with it. Where no
``<h1>`` or page title gives the headline, the element its class names so does (``td.subject``,
``h2.headline`` under a section's name); an ``<h1>`` that names the story's section over the headline's
``<h2>`` (by its class, a menu's link, or standing outside the story's box) is no headline. A short bold line
on its own is a subheading. A byline in the story names the author before the page's metadata
does (a portal's metadata names the outlet), and an author field that names a news outlet
(``data/outlets.txt``) or the site is no author. Text a page separates with
``<br>`` only is read line by line as plain text would be; a table of figures is not read
(a table that lays out the page is): a grid of numbers read cell by cell is noise to a listener,
and the paragraphs around it say what it shows; a list in the story (``<ul>``) is read, an item a
paragraph; a page trafilatura finds nothing in is read from its
visible text. Blocks trafilatura moved are put back in the page's order.

A page that does not show its story but carries it as data (JSON-LD's ``articleBody`` behind a
near-empty body, a Next.js page's ``__NEXT_DATA__``: :mod:`newsread.ingest.embedded`) is read from
that data, written out as the plain page the site would have drawn; a story a page draws in a frame
from its ``srcdoc`` (the frame's whole page, escaped in the attribute) is read as part of the page; a
JavaScript app's shell with no
story in sight and none in its data fails with a message that says what to save instead.
"""

from __future__ import annotations

import copy
import dataclasses
import html
import logging
import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from newsread.errors import InputError
from newsread.ingest import embedded, rules
from newsread.ingest.feedsniff import is_feed
from newsread.ingest.rules import is_sentence
from newsread.ingest.structure import _INVISIBLE, MAX_HEADING, Line, Meta, split_lines, structure
from newsread.types import Article

log = logging.getLogger(__name__)

# a page's markup first, or a saved news item's (<?xml ...?><item>); a whole feed is told by feedsniff.is_feed.
# A comment's text never runs past its own end (-->): one that could would try every way of cutting a run
# of comments into comments, twice as many for each one more, before giving up on a prolog it cannot pass.
_HTML_SNIFF = re.compile(
    r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--(?:(?!-->).)*-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|rss|feed|item|entry)\b",
    re.I | re.S,
)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is markup: an HTML page, or a saved news feed (RSS 2.0, RSS 1.0's rdf:RDF, Atom,
    ``atom:feed``, past a prolog of any length), told as the feed builder tells it."""
    return bool(_HTML_SNIFF.match(text[:2048])) or (text.lstrip().startswith("<") and is_feed(text))


def _text_of(el: etree._Element) -> str:
    """The element's text on one line; a ``<br>`` in it (a headline set on two lines) is a space."""
    return " ".join(_text_with_breaks(el).split())


def _text_with_breaks(el: etree._Element) -> str:
    parts = [(el.text or "") if isinstance(el.tag, str) else ""]
    for child in el:
        parts.append(" " if child.tag == "br" else _text_with_breaks(child))
        parts.append(child.tail or "")
    return "".join(parts)


_XML_BLOCKS = {"p", "head", "item", "cell", "row", "quote", "list", "table", "main", "doc", "div"}


def _segments(body: etree._Element) -> list[tuple[str, str, int, bool]]:
    """The text of trafilatura's XML as ``(text, container tag, container id, after <lb/>)``; a
    heading's tag is ``head:`` and the page's element (``head:h3``).

    Each block element (paragraph, heading, list item, table cell...) starts a new segment,
    and so does each ``<lb/>`` (a ``<br>`` the page had), so text never runs across blocks.
    """
    out: list[tuple[str, str, int, bool]] = []
    buf: list[str] = []

    def flush(tag: str, key: int, after_lb: bool) -> None:
        text = " ".join("".join(buf).split())
        buf.clear()
        if text:
            out.append((text, tag, key, after_lb))

    def walk(node: etree._Element) -> None:
        key = id(node)
        after_lb = False
        tag = f"head:{node.get('rend') or ''}" if node.tag == "head" else node.tag
        buf.append(node.text or "")
        for child in node:
            if child.tag == "lb":
                flush(tag, key, after_lb)
                after_lb = True
            elif child.tag == "table" and _is_data_table(child):
                flush(tag, key, after_lb)
                log.info("skipping a table of figures (%d cells)", len(list(child.iter("cell"))))
            elif child.tag in _XML_BLOCKS:
                flush(tag, key, after_lb)
                after_lb = False
                walk(child)
            else:
                walk_inline(child)
            buf.append(child.tail or "")
        flush(tag, key, after_lb)

    def walk_inline(node: etree._Element) -> None:
        buf.append(node.text or "")
        for child in node:
            walk_inline(child)
            buf.append(child.tail or "")

    walk(body)
    return out


def _is_data_table(table: etree._Element) -> bool:
    """A table of figures (no cell reads as a sentence), not a page laid out with a table."""
    cells = [" ".join("".join(c.itertext()).split()) for c in table.iter("cell")]
    return not any(is_sentence(c) or len(c) >= 100 for c in cells)


def _xml_lines(body: etree._Element, title: str | None, bold: set[str] | None = None) -> list[Line]:
    """Lines for :func:`~newsread.ingest.structure.structure`, with the page's structure as hints.

    ``bold`` holds the texts the page set in bold on their own (see :func:`_bold_texts`).
    """
    segments = _segments(body)
    broken = {key for _, _, key, after_lb in segments if after_lb}
    lines: list[Line] = []
    for text, tag, key, after_lb in segments:
        if tag.startswith("head:"):
            if title and _similar(text, title):
                continue  # the headline, already the title
            lines.append(Line(text, hint="heading", level=tag[len("head:") :]))
        elif bold and text in bold:
            lines.append(Line(text, hint="heading"))  # <b>▲ 요금은 그대로</b><br>: a subheading
        elif key in broken:  # lines separated by <br>: read them as a plain-text page would be
            lines.append(Line(text, blank_before=not after_lb))
        else:
            lines.append(Line(text, hint="paragraph"))
    return lines


def _in_page_order(lines: list[Line], page: str) -> list[Line]:
    """The lines in the order the page shows them.

    trafilatura may move a block of a page made of many small boxes (a live page's entries, each
    with its time and heading) above the story's lead; where every line is found in the page's
    visible text, they are put back in its order.
    """
    visible = " ".join(page_text(page).split())
    where: list[int] = []
    for ln in lines:
        # a text the page shows twice (the writer's name above and under a column) is the one after
        # the line before it, where there is one
        after = visible.find(ln.text[:60], where[-1] if where else 0)
        where.append(after if after >= 0 else visible.find(ln.text[:60]))
    if any(w < 0 for w in where) or where == sorted(where):
        return lines
    log.debug("trafilatura's blocks are out of the page's order: reordered")
    return [ln for _, ln in sorted(zip(where, lines, strict=True), key=lambda p: p[0])]


def _with_dropped_headings(lines: list[Line], tree: etree._Element, title: str | None) -> list[Line]:
    """The lines, with the subheadings (``<h2>``-``<h4>``) trafilatura left out put back over the
    paragraph that follows each in the page, where it kept that paragraph (a live page's entries
    lose their headings so)."""
    kept = {ln.text for ln in lines}
    out = list(lines)
    for h in tree.iter("h2", "h3", "h4"):
        text = _text_of(h)
        if not text or text in kept or len(text) > MAX_HEADING:
            continue
        if not rules.HANGUL.search(text) and not rules.TRANSLATION_HEADER.match(text):
            continue  # ([English] is put back: it says what the lines under it are)
        if title and _similar(text, title):
            continue  # the headline in an <h2>, over the lead
        nxt = h.getnext()
        while nxt is not None and not _text_of(nxt):
            nxt = nxt.getnext()
        if nxt is None or nxt.tag != "p":
            continue
        after = _text_of(nxt)
        at = next((i for i, ln in enumerate(out) if ln.text == after), None)
        if at is not None and not (at > 0 and out[at - 1].hint == "heading"):
            log.debug("a subheading trafilatura left out: %s", text)
            out.insert(at, Line(text, hint="heading"))
            kept.add(text)
    return out


def _stamp_entries(lines: list[Line], tree: etree._Element) -> list[Line]:
    """A live page's entries each said with its time: trafilatura leaves out an entry's ``<time>`` (``<time
    datetime="...">23:40</time>`` over its ``<h3>`` or ``<p>``); its time is given to the line of the element
    after it, where the page has two such stamps or more (one is the page's own). The lines come back
    with the stamped ones replaced; ``lines`` are left as they were."""
    stamped: list[tuple[str, str]] = []
    for el in tree.iter("time"):
        nxt = el.getnext()
        while nxt is not None and not _text_of(nxt):
            nxt = nxt.getnext()
        if nxt is not None and (stamp := rules.lone_entry_stamp(_text_of(el))):
            stamped.append((stamp, _text_of(nxt)))
    if len(stamped) < 2:
        return lines
    out = list(lines)
    for stamp, entry in stamped:
        at = next((i for i, ln in enumerate(out) if ln.text == entry and not ln.stamp), None)
        if at is not None:
            out[at] = dataclasses.replace(out[at], stamp=stamp)
    return out


# <span class="nick">책방순례자</span>: the name a blog's writer goes by; a comment's writer is marked so too.
_NICK_CLASS = re.compile(r"^(?:nick|nickname|blog_?nick|writer_?nick)$", re.IGNORECASE)
_COMMENT_BOX = re.compile(r"comment|cmt|reply|cbox|댓글", re.IGNORECASE)


def _blog_nick(tree: etree._Element, page: str, article: Article) -> str | None:
    """The name a blog post's writer goes by (``<span class="nick">책방순례자</span>``), over the post:
    its writer, where the page names no person. A commenter's name (in a comment box, or under the
    story) is not."""
    first = next((b.text for b in article.blocks if b.kind == "paragraph"), None)
    story_at = page.find(first[:20]) if first else -1
    for el in tree.iter():
        if not isinstance(el.tag, str) or not any(_NICK_CLASS.match(c) for c in (el.get("class") or "").split()):
            continue
        nick = _text_of(el)
        boxes = " ".join(f"{a.get('class') or ''} {a.get('id') or ''}" for a in el.iterancestors())
        at = page.find(f">{nick}<")
        if not nick or len(nick) > 20 or len(nick.split()) > 2 or _COMMENT_BOX.search(boxes):
            return None
        return nick if 0 <= at < story_at else None
    return None


def _with_dropped_verdict(lines: list[Line], tree: etree._Element) -> list[Line]:
    """The lines, with a fact check's verdict that trafilatura left out (a box beside the story,
    ``<dt>판정</dt><dd>대체로 사실 아님</dd>``) put back before them, the label over the verdict as the
    page gives them: the story's answer, which the page gives once, over the story."""
    for label in tree.iter("dt", "th", "p", "span", "strong", "div", "h3", "h4"):
        head = _text_of(label)
        if len(head) > 12 or not rules.VERDICT_LABEL.match(head):
            continue
        nxt = label.getnext()
        verdict = _text_of(nxt) if nxt is not None else ""
        if not verdict or not rules.verdict_words(verdict):
            return lines
        if any(verdict in ln.text for ln in lines):
            return lines  # the page's own box is among the lines: the structure joins it
        log.debug("a verdict trafilatura left out: %s %s", head, verdict)
        return [Line(head), Line(verdict, blank_before=False), *lines]
    return lines


def _author(field: str, site: str) -> str | None:
    """The person the page's author field names: ``최서연 기자`` → ``최서연``.

    Not the site's name, nor a news outlet's (``연합뉴스``, ``YTN``): a page without a byline
    often names its publisher or the agency it prints as the author.
    """
    for part in field.split(";"):
        part = " ".join(part.split())
        if not part or rules.same_name(part, site) or rules.is_outlet(part) or rules.DATE_WORD.match(part):
            continue  # (입력: a byline's box holding only the date, its figures taken as a date)
        if m := rules.AUTHOR.match(part):
            return m["name"]
        if not rules.HANGUL.search(part):
            return part  # a name in Latin letters
    return None


def _bold_texts(tree: etree._Element) -> set[str]:
    """Short texts the page sets in bold (``<b>``, ``<strong>``) that do not read as sentences.

    trafilatura drops the formatting; a line that is all bold, standing on its own among the
    paragraphs, is how many pages mark a subheading; not a question marked as one (``<strong>Q. 누가
    받을 수 있나?</strong>``) or closed by its stop (``<b>앞으로 해 보고 싶은 일은.</b>``), a turn of a Q&A
    that the answer under it follows.
    """
    texts = (_text_of(el) for el in tree.iter("b", "strong"))
    return {
        t
        for t in texts
        if 2 <= len(t) <= MAX_HEADING
        and not is_sentence(t)
        and rules.interview_question(t) is None
        and not rules.stopped_like_speech(t)
    }


# Class names of photo captions: img_desc, txt_caption, photo-desc, figure_cap...
_CAPTION_CLASS = re.compile(r"caption|^(?:img|image|photo|pic|figure|fig|thumb)[-_]?(?:desc|txt|text|cap|info)$", re.I)


# Class names of a photo's box: art_photo, photo-area, img_wrap, pic_box, thumb...
_PHOTO_BOX_CLASS = re.compile(r"photo|^img|[-_]img|image|^pic|[-_]pic|thumb", re.I)


def _photo_boxes(tree: etree._Element) -> set[etree._Element]:
    """Photos' boxes (``<div class="art_photo"><img><p>...</p></div>``): blocks the page names as a photo's,
    each holding an image; the text in one is the photo's caption, whatever it says. Only where the page
    has paragraphs of its own besides (a photo page's captions are its story)."""
    boxes = {
        el
        for el in tree.iter("div", "figure", "span", "p", "table", "dl")
        if any(_PHOTO_BOX_CLASS.search(c) for c in (el.get("class") or "").split()) and el.find(".//img") is not None
    }
    if not boxes:
        return boxes
    inside = {d for box in boxes for d in box.iter()}
    paragraphs = [p for p in tree.iter("p") if p not in inside and is_sentence(_text_of(p))]
    return boxes if len(paragraphs) >= 2 else set()


def _only_captions(tree: etree._Element, captions: list[etree._Element]) -> bool:
    """Whether every line of the page that reads as a sentence is in one of its ``captions``: a photo
    page (a gallery's slides), whose captions are its story."""
    said = [text for el in captions if (text := _text_of(el))]  # (an image's box with no words says nothing)
    lines = page_text(str(lxml_html.tostring(tree, encoding="unicode"))).splitlines()
    return not any(is_sentence(line) and not any(line in c or c in line for c in said) for line in lines)


def _story_markup(tree: etree._Element) -> str:
    """The page without what its markup marks as not the story's running text: the photo captions it
    names (``<figcaption>``, ``.img_desc``, the text in a photo's box: ``<div class="art_photo"><img><p>
    ...</p></div>``), slide counters, code, ``<noscript>`` notes, a player's note for browsers that cannot
    play it, a boxed second story, footnotes and pull quotes; with a paywalled teaser given in full and a
    story set in ``<pre>`` cut into lines.

    A caption that reads as a sentence (``...기다리고 있다.``) and has no credit cannot be told
    from the story by its text; the page's markup says what it is. A photo page (a gallery, with no
    paragraph of its own besides the captions) keeps them: they are its story.
    """
    tree = copy.deepcopy(tree)
    _image_subheadings(tree)
    boxes = _photo_boxes(tree)
    found = [
        el
        for el in tree.iter()
        if isinstance(el.tag, str)
        and (
            el.tag == "figcaption"
            or any(_CAPTION_CLASS.search(c) for c in (el.get("class") or "").split())
            or el in boxes
        )
        and len(_text_of(el)) <= 300
    ]
    found += _unmarked_captions(tree)
    if found and _only_captions(tree, found):
        log.debug("a photo page: its captions are its story")
        found = []
    # a slide's counter in an element of its own (<span class="count">2/5</span>): where the reader is
    found += [el for el in tree.iter("span", "em", "strong", "b", "i", "div", "p") if _COUNTER.match(_text_of(el))]
    # a block of code (<pre><code>ollama run ...</code></pre>): a command to type, not words to hear; a
    # page that sets its story in <pre> has Hangul in it
    found += [el for el in tree.iter("pre") if not rules.HANGUL.search(_text_of(el))]
    # what a browser shows only without JavaScript (<noscript>자바스크립트를 활성화해 주세요</noscript>, an
    # ad's fallback): the saved page is what the reader saw, and this was not in it (a story set there
    # in full, for readers without scripts, is longer than such a note)
    lazy = [el for el in tree.iter("noscript") if _lazy_paragraphs(el)]
    found += [el for el in tree.iter("noscript") if len(_text_of(el)) <= 300 and el not in lazy]
    # an AMP page's own chrome (<amp-user-notification>이 사이트는 ... 쿠키를 사용합니다, <amp-sidebar>'s
    # menu, <amp-social-share>, <amp-ad>): the page's, shown over or beside any story
    found += [el for el in tree.iter(*_AMP_CHROME_TAGS)]
    # the name of the section over the headline, in the story's box (<div class="section-name">교통</div>
    # over <h1>): where the story is filed, no subheading of it. Over the story's own headline, the page's
    # first <h1>, with no paragraph between; a subheading of the body (<div class="section-title">주거
    # 지원</div>) stands under it, whatever <h1> of a next story follows
    if (headline := next(tree.iter("h1"), None)) is not None:
        named = [
            el
            for el in tree.iter("div", "span", "p", "em", "strong")
            if any(_SECTION_CLASS.search(c) for c in (el.get("class") or "").split())
            and len(_text_of(el)) <= _SECTION_NAME_MAX
            and not rules.is_sentence(_text_of(el))
        ]
        over = set(headline.xpath("preceding::p")) if named else set()
        found += [el for el in named if _over_the_headline(el, headline, over)]
    # what a player shows where it cannot play (<video>이 브라우저에서는 동영상을 재생할 수 없습니다.</video>,
    # an AMP page's <div fallback>): the reader saw the player, not the note
    found += [
        el
        for el in tree.iter()
        if isinstance(el.tag, str)
        and (el.tag in _PLAYER_TAGS or el.get("fallback") is not None)
        and len(_text_of(el)) <= 300
    ]
    # text struck through (<del>만 34세</del> <ins>만 39세</ins>, <s>, <strike>): a correction shows what
    # it replaced for the eye; the listener hears what the story now says
    found += [el for el in tree.iter(*_STRUCK_TAGS)]
    found += _ad_boxes(tree)
    _ruby_readings(tree)
    _teaser_in_full(tree)
    found += _box_stories(tree)
    found += _related_cards(tree)
    found += _other_language(tree)
    found += _footnotes(tree)
    found += _pull_quotes(tree)
    found += _print_copies(tree)
    for el in found:
        if el.getparent() is not None:
            el.drop_tree()
    # a box left holding a picture and nothing to read (<div class="img_box"><img>\n</div>, its caption
    # dropped above or never there): trafilatura drops the text that follows it in the story's box
    # (the story's first line, set as text after the photo with <br>s), so it goes, the text after it kept
    # (a line break left where a box of its own stood, so the text before it does not run into the
    # text after it; a space where a picture stood inside a line, 시는 특히 <a><img></a> 청년)
    for el in [el for el in tree.iter(*_PICTURE_BOX_TAGS) if _picture_only(el)]:
        parent = el.getparent()
        if parent is None or not (el.tail or "").strip():
            continue
        if el.tag in _INLINE_PICTURE_TAGS:
            el.tail = " " + (el.tail or "")
            el.drop_tree()
        else:
            br = etree.Element("br")
            br.tail = el.tail
            parent.replace(el, br)
    for el in lazy:
        el.tag = "div"  # the story's own paragraphs, read where they stand
    for el in [el for el in tree.iter("pre") if rules.HANGUL.search(_text_of(el))]:
        _as_lines(el)
    return str(lxml_html.tostring(tree, encoding="unicode"))


_PICTURE_BOX_TAGS = ("div", "figure", "span", "picture", "a")
_INLINE_PICTURE_TAGS = ("span", "a")


def _picture_only(el: etree._Element) -> bool:
    """Whether ``el`` holds an image and no text at all (whitespace only)."""
    return el.find(".//img") is not None and not "".join(el.itertext()).strip()


_SUBHEAD_CLASS = re.compile(
    r"(?:^|[-_])(?:sub[-_]?(?:tit|title|head|heading)|mid[-_]?(?:tit|title)|subtitle)(?:$|[-_])", re.IGNORECASE
)


_BANNER_RATIO = 4  # an image this many times as wide as it is high is a line of drawn text, not a photo


def _drawn_title(box: etree._Element, img: etree._Element) -> bool:
    """Whether an image alone in a box no class names is a subheading drawn as a picture: the box is a
    heading's element (``<h3><img alt="욕실은 물기부터"></h3>``), or the image a strip of text, many times
    as wide as it is high (``<p><img width="600" height="60" alt="..."></p>``), its alt no sentence."""
    if box.tag in ("h2", "h3", "h4", "h5"):
        return True
    try:
        width, height = int(img.get("width") or 0), int(img.get("height") or 0)
    except ValueError:
        return False
    alt = (img.get("alt") or "").strip()
    return height > 0 and width >= _BANNER_RATIO * height and len(alt) <= MAX_HEADING and not is_sentence(alt)


def _image_subheadings(tree: etree._Element) -> None:
    """Subheadings drawn as pictures (``<p class="subtitle-img"><img alt="환기는 하루 두 번"></p>``): a
    block a class names a subheading, holding one image and no text, becomes a subheading of its
    image's alt text, which is all the page says of it (a photo's box, named so, stays a photo's); so
    does a box no class names, where the image is drawn text (see :func:`_drawn_title`)."""
    for el in list(tree.iter("p", "div", "span", "strong", "h2", "h3", "h4", "h5")):
        imgs = list(el.iter("img"))
        classes = [*(el.get("class") or "").split(), *(imgs[0].get("class") or "").split()] if imgs else []
        alt = (imgs[0].get("alt") or "").strip() if len(imgs) == 1 else ""
        if alt and not _text_of(el) and (any(_SUBHEAD_CLASS.search(c) for c in classes) or _drawn_title(el, imgs[0])):
            for child in list(el):
                el.remove(child)
            el.tag, el.text = "h3", alt
            el.attrib.clear()


_PRINT_CLASS = re.compile(r"print", re.IGNORECASE)
_MEDIA_PRINT = re.compile(r"@media\s+print\s*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", re.IGNORECASE)
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_HIDDEN = re.compile(r"display\s*:\s*none", re.IGNORECASE)


def _print_copies(tree: etree._Element) -> list[etree._Element]:
    """The story again in a box kept for printing (``<div class="print-only">``, hidden on screen by the
    page's style or its own): what the printer gets, not what the reader saw, so the story is not read
    twice. A box hidden for another reason (the rest of a story behind a 'more' button) stays."""
    css = _MEDIA_PRINT.sub(" ", " ".join(_text_of(st) for st in tree.iter("style")))
    hidden = {
        name
        for selectors, body in _CSS_RULE.findall(css)
        if _HIDDEN.search(body)
        for name in re.findall(r"\.([\w-]+)\s*(?:,|$)", selectors.strip())
    }
    page = " ".join(tree.text_content().split())
    found = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or any(el in found for el in el.iterancestors()):
            continue
        classes = (el.get("class") or "").split()
        printed = [c for c in classes if _PRINT_CLASS.search(c)]
        shut = bool(hidden.intersection(classes)) or bool(_HIDDEN.search(el.get("style") or ""))
        if (printed and (hidden.intersection(printed) or _HIDDEN.search(el.get("style") or ""))) or (
            shut and _said_again(el, page)
        ):
            found.append(el)
    return found


def _said_again(box: etree._Element, page: str) -> bool:
    """Whether every paragraph of a hidden box is also on the page outside it: the story copied, under
    whatever name (``<div class="copy-area" style="display:none">``), not the rest of it held back."""
    paras = [" ".join(_text_of(p).split()) for p in box.iter("p")] or [" ".join(_text_of(box).split())]
    paras = [p for p in paras if p]
    return bool(paras) and all(page.count(p) >= 2 for p in paras)


def _over_the_headline(el: etree._Element, headline: etree._Element, over: set[etree._Element]) -> bool:
    """Whether ``el`` stands over the story's ``headline`` (the page's first ``<h1>``), outside it, with no
    paragraph of the story between them (a kicker's short line may be): a section's name or a label.
    ``over`` holds the page's paragraphs before the headline."""
    if headline not in el.xpath("following::h1[1]"):
        return False
    return not any(
        p in over and (len(_text_of(p)) > _SECTION_NAME_MAX or rules.is_sentence(_text_of(p)))
        for p in el.xpath("following::p")
    )


def _lazy_paragraphs(noscript: etree._Element) -> bool:
    """Whether a ``<noscript>`` holds the story's own paragraphs, kept there for readers without scripts
    while the page loads them as the reader scrolls (``<div class="lazy"></div><noscript><p>...밝혔다.</p>
    </noscript>``): paragraphs, each a sentence of the story and none the page's note about itself."""
    paragraphs = [_text_of(p) for p in noscript.iter("p")]
    return bool(paragraphs) and all(
        rules.is_sentence(text) and not rules.is_chrome(text) for text in paragraphs if text
    )


# A media player's elements: what is inside one is shown only where it cannot play.
_PLAYER_TAGS = frozenset({"video", "audio", "amp-video", "amp-audio", "amp-youtube"})
_AMP_CHROME_TAGS = (
    "amp-user-notification",
    "amp-consent",
    "amp-sidebar",
    "amp-social-share",
    "amp-ad",
    "amp-sticky-ad",
    "amp-app-banner",
)
_STRUCK_TAGS = ("del", "s", "strike")
_AD_CLASS = re.compile(r"^(?:ad|ads|advert|advertisement|sponsored)(?:$|[-_])|[-_](?:ad|ads)$", re.IGNORECASE)
_AD_BOX_MAX = 120  # the most an ad's box says (its label, a line of copy and a button)


def _ad_boxes(tree: etree._Element) -> list[etree._Element]:
    """A box the page's markup names an ad (``<section class="ad"><span>AD</span><span>앱 전용 혜택 받으러
    가기</span></section>``, ``<div class="ad_wrap">``) that says no more than an ad's label and copy:
    its spans run together with no space (AD앱 전용 ...), so its words cannot be told by their label."""
    return [
        el
        for el in tree.iter("div", "section", "aside", "p", "span", "ins")
        if any(_AD_CLASS.search(c) for c in (el.get("class") or "").split())
        and len(_text_of(el)) <= _AD_BOX_MAX
        and not rules.is_sentence(_text_of(el))
    ]


def _ruby_readings(tree: etree._Element) -> None:
    """A word with its reading over it (``<ruby>歸省<rp>(</rp><rt>귀성</rt><rp>)</rp></ruby>``): the
    reading in its place, as the listener would hear the word read; the hanja under it, and the
    parentheses a browser without ruby shows around the reading, are for the eye."""
    for ruby in list(tree.iter("ruby")):
        reading = "".join(_text_of(rt) for rt in ruby.iter("rt"))
        if not reading:
            continue
        tail = ruby.tail
        for child in list(ruby):
            ruby.remove(child)
        ruby.text = reading
        ruby.tail = tail


_SECTION_NAME_MAX = 15  # the longest a section's name over the headline is (부동산·건설)

_CUT_SHORT = re.compile(r"\s*(?:…|\.{3})\s*$")


def _teaser_in_full(tree: etree._Element) -> None:
    """A paywalled page's teaser (the story's opening, cut short: ``...두 달 치 모두 찼다.…``) given in
    full where the page's description holds the whole of it (``<meta name="description">``, longer,
    beginning with the teaser's words and going on where the page stops): the longer is read, as the
    page's own data tells the story the listener came for."""
    texts = tree.xpath('//meta[@name="description" or @property="og:description"]/@content')
    desc = max((" ".join(str(t).split()) for t in texts), key=len, default="")
    if len(desc) < embedded.MIN_BODY or not rules.HANGUL.search(desc):
        return
    for el in tree.iter("p", "div", "span", "dd", "td"):
        text = _text_of(el)
        if not _CUT_SHORT.search(text) or any(_text_of(c) for c in el):
            continue
        opening = _CUT_SHORT.sub("", text).rstrip(".")
        if len(opening) >= 20 and desc.startswith(opening) and len(desc) >= len(opening) + 30:
            log.debug("a teaser cut short, read in full from the page's description")
            el.text = desc
            return


# A footnote's mark set above the line: <sup>1</sup>, <sup>[2]</sup>, <sup>*</sup>, <sup>주3)</sup>
_NOTE_MARK = re.compile(r"^(?:\[?\d{1,3}\]?|\(\d{1,3}\)|\*{1,3}|주\s?\d{1,3}\)?)$")

_NOTES_CLASS = re.compile(r"(?:^|\s)(?:foot|end)[-_]?notes?(?:$|\s)", re.IGNORECASE)
_NOTES_LABEL_TAGS = ("h2", "h3", "h4", "h5", "h6", "p", "strong", "b")


def _footnotes(tree: etree._Element) -> list[etree._Element]:
    """Footnotes in the markup: each mark set above the line after a word (``나타났다.<sup>1</sup>``,
    read as a number run into the sentence: ``나타났다 일``) and the list of notes the marks link to
    (``<ol><li id="fn1">한빛교통연구원, ...</li></ol>``, sources for the eye, with the heading over it).
    A mark after a letter or a digit is a power or a unit's (``m<sup>2</sup>``, ``10<sup>6</sup>``): kept."""
    out: list[etree._Element] = []
    targets: set[str] = set()
    for sup in tree.iter("sup"):
        before = sup.getprevious()
        text = (before.tail if before is not None else sup.getparent().text) or ""
        if before is not None and not text:
            text = _text_of(before)
        linked = [a.get("href", "")[1:] for a in sup.iter("a") if a.get("href", "").startswith("#")]
        after_power = not text or (text[-1].isascii() and text[-1].isalnum())
        if not _NOTE_MARK.match(_text_of(sup)) or (not linked and after_power):
            continue
        out.append(sup)
        targets.update(t for t in linked if t)
    # a box of notes the page names so (<div class="footnotes">), linked to or not
    out += [el for el in tree.iter() if isinstance(el.tag, str) and _NOTES_CLASS.search(el.get("class") or "")]
    for target in targets:
        note = next(iter(tree.xpath("//*[@id=$t]", t=target)), None)
        box = note.getparent() if note is not None and note.tag == "li" else note
        if box is None or box in out:
            continue
        out.append(box)
        heading = box.getprevious()
        label = _text_of(heading) if heading is not None and heading.tag in _NOTES_LABEL_TAGS else ""
        if heading is not None and label and len(label) <= 30 and not is_sentence(label):
            out.append(heading)  # 주석 / 각주 / 참고문헌: the list's heading
    if out:
        log.debug("footnotes: %d marks and notes left out", len(out))
    return out


# <div class="pull-quote">, <aside class="pullquote">: a quote set apart in large type
_PULL_QUOTE_CLASS = re.compile(r"(?:^|\s)(?:pull|big|side)[-_]?quote(?:$|\s)", re.IGNORECASE)


def _pull_quotes(tree: etree._Element) -> list[etree._Element]:
    """Pull quotes the markup sets apart (a magazine's quote in large type between paragraphs): a
    ``<blockquote>`` that says again, in full or cut short, words a paragraph of the story says, and
    whatever a class names so (``<div class="pull-quote">``). The paragraph reads them in their place,
    and read again they break the story's thread."""
    quotes = [
        el
        for el in tree.iter()
        if isinstance(el.tag, str) and (el.tag == "blockquote" or _PULL_QUOTE_CLASS.search(el.get("class") or ""))
    ]
    boxed = set(quotes)
    paragraphs = [_text_of(p) for p in tree.iter("p") if not any(a in boxed for a in p.iterancestors())]
    out = []
    for quote in quotes:
        words = _text_of(quote).strip("\"“”'‘’「」『』 .…-—")
        named = quote.tag != "blockquote"  # the class says so: a repeat, in the story's words or close to them
        if named or (len(words) >= 10 and any(words in p for p in paragraphs)):
            log.debug("a pull quote repeating the story: %s", words)
            out.append(quote)
    return out


def _as_lines(pre: etree._Element) -> None:
    """A story set in ``<pre>`` (a board's text kept as typed), its lines set apart as ``<br>`` does:
    one run of text otherwise, its paragraphs lost. Where blank lines part its paragraphs, the lines
    between them are one paragraph's, wrapped where the typist's screen ended: each block is a ``<p>``."""
    text = pre.text_content().strip("\n")
    for child in list(pre):
        pre.remove(child)
    blocks = [" ".join(b.split()) for b in re.split(r"\n[ \t\u3000]*\n", text)]
    if len(blocks) > 1:
        pre.tag, pre.text = "div", None
        for block in filter(None, blocks):
            etree.SubElement(pre, "p").text = block
        return
    lines = text.split("\n")
    pre.tag, pre.text = "div", lines[0]
    for line in lines[1:]:
        etree.SubElement(pre, "br").tail = line


_COUNTER = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$")

# Class names of a short story boxed inside another: box-article, side_story, sub-news, news-box...
_BOX_STORY_CLASS = re.compile(
    r"^(?:box|side|sub|mini)[-_]?(?:article|story|news)$|^(?:article|story|news)[-_]?(?:box|side)$", re.IGNORECASE
)


def _box_stories(tree: etree._Element) -> list[etree._Element]:
    """Stories of their own boxed inside the story's body (``<div class="box-article"><h3>폐배터리, 얼마나
    쏟아지나</h3><p>...</p></div>`` between its paragraphs): a box the page names as a story's, opening
    with its own headline, among two paragraphs or more of the story around it. The page's story is the
    one read; the box's is another, and read into it, it breaks its thread."""
    out = []
    for el in tree.iter("div", "aside", "section"):
        if not any(_BOX_STORY_CLASS.match(c) for c in (el.get("class") or "").split()):
            continue
        first = next((c for c in el if isinstance(c.tag, str) and _text_of(c)), None)
        parent = el.getparent()
        if first is None or first.tag not in ("h2", "h3", "h4", "h5") or parent is None:
            continue
        around = [p for p in parent if p.tag == "p" and is_sentence(_text_of(p))]
        if len(around) >= 2:
            log.debug("a story boxed inside the story: %s", _text_of(first))
            out.append(el)
    return out


# Class names of a link to another story: related, relate_news, news-related, rel-article...
_RELATED_CLASS = re.compile(r"(?:^|[-_])(?:related|relate|rel)(?:$|[-_])", re.IGNORECASE)


def _related_cards(tree: etree._Element) -> list[etree._Element]:
    """Links to other stories the markup names so, set between the story's paragraphs (``<div
    class="related-card"><a><img alt="..."><strong>시내버스 요금 8년 만에 300원 오른다</strong><span
    class="date">2026.01.02</span></a></div>``): another story's headline, read as a subheading of this one."""
    out = []
    for el in tree.iter("div", "aside", "section", "figure", "ul", "p"):
        named = any(_RELATED_CLASS.search(c) for c in (el.get("class") or "").split())
        if named and el.find(".//a") is not None and len(_text_of(el)) <= 400:
            log.debug("a link to another story: %s", _text_of(el))
            out.append(el)
    return out


def _other_language(tree: etree._Element) -> list[etree._Element]:
    """Blocks the markup marks as in another language, with no Hangul in them, on a page whose story is in
    Korean (a news agency's English paragraph before each Korean one, ``<p lang="en">``; an original's tab,
    ``<section lang="en">``, before its translation): the same story told again, for another reader."""
    marked = [
        el
        for el in tree.iter("p", "div", "section", "blockquote", "li")
        if (lang := (el.get("lang") or el.get("{http://www.w3.org/XML/1998/namespace}lang") or "").lower())
        and not lang.startswith("ko")
        and not rules.HANGUL.search(_text_of(el))
    ]
    inside = {d for el in marked for d in el.iter()}
    korean = [
        p for p in tree.iter("p") if p not in inside and is_sentence(_text_of(p)) and rules.HANGUL.search(_text_of(p))
    ]
    if marked and len(korean) >= 2:
        log.debug("%d blocks in another language left out", len(marked))
        return marked
    return []


def _unmarked_captions(tree: etree._Element) -> list[etree._Element]:
    """Captions the markup does not name: a paragraph right under a photo in a paragraph of its own (``<p><img></p>``
    over ``<p>... 촉구하고 있다.</p>``), or after the photo in its own paragraph (``<p><img><br>...</p>``),
    that describes a scene in one sentence (:func:`~newsread.ingest.rules.is_photo_sentence`) or in a
    noun phrase (``남산 산책로.``)."""

    def describes(el: etree._Element) -> bool:
        text = _text_of(el)
        # (a noun phrase with its full stop: a subheading under a photo has none)
        return 0 < len(text) <= 200 and (rules.is_photo_sentence(text) or (not is_sentence(text) and text[-1] == "."))

    out = []
    for el in tree.iter("p"):
        if el.find(".//img") is not None:
            if describes(el):
                out.append(el)  # <p><img><br>caption</p>
            continue
        before = el.getprevious()
        photo = before is not None and before.tag == "p" and not _text_of(before) and before.find(".//img") is not None
        if photo and describes(el):
            out.append(el)  # <p><img></p> over <p>caption</p>
    return out


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


# <meta property="article:published_time">, <meta itemprop="datePublished">, <time datetime>: where a page
# states its date in full, with the time of day and often its zone.
_PUBLISHED = frozenset(
    ("article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate", "date")
)


def _meta_content(tree: etree._Element, name: str) -> str:
    """The content of the page's ``<meta name=...>`` tag of ``name``, or ``""``."""
    return next((m.get("content") or "" for m in tree.iter("meta") if (m.get("name") or "").casefold() == name), "")


def _own_headline(tree: etree._Element | None, meta_title: str | None, data: list[tuple[str, Any]]) -> str | None:
    """``meta_title``, or where it is the headline of one of several articles at the top of the page's
    JSON-LD, the headline of the one the page shows in an ``<h1>`` (another story's data, the first
    script, is where trafilatura may take its title from)."""
    headlines = embedded.top_headlines(data)
    if tree is None or meta_title is None or len(headlines) < 2 or meta_title not in headlines:
        return meta_title
    shown = [_text_of(el) for el in tree.iter("h1")]
    if any(_similar(meta_title, h1) for h1 in shown if len(h1) >= 6):
        return meta_title
    return next((h for h in headlines if any(_similar(h, h1) for h1 in shown if len(h1) >= 6)), meta_title)


def _own_day(date: str, data: list[tuple[str, Any]], title: str | None) -> str:
    """``date``, as trafilatura read it, or where the page gives several articles at the top of its
    JSON-LD and ``date``'s day is another's, the day of the one titled ``title`` (in Korean time)."""
    if title is None or len(embedded.top_headlines(data)) < 2:
        return date
    own = [iso for value in embedded.published_dates(data, title) if (iso := rules.iso_datetime(value))]
    days = {d for iso in own for d in (iso[:10], datetime.fromisoformat(iso).astimezone(_KOREA).date().isoformat())}
    if not own or date[:10] in days:
        return date
    return datetime.fromisoformat(own[0]).astimezone(_KOREA).date().isoformat()


def _stated_time(
    tree: etree._Element, day: str, data: list[tuple[str, Any]] | None = None, title: str | None = None
) -> str:
    """The page's ``day`` (``2026-12-01``) with the time its metadata states for it (meta tags, ``<time>``,
    the attribute its script reads, then JSON-LD's ``datePublished`` of the article titled ``title``), as an
    ISO datetime in the page's zone (``2026-12-01T15:05:00+09:00``; KST where it names none); ``day``
    where none does. ``data``: the page's :func:`~newsread.ingest.embedded.page_data`."""
    fields = (
        m.get("content")
        for m in tree.iter("meta")
        if (m.get("property") or m.get("name") or m.get("itemprop") or "").casefold() in _PUBLISHED
    )
    stated = [
        when
        for value in (*fields, *(t.get("datetime") for t in tree.iter("time")))
        if (when := rules.iso_datetime(value or "")) is not None
    ]
    same_day = [when for when in stated if when.startswith(day)]
    if same_day:
        # article:published_time in UTC, <time datetime> in Korean time: the same moment, said as the page shows it
        moment = datetime.fromisoformat(same_day[0])
        return next((w for w in stated if w.endswith(_KST) and datetime.fromisoformat(w) == moment), same_day[0])
    if shown := _shown_time(tree, day):
        return shown
    # (an AMP page's JSON-LD may be the only place that gives the time: its datePublished, last, in Korean
    # time as the page shows it; 2026-12-03T00:12:00Z is 09:12 there)
    data = embedded.page_data(tree) if data is None else data
    # (the day may be the one the data writes, 2026-12-02T22:30:00-02:00, the next day in Korea)
    in_data = (
        (when, datetime.fromisoformat(when).astimezone(_KOREA).isoformat())
        for value in embedded.published_dates(data, title)
        if (when := rules.iso_datetime(value)) is not None
    )
    return next((kst for when, kst in in_data if day in (when[:10], kst[:10])), day)


_KST = "+09:00"
_KOREA = timezone(timedelta(hours=9))
# The attribute a page's script reads its date from (<span data-date-time="2026-11-24 06:01:00">), not
# its update's (data-modify-date-time)
_DATE_ATTRIBUTE = re.compile(r"^data-(?!.*(?:modif|updat|edit|revis))(?:[a-z]+-)*(?:date|time)(?:-[a-z]+)*$")


def _shown_time(tree: etree._Element, day: str) -> str | None:
    """The time of ``day`` a page states where no meta tag nor ``<time>`` does: in the attribute its
    script reads it from (``<span data-date-time="2026-11-24 06:01:00">2026.11.24. 오전 6:01</span>``)."""
    body = tree.find(".//body")
    for el in body.iter() if body is not None else ():
        for name, value in el.attrib.items() if isinstance(el.tag, str) else ():
            if _DATE_ATTRIBUTE.match(name) and (when := rules.iso_datetime(value)) and when.startswith(day):
                return when
    return None


def _site_name(tree: etree._Element) -> str:
    return next((str(v) for v in tree.xpath('//meta[@property="og:site_name"]/@content')), "")


# What frames a site's name in its tab's title: ::: 한빛신문 :::, ★ 한빛뉴스 ★, [ 한빛일보 ]
_TITLE_FRAME = re.compile(r"^[\W_]+|[\W_]+$")


def _headline(tree: etree._Element | None, meta_title: str | None) -> str | None:
    """The story's headline: an ``<h1>`` that is not the site's logo, agreeing with the meta title.

    ``meta_title`` (``og:title`` or ``<title>``, as trafilatura read it) wins when no ``<h1>``
    agrees with it, unless it is only the site's name.
    """
    if tree is None:
        return meta_title
    if (board := _board_title(tree)) is not None:
        return board
    site = _site_name(tree)
    bare = _TITLE_FRAME.sub("", meta_title or "")  # ::: 산들신문 :::, [ 한빛일보 ]: the name in an old site's frame
    if meta_title and (len(meta_title) < 6 or (site and bare == site.strip()) or rules.is_outlet(bare)):
        # <title>한빛군민신문</title> on every page of an old site: the outlet's name, no headline
        meta_title = _tab_title(tree, site)
    h1s: list[tuple[str, bool]] = []
    sections: list[str] = []
    for el in tree.iter("h1"):
        text = _text_of(el)
        if len(text) >= 6 and text != site:
            if _section_name(tree, el):
                sections.append(text)
                continue
            inside = any(a.tag in ("article", "main") for a in el.iterancestors())
            h1s.append((text, inside))
    if meta_title and any(_similar(meta_title, s) for s in sections):
        meta_title = None  # the extractor's title is the section's name, from its <h1>
    if meta_title:
        shown = next((t for t, _ in h1s if _similar(t, meta_title)), None) or _shown_title(tree, meta_title)
        if not h1s and shown == meta_title and not _in_body(tree, meta_title):
            # <title>한빛읍소식 :: 뉴스</title>, shown nowhere: the site's and the section's names
            shown = _classed_headline(tree, site) or shown
        return _with_tag(shown, tree, meta_title, site)
    h1s.sort(key=lambda h: not h[1])
    if h1s:
        return _with_tag(h1s[0][0], tree, None, site)
    classed = _classed_headline(tree, site)
    return _with_tag(classed, tree, None, site) if classed else None


# Class names of a section's name over its stories: section-name, sec_title, cate, category, lnb_title...
_SECTION_CLASS = re.compile(r"(?:^|[-_])(?:section|sect|sec|cate|category|lnb|location|menu)(?:$|[-_])", re.IGNORECASE)


def _section_name(tree: etree._Element, h1: etree._Element) -> bool:
    """Whether an ``<h1>`` is the name of the section the story is in, over the story's headline in an
    ``<h2>`` (``<h1>부동산·건설·분양 종합뉴스</h1>`` ... ``<h2>수도권 아파트 입주 물량...</h2>``): an ``<h2>``
    stands between it and the story's first paragraph, and the ``<h1>`` is named a section's by its class
    or its box's, is a link or a menu's link's words, or stands outside the box that holds the ``<h2>``
    and the story, the ``<h2>`` over the story's paragraphs and not among them (a page's header over the
    story's own); not one the page's ``og:title`` gives, nor one whose words the story's lead says."""
    h2 = first = None
    for el in h1.xpath("following::h2 | following::p"):
        if h2 is None and el.tag == "h2" and len(_text_of(el)) >= 6 and rules.HANGUL.search(_text_of(el)):
            h2 = el
        elif el.tag == "p" and is_sentence(_text_of(el)):
            first = el
            break
    if h2 is None or first is None:
        return False
    text = _text_of(h1)
    metas = tree.xpath('//meta[@property="og:title" or @name="twitter:title"]/@content')
    if any(_similar(text, " ".join(str(t).split())) for t in metas):
        return False  # the page's data names it the headline
    boxes = [h1, *list(h1.iterancestors())[:2]]
    if any(_SECTION_CLASS.search(c) for b in boxes for c in (b.get("class") or "").split()):
        return True
    if h1.find(".//a") is not None or any(_text_of(a) == text for a in tree.iter("a")):
        return True
    if h2.getparent() is first.getparent():
        return False  # an <h2> among the story's paragraphs is its subheading, or its deck
    lead = _text_of(first)
    words = re.findall(r"[가-힣]{2,}", text)
    said = [w for w in words if w in lead or (len(w) > 2 and w[:-1] in lead)]
    if len(said) >= 2 and 2 * len(said) > len(words):
        # 한빛시 버스요금 동결 over a deck in the story's box and 한빛시가 ... 동결한다고 밝혔다: a section's
        # name names no one story, and the lead does not say most of its words (교통·환경·안전 종합뉴스 over
        # a lead on 교통 says one of four); this is the story's headline
        return False
    around_first = set(first.iterancestors())
    story_box = next((a for a in h2.iterancestors() if a in around_first), None)
    return story_box is not None and story_box.tag != "body" and story_box not in set(h1.iterancestors())


def _in_body(tree: etree._Element, text: str) -> bool:
    """Whether an element of the page's body shows ``text`` in full."""
    body = tree.find(".//body")
    return body is not None and " ".join(text.split()) in " ".join(body.text_content().split())


# The class a page names its headline's element with, where it has no <h1> for it (an old site's
# <td class="subject">, <div class="view_title">, <h2 class="headline"> under a section's name in <h1>;
# a Word document saved as HTML, <p class=MsoTitle>, its title style)
_HEADLINE_CLASS = re.compile(
    r"^(?:(?:view|article|art|news|post|entry|board|bbs|read|story|mso)[-_]?)?(?:subject|headline|title|tit)$",
    re.IGNORECASE,
)
_OFF_STORY = ("nav", "aside", "footer", "a", "li")


def _classed_headline(tree: etree._Element, site: str) -> str | None:
    """The first text of the page's body in an element its class names the headline's, where neither
    an ``<h1>`` nor the page's title gives it, else the first ``<h2>`` before the story's first
    paragraph: a headline of some length, not a link nor in a menu."""

    def headline(el: etree._Element) -> str | None:
        text = _text_of(el)
        if not 6 <= len(text) <= MAX_HEADING or not rules.HANGUL.search(text) or text == site or rules.is_outlet(text):
            return None
        if any(a.tag in _OFF_STORY for a in el.iterancestors()) or el.find(".//a") is not None:
            return None
        return text

    for el in tree.xpath("//body//*[@class]"):
        if any(_HEADLINE_CLASS.match(c) for c in el.get("class", "").split()) and (text := headline(el)):
            return text
    # else an <h2> over the story (<h1>부동산</h1> over <h2>수도권 아파트 ...</h2>): the first, before any paragraph
    for el in tree.xpath("//body//h2 | //body//p"):
        if el.tag == "p" and is_sentence(_text_of(el)):
            break
        if el.tag == "h2" and (text := headline(el)):
            return text
    return None


def _board_cell(tree: etree._Element, label: Callable[[str], object]) -> str | None:
    """The text of the cell a board's view labels so (``<th>제목</th><td>...</td>``), if any."""
    for th in tree.iter("th", "dt"):
        if not label(_text_of(th)):
            continue
        cell = th.getnext()
        text = _text_of(cell) if cell is not None and cell.tag in ("td", "dd") else ""
        if text and rules.HANGUL.search(text):
            return text
    return None


def _board_title(tree: etree._Element) -> str | None:
    """The title a board's view gives in its own cell (``<th>제목</th><td>새빛시, ...</td>``): a public
    office's or a school's press board, whose meta title is only the board's name."""
    text = _board_cell(tree, rules.title_label)
    return text if text is not None and len(text) >= 6 else None


_WRITER_LABEL = re.compile(r"^(?:작성자|글쓴이)$")


def _board_author(tree: etree._Element) -> str | None:
    """The person a board's view names in its writer's cell (``<th>작성자</th><td>함수빈</td>``)."""
    text = _board_cell(tree, _WRITER_LABEL.match)
    m = rules.AUTHOR_FIELD.match(f"작성자 {text}") if text else None
    return m["name"] if m and rules.is_person_name(m["name"]) else None


def _with_tag(shown: str, tree: etree._Element, meta_title: str | None, site: str) -> str:
    """The headline as the page shows it, with the tag the meta title or the page's ``<title>`` gives
    it first (``[인터뷰]``, ``[단독]``) where the page's ``<h1>`` leaves it out: the tag says what the
    story is, whichever source the headline came from (not the site's name in brackets)."""
    if rules.headline_tag(shown):
        return shown
    tab = " ".join((tree.findtext(".//title") or "").split())
    for title in [meta_title or "", *_TITLE_PARTS.split(tab)]:
        tag = rules.headline_tag(title)
        if tag and not rules.same_name(tag[1:-1], site) and _similar(title[len(tag) :].strip(), shown):
            return f"{tag} {shown}"
    return shown


_TITLE_PARTS = re.compile(r"\s+[-|–—:·]\s+")


def _tab_title(tree: etree._Element, site: str) -> str | None:
    """The headline in the page's ``<title>``, where the meta title was only the site's name
    (``<title>한빛스포츠 - 한빛FC, 홈 개막전서 2-1 역전승</title>``): its longest part that names
    no outlet, if the page's body shows that text on its own."""
    text = " ".join((tree.findtext(".//title") or "").split())
    parts = [p for p in _TITLE_PARTS.split(text) if not rules.is_outlet(p) and p.strip() != site.strip()]
    best = max(parts, key=len, default="")
    if len(best) < 6 or not rules.HANGUL.search(best):
        return None
    # the page shows it as it is (a board's title may differ from the tab's: then the lines decide)
    shown = tree.xpath("//body//*[normalize-space(.) = $t]", t=best)
    return best if shown else None


def _shown_title(tree: etree._Element, meta_title: str) -> str:
    """The headline as the page shows it, when ``meta_title`` adds the site's name to it.

    ``<title>[충북일보] 청주 도심...</title>`` over ``<b>청주 도심...</b>``: the longest text of
    an element in the page's body that makes up most of the meta title.
    """
    shown = tree.xpath(
        "//body//*[not(self::script or self::style or self::title or self::option)]"
        "[string-length(normalize-space(.)) >= $least and string-length(normalize-space(.)) < $most]",
        least=max(6, int(0.6 * len(meta_title))),
        most=len(meta_title),
    )
    texts = (_text_of(el) for el in shown)
    inside = [t for t in texts if t in meta_title and rules.HANGUL.search(t)]
    return max(inside, key=len, default=meta_title)


_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "figcaption",
    "figure",
    "blockquote",
    "dd",
    "dt",
    "table",
    "ul",
    "ol",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "button", "select", "form"}


def _fields_abut(before: etree._Element | None, el: etree._Element) -> bool:
    """Whether ``el`` is a field of an info line set right after another, with nothing between
    (``<span class="writer">길다온 기자</span><span class="date">등록 2027-06-14</span>``): the page's
    style sets them apart, and their words are not one."""
    return before is not None and not before.tail and all(e.tag == "span" and e.get("class") for e in (before, el))


def _cells_abut(before: etree._Element | None, el: etree._Element) -> bool:
    """Whether ``el`` is a table's cell right after another (``<th>항목</th><th>내용</th>``): two words."""
    return before is not None and not before.tail and {before.tag, el.tag} <= {"td", "th"}


def _label_cell(before: etree._Element | None, el: etree._Element) -> bool:
    """Whether ``el`` is the value after a row's label (``<tr><th>담당부서</th><td>일자리정책과</td></tr>``,
    ``<td>모집인원</td><td>120명</td>``): a row of two cells, the first a short label in words; run
    together they read as one word (담당부서일자리정책과)."""
    if before is None or before.tail or el.tag != "td" or before.tag not in ("th", "td"):
        return False
    row = el.getparent()
    label = _text_of(before)
    return (
        row is not None
        and len(row) == 2
        and 0 < len(label) <= 10
        and not any(ch.isdigit() for ch in label)
        and bool(_text_of(el))
    )


def page_text(page: str) -> str:
    """The visible text of an HTML page, one line per block element (no extraction)."""
    try:
        tree = lxml_html.fromstring(page)
    except (etree.ParserError, ValueError):
        return ""
    out: list[str] = []

    def walk(node: etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _SKIP_TAGS:
            if node.tail:
                out.append(node.tail)
            return
        if tag in _BLOCK_TAGS:
            out.append("\n")
        if node.text:
            out.append(node.text)
        before = None
        for child in node:
            if _label_cell(before, child):
                out.append(": ")
            elif _fields_abut(before, child) or _cells_abut(before, child):
                out.append(" ")
            walk(child)
            before = child
        if tag in _BLOCK_TAGS:
            out.append("\n")
        if node.tail:
            out.append(node.tail)

    walk(tree)
    lines = (" ".join(line.split()) for line in "".join(out).splitlines())
    return "\n".join(line for line in lines if line)


def _whole_text_in_one(doc: etree._Element, page: str) -> bool:
    """Whether trafilatura's content is one paragraph that runs three or more of the page's separate
    blocks together (what its last fallback gives a page of small boxes, a gallery's slides, where it
    finds no article): the lines the page set apart are lost there, and the page's own text keeps them."""
    main = doc.find("main")
    texts = [text for text, *_ in _segments(main if main is not None else doc)]
    if len(texts) != 1:
        return False
    apart = [line for line in page_text(page).splitlines() if len(line) >= 10 and line in texts[0]]
    return len(apart) >= 3


def _cut_before_headline(doc: etree._Element, page: str, title: str | None) -> None:
    """Where trafilatura's content is one paragraph that runs the page's menu and headline into the
    story under it (홈 정치 한빛시, 요금 동결 시는 동결한다.: its fallback, on a page whose only story is a
    short paragraph), that paragraph keeps only what follows the headline the page set apart."""
    main = doc.find("main")
    paras = list((main if main is not None else doc).iter("p"))
    head = " ".join((title or "").split())
    if len(paras) != 1 or len(head) < 6 or len(list(paras[0])):
        return
    text = " ".join((paras[0].text or "").split())
    at = text.find(head)
    rest = text[at + len(head) :].strip() if at >= 0 else ""
    if rest and head in (" ".join(line.split()) for line in page_text(page).splitlines()):
        paras[0].text = rest


def _whole_page(page: str, source: str | None) -> Article:
    """A page trafilatura finds nothing in: its visible text, read by the plain-text rules."""
    text = page_text(page)
    if not text.strip():
        raise InputError(f"{source or 'input'}: no article text found in this HTML page: save the article page itself")
    return structure(split_lines(text), source=source)


def _shows(visible: str, text: str) -> bool:
    """Whether the page's visible text has ``text`` in it: two of three pieces of it, from its start,
    its middle and its end (a body in a page's data may begin with what the page shows elsewhere; a
    paywalled page shows its lead and no more)."""
    text = " ".join(text.translate(_INVISIBLE).split())
    probes = [text[at : at + 30] for at in (0, len(text) // 3, 2 * len(text) // 3)]
    return sum(1 for p in probes if p and p in visible) >= 2


def _from_data(
    tree: etree._Element, page: str, name: str, data: list[tuple[str, Any]]
) -> tuple[str, embedded.Embedded] | None:
    """The page to read in place of ``page`` where the page does not show its story but carries it as
    data (JSON-LD's ``articleBody``, a Next.js page's state): that story, as a plain page."""
    found = embedded.embedded_article(tree, data)
    if found is not None and not _shows(" ".join(page_text(page).translate(_INVISIBLE).split()), found.text):
        log.info("%s: the story is in the page's data, not in its visible text: reading it from there", name)
        head = tree.find("head")
        parts = [lxml_html.tostring(el, encoding="unicode") for el in head] if head is not None else []
        return embedded.as_page(found, "".join(str(p) for p in parts)), found
    if found is None and embedded.client_rendered(tree) and _sentences(page) < 2:
        raise InputError(
            f"{name}: this page is drawn by JavaScript and the saved file holds no article text: save it from "
            "the browser once the article shows (Save Page As, complete), or paste the article's text into a .txt file"
        )
    return None


def _sentences(page: str) -> int:
    """How many lines of the page's visible text read as a sentence of some length."""
    return sum(1 for line in page_text(page).splitlines() if len(line) >= 30 and is_sentence(line))


# <iframe srcdoc="&lt;p&gt;...&lt;/p&gt;">: a frame drawing the page it holds, escaped, in its attribute
_SRCDOC = re.compile(
    r"<iframe\b[^>]*?\ssrcdoc\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)')[^>]*>(?:.*?</iframe\s*>)?",
    re.IGNORECASE | re.DOTALL,
)


def _frame_inline(m: re.Match[str]) -> str:
    """A frame's ``srcdoc`` with Korean in it, as the block of the page it shows (the body of the frame's
    page, without its head's style); the frame as it is otherwise (it is not read)."""
    doc = html.unescape(m["dq"] if m["dq"] is not None else m["sq"])
    if not rules.HANGUL.search(doc):
        return m.group()
    try:
        body = lxml_html.document_fromstring(doc).find("body")
    except (etree.ParserError, ValueError):
        return m.group()
    if body is None:
        return m.group()
    inner = "".join(lxml_html.tostring(child, encoding="unicode") for child in body)
    log.debug("a frame's srcdoc read as part of the page")
    return f"<div>{html.escape(body.text or '')}{inner}</div>"


def parse_html(page: str, *, source: str | None = None) -> Article:
    """The story of an HTML page: headline, subheadings and paragraphs."""
    return _parse_html(page, source=source, data=True)


def parse_feed(page: str, *, source: str | None = None) -> list[Article]:
    """Every story of a news feed saved as a page, one article per item, in the feed's order; a page
    that is no feed of several items is the one article :func:`parse_html` reads."""
    items = embedded.feed_stories(page)
    if len(items) < 2:
        return [parse_html(page, source=source)]
    return [_parse_html(embedded.as_page(item, ""), source=source, data=False) for item in items]


def _parse_html(page: str, *, source: str | None, data: bool) -> Article:
    """:func:`parse_html`; ``data``: whether to look for the story in the page's data (not in a page
    written out from it)."""
    import trafilatura

    name = source or "input"
    if data and (item := embedded.feed_item(page)) is not None:
        if (more := embedded.feed_items(page) - 1) > 0:
            # one file is one article: the feed's other stories are not read into this one
            log.warning("%s: a feed of %d stories; reading the first only: save each story alone", name, more + 1)
        return _parse_html(embedded.as_page(item, ""), source=source, data=False)
    # trafilatura wants a str without an XML encoding declaration; lxml refuses those on str input.
    page = re.sub(r"^\s*<\?xml[^>]*\?>", "", page)
    if "srcdoc" in page:
        page = _SRCDOC.sub(_frame_inline, page)
    try:
        tree: etree._Element | None = lxml_html.fromstring(page)
    except (etree.ParserError, ValueError):
        tree = None
    scripts = embedded.page_data(tree) if tree is not None else []  # (parsed once, read twice)
    if data and tree is not None and (shown := _from_data(tree, page, name, scripts)) is not None:
        article = _parse_html(shown[0], source=source, data=False)
        if article.author is None and shown[1].author:
            article = dataclasses.replace(article, author=_author(shown[1].author, _site_name(tree)))
        return article
    shown_page = _story_markup(tree) if tree is not None else page
    xml = trafilatura.extract(
        shown_page,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_formatting=False,
        include_links=False,
        favor_recall=True,
        # On a very large page the fallback extractors' second opinion costs more than it brings.
        fast=len(page) > 500_000,
        deduplicate=False,
        # Only a date the page states (meta tags, time elements): no guessing from numbers in the text.
        date_extraction_params={"extensive_search": False, "original_date": True},
        # An author field that names the outlet is passed over: trafilatura then looks for the
        # byline in the page (class="byline", "author"...).
        author_blacklist={*rules.outlet_names(), *([_site_name(tree)] if tree is not None else [])},
    )
    if not xml:
        log.info("%s: no main content found by trafilatura; reading the page's text", name)
        return _not_a_list(_whole_page(page, source), tree, name)
    doc = etree.fromstring(xml.encode("utf-8"))
    meta = Meta()
    meta.page_author = _author(doc.get("author") or "", doc.get("sitename") or "")
    if meta.page_author is None and tree is not None:
        # trafilatura passes over a bare name in the author tag (도하린, a feed's <author><name>)
        meta.page_author = _author(_meta_content(tree, "author"), doc.get("sitename") or "")
    title = _headline(tree, _own_headline(tree, doc.get("title") or None, scripts))
    if date := doc.get("date"):
        date = _own_day(date, scripts, title)
        meta.date = _stated_time(tree, date[:10], scripts, title) if tree is not None else date[:10]
    if _whole_text_in_one(doc, shown_page):
        log.info("%s: trafilatura ran the page's blocks into one; reading the page's text", name)
        whole = structure(split_lines(page_text(shown_page)), source=source, title=title, meta=meta)
        if _day_only(whole.date):
            whole = _with_page_byline(whole, shown_page)
        return _not_a_list(whole, tree, name)
    _cut_before_headline(doc, shown_page, title)
    main = doc.find("main")
    bold = _bold_texts(tree) if tree is not None else set()
    lines = _in_page_order(_xml_lines(main if main is not None else doc, title, bold), page)
    if tree is not None:
        lines = _with_dropped_verdict(_with_dropped_headings(lines, tree, title), tree)
        lines = _stamp_entries(lines, tree)
    if not lines:
        raise InputError(f"{name}: no article text found in this HTML page: save the article page itself")
    article = _not_a_list(structure(lines, source=source, title=title, meta=meta), tree, name)
    if article.author is None and tree is not None and (writer := _board_author(tree)) is not None:
        article = dataclasses.replace(article, author=writer)
    if not (article.author and article.date) or _day_only(article.date):
        article = _with_page_byline(article, shown_page)
    if article.author is None and tree is not None and (nick := _blog_nick(tree, page, article)) is not None:
        article = dataclasses.replace(article, author=nick)  # the last resort: a name, not a person's
    return article


def _not_a_list(article: Article, tree: etree._Element | None, name: str) -> Article:
    """The article, unless what was found is the teasers of a list of links (a section's or the front
    page: each headline and its first line inside one ``<a>``; two paragraphs or more, two in three of
    them a link's text): that is no article, and the error says which page to save."""
    links = [_text_of(a) for a in tree.iter("a")] if tree is not None else []
    paras = [b.text for b in article.blocks if b.kind == "paragraph"]
    linked = sum(1 for p in paras if any(p in link for link in links))
    if len(paras) >= 2 and 3 * linked >= 2 * len(paras):
        raise InputError(
            f"{name}: this page is a list of links to articles (a section or front page), not an article: "
            "save the article's own page"
        )
    return article


# 입력 2026.03.06 / 기사입력 2026-03-06 / 등록일 : 26.03.06 / 작성 2026년 3월 6일: a byline's word for the
# day a story went out (not 수정, 업데이트: an update's), right before the day's figures
_PUBLISHED_WORD = r"(?:기사\s*)?(?:입력|등록|작성)(?:\s*(?:일시|일자|시간|일))?\s*[:：]?\s*"


def _published_on(shown: str, day: str) -> bool:
    """Whether the page's visible text ``shown`` gives ``day`` (``2026-03-06``) after a byline's
    word for the day the story went out (입력, 등록, 작성), not after an update's (수정)."""
    year, month, dd = day.split("-")
    figures = rf"(?:{year}|{year[2:]})\s*[.\-/년]\s*0?{int(month)}\s*[.\-/월]\s*0?{int(dd)}(?!\d)"
    return re.search(_PUBLISHED_WORD + figures, shown) is not None


def _day_only(date: str | None) -> bool:
    """Whether ``date`` is a day alone (``2026-12-10``), with no time of day."""
    return date is not None and len(date) == 10


def _with_page_byline(article: Article, page: str) -> Article:
    """The article, with the author a byline outside the extracted body names (a mobile page's
    ``채윤호 기자 | 입력 2026.05.08 12:00`` under the headline, a portal's ``배소율 기자(soyul@...)``
    under the body) and the date a line there gives (a board's ``작성일 26-10-08 14:20``), where the
    article has none: the page's visible text read by the plain-text rules, where they find the same
    story (the same first paragraph)."""
    ours = next((b.text for b in article.blocks if b.kind == "paragraph"), None)
    shown = page_text(page)
    try:
        whole = structure(split_lines(shown), source=article.source, quiet=True)
    except InputError:
        return article
    theirs = next((b.text for b in whole.blocks if b.kind == "paragraph"), None)
    if ours is None or theirs != ours:
        return article
    author, date = article.author or whole.author, article.date or whole.date
    if article.date and _day_only(article.date) and whole.date and whole.date[:10] != article.date:
        # a bare day read from the markup that is not the day the byline shows yields to the byline
        # where the byline says when the story went out (입력 2026.03.06: the markup's day was cut
        # short), or where the markup's day is its month's first: a day later than this machine's
        # clock (a Korean morning page on a clock still in yesterday's UTC) is cut to its month's
        # first there (2026.12.10 read on the 7th as 2026-12-01). An update's day (수정 2026.03.06)
        # is not the day the story was published, and the markup's day stands.
        same_month = article.date[:7] == whole.date[:7] and article.date.endswith("-01")
        if same_month or _published_on(shown, whole.date[:10]):
            date = whole.date[:10]
    if (author, date) != (article.author, article.date):
        log.debug("from the page outside the story's body: author %s, date %s", author, date)
    return dataclasses.replace(article, author=author, date=date)
