"""feed.xml read back with an XML parser: every element, the namespaces, and the files they point to."""

from __future__ import annotations

import itertools
import json
import re
import uuid
from email.utils import parsedate_to_datetime
from html import unescape
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3

import newsread
import newsread.feed
from newsread.engines.silent import SilentEngine
from newsread.feed import FeedConfig
from newsread.feed.config import apple_categories
from newsread.settings import Settings

from .conftest import ARTICLES, BASE, NS, attr_of, local, parse_feed, png, text_of

PODCAST_GUID_NS = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")


@pytest.fixture
def built(articles: Path, site: Path, settings: Settings, engine: SilentEngine) -> ET.Element:
    (articles / "cover.png").write_bytes(png(1400, 1400))
    config = FeedConfig(
        title="오늘의 뉴스",
        description="하루의 주요 기사를 읽어 드립니다.",
        author="뉴스룸",
        email="pod@example.com",
        category="News",
        subcategory="Daily News",
        image="cover.png",
        explicit=False,
    )
    result = newsread.feed.build(articles, site, BASE, config=config, settings=settings, engine=engine, jobs=1)
    assert result.ok
    assert sorted(result.new) == sorted(ARTICLES)
    return parse_feed(result.feed)


def test_namespaces_are_declared_on_the_root(built: ET.Element, site: Path) -> None:
    head = (site / "feed.xml").read_text(encoding="utf-8")[:600]
    for prefix, uri in NS.items():
        assert f'xmlns:{prefix}="{uri}"' in head


def test_channel_elements(built: ET.Element, site: Path) -> None:
    ch = built
    assert text_of(ch, "title") == "오늘의 뉴스"
    assert text_of(ch, "link") == BASE
    assert text_of(ch, "description") == "하루의 주요 기사를 읽어 드립니다."
    assert text_of(ch, "language") == "ko"
    self_links = [a for a in ch.findall("atom:link", NS) if a.get("rel") == "self"]
    assert len(self_links) == 1
    assert self_links[0].get("href") == BASE + "feed.xml"
    assert self_links[0].get("type") == "application/rss+xml"
    image = attr_of(ch, "itunes:image", "href")
    assert local(site, image).read_bytes() == (site.parent / "articles" / "cover.png").read_bytes()
    category = ch.find("itunes:category", NS)
    assert category is not None and category.get("text") == "News"
    sub = category.find("itunes:category", NS)
    assert sub is not None and sub.get("text") == "Daily News"
    assert text_of(ch, "itunes:explicit") == "false"
    assert text_of(ch, "itunes:author") == "뉴스룸"
    assert text_of(ch, "itunes:owner/itunes:email") == "pod@example.com"
    expected_guid = uuid.uuid5(PODCAST_GUID_NS, "example.com/pod/feed.xml")
    assert text_of(ch, "podcast:guid") == str(expected_guid)
    parsedate_to_datetime(text_of(ch, "lastBuildDate"))


def test_podcast_guid_matches_a_published_feed() -> None:
    # podnews.net publishes podcast:guid 9b024349-ccf0-5f69-a609-6b82873eab3c for https://podnews.net/rss
    from newsread.feed.rss import podcast_guid

    assert podcast_guid("https://podnews.net/rss") == "9b024349-ccf0-5f69-a609-6b82873eab3c"
    assert podcast_guid("http://podnews.net/rss/") == podcast_guid("https://podnews.net/rss")


def test_items_point_to_complete_files(built: ET.Element, site: Path) -> None:
    items = built.findall("item")
    assert len(items) == len(ARTICLES)
    titles = {text_of(i, "title") for i in items}
    assert titles == {t.split("\n", 1)[0] for t in ARTICLES.values()}
    for item in items:
        enclosure = item.find("enclosure")
        assert enclosure is not None
        assert enclosure.get("type") == "audio/mpeg"
        mp3 = local(site, enclosure.get("url", ""))
        assert mp3.parent == site / "episodes"
        assert int(enclosure.get("length", "-1")) == mp3.stat().st_size
        audio_seconds = MP3(mp3).info.length
        assert abs(int(text_of(item, "itunes:duration")) - audio_seconds) <= 1.0
        guid = item.find("guid")
        assert guid is not None and guid.get("isPermaLink") == "false"
        uuid.UUID(guid.text or "")
        assert parsedate_to_datetime(text_of(item, "pubDate")).tzinfo is not None
        chapters = item.find("podcast:chapters", NS)
        assert chapters is not None and chapters.get("type") == "application/json+chapters"
        assert local(site, chapters.get("url", "")).is_file()
        transcript = item.find("podcast:transcript", NS)
        assert transcript is not None and transcript.get("type") == "text/vtt"
        assert local(site, transcript.get("url", "")).is_file()


def test_description_is_the_first_paragraph(built: ET.Element) -> None:
    by_title = {text_of(i, "title"): text_of(i, "description") for i in built.findall("item")}
    assert (
        by_title["반도체 수출 3개월 연속 증가"] == "정부는 1일 반도체 수출이 20% 늘었다고 밝혔다. 업계는 기대가 크다."
    )
    assert by_title["가을 음악회 열려"] == "시민 수천 명이 공원을 찾았다."


