"""A name after a country of a Romance language (스페인, 이탈리아, 포르투갈, 프랑스) that the
dictionary happens to cut into two English words is read in that language, unless the list of
English words holds it: each case is a sentence, what must be said in it, and what must not."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize

CASES = [
    ("스페인 Santander 은행이 발표했다.", "산탄데르 은행", "샌트"),
    ("스페인 출신 Sandoval 감독이 말했다.", "산도발 감독", "샌드"),
    ("프랑스 Montblanc 매장이 문을 열었다.", "몽블랑 매장", "블랭크"),
    ("프랑스 Marchand 의원이 말했다.", "마르샹 의원", "마치"),
    ("프랑스 Bloomberg 보도에 따르면", "블룸버그 보도", "베르"),
    ("브라질 Goodyear 공장이 멈췄다.", "굿이어 공장", "구데"),
    ("독일 Sandberg 감독이 말했다.", "베르크 감독", "샌드버그"),
]


@pytest.mark.parametrize(("written", "said", "unsaid"), CASES)
def test_a_romance_name_is_split_into_english_only_where_listed(written: str, said: str, unsaid: str) -> None:
    out = normalize(written)
    assert said in out, out
    assert unsaid not in out, out


ENGLISH_SPELLED = [
    ("이탈리아 Greenfield 공장이 문을 열었다.", "그린필드 공장", "피엘드"),
    ("프랑스 Eastwood 감독이 말했다.", "이스트우드 감독", "에아스트"),
    ("멕시코 Blackstone 투자가 늘었다.", "블랙스톤 투자", "스토네"),
]


@pytest.mark.parametrize(("written", "said", "unsaid"), ENGLISH_SPELLED)
def test_two_english_words_as_one_spelled_as_no_romance_language_spells_stay_english(
    written: str, said: str, unsaid: str
) -> None:
    """Unlisted, but with a w, oo, ee, ck, sh or ght that those languages do not write, a word the
    dictionary cuts into two English words is English after their countries too."""
    out = normalize(written)
    assert said in out, out
    assert unsaid not in out, out
