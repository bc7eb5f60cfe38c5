"""A stream from a cold start says its first phrase before Kiwi is ready, then the rest once."""

from __future__ import annotations

import dataclasses
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

import newsread.kiwi
import newsread.pipeline as pipeline
from conftest import make_article
from newsread import engines
from newsread.engines.base import Engine, EngineIdentity, Voice
from newsread.errors import VoiceError
from newsread.kiwi import morphology
from newsread.pipeline import plan, stream_audio, stream_pieces
from newsread.settings import Settings
from newsread.types import Article, Audio

HEADLINE = "서울시, 내년부터 심야버스 노선을 스무 개로 확대"
BODY = "서울시는 심야버스 노선을 열네 개에서 스무 개로 늘린다고 밝혔다. 첫차는 새벽에 다닌다."


def article() -> Article:
    return make_article(("title", HEADLINE), ("paragraph", BODY))


class Recorder(Engine):
    """A tone as long as its text; records each call's texts and whether Kiwi was in use."""

    name = "cold-recorder"
    max_chars = 10_000
    sample_rate = 24000

    def __init__(self) -> None:
        self.calls: list[tuple[list[str], bool]] = []
        self.kiwi_built: list[bool] = []

    def synthesize(self, texts: Sequence[str], *, rate: float = 1.0) -> Iterator[Audio]:
        self.calls.append((list(texts), morphology()))
        self.kiwi_built.append(newsread.kiwi._build.cache_info().currsize > 0)
        for text in texts:
            n = round(len(text) * 0.05 * self.sample_rate)
            yield np.full(n, 0.1, dtype=np.float32)

    def cache_key(self) -> str:
        return "cold-recorder"


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Recorder]]:
    """Registers the engine ``cold-recorder``; the list holds each engine it loads."""
    loaded: list[Recorder] = []

    def load(voice: Voice, device: str = "auto") -> Recorder:
        if voice.model == "missing":
            raise VoiceError("no such model: give --model a folder that exists")
        loaded.append(Recorder())
        return loaded[-1]

    module = ModuleType("cold_recorder_engine")
    module.load = load  # type: ignore[attr-defined]
    module.identity = lambda voice: EngineIdentity("cold-recorder", 24000, 10_000, "cold-recorder")  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cold_recorder_engine", module)
    monkeypatch.setitem(engines.ENGINES, "cold-recorder", "cold_recorder_engine")
    yield loaded


SETTINGS = Settings(engine="cold-recorder", use_cache=False, sample_rate=24000)


def spoken_texts(engine: Recorder) -> list[str]:
    return [text for texts, _ in engine.calls for text in texts]


def test_the_first_phrase_is_said_before_the_plan_is_made(
    recorder: list[Recorder], monkeypatch: pytest.MonkeyPatch
) -> None:
    planned = threading.Event()
    real_plan = pipeline.plan

    def watched_plan(*args: object, **kwargs: object) -> object:
        result = real_plan(*args, **kwargs)  # type: ignore[arg-type]
        planned.set()
        return result

    monkeypatch.setattr(pipeline, "plan", watched_plan)
    newsread.kiwi.release()
    stream = stream_audio(article(), SETTINGS)
    first = next(stream)
    assert not planned.is_set()  # the listener has audio before Kiwi has analysed anything
    [engine] = recorder
    [(texts, with_kiwi)] = engine.calls
    assert texts == [pipeline._first_phrase([article()], SETTINGS)]
    assert not with_kiwi  # phonemized without morphology
    assert engine.kiwi_built == [False]  # and said before Kiwi was built (it would hold Python)
    lead = round(SETTINGS.lead_in * SETTINGS.sample_rate)
    assert not first[:lead].any() and first[lead:].any()
    rest = list(stream)
    assert planned.is_set() and rest
    assert all(with_kiwi for _, with_kiwi in engine.calls[1:])


def test_every_word_is_said_once_and_in_order(recorder: list[Recorder]) -> None:
    chunks = list(stream_audio(article(), SETTINGS))
    [engine] = recorder
    script = plan(article(), SETTINGS)
    said = spoken_texts(engine)
    opening = said[0]
    first = script.sentences[0].spoken
    assert first.startswith(opening + " ") and opening != first
    n = 1 + len(stream_pieces(first[len(opening) + 1 :]))
    assert " ".join(said[:n]) == first  # the first sentence, the opening phrase not repeated
    assert said[n:] == [s.spoken for s in script.sentences[1:]] or " ".join(said[n:]) == " ".join(
        s.spoken for s in script.sentences[1:]
    )
    assert len(chunks) == len(said)


