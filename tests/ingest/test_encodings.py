"""The same article saved in every encoding Korean pages come in gives the same article."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from newsread.errors import InputError
from newsread.ingest import load

from .helpers import PAGES, plan

PAGE = PAGES / "wire_dateline.txt"
HTML = PAGES / "html_article.html"


def _save(tmp_path: Path, text: str, encoding: str, suffix: str = ".txt", bom: bytes = b"") -> Path:
    path = tmp_path / f"article-{encoding}{suffix}"
    path.write_bytes(bom + text.encode(encoding))
    return path


ENCODINGS = [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("cp949", b""),
    ("cp949", codecs.BOM_UTF8),  # an editor's UTF-8 mark before CP949 bytes
    ("euc-kr", b""),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-16-le", b""),
    ("utf-16-be", b""),
]


@pytest.mark.parametrize(("encoding", "bom"), ENCODINGS, ids=[f"{e}{'+bom' if b else ''}" for e, b in ENCODINGS])
def test_detected_without_being_told(tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = PAGE.read_text(encoding="utf-8")
    reference = load(PAGE)
    article = load(_save(tmp_path, text, encoding, bom=bom))
    assert article.blocks == reference.blocks
    assert (article.title, article.author, article.date, article.byline) == (
        reference.title,
        reference.author,
        reference.date,
        reference.byline,
    )
    assert plan(article).sentences == plan(reference).sentences


@pytest.mark.parametrize("encoding", ["cp949", "utf-16"])
def test_html_in_other_encodings(tmp_path: Path, encoding: str) -> None:
    text = HTML.read_text(encoding="utf-8").replace('charset="utf-8"', f'charset="{encoding}"').replace("©", "(c)")
    article = load(_save(tmp_path, text, encoding, suffix=".html"))
    assert article.blocks == load(HTML).blocks


@pytest.mark.parametrize(("saved_as", "declared"), [("utf-8", "euc-kr"), ("cp949", "utf-8")])
def test_html_whose_charset_tag_is_wrong(tmp_path: Path, saved_as: str, declared: str) -> None:
    # a browser's "save as" re-encodes the page and keeps its old <meta charset>: the bytes decide
    cp949_page = PAGES / "html_cp949_euckr_meta_table.html"
    text = cp949_page.read_bytes().decode("cp949").replace('charset="euc-kr"', f'charset="{declared}"')
    article = load(_save(tmp_path, text, saved_as, suffix=".html"))
    assert article.blocks == load(cp949_page).blocks


def test_a_short_cp949_text(tmp_path: Path) -> None:
    text = "정부, 내년 예산 확정\n\n정부가 내년 예산을 확정했다.\n"
    article = load(_save(tmp_path, text, "cp949"))
    assert [b.text for b in article.blocks] == ["정부, 내년 예산 확정", "정부가 내년 예산을 확정했다."]


def test_encoding_can_be_forced(tmp_path: Path) -> None:
    path = _save(tmp_path, PAGE.read_text(encoding="utf-8"), "cp949")
    assert load(path, encoding="cp949").blocks == load(PAGE).blocks
    assert load(path, encoding="euc-kr").blocks == load(PAGE).blocks


def test_a_wrong_forced_encoding_is_an_input_error(tmp_path: Path) -> None:
    path = _save(tmp_path, PAGE.read_text(encoding="utf-8"), "cp949")
    with pytest.raises(InputError, match="utf-8"):
        load(path, encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding"):
        load(path, encoding="klingon")


@pytest.mark.parametrize(
    ("saved", "read"),
    [
        ("개화가 3?5일 늦어졌다.", "개화가 3~5일 늦어졌다."),  # a range's dash between figures
        ('"올해 농사?그게 꽃에 달렸다"고 말했다.', '"올해 농사 그게 꽃에 달렸다"고 말했다.'),  # a dash between words
        ("학자 권도윤(權道?)이 세웠다.", "학자 권도윤(權道)이 세웠다."),  # a rare Hanja of a name
        ("? 마루를 옛 방식대로 다시 깔았다.", "마루를 옛 방식대로 다시 깔았다."),  # a bullet
        ("문의는 노인복지팀 ? 031-000-0000으로 하면 된다.", "문의는 노인복지팀 031-000-0000으로 하면 된다."),
        ("무엇이 잘못됐는가? 답은 간단하다.", "무엇이 잘못됐는가? 답은 간단하다."),  # a question stays one
        (
            "그는 다음 타깃은 中? 美 압박 수위 높인다고 썼다.",
            "그는 다음 타깃은 中? 美 압박 수위 높인다고 썼다.",
        ),  # a question after a Hanja
        ("다음 차례는 日? 아직 모른다.", "다음 차례는 日? 아직 모른다."),
        ("정말 그랬을까 ? 아무도 모른다.", "정말 그랬을까 ? 아무도 모른다."),  # a spaced question mark
        ("누가 이길까 ? 결과는 내일 나온다.", "누가 이길까 ? 결과는 내일 나온다."),
    ],
)
def test_what_cp949_lost_as_a_question_mark_is_not_read_as_one(tmp_path: Path, saved: str, read: str) -> None:
    text = f"한빛군, 향교 보수 마쳐\n\n한빛군이 향교 보수를 마쳤다고 12일 밝혔다.\n\n{saved}\n"
    article = load(_save(tmp_path, text, "cp949"))
    assert article.blocks[-1].text == read


def test_a_question_mark_in_a_utf8_text_is_left_as_written(tmp_path: Path) -> None:
    text = "한빛군, 향교 보수 마쳐\n\n한빛군이 향교 보수를 마쳤다고 12일 밝혔다. 기간은 3?5일.\n"
    article = load(_save(tmp_path, text, "utf-8"))
    assert article.blocks[-1].text.endswith("3?5일.")
