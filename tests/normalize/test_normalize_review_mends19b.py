"""Readings mended after a second review of the nineteenth round: tallies, a market's index
before a month, machines after an age's amount, route numbers, sheds and their parts, fuel as a
load."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # two counts of votes in one sentence that are no tally: each read as alone
        ("결선에서 4표 차이로 25표를 얻은 후보가 이겼다.", "네 표 차이로", "사 표"),
        ("이번에 3표 늘어 24표가 됐다.", "세 표 늘어", "삼 표"),
        # a tally's items joined by commas, or by spaces after the tally's words
        ("찬성 22표, 반대 8표, 기권 1표로 가결됐다.", "반대 팔 표", "여덟 표"),
        ("찬성 23표 반대 7표 기권 2표.", "반대 칠 표", "일곱 표"),
        # a market index as a word before a figure and a word of opening: its level; a statistic's
        # index ending a longer word, or a word of a point in time after: a month
        ("소비자물가지수 2024.9 기준 113.5를 기록했다.", "이천이십사 년 구월 기준", "점 구 기준"),
        ("코스닥 2024.11 말 현재 시총 1위다.", "이천이십사 년 십일월 말", "점 일일 말"),
        ("코스피 2051.6 개장 직후 밀렸다.", "이천오십일 점 육 개장", "년"),
        # an age group with people after the amount, a machine noun after it: a count
        ("조사됐고 30대 이상 운전자의 사고가 늘었다.", "삼십 대 이상 운전자", "서른 대"),
        ("통계가 나왔고 50대 이상 버스 기사가 늘었다.", "오십 대 이상 버스 기사", "쉰 대"),
        ("시는 예산을 늘렸고 20대 이상의 소방차를 들인다.", "스무 대 이상의 소방차", "이십 대"),
        # a route's number with an amount word of part or all after it stays the route
        ("버스 6411번 중 일부가 결행됐다.", "육사일일 번 중", "육천"),
        ("간선 370번 모두 운행을 멈췄다.", "삼칠공 번 모두", "삼백"),
        # a part of counted sheds after them: the sheds counted
        ("축사 3동 지붕이 무너졌다.", "세 동 지붕", "삼 동"),
        ("창고 2동 내부가 불에 탔다.", "두 동 내부", "이 동"),
        # a fuel carried, after its weight: tonnes; a car's fuel type: turbo
        ("3.5T 휘발유를 실은 탱크로리가 넘어졌다.", "삼 점 오 톤", "터보"),
        ("1.6T 가솔린 모델이 나왔다.", "일 점 육 터보", "톤"),
    ],
)
def test_second_review_mends(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out, out
    assert unsaid not in out, out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # a surname before the @ is spelled, and a surname-like part of a domain is a word of it
        ("제보는 rhee@hanbit.co.kr로 보내주세요.", "알에이치이이 골뱅이", "리 골뱅이"),
        ("문의 sun@hanbit.com", "에스유엔 골뱅이", "선 골뱅이"),
        ("park.hanbit.go.kr에서 확인한다.", "파크 점", "피에이알케이"),
        ("www.sun.co.kr에서 본다.", "선 점", "에스유엔"),
        # English words after 리투아니아 are no Lithuanian names
        ("리투아니아 Nord Stream 사업에 반대했다.", "노드 스트림", "노르드"),
    ],
)
def test_a_surname_is_spelled_only_before_the_at(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out, out
    assert unsaid not in out, out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # a surname opening a dotted mailbox is spelled too
        ("기자 메일은 park.minji@hanbit.co.kr이다.", "피에이알케이 점", "파크 점"),
        ("문의 sun.lee@hanbit.co.kr", "에스유엔 점", "선 점"),
        # counts near a word of calling stay figures; the number right after a telephone's word,
        # or before a word of calling, is the number to dial
        ("지난달 신고 건수는 128, 상담은 109였다.", "백이십팔", "일이팔"),
        ("신고 전화는 하루 평균 110에 이른다.", "백십", "일일공"),
        ("문자와 전화 민원이 각각 113, 122로 집계됐다.", "백십삼, 백이십이", "일일삼"),
        ("생명 상담전화는 109다.", "일공구", "백구"),
        ("해양 사고는 122로 신고하면 된다.", "일이이로 신고", "백이십이"),
    ],
)
def test_third_review_mends(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out, out
    assert unsaid not in out, out
