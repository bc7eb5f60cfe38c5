"""Ctrl-C during a Kokoro render: seen at once, not after the sentence onnxruntime is running."""

from __future__ import annotations

import _thread
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import newsread
from newsread.engines import kokoro
from newsread.settings import Settings
from newsread.types import Article

#: how long a blocked run lasts unless told to stop; an interrupt must be seen long before
BLOCKED_S = 6.0


class SlowSession:
    """Stands in for onnxruntime: the runs after the first ``quick`` block for ``BLOCKED_S`` in one
    native-like wait (a pending Ctrl-C is not seen inside it), or until their ``RunOptions`` say
    terminate, as onnxruntime checks between the nodes of a graph."""

    def __init__(self, quick: int) -> None:
        self.quick = quick
        self.runs = 0
        self.terminated = threading.Event()
        self.blocked = threading.Event()

    def run(self, names: Any, feed: dict[str, np.ndarray], run_options: Any = None) -> list[np.ndarray]:
        self.runs += 1
        if self.runs <= self.quick:
            return [np.full(100 * feed["tokens"].size, 0.5, dtype=np.float32)]
        stopped = threading.Event()

        def watch() -> None:
            while not stopped.is_set():
                if run_options is not None and run_options.terminate:
                    self.terminated.set()
                    stopped.set()
                time.sleep(0.01)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        self.blocked.set()
        try:
            if stopped.wait(BLOCKED_S):
                raise RuntimeError("Exiting due to terminate flag being set to true.")
        finally:
            stopped.set()
        return [np.full(100 * feed["tokens"].size, 0.5, dtype=np.float32)]


def slow_engine(quick: int, workers: int = 1) -> kokoro.KokoroEngine:
    styles = kokoro.load_styles()
    return kokoro.KokoroEngine(
        SlowSession(quick), kokoro.load_vocab(), next(iter(styles.values())), speaker="x", workers=workers
    )


class Interrupt(threading.Thread):
    """Ctrl-C, as the main thread sees it when the signal reached another thread, once a run is
    blocked; ``at`` is when. Used as a context manager: it never fires after the block ends."""

    def __init__(self, session: SlowSession) -> None:
        super().__init__(daemon=True)
        self.session = session
        self.at = float("inf")
        self.done = threading.Event()

    def __enter__(self) -> Interrupt:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.done.set()
        self.session.blocked.set()
        self.join()

    def run(self) -> None:
        if self.session.blocked.wait(60) and not self.done.wait(0.2):
            self.at = time.monotonic()
            _thread.interrupt_main()


@pytest.mark.parametrize("workers", [1, 3])
def test_an_interrupt_stops_the_sentence_being_synthesized(workers: int) -> None:
    engine = slow_engine(quick=1, workers=workers)
    session = engine._session
    assert isinstance(session, SlowSession)
    with Interrupt(session) as interrupt, pytest.raises(KeyboardInterrupt):
        list(engine.synthesize(["첫 문장이다.", "둘째 문장이다.", "셋째 문장이다."]))
    elapsed = time.monotonic() - interrupt.at
    assert elapsed < BLOCKED_S / 3, elapsed
    assert session.terminated.wait(2.0), "the run in flight was not told to stop"


def test_an_interrupted_render_caches_only_whole_sentences(article: Article, tmp_path: Path) -> None:
    engine = slow_engine(quick=2)
    assert isinstance(engine._session, SlowSession)
    with Interrupt(engine._session), pytest.raises(KeyboardInterrupt):
        newsread.read(article, Settings(cache_dir=tmp_path), engine=engine)
    assert len(list(tmp_path.rglob("*.npy"))) == 2
    assert not list(tmp_path.rglob("*.tmp"))


def test_a_caller_that_stops_reading_ends_the_runs_in_flight() -> None:
    engine = slow_engine(quick=1, workers=2)
    session = engine._session
    assert isinstance(session, SlowSession)
    clips: Iterator[np.ndarray] = iter(engine.synthesize(["가나다.", "라마바.", "사아자."]))
    assert next(clips).size
    assert session.blocked.wait(10), "the second sentence never started"  # a run is in flight
    start = time.monotonic()
    clips.close()  # type: ignore[attr-defined]
    assert time.monotonic() - start < BLOCKED_S / 3
    assert session.terminated.wait(2.0)


def test_clips_come_in_order_from_every_worker_count() -> None:
    texts: Sequence[str] = ["가.", "나나.", "다다다.", "라라라라."]
    for workers in (1, 2, 4):
        engine = slow_engine(quick=len(texts), workers=workers)
        sizes = [clip.size for clip in engine.synthesize(texts)]
        assert len(sizes) == len(texts) and sizes == sorted(sizes) and len(set(sizes)) == len(sizes), workers
