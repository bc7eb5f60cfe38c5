"""The VITS engine on a tiny random model: loading, batching equivalence, trimming."""

from __future__ import annotations

import dataclasses
import unicodedata
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from newsread.batching import Budget
from newsread.engines import load_engine, unavailable
from newsread.engines._neural import split_text
from newsread.engines.base import Voice
from newsread.errors import VoiceError

from .helpers import NEURAL, cuda_available

pytestmark = pytest.mark.skipif(not NEURAL, reason="the neural extra (torch, coqui-tts) is not installed")


TEXTS = [
    "안녕하세요.",
    "이재명 대통령이 젠슨 황 엔비디아 대표를 만나 최신 그래픽처리장치 이십육만 장 이상을 공급받기로 약속받았다.",
    "경주에서 만났다.",
    "한국은 인공지능 시대를 가장 먼저 열어가는 시험지 같은 공간이다.",
    "네.",
]
#: tolerance for float rounding between batched and one-by-one rendering
ATOL = 1e-4


def voice(folder: Path, **options: object) -> Voice:
    opts: dict[str, object] = {"noise_scale": 0.0, "noise_scale_dp": 0.0}
    opts.update(options)
    return Voice(name="test-vits", engine="vits", model=str(folder), options=opts)


def render_one_by_one(model: Any, text: str) -> np.ndarray:
    """Coqui's own path: one sentence, batch of one, through ``Vits.synthesize``, noise off."""
    import torch

    model.inference_noise_scale = model.inference_noise_scale_dp = 0.0
    with torch.inference_mode():
        out = model.synthesize(unicodedata.normalize("NFD", text))
    return np.asarray(out["wav"], dtype=np.float32)


@pytest.fixture(scope="module")
def batched(tiny_vits_dir: Path) -> Any:
    return load_engine(voice(tiny_vits_dir, batch_size=8, batch_tokens=100_000), device="cpu")


def test_loads_through_the_user_path(tiny_vits_dir: Path, batched: Any) -> None:
    assert unavailable(voice(tiny_vits_dir)) is None
    engine = batched
    assert engine.name == "vits"
    assert engine.sample_rate == 22050
    assert engine.text_form == "nfd"  # type: ignore[attr-defined]


def test_batched_equals_one_by_one(batched: Any) -> None:
    engine = batched
    clips = list(engine.synthesize(TEXTS))
    assert len(clips) == len(TEXTS)
    lengths = set()
    for text, clip in zip(TEXTS, clips, strict=True):
        single = render_one_by_one(engine.model, text)
        assert clip.dtype == np.float32
        assert len(clip) == len(single)  # trimmed to exactly its own length
        lengths.add(len(clip))
        assert np.abs(clip - single).max() < ATOL  # to the last sample
    assert len(lengths) > 2  # a mixed-length batch, really


def test_a_batch_overhead_splits_padding_away_and_keeps_the_audio(tiny_vits_dir: Path, batched: Any) -> None:
    engine = load_engine(voice(tiny_vits_dir, batch_size=8, batch_tokens=100_000, batch_overhead=5), device="cpu")
    assert engine.budget == Budget(cost=100_000, items=8, overhead=5)  # type: ignore[attr-defined]
    sizes: list[int] = []
    inner = engine.render_batch  # type: ignore[attr-defined]
    engine.render_batch = lambda texts, rate: sizes.append(len(texts)) or inner(texts, rate)  # type: ignore[attr-defined]
    clips = list(engine.synthesize(TEXTS))
    assert len(sizes) > 1  # the long sentence is not padded together with the short ones
    for clip, whole in zip(clips, batched.synthesize(TEXTS), strict=True):
        assert len(clip) == len(whole)
        assert np.abs(clip - whole).max() < ATOL


