"""The show's description: ``feed.toml`` in the articles folder, overridden by options.

Its keys are the fields of :class:`FeedConfig`; ``newsread feed --help`` shows a ``feed.toml``
with every one of them. Every key is optional; an unknown key is an error that names it.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

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
        category: an Apple Podcasts category, e.g. ``News``.
        subcategory: a subcategory of it, e.g. ``Daily News``, optional.
        image: the cover art: an ``http(s)://`` URL, or a file beside ``feed.toml`` that is
            copied into the site.
        explicit: whether the show contains explicit material.
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
    link: str | None = None
    copyright: str | None = None
    voice: str | None = None
    base_url: str | None = None


_FIELDS = {f.name: f for f in dataclasses.fields(FeedConfig)}
_BOOL_KEYS = {"explicit"}


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
    return FeedConfig(**{**data, **extra})


def _check(data: dict[str, Any], where: str) -> None:
    for key, value in data.items():
        if key not in _FIELDS:
            allowed = ", ".join(sorted(_FIELDS))
            raise InputError(f"{where}: unknown key {key!r} in the feed config: allowed keys are {allowed}")
        wanted = bool if key in _BOOL_KEYS else str
        if not isinstance(value, wanted):
            raise InputError(f"{where}: {key} must be a {'true/false' if wanted is bool else 'string'}, not {value!r}")


def check_base_url(url: str | None) -> str:
    """``url`` as an absolute ``http(s)`` URL ending in ``/``; :class:`InputError` otherwise."""
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
    return url if url.endswith("/") else url + "/"
