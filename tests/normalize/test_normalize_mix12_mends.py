"""Readings mended after the twelfth blind mix of news shapes, each tested on sentences other than
the ones that showed the fault."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("다음 ①~④ 중 틀린 것은?", "일에서 사 중 틀린 것은"),
        ("㉡~㉣은 모두 옳다.", "니은에서 리을은 모두 옳다"),
        ("보기 ⓑ ~ ⓓ를 고른다.", "비에서 디를 고른다"),
        ("㉮~㉱ 항목을 검토했다.", "가에서 라 항목을"),
    ],
)
def test_a_range_of_list_marks_names_both_ends(written: str, said: str) -> None:
    """A range of circled marks written with a tilde (보기 ㉠~㉢) was dropped whole, a listener
    hearing 보기 가운데; each end is now named as a range of Roman numerals is."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("① 금리 ② 환율", "일, 금리, 이, 환율"),
        ("ⓒ 한빛일보", "한빛일보"),
    ],
)
def test_marks_outside_a_range_keep_their_reading(written: str, said: str) -> None:
    """Points of a list stay points, and a lone ⓒ of copyright stays silent."""
    assert normalize(written).strip() == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("세균은 200CFU/㎖ 이하여야 한다.", "이백 씨에프유 퍼 밀리리터 이하여야"),
        ("유산균 50억 CFU가 들었다.", "오십억 씨에프유가"),
        ("일반세균은 1,000CFU/1g을 넘었다.", "천 씨에프유 퍼 일 그램을"),
    ],
)
def test_colony_forming_units_are_a_unit(written: str, said: str) -> None:
    """CFU after a figure was spelled as letters and its slash lost (오백 씨에프유 백 밀리리터);
    as a unit it takes 퍼 before what it is counted in."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("모기 유충은 3마리/10㎡가 발견됐다.", "십 제곱미터당 세 마리가"),
        ("세포 수는 2만 개/1㎖였다.", "일 밀리리터당 이만 개"),
        ("불량품은 4개/1,000㎏ 꼴이다.", "천 킬로그램당 네 개"),
        ("적정 밀도는 1명/2.5㎢다.", "이 점 오 제곱킬로미터당 한 명"),
    ],
)
def test_a_count_over_a_measured_figure_is_said_per_it(written: str, said: str) -> None:
    """A count over a figure and a unit (500개/100㎖) lost its slash (오백 개 백 밀리리터); it is said
    per the measure, as 100㎖당 500개 is."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("점수는 3점/10점이다.", "삼 점 십 점이다"),
    ],
)
def test_a_count_over_a_count_is_not_a_measure(written: str, said: str) -> None:
    """A count over another count is not divided by a unit of the table (a count over a round
    count of people is a rate of its own: test_normalize_left24_mends)."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("혈압(최고/최저)은 150/95였다.", "백오십에 구십오"),
        ("혈압(좌측 팔)이 128/84로 나왔다.", "백이십팔에 팔십사"),
        ("혈압은 118/76이다.", "백십팔에 칠십육"),
    ],
)
def test_a_blood_pressure_after_a_bracketed_aside_is_not_a_fraction(written: str, said: str) -> None:
    """혈압(수축기/이완기)은 142/91 was heard 구십일분의 백사십이, the aside pushing 혈압 out of
    sight; it is now 백사십이에 구십일, as 혈압은 142/91 already was."""
    assert said in normalize(written)


def test_a_fraction_far_from_a_blood_pressure_stays_a_fraction() -> None:
    assert "오분의 삼" in normalize("혈압 관리 대상자 가운데 새로 등록한 비율은 3/5이다.")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("<그림 Ⅱ-3>을 보면 알 수 있다.", "그림 이의 삼"),
        ("부록 Ⅳ-1에 실렸다.", "부록 사의 일"),
        ("Ⅲ-2절의 규정을 따른다.", "삼의 이 절"),
    ],
)
def test_a_hyphen_after_a_roman_numeral_joins_a_part(written: str, said: str) -> None:
    """<표 Ⅲ-2> was heard 표 삼마이너스 이, the hyphen taken for a sign; a number after a Roman
    numeral and a hyphen is a part of that part, said 의 as <표 3-2> is (삼의 이)."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("간 수치 ALT는 52U/L로 높았다.", "오십이 유닛 퍼 리터로"),
        ("CK 수치가 1,200U/L까지 올랐다.", "천이백 유닛 퍼 리터까지"),
        ("항체가는 8.5U/mL였다.", "팔 점 오 유닛 퍼 밀리리터"),
    ],
)
def test_enzyme_units_per_volume_are_a_unit(written: str, said: str) -> None:
    """U/L after a figure was heard 육십삼유 엘, the letters run into the number; it is a unit of a
    blood test, 유닛 퍼 리터, as IU/L is 아이유 퍼 리터."""
    assert said in normalize(written)


def test_a_rack_unit_is_not_an_enzyme_unit() -> None:
    assert "유닛" not in normalize("서버는 2U 크기다.")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("ⅱ~ⅳ의 경우에는 신고해야 한다.", "이에서 사의 경우"),
        ("⑵~⑷호는 삭제한다.", "이에서 사"),
        ("⒈~⒊ 항목을 먼저 본다.", "일에서 삼"),
    ],
)
def test_a_range_of_numeral_marks_is_joined(written: str, said: str) -> None:
    """A range of small Roman numerals or bracketed numbers (ⅰ~ⅲ, ⑴~⑶항) was heard 일 삼, the
    tilde lost; it is joined by 에서 now, as a range of capital Roman numerals (Ⅳ~Ⅴ) already was."""
    assert said in normalize(written)
