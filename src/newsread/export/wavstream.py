"""WAV written as it is produced, to a pipe: a header of unknown length, then PCM.

A stream cannot go back to fill in the RIFF and ``data`` sizes, so both are set to
``0xFFFFFFFF``, which players and tools (FFmpeg, SoX, browsers) read as "until the end of
the stream". ``soundfile`` was looked at: libsndfile seeks back to write the sizes and so
needs a seekable file, which standard output is not.
"""

from __future__ import annotations

import struct

import numpy as np

from newsread.types import Audio

UNKNOWN_SIZE = 0xFFFFFFFF


def stream_header(sample_rate: int, channels: int = 1) -> bytes:
    """A 44-byte 16-bit PCM WAV header whose RIFF and data sizes say "unknown"."""
    block_align = channels * 2
    return (
        b"RIFF"
        + struct.pack("<I", UNKNOWN_SIZE)
        + b"WAVEfmt "
        + struct.pack("<IHHIIHH", 16, 1, channels, sample_rate, sample_rate * block_align, block_align, 16)
        + b"data"
        + struct.pack("<I", UNKNOWN_SIZE)
    )


def pcm16(audio: Audio) -> bytes:
    """Mono float audio in [-1, 1] as little-endian 16-bit PCM."""
    return np.round(np.clip(audio, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()
