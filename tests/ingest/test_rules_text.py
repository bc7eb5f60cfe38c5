"""The general rules of text pages, one shape at a time:
sentences, paragraphs, lists, tables."""

from __future__ import annotations

import textwrap

import pytest

from newsread.ingest import parse_text, rules
from newsread.ingest.structure import split_lines

from .helpers import blocks_of as _blocks
from .helpers import paragraphs_of as _paragraphs


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


@pytest.mark.parametrize(
    "header", ["[관련기사]", "<관련기사>", "■ 관련기사", "함께 보면 좋은 기사", "[AI 추천 기사]", "[핫클릭]"]
)
def test_a_list_header_in_brackets_or_after_a_mark_starts_a_list(header: str) -> None:
    text = (
        "정부, 5대 과제 발표\n\n정부가 올해 과제를 발표했다.\n\n"
        f"{header}\n집값 잡힐까 공급 대책 역대 최대\n물가부터 잡는다는 정부\n\n정부는 점검 회의를 열 계획이다.\n"
    )
    assert [t for _, t in _blocks(parse_text(text))][1:] == [
        "정부가 올해 과제를 발표했다.",
        "정부는 점검 회의를 열 계획이다.",
    ]


@pytest.mark.parametrize("between", ["", "[그래픽] 3대 과제 내용\n(서울=연합뉴스) 김토끼 기자\n\n"])
def test_a_list_under_the_last_paragraph_is_the_story_s(between: str) -> None:
    text = (
        f"정부, 3대 과제 발표\n\n정부가 과제를 발표했다. 주요 내용은 다음과 같다.\n\n{between}"
        "◆ 3대 과제\n\n▲ 청년 일자리 확대\n▲ 주거 지원(월세 20만원)\n\n김철수 기자 cs@x.com\n"
    )
    assert _blocks(parse_text(text))[-3:] == [
        ("heading", "3대 과제"),
        ("paragraph", "▲ 청년 일자리 확대"),
        ("paragraph", "▲ 주거 지원(월세 20만원)"),
    ]


@pytest.mark.parametrize(
    "tail",
    [
        "▲ 청년 일자리 확대\n▲ 주거 지원\n\n이 업체는 어디인가\n구독 이벤트 안내\n",  # text goes on: the footer
        "• 청년 일자리 확대\n• 주거 지원\n",  # the bullets of a link list
        '- "월급 빼고 다 올랐다"…외식 물가 최고\n- 손흥민, 시즌 10호 골…팀은 무승부\n',  # other stories
        "▲ 청년 일자리 확대\n",  # one line only
        "▲ 서울시, 버스 파업 대비 비상수송대책 가동\n▲ [단독] 버스노조 집행부 총사퇴 검토\n",  # headlines
    ],
)
def test_other_lines_under_the_last_paragraph_are_not(tail: str) -> None:
    text = f"정부, 3대 과제 발표\n\n정부가 과제를 발표했다. 주요 내용은 다음과 같다.\n\n{tail}"
    assert [k for k, _ in _blocks(parse_text(text))] == ["title", "paragraph"]


def test_a_last_paragraph_without_its_full_stop_is_read() -> None:
    text = (
        "정부, 대책 발표\n\n정부가 대책을 발표했다.\n\n"
        '정부는 다음 달부터 "새 제도"를 시행하고 결과를 지켜본 뒤 보완하겠다고 설명했다\n\n'
        "홍길동 기자 hong@example.com\n\n다른 기사 제목 하나를 여기에 길게 길게 늘여 써 본다고 한다\n"
    )
    texts = [b.text for b in parse_text(text).blocks]
    assert texts[-1] == '정부는 다음 달부터 "새 제도"를 시행하고 결과를 지켜본 뒤 보완하겠다고 설명했다'
    assert not any("다른 기사" in t for t in texts)


def test_a_line_after_a_marker_begins_a_paragraph_in_a_wrapped_page() -> None:
    text = (
        "폭설에 도로 통제\n\n"
        "밤사이 강원 산간에 많은 눈이 내려 도로 곳곳이 통제되고 출근길 차량이\n"
        "거북이 운행을 하고 있습니다. 당국은 제설 작업에 나섰다고 밝혔습니다.\n"
        "[기자] 강원 산간의 한 국도에는 눈이 30㎝ 넘게 쌓여 차량 통행이 막혔습니다\n"
        "당국은 오후까지 제설을 마치겠다는 계획이라고 밝혔습니다.\n"
    )
    texts = [t for _, t in _blocks(parse_text(text))]
    assert texts[1].endswith("제설 작업에 나섰다고 밝혔습니다.")
    assert texts[2].startswith("강원 산간의 한 국도에는")  # not "[기자]", not joined to the one before


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("강남구 | 0.25 | 0.19", True),
        ("| 두산 | 0 | 1 | 0 | 3 |", True),
        ("구분 ｜ 이번 주 ｜ 지난주", True),
        ("성장 | 분배", False),
        ("정부는 성장 | 분배 | 복지를 함께 추구한다고 밝혔다. 야당은 반대했다. | 참고 | 자료", False),
    ],
)
def test_table_rows(line: str, row: bool) -> None:
    assert rules.is_table_row(line) is row


def test_a_table_laid_out_as_text_is_not_read_and_the_sentence_above_it_is() -> None:
    text = (
        "아파트값 상승\n\n서울 아파트값이 올랐다.\n\n자치구별로는 강남구가 가장 많이 올랐다.\n"
        "[자치구별 변동률]\n(단위: %)\n강남구 | 0.25 | 0.19\n노원구 | 0.03 | 0.02\n\n"
        "■ 지방은 하락\n\n지방은 0.02% 내렸다.\n"
    )
    assert [t for _, t in _blocks(parse_text(text))] == [
        "아파트값 상승",
        "서울 아파트값이 올랐다.",
        "자치구별로는 강남구가 가장 많이 올랐다.",
        "지방은 하락",
        "지방은 0.02% 내렸다.",
    ]


@pytest.mark.parametrize("gap", ["\t", "  ", "\u3000\u3000"])
def test_a_table_laid_out_with_tabs_or_aligned_spaces_is_not_read(gap: str) -> None:
    rows = [["팀", "1", "2", "3", "R"], ["두산", "0", "1", "0", "1"], ["LG", "0", "0", "2", "2"]]
    table = "\n".join(gap.join(row) for row in rows)
    text = f"LG, 두산 제압\n\nLG가 두산을 이겼다.\n\n{table}\n\nLG는 3연승을 달렸다.  두산은 2연패다.\n"
    assert [t for _, t in _blocks(parse_text(text))] == [
        "LG, 두산 제압",
        "LG가 두산을 이겼다.",
        "LG는 3연승을 달렸다. 두산은 2연패다.",
    ]


@pytest.mark.parametrize(
    ("line", "lineup"),
    [
        ("원정: 1 김하늘(중) 2 이바다(유) 3 박산(1) 4 최들(지) 5 정숲(좌)", True),
        ("승리투수: 이준호 패전투수: 박민수 세이브: 김철수", True),
        ("승 이준호 패 박민수", True),
        ("승부차기 패배로 탈락", False),
        ("김도윤(외야수) 이준호(투수) 박민수(포수)", False),  # three names: a line of the story
        ("승부는 9회말에 갈렸다.", False),
    ],
)
def test_a_line_up_or_the_pitchers_of_record_are_not_read(line: str, lineup: bool) -> None:
    assert rules.is_lineup(line) is lineup


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- 복직 후 받던 사후지급금 제도 폐지", True),
        ("▲ 납입 3년 지나면 부분 인출 허용", True),
        ("• 지원 대상은 만 19~34세 무주택 청년", True),
        ("- 합계출산율 0.75명", False),
        ("▲ 2024년 9,860원(2.5%)", False),
        ("복직 후 받던 사후지급금 제도 폐지", False),  # no item's mark: a line of a graphic
    ],
)
def test_is_fact_item(line: str, expected: bool) -> None:
    assert rules.is_fact_item(line) is expected


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("김서해 지음 | 한빛출판 | 312쪽 | 1만8500원", True),
        ("김서해 지음·이한빛 옮김 | 한빛출판 | 312쪽 | 1만8500원", True),
        ("강남구 | 0.25 | 0.19 | 0.31", False),
    ],
)
def test_a_book_review_s_publication_line_is_read(line: str, kept: bool) -> None:
    page = f"[새책] 바다가 삼킨 마을\n\n섬마을의 50년을 되살린 책이다.\n\n주민 40여 명의 기억을 담았다.\n\n{line}\n"
    assert (line in [b.text for b in parse_text(page).blocks]) is kept


@pytest.mark.parametrize(
    ("intro", "kept"),
    [("통제 구간은 다음과 같다.", True), ("경찰은 교통경찰 800명을 배치한다.", False)],
)
def test_arrowed_items_under_a_sentence_that_announces_them_are_read(intro: str, kept: bool) -> None:
    items = "▷ 시청 사거리~중앙로: 오전 7시~9시 30분\n▷ 한빛대교 양방향: 오전 7시 30분~11시"
    page = f"도심 교통 통제\n\n5일 도심 도로가 통제된다.\n\n{intro}\n\n{items}\n\n버스는 우회 운행한다.\n"
    texts = [b.text for b in parse_text(page).blocks]
    assert ("▷ 한빛대교 양방향: 오전 7시 30분~11시" in texts) is kept


def test_items_of_a_list_with_no_blank_line_between_are_not_joined_as_a_wrapped_paragraph() -> None:
    text = (
        "지하철 파업\n\n문하린 기자\n\n노조가 20일 첫차부터 파업에 들어간다.\n\n"
        "공사는 비상 수송 대책을 마련했다. 노선별 운행 계획은 다음과 같다.\n\n"
        "- 1~4호선: 출근 시간대(오전 7~9시) 평시 대비 100%, 그 외 시간 80% 운행\n"
        "- 5~8호선: 출근 시간대 90%, 그 외 시간 70% 운행\n"
        "- 경전철: 평시와 같이 운행\n\n공사는 버스 배차도 늘린다.\n"
    )
    paragraphs = [t for k, t in _blocks(parse_text(text)) if k == "paragraph"]
    assert paragraphs[2:5] == [
        "- 1~4호선: 출근 시간대(오전 7~9시) 평시 대비 100%, 그 외 시간 80% 운행",
        "- 5~8호선: 출근 시간대 90%, 그 외 시간 70% 운행",
        "- 경전철: 평시와 같이 운행",
    ]


@pytest.mark.parametrize(
    ("announce", "quoted"),
    [
        (
            "기상청은 지진 발생 8분 뒤 다음과 같은 재난문자를 보냈다.",
            "[기상청] 11/02 04:12 경북 한빛군 북쪽 15km 지역 규모4.1 지진발생",
        ),
        ("구청은 주민들에게 아래와 같이 안내했습니다.", "단수 안내: 3일 오전 9시부터 오후 6시까지 한빛동 일대"),
    ],
)
def test_a_line_that_a_sentence_announces_is_read_as_a_paragraph(announce: str, quoted: str) -> None:
    text = f"재난문자 늑장\n\n이준서 기자\n\n지진이 발생했다.\n\n{announce}\n\n{quoted}\n\n늦었다는 지적이 나왔다.\n"
    assert ("paragraph", quoted) in _blocks(parse_text(text))


def test_a_last_sentence_ending_on_a_noun_is_read() -> None:
    article = parse_text(
        "국립극단 창작극 초연\n\n국립극단이 창작극을 다음 달 초연한다.\n\n티켓은 국립극단 누리집에서 예매 가능.\n"
    )
    assert _paragraphs(article)[-1] == "티켓은 국립극단 누리집에서 예매 가능."
    assert rules.is_sentence("경찰은 관계자를 상대로 경위를 확인할 방침.")
    assert not rules.is_sentence("예매 가능.")  # a label, no sentence


def test_program_code_in_a_tech_story_is_not_read() -> None:
    article = parse_text(
        "한빛랩, 형태소 분석기 공개\n\n"
        "사용법도 간단하다. 분석기를 불러와 문장을 넣으면 형태소가 나온다.\n\n"
        "from morpho import Analyzer\n"
        "tagger = Analyzer()\n"
        'print(tagger.pos("오늘 날씨가 좋다"))\n\n'
        "한빛랩은 연말에 새 기능을 내놓겠다고 밝혔다.\n"
    )
    assert _paragraphs(article) == [
        "사용법도 간단하다. 분석기를 불러와 문장을 넣으면 형태소가 나온다.",
        "한빛랩은 연말에 새 기능을 내놓겠다고 밝혔다.",
    ]
    assert not rules.is_code("Apple said the iPhone sold well.")
    assert not rules.is_code("Galaxy S26(Ultra)")
    assert not rules.is_code('print("오늘") 뒤에 결과가 나온다')  # Hangul outside the string: a sentence


def test_a_long_read_s_first_numbered_part_keeps_its_heading_under_a_contents_list() -> None:
    article = parse_text(
        "사라지는 마을\n\n입력 2026.11.21 05:00\n서온유 기자\n\n목차\n1. 마지막 버스\n2. 빈집 옆에서\n\n"
        "1. 마지막 버스\n\n상촌리에는 버스가 들어오지 않는다.\n\n2. 빈집 옆에서\n\n마을의 집 절반이 비어 있다.\n"
    )
    assert [(b.kind, b.text) for b in article.blocks[1:]] == [
        ("heading", "1. 마지막 버스"),
        ("paragraph", "상촌리에는 버스가 들어오지 않는다."),
        ("heading", "2. 빈집 옆에서"),
        ("paragraph", "마을의 집 절반이 비어 있다."),
    ]


def test_a_print_page_s_paste_opens_paragraphs_at_indents_and_mends_words_broken_before_particles() -> None:
    article = parse_text(
        "폐교 활용 마을 학교 문 연다\n\n문다솜 기자\n\n"
        " 학생 수 감소로 문을 닫은 농촌\n학교 10곳이 마을 학교로 다시 문을\n연다.\n"
        " 도 교육청은 23일 폐교 활용 계획\n을 발표하고 내년 3월까지 공사를\n마치겠다고 밝혔다.\n"
    )
    assert _paragraphs(article) == [
        "학생 수 감소로 문을 닫은 농촌 학교 10곳이 마을 학교로 다시 문을 연다.",
        "도 교육청은 23일 폐교 활용 계획을 발표하고 내년 3월까지 공사를 마치겠다고 밝혔다.",
    ]


