"""Readings mended for the faults noticed in the thirteenth mix (a count changed from one number of
the same counter to another, arrows and triangles of change before a headline's ellipsis or middle
dot), each tested on sentences other than the ones that showed the fault."""

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


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("환율 ↑…수입 물가 비상", "환율 상승"),
        ("유가 ↓ 물가 ↑…서민 부담", "물가 상승"),
        ("취업자 ▲1.8%…넉 달째 증가", "일 점 팔 퍼센트 상승"),
        ("코스닥 ▼12.45…외국인 매도", "십이 점 사오 하락"),
        ("수입 ▼3.4%·수출 ▲1.1%", "삼 점 사 퍼센트 하락"),
        ("대기 40분↑…민원 폭주", "사십 분 이상"),
    ],
)
def test_an_arrow_of_change_is_said_before_an_ellipsis(written: str, said: str) -> None:
    """An arrow or a triangle of change right before a headline's ellipsis or middle dot was
    dropped (집값 ↑… → 집값, ▲2.3%… → 이 점 삼 퍼센트): it is said, 상승 or 하락, as before a space."""
    assert said in normalize(written)


@pytest.mark.parametrize("written", ["▲1·2차 개요", "▲20대 남성…취업 늘어"])
def test_a_bullet_before_a_middle_dot_stays_a_bullet(written: str) -> None:
    out = normalize(written)
    assert "상승" not in out


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("수입은 ▲4.6%.", "사 점 육 퍼센트 상승"),
        ("영업이익은 ▼3,400원.", "삼천사백 원 하락"),
        ("지수 ▲7.25.", "칠 점 이오 상승"),
    ],
)
def test_a_change_before_a_full_stop_keeps_its_direction(written: str, said: str) -> None:
    """A figure of change that ends its sentence lost its arrow (수출은 ▲2.3%. → 이 점 삼 퍼센트)."""
    assert said in normalize(written)


@pytest.mark.parametrize("written", ["▲2. 추진 계획", "▼4. 향후 과제"])
def test_a_numbered_bullet_before_a_full_stop_stays_a_bullet(written: str) -> None:
    out = normalize(written)
    assert "상승" not in out and "하락" not in out
