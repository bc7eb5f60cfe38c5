"""Segment: articles → a :class:`~newsread.types.Script` of sentences, each normalized.

Sentences are split by Kiwi inside each block (headline, subheading, paragraph), so a
sentence never crosses a block; each keeps its offsets into the article's cleaned text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsread.kiwi import get_kiwi
from newsread.types import Article, Break, Chapter, Script, Sentence

Normalizer = Callable[[str], str]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence of ``text``, trimmed of surrounding space."""
    spans: list[tuple[int, int]] = []
    for sent in get_kiwi().split_into_sents(text):
        start, end = sent.start, sent.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def excerpt(text: str, limit: int = 40) -> str:
    """``text`` cut to at most ``limit`` characters at a space, with "…" where it was cut:
    the title of a chapter or an episode whose article has no headline."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,.") + "…"


def build_script(articles: Sequence[Article], normalizer: Normalizer) -> Script:
    """Plan the reading of ``articles`` in order.

    Chapters: with one article, the headline and then each subheading; with several, one
    chapter per article, titled by its headline. A chapter starts at its first spoken
    sentence; a heading with nothing to say makes no chapter.
    """
    sentences: list[Sentence] = []
    chapters: list[Chapter] = []
    several = len(articles) > 1
    for a_idx, article in enumerate(articles):
        pending_chapter: str | None = (article.title or f"기사 {a_idx + 1}") if several else None
        pending: Break = "article"
        for b_idx, block in enumerate(article.blocks):
            if not several and block.kind in ("title", "heading"):
                pending_chapter = block.text
            after_title = b_idx > 0 and article.blocks[b_idx - 1].kind == "title"
            if (block.kind == "heading" or after_title) and pending != "article":
                pending = "section"
            for start, end in split_sentences(block.text):
                src = block.text[start:end]
                spoken = normalizer(src).strip()
                if not any(ch.isalnum() for ch in spoken):
                    continue
                if pending_chapter is not None or not chapters:
                    title = pending_chapter or article.title or excerpt(src)
                    chapters.append(Chapter(title, len(sentences)))
                    pending_chapter = None
                sentences.append(
                    Sentence(
                        index=len(sentences),
                        text=src,
                        spoken=spoken,
                        start=block.start + start,
                        end=block.start + end,
                        article=a_idx,
                        block=b_idx,
                        chapter=len(chapters) - 1,
                        pause_before=pending if sentences else "none",
                    )
                )
                pending = "sentence"
            if pending == "sentence":
                pending = "paragraph"
    return Script(articles=tuple(articles), sentences=tuple(sentences), chapters=tuple(chapters))
