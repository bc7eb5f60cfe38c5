"""Timings, pauses and chapters asserted exactly with the silent engine."""

from __future__ import annotations

import dataclasses
import io
import itertools
import sys
from pathlib import Path

import numpy as np
import pytest
from tests.conftest import make_article

import newsread
from newsread.engines.silent import SilentEngine
from newsread.errors import InputError
from newsread.segment import build_script, excerpt
from newsread.settings import Settings
from newsread.types import Article, Block

SR = 44100


def test_sentences_keep_offsets_into_the_article(article: Article) -> None:
    script = newsread.plan(article)
    assert len(script.sentences) == 7
    for s in script.sentences:
        assert article.text[s.start : s.end] == s.text
    assert [s.index for s in script.sentences] == list(range(7))


def test_chapters_are_headline_then_subheadings(article: Article) -> None:
    script = newsread.plan(article)
    assert [c.title for c in script.chapters] == ["정부, 내년 예산 확정", "쟁점은 복지 예산"]
    assert script.chapters[1].first_sentence == 4
    assert script.sentences[4].text == "쟁점은 복지 예산"


def test_pause_kinds_follow_the_structure(article: Article) -> None:
    kinds = [s.pause_before for s in newsread.plan(article).sentences]
    assert kinds == ["none", "section", "sentence", "paragraph", "section", "paragraph", "sentence"]


def test_timings_are_exact_with_silent_engine(article: Article) -> None:
    settings = Settings(loudness=None, use_cache=False)
    ep = newsread.read(article, settings, engine=SilentEngine(seconds=1.0, sample_rate=24000))
    p = {"none": 0.0, "sentence": 0.35, "paragraph": 0.7, "section": 1.1}
    expected_start = settings.lead_in
    for s, t in zip(ep.script.sentences, ep.timings, strict=True):
        if s.index:
            expected_start += p[s.pause_before]
        assert t.start == pytest.approx(expected_start, abs=1 / SR)
        assert t.end - t.start == pytest.approx(1.0, abs=1 / SR)
        expected_start = t.end
    assert ep.duration == pytest.approx(ep.timings[-1].end + settings.lead_in, abs=1 / SR)
    assert len(ep.audio) == round(ep.duration * SR)


def test_chapter_starts_equal_their_first_sentence(article: Article) -> None:
    ep = newsread.read(article, Settings(use_cache=False), engine=SilentEngine(0.5))
    assert ep.chapters[0].start == ep.timings[0].start == Settings().lead_in
    assert ep.chapters[1].start == ep.timings[ep.chapters[1].first_sentence].start
    assert ep.chapters[0].end == ep.chapters[1].start
    assert ep.chapters[-1].end == pytest.approx(ep.duration)


def test_configurable_pauses_change_timings(article: Article) -> None:
    eng = SilentEngine(0.5)
    a = newsread.read(article, Settings(use_cache=False, sentence_pause=0.2), engine=eng)
    b = newsread.read(article, Settings(use_cache=False, sentence_pause=0.9), engine=eng)
    # two sentence pauses in the article
    assert b.duration - a.duration == pytest.approx(2 * 0.7, abs=2 / SR)


_FEED_ITEM = (
    "<item><title>{0}</title><description>&lt;p&gt;{0} 소식을 전한다고 5일 밝혔다.&lt;/p&gt;</description></item>"
)
_FEED = (
    '<?xml version="1.0"?><rss><channel>' + _FEED_ITEM.format("새 도서관") + _FEED_ITEM.format("새 공원") + "</channel>"
)


def test_a_saved_feed_of_several_items_reads_each_story_as_a_chapter(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(_FEED)
    script = newsread.plan(feed, Settings(use_cache=False))
    assert [c.title for c in script.chapters] == ["새 도서관", "새 공원"]
    assert {s.article for s in script.sentences} == {0, 1}


def test_a_saved_feed_piped_through_standard_input_reads_each_story_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(_FEED.encode("utf-8"))))
    script = newsread.plan("-", Settings(use_cache=False))
    assert [c.title for c in script.chapters] == ["새 도서관", "새 공원"]
    assert {s.article for s in script.sentences} == {0, 1}


