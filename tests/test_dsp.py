"""K-weighting by FFT and libsoxr resampling: the same results as the filters they replace."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import numpy as np
import pyloudnorm
import pytest
from scipy.signal import lfilter

from newsread.assemble import k_weight, k_weighting, resample


@pytest.mark.parametrize("rate", [16000, 22050, 24000, 44100, 48000])
def test_k_weighting_coefficients_are_pyloudnorms(rate: int) -> None:
    stages = list(pyloudnorm.Meter(rate)._filters.values())
    assert len(stages) == 2
    for (b, a), stage in zip(k_weighting(rate), stages, strict=True):
        np.testing.assert_allclose(b, stage.b, rtol=1e-12)
        np.testing.assert_allclose(a, stage.a, rtol=1e-12)
        assert stage.passband_gain == 1.0


@pytest.mark.parametrize("n", [1, 100, 17_640, 250_000, 700_001])  # shorter and longer than one FFT block
def test_k_weight_equals_running_the_biquads(n: int) -> None:
    rng = np.random.default_rng(n)
    x = (0.2 * rng.standard_normal(n)).astype(np.float32)
    ref = x.astype(np.float64)
    for b, a in k_weighting(44100):
        ref = lfilter(b, a, ref)
    y = k_weight(x, 44100)
    assert y.dtype == np.float32 and len(y) == n
    np.testing.assert_allclose(y, ref, atol=1e-6)


@pytest.mark.parametrize(("src", "dst"), [(24000, 44100), (22050, 44100), (48000, 44100), (16000, 24000)])
def test_resample_length_and_accuracy(src: int, dst: int) -> None:
    for n in (1, 7, 1000, src + 3):
        assert len(resample(np.zeros(n, dtype=np.float32), src, dst)) == -(-n * dst // src)
    t = np.arange(src) / src
    tone = np.sin(2 * np.pi * 1000 * t).astype(np.float32)
    out = resample(tone, src, dst)
    ref = np.sin(2 * np.pi * 1000 * np.arange(len(out)) / dst)
    edge = dst // 20
    assert np.abs(out[edge:-edge] - ref[edge:-edge]).max() < 1e-3


def test_a_render_does_not_import_scipy_signal() -> None:
    # importing scipy.signal costs 1.5-2 s: rendering and streaming must not need it
    code = textwrap.dedent(
        """
        import sys
        import numpy as np
        import newsread
        from newsread.engines.base import Engine
        from newsread.pipeline import stream_audio
        from newsread.settings import Settings
        from newsread.types import Article, Block
        class Tone(Engine):
            name, sample_rate, max_chars = "tone", 24000, 1000
            def synthesize(self, texts, *, rate=1.0):
                for _ in texts:
                    yield (0.3 * np.sin(np.arange(24000) * 0.1)).astype(np.float32)
        text = "정부가 예산을 확정했다. 국회는 심의한다."
        art = Article(text=text, title="", blocks=(Block("paragraph", text, 0, len(text)),))
        settings = Settings(use_cache=False)
        next(stream_audio(art, settings, engine=Tone()))
        episode = newsread.read(art, settings, engine=Tone())
        assert episode.audio.any()
        print("scipy.signal" in sys.modules)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "False"


def test_loudness_of_clips_equals_loudness_of_them_joined() -> None:
    # an episode is measured clip by clip without being joined; the result must not change
    from newsread.assemble import loudness

    rng = np.random.default_rng(7)
    sizes = [0, 5, 300_000, 0, 44_099, 262_000, 1, 90_000, 400_000]  # across FFT blocks and hops
    clips = [(rng.standard_normal(n) * rng.uniform(0.01, 0.3)).astype(np.float32) for n in sizes]
    joined = np.concatenate(clips)
    assert loudness(clips, 44100) == pytest.approx(loudness(joined, 44100), abs=1e-9)
    assert loudness(joined, 44100) == pytest.approx(
        pyloudnorm.Meter(44100).integrated_loudness(joined.astype(np.float64)), abs=0.01
    )
    assert loudness([np.zeros(50_000, dtype=np.float32), np.zeros(0, dtype=np.float32)], 44100) == float("-inf")


def test_level_replaces_clips_in_place_and_the_tape_joins_them() -> None:
    from newsread.assemble import level
    from newsread.pipeline import _Tape

    rng = np.random.default_rng(3)
    clips = [(0.05 * rng.standard_normal(n)).astype(np.float32) for n in (30_000, 0, 70_000)]
    pauses = [np.zeros(n, dtype=np.float32) for n in (0, 441, 882)]
    before = [c.copy() for c in clips]
    out = level(clips, 44100, -16.0, -1.0)
    assert out is clips
    assert not np.array_equal(clips[0], before[0]) and len(clips[1]) == 0
    expected = np.concatenate([x for pair in zip(pauses, clips, strict=True) for x in pair] + [np.zeros(10)])
    tape = _Tape()
    for pause, clip in zip(pauses, clips, strict=True):
        tape.append(pause)
        assert tape.append(clip) == tape.length
    joined = tape.finish(10)
    np.testing.assert_array_equal(joined, expected)
    assert joined.dtype == np.float32
