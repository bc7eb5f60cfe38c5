"""English words read by their pronunciation, not their spelling.

The CMU Pronouncing Dictionary (``data/pronunciations.tsv.gz``, built by
``tools/build_pronunciations.py``; its licence in ``data/pronunciations.LICENSE``) gives a word's
sounds in ARPAbet (``nolan → N OW1 L AH0 N``), and these are written in Hangul by the
loanword rules for English (외래어 표기법 제3장 제1절): a voiceless stop after a short vowel is a
final at the end of a word and before a consonant other than l, r, m, n (book 북, setback 셋백),
else it and the other consonants before no vowel take 으 (cape 케이프, land 랜드, mask 마스크);
sh is 시 at the end, 슈 before a consonant, 샤 셔 쇼 슈 before a vowel; ts, dz are 츠, 즈 and ch,
j 치, 지; an l between vowels is ㄹㄹ (color 컬러); nasals are finals; long vowels are not
doubled; ai 아이, au 아우, ei 에이, oi 오이, ou 오; w and y glide into the vowel after them
(워 와 왜 웨 위, 야 여 요 유). An unstressed vowel is written by its letter, as Korean writes
names (Pelosi 펠로시, Obama 오바마), the letters aligned to the sounds. The dictionary is
read on the first word that needs it, not at import.

>>> hangul("N OW1 L AH0 N".split(), "nolan")
'놀런'
>>> hangul("K L IH1 R W AO2 T ER0".split())
'클리어워터'
"""

from __future__ import annotations

import gzip
import re
from functools import cache, lru_cache
from importlib import resources

from newsread.normalize.data import table
from newsread.normalize.english import _JONG, _UNSTRESSED_EX, _syl

#: The data file, read once on the first word that needs it.
DATA = "pronunciations.tsv.gz"


@cache
def lexicon() -> dict[str, str]:
    """``word → ARPAbet`` of the whole dictionary (lower case, letters only), a word of two
    readings by the one Korean news means (``data/pronunciations_news.tsv``: read R IY1 D, not
    the dictionary's first R EH1 D)."""
    raw = resources.files("newsread.normalize").joinpath("data", DATA).read_bytes()
    cells = iter(gzip.decompress(raw).decode("ascii").rstrip("\n").replace("\n", "\t").split("\t"))
    return dict(zip(cells, cells, strict=False)) | table("pronunciations_news.tsv")  # word, phones, …


#: Each vowel of ARPAbet as Hangul vowels; ER is 어, its r unsaid.
_VOWEL = {
    "AA": "ㅏ", "AE": "ㅐ", "AH": "ㅓ", "AO": "ㅗ", "AW": "ㅏㅜ", "AY": "ㅏㅣ", "EH": "ㅔ", "ER": "ㅓ",
    "EY": "ㅔㅣ", "IH": "ㅣ", "IY": "ㅣ", "OW": "ㅗ", "OY": "ㅗㅣ", "UH": "ㅜ", "UW": "ㅜ",
}  # fmt: skip
#: The vowels after which a voiceless stop closes the syllable (book 북, hot 핫): the short ones.
_SHORT = frozenset({"AE", "AH", "EH", "IH", "UH"})
#: A vowel before an r that no vowel follows: the r said as 어 after it (clear 클리어, care 케어,
#: tour 투어, fire 파이어); after AA, AO and ER it only lengthens the vowel (car 카, court 코트).
_R_SAID = {"IH": "ㅓ", "IY": "ㅓ", "EH": "ㅓ", "EY": "ㅓ", "UH": "ㅓ", "UW": "ㅓ", "AY": "ㅓ", "AW": "ㅓ", "OY": "ㅓ"}
#: Consonants as initial jamo; the ones said alone before no vowel with 이, not 으 (match 매치).
_CONSONANT = {
    "B": "ㅂ", "CH": "ㅊ", "D": "ㄷ", "DH": "ㄷ", "F": "ㅍ", "G": "ㄱ", "HH": "ㅎ", "JH": "ㅈ", "K": "ㅋ",
    "L": "ㄹ", "M": "ㅁ", "N": "ㄴ", "NG": "ㅇ", "P": "ㅍ", "R": "ㄹ", "S": "ㅅ", "SH": "ㅅ", "T": "ㅌ",
    "TH": "ㅅ", "V": "ㅂ", "Z": "ㅈ", "ZH": "ㅈ",
}  # fmt: skip
_I_AFTER = frozenset({"CH", "JH", "ZH"})
#: A voiceless stop as the final of a closed syllable.
_STOP_CODA = {"P": "ㅂ", "T": "ㅅ", "K": "ㄱ"}
_NASAL_CODA = {"M": "ㅁ", "N": "ㄴ", "NG": "ㅇ"}
#: w before a vowel: 워 와 왜 웨 위 우 (word 워드, wander 완더, wag 왜그, west 웨스트, witch 위치).
_W_GLIDE = {"ㅏ": "ㅘ", "ㅐ": "ㅙ", "ㅓ": "ㅝ", "ㅗ": "ㅝ", "ㅔ": "ㅞ", "ㅣ": "ㅟ", "ㅜ": "ㅜ"}
#: y before a vowel, and sh before a vowel: 야 얘 여 예 요 유 (yard 야드, yellow 옐로, you 유).
_Y_GLIDE = {"ㅏ": "ㅑ", "ㅐ": "ㅒ", "ㅓ": "ㅕ", "ㅗ": "ㅛ", "ㅔ": "ㅖ", "ㅜ": "ㅠ", "ㅣ": "ㅣ"}
#: The consonants that make one syllable with a w after them (quarter 쿼터, penguin 펭귄, whistle 휘슬).
_W_JOINS = frozenset({"G", "K", "HH"})
#: The letters that write an unstressed vowel, and its sound so written (Obama 오바마, police
#: 폴리스, Kennedy 케네디, Phillips 필립스, Brooklyn 브루클린); a u keeps 어.
_LETTER_VOWEL = {"a": "ㅏ", "e": "ㅔ", "i": "ㅣ", "o": "ㅗ", "y": "ㅣ"}
_VOWEL_LETTERS = "aeiouy"
#: A consonant and a final le, said as a syllable of its own (apple 애플, title 타이틀; not mobile).
_CONSONANT_LE = re.compile(r"[^aeiouy]les?$")


