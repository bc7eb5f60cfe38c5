"""Bad input: empty folders, unreadable articles, missing base URLs, unknown config keys."""

from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path

import pytest

import newsread.feed
from newsread.engines.silent import SilentEngine
from newsread.errors import InputError, OutputError
from newsread.feed.builder import find_articles
from newsread.feed.config import check_base_url, load_config
from newsread.settings import Settings

from .conftest import ARTICLES, BASE, NS, attr_of, local, parse_feed, text_of


def test_empty_folder_gives_a_valid_empty_feed_and_a_warning(
    tmp_path: Path, site: Path, settings: Settings, engine: SilentEngine, caplog: pytest.LogCaptureFixture
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with caplog.at_level(logging.WARNING, logger="newsread"):
        result = newsread.feed.build(empty, site, BASE, settings=settings, engine=engine)
    assert result.ok and result.episodes == 0
    assert any("no articles" in r.getMessage() for r in caplog.records)
    channel = parse_feed(site / "feed.xml")
    assert channel.findall("item") == []
    assert text_of(channel, "title") == "empty"


def test_unreadable_files_are_skipped_with_a_reason_and_the_rest_rendered(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine, caplog: pytest.LogCaptureFixture
) -> None:
    (articles / "binary.txt").write_bytes(b"\x00\x01\x02garbage\x00")
    (articles / "empty.txt").write_bytes(b"   \n")
    (articles / "english.html").write_text("<p>No Korean here at all.</p>", encoding="utf-8")
    (articles / "notes.md").write_text("무시되는 파일", encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="newsread"):
        result = newsread.feed.build(articles, site, BASE, settings=settings, engine=engine, jobs=1)
    assert not result.ok
    assert sorted(name for name, _ in result.failed) == ["binary.txt", "empty.txt", "english.html"]
    for name, reason in result.failed:
        assert reason and "\n" not in reason
        assert any(r.getMessage().startswith(f"{name} skipped: ") for r in caplog.records)
    assert result.episodes == 3
    assert len(parse_feed(site / "feed.xml").findall("item")) == 3


def test_a_failed_edit_keeps_the_published_episode(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine
) -> None:
    newsread.feed.build(articles, site, BASE, settings=settings, engine=engine)
    (articles / "culture.txt").write_bytes(b"\x00broken\x00")
    result = newsread.feed.build(articles, site, BASE, settings=settings, engine=engine)
    assert [name for name, _ in result.failed] == ["culture.txt"]
    assert result.removed == ()
    assert "가을 음악회 열려" in {text_of(i, "title") for i in parse_feed(site / "feed.xml").findall("item")}


@pytest.mark.parametrize("url", [None, "", "   "])
def test_missing_base_url_is_a_clear_error(articles: Path, site: Path, settings: Settings, url: str | None) -> None:
    with pytest.raises(InputError, match="no base URL: pass --base-url"):
        newsread.feed.build(articles, site, url, settings=settings)
    assert not site.exists()


@pytest.mark.parametrize(
    "url", ["example.com/pod", "ftp://example.com/pod/", "https://", "/pod/", "https://x.org/a?b=1"]
)
def test_invalid_base_url_is_a_clear_error(url: str) -> None:
    with pytest.raises(InputError, match="is not an absolute http"):
        check_base_url(url)


def test_base_url_gets_a_trailing_slash() -> None:
    assert check_base_url("https://example.com/pod") == "https://example.com/pod/"
    assert check_base_url("https://example.com/pod/") == "https://example.com/pod/"


def test_a_base_url_with_korean_in_it_gives_ascii_addresses(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine
) -> None:
    """A base URL with a Korean folder or host name reached every enclosure, transcript and
    chapters address as is, where feed readers and Apple Podcasts take only ASCII URLs."""
    assert (
        check_base_url("https://예시.한국/팟캐스트")
        == "https://xn--vv4b11d.xn--3e0b707e/%ED%8C%9F%EC%BA%90%EC%8A%A4%ED%8A%B8/"
    )
    assert (
        check_base_url("https://Bücher.example:8443/뉴스/") == "https://xn--bcher-kva.example:8443/%EB%89%B4%EC%8A%A4/"
    )
    assert check_base_url("https://example.com/a%20b/") == "https://example.com/a%20b/"
    result = newsread.feed.build(articles, site, "https://example.com/팟캐스트/", settings=settings, engine=engine)
    channel = parse_feed(result.feed)
    urls = [attr_of(channel, "atom:link", "href")]
    for item in channel.findall("item"):
        urls.append(attr_of(item, "enclosure", "url"))
        urls += [t.get("url", "") for t in item.findall("podcast:transcript", NS)]
    assert len(urls) == 1 + 3 * 3
    assert all(u.isascii() and u.startswith("https://example.com/%ED%8C%9F%EC%BA%90%EC%8A%A4%ED%8A%B8/") for u in urls)


def test_base_url_from_feed_toml(articles: Path, site: Path, settings: Settings, engine: SilentEngine) -> None:
    (articles / "feed.toml").write_text('base_url = "https://cdn.example.org/news"\ntitle = "뉴스"\n', "utf-8")
    result = newsread.feed.build(articles, site, None, settings=settings, engine=engine)
    channel = parse_feed(result.feed)
    assert text_of(channel, "title") == "뉴스"
    enclosure = channel.find("item/enclosure")
    assert enclosure is not None
    assert enclosure.get("url", "").startswith("https://cdn.example.org/news/episodes/")


def test_unknown_config_key_is_named(articles: Path, site: Path, settings: Settings) -> None:
    (articles / "feed.toml").write_text('title = "뉴스"\nexplicitt = true\n', encoding="utf-8")
    with pytest.raises(InputError, match="unknown key 'explicitt'"):
        newsread.feed.build(articles, site, BASE, settings=settings)


def test_config_type_errors_and_bad_toml(tmp_path: Path) -> None:
    path = tmp_path / "feed.toml"
    path.write_text("explicit = 'no'\n", encoding="utf-8")
    with pytest.raises(InputError, match="explicit must be a true/false"):
        load_config(path)
    path.write_text('locked = "yes"\n', encoding="utf-8")
    with pytest.raises(InputError, match="locked must be a true/false"):
        load_config(path)
    path.write_text("title = [1, 2]\n", encoding="utf-8")
    with pytest.raises(InputError, match="title must be a string"):
        load_config(path)
    path.write_text("title = \n", encoding="utf-8")
    with pytest.raises(InputError, match="cannot be read as TOML"):
        load_config(path)
    with pytest.raises(InputError, match="unknown key 'colour'"):
        load_config(None, colour="red")


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ('category = "뉴스"', "'뉴스' is not an Apple Podcasts category: use one of Arts, "),
        ('category = "news"', "did you mean 'News'"),
        ('category = "News"\nsubcategory = "Economy"', "'Economy' is not one of 'News'"),
        ('category = "History"\nsubcategory = "Korea"', "has no subcategories"),
        ('language = "korean"', "'korean' is not a language tag"),
        ('language = "한국어"', "'한국어' is not a language tag"),
    ],
)
def test_a_category_apple_does_not_list_or_a_language_name_is_refused(tmp_path: Path, lines: str, message: str) -> None:
    """Apple Podcasts refuses a feed whose itunes:category is not on its list, and RSS wants a
    language code: both went into the feed as given, found out only when the show was submitted."""
    path = tmp_path / "feed.toml"
    path.write_text(lines + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(message)) as info:
        load_config(path)
    assert str(path) in str(info.value)


