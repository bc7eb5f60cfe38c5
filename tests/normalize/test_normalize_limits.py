"""Limits, spoons and breakdowns whose reading the words around them decide: each case is a
sentence, what must be said in it, and what must not."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize

THRESHOLDS = [
    # a figure and its arrow before a condition (시, 이면, 대상) is a limit, 이상/이하, unless
    # the word before it is a quantity that rises or falls, or the figure is a percentage of
    # something other than a limit
    ("기온 33℃↑ 시 폭염주의보가 내려진다.", "삼십삼 도 이상 시", "상승"),
    ("풍속 14m/s↑ 시 운항을 멈춘다.", "이상 시", "상승"),
    ("미세먼지 81㎍/㎥↑ 시 외출을 삼간다.", "이상 시", "상승"),
    ("혈압 140mmHg↑ 시 약을 먹는다.", "이상 시", "상승"),
    ("습도 60%↑ 시 제습기를 켠다.", "육십 퍼센트 이상 시", "상승"),
    ("연봉 7천만원↑ 시 공제가 줄어든다.", "칠천만 원 이상 시", "상승"),
    ("연간 매출액 100억원↑ 시 외부 감사를 받는다.", "백억 원 이상 시", "상승"),
    ("공시가격 9억원↑ 시 종부세를 낸다.", "구억 원 이상 시", "상승"),
    ("강수량 80㎜↑ 시 호우경보가 내려진다.", "이상 시", "상승"),
    ("전용면적 85㎡↓ 시 감면된다.", "이하 시", "하락"),
    ("시청률 20%↑ 시 시즌2를 만든다.", "이십 퍼센트 이상 시", "상승"),
    ("가격 10%↑ 시 수요가 준다.", "십 퍼센트 상승 시", "이상"),
    ("원자재 가격 5%↑ 시 납품가를 올린다.", "오 퍼센트 상승 시", "이상"),
    ("원화 가치 5%↓ 시 수출이 는다.", "오 퍼센트 하락 시", "이하"),
    ("매출 20%↓ 시 지원금을 준다.", "이십 퍼센트 하락 시", "이하"),
    ("국제유가 10달러↑ 시 물가가 오른다.", "십 달러 상승 시", "이상"),
    ("국제 금값 100달러↑ 시 매도한다.", "백 달러 상승 시", "이상"),
    ("주가 10%↑ 시 매도한다.", "십 퍼센트 상승 시", "이상"),
    ("체온 37.5℃↑ 시 등교를 멈춘다.", "오 도 이상 시", "상승"),
    ("10만원↑ 구매 시 사은품을 준다.", "십만 원 이상 구매 시", "상승"),
    ("연 소득 4천만원↓ 가구 대상 지원", "원 이하 가구 대상", "하락"),
    ("하루 2시간↑이면 위험하다.", "두 시간 이상이면", "상승"),
]


@pytest.mark.parametrize(("written", "said", "unsaid"), THRESHOLDS)
def test_a_figure_before_a_condition_is_a_limit_unless_a_change(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out, out
    assert unsaid not in out, out


SPOONS = [
    # a capital T with a small figure before a verb of cooking a few characters on is a
    # tablespoon; a large figure, a lowercase t with no seasoning beside, or a machine is not
    ("우유 2T를 넣고 끓인다.", "우유 두 큰술을 넣고", "톤"),
    ("물 3T를 넣고 약불에서 졸인다.", "물 세 큰술을 넣고", "톤"),
    ("참치액 1T와 물 5T를 섞어 붓는다.", "물 다섯 큰술을 섞어", "톤"),
    ("두반장 1T와 물 4T를 섞는다.", "두반장 한 큰술과 물 네 큰술을", "티"),
    ("들깨가루 2T를 넣어 끓인다.", "들깨가루 두 큰술을 넣어", "톤"),
    ("카레가루 2T를 넣고 볶는다.", "카레가루 두 큰술을 넣고", "톤"),
    ("맥주 4T를 붓고 조린다.", "맥주 네 큰술을 붓고", "톤"),
    ("우유 2T를 부어 섞는다.", "우유 두 큰술을 부어", "톤"),
    ("조청 2t로 단맛을 낸다.", "조청 두 작은술로", "톤"),
    ("매실청 1T로 간을 한다.", "매실청 한 큰술로", "티"),
    ("시멘트 3t을 넣고 모래 10t을 섞어 반죽했다.", "삼 톤을 넣고 모래 십 톤을", "작은술"),
    ("자갈 20T를 섞어 깔았다.", "자갈 이십", "큰술"),
    ("25T 덤프트럭에 골재를 넣고 달렸다.", "이십오 톤 덤프트럭", "큰술"),
    ("3T MRI 장비에 조영제를 섞어 촬영했다.", "삼 테슬라", "큰술"),
]


@pytest.mark.parametrize(("written", "said", "unsaid"), SPOONS)
def test_a_small_capital_t_before_a_verb_of_cooking_is_a_tablespoon(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out, out
    assert unsaid not in out, out


BREAKDOWNS = [
    # a bare figure in brackets after a count, one part or more, is counted as the whole is;
    # a statistic of the whole (평균, 최대, 중위) is a figure of its own, and the particle after
    # the bracket stays the one written, agreeing with the count before it
    ("직원 30명(여성 7)이 일한다.", "여성 일곱 명", "여성 칠"),
    ("선박 4척(어선 3)이 침몰했다.", "어선 세 척", "어선 삼"),
    ("응시자 120명(합격 45)이었다.", "합격 마흔다섯 명", "합격 사십오"),
    ("차량 12대(버스 5)가 멈췄다.", "버스 다섯 대", "버스 오"),
    ("사고 9건(사망 2)이 났다.", "사망 두 명", "사망 이)"),
    ("1등 12명(자동 8, 수동 4)", "자동 여덟 명, 수동 네 명", "자동 팔"),
    ("학생 30명(평균 15)이 모였다.", "평균 십오)이 모였다", "열다섯 명"),
    ("차량 9대(최대 4)가 있다.", "최대 사)가 있다", "네 대"),
    ("가구 200곳(중위 3)을 조사했다.", "중위 삼)을 조사", "세 곳"),
    ("선수 25명(최고 9)이 뛰었다.", "최고 구)이 뛰었다", "아홉 명"),
]


@pytest.mark.parametrize(("written", "said", "unsaid"), BREAKDOWNS)
def test_a_part_in_brackets_takes_the_counter_unless_a_statistic(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out, out
    assert unsaid not in out, out
