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
    config = VitsConfig(model_args=args, use_phonemes=False, text_cleaner=None, add_blank=True, characters=chars)
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


#: the special tokens XTTS's tokenizer relies on, then what romanized Korean is made of
XTTS_SPECIAL = ["[STOP]", "[UNK]", "[SPACE]", "[START]", "[ko]", "[en]"]
XTTS_CHARS = list("abcdefghijklmnopqrstuvwxyz0123456789.,!?'-:;\"()")


def write_xtts_vocab(path: Path) -> None:
    """A minimal XTTS ``vocab.json``: special tokens and single characters, no merges.

    XTTS romanizes Korean before tokenizing, so Latin letters cover it.
    """
    from tokenizers import Tokenizer
    from tokenizers.models import BPE

    vocab = {tok: i for i, tok in enumerate(XTTS_SPECIAL + XTTS_CHARS)}
    tok = Tokenizer(BPE(vocab=vocab, merges=[], unk_token="[UNK]"))
    tok.add_special_tokens(XTTS_SPECIAL)
    tok.save(str(path))


def xtts_config(size: str = "tiny", max_audio_tokens: int = 605) -> Any:
    """An XTTS-v2 config: ``full`` is the released shape (GPT 30 layers x 1024, ~450 M
    parameters); ``tiny`` a 2-layer, 64-wide GPT (HiFi-GAN and speaker encoder keep their size)."""
    from TTS.tts.configs.xtts_config import XttsArgs, XttsConfig

    if size == "tiny":
        layers, width, heads = 2, 64, 4
    elif size == "small":
        layers, width, heads = 4, 256, 4
    elif size == "full":
        layers, width, heads = 30, 1024, 16
    else:
        raise ValueError(f"size must be tiny, small or full, not {size!r}")
    args = XttsArgs(
        gpt_layers=layers,
        gpt_n_model_channels=width,
        gpt_n_heads=heads,
        decoder_input_dim=width,
        gpt_max_audio_tokens=max_audio_tokens,
        gpt_max_text_tokens=402,
        gpt_max_prompt_tokens=70,
        gpt_use_perceiver_resampler=True,
        gpt_use_masking_gt_prompt_approach=True,
        gpt_num_audio_tokens=8194,
        gpt_start_audio_token=8192,
        gpt_stop_audio_token=8193,
        gpt_code_stride_len=1024,
    )
    return XttsConfig(model_args=args)


def build_xtts_model(size: str = "tiny", seed: int = 0, vocab: Path | None = None, *, inference: bool = True) -> Any:
    """A random XTTS model in memory (for benchmarks that need no folder); ``inference=False``
    leaves it as a trained checkpoint is saved (no generation wrapper)."""
    import tempfile

    import torch
    from TTS.tts.layers.xtts.tokenizer import VoiceBpeTokenizer
    from TTS.tts.models.xtts import Xtts

    from newsread.engines._coqui import quiet

    torch.manual_seed(seed)
    config = xtts_config(size)
    with quiet():
        model = Xtts(config)
        if vocab is None:
            with tempfile.TemporaryDirectory() as tmp:
                write_xtts_vocab(Path(tmp) / "vocab.json")
                model.tokenizer = VoiceBpeTokenizer(vocab_file=str(Path(tmp) / "vocab.json"))
        else:
            model.tokenizer = VoiceBpeTokenizer(vocab_file=str(vocab))
        torch.manual_seed(seed)
        model.init_models()
        if inference:
            model.gpt.init_gpt_for_inference(kv_cache=True)
    model.eval()
    return model


def build_xtts(
    folder: Path,
    size: str = "tiny",
    seed: int = 0,
    speakers: dict[str, int] | None = None,
    gpt_std: float | None = None,
) -> Path:
    """Save a random XTTS-v2 model into ``folder``: config.json, model.pth, vocab.json and,
    when ``speakers`` is given (name -> seed), speakers_xtts.pth. Returns ``folder``.

    ``gpt_std`` redraws the GPT's weight matrices with that deviation: at the usual 0.02 a
    random GPT barely looks at its text, and every sentence gets the same tokens.
    """
    import torch

    folder.mkdir(parents=True, exist_ok=True)
    write_xtts_vocab(folder / "vocab.json")
    model = build_xtts_model(size, seed, vocab=folder / "vocab.json", inference=False)
    if gpt_std is not None:
        with torch.no_grad():
            for name, p in model.gpt.named_parameters():
                if p.dim() >= 2 and not name.startswith(("conditioning", "perceiver")):
                    p.normal_(0.0, gpt_std)
    torch.save({"model": model.state_dict()}, folder / "model.pth")
    model.config.save_json(str(folder / "config.json"))
    if speakers:
        width = model.args.gpt_n_model_channels
        table = {}
        for name, s in speakers.items():
            g = torch.Generator().manual_seed(int(s))
            table[name] = {
                "gpt_cond_latent": torch.randn(1, 32, width, generator=g),
                "speaker_embedding": torch.randn(1, model.args.d_vector_dim, 1, generator=g),
            }
        torch.save(table, folder / "speakers_xtts.pth")
    return folder