def test_the_rest_of_the_first_sentence_follows_after_a_piece_gap(recorder: list[Recorder]) -> None:
    stream = stream_audio(article(), SETTINGS)
    next(stream)
    second = next(stream)
    gap = round(pipeline.PIECE_GAP * SETTINGS.sample_rate)
    assert not second[:gap].any() and second[gap:].any()


def test_a_plan_that_starts_otherwise_reads_its_first_sentence_whole(
    recorder: list[Recorder], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "_first_phrase", lambda articles, settings: "심야버스는")
    list(stream_audio(article(), SETTINGS))
    [engine] = recorder
    said = spoken_texts(engine)
    first = plan(article(), SETTINGS).sentences[0].spoken
    assert said[0] == "심야버스는"
    assert " ".join(said[1 : 1 + len(stream_pieces(first))]) == first


def test_a_phrase_that_is_the_whole_first_sentence_is_not_said_again(
    recorder: list[Recorder], monkeypatch: pytest.MonkeyPatch
) -> None:
    art = make_article(("title", "속보, 서울시"), ("paragraph", BODY))
    monkeypatch.setattr(pipeline, "_first_phrase", lambda articles, settings: "속보, 서울시")
    list(stream_audio(art, SETTINGS))
    said = spoken_texts(recorder[0])
    assert said.count("속보, 서울시") == 1
    assert " ".join(said[1:]).startswith("서울시는 심야버스")


def test_a_first_sentence_of_one_phrase_or_a_guess_past_its_end_takes_the_usual_path(
    recorder: list[Recorder],
) -> None:
    settings = SETTINGS
    short = make_article(("title", "심야버스 확대"), ("paragraph", BODY))
    ended = make_article(("paragraph", "속보. 서울시가 심야버스를 늘린다."))
    for art in (short, ended):
        assert pipeline._first_phrase([art], settings) is None
    assert pipeline._first_phrase([article()], settings) == "서울시,"
    list(stream_audio(short, settings))
    assert all(with_kiwi for _, with_kiwi in recorder[-1].calls)


def test_a_failed_load_is_reported_and_nothing_is_planned(
    recorder: list[Recorder], monkeypatch: pytest.MonkeyPatch
) -> None:
    planned: list[object] = []
    monkeypatch.setattr(pipeline, "plan", lambda *a, **k: planned.append(a))
    settings = dataclasses.replace(SETTINGS, model=Path("missing"))
    with pytest.raises(VoiceError, match="no such model"):
        next(stream_audio(article(), settings))
    assert not planned and not recorder


def test_a_fully_cached_stream_loads_no_engine(recorder: list[Recorder], tmp_path: Path) -> None:
    settings = dataclasses.replace(SETTINGS, use_cache=True, cache_dir=tmp_path)
    first = list(stream_audio(article(), settings))
    # a render caches every sentence whole; a stream caches only what it made whole
    from newsread.pipeline import plan_and_open, render

    script, voice, engine = plan_and_open(article(), settings)
    render(script, engine, voice, settings)
    loaded = len(recorder)
    again = list(stream_audio(article(), settings))
    assert len(recorder) == loaded  # nothing was loaded: every sentence came from the cache
    assert sum(map(len, again)) > 0 and first


def test_the_first_phrase_reads_a_name_as_the_story_glosses_it() -> None:
    # a name in capitals glossed in the body (아크(ARC)) is heard so in the headline's first phrase,
    # as the plan reads the whole first sentence
    for title, body in (
        ("신형 ARC 7 공개, 한빛전자 차세대 칩 경쟁 본격화", "한빛전자는 아크(ARC) 7을 공개했다. 출시는 내년이다."),
        ("한빛전자 NOVA 3 출시, 내년 초 국내 판매 시작", "노바(NOVA) 3은 한빛전자의 새 칩이다."),
    ):
        art = make_article(("title", title), ("paragraph", body))
        phrase = pipeline._first_phrase([art], SETTINGS)
        first = plan(art, SETTINGS).sentences[0].spoken
        assert phrase is not None
        assert first.startswith(phrase), (phrase, first)
