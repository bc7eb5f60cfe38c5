"""Shapes of figures, marks and clippings a newsreader says one way, whatever the story: each
case is a sentence, what must be said in it, and what must not."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize

CASES = [
    # a country's clipping before 측 is said in full: its bare syllable is heard as a number or
    # a word (한 측 "one side", 일 측); 측근 and 측면 are other words and keep the clipping
    ("韓 측은 이에 대해 유감을 표명했다.", "한국 측은", "한 측"),
    ('日 측 "수용 불가"', "일본 측", "일 측"),
    ("中 측의 입장은 달랐다.", "중국 측의", "중 측"),
    ("美 측과 협의를 이어가기로 했다.", "미국 측과", "미 측"),
    ("北 측 대표단이 판문점에 도착했다.", "북한 측", "북 측"),
    ("尹 측근 인사들이 모였다.", "윤 측근", "측 근"),
    # an arrow after a figure with the direction said in words right after it is not said
    # twice; with none after it, a figure rises or falls (상승/하락) as a market's does
    ("전년 동기比 23%↑ 늘었다", "이십삼 퍼센트 늘었다", "상승"),
    ("위반 건수가 17.2%↓ 줄었지만", "십칠 점 이 퍼센트 줄었지만", "하락"),
    ("수출액이 10억 달러↑ 늘었다.", "십억 달러 늘었다", "상승"),
    ("수출 5%↑ 증가세를 보였다", "오 퍼센트 증가세", "상승"),
    ("외국인 순매수 10억 달러↑", "십억 달러 상승", "달러↑"),
    ("배추 1포기 3,500원↑ 올랐다", "삼천오백 원 올랐다", "상승"),
    ("취업자가 18만 명↑ 늘어", "십팔만 명 늘어", "증가"),
    ("금리↑ 물가↓", "금리 상승 물가 하락", "증가"),
    # 인 after a golf hole's par (or another number said in English after its name) is the
    # copula before the noun it describes, not the counter of people: 파 포인 십육 번 홀
    ("그는 파4인 16번 홀에서 버디를 잡았다.", "파 포인 십육 번 홀", "사 인"),
    ("파5인 18번 홀에서 이글을 기록했다.", "파 파이브인 십팔 번", "오 인"),
    ("파3인 12번 홀에서 홀인원이 나왔다.", "파 쓰리인 십이 번", "삼 인"),
    ("와이파이 7인 공유기가 출시됐다.", "와이파이 세븐인 공유기", "칠 인"),
    ("4인 가족이 파3 골프장을 찾았다.", "사 인 가족이 파 쓰리 골프장", "포인"),
    # a span of years in brackets after a kingdom, a dynasty or an age whose second year is of
    # three digits is said year by year, as four-digit spans are; a value's span stays figures
    ("통일신라(676~935) 시기의 유물이 출토됐다.", "육백칠십육 년에서 구백삼십오 년", "칠십육에서"),
    ("발해(698~926)의 영토는 넓었다.", "육백구십팔 년에서 구백이십육 년", "팔에서"),
    ("광개토대왕(374~412)의 업적을 기렸다.", "삼백칠십사 년에서 사백십이 년", "사에서"),
    ("백제(기원전 18~660)는 한강 유역에서 일어났다.", "기원전 십팔 년에서 육백육십 년", "십팔에서"),
    ("신라 진흥왕(재위 540~576)은 영토를 넓혔다.", "재위 오백사십 년에서 오백칠십육 년", "사십에서"),
    ("세종(재위 1418~1450) 때 한글이 만들어졌다.", "천사백십팔 년에서 천사백오십 년", "팔에서"),
    ("목표 점수(650~900)를 정했다.", "육백오십에서 구백", "년"),
    # 단 after greens sold by the bunch counts bunches in native numerals; a grade, a stage or a
    # gear stays Sino-Korean (태권도 삼 단, 삼 단 변속)
    ("대파 3단에 4,980원을 받는다.", "대파 세 단에", "삼 단"),
    ("시금치 2단과 쪽파 1단을 샀다.", "시금치 두 단과 쪽파 한 단을", "이 단"),
    ("미나리 20단을 납품했다.", "미나리 스무 단을", "이십 단"),
    ("태권도 3단인 그는 사범이 됐다.", "태권도 삼 단인", "세 단"),
    ("3단 변속 기어를 달았다.", "삼 단 변속", "세 단"),
    ("로켓은 2단 분리에 성공했다.", "이 단 분리", "두 단"),
    # an equals sign between a figure with its unit and a figure is a unit given in another,
    # said with the topic particle (금 1돈=3.75g → 한 돈은); before a price it stays 에
    ("금 1돈=3.75g으로 환산된다.", "한 돈은 삼 점 칠오 그램으로", "한 돈 삼"),
    ("1인치=2.54㎝로 계산했다.", "일 인치는 이 점 오사 센티미터", "인치 이"),
    # a basis point given as a percentage point is a unit given in another, where a label's
    # figure before a percentage (3분기=2.1%) is not
    ("금리는 12bp(1bp=0.01%p) 올랐다.", "일 베이시스포인트는 영 점 영일 퍼센트포인트", "베이시스포인트 영 점"),
    ("1bp = 0.01%로 환산한다.", "일 베이시스포인트는 영 점 영일 퍼센트로", "베이시스포인트 영"),
    ("인하 폭은 0.25%p(1%p=100bp)다.", "일 퍼센트포인트는 백 베이시스포인트", "퍼센트포인트 백"),
    ("1평=3.3㎡ 기준이다.", "일 평은 삼 점 삼 제곱미터", "평 삼"),
    ("1oz = 31.1g이다.", "일 온스는 삼십일 점 일 그램", "온스 는"),
    ("금 1돈=58만 원을 넘었다.", "한 돈에 오십팔만 원", "돈은"),
    # two currencies joined by a middle dot name an exchange rate's pair, said apart however
    # long each is; two other syllables are one word (남북, 여야)
    ("원·엔 환율은 100엔당 912.4원이다.", "원 엔 환율은", "원엔"),
    ("원·엔과 원·위안, 원·달러 환율이 모두 올랐다.", "원 엔과 원 위안, 원 달러", "원엔"),
    ("엔·원 환율이 뛰었다.", "엔 원 환율", "엔원"),
    ("원·동 환율도 올랐다.", "원 동 환율", "원동"),
    ("남·북 관계가 풀렸다.", "남북 관계", "남 북"),
    # a strength given per a measure, a slash between two figures with their units, is said
    # 퍼 as a unit per a unit is (mg/kg); a price per a weight stays 당
    ("시럽 제형(160mg/5mL)으로 환산하면", "백육십 밀리그램 퍼 오 밀리리터", "밀리그램 오"),
    ("120mg/5mL 시럽을 처방했다.", "백이십 밀리그램 퍼 오 밀리리터 시럽을", "밀리그램 오"),
    # a power or a torque over an engine speed is reached at that speed, not divided by it
    ("최고출력 245hp/5800rpm을 낸다.", "이백사십오 마력, 오천팔백 알피엠을", "퍼"),
    ("최대토크 36.7kgf·m/1500RPM이다.", "삼십육 점 칠 킬로그램미터, 천오백 알피엠이다", "퍼"),
    ("출력은 110kW/4000rpm이다.", "백십 킬로와트, 사천 알피엠이다", "퍼"),
    ("주사제 10mg/2mL를 투여했다.", "십 밀리그램 퍼 이 밀리리터를", "밀리그램 이"),
    ("1회 10~15mg/kg을 먹인다.", "십에서 십오 밀리그램 퍼 킬로그램을", "퍼 퍼"),
    ("3만 원/5kg에 팔린다.", "오 킬로그램당 삼만 원", "퍼"),
    # ≒ in an exchange rate or a price of a quantity is said 에 약, as = there is 에; elsewhere
    # it stays 약
    ("1바트≒40원으로 계산하면 된다.", "일 바트에 약 사십 원", "바트 약"),
    ("환율은 1달러≒1,400원 수준이다.", "일 달러에 약 천사백 원", "달러 약"),
    ("1달러 ≒ 1,400원 안팎이다.", "일 달러에 약 천사백 원", "달러 약"),
    ("금 1돈≒60만 원에 거래됐다.", "한 돈에 약 육십만 원", "돈 약"),
    ("오차는 ≒0.5% 수준이다.", "오차는 약 영 점 오 퍼센트", "에 약"),
    # 韓 before a word that is no title, or a figure, is Korea: its bare 한 is the native "one"
    # there (한 관광객, "a tourist"); before a title it is the surname, and in compounds 한
    ("日 엔화 가치 1/3 토막…韓 관광객 2배↑", "한국 관광객", "한 관광객"),
    ("中 위안화 약세에 韓 수출 비상", "한국 수출 비상", "한 수출"),
    ("넷플릭스 韓 가입자는 1200만명이다.", "한국 가입자는", "한 가입자"),
    ("韓 3위로 밀려났다.", "한국 삼 위로", "한 삼"),
    ("韓 총리, 美 측과 통화", "한 총리", "한국 총리"),
    ("韓 전 대표가 출마를 선언했다.", "한 전 대표가", "한국 전"),
    ("韓美 정상회담이 열렸다.", "한미 정상회담", "한국"),
    ("韓 대표팀, 8강 진출", "한국 대표팀", "한 대표팀"),
    ("韓 안전 점검 강화", "한국 안전 점검", "한 안전"),
    ("韓 권한대행이 거부권을 행사했다.", "한 권한대행이", "한국 권한대행"),
    ("韓 대표는 이날 기자회견을 열었다.", "한 대표는", "한국 대표"),
    # an arrow between figures with a unit in Latin letters or a unit sign is a change, 에서, as
    # it is between figures with a counter in Hangul, in a chain of steps too
    ("주 1회 0.25mg→0.5mg→1mg 순으로 늘린다.", "이오 밀리그램에서 영 점 오 밀리그램에서 일", "밀리그램 영"),
    ("3kg→5kg→7kg 순으로 늘렸다.", "삼 킬로그램에서 오 킬로그램에서 칠 킬로그램", "킬로그램 오"),
    ("10㎍→20㎍으로 증량했다.", "십 마이크로그램에서 이십 마이크로그램", "마이크로그램 이십"),
    # a middle dot after a counter parts two numbered items, each its own word
    ("제29조 제1항·제2항 위반 시", "제일 항 제이 항", "항제이"),
    ("제3조·제5조를 고쳤다.", "제삼 조 제오 조", "조제오"),
    ("1항·2항에 따라", "일 항 이 항", "항이 항"),
    # the baht's sign before its amount is the baht, as the dollar's and the dong's are
    ("฿500은 약 2만 원이다.", "오백 바트는", "오백은"),
    ("입장료는 ฿1,200이다.", "천이백 바트", "천이백이다"),
    # a rate of an amount in 만 of a currency, a space before the currency, is said with 에
    ("베트남 1만 동≒540원 수준이다.", "만 동에 약 오백사십 원", "동 약"),
    ("1만 동=540원으로 계산했다.", "만 동에 오백사십 원", "동 오백"),
    # a total after a sum on its line is no rate
    ("적립금 7,200만 원 + 운용수익 3,120만 원 = 1억 320만 원", "삼천백이십만 원 일억", "원에 일억"),
    ("3만 원+2만 원=5만 원", "이만 원은 오만 원", "원에 오만"),
    # 比 before a signed figure of any unit is 대비, as before a signed percentage; and a signed
    # temperature after a word of comparison is a difference, 마이너스, not 영하
    ("해수욕장 수온은 18.5℃(평년比 +1.2℃)다.", "평년 대비 플러스 일 점 이 도", "평년비"),
    ("판매가는 전월比 -3,200원 내렸다.", "전월 대비 마이너스 삼천이백 원", "필리핀"),
    ("전년 比 -2.1℃ 낮았다.", "전년 대비 마이너스 이 점 일 도", "영하"),
    ("평균기온은 평년 대비 -1.2℃였다.", "대비 마이너스 일 점 이 도", "영하"),
    ("평년보다 -0.8℃ 낮았다.", "평년보다 마이너스 영 점 팔 도", "영하"),
    ("평년(-3.2℃)보다 추웠다.", "영하 삼 점 이 도", "마이너스"),
    ("比 6.8 강진이 발생했다.", "필리핀 육 점 팔", "대비"),
    # two or more asterisks that open a line before a space mark a footnote, unsaid as one
    # asterisk is; against a name they still withhold it (김** 씨 → 김모 씨)
    ("** 괄호 안은 전년 대비 증감", "괄호 안은", "모"),
    ("* 2025년 잠정치 기준\n** 괄호 안은 증감", "\n괄호 안은", "모 괄호"),
    ("*** 단위: 억 원", "단위", "모"),
    ("김** 씨는 이렇게 말했다.", "김모 씨는", "김 씨"),
    # an arrow after a multiple is a growth, 증가, as after a count of people or things
    ("韓 관광객 2배↑", "두 배 증가", "상승"),
    ("해외 예약 3배 ↑, 국내 예약 ↓", "세 배 증가", "배 상승"),
    # an arrow after an age is a bound, 이상/이하, as age groups are marked; after a count of
    # people it is still a growth
    ("노인(65세↑)은 1회 용량을 줄인다.", "육십오 세 이상", "상승"),
    ("만 12세↓ 어린이는 복용 금지", "십이 세 이하", "하락"),
    ("20살↑ 성인만 가입할 수 있다.", "스무 살 이상", "상승"),
    ("취업자 18만 명↑", "십팔만 명 증가", "이상"),
    # a fraction before a counter of people, cases or places is so many of that count, 중; a
    # part of one thing measured or counted is still a fraction
    ("위반 사항 시정률 94.7%(361/382건)", "삼백팔십이 건 중 삼백육십일 건", "분의"),
    ("응답자 3/5명이 찬성했다.", "다섯 명 중 세 명이", "분의"),
    ("조사 대상 12/20곳에서 적발됐다.", "스무 곳 중 열두 곳에서", "분의"),
    ("밀가루 1/2컵을 넣는다.", "이분의 일 컵", "중"),
    ("무게는 3/4kg이다.", "사분의 삼 킬로그램", "중"),
]


@pytest.mark.parametrize(("text", "said", "not_said"), CASES)
def test_shape(text: str, said: str, not_said: str) -> None:
    out = normalize(text)
    assert said in out, out
    assert not_said not in out, out


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("฿100=4,000원", "백 바트에 사천 원"),
        ("₫10,000=540원", "만 동에 오백사십 원"),
        ("₹100=1,600원", "백 루피에 천육백 원"),
        ("₱1,000=2만 4,000원", "천 페소에 이만 사천 원"),
        ("1홍콩달러=175원", "일 홍콩달러에 백칠십오 원"),
        ("1싱가포르달러≒1,030원", "일 싱가포르달러에 약 천삼십 원"),
        ("쌀 1kg=3만 동", "일 킬로그램에 삼만 동"),
        ("원유 1배럴=₹6,000", "일 배럴에 육천 루피"),
        # the rates and prices the signs and names said so before
        ("1달러=1,385원", "일 달러에 천삼백팔십오 원"),
        ("$1=₩1,385", "일 달러에 천삼백팔십오 원"),
        ("1만 동=540원으로 계산했다.", "만 동에 오백사십 원"),
        ("금 1돈=58만 원", "한 돈에 오십팔만 원"),
    ],
)
def test_every_currency_makes_a_rate_or_a_price(text: str, said: str) -> None:
    """Every currency the reader says, by its sign before the amount (money.CURRENCY_BEFORE: ฿,
    ₫, ₹) or its name after it (data/currency_codes.tsv: 홍콩달러, 동), gives an amount in another
    currency or the price of a quantity with 에, as the dollar and the won do: ฿100=4,000원 is
    백 바트에 사천 원, not 백 바트은."""
    assert said in normalize(text)


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        ("총사업비 1억 원=5,000만 원+5,000만 원", "일억 원은 오천만 원", "원에"),
        ("월 납입액 50만 원=600만 원÷12", "오십만 원은 육백만 원", "원에"),
        ("연봉 6,000만 원=500만 원×12개월", "육천만 원은 오백만 원", "원에"),
        ("총사업비 1억원=5,000만원+5,000만원", "일억 원 오천만 원", "원에"),
        ("100달러=50달러+50달러", "백 달러 오십 달러", "달러에"),
        ("$100=$50+$50", "백 달러는 오십 달러", "달러에"),
        ("฿100=฿60+฿40", "백 바트는 육십 바트", "바트에"),
        # a rate stays a rate whatever sum stands before it on its line
        ("2+2 회담 직후 1달러=83루피", "일 달러에 팔십삼 루피", "달러 팔십삼"),
        ("3+4 합의 뒤 $1=₩1,450까지 올랐다", "일 달러에 천사백오십 원", "달러 천사백"),
        ("1+1 행사 중 1만 동≒540원", "만 동에 약 오백사십 원", "동 약"),
        ("2+2 회담 뒤 1홍콩달러=180원", "일 홍콩달러에 백팔십 원", "홍콩달러 백"),
        # the sums and rates said so before
        ("적립금 7,200만 원 + 운용수익 3,120만 원 = 1억 320만 원", "삼천백이십만 원 일억", "원에 일억"),
        ("3만 원+2만 원=5만 원", "이만 원은 오만 원", "원에 오만"),
        ("1만 동=540원으로 계산했다.", "만 동에 오백사십 원", "동 오백"),
        ("1BTC=9만 달러를 넘었다.", "일 비티씨에 구만 달러", "비티씨 구만"),
        ("기준환율은 1 USD = 1,380원이다.", "일 달러에 천삼백팔십 원", "달러 천삼백"),
    ],
)
def test_an_amount_equal_to_one_of_its_own_currency_is_no_rate(text: str, said: str, not_said: str) -> None:
    """An amount before an equals sign is given in another currency (an exchange rate, said with
    에) only where the figure after the sign is of a different currency: 1억 원=5,000만
    원+5,000만 원 breaks the sum down, 일억 원은 오천만 원 플러스, not 일억 원에; a sum before
    the rate elsewhere on its line (2+2 회담) leaves it a rate."""
    out = normalize(text)
    assert said in out
    assert not_said not in out


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("진흥왕(재위기간 540~576)", "오백사십 년에서 오백칠십육 년"),
        ("진흥왕(재위: 540~576)", "오백사십 년에서 오백칠십육 년"),
        ("세종(재위 기간 1418~1450)은 한글을 만들었다.", "천사백십팔 년에서 천사백오십 년"),
        ("광개토대왕(재위:391~412)", "삼백구십일 년에서 사백십이 년"),
        ("장수왕(재위기간: 413~491)", "사백십삼 년에서 사백구십일 년"),
        # the reigns said so before
        ("신라 진흥왕(재위 540~576)은 영토를 넓혔다.", "오백사십 년에서 오백칠십육 년"),
        ("세종(재위 1418~1450) 때", "천사백십팔 년에서 천사백오십 년"),
    ],
)
def test_a_reign_labelled_any_way_is_years(text: str, said: str) -> None:
    """The span of a reign is of years however its label is written in the bracket (재위,
    재위기간, 재위 기간, 재위:): 진흥왕(재위기간 540~576) is 오백사십 년에서 오백칠십육 년, not
    the bare figures 오백사십에서 오백칠십육."""
    assert said in normalize(text)


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        ("韓 대표 기업 삼성전자", "한국 대표 기업", "한 대표"),
        ("韓 대표 관광지", "한국 대표 관광지", "한 대표"),
        ("韓 대표 음식 김치가 인기다", "한국 대표 음식", "한 대표"),
        ("韓 대표 선수들이 입국했다", "한국 대표 선수들이", "한 대표"),
        # the title heads its phrase: before a particle, a comma, a quote, the end, or a word of
        # the person (측근), as before
        ("韓 대표는 이날 기자회견을 열었다.", "한 대표는", "한국 대표"),
        ("韓 대표, 사퇴 일축", "한 대표,", "한국 대표"),
        ('韓 대표 "사퇴 없다"', "한 대표", "한국 대표"),
        ("與 지도부 회동 뒤 韓 대표", "한 대표", "한국 대표"),
        ("韓 대표 측근 인사들", "한 대표 측근", "한국 대표"),
        # the leader's deeds and office after the title: the surname
        ("韓 대표 사퇴 일축", "한 대표 사퇴", "한국 대표"),
        ("韓 대표 체제 출범", "한 대표 체제", "한국 대표"),
        ("韓 대표 기자회견 열어", "한 대표 기자회견", "한국 대표"),
        ("韓 대표 주장에 반박", "한 대표 주장", "한국 대표"),
        # what a country is represented by: Korea
        ("韓 대표 브랜드 수출 확대", "한국 대표 브랜드", "한 대표"),
        ("韓 대표 축제로 자리매김", "한국 대표 축제로", "한 대표"),
        ("韓 전 대표가 출마를 선언했다.", "한 전 대표가", "한국 전"),
        ("韓 총리 방미", "한 총리", "한국 총리"),
        ("韓 대표팀, 8강 진출", "한국 대표팀", "한 대표팀"),
    ],
)
def test_a_title_before_the_noun_it_qualifies_is_no_title(text: str, said: str, not_said: str) -> None:
    """A word that is a title and also qualifies the noun after it (대표: the leader, or the
    representative one) keeps 韓 the surname only where it heads its phrase: 韓 대표는, 韓 대표,
    韓 대표 "…"; before the noun it qualifies, 韓 is Korea (韓 대표 기업 → 한국 대표 기업, not
    한 대표 기업, heard as 'one representative firm')."""
    out = normalize(text)
    assert said in out
    assert not_said not in out


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        # 전 before a noun of the whole country: all, and 韓 is Korea
        ("韓 전 업종 수출 감소", "한국 전 업종", "한 전"),
        ("韓 전 세계 3위", "한국 전 세계", "한 전"),
        ("韓 전 국민에게 지원금", "한국 전 국민에게", "한 전"),
        # 전 before a title: the former, and 韓 the surname
        ("韓 전 장관이 말했다", "한 전 장관이", "한국 전"),
        ("韓 전 총리 소환", "한 전 총리", "한국 전"),
        # a person after 전 is the former one named 한, not all of Korea's
        ("韓 전 선수가 은퇴했다", "한 전 선수가", "한국 전"),
        ("韓 전 배우 복귀", "한 전 배우", "한국 전"),
        ("韓 전 작가의 신작", "한 전 작가의", "한국 전"),
        ("韓 전 가수가 말했다", "한 전 가수가", "한국 전"),
        ("韓 전 분야 성장", "한국 전 분야", "한 전"),
        # 대표 still qualifies a person of the country's (韓 대표 가수)
        ("韓 대표 가수 공연", "한국 대표 가수", "한 대표"),
        # a noun that only starts another word is no noun of the whole (산업부: a ministry)
        ("韓 전 산업부 차관 사퇴", "한 전 산업부", "한국 전"),
        ("韓 전 국민연금 이사장", "한 전 국민연금", "한국 전"),
        # a title of more than one syllable still qualifies the noun however it goes on
        ("韓 대표 음식인 김치", "한국 대표 음식인", "한 대표"),
        ("韓 대표 관광지이자 명소", "한국 대표 관광지이자", "한 대표"),
    ],
)
def test_jeon_after_han_is_all_before_a_noun_and_former_before_a_title(text: str, said: str, not_said: str) -> None:
    """韓 전 산업 is Korea's whole industry, 한국 전 산업, not 한 전 산업 heard as a former
    official named 한; 韓 전 대표 stays the former leader 한."""
    out = normalize(text)
    assert said in out
    assert not_said not in out
