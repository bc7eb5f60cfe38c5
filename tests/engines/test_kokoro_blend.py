"""Kokoro voices that mix several speakers' style tables (``blend`` in a voice's options)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from newsread.engines import kokoro
from newsread.engines.base import Voice
from newsread.errors import VoiceError
from newsread.voices import parse_voice


def _voice(blend: Any, speaker: str | None = "jf_nezumi") -> Voice:
    return Voice(name="mix", engine="kokoro", speaker=speaker, options={"blend": blend})


@pytest.fixture(scope="module")
def speakers() -> list[str]:
    return sorted(kokoro.load_styles())


def test_weights_are_scaled_to_sum_to_one(speakers: list[str]) -> None:
    weights = kokoro.blend_weights(_voice({"jf_nezumi": 7, "jm_kumo": 3}), speakers)
    assert weights == pytest.approx({"jf_nezumi": 0.7, "jm_kumo": 0.3})


def test_without_a_blend_the_speaker_alone_is_used(speakers: list[str]) -> None:
    voice = Voice(name="one", engine="kokoro", speaker="jm_kumo")
    assert kokoro.blend_weights(voice, speakers) == {"jm_kumo": 1.0}


@pytest.mark.parametrize(
    ("blend", "says"),
    [
        ({"jf_nezumi": 0.5, "nobody": 0.5}, "nobody"),
        ({"jf_nezumi": 0.5, "jm_kumo": -0.5}, "positive"),
        ({"jf_nezumi": 0.5, "jm_kumo": 0}, "positive"),
        ({"jf_nezumi": True}, "positive"),
        ({"jf_nezumi": "half"}, "positive"),
        ({"jf_nezumi": float("inf")}, "positive"),
        ({"jf_nezumi": float("nan")}, "positive"),
        ({}, "table"),
        ("jf_nezumi", "table"),
    ],
)
def test_a_bad_blend_is_refused_in_one_line(blend: Any, says: str) -> None:
    voice = _voice(blend)
    reason = kokoro.unavailable(voice)
    assert reason is not None and says in reason and "\n" not in reason
    with pytest.raises(VoiceError, match=says):
        kokoro.load(voice, "cpu")


def test_blended_style_is_the_weighted_mean() -> None:
    styles = kokoro.load_styles()
    weights = {"jf_nezumi": 0.6, "jm_kumo": 0.25, "jf_alpha": 0.15}
    mixed = kokoro.blend_styles(styles, weights)
    expected = 0.6 * styles["jf_nezumi"] + 0.25 * styles["jm_kumo"] + 0.15 * styles["jf_alpha"]
    assert mixed.shape == styles["jf_nezumi"].shape and mixed.dtype == np.float32
    np.testing.assert_allclose(mixed, expected, rtol=1e-5, atol=1e-6)
    assert not np.allclose(mixed, styles["jf_nezumi"])


def test_a_loaded_blend_speaks_with_the_mixed_style() -> None:
    styles = kokoro.load_styles()
    engine = kokoro.load(_voice({"jf_nezumi": 1, "jm_kumo": 1}), "cpu")
    expected = (0.5 * styles["jf_nezumi"] + 0.5 * styles["jm_kumo"]).reshape(styles["jm_kumo"].shape[0], -1)
    np.testing.assert_allclose(engine._style, expected, rtol=1e-5, atol=1e-6)


def test_the_cache_key_follows_the_blend() -> None:
    plain = kokoro.load(Voice(name="a", engine="kokoro", speaker="jf_nezumi"), "cpu").cache_key()
    alone = kokoro.load(_voice({"jf_nezumi": 2.0}, speaker=None), "cpu").cache_key()
    mix73 = kokoro.load(_voice({"jf_nezumi": 0.7, "jm_kumo": 0.3}), "cpu").cache_key()
    mix73_scaled = kokoro.load(_voice({"jm_kumo": 3, "jf_nezumi": 7}), "cpu").cache_key()
    mix55 = kokoro.load(_voice({"jf_nezumi": 0.5, "jm_kumo": 0.5}), "cpu").cache_key()
    assert plain == alone  # one speaker at any weight is that speaker's own style
    assert mix73 == mix73_scaled  # the same mix, however its weights are written
    assert len({plain, mix73, mix55}) == 3


def test_a_voice_file_can_declare_a_blend(tmp_path: Path, speakers: list[str]) -> None:
    path = tmp_path / "kokoro-mix.toml"
    path.write_text(
        'engine = "kokoro"\nspeaker = "jf_nezumi"\n[options]\nblend = { jf_nezumi = 0.7, jm_kumo = 0.3 }\n',
        encoding="utf-8",
    )
    voice = parse_voice(path)
    assert kokoro.unavailable(voice) is None
    assert kokoro.blend_weights(voice, speakers) == pytest.approx({"jf_nezumi": 0.7, "jm_kumo": 0.3})


def test_the_shipped_blend_voice_is_available() -> None:
    from newsread.voices import get_voice

    voice = get_voice("kokoro-nezumi-kumo")
    assert kokoro.unavailable(voice) is None
    assert len(kokoro.blend_weights(voice, kokoro._speakers())) == 2
