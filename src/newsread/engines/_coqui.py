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
def exact_padding(decoder: Any, lengths: Callable[[], tuple[Any, int]]) -> Iterator[None]:
    """Make a convolutional decoder treat each batch item as if it were alone.

    Every convolution of ``decoder`` (a HiFi-GAN generator) gets its input zeroed past each
    item's end, at whatever time resolution that convolution works: so it sees the same
    zeros that its own padding gives an item decoded alone, and a padded batch decodes
    every item exactly as one-by-one decoding would. ``lengths()`` gives, when the decoder
    runs, each item's valid input frames (a ``[B]`` tensor) and the padded input length.
    Convolutions on the speaker conditioning are left alone.
    """
    import torch
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
            valid_frames, frames = lengths()
            if steps % frames or (steps == 1 and frames != 1):
                return None
            valid = valid_frames.to(x.device)[:, None] * (steps // frames)
            keep = (torch.arange(steps, device=x.device)[None, :] < valid)[:, None, :].to(x.dtype)
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
