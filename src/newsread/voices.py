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

#: the keys that hold text; ``rate`` is a positive number and ``options`` a table
_TEXT_FIELDS = ("engine", "language", "description", "model", "speaker", "reference")
_FIELDS = {*_TEXT_FIELDS, "rate", "options"}


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


def _checked(path: Path, data: dict[str, Any]) -> None:
    """Raise :class:`VoiceError` naming the file and key where a value has the wrong kind."""
    for key in _TEXT_FIELDS:
        if key in data and not isinstance(data[key], str):
            raise VoiceError(f'voice file {path}: {key} must be text in quotes, like {key} = "..."')
    rate = data.get("rate", 1.0)
    if isinstance(rate, bool) or not isinstance(rate, int | float) or not rate > 0:
        raise VoiceError(f"voice file {path}: rate must be a number above 0, like rate = 1.2")
    if not isinstance(data.get("options", {}), dict):
        raise VoiceError(f"voice file {path}: options must be a table, written [options] on a line of its own")


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
    _checked(path, data)
    ref = data.get("reference")
    return Voice(
        name=path.stem,
        engine=data["engine"],
        language=data.get("language", "ko"),
        description=data.get("description", ""),
        model=data.get("model"),
        speaker=data.get("speaker"),
        reference=(path.parent / ref) if ref else None,
        rate=float(data.get("rate", 1.0)),
        options=dict(data.get("options", {})),
        path=path,
    )


def scan_voices() -> tuple[list[Voice], dict[str, VoiceError]]:
    """Every voice found, the first definition of a name winning, and the voice files that
    cannot be used, by name, with why: one mistake in a file spoils no other voice."""
    seen: dict[str, Voice | VoiceError] = {}
    for folder in search_path():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            if path.stem not in seen:
                try:
                    seen[path.stem] = parse_voice(path)
                except VoiceError as exc:
                    seen[path.stem] = exc
    voices = sorted((v for v in seen.values() if isinstance(v, Voice)), key=lambda v: v.name)
    broken = {name: exc for name, exc in sorted(seen.items()) if isinstance(exc, VoiceError)}
    return voices, broken


def list_voices() -> list[Voice]:
    """Every usable voice found, the first definition of a name winning."""
    return scan_voices()[0]


def get_voice(name: str | None = None) -> Voice:
    """The voice called ``name`` (the default voice when ``None``), or the voice file ``name``
    names when it ends in ``.toml``."""
    wanted = name or DEFAULT_VOICE
    if wanted.endswith(".toml"):
        if not Path(wanted).is_file():
            raise VoiceError(f"{wanted}: no such voice file: check the path, or give a name from `newsread voices`")
        return parse_voice(Path(wanted))
    for folder in search_path():
        path = folder / f"{wanted}.toml"
        if path.is_file():
            return parse_voice(path)
    names = ", ".join(v.name for v in list_voices()) or "none"
    raise VoiceError(f"unknown voice {wanted!r}: run `newsread voices` to list them (found: {names})")


#: the engines that load a model folder (``--model``, ``model =``); the others bring their own
MODEL_ENGINES = ("vits", "xtts")


def check_model_option(voice: Voice) -> None:
    """Refuse ``--model`` for a voice whose engine loads no model folder: it was ignored without a
    word, and a user who named a folder heard the built-in voice, believing it was their model."""
    if voice.engine not in MODEL_ENGINES:
        raise VoiceError(
            f"voice {voice.name} uses {voice.engine}, which loads no model folder: leave --model out, "
            f"or add --engine with one that does ({', '.join(MODEL_ENGINES)})"
        )


def resolve_voice(settings: Settings) -> Voice:
    """The voice a render will use, with ``--engine``/``--model`` applied."""
    voice = get_voice(settings.voice)
    if settings.engine and settings.engine != voice.engine:
        voice = dataclasses.replace(voice, engine=settings.engine, name=f"{voice.name}+{settings.engine}")
    if settings.model is not None:
        voice = dataclasses.replace(voice, model=str(settings.model))
    return voice
