"""Readings mended after the ninth blind mix of news shapes, each tested on sentences other than
the ones that showed the fault."""

from __future__ import annotations

import unicodedata

import pytest

from newsread.normalize import normalize
from newsread.normalize.data import table


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("시료 20㎕를 피펫으로 옮겼다.", "이십 마이크로리터를"),
        ("백혈구는 ㎕당 4천~1만 개가 정상이다.", "마이크로리터당"),
        ("검체 5μL를 떨어뜨린다.", "오 마이크로리터를"),
        ("배기량 1,598㏄ 엔진을 얹었다.", "천오백구십팔 시시"),
        ("응답 지연은 2㎳ 이내다.", "이 밀리초"),
        ("타이어 공기압은 250㎪로 맞춘다.", "이백오십 킬로파스칼"),
        ("전선 단면적은 1.5㎟다.", "일 점 오 제곱밀리미터"),
        ("충전 전류는 500㎃다.", "오백 밀리암페어"),
        ("오존 농도는 0.12㏙을 넘었다.", "영 점 일이 피피엠"),
    ],
)
def test_a_square_unit_sign_is_read_as_its_unit(written: str, said: str) -> None:
    """A unit written as one square sign (㎕, ㏄, ㎳) was dropped unspoken: the figure stood bare."""
    assert said in normalize(written)


