"""Podcast feeds: a folder of articles becomes episodes and an incremental RSS feed.

    import newsread.feed
    result = newsread.feed.build("articles/", "site/", "https://example.com/podcast/")
    print(result.summary())

See :func:`build`.
"""

from __future__ import annotations

from newsread.feed.builder import FeedResult, build
from newsread.feed.config import FeedConfig, load_config

__all__ = ["FeedConfig", "FeedResult", "build", "load_config"]
