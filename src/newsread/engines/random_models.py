"""Random-weight Coqui models saved in the real folder layout, for tests and benchmarks.

They load through exactly the path a user's model takes (``config.json`` + ``model.pth``,
plus ``vocab.json`` for XTTS) and make noise, not speech: enough to prove loading,
batching and trimming without downloading any weights.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

#: Korean as conjoining jamo (what a VITS model trained on NFD text reads)
JAMO = (
    "".join(chr(c) for c in range(0x1100, 0x1113))
    + "".join(chr(c) for c in range(0x1161, 0x1176))
    + "".join(chr(c) for c in range(0x11A8, 0x11C3))
)


def vits_config(size: str = "tiny") -> Any:
    """A VITS config reading NFD jamo with no phonemizer; ``tiny`` (~1.4 M parameters) or ``full``."""
    from TTS.tts.configs.shared_configs import CharactersConfig
    from TTS.tts.configs.vits_config import VitsArgs, VitsConfig

    if size == "tiny":
        args = VitsArgs(
            hidden_channels=32,
            hidden_channels_ffn_text_encoder=64,
            num_layers_text_encoder=1,
            num_layers_posterior_encoder=1,
            num_layers_flow=1,
            upsample_initial_channel_decoder=32,
            resblock_kernel_sizes_decoder=[3],
            resblock_dilation_sizes_decoder=[[1, 3, 5]],
            init_discriminator=False,
        )
    elif size == "full":
        args = VitsArgs(init_discriminator=False)
    else:
        raise ValueError(f"size must be tiny or full, not {size!r}")
    chars = CharactersConfig(
        characters_class="TTS.tts.models.vits.VitsCharacters",
        pad="_",
        eos="",
        bos="",
        blank="",
        characters=JAMO,
        punctuations=" .,!?",
        phonemes="",
    )
    config = VitsConfig(
        model_args=args, use_phonemes=False, text_cleaner=None, add_blank=True, characters=chars
    )
    config.audio.sample_rate = 22050
    return config


def build_vits(folder: Path, size: str = "tiny", seed: int = 0) -> Path:
    """Save a random VITS model into ``folder`` (created); returns ``folder``."""
    import torch
    from TTS.tts.models.vits import Vits

    from newsread.engines._coqui import quiet

    folder.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(seed)
    config = vits_config(size)
    with quiet():
        model = Vits(config)
    config.save_json(str(folder / "config.json"))
    torch.save({"model": model.state_dict()}, folder / "model.pth")
    return folder
