"""Readings mended after a review of the nineteenth round: each rule narrowed to the sentences it
was made for, beside sentences it must still catch."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


def _check(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out, out
    assert unsaid not in out, out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # 초과 after a slash is the word, not 초 (per second) and the particle 과
        ("주 52시간/초과 근무를 금지한다.", "오십이 시간 초과 근무", "초당"),
        ("하루 10건/초과 시 과태료가 붙는다.", "십 건 초과 시", "초당"),
        # a slash before a unit of time with a particle is still a rate
        ("맥박은 120회/분으로 빨라졌다.", "분당 백이십 회로", "회 분"),
        ("장비는 50회/초의 속도로 돈다.", "초당 오십 회", "회 초"),
    ],
)
def test_a_word_that_opens_with_a_unit_is_no_rate(written: str, said: str, unsaid: str) -> None:
    _check(written, said, unsaid)
