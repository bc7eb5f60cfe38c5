"""EPUB 3 with Media Overlays: the article's text with its audio, synchronised sentence by sentence.

Reading systems for print-disabled readers (and most EPUB readers) play the audio and
highlight each sentence as it is read. The book holds one XHTML document per chapter, each
with a SMIL overlay of one ``par`` per sentence (``text`` pointing at the sentence's
``span``, ``audio`` the clip of the MP3 where it is spoken), the navigation document, a
small style sheet and the MP3.

Clips are contiguous: a sentence's clip runs from where it starts to where the next one
starts (the first from 0, the last to the end of the audio), so a reading system that
plays clip after clip plays the pauses too, and the overlays' durations add up to the
length of the audio. ``media:duration`` is given per overlay and in total, and
``media:active-class`` names the class the reading system puts on the sentence being read.

The package is written here with ``zipfile`` and string templates (every piece of text
escaped): ``ebooklib`` was looked at, but it has no Media Overlay support (no SMIL items,
no ``media-overlay`` attribute, no ``media:*`` metadata).
"""

from __future__ import annotations

import hashlib
import tempfile
import uuid
import zipfile
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from newsread.export import atomic_path
from newsread.export.readalong import meta_html
from newsread.export.readalong.layout import LaidBlock, clean_text, lay_out

if TYPE_CHECKING:
    from newsread.episode import Episode

ACTIVE_CLASS = "-epub-media-overlay-active"
PLAYING_CLASS = "-epub-media-overlay-playing"
AUDIO = "audio.mp3"

_CSS = f"""body {{ line-height: 1.8; word-break: keep-all; }}
h1, h2, h3 {{ line-height: 1.4; }}
.{ACTIVE_CLASS} {{ color: #000000; background-color: #ffe27a; }}
"""

_CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
"""


def _x(text: str) -> str:
    return escape(clean_text(text), quote=True)


def clock(ms: int) -> str:
    """A SMIL full clock value ``H:MM:SS.mmm`` (what ``media:duration`` takes)."""
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def clip_bounds(episode: Episode) -> list[int]:
    """Millisecond boundaries of the sentence clips: clip *i* is ``[b[i], b[i+1])``."""
    starts = [round(t.start * 1000) for t in episode.timings]
    if not starts:
        return [0, round(episode.duration * 1000)]
    return [0, *starts[1:], max(round(episode.duration * 1000), starts[-1])]


def _documents(episode: Episode) -> list[list[LaidBlock]]:
    """Blocks grouped into one document per chapter (one document when there are no chapters)."""
    docs: list[list[LaidBlock]] = [[] for _ in range(max(len(episode.script.chapters), 1))]
    for block in lay_out(episode.script):
        docs[min(block.chapter or 0, len(docs) - 1)].append(block)
    return [d for d in docs if d]


def _block_xhtml(block: LaidBlock, several: bool) -> str:
    inner = "".join(
        _x(r.text) if r.sentence is None else f'<span id="s{r.sentence + 1}">{_x(r.text)}</span>' for r in block.runs
    )
    if not inner:
        return ""
    return block.element(inner, several)


def _xhtml(title: str, body: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="ko" lang="ko">
<head>
<meta charset="UTF-8"/>
<title>{_x(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body>
{body}
</body>
</html>
"""


