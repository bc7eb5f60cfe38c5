"""The rules of HTML pages: the story's box, elements the extractor leaves out or keeps."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from newsread.feed.builder import find_articles
from newsread.ingest import feedsniff, html, load, parse_html, parse_text, rules

from .helpers import blocks_of as _blocks
from .helpers import paragraphs_of as _paragraphs


def test_a_bold_box_title_with_an_arrow_over_the_closing_list_is_a_subheading() -> None:
    html = (
        "<html><body><article><h1>손흥민 멀티골</h1><p>손흥민이 두 골을 넣었다고 구단이 밝혔다.</p>"
        "<p><strong>▶ 손흥민 시즌 기록</strong></p><p>▲ 8경기 5골<br>▲ 평점 7.6</p>"
        "<p>류재현 기자 jh@x.com</p></article></body></html>"
    )
    assert _blocks(parse_html(html))[2:] == [
        ("heading", "손흥민 시즌 기록"),
        ("paragraph", "▲ 8경기 5골"),
        ("paragraph", "▲ 평점 7.6"),
    ]


_AUTHOR_PAGE = (
    '<html><head><meta charset="utf-8"><title>지하철 요금 오른다</title>'
    '<meta property="og:site_name" content="한빛일보"><script type="application/ld+json">'
    '{{"@context": "https://schema.org", "@type": "NewsArticle",'
    ' "author": {{"@type": "Person", "name": "{author}"}}}}</script></head>'
    "<body><article><h1>지하철 요금 오른다</h1>{byline}"
    "<p>지하철 기본요금이 다음 달부터 300원 오른다. 시는 적자를 이유로 들었다.</p>"
    "<p>조조할인은 유지된다. 청소년 요금도 동결한다고 시 관계자는 말했다.</p></article></body></html>"
)


@pytest.mark.parametrize(
    "author",
    ["연합뉴스", "뉴스1", "YTN", "YTN News", "KBS 뉴스", "Chosun Ilbo", "조선일보", "한빛일보", "온라인뉴스팀"],
)
def test_an_outlet_in_the_author_field_is_not_the_author(author: str) -> None:
    assert parse_html(_AUTHOR_PAGE.format(author=author, byline="")).author is None


def test_the_page_byline_is_found_when_the_author_field_names_the_outlet() -> None:
    byline = '<div class="byline"><span class="author">홍길동 기자</span></div>'
    assert parse_html(_AUTHOR_PAGE.format(author="Yonhap News", byline=byline)).author == "홍길동"


@pytest.mark.parametrize(("author", "name"), [("홍길동 기자", "홍길동"), ("남궁민수 특파원", "남궁민수")])
def test_a_reporter_in_the_author_field_is_the_author(author: str, name: str) -> None:
    assert parse_html(_AUTHOR_PAGE.format(author=author, byline="")).author == name


def test_a_pull_quote_s_attribution_is_not_taken_for_the_byline() -> None:
    page = (
        "<html><head><title>전기차 화재 통계</title></head><body><article>"
        "<h1>전기차 화재 통계</h1>"
        "<p>지난해 전기차 화재는 72건이었다. 등록 대수 1만 대당 1.1건으로 전체 자동차보다 적었다.</p>"
        '<blockquote><p>"한번 불이 나면 끄기 어렵다는 점이 문제"</p>'
        "<cite>― 김태양 한빛대 소방방재학과 교수</cite></blockquote>"
        "<p>다만 진화는 어렵다. 배터리 온도가 급격히 오르면 물을 뿌려도 불이 쉽게 꺼지지 않는다.</p>"
        "<p>소방당국은 이동식 수조 등 전용 장비를 늘리고 있다. 내년까지 모든 소방서에 배치한다.</p>"
        "<p>윤하린 기자 harin@example.com</p>"
        "</article></body></html>"
    )
    article = parse_html(page)
    assert article.author == "윤하린"
    assert "김태양" not in article.text
    assert article.text.endswith("내년까지 모든 소방서에 배치한다.")


_ENTRIES = (
    '<html><head><meta charset="utf-8"><title>폭설 실시간 상황</title></head><body><main><h1>폭설 실시간 상황</h1>'
    "<div class='status'>업데이트 중</div>{first}<p>서울 도심에 대설경보가 내려졌다. 출근길 정체가 심하다.</p>"
    "{later}<p>김포공항 국내선 20여 편이 결항했다. 공항공사는 제설 작업을 하고 있다.</p>"
    "{later2}<p>서울시는 제설 인력 5000명을 투입했다. 시는 대중교통 이용을 당부했다.</p></main></body></html>"
)


def test_the_first_of_a_pages_entries_keeps_its_heading() -> None:
    first, later, later2 = "<h2>서울 대설경보</h2>", "<h2>항공편 결항</h2>", "<h2>제설 인력 투입</h2>"
    page = _ENTRIES.format(first=first, later=later, later2=later2)
    headings = [b.text for b in parse_html(page).blocks if b.kind == "heading"]
    assert headings == ["서울 대설경보", "항공편 결항", "제설 인력 투입"]


def test_a_deck_in_another_element_over_the_first_paragraph_is_still_not_read() -> None:
    deck = "<h2>서울 대설경보…출근길 혼잡</h2>"
    page = _ENTRIES.format(first=deck, later="<h3>항공편 결항</h3>", later2="<h3>제설 인력 투입</h3>")
    headings = [b.text for b in parse_html(page).blocks if b.kind == "heading"]
    assert headings == ["항공편 결항", "제설 인력 투입"]


_CODE_PAGE = (
    '<html><head><meta charset="utf-8"><title>새 개발 도구 공개</title></head><body><article><h1>새 개발 도구 공개</h1>'
    "<p>한빛소프트가 명령줄 개발 도구를 무료로 공개했다. 설치는 한 줄이면 된다.</p>{block}"
    "<p>회사는 올해 안에 윈도용도 내놓겠다고 밝혔다. 내려받기는 공식 누리집에서 할 수 있다.</p></article></body></html>"
)


def test_a_block_of_code_is_not_read() -> None:
    article = parse_html(_CODE_PAGE.format(block="<pre><code>pip install hanbit-cli\nhanbit init</code></pre>"))
    assert not any("hanbit" in b.text for b in article.blocks)
    assert len(article.blocks) == 3


def test_a_story_set_in_pre_is_read() -> None:
    block = "<pre>개발자들은 설치가 간단하다는 점을 가장 큰 장점으로 꼽았다.</pre>"
    article = parse_html(_CODE_PAGE.format(block=block))
    assert any("가장 큰 장점으로" in b.text for b in article.blocks)


_HEADER_BYLINE = (
    '<html><head><meta charset="utf-8"><title>반려견 동반 식당 허용</title>'
    '<meta name="author" content="{field}"></head><body>'
    "<div class='head'><h2>반려견 동반 식당 허용</h2><p class='info'>{byline}</p></div>"
    "<div class='body'><p>앞으로 위생 기준을 갖춘 식당은 반려견과 함께 들어갈 수 있다.</p>"
    "<p>식약처는 8일 반려동물 동반 음식점의 시설 기준을 담은 개정안을 입법예고했다.</p>"
    "<p>식약처 관계자는 위생과 안전을 지키는 선에서 선택권을 넓히려는 것이라고 설명했다.</p></div>"
    "<div class='side'><p>많이 본 기사</p></div></body></html>"
)


@pytest.mark.parametrize(
    ("field", "byline"),
    [
        ("", "채윤호 기자 | 입력 2026.05.08 12:00"),
        ("한누리뉴스; 네이버", "채윤호 기자(yunho@example.kr)"),  # a portal's field names the outlet and itself
    ],
)
def test_a_byline_outside_the_body_names_the_author(field: str, byline: str) -> None:
    assert parse_html(_HEADER_BYLINE.format(field=field, byline=byline)).author == "채윤호"


def test_a_page_with_no_byline_has_no_author() -> None:
    assert parse_html(_HEADER_BYLINE.format(field="네이버", byline="입력 2026.05.08 12:00")).author is None


def test_looking_for_a_byline_outside_the_body_raises_no_warning(caplog: pytest.LogCaptureFixture) -> None:
    # the page's text has more text after its copyright line (another story's teasers): the second
    # reading, only for a byline, does not report what it does not read
    other = "".join(f"<p>다른 기사의 첫 문장이 여기에 길게 이어지고 있다. 번호는 {i}번이다.</p>" for i in range(3))
    page = _HEADER_BYLINE.format(field="", byline="입력 2026.05.08 12:00").replace(
        "<div class='side'>", f"<footer><p>ⓒ 한누리뉴스 무단전재 및 재배포 금지</p>{other}</footer><div class='side'>"
    )
    with caplog.at_level(logging.WARNING, logger="newsread"):
        assert parse_html(page).author is None
    assert not caplog.records


def test_an_info_box_under_its_title_after_the_story_is_kept() -> None:
    page = (
        "<html><body><article><h1>섬진강 벚꽃길을 걷다</h1><p>섬진강은 3월 말 분홍빛으로 물든다.</p>"
        "<p>강변길은 30㎞가 넘는다.</p><h4>여행 정보</h4><p>가는 길: 서울역에서 KTX로 약 3시간</p>"
        "<p>먹거리: 재첩국 1만원</p></article></body></html>"
    )
    assert _blocks(parse_html(page))[-3:] == [
        ("heading", "여행 정보"),
        ("paragraph", "가는 길: 서울역에서 KTX로 약 3시간"),
        ("paragraph", "먹거리: 재첩국 1만원"),
    ]
    footer = "시는 다음 달 시행한다.\n\n주소: 서울시 중구 세종대로 1\n\n전화: 02-000-0000\n"
    assert "주소" not in parse_text(f"시, 조례 시행\n\n시가 조례를 시행한다.\n\n{footer}").text


@pytest.mark.parametrize("label", ["제목", "보도자료 제목", "보도참고자료 제목", "보 도 자 료 제목"])
def test_a_board_s_title_and_writer_cells_give_the_headline_and_the_author(label: str) -> None:
    page = (
        "<html><head><title>보도자료 | 한빛군청</title></head><body>"
        '<div class="location">홈 &gt; 군정소식 &gt; 보도자료</div><table>'
        f"<tr><th>{label}</th><td>한빛군, 농가 햇빛발전 보조금 두 배로</td></tr>"
        "<tr><th>작성자</th><td>표나래</td><th>등록일</th><td>2026-05-02</td></tr>"
        "<tr><td colspan='2'>"
        "<p>한빛군은 농가 지붕에 햇빛발전 설비를 다는 데 드는 보조금을 두 배로 늘린다고 2일 밝혔다.</p>"
        "<p>지원 한도는 가구당 600만원이며, 군은 올해 200가구를 지원할 계획이다.</p></td></tr>"
        "</table></body></html>"
    )
    article = parse_html(page)
    assert article.title == "한빛군, 농가 햇빛발전 보조금 두 배로"
    assert article.author == "표나래"


def test_a_board_s_contact_cell_names_no_author() -> None:
    page = (
        "<html><body><table><tr><th>제목</th><td>한빛군, 농가 햇빛발전 보조금 두 배로</td></tr>"
        "<tr><th>담당자</th><td>주무관 표나래</td></tr>"
        "<tr><td><p>한빛군은 농가 지붕에 햇빛발전 설비를 다는 데 드는 보조금을 두 배로 늘린다고 2일 밝혔다.</p>"
        "<p>지원 한도는 가구당 600만원이며, 군은 올해 200가구를 지원할 계획이다.</p></td></tr>"
        "</table></body></html>"
    )
    assert parse_html(page).author is None


def _article_page(*elements: str) -> str:
    return "<html><body><article>" + "".join(elements) + "</article></body></html>"


def test_a_writer_s_mark_in_a_meta_line_with_middle_dots_is_the_author() -> None:
    meta = '<div class="meta">글 <a href="/a/1">모다인</a> · 2026년 4월 17일 · 조회 2,341</div>'
    lead = "<p>대전의 작은 빵집은 2년 전 문을 닫을 뻔했다. 주인이 꺼낸 마지막 카드가 빵 구독이었다.</p>"
    more = "<p>한 달에 3만원을 내면 주인이 고른 빵을 매주 보내 준다. 구독자는 400명으로 늘었다.</p>"
    assert parse_html(_article_page("<h1>동네 빵집 살린 '빵 구독' 실험</h1>", meta, lead, more)).author == "모다인"


def test_a_fact_check_s_verdict_in_a_box_beside_the_story_is_read_first() -> None:
    claim = "<dt>검증 대상</dt><dd>한국 전기요금은 OECD 최저다</dd>"
    box = f"<aside><dl>{claim}<dt>판정</dt><dd>절반의 사실</dd></dl></aside>"
    lead = "<p>한국 전기요금이 OECD 회원국 가운데 가장 싸다는 주장이 나왔다. 사실인지 따져 봤다.</p>"
    more = "<p>가정용 요금은 하위권이지만 산업용 요금은 중위권이었다. 그래서 절반만 맞는 말이다.</p>"
    article = parse_html(
        _article_page("<h1>[팩트체크] 전기요금, OECD 최저 수준?</h1>", box, f"<div>{lead}{more}</div>")
    )
    assert _paragraphs(article)[0] == "판정 절반의 사실"


def test_a_blog_writer_s_nick_over_the_post_is_its_author_and_a_commenter_s_is_not() -> None:
    post = (
        "<p>지난달 나는 동네 빵집 세 곳을 돌며 한 달을 보냈다. 빵집마다 주인의 취향이 진열대에 묻어났다.</p>"
        "<p>첫 번째 빵집은 호밀빵만 굽는다. 주인은 하루에 서른 개만 만든다.</p>"
    )
    over = '<div class="blog_head"><span class="nick">빵순례자</span> 2026. 5. 18.</div>'
    assert parse_html(_article_page("<h1>동네 빵집 세 곳 기록</h1>", over, post)).author == "빵순례자"
    comment = '<div class="comment_list"><span class="nick">지나가던빵</span><p>저도 가 볼게요!</p></div>'
    assert parse_html(_article_page("<h1>동네 빵집 세 곳 기록</h1>", post, comment)).author is None


def test_an_html_page_titled_only_with_the_outlet_s_name_takes_its_shown_headline() -> None:
    page = (
        "<html><head><title>한빛군민신문</title></head><body><table>"
        "<tr><td><b>한빛군 청년 귀농인 정착금 두 배로 늘린다</b></td></tr>"
        "<tr><td>한빛군이 내년부터 청년 귀농인 정착금을 두 배로 늘린다.</td></tr>"
        "<tr><td>군은 26일 조례 개정안을 입법예고했다고 밝혔다.</td></tr></table></body></html>"
    )
    assert parse_html(page).title == "한빛군 청년 귀농인 정착금 두 배로 늘린다"


def test_one_sentence_paragraphs_stay_paragraphs() -> None:
    # A site that gives each sentence its own <p>, or its own line with no blank line between, means them as
    # its paragraphs: each is read as one, with a paragraph's pause after it, as the page shows them.
    page = _article_page(
        "<h1>새벽 배송 트럭, 전기차로</h1>",
        "<p>새벽 배송 업체가 트럭을 전기차로 바꾼다.</p><p>충전소는 물류센터에 먼저 들어선다.</p>",
    )
    one_each = ["새벽 배송 업체가 트럭을 전기차로 바꾼다.", "충전소는 물류센터에 먼저 들어선다."]
    assert _paragraphs(parse_html(page)) == one_each
    text = parse_text(
        "폭염 속 도심\n\n입력 2026.07.21\n\n한낮 기온이 35도를 넘었습니다.\n이 가운데 8명은 숨졌습니다.\n"
    )
    assert _paragraphs(text) == ["한낮 기온이 35도를 넘었습니다.", "이 가운데 8명은 숨졌습니다."]


def test_info_fields_set_side_by_side_are_apart_in_the_page_s_text() -> None:
    page = (
        '<html><body><div class="info"><span class="writer">길다온 기자</span><span class="date">등록 '
        '2027-06-14 14:20</span></div><div class="body"><p>공단은 사구를 되살리는 사업을 10년째 이어 왔다.</p>'
        "<p>올봄 흰물떼새 둥지 42개가 확인됐다고 14일 밝혔다.</p></div></body></html>"
    )
    assert "길다온 기자 등록 2027-06-14" in html.page_text(page)
    assert parse_html(page).date == "2027-06-14T14:20:00+09:00"
    # inline marks inside a word are not fields: no space is put between them
    assert "강조된낱말" in html.page_text("<p><b>강조된</b><i>낱말</i>이다.</p>")


def test_a_story_in_a_frame_s_srcdoc_is_read() -> None:
    page = (
        "<html><body><h1>동네 책방 지원금 두 배로</h1><div>국하율 기자 · 입력 2027.09.03 09:00</div>"
        '<iframe title="본문" srcdoc="&lt;html&gt;&lt;head&gt;&lt;style&gt;p{color:red}&lt;/style&gt;&lt;/head&gt;'
        "&lt;body&gt;&lt;p&gt;문체부가 지역 서점 지원 예산을 두 배로 늘린다.&lt;/p&gt;"
        "&lt;p&gt;책방 한 곳에 최대 1천만원까지 &amp;quot;임대료&amp;quot;를 지원한다.&lt;/p&gt;"
        '&lt;/body&gt;&lt;/html&gt;">'
        "</iframe><p>ⓒ 글마루뉴스 무단 전재 및 재배포 금지</p></body></html>"
    )
    assert _paragraphs(parse_html(page)) == [
        "문체부가 지역 서점 지원 예산을 두 배로 늘린다.",
        '책방 한 곳에 최대 1천만원까지 "임대료"를 지원한다.',
    ]


_BOXED = (
    "<html><body><article><h1>폐배터리 재활용 공장 착공</h1><div class='article-txt'>"
    "<p>폐배터리에서 리튬을 뽑아내는 공장이 군산에서 첫 삽을 떴다.</p>"
    "<p>회사는 2029년 가동을 시작하면 한 해 3만t을 처리할 수 있다고 밝혔다.</p>"
    "<div class='{cls}'>{head}<p>수명을 다한 배터리는 2030년 10만개를 넘을 것으로 추산된다.</p></div>"
    "<p>회사는 뽑아낸 금속을 양극재 업체에 공급할 계획이다.</p></div></article></body></html>"
)


def test_a_story_boxed_inside_the_story_under_its_own_headline_is_not_read() -> None:
    boxed = parse_html(_BOXED.format(cls="box-article", head="<h3>폐배터리, 얼마나 쏟아지나</h3>"))
    assert not any("10만개" in b.text or "쏟아지나" in b.text for b in boxed.blocks)
    assert _paragraphs(boxed)[-1] == "회사는 뽑아낸 금속을 양극재 업체에 공급할 계획이다."
    # a box with no headline of its own is a part of the story
    plain = parse_html(_BOXED.format(cls="box-article", head=""))
    assert any("10만개" in p for p in _paragraphs(plain))


def test_footnote_marks_above_the_line_and_their_notes_are_not_read() -> None:
    page = (
        "<html><body><article><h1>고령 운전자 사고, 오후에 많다</h1>"
        "<p>고령 운전자 사고는 오후에 더 많이 일어나는 것으로 나타났다.<sup><a href='#fn1'>1</a></sup>"
        " 오후 2시에서 4시 사이가 21%였다.</p>"
        "<p>연구진은 밤 운전을 스스로 줄이기 때문이라고 분석했다.<sup>2</sup> 대신 낮에 사고가 몰렸다.</p>"
        "<p>전용면적 84m<sup>2</sup> 아파트 값도 함께 조사했다.</p>"
        "<h4>주석</h4><ol><li id='fn1'>한빛교통연구원, '고령 운전자 사고 시간대 분석', 2026.</li></ol>"
        "</article></body></html>"
    )
    said = _paragraphs(parse_html(page))
    assert said[0] == "고령 운전자 사고는 오후에 더 많이 일어나는 것으로 나타났다. 오후 2시에서 4시 사이가 21%였다."
    assert said[1].startswith("연구진은 밤 운전을 스스로 줄이기 때문이라고 분석했다. 대신")
    assert "84m2" in said[2]  # a power after a unit is kept
    assert not any("한빛교통연구원" in p or "주석" in p for p in said)
    # a box of notes the page names so, with no link to it
    boxed = page.replace("<h4>주석</h4><ol><li id='fn1'>", "<div class='footnotes'><p>1) ").replace(
        "</li></ol>", "</p></div>"
    )
    assert not any("한빛교통연구원" in p for p in _paragraphs(parse_html(boxed)))


def test_a_story_in_pre_is_read_a_paragraph_a_line() -> None:
    lines = [
        "한빛읍 전통시장에 주차장이 150면 늘어난다.",
        "한빛군은 옛 농협 창고 부지를 사들여 주차장을 짓기로 했다고 9일 밝혔다.",
        "지금 시장 주차장은 60면뿐이어서 주말마다 도로에 차가 늘어섰다.",
    ]
    page = (
        "<html><body><div class='top'><a href='/'>한빛읍소식</a> | <a href='/news'>뉴스</a></div><div class='view'>"
        "<h1>한빛읍 전통시장 주차장 150면 늘린다</h1><div>작성자: 표가람 기자 | 작성일: 2026-02-10</div>"
        "<pre class='content'>" + "\n".join(lines) + "\n</pre></div><div>문의 061-000-1234</div></body></html>"
    )
    assert _paragraphs(parse_html(page)) == lines


def test_a_teaser_cut_short_is_read_in_full_from_the_page_s_description() -> None:
    full = (
        "한빛군이 폐교를 고쳐 만든 캠핑장이 문을 연 지 한 달 만에 주말 예약이 두 달 치 모두 찼다. "
        "군은 교실 여섯 칸을 숙소로 바꿨다. 이용료는 1박에 3만원으로 인근 캠핑장의 절반 수준이다."
    )
    page = (
        f"<html><head><meta name='description' content='{full}'></head><body><article>"
        "<h1>폐교 활용 캠핑장, 주말 예약 매진</h1><p class='byline'>송바다 기자 · 2026-09-21</p>"
        "<p>{teaser}</p><p>이 기사는 유료 회원 전용입니다.</p></article></body></html>"
    )
    cut = "한빛군이 폐교를 고쳐 만든 캠핑장이 문을 연 지 한 달 만에 주말 예약이 두 달 치 모두 찼다.…"
    assert _paragraphs(parse_html(page.replace("{teaser}", cut))) == [full]
    # a lead the description only sums up is the page's own: the description is not read
    own = "캠핑장 예약이 몰렸다. 군은 내년에 폐교 두 곳을 더 고친다. 주민들은 반겼다는 소식이다."
    assert full not in " ".join(_paragraphs(parse_html(page.replace("{teaser}", own))))


_STORY = (
    "<p>한빛시가 시내버스 준공영제를 도입한 지 10년 만에 운송 적자 보전금이 세 배로 불었다.</p>"
    "<p>시에 따르면 지난해 보전금은 1320억원으로, 도입 첫해 430억원의 3배를 넘었다.</p>"
    "{between}"
    "<p>시는 노선 개편과 배차 조정으로 보전금 증가 폭을 줄이겠다는 계획이다.</p>"
)


def _page(body: str) -> str:
    return (
        '<html lang="ko"><head><meta charset="utf-8"><title>시내버스 적자 보전 3배로</title></head><body>'
        f"<article><h1>시내버스 적자 보전 3배로</h1>{body}</article></body></html>"
    )


def test_a_link_to_another_story_named_related_between_paragraphs_is_not_read() -> None:
    card = (
        '<div class="related-card"><a href="/n/1"><img src="/t.jpg" alt="요금 사진">'
        "<strong>시내버스 요금 8년 만에 300원 오른다</strong><span>2026.01.02</span></a></div>"
    )
    article = parse_html(_page(_STORY.format(between=card)))
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "paragraph", "paragraph"]
    # a box with no link in it is the page's own
    box = '<div class="related-card"><p>보전금은 시민 세금으로 메운다.</p></div>'
    assert "보전금은 시민 세금으로 메운다." in parse_html(_page(_STORY.format(between=box))).text


def test_paragraphs_marked_in_another_language_are_not_read_beside_the_korean_ones() -> None:
    english = '<p lang="en">The city now pays three times as much to cover bus operators\' losses.</p>'
    article = parse_html(_page(_STORY.format(between=english)))
    assert "three times" not in article.text
    assert len(_paragraphs(article)) == 3
    # marked, but in Hangul (a page that marks its own Korean as ko-KR, or wrongly): read
    marked = '<p lang="en">시의회는 다음 달 보전금 산정 방식을 따져 보기로 했다.</p>'
    assert "시의회는" in parse_html(_page(_STORY.format(between=marked))).text


def test_a_table_s_cells_read_from_the_page_are_not_run_together() -> None:
    text = html.page_text(
        "<html><body><table><tr><th>항목</th><th>내용</th></tr><tr><th>담당부서</th><td>일자리정책과</td></tr>"
        "<tr><td>모집인원</td><td>120명</td></tr><tr><td>2026</td><td>120명</td></tr></table></body></html>"
    )
    assert text.splitlines() == ["항목 내용", "담당부서: 일자리정책과", "모집인원: 120명", "2026 120명"]


_LEAD = "한빛시는 18일 도심 공원 5곳의 야간 개장 시간을 밤 10시까지 늘린다고 밝혔다.\n\n"


_PLAYERS = (
    "<video src='/v.mp4' controls><p>이 브라우저에서는 동영상을 재생할 수 없습니다.</p>",
    "<amp-video src='/v.mp4' width='640' height='360'><div fallback><p>동영상을 재생할 수 없는 환경입니다.</p></div>",
)


def test_a_player_s_note_for_browsers_that_cannot_play_it_is_not_read() -> None:
    story = "".join(f"<p>{p}</p>" for p in _LEAD.split("\n\n") if p) + "<p>시는 산책로 조명 120개를 새로 단다.</p>"
    for player in _PLAYERS:
        tag = player[1 : player.index(" ")]
        page = f"<html><body><article><h1>도심 공원 야간 개장 확대</h1>{player}</{tag}>{story}</article></body></html>"
        said = _paragraphs(parse_html(page))
        assert not any("재생할 수 없" in p for p in said), tag
        assert said[0].startswith("한빛시는 18일")


def test_a_correction_s_label_run_on_into_its_notice_is_said_as_its_heading() -> None:
    notice = "2월 11일 자 이 기사에서 폐업한 기업 수를 '48곳'으로 적었으나 '41곳'이 맞아 바로잡습니다."
    assert rules.split_correction_label(f"바로잡습니다 {notice}") == ("바로잡습니다", notice)
    assert rules.split_correction_label("바로잡습니다 운동이 시작됐다") is None  # no notice after it
    page = (
        "<html><body><article><h1>청년 창업 공간 입주 기업 절반, 3년 못 버텨</h1><div class='body'>"
        "<p>한빛시 청년 창업 공간에 입주한 기업 절반가량이 3년 안에 문을 닫았다.</p>"
        "<p>입주 기업 84곳 가운데 41곳이 폐업했다.</p><p>하윤슬 기자 yunseul@example.com</p></div>"
        f"<div class='correction'><strong>바로잡습니다</strong><p>{notice}</p></div></article></body></html>"
    )
    assert _blocks(parse_html(page))[-2:] == [("heading", "바로잡습니다"), ("paragraph", notice)]


def test_a_question_closed_by_its_full_stop_is_a_paragraph_not_a_subheading() -> None:
    answer = "동네 초등학교에 작은 꿀벌 정원을 만드는 거예요. 아이들이 직접 보면 좋겠어요."
    page = (
        "<html><body><article><h1>옥상 양봉가 서누리</h1><div class='body'>"
        "<p>서울 한빛구의 한 상가 건물 옥상에서 7년째 벌을 치는 서누리 씨를 만났다.</p>"
        f"<p><b>앞으로 해 보고 싶은 일은.</b></p><p>{answer}</p>"
        "<p><b>옥상 정원의 사계절</b></p><p>봄에는 유채꽃이 피고 가을에는 국화가 핀다.</p>"
        "</div></article></body></html>"
    )
    blocks = _blocks(parse_html(page))
    assert ("paragraph", "앞으로 해 보고 싶은 일은.") in blocks
    assert ("heading", "옥상 정원의 사계절") in blocks  # a bold line with no stop is still a subheading
    text = f"옥상 양봉가 서누리\n\n{_LEAD}앞으로의 목표는.\n\n{answer}\n"
    assert ("paragraph", "앞으로의 목표는.") in _blocks(parse_text(text))


def test_a_quoted_post_s_name_over_its_handle_is_not_read() -> None:
    page = (
        f"빈 객석 사진 논란\n\n2026.04.03 16:45\n\n{_LEAD}"
        "마서윤\n@seoyun.violin · 2026년 4월 2일\n"
        "오늘 1200석 중에 관객은 180명이었어요. 그래도 끝까지 연주했습니다.\n\n"
        "이 글은 하루 만에 2000회 넘게 공유됐다.\n"
    )
    article = parse_text(page)
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "paragraph", "paragraph"]
    assert not any("seoyun" in p or p == "마서윤" for p in _paragraphs(article))
    assert article.date == "2026-04-03T16:45:00+09:00"
    assert rules.POST_HANDLE.match("마서윤 @seoyun.violin") is not None
    assert rules.POST_HANDLE.match("문의 help@hanbit.example") is None  # an address, not a handle


def test_paragraphs_kept_in_noscript_for_lazy_loading_are_read_and_a_script_prompt_is_not() -> None:
    lead = "문을 닫은 시골 학교 운동장이 마을 숲으로 바뀐다."
    later = "도 교육청은 20일 폐교 12곳의 운동장에 나무 3만 그루를 심는다고 밝혔다. 숲은 주민 쉼터로 쓰인다."
    last = '교육청 관계자는 "주민과 함께 숲을 가꿔 가겠다"고 말했다.'
    page = (
        "<html><body><article><h1>폐교 운동장에 작은 숲</h1><div class='news-body'>"
        f"<p>{lead}</p><div class='lazy' data-src='/part/2'></div><noscript><p>{later}</p></noscript>"
        f"<div class='lazy'></div><noscript><p>{last}</p></noscript>"
        "<noscript><p>자바스크립트를 켜야 기사를 볼 수 있습니다.</p></noscript>"
        "</div></article></body></html>"
    )
    assert _paragraphs(parse_html(page)) == [lead, later, last]


def test_a_story_in_pre_with_blank_lines_is_read_a_paragraph_a_block_its_wrapped_lines_joined() -> None:
    page = (
        "<html><body><h1>산골 분교, 신입생 받는다</h1><pre>\n"
        "한빛군 깊은골분교가 11년 만에 신입생을\n받는다.\n\n"
        "군 교육지원청은 27일 귀농 가정 아이 세\n명이 입학한다고 밝혔다.\n"
        "</pre></body></html>"
    )
    assert _paragraphs(parse_html(page)) == [
        "한빛군 깊은골분교가 11년 만에 신입생을 받는다.",
        "군 교육지원청은 27일 귀농 가정 아이 세 명이 입학한다고 밝혔다.",
    ]


_PICTURED = (
    "<html><head><title>장마철 곰팡이 막는 법</title>{style}</head><body><article><h1>장마철 곰팡이 막는 법</h1>"
    "<p>장마가 시작되면 집 안 습도가 80%를 넘기 쉽다.</p>{middle}"
    "<p>옷장 바닥에 신문지를 깔면 곰팡이를 막을 수 있다.</p></article>{after}</body></html>"
)


@pytest.mark.parametrize("box", ['<p class="subtitle-img">{img}</p>', '<div class="sub_tit">{img}</div>'])
def test_a_subheading_drawn_as_a_picture_is_read_from_its_alt_text(box: str) -> None:
    middle = box.format(img='<img src="/s1.png" alt="옷장엔 신문지를">')
    article = parse_html(_PICTURED.format(style="", middle=middle, after=""))
    assert ("heading", "옷장엔 신문지를") in _blocks(article)


def test_a_photo_in_the_story_is_not_made_a_subheading() -> None:
    middle = '<p class="photo"><img src="/p.jpg" alt="제습기"></p>'
    article = parse_html(_PICTURED.format(style="", middle=middle, after=""))
    assert all(text != "제습기" for _, text in _blocks(article))


_PRINTED = ["장마가 시작되면 집 안 습도가 80%를 넘기 쉽다.", "옷장 바닥에 신문지를 깔면 곰팡이를 막을 수 있다."]
_COPY = '<div class="print-only"{inline}>' + "".join(f"<p>{p}</p>" for p in _PRINTED) + "</div>"


@pytest.mark.parametrize(
    ("style", "inline"),
    [
        ("<style>.print-only{display:none} @media print{.print-only{display:block}}</style>", ""),
        ("", ' style="display: none"'),
    ],
)
def test_the_story_copied_into_a_box_for_printing_is_read_once(style: str, inline: str) -> None:
    article = parse_html(_PICTURED.format(style=style, middle="", after=_COPY.format(inline=inline)))
    assert _paragraphs(article) == _PRINTED


def test_the_rest_of_a_story_hidden_behind_a_more_button_is_read() -> None:
    rest = '<div class="more-body"><p>시는 사업비 12억원을 전액 시비로 부담한다.</p></div>'
    article = parse_html(_PICTURED.format(style="<style>.more-body{display:none}</style>", middle=rest, after=""))
    assert "시는 사업비 12억원을 전액 시비로 부담한다." in _paragraphs(article)


def test_a_word_documents_title_style_is_the_headline_over_its_file_name() -> None:
    doc = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">'
        '<meta name=Generator content="Microsoft Word 15"><title>구민소식_6월호_원고</title></head>'
        "<body><div class=WordSection1>"
        "<p class=MsoTitle>골목 쓰레기 무단투기 절반으로<o:p></o:p></p>"
        "<p class=MsoNormal>2026년 6월 1일 · 한빛구민신문 배시온 기자<o:p></o:p></p>"
        "<p class=MsoNormal>한빛구 골목길에 버려지는 쓰레기가 1년 사이 절반으로 줄었다.<o:p></o:p></p>"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        "<p class=MsoNormal>구에 따르면 무단투기 신고는 올해 5월 610건으로 줄었다.<o:p></o:p></p>"
        "</div></body></html>"
    )
    assert parse_html(doc).title == "골목 쓰레기 무단투기 절반으로"


@pytest.mark.parametrize(
    ("style", "inline"),
    [("<style>.copy-area{display:none}</style>", ""), ("", ' style="display:none"')],
)
def test_the_story_copied_into_a_hidden_box_of_any_name_is_read_once(style: str, inline: str) -> None:
    copy = _COPY.replace("print-only", "copy-area").format(inline=inline)
    article = parse_html(_PICTURED.format(style=style, middle="", after=copy))
    assert _paragraphs(article) == _PRINTED


@pytest.mark.parametrize(
    "box",
    [
        '<h3><img src="/s1.png" alt="옷장엔 신문지를"></h3>',
        '<p><img src="/s1.png" width="640" height="56" alt="옷장엔 신문지를"></p>',
    ],
)
def test_a_subheading_drawn_as_a_picture_in_a_box_no_class_names_is_read(box: str) -> None:
    article = parse_html(_PICTURED.format(style="", middle=box, after=""))
    assert ("heading", "옷장엔 신문지를") in _blocks(article)


def test_a_photo_alone_in_a_plain_paragraph_is_not_made_a_subheading() -> None:
    box = '<p><img src="/p1.jpg" width="640" height="420" alt="신문지를 깐 옷장"></p>'
    article = parse_html(_PICTURED.format(style="", middle=box, after=""))
    assert not any(kind == "heading" for kind, _ in _blocks(article))


def test_a_quoted_instagram_post_s_frame_is_not_read_and_its_words_are() -> None:
    post = "평생 함께할 사람을 만났습니다. 앞으로도 좋은 연기로 보답할게요 💍"
    page = (
        f"배우 결혼 발표\n\n2026.05.16 11:20\n\n{_LEAD}"
        f"yoon_siha_official 인증됨\n팔로우\n{post}\n좋아요 48.2만개\n댓글 1.3만개 모두 보기\n5월 16일\n\n"
        "결혼식은 오는 10월 열린다.\n"
    )
    article = parse_text(page)
    assert _paragraphs(article)[-2:] == [post, "결혼식은 오는 10월 열린다."]
    assert article.date == "2026-05-16T11:20:00+09:00"
    assert rules.POST_HANDLE.match("yoon_siha_official 인증됨") is not None
    assert rules.POST_HANDLE.match("KBS 뉴스") is None


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        ("복지 예산 역대 최대", "복지 분야 예산은 1조 2천억 원으로 역대 최대 규모다. 노인 일자리 사업이 크게 늘었다."),
        ("교통 투자 확대", "교통 분야 예산도 4천억 원으로 편성됐다. 도로 정비에 절반이 쓰인다."),
        ("청년 지원은 줄어", "청년 일자리 예산은 지난해보다 10% 줄었다."),
    ],
)
@pytest.mark.parametrize("label", ["광고", "AD"])
def test_a_subheading_under_an_ad_label_is_read_when_the_story_goes_on_under_it(
    label: str, heading: str, paragraph: str
) -> None:
    lead = "한빛시는 내년도 예산안을 3조 원 규모로 편성했다고 1일 밝혔다. 올해보다 5% 늘어난 규모다."
    page = (
        f"<html><body><article><h1>한빛시, 내년 예산 3조 원 편성</h1><p>{lead}</p>"
        f"<p>시는 복지와 교통 분야에 예산을 집중 배정했다고 설명했다.</p><p>{label}</p><p>{heading}</p>"
        f"<p>{paragraph}</p><p>김가람 기자 kim@hanbit.co.kr</p></article></body></html>"
    )
    texts = [b.text for b in parse_html(page).blocks]
    assert heading in texts and paragraph in texts and label not in texts


@pytest.mark.parametrize("label", ["광고", "AD", "[광고]"])
def test_an_ad_label_in_its_own_p_takes_the_copy_in_the_ps_under_it(label: str) -> None:
    story = ["한빛시가 다음 달 새 도서관의 문을 연다고 5일 밝혔다.", "도서관에는 어린이 열람실과 카페가 들어선다."]
    page = (
        f"<html><body><article><h1>한빛시, 새 도서관 문 연다</h1><p>{story[0]}</p><p>{label}</p>"
        f"<p>겨울 특가 최대 70% 할인</p><p>자세히 보기 ▶</p><p>{story[1]}</p></article></body></html>"
    )
    article = parse_html(page)
    assert [(b.kind, b.text) for b in article.blocks[1:]] == [("paragraph", s) for s in story]


@pytest.mark.parametrize(
    "bar", ["재생 00:00 / 01:42 자막 전체화면", "일시정지 음소거 설정", "재생 | 1:02:10 / 1:30:00"]
)
def test_a_video_player_s_control_bar_run_into_one_line_is_chrome(bar: str) -> None:
    assert rules.is_chrome(bar)


@pytest.mark.parametrize("line", ["재생에너지 설정 목표 상향", "자막 없는 영화 상영"])
def test_a_line_that_only_names_a_player_s_control_is_not_chrome(line: str) -> None:
    assert not rules.is_chrome(line)


def test_an_html_timeline_list_of_dated_items_is_read_item_by_item() -> None:
    items = ["2025.9.20 한빛대교 상판 붕괴, 5명 사망", "2025.10.14 경찰, 시공사 압수수색", "2026.4.17 첫 공판"]
    page = (
        "<html><head><meta charset='utf-8'><title>한빛대교 붕괴 1년</title>"
        "<meta property='article:published_time' content='2026-09-20T06:00:00+09:00'></head><body><article>"
        "<h1>한빛대교 붕괴 1년</h1>"
        "<p>시민 5명이 숨진 한빛대교 붕괴 사고가 20일로 1년을 맞았다. 재판은 아직 1심이다.</p>"
        "<h3>사고 이후 1년</h3><ul>"
        + "".join(f"<li><strong>{d}</strong> {what}</li>" for d, what in (i.split(" ", 1) for i in items))
        + "</ul><p>유족들은 신속한 재판을 촉구했다. 유족 대표는 달라진 것이 없다고 말했다.</p></article></body></html>"
    )
    article = parse_html(page)
    paragraphs = _paragraphs(article)
    assert [p for p in paragraphs if p in items] == items
    assert article.date == "2026-09-20T06:00:00+09:00"  # the page's day, not the timeline's first


def test_a_marked_question_the_page_sets_as_a_heading_is_read_as_an_explainer_s_question() -> None:
    qa = [
        ("기초연금은 얼마나 오르나.", "혼자 사는 어르신은 월 9000원 더 받는다. 부부는 각각 20%씩 감액된다."),
        ("신청은 어디서 하나.", "주소지 행정복지센터에서 할 수 있다. 국민연금공단 지사에서도 받는다."),
    ]
    body = "".join(f"<h3>Q. {q}</h3><p>A. {a}</p>" for q, a in qa)
    lead = "<p>내년 1월부터 기초연금이 오른다. 궁금한 점을 문답으로 풀었다.</p>"
    blocks = _blocks(parse_html(_page(lead + body + "<h3>전문가 조언</h3><p>미리 신청하는 것이 좋다고 한다.</p>")))
    assert [("paragraph", q) in blocks for q, _ in qa] == [True, True]
    assert ("heading", "전문가 조언") in blocks  # a heading that asks nothing is still one


_FEED_STORY = (
    "<p>한빛시가 내년부터 시내버스 요금을 동결한다고 밝혔다.</p><p>시는 물가 부담을 덜기 위해서라고 설명했다.</p>"
)
_FEEDS = {
    # RSS 1.0: the root is rdf:RDF, its items beside the channel
    "rdf": (
        '<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<channel rdf:about="https://example.kr/"><title>한빛일보</title></channel>'
        '<item rdf:about="https://example.kr/1"><title>한빛시 버스 요금 동결</title>'
        f"<description><![CDATA[{_FEED_STORY}]]></description><dc:date>2026-03-02T14:20:00+09:00</dc:date></item>"
        "</rdf:RDF>"
    ),
    # Atom whose elements carry a prefix
    "atom prefix": (
        '<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>한빛일보</atom:title>'
        "<atom:entry><atom:title>한빛시 버스 요금 동결</atom:title><atom:author><atom:name>김철수</atom:name>"
        f'</atom:author><atom:content type="html"><![CDATA[{_FEED_STORY}]]></atom:content></atom:entry></atom:feed>'
    ),
    # an RSS 2.0 feed under a prolog longer than a sniff of its first bytes looks at
    "long prolog": (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        + "".join(f"<!-- 한빛일보 RSS 서비스 이용 약관 {i}: 개인 용도로만 쓸 수 있습니다 -->\n" for i in range(80))
        + '<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>\n'
        + '<rss version="2.0"><channel><title>한빛일보</title><item><title>한빛시 버스 요금 동결</title>'
        + f"<description><![CDATA[{_FEED_STORY}]]></description></item></channel></rss>"
    ),
}


@pytest.mark.parametrize("kind", sorted(_FEEDS))
def test_a_saved_feed_the_feed_builder_reads_is_read_as_a_feed(kind: str, tmp_path: Path) -> None:
    page = tmp_path / "news.xml"
    page.write_text(_FEEDS[kind], encoding="utf-8")
    assert find_articles(tmp_path) == [page]  # the feed builder reads it ...
    assert html.looks_like_html(_FEEDS[kind])  # ... and so does `newsread read`, with one check
    article = load(page)
    assert article.title == "한빛시 버스 요금 동결"
    assert _paragraphs(article) == [
        "한빛시가 내년부터 시내버스 요금을 동결한다고 밝혔다.",
        "시는 물가 부담을 덜기 위해서라고 설명했다.",
    ]


def test_an_xml_file_that_is_no_feed_is_neither_read_as_one_nor_built() -> None:
    doc = '<?xml version="1.0"?><!-- 설정 --><settings><name>한빛일보</name></settings>'
    assert not feedsniff.is_feed(doc)
    assert not html.looks_like_html("<저작권자 © 한빛일보 무단전재 및 재배포 금지>\n\n본문입니다.")


def test_a_prolog_of_many_comments_before_no_markup_is_told_at_once() -> None:
    # 60 comments over a root no sniff knows: a pattern whose comment could run past its own end would try
    # 2**60 ways of cutting them before giving up, and the reader would never come back
    text = '<?xml version="1.0"?>\n' + "<!-- 한빛일보 -->\n" * 60 + "<settings><name>한빛일보</name></settings>"
    assert not html.looks_like_html(text)


def test_an_office_in_a_boards_writer_field_is_no_author() -> None:
    page = (
        "<html><body><table><tr><th>제목</th><td>겨울방학 도서 대출 안내</td></tr>"
        "<tr><th>작성자</th><td>교무실</td><th>작성일</th><td>2026-12-04</td></tr></table>"
        "<p>겨울방학 동안 한 사람이 책을 열 권까지 빌릴 수 있습니다.</p>"
        "<p>반납은 개학 첫 주까지 하면 됩니다.</p></body></html>"
    )
    assert parse_html(page).author is None
    assert parse_html(page.replace("교무실", "김철수")).author == "김철수"


def test_the_time_of_publication_only_the_json_ld_gives_dates_the_page() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "한빛시 공원 새 단장",'
        ' "datePublished": "2026-05-04T07:45:00+09:00"}</script></head><body><article><h1>한빛시 공원 새 단장</h1>'
        "<p>한빛시가 시민공원을 새로 단장해 문을 다시 열었다고 4일 밝혔다.</p>"
        "<p>산책로 2㎞를 새로 깔고 그늘막 30개를 세웠다.</p></article></body></html>"
    )
    assert parse_html(page).date == "2026-05-04T07:45:00+09:00"


_AMP = (
    '<html><head><title>한빛시, 공영자전거 1천대 늘린다</title><script type="application/ld+json">'
    '{{"@type": "NewsArticle", "headline": "한빛시, 공영자전거 1천대 늘린다", "datePublished": "{when}"}}</script>'
    '<script type="application/ld+json">{{"@type": "ItemList", "itemListElement": [{{"@type": "ListItem",'
    ' "item": {{"@type": "NewsArticle", "headline": "한빛역 광장 새 단장",'
    ' "datePublished": "2026-12-03T06:40:00+09:00"}}}}]}}'
    "</script></head><body><article>{shown}<h1>한빛시, 공영자전거 1천대 늘린다</h1>"
    "<p>한빛시가 공영자전거를 내년까지 1천대 늘린다고 3일 밝혔다.</p>"
    "<p>대여소도 150곳에서 220곳으로 확대한다.</p></article></body></html>"
)
_SHOWN = '<div class="date">입력 <span data-date-time="2026-12-03 09:12:00">2026.12.03. 오전 9:12</span></div>'


@pytest.mark.parametrize(
    ("when", "shown", "date"),
    [
        ("2026-12-03", _SHOWN, "2026-12-03T09:12:00+09:00"),  # not the most-read list's 06:40
        ("2026-12-03T00:12:00Z", _SHOWN, "2026-12-03T09:12:00+09:00"),
        ("2026-12-03T00:12:00", _SHOWN, "2026-12-03T09:12:00+09:00"),  # the shown time before the data's
        ("2026-12-03T00:12:00Z", "", "2026-12-03T09:12:00+09:00"),  # UTC said in the page's zone
        ("2026-12-02T22:30:00-02:00", "", "2026-12-03T09:30:00+09:00"),
        ("2026-12-03", "", "2026-12-03"),  # the list's articles date no page
    ],
)
def test_the_time_from_json_ld_is_the_page_s_own_article_s_in_korean_time(when: str, shown: str, date: str) -> None:
    assert parse_html(_AMP.format(when=when, shown=shown)).date == date


_PAGE = (
    '<html><head><title>누리시 수돗물 단수 해제 - 누리일보</title><script type="application/ld+json">{ld}</script>'
    "</head><body><article><h1>누리시 수돗물 단수 해제</h1>"
    "<p>누리시는 노후 수도관 교체 공사를 마치고 단수를 해제했다고 밝혔다.</p>"
    "<p>시는 공사 구간 주민들에게 생수를 나눠줬다.</p></article></body></html>"
)
_ARTICLE = '{{"@type": "NewsArticle", "headline": "{headline}", "datePublished": "2026-08-14T16:05:00+09:00"}}'


@pytest.mark.parametrize(
    "ld",
    [
        '{"@type": "WebPage", "mainEntity": ' + _ARTICLE.format(headline="누리시 수돗물 단수 해제") + "}",
        '{"@type": "WebPage", "mainEntityOfPage": [' + _ARTICLE.format(headline="누리시 단수 해제") + "]}",
        '{"@graph": [{"@type": "WebPage", "mainEntity": ' + _ARTICLE.format(headline="단수 해제") + "}]}",
        _ARTICLE.format(headline="누리시, 나흘 만에 수돗물 공급 재개…단수 모두 풀려"),
    ],
)
def test_the_time_of_the_page_s_one_article_dates_it_under_a_web_page_or_a_headline_worded_otherwise(ld: str) -> None:
    assert parse_html(_PAGE.format(ld=ld)).date == "2026-08-14T16:05:00+09:00"
    # an article in a list under the page stays another story's
    item = _ARTICLE.format(headline="누리시 수돗물 단수 해제")
    listed = '{"@type": "WebPage", "mainEntity": {"@type": "ItemList", "itemListElement": [' + item + "]}}"
    assert parse_html(_PAGE.format(ld=listed)).date != "2026-08-14T16:05:00+09:00"


@pytest.mark.parametrize(
    "chrome",
    [
        '<amp-user-notification id="n" layout="nodisplay">'
        "<p>이 사이트는 쿠키를 사용합니다. 계속 이용하면 동의한 것으로 봅니다.</p></amp-user-notification>",
        '<amp-sidebar id="s" layout="nodisplay"><p>전체 메뉴 보기와 지난 기사 찾기</p></amp-sidebar>',
        '<amp-app-banner id="b" layout="nodisplay"><p>앱에서 더 빠르게 기사를 읽어 보세요.</p></amp-app-banner>',
    ],
)
def test_an_amp_page_s_own_chrome_is_not_read(chrome: str) -> None:
    # the consent notice's sentence was read as the story's first paragraph
    page = (
        f"<html amp><body>{chrome}<article><div class='cate-name'>사회</div><h1>한빛시 버스 요금 동결</h1>"
        "<p>한빛시는 올해 시내버스 요금을 동결한다고 밝혔다. 시는 물가 부담을 고려했다고 설명했다.</p>"
        "<p>재정 지원은 120억원 늘어난다. 시의회도 대체로 찬성하는 분위기다.</p></article></body></html>"
    )
    article = parse_html(page)
    assert _blocks(article) == [
        ("title", "한빛시 버스 요금 동결"),
        ("paragraph", "한빛시는 올해 시내버스 요금을 동결한다고 밝혔다. 시는 물가 부담을 고려했다고 설명했다."),
        ("paragraph", "재정 지원은 120억원 늘어난다. 시의회도 대체로 찬성하는 분위기다."),
    ]


@pytest.mark.parametrize("later", ["<div class='next-article'><h1>다음 기사: 솔내시 축제 개막</h1></div>", ""])
@pytest.mark.parametrize("cls", ["section-title", "sec_head", "category-sub"])
def test_a_section_classed_subheading_under_the_headline_is_read(cls: str, later: str) -> None:
    # a subheading of the body classed as a section was dropped as the section's name whenever a next
    # story's <h1> came later on the page
    page = (
        "<html><body><article><div class='section-name'>경제</div><h1>솔내시 청년 정책 발표</h1>"
        "<div class='article-body'><p>솔내시가 청년 정책 세 가지를 내놨다. 내년부터 시행한다.</p>"
        f"<div class='{cls}'>주거 지원</div><p>청년 월세 지원 대상을 두 배로 늘린다.</p>"
        f"<div class='{cls}'>일자리</div><p>지역 기업 인턴십 500개를 만든다.</p></div></article>{later}"
        "</body></html>"
    )
    blocks = _blocks(parse_html(page))
    assert blocks[:6] == [
        ("title", "솔내시 청년 정책 발표"),
        ("paragraph", "솔내시가 청년 정책 세 가지를 내놨다. 내년부터 시행한다."),
        ("heading", "주거 지원"),
        ("paragraph", "청년 월세 지원 대상을 두 배로 늘린다."),
        ("heading", "일자리"),
        ("paragraph", "지역 기업 인턴십 500개를 만든다."),
    ]
    assert ("heading", "경제") not in blocks and ("paragraph", "경제") not in blocks


@pytest.mark.parametrize(
    "picture",
    [
        '<div class="img_box">\n<img src="/p/bridge.jpg" width="600">\n'
        '<p class="caption">▲ 한빛대교 전경. 한빛시 제공</p>\n</div>',
        '<div class="img_box">\n<img src="/p/bridge.jpg" width="600">\n\n</div>',
        '<div class="photo_area">\n<img src="/p/bridge.jpg">\n<span class="img_desc">한빛대교 전경</span>\n</div>',
    ],
)
def test_the_line_set_after_a_picture_box_is_kept(picture: str) -> None:
    # the story set as text with <br>s after a photo's box that is left with nothing to read: the
    # extractor dropped the line after the box, the story's first
    lines = [
        "한빛대교 보강 공사가 예정보다 석 달 늦은 내년 5월에 끝난다.",
        "한빛시는 8일 교각 14곳 가운데 9곳의 보강을 마쳤다고 밝혔다.",
        "공사비는 당초 212억 원에서 247억 원으로 늘었다.",
        "시는 공사 기간 하루 2만 3,000대의 차량이 우회할 것으로 보고 있다.",
        "야간 통행은 오후 11시부터 다음 날 오전 5시까지 막힌다.",
        "시 관계자는 안전을 위해 양해를 구한다고 말했다.",
    ]
    page = (
        '<html><head><title>한빛대교</title></head><body><div id="top_menu"><a href="/">한빛일보</a> | '
        '<a href="/s">사회</a></div><div id="content"><div class="sub_title">사회 &gt; 교통</div>'
        '<h3 class="tit_view">한빛대교 보강 공사 내년 5월 끝나</h3><div class="info_view">'
        "<span>기사입력 2026-12-08 09:10</span> <span>서민재 기자</span></div>"
        f'<div class="article_view" id="article_view">\n{picture}\n'
        + "<br><br>\n".join(lines)
        + '<br><br>\n서민재 기자 mj@hanbit.kr\n</div><div class="copy">ⓒ 한빛일보 무단전재 및 재배포금지</div>'
        "</div></body></html>"
    )
    assert _paragraphs(parse_html(page))[:2] == lines[:2]


@pytest.mark.parametrize("before", ["<b>■ 청년 예산 450억</b>", "시는 예산을 늘려"])
def test_a_picture_box_between_two_texts_leaves_them_apart(before: str) -> None:
    # the box, dropped so the text after it is kept, left nothing between the text before it and
    # the text after it: 450억시는, 늘려시는
    page = (
        "<html><head><title>한빛시 예산</title></head><body><article><h1>한빛시 내년 예산 1조 돌파</h1>"
        '<div class="article_body">한빛시가 내년 예산을 1조 2천억원으로 편성했다고 2일 밝혔다. 올해보다 8% 늘었다.'
        f'<br><br>{before}<div class="img_box"><img src="a.jpg"></div>시는 특히 청년 주거 지원 사업에 450억원을'
        " 새로 배정했다. 월세 지원 대상도 넓힌다.<br><br>시의회는 다음 달 예산안을 심의한다. 의원들은 복지 예산"
        " 확대에 대체로 찬성하는 분위기다.</div></article></body></html>"
    )
    text = parse_html(page).text
    assert "시는 특히 청년 주거 지원" in text
    assert "450억시는" not in text and "늘려시는" not in text


def test_a_picture_inside_a_line_leaves_the_line_whole() -> None:
    # a picture set inside a sentence (an icon in a link) is a space, not a break of the paragraph
    page = (
        "<html><head><title>한빛시 예산</title></head><body><article><h1>한빛시 내년 예산 1조 돌파</h1>"
        '<div class="article_body"><p>한빛시가 내년 예산을 1조 2천억원으로 편성했다고 2일 밝혔다.</p>'
        '<p>시는 특히 <a href="/x"><img src="logo.png"></a> 청년 주거 지원 사업에 450억원을 새로 배정했다.'
        " 월세 지원 대상도 넓힌다.</p><p>시의회는 다음 달 예산안을 심의한다.</p></div></article></body></html>"
    )
    assert "시는 특히 청년 주거 지원 사업에" in parse_html(page).text


def _story(body: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>시내버스 노선 바뀐다</title></head><body><article>'
        f"<h1>시내버스 노선 바뀐다</h1>{body}"
        "<p>새 노선은 다음 달 1일부터 운행한다. 시는 정류장마다 안내문을 붙였다.</p></article></body></html>"
    )


@pytest.mark.parametrize("tag", ["del", "s", "strike"])
def test_struck_text_is_not_heard_what_replaced_it_is(tag: str) -> None:
    page = _story(f"<p>노선 수는 <{tag}>42개</{tag}><ins>45개</ins>로 늘어난다고 한빛시가 밝혔다.</p>")
    assert _paragraphs(parse_html(page))[0] == "노선 수는 45개로 늘어난다고 한빛시가 밝혔다."


def test_a_ruby_word_is_heard_by_its_reading() -> None:
    page = _story("<p>올해도 <ruby>社會<rp>(</rp><rt>사회</rt><rp>)</rp></ruby> 문제로 남았다고 시민단체가 밝혔다.</p>")
    assert _paragraphs(parse_html(page))[0] == "올해도 사회 문제로 남았다고 시민단체가 밝혔다."
    bare = _story("<p>올해도 <ruby>사회</ruby> 문제로 남았다고 시민단체가 밝혔다.</p>")
    assert _paragraphs(parse_html(bare))[0] == "올해도 사회 문제로 남았다고 시민단체가 밝혔다."


@pytest.mark.parametrize("cls", ["ad", "ad_wrap", "ads-box", "inline_ad", "advertisement"])
def test_a_box_named_an_ad_with_a_line_of_copy_is_not_heard(cls: str) -> None:
    page = _story(
        "<p>한빛시는 버스 노선 12개를 고친다고 3일 밝혔다.</p>"
        f'<div class="{cls}"><span class="label">AD</span><span>지금 가입하면 첫 달 무료</span></div>'
    )
    assert "첫 달 무료" not in parse_html(page).text


def test_a_box_whose_class_only_contains_ad_letters_is_read() -> None:
    page = _story(
        '<p>한빛시는 버스 노선 12개를 고친다고 3일 밝혔다.</p><div class="head-note"><span>노선표 참고</span></div>'
    )
    assert "노선표 참고" in parse_html(page).text