def test_language_tags_with_a_region_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "feed.toml"
    path.write_text('language = "ko-KR"\n', encoding="utf-8")
    assert load_config(path).language == "ko-KR"


def test_options_override_the_file(tmp_path: Path) -> None:
    path = tmp_path / "feed.toml"
    path.write_text('title = "파일"\nauthor = "파일 저자"\nvoice = "silent"\n', encoding="utf-8")
    cfg = load_config(path, title="옵션", author=None)
    assert (cfg.title, cfg.author, cfg.voice, cfg.language) == ("옵션", "파일 저자", "silent", "ko")


def test_missing_articles_folder(tmp_path: Path, settings: Settings) -> None:
    with pytest.raises(InputError, match="is not a folder"):
        newsread.feed.build(tmp_path / "nope", tmp_path / "site", BASE, settings=settings)


@pytest.mark.parametrize(
    ("image", "error"), [("missing.png", "does not exist"), ("cover.gif", "must be a .jpg or .png")]
)
def test_a_bad_cover_image_is_refused_before_any_article_is_rendered(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine, image: str, error: str
) -> None:
    """A cover named in feed.toml that is missing was found out only after every article had been
    synthesized (minutes each), its episodes left half-published without a feed."""
    from newsread.feed import FeedConfig

    (articles / "cover.gif").write_bytes(b"GIF89a")
    with pytest.raises(InputError, match=rf"cover image .*{re.escape(image)} {error}"):
        newsread.feed.build(articles, site, BASE, config=FeedConfig(image=image), settings=settings, engine=engine)
    assert not list(site.rglob("*.mp3"))


