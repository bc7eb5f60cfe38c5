"""Where a neural engine runs: ``auto``, ``cpu``, ``cuda`` or ``cuda:N``.

:func:`check_device` validates the spelling without importing torch (the CLI can call it
before loading anything); :func:`resolve_device` asks torch what is really there.
"""

from __future__ import annotations

import re
from typing import Any

from newsread.errors import VoiceError

_SPEC = re.compile(r"^(auto|cpu|cuda)(?::(\d+))?$")


def check_device(spec: str) -> str:
    """``spec`` lower-cased and stripped, or :class:`VoiceError` if it is not a device name."""
    norm = spec.strip().lower()
    m = _SPEC.match(norm)
    if m is None or (m.group(2) is not None and m.group(1) != "cuda"):
        raise VoiceError(f"unknown device {spec!r}: use auto, cpu, cuda or cuda:N (N the GPU number)")
    return norm


def cpu_only(engine: str, spec: str) -> None:
    """Refuse ``cuda`` for an engine that has no GPU path (:class:`VoiceError`): asking for a GPU
    is never quietly answered with the CPU."""
    if check_device(spec).startswith("cuda"):
        raise VoiceError(f"the {engine} engine runs on the CPU only, not on {spec!r}: use --device cpu or auto")


def resolve_device(spec: str = "auto") -> str:
    """The torch device to run on: ``"cpu"`` or ``"cuda:N"``.

    ``auto`` takes the first GPU when torch sees one and the CPU otherwise. Asking for
    ``cuda`` where torch sees no GPU (or ``cuda:N`` beyond the GPUs it sees) is an error,
    never a silent fall-back to the CPU.
    """
    norm = check_device(spec)
    import torch

    cuda = bool(torch.cuda.is_available())
    if norm == "cpu" or (norm == "auto" and not cuda):
        return "cpu"
    if norm == "auto":
        return "cuda:0"
    if not cuda:
        built = torch.version.cuda is not None
        why = (
            "torch sees no GPU (check the driver and CUDA_VISIBLE_DEVICES)"
            if built
            else f"this torch ({torch.__version__}) is a CPU-only build"
        )
        raise VoiceError(f"device {spec!r} was asked for but {why}: use --device cpu or --device auto")
    index = int(norm.split(":", 1)[1]) if ":" in norm else 0
    count = int(torch.cuda.device_count())
    if index >= count:
        raise VoiceError(f"device {spec!r} does not exist: torch sees {count} GPU(s), cuda:0 to cuda:{count - 1}")
    return f"cuda:{index}"


def half_dtype(device: str, precision: str = "auto") -> Any:
    """The reduced-precision torch dtype to run in on ``device``, or ``None`` for float32.

    ``precision`` is ``auto`` (float16 on a GPU, float32 on the CPU), ``fp32``, ``fp16`` or
    ``bf16``. Half precision on the CPU is slower than float32 and is refused.
    """
    import torch

    choice = precision.strip().lower()
    if choice not in {"auto", "fp32", "fp16", "bf16"}:
        raise VoiceError(f"unknown precision {precision!r}: use auto, fp32, fp16 or bf16")
    if choice == "fp32" or (choice == "auto" and not device.startswith("cuda")):
        return None
    if not device.startswith("cuda"):
        raise VoiceError(f'precision {precision!r} needs a GPU: use precision = "fp32" on the CPU')
    return torch.bfloat16 if choice == "bf16" else torch.float16
