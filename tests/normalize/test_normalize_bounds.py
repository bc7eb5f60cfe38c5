"""Figures and signs whose reading a word next to them decides, each class with sentences of
its own: what must be said, and what must not."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # an arrow after a size, a weight or a player's tally: a bound, 이상/이하
        ("키 4m↑ 대형 트럭은 진입할 수 없다.", "사 미터 이상", "상승"),
        ("몸무게 30㎏↓ 어린이는 보조 의자를 쓴다.", "삼십 킬로그램 이하", "하락"),
        ("키 120㎝↓ 어린이는 무료다.", "백이십 센티미터 이하", "하락"),
        ("중량 3.5t↑ 화물차는 통행이 금지된다.", "삼 점 오 톤 이상", "상승"),
        ("꿈의 무대에서 30홈런↑을 목표로 뛰겠다.", "삼십 홈런 이상을", "상승"),
        ("올해 15승↑ 목표를 세웠다.", "십오 승 이상", "상승"),
        # a percentage, a price or a count still goes up or down
        ("아파트값은 누적 3.2%↑, 서울 평균을 웃돌았다.", "삼 점 이 퍼센트 상승", "이상"),
        ("취업자 18만 명↑", "증가", "이상"),
    ],
)
def test_an_arrow_after_a_size_or_a_tally_is_a_bound(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out, out
    assert unsaid not in out, out


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("인명 피해는 부상 14명(중상 3·경상 11)이다.", "중상 세 명 경상 열한 명"),
        ("사상자는 중상 2, 경상 5로 집계됐다.", "중상 두 명, 경상 다섯 명으로"),
        ("사망 1, 실종 2, 부상 120으로 늘었다.", "사망 한 명, 실종 두 명, 부상 백이십 명으로"),
        # a counter written keeps its own reading
        ("부상 3주 진단을 받았다.", "부상 삼 주"),
        ("중상 1명, 경상 4명이다.", "중상 한 명, 경상 네 명이다"),
    ],
)
def test_a_bare_count_of_the_hurt_is_people(written: str, said: str) -> None:
    out = normalize(written)
    assert said in out, out
    assert "명 명" not in out, out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        ("22번 정답률 2.3%, 1등급 컷 92점 예상", "이십이 번 정답률", "스물두"),
        ("가장 어려운 문항은 주관식 22번으로 꼽혔다.", "주관식 이십이 번으로", "스물두"),
        ("객관식 15번 오답률은 80%를 넘었다.", "객관식 십오 번", "열다섯"),
        ("서술형 3번과 단답형 12번이 까다로웠다.", "서술형 삼 번과 단답형 십이 번", "세 번"),
        # a number of times stays a count
        ("그는 시험을 3번 치렀다.", "세 번", "삼 번"),
    ],
)
def test_a_question_number_is_a_name(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out, out
    assert unsaid not in out, out


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("하루 60mg/kg/일을 3회로 나누어 투여한다.", "하루 육십 밀리그램 퍼 킬로그램을"),
        ("하루 20mg/kg/day를 투여한다.", "하루 이십 밀리그램 퍼 킬로그램을"),
        ("소아는 하루에 10mg/kg/일을 넘지 않아야 한다.", "하루에 십 밀리그램"),
        ("하루 평균 52만 대/일이 다닌다.", "하루 평균 오십이만 대가"),
        ("연 3만t/년 규모의 공장을 짓는다.", "연 삼만 톤"),
        # with no rate word written before, the slash still says it
        ("이 공장은 3만t/년 규모다.", "연 삼만 톤"),
        ("체중 1kg당 30mg/kg/일을 쓴다.", "하루 삼십 밀리그램"),
    ],
)
def test_a_rate_written_before_its_figure_is_said_once(written: str, said: str) -> None:
    out = normalize(written)
    assert said in out, out
    for word in ("하루 하루", "연 연", "하루에 하루"):
        assert word not in out, out


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("자살예방 상담전화 ☎109에서 24시간 상담을 받을 수 있다.", "상담전화 일공구에서"),
        ("연락처 ☎1588-0000으로 문의하면 된다.", "연락처 일오팔팔"),
        ("대표 전화번호 ☎ 02-123-4567로 문의하면 된다.", "전화번호 공이"),
        ("콜센터 ☎1330을 운영한다.", "콜센터 일삼삼공을"),
    ],
)
def test_a_telephone_sign_after_its_word_is_unsaid(written: str, said: str) -> None:
    out = normalize(written)
    assert said in out, out
    assert "전화 전화" not in out and "번호 전화" not in out, out
    # with no such word, the sign is the label
    assert "전화 일일이" in normalize("분실물 신고는 ☎112로 하면 된다.")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("신라의 고승 원효(617~686)는 화엄 사상을 펼쳤다.", "원효(육백십칠 년에서 육백팔십육 년)은"),
        ("신라 장군 김유신(595~673)이 삼국 통일을 이끌었다.", "오백구십오 년에서 육백칠십삼 년"),
        ("통일신라 학자 설총(655~730)은 이두를 정리했다.", "육백오십오 년에서 칠백삼십 년"),
        # with no word of a person of the past before the name, or a span no life has, figures
        ("의상(625~702)과 함께 유학길에 올랐다.", "육백이십오에서 칠백이"),
        ("지원자 박민수(620~680)는 합격했다.", "육백이십에서 육백팔십"),
        ("고승 원효(100~900) 관련 유물", "백에서 구백"),
    ],
)
def test_a_life_in_three_digits_after_a_person_of_the_past(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("용량 = 체중 × 15mg으로 계산한다.", "용량은 체중 곱하기 십오 밀리그램으로"),
        ("체질량지수 = 체중 ÷ 키의 제곱으로 구한다.", "체질량지수는 체중 나누기"),
        ("매출 = 가격 × 수량이다.", "매출은 가격 곱하기 수량이다"),
        ("▲대상 = 만 19세 이상", "대상은 만 십구 세 이상"),
        # as it is said written close
        ("탄소중립=생존", "탄소중립은 생존"),
        # a credit or a byline is still no formula
        ("사진 = 홍길동 제공", "사진 홍길동 제공"),
        ("워싱턴 = 김민수 특파원", "워싱턴 김민수 특파원"),
        # nor is a sum's last term before its total
        ("적립금 7,200만 원 + 운용수익 3,120만 원 = 1억 320만 원", "삼천백이십만 원 일억"),
    ],
)
def test_a_spaced_equals_between_words_is_the_topic(written: str, said: str) -> None:
    out = normalize(written)
    assert said in out, out
    assert " 은 " not in out and " 는 " not in out, out


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("이어 객관식 15번(정답률 12.3%)과 21번(14.7%)이 꼽혔다.", "십오 번(정답률 십이 점 삼 퍼센트)와 이십일 번"),
        ("주관식 3번, 5번, 7번이 어려웠다.", "주관식 삼 번, 오 번, 칠 번이"),
        ("등번호 7번과 10번이 나란히 섰다.", "칠 번과 십 번이"),
        # a list of counts stays counted
        ("그는 3번, 4번 넘어졌다.", "세 번, 네 번"),
    ],
)
def test_a_listed_number_is_read_as_the_one_before_it(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("지하철 1번과 2번 출구로 나가면 된다.", "일 번과 이 번 출구로"),
        ("3번, 4번 게이트는 폐쇄됐다.", "삼 번, 사 번 게이트는"),
        ("1번과 2번, 3번 홀에서 버디를 잡았다.", "일 번과 이 번, 삼 번 홀에서"),
        ("5번 또는 6번 국도를 이용하라.", "오 번 또는 육 번 국도를"),
        # a list of counts stays counted
        ("2번과 3번을 시도했다.", "두 번과 세 번을"),
        ("1번, 2번 거듭 물었다.", "한 번, 두 번"),
    ],
)
def test_a_listed_number_is_read_as_the_one_after_it_names(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("이 버스는 하루 3번, 2번 출구 앞에 선다.", "하루 세 번, 이 번 출구"),
        ("매일 2번, 5번 버스가 다닌다.", "매일 두 번, 오 번 버스가"),
        ("평균 4번, 7번 게이트를 거쳤다.", "평균 네 번, 칠 번 게이트를"),
    ],
)
def test_a_count_of_how_often_stays_a_count_before_a_list(written: str, said: str) -> None:
    assert said in normalize(written)
