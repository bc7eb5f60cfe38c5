"""Synthesize: sentences → one :class:`~newsread.types.Segment` per sentence, in order.

Spoken text longer than the engine's limit is split at natural boundaries (sentence
punctuation, then commas, then spaces; never inside a word) and the pieces are joined with
a short pause. Every sentence's audio is cached on disk, keyed by the engine's identity, the
rate and the spoken text, so a killed render resumes where it stopped and an edited article
only synthesizes the sentences that changed.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from newsread.engines.base import Engine
from newsread.errors import EngineError
from newsread.export import remove_stale
from newsread.types import Audio, Segment, Sentence

log = logging.getLogger(__name__)

PIECE_GAP = 0.08  # seconds between pieces of one long sentence
_FADE = 0.004  # seconds of fade at piece edges, against clicks
_BOUNDARIES = (r"(?<=[.!?。…])\s+", r"(?<=[,;:·])\s*", r"\s+")


def split_for_engine(text: str, max_chars: int) -> list[str]:
    """Split ``text`` into pieces of at most ``max_chars`` characters at natural boundaries.

    Tries sentence punctuation, then commas and the like, then spaces; a single word longer
    than ``max_chars`` is the only thing ever cut inside.
    """
    text = text.strip()
    if len(text) <= max_chars:
        return [text] if text else []
    for pattern in _BOUNDARIES:
        parts = [p for p in re.split(pattern, text) if p.strip()]
        if len(parts) > 1:
            return _pack(parts, max_chars, joiner=" ")
    return [text[i : i + max_chars] for i in range(0, len(text), max_chars)]


def _pack(parts: list[str], max_chars: int, joiner: str) -> list[str]:
    pieces: list[str] = []
    current = ""
    for part in parts:
        candidate = f"{current}{joiner}{part}" if current else part
        if len(candidate) <= max_chars:
            current = candidate
            continue
        if current:
            pieces.append(current)
        if len(part) > max_chars:
            pieces.extend(split_for_engine(part, max_chars))
            current = ""
        else:
            current = part
    if current:
        pieces.append(current)
    return pieces


def fade_edges(audio: Audio, sample_rate: int) -> Audio:
    """``audio`` with short linear fades at both ends, so a cut between pieces does not click."""
    n = min(int(_FADE * sample_rate), len(audio) // 2)
    if n <= 1:
        return audio
    out = audio.copy()
    ramp = np.linspace(0.0, 1.0, n, dtype=np.float32)
    out[:n] *= ramp
    out[-n:] *= ramp[::-1]
    return out


def join_pieces(clips: Sequence[Audio], sample_rate: int) -> Audio:
    """Join the clips of one sentence with a short pause and faded edges."""
    if len(clips) == 1:
        return clips[0].astype(np.float32, copy=False)
    gap = np.zeros(int(PIECE_GAP * sample_rate), dtype=np.float32)
    out: list[Audio] = []
    for i, clip in enumerate(clips):
        if i:
            out.append(gap)
        out.append(fade_edges(clip.astype(np.float32, copy=False), sample_rate))
    return np.concatenate(out)


def cache_home() -> Path:
    """newsread's cache folder: ``$NEWSREAD_CACHE``, else ``$XDG_CACHE_HOME/newsread``."""
    env = os.environ.get("NEWSREAD_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "newsread"


def default_cache_dir() -> Path:
    """Where synthesized sentences are kept."""
    return cache_home() / "sentences"


#: the sentence cache is trimmed to this size after a render, unless $NEWSREAD_CACHE_MAX says otherwise
DEFAULT_CACHE_MAX = 2 * 1024**3
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?", re.IGNORECASE)


def parse_size(text: str) -> int:
    """``"2G"``, ``"500M"``, ``"1.5GB"``, ``"0"`` → bytes (powers of 1024); :class:`ValueError` otherwise."""
    m = _SIZE.fullmatch(text.strip())
    if m is None:
        raise ValueError(f"{text!r} is not a size: write it like 2G, 500M or 0")
    return int(float(m.group(1)) * 1024 ** "_kmgt".index(m.group(2).lower() or "_"))


def cache_limit() -> int:
    """How large the sentence cache may grow: ``$NEWSREAD_CACHE_MAX`` (a size), else 2 GiB."""
    env = os.environ.get("NEWSREAD_CACHE_MAX")
    if not env:
        return DEFAULT_CACHE_MAX
    try:
        return parse_size(env)
    except ValueError:
        log.warning("NEWSREAD_CACHE_MAX=%s is not a size (like 2G or 500M); keeping the cache under 2G", env)
        return DEFAULT_CACHE_MAX


class SentenceCache:
    """Audio of synthesized sentences on disk, one ``.npy`` file per sentence.

    Files are written to a temporary name and renamed into place, so a render killed
    mid-write never leaves a truncated entry behind.
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    @staticmethod
    def key(engine: Engine, rate: float, spoken: str) -> str:
        raw = f"{engine.cache_key()}\0{engine.sample_rate}\0{rate:.4f}\0{spoken}"
        return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.npy"

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def get(self, key: str) -> Audio | None:
        path = self._path(key)
        try:
            audio: Audio = np.load(path, allow_pickle=False).astype(np.float32, copy=False)
        except (OSError, ValueError):
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # last used now: :meth:`prune` removes the longest unused first
        return audio

    def entries(self) -> list[tuple[Path, int, float]]:
        """Every cached sentence and plan note: (path, bytes, last used), oldest first."""
        found: list[tuple[Path, int, float]] = []
        if not self.root.is_dir():
            return found
        for path in self.root.glob("*/*"):
            if path.suffix not in (".npy", ".txt"):
                continue
            try:
                st = path.stat()
            except OSError:
                continue
            found.append((path, st.st_size, st.st_mtime))
        found.sort(key=lambda e: e[2])
        return found

    def prune(self, max_bytes: int) -> tuple[int, int]:
        """Remove the longest unused entries until at most ``max_bytes`` remain, and the
        temporary files that renders killed mid-write left behind.

        Returns (files removed, bytes freed). ``max_bytes=0`` empties the cache.
        """
        stale, stale_bytes = self._remove_stale_temporaries()
        found = self.entries()
        total = sum(size for _, size, _ in found)
        removed = freed = 0
        for path, size, _ in found:
            if total - freed <= max_bytes:
                break
            try:
                path.unlink()
            except OSError:
                continue
            removed += 1
            freed += size
        return removed + stale, freed + stale_bytes

    def _remove_stale_temporaries(self) -> tuple[int, int]:
        """Remove the temporary files of writes a killed render left behind: (files, bytes)."""
        return remove_stale(self.root.glob("*/*.tmp"))

    def _plan_path(self, hint: str) -> Path:
        return self.root / "plans" / f"{hint}.txt"

    def remember_plan(self, hint: str, keys: Sequence[str]) -> None:
        """Note which sentence keys the plan named ``hint`` needs (see :meth:`holds_plan`)."""
        path = self._plan_path(hint)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.write("".join(f"{k}\n" for k in keys))
            os.replace(tmp, path)
        except OSError as exc:
            log.debug("plan not noted in the sentence cache (%s): %s", path.parent, exc)

    def holds_plan(self, hint: str) -> bool:
        """Whether every sentence of the plan named ``hint`` is cached, so no engine is needed."""
        try:
            keys = self._plan_path(hint).read_text(encoding="ascii").split()
        except (OSError, UnicodeDecodeError):
            return False
        return bool(keys) and all(self.has(k) for k in keys)

    def put(self, key: str, audio: Audio) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                np.save(fh, audio.astype(np.float32, copy=False), allow_pickle=False)
            os.replace(tmp, path)
        except OSError as exc:
            log.warning("sentence cache not written (%s): %s", path.parent, exc)


def synthesize(
    sentences: Sequence[Sentence],
    engine: Engine,
    *,
    rate: float = 1.0,
    cache: SentenceCache | None = None,
) -> Iterator[Segment]:
    """Yield one segment per sentence, in order, as soon as each is ready.

    Cached sentences are yielded without touching the engine; the others are handed to the
    engine in one call, so an engine that batches sees them all.
    """
    keys = [SentenceCache.key(engine, rate, s.spoken) for s in sentences]
    cached: dict[int, Audio] = {}
    if cache is not None:
        for i, key in enumerate(keys):
            hit = cache.get(key)
            if hit is not None:
                cached[i] = hit
    todo = [i for i in range(len(sentences)) if i not in cached]
    pieces: dict[int, list[str]] = {
        i: split_for_engine(sentences[i].spoken, engine.max_chars) or [sentences[i].spoken] for i in todo
    }
    flat: list[str] = [p for i in todo for p in pieces[i]]
    stream: Iterator[Audio] = iter(engine.synthesize(flat, rate=rate)) if flat else iter(())
    for i, sentence in enumerate(sentences):
        audio = cached.get(i)
        if audio is None:
            clips = _take(stream, len(pieces[i]), sentence)
            audio = join_pieces(clips, engine.sample_rate)
            if cache is not None:
                cache.put(keys[i], audio)
        yield Segment(index=sentence.index, audio=audio, sample_rate=engine.sample_rate)


def _take(stream: Iterator[Audio], n: int, sentence: Sentence) -> list[Audio]:
    clips: list[Audio] = []
    for _ in range(n):
        try:
            clips.append(next(stream))
        except StopIteration:
            raise EngineError(
                f"the engine returned no audio for sentence {sentence.index + 1}: {sentence.text[:40]!r}"
            ) from None
    return clips
