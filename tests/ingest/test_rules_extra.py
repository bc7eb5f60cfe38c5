"""More general rules, one shape at a time: bare script labels, shared bylines, clipped sentences,
helpers' credits, boards' cells and boxes the extractor leaves out."""

from __future__ import annotations

from newsread.ingest import parse_text, rules
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
    m = rules.WRITER_MARK.match("글 설다온 기자 | 사진 표하준 기자")
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