def _cues(vtt: str) -> list[tuple[float, float, str]]:
    assert vtt.startswith("WEBVTT\n")
    stamp = r"(\d\d):(\d\d):(\d\d)\.(\d\d\d)"
    cues = []
    for block in vtt.strip().split("\n\n")[1:]:
        lines = block.split("\n")
        m = re.fullmatch(f"{stamp} --> {stamp}", lines[1])
        assert m, lines
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        cues.append((start, end, " ".join(lines[2:])))
    return cues


def test_transcript_and_chapters_agree_with_the_mp3_and_the_timings(
    built: ET.Element, site: Path, articles: Path, settings: Settings, engine: SilentEngine
) -> None:
    item = next(i for i in built.findall("item") if text_of(i, "title").startswith("반도체"))
    mp3 = local(site, attr_of(item, "enclosure", "url"))
    reference = newsread.read(articles / "economy.txt", settings, engine=engine)

    cues = _cues(local(site, attr_of(item, "podcast:transcript", "url")).read_text(encoding="utf-8"))
    assert len(cues) == len(reference.script.sentences)
    for (start, end, text), sentence, timing in zip(cues, reference.script.sentences, reference.timings, strict=True):
        assert text == sentence.text
        assert start == pytest.approx(timing.start, abs=0.0005)
        assert end == pytest.approx(timing.end, abs=0.0005)
        assert start < end <= MP3(mp3).info.length + 0.05

    data = json.loads(local(site, attr_of(item, "podcast:chapters", "url")).read_text(encoding="utf-8"))
    assert data["version"] == "1.2.0"
    chaps = sorted(ID3(mp3).getall("CHAP"), key=lambda c: c.start_time)
    assert len(data["chapters"]) == len(chaps) == len(reference.chapters) >= 1
    for entry, chap in zip(data["chapters"], chaps, strict=True):
        assert round(entry["startTime"] * 1000) == chap.start_time
        assert round(entry["endTime"] * 1000) == chap.end_time
        assert entry["title"] == chap.sub_frames["TIT2"].text[0]
    # chapters begin where their first sentence's cue lies
    for mark in reference.chapters:
        assert mark.start <= cues[mark.first_sentence][0]


def test_json_transcript_follows_the_podcasting_2_transcript_format(built: ET.Element, site: Path) -> None:
    """Apps that read the Podcasting 2.0 JSON transcript (segments with startTime, endTime and
    body) had only WebVTT; each item now links both, WebVTT first, the JSON timed as its cues."""
    for item in built.findall("item"):
        links = item.findall("podcast:transcript", NS)
        assert [t.get("type") for t in links] == ["text/vtt", "application/json"]
        assert all(t.get("language") == "ko" for t in links)
        vtt = local(site, links[0].get("url", "")).read_text(encoding="utf-8")
        data = json.loads(local(site, links[1].get("url", "")).read_text(encoding="utf-8"))
        assert data["version"] == "1.0.0"
        segments = data["segments"]
        assert [(s["startTime"], s["endTime"], s["body"]) for s in segments] == [
            (pytest.approx(a), pytest.approx(b), unescape(text)) for a, b, text in _cues(vtt)
        ]
        for before, after in itertools.pairwise(segments):
            assert before["startTime"] < before["endTime"] <= after["startTime"]


def test_odd_characters_come_out_escaped_and_intact(
    tmp_path: Path, site: Path, settings: Settings, engine: SilentEngine
) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    title = "<속보> 韓美 정상 \"합의\" & 🎉 '발표'"
    first = '가격은 <1만원> & 그 이상 "논란" 😀 反정부.'
    (folder / "odd.txt").write_text(f"{title}\n\n{first}\n", encoding="utf-8")
    config = FeedConfig(title='쇼 <&> "이름" 🎙', description="설명 & <b>굵게</b>", author="A&B <뉴스>")
    result = newsread.feed.build(folder, site, BASE, config=config, settings=settings, engine=engine)
    raw = (site / "feed.xml").read_text(encoding="utf-8")
    assert "<속보>" not in raw and "<b>" not in raw
    ch = parse_feed(result.feed)
    assert text_of(ch, "title") == '쇼 <&> "이름" 🎙'
    assert text_of(ch, "description") == "설명 & <b>굵게</b>"
    assert text_of(ch, "itunes:author") == "A&B <뉴스>"
    item = ch.findall("item")[0]
    assert text_of(item, "title") == title
    assert text_of(item, "description") == first
    vtt = local(site, attr_of(item, "podcast:transcript", "url")).read_text(encoding="utf-8")
    assert "<1만원>" not in vtt
    assert '가격은 &lt;1만원&gt; &amp; 그 이상 "논란" 😀 反정부.' in vtt
    (_, json_link) = item.findall("podcast:transcript", NS)
    segments = json.loads(local(site, json_link.get("url", "")).read_text(encoding="utf-8"))["segments"]
    assert segments[-1]["body"] == first
    chapters = json.loads(local(site, attr_of(item, "podcast:chapters", "url")).read_text(encoding="utf-8"))
    chapter = chapters["chapters"][0]["title"]  # the headline as read (ingest may drop a [속보] tag)
    assert chapter in title and all(part in chapter for part in ("韓美", '"합의"', "&", "🎉"))


