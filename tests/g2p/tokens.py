"""Kiwi-like tokens for the G2P tests."""

from __future__ import annotations

from types import SimpleNamespace


def kiwi_tokens(*parts: tuple[str, str]) -> tuple[str, list[SimpleNamespace]]:
    """Text and Kiwi-like tokens from (surface, tag) pairs; a surface of " " is a space."""
    text, tokens = "", []
    for surface, tag in parts:
        if surface != " ":
            tokens.append(SimpleNamespace(form=surface, tag=tag, start=len(text), len=len(surface)))
        text += surface
    return text, tokens
