"""The knobs of a render, in one place."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsread.devices import check_device


@dataclass(frozen=True)
class Settings:
    """Everything a render can be tuned by.

    Attributes:
        voice: name of a voice definition (see ``newsread voices``); ``None`` picks the default.
        engine: engine name, overriding the voice's engine (``kokoro``, ``espeak``, ``silent``...).
        model: a local model folder for engines that load one (xtts, vits).
        device: ``auto``, ``cpu``, ``cuda`` or ``cuda:N``.
        rate: speaking rate; 1.0 is the voice's normal rate, 1.5 half again as fast. Pitch is kept.
        sentence_pause: seconds of silence between sentences of a paragraph.
        paragraph_pause: seconds between paragraphs.
        section_pause: seconds before a subheading (and after the headline).
        article_pause: seconds between articles when several are read as one episode.
        lead_in: seconds of silence at the very start and end.
        sample_rate: sample rate of the assembled audio.
        loudness: target integrated loudness in LUFS (``None`` leaves the level alone).
        true_peak: ceiling for the true peak in dBTP.
        bitrate: MP3 bitrate in kbit/s.
        read_byline: also read the dateline/byline.
        lexicon: a TSV of ``written<TAB>spoken`` readings that take precedence.
        cache_dir: where synthesized sentences are cached (``None``: the user cache folder).
        use_cache: set False to neither read nor write the sentence cache.
    """

    voice: str | None = None
    engine: str | None = None
    model: Path | None = None
    device: str = "auto"
    rate: float = 1.0
    sentence_pause: float = 0.35
    paragraph_pause: float = 0.7
    section_pause: float = 1.1
    article_pause: float = 1.6
    lead_in: float = 0.3
    sample_rate: int = 44100
    loudness: float | None = -16.0
    true_peak: float = -1.0
    bitrate: int = 96
    read_byline: bool = False
    lexicon: Path | None = None
    cache_dir: Path | None = None
    use_cache: bool = True

    def __post_init__(self) -> None:
        # a misspelt device is refused before anything loads, for every engine (CUDA, gpu)
        object.__setattr__(self, "device", check_device(self.device))
