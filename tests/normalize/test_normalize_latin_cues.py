"""Latin words whose spelling looks like another language's but is not: English names and
compounds with a k before an h, English th, tech abbreviations of two letters in a name, French é
with gny, German lakes in -see, German words after pro; and Vietnamese places after 베트남."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("Markham 시장이 말했다", "마컴", "마르"),
        ("Kirkham 씨가 말했다", "커컴", "키르"),
        ("Parkhurst 거리에서 만났다", "파크허스트", "후르"),
        ("Elkhart 공장이 문을 닫았다", "엘크하트", "엘하"),
        ("Elkhorn 호수가 있다", "엘크혼", "엘혼"),
        ("Birkhead 교수가 말했다", "버크헤드", "비르"),
        ("Burkholder 의원이 말했다", "버크홀더", "부르"),
        ("Monkhouse 씨가 말했다", "멍크하우스", "후세"),
        ("Walkhouse 씨가 말했다", "워크하우스", "월류"),
        ("Parkhill 씨가 말했다", "파크힐", "파르"),
        ("Pinkham 씨가 말했다", "핑컴", "핑쿰"),
        ("Pankhurst 여사가 연설했다", "팽크허스트", "후르"),
        ("Oakhurst 마을에서 열렸다", "오크허스트", "오후"),
        ("Lyndhurst 마을에서 열렸다", "린드허스트", "후르"),
        ("러시아 Balkhanov 선수가 이겼다", "발하노프", "발크"),
        ("Arkhangelsk 항구가 얼었다", "아르한젤스크", "아크"),
        ("Mikhail 씨가 말했다", "미하일", "미크"),
    ],
)
def test_k_before_h_of_english_names_and_of_russian_ones(text: str, said: str, unsaid: str) -> None:
    """kh after l, r, n or m is a sign of another language only with an end of those languages
    after it (-ov, -sk, -an, a final vowel: Alkhanov, Arkhangelsk), and not after the oa, oo, ea,
    ee that only English writes: English names and compounds of a word in k and one in h keep the
    dictionary or the English rules (마컴, 파크허스트, 멍크하우스), as does an English -hurst."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("셰익스피어의 Othello 공연이 열렸다", "오셀로", "오텔"),
        ("Mothra 영화가 개봉했다", "모스라", "모트"),
        ("그리스 Athos 산에 올랐다", "아토스", "아소"),
        ("Athina 시장이 말했다", "아티나", "아시나"),
        ("Mathura 사원을 찾았다", "마투라", "마수"),
    ],
)
def test_th_of_names_of_other_languages_needs_more_than_a_final_o(text: str, said: str, unsaid: str) -> None:
    """th is t in a name spelled as another language, but not in one whose only such sign is a
    final o, as English names end so too (Othello), nor in the English thr (Mothra)."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("Harmony Os 를 탑재했다", "오에스", "오스"),
        ("Vision Os 업데이트가 나왔다", "오에스", "오스"),
        ("One Ui 업데이트가 나왔다", "유아이", "우이"),
        ("Galaxy Ux 디자인이 바뀌었다", "유엑스", "욱스"),
        ("신작은 Io Interactive 가 발표했다", "아이오", " 이오 "),
        ("Meta Ar 글래스가 나왔다", "에이알", "아르"),
        ("Jo Malone 매장이 문을 열었다", "조 말론", "제이오"),
        ("Cheng Ho 원정대", "쳉 호", "에이치오"),
    ],
)
def test_tech_abbreviations_of_two_letters_in_a_name_are_spelled(text: str, said: str, unsaid: str) -> None:
    """A listed tech abbreviation written in title case beside a name's other words is spelled
    (data/letter_words.tsv), where another two-letter word of a name is a syllable of it."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("Sévigny 부인이 편지를 썼다", "세비니", "셰비"),
        ("프랑스 Périgny 공장이 문을 닫았다", "페리니", "페리근"),
        ("프랑스 Étigny 마을에서 열렸다", "에티니", "티근"),
        ("헝가리 Tatabánya 공장이 증설된다", "타타바냐", "바니아"),
        ("Nyíregyháza 공장이 증설된다", "니레지하자", "니이"),
    ],
)
def test_french_gny_with_an_acute_is_not_hungarian(text: str, said: str, unsaid: str) -> None:
    """The gn before a final y of a French name written with é is French's, not Hungarian's ny."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("Möhnesee 호수에서 열렸다", "뫼네제", "네세"),
        ("독일 Königssee 호수에서 열렸다", "스제", "그세"),
        ("독일 Müggelsee 호수에서 열렸다", "뮈겔제", "겔세"),
        ("독일 Schöhsee 호수에서 열렸다", "쇠제", "쇠흐"),
        ("독일 Föhr 섬에서 열렸다", "푀르", "푀흐"),
        ("핀란드 Hämeenlinna 시내에서 열렸다", "해멘린나", "헤멘"),
        ("Järvenpää 시내에서 열렸다", "얘르벤패", "예르"),
    ],
)
def test_german_lakes_in_see_are_german_not_finnish(text: str, said: str, unsaid: str) -> None:
    """A German lake's -see after a consonant or ne is no Finnish long vowel: its s is ㅈ, a word of
    its own; and the h of a long ö or ü is unsaid, as after other vowels (Möhne 뫼네)."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("Prosieben 방송이 보도했다", "프로지벤", "시번"),
        ("독일 Frieden 장관이 말했다", "프리덴", "프리든"),
        ("probiotics 시장이 커졌다", "프로바이오틱스", "비오"),
    ],
)
def test_german_ie_before_a_final_en_is_german(text: str, said: str, unsaid: str) -> None:
    """ie before b, d, g, k, p or t and a final en is German's spelling, which the dictionary holds
    only in names: read by German's rules, not as an English prefix and a name (pro + 시번)."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("베트남 Cao Bang 지역에서 열렸다", "까오 방"),
        ("베트남 Lang Son 공장이 증설된다", "랑 선"),
        ("베트남 Ban Me Thuot 시내에서 열렸다", "반 메 투옷"),
        ("베트남 Tan Son Nhat 공항이 확장됐다", "떤 선 녓"),
        ("베트남 Kon Tum 성에서 열렸다", "꼰 뚬"),
        ("베트남 Dong Dang 역에서 열렸다", "동 당"),
    ],
)
def test_vietnamese_places_after_vietnam_read_whole(text: str, said: str) -> None:
    """A place of Vietnamese syllables after 베트남 is read syllable by syllable from
    data/vietnamese.tsv, which now holds the common syllables it lacked (bang, lang, son, thuot …)."""
    assert said in normalize(text)