def test_a_fact_check_s_verdict_on_a_scale_under_a_named_label_is_read() -> None:
    article = parse_text(
        "[팩트체크] 충전기 꽂아 두면 전기료 폭탄?\n\n입력 2026.07.07\n\n충전기의 대기전력은 평균 0.1W였다.\n\n"
        "1년에 200원이 채 되지 않는다.\n\n[Fact check 판정]\n■■□□□ 대체로 사실 아님\n"
    )
    assert _paragraphs(article)[-1] == "판정 대체로 사실 아님"


def test_a_headline_under_a_fact_check_s_label_is_no_verdict() -> None:
    # quotes, a comma or an ellipsis make a headline: the label's word is not said before it
    for headline in ("'무인 매장' 절도, 한 달 새 두 배", "김치 수출 역대 최대…미국이 1위", '"전기료 폭탄" 사실일까'):
        article = parse_text(f"[팩트체크 판정]\n{headline}\n\n전문가들은 과장이라고 본다.")
        assert not any(b.text.startswith("판정 ") for b in article.blocks), headline
        assert headline in [b.text for b in article.blocks]
    assert rules.verdict_words("절반의 사실")
    assert not rules.verdict_words("'흑백요리사2' 우승자, 첫 식당 오픈")
    # an attachment's name under the label is no verdict either
    article = parse_text("[Fact check 판정]\n250114_물가동향_설명자료.pdf\n\n물가는 두 달째 올랐다.")
    assert not any(b.text.startswith("판정 ") for b in article.blocks)


def test_a_markdown_top_heading_under_running_text_is_no_headline() -> None:
    # the story's paragraph is read first, and the # line where it stands
    story = "한빛시의회는 청소년 교통비 지원 조례안을 가결했다.\n\n# 옥상 텃밭 3년…수확 두 배\n\n시민 반응이 좋다."
    article = parse_text(story)
    assert [b.text for b in article.blocks][:2] == [
        "한빛시의회는 청소년 교통비 지원 조례안을 가결했다.",
        "옥상 텃밭 3년…수확 두 배",
    ]
    assert rules.markdown_headline(story) is None
    # the export's own notes above it are no running text
    assert rules.markdown_headline("> 저장한 날: 2026-05-21\n# 옥상 텃밭 3년\n\n본문이다.") == "옥상 텃밭 3년"


def test_a_markdown_export_is_read_without_its_marks() -> None:
    article = parse_text(
        "# 도시 양봉 5년…옥상 벌통에서 꿀 1톤\n\n> 저장한 날: 2026-05-21\n\n**한빛뉴스** | 이슬기 기자 | 2026-05-20\n\n"
        "![벌통을 살피는 양봉가](https://example.com/bee.jpg)\n\n옥상에서 올해 꿀 1톤이 나왔다.\n\n"
        "## 꽃이 많은 도시\n\n도시에는 꽃이 끊이지 않는다.\n\n[관련 기사 보기](https://example.com/a/1)\n"
    )
    assert article.title == "도시 양봉 5년…옥상 벌통에서 꿀 1톤"
    assert [[b.kind, b.text] for b in article.blocks[1:]] == [
        ["paragraph", "옥상에서 올해 꿀 1톤이 나왔다."],
        ["heading", "꽃이 많은 도시"],
        ["paragraph", "도시에는 꽃이 끊이지 않는다."],
    ]
    assert (article.author, article.date) == ("이슬기", "2026-05-20")
    # a hashtag is no heading, and a page without Markdown's headings is left as it is
    assert rules.markdown_headline("#도시양봉 #꿀\n\n본문이다.") is None
    assert rules.without_markdown("**굵게** 쓴 말") == "**굵게** 쓴 말"


@pytest.mark.parametrize(
    "line", ["서울 집값은 12주째 올랐다(전주 대비).", "입주는 2029년 예정이다 (변동 가능).", "값이 뛰었다(KB 통계)."]
)
def test_a_sentence_with_an_aside_before_its_stop_is_a_sentence(line: str) -> None:
    assert rules.is_sentence(line)
    article = parse_text(f"집값 상승세\n\n입력 2026.03.02\n\n정부가 공급을 늘린다.\n\n{line}\n\n시장은 엇갈렸다.\n")
    assert [b.kind for b in article.blocks].count("subheading") == 0


def test_a_list_item_s_pictograph_is_not_read() -> None:
    assert rules.without_emoji_bullet("✅ 처음 30분은 무료로 제공된다.") == "처음 30분은 무료로 제공된다."
    assert rules.without_emoji_bullet("📍 대여소 300곳을 늘린다.") == "대여소 300곳을 늘린다."
    assert rules.without_emoji_bullet("1년 정기권 ✅ 할인") == "1년 정기권 ✅ 할인"
    assert rules.without_emoji_bullet("- 1~4호선: 평시 운행") == "- 1~4호선: 평시 운행"


def test_a_print_page_s_two_columns_side_by_side_are_read_one_after_the_other() -> None:
    left = ["도심 하천 복원 공사가 끝난 뒤", "처음 맞은 여름, 하천에 물고기가", "돌아왔다. 토종 어류 11종이"]
    left.append("확인됐다고 시가 밝혔다.")
    right = ["물이 맑아지면서 산책하는 시민도", "늘었다. 하천변 보행로 이용객은", "하루 평균 8천명으로 공사 전의"]
    right.append("두 배로 늘었다고 한다.")
    rows = [a + " " * (40 - len(a)) + b for a, b in zip(left, right, strict=True)]
    article = parse_text("도심 하천 복원 2년\n\n공다인 기자\n\n" + "\n".join(rows) + "\n")
    said = " ".join(_paragraphs(article))
    assert said.index("확인됐다고 시가 밝혔다.") < said.index("물이 맑아지면서")
    assert "물고기가 돌아왔다." in said
    # a table's label and value, aligned, are left row by row
    table = ["서울 강남구 역삼동", "부산 해운대구 우동", "대구 수성구 범어동", "광주 서구 치평동"]
    values = ["전용 84㎡ 12억원", "전용 59㎡ 6억원", "전용 84㎡ 9억원", "전용 84㎡ 5억원"]
    kept = [a + "      " + b for a, b in zip(table, values, strict=True)]
    assert [ln.text for ln in split_lines("\n".join(kept))] == [" ".join(r.split()) for r in kept]


def test_a_game_s_run_down_one_moment_a_line_is_read_a_line_a_paragraph() -> None:
    moments = ["전반 12분 마루 선제골(누리시티 1-0)", "후반 17분 서다온 동점골(1-1)", "후반 45+2분 여은결 결승골(2-1)"]
    article = parse_text(
        "한빛FC 4연승\n\n허푸른 기자\n2026.07.19\n\n한빛FC가 누리시티를 2-1로 꺾었다.\n\n"
        + "\n".join(moments)
        + "\n\n승점 45가 된 한빛FC는 선두를 3점 차로 쫓았다.\n"
    )
    assert _paragraphs(article)[1:4] == moments
    assert rules.GAME_TIME.match("3회말 한빛 2점 홈런") and rules.GAME_TIME.match("4쿼터 2분 역전 3점슛")
    assert not rules.GAME_TIME.match("전반에 두 골을 넣었다.")


def test_html_entities_written_out_in_a_text_page_are_the_characters_they_stand_for() -> None:
    article = parse_text(
        "경로당 점심, 주 5일로\n\n"
        "&nbsp;&nbsp;시는 18일 경로당 412곳에 급식 도우미를 둔다고 밝혔다.\n\n"
        "&nbsp;시 관계자는 &quot;밥상 공동체가 되도록 돕겠다&quot;고 말했다. R&amp;D 예산&#44; 그대로다.\n\n"
        "&foo; 같은 이름은 HTML이 모르는 것이라 그대로 둔다."
    )
    assert _paragraphs(article) == [
        "시는 18일 경로당 412곳에 급식 도우미를 둔다고 밝혔다.",
        '시 관계자는 "밥상 공동체가 되도록 돕겠다"고 말했다. R&D 예산, 그대로다.',
        "&foo; 같은 이름은 HTML이 모르는 것이라 그대로 둔다.",
    ]


def test_an_ads_copy_under_its_label_is_not_read() -> None:
    text = (
        "보건소, 대상포진 무료 접종\n\n입력 2026.08.24 10:00\n송다인 기자\n\n"
        "시가 다음 달부터 어르신에게 무료 예방접종을 시작한다.\n\n"
        "AD\n무릎 통증, 이제 참지 마세요\n상담 예약하러 가기\n\n"
        "접종은 지정 병원 120곳에서 받을 수 있다.\n"
    )
    paras = _paragraphs(parse_text(text))
    assert paras == [
        "시가 다음 달부터 어르신에게 무료 예방접종을 시작한다.",
        "접종은 지정 병원 120곳에서 받을 수 있다.",
    ]


def test_a_sentence_after_an_ad_label_with_a_blank_line_between_is_read() -> None:
    text = (
        "보건소, 대상포진 무료 접종\n\n입력 2026.08.24 10:00\n송다인 기자\n\n"
        "시가 다음 달부터 어르신에게 무료 예방접종을 시작한다.\n\n광고\n\n"
        "접종은 지정 병원 120곳에서 받을 수 있다.\n"
    )
    assert "접종은 지정 병원 120곳에서 받을 수 있다." in _paragraphs(parse_text(text))


def test_a_sentence_broken_across_single_newlines_is_one_paragraph() -> None:
    text = (
        "한빛신문\n동네 서점 지원금 두 배로\n2026-11-09 07:30 권나래 기자\n"
        "한빛시가 동네 서점에 주는 지원금을 내년부터 두 배로 늘린다.\n"
        "시는 9일 지역 서점 활성화 계획을 발표하고 연간 지원금을\n"
        "500만원에서 1000만원으로 올리겠다고 밝혔다. 지원금은 작가 초청 행사와\n"
        "독서 모임 운영에 쓸 수 있다.\n"
        "지난 5년 동안 시내 동네 서점은 48곳에서 31곳으로 줄었다.\n"
    )
    assert _paragraphs(parse_text(text)) == [
        "한빛시가 동네 서점에 주는 지원금을 내년부터 두 배로 늘린다.",
        "시는 9일 지역 서점 활성화 계획을 발표하고 연간 지원금을 500만원에서 1000만원으로 올리겠다고 밝혔다. "
        "지원금은 작가 초청 행사와 독서 모임 운영에 쓸 수 있다.",
        "지난 5년 동안 시내 동네 서점은 48곳에서 31곳으로 줄었다.",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("시는 9일 계획을 발표하고 연간 지원금을", True),
        ('한 주인은 "손님이 다시 찾아오는 게 더 반갑다"며', True),
        ("버스 기사 정년 65세로", False),
        ("지원금은 작가 초청 행사에 쓴다.", False),
    ],
)
def test_ends_open(line: str, expected: bool) -> None:
    assert rules.ends_open(line) is expected


def _cut(text: str, width: int) -> str:
    return "\n".join(text[i : i + width].rstrip() for i in range(0, len(text), width))


def test_a_story_cut_every_so_many_characters_is_joined_where_the_cuts_fell() -> None:
    paras = [
        "한빛시가 다음 달부터 심야 버스 노선 여섯 개를 새로 만든다. 자정 넘어 귀가하는 시민이 택시를 잡지 못해 "
        "길에서 한 시간 넘게 기다리는 일이 잦았기 때문이다.",
        "새 노선은 도심 번화가와 외곽 주거지를 잇는다. 오전 0시 30분부터 4시까지 20분 간격으로 다니며 요금은 "
        "낮 시간 요금에 300원을 더한 1800원이다.",
        "시는 석 달 동안 시범 운행한 뒤 승객 수를 따져 노선을 조정할 계획이다.",
    ]
    text = "심야 버스 노선 6개 신설\n\n윤다래 기자\n\n" + "\n\n".join(_cut(p, 40) for p in paras) + "\n"
    assert _paragraphs(parse_text(text)) == paras


def test_a_page_wrapped_at_words_keeps_a_space_at_each_break() -> None:
    text = (
        "인구 절벽, 지방 대학은\n\n김영호 기자\n\n"
        "올해 입학 정원을 채우지 못한 지방 대학이 100곳을 넘었다.\n"
        "학령인구가 줄어드는 속도는 예상보다 훨씬 빠르다. 10년 뒤에는\n"
        "지금보다 입학 가능 인원이 15만 명 가까이 줄어든다는 전망도\n"
        "나온다.\n"
    )
    assert _paragraphs(parse_text(text)) == [
        "올해 입학 정원을 채우지 못한 지방 대학이 100곳을 넘었다. 학령인구가 줄어드는 속도는 예상보다 훨씬 "
        "빠르다. 10년 뒤에는 지금보다 입학 가능 인원이 15만 명 가까이 줄어든다는 전망도 나온다."
    ]


_FESTIVAL = [
    "한빛시는 오는 20일부터 사흘간 한빛광장에서 겨울빛 축제를 연다고 7일 밝혔다. 올해로 10회째를 맞는 축제에는 "
    "지난해 30만 명이 다녀갔다.",
    "축제 첫날에는 개막 공연과 함께 대형 트리 점등식이 열린다. 둘째 날 밤에는 광장 상공에서 불꽃놀이가 펼쳐진다.",
    '시 관계자는 "많은 시민이 안전하게 축제를 즐기길 바란다"고 말했다.',
]


@pytest.mark.parametrize("width", [21, 28, 33, 36])
def test_a_short_page_wrapped_at_words_whose_lines_run_to_one_length_keeps_its_spaces(width: int) -> None:
    wrapped = ["\n".join(textwrap.wrap(p, width)) for p in _FESTIVAL]
    # three lines or more of the same length, by chance: each still ends where a word ends
    assert sum(len(ln) == width for p in wrapped for ln in p.splitlines()) >= 3
    text = "한빛 겨울빛 축제 20일 개막\n\n" + "\n\n".join(wrapped) + "\n"
    assert _paragraphs(parse_text(text)) == _FESTIVAL


