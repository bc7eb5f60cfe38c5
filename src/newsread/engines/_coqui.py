"""Finding and loading Coqui (``coqui-tts``) model folders, shared by the xtts and vits engines.

Imports of torch and TTS happen inside the functions, never at import time.
"""

from __future__ import annotations

import contextlib
import os
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from newsread.engines._neural import missing_modules
from newsread.engines.base import Voice
from newsread.errors import VoiceError

#: modules the neural engines need, and the extra that installs them
NEEDED = ("torch", "torchaudio", "torchcodec", "TTS", "transformers")
INSTALL_HINT = 'pip install "newsread[neural]"'


def missing_stack() -> str | None:
    """Why the torch/Coqui stack cannot be imported here, or ``None`` when it can."""
    missing = missing_modules(*NEEDED)
    if missing:
        return f"{', '.join(missing)} not installed: {INSTALL_HINT}"
    return None


def require_stack(engine: str) -> None:
    why = missing_stack()
    if why is not None:
        raise VoiceError(f"the {engine} engine cannot run here: {why}")


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Silence the deprecation chatter that torch and Coqui emit while a model is built."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def import_tts() -> None:
    """Import Coqui's package, turning its import-time checks into a :class:`VoiceError`."""
    try:
        with quiet():
            import TTS  # noqa: F401
    except ImportError as exc:
        first = next((line for line in str(exc).splitlines() if line.strip()), str(exc))
        raise VoiceError(f"coqui-tts cannot be imported ({first.strip()}): {INSTALL_HINT}") from exc


def model_dir(voice: Voice) -> Path | None:
    """The model folder a voice names, or ``None`` when it names none.

    ``voice.model`` (from a voice file or ``--model DIR``) is taken as given (``~``
    expanded, relative to the working folder) and, when that is not a folder, relative to
    the voice file.
    """
    if not voice.model:
        return None
    given = Path(os.path.expanduser(voice.model))
    if not given.is_absolute() and not given.is_dir() and voice.path is not None:
        beside = voice.path.parent / given
        if beside.is_dir():
            return beside
    return given


def checkpoint_in(folder: Path) -> Path | None:
    """The weights file of a Coqui model folder (``model.pth``, ``best_model.pth``, ...)."""
    for name in ("model.pth", "best_model.pth", "model_file.pth", "checkpoint.pth"):
        if (folder / name).is_file():
            return folder / name
    candidates = sorted(
        p for p in folder.glob("*.pth") if not p.name.startswith(("speakers", "language", "dvec", "mel_stats"))
    )
    return candidates[0] if len(candidates) == 1 else None


def folder_problem(folder: Path, needed: tuple[str, ...] = ("config.json",)) -> str | None:
    """What is missing from a model folder, or ``None`` when it looks complete."""
    if not folder.is_dir():
        return f"model folder {folder} does not exist"
    for name in needed:
        if not (folder / name).is_file():
            return f"model folder {folder} has no {name}"
    if checkpoint_in(folder) is None:
        return f"model folder {folder} has no model.pth (weights)"
    return None


def fix_relative_files(config: Any, folder: Path) -> None:
    """Point a config's side files (speakers, d-vectors, languages) into ``folder``.

    Released configs name them by the absolute path they had where the model was trained.
    """
    keys = ("speakers_file", "d_vector_file", "language_ids_file")
    holders = [config, getattr(config, "model_args", None)]
    for holder in holders:
        if holder is None:
            continue
        for key in keys:
            value = getattr(holder, key, None)
            if isinstance(value, str) and value and not Path(value).is_file():
                local = folder / Path(value).name
                setattr(holder, key, str(local) if local.is_file() else None)


def empty_cuda_cache() -> None:
    import torch

    if torch.cuda.is_available():
        torch.cuda.empty_cache()


