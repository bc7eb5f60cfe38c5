"""The command line: the only place that prints, draws progress and turns errors into exit codes.

``newsread FILE... -o OUT.mp3`` reads articles aloud; subcommands: ``voices``, ``plan``,
``normalize``.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import asdict
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperCommand, TyperGroup

try:  # typer 0.26 and later carry their own copy of click
    from typer._click.exceptions import UsageError
except ImportError:  # older typer (pyproject allows 0.12) uses click itself
    from click.exceptions import UsageError  # type: ignore[no-redef,import-not-found,assignment,unused-ignore]

from newsread import __version__
from newsread.errors import InputError, NewsreadError, OutputError, counted
from newsread.settings import Settings

log = logging.getLogger("newsread")


class _DefaultToRead(TyperGroup):
    """``newsread FILE ...`` means ``newsread read FILE ...``."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["read", *args]
        return super().parse_args(ctx, args)


class _OneLineUsage(TyperCommand):
    """A wrong or missing option is one line, as every other error is, naming the help to read
    (not the usage, a hint and the error on lines of their own)."""

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except UsageError as exc:
            what = _without_unused_envvar(exc, exc.format_message().rstrip("."))
            typer.echo(f"newsread: error: {what}: see newsread {info_name} --help", err=True)
            raise typer.Exit(exc.exit_code) from exc


def _without_unused_envvar(exc: UsageError, message: str) -> str:
    """``message`` without typer's "(env var: 'NEWSREAD_RATE')" where the wrong value was typed on
    the command line: it sent the user looking for a variable they had never set."""
    param = getattr(exc, "param", None)
    envvar = getattr(param, "envvar", None)
    name = getattr(param, "name", None)
    if not isinstance(envvar, str) or exc.ctx is None or name is None:
        return message
    if getattr(exc.ctx.get_parameter_source(name), "name", "") == "ENVIRONMENT":
        return message
    return message.replace(f" (env var: '{envvar}')", "")


app = typer.Typer(
    cls=_DefaultToRead,
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Read Korean news articles aloud: newsread article.txt -o out.mp3",
    pretty_exceptions_enable=False,
)
#: a subcommand of ``app``: a wrong or missing option is one line (:class:`_OneLineUsage`)
command = partial(app.command, cls=_OneLineUsage)


class Format(StrEnum):
    mp3 = "mp3"
    wav = "wav"
    epub = "epub"


_debug = False


def _fail(exc: BaseException, code: int) -> NoReturn:
    if _debug:
        raise exc
    typer.echo(f"newsread: error: {exc}", err=True)
    raise typer.Exit(code)


