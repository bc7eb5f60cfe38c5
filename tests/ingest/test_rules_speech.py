"""Interviews, broadcast scripts, transcripts, quotes and speakers."""

from __future__ import annotations

import pytest

from newsread.ingest import parse_html, parse_text, rules

from .helpers import blocks_of as _blocks
from .helpers import paragraphs_of as _paragraphs


def test_broadcast_marker_on_the_same_line_as_the_speech() -> None:
    text = "폭설에 도로 통제\n\n[앵커] 밤사이 많은 눈이 내렸습니다.\n\n<기자> 도로 곳곳이 통제됐습니다.\n"
    assert [t for _, t in _blocks(parse_text(text))][1:] == [
        "밤사이 많은 눈이 내렸습니다.",
        "도로 곳곳이 통제됐습니다.",
    ]


@pytest.mark.parametrize("marker", ["[리포터]", "[리포터 스탠드업]", "<리포터 리포트>", "◀ 리포터 ▶"])
def test_a_reporter_on_the_scene_s_marker_is_not_read(marker: str) -> None:
    text = f"장터에 봄나물\n\n[앵커]\n장터에 봄나물이 나왔습니다.\n\n{marker}\n냉이와 달래가 한가득입니다.\n"
    assert [t for _, t in _blocks(parse_text(text))][1:] == [
        "장터에 봄나물이 나왔습니다.",
        "냉이와 달래가 한가득입니다.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "(리포터 출신) 방송인 남하율 씨도 무대에 올랐다.",
        "(기자 출신) 김철수 의원은 법안을 다시 냈다.",
        "(앵커 출신) 이영희 대변인은 즉답을 피했다.",
        "[기자 시절] 그가 쓴 기사는 지금도 회자된다.",
    ],
)
def test_a_bracket_naming_a_former_job_is_no_script_marker(line: str) -> None:
    assert rules.strip_marker(line) == line
    text = f"한빛시 새 얼굴들\n\n행사는 어제 열렸다. 많은 이들이 모였다.\n\n{line}\n"
    assert _blocks(parse_text(text))[-1] == ("paragraph", line)


@pytest.mark.parametrize("placeholder", ["[기자 사진]", "[필자 사진]", "<저자 사진>", "(칼럼니스트 사진)"])
def test_the_placeholder_of_a_writer_s_photo_is_not_read_nor_taken_for_the_writer(placeholder: str) -> None:
    assert rules.is_chrome(placeholder)
    text = (
        f"[기자수첩] 공원 벤치는 왜 사라졌나\n\n{placeholder}\n윤바다 기자\n\n"
        "한빛시 중앙공원의 벤치가 지난달 절반으로 줄었다. 노숙인이 머무는 것을 막겠다는 이유였다.\n"
    )
    article = parse_text(text)
    assert article.author == "윤바다"
    assert placeholder not in [t for _, t in _blocks(article)]


@pytest.mark.parametrize("marker", ["[기자 스탠드업]", "<앵커 멘트>", "[리포터 클로징]", "◀ 기자 리포트 ▶"])
def test_a_script_marker_with_its_cue_is_still_taken_off(marker: str) -> None:
    assert rules.strip_marker(f"{marker} 냉이와 달래가 한가득입니다.") == "냉이와 달래가 한가득입니다."


@pytest.mark.parametrize(
    "line",
    [
        "김철수 기자가 보도합니다.",
        "김철수 기자입니다.",
        "이영희 기자가 현장에서 취재했습니다.",
        "박민수 특파원이 전합니다.",
        "박지훈 기자가 현장에 다녀왔습니다.",
        "최유리 기자가 피해 농가를 만나 봤습니다.",
    ],
)
def test_anchor_hand_offs_are_not_read(line: str) -> None:
    text = f"폭설에 도로 통제\n\n[앵커]\n밤사이 많은 눈이 내렸습니다.\n\n{line}\n\n[기자]\n도로 곳곳이 통제됐습니다.\n"
    article = parse_text(text)
    assert [t for _, t in _blocks(article)][1:] == ["밤사이 많은 눈이 내렸습니다.", "도로 곳곳이 통제됐습니다."]
    assert article.author is not None and article.author in line


