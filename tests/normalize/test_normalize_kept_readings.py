"""Readings a rule for a nearby case must not take over: a seat's number beside 좌석, a
duration after an arrow, a timecode with an unpadded hour, a match clock before a word of an
event, volumes in a list, a ratio before a word with its ending, a road after a district, and
words of a cue found only as whole words. Each case is a sentence, what must be said in it, and
what must not."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize

CASES = [
    # a plain 좌석 right beside a number and a letter makes it a seat; a device after it or a
    # count of seats after it does not
    ("창가 좌석 12F에 앉았다.", "십이에프", "층"),
    ("좌석 32F를 예매했다.", "삼십이에프", "층"),
    ("37F 좌석 승객이 항의했다.", "삼십칠에프", "층"),
    ("좌석 3D에 앉았다.", "삼디", "쓰리디"),
    ("좌석 4D를 배정받았다.", "사디", "포디"),
    ("좌석 2K에 앉은 승객", "이케이", "투케이"),
    ("통로 좌석 21C를 골랐다.", "이십일씨", "층"),
    ("전 좌석은 4K 레이저 영사기로 바꿨다.", "포케이", "사케이"),
    ("1F 좌석 500석", "일 층", "일에프"),
    # a word of who sits there after it, or the copula after 좌석은, makes it the seat; a word
    # of a hall after it or 좌석은 before a particle of place keeps the kind or the floor
    ("좌석 4D 탑승객이 쓰러졌다.", "사디 탑승객", "포디"),
    ("내 좌석은 21F였다.", "이십일에프였다", "층"),
    ("배정된 좌석이 3D다.", "삼디다", "쓰리디"),
    ("좌석 4D 체험관이 문을 열었다.", "포디 체험관", "사디"),
    ("좌석은 1F와 2F에 있다.", "일 층과 이 층에", "에프"),
    # the copula after 좌석은 makes the seat only with a word of a vehicle near or one person's
    # seat before it: a hall's seats are its kind and its floor
    ("이 영화관의 좌석은 4D다.", "포디다", "사디"),
    ("새로 문을 연 상영관의 좌석은 4D였다.", "포디였다", "사디"),
    ("그 극장의 좌석은 4D다.", "포디다", "사디"),
    ("공연장 좌석은 1F다.", "일 층이다", "에프"),
    ("관람석 좌석은 2F이며 500석 규모다.", "이 층이며", "에프"),
    ("소극장 좌석은 2F다.", "이 층이다", "에프"),
    ("열차 좌석은 4D였다.", "사디였다", "포디"),
    ("항공기 탑승 당시 그의 좌석은 32F였다.", "삼십이에프였다", "층"),
    ("기내 좌석은 3D였다.", "삼디였다", "쓰리디"),
    # a hall's audience after 좌석 and a listed acronym sat in that kind of seat; a passenger
    # sat in the seat
    ("좌석 4D 관객 만족도가 높았다.", "포디 관객", "사디"),
    ("좌석 4D 이용객 반응이 좋았다.", "포디 이용객", "사디"),
    ("좌석 4D 손님이 몰렸다.", "포디 손님", "사디"),
    ("좌석 3D 승객이 불편을 호소했다.", "삼디 승객", "쓰리디"),
    # an arrow before a duration, or before 연속, 만에, 째, takes no word of a change
    ("수출 ↓3개월 연속", "삼 개월 연속", "하락"),
    ("주가 ↑3일 연속 상승", "삼 일 연속 상승", "상승 연속"),
    ("물가 ↑3년 만에 최고", "삼 년 만에 최고", "상승"),
    ("수입 ↓2분기 연속 감소", "이 분기 연속 감소", "하락"),
    ("생산 ↑5주째 증가", "오 주째 증가", "상승"),
    ("기온 ↓5도 떨어졌다.", "오 도", "오 하락도"),
    # a zero-padded part, or a word of a clip before, makes a timecode of an unpadded hour
    ("영상 1:02:03:04 지점", "한 시간 이 분 삼 초 사 프레임", "대"),
    ("주행 영상 1:12:30:10 구간", "한 시간 십이 분 삼십 초 십 프레임", "대"),
    ("경기는 1:23:45:12에 끝났다.", "한 시간 이십삼 분 사십오 초 십이 프레임", "대"),
    ("클립 2:10:20:05 부분을 잘랐다.", "두 시간 십 분 이십 초 오 프레임", "대"),
    ("배분 비율은 40:30:20:10으로 정했다.", "사십 대 삼십 대 이십 대 십", "프레임"),
    # a match clock after a period word, before a word of an event, unless a programme is near
    ("후반 10:00 진행 중", "십 분", "열 시"),
    ("전반 12:00 기준 점유율 60%", "십이 분", "열두 시"),
    ("후반 15:00 시작과 함께 교체됐다.", "십오 분", "열다섯 시"),
    ("3쿼터 5:00 종료 직전 3점슛", "오 분", "다섯 시"),
    ("워크숍은 전반 10:00~12:00 진행된다.", "열 시", "십 분"),
    ("세미나 전반 9:30 시작, 후반 14:00 종료", "아홉 시 삼십 분", "구 분"),
    ("교육 후반 14:00 시작", "열네 시", "십사 분"),
    # 권 joined by 이나, 또는, 나 is a count; three volumes in a comma run are a series
    ("한 달에 책 1권이나 2권 정도 읽는다.", "한 권이나 두 권", "일 권"),
    ("1권 또는 2권씩 빌려준다.", "한 권 또는 두 권씩", "일 권"),
    ("책 3권이나 4권을 샀다.", "세 권이나 네 권을", "삼 권"),
    ("해리포터 1권, 2권, 3권을 읽었다.", "일 권, 이 권, 삼 권을", "한 권"),
    ("만화 4권, 5권, 6권이 나왔다.", "사 권, 오 권, 육 권이", "네 권"),
    ("책 1권, 2권씩 나눠줬다.", "한 권, 두 권씩", "일 권"),
    # a volume further on in a list of volumes; three in a run before a word of about; what
    # one volume holds, unless a word of counting books is before it or a change's other end after
    ("전집 1권, 2권, 5권이 빠졌다.", "일 권, 이 권, 오 권이", "다섯 권"),
    ("만화 시리즈 3권, 4권, 5권 정도를 샀다.", "삼 권, 사 권, 오 권 정도", "세 권"),
    ("《토지》 1권, 2권, 3권 정도만 읽었다.", "일 권, 이 권, 삼 권 정도", "한 권"),
    ("'태백산맥' 2권, 3권, 4권 정도가 남았다.", "이 권, 삼 권, 사 권 정도", "두 권"),
    # with no work named before the run, a word of about after it counts books
    ("학생 1명당 1권, 2권, 3권 정도 배정됐다.", "한 권, 두 권, 세 권 정도", "일 권"),
    ("지난해 2권, 3권, 4권 정도를 샀다.", "두 권, 세 권, 네 권 정도", "이 권"),
    ("만화 3권, 4권, 5권 정도를 샀다.", "세 권, 네 권, 다섯 권 정도", "삼 권"),
    ("작년에 4권, 5권, 6권 정도를 읽었다.", "네 권, 다섯 권, 여섯 권 정도", "사 권"),
    ("책 1권이나 2권 정도 읽는다.", "한 권이나 두 권 정도", "일 권"),
    ("4권에서는 범인이 밝혀진다.", "사 권에서는", "네 권"),
    ("1권에선 배경이 소개된다.", "일 권에선", "한 권"),
    ("책 3권에서 문장을 뽑았다.", "세 권에서", "삼 권"),
    ("대출 한도가 5권에서 10권으로 늘었다.", "다섯 권에서 열 권으로", "오 권"),
    # a word of counting before it or a verb of a change after it keeps N권에서 a count
    ("대출 권수를 기존 5권에서 두 배로 늘렸다.", "다섯 권에서", "오 권"),
    ("1인당 대출 가능 권수가 5권에서 늘었다.", "다섯 권에서", "오 권"),
    ("1인당 최대 5권에서는 변동이 없다.", "다섯 권에서는", "오 권"),
    ("한 사람당 권수가 3권에서 줄었다.", "세 권에서", "삼 권"),
    ("대출 가능 도서를 7권에서 확대했다.", "일곱 권에서", "칠 권"),
    ("총 4권에서 고른 문장이다.", "네 권에서", "사 권"),
    ("2권에서는 주인공이 떠난다.", "이 권에서는", "두 권"),
    ("5권에선 전쟁이 끝난다.", "오 권에선", "다섯 권"),
    ("1번이나 2번을 고르세요.", "일 번이나 이 번", "한 번"),
    # an answer before N번, or a verb of choosing after it, makes it a choice's number
    ("정답은 3번 또는 4번이다.", "삼 번 또는 사 번", "세 번"),
    ("보기 중 5번을 선택했다.", "오 번을 선택", "다섯 번"),
    ("하루 3번을 골라 먹었다.", "세 번", "삼 번"),
    # a bare N번 before a verb of choosing or pressing, with nothing before that names what is
    # chosen, is the choice or the button; an object or a bare noun before keeps it how often
    ("다음 문항 가운데 5번 고르세요.", "오 번 고르세요", "다섯 번"),
    ("예약을 취소하시려면 3번 누르세요.", "삼 번 누르세요", "세 번"),
    ("2번 선택하면 상담원과 연결된다.", "이 번 선택하면", "두 번"),
    ("안내에 따라 4번을 눌렀다.", "사 번을 눌렀다", "네 번"),
    ("버튼을 3번 누르세요.", "세 번 누르세요", "삼 번"),
    ("초인종 2번 누르고 기다렸다.", "두 번 누르고", "이 번"),
    ("하루 2번 누르면 된다.", "두 번", "이 번"),
    # a clause's end before it leaves the choice open only with a word of a telephone's menu
    # before it; 중 only as a whole word after a set of choices
    ("긴급 구조 신호를 보내려면 5번 누르면 된다.", "다섯 번", "오 번"),
    ("그는 벨을 울리려면 3번 누르면 된다고 말했다.", "세 번", "삼 번"),
    ("스마트폰을 켜려면 2번 누르세요.", "두 번", "이 번"),
    ("문을 열려면 4번 누르면 된다.", "네 번", "사 번"),
    ("상담을 원하시면 0번 누르세요.", "영 번", "공 번"),
    ("메뉴를 다시 들으시려면 9번 누르세요.", "구 번", "아홉 번"),
    ("통화하려면 9번 누르세요.", "구 번", "아홉 번"),
    ("그는 하루 중 3번 고른다.", "세 번", "삼 번"),
    ("일주일 중 3번 고른다고 했다.", "세 번", "삼 번"),
    ("경기 도중 3번 골라 넣었다.", "세 번", "삼 번"),
    ("그는 한 달 중 4번 고른다.", "네 번", "사 번"),
    ("보기 중 2번 고르세요.", "이 번", "두 번"),
    ("선택지 중 4번 고르세요.", "사 번", "네 번"),
    # a word of a ratio before a particle or an ending
    ("물과 시멘트를 1:10 비율에 맞춰 섞는다.", "일 대 십 비율에", "한 시"),
    ("1:10 비율이라 묽다.", "일 대 십 비율이라", "시"),
    ("1:25 축척에 맞춘 도면", "일 대 이십오 축척에", "시"),
    ("2:30 비율만 맞으면 된다.", "이 대 삼십 비율만", "시"),
    ("10:30 비율보다 높다.", "십 대 삼십 비율보다", "시"),
    ("3:7 비율입니다.", "삼 대 칠 비율입니다", "시"),
    ("행사는 10:00 동수원 사거리에서 열린다.", "열 시 동수원", "대"),
    # a district and a road before N-N give a building number
    ("종로구 율곡로 2-1 경복궁", "이의 일", "이 대 일"),
    ("가게는 성동구 왕십리로 83-21에서 운영된다.", "팔십삼의 이십일", "대"),
    ("송파구 올림픽로 300-1에서 열린다.", "삼백의 일", "대"),
    ("해운대구 센텀로 1-2 센텀시티", "일의 이", "일 대 이"),
    ("달성군 현풍로 12-3에 있다.", "십이의 삼", "대"),
    # a city whose name ends in 구 is no district: a team of it winning by a comeback
    ("대구 역전극로 2-1", "이 대 일", "이의 일"),
    ("대구 뒷심으로 3-2 승리", "삼 대 이", "삼의 이"),
    ("대구 중구 달구벌대로 2-1에서 열린다.", "이의 일", "이 대 일"),
    ("포항은 후반 김승동 결승골로 2-1, 3연승을 달렸다.", "이 대 일", "이의 일"),
    ("후반 박영구 동점골로 1-1을 만들었다.", "일 대 일", "일의 일"),
    ("공동 선두로 3-2 승리를 거뒀다.", "삼 대 이", "삼의 이"),
    # a word of a cue only inside a longer word is no cue
    ("경기도 내 주점은 영업 종료 22:00 전까지 문을 연다.", "스물두 시 전까지", "분 전"),
    ("버스 운행 종료 21:00 전에 탑승해야 한다.", "스물한 시 전에", "분 전"),
    ("경기 종료 3:10 전 동점골이 터졌다.", "삼 분 십 초 전", "세 시"),
    ("OTC 매출 비중은 10:12:30:15였다.", "십 대 십이 대 삼십 대 십오", "프레임"),
    ("타임코드 10:12:30:15 구간", "열 시간 십이 분 삼십 초 십오 프레임", "대"),
    ("마일당 6:45/mi로 뛰었다.", "마일당 육 분 사십오 초", "마일당 마일당"),
    ("킬로미터당 5:10/km 페이스", "킬로미터당 오 분 십 초", "킬로미터당 킬로미터당"),
    ("조정 2:05/500m 구간 기록", "오백 미터당 이 분 오 초", "두 시"),
    ("평균 1:45/500m 기록이다.", "오백 미터당 일 분 사십오 초", "시"),
    ("1쿼터 8:30 리드를 잡았다.", "팔 분 삼십 초", "대"),
    ("원전 2기 과정에서 문제가 생겼다.", "두 기", "이 기"),
    ("원자로 4기 출신 기술자", "네 기", "사 기"),
    ("연수원 2기 과정을 마쳤다.", "이 기 과정", "두 기"),
    # a verb of choosing makes N번 a choice only after 을/를 (찍 only right after it); an answer
    # before N번 only with 은/는/이/가, not a longer word that starts with it
    ("사진을 5번 찍었다.", "다섯 번", "오 번"),
    ("셔터를 10번 찍고 나서야 마음에 드는 사진을 얻었다.", "열 번", "십 번"),
    ("감독은 같은 장면을 20번 찍었다고 말했다.", "스무 번", "이십 번"),
    ("그는 도장을 3번 찍었다.", "세 번", "삼 번"),
    ("투표 용지에 2번 찍으면 무효가 된다.", "두 번", "이 번"),
    ("사진 5번 찍고 올렸다.", "다섯 번", "오 번"),
    ("그는 이 제품을 3번 선택했다.", "세 번", "삼 번"),
    ("이번 선거에서 기호 2번을 찍었다.", "이 번을", "두 번"),
    ("답을 3번이나 고쳐 썼다.", "세 번이나", "삼 번"),
    ("오답을 2번 반복한 학생이 많았다.", "두 번", "이 번"),
    ("정답을 3번 맞혔다.", "세 번", "삼 번"),
    ("그는 같은 질문에 답변 3번을 번복했다.", "세 번을", "삼 번"),
    ("그녀에게 답장 2번 보냈지만 소식이 없었다.", "두 번", "이 번"),
    ("현장 답사 3번 끝에 부지를 확정했다.", "세 번", "삼 번"),
    ("이 문제의 정답은 4번이다.", "사 번", "네 번"),
    # an arrow before a span counter alone still says its change
    ("근로시간 ↓2시간", "두 시간 하락", "하락 두"),
    ("평균 수명 ↑2년", "이 년 상승", "상승 이"),
    ("배송 기간 ↓2일", "이 일 하락", "하락 이"),
    ("재고일수 ↓5일", "오 일 하락", "하락 오"),
    # 이나, 또는 between volumes make a count only with a word of counting near
    ("해리포터 3권이나 4권이 가장 재밌다.", "삼 권이나 사 권", "세 권"),
    ("토지 1권 또는 2권부터 읽기 시작했다.", "일 권 또는 이 권", "한 권"),
    # a comma run of volumes is a count with 씩, a word of how often before, or 책
    ("책을 1권, 2권, 3권씩 늘려가며 읽었다.", "한 권, 두 권, 세 권씩", "일 권"),
    ("하루에 1권, 2권, 3권을 읽는 사람도 있다.", "한 권, 두 권, 세 권을", "일 권"),
    # a listed acronym beside a plain 좌석 is a kind of seat, and F after a number a floor,
    # unless a word of a seat in a vehicle is near
    ("CGV는 4D 좌석 도입을 확대한다고 밝혔다.", "포디 좌석", "사디"),
    ("4D 좌석 설치", "포디 좌석", "사디"),
    ("좌석 4D 체험관이 문을 열었다.", "포디 체험관", "사디"),
    ("공연장 1F 좌석 배치도가 공개됐다.", "일 층 좌석", "일에프"),
    ("1F 좌석 매진, 2F 좌석 일부 남아", "이 층 좌석", "에프"),
    ("기내 1F 좌석 승객", "일에프", "일 층"),
    # a clock of :00 before a word of winning is a time, not a score
    ("대표팀은 내일 20:00 승리에 도전한다.", "스무 시 승리에", "대 공공"),
    ("내일 20:00 승리만 바라본다.", "스무 시 승리만", "대 공공"),
    # a ground's name is no word of a match: it names the hours of its shops and car parks too
    ("야구장 매점은 영업 종료 22:00 전 문을 닫는다.", "스물두 시 전", "이십이 분"),
    ("경기장 주차장은 운영 종료 23:00 전까지 출차해야 한다.", "스물세 시 전까지", "이십삼 분"),
    ("축구장 예약은 종료 20:00 전까지 받는다.", "스무 시 전까지", "이십 분"),
    ("잠실 경기장에서 종료 2:00 전 역전골이 터졌다.", "종료 이 분 전", "두 시"),
    # 이나, 또는 between volumes with no title before them are one or two books
    ("1권 또는 2권을 빌려 간다.", "한 권 또는 두 권", "일 권"),
    ("도서관에서 1권이나 2권 빌렸다.", "한 권이나 두 권", "일 권"),
    ("1권이나 2권밖에 안 팔렸다.", "한 권이나 두 권", "일 권"),
    ("한 사람당 1권 또는 2권까지 빌릴 수 있다.", "한 권 또는 두 권", "일 권"),
    ("서점에 1권이나 2권 남았다.", "한 권이나 두 권", "일 권"),
    # an arrow before a length that grew or shrank, or a span after it, says no change word
    ("금리 ↑3년 새 최고.", "삼 년 새 최고", "상승"),
    ("주가 ↑3일 새 10% 뛰었다.", "삼 일 새", "상승"),
    ("공사 기간 ↑3개월 연장.", "삼 개월 연장", "상승"),
    ("대기 시간 ↓10분 단축.", "십 분 단축", "하락"),
    # with a particle between, the word after still says the change, and the arrow is not said
    ("공사 기간이 ↓4개월로 단축됐다.", "사 개월로 단축", "하락"),
    ("통근 시간이 ↓15분으로 줄었다.", "십오 분으로 줄었다", "하락"),
    ("계약 기간이 ↑2년으로 연장됐다.", "이 년으로 연장", "상승"),
    ("평점 ↑3점을 올렸다.", "삼 점을 올렸다", "상승"),
    ("기온 ↓5도를 기록했다.", "오 도 하락을", "오 도를"),
]


@pytest.mark.parametrize(("written", "said", "unsaid"), CASES)
def test_kept_reading(written: str, said: str, unsaid: str) -> None:
    spoken = normalize(written)
    assert said in spoken
    assert unsaid not in spoken


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # teams and parts counted from one are a count, with the counter at one end or both
        ("1~3팀이 결선에 올랐다.", "세 팀이", "일에서"),
        ("최대 1~4팀을 선발할 예정이다.", "네 팀을", "일에서"),
        ("한 달에 1권~3권을 읽는다.", "한 권에서 세 권", "일 권"),
        ("1팀~3팀 정도가 지원할 것으로 보인다.", "한 팀에서 세 팀", "일 팀"),
        # 지구 and 단지 after a code are the Earth and 'merely', not a site's zone
        ("G7 지구 정상회의가 열렸다.", "지세븐", "지 칠"),
        ("새 모델 X5 단지 외관만 바꿨다.", "엑스 파이브", "엑스 오"),
    ],
)
def test_a_count_kept(written: str, said: str, unsaid: str) -> None:
    spoken = normalize(written)
    assert said in spoken and unsaid not in spoken, spoken
