"""Readings stated for shapes a listener heard wrong: group and index names with a number, AM or
PM after a span that already has 오전 or 오후, counts per unit of time, 번 against its noun, T as
tonnes by a leak or a load, g after a word of acceleration with a peak between, an arrow before a
verb of its direction, a numbered set's score, par and yards, a title of N시 past 24, pressing to
switch a device, a model's machines added, and an exchange rate ending in .0."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # a group of twenty is said in Sino-Korean, the Paris index by its French name
        ("G20 외교장관 회의가 열렸다.", "지이십 외교장관", "트웬티"),
        ("CAC40 지수가 올랐다.", "카크 사십 지수가", "씨에이씨"),
        # the letters alone are another body's initials
        ("중국 CAC는 규제를 강화했다.", "씨에이씨는", "카크"),
    ],
)
def test_a_group_or_an_index_with_its_number_is_said_by_its_name(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        ("진료는 오전 9:00-11:30 AM 본다.", "오전 아홉 시에서 열한 시 삼십 분", "오전 열한"),
        ("공연은 오후 3:00~5:00 PM 열린다.", "오후 세 시에서 다섯 시", "오후 다섯"),
        # across noon the second half is said: it is not the first's
        ("작업은 오전 11:30-1:00 PM 이어진다.", "오전 열한 시 삼십 분에서 오후 한 시", "오전 한"),
        # 오후 again before the second end is written, so said
        ("면담은 오후 2:00-오후 4:00 이다.", "오후 두 시에서 오후 네 시", "이천"),
    ],
)
def test_the_half_of_the_day_written_before_a_span_is_said_once(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        ("호흡수는 24회/분이다.", "분당 이십사 회", "회 분"),
        ("셔터는 10회/초로 움직인다.", "초당 십 회로", "회 초"),
        ("요금은 50원/분이다.", "분당 오십 원", "원 분"),
        ("민원은 300건/시간 몰렸다.", "시간당 삼백 건", "건 시간"),
    ],
)
def test_a_count_per_minute_or_second_is_said_with_its_rate_first(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("4번타자가 홈런을 쳤다.", "사 번 타자가"),
        ("2번기계를 멈췄다.", "이 번 기계를"),
        ("9번게이트에서 탑승한다.", "구 번 게이트에서"),
        # a match of games in baduk keeps its counter
        ("3번기 대국이 열린다.", "삼 번기 대국"),
        # a count of times against its particle
        ("3번씩 확인했다.", "세 번씩"),
    ],
)
def test_the_noun_that_a_number_of_beon_names_is_said_apart(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        ("경유 3.5T가 유출됐다.", "삼 점 오 톤이", "터보"),
        ("항구에서 철근 2.5T을 하역했다.", "이 점 오 톤을", "터보"),
        ("불법 폐기물 1.5T이 쌓였다.", "일 점 오 톤이", "터보"),
        # an engine's size stays a turbo
        ("신형에는 2.0T 엔진이 들어간다.", "이 점 영 터보 엔진", "톤"),
        ("1.6T 디젤 모델도 나온다.", "일 점 육 터보 디젤", "톤"),
    ],
)
def test_t_after_a_decimal_by_a_leak_or_a_load_is_tonnes(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        ("진동은 평균 1.5g 수준이었다.", "일 점 오 지", "그램"),
        ("가속도는 순간 4g에 달했다.", "사 지에", "그램"),
        ("진동 3g에서도 견딘다.", "삼 지에서도", "그램"),
        # a peak of a weight, or of sugar, stays grams
        ("센서의 무게는 최대 5g이다.", "오 그램", "오 지"),
        ("설탕은 약 3g 넣는다.", "삼 그램", "삼 지"),
    ],
)
def test_g_after_a_word_of_acceleration_and_a_peak_is_gravitys(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        ("격차는 ↑2.1%p 확대됐다.", "이 점 일 퍼센트포인트 확대", "상승"),
        ("손실은 ↓4% 축소되며 개선됐다.", "사 퍼센트 축소", "하락"),
        # no verb of its direction after it: the arrow is said
        ("가격 ↑3% 기록", "삼 퍼센트 상승", "확대"),
    ],
)
def test_an_arrow_is_unsaid_before_a_verb_of_its_direction(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        ("2세트 20:22 상황에서 교체됐다.", "이십 대 이십이", " 시 "),
        ("3세트 18:15 리드를 지켰다.", "십팔 대 십오", " 시 "),
        # a numbered set before what begins at a time of day
        ("2세트 10:30 시작이다.", "열 시 삼십 분", " 대 "),
    ],
)
def test_a_numbered_sets_figure_as_the_match_stands_is_its_score(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("코스(파71·7,013야드)에서 열린다.", "파 칠십일, 칠천십삼 야드"),
        ("파70·6,500야드로 조성됐다.", "파 칠십, 육천오백 야드"),
        # figures that share the counter after them stay one list
        ("지하2·3층에 있다.", "지하 이 삼 층"),
        ("3·4위전이 열린다.", "삼 사 위전"),
    ],
)
def test_par_and_yards_joined_by_a_dot_are_two_items(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        ("드라마 '26시'가 방영된다.", "이십육 시", "스물여섯"),
        ("영화 25시는 흑백이다.", "이십오 시는", "스물다섯"),
        ("『25시』를 읽었다.", "이십오 시", "스물다섯"),
        # an hour past 24 elsewhere is the broadcast's clock
        ("가게는 25시까지 문을 연다.", "스물다섯 시까지", "이십오"),
        ("소설은 26시까지 읽었다.", "스물여섯 시까지", "이십육"),
    ],
)
def test_an_hour_past_24_as_a_title_is_said_in_sino_korean(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("화면을 끄시려면 3번 누르세요.", "세 번 누르세요"),
        ("문을 잠그시려면 2번 누르세요.", "두 번 누르세요"),
        # a service wished for keeps the menu's button
        ("잔액을 확인하시려면 2번 누르세요.", "이 번 누르세요"),
    ],
)
def test_pressing_to_switch_a_device_counts_with_the_honorific(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        ("수리온 6대 증원을 요청했다.", "여섯 대 증원", "육 대"),
        ("마린온 4대 추가 투입이 결정됐다.", "네 대 추가 투입", "사 대"),
        ("수리온 12대 증강 계획", "열두 대 증강", "십이 대"),
        # an age group before a word of cases added
        ("30대 추가 감염자가 나왔다.", "삼십 대 추가", "서른"),
    ],
)
def test_a_count_of_machines_added_is_counted(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # every won with a decimal is said with 점, a trailing 0 too, as market reports say it
        ("원·달러 환율은 1,401.0원에 마감했다.", "천사백일 점 영 원에"),
        ("원/엔 환율은 100엔당 910.0원이다.", "구백십 점 영 원"),
    ],
)
def test_an_exchange_rate_ending_in_zero_keeps_its_decimal(written: str, said: str) -> None:
    assert said in normalize(written)
