"""Numbers whose reading a word beside them decides, where a word of one kind (a score, a
road, a list, a weekday, a cohort) sits next to a figure of another: each case is a sentence,
what must be said in it, and what must not."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize

CASES = [
    # a word of a set, a score or a vote before a clock time leaves it a time, unless the
    # figure ends a result (으로 갈렸다, 였다); a word only starting or ending with such a
    # word is no such word
    ("한정판 세트는 10:00부터 판매한다.", "열 시부터", "대"),
    ("수능 점수는 10:00에 공개된다.", "열 시에", "대"),
    ("가채점 점수를 10:30까지 입력해야 한다.", "열 시 삼십 분까지", "대"),
    ("행사는 10:00 동수원 사거리에서 열린다.", "열 시 동수원", "대"),
    ("집결 시간은 9:30 동수원역 광장이다.", "아홉 시 삼십 분", "대"),
    ("2세트 10:30 시작이다.", "열 시 삼십 분 시작", "십 대"),
    ("반대 10:00 기자회견을 연다.", "열 시 기자회견", "십 대"),
    ("선물세트 11:00 판매 개시", "열한 시", "대"),
    ("찬성 측은 9:00 집회를 연다.", "아홉 시 집회", "대"),
    ("기권 의사는 14:00까지 밝혀야 한다.", "열네 시까지", "대"),
    ("표결은 15:30에 시작된다.", "열다섯 시 삼십 분에", "대"),
    ("행사는 10:30 동수동 주민센터에서 열린다.", "열 시 삼십 분", "대"),
    ("담당자 이동수 10:00 도착 예정", "열 시", "대"),
    ("2세트는 15:13으로 끝났다.", "십오 대 십삼으로", "시"),
    ("2세트는 15:13으로 한빛이 가져갔다.", "십오 대 십삼으로", "시"),
    ("찬성과 반대가 12:10으로 갈렸다.", "십이 대 십으로", "시"),
    ("점수는 21:19였다.", "이십일 대 십구", "시"),
    ("반대가 11:10으로 앞섰다.", "십일 대 십으로", "시"),
    ("4세트는 11:9로 끝났다.", "십일 대 구로", "시"),
    ("표결은 12:12 동수로 부결됐다.", "십이 대 십이 동수로", "시"),
    ("찬반이 10:10 동수를 이뤘다.", "십 대 십 동수를", "시"),
    ("세트스코어는 2:1이었다.", "이 대 일", "시"),
    ("화면비율 16:9 패널", "십육 대 구", "시"),
    # a score after a goal, a lead or a road of an away game is a score; a road in an address
    # after a district is a building number
    ("포항은 후반 김승동 결승골로 2-1, 3연승을 달렸다.", "이 대 일", "이의 일"),
    ("수원은 박영구 동점골로 1-1을 만들었다.", "일 대 일", "일의 일"),
    ("전북은 즉시 추가골로 3-1을 만들었다.", "삼 대 일", "삼의 일"),
    ("대표팀은 공동 선두로 2-1 리드를 지켰다.", "이 대 일", "이의 일"),
    ("울산은 험난한 원정길 2-1 승리를 거뒀다.", "이 대 일", "이의 일"),
    ("서울은 후반 정한솔 역전골로 3-2로 이겼다.", "삼 대 이로", "삼의 이"),
    ("한빛시는 김동 결승포로 4-3 승리", "사 대 삼", "사의 삼"),
    ("부산 해운대구 센텀로 1-2로 이전했다.", "센텀로 일의 이", "일 대 이"),
    ("한빛시 중구 세종로 3-1에 있다.", "세종로 삼의 일", "삼 대 일"),
    ("본사는 서울 강남구 한빛로 152-1, 2층이다.", "백오십이의 일", "대 일"),
    ("한빛시 중구 새빛로 12-3 주민들이 모였다.", "십이의 삼", "대 삼"),
    ("솔내동 새길 3-1 주민들이 모였다.", "삼의 일", "삼 대 일"),
    ("수원은 원정길 2-1, 3연승을 달렸다.", "이 대 일", "이의 일"),
    ("한빛은 후반 박영구 동점골로 1-1 균형을 맞췄다.", "일 대 일", "일의 일"),
    # a list of sizes after a resolution or a cube: a comma before a new NxM is a list's, not
    # a thousands separator
    ("해상도 1920x1080,2560x1440을 지원한다.", "천구백이십 곱하기 천팔십", "엑스"),
    ("큐브는 2x2,3x3,4x4가 있다.", "이 곱하기 이", "엑스"),
    ("3x3,5x5 경기가 열린다.", "삼 곱하기 삼", "엑스"),
    ("패널은 1280x720,1920x1080 두 종류다.", "천이백팔십 곱하기 칠백이십", "엑스"),
    ("규격은 100x200,300x400이다.", "백 곱하기 이백,삼백 곱하기 사백", "엑스"),
    ("화면은 2,880x1,800이다.", "이천팔백팔십 곱하기 천팔백", "엑스"),
    # a weekday in Hanja in brackets follows a date; after an index's number the country's
    # character is the country
    ("닛케이225(日) 지수가 올랐다.", "이백이십오(일본)", "(일)"),
    ("FTSE100(英), 닛케이225(日) 지수가 올랐다.", "백(영국)", "(일)"),
    ("코스피200(韓) 지수가 내렸다.", "이백(한국)", "(월)"),
    ("3일(日) 발표했다.", "삼 일 일요일", "일본"),
    ("3.1(日) 발표했다.", "일 일 일요일", "일본"),
    ("2026.04.05(日) 발표했다.", "일요일", "일본"),
    ("12/25(木) 발표했다.", "목요일", "목 "),
    ("토픽스100(日) 지수는 내렸다.", "백(일본)", "(일)"),
    # 기 before a word of a cohort is its number, Sino-Korean; a word that only ends in a
    # word of a machine is no such word
    ("드론 1기 교육생을 모집한다.", "일 기 교육생", "한 기"),
    ("싱크탱크 2기 연구위원을 지냈다.", "이 기 연구위원", "두 기"),
    ("전투기 1기 조종사 과정이다.", "일 기 조종사", "한 기"),
    ("원전 3기 수료생이 모였다.", "삼 기 수료생", "세 기"),
    ("미사일 2기 졸업생 모임", "이 기 졸업생", "두 기"),
    ("싱크탱크 2곳이 냈다.", "두 곳", "이 곳"),
    ("전투기 2기가 추락했다.", "두 기가", "이 기가"),
    ("드론 3기를 띄웠다.", "세 기를", "삼 기를"),
]


@pytest.mark.parametrize(("written", "said", "unsaid"), CASES)
def test_read_by_the_word_beside_it(written: str, said: str, unsaid: str) -> None:
    spoken = normalize(written)
    assert said in spoken
    assert unsaid not in spoken
