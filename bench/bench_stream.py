"""How soon a streamed reading starts, and whether it ever stalls.

    python bench/bench_stream.py                     # the seed article, default voice
    python bench/bench_stream.py --voice espeak-ko --runs 3

Cold: runs ``newsread ARTICLE -o - --format wav --no-cache`` as a listener would and times,
from the command's start, the WAV header and the first sample that is not silence (the
lead-in pause is silence); then it keeps reading as a player at 1x would and reports the
longest wait for audio (a stall) within the first ``--listen`` seconds of audio.
Warm: in this process, with the engine loaded and Kiwi warm (a server, a screen reader that
stays open), the time from asking for a new article's stream to its first audio.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "asiae_gpu_260k.txt"
WARM_ARTICLE = (
    "서울시, 내년부터 심야버스 노선 확대\n\n"
    "서울시는 내년 1월부터 심야버스 노선을 14개에서 20개로 늘린다고 27일 밝혔다. "
    "새 노선은 주로 외곽 지역과 도심을 잇는다.\n"
)


def cold(article: Path, voice: str | None, listen: float) -> tuple[float, float, float]:
    cmd = [sys.executable, "-m", "newsread", str(article), "-o", "-", "--format", "wav", "--no-cache", "-q"]
    if voice:
        cmd += ["--voice", voice]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    header = proc.stdout.read(44)
    t_header = time.perf_counter() - t0
    data = b""
    t_first = None
    while t_first is None:
        chunk = proc.stdout.read1(1 << 16)
        if not chunk:
            raise SystemExit("the stream ended before any speech")
        data += chunk
        samples = np.frombuffer(data[: len(data) // 2 * 2], dtype="<i2")
        if np.any(np.abs(samples) > 300):
            t_first = time.perf_counter() - t0
    rate = int.from_bytes(header[24:28], "little")
    received = len(data) / 2 / rate
    started = t0 + t_first
    stall = 0.0
    while received < listen:
        chunk = proc.stdout.read1(1 << 16)
        if not chunk:
            break
        played = time.perf_counter() - started
        stall = max(stall, played - received)
        received += len(chunk) / 2 / rate
    proc.kill()
    proc.wait()
    return t_header, t_first, stall


def warm(voice: str | None) -> float:
    from newsread import ingest
    from newsread.pipeline import plan_and_open, stream_audio
    from newsread.settings import Settings
    from newsread.types import Article

    settings = Settings(voice=voice, use_cache=False)
    _, _, engine = plan_and_open(SEED, settings)
    next(stream_audio(SEED, settings, engine=engine))  # everything loaded and run once
    article: Article = ingest.parse_text(WARM_ARTICLE, source="warm.txt")
    t0 = time.perf_counter()
    next(stream_audio(article, settings, engine=engine))
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--article", type=Path, default=SEED)
    ap.add_argument("--voice", default=None)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--listen", type=float, default=60.0, help="seconds of audio to check for stalls")
    args = ap.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    for run in range(args.runs):
        t_header, t_first, stall = cold(args.article, args.voice, args.listen)
        print(
            f"cold run {run + 1}: header {t_header:.2f} s, first speech {t_first:.2f} s, "
            f"longest stall in the first {args.listen:.0f} s of audio {stall:.2f} s"
        )
    print(f"warm: first audio of a new article {warm(args.voice):.2f} s (load {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
