"""Speed of the neural engines: Coqui's own one-sentence-at-a-time path vs newsread's batches.

Random-weight models of the real sizes (XTTS-v2: GPT 30 layers x 1024, ~450 M parameters,
full HiFi-GAN; VITS: Coqui's default, full-size configuration) render the seed article's
sentences, with a fixed number of audio tokens per sentence for XTTS (a random model
would never stop by itself) and about two decoder frames per input token for VITS. Both
paths run in the same process on the same device; the script prints audio seconds per
wall-clock second for each and their ratio.

    python bench/bench_neural.py --device cuda            # the real sizes, on a GPU
    python bench/bench_neural.py --device cpu --small     # reduced sizes, on a CPU

``--xtts-layouts padded,packed`` and ``--vits-layouts padded,packed`` compare the waveform
decoder's layouts (the voice option ``decoder_layout``); for XTTS, HiFi-GAN alone on the
same latents.

This is a benchmark, not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "asiae_gpu_260k.txt"
#: the seed article's spoken sentences, already normalized and split to XTTS's Korean limit
#: (so that a GPU machine without Kiwi can run the benchmark); --from-seed recomputes them
SENTENCES = Path(__file__).with_name("seed_sentences.txt")


@dataclass
class Row:
    engine: str
    path: str
    sentences: int
    audio_s: float
    wall_s: float

    @property
    def speed(self) -> float:
        return self.audio_s / self.wall_s if self.wall_s > 0 else float("inf")


def reported(row: Row) -> Row:
    """Print a figure as soon as it is measured, so that a run cut short still reports some."""
    print(f"measured: {row.engine} {row.path}: {row.audio_s:.1f} s of audio in {row.wall_s:.2f} s", flush=True)
    return row


def seed_sentences(path: Path, limit: int | None) -> list[str]:
    """The spoken (normalized) sentences of the seed article, split to XTTS's Korean limit."""
    from newsread.engines._neural import split_text
    from newsread.ingest import load
    from newsread.normalize import normalize
    from newsread.segment import build_script

    script = build_script([load(path)], normalize)
    pieces = [p for s in script.sentences for p in split_text(s.spoken, 95)]
    return pieces[:limit] if limit else pieces


def sync(device: str) -> None:
    if device.startswith("cuda"):
        import torch

        torch.cuda.synchronize()


def timed(device: str, fn: Callable[[], list[np.ndarray]]) -> tuple[float, float]:
    sync(device)
    start = time.perf_counter()
    clips = fn()
    sync(device)
    wall = time.perf_counter() - start
    return sum(len(c) for c in clips), wall


