"""Readings mended after the twenty-second round of whole articles, each tested on sentences other
than the ones that showed the fault."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("평균 4분 30초/km 페이스를 지켰다.", "평균 킬로미터당 사 분 삼십 초 페이스"),
        ("선두는 2분 58초/㎞로 달렸다.", "킬로미터당 이 분 오십팔 초로"),
        ("한 번 충전에 1시간 20분/회가 걸린다.", "회당 한 시간 이십 분이"),
        ("작업에 1시간 2분 30초/회가 든다.", "회당 한 시간 이 분 삼십 초가"),
    ],
)
def test_a_span_of_time_per_unit_says_the_rate_once_before_the_whole_span(written: str, said: str) -> None:
    """3분 5초/㎞ was heard 삼 분 킬로미터당 오 초: the rate fell between the span's parts."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "unsaid"),
    [
        ("선두는 2분 58초/㎞로 달렸다.", "킬로미터당 오십팔"),
        ("작업에 1시간 2분 30초/회가 든다.", "회당 삼십"),
    ],
)
def test_the_later_parts_of_a_span_say_no_rate(written: str, unsaid: str) -> None:
    assert unsaid not in normalize(written)


def test_a_span_with_no_slash_after_it_says_no_rate() -> None:
    assert normalize("기록은 2시간 5분 48초였다.") == "기록은 두 시간 오 분 사십팔 초였다."
    assert normalize("평균 5분/㎞로 달렸다.") == "평균 킬로미터당 오 분으로 달렸다."


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("접속 주소 login-hanbitbank[.]kr 를 차단했다.", "로그인 하이픈"),
        ("피싱 서버 update[.]hanbit-soft[.]com 으로 연결됐다.", "닷컴으로"),
        ("악성 파일은 hxxps://cdn-files[.]com/a 에서 내려받아졌다.", "닷컴 슬래시 에이에서"),
        ("발신 주소 admin[@]hanbit-pay[.]com 으로 메일이 왔다.", "어드민 골뱅이"),
    ],
)
def test_a_defanged_address_is_read_as_the_address_it_stands_for(written: str, said: str) -> None:
    """upd-sync[.]net was heard 업드 싱크 and a bracketed dot the voice cannot say."""
    spoken = normalize(written)
    assert said in spoken
    assert "[" not in spoken and "xx" not in spoken


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("차단된 도메인 'bad-host.net'은 모두 12개다.", "닷넷'은 모두"),
        ('공격자는 "hanbit-cdn[.]com"을 썼다.', '닷컴"을'),
    ],
)
def test_an_address_quoted_in_the_sentence_with_a_particle_after_is_said(written: str, said: str) -> None:
    """'upd-sync.net'을 was heard as an empty pair of quotes: the address left out as a byline's."""
    assert said in normalize(written)


def test_a_bracketed_dot_in_plain_words_stays_no_address() -> None:
    assert "점" not in normalize("목록[.]은 없다.")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("공격 서버 IP 185.220.101[.]34 를 막았다.", "백팔십오 점 이백이십 점 백일 점 삼십사"),
        ("내부 주소 10[.]0[.]0[.]12 로 접속했다.", "십 점 영 점 영 점 십이"),
    ],
)
def test_a_defanged_ip_address_is_read_as_its_numbers(written: str, said: str) -> None:
    """185.220.101[.]34 was heard with a bracketed dot the voice cannot say between 백일 and 삼십사."""
    spoken = normalize(written)
    assert said in spoken
    assert "[" not in spoken


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("새 전기차의 전비는 6.1km/kWh다.", "킬로와트시당 육 점 일 킬로미터다"),
        ("도심 전비 4.8㎞/㎾h를 인증받았다.", "킬로와트시당 사 점 팔 킬로미터를"),
        ("연비는 리터당 15.2㎞/ℓ로 같다.", "리터당 십오 점 이 킬로미터로"),
    ],
)
def test_a_distance_per_energy_is_said_as_a_fuel_economy_is(written: str, said: str) -> None:
    """5.3㎞/㎾h was heard 오 점 삼 킬로미터 퍼 킬로와트시 where 15.2㎞/ℓ is 리터당 … 킬로미터."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("배출계수는 0.45kg/kWh 수준이다.", "영 점 사오 킬로그램 퍼 킬로와트시"),
        ("요금은 150원/kWh다.", "킬로와트시당 백오십 원이다"),
    ],
)
def test_other_units_per_energy_keep_their_reading(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("이번 대회는 덤 7.5집의 중국 규칙을 따른다.", "덤 일곱 집 반의"),
        ("덤은 6.5집이다.", "여섯 집 반이다"),
        ("결국 3.5집 차이로 이겼다.", "세 집 반 차이로"),
        ("중반까지 흑이 12집 앞섰다.", "흑이 열두 집 앞섰다"),
        ("계산해 보니 백은 4집 모자랐다.", "백은 네 집 모자랐다"),
    ],
)
def test_points_of_baduk_with_their_half_written_as_a_decimal_or_after_a_particle(written: str, said: str) -> None:
    """덤 7.5집 was heard 칠 점 오집 and 흑이 15집 앞섰다 as an album's 십오집."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("가수의 3집 앨범이 나왔다.", "삼집"),
        ("긴 공백은 3집 발매 이후였다.", "삼집"),
    ],
)
def test_an_album_after_a_word_with_a_particle_stays_an_album(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("계정에는 2FA 설정이 없었다.", "투에프에이 설정"),
        ("2단계 인증(2FA)을 켜 두라고 당부했다.", "(투에프에이)를"),
    ],
)
def test_two_factor_authentication_is_said_in_english_as_3d_and_5g_are(written: str, said: str) -> None:
    """2FA was heard 이 에프에이, a figure and letters, where 3D is 쓰리디."""
    assert said in normalize(written)