def test_a_second_build_on_the_same_site_is_refused(articles: Path, site: Path, settings: Settings) -> None:
    import fcntl

    site.mkdir()
    with (site / ".newsread-feed.lock").open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        with pytest.raises(OutputError, match="another feed build is running"):
            newsread.feed.build(articles, site, BASE, settings=settings)


def test_unknown_voice_stops_the_build_before_anything_is_written(articles: Path, site: Path) -> None:
    from newsread.errors import VoiceError

    with pytest.raises(VoiceError, match="unknown voice 'nope'"):
        newsread.feed.build(articles, site, BASE, settings=Settings(voice="nope"))
    assert not (site / "feed.xml").exists()


def test_voice_from_feed_toml(articles: Path, site: Path, tmp_path: Path) -> None:
    (articles / "feed.toml").write_text('voice = "silent"\n', encoding="utf-8")
    result = newsread.feed.build(articles, site, BASE, settings=Settings(cache_dir=tmp_path / "c"))
    assert result.ok and result.episodes == 3
    from mutagen.id3 import ID3

    comments = {str(frame) for mp3 in (site / "episodes").glob("*.mp3") for frame in ID3(mp3).getall("COMM")}
    assert comments and all("voice silent (silent)" in c for c in comments)


_STORY = "<item><title>{0}</title><description>&lt;p&gt;{0} 소식을 시가 5일 밝혔다.&lt;/p&gt;</description></item>"


