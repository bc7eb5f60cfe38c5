from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from newsread.types import Article, Block

# Speed is measured by bench/, not by tests: no example fails for taking long on a busy machine.
# The same examples on every run, so that a run passes or fails for the code alone; new random
# inputs are searched with HYPOTHESIS_PROFILE=explore (and `--hypothesis-seed`).
settings.register_profile("newsread", deadline=None, derandomize=True)
settings.register_profile("explore", deadline=None, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "newsread"))

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "asiae_gpu_260k.txt"


def make_article(*blocks: tuple[str, str], title: str | None = None) -> Article:
    """An Article from (kind, text) pairs, with offsets computed as ingest does."""
    out: list[Block] = []
    pos = 0
    for i, (kind, text) in enumerate(blocks):
        if i:
            pos += 2
        out.append(Block(kind, text, pos, pos + len(text)))  # type: ignore[arg-type]
        pos += len(text)
    text = "\n\n".join(t for _, t in blocks)
    head = title or next((t for k, t in blocks if k == "title"), "")
    return Article(text=text, blocks=tuple(out), title=head)


@pytest.fixture
def article() -> Article:
    return make_article(
        ("title", "정부, 내년 예산 확정"),
        ("paragraph", "정부가 내년 예산을 확정했다. 국회는 다음 주에 심의한다."),
        ("paragraph", "야당은 반대 입장을 밝혔다."),
        ("heading", "쟁점은 복지 예산"),
        ("paragraph", "복지 예산이 가장 큰 쟁점이다. 여야의 입장 차가 크다."),
    )


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the user's real sentence cache or voices in tests, nor take their defaults."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("HOME", str(tmp_path_factory.mktemp("home")))
    for name in ("NEWSREAD_VOICE", "NEWSREAD_RATE", "NEWSREAD_DEVICE", "NEWSREAD_LEXICON", "NEWSREAD_CACHE_MAX"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _logger_restored() -> Iterator[None]:
    """A test that runs the CLI points the ``newsread`` logger at its own stderr handler and stops
    it propagating; put it back, so that later tests' ``caplog`` sees the records."""
    log = logging.getLogger("newsread")
    saved = (log.handlers[:], log.level, log.propagate)
    yield
    log.handlers[:], log.level, log.propagate = saved
