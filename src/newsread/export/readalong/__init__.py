"""A self-contained read-along page: the article, its audio, and the sentence being read highlighted.

``write_readalong(episode, folder)`` writes ``index.html``, ``readalong.css``,
``readalong.js``, ``icon.svg`` and ``audio.mp3`` into ``folder``. The page makes no request outside that
folder and works opened from disk (``file://``) as well as from any web server.

Safety: every piece of article text is HTML-escaped into the markup; the timings travel in
a ``<script type="application/json">`` block (with ``<``, ``>`` and ``&`` escaped so it
cannot close the block) that the script reads with ``textContent`` and ``JSON.parse``. The
script never builds markup from strings, and a Content-Security-Policy allows scripts,
styles and media from the page's own folder only.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from html import escape
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsread.errors import OutputError
from newsread.export import atomic_path
from newsread.export.readalong.layout import LaidBlock, clean_text, lay_out

if TYPE_CHECKING:
    from newsread.episode import Episode
    from newsread.types import Article

AUDIO_NAME = "audio.mp3"
ASSETS = ("readalong.css", "readalong.js", "icon.svg")
#: playback rates the ``[`` and ``]`` keys step through
RATES = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; media-src 'self'; img-src 'self'; "
    "base-uri 'none'; form-action 'none'"
)


#: the mark of a page newsread wrote, which a later run may replace
GENERATOR = '<meta name="generator" content="newsread">'


def _h(text: str) -> str:
    return escape(clean_text(text), quote=True)


def json_for_script(data: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&``."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _runs_html(block: LaidBlock, current: int | None) -> str:
    parts: list[str] = []
    for run in block.runs:
        if run.sentence is None:
            parts.append(_h(run.text))
        else:
            n = run.sentence
            tab = "0" if n == current else "-1"
            parts.append(f'<span class="s" id="s{n + 1}" data-i="{n}" tabindex="{tab}">{_h(run.text)}</span>')
    return "".join(parts)


def meta_html(article: Article) -> str:
    """An article's reporter and date, as the line that closes its story (empty where it has neither);
    the read-along page and the EPUB both end each article with it."""
    meta = [html for html in (_h(article.author or ""), _date_html(article.date)) if html]
    return f'<p class="meta">{" · ".join(meta)}</p>' if meta else ""


def _article_html(episode: Episode, blocks: list[LaidBlock]) -> tuple[str, bool]:
    """The article markup, and whether it already holds the page's ``h1`` (a single headline).

    Each article's reporter and date close that article's own story, so that on a page of several
    articles a date is never read as the one of the article above it.
    """
    articles = episode.script.articles
    several = len(articles) > 1
    own_h1 = not several and any(b.kind == "title" for b in blocks)
    first = 0 if episode.script.sentences else None
    lines: list[str] = []
    for n, b in enumerate(blocks):
        inner = _runs_html(b, first)
        if inner:
            lines.append(b.element(inner, several))
        if n + 1 == len(blocks) or blocks[n + 1].article != b.article:
            lines.append(meta_html(articles[b.article]))
    return "\n".join(line for line in lines if line), own_h1


def _nav_html(episode: Episode) -> str:
    if len(episode.chapters) < 2:
        return ""
    items = "\n".join(
        f'<li><a href="#s{c.first_sentence + 1}" data-i="{c.first_sentence}">{_h(c.title)}</a></li>'
        for c in episode.chapters
    )
    # labelled rather than headed, so the headline stays the page's first heading
    return f'<nav class="toc" aria-labelledby="toc-title">\n<p id="toc-title">차례</p>\n<ol>\n{items}\n</ol>\n</nav>\n'


def page_data(episode: Episode) -> dict[str, Any]:
    """What the page's script needs: sentence and chapter times, the rates to step through."""
    return {
        "sentences": [[t.start, t.end] for t in episode.timings],
        "chapters": [[c.first_sentence, c.start] for c in episode.chapters],
        "rates": list(RATES),
        "duration": episode.duration,
    }


