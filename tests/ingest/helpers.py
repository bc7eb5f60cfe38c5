from __future__ import annotations

import re
from pathlib import Path

from newsread.segment import build_script
from newsread.types import Article, Script

PAGES = Path(__file__).parent / "pages"
SEED = Path(__file__).resolve().parents[2] / "seeds" / "asiae_gpu_260k.txt"


def plan(article: Article) -> Script:
    """The reading plan of one article, with the identity as normalizer."""
    return build_script([article], lambda s: s)


def squash(text: str) -> str:
    """``text`` with every run of whitespace (and invisible characters) as one space."""
    return " ".join(re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", text).split())


def check_offsets(article: Article) -> None:
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
    assert article.text == "\n\n".join(b.text for b in article.blocks)


def blocks_of(article: Article) -> list[tuple[str, str]]:
    """The article's blocks as (kind, text) pairs."""
    return [(b.kind, b.text) for b in article.blocks]


def paragraphs_of(article: Article) -> list[str]:
    """The texts of the article's paragraphs."""
    return [b.text for b in article.blocks if b.kind == "paragraph"]
