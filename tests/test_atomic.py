"""Outputs are written to a temporary file beside them and renamed into place; what a write
killed before its rename left behind goes with the next write of the same output."""

from __future__ import annotations

import os
from pathlib import Path

from newsread.export import atomic_path


def _left(folder: Path, name: str, age: float) -> Path:
    tmp = folder / name
    tmp.write_bytes(b"partial")
    when = tmp.stat().st_mtime - age
    os.utime(tmp, (when, when))
    return tmp


def test_a_write_removes_the_hour_old_temporaries_of_its_own_output(tmp_path: Path) -> None:
    old = _left(tmp_path, ".out.mp3.k3j_x9a2.mp3", age=7200)
    fresh = _left(tmp_path, ".out.mp3.q1w2e3r4.mp3", age=10)  # another process writing it now
    other = _left(tmp_path, ".other.mp3.k3j_x9a2.mp3", age=7200)  # another output's
    mine = _left(tmp_path, "out.mp3.notes.mp3", age=7200)  # a file of the user's
    with atomic_path(tmp_path / "out.mp3") as tmp:
        tmp.write_bytes(b"done")
    assert (tmp_path / "out.mp3").read_bytes() == b"done"
    assert not old.exists()
    assert fresh.exists() and other.exists() and mine.exists()


def test_a_name_with_pattern_characters_matches_only_itself(tmp_path: Path) -> None:
    old = _left(tmp_path, ".a[1].mp3.k3j_x9a2.mp3", age=7200)
    near = _left(tmp_path, ".a1.mp3.k3j_x9a2.mp3", age=7200)
    with atomic_path(tmp_path / "a[1].mp3") as tmp:
        tmp.write_bytes(b"done")
    assert not old.exists() and near.exists()
