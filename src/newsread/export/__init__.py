"""Writers: they only consume an :class:`~newsread.episode.Episode` and write files atomically."""

from __future__ import annotations

import glob
import os
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from newsread.errors import OutputError

#: A temporary file older than this was left by a render killed while writing it (a write takes
#: seconds at most): the next write of the same output, or the cache's next pruning, removes it.
STALE_TEMP_SECONDS = 3600.0


def _temp_beside(path: Path, suffix: str = "") -> Path:
    """A new empty temporary file in ``path``'s folder, or :class:`OutputError` saying why there is none."""
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: folder {parent} does not exist; create it first")
    _remove_stale_temporaries(parent, path.name, suffix or path.suffix)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix or path.suffix, dir=parent)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror}; choose a writable location") from exc
    os.close(fd)
    return Path(tmp_name)


def _remove_stale_temporaries(parent: Path, name: str, suffix: str) -> None:
    """Remove the temporary files of ``name`` that a killed write left in ``parent``: the names
    :func:`_temp_beside` makes (``.NAME.`` and eight characters of :func:`tempfile.mkstemp`), an hour old."""
    remove_stale(parent.glob(f".{glob.escape(name)}.????????{glob.escape(suffix)}"))


def remove_stale(paths: Iterable[Path]) -> tuple[int, int]:
    """Remove those of ``paths`` last written :data:`STALE_TEMP_SECONDS` ago or more, temporary
    files a killed write left (a newer one may be another process's write in progress):
    (files removed, bytes freed)."""
    now = time.time()
    removed = freed = 0
    for path in paths:
        try:
            st = path.stat()
            if now - st.st_mtime < STALE_TEMP_SECONDS:
                continue
            path.unlink()
        except OSError:
            continue
        removed += 1
        freed += st.st_size
    return removed, freed


def check_writable(path: str | Path) -> None:
    """Raise :class:`OutputError` now if ``path`` could not be written later (before a long render)."""
    _temp_beside(Path(path)).unlink(missing_ok=True)


@contextmanager
def atomic_path(path: Path, suffix: str = "") -> Iterator[Path]:
    """A temporary path beside ``path`` that is renamed onto it when the block succeeds.

    On any error the temporary file is removed and ``path`` is left as it was.
    """
    path = Path(path)
    tmp = _temp_beside(path, suffix)
    try:
        yield tmp
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
