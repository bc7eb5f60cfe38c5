"""A Roman numeral of one letter after a word of numbering (Episode I, World War I), a drug's
code said digit by digit before a word of a drug (AZD7442 투약), and a particle typed a space
after a figure (HyperOS 3 를)."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


def spoken(text: str) -> str:
    return normalize(text).replace("'", "")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("'Resident Evil: Chapter I'이 나왔다", "챕터 원이"),
        ("World War I 백 년이 지났다", "월드 워 원"),
        ("'The Return: Part V'를 봤다", "파트 파이브를"),
        ("그는 Volume X 편을 썼다", "볼륨 텐"),
        ("Season I 결승전이 열렸다", "시즌 원"),
    ],
)
def test_a_lone_numeral_after_a_word_of_numbering_is_a_number(text: str, said: str) -> None:
    assert said in spoken(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("그는 Plan B 를 꺼냈다", "플랜 비"),
        ("Type X 차량이 나왔다", "엑스"),
        ("Shot I 로 찍었다", "아이"),
    ],
)
def test_a_lone_letter_after_other_words_stays_a_letter(text: str, said: str) -> None:
    assert said in spoken(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('"This is the war I never wanted"라고 그는 말했다.', "워 아이 네버"),
        ('"I think this is a war I cannot win," he said.', "워 아이 캐놋"),
        ('"He had the book I gave him"이라고 했다', "북 아이 게이브"),
        ('"the best act I have ever seen"이라는 평이다', "액트 아이 해브"),
        ('"this level I hate"라고 했다', "레벨 아이"),
        ("그는 the part I liked를 꼽았다", "파트 아이"),
    ],
)
def test_the_pronoun_i_after_a_word_of_numbering_stays_i(text: str, said: str) -> None:
    # a head in lower case or a word of English in lower case after it: a sentence, not a title
    assert said in spoken(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("ABX4721 후보물질의 효능이 확인됐다", "에이비엑스 사칠이일"),
        ("MK-1654 항체가 허가됐다", "엠케이 일육오사"),
        ("VLA1553 백신을 맞았다", "브이엘에이 일오오삼"),
        ("RSV-2024b1 접종이 시작됐다", "이공이사 비 원"),
    ],
)
def test_a_drug_code_says_its_digits_one_by_one(text: str, said: str) -> None:
    assert said in spoken(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("AMD MI350 칩이 출하됐다", "삼백오십"),
        ("ABX4721 모델이 출시됐다", "사천칠백이십일"),
    ],
)
def test_a_code_without_a_drug_word_keeps_its_number(text: str, said: str) -> None:
    assert said in spoken(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("유한양행은 ASCO2025 임상 데이터를 공개했다.", "아스코 이천이십오"),
        ("ESMO2024 임상 발표가 이어졌다", "에스모 이천이십사"),
        ("KOSPI2000 신약 테마가 떴다", "코스피 이천"),
        ("CES2026 치료제 전시관", "씨이에스 이천이십육"),
    ],
)
def test_a_year_after_a_listed_event_or_index_is_a_year_before_a_drug_word(text: str, said: str) -> None:
    assert said in spoken(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [("GBP510 백신을 맞았다", "지비피 오일공"), ("USD2024 항체가 나왔다", "유에스디 이공이사")],
)
def test_a_currency_code_glued_to_a_drug_code_is_no_amount(text: str, said: str) -> None:
    assert said in spoken(text)


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("HyperOS 3 를 탑재했다", "삼을", "삼 를"),
        ("Windows 11 를 설치했다", "십일을", "십일 를"),
        ("Python 2 을 내려받았다", "이를", "이 을"),
        ("Galaxy S24 는 단종됐다", "이십사는", "이십사 는"),
        ("Android 7 과 8 을 지원한다", "칠과", "칠 과"),
    ],
)
def test_a_particle_a_space_after_a_models_figure_joins_and_agrees(text: str, said: str, unsaid: str) -> None:
    out = normalize(text)
    assert said in out and unsaid not in out


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("한국은 이날 금 4 은 2 동 1 을 추가했다.", "금 사 은 이 동 일 을"),
        ("금 2 은 3 을 땄다", "금 이 은 삼"),
        ("사고는 종로 6 가 인근에서 발생했다.", "종로 육 가"),
        ("을지로 1 가 일대가 막혔다", "을지로 일 가"),
        ("서울경찰청 형사 2 과 소속 경찰관이", "형사 이 과"),
        ("한빛시청 민원 3 과 직원이", "민원 삼 과"),
    ],
)
def test_a_word_a_space_after_a_figure_after_korean_is_left_as_written(text: str, said: str) -> None:
    # the medal, the street's 가, the office's 과: a word of its own, not the figure's particle
    assert said in normalize(text)


def test_a_particle_a_space_after_a_name_is_left_as_written() -> None:
    assert " 가 우승" in normalize("Camila 가 우승했다")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("'Mission: Impossible' 시리즈가 끝났다", "임파서블"),
        ("'Nothing Compares' 노래가 나왔다", "낫싱"),
        ("Levi's 청바지를 샀다", "리바이스"),
        ("7UP 한 캔을 마셨다", "세븐업"),
        ("Dolby Atmos 사운드바가 나왔다", "애트모스"),
        ("물류 hub 역할을 한다", "허브"),
        ("multimodal AI가 나왔다", "멀티모달"),
    ],
)
def test_words_korean_writes_by_use(text: str, said: str) -> None:
    assert said in spoken(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [("gokorea.kr에 접속했다", "고코리아"), ("www.mykorea.com에 올렸다", "마이코리아")],
)
def test_an_address_part_of_a_short_listed_word_and_a_listed_word_is_two_words(text: str, said: str) -> None:
    assert said in spoken(text)


def test_an_address_part_the_dictionary_holds_is_not_cut() -> None:
    # highland is hi + ...land to no one: the dictionary's word, read whole
    assert "하이랜드" in spoken("www.highland.com에 올렸다")


def test_a_name_whose_korean_form_is_settled_by_use() -> None:
    # the loanword rules' ę 엥 would give 바웽사; the settled form is 바웬사 (Szczęsny keeps 슈쳉스니)
    assert "바웬사" in spoken("Lech Wałęsa 전 대통령이 말했다")
    assert "슈쳉스니" in spoken("폴란드 Szczęsny 선수가 막았다")