def test_a_packed_decoder_layout_gives_the_same_audio(tiny_vits_dir: Path) -> None:
    engine: Any = load_engine(
        voice(tiny_vits_dir, batch_size=8, batch_tokens=100_000, decoder_layout="packed"), device="cpu"
    )
    assert engine.packing_gap is not None and engine.packing_gap >= 1
    widths: list[int] = []
    hook = engine.model.waveform_decoder.conv_pre.register_forward_pre_hook(
        lambda _m, args: widths.append(args[0].shape[-1])
    )
    try:
        clips = list(engine.synthesize(TEXTS))
    finally:
        hook.remove()
    singles = [render_one_by_one(engine.model, text) for text in TEXTS]
    for clip, single in zip(clips, singles, strict=True):
        assert len(clip) == len(single)
        assert np.abs(clip - single).max() < ATOL
    hop = int(engine.model.config.audio.hop_length)
    item_frames = sum(len(s) // hop for s in singles)
    # one row: the items' own frames and the gaps between them, not five rows of the longest
    assert widths == [item_frames + (len(TEXTS) - 1) * engine.packing_gap]


def test_an_unknown_decoder_layout_is_a_voice_error(tiny_vits_dir: Path) -> None:
    with pytest.raises(VoiceError, match="decoder_layout"):
        load_engine(voice(tiny_vits_dir, decoder_layout="stacked"), device="cpu")


def test_batches_of_one_match_coqui_exactly(batched: Any) -> None:
    engine = batched
    saved, engine.budget = engine.budget, Budget(cost=100_000, items=1)
    try:
        for text, clip in zip(TEXTS[:2], engine.synthesize(TEXTS[:2]), strict=True):
            np.testing.assert_allclose(clip, render_one_by_one(engine.model, text), atol=1e-5)
    finally:
        engine.budget = saved


def test_out_of_memory_mid_article_loses_nothing(batched: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = list(batched.synthesize(TEXTS))
    real = batched.render_batch
    tried: list[int] = []
    done: list[int] = []

    def tight(texts: list[str], rate: float) -> list[Any]:
        tried.append(len(texts))
        if len(texts) > 2:
            raise RuntimeError("CUDA out of memory. Tried to allocate 1.00 GiB")
        done.append(len(texts))
        return real(texts, rate)  # type: ignore[no-any-return]

    monkeypatch.setattr(batched, "render_batch", tight)
    saved = batched.budget
    try:
        got = list(batched.synthesize(TEXTS))
    finally:
        batched.budget = saved
    assert tried[0] == len(TEXTS) and sum(done) == len(TEXTS) and max(done) <= 2
    assert [len(c) for c in got] == [len(c) for c in expected]
    for a, b in zip(got, expected, strict=True):
        assert np.abs(a - b).max() < ATOL


def test_rate_shortens_the_clip(tiny_vits_dir: Path) -> None:
    # a random duration predictor gives under a frame per token: stretch it to several
    engine = load_engine(voice(tiny_vits_dir, length_scale=12.0), device="cpu")
    normal = next(engine.synthesize([TEXTS[2]]))
    fast = next(engine.synthesize([TEXTS[2]], rate=2.0))
    assert 0.4 < len(fast) / len(normal) < 0.65


def test_over_long_text_is_split_and_joined(batched: Any) -> None:
    engine = batched
    engine.max_chars = 30
    long = TEXTS[1]
    (clip,) = list(engine.synthesize([long]))
    pieces = list(engine.synthesize(split_text(long, 30)))
    gaps = (len(pieces) - 1) * round(engine.piece_gap * engine.sample_rate)
    assert len(pieces) > 2
    assert len(clip) == sum(len(c) for c in pieces) + gaps  # the pieces and short pauses between them
    engine.max_chars = 300


def test_cache_key_names_model_voice_and_settings(tiny_vits_dir: Path, batched: Any) -> None:
    a = batched.cache_key()
    b = load_engine(voice(tiny_vits_dir, noise_scale=0.5), device="cpu").cache_key()
    assert a != b
    assert str(tiny_vits_dir.resolve()) in a


def test_missing_or_broken_model_is_a_voice_error(tmp_path: Path, tiny_vits_dir: Path) -> None:
    v = voice(tmp_path / "nowhere")
    assert "does not exist" in (unavailable(v) or "")
    with pytest.raises(VoiceError, match="does not exist"):
        load_engine(v, device="cpu")
    assert "model" in (unavailable(dataclasses.replace(v, model=None)) or "")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.json").write_text((tiny_vits_dir / "config.json").read_text())
    (broken / "model.pth").write_bytes(b"not a checkpoint")
    with pytest.raises(VoiceError, match="cannot be loaded"):
        load_engine(voice(broken), device="cpu")


def test_cuda_asked_without_cuda_is_a_voice_error(tiny_vits_dir: Path) -> None:
    if cuda_available():
        pytest.skip("this machine has CUDA")
    with pytest.raises(VoiceError, match="cuda"):
        load_engine(voice(tiny_vits_dir), device="cuda")


@pytest.mark.gpu
@pytest.mark.skipif(not cuda_available(), reason="needs CUDA")
@pytest.mark.parametrize("layout", ["padded", "packed"])
def test_batched_equals_one_by_one_on_cuda(tiny_vits_dir: Path, layout: str) -> None:
    engine = load_engine(voice(tiny_vits_dir, batch_size=8, batch_tokens=100_000, decoder_layout=layout), device="cuda")
    for text, clip in zip(TEXTS, engine.synthesize(TEXTS), strict=True):
        single = render_one_by_one(engine.model, text)  # type: ignore[attr-defined]
        assert len(clip) == len(single)
        assert np.abs(clip - single).max() < 1e-3


@pytest.mark.gpu
@pytest.mark.skipif(not cuda_available(), reason="needs CUDA")
def test_batched_equals_one_by_one_on_cuda_in_half_precision(tiny_vits_dir: Path) -> None:
    """fp16 batches against fp16 batches of one: same lengths, the same audio to fp16 rounding."""
    engine: Any = load_engine(voice(tiny_vits_dir, batch_size=8, batch_tokens=100_000, precision="fp16"), device="cuda")
    assert engine.dtype is not None
    clips = list(engine.synthesize(TEXTS))
    engine.budget = Budget(cost=100_000, items=1)
    singles = list(engine.synthesize(TEXTS))
    full = [render_one_by_one(engine.model, t) for t in TEXTS]  # Coqui's own path, fp32
    for clip, single, ref in zip(clips, singles, full, strict=True):
        assert clip.dtype == np.float32
        assert len(clip) == len(single) == len(ref)
        peak = float(np.abs(ref).max())
        assert np.abs(clip - single).max() < 0.02 * peak
        assert np.abs(clip - ref).max() < 0.05 * peak  # half precision stays close to fp32
