"""A folder of articles → a podcast: episodes (MP3, transcript, chapters) and ``feed.xml``.

Incremental: the manifest remembers the hash of every article and of the render settings, so
a run renders only new and edited articles. Atomic: episodes are rendered into a staging
folder; only when every render has finished are they moved into ``episodes/``, then the
manifest and ``feed.xml`` are replaced by renames. A run that dies while rendering leaves the
previous feed, and every file it points to, untouched; the next run picks up the episodes
that were completely staged (and the sentence cache has the rest of the audio).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from newsread.engines.base import Engine
from newsread.errors import InputError, OutputError, counted
from newsread.export import atomic_path
from newsread.feed.config import CONFIG_NAME, FeedConfig, check_base_url, load_config
from newsread.feed.cover import cover_problems
from newsread.feed.dates import now_utc, parse_date
from newsread.feed.manifest import MANIFEST_NAME, Entry, Manifest, load_manifest, save_manifest
from newsread.feed.render import EPISODE_FILES, Failed, Job, Progress, Rendered, render_all
from newsread.feed.slug import episode_slug, slugify
from newsread.ingest.feedsniff import is_feed
from newsread.settings import Settings

log = logging.getLogger(__name__)

FEED_NAME = "feed.xml"
EPISODES_DIR = "episodes"
STAGING_DIR = ".staging"
LOCK_NAME = ".newsread-feed.lock"
#: article files the feed reads (a saved RSS/Atom feed, .xml, is one episode with a chapter per story)
SOURCE_SUFFIXES = (".txt", ".html", ".htm", ".xml")
#: bumped when the files an episode is made of change, so existing episodes are re-rendered
FORMAT_VERSION = 2


@dataclass(frozen=True)
class FeedResult:
    """What a build did. Article names are paths relative to the articles folder.

    ``failed`` holds ``(article, reason)`` for every article that could not be rendered;
    a previously published version of it stays in the feed.
    """

    feed: Path
    episodes: int
    new: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    failed: tuple[tuple[str, str], ...] = ()
    feed_written: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        text = (
            f"{counted(self.episodes, 'episode')}: {len(self.new)} new, {len(self.changed)} changed, "
            f"{len(self.unchanged)} unchanged, {len(self.removed)} removed"
        )
        return text + (f", {len(self.failed)} failed" if self.failed else "")

    def failure_lines(self) -> list[str]:
        """One line for each article that failed, naming it and why."""
        return [f"{rel} skipped: {reason}" for rel, reason in self.failed]


def build(
    articles_dir: str | Path,
    out_dir: str | Path,
    base_url: str | None = None,
    *,
    config: FeedConfig | None = None,
    settings: Settings | None = None,
    engine: Engine | None = None,
    keep_removed: bool = False,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> FeedResult:
    """Turn the articles in ``articles_dir`` into a podcast in ``out_dir`` served at ``base_url``.

    ``config`` defaults to ``articles_dir/feed.toml`` (or the defaults when there is none);
    ``base_url`` defaults to its ``base_url``. ``settings.voice`` overrides the config's voice.
    ``engine`` overrides the voice's engine (tests pass a silent one). ``jobs`` is the number of
    articles rendered at once (default: one per CPU core). Removed articles leave the feed and
    their files are deleted, unless ``keep_removed``.

    Raises :class:`InputError` for a missing folder, a bad config or base URL,
    :class:`VoiceError` when the voice cannot be used, :class:`OutputError` when ``out_dir``
    cannot be written. Unreadable articles do not raise: they are listed in
    :attr:`FeedResult.failed` (and logged at INFO level), for the caller to name.
    """
    src = Path(articles_dir)
    site = Path(out_dir)
    if not src.is_dir():
        raise InputError(f"{src} is not a folder: give the folder that holds the articles (.txt, .html)")
    cfg = config if config is not None else load_config(src / CONFIG_NAME)
    url = check_base_url(base_url or cfg.base_url)
    _cover_file(src, cfg.image)  # a missing cover refused now, not after every article is rendered
    _require_feedgen()
    settings = settings or Settings()
    from newsread.export.mp3 import check_bitrate  # imports the encoder: only for a build

    check_bitrate(settings.bitrate)
    if settings.voice is None and cfg.voice is not None:
        settings = dataclasses.replace(settings, voice=cfg.voice)
    try:
        (site / EPISODES_DIR).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create {site / EPISODES_DIR}: {exc.strerror}; choose a writable --out") from exc
    with _locked(site):
        return _build(src, site, url, cfg, settings, engine, keep_removed, jobs, progress)


def _build(
    src: Path,
    site: Path,
    base_url: str,
    cfg: FeedConfig,
    settings: Settings,
    engine: Engine | None,
    keep_removed: bool,
    jobs: int | None,
    progress: Progress | None,
) -> FeedResult:
    _sweep_temporaries(site)
    manifest = load_manifest(site / MANIFEST_NAME)
    key = render_key(settings, engine)
    sources = [p for p in find_articles(src) if p.resolve() != (site / FEED_NAME).resolve()]  # not our own feed
    if not sources:
        log.warning("%s has no articles (.txt, .html, .xml): the feed has no episodes", src)

    failed: list[Failed] = []
    new: list[str] = []
    changed: list[str] = []
    unchanged: list[str] = []
    jobs_todo: list[Job] = []
    taken = manifest.slugs()
    staging = site / STAGING_DIR
    present: set[str] = set()
    for path in sources:
        rel = path.relative_to(src).as_posix()
        present.add(rel)
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            failed.append(Failed(rel, f"cannot be read: {exc.strerror}"))
            continue
        old = manifest.entries.get(rel)
        if old is not None and not old.removed and _is_current(old, digest, key, site):
            unchanged.append(rel)
            continue
        (changed if old is not None and not old.removed else new).append(rel)
        slug = old.slug if old is not None else episode_slug(rel, path.stem, taken)
        taken.add(slug)
        jobs_todo.append(Job(path, rel, slug, digest, key, staging))

    if jobs_todo:
        staging.mkdir(exist_ok=True)
        outcomes = render_all(jobs_todo, settings, engine, jobs, progress)
    else:
        outcomes = []
    rendered = [o for o in outcomes if isinstance(o, Rendered)]
    failed += [o for o in outcomes if isinstance(o, Failed)]
    for f in failed:  # the caller names them last (see :meth:`FeedResult.failure_lines`): here only in the debug log
        log.info("%s skipped: %s", f.rel, f.reason)
    failed_names = {f.rel for f in failed}
    new = [r for r in new if r not in failed_names]
    changed = [r for r in changed if r not in failed_names]

    now = now_utc().isoformat()
    removed = sorted(rel for rel, e in manifest.entries.items() if not e.removed and rel not in present)
    _commit_episodes(site, rendered)
    for r in rendered:
        old = manifest.entries.get(r.rel)
        manifest.entries[r.rel] = Entry(
            source=r.rel,
            slug=r.slug,
            guid=old.guid if old is not None else episode_guid(base_url, r.rel),
            source_hash=r.source_hash,
            render_key=r.render_key,
            first_rendered=old.first_rendered if old is not None else now,
            rendered=now,
            title=r.title,
            description=r.description,
            date=r.date,
            duration=r.duration,
            length=r.length,
        )
    for rel in removed:
        manifest.entries[rel] = dataclasses.replace(manifest.entries[rel], removed=True)
    if rendered or removed or manifest.updated is None:
        manifest.updated = now
    save_manifest(site / MANIFEST_NAME, manifest)

    from newsread.feed.rss import render_rss

    channel, items = _feed_parts(src, site, base_url, cfg, manifest)
    xml = render_rss(channel, items)
    feed_path = site / FEED_NAME
    written = _write_if_changed(feed_path, xml)
    if not keep_removed:
        for rel in removed:
            _delete_episode(site, manifest.entries[rel].slug)
    shutil.rmtree(staging, ignore_errors=True)
    return FeedResult(
        feed=feed_path,
        episodes=len(items),
        new=tuple(new),
        changed=tuple(changed),
        unchanged=tuple(unchanged),
        removed=tuple(removed),
        failed=tuple((f.rel, f.reason) for f in failed),
        feed_written=written,
    )


def _require_feedgen() -> None:
    try:
        import feedgen  # noqa: F401
    except ImportError:
        raise OutputError("writing a podcast feed needs feedgen, which is missing: run `pip install feedgen`") from None


def find_articles(folder: Path) -> list[Path]:
    """The article files directly in ``folder`` (``.txt``, ``.html``, ``.htm``, and ``.xml`` saved news
    feeds; not hidden), sorted. An ``.xml`` file that is no RSS or Atom feed is left out, with a warning."""
    found = sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in SOURCE_SUFFIXES and not p.name.startswith(".") and p.is_file()
    )
    return [p for p in found if p.suffix.lower() != ".xml" or _is_saved_feed(p)]


def _is_saved_feed(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            if is_feed(fh):
                return True
    except OSError:
        return True  # read again, and named as unreadable, with the articles
    log.warning("%s skipped: an .xml file is read only when it is a saved RSS or Atom feed", path.name)
    return False


def render_key(settings: Settings, engine: Engine | None) -> str:
    """A hash of everything besides the article that shapes an episode's files."""
    from newsread.voices import resolve_voice

    voice = resolve_voice(settings)
    shaping = {
        k: str(v)
        for k, v in dataclasses.asdict(settings).items()
        if k not in ("cache_dir", "use_cache", "device", "voice", "engine", "model")
    }
    identity = {
        "format": FORMAT_VERSION,
        "settings": shaping,
        "voice": {
            "engine": voice.engine,
            "model": voice.model,
            "speaker": voice.speaker,
            "reference": str(voice.reference) if voice.reference else None,
            "rate": voice.rate,
            "options": {k: str(v) for k, v in sorted(voice.options.items())},
        },
        "engine": engine.cache_key() if engine is not None else None,
        "lexicon": _file_hash(settings.lexicon),
    }
    return hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()


