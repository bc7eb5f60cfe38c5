"""English words read by their pronunciation (``newsread.normalize.pronounce``): the loanword rules
for English applied to ARPAbet, the letters that colour an unstressed vowel, compounds, where the
dictionary stands among the readers of a Latin word, and that its data is read only when needed."""

from __future__ import annotations

import doctest
import subprocess
import sys

import pytest

from newsread.normalize import latin
from newsread.normalize import pronounce as pronounce_module
from newsread.normalize.data import table
from newsread.normalize.pronounce import align, hangul, lexicon, pronounce


def said(phones: str, word: str = "") -> str:
    return hangul(phones.split(), word)


@pytest.mark.parametrize(
    ("phones", "expected"),
    [
        # a voiceless stop after a short vowel: a final at the end and before most consonants
        ("B UH1 K", "북"),
        ("S EH1 T B AE2 K", "셋백"),
        # ... but 으 before m, n, l, r, and after a long vowel or a diphthong
        ("CH IH1 P M AH2 NG K", "치프멍크"),
        ("K EY1 P", "케이프"),
        ("S IY1 K", "시크"),
        # voiced stops and fricatives before no vowel take 으
        ("L AE1 N D", "랜드"),
        ("JH AE1 Z", "재즈"),
        ("G R AE1 F", "그래프"),
        # sh: 시 at the end, 슈 before a consonant, with its glide before a vowel
        ("F L AE1 SH", "플래시"),
        ("SH R IH1 M P", "슈림프"),
        ("SH EH1 L", "셸"),
        # zh, ts, dz, ch, j
        ("V IH1 ZH AH0 N", "비전"),
        ("M IH0 R AA1 ZH", "미라지"),
        ("K IY1 T S", "키츠"),
        ("S W IH1 CH", "스위치"),
        ("B R IH1 JH", "브리지"),
        # l between vowels or before a nasal is ㄹㄹ; an l after a consonant said alone too
        ("K AH1 L ER0", "컬러"),
        ("F IH1 L M", "필름"),
        ("S L AY1 D", "슬라이드"),
        # nasals are finals; ng between vowels is ㅇ twice
        ("S T IY1 M", "스팀"),
        ("HH AE1 NG IH0 NG", "행잉"),
        # long vowels are not doubled; diphthongs
        ("T IY1 M", "팀"),
        ("T AY1 M", "타임"),
        ("HH AW1 S", "하우스"),
        ("S K EY1 T", "스케이트"),
        ("OY1 L", "오일"),
        ("B OW1 T", "보트"),
        ("T AW1 ER0", "타워"),
        # w and y glide into the vowel; after g, k, h the w makes one syllable with them
        ("W ER1 D", "워드"),
        ("W EH1 S T", "웨스트"),
        ("W IH1 CH", "위치"),
        ("K W AO1 R T ER0", "쿼터"),
        ("S W IH1 NG", "스윙"),
        ("T W IH1 S T", "트위스트"),
        ("Y AA1 R D", "야드"),
        ("Y EH1 L OW0", "옐로"),
        ("Y UW1 N Y AH0 N", "유니언"),
        # an r before no vowel: 어 after a short or closing vowel, nothing after a or o
        ("K L IH1 R", "클리어"),
        ("K EH1 R", "케어"),
        ("K AA1 R", "카"),
    ],
)
def test_loanword_rules(phones: str, expected: str) -> None:
    assert said(phones) == expected


@pytest.mark.parametrize(
    ("phones", "word", "expected", "uncoloured"),
    [
        ("OW2 B AA1 M AH0", "obama", "오바마", "오바머"),  # a final a
        ("P AH0 L IY1 S", "police", "폴리스", "펄리스"),  # an o before one consonant and a vowel
        ("K EH1 N AH0 D IY0", "kennedy", "케네디", "케너디"),  # so an e
        ("F IH1 L AH0 P S", "phillips", "필립스", "필럽스"),  # an i
        ("G UW1 G AH0 L", "google", "구글", "구걸"),  # a consonant and le: 으
        ("V IH1 L AH0 JH", "village", "빌리지", "빌러지"),  # -age
        ("JH AA1 N S AH0 N", "johnson", "존슨", "잔선"),  # -son, and an a said for o: 오
    ],
)
def test_letters_colour_unstressed_vowels(phones: str, word: str, expected: str, uncoloured: str) -> None:
    assert said(phones, word) == expected
    assert said(phones) == uncoloured


