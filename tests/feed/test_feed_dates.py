"""An article's time of day, as its page gives it, carried to the feed's pubDate and the MP3's tag."""

from __future__ import annotations

from email.utils import parsedate_to_datetime
from pathlib import Path

from mutagen.id3 import ID3

import newsread.feed
from newsread.engines.silent import SilentEngine
from newsread.export.mp3 import Tags, id3_frames
from newsread.feed import FeedConfig
from newsread.settings import Settings

from .conftest import BASE, local, parse_feed, text_of

MORNING = "아침 회의 열려\n\n입력 2026.12.01 09:30\n\n한빛시는 1일 아침 회의를 열었다고 밝혔다. 안건은 세 가지였다.\n"
EVENING = (
    "저녁 회의 열려\n\n입력 2026-12-01 오후 6:05\n\n한빛시는 1일 저녁 회의를 열었다고 밝혔다. 안건은 두 가지였다.\n"
)


def test_two_stories_of_one_day_keep_their_hours_in_the_feed(
    tmp_path: Path, site: Path, settings: Settings, engine: SilentEngine
) -> None:
    folder = tmp_path / "day"
    folder.mkdir()
    (folder / "morning.txt").write_text(MORNING, encoding="utf-8")
    (folder / "evening.txt").write_text(EVENING, encoding="utf-8")
    config = FeedConfig(title="오늘의 뉴스", description="하루의 뉴스", author="뉴스룸", email="p@example.com")
    result = newsread.feed.build(folder, site, BASE, config=config, settings=settings, engine=engine, jobs=1)
    assert result.ok
    items = parse_feed(result.feed).findall("item")
    dates = [parsedate_to_datetime(text_of(item, "pubDate")) for item in items]
    assert [(d.hour, d.minute) for d in dates] == [(18, 5), (9, 30)]  # newest first
    assert all(d.utcoffset() is not None and d.utcoffset().total_seconds() == 9 * 3600 for d in dates)
    enclosure = items[0].find("enclosure")
    assert enclosure is not None
    tag = ID3(local(site, enclosure.get("url", "")))
    # mutagen reads ID3v2.3's TYER, TDAT and TIME back as one v2.4 recording time
    assert [str(t) for t in tag["TDRC"].text] == ["2026-12-01 18:05:00"]


def test_a_date_alone_gives_no_time_frame() -> None:
    names = [f.FrameID for f in id3_frames(Tags(title="t", date="2026-12-01"), [])]
    assert "TDAT" in names and "TIME" not in names
    timed = [f for f in id3_frames(Tags(title="t", date="2026-12-01T09:30:00+09:00"), []) if f.FrameID == "TIME"]
    assert [f.text for f in timed] == [["0930"]]