def test_a_photo_caption_credited_to_an_office_of_several_words_is_not_read() -> None:
    text = (
        "수도 계량기 동파 하루 200건\n\n서단우 기자\n입력 2026.01.14 10:05\n\n"
        "강추위가 이어지면서 수도 계량기가 얼어 터지는 사고가 잇따르고 있다.\n\n"
        "계량기함을 헌 옷으로 채운 모습. 한빛시 상수도사업본부 제공\n\n"
        "계량기가 얼었을 때는 미지근한 물수건으로 천천히 녹여야 한다.\n"
    )
    assert not any("제공" in p for p in _paragraphs(parse_text(text)))


def test_the_story_saved_twice_is_read_once_with_no_warning(caplog: pytest.LogCaptureFixture) -> None:
    page = (
        "태양광 두 배로\n\n입력 2026.05.27 08:30\n남예준 기자\n\n"
        "정부가 산업단지 공장 지붕의 태양광 설비를 2030년까지 두 배로 늘린다.\n\n"
        "지붕을 빌려주는 공장에는 임대료와 함께 전기요금 할인 혜택을 준다고 산업부가 27일 밝혔다.\n\n"
        "남예준 기자 yejun@hanbiteco.example\n<저작권자 ⓒ 한빛경제, 무단전재 및 재배포 금지>\n"
    )
    with caplog.at_level("WARNING", logger="newsread"):
        paras = _paragraphs(parse_text(page + "\n" + page))
    assert len(paras) == 2
    assert not caplog.records


_EPAPER = (
    "[A8면] 경제\n\n전통시장 배달앱 입점\n1년 새 세 배로 늘어\n\n장도윤 기자\n\n"
    " 전통시장 상인들의 배달앱\n입점이 1년 사이 세 배로 늘었\n다. 온라인 주문에 익숙한 젊은\n손님을 잡으려는 것이다.\n"
    " 한 반찬가게 주인은 “배달 주\n문이 하루 매출의 3분의 1이\n됐다”고 말했다.\n"
)


def _quote_paragraph(above: str, below: str) -> str:
    """The print column's second paragraph, read with its two lines as ``above`` over ``below``."""
    cut = "한 반찬가게 주인은 “배달 주\n문이 하루 매출의 3분의 1이\n됐다”고 말했다."
    return _paragraphs(parse_text(_EPAPER.replace(cut, f"{above}\n{below}")))[1]


def test_a_print_columns_paragraphs_are_joined_from_their_indented_first_lines() -> None:
    assert _paragraphs(parse_text(_EPAPER)) == [
        "전통시장 상인들의 배달앱 입점이 1년 사이 세 배로 늘었다. 온라인 주문에 익숙한 젊은 손님을 잡으려는 것이다.",
        "한 반찬가게 주인은 “배달 주문이 하루 매출의 3분의 1이 됐다”고 말했다.",
    ]


def test_a_lone_syllable_the_page_never_joins_is_joined_where_kiwi_reads_one_word() -> None:
    text = _EPAPER.replace("온라인 주문에", "온라인 배송에")
    assert "배달 주문이" in _paragraphs(parse_text(text))[1]


@pytest.mark.parametrize(
    ("above", "below", "said"),
    [
        ("한 반찬가게 주인은 “매출이 세", "배로 늘었다”고 말했다.", "매출이 세 배로"),
        ("한 반찬가게 주인은 “손님이 그", "사람은 단골이다”고 말했다.", "손님이 그 사람은"),
        ("한 반찬가게 주인은 “이제는 바로 대", "응할 수 있다”고 말했다.", "바로 대응할"),
    ],
)
def test_a_lone_syllable_joins_the_next_line_where_kiwi_reads_one_word(above: str, below: str, said: str) -> None:
    assert said in _quote_paragraph(above, below)


@pytest.mark.parametrize(
    ("above", "below", "said"),
    [
        ("한 반찬가게 주인은 “매출이 크게 비롯됐", "다고 본다”고 말했다.", "크게 비롯됐다고"),
        ("한 반찬가게 주인은 “배달 사업", "도 늘려 간다”고 말했다.", "배달 사업도"),
        ("한 반찬가게 주인은 “시장을 되살", "린 것은 손님”이라고 말했다.", "시장을 되살린"),
        ("한 반찬가게 주인은 “이제 배달", "손님이 반이다”고 말했다.", "이제 배달 손님이"),
        ("한 반찬가게 주인은 “시장 상인", "모두가 반긴다”고 말했다.", "시장 상인 모두가"),
    ],
)
def test_a_word_cut_after_two_syllables_or_more_is_joined_where_kiwi_reads_one_word(
    above: str, below: str, said: str
) -> None:
    assert said in _quote_paragraph(above, below)


@pytest.mark.parametrize(
    ("above", "below", "said"),
    [
        # Kiwi reads 편성한 across the cut as 편성+하+ㄴ; read alone, the line opens with a name or a
        # determiner of its own, and no word was cut there
        ("한 반찬가게 주인은 “배달을 편성", "한빛시는 돕는다”고 말했다.", "배달을 편성 한빛시는"),
        ("한 반찬가게 주인은 “배달을 편성", "한 해 만에 늘었다”고 말했다.", "배달을 편성 한 해 만에"),
        ("한 반찬가게 주인은 “배달을 시작", "한국은 늦었다”고 말했다.", "배달을 시작 한국은"),
        # what only goes on a word is still joined to it (편성한 뒤, 발표한다)
        ("한 반찬가게 주인은 “배달을 편성", "한 뒤 늘었다”고 말했다.", "배달을 편성한 뒤"),
        ("한 반찬가게 주인은 “배달을 시작", "한다”고 말했다.", "배달을 시작한다"),
    ],
)
def test_a_line_opening_with_a_word_of_its_own_is_not_run_into_the_last_word(above: str, below: str, said: str) -> None:
    assert said in _quote_paragraph(above, below)


@pytest.mark.parametrize(
    ("above", "below", "said"),
    [
        # read alone Kiwi takes 대로, 만큼 and 마저 for a noun or an adverb; across the cut they are
        # particles, the whole word, and go on the word above
        ("한 반찬가게 주인은 “배달은 당초 계획", "대로 늘었다”고 말했다.", "당초 계획대로 늘었다"),
        ("한 반찬가게 주인은 “배달이 가게 매출", "만큼 늘었다”고 말했다.", "가게 매출만큼 늘었다"),
        ("한 반찬가게 주인은 “이웃 가게", "마저도 문을 닫았다”고 말했다.", "이웃 가게마저도 문을"),
        ("한 반찬가게 주인은 “배달은 예상", "보다 늘었다”고 말했다.", "예상보다 늘었다"),
        # a word that only opens with a particle's syllable keeps its space
        ("한 반찬가게 주인은 “배달을 시작", "이번 주에 늘었다”고 말했다.", "시작 이번 주에"),
    ],
)
def test_a_particle_the_wrap_broke_off_goes_on_the_word_above(above: str, below: str, said: str) -> None:
    assert said in _quote_paragraph(above, below)


def test_a_particle_the_wrap_broke_off_in_a_wrapped_paste_goes_on_the_word_above() -> None:
    text = (
        "한빛시 도시철도 2호선 공사 순항\n\n"
        "한빛시는 도시철도 2호선 건설 공사가 당초 세운 계획\n대로 진행되고 있다고 7일 밝혔다. 시는 지난해 착공한\n"
        "이후 공정률이 40%를 넘었으며 주민 불편을 줄이기 위해\n야간 작업을 늘리고 있다고 설명했다. 공사 현장 인근의\n"
        "상인들은 매출이 줄었다며 지원책을 요구하고 있다. 특히\n역세권 상가 가운데 일부는 임대료 부담을 견디지 못한\n"
        "가게마저 문을 닫았다고 호소했다.\n\n시의회는 다음 달 현장 점검에 나선다.\n"
    )
    assert "세운 계획대로 진행되고" in _paragraphs(parse_text(text))[0]


def test_a_print_headline_broken_in_two_lines_is_one_headline() -> None:
    assert parse_text(_EPAPER).title == "전통시장 배달앱 입점 1년 새 세 배로 늘어"


def test_a_deck_under_a_headline_that_says_its_predicate_is_not_the_headline() -> None:
    text = _EPAPER.replace(
        "전통시장 배달앱 입점\n1년 새 세 배로 늘어", "배달앱 입점 세 배로 늘어\n시장 상인 온라인 주문"
    )
    assert parse_text(text).title == "배달앱 입점 세 배로 늘어"


_PDF = (
    "보 도 자 료\n한빛시 주택과          2026. 3. 12.(목)\n보도일시 2026. 3. 12.(목) 배포 즉시\n\n"
    "한빛시, 노후 공동주택 승강기 교체비 지원\n\n"
    "□ 한빛시는 준공 20년이 지난 공동주택의 노후 승강기 교체 비용\n을 지원한다고 12일 밝혔다.\n\n"
    "구분\n대상 단지\n지원 한도\n150세대 미만\n25곳\n2천만 원\n150세대 이상\n15곳\n3천만 원\n\n"
    "한빛시 주택과          2026. 3. 12.(목)\n- 1 -\n\n"
    "□ 신청은 다음 달 30일까지 관리사무소를 통해 시 주택과에 하면 된\n다. 시는 사고 이력을 따져 대상을 고른다.\n\n"
    "한빛시 주택과          2026. 3. 12.(목)\n- 2 -\n"
)


def test_a_pdfs_running_header_label_and_page_numbers_are_not_read() -> None:
    article = parse_text(_PDF)
    assert article.title == "한빛시, 노후 공동주택 승강기 교체비 지원"
    assert not any("주택과  " in b.text or "- 1 -" in b.text or "2026. 3. 12." in b.text for b in article.blocks)


def test_a_tables_cells_one_a_line_are_not_read() -> None:
    assert _paragraphs(parse_text(_PDF)) == [
        "□ 한빛시는 준공 20년이 지난 공동주택의 노후 승강기 교체 비용을 지원한다고 12일 밝혔다.",
        "□ 신청은 다음 달 30일까지 관리사무소를 통해 시 주택과에 하면 된다. 시는 사고 이력을 따져 대상을 고른다.",
    ]


def test_full_width_stops_end_sentences() -> None:
    # text typed with a CJK input method ends its sentences with ． ？ ！
    assert rules.is_sentence("병원은 10일 재활 로봇 두 대를 들였다．")
    assert rules.is_sentence("언젠가는 혼자 걸을 수 있지 않을까요？")
    text = "재활 로봇 도입한 시립병원\n\n시립병원이 보행 재활 로봇을 들였다．\n\n로봇은 걸음의 보폭을 맞춰 준다．\n"
    assert _paragraphs(parse_text(text)) == ["시립병원이 보행 재활 로봇을 들였다．", "로봇은 걸음의 보폭을 맞춰 준다．"]


def test_messenger_chunks_lose_their_stamps_and_the_others_chat() -> None:
    text = (
        "[엄지후] [오후 3:12] 한빛천 자전거길 4㎞ 연장…내년 봄 개통\n"
        "[엄지후] [오후 3:12] 한빛시가 한빛천 자전거길을 4㎞ 늘린다. 공사는 다음 달 시작한다.\n"
        "[엄지후] [오후 3:13] 연장 구간에는 쉼터 세 곳이 들어선다.\n"
        "시는 우회로 안내판을 세울 계획이다.\n"
        "[서다온] [오후 3:20] 오 드디어 생기네요.\n"
    )
    article = parse_text(text)
    assert article.title == "한빛천 자전거길 4㎞ 연장…내년 봄 개통"
    assert _paragraphs(article) == [
        "한빛시가 한빛천 자전거길을 4㎞ 늘린다. 공사는 다음 달 시작한다.",
        "연장 구간에는 쉼터 세 곳이 들어선다.",
        "시는 우회로 안내판을 세울 계획이다.",
    ]
    # a saved chat writes the day, the time and the sender before each message
    said = ["한빛시가 자전거길을 늘린다.", "쉼터 세 곳이 들어선다.", "공사는 다음 달 시작한다."]
    saved = "\n".join(f"2026년 11월 15일 오후 3:1{i}, 엄지후 : {line}" for i, line in enumerate(said))
    assert "엄지후" not in rules.without_chat_stamps(saved)
    # a page with one such line is left as it is
    memo = "[김기자] [오후 3:12] 메모\n본문이다.\n"
    assert rules.without_chat_stamps(memo) == memo


def test_a_sentence_goes_on_over_a_printed_pages_footer_and_header() -> None:
    # a browser prints its date and the page's title over every page, and the address with the page's number
    header = "26. 3. 9. 오후 4:12 한빛경제 - 전세 대출 이자 지원 확대"
    footer = "https://www.hanbiteco.example/news/articlePrint.html?idxno=88213"
    text = (
        f"{header}\n\n전세 대출 이자 지원 확대\n\n국토부가 신혼부부 전세 대출 소득 기준을 올린다.\n\n"
        f"지원 대상 가구는 한 해 4만 가구에서 7만 가구로 늘어날\n{footer} 1/2\n{header}\n것으로 보인다.\n\n"
        f'국토부 관계자는 "주거비 부담을 덜겠다"고 말했다.\n{footer} 2/2\n'
    )
    article = parse_text(text)
    assert _paragraphs(article) == [
        "국토부가 신혼부부 전세 대출 소득 기준을 올린다.",
        "지원 대상 가구는 한 해 4만 가구에서 7만 가구로 늘어날 것으로 보인다.",
        '국토부 관계자는 "주거비 부담을 덜겠다"고 말했다.',
    ]
    assert article.title == "전세 대출 이자 지원 확대"


def test_an_arrow_drawn_as_a_pictograph_is_the_next_item_of_a_pictograph_list() -> None:
    text = (
        "난방비 지원 확대\n\n정부가 올겨울 취약계층 난방비 지원을 늘린다. 지원액이 오르고 대상도 넓어진다.\n\n"
        "산업부는 19일 동절기 지원 대책을 발표했다. 신청 방법도 간단해졌다.\n\n"
        "✅ 주민센터 방문 없이 온라인으로 신청\n✅ 지난해 받은 가구는 자동 지급\n▶️ 신청 기간: 12월 1일~1월 31일\n\n"
        "산업부는 지급 시기를 한 달 앞당겼다.\n"
    )
    paragraphs = _paragraphs(parse_text(text))
    assert "신청 기간: 12월 1일~1월 31일" in paragraphs
    assert "지난해 받은 가구는 자동 지급" in paragraphs
    # an arrow with no list of pictographs above it is still a link's
    assert rules.is_emoji_bullet("▶️ 신청 기간: 12월 1일")
    assert not rules.is_emoji_bullet("▶ 관련 기사 보기")


