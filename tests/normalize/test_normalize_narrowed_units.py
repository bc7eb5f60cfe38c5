"""Cues of units and rates narrowed back to the words that make them, each with the case it was
made for beside the cases it must leave alone: a rate written before its figure and its own
noun's particle (said once) or another clause's (said again); a place's word after a rate word
that is no place; ps as horsepower or a picosecond; g of a seismic design; T a turbo by a word
of fuel."""

from __future__ import annotations

from pathlib import Path

import pytest
from gate_normalize import read_gold, score

from newsread.normalize import normalize

HERE = Path(__file__).parent


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # the rate's own noun with a topic or subject particle: the rest is its predicate
        ("시간당 강수량은 이날 오후 한때 최대 80㎜/h를 기록했다.", "최대 팔십 밀리미터를", "시간당 팔십"),
        ("시간당 최대 강수량은 서울 기준 80㎜/h였다", "기준 팔십 밀리미터", "시간당 팔십"),
        ("시간당 강수량은 이날 오후 한때 서울에서 80㎜/h를 기록했다.", "서울에서 팔십", "시간당 팔십"),
        ("최고 시속은 정지 상태에서 출발한 뒤 250㎞/h에 이른다.", "뒤 이백오십 킬로미터", "시속 이백오십"),
        ("하루 이용객이 주말 오후 한때 가장 많아 3000명/일에 이른다.", "많아 삼천 명", "하루 삼천"),
        ("연간 수출액은 올해 상반기 기준 평균 50억달러/년이다.", "평균 오십억 달러", "연 오십억"),
        # a noun whose end is shaped as a particle or an ending names no second topic
        ("1인당 어린이 보육 지원액은 정부 기준 20만원/인이다.", "기준 이십만 원", "일 인당 이십만"),
        ("1인당 전문가 자문 비용은 업계 평균 30만원/인이다.", "평균 삼십만 원", "일 인당 삼십만"),
        ("시간당 강수량은 연구진 추산 최대 90㎜/h였다.", "최대 구십 밀리미터", "시간당 구십"),
        ("1인당 최대한 지급 가능 금액은 5만원/인이다.", "금액은 오만 원", "일 인당 오만"),
        # another clause's end, or a second topic or subject, names another figure
        ("시속 제한이 풀린 구간에서 차량 평균 속도는 90km/h였다.", "시속 구십 킬로미터", "속도는 구십"),
        ("시속 제한이 풀린 구간에서 차량 평균 속도가 100km/h로 올랐다.", "시속 백 킬로미터", "속도가 백"),
        ("연간 계획이 바뀌자 공장 평균 생산량은 500t/년이다.", "연 오백 톤", "생산량은 오백"),
        ("연간 계획을 바꾼 공장 하루 평균 생산량은 500t/년이다.", "연 오백 톤", "생산량은 오백"),
        ("시간당 강수량이 적었지만 하천 평균 유입량은 500t/h였다.", "시간당 오백 톤", "유입량은 오백"),
        ("하루 일정을 줄이는데 공장 평균 생산량은 300t/일이다.", "하루 삼백 톤", "생산량은 삼백"),
    ],
)
def test_a_rate_is_said_once_after_its_own_nouns_particle(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # a rate word that is no place's name keeps its rate before a word of a place
        ("1인당 주민 부담액은 5만원/인이다", "부담액은 오만 원", "일 인당 오만"),
        ("연간 지역 생산량은 500t/년이다", "생산량은 오백 톤", "연 오백"),
        ("시간당 지역 최대 강수량은 80㎜/h였다", "강수량은 팔십", "시간당 팔십"),
        ("하루 센터 이용객은 300명/일이다", "이용객은 삼백 명", "하루 삼백"),
        ("1인당 아파트 관리비는 8만원/인이다", "관리비는 팔만 원", "일 인당 팔만"),
        # 분당 before a word of a place is the place
        ("분당 서울대병원 연구팀이 측정한 평균 산소 유량은 6L/min이었다.", "분당 육 리터", "유량은 육"),
        ("분당 신도시 주민의 평균 호흡량은 7L/min이다.", "분당 칠 리터", "호흡량은 칠"),
    ],
)
def test_only_a_rate_word_that_is_a_place_is_a_place_before_a_place_word(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # car copy with no word of an engine near: horsepower
        ("신형 쏘나타는 최대 190ps의 힘을 발휘한다", "백구십 마력의", "피코초"),
        ("모터는 160ps의 힘을 낸다", "백육십 마력의", "피코초"),
        ("하이브리드 시스템 합산 230ps를 발휘한다", "이백삼십 마력을", "피코초"),
        ("BMW M3는 510ps를 낸다", "오백십 마력을", "피코초"),
        ("이 전기차의 앞바퀴 모터는 204ps를 낸다", "이백사 마력을", "피코초"),
        ("최고출력은 245ps에 이른다", "이백사십오 마력", "피코초"),
        ("출고 지연을 겪은 신형은 190ps를 낸다", "백구십 마력을", "피코초"),
        # by a pulse, a laser, a time resolution or a femtosecond: a picosecond
        ("레이저 펄스 폭은 10ps 수준이다", "십 피코초", "마력"),
        ("펄스 폭이 500fs에서 10ps로 줄었다", "오백 펨토초에서 십 피코초로", "마력"),
        ("이 검출기의 시간 분해능은 30ps다", "삼십 피코초", "마력"),
        ("초고속 레이저로 2ps 만에 반응을 찍었다", "이 피코초", "마력"),
        ("신호 지연은 평균 3ps 이하다", "삼 피코초", "마력"),
        ("회로의 지연 시간은 15ps다", "십오 피코초", "마력"),
    ],
)
def test_a_lowercase_ps_is_horsepower_save_by_a_word_of_a_pulse(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # a seismic design's standard or value right before the figure, a particle or a range between
        ("원전의 내진 설계 기준은 0.3g다", "영 점 삼 지", "그램"),
        ("내진 설계 기준을 0.2g에서 0.3g로 상향했다", "영 점 이 지에서 영 점 삼 지로", "그램"),
        ("내진 설계값 0.2g를 적용했다", "영 점 이 지를", "그램"),
        ("새 청사의 내진설계 기준은 0.25g 이상이다", "영 점 이오 지", "그램"),
        ("댐의 내진 성능 기준을 0.15g로 올렸다", "영 점 일오 지로", "그램"),
        ("가속도는 0.1g부터 0.4g까지 잰다", "영 점 일 지부터 영 점 사 지까지", "그램"),
        # a few words off across a verb it names only the work: grams
        ("내진 보강 공사에 쓰인 접착제 20g이 문제였다", "이십 그램", " 지"),
        ("내진 설계 기준 강화로 건물마다 철근 5g씩 더 쓴다", "오 그램씩", " 지"),
        ("내진 설계 기준을 바꾼 뒤 볼트마다 4g씩 더 든다", "사 그램씩", " 지"),
        ("시료 10g에서 0.5g를 덜어냈다", "영 점 오 그램을", " 지"),
        ("설탕을 2T 넣고 섞는다", "두 큰술", "톤"),
    ],
)
def test_g_is_gravitys_multiple_by_a_seismic_standard_before_it(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # an engine's decimal size by a word of fuel: a turbo
        ("1.6T 휘발유 모델을 추가했다", "일 점 육 터보 휘발유", "육티"),
        ("2.0T 휘발유 세단이 새로 나왔다", "이 점 영 터보 휘발유", "영티"),
        ("신형은 1.5T 휘발유 단일 트림이다", "일 점 오 터보 휘발유", "오티"),
        # a whole figure, or a tanker's load, is none
        ("휘발유 5T를 실은 탱크로리가 전복됐다.", "오 톤을", "터보"),
        ("휘발유 2.5T를 실은 탱크로리가 전복됐다.", "이 점 오 톤을", "터보"),
        ("휘발유 4T가 새어 나왔다", "사", "터보"),
    ],
)
def test_t_is_a_turbo_by_a_word_of_fuel_after_an_engines_decimal_size(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


def test_the_held_out_sentences_of_these_cues_are_read_right() -> None:
    rows = read_gold(HERE / "heldout_narrowed.tsv")
    assert len(rows) >= 30
    passed, _cer, failures = score(rows)
    report = "\n".join(f"{written!r} -> {out!r}" for written, out in failures)
    assert passed == len(rows), report
