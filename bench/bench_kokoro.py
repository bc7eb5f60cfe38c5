"""Speed of the Kokoro voice on this machine: model load, first audio, real-time factor, memory.

    python bench/bench_kokoro.py                      # the seed article, default voice
    python bench/bench_kokoro.py --workers 2 --threads 1
    python bench/bench_kokoro.py --article some.txt --voice kokoro-kumo --limit 10

The article goes through newsread's own ingest, normalize and segment stages; each sentence
is synthesized once. Real-time factor = synthesis time / audio duration. First audio = time
from asking for the first sentence (model loaded) to getting its clip; also reported from a
cold start (load included). Peak memory is the process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = next(
    (
        p / "shared" / "seeds" / "asiae_gpu_260k.txt"
        for p in ROOT.parents
        if (p / "shared" / "seeds" / "asiae_gpu_260k.txt").is_file()
    ),
    ROOT.parent / "shared" / "seeds" / "asiae_gpu_260k.txt",
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--article", type=Path, default=SEED)
    ap.add_argument("--voice", default=None, help="a kokoro voice (default: the default voice)")
    ap.add_argument("--workers", type=int, help="sentences in flight (overrides the voice)")
    ap.add_argument("--threads", type=int, help="onnxruntime threads per call (overrides the voice)")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--limit", type=int, help="only the first N sentences")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    from newsread import ingest
    from newsread.engines import load_engine
    from newsread.normalize import normalize
    from newsread.segment import build_script
    from newsread.voices import get_voice

    script = build_script([ingest.load(args.article)], normalize)
    texts = [s.spoken for s in script.sentences if s.spoken.strip()][: args.limit]
    voice = get_voice(args.voice)
    options = dict(voice.options)
    if args.workers:
        options["workers"] = args.workers
    if args.threads:
        options["threads"] = args.threads
    voice = replace(voice, options=options)

    start = time.perf_counter()
    engine = load_engine(voice, device=args.device)
    loaded = time.perf_counter()
    engine.synthesize(["가"]).__next__()  # Kiwi and onnxruntime warm-up, as a running reader has them
    warm = time.perf_counter()

    first = None
    audio_s = 0.0
    t_synth = time.perf_counter()
    for clip in engine.synthesize(texts, rate=voice.rate):  # the voice's pace, as the pipeline asks for it
        if first is None:
            first = time.perf_counter() - t_synth
        audio_s += clip.size / engine.sample_rate
    synth_s = time.perf_counter() - t_synth
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    workers, threads = options.get("workers", 1), options.get("threads", "all")
    print(f"voice            {voice.name} (workers={workers}, threads={threads})")
    print(f"sentences        {len(texts)} ({sum(len(t) for t in texts)} characters)")
    print(f"imports+script   {start - t0:.2f} s")
    print(f"model load       {loaded - start:.2f} s")
    print(f"warm-up          {warm - loaded:.2f} s")
    first_s = first or 0.0
    print(f"first audio      {first_s:.2f} s (cold, with load and warm-up: {first_s + warm - start:.2f} s)")
    rtf = synth_s / max(audio_s, 1e-9)
    print(f"audio            {audio_s:.1f} s in {synth_s:.1f} s: real-time factor {rtf:.3f}")
    print(f"peak memory      {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