def _file_hash(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError as exc:
        raise InputError(f"lexicon {path} cannot be read: {exc.strerror}") from exc


def episode_guid(base_url: str, rel: str) -> str:
    """The item GUID: a UUIDv5 of the feed's ``podcast:guid`` and the article's path."""
    import uuid

    from newsread.feed.rss import podcast_guid

    return str(uuid.uuid5(uuid.UUID(podcast_guid(base_url + FEED_NAME)), rel))


def _is_current(entry: Entry, digest: str, key: str, site: Path) -> bool:
    if entry.source_hash != digest or entry.render_key != key:
        return False
    folder = site / EPISODES_DIR
    mp3 = folder / f"{entry.slug}.mp3"
    try:
        if mp3.stat().st_size != entry.length:
            return False
    except OSError:
        return False
    return all((folder / f"{entry.slug}{suffix}").is_file() for suffix in EPISODE_FILES[1:])


# --- committing ------------------------------------------------------------------------


def _commit_episodes(site: Path, rendered: Sequence[Rendered]) -> None:
    """Move staged episodes into ``episodes/`` (each file by one rename; the MP3 last)."""
    staging = site / STAGING_DIR
    folder = site / EPISODES_DIR
    for r in rendered:
        for suffix in (*EPISODE_FILES[1:], EPISODE_FILES[0]):
            os.replace(staging / f"{r.slug}{suffix}", folder / f"{r.slug}{suffix}")


def _delete_episode(site: Path, slug: str) -> None:
    for suffix in EPISODE_FILES:
        (site / EPISODES_DIR / f"{slug}{suffix}").unlink(missing_ok=True)


def _write_if_changed(path: Path, data: bytes) -> bool:
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return True


def _sweep_temporaries(site: Path) -> None:
    """Remove temporary files a killed run left beside the feed and the manifest."""
    for name in (FEED_NAME, MANIFEST_NAME):
        for tmp in site.glob(f".{name}.*"):
            tmp.unlink(missing_ok=True)


@contextmanager
def _locked(site: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``site`` so two builds never interleave."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no locking
        yield
        return
    try:
        fh = (site / LOCK_NAME).open("a")
    except OSError as exc:
        raise OutputError(f"cannot write in {site}: {exc.strerror}; choose a writable --out") from exc
    with fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise OutputError(f"another feed build is running in {site}: wait for it to finish") from exc
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


# --- the feed document -----------------------------------------------------------------


def _feed_parts(src: Path, site: Path, base_url: str, cfg: FeedConfig, manifest: Manifest) -> tuple[Any, list[Any]]:
    from newsread.feed.rss import Channel, Item

    title = cfg.title or src.resolve().name or "newsread"
    last = manifest.updated or now_utc().isoformat()
    channel = Channel(
        config=cfg,
        title=title,
        description=cfg.description or title,
        link=cfg.link or base_url,
        feed_url=base_url + FEED_NAME,
        image_url=_image_url(src, site, base_url, cfg.image),
        last_build=_aware(last),
    )
    live = [e for e in manifest.entries.values() if not e.removed]
    live.sort(key=lambda e: e.source)
    live.sort(key=lambda e: _aware(e.date or e.first_rendered), reverse=True)
    items = []
    for e in live:
        base = f"{base_url}{EPISODES_DIR}/{quote(e.slug)}"
        items.append(
            Item(
                title=e.title,
                description=e.description,
                guid=e.guid,
                pub_date=_aware(e.date or e.first_rendered),
                audio_url=f"{base}.mp3",
                length=e.length,
                duration=round(e.duration),
                chapters_url=f"{base}.chapters.json",
                transcript_url=f"{base}.vtt",
                json_transcript_url=f"{base}.transcript.json",
                language=cfg.language,
            )
        )
    return channel, items


def _aware(iso: str) -> Any:
    parsed = parse_date(iso)
    if parsed is None:  # pragma: no cover - the manifest only holds ISO times
        raise ValueError(f"not a time: {iso!r}")
    return parsed


def _cover_file(src: Path, image: str | None) -> Path | None:
    """The cover art's local file (``None`` for none or an address); :class:`InputError` where the
    file is missing or not an image podcast apps take, found before any article is rendered."""
    if not image or urlsplit(image).scheme in ("http", "https"):
        return None
    path = Path(image) if Path(image).is_absolute() else src / image
    if not path.is_file():
        raise InputError(f"cover image {path} does not exist: set image in feed.toml to a file or an https:// URL")
    if path.suffix.lower() not in (".jpg", ".jpeg", ".png"):
        raise InputError(f"cover image {path} must be a .jpg or .png file (what podcast apps accept)")
    return path


def _image_url(src: Path, site: Path, base_url: str, image: str | None) -> str | None:
    """The cover art's URL; a local file is copied into the site first."""
    if not image:
        log.warning("no cover image: set image in feed.toml (Apple Podcasts requires one)")
        return None
    if urlsplit(image).scheme in ("http", "https"):
        if not urlsplit(image).path.lower().endswith((".jpg", ".jpeg", ".png")):
            log.warning("cover image %s: Apple Podcasts wants its address to end in .jpg or .png", image)
        return image
    path = _cover_file(src, image)
    assert path is not None  # an address returned above
    data = path.read_bytes()
    problems = cover_problems(data, path.name)
    if problems:
        log.warning("cover image %s would be refused by Apple Podcasts: %s", path, "; ".join(problems))
    name = (slugify(path.stem) or "cover") + path.suffix.lower()
    _write_if_changed(site / name, data)
    return base_url + quote(name)