def test_markdown_quotes_italic_lines_and_subheadings_over_lists() -> None:
    text = (
        "# 폐교가 마을 도서관으로\n\n*글: 노은결 기자 · 2026-08-19 발행*\n\n"
        "옛 초등학교가 문을 닫은 지 9년 만에 마을 도서관으로 다시 문을 열었다.\n\n"
        '> "아이들 웃음소리가 다시 들리니 학교가 살아난 것 같습니다."\n\n'
        "주민자치회 회장의 말이다.\n\n## 이용 안내\n\n- 운영 시간: 화~일 오전 10시~오후 6시\n- 휴관일: 매주 월요일\n\n"
        "군은 내년에 폐교 두 곳을 더 고칠 계획이다.\n"
    )
    article = parse_text(text)
    assert ("heading", "이용 안내") in _blocks(article)
    assert '"아이들 웃음소리가 다시 들리니 학교가 살아난 것 같습니다."' in _paragraphs(article)
    assert (article.author, article.date) == ("노은결", "2026-08-19")
    assert rules.markdown_subheadings("# 제목\n\n## **이용** 안내\n\n#해시태그\n") == {"이용 안내"}


@pytest.mark.parametrize(
    "line",
    [
        "이쯤 되면 묻지 않을 수 없다. 무엇이 잘못됐는가?",  # two sentences, the last a question
        "투자 비용은 여전히 부담이다³.",  # a footnote's superscript mark before the full stop
        "연구원은 인력난을 첫째 이유로 꼽았다¹².",
    ],
)
def test_a_short_line_of_running_text_is_a_sentence(line: str) -> None:
    assert rules.is_sentence(line)


@pytest.mark.parametrize("line", ["왜 지금 GPU인가?", "무엇이 잘못됐는가?", "공급 확대³"])
def test_a_subheading_asking_once_is_no_sentence(line: str) -> None:
    assert not rules.is_sentence(line)


def test_a_short_rhetorical_paragraph_and_a_footnoted_one_stay_paragraphs() -> None:
    text = (
        "동네 서점이 사라진 자리\n\n"
        "지난달 우리 동네의 마지막 서점이 문을 닫았다. 30년 넘게 같은 자리를 지킨 곳이다.\n\n"
        "이쯤 되면 묻지 않을 수 없다. 무엇이 잘못됐는가?\n\n"
        "책은 온라인에서 더 싸게 살 수 있다. 그러나 서점은 책만 파는 곳이 아니었다.\n\n"
        "투자 비용은 여전히 부담이다³.\n\n"
        "연구원은 정부의 설비 지원 사업을 소규모 업체까지 넓혀야 한다고 제안했다.\n"
    )
    blocks = _blocks(parse_text(text))
    assert ("paragraph", "이쯤 되면 묻지 않을 수 없다. 무엇이 잘못됐는가?") in blocks
    assert ("paragraph", "투자 비용은 여전히 부담이다.") in blocks
    assert not [b for b in blocks if b[0] == "heading"]


def test_unspaced_korean_is_told_from_prose() -> None:
    assert rules.unspaced("공사는8일노후전동차40량을연말까지새전동차로바꾼다고밝혔다.")
    assert rules.unspaced('관계자는"밤늦게까지공부할곳을찾는학생이많다"고말했다.')
    assert not rules.unspaced("공사는 8일 노후 전동차 40량을 연말까지 새 전동차로 바꾼다고 밝혔다.")
    assert not rules.unspaced("한국산업기술진흥원정책연구실장은 말했다.")  # one long name, the rest spaced
    assert not rules.unspaced("한빛시청")


def test_a_quote_glued_to_the_word_before_it_gets_its_space() -> None:
    assert rules.spaced_quotes('관계자는"많다"며"줄 것"이라고') == '관계자는 "많다"며 "줄 것"이라고'
    assert rules.spaced_quotes('그는 "많다"고 했다') == '그는 "많다"고 했다'
    assert rules.spaced_quotes("관계자는“많다”며") == "관계자는 “많다”며"


def test_a_paragraph_scraped_without_spaces_gets_its_word_breaks_back() -> None:
    text = (
        "새 전동차 투입\n\n"
        "한빛교통공사가 다음 달부터 지하철 2호선에 새 전동차 40량을 차례로 투입한다.\n\n"
        "공사는8일노후전동차40량을연말까지새전동차로바꾼다고밝혔다.새전동차는객실마다냉방기를두대씩달았다.\n\n"
        '공사관계자는"여름철냉방민원의절반이노후전동차에서나왔다"고말했다.\n'
    )
    paragraphs = _paragraphs(parse_text(text))
    assert paragraphs[0] == "한빛교통공사가 다음 달부터 지하철 2호선에 새 전동차 40량을 차례로 투입한다."
    assert paragraphs[1].startswith("공사는 8일 노후 전동차 40량을 연말까지 ")
    assert "밝혔다. 새 전동차는" in paragraphs[1]
    assert paragraphs[2].startswith('공사 관계자는 "여름철 냉방 민원의 ')
    assert paragraphs[2].endswith('나왔다"고 말했다.')


def test_headlines_one_a_line_are_not_glued_into_words_kiwi_does_not_know() -> None:
    # One headline's last word and the next one's first, read together, are a noun Kiwi does not
    # know (출격서울대): no word was cut there, whatever the lines' lengths.
    text = (
        '與, 광역단체장 17곳 중 11곳 승리…野 "민심 겸허히 수용"\n'
        '勞 "임금 7% 인상" vs 使 "동결"…협상 난항\n'
        "軍, 연합훈련 첫날 F-35A 20여대 출격\n"
        "서울대 수시 합격자 2,181명 발표…지역균형 581명\n"
        "기업가치 1.5조…'예비 유니콘' 10곳 선정\n"
        "대출 한도 최대 3천만원↓…DSR 3단계 7월 시행\n"
        "조선 빅3, 상반기 수주 200억$ 돌파\n"
        "불꽃축제 100만 인파…쓰레기 50t 수거\n"
    )
    said = " ".join(_paragraphs(parse_text(text)))
    assert "출격 서울대" in said
    assert "시행 조선" in said


_DIGEST = (
    "한빛일보\n\n오늘의 주요 뉴스\n\n2026.12.03 (목) 07:00\n\n"
    "한빛시, 내년부터 시내버스 준공영제 전면 시행\n정부, 전세사기 피해자 지원 기간 2년 연장\n"
    "수도권 첫 한파특보…서울 아침 영하 9도\n코스피 2800선 재돌파…반도체주 강세\n"
    "주말 전국 곳곳 눈…귀성길 교통안전 유의\n\nⓒ 한빛일보 무단전재 및 재배포 금지\n"
)


def test_a_digest_of_headlines_one_a_line_reads_each_as_its_own_block() -> None:
    article = parse_text(_DIGEST)
    assert article.title == "오늘의 주요 뉴스"  # a list header's words over the date head the digest
    assert _paragraphs(article) == [
        "한빛시, 내년부터 시내버스 준공영제 전면 시행",
        "정부, 전세사기 피해자 지원 기간 2년 연장",
        "수도권 첫 한파특보…서울 아침 영하 9도",
        "코스피 2800선 재돌파…반도체주 강세",
        "주말 전국 곳곳 눈…귀성길 교통안전 유의",  # (ending as a particle does, 유의, the run's last)
    ]


@pytest.mark.parametrize(
    ("intro", "close"),
    [("", ""), ("좋은 아침입니다. 오늘의 주요 뉴스를 전해 드립니다.\n\n", ""), ("", "\n오늘도 좋은 하루 보내세요.\n")],
)
def test_a_digest_is_read_whatever_opens_or_closes_it_and_its_tag_stays_in_the_title_field(
    intro: str, close: str
) -> None:
    items = [
        "한빛시, 내년부터 시내버스 준공영제 전면 시행",
        "2026 수능 만점자 3명…모두 재학생",  # a headline opening with a figure
        "수도권 첫 한파특보…서울 아침 영하 9도",
        "코스피 2800선 재돌파…반도체주 강세",
    ]
    text = "[아침 브리핑] 12월 3일 주요 뉴스\n\n2026.12.03 07:00\n\n" + intro + "\n".join(items) + "\n" + close
    article = parse_text(text)
    assert article.title == "[아침 브리핑] 12월 3일 주요 뉴스"
    assert _blocks(article)[0] == ("title", "12월 3일 주요 뉴스")
    said = [p for p in _paragraphs(article) if p in items]
    assert said == items


def test_a_page_read_whole_says_its_headline_without_its_tag() -> None:
    text = "[아침 브리핑] 오늘의 한 줄\n\n한빛시 버스 준공영제 시행\n\n수도권 첫 한파특보\n"
    article = parse_text(text)
    assert article.title == "[아침 브리핑] 오늘의 한 줄"
    assert _blocks(article)[0] == ("title", "오늘의 한 줄")


def test_headlines_one_a_line_under_a_list_header_are_still_other_stories_links() -> None:
    story = (
        "한빛시 버스요금 동결\n\n2026.01.02\n\n한빛시가 내년 버스요금을 동결한다고 2일 밝혔다.\n\n"
        "시는 적자를 예산으로 메우기로 했다.\n\n많이 본 뉴스\n"
        "1 정부, 전세사기 피해자 지원 기간 2년 연장\n2 수도권 첫 한파특보…서울 아침 영하 9도\n"
        "3 코스피 2800선 재돌파…반도체주 강세\n4 국립한빛도서관 야간 개관 주 3회로 늘린다\n"
    )
    assert _paragraphs(parse_text(story))[-1] == "시는 적자를 예산으로 메우기로 했다."


def test_a_hard_wrapped_paragraph_is_still_joined() -> None:
    wrapped = (
        "한빛시 버스요금 동결\n\n2026.01.02\n\n한빛시가 내년 시내버스 기본요금을 올해와 같은 1500원으로\n"
        "동결하기로 했다고 2일 밝혔다. 시는 연료비와 인건비가 올라 생긴\n"
        "운송 적자 약 300억원을 시 예산으로 메우기로 했다. 시 관계자는 시민의\n"
        "부담을 덜기 위한 결정이라고 설명했다.\n"
    )
    assert len(_paragraphs(parse_text(wrapped))) == 1


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        ("행사장은 한빛시청 광장 일대.", True),  # a topic and a noun, its copula dropped
        ("참가비는 1인당 1만원.", True),
        ("광장에 모인 시민들의 모습.", False),  # a caption's scene names no topic
    ],
)
def test_a_story_s_clipped_last_line_with_a_topic_is_read(last: str, kept: bool) -> None:
    article = parse_text(
        "한빛시 제야의 종 타종\n\n2026.12.28\n\n한빛시가 31일 밤 제야의 종 타종 행사를 연다.\n\n"
        f"타종은 자정 직전부터 33번 이어진다.\n\n{last}\n\n여다움 기자 daum@hanbit.example\n"
    )
    assert (_paragraphs(article)[-1] == last) is kept


@pytest.mark.parametrize(
    "line", ["예산을 크게 늘렸다。", "예산을 크게 늘렸다．", "정말 그럴까요？", "정말 큰일이 났습니다！"]
)
def test_every_full_width_stop_ends_a_sentence_as_its_ascii_form_does(line: str) -> None:
    assert rules.is_sentence(line)
    assert rules.is_sentence(line) == rules.is_sentence(
        line[:-1] + {"。": ".", "．": ".", "？": "?", "！": "!"}[line[-1]]
    )


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        ("여러분 이런 소식 있어서 퍼왔어요 🙌🙌 밤에 아이 아플 때 정말 필요했던 거죠 ㅠㅠ", True),
        ("앞으로도 좋은 연기로 꼭 보답할게요 💍", True),
        ("내일 만나요 💙", False),  # too short to tell from a post's tag line
        ("이번 주 우리 동네 소식 🎉", False),  # no sentence's ending
    ],
)
def test_a_sentence_closed_by_a_pictograph_or_an_emoticon_is_running_text(line: str, sentence: bool) -> None:
    assert rules.is_sentence(line) is sentence


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        ("시는 추가 요금을 30분마다 500원씩 물리기로 했다. 이용자 절반 이상이 …", True),
        ("업계에서는 회복이 쉽지 않다는 전망이 나온다. 한 장비업체 임원은", True),
        ("시민들이 걷고 있다. 한빛일보 박사진 기자", False),  # a caption and its credit
        ("전기요금 인상…가구당 월 1600원 더 낸다", False),  # a headline, one part
    ],
)
def test_a_paragraph_whose_last_sentence_a_teaser_or_paywall_cut_is_running_text(line: str, sentence: bool) -> None:
    assert rules.is_sentence(line) is sentence


def test_the_paragraph_a_paywall_cuts_is_read_up_to_the_cut() -> None:
    cut = "업계에서는 하반기에도 회복이 쉽지 않다는 전망이 나온다. 한 장비업체 임원은"
    text = (
        "반도체 장비 수출 석 달째 감소\n\n기사입력 2026-07-21 06:00\n오채이 기자\n\n"
        f"반도체 장비 수출이 석 달 연속 줄었다.\n\n{cut}\n\n"
        "🔒 이 기사는 구독자 전용입니다. (남은 분량 약 1,800자)\n구독하기    이미 구독 중이라면 로그인\n"
    )
    assert _paragraphs(parse_text(text)) == ["반도체 장비 수출이 석 달 연속 줄었다.", cut]


def test_a_field_line_under_another_line_is_not_joined_to_it_as_a_wrapped_paragraph() -> None:
    text = (
        "[부고] 12월 8일자\n\n2026-12-08 06:00\n\n◆ 한순례 씨 별세\n"
        "향년 91세. 한빛군 농협 조합장 최동욱 씨 모친상\n빈소: 한빛병원 장례식장 2호실\n발인: 10일 오전 8시\n\n"
        "◆ 마정길 씨 별세\n향년 78세. 한빛초 교사 마유리 씨 부친상\n빈소: 한빛의료원 장례식장 특실\n"
    )
    paragraphs = _paragraphs(parse_text(text))
    assert "빈소: 한빛병원 장례식장 2호실" in paragraphs and "발인: 10일 오전 8시" in paragraphs
    assert "향년 91세. 한빛군 농협 조합장 최동욱 씨 모친상" in paragraphs


