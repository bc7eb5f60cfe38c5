"""The espeak-ng engine, loaded from the espeakng-loader wheel."""

from __future__ import annotations

import numpy as np

from newsread.engines import load_engine, unavailable
from newsread.voices import get_voice


def test_espeak_speaks_korean_at_its_rate() -> None:
    voice = get_voice("espeak-ko")
    assert unavailable(voice) is None
    engine = load_engine(voice)
    assert engine.fallback
    clips = list(engine.synthesize(["오늘 서울의 낮 기온은 십이 도입니다.", "안녕하세요."]))
    assert len(clips) == 2
    assert engine.sample_rate == 22050
    for clip in clips:
        assert clip.dtype == np.float32
        assert len(clip) > 0.3 * engine.sample_rate
        assert np.sqrt(np.mean(clip**2)) > 0.01  # not silence
        assert np.abs(clip).max() <= 1.0
    assert len(clips[0]) > len(clips[1])


def test_espeak_rate_changes_duration_not_sample_rate() -> None:
    engine = load_engine(get_voice("espeak-ko"))
    text = ["정부는 내년 예산을 육백칠십조 원 규모로 편성했다고 밝혔습니다."]
    normal = next(engine.synthesize(text, rate=1.0))
    fast = next(engine.synthesize(text, rate=2.0))
    assert 0.4 < len(fast) / len(normal) < 0.65
