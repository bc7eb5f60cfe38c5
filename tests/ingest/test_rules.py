"""The general rules, one shape at a time (on lines that are in no test page)."""

from __future__ import annotations

import pytest

from newsread.ingest import parse_text, rules
from newsread.types import Article


def _blocks(article: Article) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in article.blocks]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("정부가 내년 예산을 확정했다.", True),
        ('그는 "끝까지 가겠다"고 말했다.', True),
        ("무엇이 문제일까요?", True),
        ("매출은 전년보다 12.5% 늘어난 3조원으로 집계됐다는 분석이 나왔다 (단위: 원).", True),
        ("AI 시대, 한국 경제는 버틸 수 있나?", False),
        ("드디어 우승!", False),
        ("엔비디아, GPU 26만장 韓 공급…삼성 등 4개社와도 협업", False),
        ("李-젠슨황 접견…치맥 회동 언급에 화기애애", False),
    ],
)
def test_is_sentence(line: str, expected: bool) -> None:
    assert rules.is_sentence(line) is expected


@pytest.mark.parametrize(
    ("headline", "read"),
    [
        ("[단독] 전세사기 피해자 80%가 2030", "전세사기 피해자 80%가 2030"),
        ('기상청 "올가을 첫 한파"(종합2보)', '기상청 "올가을 첫 한파"'),
        ("반도체 수출 회복세(속보)[이슈분석]", "반도체 수출 회복세"),
        ("【속보】 코스피 4000 돌파", "코스피 4000 돌파"),
        ("유엔(UN) 총회 개막", "유엔(UN) 총회 개막"),
        ("[포토]", "[포토]"),
    ],
)
def test_headline_tags(headline: str, read: str) -> None:
    assert rules.strip_headline_tags(headline) == read


@pytest.mark.parametrize(
    "line",
    [
        "사진=게티이미지뱅크",
        "서울 도심의 한 공사 현장. /사진=뉴스1",
        "▲ 시민들이 줄을 서 있다.",
        "부산항 신선대부두 전경. (부산항만공사 제공)",
        "기자회견 하는 장관 연합뉴스",
        "[서울=뉴스1] 이동해 기자 = 시민들이 걷고 있다. (공동취재) 2025.10.1 /뉴스1",
        "회의 모습. 2025.07.10. photo@newsis.com",
        "[사진 제공=삼성전자]",
    ],
)
def test_captions(line: str) -> None:
    assert rules.is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "정부가 내년 예산을 확정했다고 연합뉴스가 보도했다.",
        "엔비디아, GPU 26만장 韓 공급…삼성 등 4개社와도 협업",
    ],
)
def test_not_captions(line: str) -> None:
    assert not rules.is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "본문 바로가기",
        "메뉴 바로가기",
        "글자크기 설정",
        "뉴스듣기",
        "기사 듣기",
        "불러오는 중...",
        "읽는 시간 3분",
        "약 2분 소요",
        "시계아이콘01분 05초 소요",
        "AD",
        "광고",
        "페이스북 트위터 카카오톡 링크복사",
        "공유하기",
        "좋아요 3",
        "댓글 12",
        "이 기사는 AI가 요약했습니다. 자세한 내용은 본문을 확인하세요.",
        "▷ 카카오톡 : 'KBS제보' 검색",
        "영상취재 : 김철수",
    ],
)
def test_chrome(line: str) -> None:
    assert rules.is_chrome(line) or rules.PROMO.match(line)


@pytest.mark.parametrize(
    "line",
    ["정치권이 다시 요동치고 있다.", "경제 위기 경고음", "공유경제 플랫폼 규제 강화", "닫기 어려운 격차"],
)
def test_not_chrome(line: str) -> None:
    assert not rules.is_chrome(line)


