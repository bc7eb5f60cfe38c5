"""The interface every speech engine implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
