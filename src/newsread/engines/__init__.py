"""Speech engines behind one interface (:class:`Engine`).

Each engine lives in its own module with a ``load(voice, device) -> Engine`` function and,
optionally, ``unavailable(voice) -> str | None`` saying why it cannot run here and
``identity(voice) -> EngineIdentity`` saying what it will be once loaded. Heavy
imports (onnxruntime, torch) happen inside ``load``, never at import time of newsread.
"""

from __future__ import annotations

import importlib
import inspect
import threading
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from types import ModuleType

from newsread.engines.base import Engine, EngineIdentity, LazyEngine, Voice
from newsread.errors import VoiceError

#: engine name → module implementing it
ENGINES: dict[str, str] = {
    "silent": "newsread.engines.silent",
    "espeak": "newsread.engines.espeak",
    "kokoro": "newsread.engines.kokoro",
    "xtts": "newsread.engines.xtts",
    "vits": "newsread.engines.vits",
}

__all__ = [
    "ENGINES",
    "Engine",
    "EngineIdentity",
    "LazyEngine",
    "Loading",
    "Voice",
    "begin_loading",
    "identify",
    "is_fallback",
    "lazy_engine",
    "load_engine",
    "start_loading",
    "unavailable",
]


def _module(name: str) -> ModuleType:
    if name not in ENGINES:
        known = ", ".join(sorted(ENGINES))
        raise VoiceError(f"unknown engine {name!r}: choose one of {known}")
    try:
        return importlib.import_module(ENGINES[name])
    except ModuleNotFoundError as exc:
        raise VoiceError(f"engine {name!r} is not part of this installation ({exc.name} is missing)") from exc


def unavailable(voice: Voice) -> str | None:
    """Why ``voice`` cannot be used on this machine, or ``None`` when it can."""
    try:
        mod = _module(voice.engine)
    except VoiceError as exc:
        return str(exc)
    check = getattr(mod, "unavailable", None)
    return check(voice) if check is not None else None


def identify(voice: Voice) -> EngineIdentity | None:
    """What ``voice``'s engine will be once loaded, or ``None`` when that needs the load itself.

    Anything wrong with the voice is left for :func:`load_engine` to report.
    """
    try:
        mod = _module(voice.engine)
        describe = getattr(mod, "identity", None)
        result: EngineIdentity | None = describe(voice) if describe is not None else None
    except (VoiceError, OSError, KeyError, ValueError, TypeError):
        return None
    return result


def is_fallback(voice: Voice) -> bool:
    """Whether ``voice``'s engine is an offline fallback the CLI should warn about, known without
    loading it (an engine module says so with ``FALLBACK = True`` or in its identity)."""
    ident = identify(voice)
    if ident is not None:
        return ident.fallback
    try:
        return bool(getattr(_module(voice.engine), "FALLBACK", False))
    except VoiceError:
        return False


def lazy_engine(voice: Voice, *, device: str = "auto") -> Engine:
    """``voice``'s engine, loaded only when it is first asked for audio (where the engine can
    say what it will be without loading; otherwise loaded now)."""
    ident = identify(voice)
    if ident is None:
        return load_engine(voice, device=device)
    return LazyEngine(ident, lambda: load_engine(voice, device=device))


def load_engine(voice: Voice, *, device: str = "auto") -> Engine:
    """Load the engine that speaks ``voice``; raises :class:`VoiceError` with a fix if it cannot."""
    mod = _module(voice.engine)
    engine: Engine = mod.load(voice, device)
    return engine


def start_loading(voice: Voice, pool: Executor, *, device: str = "auto") -> Future[Engine]:
    """Load ``voice``'s engine in ``pool``; return once the load no longer needs the interpreter.

    Kiwi builds its model holding the GIL for about a second: a load running beside it
    stalls at its next Python step until Kiwi is done. An engine whose ``load`` takes a
    ``native`` callback calls it just before its long step in native code (onnxruntime's
    session build, which releases the GIL); this waits for that, so work started afterwards
    overlaps the load. For other engines it returns at once.
    """
    loading = begin_loading(voice, pool, device=device)
    loading.native()
    return loading.future


@dataclass
class Loading:
    """An engine's load under way in a thread (see :func:`begin_loading`)."""

    future: Future[Engine]
    reached_native: threading.Event | None = None

    def native(self) -> None:
        """Wait until the load no longer needs the interpreter (or is over)."""
        if self.reached_native is not None:
            while not self.reached_native.wait(0.01) and not self.future.done():
                pass

    def result(self) -> Engine:
        return self.future.result()


def begin_loading(voice: Voice, pool: Executor, *, device: str = "auto") -> Loading:
    """Start loading ``voice``'s engine in ``pool`` and return at once (see :func:`start_loading`)."""
    mod = _module(voice.engine)
    if "native" not in inspect.signature(mod.load).parameters:
        return Loading(pool.submit(mod.load, voice, device))
    reached = threading.Event()
    return Loading(pool.submit(mod.load, voice, device, native=reached.set), reached)
