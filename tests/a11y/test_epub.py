"""EPUB 3 with Media Overlays: structure, references, durations; epubcheck where installed."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import zipfile
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree as ET

import pytest

from a11y.helpers import make_article, read_tone, without_chapters
from newsread.episode import Episode
from newsread.export.epub import ACTIVE_CLASS, write_epub

NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "smil": "http://www.w3.org/ns/SMIL",
    "x": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
}
EPUBCHECK_JAR = Path("/usr/share/java/epubcheck.jar")


def _clock_ms(value: str) -> int:
    """SMIL clock values: ``H:MM:SS.mmm``, ``MM:SS.mmm`` or ``12.345s``."""
    if value.endswith("s") and ":" not in value:
        return round(float(value[:-1]) * 1000)
    parts = [float(p) for p in value.split(":")]
    seconds = sum(p * 60**i for i, p in enumerate(reversed(parts)))
    return round(seconds * 1000)


def check_epub(path: Path, episode: Episode) -> dict[str, str]:
    """The structural check; returns the text of each sentence span, by id, in overlay order."""
    book = zipfile.ZipFile(path)
    names = book.namelist()
    first = book.infolist()[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    assert book.read("mimetype") == b"application/epub+zip"
    container = ET.fromstring(book.read("META-INF/container.xml"))
    opf_path = container.find(".//c:rootfile", NS).get("full-path")  # type: ignore[union-attr]
    assert opf_path in names
    base = PurePosixPath(opf_path).parent
    opf = ET.fromstring(book.read(opf_path))
    assert opf.get("version") == "3.0"
    meta = opf.find("opf:metadata", NS)
    assert meta is not None
    assert meta.findtext("dc:title", namespaces=NS) == episode.title
    assert meta.findtext("dc:language", namespaces=NS) == "ko"
    uid = opf.get("unique-identifier")
    assert meta.find(f"dc:identifier[@id='{uid}']", NS) is not None
    props = [(m.get("property"), m.get("refines"), m.text or "") for m in meta.findall("opf:meta", NS)]
    assert ("media:active-class", None, ACTIVE_CLASS) in props
    assert any(p == "dcterms:modified" and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", v) for p, _, v in props)

    items = {i.get("id"): i for i in opf.findall("opf:manifest/opf:item", NS)}
    for item in items.values():
        assert str(base / item.get("href", "")) in names, item.get("href")
    navs = [i for i in items.values() if "nav" in (i.get("properties") or "").split()]
    assert len(navs) == 1
    spine = [r.get("idref") for r in opf.findall("opf:spine/opf:itemref", NS)]
    assert spine and all(r in items for r in spine)

    docs = {
        str(base / i.get("href", "")): ET.fromstring(book.read(str(base / i.get("href", ""))))
        for i in items.values()
        if i.get("media-type") == "application/xhtml+xml"
    }

    nav = docs[str(base / navs[0].get("href", ""))]
    toc = nav.find(".//x:nav[@epub:type='toc']", NS)
    assert toc is not None
    links = [a.get("href", "") for a in toc.findall(".//x:a", NS)]
    assert len(links) == max(len(episode.chapters), 1)
    for link in links:
        doc, _, frag = link.partition("#")
        assert str(base / doc) in docs
        assert not frag or docs[str(base / doc)].find(f".//*[@id='{frag}']") is not None

    durations = {r: _clock_ms(v) for p, r, v in props if p == "media:duration"}
    total = 0
    spoken: dict[str, str] = {}
    for ref in spine:
        item = items[ref]
        overlay = items[item.get("media-overlay", "")]
        assert overlay.get("media-type") == "application/smil+xml"
        smil = ET.fromstring(book.read(str(base / overlay.get("href", ""))))
        ms = 0
        for par in smil.findall(".//smil:par", NS):
            text, audio = par.find("smil:text", NS), par.find("smil:audio", NS)
            assert text is not None and audio is not None
            doc, _, frag = text.get("src", "").partition("#")
            target = docs[str(base / doc)].find(f".//*[@id='{frag}']")
            assert target is not None, text.get("src")
            spoken[frag] = "".join(target.itertext())
            assert str(base / audio.get("src", "")) in names
            begin, end = _clock_ms(audio.get("clipBegin", "")), _clock_ms(audio.get("clipEnd", ""))
            assert end > begin
            ms += end - begin
        assert durations[f"#{overlay.get('id')}"] == ms
        total += ms
    assert durations[None] == total
    assert total == round(episode.duration * 1000)  # the overlays cover the whole audio, pauses included
    return spoken


def test_epub_structure_and_overlays(episode: Episode, tmp_path: Path) -> None:
    path = tmp_path / "book.epub"
    write_epub(episode, path)
    spoken = check_epub(path, episode)
    assert list(spoken) == [f"s{s.index + 1}" for s in episode.script.sentences]
    assert list(spoken.values()) == [s.text for s in episode.script.sentences]


def test_clips_start_where_the_sentences_start(episode: Episode, tmp_path: Path) -> None:
    path = tmp_path / "book.epub"
    write_epub(episode, path)
    book = zipfile.ZipFile(path)
    begins = []
    for name in sorted(n for n in book.namelist() if n.endswith(".smil")):
        for audio in ET.fromstring(book.read(name)).findall(".//smil:audio", NS):
            begins.append(_clock_ms(audio.get("clipBegin", "")))
    assert begins[0] == 0  # the lead-in belongs to the first sentence's clip
    assert begins[1:] == [round(t.start * 1000) for t in episode.timings[1:]]


def test_titles_are_escaped_everywhere(episode: Episode, tmp_path: Path) -> None:
    path = tmp_path / "book.epub"
    write_epub(episode, path)
    book = zipfile.ZipFile(path)
    for name in book.namelist():
        if name.endswith((".xhtml", ".opf", ".smil")):
            root = ET.fromstring(book.read(name))  # well-formed despite <, &, " and </script> in the text
            assert not any(el.tag.endswith(("}b", "}i", "}script")) for el in root.iter()), name


def test_single_sentence_and_no_chapters(single_sentence: Episode, episode: Episode, tmp_path: Path) -> None:
    write_epub(single_sentence, tmp_path / "one.epub")
    assert check_epub(tmp_path / "one.epub", single_sentence) == {"s1": "정부가 예산을 확정했다."}
    bare = without_chapters(episode)
    write_epub(bare, tmp_path / "bare.epub")
    assert len(check_epub(tmp_path / "bare.epub", bare)) == len(episode.script.sentences)


def test_several_articles_one_document_each(tmp_path: Path) -> None:
    ep = read_tone(
        [
            make_article(("title", "첫 기사"), ("paragraph", "첫 문장.")),
            make_article(("title", "둘째 기사"), ("paragraph", "둘째 문장.")),
        ]
    )
    write_epub(ep, tmp_path / "two.epub")
    check_epub(tmp_path / "two.epub", ep)
    assert sum(n.endswith(".smil") for n in zipfile.ZipFile(tmp_path / "two.epub").namelist()) == 2


def test_each_article_in_the_book_ends_with_its_reporter_and_date(tmp_path: Path) -> None:
    """The book gave no article's reporter or date, so a reader could not tell when a story was written."""
    story = make_article(("title", "첫 기사"), ("paragraph", "첫 문장."))
    first = dataclasses.replace(story, author="김 <기자>", date="2026-12-07T09:30:00+09:00")
    second = dataclasses.replace(make_article(("title", "둘째 기사"), ("paragraph", "둘째 문장.")), date="2026-12-06")
    ep = read_tone([first, second])
    write_epub(ep, tmp_path / "two.epub")
    check_epub(tmp_path / "two.epub", ep)
    book = zipfile.ZipFile(tmp_path / "two.epub")
    docs = [book.read(n).decode("utf-8") for n in sorted(book.namelist()) if re.search(r"chapter-\d+\.xhtml$", n)]
    assert len(docs) == 2
    for doc in docs:
        ET.fromstring(doc)  # still well-formed XHTML
    assert "김 &lt;기자&gt;" in docs[0] and "2026-12-07 09:30 KST" in docs[0] and "2026-12-06" not in docs[0]
    assert docs[0].index("첫 문장.") < docs[0].index("2026-12-07 09:30 KST")
    assert "2026-12-06" in docs[1] and "09:30" not in docs[1]


@pytest.mark.slow
def test_epubcheck_accepts_the_book(episode: Episode, tmp_path: Path) -> None:
    java = shutil.which("java")
    if java is None or not EPUBCHECK_JAR.is_file():
        pytest.skip(f"epubcheck is not installed (apt-get install epubcheck gives {EPUBCHECK_JAR})")
    path = tmp_path / "book.epub"
    write_epub(episode, path)
    result = subprocess.run(
        [java, "-jar", str(EPUBCHECK_JAR), str(path)], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 fatals / 0 errors / 0 warnings" in result.stdout
