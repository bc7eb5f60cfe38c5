"""newsread: Korean news articles read aloud as chaptered MP3s."""

from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

from newsread.episode import Episode  # noqa: E402
from newsread.normalize import normalize  # noqa: E402
from newsread.pipeline import plan, read, stream, stream_audio  # noqa: E402
from newsread.settings import Settings  # noqa: E402

__all__ = ["Episode", "Settings", "__version__", "normalize", "plan", "read", "stream", "stream_audio"]
