"""A re-render whose sentences are all cached never loads the engine."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsread.pipeline as pipeline
from newsread.engines.base import EngineIdentity, LazyEngine
from newsread.engines.silent import SilentEngine
from newsread.errors import EngineError
from newsread.settings import Settings

ARTICLE = "정부, 내년 예산 확정\n\n정부가 내년 예산을 확정했다. 국회는 다음 주에 심의한다.\n\n여야는 이견을 보였다.\n"
IDENT = EngineIdentity("silent", 24000, SilentEngine.max_chars, "silent:0.5:24000")


def _lazy(loads: list[int]) -> LazyEngine:
    def load() -> SilentEngine:
        loads.append(1)
        return SilentEngine(0.5)

    return LazyEngine(IDENT, load)


def test_lazy_engine_loads_on_first_audio_only() -> None:
    loads: list[int] = []
    engine = _lazy(loads)
    assert engine.cache_key() == "silent:0.5:24000" and engine.sample_rate == 24000
    assert list(engine.synthesize([])) == [] and not loads and not engine.loaded
    clips = list(engine.synthesize(["가", "나"]))
    assert len(clips) == 2 and len(clips[0]) == 12000 and loads == [1]
    list(engine.synthesize(["다"]))
    assert loads == [1]  # once
    engine.close()
    assert not engine.loaded


def test_an_engine_that_loads_as_something_else_is_refused() -> None:
    engine = LazyEngine(IDENT, lambda: SilentEngine(0.7))
    with pytest.raises(EngineError, match=r"silent:0\.7:24000"):
        list(engine.synthesize(["가"]))


def _settings(tmp_path: Path) -> Settings:
    return Settings(voice="silent", cache_dir=tmp_path / "cache", loudness=None)


def _source(tmp_path: Path, text: str = ARTICLE) -> Path:
    src = tmp_path / "a.txt"
    src.write_text(text, encoding="utf-8")
    return src


def test_a_cached_rerender_does_not_load_the_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[str] = []
    from newsread.engines import start_loading as real

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        loads.append("preload")
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "start_loading", counting)
    settings = _settings(tmp_path)
    src = _source(tmp_path)

    script, voice, engine = pipeline.plan_and_open([str(src)], settings)
    first = pipeline.render(script, engine, voice, settings)
    assert loads == ["preload"] and not isinstance(engine, LazyEngine)

    script, voice, engine = pipeline.plan_and_open([str(src)], settings)
    again = pipeline.render(script, engine, voice, settings)
    assert loads == ["preload"]  # nothing loaded the second time
    assert isinstance(engine, LazyEngine) and not engine.loaded
    assert again.timings == first.timings and (again.audio == first.audio).all()

    # an edited article is planned anew, with the engine loading beside Kiwi again
    _source(tmp_path, ARTICLE.replace("다음 주에", "이번 주에"))
    script, voice, engine = pipeline.plan_and_open([str(src)], settings)
    assert loads == ["preload", "preload"] and not isinstance(engine, LazyEngine)


def test_a_sentence_missing_from_the_cache_loads_the_engine_then(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    src = _source(tmp_path)
    script, voice, engine = pipeline.plan_and_open([str(src)], settings)
    pipeline.render(script, engine, voice, settings)
    cached = sorted((tmp_path / "cache").glob("??/*.npy"))
    assert len(cached) == len(script.sentences)
    # every sentence is there when the plan is checked; one goes missing before synthesis
    script, voice, engine = pipeline.plan_and_open([str(src)], settings)
    assert isinstance(engine, LazyEngine)
    cached[0].unlink()
    episode = pipeline.render(script, engine, voice, settings)
    assert engine.loaded and len(episode.timings) == len(script.sentences)
    assert len(list((tmp_path / "cache").glob("??/*.npy"))) == len(script.sentences)


def test_without_a_cache_the_engine_is_loaded_as_before(tmp_path: Path) -> None:
    settings = Settings(voice="silent", use_cache=False)
    src = _source(tmp_path)
    for _ in range(2):
        _, _, engine = pipeline.plan_and_open([str(src)], settings)
        assert isinstance(engine, SilentEngine)
