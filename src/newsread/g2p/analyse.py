"""Text → syllables and links, with Kiwi's morphology telling where morphemes meet.

Onsets that the tensing lexicon (:mod:`newsread.g2p.lexicon`) makes tense are tense from here on;
compounds that Kiwi keeps whole are split into their parts (:mod:`newsread.g2p.compounds`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newsread.g2p.compounds import split_compounds
from newsread.g2p.hangul import TENSE, is_syllable, split
from newsread.g2p.lexicon import tense_positions
from newsread.g2p.rules import Link, LinkKind, Syl
from newsread.kiwi import get_kiwi, morphology


@dataclass
class Chunk:
    """Text between syllables (spaces, punctuation, anything not Hangul)."""

    text: str


Item = Syl | Chunk


def analyse(text: str) -> tuple[list[Item], list[Syl], list[Link]]:
    """The items of ``text`` in order, the syllables among them, and the links between those."""
    cover: list[list[Any]] = [[] for _ in text]
    tense: set[int] = set()
    if morphology() and any(is_syllable(ch) for ch in text):
        tokens = get_kiwi().tokenize(text)
        for tok in split_compounds(text, tokens, seams=_seams, nouns=_known_noun):
            for p in range(tok.start, min(tok.start + tok.len, len(text))):
                cover[p].append(tok)
        tense = tense_positions(text, tokens, seams=_seams)
    items: list[Item] = []
    syls: list[Syl] = []
    positions: list[int] = []
    pending = ""
    for p, ch in enumerate(text):
        if not is_syllable(ch):
            pending += ch
            continue
        if pending or not items:
            if pending:
                items.append(Chunk(pending))
            word_initial = True
        else:
            word_initial = False
        pending = ""
        onset, vowel, coda = split(ch)
        if p in tense:
            onset = TENSE.get(onset, onset)  # 산불 → 산뿔: listed in data/tense_words.txt
        last = cover[p][-1] if cover[p] else None
        syl = Syl(
            onset,
            vowel,
            coda,
            tag=str(last.tag) if last is not None else "",
            form=str(last.form) if last is not None else "",
            word_initial=word_initial,
            morph_len=int(last.len) if last is not None else 1,
            morph_pos=p - int(last.start) if last is not None else 0,
        )
        items.append(syl)
        syls.append(syl)
        positions.append(p)
    if pending:
        items.append(Chunk(pending))
    links = [_link(text, cover, positions[i], positions[i + 1]) for i in range(len(positions) - 1)]
    return items, syls, links


# what a word read on its own may be made of for its seams to count (nouns, noun affixes, numerals)
_SEAM_TAGS = {"NNG", "NNP", "NNB", "NR", "XR", "XPN", "XSN"}


@lru_cache(maxsize=4096)
def _seams(word: str) -> frozenset[int]:
    """Where the words of ``word`` begin (after the first) in Kiwi's best reading of it on its own as
    two or more known nouns (한국과학기술정보연구원 → 한국 + 과학 + 기술 + 정보 + 연구원, 생활지원사
    → 생활 + 지원 + 사); none where no such reading is among its best five. Called for long nouns
    with ㄹ before ㄷ/ㅅ/ㅈ inside (:func:`newsread.g2p.compounds.split_compounds`), and for a noun
    Kiwi gives whole that begins with a listed tense word or a tense head (증권가: the tense
    lexicon's first word); cached, as the same nouns come back."""
    for tokens, _score in get_kiwi().analyze(word, top_n=5):
        if len(tokens) < 2 or any(bool(t.oov) or str(t.tag) not in _SEAM_TAGS for t in tokens):
            continue
        ends = [int(t.start) + int(t.len) for t in tokens]
        if int(tokens[0].start) != 0 or ends[-1] != len(word) or ends[:-1] != [int(t.start) for t in tokens[1:]]:
            continue  # a reading that does not spell the word as it is written
        return frozenset(ends[:-1])
    return frozenset()


@lru_cache(maxsize=4096)
def _known_noun(word: str) -> bool:
    """Whether Kiwi reads ``word`` on its own as one noun it knows, in one of its best three readings
    (회의, 주의, 전공의; not 아의, nor 디아의, a noun it guesses). Called only for the endings of a
    noun Kiwi does not know that ends in 의 (:func:`newsread.g2p.compounds.split_compounds`)."""
    for tokens, _score in get_kiwi().analyze(word, top_n=3):
        if len(tokens) != 1 or int(tokens[0].len) != len(word):
            continue
        if str(tokens[0].tag) in ("NNG", "NNP") and not bool(getattr(tokens[0], "oov", False)):
            return True
    return False


def _link(text: str, cover: list[list[Any]], p: int, q: int) -> Link:
    between = text[p + 1 : q]
    left = cover[p][-1] if cover[p] else None
    right = cover[q][0] if cover[q] else None
    left_tag = str(left.tag) if left is not None else ""
    right_tag = str(right.tag) if right is not None else ""
    left_len = int(left.len) if left is not None else 1
    if between:
        kind = LinkKind.SPACE if between.isspace() else LinkKind.PAUSE
        return Link(kind, left_tag, right_tag, left_len)
    right_ids = {id(t) for t in cover[q]}
    shared = [t for t in cover[p] if id(t) in right_ids]
    if shared:
        tag = str(shared[-1].tag)
        return Link(LinkKind.NONE, tag, tag, int(shared[-1].len))
    return Link(LinkKind.MORPH, left_tag, right_tag, left_len)
