"""Loading an engine beside Kiwi: start_loading returns once the load is in native code."""

from __future__ import annotations

import sys
import threading
import types
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from newsread import engines
from newsread.engines import Voice, begin_loading, start_loading
from newsread.engines.silent import SilentEngine
from newsread.errors import VoiceError


def fake_engine(monkeypatch: pytest.MonkeyPatch, load: Any) -> Voice:
    module = types.ModuleType("newsread_test_fake_engine")
    module.load = load  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setitem(engines.ENGINES, "fake", module.__name__)
    return Voice(name="fake-voice", engine="fake")


def test_returns_once_the_load_is_in_native_code(monkeypatch: pytest.MonkeyPatch) -> None:
    finish = threading.Event()
    steps: list[str] = []

    def load(voice: Voice, device: str, *, native: Any) -> SilentEngine:
        steps.append("python")
        native()
        finish.wait(5)  # the "native" part: still running when start_loading returns
        steps.append("native done")
        return SilentEngine()

    voice = fake_engine(monkeypatch, load)
    with ThreadPoolExecutor(1) as pool:
        future = start_loading(voice, pool)
        assert steps == ["python"] and not future.done()
        finish.set()
        assert isinstance(future.result(5), SilentEngine)
    assert steps == ["python", "native done"]


def test_begin_loading_returns_at_once_and_native_waits_for_the_native_step(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    python_part = threading.Event()
    finish = threading.Event()
    steps: list[str] = []

    def load(voice: Voice, device: str, *, native: Any) -> SilentEngine:
        python_part.wait(5)  # still in Python when begin_loading returns
        steps.append("python")
        native()
        finish.wait(5)
        return SilentEngine()

    voice = fake_engine(monkeypatch, load)
    with ThreadPoolExecutor(1) as pool:
        loading = begin_loading(voice, pool)
        assert steps == [] and not loading.future.done()
        python_part.set()
        loading.native()
        assert steps == ["python"] and not loading.future.done()
        finish.set()
        assert isinstance(loading.result(), SilentEngine)


def test_an_engine_without_the_callback_is_loaded_in_the_background(monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()

    def load(voice: Voice, device: str) -> SilentEngine:
        release.wait(5)
        return SilentEngine()

    voice = fake_engine(monkeypatch, load)
    with ThreadPoolExecutor(1) as pool:
        future = start_loading(voice, pool)
        assert not future.done()  # it did not wait for the load
        release.set()
        assert isinstance(future.result(5), SilentEngine)


def test_a_load_that_fails_early_does_not_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    def load(voice: Voice, device: str, *, native: Any) -> SilentEngine:
        raise VoiceError("no model here")

    voice = fake_engine(monkeypatch, load)
    with ThreadPoolExecutor(1) as pool:
        future = start_loading(voice, pool)
        with pytest.raises(VoiceError, match="no model here"):
            future.result(5)


def test_kokoro_reports_its_native_step(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsread.engines import kokoro

    monkeypatch.setenv("NEWSREAD_CACHE", str(tmp_path))
    calls: list[bool] = []
    voice = Voice(name="k", engine="kokoro", speaker="jf_nezumi")
    engine = kokoro.load(voice, "cpu", native=lambda: calls.append(True))
    assert calls == [True]  # first load: the graph is optimized and kept
    engine = kokoro.load(voice, "cpu", native=lambda: calls.append(True))
    assert calls == [True, True]  # later loads read the kept copy
    assert engine.sample_rate == 24000
