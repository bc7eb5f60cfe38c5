"""Assemble: sentence audio → one programme, with pauses, timings and loudness.

The pause before a sentence depends on the boundary it follows (sentence, paragraph,
section, article). Every sentence's start and end in the result are recorded exactly, and a
chapter starts where its first sentence starts. Loudness is brought to the podcast target
(−16 LUFS integrated by default) with the true peak held under −1 dBTP by a look-ahead
limiter.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from newsread.settings import Settings
from newsread.types import Audio, Break, ChapterMark, Script, Segment, Sentence, Timing

_LIMIT_LOOKAHEAD = 0.005  # seconds
_LEVEL_TOLERANCE = 0.1  # dB from the loudness target that levelling accepts
_LEVEL_ROUNDS = 4  # gain-and-limit rounds at most (the first one, then corrections)


def resample(audio: Audio, src_rate: int, dst_rate: int) -> Audio:
    """Resampled by libsoxr (high quality), exactly ``ceil(len * dst / src)`` samples long.

    libsoxr rather than scipy's polyphase filter: it is faster, and importing ``scipy.signal``
    costs 1.5-2 s, which every render and the first streamed audio would wait for.
    """
    if src_rate == dst_rate or len(audio) == 0:
        return audio.astype(np.float32, copy=False)
    import soxr

    out = np.asarray(soxr.resample(audio.astype(np.float32, copy=False), src_rate, dst_rate, quality="HQ"))
    n = -(-len(audio) * dst_rate // src_rate)
    if len(out) < n:
        out = np.pad(out, (0, n - len(out)))
    return out[:n].astype(np.float32, copy=False)


def _biquad(kind: str, gain_db: float, q: float, fc: float, rate: int) -> tuple[np.ndarray, np.ndarray]:
    """Audio EQ cookbook biquads, as pyloudnorm and BS.1770-4 (Annex 1) build the K-weighting."""
    a_ = 10 ** (gain_db / 40.0)
    w0 = 2.0 * np.pi * (fc / rate)
    alpha = np.sin(w0) / (2.0 * q)
    cos, root = np.cos(w0), np.sqrt(a_)
    if kind == "high_shelf":
        b = [
            a_ * ((a_ + 1) + (a_ - 1) * cos + 2 * root * alpha),
            -2 * a_ * ((a_ - 1) + (a_ + 1) * cos),
            a_ * ((a_ + 1) + (a_ - 1) * cos - 2 * root * alpha),
        ]
        a = [
            (a_ + 1) - (a_ - 1) * cos + 2 * root * alpha,
            2 * ((a_ - 1) - (a_ + 1) * cos),
            (a_ + 1) - (a_ - 1) * cos - 2 * root * alpha,
        ]
    else:  # high pass
        b = [(1 + cos) / 2, -(1 + cos), (1 + cos) / 2]
        a = [1 + alpha, -2 * cos, 1 - alpha]
    return np.asarray(b) / a[0], np.asarray(a) / a[0]


def k_weighting(rate: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """The two K-weighting stages (high shelf, then high pass) as (b, a) at ``rate``."""
    return [_biquad("high_shelf", 4.0, 1 / np.sqrt(2), 1500.0, rate), _biquad("high_pass", 0.0, 0.5, 38.0, rate)]


_IR_TAPS = 1 << 14  # the filters' impulse response has decayed below 1e-12 long before this


@lru_cache(maxsize=8)
def _k_spectrum(rate: int, n_fft: int) -> npt.NDArray[np.complex128]:
    """The spectrum of the K-weighting's impulse response, for FFTs of ``n_fft`` points."""
    h = np.zeros(_IR_TAPS)
    h[0] = 1.0
    for b, a in k_weighting(rate):  # direct form I, one stage after the other
        x, y = h, np.zeros(_IR_TAPS)
        b0, b1, b2 = (float(v) for v in b)
        a1, a2 = float(a[1]), float(a[2])
        x1 = x2 = y1 = y2 = 0.0
        for i, xi in enumerate(x.tolist()):
            yi = b0 * xi + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
            y[i] = yi
            x2, x1, y2, y1 = x1, xi, y1, yi
        h = y
    return np.fft.rfft(h, n_fft)


def k_weight(audio: Audio, sample_rate: int) -> Audio:
    """``audio`` through the K-weighting filters (float32), by FFT convolution in blocks.

    The same result as running the two biquads (to float32 precision) without importing
    ``scipy.signal``.
    """
    chunks = list(_k_weighted([audio], sample_rate))
    return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)


def _joined_blocks(clips: Sequence[Audio], size: int) -> Iterator[Audio]:
    """Consecutive blocks of ``size`` samples of ``clips`` played end to end (the last one may be
    shorter), copying one block at a time instead of the whole programme."""
    parts: list[Audio] = []
    have = 0
    for clip in clips:
        pos = 0
        while pos < len(clip):
            take = min(size - have, len(clip) - pos)
            parts.append(clip[pos : pos + take])
            have += take
            pos += take
            if have == size:
                yield np.concatenate(parts)
                parts, have = [], 0
    if have:
        yield np.concatenate(parts)