@pytest.mark.parametrize("mark", ["■", "◆", "□"])
@pytest.mark.parametrize(
    "after", ["", "\n시는 이용자가 많으면 좌석을 늘릴 계획이라고 설명했다. 내년에는 분관도 연다.\n"]
)
def test_an_info_box_s_marked_title_over_its_fields_is_a_subheading(mark: str, after: str) -> None:
    text = (
        "한빛시립도서관, 야간 열람실 문 연다\n입력 2026.12.01 10:00\n\n"
        "한빛시립도서관이 다음 달부터 야간 열람실을 운영한다고 1일 밝혔다.\n\n"
        f"{mark} 이용 안내\n운영 시간: 평일 오후 6시~밤 11시\n장소: 한빛시립도서관 3층\n{after}"
    )
    blocks = _blocks(parse_text(text))
    assert ("heading", "이용 안내") in blocks
    assert ("paragraph", "장소: 한빛시립도서관 3층") in blocks
    assert not any(mark in t for _, t in blocks)


@pytest.mark.parametrize(
    ("title", "mark"), [("[수면 건강 점검표]", "☐"), ("<우리 아이 안전 체크>", "✔️"), ("【외출 전 확인할 것】", "☑")]
)
def test_a_bracketed_title_over_items_its_pictographs_mark_is_a_subheading(title: str, mark: str) -> None:
    text = (
        "잠 못 드는 밤 늘었다\n입력 2026.12.01 10:00\n\n"
        "성인 10명 가운데 4명이 불면을 겪는다는 조사 결과가 나왔다.\n\n"
        f"{title}\n{mark} 잠들기까지 30분 넘게 걸린다\n{mark} 새벽에 두 번 넘게 깬다\n\n"
        "전문가들은 잠자리에서 휴대전화를 멀리하라고 조언했다.\n"
    )
    blocks = _blocks(parse_text(text))
    assert blocks[2] == ("heading", title[1:-1])
    assert blocks[3:5] == [("paragraph", "잠들기까지 30분 넘게 걸린다"), ("paragraph", "새벽에 두 번 넘게 깬다")]


@pytest.mark.parametrize("title", ["[우리 집 겨울 준비]", "<출발 전 확인>", "【장마철 대비 요령】"])
def test_a_bracketed_title_over_empty_squares_naming_items_is_a_subheading_over_its_checklist(title: str) -> None:
    text = (
        "한파 앞두고 점검 필요\n입력 2026.12.01 10:00\n\n"
        "기온이 크게 떨어지면서 대비가 필요하다는 지적이 나왔다.\n\n"
        f"{title}\n□ 보일러 배관 보온\n□ 창문 틈새 막기\n▢ 비상용 손전등\n\n"
        "전문가들은 미리 점검하면 피해를 줄일 수 있다고 조언했다.\n"
    )
    blocks = _blocks(parse_text(text))
    assert blocks[2] == ("heading", title[1:-1])
    assert blocks[3:6] == [
        ("paragraph", "보일러 배관 보온"),
        ("paragraph", "창문 틈새 막기"),
        ("paragraph", "비상용 손전등"),
    ]


def test_a_press_release_s_squared_paragraphs_under_a_bracketed_title_are_no_checklist() -> None:
    text = (
        "누리시, 청년 월세 지원 확대\n입력 2026.12.01 10:00\n\n"
        "누리시는 청년 월세 지원 대상을 늘린다고 1일 밝혔다.\n\n"
        "[추진 내용]\n"
        "□ 누리시는 내년부터 월세 지원 대상을 만 39세까지 넓힌다.\n"
        "□ 지원 금액은 월 20만 원으로 오른다.\n"
    )
    paras = _paragraphs(parse_text(text))
    assert [p[0] for p in paras[1:]] == ["□", "□"]  # paragraphs as given, not a checklist's items


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("□ 소화기 비치 여부", "소화기 비치 여부"),
        ("▢ 비상구 확보", "비상구 확보"),
        ("□ 지원 금액은 월 20만 원으로 오른다.", None),
    ],
)
def test_a_checklist_s_square_item_is_a_short_noun_phrase(line: str, item: str | None) -> None:
    assert rules.box_item(line) == item


@pytest.mark.parametrize(
    "tail",
    ["군은 즉각 대응", "군은 즉각 대응\n주민 대피 시작"],
)
def test_pasted_lines_run_on_from_a_sentence_are_all_read(tail: str) -> None:
    text = f"첫 문장이 여기에 있다.\n{tail}\n"
    assert _paragraphs(parse_text(text)) == ["첫 문장이 여기에 있다.", *tail.split("\n")]


def test_a_short_line_apart_from_the_story_or_before_the_page_s_furniture_is_still_its_footer() -> None:
    apart = parse_text("정부, 대책 발표\n\n정부가 대책을 발표했다.\n\n군은 즉각 대응\n")
    assert _paragraphs(apart) == ["정부가 대책을 발표했다."]
    story = "정부, 대책 발표\n\n정부가 대책을 발표했다.\n"
    furniture = parse_text(f"{story}이전 사진 다음 사진\n\nⓒ 한빛일보 무단 전재 금지\n")
    assert _paragraphs(furniture) == ["정부가 대책을 발표했다."]


@pytest.mark.parametrize(
    "furniture",
    [
        ["축제 포스터 한빛시 제공", "이 기사 좋아요 12"],  # a poster's credit, a button's count
        ["행사 사진 연합뉴스"],  # a photo's caption and credit
        ["댓글 3", "공유하기 스크랩"],  # a count, buttons
        ["관련 기사 더 보기"],
        ["축제 포스터 한빛시 제공"],
    ],
)
def test_a_page_s_furniture_under_the_last_sentence_with_no_blank_line_is_not_read(furniture: list[str]) -> None:
    story = "한빛시 겨울 축제 개막\n\n한빛시는 20일 겨울 축제를 개막한다고 밝혔다.\n"
    paragraphs = _paragraphs(parse_text(story + "\n".join(furniture) + "\n"))
    assert paragraphs == ["한빛시는 20일 겨울 축제를 개막한다고 밝혔다."]
    # lines that say something, pasted under it, are still read
    pasted = _paragraphs(parse_text(story + "군은 즉각 대응\n시는 협조를 당부\n"))
    assert pasted[1:] == ["군은 즉각 대응", "시는 협조를 당부"]
    # as are a press release's fields, each with its label
    for field, read in [
        ("일시: 20일 오후 2시", ["일시: 20일 오후 2시"]),
        ("- 일시: 20일 - 누리집: www.hanbit.kr", ["- 일시: 20일", "- 누리집: www.hanbit.kr"]),
    ]:
        assert _paragraphs(parse_text(f"{story}{field}\n"))[1:] == read
    # and a credit or a count under them is not
    credited = _paragraphs(parse_text(story + "군은 즉각 대응\n" + "\n".join(furniture) + "\n"))
    assert not set(furniture) & set(credited)


@pytest.mark.parametrize("dash", ["-", "–"])
def test_field_items_a_scrape_ran_into_one_line_are_each_a_block(dash: str) -> None:
    text = f"청년 인턴 모집\n\n한빛시가 청년 인턴을 모집한다. {dash} 모집 인원: 30명 {dash} 신청 기간: 12월 15일까지\n"
    assert _paragraphs(parse_text(text)) == [
        "한빛시가 청년 인턴을 모집한다.",
        "- 모집 인원: 30명",
        "- 신청 기간: 12월 15일까지",
    ]
    # a dash between words that no label and colon follow stays inside its sentence
    inline = "청년 인턴 모집\n\n서울 - 부산 구간은 다음 달 개통한다.\n"
    assert _paragraphs(parse_text(inline)) == ["서울 - 부산 구간은 다음 달 개통한다."]
    # a line that is a list of field items already is cut at each
    listed = (
        f"청년 인턴 모집\n\n한빛시가 청년 인턴을 모집한다.\n\n{dash} 모집 인원: 30명 {dash} 신청 기간: 12월 15일까지\n"
    )
    assert _paragraphs(parse_text(listed))[1:] == [f"{dash} 모집 인원: 30명", "- 신청 기간: 12월 15일까지"]


@pytest.mark.parametrize(
    "sentence",
    [
        "운행 구간은 서울 - 부산 구간: 하루 20회 왕복이다.",
        "경기 일정은 한국 - 일본: 오후 7시, 중국 - 호주: 오후 9시다.",
        "대진은 전북 - 울산 경기: 토요일 오후 2시로 잡혔다.",
        "노선은 인천공항 - 김포 구간: 매일 운행한다.",
    ],
)
def test_a_dash_and_a_label_s_colon_inside_a_story_s_sentence_keep_the_sentence_whole(sentence: str) -> None:
    lead = "한국철도는 10일부터 경부선 열차 운행을 재개한다고 밝혔다."
    paragraphs = _paragraphs(parse_text(f"열차 운행 재개\n\n{lead} {sentence}\n\n조직위는 만전을 기하겠다고 밝혔다.\n"))
    assert paragraphs[0] == f"{lead} {sentence}"


@pytest.mark.parametrize(("sign", "author"), [("관리사무소장 드림", None), ("박서연 드림", "박서연")])
def test_a_sign_off_run_on_from_the_last_sentence_is_not_read(sign: str, author: str | None) -> None:
    article = parse_text(
        f"주민 여러분께\n\n다음 주 월요일부터 주차장 도색 공사를 합니다.\n불편을 드려 죄송합니다.\n{sign}\n"
    )
    assert _paragraphs(article)[-1] == "불편을 드려 죄송합니다."
    assert article.author == author


def test_a_headline_given_alone_is_read_as_its_title_with_no_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("WARNING", logger="newsread"):
        article = parse_text("한빛시, 내년부터 시내버스 요금 동결\n")
    assert article.title == "한빛시, 내년부터 시내버스 요금 동결"
    assert _blocks(article) == [("title", "한빛시, 내년부터 시내버스 요금 동결")]
    assert not caplog.records
    # two lines that are no story still say so
    with caplog.at_level("WARNING", logger="newsread"):
        parse_text("한빛시, 내년부터 시내버스 요금 동결\n내일 오전 10시, 시청 앞 광장\n")
    assert caplog.records


@pytest.mark.parametrize(
    "line",
    [
        "정부는 내년부터 이용료를 물리기로 했다。 이용자 절반 이상이 …",  # an ideographic full stop, a teaser cut
        "시는 다음 달부터 도서관 문을 연다． 개관식에는 시장이 …",  # a full-width full stop
        "정말 그럴까요？ 주민들은 고개를 …",  # a full-width question mark
        "정부는 내년부터 이용료를 물리기로 했다. 이용자 절반 이상이 …",  # an ASCII stop, as before
    ],
)
def test_a_sentence_ended_inside_a_line_with_any_stop_mark_makes_it_a_sentence(line: str) -> None:
    assert rules.INNER_SENTENCE_END.search(line)
    assert rules.is_sentence(line)


_FIGURE_BOXES = [
    # a "by the numbers" box, one figure a line, pasted with no blank line
    (
        "[숫자로 본 2026 수능] 응시자 52만 명…만점자 11명\n올해 대학수학능력시험의 주요 수치를 정리했다.\n",
        [
            "52만 2,670명 - 수능 지원자 수(전년比 ↑1만 8,082명)",
            "11명 - 전 영역 만점자(재학생 8명, 졸업생 3명)",
            "1등급 컷 133점 - 수학 1등급 구분 점수",
            "±1.5점 - 입시업체 간 예상 등급컷 차이",
            "약 1/3 - 사회탐구만 응시한 자연계열 수험생 비율",
            "1,282곳 - 전국 시험장 수",
            "오는 12월 5일 - 성적 통지일(오전 9시부터)",
        ],
        '평가원은 "체감 난도는 지난해와 비슷한 수준"이라고 밝혔다.\n',
    ),
    # a timeline, each item a date and what happened that day
    (
        "[연표] 한국 민주화 40년, 주요 장면\n",
        [
            "1987년 6월 10일 - 전국 18개 도시에서 국민대회 개최.",
            "1987년 6월 29일 - 여당 대표, 대통령 직선제 수용 선언(6·29 선언).",
            "2024년 12월 3일~4일 - 비상계엄 선포 후 약 6시간 만에 해제.",
        ],
        '전문가들은 "제도적 민주주의는 공고화됐다"고 평가했다.\n',
    ),
    # figures labelled after a colon, in a box of a city's budget
    (
        "한빛시 내년 예산 12조 원 편성\n한빛시는 내년 예산안을 시의회에 냈다고 3일 밝혔다.\n",
        [
            "12조 4,500억 원: 내년 전체 예산",
            "8.2%: 올해 대비 증가율",
            "3,200억 원: 청년 주거 지원 예산",
        ],
        "시의회는 이달 중순 예산안을 심의한다.\n",
    ),
]


@pytest.mark.parametrize(("above", "items", "below"), _FIGURE_BOXES)
def test_lines_each_a_figure_or_a_date_and_its_label_are_each_a_block(above: str, items: list[str], below: str) -> None:
    paragraphs = _paragraphs(parse_text(above + "\n".join(items) + "\n" + below))
    for item in items:
        assert item in paragraphs  # each said on its own, not run into the next line
    assert below.strip() in paragraphs  # the sentence under the box is not run into its last item


