"""Figures joined by colons whose words around them decide between a time of day, a length, a
match clock, a score, a ratio and a timecode: each case is a sentence, what must be said in it,
and what must not."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize

CASES = [
    # four figures joined by colons are a timecode only with a timecode's hour (written with its
    # leading zero) or a word of editing before them; a ratio otherwise, and always beside a
    # word of ratio
    ("배분 비율은 40:30:20:10으로 정했다.", "사십 대 삼십 대 이십 대 십으로", "프레임"),
    ("지분율은 25:25:25:25이다.", "이십오 대 이십오 대 이십오 대 이십오", "프레임"),
    ("4개 기관이 10:20:30:40 비율로 출자했다.", "십 대 이십 대 삼십 대 사십 비율로", "프레임"),
    ("세 회사와 시는 15:45:20:20으로 나눠 냈다.", "십오 대 사십오 대 이십 대 이십으로", "프레임"),
    ("네 구단에 12:30:30:28 비율로 배정했다.", "십이 대 삼십 대 삼십 대 이십팔 비율로", "프레임"),
    ("출자 비율은 10:20:30:40이다.", "십 대 이십 대 삼십 대 사십", "프레임"),
    ("타임코드 10:12:30:15 구간을 잘랐다.", "십오 프레임", "대"),
    ("편집점 01:15:42:08에서 잘랐다.", "팔 프레임", "대"),
    # a word of the time of day before N:NN makes it a clock time whatever word of a clip is
    # around it
    ("영상은 오후 2:00 재생된다.", "오후 두 시", "이 분"),
    ("오후 3:00 재생", "오후 세 시", "삼 분"),
    ("저녁 8:00 남기고 떠났다.", "저녁 여덟 시", "팔 분"),
    ("오전 10:00 길이 측정", "오전 열 시", "십 분"),
    ("밤 11:20 분량 편집을 마쳤다.", "밤 열한 시 이십 분", "십일 분"),
    ("동영상은 오전 9:30 재생", "오전 아홉 시 삼십 분", "구 분"),
    ("영상은 정오 12:00 재생된다.", "정오 열두 시", "십이 분"),
    # a word of ratio after N:NN makes it a ratio whatever word of a clip is before it
    ("세로형 영상 9:16 비율", "구 대 십육 비율", "구 분"),
    ("분량은 1:10 비율", "일 대 십 비율", "일 분"),
    ("길이 16:10 비율", "십육 대 십 비율", "십육 분"),
    ("클립 16:10 화면 비율로 찍었다.", "십육 대 십 화면 비율", "십육 분"),
    ("영상 3:20 비율로 편집했다.", "삼 대 이십 비율", "삼 분"),
    # after a period of play, N:NN with 로 or a word of leading after it is the score then
    ("전반을 42:35로 마쳤다.", "사십이 대 삼십오로", "사십이 분"),
    ("전반 45:38로 앞섰다.", "사십오 대 삼십팔로", "사십오 분"),
    ("3쿼터 62:55로 앞섰다.", "육십이 대 오십오로", "육십이 분"),
    ("전반 30:25 리드", "삼십 대 이십오 리드", "삼십 분"),
    ("후반 20:18로 뒤졌다.", "이십 대 십팔로", "이십 분"),
    ("2쿼터를 33:30으로 끝냈다.", "삼십삼 대 삼십으로", "삼십삼 분"),
    ("전반 15:12 리드를 지켰다.", "십오 대 십이 리드", "십오 분"),
    # a quarter or an ice hockey period lasts 20 minutes at most: more is the score then
    ("4쿼터 71:70에서 역전을 허용했다.", "칠십일 대 칠십에서", "칠십일 분"),
    ("2피리어드 24:10 상황이었다.", "이십사 대 십", "이십사 분"),
    ("4쿼터 11:02에 교체됐다.", "십일 분 이 초에", "대"),
    ("후반 38:20에 추가골을 넣었다.", "삼십팔 분 이십 초에", "대"),
    # after a half of a day's programme, a span or a word of starting or running after N:NN
    # makes it a time of day
    ("워크숍은 전반 10:00~12:00, 후반 13:00~15:00 진행된다.", "열 시에서 열두 시", "십 분"),
    ("워크숍은 전반 10:00~12:00, 후반 13:00~15:00 진행된다.", "열세 시에서 열다섯 시", "십삼 분"),
    ("세미나 전반 9:30 시작, 후반 14:00 종료", "아홉 시 삼십 분 시작", "구 분"),
    ("세미나 전반 9:30 시작, 후반 14:00 종료", "열네 시 종료", "십사 분"),
    ("교육은 전반 9:00-12:00 진행한다.", "아홉 시에서 열두 시", "구 분"),
    ("포럼 후반 15:30 시작 예정", "열다섯 시 삼십 분 시작", "십오 분"),
    # a word of release or schedule after N:NN makes it the time a clip comes out, not its length
    ("동영상은 18:00 공개 예정", "열여덟 시 공개", "십팔 분"),
    ("영상 18:00 공개", "열여덟 시 공개", "십팔 분"),
    ("클립 19:00 업로드", "열아홉 시 업로드", "십구 분"),
    ("영상은 12:00 기준", "열두 시 기준", "십이 분"),
    ("신작 영상이 20:00 공개됐다.", "스무 시 공개", "이십 분"),
    ("하이라이트 영상은 22:30 게시된다.", "스물두 시 삼십 분 게시", "이십이 분"),
    ("클립은 7:30 송출 예정이다.", "일곱 시 삼십 분 송출", "칠 분"),
    # 재생 alone after N:NN is when it plays; 재생 시간 is a length
    ("매일 18:00 재생 시작", "열여덟 시 재생", "십팔 분"),
    ("라이브 방송은 21:00 재생", "스물한 시 재생", "이십일 분"),
    ("3:25 재생 시간의 곡이다.", "삼 분 이십오 초", "세 시"),
    # the end of a business or a contract before N:NN 전 is a time of day; only a match's end
    # counts down
    ("영업 종료 22:00 전 입장", "스물두 시 전", "이십이 분"),
    ("접수 종료 17:00 전까지 제출", "열일곱 시 전까지", "십칠 분"),
    ("서비스 종료 23:59 전까지", "스물세 시 오십구 분 전까지", "이십삼 분"),
    ("계약 만료 10:00 전", "열 시 전", "십 분"),
    ("오후 종료 5:00 전", "다섯 시 전", "오 분"),
    ("판매 종료 21:30 전에 주문해야 한다.", "스물한 시 삼십 분 전에", "이십일 분"),
    ("쿠폰은 이벤트 종료 18:00 전까지 쓸 수 있다.", "열여덟 시 전까지", "십팔 분"),
    ("4쿼터 종료 1:05 전 역전골이 터졌다.", "일 분 오 초 전", "한 시"),
    ("경기 종료 3:10 전 동점이 됐다.", "삼 분 십 초 전", "세 시"),
    ("종료 4:32 전 골이 터졌다.", "사 분 삼십이 초 전", "네 시"),
    # a span of clock times with a word of the half of the day at both ends
    ("오전 9:00-오후 6:00 운영한다.", "오전 아홉 시에서 오후 여섯 시", "마이너스"),
    ("오전 9:00-18:00 문을 연다.", "오전 아홉 시에서 열여덟 시", "마이너스"),
    ("창구는 9:30-오후 4:00 열린다.", "아홉 시 삼십 분에서 오후 네 시", "마이너스"),
    # a running pace per kilometre is minutes and seconds
    ("평균 페이스는 5:10/km였다.", "오 분 십 초", "다섯 시"),
    ("4:45/km 페이스로 달렸다.", "사 분 사십오 초", "네 시"),
    ("7:20/mi 속도를 유지했다.", "마일당 칠 분 이십 초", "일곱 시"),
    # a clock written against a train's name in capitals
    ("SRT9:05 열차가 지연됐다.", "에스알티 아홉 시 오 분", "대"),
    ("첫차는 KTX5:30 출발이다.", "케이티엑스 다섯 시 삼십 분", "대"),
    # a broadcast's late-night hour past 24 before a word of what happens at it; a score stays
    ("이 드라마는 26:00부터 방송된다.", "스물여섯 시부터", "이십육 대"),
    ("특집은 새벽 25:10 시작이다.", "스물다섯 시 십 분", "대"),
    ("3쿼터를 25:30으로 마쳤다.", "이십오 대 삼십", "스물다섯"),
    # spaces round the colon: minutes beginning with 0, or a word of what happens after it
    ("개표는 18 : 00에 끝난다.", "열여덟 시에", "대"),
    ("행사는 9 : 30부터 진행된다.", "아홉 시 삼십 분부터", "대"),
    ("혼합 비율은 3 : 2였다.", "삼 대 이", "세 시"),
    # AM or PM after the second time of a span is the half of both, said once before the first
    ("접수는 9:00-11:30 AM에 받는다.", "오전 아홉 시에서 열한 시 삼십 분에", "오전 열한"),
    ("상영은 7:30-9:00 PM이다.", "오후 일곱 시 삼십 분에서 아홉 시", "오후 아홉"),
    ("운영 시간은 10:00 AM-4:00 PM이다.", "오전 열 시에서 오후 네 시", "마이너스"),
    # the same with a tilde, spaced or not
    ("상담은 8:30~10:00 AM까지다.", "오전 여덟 시 삼십 분에서 열 시까지", "오전 열"),
    ("축제는 5:00 ~ 8:30 PM 열린다.", "오후 다섯 시에서 여덟 시 삼십 분", "오후 여덟"),
    ("운영 시간은 9:00 AM~6:00 PM이다.", "오전 아홉 시에서 오후 여섯 시", "오전 오후"),
    ("상영은 19:00~21:30이다.", "열아홉 시에서 스물한 시 삼십 분", "오"),
    # a span across noon or midnight keeps the half on its second end only
    ("오찬 간담회는 11:30-1:30 PM 열린다.", "열한 시 삼십 분에서 오후 한 시 삼십 분", "오후 열한"),
    ("브런치는 10:00~12:30 PM까지다.", "열 시에서 오후 열두 시 삼십 분까지", "오후 열 시"),
    ("야간 작업은 11:00 ~ 5:00 AM 이어진다.", "열한 시에서 오전 다섯 시", "오전 열한"),
    ("점심 강연은 12:30-1:20 PM이다.", "오후 열두 시 삼십 분에서 한 시 이십 분", "오후 한"),
    # a book's short name, as a bulletin writes it, before its chapter and verse
    ("오늘 본문은 요 14:6이다.", "십사 장 육 절", "열네 시"),
    ("설교는 롬 12:1-2를 다뤘다.", "십이 장 일 절에서 이 절", "열두 시"),
    ("약 3:1 비율로 섞는다.", "삼 대 일", "삼 장"),
]


@pytest.mark.parametrize(("written", "said", "unsaid"), CASES)
def test_colon_figure_read_by_its_cues(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out, out
    assert unsaid not in out, out
