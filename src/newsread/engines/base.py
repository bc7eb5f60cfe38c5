"""The interface every speech engine implements."""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsread.errors import EngineError
from newsread.types import Audio


@dataclass(frozen=True)
class Voice:
    """A voice definition from ``voices/NAME.toml``.

    Attributes:
        name: what the user passes to ``--voice``.
        engine: the engine that speaks it (``kokoro``, ``espeak``, ``xtts``, ``vits``, ``silent``).
        language: BCP 47 language tag of what it speaks (``ko``).
        description: one line for ``newsread voices``.
        model: a model folder or model name for engines that load one.
        speaker: a built-in speaker or style name of the model.
        reference: a reference clip for voice cloning (relative paths are relative to the TOML).
        rate: the voice's own speaking rate factor (multiplied with ``--rate``).
        options: engine-specific settings, passed through untouched.
        path: the file it was read from.
    """

    name: str
    engine: str
    language: str = "ko"
    description: str = ""
    model: str | None = None
    speaker: str | None = None
    reference: Path | None = None
    rate: float = 1.0
    options: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None


class Engine(ABC):
    """A loaded text-to-speech model.

    An engine is given text that newsread has already normalized, at most ``max_chars``
    characters a piece, and yields one clip per piece, in order. Engines that batch do so
    inside :meth:`synthesize`; the caller passes as many pieces as it has.
    """

    #: registry name of the engine
    name: str = ""
    #: sample rate of the clips it returns
    sample_rate: int = 24000
    #: longest text (in characters) one clip may be made from
    max_chars: int = 300
    #: whether it is an offline fallback whose quality the CLI should warn about
    fallback: bool = False

    @abstractmethod
    def synthesize(self, texts: Sequence[str], *, rate: float = 1.0) -> Iterator[Audio]:
        """Yield one mono float32 clip per text, in the order given."""

    def cache_key(self) -> str:
        """A string that changes whenever the same text would sound different."""
        return self.name

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release what the engine holds (sessions, GPU memory)."""


@dataclass(frozen=True)
class EngineIdentity:
    """What an engine will report once loaded, known without loading it.

    An engine module that can tell this cheaply has ``identity(voice) -> EngineIdentity``;
    with it a render whose sentences are all cached never loads the model (see :class:`LazyEngine`).
    """

    name: str
    sample_rate: int
    max_chars: int
    cache_key: str
    fallback: bool = False


class LazyEngine(Engine):
    """An engine that is loaded on its first :meth:`synthesize`, not before.

    Until then it answers :meth:`cache_key` and its attributes from an :class:`EngineIdentity`,
    so cached sentences are found without the model. The loaded engine must report the same
    identity; a mismatch would file audio under the wrong key, so it is refused.
    """

    def __init__(self, identity: EngineIdentity, load: Callable[[], Engine]) -> None:
        self.name = identity.name
        self.sample_rate = identity.sample_rate
        self.max_chars = identity.max_chars
        self.fallback = identity.fallback
        self._identity = identity
        self._load = load
        self._engine: Engine | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        """Whether the real engine has been loaded (and not closed since)."""
        return self._engine is not None

    def engine(self) -> Engine:
        """The real engine, loaded now if it is not yet."""
        with self._lock:
            if self._engine is None:
                engine = self._load()
                got = EngineIdentity(
                    engine.name, engine.sample_rate, engine.max_chars, engine.cache_key(), engine.fallback
                )
                if got != self._identity:
                    engine.close()
                    raise EngineError(
                        f"the {engine.name} engine loaded as {got.cache_key!r}, not the "
                        f"{self._identity.cache_key!r} it announced: please report this"
                    )
                self._engine = engine
            return self._engine

    def synthesize(self, texts: Sequence[str], *, rate: float = 1.0) -> Iterator[Audio]:
        if not texts:
            return iter(())
        return iter(self.engine().synthesize(texts, rate=rate))

    def cache_key(self) -> str:
        return self._identity.cache_key

    def close(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.close()
                self._engine = None
