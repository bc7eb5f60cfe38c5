"""Latin words of the kinds the fourteenth held-out round of Latin letters found misread: a tz said
ㅊ before a vowel, the Greek eu of a common word said 유, a common word in a vowel that no
dictionary holds read as the languages that end words so read it, a mineral's -ite, and the
words whose Korean spelling is settled apart from their sound (data/english.tsv)."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize
from newsread.normalize.latin import read_token
from newsread.normalize.pronounce import pronounce


@pytest.mark.parametrize(
    ("word", "said"),
    [("blitzer", "블리처"), ("hetzel", "헤첼"), ("dietzel", "디첼"), ("ritz", "리츠"), ("quartz", "쿼츠")],
)
def test_a_tz_before_a_vowel_is_one_sound(word: str, said: str) -> None:
    """A tz the dictionary says t and s (or z) before a vowel is ㅊ, as Korean writes it (Blitzer
    블리처, not 블릿서); at the end it stays 츠 (Ritz 리츠)."""
    assert pronounce(word) == said


@pytest.mark.parametrize(
    ("word", "said"),
    [("neurology", "뉴롤로지"), ("neural", "뉴럴"), ("pneumatics", "뉴매틱스"), ("entrepreneur", "안트레프레너")],
)
def test_the_greek_eu_the_dictionary_says_uh_is_yu(word: str, said: str) -> None:
    """The dictionary's UH of a Greek eu after n, t, d or s is 유 as its UW is (neural 뉴럴, not
    누럴); an eur closing the word's last syllable is no such eu (entrepreneur keeps 너)."""
    assert pronounce(word) == said


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("pneumonia 환자가 늘었다", "뉴모니아 환자", "프네우"),
        ("euro 약세가 이어졌다", "유로 약세", "에우로"),
        ("Eusebio 선수가 골을 넣었다", "에우세비오 선수", "유시비오"),
        ("leu 가치가 떨어졌다", "레우 가치", "루 가치"),
    ],
)
def test_a_common_word_with_a_greek_eu_is_read_by_the_dictionary(text: str, said: str, unsaid: str) -> None:
    """A common word in a vowel with the eu English took from Greek, first or after l, n, r or s
    and before a consonant, is read by the pronouncing dictionary (pneumonia 뉴모니아, not
    프네우모니아); a name keeps both vowels (Eusebio), and so does a final eu (the currency leu)."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


@pytest.mark.parametrize(
    ("word", "said"),
    [("torta", "토르타"), ("tortuga", "토르투가"), ("sorbetto", "소르베토"), ("portfolio", "포트폴리오")],
)
def test_a_foreign_word_in_a_vowel_says_the_r_of_its_or(word: str, said: str) -> None:
    """A common word in a vowel that the dictionary lacks and no English spelling marks is read as
    such a name is, its or 오르 (torta 토르타, not 토타); one the dictionary holds keeps its reading
    (portfolio 포트폴리오)."""
    assert read_token(word) == said


@pytest.mark.parametrize(
    ("word", "said"),
    [("lepidolite", "레피돌라이트"), ("kaolinite", "카올리나이트"), ("lazurite", "라주라이트"), ("granite", "그래닛")],
)
def test_a_mineral_in_ite_says_its_ite_as_english(word: str, said: str) -> None:
    """A word in -ite the dictionary lacks is a mineral's name: its stem by the spelling, its -ite
    아이트 (lepidolite 레피돌라이트, not 레피돌리트); a word it holds keeps its reading (granite)."""
    assert read_token(word) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("그는 Serie B로 강등됐다", "세리에 비로"),
        ("pizza dough 판매가 늘었다", "피자 도우"),
        ("sourdough 빵이 팔린다", "사워도우 빵"),
        ("doughnuts 가게", "도너츠 가게"),
        ("matcha 라테", "말차 라테"),
        ("gacha 확률", "가챠 확률"),
    ],
)
def test_words_read_as_korean_writes_them_apart_from_their_sound(text: str, said: str) -> None:
    """Words data/english.tsv lists as Korean writes them: the dough of bread 도우 (its doughnut
    still 도넛), the tea 말차, the game draw 가챠, and the Italian second league 세리에 비."""
    assert said in normalize(text)


@pytest.mark.parametrize(
    ("word", "said"),
    [("cappuccio", "카푸초"), ("Castelluccio", "카스텔루초"), ("Garcia", "가르시아"), ("Pucci", "푸치")],
)
def test_a_final_cci_and_vowel_is_italian(word: str, said: str) -> None:
    """A word ending in cci and a, o or u is spelled as Italian spells: its cci is 치 gliding into
    the vowel, as the loanword rules write Italian (cappuccio 카푸초, not 카푸시오); a Spanish ci
    stays 시 (Garcia 가르시아)."""
    assert read_token(word) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("점심에 cappuccino를 마셨다.", "카푸치노를"),
        ("boccia 국가대표가 금메달을 땄다.", "보치아 국가대표가"),
        ("Serie C 구단이 파산했다.", "세리에 치 구단이"),
        ("frontend 개발자를 뽑는다.", "프론트엔드 개발자를"),
        ("그는 Pulitzer 상을 받았다.", "퓰리처 상을"),
    ],
)
def test_words_korean_writes_by_established_use(written: str, said: str) -> None:
    """Words whose Korean form is settled by use, not by a rule of their spelling (cappuccino
    was heard 카푸시노, boccia 보차, Serie C 세리에 씨): listed in english.tsv."""
    assert said in normalize(written)
