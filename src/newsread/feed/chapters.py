"""Podcasting 2.0 chapters (JSON chapters format, version 1.2.0) of an episode.

The times are the episode's chapter marks rounded to the millisecond, the resolution of the
ID3 CHAP frames in the MP3, so the two always agree.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsread.episode import Episode
from newsread.export import atomic_path

CHAPTERS_VERSION = "1.2.0"
CHAPTERS_MIME = "application/json+chapters"


def chapters_dict(episode: Episode) -> dict[str, Any]:
    """``{"version": "1.2.0", "chapters": [{"startTime", "endTime", "title"}, ...]}``."""
    return {
        "version": CHAPTERS_VERSION,
        "chapters": [
            {"startTime": round(c.start, 3), "endTime": round(c.end, 3), "title": c.title}
            for c in sorted(episode.chapters, key=lambda c: c.start)
        ],
    }


def write_chapters_json(episode: Episode, path: Path) -> None:
    """Write the chapters file atomically (UTF-8, non-ASCII kept as is)."""
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(chapters_dict(episode), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
