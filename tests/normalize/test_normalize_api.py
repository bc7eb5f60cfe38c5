"""The public interface: spans back to the source, user lexicons, line behaviour."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsread.errors import InputError
from newsread.normalize import Span, load_lexicon, normalize, normalize_spans


def _pieces(text: str) -> list[tuple[str, str]]:
    res = normalize_spans(text)
    return [(text[s.src_start : s.src_end], res.spoken[s.out_start : s.out_end]) for s in res.spans]


def test_spans_map_readings_to_their_source() -> None:
    pieces = _pieces("학생 12명이 GPU를 샀다.")
    assert ("12", "열두 ") in pieces
    assert ("GPU", "지피유") in pieces
    assert "".join(o for _, o in pieces) == normalize("학생 12명이 GPU를 샀다.")
    assert "".join(s for s, _ in pieces) == "학생 12명이 GPU를 샀다."


def test_unchanged_text_maps_one_to_one() -> None:
    res = normalize_spans("그는 웃었다. 李 대표도.")
    for sp in res.spans:
        src = res.source[sp.src_start : sp.src_end]
        out = res.spoken[sp.out_start : sp.out_end]
        if src == out:
            assert sp.src_end - sp.src_start == sp.out_end - sp.out_start


def test_dropped_gloss_keeps_its_source_in_a_span() -> None:
    res = normalize_spans("일석이조(一石二鳥)의 효과")
    assert res.spoken == "일석이조의 효과"
    assert Span(4, 10, 4, 4) in res.spans


def test_empty_and_plain() -> None:
    assert normalize_spans("").spans == ()
    assert normalize("") == ""
    assert normalize("뉴스를 듣는다.") == "뉴스를 듣는다."


def test_lines_stay_lines() -> None:
    text = "첫 줄 3개\n\n둘째 줄 GPU\r\n셋째 5·18\n"
    out = normalize(text)
    assert out.split("\n")[1] == ""
    assert out.count("\n") == text.count("\n")
    assert [normalize(line) for line in text.split("\n")] == out.split("\n")


def test_user_lexicon_takes_precedence(tmp_path: Path) -> None:
    path = tmp_path / "lex.tsv"
    path.write_text("# names\nGPU\t그래픽 칩\n李\t이재명\nKISTI\tKISTI\n", encoding="utf-8")
    lex = load_lexicon(path)
    assert lex == {"GPU": "그래픽 칩", "李": "이재명", "KISTI": "KISTI"}
    assert normalize("李 대통령 GPU 3개", lexicon=lex) == "이재명 대통령 그래픽 칩 세 개"
    # the user may keep a written form as it is
    assert normalize("KISTI 연구진", lexicon=lex) == "KISTI 연구진"
    # Latin keys match whole tokens only
    assert normalize("GPUS", lexicon=lex) == normalize("GPUS")


@pytest.mark.parametrize(
    "row",
    [
        "no tab here",
        "GPU\t",  # no reading: the word would be dropped unsaid
        "GPU\t  ",
        "\t지피유",
        "GPU\t지피유\t# graphics",  # a third cell would be read as part of the reading
    ],
)
def test_a_lexicon_row_that_is_not_two_cells_is_refused(tmp_path: Path, row: str) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(f"# ok\nCPU\t씨피유\n{row}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"line 3: expected written<TAB>spoken"):
        load_lexicon(bad)


def test_a_lexicon_that_cannot_be_read_is_named_plainly(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"cannot be read \(no such file or directory\)") as missing:
        load_lexicon(tmp_path / "missing.tsv")
    assert "Errno" not in str(missing.value)
    cp949 = tmp_path / "cp949.tsv"
    cp949.write_bytes("지피유\tGPU\n".encode("cp949"))
    with pytest.raises(InputError, match="is not UTF-8 text"):
        load_lexicon(cp949)


def test_normalize_is_spans_spoken() -> None:
    for text in ["2025년 10월 9일", "$3조를", "反정부 (주)삼성", "a\u200bb"]:
        assert normalize(text) == normalize_spans(text).spoken


def test_particle_after_a_lexicon_reading_agrees() -> None:
    assert normalize("GPU를 샀다", lexicon={"GPU": "그래픽 칩"}) == "그래픽 칩을 샀다"
    # and so does one after a closing quote
    assert normalize("'GPU'를 샀다", lexicon={"GPU": "그래픽 칩"}) == "'그래픽 칩'을 샀다"


def test_large_lexicon_longest_match_and_token_bounds() -> None:
    lex = {f"이름{i}": f"읽기{i}" for i in range(5000)}
    lex.update({"AI": "인공지능", "이름": "X"})
    assert normalize("이름123 씨", lexicon=lex) == "읽기123 씨"
    assert normalize("이름 씨", lexicon=lex) == "X 씨"
    assert normalize("RAIN과 AI", lexicon=lex) == normalize("RAIN과", lexicon=None) + " 인공지능"
    lex["새이름"] = "새 읽기"  # a changed lexicon is seen on the next call
    assert normalize("새이름", lexicon=lex) == "새 읽기"


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("수출 회복세⋯하반기 전망 밝아", "수출 회복세…하반기 전망 밝아"),  # the midline ellipsis
        ("기다렸다‥ 그러나", "기다렸다… 그러나"),  # the two-dot leader
        ("기다렸다… 그러나", "기다렸다… 그러나"),
    ],
)
def test_every_ellipsis_is_kept_as_one_pause(text: str, spoken: str) -> None:
    """An ellipsis is a pause, never dropped: dropped, it glued two words into one (회복세하반기)."""
    assert normalize(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("로제의 'APT.'가 1위", "로제의 '아파트'가 일 위"),
        ("'LOVE DIVE.'를 불렀다", "'러브 다이브'를 불렀다"),
        ("신곡 'TOMBOY.' 무대", "신곡 '톰보이' 무대"),
    ],
)
def test_the_full_stop_of_a_quoted_title_is_no_sentence_end(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
