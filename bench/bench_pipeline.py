"""Time each stage of a render of the seed article and print the real-time factor.

    python bench/bench_pipeline.py [--voice espeak-ko] [--article seeds/asiae_gpu_260k.txt]

Stages: plan (ingest + normalize + segment), engine load, synthesis, assembly (resampling,
pauses, loudness), MP3 encoding with tags. The sentence cache is off, so every run
synthesizes everything. Peak memory is the process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import platform
import resource
import tempfile
import time
from pathlib import Path

import numpy as np

from newsread.assemble import chapter_marks, level, place
from newsread.engines import load_engine
from newsread.episode import Episode
from newsread.pipeline import plan
from newsread.settings import Settings
from newsread.synth import synthesize
from newsread.voices import resolve_voice

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--voice", default=None, help="voice name (default: the default voice)")
    ap.add_argument("--article", type=Path, default=ROOT / "seeds" / "asiae_gpu_260k.txt")
    args = ap.parse_args()
    settings = Settings(voice=args.voice, use_cache=False)
    times: dict[str, float] = {}

    t = time.perf_counter()
    plan(args.article, settings)  # start-up: Kiwi model load, lexicons
    times["start-up (first plan)"] = time.perf_counter() - t

    t = time.perf_counter()
    script = plan(args.article, settings)
    times["plan (ingest+normalize+segment)"] = time.perf_counter() - t

    t = time.perf_counter()
    voice = resolve_voice(settings)
    engine = load_engine(voice)
    times["engine load"] = time.perf_counter() - t

    t = time.perf_counter()
    segments = list(synthesize(script.sentences, engine, rate=settings.rate * voice.rate))
    times["synthesis"] = time.perf_counter() - t

    t = time.perf_counter()
    pieces = list(place(script, iter(segments), settings))
    clips = level([p.audio for p in pieces], settings.sample_rate, -16.0, -1.0)
    tail = np.zeros(round(settings.lead_in * settings.sample_rate), dtype=np.float32)
    audio = np.concatenate([x for p, c in zip(pieces, clips, strict=True) for x in (p.pause, c)] + [tail])
    timings = [p.timing for p in pieces]
    duration = len(audio) / settings.sample_rate
    episode = Episode(
        script,
        audio,
        settings.sample_rate,
        tuple(timings),
        chapter_marks(script, timings, duration),
        voice.name,
        engine.name,
    )
    times["assembly (resample+pauses+loudness)"] = time.perf_counter() - t

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        episode.write_mp3(Path(tmp) / "out.mp3")
        times["mp3 encode + tags"] = time.perf_counter() - t

    render = sum(v for k, v in times.items() if not k.startswith("start-up"))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, {__import__('os').cpu_count()} cores")
    print(f"article: {args.article.name}, {len(script.sentences)} sentences; voice {voice.name} ({engine.name})")
    for k, v in times.items():
        print(f"  {k:<38} {v:8.2f} s")
    print(f"audio duration: {episode.duration:.1f} s")
    print(f"render time (excluding start-up): {render:.2f} s; real-time factor {render / episode.duration:.4f}")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
