"""The CLI through Typer's runner: every option and every error path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import soundfile as sf
from mutagen.id3 import ID3
from mutagen.mp3 import MP3
from typer.testing import CliRunner

from newsread import __version__
from newsread.cli import app

runner = CliRunner()

ARTICLE = (
    "정부, 내년 예산 확정\n\n정부가 내년 예산을 확정했다. 국회는 다음 주에 심의한다.\n\n야당은 반대 입장을 밝혔다.\n"
)


@pytest.fixture
def art(tmp_path: Path) -> Path:
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def run(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.strip() == f"newsread {__version__}"


def test_read_is_the_default_command(art: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.mp3"
    code, _, err = run(str(art), "-o", str(out), "--voice", "silent")
    assert code == 0, err
    assert MP3(out).info.length > 3
    assert str(ID3(out)["TIT2"]) == "정부, 내년 예산 확정"
    assert "3 sentences" in err or "4 sentences" in err


def test_wav_format_from_option_and_suffix(art: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.wav", tmp_path / "b.audio"
    assert run(str(art), "-o", str(a), "--voice", "silent", "-q")[0] == 0
    assert run(str(art), "-o", str(b), "--voice", "silent", "--format", "wav", "-q")[0] == 0
    assert sf.info(str(a)).format == "WAV" and sf.info(str(b)).format == "WAV"


def test_rate_bitrate_pauses_and_engine(art: Path, tmp_path: Path) -> None:
    base, fast = tmp_path / "base.mp3", tmp_path / "fast.mp3"
    assert run(str(art), "-o", str(base), "--voice", "espeak-ko", "--engine", "silent", "-q")[0] == 0
    assert run(str(art), "-o", str(fast), "--voice", "silent", "--rate", "2", "--bitrate", "64", "-q")[0] == 0
    assert MP3(fast).info.length < MP3(base).info.length
    assert MP3(fast).info.bitrate == pytest.approx(64000, rel=0.01)
    long_pause = tmp_path / "long.mp3"
    assert run(str(art), "-o", str(long_pause), "--voice", "silent", "--sentence-pause", "2", "-q")[0] == 0
    assert MP3(long_pause).info.length == pytest.approx(MP3(base).info.length + 2 - 0.35, abs=0.06)


def test_quiet_prints_nothing(art: Path, tmp_path: Path) -> None:
    code, out, err = run(str(art), "-o", str(tmp_path / "o.mp3"), "--voice", "silent", "--quiet")
    assert code == 0 and out == "" and err == ""


def test_espeak_voice_warns_once_that_it_is_the_fallback(art: Path, tmp_path: Path) -> None:
    code, _, err = run(str(art), "-o", str(tmp_path / "o.mp3"), "--voice", "espeak-ko", "--no-cache")
    assert code == 0
    assert err.count("offline fallback") == 1


def test_espeak_voice_warns_when_streaming_too(art: Path) -> None:
    code, out, err = run(str(art), "-o", "-", "--format", "wav", "--voice", "espeak-ko", "--no-cache")
    assert code == 0 and out
    assert err.count("offline fallback") == 1
    quiet = run(str(art), "-o", "-", "--format", "wav", "--voice", "silent", "--no-cache")
    assert "offline fallback" not in quiet[2]


def test_stdin_and_several_files(art: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.mp3"
    code, _, err = run("-", "-o", str(out), "--voice", "silent", "-q", input=ARTICLE.encode("cp949"))
    assert code == 0, err
    other = tmp_path / "b.txt"
    other.write_text("서울 첫눈\n\n서울에 첫눈이 내렸다.\n", encoding="utf-8")
    assert run(str(art), str(other), "-o", str(out), "--voice", "silent", "-q")[0] == 0
    tags = ID3(out)
    assert len(tags.getall("CHAP")) == 2


def test_voices_lists_engine_language_and_availability() -> None:
    code, out, _ = run("voices")
    assert code == 0
    line = next(row for row in out.splitlines() if "espeak-ko" in row)
    assert "espeak" in line and " ko " in line and "ready" in line


def test_plan_json_has_offsets(art: Path) -> None:
    code, out, _ = run("plan", str(art), "--json")
    assert code == 0
    data = json.loads(out)
    text = data["articles"][0]["blocks"]
    assert data["chapters"][0]["title"] == "정부, 내년 예산 확정"
    cleaned = "\n\n".join(b["text"] for b in text)
    for s in data["sentences"]:
        assert cleaned[s["start"] : s["end"]] == s["text"]
        assert s["spoken"]


def test_plan_readable(art: Path) -> None:
    code, out, _ = run("plan", str(art))
    assert code == 0 and "== 정부, 내년 예산 확정" in out and "[1]" in out


def test_normalize_keeps_lines_and_blank_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text("첫 줄이다.\n\n셋째 줄이다.\n", encoding="utf-8")
    code, out, _ = run("normalize", str(src))
    assert code == 0
    assert out.split("\n")[:3] == ["첫 줄이다.", "", "셋째 줄이다."]
    code, out, _ = run("normalize", "-", input="한 줄\n")
    assert code == 0 and out.strip() != ""


def test_lexicon_option(tmp_path: Path) -> None:
    lex = tmp_path / "lex.tsv"
    lex.write_text("뉴스리드\t뉴스 리드\n", encoding="utf-8")
    code, out, _ = run("normalize", "-", "--lexicon", str(lex), input="뉴스리드가 읽는다\n")
    assert code == 0 and "뉴스 리드가" in out


@pytest.mark.parametrize(
    ("make", "code", "needle"),
    [
        (lambda d: d / "missing.txt", 2, "no such file"),
        (lambda d: (d / "empty.txt", (d / "empty.txt").write_text(""))[0], 2, "empty"),
        (lambda d: d, 2, "directory"),
        (lambda d: (d / "bin.dat", (d / "bin.dat").write_bytes(bytes(range(256)) * 4))[0], 2, "binary"),
        (lambda d: (d / "en.txt", (d / "en.txt").write_text("Hello world.\n"))[0], 2, "Korean"),
    ],
    ids=["missing", "empty", "directory", "binary", "no-korean"],
)
def test_bad_input_one_line_error_no_output(tmp_path: Path, make, code: int, needle: str) -> None:  # type: ignore[no-untyped-def]
    src = make(tmp_path)
    out = tmp_path / "out" / "o.mp3"
    out.parent.mkdir()
    rc, _, err = run(str(src), "-o", str(out), "--voice", "silent")
    assert rc == code
    assert needle in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert list(out.parent.iterdir()) == []


def test_a_model_folder_for_an_engine_that_loads_none_is_refused(art: Path, tmp_path: Path) -> None:
    """--model with a Kokoro or silent voice was ignored without a word: the user heard the
    built-in voice, believing it was the model they had named."""
    out = tmp_path / "o.mp3"
    (tmp_path / "model").mkdir()
    code, _, err = run(str(art), "-o", str(out), "--voice", "silent", "--model", str(tmp_path / "model"))
    assert code == 3 and "--model" in err and "silent" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_unknown_voice_and_engine(art: Path, tmp_path: Path) -> None:
    rc, _, err = run(str(art), "-o", str(tmp_path / "o.mp3"), "--voice", "nobody")
    assert rc == 3 and "newsread voices" in err
    rc, _, err = run(str(art), "-o", str(tmp_path / "o.mp3"), "--engine", "nothing")
    assert rc == 3 and "unknown engine" in err
    assert not list(tmp_path.glob("*.mp3"))


def test_a_misspelt_device_is_one_line_before_anything_loads(art: Path, tmp_path: Path) -> None:
    for device in ("gpu", "cuda:x", "tpu"):
        rc, _, err = run(str(art), "-o", str(tmp_path / "o.mp3"), "--voice", "silent", "--device", device)
        assert rc == 3 and "unknown device" in err and "Traceback" not in err
    rc, _, err = run(str(art), "-o", str(tmp_path / "o.mp3"), "--voice", "silent", "--device", "CPU", "-q")
    assert rc == 0, err
    assert (tmp_path / "o.mp3").is_file()


def test_a_gpu_asked_of_an_engine_without_one_is_refused(art: Path, tmp_path: Path) -> None:
    for engine in ("silent", "espeak"):
        for device in ("cuda", "cuda:1"):
            rc, _, err = run(str(art), "-o", str(tmp_path / "o.mp3"), "--engine", engine, "--device", device)
            assert rc == 3 and "CPU only" in err and "Traceback" not in err, (engine, device, err)
    assert not list(tmp_path.glob("*.mp3"))


def test_an_unknown_output_suffix_is_refused_unless_the_format_is_given(art: Path, tmp_path: Path) -> None:
    rc, _, err = run(str(art), "-o", str(tmp_path / "o.ogg"), "--voice", "silent")
    assert rc == 5 and "--format" in err
    assert not (tmp_path / "o.ogg").exists()
    rc, _, err = run(str(art), "-o", str(tmp_path / "o.ogg"), "--voice", "silent", "--format", "wav", "-q")
    assert rc == 0, err
    assert sf.info(str(tmp_path / "o.ogg")).format == "WAV"


def test_unwritable_output(art: Path, tmp_path: Path) -> None:
    rc, _, err = run(str(art), "-o", str(tmp_path / "no" / "such" / "o.mp3"), "--voice", "silent")
    assert rc == 5 and "does not exist" in err
    rc, _, err = run(str(art), "-o", str(tmp_path), "--voice", "silent")
    assert rc == 5 and "directory" in err
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        rc, _, err = run(str(art), "-o", str(ro / "o.mp3"), "--voice", "silent")
        if rc == 0:  # root can write anywhere; then the file must be complete
            assert MP3(ro / "o.mp3").info.length > 0
        else:
            assert rc == 5 and len(err.strip().splitlines()) == 1
    finally:
        ro.chmod(0o700)


def test_bad_bitrate(art: Path, tmp_path: Path) -> None:
    rc, _, err = run(str(art), "-o", str(tmp_path / "o.mp3"), "--voice", "silent", "--bitrate", "100")
    assert rc == 5 and "bitrate" in err
    assert not list(tmp_path.glob("*.mp3"))


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = runner.invoke(app, [str(tmp_path / "missing.txt"), "--debug"])
    assert result.exit_code != 0
    assert result.exception is not None and "no such file" in str(result.exception)


def test_rate_out_of_range_is_refused(art: Path, tmp_path: Path) -> None:
    rc, _, err = run(str(art), "-o", str(tmp_path / "o.mp3"), "--rate", "9")
    assert rc == 2 and "rate" in err.lower()


def test_python_dash_m_runs_the_same_cli(art: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "o.mp3"
    proc = subprocess.run(
        [sys.executable, "-m", "newsread", str(art), "-o", str(out), "--voice", "silent", "-q"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert MP3(out).info.length > 1
    missing = str(tmp_path / "nope.txt")
    proc = subprocess.run([sys.executable, "-m", "newsread", missing], capture_output=True, text=True)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_defaults_from_the_environment(art: Path, tmp_path: Path) -> None:
    """A listener who always wants the same voice and pace sets them once: NEWSREAD_VOICE, NEWSREAD_RATE."""
    base, fast = tmp_path / "base.wav", tmp_path / "fast.wav"
    ok = runner.invoke(app, [str(art), "-o", str(base), "-q"], env={"NEWSREAD_VOICE": "silent"})
    assert ok.exit_code == 0, ok.stderr
    env = {"NEWSREAD_VOICE": "silent", "NEWSREAD_RATE": "2"}
    assert runner.invoke(app, [str(art), "-o", str(fast), "-q"], env=env).exit_code == 0
    assert sf.info(str(fast)).duration < sf.info(str(base)).duration
    # the option on the command line wins over the environment
    again = tmp_path / "again.wav"
    assert runner.invoke(app, [str(art), "-o", str(again), "-q", "--rate", "1"], env=env).exit_code == 0
    assert sf.info(str(again)).duration == pytest.approx(sf.info(str(base)).duration)
    bad = runner.invoke(app, [str(art), "-o", str(tmp_path / "x.wav")], env={"NEWSREAD_RATE": "fast"})
    assert bad.exit_code == 2 and "rate" in bad.stderr.lower() and not (tmp_path / "x.wav").exists()
    lex = tmp_path / "lex.tsv"
    lex.write_text("뉴스리드\t뉴스 리드\n", encoding="utf-8")
    read = runner.invoke(app, ["normalize", "-"], input="뉴스리드가 읽는다\n", env={"NEWSREAD_LEXICON": str(lex)})
    assert read.exit_code == 0 and "뉴스 리드가" in read.stdout
    listed = runner.invoke(app, ["voices"], env={"NEWSREAD_VOICE": "silent"}).stdout.splitlines()
    assert [line.split()[1] for line in listed if line.startswith("*")] == ["silent"]


@pytest.mark.parametrize("command", ["normalize", "plan"])
def test_a_terminal_that_cannot_write_korean_gets_utf8_not_a_traceback(tmp_path: Path, command: str) -> None:
    """Under a Latin-1 or ASCII locale (LANG=C without UTF-8 mode) the output was a UnicodeEncodeError."""
    import os
    import subprocess
    import sys

    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "PYTHONUTF8": "0"}
    proc = subprocess.run(
        [sys.executable, "-m", "newsread", command, str(src)], capture_output=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert "정부가" in proc.stdout.decode("utf-8")


@pytest.mark.parametrize("extra", ["--vtt", "--srt", "--timings", "--html"])
def test_an_unwritable_transcript_is_refused_before_the_audio_is_made(art: Path, tmp_path: Path, extra: str) -> None:
    """A transcript that cannot be written failed only after the whole render, with the MP3 written."""
    unwritable = Path("/proc") / f"newsread-{extra.strip('-')}"  # a folder no one may create files in
    out = tmp_path / "o.mp3"
    rc, _, err = run(str(art), "-o", str(out), "--voice", "silent", extra, str(unwritable))
    assert rc == 5 and str(unwritable) in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_a_file_too_large_to_be_an_article_is_refused_at_once(
    art: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 20 MB text was planned for minutes and then synthesized for days, or ran out of memory."""
    import newsread.pipeline

    monkeypatch.setattr(newsread.pipeline, "MAX_INPUT_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 20, encoding="utf-8")
    out = tmp_path / "o.mp3"
    rc, _, err = run(str(big), "-o", str(out), "--voice", "silent")
    assert rc == 2 and "too large" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
    assert run("plan", str(art))[0] == 0


def test_more_text_than_one_episode_holds_is_refused_from_stdin_too(
    art: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsread.pipeline

    monkeypatch.setattr(newsread.pipeline, "MAX_EPISODE_CHARS", len(ARTICLE) + 20)
    out = tmp_path / "o.mp3"
    rc, _, err = run("-", "-o", str(out), "--voice", "silent", input=ARTICLE * 3)
    assert rc == 2 and "fewer articles" in err and len(err.strip().splitlines()) == 1
    rc, _, err = run(str(art), str(art), "-o", str(out), "--voice", "silent")
    assert rc == 2 and "characters to read" in err
    assert not out.exists()
    assert run(str(art), "-o", str(out), "--voice", "silent", "-q")[0] == 0


@pytest.mark.parametrize(("name", "fmt"), [("o.mp3", "wav"), ("o.wav", "mp3"), ("o.epub", "mp3"), ("o.MP3", "epub")])
def test_a_format_that_contradicts_the_file_name_is_refused(art: Path, tmp_path: Path, name: str, fmt: str) -> None:
    """out.mp3 --format wav wrote a WAV under an .mp3 name, which a podcast host rejects as a broken MP3."""
    out = tmp_path / name
    rc, _, err = run(str(art), "-o", str(out), "--voice", "silent", "--format", fmt)
    assert rc == 5 and f".{fmt}" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
    agreeing = tmp_path / f"o.{fmt}"
    assert run(str(art), "-o", str(agreeing), "--voice", "silent", "--format", fmt, "-q")[0] == 0


@pytest.mark.parametrize(("variable", "value"), [("NEWSREAD_VOICE", "nobody"), ("NEWSREAD_DEVICE", "gpu")])
def test_an_unusable_default_from_the_environment_names_its_variable(
    art: Path, tmp_path: Path, variable: str, value: str
) -> None:
    """A voice or device set long ago in a shell profile failed as if the command line had asked for it."""
    out = tmp_path / "o.mp3"
    for args in ([str(art), "-o", str(out)], ["feed", str(tmp_path), "-o", str(tmp_path / "site")]):
        result = runner.invoke(app, args, env={variable: value})
        assert result.exit_code == 3 and f"{variable}={value}" in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()
    option = "--" + variable.removeprefix("NEWSREAD_").lower()
    given = runner.invoke(app, [str(art), "-o", str(out), option, value], env={variable: value})
    assert given.exit_code == 3 and variable not in given.stderr


@pytest.mark.parametrize("lexicon", ["missing.tsv", "broken.tsv"])
def test_an_unusable_lexicon_from_the_environment_names_its_variable(art: Path, tmp_path: Path, lexicon: str) -> None:
    """A lexicon set in NEWSREAD_LEXICON that is missing or has a wrong line failed as if the command
    line had named it, leaving the user to search for where it came from."""
    (tmp_path / "broken.tsv").write_text("GPU 지피유\n", encoding="utf-8")
    path = str(tmp_path / lexicon)
    out = tmp_path / "o.mp3"
    for args in ([str(art), "-o", str(out), "--voice", "silent"], ["plan", str(art)], ["normalize", str(art)]):
        result = runner.invoke(app, args, env={"NEWSREAD_LEXICON": path})
        assert result.exit_code == 2 and f"NEWSREAD_LEXICON={path}" in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "--lexicon" in result.stderr
        given = runner.invoke(app, [*args, "--lexicon", path])
        assert given.exit_code == 2 and "NEWSREAD_LEXICON" not in given.stderr
    assert not out.exists()


def test_ctrl_c_promises_a_resume_only_where_the_sentence_cache_gives_one(
    art: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C said "run again to resume from the sentence cache" for plan, a stream and --no-cache too."""
    import newsread.pipeline

    def stop(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    for name in ("plan", "plan_and_open", "stream_audio"):
        monkeypatch.setattr(newsread.pipeline, name, stop)
    out = str(tmp_path / "o.mp3")
    cases = {
        (str(art), "-o", out, "--voice", "silent"): True,
        (str(art), "-o", out, "--voice", "silent", "--no-cache"): False,
        (str(art), "-o", "-", "--voice", "silent"): False,
        ("plan", str(art)): False,
    }
    for args, resumes in cases.items():
        rc, _, err = run(*args)
        assert rc == 130 and "interrupted" in err and len(err.strip().splitlines()) == 1, args
        assert ("resume" in err) is resumes, args


@pytest.mark.parametrize("command", [[], ["plan"], ["normalize"]])
def test_an_ascii_locale_names_a_korean_file_name_as_it_was_given(tmp_path: Path, command: list[str]) -> None:
    """Under LC_ALL=C without UTF-8 mode, an error naming a Hangul file (기사.txt: no such file)
    ended in a traceback and "lost sys.stderr" instead of the one-line message."""
    import os
    import subprocess
    import sys

    missing = os.fsencode(tmp_path) + "/없는 기사.txt".encode()
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"}
    env.pop("PYTHONIOENCODING", None)
    output = [] if command else [b"-o", os.fsencode(tmp_path) + b"/o.mp3"]
    args = [os.fsencode(sys.executable), b"-m", b"newsread", *map(str.encode, command), missing, *output]
    proc = subprocess.run(args, capture_output=True, env=env, timeout=120)
    assert proc.returncode == 2, proc.stderr.decode("utf-8", "replace")
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and missing in lines[0] and b"no such file" in lines[0]


def test_cache_command_says_where_a_file_stands_in_place_of_the_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NEWSREAD_CACHE naming a file showed "0 sentences, 0 B" and --clear "removed 0 files", as if
    all were well, while every render warned that the cache cannot be written."""
    blocker = tmp_path / "cache"
    blocker.write_text("not a folder\n", encoding="utf-8")
    monkeypatch.setenv("NEWSREAD_CACHE", str(blocker))
    for args in (["cache"], ["cache", "--clear"]):
        code, _, err = run(*args)
        assert code == 5 and str(blocker) in err and "not a folder" in err and len(err.strip().splitlines()) == 1


def test_cache_clear_that_cannot_remove_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache whose files cannot be removed (another user's, a read-only disk) was "cleared" with
    "removed 0 files" and exit code 0."""
    import numpy as np

    from newsread.synth import SentenceCache

    monkeypatch.setenv("NEWSREAD_CACHE", str(tmp_path))
    cache = SentenceCache(tmp_path / "sentences")
    cache.put("ab" + "0" * 62, np.zeros(100, dtype=np.float32))

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "unlink", refuse)
    code, _, err = run("cache", "--clear")
    assert code == 5 and "1 " in err and "could not be removed" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("out", "extra"),
    [("o.mp3", ["--vtt", "o.mp3"]), ("o.mp3", ["--srt", "t.txt", "--timings", "t.txt"]), ("o.wav", ["--srt", "{art}"])],
)
def test_two_outputs_or_an_output_and_an_input_on_one_path_are_refused(
    art: Path, tmp_path: Path, out: str, extra: list[str]
) -> None:
    """--vtt out.mp3 replaced the MP3 with a transcript, --srt article.txt the article itself."""
    before = art.read_bytes()
    args = [str(tmp_path / a) if not a.startswith("-") and a != "{art}" else a for a in extra]
    args = [str(art) if a == "{art}" else a for a in args]
    code, _, err = run(str(art), "-o", str(tmp_path / out), "--voice", "silent", *args)
    assert code == 5 and "same file" in err and len(err.strip().splitlines()) == 1
    assert art.read_bytes() == before and not (tmp_path / out).exists()


def test_the_summary_counts_in_words_a_listener_would_say(tmp_path: Path) -> None:
    """A one-paragraph article was summed up as "2 sentences, 1 chapters"."""
    src = tmp_path / "short.txt"
    src.write_text("짧은 기사\n\n한 문장만 있다.\n", encoding="utf-8")
    code, _, err = run(str(src), "-o", str(tmp_path / "o.wav"), "--voice", "silent")
    assert code == 0 and "1 chapter," in err and "chapters" not in err


def test_streaming_into_a_terminal_is_refused(art: Path) -> None:
    """-o - typed without a pipe poured the WAV's bytes into the terminal as garbage."""
    import os
    import pty
    import subprocess
    import sys

    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "newsread", str(art), "-o", "-", "--voice", "silent"],
            stdout=follower,
            stderr=subprocess.PIPE,
            timeout=60,  # before: the terminal's buffer filled and the command hung there
        )
        os.set_blocking(leader, False)
        try:
            shown = os.read(leader, 65536)
        except (BlockingIOError, OSError):
            shown = b""
    finally:
        os.close(leader)
        os.close(follower)
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 5 and "terminal" in err and len(err.strip().splitlines()) == 1, err
    assert b"RIFF" not in shown


def test_standard_input_named_twice_is_refused_as_such(tmp_path: Path) -> None:
    """`newsread - -` read the article once and then called standard input empty."""
    code, _, err = run("-", "-", "-o", str(tmp_path / "o.wav"), "--voice", "silent", input=ARTICLE)
    assert code == 2 and "twice" in err and "empty" not in err and not (tmp_path / "o.wav").exists()


def test_an_output_named_as_a_folder_is_refused(art: Path, tmp_path: Path) -> None:
    """-o episodes/ (a folder not yet made) wrote an MP3 file named 'episodes'."""
    target = tmp_path / "episodes"
    code, _, err = run(str(art), "-o", f"{target}/", "--voice", "silent")
    assert code == 5 and "folder" in err and "out.mp3" in err and not target.exists()


@pytest.mark.parametrize(
    ("args", "needle"),
    [(["--rate", "5"], "--rate"), (["--bogus"], "--bogus"), (["--format", "ogg"], "--format")],
)
def test_a_wrong_option_is_one_line_like_every_other_error(
    art: Path, tmp_path: Path, args: list[str], needle: str
) -> None:
    """--rate 5 printed the usage, a hint and a blank line around the one line that mattered."""
    code, _, err = run(str(art), "-o", str(tmp_path / "o.wav"), *args)
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and lines[0].startswith("newsread: error: ") and needle in lines[0]
    assert "--help" in lines[0]


def test_a_wrong_value_names_the_variable_only_where_it_came_from_one(art: Path, tmp_path: Path) -> None:
    """--rate 0.1 on the command line was reported as "Invalid value for '--rate' (env var:
    'NEWSREAD_RATE')", sending the user looking for a variable they had never set."""
    args = [str(art), "-o", str(tmp_path / "o.mp3"), "--voice", "silent"]
    typed = runner.invoke(app, [*args, "--rate", "0.1"])
    assert typed.exit_code == 2 and "--rate" in typed.stderr and "NEWSREAD_RATE" not in typed.stderr
    from_env = runner.invoke(app, args, env={"NEWSREAD_RATE": "0.1"})
    assert from_env.exit_code == 2 and "NEWSREAD_RATE" in from_env.stderr
    assert not (tmp_path / "o.mp3").exists()


def test_voices_stars_a_voice_file_set_in_the_environment_and_warns_of_an_unknown_name(tmp_path: Path) -> None:
    """With NEWSREAD_VOICE set to a voice file, or to a name no voice has, `newsread voices` starred
    nothing and said nothing: the user learnt of the mistake only when a render failed."""
    mine = tmp_path / "mine.toml"
    mine.write_text('engine = "silent"\ndescription = "my own"\n', encoding="utf-8")
    listed = runner.invoke(app, ["voices"], env={"NEWSREAD_VOICE": str(mine)})
    assert listed.exit_code == 0
    assert [line.split()[1] for line in listed.stdout.splitlines() if line.startswith("*")] == ["mine"]
    unknown = runner.invoke(app, ["voices"], env={"NEWSREAD_VOICE": "nobody"})
    assert unknown.exit_code == 0 and not any(line.startswith("*") for line in unknown.stdout.splitlines())
    assert "NEWSREAD_VOICE=nobody" in unknown.stderr and len(unknown.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("command", "name", "internal"),
    [("read", "{FILE}...", "sources"), ("normalize", "[FILE]", "source"), ("feed", "{ARTICLES_DIR}", "articles_dir")],
)
def test_the_usage_line_names_the_arguments_plainly(command: str, name: str, internal: str) -> None:
    """The usage line read `newsread read [OPTIONS] {sources}...`, and `newsread feed` said
    `{articles_dir}` in its usage while its help spoke of ARTICLES_DIR."""
    code, out, _ = run(command, "--help")
    assert code == 0 and name in out and internal not in out
