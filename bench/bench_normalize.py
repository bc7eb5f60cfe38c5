#!/usr/bin/env python3
"""Benchmark the normalizer: 1 MB of news text, characters per second on one core after
start-up, and peak memory.

    python bench/bench_normalize.py [--size 1000000] [--per-line]

The text is built from the seed article and the dev and golden sentences, repeated to the
size asked. Start-up (imports, lexicons) is timed apart by a first warm-up call.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus(size: int) -> str:
    parts = [(ROOT / "seeds" / "asiae_gpu_260k.txt").read_text(encoding="utf-8")]
    tests = ROOT / "tests" / "normalize"
    for path in [tests / "dev.tsv", *sorted((tests / "golden").glob("*.tsv"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                parts.append(line.split("\t")[0])
    base = "\n".join(parts) + "\n"
    return (base * (size // len(base) + 1))[:size]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=1_000_000, help="characters of text")
    ap.add_argument("--per-line", action="store_true", help="call normalize once per line, as the CLI does")
    a = ap.parse_args()
    t0 = time.perf_counter()
    from newsread.normalize import normalize

    normalize("가격은 25,000원, GPU 3개, 李 대통령, 2025년 10월 9일.")
    startup = time.perf_counter() - t0
    text = corpus(a.size)
    t1 = time.perf_counter()
    lines = text.split("\n") if a.per_line else [text]
    out = "\n".join(normalize(line) for line in lines)
    dt = time.perf_counter() - t1
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mode = "per line" if a.per_line else "whole text"
    print(
        f"normalize {len(text):,} chars ({mode}): {dt:.2f} s, {len(text) / dt:,.0f} chars/s; "
        f"start-up {startup:.2f} s; peak RSS {peak_mib:.0f} MiB; output {len(out):,} chars"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
