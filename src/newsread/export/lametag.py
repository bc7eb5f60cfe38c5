"""The Xing/LAME "Info" frame that tells players a CBR MP3's exact length.

LAME writes this frame itself only when it owns the file (``lame_get_lametag_frame``);
``lameenc`` exposes no such call, libsndfile's bundled LAME does but encodes four to five
times slower (no quality setting), and mutagen reads the frame but does not write it. So the
frame is built here, after the encoded stream is known: the first frame of the file, silent
to decoders, carrying the frame and byte counts, a seek table, the encoder delay and the end
padding (which gapless decoders such as mpg123 and FFmpeg use to drop LAME's priming
samples), and the tag's CRC-16.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass

#: kbit/s by bitrate index, MPEG-1 and MPEG-2/2.5 Layer III
_KBPS = {
    1: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}
#: the size of the LAME extension, from the encoder string to the tag CRC
_LAME_SIZE = 36


def _crc16_table() -> list[int]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        table.append(crc)
    return table


_CRC16 = _crc16_table()


def crc16(data: bytes, crc: int = 0) -> int:
    """CRC-16/ARC (polynomial 0x8005, reflected), the checksum of the LAME tag."""
    for byte in data:
        crc = (crc >> 8) ^ _CRC16[(crc ^ byte) & 0xFF]
    return crc


@dataclass(frozen=True)
class FrameHeader:
    version: int  # 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
    bitrate_index: int
    rate_index: int
    padding: int
    mono: bool
    raw: bytes

    @property
    def sample_rate(self) -> int:
        return _RATES[self.version][self.rate_index]

    @property
    def kbps(self) -> int:
        return _KBPS[1 if self.version == 3 else 2][self.bitrate_index]

    @property
    def samples(self) -> int:
        return 1152 if self.version == 3 else 576

    @property
    def size(self) -> int:
        return frame_size(self.version, self.kbps, self.sample_rate, self.padding)

    @property
    def side_info(self) -> int:
        if self.version == 3:
            return 17 if self.mono else 32
        return 9 if self.mono else 17


def frame_size(version: int, kbps: int, sample_rate: int, padding: int = 0) -> int:
    per = 144 if version == 3 else 72
    return per * kbps * 1000 // sample_rate + padding


def parse_header(data: bytes | bytearray, pos: int = 0) -> FrameHeader | None:
    """The Layer III frame header at ``pos``, or ``None`` where there is none."""
    if pos + 4 > len(data):
        return None
    b1, b2, b3 = data[pos + 1], data[pos + 2], data[pos + 3]
    if data[pos] != 0xFF or b1 & 0xE0 != 0xE0:
        return None
    version, layer = (b1 >> 3) & 3, (b1 >> 1) & 3
    bitrate_index, rate_index = b2 >> 4, (b2 >> 2) & 3
    if version == 1 or layer != 1 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    return FrameHeader(version, bitrate_index, rate_index, (b2 >> 1) & 1, (b3 >> 6) == 3, bytes(data[pos : pos + 4]))


def frames(data: bytes | bytearray) -> Iterator[tuple[int, FrameHeader]]:
    """(offset, header) of each frame of a bare MPEG audio stream, in order."""
    pos = 0
    while (head := parse_header(data, pos)) is not None:
        yield pos, head
        pos += head.size
    if pos != len(data):
        raise ValueError(f"the MPEG stream breaks off at byte {pos} of {len(data)}")


def _source_rate_code(rate: int) -> int:
    return 0 if rate <= 32000 else 1 if rate == 44100 else 2 if rate == 48000 else 3


def info_frame(stream: bytes | bytearray, samples: int, *, delay: int, lowpass_hz: int = 0) -> bytes:
    """The Info frame to put before ``stream`` (CBR Layer III, no tags) holding ``samples``.

    ``delay`` is the encoder's priming (576 for LAME); the end padding follows from the frame
    count. The frame uses the stream's own header, at a higher bitrate where the stream's
    frames are too small to hold the tag.
    """
    offsets = [(pos, head) for pos, head in frames(stream)]
    if not offsets:
        raise ValueError("no MPEG frames to describe")
    first = offsets[0][1]
    count = len(offsets)
    padding = count * first.samples - delay - samples
    if not 0 <= padding < 4096 or not 0 <= delay < 4096:
        raise ValueError(f"{samples} samples do not fit {count} frames with a delay of {delay}")
    need = 4 + first.side_info + 120 + _LAME_SIZE
    table = _KBPS[1 if first.version == 3 else 2]
    index = next(
        (i for i in range(first.bitrate_index, 15) if frame_size(first.version, table[i], first.sample_rate) >= need),
        None,
    )
    if index is None:
        raise ValueError("no bitrate gives a frame large enough for the Info tag")
    size = frame_size(first.version, table[index], first.sample_rate)
    # no CRC in this frame (protection bit set), padding bit clear, the stream's mode
    rate_bits = (index << 4) | (first.rate_index << 2) | (first.raw[2] & 1)
    header = bytes([first.raw[0], first.raw[1] | 1, rate_bits, first.raw[3]])
    total = size + len(stream)
    # seek table: for each percent of the duration, the byte position as a fraction of 256
    toc = bytearray(100)
    for pct in range(100):
        pos = offsets[min(count - 1, pct * count // 100)][0] + size
        toc[pct] = min(255, pos * 256 // total)
    xing = b"Info" + struct.pack(">III", 0x0F, count, total) + bytes(toc) + struct.pack(">I", 50)
    lame = (
        b"LAME3.100"
        + bytes([0x01, min(255, lowpass_hz // 100)])  # tag revision 0, CBR; lowpass
        + bytes(8)  # peak amplitude and ReplayGain: not computed
        + bytes([0, min(255, first.kbps)])  # flags/ATH; bitrate
        + bytes([delay >> 4, ((delay & 0xF) << 4) | (padding >> 8), padding & 0xFF])
        + bytes([_source_rate_code(first.sample_rate) << 6, 0])  # misc: source rate; MP3 gain
        + struct.pack(">H", min(first.kbps, 0x7FF))  # preset (LAME puts a CBR's bitrate here)
        + struct.pack(">I", total)
        + bytes(2)  # CRC of the music data: not computed (no decoder checks it)
    )
    body = header + bytes(first.side_info) + xing + lame
    crc = crc16(body)
    body += struct.pack(">H", crc)
    return body + bytes(size - len(body))
