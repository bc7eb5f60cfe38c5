"""Readings mended for the faults noticed in the twenty-fourth round (counts over counts of people,
fractions beside 혈압, counts of seats, names in capitals alone in quotes), each tested on sentences
other than the ones that showed the fault."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("녹색당은 2석을 지켰다.", "두 석을"),
        ("교섭단체까지 7석이 부족하다.", "일곱 석이"),
        ("군소 정당은 9석에 머물렀다.", "아홉 석에"),
        ("무소속은 1석, 기본소득당은 4석이었다.", "한 석, 기본소득당은 네 석"),
        ("여당은 164석을 얻었다.", "백육십사 석을"),
        ("비례 의석 23석이 배분됐다.", "이십삼 석이"),
        ("공연장은 1천500석 규모다.", "천오백 석"),
    ],
)
def test_seats_are_counted_natively_while_small(written: str, said: str) -> None:
    """Seats were always Sino-Korean (무소속 일 석, 육 석): a small count is said natively, 한 석,
    as news says it, and from 20 up in Sino-Korean."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("가람당 142석, 나래당 96석, 다솜당 8석, 무소속 2석으로 나뉘었다.", "팔 석, 무소속 이 석"),
        ("새빛당 5석, 한결당 3석을 얻었다.", "다섯 석, 한결당 세 석"),
    ],
)
def test_the_seats_of_one_tally_are_counted_alike(written: str, said: str) -> None:
    """A tally of seats with a count of 20 or more is all Sino-Korean, as a tally of votes is."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("1석3조의 정책이다.", "일석삼조의"),
        ("1가구1주택 원칙을 지킨다.", "일가구 일주택"),
    ],
)
def test_an_idiom_written_with_its_numbers_keeps_them_sino(written: str, said: str) -> None:
    """A counter glued to the next numbered word of an idiom or a name (1석3조) is no count of seats."""
    assert said.replace(" ", "") in normalize(written).replace(" ", "")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("혈당과 혈압, 3/5 개선됐다.", "오분의 삼"),
        ("혈압 조절 환자 중 2/3 이상이 호전됐다.", "삼분의 이 이상이"),
        ("혈압과 체중, 1/4이 줄었다.", "사분의 일이"),
        ("혈압 이상 확률은 1/1,000이다.", "천분의 일이다"),
    ],
)
def test_a_share_near_blood_pressure_is_a_fraction(written: str, said: str) -> None:
    """Any N/N within a few characters after 혈압 was a pressure (혈당과 혈압, 3/5 → 삼에 오); a
    share whose figures no pressure has stays a fraction."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("혈압 118/72로 안정적이다.", "백십팔에 칠십이로"),
        ("혈압(좌/우)은 136/88이었다.", "백삼십육에 팔십팔"),
        ("진료 기록상 혈압은 평균 152/97이었다.", "백오십이에 구십칠"),
        ("혈압은 55/30까지 떨어졌다.", "오십오에 삼십까지"),
    ],
)
def test_a_blood_pressure_after_its_word_is_still_one(written: str, said: str) -> None:
    """Figures in a pressure's range after 혈압 nearby, or any figures right after 혈압 and its
    particle with the first larger, are a pressure."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("환자는 5명/10만 명이다.", "십만 명당 다섯 명이다"),
        ("사망률은 7.3명/10만명으로 낮다.", "십만 명당 칠 점 삼 명으로"),
        ("의료기관은 2.1곳/1만 명에 그친다.", "만 명당 이 점 일 곳에"),
        ("빈집은 4채/1천 가구 꼴이다.", "천 가구당 네 채"),
        ("환자 3명/10만 명당 수준이다.", "십만 명당 세 명 수준"),
        ("사고는 15건/100만 명이었다.", "백만 명당 십오 건이었다"),
    ],
)
def test_a_count_over_a_round_count_of_people_is_said_per_it(written: str, said: str) -> None:
    """A count over a round count of people (5명/10만 명) lost its slash and was heard as two counts,
    다섯 명 십만 명; it is said per the people, as 10만 명당 5명 is written."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("발생률은 6.8/10만 명이다.", "십만 명당 육 점 팔이다"),
        ("유병률은 12/1만 명으로 집계됐다.", "만 명당 십이로"),
        ("유병률은 11/10만 명이다.", "십만 명당 십일이다"),
    ],
)
def test_a_bare_figure_over_a_population_is_a_rate(written: str, said: str) -> None:
    """A bare figure over a population (4.1/10만 명) was heard as a score, 십 점 만점에 사 점 일만
    명; it is a rate per the people."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("응답자 3/10명이 찬성했다.", "열 명 중 세 명이"),
        ("평점은 4.5/5점이다.", "만점에"),
        ("합격자는 3명/10명이었다.", "세 명 열 명"),
        ("점수는 7점/100점이다.", "칠 점 백 점"),
    ],
)
def test_a_part_or_a_score_is_no_rate_per_people(written: str, said: str) -> None:
    """A part of a few people (3/10명), a score, a count over a small count and a count of points
    over points stay as they were."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("신인 그룹 'TAEYOUNG'이 데뷔했다.", "태영"),
        ("배우 'SEUNGMIN'이 시상식에 섰다.", "승민"),
        ("가수 'HYEJIN'의 신곡이 나왔다.", "혜진"),
        ("브랜드 「HAEOREUM」을 선보였다.", "해오름"),
        ("솔로 'JOOHEON'이 무대에 올랐다.", "주헌"),
    ],
)
def test_a_korean_name_in_capitals_alone_in_quotes_is_said_as_the_name(written: str, said: str) -> None:
    """A name in capitals alone in quotes that spells a Korean name in the romanization was said
    by English rules ('SEOYEON' → 세오이에온); it is the name, as Seoyeon is 서연."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("과일 음료 'MANGO'를 내놨다.", "망고"),
        ("그룹 'NEON'이 나왔다.", "네온"),
        ("업체는 'SEO' 전략을 세웠다.", "에스이오"),
        ("그룹 'SEVENTEEN'이 공연했다.", "세븐틴"),
    ],
)
def test_an_english_word_or_an_acronym_alone_in_quotes_is_not_a_korean_name(written: str, said: str) -> None:
    """A word the dictionary holds with no spelling of the romanization, a listed word and an
    acronym keep their readings."""
    assert said in normalize(written)