def _zone_name(when: datetime) -> str:
    """The time zone of a time of day as a reader knows it: KST for Korean time (the time of nearly every
    Korean page), UTC, or the offset from UTC (``UTC+01:00``); a time with no zone is shown as it is."""
    offset = when.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds()) // 60
    if minutes == 9 * 60:
        return "KST"
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def _date_html(date: str | None) -> str:
    """An article's date for a reader: its day, and its time of day with its zone where the page gave one
    (``2026-12-01 15:05 KST``), in a ``<time>`` element that keeps the exact value for machines."""
    if not date:
        return ""
    try:
        when = datetime.fromisoformat(date)
    except ValueError:
        return _h(date)
    shown = when.strftime("%Y-%m-%d %H:%M") if "T" in date else when.strftime("%Y-%m-%d")
    if "T" in date and (zone := _zone_name(when)):
        shown += f" {zone}"
    return f'<time datetime="{_h(date)}">{shown}</time>'


def render_page(episode: Episode, audio_name: str = AUDIO_NAME) -> str:
    """The HTML of the read-along page (the assets and audio are separate files beside it)."""
    blocks = lay_out(episode.script)
    article, own_h1 = _article_html(episode, blocks)
    title = _h(episode.title)
    heading = "" if own_h1 else f"<h1>{title}</h1>\n"
    total = len(episode.script.sentences)
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
{GENERATOR}
<title>{title}</title>
<link rel="icon" href="icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="readalong.css">
</head>
<body>
<a class="skip" href="#article">본문으로 건너뛰기</a>
<header class="site">
<p>뉴스듣기 · 문장을 누르면 그 문장부터 읽습니다</p>
</header>
<main id="main">
<section class="player" aria-label="오디오 재생">
<audio id="audio" controls preload="metadata" src="{escape(audio_name, quote=True)}">
<a href="{escape(audio_name, quote=True)}">오디오 파일 내려받기</a>
</audio>
<div class="controls">
<button type="button" id="prev" aria-keyshortcuts="ArrowLeft">이전 문장</button>
<button type="button" id="play" aria-keyshortcuts="Space">재생</button>
<button type="button" id="next" aria-keyshortcuts="ArrowRight">다음 문장</button>
<button type="button" id="slower" aria-keyshortcuts="[">느리게</button>
<button type="button" id="faster" aria-keyshortcuts="]">빠르게</button>
<span class="speed">속도 <output id="rate" for="slower faster">1×</output></span>
<span class="position">문장 <output id="position">1</output> / {total}</span>
</div>
<p class="help">키보드: 스페이스 재생·일시정지, ←/→ 이전·다음 문장, [ / ] 느리게·빠르게</p>
<p id="status" class="visually-hidden" role="status" aria-live="polite"></p>
</section>
{_nav_html(episode)}<article id="article" tabindex="-1">
{heading}{article}
</article>
</main>
<footer class="site">
<p>음성: {_h(episode.voice)} · newsread</p>
</footer>
<script type="application/json" id="newsread-data">{json_for_script(page_data(episode))}</script>
<script src="readalong.js"></script>
</body>
</html>
"""


def check_page_folder(folder: Path) -> None:
    """Refuse a page folder that is a file, or that holds an ``index.html`` newsread did not write:
    ``--html .`` or ``--html site/`` replaced a web site's own front page without a word."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder} is a file: --html takes a folder, for example {folder.with_suffix('')}-page")
    index = folder / "index.html"
    if index.is_file():
        try:
            with index.open("rb") as fh:
                head = fh.read(4096).decode("utf-8", "replace")
        except OSError as exc:
            raise OutputError(f"cannot read {index}: {exc.strerror}; give --html a new folder") from exc
        if GENERATOR not in head:
            raise OutputError(
                f"{index} is a page newsread did not write, and the read-along page would replace it: "
                "give --html a new folder"
            )


def write_readalong(episode: Episode, folder: str | Path, *, audio: str | Path | None = None) -> Path:
    """Write the read-along page into ``folder`` (created if missing; its parent must exist).

    ``audio`` is an MP3 of this episode already written (copied rather than encoded again).
    Returns the path of ``index.html``.
    """
    folder = Path(folder)
    check_page_folder(folder)
    parent = folder.parent if str(folder.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"cannot write {folder}: folder {parent} does not exist; create it first")
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create {folder}: {exc.strerror}; choose a writable location") from exc
    target = folder / AUDIO_NAME
    if audio is not None:
        with atomic_path(target) as tmp:
            shutil.copyfile(audio, tmp)
    else:
        episode.write_mp3(target)
    here = files(__name__)
    for name in ASSETS:
        with atomic_path(folder / name) as tmp:
            tmp.write_bytes(here.joinpath(name).read_bytes())
    index = folder / "index.html"
    with atomic_path(index) as tmp:
        tmp.write_text(render_page(episode), encoding="utf-8", newline="\n")
    return index