_WRAPPED_BOXES = [
    # a box's labels wrapped at its width, one onto a second line, the last one too
    (
        "[숫자로 본 2026 수능] 응시자 52만 명…만점자 11명\n올해 대학수학능력시험의 주요 수치를 정리했다.\n",
        [
            ("52만 2,670명 - 수능 지원자 수, 전년보다", "1만 8,082명 늘었다"),
            ("1,282곳 - 전국 시험장 수",),
            ("11명 - 전 영역 만점자(재학생 8명,", "졸업생 3명)"),
            ("오는 12월 5일 - 수험생 성적 통지일(오전", "9시부터)"),
        ],
        '평가원은 "체감 난도는 지난해와 비슷한 수준"이라고 밝혔다.\n',
    ),
    # a timeline whose events wrap, the first two and the last
    (
        "[연표] 한국 민주화 40년, 주요 장면\n",
        [
            ("1987년 6월 10일 - 전국 18개 도시에서 국민대회", "개최."),
            ("1987년 6월 29일 - 여당 대표, 대통령 직선제 수용", "선언(6·29 선언)."),
            ("1988년 2월 25일 - 제13대 대통령 취임.",),
            ("2024년 12월 3일~4일 - 비상계엄 선포 후 약 6시간", "만에 해제."),
        ],
        '전문가들은 "제도적 민주주의는 공고화됐다"고 평가했다.\n',
    ),
    # a label with its figure's note in brackets under it, last in the box
    (
        "한빛시 내년 예산 12조 원 편성\n한빛시는 내년 예산안을 시의회에 냈다고 3일 밝혔다.\n",
        [
            ("12조 4,500억 원: 내년 전체 예산",),
            ("3,200억 원: 청년 주거 지원 예산", "(월세 지원 1,100억 원 포함)"),
        ],
        "시의회는 이달 중순 예산안을 심의한다.\n",
    ),
]


@pytest.mark.parametrize(("above", "items", "below"), _WRAPPED_BOXES, ids=["figures", "timeline", "bracketed note"])
def test_an_item_whose_label_wraps_onto_a_second_line_is_one_item(
    above: str, items: list[tuple[str, ...]], below: str
) -> None:
    text = above + "\n".join("\n".join(item) for item in items) + "\n" + below
    paragraphs = _paragraphs(parse_text(text))
    for item in items:
        assert " ".join(item) in paragraphs  # the label's second line said with its first, and nothing else
    assert below.strip() in paragraphs  # the sentence under the box is not taken for its last label's end


@pytest.mark.parametrize(
    ("box", "below"),
    [
        (
            "52만 2,670명 - 수능 지원자 수(재학생 34만 명,\n졸업생 18만 명)\n"
            "11명 - 전 영역 만점자(재학생 8명, 졸업생 3명 포함)",
            "성적은 6일 통지된다.",
        ),
        (
            "1987년 6월 10일 - 전국 18개 도시에서 국민대회\n개최.\n"
            "1987년 6월 29일 - 여당 대표, 대통령 직선제 수용 선언",
            "시민단체들은 10일 서울에서 기념식을 연다.",
        ),
        (
            "12조 4,500억 원: 내년 전체 예산 규모(올해보다\n5% 증가)\n3,200억 원: 청년 주거 지원 예산(월세 포함)",
            "시의회는 이달 중순 예산안을 심의한다.",
        ),
    ],
    ids=["figures", "timeline", "colon"],
)
def test_a_sentence_opening_with_its_subject_under_a_box_s_long_last_item_is_its_own(box: str, below: str) -> None:
    text = f"수능 만점자 11명 배출\n\n주요 수치는 다음과 같다.\n\n{box}\n{below}\n\n평가원은 결과를 발표했다.\n"
    paragraphs = _paragraphs(parse_text(text))
    # the last item as long as the box's wrapped ones: still no cut where the line under it is a sentence
    assert box.splitlines()[-1] in paragraphs
    assert below in paragraphs


@pytest.mark.parametrize(
    ("item", "rest"),
    [
        ("11명 - 전 영역 만점자(재학생 8명, 졸업생 3명 포함), 12일", "열리는 설명회에서 공개."),
        ("3,200억 원 - 청년 주거 지원 예산(월세 포함), 다음 달", "나오는 공고에서 신청."),
        ("1987년 6월 29일 - 여당 대표, 대통령 직선제 수용", "밝히는 선언문 발표."),
    ],
    ids=["열리는", "나오는", "밝히는"],
)
def test_a_box_s_last_item_wrapped_before_a_verb_s_modifier_is_one_item(item: str, rest: str) -> None:
    box = "52만 2,670명 - 수능 지원자 수(재학생 34만 명,\n졸업생 18만 명)\n"
    text = f"수능 만점자 11명 배출\n\n주요 수치는 다음과 같다.\n\n{box}{item}\n{rest}\n\n평가원은 결과를 발표했다.\n"
    # a modifier ending as a subject's particle does (열리는) opens no sentence: the item's rest
    assert f"{item} {rest}" in _paragraphs(parse_text(text))


@pytest.mark.parametrize(
    ("stamp", "date"),
    [("", None), ("\n2026.09.20 06:00\n", "2026-09-20T06:00:00+09:00")],
    ids=["no stamp", "a stamp under the story"],
)
def test_a_timelines_first_day_is_not_the_storys_day(stamp: str, date: str | None) -> None:
    text = (
        "한빛대교 붕괴 사고 1년…재판은 아직 1심\n\n"
        "시민 5명이 숨진 한빛대교 붕괴 사고가 일어난 지 20일로 1년이 됐다.\n\n"
        "■ 한빛대교 사고 주요 일지\n2025.9.20 한빛대교 상판 붕괴, 5명 사망\n2025.10.14 경찰, 시공사 압수수색\n\n"
        "유족들은 신속한 재판을 촉구했다.\n" + stamp
    )
    article = parse_text(text)
    assert "2025.9.20 한빛대교 상판 붕괴, 5명 사망" in _paragraphs(article)
    assert article.date == date


def test_a_sentence_opening_with_a_figure_is_still_joined_to_the_line_it_goes_on_in() -> None:
    text = (
        "한빛시 버스 요금 인상\n\n한빛시는 다음 달부터 시내버스 요금을 올린다고 밝혔다.\n"
        "3년 만의 인상으로 기본요금은 1,500원에서\n1,700원으로 오른다.\n"
    )
    assert "3년 만의 인상으로 기본요금은 1,500원에서 1,700원으로 오른다." in _paragraphs(parse_text(text))


_EARNINGS = (
    "한빛전자 3분기 실적 발표\n한빛전자는 3분기 잠정 실적을 다음과 같이 공시했다고 28일 밝혔다.\n{sep}{table}{sep}"
    "영업이익률은 11.7%로 전분기 대비 1.9%p 개선됐다.\n"
)


@pytest.mark.parametrize("sep", ["", "\n"])
@pytest.mark.parametrize(
    "table",
    [
        # the earnings story's table: three columns, a label and its colon before the first cell
        "매출액 | 영업이익 | 순이익 (단위: 억 원)\n3Q26: 182,450 | 21,370 | 16,820\n3Q25: 160,112 | 15,486 | 12,004\n"
        "전년比: +14.0% | +38.0% | +40.1%\n",
        "구분 | 매출액 | 영업이익\n3Q26 | 1,234억 | 210억\n3Q25 | 1,100억 | 150억\n",
        # two columns, a label and its figure
        "구분 | 3Q26\n매출액 | 18조 2,450억\n영업이익 | 2조 1,370억\n순이익 | 1조 6,820억\n",
        "지역 | 변동률\n서울 | 0.25%\n부산 | -0.03%\n",
    ],
)
def test_a_table_written_with_pipes_in_a_text_story_is_not_read_as_tables_are_not(table: str, sep: str) -> None:
    paragraphs = _paragraphs(parse_text(_EARNINGS.format(table=table, sep=sep)))
    assert paragraphs == [
        "한빛전자는 3분기 잠정 실적을 다음과 같이 공시했다고 28일 밝혔다.",
        "영업이익률은 11.7%로 전분기 대비 1.9%p 개선됐다.",
    ]


def test_a_line_with_one_pipe_between_two_words_is_still_read() -> None:
    text = "성장과 분배\n\n정부는 두 목표를 함께 좇는다고 밝혔다.\n\n성장 | 분배\n\n야당은 반대했다.\n"
    assert "성장 | 분배" in parse_text(text).text


def test_a_marked_subheading_over_a_wrapped_paragraph_is_not_run_into_it() -> None:
    lead = "한빛시는 20일부터 사흘간 한빛광장에서 겨울\n축제를 연다고 밝혔다.\n\n"
    section = (
        "◆ 첫날 개막 공연과 점등식, 둘째 날 불꽃놀이\n축제 첫날에는 한빛광장 특설무대에서 개막\n"
        "공연과 점등식이 열린다. 둘째 날에는 한빛천\n일대에서 불꽃놀이가 펼쳐진다.\n"
    )
    assert _blocks(parse_text(f"한빛시 겨울 축제 20일 개막\n\n{lead}{section}"))[2:] == [
        ("heading", "첫날 개막 공연과 점등식, 둘째 날 불꽃놀이"),
        ("paragraph", " ".join(section.splitlines()[1:])),
    ]
    # a marked item whose sentence the wrap broke is still one paragraph, its subject in its first line
    item = "◆ 한빛시는 20일부터 사흘간 한빛광장에서 겨울\n축제를 연다고 밝혔다. 첫날에는 개막\n공연이 열린다.\n"
    last = _paragraphs(parse_text(f"한빛시 겨울 축제 20일 개막\n\n{lead}{item}"))[-1]
    assert last.startswith("◆ 한빛시는 20일부터") and last.endswith("공연이 열린다.")


@pytest.mark.parametrize(
    "item",
    [
        "◆ 행사장 안전을 위해 안전요원 300명을 배치하고 응급\n의료소 두 곳을 운영한다.\n",
        "◆ 시청 앞 광장에 대형 트리를 세우고 야간\n조명을 밝힌다.\n",
        "◆ 축제 기간 광장 주변 도로의 차량 통행을 전면\n통제한다.\n",
    ],
    ids=["connective", "connective after an object", "object before its verb"],
)
def test_a_marked_item_whose_clause_the_wrap_broke_is_one_paragraph(item: str) -> None:
    lead = "한빛시는 20일부터 사흘간 한빛광장에서 겨울\n축제를 연다고 밝혔다.\n\n"
    page = parse_text(f"한빛시 겨울 축제 20일 개막\n\n{lead}{item}\n시는 시민의 참여를 당부했다.\n")
    # the item's first line says what its second finishes: no subheading, the item one paragraph
    assert [kind for kind, _ in _blocks(page)].count("heading") == 0
    assert " ".join(item.split()[1:]) in _paragraphs(page)[-2]


@pytest.mark.parametrize("head", ["◆ 달라지는 버스 노선", "◆ 시민 안전을 위한 대책", "◆ 첫날 개막 공연과 점등식"])
def test_a_marked_subheading_with_a_modifier_still_heads_its_paragraph(head: str) -> None:
    lead = "한빛시는 20일부터 사흘간 한빛광장에서 겨울\n축제를 연다고 밝혔다.\n\n"
    section = f"{head}\n축제 기간에는 한빛광장 주변 도로가\n통제돼 시내버스가 우회한다.\n"
    assert ("heading", head[2:]) in _blocks(parse_text(f"한빛시 겨울 축제 20일 개막\n\n{lead}{section}"))


@pytest.mark.parametrize(
    ("line", "read"),
    [
        (
            "▲박순이씨 별세 = 김하늘씨 모친상. 발인 3일 오전 9시. ☎ 055-000-1200",
            "▲박순이씨 별세 = 김하늘씨 모친상. 발인 3일 오전 9시.",
        ),
        ("한빛꽃집은 주말에도 문을 연다. (연락처 02-000-4321)", "한빛꽃집은 주말에도 문을 연다."),
        ("상담은 평일 오후 6시까지 받는다. 문의 1588-0000", "상담은 평일 오후 6시까지 받는다."),
    ],
)
def test_a_telephone_number_after_an_entrys_last_sentence_is_not_read(line: str, read: str) -> None:
    text = f"한빛군 소식\n\n2026.04.02\n\n한빛군에서 전해 온 소식이다. 주민 여러분께 알린다.\n\n{line}\n"
    assert _paragraphs(parse_text(text))[1:] == [read]
    assert rules.story_without_phone("문의 전화는 02-000-1234로 하면 된다.") is None  # the number in the sentence


def test_arrowed_entries_of_a_schedule_opening_with_their_day_are_read() -> None:
    text = (
        "이번 주 공연 일정\n\n한서윤 기자\n\n한빛아트홀이 이번 주 공연 네 편을 무대에 올린다. 모두 무료다.\n\n"
        "▷12일(월) 오후 7시 대공연장 = 한빛시립교향악단 신년 음악회\n"
        "▷14일(수) 오후 3시 소공연장 = 어린이 인형극 '신청사 옆 고양이'\n"
        "▷15일(목) 오후 7시30분 대공연장 = 한빛오페라단 '라 보엠' 전막 공연, 한국어 자막 제공\n"
        "▶17일(토) 오전 11시 야외무대 = 거리 공연\n\n"
        "좌석은 선착순으로 배정한다.\n"
    )
    paragraphs = _paragraphs(parse_text(text))
    assert "▷14일(수) 오후 3시 소공연장 = 어린이 인형극 '신청사 옆 고양이'" in paragraphs
    assert len(paragraphs) == 6
    # links to other stories under the story stay links
    links = "▷ 한빛시, 신청사 건립 확정\n▷ 한빛아트홀 새 단장 마쳐\n"
    assert "한빛아트홀 새 단장" not in parse_text(text + "\n관련기사\n" + links).text


def test_a_box_of_fields_a_comma_runs_through_is_not_taken_for_links() -> None:
    text = (
        "강원 영동 건조경보\n\n한빛방송 윤하늘 기자\n\n강원 영동에 건조경보가 내려졌다고 기상청이 밝혔다.\n\n"
        "[건조특보 현황]\n건조경보: 강원도(강릉평지, 동해평지, 삼척평지)\n"
        "건조주의보: 강원도(속초평지, 고성평지), 경상북도(울진평지)\n\n"
        "산림청은 입산을 자제해 달라고 당부했다. 불씨 관리에도 유의해야 한다.\n"
    )
    assert "건조주의보: 강원도(속초평지, 고성평지), 경상북도(울진평지)" in _paragraphs(parse_text(text))


