"""Readings a word around a figure or a name decides, each kept to the class it was made for:
a place of two surnames, an arrow after a measure, a rate written once, a final -em, a phone
sign between two words, a period of a life."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # the second word is read as the given name: one marked a word in
        # romanized_surnames.tsv (Kong) keeps the pair English, a place
        ("Hong Kong 증시가 하락했다.", "홍 콩", "홍 공"),
        ("Hong Kong에서 열린 회의", "홍 콩에서", "홍 공"),
        ("Hong Kong 달러가 약세다.", "홍 콩 달러", "홍 공"),
        # a given name that is no word still reads as Korean
        ("Han Kang 작가가 수상했다.", "한강", "캥"),
        ("Do Kwon 대표가 체포됐다.", "도권", "퀀"),
        ("Song Kang 배우가 출연했다.", "송강", "캥"),
    ],
)
def test_two_surnames_are_a_name_only_when_the_second_is_no_word(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # a unit is known by how it is said, however it is written: m² as ㎡, cm as ㎝
        ("전용면적 85m²↑ 아파트", "팔십오 제곱미터 이상"),
        ("부지 3,000m²↑ 공장", "삼천 제곱미터 이상"),
        ("적재 10m³↑ 트럭", "십 세제곱미터 이상"),
        ("키 130 cm↑ 어린이", "백삼십 센티미터 이상"),
        # the cases the bound was made for
        ("전용 85㎡↑ 아파트", "팔십오 제곱미터 이상"),
        ("높이 4m↑ 트럭", "사 미터 이상"),
        ("30㎏↓ 어린이", "삼십 킬로그램 이하"),
        ("노인(65세↑)", "육십오 세 이상"),
        ("30홈런↑을 목표로", "삼십 홈런 이상을"),
        # a rate and a count still change
        ("금리 3.2%↑", "삼 점 이 퍼센트 상승"),
        ("취업자 18만 명↑", "십팔만 명 증가"),
    ],
)
def test_an_arrow_after_a_size_or_a_weight_is_a_bound(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # an arrow after a measure of a quantity that rises or falls reports its change
        ("체중 5㎏↑ 당뇨 위험 2배", "오 킬로그램 상승", "이상"),
        ("쌀 수입 10만 톤↑", "십만 톤 상승", "이상"),
        ("해수면 30㎝↑ 위협", "삼십 센티미터 상승", "이상"),
        ("허리둘레 5㎝↑ 심장병 위험", "오 센티미터 상승", "이상"),
        ("쌀 수출 5만t↑", "오만 톤 상승", "이상"),
        ("온실가스 배출량 2만t↓", "이만 톤 하락", "이하"),
        # a size or a weight that a notice sets is still a bound
        ("높이 4m↑ 트럭", "사 미터 이상", "상승"),
        ("30㎏↓ 어린이", "삼십 킬로그램 이하", "하락"),
        ("키 130 cm↑ 어린이", "백삼십 센티미터 이상", "상승"),
        ("중량 3.5t↑ 화물차는 통행이 금지된다.", "삼 점 오 톤 이상", "상승"),
        ("몸무게 30㎏↓ 어린이는 보조 의자를 쓴다.", "삼십 킬로그램 이하", "하락"),
    ],
)
def test_an_arrow_after_a_quantity_that_changes_is_its_change(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # a rate written before the figure, in any of its spellings, with a particle or a short
        # word between, is said once: the slash after the figure adds nothing
        ("하루에 최대 60mg/kg/일 투여한다.", "하루에 최대 육십 밀리그램", "하루 육십"),
        ("연간 3만t/년 규모다.", "연간 삼만 톤", "연 삼만"),
        ("매일 5㎏/일을 먹는다.", "매일 오 킬로그램을", "하루"),
        # written with one (1일, 1년) before a figure whose slash is the same rate, said as the
        # rate: not 일 일 (the first of a month, or il il) with nothing after
        ("1일 60mg/kg/일 투여", "하루 육십 밀리그램 퍼 킬로그램", "일 일"),
        ("환자에게 1일 2,000mg/일을 투여했다", "하루 이천 밀리그램을", "일 일"),
        ("1일 최대 60mg/kg/일 투여", "하루 최대 육십 밀리그램", "일 일"),
        ("1일 평균 52만 대/일 운행", "하루 평균 오십이만 대", "일 일"),
        ("1년 3만t/년 생산", "연 삼만 톤", "일 년"),
        # a day of a month stays a date; a rate that is not the slash's stays as written
        ("5월 1일 60mg/일 투여", "오월 일 일", "하루"),
        ("지난 1일 60mg/kg/일 투여를 시작했다", "지난 일 일", "하루 육십"),
        ("1일 60mg/kg/년 투여", "일 일", "하루"),
        ("매년 약 2만 명/년 입국", "매년 약 이만 명", "연 이만"),
        ("1인당 3개/인 지급", "일 인당 세 개", "인당 일 인당"),
        ("한 달 평균 20건/월 접수", "평균 이십 건", "월 이십"),
        # the cases the rule was made for, and a rate written nowhere else
        ("하루 60mg/kg/일 투여", "하루 육십 밀리그램 퍼 킬로그램", "하루 하루"),
        ("하루 52만 대/일 생산", "하루 오십이만 대", "하루 하루"),
        ("5㎏/일을 먹는다", "하루 오 킬로그램을", "하루 하루"),
        ("3만t/년 규모", "연 삼만 톤", "연 연"),
        ("공연 3회/년 열린다", "공연 연 삼 회", "공연 삼 회"),
        # a speed's rate is still said once after its word
        ("시속 약 80km/h", "시속 약 팔십 킬로미터", "시속 시속"),
        ("최고 시속은 250㎞/h", "이백오십 킬로미터", "시속 이백"),
        # four to six words between the rate and its figure
        ("시간당 최고 누적 강우량 측정값은 62㎜/h였다", "측정값은 육십이 밀리미터", "측정값은 시간당"),
        ("1인당 한 달 평균 외식 지출은 12만원/인이다", "지출은 십이만 원", "지출은 일 인당"),
        ("하루 평균 한빛시 전체 물 사용량은 3만t/일이다", "사용량은 삼만 톤", "사용량은 하루"),
    ],
)
def test_a_rate_written_before_a_figure_is_said_once(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        # a final -em keeps the schwa's 엄 unless the word is listed for 엠
        ("tandem 태양전지를 개발했다.", "탠덤", "탠뎀"),
        ("국가 anthem 을 불렀다.", "앤섬", "앤셈"),
        ("미국 Salem 시에서", "세일럼", "세일렘"),
        ("problem 을 풀었다.", "프로블럼", "프로블렘"),
        # the words listed for it, and their plurals
        ("modem 을 교체했다.", "모뎀", "모덤"),
        ("items 를 판매한다.", "아이템스", "아이텀스"),
        ("systems 를 도입했다.", "시스템스", "시스텀스"),
        ("Harlem 에서 공연했다.", "할렘", "할럼"),
    ],
)
def test_a_final_em_is_em_only_in_a_word_listed_for_it(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # the sign unsaid between a phone word and its number written against both keeps them apart
        ("문의전화☎1577-1234", "문의전화 일오칠칠 일이삼사"),
        ("문의전화☎02-123-4567", "문의전화 공이 일이삼"),
        ("연락처:☎1577-1234", "연락처: 일오칠칠"),
        ("콜센터☎1588-0000으로 문의", "콜센터 일오팔팔 공공공공으로"),
        # the cases the rule was made for: a space on either side
        ("상담전화 ☎109", "상담전화 일공구"),
        ("상담전화 ☎ 02-123-4567", "상담전화 공이 일이삼"),
        ("상담전화☎ 109", "상담전화 일공구"),
        # no phone word before it: the sign is said
        ("문의 ☎1577-1234", "문의 전화 일오칠칠"),
    ],
)
def test_a_phone_sign_after_a_phone_word_is_unsaid_and_keeps_the_words_apart(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # a word that only ends like a person of the past (한국사, 주미대사, 해운선사) makes no
        # bracketed span a life's years
        ("한국사 시험(150~200)", "백오십에서 이백"),
        ("해운선사 운임(300~450)", "삼백에서 사백오십"),
        ("주미대사 관저(120~180)", "백이십에서 백팔십"),
        # a person of the past, a compound (유학자, 의학자) too, still does
        ("고승 원효(617~686)", "육백십칠 년에서 육백팔십육 년"),
        ("유학자 최치원(857~908)", "팔백오십칠 년에서 구백팔 년"),
        ("장군 김유신(595~673)", "오백구십오 년에서 육백칠십삼 년"),
    ],
)
def test_a_life_s_years_follow_only_a_word_of_a_person_of_the_past(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # a listed term of two words hyphened reads as it does written apart
        ("손흥민 Hat-trick 달성", "해트 트릭"),
        ("Baskin-Robbins 매장", "배스킨 라빈스"),
        ("손흥민 hat trick 달성", "해트 트릭"),
    ],
)
def test_a_term_of_two_words_reads_the_same_hyphened(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Kim Jong Un 위원장", "김정은 위원장"),
        ("Moon Jae In 대통령", "문재인 대통령"),
        ("Lee Jae Myung 대표", "이재명 대표"),
        ("Ban Ki Moon 전 총장", "반기문 전 총장"),
        ("명단에는 Son Heung Min이 있었다", "손흥민이"),
        ("Kim Jong Un, Moon Jae In 두 정상이 만났다", "김정은, 문재인 두"),
        ("Park Ji Sung과 Lee Young Pyo가 뛰었다", "박지성과 이영표가"),
    ],
)
def test_a_korean_name_written_as_three_words_is_said_whole(written: str, said: str) -> None:
    """A Korean name in Latin letters with its given name written as two words (Kim Jong Un) is
    said as Korean writes it, 김정은, not three syllables apart (김 정 은)."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # a given name joined by a hyphen, or written as one word, goes with its surname
        ("Kim Yo-jong 부부장이 말했다", "김여정 부부장이"),
        ("Hwang Hee-chan이 골을 넣었다", "황희찬이"),
        ("Yoon Suk-yeol 전 대통령", "윤석열 전 대통령"),
        ("BTS 멤버 Park Jimin이 입대했다", "박지민이"),
        # the English order, given name first, is said in the Korean order
        ("Hee-chan Hwang 선수가 뛰었다", "황희찬 선수가"),
        # two surnames, a given name of one syllable
        ("Song Kang 배우", "송강 배우"),
    ],
)
def test_a_korean_name_with_a_hyphened_given_name_is_said_whole(written: str, said: str) -> None:
    """The surname and a given name joined by a hyphen (Kim Yo-jong) are one name, said as
    Korean writes it, 김여정, not 김 여정 heard as a surname apart."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        ("Kim Yo Jong(김여정) 부부장", "김여정 부부장", "김여정(김여정)"),
        ("Hwang Hee-chan(황희찬)이 뛰었다", "황희찬이", "황희찬(황희찬)"),
        # the bracket's Hangul is said where the letters read otherwise
        ("Lee Byung-hun(이병헌)이 출연했다", "이병헌이", "이병훈"),
        # a bracket that is no reading of the name stays
        ("Kim Yo-jong(부부장)이 말했다", "김여정(부부장)", "김여정이"),
        ("Park Ji-sung(박 감독)이 말했다", "박지성(박 감독)", "박지성이"),
        # a title after the surname, even one a syllable from the given name, is no reading of it
        ("Kim Jang-hoon(김 장관)이 말했다", "김장훈(김 장관)", "김 장관이 말"),
        ("Choi Min-ho(최 의원)가 밝혔다", "최민호(최 의원)", "최 의원가"),
        ("Lee Jae-myung(이 대표)이 말했다", "이재명(이 대표)", "이재명가"),
    ],
)
def test_a_korean_name_before_its_hangul_is_said_once(written: str, said: str, unsaid: str) -> None:
    """A Korean name in Latin letters followed by its Hangul in brackets is said once, as the
    Hangul writes it (the reverse, 김정은(Kim Jong Un), already leaves the bracket unsaid)."""
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        ("하루가 아닌 1일 2회 투여한다", "하루 이 회 투여", "일 일"),
        ("1일 4번씩 소독한다", "하루 네 번씩", "일 일"),
        ("1주 3회 수업이 있다", "주당 삼 회", "일 주"),
        ("1년 2차례 정기 점검", "연 두 차례", "일 년"),
        # a day of a month, or after 지난, stays a date; a round (회차) is no count of times
        ("6월 1일 2회 공연", "유월 일 일 이 회", "하루"),
        ("지난 1일 2차례 회의", "일 일 두 차례", "하루"),
        ("1일 2회차 공연", "일 일 이 회차", "하루"),
        # the first of a month listed after another day (30일과 1일, 31일, 1일) is a date too
        ("이달 30일과 1일 2회 공연", "일과 일 일 이 회", "하루"),
        ("지난달 31일과 1일 3차례", "일과 일 일 세 차례", "하루"),
        ("행사는 31일, 1일 2회 열린다", "일, 일 일 이 회", "하루"),
        ("30일·1일 2회 공연", "일 일 이 회", "하루"),
        ("28일 및 1일 4회 상영", "일 일 사 회", "하루"),
        ("환자는 하루 2번, 1일 3회 먹는다", "하루 삼 회", "일 일"),
    ],
)
def test_a_rate_written_with_a_number_before_a_count_of_times_is_the_rate(written: str, said: str, unsaid: str) -> None:
    """1일 before a count of times (1일 3회 복용) is 하루, how often, not 일 일 heard as the first
    of a month; the rate said as data/rate_words.tsv says it."""
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # a bare name after a kingdom with 의 is a person of it: a life's years
        ("백제의 계백(612~660)은 황산벌에서 싸웠다", "육백십이 년에서 육백육십 년"),
        ("고려의 정지상(1084~1135)", "천팔십사 년에서 천백삼십오 년"),
        # a king of a count (타점왕, 다승왕) is no king: the span stays figures
        ("타점왕(105~130) 경쟁", "백오에서 백삼십"),
        ("다승왕(150~210) 후보", "백오십에서 이백십"),
        # a king of a realm still has his years
        ("장수왕(394~491)의 남진", "삼백구십사 년에서 사백구십일 년"),
        # a value after a kingdom with 의 stays a value
        ("신라의 인구(120~180)", "백이십에서 백팔십"),
    ],
)
def test_a_life_s_years_after_a_kingdom_s_person_and_not_after_a_king_of_a_count(written: str, said: str) -> None:
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        ("영업이익 = 매출액 - 매출원가 - 판관비", "영업이익은 매출액 빼기 매출원가 빼기 판관비", "-"),
        ("자기자본=자산-부채", "자기자본은 자산 빼기 부채", "-"),
        ("총수입 = 판매수입 + 보조금", "총수입은 판매수입 더하기 보조금", "플러스"),
        # a dash between two names with no formula before it is no minus
        ("인천 - 제주 노선이 열렸다", "인천 - 제주", "빼기"),
    ],
)
def test_a_minus_between_words_of_a_formula_is_said(written: str, said: str, unsaid: str) -> None:
    """A formula of words (소득 = 매출 - 비용) says its minus, 빼기, as its × is 곱하기; the
    minus was lost and the formula heard as a list of words."""
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("€80=€50+€30", "오십 유로 플러스 삼십 유로"),
        ("£20+£15=£35", "이십 파운드 플러스 십오 파운드는"),
        ("$90-$40=$50", "구십 달러 마이너스 사십 달러는"),
    ],
)
def test_a_sign_before_an_amount_written_with_its_currency_sign_is_a_word_apart(written: str, said: str) -> None:
    """A plus written against an amount that opens with its currency's sign ($50+$50) was said
    against the figure (플러스오십), and a minus there was lost; both are words apart in a sum."""
    assert said in normalize(written)


def test_a_dash_between_two_amounts_with_their_currency_signs_and_no_sum_is_a_range() -> None:
    assert "이십 유로에서 사십 유로" in normalize("€20-€40 수준")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("과제번호 RS24A0456 사업", "알에스 이사 에이 공사오육"),
        ("지원 과제(HI22C1234)", "에이치아이 이이 씨 일이삼사"),
        ("과제 NK215B002 착수", "엔케이 이일오 비 공공이"),
        # a model's short number at the end keeps its numbers
        ("보잉 B737MAX8 기종", "비 칠삼칠 맥스 팔"),
    ],
)
def test_a_code_of_letters_and_a_serial_says_its_figures_digit_by_digit(written: str, said: str) -> None:
    """A grant's code (HU21C0123) was read with its figures as amounts, 이십일 씨 공일이삼; all
    its figures are now said digit by digit, as a code's are."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        ("로트번호 AB250914-C2 제품", "에이비 이오공구일사", "이십오만"),
        ("제조번호는 KR-20260315-07이다.", "케이알 이공이육공삼일오", "이천이십육만"),
        ("시리얼 SN-88123 기기", "에스엔 팔팔일이삼", "팔만"),
        # a model's short number keeps its figures
        ("모델명 SM-S928N 단말", "구백이십팔", "구이팔"),
    ],
)
def test_a_long_figure_hyphened_in_a_code_is_said_digit_by_digit(written: str, said: str, unsaid: str) -> None:
    """A lot number with a suffix after a hyphen (HB261103-A1) had its figures read as an amount,
    이십육만 천백삼, though the same code without the suffix was said digit by digit; a figure of
    five digits or more in a code is a serial wherever it stands."""
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said", "unsaid"),
    [
        ("Royal Caribbean 크루즈", "로열 캐리비안", "로이얼"),
        ("Loyalty 프로그램", "로열티", "로이얼"),
        ("Croissant 매장", "크루아상", "쿼산트"),
        ("Boutique 호텔", "부티크", "버우티"),
        ("Haute Couture 컬렉션", "오트 쿠튀르", "쿠투어"),
    ],
)
def test_a_loanword_of_fixed_hangul_is_said_as_korean_writes_it(written: str, said: str, unsaid: str) -> None:
    """Words Korean borrowed long ago (royal 로열, tuxedo 턱시도, croissant 크루아상) keep their
    Hangul, not the English sound the dictionary gives or the spelling rules make."""
    out = normalize(written)
    assert said in out
    assert unsaid not in out


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # the older spelling of ㅓ as u before m and n, and yu before k (Kyuk 격)
        ("Kim Bum-soo 의장", "김범수"),
        ("Park Sung-kun 교수", "박성근"),
        ("Shin Kyuk-ho 창업주", "신격호"),
        # hun is 훈 in most names; a name listed with 헌 decides
        ("Kim Ji-hun 기자", "김지훈"),
        ("Lee Byung-hun 주연", "이병헌"),
        # a surname that is no word before a given name of one syllable written apart
        ("Hyun Bin 주연", "현빈"),
    ],
)
def test_an_older_romanization_of_a_given_name_is_read_as_the_name(written: str, said: str) -> None:
    """Names romanized before the Revised Romanization (Cha Bum-kun, Lee Byung-hun, Hyun Bin)
    were read as English (차 범 컨, 하이언 빈) or by the wrong syllable (이병훈)."""
    assert said in normalize(written)
