"""MP3 with ID3v2.3 tags and chapters.

The audio is encoded by LAME through ``lameenc`` at LAME's quality 5 (the speed/quality point
FFmpeg also defaults to), and :mod:`newsread.export.lametag` puts the LAME/Info frame in front,
so players report the exact duration and gapless decoders drop LAME's priming samples. The tag is ID3v2.3 (Apple
Podcasts mishandles long titles in v2.4). Chapters are CHAP frames under one top-level,
ordered CTOC with its own title. mutagen's own save sorts frames by size, and FFmpeg-based
players take CHAP frames in file order, so the tag is laid out here frame by frame: text
frames, the CTOC, then the CHAP frames in start order.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import lameenc
import numpy as np
import soundfile as sf
from mutagen.id3 import (
    CHAP,
    COMM,
    CTOC,
    TDAT,
    TIME,
    TIT2,
    TLAN,
    TPE1,
    TSSE,
    TYER,
    CTOCFlags,
    Frame,
)
from mutagen.id3._tags import save_frame
from mutagen.id3._util import ID3SaveConfig

from newsread.errors import OutputError
from newsread.export import atomic_path
from newsread.export.lametag import info_frame
from newsread.types import Audio, ChapterMark

_V23 = ID3SaveConfig(3, "/")
#: the bitrates (kbit/s) an MP3 may have
BITRATES = (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
#: sample rates LAME encodes without resampling
SAMPLE_RATES = (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000)
#: LAME's priming: samples of silence it puts before the audio (without resampling)
LAME_DELAY = 576
#: LAME's algorithm quality, 0 (slowest) to 9; 5 is its good-and-fast point
LAME_QUALITY = 5
#: what LAME's mono encoding multiplies its input by (measured: a tone comes back from the MP3
#: at 0.95 of its level, 0.45 dB down, decoded by libsndfile and by dr_mp3 alike)
LAME_MONO_GAIN = 0.95


@dataclass(frozen=True)
class Tags:
    title: str
    artist: str = "newsread"
    date: str | None = None  # ISO yyyy-mm-dd, yyyy-mm-ddThh:mm[:ss][+zz:zz] or yyyy
    comment: str | None = None
    language: str = "kor"


def check_bitrate(bitrate: int) -> None:
    if bitrate not in BITRATES:
        raise OutputError(f"bitrate {bitrate} is not an MP3 bitrate: use one of {', '.join(map(str, BITRATES))}")


def _encode(audio: Audio, sample_rate: int, bitrate: int, quality: int) -> tuple[bytes, bytearray]:
    """The Info frame and the MP3 stream of ``audio``, apart (a long episode's stream is not copied
    to put the frame in front of it)."""
    check_bitrate(bitrate)
    if sample_rate not in SAMPLE_RATES:
        rates = ", ".join(map(str, SAMPLE_RATES))
        raise OutputError(f"an MP3 cannot have a sample rate of {sample_rate} Hz: use one of {rates}")
    enc = lameenc.Encoder()
    enc.set_channels(1)
    enc.set_in_sample_rate(sample_rate)
    enc.set_out_sample_rate(sample_rate)
    enc.set_bit_rate(bitrate)
    enc.set_quality(quality)
    samples = len(audio)
    if not samples:  # LAME needs a sample to start; the Info frame still says there are none
        audio = np.zeros(1, dtype=np.float32)
    # LAME takes its mono input down to LAME_MONO_GAIN: given back as much, the MP3 plays at the
    # level the audio was made to (its loudness target), as far as full scale allows
    # (the peak from the extremes: np.abs would make a copy as large as the episode)
    peak = max(float(np.max(audio)), -float(np.min(audio)))
    gain = max(1.0, min(1.0 / LAME_MONO_GAIN, 1.0 / peak)) if peak > 0 else 1.0
    stream = bytearray()
    block = sample_rate * 30  # in blocks, so the converted copy stays small
    for i in range(0, len(audio), block):
        pcm = np.clip(audio[i : i + block] * np.float32(gain), -1.0, 1.0) * 32767.0
        stream += enc.encode(np.rint(pcm).astype("<i2").tobytes())
    stream += enc.flush()
    return info_frame(stream, samples, delay=LAME_DELAY), stream


def id3_frames(tags: Tags, chapters: Sequence[ChapterMark]) -> list[Frame]:
    """The frames of the tag, in the order they are written."""
    frames: list[Frame] = [TIT2(encoding=1, text=tags.title), TPE1(encoding=1, text=tags.artist)]
    if tags.date:
        frames.append(TYER(encoding=1, text=tags.date[:4]))
        if len(tags.date) >= 10:
            frames.append(TDAT(encoding=1, text=tags.date[8:10] + tags.date[5:7]))
        if tags.date[10:11] == "T" and tags.date[13:14] == ":":
            # The story's time of day, as the page gave it (ID3v2.3 has no zone), so that two
            # episodes of one day keep their order in a player.
            frames.append(TIME(encoding=1, text=tags.date[11:13] + tags.date[14:16]))
    frames.append(TLAN(encoding=1, text=tags.language))
    if tags.comment:
        frames.append(COMM(encoding=1, lang=tags.language, desc="", text=tags.comment))
    frames.append(TSSE(encoding=1, text="newsread"))
    if chapters:
        ids = [f"chp{i}" for i in range(len(chapters))]
        frames.append(
            CTOC(
                element_id="toc",
                flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                child_element_ids=ids,
                sub_frames=[TIT2(encoding=1, text=tags.title)],
            )
        )
        for cid, ch in sorted(zip(ids, chapters, strict=True), key=lambda p: p[1].start):
            frames.append(
                CHAP(
                    element_id=cid,
                    start_time=round(ch.start * 1000),
                    end_time=round(ch.end * 1000),
                    start_offset=0xFFFFFFFF,
                    end_offset=0xFFFFFFFF,
                    sub_frames=[TIT2(encoding=1, text=ch.title)],
                )
            )
    return frames


def render_id3v23(frames: Sequence[Frame], padding: int = 256) -> bytes:
    """An ID3v2.3 tag holding ``frames`` in exactly the given order."""
    body = b"".join(save_frame(f, config=_V23) for f in frames) + b"\0" * padding
    size = len(body)
    syncsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    return b"ID3" + struct.pack("BBB", 3, 0, 0) + syncsafe + body


def write_mp3(
    path: Path,
    audio: Audio,
    sample_rate: int,
    *,
    tags: Tags,
    chapters: Sequence[ChapterMark] = (),
    bitrate: int = 96,
) -> None:
    """Write the MP3 atomically: encode to a temporary file, tag it, rename it into place."""
    info, stream = _encode(audio, sample_rate, bitrate, LAME_QUALITY)
    with atomic_path(path) as tmp, tmp.open("wb") as fh:
        fh.write(render_id3v23(id3_frames(tags, chapters)))
        fh.write(info)
        fh.write(stream)


def write_wav(path: Path, audio: Audio, sample_rate: int) -> None:
    """Write 16-bit PCM WAV atomically."""
    block = sample_rate * 30  # in blocks: a clipped copy of a long episode would be as large as it
    with atomic_path(path) as tmp, sf.SoundFile(str(tmp), "w", sample_rate, 1, "PCM_16", format="WAV") as out:
        for i in range(0, len(audio), block):
            out.write(np.clip(audio[i : i + block], -1.0, 1.0))
