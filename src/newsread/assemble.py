"""Assemble: sentence audio → one programme, with pauses, timings and loudness.

The pause before a sentence depends on the boundary it follows (sentence, paragraph,
section, article). Every sentence's start and end in the result are recorded exactly, and a
chapter starts where its first sentence starts. Loudness is brought to the podcast target
(−16 LUFS integrated by default) with the true peak held under −1 dBTP by a look-ahead
limiter.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from math import gcd

import numpy as np
from scipy.ndimage import maximum_filter1d, uniform_filter1d
from scipy.signal import resample_poly

from newsread.settings import Settings
from newsread.types import Audio, Break, ChapterMark, Script, Segment, Sentence, Timing

_LIMIT_LOOKAHEAD = 0.005  # seconds


def resample(audio: Audio, src_rate: int, dst_rate: int) -> Audio:
    """Polyphase resampling (exact length ``round(len * dst / src)``)."""
    if src_rate == dst_rate or len(audio) == 0:
        return audio.astype(np.float32, copy=False)
    g = gcd(src_rate, dst_rate)
    out = resample_poly(audio.astype(np.float64), dst_rate // g, src_rate // g)
    return np.asarray(out, dtype=np.float32)


def pause_seconds(kind: Break, settings: Settings) -> float:
    return {
        "none": 0.0,
        "sentence": settings.sentence_pause,
        "paragraph": settings.paragraph_pause,
        "section": settings.section_pause,
        "article": settings.article_pause,
    }[kind]


@dataclass(frozen=True)
class Piece:
    """One sentence placed in the programme: the silence before it, then its audio."""

    sentence: Sentence
    pause: Audio
    audio: Audio
    timing: Timing


def place(script: Script, segments: Iterable[Segment], settings: Settings) -> Iterator[Piece]:
    """Lay sentences out one after another, yielding each as soon as its audio arrives."""
    sr = settings.sample_rate
    pos = 0
    for seg in segments:
        sentence = script.sentences[seg.index]
        gap = settings.lead_in if seg.index == 0 else pause_seconds(sentence.pause_before, settings)
        pause = np.zeros(round(gap * sr), dtype=np.float32)
        audio = resample(seg.audio, seg.sample_rate, sr)
        start = pos + len(pause)
        end = start + len(audio)
        pos = end
        yield Piece(sentence, pause, audio, Timing(start / sr, end / sr))


def chapter_marks(script: Script, timings: list[Timing], total: float) -> tuple[ChapterMark, ...]:
    marks: list[ChapterMark] = []
    for i, ch in enumerate(script.chapters):
        start = timings[ch.first_sentence].start if i else 0.0
        nxt = script.chapters[i + 1].first_sentence if i + 1 < len(script.chapters) else None
        end = timings[nxt].start if nxt is not None else total
        marks.append(ChapterMark(ch.title, start, end, ch.first_sentence))
    return tuple(marks)


def loudness(audio: Audio, sample_rate: int) -> float:
    """Integrated loudness (ITU-R BS.1770 via pyloudnorm) in LUFS; ``-inf`` for silence."""
    import pyloudnorm

    if len(audio) < int(0.4 * sample_rate) or not np.any(audio):
        return float("-inf")
    return float(pyloudnorm.Meter(sample_rate).integrated_loudness(audio.astype(np.float64)))


def true_peak_db(audio: Audio, sample_rate: int) -> float:
    """True peak in dBTP, measured on a 4× oversampled signal (BS.1770-4 Annex 2)."""
    if not np.any(audio):
        return float("-inf")
    up = resample_poly(audio.astype(np.float64), 4, 1)
    return float(20 * np.log10(np.max(np.abs(up))))


def limit(audio: Audio, sample_rate: int, ceiling_dbtp: float) -> Audio:
    """A look-ahead peak limiter holding the true peak (4× oversampled) under the ceiling."""
    ceiling = 10 ** (ceiling_dbtp / 20) * 0.97  # margin for inter-sample peaks the estimate misses
    out = audio.astype(np.float32, copy=True)
    win = max(int(_LIMIT_LOOKAHEAD * sample_rate), 1)
    for _ in range(4):
        peak = np.abs(resample_poly(out, 4, 1)).reshape(-1, 4).max(axis=1)
        if peak.max(initial=0.0) <= ceiling:
            break
        need = np.minimum(1.0, ceiling / np.maximum(peak, 1e-12)).astype(np.float32)
        gain = -maximum_filter1d(-need, size=2 * win + 1)  # minimum over the look-ahead window
        gain = np.minimum(uniform_filter1d(gain, size=win), need)  # smoothed, never above need
        out *= gain
    return out


def level(clips: list[Audio], sample_rate: int, target_lufs: float, ceiling_dbtp: float) -> list[Audio]:
    """Bring ``clips`` together to ``target_lufs`` (one gain for all), limiting each clip's peaks.

    Loudness is measured over all clips as one programme; the limiter works clip by clip,
    which keeps memory small (the silence between clips has no peaks to limit).
    """
    voiced = [c for c in clips if len(c)]
    if not voiced:
        return clips
    lufs = loudness(np.concatenate(voiced), sample_rate)
    if not np.isfinite(lufs):
        return clips
    gain = np.float32(10 ** ((target_lufs - lufs) / 20))
    return [limit(c * gain, sample_rate, ceiling_dbtp) if len(c) else c for c in clips]


def normalize_loudness(audio: Audio, sample_rate: int, target_lufs: float, ceiling_dbtp: float) -> Audio:
    """One clip brought to ``target_lufs`` with its true peak under ``ceiling_dbtp``."""
    return level([audio], sample_rate, target_lufs, ceiling_dbtp)[0]