@contextlib.contextmanager
def exact_padding(decoder: Any, frames_kept: Callable[[], Any]) -> Iterator[None]:
    """Make a convolutional decoder treat each batch item as if it were alone.

    Every convolution of ``decoder`` (a HiFi-GAN generator) gets its input zeroed wherever
    no item is, at whatever time resolution that convolution works: so it sees the same
    zeros that its own padding gives an item decoded alone, and a padded (or packed, see
    :func:`packed_decoding`) batch decodes every item exactly as one-by-one decoding would.
    ``frames_kept()`` gives, when the decoder runs, a ``[B, frames]`` mask of the input
    frames that belong to an item. Convolutions on the speaker conditioning are left alone.
    """
    from torch import nn

    # one mask per time resolution and dtype for each run of the decoder (about 80
    # convolutions share four resolutions): built once, not once per convolution
    masks: dict[tuple[int, Any], Any] = {}

    def new_run(_module: nn.Module, _args: tuple[Any, ...]) -> None:
        masks.clear()

    def zero_tail(module: nn.Module, args: tuple[Any, ...]) -> tuple[Any, ...] | None:
        x = args[0]
        steps = x.shape[-1]
        keep = masks.get((steps, x.dtype))
        if keep is None:
            kept = frames_kept()
            frames = kept.shape[-1]
            if steps % frames or (steps == 1 and frames != 1):
                return None
            keep = kept.to(x.device).repeat_interleave(steps // frames, dim=-1)[:, None, :].to(x.dtype)
            masks[(steps, x.dtype)] = keep
        return (x * keep, *args[1:])

    handles = [decoder.register_forward_pre_hook(new_run)]
    for name, module in decoder.named_modules():
        if isinstance(module, nn.Conv1d | nn.ConvTranspose1d) and not name.startswith(("cond", "conds")):
            handles.append(module.register_forward_pre_hook(zero_tail))
    try:
        yield
    finally:
        for h in handles:
            h.remove()


def prefix_mask(lengths: Any, frames: int) -> Any:
    """``[B, frames]``: true for the first ``lengths[b]`` frames of each row."""
    import torch

    return torch.arange(frames, device=lengths.device)[None, :] < lengths[:, None]


def packing_gap(decoder: Any) -> int | None:
    """Input frames of zeros that keep two items packed in one row from reaching each other.

    Under :func:`exact_padding` every convolution sees zeros between the items, so the gap
    need only cover the farthest one convolution reaches to one side, counted in the
    decoder's input frames at the resolution it works at. Known for Coqui's HiFi-GAN
    generator (``conv_pre``, ``ups``, ``resblocks``, ``conv_post``); ``None`` for other decoders.
    """
    from torch import nn

    try:
        ups = list(decoder.ups)
        blocks = list(decoder.resblocks)
        per_level = int(decoder.num_kernels)
        pre, post = decoder.conv_pre, decoder.conv_post
    except (AttributeError, TypeError):
        return None
    if not ups or len(blocks) != per_level * len(ups):
        return None

    def reach(conv: nn.Module, steps_per_frame: int) -> int:
        if isinstance(conv, nn.ConvTranspose1d):  # input side: k / stride input steps either way
            k, u = int(conv.kernel_size[0]), int(conv.stride[0])
            steps = -(-k // u) + 1
        elif isinstance(conv, nn.Conv1d):
            k, d = int(conv.kernel_size[0]), int(conv.dilation[0])
            pad = conv.padding
            p = int(pad[0]) if isinstance(pad, tuple) else d * (k - 1) // 2  # "same"
            steps = max(p, d * (k - 1) - p)
        else:
            return 0
        return -(-steps // steps_per_frame)

    gap = max(reach(pre, 1), 1)
    scale = 1
    for level, up in enumerate(ups):
        gap = max(gap, reach(up, scale))
        scale *= int(up.stride[0])
        for block in blocks[level * per_level : (level + 1) * per_level]:
            gap = max([gap] + [reach(m, scale) for m in block.modules()])
    return max(gap, reach(post, scale))


#: how a batch meets the waveform decoder (voice option ``decoder_layout``)
DECODER_LAYOUTS = ("padded", "packed")


def layout_gap(voice: Voice, decoder: Any, engine: str) -> int | None:
    """The packing gap for a voice's ``decoder_layout``: ``None`` to decode batches padded.

    ``packed`` asks for :func:`packed_decoding`; a decoder whose gap is unknown (not a
    HiFi-GAN generator) decodes padded, with the same audio.
    """
    layout = str(voice.options.get("decoder_layout", "padded"))
    if layout not in DECODER_LAYOUTS:
        choices = " or ".join(DECODER_LAYOUTS)
        raise VoiceError(f"unknown decoder_layout {layout!r} in the {engine} voice {voice.name!r}: use {choices}")
    return packing_gap(decoder) if layout == "packed" else None


@contextlib.contextmanager
def packed_decoding(decoder: Any, lengths: Callable[[], Any], gap: int) -> Iterator[None]:
    """Decode a padded batch as one row: the items end to end, ``gap`` zero frames apart.

    A padded batch decodes every item at the longest item's length; packed, the decoder
    only works on the items' own frames and the gaps. With :func:`exact_padding` masking
    the gaps before every convolution (``gap`` from :func:`packing_gap`), each item comes
    out as it would alone. The decoder's input ``[B, C, T]`` is packed before it runs and
    its output unpacked after, back to ``[B, 1, T × hop]`` with zeros past each item's end,
    so the caller sees a padded batch. ``lengths()`` gives each item's frames (``[B]``).

    A row has one speaker conditioning ``g`` (``[B, C, 1]``, added at every frame): the
    items share the first item's when theirs are all equal (one voice per batch, the usual
    case); a batch of different voices is decoded padded instead, with the same masking,
    so each item still gets its own voice and comes out as it would alone.
    """
    import torch

    state: dict[str, Any] = {}

    def pack(_module: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, Any] | None:
        x = args[0]
        n, width = x.shape[0], x.shape[-1]
        sizes = [int(v) for v in lengths()]
        g = kwargs["g"] if "g" in kwargs else args[1] if len(args) > 1 else None
        if g is not None and not bool((g == g[:1]).all()):
            state.update(packed=False, kept=prefix_mask(torch.tensor(sizes, device=x.device), width))
            return None
        starts = [sum(sizes[:i]) + i * gap for i in range(n)]
        total = starts[-1] + sizes[-1]
        row = x.new_zeros((1, x.shape[1], total))
        kept = torch.zeros((1, total), dtype=torch.bool, device=x.device)
        for i, (start, size) in enumerate(zip(starts, sizes, strict=True)):
            row[0, :, start : start + size] = x[i, :, :size]
            kept[0, start : start + size] = True
        state.update(packed=True, starts=starts, sizes=sizes, n=n, width=width, total=total, kept=kept)
        if g is not None and "g" in kwargs:
            kwargs = {**kwargs, "g": g[:1]}
        elif g is not None:
            args = (args[0], g[:1], *args[2:])
        return (row, *args[1:]), kwargs

    def unpack(_module: Any, _args: tuple[Any, ...], out: Any) -> Any:
        if not state["packed"]:  # padded: zeros past each item's end all the same
            kept = state["kept"]
            return out * kept.repeat_interleave(out.shape[-1] // kept.shape[-1], dim=-1)[:, None, :].to(out.dtype)
        hop = out.shape[-1] // state["total"]
        wav = out.new_zeros((state["n"], out.shape[1], state["width"] * hop))
        for i, (start, size) in enumerate(zip(state["starts"], state["sizes"], strict=True)):
            wav[i, :, : size * hop] = out[0, :, start * hop : (start + size) * hop]
        return wav

    handles = [
        decoder.register_forward_pre_hook(pack, with_kwargs=True),
        decoder.register_forward_hook(unpack),
    ]
    try:
        with exact_padding(decoder, lambda: state["kept"]):
            yield
    finally:
        for h in handles:
            h.remove()
