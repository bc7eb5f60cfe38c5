"""The XTTS engine on a tiny random XTTS-v2: batched generation equals Coqui's own one-by-one."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf

from newsread.engines import load_engine, unavailable
from newsread.engines.base import Voice
from newsread.errors import VoiceError

from .helpers import NEURAL, cuda_available

pytestmark = pytest.mark.skipif(not NEURAL, reason="the neural extra (torch, coqui-tts) is not installed")


#: a mixed-length batch of normalized sentences
TEXTS = [
    "안녕하세요.",
    "이재명 대통령이 젠슨 황 엔비디아 대표를 만나 그래픽처리장치를 공급받기로 약속받았다.",
    "경주에서 만났다.",
    "네.",
    "한국은 인공지능 시대를 가장 먼저 열어가는 공간이다.",
]
MAX_TOKENS = 12
REPETITION = 10.0


def voice(folder: Path | None, **options: Any) -> Voice:
    opts: dict[str, Any] = {
        "do_sample": False,
        "repetition_penalty": REPETITION,
        "max_new_tokens": MAX_TOKENS,
    }
    opts.update(options)
    return Voice(
        name="test-xtts",
        engine="xtts",
        model=None if folder is None else str(folder),
        speaker="alice",
        options=opts,
    )


def coqui_codes(engine: Any, text: str) -> list[int]:
    """Coqui's own generation for one sentence (greedy, same repetition penalty)."""
    import torch

    tokens = torch.IntTensor(engine.tokens(text)).unsqueeze(0).to(engine.cond_latent.device)
    with torch.inference_mode():
        out = engine.model.gpt.generate(
            cond_latents=engine.cond_latent,
            text_inputs=tokens,
            do_sample=False,
            num_beams=1,
            repetition_penalty=REPETITION,
            output_attentions=False,
        )
    return [int(t) for t in out[0]]


@pytest.fixture(scope="module")
def engine(tiny_xtts_dir: Path) -> Iterator[Any]:
    """The tiny model loaded the way a user's is, then given a STOP bias so that items stop
    at different steps (a random GPT never says STOP on its own)."""

    e = load_engine(voice(tiny_xtts_dir), device="cpu")
    with_stop_bias(e)
    yield e


def with_stop_bias(e: Any) -> None:
    """Raise the STOP logit until items of the batch stop at different steps."""
    import torch

    gpt = e.model.gpt
    gpt.max_gen_mel_tokens = MAX_TOKENS  # Coqui's own path gets the same cap
    token_lists = [e.tokens(t) for t in TEXTS]
    with torch.no_grad(), e._autocast():
        base = gpt.mel_head.bias[gpt.stop_audio_token].item()
        for bias in np.arange(2.0, 14.0, 0.25):
            gpt.mel_head.bias[gpt.stop_audio_token] = base + bias
            codes, _ = e.generate(token_lists)
            lengths = [len(c) for c in codes]
            if len(set(lengths)) >= 3 and max(lengths) == MAX_TOKENS:
                return
    pytest.fail("no STOP bias gives a mixed-length batch")


def test_batched_tokens_equal_coqui_one_by_one(engine: Any) -> None:
    codes, latents = engine.generate([engine.tokens(t) for t in TEXTS])
    stop = engine.model.gpt.stop_audio_token
    assert len({len(c) for c in codes}) >= 3  # mixed lengths: some items stop early, per item
    assert any(c[-1] == stop for c in codes)
    assert len({tuple(c[:3]) for c in codes}) > 1  # the text matters
    for text, batched, lat in zip(TEXTS, codes, latents, strict=True):
        assert batched == coqui_codes(engine, text)
        assert lat.shape == (len(batched), engine.model.gpt.model_dim)
        assert stop not in batched[:-1]


def test_static_cache_decoder_equals_coqui_and_the_dynamic_one(engine: Any) -> None:
    """The fixed-shape decoder (what a CUDA graph replays), step by step on the CPU."""
    import torch

    token_lists = [engine.tokens(t) for t in TEXTS]
    assert engine.decoder == "dynamic"  # the CPU's default
    dynamic_codes, dynamic_latents = engine.generate(token_lists)
    engine.decoder = "static"
    try:
        codes, latents = engine.generate(token_lists)
    finally:
        engine.decoder = "dynamic"
    assert len({len(c) for c in codes}) >= 3  # stopped rows are cut at their own STOP
    assert codes == dynamic_codes
    for text, c, lat, ref in zip(TEXTS, codes, latents, dynamic_latents, strict=True):
        assert c == coqui_codes(engine, text)
        assert lat.shape == ref.shape
        torch.testing.assert_close(lat, ref, rtol=1e-4, atol=1e-4)


