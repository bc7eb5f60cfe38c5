"""Voice files written by hand: a mistake in one names the file and the key, and spoils no other voice."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsread.cli import app
from newsread.errors import VoiceError
from newsread.voices import get_voice, parse_voice

runner = CliRunner()


@pytest.mark.parametrize(
    ("toml", "needle"),
    [
        ('engine = "kokoro"\nrate = "fast"\n', "rate"),
        ('engine = "kokoro"\nrate = 0\n', "rate"),
        ('engine = "kokoro"\noptions = 3\n', "options"),
        ("engine = 3\n", "engine"),
        ('engine = "kokoro"\nspeaker = ["a", "b"]\n', "speaker"),
        ('engine = "kokoro"\nmodel = 1\n', "model"),
        ('engine = "kokoro\n', "cannot be read"),
    ],
)
def test_a_wrong_value_in_a_voice_file_is_a_voice_error_naming_file_and_key(
    tmp_path: Path, toml: str, needle: str
) -> None:
    """rate = "fast" or options = 3 ended in a ValueError/TypeError traceback."""
    path = tmp_path / "mine.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(VoiceError) as caught:
        parse_voice(path)
    message = str(caught.value)
    assert str(path) in message and needle in message and "\n" not in message


def test_a_broken_voice_file_spoils_no_other_voice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One file with a typo made `newsread voices` fail outright, and every unknown-voice message
    name that file instead of the voices there are."""
    (tmp_path / "broken.toml").write_text('engine = "kokoro\n', encoding="utf-8")
    (tmp_path / "mine.toml").write_text('engine = "silent"\ndescription = "my own"\n', encoding="utf-8")
    monkeypatch.setenv("NEWSREAD_VOICES", str(tmp_path))
    listed = runner.invoke(app, ["voices"])
    assert listed.exit_code == 0, listed.output
    rows = {line.split()[0]: line for line in listed.stdout.splitlines()}
    assert "ready" in rows["mine"] and "ready" in rows["espeak-ko"]
    assert "unavailable" in rows["broken"] and "cannot be read" in rows["broken"]
    with pytest.raises(VoiceError, match=r"unknown voice 'nope'.*mine"):
        get_voice("nope")
    with pytest.raises(VoiceError, match=r"broken\.toml cannot be read"):
        get_voice("broken")


def test_a_voice_file_can_be_named_by_its_path(tmp_path: Path) -> None:
    """--voice voices/mine.toml, the file the README says a voice is, was an unknown voice."""
    path = tmp_path / "mine.toml"
    path.write_text('engine = "silent"\nrate = 1.5\n', encoding="utf-8")
    voice = get_voice(str(path))
    assert voice.name == "mine" and voice.engine == "silent" and voice.rate == 1.5
    with pytest.raises(VoiceError, match="no such voice file"):
        get_voice(str(tmp_path / "other.toml"))
    out = tmp_path / "o.wav"
    article = tmp_path / "a.txt"
    article.write_text("정부, 내년 예산 확정\n\n정부가 내년 예산을 확정했다.\n", encoding="utf-8")
    result = runner.invoke(app, [str(article), "-o", str(out), "--voice", str(path)])
    assert result.exit_code == 0 and out.exists() and "voice mine" in result.stderr