def test_align_pairs_vowel_letters_with_vowels() -> None:
    assert align(["OW2", "B", "AA1", "M", "AH0"], "obama") == ["o", None, "a", None, "a"]
    assert align(["M", "EY1", "K"], "make") == [None, "a", None]  # a silent final e


def test_compounds_keep_each_words_form() -> None:
    # words the dictionary holds that are two of its words, each keeping its stress
    assert pronounce("blackwell") == "블랙웰"  # not 블래퀠: k and w apart
    assert pronounce("offline") == "오프라인"  # not 오플라인: no ㄹㄹ across the parts
    assert pronounce("dashboard") == "대시보드"  # sh ends the first word: 시
    # an ending has no stress of its own: not a compound
    assert pronounce("streaming") == "스트리밍"
    assert pronounce("johnson") == "존슨"


def test_two_dictionary_words_written_as_one() -> None:
    assert "brightline" not in lexicon()
    assert pronounce("brightline") == "브라이트라인"
    assert pronounce("zzqxv") is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Clearwater", "클리어워터"),
        ("Riverside", "리버사이드"),
        ("Nolan", "놀런"),
        ("Graham", "그레이엄"),
        ("Brightline", "브라이트라인"),
        ("Nottingham", "노팅엄"),
    ],
)
def test_unlisted_words_read_by_the_dictionary(word: str, expected: str) -> None:
    assert latin.read_word(word) == expected


def test_lists_come_before_the_dictionary() -> None:
    assert pronounce("samsung") != "삼성"
    assert latin.read_word("Samsung") == "삼성"  # data/english.tsv
    assert latin.read_word("NASA") == "나사"  # data/acronyms.tsv


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Sanchez", "산체스"), ("Hamburg", "함부르크"), ("Marseille", "마르세유"), ("Ankara", "앙카라")],
)
def test_spelling_of_another_language_wins_over_the_dictionary(word: str, expected: str) -> None:
    assert word.lower() in lexicon()
    assert pronounce(word.lower()) != expected
    assert latin.read_word(word) == expected


def test_words_the_dictionary_lacks_keep_the_spelling_rules() -> None:
    assert "agentic" not in lexicon()
    assert latin.read_word("Agentic") == "에이전틱"


