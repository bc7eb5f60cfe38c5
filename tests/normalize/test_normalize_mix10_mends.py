"""Readings mended after the tenth blind mix of news shapes, each tested on sentences other than
the ones that showed the fault."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("제3경주에서 5번마가 선두로 나섰다.", "오 번 마가"),
        ("9번마와 2번마가 함께 들어왔다.", "구 번 마와 이 번 마가"),
        ("4번 경주마는 막판에 처졌다.", "사 번 경주마는"),
    ],
)
def test_a_horse_number_is_said_in_sino_korean(written: str, said: str) -> None:
    """A runner's number (N번마) was counted like times: 7번마 was heard 일곱 번마."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("그는 3번마다 쉬었다.", "세 번마다"),
        ("말을 3번 갈아탔다.", "세 번"),
    ],
)
def test_times_before_ma_still_count(written: str, said: str) -> None:
    """번마다 (every N times) and a horse ridden so many times still count in native numbers."""
    assert said in normalize(written)
