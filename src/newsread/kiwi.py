"""One shared Kiwi analyser, built on first use (building one takes about a second)."""

from __future__ import annotations

import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

_lock = threading.Lock()
_morphology: ContextVar[bool] = ContextVar("newsread_morphology", default=True)


@lru_cache(maxsize=1)
def _build() -> Kiwi:
    from kiwipiepy import Kiwi

    # The typo and multi-word dictionaries cost about 200 MB and nothing newsread uses:
    # typo correction must never rewrite what the article says.
    # newsread analyses one string at a time, so Kiwi's worker pool only costs: building it
    # single-threaded (num_workers=0) takes half the time and leaves the second core to the
    # voice model that loads beside it. kiwipiepy warns that 0 meant "all cores" before 0.21.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*num_workers=0", category=DeprecationWarning)
        return Kiwi(num_workers=0, load_typo_dict=False, load_multi_dict=False)


def get_kiwi() -> Kiwi:
    """The process-wide Kiwi instance."""
    with _lock:
        return _build()


def release() -> None:
    """Drop the shared Kiwi (about 160 MB); the next :func:`get_kiwi` builds a new one."""
    with _lock:
        _build.cache_clear()


@contextmanager
def without_morphology() -> Iterator[None]:
    """Within this block (in this thread), text is analysed without Kiwi: no morpheme boundaries.

    For the first words of a live stream, said while Kiwi is still being built (building it
    holds the interpreter for about a second).
    """
    token = _morphology.set(False)
    try:
        yield
    finally:
        _morphology.reset(token)


def morphology() -> bool:
    """Whether text is analysed with Kiwi here (see :func:`without_morphology`)."""
    return _morphology.get()
