"""Fixtures for the feed tests: a folder of articles, silent rendering, XML helpers."""

from __future__ import annotations

import logging
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from newsread.engines.silent import SilentEngine
from newsread.settings import Settings

BASE = "https://example.com/pod/"
NS = {
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    "podcast": "https://podcastindex.org/namespace/1.0",
    "atom": "http://www.w3.org/2005/Atom",
}

ARTICLES = {
    "economy.txt": (
        "반도체 수출 3개월 연속 증가\n\n"
        "정부는 1일 반도체 수출이 20% 늘었다고 밝혔다. 업계는 기대가 크다.\n\n"
        "내년에도 증가세가 이어질 전망이다.\n"
    ),
    "politics.txt": (
        "국회, 내년 예산안 처리\n\n"
        "국회가 본회의에서 예산안을 통과시켰다.\n\n"
        "여야는 막판까지 협상을 이어갔다. 결국 합의에 이르렀다.\n"
    ),
    "culture.txt": "가을 음악회 열려\n\n시민 수천 명이 공원을 찾았다.\n",
}


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI renders with the default cache folder: keep it out of the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


@pytest.fixture(autouse=True)
def _restore_logger() -> Iterator[None]:
    """The CLI points the newsread logger at the stderr of its run: undo that after each test."""
    logger = logging.getLogger("newsread")
    saved = (list(logger.handlers), logger.level, logger.propagate)
    yield
    logger.handlers[:] = saved[0]
    logger.setLevel(saved[1])
    logger.propagate = saved[2]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Silent voice, a private sentence cache, no loudness pass (silence has no loudness)."""
    return Settings(voice="silent", cache_dir=tmp_path / "cache", loudness=None)


@pytest.fixture
def engine() -> SilentEngine:
    return SilentEngine(seconds=1.0, sample_rate=24000)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return tmp_path / "site"


def parse_feed(path: Path) -> ET.Element:
    """The channel element of the feed at ``path`` (parsed by a real XML parser)."""
    root = ET.parse(path).getroot()
    assert root.tag == "rss"
    assert root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel is not None
    return channel


def text_of(elem: ET.Element, path: str) -> str:
    found = elem.find(path, NS)
    assert found is not None, f"missing {path}"
    return found.text or ""


def attr_of(elem: ET.Element, path: str, name: str) -> str:
    found = elem.find(path, NS)
    assert found is not None, f"missing {path}"
    value = found.get(name)
    assert value is not None, f"{path} has no {name}"
    return value


def local(site: Path, url: str) -> Path:
    """The file in ``site`` that ``url`` (under BASE) points to."""
    assert url.startswith(BASE), url
    return site / url[len(BASE) :]


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(width: int, height: int, colour_type: int = 2) -> bytes:
    """A complete PNG of black pixels (8 bits a sample)."""
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour_type]
    rows = (b"\0" + bytes(width * channels)) * height
    ihdr = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(rows)) + _chunk(b"IEND", b"")
