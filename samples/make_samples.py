"""Regenerate the samples: the seed article read by the default voice.

    python samples/make_samples.py

Writes, next to this script: ``asiae_gpu_260k.mp3`` (the reading, with chapters),
``asiae_gpu_260k.plan.json`` (what was read: every sentence's source text, spoken text and
offsets) and ``asiae_gpu_260k.timings.json`` (every sentence's start and end in the MP3).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import newsread
from newsread.cli import plan_dict

HERE = Path(__file__).resolve().parent
#: The seed, relative to the repository's root, so the plan names it as the repository does and
#: not by where the checkout happens to lie.
SEED = Path("seeds") / "asiae_gpu_260k.txt"


def main() -> None:
    os.chdir(HERE.parent)
    settings = newsread.Settings(bitrate=64)
    episode = newsread.read(SEED, settings)
    stem = HERE / SEED.stem
    episode.write_mp3(stem.with_suffix(".mp3"), bitrate=settings.bitrate)
    stem.with_suffix(".plan.json").write_text(
        json.dumps(plan_dict(episode.script), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    timings = [
        {"index": s.index, "text": s.text, "spoken": s.spoken, "start": round(t.start, 3), "end": round(t.end, 3)}
        for s, t in zip(episode.script.sentences, episode.timings, strict=True)
    ]
    chapters = [{"title": c.title, "start": round(c.start, 3)} for c in episode.chapters]
    stem.with_suffix(".timings.json").write_text(
        json.dumps({"voice": episode.voice, "chapters": chapters, "sentences": timings}, ensure_ascii=False, indent=1)
        + "\n",
        encoding="utf-8",
    )
    print(f"{stem.with_suffix('.mp3')}: {episode.duration:.1f} s, voice {episode.voice}")


if __name__ == "__main__":
    main()
