"""English names and brands after a country whose own names follow other rules (태국, 인도,
인도네시아), the long vowels and doubled consonants of those rules, and short names written with
a capital at each syllable (HiFi, JoJo)."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("태국 Paetongtarn Shinawatra 총리가 말했다", "시나와트라", "스히"),
        ("태국 Thaksin Shinawatra 전 총리가 귀국했다", "시나와트라", "스히"),
        ("태국 Shinawatra 가문이 돌아왔다", "시나와트라", "스히"),
        ("태국 Srisuk Shinakorn 의원이 말했다", "시나콘", "스히"),
        ("태국 Blackpink Lisa 공연이 열렸다", "블랙핑크", "블락"),
        ("태국 Foxconn 공장이 문을 열었다", "폭스콘", "촌"),
        ("태국 Cockpit 매장이 문을 열었다", "콕핏", "촉"),
        ("태국 Thompson 회장이 말했다", "톰슨", "프손"),
        ("태국 Young 대표가 말했다", "영", "요웅"),
        ("태국 Long Beach 지점이 열렸다", "롱 비치", "베앗"),
        ("태국 Chelsea 팬들이 모였다", "첼시", "세아"),
        ("태국 Smith 대사가 말했다", "스미스", "스밋"),
        ("태국 Mitchell 대사가 말했다", "미첼", "밋"),
        ("태국 Sukhumvit 거리에서 열렸다", "수쿰윗", "서컴"),
        ("태국 Chiang Mai 주에서 열렸다", "치앙 마이", "창 메이"),
        ("태국 Pattaya 해변에서 열렸다", "파타야", "퍼태"),
        ("태국 Chan 장관이 말했다", "찬", "챈"),
        ("태국 Chon Buri 주에서 열렸다", "촌", "천"),
        ("태국 Siam 지역에서 열렸다", "시암", "사이"),
    ],
)
def test_english_names_after_thailand_stay_english(text: str, said: str, unsaid: str) -> None:
    """After 태국 only a name with a sign of Thai spelling and no English shape is read as Thai:
    a dictionary word needs a strong sign (kh, ae, -wat, -chai …; th and ng alone are English
    too), a name with a c, ck or x is English; sh is ㅅ with the glide of its vowel."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("인도 Deepika Padukone 씨가 출연했다", "디피카", "데피"),
        ("인도 Kareena Kapoor 씨가 출연했다", "카리나 카푸르", "카레"),
        ("인도 Meerut 시에서 열렸다", "미루트", "메루"),
        ("인도 Sreeleela 씨가 출연했다", "스릴릴라", "스렐"),
        ("인도 Pooja 씨가 출연했다", "푸자", "포자"),
        ("인도 Amitabh Bachchan 씨가 출연했다", "바찬", "찿"),
        ("인도 Arunn 씨가 말했다", "아룬", "룬느"),
    ],
)
def test_long_vowels_of_names_of_india(text: str, said: str, unsaid: str) -> None:
    """aa, ee, oo of a name of India are 아, 이, 우: only doubled consonants are said once (a
    final nn, and chch as ch)."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("인도 Johnson & Johnson 공장이 있다", "존슨", "존손"),
        ("인도 John Deere 공장이 있다", "디어", "데레"),
        ("인도 Bryan 교수가 말했다", "브라이언", "브리안"),
        ("인도 Ohio 주 대표단이 왔다", "오하이오", "오히오"),
        ("인도 Graham 대사가 말했다", "그레이엄", "그라함"),
        ("인도 Bahrain 대사가 말했다", "바레인", "바라인"),
        ("인도 Foxconn 공장이 있다", "폭스콘", "콘느"),
        ("인도 Flipkart 매출이 늘었다", "플립", "플리프"),
        ("인도 Paytm 주가가 올랐다", "페이", "파이틈"),
        ("인도 Bharti Airtel 주가가 올랐다", "바르티", "아이르"),
        ("인도 Jodhpur 시에서 열렸다", "조드푸르", "조드퍼"),
        ("인도 Haryana 주에서 열렸다", "하리아나", "하랴"),
        ("인도 Chandigarh 시에서 열렸다", "찬디가르", "챈디"),
    ],
)
def test_english_names_after_india_stay_english(text: str, said: str, unsaid: str) -> None:
    """After 인도 a dictionary word needs a sign English lacks (bh, dh, kh, aa, -pur, -garh …)
    and a name of English shape (x, a c before no h, an air, an ay before a consonant, a first
    consonant and l) is English."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("인도네시아 Hatta 공항에 내렸다", "하타", "핫타"),
        ("인도네시아 Pattimura 대학에서 열렸다", "파티무라", "팟티"),
        ("인도네시아 Bappenas 장관이 말했다", "바페나스", "밥페"),
        ("인도네시아 Sukkur 마을에서 열렸다", "수쿠르", "숙쿠"),
        ("인도네시아 Bukittinggi 시에서 열렸다", "부킷팅기", "부키팅"),
        ("인도네시아 Indofood 매출이 늘었다", "인도푸드", "포오"),
    ],
)
def test_doubled_consonants_of_malay(text: str, said: str, unsaid: str) -> None:
    """A doubled consonant of Malay is said once (Hatta 하타), but at the seam of a listed head
    and the word after it (Bukit + tinggi); an oo before a consonant is English's (Indofood)."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("HiFi 스피커를 샀다", "하이파이", "히피"),
        ("LiFi 기술이 나왔다", "라이파이", "리피"),
        ("SciFi 영화가 개봉했다", "사이파이", "시피"),
        ("SoFi Stadium 에서 열렸다", "소파이", "소피"),
        ("JoJo 시리즈가 나왔다", "조조", "조호"),
        ("BoBo 매장이 열렸다", "보보", "보보우"),
        ("SuSE 리눅스를 설치했다", "수세", "슈스"),
    ],
)
def test_names_with_a_capital_at_each_syllable(text: str, said: str, unsaid: str) -> None:
    """A listed word written with a capital at each syllable is said as listed (HiFi 하이파이), and
    a syllable written twice is said twice alike (JoJo 조조)."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("Propanol 가격이 올랐다", "프로판올", "파놀"),
        ("Butanol 공장이 세워졌다", "부탄올", "타놀"),
        ("hexanol 농도가 높았다", "헥산올", "사놀"),
        ("Octanol 성분이 나왔다", "옥탄올", "타놀"),
        ("Isopropanol 소독제가 팔렸다", "이소프로판올", "파놀"),
    ],
)
def test_alcohols_in_anol_keep_the_name_of_their_alkane(text: str, said: str, unsaid: str) -> None:
    """An alcohol named -anol is its alkane's name and 올, as methanol 메탄올 is listed: 부탄올."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("베트남 Hanoi, Lang Son and Kon Tum 지역에 비가 왔다", "랑 선", "랭"),
        ("베트남 Hanoi, Lang Son and Kon Tum 지역에 비가 왔다", "꼰 뚬", "콘 툼"),
        ("베트남 Hanoi, Can Tho, Hai Phong 시에서 열렸다", "껀 터", "캔"),
        ("베트남 Da Nang과 Can Tho 시에서 열렸다", "껀 터", "캔"),
        ("브라질 Santos, Gremio 구단이 이겼다", "그레미우", "그레미오"),
    ],
)
def test_a_list_of_names_after_one_country_are_all_of_it(text: str, said: str, unsaid: str) -> None:
    """The country before the first name of a list joined by commas, and, 과, 와 or 및 is the
    country of every name in it."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("브라질 Vinicius와 Bellingham 이 골을 넣었다", "벨링엄", "벨링강"),
        ("브라질 Santos와 Chelsea 가 맞붙었다", "첼시", "셸세아"),
        ("브라질 Petrobras, Shell 과 협력한다", "셸", "셀르"),
        ("독일 Merz, Starmer 총리가 만났다", "스타머", "슈타르머"),
        ("이탈리아 Milan, Manchester United 와 경기를 했다", "맨체스터", "만케"),
        ("프랑스 Dupont, Johnson 과 만났다", "존슨", "종송"),
        ("브라질 Santos 감독은 Chelsea 에 대해 말했다", "첼시", "셸세아"),
    ],
)
def test_a_list_does_not_pass_its_country_to_an_english_name(text: str, said: str, unsaid: str) -> None:
    """A name reached only through a list takes the country of its first name only where no
    dictionary or list holds it, and only after a real joiner (a comma, 과, 와, 및)."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("태국 Tham Luang 동굴에서 구조됐다", "탐 루앙", "샘"),
        ("태국 Bang Na 지역에서 열렸다", "방 나", "뱅"),
        ("태국 Bang Saen 해변에서 열렸다", "방", "뱅"),
        ("태국 Lang Suan 지역에 비가 왔다", "랑", "랭"),
        ("태국 Sang 씨가 말했다", "상", "생"),
        ("태국 Than 씨가 말했다", "탄", "댄"),
        ("태국 Thong 씨가 말했다", "통", "송"),
        ("태국 Chom Thong 지역에서 열렸다", "통", "송"),
        ("태국 Thon Buri 지역에서 열렸다", "톤", "손"),
        ("태국 Chat Thai 당이 이겼다", "타이", "채트"),
        ("태국 Phan 씨가 말했다", "판", "팬"),
        ("태국 Ngam 씨가 말했다", "암", "엔감"),
    ],
)
def test_short_thai_names_after_thailand_stay_thai(text: str, said: str, unsaid: str) -> None:
    """A run of names after 태국 is Thai when any word of it shows Thai, and a short word after
    태국 starting th, ng, ph or ending -ang, -ong is Thai unless spelled as only English spells."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("인도 Ahuja 씨가 말했다", "아후자", "아후야"),
        ("인도 Jaydev Unadkat 선수가 던졌다", "자이데브", "제이데프"),
        ("인도 Jayprakash 씨가 말했다", "자이", "제이"),
        ("인도 Jaiveer 씨가 말했다", "자이", "제이"),
        ("인도 Cuttack 시에서 열렸다", "쿠타크", "커택"),
        ("인도 Mohite 씨가 말했다", "모히테", "모하이트"),
    ],
)
def test_indian_names_after_india_keep_their_reading(text: str, said: str, unsaid: str) -> None:
    """After 인도, a name opening Jay- or Jai- and a vowel, h and vowel inside a word the
    dictionary lacks are Indian; a c before no h is English only in a word the dictionary holds."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("핀란드 작가 Sofi Oksanen 이 말했다", "소피", "소파이"),
        ("가수 Sofi Tukker 가 노래했다", "소피", "소파이"),
        ("Sofi 씨가 말했다", "소피", "소파이"),
        ("독일 Suse 씨가 말했다", "주제", "수세"),
        ("SoFi 주가가 올랐다", "소파이", "소피"),
        ("SuSE 리눅스가 나왔다", "수세", "주제"),
        ("SUSE 리눅스가 나왔다", "수세", "슈스"),
    ],
)
def test_brands_in_mixed_case_only_take_their_brand_reading(text: str, said: str, unsaid: str) -> None:
    """A word listed as a brand written in mixed case (SoFi, SuSE) is read so only when written
    so; the name written with one capital is read as a name."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


@pytest.mark.parametrize(
    ("text", "said", "unsaid"),
    [
        ("인도네시아 Jannah 씨가 말했다", "잔나", "자나"),
        ("인도네시아 Hanna 씨가 말했다", "한나", "하나"),
        ("인도네시아 Minnah 씨가 말했다", "민나", "미나"),
        ("인도네시아 Himmah 씨가 말했다", "힘마", "히마"),
    ],
)
def test_malay_nn_and_mm_are_said_twice(text: str, said: str, unsaid: str) -> None:
    """A doubled n or m of a Malay or Indonesian name closes one syllable and opens the next."""
    out = normalize(text)
    assert said in out and unsaid not in out, out


def test_malay_heads_end_in_a_consonant() -> None:
    """Only a head ending in a consonant can meet the same consonant at its seam (Bukittinggi)."""
    from newsread.normalize.data import table

    heads = list(table("malay_heads.tsv"))
    assert heads and all(h[-1] not in "aeiou" for h in heads), heads
