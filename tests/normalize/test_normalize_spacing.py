"""Word breaks in the spoken text. The golden files compare the spoken Hangul only, so the
places where a class of text used to be split in the wrong place are checked here exactly."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize

CASES = [
    # the apostrophe of each two-digit year goes, and a quotation keeps its marks
    ("'21년 12%, '22년 15%였다.", "이십일 년 십이 퍼센트, 이십이 년 십오 퍼센트였다."),
    ("그는 '10년 후'를 말했다.", "그는 '십 년 후'를 말했다."),
    # a number under 10,000 written with 천/백 is one numeral before 만/억/조 and the counter
    ("3천억원이 투입된다.", "삼천억 원이 투입된다."),
    ("1천만명 관객을 돌파했다.", "천만 명 관객을 돌파했다."),
    ("2천500억원을 들였다.", "이천오백억 원을 들였다."),
    ("5조7천억원 늘었다.", "오조 칠천억 원 늘었다."),
    ("하루 평균 1천200명이다.", "하루 평균 천이백 명이다."),
    ("6백만원을 냈다.", "육백만 원을 냈다."),
    ("5천명이 모였다.", "오천 명이 모였다."),
    ("2만5천명이 모였다.", "이만 오천 명이 모였다."),
    # the first end of a range of counted words
    ("3월 ~ 내년 2월", "삼월에서 내년 이월"),
    ("오전 9시~오후 6시", "오전 아홉 시에서 오후 여섯 시"),
    # a silent mark between spaces leaves one space
    ("접수 → 심사 → 지급", "접수 심사 지급"),
    ("■ 방송", "방송"),
    # a range of two words in quotes keeps the quotes and a space before the second
    ("'보통'~'좋음' 수준", "'보통'에서 '좋음' 수준"),
    ("'보통' ~ '좋음' 수준", "'보통'에서 '좋음' 수준"),
    # a gloss in brackets left unsaid after a space takes that space with it
    ("사필귀정 (事必歸正)이다.", "사필귀정이다."),
    ("사필귀정 (事必歸正) 이다.", "사필귀정 이다."),
    ("투자의견 매수 (Buy)를 유지했다.", "투자의견 매수를 유지했다."),
    # a web address left out between two words leaves one space, not two
    ("사진 https://www.korea.kr/news 제공.", "사진 제공."),
    ("www.korea.kr 제공", "제공"),
    # a particle written apart from an address that is read joins it; a sentence's full stop stays
    ("메일은 abc@gmail.com 으로 보내라", "메일은 에이비씨 골뱅이 지메일 닷컴으로 보내라"),
    ("자세한 내용은 www.korea.kr.", "자세한 내용은 더블유더블유더블유 점 코리아 점 케이알."),
    ("출처: www.korea.kr.", "출처:"),
    # a silent mark that ends the text or a line leaves no space behind it
    ("시청률 12.5%로 1위다 🔥", "시청률 십이 점 오 퍼센트로 일 위다"),
    ("감사합니다 😀\n다음 소식입니다.", "감사합니다\n다음 소식입니다."),
    ("★ 별점 5점 ★", "별점 오 점"),
    # a run of silent marks leaves one space, as one mark does
    ("★★★★☆ 평가를 받았다.", "평가를 받았다."),
    ("평점 ★★★ 이다", "평점 이다"),
    # metres and the centimetres after them are words of their own
    ("높이뛰기 2m35를 넘었다.", "높이뛰기 이 미터 삼십오를 넘었다."),
    # a tilde with no first end leaves no space of its own
    ("상승폭은 ~5%에 그쳤다.", "상승폭은 오 퍼센트에 그쳤다."),
    # a one-letter Latin prefix joins its word; longer names keep the break
    ("K-POP 열풍", "케이팝 열풍"),
    ("AI-RAN 기술", "에이아이 랜 기술"),
    # law articles
    ("개정안은 3장 15조의 내용을 바꾼다.", "개정안은 삼 장 십오 조의 내용을 바꾼다."),
    ("예산 15조원이다.", "예산 십오조 원이다."),
    ("시행령 제2조제1항제3호", "시행령 제이 조 제일 항 제삼 호"),
    # a name ending in + keeps its particle: 유 플러스는, not 유 플러스 는
    ("LG U+는 요금을 내렸다.", "엘지 유 플러스는 요금을 내렸다."),
    ("디즈니+에서 공개된다.", "디즈니 플러스에서 공개된다."),
    ("갤럭시 S25+ 모델", "갤럭시 에스 이십오 플러스 모델"),
    ("1+1 행사", "원 플러스 원 행사"),
    ("2+1 상품을 샀다.", "투 플러스 원 상품을 샀다."),
    ("1+1=2", "일 플러스 일은 이"),
    # a noun after a grade's + is a word of its own: 1++등급 → 일 플러스 플러스 등급
    ("한우 1++등급 비율이 늘었다.", "한우 일 플러스 플러스 등급 비율이 늘었다."),
    ("1+등급 한우", "일 플러스 등급 한우"),
    ("1++ 등급을 받았다.", "일 플러스 플러스 등급을 받았다."),
    ("A+등급을 받았다.", "에이 플러스 등급을 받았다."),
    ("C++로 짰다.", "씨 플러스 플러스로 짰다."),
    # ± before a figure is a word of its own
    ("표본오차 ±3.1%p", "표본오차 플러스마이너스 삼 점 일 퍼센트포인트"),
    # two numbers joined by a middle dot before one counter are a list, not one number
    ("1·2위를 다퉜다.", "일 이 위를 다퉜다."),
    ("1·2·3위를 휩쓸었다.", "일 이 삼 위를 휩쓸었다."),
    ("1·2차 접종을 마쳤다.", "일 이 차 접종을 마쳤다."),
    # numbers after a name are a list of the name, not the date of an event (6·25)
    ("시즌1·2 합산 시청 시간", "시즌 일 이 합산 시청 시간"),
    # the number of a point at the start of a line is followed by a pause, not a full stop
    ("1. 정부는 예산을 늘린다.", "일, 정부는 예산을 늘린다."),
    ("개요\n  2) 여당은 반대했다.", "개요\n  이, 여당은 반대했다."),
    ("10. 기타 사항", "십, 기타 사항"),
    # circled numbers of points in a line: the number, a pause, and a pause before the next
    ("①접수 ②심사 ③발표", "일, 접수, 이, 심사, 삼, 발표"),
    ("대책은 ① 금리 인하 ② 세제 개편이다.", "대책은 일, 금리 인하, 이, 세제 개편이다."),
    ("①접수, ②심사", "일, 접수, 이, 심사"),
    ("①과 ②의 차이는 크다.", "일과 이의 차이는 크다."),
    ("그는 1. 정부는", "그는 일. 정부는"),
    # a dash and a space that start a line mark a list item and are not said; a dash between
    # words and a minus sign at the start stay what they were
    ("- 물가 안정이 우선이다.", "물가 안정이 우선이다."),
    ("목표는 다음과 같다.\n- 물가 안정\n– 고용 확대", "목표는 다음과 같다.\n물가 안정\n고용 확대"),
    ("-  두 칸을 띄운 항목", "두 칸을 띄운 항목"),
    ("서울 - 부산 노선", "서울 - 부산 노선"),
    ("-3도까지 내려간다.", "영하 삼 도까지 내려간다."),
    ("-일부 항목", "-일부 항목"),
    ("- - 항목", "항목"),
    # a run of dashes written against a word or a mark opens the line as one dash and a space
    # would: it is the same list mark (read again, the text must not change)
    ("--항목은 둘이다.", "항목은 둘이다."),
    ("목록\n-- 첫째\n--<둘째>", "목록\n첫째\n'둘째'"),
    ("-(주)삼성이 참여했다.", "주식회사 삼성이 참여했다."),
    ("2024. 3. 15. 선고", "이천이십사 년 삼월 십오 일 선고"),
    # numbers listed with commas keep the commas as pauses
    ("1,2위 팀이 맞붙는다.", "일, 이 위 팀이 맞붙는다."),
    # but not before a unit of the number itself: 3,4억원 is one amount of 억
    ("3,4억원", "삼,사억 원"),
    # a full stop inside a Latin name is not a sentence's end
    ("Node.js로 만들었다.", "노드제이에스로 만들었다."),
    ("발표했다.AI는", "발표했다.에이아이는"),
    ("삼성 vs. 애플 특허 소송", "삼성 대 애플 특허 소송"),
    ("U.S. 스틸을 인수했다.", "유에스 스틸을 인수했다."),
    ("Dr. Kim은 말했다.", "닥터 킴은 말했다."),
    ("Tesla Inc. 주가가 올랐다.", "테슬라 인크 주가가 올랐다."),
    ("미국(U.S.) 정부", "미국(유에스) 정부"),
    # a hash before a word is not said (its row in symbols.tsv is not a comment)
    ("해시태그 #대한민국 캠페인", "해시태그 대한민국 캠페인"),
    # the bracket around an area code goes with it
    ("대표번호 (02) 123-4567", "대표번호 공이 일이삼 사오육칠"),
    # a hyphen joining a name to its number is a word break, not a mark to say
    ("북한은 화성-19형을 쐈다.", "북한은 화성 십구형을 쐈다."),
    # a hyphen between Hangul words: one-syllable names join, longer ones take a break
    ("한-미 정상회담", "한미 정상회담"),
    ("이스라엘-하마스 전쟁", "이스라엘 하마스 전쟁"),
    # degrees, minutes and seconds of a coordinate are words of their own
    ("북위 37°33′59″", "북위 삼십칠 도 삼십삼 분 오십구 초"),
    # a letter after a model's number is a word of its own, not run into the number
    ("AH-64E 아파치 헬기", "에이에이치 육십사 이 아파치 헬기"),
    ("F-35A 전투기", "에프 삼십오 에이 전투기"),
    ("MQ-9B 무인기", "엠큐 나인 비 무인기"),
    ("A321neo 여객기", "에이 삼이일 네오 여객기"),
    ("B2B 사업", "비투비 사업"),
    # a cent is a currency's unit like the dollar: the number and 센트 are two words
    ("경유는 갤런당 12.5센트 올랐다.", "경유는 갤런당 십이 점 오 센트 올랐다."),
    ("1달러 25센트짜리 동전", "일 달러 이십오 센트짜리 동전"),
]


@pytest.mark.parametrize(("written", "spoken"), CASES)
def test_word_breaks(written: str, spoken: str) -> None:
    assert normalize(written) == spoken