def _setup_logging(quiet: bool, debug: bool) -> None:
    global _debug
    _debug = debug
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("newsread: %(levelname)s: %(message)s"))
    root = logging.getLogger("newsread")
    root.handlers[:] = [h for h in root.handlers if isinstance(h, logging.NullHandler)]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.ERROR if quiet else logging.WARNING)
    root.propagate = False


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsread {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Read Korean news articles aloud."""


def _run(func: Any, *args: Any, _resumable: bool = False, **kwargs: Any) -> Any:
    """Call ``func`` turning newsread's errors (and a few others) into one-line messages.

    ``_resumable``: a run stopped by Ctrl-C resumes from the sentence cache when run again (a
    render to a file with the cache on), and the message says so; elsewhere it would mislead.
    """
    try:
        return func(*args, **kwargs)
    except NewsreadError as exc:
        _fail(exc, exc.exit_code)
    except KeyboardInterrupt as exc:
        resume = "; run the same command again to resume from the sentence cache" if _resumable else ""
        _fail(RuntimeError(f"interrupted{resume}"), 130)
        raise exc  # unreachable, for type checkers
    except MemoryError as exc:
        _fail(RuntimeError("out of memory: read fewer articles at once"), 1)
        raise exc


#: the options a NEWSREAD_* variable can give, and what checks the value before anything loads
_FROM_ENV = {"voice": "NEWSREAD_VOICE", "device": "NEWSREAD_DEVICE", "lexicon": "NEWSREAD_LEXICON"}


def _settings(ctx: typer.Context, **options: Any) -> Settings:
    """:class:`Settings` from the options; a voice, device or lexicon set in the environment (long
    ago, in a shell profile) that cannot be used says where it came from. The lexicon is read
    here, before any article or voice, so that a mistake in it does not wait for them."""
    from newsread.normalize import load_lexicon
    from newsread.voices import check_model_option, resolve_voice

    env = [
        name
        for name in _FROM_ENV
        if name in options and getattr(ctx.get_parameter_source(name), "name", "") == "ENVIRONMENT"
    ]
    try:
        settings = Settings(**options)
        if "voice" in env or settings.model is not None:
            voice = resolve_voice(settings)
            if settings.model is not None:
                check_model_option(voice)
        if settings.lexicon is not None:
            load_lexicon(settings.lexicon)
    except NewsreadError as exc:
        if not env:
            _fail(exc, exc.exit_code)
        given = ", ".join(f"{_FROM_ENV[name]}={options[name]}" for name in env)
        options_ = " or ".join(f"--{name}" for name in env)
        _fail(type(exc)(f"{exc} (from the environment: {given}; unset it, or give {options_})"), exc.exit_code)
    return settings


def _check_output(path: Path) -> None:
    """Refuse an output that could not be written before anything is synthesized, not after."""
    from newsread.export import check_writable

    if path.is_dir():
        raise OutputError(f"{path} is a directory: give a file name such as {path / 'out.mp3'}")
    check_writable(path)


def _check_distinct(sources: list[str], outputs: dict[str, Path | None]) -> None:
    """Refuse two outputs on one path (``--vtt out.mp3`` replaced the MP3 with a transcript), or an
    output on an article (``--srt article.txt`` replaced the article)."""
    seen = {Path(s).resolve(): f"the article {s}" for s in sources if s != "-"}
    for option, path in outputs.items():
        if path is None:
            continue
        here = path.resolve()
        if here in seen:
            raise OutputError(f"{option} {path} and {seen[here]} are the same file: give each output a name of its own")
        seen[here] = f"{option} {path}"


Sources = Annotated[
    list[str], typer.Argument(metavar="FILE", help="Article files (.txt, .html); - reads standard input.")
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no notices.")]
Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks and debug logs.")]
Encoding = Annotated[str | None, typer.Option("--encoding", help="Force the input encoding (e.g. cp949).")]
Lexicon = Annotated[
    Path | None,
    typer.Option(
        "--lexicon", envvar="NEWSREAD_LEXICON", help="TSV of written<TAB>spoken readings that take precedence."
    ),
]


@command("read")
def read_cmd(
    ctx: typer.Context,
    sources: Sources,
    output_name: Annotated[
        str,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Where to write the audio; - streams WAV to standard output."
        ),
    ] = "out.mp3",
    voice: Annotated[
        str | None, typer.Option("--voice", envvar="NEWSREAD_VOICE", help="Voice name (see `newsread voices`).")
    ] = None,
    engine: Annotated[str | None, typer.Option("--engine", help="Engine, overriding the voice's.")] = None,
    model: Annotated[Path | None, typer.Option("--model", help="Local model folder (xtts, vits).")] = None,
    device: Annotated[
        str, typer.Option("--device", envvar="NEWSREAD_DEVICE", help="auto, cpu, cuda or cuda:N.")
    ] = "auto",
    rate: Annotated[
        float,
        typer.Option(
            "--rate", min=0.5, max=3.0, envvar="NEWSREAD_RATE", help="Speaking rate (1.0 normal); pitch is kept."
        ),
    ] = 1.0,
    fmt: Annotated[
        Format | None, typer.Option("--format", help="mp3, wav or epub (EPUB 3 with media overlays; default: from -o).")
    ] = None,
    vtt: Annotated[
        Path | None, typer.Option("--vtt", help="Also write a WebVTT transcript, a cue per sentence.")
    ] = None,
    srt: Annotated[Path | None, typer.Option("--srt", help="Also write an SRT transcript, a cue per sentence.")] = None,
    timings: Annotated[
        Path | None, typer.Option("--timings", help="Also write sentence timings and text offsets as JSON.")
    ] = None,
    html: Annotated[
        Path | None, typer.Option("--html", help="Also write a read-along web page into this folder.")
    ] = None,
    bitrate: Annotated[int, typer.Option("--bitrate", help="MP3 bitrate in kbit/s.")] = 96,
    sentence_pause: Annotated[float, typer.Option("--sentence-pause", min=0, help="Seconds between sentences.")] = 0.35,
    paragraph_pause: Annotated[
        float, typer.Option("--paragraph-pause", min=0, help="Seconds between paragraphs.")
    ] = 0.7,
    section_pause: Annotated[float, typer.Option("--section-pause", min=0, help="Seconds before a section.")] = 1.1,
    read_byline: Annotated[bool, typer.Option("--read-byline", help="Also read the reporter's byline.")] = False,
    lexicon: Lexicon = None,
    encoding: Encoding = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither use nor fill the sentence cache.")] = False,
    quiet: Quiet = False,
    debug: Debug = False,
) -> None:
    """Read articles aloud into an MP3 with chapters (or a WAV, or an EPUB with synchronised text)."""
    _setup_logging(quiet, debug)
    if output_name != "-" and output_name.endswith(("/", os.sep)):
        # Path() drops the slash: -o episodes/ wrote an MP3 file named "episodes"
        _fail(
            OutputError(f"-o {output_name} names a folder: give a file name such as {output_name}out.mp3"),
            OutputError.exit_code,
        )
    output = Path(output_name)
    suffix = output.suffix.lower().lstrip(".")
    if fmt is None and suffix and suffix not in ("mp3", "wav", "epub") and str(output) != "-":
        # out.ogg or out.m4a would otherwise get an MP3 under a name that says something else
        _fail(
            OutputError(f"cannot tell the format from {output.name}: name it .mp3, .wav or .epub, or give --format"),
            OutputError.exit_code,
        )
    if fmt is not None and suffix in Format.__members__ and suffix != fmt.value:
        # out.mp3 --format wav wrote a WAV that podcast hosts and players then refused as a broken MP3
        _fail(
            OutputError(f"{output.name} says {suffix} but --format says {fmt.value}: name it .{fmt.value}"),
            OutputError.exit_code,
        )
    chosen = fmt or (Format(suffix) if suffix in ("wav", "epub") else Format.wav if str(output) == "-" else Format.mp3)
    settings = _settings(
        ctx,
        voice=voice,
        engine=engine,
        model=model,
        device=device,
        rate=rate,
        bitrate=bitrate,
        sentence_pause=sentence_pause,
        paragraph_pause=paragraph_pause,
        section_pause=section_pause,
        read_byline=read_byline,
        lexicon=lexicon,
        use_cache=not no_cache,
    )
    extras = {"vtt": vtt, "srt": srt, "timings": timings, "html": html}
    if str(output) == "-":
        _run(_stream_wav, sources, chosen, settings, encoding, quiet, extras)
        return
    _run(_read, sources, output, chosen, settings, encoding, quiet, extras, _resumable=settings.use_cache)


def _stream_wav(
    sources: list[str], fmt: Format, settings: Settings, encoding: str | None, quiet: bool, extras: dict[str, Any]
) -> None:
    """``-o -``: WAV to standard output, each sentence written as soon as it is synthesized."""
    from concurrent.futures import ThreadPoolExecutor

    from newsread.engines import begin_loading, is_fallback
    from newsread.export.wavstream import pcm16, stream_header
    from newsread.voices import resolve_voice

    if fmt is not Format.wav:
        raise OutputError(f"-o - streams WAV only, not {fmt.value}: add --format wav, or give a file name")
    if sys.stdout.isatty():
        raise OutputError(
            "-o - writes audio, and standard output is a terminal: pipe it into a player (| play -) or give a file name"
        )
    given = [f"--{k}" for k, v in extras.items() if v is not None]
    if given:
        raise OutputError(f"{', '.join(given)} need the whole reading: give -o a file name instead of -")
    missing = [s for s in sources if s != "-" and not Path(s).exists()]
    if missing:  # before the voice starts loading (ingest would say the same, later)
        raise InputError(f"{missing[0]}: no such file: check the path")
    voice = resolve_voice(settings)
    if is_fallback(voice) and not quiet:
        log.warning("voice %s uses %s, the offline fallback: it is hard to understand.", voice.name, voice.engine)
    out = sys.stdout.buffer
    started = False
    with ThreadPoolExecutor(1, thread_name_prefix="newsread-load") as pool:
        # the voice loads (mostly in native code) while the rest of newsread is imported
        loading = begin_loading(voice, pool, device=settings.device)
        from newsread.pipeline import stream_audio

        try:
            for chunk in stream_audio(sources, settings, encoding=encoding, loading=loading):
                if not started:
                    out.write(stream_header(settings.sample_rate))
                    started = True
                out.write(pcm16(chunk))
                out.flush()
        except BrokenPipeError:  # the listener went away: stop quietly, and keep exit from flushing into the pipe
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _read(
    sources: list[str],
    output: Path,
    fmt: Format,
    settings: Settings,
    encoding: str | None,
    quiet: bool,
    extras: dict[str, Any] | None = None,
) -> None:
    from newsread.export.mp3 import BITRATES
    from newsread.pipeline import plan_and_open

    extras = extras or {}
    _check_distinct(sources, {"-o": output, **{f"--{k}": v for k, v in extras.items() if k != "html"}})
    _check_output(output)
    for path in (extras.get("vtt"), extras.get("srt"), extras.get("timings")):
        if path is not None:
            _check_output(path)
    page = extras.get("html")
    if page is not None:
        from newsread.export import check_writable
        from newsread.export.readalong import check_page_folder

        check_page_folder(page)
        check_writable(page / "index.html" if page.is_dir() else page)
    if settings.bitrate not in BITRATES:
        raise OutputError(f"--bitrate {settings.bitrate} is not an MP3 bitrate: use 64, 96, 128, 192...")
    script, voice, engine = plan_and_open(sources, settings, encoding=encoding)
    if engine.fallback and not quiet:
        log.warning(
            "voice %s uses %s, the offline fallback: it is hard to understand. "
            "Use a neural voice (`newsread voices`, then --voice NAME).",
            voice.name,
            engine.name,
        )
    episode = _with_progress(script, engine, voice, settings, quiet)
    if fmt is Format.wav:
        episode.write_wav(output)
    elif fmt is Format.epub:
        from newsread.export.epub import write_epub

        write_epub(episode, output)
    else:
        episode.write_mp3(output, bitrate=settings.bitrate)
    _write_extras(episode, output if fmt is Format.mp3 else None, extras)
    if not quiet:
        typer.echo(
            f"{output}: {episode.duration:.1f} s, {counted(len(script.sentences), 'sentence')}, "
            f"{counted(len(episode.chapters), 'chapter')}, voice {voice.name}",
            err=True,
        )


def _write_extras(episode: Any, mp3: Path | None, extras: dict[str, Any]) -> None:
    """The transcripts and the read-along page asked for beside the audio."""
    from newsread.export import transcript

    writers = {"vtt": transcript.write_vtt, "srt": transcript.write_srt, "timings": transcript.write_timings}
    for key, write in writers.items():
        if extras.get(key) is not None:
            write(episode, extras[key])
    if extras.get("html") is not None:
        from newsread.export.readalong import write_readalong

        write_readalong(episode, extras["html"], audio=mp3)


def _release(engine: Any) -> None:
    """After the last sentence: free the engine and Kiwi (together over 600 MB with Kokoro) for
    assembly, which would otherwise add the episode's copies on top of them."""
    import gc

    from newsread.kiwi import release

    engine.close()
    release()
    gc.collect()


def _with_progress(script: Any, engine: Any, voice: Any, settings: Settings, quiet: bool) -> Any:
    from newsread.pipeline import render

    done = partial(_release, engine)
    if quiet or not sys.stderr.isatty():
        return render(script, engine, voice, settings, synthesized=done)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("reading"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("sentences"),
        TimeRemainingColumn(),
        transient=True,
        console=Console(stderr=True),
    ) as bar:
        task = bar.add_task("synth", total=len(script.sentences))
        return render(
            script, engine, voice, settings, progress=lambda n, _t: bar.update(task, completed=n), synthesized=done
        )


@command("voices")
def voices_cmd(debug: Debug = False) -> None:
    """List the voices: name, engine, language, and whether they can be used here."""
    _setup_logging(False, debug)
    from newsread.engines import unavailable
    from newsread.voices import DEFAULT_VOICE, parse_voice, scan_voices

    default = os.environ.get("NEWSREAD_VOICE") or DEFAULT_VOICE  # what a render without --voice uses
    voices, broken = _run(scan_voices)
    if default.endswith(".toml") and Path(default).is_file():  # a voice file of one's own, named by its path
        try:
            voices.append(parse_voice(Path(default)))
        except NewsreadError as exc:
            broken[Path(default).stem] = exc
        default = Path(default).stem
    rows = [(v.name, v.engine, v.language, unavailable(v), v.description) for v in voices]
    rows += [(name, "?", "?", str(exc), "") for name, exc in broken.items()]
    for name, engine, language, why, description in sorted(rows):
        status = "ready" if why is None else f"unavailable: {why}"
        mark = "*" if name == default else " "
        typer.echo(f"{mark} {name:<20} {engine:<8} {language:<4} {status}  {description}".rstrip())
    if default not in {row[0] for row in rows}:
        log.warning(
            "NEWSREAD_VOICE=%s names none of these voices: a render without --voice will fail; "
            "set it to a name above, or unset it",
            os.environ.get("NEWSREAD_VOICE"),
        )


@command("cache")
def cache_cmd(
    clear: Annotated[bool, typer.Option("--clear", help="Remove every cached sentence.")] = False,
    max_size: Annotated[
        str | None,
        typer.Option("--max-size", help="Trim to this size (2G, 500M), unused longest first."),
    ] = None,
    debug: Debug = False,
) -> None:
    """Show where synthesized sentences are cached and how much room they take; trim or clear it."""
    _setup_logging(False, debug)
    from newsread.synth import SentenceCache, cache_limit, default_cache_dir, parse_size

    cache = SentenceCache(default_cache_dir())
    blocked = next((p for p in (cache.root, *cache.root.parents) if p.exists()), None)
    if blocked is not None and not blocked.is_dir():
        where = "NEWSREAD_CACHE" if os.environ.get("NEWSREAD_CACHE") else "XDG_CACHE_HOME or NEWSREAD_CACHE"
        _fail(
            OutputError(f"sentence cache {cache.root}: {blocked} is not a folder: move it, or set {where} to a folder"),
            OutputError.exit_code,
        )
    if clear or max_size is not None:
        try:
            limit = 0 if clear else parse_size(max_size or "")
        except ValueError as exc:
            _fail(InputError(str(exc)), InputError.exit_code)
        removed, freed = cache.prune(limit)
        typer.echo(f"removed {counted(removed, 'file')}, {_size(freed)}")
        kept = cache.entries()
        if sum(size for _, size, _ in kept) > limit:
            _fail(
                OutputError(
                    f"{counted(len(kept), 'file')} in {cache.root} could not be removed: check the folder's permissions"
                ),
                OutputError.exit_code,
            )
    found = cache.entries()
    sentences = sum(1 for path, _, _ in found if path.suffix == ".npy")
    total = sum(size for _, size, _ in found)
    typer.echo(
        f"{cache.root}: {counted(sentences, 'sentence')}, {_size(total)} (kept under {_size(cache_limit())}; "
        "set NEWSREAD_CACHE_MAX to change that)"
    )


def _size(n: int) -> str:
    """Bytes for people: 512 B, 3.4 MB, 1.2 GB."""
    if n < 1024:
        return f"{n} B"
    value, unit = float(n) / 1024, "KB"
    for bigger in ("MB", "GB"):
        if value < 1024:
            break
        value, unit = value / 1024, bigger
    return f"{value:.1f} {unit}"


@command("plan")
def plan_cmd(
    ctx: typer.Context,
    sources: Sources,
    as_json: Annotated[bool, typer.Option("--json", help="Print the plan as JSON.")] = False,
    read_byline: Annotated[bool, typer.Option("--read-byline", help="Also read the reporter's byline.")] = False,
    lexicon: Lexicon = None,
    encoding: Encoding = None,
    debug: Debug = False,
) -> None:
    """Show what would be read, without synthesizing anything."""
    _setup_logging(False, debug)
    from newsread.pipeline import plan

    script = _run(plan, sources, _settings(ctx, read_byline=read_byline, lexicon=lexicon), encoding=encoding)
    if as_json:
        typer.echo(json.dumps(plan_dict(script), ensure_ascii=False, indent=2))
        return
    for article in script.articles:
        typer.echo(f"# {article.title or '(no headline)'}")
        meta = {k: v for k, v in (("author", article.author), ("date", article.date), ("source", article.source)) if v}
        for key, value in meta.items():
            typer.echo(f"  {key}: {value}")
    current = -1
    for s in script.sentences:
        if s.chapter != current:
            current = s.chapter
            typer.echo(f"\n== {script.chapters[current].title}")
        typer.echo(f"[{s.index + 1}] {s.text}")
        if s.spoken != s.text:
            typer.echo(f"    → {s.spoken}")


def plan_dict(script: Any) -> dict[str, Any]:
    """The plan as plain data (what ``newsread plan --json`` prints)."""
    return {
        "title": script.title,
        "articles": [
            {
                "title": a.title,
                "author": a.author,
                "date": a.date,
                "byline": a.byline,
                "source": a.source,
                "blocks": [asdict(b) for b in a.blocks],
            }
            for a in script.articles
        ],
        "chapters": [{"title": c.title, "first_sentence": c.first_sentence} for c in script.chapters],
        "sentences": [asdict(s) for s in script.sentences],
    }


@command("normalize")
def normalize_cmd(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(metavar="FILE", help="Text file; - reads standard input.")] = "-",
    lexicon: Lexicon = None,
    encoding: Encoding = None,
    debug: Debug = False,
) -> None:
    """Print the spoken form of each input line (one output line per input line)."""
    _setup_logging(False, debug)
    from newsread.ingest import decode, read_source
    from newsread.normalize import load_lexicon, normalize

    data, name = _run(read_source, source)
    if not data:
        return
    text: str = _run(decode, data, name, encoding=encoding) if data.strip() else data.decode("utf-8", "replace")
    _settings(ctx, lexicon=lexicon)  # a lexicon that cannot be read, named with its variable where it came from one
    lex = load_lexicon(lexicon) if lexicon else None
    out = sys.stdout
    for line in text.splitlines():
        out.write((normalize(line, lexicon=lex) if line.strip() else line) + "\n")
    out.flush()


