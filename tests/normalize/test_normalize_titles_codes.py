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
    ("text", "said", "unsaid"),
    [
        ("윈도우 11 를 설치했다", "십일을", "십일 를"),
        ("버전 2 을 내려받았다", "이를", "이 을"),
        ("모델 5 는 단종됐다", "파이브는", "파이브 는"),
        ("점수 7 과 8 을 더했다", "칠과", "칠 과"),
    ],
)
def test_a_particle_a_space_after_a_figure_joins_and_agrees(text: str, said: str, unsaid: str) -> None:
    out = normalize(text)
    assert said in out and unsaid not in out


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