def _split(phone: str) -> tuple[str, str]:
    """``AH0`` → (``AH``, ``0``); a consonant has no stress."""
    return (phone[:-1], phone[-1]) if phone[-1].isdigit() else (phone, "")


def _vowel_groups(word: str) -> list[tuple[int, str]]:
    """The runs of vowel letters of ``word`` with their positions (a y after a consonant is a vowel)."""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(word):
        if word[k] in _VOWEL_LETTERS and not (word[k] == "y" and (k == 0 or word[k - 1] in "aeiou")):
            j = k
            while j < len(word) and word[j] in _VOWEL_LETTERS:
                j += 1
            out.append((k, word[k:j]))
            k = j
        else:
            k += 1
    return out


def align(phones: list[str], word: str) -> list[str | None]:
    """The vowel letters that spell each vowel of ``phones`` in ``word`` (None for a consonant, or a
    vowel no letters were found for): the vowels and the runs of vowel letters are paired in order,
    a final silent e or a run of letters unsaid skipped, a run of two letters shared by two
    vowels (the ia of media, the eo of rodeo).

    >>> align("OW2 B AA1 M AH0".split(), "obama")
    ['o', None, 'a', None, 'a']
    """
    vowels = [n for n, p in enumerate(phones) if p[-1].isdigit()]
    groups = [g for _, g in _vowel_groups(word)]
    if groups and len(groups) > len(vowels) and groups[-1] == "e" and word.endswith("e"):
        groups = groups[:-1]  # a silent final e (make, code)
    m, n = len(groups), len(vowels)
    inf = 10**6
    # cost[i][j]: the first i groups spelling the first j vowels
    cost = [[inf] * (n + 1) for _ in range(m + 1)]
    back: list[list[tuple[int, int, str | None] | None]] = [[None] * (n + 1) for _ in range(m + 1)]
    cost[0][0] = 0
    for i in range(m + 1):
        for j in range(n + 1):
            c = cost[i][j]
            if c >= inf:
                continue
            steps: list[tuple[int, int, int]] = []
            if i < m and j < n:
                steps.append((1, 1, 0))  # one run, one vowel
            if i < m:
                steps.append((1, 0, 1 if groups[i] == "e" else 2))  # a silent run, most often an e
            if j < n:
                steps.append((0, 1, 2))  # a vowel with no letter of its own (rhythm)
            if i < m and j + 1 < n and len(groups[i]) >= 2:
                steps.append((1, 2, 1))  # one run, two vowels (ia, eo)
            for di, dj, extra in steps:
                if c + extra < cost[i + di][j + dj]:
                    cost[i + di][j + dj] = c + extra
                    back[i + di][j + dj] = (i, j, groups[i] if di else None)
    out: list[str | None] = [None] * len(phones)
    i, j = m, n
    while (i, j) != (0, 0):
        step = back[i][j]
        if step is None:
            break
        pi, pj, group = step
        if group is not None and j - pj == 2:
            out[vowels[pj]], out[vowels[pj + 1]] = group[0], group[1:]
        elif group is not None and j - pj == 1:
            out[vowels[pj]] = group
        i, j = pi, pj
    return out


def _is_vowel(phone: str) -> bool:
    return phone[-1].isdigit()


def _open(phones: list[str], k: int) -> bool:
    """Whether the vowel ``phones[k]`` ends its syllable: one consonant, or a consonant and l or r,
    and a vowel after it (po-lice, pro-fessor; not com-puter, not a final -ot)."""
    rest = phones[k + 1 : k + 4]
    if len(rest) >= 2 and not _is_vowel(rest[0]) and _is_vowel(rest[1]):
        return True
    return len(rest) == 3 and rest[1] in ("L", "R") and not _is_vowel(rest[0]) and _is_vowel(rest[2])


def _syllabic_le(phones: list[str], k: int, word: str) -> bool:
    """Whether ``phones[k]`` is the vowel of a final le after a consonant (apple 애플, Eagles 이글스,
    titled 타이틀드)."""
    return (
        phones[k : k + 2] == ["AH0", "L"]
        and phones[k + 2 :] in ([], ["Z"], ["D"])
        and bool(_CONSONANT_LE.search(word[:-1] if phones[k + 2 :] == ["D"] and word.endswith("led") else word))
    )