@pytest.mark.parametrize(
    ("line", "speech"),
    [
        ("[휴게소 운영업체 관계자 (음성변조) : 가격을 낮추기가 어렵습니다.]", "가격을 낮추기가 어렵습니다."),
        ("[시민 : 너무 비싸요.]", "너무 비싸요."),
        ("[영상취재 : 최영수]", "[영상취재 : 최영수]"),
        ("[편집자주: 이 기사는 매주 연재됩니다.]", "[편집자주: 이 기사는 매주 연재됩니다.]"),
        ('김철수(시민) : "너무 더워요."', '"너무 더워요."'),
        ("박영희(34·회사원): 출근이 걱정이에요.", "출근이 걱정이에요."),
        ("코스피(KOSPI): 2,900선 회복", "코스피(KOSPI): 2,900선 회복"),
    ],
)
def test_speech_of_a_described_speaker(line: str, speech: str) -> None:
    assert rules.strip_speaker(line) == speech


def test_interview_questions_are_paragraphs_without_their_marks() -> None:
    text = (
        "청년 농업인을 만나다\n\n청년 농업인 모임을 이끄는 회장을 만났다.\n\n"
        '―귀농한 지 얼마나 됐나.\n"2018년에 내려왔다."\n\n'
        "Q. 가장 필요한 것은?\nA. 집이다. 살 집을 구하기 어렵다.\n\n"
        '- 앞으로의 목표는.\n"청년 1000명 시대를 열고 싶다."\n'
    )
    assert _blocks(parse_text(text))[1:] == [
        ("paragraph", "청년 농업인 모임을 이끄는 회장을 만났다."),
        ("paragraph", "귀농한 지 얼마나 됐나."),
        ("paragraph", '"2018년에 내려왔다."'),
        ("paragraph", "가장 필요한 것은?"),
        ("paragraph", "집이다. 살 집을 구하기 어렵다."),
        ("paragraph", "앞으로의 목표는."),
        ("paragraph", '"청년 1000명 시대를 열고 싶다."'),
    ]


def test_an_interview_question_without_its_question_mark() -> None:
    text = (
        "AI 반도체의 미래\n\n정 대표를 만났다.\n\n―회사를 소개해 달라\n2019년 창업한 회사다.\n\n"
        "―엔비디아와 경쟁이 가능한가\n정면 승부는 어렵다.\n\nQ 올해 목표는\n매출 500억원이다.\n\n"
        "―시장 전망\n시장은 커진다.\n"
    )
    assert _blocks(parse_text(text))[1:] == [
        ("paragraph", "정 대표를 만났다."),
        ("paragraph", "회사를 소개해 달라"),
        ("paragraph", "2019년 창업한 회사다."),
        ("paragraph", "엔비디아와 경쟁이 가능한가"),
        ("paragraph", "정면 승부는 어렵다."),
        ("paragraph", "올해 목표는"),
        ("paragraph", "매출 500억원이다."),
        ("heading", "시장 전망"),  # a subheading, not a question
        ("paragraph", "시장은 커진다."),
    ]


def test_an_interview_question_may_start_with_a_number() -> None:
    text = "스트레스 DSR 문답\n\n7월부터 새 제도로 바뀐다.\n\nQ. 3단계에서는 무엇이 바뀌나.\n\nA. 세 가지가 달라진다.\n"
    assert _blocks(parse_text(text))[1:] == [
        ("paragraph", "7월부터 새 제도로 바뀐다."),
        ("paragraph", "3단계에서는 무엇이 바뀌나."),
        ("paragraph", "세 가지가 달라진다."),
    ]


def test_a_pull_quote_and_its_attribution_are_not_read() -> None:
    text = (
        "마을 도서관 다시 문 열어\n\n"
        "폐교를 고친 마을 도서관이 1일 문을 열었다. 주민 20여 명이 운영을 맡는다.\n\n"
        "“책이 있으니 사람이 모인다”\n"
        "― 김영수 협동조합 이사장\n\n"
        '주말에는 관광객도 찾는다. 이사장은 "아이들이 다시 찾아와 기쁘다"고 말했다.\n\n'
        '"아이들이 다시 찾아와 기쁘다"\n\n'
        "군은 내년에 두 곳을 더 열 계획이다."
    )
    article = parse_text(text)
    assert [t for k, t in _blocks(article) if k != "title"] == [
        "폐교를 고친 마을 도서관이 1일 문을 열었다. 주민 20여 명이 운영을 맡는다.",
        '주말에는 관광객도 찾는다. 이사장은 "아이들이 다시 찾아와 기쁘다"고 말했다.',
        "군은 내년에 두 곳을 더 열 계획이다.",
    ]