def test_dictionary_is_read_only_when_a_word_needs_it() -> None:
    code = (
        "from newsread.normalize import normalize\n"
        "from newsread.normalize.pronounce import lexicon\n"
        "normalize('정부는 3개 부처를 통합했다. Google과 NASA도 참여했다.')\n"
        "print(lexicon.cache_info().currsize)\n"
        "normalize('Clearwater에서 회의가 열렸다.')\n"
        "print(lexicon.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["0", "1"]


def test_docstring_examples() -> None:
    result = doctest.testmod(pronounce_module)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize(
    ("phones", "word", "expected"),
    [
        ("JH EY1 M Z", "james", "제임스"),  # the silent e is not the letter of the vowel
        ("S EY1 F T IY0", "safety", "세이프티"),
        ("JH EH1 T S AH0 N", "jetson", "젯슨"),  # ts before a vowel is not 츠
        ("M IH1 CH AH0 L", "mitchell", "미첼"),  # an unstressed el after a consonant
        ("K R UW1 AH0 L", "cruel", "크루얼"),  # ... not after a vowel
        ("HH EH1 R IH0 S", "harris", "해리스"),  # a before r and a vowel
        ("K EH1 R", "care", "케어"),  # ... not before no vowel
        ("M OW1 B AH0 L", "mobile", "모빌"),  # le after a vowel is not a syllable of its own: by its i
    ],
)
def test_letters_and_sounds_together(phones: str, word: str, expected: str) -> None:
    assert said(phones, word) == expected


@pytest.mark.parametrize(
    ("phones", "word", "expected"),
    [
        ("K OW1 L M AH0 N", "colman", "콜먼"),  # l before a nasal and a vowel: a plain final
        ("W EH1 L N AH0 S", "wellness", "웰니스"),  # ... and -ness 니스
        ("IY1 G AH0 L Z", "eagles", "이글스"),  # a final le before a plural's s
        ("S AH0 S T EY1 N AH0 B AH0 L", "sustainable", "서스테이너블"),  # -able 어블
        ("HH Y UW1 Z", "hughes", "휴스"),  # a final s said z: 스
        ("L OY1 D Z", "lloyds", "로이즈"),  # ... but after d
        ("S AH1 N R AY2 Z", "sunrise", "선라이즈"),  # ... and but a final se
        ("W AY1 T HH AO2 L", "whitehall", "화이트홀"),  # wh before i with its h
        ("W AY1", "why", "와이"),
        ("HH AA1 R V AH0 S T", "harvest", "하비스트"),  # -est
        ("P AY2 AH0 N IH1 R", "pioneer", "파이어니어"),  # a vowel after ai: 어
        ("K L IY1 N AH0 K S", "kleenex", "클리넥스"),  # e in a closed last syllable
        ("W IH1 N IH0 P AH0 G", "winnipeg", "위니펙"),
        ("T AA1 M P S AH0 N", "thompson", "톰슨"),  # -mpson: no p
        ("K AE1 N Z AH0 S", "kansas", "캔자스"),  # a final as
        ("S T IY1 V AH0 N Z", "stevens", "스티븐스"),  # -en before a plural's s, as -en alone
        ("S IY1 Z AH0 N Z", "seasons", "시즌스"),
        ("Z IH1 M ER0 M AH0 N", "zimmerman", "지머먼"),  # a surname in -erman: 먼
        ("AE1 K ER0 M AH0 N", "ackerman", "애커먼"),
        ("S UW1 P ER0 M AH0 N", "superman", "슈퍼맨"),  # ... but a listed word and man: 맨
        ("AA1 K L AH0 N D", "auckland", "오클랜드"),  # au said aa: 오
        ("AE1 B ER0 SH AA2", "abershaw", "애버쇼"),  # a final aw said aa: 오
        ("K L AH1 B Z", "clubs", "클럽스"),  # a b before a plural's s closes the syllable
        ("L AE1 B Z", "labs", "랩스"),
    ],
)
def test_classes_of_english_names(phones: str, word: str, expected: str) -> None:
    assert said(phones, word) == expected


def test_dictionary_before_the_guess_of_a_letter_and_a_word() -> None:
    assert latin.read_word("Lloyds") == "로이즈"  # not a letter L and a word: 엘로이즈
    assert "mnet" not in lexicon()
    assert latin.read_word("Mnet") == "엠넷"


@pytest.mark.parametrize(("word", "expected"), [("Idaho", "아이다호"), ("Wichita", "위치토")])
def test_a_final_vowel_gives_way_to_the_dictionary_where_the_spelling_is_english(word: str, expected: str) -> None:
    assert latin.language_cues(word.lower()) == {"vowel_end"}
    assert latin.transliterate(word.lower()) != expected
    assert latin.read_word(word) == expected


@pytest.mark.parametrize(("word", "expected"), [("Ankara", "앙카라"), ("Lewandowski", "레반도프스키")])
def test_a_final_vowel_keeps_its_language_without_english_letters(word: str, expected: str) -> None:
    assert latin.read_word(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("layout", "레이아웃"), ("spinoff", "스핀오프"), ("takeover", "테이크오버"), ("Mustang", "머스탱")],
)
def test_a_second_word_that_starts_with_a_vowel(word: str, expected: str) -> None:
    assert word.lower() in lexicon()
    assert latin.read_word(word) == expected


@pytest.mark.parametrize(
    ("phones", "word", "expected"),
    [
        ("HH IH1 L Z B ER0 OW0", "hillsborough", "힐스버러"),  # -borough 버러
        ("S K AA1 R B ER2 OW0", "scarborough", "스카버러"),
        ("P IH1 T S B ER0 G", "pittsburgh", "피츠버그"),  # an American -burgh keeps its g
        ("EY1 L Z B ER0 IY0", "aylesbury", "에일즈베리"),  # -bury 베리, its s 즈
        ("G EH1 T IY0 Z B ER0 G", "gettysburg", "게티스버그"),  # ... where -burg keeps 스
        ("HH AA1 R W IH0 CH", "harwich", "하리치"),  # the w of -wich unsaid after r
        ("W AO1 R W IH0 K", "warwick", "워릭"),
        ("G AE1 T W IH2 K", "gatwick", "개트윅"),  # a stressed wick keeps it
        ("S AE1 N D W IH0 CH", "sandwich", "샌드위치"),  # ... and after another consonant
        ("G R EH1 N IH0 CH", "greenwich", "그리니치"),  # ee is 이
    ],
)
def test_british_place_endings(phones: str, word: str, expected: str) -> None:
    assert said(phones, word) == expected


