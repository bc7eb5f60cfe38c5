"""Rendering the episodes of a feed into its staging folder, in parallel across articles.

Each article becomes ``SLUG.mp3``, ``SLUG.vtt``, ``SLUG.transcript.json`` (the Podcasting 2.0
JSON transcript) and ``SLUG.chapters.json``, then a sidecar
``SLUG.json`` written last: an episode is complete exactly when its sidecar exists, which is
what lets a run after a crash adopt what the crashed run had finished.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from newsread.engines import unavailable
from newsread.engines.base import Engine
from newsread.errors import NewsreadError, VoiceError
from newsread.export import atomic_path
from newsread.export.transcript import write_podcast_transcript, write_vtt
from newsread.feed.chapters import write_chapters_json
from newsread.feed.dates import parse_date
from newsread.settings import Settings
from newsread.types import Article

log = logging.getLogger(__name__)

#: the files an episode is made of, by suffix (the MP3 first)
EPISODE_FILES = (".mp3", ".vtt", ".transcript.json", ".chapters.json")
#: fewer articles than this are rendered in this process unless ``jobs`` is given: starting
#: a worker (which loads Kiwi and the voice) costs more than it saves
MIN_FOR_POOL = 8

#: called after each rendered article with (articles done, articles to render)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Job:
    """One article to render into ``staging`` under ``slug``."""

    source: Path
    rel: str
    slug: str
    source_hash: str
    render_key: str
    staging: Path


@dataclass(frozen=True)
class Rendered:
    """A complete staged episode and what the feed needs to know of it."""

    rel: str
    slug: str
    source_hash: str
    render_key: str
    title: str
    description: str
    date: str | None
    duration: float
    length: int


@dataclass(frozen=True)
class Failed:
    """An article that could not be rendered, with a one-line reason."""

    rel: str
    reason: str


def render_all(
    todo: Sequence[Job],
    settings: Settings,
    engine: Engine | None,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> list[Rendered | Failed]:
    """Render every job, reusing the complete staged episodes of an interrupted run.

    A voice that cannot be loaded raises (:class:`VoiceError`); an article that cannot be
    read or spoken comes back as :class:`Failed`.
    """
    outcomes: list[Rendered | Failed] = []
    pending: list[Job] = []
    for job in todo:
        staged = adopt_staged(job)
        if staged is not None:
            outcomes.append(staged)
        else:
            pending.append(job)
    total = len(todo)
    if progress is not None and outcomes:
        progress(len(outcomes), total)
    if not pending:
        return outcomes
    if engine is None:
        from newsread.voices import resolve_voice

        voice = resolve_voice(settings)
        why = unavailable(voice)
        if why is not None:
            raise VoiceError(f"voice {voice.name} cannot be used here: {why}")
    workers = min(jobs or os.cpu_count() or 1, len(pending))
    if jobs is None and len(pending) < MIN_FOR_POOL:
        workers = 1
    if workers <= 1:
        from newsread.pipeline import open_engine

        active = engine if engine is not None else open_engine(settings)[1]
        try:
            for job in pending:
                outcomes.append(render_one(job, settings, active))
                if progress is not None:
                    progress(len(outcomes), total)
        finally:
            active.close()
        return outcomes
    # spawn, not fork: the parent may hold threads (Kiwi, BLAS) that a fork would copy mid-state
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=(settings, engine)) as pool:
        futures = {pool.submit(_render_in_worker, job): job for job in pending}
        try:
            for fut in as_completed(futures):
                outcomes.append(_outcome(fut, futures[fut]))
                if progress is not None:
                    progress(len(outcomes), total)
        except BaseException:
            for fut in futures:
                fut.cancel()
            raise
    return outcomes


def _outcome(fut: Future[Rendered | Failed], job: Job) -> Rendered | Failed:
    """What a worker made of ``job``. A worker that died (killed for memory, a crash in native
    code) fails its article and those it had not finished, named with the reason, so that the
    episodes the others finished are still published; a voice that cannot load still raises."""
    try:
        return fut.result()
    except NewsreadError:
        raise
    except Exception as exc:
        log.debug("rendering %s failed in its worker", job.rel, exc_info=True)
        if isinstance(exc, BrokenProcessPool):  # skipped: the process rendering it stopped (...)
            return Failed(job.rel, f"the process rendering it stopped ({exc})")
        return Failed(job.rel, f"unexpected {type(exc).__name__}: {exc}")


_worker_settings: Settings | None = None
_worker_engine: Engine | None = None


def _init_worker(settings: Settings, engine: Engine | None) -> None:
    global _worker_settings, _worker_engine
    _worker_settings, _worker_engine = settings, engine


def _render_in_worker(job: Job) -> Rendered | Failed:
    """Render in a worker process; the engine is loaded on the first job, so a voice that
    cannot load raises through the job's future instead of breaking the pool."""
    global _worker_engine
    if _worker_settings is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("feed worker used before it was initialized")
    if _worker_engine is None:
        from newsread.pipeline import open_engine

        _worker_engine = open_engine(_worker_settings)[1]
    return render_one(job, _worker_settings, _worker_engine)