def _vowel(phones: list[str], k: int, letters: str | None, word: str) -> str:
    """The Hangul vowel(s) of the ARPAbet vowel ``phones[k]``, spelled by ``letters`` of ``word``:
    an unstressed vowel by the letter that spells it, as Korean writes English names and words
    (Obama 오바마, Canada 캐나다, police 폴리스, Kennedy 케네디, Phillips 필립스, digital 디지털,
    village 빌리지, business 비즈니스, mountain 마운틴, apple 애플); an AA spelled o is 오 (Collins
    콜린스, robot 로봇), after w 어 (watch 워치, quality 퀄리티)."""
    phone, stress = _split(phones[k])
    prev = phones[k - 1] if k else ""
    nxt = phones[k + 1 : k + 2]
    last = k == len(phones) - 1
    if phone == "AA" and prev == "W" and letters and "a" in letters:
        return "ㅓ"
    final_aw = letters == "a" and word.endswith("aw") and not any(_is_vowel(p) for p in phones[k + 1 :])
    if letters and phone == "AA" and letters[0] == "o" and _o_as_a(word):
        return "ㅏ"  # box 박스, job 잡, doctor 닥터: the established forms (data/english_o_a.tsv)
    if letters and phone == "AA" and (letters[0] == "o" or letters == "au" or final_aw):
        return "ㅗ"  # Auckland 오클랜드, Kershaw 커쇼: au and aw are 오, as in Paul 폴, Shaw 쇼
    # the dictionary's UH of a Greek eu (neuro, neural) is the same 유, but not an eur at the end of
    # a syllable (entrepreneur 앙트레프레너)
    greek_eu = phone == "UH" and letters == "eu" and (nxt != ["R"] or _open(phones, k))
    if (phone == "UW" or greek_eu) and prev in ("T", "D", "N", "S") and letters in ("u", "ew", "eu", "ue", "e"):
        return "ㅠ"  # news 뉴스, studio 스튜디오, tube 튜브: the glide British English keeps
    if phone == "EH" and letters == "ee":
        return "ㅣ"  # Greenwich 그리니치: ee is 이, as Korean writes it
    if phone == "EY" and letters == "e":
        return "ㅔ"  # Cheney 체니: a vowel written with e alone is read by it
    if phone == "ER" and stress == "0" and last and word.endswith("ar"):
        return "ㅏ"  # Oscar 오스카, interstellar 인터스텔라
    if phone == "AO" and nxt == ["R"] and k + 2 == len(phones) and prev != "W":
        return "ㅗㅓ"  # store 스토어, score 스코어
    if phone == "EH" and nxt == ["R"] and letters == "a" and _is_vowel((phones[k + 2 :] or ["R"])[0]):
        return "ㅐ"  # Mariners 매리너스, Harris 해리스, Carolina 캐롤라이나
    if phone == "IY" and stress == "0" and letters == "ay":
        return "ㅔㅣ"  # Monday 먼데이
    if phone == "ER" and stress == "0" and phones[k + 1 :] in (["T"], ["T", "S"]) and word.endswith(("ort", "orts")):
        return "ㅗ"  # a final ort unstressed: comfort 컴포트, effort 에포트, as support 서포트
    pretonic = any(p.endswith("1") for p in phones[k + 1 :])
    if phone == "ER" and stress == "0" and letters == "o" and (pretonic or (nxt and _is_vowel(nxt[0]))):
        return "ㅗ"  # Toronto 토론토, factory 팩토리, information 인포메이션
    if (
        phone == "ER"
        and stress == "0"
        and letters in ("i", "e")
        and nxt
        and _is_vowel(nxt[0])
        and not any(_is_vowel(p) for p in phones[:k])
    ):
        # a first syllable of i or e whose r starts the stressed one: director 디렉터, Peru 페루,
        # Ferrari 페라리, terrific 테리픽, as Korean writes them by the letter, not 더, 퍼
        return _LETTER_VOWEL[letters]
    if stress == "0" and k == 0 and word.startswith("ex") and phones[1:3] == ["K", "S"]:
        return "ㅣ" if _UNSTRESSED_EX.match(word) else "ㅔ"  # express 익스프레스, Excel 엑셀
    if phone == "ER" and stress == "0" and prev == "CH" and letters == "u" and nxt and _is_vowel(nxt[0]):
        return "ㅜ"  # a tu before the vowel of another syllable: natural 내추럴, century 센추리
    if stress != "0" or phone not in ("AH", "IH") or not word:
        return _VOWEL[phone]
    if not letters or _syllabic_le(phones, k, word):
        return "ㅡ" if phone == "AH" else _VOWEL[phone]  # apple 애플, rhythm
    if letters == "i" and phones[k + 1 : k + 2] == ["B"] and _syllabic_le(phones, k + 2, word):
        return "ㅓ"  # -ible as Korean writes it: convertible 컨버터블, flexible 플렉서블, incredible 인크레더블
    if prev[:2] in ("AY", "OY") and not last:
        return "ㅓ"  # pioneer 파이어니어, science 사이언스
    if letters[-1] == "a" and last:
        return "ㅣㅏ" if letters[-2:] == "ia" and prev not in ("Y", "IY0", "IY1", "IY2") else "ㅏ"
    if nxt == ["JH"] or phones[k + 1 : k + 3] == ["N", "JH"]:
        # village 빌리지, message 메시지, challenge 챌린지; an o keeps its letter (technology 테크놀로지)
        return "ㅗ" if letters == "o" else "ㅣ"
    if letters == "ai":
        return "ㅣ"  # mountain 마운틴, captain 캡틴
    if letters == "a" and phones[k + 1 :] in (["T"], ["T", "S"]) and re.search(r"(?<=[^aeiou])ates?$", word):
        return "ㅣ"  # an unstressed final -ate: climate 클라이밋, private 프라이빗, pirates 파이리츠
    if letters == "e" and phones[k + 1 :] in (["T"], ["T", "S"]) and _SHORT_ET.search(word) and _after_short(phones, k):
        return "ㅣ"  # a final -et after a short a or u: jacket 재킷, tablet 태블릿, bucket 버킷, Hamlet 햄릿
    if letters == "e" and prev == "JH" and phones[k + 1 :] in (["N"], ["N", "Z"]) and word.endswith(("gen", "gens")):
        return "ㅔ"  # a final -gen: hydrogen 하이드로젠, oxygen 옥시젠, Imogen 이모젠
    if letters == "e" and phones[k + 1 :] in (["M"], ["M", "Z"]) and word.removesuffix("s") in _em_words():
        return "ㅔ"  # a final -em Korean writes 엠: system 시스템, modem 모뎀 (data/english_em.tsv)
    if prev == "Z" and phones[k + 1 :] in (["M"], ["M", "Z"]) and _ISM.search(word):
        return "ㅡ"  # -ism and -asm: feminism 페미니즘, populism 포퓰리즘, sarcasm 사캐즘
    rest = word[word.rfind(letters) + len(letters) :]
    if phones[k + 1 :] in (["S"], ["Z"], ["S", "T"]) and (letters, rest) in (
        ("e", "s"),
        ("e", "ss"),
        ("a", "ce"),
        ("e", "st"),
    ):
        return "ㅣ"  # business 비즈니스, fearless 피어리스, peaches 피치스, surface 서피스
    if letters == "u" and prev == "F" and phones[k + 1 :] == ["L"]:
        return "ㅜ"  # beautiful 뷰티풀
    if phone == "IH" or len(letters) != 1:
        return _VOWEL[phone]
    if letters == "e" and prev in ("T", "D") and phones[k + 1 :] == ["D"] and word.endswith("ed"):
        return "ㅣ"  # the ending -ed after t or d: limited 리미티드, United 유나이티드
    final_l = phones[k + 1 :] == ["L"]
    if letters == "e" and final_l and prev == "V":
        before = [p for p in phones[:k] if _is_vowel(p)]
        return "ㅔ" if before and before[-1].startswith("EH") else "ㅡ"  # travel 트래블, novel 노블; level 레벨
    if letters in ("e", "o") and final_l and prev != "V" and not _is_vowel(prev):
        return _LETTER_VOWEL[letters]  # Mitchell 미첼, Pixel 픽셀, Bristol 브리스톨, model 모델
    if (
        letters == "a"
        and prev == "M"
        and phones[k + 1 :] == ["N"]
        and sum(_is_vowel(p) for p in phones[:k]) >= 2
        and not (word.endswith("erman") and word[:-3] not in table("english.tsv"))
    ):
        # a word made with man is 맨 (Superman 슈퍼맨, policeman 폴리스맨); a surname 먼 (Newman),
        # -erman after no listed word among them (Zimmerman 지머먼, Ackerman 애커먼)
        return "ㅐ"
    if letters == "a" and prev == "L" and phones[k + 1 :] == ["N", "D"]:
        return "ㅐ"  # Portland 포틀랜드, Oakland 오클랜드
    if letters == "y":
        return "ㅣ"  # Brooklyn 브루클린
    if letters == "a" and phones[k + 1 :] == ["S"] and word.endswith("as"):
        return "ㅏ"  # Kansas 캔자스, Texas 텍사스
    if letters == "a":
        # Canada 캐나다, Alabama 앨라배마; not before a final le (sustainable 서스테이너블), nor closed (Nolan 놀런)
        return "ㅏ" if _open(phones, k) and not _syllabic_le(phones, k + 2, word) else "ㅓ"
    if letters == "i":
        return "ㅣ"
    if (
        letters in ("e", "o")
        and phones[k + 1 :] in (["N"], ["N", "Z"])
        and (prev in ("S", "Z") + (("D", "T", "P", "V", "K") if letters == "e" else ()) or _DOUBLE_T_ON.search(word))
    ):
        # Johnson 존슨, season 시즌, Biden 바이든, open 오픈, seven 세븐; Stevens 스티븐스; an on
        # after a doubled t too (cotton 코튼, button 버튼), where one t keeps 턴 (Clinton 클린턴)
        return "ㅡ"
    if letters == "o" and phones[k + 1 :] == ["N"] and prev in _ON_AFTER:
        return "ㅗ"  # dragon 드래곤, lemon 레몬, Pentagon 펜타곤
    if letters in ("o", "e") and _open(phones, k):
        return _LETTER_VOWEL[letters]
    if letters == "e" and (any(_is_vowel(p) for p in phones[k + 1 :]) or phones[k + 1 :] in _E_CLOSED):
        return "ㅔ"  # Kentucky 켄터키: an e before the last syllable
    return _VOWEL[phone]