def test_a_word_the_dictionary_lacks_is_not_cut_before_a_vowel() -> None:
    # hill + arney would leave the r of arney to start a syllable of its own: 힐아니
    assert "hillarney" not in lexicon() and "hill" in lexicon() and "arney" in lexicon()
    assert pronounce("hillarney") is None
    assert latin.read_word("Hillarney") == "힐라니"
    assert pronounce("silverwood") == "실버우드"  # a second word that starts with a consonant


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("greenford", "그린퍼드"),  # green + ford, said as the end of a name: not 그린포드
        ("roxborough", "록스버러"),  # -borough the dictionary says with ah r ow
        ("kimbrough", "킴브러"),  # -brough 브러
    ],
)
def test_ends_of_names(word: str, expected: str) -> None:
    assert pronounce(word) == expected


@pytest.mark.parametrize(("word", "expected"), [("Shire", "샤이어"), ("Shore", "쇼어"), ("Shute", "슈트")])
def test_a_silent_final_e_is_no_romaji(word: str, expected: str) -> None:
    assert "east_asian" in latin.language_cues(word.lower())
    assert latin.read_word(word) == expected


@pytest.mark.parametrize(("word", "said"), [("format", "포맷"), ("nordisk", "노디스크"), ("forklift", "포크리프트")])
def test_a_word_of_grammar_does_not_head_a_compound(word: str, said: str) -> None:
    # for, nor, and … start words that are not compounds of them (for + mat, nor + disk)
    assert pronounce(word) == said


@pytest.mark.parametrize(("word", "said"), [("natural", "내추럴"), ("century", "센추리"), ("structural", "스트럭추럴")])
def test_a_tu_before_another_vowel_is_chu(word: str, said: str) -> None:
    # the ER of tu before the vowel of another syllable is written by its u, as Korean writes it
    assert pronounce(word) == said


@pytest.mark.parametrize(("word", "said"), [("venture", "벤처"), ("future", "퓨처"), ("culture", "컬처")])
def test_a_final_ture_stays_cheo(word: str, said: str) -> None:
    assert pronounce(word) == said


@pytest.mark.parametrize(
    ("word", "said"),
    [("bassline", "베이스라인"), ("windfarm", "윈드팜"), ("leadsinger", "리드싱어"), ("readback", "리드백")],
)
def test_a_word_of_two_readings_is_said_as_news_means_it(word: str, said: str) -> None:
    # data/pronunciations_news.tsv: bass B EY1 S, wind W IH1 N D, lead and read with IY,
    # not the dictionary's first readings (배스, 와인드, 레드), here in words made with them
    assert pronounce(word) == said


def test_of_two_cuts_of_a_compound_the_one_into_common_words_wins() -> None:
    # land + over, not lan + dover; of equals the shorter head: war + plane, pit + stick, dis + closure
    said = [pronounce(w) for w in ("landover", "warplane", "pitstick", "disclosure")]
    assert said == ["랜드오버", "워플레인", "핏스틱", "디스클로저"]


@pytest.mark.parametrize(("word", "expected"), [("wishlist", "위시리스트"), ("greenville", "그린빌")])
def test_an_unstressed_word_of_one_syllable_ends_a_compound(word: str, expected: str) -> None:
    """wish + list keeps wish as it is alone (위시, not 위슐); a town's -ville is no second word."""
    assert pronounce(word) == expected
    assert pronounce_module._compound(word, lexicon()[word]) == (("wish", "list") if word == "wishlist" else None)


@pytest.mark.parametrize(("word", "expected"), [("excited", "익사이티드"), ("needed", "니디드")])
def test_the_ending_ed_after_t_or_d_is_said_with_i(word: str, expected: str) -> None:
    """The unstressed vowel of -ed after t or d is 이 as Korean writes it, not 어 (익사이터드)."""
    assert pronounce(word) == expected


