"""Peak memory of a long render, stage by stage, without a neural voice.

    python bench/bench_memory.py [--chars 50000] [--article seeds/asiae_gpu_260k.txt]

A long article is made by repeating the seed's paragraphs (in a varied order) up to
``--chars`` characters, planned, then rendered by an engine that makes noise as long as a
neural voice would take to say each sentence (0.16 s a character, the default voice's pace),
levelled and encoded to MP3 as a real render is. The resident set size is sampled every
50 ms and its peak printed for each stage: planning (Kiwi, normalization), synthesis and
assembly, MP3 encoding.
"""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from newsread.engines.silent import SilentEngine
from newsread.pipeline import plan, render
from newsread.settings import Settings
from newsread.types import Audio
from newsread.voices import resolve_voice

ROOT = Path(__file__).resolve().parents[1]
#: seconds of speech per character of spoken text, about the default voice's pace
PACE = 0.16


class NoiseEngine(SilentEngine):
    """Noise as long as a neural voice's reading of each text."""

    name = "noise"

    def synthesize(self, texts: Sequence[str], *, rate: float = 1.0) -> Iterator[Audio]:
        rng = np.random.default_rng(0)
        for text in texts:
            yield (rng.standard_normal(int(len(text) * PACE * self.sample_rate)) * 0.1).astype(np.float32)

    def cache_key(self) -> str:
        return "noise"


def rss_mb() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        return next(int(line.split()[1]) // 1024 for line in fh if line.startswith("VmRSS"))


def long_article(seed: Path, chars: int) -> str:
    """The seed's paragraphs (as its plan reads them) repeated in a varied order up to ``chars``."""
    script = plan(seed, Settings(use_cache=False))
    article = script.articles[0]
    paragraphs = [b.text for b in article.blocks if b.kind == "paragraph"]
    out, n = [article.title or "한빛시 소식"], 0
    while sum(map(len, out)) < chars:
        out.append(paragraphs[(n * 5) % len(paragraphs)])
        n += 1
    return "\n\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=50_000)
    ap.add_argument("--article", type=Path, default=ROOT / "seeds" / "asiae_gpu_260k.txt")
    args = ap.parse_args()
    stage = ["start"]
    peaks: dict[str, int] = {}

    def watch() -> None:
        while True:
            peaks[stage[0]] = max(peaks.get(stage[0], 0), rss_mb())
            time.sleep(0.05)

    threading.Thread(target=watch, daemon=True).start()
    settings = Settings(use_cache=False)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "long.txt"
        source.write_text(long_article(args.article, args.chars), encoding="utf-8")
        times = {}
        t0 = time.perf_counter()
        stage[0] = "plan"
        script = plan(source, settings)
        times["plan"] = time.perf_counter() - t0
        stage[0] = "render"
        t0 = time.perf_counter()
        episode = render(script, NoiseEngine(), resolve_voice(settings), settings)
        times["render"] = time.perf_counter() - t0
        stage[0] = "mp3"
        t0 = time.perf_counter()
        episode.write_mp3(Path(tmp) / "long.mp3")
        times["mp3"] = time.perf_counter() - t0
        time.sleep(0.1)
    print(
        f"{platform.processor() or platform.machine()}: {len(script.sentences)} sentences, "
        f"{episode.duration / 3600:.2f} h of audio"
    )
    print(json.dumps({"seconds": {k: round(v, 1) for k, v in times.items()}, "peak_rss_mb": peaks}))


if __name__ == "__main__":
    main()
