"""Whether a document is a saved news feed: the one check the reader and the feed builder share.

A feed is an XML document whose first element is RSS 2.0's ``<rss>``, Atom's ``<feed>`` or RSS 1.0's
``<rdf:RDF>``, with any namespace prefix (``<atom:feed>``), past any prolog however long (its
declaration, comments, a doctype, processing instructions).
"""

from __future__ import annotations

import io
from typing import IO

from lxml import etree

#: the local names of a saved news feed's root element (RSS 2.0, Atom, RSS 1.0's rdf:RDF)
FEED_ROOTS = frozenset({"rss", "feed", "RDF"})


def root_name(source: bytes | str | IO[bytes]) -> str:
    """The local name of the first element of the XML document ``source`` (``feed`` for ``<atom:feed>``),
    empty where there is none. Only the start of the document is parsed; its entities are not expanded,
    nothing is fetched."""
    if isinstance(source, str):
        source = source.encode("utf-8")
    fh = io.BytesIO(source) if isinstance(source, bytes) else source
    events = etree.iterparse(fh, events=("start",), recover=True, resolve_entities=False, no_network=True)
    try:
        for _, el in events:
            tag = el.tag if isinstance(el.tag, str) else ""
            return tag.rpartition("}")[2].rpartition(":")[2]
    except etree.XMLSyntaxError:
        pass
    return ""


def is_feed(source: bytes | str | IO[bytes]) -> bool:
    """Whether ``source`` is a saved news feed (RSS 2.0, RSS 1.0, Atom, any prefix)."""
    return root_name(source) in FEED_ROOTS
