"""The whole path: sources → plan → synthesis → assembly → :class:`Episode`."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import numpy as np

from newsread import ingest
from newsread.assemble import chapter_marks, level, normalize_loudness, place
from newsread.engines import load_engine
from newsread.engines.base import Engine, Voice
from newsread.episode import Episode
from newsread.errors import InputError
from newsread.normalize import load_lexicon, normalize
from newsread.segment import build_script
from newsread.settings import Settings
from newsread.synth import SentenceCache, default_cache_dir, synthesize
from newsread.types import Article, Audio, Block, Script, Sentence, Timing
from newsread.voices import get_voice

Source = str | Path | Article
#: called after each sentence with (sentences done, sentences in all)
Progress = Callable[[int, int], None]


def _with_byline(article: Article) -> Article:
    if not article.byline:
        return article
    start = len(article.text) + 2
    block = Block("paragraph", article.byline, start, start + len(article.byline))
    return dataclasses.replace(article, text=f"{article.text}\n\n{article.byline}", blocks=(*article.blocks, block))


def load_articles(sources: Sequence[Source], *, encoding: str | None = None) -> list[Article]:
    """Ingest every source (a path, ``"-"`` for stdin, or an :class:`Article`)."""
    if not sources:
        raise InputError("no article given: pass a file, or - to read standard input")
    return [s if isinstance(s, Article) else ingest.load(s, encoding=encoding) for s in sources]


def plan(
    sources: Source | Sequence[Source], settings: Settings | None = None, *, encoding: str | None = None
) -> Script:
    """The reading plan of ``sources`` without synthesizing anything."""
    settings = settings or Settings()
    items: Sequence[Source] = [sources] if isinstance(sources, str | Path | Article) else sources
    articles = load_articles(items, encoding=encoding)
    if settings.read_byline:
        articles = [_with_byline(a) for a in articles]
    lexicon = load_lexicon(settings.lexicon) if settings.lexicon else None
    script = build_script(articles, partial(normalize, lexicon=lexicon))
    if not script.sentences:
        names = ", ".join(a.source or "input" for a in articles)
        raise InputError(f"{names}: nothing to read was found in the article")
    return script


def resolve_voice(settings: Settings) -> Voice:
    """The voice a render will use, with ``--engine``/``--model`` applied."""
    voice = get_voice(settings.voice)
    if settings.engine and settings.engine != voice.engine:
        voice = dataclasses.replace(voice, engine=settings.engine, name=f"{voice.name}+{settings.engine}")
    if settings.model is not None:
        voice = dataclasses.replace(voice, model=str(settings.model))
    return voice


def open_engine(settings: Settings) -> tuple[Voice, Engine]:
    voice = resolve_voice(settings)
    return voice, load_engine(voice, device=settings.device)


def sentence_cache(settings: Settings) -> SentenceCache | None:
    if not settings.use_cache:
        return None
    return SentenceCache(settings.cache_dir or default_cache_dir())


@dataclass(frozen=True)
class SpokenSentence:
    """One sentence's audio as it streams out, with its place in the programme.

    ``audio`` is at ``sample_rate``; ``pause`` is the silence that precedes it. Streamed
    audio is levelled sentence by sentence (a stream cannot look ahead), so its loudness
    differs slightly from the whole-episode normalization of :func:`read`.
    """

    sentence: Sentence
    pause: Audio
    audio: Audio
    timing: Timing
    sample_rate: int


def _render(script: Script, engine: Engine, voice: Voice, settings: Settings) -> Iterator[SpokenSentence]:
    rate = settings.rate * voice.rate
    segments = synthesize(script.sentences, engine, rate=rate, cache=sentence_cache(settings))
    for piece in place(script, segments, settings):
        yield SpokenSentence(piece.sentence, piece.pause, piece.audio, piece.timing, settings.sample_rate)


def stream(
    sources: Source | Sequence[Source],
    settings: Settings | None = None,
    *,
    engine: Engine | None = None,
    encoding: str | None = None,
) -> Iterator[SpokenSentence]:
    """Yield the reading sentence by sentence, as soon as each is synthesized."""
    settings = settings or Settings()
    script = plan(sources, settings, encoding=encoding)
    voice = resolve_voice(settings)
    engine = engine or load_engine(voice, device=settings.device)
    for item in _render(script, engine, voice, settings):
        audio = item.audio
        if settings.loudness is not None:
            audio = normalize_loudness(audio, settings.sample_rate, settings.loudness, settings.true_peak)
        yield dataclasses.replace(item, audio=audio)


def render(
    script: Script,
    engine: Engine,
    voice: Voice,
    settings: Settings,
    *,
    progress: Progress | None = None,
) -> Episode:
    """Synthesize and assemble a planned script."""
    pauses: list[Audio] = []
    clips: list[Audio] = []
    timings: list[Timing] = []
    total = len(script.sentences)
    for n, item in enumerate(_render(script, engine, voice, settings), 1):
        pauses.append(item.pause)
        clips.append(item.audio)
        timings.append(item.timing)
        if progress is not None:
            progress(n, total)
    if settings.loudness is not None:
        clips = level(clips, settings.sample_rate, settings.loudness, settings.true_peak)
    tail = np.zeros(round(settings.lead_in * settings.sample_rate), dtype=np.float32)
    audio = np.concatenate([x for pair in zip(pauses, clips, strict=True) for x in pair] + [tail])
    del pauses, clips
    duration = len(audio) / settings.sample_rate
    return Episode(
        script=script,
        audio=audio,
        sample_rate=settings.sample_rate,
        timings=tuple(timings),
        chapters=chapter_marks(script, timings, duration),
        voice=voice.name,
        engine=engine.name,
    )


def read(
    sources: Source | Sequence[Source],
    settings: Settings | None = None,
    *,
    engine: Engine | None = None,
    encoding: str | None = None,
    progress: Progress | None = None,
) -> Episode:
    """Read one or more articles aloud: ``newsread.read("article.txt").write_mp3("out.mp3")``.

    Several sources make one episode with one chapter per article. ``engine`` overrides the
    voice's engine (tests pass a silent one).
    """
    settings = settings or Settings()
    script = plan(sources, settings, encoding=encoding)
    voice = resolve_voice(settings)
    engine = engine or load_engine(voice, device=settings.device)
    return render(script, engine, voice, settings, progress=progress)