def bench_xtts(
    device: str,
    sentences: list[str],
    size: str,
    tokens: int,
    precisions: list[str],
    layouts: list[str] | None = None,
) -> list[Row]:
    import torch

    from newsread.engines._coqui import import_tts

    import_tts()
    from TTS.tts.layers.xtts.xtts_manager import SpeakerManager

    from newsread.engines.base import Voice
    from newsread.engines.random_models import build_xtts_model
    from newsread.engines.xtts import Decoding, from_model

    model = build_xtts_model(size, seed=0).to(device)
    params = sum(p.numel() for p in model.gpt.parameters()) / 1e6
    shape = f"{model.args.gpt_layers} layers x {model.args.gpt_n_model_channels}"
    print(f"xtts: GPT {shape}, {params:.0f} M parameters")
    with tempfile.TemporaryDirectory() as tmp:
        g = torch.Generator().manual_seed(0)
        speakers = {
            "bench": {
                "gpt_cond_latent": torch.randn(1, 32, model.args.gpt_n_model_channels, generator=g) * 0.5,
                "speaker_embedding": torch.randn(1, model.args.d_vector_dim, 1, generator=g),
            }
        }
        torch.save(speakers, Path(tmp) / "speakers_xtts.pth")
        model.speaker_manager = SpeakerManager(Path(tmp) / "speakers_xtts.pth")
    model.gpt.max_gen_mel_tokens = tokens
    cfg = model.config
    cond = speakers["bench"]["gpt_cond_latent"].to(device)
    spk = speakers["bench"]["speaker_embedding"].to(device)
    sr = int(model.args.output_sample_rate)

    def coqui(texts: list[str]) -> list[np.ndarray]:
        out = []
        for text in texts:
            wav = model.inference(
                text,
                "ko",
                cond,
                spk,
                temperature=cfg.temperature,
                top_k=cfg.top_k,
                top_p=cfg.top_p,
                repetition_penalty=cfg.repetition_penalty,
                min_new_tokens=tokens,  # the same fixed length as newsread's path
            )["wav"]
            out.append(np.asarray(wav))
        return out

    rows: list[Row] = []
    coqui(sentences[:1])  # warm-up
    n, wall = timed(device, lambda: coqui(sentences))
    rows.append(reported(Row("xtts", "coqui one-by-one (fp32)", len(sentences), n / sr, wall)))
    dec = Decoding(
        do_sample=True,
        temperature=cfg.temperature,
        top_k=cfg.top_k,
        top_p=cfg.top_p,
        repetition_penalty=cfg.repetition_penalty,
        max_new_tokens=tokens,
        fixed_length=True,
    )
    on_gpu = device.startswith("cuda")
    decoders = ["graph", "dynamic"] if on_gpu else ["dynamic", "static"]

    def bench_voice(precision: str, decoder: str, layout: str) -> Voice:
        options = {"precision": precision, "decoder": decoder, "decoder_layout": layout}
        return Voice(
            name="bench",
            engine="xtts",
            speaker="bench",
            options={**options, "batch_size": len(sentences), "batch_tokens": 10**9},
        )

    layout = (layouts or ["padded"])[0]
    for precision in precisions:
        for decoder in decoders:
            engine = from_model(model, bench_voice(precision, decoder, layout), device, decoding=dec)
            list(engine.synthesize(sentences[:2]))  # warm-up
            # the first whole batch also loads the kernels its shapes need; the second is warm
            for run in ("first", "again"):
                n, wall = timed(device, lambda e=engine: list(e.synthesize(sentences)))  # type: ignore[misc]
                path = f"newsread batched, {decoder} decoder{f', {layout}' if layouts else ''} ({precision}), {run}"
                rows.append(reported(Row("xtts", path, len(sentences), n / sr, wall)))
            xtts_breakdown(device, engine, sentences, tokens)
            engine.close()
        if layouts:
            engines = {
                lay: from_model(model, bench_voice(precision, decoders[0], lay), device, decoding=dec)
                for lay in layouts
            }
            rows += xtts_layouts(device, engines, sentences, precision)
    return rows


