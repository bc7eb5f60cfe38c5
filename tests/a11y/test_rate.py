"""--rate end to end with the espeak engine: speech gets faster by the factor asked, pitch stays."""

from __future__ import annotations

import itertools
from functools import cache

import numpy as np
import pytest

import newsread
from newsread.episode import Episode
from newsread.settings import Settings
from newsread.types import Audio

ARTICLE_SENTENCES = "정부가 내년 예산을 확정했다. 국회는 다음 주에 예산안을 심의한다. 야당은 반대 입장을 밝혔다."


@cache
def _read(rate: float) -> Episode:
    from a11y.helpers import make_article

    article = make_article(("paragraph", ARTICLE_SENTENCES), title="")
    return newsread.read(article, Settings(voice="espeak-ko", rate=rate, use_cache=False))


def _speech_seconds(episode: Episode) -> float:
    return sum(t.end - t.start for t in episode.timings)


def _median_f0(audio: Audio, sr: int) -> float:
    """Median pitch of the voiced frames, by autocorrelation (75-400 Hz)."""
    frame, hop = int(0.04 * sr), int(0.01 * sr)
    lo, hi = int(sr / 400), int(sr / 75)
    energy_floor = 0.1 * np.max(np.abs(audio))
    pitches = []
    for start in range(0, len(audio) - frame, hop):
        x = audio[start : start + frame].astype(np.float64)
        if np.max(np.abs(x)) < energy_floor:
            continue
        x = x - x.mean()
        ac = np.correlate(x, x, "full")[frame - 1 :]
        if ac[0] <= 0:
            continue
        lag = lo + int(np.argmax(ac[lo:hi]))
        if ac[lag] / ac[0] > 0.5:  # clearly periodic: voiced
            pitches.append(sr / lag)
    assert len(pitches) > 20
    return float(np.median(pitches))


@pytest.mark.slow
@pytest.mark.parametrize("rate", [0.5, 1.5, 2.0, 2.5, 3.0])
def test_rate_is_honoured(rate: float) -> None:
    ratio = _speech_seconds(_read(1.0)) / _speech_seconds(_read(rate))
    assert ratio == pytest.approx(rate, rel=0.06)


@pytest.mark.slow
def test_faster_is_always_faster() -> None:
    seconds = [_speech_seconds(_read(r)) for r in (0.5, 1.0, 1.5, 2.0, 2.5, 3.0)]
    assert all(a > b for a, b in itertools.pairwise(seconds))


@pytest.mark.slow
def test_pitch_is_kept_at_2_5x() -> None:
    normal, fast = _read(1.0), _read(2.5)
    f0, f0_fast = _median_f0(normal.audio, normal.sample_rate), _median_f0(fast.audio, fast.sample_rate)
    # resampling to speed up would raise the pitch 2.5 times; the engine's own rate keeps it
    assert f0_fast == pytest.approx(f0, rel=0.15)
