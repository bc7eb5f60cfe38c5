"""The finished programme: audio, the script it was read from, and where everything lies."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsread.export.mp3 import Tags, write_mp3, write_wav
from newsread.types import Audio, ChapterMark, Script, Timing


@dataclass(frozen=True)
class Episode:
    """An assembled reading.

    Attributes:
        script: the reading plan (sentences with source text, spoken text, offsets).
        audio: mono float32 at ``sample_rate``, loudness-normalized.
        timings: start and end (seconds) of every sentence, index-aligned with ``script.sentences``.
        chapters: chapter marks (headline, subheadings; or one per article).
        voice: the voice's name; engine: the engine that spoke it.
    """

    script: Script
    audio: Audio = field(repr=False)
    sample_rate: int
    timings: tuple[Timing, ...]
    chapters: tuple[ChapterMark, ...]
    voice: str
    engine: str

    @property
    def duration(self) -> float:
        return len(self.audio) / self.sample_rate

    @property
    def title(self) -> str:
        return self.script.title

    def tags(self) -> Tags:
        first = self.script.articles[0] if self.script.articles else None
        return Tags(
            title=self.title,
            artist=(first.author if first and first.author else "newsread"),
            date=first.date if first else None,
            comment=f"read by newsread, voice {self.voice} ({self.engine})",
        )

    def write_mp3(self, path: str | Path, *, bitrate: int = 96) -> None:
        """Write an MP3 with ID3v2.3 tags and chapters (atomically)."""
        write_mp3(Path(path), self.audio, self.sample_rate, tags=self.tags(), chapters=self.chapters, bitrate=bitrate)

    def write_wav(self, path: str | Path) -> None:
        """Write a 16-bit WAV (atomically)."""
        write_wav(Path(path), self.audio, self.sample_rate)