def xtts_layouts(device: str, engines: dict[str, Any], sentences: list[str], precision: str) -> list[Row]:
    """HiFi-GAN alone on the same latents, once per decoder layout.

    A random GPT never stops, so every item would have the same number of tokens and
    nothing to pad: the latents are cut to lengths in proportion to each sentence's
    characters, as a real model's stopping roughly gives. Layouts take turns, three
    rounds, so that a machine's other load falls on both alike; the best round of each is
    printed last.
    """
    import torch

    first = next(iter(engines.values()))
    with torch.inference_mode(), first._autocast():
        _, latents = first.generate([first.tokens(t) for t in sentences])
    longest = max(len(t) for t in sentences)
    cut = [lat[: max(1, round(lat.shape[0] * len(t) / longest))] for lat, t in zip(latents, sentences, strict=True)]
    sr = int(first.sample_rate)
    hop = first._upsampling()
    rows: list[Row] = []
    for layout, engine in engines.items():
        clips = engine.vocode(cut)  # warm-up
        frames = [len(clip) // hop for clip in clips]
        gap = engine.packing_gap
        work = len(frames) * max(frames) if gap is None else sum(frames) + (len(frames) - 1) * gap
        print(f"  HiFi-GAN {layout}: {work} input frames for {sum(frames)} frames of audio", flush=True)
    best: dict[str, float] = {}
    for run in ("first", "second", "third"):
        for layout, engine in engines.items():
            n, wall = timed(device, lambda e=engine: e.vocode(cut))  # type: ignore[misc]
            path = f"{layout} ({precision}), {run}"
            rows.append(reported(Row("xtts HiFi-GAN only", path, len(sentences), n / sr, wall)))
            best[layout] = min(best.get(layout, wall), wall)
    print("  HiFi-GAN best of three: " + ", ".join(f"{lay} {wall:.2f} s" for lay, wall in best.items()), flush=True)
    return rows


def xtts_breakdown(device: str, engine: Any, sentences: list[str], tokens: int) -> None:
    """Where the batched XTTS path spends its time: GPT decoding against HiFi-GAN."""
    import torch

    token_lists = [engine.tokens(t) for t in sentences]
    sync(device)
    start = time.perf_counter()
    with torch.inference_mode(), engine._autocast():
        _, latents = engine.generate(token_lists)
    sync(device)
    gpt = time.perf_counter() - start
    start = time.perf_counter()
    engine.vocode(latents)
    sync(device)
    vocoder = time.perf_counter() - start
    print(
        f"  breakdown: GPT {gpt:.2f} s ({1000 * gpt / tokens:.1f} ms per step of {len(sentences)}), "
        f"HiFi-GAN {vocoder:.2f} s",
        flush=True,
    )


def vits_breakdown(device: str, engine: Any, sentences: list[str]) -> None:
    """Where a batched VITS render spends its time: the waveform decoder (HiFi-GAN) against the rest."""
    decoder = engine.model.waveform_decoder
    spent = [0.0]
    began = [0.0]

    def before(_module: Any, _args: Any) -> None:
        sync(device)
        began[0] = time.perf_counter()

    def after(_module: Any, _args: Any, _out: Any) -> None:
        sync(device)
        spent[0] += time.perf_counter() - began[0]

    hooks = [decoder.register_forward_pre_hook(before), decoder.register_forward_hook(after)]
    try:
        _, wall = timed(device, lambda: list(engine.synthesize(sentences)))
    finally:
        for h in hooks:
            h.remove()
    print(f"  breakdown: waveform decoder {spent[0]:.2f} s of {wall:.2f} s", flush=True)


def bench_vits(
    device: str,
    sentences: list[str],
    size: str,
    precisions: list[str],
    batches: list[int] | None = None,
    overheads: list[int | None] | None = None,
    layouts: list[str] | None = None,
) -> list[Row]:
    import torch

    from newsread.batching import Budget, plan_batches
    from newsread.devices import half_dtype
    from newsread.engines._coqui import import_tts, quiet

    import_tts()
    from TTS.tts.models.vits import Vits

    from newsread.engines.base import Voice
    from newsread.engines.random_models import vits_config
    from newsread.engines.vits import VitsEngine

    torch.manual_seed(0)
    with quiet():
        model = Vits(vits_config(size)).to(device).eval()
    params = sum(p.numel() for n, p in model.named_parameters() if not n.startswith("posterior")) / 1e6
    print(f"vits: {params:.1f} M inference parameters")
    nfd = [unicodedata.normalize("NFD", s) for s in sentences]
    # A random duration predictor gives under a frame per token: scale it to about two.
    model.inference_noise_scale = 0.667
    model.inference_noise_scale_dp = 0.0
    with torch.inference_mode():
        out = model.synthesize(nfd[0])
    frames = out["outputs"]["y_mask"].sum().item()
    model.length_scale = 2.0 * len(model.tokenizer.text_to_ids(nfd[0])) / max(frames, 1.0)
    sr = int(model.config.audio.sample_rate)

    def coqui(texts: list[str]) -> list[np.ndarray]:
        with torch.inference_mode():
            return [np.asarray(model.synthesize(t)["wav"]) for t in texts]

    rows: list[Row] = []
    coqui(nfd[:1])
    n, wall = timed(device, lambda: coqui(nfd))
    rows.append(reported(Row("vits", "coqui one-by-one (fp32)", len(sentences), n / sr, wall)))
    sizes = batches or [64 if device.startswith("cuda") else 1]
    runs = itertools.product(precisions, sizes, overheads or [None], layouts or ["padded"])
    for precision, batch_size, overhead, layout in runs:
        voice = Voice(
            name="bench",
            engine="vits",
            options={
                "precision": precision,
                "length_scale": model.length_scale,
                "noise_scale_dp": 0.0,
                "batch_size": batch_size,
                "decoder_layout": layout,
            },
        )
        budget = Budget(cost=10**9, items=int(voice.options["batch_size"]), overhead=overhead)
        engine = VitsEngine(
            model,
            device=device,
            identity="bench",
            voice=voice,
            budget=budget,
            dtype=half_dtype(device, precision),
        )
        list(engine.synthesize(sentences[:2]))
        label = ("batched" if batch_size > 1 else "one-by-one") + (f" of {batch_size}" if batches else "")
        if layouts and batch_size > 1:
            label += f", {layout}"
        if overhead is not None:
            label += f", overhead {overhead}: {len(plan_batches([engine.cost(t) for t in sentences], budget))} batches"
        for run in ("first", "again"):
            n, wall = timed(device, lambda e=engine: list(e.synthesize(sentences)))  # type: ignore[misc]
            path = f"newsread {label} ({precision}), {run}"
            rows.append(reported(Row("vits", path, len(sentences), n / sr, wall)))
        vits_breakdown(device, engine, sentences)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--device", default="auto", help="auto, cpu, cuda or cuda:N")
    ap.add_argument("--small", action="store_true", help="reduced sizes for a CPU (says so in the output)")
    ap.add_argument("--tokens", type=int, default=None, help="XTTS audio tokens per sentence (150; 24 with --small)")
    ap.add_argument("--sentences", type=int, default=None, help="use the first N pieces of the article")
    ap.add_argument("--engines", default="xtts,vits")
    ap.add_argument("--vits-batches", default="", help="VITS batch sizes to compare, e.g. 8,16,64")
    ap.add_argument(
        "--vits-overheads",
        default="",
        help="VITS batch overheads (padded tokens) to compare, e.g. none,100,400 (none: fill batches greedily)",
    )
    ap.add_argument(
        "--vits-layouts",
        default="",
        help="VITS decoder layouts to compare: padded,packed (padded: the batch padded to its longest item)",
    )
    ap.add_argument(
        "--xtts-layouts",
        default="",
        help="XTTS HiFi-GAN layouts to compare on the same latents: padded,packed (the first is used throughout)",
    )
    ap.add_argument("--from-seed", action="store_true", help="re-read the seed article (needs Kiwi)")
    ap.add_argument("--seed-article", type=Path, default=SEED)
    args = ap.parse_args(argv)

    import torch

    from newsread.devices import resolve_device

    device = resolve_device(args.device)
    tokens = args.tokens or (24 if args.small else 150)
    limit = args.sentences or (6 if args.small else None)
    if args.from_seed or not SENTENCES.is_file():
        sentences = seed_sentences(args.seed_article, limit)
    else:
        lines = [line.strip() for line in SENTENCES.read_text(encoding="utf-8").splitlines()]
        sentences = [line for line in lines if line][:limit] if limit else [line for line in lines if line]
    on_gpu = device.startswith("cuda")
    name = torch.cuda.get_device_name(device) if on_gpu else f"CPU ({torch.get_num_threads()} threads)"
    precisions = ["fp32", "fp16"] if on_gpu else ["fp32"]
    print(f"device: {device} = {name}; torch {torch.__version__}")
    if args.small:
        print("REDUCED SIZE (--small): XTTS GPT 4 layers x 256, tiny VITS; figures are not the real models'")
    print(f"{len(sentences)} sentences of the seed article; XTTS {tokens} audio tokens each")
    rows: list[Row] = []
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    failed = 0
    for engine in engines:
        # one engine's failure (say, out of memory) still leaves the other's figures
        try:
            if engine == "xtts":
                layouts = [lay.strip() for lay in args.xtts_layouts.split(",") if lay.strip()]
                size = "small" if args.small else "full"
                rows += bench_xtts(device, sentences, size, tokens, precisions, layouts)
            elif engine == "vits":
                batches = [int(b) for b in args.vits_batches.split(",") if b.strip()]
                overheads = [
                    None if o.strip() == "none" else int(o) for o in args.vits_overheads.split(",") if o.strip()
                ]
                layouts = [lay.strip() for lay in args.vits_layouts.split(",") if lay.strip()]
                size = "tiny" if args.small else "full"
                rows += bench_vits(device, sentences, size, precisions, batches, overheads, layouts)
            else:
                print(f"unknown engine {engine!r}: xtts or vits", file=sys.stderr)
                failed += 1
        except Exception as exc:  # a benchmark reports what failed and goes on
            print(f"{engine}: FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
            failed += 1
    print()
    print("| engine | path | sentences | audio s | wall s | audio s / wall s | vs coqui |")
    print("|---|---|---:|---:|---:|---:|---:|")
    base: dict[str, float] = {}
    for r in rows:
        if r.path.startswith("coqui"):
            base[r.engine] = r.speed
        ratio = f"{r.speed / base[r.engine]:.1f}x" if r.engine in base else "-"
        print(f"| {r.engine} | {r.path} | {r.sentences} | {r.audio_s:.1f} | {r.wall_s:.2f} | {r.speed:.1f} | {ratio} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
