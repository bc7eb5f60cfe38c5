"""Readings in context mended after review: each rule narrowed to the sentences it was made for,
with the sentences of the same shapes it had caught beside those it must still catch."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


def _check(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out, out
    assert unsaid not in out, out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # any 하/되 form of a noun of change, a noun of change before a word of a plan, and the
        # native verbs' other endings: the change is said once, in the words after the particle
        ("목표주가를 ↓8만원으로 하향 조정했다.", "팔만 원으로 하향", "하락"),
        ("목표가 ↑12만원으로 상향 조정.", "십이만 원으로 상향", "상승"),
        ("최저임금은 ↑1만원으로 인상할 방침이다.", "만 원으로 인상할", "상승"),
        ("요금은 ↑5000원으로 인상합니다.", "오천 원으로 인상합니다", "상승"),
        ("요금은 ↑5000원으로 인상될 전망이다.", "오천 원으로 인상될", "상승"),
        ("요금은 ↑5000원으로 인상 예정이다.", "오천 원으로 인상 예정", "상승"),
        ("가격은 ↓1만원으로 인하될 예정이다.", "만 원으로 인하될", "하락"),
        ("기간은 ↓6개월으로 단축될 예정이다.", "육 개월으로 단축될", "하락"),
        ("지원금은 ↓50만원으로 줄일 계획이다.", "오십만 원으로 줄일", "하락"),
        ("지원금은 ↑50만원으로 늘릴 계획이다.", "오십만 원으로 늘릴", "상승"),
        ("보증금은 ↑500만원으로 증가할 전망이다.", "오백만 원으로 증가할", "상승"),
        ("점수는 ↑90점으로 뛰어 올랐다.", "구십 점으로 뛰어 올랐다", "상승"),
        ("운영 기간 ↓3개월로 단축 운영한다.", "삼 개월로 단축 운영", "하락"),
        ("수수료는 ↓3000원으로 인하합니다.", "삼천 원으로 인하합니다", "하락"),
        ("정원은 ↑40명으로 확대될 예정이다.", "마흔 명으로", "증가로"),
        ("대기 기간 ↓2주로 축소할 방침이다.", "이 주로 축소할", "하락"),
        ("배당금은 ↑2000원으로 상향 검토 중이다.", "이천 원으로 상향 검토", "상승"),
        ("인원은 ↓20명으로 줄입니다.", "스무 명으로 줄입니다", "감소"),
        ("목표가 ↓9만원으로 하향.", "구만 원으로 하향", "하락"),
        # a word that only starts so, or a noun of change that is no plan for the figure
        ("점수 ↑10점으로 뛰어난 성적을 냈다.", "십 점 상승으로", "십 점으로"),
        ("관객 ↑3만 명으로 연장 상영에 들어갔다.", "삼만 명 증가로", "명으로"),
        ("기온 ↓2도로 인상 깊은 추위였다.", "이 도 하락으로", "이 도로"),
        ("점수 ↑15점으로 인상적인 경기를 펼쳤다.", "십오 점 상승으로", "십오 점으로"),
        ("관객 ↑2만 명으로 연장전 같은 열기였다.", "이만 명 증가로", "명으로"),
    ],
)
def test_an_arrows_change_is_said_once_before_any_form_of_change(written: str, said: str, unsaid: str) -> None:
    _check(written, said, unsaid)