def test_a_quoted_answer_of_an_interview_is_read() -> None:
    text = (
        "[인터뷰] 귀농 10년 차 농부\n\n"
        "귀농 10년 차인 농부를 만났다. 그는 사과 농사를 짓는다.\n\n"
        "-왜 귀농했나.\n"
        '"도시의 삶이 지쳤어요. 흙을 만지고 싶었습니다."\n'
        "-힘든 점은.\n"
        '"판로예요. 직접 팔 곳을 찾는 게 가장 어렵습니다."'
    )
    paras = [t for k, t in _blocks(parse_text(text)) if k == "paragraph"]
    assert '"판로예요. 직접 팔 곳을 찾는 게 가장 어렵습니다."' in paras
    assert '"도시의 삶이 지쳤어요. 흙을 만지고 싶었습니다."' in paras


def test_an_interview_s_arrow_questions_and_equals_answers_are_read_without_their_marks() -> None:
    text = (
        "[인터뷰] 한빛베이커리 대표\n\n"
        "동네 빵집을 10년째 운영하는 대표를 만났다. 그는 매일 새벽 4시에 문을 연다.\n\n"
        "▶가게 이름은 어떻게 지었나.\n"
        "=어머니 이름에서 따왔다. 어머니가 처음 빵 굽는 법을 가르쳐 주셨다.\n\n"
        "▶ 한빛베이커리 기사 더 보기"
    )
    paras = [t for k, t in _blocks(parse_text(text)) if k == "paragraph"]
    assert paras[1:] == [
        "가게 이름은 어떻게 지었나.",
        "어머니 이름에서 따왔다. 어머니가 처음 빵 굽는 법을 가르쳐 주셨다.",
    ]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_an_interview_that_marks_questions_and_answers_alike_with_triangles_is_read_without_them(gap: str) -> None:
    text = (
        '[일문일답] 누리시장 "버스 요금 동결"\n\n'
        "누리시장이 3일 시청에서 기자회견을 열었다. 다음은 일문일답.\n\n"
        f"▲ 요금을 동결한 이유는 무엇인가?{gap}"
        f"▲ 물가가 많이 올랐다. 시민 부담을 덜어야 한다.{gap}"
        f"▲ 적자는 어떻게 메우나.{gap}"
        "▲ 노선을 조정해 비용을 줄이겠다.\n"
    )
    assert _paragraphs(parse_text(text))[1:] == [
        "요금을 동결한 이유는 무엇인가?",
        "물가가 많이 올랐다. 시민 부담을 덜어야 한다.",
        "적자는 어떻게 메우나.",
        "노선을 조정해 비용을 줄이겠다.",
    ]


def test_a_list_of_triangled_items_with_one_question_keeps_its_marks() -> None:
    text = (
        "누리시 새해 달라지는 것\n\n"
        "누리시가 새해부터 달라지는 제도를 3일 발표했다.\n\n"
        "▲ 버스 요금은 오르나?\n"
        "▲ 시내버스 요금은 1500원으로 동결된다.\n"
        "▲ 공영주차장 요금은 30분에 1000원이 된다.\n"
    )
    assert [t[0] for t in _paragraphs(parse_text(text))[1:]] == ["▲", "▲", "▲"]


@pytest.mark.parametrize(
    ("line", "speech"),
    [
        ("[A씨/치킨집 사장 (음성변조) : 다른 데서 깎아주면 똑같이 깎으래요.]", "다른 데서 깎아주면 똑같이 깎으래요."),
        ("[김모 씨/상인 : 손님이 반으로 줄었어요.]", "손님이 반으로 줄었어요."),
        ("이OO/주민 : 잠을 못 자요.", "잠을 못 자요."),
    ],
)
def test_speech_of_a_speaker_whose_name_is_withheld(line: str, speech: str) -> None:
    assert rules.strip_speaker(line) == speech


@pytest.mark.parametrize("marker", ["◀ 앵 커 ▶", "◀ 리포트 ▶", "◀ st-up ▶", "◀ END ▶", "◀INT▶", "<SYNC>"])
def test_a_local_station_s_markers(marker: str) -> None:
    assert rules.strip_marker(f"{marker} 비가 그쳤습니다.") == "비가 그쳤습니다."


