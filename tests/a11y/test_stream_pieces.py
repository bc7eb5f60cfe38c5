"""Live streaming: sentences in clause-sized pieces while the listener's buffer is short."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsread.assemble import loudness
from newsread.engines.base import Engine
from newsread.pipeline import (
    STREAM_MIN_PIECE_CHARS,
    STREAM_OPENING_SYLLABLES,
    STREAM_PIECE_CHARS,
    opening_pieces,
    stream_audio,
    stream_pieces,
)
from newsread.settings import Settings
from newsread.types import Article, Audio, Block

HEADLINE = "이, 지피유 이십육만 장 공급, 젠슨 황에게 한 에이아이 테스트베드는 성공할 것"
BODY = "정부가 내년 예산을 확정했다. 국회는 다음 주에 심의하고, 야당은 예산안의 세부 항목을 따져 보겠다고 밝혔다."


def article() -> Article:
    text = f"{HEADLINE}\n\n{BODY}"
    start = len(HEADLINE) + 2
    blocks = (Block("title", HEADLINE, 0, len(HEADLINE)), Block("paragraph", BODY, start, start + len(BODY)))
    return Article(text=text, title=HEADLINE, blocks=blocks, source="test")


class Clock:
    """Simulated time: it moves only when the engine works."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Recorder(Engine):
    """A tone as long as the text, taking ``rtf`` times its duration of simulated time to make.

    Each call's n-th text is n+1 times as loud as its first.
    """

    name = "recorder"
    max_chars = 10_000

    def __init__(self, clock: Clock, *, rtf: float = 0.5, per_char: float = 0.05, sample_rate: int = 24000) -> None:
        self.clock = clock
        self.rtf = rtf
        self.per_char = per_char
        self.sample_rate = sample_rate
        self.calls: list[list[str]] = []

    def synthesize(self, texts: Sequence[str], *, rate: float = 1.0) -> Iterator[Audio]:
        self.calls.append(list(texts))
        for n, text in enumerate(texts):
            seconds = len(text) * self.per_char
            self.clock.now += self.rtf * seconds
            t = np.arange(round(seconds * self.sample_rate)) / self.sample_rate
            yield (0.05 * (n + 1) * np.sin(2 * np.pi * 220 * t)).astype(np.float32)

    def cache_key(self) -> str:
        return f"recorder:{self.per_char}"


SETTINGS = Settings(sample_rate=24000, use_cache=False)


def test_pieces_keep_every_word_in_order_and_are_short() -> None:
    pieces = stream_pieces(HEADLINE)
    assert len(pieces) > 1
    assert " ".join(pieces).split() == HEADLINE.split()
    assert all(len(p) >= STREAM_MIN_PIECE_CHARS for p in pieces)
    assert all(len(p) <= STREAM_PIECE_CHARS + STREAM_MIN_PIECE_CHARS + 1 for p in pieces)
    assert pieces[0].startswith("이, 지피유")  # a lone "이," is joined to what follows
    assert stream_pieces("짧은 문장.") == ["짧은 문장."]


@given(st.lists(st.sampled_from(["가나다", "라마", "바사아자", ",", ".", "차카타파하", "…"]), min_size=1, max_size=30))
def test_pieces_property(words: list[str]) -> None:
    text = " ".join(words).strip()
    pieces = stream_pieces(text)
    assert "".join("".join(pieces).split()) == "".join(text.split())
    if len(pieces) > 1:
        assert all(len(p) >= STREAM_MIN_PIECE_CHARS for p in pieces)


def syllables(text: str) -> int:
    return sum("가" <= ch <= "힣" for ch in text)


def test_a_stream_opens_with_the_first_phrase_alone() -> None:
    assert opening_pieces(HEADLINE)[0] == "이, 지피유"  # a lone "이," is not a phrase
    assert opening_pieces(HEADLINE)[1:] == stream_pieces(HEADLINE.removeprefix("이, 지피유 "))
    assert opening_pieces("서울시, 내년부터 심야버스 노선 확대") == ["서울시,", "내년부터 심야버스 노선 확대"]
    assert opening_pieces("한편 경찰은 사고 원인을 조사하고 있다.")[0] == "한편 경찰은"
    assert opening_pieces("짧은 문장이다.") == ["짧은 문장이다."]  # nothing worth a second piece
    assert opening_pieces("") == []


@given(st.lists(st.sampled_from(["가나다", "라마", "바", "사아자,", ",", ".", "차카타파하", "…", "GPU"]), max_size=30))
def test_opening_pieces_property(words: list[str]) -> None:
    text = " ".join(words).strip()
    pieces = opening_pieces(text)
    assert " ".join(pieces).split() == text.split()
    if pieces != stream_pieces(text):  # else too little follows the opening phrase to split it off
        head = pieces[0]
        assert syllables(head) >= STREAM_OPENING_SYLLABLES or (head[-1] in ",…" and syllables(head) > 1)
        assert syllables(" ".join(head.split()[:-1])) < STREAM_OPENING_SYLLABLES  # the shortest such phrase
        assert all(len(p) >= STREAM_MIN_PIECE_CHARS for p in pieces[1:])


