"""Ingest: a file, stdin or a string → :class:`~newsread.types.Article`.

This first version decodes UTF-8 (with or without BOM), UTF-16 with a BOM, or CP949,
takes the first non-empty line as the headline and every other run of non-empty lines as a
paragraph.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsread.errors import InputError
from newsread.types import Article, Block

_HANGUL_MIN = 0xAC00
_HANGUL_MAX = 0xD7A3


def read_source(source: str | Path, *, encoding: str | None = None) -> tuple[bytes, str]:
    """The raw bytes of ``source`` (``"-"`` is stdin) and a name for messages."""
    if str(source) == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    path = Path(source)
    if path.is_dir():
        raise InputError(f"{path} is a directory: give an article file (.txt or .html)")
    try:
        return path.read_bytes(), str(path)
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file: check the path") from exc
    except OSError as exc:
        raise InputError(f"{path} cannot be read: {exc.strerror}") from exc


def decode(data: bytes, name: str, *, encoding: str | None = None) -> str:
    if not data.strip():
        raise InputError(f"{name} is empty: give an article with text in it")
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise InputError(f"{name} cannot be decoded as {encoding}: {exc}") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise InputError(f"{name} looks like a binary file, not text: give a .txt or .html article")
    for enc in ("utf-8-sig", "cp949"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name} is not UTF-8 or CP949 text: pass --encoding NAME")


def has_korean(text: str) -> bool:
    return any(_HANGUL_MIN <= ord(c) <= _HANGUL_MAX for c in text)


def parse_text(text: str, *, source: str | None = None) -> Article:
    """Split plain text into a headline and paragraphs."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    if not paragraphs:
        raise InputError(f"{source or 'input'} has no text to read")
    blocks: list[Block] = []
    parts: list[str] = []
    pos = 0
    for i, para in enumerate(paragraphs):
        if i:
            pos += 2
        blocks.append(Block("title" if i == 0 else "paragraph", para, pos, pos + len(para)))
        parts.append(para)
        pos += len(para)
    return Article(text="\n\n".join(parts), blocks=tuple(blocks), title=paragraphs[0], source=source)


def load(source: str | Path, *, encoding: str | None = None) -> Article:
    """Read an article from a path (``"-"`` for stdin)."""
    data, name = read_source(source, encoding=encoding)
    text = decode(data, name, encoding=encoding)
    if not has_korean(text):
        raise InputError(f"{name} has no Korean text: newsread reads Korean articles")
    return parse_text(text, source=name)