@pytest.mark.parametrize(("word", "expected"), [("biology", "바이올로지"), ("geology", "지올로지")])
def test_the_o_of_logy_keeps_its_letter(word: str, expected: str) -> None:
    """The schwa before the j of -logy is spelled o and is 오, as in 테크놀로지, not 이 (바이올리지)."""
    assert pronounce(word) == expected


@pytest.mark.parametrize(("word", "expected"), [("preorder", "프리오더"), ("subtotal", "서브토털")])
def test_a_prefix_before_a_dictionary_word(word: str, expected: str) -> None:
    """A word the dictionary lacks, made of a prefix (data/english_prefixes.tsv) and a word it
    holds, is the prefix as Korean writes it and the word as it is alone."""
    assert pronounce(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("geofence", "지오펜스"),
        ("bioplastics", "바이오플래스틱스"),
        ("neurotech", "뉴로텍"),
        ("probiotics", "프로바이오틱스"),
    ],
)
def test_a_prefix_of_science_or_two_prefixes_before_a_dictionary_word(word: str, expected: str) -> None:
    """geo, bio, neuro, micro and pro are prefixes too, and two of them may come before the word
    (pro + bio + tics): not the spelling rules' 게오펀스, 비오플래스틱스, 프로비오틱스."""
    assert pronounce(word) == expected


@pytest.mark.parametrize(("word", "expected"), [("settled", "세틀드"), ("cycled", "사이클드")])
def test_a_final_le_keeps_its_reading_before_ed(word: str, expected: str) -> None:
    """A final le after a consonant is 을 before the d of -ed as it is alone (settle 세틀)."""
    assert pronounce(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("doctors", "닥터스"), ("dollars", "달러스"), ("boxing", "복싱"), ("fox", "폭스"), ("drop", "드롭")],
)
def test_the_short_o_is_o_but_where_usage_writes_a(word: str, expected: str) -> None:
    """The stressed o of a word of data/english_o_a.tsv, and of its plural, is 아 (닥터스, not
    독터스); a form made from it that usage writes with 오 (boxing 복싱), and an o no list names,
    keep 오 as the loanword rules write the short o (폭스, 드롭; not 팍스, 드랍)."""
    assert pronounce(word) == expected


@pytest.mark.parametrize(("word", "expected"), [("checkpoint", "체크포인트"), ("checkout", "체크아웃")])
def test_a_compound_head_is_said_as_the_list_says_it(word: str, expected: str) -> None:
    """The first word of a compound that data/english.tsv lists is said as listed (check 체크), not
    by the rule that closes its k (첵포인트)."""
    assert pronounce(word) == expected


def test_a_town_end_is_kept_apart_from_the_common_words() -> None:
    """-ville, a town's end (data/name_tails.tsv), is not a word of the English list: a compound
    in -ville keeps the dictionary's joined reading."""
    assert "ville" not in table("english.tsv")
    assert pronounce("greenville") == "그린빌"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("yam", "얌"),
        ("yank", "양크"),
        ("ultimate", "얼티밋"),
        ("delicate", "델리킷"),
        ("mutton", "머튼"),
        ("firewalls", "파이어월스"),
        ("vestas", None),
        ("efforts", "에포츠"),
    ],
)
def test_vowels_as_korean_writes_them(word: str, expected: str | None) -> None:
    """A y before the vowel of cat glides into 아, as Korean writes Yankee 양키 (not 얭키); the
    unstressed a of a final -ate is 이, as in climate 클라이밋 (not 얼티멋); an on after a doubled t
    is 은, as in button 버튼 (not 머턴). A plural the dictionary lacks is its word and the s
    (firewalls, not the spelling rules' 피레왈스); a stem in a vowel is a name's (Vestas). An
    unstressed final ort is 오트, as in support 서포트 (efforts 에포츠, not 에퍼츠)."""
    assert pronounce(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("gasket", "개스킷"),
        ("bucket", "버킷"),
        ("packet", "패킷"),
        ("socket", "소켓"),
        ("pellet", "펠렛"),
        ("oxygen", "옥시젠"),
        ("sarcasm", "사캐즘"),
        ("prism", "프리즘"),
        ("totem", "토템"),
        ("emblem", "엠블럼"),
    ],
)
def test_unstressed_endings_as_korean_writes_them(word: str, expected: str) -> None:
    """A final -et after the short a or u of cat and cup is 잇, as Korean writes jacket 재킷 and
    tablet 태블릿 (gasket 개스킷, not 개스켓); after another vowel it keeps 엣 (socket 소켓). A
    final -gen is 젠 (oxygen 옥시젠, not 옥시전), -ism and -asm 즘 (prism 프리즘, not 프리짐),
    and -em 엠 in a word listed for it, as system 시스템 (totem 토템, not 토텀), where others keep
    엄 (emblem 엠블럼)."""
    assert pronounce(word) == expected


