"""Splitting for engines, and the sentence cache that lets a killed render resume."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsread
from newsread.engines.silent import SilentEngine
from newsread.errors import EngineError
from newsread.settings import Settings
from newsread.synth import SentenceCache, split_for_engine, synthesize
from newsread.types import Article, Audio


class CountingEngine(SilentEngine):
    """Silent, but remembers every text it was asked to speak."""

    def __init__(self) -> None:
        super().__init__(seconds=0.2)
        self.calls: list[str] = []

    def synthesize(self, texts: Sequence[str], *, rate: float = 1.0) -> Iterator[Audio]:
        for t in texts:
            self.calls.append(t)
            yield from super().synthesize([t], rate=rate)


class FailingEngine(CountingEngine):
    def __init__(self, fail_after: int) -> None:
        super().__init__()
        self.fail_after = fail_after

    def synthesize(self, texts: Sequence[str], *, rate: float = 1.0) -> Iterator[Audio]:
        for t in texts:
            if len(self.calls) == self.fail_after:
                raise KeyboardInterrupt
            self.calls.append(t)
            yield np.zeros(100, dtype=np.float32)


def test_split_prefers_sentence_then_comma_then_space() -> None:
    text = "첫 문장이다. 둘째 문장은 조금 더 길다, 그래서 쉼표가 있다."
    assert split_for_engine(text, 100) == [text]
    assert split_for_engine(text, 20) == ["첫 문장이다.", "둘째 문장은 조금 더 길다,", "그래서 쉼표가 있다."]
    pieces = split_for_engine("가나다 라마바 사아자 차카타 파하", 8)
    assert all(len(p) <= 8 for p in pieces)
    assert " ".join(pieces) == "가나다 라마바 사아자 차카타 파하"


@given(st.text(alphabet="가나다라 ,.!", min_size=0, max_size=300), st.integers(min_value=5, max_value=60))
def test_split_never_loses_words_or_cuts_them(text: str, limit: int) -> None:
    pieces = split_for_engine(text, limit)
    assert all(0 < len(p) <= limit for p in pieces)
    words = text.split()
    joined = " ".join(pieces).split()
    if all(len(w) <= limit for w in words):
        assert "".join(joined) == "".join(words)
        assert all(w in words or any(w in x for x in words) for w in joined)


def test_second_render_synthesizes_nothing(article: Article, tmp_path: Path) -> None:
    settings = Settings(cache_dir=tmp_path)
    eng = CountingEngine()
    first = newsread.read(article, settings, engine=eng)
    n = len(eng.calls)
    assert n == len(first.script.sentences)
    second = newsread.read(article, settings, engine=eng)
    assert len(eng.calls) == n
    assert np.array_equal(first.audio, second.audio)


def test_changing_one_sentence_synthesizes_one(article: Article, tmp_path: Path) -> None:
    import dataclasses

    settings = Settings(cache_dir=tmp_path)
    eng = CountingEngine()
    newsread.read(article, settings, engine=eng)
    old = article.blocks[2].text
    new = "여당은 찬성 입장을 밝혔다."
    assert len(new) == len(old)
    edited = dataclasses.replace(
        article,
        text=article.text.replace(old, new),
        blocks=tuple(dataclasses.replace(b, text=new) if b.text == old else b for b in article.blocks),
    )
    before = len(eng.calls)
    newsread.read(edited, settings, engine=eng)
    assert eng.calls[before:] == [new]


def test_killed_render_resumes_from_cache(article: Article, tmp_path: Path) -> None:
    settings = Settings(cache_dir=tmp_path)
    with pytest.raises(KeyboardInterrupt):
        newsread.read(article, settings, engine=FailingEngine(fail_after=3))
    eng = CountingEngine()
    ep = newsread.read(article, settings, engine=eng)
    assert len(eng.calls) == len(ep.script.sentences) - 3
    assert not list(tmp_path.rglob("*.tmp"))


def test_engine_returning_too_few_clips_is_an_error(article: Article) -> None:
    class Short(SilentEngine):
        def synthesize(self, texts: Sequence[str], *, rate: float = 1.0) -> Iterator[Audio]:
            yield from super().synthesize(texts[:1], rate=rate)

    script = newsread.plan(article)
    with pytest.raises(EngineError, match="no audio"):
        list(synthesize(script.sentences, Short(), cache=None))


def test_cache_key_depends_on_engine_rate_and_text() -> None:
    a, b = SilentEngine(1.0), SilentEngine(2.0)
    k = SentenceCache.key
    assert k(a, 1.0, "가") != k(b, 1.0, "가")
    assert k(a, 1.0, "가") != k(a, 1.5, "가")
    assert k(a, 1.0, "가") != k(a, 1.0, "나")
    assert k(a, 1.0, "가") == k(SilentEngine(1.0), 1.0, "가")


def test_long_sentences_are_split_and_joined(article: Article) -> None:
    eng = CountingEngine()
    eng.max_chars = 10
    script = newsread.plan(article)
    segs = list(synthesize(script.sentences, eng, cache=None))
    assert len(segs) == len(script.sentences)
    assert all(len(c) <= 10 for c in eng.calls)
    assert len(eng.calls) > len(script.sentences)
