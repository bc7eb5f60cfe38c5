"""Acceptance on the seed: a real scraped page of a Korean portal."""

from __future__ import annotations

import pytest

from newsread.ingest import load, parse_text
from newsread.types import Article

from .helpers import SEED, check_offsets, plan, squash

HEADLINE = "李, 'GPU 26만장 공급' 젠슨황에 \"韓 AI 테스트베드…성공할 것\"(종합)[경주APEC]"
SUBHEADINGS = [
    "엔비디아, GPU 26만장 韓 공급…삼성 등 4개社와도 협업",
    '李 "젠슨황·이재용·정의선 회동, 온 국민 지켜봐"',
]
DECK = ["李-젠슨황 접견…치맥 회동 언급에 화기애애", "엔비디아 GPU 26만장 韓공급…4개社와 협업"]
# The first and last words of every body paragraph of the story, in order.
PARAGRAPHS = [
    ("이재명 대통령이 젠슨 황", "화기애애한 분위기를 조성했다."),
    ("31일 경북 경주 화백컨벤션센터(HICO)에서", '확신한다"고 밝혔다.'),
    ("이 대통령과 황 대표의 만남에는", "이해진 네이버 의장도 배석했다."),
    ("엔비디아는 국내 AI 인프라 구축을 위해", "확보하겠다고 밝힌 바 있다."),
    ("삼성전자·SK·현대차·네이버 등", "경쟁력을 강화한다."),
    ("SK와 삼성전자는 엔비디아의 GPU를", "확대해 나가겠다고 밝혔다."),
    ("엔비디아는 AI 기반 첨단 기술 개발을 위해", "상용화를 위해 협력한다."),
    ("아울러 엔비디아는 AI 전문가", "스타트업 지원도 지속한다."),
    ("황 대표는 AI 경쟁력을 설명하며", '생각한다"고 말했다.'),
    ('이어 황 대표가 "대체 무엇을', "웃음꽃이 피웠다."),
    ("이 대통령은 전날 서울 강남구", '지켜봤다"고 했다.'),
    ('이 대통령이 "더군다나', '바란다"고 말했다.'),
    ("배석한 기업인들의 발언 시간에", '울렸다"고 덧붙였다.'),
    ('이 대통령이 "저도 그 자리에', "웃음을 자아냈다."),
]
# What a page shows around the story: none of it may be read.
ABSENT = [
    "본문 바로가기",
    "bar_progress",
    "글자크기",
    "닫기",
    "뉴스듣기",
    "불러오는 중",
    "시계아이콘",
    "소요",
    "숏뉴스",
    "숏 뉴스",
    "AI 요약",
    "AD",
    "연합뉴스",
    "황서율",
    "chestnut",
    "@",
    "ⓒ",
    "무단전재",
    "아시아경제",
    "궁금할",
    "맞춤콘텐츠",
    "핫이슈",
    "이슈 픽",
    "윤희석",
    "이준석",
    "소종섭",
    "장성철",
    "배우자 열전",
    "다양한 채널",
    "위로가기",
    "(종합)",
    "[경주APEC]",
    "경주=",
]


@pytest.fixture(scope="module")
def seed() -> Article:
    return load(SEED)


def _paragraphs(article: Article) -> list[str]:
    return [b.text for b in article.blocks if b.kind == "paragraph"]


def test_structure_is_headline_then_two_subheadings(seed: Article) -> None:
    kinds = [b.kind for b in seed.blocks]
    assert kinds[0] == "title"
    assert kinds.count("title") == 1
    assert [b.text for b in seed.blocks if b.kind == "heading"] == SUBHEADINGS


def test_headline_is_read_without_its_tags_and_kept_whole_in_metadata(seed: Article) -> None:
    assert seed.blocks[0].text == "李, 'GPU 26만장 공급' 젠슨황에 \"韓 AI 테스트베드…성공할 것\""
    assert seed.title == HEADLINE


def test_chapters_are_the_headline_and_the_two_subheadings(seed: Article) -> None:
    assert [c.title for c in plan(seed).chapters] == [seed.blocks[0].text, *SUBHEADINGS]


def test_every_body_paragraph_is_present_complete_and_in_order(seed: Article) -> None:
    paragraphs = _paragraphs(seed)
    assert len(paragraphs) == len(PARAGRAPHS)
    source_lines = [squash(line) for line in SEED.read_text(encoding="utf-8").splitlines()]
    for text, (head, tail) in zip(paragraphs, PARAGRAPHS, strict=True):
        assert text.startswith(head)
        assert text.endswith(tail)
        assert text in source_lines  # the whole line, not a piece of it
    subheadings_at = [i for i, b in enumerate(seed.blocks) if b.kind == "heading"]
    assert subheadings_at == [4, 12]


def test_the_deck_is_not_read_twice(seed: Article) -> None:
    # The two-line summary deck under the headline repeats what the lead paragraph says in
    # headline style; a newsreader reads the headline and goes on to the story.
    for line in DECK:
        assert line not in seed.text


def test_nothing_around_the_story_is_read(seed: Article) -> None:
    script = plan(seed)
    spoken = "\n".join([*(s.text for s in script.sentences), *(c.title for c in script.chapters)])
    for gone in ABSENT:
        assert gone not in spoken, gone
    assert spoken.count("李, 'GPU 26만장 공급'") == 2  # the headline's sentence and its chapter title


def test_plan_covers_every_block(seed: Article) -> None:
    script = plan(seed)
    assert {s.block for s in script.sentences} == set(range(len(seed.blocks)))
    for s in script.sentences:
        assert seed.text[s.start : s.end] == s.text


def test_byline_goes_to_metadata(seed: Article) -> None:
    assert seed.author == "황서율"
    assert seed.byline == "경주=황서율 기자 chestnut@asiae.co.kr"
    assert seed.date is None  # the page gives no date for the story itself
    check_offsets(seed)


def _without(text: str, *needles: str) -> str:
    return "\n".join(line for line in text.splitlines() if not any(n in line for n in needles))


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(lambda t: t.replace("\n", "\r\n"), id="crlf"),
        pytest.param(lambda t: _without(t, "무단전재"), id="no-copyright"),
        pytest.param(lambda t: _without(t, "무단전재", "chestnut"), id="no-copyright-no-byline"),
        pytest.param(lambda t: _without(t, "본문 바로가기", "글자크기", "닫기"), id="fewer-menus"),
        pytest.param(lambda t: t.replace("\n\n\n", "\n\n"), id="single-blank-lines"),
        pytest.param(lambda t: "\n".join("  " + line for line in t.splitlines()), id="indented"),
    ],
)
def test_the_rules_do_not_hang_on_one_detail_of_the_page(seed: Article, variant: object) -> None:
    assert callable(variant)
    article = parse_text(variant(SEED.read_text(encoding="utf-8")), source=str(SEED))
    assert [(b.kind, b.text) for b in article.blocks] == [(b.kind, b.text) for b in seed.blocks]
