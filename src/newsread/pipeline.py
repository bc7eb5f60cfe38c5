"""The whole path: sources → plan → synthesis → assembly → :class:`Episode`."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import numpy as np

from newsread import ingest
from newsread.assemble import (
    chapter_marks,
    level,
    limit,
    loudness_gain,
    normalize_loudness,
    pause_seconds,
    place,
    resample,
)
from newsread.engines import Loading, begin_loading, identify, load_engine, start_loading
from newsread.engines.base import Engine, EngineIdentity, LazyEngine, Voice
from newsread.episode import Episode
from newsread.errors import InputError, OutputError
from newsread.export import check_writable
from newsread.kiwi import without_morphology
from newsread.normalize import load_lexicon, normalize, story
from newsread.segment import build_script, phrase_pauses
from newsread.settings import Settings
from newsread.synth import (
    PIECE_GAP,
    SentenceCache,
    cache_limit,
    default_cache_dir,
    fade_edges,
    split_for_engine,
    synthesize,
)
from newsread.types import Article, Audio, Block, Script, Sentence, Timing
from newsread.voices import resolve_voice

log = logging.getLogger(__name__)

Source = str | Path | Article
#: called after each sentence with (sentences done, sentences in all)
Progress = Callable[[int, int], None]


_ADDRESS = re.compile(r"\s*[(\[<]?\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b[)\]>]?|\s*\bhttps?://\S+")


def _with_byline(article: Article) -> Article:
    """``article`` with its byline as a last paragraph, without e-mail and web addresses (not for
    reading) and without a name given twice (``홍길동 기자 (hong@…) / 홍길동 기자``)."""
    parts = (" ".join(part.split()).strip(" ,") for part in _ADDRESS.sub("", article.byline or "").split("/"))
    byline = " / ".join(dict.fromkeys(part for part in parts if part))
    if not byline:
        return article
    start = len(article.text) + 2
    block = Block("paragraph", byline, start, start + len(byline))
    return dataclasses.replace(article, text=f"{article.text}\n\n{byline}", blocks=(*article.blocks, block))


def _as_list(sources: Source | Sequence[Source]) -> Sequence[Source]:
    return [sources] if isinstance(sources, str | Path | Article) else sources


#: a file larger than this is not an article (a saved news page is well under 2 MB); refused before it is read
MAX_INPUT_BYTES = 10 * 1024 * 1024
#: the most characters of text one episode reads: about 4 1/2 hours at the default voice's pace,
#: 3 GB of audio while it is assembled
MAX_EPISODE_CHARS = 100_000


def _check_size(source: Source) -> None:
    if isinstance(source, Article) or str(source) == "-":
        return
    try:
        size = Path(source).stat().st_size
    except OSError:
        return  # ingest says what is wrong with it
    if size > MAX_INPUT_BYTES and Path(source).is_file():
        raise InputError(
            f"{source} is {size / 1024**2:.1f} MB, too large to be an article "
            f"(at most {MAX_INPUT_BYTES // 1024**2} MB): give one article per file"
        )


def _names(articles: Sequence[Article]) -> str:
    """The files the articles came from, each named once (a saved feed gives many articles)."""
    return ", ".join(dict.fromkeys(a.source or "input" for a in articles))


def load_articles(sources: Sequence[Source], *, encoding: str | None = None) -> list[Article]:
    """Ingest every source (a path, ``"-"`` for stdin, or an :class:`Article`).

    A file too large to be an article, or articles with more text than one episode can hold
    (:data:`MAX_EPISODE_CHARS`), are an :class:`InputError`, not hours of work and a machine
    out of memory.
    """
    if not sources:
        raise InputError("no article given: pass a file, or - to read standard input")
    if sum(1 for s in sources if isinstance(s, str | Path) and str(s) == "-") > 1:
        raise InputError("standard input (-) is named twice: it can be read only once; name it once")
    for source in sources:
        _check_size(source)
    # a saved news feed of several items gives each of its stories, an article (a chapter) of the episode
    articles = [a for s in sources for a in ([s] if isinstance(s, Article) else ingest.load_all(s, encoding=encoding))]
    chars = sum(len(a.text) for a in articles)
    if chars > MAX_EPISODE_CHARS:
        raise InputError(
            f"{_names(articles)}: {chars} characters to read, more than one episode holds ({MAX_EPISODE_CHARS}, "
            "about 4 1/2 hours): read fewer articles at once, or split the text into several files"
        )
    return articles


def plan(
    sources: Source | Sequence[Source], settings: Settings | None = None, *, encoding: str | None = None
) -> Script:
    """The reading plan of ``sources`` without synthesizing anything."""
    settings = settings or Settings()
    items = _as_list(sources)
    articles = load_articles(items, encoding=encoding)
    if settings.read_byline:
        articles = [_with_byline(a) for a in articles]
    script = build_script(articles, _normalizer(settings))
    if not script.sentences:
        raise InputError(f"{_names(articles)}: nothing to read was found in the article")
    return script


def open_engine(settings: Settings) -> tuple[Voice, Engine]:
    voice = resolve_voice(settings)
    return voice, load_engine(voice, device=settings.device)


def _start(
    sources: Source | Sequence[Source], settings: Settings, encoding: str | None
) -> tuple[list[Article], Voice, SentenceCache | None, EngineIdentity | None, str | None]:
    """The articles read, the voice, the sentence cache, the engine's identity if known without
    loading it, and the name of this reading's plan in the cache (see :func:`plan_and_open`)."""
    articles = load_articles(_as_list(sources), encoding=encoding)
    voice = resolve_voice(settings)
    cache = sentence_cache(settings)
    ident = identify(voice) if cache is not None else None
    hint = _plan_hint(articles, settings, ident) if ident is not None else None
    return articles, voice, cache, ident, hint