def _k_weighted(clips: Sequence[Audio], sample_rate: int) -> Iterator[Audio]:
    """``clips`` played end to end through the K-weighting filters, as consecutive float32 chunks.

    Overlap-add FFT convolution: each block's filtered tail is carried into the next block, so
    only a block or two is in memory at a time, however long the programme.
    """
    n = sum(len(c) for c in clips)
    if n == 0:
        return
    n_fft = min(1 << 18, 1 << (n + _IR_TAPS - 1).bit_length())
    block = n_fft - _IR_TAPS + 1
    spectrum = _k_spectrum(sample_rate, n_fft)
    carry = np.zeros(n_fft - block, dtype=np.float32)
    for piece in _joined_blocks(clips, block):
        y = np.fft.irfft(np.fft.rfft(piece, n_fft) * spectrum, n_fft).astype(np.float32)
        y[: len(carry)] += carry
        carry = y[block:]
        yield y[: len(piece)]


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
        start = timings[ch.first_sentence].start
        nxt = script.chapters[i + 1].first_sentence if i + 1 < len(script.chapters) else None
        end = timings[nxt].start if nxt is not None else total
        marks.append(ChapterMark(ch.title, start, end, ch.first_sentence))
    return tuple(marks)


def loudness(audio: Audio | Sequence[Audio], sample_rate: int) -> float:
    """Integrated loudness per ITU-R BS.1770-4 in LUFS; ``-inf`` for silence.

    ``audio`` may be a list of clips, measured as if played end to end without joining them
    (a long episode's clips are never copied into one array). The K-weighting filters are
    pyloudnorm's (built here, applied by FFT, see :func:`k_weight`); the gating is done with
    cumulative sums, because pyloudnorm gates block by block in Python loops (seconds for a
    long episode). Tests check both agree.
    """
    clips = [audio] if isinstance(audio, np.ndarray) else list(audio)
    hop = sample_rate // 10  # blocks of 400 ms every 100 ms (75% overlap)
    if sum(len(c) for c in clips) < 4 * hop or not any(np.any(c) for c in clips):
        return float("-inf")
    sums: list[npt.NDArray[np.float64]] = []
    rest = np.zeros(0, dtype=np.float32)
    length = 0
    for y in _k_weighted(clips, sample_rate):
        length += len(y)
        if len(rest):
            y = np.concatenate((rest, y))
        k = len(y) // hop
        square = np.square(y[: k * hop])
        sums.append(square.reshape(k, hop).sum(axis=1, dtype=np.float64))
        rest = y[k * hop :]
    hops = np.concatenate(sums)
    n_hops = len(hops)
    n_blocks = int(np.round((length / sample_rate - 0.4) / 0.1)) + 1
    # a 400 ms block is four hops; a last partial block (as pyloudnorm counts it) is cut short
    padded = np.concatenate((hops, np.zeros(4)))
    z = padded[:n_blocks] + padded[1 : n_blocks + 1] + padded[2 : n_blocks + 2] + padded[3 : n_blocks + 3]
    if len(rest) and n_blocks > n_hops - 3:  # the blocks that reach into the tail
        extra = float(np.square(rest).sum(dtype=np.float64))
        for j in range(max(n_hops - 3, 0), n_blocks):
            if j + 4 > n_hops:
                z[j] += extra
    z /= 4 * hop
    with np.errstate(divide="ignore"):
        blocks = -0.691 + 10 * np.log10(z)
    gated = z[blocks >= -70.0]
    if not len(gated):
        return float("-inf")
    relative = -0.691 + 10 * np.log10(gated.mean()) - 10.0
    final = z[(blocks > relative) & (blocks > -70.0)]
    return float(-0.691 + 10 * np.log10(final.mean())) if len(final) else float("-inf")


def _fractional_filters(taps: int = 16, phases: int = 4) -> npt.NDArray[np.float32]:
    """Windowed-sinc interpolators for the points 1/4, 2/4, 3/4 between two samples."""
    k = np.arange(taps) - taps // 2 + 1  # window covers x[i-7] .. x[i+8]
    rows = []
    for p in range(1, phases):
        frac = p / phases
        t = k - frac
        h = np.sinc(t) * np.kaiser(taps, 5.0)
        rows.append(h / h.sum())
    return np.asarray(rows, dtype=np.float32).T  # (taps, phases - 1)


_INTERP = _fractional_filters()


