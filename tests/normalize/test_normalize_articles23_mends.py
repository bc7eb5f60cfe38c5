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


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("2등 번호는 각 조 '473920'이다.", "각 조 '사칠삼구이공'이다."),
        ("보너스 번호는 각 조 581306으로 정해졌다.", "각 조 오팔일삼공육으로"),
        ("1등 번호는 3조 '102947'이다.", "삼조 '일공이구사칠'이다."),
        ("인증번호는 '408152'이다.", "'사공팔일오이'"),
        ('접수번호 "20270315"를 입력하면 된다.', '"이공이칠공삼일오"를'),
    ],
)
def test_a_ticket_or_code_number_in_quotes_is_read_digit_by_digit(written: str, said: str) -> None:
    """각 조 '682944' was heard 육십팔만 이천구백사십사, where 4조 718203 beside it was digit by digit."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("올해 예산은 4조 '5000억 원'이 아니다.", "오천억 원"),
        ("각 조 12345명이 참가했다.", "만 이천삼백사십오 명"),
    ],
)
def test_an_amount_after_a_group_is_still_an_amount(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("자세한 내용은 hbwinterfestival.kr에서 볼 수 있다.", "에이치비윈터페스티벌 점 케이알에서"),
        ("신청은 www.gbbooktrain.kr로 하면 된다.", "더블유더블유더블유 점 지비북트레인 점 케이알로"),
        ("쇼는 누리집(www.sjfashionweek.kr)으로 생중계된다.", "에스제이패션위크 점 케이알"),
    ],
)
def test_an_address_of_a_name_s_letters_and_two_words_is_read_as_those_words(written: str, said: str) -> None:
    """www.hbfashionweek.kr was heard letter by letter, 에이치비에프에이에스에이치아이오엔더블유이이케이,
    where hbtraffic is 에이치비트래픽 and ticketlink 티켓링크."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("회사 'AT&T'는 통신사다.", "에이티앤티"),
        ("'R&D' 투자를 늘렸다.", "알앤디"),
        ("'LG & SK' 연합이다.", "엘지 앤드 에스케이"),
        ("'AWS & MS' 경쟁이다.", "에이더블유에스 앤드 엠에스"),
        ("'FDA & EMA' 승인이다.", "에프디에이 앤드 이엠에이"),
    ],
)
def test_letters_joined_by_an_ampersand_are_still_spelled(written: str, said: str) -> None:
    assert said in normalize(written)