def plan_and_open(
    sources: Source | Sequence[Source], settings: Settings, *, encoding: str | None = None
) -> tuple[Script, Voice, Engine]:
    """:func:`plan` and :func:`open_engine` at once: the engine loads in a thread while Kiwi works.

    The sources are read and the voice resolved first, so bad input fails before anything loads.
    When the sentence cache holds every sentence of the same articles read the same way (a
    re-render), the engine is not loaded at all: it comes as a :class:`LazyEngine` that loads
    only if a sentence turns out to be missing.
    """
    articles, voice, cache, ident, hint = _start(sources, settings, encoding)
    engine: Engine
    if cache is not None and ident is not None and hint is not None and cache.holds_plan(hint):
        script = plan(articles, settings)
        engine = LazyEngine(ident, partial(load_engine, voice, device=settings.device))
    else:
        with ThreadPoolExecutor(1, thread_name_prefix="newsread-load") as pool:
            loading = start_loading(voice, pool, device=settings.device)
            script = plan(articles, settings)
            engine = loading.result()
    if cache is not None and hint is not None:
        rate = settings.rate * voice.rate
        cache.remember_plan(hint, [SentenceCache.key(engine, rate, s.spoken) for s in script.sentences])
    return script, voice, engine


def _plan_hint(articles: Sequence[Article], settings: Settings, ident: EngineIdentity) -> str | None:
    """A name for "these articles, read with these settings by this engine" (see :func:`plan_and_open`)."""
    digest = hashlib.sha256()
    for part in (*map(repr, articles), repr(settings), ident.cache_key):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    if settings.lexicon is not None:
        try:
            digest.update(Path(settings.lexicon).read_bytes())
        except OSError:
            return None
    return digest.hexdigest()


class _ReadOnlyCache(SentenceCache):
    """A sentence cache whose folder cannot be written: what it holds is used, nothing is added."""

    def put(self, key: str, audio: Audio) -> None:
        pass

    def remember_plan(self, hint: str, keys: Sequence[str]) -> None:
        pass


#: cache folders already found unwritable in this process (said once, not once per sentence)
_UNWRITABLE: set[Path] = set()


def sentence_cache(settings: Settings) -> SentenceCache | None:
    """The sentence cache of ``settings``; read-only (or none) where its folder cannot be written."""
    if not settings.use_cache:
        return None
    root = Path(settings.cache_dir or default_cache_dir())
    try:
        root.mkdir(parents=True, exist_ok=True)
        check_writable(root / "probe")
    except (OSError, OutputError) as exc:
        if root not in _UNWRITABLE:
            _UNWRITABLE.add(root)
            reason = getattr(exc.__cause__ or exc, "strerror", None) or exc
            log.warning(
                "sentence cache %s cannot be written (%s): an interrupted reading will start over; "
                "set NEWSREAD_CACHE to a writable folder, or pass --no-cache",
                root,
                reason,
            )
        return _ReadOnlyCache(root) if root.is_dir() else None
    return SentenceCache(root)


