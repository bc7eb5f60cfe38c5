"""newsread: Korean news articles read aloud as chaptered MP3s."""

from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
