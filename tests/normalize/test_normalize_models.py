"""Model names of letters and digits as Korean news says them (see data/makers.tsv)."""

from __future__ import annotations

from newsread.normalize import normalize


def test_a_model_after_its_maker_says_its_one_digit_in_english() -> None:
    # a particle against the model does not make its digit Sino-Korean after the maker's name
    assert normalize("기아 EV2는 소형차다") == "기아 이브이 투는 소형차다"
    assert "엑스 투를" in normalize("BMW X2를 샀다")
    assert "아이디 쓰리가" in normalize("폭스바겐 ID.3가 팔렸다")


def test_a_code_glued_to_a_particle_after_another_word_keeps_its_sino_digit() -> None:
    assert "아이비 이에서" in normalize("본부 IB2에서 일했다")


def test_a_dram_node_says_its_one_in_english() -> None:
    # the 10-nanometre class of DRAM nodes: 1d나노 원디 나노, not 일디나노; 1a as a farm's area stays
    assert "원디 나노" in normalize("1d나노 D램을 개발한다")
    assert "원에이 디디알" in normalize("1a DDR5 제품")
    assert "일 아르" in normalize("1a당 수확량")


def test_a_code_of_capitals_and_five_digits_is_said_digit_by_digit() -> None:
    # a drug's code name is no count: JW07251 제이더블유 공칠이오일, not 칠천이백오십일
    assert "제이더블유 공칠이오일" in normalize("JW07251 임상에 들어갔다")
    assert "에이비 이삼사오육" in normalize("AB23456 후보물질")


def test_a_span_of_floors_below_ground_says_both_floors() -> None:
    # B2~B5층: the first floor of the span is below ground too, not the letter B and an English 2
    assert normalize("B2~B5층 주차장") == "지하 이 층에서 지하 오 층 주차장"


def test_a_standard_after_its_series_letter_is_said_digit_by_digit() -> None:
    # the ITU's codecs and certificates: H.264 에이치 이육사, not 에이치 이백육십사
    assert normalize("H.264 영상") == "에이치 이육사 영상"
    assert normalize("T.38 팩스").startswith("티")


def test_the_capitals_of_a_model_before_its_number_are_letters() -> None:
    # three capitals that spell a word of the dictionary are still a model's letters: EMU-250 이엠유
    assert normalize("EMU-250 열차") == "이엠유 이백오십 열차"


def test_a_models_one_digit_after_its_maker_is_english_and_a_count_stays() -> None:
    # 르노 5 is the car 르노 파이브; a counter or a noun glued to the digit keeps it a number
    assert normalize("르노 5는 소형 전기차다") == "르노 파이브는 소형 전기차다"
    assert normalize("기아 2분기 실적") == "기아 이 분기 실적"
    assert normalize("현대차 3곳") == "현대차 세 곳"


def test_a_score_or_a_span_after_a_maker_stays_a_number() -> None:
    # 기아 is a baseball team too: its score is no model
    assert normalize("기아 4-2 승리") == "기아 사 대 이 승리"
    assert "쓰리" not in normalize("현대차 3·4월 판매")
