"""Packed decoding: a batch's items end to end in one row decode as each would alone."""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import NEURAL

pytestmark = pytest.mark.skipif(not NEURAL, reason="the neural extra (torch, coqui-tts) is not installed")

#: input frames of the three items: mixed lengths, one shorter than the gap
LENGTHS = [23, 4, 41]


def generator(resblock_type: str, *, cond_each_level: bool = False) -> Any:
    """Coqui's HiFi-GAN with the full-size VITS geometry (kernels, dilations, upsampling), few
    channels; ``cond_each_level``: the speaker conditioning added at every upsampling level too,
    as in XTTS-v2's."""
    import torch
    from TTS.vocoder.models.hifigan_generator import HifiganGenerator

    torch.manual_seed(0)
    dilations = [[1, 3, 5]] * 3 if resblock_type == "1" else [[1, 3]] * 3
    gen = HifiganGenerator(
        8,
        1,
        resblock_type,
        dilations,
        [3, 7, 11],
        [16, 16, 4, 4],
        32,
        [8, 8, 2, 2],
        inference_padding=0,
        cond_channels=4,
        cond_in_each_up_layer=cond_each_level,
    )
    return gen.eval()


def alone_and_packed(gen: Any, gap: int, *, voices: int = 1) -> tuple[list[Any], Any, list[int]]:
    """Each item decoded alone, the batch decoded under :func:`packed_decoding` (the items
    spoken by ``voices`` different speaker embeddings in turn), and the widths the decoder's
    first convolution saw."""
    import torch

    from newsread.engines._coqui import packed_decoding

    torch.manual_seed(1)
    items = [torch.randn(1, 8, n) for n in LENGTHS]
    speakers = [torch.randn(1, 4, 1) for _ in range(voices)]
    g = torch.cat([speakers[i % voices] for i in range(len(items))])
    width = max(LENGTHS)
    batch = torch.stack([torch.nn.functional.pad(x[0], (0, width - x.shape[-1])) for x in items])
    widths: list[int] = []
    hook = gen.conv_pre.register_forward_pre_hook(lambda _m, args: widths.append(args[0].shape[-1]))
    with torch.inference_mode():
        alone = [gen(x, g=g[i : i + 1]) for i, x in enumerate(items)]
        widths.clear()
        with packed_decoding(gen, lambda: torch.tensor(LENGTHS), gap):
            packed = gen(batch, g=g)
    hook.remove()
    return alone, packed, widths


def assert_decoded_as_alone(alone: list[Any], packed: Any) -> None:
    import torch

    hop = alone[0].shape[-1] // LENGTHS[0]
    assert packed.shape == (len(LENGTHS), 1, max(LENGTHS) * hop)  # handed back as a padded batch
    for i, (n, single) in enumerate(zip(LENGTHS, alone, strict=True)):
        torch.testing.assert_close(packed[i, :, : n * hop], single[0], atol=1e-5, rtol=1e-4)
        assert not packed[i, :, n * hop :].any()  # zeros past the item's end


@pytest.mark.parametrize(("resblock_type", "cond_each_level"), [("1", False), ("2", False), ("1", True)])
def test_packed_items_decode_as_alone(resblock_type: str, cond_each_level: bool) -> None:
    from newsread.engines._coqui import packing_gap

    gen = generator(resblock_type, cond_each_level=cond_each_level)
    gap = packing_gap(gen)
    assert gap is not None
    alone, packed, widths = alone_and_packed(gen, gap)
    assert_decoded_as_alone(alone, packed)
    assert widths == [sum(LENGTHS) + (len(LENGTHS) - 1) * gap]  # one row


@pytest.mark.parametrize("cond_each_level", [False, True])
def test_items_of_different_voices_keep_their_own(cond_each_level: bool) -> None:
    """A row has one speaker conditioning: a batch of two voices is decoded padded instead,
    each item with its own voice, rather than all of it in the first item's."""
    from newsread.engines._coqui import packing_gap

    gen = generator("1", cond_each_level=cond_each_level)
    gap = packing_gap(gen)
    assert gap is not None
    alone, packed, widths = alone_and_packed(gen, gap, voices=2)
    assert_decoded_as_alone(alone, packed)
    assert widths == [max(LENGTHS)]  # padded: one call on the batch of three


def test_without_the_gap_the_items_reach_each_other() -> None:
    import torch

    gen = generator("1")
    alone, packed, _ = alone_and_packed(gen, 0)
    hop = alone[0].shape[-1] // LENGTHS[0]
    first = packed[0, :, : LENGTHS[0] * hop]
    assert not torch.allclose(first, alone[0][0], atol=1e-5)


def test_the_gap_is_known_only_for_a_hifigan_generator() -> None:
    from torch import nn

    from newsread.engines._coqui import packing_gap

    assert packing_gap(nn.Sequential(nn.Conv1d(4, 4, 3))) is None
    wide = packing_gap(generator("1"))
    narrow = packing_gap(generator("2"))
    assert wide is not None and narrow is not None and wide >= narrow >= 1
