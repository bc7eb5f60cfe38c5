"""Device names: validated without torch, resolved with it, and never a silent CPU fall-back."""

from __future__ import annotations

import importlib.util

import pytest

from newsread.devices import check_device, half_dtype, resolve_device
from newsread.errors import VoiceError

TORCH = importlib.util.find_spec("torch") is not None


@pytest.mark.parametrize(("spec", "norm"), [("auto", "auto"), (" CPU ", "cpu"), ("cuda", "cuda"), ("cuda:3", "cuda:3")])
def test_valid_names(spec: str, norm: str) -> None:
    assert check_device(spec) == norm


@pytest.mark.parametrize("spec", ["gpu", "cpu:0", "auto:1", "cuda:", "cuda:x", "mps", ""])
def test_invalid_names_say_what_is_allowed(spec: str) -> None:
    with pytest.raises(VoiceError, match="auto, cpu, cuda or cuda:N"):
        check_device(spec)


@pytest.mark.skipif(not TORCH, reason="torch is not installed")
def test_resolve() -> None:
    import torch

    assert resolve_device("cpu") == "cpu"
    if torch.cuda.is_available():
        assert resolve_device("auto") == "cuda:0"
        with pytest.raises(VoiceError, match="does not exist"):
            resolve_device(f"cuda:{torch.cuda.device_count()}")
    else:
        assert resolve_device("auto") == "cpu"
        for spec in ("cuda", "cuda:0"):
            with pytest.raises(VoiceError, match="--device cpu"):
                resolve_device(spec)


@pytest.mark.skipif(not TORCH, reason="torch is not installed")
def test_half_precision_only_on_a_gpu() -> None:
    import torch

    assert half_dtype("cpu") is None
    assert half_dtype("cuda:0") is torch.float16
    assert half_dtype("cuda:0", "bf16") is torch.bfloat16
    assert half_dtype("cuda:0", "fp32") is None
    with pytest.raises(VoiceError, match="needs a GPU"):
        half_dtype("cpu", "fp16")
    with pytest.raises(VoiceError, match="unknown precision"):
        half_dtype("cuda:0", "int8")
