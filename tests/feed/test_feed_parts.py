"""Slugs, dates, WebVTT timestamps: the small pieces."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsread.feed
from newsread.engines.silent import SilentEngine
from newsread.feed.dates import KST, parse_date
from newsread.feed.slug import episode_slug, slugify
from newsread.settings import Settings

from .conftest import BASE, parse_feed, text_of

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@given(st.text(max_size=200), st.text(max_size=80))
def test_slugs_are_url_and_filesystem_safe(identity: str, stem: str) -> None:
    slug = episode_slug(identity, stem, taken=set())
    assert SLUG.match(slug), slug
    assert len(slug) <= 60
    episodes = Path("/site/episodes")
    assert (episodes / f"{slug}.mp3").resolve().parent == episodes


def test_slug_examples() -> None:
    assert slugify("Hello, World!") == "hello-world"
    assert slugify("2024-05-01_economy news") == "2024-05-01-economy-news"
    assert slugify("Café") == "cafe"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("반도체 수출") == ""
    assert episode_slug("../.txt", "..", set()).startswith("episode-")
    assert episode_slug("con.txt", "con", set()).startswith("con-")


def test_slugs_never_collide_and_do_not_depend_on_the_order() -> None:
    a = episode_slug("a b.txt", "a b", set())
    b = episode_slug("a-b.txt", "a-b", {a})
    c = episode_slug("a_b.txt", "a_b", {a, b})
    assert len({a, b, c}) == 3
    assert b == episode_slug("a-b.txt", "a-b", {a, "other"})
    korean = [episode_slug(f"{n}.txt", n, set()) for n in ("반도체", "국회", "음악회")]
    assert len(set(korean)) == 3


def test_hostile_titles_and_names_stay_inside_the_site(
    tmp_path: Path, settings: Settings, engine: SilentEngine
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    hostile = "../../../../ 경로를 벗어나려는 제목\n\n경로 밖으로 나가려는 제목이다.\n"
    (folder / "\\..\\..\\.txt").write_text(hostile, encoding="utf-8")
    (folder / "%2e%2e%2f..txt").write_text("/etc/passwd 슬래시 제목\n\n슬래시가 든 제목이다.\n", encoding="utf-8")
    (folder / "기사 제목.txt").write_text("한글 파일 이름\n\n한글 이름의 파일이다.\n", encoding="utf-8")
    site = tmp_path / "deep" / "site"
    result = newsread.feed.build(folder, site, BASE, settings=settings, engine=engine)
    assert result.ok and result.episodes == 3
    written = [p for p in tmp_path.rglob("*") if p.is_file() and not p.is_relative_to(folder)]
    written = [p for p in written if not p.is_relative_to(settings.cache_dir or tmp_path)]
    assert written and all(p.resolve().is_relative_to(site.resolve()) for p in written)
    for item in parse_feed(site / "feed.xml").findall("item"):
        enclosure = item.find("enclosure")
        assert enclosure is not None
        name = enclosure.get("url", "")[len(BASE + "episodes/") :]
        assert SLUG.match(name.removesuffix(".mp3"))
    titles = {text_of(i, "title") for i in parse_feed(site / "feed.xml").findall("item")}
    assert "../../../../ 경로를 벗어나려는 제목" in titles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-01", datetime(2024, 5, 1, tzinfo=KST)),
        ("2024-05-01T09:30:00+00:00", datetime(2024, 5, 1, 9, 30, tzinfo=UTC)),
        ("2024-05-01T09:30:00Z", datetime(2024, 5, 1, 9, 30, tzinfo=UTC)),
        ("2024.05.01 09:30", datetime(2024, 5, 1, 9, 30, tzinfo=KST)),
        ("2024. 5. 1.", datetime(2024, 5, 1, tzinfo=KST)),
        ("2024년 5월 1일 오후 3:20", datetime(2024, 5, 1, 15, 20, tzinfo=KST)),
        ("2024년 5월 1일 오전 12:05", datetime(2024, 5, 1, 0, 5, tzinfo=KST)),
        ("어제", None),
        ("2024.13.01", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(text: str | None, expected: datetime | None) -> None:
    assert parse_date(text) == expected


def test_a_feed_of_one_episode_is_summed_up_in_the_singular() -> None:
    """A feed of one article was summed up as "1 episodes"."""
    from newsread.feed.builder import FeedResult

    result = FeedResult(feed=Path("feed.xml"), episodes=1, new=("a",))
    assert result.summary().startswith("1 episode: 1 new")


def test_a_long_description_without_sentence_ends_is_cut_at_a_word() -> None:
    from newsread.feed.rss import description_text

    words = " ".join(["사회간접자본"] * 400)  # 19 bytes a word and a space: 7,599 bytes
    text = description_text(words)
    assert len(text.encode("utf-8")) <= 4000 and text.endswith("사회간접자본…")
    assert words.startswith(text.removesuffix("…"))
    assert description_text("짧은 설명.") == "짧은 설명."
    assert len(description_text("가" * 3000).encode("utf-8")) <= 4000