def test_a_word_listed_for_its_a_is_said_whole() -> None:
    """A compound of the dictionary listed whole in data/english_o_a.tsv keeps its 아 (cocktail
    칵테일, not cock + tail 콕테일), as its plural does."""
    assert pronounce("cocktails") == "칵테일스"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("flexible", "플렉서블"),
        ("incredible", "인크레더블"),
        ("sensible", "센서블"),
        ("compatibles", "컴패터블스"),
        ("bible", "바이블"),
    ],
)
def test_an_unstressed_ible_is_said_as_korean_writes_it(word: str, expected: str) -> None:
    """The unstressed i of a final -ible is 어, as Korean writes these words (flexible 플렉서블,
    not 플렉시블); a stressed i keeps its own vowel (bible 바이블)."""
    assert pronounce(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("revealer", "리빌러"),
        ("revealers", "리빌러스"),
        ("exploder", "익스플로더"),
    ],
)
def test_a_noun_in_er_the_dictionary_lacks_is_its_verb_and_er(word: str, expected: str) -> None:
    """A noun in -er, or its plural, the dictionary lacks is said as the verb it holds and 어
    (revealer 리빌러, not the spelling rules' 레빌러; exploder, of explode, 익스플로더)."""
    assert pronounce(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("slimer", "슬라이머"),
        ("twiner", "트와이너"),
        ("whiners", "와이너스"),
        ("concealer", "컨실러"),
        ("revealer", "리빌러"),
    ],
)
def test_an_agent_noun_takes_the_verb_in_e_first(word: str, expected: str) -> None:
    """A noun in -er the dictionary lacks is the verb in e and its r where the dictionary holds
    that verb (slime + r 슬라이머), as English doubles the consonant of slim before er; a verb
    with no e keeps its er (conceal + er 컨실러)."""
    assert pronounce(word) == expected


@pytest.mark.parametrize("word", ["smiter", "skimer"])
def test_an_agent_noun_is_no_stressed_short_verb_and_er(word: str) -> None:
    """A stressed verb of one vowel and one consonant would double it before er (smit → smitter),
    so Smiter is not smit + er."""
    assert pronounce(word) is None


@pytest.mark.parametrize(
    ("word", "said"),
    [("oneplus", "원플러스"), ("topspin", "톱스핀"), ("bigdata", "빅데이터"), ("offside", "오프사이드")],
)
def test_a_listed_word_of_three_letters_heads_a_compound_the_dictionary_lacks(word: str, said: str) -> None:
    """A compound the dictionary lacks whose first word has three letters is cut where that word
    is a listed English word (data/english.tsv) and the rest a word of the dictionary: off + side
    오프사이드, not the spelling rules' 오프시드; one + plus 원플러스."""
    assert pronounce(word) == said


@pytest.mark.parametrize(
    ("word", "said"),
    [("megastudy", "메가스터디"), ("hyperscale", "하이퍼스케일"), ("ultrawide", "울트라와이드"), ("teraone", "테라원")],
)
def test_a_measure_prefix_before_a_word_is_said_as_korean_writes_it(word: str, said: str) -> None:
    """The prefixes of measure and size that Korean brands and products are made of (exa, giga,
    tera, mega, nano, hyper, ultra: data/english_prefixes.tsv) before a word of the dictionary,
    or a listed word of three letters (one 원), are said as Korean writes them, the word as it is
    alone: Exaone 엑사원, not 엑새온."""
    assert pronounce(word) == said