def test_podcast_locked_says_yes_or_no_with_the_owner(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine
) -> None:
    """There was no way to write podcast:locked, with which a show asks other hosts not to import its feed."""
    assert (
        parse_feed(newsread.feed.build(articles, site, BASE, settings=settings, engine=engine).feed).find(
            "podcast:locked", NS
        )
        is None
    )
    for locked, value in ((True, "yes"), (False, "no")):
        config = FeedConfig(locked=locked, email="pod@example.com")
        result = newsread.feed.build(articles, site, BASE, config=config, settings=settings, engine=engine)
        (tag,) = parse_feed(result.feed).findall("podcast:locked", NS)
        assert (tag.text, tag.get("owner")) == (value, "pod@example.com")


def test_category_and_subcategory_nest_as_apple_lists_them(
    articles: Path, site: Path, settings: Settings, engine: SilentEngine
) -> None:
    config = FeedConfig(category="Society & Culture", subcategory="Documentary")
    result = newsread.feed.build(articles, site, BASE, config=config, settings=settings, engine=engine)
    (category,) = parse_feed(result.feed).findall("itunes:category", NS)
    (sub,) = category.findall("itunes:category", NS)
    assert (category.get("text"), sub.get("text")) == ("Society & Culture", "Documentary")
    assert sub.get("text") in apple_categories()[category.get("text", "")]


def test_descriptions_stay_within_apples_4000_bytes(
    tmp_path: Path, site: Path, settings: Settings, engine: SilentEngine
) -> None:
    """An article whose first paragraph is the whole story gave an episode description of many
    thousand bytes, over the 4000 Apple Podcasts takes; it is now cut after the last sentence
    that fits, and so is a show description that long."""
    folder = tmp_path / "long"
    folder.mkdir()
    sentences = [f"정부는 {i}번째 항목으로 지역 균형 발전을 위한 사회간접자본 투자를 늘린다." for i in range(1, 46)]
    paragraph = " ".join(sentences)
    assert len(paragraph.encode("utf-8")) > 4000
    (folder / "long.txt").write_text(f"예산안 세부 항목\n\n{paragraph}\n", encoding="utf-8")
    config = FeedConfig(description=paragraph)
    channel = parse_feed(newsread.feed.build(folder, site, BASE, config=config, settings=settings, engine=engine).feed)
    texts = [text_of(channel, "description"), text_of(channel, "itunes:summary")]
    texts.append(text_of(channel.findall("item")[0], "description"))
    for text in texts:
        assert len(text.encode("utf-8")) <= 4000
        assert text.endswith(" …")
        kept = text.removesuffix(" …")
        assert paragraph.startswith(kept) and kept.endswith(".")
        assert len(kept.encode("utf-8")) > 3800


LONG_SENTENCE = (
    "정부는 내년 예산안을 편성하면서 반도체와 이차전지, 바이오 등 미래 전략 산업에 대한 지원을 대폭 늘리고, "
    "지역 균형 발전을 위한 사회간접자본 투자도 확대하는 한편, 저출생 대응과 청년 일자리 사업에 필요한 재원을 "
    "우선 배정하기로 했다고 기획재정부가 밝혔다."
)


def test_transcript_lines_fit_a_caption_line(
    tmp_path: Path, site: Path, settings: Settings, engine: SilentEngine
) -> None:
    """A long sentence was one cue line of over a hundred characters; the Podcasting 2.0
    transcript guidance wants WebVTT lines of at most 65, and the cue keeps the whole sentence."""
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "long.txt").write_text(f"예산안 편성\n\n{LONG_SENTENCE}\n", encoding="utf-8")
    result = newsread.feed.build(folder, site, BASE, settings=settings, engine=engine)
    item = parse_feed(result.feed).findall("item")[0]
    vtt = local(site, attr_of(item, "podcast:transcript", "url")).read_text(encoding="utf-8")
    payloads = [block.split("\n")[2:] for block in vtt.strip().split("\n\n")[1:]]
    assert max(len(lines) for lines in payloads) > 1
    assert all(0 < len(line) <= 65 for lines in payloads for line in lines)
    assert [text for _, _, text in _cues(vtt)] == ["예산안 편성", LONG_SENTENCE]


def test_explicit_true(articles: Path, site: Path, settings: Settings, engine: SilentEngine) -> None:
    result = newsread.feed.build(
        articles,
        site,
        BASE,
        config=FeedConfig(explicit=True, image="https://cdn.example.com/c.jpg"),
        settings=settings,
        engine=engine,
    )
    ch = parse_feed(result.feed)
    assert text_of(ch, "itunes:explicit") == "true"
    assert attr_of(ch, "itunes:image", "href") == "https://cdn.example.com/c.jpg"