def test_the_speaker_named_after_an_interview_marker_is_not_read_and_the_speech_under_it_is() -> None:
    text = (
        "반지하 침수 대책 더뎌\n\n입력 2025-06-19 20:25\n\n◀ 리포트 ▶\n반지하 주택입니다.\n\n"
        '◀ INT ▶ 이OO / 주민\n"비 예보만 나오면 잠을 못 자요."\n\n'
        '◀ SYN ▶ 한빛시 관계자(음성변조)\n"업체가 부족해서..."\n\n설치가 늦어지고 있습니다.\n'
    )
    assert [t for _, t in _blocks(parse_text(text))][1:] == [
        "반지하 주택입니다.",
        '"비 예보만 나오면 잠을 못 자요."',
        '"업체가 부족해서..."',
        "설치가 늦어지고 있습니다.",
    ]


_WORD_QA = (
    '"골목은 이유가 있어야 산다"\n\n상인회장 박정우 씨를 1일 만났다. 그는 빈 점포를 청년 가게로 채웠다.\n\n'
    "{q}\n\n{a}\n\n박정우 씨는 다음 달 골목 축제를 연다."
)


@pytest.mark.parametrize(
    ("q", "a"),
    [
        ("질문 빈 점포를 어떻게 채웠나.", "답변 임대료부터 묶었다."),
        ("질문: 빈 점포를 어떻게 채웠나", "답변: 임대료부터 묶었다."),
        ("[질문] 빈 점포를 어떻게 채웠나", "[답변] 임대료부터 묶었다."),
    ],
)
def test_questions_and_answers_marked_with_the_words_are_read_without_them(q: str, a: str) -> None:
    texts = [b.text for b in parse_text(_WORD_QA.format(q=q, a=a)).blocks]
    assert texts[2:4] == [q.split(maxsplit=1)[1], "임대료부터 묶었다."]


def test_a_sentence_that_opens_with_the_word_question_is_no_question() -> None:
    q, a = "질문 공세가 한 시간 넘게 이어졌다.", "답변은 짧았다."
    texts = [b.text for b in parse_text(_WORD_QA.format(q=q, a=a)).blocks]
    assert texts[2:4] == [q, a]


def test_a_poem_quoted_over_its_source_is_read_line_by_line() -> None:
    verse = ["강물은 흘러", "바다로 가고", "나는 남아", "강가에 선다"]
    text = (
        "[시가 있는 아침] 강가에서\n\n2026.12.01\n\n" + "\n".join(verse[:2]) + "\n\n" + "\n".join(verse[2:]) + "\n"
        "― 김시인, 「강가에서」 부분\n\n떠나는 것과 남는 것을 시인은 강물에 빗댔다.\n\n한서정 시인\n"
    )
    paragraphs = [t for k, t in _blocks(parse_text(text)) if k == "paragraph"]
    assert paragraphs[:5] == [*verse, "― 김시인, 「강가에서」 부분"]
    assert rules.POEM_SOURCE.match("- 윤새벽, '첫눈' 전문")
    assert not rules.POEM_SOURCE.match("- 윤새벽 시인")


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


def test_an_interviewer_named_by_a_name_over_each_answer_is_not_read_though_the_questions_are_short() -> None:
    article = parse_text(
        "작곡가 윤서아\n\n첫 앨범을 낸 작곡가 윤서아를 만났다.\n\n"
        "백하람: 제주로 간 이유는.\n윤서아: 도시에서는 소리가 너무 많았다. 조용한 곳이 필요했다.\n\n"
        "백하람: 다음 계획은.\n윤서아: 내년 봄 제주의 작은 공연장들을 돌며 공연할 생각이다.\n"
    )
    assert _paragraphs(article)[1:] == [
        "제주로 간 이유는.",
        "도시에서는 소리가 너무 많았다. 조용한 곳이 필요했다.",
        "다음 계획은.",
        "내년 봄 제주의 작은 공연장들을 돌며 공연할 생각이다.",
    ]
    # a name labelling one short line under a turn is no interviewer's (a field, a caption's)
    once = parse_text(
        "작곡가 윤서아\n\n윤서아: 도시에서는 소리가 너무 많았다.\n백하람: 사진.\n\n"
        "윤서아: 내년 봄에는 공연할 생각이다.\n"
    )
    assert "백하람: 사진." in _paragraphs(once)


def test_questions_and_answers_marked_with_arrows_and_letters_read_without_the_marks() -> None:
    article = parse_text(
        "우선매수권, 어떻게 쓰나\n\n피해자가 먼저 살 수 있다. 자주 묻는 질문을 정리했다.\n\n"
        "▶Q 누가 쓸 수 있나.\n▶A 피해자로 결정된 임차인이다.\n\n▶Q 값은 얼마인가.\n▶A 최고가와 같다.\n"
    )
    turns = ["누가 쓸 수 있나.", "피해자로 결정된 임차인이다.", "값은 얼마인가.", "최고가와 같다."]
    assert _paragraphs(article)[1:] == turns


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


