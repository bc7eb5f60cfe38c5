"""Session-scoped random Coqui models in the real folder layout (never committed).

They are built once per test session under pytest's temporary folder and loaded through
the same path a user's model takes.
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def tiny_vits_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from newsread.engines._coqui import import_tts
    from newsread.engines.random_models import build_vits

    import_tts()
    return build_vits(tmp_path_factory.mktemp("vits") / "tiny-vits", size="tiny", seed=1)


@pytest.fixture(scope="session")
def tiny_xtts_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ~90 MB random XTTS-v2 (2-layer GPT; full-size HiFi-GAN) with two built-in speakers."""
    from newsread.engines._coqui import import_tts
    from newsread.engines.random_models import build_xtts

    import_tts()
    folder = tmp_path_factory.mktemp("xtts") / "tiny-xtts"
    return build_xtts(folder, size="tiny", seed=3, speakers={"alice": 1, "bob": 2}, gpt_std=0.2)