def test_graph_capture_failure(engine: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """Out of memory goes to the scheduler (which halves the batch); any other refusal falls
    back to the same decoder step by step, with the same tokens."""
    from newsread.batching import is_out_of_memory
    from newsread.engines.xtts_decode import StaticDecoder

    token_lists = [engine.tokens(t) for t in TEXTS]
    expected, _ = engine.generate(token_lists)
    message = ["CUDA out of memory. Tried to allocate 2.00 GiB"]

    def refuse(self: Any) -> None:
        raise RuntimeError(message[0])

    monkeypatch.setattr(StaticDecoder, "capture", refuse)
    engine.decoder = "graph"  # as on a GPU (the CPU cannot capture)
    try:
        with pytest.raises(RuntimeError) as info:
            engine.generate(token_lists)
        assert is_out_of_memory(info.value)
        assert engine.decoder == "graph"
        message[0] = "operation not permitted when stream is capturing"
        with caplog.at_level("WARNING", logger="newsread.engines.xtts"):
            codes, _ = engine.generate(token_lists)
        assert codes == expected
        assert engine.decoder == "static"
        assert "capture failed" in caplog.text
    finally:
        engine.decoder = "dynamic"


def test_decoder_option_is_checked(tiny_xtts_dir: Path) -> None:
    with pytest.raises(VoiceError, match="decoder must be one of"):
        load_engine(voice(tiny_xtts_dir, decoder="fast"), device="cpu")
    with pytest.raises(VoiceError, match="needs a CUDA device"):
        load_engine(voice(tiny_xtts_dir, decoder="graph"), device="cpu")
    assert load_engine(voice(tiny_xtts_dir, decoder="static"), device="cpu").decoder == "static"  # type: ignore[attr-defined]


def test_batched_equals_batches_of_one(engine: Any) -> None:
    check_batched_equals_single(engine, audio=False)  # audio: see the next test


def test_batched_audio_equals_coqui_inference(engine: Any) -> None:
    import torch

    texts = TEXTS[:4]
    clips = list(engine.synthesize(texts))
    for text, clip in zip(texts, clips, strict=True):
        with torch.inference_mode():
            ref = engine.model.inference(
                text,
                "ko",
                engine.cond_latent,
                engine.speaker_embedding,
                do_sample=False,
                repetition_penalty=REPETITION,
            )["wav"]
        assert clip.dtype == np.float32
        assert len(clip) == len(ref)  # trimmed to exactly its own length
        assert np.abs(clip - ref).max() < 1e-4  # to the last sample: padding is never heard


def test_rate_scales_the_latents(engine: Any) -> None:
    import torch
    import torch.nn.functional as F

    _, lats = engine.generate([engine.tokens(t) for t in TEXTS[2:4]])
    fast = engine.vocode(lats, 1.5)
    for lat, clip in zip(lats, fast, strict=True):
        with torch.inference_mode():  # Coqui's inference(speed=1.5), from the same latents
            scaled = F.interpolate(lat.T[None], scale_factor=1 / 1.5, mode="linear").transpose(1, 2)
            ref = engine.model.hifigan_decoder(scaled, g=engine.speaker_embedding).reshape(-1).numpy()
        assert len(clip) == len(ref) < engine.sample_rate * lat.shape[0] * 1024 / 22050
        assert np.abs(clip - ref).max() < 1e-4


def mixed_lengths(latents: list[Any]) -> list[Any]:
    """The items' latents cut to mixed lengths, one of two tokens (HiFi-GAN frames about as
    few as the packing gap), whatever the GPT's own stopping gave."""
    cuts = [MAX_TOKENS, 2, MAX_TOKENS // 2, 3, MAX_TOKENS - 1]
    return [lat[: min(cut, lat.shape[0])] for lat, cut in zip(latents, cuts, strict=True)]


def vocoded_as_laid_out(e: Any, latents: list[Any], gap: int | None, rate: float) -> tuple[list[Any], list[int]]:
    """``e.vocode`` with packing ``gap`` (None: padded), and the widths HiFi-GAN's first convolution saw."""
    widths: list[int] = []
    conv_pre = e.model.hifigan_decoder.waveform_decoder.conv_pre
    hook = conv_pre.register_forward_pre_hook(lambda _m, args: widths.append(args[0].shape[-1]))
    saved = e.packing_gap
    e.packing_gap = gap
    try:
        clips = e.vocode(latents, rate)
    finally:
        e.packing_gap = saved
        hook.remove()
    return clips, widths


@pytest.mark.parametrize("rate", [1.0, 1.3])
def test_packed_vocoding_equals_one_by_one(engine: Any, rate: float) -> None:
    from newsread.engines._coqui import packing_gap

    _, latents = engine.generate([engine.tokens(t) for t in TEXTS])
    latents = mixed_lengths(latents)
    gap = packing_gap(engine.model.hifigan_decoder.waveform_decoder)
    assert gap is not None and gap >= 1
    singles = [engine.vocode([lat], rate)[0] for lat in latents]
    padded, padded_widths = vocoded_as_laid_out(engine, latents, None, rate)
    packed, packed_widths = vocoded_as_laid_out(engine, latents, gap, rate)
    hop = engine._upsampling()
    frames = [len(s) // hop for s in singles]
    assert len(set(frames)) == len(frames) and min(frames) <= 2 * gap  # mixed, one about the gap
    for single, a, b in zip(singles, padded, packed, strict=True):
        assert len(a) == len(b) == len(single)  # trimmed to exactly its own length
        assert np.abs(b - single).max() < 1e-4
        assert np.abs(a - single).max() < 1e-4
    # padded: the batch at the longest item's frames; packed: one row of the items' own
    # frames and the gaps between them
    assert padded_widths == [max(frames)]
    assert packed_widths == [sum(frames) + (len(TEXTS) - 1) * gap]


def test_decoder_layout_option(tiny_xtts_dir: Path) -> None:
    from newsread.engines._coqui import packing_gap

    packed: Any = load_engine(voice(tiny_xtts_dir, decoder_layout="packed"), device="cpu")
    assert packed.packing_gap == packing_gap(packed.model.hifigan_decoder.waveform_decoder)
    assert packed.packing_gap is not None
    packed.close()
    with pytest.raises(VoiceError, match="decoder_layout 'stacked' in the XTTS voice 'test-xtts'"):
        load_engine(voice(tiny_xtts_dir, decoder_layout="stacked"), device="cpu")


def test_builtin_speakers_by_name(engine: Any, tiny_xtts_dir: Path) -> None:
    from newsread.engines.xtts import conditioning

    alice = conditioning(engine.model, voice(tiny_xtts_dir), "id", "cpu")
    bob = conditioning(engine.model, dataclasses.replace(voice(tiny_xtts_dir), speaker="bob"), "id", "cpu")
    assert alice[2] == "spk=alice" and bob[2] == "spk=bob"
    assert not np.allclose(alice[0].numpy(), bob[0].numpy())
    with pytest.raises(VoiceError, match="alice, bob"):
        conditioning(engine.model, dataclasses.replace(voice(tiny_xtts_dir), speaker="carol"), "id", "cpu")


def test_reference_latents_are_computed_once_and_cached(
    engine: Any, tiny_xtts_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsread.engines.xtts import conditioning

    monkeypatch.setenv("NEWSREAD_CACHE", str(tmp_path / "cache"))
    clip = tmp_path / "ref.flac"
    rng = np.random.default_rng(0)
    t = np.arange(44100 * 2) / 44100
    sf.write(
        clip,
        (0.3 * np.sin(2 * np.pi * 180 * t) + 0.05 * rng.standard_normal(t.size)).astype(np.float32),
        44100,
    )
    v = dataclasses.replace(voice(tiny_xtts_dir), speaker=None, reference=clip)
    cond, spk, vid = conditioning(engine.model, v, "model-a", "cpu")
    assert cond.shape == (1, 32, engine.model.gpt.model_dim)
    assert len(list((tmp_path / "cache").rglob("*.pt"))) == 1

    def boom(*_a: object, **_k: object) -> None:
        raise AssertionError("recomputed")

    monkeypatch.setattr(engine.model, "get_gpt_cond_latents", boom)
    cond2, spk2, vid2 = conditioning(engine.model, v, "model-a", "cpu")
    assert vid2 == vid and np.array_equal(cond2.numpy(), cond.numpy()) and np.array_equal(spk2, spk)
    with pytest.raises(AssertionError, match="recomputed"):  # another model: its own latents
        conditioning(engine.model, v, "model-b", "cpu")


def test_cache_key_names_model_voice_and_settings(engine: Any, tiny_xtts_dir: Path) -> None:
    key = engine.cache_key()
    assert str(tiny_xtts_dir.resolve()) in key and "spk=alice" in key and "rp=10.0" in key


def test_max_chars_is_coquis_korean_limit(engine: Any) -> None:
    assert engine.max_chars == 95
    assert engine.sample_rate == 24000


def test_missing_weights_say_how_to_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsread.engines.xtts as xtts

    monkeypatch.setattr(xtts, "_download_dir", lambda name: tmp_path / name.replace("/", "--"))
    monkeypatch.delenv("COQUI_TOS_AGREED", raising=False)
    v = voice(None)
    assert "COQUI_TOS_AGREED=1" in (unavailable(v) or "")
    with pytest.raises(VoiceError, match="COQUI_TOS_AGREED=1"):
        load_engine(v, device="cpu")

    def offline(self: object, name: str) -> None:
        raise ConnectionError("network is unreachable")

    monkeypatch.setenv("COQUI_TOS_AGREED", "1")
    from TTS.utils.manage import ModelManager

    monkeypatch.setattr(ModelManager, "download_model", offline)
    with pytest.raises(VoiceError, match="could not download"):
        load_engine(v, device="cpu")


def test_missing_folder_files(tmp_path: Path, tiny_xtts_dir: Path) -> None:
    folder = tmp_path / "half"
    folder.mkdir()
    (folder / "config.json").write_text((tiny_xtts_dir / "config.json").read_text())
    assert "vocab.json" in (unavailable(voice(folder)) or "")
    with pytest.raises(VoiceError, match=r"vocab\.json"):
        load_engine(voice(folder), device="cpu")


def check_batched_equals_single(e: Any, *, audio: bool = True) -> None:
    import torch

    token_lists = [e.tokens(t) for t in TEXTS]
    with torch.inference_mode(), e._autocast():
        batched, _ = e.generate(token_lists)
        single = [e.generate([toks])[0][0] for toks in token_lists]
    assert batched == single
    if audio:
        clips = list(e.synthesize(TEXTS))
        assert all(np.isfinite(c).all() and len(c) > 0 for c in clips)


def test_sampling_with_top_k_1_is_greedy(engine: Any) -> None:
    import torch

    token_lists = [engine.tokens(t) for t in TEXTS[:3]]
    greedy, _ = engine.generate(token_lists)
    saved = engine.decoding
    try:
        for knobs in ({"top_k": 1}, {"top_p": 1e-6}):
            engine.decoding = dataclasses.replace(saved, do_sample=True, temperature=0.7, **knobs)
            torch.manual_seed(0)
            assert engine.generate(token_lists)[0] == greedy
        engine.decoding = dataclasses.replace(saved, do_sample=True, temperature=1.0, top_k=50, top_p=0.9)
        torch.manual_seed(0)
        sampled, _ = engine.generate(token_lists)
        assert sampled != greedy
        assert all(0 <= t < engine.model.gpt.mel_head.out_features for c in sampled for t in c)
    finally:
        engine.decoding = saved


@pytest.mark.gpu
@pytest.mark.skipif(not cuda_available(), reason="needs CUDA")
@pytest.mark.parametrize("precision", ["fp32", "fp16"])
def test_batched_equals_one_by_one_on_cuda(tiny_xtts_dir: Path, precision: str) -> None:
    e: Any = load_engine(voice(tiny_xtts_dir, precision=precision), device="cuda")
    assert (e.dtype is None) == (precision == "fp32")
    assert e.decoder == "graph"  # the default on a GPU
    with_stop_bias(e)  # items stop at different steps, in a batch whose shapes never change
    check_batched_equals_single(e)
    if precision == "fp32":
        codes, _ = e.generate([e.tokens(t) for t in TEXTS])
        assert codes == [coqui_codes(e, t) for t in TEXTS]
    assert e.decoder == "graph"  # the capture worked: no fallback to step-by-step decoding


@pytest.mark.gpu
@pytest.mark.skipif(not cuda_available(), reason="needs CUDA")
@pytest.mark.parametrize("layout", ["padded", "packed"])
@pytest.mark.parametrize("precision", ["fp32", "fp16"])
def test_vocoding_equals_one_by_one_on_cuda(tiny_xtts_dir: Path, layout: str, precision: str) -> None:
    """HiFi-GAN on a mixed-length batch, padded or packed, against the same latents one by one."""
    import torch

    e: Any = load_engine(voice(tiny_xtts_dir, precision=precision, decoder_layout=layout), device="cuda")
    assert (e.packing_gap is not None) == (layout == "packed")
    with torch.inference_mode(), e._autocast():
        _, latents = e.generate([e.tokens(t) for t in TEXTS])
    latents = mixed_lengths(latents)
    clips = e.vocode(latents)
    singles = [e.vocode([lat])[0] for lat in latents]
    for clip, single in zip(clips, singles, strict=True):
        assert len(clip) == len(single)
        peak = float(np.abs(single).max())
        assert np.abs(clip - single).max() < (1e-3 if precision == "fp32" else 0.02 * peak)


def test_download_folder_is_coquis(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from trainer.io import get_user_data_dir

    import newsread.engines.xtts as xtts

    for env in ({}, {"XDG_DATA_HOME": str(tmp_path / "xdg")}, {"TTS_HOME": str(tmp_path / "home")}):
        monkeypatch.delenv("TTS_HOME", raising=False)
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
        for k, v in env.items():
            monkeypatch.setenv(k, v)
        assert xtts._download_dir("a/b") == Path(get_user_data_dir("tts")) / "a--b"
