"""Readings mended for the faults noticed in the thirteenth mix (a count changed from one number of
the same counter to another), each tested on sentences other than the ones that showed the fault."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("찬성은 4표에서 6표로 늘었다.", "네 표에서 여섯 표로"),
        ("의석은 3석에서 5석으로 늘었다.", "세 석에서 다섯 석으로"),
        ("반대표가 8표에서 2표로 줄었다.", "여덟 표에서 두 표로"),
    ],
)
def test_a_count_changed_to_another_of_its_counter_is_counted_alike(written: str, said: str) -> None:
    """A small count right after another of the same counter with a particle (7표에서 5표로) was
    taken for a pairing in a name, as 1인 1표 is, and said in Sino-Korean, 일곱 표에서 오 표로:
    it is one count changed, said as the first one is."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("1인 1표 원칙이다.", "일 인 일 표"),
        ("1표 1표가 소중하다.", "한 표 한 표가"),
        ("1가구 1주택 특례를 받는다.", "일 가구 일 주택"),
    ],
)
def test_a_pairing_in_a_name_stays_sino_korean(written: str, said: str) -> None:
    assert said.replace(" ", "") in normalize(written).replace(" ", "")