def test_a_bracketed_question_right_over_its_quoted_answer_is_said_as_asked() -> None:
    lines = [
        "음식 기록가를 만나다",
        "",
        "전국 골목 식당 300곳을 다니며 맛을 기록해 온 음식 기록가를 만났다.",
        "",
        "**[왜 골목 식당인가]**",
        '"큰 식당은 누가 기록하지 않아도 남아요. 골목 식당은 문을 닫으면 그 맛도 사라지죠."',
        "",
        "【가장 기억에 남는 곳은】",
        '"바닷가 마을의 칼국숫집이요. 다음 달 문을 닫으셨어요."',
    ]
    blocks = set(_blocks(parse_text("\n".join(lines))))
    assert {("paragraph", "왜 골목 식당인가"), ("paragraph", "가장 기억에 남는 곳은")} <= blocks
    assert all(kind != "heading" and "*" not in said for kind, said in blocks)


def test_a_bracketed_subheading_over_running_text_stays_a_subheading() -> None:
    text = "유가 급등\n\n유가가 급등하고 있다.\n\n[정부 대책은]\n정부는 유류세 인하를 검토한다.\n"
    assert ("heading", "정부 대책은") in _blocks(parse_text(text))


@pytest.mark.parametrize(
    "headline",
    [
        "[저녁 브리핑] 5월 16일",
        "[부고] 12.7(월)",
        "[아침 브리핑] 2026년 5월 16일 목요일",
        # a day in the other ways a page writes it, with its weekday, its hour, or a week or a month alone
        "[저녁 브리핑] 16일",
        "[저녁 브리핑] 16일(금)",
        "<저녁 브리핑> 5/16",
        "[저녁 브리핑] 5.16(금)",
        "[저녁 브리핑] 5월 16일 (금)",
        "[저녁 브리핑] 5월16일자",
        "[저녁 브리핑] 5월 16일 오후 6시",
        "[저녁 브리핑] 5월 16일 저녁",
        "[주간 브리핑] 5월 셋째 주",
        "[아침 브리핑] 12월 1주차",
        "[월간 리포트] 2026년 5월",
    ],
)
def test_a_headline_that_would_be_only_a_day_is_read_with_its_tag(headline: str) -> None:
    text = (
        f"{headline}\n2026.05.16 18:00\n\n오늘 한빛시의회는 내년도 예산안을 통과시켰다. 예산은 3조원 규모다.\n\n"
        "한빛천 산책로의 조명 교체 공사가 다음 주에 시작된다. 공사는 한 달간 이어진다.\n"
    )
    article = parse_text(text)
    assert article.blocks[0].text == headline
    assert (
        parse_text(text.replace(headline, "[단독] 5월 16일 시의회 예산 통과")).blocks[0].text
        == "5월 16일 시의회 예산 통과"
    )


@pytest.mark.parametrize(
    "label",
    [
        "[기자 메모]",
        "<기자 메모>",
        "[기자 해설]",
        "[기자 칼럼]",
        "[기자 브리핑]",
        "[앵커 논평]",
        "[앵커 한마디]",
        # any word: the label's kind is not looked up
        "[기자 단평]",
        "<앵커 여담>",
        "(리포터 소감)",
        "◀ 기자 후일담 ▶",
    ],
)
def test_a_bracketed_label_alone_on_its_line_is_no_byline(label: str) -> None:
    text = (
        "여야 민심 잡기 총력전\n입력 2026.04.02 20:10\n[앵커]\n오늘은 민심에 관한 이야기입니다.\n"
        f"{label}\n선거를 앞두고 민심이 요동치고 있다. 여야 모두 총력전에 들어갔다.\n"
    )
    article = parse_text(text)
    assert article.author is None
    assert all(label not in t for _, t in _blocks(article))
    assert "선거를 앞두고 민심이 요동치고 있다. 여야 모두 총력전에 들어갔다." in _paragraphs(article)


@pytest.mark.parametrize(
    "label", ["[기자 메모]", "<기자 해설>", "[앵커 논평]", "[앵커 한마디]", "[기자 칼럼]", "[리포터 노트]"]
)
def test_a_column_s_label_opening_a_paragraph_is_not_read(label: str) -> None:
    assert rules.strip_marker(f"{label} 선거를 앞두고 민심이 요동친다.") == "선거를 앞두고 민심이 요동친다."
