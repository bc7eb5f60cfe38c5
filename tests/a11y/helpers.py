"""Helpers for the accessibility tests: an engine with known timings, tricky articles, Chromium."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

import newsread
from conftest import ROOT, make_article
from newsread.engines.base import Engine
from newsread.episode import Episode
from newsread.settings import Settings
from newsread.types import Article, Audio, Script

__all__ = ["ROOT", "make_article"]

CHROMIUM = Path(os.environ.get("NEWSREAD_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("NEWSREAD_CHROMEDRIVER", "/usr/bin/chromedriver"))


class ToneEngine(Engine):
    """A constant non-zero level for a time proportional to the text's length.

    Sentences get different lengths, and every voiced sample is non-zero, so a test can tell
    from the samples alone where each sentence lies in the assembled audio.
    """

    name = "tone"
    max_chars = 10_000

    def __init__(self, per_char: float = 0.02, sample_rate: int = 44100) -> None:
        self.per_char = per_char
        self.sample_rate = sample_rate

    def synthesize(self, texts: Sequence[str], *, rate: float = 1.0) -> Iterator[Audio]:
        for text in texts:
            n = round(len(text) * self.per_char / rate * self.sample_rate)
            yield np.full(n, 0.1, dtype=np.float32)


SETTINGS = Settings(use_cache=False, loudness=None, sample_rate=44100)


def read_tone(article: Article | Sequence[Article], per_char: float = 0.02) -> Episode:
    sources = [article] if isinstance(article, Article) else list(article)
    return newsread.read(sources, SETTINGS, engine=ToneEngine(per_char))


def tricky_article() -> Article:
    return make_article(
        ("title", '정부 <b>예산</b> & "확정" </script><script>alert(1)</script>'),
        ("paragraph", "정부가 내년 예산 3개를 확정했다. 국회는 다음 주에 <i>심의</i>한다 --> 곧."),
        ("paragraph", "야당은 반대 입장을 밝혔다."),
        ("heading", "쟁점은 'A&B' 복지 예산"),
        ("paragraph", "복지 예산이 가장 큰 쟁점이다. 여야의 입장 차가 크다."),
    )


def axe_script() -> Path | None:
    """axe-core's ``axe.min.js`` (npm package ``axe-core``), if it is installed."""
    env = os.environ.get("NEWSREAD_AXE_JS")
    candidates = [Path(env)] if env else []
    candidates.append(ROOT / "node_modules" / "axe-core" / "axe.min.js")
    return next((p for p in candidates if p.is_file()), None)


def without_chapters(episode: Episode) -> Episode:
    """The same reading with no chapters at all (a script a caller built by hand may have none)."""
    return Episode(
        script=Script(episode.script.articles, episode.script.sentences, ()),
        audio=episode.audio,
        sample_rate=episode.sample_rate,
        timings=episode.timings,
        chapters=(),
        voice="v",
        engine="e",
    )