#: The endings a word of data/english_o_a.tsv keeps its 아 before: its plural (jobs 잡스,
#: doctors 닥터스); not -ing nor -er, which may go the other way (boxing 복싱, boxer 복서).
_O_A_ENDING = re.compile(r"(?:e?s)?")


def _o_as_a(word: str) -> bool:
    """Whether the stressed o of ``word`` is 아 by established usage: a word of
    ``data/english_o_a.tsv`` or one of its forms (box, boxes, job, jobs, doctors)."""
    listed = table("english_o_a.tsv")
    return any(word[:k] in listed and _O_A_ENDING.fullmatch(word, k) for k in range(3, len(word) + 1))


@cache
def _em_words() -> frozenset[str]:
    """The words of ``data/english_em.tsv``, whose final -em is 엠, not the dictionary's schwa."""
    return frozenset(table("english_em.tsv"))


#: A final -et and -ism (or -asm), with their plurals.
_SHORT_ET = re.compile(r"(?<=[^aeiou])ets?$")
_ISM = re.compile(r"[ia]sms?$")


def _after_short(phones: list[str], k: int) -> bool:
    """Whether the last stressed vowel before ``phones[k]`` is the short a or u (AE, AH) of
    jacket and bucket, after which an unstressed final -et is 잇 as Korean writes it; after
    another (rocket 로켓, ticket 티켓, helmet 헬멧) it keeps its 에."""
    stressed = [p for p in phones[:k] if p[-1:] in ("1", "2")]
    return bool(stressed) and stressed[-1][:2] in ("AE", "AH")


#: A final on after a doubled t: cotton, buttons.
_DOUBLE_T_ON = re.compile(r"ttons?$")

#: The consonants after which an unstressed final on is 온 (dragon 드래곤, lemon 레몬, melon 멜론),
#: where after others it is 언 or 슨 (Clinton 클린턴, London 런던, Johnson 존슨).
_E_CLOSED = [[c] for c in ("P", "T", "K", "G", "B", "F", "V", "TH", "CH", "JH", "SH")] + [["K", "S"]]
_ON_AFTER = frozenset({"G", "L", "M", "B", "TH", "F", "P", "V", "K"})


def hangul(phones: list[str], word: str = "") -> str:
    """The ARPAbet ``phones`` written in Hangul (see the module's doc); ``word``, where given, the
    spelling whose letters colour the unstressed vowels."""
    return _render(_sounds(phones, word))


#: A sound: ("v", Hangul vowels, ARPAbet vowel, short), ("c", ARPAbet consonant, "", False), or
#: ("b", "", "", False), the boundary between the words of a compound.
Sound = tuple[str, str, str, bool]
_BOUNDARY: Sound = ("b", "", "", False)