def test_bylines_and_datelines_go_to_metadata() -> None:
    text = (
        "물가 3개월 만에 2%대\n\n"
        "(세종=연합뉴스) 박영수 기자 = 소비자물가가 석 달 만에 2%대로 올라섰다고 통계청이 밝혔다.\n\n"
        "석유류 가격이 크게 올랐다. 박영수 기자 pys@yna.co.kr\n"
    )
    article = parse_text(text)
    assert _blocks(article) == [
        ("title", "물가 3개월 만에 2%대"),
        ("paragraph", "소비자물가가 석 달 만에 2%대로 올라섰다고 통계청이 밝혔다."),
        ("paragraph", "석유류 가격이 크게 올랐다."),
    ]
    assert article.author == "박영수"
    assert article.byline is not None and "pys@yna.co.kr" in article.byline


def test_question_headline_and_subheading() -> None:
    text = (
        "AI 시대, 한국 경제는 버틸 수 있나?\n\n정부가 AI 투자를 늘리기로 했다. 업계는 환영했다.\n\n"
        "왜 지금 GPU인가?\n\nGPU는 AI 학습에 꼭 필요하다.\n"
    )
    assert [k for k, _ in _blocks(parse_text(text))] == ["title", "paragraph", "heading", "paragraph"]


def test_a_list_inside_the_story_is_read() -> None:
    text = (
        "정부, 5대 과제 발표\n\n정부가 올해 과제를 발표했다. 주요 내용은 다음과 같다.\n\n"
        "- 일자리 창출\n- 물가 안정\n- 주거 지원\n\n정부는 점검 회의를 열 계획이다.\n"
    )
    assert _blocks(parse_text(text))[2:5] == [
        ("paragraph", "- 일자리 창출"),
        ("paragraph", "- 물가 안정"),
        ("paragraph", "- 주거 지원"),
    ]


def test_links_to_other_stories_inside_the_story_are_not() -> None:
    text = (
        "정부, 5대 과제 발표\n\n정부가 올해 과제를 발표했다. 주요 내용은 다음과 같다.\n\n"
        '"물가부터 잡는다"…정부 총력전\n집값 잡힐까, 공급 대책 "역대 최대"\n\n'
        "정부는 점검 회의를 열 계획이다.\n"
    )
    assert [k for k, _ in _blocks(parse_text(text))] == ["title", "paragraph", "paragraph"]


def test_a_related_list_without_a_copyright_line_is_not_read() -> None:
    text = (
        "정부, 5대 과제 발표\n\n정부가 올해 과제를 발표했다. 주요 내용은 다음과 같다.\n\n"
        "정부는 점검 회의를 열 계획이다.\n\n관련기사\n\n"
        "물가부터 잡는다는 정부\n집값 잡힐까\n많이 본 뉴스\n"
        "유명 배우가 결혼 소식을 전했다. 팬들은 축하했다.\n"
    )
    kept = parse_text(text).text
    assert "정부는 점검 회의를 열 계획이다." in kept
    assert "집값" not in kept
    assert "배우" in kept  # a paragraph after the list is not silently dropped


def test_numbered_subheadings() -> None:
    text = (
        "반도체 수출 3개월 연속 증가\n\n반도체 수출이 석 달 연속 늘었다.\n\n1. 메모리 반도체 회복\n\n"
        "메모리 가격이 올랐다.\n\n2. 중국 수출 반등\n\n중국 수출도 늘었다.\n"
    )
    article = parse_text(text)
    assert [b.text for b in article.blocks if b.kind == "heading"] == [
        "1. 메모리 반도체 회복",
        "2. 중국 수출 반등",
    ]
    assert article.blocks[0].kind == "title"


def test_broadcast_marker_on_the_same_line_as_the_speech() -> None:
    text = "폭설에 도로 통제\n\n[앵커] 밤사이 많은 눈이 내렸습니다.\n\n<기자> 도로 곳곳이 통제됐습니다.\n"
    assert [t for _, t in _blocks(parse_text(text))][1:] == [
        "밤사이 많은 눈이 내렸습니다.",
        "도로 곳곳이 통제됐습니다.",
    ]
