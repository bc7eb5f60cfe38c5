"""Headlines, subtitles, decks and subheadings."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newsread.ingest import html, parse_html, parse_text, rules

from .helpers import blocks_of as _blocks
from .helpers import paragraphs_of as _paragraphs


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


def test_a_company_s_department_head_between_paragraphs_is_still_a_subheading() -> None:
    text = "기업인을 만나다\n\n기업인을 만났다.\n\n김철수 한빛전자 영업부장\n\n그는 회사를 세웠다.\n\n이영희 기자\n"
    assert ("heading", "김철수 한빛전자 영업부장") in _blocks(parse_text(text))


def test_question_headline_and_subheading() -> None:
    text = (
        "AI 시대, 한국 경제는 버틸 수 있나?\n\n정부가 AI 투자를 늘리기로 했다. 업계는 환영했다.\n\n"
        "왜 지금 GPU인가?\n\nGPU는 AI 학습에 꼭 필요하다.\n"
    )
    assert [k for k, _ in _blocks(parse_text(text))] == ["title", "paragraph", "heading", "paragraph"]


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


def test_a_sentence_the_page_says_above_the_headline_is_not_the_story_s_lead() -> None:
    text = (
        "한빛포털\n\n이 영역은 언론사가 직접 골라 보여 드리는 곳입니다.\n\n"
        "배추 한 포기 1만원 넘었다\n입력 2026.09.05\n이정은 기자\n\n"
        "배추 한 포기 가격이 1만원을 넘었습니다.\n\n정부는 비축 물량을 풀기로 했습니다.\n"
    )
    assert _blocks(parse_text(text)) == [
        ("title", "배추 한 포기 1만원 넘었다"),
        ("paragraph", "배추 한 포기 가격이 1만원을 넘었습니다."),
        ("paragraph", "정부는 비축 물량을 풀기로 했습니다."),
    ]
    # A date under the story (the page's end) does not make its last lines a headline.
    story = "정부, 대책 발표\n\n정부가 대책을 발표했다.\n\n현장 반응\n2026.01.02\n"
    assert _blocks(parse_text(story))[1] == ("paragraph", "정부가 대책을 발표했다.")


_BR_PAGE = (
    '<html><head><meta charset="utf-8"><title>지하철 요금 오른다</title></head><body>'
    '<div id="article">지하철 기본요금이 다음 달부터 300원 오른다.<br>시는 운영 적자를 이유로 들었다.<br><br>'
    "{line}<br><br>조조할인은 유지된다. 청소년 요금도 동결한다.<br><br>"
    "시 관계자는 할인 제도는 그대로 두기로 했다고 말했다.</div></body></html>"
)


@pytest.mark.parametrize("line", ["<b>▲ 조조할인은 그대로</b>", "<strong>조조할인은 그대로</strong>"])
def test_a_bold_line_between_paragraphs_is_a_subheading(line: str) -> None:
    article = parse_html(_BR_PAGE.format(line=line))
    assert ("heading", "조조할인은 그대로") in _blocks(article)


def test_a_bold_sentence_stays_a_paragraph() -> None:
    article = parse_html(_BR_PAGE.format(line="<b>시는 내년에도 요금을 올릴 계획이다.</b>"))
    assert ("paragraph", "시는 내년에도 요금을 올릴 계획이다.") in _blocks(article)


def test_a_name_and_a_title_between_paragraphs_is_a_subheading() -> None:
    text = (
        "기업인을 만나다\n\n창업 10년을 맞은 기업인을 만났다.\n\n"
        "김철수 한빛전자 대표\n\n그는 2015년 회사를 세웠다.\n\n이영희 기자\n"
    )
    article = parse_text(text)
    assert ("heading", "김철수 한빛전자 대표") in _blocks(article)
    assert article.author == "이영희"


def test_a_subtitle_under_the_headline_is_not_the_headline() -> None:
    text = "여야, 추경 합의\n\n- 소상공인 지원 4조 포함…24일 처리\n\n2026.06.21\n\n여야가 추경안에 합의했다.\n"
    assert _blocks(parse_text(text)) == [("title", "여야, 추경 합의"), ("paragraph", "여야가 추경안에 합의했다.")]


@pytest.mark.parametrize("bar", ["―", "—", "-"])
def test_subtitles_between_bars_under_a_press_release_s_headline_are_not_the_headline(bar: str) -> None:
    text = (
        f"누리시, 어린이 도서관 3곳 새로 연다\n{bar} 동네마다 걸어서 10분 거리 {bar}\n{bar} 주말 야간 개관도 {bar}\n\n"
        "배포일시 : 2026. 8. 4.(화)\n\n"
        "누리시는 어린이 도서관 3곳을 새로 연다고 4일 밝혔다. 도서관마다 책 2만 권을 갖춘다.\n\n"
        "시는 주말에는 오후 9시까지 문을 열 계획이다.\n"
    )
    assert _blocks(parse_text(text))[:2] == [
        ("title", "누리시, 어린이 도서관 3곳 새로 연다"),
        ("paragraph", "누리시는 어린이 도서관 3곳을 새로 연다고 4일 밝혔다. 도서관마다 책 2만 권을 갖춘다."),
    ]


@pytest.mark.parametrize("label", ["[CEO 인터뷰] 정하늘 뉴로칩스 대표", "<인터뷰> 김민준 한빛대 교수"])
def test_the_interviewee_under_the_headline_is_not_the_headline(label: str) -> None:
    text = f'"3년 안에 못 따라잡으면 끝"\n\n{label}\n\n2026.03.23\n이수민 기자\n\n그는 이렇게 말했다.\n'
    article = parse_text(text)
    assert _blocks(article) == [("title", '"3년 안에 못 따라잡으면 끝"'), ("paragraph", "그는 이렇게 말했다.")]
    assert article.author == "이수민"


def test_the_first_item_s_heading_of_a_briefing_is_read_and_a_lone_marked_deck_is_not() -> None:
    briefing = "아침 브리핑\n\n■ 기준금리 동결\n한은이 금리를 동결했다.\n\n■ 요금 인상\n요금이 오른다.\n"
    assert _blocks(parse_text(briefing))[1:3] == [
        ("heading", "기준금리 동결"),
        ("paragraph", "한은이 금리를 동결했다."),
    ]
    deck = "금리 동결\n\n■ 물가 여전히 불안\n한은이 금리를 동결했다.\n\n물가가 오른다.\n"
    assert _blocks(parse_text(deck))[1:] == [("paragraph", "한은이 금리를 동결했다."), ("paragraph", "물가가 오른다.")]


def test_a_bracketed_subheading_that_names_no_segment_stays() -> None:
    text = "유가 급등\n\n유가가 급등하고 있습니다.\n\n[정부 대책은]\n\n정부는 유류세 인하를 검토합니다.\n"
    assert ("heading", "정부 대책은") in _blocks(parse_text(text))


@pytest.mark.parametrize("label", ["[날씨]", "【단독】", "<포토>"])
def test_a_section_label_over_the_headline_is_not_the_headline(label: str) -> None:
    text = f"{label}\n내일 전국 비…남부 최대 80㎜\n\n내일은 전국에 비가 내리겠습니다. 남부에는 최대 80㎜가 오겠습니다."
    assert parse_text(text).blocks[0].text == "내일 전국 비…남부 최대 80㎜"


@pytest.mark.parametrize(
    ("label", "gap"),
    [
        ("스포츠 > 야구", "\n입력 2026.04.02 10:00\n박지민 기자\n\n"),
        ("홈 > 경제 > 부동산", "\n\n"),
        ("문화·여행", "\n"),
        ("IT·과학 > 모바일", "\n"),
        ("경제 | 금융", "\n\n"),
    ],
)
def test_a_section_s_path_over_the_headline_is_not_the_headline(label: str, gap: str) -> None:
    headline = "한빛시 야구장 '만원 관중'…시즌 첫 매진"
    text = f"{label}{gap}{headline}\n\n한빛시 야구장이 올 시즌 처음으로 매진됐다. 관중은 2만 명이었다.\n"
    blocks = _blocks(parse_text(text))
    assert blocks[0] == ("title", headline)
    assert all(label not in t for _, t in blocks)


@pytest.mark.parametrize("line", ["연예 > 가요", "해운·물류", "홈 > 바이오 > 제약", "농업 | 유통"])
def test_section_path(line: str) -> None:
    assert rules.is_section_path(line)


@pytest.mark.parametrize(
    "line", ["한·미 정상회담", "수출 2%↑ > 수입", "금리 인하 기대 > 우려", "한·미·일", "여·야", "남·북", "미/중"]
)
def test_a_headline_with_a_mark_is_no_section_path(line: str) -> None:
    assert not rules.is_section_path(line)


@pytest.mark.parametrize("headline", ["한·미·일", "여·야·정", "AI·반도체", "북·미·러"])
def test_a_headline_of_short_names_joined_by_a_dot_over_the_date_is_the_headline(headline: str) -> None:
    text = (
        f"홈 > 뉴스 > 국제\n{headline}\n입력 2026.07.14 09:30\n김서연 기자\n\n"
        "세 나라 정상이 14일 워싱턴에서 만나 안보 협력을 강화하기로 합의했다. 세 정상은 공동성명을 냈다.\n"
    )
    assert _blocks(parse_text(text))[0] == ("title", headline)


def test_a_section_of_two_fields_over_the_headline_is_still_no_headline() -> None:
    text = (
        "AI·반도체\n한빛전자, 차세대 메모리 양산…연 3조원 규모\n입력 2026.07.14 09:30\n김서연 기자\n\n"
        "한빛전자가 차세대 메모리 양산에 들어갔다. 회사는 14일 이같이 밝혔다.\n"
    )
    blocks = _blocks(parse_text(text))
    assert blocks[0] == ("title", "한빛전자, 차세대 메모리 양산…연 3조원 규모")
    assert all("AI·반도체" not in t for _, t in blocks)


def test_the_headline_is_found_in_the_tab_title_when_the_meta_title_is_the_site_s_name() -> None:
    page = (
        "<html><head><title>한빛스포츠 - 한빛FC, 원정서 3-0 완승</title></head><body>"
        "<div><a href='/'>한빛스포츠</a></div><div><h2>한빛FC, 원정서 3-0 완승</h2>"
        "<div>한빛FC가 원정 경기에서 완승을 거뒀다.<br><br>한빛FC는 2일 대한시티를 3-0으로 꺾었다.<br><br>"
        '감독은 "선수들이 잘해 줬다"고 말했다.</div></div></body></html>'
    )
    assert parse_html(page).blocks[0].text == "한빛FC, 원정서 3-0 완승"


def test_a_quote_with_its_attribution_on_its_line_is_no_subheading() -> None:
    text = (
        "한빛천 산책로 새 단장\n\n"
        "한빛천 산책로가 새로 단장을 마쳤다. 조명과 쉼터가 늘었다.\n\n"
        '주민 김모 씨는 "밤에도 걷기 좋아졌다"고 말했다.\n\n'
        '"밤에도 걷기 좋아졌다" - 주민 김모 씨\n\n'
        "“내년에는 자전거길도 잇겠다” (구청 공원녹지과장)\n\n"
        "구는 하반기에 나머지 구간도 정비한다."
    )
    assert _blocks(parse_text(text))[1:] == [
        ("paragraph", "한빛천 산책로가 새로 단장을 마쳤다. 조명과 쉼터가 늘었다."),
        ("paragraph", '주민 김모 씨는 "밤에도 걷기 좋아졌다"고 말했다.'),
        ("paragraph", "“내년에는 자전거길도 잇겠다” (구청 공원녹지과장)"),
        ("paragraph", "구는 하반기에 나머지 구간도 정비한다."),
    ]


@pytest.mark.parametrize(
    ("line", "org"),
    [
        ("한빛구청 복지정책과", True),
        ("한빛대 입학처", True),
        ("한빛시 홍보팀", True),
        ("한빛구, 급식소 2곳 추가", False),
    ],
)
def test_a_line_naming_only_an_office_is_no_headline(line: str, org: bool) -> None:
    assert rules.is_org_name(line) is org


def test_a_quoted_answer_over_a_subheading_is_read() -> None:
    text = (
        "[인터뷰] 한빛농장 대표\n\n"
        "귀농 10년 차 농부를 만났다. 그는 사과 농사를 짓는다.\n\n"
        "―귀농은 왜 했나\n"
        '"도시의 삶이 지쳤어요. 흙을 만지고 싶었습니다."\n'
        "■ 판로 걱정\n\n"
        "그는 판로가 가장 어렵다고 했다. 직접 팔 곳을 찾는 데 3년이 걸렸다."
    )
    paras = [t for k, t in _blocks(parse_text(text)) if k == "paragraph"]
    assert '"도시의 삶이 지쳤어요. 흙을 만지고 싶었습니다."' in paras


@pytest.mark.parametrize(
    "top",
    [
        '"집값 반드시 잡겠다"\n정부, 수도권 공급 대책 발표',  # a quoted headline over its deck
        '"집값 반드시 잡겠다"',  # a quoted headline the story quotes again
    ],
)
def test_a_quoted_headline_is_no_pull_quote(top: str) -> None:
    text = (
        f"한빛일보\n\n{top}\n\n입력 2025.02.02 10:00\n\n"
        '정부가 주택 10만 가구를 공급하는 대책을 내놨다. 장관은 "집값 반드시 잡겠다"고 말했다.\n\n'
        "국토부는 2일 이런 내용의 대책을 발표했다."
    )
    assert parse_text(text).title == '"집값 반드시 잡겠다"'


def test_a_headline_in_an_h2_over_the_lead_is_not_read_twice() -> None:
    page = (
        "<html><head><title>한빛시 새 시청사 착공 - 한빛일보</title></head><body><main><article>\n"
        "<h2>한빛시 새 시청사 착공</h2>\n"
        "<p>한빛시가 새 시청사 공사를 시작했다. 2028년 완공이 목표다.</p>\n"
        "<p>새 청사에는 시민 도서관과 공연장이 들어선다. 공사비는 2000억원이다.</p>\n"
        "</article></main></body></html>"
    )
    assert [k for k, _ in _blocks(parse_html(page))] == ["title", "paragraph", "paragraph"]


@pytest.mark.parametrize(
    ("headline", "tag"),
    [
        ("[인터뷰] 정하늘 대표 “3년 안에 해외 매출 절반”", "[인터뷰]"),
        ("【단독】 한빛건설, 하청 대금 미지급", "【단독】"),
        ("[충북일보] 청주 도심 하천에 수달 가족", None),  # the outlet's name, not what the story is
        ("[OSEN=박소연 기자] 배우 한서진, 레드카펫", None),  # the reporter's tag
        ("코스피 3000 돌파", None),
    ],
)
def test_headline_tag(headline: str, tag: str | None) -> None:
    assert rules.headline_tag(headline) == tag


def test_a_marked_subheading_under_an_announcing_sentence_stays_a_subheading() -> None:
    text = (
        "지진 재난문자 늑장\n\n이준서 기자\n\n2일 새벽 지진이 발생했다.\n\n"
        "기상청은 다음과 같은 이유로 문자가 늦었다고 설명했습니다.\n\n"
        "◇ 관측 자료 분석에 8분\n\n자료를 모으는 데 시간이 걸렸다.\n"
    )
    assert ("heading", "관측 자료 분석에 8분") in _blocks(parse_text(text))


def test_an_english_headline_over_a_korean_story_is_its_title() -> None:
    article = parse_text(
        "Hanbit Herald 한국어판\nBusiness\n\nK-Battery makers brace for slower EV demand\n\n"
        "2026-12-04 10:30\n선우결 기자\n\n국내 배터리 3사가 설비 투자를 줄이고 있다.\n"
    )
    assert article.title == "K-Battery makers brace for slower EV demand"


def test_a_subheading_s_emoji_is_not_read() -> None:
    assert rules.strip_heading_decor("📌 월세 세액공제 한도 상향") == "월세 세액공제 한도 상향"
    assert rules.strip_heading_decor("✅ 체크리스트") == "체크리스트"
    assert rules.strip_heading_decor("❶ 새벽 운동은 피하세요") == "❶ 새벽 운동은 피하세요"  # a number, said


@pytest.mark.parametrize("counter", ["", "2/5\n", "[2/5]\n"])
def test_a_circled_number_over_its_paragraph_in_one_block_is_a_subheading(counter: str) -> None:
    text = (
        "겨울철 수도관 동파 막는 법\n입력 2026.12.20 09:00\n\n한파가 이어지면 수도관이 얼기 쉽다.\n\n"
        f"{counter}① 계량기함 보온\n헌 옷이나 스티로폼으로 계량기함 안을 채우세요.\n\n"
        f"{counter.replace('2/', '3/')}② 물 조금 틀어 두기\n밤에는 수돗물을 가늘게 흐르게 해 두면 얼지 않습니다.\n"
    )
    assert _blocks(parse_text(text))[2:] == [
        ("heading", "① 계량기함 보온"),
        ("paragraph", "헌 옷이나 스티로폼으로 계량기함 안을 채우세요."),
        ("heading", "② 물 조금 틀어 두기"),
        ("paragraph", "밤에는 수돗물을 가늘게 흐르게 해 두면 얼지 않습니다."),
    ]


def test_a_circled_item_under_a_sentence_of_its_block_is_no_subheading() -> None:
    text = (
        "수도관 동파 주의\n입력 2026.12.20 09:00\n\n한파가 이어지면 수도관이 얼기 쉽다. 요령은 다음과 같다.\n"
        "① 계량기함 보온\n헌 옷으로 계량기함 안을 채우세요.\n"
    )
    assert ("heading", "① 계량기함 보온") not in _blocks(parse_text(text))


@pytest.mark.parametrize(
    "items",
    [
        "① 물을 자주 마신다\n갈증을 느끼기 전에 물을 마시는 것이 좋다.\n② 한낮 외출을 피한다\n"
        "낮 12시부터 오후 5시까지는 야외 활동을 줄여야 한다.\n"
        "③ 헐렁한 옷을 입는다\n밝은 색의 헐렁한 옷이 체온을 낮춘다.\n",
        "① 계량기함 보온\n헌 옷이나 스티로폼으로 계량기함 안을 채우세요.\n② 물 조금 틀어 두기\n"
        "밤에는 수돗물을 가늘게 흐르게 해 두면 얼지 않습니다.\n",
        "2/5\n① 계량기함 보온\n헌 옷으로 계량기함 안을 채우세요.\n\n"
        "② 물 조금 틀어 두기\n밤에는 수돗물을 가늘게 흐르게 해 두세요.\n③ 외출할 때 보일러 켜 두기\n"
        "집을 비울 때도 보일러를 외출 모드로 두세요.\n",
    ],
)
def test_a_list_s_first_circled_item_opening_its_block_is_no_subheading_where_the_others_are_items(
    items: str,
) -> None:
    text = (
        "폭염 속 건강 지키는 수칙\n입력 2026.07.14 09:30\n\n연일 폭염이 이어지면서 온열질환자가 늘고 있다.\n\n"
        f'전문가들이 꼽은 수칙은 다음과 같다.\n\n{items}\n관계자는 "그늘에서 쉬어야 한다"고 말했다.\n'
    )
    assert [k for k, _ in _blocks(parse_text(text))].count("heading") == 0


def test_a_headline_tag_that_also_marks_a_script_s_turn_stays_in_the_title() -> None:
    article = parse_text(
        "[인터뷰] 섬마을 도서관 지킨 20년\n\n입력 2026.08.27\n\n솔섬에는 작은 도서관이 있다.\n\n"
        '―책은 어떻게 들여오나.\n"한 달에 한 번 여객선으로 받는다."\n'
    )
    assert article.title == "[인터뷰] 섬마을 도서관 지킨 20년"
    assert article.blocks[0].text == "섬마을 도서관 지킨 20년"
    # in a script, the same marker before a turn is still not read
    script = parse_text(
        "폐교가 캠핑장으로\n\n[앵커] 학교가 캠핑장으로 바뀌었습니다.\n\n[인터뷰] 아이들 소리가 다시 들려서 좋습니다.\n"
    )
    assert _paragraphs(script)[-1] == "아이들 소리가 다시 들려서 좋습니다."


_STORY_HTML = (
    "<html><head><meta charset='utf-8'><title>한빛일보</title></head><body><main>{head}"
    "<div class='body'>{body}<p>주 4일제를 도입한 중소기업 30곳의 1년 성과가 나왔다. 생산성은 이전과 비슷했다.</p>"
    "<p>재단은 내년 참여 기업을 100곳으로 늘릴 계획이라고 2일 밝혔다.</p></div></main></body></html>"
)


def test_a_headline_set_on_two_lines_with_br_keeps_a_space_between_them() -> None:
    page = _STORY_HTML.format(head='<h1>주 4일제 시범 1년<br>"이직은 줄었다"</h1>', body="")
    assert parse_html(page).title == '주 4일제 시범 1년 "이직은 줄었다"'
    joined = _STORY_HTML.format(head="<h1><b>[단독]</b>주 4일제 시범 1년 성과</h1>", body="")
    assert parse_html(joined).title == "[단독]주 4일제 시범 1년 성과"  # inline markup adds no space


def test_what_a_page_shows_only_without_javascript_is_not_read() -> None:
    note = "<noscript><p>이 사이트는 자바스크립트를 사용합니다. 자바스크립트를 활성화해 주세요.</p></noscript>"
    page = _STORY_HTML.format(head="<h1>주 4일제 시범 1년 성과 나왔다</h1>", body=note)
    assert not any("자바스크립트" in p for p in _paragraphs(parse_html(page)))


def test_a_title_with_brackets_is_still_not_a_sentence() -> None:
    assert not rules.is_sentence("집값 상승(전주 대비).")
    assert not rules.is_sentence("◇ 공급 확대(3기 신도시)")


def test_a_bold_question_marked_q_is_a_turn_of_the_q_and_a_not_a_subheading() -> None:
    page = (
        "<html><body><h1>청년 월세 지원 연장</h1><p class='byline'>모하람 기자 입력 2027.01.08 07:00</p>"
        "<div id='articleBody'><p>정부가 청년 월세 지원을 2년 더 이어가기로 했다.</p>"
        "<p><strong>Q. 누가 받을 수 있나?</strong></p><p>A. 부모와 따로 사는 무주택 청년이다.</p>"
        "<p><strong>Q. 얼마를 받나?</strong></p><p>A. 월 최대 20만원씩 받는다.</p></div></body></html>"
    )
    blocks = [(b.kind, b.text) for b in parse_html(page).blocks]
    assert ("paragraph", "누가 받을 수 있나?") in blocks
    assert not any(kind == "heading" for kind, _ in blocks)


def test_a_page_that_is_only_its_markdown_headline_reads_it_once() -> None:
    article = parse_text("# 도시 양봉 5년…옥상 벌통에서 꿀 1톤")
    assert [b.text for b in article.blocks] == ["도시 양봉 5년…옥상 벌통에서 꿀 1톤"]


def _headless(tab: str, cls: str) -> str:
    """A page with no <h1>: its headline only in a table cell of the class ``cls``."""
    head = f"<html><head><title>{tab}</title></head><body><table><tr><td><a href='/'>홈</a></td></tr></table>"
    cells = [f"<td class='{cls}'><b>한빛시 공공자전거 3년 만에 요금 인상</b></td>"]
    cells.append("<td>입력 2026.10.14 | 도하람 기자</td>")
    story = [
        "한빛시 공공자전거 요금이 3년 만에 오른다.",
        "시는 다음 달 1일부터 1시간 이용권 요금을 1000원에서 1500원으로 올린다고 13일 밝혔다.",
        "시민단체는 대중교통 연계 할인부터 먼저 늘려야 한다며 반대 의견을 냈다.",
    ]
    rows = "".join(f"<tr>{c}</tr>" for c in cells)
    return head + f"<table>{rows}</table><div>" + "".join(f"<p>{p}</p>" for p in story) + "</div></body></html>"


@pytest.mark.parametrize("tab", ["한빛시민일보", "한빛읍소식 :: 뉴스"])
def test_a_headline_only_its_class_names_is_the_title_where_no_h1_or_tab_gives_one(tab: str) -> None:
    article = parse_html(_headless(tab, "subject"))
    assert article.title == "한빛시 공공자전거 3년 만에 요금 인상"
    assert _paragraphs(article)[0] == "한빛시 공공자전거 요금이 3년 만에 오른다."
    # an <h2 class="headline"> under a section's name in <h1>
    section = _headless("한빛경제 | 부동산", "x").replace(
        "<body>", "<body><h1>부동산</h1><h2 class='headline'>수도권 아파트 입주 물량 30% 줄어든다</h2>"
    )
    assert parse_html(section).title == "수도권 아파트 입주 물량 30% 줄어든다"
    assert parse_html(section.replace(" class='headline'", "")).title == "수도권 아파트 입주 물량 30% 줄어든다"
    # a box's title in a menu is no headline
    assert (
        html._classed_headline(
            lxml_html.fromstring("<html><body><nav><p class='title'>오늘의 많이 본 기사</p></nav></body></html>"), ""
        )
        is None
    )


def test_a_series_label_over_the_headline_is_not_the_headline() -> None:
    article = parse_text(
        "[연중기획] 지방소멸 ③\n청년이 떠난 자리, 외국인 주민이 채운다\n\n2026.05.19\n공하람 기자\n\n"
        "읍내 식당 주방은 외국인 주민이 지킨다. 10년 전만 해도 드문 풍경이다.\n\n"
        "군은 한국어 교실을 늘리고 있다. 통역 창구도 새로 열었다.\n"
    )
    assert article.title == "청년이 떠난 자리, 외국인 주민이 채운다"
    assert rules.is_series_label("[창간기획] 바다의 미래 (2)") and rules.is_series_label("<기획> 청년 일자리 3부")
    assert not rules.is_series_label("[사라지는 마을③] 폐교 자리에 들어선 마을 부엌")


_SECTION_STORY = "".join(
    f"<p>{p}</p>"
    for p in [
        "내년 수도권 아파트 입주 물량이 올해보다 30%가량 줄어들 것으로 전망됐다.",
        "공사비가 오르면서 착공이 줄줄이 미뤄진 탓이다. 업계는 전셋값이 오를 수 있다고 본다.",
    ]
)


_SECTION = "부동산·건설·분양 종합뉴스"


_HEADLINE = "수도권 아파트 입주 물량, 내년 30% 줄어든다"


@pytest.mark.parametrize(
    "top",
    [
        f"<div class='top'><h1>{_SECTION}</h1></div><div class='view'><h2>{_HEADLINE}</h2>"
        f"<p>엄하윤 기자</p><div class='body'>{_SECTION_STORY}</div></div>",
        f"<h1 class='sec_title'>{_SECTION}</h1><h2>{_HEADLINE}</h2>{_SECTION_STORY}",
        f"<ul><li><a href='/estate'>{_SECTION}</a></li></ul><h1>{_SECTION}</h1><h2>{_HEADLINE}</h2>{_SECTION_STORY}",
    ],
    ids=["outside-the-story-s-box", "class", "menu-link"],
)
def test_a_long_section_name_in_h1_over_the_headline_in_h2_is_no_headline(top: str) -> None:
    article = parse_html(f"<html><head><title>한빛경제 | {_SECTION}</title></head><body>{top}</body></html>")
    assert article.title == _HEADLINE
    assert _paragraphs(article)[0].startswith("내년 수도권")


def test_a_headline_in_h1_with_its_deck_in_h2_keeps_the_h1() -> None:
    deck = "<h2>공사비 상승에 착공 늦어진 영향…전셋값 불안 우려</h2>"
    for page in (
        f"<div class='view'><div class='head'><h1>{_HEADLINE}</h1>{deck}</div>"
        f"<div class='body'>{_SECTION_STORY}</div></div>",
        f"<header><h1>{_HEADLINE}</h1></header><div class='body'>{deck}{_SECTION_STORY}</div>",
        f"<div class='top'><h1>{_HEADLINE}</h1></div><div class='view'>{deck}<div class='body'>{_SECTION_STORY}</div>"
        f"</div><meta property='og:title' content='{_HEADLINE}'>",
    ):
        assert parse_html(f"<html><head><title>{_HEADLINE}</title></head><body>{page}</body></html>").title == _HEADLINE


@pytest.mark.parametrize("label", ["[박스]", "【팩트박스】", "<상자기사>"])
def test_a_box_s_layout_label_before_its_title_is_not_said(label: str) -> None:
    article = parse_text(
        "혼자 사는 노년, 동네가 돌본다\n\n입력 2026.10.27\n\n"
        "구청이 홀몸 어르신 1200가구에 센서를 달았다.\n\n"
        f"{label} 숫자로 본 1인 노인 가구\n"
        "65세 이상 1인 가구는 지난해 213만 가구로 10년 새 두 배가 됐다.\n\n"
        "[박스 안의 이야기] 이웃이 먼저\n\n"
        "한빛구는 이웃 주민 300명을 안부 지기로 뽑았다."
    )
    headings = [b.text for b in article.blocks if b.kind == "heading"]
    assert headings == ["숫자로 본 1인 노인 가구", "[박스 안의 이야기] 이웃이 먼저"]


def test_a_translated_piece_s_original_headline_and_source_under_the_korean_one_are_not_the_title() -> None:
    article = parse_text(
        "국제 > 외신 번역\n\n"
        '[외신 번역] "서울의 심야 버스는 왜 늘 붐비나"\n'
        "Why Seoul's Night Buses Are Always Full\n"
        "원문: 하버타임스 2026년 3월 2일자\n\n"
        "입력 2026.03.04 08:00\n\n"
        "서울의 밤은 늦게까지 깨어 있다. 자정이 넘은 시각에도 정류장에는 사람들이 줄을 선다.\n\n"
        "신문은 심야 버스가 도시의 두 번째 출근길이 됐다고 전했다."
    )
    assert article.title == '[외신 번역] "서울의 심야 버스는 왜 늘 붐비나"'
    assert all("Seoul" not in b.text and "원문" not in b.text for b in article.blocks)
    assert article.date == "2026-03-04T08:00:00+09:00"


def test_a_headline_in_h1_outside_the_box_that_holds_its_deck_in_h2_and_the_story_stays_the_title() -> None:
    story = (
        "<p>한빛시가 내년부터 시내버스 요금을 동결한다고 12일 밝혔다. 시는 적자분을 예산으로 메운다.</p>"
        '<p>시 관계자는 "시민 부담을 덜겠다"고 말했다.</p>'
    )
    page = (
        "<html><head><title>한빛일보</title></head><body><div class='head'><h1>한빛시 버스요금 동결</h1></div>"
        f"<article><h2>적자분은 시 예산으로 메워…내년 1년간</h2><div class='body'>{story}</div></article></body></html>"
    )
    article = parse_html(page)
    assert article.title == "한빛시 버스요금 동결"
    assert all("적자분은" not in b.text for b in article.blocks)
    # a section's name there, whose words the lead does not say, is still passed over
    section = "교통·환경·안전 종합뉴스"
    assert parse_html(page.replace("한빛시 버스요금 동결", section)).title != section
    # and so is one the lead says a word of (교통), as a story in the section may
    on_traffic = page.replace("시는 적자분을", "시는 교통 적자분을").replace("한빛시 버스요금 동결", section)
    assert parse_html(on_traffic).title != section


def test_a_headline_over_its_deck_on_a_wrapped_page_is_not_joined_to_it() -> None:
    # a clipping's narrow column: the headline is as long as the column's lines, its deck right under it
    text = (
        "봄철 산불 절반은 '논밭 태우기'\n산림청 \"소각 적발 땐 과태료 최대 200만원\"\n\n"
        "봄철 산불의 절반 가까이가 논밭두렁과\n쓰레기를 태우다 난 것으로 나타났다.\n"
        "산림청은 최근 5년간 3~4월에 난 산불\n가운데 48%가 소각에서 비롯됐다고\n밝혔다.\n"
    )
    article = parse_text(text)
    assert article.title == "봄철 산불 절반은 '논밭 태우기'"
    assert _paragraphs(article)[0].startswith("봄철 산불의 절반 가까이가 논밭두렁과 쓰레기를")


def test_a_paren_numbered_line_alone_over_its_paragraph_is_a_subheading() -> None:
    text = (
        "환절기 건강 지키는 법\n\n"
        "일교차가 10도 넘게 벌어지는 환절기에는 면역력이 떨어지기 쉽다.\n\n"
        "1) 겉옷을 챙긴다\n"
        "아침저녁으로 기온이 뚝 떨어진다. 얇은 옷을 여러 벌 겹쳐 입는다.\n\n"
        "2) 물을 자주 마신다\n"
        "건조한 공기에 호흡기 점막이 마른다.\n"
    )
    headings = [t for k, t in _blocks(parse_text(text)) if k == "heading"]
    assert headings == ["1) 겉옷을 챙긴다", "2) 물을 자주 마신다"]


def test_paren_numbered_items_in_a_run_stay_a_list() -> None:
    text = (
        "신청 안내\n\n"
        "시는 다음 서류를 갖춰 신청하라고 밝혔다.\n\n"
        "1) 신청서\n2) 주민등록등본\n3) 통장 사본\n\n"
        "신청은 이달 말까지 받는다.\n"
    )
    assert not [t for k, t in _blocks(parse_text(text)) if k == "heading"]


def test_a_papers_name_over_the_issue_date_is_its_masthead_not_the_headline() -> None:
    text = (
        "한빛군민신문\n2026년 9월 8일\n\n"
        "군, 경로당 냉난방비 지원 확대\n\n"
        "한빛군이 경로당 냉난방비 지원을 한 곳당 월 15만원으로 늘린다.\n\n"
        "군은 8일 관내 경로당 142곳에 올겨울부터 난방비를 더 지원한다고 밝혔다.\n"
    )
    article = parse_text(text)
    assert article.title == "군, 경로당 냉난방비 지원 확대"
    assert "한빛군민신문" not in article.text


@pytest.mark.parametrize("mark", ["📢", "🔥🔥", "✅"])
def test_a_pictograph_before_the_headline_is_not_part_of_it_and_its_tag_stays_in_the_title(mark: str) -> None:
    text = (
        f"{mark} [퍼온글] 동네 약국 심야 운영 시범사업 시작\n\n2026. 10. 20. 22:41\n\n"
        "한빛시가 이달 말부터 밤 12시까지 문을 여는 심야 약국 20곳을 시범 운영한다.\n"
    )
    article = parse_text(text)
    assert article.title == "[퍼온글] 동네 약국 심야 운영 시범사업 시작"
    assert _blocks(article)[0] == ("title", "동네 약국 심야 운영 시범사업 시작")


def test_a_mailing_with_no_headline_in_its_body_takes_its_subject_for_one() -> None:
    mail = (
        "From: 한빛경제 모닝레터 <morning@hanbiteco.example>\nSent: Tuesday, December 1, 2026 6:30 AM\n"
        "Subject: Fwd: [모닝레터] 전기요금 내년 1월부터 오른다\n\n안녕하세요, 모닝레터입니다.\n\n"
        "내년 1월부터 가정용 전기요금이 kWh당 5원 오릅니다.\n"
    )
    article = parse_text(mail)
    assert article.title == "[모닝레터] 전기요금 내년 1월부터 오른다"
    assert _blocks(article)[0] == ("title", "전기요금 내년 1월부터 오른다")
    assert _paragraphs(article)[0] == "안녕하세요, 모닝레터입니다."
    assert article.date == "2026-12-01T06:30:00+09:00"
    # a headline in the body wins over the subject
    headed = mail.replace("안녕하세요, 모닝레터입니다.\n", "전기요금 kWh당 5원 인상\n")
    assert parse_text(headed).title == "전기요금 kWh당 5원 인상"


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("📢 [모닝레터] 전기요금 내년 1월부터 오른다", "[모닝레터] 전기요금 내년 1월부터 오른다"),
        ("Fwd: ✅ [모닝레터] 전기요금 내년 1월부터 오른다", "[모닝레터] 전기요금 내년 1월부터 오른다"),
        ("📰 전기요금 내년 1월부터 오른다", "전기요금 내년 1월부터 오른다"),
        ("[세종=한빛통신] 전기요금 내년 1월부터 오른다", "전기요금 내년 1월부터 오른다"),
    ],
    ids=["pictograph", "forwarded", "pictograph alone", "wire dateline"],
)
def test_a_mail_s_subject_taken_for_the_headline_is_cleaned_as_a_headline_is(subject: str, title: str) -> None:
    mail = (
        f"From: 한빛일보 뉴스레터 <letter@hanbit.example>\nSubject: {subject}\n"
        "Date: Mon, 07 Dec 2026 07:00:00 +0900\n\n"
        "정부는 내년 1월부터 전기요금을 킬로와트시당 8원 올리기로 했다. 4인 가구의 월 부담은 약 2,500원 늘어난다.\n\n"
        "산업부는 한전의 누적 적자를 줄이기 위한 조치라고 설명했다.\n"
    )
    article = parse_text(mail)
    # the subject's pictograph and the wire's dateline are no words of the headline; a tag is not said
    assert article.title == title
    assert _blocks(article)[0] == ("title", "전기요금 내년 1월부터 오른다")


@pytest.mark.parametrize("masthead", ["한빛방송 뉴스데스크", "KBS 뉴스9", "누리TV 8뉴스"])
def test_a_station_s_programme_over_the_date_is_no_headline(masthead: str) -> None:
    text = (
        f"{masthead}\n2026.12.03 20:14\n\n골목 상권 살린다더니…주차장 절반은 '텅텅'\n\n"
        "◀ 앵커 ▶\n전통시장 손님을 늘리겠다며 주차장을 지었습니다.\n\n"
        "◀ 리포트 ▶\n한빛시 북구의 한 공영주차장입니다.\n"
    )
    article = parse_text(text)
    assert article.title == "골목 상권 살린다더니…주차장 절반은 '텅텅'"
    assert masthead not in [b.text for b in article.blocks]


@pytest.mark.parametrize("title", ["제목", "공지", "봄"])
def test_a_one_word_line_alone_over_a_pasted_story_is_its_title(title: str) -> None:
    article = parse_text(f"{title}\n\n본문 첫 문장이 여기 있다. 두 번째 문장도 있다.\n")
    assert article.title == title
    assert _blocks(article)[0] == ("title", title)
    # glued to the story with no blank line, a short word is no title (a menu's, a label's)
    assert not parse_text(f"{title}\n본문 첫 문장이 여기 있다. 두 번째 문장도 있다.\n").title


_GLUED_HEADLINES = [
    # over a lead whose lines a text editor wrapped at its width
    (
        "한빛시, 내년 시내버스 요금 동결 결정",
        "한빛시는 내년 시내버스 요금을 동결하기로 했다고 3일\n밝혔다. 시는 물가 부담을 덜기 위해 이같이 결정했다고\n"
        "설명했다. 기본요금은 1,500원으로 유지된다. 시의회는\n이달 중순 관련 조례안을 심의할 예정이다.\n",
    ),
    # over a lead and a box of figures, whose lines end with no stop
    (
        "한빛시 내년 예산 12조 원 편성",
        "한빛시는 내년 예산안을 시의회에 냈다고 3일 밝혔다.\n12조 4,500억 원: 내년 전체 예산\n8.2%: 올해 대비 증가율\n"
        "3,200억 원: 청년 주거 지원 예산\n시의회는 이달 중순 예산안을 심의한다.\n",
    ),
    # over a wire's dateline
    (
        "정부, 전세사기 피해자 지원 2년 연장",
        "(세종=한빛통신) 정부가 전세사기 피해자 지원 특별법의 시한을\n2년 연장하기로 했다. 피해자 결정 신청은\n"
        "내년 말까지 받는다고 국토교통부가 3일 밝혔다.\n",
    ),
    # longer than the lead's lines, wrapped narrow, its clauses joined by an ellipsis; a box of figures
    # under the lead, its labels wrapped, makes no line of the lead short
    (
        "내년 한빛시 예산 12조…복지 첫 4조 돌파",
        "한빛시는 내년 예산안을 12조 4천억 원\n규모로 편성해 시의회에 제출했다고\n3일 밝혔다.\n\n"
        "12조 4천억 원 - 내년 전체 예산\n3천200억 원 - 청년 주거 지원\n예산(월세·전세 대출 이자 포함)\n"
        "1천억 원 - 노후 하수관 정비\n",
    ),
]


@pytest.mark.parametrize(
    ("headline", "story"), _GLUED_HEADLINES, ids=["wrapped lead", "figures box", "dateline", "narrow wrap"]
)
def test_a_headline_glued_to_its_lead_is_the_title_not_the_leads_first_words(headline: str, story: str) -> None:
    article = parse_text(f"{headline}\n{story}")
    assert article.title == headline
    first = _paragraphs(article)[0]
    assert not first.startswith(headline[:4])  # the lead, not the headline run into it
    assert first.endswith(("밝혔다.", "예정이다."))  # the wrapped lead still joined into one paragraph


def test_a_wrapped_lead_s_first_line_is_not_taken_for_a_headline() -> None:
    # the lead's first line, as long as the wrap, ending on a figure with the sentence going on under it
    story = (
        "서울 시내버스 요금이 내년 1월부터 300원\n오른다. 서울시는 물가 부담을 덜기 위해 인상 폭을\n"
        "줄였다고 설명했다. 기본요금은 1,800원이 된다.\n시의회는 이달 중순 관련 조례안을 심의한다.\n"
    )
    assert _paragraphs(parse_text(story))[0].startswith("서울 시내버스 요금이 내년 1월부터 300원 오른다.")


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        (
            "한빛시의 대표 겨울 행사인 불꽃축제가 내달 3일",
            "열리는 개막 공연을 시작으로 사흘간 한빛강 둔치 일대에서 펼쳐진다.",
        ),
        (
            "시의 청년 주거 지원 예산 3천200억 원은 다음 달",
            "나오는 공고에서 신청을 받아 청년 가구의 월세와 전세 대출 이자를 돕는 데 쓰인다.",
        ),
        (
            "정부는 전세사기 피해자 지원 특별법의 시한을 내년 말",
            "끝나는 기한보다 2년 늘려 피해자 결정 신청을 2028년 말까지 받기로 했다.",
        ),
    ],
    ids=["열리는", "나오는", "끝나는"],
)
def test_a_wrapped_lead_s_first_line_over_a_verb_s_modifier_is_not_taken_for_a_headline(first: str, rest: str) -> None:
    # the wrap broke the lead before a modifier ending as a subject's particle does (열리는): no subject opens
    # the line under the first, so the first is no headline over it, however short
    story = (
        f"{first}\n{rest}\n"
        "시는 관람객 30만 명이 찾을 것으로 내다보고 안전요원 300명을 배치하고\n행사장 주변의 통행을 막는다.\n"
    )
    article = parse_text(story)
    assert article.title != first
    assert _paragraphs(article)[0].startswith(f"{first} {rest}")  # one paragraph, the modifier with its noun


_OLD_TABLE_PAGE = (
    "<html><head><meta charset='utf-8'><title>{tab}</title></head><body><table>"
    "<tr><td><font size='5'><b>산들군, 폐교 활용해 마을 돌봄센터 연다</b></font></td></tr><tr><td>"
    "산들군이 10년 넘게 비어 있던 옛 분교를 고쳐 마을 돌봄센터로 쓴다.<br><br>"
    "군은 사업비 12억원을 들여 교실 4칸을 돌봄교실과 작은 도서관으로 바꾼다고 18일 밝혔다.<br><br>"
    "</td></tr></table></body></html>"
)


@pytest.mark.parametrize("tab", ["::: 산들신문 :::", "★ 산들신문 ★", "[ 산들신문 ]"])
def test_an_old_site_s_name_framed_in_its_tab_title_is_not_the_headline(tab: str) -> None:
    article = parse_html(_OLD_TABLE_PAGE.format(tab=tab))
    assert article.title == "산들군, 폐교 활용해 마을 돌봄센터 연다"
    assert not any("산들신문" in b.text for b in article.blocks)


@pytest.mark.parametrize("story", ["자세한 내용은 추후 보도합니다.", "시는 동결한다."])
def test_a_one_short_paragraph_story_under_its_headline_is_read_without_the_menu_and_headline(story: str) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>한빛시, 내년 시내버스 요금 동결 | 한빛일보</title></head><body>"
        f"<nav><a>홈</a><a>정치</a></nav><h1>한빛시, 내년 시내버스 요금 동결</h1><p>{story}</p>"
        "<footer>회사소개 | 이용약관</footer></body></html>"
    )
    article = parse_html(page)
    assert article.title == "한빛시, 내년 시내버스 요금 동결"
    assert _paragraphs(article) == [story]


@pytest.mark.parametrize(
    "number",
    [
        "한빛시 공고 제2026-1234호",
        "교육부 고시 제2026-5호",
        "공고 제2026-12호",
        # its figures set apart by spaces, as a word processor's template spaces them
        "한빛시 공고 제 2026 - 88 호",
        "한빛구 고시 제 2026 - 5호",
    ],
)
def test_a_public_notice_s_number_is_not_its_headline(number: str) -> None:
    text = (
        f"{number}\n\n2026년 겨울철 한파 쉼터 운영 안내\n\n"
        "한빛시는 겨울철 한파 쉼터를 운영합니다. 시민 여러분의 많은 이용을 바랍니다.\n"
    )
    article = parse_text(text)
    assert article.title == "2026년 겨울철 한파 쉼터 운영 안내"
    assert number not in article.text


def test_a_roundup_s_arrowed_brief_titles_glued_over_their_text_are_its_subheadings() -> None:
    briefs = [
        ("▶ 한빛1동, 김장 나눔 행사", "한빛1동 주민자치회는 오는 12일 김장 나눔 행사를 연다."),
        ("▶ 한빛도서관, 겨울 그림책 교실", "한빛도서관은 1월 한 달 동안 그림책 교실을 운영한다."),
        ("▶ 산책로 야간 조명 교체", "구는 한빛천 산책로의 가로등을 LED 조명으로 바꾼다."),
    ]
    text = "[동네 소식] 이번 주 우리 동네 알림\n\n" + "\n\n".join(f"{t}\n{p}" for t, p in briefs) + "\n"
    blocks = _blocks(parse_text(text))
    for title, paragraph in briefs:
        assert ("heading", title.removeprefix("▶ ")) in blocks  # the first one too, over the first paragraph
        assert ("paragraph", paragraph) in blocks
    # a script's arrowed label of who speaks under it is no title
    script = (
        "집값 다시 오름세\n\n집값이 다시 오르고 있습니다.\n\n▶ 인터뷰 : 김영희 / 서울 강서구\n너무 올라서 걱정이에요.\n"
    )
    assert not any(kind == "heading" for kind, _ in _blocks(parse_text(script)))


def test_an_html_page_s_first_section_heading_under_its_deck_is_a_heading() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>퇴근길 버스에서 만난 사람들</title></head><body>"
        "<h1>퇴근길 버스에서 만난 사람들</h1><p class='sub'>매일 밤 9시 40분, 702번 버스의 풍경</p>"
        "<div class='body'><h4>첫 번째 정류장</h4>"
        "<p>702번 버스는 밤 9시 40분에 회사 앞 정류장에 선다. 나는 거의 매일 그 버스를 탄다.</p>"
        "<p>맨 앞자리에는 늘 같은 할머니가 앉아 있다. 할머니는 떡을 팔고 집으로 돌아가는 길이라고 했다.</p>"
        "<h4>두 번째 정류장</h4>"
        "<p>대학병원 앞에서는 간호사 두 명이 탄다. 둘은 말없이 창밖을 보다가 같은 정류장에서 내린다.</p>"
        "</div></body></html>"
    )
    blocks = _blocks(parse_html(page))
    assert [t for kind, t in blocks if kind == "heading"] == ["첫 번째 정류장", "두 번째 정류장"]
    assert "매일 밤 9시 40분" not in " ".join(t for _, t in blocks)  # the deck, still not read


@pytest.mark.parametrize(
    ("deck", "tag"),
    [
        (["복지 예산 처음으로 4조 원 넘어", "청년 일자리 예산도 30% 늘려"], "b"),
        (["복지 예산 처음으로 4조 원 넘어", "청년 일자리 예산도 30% 늘려", "교통 예산은 줄어"], "b"),
        (["복지 예산 처음으로 4조 원 넘어", "청년 일자리 예산도 30% 늘려"], "strong"),
        (["복지 예산 처음으로 4조 원 넘어", "청년 일자리 예산도 30% 늘려"], "h2"),
        (["복지 예산 처음으로 4조 원 넘어", "청년 일자리 예산도 30% 늘려"], "h3"),
    ],
)
def test_a_deck_of_lines_given_as_a_later_subheading_is_not_a_section_heading(deck: list[str], tag: str) -> None:
    def given(text: str) -> str:
        return f"<{tag}>{text}</{tag}>" if tag.startswith("h") else f"<p><{tag}>{text}</{tag}></p>"

    page = (
        "<html><head><meta charset='utf-8'><title>한빛시 내년 예산 12조 원 편성</title></head><body><article>"
        "<h1>한빛시 내년 예산 12조 원 편성</h1>"
        + "".join(given(line) for line in deck)
        + "<p>한빛시는 내년 예산안을 12조 원 규모로 편성했다고 1일 밝혔다. 올해보다 5% 늘어난 규모다.</p>"
        "<p>복지 예산이 처음으로 4조 원을 넘었다. 기초연금과 아동수당 증가분이 반영됐다.</p>"
        + given("시의회 심사 앞두고 진통 예상")
        + "<p>시의회는 이달 중 예산안 심사에 들어간다. 야당은 선심성 예산을 삭감하겠다고 벼르고 있다.</p>"
        "<p>김민수 기자</p></article></body></html>"
    )
    blocks = _blocks(parse_html(page))
    # the deck's last line is the deck's, not the first section's heading: the deck goes whole
    assert [t for kind, t in blocks if kind == "heading"] == ["시의회 심사 앞두고 진통 예상"]
    assert not any(line in t for line in deck for _, t in blocks)


def test_a_roundup_s_marked_book_lines_are_the_subheadings_of_their_blurbs() -> None:
    books = [
        (
            "◇ 도시의 새들(노을빛 지음·푸른숲길·312쪽·2만2000원)",
            "도심에 사는 새 50종을 사진과 함께 소개한다. 조류학자인 저자가 10년 동안 관찰한 기록을 담았다.",
        ),
        (
            "◇ 오늘의 식탁(서미래 지음·밥상출판·196쪽·1만5000원)",
            "제철 재료로 차리는 한 그릇 요리 40가지를 담았다. 조리 시간이 20분을 넘지 않는다.",
        ),
    ]
    text = "[새로 나온 책] 겨울밤에 읽기 좋은 책\n\n" + "\n\n".join(f"{b}\n{p}" for b, p in books) + "\n"
    blocks = _blocks(parse_text(text))
    for book, blurb in books:
        assert ("heading", book.removeprefix("◇ ")) in blocks
        assert ("paragraph", blurb) in blocks
    # a review's line about its book under the review: still read where it stands
    review = "바다가 삼킨 마을\n\n섬마을이 사라지기까지의 50년을 되살린 책이다.\n\n◇ 김서해 지음 | 한빛출판 | 312쪽\n"
    assert ("heading", "김서해 지음 | 한빛출판 | 312쪽") not in _blocks(parse_text(review))


@pytest.mark.parametrize(
    "fields",
    [
        "호우경보: 전남(나주, 화순), 광주\n호우주의보: 전남(담양, 곡성평지)",
        "주요 지원 대상: 소상공인, 청년 창업자, 농가\n제외 대상: 대기업, 공기업",
        "운행 노선: 101번(시청, 역전), 202번\n운행 시간: 오전 6시, 오후 11시",
    ],
)
def test_a_field_whose_value_lists_items_with_commas_between_paragraphs_is_read(fields: str) -> None:
    text = (
        "한빛시 겨울철 대책 발표\n\n입력 2026.12.07 10:00\n사회부 김하늘 기자\n\n"
        "한빛시가 겨울철 종합 대책을 2일 발표했다.\n\n"
        f"{fields}\n\n시는 대책을 내년 2월까지 시행한다.\n"
    )
    said = _paragraphs(parse_text(text))
    assert all(any(field in p for p in said) for field in fields.split("\n"))


@pytest.mark.parametrize(
    "run",
    [
        "한빛시 내년 예산 3조원 돌파…복지 예산 역대 최대\n사설: 도심 녹지, 늘리는 것만큼 지키는 것도 중요하다",
        '한은 총재: "금리 인하 서두르지 않겠다…물가 지켜볼 것"\n가계부채 1900조 돌파…"대출 규제 더 조여야"',
        '칼럼: 골목 상권, 살리는 것보다 지키는 게 먼저다\n한빛시 청년 일자리 2만개…"내년 상반기 집중"',
    ],
)
def test_a_labelled_headline_in_a_run_of_related_stories_is_not_read(run: str) -> None:
    text = (
        "한빛시 도심 공원 두 곳 새로 연다\n\n입력 2026.12.07 10:00\n사회부 김하늘 기자\n\n"
        "한빛시가 내년 봄 도심에 공원 두 곳을 새로 연다.\n\n"
        f"{run}\n\n시는 옛 공장 터를 공원으로 바꾸는 공사를 이달 마무리한다. 면적은 12만㎡다.\n"
    )
    assert _paragraphs(parse_text(text)) == [
        "한빛시가 내년 봄 도심에 공원 두 곳을 새로 연다.",
        "시는 옛 공장 터를 공원으로 바꾸는 공사를 이달 마무리한다. 면적은 12만㎡다.",
    ]


def test_a_box_s_fields_with_commas_under_its_title_are_read() -> None:
    fields = ["한파경보: 경기도(연천, 포천), 강원도(철원)", "한파주의보: 충청북도(제천, 단양), 경상북도(봉화)"]
    text = (
        "한빛 전역 한파특보…내일 영하 15도\n\n입력 2026-12-08 05:30\n사회부 윤하늘 기자\n\n"
        "한빛 전역에 한파특보가 내려진 가운데 내일 아침 기온이 영하 15도까지 내려가겠다.\n\n"
        "[한파특보 발표 현황]\n" + "\n".join(fields) + "\n\n기상청은 수도관 동파에 유의해 달라고 당부했다.\n"
    )
    read = [t for _, t in _blocks(parse_text(text))]
    assert all(f in read for f in fields)


@pytest.mark.parametrize("tag", ["[부음]", "[부고]", "【인사】"])
def test_a_bracketed_headline_alone_over_a_list_page_is_its_title(tag: str) -> None:
    text = (
        f"{tag}\n\n입력 2026.12.07 10:00\n\n"
        "▲김영수씨 별세, 김민준씨 부친상 = 7일 한빛병원 장례식장 3호실, 발인 9일 오전 8시. ☎ 031-000-0000\n\n"
        "▲이순자씨 별세, 박정호씨 모친상 = 7일 한빛대병원 장례식장 12호실, 발인 9일 오전 6시. ☎ 02-3010-2000\n"
    )
    article = parse_text(text)
    assert article.title == tag
    assert [k for k, _ in _blocks(article)].count("heading") == 0
    assert _paragraphs(article)[0].endswith("발인 9일 오전 8시.")


@pytest.mark.parametrize("tag", ["[속보]", "[긴급]", "【단독】"])
def test_a_story_s_tag_alone_over_a_blank_line_is_not_its_title(tag: str) -> None:
    text = (
        f"{tag}\n\n누리시 외곽 물류창고에서 7일 오전 10시께 불이 나 소방당국이 대응 1단계를 발령했다. "
        "인명 피해는 아직 확인되지 않았다.\n\n소방당국은 인근 주민들에게 창문을 닫으라고 안내했다.\n"
    )
    article = parse_text(text)
    assert article.title != tag
    assert tag not in [t for _, t in _blocks(article)]


@pytest.mark.parametrize("site", ["새별테크", "누리헬스", "가온문화", "BizWatch"])
@pytest.mark.parametrize(
    ("headline", "dateline"),
    [
        ("누리전자, 2분기 영업익 3.2조…'역대 최대'", "송고시간 2026-07-28 08:05"),
        ("주말 어디 갈까…가을 축제 한눈에", "2026.09.12 07:00 입력"),
    ],
)
def test_a_site_s_one_word_name_over_the_headline_is_not_the_headline(site: str, headline: str, dateline: str) -> None:
    text = (
        f"경제 > 산업\n{site}\n{headline}\n{dateline}\n김철수 기자\n\n"
        "누리전자가 2분기 실적을 발표했다.\n매출은 늘었고 이익도 늘었다.\n회사는 하반기 투자를 늘린다.\n"
    )
    article = parse_text(text)
    assert article.title == headline
    assert site not in [t for _, t in _blocks(article)]


@pytest.mark.parametrize(
    ("line", "heard"),
    [
        ("'조용한 퇴사'의 시대 (The Age of Quiet Quitting)", "'조용한 퇴사'의 시대"),
        ("바다는 기억한다 (What the Sea Remembers)", "바다는 기억한다"),
    ],
)
def test_a_translated_storys_english_original_headline_in_parentheses_is_not_read(line: str, heard: str) -> None:
    text = (
        f"{line}\n\n입력 2026.05.05 07:00\n번역 이한글 기자\n\n"
        "외신이 전한 이야기를 옮긴다. 잡지는 올해 가장 많이 읽힌 글로 이 기사를 꼽았다.\n\n"
        "잡지는 다음 호에서 후속 기사를 싣겠다고 밝혔다.\n"
    )
    article = parse_text(text)
    assert article.title == heard
    assert article.blocks[0].text == heard


@pytest.mark.parametrize(
    "line", ["삼성, 새 칩 공개 (종합)", "한빛, 'Play It Now' 캠페인 (AI)", "K팝 신곡 (Feat. 김노을)"]
)
def test_a_headline_ending_in_a_short_or_korean_parenthesis_keeps_it(line: str) -> None:
    assert rules.ORIGINAL_HEADLINE.search(line) is None


@pytest.mark.parametrize(
    ("headline", "deck"),
    [
        ("공공자전거 한빛바이크 내달 확대", "대여소 80곳 새로…요금은 그대로"),
        ("한빛시 시내버스 노선 전면 개편", '"환승 한 번이면 어디든"…첫차 30분 당겨'),
        ("새벽 배송 경쟁 지방으로 번진다", "한빛마트·바다몰 잇따라 진출…물류센터 증설"),
    ],
)
@pytest.mark.parametrize("top", ["한빛일보\n\n전체메뉴\n\n사회 > 교통\n\n", "한빛일보\n전체메뉴\n사회 > 교통\n\n", ""])
def test_a_headline_over_its_deck_each_on_its_own_stays_the_headline(headline: str, deck: str, top: str) -> None:
    # the deck's ellipsis or quotes made it look more a headline than the headline over it
    text = (
        f"{top}{headline}\n\n{deck}\n\n입력 2026.03.04 10:20\n김철수 기자\n\n"
        "한빛시가 새 사업을 시작한다고 4일 밝혔다. 시는 올해 안에 마무리할 계획이다.\n\n"
        "시민들은 대체로 반기는 분위기다."
    )
    article = parse_text(text)
    assert article.title == headline
    assert deck not in " ".join(t for _, t in _blocks(article))


@pytest.mark.parametrize(
    ("label", "said"),
    [
        ("[근거 1] 소비자물가지수", "근거 1, 소비자물가지수"),
        ("[쟁점 2] 요금 인상 폭", "쟁점 2, 요금 인상 폭"),
        ("[쟁점 2] 주차난 해소", "쟁점 2, 주차난 해소"),
        ("[과제 3] 일자리", "과제 3, 일자리"),
    ],
)
def test_a_numbered_label_in_brackets_before_a_section_s_title_is_said_without_them(label: str, said: str) -> None:
    assert rules.strip_heading_decor(label) == said


@pytest.mark.parametrize(
    "line",
    [
        "한빛전자, 세계 최대 가전전시회 참가 (CES 2026 Las Vegas)",
        "방탄소년단, 5년 만에 새 앨범 발매 (Map Of The Soul)",
        "누리극단 새 무대 올린다 (The Last Summer Night)",
    ],
)
def test_english_in_parentheses_after_a_headline_on_a_page_not_translated_is_read(line: str) -> None:
    text = (
        f"{line}\n\n입력 2026.03.05 10:30\n김하늘 기자\n\n"
        "한빛시는 5일 새 정책을 발표했다. 시는 올해 안에 사업을 마무리할 계획이다.\n\n"
        '시 관계자는 "시민 불편을 줄이겠다"고 말했다.\n'
    )
    assert parse_text(text).title == line


@pytest.mark.parametrize(
    ("line", "credit", "heard"),
    [
        ("AI가 바꾸는 일터 (How AI Is Changing Work)", "원제 How AI Is Changing Work", "AI가 바꾸는 일터"),
        ("바다는 기억한다 (What the Sea Remembers)", "(AP=연합뉴스) 김하늘 기자", "바다는 기억한다"),
        ('"도시는 왜 밤에 외로운가" (Why Cities Feel Lonelier at Night)', "김하늘 기자", '"도시는 왜 밤에 외로운가"'),
    ],
)
def test_a_translated_pages_original_headline_is_not_read(line: str, credit: str, heard: str) -> None:
    text = (
        f"{line}\n\n입력 2026.03.05 10:30\n{credit}\n\n"
        "잡지는 올해 가장 많이 읽힌 글로 이 기사를 꼽았다. 일터의 모습이 빠르게 바뀌고 있다.\n\n"
        "잡지는 다음 호에서 후속 기사를 싣겠다고 밝혔다.\n"
    )
    assert parse_text(text).title == heard


@pytest.mark.parametrize(
    ("headline", "deck"),
    [
        ("한빛시 내년 예산 3조 돌파", ["복지 예산 처음으로 1조 넘어", "청년 일자리 사업 두 배로"]),
        ("새솔군 인구 감소 멈췄다", ["귀농 가구 3년 새 두 배", "빈집 정비 사업도 효과"]),
    ],
)
def test_a_headline_over_a_deck_of_two_lines_stays_the_headline(headline: str, deck: list[str]) -> None:
    # the deck's first line was taken for the headline (or run on to a short one), the headline dropped
    page = (
        f"{headline}\n{deck[0]}\n{deck[1]}\n\n입력 2026.11.02 10:00\n김철수 기자\n\n"
        "시는 2일 내년 살림살이 계획을 내놨다. 올해보다 8% 늘었다.\n\n시의회는 다음 달 심의에 들어간다.\n"
    )
    article = parse_text(page)
    assert article.title == headline
    assert article.blocks[0].text == headline
    assert all(line not in article.text for line in deck)


@pytest.mark.parametrize(
    ("upper", "lower", "lead"),
    [
        ("한빛시 내년 예산", "3조원 시대 열어", "한빛시가 내년 예산을 3조1200억원으로 편성했다고 10일 밝혔다."),
        ("전통시장 배달앱 입점", "1년 새 세 배로 늘어", "새솔군 전통시장 상인 절반이 배달앱에 가게를 열었다."),
    ],
)
def test_a_broken_headline_over_its_lead_keeps_both_lines(upper: str, lower: str, lead: str) -> None:
    # a lead's sentence glued under the two lines is no deck's third line: the headline's second line was lost
    page = f"{upper}\n{lower}\n{lead} 처음 있는 일이다.\n\n시의회는 다음 달 심의에 들어간다.\n"
    article = parse_text(page)
    assert article.title == f"{upper} {lower}"
    assert article.blocks[0].text == f"{upper} {lower}"


@pytest.mark.parametrize(
    ("over", "headline", "deck"),
    [
        ("돌봄 공백 없앤다", "한빛시 초등 돌봄교실 밤 8시까지 연장", "맞벌이 가정 돌봄 공백 줄인다"),
        ("[단독] 기획 연재", "한빛시 초등 돌봄교실 밤 8시까지 연장", "맞벌이 가정 돌봄 공백 줄인다"),
        ("골목 상권 살린다", "한빛시 구도심 빈 점포 절반으로 줄어", "청년 창업 지원 사업 효과"),
        ("[단독] 연속 보도", "한빛시 구도심 빈 점포 절반으로 줄어", "청년 창업 지원 사업 효과"),
        ("[기획] 바다의 미래 ②", "새솔군 앞바다 쓰레기 수거선 두 척 새로 띄워", "어민들 수거 작업에도 참여"),
    ],
)
def test_an_over_title_over_a_headline_and_its_deck_is_no_headline(over: str, headline: str, deck: str) -> None:
    # the over-title, far shorter than the line under it, was taken for a headline over a deck of two lines
    page = (
        f"한빛일보\n\n{over}\n{headline}\n{deck}\n\n2026.11.10 10:00\n김철수 기자\n\n"
        "시가 운영 시간을 밤까지 늘린다. 내년 3월부터 모든 곳에 적용한다.\n\n시의회는 다음 달 심의에 들어간다.\n"
    )
    assert parse_text(page).title == headline


@pytest.mark.parametrize("kicker", ["[단독]", "【속보】", "[기획]", "<인터뷰>"])
def test_a_bracketed_kicker_over_headline_and_deck_leaves_the_headline_the_title(kicker: str) -> None:
    page = (
        f'{kicker}\n한빛군 농어촌버스 무료화 추진\n주민들 "환영"…재원 마련은 과제\n\n'
        "한빛군이 농어촌버스 요금을 없애기로 했다고 4일 밝혔다. 내년 1월부터 시행한다.\n\n"
        "군은 해마다 40억원이 들 것으로 본다.\n"
    )
    assert parse_text(page).title == "한빛군 농어촌버스 무료화 추진"


@pytest.mark.parametrize(
    "headline",
    ["한빛군 올해 관광객 500만명 첫 돌파", "한빛시 내년 예산 3조원 시대 개막", "도내 공공 병원 2곳 더 연다 내년"],
)
def test_a_headline_of_short_words_with_a_figure_is_no_menu(headline: str) -> None:
    lead = "한빛군은 올해 관광객이 처음으로 500만명을 넘었다고 2일 밝혔다.\n올해보다 늘었다.\n"
    page = f"{headline}\n관광 수입도 역대 최대\n{lead}"
    assert parse_text(page).title == headline
    assert not rules.looks_like_menu(headline)
    assert rules.looks_like_menu("홈 정치 경제 사회 국제 문화 연예")


def test_a_site_s_one_word_name_over_a_headline_and_its_deck_is_no_title() -> None:
    page = (
        "한빛타임즈\n\n공공 자전거 이용 1년 새\n두 배 늘어…정비는 숙제\n\n"
        "한빛시 공공 자전거 이용 건수가 1년 새 두 배로 늘었다고 시가 2일 밝혔다.\n\n시는 정비 인력을 늘린다.\n"
    )
    assert parse_text(page).title.startswith("공공 자전거 이용 1년 새")


@pytest.mark.parametrize(
    ("headline", "deck"),
    [("국민연금 개혁안 국회 통과", "보험료율 13%로 인상"), ("한빛대교 상판 붕괴 사고", "작업자 2명 사망")],
)
def test_a_deck_ending_on_a_noun_of_action_under_a_whole_headline_stays_a_deck(headline: str, deck: str) -> None:
    # a deck names no predicate, as a headline's wrapped second line may not either: with nothing
    # to tell them apart, the line under a headline is its deck, dropped
    lead = "국회는 2일 본회의를 열었다. 시민 의견도 듣는다.\n\n시는 안내문을 낸다.\n"
    page = f"{headline}\n{deck}\n입력 2026.05.02 09:00\n김한빛 기자\n\n{lead}"
    assert parse_text(page).title == headline


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("공공 와이파이 설치 3년 새", "두 배 늘어…속도 불만은 여전"),
        ("한빛대교 착공 10년 만에", "첫 삽…내년 개통"),
        ("전통시장 매출 지난해 대비", "12% 증가…청년 상인 유입"),
    ],
)
def test_a_headline_broken_on_an_open_span_keeps_its_second_line(first: str, second: str) -> None:
    text = f"{first}\n{second}\n\n입력 2026.05.02 10:00\n김철수 기자\n\n한빛시가 지난해 사업 실적을 발표했다.\n"
    assert parse_text(text).title == f"{first} {second}"


def test_a_deck_with_an_ellipsis_under_a_closed_headline_stays_a_deck() -> None:
    text = (
        "한빛시 내년 예산 3조\n복지 1조 넘어…청년 사업 두 배\n\n입력 2026.05.02 10:00\n김철수 기자\n\n"
        "한빛시가 내년 예산을 3조원으로 편성했다.\n"
    )
    assert parse_text(text).title == "한빛시 내년 예산 3조"


@pytest.mark.parametrize("under", ["사회 · 사건사고", "한빛일보"])
def test_a_headline_open_on_a_span_takes_no_section_or_site_line_under_it(under: str) -> None:
    text = f"한빛대교 참사 2년 만에\n{under}\n\n입력 2026.05.02 10:00\n김철수 기자\n\n한빛시가 추모식을 열었다.\n"
    assert parse_text(text).title == "한빛대교 참사 2년 만에"