def test_the_last_numbered_field_of_a_list_is_no_subheading_over_the_paragraph_under_it() -> None:
    text = (
        "도서관 겨울 특강 안내\n\n2026.12.01\n\n한빛도서관이 겨울방학 특강을 연다. 수강료는 없다.\n\n"
        "1. 기간: 1월 6일부터 2월 14일까지\n2. 대상: 초등학생\n3. 문의: 도서관 운영팀\n\n"
        "자리가 차면 접수를 마감합니다.\n"
    )
    blocks = _blocks(parse_text(text))
    assert ("paragraph", "3. 문의: 도서관 운영팀") in blocks
    assert [kind for kind, _ in blocks].count("heading") == 0


def test_a_circled_item_that_is_a_long_sentence_leaves_the_short_titles_beside_it_subheadings() -> None:
    text = (
        "올겨울 난방비 아끼는 법\n\n한겨울 기자\n\n난방비를 줄이는 방법을 정리했다.\n\n"
        "① 실내 온도는 20도\n\n실내 온도를 1도 낮추면 난방비가 7% 준다.\n\n"
        "② 창문에 단열 필름을 붙이면 유리로 빠져나가는 열을 막아 실내 온도를 2도가량 높일 수 있다\n"
        "필름은 대형마트에서 살 수 있다.\n\n"
        "③ 보일러 청소\n\n보일러 배관을 청소하면 효율이 10% 오른다.\n"
    )
    blocks = _blocks(parse_text(text))
    assert ("heading", "① 실내 온도는 20도") in blocks
    assert ("heading", "③ 보일러 청소") in blocks
    assert (
        "paragraph",
        "② 창문에 단열 필름을 붙이면 유리로 빠져나가는 열을 막아 실내 온도를 2도가량 높일 수 있다",
    ) in blocks


@pytest.mark.parametrize(
    ("first", "third"),
    [("① 물을 자주 마신다", "③ 헐렁한 옷을 입는다"), ("① 창문을 닫는다", "③ 보일러를 점검한다")],
)
def test_a_circled_list_with_one_long_item_run_on_into_its_paragraphs_is_a_list(first: str, third: str) -> None:
    text = (
        "여름철 건강 지키는 방법\n\n입력 2026.07.07 10:00\n생활부 한지수 기자\n\n"
        "폭염이 이어지면서 온열질환자가 늘고 있다. 질병관리청이 권하는 건강 수칙을 정리했다.\n\n"
        f"{first}\n갈증을 느끼기 전에 물을 마시는 것이 좋다. 하루 1.5ℓ 이상을 권한다.\n\n"
        "② 한낮에는 야외 활동을 피하고 부득이하게 나가야 한다면 모자와 양산을 꼭 챙겨야 한다.\n"
        "낮 12시부터 오후 5시까지는 햇볕이 가장 강하다.\n\n"
        f"{third}\n땀이 잘 마르는 밝은색 옷이 좋다.\n"
    )
    kinds = [k for k, _ in _blocks(parse_text(text))]
    assert "heading" not in kinds


@pytest.mark.parametrize(
    "code",
    [
        'export default function Page() { return <Card title="안내">닫기</Card>; }',
        "  <span>저장</span>",
        "SELECT 이름 FROM 회원;",
    ],
)
def test_the_lines_between_markdown_fences_are_code_and_not_read(code: str) -> None:
    text = (
        "한빛데이터, 분석 도구 2.0 공개\n\n2026.02.02 10:00\n김코드 기자\n\n"
        "한빛데이터가 분석 도구의 새 버전을 내놨다.\n\n"
        f"```jsx\n{code}\n```\n\n"
        "회사는 올해 안에 유료 버전도 낼 계획이다.\n"
    )
    assert _paragraphs(parse_text(text)) == [
        "한빛데이터가 분석 도구의 새 버전을 내놨다.",
        "회사는 올해 안에 유료 버전도 낼 계획이다.",
    ]


_STORY = [
    "아침마다 들리던 바람 소리가 어느새 새소리로 바뀌었다. 나는 그 소리를 들으며 커피를 내린다.",
    "오후가 되면 골목에 아이들이 뛰어논다. 그 웃음소리가 봄을 알린다.",
]


@pytest.mark.parametrize(
    ("above", "below"),
    [
        ("~~~", "~~~"),  # an essay's scene breaks
        ("```", "```"),  # two bare fences around the story's own sentences
        ('```\nprint("hello")', "```python\nx = 1\n```"),  # a stray fence, a program's fence far below
        ("~~~", "```js\nlet a = 1;\n```"),
    ],
)
def test_fences_that_hold_the_storys_sentences_do_not_drop_them(above: str, below: str) -> None:
    story = "\n\n".join(_STORY)
    text = (
        "봄이 오는 소리\n\n입력 2026.03.05 10:30\n김하늘 작가\n\n"
        "겨울이 끝나갈 무렵이면 창밖의 소리부터 달라진다.\n\n"
        f"{above}\n\n{story}\n\n{below}\n\n봄은 그렇게 소리로 먼저 온다.\n"
    )
    paragraphs = _paragraphs(parse_text(text))
    for sentence in [*_STORY, "봄은 그렇게 소리로 먼저 온다."]:
        assert sentence in paragraphs
    assert not any("~~~" in p or "```" in p or "x = 1" in p or "let a" in p for p in paragraphs)


@pytest.mark.parametrize("fence", ["~~~python", "```python"])
def test_a_fence_with_its_language_holds_code_with_korean_comments(fence: str) -> None:
    text = (
        "한빛데이터, 분석 도구 2.0 공개\n\n2026.02.02 10:00\n김코드 기자\n\n"
        "한빛데이터가 분석 도구의 새 버전을 내놨다.\n\n"
        f"{fence}\n# 설정을 읽는다.\n# 값을 더한다.\nconfig = load()\n{fence[:3]}\n\n"
        "회사는 올해 안에 유료 버전도 낼 계획이다.\n"
    )
    assert _paragraphs(parse_text(text)) == [
        "한빛데이터가 분석 도구의 새 버전을 내놨다.",
        "회사는 올해 안에 유료 버전도 낼 계획이다.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "export function load(path) {",
        "export default class Store {",
        "async function main() {",
    ],
)
def test_an_exported_or_async_definition_is_a_program_line(line: str) -> None:
    assert rules.is_code(line)


@pytest.mark.parametrize(
    "line",
    [
        "3. 신청서 양식.hwpx (31KB) 다운로드 미리보기",
        "붙임_사업계획서.pdf (1.2MB) 내려받기",
        "결과표.xlsx [20KB] 바로보기",
    ],
)
def test_a_file_offered_with_its_size_and_buttons_is_chrome(line: str) -> None:
    assert rules.is_chrome(line)


@pytest.mark.parametrize(
    "toggle", ["🌙 야간 모드", "다크모드 ON", "야간 모드 끄기", "화면 모드: 야간", "다크 모드로 보기"]
)
def test_a_display_mode_toggle_is_not_read(toggle: str) -> None:
    text = (
        "누리구, 공영주차장 야간 개방\n\n입력 2026.04.01 10:00\n"
        f"{toggle}\n한별 기자\n\n"
        "누리구가 공영주차장 12곳을 밤에도 주민에게 연다.\n\n"
        f"{toggle}\n\n"
        "구는 이달부터 오후 8시부터 다음 날 오전 7시까지 무료로 개방한다고 1일 밝혔다.\n"
    )
    assert _blocks(parse_text(text)) == [
        ("title", "누리구, 공영주차장 야간 개방"),
        ("paragraph", "누리구가 공영주차장 12곳을 밤에도 주민에게 연다."),
        ("paragraph", "구는 이달부터 오후 8시부터 다음 날 오전 7시까지 무료로 개방한다고 1일 밝혔다."),
    ]


@pytest.mark.parametrize("mode", ["야간 모드", "다크 모드", "읽기 모드", "주간 모드", "라이트 모드"])
def test_a_bare_display_mode_over_prose_is_a_subheading(mode: str) -> None:
    assert not rules.is_chrome(mode)
    text = (
        "한빛폰 X10 써보니\n\n입력 2026.03.05 10:30\n정다은 기자\n\n"
        "한빛전자가 새로 내놓은 한빛폰 X10을 일주일 동안 써봤다. 가장 먼저 눈에 띈 것은 화면이었다.\n\n"
        f"{mode}\n이 모드를 켜면 화면의 색이 바뀐다. 밤에 볼 때 눈이 한결 편했다.\n\n"
        "배터리\n하루 종일 써도 배터리가 30% 넘게 남았다.\n"
    )
    assert ("heading", mode) in _blocks(parse_text(text))


@pytest.mark.parametrize(
    "entries",
    [
        ["9월 2일 주민 설명회 개최", "10월 14일 공사 계약 체결", "12월 1일 착공식 열려"],
        ["2024년 5월 건립 계획 발표", "2025년 3월 설계 공모 당선작 선정", "2026년 2월 도서관 개관"],
    ],
)
def test_a_timeline_with_days_in_words_on_a_hard_wrapped_page_keeps_an_entry_a_line(entries: list[str]) -> None:
    box = "\n".join(entries)
    text = (
        "누리시립도서관 문 연다\n\n입력 2026.02.03 09:00\n한누리 기자\n\n"
        "누리시가 4년을 준비한 시립도서관이\n다음 주 문을 연다. 시는 개관식을\n"
        "9일 연다고 3일 밝혔다.\n\n"
        f"■ 건립 일지\n{box}\n\n"
        "도서관은 책 20만 권을 갖추고\n밤 10시까지 문을 연다.\n"
    )
    paragraphs = _paragraphs(parse_text(text))
    for entry in entries:
        assert entry in paragraphs


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("11월 3일 첫 피해 신고 접수", True),
        ("2026년 1월 경찰 수사 착수", True),
        ("3월 5일 경찰은 피의자를 구속했다.", False),
        ("3월 5일부터 접수를 받는다", False),
        ("3월 5일 오후 2시 개관식", False),
        ("12월 1일 착공식 열려", True),
        ("12월 말까지 모두 12차례에 걸쳐", False),
        ("6월 초부터 공사에 들어가", False),
        ("11월 3일 처음 통장을 넘긴 뒤", False),
        ("5월 3일 어린이날 전후로 행사가 몰려 있어 시는 교통 대책을 마련하기로", False),
        ("4월 5일 한빛천 일대에서 막을 올린다. 올해는", False),
        ("7월 9일 시의회 예산안을", False),
        # an entry's event may end in 후, 뒤 or 으로 after a noun; a clause with its object goes on
        ("3월 14일 조정 회의 결렬 후", True),
        ("2월 3일 노조 파업 예고 뒤", True),
        ("9월 1일 본사 이전 후", True),
        ("6월 2일 시설을 점검한 후", False),
        ("4월 8일 예산을 늘리는 쪽으로", False),
    ],
)
def test_timeline_entry(line: str, expected: bool) -> None:
    assert rules.timeline_entry(line) is expected


def test_a_timeline_whose_entries_end_in_hu_stays_one_entry_a_line() -> None:
    entries = [
        "1월 9일 1차 협상 결렬",
        "2월 3일 노조 파업 예고 후 2차 협상",
        "3월 14일 조정 회의 결렬 후",
        "3월 20일 최종 합의",
    ]
    text = (
        "노사 협상 일지\n\n입력 2026.03.21 09:00\n김하늘 기자\n\n"
        "한빛버스 노사가 석 달 만에 임금협상을 타결했다. 그간의 경과는 다음과 같다.\n\n"
        + "\n".join(entries)
        + "\n\n시민 불편은 피하게 됐다. 시는 안도했다.\n"
    )
    paragraphs = _paragraphs(parse_text(text))
    for entry in entries:
        assert entry in paragraphs


@pytest.mark.parametrize(
    "body",
    [
        "한빛경찰서는 A씨를 구속했다고\n3일 밝혔다. 조사 결과 A씨는 지난해\n11월 3일 처음 통장을 넘긴 뒤\n"
        "12월 말까지 모두 12차례에 걸쳐\n통장을 건넨 것으로 드러났다.",
        "누리구는 올해 축제 일정을 확정했다. 봄꽃 축제는\n4월 5일 한빛천 일대에서 열리고 올해는\n"
        "5월 3일 어린이날 전후로 행사가 몰려 있어 구는\n10월 2일 국화 축제까지 교통 대책을 세운다.",
    ],
)
def test_a_hard_wrapped_paragraph_broken_at_a_month_stays_one_paragraph(body: str) -> None:
    text = f"누리구 소식\n\n입력 2026.02.03 09:00\n한누리 기자\n\n{body}\n\n구는 셔틀버스를 운행한다.\n"
    assert _paragraphs(parse_text(text)) == [" ".join(body.split("\n")), "구는 셔틀버스를 운행한다."]


@pytest.mark.parametrize("header", ["[문자중계]", "▶ 문자 중계", "■ 경기 기록"])
def test_a_baseball_live_texts_batter_lines_after_the_story_are_not_read(header: str) -> None:
    text = (
        "누리 베어스, 연장 끝에 한빛 꺾고 2연승\n\n입력 2026.06.03 22:30\n이누리 기자\n\n"
        "누리 베어스가 연장 10회 접전 끝에 한빛 타이거즈를 4-3으로 이겼다.\n\n"
        "10회초 1사 3루에서 나온 희생플라이가 결승점이 됐다.\n\n"
        f"{header}\n10회초 누리 공격\n3번 타자 한가람 : 중견수 희생플라이, 3루 주자 득점\n"
        "2번 타자 오다온 : 우익수 앞 안타\n1번 타자 서하늘 : 볼넷\n\n"
        "이누리 기자 nuri@example.com\n"
    )
    assert _paragraphs(parse_text(text)) == [
        "누리 베어스가 연장 10회 접전 끝에 한빛 타이거즈를 4-3으로 이겼다.",
        "10회초 1사 3루에서 나온 희생플라이가 결승점이 됐다.",
    ]


def test_a_batting_order_and_its_play_is_no_boxs_figure() -> None:
    assert rules.BATTER_PLAY.match("4번 타자 김철수 : 중전 안타")
    assert not rules.BATTER_PLAY.match("4번 출구: 한빛역 방면")


