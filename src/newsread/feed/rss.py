"""The RSS 2.0 document with the iTunes and Podcasting 2.0 namespaces.

Built with feedgen (RSS core, ``atom:link``, and its podcast extension for the ``itunes:``
elements). feedgen has no Podcasting 2.0 support and writes ``itunes:explicit`` only as
``yes``/``no``/``clean``, where Apple now wants ``true``/``false``: a small feedgen
extension here adds ``podcast:guid``, ``podcast:locked``, ``podcast:chapters``, ``podcast:transcript`` and the
``true``/``false`` ``itunes:explicit``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from newsread import __version__
from newsread.feed.chapters import CHAPTERS_MIME
from newsread.feed.config import FeedConfig

ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST_NS = "https://podcastindex.org/namespace/1.0"
ATOM_NS = "http://www.w3.org/2005/Atom"
#: the namespace of ``podcast:guid`` UUIDv5s, fixed by the Podcasting 2.0 namespace
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")

#: the most a show's or an episode's description may hold for Apple Podcasts, in UTF-8 bytes
DESCRIPTION_BYTES = 4000
ELLIPSIS = "…"

# characters XML 1.0 cannot carry at all
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def podcast_guid(feed_url: str) -> str:
    """``podcast:guid`` of a feed: UUIDv5 of its URL without the scheme and trailing slashes."""
    bare = re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*://", "", feed_url.strip()).rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


def xml_text(text: str) -> str:
    """``text`` without the control characters XML 1.0 forbids (everything else is escaped)."""
    return _NOT_XML.sub("", text)


def description_text(text: str, limit: int = DESCRIPTION_BYTES) -> str:
    """``text`` for a ``description``: XML-safe and at most ``limit`` bytes of UTF-8.

    A longer text (an article whose first paragraph is the whole story) is cut after the last
    sentence that fits, or else the last word, and ends with an ellipsis.
    """
    text = xml_text(text).strip()
    if len(text.encode("utf-8")) <= limit:
        return text
    room = limit - len(ELLIPSIS.encode("utf-8"))
    head = text.encode("utf-8")[:room].decode("utf-8", "ignore")
    cut = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
    if cut > 0:
        return head[: cut + 1] + " " + ELLIPSIS
    space = head.rfind(" ")
    return (head[:space] if space > 0 else head).rstrip() + ELLIPSIS


@dataclass(frozen=True)
class Channel:
    """The show, as it appears in the channel element."""

    config: FeedConfig
    title: str
    description: str
    link: str
    feed_url: str
    image_url: str | None
    last_build: datetime


@dataclass(frozen=True)
class Item:
    """One episode in the feed."""

    title: str
    description: str
    guid: str
    pub_date: datetime
    audio_url: str
    length: int
    duration: int
    chapters_url: str
    transcript_url: str
    json_transcript_url: str | None = None
    language: str = "ko"


class _PodcastExtension(BaseExtension):  # type: ignore[misc]
    """Channel-level Podcasting 2.0 elements and a true/false ``itunes:explicit``."""

    def __init__(self) -> None:
        self.guid: str | None = None
        self.explicit: bool | None = None
        self.locked: bool | None = None
        self.owner: str | None = None

    def extend_ns(self) -> dict[str, str]:
        return {"podcast": PODCAST_NS, "itunes": ITUNES_NS}

    def extend_rss(self, feed: Any) -> Any:
        channel = feed[0]
        if self.explicit is not None:
            etree.SubElement(channel, f"{{{ITUNES_NS}}}explicit").text = "true" if self.explicit else "false"
        if self.guid is not None:
            etree.SubElement(channel, f"{{{PODCAST_NS}}}guid").text = self.guid
        if self.locked is not None:
            attrs = {"owner": self.owner} if self.owner else {}
            etree.SubElement(channel, f"{{{PODCAST_NS}}}locked", attrs).text = "yes" if self.locked else "no"
        return feed


class _PodcastEntryExtension(BaseEntryExtension):  # type: ignore[misc]
    """Item-level ``podcast:chapters`` and ``podcast:transcript`` (WebVTT, then JSON)."""

    def __init__(self) -> None:
        self.chapters_url: str | None = None
        self.transcript_url: str | None = None
        self.json_transcript_url: str | None = None
        self.language: str | None = None

    def extend_rss(self, entry: Any) -> Any:
        if self.chapters_url:
            etree.SubElement(entry, f"{{{PODCAST_NS}}}chapters", url=self.chapters_url, type=CHAPTERS_MIME)
        # WebVTT first: the format Apple Podcasts ingests and the one apps prefer
        for url, mime in ((self.transcript_url, "text/vtt"), (self.json_transcript_url, "application/json")):
            if url:
                attrs = {"url": url, "type": mime}
                if self.language:
                    attrs["language"] = self.language
                etree.SubElement(entry, f"{{{PODCAST_NS}}}transcript", attrs)
        return entry


def render_rss(channel: Channel, items: Sequence[Item]) -> bytes:
    """The feed document (UTF-8, with an XML declaration); items in the order given."""
    cfg = channel.config
    fg = FeedGenerator()
    fg.load_extension("podcast")
    fg.register_extension("podcast2", _PodcastExtension, _PodcastEntryExtension)
    fg.title(xml_text(channel.title))
    # feedgen takes the last link for the RSS <link>: the self link goes first
    fg.link(href=channel.feed_url, rel="self", type="application/rss+xml")
    fg.link(href=channel.link, rel="alternate")
    fg.description(description_text(channel.description))
    fg.language(cfg.language)
    fg.generator("newsread", version=__version__)
    fg.lastBuildDate(channel.last_build)
    if cfg.copyright:
        fg.copyright(xml_text(cfg.copyright))
    itunes = fg.podcast
    itunes.itunes_author(xml_text(cfg.author))
    itunes.itunes_summary(description_text(channel.description))
    itunes.itunes_type("episodic")
    category = {"cat": cfg.category, **({"sub": cfg.subcategory} if cfg.subcategory else {})}
    itunes.itunes_category(category)
    if cfg.email:
        itunes.itunes_owner(name=xml_text(cfg.author), email=cfg.email)
    if channel.image_url:
        itunes.itunes_image(channel.image_url)
        fg.image(url=channel.image_url, title=xml_text(channel.title), link=channel.link)
    fg.podcast2.explicit = cfg.explicit
    fg.podcast2.guid = podcast_guid(channel.feed_url)
    fg.podcast2.locked = cfg.locked
    fg.podcast2.owner = cfg.email
    for item in items:
        fe = fg.add_entry(order="append")
        fe.title(xml_text(item.title))
        fe.description(description_text(item.description))
        fe.guid(item.guid, permalink=False)
        fe.pubDate(item.pub_date)
        fe.enclosure(item.audio_url, str(item.length), "audio/mpeg")
        fe.podcast.itunes_duration(item.duration)
        fe.podcast.itunes_episode_type("full")
        fe.podcast2.chapters_url = item.chapters_url
        fe.podcast2.transcript_url = item.transcript_url
        fe.podcast2.json_transcript_url = item.json_transcript_url
        fe.podcast2.language = item.language
    data: bytes = fg.rss_str(pretty=True, encoding="UTF-8", xml_declaration=True)
    return data
