"""Readings of news kinds (headline clippings, market tables, baduk, classical programmes,
codes and register numbers): each case is a sentence, what must be said in it, and what
must not."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize

CASES = [
    # 與 and 野 standing alone are the parties a listener understands, 여당 and 야당; in an
    # established word (與野, 與圈, 野3당) they stay a syllable of it
    ('與 "수용"…野 "거부"', '여당 "수용"', '여 "'),
    ("與 원내대표가 회동을 제안했다.", "여당 원내대표가", "여 원내"),
    ("野 단독 처리에 반발했다.", "야당 단독 처리에", "야 단독"),
    ("與 지도부, 野 요구 거부", "여당 지도부, 야당 요구 거부", "여 지도부"),
    ("與野 협상이 결렬됐다.", "여야 협상이", "여당"),
    ("野3당이 공동 성명을 냈다.", "야삼당이", "야당삼당"),
    ("野 4당 대표가 모였다.", "야 사당 대표가", "야당 사당"),
    ("與圈 일각에서 반발했다.", "여권 일각에서", "여당"),
    ("野권 인사들이 모였다.", "야권 인사들이", "야당권"),
    # a double arrow between words leads to a result, said after a pause, not 에서; a figure or
    # a new state with 로 after it is still a change
    ("수요 급증 ⇒ 가격 상승", "수요 급증, 가격 상승", "에서"),
    ("금리 인하 ⇒ 대출 증가 ⇒ 집값 상승", "금리 인하, 대출 증가, 집값 상승", "에서"),
    ("수출 부진⇒성장률 하락 우려", "수출 부진, 성장률 하락", "에서"),
    ("결론: 재검토 필요 ⇒ 시행 연기", "필요, 시행 연기", "필요에서"),
    ("기존 3% ⇒ 5%로 인상", "삼 퍼센트에서 오 퍼센트로", ", 오"),
    ("투자의견 매수 ⇒ 중립으로 하향", "매수에서 중립으로", "매수,"),
    # NX after a word in capitals ends that product's name, said in English (투엑스); after
    # anything else it is still a factor (두 배)
    ("Dynamic AMOLED 2X 화면을 달았다.", "아몰레드 투엑스 화면을", "두 배"),
    ("갤럭시에 AMOLED 2X 디스플레이가 들어갔다.", "아몰레드 투엑스 디스플레이가", "두 배"),
    ("OLED 3X 패널을 공개했다.", "올레드 쓰리엑스 패널을", "세 배"),
    ("속도가 2X 빨라졌다.", "두 배 빨라졌다", "투엑스"),
    ("Space Zoom 100X 기능을 지원한다.", "백 배 기능을", "엑스"),
    ("광학 3X 줌을 갖췄다.", "세 배 줌을", "쓰리"),
    # points of baduk are counted in native numerals after 덤, 흑 or 백 and before 반, 승, 패
    # or 차; an album (정규 3집) keeps 삼집
    ("중국 규칙에 따라 백에 덤 7집 반이 주어졌다.", "덤 일곱 집 반이", "칠집"),
    ("한국 규칙 대회에서는 덤 6집 반이 적용된다.", "덤 여섯 집 반이", "육집"),
    ("최정우 9단은 백으로 2집 반 승을 거뒀다.", "두 집 반 승을", "이집"),
    ("흑 3집반 승으로 끝났다.", "흑 세 집 반 승으로", "삼집"),
    ("불과 1집 차로 졌다.", "한 집 차로", "일집"),
    ("정규 3집 앨범을 냈다.", "정규 삼집 앨범을", "세 집"),
    ("미니 2집을 발표했다.", "미니 이집을", "두 집"),
    # two decades of age joined before a word for people are the two generations, digit by
    # digit (data/counter_context.tsv, age_pair_after); before 년 or a name it is a year
    ('배급사는 "2030 관객뿐 아니라 중장년도 찾는다"고 했다.', "이공삼공 관객뿐", "이천삼십"),
    ("2030 투자자들이 코인 시장에 몰렸다.", "이공삼공 투자자들이", "이천삼십"),
    ("5060 시청자를 겨냥한 프로그램", "오공육공 시청자를", "오천육십"),
    ("4050 여성 고객이 늘었다.", "사공오공 여성", "사천오십"),
    ("2030년 목표를 세웠다.", "이천삼십 년", "이공삼공"),
    ("2030 부산엑스포 유치전", "이천삼십 부산엑스포", "이공삼공"),
    # the number of a work after its form names it, in Sino-Korean (발라드 1번 → 일 번), as
    # 교향곡 9번 already was; 왈츠를 3번 counts times
    ("쇼팽 발라드 1번 g단조를 들려준다.", "발라드 일 번", "한 번"),
    ("바흐 무반주 첼로 모음곡 1번 중 프렐류드", "모음곡 일 번", "한 번"),
    ("쇼팽 녹턴 2번을 연주했다.", "녹턴 이 번을", "두 번"),
    ("브람스 헝가리 무곡 5번이 흘렀다.", "무곡 오 번이", "다섯 번"),
    ("리스트 헝가리 랩소디 2번", "랩소디 이 번", "두 번"),
    ("그는 왈츠를 3번 추었다.", "세 번 추었다", "삼 번"),
    # a number of six digits or more after 제 and before 호 is a register's number, said digit
    # by digit; a law's number is shorter and still a number
    ("허가 번호는 제202700123호다.", "제이공이칠공공일이삼호", "이억"),
    ("등록번호 제2024000123호로 등록됐다.", "제이공이사공공공일이삼호", "이십억"),
    ("특허 제1234567호를 받았다.", "제일이삼사오육칠호", "백이십삼만"),
    ("법률 제19234호로 공포됐다.", "제만 구천이백삼십사 호", "일구이삼사"),
    ("제3호 태풍이 북상한다.", "제삼 호 태풍", "삼호"),
    # a Hangul noun written right after a code that ends in a Sino-Korean number is a word of
    # its own, so the number does not run into it (아이비 일 본부장, not 일본부장)
    ("전무 한도경(IB1본부장)", "아이비 일 본부장", "일본부장"),
    ("상무 서민재(WM2부문장)", "더블유엠 이 부문장", "이부문장"),
    ("U23대표팀이 출국했다.", "유 이십삼 대표팀이", "이십삼대표팀"),
    ("KF94마스크를 샀다.", "케이에프 구십사 마스크를", "구십사마스크"),
    ("IB1에서 근무했다.", "아이비 일에서", "일 에서"),
    # a capital right after a unit sign is a word of its own (the type of a flat), so the area
    # keeps its figure and unit: 오십구 제곱미터 에이; a Latin unit still takes its letters (mA)
    ("전용 59㎡A로 12가구 모집에 3,745명이 몰렸다.", "오십구 제곱미터 에이로", "오십구제곱미터"),
    ("전용 84㎡B는 96가구 모집에", "팔십사 제곱미터 비는", "제곱미터비"),
    ("84㎡C 타입이 가장 많다.", "팔십사 제곱미터 씨 타입이", "제곱미터씨"),
    ("5mA 전류가 흐른다.", "오 밀리암페어 전류가", "미터 에이"),
    # the carbon dioxide equivalent written alone, as after tonnes
    ("감축량은 CO₂eq 기준 1200만t이다.", "씨오투 이큐 기준", "씨오 이"),
    ("CO2e 환산 배출량", "씨오투 이 환산", "씨오 이 이"),
    # an engine's power in horsepower, metric or imperial, is 마력
    ("최고출력은 245ps에 이른다.", "이백사십오 마력에", "피에스"),
    ("엔진은 710PS를 낸다.", "칠백십 마력을", "피에스"),
    ("미국 사양은 400hp다.", "사백 마력이다", "에이치피"),
    # an engine named by its cylinders says the number in English (V6 → 브이 식스)
    ("V6 3.5ℓ 엔진은 최고출력 300마력을 낸다.", "브이 식스 삼 점 오 리터", "브이 육"),
    ("V8 엔진을 얹었다.", "브이 에잇 엔진을", "브이 팔"),
    ("V12 엔진의 소리", "브이 트웰브 엔진의", "브이 십이"),
    ("W12 엔진을 단 세단", "더블유 트웰브 엔진을", "더블유 십이"),
    # 1만 right after a number said in words (a model's) is 일만, so the two do not merge into
    # one figure (칠 만 이천 heard as 칠만 이천); elsewhere 1만 is 만
    ("미래모터스 SUV-7 1만2천대는 연료가 샐 수 있다.", "칠 일만 이천 대는", "칠 만"),
    ("A320 1만대를 주문했다.", "삼이공 일만 대를", "삼이공 만"),
    ("갤럭시 S24 1만대가 팔렸다.", "이십사 일만 대가", "이십사 만"),
    ("공급 1만2천가구가 늘었다.", "공급 만 이천 가구가", "일만"),
    # a musical work by its catalogue's number: Op. → 작품, K. → 쾨헬, D. → 도이치, and a piece
    # within the work with 의 (data/catalogues.tsv); a letter without its full stop is no catalogue
    ("베토벤 피아노 소나타 14번 '월광'(Op. 27 No. 2)으로 문을 연다.", "(작품 이십칠의 이)로", "오피"),
    ("모차르트 피아노 소나타 11번 K. 331을 연주한다.", "쾨헬 삼백삼십일을", "케이."),
    ("쇼팽 발라드 1번 Op. 23과 라벨의 곡", "작품 이십삼과", "오피"),
    ("쇼팽 녹턴 Op.9-2를 들려준다.", "작품 구의 이를", "오피"),
    ("슈베르트 피아노 소나타 D. 960", "도이치 구백육십", "디."),
    ("모차르트 교향곡 41번 KV 551", "쾨헬 오백오십일", "케이브이"),
    ("플랜 D 3개를 마련했다.", "플랜 디 세 개를", "도이치"),
    # a tyre's size is its width, profile and rim, not a fraction
    ("타이어는 245/45R19 규격이 기본이다.", "이백사십오 사십오 알 십구 규격이", "분의"),
    ("225/55 R17 타이어를 끼웠다.", "이백이십오 오십오 알 십칠 타이어를", "분의"),
    ("275/35ZR20 타이어", "이백칠십오 삼십오 제트알 이십", "분의"),
    ("100/25 비율", "이십오분의 백", "알"),
    # × between the sides of a size multiplies (곱하기); between names it pairs them (엑스)
    ("차체 크기는 전장×전폭×전고가 5,035×1,880×1,460㎜다.", "전장 곱하기 전폭 곱하기 전고가", "엑스"),
    ("넓이는 가로×세로로 구한다.", "가로 곱하기 세로로", "엑스"),
    ("높이×폭이 제한된다.", "높이 곱하기 폭이", "엑스"),
    ("나이키×디올 협업 상품", "나이키 엑스 디올", "곱하기"),
    # a measure × a count of packs is a product's pack, said as the measure and the count
    ("생수 2L×6병 묶음을 샀다.", "이 리터 여섯 병 묶음을", "곱하기"),
    ("라면(120g×5개입) 가격이 올랐다.", "백이십 그램 다섯 개입", "곱하기"),
    ("우유 200㎖×24팩", "이백 밀리리터 스물네 팩", "곱하기"),
    ("판재는 3m×4m 크기다.", "삼 미터 곱하기 사 미터", "삼 미터 사 미터"),
    # the letter x between numbers multiplies as × does, the numbers grouped by commas or not
    ("모니터 해상도는 3,840x2,160이다.", "삼천팔백사십 곱하기 이천백육십이다", "엑스"),
    ("상판은 1,200x800㎜ 크기다.", "천이백 곱하기 팔백 밀리미터", "엑스"),
    ("화면은 1920x1080, 60Hz다.", "천구백이십 곱하기 천팔십", "엑스"),
    # a rate in per cent written to two places drops the zeros that end it; one place is said
    # as written
    ("기본 연 3.10%, 조건을 채우면 연 3.30%다.", "연 삼 점 일 퍼센트", "일영"),
    ("31.45포인트(+1.20%) 오른 2,650.32에 마감했다.", "플러스 일 점 이 퍼센트", "이영"),
    ("금리는 연 3.20~3.40%로 높다.", "삼 점 이에서 삼 점 사 퍼센트로", "사영"),
    ("우대금리 0.50%p를 더한다.", "영 점 오 퍼센트포인트를", "오영"),
    ("예금금리를 2.00%로 동결했다.", "이 퍼센트로", "영영 퍼센트"),
    ("실업률이 3.0%였다.", "삼 점 영 퍼센트였다", "삼 퍼센트"),
    ("연 3.05%를 준다.", "삼 점 영오 퍼센트를", "삼 점 오 퍼센트"),
    # capitals written against a figure are what it counts, a word of their own, so a letter
    # said as a digit's name (E 이, O 오) does not join the number (십이티에이치 is twelve)
    ("10ETH를 보냈다.", "십 이티에이치를", "십이티"),
    ("1BTC=9만 달러를 넘었다.", "일 비티씨에 구만 달러를", "일비티씨"),
    ("5ATM 방수를 지원한다.", "오 에이티엠 방수를", "오에이티엠"),
    ("2PM 콘서트가 열렸다.", "투피엠 콘서트가", "이 피엠"),
    ("10GB를 준다.", "십 기가바이트를", "지비"),
    # a building's number after its road's name is read as a lot number is, not as a score
    ("사무소는 한빛시 새빛대로 88-2에 있다.", "새빛대로 팔십팔의 이에", "대 이"),
    ("한들구 미리내로 140-3 일대가 잠겼다.", "백사십의 삼 일대", "대 삼"),
    ("주소는 한들로 7길 14-3, 2층이다.", "칠길 십사의 삼", "대 삼"),
    ("접수처는 미리내로52번길 6-11(한들동)이다.", "육의 십일", "대 십일"),
    ("최종 스코어로 3-2를 기록했다.", "삼 대 이를", "삼의 이"),
    ("서로 1-1에서 멈췄다.", "일 대 일에서", "일의 일"),
    ("후반 막판 결승골로 2-1 역전승을 거뒀다.", "이 대 일 역전승을", "이의 일"),
    # a road's name with no district before it is a road all the same, unless the word before
    # 로 is a match's means or measure, or an adverb
    ("본사는 새빛대로 23-7에 있다.", "새빛대로 이십삼의 칠에", "대 칠"),
    ("한솔로 9-4 일대에 비가 내렸다.", "구의 사 일대", "구 대 사"),
    ("미리내로 110-2, 3층", "백십의 이,", "대 이"),
    ("동점골로 1-1, 승부는 원점이 됐다.", "일 대 일,", "일의 일"),
    ("희생플라이로 4-3 리드를 잡았다.", "사 대 삼 리드를", "사의 삼"),
    ("밀어내기로 2-2 동점이 됐다.", "이 대 이 동점이", "이의 이"),
    ("예측대로 3-1, 홈팀이 이겼다.", "삼 대 일,", "삼의 일"),
    # a runway by the headings of its two ends, 18 apart, after or before the word of a runway
    ("활주로 06-24가 폐쇄됐다.", "공육 이사가", "대"),
    ("여객기는 18-36 활주로에 내렸다.", "일팔 삼육 활주로", "대"),
    ("활주로 확장 공사로 3-1 계획이 바뀌었다.", "삼 대 일", "삼 일"),
    ("경기는 그대로 0-0으로 끝났다.", "영 대 영으로", "영의 영"),
    # stock indices are said by the names the market uses for them
    ("VKOSPI가 30을 넘어섰다.", "브이코스피가", "케이오"),
    ("유로 STOXX50 지수는 내렸다.", "스톡스 오십", "에스티"),
    # a DRAM node of the 10-nanometre class says its 1 in English, before the nanometre's sign
    # and alone in brackets after the class it names
    ("1a㎚ 공정 수율이 올랐다.", "원에이 나노미터 공정", "일에이"),
    ("4세대 10나노급(1a) D램을 양산한다.", "십나노급(원에이) 디램", "일에이"),
    # the node before the brackets that name its class
    ("1b(10나노급 5세대) 공정을 쓴다.", "원비(십나노급 오 세대)", "일비"),
    ("1d(10㎚급 7세대) 개발에 착수했다.", "원디(", "일디"),
    ("각주(1a)를 보라.", "각주(일에이)를", "원에이"),
    # a key of music is said by its Korean note name, a sharp or a flat before it
    ("모차르트 교향곡 제40번 g단조를 연주한다.", "사단조를", "지단조"),
    ("쇼팽 녹턴 E♭장조가 흘렀다.", "내림마장조가", "이장조"),
    ("브람스 협주곡 Bb장조", "내림나장조", "비비"),
    ("라흐마니노프 c#단조 전주곡", "올림다단조", "씨"),
    ("바흐 C 장조 프렐류드", "다장조", "씨"),
    # with two syllables or more after the key's word (에서, 이다)
    ("이 악장은 f단조에서 시작한다.", "바단조에서", "에프"),
    ("피날레는 A장조이다.", "가장조이다", "에이"),
    # capitals with a count written against them: the count read as one after the capitals
    ("공사 현장에 CCTV12대가 설치됐다.", "씨씨티브이 열두 대가", "십이대"),
    ("VIP3명이 입장했다.", "브이아이피 세 명이", "삼명"),
    ("ATM4곳이 문을 닫았다.", "에이티엠 네 곳이", "사곳"),
    ("KF94 마스크를 썼다.", "케이에프", "아흔네"),
    ("A조 1위로 올랐다.", "에이조", "가조"),
    # a price per a count of people or nights says that count once; a count per household,
    # class or bed is said as the rate is
    ("체험비는 1만2천원/1인이다.", "일 인당 만 이천 원", "일 일 인당"),
    ("숙박비는 24만원/2박이다.", "이 박당 이십사만 원", "이 일 박당"),
    ("병원 간호사는 0.8명/병상이다.", "병상당 영 점 팔 명", "명 병상"),
    ("주차 대수는 1.2대/세대다.", "세대당 일 점 이 대", "대 세대"),
    # a rate already written a word or two before the figure is not said again from its slash
    ("시간당 최대 강수량은 55㎜/h였다.", "시간당 최대 강수량은 오십오 밀리미터", "강수량은 시간당"),
    ("초당 전송 속도 120m/s", "초당 전송 속도 백이십 미터", "속도 초당"),
    ("1인당 평균 지출은 4만원/인이다.", "일 인당 평균 지출은 사만 원", "지출은 일 인당"),
    ("톤당 수입 단가 500달러/톤", "톤당 수입 단가 오백 달러", "단가 톤당"),
    ("초당 데이터 전송 속도는 16GT/s다.", "속도는 십육 기가트랜스퍼", "속도는 초당"),
    ("평균 지출은 4만원/인이다.", "지출은 일 인당 사만 원", "사만 원 인"),
    ("연봉은 6만 달러/년 수준이다.", "연봉은 연 육만 달러", "연봉은 육만"),
    # the day of the week in Hanja in brackets after a date is read as it is in Hangul
    ("예선은 8일(土)에 열린다.", "팔 일 토요일에", "팔 일에"),
    ("접수는 4.2(水) 마감이다.", "사월 이 일 수요일 마감", "사 점 이"),
    ("日 정부(日)는 답하지 않았다.", "일본 정부", "요일"),
    # a space between the date and its weekday in brackets changes nothing
    ("결선은 9일 (금) 열린다.", "구 일 금요일 열린다", "(금)"),
    ("개막은 11월 20일 (木)이다.", "십일월 이십 일 목요일이다", "(목)"),
    ("접수는 5/14 (火) 마감", "오월 십사 일 화요일 마감", "분의"),
    # an arrow before a whole number after a rank is the places it moved, in 계단; after another
    # word, ↑ and ↓ are its rise and fall; ▲ before a number and a word stays a bullet
    ("종합순위 ▼4로 밀렸다.", "종합순위 네 계단 하락으로", "종합순위 사"),
    ("2위(↑1)", "한 계단 상승", "(일)"),
    ("랭킹 ↑12계단", "열두 계단 상승", "십이"),
    ("득점 ↑7, 실점 ↓2", "득점 칠 상승, 실점 이 하락", "득점 칠,"),
    ("▲2 추진 경과", "이 추진 경과", "상승"),
    # a seat's row and letter are read as the ticket says them, not as an acronym or a floor
    ("5호차 7D석을 예매했다.", "칠디 석을", "세븐디"),
    ("기내 좌석은 32A였다.", "삼십이에이", "삼십이 에이였다"),
    ("14F석 승객", "십사에프 석", "층"),
    ("3D석이 남았다.", "삼디 석이", "쓰리디"),
    ("4D 좌석을 늘렸다.", "포디 좌석", "사디"),
    ("3D 프린터", "쓰리디 프린터", "삼디"),
    # transfers a second on a chip's bus are said as the industry says them
    ("PCIe 6.0은 64GT/s다.", "초당 육십사 기가트랜스퍼다", "지티"),
    ("LPDDR5X는 8533MT/s를 낸다.", "초당 팔천오백삼십삼 메가트랜스퍼를", "엠티"),
    # a volume named by its number is read in Sino-Korean: before the copies it sold, or beside
    # the volume after or before it; a count of books stays native
    ("3권 5만 부, 4권 3만 부가 팔렸다.", "삼 권 오만 부, 사 권 삼만 부가", "세 권"),
    ("2권에 이어 3권도 품절됐다.", "이 권에 이어 삼 권도", "두 권"),
    ("5권과 6권은 내년에 나온다.", "오 권과 육 권은", "다섯 권"),
    ("소설 2권과 시집 5권을 샀다.", "두 권과 시집 다섯 권을", "이 권과"),
    ("책 4권을 빌렸다.", "네 권을", "사 권"),
    # a camera's resolution after its number is in megapixels
    ("전면 카메라는 32MP다.", "삼십이 메가픽셀이다", "엠피"),
    ("50MP 망원 카메라를 달았다.", "오십 메가픽셀 망원", "엠피"),
    # a chip's or a supercomputer's speed in operations a second is said as the industry says it
    ("NPU 성능은 50 TOPS로 높아졌다.", "오십 톱스로", "티오피에스"),
    ("연산 속도는 2.5PFLOPS에 이른다.", "이 점 오 페타플롭스에", "피에프"),
    ("GPU 한 장이 60TFLOPS를 낸다.", "육십 테라플롭스를", "티에프"),
    # two phases of a clinical trial joined by a slash are the phases, not a fraction
    ("국내 임상 1/2a상을 마쳤다.", "임상 일 이에이상을", "분의"),
    ("임상 2/3상 시험에 들어갔다.", "임상 이 삼상 시험에", "분의"),
    ("1/2상 임상을 승인받았다.", "일 이상 임상을", "분의"),
    ("인구의 1/2 이상이 찬성했다.", "이분의 일 이상이", "일 이 이상"),
    # GT after a number is a ship's gross tonnage or a car's trim; only GT/s is a bus speed,
    # and MT alone is a metric ton
    ("11만4000GT급 크루즈선이 입항했다.", "십일만 사천 지티급", "트랜스퍼"),
    ("총톤수 5,000GT 규모의 화물선", "오천 지티 규모의", "트랜스퍼"),
    ("7만2천GT 선박이 들어왔다.", "칠만 이천 지티 선박이", "트랜스퍼"),
    ("현대차 그랜저 2.5 GT", "지티", "트랜스퍼"),
    ("BMW 3GT 모델", "지티 모델", "트랜스퍼"),
    ("기아 스팅어 3.3 GT 출시", "지티 출시", "트랜스퍼"),
    ("PCIe 5.0은 32 GT/s 속도다.", "초당 삼십이 기가트랜스퍼", "지티"),
    ("대두 50만MT를 수입했다.", "오십만", "트랜스퍼"),
    # a rate word at the start of a compound before the figure (하루평균, 연평균, 시간당최대)
    # is the rate; the slash after the figure says nothing more
    ("하루평균 3만명/일 방문했다.", "하루평균 삼만 명", "하루 삼만"),
    ("연평균 5%/년 성장했다.", "연평균 오 퍼센트", "연 오"),
    ("시간당최대 72.5㎜/hr 비가 내렸다.", "시간당최대 칠십이 점 오 밀리미터", "시간당 칠십이"),
    ("월평균 30만원/월 지출", "월평균 삼십만 원", "월 삼십만"),
    ("연간누적 120만명/년 방문", "연간누적 백이십만 명", "연 백이십만"),
    ("연구비는 2억원/년이다.", "연구비는 연 이억 원", "연구비는 이억"),
    ("일평균 방문객 2만명/일", "일평균 방문객 이만 명", "하루"),
    # a listed acronym or a floor near 좌석 keeps its reading; F is a seat only before 석 or
    # after 호차
    ("전 좌석은 4K 레이저 영사기로 상영한다.", "포케이 레이저", "사케이"),
    ("이 극장 전 좌석 4D 체험이 가능하다.", "포디 체험이", "사디"),
    ("좌석이 3D 안경과 함께 제공된다.", "쓰리디 안경과", "삼디"),
    ("좌석 전체에 3D 화면을 달았다.", "쓰리디 화면을", "삼디"),
    ("1F 좌석 500석", "일 층 좌석", "일에프"),
    ("좌석은 1F와 2F에 배치됐다.", "일 층과 이 층에", "에프"),
    ("3F 좌석을 늘렸다.", "삼 층 좌석을", "삼에프"),
    ("3호차 12F 좌석", "십이에프", "층"),
    # the change an arrow gives is said after the number with its unit, and not where a word
    # of the change follows
    ("기온 ↓5도", "오 도 하락", "하락도"),
    ("낮 기온 ↑3도", "삼 도 상승", "상승도"),
    ("미세먼지 ↑2 단계", "이 단계 상승", "상승 단계"),
    ("순위 ↑3 상승", "세 계단 상승", "상승 상승"),
    ("점수 ↑4점 올랐다.", "사 점 올랐다", "상승"),
    ("수출 ↓2 감소", "이 감소", "하락"),
    ("랭킹 ↓5 하락했다.", "다섯 계단 하락했다", "하락 하락"),
    ("기온 ↓5도를 기록했다.", "오 도 하락을", "하락도"),
    ("취업자 ↑3만 명", "삼만 명 증가", "상승만"),
    ("전년 대비 ▽3점 하락", "삼 점 하락", "하락 하락"),
    # N권, N+1권 with no cue of a series is a count, one or two books; 총/모두/전 before a
    # number of volumes and copies is a count too
    ("책 1권, 2권씩 나눠줬다.", "한 권, 두 권씩", "일 권"),
    ("소설책 2권, 3권을 읽었다.", "두 권, 세 권을", "이 권"),
    ("1인당 2권, 3권까지 빌릴 수 있다.", "두 권, 세 권까지", "이 권"),
    ("총 3권 5000부 인쇄", "세 권 오천 부", "삼 권"),
    ("모두 4권 2만 부를 찍었다.", "네 권 이만 부를", "사 권"),
    ("시리즈 1권, 2권이 나왔다.", "일 권, 이 권이", "한 권"),
    ("1권과 2권이 각각 3만 부 팔렸다.", "일 권과 이 권이", "한 권"),
    ("제3권, 4권이 나왔다.", "제삼 권, 사 권이", "네 권"),
    ("전집 3권, 4권이 출간됐다.", "삼 권, 사 권이", "세 권"),
    ("1권, 2권에 이어 3권도 나왔다.", "일 권, 이 권에 이어 삼 권도", "한 권"),
]


@pytest.mark.parametrize(("written", "said", "unsaid"), CASES)
def test_read_as_a_newsreader_says_it(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out