def render_one(job: Job, settings: Settings, engine: Engine) -> Rendered | Failed:
    """Render one article into the staging folder; its sidecar JSON, written last, marks it complete.

    The episode's title: a file of several stories (a saved RSS or Atom feed, whatever its file's
    suffix, .xml or .html) is named after its file, its stories its chapters; a file of one story,
    a feed of one item included, is an article and takes its story's title (the file's name where
    the story has none)."""
    from newsread.pipeline import read

    try:
        episode = read(job.source, settings, engine=engine)
        mp3 = job.staging / f"{job.slug}.mp3"
        episode.write_mp3(mp3, bitrate=settings.bitrate)
        write_vtt(episode, job.staging / f"{job.slug}.vtt")
        write_podcast_transcript(episode, job.staging / f"{job.slug}.transcript.json")
        write_chapters_json(episode, job.staging / f"{job.slug}.chapters.json")
        stories = episode.script.articles
        article = stories[0]
        if len(stories) > 1:  # a saved news feed: its stories are the chapters, the file names the episode
            title, description = job.source.stem, episode.title
            date = max((d for a in stories if (d := parse_date(a.date)) is not None), default=None)
        else:
            title = article.title or job.source.stem
            description = first_paragraph(article) or title
            date = parse_date(article.date)
        result = Rendered(
            rel=job.rel,
            slug=job.slug,
            source_hash=job.source_hash,
            render_key=job.render_key,
            title=title,
            description=description,
            date=date.isoformat() if date else None,
            duration=episode.duration,
            length=mp3.stat().st_size,
        )
        with atomic_path(job.staging / f"{job.slug}.json", suffix=".tmp") as tmp:
            tmp.write_text(json.dumps(dataclasses.asdict(result), ensure_ascii=False), encoding="utf-8")
        return result
    except NewsreadError as exc:
        return Failed(job.rel, str(exc))
    except Exception as exc:  # one odd article must not stop the whole feed
        log.debug("rendering %s failed", job.rel, exc_info=True)
        return Failed(job.rel, f"unexpected {type(exc).__name__}: {exc}")


def first_paragraph(article: Article) -> str | None:
    """The text of the article's first paragraph block."""
    return next((b.text for b in article.blocks if b.kind == "paragraph" and b.text.strip()), None)


def adopt_staged(job: Job) -> Rendered | None:
    """The result of an interrupted run's complete render of ``job``, if it is still valid."""
    sidecar = job.staging / f"{job.slug}.json"
    if not sidecar.is_file():
        return None
    try:
        staged = Rendered(**json.loads(sidecar.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
    if (staged.rel, staged.source_hash, staged.render_key) != (job.rel, job.source_hash, job.render_key):
        return None
    mp3 = job.staging / f"{job.slug}.mp3"
    if not mp3.is_file() or mp3.stat().st_size != staged.length:
        return None
    if not all((job.staging / f"{job.slug}{s}").is_file() for s in EPISODE_FILES[1:]):
        return None
    return staged
