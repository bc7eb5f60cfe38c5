"""`newsread feed`: options, the summary it prints, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsread.cli import app

from .conftest import BASE, NS, parse_feed, text_of

runner = CliRunner()


def _feed(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["feed", *args])
    return result.exit_code, result.output


def test_feed_command_builds_and_reports_counts(articles: Path, site: Path) -> None:
    code, out = _feed(str(articles), "--out", str(site), "--base-url", BASE, "--voice", "silent", "--title", "CLI 쇼")
    assert code == 0, out
    assert "3 episodes: 3 new, 0 changed, 0 unchanged, 0 removed" in out
    channel = parse_feed(site / "feed.xml")
    assert text_of(channel, "title") == "CLI 쇼"
    assert len(channel.findall("item")) == 3
    code, out = _feed(str(articles), "-o", str(site), "--base-url", BASE, "--voice", "silent", "--title", "CLI 쇼")
    assert code == 0
    assert "0 new, 0 changed, 3 unchanged, 0 removed" in out


def test_feed_command_reads_with_the_lexicon_a_render_uses(articles: Path, site: Path, tmp_path: Path) -> None:
    """NEWSREAD_LEXICON (and --lexicon) applied to `newsread article.txt` but not to `newsread feed`,
    which had no such option: the podcast read the words a user had fixed the old way."""
    lexicon = tmp_path / "mine.tsv"
    lexicon.write_text("예산\t살림돈\n", encoding="utf-8")
    base = [str(articles), "-o", str(site), "--base-url", BASE, "--voice", "silent"]
    assert _feed(*base)[0] == 0
    result = runner.invoke(app, ["feed", *base], env={"NEWSREAD_LEXICON": str(lexicon)})
    assert result.exit_code == 0 and "0 new, 3 changed" in result.output  # read again with the user's readings
    code, out = _feed(*base, "--lexicon", str(lexicon))
    assert code == 0 and "3 unchanged" in out
    broken = tmp_path / "broken.tsv"
    broken.write_text("예산 살림돈\n", encoding="utf-8")
    code, out = _feed(*base, "--lexicon", str(broken))
    assert code == 2 and "broken.tsv, line 1" in out


def test_feed_command_without_base_url(articles: Path, site: Path) -> None:
    code, out = _feed(str(articles), "--out", str(site), "--voice", "silent")
    assert code == 2
    assert "newsread: error: no base URL: pass --base-url" in out
    assert "Traceback" not in out


def test_feed_command_exits_non_zero_after_skipping_bad_articles(articles: Path, site: Path) -> None:
    (articles / "broken.txt").write_bytes(b"\x00\x00")
    code, out = _feed(str(articles), "--out", str(site), "--base-url", BASE, "--voice", "silent")
    assert code == 2
    assert "broken.txt skipped: " in out
    assert "3 episodes: 3 new" in out and "1 failed" in out
    assert len(parse_feed(site / "feed.xml").findall("item")) == 3


def test_feed_command_names_the_failures_last_one_line_each_even_when_quiet(articles: Path, site: Path) -> None:
    """The failures were warnings among the others (a missing cover's came after them), above a
    summary that only counted them, and --quiet hid them: exit code 2 with nothing said."""
    (articles / "blank.txt").write_text("   \n", encoding="utf-8")
    (articles / "latin.html").write_text("<p>Nothing in Korean.</p>", encoding="utf-8")
    base = [str(articles), "--out", str(site), "--base-url", BASE, "--voice", "silent"]
    code, out = _feed(*base)
    lines = out.strip().splitlines()
    assert code == 2, out
    assert "2 failed" in lines[-3]
    assert lines[-2].startswith("newsread: error: blank.txt skipped: ") and "blank.txt" in lines[-2]
    assert lines[-1].startswith("newsread: error: latin.html skipped: ")
    code, out = _feed(*base, "--quiet")
    assert code == 2
    assert [line.split(" skipped: ")[0] for line in out.strip().splitlines()] == [
        "newsread: error: blank.txt",
        "newsread: error: latin.html",
    ]


def test_feed_command_unknown_config_key(articles: Path, site: Path) -> None:
    (articles / "feed.toml").write_text('titel = "오타"\n', encoding="utf-8")
    code, out = _feed(str(articles), "--out", str(site), "--base-url", BASE)
    assert code == 2
    assert "unknown key 'titel'" in out


def test_feed_command_missing_config_file(articles: Path, site: Path) -> None:
    code, out = _feed(str(articles), "--out", str(site), "--base-url", BASE, "--config", str(articles / "nope.toml"))
    assert code == 2
    assert "no such feed config" in out


def test_feed_command_image_relative_to_the_working_folder(
    articles: Path, site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "art.jpg").write_bytes(b"\xff\xd8\xff\xe0 cover")
    monkeypatch.chdir(tmp_path)
    code, out = _feed(str(articles), "-o", str(site), "--base-url", BASE, "--voice", "silent", "--image", "art.jpg")
    assert code == 0, out
    image = parse_feed(site / "feed.xml").find("itunes:image", NS)
    assert image is not None and image.get("href") == BASE + "art.jpg"
    assert (site / "art.jpg").read_bytes() == b"\xff\xd8\xff\xe0 cover"


def test_feed_command_rejects_a_bad_bitrate(articles: Path, site: Path) -> None:
    code, out = _feed(str(articles), "-o", str(site), "--base-url", BASE, "--voice", "silent", "--bitrate", "100")
    assert code == 5
    assert "bitrate 100 is not an MP3 bitrate" in out


def test_feed_help_documents_every_feed_toml_key() -> None:
    """The README sends readers to `newsread feed --help` for feed.toml, which it did not describe."""
    import dataclasses

    from newsread.feed import FeedConfig

    result = runner.invoke(app, ["feed", "--help"])
    assert result.exit_code == 0
    for field in dataclasses.fields(FeedConfig):
        assert f"{field.name} = " in result.output, field.name


def test_a_missing_feedgen_names_a_command_that_installs_it(
    articles: Path, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The message asked for an extra, newsread[feed], that the package does not declare."""
    import re
    import sys
    import tomllib

    monkeypatch.setitem(sys.modules, "feedgen", None)  # as if it were not installed
    code, out = _feed(str(articles), "-o", str(site), "--base-url", BASE, "--voice", "silent")
    assert code == 5 and "feedgen" in out and "pip install" in out
    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for extra in re.findall(r"newsread\[(\w+)\]", out):
        assert extra in project["optional-dependencies"], extra


def test_feed_command_names_a_missing_image_as_it_was_given(
    articles: Path, site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--image cover.jpg that does not exist was reported as ARTICLES_DIR/cover.jpg, with advice to
    edit feed.toml, which the user had not written."""
    monkeypatch.chdir(tmp_path)
    code, out = _feed(str(articles), "-o", str(site), "--base-url", BASE, "--voice", "silent", "--image", "cover.jpg")
    assert code == 2 and "--image cover.jpg" in out and "feed.toml" not in out
    assert len(out.strip().splitlines()) == 1 and not (site / "feed.xml").exists()