def _respoken(phones: list[str], word: str) -> list[str]:
    """``phones`` as Korean hears the word: a final ham after a consonant is 엄, its h unsaid, as
    British places are said (Nottingham 노팅엄, Buckingham 버킹엄, Birmingham 버밍엄); an h after
    th is unsaid (Southampton 사우샘프턴); an x after a stressed vowel is ks (exit 엑시트, exile
    엑사일), where gz before the stress stays (exact 이그잭트); a wh before i is said with its h
    (white 화이트, whistle 휘슬, Whitehall 화이트홀; why 와이). British places as Korean writes
    them: a final borough or brough 버러 (Hillsborough 힐스버러, not the dictionary's 버로), a
    final bury 베리 (as Canterbury 캔터베리), and the w of an unstressed wich or wick unsaid after
    r (Harwich 하리치, Warwick 워릭; Ipswich, Gatwick keep it). The -ed said t after an s, as
    Korean writes it, 드 (advanced 어드밴스드, enhanced 인핸스드, based 베이스드)."""
    if word.endswith("ham") and len(phones) > 3 and phones[-3] == "HH" and not _is_vowel(phones[-4]):
        phones = [*phones[:-3], "AH0", "M"]
    phones = [p for k, p in enumerate(phones) if not (p == "HH" and k and phones[k - 1] == "TH")]
    if (
        word.startswith("wh")
        and phones[:1] == ["W"]
        and (phones[1][:-1] in ("IH", "IY") or phones[1:3] == ["AY1", "T"])
    ):
        phones = ["HH", *phones]
    if word.endswith("borough") and phones[-3:-1] in (["B", "ER0"], ["B", "ER2"], ["AH0", "R"]):
        # Peterborough 피터버러, as the end of a name is said (_NAME_ENDINGS)
        phones = [*phones[: -3 if phones[-3] == "B" else -4], *_NAME_ENDINGS["borough"].split()]
    if word.endswith("brough") and phones[-3:-1] == ["B", "R"]:
        phones = [*phones[:-1], "AH0"]  # Middlesbrough 미들즈브러
    if word.endswith("bury") and phones[-3:] in (["B", "ER0", "IY0"], ["B", "R", "IY0"]):
        phones = [*phones[:-2], "EH2", "R", "IY0"]  # Aylesbury 에일즈베리, as Canterbury 캔터베리
    if re.search(r"[^aeiou]wi(?:ch|ck)$", word) and phones[-3:-1] == ["W", "IH0"] and phones[-4] == "R":
        phones = [*phones[:-3], *phones[-2:]]  # Norwich 노리치, Warwick 워릭: the w unsaid after r
    if phones[-5:-2] == ["M", "P", "S"] and phones[-2:] == ["AH0", "N"]:
        phones = [*phones[:-4], *phones[-3:]]  # Thompson 톰슨, Simpson 심슨: no p between m and s
    if "x" in word:
        for k in range(1, len(phones) - 1):
            if phones[k : k + 2] == ["G", "Z"] and phones[k - 1][-1] in "12":
                phones = [*phones[:k], "K", "S", *phones[k + 2 :]]
    if word.endswith(("ced", "sed")) and phones[-2:] == ["S", "T"]:
        phones = [*phones[:-1], "D"]  # the -ed of advanced, based, as Korean writes it: 어드밴스드, 베이스드
    if "tz" in word:
        phones = _TZ_BEFORE_VOWEL.sub("CH ", " ".join(phones) + " ").split()
    return phones


#: A tz said t and s (or z) before a vowel, one sound as Korean writes it, ㅊ: seltzer 셀처, Blitzer
#: 블리처, Spitzer 스피처, not 셀트서, 스핏저; before a consonant or at the end it stays 츠 (Ritz 리츠).
_TZ_BEFORE_VOWEL = re.compile(r"\bT [SZ] (?=(?:AA|AE|AH|AO|AW|AY|EH|ER|EY|IH|IY|OW|OY|UH|UW)[0-2] )")


def _sounds(phones: list[str], word: str) -> list[Sound]:
    """The sounds of ``phones`` to be written, vowels coloured by the letters of ``word``."""
    phones = _respoken(phones, word)
    letters = align(phones, word) if word else [None] * len(phones)
    # sounds: ("v", vowels, ARPAbet vowel, short) or ("c", ARPAbet consonant, "", False)
    sounds: list[Sound] = []
    n = len(phones)
    for k, p in enumerate(phones):
        base, stress = _split(p)
        if stress:
            said = _vowel(phones, k, letters[k], word)
            # a p after ee closes its syllable too, as Korean writes deep, keep, sleep (딥, 킵, 슬립)
            long_p = base == "IY" and k + 1 < n and phones[k + 1] == "P"
            short = base in _SHORT or (base == "AA" and (letters[k] or "")[:1] == "o") or long_p
            if base == "AW" and k + 1 < n and phones[k + 1][:-1] in ("ER", "AH"):
                sounds += [("v", "ㅏ", base, False), ("c", "W", "", False)]  # tower 타워, power 파워
                continue
            sounds.append(("v", said, base, short))
            if base == "ER" and k + 1 < n and _is_vowel(phones[k + 1]):
                sounds.append(("c", "R", "", False))  # battery 배터리: the r of er starts the next
            continue
        if base == "R" and sounds and sounds[-1][0] == "v":
            prev = sounds[-1]
            before_vowel = k + 1 < n and _is_vowel(phones[k + 1])
            glide = prev[2] == "IH" and letters[k - 1] in ("ee", "ea", "ie", "ee")
            if not before_vowel or glide:
                sounds[-1] = (prev[0], prev[1], prev[2], False)
                if prev[2] in _R_SAID:
                    sounds.append(("v", _R_SAID[prev[2]], "R", False))  # clear 클리어, engineering 엔지니어링
                if not before_vowel:
                    continue  # an r before no vowel: the vowel long, or 어 after it
        final_s = k == n - 1 and phones[k - 1] != "D" and word.endswith("s")
        second = k + 1 < n and phones[k + 1] in ("B", "W") and not word.endswith("bury")
        if base == "Z" and k and word and "z" not in word and (final_s or second):
            # an s said z is 스 at the end, as Korean writes names and plurals (Hughes 휴스, Yankees
            # 양키스, girls 걸스, Kellogg's 켈로그스), but after d (Lloyds 로이즈), and before the b or w
            # of a place's second part (Gettysburg 게티스버그, Ellsworth 엘스워스); Disney 디즈니
            base = "S"
        if base == "Y" and k and phones[k - 1] in ("D", "L", "N") and phones[k + 1 : k + 2] in (["AH0"], ["ER0"]):
            sounds.append(("v", "ㅣ", "IY", False))  # union 유니언, junior 주니어: 이 and 어
            continue
        sounds.append(("c", base, "", False))
    return sounds


