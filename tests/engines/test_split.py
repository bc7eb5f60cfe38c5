"""Splitting normalized text to an engine's length limit at natural boundaries."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsread.engines._neural import split_text

SENT = (
    "이재명 대통령이 젠슨 황 엔비디아 대표를 만나 최신 그래픽처리장치 이십육만 장 이상을 공급받기로 "
    "약속받았다. 이 대통령은 젠슨 황 엔비디아 대표와 이재용 삼성전자 회장, 정의선 현대차그룹 회장의 "
    "삼십일 치맥 회동을 언급하며 저도 그 자리에 있어야 했는데라며 화기애애한 분위기를 조성했다."
)


def test_short_text_is_one_piece() -> None:
    assert split_text("안녕하세요.", 95) == ["안녕하세요."]


def test_pieces_fit_and_keep_every_word_in_order() -> None:
    pieces = split_text(SENT, 95)
    assert len(pieces) > 1
    assert all(len(p) <= 95 for p in pieces)
    assert " ".join(pieces).split() == SENT.split()


def test_prefers_sentence_then_clause_boundaries() -> None:
    pieces = split_text(SENT, 95)
    assert pieces[0].endswith("약속받았다.")
    # the second sentence is split after a comma or a connective ending, not mid-phrase
    assert pieces[1].endswith(",") or pieces[1].endswith("언급하며")


def test_connective_ending_beats_a_plain_space() -> None:
    text = "정부는 내년 예산을 크게 늘리고 지방 정부의 재정 자립도를 높이는 방안을 검토하고 있다고 밝혔다"
    pieces = split_text(text, 40)
    assert pieces[0].split()[-1] in {"늘리고", "높이는", "검토하고"}
    assert all(len(p) <= 40 for p in pieces)


def test_a_word_longer_than_the_limit_is_never_cut() -> None:
    word = "가" * 30
    assert split_text(f"앞 {word} 뒤", 10) == ["앞", word, "뒤"]
    assert split_text(word, 10) == [word]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text("가나다라마바사아 ,.", min_size=1, max_size=25), min_size=1, max_size=30),
    st.integers(5, 60),
)
def test_never_mid_word(words: list[str], limit: int) -> None:
    text = " ".join(words)
    pieces = split_text(text, limit)
    assert " ".join(pieces).split() == text.split()
    for p in pieces:
        assert len(p) <= limit or len(p.split()) == 1
