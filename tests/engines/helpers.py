"""What the neural engine tests share."""

from __future__ import annotations

import importlib.util

#: whether the neural extra (torch, torchcodec, coqui-tts) is installed
NEURAL = all(importlib.util.find_spec(m) is not None for m in ("torch", "TTS", "torchcodec"))


def cuda_available() -> bool:
    if not NEURAL:
        return False
    import torch

    return bool(torch.cuda.is_available())