def test_the_suffix_less_is_said_as_korean_writes_it() -> None:
    # 리스 after the word said alone: not the spelling's 레스 nor the dictionary's linked 엔들리스, 캐슐리스
    words = ("endless", "cashless", "contactless", "paperless", "cordless")
    assert [pronounce(w) for w in words] == ["엔드리스", "캐시리스", "콘택트리스", "페이퍼리스", "코드리스"]
    assert pronounce("unless") != "언리스"  # no word before the suffix


def test_the_ed_said_t_after_an_s_is_written_as_korean_writes_it() -> None:
    # 드, not the rule's 트: 베이스드, 포커스드, 밸런스드; a voiced -ed was 드 already (클로즈드)
    words = ("based", "focused", "balanced", "closed")
    assert [pronounce(w) for w in words] == ["베이스드", "포커스드", "밸런스드", "클로즈드"]


@pytest.mark.parametrize(
    ("word", "said"),
    [("mug", "머그"), ("hug", "허그"), ("slug", "슬러그"), ("shrug", "슈러그"), ("debug", "디버그"), ("Doug", "더그")],
)
def test_a_final_g_after_the_short_u_is_its_own_syllable(word: str, said: str) -> None:
    # as Korean writes them, not 먹, 헉; big 빅 and Greg 그렉 keep theirs as a final
    assert latin.read_word(word) == said


@pytest.mark.parametrize(("word", "said"), [("Greg", "그렉"), ("Winnipeg", "위니펙"), ("club", "클럽")])
def test_a_final_g_or_b_after_other_short_vowels_stays_a_final(word: str, said: str) -> None:
    assert latin.read_word(word) == said


@pytest.mark.parametrize(("word", "said"), [("backend", "백엔드"), ("bookend", "북엔드"), ("eastend", "이스트엔드")])
def test_end_after_a_stressed_word_is_a_word_of_its_own(word: str, said: str) -> None:
    # 10항: each part of a compound as it is written alone, not 배켄드, 부켄드
    assert pronounce(word) == said


@pytest.mark.parametrize(("word", "said"), [("portend", "포어텐드"), ("legend", "레전드"), ("impend", "임펜드")])
def test_end_after_an_unstressed_syllable_is_no_word(word: str, said: str) -> None:
    assert pronounce(word) == said


@pytest.mark.parametrize(
    ("word", "said"),
    [
        ("disorder", "디스오더"),
        ("disarm", "디스암"),
        ("disable", "디스에이블"),
        ("disown", "디스오운"),
        ("misallocation", "미스앨로케이션"),
        ("forearm", "포어암"),
        ("throughout", "스루아웃"),
        ("moreover", "모어오버"),
        ("thereafter", "데어애프터"),
        ("swissair", "스위스에어"),
    ],
)
def test_a_listed_prefix_or_word_before_a_word_in_a_vowel_is_cut(word: str, said: str) -> None:
    # the first part unstressed in the whole, but a prefix or a word Korean writes by itself
    assert pronounce(word) == said


@pytest.mark.parametrize(
    ("word", "said"),
    [("september", "셉템버"), ("november", "노벰버"), ("transaction", "트랜잭션"), ("whenever", "웨네버")],
)
def test_an_unstressed_unlisted_syllable_before_a_vowel_is_not_cut(word: str, said: str) -> None:
    assert pronounce(word) == said


@pytest.mark.parametrize(("word", "said"), [("imply", "임플라이"), ("implied", "임플라이드"), ("impair", "임페어")])
def test_imp_the_latin_prefix_heads_no_compound(word: str, said: str) -> None:
    # not imp + lied 임프라이드, imp + air 임프에어
    assert pronounce(word) == said


def test_within_is_read_as_one_word() -> None:
    assert latin.read_word("within") == "위딘"


@pytest.mark.parametrize(
    ("word", "said"),
    [("direction", "디렉션"), ("peru", "페루"), ("ferrari", "페라리"), ("terrific", "테리픽"), ("beretta", "베레타")],
)
def test_a_first_syllable_of_i_or_e_before_r_is_read_by_its_letter(word: str, said: str) -> None:
    assert pronounce(word) == said


@pytest.mark.parametrize(("word", "said"), [("generation", "제너레이션"), ("operation", "오퍼레이션")])
def test_an_er_after_a_stressed_syllable_stays_eo(word: str, said: str) -> None:
    assert pronounce(word) == said
