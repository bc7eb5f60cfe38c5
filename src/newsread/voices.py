"""Voice definitions: ``voices/*.toml`` shipped with newsread, plus the user's own.

A voice file looks like::

    engine = "kokoro"
    language = "ko"
    description = "..."
    speaker = "jf_alpha"
    rate = 1.0
    [options]
    ...

Voices are looked up in, in order: folders named in ``NEWSREAD_VOICES`` (``os.pathsep``
separated), ``~/.config/newsread/voices``, and the voices that ship with newsread.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsread.engines.base import Voice
from newsread.errors import VoiceError

if TYPE_CHECKING:
    from newsread.settings import Settings

#: the voice used when none is asked for
DEFAULT_VOICE = "kokoro-nezumi-kumo"

_FIELDS = {"engine", "language", "description", "model", "speaker", "reference", "rate", "options"}


def builtin_dir() -> Path:
    """The voices that ship with newsread (in the wheel, or the repository's ``voices/``)."""
    packaged = Path(__file__).parent / "_voices"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "voices"


def search_path() -> list[Path]:
    dirs = [Path(p) for p in os.environ.get("NEWSREAD_VOICES", "").split(os.pathsep) if p]
    dirs.append(Path.home() / ".config" / "newsread" / "voices")
    dirs.append(builtin_dir())
    return dirs


def parse_voice(path: Path) -> Voice:
    """Read one voice file; raises :class:`VoiceError` naming the file and the problem."""
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise VoiceError(f"voice file {path} cannot be read: {exc}") from exc
    unknown = set(data) - _FIELDS
    if unknown:
        raise VoiceError(f"voice file {path} has unknown keys {sorted(unknown)}: allowed are {sorted(_FIELDS)}")
    if "engine" not in data:
        raise VoiceError(f'voice file {path} names no engine: add engine = "kokoro" (or another)')
    ref = data.get("reference")
    return Voice(
        name=path.stem,
        engine=str(data["engine"]),
        language=str(data.get("language", "ko")),
        description=str(data.get("description", "")),
        model=data.get("model"),
        speaker=data.get("speaker"),
        reference=(path.parent / ref) if ref else None,
        rate=float(data.get("rate", 1.0)),
        options=dict(data.get("options", {})),
        path=path,
    )


def list_voices() -> list[Voice]:
    """Every voice found, the first definition of a name winning."""
    seen: dict[str, Voice] = {}
    for folder in search_path():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            if path.stem not in seen:
                seen[path.stem] = parse_voice(path)
    return sorted(seen.values(), key=lambda v: v.name)


def get_voice(name: str | None = None) -> Voice:
    """The voice called ``name`` (the default voice when ``None``)."""
    wanted = name or DEFAULT_VOICE
    for folder in search_path():
        path = folder / f"{wanted}.toml"
        if path.is_file():
            return parse_voice(path)
    names = ", ".join(v.name for v in list_voices()) or "none"
    raise VoiceError(f"unknown voice {wanted!r}: run `newsread voices` to list them (found: {names})")


def resolve_voice(settings: Settings) -> Voice:
    """The voice a render will use, with ``--engine``/``--model`` applied."""
    voice = get_voice(settings.voice)
    if settings.engine and settings.engine != voice.engine:
        voice = dataclasses.replace(voice, engine=settings.engine, name=f"{voice.name}+{settings.engine}")
    if settings.model is not None:
        voice = dataclasses.replace(voice, model=str(settings.model))
    return voice