def _vowel_at(sounds: list[Sound], k: int) -> bool:
    return k < len(sounds) and sounds[k][0] == "v"


def _add_coda(out: list[str], coda: str) -> bool:
    """Put ``coda`` under the last syllable of ``out`` where it has none; whether it did."""
    if not out:
        return False
    k = ord(out[-1]) - 0xAC00
    if not 0 <= k < 11172 or k % 28:
        return False
    out[-1] = chr(ord(out[-1]) + _JONG.index(coda))
    return True


def _render(sounds: list[Sound]) -> str:
    out: list[str] = []
    n = len(sounds)
    k = 0
    while k < n:
        kind, said, _, _ = sounds[k]
        if kind == "b":
            k += 1
            continue
        if kind == "v":
            out.extend(_syl("ㅇ", v) for v in said)
            k += 1
            continue
        c = said
        nxt = sounds[k + 1] if k + 1 < n else None
        glide = c if c in ("W", "Y") else None
        if glide:
            if nxt and nxt[0] == "v":
                table = _W_GLIDE if glide == "W" else _Y_GLIDE
                v = nxt[1]
                first = "ㅑ" if glide == "Y" and v[0] == "ㅐ" else table.get(v[0], v[0])  # Yankee 양키, not 얭키
                out.append(_syl("ㅇ", first))
                out.extend(_syl("ㅇ", x) for x in v[1:])
                k += 2
            else:
                out.append(_syl("ㅇ", "ㅜ" if glide == "W" else "ㅣ"))
                k += 1
            continue
        # a consonant before a vowel, or before a glide and a vowel, starts its syllable
        after = sounds[k + 2] if k + 2 < n else None
        onset_glide = nxt is not None and nxt[1] in ("W", "Y") and after is not None and after[0] == "v"
        if nxt is not None and (nxt[0] == "v" or (onset_glide and not (c == "L" and nxt[1] == "W"))):
            if c == "L" and not (k and (sounds[k - 1][2] == "R" or sounds[k - 1] == _BOUNDARY)):
                _add_coda(out, "ㄹ")  # an l between vowels, or after a consonant said alone, is ㄹㄹ
            if c == "NG":
                _add_coda(out, "ㅇ")  # hanging 행잉
                out_c = "ㅇ"
            else:
                out_c = _CONSONANT[c]
            vowel_sound = after if onset_glide else nxt
            assert vowel_sound is not None
            v = vowel_sound[1]
            first = v[0]
            if onset_glide and nxt is not None and nxt[1] == "Y":
                first = _Y_GLIDE.get(first, first)
            elif onset_glide and c in _W_JOINS:
                first = _W_GLIDE.get(first, first)
            elif onset_glide:
                # swing 스윙, twist 트위스트: two syllables; sh 슈 there as before a consonant (Schwinn 슈윈)
                out.append(_syl(out_c, "ㅠ" if c == "SH" else "ㅡ"))
                out_c, first = "ㅇ", _W_GLIDE.get(first, first)
            elif c == "SH":
                first = _Y_GLIDE.get(first, first)  # shopping 쇼핑, fashion 패션
            out.append(_syl(out_c, first))
            out.extend(_syl("ㅇ", x) for x in v[1:])
            k += 3 if onset_glide else 2
            continue
        # no vowel after it: a final of the syllable before, or a syllable of its own
        prev = sounds[k - 1] if k else None
        after_short = prev is not None and prev[0] == "v" and prev[3] and len(prev[1]) == 1
        if (
            c in ("T", "D")
            and nxt is not None
            and nxt[1] == ("S" if c == "T" else "Z")
            and not _vowel_at(sounds, k + 2)
        ):
            out.append("츠" if c == "T" else "즈")  # Keats 키츠, odds 오즈, Nets 네츠
            k += 2
            continue
        if c in _NASAL_CODA and _add_coda(out, _NASAL_CODA[c]):
            k += 1
            continue
        if c == "L":
            if nxt is not None and nxt[0] == "c" and nxt[1] in ("M", "N") and not _vowel_at(sounds, k + 2):
                _add_coda(out, "ㄹ")  # film 필름: an l before a nasal is ㄹㄹ
                out.append("르")
                k += 1
                continue
            if _add_coda(out, "ㄹ"):
                k += 1
                continue
        plural = c == "B" and k + 2 == n and nxt is not None and nxt[1] in ("S", "Z")
        # a final g after the short u is 그 (bug 버그, drug 드러그, mug 머그, Doug 더그)
        coda = after_short and not (c == "G" and prev is not None and prev[2] == "AH" and prev[1] == "ㅓ")
        if c in ("B", "G") and coda and (nxt is None or plural) and _add_coda(out, "ㅂ" if c == "B" else "ㄱ"):
            k += 1  # web 웹, lab 랩, big 빅, club 클럽: as Korean writes them; a b before a final s too (Jobs 잡스)
            continue
        if c in _STOP_CODA and after_short:
            # before a consonant of the next word of a compound, its glides too (blackwell 블랙웰)
            boundary = nxt == _BOUNDARY
            beyond = sounds[k + 2] if boundary and k + 2 < n else None if boundary else nxt
            sonorant = ("L", "R", "M", "N") if boundary else ("L", "R", "M", "N", "W", "Y")
            if (beyond is None or beyond[0] == "v" or beyond[1] not in sonorant) and _add_coda(out, _STOP_CODA[c]):
                k += 1
                continue
        if c == "SH":
            out.append("시" if nxt is None or nxt == _BOUNDARY else "슈")  # flash 플래시, shrub 슈러브
        elif c == "HH":
            pass
        else:
            out.append(_syl(_CONSONANT[c], "ㅣ" if c in _I_AFTER else "ㅡ"))
        k += 1
    return "".join(out)


def _unstressed(phones: str) -> str:
    return phones.replace("0", "").replace("1", "").replace("2", "")


@cache
def not_heads() -> frozenset[str]:
    """Words of grammar that begin words without making compounds of them
    (data/compound_not_heads.tsv): format is not for + mat (포맷, not 포어맷), Norway not nor + way."""
    return frozenset(table("compound_not_heads.tsv"))


