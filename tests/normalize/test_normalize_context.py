"""Shapes whose reading the words around them decide: each case is a sentence, what must be
said in it, and what must not (a month for a fraction, a rate word twice)."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize

CASES = [
    # a minus figure with 도 after a word of an angle is an angle's degrees, 마이너스; with a
    # weather word or none it is a temperature, 영하
    ("회전 각도는 -30도~30도", "마이너스 삼십 도에서 삼십 도", "영"),
    ("기울기는 -15도", "마이너스 십오 도", "영하"),
    ("각도 -12도~-3도", "마이너스 십이 도에서 마이너스 삼 도", "영하"),
    ("경사각 -10도에서 10도까지", "마이너스 십 도에서", "영하"),
    ("기온은 -5도~3도", "영하 오 도에서 영상 삼 도", "마이너스"),
    ("기온 -12도~-3도", "영하 십이 도에서 영하 삼 도", "마이너스"),
    # a Roman numeral after a monarch's or a pope's name in Hangul, against it or a space
    # apart, is a regnal number, 세; a model's or a course's stays a number
    ("엘리자베스Ⅱ 여왕", "엘리자베스 이세 여왕", "엘리자베스 이 여왕"),
    ("찰스Ⅲ 국왕", "찰스 삼세 국왕", "찰스 삼 국왕"),
    ("엘리자베스 Ⅱ 여왕이", "이세 여왕이", "이 여왕"),
    ("헨리Ⅷ의 왕비", "헨리 팔세의", "팔의"),
    ("찰스 Ⅲ세 국왕", "찰스 삼세 국왕", "삼세세"),
    ("레오 ⅩⅣ 교황", "십사", "십세"),
    ("천궁Ⅱ가 배치됐다", "천궁 이가", "이세"),
    # a country next to an English name shows its language only for a person or a place of
    # it: a title after the country that follows the name, no firm's shop or office after the
    # name, no phrase of the country's own closed between them
    ("브라질 Burger King 매장", "버거 킹", "부르제르"),
    ("Smith 독일 주재 미국 대사", "스미스", "스미트흐"),
    ("Walmart 멕시코 법인", "월마트", "왈마르트"),
    ("프랑스 현지 Walmart 매장", "월마트", "발마르"),
    ("독일 시장에서 Cheesecake 판매", "치즈케이크", "케제카케"),
    ("Burberry 이탈리아 매장", "버버리", "부르베리"),
    ("Blackrock 독일 법인", "블랙록", "블라크로크"),
    ("Target 멕시코 진출", "타겟", "타르게트"),
    ("Barrot 프랑스 외무장관", "바로 프랑스", "바롯"),
    ("Noboa 에콰도르 대통령", "노보아", "노보 에콰도르"),
    ("Nagel 독일 중앙은행 총재가", "나겔", "네이겔"),
    ("Walmart 멕시코 법인 대표", "월마트", "왈마르트"),
    # a French j or g before a, o, u softened by an unsaid e; a final aul said; cq one sound
    ("프랑스 Jean-Pierre Raffarin 전 총리", "장 피에르 라파랭", "제앙"),
    ("프랑스 Georges Bizet 오페라", "조르주", "게오르"),
    ("프랑스 Geoffroy 의원", "조프루아", "게오"),
    ("프랑스 Paul Valéry 시집", "폴 ", "포 "),
    ("프랑스 Jacques Delors 전 위원장", "자크 ", "자크크"),
    ("프랑스 Vautrin 장관과 브라질 출신 Rodrygo", "보트랭 장관과 브라질 출신 호드리구", "바우트린"),
    # a word of films in the sentence makes a quoted title's Roman numeral a sequel's English
    # number, whatever word it shares with art (작품, 경매); a painter's series stays Sino-Korean
    ("루카스 감독의 대표 작품인 '스타워즈 Ⅳ'가", "스타워즈 포", "스타워즈 사"),
    ("'록키 Ⅲ' 출연 배우가 소장품을 경매에 내놨다", "록키 쓰리", "록키 삼"),
    ("시리즈 세 번째 작품으로 '록키 Ⅱ'의 후속편", "록키 투", "록키 이"),
    ("대표 작품 '터미네이터 Ⅱ'가 재개봉", "터미네이터 투", "터미네이터 이"),
    ("주연 배우의 소장품 경매에 '에일리언 Ⅲ' 소품이 나왔다", "에일리언 쓰리", "에일리언 삼"),
    ("원로 화가 김환석의 대작 '귀향 Ⅲ'이 국내 경매에서 낙찰됐다.", "'귀향 삼'이", "쓰리"),
    ("연작 '바다 Ⅳ'는 미술관에 걸렸다.", "'바다 사'는", "포"),
    # a currency code written against its amount is the amount in that currency; other
    # capitals against five digits or more are a serial read digit by digit
    ("USD10000 이상", "만 달러 이상", "공공"),
    ("KRW50000 지급", "오만 원 지급", "공공"),
    ("EUR25000 벌금", "이만 오천 유로", "공공"),
    ("USD10,000 이상", "만 달러 이상", "유에스디"),
    ("USD100 이상", "백 달러", "유에스디"),
    ("KB5048667 업데이트", "케이비 오공사팔육육칠", "만"),
    # a bracketed span after a word of a value, or with a counter after it, is two figures;
    # after a name, an age or a plan it is two years
    ("환율 밴드(1350~1450)를", "천삼백오십에서 천사백오십", "년"),
    ("인구(1200~1350)명", "천이백에서 천삼백오십", "년"),
    ("점수(850~1200)를", "팔백오십에서 천이백", "년"),
    ("목표 주가(1250~1480)를 제시", "천이백오십에서 천사백팔십", "년"),
    ("온도(1100~1300)에서", "천백에서 천삼백", "년"),
    ("관객(1200~1350)명", "천이백에서 천삼백오십", "년"),
    ("세종(1397~1450)은", "천삼백구십칠 년에서 천사백오십 년", "칠에서"),
    # a digit a space after a maker is its model (폴스타 4 출시) unless a counter follows it,
    # a mark of a score, or another name with its own number (기아 is a team too)
    ("기아 5 : 3 롯데", "기아 오 대 삼", "파이브"),
    ("[프로야구] 기아 7 롯데 2", "기아 칠 롯데 이", "세븐"),
    ("삼성 5 기아 3", "기아 삼", "쓰리"),
    ("한화 4 기아 2로 승리", "기아 이로", "투"),
    ("현대차 3 - 2 승리", "현대차 삼", "쓰리"),
    ("현대차 2 곳에 공장", "두 곳에", "투"),
    ("테슬라 3 년 만에", "삼 년", "쓰리"),
    ("벤츠 3 대를 샀다", "세 대를", "쓰리"),
    ("폴스타 4 출시", "폴스타 포 출시", "폴스타 사"),
    ("테슬라 3 판매량", "테슬라 쓰리 판매량", "테슬라 삼"),
    ("폴스타 4가 나왔다", "폴스타 포가", "폴스타 사"),
    # a comma after a fraction or a month and day opens the next item of a list (1/2,1/3),
    # unless three digits follow it as a thousands group of the number (1/1,000)
    ("비율은 1/2,1/3 수준", "이분의 일,삼분의 일", "일 이,"),
    ("공연은 12/24,25 이틀간", "십이월 이십사 일", "십이 이십사"),
    ("비율 3/4,2/3 정도", "사분의 삼,삼분의 이", "삼 사,"),
    ("행사는 3/1,2 이틀", "삼월 일 일", "삼 일,"),
    ("매출은 1/1,000 수준", "천분의 일", "일 일"),
    ("3/1,000 확률", "천분의 삼", "삼 일"),
    # a month and day with a slash needs a word of a date (a weekday, a date word, a span of
    # days, a particle of a point in time); a part of a whole without one is a fraction
    ("우리 팀이 2/4로 뒤졌다.", "사분의 이로", "월"),
    ("3점슛은 2/4에 그쳤다.", "사분의 이에 그쳤다", "월"),
    ("성공률은 4/6으로 높았다.", "육분의 사", "월"),
    ("응답자 6/10이 찬성했다.", "십분의 육이", "월"),
    ("점유율이 2/4까지 늘었다.", "사분의 이까지 늘었다", "월"),
    ("응답자의 3/4 이상이 찬성했다.", "사분의 삼 이상", "월"),
    ("비율은 2/3~3/4 정도다.", "삼분의 이에서 사분의 삼", "월"),
    ("2/4(화) 개막한다.", "이월 사 일 화요일", "분의"),
    ("오는 2/4 개막식이 열린다.", "이월 사 일", "분의"),
    ("2/4~2/8 열린다.", "이월 사 일에서 이월 팔 일", "분의"),
    ("1/10~1/20 접수한다.", "일월 십 일에서 일월 이십 일", "분의"),
    ("2/5~2/7 열린다.", "이월 오 일에서 이월 칠 일", "분의"),
    ("비용을 1/2~1/3로 줄인다.", "이분의 일에서 삼분의 일로", "월"),
    ("새 요금은 2/4부터 적용된다.", "이월 사 일부터", "분의"),
    ("경기는 2/6에 열린다.", "이월 육 일에", "분의"),
    ("결과는 12/24에 나온다.", "십이월 이십사 일에", "분의"),
    # a span of days whose second end is the day alone, after a word of a period, a week in
    # brackets or a whole date; a span of decimals without them stays decimals
    ("넷째 주(11.23~29) 환자 수가 늘었다.", "십일월 이십삼 일에서 이십구 일", "점"),
    ("지난주(11/23~29) 판매량", "십일월 이십삼 일에서 이십구 일", "분의"),
    ("신청 기간은 3.2~15까지다.", "삼월 이 일에서 십오 일까지", "점"),
    ("축제는 2025.10.3~5 열린다.", "시월 삼 일에서 오 일", "점"),
    ("2025.11.23~29일 열린다.", "이십삼 일에서 이십구 일 열린다", "일 일"),
    ("전망치(2.1~3)를 유지했다.", "이 점 일에서 삼", "월"),
    ("3.2~5% 올랐다.", "삼 점 이에서 오 퍼센트", "월"),
    # N/4분기 is a quarter of the year, said as one word
    ("2/4분기 실적이 개선됐다.", "이사분기 실적", "분의"),
    ("2/4 분기 실적이 개선됐다.", "이사분기 실적", "분의"),
    ("4/4분기 매출이 늘었다.", "사사분기 매출", "분의"),
    ("3/4 분기에 반등했다.", "삼사분기에", "분의"),
    # an arrow between two things is a change (에서), spaced or joined; steps and orders are not
    ("서울 → 부산 노선이 생긴다.", "서울에서 부산 노선이", "서울 부산"),
    ("서울→부산 노선이 생긴다.", "서울에서 부산 노선이", "서울 부산"),
    ("매수 → 매도 전환이 늘었다.", "매수에서 매도 전환이", "매수 매도"),
    ("영업이익 적자 → 흑자 전환", "적자에서 흑자 전환", "적자 흑자"),
    ("신용등급 AA → A 하향", "에이에이에서 에이 하향", "에이에이 에이"),
    ("'친환경' ⇒ '고효율' 변화", "'친환경'에서 '고효율' 변화", "' '"),
    ("매출 → 이익 순이다.", "매출 이익 순이다.", "에서"),
    ("접수 → 심사 → 지급 순서다.", "접수 심사 지급 순서다.", "에서"),
    ("→ 다음 기사 보기", "다음 기사 보기", "에서"),
    # the number sign before a number standing as a word is said 넘버, as № and No. are;
    # a hashtag keeps its word
    ("#1 히트곡을 불렀다.", "넘버 원 히트곡을", "일 히트곡"),
    ("#3 선발로 나섰다.", "넘버 쓰리 선발로", "삼 선발"),
    ("빌보드 #1을 차지했다.", "빌보드 넘버 원을", "빌보드 일"),
    ("빌보드 #3을 차지했다.", "빌보드 넘버 쓰리를", "쓰리을"),
    ("이슈 #2, #5 모두 다뤘다.", "넘버 투, 넘버 파이브", "#"),
    ("#먹방 영상이 인기다.", "먹방 영상이 인기다.", "넘버"),
    ("#MeToo 운동이 확산했다.", "미투 운동이 확산했다.", "넘버"),
    ("#1위를 달성했다.", "일 위를", "넘버"),
    ("C# 개발자를 뽑는다.", "씨샵 개발자를", "넘버"),
    # a length per time is a speed said 시속/초속 before the figure, another unit per time a
    # rate said 시간당/초당 there; a rate written before the figure is said once, and an
    # acceleration or a power of ten keeps the rate after the unit
    ("최고 120km/h로 달렸다.", "최고 시속 백이십 킬로미터로", "매시"),
    ("풍속 15m/s의 강풍이 분다.", "초속 십오 미터의", "매초"),
    ("최고 속도는 155mph다.", "시속 백오십오 마일이다", "매시"),
    ("100~120km/h로 달린다.", "시속 백에서 백이십 킬로미터로", "매시"),
    ("풍속 10~14m/s의 바람", "초속 십에서 십사 미터의", "매초"),
    ("5㎧의 바람이 분다.", "초속 오 미터의", "매초"),
    ("공은 100ft/s로 날아갔다.", "초속 백 피트로", "초당"),
    ("300km/h급 고속철", "시속 삼백 킬로미터급", "매시"),
    ("50mm/h의 폭우가 쏟아졌다.", "시간당 오십 밀리미터의", "매시"),
    ("방사선량은 0.1μSv/h다.", "시간당 영 점 일 마이크로시버트다", "매시"),
    ("전송 속도는 100MB/s다.", "초당 백 메가바이트다", "매초"),
    ("10L/min의 유량", "분당 십 리터의", "매분"),
    ("시속 120km/h로 달렸다.", "시속 백이십 킬로미터로", "시속 시속"),
    ("시속 60mph로 달렸다.", "시속 육십 마일로", "시속 시속"),
    ("초속 20m/s의 강풍", "초속 이십 미터의", "초속 초속"),
    ("시간당 30~50mm/h의 비", "시간당 삼십에서 오십 밀리미터의", "시간당 시간당"),
    ("최고 시속은 250㎞/h다.", "최고 시속은 이백오십 킬로미터다", "시속 이백"),
    ("시속 약 80km/h로 달렸다.", "시속 약 팔십 킬로미터로", "약 시속"),
    ("중력가속도는 9.8m/s²이다.", "구 점 팔 미터 매초 제곱", "초속"),
    ("빛의 속도는 3×10⁸m/s다.", "십의 팔 승 미터 매초", "초속"),
    # a given name hyphened with its second syllable capitalised too, alone, is read as the
    # name it is; two English words so joined are not
    ("배우 Seo-Yeon이 주연을 맡았다.", "배우 서연이", "와이"),
    ("가수 Tae-Hyun이 무대에 올랐다.", "가수 태현이", "하이언"),
    ("멤버 Jun-Ho가 말했다.", "멤버 준호가", "에이치오"),
    ("배경음악은 Hip-Hop이다.", "힙합이다", "힙홉"),
    ("Win-Win 전략을 폈다.", "윈 윈 전략", "윈윈"),
    # a name in capitals in brackets after the Hangul that writes it as a word is said once;
    # one the Hangul does not write stays, letter by letter
    ("경차 레이(RAY)가 많이 팔렸다.", "경차 레이가", "알에이와이"),
    ("스마트폰 네오(NEO)가 출시됐다.", "스마트폰 네오가", "엔이오"),
    ("화장품 아우라(AURA) 매장", "아우라 매장", "에이유알에이"),
    ("전시회(CES)가 열렸다.", "전시회(씨이에스)", "세스"),
    # T after an engine's displacement is a turbo; by a truck it stays a tonne
    ("신형은 1.6T 하이브리드로 나온다.", "일 점 육 터보 하이브리드", "티"),
    ("3.5T 가솔린 엔진을 얹었다.", "삼 점 오 터보 가솔린", "톤"),
    ("2.5T 디젤 트럭이 팔렸다.", "이 점 오 톤 디젤 트럭", "터보"),
    # a runway's designator beside a word of a runway is a code, its digits and its letter
    # named, not a unit (리터) or a counter (라운드)
    ("여객기가 활주로 15L에 내렸다.", "활주로 일오 엘에", "리터"),
    ("RWY 06R 접근 중 복행했다.", "공육 알 접근", "라운드"),
    ("제2터미널 쪽 27C 활주로가 닫혔다.", "이칠 씨 활주로가", "이십칠"),
    ("런웨이 34R로 이륙했다.", "삼사 알로", "라운드"),
    # the other end of the same runway after a hyphen or a slash is read as a designator too
    ("활주로 14L-32R에서 이륙했다.", "일사 엘 삼이 알에서", "라운드"),
    ("활주로 09L-27R이 폐쇄됐다.", "공구 엘 이칠 알이", "이십칠"),
    ("34L-16R 활주로가 열렸다.", "삼사 엘 일육 알 활주로가", "리터"),
    ("RWY 15R/33L 운영이 재개됐다.", "일오 알 삼삼 엘 운영", "리터"),
    ("경기는 14L-32R로 끝났다.", "십사", "일사 엘"),
    ("활주로 4곳 중 2곳이 닫혔다.", "네 곳 중 두 곳이", "공"),
    ("연료 15L를 넣었다.", "십오 리터를", "일오"),
    ("경기는 12R까지 이어졌다.", "십이 라운드까지", "일이"),
    # g by a word of ground shaking or acceleration is a multiple of gravity's, 지; a gram
    # elsewhere, a sensor's weight too
    ("설계 지반가속도는 0.2g로 정해졌다.", "영 점 이 지로", "그램"),
    ("중력가속도의 4.5g 충격을 견딘다.", "사 점 오 지", "그램"),
    ("원전의 내진 성능은 0.5g 수준이다.", "영 점 오 지 수준", "그램"),
    ("가속도 센서의 무게는 5g이다.", "오 그램이다", " 지"),
    ("밀가루 200g을 넣는다.", "이백 그램을", " 지"),
    # the word of acceleration or gravity after 의 counts as beside it
    ("선수들은 최고 6g의 가속도를 느낀다.", "육 지의 가속도", "그램"),
    ("곡예비행 때 8g의 중력이 걸린다.", "팔 지의 중력", "그램"),
    ("버터 5g의 무게를 잰다.", "오 그램의 무게", " 지"),
    # a length per volume is a fuel economy, said 리터당 before the figure; another unit per
    # volume keeps 퍼
    ("경차 연비는 15.1km/L 수준이다.", "리터당 십오 점 일 킬로미터 수준", "퍼 리터"),
    ("도심 연비 12~14㎞/ℓ로 집계됐다.", "리터당 십이에서 십사 킬로미터로", "퍼 리터"),
    ("실주행 연비는 9km/l였다.", "리터당 구 킬로미터", "퍼 리터"),
    ("총인 농도는 0.2㎎/ℓ다.", "영 점 이 밀리그램 퍼 리터", "리터당"),
    # N:NN after a word of the time of day is a clock time; N:N before a word of ratio, a
    # score or three parts is a ratio said with 대
    ("오전 9:30에 시작한다.", "오전 아홉 시 삼십 분에", "대"),
    ("오전 9 : 30 시작", "오전 아홉 시 삼십 분 시작", "대"),
    ("새벽 4:00 출발했다.", "새벽 네 시 출발", "대"),
    ("밤 11:30 귀가했다.", "밤 열한 시 삼십 분", "대"),
    ("오후 1:50 축척 지도 공개", "오후 한 시 오십 분", "대"),
    ("1:50 축척 지도다.", "일 대 오십 축척", "시"),
    ("16:9 화면을 지원한다.", "십육 대 구 화면", "시"),
    ("3:2 역전승을 거뒀다.", "삼 대 이 역전승", "시"),
    ("배율 1:100 모형", "일 대 백", "시"),
    ("1:2:1 비율로 섞는다.", "일 대 이 대 일 비율", ":"),
    ("5 : 3 : 2로 나눈다.", "오 대 삼 대 이로", ":"),
    ("2:05:30으로 우승했다.", "두 시간 오 분 삼십 초", "대"),
    ("1:23:45.67 기록", "한 시간 이십삼 분 사십오 초", "대"),
    # hundredths after hours, minutes and seconds are the hundredths of a finishing time
    ("그의 기록은 1:23:45.67이었다.", "사십오 초 육칠이었다", ".육"),
    ("2:10:03.5로 들어왔다.", "십 분 삼 초 오로", ".오"),
    # the unit of a clock time's last figure written after it as well is said once
    ("오전 9:30분에 시작한다.", "아홉 시 삼십 분에", "분분"),
    ("회의는 15:20분께 끝났다.", "열다섯 시 이십 분께", "분분"),
    ("오후 2 : 45분 출발", "두 시 사십오 분 출발", "분분"),
    ("결승선은 2:05:30초에 통과했다.", "삼십 초에", "초초"),
    # two years in a row before 시즌 name one season, however they are joined; other spans of
    # years are ranges
    ("2026~2027시즌 개막전이 열린다.", "이천이십육 이천이십칠 시즌", "에서"),
    ("2025~26 시즌 우승팀", "이천이십오 이십육 시즌", "에서"),
    ("2024-2025시즌 득점왕", "이천이십사 이천이십오 시즌", "에서"),
    ("2023~2025 시즌 동안", "이천이십삼에서 이천이십오 시즌", "이천이십삼 이천"),
    ("2024~2025년 예산", "이천이십사에서 이천이십오 년", "이천이십사 이천"),
    # a unit with no figure is a unit where a table names its unit, or in brackets after a word
    # when it divides one unit by another; a letter glossing a word is not
    ("(단위: km/h)", "시속 킬로미터", "케이엠"),
    ("(단위: 억원, mm)", "억원, 밀리미터", "엠엠"),
    ("단위=t", "톤", "티"),
    ("평균 속도(m/s)", "속도(초속 미터)", "엠"),
    ("잔류 농도(mg/L)는 낮았다.", "밀리그램 퍼 리터", "엘"),
    ("두 번째 방안(A)을 택했다.", "방안(에이)", "암페어"),
    # ± between two figures is a word of its own, not the end of the first one
    ("평균 나이는 15.2±1.8세였다.", "십오 점 이 플러스마이너스 일 점 팔 세", "이플러스"),
    ("오차는 ±3%p다.", "플러스마이너스 삼 퍼센트포인트", "  "),
    # a date with the year last, as English sources write it: month/day/year, or day/month/year
    # where the first can be no month
    ("발표일은 11/23/2024이다.", "이천이십사 년 십일월 이십삼 일", "이십삼 이천"),
    ("계약은 23/11/2024 체결됐다.", "이천이십사 년 십일월 이십삼 일", "이십삼 십일"),
    # a span of clock times across a word of the time of day
    ("오전 10:00~오후 6:00 운영", "오전 열 시에서 오후 여섯 시", "~"),
    ("평일 09:00 ~ 저녁 8:00 운영", "아홉 시에서 저녁 여덟 시", "~"),
    # a span of days written month.day at both ends beside a word of a period (a sale, a
    # show, a booking held over those days); a span of decimals has none
    ("사전 판매는 7.22~7.28 진행되며 출시는 8월이다.", "칠월 이십이 일에서 칠월 이십팔 일 진행", "점"),
    # a word of a period right before the span's brackets makes it days too
    ("설 연휴 고속도로 통행료 면제(2.16~2.18)가 확정됐다.", "면제(이월 십육 일에서 이월 십팔 일)", "점"),
    ("궁궐은 추석 무료 개방(10.5~10.7)에 들어간다.", "(시월 오 일에서 시월 칠 일)", "점"),
    ("환율(1.28~1.30) 전망이 나왔다.", "일 점 이팔에서 일 점 삼영", "월"),
    # 면제, 무료, 개방 name an amount as often: days only before brackets of a short span
    ("시장 개방 1.2~1.5 수준으로 높인다.", "일 점 이에서 일 점 오 수준", "월"),
    ("관세 면제(1.5~2.5)가 논의됐다.", "일 점 오에서 이 점 오", "월"),
    ("수수료 면제(1.5~3.5) 폭을 정한다.", "일 점 오에서 삼 점 오", "월"),
    ("무료 개방 2.5~2.8 수준을 넘었다.", "이 점 오에서 이 점 팔", "월"),
    ("통행료 면제(1.28~1.30)가 확정됐다.", "일월 이십팔 일에서 일월 삼십 일", "점"),
    ("박물관 무료 개방(5.1~5.5)을 한다.", "오월 일 일에서 오월 오 일", "점"),
    ("통행료 면제(9.28~10.3)가 확정됐다.", "구월 이십팔 일에서 시월 삼 일", "점"),
    ("전시는 11.1~12.31 한빛미술관에서 열린다.", "십일월 일 일에서 십이월 삼십일 일", "점"),
    ("사전예약은 9.9~9.15 온라인으로 받는다.", "구월 구 일에서 구월 십오 일", "점"),
    ("할인 행사는 6.1~6.7 전 매장에서 한다.", "유월 일 일에서 유월 칠 일", "점"),
    ("시범 운영 후 4.1~4.5 실시한다.", "사월 일 일에서 사월 오 일 실시", "점"),
    ("금리는 3.2~3.5 수준에서 움직였다.", "삼 점 이에서 삼 점 오 수준", "월"),
    ("환율은 1.25~1.28 사이에서 등락했다.", "일 점 이오에서 일 점 이팔", "월"),
    # 比 written against the word it compares with, before a percentage or a word of rise
    # or fall, is 대비 said as a word of its own; a word that ends in the character is read
    ("업계는 시장이 전년比 15% 성장한다고 본다.", "전년 대비 십오 퍼센트", "전년비"),
    ("수출은 전월比 3.2% 감소했다.", "전월 대비 삼 점 이 퍼센트", "전월비"),
    ("매출은 전년 동기比 감소했다.", "전년 동기 대비 감소", "동기비"),
    ("영업이익은 前年比 10% 늘었다.", "전년 대비 십 퍼센트", "전년비"),
    ("두 지표를 對比 10% 차이로 봤다.", "대비 십 퍼센트", "대 대비"),
    ("比 6.8 강진으로 피해가 컸다.", "필리핀 육 점 팔", "대비"),
    # a tilde with no second end before a closing bracket or at the end: where the range opens
    ("▲2단계(7월~) 마을버스까지 넓힌다.", "이 단계(칠월부터)", "칠월)"),
    ("지원 대상(65세~)은 크게 늘었다.", "육십오 세부터", "세)"),
    ("시행 시기: 2027년~", "이천이십칠 년부터", "~"),
    ("감면 구간(30%~)을 새로 정했다.", "삼십 퍼센트부터", "퍼센트)"),
    ("1단계(3~6월) 시내버스부터 시작한다.", "삼월에서 유월", "부터)"),
    # a Roman numeral written as one character after a Latin name is said as the same numeral
    # in letters is; after a Korean name, or before a counter, it is a Korean number
    ("누리호(KSLV-Ⅱ)가 발사에 성공했다.", "케이에스엘브이 투", "케이에스엘브이 이"),
    ("Charles Ⅲ 국왕이 방한했다.", "찰스 삼세", "찰스 삼 "),
    ("World War Ⅱ 당시 사진이다.", "월드 워 투", "워 이"),
    ("인도는 GSLV Mk Ⅲ 로켓을 쐈다.", "엠케이 쓰리", "엠케이 삼"),
    ("천궁-Ⅱ를 배치했다.", "천궁 이를", "투"),
    ("Elizabeth Ⅱ세 시절이다.", "이세", "투"),
    # 번 before a noun that a number names (a hole, an exit, a batting place), written against
    # it or a space apart, is the number's name; a longer word that starts like such a noun
    # (방문, 칸막이) leaves 번 a count
    ("17번홀(파3)에서 홀인원을 기록했다.", "십칠 번 홀", "열일곱"),
    ("5번출구 앞에서 만나자.", "오 번 출구", "다섯"),
    ("그는 3번타자로 나섰다.", "삼 번 타자로", "세 번"),
    ("지난해 7번국도를 따라 걸었다.", "칠 번 국도를", "일곱"),
    ("그는 한국을 3번 방문했다.", "세 번 방문했다", "삼 번"),
    ("같은 내용을 2번 방송했다.", "두 번 방송했다", "이 번"),
    ("18번 홀에서 버디를 잡았다.", "십팔 번 홀에서", "열여덟"),
    ("3번 선수들이 교체됐다.", "삼 번 선수들이", "세 번"),
    # a company's or a foundation's mark as one character is a word of its own, as (주) is
    ("㈜한빛테크는 10일 신제품을 공개했다.", "주식회사 한빛테크는", "주식회사한빛"),
    ("공급사는 한빛테크㈜다.", "한빛테크 주식회사다", "한빛테크주식회사"),
    ("㈔한빛협회가 주관한다.", "사단법인 한빛협회가", "사단법인한빛"),
    ("시공사는 한빛건설(주)였다.", "한빛건설 주식회사였다", "주식회사 였다"),
    # 弗, the dollar of headlines, after a figure or standing as a clipping, as 円 and 元 are
    ("사우디, 유가 배럴당 80弗 목표", "팔십 달러", "불"),
    ("100억弗 투자 유치에 성공했다.", "백억 달러 투자", "불"),
    ("수출 6천억弗 돌파", "육천억 달러", "불"),
    ("弗 강세에 원화 약세", "달러 강세", "불"),
    # a clipping written against the noun after it is said as it is said apart from it, where
    # that is a word of its own; a clipping of one syllable, or a surname, is its sound
    ("朴외교장관과 日외무상이 회담했다.", "일본 외무상이", "일외무상"),
    ("日측은 과거사 문제에 답하지 않았다.", "일본 측은", "일측"),
    ("佛대통령, 다음 달 방한", "프랑스 대통령", "불대통령"),
    ("露외무부는 논평을 내지 않았다.", "러시아 외무부는", "노외무부"),
    ("靑대변인은 브리핑에서 밝혔다.", "청와대 대변인은", "청대변인"),
    ("檢수사 속도 낸다", "검찰 수사", "검수사"),
    ("'金테크' 열풍이 분다.", "금테크", "김"),
    ("美국무부는 환영했다.", "미국무부는", "미국 국무부"),
    # a bracketed age after a name, before the name's title or occupation, or before the
    # words of an affiliation that end in one
    ("윤서진(41) 셰프는 2스타를 받았다.", "사십일 세", "(사십일)"),
    ("이서연(29) 간호사가 환자를 돌봤다.", "이십구 세", "(이십구)"),
    ("오정민(52) 한빛과학기술원(HIST) 교수를 만났다.", "오십이 세", "(오십이)"),
    ("김민준(34) 한빛대 화학과 교수는 말했다.", "삼십사 세", "(삼십사)"),
    ("박지훈(45) 한빛중 교장이 말했다.", "사십오 세", "(사십오)"),
    ("김민준(34) 한빛대 화학과 건물에서 불이 났다.", "(삼십사)", "세"),
    ("강남구(32) 일대 아파트값이 올랐다.", "(삼십이)", "세"),
    # the model of a graphics card is a code of four digits after its series, said digit by digit
    ("엔비디아 지포스 RTX 5080 그래픽카드를 탑재했다.", "알티엑스 오공팔공", "오천"),
    ("GTX 1660 사용자가 많다.", "지티엑스 일육육공", "천육백"),
    ("AMD는 RX 7900 XTX를 내놨다.", "알엑스 칠구공공", "칠천"),
    ("라데온 9070이 출시됐다.", "라데온 구공칠공이", "구천"),
    ("RTX 50 시리즈가 나왔다.", "알티엑스 오십 시리즈", "오공"),
    # a rating in stars is said in English, as the guides and hotels say it
    ("미쉐린 가이드에서 2스타를 받았다.", "투스타를", "이스타"),
    ("솔직히 1스타를 지키는 것도 벅찼다.", "원스타를", "일스타"),
    ("3스타 레스토랑은 두 곳이다.", "쓰리스타 레스토랑", "삼스타"),
    ("5스타 호텔에 묵었다.", "파이브스타 호텔", "오스타"),
    ("K팝 스타 3명이 왔다.", "스타 세 명", "쓰리"),
    # guns and launchers are counted with 문 in native numerals; 문 elsewhere stays Sino-Korean
    ("K9 자주포 18문과 천무 6문을 배치했다.", "열여덟 문과 천무 여섯 문을", "십팔"),
    ("견인포 24문이 동원됐다.", "스물네 문이", "이십사"),
    ("박격포 3문을 잃었다.", "세 문을", "삼 문"),
    ("시험 10문 중 8문을 맞혔다.", "팔 문을", "여덟"),
    # a lottery ticket's number after its group is said digit by digit, not as an amount
    ("연금복권 1등은 '4조 582931'로 나왔다.", "오팔이구삼일", "오십팔만"),
    ("1등 번호는 3조 194728이다.", "일구사칠이팔이다", "십구만"),
    ("예산 4조 5829억원을 편성했다.", "사조 오천팔백이십구억 원", "오팔이구"),
    ("2조 30000원이 들었다.", "삼만 원", "삼공"),
    # a month and day stamped before a clock time (an alert, a log), not a score or a fraction;
    # a score before a time keeps its 대
    ("[기상청] 11-23 14:07:32 경북 경주시 지진발생", "십일월 이십삼 일 열네 시 칠 분", "대"),
    ("발송 06-05 09:30 서울 전역 호우경보", "유월 오 일 아홉 시 삼십 분", "대"),
    ("접수 3/2 09:00부터 시작한다.", "삼월 이 일 아홉 시부터", "분의"),
    ("집결 12.25 18:30 서울역", "십이월 이십오 일 열여덟 시 삼십 분", "점"),
    ("세트 스코어 3-1 10:00 경기 종료", "삼 대 일", "월"),
    # three or more counts joined by slashes are read one by one, not as a fraction
    ("K/D/A 7/1/9로 POG에 선정됐다.", "칠 일 구로", "분의"),
    ("이날 기록은 3/4/12였다.", "삼 사 십이였다", "분의"),
    ("세 경기 성적은 12/0/8이다.", "십이 영 팔이다", "분의"),
    # a decimal score out of a whole number is said out of the whole
    ("기자가 매긴 별점은 4.5/5다.", "오 점 만점에 사 점 오", "분의"),
    ("평점 8.7/10을 받았다.", "십 점 만점에 팔 점 칠을", "분의"),
    ("관객 평점은 9.2/10으로 높았다.", "십 점 만점에 구 점 이", "분의"),
    ("학점 3.8/4.5로 졸업했다.", "사 점 오 만점에 삼 점 팔로", "분의"),
    # a part of one thing counted: ½ is 반 before a counter or a unit, the counter a word apart
    ("양파 ½개와 베이컨 4줄을 준비한다.", "양파 반 개와", "일개"),
    ("소금 ¼작은술, 설탕 ⅓컵을 넣는다.", "사분의 일 작은술, 설탕 삼분의 일 컵", "일작은술"),
    ("버터 ½ 큰술을 녹인다.", "버터 반 큰술", "이분의"),
    ("두부 ½모를 깍둑썰기한다.", "두부 반 모를", "이분의"),
    ("우유 ½ℓ를 붓는다.", "반 리터를", "이분의"),
    ("인구의 ⅓ 수준이다.", "삼분의 일 수준", "삼분의 일수준"),
    # the balls of a count and a golf approach to the green, said in English
    ("3볼 2스트라이크에서 직구를 노렸다.", "쓰리볼 투스트라이크에서", "삼볼"),
    ("볼카운트 1볼 2스트라이크에서 헛스윙했다.", "원볼 투스트라이크", "일볼"),
    ("그는 5피안타 2볼넷 7탈삼진을 기록했다.", "이 볼넷", "투볼넷"),
    ("220볼트 전원을 쓴다.", "이백이십 볼트", "투"),
    ("15번 홀(파5)에서 2온에 성공했다.", "투온에 성공", "이온"),
    ("짧은 파4 홀에서 1온을 노렸다.", "원온을 노렸다", "일온"),
    ("금 1온스당 2천 달러를 넘었다.", "일 온스당", "원온"),
    # an event is named by a month and a day; two numbers past them joined by a dot are not one
    ("문항 31·45가 가장 어려웠다.", "삼십일 사십오가", "사오"),
    ("등번호 17·33 선수가 빠졌다.", "십칠 삼십삼 선수", "삼삼"),
    ("4·19 혁명 65주년 기념전이 열린다.", "사일구 혁명", "사 십구"),
    ("12·12 군사반란을 다룬 영화", "십이십이 군사반란", "십이 십이"),
    ("30·40 세대가 주로 찾는다.", "삼십 사십 세대", "삼십사공"),
    # women's clothing sizes (a digit said twice) before 사이즈 are said digit by digit
    ("여성 의류는 55·66·77 사이즈로 나온다.", "오오 육육 칠칠 사이즈로", "육십육칠칠"),
    ("66사이즈를 입는다.", "육육 사이즈를", "육십육"),
    ("55 사이즈가 가장 먼저 품절됐다.", "오오 사이즈가", "오십오"),
    ("여성복은 44~77 사이즈까지 나온다.", "사사에서 칠칠 사이즈까지", "사십사"),
    ("여성복 55, 66 사이즈만 남았다.", "오오 육육 사이즈만", "오십오"),
    ("남성복은 95·100·105 사이즈로 나온다.", "구십오 백 백오 사이즈", "구오"),
    ("55세 이상 고객에게 할인한다.", "오십오 세 이상", "오오"),
    # a version written after its v, with two full stops or more, is said part by part
    ("넥스게이트 v2.3.1 이전 버전을 쓰는 기관", "브이 이 점 삼 점 일 이전", "이."),
    ("취약점은 v2.0.0부터 v2.3.0까지 모든 버전에 있다.", "브이 이 점 영 점 영부터 브이 이 점 삼 점 영까지", "이."),
    ("V10.0.12 업데이트가 나왔다.", "브이 십 점 영 점 십이 업데이트", "십."),
    ("앱을 v4.12.3으로 올려야 한다.", "브이 사 점 십이 점 삼으로", "사."),
    # a security advisory's identifier: its year, then its number within the year digit by digit
    ("이번 취약점(CVE-2025-12345)의 점수는 9.8점이다.", "씨브이이 이천이십오 일이삼사오", "만"),
    ("CVE-2024-3094 취약점이 발견됐다.", "이천이십사 삼공구사", "삼천"),
    ("CVE-2021-44228은 지난해 가장 많이 악용됐다.", "이천이십일 사사이이팔은", "만"),
    # a web protocol's version after a slash, said in English
    ("조작된 HTTP/2 요청을 보내 서버를 멈췄다.", "에이치티티피 투 요청", "에이치티티피 이"),
    ("새 버전은 HTTP/3을 지원한다.", "에이치티티피 쓰리를", "삼을"),
    # a letter, a hyphen and a number beside a word of a visa is the category of a stay, said
    # without a minus; elsewhere D-N counts the days left
    ("유학생(D-2) 비자 발급이 늘었다.", "유학생(디 이) 비자", "마이너스"),
    ("D-10 구직비자 소지자도 대상이다.", "디 십 구직비자", "마이너스"),
    ("체류자격을 D-4로 바꿨다.", "디 사로", "마이너스"),
    ("결혼이민(F-6) 비자와 유학(D-2) 비자", "유학(디 이) 비자", "마이너스"),
    ("수능 D-7 일정이 나왔다.", "디 마이너스 칠", "디 칠"),
    ("개막까지 D-2 남았다.", "디 마이너스 이 남았다", "디 이 남"),
    # the time left before a launch, with a unit of time, counts down as D- does; T-50 is a jet
    ("엔진 점화는 T-5초에 시작된다.", "티 마이너스 오 초에", "티 오초"),
    ("연료 주입은 T-2시간에 끝났다.", "티 마이너스 두 시간에", "투"),
    ("발사 T-40분 전 기상을 점검했다.", "티 마이너스 사십 분", "티 사십분"),
    ("T-50 훈련기 4대가 비행했다.", "티 오십 훈련기", "마이너스"),
    # a sign between two amounts with units is a word apart from the unit before it
    ("최대 50%+10% 추가 할인을 한다.", "오십 퍼센트 플러스 십 퍼센트", "퍼센트플러스"),
    ("매출 목표는 30%-5%로 낮췄다.", "삼십 퍼센트 마이너스 오 퍼센트", "퍼센트마이너스"),
    ("낮 기온은 25℃+2℃ 수준이다.", "이십오 도 플러스 이 도", "도플러스"),
    ("5㎞+3㎞ 코스로 나뉜다.", "오 킬로미터 플러스 삼 킬로미터", "킬로미터플러스"),
    ("지수는 (+1.20%) 올랐다.", "(플러스 일 점 이 퍼센트)", "( 플러스"),
    # a fraction written with a slash before a counter: the counter is a word apart
    ("밀가루 1/2컵을 넣는다.", "이분의 일 컵을", "일컵"),
    ("설탕 2/3컵과 소금 1/4작은술", "삼분의 이 컵과 소금 사분의 일 작은술", "이컵"),
    ("밀가루 1과 1/2컵을 붓는다.", "이분의 일 컵을", "일컵"),
    ("비용이 1/2로 줄었다.", "이분의 일로", "일 로"),
    # capitals written against six digits or more name a serial, said digit by digit
    ("윈도 보안 업데이트(KB5048667)를 설치하라.", "케이비 오공사팔육육칠", "만"),
    ("특허 US1234567을 침해했다는 주장이다.", "유에스 일이삼사오육칠을", "만"),
    ("종목코드 A005930으로 검색한다.", "에이 공공오구삼공으로", "오천"),
    ("A320 여객기가 착륙했다.", "에이 삼이공 여객기", "공공"),
    # a law's units written without spaces: each 제 starts a word of its own
    ("제3조의2제2항을 신설했다.", "조의 이 제이 항을", "이제이"),
    ("법 제6조의3제1항제8호에 해당한다.", "조의 삼 제일 항 제팔 호에", "항제팔"),
    ("제2조제1항제3호에 따른 주택", "제이 조 제일 항 제삼 호에", "항제삼"),
    ("시행령 제10조제2항 단서", "제십 조 제이 항", "조제이"),
    ("이 항제조 과정은 그대로다.", "항제조 과정", "항 제조"),
    # N번 before a numbered place or thing names it, said in Sino-Korean
    ("풍계리 핵실험장 3번 갱도를 복구했다.", "삼 번 갱도를", "세 번"),
    ("2번 발사대에서 쏘아 올렸다.", "이 번 발사대에서", "두 번"),
    ("3번 활주로가 폐쇄됐다.", "삼 번 활주로가", "세 번"),
    ("15번 탑승구로 옮겼다.", "십오 번 탑승구로", "열다섯"),
    ("그는 1번 시드를 받았다.", "일 번 시드를", "한 번"),
    ("코트를 2번 바꿨다.", "두 번 바꿨다", "이 번"),
    # a golf total to par after 합계, with a word of golf near, is said in 언더파 and 오버파
    ("이븐파 72타에 그쳐 합계 -9로 공동 2위로 밀렸다.", "합계 구 언더파로", "마이너스"),
    ("버디 5개를 잡아 중간 합계 -12로 선두에 올랐다.", "중간 합계 십이 언더파로", "마이너스"),
    ("더블 보기에 발목이 잡혀 2오버파를 쳤고 최종 합계 +3으로 마쳤다.", "삼 오버파로", "플러스"),
    ("이글 한 개를 앞세워 합계 -7(65-68)을 기록했다.", "합계 칠 언더파", "마이너스"),
    ("득실 합계 -3으로 밀렸다.", "마이너스 삼으로", "언더파"),
    ("버디를 노렸지만 합계 -5점에 그쳤다.", "마이너스 오 점", "언더파"),
    # a count and a half before its counter: the half is said after the counter
    ("설탕 1½큰술을 넣는다.", "설탕 한 큰술 반을", "이분의"),
    ("우유 1½컵을 붓는다.", "한 컵 반을", "이분의"),
    ("사과 2½개가 남았다.", "두 개 반이", "이분의"),
    ("1½시간 동안 끓인다.", "한 시간 반 동안", "이분의"),
    ("2½년 만에 복귀했다.", "이 년 반 만에", "이분의"),
    ("그는 7⅓이닝을 던졌다.", "칠과 삼분의 일 이닝", "반"),
    # a lap of a motor race is counted as a round is, a word apart from its number
    ("베르너는 62랩을 1위로 마쳤다.", "육십이 랩을", "육십이랩"),
    ("21랩째 첫 피트스톱을 했다.", "이십일 랩째", "스물"),
    ("38랩에서 세이프티카가 투입됐다.", "삼십팔 랩에서", "삼십팔랩"),
    # the strokes of each round in brackets in a story of golf, said one by one
    ("버디 6개를 잡아 최종 합계 12언더파 204타(68-67-69)로 우승했다.", "(육십팔, 육십칠, 육십구)로", "육팔"),
    # a tiebreak's score in angle brackets after a set's is said as in brackets, not quoted
    ("첫 세트를 6-7<4-7>로 내줬다.", "육 대 칠(사 대 칠)로", "'"),
    ("7-6<10-8> 6-3으로 이겼다.", "칠 대 육(십 대 팔) 육 대 삼", "'"),
    ("새 앨범 <7-5>가 나왔다.", "'칠 대 오'가", "("),
    ("버디 4개로 합계 8언더파 136타(66-70)로 공동 3위에 올랐다.", "(육십육, 칠십)으로", "대"),
    ("이글 한 개를 앞세워 합계 -7(65-68)을 기록했다.", "(육십오, 육십팔)을", "대"),
    ("세트스코어 3-1(25-20 23-25)로 이겼다.", "이십오 대 이십", "이십오, 이십"),
    ("그는 4타수(2-4)로 부진했다.", "(이 대 사)로", "이, 사"),
    # nautical miles and knots, a book's printings and a basketball player's blocks, steals and
    # turnovers are counters in Sino-Korean, a word apart from their number
    ("사고 지점으로부터 2해리 떨어진 곳에서 발견했다.", "이 해리 떨어진", "이해리"),
    ("반경 20해리 해역으로 수색 범위를 넓혔다.", "이십 해리 해역", "이십해리"),
    ("어선은 약 8노트의 속도로 항해 중이었다.", "팔 노트의", "팔노트"),
    ("컨테이너선이 20노트로 달렸다.", "이십 노트로", "스무"),
    ("노트 3권을 샀다.", "노트 세 권", "삼 권"),
    ("현재 27쇄를 찍었다.", "이십칠 쇄를", "이십칠쇄"),
    ("출간 한 달 만에 5쇄에 들어갔다.", "오 쇄에", "다섯"),
    ("그는 24득점 3블록슛 4스틸을 기록했다.", "삼 블록슛 사 스틸을", "삼블록슛"),
    ("실책은 5턴오버였다.", "오 턴오버였다", "오턴오버"),
    # greenhouse gases in tonnes of CO2 equivalent are a unit, said as one
    ("온실가스 배출량은 57.1GtCO2eq로 추산됐다.", "오십칠 점 일 기가톤 씨오투 이큐로", "지티"),
    ("회사는 120만tCO2eq를 줄였다.", "백이십만 톤 씨오투 이큐를", "티씨오"),
    ("발전소는 45만 tCO2-eq를 배출한다.", "사십오만 톤 씨오투 이큐를", "티씨오"),
    ("감축 목표는 8 ktCO2-e다.", "팔 킬로톤 씨오투 이다", "케이티"),
    ("설비가 연 2만 tCO2를 흡수한다.", "이만 톤 씨오투를", "티씨오"),
    ("국가 배출량은 624MtCO2e였다.", "육백이십사 메가톤 씨오투 이", "엠티"),
    ("연간 배출량은 36.8Gt이다.", "삼십육 점 팔 기가톤", "지티"),
    # a temperature in kelvin, with a word of temperature near: K is said as the unit
    ("동반성의 표면 온도는 약 5천200K로 추정된다.", "오천이백 켈빈으로", "케이"),
    ("초전도 자석은 4.2K에서 작동한다.", "사 점 이 켈빈", "케이"),
    ("절대온도 300K는 섭씨 27도 정도다.", "삼백 켈빈", "케이"),
    ("4K 해상도 화면을 갖췄다.", "케이 해상도", "켈빈"),
    # the letter of a hemisphere after a latitude or a longitude is said before it, as Korean writes it
    ("진원은 35.8°N, 128.6°E 부근이다.", "북위 삼십오 점 팔 도, 동경 백이십팔 점 육 도 부근", "엔"),
    ("관측소는 62°13′S에 있다.", "남위 육십이 도 십삼 분에", "에스"),
    ("허리케인 중심은 80.5°W로 옮겨갔다.", "서경 팔십 점 오 도로", "더블유"),
    ("길은 90°S자로 꺾인다.", "구십 도 에스자로", "남위"),
    # the hemisphere already written before the figure is said once
    ("북위 36.5°N, 동경 127°E 지점이다.", "북위 삼십육 점 오 도, 동경 백이십칠 도", "북위 북위"),
    ("남위 33°S 서경 70°W에 있다.", "남위 삼십삼 도 서경 칠십 도", "서경 서경"),
    ("북위36°30′N 선이다.", "북위 삼십육 도 삼십 분", "북위 북위"),
    # M, mM and μM are a molar concentration beside a solution or a reagent, not letters
    ("시료를 2M 염산 용액으로 씻었다.", "이 몰 염산", "엠"),
    ("0.5M 수산화나트륨을 떨어뜨렸다.", "영 점 오 몰 수산화나트륨", "엠"),
    ("포도당 25mM 배지에서 키웠다.", "이십오 밀리몰 배지", "엠엠"),
    ("세포를 10μM 농도의 시약으로 처리했다.", "십 마이크로몰 농도", "뮤"),
    ("이 물질의 IC50은 45nM으로 측정됐다.", "사십오 나노몰로", "엔엠"),
    # 적정 is a fair figure as often as a titration: a molar figure only right beside it
    ("인터넷 적정 속도는 100M 이상이다.", "엠 이상", "몰"),
    ("적정 주가를 10M 달러로 봤다.", "엠 달러", "몰"),
    ("적정 연봉은 2M 유로 수준이다.", "엠 유로", "몰"),
    ("0.1M 염산 적정 실험이다.", "영 점 일 몰 염산", "엠"),
    ("0.1M 적정 용량을 쟀다.", "영 점 일 몰", "엠"),
    # a century written with C beside a dynasty, an era or an old work; 3C 제품 stays letters
    ("17C 조선 고지도 20점을 공개했다.", "십칠 세기 조선 고지도", "씨"),
    ("백제 6C 중엽의 불상이다.", "육 세기 중엽", "씨"),
    ("3C 제품 판매가 늘었다.", "삼씨 제품", "세기"),
    # a word with another meaning (조선업, 고려하다, BC카드) is the century's only right beside it
    ("최대 4C 충전 속도를 고려하면 충분하다.", "사씨 충전", "세기"),
    ("BC카드는 2C 결제를 지원한다.", "이씨 결제", "세기"),
    ("조선업계는 3C 제품을 늘렸다.", "삼씨 제품", "세기"),
    ("미술 교육용 3C 태블릿을 샀다.", "삼씨 태블릿", "세기"),
    ("유적 발굴에 5C 드론을 쓴다.", "오씨 드론", "세기"),
    ("3C 제품을 사러 가야 한다.", "삼씨 제품", "세기"),
    ("15C 조선 백자를 공개했다.", "십오 세기 조선", "씨"),
    ("고려 12C 청동거울이다.", "고려 십이 세기", "씨"),
    ("조선 15C 문헌이다.", "조선 십오 세기", "씨"),
    ("16C 조선의 문헌이다.", "십육 세기 조선의", "씨"),
    # a band of ages from the start of one decade to the end of another, before a word of its
    # audience, is said digit by digit as two decades are; a year stays a year
    ("2049 시청률에서도 4.2%로 1위에 올랐다.", "이공사구 시청률", "이천사십구"),
    ("방송사는 2049 타깃 시청층을 노린다.", "이공사구 타깃", "이천사십구"),
    ("2059 시청자 비율이 늘었다.", "이공오구 시청자", "이천오십구"),
    ("2030 관객이 몰렸다.", "이공삼공 관객", "이천삼십"),
    ("2049년까지 탄소중립을 달성한다.", "이천사십구 년", "이공사구"),
    # a price written to two places or more drops the zeros that end it, as a rate in per
    # cent does; one place, and a whole first end of a range, are said as written
    ("국제 금값은 온스당 2,718.40달러로 올랐다.", "이천칠백십팔 점 사 달러로", "사영"),
    ("유가는 배럴당 71.20달러였다.", "칠십일 점 이 달러", "이영"),
    ("재정환율은 100엔당 912.40원이었다.", "구백십이 점 사 원", "사영"),
    ("커피 한 잔은 $3.50이다.", "삼 점 오 달러", "오영"),
    ("유로·달러 환율은 1.0850달러였다.", "일 점 영팔오 달러", "팔오영"),
    ("환율은 1,380.0원에 출발했다.", "천삼백팔십 점 영 원", "천삼백팔십 원"),
    ("주가는 2.00달러에서 움직였다.", "이 달러에서", "점 영영"),
    # 전 written against its number counts the bouts of a fight or the jeon of a won, in
    # Sino-Korean, a word apart from the number
    ("원·달러 환율은 1,385원50전에 마감했다.", "천삼백팔십오 원 오십 전에", "오십전"),
    ("그는 통산 10전 8승 2패를 기록했다.", "십 전 팔 승", "십전"),
    ("결승은 7전4선승제로 치러진다.", "칠 전 사 선승제", "칠전"),
    ("그는 3전 전승으로 우승했다.", "삼 전 전승", "세 전"),
    ("킨텍스 제2전시장에서 열린다.", "제이전시장", "두"),
    ("6·25전쟁 74주년이다.", "육이오전쟁", "이십오"),
    ("3년전 일이다.", "삼 년", "세"),
    # thousandths of a second written apart from the seconds of a race time are said digit by
    # digit, as hundredths are
    ("그는 1분 27초 612로 골인했다.", "이십칠 초 육일이로", "육백십이"),
    ("기록은 41초 398이다.", "사십일 초 삼구팔", "삼백구십팔"),
    ("결승에서 43초 012를 기록했다.", "사십삼 초 공일이를", "십이를"),
    ("그는 2분 5초 12를 기록했다.", "오 초 일이를", "열두"),
    ("경기 시작 10초 만에 300명이 몰렸다.", "삼백 명", "삼공공"),
    # a rate per unit of time divided again, as a clinic's filtration rate and a cosmologist's
    # expansion rate are given, says the second divisor after 퍼, with its figure
    ("eGFR이 60mL/min/1.73㎡ 미만이다.", "분당 육십 밀리리터 퍼 일 점 칠삼 제곱미터", "밀리리터 일 점"),
    ("사구체여과율은 90mL/min/1.73m²를 넘었다.", "분당 구십 밀리리터 퍼 일 점 칠삼 제곱미터를", "밀리리터 일 점"),
    ("허블 상수는 70km/s/Mpc로 추정된다.", "초속 칠십 킬로미터 퍼 메가파섹으로", "엠피씨"),
    ("허블 상수는 초속 73km/s/Mpc다.", "칠십삼 킬로미터 퍼 메가파섹", "초속 초속"),
    ("최고 120km/h로 달렸다.", "시속 백이십 킬로미터로", "퍼"),
    ("은하까지 거리는 3.2kpc이다.", "삼 점 이 킬로파섹", "케이피씨"),
    # numbers listed before a counter of the parts of a work name the parts, in Sino-Korean;
    # before other counters the list is a rough count
    ("이 시리즈는 1·2권 합본으로 출간됐다.", "일 이 권 합본", "한두"),
    ("시리즈 3·4권이 출간됐다.", "삼 사 권이", "서너"),
    ("1·2·3권 세트를 샀다.", "일 이 삼 권", "한 권"),
    ("소설의 1·2장은 서울이 배경이다.", "일 이 장은", "한두"),
    ("영화 1·2편이 흥행했다.", "일 이 편이", "한두"),
    ("사과 2·3개를 먹었다.", "두세 개를", "이 삼"),
    ("책 7권을 샀다.", "일곱 권을", "칠 권"),
    # a pair of equal numbers after a word of shots or tries counts the tries made, not a day
    ("그는 자유투 10개를 모두 넣었다(10/10).", "(십분의 십)", "시월"),
    ("그는 3점슛 성공률 100%(5/5)를 기록했다.", "(오분의 오)를", "오월"),
    ("그는 필드골 8/8로 완벽했다.", "팔분의 팔로", "팔월"),
    ("어린이날인 5/5에는 쉰다.", "오월 오 일에는", "분의"),
    ("개막은 10/10이다.", "시월 십 일이다", "분의"),
    # zero as the second end of a range below zero is neither above nor below it
    ("아침 최저기온은 -12~0도로 춥겠다.", "영하 십이에서 영 도로", "영상"),
    ("기온은 -3~0℃ 안팎에 머물겠다.", "영하 삼에서 영 도 안팎", "영상"),
    ("최저기온은 영하 5~0도로 예보됐다.", "영하 오에서 영 도로", "영상"),
    ("낮 기온은 -2~7도로 오르겠다.", "영하 이에서 영상 칠 도로", "영상 영"),
    # an age or an order past a hundred says the rest after the hundreds in native numerals
    ("그는 102살까지 연기하겠다고 했다.", "백두 살까지", "백이 살"),
    ("올해 101살이 된 할머니가 투표했다.", "백한 살이", "백일 살"),
    ("마을의 최고령 주민은 110살이다.", "백열 살이다", "백십 살"),
    ("102번째 생일을 맞았다.", "백두 번째 생일", "백이 번째"),
    ("그는 100살 생일을 맞았다.", "백 살 생일", "백한"),
    ("행사에 102명이 참석했다.", "백이 명이", "백두"),
    # a block of phone lines: the first number, then the last line its ending digits make
    ("문의: 청년정책과 ☎ 02-2150-1234~6, 평일 오전 9시까지.", "일이삼사에서 일이삼육,", "에서 육"),
    ("문의 031-123-4567~9로 하면 된다.", "사오육칠에서 사오육구로", "에서 구"),
    ("☎ 02-3410-6900~2.", "육구공공에서 육구공이", "에서 이"),
    ("상담 전화 1588-1234~5를 운영한다.", "일이삼사에서 일이삼오를", "에서 오를"),
    ("문의는 02-123-4567로 하면 된다.", "사오육칠로", "에서"),
    # a span of months each written after its year with a full stop is a period, not decimals
    ("조사 기간은 2024.3~2025.2 기준이다.", "이천이십사 년 삼월에서 이천이십오 년 이월 기준", "점"),
    ("2023.1~12월 누적 판매량이 늘었다.", "이천이십삼 년 일월에서 십이월 누적", "점"),
    ("수치는 2010.5~2020.3 사이에 집계됐다.", "이천십 년 오월에서 이천이십 년 삼월 사이", "점"),
    ("가격은 2.5~3.0 사이다.", "이 점 오에서 삼 점 영", "월"),
    # a figure, a table or a form numbered by its chapter and place: N의 N, not a score
    ("그림 2-3에 따르면 인구가 줄어든다.", "그림 이의 삼에 따르면", "이 대 삼"),
    ("자세한 수치는 <표 4-1>을 참조하라.", "표 사의 일", "사 대 일"),
    ("〈그림 3-2〉에서 보듯 격차가 커졌다.", "그림 삼의 이", "삼 대 이"),
    ("도표 5-2를 보면 알 수 있다.", "도표 오의 이를", "오 대 이"),
    ("별지 제2-3호 서식으로 신청한다.", "제이의 삼 호 서식", "제이삼"),
    # a year's numbered notice is a part too; a register's kind is a number, its long serial a code
    ("행정안전부 고시 제2025-41호를 따른다.", "제이천이십오의 사십일 호를", "이공이오"),
    ("상표 제40-1234567호가 등록됐다.", "제사십 일이삼사오육칠 호가", "제사공"),
    ("실용신안 제20-0456789호를 받았다.", "제이십 공사오육칠팔구 호를", "제이공"),
    ("주문번호 2026-153을 확인하라.", "이공이육 일오삼을", "의"),
    ("같은 법 제2-1조에 따른다.", "제이의 일 조", "에서"),
    ("한국이 2-1로 이겼다.", "이 대 일로", "의"),
    # an arrow after a threshold in a condition, before 시, 이면, 일 경우 or 대상 (a word of what
    # is done between them or not), is the threshold and up or down, 이상/이하; a change stays
    ("월 5회↑ 이용 시 할인한다.", "오 회 이상 이용 시", "상승"),
    ("혈중알코올농도 0.08%↑ 시 면허가 취소된다.", "퍼센트 이상 시", "상승"),
    ("연 소득 4천만원↓ 가구 대상 지원", "원 이하 가구 대상", "하락"),
    ("하루 2시간↑이면 위험하다.", "두 시간 이상이면", "상승"),
    ("환율 3%↑ 이후 수입 물가가 올랐다.", "삼 퍼센트 상승", "이상"),
    ("체중 3㎏↑ 시 주의해야 한다.", "킬로그램 상승", "이상"),
    ("주가 10%↑ 시 매도한다.", "십 퍼센트 상승 시", "이상"),
    ("금리↑ 시 부담이 커진다.", "금리 상승 시", "이상"),
    # a threshold by default; a change after a quantity that rises or falls (a compound of one
    # included), or for a percentage after a word other than a limit
    ("기온 1℃↑ 시 전력 수요가 늘어난다.", "일 도 이상 시", "상승"),
    ("국제유가 10달러↑ 시 물가가 오른다.", "십 달러 상승 시", "이상"),
    ("가격 10%↑ 시 수요는 5%↓", "오 퍼센트 하락", "이하"),
    ("인건비 10%↑ 시 적자가 난다.", "십 퍼센트 상승 시", "이상"),
    ("원화 가치 5%↓ 시 수출 증가가 예상된다.", "오 퍼센트 하락 시", "이하"),
    ("임금 5%↑ 시 고용이 준다.", "오 퍼센트 상승 시", "이상"),
    ("국제 금값 100달러↑ 시 매도한다.", "백 달러 상승 시", "이상"),
    ("체온 37.5℃↑ 시 등교를 멈춘다.", "오 도 이상 시", "상승"),
    ("10만원↑ 구매 시 사은품을 준다.", "십만 원 이상 구매 시", "상승"),
    ("3회↑ 결석 시 낙제한다.", "삼 회 이상 결석 시", "상승"),
    ("점수 80점↑ 시 합격이다.", "팔십 점 이상 시", "상승"),
    ("누적 벌점 40점↑ 시 면허가 정지된다.", "사십 점 이상 시", "상승"),
    # spoons in a recipe, T for a tablespoon and t for a teaspoon; tonnes elsewhere
    ("양념장 재료는 고춧가루 3T, 다진 마늘 1T다.", "고춧가루 세 큰술", "티"),
    ("참기름 2t를 넣어 버무린다.", "참기름 두 작은술을", "톤"),
    ("올해 철강 수입 5만t이 늘었다.", "오만 톤이", "큰술"),
    ("화물 2t를 실었다.", "이 톤을", "작은술"),
    # a spoon only for a small figure with a seasoning before it or in a list of ingredients;
    # a word of cooking a few words off, or a verb of putting in, does not make a tonne a spoon
    ("원재료 3t을 들여왔다.", "삼 톤을", "작은술"),
    ("커피 원두를 볶는 공장은 하루 5t을 생산한다.", "오 톤을", "작은술"),
    ("소스 제조 공장은 하루 8t을 만든다.", "팔 톤을", "작은술"),
    ("시멘트 3t을 넣고 모래 10t을 섞어 반죽했다.", "삼 톤을 넣고 모래 십 톤을", "작은술"),
    ("쌀 20만t을 재료로 쓴다.", "이십만 톤을", "작은술"),
    ("모래 5t, 자갈 8t을 실었다.", "오 톤, 자갈 팔 톤을", "작은술"),
    ("설탕 30t을 넣었다.", "삼십 톤을", "작은술"),
    ("25T 덤프트럭에 골재를 넣고 달렸다.", "이십오 톤 덤프트럭", "큰술"),
    ("3T MRI 장비에 조영제를 섞어 촬영했다.", "삼 테슬라", "큰술"),
    ("간장 2T, 설탕 1T, 물엿 3T를 넣는다.", "물엿 세 큰술을", "티"),
    ("재료: 두부 1모, 대파 1대, 맛간장 1.5T, 참기름 1t", "맛간장 일 점 오 큰술, 참기름 한 작은술", "톤"),
    ("소금 1/2t를 넣는다.", "이분의 일 작은술을", "톤"),
    # a part of a spoon written as a vulgar fraction, and a count and a half of one
    ("레몬즙 ½T를 두른다.", "레몬즙 반 큰술을", "티"),
    ("후추 ¼t, 소금 ⅓t를 뿌린다.", "후추 사분의 일 작은술, 소금 삼분의 일 작은술을", "티"),
    ("물엿 2½T를 붓는다.", "물엿 두 큰술 반을", "분의"),
    ("밀가루 ½kg을 푼다.", "반 킬로그램을", "케이지"),
    # chopped greens a spoon measures; a material weighed by the tonne keeps T a tonne
    ("다진 쪽파 2T를 뿌린다.", "쪽파 두 큰술을", "투티"),
    ("자갈 8T를 넣고 다졌다.", "팔 톤을", "큰술"),
    ("시멘트 3T를 부어 굳혔다.", "삼 톤을", "큰술"),
    # hours written h after a figure; a launch's elapsed time after T+
    ("상담 센터는 24h 문을 연다.", "이십사 시간 문을", "에이치"),
    ("사고 발생 72h 안에 신고해야 한다.", "칠십이 시간 안에", "에이치"),
    ("로켓은 T+8:32에 2단을 분리했다.", "티 플러스 팔 분 삼십이 초에", "팔 대"),
    ("위성은 T+1:02:30에 궤도에 올랐다.", "티 플러스 한 시간 이 분 삼십 초에", "한 시 이"),
    # the time left before a launch written as a clock after T-
    ("점화는 T-5:00에 시작된다.", "티 마이너스 오 분에", ":"),
    ("T-2:30:00부터 연료를 넣는다.", "티 마이너스 두 시간 삼십 분부터", ":"),
    ("T-50 훈련기가 날았다.", "티 오십 훈련기", "마이너스"),
    # a zero part is not said: no minutes before seconds alone, none after whole hours
    ("점화는 T-0:05에 이뤄진다.", "티 마이너스 오 초에", "영 분"),
    ("T+0:58에 음속을 넘었다.", "티 플러스 오십팔 초에", "영 분"),
    ("T-2:00:00에 점검을 마쳤다.", "티 마이너스 두 시간에", "영 분"),
    # minutes and seconds past a day's hours: no ratio has 0 first after the colon
    ("경기 시작 35:00 시점에 골이 나왔다.", "삼십오 분 시점에", "공공"),
    ("영상 48:05 지점에서 나온다.", "사십팔 분 오 초 지점에서", "대"),
    ("득표는 52:48로 나뉘었다.", "오십이 대 사십팔로", "분"),
    # a score of a set or a vote below 24:60 is a score, not a clock time
    ("3세트는 14:12로 마무리됐다.", "십사 대 십이로", "시"),
    ("점수는 21:19였다.", "이십일 대 십구", "시"),
    ("표결은 12:12 동수로 부결됐다.", "십이 대 십이 동수로", "시"),
    ("회의는 10:30에 열린다.", "열 시 삼십 분에", "대"),
    ("점검에는 2h가 걸린다.", "두 시간이", "에이치"),
    # a breakdown of bare figures in brackets after a count takes its counter
    ("참가자 20명(국내 14, 해외 6)이 모였다.", "국내 열네 명, 해외 여섯 명", "국내 십사"),
    ("사고 7건(서울 4, 경기 3)이 났다.", "서울 사 건, 경기 삼 건", "서울 사,"),
    ("선수 25명(투수 13, 야수 12)", "투수 열세 명, 야수 열두 명", "투수 십삼"),
    ("신규 점포 12곳(수도권 8·지방 4)", "수도권 여덟 곳", "수도권 팔"),
    ("회원 30명(2024년 기준)이다.", "이천이십사 년 기준", "명 기준"),
    # a bracket of one statistic is no breakdown: an average or a maximum keeps its reading
    ("학생 30명(평균 15)이 모였다.", "평균 십오", "열다섯 명"),
    ("회원 12명(여성 7)이 가입했다.", "여성 일곱 명", "여성 칠"),
    ("차량 9대(최대 4)가 있다.", "최대 사", "네 대"),
    ("1등 12명(자동 8, 수동 4)", "자동 여덟 명, 수동 네 명", "자동 팔"),
    # a block, a zone or a building of a site by a letter and a number: the number in Sino-Korean
    ("해솔지구 B-3블록에 짓는다.", "비 삼 블록에", "쓰리"),
    ("재개발 C2구역 조합이 출범했다.", "씨 이 구역", "씨투"),
    ("D-4구역은 보류됐다.", "디 사 구역은", "마이너스"),
    ("공사는 A-2 공구부터 한다.", "에이 이 공구부터", "투"),
    ("수능 D-7 동안 준비했다.", "디 마이너스 칠 동안", "디 칠"),
    ("갤럭시 A7 동영상", "세븐", "에이 칠"),
    # two days of a month before a count of the span's days are two dates, not a rough count
    ("축제는 7~8일 이틀간 열린다.", "칠 일에서 팔 일 이틀간", "칠팔 일"),
    ("박람회는 11~13일 사흘간의 일정을 마쳤다.", "십일 일에서 십삼 일 사흘간의", "십일에서"),
    ("회의는 2~3일 양일간 열린다.", "이 일에서 삼 일 양일간", "이삼 일"),
    ("배송에는 2~3일 걸린다.", "이삼 일 걸린다", "일에서"),
    # two days in the brackets right after a week are its dates; after a count of weeks, days
    ("판매량은 지난주(10~16일) 급증했다.", "지난주(십 일에서 십육 일)", "십에서"),
    ("셋째 주(15~21일) 관객이 늘었다.", "셋째 주(십오 일에서 이십일 일)", "십오에서"),
    ("설 연휴(5~8일) 귀성객이 몰렸다.", "연휴(오 일에서 팔 일)", "오에서"),
    ("회복에는 3주(20~25일)가 걸렸다.", "이십에서 이십오 일", "이십 일에서"),
    # a measure of its own in brackets after a count is no part of it: a league's points
    ("2승 3무(승점 9)로 3위다.", "삼 무(승점 구)", "구 무"),
    ("5승 2패(승점 15)", "이 패(승점 십오)", "십오 패"),
    ("3안타(타점 2)를 쳤다.", "안타(타점 이)", "이 안타"),
    ("골 12개(득점 8, 실점 4)", "득점 여덟 개", "득점 팔"),
    # a rocket's number after its name is said in English
    # things built or launched are counted with 기 in native numerals; 기 names a term elsewhere
    ("신형 원자로 4기를 짓는다.", "원자로 네 기를", "사 기"),
    ("군 정찰위성 3기가 궤도에 있다.", "정찰위성 세 기가", "삼 기"),
    ("가야 고분 15기가 나왔다.", "고분 열다섯 기가", "십오 기"),
    ("해상 풍력발전기 20기를 세운다.", "풍력발전기 스무 기를", "이십 기"),
    # an engine is counted as a rocket is, however its kind is written before it
    ("1단에는 엔진 4기가 묶였다.", "엔진 네 기가", "사 기가"),
    ("가스터빈엔진 2기를 단다.", "가스터빈엔진 두 기를", "이 기를"),
    ("보일러 3기와 변압기 12기를 교체했다.", "보일러 세 기와 변압기 열두 기를", "삼 기와"),
    ("로켓엔진 1기 시험", "로켓엔진 한 기 시험", "일 기"),
    ("2기 신도시 입주가 끝났다.", "이 기 신도시", "두 기"),
    ("5기 졸업생이 모였다.", "오 기 졸업생", "다섯 기"),
    ("팰컨9 로켓이 발사됐다.", "팰컨 나인 로켓", "팰컨 구"),
    # a distance written N K before a word of a run is the race's name, said in English
    ("10K 레이스에 2000명이 나선다.", "텐케이 레이스에", "십케이"),
    ("3K 걷기와 5K 달리기로 나뉜다.", "쓰리케이 걷기와 파이브케이 달리기로", "오케이"),
    ("5K 부문 우승자는 김철수다.", "파이브케이 부문", "오케이"),
    ("새턴5 로켓이 달로 향했다.", "새턴 파이브 로켓", "새턴 오"),
    # a pitcher's WHIP is said as a word
    ("그는 WHIP 0.98로 1위다.", "윕 영 점 구팔", "더블유"),
    ("BABIP 0.350은 행운이 따른 수치다.", "바빕 영 점 삼오영", "비"),
    # a match of several baduk games is a Sino-Korean word; a number of times before 기다 is not
    ("결승 5번기 2국은 흑 불계승으로 끝났다.", "오 번기", "다섯 번기"),
    ("두 기사는 10번기를 벌인다.", "십 번기를", "열 번기"),
    ("3번 기다렸다.", "세 번 기다렸다", "삼 번"),
    # a company's earnings before interest, tax and write-downs is said as a word
    ("EBITDA는 1,200억원이다.", "에비타는", "에빗다"),
    # a romanized surname then one capitalised syllable that is also an English word: a name
    ("Choi Bin 선수가 골을 넣었다.", "최빈 선수가", "최 빈"),
    ("Park Won 씨가 말했다.", "박원 씨가", "박 원"),
    ("Won Hee 씨가 노래했다.", "원희 씨가", "원 희"),
    ("Kim Won 교수가 발표했다.", "김원 교수가", "김 원"),
    # a class within a school year, numbered after its year; 3-2 반전 is a score's comeback
    ("5-3반 학생 28명이 현장학습을 갔다.", "오의 삼 반 학생", "오 대 삼"),
    ("확진자는 2-4반에서 나왔다.", "이의 사 반에서", "이 대 사"),
    ("3-2반전 드라마를 썼다.", "삼 대 이", "삼의 이"),
    ("2-4반처럼 모였다.", "이의 사 반처럼", "이 대 사"),
    ("3-1반까지도 왔다.", "삼의 일 반까지도", "삼 대 일"),
    # a lottery named by how many numbers it picks out of how many: a name, not a fraction
    ("로또6/45 제1201회 1등 당첨번호가 나왔다.", "로또 육 사십오 제천이백일 회", "분의"),
    ("로또복권 6/45 판매액이 늘었다.", "육 사십오 판매액", "분의"),
    ("응답자 1/4이 반대했다.", "사분의 일", "일 사"),
    # a court's panel numbered as a part of its division, not a span of panels
    ("부산고법 형사2-1부는 항소를 기각했다.", "형사 이의 일 부는", "이에서 일"),
    ("서울중앙지법 민사합의31-2부가 심리한다.", "민사합의 삼십일의 이 부가", "에서"),
    ("사건은 행정 4-3부에 배당됐다.", "행정 사의 삼 부에", "사에서"),
    ("공연은 1-3부로 나뉜다.", "일에서 삼 부로", "의"),
    # 가사 is also a song's lyrics: a court's panel only after a word of a court
    ("서울가정법원 가사3-1부는 판결했다.", "가사 삼의 일 부는", "삼에서"),
    ("노래 가사 1-2부를 외웠다.", "가사 일", "일의 이"),
    ("새 앨범 가사 2-3부는 영어다.", "가사 이", "이의 삼"),
    # a chapter of a classic, named by its section or its title marks, is a number, not a count
    ("노자 『도덕경』 44장은 족함을 가르친다.", "사십사 장은", "마흔네"),
    ("『논어』 학이편 1장에서 공자는 배움을 말했다.", "학이편 일 장에서", "한 장"),
    ("《군주론》 18장에서 그는 여우를 말한다.", "십팔 장에서", "열여덟"),
    ("금강경 3장을 읽었다.", "금강경 삼 장을", "세 장"),
    ("입장권 2장을 샀다.", "두 장을", "이 장"),
    ("사진 3장을 공개했다.", "세 장을", "삼 장"),
    # a tilde after a label's colon has no first end: nothing is said for it
    ("접수: ~12.24(화)", "접수: 십이월 이십사 일 화요일", "에서"),
    ("신청 기간: ~3월 15일", "기간: 삼월 십오 일", "에서"),
    ("할인율: ~30%", "할인율: 삼십 퍼센트", "에서"),
    ("운영 시간: 10:00~18:00", "열 시에서 열여덟 시", "에서 에서"),
    # a figure that names a slogan or a rule of thumb is said digit by digit
    ("'9988234'라는 말이 유행했다.", "구구팔팔이삼사", "만"),
    ("이른바 '888 원칙'을 지켜야 한다.", "팔팔팔 원칙", "팔백"),
    ("369 법칙을 지켜라.", "삼육구 법칙", "삼백"),
    ("'707'이라는 이름의 부대다.", "칠공칠", "칠백"),
    ("'100'이라는 숫자가 주는 무게", "'백'이라는", "일공공"),
    ("2024 캠페인이 시작됐다.", "이천이십사 캠페인", "이공이사"),
    # a tilde between words is a span from one to the other
    ("이상반응은 대부분 경증~중등도였다.", "경증에서 중등도였다", "경증 중등도"),
    ("서울~부산 구간이 막혔다.", "서울에서 부산 구간", "서울 부산"),
    ("대상은 초등~고교생이다.", "초등에서 고교생이다", "초등 고교생"),
    ("역삼역 ~ 선릉역 구간이 통제된다.", "역삼역에서 선릉역", "역삼역 선릉역"),
    # a word of between after the span: the two ends side by side, as a dash between them is
    ("대구~광주 간 철도가 놓인다.", "대구 광주 간 철도", "에서"),
    ("노사~정부 사이에 이견이 있다.", "노사 정부 사이에", "에서"),
    ("목포 ~ 제주 간의 뱃길이다.", "목포 제주 간의 뱃길", "에서"),
    ("청주~세종간 도로가 막혔다.", "청주 세종간 도로", "에서"),
    ("초반~중간 단계다.", "초반에서 중간 단계", "초반 중간"),
    ("정말 고마워~ 또 보자.", "고마워 또 보자", "에서"),
    # a bracketed age after a name, whatever particle follows it, or before the next name of a pair
    ("배우 윤정임(62)을 지난 3일 만났다.", "윤정임(육십이 세)", "(육십이)"),
    ("감독 박선우(45)에게 물었다.", "박선우(사십오 세)에게", "(사십오)"),
    ("구단은 김민재(28)를 영입했다.", "김민재(이십팔 세)를", "(이십팔)"),
    ("이준호(38)·김하늘(35) 부부는 웃었다.", "이준호(삼십팔 세) 김하늘(삼십오 세)", "(삼십팔)"),
    ("전국 박물관(32)을 조사했다.", "박물관(삼십이)", "세"),
    ("인근 정비소(12)와 협약했다.", "정비소(십이)와", "세"),
    ("이천시(32)를 방문했다.", "이천시(삼십이)", "세"),
    # a court's case number: the year, the letters of its kind and the serial, each said apart
    ("1심(서울중앙지법 2022고단3456)은 벌금형을 선고했다.", "이천이십이 고단 삼천사백오십육", "이천이십이고단"),
    ("2심(서울고법 2023노789)은 형을 줄였다.", "이천이십삼 노 칠백팔십구", "이천이십삼노"),
    ("헌법재판소는 2017헌마1113 결정에서 합헌으로 봤다.", "이천십칠 헌마 천백십삼 결정", "이천십칠헌마"),
    ("대법원 2023도1234 판결이 나왔다.", "이천이십삼 도 천이백삼십사 판결", "이천이십삼도"),
    ("서울중앙지법 2019가합12345 사건이다.", "이천십구 가합 만 이천삼백사십오", "이천십구가합"),
    # countries listed before 등 are named one by one; joined before a noun they are a compound
    ("佛·獨·英 등 유럽 주요국이 우려했다.", "프랑스 독일 영국 등", "불독영"),
    ("美·日·濠·印 등 4개국이 참여했다.", "미국 일본 호주 인도 등", "미일"),
    ("美·中 등이 합의했다.", "미국 중국 등이", "미중"),
    ("美·中 갈등이 깊어졌다.", "미중 갈등이", "미국"),
    ("韓·美·日 공조를 강조했다.", "한미일 공조를", "한국"),
    # a count said twice over (one by one) is a count each time; a pairing of two different
    # numbered words is a name, said in Sino-Korean
    ("1표 1표가 소중하다는 것을 배웠다.", "한 표 한 표가", "일 표"),
    ("후보들은 1표 1표를 호소했다.", "한 표 한 표를", "일 표"),
    ("봉사자들은 1가구 1가구를 찾아다녔다.", "한 가구 한 가구를", "일 가구"),
    ("1인 1표 원칙이 지켜졌다.", "일 인 일 표", "한 표"),
    ("1가구 1주택 정책이 유지된다.", "일 가구 일 주택", "한 가구"),
    # force and torque: a thrust in tonnes-force is said in tonnes, newtons by name, never
    # letter by letter
    ("1단 엔진의 추력은 75tf다.", "칠십오 톤이다", "티에프"),
    ("누리호 1단은 300tf급 추력을 낸다.", "삼백 톤급", "티에프"),
    ("쥐는 힘이 40kgf를 넘었다.", "사십 킬로그램을", "케이지"),
    ("최대토크는 36.7kgf·m이다.", "삼십육 점 칠 킬로그램미터", "에프"),
    ("엔진은 최대 300kN의 추력을 낸다.", "삼백 킬로뉴턴의", "케이엔"),
    ("토크 353N·m를 낸다.", "삼백오십삼 뉴턴미터를", "엔 엠"),
    ("전기모터는 400Nm의 토크를 낸다.", "사백 뉴턴미터의", "엔엠"),
    # two hours of the clock side by side are one rough count where a native word has it
    # (대여섯 시); from nine on there is none, and each hour is said with 시
    ("오전 9~10시 사이 출근길이 붐빈다.", "아홉 시에서 열 시", "아홉에서"),
    ("밤 10~11시 사이에 가장 붐빈다.", "열 시에서 열한 시", "열에서"),
    ("오전 11~12시에 접수한다.", "열한 시에서 열두 시에", "열한에서"),
    ("오후 5~6시가 전력수요의 고비다.", "대여섯 시가", "다섯 시에서"),
    ("새벽 3~4시께 사고가 났다.", "서너 시께", "세 시에서"),
    # a currency's sign after the amount is its name, a word apart as after a sign before it
    ("상반기 수주는 200억$를 넘었다.", "이백억 달러를", "억달러"),
    ("가격은 3$였다.", "삼 달러였다", "삼달러"),
    ("입장료는 50€다.", "오십 유로다", "십유로"),
    ("수출액은 1.5억$ 규모다.", "일 점 오억 달러 규모", "억달러"),
    ("판매가는 20£로 책정됐다.", "이십 파운드로", "십파운드"),
    # sheets and tickets counted with 매 are a count, a word apart; a word that only starts
    # with 매 is no counter
    ("관람권은 1인당 4매까지 살 수 있다.", "사 매까지", "사매"),
    ("A4 용지 500매가 들어 있다.", "오백 매가", "백매"),
    ("입장권 2매를 증정한다.", "이 매를", "이매"),
    ("전국 3매장에서 판매한다.", "삼매장에서", "삼 매"),
    # sorties flown are counted in Sino-Korean, a word apart
    ("훈련은 1일 평균 250소티 규모로 진행된다.", "이백오십 소티 규모", "십소티"),
    ("전투기들은 나흘간 1,600여소티를 출격했다.", "천육백여 소티를", "여소티"),
    ("공군은 하루 30소티를 소화했다.", "삼십 소티를", "서른"),
    # an animal's quoted name after the word for its kind, with a number in brackets: its age
    ("반려묘 '나비'(3)는 주인을 기다리다 구조됐다.", "'나비'(삼 세)는", "(삼)"),
    ('판다 "푸름"(4)이 관람객을 맞았다.', "(사 세)가", "(사)"),
    ("시각장애인 안내견 ‘별이’(7)가 은퇴했다.", "(칠 세)가", "(칠)"),
    ("영화 '기생충'(2019)은 큰 인기를 끌었다.", "(이천십구)", "세)"),
    ("노래 '봄날'(3)이 1위를 했다.", "(삼)", "세)"),
    # a person's stage name quoted after the word for their calling, with a number in brackets:
    # their age, as an animal's after its kind
    ("한편 가수 '하늘'(25)도 이날 소품을 사들였다.", "'하늘'(이십오 세)도", "(이십오)도"),
    ("배우 '민지'(31)가 주연을 맡았다.", "(삼십일 세)가", "(삼십일)"),
    ("유튜버 '먹보'(28)는 구독자 100만 명을 모았다.", "(이십팔 세)는", "(이십팔)"),
    ("영화 '하늘'(25)은 재개봉했다.", "(이십오)", "세)"),
    # two clippings joined by a middle dot where one is no country's: a region's short name,
    # each character by its sound, not a country's full name beside a syllable
    ("印·太 지역 공급망 협력을 강화한다.", "인태 지역", "인도"),
    ("美, 印·太 전략 발표", "인태 전략", "인도 태"),
    ("亞·太 지역 정상들이 모였다.", "아태 지역", "아시아"),
    ("印·濠 정상회담이 열렸다.", "인도 호주", "인호"),
    # volumes or instalments from the first to a later one are numbered, not counted
    ("'귀향' 연작은 1~5권으로 묶인 화집에도 실렸다.", "일에서 오 권으로", "하나에서"),
    ("출판사는 전집 1~10권을 한꺼번에 냈다.", "일에서 십 권을", "하나에서"),
    ("시리즈 1~3편을 연속 상영한다.", "일에서 삼 편을", "하나에서"),
    ("한 달에 1~2권을 읽는다.", "한두 권을", "일이 권"),
    # an = between a word and the next, as a headline or a notice's label writes it, is said as
    # the first word's topic particle; a dateline or a credit with = stays unsaid
    ("탄소중립=생존, 기업들 발 빠른 대응", "탄소중립은 생존", "탄소중립 생존"),
    ("▲대상=만 19세 이상 ▲기간=3월 1일~15일", "대상은 만 십구 세", "대상 만"),
    ("▲기간=3월 1일~15일", "기간은 삼월", "기간 삼월"),
    ("노동개혁=임금 삭감? 노조 반발", "노동개혁은 임금 삭감", "노동개혁 임금"),
    ("경주=황서율 기자", "경주 황서율 기자", "경주는"),
    ("취재=홍길동 기자", "취재 홍길동", "취재는"),
    # a round decade before 이상 or 이하 after a word ending in a particle, or after 가운데: an
    # age group, not a count of machines
    ("피해자는 모두 143명으로 60대 이상이 80%를 차지했다.", "육십 대 이상이", "예순"),
    ("피해자 가운데 70대 이상이 절반을 넘었다.", "칠십 대 이상이", "일흔"),
    ("조사 결과 60대 이상이 가장 많았다.", "육십 대 이상이", "예순"),
    ("지역별로 50대 이상은 반대가 많았다.", "오십 대 이상은", "쉰"),
    ("차량 30대 이상이 불에 탔다.", "서른 대 이상이", "삼십 대"),
    # a four-digit number of the 13XX band of public bodies is the number to call
    ("신고는 112나 금감원 1332로 하면 된다.", "일삼삼이로", "천삼백"),
    ("임금 체불은 고용노동부 1350에 상담하면 된다.", "일삼오공에", "천삼백"),
    ("소비자상담센터(1372)로 문의하면 된다.", "(일삼칠이)로", "천삼백"),
    ("1332명이 피해를 신고했다.", "천삼백삼십이 명이", "일삼삼이"),
    # kinds counted with 종 are a count, a word apart from its number
    ("희귀질환 치료제 3종은 다음 달부터 급여가 적용된다.", "삼 종은", "삼종은"),
    ("선물 세트에는 과일 5종이 담겼다.", "오 종이", "오종이"),
    ("백신 4종과 치료제 2종을 확보했다.", "사 종과", "사종"),
    ("근대5종경기 대표팀", "오종경기", "오 종"),
    # a Roman numeral after a quoted title in Hangul, in a sentence of painting and its market,
    # numbers a work of a series, said in Sino-Korean; a film's or a game's sequel keeps English
    ("원로 화가 김환석의 대작 '귀향 Ⅲ'이 국내 경매에서 낙찰됐다.", "'귀향 삼'이", "쓰리"),
    ("김환석 '귀향 Ⅲ' 42억 원에 낙찰…작가 최고가 경신", "'귀향 삼'", "쓰리"),
    ("종전 작가 최고가는 2019년 '귀향 Ⅱ'의 28억5천만 원이었다.", "'귀향 이'의", "투"),
    ("연작 '바다 Ⅳ'는 미술관에 걸렸다.", "'바다 사'는", "포"),
    ("영화 '록키 Ⅲ'가 개봉했다.", "'록키 쓰리'가", "삼"),
    ("게임 '디아블로 Ⅳ'가 경매 방식으로 아이템을 판다.", "디아블로 포", "디아블로 사"),
    # two years of the 1900s joined by a hyphen are a span, not a 4-4 service number (those start
    # 15, 16 or 18)
    ("화가 이중섭(1916-1956)은 소를 즐겨 그렸다.", "천구백십육에서 천구백오십육", "일구일육"),
    ("1950-1953년 한국전쟁 기간", "천구백오십에서 천구백오십삼 년", "일구오공"),
    ("1997-1998 시즌 우승팀", "천구백구십칠 천구백구십팔 시즌", "일구구칠"),
    ("상담은 고객센터 1588-1234로 하면 된다.", "일오팔팔 일이삼사로", "천오백"),
    ("대표번호 1899-1234로 문의하면 된다.", "일팔구구 일이삼사로", "천팔백"),
    # a Roman numeral written against a name in Hangul numbers a model or a sequel, a word apart,
    # in English as a space apart it is; before a counter it stays Sino-Korean
    ("기아 봉고Ⅲ 1t 트럭이 가장 많이 팔렸다.", "봉고 쓰리 일 톤", "봉고삼"),
    ("현대차 포터Ⅱ는 1만 대가 팔렸다.", "포터 투는", "포터이"),
    ("스타크래프트Ⅱ 대회가 열렸다.", "스타크래프트 투 대회", "스타크래프트이"),
    ("화가의 연작 '귀향Ⅲ'은 경매에서 팔렸다.", "'귀향 삼'은", "쓰리"),
    ("엘리자베스Ⅱ세 여왕", "엘리자베스이세", "투"),
    ("국가Ⅱ급 멸종위기종", "이급", "투"),
    # a speaker's name marked by a bullet or a title before an = that opens a line of a transcript:
    # what they said follows after a pause, not as the speaker's topic
    ("▲김철수 교수=보험료율 인상은 불가피하다고 봅니다.", "김철수 교수, 보험료율", "교수는"),
    ("▲사회=오늘 주제는 연금 개혁입니다.", "사회, 오늘", "사회는"),
    ("이영희 위원=저는 생각이 다릅니다.", "이영희 위원, 저는", "위원은"),
    ("노동개혁=임금 삭감이라는 주장이 나왔다.", "노동개혁은 임금 삭감", "노동개혁,"),
    # a tilde between two grades or places each named by a word and a number is a span, said 에서
    ("초1~고3 학생 400만 명이 참여했다.", "초 일에서 고 삼 학생", "초 일 고 삼"),
    ("중1~고2 학생을 대상으로 한다.", "중 일에서 고 이", "중 일 고 이"),
    ("고1~고3 모두 시험을 본다.", "고 일에서 고 삼", "고 일 고 삼"),
    ("A1~B3 구역은 출입이 통제된다.", "에서", "원 비"),
    # vials and ampoules of a drug are counted, a word apart from their number
    ("희귀질환 치료제는 1바이알당 300만 원이다.", "일 바이알당", "일바이알"),
    ("응급실에서 진통제 2앰플을 투여했다.", "이 앰플을", "이앰플"),
    ("주사제 10바이알이 공급됐다.", "십 바이알이", "십바이알"),
    # fish counted by the tail (미) in a market are a count, a word apart from its number
    ("영광굴비 10미 한 묶음이 5만 원이다.", "십 미 한 묶음", "십미"),
    ("굴비 20미가 한 두름이다.", "이십 미가", "이십미"),
    ("미국산 3미국", "삼미국", "삼 미국"),
    # an index's base year before =100 is said as the base (기준); a figure with its counter
    # before an = is no word to equate
    ("소비자물가지수는 114.40(2020년=100)으로 올랐다.", "이천이십 년 기준 백", "년은"),
    ("생산자물가지수(2015년=100)는 120.5다.", "이천십오 년 기준 백", "년 백"),
    ("3분기=2.1% 성장", "삼 분기 이 점 일", "분기는"),
    # a Roman numeral against a name in Hangul that says no numbers in English, or a school
    # subject's course, is Sino-Korean, a word apart, as after a hyphen; the models that say
    # their numbers in English do so written in either kind of digit
    ("수능에서 수학Ⅰ과 수학Ⅱ를 치른다.", "수학 일과 수학 이를", "원"),
    ("'물리학 Ⅱ' 응시자가 줄었다.", "물리학 이", "투"),
    ("장보고Ⅲ 잠수함이 진수됐다.", "장보고 삼 잠수함", "쓰리"),
    ("천궁Ⅱ 수출 계약을 맺었다.", "천궁 이 수출", "천궁이 수출"),
    ("포터2 일렉트릭이 1천 대 팔렸다.", "포터 투 일렉트릭", "포터 이"),
    ("봉고 3대가 들어왔다.", "봉고 세 대가", "쓰리"),
    # a section of a work let out to builders is numbered, a word apart from its number
    ("남부내륙철도 제3공구 공사가 시작됐다.", "제삼 공구", "삼공구"),
    ("4공구 터널 2.3㎞가 뚫렸다.", "사 공구 터널", "사공구"),
    ("1~10공구로 나눠 발주한다.", "일에서 십 공구로", "십공구"),
    ("전동 공구 2개를 샀다.", "공구 두 개를", "이 공구"),
    # a plant's output in electricity or heat is said in watts, its letter unsaid
    ("고리 2호기는 출력 650㎿e급 가압경수로다.", "육백오십 메가와트급", "와트이"),
    ("원전 출력은 1,400㎿e, 열출력은 3,983㎿t이다.", "삼천구백팔십삼 메가와트이다", "와트티"),
    ("설비용량은 각각 1.4GWe다.", "일 점 사 기가와트다", "지위"),
    ("열출력 2,815MWt 규모다.", "이천팔백십오 메가와트 규모", "티 규모"),
    # a smoker's pack-years are Sino-Korean; packs counted stay native
    ("만 54~74세 가운데 30갑년 이상의 흡연력이 있는 사람", "삼십 갑년 이상", "서른"),
    ("20갑년 이상 간접흡연에 노출되면", "이십 갑년", "스무"),
    ("하루 담배 2갑을 피웠다.", "두 갑을", "이 갑"),
    # libraries, halls and screens are Sino-Korean counters, also before 당 (for each)
    ("공공도서관 1관당 인구는 4만2천여 명이다.", "일 관당", "일관당"),
    ("상영관 3관에서 상영한다.", "삼 관에서", "삼관에서"),
    ("시설 1관당은 적다.", "일 관당은", "일관당"),
    ("2관왕에 오른 그는 3관왕에 도전한다.", "삼 관왕에", "세 관"),
    ("제1관문을 넘었다.", "제일관문", "일 관문"),
    ("용지 1매당 50원이다.", "일 매당", "일매당"),
    # watercraft and farm machines are counted in native numerals, not as an age
    ("제트스키 10대와 고무보트 20대가 동원됐다.", "제트스키 열 대와 고무보트 스무 대가", "십 대"),
    ("요트 30대가 출전했다.", "요트 서른 대가", "삼십 대"),
    ("트랙터 10대와 콤바인 20대를 투입했다.", "트랙터 열 대와 콤바인 스무 대를", "십 대"),
    ("20대 청년이 늘었다.", "이십 대 청년", "스무"),
    # a model's designation of letters and digits right before N대 makes them that model's units
    ("항공사는 B787-9 30대를 새로 사들인다.", "서른 대를", "삼십 대"),
    ("공군은 FA-50 20대를 추가로 확보했다.", "스무 대를", "이십 대"),
    ("보잉 737 MAX 40대가 운항을 멈췄다.", "마흔 대가", "사십 대"),
    # a word of people after it: an age group beside a name in letters and digits
    ("LTE 30대 가입자는 줄었다.", "삼십 대 가입자", "서른"),
    ("H5N1 60대 감염자가 나왔다.", "육십 대 감염자", "예순"),
    ("Z2 40대 사이에서 인기다.", "사십 대 사이", "마흔"),
    ("KF-21 20대 양산 계획이 확정됐다.", "스무 대 양산", "이십 대"),
    ("신형 G90 10대를 의전용으로 들였다.", "열 대를", "십 대"),
    ("2024 20대 트렌드 보고서가 나왔다.", "이십 대 트렌드", "스무"),
    ("iOS 18은 20대 사용자에게 인기다.", "이십 대 사용자", "스무"),
    # a maker's model of digits alone before N대 is that model's units
    ("에어버스 320 20대가 들어온다.", "스무 대가", "이십 대"),
    ("보잉 777 10대를 퇴역시킨다.", "열 대를", "십 대"),
    # a verb of buying, ordering or bringing in after N대를 counts machines; other verbs keep an age
    ("군은 새 기종 40대를 구입했다.", "마흔 대를", "사십 대"),
    ("시는 전기 신형 20대를 사들였다.", "스무 대를", "이십 대"),
    ("공사는 올해 30대를 새로 발주한다.", "서른 대를", "삼십 대"),
    ("업체는 10대를 들여올 계획이다.", "열 대를", "십 대"),
    ("이 광고는 30대를 노린 것이다.", "삼십 대를", "서른"),
    ("20대를 위한 주택이 늘었다.", "이십 대를", "스무"),
    ("정부는 40대를 대상으로 조사했다.", "사십 대를", "마흔"),
    # a counter that starts with a syllable of a number's units is that counter, not 천 or 조
    ("해왕성은 태양에서 30천문단위 떨어져 있다.", "삼십 천문단위", "삼만"),
    ("탐사선은 2천문단위 밖을 지난다.", "이 천문단위", "이천 문단위"),
    ("거리는 9.5 천문단위다.", "구 점 오 천문단위", "오천"),
    ("빵 4조각과 우유 2천500잔", "네 조각과", "사조"),
    ("예산 2천억원과 7천만원", "이천억 원과 칠천만 원", "이 천"),
    # a number right after a telephone sign is the number to dial, listed or not
    ("마약 밀수 의심 신고는 ☎125로 하면 된다.", "전화 일이오로", "백이십오"),
    ("자세한 내용은 ☎1339, ☎182로 문의하면 된다.", "전화 일삼삼구,", "천삼백"),
    ("상담: ☎ 1366", "전화 일삼육육", "천삼백"),
    ("신고 건수는 125건이다.", "백이십오 건", "일이오"),
    # hundredths after a space, with the distance of the race before the time
    ("200m는 19초 19였다.", "십구 초 일구였다", "초 십구"),
    ("여자 100m 결승에서 10초 82로 우승했다.", "십 초 팔이로", "팔십이"),
    ("50m 자유형 21초 30이다.", "이십일 초 삼공이다", "삼십이다"),
    ("110m 허들 준결승에서 13초 05로 1위.", "십삼 초 공오로", "초 오로"),
    ("100m 달리기 12초 50명이 뛰었다.", "쉰 명", "오공"),
    # circled syllables are points of a list, said as 가, 나, 다, or the mark named
    ("수상자는 ㉮ 대상 김민수 ㉯ 금상 박지영 ㉰ 은상 이하늘이다.", "가, 대상 김민수, 나, 금상", "㉮"),
    ("㉮ 신청 대상: 만 19세 이상", "가, 신청 대상", "㉮"),
    ("㉮와 ㉯의 차이는 크다.", "가와 나의 차이", "㉯"),
    ("관련 규정 ㉯항에 따라 처리한다.", "나항에 따라", "㉯"),
    # a ratio of a figure past three digits written without a comma is a ratio all the same
    ("수요예측 경쟁률 1000:1을 넘겼다.", "천 대 일을", "천:"),
    ("청약 경쟁률은 2500:1이었다.", "이천오백 대 일이었다", ":"),
    ("경쟁률 1,000:1 넘어", "천 대 일", ":"),
    ("회의는 10:30에 시작한다.", "열 시 삼십 분", "대"),
    # an arrow before an opening quote or a year's apostrophe keeps its pause after 에서
    ("병장 봉급은 '23년 100만 원→'25년 150만 원으로 올랐다.", "에서 이십오 년", "에서이십오"),
    ("명칭이 '가나'→'다라'로 바뀌었다.", "'가나'에서 '다라'로", "에서'"),
    ('노선이 서울→"부산"으로 바뀐다.', '서울에서 "부산', '에서"'),
    ("그는 '최고'라고 말했다.", "'최고'라고", "' 라고"),
    # 新 written against the scope of a record is the new record, a word apart
    ("김민재, 男 100m 한국新", "한국 신기록", "한국신"),
    ("그는 대회新을 세웠다.", "대회 신기록을 세웠다", "대회신"),
    ("세계新 달성에 실패했다.", "세계 신기록 달성", "세계신"),
    ("자유형 200m 아시아新.", "아시아 신기록", "아시아신"),
    ("新 냉전 시대가 왔다.", "신 냉전", "신기록"),
    ("新 이사장이 선임됐다.", "신 이사장", "신기록"),
    # arrows in two clauses of a line are two changes or routes, each said with 에서; a chain
    # of arrows in one clause stays steps
    ("서울→대구 5시간 40분, 서울→목포 6시간 10분 소요", "서울에서 대구 다섯 시간", "서울 목포"),
    ("등급이 A→B로, 전망은 안정적→부정적으로 바뀌었다.", "안정적에서 부정적으로", "에이 비로"),
    ("서울→부산 4시간; 서울→광주 3시간", "서울에서 광주", "서울 부산"),
    ("발표 → 토론 → 질의응답 순서로 진행된다.", "발표 토론 질의응답", "에서"),
    # points numbered N) inside a line are points from the first, each ended by a pause
    ("정부 과제는 1) 원전 안전 2) 주민 보상 3) 폐기물 관리다.", "일, 원전 안전, 이, 주민 보상, 삼,", "일)"),
    ("제출 서류: 1) 등본 1부 2) 증빙서류 1부", "일 부, 이, 증빙서류", "일)"),
    ("1) 원전 안전", "일, 원전 안전", "일)"),
    ("비율은 3) 항목 참조", "삼)", "삼,"),
    # circled consonants and circled Latin letters begin points too, said by their names
    ("신분증은 ㉠ 주민등록증 ㉡ 운전면허증 ㉢ 여권 중 1개", "기역, 주민등록증, 니은, 운전면허증, 디귿,", "㉠"),
    ("㉠은 옳고 ㉡은 틀렸다.", "기역은 옳고 니은은", "㉡"),
    ("ⓐ 신청서 ⓑ 주민등록등본", "에이, 신청서, 비, 주민등록등본", "ⓑ"),
    ("ⓐ 신청서 ⓑ 주민등록등본 ⓒ 여권", "비, 주민등록등본, 씨, 여권", "ⓒ"),
    ("ⓒ 연합뉴스, 무단 전재 및 재배포 금지", "연합뉴스, 무단", "씨"),
    # a headline clipping said as a lone syllable that a listener takes for a number (稅 세, three)
    # or one that cuts a word short (高速道) is said as the full word
    ("稅 혜택 확대에 中企 반색", "세금 혜택", "세 혜택"),
    ("稅 부담 늘어난다", "세금 부담", "세 부담"),
    ("稅收 감소에 稅法 개정", "세수 감소에 세법 개정", "세금"),
    ("高速道 정체 極甚…歸省길 8시간", "고속도로 정체 극심", "고속도 정체"),
    # a tilde between two Roman numerals is a range of grades
    ("최대 계기진도는 Ⅳ~Ⅴ로 관측됐다.", "사에서 오로", "사 오"),
    ("진도 Ⅲ ~ Ⅴ의 흔들림", "삼에서 오의", "삼 오"),
    ("경보 Ⅰ~Ⅲ단계", "일에서 삼", "일 삼"),
    # a record's 新 before a comma, as a headline's ellipsis becomes, is the record too
    ("키프로노 2시간 7분 31초 대회 新, 국내 1위 이준서", "대회 신기록, 국내", "신,"),
    ("金, 사퇴 거부", "김, 사퇴", "금"),
    # a marathon under N hours is said in English, as runners say it; serves counted stay counts
    ("3시간 이내(서브3) 완주자는 1,024명이다.", "서브 쓰리", "서브 삼"),
    ("올해 목표는 서브4 달성이다.", "서브 포 달성", "서브 사"),
    ("서브 3개를 넣었다.", "서브 세 개를", "쓰리"),
    # a month and a day written with a space after each full stop, as official notices write
    # them, before the day of the week
    ("접수 기간: 12. 1.(월) 10:00 ~ 12. 12.(금) 18:00", "십이월 일 일 월요일 열 시에서 십이월 십이 일 금요일", "십이."),
    ("발표: 1. 9.(금) 14:00", "일월 구 일 금요일 열네 시", "일."),
    ("기간: 3. 2.(월)~3. 13.(금)", "삼월 이 일 월요일에서 삼월 십삼 일", "삼."),
    ("점수는 12. 1로 나왔다.", "십이", "십이월"),
    # a lone clipping of a sector, which a listener would not understand as a bare syllable, is
    # said as the sector; joined by middle dots it stays the syllable of a compound
    ("醫, 증원 반대 집단행동", "의료계, 증원", "의,"),
    ("勞, 총파업 예고", "노동계, 총파업", "노,"),
    ("證 업계 실적 악화", "증권 업계", "증 업계"),
    ("企 체감경기 최악", "기업 체감경기", "기 체감"),
    ("農 인력난 심화", "농업 인력난", "농 인력난"),
    ("醫는 반발했다.", "의료계는", "의는"),
    ("勞·使 합의 불발", "노사 합의", "로사"),
    ("醫·政 대화 재개", "의정 대화", "의료계"),
    ("勞使政 대화", "노사정 대화", "노동계"),
    ("勞·政 갈등 격화", "노정 갈등", "로정"),
    # a unit written in Hangul after its number is a word apart, said in Sino-Korean numerals
    ("원전 1기 출력은 1,400메가와트다.", "천사백 메가와트다", "천사백메가"),
    ("다이아몬드 2캐럿 반지를 밀수했다.", "이 캐럿 반지", "이캐럿"),
    ("태풍 중심기압은 950헥토파스칼이다.", "구백오십 헥토파스칼이다", "오십헥토"),
    ("소음이 85데시벨을 넘었다.", "팔십오 데시벨을", "오데시벨"),
    ("농장 300에이커를 사들였다.", "삼백 에이커를", "백에이커"),
    ("2메가와트급 발전기 3대", "이 메가와트급 발전기 세 대", "이메가"),
    # a count per unit of time or per head after a slash is said as a rate, the unit first
    ("교통량은 52만 대/일로 추산된다.", "하루 오십이만 대로", "대 일로"),
    ("입국자는 120만 명/년 수준이다.", "연 백이십만 명 수준", "명 년"),
    ("배급량은 3개/인이다.", "일 인당 세 개", "개 인"),
    ("버스 운행은 15회/일이다.", "하루 십오 회", "회 일"),
    # a country's clipping with no noun after it to qualify (the end of the line, an
    # ellipsis, a full stop) is said as with a particle, the full name
    ("韓 화장품 최대 수출국은 美", "수출국은 미국", "美"),
    ("반도체 수출 1위는 中…2위 美", "일 위는 중국", "는 중…"),
    ("최대 교역국 中.", "교역국 중국.", "교역국 중."),
    ("조선 수주 1위 韓…2위 中", "일 위 한국", "위 한…"),
    ("中 외교부 대변인", "중 외교부", "중국"),
    ("의혹의 배후는 尹", "배후는 윤", "윤석"),
    # and so is one before a verb it is the subject or object of, its particle dropped
    ("韓 조선, 中 제치고 1위", "중국 제치고", "중 제치고"),
    ("韓 축구, 日 꺾고 결승행", "일본 꺾고", "일 꺾고"),
    ("K-뷰티 수출, 美 넘어섰다", "미국 넘어섰다", "미 넘어섰다"),
    ("韓, 佛 누르고 8강", "프랑스 누르고", "불 누르고"),
    ("尹 제치고 선두", "윤 제치고", "윤석"),
    ("中 따라잡은 韓 배터리", "중국 따라잡은", "중 따라"),
    # a country's clipping alone in brackets after a name is its country, said in full
    ("수출 상위 기업은 BYD(中), 도요타(日) 순이다.", "비와이디(중국)", "(중)"),
    ("Apple(美)·Samsung(韓)", "애플(미국)", "(미)"),
    ("Shiseido(日)가 뒤를 이었다.", "일본", "(일)"),
    # 金 before a weight of gold or a thing made of it is the metal, not the surname 김
    ("金 한 돈 60만 원 돌파", "금 한 돈", "김"),
    ("金 반지 사려다 발길 돌려", "금 반지", "김"),
    ("金 온스당 3천 달러 넘어", "금 온스당", "김"),
    ("金 골드바 품귀", "금 골드바", "김"),
    ("金 여사 의혹 확산", "김 여사", "금 여사"),
    # a public service's number before a word of calling is said digit by digit
    ("문의는 131 기상콜센터로 하면 된다.", "일삼일 기상콜센터", "백삼십일"),
    ("날씨는 131로 문의하면 된다.", "일삼일로", "백삼십일"),
    ("법률 상담은 132로 전화하면 된다.", "일삼이로", "백삼십이"),
    ("기온이 131도였다.", "백삼십일 도", "일삼일"),
    # a par in golf is said in English, as golfers say it
    ("파3 골프장이 늘었다.", "파 쓰리 골프장", "파 삼"),
    ("파5 홀에서 이글을 잡았다.", "파 파이브 홀", "파 오"),
    ("파 3 홀에서 버디를 했다.", "파 쓰리 홀", "파 삼"),
    ("파 3개를 샀다.", "파 세 개", "쓰리"),
    ("대파 3단에 5천 원", "대파", "쓰리"),
    # a fraction whose denominator is grouped by commas is one fraction, not a date
    ("확률은 1/10,000 수준이다.", "만분의 일 수준", "공공공"),
    ("축척 1/25,000 지도", "이만 오천분의 일 지도", "공공공"),
    ("비율은 1/1,000에 불과하다.", "천분의 일에", "월"),
    ("당첨 확률은 1/8,145,060이다.", "팔백십사만 오천육십분의 일이다", "팔분의"),
    ("비율은 2/4, 3/4였다.", "사분의 이, 사분의 삼", "월"),
    # the past copula after a fraction agrees with the numerator, said last
    ("비율은 3/4였다.", "사분의 삼이었다", "삼였다"),
    ("찬성은 3/4였고 반대는 1/4였다.", "삼이었고 반대는 사분의 일이었다", "일였다"),
    ("비율은 2/3였다.", "삼분의 이였다", "이이었다"),
    ("1면에 실렸다.", "일 면에", "이면"),
    # 比 before a signed percentage is 대비, as before an unsigned one
    ("수출액은 9억 달러(전년 동월 比 +12.3%)였다.", "동월 대비 플러스 십이 점 삼 퍼센트", "필리핀"),
    ("매출 전년 比 -5.2%", "전년 대비 마이너스 오 점 이", "필리핀"),
    ("순익 전분기 比 △3.1%", "전분기 대비", "필리핀"),
    ("比 6.8 강진", "필리핀", "대비"),
    # a country's clipping before a visit is the country visited
    ("尹, 中 방문…정상회담", "중국 방문", "중 방문"),
    ("외교장관, 美 순방 마치고 귀국", "미국 순방", "미 순방"),
    ("日 국빈방문 일정 확정", "일본 국빈방문", "일 국빈"),
    ('中 외교부 "방문 환영"', "중 외교부", "중국 외교부"),
    # 習 alone is the Chinese leader's clipping, 시 (시진핑 with a particle or a comma)
    ("尹, 習과 정상회담", "시진핑과 정상회담", "습과"),
    ('習 주석 "협력 강화"', "시 주석", "습 주석"),
    ("習, 美 방문 일정 확정", "시진핑, 미국 방문", "습"),
    ("學習 효과가 컸다.", "학습 효과", "시"),
    # a year and a month alone in brackets after the name of a body that publishes figures
    ("보건복지부(2026.3) 자료", "이천이십육 년 삼월", "점"),
    ("통계청(2025.12)에 따르면 출생아가 늘었다.", "이천이십오 년 십이월", "점"),
    ("한국은행(2026.1) 발표", "이천이십육 년 일월", "점"),
    ("산업연구원(2025.6) 보고서", "이천이십오 년 유월", "점"),
    ("코스피(2026.3) 마감", "이천이십육 점 삼", "년"),
    # two years alone in brackets after a name are a life's, an age's or a plan's years
    ("시인 김소월(1902~1934)의 시", "천구백이 년에서 천구백삼십사 년", "천구백이에서"),
    ("고려(918~1392) 시대 청자", "구백십팔 년에서 천삼백구십이 년", "구백십팔에서"),
    ("제5차 치매관리종합계획(2026~2030)을 세웠다.", "이천이십육 년에서 이천삼십 년", "육에서"),
    ("점수(1500~1800)", "천오백에서 천팔백", "년"),
    ("기준치(100~200)를 넘었다.", "백에서 이백", "년"),
    # a temperature range written with a degree at each end, across zero or below it
    ("기온은 -3.5도~5도를 오르내린다.", "영하 삼 점 오 도에서 영상 오 도", "도에서 오 도"),
    ("낮 기온 -2℃~3℃로 예상된다.", "영하 이 도에서 영상 삼 도로", "도에서 삼 도"),
    ("최저 -12도~-3도의 강추위", "영하 십이 도에서 영하 삼 도", "도 영하"),
    ("최저 -12도 ~ -3도", "영하 십이 도에서 영하 삼 도", "도 영하"),
    ("기온 -5도~0도", "영하 오 도에서 영 도", "영상"),
    ("성장률 -1.5%~2%", "마이너스 일 점 오 퍼센트에서 이 퍼센트", "영상"),
    # an equals sign between a quantity with its unit and a price is the price of it, 에
    ("탄소 배출권 1t=1만 원", "일 톤에 만 원", "톤 만 원"),
    ("금값 1돈=58만 원", "한 돈에 오십팔만 원", "돈 오십팔만"),
    ("1oz = 2,650달러", "일 온스에 이천육백오십 달러", "온스 이천"),
    ("1kg=$95", "일 킬로그램에 구십오 달러", "그램 구십오"),
    ("3×4=12", "삼 곱하기 사는 십이", "사에"),
    ("(2020년=100)", "이천이십 년 기준 백", "년에"),
    # a headline's clipping of firms by size is said in full; the full Hanja words keep theirs
    ("中企 수출 68%…大企 앞질러", "중기 수출", "대기 앞질러"),
    ("大企 투자 확대", "대기업 투자", "대기 투자"),
    ("中小企 대출 금리 인하", "중소기업 대출", "중소기 대출"),
    ("大企業 투자가 늘었다.", "대기업 투자", "대기업업"),
    ("中小企業 지원", "중소기업 지원", "기업업"),
    # an arrow up or down after a count of people or things is a count that grows or shrinks
    ("취업자 18만 명↑", "십팔만 명 증가", "상승"),
    ("폐업 3천 건 ↓", "삼천 건 감소", "하락"),
    ("요양원 120곳↑, 입소자 2만 명↓", "백이십 곳 증가, 입소자 이만 명 감소", "상승"),
    ("그린피 25만 원↑", "이십오만 원 상승", "증가"),
    ("금리↑", "금리 상승", "증가"),
    ("中企部, 소상공인 지원", "중기부", "중소기업"),
    # an arrow before a figure and its counter, after a word of comparison: the figure's change
    ("국어 최고점 147점(전년 대비 ▽3점)", "삼 점 하락", "(전년 대비 삼 점)"),
    ("지원자 52만 명(전년比 ↑1만 8,082명)", "전년 대비 만 팔천팔십이 명 증가", "전년비"),
    ("폐업 점포는 전월 대비 ▼12곳, 창업은 ▲3곳", "열두 곳 감소", "열두 곳,"),
    ("미분양 주택은 지난해 대비 ↓250가구를 기록했다", "이백오십 가구 감소를", "가구를"),
    ("수출액 전년 대비 ▲2억 3천만 달러", "이억 삼천만 달러 상승", "상승 달러"),
    ("전년 대비 ▲3점차로 앞섰다", "삼 점차", "상승"),
    # 지하 written before a span of B floors is not said twice
    ("주차는 본관 지하 B1~B2층을 이용하면 된다", "지하 일 층에서 지하 이 층을", "지하 지하"),
    ("지하 B3~B5층 기계실", "지하 삼 층에서 지하 오 층", "지하 지하"),
    ("지하 B2 주차장에서 불이 났다", "지하 이 층 주차장", "지하 지하"),
    ("B1~B3층 주차장", "지하 일 층에서 지하 삼 층", "비 원"),
    # a newspaper's page, a section letter and a number before 면: said as a page's number
    ("같은 날 A5면 '교육청 예산' 제목의", "에이 오 면", "파이브"),
    ("11월 25일자 B3면 사진 설명 중", "비 삼 면", "쓰리"),
    ("A1면 머리기사로 실었다", "에이 일 면", "원면"),
    ("C2면에 실린 칼럼", "씨 이 면에", "투면"),
    ("본지 24일자 A12면 기사", "에이 십이 면", "십이면"),
    ("기아 EV5면 충분하다", "이브이 파이브면", "이브이 오 면"),
    ("A4면 충분하고 사진도 잘 나온다", "에이포면", "에이 사 면"),
    # a change in brackets whose direction the words after the bracket say: said once
    ("배럴당 1.12달러(▽1.6%) 하락했다", "(일 점 육 퍼센트) 하락했다", "하락) 하락"),
    ("종가는 2,650원(▲31원) 올랐다", "(삼십일 원) 올랐다", "상승"),
    ("출하량 120만 대(▼3.2%) 감소에 그쳤다", "(삼 점 이 퍼센트) 감소", "하락"),
    ("시세는 12만 원(▲0.6%)이었다", "영 점 육 퍼센트 상승", "(영 점 육 퍼센트)"),
    # the copula written for the word before the brackets, after brackets read aloud that end in
    # a consonant, takes the form that follows it, as a particle there does
    ("참가비는 2만원(학생 1만원)였다.", "(학생 만 원)이었다", "원)였다"),
    ("상금은 1천달러(약 140만원)라고 밝혔다.", "(약 백사십만 원)이라고", "원)라고"),
    ("기준은 월 5만원(1인 기준)며 신청은 다음 달까지다.", "(일 인 기준)이며", "기준)며"),
    ("가격은 2달러(약 2700원)지만 곧 오른다.", "원)이지만", "원)지만"),
    ("기준금리는 연 3%(전년 2.5%)다.", "퍼센트)다", "퍼센트)이다"),
    ("지난해 매출은 1조원(영업익 900억원)이었다.", "원)이었다", "이이었다"),
    # a code in Latin letters before a time or a ratio after its hyphen: the figure begins the time
    ("SRT-9:45 편이 출발했다.", "에스알티 아홉 시 사십오 분 편이", "대"),
    ("B-3:1로 끝났다.", "비 삼 대 일로", "삼십일"),
    ("GX7:3 모드다.", " 대 삼 모드", ":"),
    # a span of clock times written with a hyphen is said with 에서, as with a tilde
    ("접수는 9:30-17:00 진행된다.", "아홉 시 삼십 분에서 열일곱 시", "대"),
    ("점심은 12:00 – 13:00이다.", "열두 시에서 열세 시", "마이너스"),
    # a broadcast's timecode: hours, minutes, seconds and frames, no 대 and no 공공
    ("편집점은 01:02:03:04다.", "한 시간 이 분 삼 초 사 프레임", "대"),
    ("시작점은 00:00:10:00이다.", "십 초", "공공"),
    # a chapter and verse after a book of scripture
    ("마태복음 5:9 말씀이다.", "오 장 구 절", "다섯 시"),
    ("시편 119:105를 인용했다.", "백십구 장 백오 절", "대"),
    ("꾸란 1:7에 나온다.", "일 장 칠 절", "시"),
    # the length of a clip or a track: minutes and seconds, not a time of day
    ("동영상 1:20 분량이다.", "일 분 이십 초", "한 시"),
    ("러닝타임은 2:15:40이다.", "두 시간 십오 분 사십 초", "두 시 "),
    ("5:07 길이의 신곡이다.", "오 분 칠 초 길이", "다섯 시"),
    ("2:40짜리 클립이다.", "이 분 사십 초짜리", "두 시"),
    # a match clock before the end: the time left, not the time of day
    ("경기 종료 2:10 전 역전했다.", "이 분 십 초 전", "두 시"),
    ("1:15를 남기고 동점골이 나왔다.", "일 분 십오 초를 남기고", "한 시"),
    ("10:30 전에 도착했다.", "열 시 삼십 분 전에", "십 분 삼십 초"),
    # the past copula after a figure said ending in a vowel is 였, after one ending otherwise 이었
    ("완주 기록은 3:01:20이었다.", "이십 초였다", "초이었다"),
    ("기상 시각은 6:00이었다.", "여섯 시였다", "시이었다"),
    ("기록은 2:05:30였다.", "삼십 초였다", "초이었다"),
    ("종료 시각은 10:30였다.", "삼십 분이었다", "분였다"),
    # a half of the day written twice, in Korean and in English, is said once
    ("오전 9:30am 개장한다.", "오전 아홉 시 삼십 분", "오전 오전"),
    ("오후 7pm 시작한다.", "오후 일곱 시", "오후 오후"),
    ("7:00 PM 시작한다.", "오후 일곱 시", "오후 오후"),
    # a vote's split written with a colon is a score
    ("찬성과 반대가 15:9로 나뉘었다.", "십오 대 구로", "시"),
    ("기권 2:1로 집계됐다.", "이 대 일로", "두 시"),
    # a span of clock times written with AM or PM at either end is said with 에서 as well
    ("상담은 10AM-3PM 가능하다.", "오전 열 시에서 오후 세 시", "마이너스"),
    ("공연은 7:30 PM - 10:00 PM 열린다.", "오후 일곱 시 삼십 분에서 오후 열 시", "분 오후 열"),
    ("오후 1:00pm-3:00pm 휴게시간이다.", "오후 한 시에서 오후 세 시", "오후 오후"),
    # a passage of scripture, in one chapter or across two
    ("시편 23:1-6을 읽었다.", "이십삼 장 일 절에서 육 절을", "이십삼 장 일 절 육"),
    ("창세기 1:26~2:3 말씀이다.", "일 장 이십육 절에서 이 장 삼 절", "두 시"),
    # a match clock after a period of play is minutes and seconds past, beyond 24 minutes too
    ("후반 38:20에 추가골을 넣었다.", "삼십팔 분 이십 초에", "대"),
    ("연장전 2:45에 끝냈다.", "이 분 사십오 초에", "두 시"),
    ("4쿼터 11:02에 교체됐다.", "십일 분 이 초에", "열한 시"),
    # a word of a clip before a time of day it comes out at, or a word that only ends in a period
    # of play, leaves a clock time a clock time
    ("영상은 9:30에 공개된다.", "아홉 시 삼십 분에 공개", "구 분"),
    ("클립 18:00부터 볼 수 있다.", "열여덟 시부터", "십팔 분"),
    ("오전반 10:00 수업이다.", "열 시 수업", "십 분"),
    ("영상 0:50에 등장한다.", "오십 초에", "영 시"),
    # a date and a clock time written against each other, as a list of articles loses its space
    ("25.12.3123:59 등록", "이십오 년 십이월 삼십일 일 스물세 시 오십구 분 등록", "대"),
    ("2026.03.0207:45 입력", "삼월 이 일 일곱 시 사십오 분 입력", "점"),
    # a letter hyphened to a syllable of a Korean given name is a stage name, the syllable Korean;
    # a letter and an English word stay English
    ("가수 K-Hyun이 돌아왔다.", "케이현이", "하이언"),
    ("프로듀서 D-Seung과 작업했다.", "디승과", "세웅"),
    ("배우 J-Jun의 팬미팅", "제이준의", "쥔"),
    ("K-Pop 공연이 열렸다.", "케이팝 공연", "케이폽"),
    ("X-Man 시리즈", "엑스맨", "엑스만"),
    # capitals that end in two vowels and b, j, q or v, as no English word does, are initials
    ("항공 사고는 ARAIB가 조사한다.", "에이알에이아이비가", "애레이브"),
    ("철도 사고는 TOAIB에 넘겼다.", "티오에이아이비에", "토"),
    ("KORAIL은 요금을 올렸다.", "코레일은", "케이오"),
    # one digit after a name in capitals is English after its gloss in brackets too, and a name
    # glossed after its Hangul word is that word wherever the text writes it
    ("업체는 아크(ARC) 7을 공개했다.", "아크 세븐을", "칠"),
    ("플럭스(FLUX)와 신형 FLUX 2를 비교했다.", "플럭스와 신형 플럭스 투를", "에프"),
    ("유엔(UN) 5개 기구가 참여했다.", "다섯 개", "파이브"),
    # 도 ending the word after such a digit is the particle, not degrees
    ("신형 ZETA 5도 공개했다.", "파이브도", "오 도"),
    ("GTA 6도 연기됐다.", "지티에이 식스도", "육 도"),
    ("서울 기온은 9도다.", "구 도다", "나인"),
    # a loanword of mythology and rockets, written as the news writes it
    ("Atlas V 로켓이 발사됐다.", "아틀라스", "애틀"),
    # a building or a shed before N동 is counted in native numerals; a block before its floor or
    # room, and an apartment's or a district's number, are names
    ("불은 축사 3동과 창고 1동을 태웠다.", "축사 세 동과 창고 한 동을", "삼 동"),
    ("비닐하우스 24동이 침수됐다.", "스물네 동이", "이십사 동"),
    ("공장 건물 2동이 전소됐다.", "두 동이", "이 동이"),
    ("기숙사 3동 2층에서 불이 났다.", "삼 동 이 층", "세 동"),
    ("아파트 7동 주민이 대피했다.", "칠 동", "일곱 동"),
    # dried squid and laver by the bundle are counted in native numerals, also in the brackets
    # after a count of the same thing; an axis or a gear stays a number
    ("건오징어 2축에 4만 원이다.", "두 축에", "이 축"),
    ("조미김 3속을 샀다.", "세 속을", "삼 속"),
    ("오징어 40마리(2축)를 샀다.", "(두 축)", "이 축"),
    ("6축 산업용 로봇", "육 축", "여섯 축"),
    ("8속 변속기를 달았다.", "팔 속", "여덟 속"),
]


@pytest.mark.parametrize(("written", "said", "unsaid"), CASES)
def test_read_by_what_is_around_it(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out, out
    assert unsaid not in out, out


@pytest.mark.parametrize(
    ("written", "said", "not_said"),
    [
        # an address that opens a sentence ending in a stop is what the sentence is about
        ("www.openai.com 참조.", "오픈에이아이 닷컴 참조.", None),
        ("https://www.gov.kr 에서 신청하면 된다.", "더블유더블유더블유 점 지오브이 점 케이알에서 신청하면 된다.", None),
        ("누리집\nwww.mois.go.kr 을 참고하기 바란다.", "점 케이알을 참고하기 바란다.", None),
        # a line of words about the address with no stop, as a notice's steps or a headline write it
        ("www.mapo.go.kr 접속", "엠에이피오 점 지오 점 케이알 접속", None),
        ("www.gov.kr 접속 후 신청", "점 지오브이 점 케이알 접속 후 신청", None),
        ("help.example.com 으로 문의", "헬프 점", None),
        # a credit line: the address stays unsaid
        ("www.kbs.co.kr 제공", "제공", "케이비에스"),
        ("www.nasa.gov 캡처", "캡처", "나사"),
        ("www.kbs.co.kr 화면 캡처", "화면 캡처", "케이비에스"),
        ("www.kbs.co.kr 홈페이지 캡처", "홈페이지 캡처", "케이비에스"),
        ("www.kbs.co.kr 사진제공", "사진제공", "케이비에스"),
        ("사진 www.kbs.co.kr 제공", "사진 제공", "케이비에스"),
    ],
)
def test_an_address_that_opens_a_sentence_is_read(written: str, said: str, not_said: str | None) -> None:
    out = normalize(written)
    assert said in out
    assert not_said is None or not_said not in out


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # a quarter's code after a maker without Q models is the quarter of its results
        ("기아 Q4 실적이 발표됐다.", "기아 사 분기 실적이"),
        ("현대차 Q3 영업이익은 늘었다.", "현대차 삼 분기 영업이익은"),
        ("테슬라 Q2 인도량이 줄었다.", "테슬라 이 분기 인도량이"),
        # after a maker of Q models it is the model
        ("아우디 Q4 e-트론이 출시됐다.", "아우디 큐 포"),
        ("Audi Q8 가격은 1억 원이다.", "큐 에잇 가격은"),
    ],
)
def test_a_quarter_code_is_a_model_only_after_a_maker_of_such_models(written: str, said: str) -> None:
    assert said in normalize(written)