def _smil(doc: str, sentences: list[int], bounds: list[int]) -> str:
    pars = "\n".join(
        f'<par id="p{i + 1}"><text src="{doc}#s{i + 1}"/>'
        f'<audio src="{AUDIO}" clipBegin="{bounds[i] / 1000:.3f}s" clipEnd="{bounds[i + 1] / 1000:.3f}s"/></par>'
        for i in sentences
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">
<body>
<seq id="seq1" epub:textref="{doc}#body" epub:type="chapter">
{pars}
</seq>
</body>
</smil>
"""


def book_id(episode: Episode) -> str:
    """A stable identifier: the same articles give the same book."""
    digest = hashlib.sha256("\0".join(a.text for a in episode.script.articles).encode("utf-8")).hexdigest()
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'newsread:{digest}')}"


def build_files(episode: Episode, *, modified: datetime | None = None) -> dict[str, str]:
    """The text files of the book (path inside the container → content); the MP3 is added apart."""
    script = episode.script
    several = len(script.articles) > 1
    bounds = clip_bounds(episode)
    docs = _documents(episode)
    files: dict[str, str] = {"META-INF/container.xml": _CONTAINER, "EPUB/style.css": _CSS}
    manifest: list[str] = []
    spine: list[str] = []
    durations: list[str] = []
    toc: list[str] = []
    total = 0
    for n, blocks in enumerate(docs, 1):
        name = f"chapter-{n}.xhtml"
        chapter = blocks[0].chapter
        title = script.chapters[chapter].title if chapter is not None and script.chapters else episode.title
        parts: list[str] = []
        for b in blocks:
            parts.append(_block_xhtml(b, several))
            if b.block == len(script.articles[b.article].blocks) - 1:  # the article's reporter and date close it
                parts.append(meta_html(script.articles[b.article]))
        body = "\n".join(h for h in parts if h)
        if n == 1 and (several or not any(b.kind == "title" for b in blocks)):
            body = f"<h1>{_x(episode.title)}</h1>\n{body}"
        files[f"EPUB/{name}"] = _xhtml(title, f'<section epub:type="chapter" id="body">\n{body}\n</section>')
        sentences = [i for b in blocks for i in b.sentences]
        manifest.append(f'<item id="c{n}" href="{name}" media-type="application/xhtml+xml" media-overlay="mo{n}"/>')
        spine.append(f'<itemref idref="c{n}"/>')
        if sentences:
            files[f"EPUB/chapter-{n}.smil"] = _smil(name, sentences, bounds)
            ms = sum(bounds[i + 1] - bounds[i] for i in sentences)
            total += ms
            durations.append(f'<meta property="media:duration" refines="#mo{n}">{clock(ms)}</meta>')
            manifest.append(f'<item id="mo{n}" href="chapter-{n}.smil" media-type="application/smil+xml"/>')
            target = f"{name}#s{sentences[0] + 1}"
        else:
            manifest[-1] = manifest[-1].replace(f' media-overlay="mo{n}"', "")
            target = name
        toc.append(f'<li><a href="{target}">{_x(title)}</a></li>')
    files["EPUB/nav.xhtml"] = _xhtml(
        episode.title,
        f'<nav epub:type="toc" id="toc" role="doc-toc">\n<h1>차례</h1>\n<ol>\n{chr(10).join(toc)}\n</ol>\n</nav>\n'
        f'<nav epub:type="landmarks" id="landmarks" hidden="hidden">\n<h2>길잡이</h2>\n<ol>\n'
        f'<li><a epub:type="bodymatter" href="chapter-1.xhtml">본문</a></li>\n</ol>\n</nav>',
    )
    first = script.articles[0] if script.articles else None
    creator = f"<dc:creator>{_x(first.author)}</dc:creator>\n" if first and first.author else ""
    stamp = (modified or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    files["EPUB/package.opf"] = f"""<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="ko">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">{book_id(episode)}</dc:identifier>
<dc:title>{_x(episode.title)}</dc:title>
<dc:language>ko</dc:language>
{creator}<meta property="dcterms:modified">{stamp}</meta>
<meta property="schema:accessMode">textual</meta>
<meta property="schema:accessMode">auditory</meta>
<meta property="schema:accessModeSufficient">textual</meta>
<meta property="schema:accessModeSufficient">auditory</meta>
<meta property="schema:accessibilityFeature">synchronizedAudioText</meta>
<meta property="schema:accessibilityFeature">tableOfContents</meta>
<meta property="schema:accessibilityFeature">readingOrder</meta>
<meta property="schema:accessibilityHazard">none</meta>
<meta property="schema:accessibilitySummary">기사 본문과 낭독 음성이 문장 단위로 동기화되어 있습니다.</meta>
<meta property="media:duration">{clock(total)}</meta>
{chr(10).join(durations)}
<meta property="media:active-class">{ACTIVE_CLASS}</meta>
<meta property="media:playback-active-class">{PLAYING_CLASS}</meta>
<meta property="media:narrator">{_x(episode.voice)}</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="css" href="style.css" media-type="text/css"/>
<item id="audio" href="{AUDIO}" media-type="audio/mpeg"/>
{chr(10).join(manifest)}
</manifest>
<spine>
{chr(10).join(spine)}
</spine>
</package>
"""
    return files


def write_epub(
    episode: Episode, path: str | Path, *, audio: str | Path | None = None, modified: datetime | None = None
) -> None:
    """Write the EPUB atomically. ``audio`` is an MP3 of this episode already written (reused)."""
    files = build_files(episode, modified=modified)
    with atomic_path(Path(path)) as tmp, tempfile.TemporaryDirectory() as work:
        mp3 = Path(audio) if audio is not None else Path(work) / AUDIO
        if audio is None:
            episode.write_mp3(mp3)
        with zipfile.ZipFile(tmp, "w") as book:
            # the mimetype comes first, stored, so the container can be recognised by its first bytes
            book.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", compress_type=zipfile.ZIP_STORED)
            for name, text in files.items():
                book.writestr(name, text.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
            book.write(mp3, f"EPUB/{AUDIO}", compress_type=zipfile.ZIP_STORED)