def test_a_saved_news_feed_in_the_folder_is_an_episode_with_a_chapter_per_story(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine, caplog: pytest.LogCaptureFixture
) -> None:
    # a saved RSS file among the articles was ignored without a word; it is now read as
    # `newsread read` reads it, and an .xml file that is no feed is named and left out
    stories = "".join(_STORY.format(t) for t in ("한빛시 새 도서관", "한빛시 새 공원", "두리군 축제"))
    (articles / "morning.xml").write_text(f'<?xml version="1.0"?><rss><channel>{stories}</channel></rss>')
    (articles / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url>한빛시</url></urlset>')
    with caplog.at_level(logging.WARNING, logger="newsread"):
        result = newsread.feed.build(articles, site, BASE, settings=settings, engine=engine)
    assert result.ok and result.episodes == 4
    assert "morning.xml" in result.new
    assert any(r.getMessage().startswith("sitemap.xml skipped") for r in caplog.records)
    items = {text_of(i, "title"): i for i in parse_feed(site / "feed.xml").findall("item")}
    assert "morning" in items and "sitemap" not in items
    assert "한빛시 새 도서관" in text_of(items["morning"], "description")
    chapters_url = attr_of(items["morning"], "podcast:chapters", "url")
    marks = json.loads(local(site, chapters_url).read_text(encoding="utf-8"))["chapters"]
    assert [m["title"] for m in marks] == ["한빛시 새 도서관", "한빛시 새 공원", "두리군 축제"]


def test_a_feed_of_several_stories_is_named_after_its_file_and_one_of_one_story_after_the_story(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine
) -> None:
    # whatever the suffix a feed was saved with: several stories are one episode named after the
    # file, as the README says; a feed of one story is an article, named after its story
    several = "".join(_STORY.format(t) for t in ("누리시 새 다리", "누리시 새 시장"))
    (articles / "evening.html").write_text(f'<?xml version="1.0"?><rss><channel>{several}</channel></rss>')
    one = _STORY.format("바다군 해변 개장")
    (articles / "single.xml").write_text(f'<?xml version="1.0"?><rss><channel>{one}</channel></rss>')
    result = newsread.feed.build(articles, site, BASE, settings=settings, engine=engine)
    assert result.ok
    titles = {text_of(i, "title") for i in parse_feed(site / "feed.xml").findall("item")}
    assert {"evening", "바다군 해변 개장"} <= titles
    assert not {"single", "누리시 새 다리"} & titles


@pytest.mark.parametrize(
    ("name", "xml"),
    [
        ("prefixed.xml", '<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">{0}</atom:feed>'),
        ("commented.xml", '<?xml version="1.0"?>\n<!-- {1} -->\n<rss><channel>{0}</channel></rss>'),
        ("rdf.xml", '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">{0}</rdf:RDF>'),
    ],
)
def test_a_saved_feed_is_known_by_its_root_however_it_opens(
    articles: Path, settings: Settings, engine: SilentEngine, caplog: pytest.LogCaptureFixture, name: str, xml: str
) -> None:
    # a root with a prefix, or after a prolog longer than the first 4 KB, was taken for no feed
    (articles / name).write_text(xml.format(_STORY.format("한빛시 새 도서관"), "광고 문구 " * 1000), "utf-8")
    with caplog.at_level(logging.WARNING, logger="newsread"):
        assert articles / name in find_articles(articles)
    assert not any("skipped" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    "xml", ["<feed-list><feed>한빛시</feed></feed-list>", "<urlset><url>한빛시</url></urlset>", "한빛시 소식", ""]
)
def test_an_xml_file_whose_root_is_no_feed_s_is_skipped(
    articles: Path, caplog: pytest.LogCaptureFixture, xml: str
) -> None:
    (articles / "list.xml").write_text(xml, "utf-8")
    with caplog.at_level(logging.WARNING, logger="newsread"):
        assert articles / "list.xml" not in find_articles(articles)
    assert any(r.getMessage().startswith("list.xml skipped") for r in caplog.records)


def test_the_feed_written_into_the_articles_folder_is_not_read_as_an_article(
    articles: Path, settings: Settings, engine: SilentEngine
) -> None:
    first = newsread.feed.build(articles, articles, BASE, settings=settings, engine=engine)
    again = newsread.feed.build(articles, articles, BASE, settings=settings, engine=engine)
    assert first.episodes == again.episodes == 3
    assert again.ok and again.new == ()


class _Dying(SilentEngine):
    """An engine whose process dies (as one killed for memory does) on the story of 두리군."""

    def synthesize(self, texts, *, rate=1.0):  # type: ignore[no-untyped-def]
        for text in texts:
            if "두리군" in text:
                os._exit(9)
            yield from super().synthesize([text], rate=rate)


def test_a_worker_that_dies_fails_its_article_and_the_finished_episodes_are_published(
    articles: Path, site: Path, settings: Settings
) -> None:
    # a dead worker broke the whole run: no feed, and the episodes the other workers had
    # finished waited for the next run; the run now ends with the feed written for them
    (articles / "zz-festival.txt").write_text("두리군, 축제 연기\n\n두리군이 축제를 연기했다.\n", encoding="utf-8")
    result = newsread.feed.build(articles, site, BASE, settings=settings, engine=_Dying(), jobs=2)
    assert not result.ok
    failed = dict(result.failed)
    assert "zz-festival.txt" in failed
    assert all(reason and "\n" not in reason for reason in failed.values())
    assert failed["zz-festival.txt"].startswith("the process rendering it stopped (")
    published = {text_of(i, "title") for i in parse_feed(site / "feed.xml").findall("item")}
    assert len(published) == result.episodes == 4 - len(failed)
    assert sorted(result.new) == sorted(set(ARTICLES) - set(failed))
    assert not (site / ".staging").exists()
