"""Pronounced syllables → the phoneme symbols of a voice, driven by a table in ``data/``.

A table is a TOML file: ``[vowels]``; onsets by context (``[onsets]`` at the start of a phrase,
``[onsets_voiced]`` after a vowel, ``[onsets_after_sonorant]`` after a coda ㄴ/ㅁ/ㅇ (on top of
``[onsets_voiced]``), ``[onsets_after_rieul]`` after a coda ㄹ (on top of the sonorant ones),
``[onsets_after_stop]`` after a coda ㄱ/ㄷ/ㅂ; a context lists only what differs);
``[palatal]`` rewrites a consonant symbol before i/j; ``[glide_after_consonant]`` rewrites
the first symbol of a vowel after a consonant; ``[vowels_after_consonant]`` replaces a whole
vowel after a consonant (ㅚ, ㅙ, ㅞ: 되 as de where 외 stays we); codas by context
(``[codas]`` before a pause, ``[codas_before_consonant]``, ``[codas_before_same]`` before a
consonant made at the same place, ``[codas_before_vowel]``); ``[punctuation]``; and
``[settings]`` (``phrase_pauses = true`` with ``phrase_min_before`` / ``phrase_min_after``
words: a pause after a connective ending that ends a clause, :mod:`newsread.g2p.phrasing`).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from newsread.g2p.analyse import Chunk, Item
from newsread.g2p.rules import Options as RuleOptions
from newsread.g2p.rules import Syl

_MARKS = "ˈˌ"
_PLACE = {
    "ㄱ": "velar",
    "ㄲ": "velar",
    "ㅋ": "velar",
    "ㄷ": "dental",
    "ㄸ": "dental",
    "ㅌ": "dental",
    "ㅅ": "dental",
    "ㅆ": "dental",
    "ㅈ": "dental",
    "ㅉ": "dental",
    "ㅊ": "dental",
    "ㅂ": "labial",
    "ㅃ": "labial",
    "ㅍ": "labial",
}
_SONORANT_CODAS = ("ㄴ", "ㄹ", "ㅁ", "ㅇ")
_TENSE_ONSETS = ("ㄲ", "ㄸ", "ㅃ", "ㅆ", "ㅉ")
_SPACES = re.compile(r" {2,}")
_SPACE_BEFORE_MARK = re.compile(r" ([,.!?;:…—])")


@dataclass(frozen=True)
class PhonemeTable:
    """One voice family's way of saying Korean sounds with its symbols."""

    name: str
    vowels: dict[str, str]
    onsets: dict[str, dict[str, str]]
    codas: dict[str, dict[str, str]]
    palatal: dict[str, str]
    punctuation: dict[str, str]
    space: str
    default_punctuation: str
    drop_glide_after: str
    glide_after_consonant: dict[str, str]
    words_linked: bool
    rules: RuleOptions
    #: vowels said otherwise after a consonant (jamo → symbols)
    vowels_after_consonant: dict[str, str] = field(default_factory=dict)
    #: pause after a connective ending: (fewest words of the phrase it ends, fewest words
    #: after it); None: no such pauses (newsread.g2p.phrasing)
    phrase_pauses: tuple[int, int] | None = None

    @classmethod
    def from_dict(cls, name: str, data: dict[str, Any]) -> PhonemeTable:
        settings = dict(data.get("settings", {}))
        base = dict(data["onsets"])
        onsets = {"initial": base}
        voiced = {**base, **data.get("onsets_voiced", {})}
        onsets["voiced"] = voiced
        onsets["after_sonorant"] = {**voiced, **data.get("onsets_after_sonorant", {})}
        onsets["after_rieul"] = {**onsets["after_sonorant"], **data.get("onsets_after_rieul", {})}
        onsets["after_stop"] = {**base, **data.get("onsets_after_stop", {})}
        coda_base = dict(data["codas"])
        codas = {"final": coda_base}
        for ctx in ("before_consonant", "before_same", "before_vowel"):
            codas[ctx] = {**coda_base, **data.get(f"codas_{ctx}", {})}
        return cls(
            name=name,
            vowels=dict(data["vowels"]),
            onsets=onsets,
            codas=codas,
            palatal=dict(data.get("palatal", {})),
            punctuation=dict(data.get("punctuation", {})),
            space=str(settings.get("space", " ")),
            default_punctuation=str(settings.get("other_punctuation", ",")),
            drop_glide_after=str(settings.get("drop_glide_after", "")),
            glide_after_consonant=dict(data.get("glide_after_consonant", {})),
            vowels_after_consonant=dict(data.get("vowels_after_consonant", {})),
            words_linked=bool(settings.get("words_linked", True)),
            rules=RuleOptions(
                across_words=bool(settings.get("sandhi_across_words", True)),
                genitive=str(settings.get("genitive", "에")),
            ),
            phrase_pauses=(
                (int(settings.get("phrase_min_before", 2)), int(settings.get("phrase_min_after", 3)))
                if settings.get("phrase_pauses", False)
                else None
            ),
        )

    def symbols(self) -> set[str]:
        """Every symbol the table can produce."""
        out: set[str] = set(self.space)
        tables = (
            self.vowels,
            self.palatal,
            self.glide_after_consonant,
            self.vowels_after_consonant,
            self.punctuation,
            *self.onsets.values(),
            *self.codas.values(),
        )
        for table in tables:
            for value in table.values():
                out.update(value)
        out.update(self.default_punctuation)
        return out

    def render(self, items: Sequence[Item]) -> str:
        """The symbol string for pronounced ``items``."""
        out: list[str] = []
        prev: Syl | None = None
        spaced = False
        for i, item in enumerate(items):
            if isinstance(item, Chunk):
                linked = isinstance(prev, Syl) and prev.linked and item.text.isspace()
                out.append("" if linked else self._chunk(item.text))
                if not (item.text.isspace() and self.words_linked):
                    prev = None
                spaced = not linked
                continue
            out.append(self._onset(item, prev, spaced))
            spaced = False
            out.append(self._vowel(item, out[-1]))
            out.append(self._coda(item, _next_syllable(items, i, self.words_linked)))
            prev = item
        text = _SPACES.sub(" ", "".join(out))
        return _SPACE_BEFORE_MARK.sub(r"\1", text).strip()

    def _chunk(self, text: str) -> str:
        if text.isspace():
            return self.space
        marks = []
        for ch in text:
            if ch in self.punctuation:
                marks.append(self.punctuation[ch])
            elif unicodedata.category(ch).startswith("P"):
                marks.append(self.default_punctuation)
        sym = "".join(dict.fromkeys(m for m in marks if m))[:1]
        return f"{sym} " if sym else " "

    def _onset(self, s: Syl, prev: Syl | None, spaced: bool) -> str:
        if prev is None or (spaced and s.onset in _TENSE_ONSETS):
            ctx = "initial"
        elif prev.coda == "ㄹ":
            ctx = "after_rieul"
        elif prev.coda in _SONORANT_CODAS:
            ctx = "after_sonorant"
        elif prev.coda:
            ctx = "after_stop"
        else:
            ctx = "voiced"
        sym = self.onsets[ctx][s.onset]
        vowel = self.vowels[s.vowel]
        body = sym.rstrip(_MARKS)  # a stress mark after the consonant: 씨 → ʔɕˈi
        if body and vowel[:1] in ("i", "j") and body[-1] in self.palatal:
            sym = body[:-1] + self.palatal[body[-1]] + sym[len(body) :]
        return sym

    def _vowel(self, s: Syl, onset: str) -> str:
        vowel = self.vowels_after_consonant.get(s.vowel, "") if onset else ""
        vowel = vowel or self.vowels[s.vowel]
        if onset and vowel.startswith("j") and onset[-1] in self.drop_glide_after:
            vowel = vowel[1:]
        if onset and vowel[:1] in self.glide_after_consonant:
            vowel = self.glide_after_consonant[vowel[0]] + vowel[1:]
        return vowel

    def _coda(self, s: Syl, nxt: Syl | None) -> str:
        if not s.coda:
            return ""
        if nxt is None:
            ctx = "final"
        elif nxt.onset == "ㅇ":
            ctx = "before_vowel"
        elif _PLACE.get(s.coda) is not None and _PLACE.get(s.coda) == _PLACE.get(nxt.onset):
            ctx = "before_same"
        else:
            ctx = "before_consonant"
        return self.codas[ctx][s.coda]


def _next_syllable(items: Sequence[Item], i: int, across_space: bool) -> Syl | None:
    if i + 1 < len(items):
        nxt = items[i + 1]
        if isinstance(nxt, Syl):
            return nxt
        if across_space and nxt.text.isspace() and i + 2 < len(items):
            after = items[i + 2]
            return after if isinstance(after, Syl) else None
    return None


@lru_cache(maxsize=8)
def load_table(name: str) -> PhonemeTable:
    """The table ``data/NAME.toml`` (or a ``.toml`` file path); ``KeyError`` if there is none."""
    if name.endswith(".toml"):
        with open(name, "rb") as f:
            return PhonemeTable.from_dict(name, tomllib.load(f))
    folder = resources.files("newsread.g2p").joinpath("data")
    path = folder.joinpath(f"{name}.toml")
    if not path.is_file():
        known = sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))
        raise KeyError(f"no phoneme table {name!r}: known are {', '.join(known)}")
    return PhonemeTable.from_dict(name, tomllib.loads(path.read_text(encoding="utf-8")))
