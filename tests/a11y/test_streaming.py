"""Streaming: the CLI writes WAV to standard output sentence by sentence, and the API yields as it goes."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from typer.testing import CliRunner

import newsread
from a11y.helpers import SETTINGS, ToneEngine, tricky_article
from newsread.cli import app
from newsread.export.wavstream import UNKNOWN_SIZE, pcm16, stream_header
from newsread.pipeline import opening_pieces

ARTICLE = (
    "정부, 내년 예산 확정\n\n정부가 내년 예산을 확정했다. 국회는 다음 주에 심의한다.\n\n야당은 반대 입장을 밝혔다.\n"
)

# An engine that speaks its first text at once and the rest only once a gate file exists,
# registered under a name and run through the real CLI entry point in a child process.
GATED = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    import numpy as np
    from newsread import engines
    from newsread.engines.base import Engine

    GATE = Path(sys.argv.pop(1))
    SPOKEN = [0]

    class Gated(Engine):
        name = "gated"
        sample_rate = 16000
        max_chars = 10_000

        def synthesize(self, texts, *, rate=1.0):
            for _ in texts:
                while SPOKEN[0] and not GATE.exists():
                    time.sleep(0.02)
                SPOKEN[0] += 1
                yield np.full(1600, 0.25, dtype=np.float32)

    module = type(sys)("gated_engine")
    module.load = lambda voice, device="auto": Gated()
    sys.modules["gated_engine"] = module
    engines.ENGINES["gated"] = "gated_engine"
    from newsread.cli import main
    main()
    """
)


def _read_exactly(stream: object, n: int, timeout: float) -> bytes:
    data = b""
    end = time.monotonic() + timeout
    while len(data) < n and time.monotonic() < end:
        chunk = os.read(stream.fileno(), n - len(data))  # type: ignore[attr-defined]
        if not chunk:
            break
        data += chunk
    return data


def test_cli_streams_audio_before_synthesis_is_done(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    gate = tmp_path / "gate"
    args = [sys.executable, "-c", GATED, str(gate), str(article), "-o", "-", "--voice", "silent"]
    args += ["--engine", "gated", "--no-cache", "-q"]
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        _check_stream(proc, gate, tmp_path)


def _check_stream(proc: subprocess.Popen[bytes], gate: Path, tmp_path: Path) -> None:
    try:
        sr = 44100
        lead_in = round(0.3 * sr)
        first = round(0.1 * sr)  # 1600 samples at 16 kHz, resampled
        head = _read_exactly(proc.stdout, 44 + 2 * (lead_in + first), timeout=120)
        assert len(head) == 44 + 2 * (lead_in + first), proc.stderr.read() if proc.stderr else b""
        # the first sentence has arrived while the engine is still held at the second
        assert proc.poll() is None
        assert head[:4] == b"RIFF" and head[8:16] == b"WAVEfmt "
        assert struct.unpack("<I", head[4:8])[0] == UNKNOWN_SIZE
        assert struct.unpack("<I", head[24:28])[0] == sr
        samples = np.frombuffer(head[44:], dtype="<i2")
        assert not samples[:lead_in].any() and samples[lead_in + 10 : -10].all()
        gate.touch()
        rest = proc.stdout.read() if proc.stdout else b""
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    # the whole stream is a valid WAV: 0.1 s for each text the engine was given (the headline
    # opens the stream in pieces, the three short sentences come whole), with pauses between
    wav = tmp_path / "all.wav"
    wav.write_bytes(head + rest)
    audio, rate = sf.read(str(wav), dtype="float32")
    assert rate == sr
    texts = len(opening_pieces(ARTICLE.split("\n")[0])) + 3
    assert texts == 5
    voiced = np.count_nonzero(np.abs(audio) > 0.01)
    assert voiced == pytest.approx(texts * first, abs=texts * 40)


def test_stream_to_stdout_refuses_mp3_and_side_files(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, [str(article), "-o", "-", "--format", "mp3", "--voice", "silent"])
    assert result.exit_code == 5 and "--format wav" in result.stderr
    result = runner.invoke(app, [str(article), "-o", "-", "--vtt", str(tmp_path / "t.vtt"), "--voice", "silent"])
    assert result.exit_code == 5 and "--vtt" in result.stderr


def test_stream_header_and_pcm() -> None:
    header = stream_header(22050)
    assert len(header) == 44
    assert struct.unpack("<4sI4s4sIHHIIHH4sI", header) == (
        b"RIFF",
        UNKNOWN_SIZE,
        b"WAVE",
        b"fmt ",
        16,
        1,
        1,
        22050,
        44100,
        2,
        16,
        b"data",
        UNKNOWN_SIZE,
    )
    pcm = np.frombuffer(pcm16(np.array([0.0, 1.0, -1.0, 2.0, 0.5], dtype=np.float32)), dtype="<i2")
    assert pcm.tolist() == [0, 32767, -32767, 32767, 16384]


def test_api_stream_yields_sentences_with_the_timings_read_gives() -> None:
    article = tricky_article()
    streamed = list(newsread.stream(article, SETTINGS, engine=ToneEngine()))
    episode = newsread.read(article, SETTINGS, engine=ToneEngine())
    assert [s.timing for s in streamed] == list(episode.timings)
    assert [s.sentence for s in streamed] == list(episode.script.sentences)
    joined = np.concatenate([x for s in streamed for x in (s.pause, s.audio)])
    assert np.array_equal(joined, episode.audio[: len(joined)])
