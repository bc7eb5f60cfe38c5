"""newsread: Korean news articles read aloud as chaptered MP3s."""

from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

from typing import TYPE_CHECKING, Any  # noqa: E402

from newsread.normalize import normalize  # noqa: E402
from newsread.settings import Settings  # noqa: E402

if TYPE_CHECKING:
    from newsread.episode import Episode
    from newsread.pipeline import plan, read, stream, stream_audio

#: imported on first use, so that a command can start loading a voice before the rest is imported
_LAZY = {
    "Episode": "newsread.episode",
    "plan": "newsread.pipeline",
    "read": "newsread.pipeline",
    "stream": "newsread.pipeline",
    "stream_audio": "newsread.pipeline",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = ["Episode", "Settings", "__version__", "normalize", "plan", "read", "stream", "stream_audio"]
