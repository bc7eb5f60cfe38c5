"""The show's cover art against Apple Podcasts' rules for ``itunes:image``.

Apple wants a square JPEG or PNG of 1400 × 1400 to 3000 × 3000 pixels in the RGB colour
space, with a file name that says which of the two it is, and refuses a show whose art
breaks a rule. The size and colour space are read from the image's own header (the PNG
``IHDR`` chunk, the JPEG start-of-frame segment), so no imaging library is needed.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

#: the smallest and largest side Apple Podcasts accepts, in pixels
MIN_SIDE = 1400
MAX_SIDE = 3000
#: file name endings by image format
SUFFIXES = {"png": (".png",), "jpeg": (".jpg", ".jpeg")}

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: PNG colour types that hold RGB colour (truecolour, palette, truecolour with alpha)
_PNG_RGB = {2, 3, 6}
#: JPEG start-of-frame markers (baseline, progressive, lossless...; not DHT, JPG or DAC)
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


@dataclass(frozen=True)
class ImageInfo:
    format: str  # "png" or "jpeg"
    width: int
    height: int
    rgb: bool


def image_info(data: bytes) -> ImageInfo | None:
    """Format, size and colour space of a PNG or JPEG image; ``None`` for anything else."""
    if data.startswith(_PNG_SIGNATURE) and data[12:16] == b"IHDR" and len(data) >= 26:
        width, height = struct.unpack(">II", data[16:24])
        return ImageInfo("png", width, height, data[25] in _PNG_RGB)
    if data.startswith(b"\xff\xd8"):
        pos = 2
        while pos + 4 <= len(data) and data[pos] == 0xFF:
            marker = data[pos + 1]
            if marker == 0xFF:  # fill byte
                pos += 1
                continue
            length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
            if marker in _SOF and pos + 10 <= len(data):
                height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
                return ImageInfo("jpeg", width, height, data[pos + 9] == 3)
            pos += 2 + length
    return None


def cover_problems(data: bytes, name: str) -> list[str]:
    """What Apple Podcasts would refuse in the cover art ``data`` stored as ``name`` (empty: none)."""
    info = image_info(data)
    if info is None:
        return ["it is neither a PNG nor a JPEG image"]
    problems = []
    if not name.lower().endswith(SUFFIXES[info.format]):
        problems.append(f"it is a {info.format.upper()} image named {name}: name it {SUFFIXES[info.format][0]}")
    if info.width != info.height:
        problems.append(f"it is {info.width} × {info.height} pixels, not square")
    if not MIN_SIDE <= min(info.width, info.height) <= max(info.width, info.height) <= MAX_SIDE:
        problems.append(f"it is {info.width} × {info.height} pixels: a side must be {MIN_SIDE} to {MAX_SIDE} pixels")
    if not info.rgb:
        problems.append("it is not in the RGB colour space (greyscale or CMYK)")
    return problems
