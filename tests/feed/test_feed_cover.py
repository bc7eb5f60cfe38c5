"""The cover art against Apple Podcasts' rules: square, 1400 to 3000 pixels, RGB, JPEG or PNG."""

from __future__ import annotations

import logging
import struct
from pathlib import Path

import pytest

import newsread.feed
from newsread.engines.silent import SilentEngine
from newsread.feed import FeedConfig
from newsread.feed.cover import cover_problems, image_info
from newsread.settings import Settings

from .conftest import BASE, attr_of, local, parse_feed, png


def jpeg_header(width: int, height: int, components: int = 3) -> bytes:
    """The segments of a JPEG up to its start of frame: what tells its size and colour space."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"
    sof = struct.pack(">BBHBHHB", 0xFF, 0xC0, 8 + 3 * components, 8, height, width, components)
    sof += b"".join(bytes([i + 1, 0x11, 0]) for i in range(components))
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


def test_a_cover_apple_accepts_has_no_problems() -> None:
    assert image_info(png(1400, 1400)) is not None
    assert cover_problems(png(1400, 1400), "cover.png") == []
    assert cover_problems(jpeg_header(3000, 3000), "cover.jpg") == []
    assert cover_problems(png(2000, 2000, colour_type=6), "art.PNG") == []


@pytest.mark.parametrize(
    ("data", "name", "problem"),
    [
        (png(600, 600), "cover.png", "600 × 600 pixels: a side must be 1400 to 3000"),
        (jpeg_header(3200, 3200), "cover.jpg", "a side must be 1400 to 3000"),
        (png(1600, 1400), "cover.png", "1600 × 1400 pixels, not square"),
        (png(1400, 1400, colour_type=0), "cover.png", "not in the RGB colour space"),
        (jpeg_header(1400, 1400, components=4), "cover.jpg", "not in the RGB colour space"),
        (jpeg_header(1400, 1400), "cover.png", "a JPEG image named cover.png: name it .jpg"),
        (b"GIF89a" + bytes(20), "cover.png", "neither a PNG nor a JPEG"),
    ],
)
def test_what_apple_would_refuse_is_named(data: bytes, name: str, problem: str) -> None:
    assert any(problem in p for p in cover_problems(data, name))


def test_a_cover_apple_would_refuse_is_published_with_a_warning(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine, caplog: pytest.LogCaptureFixture
) -> None:
    """A 600-pixel cover went into itunes:image without a word, and Apple refuses the show."""
    (articles / "small.png").write_bytes(png(600, 600))
    with caplog.at_level(logging.WARNING, logger="newsread"):
        result = newsread.feed.build(
            articles, site, BASE, config=FeedConfig(image="small.png"), settings=settings, engine=engine
        )
    warnings = [r.getMessage() for r in caplog.records if "small.png" in r.getMessage()]
    assert len(warnings) == 1 and "Apple Podcasts" in warnings[0] and "1400 to 3000" in warnings[0]
    image = attr_of(parse_feed(result.feed), "itunes:image", "href")
    assert image_info(local(site, image).read_bytes()) == image_info(png(600, 600))


def test_a_cover_address_without_an_image_ending_is_warned_about(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="newsread"):
        newsread.feed.build(
            articles,
            site,
            BASE,
            config=FeedConfig(image="https://cdn.example.com/art?id=7"),
            settings=settings,
            engine=engine,
        )
    assert any("end in .jpg or .png" in r.getMessage() for r in caplog.records)
