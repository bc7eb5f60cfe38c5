"""Readings mended after the twenty-first round of whole articles, each tested on sentences other
than the ones that showed the fault."""

from __future__ import annotations

import unicodedata

import pytest

from newsread.normalize import normalize
from newsread.normalize.data import table


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("태풍의 중심기압은 940㍱까지 떨어졌다.", "구백사십 헥토파스칼까지"),
        ("고기압 중심은 1,030㍱ 안팎이다.", "천삼십 헥토파스칼 안팎"),
        ("탱크 압력은 1.8㍴로 맞췄다.", "일 점 팔 바로"),
        ("보조배터리 용량은 20,000㎃h다.", "이만 밀리암페어시다"),
        ("태블릿에는 8,000㎃h 배터리가 들어갔다.", "팔천 밀리암페어시 배터리"),
    ],
)
def test_a_square_sign_before_the_block_and_an_hour_after_one_are_units(written: str, said: str) -> None:
    """㍱ (hPa) was dropped unspoken, 955㍱ heard as a bare 구백오십오; ㎃h was 밀리암페어에이치."""
    assert said in normalize(written)


def test_the_square_signs_before_the_block_read_as_their_letters_do() -> None:
    """A sign of U+3371–U+337A whose letters (by NFKC) are a unit of units.tsv is read the same."""
    units = table("units.tsv")
    for code in range(0x3371, 0x337B):
        sign = chr(code)
        letters = unicodedata.normalize("NFKC", sign)
        if letters in units:
            assert units.get(sign) == units[letters], sign
    assert units.get("㎃h") == units["mAh"]


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("올겨울 유행 주는 H1N1pdm09 바이러스다.", "에이치원엔원 피디엠 공구 바이러스"),
        ("검체 12건에서 A/H1N1pdm09가 나왔다.", "에이치원엔원 피디엠 공구가"),
        ("돼지에서 온 H3N2v 감염이 보고됐다.", "에이치쓰리엔투 브이 감염이"),
        ("H5N1 조류인플루엔자가 발생했다.", "에이치파이브엔원 조류인플루엔자가"),
    ],
)
def test_a_flu_strain_with_its_lineage_against_it_is_said_as_a_strain(written: str, said: str) -> None:
    """H1N1pdm09 was heard 에이치 일 엔 일 피디엠 공구, its numbers in Korean, beside H3N2 said in English."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("밴드 블루5(BLUE5)가 무대에 올랐다.", "밴드 블루 오가 무대에"),
        ("그룹 엔씨티127(NCT127)이 공연했다.", "그룹 엔씨티 백이십칠이 공연했다"),
        ("걸그룹 루나3(LUNA3)의 새 앨범", "걸그룹 루나 삼의 새 앨범"),
        ("그룹 스텔라7(STELLA8)이 돌아왔다.", "(스텔라 에잇)"),
        ("선수 김철수7(KIM7)가 나왔다.", "(케이아이엠 세븐)"),
    ],
)
def test_a_name_with_a_number_glossed_the_same_is_said_once(written: str, said: str) -> None:
    """스텔라7(STELLA7)이 was heard 스텔라 칠(스텔라 세븐)이, the name twice; a gloss of other
    letters or another number is still read."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("문의는 누리집(www.pctimes.co.kr)으로 한다.", "피씨타임스 점 씨오 점 케이알"),
        ("자료는 mltrading.com 에 있다.", "엠엘트레이딩 닷컴"),
        ("기사는 www.kbsnews.co.kr 에서 본다.", "케이비에스뉴스 점 씨오"),
        ("공지는 @hbtraffic_official 계정에 올라온다.", "에이치비트래픽 오피셜"),
        ("점검에는 tcpdump 도구를 썼다.", "티씨피덤프 도구"),
        ("시험 누리집은 www.hankyung.com 이다.", "에이치에이엔케이와이유엔지 닷컴"),
        ("주소는 www.untact.com 이다.", "유엔티에이씨티 닷컴"),
        ("공지는 www.stradio.kr 에 있다.", "에스티알에이디아이오 점 케이알"),
    ],
)
def test_letters_with_no_vowel_before_a_word_are_spelled_and_the_word_said(written: str, said: str) -> None:
    """An address part of a name's letters and a word was spelled whole (hbtraffic 에이치비티알에이
    에프에프아이씨) or, in a handle, guessed as a word (흐브트래픽); letters that open English words
    (st, un) or romanized Korean keep the spelling they had."""
    assert said in normalize(written)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("유격수 김철수는 수비율 0.991로 1위였다.", "수비율 구할 구푼 일리로"),
        ("그의 피안타율은 0.204였다.", "피안타율은 이할 사리였다"),
        ("포수의 도루저지율 0.375는 리그 최고다.", "도루저지율 삼할 칠푼 오리는"),
        ("투수 피안타율 .215를 기록했다.", "피안타율 이할 일푼 오리를"),
        ("OPS 0.928을 찍었다.", "영 점 구이팔을"),
    ],
)
def test_a_fielding_or_pitching_rate_is_said_in_hal_pun_ri(written: str, said: str) -> None:
    """수비율 0.983 was heard 영 점 구팔삼 beside 타율 삼할 일푼 팔리; OPS stays a decimal."""
    assert said in normalize(written)
