"""Packed decoding: a batch's items end to end in one row decode as each would alone."""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import NEURAL

pytestmark = pytest.mark.skipif(not NEURAL, reason="the neural extra (torch, coqui-tts) is not installed")

#: input frames of the three items: mixed lengths, one shorter than the gap
LENGTHS = [23, 4, 41]


def generator(resblock_type: str) -> Any:
    """Coqui's HiFi-GAN with the full-size VITS geometry (kernels, dilations, upsampling), few channels."""
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
    )
    return gen.eval()


def alone_and_packed(gen: Any, gap: int) -> tuple[list[Any], Any]:
    import torch

    from newsread.engines._coqui import packed_decoding

    torch.manual_seed(1)
    items = [torch.randn(1, 8, n) for n in LENGTHS]
    g = torch.randn(1, 4, 1)
    width = max(LENGTHS)
    batch = torch.stack([torch.nn.functional.pad(x[0], (0, width - x.shape[-1])) for x in items])
    with torch.inference_mode():
        alone = [gen(x, g=g) for x in items]
        with packed_decoding(gen, lambda: torch.tensor(LENGTHS), gap):
            packed = gen(batch, g=g.expand(len(items), -1, -1))
    return alone, packed


@pytest.mark.parametrize("resblock_type", ["1", "2"])
def test_packed_items_decode_as_alone(resblock_type: str) -> None:
    import torch

    from newsread.engines._coqui import packing_gap

    gen = generator(resblock_type)
    gap = packing_gap(gen)
    assert gap is not None
    alone, packed = alone_and_packed(gen, gap)
    hop = alone[0].shape[-1] // LENGTHS[0]
    assert packed.shape == (len(LENGTHS), 1, max(LENGTHS) * hop)  # handed back as a padded batch
    for i, (n, single) in enumerate(zip(LENGTHS, alone, strict=True)):
        torch.testing.assert_close(packed[i, :, : n * hop], single[0], atol=1e-5, rtol=1e-4)
        assert not packed[i, :, n * hop :].any()  # zeros past the item's end


def test_without_the_gap_the_items_reach_each_other() -> None:
    import torch

    gen = generator("1")
    alone, packed = alone_and_packed(gen, 0)
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
