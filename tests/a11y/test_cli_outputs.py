"""The CLI's accessibility outputs: --vtt, --srt, --timings, --html and --format epub."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from newsread.cli import app

ARTICLE = (
    '정부 <예산> & "확정"\n\n정부가 내년 예산을 확정했다. 국회는 다음 주에 심의한다.\n\n'
    "쟁점은 복지\n\n복지 예산이 가장 큰 쟁점이다.\n"
)
runner = CliRunner()


def _article(tmp_path: Path, text: str = ARTICLE) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_side_files_share_the_episode_timings(tmp_path: Path) -> None:
    art = _article(tmp_path)
    out = tmp_path / "out.mp3"
    args = [str(art), "-o", str(out), "--voice", "silent", "-q", "--no-cache"]
    args += ["--vtt", str(tmp_path / "t.vtt"), "--srt", str(tmp_path / "t.srt")]
    args += ["--timings", str(tmp_path / "t.json"), "--html", str(tmp_path / "page")]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    data = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    sentences = data["sentences"]
    assert sentences[0]["text"] == '정부 <예산> & "확정"'
    vtt = (tmp_path / "t.vtt").read_text(encoding="utf-8")
    srt = (tmp_path / "t.srt").read_text(encoding="utf-8")
    assert vtt.count("-->") == srt.count("-->") == len(sentences)
    assert '정부 &lt;예산&gt; &amp; "확정"' in vtt
    assert (tmp_path / "page" / "audio.mp3").read_bytes() == out.read_bytes()  # the MP3 is reused
    html = (tmp_path / "page" / "index.html").read_text(encoding="utf-8")
    assert "<title>정부 &lt;예산&gt; &amp; &quot;확정&quot;</title>" in html


def test_format_epub_from_option_and_suffix(tmp_path: Path) -> None:
    art = _article(tmp_path)
    for out, extra in ((tmp_path / "a.epub", []), (tmp_path / "b.book", ["--format", "epub"])):
        result = runner.invoke(app, [str(art), "-o", str(out), "--voice", "silent", "-q", *extra])
        assert result.exit_code == 0, result.stderr
        with zipfile.ZipFile(out) as book:
            assert book.read("mimetype") == b"application/epub+zip"
            assert any(n.endswith(".smil") for n in book.namelist())


def test_single_sentence_article_gives_page_and_book(tmp_path: Path) -> None:
    art = _article(tmp_path, "속보 <긴급>\n")
    result = runner.invoke(
        app,
        [str(art), "-o", str(tmp_path / "b.epub"), "--voice", "silent", "-q", "--html", str(tmp_path / "p")],
    )
    assert result.exit_code == 0, result.stderr
    assert "속보 &lt;긴급&gt;" in (tmp_path / "p" / "index.html").read_text(encoding="utf-8")
    assert (tmp_path / "p" / "audio.mp3").stat().st_size > 0  # encoded for the page when the output is not MP3


def test_unwritable_side_file_fails_before_synthesis(tmp_path: Path) -> None:
    art = _article(tmp_path)
    result = runner.invoke(
        app, [str(art), "-o", str(tmp_path / "o.mp3"), "--voice", "silent", "--vtt", str(tmp_path / "no" / "t.vtt")]
    )
    assert result.exit_code == 5 and "does not exist" in result.stderr
    assert not (tmp_path / "o.mp3").exists()


def test_html_on_a_file_is_an_output_error(tmp_path: Path) -> None:
    art = _article(tmp_path)
    (tmp_path / "file").write_text("x")
    result = runner.invoke(
        app, [str(art), "-o", str(tmp_path / "o.mp3"), "--voice", "silent", "--html", str(tmp_path / "file")]
    )
    assert result.exit_code == 5 and "--html takes a folder" in result.stderr
    assert not (tmp_path / "o.mp3").exists()


def test_html_into_a_folder_with_a_page_of_its_own_is_refused(tmp_path: Path) -> None:
    """--html . (or a web site's folder) replaced the index.html already there without a word."""
    art = _article(tmp_path)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<!DOCTYPE html><title>우리 신문</title>", encoding="utf-8")
    args = [str(art), "-o", str(tmp_path / "o.mp3"), "--voice", "silent", "-q", "--html", str(site)]
    result = runner.invoke(app, args)
    assert result.exit_code == 5 and "index.html" in result.stderr and "new folder" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "우리 신문" in (site / "index.html").read_text(encoding="utf-8")
    assert not (tmp_path / "o.mp3").exists()
    # a page newsread wrote is its own to replace: the same command run again (another voice, an edit) works
    page = tmp_path / "page"
    again = [str(art), "-o", str(tmp_path / "o.mp3"), "--voice", "silent", "-q", "--html", str(page)]
    assert runner.invoke(app, again).exit_code == 0
    assert runner.invoke(app, again).exit_code == 0
