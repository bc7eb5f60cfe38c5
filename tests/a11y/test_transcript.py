"""WebVTT, SRT and JSON timings against the assembled audio and the plan."""

from __future__ import annotations

import itertools
import json
import re
from html import unescape
from pathlib import Path

import numpy as np
import pytest

import newsread
from a11y.helpers import SETTINGS, make_article, read_tone, tricky_article
from newsread.episode import Episode
from newsread.export.transcript import (
    cue_lines,
    srt_cards,
    srt_time,
    timings_dict,
    to_srt,
    to_webvtt,
    vtt_time,
    write_srt,
    write_timings,
    write_vtt,
)

_VTT_TIME = r"(\d\d):(\d\d):(\d\d)\.(\d\d\d)"
_SRT_TIME = r"(\d\d):(\d\d):(\d\d),(\d\d\d)"


def _ms(groups: tuple[str, ...]) -> int:
    h, m, s, ms = map(int, groups)
    return ((h * 60 + m) * 60 + s) * 1000 + ms


LONG = (
    "정부는 내년 예산안을 편성하면서 반도체와 이차전지, 바이오 등 미래 전략 산업에 대한 지원을 대폭 늘리고, "
    "지역 균형 발전을 위한 사회간접자본 투자도 확대하는 한편, 저출생 대응과 청년 일자리 사업에 필요한 재원을 "
    "우선 배정하기로 했다고 기획재정부가 밝혔다."
)


def parse_cues(text: str, time_re: str) -> list[tuple[str, int, int, str]]:
    """(identifier, start ms, end ms, text) of every cue; the text may span lines."""
    cues = []
    for block in re.split(r"\n\n+", text.strip()):
        lines = block.split("\n")
        if lines[0] == "WEBVTT":
            continue
        m = re.fullmatch(rf"{time_re} --> {time_re}", lines[1])
        assert m, f"bad timing line {lines[1]!r}"
        cues.append((lines[0], _ms(m.groups()[:4]), _ms(m.groups()[4:]), "\n".join(lines[2:])))
    return cues


def test_timings_are_where_the_audio_is(episode: Episode) -> None:
    """The tone engine's samples are non-zero exactly inside each sentence's timing."""
    sr = episode.sample_rate
    voiced = episode.audio != 0
    expected = np.zeros_like(voiced)
    for t in episode.timings:
        expected[round(t.start * sr) : round(t.end * sr)] = True
    assert np.array_equal(voiced, expected)


