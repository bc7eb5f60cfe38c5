"""Episode slugs: the file and URL name of an episode.

A slug is made of ASCII lowercase letters, digits and single hyphens only, so it is safe in a
URL path and on every file system, and can never name a parent folder. It comes from the
article's file name (not its headline, which may change); a name with nothing usable in it
(a Korean file name, ``...``) gets a short hash of its path instead. The slug of an article
is kept in the feed's manifest, so it stays the same across runs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Collection

MAX_LEN = 60
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# names Windows refuses as file names whatever the extension
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def short_hash(text: str, n: int = 8) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:n]


def slugify(text: str) -> str:
    """The ASCII slug of ``text`` (may be empty): ``"Hello, World!"`` → ``"hello-world"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = _NON_ALNUM.sub("-", ascii_text).strip("-")
    if len(slug) > MAX_LEN:
        slug = slug[:MAX_LEN].rstrip("-")
    return slug


def episode_slug(identity: str, stem: str, taken: Collection[str]) -> str:
    """A slug for the article ``identity`` (its path in the folder) whose file stem is ``stem``,
    different from every slug in ``taken``."""
    base = slugify(stem)
    if not base or base in _RESERVED:
        base = f"episode-{short_hash(identity)}" if not base else f"{base}-{short_hash(identity)}"
    if base not in taken:
        return base
    candidate = f"{base[: MAX_LEN - 9]}-{short_hash(identity)}"
    n = 2
    while candidate in taken:
        candidate = f"{base[: MAX_LEN - 9]}-{short_hash(f'{identity}#{n}')}"
        n += 1
    return candidate
