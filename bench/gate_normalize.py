#!/usr/bin/env python3
"""Quality gate for the normalizer: score the development set and fail below the floor.

    python bench/gate_normalize.py [--dev tests/normalize/dev.tsv] [--floor 100] [--failures 20]

The dev set has lines ``written<TAB>gold[|other accepted]``. Scoring is that of the
project's evaluation: both sides NFC-normalized, everything but Hangul syllables and jamo
removed (spaces, punctuation, digits, Latin, Hanja), and a case passes when the stripped
output equals one stripped gold. Mean CER is the Levenshtein distance over the gold length,
the minimum over the golds. Prints one summary line; exits 1 below the pinned floor.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "normalize" / "dev.tsv"
#: Pinned floor, in percent of the dev cases passed.
FLOOR = 100.0


def is_kept(ch: str) -> bool:
    o = ord(ch)
    return (
        0xAC00 <= o <= 0xD7A3
        or 0x1100 <= o <= 0x11FF
        or 0x3130 <= o <= 0x318F
        or 0xA960 <= o <= 0xA97F
        or 0xD7B0 <= o <= 0xD7FF
    )


def strip_text(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFC", s) if is_kept(ch))


def levenshtein(a: str, b: str) -> int:
    if a == b:
        return 0
    if not a or not b:
        return len(a) or len(b)
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def read_gold(path: Path) -> list[tuple[str, list[str]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        written, _, golds = line.partition("\t")
        rows.append((written, golds.split("|")))
    return rows


def passes(output: str, golds: list[str]) -> bool:
    return strip_text(output) in {strip_text(g) for g in golds}


def score(rows: list[tuple[str, list[str]]]) -> tuple[int, float, list[tuple[str, str]]]:
    """``(passed, mean CER, failures)``; a system exception fails the case with empty output."""
    from newsread.normalize import normalize

    passed = 0
    cer_sum = 0.0
    failures = []
    for written, golds in rows:
        try:
            out = normalize(written)
            ok = passes(out, golds)
        except Exception as exc:  # the gate counts a crash as a failed case
            out, ok = f"EXCEPTION: {exc!r}", False
        so = strip_text(out) if not out.startswith("EXCEPTION") else ""
        cer_sum += min(levenshtein(so, strip_text(g)) / max(1, len(strip_text(g))) for g in golds)
        if ok:
            passed += 1
        else:
            failures.append((written, out))
    return passed, cer_sum / max(1, len(rows)), failures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--floor", type=float, default=FLOOR, help="minimum pass rate in percent")
    ap.add_argument("--failures", type=int, default=20, help="print up to N failing cases")
    a = ap.parse_args(argv)
    rows = read_gold(a.dev)
    passed, cer, failures = score(rows)
    pct = 100.0 * passed / max(1, len(rows))
    print(f"normalize dev\tpass {passed}/{len(rows)}\t{pct:.1f}%\tmeanCER {cer:.3f}\tfloor {a.floor:.1f}%")
    for written, out in failures[: a.failures]:
        print(f"  FAIL  {written}  ->  {out}")
    return 0 if pct >= a.floor else 1


if __name__ == "__main__":
    sys.exit(main())
