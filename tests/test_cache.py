"""The sentence cache stays under its limit, removing what was unused the longest."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

import newsread
from newsread.cli import app
from newsread.settings import Settings
from newsread.synth import DEFAULT_CACHE_MAX, SentenceCache, cache_limit, parse_size

CLIP = np.zeros(1000, dtype=np.float32)  # 4,128 bytes as .npy


def _fill(cache: SentenceCache, n: int) -> list[str]:
    keys = [f"{i:02d}" + "0" * 62 for i in range(n)]
    for age, key in enumerate(keys):
        cache.put(key, CLIP)
        os.utime(cache._path(key), (1_000_000 + age, 1_000_000 + age))  # oldest first
    return keys


@pytest.mark.parametrize(
    ("text", "size"),
    [("0", 0), ("512", 512), ("2G", 2 * 1024**3), ("500M", 500 * 1024**2), ("1.5GB", 3 * 1024**3 // 2), ("64k", 65536)],
)
def test_sizes_are_read_in_powers_of_1024(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "G", "2X", "-1G", "two"])
def test_a_bad_size_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a size"):
        parse_size(text)


def test_limit_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSREAD_CACHE_MAX", raising=False)
    assert cache_limit() == DEFAULT_CACHE_MAX
    monkeypatch.setenv("NEWSREAD_CACHE_MAX", "300M")
    assert cache_limit() == 300 * 1024**2
    monkeypatch.setenv("NEWSREAD_CACHE_MAX", "lots")
    assert cache_limit() == DEFAULT_CACHE_MAX


def test_prune_removes_the_longest_unused_first(tmp_path: Path) -> None:
    cache = SentenceCache(tmp_path)
    keys = _fill(cache, 6)
    size = cache._path(keys[0]).stat().st_size
    assert cache.get(keys[1]) is not None  # reading a sentence makes it recent
    removed, freed = cache.prune(3 * size)
    assert (removed, freed) == (3, 3 * size)
    assert [cache.has(k) for k in keys] == [False, True, False, False, True, True]
    assert cache.prune(10 * size) == (0, 0)
    cache.prune(0)
    assert cache.entries() == []


def test_a_render_leaves_the_cache_under_its_limit(
    article: newsread.Article, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(engine="silent", cache_dir=tmp_path / "c", loudness=None)
    newsread.read(article, settings)
    files = sorted((tmp_path / "c").glob("??/*.npy"))
    assert len(files) == 7
    one = files[0].stat().st_size
    monkeypatch.setenv("NEWSREAD_CACHE_MAX", str(3 * one))
    newsread.read(article, settings)
    assert sum(p.stat().st_size for p in (tmp_path / "c").glob("*/*")) <= 3 * one


def test_cache_command_shows_trims_and_clears(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSREAD_CACHE", str(tmp_path))
    cache = SentenceCache(tmp_path / "sentences")
    keys = _fill(cache, 4)
    size = cache._path(keys[0]).stat().st_size
    shown = CliRunner().invoke(app, ["cache"])
    assert shown.exit_code == 0 and "4 sentences" in shown.output and str(tmp_path / "sentences") in shown.output
    trimmed = CliRunner().invoke(app, ["cache", "--max-size", str(2 * size)])
    assert trimmed.exit_code == 0 and "removed 2 files" in trimmed.output and "2 sentences" in trimmed.output
    assert [cache.has(k) for k in keys] == [False, False, True, True]
    cleared = CliRunner().invoke(app, ["cache", "--clear"])
    assert cleared.exit_code == 0 and "0 sentences" in cleared.output
    bad = CliRunner().invoke(app, ["cache", "--max-size", "lots"])
    assert bad.exit_code == 2 and "not a size" in bad.output and "Traceback" not in bad.output


def test_prune_removes_what_a_killed_write_left_but_not_a_write_in_progress(tmp_path: Path) -> None:
    cache = SentenceCache(tmp_path)
    keys = _fill(cache, 2)
    folder = cache._path(keys[0]).parent
    left = folder / "tmpab12cd34.tmp"  # a render killed while writing an entry, hours ago
    left.write_bytes(b"\0" * 100)
    os.utime(left, (1_000_000, 1_000_000))
    writing = folder / "tmpzz99yy88.tmp"  # another render writing its entry now
    writing.write_bytes(b"\0" * 50)
    assert cache.prune(10**9) == (1, 100)
    assert not left.exists() and writing.exists()
    assert all(cache.has(k) for k in keys)