def test_a_saved_feed_over_the_episode_limit_is_named_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A saved feed of many stories over the limit was named once per story (feed.xml, feed.xml, ...)."""
    import newsread.pipeline

    feed = tmp_path / "feed.xml"
    feed.write_text(_FEED)
    monkeypatch.setattr(newsread.pipeline, "MAX_EPISODE_CHARS", 20)
    with pytest.raises(InputError) as caught:
        newsread.plan(feed, Settings(use_cache=False))
    assert str(caught.value).count("feed.xml") == 1


def test_a_file_too_large_says_its_size_apart_from_the_limit(tmp_path: Path) -> None:
    """A file of 10.5 MB was refused as "10 MB, too large (at most 10 MB)"."""
    from newsread.pipeline import MAX_INPUT_BYTES

    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(MAX_INPUT_BYTES + MAX_INPUT_BYTES // 20)
    with pytest.raises(InputError, match=r"big\.txt is 10\.5 MB, too large .*at most 10 MB"):
        newsread.plan(big, Settings(use_cache=False))


def test_several_articles_make_one_chapter_each(article: Article) -> None:
    other = make_article(("title", "서울 첫눈"), ("paragraph", "서울에 첫눈이 내렸다."))
    ep = newsread.read([article, other], Settings(use_cache=False), engine=SilentEngine(0.5))
    assert [c.title for c in ep.chapters] == ["정부, 내년 예산 확정", "서울 첫눈"]
    first_of_second = next(s for s in ep.script.sentences if s.article == 1)
    assert first_of_second.pause_before == "article"
    assert ep.chapters[1].start == ep.timings[first_of_second.index].start


def test_stream_yields_every_sentence_in_order_with_the_same_timings(article: Article) -> None:
    settings = Settings(use_cache=False, loudness=None)
    eng = SilentEngine(0.5)
    items = list(newsread.stream(article, settings, engine=eng))
    ep = newsread.read(article, settings, engine=eng)
    assert [i.sentence.index for i in items] == list(range(len(ep.timings)))
    assert [i.timing for i in items] == list(ep.timings)


def test_rate_shortens_speech(article: Article) -> None:
    eng = SilentEngine(1.0)
    slow = newsread.read(article, Settings(use_cache=False), engine=eng)
    fast = newsread.read(article, Settings(use_cache=False, rate=2.0), engine=eng)
    speech = lambda ep: sum(t.end - t.start for t in ep.timings)  # noqa: E731
    assert speech(fast) == pytest.approx(speech(slow) / 2, abs=0.01)


def test_byline_is_read_only_on_request() -> None:
    import dataclasses

    art = dataclasses.replace(
        make_article(("title", "제목입니다"), ("paragraph", "본문이 있다.")), byline="홍길동 기자"
    )
    assert all("홍길동" not in s.text for s in newsread.plan(art).sentences)
    assert any("홍길동" in s.text for s in newsread.plan(art, Settings(read_byline=True)).sentences)


def test_loudness_target_and_true_peak() -> None:
    from newsread.assemble import level, loudness, true_peak_db

    rng = np.random.default_rng(0)
    t = np.arange(SR * 3) / SR
    clips = [
        (0.02 * np.sin(2 * np.pi * 220 * t) * (1 + rng.standard_normal(len(t)) * 0.1)).astype(np.float32),
        (0.6 * np.sign(np.sin(2 * np.pi * 3 * t)) * np.sin(2 * np.pi * 440 * t)).astype(np.float32),
    ]
    out = level(clips, SR, -16.0, -1.0)
    whole = np.concatenate(out)
    assert loudness(whole, SR) == pytest.approx(-16.0, abs=1.0)
    assert true_peak_db(whole, SR) <= -1.0


@pytest.mark.parametrize("rate", [22050, 24000, 44100])
def test_loudness_agrees_with_pyloudnorm(rate: int) -> None:
    import pyloudnorm

    from newsread.assemble import loudness

    rng = np.random.default_rng(rate)
    n = rate * 5
    x = (rng.standard_normal(n) * np.abs(np.sin(np.arange(n) / 3000)) * 0.1).astype(np.float32)
    expected = pyloudnorm.Meter(rate).integrated_loudness(x.astype(np.float64))
    assert loudness(x, rate) == pytest.approx(expected, abs=0.01)


def test_limiter_holds_true_peak_on_loud_speech_like_signal() -> None:
    from scipy.signal import butter, sosfilt

    from newsread.assemble import limit, true_peak_db

    rng = np.random.default_rng(3)
    sos = butter(4, 5000, fs=SR, output="sos")  # speech has little energy near Nyquist
    x = (sosfilt(sos, rng.standard_normal(SR * 2)) * 0.15).astype(np.float32)
    x[SR : SR + 400] *= 12.0  # a burst far over the ceiling
    y = limit(x, SR, -1.0)
    assert true_peak_db(y, SR) <= -1.0
    assert np.abs(x).max() > 1.5
    assert np.array_equal(y[: SR // 2], x[: SR // 2])  # far from the burst: untouched


def test_an_article_without_headline_gets_titles_from_its_first_sentence() -> None:
    text = "정부가 내년 예산을 확정했다고 기획재정부가 이십칠 일 오후 세종청사에서 밝혔다. 국회는 심의한다."
    art = Article(text=text, title="", blocks=(Block("paragraph", text, 0, len(text)),))
    script = newsread.plan(art, Settings())
    title = script.chapters[0].title
    assert title and title.endswith("…") and len(title) <= 41
    assert text.startswith(title[:-1])
    assert script.title == title
    assert excerpt("짧은 문장이다.") == "짧은 문장이다."


def test_byline_is_read_without_addresses(article: Article) -> None:
    art = dataclasses.replace(article, byline="홍길동 기자 (hong@example.com) / https://news.example.com/a/1")
    script = newsread.plan(art, Settings(read_byline=True))
    last = script.sentences[-1]
    assert "홍길동 기자" in last.text
    assert "@" not in last.text and "http" not in last.text and "example" not in last.spoken
    plain = newsread.plan(dataclasses.replace(article, byline="hong@example.com"), Settings(read_byline=True))
    assert len(plain.sentences) == len(newsread.plan(article, Settings()).sentences)


@pytest.mark.parametrize(
    ("byline", "read"),
    [
        ("MBN뉴스 홍길동입니다. [hong.gildong@example.com]", "MBN뉴스 홍길동입니다."),
        ("홍길동 기자 <hong@example.com>", "홍길동 기자"),
        ("홍길동 기자 (hong@example.com) / 홍길동 기자", "홍길동 기자"),
        ("홍길동 기자 / 김철수 기자", "홍길동 기자 / 김철수 기자"),
    ],
)
def test_byline_is_read_without_brackets_or_a_repeated_name(article: Article, byline: str, read: str) -> None:
    script = newsread.plan(dataclasses.replace(article, byline=byline), Settings(read_byline=True))
    assert script.sentences[-1].text == read


def test_render_says_when_synthesis_is_done_before_assembling(article: Article) -> None:
    # the CLI frees the engine and Kiwi there, so assembly does not add to their memory
    from newsread.pipeline import render
    from newsread.voices import resolve_voice

    settings = Settings()
    script = newsread.plan(article, settings)
    events: list[str] = []

    class Closing(SilentEngine):
        def synthesize(self, texts, *, rate=1.0):  # type: ignore[no-untyped-def]
            assert "released" not in events
            yield from super().synthesize(texts, rate=rate)

    engine = Closing()
    episode = render(
        script,
        engine,
        resolve_voice(settings),
        settings,
        progress=lambda n, total: events.append(f"{n}/{total}"),
        synthesized=lambda: events.append("released"),
    )
    n = len(script.sentences)
    assert events == [*(f"{i}/{n}" for i in range(1, n + 1)), "released"]
    assert len(episode.timings) == n and episode.duration > 0


def test_cli_frees_the_engine_and_kiwi_before_assembly(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    import newsread.kiwi
    from newsread.cli import app
    from newsread.engines.silent import SilentEngine as Silent

    calls: list[str] = []
    monkeypatch.setattr(Silent, "close", lambda self: calls.append("close"), raising=False)
    monkeypatch.setattr(newsread.kiwi, "release", lambda: calls.append("kiwi"))
    src = tmp_path / "a.txt"
    src.write_text("정부가 예산을 확정했다.\n\n국회는 다음 주에 심의한다.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["read", str(src), "-o", str(tmp_path / "a.mp3"), "--voice", "silent", "-q"])
    assert result.exit_code == 0, result.output
    assert calls == ["close", "kiwi"]
    assert (tmp_path / "a.mp3").stat().st_size > 0


def test_read_closes_the_engine_it_loads_before_assembly(article: Article, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsread.pipeline as pipeline

    events: list[str] = []
    monkeypatch.setattr(SilentEngine, "close", lambda self: events.append("close"), raising=False)
    real_level = pipeline.level

    def level(*args: object, **kwargs: object) -> object:
        events.append("assemble")
        return real_level(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "level", level)
    ep = newsread.read(article, Settings(engine="silent", use_cache=False))
    assert ep.engine == "silent" and len(ep.timings) == 7
    assert events[:2] == ["close", "assemble"]  # freed before the episode is put together

    events.clear()
    newsread.read(article, Settings(use_cache=False), engine=SilentEngine(0.5))
    assert events == ["assemble"]  # an engine the caller passed stays open for the next call


@pytest.mark.parametrize("mark", ["…", "...", "⋯"])
def test_an_ellipsis_in_a_headline_joins_its_phrases(mark: str) -> None:
    headline = f"반도체 수출 회복세{mark}하반기 전망 밝아"
    script = newsread.plan(make_article(("title", headline), ("paragraph", "반도체 수출이 늘었다.")))
    assert [s.text for s in script.sentences] == [headline, "반도체 수출이 늘었다."]
    assert "하반기" in script.sentences[0].spoken and "," in script.sentences[0].spoken
    assert not any(m in script.sentences[0].spoken for m in ("…", "...", "⋯"))
    quoted = f"정부 '규제 풀겠다'{mark} 업계 환영"
    script = newsread.plan(make_article(("title", quoted), ("paragraph", "정부가 규제를 푼다.")))
    assert [s.text for s in script.sentences] == [quoted, "정부가 규제를 푼다."]


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        ('그는 "글쎄요…"라고 말했다.', ['그는 "글쎄요…"라고 말했다.']),
        ('그는 "글쎄요..."라고 말했다.', ['그는 "글쎄요..."라고 말했다.']),
        ("금리 동결...물가는 여전히 불안하다.", ["금리 동결...물가는 여전히 불안하다."]),
        ("그는 한참을 기다렸다… 그러나 아무도 오지 않았다.", ["그는 한참을 기다렸다…", "그러나 아무도 오지 않았다."]),
        ("그는 말을 잇지 못했다... 잠시 뒤 입을 열었다.", ["그는 말을 잇지 못했다...", "잠시 뒤 입을 열었다."]),
        # A quote closed before the ellipsis is a phrase of the sentence, not its end.
        ("정부가 발표했다. '규제 풀겠다'… 업계는 반발했다.", ["정부가 발표했다.", "'규제 풀겠다'… 업계는 반발했다."]),
        ('그는 "규제 풀겠다"... 업계는 반발했다.', ['그는 "규제 풀겠다"... 업계는 반발했다.']),
    ],
)
def test_an_ellipsis_in_the_story_ends_a_sentence_only_after_a_final_ending(
    paragraph: str, sentences: list[str]
) -> None:
    script = newsread.plan(make_article(("title", "제목"), ("paragraph", paragraph)))
    assert [s.text for s in script.sentences][1:] == sentences


def test_an_ellipsis_inside_a_sentence_is_read_as_a_comma() -> None:
    script = newsread.plan(make_article(("title", "제목"), ("paragraph", "금리 동결...물가는 여전히 불안하다.")))
    assert script.sentences[1].spoken == "금리 동결, 물가는 여전히 불안하다."
    script = newsread.plan(make_article(("title", "제목"), ("paragraph", '그는 "글쎄요…"라고 말했다.')))
    assert script.sentences[1].spoken == '그는 "글쎄요…"라고 말했다.'


@pytest.mark.parametrize(
    ("paragraph", "spoken"),
    [
        ("▲ 승리투수 유영찬 ▲ 패전투수 김택연", "승리투수 유영찬, 패전투수 김택연"),
        ("정부는 ▲일자리 ▲물가, ▲주거 등에 집중한다.", "정부는 일자리, 물가, 주거 등에 집중한다."),
        # A market's rise and a single bullet are left to the normalizer.
        ("코스피는 2,650 ▲31.45, 코스닥은 850 ▲3.2였다.", "코스피는 2,650 ▲31.45, 코스닥은 850 ▲3.2였다."),
        ("▲ 시민들이 걷고 있다.", "▲ 시민들이 걷고 있다."),
        # A footnote's mark is not said; a week's count is.
        ("정부는 380조원을 썼다고 한다주1).", "정부는 380조원을 썼다고 한다."),
        ("운동은 주1회 하고 주 52시간 일한다.", "운동은 주1회 하고 주 52시간 일한다."),
    ],
)
def test_marks_for_the_eye_are_said_as_pauses_or_not_at_all(paragraph: str, spoken: str) -> None:
    script = build_script([make_article(("title", "제목"), ("paragraph", paragraph))], lambda s: s)
    assert script.sentences[1].spoken == spoken


@pytest.mark.parametrize(
    ("paragraph", "sentences", "spoken"),
    [
        (
            "[바로잡습니다] 당초 기사에서 매출액을 3조 원으로 표기했으나 2조 원이 맞습니다.",
            ["[바로잡습니다] 당초 기사에서 매출액을 3조 원으로 표기했으나 2조 원이 맞습니다."],
            "바로잡습니다, 당초 기사에서 매출액을 3조 원으로 표기했으나 2조 원이 맞습니다.",
        ),
        (
            "【인터뷰】 김 장관은 말했다. 다음 달 발표한다.",
            ["【인터뷰】 김 장관은 말했다.", "다음 달 발표한다."],
            "인터뷰, 김 장관은 말했다.",
        ),
        # a tag of a whole sentence's length, or one inside the paragraph, is not a label
        (
            "정부가 발표했다. [속보] 지진이 났다.",
            ["정부가 발표했다.", "[속보] 지진이 났다."],
            "정부가 발표했다.",
        ),
    ],
)
def test_a_tag_opening_a_paragraph_is_a_phrase_of_its_sentence(
    paragraph: str, sentences: list[str], spoken: str
) -> None:
    script = build_script([make_article(("title", "제목"), ("paragraph", paragraph))], lambda s: s)
    assert [s.text for s in script.sentences][1:] == sentences
    assert script.sentences[1].spoken == spoken


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        # a source in square brackets is not said, as a photo's credit is not, and leaves no sentence
        (
            "정부가 예산을 확정했다. [연합뉴스] 국회 심의는 다음 달 시작된다.",
            ["정부가 예산을 확정했다.", "국회 심의는 다음 달 시작된다."],
        ),
        (
            "선수들이 훈련하고 있다. [뉴스1] 대표팀은 내일 출국한다.",
            ["선수들이 훈련하고 있다.", "대표팀은 내일 출국한다."],
        ),
        ("주가가 올랐다.[로이터=연합뉴스] 증시는 강세였다.", ["주가가 올랐다.", "증시는 강세였다."]),
        (
            "어민들이 그물을 걷고 있다 [연합뉴스 자료사진] 어획량은 줄었다.",
            ["어민들이 그물을 걷고 있다", "어획량은 줄었다."],
        ),
        ("회견이 끝났다. [AP=연합뉴스]", ["회견이 끝났다."]),
        # ...while a story's tag is said with its sentence
        ("정부가 발표했다. [속보] 지진이 났다.", ["정부가 발표했다.", "[속보] 지진이 났다."]),
    ],
)
def test_a_source_in_brackets_is_not_said(paragraph: str, sentences: list[str]) -> None:
    script = build_script([make_article(("title", "제목"), ("paragraph", paragraph))], newsread.normalize)
    assert [s.text for s in script.sentences][1:] == sentences
    assert all(s.spoken and "[" not in s.spoken for s in script.sentences)
    assert [s.index for s in script.sentences] == list(range(len(script.sentences)))


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        ("환율이 올랐다. 美 연준은 동결했다.", ["환율이 올랐다.", "美 연준은 동결했다."]),
        (
            "환율이 올랐다. 美·中 갈등이 커졌다. 李 대통령은 말했다.",
            ["환율이 올랐다.", "美·中 갈등이 커졌다.", "李 대통령은 말했다."],
        ),
        ("주요 내용은 다음과 같다. ▲ 예산 확대 ▲ 인력 충원", ["주요 내용은 다음과 같다.", "▲ 예산 확대 ▲ 인력 충원"]),
        ("환율이 올랐다. AI 반도체는 늘었다.", ["환율이 올랐다.", "AI 반도체는 늘었다."]),
    ],
)
def test_a_hanja_clipping_or_a_bullet_opens_the_next_sentence(paragraph: str, sentences: list[str]) -> None:
    # Kiwi ends the sentence before with them (환율이 올랐다. 美 | 연준은 동결했다.)
    script = build_script([make_article(("title", "제목"), ("paragraph", paragraph))], lambda s: s)
    assert [s.text for s in script.sentences][1:] == sentences


def test_a_name_in_capitals_glossed_once_is_read_so_in_every_sentence_of_the_story() -> None:
    # 노바(NOVA) in one sentence, NOVA in the next: both the word; a name in capitals the story
    # does not gloss (KTX) keeps its reading, and the next story does not inherit the gloss
    paragraph = "회사는 신형 플럭스(FLUX)를 공개했다. 신형 FLUX 3은 내년에 나온다. KTX도 탄다."
    script = build_script(
        [
            make_article(("title", "제목"), ("paragraph", paragraph)),
            make_article(("title", "제목"), ("paragraph", "신형 FLUX 3을 샀다.")),
        ],
        newsread.normalize,
    )
    spoken = [s.spoken for s in script.sentences]
    assert "신형 플럭스 쓰리는" in spoken[2], spoken
    assert "케이티엑스도" in spoken[3], spoken
    assert "에프엘유엑스" in spoken[5], spoken


def test_a_model_quoted_once_is_the_same_model_in_every_sentence_of_the_story() -> None:
    # 'QV7' in one sentence, QV7은 two sentences on: both said in English; the next story, which
    # writes it only with a particle, keeps the Sino-Korean digit
    paragraph = "회사는 'QV7'을 공개했다. 출시는 내년이다. QV7은 가볍다."
    script = build_script(
        [
            make_article(("title", "제목"), ("paragraph", paragraph)),
            make_article(("title", "제목"), ("paragraph", "QV7은 가볍다.")),
        ],
        newsread.normalize,
    )
    spoken = [s.spoken for s in script.sentences]
    assert "큐브이 세븐은" in spoken[3], spoken
    assert "큐브이 칠은" in spoken[5], spoken


def test_an_unwritable_sentence_cache_is_said_once_and_the_reading_goes_on(
    article: Article, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A cache folder that cannot be made gave one warning per sentence, dozens for an article."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    settings = Settings(voice="silent", cache_dir=blocker / "sentences")
    with caplog.at_level("WARNING", logger="newsread"):
        first = newsread.read(article, settings)
        again = newsread.read(article, settings)
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and "NEWSREAD_CACHE" in warnings[0].getMessage()
    assert len(first.timings) == len(again.timings) == 7


def test_levelling_makes_up_what_the_limiter_takes() -> None:
    """Speech-like audio with strong peaks: one gain to the target and a limiter leave it under the
    target by what the limiter took off; levelling measures again and makes that up."""
    from newsread.assemble import level, limit, loudness, true_peak_db

    rng = np.random.default_rng(1)
    t = np.arange(SR * 4) / SR
    bursts = (np.sin(2 * np.pi * 1.5 * t) > 0.6).astype(np.float32)  # syllable-like bursts
    speech = (0.05 * rng.standard_normal(len(t)) * (0.2 + bursts)).astype(np.float32)
    speech[:: SR // 7] = 0.9  # clicks far above the rest: the limiter has work to do
    clips = [speech[: SR * 2].copy(), speech[SR * 2 :].copy()]

    one_pass = [limit(c * np.float32(10 ** ((-16.0 - loudness(clips, SR)) / 20)), SR, -1.0) for c in clips]
    assert loudness(one_pass, SR) < -16.2  # the shortfall this test is about is there

    out = level(clips, SR, -16.0, -1.0)
    assert loudness(out, SR) == pytest.approx(-16.0, abs=0.1)
    assert true_peak_db(np.concatenate(out), SR) <= -1.0


class _Noise(SilentEngine):
    """Speech-like noise, as long as the text (a loud signal levelled and limited like speech)."""

    name = "noise"

    def synthesize(self, texts, *, rate=1.0):  # type: ignore[no-untyped-def]
        rng = np.random.default_rng(len(texts))
        for text in texts:
            yield (rng.standard_normal(len(text) * 2400) * 0.3).astype(np.float32)

    def cache_key(self) -> str:
        return "noise"


def test_assembling_a_long_reading_holds_its_audio_once() -> None:
    # a long article's render held its clips and then the joined episode beside them: twice the
    # programme (over 6 GB for the longest article); the episode is now the only copy
    import tracemalloc

    from newsread.pipeline import render
    from newsread.voices import resolve_voice

    said = "한빛시가 {}번째 사업 계획을 발표했다. 시의회는 다음 달에 이 계획을 심의한다."
    paragraphs = [("paragraph", said.format(n)) for n in range(30)]
    settings = Settings(use_cache=False)
    script = newsread.plan(make_article(("title", "한빛시 사업 계획"), *paragraphs), settings)
    tracemalloc.start()
    try:
        episode = render(script, _Noise(), resolve_voice(settings), settings)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert episode.duration > 150
    assert peak < 1.5 * episode.audio.nbytes


def test_the_episode_is_levelled_in_place_as_clip_by_clip() -> None:
    from newsread.assemble import level

    rng = np.random.default_rng(3)
    clips = [(rng.standard_normal(n) * 0.5).astype(np.float32) for n in (30_000, 0, 52_000, 9_000)]
    whole = np.concatenate(clips)
    bounds = np.cumsum([0, *(len(c) for c in clips)])
    views = [whole[a:b] for a, b in itertools.pairwise(bounds)]
    copies = level([c.copy() for c in clips], SR, -16.0, -1.0)
    level(views, SR, -16.0, -1.0, in_place=True)
    assert np.array_equal(whole, np.concatenate(copies))
