"""Readings mended for vote tallies, counts glued to a game's counters, a per cent sign after a
word, lists of bus routes, releases with a letter, T before a word of the engine, a slash rate
with 당 and ranges of valences, each tested on sentences other than the ones that showed the
fault."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("동의안은 찬성 143표, 반대 8표, 기권 6표로 가결됐다.", "찬성 백사십삼 표, 반대 팔 표, 기권 육 표로"),
        ("결과는 반대 2표, 찬성 30표였다.", "반대 이 표, 찬성 삼십 표였다"),
        ("찬성 20표 반대 1표로 통과됐다.", "찬성 이십 표 반대 일 표로"),
        ("찬성 1,204표, 반대 3표", "찬성 천이백사 표, 반대 삼 표"),
        # a tally of small counts stays native, and so does a count outside any tally
        ("찬성 8표, 반대 2표, 기권 1표로 가결됐다.", "찬성 여덟 표, 반대 두 표, 기권 한 표로"),
        ("김철수 후보는 25표를 얻었고 이영희 후보는 9표에 그쳤다.", "아홉 표에"),
        ("그는 단 2표 차로 낙선했다.", "두 표 차로"),
    ],
)
def test_the_counts_of_one_tally_are_said_alike(written: str, said: str) -> None:
    """찬성 21표, 반대 9표, 기권 2표 was heard 이십일 표, 아홉 표, 두 표: two systems in one tally."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("그는 5킬 1데스 9어시스트로 경기를 지배했다.", "오 킬 일 데스 구 어시스트로"),
        ("탑 라이너는 2데스만 허용했다.", "이 데스만"),
        ("원딜이 13킬을 쓸어 담았다.", "십삼 킬을"),
        # words that start with the counters stay words, and 킬로 is the kilo, a word apart alike
        ("2킬러 문항이 빠졌다.", "이킬러"),
        ("출발선에서 3킬로를 달렸다.", "삼 킬로를"),
        ("무게는 5킬로다.", "오 킬로다"),
    ],
)
def test_kills_and_deaths_are_counters_a_word_apart(written: str, said: str) -> None:
    """7킬 0데스 was heard 칠킬 영데스, run into one word as no counter."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("금리는 한 자릿수 후반%까지 올랐다.", "후반 퍼센트까지"),
        ("몇%가 찬성했나.", "몇 퍼센트가"),
        ("수십%p 차이가 났다.", "수십 퍼센트포인트"),
        # after a figure the unit is still said as before
        ("물가는 3%대 초반이다.", "삼 퍼센트대"),
    ],
)
def test_a_per_cent_sign_after_a_word_is_a_word_apart(written: str, said: str) -> None:
    """한 자릿수 초반% was heard 초반퍼센트, the unit run into the word before it."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("간선 261·지선 6716번 버스가 증차된다.", "간선 이육일 지선 육칠일육 번"),
        ("지선 5523·5528번 노선이 조정된다.", "오오이삼 오오이팔 번"),
        ("3318, 3412번 버스는 우회한다.", "삼삼일팔, 삼사일이 번 버스"),
        # a list whose last is not a route's stays as it was
        ("1·2번 출구는 닫혔다.", "일 이 번 출구"),
        ("지원자 150·200번은 면접을 본다.", "백오십"),
    ],
)
def test_every_route_of_a_list_is_read_digit_by_digit(written: str, said: str) -> None:
    """간선 472·지선 4212번 was heard 사백칠십이 before 사이일이 번: only the last was a route."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("12.S3 패치 노트가 나왔다.", "십이 점 에스쓰리 패치"),
        ("9.15a 버전에서 고쳐졌다.", "구 점 십오 에이 버전"),
        ("3.2b 펌웨어를 받았다.", "삼 점 이 비 펌웨어"),
        # without a word of a release it is no release
        ("수치는 3.2b였다.", "삼 점 이"),
    ],
)
def test_a_release_with_a_letter_is_read_part_by_part(written: str, said: str) -> None:
    """14.23b 패치 was heard 십사 점 이삼비 and 25.S1 패치 이십오에스 원."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("2.2T 디젤 모델은 적재함이 길다.", "이 점 이 터보 디젤"),
        # the head of the phrase decides: a truck is weighed in tonnes
        ("4.5T 디젤 트럭에 짐을 적재했다.", "사 점 오 톤 디젤 트럭"),
        ("1.5T 가솔린 모델은 화물칸도 넓다.", "일 점 오 터보 가솔린"),
        # a tonne with no word of the engine right after it stays a tonne
        ("화물칸에 자갈 3.5T을 실었다.", "삼 점 오 톤을"),
    ],
)
def test_an_engine_word_right_after_t_wins_over_cargo_further_off(written: str, said: str) -> None:
    """2.0T 가솔린 모델은 적재 공간이 넓다 was heard 이 점 영 톤: 적재 later won over 가솔린."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("대장균은 120/㎖당 검출됐다.", "밀리리터당 백이십 검출"),
        ("임대료는 5만원/㎡당 오른다.", "제곱미터당 오만 원 오른다"),
        ("대장균은 120/㎖ 검출됐다.", "밀리리터당 백이십 검출"),
        # a word of per_units.tsv after the slash takes its 당 alike
        ("심박수는 120회/분당 뛰었다.", "분당 백이십 회 뛰었다"),
        ("참가비는 2만원/명당이다.", "일 인당 이만 원이다"),
    ],
)
def test_a_slash_rate_with_dang_says_the_unit_once_first(written: str, said: str) -> None:
    """200/㎡당 was heard 이백 제곱미터당, where 200/㎡ is 제곱미터당 이백."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("5~6가 크롬이 검출됐다.", "오에서 육가 크롬"),
        ("2~4가 이온이 생긴다.", "이에서 사가 이온"),
        # the subject particle after a range still agrees with its figure
        ("개수는 2~3가 적당하다.", "이에서 삼이 적당하다"),
    ],
)
def test_a_range_of_valences_keeps_ga(written: str, said: str) -> None:
    """The valence after a range (2~3가 백신) keeps 가 by the rule of the valence word after it."""
    assert said in normalize(written)
