"""The hand-built LAME/Info frame: exact length, gapless decoding, a tag CRC LAME agrees with."""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from mutagen.mp3 import MP3

from newsread.errors import OutputError
from newsread.export.lametag import crc16, frames, info_frame, parse_header
from newsread.export.mp3 import LAME_DELAY, LAME_QUALITY, _encode


def encode_mp3_bytes(audio: np.ndarray, sample_rate: int, bitrate: int) -> bytes:
    """Mono ``audio`` as the constant-bitrate MP3 stream write_mp3 writes after its ID3 tag, Info frame first."""
    info, stream = _encode(audio, sample_rate, bitrate, LAME_QUALITY)
    return info + stream


def click_at(n: int, at: int) -> np.ndarray:
    audio = np.zeros(n, dtype=np.float32)
    audio[at : at + 40] = 0.9 * np.hanning(40).astype(np.float32)
    return audio


@pytest.mark.parametrize(
    ("rate", "kbps"), [(44100, 96), (44100, 32), (48000, 128), (24000, 64), (22050, 32), (16000, 96), (8000, 32)]
)
def test_decoders_get_back_exactly_the_samples_encoded(rate: int, kbps: int, tmp_path: Path) -> None:
    n = rate * 2 + 311  # not a whole number of frames
    at = rate // 2 + 97
    path = tmp_path / "x.mp3"
    path.write_bytes(encode_mp3_bytes(click_at(n, at), rate, kbps))
    decoded, sr = sf.read(str(path), dtype="float32")
    assert sr == rate
    assert len(decoded) == n  # the priming and the end padding are both dropped
    assert abs(int(np.argmax(np.abs(decoded))) - (at + 20)) <= 2  # nothing shifted
    info = MP3(path).info
    assert round(info.length * rate) == n
    assert info.bitrate == pytest.approx(kbps * 1000, rel=0.01)


def test_info_frame_fields(tmp_path: Path) -> None:
    rate, n = 44100, 44100 * 3
    data = encode_mp3_bytes(click_at(n, 1000), rate, 96)
    head = parse_header(data)
    assert head is not None and head.mono and head.sample_rate == rate
    tag = data[4 + head.side_info :]
    assert tag[:4] == b"Info"
    flags, count, total = struct.unpack(">III", tag[4:16])
    assert flags & 0x7 == 0x7
    audio_frames = list(frames(data[head.size :]))
    assert count == len(audio_frames)
    assert total == len(data)
    toc = tag[16:116]
    assert list(toc) == sorted(toc) and toc[0] < toc[-1]
    lame = tag[120:156]
    assert lame[:9] == b"LAME3.100"
    delay_padding = int.from_bytes(lame[21:24], "big")
    delay, padding = delay_padding >> 12, delay_padding & 0xFFF
    assert delay == LAME_DELAY
    assert count * 1152 == delay + n + padding
    assert struct.unpack(">I", lame[28:32])[0] == len(data)
    end = 4 + head.side_info + 156
    assert crc16(data[: end - 2]) == struct.unpack(">H", data[end - 2 : end])[0]


def test_crc_agrees_with_a_tag_lame_wrote_itself(tmp_path: Path) -> None:
    # libsndfile's bundled LAME writes its own Info frame: the checksum must come out the same
    path = tmp_path / "lame.mp3"
    with sf.SoundFile(str(path), "w", 44100, 1, format="MP3", bitrate_mode="CONSTANT") as out:
        out.write(click_at(44100, 500))
    data = path.read_bytes()
    start = 0
    if data[:3] == b"ID3":
        start = 10 + ((data[6] << 21) | (data[7] << 14) | (data[8] << 7) | data[9])
    head = parse_header(data, start)
    assert head is not None
    end = start + 4 + head.side_info + 156
    assert data[start + 4 + head.side_info : start + 4 + head.side_info + 4] in (b"Info", b"Xing")
    assert crc16(data[start : end - 2]) == struct.unpack(">H", data[end - 2 : end])[0]


def test_crc16_reference_value() -> None:
    # CRC-16/ARC check value from the CRC catalogue
    assert crc16(b"123456789") == 0xBB3D


def test_broken_streams_are_refused() -> None:
    data = encode_mp3_bytes(np.zeros(10_000, dtype=np.float32), 44100, 96)
    stream = data[parse_header(data).size :]  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="breaks off"):
        info_frame(stream[:-7], 10_000, delay=LAME_DELAY)
    with pytest.raises(ValueError, match="no MPEG frames"):
        info_frame(b"", 0, delay=LAME_DELAY)
    with pytest.raises(ValueError, match="do not fit"):
        info_frame(stream, 10_000_000, delay=LAME_DELAY)


def test_rates_lame_cannot_encode_get_a_clear_error() -> None:
    with pytest.raises(OutputError, match="sample rate"):
        encode_mp3_bytes(np.zeros(100, dtype=np.float32), 44000, 96)
    with pytest.raises(OutputError, match="bitrate"):
        encode_mp3_bytes(np.zeros(100, dtype=np.float32), 44100, 100)


def test_empty_and_clipping_audio(tmp_path: Path) -> None:
    path = tmp_path / "e.mp3"
    path.write_bytes(encode_mp3_bytes(np.zeros(0, dtype=np.float32), 44100, 96))
    assert MP3(path).info.length == 0
    loud = np.full(44100, 3.0, dtype=np.float32)  # out of range: clipped, not wrapped
    path.write_bytes(encode_mp3_bytes(loud, 44100, 96))
    decoded, _ = sf.read(str(path), dtype="float32")
    assert len(decoded) == 44100
    assert float(np.median(decoded[5000:40000])) > 0.5