def test_every_square_sign_reads_as_its_letters_do() -> None:
    """A square sign whose letters (by NFKC) are a unit of units.tsv is a unit too, read the same."""
    units = table("units.tsv")
    for code in range(0x3380, 0x33E0):
        sign = chr(code)
        letters = unicodedata.normalize("NFKC", sign).replace("µ", "μ")
        if letters in units:
            assert units.get(sign) == units[letters], sign


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        ("이번 14.2.3 패치에서 영웅 5명이 약해졌다.", "십사 점 이 점 삼 패치에서", "월"),
        ("앱은 4.10.2 버전부터 다크 모드를 지원한다.", "사 점 십 점 이 버전부터", "월"),
        ("제조사는 2.1.7 펌웨어를 배포했다.", "이 점 일 점 칠 펌웨어를", "월"),
        ("운영체제 11.0.22 빌드가 나왔다.", "십일 점 영 점 이십이 빌드가", "년"),
        # a year of four figures is a day still, and 업데이트 names no release
        ("2025.11.3 패치 노트가 공개됐다.", "이천이십오 년 십일월 삼 일", "점"),
        ("앱은 25.3.1 업데이트로 바뀌었다.", "이십오 년 삼월 일 일", "점"),
    ],
)
def test_a_number_with_two_full_stops_before_a_word_of_a_release(written: str, said: str, unsaid: str) -> None:
    """A patch's number (15.3.1 패치) was heard as a date, 십오 년 삼월 일 일 패치."""
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # a clause ended before the figure: an age group opens the next, as at the sentence's start
        ("찬성은 20대에서 높았고 70대 이상에서는 반대가 많았다.", "칠십 대 이상에서는"),
        ("청년층 취업자는 줄고 60대 이상은 23만 명 늘었다.", "육십 대 이상은"),
        ("여당이 앞섰지만 50대 이상에서는 야당이 우세했다.", "오십 대 이상에서는"),
        # a noun of machines before, in the same sentence, keeps it a count
        ("버스 2대가 멈췄고 20대 이상이 뒤엉켰다.", "스무 대 이상이"),
        ("차량 60대 이상이 물에 잠겼다.", "예순 대 이상이"),
    ],
)
def test_n_dae_with_an_amount_after_a_clause_s_end(written: str, said: str) -> None:
    """60대 이상 after a clause ended in -고 or -지만 was heard 예순 대, machines counted."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("환자는 Rh- A형이라 수혈이 어려웠다.", "알에이치 마이너스 에이형"),
        ("Rh-AB형 헌혈자를 찾는다.", "알에이치 마이너스 에이비형"),
        ("국민 대다수는 Rh+다.", "알에이치 플러스다"),
        ("희귀 혈액형인 Rh-형 환자", "알에이치 마이너스형"),
    ],
)
def test_the_sign_of_an_rh_factor(written: str, said: str) -> None:
    """Rh- before a space was heard 알에이치 with the sign unsaid, and Rh-O형 as 알에이치 오형."""
    assert said in normalize(written).replace("  ", " ")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("복지관에 쌀 5포를 전달했다.", "쌀 다섯 포를"),
        ("밀가루 2포(40㎏)를 샀다.", "밀가루 두 포"),
        ("비료 12포가 쌓여 있다.", "비료 열두 포가"),
        ("이른바 3포 세대의 고민이다.", "삼 포 세대"),
        ("지수는 4포인트 올랐다.", "사 포인트"),
    ],
)
def test_a_sack_counted_with_po(written: str, said: str) -> None:
    """멸치 1포 was heard 일포, the counter of a sack unknown; after a noun of goods sold by the
    sack it counts in native numerals, elsewhere it stays a Sino-Korean name (3포 세대)."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("수돗물 일반세균은 100/㎖ 이하여야 한다.", "밀리리터당 백 이하"),
        ("백혈구가 3천/㎕ 아래로 줄었다.", "마이크로리터당 삼천 아래로"),
        ("인구 밀도는 520/㎢다.", "제곱킬로미터당 오백이십"),
        # a fraction, a date and a unit divided by a unit stay as they were
        ("전체의 1/3 수준이다.", "삼분의 일"),
        ("농도는 5㎎/㎗다.", "오 밀리그램"),
    ],
)
def test_a_bare_count_per_unit(written: str, said: str) -> None:
    """A count with no counter over a unit (100/㎖) was heard 백 밀리리터, the slash unsaid."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("지선 3012번 배차 간격이 줄어든다.", "삼공일이 번"),
        ("간선 501번은 종로를 지난다.", "오공일 번"),
        ("순환 152번이 신설된다.", "일오이 번"),
        ("노선 7211번은 폐지된다.", "칠이일일 번"),
        ("지선 1번 출구 앞", "일 번 출구"),
    ],
)
def test_a_bus_route_named_by_its_kind(written: str, said: str) -> None:
    """A route of 100 and up after its kind (간선, 지선, 순환) or 노선 was heard as an amount,
    사천이백십이 번, where after 버스 it is said digit by digit."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("지원금은 예년의 ⅕ 수준이다.", "오분의 일 수준"),
        ("전체의 ⅜이 남았다.", "팔분의 삼이"),
        ("피자 ⅙ 조각", "육분의 일"),
        ("수량은 ⅒로 줄었다.", "십분의 일로"),
    ],
)
def test_every_fraction_written_as_one_sign(written: str, said: str) -> None:
    """Only ½, ⅓, ⅔, ¼ and ¾ were known: ⅕, ⅛ and the other signs were dropped unspoken."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("어르신은 23가 폐렴구균 백신을 맞는다.", "이십삼가 폐렴구균"),
        ("폐수에서 6가 크롬이 나왔다.", "육가 크롬"),
        ("올해부터 3가 독감 백신으로 바뀐다.", "삼가 독감"),
        # the subject particle after a figure still agrees with it
        ("합계가 3가 되면 끝난다.", "삼이 되면"),
        ("평균 3가 철저히 지켜졌다.", "삼이 철저히"),
    ],
)
def test_n_ga_before_a_vaccine_or_an_ion_is_its_valence(written: str, said: str) -> None:
    """3가 백신 was heard 삼이 백신, 가 taken for the subject particle and made to agree."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("마른오징어 2축(40마리)에 5만원이다.", "두 축"),
        ("구운 김 3속을 샀다.", "세 속을"),
        ("황태 1쾌는 20마리다.", "한 쾌는"),
        ("한국형 3축 체계를 강화한다.", "삼 축 체계"),
        ("8속 자동변속기를 달았다.", "팔 속 자동변속기"),
    ],
)
def test_the_market_bundles_of_dried_fish_and_laver(written: str, said: str) -> None:
    """오징어 1축 and 김 1속 were heard 일축, 일속: the bundles were no counters."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("신청사는 2029.6 준공 예정이다.", "이천이십구 년 유월 준공"),
        ("새 요금제는 2027.1 출시된다.", "이천이십칠 년 일월 출시"),
        ("경전철은 2030.12 개통을 목표로 한다.", "이천삼십 년 십이월 개통"),
        # a figure of a market or a measure stays a decimal
        ("코스피 2031.45 마감", "이천삼십일 점 사오"),
        ("면적은 2024.7 헥타르다.", "이천이십사 점 칠 헥타르"),
    ],
)
def test_a_year_and_a_month_before_a_word_of_what_is_done(written: str, said: str) -> None:
    """2026.12 발표 and 2028.6 개통 were heard as decimals, 이천이십육 점 일이: only words of a
    point in time (기준, 현재) made a year and a month a date."""
    assert said in normalize(written)
