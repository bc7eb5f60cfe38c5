"""More general rules, one shape at a time: bare script labels, shared bylines, clipped sentences,
helpers' credits, boards' cells and boxes the extractor leaves out."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newsread.ingest import html, parse_html, parse_text, rules
from newsread.ingest.structure import split_lines
from newsread.types import Article


def _paragraphs(article: Article) -> list[str]:
    return [b.text for b in article.blocks if b.kind == "paragraph"]


def test_a_script_s_bare_labels_are_not_read_and_the_handoff_is_the_byline() -> None:
    article = parse_text(
        "폐교가 캠핑장으로\n\n"
        "앵커: 문을 닫은 시골 학교가 캠핑장으로 바뀌었습니다. 주민들이 직접 운영합니다. 한가람 기자가 보도합니다.\n\n"
        "기자: 운동장에 텐트 스무 동이 늘어서 있습니다.\n\n"
        "인터뷰: 엄수현 / 마을 이장\n"
        '"아이들 소리가 다시 들려서 좋습니다."\n'
    )
    assert _paragraphs(article) == [
        "문을 닫은 시골 학교가 캠핑장으로 바뀌었습니다. 주민들이 직접 운영합니다.",
        "운동장에 텐트 스무 동이 늘어서 있습니다.",
        '"아이들 소리가 다시 들려서 좋습니다."',
    ]
    assert article.author == "한가람"


def test_a_story_s_own_sentence_naming_a_reporter_is_read() -> None:
    assert rules.handoff_at_end("경찰은 김철수 기자에게 자료를 건넸다. 조사는 계속된다.") is None
    assert rules.handoff_at_end("조사는 계속됩니다. 김철수 기자입니다.") == (len("조사는 계속됩니다."), "김철수")


def test_reporters_sharing_a_byline_are_one_author_joined_by_a_middle_dot() -> None:
    assert rules.joined_names("윤서하 임재현") == "윤서하·임재현"
    assert rules.joined_names("윤서하, 임재현") == "윤서하·임재현"
    assert rules.joined_names("윤서하") == "윤서하"
    assert rules.joined_names("남궁 준") == "남궁 준"  # one name, spaced: no two names


def test_a_bare_related_label_before_a_headline_is_a_link_but_not_before_a_sentence() -> None:
    assert rules.RELATED_LINK.match("관련기사 교육부, 늘봄 전담 인력 2000명 채용")
    assert not rules.RELATED_LINK.match("관련 기사가 나간 뒤 교육부는 해명 자료를 냈다.")


def test_a_note_on_where_a_translated_piece_first_ran_is_not_read() -> None:
    assert rules.is_chrome("※ 이 글은 미국 과학잡지 3월호에 실린 글을 필자의 허락을 얻어 번역한 것입니다.")
    assert not rules.is_chrome("그는 이 글을 직접 번역했다.")


def test_a_writer_and_a_photographer_on_one_line_make_the_writer_the_author() -> None:
    m = rules.writer_mark("글 설다온 기자 | 사진 표하준 기자")
    assert m is not None and m["name"] == "설다온"


def test_a_labeled_caption_ending_in_its_photographer_is_a_caption() -> None:
    assert rules.is_caption("사진 = 해 질 무렵 마을 뒷산에서 내려다본 계단밭. 표하준 기자")
    assert not rules.is_caption("사진을 찍던 관광객이 넘어졌다고 소방당국은 밝혔다. 표하준 기자")


def test_a_last_sentence_ending_on_a_noun_is_read() -> None:
    article = parse_text(
        "국립극단 창작극 초연\n\n국립극단이 창작극을 다음 달 초연한다.\n\n티켓은 국립극단 누리집에서 예매 가능.\n"
    )
    assert _paragraphs(article)[-1] == "티켓은 국립극단 누리집에서 예매 가능."
    assert rules.is_sentence("경찰은 관계자를 상대로 경위를 확인할 방침.")
    assert not rules.is_sentence("예매 가능.")  # a label, no sentence


def test_an_expert_s_advice_credit_names_no_author() -> None:
    assert not rules.is_person_name("도움말")
    article = parse_text(
        "환절기 비염 관리법\n\n"
        "환절기에는 알레르기 비염 환자가 크게 는다.\n\n"
        "외출 뒤에는 옷을 털고 손을 씻는 습관이 도움이 된다.\n\n"
        "도움말 김철수 한빛대병원 교수\n"
    )
    assert article.author is None
    assert "도움말" not in article.text


def test_a_board_s_title_and_writer_cells_give_the_headline_and_the_author() -> None:
    page = (
        "<html><head><title>보도자료 | 한빛군청</title></head><body>"
        '<div class="location">홈 &gt; 군정소식 &gt; 보도자료</div><table>'
        "<tr><th>제목</th><td>한빛군, 농가 햇빛발전 보조금 두 배로</td></tr>"
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


def test_a_story_s_pagination_is_not_read_but_a_sentence_about_a_page_is() -> None:
    for line in ("1/2 페이지", "다음 페이지 ▶", "◀ 이전 페이지", "페이지 2/3"):
        assert rules.is_chrome(line), line
    assert not rules.is_chrome("다음 페이지로 넘어가 봤다.")


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


def test_a_date_written_in_english_is_the_story_s_date() -> None:
    assert rules.date_of("Published Mar 3, 2026 | Updated Mar 3, 2026, 6:45 PM KST") == "2026-03-03"
    assert rules.date_of("3 March 2026") == "2026-03-03"
    assert rules.is_date_line("Updated September 9, 2026")
    assert not rules.is_date_line("The summit opened on March 3, 2026 in Seoul and drew leaders from 30 countries.")


def test_an_outlet_before_its_reporter_s_name_is_not_the_author() -> None:
    assert rules.joined_names("한빛일보 · 정약사") == "정약사"
    assert rules.joined_names("윤서하 · 임재현") == "윤서하·임재현"


def test_an_ad_s_line_led_by_its_tag_and_a_shop_s_button_are_not_read() -> None:
    assert rules.is_chrome("[광고] 면역력 걱정될 땐? 한빛홍삼 진액 1+1 특가 이벤트 진행 중")
    assert rules.is_chrome("지금 바로 구매하기 ▶")
    assert not rules.is_chrome("광고 시장은 올해 5% 커졌다.")


def test_footnotes_numbered_in_brackets_are_not_read_where_the_story_has_their_marks() -> None:
    note = "[1] 과학기술정보통신부, '연구실 안전관리 실태조사', 2026."
    story = "사고가 5년 사이 40% 가까이 늘어난 것으로 나타났다[1]. 절반은 화학 실험실에서 일어났다."
    assert _paragraphs(parse_text(f"연구실 사고 40% 늘어\n\n{story}\n\n{note}\n")) == [story]
    unmarked = story.replace("나타났다[1].", "나타났다.")
    assert note in _paragraphs(parse_text(f"연구실 사고 40% 늘어\n\n{unmarked}\n\n{note}\n"))


def test_an_info_box_s_arrowed_fields_are_read_but_its_contacts_are_not() -> None:
    article = parse_text(
        "한빛 해안길 새 단장\n\n"
        "마지막 구간은 모래사장을 따라 걷는다. 해수욕장 앞에서 허기를 달래면 된다.\n\n"
        "▷가는 길: 한빛터미널에서 해안순환버스 10번을 타고 등대 정류장에서 내린다.\n"
        "▷문의: 한빛군 관광과 061-123-4567\n"
    )
    assert _paragraphs(article)[-1] == "▷가는 길: 한빛터미널에서 해안순환버스 10번을 타고 등대 정류장에서 내린다."
    assert not any("061-123-4567" in p for p in _paragraphs(article))
    alone = parse_text(
        "한빛 해안길 새 단장\n\n마지막 구간은 모래사장을 따라 걷는다.\n\n▷여행 명소: 한빛 바닷가 세 곳\n"
    )
    assert not any("명소" in p for p in _paragraphs(alone))  # one arrowed line alone: still a link


def test_an_interview_s_named_labels_are_not_read_and_each_turn_is_a_paragraph() -> None:
    article = parse_text(
        "26년째 책방 지키는 오서림 대표\n\n"
        "동네 서점을 지킨 오서림 대표를 만났다.\n\n"
        "기자: 가장 힘들었던 때는.\n"
        "오서림 대표: 코로나 때 석 달 동안 손님이 거의 없었다.\n\n"
        "기자: 앞으로 계획은.\n"
        "오서림 대표: 동네 아이들이 책을 읽는 모임을 늘리고 싶다.\n"
    )
    assert _paragraphs(article)[1:] == [
        "가장 힘들었던 때는.",
        "코로나 때 석 달 동안 손님이 거의 없었다.",
        "앞으로 계획은.",
        "동네 아이들이 책을 읽는 모임을 늘리고 싶다.",
    ]
    once = parse_text("제목 한 줄\n\n오서림 대표: 서점은 사람을 파는 곳이라고 생각한다.\n")
    assert _paragraphs(once) == ["오서림 대표: 서점은 사람을 파는 곳이라고 생각한다."]  # a label once: as written
    fields = parse_text("행사 안내\n\n행사가 열린다.\n\n장소: 광장에서 열린다.\n\n장소: 비가 오면 회관으로 옮긴다.\n")
    assert _paragraphs(fields)[1:] == ["장소: 광장에서 열린다.", "장소: 비가 오면 회관으로 옮긴다."]
    turns = "기자: 텐트 스무 동이 있습니다.\n\n기자: 주민이 운영합니다. 한가람 기자가 전해드립니다.\n"
    script = parse_text(f"폐교가 캠핑장으로\n\n{turns}")
    assert _paragraphs(script)[-1] == "주민이 운영합니다." and script.author == "한가람"  # a script's turns: as before


def test_a_column_signed_with_a_work_ending_in_ga_names_its_writer() -> None:
    m = rules.writer_signature("나무숲 숲해설가")
    assert m is not None and rules.signer(m) == "나무숲"


def test_questions_and_answers_marked_with_arrows_and_letters_read_without_the_marks() -> None:
    article = parse_text(
        "우선매수권, 어떻게 쓰나\n\n피해자가 먼저 살 수 있다. 자주 묻는 질문을 정리했다.\n\n"
        "▶Q 누가 쓸 수 있나.\n▶A 피해자로 결정된 임차인이다.\n\n▶Q 값은 얼마인가.\n▶A 최고가와 같다.\n"
    )
    turns = ["누가 쓸 수 있나.", "피해자로 결정된 임차인이다.", "값은 얼마인가.", "최고가와 같다."]
    assert _paragraphs(article)[1:] == turns


def test_expanders_and_zoom_buttons_are_chrome() -> None:
    for line in ("기사 더보기 ∨", "본문 접기 ∧", "+ 더보기", "확대", "3시간 전", "방금 전"):
        assert rules.is_chrome(line), line
    assert not rules.is_chrome("3시간 전 이미 불이 번졌다.")


def test_a_byline_beside_a_relative_time_names_the_writer() -> None:
    article = parse_text("책방 장터 연다\n\n글 도라온 기자 · 3시간 전\n\n동네 책방 100곳이 연말 장터를 연다.\n")
    assert article.author == "도라온"
    assert _paragraphs(article) == ["동네 책방 100곳이 연말 장터를 연다."]


def test_a_photo_credit_after_a_bar_is_not_read() -> None:
    for line in ("사진ㅣ하윤 인스타그램", "사진 | 세레나데 공식 X 캡처"):
        assert rules.is_credit(line), line
    assert not rules.is_credit("사진 | 올해 가장 많이 팔린 사진집이 나왔다.")


def test_what_a_paywall_asks_to_read_the_rest_is_not_read() -> None:
    assert rules.is_chrome("남은 기사를 읽으려면 로그인하거나 멤버십에 가입하세요.")
    assert not rules.is_chrome("남은 기사를 읽으려면 시간이 더 필요했다고 그는 말했다.")


def test_a_paywall_saying_the_rest_is_behind_it_is_not_read() -> None:
    assert rules.is_chrome("로그인 후 전문을 볼 수 있습니다.")
    assert rules.is_chrome("구독하시면 기사 전체를 읽으실 수 있습니다.")
    assert rules.is_chrome("회원 가입 후 나머지를 확인하실 수 있습니다.")
    assert not rules.is_chrome("결제 후 전문을 볼 수 있다는 안내에 독자들이 항의했다.")


def test_a_reporter_s_field_is_the_byline_not_a_script_s_label() -> None:
    story = "동네 책방 100곳이 연말 장터를 연다.\n"
    alone = parse_text(f"책방 장터 연다\n\n기자 : 하늘빛\n\n{story}")
    dated = parse_text(f"책방 장터 연다\n\n기자 : 하늘빛   등록일 : 2026-11-27\n\n{story}")
    assert alone.author == dated.author == "하늘빛" and dated.date == "2026-11-27"
    assert _paragraphs(dated) == [story.strip()]


def test_an_html_page_titled_only_with_the_outlet_s_name_takes_its_shown_headline() -> None:
    page = (
        "<html><head><title>한빛군민신문</title></head><body><table>"
        "<tr><td><b>한빛군 청년 귀농인 정착금 두 배로 늘린다</b></td></tr>"
        "<tr><td>한빛군이 내년부터 청년 귀농인 정착금을 두 배로 늘린다.</td></tr>"
        "<tr><td>군은 26일 조례 개정안을 입법예고했다고 밝혔다.</td></tr></table></body></html>"
    )
    assert parse_html(page).title == "한빛군 청년 귀농인 정착금 두 배로 늘린다"


def test_an_english_headline_over_a_korean_story_is_its_title() -> None:
    article = parse_text(
        "Hanbit Herald 한국어판\nBusiness\n\nK-Battery makers brace for slower EV demand\n\n"
        "2026-12-04 10:30\n선우결 기자\n\n국내 배터리 3사가 설비 투자를 줄이고 있다.\n"
    )
    assert article.title == "K-Battery makers brace for slower EV demand"


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


def test_a_picture_s_placeholder_left_in_a_copy_is_not_read() -> None:
    for placeholder in ("[이미지]", "[사진]", "<그림>", "(영상)", "[이미지 2]"):
        assert rules.is_chrome(placeholder), placeholder
    article = parse_text(
        "산정 습지 탐방로 개방\n\n고은별 기자\n\n탐방로가 다음 달 문을 연다.\n\n[이미지]\n\n"
        "군은 1.8㎞ 길이의 탐방로를 만들었다고 5일 밝혔다.\n"
    )
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "paragraph"]


def test_a_numbered_figure_s_label_makes_its_line_a_caption() -> None:
    assert rules.is_caption("그림 1. 시간대별 미세조류의 탄소 흡수량. 밤 시간대에 흡수량이 가장 높다.")
    assert rules.is_caption("[표 2] 연도별 출생아 수")
    assert rules.is_caption("Figure 3: Carbon uptake by hour")
    # a sentence that speaks of pictures, counting them
    assert not rules.is_caption("그림 2점이 경매에서 10억원에 팔렸다.")
    assert not rules.is_caption("사진 3장을 공개했다.")


def test_a_correction_after_the_byline_is_read_not_taken_for_the_reporter_s_profile() -> None:
    article = parse_text(
        "활동지원 시간 늘린다\n\n남유진 기자\n\n복지부는 활동지원 시간을 늘린다고 22일 밝혔다.\n\n"
        "복지부는 추가 예산 480억원을 편성했다.\n\n남유진 기자 yujin@hanbit.example\n\n"
        "바로잡습니다: 첫 보도에서 예산을 '840억원'으로 적었으나 '480억원'이 맞아 바로잡습니다.\n"
    )
    assert _paragraphs(article)[-1].startswith("바로잡습니다:")
    # the polite lines under a byline that say who the reporter is are still not read
    profile = parse_text(
        "활동지원 시간 늘린다\n\n남유진 기자\n\n복지부는 활동지원 시간을 늘린다고 22일 밝혔다.\n\n"
        "남유진 기자\n\n2015년 입사해 사회부를 거쳤습니다.\n"
    )
    assert not any("입사" in p for p in _paragraphs(profile))


def test_an_editor_over_a_magazine_story_is_its_author() -> None:
    article = parse_text(
        "겨울철 실내 습도 관리법\n\n2026.12.03 06:30\n에디터 권나래\n\n"
        "겨울철에는 실내 공기가 건조해지기 쉽다.\n\n가습기는 매일 세척해야 한다.\n"
    )
    assert article.author == "권나래"
    assert _paragraphs(article) == ["겨울철에는 실내 공기가 건조해지기 쉽다.", "가습기는 매일 세척해야 한다."]


def test_an_english_page_s_byline_and_posted_date_are_its_metadata() -> None:
    assert rules.is_date_line("Posted : 2026-03-16 17:45")
    assert rules.is_date_line("Updated 2026.03.16")
    assert (m := rules.ENGLISH_BYLINE.match("By Kim Min-seo, staff reporter")) and m["name"] == "Kim Min-seo"
    assert not rules.ENGLISH_BYLINE.match("By the end of the year")
    article = parse_text(
        "Seoul to expand late-night bus routes for shift workers\n\nPosted : 2026-03-16 17:45\nBy Park Jiwoo\n\n"
        "Seoul will add six late-night bus routes (심야버스) next month, the city government said Monday.\n"
    )
    assert (article.title, article.author, article.date) == (
        "Seoul to expand late-night bus routes for shift workers",
        "Park Jiwoo",
        "2026-03-16",
    )


def test_a_reporter_s_sign_off_closing_the_turn_is_read_and_names_the_author() -> None:
    article = parse_text(
        "도심 공원에 야간 조명\n\n앵커: 도심 공원이 밤에도 밝아집니다.\n\n기자: 서울 한빛공원입니다.\n\n"
        "기자: 구청은 조명을 늘릴 계획입니다. 지금까지 한빛뉴스 김도윤입니다.\n"
    )
    assert _paragraphs(article)[-1] == "구청은 조명을 늘릴 계획입니다. 지금까지 한빛뉴스 김도윤입니다."
    assert article.author == "김도윤"
    assert rules.sign_off_at_end("조명을 늘릴 계획입니다. 기상캐스터 정맑음이었습니다.") == "정맑음"
    assert rules.sign_off_at_end("김도윤 씨는 한빛뉴스 기자입니다. 조명은 내년에 늘어납니다.") is None
    alone = parse_text("도심 공원에 야간 조명\n\n기자: 구청은 조명을 늘릴 계획입니다.\n\n한빛뉴스 김도윤입니다.\n")
    assert _paragraphs(alone) == ["구청은 조명을 늘릴 계획입니다."]  # on a line of its own: the byline
    assert alone.author == "김도윤"


def test_what_follows_a_reporter_s_or_an_interviewer_s_label_is_read_as_a_paragraph() -> None:
    qa = parse_text(
        "책방 주인 인터뷰\n\n입력 2026.03.02\n\n동네 책방을 찾았다.\n\n"
        "기자: 왜 책방을 열었나?\n책이 좋아서였다. 처음엔 취미였다.\n\n기자: 힘든 점은.\n임대료다. 해마다 오른다.\n"
    )
    assert [b.kind for b in qa.blocks[1:]] == ["paragraph"] * 5  # the questions are no subheadings
    assert _paragraphs(qa)[1:4] == ["왜 책방을 열었나?", "책이 좋아서였다. 처음엔 취미였다.", "힘든 점은."]
    script = parse_text(
        "폭염 속 도심\n\n앵커: 폭염이 이어지고 있습니다.\n\n기자: 한낮 기온이 35도를 넘은 서울 도심.\n"
        "양산을 써 봐도 더위를 피하기 어렵습니다.\n"
    )
    assert _paragraphs(script)[1] == "한낮 기온이 35도를 넘은 서울 도심."
    assert rules.TURN_LABEL.match("[기자] 한낮 기온이 35도를 넘은 서울 도심.")
    assert not rules.TURN_LABEL.match("인터뷰: 최민규 / 인천시 도로과장")  # who speaks next: not said
    named = parse_text("폭염 속 도심\n\n앵커: 폭염이 이어집니다.\n\n[기자] 김철수\n\n한낮 기온이 35도를 넘었습니다.\n")
    assert _paragraphs(named) == ["폭염이 이어집니다.", "한낮 기온이 35도를 넘었습니다."]  # who takes the turn


def test_a_radio_transcript_s_diamond_labels_are_not_read() -> None:
    article = parse_text(
        "기후학자 인터뷰\n\n2026-09-02 09:15\n\n"
        "◇ 하루아> 올여름이 가장 더운 여름이었다고요?\n\n◆ 구름새> 네, 관측 이래 가장 더웠습니다.\n\n"
        "◇ 하루아> 내년은 어떨까요?\n\n◆ 구름새> 올해보다 더 더울 수 있습니다.\n\n◇ 하루아> 말씀 고맙습니다.\n\n"
        "◆ 구름새> 고맙습니다.\n\n※ 인터뷰를 인용할 때는 반드시 한빛라디오 <아침 시사>라고 밝혀 주시기 바랍니다.\n"
    )
    assert _paragraphs(article) == [
        "올여름이 가장 더운 여름이었다고요?",
        "네, 관측 이래 가장 더웠습니다.",
        "내년은 어떨까요?",
        "올해보다 더 더울 수 있습니다.",
        "말씀 고맙습니다.",
        "고맙습니다.",  # a short turn of a known speaker's label, without it
    ]
    assert not rules.SPEAKER_LABEL.match("한빛일보 > 문화 > 인터뷰")  # no diamond: an arrowhead is a breadcrumb's


def test_by_and_two_capitalised_words_between_paragraphs_is_a_subheading_not_a_byline() -> None:
    article = parse_text(
        "야구 시즌 결산\n\n입력 2026.10.02\nBy Choi Yuna\n\n올해 프로야구가 막을 내렸다.\n\n"
        "By the Numbers\n\n관중은 역대 최다인 900만명을 넘었다.\n\nBy Monday Night\n\n순위는 월요일 밤에 확정됐다.\n"
    )
    assert [(b.kind, b.text) for b in article.blocks if b.kind == "heading"] == [
        ("heading", "By the Numbers"),
        ("heading", "By Monday Night"),
    ]
    assert article.author == "Choi Yuna"  # over the story: the byline
    assert rules.is_english_title("What Comes Next")
    assert not rules.is_english_title("Read more")  # a button's words, not capitalized
    assert not rules.is_english_title("Top Stories")  # a listed button's word in it
    menu = parse_text("야구 시즌 결산\n\n올해 프로야구가 막을 내렸다.\n\nSign In\nSubscribe Now\n")
    assert "Sign In" not in menu.text  # after the story, not between its paragraphs: the menu


def test_a_part_s_subheading_over_its_reporter_s_credit_is_not_taken_for_the_headline() -> None:
    article = parse_text(
        "주말 가을 축제…순천·여수 인파\n\n기사입력 2026-10-24 18:20\n동부취재본부 정하람 기자\n\n"
        "가을 축제가 몰린 주말, 도시마다 나들이객이 몰렸다.\n\n"
        "◆ 순천 갈대 축제\n\n순천만 습지에는 4만여명이 찾았다.\n\n"
        "◆ 여수 밤바다 불꽃\n\n여수=남도한빛일보 민서진 기자\n\n여수 앞바다에서는 불꽃놀이가 열렸다.\n\n"
        "◆ 광양 숯불구이 축제\n\n광양=남도한빛일보 기자\n\n광양에서는 숯불구이 축제가 이어졌다.\n"
    )
    assert article.title == "주말 가을 축제…순천·여수 인파"
    headings = [b.text for b in article.blocks if b.kind == "heading"]
    assert headings == ["순천 갈대 축제", "여수 밤바다 불꽃", "광양 숯불구이 축제"]
    assert len(_paragraphs(article)) == 4 and "남도한빛일보" not in article.text
    assert article.author == "정하람"
    assert rules.PLACE_CREDIT.match("광양=남도한빛일보 기자")
    assert not rules.PLACE_CREDIT.match("광양=남도한빛일보 기자는 축제를 찾았다.")


def test_a_reader_s_letter_signed_with_age_and_address_names_its_writer() -> None:
    article = parse_text(
        "[독자의 소리] 횡단보도 신호, 10초만 더\n\n입력 2026.03.09 19:00\n\n"
        "우리 동네 횡단보도는 초록불이 18초면 꺼진다.\n\n보행 신호를 10초 늘려 주기를 부탁드린다.\n\n"
        "나보행 (60·부산 한빛구 바다로 12)\n\n"
        "※ 독자 투고는 opinion@example.com 로 보내 주십시오. 소정의 원고료를 드립니다.\n"
    )
    assert article.author == "나보행"
    assert _paragraphs(article) == [
        "우리 동네 횡단보도는 초록불이 18초면 꺼진다.",
        "보행 신호를 10초 늘려 주기를 부탁드린다.",
    ]
    assert rules.LETTER_WRITER.match("김철수(45·회사원)")
    assert not rules.LETTER_WRITER.match("김철수(45)")  # an age alone: who a story speaks of
    m = rules.writer_signature("정다빈 한빛대 의대 교수·소아청소년과")
    assert m is not None and rules.signer(m) == "정다빈"  # the title, then the writer's field


def test_a_gallery_s_counted_captions_between_paragraphs_are_not_read() -> None:
    shown = ["시장 입구의 옛 장터 벽화.", "골목 계단을 따라 그려진 물고기 떼.", "상인들이 벽화 앞에 서 있다."]
    gallery = "".join(f"{n}/3 {caption} /권빛나 기자\n" for n, caption in enumerate(shown, 1))
    head = "시장 골목 벽화 거리\n\n입력 2026.09.09\n\n골목이 벽화 거리로 바뀌었다.\n\n[포토] 벽화 거리 둘러보기\n"
    article = parse_text(f"{head}{gallery}\n주말 방문객은 두 배로 늘었다.\n")
    assert _paragraphs(article) == ["골목이 벽화 거리로 바뀌었다.", "주말 방문객은 두 배로 늘었다."]
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "paragraph"]
    fraction = parse_text("개헌안 표결\n\n입력 2026.09.09\n\n개헌안이 표결에 부쳐졌다.\n\n2/3 이상이 찬성했다.\n")
    assert _paragraphs(fraction)[-1] == "2/3 이상이 찬성했다."  # a fraction opening a sentence, no gallery


def test_notes_numbered_with_a_parenthesis_under_a_notes_header_are_not_read() -> None:
    article = parse_text(
        "[기고] 야간 진료\n\n입력 2026.11.12\n\n문을 여는 곳은 4%에 그친다1).\n\n의원 수는 오히려 줄었다2).\n\n"
        "각주\n1) 건강보험심사평가원, '요양기관 진료시간 현황', 2026.\n"
        "2) 국회입법조사처, '가산제도의 효과 분석', 2025.\n"
    )
    assert _paragraphs(article) == ["문을 여는 곳은 4%에 그친다1).", "의원 수는 오히려 줄었다2)."]
    listed = parse_text(
        "신청 안내\n\n입력 2026.11.12\n\n개정된 법(2021)에 따라 신청은 두 가지 방법으로 할 수 있다.\n\n"
        "1) 누리집에서 신청서를 낸다.\n2) 주민센터를 찾아가 신청한다.\n"
    )
    assert _paragraphs(listed)[1:] == ["1) 누리집에서 신청서를 낸다.", "2) 주민센터를 찾아가 신청한다."]


def test_a_fact_check_s_verdict_on_a_scale_under_a_named_label_is_read() -> None:
    article = parse_text(
        "[팩트체크] 충전기 꽂아 두면 전기료 폭탄?\n\n입력 2026.07.07\n\n충전기의 대기전력은 평균 0.1W였다.\n\n"
        "1년에 200원이 채 되지 않는다.\n\n[Fact check 판정]\n■■□□□ 대체로 사실 아님\n"
    )
    assert _paragraphs(article)[-1] == "판정 대체로 사실 아님"


def test_a_subheading_s_emoji_is_not_read() -> None:
    assert rules.strip_heading_decor("📌 월세 세액공제 한도 상향") == "월세 세액공제 한도 상향"
    assert rules.strip_heading_decor("✅ 체크리스트") == "체크리스트"
    assert rules.strip_heading_decor("❶ 새벽 운동은 피하세요") == "❶ 새벽 운동은 피하세요"  # a number, said


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


def test_a_copyright_glued_to_a_sentence_mid_story_does_not_end_it() -> None:
    story = (
        "중고폰 인증제 도입\n\n입력 2026.10.08\n\n중고폰 인증제가 도입된다.\n\n"
        "정부는 8일 인증제를 시행한다고 밝혔다. Copyright ⓒ 한빛투데이. 무단전재 및 재배포 금지.\n\n"
        "인증 업체는 삭제 확인서를 준다.\n\n확인서에는 삭제 일시가 적힌다.\n\n"
    )
    article = parse_text(story + "탁서연 기자 seoyeon@hanbittoday.example\n\nⓒ 한빛투데이 무단전재 및 재배포 금지\n")
    assert _paragraphs(article) == [
        "중고폰 인증제가 도입된다.",
        "정부는 8일 인증제를 시행한다고 밝혔다.",
        "인증 업체는 삭제 확인서를 준다.",
        "확인서에는 삭제 일시가 적힌다.",
    ]
    # with nothing of the story's own after it (a byline or the page's notice), it still ends the story
    ended = parse_text(
        "중고폰 인증제 도입\n\n입력 2026.10.08\n\n중고폰 인증제가 도입된다.\n\n"
        "정부는 8일 인증제를 시행한다고 밝혔다. Copyright ⓒ 한빛투데이. 무단전재 및 재배포 금지.\n\n"
        "다른 기사의 첫 문장이다.\n\n다른 기사의 둘째 문장이다.\n"
    )
    assert _paragraphs(ended)[-1] == "정부는 8일 인증제를 시행한다고 밝혔다."


def test_a_credit_in_lenticular_or_full_width_brackets_is_not_read() -> None:
    assert rules.story_without_credit("장터가 열린다. 【사진=독자 제공】") == "장터가 열린다."
    article = parse_text(
        "억새축제 개막\n\n입력 2026.10.15\n\n억새축제가 18일 막을 올린다.\n\n"
        "【사진=독자 제공】 지난해 축제에는 12만 명이 다녀갔다.\n\n〔사진=한빛군〕\n\n축제는 26일까지 이어진다.\n"
    )
    assert _paragraphs(article) == [
        "억새축제가 18일 막을 올린다.",
        "지난해 축제에는 12만 명이 다녀갔다.",
        "축제는 26일까지 이어진다.",
    ]


def test_a_box_about_the_writer_under_a_column_names_the_author() -> None:
    column = "[칼럼] 골목상권\n\n2026.06.09\n\n빈 점포가 절반이었다.\n\n지금은 빈 점포를 찾기 어렵다.\n\n"
    for box in ("필자 소개\n차서윤\n한빛연구원 선임연구위원\n", "■ 필자 약력\n차서윤 한빛연구원 선임연구위원\n"):
        article = parse_text(column + box)
        assert article.author == "차서윤", box
        assert _paragraphs(article) == ["빈 점포가 절반이었다.", "지금은 빈 점포를 찾기 어렵다."]
    assert rules.writer_mark("필자 소개") is None
    assert rules.writer_mark("필자 김도윤") is not None


def test_an_old_cms_s_date_words_with_the_time_in_brackets_give_the_date() -> None:
    article = parse_text(
        "100원 택시 확대\n\n입력시간 : 2026/02/14 [09:30]   주다온 기자\n\n"
        "한빛군이 100원 택시를 42개 마을로 늘린다.\n\n주민은 100원만 낸다.\n"
    )
    assert (article.author, article.date) == ("주다온", "2026-02-14")
    assert rules.date_of("등록일시 2026-02-14 09:30") == "2026-02-14"
    assert rules.DATE_LINE.match("등록일시 2026-02-14 09:30")


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


def test_a_reporter_s_name_field_names_the_author_without_a_title_after_it() -> None:
    m = rules.AUTHOR_FIELD.match("기자명 남궁현")
    assert m is not None and m["name"] == "남궁현"
    assert rules.AUTHOR_FIELD.match("기자명 : 하다은") is not None
    article = parse_text(
        "편의점 도시락 가격 1년 새 12% 올라\n\n기자명 남궁현\n입력 2026.11.03 06:00\n\n"
        "편의점 도시락 값이 1년 새 평균 12% 올랐다.\n\n업계는 실속형 도시락을 내놓을 계획이다.\n"
    )
    assert (article.title, article.author) == ("편의점 도시락 가격 1년 새 12% 올라", "남궁현")


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


def test_a_picture_s_or_a_video_s_labelled_description_is_a_caption() -> None:
    for line in (
        "[영상 설명] 구청 직원들이 산책로 입구에 출입 통제선을 치고 있다.",
        "[사진 설명] 주민들이 모래주머니를 쌓고 있다.",
        "사진설명: 주민들이 모래주머니를 쌓고 있다.",
        "영상 설명 = 불어난 물에 잠긴 산책로.",
    ):
        assert rules.is_caption(line), line
    assert not rules.is_caption("[영상] 폭우에 잠긴 하천 산책로")  # a video story's headline
    assert not rules.is_caption("시는 영상 설명회를 열고 주민들의 질문을 받았다.")


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


def test_a_forwarded_mail_s_headers_are_not_read_and_its_day_dates_the_story() -> None:
    mail = (
        "---------- Forwarded message ---------\nFrom: 한빛일보 <letter@example.com>\n"
        "Date: 2026년 6월 9일 (화) 오전 7:02\nSubject: [아침편지] 정년 연장 논의\nTo: <reader@example.com>\n\n\n"
        "버스 기사 정년 65세로…노사 논의 시작\n\n글 진서우 기자\n\n"
        "시내버스 기사 정년을 65세로 늘리는 논의가 시작됐다.\n\n노사는 연말까지 합의안을 내기로 했다.\n"
    )
    article = parse_text(mail)
    assert article.title == "버스 기사 정년 65세로…노사 논의 시작"
    assert (article.author, article.date) == ("진서우", "2026-06-09")
    assert not any("letter@" in p or "Subject" in p for p in _paragraphs(article))
    # the story's own date wins over the mail's
    dated = mail.replace("글 진서우 기자", "글 진서우 기자\n입력 2026.06.08 18:00")
    assert parse_text(dated).date == "2026-06-08"
    # a story whose first line names a field is no mail
    text = "제목: 정년 연장\n\n정년을 늘리는 논의가 시작됐다.\n"
    assert rules.without_mail_headers(text) == (text, None)


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("서울 집값은 12주째 올랐다(그래픽 참조).", "서울 집값은 12주째 올랐다."),
        ("가격은 5% 올랐다(표 2 참고). 거래는 줄었다.", "가격은 5% 올랐다. 거래는 줄었다."),
        (
            "공사는 2027년 완공 예정이다. (조감도 참조) 총사업비는 3000억원이다.",
            "공사는 2027년 완공 예정이다. 총사업비는 3000억원이다.",
        ),
        ("두 곡선은 엇갈렸다(아래 그래프).", "두 곡선은 엇갈렸다."),
    ],
)
def test_a_note_pointing_at_a_picture_or_a_table_is_not_read(line: str, said: str) -> None:
    assert rules.story_without_credit(line) == said


def test_a_word_of_pictures_in_brackets_with_more_in_them_is_read() -> None:
    # a gloss or an aside that only starts like a picture's note stays
    assert rules.story_without_credit("지도(地圖) 제작사는 말했다.") is None
    assert rules.story_without_credit("그는 영상(촬영 감독 김모씨)을 공개했다.") is None


@pytest.mark.parametrize(
    "line", ["서울 집값은 12주째 올랐다(전주 대비).", "입주는 2029년 예정이다 (변동 가능).", "값이 뛰었다(KB 통계)."]
)
def test_a_sentence_with_an_aside_before_its_stop_is_a_sentence(line: str) -> None:
    assert rules.is_sentence(line)
    article = parse_text(f"집값 상승세\n\n입력 2026.03.02\n\n정부가 공급을 늘린다.\n\n{line}\n\n시장은 엇갈렸다.\n")
    assert [b.kind for b in article.blocks].count("subheading") == 0


def test_a_title_with_brackets_is_still_not_a_sentence() -> None:
    assert not rules.is_sentence("집값 상승(전주 대비).")
    assert not rules.is_sentence("◇ 공급 확대(3기 신도시)")


def test_info_fields_set_side_by_side_are_apart_in_the_page_s_text() -> None:
    page = (
        '<html><body><div class="info"><span class="writer">길다온 기자</span><span class="date">등록 '
        '2027-06-14 14:20</span></div><div class="body"><p>공단은 사구를 되살리는 사업을 10년째 이어 왔다.</p>'
        "<p>올봄 흰물떼새 둥지 42개가 확인됐다고 14일 밝혔다.</p></div></body></html>"
    )
    assert "길다온 기자 등록 2027-06-14" in html.page_text(page)
    assert parse_html(page).date == "2027-06-14"
    # inline marks inside a word are not fields: no space is put between them
    assert "강조된낱말" in html.page_text("<p><b>강조된</b><i>낱말</i>이다.</p>")


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


def test_a_list_item_s_pictograph_is_not_read() -> None:
    assert rules.without_emoji_bullet("✅ 처음 30분은 무료로 제공된다.") == "처음 30분은 무료로 제공된다."
    assert rules.without_emoji_bullet("📍 대여소 300곳을 늘린다.") == "대여소 300곳을 늘린다."
    assert rules.without_emoji_bullet("1년 정기권 ✅ 할인") == "1년 정기권 ✅ 할인"
    assert rules.without_emoji_bullet("- 1~4호선: 평시 운행") == "- 1~4호선: 평시 운행"


def _wire_story(after: str) -> Article:
    """An updated wire story: its lead, (끝), then ``after``, then the copyright line."""
    head = "의성 산불 주불 진화(종합2보)\n\n송고시간 2027-03-22 16:40\n\n"
    lead = "(의성=한빛뉴스) 표서하 기자 = 경북 의성군 야산에서 난 산불의 주불이 18시간 만에 잡혔다."
    return parse_text(f"{head}{lead}\n\n주민 340명이 마을회관 등으로 몸을 피했다.\n\n(끝)\n\n{after}\n\nⓒ 한빛뉴스\n")


def test_a_wire_s_dispatch_after_its_end_mark_is_the_story_updated() -> None:
    added = _wire_story("(의성=한빛뉴스) 표서하 기자 = 산림청은 산불 영향 구역을 120㏊로 추정한다고 덧붙였다.")
    assert _paragraphs(added)[-1] == "산림청은 산불 영향 구역을 120㏊로 추정한다고 덧붙였다."
    # a line under (끝) that is no dispatch of the wire's is not read
    other = _wire_story("이 기사에 대한 의견을 남겨주세요.")
    assert _paragraphs(other)[-1] == "주민 340명이 마을회관 등으로 몸을 피했다."


def test_a_correction_under_the_copyright_line_is_read_with_its_label() -> None:
    story = "베트남에 법인을 세운 국내 중소기업이 1천곳을 넘어섰다.\n\n진출 기업의 절반은 제조업체였다."
    notice = "이 기사의 첫 보도에서 법인 수를 '150곳'으로 적었으나 '510곳'이 맞아 바로잡습니다."
    top = f"중소기업 1천곳 돌파\n\n입력 : 2027-02-02\n\n{story}\n\nⓒ 한빛타임스 무단전재 금지\n\n"
    for label in ("Correction", "[바로잡습니다]"):
        blocks = [(b.kind, b.text) for b in parse_text(f"{top}{label}\n{notice}\n").blocks]
        assert blocks[-2][0] == "heading"
        assert blocks[-1] == ("paragraph", notice)
    # what else stands under the copyright line is still not read
    tail = parse_text(f"{top}많이 본 뉴스\n1 {notice}\n")
    assert _paragraphs(tail)[-1] == "진출 기업의 절반은 제조업체였다."


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


def test_a_pull_quote_in_a_blockquote_repeating_the_story_is_not_read() -> None:
    page = (
        "<html><body><article><h1>골목 책방의 하루</h1>"
        "<p>책방 주인은 5년 전 회사를 그만두고 이곳을 열었다. 그는 사람을 만나는 일이 좋아서 시작했다고 말했다.</p>"
        "<blockquote><p>\u201c사람을 만나는 일이 좋아서 시작했다\u201d</p></blockquote>"
        "<p>고양이를 보러 왔던 아이가 몇 년 뒤 혼자 책을 사러 오기도 한다는 것이다.</p>"
        "<blockquote><p>고양이를 보러 왔던 아이가 몇 년 뒤 혼자 책을 사러 오기도 한다</p></blockquote>"
        "<p>책방은 이달부터 주말 낭독회를 연다.</p>"
        "<blockquote><p>낭독회는 매주 토요일 오후 3시에 열린다.</p></blockquote>"
        "</article></body></html>"
    )
    article = parse_html(page)
    texts = [b.text for b in article.blocks]
    assert sum("좋아서 시작했다" in t for t in texts) == 1
    assert sum("혼자 책을 사러" in t for t in texts) == 1
    assert "낭독회는 매주 토요일 오후 3시에 열린다." in texts  # a quote saying what no paragraph says is read
    # a pull quote a class names so, in words close to the story's
    named = page.replace("<blockquote><p>낭독회는", "<div class='pull-quote'><p>낭독회는").replace(
        "열린다.</p></blockquote>", "열린다.</p></div>"
    )
    assert not any("낭독회는 매주" in b.text for b in parse_html(named).blocks)


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


@pytest.mark.parametrize("mark", ["글·사진 김새론 여행작가", "글 김새론 칼럼니스트", "글 김새론 교수"])
def test_a_writer_s_mark_with_a_writer_s_title_over_the_story_is_its_byline(mark: str) -> None:
    article = parse_text(
        f"[여행] 섬진강 벚꽃길\n\n{mark}\n2026.04.08\n\n"
        "섬진강을 따라 벚꽃길이 40km 이어진다. 올해는 꽃이 일주일 일찍 피었다.\n\n"
        "주말에는 하루 3만명이 찾는다. 군은 임시 주차장을 두 곳 더 열었다.\n"
    )
    assert article.title == "[여행] 섬진강 벚꽃길"
    assert article.author == "김새론"
    assert not any("김새론" in b.text for b in article.blocks)


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


@pytest.mark.parametrize(
    "headline",
    ["[인터뷰] 배터리 연구 20년 외길 걸어온 과학자", "[인터뷰] 배터리 연구 20년…한빛과학기술원 오정민 교수"],
)
def test_a_tagged_headline_first_on_a_page_with_no_date_is_the_headline(headline: str) -> None:
    # [인터뷰] also marks a script's turn; first on the page, over the story, it is the headline
    article = parse_text(
        f"{headline}\n\n오정민 교수는 20년 동안 배터리를 연구했다. 그는 새 소재를 개발했다고 밝혔다.\n"
    )
    assert article.title == headline
    assert [b.kind for b in article.blocks] == ["title", "paragraph"]


def test_a_headline_ending_with_whom_it_is_about_is_no_signature() -> None:
    assert rules.writer_signature("배터리 연구 20년…한빛과학기술원 오정민 교수") is None
    assert rules.writer_signature("'배터리 외길' 오정민 교수") is None
    assert rules.writer_signature("/김민준 한빛대 교육학과 교수") is not None


def test_an_image_s_written_out_description_is_not_read() -> None:
    article = parse_text(
        "폭염 대처법\n\n2026.07.21\n여하늘 기자\n\n"
        "이미지 설명: 카드뉴스 1번째 장, 물병 그림\n1. 물을 자주 마시세요.\n\n"
        "[이미지 설명] 카드뉴스 2번째 장, 양산을 쓴 사람\n2. 양산으로 햇볕을 가리세요.\n"
    )
    assert _paragraphs(article) == ["1. 물을 자주 마시세요.", "2. 양산으로 햇볕을 가리세요."]
    assert not rules.CAPTION_START.match("이미지 속 인물이 누구인지는 밝혀지지 않았다.")


def test_a_korean_edition_s_byline_with_the_name_after_by_is_a_byline() -> None:
    m = rules.BYLINE_LINE.match("배소율 기자 (By Bae So-yul)")
    assert m is not None and m["name"] == "배소율"
    assert rules.BYLINE_LINE.match("배소율 기자 (By Bae So-yul)가 썼다.") is None


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


def test_a_series_label_over_the_headline_is_not_the_headline() -> None:
    article = parse_text(
        "[연중기획] 지방소멸 ③\n청년이 떠난 자리, 외국인 주민이 채운다\n\n2026.05.19\n공하람 기자\n\n"
        "읍내 식당 주방은 외국인 주민이 지킨다. 10년 전만 해도 드문 풍경이다.\n\n"
        "군은 한국어 교실을 늘리고 있다. 통역 창구도 새로 열었다.\n"
    )
    assert article.title == "청년이 떠난 자리, 외국인 주민이 채운다"
    assert rules.is_series_label("[창간기획] 바다의 미래 (2)") and rules.is_series_label("<기획> 청년 일자리 3부")
    assert not rules.is_series_label("[사라지는 마을③] 폐교 자리에 들어선 마을 부엌")


@pytest.mark.parametrize(
    "note", ["*윤재희 교수는 한빛대에서 도시 기후 정책을 연구하고 있다.", "※ 필자는 한빛대 도시공학과 교수다."]
)
def test_a_starred_note_about_the_writer_under_a_column_is_not_read(note: str) -> None:
    story = (
        "도시가 기후에 먼저 맞서야 한다. 폭염은 도시에서 사람을 만난다.\n\n"
        "시장에게 예산을 줘야 한다. 부처보다 빠르다.\n\n"
    )
    article = parse_text(f"[기고] 기후 적응은 도시의 일이다\n\n2026.10.14\n윤재희 한빛대 교수\n\n{story}{note}\n")
    assert len(_paragraphs(article)) == 2
    # a starred line about someone else is the story's
    other = parse_text(f"[기고] 기후 적응\n\n2026.10.14\n윤재희 한빛대 교수\n\n{story}*박도윤 시장은 예산을 늘렸다.\n")
    assert _paragraphs(other)[-1] == "*박도윤 시장은 예산을 늘렸다."


def test_a_writer_s_mark_after_the_last_sentence_is_the_byline() -> None:
    m = rules.byline_at_end("오늘의 레터는 여기까지입니다. 글 편지민 에디터")
    assert m is not None and m["name"] == "편지민"
    article = parse_text(
        "전기차 보조금이 바뀝니다\n\n2026.02.03\n\n올해 보조금은 최대 580만원입니다. 지난해보다 줄었습니다.\n\n"
        "지역 보조금은 따로 확인해야 합니다. 오늘은 여기까지입니다. 에디터 권나래\n"
    )
    assert article.author == "권나래"
    assert "권나래" not in article.text
    assert rules.byline_at_end("그는 글을 쓴다. 글 솜씨가 좋다") is None


def test_a_foreign_writer_s_name_of_two_words_before_the_institution_is_the_name() -> None:
    m = rules.writer_signature("마리아 로엔 한빛국제도시연구소 선임연구원")
    assert m is not None and rules.signer(m) == "마리아 로엔"
    korean = rules.writer_signature("김민준 한빛대 교육학과 교수")
    assert korean is not None and rules.signer(korean) == "김민준"
    # a title between the name and the institution is no part of the name
    lawyer = rules.writer_signature("홍길동 변호사 법무법인 한빛 대표")
    assert lawyer is None or rules.signer(lawyer) == "홍길동"


def test_a_table_s_cells_read_from_the_page_are_not_run_together() -> None:
    text = html.page_text(
        "<html><body><table><tr><th>항목</th><th>내용</th></tr><tr><th>담당부서</th><td>일자리정책과</td></tr>"
        "<tr><td>모집인원</td><td>120명</td></tr><tr><td>2026</td><td>120명</td></tr></table></body></html>"
    )
    assert text.splitlines() == ["항목 내용", "담당부서: 일자리정책과", "모집인원: 120명", "2026 120명"]


@pytest.mark.parametrize(
    "board",
    [
        "제목: 공공근로사업 참여자 모집 공고\n담당부서: 일자리정책과\n등록일 2026-12-10\n",
        # the board's own fields, more of them than the notice's: they say nothing of the notice
        "제목: 공공근로사업 참여자 모집 공고\n분류: 일자리\n공고번호: 제2026-512호\n담당부서: 일자리정책과\n"
        "담당자: 주무관 한지수\n등록일: 2026-12-10\n",
    ],
    ids=["few-board-fields", "more-board-fields"],
)
def test_a_notice_told_in_fields_only_reads_its_fields(board: str) -> None:
    fields = ["사업기간: 2027년 1월 5일부터 6월 30일까지", "모집인원: 120명", "신청방법: 행정복지센터 방문 신청"]
    page = f"한빛시청 고시공고 민원\n고시공고\n{board}항목 내용\n" + "\n".join(fields) + "\n이전글 다음글 목록\n"
    article = parse_text(page)
    assert _paragraphs(article) == fields
    assert article.title == "공공근로사업 참여자 모집 공고"  # the title field's value, without its label
    assert rules.is_board_field("조회수") and not rules.is_board_field("모집인원")


def _blocks(article: Article) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in article.blocks]


_LEAD = "한빛시는 18일 도심 공원 5곳의 야간 개장 시간을 밤 10시까지 늘린다고 밝혔다.\n\n"


def test_a_live_entry_marked_before_its_time_is_read_without_the_time() -> None:
    page = (
        "[LIVE] 한빛 국제마라톤 대회\n\n2026.10.18 07:00\n\n"
        "18일 한빛시 도심에서 열리는 마라톤 대회 소식을 실시간으로 전합니다.\n\n"
        "▶10:25 남자부 우승은 키마니 선수가 차지했다. 대회 최고 기록이다.\n\n"
        "■ 09:50 선두 그룹이 30㎞ 지점을 지났다.\n\n"
        "▶ 관련기사 마라톤 코스 교통 통제 안내\n"
    )
    said = _paragraphs(parse_text(page))
    assert said[1:] == ["남자부 우승은 키마니 선수가 차지했다. 대회 최고 기록이다.", "선두 그룹이 30㎞ 지점을 지났다."]
    # a programme's items, marked and timed, say no sentence: they keep their times
    programme = "▶ 14:00 개회식\n▶ 15:00 거리 공연\n▶ 19:00 불꽃놀이\n\n시는 관람객 10만 명이 찾을 것으로 본다.\n"
    said = _paragraphs(parse_text(f"한빛 축제 개막\n\n2026.10.18\n\n주요 일정은 다음과 같다.\n\n{programme}"))
    assert said[1:4] == ["▶ 14:00 개회식", "▶ 15:00 거리 공연", "▶ 19:00 불꽃놀이"]


def test_footnote_marks_set_above_the_line_and_their_notes_are_not_read() -> None:
    page = (
        "1인 가구 식비 40% 늘었다\n\n입력 2026.08.24 06:00\n\n"
        "1인 가구의 월평균 식비는 48만원으로 41.2% 많았다¹. 전체 가구보다 크게 늘었다.\n\n"
        "특히 배달 음식 지출이 두 배 가까이 늘었다.² 전용면적 84m² 아파트 관리비도 올랐다.\n\n"
        "주석\n¹ 한빛통계연구소, '1인 가구 소비 지출 동향', 2026.\n² 배달 앱 결제분만 집계했다.\n"
    )
    assert _paragraphs(parse_text(page)) == [
        "1인 가구의 월평균 식비는 48만원으로 41.2% 많았다. 전체 가구보다 크게 늘었다.",
        "특히 배달 음식 지출이 두 배 가까이 늘었다. 전용면적 84m² 아파트 관리비도 올랐다.",  # a unit's power stays
    ]


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


def test_a_date_s_word_is_no_author_and_a_writer_box_names_the_writer_over_the_title() -> None:
    assert html._author("입력", "") is None
    assert html._author("최서연 기자", "") == "최서연"
    column = (
        "<html><head><title>골목에 벤치 하나를 놓는 일 - 한빛신문</title></head><body><article>"
        "<h1>골목에 벤치 하나를 놓는 일</h1><div class='byline'>입력 2026.09.09 05:00</div><div class='body'>"
        "<p>우리 동네 골목 어귀에 벤치가 하나 생겼다. 누가 놓았는지 모를 낡은 나무 벤치다.</p>"
        "<p>큰 예산이 드는 광장보다 골목마다 벤치 하나를 놓는 일부터 시작하면 어떨까.</p></div>"
        "<div class='writer-box'><strong>김하람</strong><p>한빛대 도시계획학과 교수</p>"
        "<p>저서 『느린 도시』 『골목의 시간』</p></div></article></body></html>"
    )
    article = parse_html(column)
    assert article.author == "김하람"
    assert not any("저서" in p for p in _paragraphs(article))


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
    assert article.date == "2026-04-03"
    assert rules.POST_HANDLE.match("마서윤 @seoyun.violin") is not None
    assert rules.POST_HANDLE.match("문의 help@hanbit.example") is None  # an address, not a handle


def test_a_table_drawn_with_box_characters_is_not_read_and_gives_its_date() -> None:
    page = (
        "┌────────┬──────────┐\n│ 보도자료 │ 배포일시 │ 2026. 5. 12.(화) 10:00 │\n"
        "│        │ 담당부서 │ 한빛시 기후환경과 │\n└────────┴──────────┘\n\n"
        "한빛시, 폐현수막으로 장바구니 1만 개 만든다\n\n"
        "한빛시는 폐현수막 8톤으로 장바구니 1만 개를 만들어 전통시장에 나눠 준다고 12일 밝혔다.\n"
    )
    article = parse_text(page)
    assert article.title == "한빛시, 폐현수막으로 장바구니 1만 개 만든다"
    assert article.date == "2026-05-12"
    assert len(_paragraphs(article)) == 1


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


def test_a_pull_quote_set_apart_with_no_quotation_marks_is_not_read() -> None:
    page = (
        "골목에 벤치 하나를 놓는 일\n\n입력 2026.09.09 05:00\n\n"
        "우리 동네 골목 어귀에 벤치가 하나 생겼다. 누가 놓았는지 모를 낡은 나무 벤치다.\n\n"
        "앉을 곳이 없는 거리는 머무르는 사람을 내쫓는다\n\n"
        "도시는 걷는 사람에게 인색했다. 앉을 곳이 없는 거리는 머무르는 사람을 내쫓는다. 변화는 작지 않다.\n\n"
        '주민 이모(71)씨는 "벤치 덕분에 동네가 다시 살아났다"고 말했다.\n\n'
        "벤치 덕분에 동네가 다시 살아났다\n\n"
        "시는 내년까지 골목 벤치 200개를 더 놓기로 했다.\n\n"
        "골목 벤치 200개 더 놓는다\n\n"
        "시는 벤치마다 그늘막을 함께 설치한다. 예산은 3억원이다.\n"
    )
    blocks = _blocks(parse_text(page))
    assert ("paragraph", "앉을 곳이 없는 거리는 머무르는 사람을 내쫓는다") not in blocks
    assert not any(kind == "heading" and "살아났다" in text for kind, text in blocks)
    assert ("heading", "골목 벤치 200개 더 놓는다") in blocks  # its own words: a subheading
    assert len([k for k, _ in blocks if k == "paragraph"]) == 5
