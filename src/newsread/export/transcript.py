"""Transcripts synchronised with the audio: WebVTT, SRT and a JSON timing file.

Every format has one entry per sentence, timed exactly where assembly placed the sentence
in the audio (:attr:`Episode.timings`), except that SRT shows a sentence too long for one
card of two short lines in several cards that share its time. Cue text is the sentence as written in the article
(``Sentence.text``), not the spoken form: a reader sees ``3개를``, not ``세 개를``.

The JSON file is the contract for tools that highlight text while it is read: per sentence
its chapter, the source and spoken text, the offsets into the cleaned article text (which
the file also carries) and start/end in seconds, unrounded.

WebVTT and SRT are small enough that they are written here: ``webvtt-py`` and ``srt`` were
looked at, but neither escapes cue text (``<``, ``&`` and ``-->`` in a headline would break
the cue or become markup) and both round through their own time classes.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsread.export import atomic_path

if TYPE_CHECKING:
    from newsread.episode import Episode

#: version of the JSON timing format; raised when a field changes meaning
TIMINGS_VERSION = 1
#: version of the Podcasting 2.0 JSON transcript format written by :func:`podcast_transcript_dict`
PODCAST_TRANSCRIPT_VERSION = "1.0.0"
#: the longest WebVTT cue line: the Podcasting 2.0 transcript guidance recommends at most 65
#: characters a line, so that an app showing the transcript as captions need not cut it
VTT_LINE_CHARS = 65
#: an SRT card: at most two lines of at most 32 characters (the same guidance, for SRT)
SRT_LINE_CHARS = 32
SRT_CARD_LINES = 2

_BLANK_LINES = re.compile(r"\s*\n\s*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def milliseconds(seconds: float) -> int:
    """``seconds`` rounded to the nearest millisecond (what both cue formats can express)."""
    return round(seconds * 1000)


def _clock(ms: int, sep: str) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{sep}{millis:03d}"


def vtt_time(seconds: float) -> str:
    """``HH:MM:SS.mmm`` as WebVTT writes it."""
    return _clock(milliseconds(seconds), ".")


def srt_time(seconds: float) -> str:
    """``HH:MM:SS,mmm`` as SRT writes it."""
    return _clock(milliseconds(seconds), ",")


def cue_text(text: str) -> str:
    """One line of cue text: control characters dropped, line breaks folded into spaces.

    A blank line would end a cue early in both formats, so a cue is always one line.
    """
    return _BLANK_LINES.sub(" ", _CONTROL.sub("", text)).strip()


def cue_lines(text: str, width: int = VTT_LINE_CHARS) -> list[str]:
    """One-line cue ``text`` broken at spaces into lines of at most ``width`` characters.

    A word longer than ``width`` keeps a line of its own rather than being cut; the lines
    joined with single spaces give the text back with its runs of spaces made single.
    """
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [text]


def _vtt_escape(text: str) -> str:
    # WebVTT cue text is markup: & and < must be escaped, and > too so "-->" cannot appear
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_webvtt(episode: Episode) -> str:
    """The WebVTT transcript: one cue per sentence, identified ``s1``, ``s2``..., its text in
    lines of at most :data:`VTT_LINE_CHARS` characters."""
    lines = ["WEBVTT", ""]
    for sentence, timing in zip(episode.script.sentences, episode.timings, strict=True):
        lines.append(f"s{sentence.index + 1}")
        lines.append(f"{vtt_time(timing.start)} --> {vtt_time(timing.end)}")
        lines.extend(_vtt_escape(line) for line in cue_lines(cue_text(sentence.text)))
        lines.append("")
    return "\n".join(lines)


def _balanced_lines(text: str) -> list[str]:
    """``text`` in lines of at most :data:`SRT_LINE_CHARS` characters, as even as the cards allow.

    Filling each line to the width left the last card of a long sentence with one word, shown
    for a fraction of a second; the lines are instead made as narrow as they can be while the
    sentence still takes no more cards, so every card holds a like share of it.
    """
    lines = cue_lines(text, SRT_LINE_CHARS)
    cards = -(-len(lines) // SRT_CARD_LINES)
    if cards < 2:
        return lines
    most = cards * SRT_CARD_LINES
    for width in range(max(1, len(text) // most), SRT_LINE_CHARS):
        narrow = cue_lines(text, width)
        if len(narrow) <= most and all(len(line) <= width for line in narrow):
            return narrow
    return lines


def srt_cards(text: str, start: float, end: float) -> list[tuple[float, float, str]]:
    """``(start, end, text)`` of the SRT cards that show one sentence's cue ``text``.

    A sentence that fits :data:`SRT_CARD_LINES` lines of :data:`SRT_LINE_CHARS` characters is one
    card; a longer one is shown in several, one after another, each given a share of the
    sentence's time in proportion to its characters (the voice's own pace within a sentence is
    not known), so the cards are contiguous and together span the sentence exactly.
    """
    lines = _balanced_lines(text)
    groups = [lines[i : i + SRT_CARD_LINES] for i in range(0, len(lines), SRT_CARD_LINES)]
    texts = ["\n".join(group) for group in groups]
    total = sum(len(t) for t in texts)
    if len(texts) == 1 or total == 0:
        return [(start, end, "\n".join(texts))]
    cards = []
    done = 0
    for i, card in enumerate(texts):
        begin = start + (end - start) * done / total
        done += len(card)
        cards.append((begin, end if i == len(texts) - 1 else start + (end - start) * done / total, card))
    return cards


def to_srt(episode: Episode) -> str:
    """The SRT transcript: numbered cards, one per sentence unless a sentence needs more than
    two lines of 32 characters (see :func:`srt_cards`)."""
    blocks: list[str] = []
    for sentence, timing in zip(episode.script.sentences, episode.timings, strict=True):
        for start, end, text in srt_cards(cue_text(sentence.text), timing.start, timing.end):
            blocks.append(f"{len(blocks) + 1}\n{srt_time(start)} --> {srt_time(end)}\n{text}\n")
    return "\n".join(blocks)


def podcast_transcript_dict(episode: Episode) -> dict[str, Any]:
    """The Podcasting 2.0 JSON transcript: ``{"version": "1.0.0", "segments": [...]}`` with one
    segment per sentence, ``startTime``/``endTime`` in seconds (to the millisecond, as the cues)
    and ``body`` the sentence as written."""
    return {
        "version": PODCAST_TRANSCRIPT_VERSION,
        "segments": [
            {
                "startTime": milliseconds(t.start) / 1000,
                "endTime": milliseconds(t.end) / 1000,
                "body": cue_text(s.text),
            }
            for s, t in zip(episode.script.sentences, episode.timings, strict=True)
        ],
    }


def timings_dict(episode: Episode) -> dict[str, Any]:
    """Everything a highlighting tool needs, as plain data (see :func:`write_timings`)."""
    script = episode.script
    return {
        "version": TIMINGS_VERSION,
        "title": episode.title,
        "duration": episode.duration,
        "sample_rate": episode.sample_rate,
        "voice": episode.voice,
        "engine": episode.engine,
        "articles": [
            {"title": a.title, "author": a.author, "date": a.date, "source": a.source, "text": a.text}
            for a in script.articles
        ],
        "chapters": [
            {"index": i, "title": c.title, "first_sentence": c.first_sentence, "start": c.start, "end": c.end}
            for i, c in enumerate(episode.chapters)
        ],
        "sentences": [
            {
                "index": s.index,
                "article": s.article,
                "chapter": s.chapter,
                "text": s.text,
                "spoken": s.spoken,
                "offset_start": s.start,
                "offset_end": s.end,
                "start": t.start,
                "end": t.end,
            }
            for s, t in zip(script.sentences, episode.timings, strict=True)
        ],
    }


def _write_text(path: Path, text: str) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8", newline="\n")


def write_vtt(episode: Episode, path: str | Path) -> None:
    """Write the WebVTT transcript (UTF-8, atomically)."""
    _write_text(Path(path), to_webvtt(episode))


def write_srt(episode: Episode, path: str | Path) -> None:
    """Write the SRT transcript (UTF-8, atomically)."""
    _write_text(Path(path), to_srt(episode))


def write_podcast_transcript(episode: Episode, path: str | Path) -> None:
    """Write the Podcasting 2.0 JSON transcript (UTF-8, atomically)."""
    _write_text(Path(path), json.dumps(podcast_transcript_dict(episode), ensure_ascii=False, indent=1) + "\n")


def write_timings(episode: Episode, path: str | Path) -> None:
    """Write the JSON timings: per sentence its chapter, source and spoken text, offsets
    into ``articles[sentence.article].text`` and start/end seconds in the audio."""
    _write_text(Path(path), json.dumps(timings_dict(episode), ensure_ascii=False, indent=1) + "\n")