def _compound(word: str, phones: str) -> tuple[str, str] | None:
    """The two words of the dictionary that ``word`` is made of, said as it is said (startup = start
    + up, outlook = out + look, offline = off + line), so that each keeps its own form (10항:
    스타트업, 아웃룩, 오프라인); None where it is not so made."""
    lex, eng = lexicon(), table("english.tsv")
    said = _unstressed(phones)
    best: tuple[tuple[int, bool, int], int] | None = None
    for k in range(3, len(word) - 1):
        if word[:k] in not_heads():
            continue
        head, tail = lex.get(word[:k]), lex.get(word[k:])
        if head and tail and _unstressed(f"{head} {tail}") == said:
            # the second part keeps a stress of its own, as a word does and an ending (-ing,
            # -er, -son: streaming, Johnson) does not
            first, rest = phones.split()[: len(head.split())], phones.split()[len(head.split()) :]
            # a second word in a vowel only after a first with a stress of its own (backend 백엔드,
            # bookend 북엔드), not a syllable before a stressed end (portend, november), or after
            # a listed prefix or word said without it (disorder 디스오더, throughout 스루아웃)
            listed = (k > 3 and word[:k] in eng) or word[:k] in table("english_prefixes.tsv")
            stressed = listed or any(p[-1] in "12" for p in first)
            if (any(p[-1] in "12" for p in rest) or _closing_word(word[:k], word[k:], tail)) and (
                not _is_vowel(rest[0]) or (stressed and _vowel_word(word[k:], rest))
            ):
                # of two cuts the sounds allow, the one into more common words (data/english.tsv),
                # then one before a consonant, then the shorter head: leadoff is lead + off
                # 리드오프, not lea + doff 리도프; Winchester win + chester, not winch + ester;
                # warplane war + plane
                rank = ((word[:k] in eng) + (word[k:] in eng), word[k] not in "aeiou", -k)
                if best is None or rank > best[0]:
                    best = (rank, k)
    return (word[: best[1]], word[best[1] :]) if best else None


@lru_cache(maxsize=8192)
def pronounce(word: str) -> str | None:
    """The Hangul of a lower-case ``word`` the dictionary holds, or of two words it holds written
    as one (Brightline → bright + line, each part as it is said alone), the second starting with a
    consonant (not Killarney → kill + arney, Andreessen → andre + essen: a syllable cut apart),
    each of four letters or more, or a first of three that data/english.tsv lists (offside → off
    + side); None otherwise."""
    lex = lexicon()
    less = _less(word)
    if less:
        return less
    phones = lex.get(word)
    if phones:
        phones = " ".join(_respoken(phones.split(), word))
        # a word listed whole for its 아 is said whole: cocktail 칵테일, not cock + tail 콕테일
        parts = None if _o_as_a(word) else _compound(word, phones)
        if parts:
            return _joined(*parts)
        return hangul(phones.split(), word)
    prefixed = _prefixed(word) or _plural(word) or _agent(word)
    if prefixed:
        return prefixed
    least = 4
    best: tuple[int, int] | None = None
    eng = table("english.tsv")
    for k in range(least - 1, len(word) - least + 1):
        head, tail = word[:k], word[k:]
        if k < least and (head not in eng or head in not_heads()):
            continue  # a head of three letters only as a listed word: offside 오프사이드, oneplus
        if head in lex and tail in lex and tail[0] not in "aeiou":
            score = min(len(head), len(tail))
            if best is None or score > best[0]:
                best = (score, k)
    if best is None:
        return None
    return _joined(word[: best[1]], word[best[1] :])


def _less(word: str) -> str | None:
    """A word of an English word of three letters or more and the suffix -less, said as Korean
    writes the suffix, 리스, after the word as it is said alone (serverless 서버리스, cashless
    캐시리스, endless 엔드리스, not the dictionary's 엔들리스 nor the spelling's 서버레스); None
    for another word (unless, bless: no such word before the suffix)."""
    if not word.endswith("less") or len(word) < 7:
        return None
    stem = word[:-4]
    if len(stem) == 3 and stem[-1] in "aeiouyrw":
        # a stem of three letters in a vowel, an r or a w is a name's (Bayless 베일리스, Corless
        # 콜리스, Lawless 롤리스), said as the dictionary says the whole
        return None
    said = said_word(stem)
    return said + "리스" if said else None


def said_word(low: str) -> str | None:
    """The reading of the lower-case ``low`` as a word said by its sound: as ``data/english.tsv``
    lists it, unless it lists it by its meaning (see :func:`meant_not_said`), else as the
    pronouncing dictionary says it; None for a word listed by its meaning or found in neither
    (thank 땡큐 is no sound before -less: Thankless is the dictionary's)."""
    listed = table("english.tsv").get(low)
    if listed:
        return None if meant_not_said(low) else listed
    return pronounce(low) if low in lexicon() else None


def meant_not_said(low: str) -> bool:
    """Whether ``data/english.tsv`` gives the word by its meaning, a Korean word that shares no
    syllable with what the pronouncing dictionary says and opens with another consonant (fed
    연준, algae 조류, thank 땡큐), which a brand that writes the word inside its name does not
    mean; a word listed by another spelling of its sound is no such word (tech 테크 beside the
    dictionary's 텍, ton 톤 beside 턴)."""
    listed = table("english.tsv").get(low)
    said = pronounce(low) if listed else None
    if not (listed and said) or set(listed) & set(said):
        return False
    return _onset(listed[0]) != _onset(said[0])


def _onset(syllable: str) -> int:
    """The first consonant of a Hangul syllable, as its index among the nineteen (ㅇ for none)."""
    o = ord(syllable) - 0xAC00
    return o // 588 if 0 <= o < 11172 else -1


def english_compound(word: str) -> bool:
    """Whether the lower-case ``word`` is a word of the dictionary made of two it holds, as
    :func:`pronounce` reads it (bloomberg = bloom + berg, freeport = free + port): an English
    word or brand whatever country a text names beside it. A word the dictionary lacks is not
    (Semarang is no sema + rang), nor one with a part of fewer than four letters, as names of
    other languages are cut so by chance (Rangel is no ran + gel)."""
    phones = lexicon().get(word)
    if phones is None or _o_as_a(word):
        return False
    parts = _compound(word, " ".join(_respoken(phones.split(), word)))
    return parts is not None and min(map(len, parts)) >= 4


