"""Speech engines behind one interface (:class:`Engine`).

Each engine lives in its own module with a ``load(voice, device) -> Engine`` function and,
optionally, ``unavailable(voice) -> str | None`` saying why it cannot run here. Heavy
imports (onnxruntime, torch) happen inside ``load``, never at import time of newsread.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from newsread.engines.base import Engine, Voice
from newsread.errors import VoiceError

#: engine name → module implementing it
ENGINES: dict[str, str] = {
    "silent": "newsread.engines.silent",
    "espeak": "newsread.engines.espeak",
    "kokoro": "newsread.engines.kokoro",
    "xtts": "newsread.engines.xtts",
    "vits": "newsread.engines.vits",
}

__all__ = ["ENGINES", "Engine", "Voice", "load_engine", "unavailable"]


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


def load_engine(voice: Voice, *, device: str = "auto") -> Engine:
    """Load the engine that speaks ``voice``; raises :class:`VoiceError` with a fix if it cannot."""
    mod = _module(voice.engine)
    engine: Engine = mod.load(voice, device)
    return engine
