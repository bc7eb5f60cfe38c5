"""Cues around a figure narrowed to the words that make them: a rate written before a figure
said once only where it is the same divisor's and the words between are one noun phrase; each
with the case the cue was made for beside the cases it must leave alone."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # another divisor's rate word before the figure: the slash still says its own
        ("시간당 강수량이 많았고 순간 풍속은 20m/s였다.", "초속 이십 미터", "풍속은 이십"),
        ("리터당 기름값이 오르자 고속도로 평균 속도는 90km/h로", "시속 구십 킬로미터", "속도는 구십"),
        ("초당 데이터가 늘어 평균 속도는 120km/h다.", "시속 백이십", "속도는 백이십"),
        ("시간당 요금이 오른 택시 평균 속도는 30m/s였다.", "초속 삼십", "속도는 삼십"),
        # the same divisor's rate of another clause, or a place's name
        ("시속 제한이 풀린 구간에서 차량 평균 속도는 90km/h였다.", "시속 구십 킬로미터", "속도는 구십"),
        ("연간 계획이 바뀌면서 공장 평균 생산량은 500t/년이다.", "연 오백 톤", "생산량은 오백"),
        ("분당 서울대병원 연구팀이 측정한 평균 산소 유량은 6L/min이었다.", "분당 육 리터", "유량은 육"),
        ("분당 차병원 환자의 산소 유량은 4L/min이다.", "분당 사 리터", "유량은 사"),
        ("하루 일정이 바뀌면서 공장 평균 생산량은 300t/일이다.", "하루 삼백 톤", "생산량은 삼백"),
        # the same divisor's rate of one noun phrase is still said once
        ("시간당 최고 누적 강우량 측정값은 62㎜/h였다", "측정값은 육십이 밀리미터", "측정값은 시간당"),
        ("1인당 한 달 평균 외식 지출은 12만원/인이다", "지출은 십이만 원", "지출은 일 인당"),
        ("분당 평균 심박 출량은 5L/min이었다.", "출량은 오 리터", "출량은 분당"),
        ("초속 기준 순간 최대 풍속은 20m/s였다.", "풍속은 이십 미터", "풍속은 초속"),
        ("시속 약 80km/h", "시속 약 팔십 킬로미터", "시속 시속"),
        ("시속 60mph로 달렸다.", "시속 육십 마일", "시속 시속"),
        ("시간당 강수량이 많았고 순간 풍속은 60mph였다.", "시속 육십 마일", "풍속은 육십"),
    ],
)
def test_a_rate_written_before_is_the_figures_own_only_in_one_noun_phrase(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # a word after the particle that only starts like a word of change
        ("점수 ↑10점으로 뛰어난 성적을 냈다.", "십 점 상승으로", "십 점으로"),
        ("점수 ↑10점으로 인상적인 성적을 냈다.", "십 점 상승으로", "십 점으로"),
        ("순위 ↑5위로 늘 상위권을 지켰다.", "오 위 상승으로", "오 위로"),
        ("관객 ↑3만 명으로 연장 상영이 결정됐다.", "삼만 명 증가로", "명으로"),
        ("기온 ↓2도로 인상 깊은 추위였다.", "이 도 하락으로", "이 도로"),
        # a word of change as the next word's stem: the change is said once
        ("기간이 ↓3개월로 단축됐다.", "삼 개월로 단축", "하락"),
        ("처리 기간이 ↓2주로 줄었다.", "이 주로 줄었다", "하락"),
        ("관객 ↑3만 명으로 늘었다.", "삼만 명으로 늘었다", "증가"),
        ("요금 ↑500원으로 인상했다.", "오백 원으로 인상했다", "상승"),
        ("대기 기간 ↓3개월로 단축", "삼 개월로 단축", "하락"),
        ("점수 ↑4점을 올렸다.", "사 점을 올렸다", "상승"),
    ],
)
def test_an_arrows_change_is_left_unsaid_only_before_a_word_of_change(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # a lowercase ps with no engine near is a picosecond, fs a femtosecond
        ("레이저 펄스 폭은 10ps 수준이다", "십 피코초", "마력"),
        ("펄스 폭이 500fs에서 10ps로 줄었다", "오백 펨토초에서 십 피코초로", "마력"),
        ("신호 지연은 평균 3ps 이하다", "삼 피코초", "마력"),
        # beside a word of an engine or a car's power, and PS anywhere, it is horsepower
        ("최고출력은 245ps에 이른다", "이백사십오 마력", "피코초"),
        ("이 엔진은 최대 300ps를 낸다", "삼백 마력을", "피코초"),
        ("6000rpm에서 190ps를 낸다", "백구십 마력을", "피코초"),
        ("710PS의 슈퍼카", "칠백십 마력의", "피코초"),
    ],
)
def test_a_lowercase_ps_is_horsepower_only_beside_an_engine(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # 내진 a few words off names the work, and what is weighed there is in grams
        ("내진 보강 공사에 쓰인 접착제 20g.", "이십 그램", " 지"),
        ("내진 설계 기준 강화로 건물마다 철근 5g씩 더 쓴다.", "오 그램씩", " 지"),
        ("내진 공사 현장에서 쓰인 나사는 개당 3g이다.", "삼 그램", " 지"),
        # a word of acceleration, or a seismic design or performance right before it, is 지
        ("원전의 내진 성능은 0.5g 수준이다.", "영 점 오 지 수준", "그램"),
        ("내진 설계 0.2g를 적용했다.", "영 점 이 지를", "그램"),
        ("내진 설계 가속도 0.3g 기준이다.", "영 점 삼 지 기준", "그램"),
        ("최대 지반가속도 0.3g를 기록했다.", "영 점 삼 지를", "그램"),
        ("중력가속도의 4.5g 충격을 견딘다.", "사 점 오 지", "그램"),
        ("가속도는 0.4g였다.", "영 점 사 지", "그램"),
    ],
)
def test_g_is_gravitys_multiple_only_by_a_word_of_acceleration(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # a whole figure before T is no engine's size, whatever word of fuel is near
        ("외장하드 4T 모델이 나왔다.", "사", "터보"),
        ("휘발유 5T를 실은 탱크로리가 전복됐다.", "오 톤을", "터보"),
        ("디젤 발전기 연료 탱크는 5T 규모다.", "오", "터보"),
        ("가솔린 2T 엔진", "이", "터보"),
        # a tanker's load is tonnes though its figure has a decimal point
        ("휘발유 2.5T를 실은 탱크로리가 전복됐다.", "이 점 오 톤을", "터보"),
        # an engine's size with a decimal point by a word of an engine is a turbo
        ("신형은 1.6T 하이브리드로 나온다.", "일 점 육 터보 하이브리드", "톤"),
        ("3.5T 가솔린 엔진을 얹었다.", "삼 점 오 터보 가솔린", "톤"),
        ("2.0T 엔진을 얹은 모델이다.", "이 점 영 터보 엔진", "톤"),
        ("2.5T 디젤 트럭이 팔렸다.", "이 점 오 톤 디젤 트럭", "터보"),
    ],
)
def test_t_is_a_turbo_only_after_an_engines_decimal_size(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # a word of a set or a score before a spaced N : NN wins over a word of an event after
        ("1세트 21 : 25 진행 중 비디오 판독이 있었다.", "이십일 대 이십오", " 시 "),
        ("2세트 15 : 12 진행 중 작전 타임이 나왔다.", "십오 대 십이", " 시 "),
        ("점수는 18 : 16 진행 중이다.", "십팔 대 십육", " 시 "),
        # with no such word the event after still makes it a time of day
        ("회의는 10 : 30부터 진행된다.", "열 시 삼십 분부터", "대"),
        ("본 행사는 14 : 00에 시작된다.", "열네 시에", "대"),
        # hours, minutes and seconds spaced round their colons are read as written close
        ("그의 마라톤 기록은 2 : 05 : 30이다.", "두 시간 오 분 삼십 초", ":"),
        ("그의 마라톤 기록은 2:05:30이다.", "두 시간 오 분 삼십 초", ":"),
        ("오후 2 : 05 : 30에 발생했다.", "오후 두 시 오 분 삼십 초에", ":"),
        ("완주 기록은 3 : 12 : 08로 개인 최고다.", "세 시간 십이 분 팔 초", ":"),
    ],
)
def test_a_spaced_colon_is_a_clock_only_where_nothing_makes_it_a_score_or_a_chain(
    written: str, said: str, unsaid: str
) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out
    assert not any(a.isdigit() for a in out)


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # a short name that is a common word, inside a clause or beside a score, is no book
        ("스코어는 1:0 이었고 빌 2:1 승리.", "이 대 일 승리", "절"),
        ("전반을 1:0으로 마치고 히 2:1 역전승을 거뒀다.", "이 대 일 역전승", "절"),
        ("경기는 갈 3:1로 끝났다.", "삼 대 일로", "절"),
        ("1세트 요 25:23 승리", "이십오 대 이십삼", "절"),
        # a bulletin's short name opening its clause, after a bracket or a quote, or any where no
        # score is near; a full name anywhere
        ("오늘의 말씀 (빌 4:13)", "빌 사 장 십삼 절", "대"),
        ("갈 2:20 말씀을 묵상했다.", "이 장 이십 절", "대"),
        ('"창 1:1"을 낭독했다.', "일 장 일 절", "대"),
        ("오늘 본문은 요 14:6이다.", "십사 장 육 절", "열네 시"),
        ("목사는 고후 5:17을 읽었다.", "오 장 십칠 절", "대"),
        ("경기 후 그는 요한복음 3:16을 인용했다.", "삼 장 십육 절", "대"),
    ],
)
def test_a_books_short_name_is_scripture_only_away_from_a_score(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out