def _fit_streams() -> None:
    """Let standard output and error take any text (a headline's Hanja, an emoji) in any locale.

    Where the terminal's encoding cannot write Korean at all (``LANG=C`` without UTF-8 mode,
    Latin-1) newsread writes UTF-8, as Click does for ASCII; where it can write most of it
    (EUC-KR), a character it lacks becomes ``?`` instead of ending the run with a traceback.
    A file name given in such a locale reaches Python as escaped bytes: it is written back as
    those bytes (``surrogateescape``), as the name was typed.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None or encoding.startswith("utf"):
            continue
        try:
            "가".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            reconfigure(encoding="utf-8", errors="surrogateescape")
        else:
            reconfigure(errors="replace")


def main() -> None:
    """Entry point of the ``newsread`` command."""
    _fit_streams()
    app()


@command("feed")
def feed_cmd(
    ctx: typer.Context,
    articles_dir: Annotated[
        Path,
        typer.Argument(
            metavar="ARTICLES_DIR",
            help="Folder of articles (.txt, .html; a saved RSS/Atom feed, .xml), with an optional feed.toml.",
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Site folder: feed.xml and episodes/ are written here.")],
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="Address the site folder is served at (https://...).")
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", help="Feed config (default: ARTICLES_DIR/feed.toml).")
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="Show title.")] = None,
    description: Annotated[str | None, typer.Option("--description", help="Show description.")] = None,
    author: Annotated[str | None, typer.Option("--author", help="Show author.")] = None,
    image: Annotated[
        str | None,
        typer.Option("--image", help="Cover art: a square .jpg/.png of 1400-3000 pixels, or an https:// URL."),
    ] = None,
    explicit: Annotated[
        bool | None, typer.Option("--explicit/--not-explicit", help="Mark the show explicit (default: not).")
    ] = None,
    voice: Annotated[
        str | None, typer.Option("--voice", envvar="NEWSREAD_VOICE", help="Voice name (see `newsread voices`).")
    ] = None,
    engine: Annotated[str | None, typer.Option("--engine", help="Engine, overriding the voice's.")] = None,
    device: Annotated[
        str, typer.Option("--device", envvar="NEWSREAD_DEVICE", help="auto, cpu, cuda or cuda:N.")
    ] = "auto",
    rate: Annotated[
        float, typer.Option("--rate", min=0.5, max=3.0, envvar="NEWSREAD_RATE", help="Speaking rate (1.0 normal).")
    ] = 1.0,
    bitrate: Annotated[int, typer.Option("--bitrate", help="MP3 bitrate in kbit/s.")] = 96,
    lexicon: Lexicon = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Articles rendered at once.")] = None,
    keep_removed: Annotated[
        bool, typer.Option("--keep-removed", help="Keep the files of articles that left the folder.")
    ] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither use nor fill the sentence cache.")] = False,
    quiet: Quiet = False,
    debug: Debug = False,
) -> None:
    """Turn a folder of articles into a podcast: episodes with chapters and transcripts, and feed.xml.

    Each article file is an episode, named after its story's title; a saved RSS or Atom feed (.xml
    or .html) of several stories is one episode named after its file, a chapter per story, as
    `newsread read` reads it (a feed of one story is an article). Run it again after adding, editing
    or removing articles: only new and edited articles are rendered, removed ones leave the feed,
    and the previous feed stays whole until the new one is complete. An article that fails is named
    on a line of its own at the end, the others are published, and the exit code is 2. The show is described by
    ARTICLES_DIR/feed.toml (every key optional; the options given win):

    \b
        title = "오늘의 뉴스"
        description = "하루의 주요 기사를 읽어 드립니다."
        author = "뉴스룸"
        email = "podcast@example.com"
        language = "ko"
        category = "News"        # one of Apple Podcasts' categories
        subcategory = "Daily News"  # and one of its subcategories
        image = "cover.jpg"      # beside feed.toml, or an https:// URL
        explicit = false
        locked = true            # podcast:locked: other hosts may not import the feed
        link = "https://example.com/"
        copyright = "(c) 뉴스룸"
        voice = "kokoro-nezumi-kumo"
        base_url = "https://example.com/podcast/"

    From Python: newsread.feed.build(ARTICLES_DIR, SITE_DIR, BASE_URL).
    """
    _setup_logging(quiet, debug)
    import newsread.feed

    settings = _settings(
        ctx,
        voice=voice,
        engine=engine,
        device=device,
        rate=rate,
        bitrate=bitrate,
        lexicon=lexicon,
        use_cache=not no_cache,
    )
    if image and "://" not in image:
        if not Path(image).is_file():
            _fail(
                InputError(f"--image {image}: no such file: give a .jpg or .png file, or an https:// URL"),
                InputError.exit_code,
            )
        image = str(Path(image).resolve())  # relative to where the command runs, not to ARTICLES_DIR
    overrides: dict[str, Any] = {
        "title": title,
        "description": description,
        "author": author,
        "image": image,
        "explicit": explicit,
    }
    if config is not None and not config.is_file():
        _fail(InputError(f"{config}: no such feed config: check the path"), InputError.exit_code)
    cfg = _run(newsread.feed.load_config, config or articles_dir / "feed.toml", **overrides)
    done: list[int] = []
    show = not quiet and sys.stderr.isatty()

    def progress(n: int, total: int) -> None:
        if show and n != (done[-1] if done else 0):
            typer.echo(f"\rrendering {n}/{total}", nl=False, err=True)
        done.append(n)

    result = _run(
        newsread.feed.build,
        articles_dir,
        out,
        base_url,
        config=cfg,
        settings=settings,
        keep_removed=keep_removed,
        jobs=jobs,
        progress=progress,
        _resumable=settings.use_cache,
    )
    if show and done:
        typer.echo("", err=True)
    if not quiet:
        typer.echo(f"{result.feed}: {result.summary()}", err=True)
    # the failures last, below the summary and any warning of the run, and under --quiet too
    for line in result.failure_lines():
        typer.echo(f"newsread: error: {line}", err=True)
    if result.failed:
        raise typer.Exit(InputError.exit_code)
