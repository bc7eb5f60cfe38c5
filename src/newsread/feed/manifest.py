"""The feed's memory between runs: one JSON file in SITE_DIR, written atomically.

For every article it keeps what makes a re-run incremental (the hash of the source file and
of the render settings), what must never change (slug, GUID, the first render time) and what
the feed needs without re-reading the article (title, description, date, duration, size).
"""

from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsread.export import atomic_path

log = logging.getLogger(__name__)

MANIFEST_NAME = ".newsread-feed.json"
MANIFEST_VERSION = 1


@dataclass(frozen=True)
class Entry:
    """One article of the feed.

    Attributes:
        source: the article's path relative to the articles folder (``/``-separated).
        slug: the name of its files under ``episodes/``.
        guid: the item GUID, fixed the first time the article is seen.
        source_hash: SHA-256 of the article file's bytes.
        render_key: hash of everything else that shapes the audio (settings, voice).
        first_rendered: ISO time of the first render: the pubDate when the article has no date.
        rendered: ISO time of the latest render.
        title, description: as shown in the feed.
        date: the article's own date (ISO, aware), if it has one.
        duration: seconds of audio; length: bytes of the MP3.
        removed: the article left the folder (kept so its slug and GUID are not reused).
    """

    source: str
    slug: str
    guid: str
    source_hash: str
    render_key: str
    first_rendered: str
    rendered: str
    title: str
    description: str
    date: str | None
    duration: float
    length: int
    removed: bool = False


@dataclass
class Manifest:
    updated: str | None = None
    entries: dict[str, Entry] = field(default_factory=dict)

    def slugs(self) -> set[str]:
        return {e.slug for e in self.entries.values()}


_ENTRY_FIELDS = {f.name for f in dataclasses.fields(Entry)}


def load_manifest(path: Path) -> Manifest:
    """The manifest at ``path``; an empty one when there is none or it cannot be used."""
    if not path.is_file():
        return Manifest()
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != MANIFEST_VERSION:
            raise ValueError(f"version {data.get('version')!r}, expected {MANIFEST_VERSION}")
        entries = {}
        for raw in data["entries"]:
            entry = Entry(**{k: v for k, v in raw.items() if k in _ENTRY_FIELDS})
            entries[entry.source] = entry
        return Manifest(updated=data.get("updated"), entries=entries)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        log.warning("feed manifest %s cannot be used (%s): every article will be rendered again", path, exc)
        return Manifest()


def save_manifest(path: Path, manifest: Manifest) -> None:
    """Write the manifest atomically (entries sorted by source, so unchanged runs write the same bytes)."""
    data = {
        "version": MANIFEST_VERSION,
        "updated": manifest.updated,
        "entries": [dataclasses.asdict(manifest.entries[k]) for k in sorted(manifest.entries)],
    }
    with atomic_path(path, suffix=".tmp") as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