def test_vtt_has_one_cue_per_sentence_timed_exactly(episode: Episode, tmp_path: Path) -> None:
    path = tmp_path / "t.vtt"
    write_vtt(episode, path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("WEBVTT\n\n")
    cues = parse_cues(text, _VTT_TIME)
    sentences = episode.script.sentences
    assert len(cues) == len(sentences) == len(episode.timings)
    for (ident, start, end, cue), s, t in zip(cues, sentences, episode.timings, strict=True):
        assert ident == f"s{s.index + 1}"
        assert (start, end) == (round(t.start * 1000), round(t.end * 1000))
        assert unescape(cue) == s.text == episode.script.articles[s.article].text[s.start : s.end]


def test_vtt_cue_text_is_escaped(episode: Episode) -> None:
    text = to_webvtt(episode)
    payload = [c[3] for c in parse_cues(text, _VTT_TIME)]
    assert any("&lt;b&gt;" in p for p in payload) and any("&amp;" in p for p in payload)
    assert not any("<" in p or "-->" in p for p in payload)
    assert text.count("-->") == len(episode.script.sentences)


def test_srt_has_numbered_cues_timed_exactly(episode: Episode, tmp_path: Path) -> None:
    path = tmp_path / "t.srt"
    write_srt(episode, path)
    cues = parse_cues(path.read_text(encoding="utf-8"), _SRT_TIME)
    assert [c[0] for c in cues] == [str(i + 1) for i in range(len(episode.script.sentences))]
    for (_, start, end, cue), s, t in zip(cues, episode.script.sentences, episode.timings, strict=True):
        assert (start, end) == (round(t.start * 1000), round(t.end * 1000))
        lines = cue.split("\n")
        # a line is cut only at spaces: a single word longer than 32 characters keeps its line
        assert len(lines) <= 2 and all(len(line) <= 32 or " " not in line for line in lines)
        assert " ".join(lines) == s.text


def test_clock_formats_carry_hours_and_round_to_the_millisecond() -> None:
    assert vtt_time(3723.4566) == "01:02:03.457"
    assert srt_time(0.0004) == "00:00:00,000"
    assert srt_time(59.9996) == "00:01:00,000"


def test_line_breaks_in_a_sentence_never_end_a_cue() -> None:
    ep = read_tone(make_article(("paragraph", "첫 줄이\n\n이어진다."), title="제목"))
    for text in (to_webvtt(ep), to_srt(ep)):
        assert len(re.findall(r"-->", text)) == len(ep.script.sentences)
        for cue in parse_cues(text, _VTT_TIME if text.startswith("WEBVTT") else _SRT_TIME):
            assert "\n" not in cue[3]


def test_vtt_lines_are_at_most_65_characters_and_keep_the_sentence() -> None:
    """A long sentence was one cue line of over a hundred characters: the Podcasting 2.0
    transcript guidance wants WebVTT lines of at most 65 so a captions display need not cut them."""
    ep = read_tone(make_article(("paragraph", LONG), title="제목"))
    cue = parse_cues(to_webvtt(ep), _VTT_TIME)[-1]
    lines = cue[3].split("\n")
    assert len(lines) >= 3 and all(0 < len(line) <= 65 for line in lines)
    assert " ".join(lines) == LONG


def test_a_long_sentence_takes_several_srt_cards_of_two_short_lines() -> None:
    """A long sentence was one SRT line of over a hundred characters: the Podcasting 2.0 guidance
    for SRT is at most two lines of 32 characters, so it is now shown in several cards, one after
    another, that together span the sentence's time and hold its whole text."""
    ep = read_tone(make_article(("paragraph", LONG), title="제목"))
    timing = ep.timings[-1]
    cues = [c for c in parse_cues(to_srt(ep), _SRT_TIME) if c[1] >= round(timing.start * 1000)]
    assert len(cues) >= 3
    assert [c[0] for c in parse_cues(to_srt(ep), _SRT_TIME)][-len(cues) :] == [
        str(i) for i in range(len(ep.timings), len(ep.timings) + len(cues))
    ]
    for _, _, _, text in cues:
        lines = text.split("\n")
        assert 1 <= len(lines) <= 2 and all(0 < len(line) <= 32 for line in lines)
    assert " ".join(c[3].replace("\n", " ") for c in cues) == LONG
    assert (cues[0][1], cues[-1][2]) == (round(timing.start * 1000), round(timing.end * 1000))
    assert all(a[2] == b[1] and a[1] < a[2] for a, b in itertools.pairwise(cues))


@pytest.mark.parametrize("words", range(9, 40, 3))
def test_no_srt_card_is_left_with_a_scrap_of_a_sentence(words: int) -> None:
    """A sentence a little longer than one card ended in a card of one word (약속받았다.) shown for
    a second after a full one: the cards of a sentence now share its text about evenly."""
    text = " ".join(
        itertools.islice(itertools.cycle(["이재명", "대통령이", "젠슨", "황", "엔비디아", "대표를"]), words)
    )
    text += " 약속받았다."
    cards = srt_cards(text, 0.0, 10.0)
    for _, _, card in cards:
        lines = card.split("\n")
        assert 1 <= len(lines) <= 2 and all(0 < len(line) <= 32 for line in lines)
    assert " ".join(c[2].replace("\n", " ") for c in cards) == text
    assert len(cards) == -(-len(cue_lines(text, 32)) // 2)  # no more cards than filling every line takes
    sizes = [len(c[2]) for c in cards]
    assert min(sizes) * 2 >= max(sizes), sizes


def test_json_timings_are_exact_and_match_the_plan(episode: Episode, tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    write_timings(episode, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["title"] == episode.title
    assert data["duration"] == episode.duration
    assert len(data["sentences"]) == len(episode.script.sentences)
    for item, s, t in zip(data["sentences"], episode.script.sentences, episode.timings, strict=True):
        assert (item["start"], item["end"]) == (t.start, t.end)  # unrounded
        assert item["text"] == s.text and item["spoken"] == s.spoken
        article = data["articles"][item["article"]]["text"]
        assert article[item["offset_start"] : item["offset_end"]] == s.text
        assert item["chapter"] == s.chapter
        chapter = data["chapters"][item["chapter"]]
        assert chapter["start"] <= item["start"] < chapter["end"]
    assert [c["title"] for c in data["chapters"]] == [c.title for c in episode.script.chapters]


def test_single_sentence_transcripts(single_sentence: Episode) -> None:
    (cue,) = parse_cues(to_webvtt(single_sentence), _VTT_TIME)
    assert cue[3] == "정부가 예산을 확정했다."
    assert cue[1] == round(single_sentence.timings[0].start * 1000)


def test_cue_text_is_what_the_plan_says(episode: Episode) -> None:
    plan = newsread.plan(tricky_article(), SETTINGS)
    cues = parse_cues(to_webvtt(episode), _VTT_TIME)
    assert [unescape(c[3]).replace("\n", " ") for c in cues] == [s.text for s in plan.sentences]
    assert [c[3].replace("\n", " ") for c in parse_cues(to_srt(episode), _SRT_TIME)] == [s.text for s in plan.sentences]
    data = timings_dict(episode)
    assert [(s["spoken"], s["offset_start"], s["offset_end"]) for s in data["sentences"]] == [
        (s.spoken, s.start, s.end) for s in plan.sentences
    ]
