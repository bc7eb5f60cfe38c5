"""Pauses after a connective ending that closes a clause (newsread.g2p.phrasing)."""

from __future__ import annotations

import pytest

from newsread.g2p import phonemize
from newsread.g2p.phonemes import PhonemeTable, load_table
from newsread.g2p.phrasing import endings
from newsread.kiwi import without_morphology


def words_before_pauses(text: str) -> list[str]:
    """The written words after which ``text``'s phonemes pause (a pause follows the word)."""
    phon = phonemize(text)
    pieces = phon.rstrip(".").split(", ")
    words = text.rstrip(".").split(" ")
    out = []
    count = 0
    for piece in pieces[:-1]:
        count += len(piece.split(" "))
        out.append(words[count - 1])
    return out


@pytest.mark.parametrize(
    ("text", "pauses"),
    [
        ("국회는 오늘 본회의를 열고 법안 스무 건을 처리했습니다.", ["열고"]),
        ("오랜 가뭄으로 저수지 바닥이 드러나면서 농민들의 한숨이 깊어지고 있습니다.", ["드러나면서"]),
        ("헬기 스무 대가 투입됐지만 강한 바람 탓에 불길을 잡지 못했습니다.", ["투입됐지만"]),
        ("반도체 수출이 석 달 연속 늘어나며 무역수지 흑자를 이끌었습니다.", ["늘어나며"]),
        # the next word goes on with the predicate: one phrase; the pause comes after it
        ("경찰은 사고 원인을 조사하고 있으며 부상자는 모두 병원으로 옮겨졌습니다.", ["있으며"]),
        ("산불이 강풍을 타고 번지면서 주민 수백 명이 대피했습니다.", ["번지면서"]),
        # too short on one side to stand alone
        ("비가 오고 춥습니다.", []),
        ("문을 열고 손님을 맞습니다.", []),
        ("날이 풀리면서 나들이객이 늘었습니다.", []),
        # an ending that is not connective, and a sentence with no clause to close
        ("정부는 내년 예산을 육백칠십조 원 규모로 편성했다고 밝혔습니다.", []),
        ("문을 여는 야간 열람실이 새로 생겼습니다.", []),
    ],
)
def test_pauses_after_clauses(text: str, pauses: list[str]) -> None:
    assert words_before_pauses(text) == pauses


def test_a_pause_only_replaces_a_space() -> None:
    text = (
        "내일은 전국이 대체로 맑겠고 아침 기온은 영하 오 도 안팎이 되겠습니다. "
        "국회는 오늘 본회의를 열고 법안 스무 건을 처리했습니다."
    )
    plain = load_table("ja")
    table = PhonemeTable(**{**plain.__dict__, "phrase_pauses": None})
    with_pauses = phonemize(text, plain)
    assert with_pauses.count(", ") == 2
    assert with_pauses.replace(", ", " ") == phonemize(text, table)


def test_existing_punctuation_starts_a_new_phrase() -> None:
    # the comma already there closes a phrase: 맑겠고 is the only word of the next one
    assert words_before_pauses("내일은 대체로, 맑겠고 아침 기온은 영하 오 도 안팎이 되겠습니다.") == ["대체로,"]
    assert words_before_pauses("내일은, 대체로 맑겠고 아침 기온은 영하 오 도 안팎이 되겠습니다.") == [
        "내일은,",
        "맑겠고",
    ]


def test_no_pauses_without_morphology() -> None:
    with without_morphology():
        assert ", " not in phonemize("국회는 오늘 본회의를 열고 법안 스무 건을 처리했습니다.")


def test_endings_are_data() -> None:
    assert {"고", "면서", "지만"} <= endings()
    assert all(e and not e.startswith("#") for e in endings())