@pytest.mark.parametrize(
    ("header", "ingredients"),
    [
        ("재료 (4인분)", ["닭다리살 600g", "감자 2개", "당근 1/2개"]),
        ("준비물", ["두부 1모", "우유 1컵", "소금 1/3작은술"]),
    ],
)
def test_a_recipes_header_over_its_ingredients_one_a_line_is_a_subheading(header: str, ingredients: list[str]) -> None:
    lines = "\n".join(ingredients)
    text = (
        "[집밥] 닭볶음탕\n\n입력 2026.05.02 08:00\n한솥 기자\n\n"
        "비 오는 주말 저녁에는 얼큰한 닭볶음탕이 제격이다. 한 시간이면 넉넉하게 만들 수 있다.\n\n"
        f"{header}\n{lines}\n\n"
        "조리 순서\n1. 닭은 끓는 물에 한 번 데쳐 기름기를 뺀다.\n2. 양념과 채소를 넣고 40분간 끓인다.\n"
    )
    blocks = _blocks(parse_text(text))
    assert ("heading", header) in blocks
    assert ("heading", "조리 순서") in blocks
    for line in ingredients:
        assert ("paragraph", line) in blocks


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("김 원장은", '"수출이 살아나야 내수도 따라온다"며 정부의 지원을 주문했다.'),
        ("한편 시는", "올해 급식 예산을 지난해보다 20% 늘렸다."),
        ("누리구는 이 돈을", "주민 쉼터를 고치는 데 쓰기로 했다."),
        ("이에 따라 구청은,", "다음 달부터 야간 순찰을 늘린다."),
    ],
)
def test_a_short_line_whose_sentence_goes_on_below_a_list_is_no_subheading(line: str, rest: str) -> None:
    text = (
        "한빛시, 무료 급식소 3곳 새로 연다\n\n입력 2026.03.05 10:30\n김하늘 기자\n\n"
        "한빛시는 무료 급식소 3곳을 새로 연다고 5일 밝혔다. 새 급식소는 다음과 같다.\n\n"
        "- 한빛동 주민센터\n- 누리동 복지관\n- 바다동 경로당\n\n"
        f"{line}\n{rest}\n"
    )
    blocks = _blocks(parse_text(text))
    assert not [b for b in blocks if b[0] == "heading"]
    assert " ".join(t for _, t in blocks).endswith(f"{line} {rest}")


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("■ 남은 과제는", "급식소 자원봉사자를 구하는 일이 가장 시급하다는 지적이 나온다."),
        ("■ 시민들의 반응은", "대체로 환영하는 분위기다. 다만 위치를 두고 이견도 있다."),
        ("■ 이 돈을", "어디에 쓸지는 다음 달 정해진다."),
    ],
)
def test_a_marked_line_below_a_list_is_a_subheading_however_it_ends(line: str, rest: str) -> None:
    # ■ marks the line a subheading: that it ends in a particle (는, 을) leaves it one
    text = (
        "한빛시, 무료 급식소 3곳 새로 연다\n\n입력 2026.03.05 10:30\n김하늘 기자\n\n"
        "한빛시는 무료 급식소 3곳을 새로 연다고 5일 밝혔다. 새 급식소는 다음과 같다.\n\n"
        "- 한빛동 주민센터\n- 누리동 복지관\n- 바다동 경로당\n\n"
        f"{line}\n{rest}\n"
    )
    blocks = _blocks(parse_text(text))
    assert ("heading", line.removeprefix("■ ")) in blocks
    assert ("paragraph", rest) in blocks


@pytest.mark.parametrize(
    "items",
    [["승용차 5대", "화물차 2대"], ["두부 1모", "대파 1대", "간장 3큰술"], ["소방차 12대", "구급차 4대", "헬기 2대"]],
)
def test_the_first_of_lines_counted_one_a_line_is_no_header_over_the_rest(items: list[str]) -> None:
    lines = "\n".join(items)
    text = (
        "한빛터널 다중 추돌\n\n입력 2026.01.12 08:30\n김하늘 기자\n\n"
        "12일 오전 한빛터널 입구에서 차량 여러 대가 잇따라 부딪쳤다. 이 사고로 5명이 다쳤다.\n\n"
        f"현장에 나온 것은 다음과 같다.\n\n{lines}\n\n"
        "경찰은 빙판길에 미끄러진 화물차가 앞차를 들이받은 것으로 보고 있다.\n"
    )
    blocks = _blocks(parse_text(text))
    assert not [b for b in blocks if b[0] == "heading"]
    for line in items:
        assert ("paragraph", line) in blocks


@pytest.mark.parametrize(
    "line", ["당근 1/2개", "설탕 1/3컵", "무 1/4 모", "마늘 1/2톨", "배추 1/4포기", "햄 1/2팩", "대파 1/2뿌리"]
)
def test_a_recipes_fraction_is_no_photo_credit(line: str) -> None:
    assert not rules.is_caption(line)
    assert rules.INGREDIENT_LINE.match(line)
    assert rules.is_caption("한빛시청 앞 2025.9.3/뉴스1")


@pytest.mark.parametrize(
    ("above", "below"),
    [("보증금 반환 대책을", "시에 요구하기로 했다."), ("주민들은 재개발 계획을", "시에 다시 물었다.")],
)
def test_a_word_under_a_word_that_ends_in_its_particle_keeps_its_space(above: str, below: str) -> None:
    text = (
        "누리구 주민 설명회 열려\n\n입력 2026.03.06 09:00\n한빛 기자\n\n"
        "누리구가 재개발 주민 설명회를\n열었다. 주민 200여 명이 모여\n"
        f"의견을 냈다. {above}\n{below}\n"
    )
    assert f"{above} {below}" in _paragraphs(parse_text(text))[0]


def test_a_markdown_footnote_s_mark_and_note_are_not_read() -> None:
    # the mark was said inside the sentence ([^a]) and the note under the story as a paragraph
    page = (
        "# 한빛시 도서관 이용자 두 배로\n\n*한빛일보 · 2026.03.02*\n\n"
        "한빛시 공공도서관 이용자가 5년 새 두 배로 늘었다.[^a] 주말 이용자가 특히 많다.\n\n"
        "## 늘어난 이유\n\n시는 야간 개관이 효과를 봤다고 설명했다.[^note-2]\n\n"
        "[^a]: 한빛시 통계연보 기준.\n[^note-2]: 시 문화정책과 자료.\n"
    )
    article = parse_text(page)
    assert _paragraphs(article) == [
        "한빛시 공공도서관 이용자가 5년 새 두 배로 늘었다. 주말 이용자가 특히 많다.",
        "시는 야간 개관이 효과를 봤다고 설명했다.",
    ]
    assert "[^" not in article.text and "통계연보" not in article.text


@pytest.mark.parametrize(
    ("field", "date"),
    [
        ("published: 2026-03-02T07:15:00+09:00", "2026-03-02T07:15:00+09:00"),
        ("date: '2026-03-02 07:15'", "2026-03-02T07:15:00+09:00"),
        ("created: 2026-03-02", None),  # the day the page was clipped, no story's
    ],
)
def test_a_read_later_export_s_front_matter_is_not_read_and_dates_the_story(field: str, date: str | None) -> None:
    page = (
        f"---\ntitle: 한빛시 도서관 이용자 두 배로\nauthor: 김철수\n{field}\ntags: [도서관]\n---\n\n"
        "# 한빛시 도서관 이용자 두 배로\n\n"
        "한빛시 공공도서관 이용자가 5년 새 두 배로 늘었다. 주말 이용자가 특히 많다.\n\n"
        "시는 야간 개관이 효과를 봤다고 설명했다.\n"
    )
    article = parse_text(page)
    assert article.date == date
    assert "tags" not in article.text and "title:" not in article.text
    assert article.blocks[0].text == "한빛시 도서관 이용자 두 배로"


@pytest.mark.parametrize(
    ("fields", "date"),
    [
        (["created: 2026-12-01T21:04", "published: 2026-11-20T09:00:00+09:00"], "2026-11-20T09:00:00+09:00"),
        (["created: 2026-12-01", "date: 2026-11-20"], "2026-11-20"),
        (["date: 2026-11-19", "published: 2026-11-20"], "2026-11-20"),
        (["published:", "created: 2026-12-01"], None),
        (['published: ""', "date: 2026-11-20", "created: 2026-12-01"], "2026-11-20"),
    ],
)
def test_a_clippers_created_field_never_dates_the_story(fields: list[str], date: str | None) -> None:
    # created: the day the page was clipped, came first or stood alone and dated the story a week late
    page = (
        "---\ntitle: 한빛시 청년 월세 지원 확대\n" + "\n".join(fields) + "\n---\n\n"
        "# 한빛시 청년 월세 지원 확대\n\n"
        "한빛시가 청년 월세 지원 대상을 늘린다. 내년부터 월 20만원씩 12개월 동안 준다.\n\n"
        "시는 다음 달부터 신청을 받는다.\n"
    )
    article = parse_text(page)
    assert article.date == date
    assert "created" not in article.text and "2026-12-01" not in article.text


def test_a_related_storys_lead_quoted_under_its_link_is_not_read() -> None:
    text = (
        "한빛시 버스 노선 개편\n\n입력 2026.02.02 10:00\n김철수 기자\n\n"
        "한빛시가 시내버스 노선 30개를 바꾼다.\n\n"
        "관련기사: 한빛시 버스 요금 동결\n“한빛시가 올해 시내버스 요금을 동결하기로 했다.”\n\n"
        "시는 다음 달 시민 설명회를 연다.\n"
    )
    assert _paragraphs(parse_text(text)) == [
        "한빛시가 시내버스 노선 30개를 바꾼다.",
        "시는 다음 달 시민 설명회를 연다.",
    ]


def test_a_quote_of_the_story_glued_under_its_own_paragraph_is_read() -> None:
    text = (
        "한빛시 버스 노선 개편\n\n입력 2026.02.02 10:00\n김철수 기자\n\n"
        "한빛시가 시내버스 노선 30개를 바꾼다. 시장은 이렇게 말했다.\n"
        '"시민의 발을 더 편하게 하겠다."\n\n시는 다음 달 시민 설명회를 연다.\n'
    )
    assert '"시민의 발을 더 편하게 하겠다."' in " ".join(_paragraphs(parse_text(text)))


def test_an_english_first_page_is_read_from_its_korean_story() -> None:
    text = (
        "City to expand night buses\nBy Lee Mina\n\n"
        "Hanbit City will add six night bus routes from next month, officials said Monday.\n\n"
        "[국문 기사]\n\n한빛시 심야버스 6개 노선 늘린다\n\n입력 2026.03.09 10:00\n이미나 기자\n\n"
        "한빛시가 다음 달부터 심야버스 노선 6개를 늘린다.\n"
    )
    article = parse_text(text)
    assert article.title == "한빛시 심야버스 6개 노선 늘린다"
    assert _paragraphs(article) == ["한빛시가 다음 달부터 심야버스 노선 6개를 늘린다."]


def test_a_korean_header_with_no_english_story_above_it_cuts_nothing() -> None:
    text = (
        "한빛시 심야버스 6개 노선 늘린다\n\n입력 2026.03.09 10:00\nCity Desk\n\n"
        "한국어 기사\n\n한빛시가 다음 달부터 심야버스 노선 6개를 늘린다.\n\n시는 예산 12억원을 쓴다.\n"
    )
    assert parse_text(text).title == "한빛시 심야버스 6개 노선 늘린다"


def test_a_timeline_with_each_day_over_its_event_is_read_day_and_event() -> None:
    text = (
        "한빛항 신항만 개장\n\n입력 2026.06.01 10:00\n김철수 기자\n\n한빛항 신항만이 1일 문을 열었다.\n\n"
        "◆ 주요 경과\n2012년 5월\n기본계획 수립\n2018.03\n방파제 공사 착수\n2026년 6월\n개장\n\n"
        "항만공사는 연간 물동량 200만 TEU를 목표로 한다.\n"
    )
    assert _blocks(parse_text(text))[2:6] == [
        ("heading", "주요 경과"),
        ("paragraph", "2012년 5월 기본계획 수립"),
        ("paragraph", "2018.03 방파제 공사 착수"),
        ("paragraph", "2026년 6월 개장"),
    ]


def test_a_lone_day_over_one_line_is_no_timeline() -> None:
    article = parse_text("한빛항 신항만 개장\n\n2026년 6월\n김철수 기자\n\n한빛항 신항만이 1일 문을 열었다.\n")
    assert _paragraphs(article) == ["한빛항 신항만이 1일 문을 열었다."]
    assert article.author == "김철수"


def test_an_unmarked_title_over_labelled_items_is_their_heading() -> None:
    text = (
        "한빛 재즈축제 개막\n\n입력 2026.08.01 10:00\n김철수 기자\n\n한빛 재즈축제가 5일 막을 올린다.\n\n"
        "공연 순서\n- 5일: 개막 공연\n- 6일: 신인 무대\n\n축제는 사흘간 이어진다.\n"
    )
    assert _blocks(parse_text(text))[2:5] == [
        ("heading", "공연 순서"),
        ("paragraph", "- 5일: 개막 공연"),
        ("paragraph", "- 6일: 신인 무대"),
    ]


def test_a_timeline_entry_of_one_word_between_longer_ones_is_its_own() -> None:
    text = (
        "한빛 하수처리장 증설\n\n입력 2026.02.03 10:00\n김철수 기자\n\n증설 사업이 승인됐다.\n\n"
        "2024년 6월 = 기본 설계\n2025년 3월 = 착공\n2025년 9월 = 설비 반입\n2026년 4월 = 준공\n\n"
        "시는 처리 용량이 두 배로 늘 것으로 본다.\n"
    )
    assert _paragraphs(parse_text(text))[1:5] == [
        "2024년 6월 = 기본 설계",
        "2025년 3월 = 착공",
        "2025년 9월 = 설비 반입",
        "2026년 4월 = 준공",
    ]


def test_a_quote_glued_under_a_related_link_that_the_story_then_points_back_at_is_heard() -> None:
    page = (
        "전세 사기 피해 1년\n\n전세 사기 피해자들이 2일 국회 앞에서 집회를 열었다.\n\n"
        "▶ 관련 기사: 전세 사기 특별법 개정안 국회 통과\n"
        '"정부가 끝까지 책임져야 한다. 피해자는 아직 거리에 있다."\n\n'
        "대책위원회 관계자는 이같이 말하며 지원 확대를 요구했다.\n"
    )
    assert "정부가 끝까지 책임져야 한다" in parse_text(page).text
