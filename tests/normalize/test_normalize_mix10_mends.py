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


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("생명의 전화 대신 상담전화 109로 연락하면 된다.", "일공구로"),
        ("해양 사고는 122로 신고하면 된다.", "일이이로"),
        ("정부민원안내콜센터 110에 문의하면 된다.", "일일공에"),
        ("환경오염 행위는 128로 신고할 수 있다.", "일이팔로"),
    ],
)
def test_a_public_hotline_is_said_digit_by_digit(written: str, said: str) -> None:
    """Hotlines missing from data/service_numbers.tsv were read as amounts: 상담전화는 109 → 백구."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("참가자는 109명이었다.", "백구 명"),
        ("사망자는 122명으로 늘었다.", "백이십이 명"),
        ("지수는 전날보다 110 올랐다.", "백십"),
    ],
)
def test_the_same_figures_elsewhere_stay_amounts(written: str, said: str) -> None:
    """Without a word of calling near, the new hotline numbers are figures as before."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("정찰위성은 총 5기가 발사된다.", "다섯 기가"),
        ("창고는 모두 21동이다.", "스물한 동이다"),
        ("자주포는 모두 18문이다.", "열여덟 문이다"),
    ],
)
def test_things_named_before_their_total_are_counted(written: str, said: str) -> None:
    """A noun of built things before 모두 or 총 did not make the counter count: 원전은 모두 26기 was
    heard 이십육 기, where 원전 26기 is 스물여섯 기."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("졸업생은 모두 3기다.", "삼 기다"),
        ("모두 26기가 있다.", "이십육 기가"),
    ],
)
def test_a_total_of_other_things_keeps_the_number(written: str, said: str) -> None:
    """A total after a noun that is no built thing, or after nothing, stays a number's name."""
    assert said in normalize(written)
