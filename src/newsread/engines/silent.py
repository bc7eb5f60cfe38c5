"""An engine that speaks silence of a fixed length: for tests and dry runs.

Durations, pauses and chapter times can then be asserted exactly.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

from newsread.devices import cpu_only
from newsread.engines.base import Engine, EngineIdentity, Voice
from newsread.types import Audio


class SilentEngine(Engine):
    name = "silent"
    max_chars = 10_000

    def __init__(self, seconds: float = 1.0, sample_rate: int = 24000) -> None:
        self.seconds = seconds
        self.sample_rate = sample_rate

    def synthesize(self, texts: Sequence[str], *, rate: float = 1.0) -> Iterator[Audio]:
        n = round(self.seconds / rate * self.sample_rate)
        for _ in texts:
            yield np.zeros(n, dtype=np.float32)

    def cache_key(self) -> str:
        return f"silent:{self.seconds}:{self.sample_rate}"


def _settings(voice: Voice) -> tuple[float, int]:
    return float(voice.options.get("seconds", 1.0)), int(voice.options.get("sample_rate", 24000))


def load(voice: Voice, device: str = "auto") -> SilentEngine:
    cpu_only("silent", device)
    seconds, sample_rate = _settings(voice)
    return SilentEngine(seconds=seconds, sample_rate=sample_rate)


def identity(voice: Voice) -> EngineIdentity:
    """What :func:`load` will give, without making it."""
    seconds, sample_rate = _settings(voice)
    return EngineIdentity(SilentEngine.name, sample_rate, SilentEngine.max_chars, f"silent:{seconds}:{sample_rate}")
