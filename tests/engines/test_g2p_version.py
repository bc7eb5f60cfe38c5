"""The Kokoro cache key follows every file of the G2P, so cached audio never outlives a rule or lexicon change."""

from __future__ import annotations

import shutil
import types
from importlib import resources
from pathlib import Path

import pytest

from newsread.engines import kokoro


@pytest.fixture
def g2p_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    source = Path(str(resources.files("newsread.g2p")))
    copy = tmp_path / "g2p"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
    readings = tmp_path / "normalize"
    (readings / "data").mkdir(parents=True)
    for name in kokoro.G2P_NORMALIZER_DATA:
        shutil.copy(Path(str(resources.files("newsread.normalize"))) / "data" / name, readings / "data")
    copies = {"newsread.g2p": copy, "newsread.normalize": readings}
    monkeypatch.setattr(kokoro, "resources", types.SimpleNamespace(files=lambda package: copies[package]))
    return copy


FILES = ["data/tense_words.txt", "data/ln_suffixes.txt", "rules.py", "lexicon.py", "data/ja.toml"]


@pytest.mark.parametrize("name", FILES)
def test_changing_any_g2p_file_changes_the_version(g2p_copy: Path, name: str) -> None:
    before = kokoro._g2p_version("ja")
    assert kokoro._g2p_version("ja") == before  # stable while nothing changes
    path = g2p_copy / name
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert kokoro._g2p_version("ja") != before


def test_changing_the_hanja_readings_changes_the_version(g2p_copy: Path) -> None:
    # the G2P takes its Sino-Korean syllables from the normalizer's hanja table
    before = kokoro._g2p_version("ja")
    path = g2p_copy.parent / "normalize" / "data" / "hanja_readings.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "丁\t뎡\n", encoding="utf-8")
    assert kokoro._g2p_version("ja") != before


def test_changing_the_surnames_changes_the_version(g2p_copy: Path) -> None:
    # the G2P takes its surnames in ㄹ from the normalizer's list of surnames
    before = kokoro._g2p_version("ja")
    path = g2p_copy.parent / "normalize" / "data" / "surnames.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "\n을지\n", encoding="utf-8")
    assert kokoro._g2p_version("ja") != before


def test_another_table_is_another_version(g2p_copy: Path, tmp_path: Path) -> None:
    table = tmp_path / "mine.toml"
    table.write_text((g2p_copy / "data" / "ja.toml").read_text(encoding="utf-8") + "# mine\n", encoding="utf-8")
    assert kokoro._g2p_version(str(table)) != kokoro._g2p_version("ja")
