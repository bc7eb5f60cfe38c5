"""Re-runs: nothing changed renders nothing; an edit re-renders one episode; removals leave the feed."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

import newsread.feed
from newsread.engines.silent import SilentEngine
from newsread.feed import render as render_module
from newsread.settings import Settings

from .conftest import ARTICLES, BASE, attr_of, parse_feed, text_of


def _build(articles: Path, site: Path, settings: Settings, engine: SilentEngine, **kw: Any) -> newsread.feed.FeedResult:
    return newsread.feed.build(articles, site, BASE, settings=settings, engine=engine, jobs=1, **kw)


def _guids(site: Path) -> dict[str, str]:
    return {text_of(i, "title"): text_of(i, "guid") for i in parse_feed(site / "feed.xml").findall("item")}


def _pub_dates(site: Path) -> dict[str, str]:
    return {text_of(i, "guid"): text_of(i, "pubDate") for i in parse_feed(site / "feed.xml").findall("item")}


def _cache_entries(settings: Settings) -> int:
    assert settings.cache_dir is not None
    return len(list(settings.cache_dir.rglob("*.npy")))


def test_unchanged_run_renders_nothing_and_is_fast(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    _build(articles, site, settings, engine)
    before = (site / "feed.xml").read_bytes()
    mtimes = {p.name: p.stat().st_mtime_ns for p in (site / "episodes").iterdir()}

    def boom(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("nothing should be rendered")

    monkeypatch.setattr(render_module, "render_one", boom)
    t0 = time.perf_counter()
    result = _build(articles, site, settings, engine)
    elapsed = time.perf_counter() - t0
    assert elapsed < 2.0
    assert (result.new, result.changed, result.removed) == ((), (), ())
    assert sorted(result.unchanged) == sorted(ARTICLES)
    assert not result.feed_written
    assert (site / "feed.xml").read_bytes() == before
    assert {p.name: p.stat().st_mtime_ns for p in (site / "episodes").iterdir()} == mtimes


def test_edit_rerenders_one_episode_and_only_its_changed_sentence(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine
) -> None:
    _build(articles, site, settings, engine)
    guids = _guids(site)
    dates = _pub_dates(site)
    cached = _cache_entries(settings)
    mtimes = {p.name: p.stat().st_mtime_ns for p in (site / "episodes").iterdir()}
    path = articles / "politics.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("결국 합의에 이르렀다.", "결국 새벽에 합의했다."), "utf-8")

    result = _build(articles, site, settings, engine)
    assert result.changed == ("politics.txt",)
    assert result.new == () and sorted(result.unchanged) == ["culture.txt", "economy.txt"]
    assert _cache_entries(settings) == cached + 1  # one new sentence synthesized
    after = {p.name: p.stat().st_mtime_ns for p in (site / "episodes").iterdir()}
    for name, mtime in mtimes.items():
        assert (after[name] != mtime) == name.startswith("politics"), name
    assert _guids(site) == guids
    assert _pub_dates(site) == dates  # an edit is not a new episode
    vtt = (site / "episodes" / "politics.vtt").read_text(encoding="utf-8")
    assert "결국 새벽에 합의했다." in vtt


def test_guids_and_slugs_are_stable_across_runs_and_title_edits(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine
) -> None:
    _build(articles, site, settings, engine)
    first = {text_of(i, "guid"): attr_of(i, "enclosure", "url") for i in parse_feed(site / "feed.xml").findall("item")}
    path = articles / "culture.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("가을 음악회 열려", "가을 음악회 성황"), "utf-8")
    _build(articles, site, settings, engine)
    items = parse_feed(site / "feed.xml").findall("item")
    assert {text_of(i, "guid"): attr_of(i, "enclosure", "url") for i in items} == first
    assert "가을 음악회 성황" in {text_of(i, "title") for i in items}


def test_settings_change_rerenders_everything(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine
) -> None:
    import dataclasses

    _build(articles, site, settings, engine)
    result = _build(articles, site, dataclasses.replace(settings, rate=1.25), engine)
    assert sorted(result.changed) == sorted(ARTICLES)


def test_removed_article_leaves_the_feed_and_its_files(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine
) -> None:
    _build(articles, site, settings, engine)
    (articles / "culture.txt").unlink()
    result = _build(articles, site, settings, engine)
    assert result.removed == ("culture.txt",)
    assert result.episodes == 2
    assert "가을 음악회 열려" not in _guids(site)
    assert not list((site / "episodes").glob("culture.*"))
    again = _build(articles, site, settings, engine)
    assert again.removed == ()


def test_keep_removed_keeps_the_files_but_not_the_item(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine
) -> None:
    _build(articles, site, settings, engine)
    guid = _guids(site)["가을 음악회 열려"]
    (articles / "culture.txt").unlink()
    result = _build(articles, site, settings, engine, keep_removed=True)
    assert result.removed == ("culture.txt",)
    assert "가을 음악회 열려" not in _guids(site)
    assert sorted(p.name for p in (site / "episodes").glob("culture.*")) == [
        "culture.chapters.json",
        "culture.mp3",
        "culture.transcript.json",
        "culture.vtt",
    ]
    (articles / "culture.txt").write_text(ARTICLES["culture.txt"], encoding="utf-8")
    back = _build(articles, site, settings, engine)
    assert back.new == ("culture.txt",)
    assert _guids(site)["가을 음악회 열려"] == guid


def test_newest_first(articles: Path, site: Path, settings: Settings, engine: SilentEngine) -> None:
    _build(articles, site, settings, engine)
    time.sleep(1.1)  # first-render times have a resolution of one second
    (articles / "later.txt").write_text("나중에 온 기사\n\n새 소식이 들어왔다.\n", encoding="utf-8")
    _build(articles, site, settings, engine)
    items = parse_feed(site / "feed.xml").findall("item")
    assert text_of(items[0], "title") == "나중에 온 기사"
    from email.utils import parsedate_to_datetime

    dates = [parsedate_to_datetime(text_of(i, "pubDate")) for i in items]
    assert dates == sorted(dates, reverse=True)


def test_article_date_is_the_pub_date(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses
    from email.utils import parsedate_to_datetime

    from newsread import ingest

    real = ingest.load_all
    dates = {"economy.txt": "2024-05-01 09:30", "politics.txt": "2024-05-03T08:00:00+09:00"}

    def dated(source: Any, **kw: Any) -> Any:
        return [dataclasses.replace(article, date=dates.get(Path(source).name)) for article in real(source, **kw)]

    monkeypatch.setattr(ingest, "load_all", dated)
    _build(articles, site, settings, engine)
    items = parse_feed(site / "feed.xml").findall("item")
    by_title = {text_of(i, "title"): parsedate_to_datetime(text_of(i, "pubDate")) for i in items}
    assert by_title["반도체 수출 3개월 연속 증가"].isoformat() == "2024-05-01T09:30:00+09:00"
    assert by_title["국회, 내년 예산안 처리"].isoformat() == "2024-05-03T08:00:00+09:00"
    # undated (rendered now) first, then the two dated ones, newest first
    assert [text_of(i, "title") for i in items] == [
        "가을 음악회 열려",
        "국회, 내년 예산안 처리",
        "반도체 수출 3개월 연속 증가",
    ]


def test_crash_mid_run_leaves_the_previous_feed_and_resumes(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    _build(articles, site, settings, engine)
    feed_before = (site / "feed.xml").read_bytes()
    files_before = {p.name: p.read_bytes() for p in (site / "episodes").iterdir()}
    for name in ("economy.txt", "politics.txt"):
        path = articles / name
        path.write_text(path.read_text(encoding="utf-8") + "\n추가된 문단이다.\n", encoding="utf-8")
    (articles / "new.txt").write_text("새 기사\n\n새 문단이다.\n", encoding="utf-8")

    real = render_module.render_one
    calls: list[str] = []

    def crash_on_second(job: Any, *a: Any) -> Any:
        calls.append(job.rel)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(job, *a)

    monkeypatch.setattr(render_module, "render_one", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        _build(articles, site, settings, engine)
    assert (site / "feed.xml").read_bytes() == feed_before
    assert {p.name: p.read_bytes() for p in (site / "episodes").iterdir()} == files_before
    for item in parse_feed(site / "feed.xml").findall("item"):
        enclosure = item.find("enclosure")
        assert enclosure is not None
        mp3 = site / enclosure.get("url", "")[len(BASE) :]
        assert mp3.stat().st_size == int(enclosure.get("length", "-1"))

    calls.clear()
    monkeypatch.setattr(render_module, "render_one", lambda job, *a: calls.append(job.rel) or real(job, *a))
    result = _build(articles, site, settings, engine)
    assert result.ok and result.episodes == 4
    assert sorted(result.changed) == ["economy.txt", "politics.txt"] and result.new == ("new.txt",)
    assert len(calls) == 2  # the episode staged before the crash was not rendered again
    assert not (site / ".staging").exists()


def test_parallel_build_matches_serial(
    articles: Path, tmp_path: Path, settings: Settings, engine: SilentEngine
) -> None:
    serial = newsread.feed.build(articles, tmp_path / "a", BASE, settings=settings, engine=engine, jobs=1)
    parallel = newsread.feed.build(articles, tmp_path / "b", BASE, settings=settings, engine=engine, jobs=2)
    assert sorted(parallel.new) == sorted(serial.new) == sorted(ARTICLES)
    for mp3 in (tmp_path / "a" / "episodes").glob("*"):
        assert (tmp_path / "b" / "episodes" / mp3.name).read_bytes() == mp3.read_bytes()


def test_a_damaged_manifest_means_a_full_rebuild_with_the_same_guids(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine, caplog: pytest.LogCaptureFixture
) -> None:
    _build(articles, site, settings, engine)
    guids = _guids(site)
    (site / ".newsread-feed.json").write_text("{not json", encoding="utf-8")
    with caplog.at_level("WARNING", logger="newsread"):
        result = _build(articles, site, settings, engine)
    assert "cannot be used" in caplog.text
    assert sorted(result.new) == sorted(ARTICLES)
    assert _guids(site) == guids  # GUIDs derive from the feed URL and the article's name, not from state


def test_editing_the_lexicon_rerenders(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine, tmp_path: Path
) -> None:
    import dataclasses

    lexicon = tmp_path / "lexicon.tsv"
    lexicon.write_text("반도체\t반 도 체\n", encoding="utf-8")
    with_lexicon = dataclasses.replace(settings, lexicon=lexicon)
    _build(articles, site, with_lexicon, engine)
    assert _build(articles, site, with_lexicon, engine).changed == ()
    lexicon.write_text("국회\t국 회\n", encoding="utf-8")
    assert sorted(_build(articles, site, with_lexicon, engine).changed) == sorted(ARTICLES)


def test_dateline_of_the_article_is_its_pub_date(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine
) -> None:
    from email.utils import parsedate_to_datetime

    (articles / "dated.txt").write_text(
        "정부, 내년 예산 확정\n\n입력 2025.10.29 14:30\n\n정부가 내년 예산을 확정했다.\n", encoding="utf-8"
    )
    _build(articles, site, settings, engine)
    items = parse_feed(site / "feed.xml").findall("item")
    by_title = {text_of(i, "title"): text_of(i, "pubDate") for i in items}
    assert parsedate_to_datetime(by_title["정부, 내년 예산 확정"]).date().isoformat() == "2025-10-29"
    assert text_of(items[-1], "title") == "정부, 내년 예산 확정"  # the oldest comes last