def trim_cache(settings: Settings) -> None:
    """Keep the sentence cache under its limit (:func:`newsread.synth.cache_limit`), removing
    the sentences unused the longest; called after each render."""
    cache = sentence_cache(settings)
    if cache is not None:
        cache.prune(cache_limit())


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


#: the longest piece (in characters) a sentence is cut into while the listener's buffer is short
STREAM_PIECE_CHARS = 16
#: pieces shorter than this are joined to the next one (a lone "이," sounds wrong and is too short to level)
STREAM_MIN_PIECE_CHARS = 8
#: a sentence is synthesized whole only if the buffer outlasts its expected synthesis time this many times
STREAM_MARGIN = 1.5


#: the opening piece of a stream is the first phrase of its first sentence with at least this many syllables
STREAM_OPENING_SYLLABLES = 3
_SYLLABLE = re.compile(r"[가-힣]")
_CLAUSE_END = re.compile(r"[,;:·…]$")
_SENTENCE_END = re.compile(r"[.?!。？！]")


def opening_pieces(text: str, max_chars: int = STREAM_PIECE_CHARS) -> list[str]:
    """``text`` cut for the very start of a stream: its first phrase alone, then :func:`stream_pieces`.

    The listener hears nothing until the first piece is made, and a neural engine's time for a
    piece is roughly a fixed cost plus a cost per character: the shortest piece that still
    sounds like speech (a word or a phrase up to a comma, of at least
    ``STREAM_OPENING_SYLLABLES`` syllables) starts the reading soonest. The rest of the sentence
    follows in the usual pieces.
    """
    words = text.split()
    syllables = 0
    n = 0
    while n < len(words):
        syllables += len(_SYLLABLE.findall(words[n]))
        n += 1
        if syllables >= STREAM_OPENING_SYLLABLES or (_CLAUSE_END.search(words[n - 1]) and syllables > 1):
            break
    rest = " ".join(words[n:])
    if len(rest) < STREAM_MIN_PIECE_CHARS:  # too short to be worth a second piece
        return stream_pieces(text, max_chars)
    return [" ".join(words[:n]), *stream_pieces(rest, max_chars)]


def stream_pieces(text: str, max_chars: int = STREAM_PIECE_CHARS) -> list[str]:
    """``text`` cut at natural boundaries into pieces of about ``max_chars``, none very short."""
    pieces: list[str] = []
    for piece in split_for_engine(text, max_chars):
        if pieces and len(pieces[-1]) < STREAM_MIN_PIECE_CHARS:
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    if len(pieces) > 1 and len(pieces[-1]) < STREAM_MIN_PIECE_CHARS:
        pieces[-2:] = [f"{pieces[-2]} {pieces[-1]}"]
    return pieces


