"""WebVTT transcript of an episode: one cue per sentence, timed from the assembled audio.

Hand-written rather than through ``webvtt-py``: that library writes cue text as given, and a
cue here must have ``&``, ``<`` and ``>`` escaped (a headline with ``<`` would otherwise be
read as a tag, and ``-->`` would end the timing line).
"""

from __future__ import annotations

from pathlib import Path

from newsread.episode import Episode
from newsread.export import atomic_path


def vtt_timestamp(seconds: float) -> str:
    """``HH:MM:SS.mmm``, as WebVTT wants it."""
    ms = max(0, round(seconds * 1000))
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def escape_cue_text(text: str) -> str:
    """Cue text with the characters WebVTT gives meaning to escaped, on one line."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return " ".join(text.split())


def to_vtt(episode: Episode) -> str:
    """The transcript: ``WEBVTT``, then one cue per sentence numbered from 1."""
    lines = ["WEBVTT", ""]
    for sentence, timing in zip(episode.script.sentences, episode.timings, strict=True):
        lines.append(str(sentence.index + 1))
        lines.append(f"{vtt_timestamp(timing.start)} --> {vtt_timestamp(timing.end)}")
        lines.append(escape_cue_text(sentence.text))
        lines.append("")
    return "\n".join(lines)


def write_vtt(episode: Episode, path: Path) -> None:
    """Write the transcript atomically (UTF-8)."""
    with atomic_path(path) as tmp:
        tmp.write_text(to_vtt(episode), encoding="utf-8")