SENTENCES = [HEADLINE, *BODY.replace("다. ", "다.\n").split("\n")]


def test_an_engine_slower_than_real_time_streams_every_sentence_in_pieces() -> None:
    clock = Clock()
    engine = Recorder(clock, rtf=2.0)
    chunks = list(stream_audio(article(), SETTINGS, engine=engine, clock=clock))
    later = [stream_pieces(s) if len(stream_pieces(s)) > 1 else [s] for s in SENTENCES[1:]]
    expected = [opening_pieces(HEADLINE), *later]
    assert engine.calls == expected
    assert len(chunks) == sum(map(len, expected))


def test_a_fast_engine_streams_whole_sentences_once_the_buffer_allows() -> None:
    clock = Clock()
    engine = Recorder(clock, rtf=0.1)
    list(stream_audio(article(), SETTINGS, engine=engine, clock=clock))
    assert engine.calls[0] == opening_pieces(HEADLINE)  # the start is always in pieces
    assert engine.calls[1:] == [[s] for s in SENTENCES[1:]]


def listen(engine: Recorder, clock: Clock) -> tuple[float, list[float]]:
    """When a listener playing at 1x hears the first audio, and how long they wait before each later chunk."""
    waits = []
    playing_until: float | None = None
    for chunk in stream_audio(article(), SETTINGS, engine=engine, clock=clock):
        now = clock.now
        if playing_until is None:
            first = playing_until = now
        else:
            waits.append(max(0.0, now - playing_until))
        playing_until = max(playing_until, now) + chunk.size / SETTINGS.sample_rate
    return first, waits


def test_the_opening_phrase_starts_sooner_and_costs_less_than_it_saves() -> None:
    for rtf in (0.3, 0.6, 0.9):
        clock = Clock()
        engine = Recorder(clock, rtf=rtf, per_char=0.15)
        first, waits = listen(engine, clock)
        assert first == pytest.approx(rtf * len(opening_pieces(HEADLINE)[0]) * engine.per_char)
        if rtf <= 0.6:  # an engine this fast never keeps the listener waiting
            assert max(waits) == 0.0, f"rtf {rtf}: the listener waited {max(waits):.2f} s"
        # every wait together is less than starting with a whole clause-sized piece would cost
        whole_piece = rtf * len(stream_pieces(HEADLINE)[0]) * engine.per_char
        assert first + sum(waits) < whole_piece
        assert max(waits[len(engine.calls[0]) :]) == 0.0  # after the first sentence, no waits


def test_first_chunk_is_lead_in_and_first_piece_only() -> None:
    clock = Clock()
    engine = Recorder(clock)
    first = next(stream_audio(article(), SETTINGS, engine=engine, clock=clock))
    piece = opening_pieces(HEADLINE)[0]
    expected = SETTINGS.lead_in + len(piece) * engine.per_char
    assert first.size / SETTINGS.sample_rate == pytest.approx(expected, abs=0.01)
    lead = round(SETTINGS.lead_in * SETTINGS.sample_rate)
    assert not first[:lead].any() and np.abs(first[lead:]).max() > 0.05
    assert clock.now == pytest.approx(engine.rtf * len(piece) * engine.per_char)


def test_pieces_of_a_sentence_share_one_gain() -> None:
    clock = Clock()
    engine = Recorder(clock)
    settings = dataclasses.replace(SETTINGS, lead_in=0.0, loudness=-30.0)  # quiet enough never to limit
    chunks = list(stream_audio(article(), settings, engine=engine, clock=clock))
    n = len(opening_pieces(HEADLINE))
    gap = round(0.08 * settings.sample_rate)
    levels = [float(np.sqrt(np.mean(np.square(c[gap * (i > 0) :])))) for i, c in enumerate(chunks[:n])]
    # the engine made piece k (k+1) times as loud as the first; one gain keeps those ratios
    assert n > 1
    for k in range(1, n):
        assert levels[k] / levels[0] == pytest.approx(k + 1, rel=0.05)


def test_cached_sentences_come_whole_and_pieces_are_not_cached(tmp_path: Path) -> None:
    settings = dataclasses.replace(SETTINGS, use_cache=True, cache_dir=tmp_path)
    clock = Clock()
    engine = Recorder(clock, rtf=0.1)
    list(stream_audio(article(), settings, engine=engine, clock=clock))
    again = Recorder(clock, rtf=2.0)
    list(stream_audio(article(), settings, engine=again, clock=clock))
    # the sentences made whole come from the cache; the headline, made in pieces, is made again
    assert again.calls == [opening_pieces(HEADLINE)]


def test_an_opening_too_short_to_measure_is_levelled_like_the_rest() -> None:
    clock = Clock()
    engine = Recorder(clock, per_char=0.05)
    settings = dataclasses.replace(SETTINGS, lead_in=0.0, sample_rate=48000)
    first = next(stream_audio(article(), settings, engine=engine, clock=clock))
    assert first.size / settings.sample_rate < 0.4  # below BS.1770's block: cannot be measured alone
    assert settings.loudness is not None
    assert loudness(np.tile(first, 8), settings.sample_rate) == pytest.approx(settings.loudness, abs=0.5)