def _piece_gain(audio: Audio, sample_rate: int, target_lufs: float) -> float | None:
    """The gain that brings a streamed piece to ``target_lufs``.

    A piece shorter than BS.1770's 400 ms block (a short opening word) is measured repeated
    end to end, which has the loudness of the piece itself, rather than left unlevelled.
    """
    gain = loudness_gain(audio, sample_rate, target_lufs)
    if gain is None and np.any(audio):
        repeats = -(-sample_rate // len(audio))  # at least a second
        gain = loudness_gain(np.tile(audio, repeats), sample_rate, target_lufs)
    return gain


@dataclass
class _Pace:
    """What a live stream has learnt about the engine: seconds of synthesis per character."""

    chars: int = 0
    work_s: float = 0.0

    def record(self, text: str, work_s: float) -> None:
        self.chars += len(text)
        self.work_s += work_s

    def expected_work(self, text: str) -> float | None:
        return len(text) * self.work_s / self.chars if self.chars else None


@dataclass
class _Opening:
    """The first words of a stream, said before the plan was ready (see :func:`stream_audio`)."""

    text: str
    gain: float | None
    started: float
    handed_out: float
    work_s: float


def stream_audio(
    sources: Source | Sequence[Source] | Script,
    settings: Settings | None = None,
    *,
    engine: Engine | None = None,
    encoding: str | None = None,
    clock: Callable[[], float] = time.monotonic,
    loading: Loading | None = None,
) -> Iterator[Audio]:
    """The reading as consecutive chunks of audio at ``settings.sample_rate``, for a live listener.

    ``sources`` may be a :class:`Script` already planned. A sentence comes whole (from the
    sentence cache, or synthesized and then cached) when the audio buffered ahead of the
    listener outlasts its expected synthesis time; otherwise (always at the start) it is
    synthesized in clause-sized pieces, each handed out as soon as it is ready, so the first
    audio comes after one short piece and a slow engine does not leave long silences.
    Pieces are levelled with the gain of the first measurable piece of their sentence and
    are not cached (a whole-sentence render sounds different).

    From a cold start (sources, no engine) the first phrase is said before the plan exists:
    see :func:`_cold_start`. ``loading`` is the voice's load, already started by a caller
    that had something else to do meanwhile (:func:`newsread.engines.begin_loading`).
    """
    settings = settings or Settings()
    if engine is None and not isinstance(sources, Script):
        yield from _cold_start(sources, settings, encoding, clock, loading)
        return
    script = sources if isinstance(sources, Script) else plan(sources, settings, encoding=encoding)
    voice = resolve_voice(settings)
    engine = engine or load_engine(voice, device=settings.device)
    yield from _stream(script, settings, engine, voice, clock, None)


def _normalizer(settings: Settings) -> Callable[[str], str]:
    lexicon = load_lexicon(settings.lexicon) if settings.lexicon else None
    return partial(normalize, lexicon=lexicon)


def _first_phrase(articles: Sequence[Article], settings: Settings) -> str | None:
    """The words a reading of ``articles`` will most likely open with, found without Kiwi.

    The first block with something to say, normalized whole (the plan normalizes its first
    sentence alone, which starts the same way but for rare context at a sentence's end), cut
    as :func:`opening_pieces` cuts it. ``None`` when that would be the whole sentence.
    """
    normalizer = _normalizer(settings)
    blocks = articles[0].blocks if articles else ()
    # read within the story as the plan reads it: a name the body glosses (아크(ARC)) is said so
    with story("\n".join(block.text for block in blocks)):
        for block in blocks:
            spoken = normalizer(phrase_pauses(block.text)).strip()
            if any(ch.isalnum() for ch in spoken):
                with without_morphology():
                    pieces = opening_pieces(spoken)
                if len(pieces) < 2 or _SENTENCE_END.search(pieces[0]):
                    return None  # the whole sentence, or more than one: nothing to gain, or a guess too far
                return pieces[0]
    return None


def _cold_start(
    sources: Source | Sequence[Source],
    settings: Settings,
    encoding: str | None,
    clock: Callable[[], float],
    loading: Loading | None,
) -> Iterator[Audio]:
    """Stream from nothing loaded: the first phrase is said before Kiwi is built.

    Kiwi takes about a second to read its model and make itself ready for its first analysis,
    holding the interpreter nearly the whole time, and planning needs it; run beside the
    engine's load it also slows that load (which needs the interpreter now and then). So the
    engine loads alone; the first phrase, found and phonemized without Kiwi
    (:func:`newsread.kiwi.without_morphology`), is synthesized and handed out; only then is
    Kiwi built and the plan made, while the listener hears that phrase. If the planned first
    sentence does not start with the phrase said, it is read whole after it. A re-render whose
    every sentence is cached, and a first sentence of one phrase, take the usual path.
    """
    articles, voice, cache, ident, hint = _start(sources, settings, encoding)
    if cache is not None and ident is not None and hint is not None and cache.holds_plan(hint):
        if loading is None:
            script, voice, engine = plan_and_open(articles, settings)
        else:
            script, engine = plan(articles, settings), LazyEngine(ident, loading.result)
        yield from _stream(script, settings, engine, voice, clock, None)
        return
    gate = threading.Event()
    failed = threading.Event()

    def plan_after_gate() -> Script | None:
        gate.wait()
        return None if failed.is_set() else plan(articles, settings)

    def remember(planned: Script, engine: Engine) -> None:
        if cache is not None and hint is not None:
            cache.remember_plan(hint, [SentenceCache.key(engine, rate, s.spoken) for s in planned.sentences])

    sr = settings.sample_rate
    with ThreadPoolExecutor(2, thread_name_prefix="newsread-start") as pool:
        try:
            if loading is None:
                loading = begin_loading(voice, pool, device=settings.device)
            phrase = _first_phrase(articles, settings)  # while the engine's load reads its files
            loading.native()
            planning = pool.submit(plan_after_gate)
            rate = settings.rate * voice.rate
            if phrase is None:  # nothing to say before the plan: the usual overlap of plan and load
                gate.set()
                planned, engine = planning.result(), loading.result()
                assert planned is not None
                remember(planned, engine)
                yield from _stream(planned, settings, engine, voice, clock, None)
                return
            engine = loading.result()
            t0 = clock()
            with without_morphology():
                clip = next(iter(engine.synthesize([phrase], rate=rate)))
            work_s = clock() - t0
            audio = fade_edges(resample(clip.astype(np.float32, copy=False), engine.sample_rate, sr), sr)
            gain = _piece_gain(audio, sr, settings.loudness) if settings.loudness is not None and len(audio) else None
            if gain is not None:
                audio = limit(audio * np.float32(gain), sr, settings.true_peak)
            chunk = np.concatenate([np.zeros(round(settings.lead_in * sr), dtype=np.float32), audio])
            started = clock()
            # Kiwi holds the interpreter while it builds: it starts once the listener has this
            yield chunk
        except BaseException:
            failed.set()
            raise
        finally:
            gate.set()
        planned = planning.result()
    assert planned is not None  # only a failed load leaves it unmade, and that has raised
    remember(planned, engine)
    opening = _Opening(phrase, gain, started, len(chunk) / sr, work_s)
    yield from _stream(planned, settings, engine, voice, clock, opening)


def _stream(
    script: Script,
    settings: Settings,
    engine: Engine,
    voice: Voice,
    clock: Callable[[], float],
    opening: _Opening | None,
) -> Iterator[Audio]:
    rate = settings.rate * voice.rate
    cache = sentence_cache(settings)
    sr = settings.sample_rate
    started: float | None = None
    handed_out = 0.0
    pace = _Pace()
    if opening is not None:
        started, handed_out = opening.started, opening.handed_out
        pace.record(opening.text, opening.work_s)

    def ahead() -> float:
        return 0.0 if started is None else handed_out - (clock() - started)

    for sentence in script.sentences:
        gap = settings.lead_in if sentence.index == 0 else pause_seconds(sentence.pause_before, settings)
        pause = np.zeros(round(gap * sr), dtype=np.float32)
        key = SentenceCache.key(engine, rate, sentence.spoken)
        text = sentence.spoken
        gain: float | None = None
        if sentence.index == 0 and opening is not None:
            # the opening phrase was said: say the rest of the sentence after it, with its gain
            pause = np.zeros(round(PIECE_GAP * sr), dtype=np.float32)
            if text == opening.text:
                continue
            if text.startswith(opening.text + " "):
                text = text[len(opening.text) + 1 :]
                gain = opening.gain
            else:
                log.debug("the stream opened with %r; its first sentence is %r", opening.text, text)
            whole = None
        else:
            whole = cache.get(key) if cache is not None else None
        rest = text != sentence.spoken  # the rest of a sentence whose start was said: never whole
        pieces: list[str] = []
        if whole is None:
            work = pace.expected_work(text)
            limit_chars = min(STREAM_PIECE_CHARS, engine.max_chars)
            if started is None:
                pieces = opening_pieces(text, limit_chars)
            elif work is None or ahead() < STREAM_MARGIN * work or rest:
                pieces = stream_pieces(text, limit_chars)
        in_pieces = len(pieces) > 1 or rest
        t0 = clock()
        clips: Iterator[Audio]
        if in_pieces:
            clips = iter(engine.synthesize(pieces, rate=rate))
        else:
            if whole is None:
                whole = next(synthesize([sentence], engine, rate=rate, cache=cache)).audio
                pace.record(sentence.spoken, clock() - t0)
            clips = iter([whole])
        for n, clip in enumerate(clips):
            if in_pieces:
                pace.record(pieces[n], clock() - t0)
            audio = resample(clip.astype(np.float32, copy=False), engine.sample_rate, sr)
            if in_pieces:
                audio = fade_edges(audio, sr)
            if settings.loudness is not None and len(audio):
                gain = gain or _piece_gain(audio, sr, settings.loudness)
                if gain is not None:
                    audio = limit(audio * np.float32(gain), sr, settings.true_peak)
            lead = pause if n == 0 else np.zeros(round(PIECE_GAP * sr), dtype=np.float32)
            chunk = np.concatenate([lead, audio])
            if started is None:
                started = clock()
            handed_out += len(chunk) / sr
            yield chunk
            t0 = clock()
    trim_cache(settings)


def render(
    script: Script,
    engine: Engine,
    voice: Voice,
    settings: Settings,
    *,
    progress: Progress | None = None,
    synthesized: Callable[[], None] | None = None,
) -> Episode:
    """Synthesize and assemble a planned script.

    ``synthesized`` is called once every sentence is synthesized, before assembly: a caller
    that is done with the engine (and Kiwi) can release them there, so their memory is free
    for assembling the episode.
    """
    tape = _Tape()
    spans: list[tuple[int, int]] = []
    timings: list[Timing] = []
    total = len(script.sentences)
    for n, item in enumerate(_render(script, engine, voice, settings), 1):
        tape.append(item.pause)
        spans.append((tape.length, tape.append(item.audio)))
        timings.append(item.timing)
        if progress is not None:
            progress(n, total)
    trim_cache(settings)
    if synthesized is not None:
        synthesized()
    audio = tape.finish(round(settings.lead_in * settings.sample_rate))
    if settings.loudness is not None:
        clips = [audio[start:end] for start, end in spans]
        level(clips, settings.sample_rate, settings.loudness, settings.true_peak, in_place=True)
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


#: samples the episode's array is first made for (half a minute at 44.1 kHz)
_TAPE_START = 1 << 20


class _Tape:
    """The programme's audio, appended piece by piece into one array that grows in place.

    Sentences are copied in as they are synthesized, so the episode is in memory once: clips
    kept in a list and joined at the end were twice the programme at the join, as the memory
    of the freed clips (a few MB each) stays with the process. Growing by a quarter at a time
    lets the allocator move the array's pages instead of copying them (``realloc``).
    """

    def __init__(self) -> None:
        self._audio: Audio = np.zeros(0, dtype=np.float32)
        self.length = 0

    def append(self, part: Audio) -> int:
        """Copy ``part`` in after what is there; the new length."""
        end = self.length + len(part)
        if end > len(self._audio):
            # refcheck=False: safe only because nothing but this _Tape references _audio's buffer (no view,
            # slice or caller holds it; finish hands it over and drops its own), so no reference can be
            # left pointing at memory that resize frees or moves
            self._audio.resize(max(end, len(self._audio) + len(self._audio) // 4, _TAPE_START), refcheck=False)
        self._audio[self.length : end] = part
        self.length = end
        return end

    def finish(self, tail: int) -> Audio:
        """Everything appended, then ``tail`` samples of silence, as one array of exactly that length."""
        audio, self._audio = self._audio, np.zeros(0, dtype=np.float32)
        # refcheck=False as in append: ``audio`` is the one reference to the buffer here
        audio.resize(self.length + tail, refcheck=False)
        audio[self.length :] = 0.0
        return audio


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
    voice's engine (tests pass a silent one; a caller reading many articles passes one engine
    to every call). An engine this function loads itself loads while Kiwi plans, and is
    closed once the last sentence is synthesized, so its memory is free for assembly.
    """
    settings = settings or Settings()
    if engine is not None:
        script = plan(sources, settings, encoding=encoding)
        return render(script, engine, resolve_voice(settings), settings, progress=progress)
    script, voice, own = plan_and_open(sources, settings, encoding=encoding)
    try:
        return render(script, own, voice, settings, progress=progress, synthesized=own.close)
    finally:
        own.close()
