"""Benchmark: a podcast feed of 1,000 articles with the silent engine.

    python bench/bench_feed.py [--articles 1000] [--jobs 2] [--keep DIR]

Generates synthetic Korean news articles (headline, subheading, five paragraphs, about ten
sentences each), builds the feed from scratch in parallel across articles, then rebuilds it
with nothing changed, then after editing one article. Prints the timings as Markdown rows
for bench/RESULTS.md. The silent engine makes the numbers measure everything but the speech
model: ingest, normalization, segmentation, assembly, loudness, MP3 encoding, the feed.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import newsread.feed
from newsread.settings import Settings

SUBJECTS = ["정부", "한국은행", "서울시", "국회", "삼성전자", "현대차", "교육부", "기상청", "경찰", "법원"]
VERBS = ["발표했다", "밝혔다", "전했다", "설명했다", "강조했다", "결정했다"]
TOPICS = ["반도체 수출", "기준금리", "부동산 대책", "예산안", "전기차 판매", "입시 제도", "태풍 피해", "물가 상승률"]


def article(rng: random.Random, n: int) -> str:
    topic = rng.choice(TOPICS)
    lines = [f"{topic} {rng.randint(2, 12)}개월 연속 변화 ({n}호)", ""]
    for p in range(5):
        if p == 3:
            lines += [f"## {rng.choice(SUBJECTS)}의 전망", ""]
        sentences = [
            f"{rng.choice(SUBJECTS)}는 {rng.randint(1, 28)}일 {topic}이 {rng.randint(1, 99)}% 늘었다고 "
            f"{rng.choice(VERBS)}.",
            f"지난해 같은 기간보다 {rng.randint(100, 9999)}억 원 많은 수준이다.",
        ]
        lines += [" ".join(sentences), ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)

    work = args.keep or Path(tempfile.mkdtemp(prefix="newsread-bench-feed-"))
    src, site, cache = work / "articles", work / "site", work / "cache"
    for d in (src, site, cache):
        shutil.rmtree(d, ignore_errors=True)
    src.mkdir(parents=True)
    rng = random.Random(7)
    for i in range(args.articles):
        (src / f"article-{i:04d}.txt").write_text(article(rng, i), encoding="utf-8")
    settings = Settings(voice="silent", cache_dir=cache)
    url = "https://example.com/podcast/"

    def cpu() -> float:
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    def timed(label: str) -> tuple[float, float, newsread.feed.FeedResult]:
        t0, c0 = time.perf_counter(), cpu()
        result = newsread.feed.build(src, site, url, settings=settings, jobs=args.jobs)
        elapsed, cpu_s = time.perf_counter() - t0, cpu() - c0
        load = os.getloadavg()[0]
        print(
            f"{label}: {elapsed:.2f} s wall, {cpu_s:.1f} s CPU, load {load:.1f} ({result.summary()})", file=sys.stderr
        )
        return elapsed, cpu_s, result

    full, full_cpu, first = timed("full build")
    same, _, _ = timed("unchanged rebuild")
    # the same unchanged rebuild from a shell: interpreter start and imports included
    cli = [sys.executable, "-m", "newsread", "feed", str(src), "--out", str(site), "--base-url", url]
    t0 = time.perf_counter()
    subprocess.run([*cli, "--voice", "silent", "-q"], check=True)
    shell = time.perf_counter() - t0
    print(f"unchanged rebuild, newsread feed from a shell: {shell:.2f} s wall", file=sys.stderr)
    edited = src / "article-0000.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n추가 문장이 들어왔다.\n", encoding="utf-8")
    one, _, _ = timed("one article edited")
    audio = sum(e.duration for e in newsread.feed.builder.load_manifest(site / ".newsread-feed.json").entries.values())
    size = sum(p.stat().st_size for p in (site / "episodes").glob("*.mp3"))
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    print(f"| {args.articles} articles, silent engine, jobs={args.jobs} | {machine} |")
    print(
        f"| full build | {full:.1f} s wall, {full_cpu:.0f} s CPU ({args.articles / full:.1f} articles/s, "
        f"{audio / 3600:.1f} h of audio, {size / 2**20:.0f} MiB of MP3) |"
    )
    print(f"| unchanged rebuild | {same:.2f} s (API), {shell:.2f} s (`newsread feed` from a shell) |")
    print(f"| one article edited | {one:.2f} s |")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if first.ok else 1


if __name__ == "__main__":
    sys.exit(main())
