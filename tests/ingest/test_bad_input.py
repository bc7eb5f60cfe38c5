"""Bad input: a clear one-line InputError, or the whole text with a warning; never a traceback."""

from __future__ import annotations

import io
import logging
import os
import random
import sys
from pathlib import Path

import pytest

from newsread.errors import InputError
from newsread.ingest import load, parse_text

from .helpers import PAGES


def _error(path: Path | str) -> str:
    with pytest.raises(InputError) as info:
        load(path)
    message = str(info.value)
    assert "\n" not in message
    assert message
    return message


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_empty_file(tmp_path: Path) -> None:
    assert "empty" in _error(_write(tmp_path, "empty.txt", b""))
    assert "empty" in _error(_write(tmp_path, "blank.txt", b" \n\r\n\t \n"))
    assert "empty" in _error(_write(tmp_path, "bom.txt", b"\xef\xbb\xbf\n"))


def test_image(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    assert "PNG image" in _error(_write(tmp_path, "photo.txt", png))
    assert "JPEG image" in _error(_write(tmp_path, "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64))


def test_binary(tmp_path: Path) -> None:
    rng = random.Random(4)
    data = bytes(rng.randrange(256) for _ in range(4096))
    assert "binary" in _error(_write(tmp_path, "random.bin", data))
    assert "binary" in _error(_write(tmp_path, "program", os.urandom(64) + b"\x00\x01\x02\x03" * 50))


def test_undecodable_bytes(tmp_path: Path) -> None:
    # Neither UTF-8 nor CP949 nor anything that decodes to Korean text.
    data = b"\x81\xff\xfe\x80\xc0\xc1" * 50
    message = _error(_write(tmp_path, "bytes.txt", data))
    assert "Korean" in message or "encoding" in message


def test_damaged_utf8_says_where(tmp_path: Path) -> None:
    good = (PAGES / "wire_dateline.txt").read_bytes()
    damaged = good[:300] + b"\xff\xfe\x80" + good[300:]
    assert "invalid UTF-8 at byte 300" in _error(_write(tmp_path, "damaged.txt", damaged))


def test_a_few_stray_nul_bytes_are_ignored(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    good = (PAGES / "wire_dateline.txt").read_bytes()
    path = _write(tmp_path, "nul.txt", good.replace(b"\n\n", b"\n\x00\n", 1))
    with caplog.at_level(logging.WARNING):
        assert load(path).blocks == load(PAGES / "wire_dateline.txt").blocks
    assert any("NUL" in r.getMessage() for r in caplog.records)


def test_text_without_korean(tmp_path: Path) -> None:
    english = _error(_write(tmp_path, "english.txt", b"The quick brown fox jumps over the lazy dog.\n"))
    assert "no Korean" in english
    # a page with no text at all, or one in English, is no question of encoding
    assert "encoding" not in english
    assert "encoding" not in _error(_write(tmp_path, "empty.html", b"<html><body><p></p></body></html>\n"))
    # letters of another script where Korean was expected: the code page may be wrong
    latin1 = "Ã¤Â°ÂºÃ«Â¦Â¬ Ã¬Â\x9d\x80\n".encode()
    assert "--encoding" in _error(_write(tmp_path, "latin1.txt", latin1))


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert "no such file" in _error(tmp_path / "nope.txt")
    assert "directory" in _error(tmp_path)


def test_page_with_no_story(tmp_path: Path) -> None:
    menus = "\n".join(
        [
            "본문 바로가기",
            "전체메뉴",
            "정치",
            "경제",
            "사회",
            "로그인",
            "구독",
            "많이 본 뉴스",
            "▶ 다른 기사 제목",
            "▶ 또 다른 기사",
        ]
    )
    assert "no story" in _error(_write(tmp_path, "menus.txt", menus.encode()))


def test_a_page_of_credits_stamps_and_markers_has_no_story(tmp_path: Path) -> None:
    lines = [
        "ⓒ연합뉴스",
        "/뉴스1",
        "◀ INT ▶ 이OO / 주민",
        "25.02.14 17:32",
        "시민기자",
        "관련 종목 더보기",
        "기사 본문",
    ]
    assert "no story" in _error(_write(tmp_path, "credits.txt", "\n".join(lines).encode("cp949")))


def test_html_with_no_story(tmp_path: Path) -> None:
    page = "<html><body><nav><a href='/'>홈</a> <a href='/a'>정치</a></nav></body></html>"
    message = _error(_write(tmp_path, "empty.html", page.encode()))
    assert "no article text" in message or "no story" in message


def test_client_rendered_page_with_no_story_in_it(tmp_path: Path) -> None:
    # a Next.js page saved before its article loaded, and a Nuxt one: say what to save instead
    state = '{"props":{"pageProps":{"articleId":"A1","dehydratedState":{"queries":[{"state":{"data":null}}]}}}}'
    shells = [
        f'<html><head><title>공공기관 이전 명단 윤곽</title></head><body><div id="__next"><header>한빛경제</header>'
        f'<p>잠시만 기다려 주세요.</p></div><script id="__NEXT_DATA__" type="application/json">{state}</script>'
        "</body></html>",
        "<html><head><title>태풍 북상</title></head><body><div id='app'>로딩 중입니다</div>"
        "<script>window.__NUXT__={state:{article:null}};</script></body></html>",
    ]
    for i, page in enumerate(shells):
        message = _error(_write(tmp_path, f"shell{i}.html", page.encode()))
        assert "JavaScript" in message and "Save Page As" in message


_TEASERS = [
    ("지하철 요금 300원 인상", "서울 지하철 기본요금이 다음 달 7일부터 오른다."),
    ("폭염에 온열질환자 급증", "올여름 온열질환자가 지난해보다 30% 늘었다."),
    ("청년 월세 지원 신청 시작", "청년 월세 특별 지원 신청이 오늘부터 시작된다."),
]


def test_a_section_page_of_links_is_no_article(tmp_path: Path) -> None:
    items = "".join(f"<li><a href='/{i}'><strong>{h}</strong><p>{t}</p></a></li>" for i, (h, t) in enumerate(_TEASERS))
    page = f"<html><head><title>사회 - 한빛일보</title></head><body><main><h2>사회</h2><ul>{items}</ul></main>"
    message = _error(_write(tmp_path, "section.html", page.encode()))
    assert "list of links" in message


def test_a_story_with_a_linked_sentence_is_read(tmp_path: Path) -> None:
    paras = "".join(f"<p>{t} 시는 자세한 내용을 누리집에 올렸다.</p>" for _, t in _TEASERS[1:])
    linked = f"<p><a href='/k'>{_TEASERS[0][1]}</a></p>"
    page = f"<html><head><title>생활 소식</title></head><body><article><h1>생활 소식</h1>{linked}{paras}</article>"
    # (a page this short comes back from trafilatura as one run of text: it is read from the page's lines)
    assert len(load(_write(tmp_path, "story.html", page.encode())).blocks) == 4


def test_text_with_no_chrome_and_no_sentences_is_read_whole_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    text = "가을 단풍 명소\n\n설악산 한계령 단풍길\n내장산 단풍터널\n"
    with caplog.at_level(logging.WARNING, logger="newsread.ingest"):
        article = parse_text(text, source="notes.txt")
    assert [b.text for b in article.blocks] == ["가을 단풍 명소", "설악산 한계령 단풍길", "내장산 단풍터널"]
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "paragraph"]
    assert any("whole text" in r.getMessage() for r in caplog.records)


def test_a_bare_article_without_any_page_around_it(caplog: pytest.LogCaptureFixture) -> None:
    text = (
        "정부, 내년 예산 확정\n\n정부가 내년 예산을 확정했다. 국회는 다음 주에 심의한다.\n\n"
        "쟁점은 복지 예산\n\n복지 예산이 가장 큰 쟁점이다.\n"
    )
    with caplog.at_level(logging.WARNING):
        article = parse_text(text)
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("title", "정부, 내년 예산 확정"),
        ("paragraph", "정부가 내년 예산을 확정했다. 국회는 다음 주에 심의한다."),
        ("heading", "쟁점은 복지 예산"),
        ("paragraph", "복지 예산이 가장 큰 쟁점이다."),
    ]
    assert not caplog.records


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (PAGES / "wire_dateline.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.decode("utf-8").encode("cp949"))))
    article = load("-")
    assert article.source == "<stdin>"
    assert article.blocks == load(PAGES / "wire_dateline.txt").blocks


def test_html_from_stdin_is_recognised(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (PAGES / "html_article.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert load("-").blocks == load(PAGES / "html_article.html").blocks


def test_every_byte_value_is_binary(tmp_path: Path) -> None:
    assert "binary" in _error(_write(tmp_path, "bytes.dat", bytes(range(256)) * 4))


def test_a_page_of_one_menu_line_says_so_in_the_singular(tmp_path: Path) -> None:
    page = "<html><body><nav>홈</nav><footer>ⓒ 한빛</footer></body></html>"
    message = _error(_write(tmp_path, "bare.html", page.encode()))
    assert "among 1 line of" in message
