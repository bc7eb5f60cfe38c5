"""The article as a reader sees it, cut at sentence boundaries.

Both the read-along page and the EPUB show the cleaned article text block by block, with
each spoken sentence wrapped so it can be highlighted. :func:`lay_out` computes that
structure once from the :class:`~newsread.types.Script`; the writers only turn it into
markup (escaping every piece of text as they do).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsread.types import BlockKind, Script

# characters XML 1.0 forbids (HTML parsers turn most of them into errors too)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def clean_text(text: str) -> str:
    """``text`` without the control characters that markup may not carry."""
    return _NOT_XML.sub("", text)


@dataclass(frozen=True)
class Run:
    """A stretch of a block's text: a spoken sentence (``sentence`` is its index) or the text between."""

    text: str
    sentence: int | None = None


@dataclass(frozen=True)
class LaidBlock:
    """One block of one article, with the chapter it belongs to (``None`` before any chapter)."""

    article: int
    block: int
    kind: BlockKind
    chapter: int | None
    runs: tuple[Run, ...]
    starts_chapter: bool = False

    @property
    def sentences(self) -> tuple[int, ...]:
        return tuple(r.sentence for r in self.runs if r.sentence is not None)

    def element(self, inner: str, several: bool) -> str:
        """The block as an element around ``inner`` (already markup).

        A headline is the ``h1`` of a single article and an ``h2`` when several articles share a
        page; subheadings are one level below. A block that opens a chapter gets ``id="chN"``.
        """
        if self.kind == "title":
            tag = "h2" if several else "h1"
        elif self.kind == "heading":
            tag = "h3" if several else "h2"
        else:
            tag = "p"
        ident = f' id="ch{self.chapter + 1}"' if self.starts_chapter and self.chapter is not None else ""
        return f"<{tag}{ident}>{inner}</{tag}>"


def lay_out(script: Script) -> list[LaidBlock]:
    """Every block of every article in reading order, its text cut into :class:`Run` s.

    The runs of a block join back to exactly the block's text. A block whose first sentence
    is the first sentence of a chapter is marked ``starts_chapter``.
    """
    by_block: dict[tuple[int, int], list[int]] = {}
    for s in script.sentences:
        by_block.setdefault((s.article, s.block), []).append(s.index)
    chapter_starts = {c.first_sentence for c in script.chapters}
    out: list[LaidBlock] = []
    chapter: int | None = None
    for a_idx, article in enumerate(script.articles):
        for b_idx, block in enumerate(article.blocks):
            indices = by_block.get((a_idx, b_idx), [])
            runs: list[Run] = []
            pos = block.start
            for i in indices:
                s = script.sentences[i]
                if s.start > pos:
                    runs.append(Run(article.text[pos : s.start]))
                runs.append(Run(article.text[s.start : s.end], i))
                pos = max(pos, s.end)
            if pos < block.end:
                runs.append(Run(article.text[pos : block.end]))
            starts = bool(indices) and indices[0] in chapter_starts
            if indices:
                chapter = script.sentences[indices[0]].chapter if script.chapters else None
            out.append(LaidBlock(a_idx, b_idx, block.kind, chapter, tuple(runs), starts))
    return out