def true_peak_envelope(audio: Audio, floor: float = 0.0) -> Audio:
    """Per-sample true peak: the largest of |x[i]| and the 4× interpolated points after it.

    Interpolation (BS.1770-4 Annex 2 style, 16 taps a phase) is only computed where the
    sample peak exceeds ``floor``: inter-sample overshoot of speech is a few dB at most.
    """
    env = np.abs(audio)
    idx = np.flatnonzero(env > floor)
    if not len(idx):
        return env
    taps = _INTERP.shape[0]
    left = taps // 2 - 1
    padded = np.pad(audio, (left, taps - left))
    windows = np.lib.stride_tricks.sliding_window_view(padded, taps)[idx]
    between = np.abs(windows @ _INTERP).max(axis=1)
    env[idx] = np.maximum(env[idx], between)
    # the interval after x[i] ends at x[i+1]: both ends must be turned down for its peak
    nxt = idx + 1 < len(env)
    env[idx[nxt] + 1] = np.maximum(env[idx[nxt] + 1], between[nxt])
    return env


def true_peak_db(audio: Audio, sample_rate: int) -> float:
    """True peak in dBTP, measured on a 4× oversampled signal (BS.1770-4 Annex 2)."""
    if not np.any(audio):
        return float("-inf")
    from scipy.signal import resample_poly

    up = resample_poly(audio.astype(np.float64), 4, 1)
    return float(20 * np.log10(np.max(np.abs(up))))


def limit(audio: Audio, sample_rate: int, ceiling_dbtp: float) -> Audio:
    """A look-ahead peak limiter holding the true peak under the ceiling.

    The gain needed at each sample is taken block by block (5 ms blocks), each block's gain
    being the smallest needed in it and its two neighbours; the gain curve interpolates
    linearly between block centres, so it is smooth and never above what any sample needs.
    """
    ceiling = 10 ** (ceiling_dbtp / 20) * 0.98  # margin for what 16-tap interpolation misses
    out = audio.astype(np.float32, copy=True)
    n = len(out)
    win = max(int(_LIMIT_LOOKAHEAD * sample_rate), 1)
    for _ in range(6):
        peak = true_peak_envelope(out, floor=ceiling * 0.6)
        if n == 0 or peak.max() <= ceiling:
            break
        blocks = -(-n // win)
        padded = np.ones(blocks * win, dtype=np.float32)
        padded[:n] = np.minimum(1.0, ceiling / np.maximum(peak, 1e-12))
        need = padded.reshape(blocks, win).min(axis=1)
        ext = np.concatenate(([1.0], need, [1.0]))
        block_gain = np.minimum(np.minimum(ext[:-2], ext[1:-1]), ext[2:])
        centres = np.arange(blocks) * win + (win - 1) / 2
        out *= np.interp(np.arange(n), centres, block_gain).astype(np.float32)
    return out


def level(
    clips: list[Audio], sample_rate: int, target_lufs: float, ceiling_dbtp: float, *, in_place: bool = False
) -> list[Audio]:
    """Bring ``clips`` together to ``target_lufs`` (one gain for all), limiting each clip's peaks.

    Loudness is measured over all clips as one programme; the limiter works clip by clip.
    What the limiter takes off lowers the programme's loudness (speech with strong peaks ended
    0.5 dB or more under the target), so it is measured again after limiting and the shortfall
    made up, limiting again, until it is within :data:`_LEVEL_TOLERANCE` dB (at most
    :data:`_LEVEL_ROUNDS` rounds). The list is changed in place (and returned): each clip is
    replaced by its levelled copy as soon as that is made, so an episode's audio is never in
    memory twice. With ``in_place`` the levelled samples are written into each clip's own
    memory instead (the clips are views of one episode-long array, which a new copy of a clip
    would not free).
    """
    lufs = loudness(clips, sample_rate)
    for _ in range(_LEVEL_ROUNDS):
        if not np.isfinite(lufs):
            break
        gain = np.float32(10 ** ((target_lufs - lufs) / 20))
        for i, c in enumerate(clips):
            if len(c) and in_place:
                c[:] = limit(c * gain, sample_rate, ceiling_dbtp)
            elif len(c):
                clips[i] = limit(c * gain, sample_rate, ceiling_dbtp)
        lufs = loudness(clips, sample_rate)
        if abs(target_lufs - lufs) <= _LEVEL_TOLERANCE:
            break
    return clips


def loudness_gain(audio: Audio, sample_rate: int, target_lufs: float) -> float | None:
    """The gain that brings ``audio`` to ``target_lufs``, or ``None`` where it is too short or silent."""
    lufs = loudness(audio, sample_rate)
    return float(10 ** ((target_lufs - lufs) / 20)) if np.isfinite(lufs) else None


def normalize_loudness(audio: Audio, sample_rate: int, target_lufs: float, ceiling_dbtp: float) -> Audio:
    """One clip brought to ``target_lufs`` with its true peak under ``ceiling_dbtp``."""
    return level([audio], sample_rate, target_lufs, ceiling_dbtp)[0]
