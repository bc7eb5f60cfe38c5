"""The show's description: ``feed.toml`` in the articles folder, overridden by options.

Its keys are the fields of :class:`FeedConfig`; ``newsread feed --help`` shows a ``feed.toml``
with every one of them. Every key is optional; an unknown key is an error that names it.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import re
import tomllib
from collections.abc import Collection
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from newsread.errors import InputError

CONFIG_NAME = "feed.toml"


@dataclass(frozen=True)
class FeedConfig:
    """What a podcast app shows about the show.

    Attributes:
        title: the show's name (default: the articles folder's name).
        description: one paragraph about the show (default: the title).
        author: ``itunes:author`` (and the owner's name).
        email: the owner's e-mail address (``itunes:owner``), optional.
        language: the language of the episodes, a BCP 47 tag.
        category: an Apple Podcasts category, e.g. ``News``, spelt as Apple lists it
            (``data/apple_categories.tsv``): Apple refuses a feed with any other.
        subcategory: a subcategory of that category, e.g. ``Daily News``, optional.
        image: the cover art: an ``http(s)://`` URL, or a file beside ``feed.toml`` that is
            copied into the site.
        explicit: whether the show contains explicit material.
        locked: ``podcast:locked``: ``true`` asks other podcast hosts to refuse to import the
            feed (``false`` allows it; unset writes no tag); the owner is ``email``.
        link: the show's website (default: the base URL).
        copyright: a copyright line, optional.
        voice: the voice the episodes are read in (``None``: the default voice).
        base_url: where SITE_DIR is served; the ``--base-url`` option takes precedence.
    """

    title: str | None = None
    description: str | None = None
    author: str = "newsread"
    email: str | None = None
    language: str = "ko"
    category: str = "News"
    subcategory: str | None = None
    image: str | None = None
    explicit: bool = False
    locked: bool | None = None
    link: str | None = None
    copyright: str | None = None
    voice: str | None = None
    base_url: str | None = None

    def __post_init__(self) -> None:
        check_category(self.category, self.subcategory)
        check_language(self.language)


_FIELDS = {f.name: f for f in dataclasses.fields(FeedConfig)}
_BOOL_KEYS = {"explicit", "locked"}


def load_config(path: Path | None, **overrides: Any) -> FeedConfig:
    """Read ``path`` (a ``feed.toml``; ``None`` or a missing file gives the defaults), then
    apply ``overrides`` whose value is not ``None``.

    Raises :class:`InputError` naming the file and the key for an unknown key, a value of
    the wrong type or a file that is not TOML.
    """
    data: dict[str, Any] = {}
    if path is not None and path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise InputError(f"{path} cannot be read as TOML: {exc}") from exc
        _check(data, str(path))
    extra = {k: v for k, v in overrides.items() if v is not None}
    _check(extra, "options")
    try:
        return FeedConfig(**{**data, **extra})
    except InputError as exc:
        raise InputError(f"{path if path is not None and path.is_file() else 'options'}: {exc}") from exc


def _check(data: dict[str, Any], where: str) -> None:
    for key, value in data.items():
        if key not in _FIELDS:
            allowed = ", ".join(sorted(_FIELDS))
            raise InputError(f"{where}: unknown key {key!r} in the feed config: allowed keys are {allowed}")
        wanted = bool if key in _BOOL_KEYS else str
        if not isinstance(value, wanted):
            raise InputError(f"{where}: {key} must be a {'true/false' if wanted is bool else 'string'}, not {value!r}")


# a BCP 47 tag: an ISO 639 language code, then subtags (script, region...) after hyphens
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def check_language(language: str) -> None:
    """:class:`InputError` unless ``language`` is a language tag (``ko``, ``ko-KR``).

    RSS ``<language>``, Apple Podcasts and the transcripts' ``language`` want a code, not a
    name: ``korean`` or ``한국어`` would leave apps without the show's language.
    """
    if not _LANGUAGE_TAG.fullmatch(language):
        raise InputError(f"language {language!r} is not a language tag: use a code such as ko or ko-KR")


@functools.cache
def apple_categories() -> dict[str, tuple[str, ...]]:
    """Apple Podcasts' categories, each with its subcategories (``data/apple_categories.tsv``)."""
    text = resources.files("newsread.feed").joinpath("data/apple_categories.tsv").read_text(encoding="utf-8")
    table: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, subs = line.partition("\t")
            table[name.strip()] = tuple(s.strip() for s in subs.split("|") if s.strip())
    return table


def check_category(category: str, subcategory: str | None) -> None:
    """:class:`InputError` unless ``category`` (and ``subcategory``, if given) is one Apple lists.

    Apple Podcasts matches the ``itunes:category`` text exactly and refuses a feed whose
    category is not on its list, so a misspelt one is caught here, with the nearest names.
    """
    table = apple_categories()
    if category not in table:
        raise InputError(f"category {category!r} is not an Apple Podcasts category: {_nearest(category, table)}")
    if subcategory is not None and subcategory not in table[category]:
        subs = table[category]
        if not subs:
            raise InputError(f"category {category!r} has no subcategories: leave subcategory out")
        raise InputError(f"subcategory {subcategory!r} is not one of {category!r}: {_nearest(subcategory, subs)}")


def _nearest(name: str, choices: Collection[str]) -> str:
    close = difflib.get_close_matches(name, list(choices), n=3, cutoff=0.5)
    if close:
        return "did you mean " + " or ".join(repr(c) for c in close) + "?"
    return "use one of " + ", ".join(choices)


def check_base_url(url: str | None) -> str:
    """``url`` as an absolute, ASCII ``http(s)`` URL ending in ``/``; :class:`InputError` otherwise."""
    if not url or not url.strip():
        raise InputError(
            "no base URL: pass --base-url https://example.com/podcast/ (the address SITE_DIR is served at) "
            "or set base_url in feed.toml"
        )
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise InputError(f"base URL {url!r} is not an absolute http(s) address such as https://example.com/podcast/")
    if any(c.isspace() for c in url):
        raise InputError(f"base URL {url!r} contains spaces: percent-encode them (%20)")
    if not url.isascii():
        url = _ascii_url(url)
    return url if url.endswith("/") else url + "/"


def _ascii_url(url: str) -> str:
    """``url`` with a non-ASCII host in IDNA form and non-ASCII path characters percent-encoded.

    Feed readers and Apple Podcasts take only ASCII URLs; a folder named 팟캐스트 in the base
    URL would otherwise reach every enclosure, transcript and chapters address as is.
    """
    parts = urlsplit(url)
    netloc = parts.netloc
    if not netloc.isascii():
        userinfo, at, hostport = netloc.rpartition("@")
        host, colon, port = hostport.partition(":")
        try:
            ascii_host = host.encode("idna").decode("ascii")
        except UnicodeError as exc:
            raise InputError(f"base URL {url!r} has a host name that cannot be written in ASCII: {exc}") from exc
        netloc = quote(userinfo, safe="%!$&'()*+,;=:-._~") + at + ascii_host + colon + port
    path = quote(parts.path, safe="/%!$&'()*+,;=:@-._~")
    return urlunsplit((parts.scheme, netloc, path, "", ""))
