"""The data that travels between the stages of the pipeline.

ingest → :class:`Article` → segment → :class:`Script` (of :class:`Sentence`) →
synthesize → :class:`Segment` per sentence → assemble → :class:`Episode`.

Every type here is a frozen dataclass: stages build new values, never edit old ones.
Offsets (``start``/``end``) are character offsets into :attr:`Article.text`, the cleaned
text of the article, half-open like Python slices (``article.text[start:end]``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt

BlockKind = Literal["title", "heading", "paragraph"]
Break = Literal["none", "sentence", "paragraph", "section", "article"]
Audio = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Block:
    """One unit of an article's structure: its headline, a subheading or a paragraph.

    ``text == article.text[start:end]``.
    """

    kind: BlockKind
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """What ingest keeps of a page: the story, its headline and its subheadings.

    ``text`` is the cleaned text (blocks joined by blank lines); ``blocks`` index into it.
    The first block is the headline (kind ``"title"``) when the page has one.
    ``byline`` (reporter, e-mail, dateline) is metadata: it is read aloud only on request.
    """

    text: str
    blocks: tuple[Block, ...]
    title: str
    author: str | None = None
    date: str | None = None
    byline: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Sentence:
    """One sentence to be spoken.

    ``text`` is the source sentence (``article.text[start:end]``), ``spoken`` what the
    engine is given after normalization. ``article``/``block``/``chapter`` are indices into
    :attr:`Script.articles`, that article's ``blocks``, and :attr:`Script.chapters`.
    ``pause_before`` says what kind of boundary precedes the sentence, so assembly can
    choose the silence to insert.
    """

    index: int
    text: str
    spoken: str
    start: int
    end: int
    article: int
    block: int
    chapter: int
    pause_before: Break


@dataclass(frozen=True)
class Chapter:
    """A chapter mark: the headline, a subheading, or one article of several."""

    title: str
    first_sentence: int


@dataclass(frozen=True)
class Script:
    """The reading plan: every sentence in order and the chapters over them."""

    articles: tuple[Article, ...]
    sentences: tuple[Sentence, ...]
    chapters: tuple[Chapter, ...]

    @property
    def title(self) -> str:
        titles = [a.title for a in self.articles if a.title]
        if titles:
            return " / ".join(titles)
        return self.chapters[0].title if self.chapters and self.chapters[0].title else "newsread"


@dataclass(frozen=True)
class Segment:
    """The audio of one sentence as the engine produced it (mono float32 in [-1, 1])."""

    index: int
    audio: Audio = field(repr=False)
    sample_rate: int


@dataclass(frozen=True)
class Timing:
    """Where a sentence or a chapter lies in the assembled audio, in seconds."""

    start: float
    end: float


@dataclass(frozen=True)
class ChapterMark:
    title: str
    start: float
    end: float
    first_sentence: int
