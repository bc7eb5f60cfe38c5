"""What the neural engines (xtts, vits) share: length-limit splitting, batching, identity.

Nothing here imports torch; the engines do that in their ``load``.
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from newsread.batching import Budget, Scheduler
from newsread.engines.base import Engine
from newsread.errors import EngineError
from newsread.kiwi import get_kiwi, morphology
from newsread.types import Audio

#: closing quotes and brackets that may follow a boundary mark
_CLOSERS = "\"'”’」』)]》〉"
_SENTENCE_END = ".?!…。？！"
_CLAUSE_END = ",;:·、，；：" + _CLOSERS

# boundary strength of a space, strongest first
_SENTENCE, _CLAUSE, _CONNECTIVE, _WORD = range(4)


def _boundaries(text: str) -> dict[int, int]:
    """Strength of every space of ``text`` where a piece may end (key: index of the space)."""
    tokens = get_kiwi().tokenize(text) if morphology() else ()
    connective_ends = {tok.start + tok.len for tok in tokens if tok.tag == "EC"}
    out: dict[int, int] = {}
    for i, ch in enumerate(text):
        if not ch.isspace() or i == 0 or text[i - 1].isspace():
            continue
        j = i - 1
        while j > 0 and text[j] in _CLOSERS:
            j -= 1
        if text[j] in _SENTENCE_END:
            out[i] = _SENTENCE
        elif text[i - 1] in _CLAUSE_END:
            out[i] = _CLAUSE
        elif i in connective_ends:
            out[i] = _CONNECTIVE
        else:
            out[i] = _WORD
    return out


def split_text(text: str, limit: int) -> list[str]:
    """Split ``text`` into pieces of at most ``limit`` characters at natural boundaries.

    A piece ends, by preference, after a sentence mark, then after a comma (or another
    clause mark), then after a connective ending (``-고``, ``-며``, ``-는데``: Kiwi's EC
    tag), then at any space; a boundary is only taken if its piece is at least a third of
    the limit long, otherwise the next weaker one is tried. Words are never cut: a single
    word longer than ``limit`` becomes a piece of its own.
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return [text] if text else []
    spaces = _boundaries(text)
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        fits = [p for p in spaces if start < p <= start + limit]
        cut: int | None = None
        for level in (_SENTENCE, _CLAUSE, _CONNECTIVE, _WORD):
            good = [p for p in fits if spaces[p] <= level and p - start >= limit // 3]
            if good:
                cut = max(good)
                break
        if cut is None:
            cut = max(fits) if fits else min((p for p in spaces if p > start), default=None)
        if cut is None:
            break
        pieces.append(text[start:cut])
        start = cut + 1
    pieces.append(text[start:])
    return pieces


class BatchedEngine(Engine):
    """An engine that renders pieces of text in padded batches through a :class:`Scheduler`.

    Subclasses implement :meth:`render_batch` (one clip per text of a batch) and
    :meth:`cost` (the padded size of one text); this class splits over-long texts at
    natural boundaries, batches, and joins the pieces of a text with a short pause.
    """

    #: silence between the pieces of a text split for length, in seconds
    piece_gap: float = 0.12
    #: how many pieces are planned together (results stream window by window)
    window: int = 256

    def __init__(self, budget: Budget) -> None:
        self.budget = budget

    def render_batch(self, texts: list[str], rate: float) -> list[Audio]:
        raise NotImplementedError

    def cost(self, text: str) -> int:
        return len(text)

    def free_memory(self) -> None:
        """Called after running out of device memory, before the batch is retried."""

    def synthesize(self, texts: Sequence[str], *, rate: float = 1.0) -> Iterator[Audio]:
        if rate <= 0:
            raise EngineError(f"rate must be positive, not {rate}: use a rate such as 1.0 or 1.25")
        split = [split_text(t, self.max_chars) for t in texts]
        flat = [(i, p) for i, ps in enumerate(split) for p in ps]
        sched: Scheduler[str, Audio] = Scheduler(
            lambda batch: self.render_batch(batch, rate), self.cost, self.budget, self.free_memory
        )
        gap = np.zeros(round(self.piece_gap * self.sample_rate), dtype=np.float32)
        pending: list[Audio] = []
        owner = 0
        for w in range(0, max(len(flat), 1), self.window):
            window = flat[w : w + self.window]
            for (i, _), clip in zip(window, sched.iter([p for _, p in window]), strict=True):
                while owner < i:
                    yield _join(pending, gap)
                    pending, owner = [], owner + 1
                pending.append(clip)
            self.budget = sched.budget
        while owner < len(texts):
            yield _join(pending, gap)
            pending, owner = [], owner + 1


def _join(clips: list[Audio], gap: Audio) -> Audio:
    if not clips:
        return np.zeros(0, dtype=np.float32)
    parts: list[Audio] = []
    for k, clip in enumerate(clips):
        if k:
            parts.append(gap)
        parts.append(clip)
    return np.concatenate(parts).astype(np.float32, copy=False)


def file_digest(path: Path, *, limit: int | None = None) -> str:
    """SHA-256 of a file (of its first ``limit`` bytes when given) in hex."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        remaining = limit
        while remaining is None or remaining > 0:
            chunk = f.read(1 << 20 if remaining is None else min(1 << 20, remaining))
            if not chunk:
                break
            h.update(chunk)
            if remaining is not None:
                remaining -= len(chunk)
    return h.hexdigest()


def model_identity(folder: Path, checkpoint: Path) -> str:
    """Identity of a model folder: its path, its config's hash and the checkpoint's size/head."""
    config = folder / "config.json"
    cfg = file_digest(config)[:16] if config.is_file() else "noconfig"
    ckpt = f"{checkpoint.stat().st_size}-{file_digest(checkpoint, limit=1 << 20)[:16]}"
    return f"{folder.resolve()}|{cfg}|{ckpt}"


def missing_modules(*names: str) -> list[str]:
    """Those of the importable module ``names`` that are not installed (without importing them)."""
    return [n for n in names if importlib.util.find_spec(n) is None]
