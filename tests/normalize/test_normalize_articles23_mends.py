"""Readings mended after the twenty-third round of whole articles, each tested on sentences other
than the ones that showed the fault."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("출력은 500W(와트)로 두 배가 됐다.", "출력은 오백 와트로 두 배가 됐다."),
        ("전원 주파수는 60Hz(헤르츠)다.", "전원 주파수는 육십 헤르츠다."),
        ("조명의 색온도는 6,500K(켈빈)이다.", "조명의 색온도는 육천오백 켈빈이다."),
        ("연간 피폭량은 20mSv(밀리시버트)를 넘지 않았다.", "연간 피폭량은 이십 밀리시버트를 넘지 않았다."),
        ("상자 무게는 12㎏(킬로그램)이다.", "상자 무게는 십이 킬로그램이다."),
    ],
)
def test_a_unit_s_name_in_brackets_after_it_is_said_once(written: str, said: str) -> None:
    """3,400K(켈빈)다 was heard 삼천사백 켈빈 켈빈이다: the unit read by its name, then the name again."""
    assert normalize(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("표면 온도는 3,400K(절대온도)다.", "(절대온도)"),
        ("지름은 5㎝(약 2인치)다.", "(약 이 인치)"),
    ],
)
def test_a_bracket_after_a_unit_that_says_more_is_still_said(written: str, said: str) -> None:
    assert said in normalize(written)
