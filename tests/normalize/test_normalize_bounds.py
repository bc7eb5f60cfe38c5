"""Figures and signs whose reading a word next to them decides, each class with sentences of
its own: what must be said, and what must not."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        ("22번 정답률 2.3%, 1등급 컷 92점 예상", "이십이 번 정답률", "스물두"),
        ("가장 어려운 문항은 주관식 22번으로 꼽혔다.", "주관식 이십이 번으로", "스물두"),
        ("객관식 15번 오답률은 80%를 넘었다.", "객관식 십오 번", "열다섯"),
        ("서술형 3번과 단답형 12번이 까다로웠다.", "서술형 삼 번과 단답형 십이 번", "세 번"),
        # a number of times stays a count
        ("그는 시험을 3번 치렀다.", "세 번", "삼 번"),
    ],
)
def test_a_question_number_is_a_name(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out, out
    assert unsaid not in out, out