#: The sounds after which a plural's s is said with a vowel before it (buses, wishes, matches).
_SIBILANTS = frozenset({"S", "Z", "SH", "ZH", "CH", "JH"})


def _plural(word: str) -> str | None:
    """The plural the dictionary lacks of a word of four letters or more it holds, said as that
    word and its s (thrones 스론스, not the spelling rules' 스로네스); None otherwise."""
    lex = lexicon()
    for stem in (word[:-1], word[:-2] if word.endswith("es") else "") if word.endswith("s") else ():
        # a stem in a, i, o or u is a name's (Vestas, Tartus), as English writes few plurals so
        phones = lex.get(stem) if len(stem) >= 4 and stem[-1] not in "aiou" else None
        if phones is None:
            continue
        last = phones.split()[-1]
        if (last in _SIBILANTS) != (stem == word[:-2]):
            continue  # wishes is wish + es, and themes is theme + s
        return hangul([*phones.split(), *(["IH0", "Z"] if last in _SIBILANTS else ["Z"])], word)
    return None


#: A word's end in one vowel and one consonant, which English doubles before an ending (slim →
#: slimmer) where the syllable is stressed.
_SHORT_CLOSED = re.compile(r"(?:^|[^aeiou])[aeiou][b-df-hj-np-tv-z]$")


def _last_stressed(phones: str) -> bool:
    """Whether the last vowel of ``phones`` bears the main stress."""
    vowels = [p for p in phones.split() if _is_vowel(p)]
    return bool(vowels) and vowels[-1].endswith("1")


def _agent(word: str) -> str | None:
    """The noun in -er, or its plural, the dictionary lacks of a verb of four letters or more it
    holds, said as that verb and its 어 (concealer 컨실러, concealers 컨실러스, not the spelling
    rules' 콘실러); a verb in e takes an r (explorer), and is tried first, as English doubles the
    consonant of a verb like slim before its er (slimmer): Slimer is slime + r 슬라이머, not slim
    + er 슬리머. None otherwise."""
    lex = lexicon()
    base = word.removesuffix("s")
    if not base.endswith("er"):
        return None
    for stem in (base[:-1], base[:-2]):
        phones = lex.get(stem) if len(stem) >= 4 and (stem[-1] == "e") == (stem == base[:-1]) else None
        if phones and stem == base[:-2] and _SHORT_CLOSED.search(stem) and _last_stressed(phones):
            continue  # slim, smit: English writes slimmer, so Smiter is no smit + er
        if phones and not _is_vowel(phones.split()[-1]):
            return hangul([*phones.split(), "ER0", *(["Z"] if base != word else [])], word)
    return None


def _closing_word(head: str, tail: str, tail_said: str) -> bool:
    """Whether ``tail`` ends a compound as a word of its own even where the dictionary takes its
    stress away (playlist = play + list 플레이리스트, not 플레일리스트): a word of one syllable and
    four letters or more after a head of four or more, where an ending (-son, -ton, -ing) is
    shorter; not the end of a town's name (Nashville 내슈빌)."""
    return (
        len(head) >= 4
        and len(tail) >= 4
        and tail not in table("name_tails.tsv")  # Nashville 내슈빌, not nash + ville 내시빌
        and sum(_is_vowel(p) for p in tail_said.split()) == 1
    )


def _prefixed(word: str) -> str | None:
    """A word the dictionary lacks made of an English prefix (data/english_prefixes.tsv) and a
    word of four letters or more it holds, or of three that data/english.tsv lists, each said as
    Korean writes it: untitled 언타이틀드, rebranding 리브랜딩, subprime 서브프라임, exaone 엑사원,
    or of two prefixes and such a word (probiotics: pro + bio + tics 프로바이오틱스); None
    otherwise."""
    for prefix, said in table("english_prefixes.tsv").items():
        rest = word[len(prefix) :]
        if not word.startswith(prefix) or len(rest) < 3 or (len(rest) == 3 and rest not in table("english.tsv")):
            continue
        if rest in lexicon():
            return said + (pronounce(rest) or "")
        inner = _prefixed(rest)
        if inner:
            return said + inner
    return None


def _vowel_word(tail: str, said: list[str]) -> bool:
    """Whether ``tail``, said ``said`` in a word, is a second word that starts with a vowel
    (burnout, crossover, login, playoff): its first vowel stressed, and a word the English list
    holds (out, up, in) or of four letters or more (over), not an ending or a syllable (Mustang:
    must + ang)."""
    return said[0][-1] in "12" and (tail in table("english.tsv") or len(tail) >= 4)


#: The second words of names said without their stress, as they are at the end of a name the
#: dictionary holds (Stratford 스트랫퍼드, Peterborough 피터버러), not as the words alone (ford 포드).
_NAME_ENDINGS = {"ford": "F ER0 D", "borough": "B ER0 R AH0"}


def _joined(head: str, tail: str) -> str:
    """Two words of the dictionary written as one, each said as it is alone; a second word that
    starts with a vowel as the English list says it (burnout: out 아웃), the end of a name as it
    is said in one (Rashford 래시퍼드, Gainsborough 게인스버러)."""
    lex, eng = lexicon(), table("english.tsv")
    if head in eng:
        return eng[head] + (eng.get(tail) or _joined_tail(tail))  # podcast 팟캐스트, checkout 체크아웃
    listed = eng.get(tail) if tail[0] in "aeiou" else None
    if listed:
        return _render(_sounds(lex[head].split(), head)) + listed
    return _render([*_sounds(lex[head].split(), head), _BOUNDARY, *_tail_sounds(tail)])


def _tail_sounds(tail: str) -> list[Sound]:
    """The sounds of the second word of a compound, said alone or as the end of a name."""
    return _sounds((_NAME_ENDINGS.get(tail) or lexicon()[tail]).split(), tail)


def _joined_tail(tail: str) -> str:
    """The second word of a compound said alone, or as the end of a name."""
    return _render(_tail_sounds(tail))
