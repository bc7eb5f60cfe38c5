"""One exception hierarchy; the CLI alone turns these into messages and exit codes.

Every message is one line that says what is wrong and what to do about it.
"""

from __future__ import annotations


def counted(n: int, noun: str) -> str:
    """``n`` and ``noun`` as a person says them: "1 chapter", "3 chapters", "0 files"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


class NewsreadError(Exception):
    """Base class of every error newsread raises on purpose."""

    exit_code = 1


class InputError(NewsreadError):
    """The input cannot be read as an article (missing, empty, binary, not Korean...)."""

    exit_code = 2


class VoiceError(NewsreadError):
    """The voice or engine asked for does not exist or cannot be loaded here."""

    exit_code = 3


class EngineError(NewsreadError):
    """The engine failed while synthesizing."""

    exit_code = 4


class OutputError(NewsreadError):
    """The output cannot be written."""

    exit_code = 5
