"""Notices, copyright lines, footnotes, boxes, links, comments and chrome around the story."""

from __future__ import annotations

import logging

import pytest

from newsread.ingest import parse_text, rules

from .helpers import blocks_of as _blocks
from .helpers import paragraphs_of as _paragraphs


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
        "※ 이 기사는 지역신문발전기금을 지원받아 작성됐습니다.",
        "※ 이 기사는 인공지능 기자가 작성한 초안을 편집자가 검토해 작성했습니다.",
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


@pytest.mark.parametrize("line", ["[연관기사] 버스 파업 내일 첫차부터", "- 관련기사: 버스 파업 내일 첫차부터"])
def test_a_labelled_link_to_another_story_is_not_read(line: str) -> None:
    text = f"버스 파업\n\n버스 노사 협상이 결렬됐다.\n\n{line}\n\n시민들은 불편을 걱정했다.\n"
    assert line not in parse_text(text).text


@pytest.mark.parametrize(
    "sentence",
    [
        "업체가 기사를 무단 복제해 팔다 적발됐다.",
        "저작권자의 허락 없이 무단으로 배포한 혐의다.",
        "네이버의 AI 요약 기술은 기사의 핵심만 골라 보여준다.",
        "AI가 요약한 판결문은 변호사가 다시 확인하는 것이 좋다고 그는 말했다.",
        "이 서비스는 음성 기능을 지원한다.",
        "주민 제보를 받은 경찰이 전화로 신고자를 찾았다.",
        "번역본과 원문을 확인한 결과 오류가 발견됐다.",
        "문의는 시 콜센터 02-2133-0000으로 하면 된다.",
        "붙임 서류를 확인했다고 밝혔다.",
        "금감원은 투자 판단의 책임은 투자자에게 있다며 주의를 당부했다.",
        "신문사는 편집 방향과 무관한 광고를 실었다고 해명했다.",
        "이 업체는 매주 월요일 고객에게 할인 쿠폰을 보낸다.",
        "구독자 전용 혜택을 늘리겠다고 밝혔다.",
        "가입하면 월 4,900원을 돌려받는다.",
        "회원만 볼 수 있는 기사를 늘렸다고 밝혔다.",
        "이하 회원 전용 주차장은 오는 5월부터 무료로 개방된다.",
        "이하 내용은 회원만 읽을 수 있도록 바꿨다고 밝혔다.",
        "남은 기사 200건은 다음 달 공개된다.",
        "나머지 분량 3,000자는 다음 호에 싣는다.",
        "남은 본문 약 1,200자는 편집 과정에서 줄였다고 밝혔다.",
        '도서관 관계자는 "도서관 회원이 되시면 전자책과 뉴스 기사를 무료로 볼 수 있습니다"라고 설명했다.',
        '그는 "유료 회원이 되시면 모든 기사를 읽을 수 있습니다"라는 문구가 과장이라고 지적했다.',
        '도서관 관계자는 "도서관 회원이 되시면 전자책과 뉴스 기사를 무료로 볼 수 있습니다"라고 설명했다.',
        "조합 측은 회원이 되시면 모든 기사를 읽을 수 있습니다고 밝혔다.",
        '안내문에는 "회원이 되시면 모든 기사를 보실 수 있습니다 (월 4,900원)"라고 적혀 있었다.',
        "남은 기사 2,000자를 보시려면 다음 호를 기다리셔야 한다고 편집장은 말했다.",
        "도서관 회원이 되면 전자책 5만 권을 무료로 읽을 수 있습니다.",
        "그 기사는 지난달 작성됐다.",
        "그는 사회부에서 교육 분야를 취재했다.",
        "전화 상담은 02-2133-0000으로 하면 된다.",
        "그는 카카오톡으로 채널을 추가해 달라고 요청했다.",
        "금감원은 리딩방의 투자 권유가 불법이라고 밝혔다.",
        "기업 후원이 좋은 기사를 만든다는 주장도 있다.",
        "시민들은 선수들을 응원했다.",
    ],
)
def test_story_sentences_about_the_same_topics_as_chrome_are_read(sentence: str) -> None:
    text = f"정부, 대책 발표\n\n정부가 대책을 발표했다.\n\n{sentence}\n\n정부는 다음 달 시행한다.\n"
    assert sentence in [b.text for b in parse_text(text).blocks]


@pytest.mark.parametrize(
    ("tail", "author"),
    [
        ("시행은 다음 달이라고 밝혔다. <저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지>", None),
        ("시행은 다음 달이라고 밝혔다.\n김철수 기자 cs@x.com <저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지>", "김철수"),
        ("시행은 다음 달이라고 밝혔다. 김철수 기자 cs@x.com ⓒ 한빛일보 무단전재 및 재배포 금지", "김철수"),
    ],
)
def test_a_copyright_notice_on_the_last_paragraph_s_line_ends_the_story_after_it(tail: str, author: str | None) -> None:
    article = parse_text(f"정부, 대책 발표\n\n정부가 대책을 발표했다.\n\n{tail}\n\n관련기사 더보기\n")
    assert [t for _, t in _blocks(article)][1:] == ["정부가 대책을 발표했다.", "시행은 다음 달이라고 밝혔다."]
    assert article.author == author


@pytest.mark.parametrize("note", ["※ 자살예방 상담전화 ☎109, 정신건강 위기상담 ☎1577-0199", "<자살예방 핫라인 ☎109>"])
def test_a_helpline_note_not_written_as_a_sentence_is_read(note: str) -> None:
    story = "정부, 대책 발표\n\n정부가 대책을 발표했다.\n\n{}\n\n김철수 기자 cs@x.com\n"
    for body in (f"{note}\n\n정부는 다음 달 시행한다.", f"정부는 다음 달 시행한다.\n\n{note}"):
        assert ("paragraph", note) in _blocks(parse_text(story.format(body)))


def test_story_text_after_the_copyright_notice_is_reported(caplog: pytest.LogCaptureFixture) -> None:
    text = (
        "정부, 대책 발표\n\n정부가 대책을 발표했다.\n\n무단전재 및 재배포 금지\n\n"
        "다른 기사의 첫 문장이 여기 길게 이어진다. 이 문장은 읽히지 않는다는 것을 알려야 한다고 본다.\n"
        "또 다른 기사의 문장도 길게 이어진다. 역시 읽히지 않는다는 것을 알려야 한다고 보는 것이다.\n"
        "세 번째 문장도 충분히 길게 써서 모두 합쳐 이백 자를 넘도록 만든다고 한다. 그렇게 한다.\n"
    )
    with caplog.at_level(logging.WARNING):
        article = parse_text(text)
    assert "다른 기사" not in article.text
    assert any("after the copyright notice" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    "line",
    [
        "[영상취재 최영수 / 영상편집 한지민 / 영상디자인 박소연]",
        "촬영기자:최영수/영상편집:한지민/그래픽:박소연",
        "영상취재 : 최영수 기자",
        "(영상편집 : 한지민)",
        "#MBN #전세보증보험 #김철수기자",
        "붙임 1. 청년 월세 지원 사업 개요 1부.",
        "문의: 청년정책과 주거지원팀 02-2133-0000",
        "본문 듣기",
        "기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.",
        "━━━━━━━━━━",
        "◆ ◆ ◆",
        "※ 본 기사는 한빛뉴스의 편집 방향과 무관하게 작성되었으며 투자 판단의 책임은 투자자 본인에게 있습니다.",
        "*본 기사는 인공지능(AI) 번역 도구를 이용해 번역한 뒤 편집자의 검수를 거쳤습니다.",
        "이 기사는 유료 구독자 전용입니다.",
        "이하 유료 회원 전용 기사입니다.",
        "이 기사의 나머지 내용은 유료 구독자만 읽을 수 있습니다.",
        "▶ 이하 기사는 유료 회원만 볼 수 있습니다.",
        "이하 내용은 프리미엄 구독자 전용입니다.",
        "남은 기사 2,300자",
        "(남은 분량 약 900자) 로그인하고 이어 읽기",
        "유료 회원이 되시면 모든 기사를 제한 없이 읽을 수 있습니다.",
        "멤버십 회원이 되시면 지난 기사까지 모두 보실 수 있습니다.",
        "▶ 지금 유료 회원이 되시면 모든 뉴스를 보실 수 있습니다!",
        "남은 본문 약 2,000자 ▶ 구독하기",
        "남은 기사 1,480자를 보시려면 로그인하세요",
        "나머지 기사 900자를 읽으시려면 구독해 주세요.",
        "남은 분량 약 2,300자를 보시려면 회원으로 가입하세요.",
        "유료 회원이 되시면 모든 기사를 제한 없이 읽을 수 있습니다. 지금 가입하세요!",
        "회원이 되시면 더 많은 기사를 보실 수 있습니다 (월 4,900원)",
        "멤버십 회원이 되시면 모든 콘텐츠를 이용하실 수 있습니다. 월 9,900원",
        "구독자가 되시면 지난 기사까지 읽으실 수 있습니다 ▶ 구독하기",
        "구독하고 프리미엄 기사를 무제한으로 읽어보세요.",
        "이미 구독 중이신가요? 로그인",
        "매주 월요일 아침, 경제 흐름을 한눈에 정리해 보내드립니다.",
        "수신을 원하지 않으시면 수신거부를 눌러주세요.",
        "구독 신청",
        "View this post on Instagram",
        "A post shared by 루미너스 (@luminous.official)",
        "— LUMINOUS (@luminous_official) September 2, 2026",
        "This article was translated by AI.",
        "[AI 번역]",
        "※ 이 기사는 2026년 5월 4일 오후 3시에 작성됐습니다.",
        "[이 기사는 한빛일보 지면에 실린 기사입니다]",
        "※ 이 기사는 한빛일보 3월 4일자 2면에 실렸습니다.",
        "이 기사는 프리미엄 구독 서비스 '한빛 플러스'에 먼저 게재됐습니다.",
        "구독하기 누르고 관련 소식 받아보세요",
        "기자 구독하고 새 기사 알림 받기",
        "네이버 메인에서 한빛일보를 구독하세요",
        "지금 가입하면 월 4,900원",
        "로그인하고 계속 읽기",
        "이 기사는 회원만 볼 수 있습니다",
        "[화면출처 유튜브 '한빛TV']",
        "(자료화면: 한빛시)",
        "사회부에서 교육과 복지를 취재합니다.",
        "※ 사진은 기사 내용과 직접적인 관련이 없습니다.",
        "(위 사진은 기사와 무관함)",
        "※ 투자 판단에 대한 책임은 투자자 본인에게 있습니다.",
        "※ 이 기사는 특정 종목에 대한 투자 권유가 아닙니다.",
        "해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다.",
        "※ 기사 내용과 관련 없는 사진입니다.",
        "※ '당신의 제보가 뉴스가 됩니다'",
        "[카카오톡] YTN 검색해 채널 추가",
        "[전화] 02-398-8585",
        "카카오톡 : 'KBS제보' 검색, 채널 추가",
        "전화 : 02-781-1234, 4444",
        "남궁윤 기자는 경제부에서 금융을 담당하고 있습니다.",
        "[영상] 현장 영상 보기",
        "한국어 English 中文 日本語",
        "Google 번역",
        "음성재생 설정",
        "이동 통신망에서 음원 재생 시 데이터 요금이 발생할 수 있습니다.",
        "글씨크기 조절하기",
        "가장 작은 글씨",
        "SNS 공유 더보기",
        "기사 저장",
        "기사 잘 보셨나요? 독자님의 후원이 좋은 기사를 만듭니다.",
        "[후원하기]",
        "좋은 기사 응원하기",
        "이 기자의 다른 기사 보기",
        "이 기사가 좋으셨다면 오마이뉴스를 응원해주세요.",
        "여러분의 참여로 만드는 뉴스입니다",
        "이미지 확대보기",
        "원본보기",
        "AI가 요약한 내용으로, 전체 맥락을 이해하려면 기사 본문을 함께 확인하는 것이 좋습니다.",
        "AI로 요약된 내용입니다. 정확한 내용은 본문을 확인해 주세요.",
    ],
)
def test_more_chrome(line: str) -> None:
    assert rules.is_chrome(line)


@pytest.mark.parametrize(
    "note",
    [
        "편집자주\n금리 인하 이후 돈이 어디로 가는지 살펴본다.\n\n",
        "[편집자주] 금리 인하 이후 돈이 어디로 가는지 살펴본다.\n\n",
        "[편집자주: 금리 인하 이후 돈이 어디로 가는지 살펴본다.]\n\n",
    ],
)
def test_an_editors_note_is_not_read(note: str) -> None:
    text = f"예금 금리 2%대로\n\n{note}정기예금 금리가 연 2%대로 내려앉았다.\n\n예금자들이 대안을 찾고 있다.\n"
    assert [t for _, t in _blocks(parse_text(text))] == [
        "예금 금리 2%대로",
        "정기예금 금리가 연 2%대로 내려앉았다.",
        "예금자들이 대안을 찾고 있다.",
    ]


def test_a_portals_summary_box_is_not_read_and_a_summary_button_eats_nothing() -> None:
    story = "정부가 숙박 할인 쿠폰을 배포한다.\n쿠폰은 선착순으로 20만 장이 풀린다.\n"
    boxed = (
        "숙박 할인 시작\n자동요약\n기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.\n"
        "정부가 쿠폰을 배포한다.\n쿠폰은 20만 장이다.\n닫기\n"
    )
    assert [t for _, t in _blocks(parse_text(boxed + story))][1:] == story.splitlines()
    button = "숙박 할인 시작\n본문 요약봇\n" + story  # the box is closed: the story follows the button
    assert [t for _, t in _blocks(parse_text(button))][1:] == story.splitlines()


def test_a_portals_summary_box_closed_by_a_blank_line_is_not_read_and_the_story_under_it_is() -> None:
    story = ["정부가 숙박 할인 쿠폰을 배포한다.", "쿠폰은 선착순으로 20만 장이 풀린다.", "신청은 다음 달부터다."]
    text = (
        "숙박 할인 시작\n\n자동요약\n기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.\n\n"
        "정부가 쿠폰을 배포한다.\n쿠폰은 20만 장이다.\n\n" + "\n\n".join(story) + "\n"
    )
    assert _paragraphs(parse_text(text)) == story


@pytest.mark.parametrize(
    "lead",
    [
        # the lead hard-wrapped under the summary's button: no line of it is one sentence
        [
            "한빛시가 내년도 본예산을 4조 2천억 원 규모로 편성했다고",
            "7일 밝혔다. 올해보다 8% 늘어난 규모로 복지 예산이",
            "처음으로 1조 원을 넘었다.",
        ],
        ["정부가 숙박 할인 쿠폰을 다음 달부터", "선착순으로 20만 장 배포한다."],
        # each line ends on a stop, but one runs on past its first sentence
        ["시는 청년 일자리 사업에 1,200억 원을 배정했다.", "도로 분야도 늘었다. 교통 분야에는 3,000억 원이 들어간다."],
    ],
)
def test_a_wrapped_lead_under_a_summary_button_is_read(lead: list[str]) -> None:
    text = "한빛시 내년 예산 편성\n\nAI 요약\n" + "\n".join(lead) + "\n\n시의회는 15일 예산안을 심의한다.\n"
    said = " ".join(_paragraphs(parse_text(text)))
    for sentence in " ".join(lead).split(". "):
        assert sentence.rstrip(".") in said


def test_readers_comments_end_the_story_without_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    comments = "".join(
        f"독자{i} 2025-04-14 19:1{i}\n좋은 소식이네요. 우리 동네에도 이런 학교가 생기면 좋겠습니다.\n추천 3\n"
        for i in range(5)
    )
    text = (
        "폐교가 유학센터로\n\n공주의 한 폐교가 농촌 유학센터로 다시 태어난다.\n\n"
        f"시는 다음 달 개관한다고 밝혔다.\n\n댓글 5\n로그인 후 댓글을 남길 수 있습니다.\n{comments}"
        "저작권자 ⓒ 충청투데이 무단전재 및 재배포 금지\n"
    )
    with caplog.at_level(logging.WARNING):
        article = parse_text(text)
    assert [t for _, t in _blocks(article)][1:] == [
        "공주의 한 폐교가 농촌 유학센터로 다시 태어난다.",
        "시는 다음 달 개관한다고 밝혔다.",
    ]
    assert not caplog.records


def test_a_comment_count_above_the_story_does_not_end_it() -> None:
    text = (
        "폐교가 유학센터로\n\n도시 학생들이 시골 학교에 다닌다.\n정수아 기자\n댓글 3\n\n"
        "공주의 한 폐교가 도시 학생들이 한 학기 동안 생활하며 공부하는 농촌 유학센터로 다시 태어난다.\n\n"
        "시는 지난 2019년 문을 닫은 분교를 고쳐 다음 달 유학센터로 개관한다고 14일 밝혔다.\n"
    )
    texts = [t for _, t in _blocks(parse_text(text))]
    assert texts[-1] == "시는 지난 2019년 문을 닫은 분교를 고쳐 다음 달 유학센터로 개관한다고 14일 밝혔다."


@pytest.mark.parametrize(
    "line",
    [
        "이 기사의 저작권은 한빛일보에 있습니다. 무단 복제 및 재배포를 금합니다.",
        "본 기사는 저작권법의 보호를 받습니다.",
        "한빛일보의 모든 콘텐츠는 저작권법의 보호를 받는 바, 무단 전재, 복사, 배포 등을 금합니다.",
        "무단전재·재배포 금지 | AI 학습 이용 금지",
        "본 콘텐츠의 저작권은 제공처에 있으며, 이를 무단 이용하는 경우 저작권법 등에 따라 법적책임을 질 수 있습니다.",
        "All rights reserved.",
        "[ⓒ 한빛일보 & hanbit.example, 무단전재-재배포 금지]",
    ],
)
def test_copyright_notices(line: str) -> None:
    assert rules.is_copyright(line)


@pytest.mark.parametrize(
    "line", ["개정안은 AI 학습용 무단 복제를 금지합니다.", "법원은 무단 전재를 금지했다.", "이 기사는 지난달 보도됐다."]
)
def test_sentences_about_copying_are_not_copyright_notices(line: str) -> None:
    assert not rules.is_copyright(line)


def test_footnotes_under_the_story_are_not_read() -> None:
    text = (
        "예산의 구조\n\n정부는 380조원을 썼다고 한다주1). 효과는 작았다.\n\n"
        "운동은 주1회 이상 하는 것이 좋다고 한다. 주 52시간제도 그대로다.\n\n"
        "주1) 국회예산정책처, '인구위기 대응 사업 평가', 2025.\n"
    )
    assert _blocks(parse_text(text))[1:] == [
        ("paragraph", "정부는 380조원을 썼다고 한다. 효과는 작았다."),  # the note's mark goes with it
        ("paragraph", "운동은 주1회 이상 하는 것이 좋다고 한다. 주 52시간제도 그대로다."),
    ]


@pytest.mark.parametrize("label", ["보도자료", "보 도 자 료", "보도참고자료"])
def test_a_press_release_s_own_name_is_the_page_s_label_and_marks_a_press_release(label: str) -> None:
    assert rules.is_chrome(label)  # alone on its line over the headline: not read
    assert rules.press_release(f"[{label}] 한빛시 예산 확정")  # its enquiry lines are the press's
    assert rules.is_chrome("해명자료") and not rules.press_release("해명자료")
    # a board's title field or cell labelled with the release's name, however it is spelt
    field = rules.title_field(f"{label} 제목: 한빛시 예산 확정")
    assert field is not None and f"{label} 제목: 한빛시 예산 확정"[field.end() :] == "한빛시 예산 확정"
    assert rules.title_label(f"{label} 제목") and not rules.title_label("해명자료 제목")


@pytest.mark.parametrize(
    "label", ["바다구청 보도자료", "한빛도 교육청 보도참고자료", "한빛부 보 도 자 료", "누리시 설명자료"]
)
def test_a_press_release_s_name_after_its_office_is_the_page_s_label(label: str) -> None:
    assert rules.is_org_name(label)
    text = (
        f"{label}\n\n바다구, 공공 자전거 300대 늘린다\n- 정류장 40곳 새로 설치 -\n\n"
        "바다구는 공공 자전거 300대를 늘린다고 밝혔다.\n"
    )
    assert _blocks(parse_text(text)) == [
        ("title", "바다구, 공공 자전거 300대 늘린다"),
        ("paragraph", "바다구는 공공 자전거 300대를 늘린다고 밝혔다."),
    ]


@pytest.mark.parametrize("line", ["정부 보도자료 논란 확산", "보도자료를 냈다", "한빛시 보도자료 배포 중단해"])
def test_a_headline_naming_a_press_release_is_no_label(line: str) -> None:
    assert not rules.is_chrome(line)


@pytest.mark.parametrize(
    "headline", ["엉터리 보도자료", "법원 허위 보도자료", "검찰 엉터리 해명자료", "말 바꾼 설명자료"]
)
def test_a_headline_naming_a_release_after_words_of_no_office_is_the_title(headline: str) -> None:
    assert not rules.is_chrome(headline) and not rules.is_org_name(headline)
    text = f"{headline}\n\n한빛시는 지난달 낸 자료가 사실과 달랐다고 인정했다. 시는 사과했다.\n"
    assert _blocks(parse_text(text))[0] == ("title", headline)


@pytest.mark.parametrize("label", ["국토부 해명자료", "한빛시청 설명자료", "누리구 보도참고자료"])
def test_an_office_s_release_between_paragraphs_is_a_subheading(label: str) -> None:
    text = (
        "전세 대책 놓고 공방\n\n정부는 어제 전세 대책을 발표했다. 여러 말이 나왔다.\n\n"
        f"{label}\n\n해당 기관은 보도가 사실이 아니라고 밝혔다. 오해라는 것이다.\n"
    )
    assert ("heading", label) in _blocks(parse_text(text))


def test_a_correction_s_tag_stays_in_the_headline() -> None:
    assert rules.strip_headline_tags("[바로잡습니다] 3월 4일자 기사") == "[바로잡습니다] 3월 4일자 기사"
    assert rules.strip_headline_tags("[정정보도] 한빛시 관련 기사(종합)") == "[정정보도] 한빛시 관련 기사"
    assert rules.strip_headline_tags("[단독] 한빛시 예산 삭감") == "한빛시 예산 삭감"
    for tag in ("[추후보도문]", "[반론보도문]", "[정정 및 반론보도문]", "<정정보도문>"):
        assert rules.strip_headline_tags(f"{tag} '한빛시 의혹' 관련") == f"{tag} '한빛시 의혹' 관련"
    assert rules.strip_headline_tags("[보도자료] 한빛시 예산 확정") == "한빛시 예산 확정"
    assert rules.strip_headline_tags("산불 사흘째 확산 - 한빛일보") == "산불 사흘째 확산"
    assert rules.strip_headline_tags("[속보] 산불 사흘째 확산 | 연합뉴스") == "산불 사흘째 확산"
    assert rules.strip_headline_tags('여야 협상 결렬 - 野 "끝까지 간다"') == '여야 협상 결렬 - 野 "끝까지 간다"'


@pytest.mark.parametrize(
    "box",
    [
        "◇ 21일 선발 투수\n▲ 문학 한도윤(SSG)-서하람(KT)\n▲ 대구 이서진(삼성)-오태윤(LG)\n",
        "[내일의 경기]\n▲ 수원 한빛FC-서울(19시30분)\n▲ 전주 전북-울산(19시)\n",
        "■ 주말 경기 일정\n▲ 인천 대한항공-현대캐피탈(14시)\n▲ 천안 OK-한국전력(16시)\n",
    ],
)
def test_a_box_of_the_games_to_come_under_the_last_paragraph_is_not_read(box: str) -> None:
    text = f"한빛FC, 홈 3연승\n\n2026.06.03 22:18\n\n한빛FC가 홈에서 서울을 2-1로 꺾고 3연승을 달렸다.\n\n{box}"
    assert [k for k, _ in _blocks(parse_text(text))] == ["title", "paragraph"]


@pytest.mark.parametrize(
    "box",
    [
        "◇ 선발 투수\n▲ 잠실 임도현(LG)-서준호(두산)\n▲ 대구 이서진(삼성)-오태윤(KT)\n",
        "■ 프로야구 경기 일정\n\n▲ 문학 SSG-KT(18시30분)\n▲ 사직 롯데-NC(18시30분)\n",
        "[오늘의 경기]\n▲ 수원 한빛FC-서울(19시30분)\n",
        "◇ 22일 예고 선발\n▲ 고척 서하람(키움)-문도윤(한화)\n",
    ],
)
def test_a_box_of_the_games_to_come_is_not_read_whatever_its_header_names(box: str) -> None:
    text = f"한빛FC, 홈 3연승\n\n2026.06.03 22:18\n\n한빛FC가 홈에서 서울을 2-1로 꺾고 3연승을 달렸다.\n\n{box}"
    assert [k for k, _ in _blocks(parse_text(text))] == ["title", "paragraph"]


@pytest.mark.parametrize(
    ("heading", "prose"),
    [
        ("■ 경기 일정", "대회는 10월 10일부터 16일까지 이레 동안 열린다. 개회식은 한빛종합운동장에서 열린다."),
        ("■ 주말 경기 일정", "주말에는 육상과 수영 결승이 몰려 있어 관람객이 가장 많을 것으로 보인다."),
        ("◇ 선발 투수", "선발 투수의 부진이 이어지자 한빛은 불펜 운용을 바꾸기로 했다."),
        ("<프로배구 경기 예정>", "올 시즌 프로배구는 모두 126경기가 치러질 예정이다."),
    ],
)
def test_a_schedule_s_words_over_the_story_s_prose_are_its_subheading(heading: str, prose: str) -> None:
    text = (
        "한빛시, 전국체전 준비 마무리\n\n2026.07.14 09:30\n\n"
        "한빛시가 오는 10월 열리는 전국체육대회 준비를 마무리했다.\n\n"
        f'{heading}\n{prose}\n\n시 관계자는 "많은 관심을 바란다"고 말했다.\n'
    )
    kinds = [k for k, _ in _blocks(parse_text(text))]
    assert kinds.count("heading") == 1
    assert any(prose.split(".")[0] in t for _, t in _blocks(parse_text(text)))


def test_a_schedule_header_naming_no_day_is_a_box_s_only_over_its_items() -> None:
    assert not rules.is_list_header("■ 경기 일정")
    assert not rules.is_list_header("◇ 선발 투수")
    assert rules.is_item_box_header("■ 주말 경기 일정")
    assert rules.is_list_header("◇ 21일 선발 투수")
    assert not rules.is_list_header("[내일의 경기]")
    assert rules.is_item_box_header("[내일의 경기]")
    assert rules.is_list_header("[내일의 경기 일정]")
    assert rules.is_list_header("◇ 전적")


def test_a_results_box_under_the_last_paragraph_is_not_read() -> None:
    text = (
        "LG, 두산 꺾고 3연승\n\n2026.06.03 22:18\n\nLG 트윈스가 두산 베어스를 4-3으로 꺾고 3연승을 달렸다.\n\n"
        "◇ 전적\n▲ 잠실 LG 4-3 두산\n▲ 대구 KIA 7-2 삼성\n"
    )
    assert [k for k, _ in _blocks(parse_text(text))] == ["title", "paragraph"]


@pytest.mark.parametrize("label", ["[이 시각 세계]", "[날씨] 내일 전국 비…강원 산간 눈", "<오늘의 헤드라인>"])
def test_a_broadcast_segment_label_or_teaser_between_paragraphs_is_not_read(label: str) -> None:
    text = f"유가 급등\n\n유가가 급등하고 있습니다.\n\n{label}\n\n원유 가격이 5% 넘게 올랐습니다.\n"
    read = [t for _, t in _blocks(parse_text(text))][1:]
    assert read == ["유가가 급등하고 있습니다.", "원유 가격이 5% 넘게 올랐습니다."]


def test_an_embedded_post_without_a_full_stop_is_read_without_its_link() -> None:
    text = (
        "가수 새 앨범\n\n가수가 새 앨범을 낸다.\n\n"
        "새 앨범 너무 기다렸어 다들 들어줘 #새앨범 pic.twitter.com/Xy12Ab34\n\n"
        "새 앨범에는 8곡이 실렸다.\n"
    )
    assert [t for _, t in _blocks(parse_text(text))][1:] == [
        "가수가 새 앨범을 낸다.",
        "새 앨범 너무 기다렸어 다들 들어줘",
        "새 앨범에는 8곡이 실렸다.",
    ]


def test_an_investing_disclaimer_is_not_read_and_a_sentence_on_investors_liability_is() -> None:
    disclaimer = "※ 본 기사는 투자 참고용이며, 투자 결과에 대한 법적 책임 소재의 증빙자료로 사용될 수 없습니다."
    assert rules.is_chrome(disclaimer)
    assert not rules.is_chrome("금융당국은 투자 결과에 대한 책임을 판매사에도 묻기로 했다.")


def test_a_fortune_column_s_disclaimer_is_not_read_and_a_sentence_on_fortunes_is() -> None:
    assert rules.is_chrome("※ 운세는 재미로 보시기 바랍니다.")
    assert rules.is_chrome("오늘의 운세는 참고용으로만 읽어 주세요.")
    assert not rules.is_chrome("운세 앱 이용자는 재미로 본다는 응답이 많았다.")


def test_a_press_release_s_attachments_and_their_files_are_not_read() -> None:
    text = (
        "청년 지원 확대\n\n2026.02.03\n\n노동부는 청년 지원을 늘린다고 3일 밝혔다.\n\n"
        "붙임 1. 2026년 청년 일경험 지원사업 개요 1부.\n2. 참여 기업 모집 공고문 1부. 끝.\n\n"
        "첨부파일\n260203_보도자료.hwpx\n개요.pdf (1.2MB)\n"
    )
    assert [t for _, t in _blocks(parse_text(text))][1:] == ["노동부는 청년 지원을 늘린다고 3일 밝혔다."]


def test_a_footnote_marked_with_stars_is_not_read_where_the_story_has_its_mark() -> None:
    story = (
        "가계부채 반등\n\n가계부채 비율은 93.1%{mark}로 높아졌다.\n\n* 국제결제은행(BIS) 기준 잠정치\n\n"
        "대출이 늘었다.\n"
    )
    read = [t for _, t in _blocks(parse_text(story.format(mark="*")))][1:]
    assert read == ["가계부채 비율은 93.1%로 높아졌다.", "대출이 늘었다."]  # the note's mark goes with it
    # Without the mark in the story, a starred line is the story's own (a list's item, a note).
    assert "* 국제결제은행(BIS) 기준 잠정치" in [t for _, t in _blocks(parse_text(story.format(mark="")))]


def test_another_story_given_in_full_under_a_related_header_is_not_read() -> None:
    text = (
        "의대 모집 확정\n\n2026.04.30\n\n교육부가 모집 인원을 확정했다.\n\n관련 기사\n\n"
        "의대생 복귀율 60% 넘어\n\n2026.04.29 18:10\n\n의대생 복귀율이 60%를 넘었다.\n\n본과 복귀는 더뎠다.\n"
    )
    assert [t for _, t in _blocks(parse_text(text))][1:] == ["교육부가 모집 인원을 확정했다."]


def test_a_summary_box_whose_header_runs_into_its_first_sentence_is_not_read() -> None:
    text = (
        "보조금 조기 소진\n\n2026.06.24\n\n요약봇 보조금이 상반기에 소진됐다.\n추가 편성이 검토된다.\n"
        "자동으로 추출된 요약문은 전체 기사 내용을 대표하지 않을 수 있습니다.\n\n"
        "전기차 보조금이 상반기에 대부분 소진된 것으로 나타났다.\n\n환경부는 추가 편성을 검토하고 있다.\n"
    )
    assert [t for _, t in _blocks(parse_text(text))][1:] == [
        "전기차 보조금이 상반기에 대부분 소진된 것으로 나타났다.",
        "환경부는 추가 편성을 검토하고 있다.",
    ]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("지금 앱 다운로드하고 포인트 1000점 받으세요!", True),
        ("앱을 설치하면 속보 알림을 받을 수 있어요", True),
        ("이 앱은 출시 한 달 만에 100만명이 설치했다.", False),
    ],
)
def test_an_app_s_download_prompt_is_chrome(line: str, chrome: bool) -> None:
    assert rules.is_chrome(line) is chrome


@pytest.mark.parametrize(
    ("header", "paragraph", "about"),
    [
        ("한빛바이오 소개", "한빛바이오는 2010년 설립된 바이오 기업이다.", True),
        ("About 한빛랩스", "한빛랩스는 2021년 창업한 인공지능 스타트업이다.", True),
        ("사업 개요", "사업 기간은 2년이고 예산은 30억원이다.", False),  # a section of the story
        ("한빛바이오 소개", "회사는 올해 신약 두 개를 내놓는다.", False),
        # a header naming no issuer: the paragraph under it names it first and says when it was founded
        ("회사 소개", "누리로봇은 2018년 설립된 물류 자동화 로봇 전문 기업이다.", True),
        ("회사 소개", "회사는 올해 신제품 두 개를 내놓는다.", False),
        ("기업 개요", "올해 매출은 2018년 설립 이후 가장 많았다.", False),
    ],
)
def test_a_press_release_s_boilerplate_about_its_issuer(header: str, paragraph: str, about: bool) -> None:
    assert rules.is_about_issuer(header, paragraph) is about


@pytest.mark.parametrize("line", ["한빛스포츠 기사제공", "기사제공 한빛일보", "기사 제공"])
def test_a_portal_s_source_note_is_chrome(line: str) -> None:
    assert rules.is_chrome(line)


@pytest.mark.parametrize(
    ("line", "header"),
    [("AI 요약", True), ("기사 요약", True), ("AI 요약 보기", True), ("AI 요약 서비스, 언론사 절반이 도입", False)],
)
def test_an_ai_summary_box_s_header_is_a_line_of_its_own(line: str, header: bool) -> None:
    assert bool(rules.SUMMARY_HEADER.match(line) or rules.SUMMARY_LEAD.match(line)) is header


def test_a_board_s_view_count_is_chrome() -> None:
    assert rules.is_chrome("조회수 : 421")
    assert rules.is_chrome("조회 88")


@pytest.mark.parametrize("line", ["한빛반도체 005930", "한빛반도체(005930)", "10.28 10:05 기준"])
def test_a_quote_widget_s_lines(line: str) -> None:
    assert rules.is_market_line(line) or bool(rules.TIME_LINE.match(line))


@pytest.mark.parametrize("line", ["관련 종목 더보기", "기사 더보기", "포토 더 보기"])
def test_a_box_s_more_button_is_chrome(line: str) -> None:
    assert rules.is_chrome(line)


_NEXT_BOX = (
    "늘봄학교 2학년까지 확대\n\n새 학기부터 늘봄학교가 2학년까지 넓어진다.\n\n"
    "교육부는 희망 학생 모두에게 하루 2시간 프로그램을 제공한다고 밝혔다.\n\n{label}\n{headline}\n"
    "교육부가 등록금을 동결한 대학의 장학금 지원을 늘린다.\n\n지원 규모는 3500억원이다."
)


@pytest.mark.parametrize("label", ["다음 기사", "[이전 기사]", "다음 글 보기"])
def test_the_next_storys_box_ends_the_story(label: str) -> None:
    article = parse_text(_NEXT_BOX.format(label=label, headline="대학 등록금 동결 대학 지원 늘린다"))
    assert article.text.endswith("제공한다고 밝혔다.")


def test_a_sentence_under_the_label_is_no_headline() -> None:
    # the label over the story's own next paragraph (no headline between): a button, not a box
    text = _NEXT_BOX.format(label="다음 기사", headline="교육부는 강사를 지역 대학에서 지원받는다고 덧붙였다.")
    assert parse_text(text).text.endswith("지원 규모는 3500억원이다.")


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("이 정책에 대해 만족하십니까?", True),
        ("이 기사에 만족하십니까?", True),
        ("이 메일은 하루경제 아침편지 구독을 신청하신 분께 발송됩니다.", True),
        ("정부는 이 정책에 대해 국민 다수가 만족한다고 밝혔다.", False),
        ("이 메일은 지난달 직원 전원에게 발송됐다.", False),
        ("※ 인구 감소로 소멸 위기에 놓인 농촌 마을의 오늘을 다섯 차례에 걸쳐 싣는다.", True),
        ("농촌 마을의 오늘을 세 차례에 걸쳐 짚어본다.", True),
        ("이 기획은 매주 화요일 연재합니다.", True),
        ("정부는 세 차례에 걸쳐 대책을 발표했다.", False),
        ("그는 이 소설을 두 차례에 걸쳐 연재했다.", False),
        ("※ 마음상담소에 보내실 사연은 counsel@lifehanbit.example 로 보내주세요.", True),
        ("독자 여러분의 투고를 받습니다.", True),
        ("그는 사연을 담은 편지를 보냈다.", False),
        ("시는 다음 달까지 주민 의견을 받습니다.", False),
        ("시민한빛은 독자의 후원으로 만들어집니다.", True),
        ("이 단체는 회원 후원으로 운영된다.", False),
        ("※ 부고 게재는 전화(000-000-0000)나 이메일로 신청하시면 무료로 실어 드립니다.", True),
        ("인사 게재 문의는 편집국으로 보내 주시기 바랍니다.", True),
        ("부고 게재를 두고 유족과 신문사가 갈등을 빚었다.", False),
    ],
)
def test_the_page_s_own_notes_are_chrome(line: str, chrome: bool) -> None:
    """A poll, a mailing's footer, a series' note, a call for readers' letters or support: the page
    about itself."""
    assert rules.is_chrome(line) is chrome


def test_a_bare_related_label_before_a_headline_is_a_link_but_not_before_a_sentence() -> None:
    assert rules.RELATED_LINK.match("관련기사 교육부, 늘봄 전담 인력 2000명 채용")
    assert not rules.RELATED_LINK.match("관련 기사가 나간 뒤 교육부는 해명 자료를 냈다.")


def test_a_note_on_where_a_translated_piece_first_ran_is_not_read() -> None:
    assert rules.is_chrome("※ 이 글은 미국 과학잡지 3월호에 실린 글을 필자의 허락을 얻어 번역한 것입니다.")
    assert not rules.is_chrome("그는 이 글을 직접 번역했다.")


def test_a_story_s_pagination_is_not_read_but_a_sentence_about_a_page_is() -> None:
    for line in ("1/2 페이지", "다음 페이지 ▶", "◀ 이전 페이지", "페이지 2/3"):
        assert rules.is_chrome(line), line
    assert not rules.is_chrome("다음 페이지로 넘어가 봤다.")


def test_an_ad_s_line_led_by_its_tag_and_a_shop_s_button_are_not_read() -> None:
    assert rules.is_chrome("[광고] 면역력 걱정될 땐? 한빛홍삼 진액 1+1 특가 이벤트 진행 중")
    assert rules.is_chrome("지금 바로 구매하기 ▶")
    assert not rules.is_chrome("광고 시장은 올해 5% 커졌다.")


def test_footnotes_numbered_in_brackets_are_not_read_where_the_story_has_their_marks() -> None:
    note = "[1] 과학기술정보통신부, '연구실 안전관리 실태조사', 2026."
    story = "사고가 5년 사이 40% 가까이 늘어난 것으로 나타났다[1]. 절반은 화학 실험실에서 일어났다."
    unmarked = story.replace("나타났다[1].", "나타났다.")
    assert _paragraphs(parse_text(f"연구실 사고 40% 늘어\n\n{story}\n\n{note}\n")) == [unmarked]  # mark and note go
    assert note in _paragraphs(parse_text(f"연구실 사고 40% 늘어\n\n{unmarked}\n\n{note}\n"))


def test_an_info_box_s_arrowed_fields_are_read_with_its_enquiry_line() -> None:
    article = parse_text(
        "한빛 해안길 새 단장\n\n"
        "마지막 구간은 모래사장을 따라 걷는다. 해수욕장 앞에서 허기를 달래면 된다.\n\n"
        "▷가는 길: 한빛터미널에서 해안순환버스 10번을 타고 등대 정류장에서 내린다.\n"
        "▷문의: 한빛군 관광과 061-123-4567\n"
    )
    assert _paragraphs(article)[-2:] == [
        "▷가는 길: 한빛터미널에서 해안순환버스 10번을 타고 등대 정류장에서 내린다.",
        "▷문의: 한빛군 관광과 061-123-4567",  # where to ask, the box's last field
    ]
    alone = parse_text(
        "한빛 해안길 새 단장\n\n마지막 구간은 모래사장을 따라 걷는다.\n\n▷여행 명소: 한빛 바닷가 세 곳\n"
    )
    assert not any("명소" in p for p in _paragraphs(alone))  # one arrowed line alone: still a link


def test_expanders_and_zoom_buttons_are_chrome() -> None:
    for line in ("기사 더보기 ∨", "본문 접기 ∧", "+ 더보기", "확대", "3시간 전", "방금 전"):
        assert rules.is_chrome(line), line
    assert not rules.is_chrome("3시간 전 이미 불이 번졌다.")


def test_what_a_paywall_asks_to_read_the_rest_is_not_read() -> None:
    assert rules.is_chrome("남은 기사를 읽으려면 로그인하거나 멤버십에 가입하세요.")
    assert not rules.is_chrome("남은 기사를 읽으려면 시간이 더 필요했다고 그는 말했다.")


def test_a_paywall_saying_the_rest_is_behind_it_is_not_read() -> None:
    assert rules.is_chrome("로그인 후 전문을 볼 수 있습니다.")
    assert rules.is_chrome("구독하시면 기사 전체를 읽으실 수 있습니다.")
    assert rules.is_chrome("회원 가입 후 나머지를 확인하실 수 있습니다.")
    assert not rules.is_chrome("결제 후 전문을 볼 수 있다는 안내에 독자들이 항의했다.")


def test_notes_numbered_with_a_parenthesis_under_a_notes_header_are_not_read() -> None:
    article = parse_text(
        "[기고] 야간 진료\n\n입력 2026.11.12\n\n문을 여는 곳은 4%에 그친다1).\n\n의원 수는 오히려 줄었다2).\n\n"
        "각주\n1) 건강보험심사평가원, '요양기관 진료시간 현황', 2026.\n"
        "2) 국회입법조사처, '가산제도의 효과 분석', 2025.\n"
    )
    assert _paragraphs(article) == ["문을 여는 곳은 4%에 그친다.", "의원 수는 오히려 줄었다."]
    listed = parse_text(
        "신청 안내\n\n입력 2026.11.12\n\n개정된 법(2021)에 따라 신청은 두 가지 방법으로 할 수 있다.\n\n"
        "1) 누리집에서 신청서를 낸다.\n2) 주민센터를 찾아가 신청한다.\n"
    )
    assert _paragraphs(listed)[1:] == ["1) 누리집에서 신청서를 낸다.", "2) 주민센터를 찾아가 신청한다."]


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


@pytest.mark.parametrize(
    "board",
    [
        "제목: 공공근로사업 참여자 모집 공고\n담당부서: 일자리정책과\n등록일 2026-12-10\n",
        # the board's own fields, more of them than the notice's: they say nothing of the notice
        "제목: 공공근로사업 참여자 모집 공고\n분류: 일자리\n공고번호: 제2026-512호\n담당부서: 일자리정책과\n"
        "담당자: 주무관 한지수\n등록일: 2026-12-10\n",
        # the title field labelled with the release's name, as the release spells it
        "보도참고자료 제목: 공공근로사업 참여자 모집 공고\n담당부서: 일자리정책과\n등록일 2026-12-10\n",
        "보 도 자 료 제목: 공공근로사업 참여자 모집 공고\n담당부서: 일자리정책과\n등록일 2026-12-10\n",
    ],
    ids=["few-board-fields", "more-board-fields", "보도참고자료", "보 도 자 료"],
)
def test_a_notice_told_in_fields_only_reads_its_fields(board: str) -> None:
    fields = ["사업기간: 2027년 1월 5일부터 6월 30일까지", "모집인원: 120명", "신청방법: 행정복지센터 방문 신청"]
    page = f"한빛시청 고시공고 민원\n고시공고\n{board}항목 내용\n" + "\n".join(fields) + "\n이전글 다음글 목록\n"
    article = parse_text(page)
    assert _paragraphs(article) == fields
    assert article.title == "공공근로사업 참여자 모집 공고"  # the title field's value, without its label
    assert rules.is_board_field("조회수") and not rules.is_board_field("모집인원")


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


@pytest.mark.parametrize(
    ("marked", "note"),
    [
        ("늘었다1). 역대 최다다", "1) 질병관리청, '온열질환 감시체계 결과', 2026."),
        ("늘었다주1). 역대 최다다", "주1) 질병관리청, '온열질환 감시체계 결과', 2026."),
        ("늘었다[1]. 역대 최다다", "[1] 질병관리청, '온열질환 감시체계 결과', 2026."),
        ("늘었다¹. 역대 최다다", "¹ 질병관리청, '온열질환 감시체계 결과', 2026."),
    ],
)
def test_a_footnote_s_mark_goes_with_its_note_whatever_its_style(marked: str, note: str) -> None:
    article = parse_text(f"온열질환 최다\n\n입력 2026.08.01\n\n온열질환자가 3700명으로 {marked}.\n\n{note}\n")
    assert _paragraphs(article) == ["온열질환자가 3700명으로 늘었다. 역대 최다다."]


def test_a_number_and_a_parenthesis_with_no_note_under_the_story_stay() -> None:
    article = parse_text("신청 안내\n\n입력 2026.11.12\n\n개정된 법(2021)에 따라 신청은 두 가지다 1).\n")
    assert _paragraphs(article) == ["개정된 법(2021)에 따라 신청은 두 가지다 1)."]


def test_document_comment_anchors_and_their_comments_are_not_read() -> None:
    # a document copied with its reviewers' comments: [a] after a sentence, the comment listed under the story
    text = (
        "청년 창업 공간 문 연다\n\n"
        "시가 옛 세무서 건물을 고친 창업 공간을 22일 연다.[a]\n\n"
        "입주 기업은 2년 동안 임대료 없이 쓸 수 있다.[b][c]\n\n"
        '시 관계자는 "지역에서 창업할 기반이 되길 바란다"고 말했다.\n\n'
        "[a]개소식 시간 확인 필요\n[b]임대료 면제 기간 재확인\n[c]@편집부 사진 추가 부탁드립니다\n"
    )
    assert _paragraphs(parse_text(text)) == [
        "시가 옛 세무서 건물을 고친 창업 공간을 22일 연다.",
        "입주 기업은 2년 동안 임대료 없이 쓸 수 있다.",
        '시 관계자는 "지역에서 창업할 기반이 되길 바란다"고 말했다.',
    ]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("View in browser | 웹에서 보기", True),
        ("웹 버전으로 보기", True),
        ("더 이상 받고 싶지 않으시면 수신거부(Unsubscribe)를 눌러 주세요.", True),
        ("구독 해지를 원하시면 아래 링크를 클릭하세요.", True),
        ("주민들은 수신거부 제도를 몰라 광고 문자를 계속 받았다.", False),
        ("시는 웹에서 보기 쉬운 지도를 내놓았다.", False),
        ("본 메일은 발신 전용입니다.", True),
        ("이 메일은 발신 전용 주소로 보내는 것이 원칙이라고 시는 설명했다.", False),
    ],
)
def test_a_mailings_web_view_link_and_its_leaving_line_are_chrome(line: str, chrome: bool) -> None:
    assert rules.is_chrome(line) is chrome


@pytest.mark.parametrize("line", ["페이지 1 2 다음", "이전 페이지 1 2", "페이지 1 2 3", "page 1 2 next"])
def test_a_pager_with_its_page_numbers_is_chrome(line: str) -> None:
    assert rules.is_chrome(line)


def test_a_translation_note_that_goes_on_after_its_source_is_chrome() -> None:
    assert rules.is_chrome("※ 이 기사는 로이터통신의 영문 기사를 우리말로 옮긴 것으로, 원문과 표현이 다를 수 있습니다.")
    assert not rules.is_chrome("이 기사는 번역 과정에서 논란이 된 것으로, 출판사가 사과했다.")


@pytest.mark.parametrize("label", ["------ ADVERTISEMENT ------", "── 광고 ──", "==== AD ====", "▼ 광고 ▼", "<광고>"])
def test_an_ad_label_between_drawn_rules_and_its_copy_are_not_read(label: str) -> None:
    story = ["다음 달 수도권에서 아파트 1만2천여 가구가 분양에 나선다.", "지역별로는 경기도가 가장 많다."]
    ad = f"{label}\n한빛저축은행 예금 연 4.2% 특판 | 지금 가입하기\n------------"
    assert _paragraphs(parse_text(f"수도권 분양 물량 올해 최대\n\n{story[0]}\n\n{ad}\n\n{story[1]}\n")) == story
    # a rule around a story's own words labels nothing
    assert not rules.is_ad_label("---- 2부 ----")


@pytest.mark.parametrize(
    "contact",
    [
        "☞ 문의: 한빛시청 복지과 ☎1588-9090",
        "문의: 한빛시청 복지과 ☎1588-9090",
        "※ 문의: 한빛시청 복지과(1588-9090)",
        "문의: 한빛시청 민원실 ☎120",
        "문의: ○○구청 민원과 ☎ 02-123-4567",
        "접수: 한빛1동 주민센터 02-000-1234",
        "신청·문의: 한빛시 노인복지과 031-000-5678",
    ],
)
def test_a_notice_s_enquiry_line_is_read_where_it_stands_in_the_notice(contact: str) -> None:
    lead = "한빛시는 다음 달부터 노인 돌봄 서비스를 확대한다고 밝혔다."
    said = contact.removeprefix("☞ ")
    for body in (
        f"{lead}\n\n{contact}\n\n신청은 주민센터에서 받는다.",  # between paragraphs
        f"{lead}\n신청은 주민센터에서 받는다.\n\n{contact}",  # under the notice, its last line
        f"{lead}\n- 대상: 만 65세 이상 홀몸 어르신\n- 신청 기간: 12월 8일부터 19일까지\n{contact}",  # its last field
    ):
        assert said in _paragraphs(parse_text(f"한빛시 복지 안내\n\n{body}\n"))  # where to call: the notice's content


@pytest.mark.parametrize(
    ("page", "contact"),
    [
        # a press release's contacts, for the press: on a page that names itself one
        ("보도자료\n\n한빛시, 노인 돌봄 확대\n\n{lead}\n\n{contact}\n", "문의: 한빛시청 복지과 ☎1588-9090"),
        # ... or that gives its press office's contact with it
        (
            "한빛시, 노인 돌봄 확대\n\n{lead}\n\n{contact}\n담당자: 주무관 박영수 02-000-3456\n",
            "문의: 복지과 02-000-3457",
        ),
        # under the reporter's byline: the page's furniture, not the story's
        (
            "한빛시, 노인 돌봄 확대\n\n{lead}\n\n홍길동 기자 hong@hanbit.example\n\n{contact}\n",
            "문의: 복지과 02-000-3457",
        ),
        # a bare number names no office: the site's own line
        ("한빛시, 노인 돌봄 확대\n\n{lead}\n\n{contact}\n", "문의 02-000-5000"),
        # a reporter's or a press office's contact, whatever it is labelled
        ("한빛시, 노인 돌봄 확대\n\n{lead}\n\n{contact}\n", "담당자: 복지과 주무관 박영수 02-000-3456"),
        ("한빛시, 노인 돌봄 확대\n\n{lead}\n\n{contact}\n", "문의: 한빛대 홍보팀 (062-000-5678, pr@hanbit.example)"),
        ("한빛시, 노인 돌봄 확대\n\n{lead}\n\n{contact}\n", "제보: 카카오톡 한빛일보 / ☎ 02-000-1234"),
    ],
    ids=["press release", "press office beside", "under the byline", "bare number", "담당자", "e-mail", "tip line"],
)
def test_a_press_office_s_or_a_reporter_s_contact_is_not_read(page: str, contact: str) -> None:
    lead = "한빛시는 다음 달부터 노인 돌봄 서비스를 확대한다고 밝혔다."
    article = parse_text(page.format(lead=lead, contact=contact))
    assert lead in _paragraphs(article)
    assert not any(contact[-8:] in b.text for b in article.blocks)


def test_a_helpline_s_note_is_read() -> None:
    lead = "한빛시는 다음 달부터 노인 돌봄 서비스를 확대한다고 밝혔다."
    # a helpline's note is the story's care for a listener, not a contact: read
    assert "☎109" in parse_text(f"정부, 대책 발표\n\n{lead}\n\n※ 자살예방 상담전화 ☎109\n").text


@pytest.mark.parametrize("mark", ["■", "◆", "□"])
def test_a_notice_s_marked_fields_under_its_last_paragraph_are_read(mark: str) -> None:
    fields = [f"{mark} 운영 기간: 2027년 1월 5일 ~ 1월 23일", f"{mark} 수강료: 강좌당 3만 원 (교재비 별도)"]
    text = (
        "겨울방학 방과후학교 수강 신청 안내\n\n"
        "겨울방학 동안 방과후학교를 운영하오니 희망하는 강좌를 신청해 주시기 바랍니다.\n\n"
        + "\n".join(fields)
        + "\n\n2026년 12월 3일\n한빛초등학교장\n"
    )
    assert _paragraphs(parse_text(text))[-2:] == fields
    # marked lines that are no fields under the story: the page's links, not read
    links = text.replace(fields[0], f"{mark} 방학 중 돌봄교실 운영").replace(fields[1], f"{mark} 졸업식 일정 안내")
    assert _paragraphs(parse_text(links))[-1].startswith("겨울방학 동안")


@pytest.mark.parametrize(
    "box",
    [
        "■ 제보하기: 카카오톡 '한빛뉴스' 검색\n■ 전화: 02-784-4000\n■ 이메일: jebo@hanbit.co.kr",
        "■ 제보하기\n■ 전화: 02-784-4000\n■ 카카오톡: 한빛뉴스 검색",
        "◆ 기사 제보\n◆ 전화: 02-784-4000\n◆ 카카오톡: 한빛뉴스 검색",
        "■ 전화: 02-784-4000\n■ 이메일: jebo@hanbit.co.kr",
        "□ 이메일: jebo@hanbit.co.kr\n□ 전화: 02-784-4000",
    ],
    ids=["titled by a tip line", "tip-line title", "기사 제보", "e-mail last", "e-mail first"],
)
def test_an_outlet_s_marked_contact_fields_under_the_story_are_not_read(box: str) -> None:
    last = "시는 이달 중 시의회에 예산안을 제출할 계획이다."
    text = (
        "한빛시 내년 예산 12조 원 편성\n\n"
        "한빛시는 내년 예산안을 12조 원 규모로 편성했다고 1일 밝혔다. 복지 예산이 처음으로 4조 원을 넘었다.\n\n"
        f"{last}\n\n{box}\n\n김민수 기자 minsu@hanbit.co.kr\n"
    )
    # a tip line's box, or fields giving an e-mail address, are the outlet's contacts, not the story's
    assert _paragraphs(parse_text(text))[-1] == last


@pytest.mark.parametrize(
    "fields",
    [
        ["■ 기간: 12월 15일∼1월 30일", "■ 신청: 이메일(edu@hanbit.go.kr)로 접수", "■ 수강료: 강좌당 3만 원"],
        ["◆ 신청: 이메일(apply@hanbit.go.kr)로 접수", "◆ 장소: 한빛시민회관 3층"],
        ["□ 장소: 한빛시민회관 3층", "□ 수강료: 무료", "□ 접수: 이메일(code@hanbit.go.kr)"],
    ],
    ids=["e-mail in the middle", "e-mail first", "e-mail last"],
)
def test_a_notice_s_fields_are_read_though_one_gives_a_contact(fields: list[str]) -> None:
    text = (
        "한빛시, 시민 코딩 강좌 수강생 모집\n\n"
        "한빛시는 시민을 대상으로 한 코딩 강좌 수강생을 모집한다고 7일 밝혔다. 강좌는 두 과정으로 나뉜다.\n\n"
        '시 관계자는 "누구나 쉽게 배울 수 있도록 준비했다"고 말했다.\n\n' + "\n".join(fields) + "\n"
    )
    said = _paragraphs(parse_text(text))
    # one field giving an address does not make the notice's box an outlet's: every field is read
    for field in fields:
        label = field[2:].split(":")[0]
        assert any(p.lstrip("■◆□ ").startswith(label) for p in said), label


@pytest.mark.parametrize("header", ["◇ 주말 경기 결과", "◇ 주말 스코어", "[주말 전적]", "<주말 전적 종합>"])
def test_a_weekend_s_results_box_under_the_last_paragraph_is_not_read(header: str) -> None:
    assert rules.is_list_header(header) or rules.is_item_box_header(header)
    text = (
        "LG, 두산 꺾고 3연승\n\n2026.09.21 22:10\n\nLG 트윈스가 두산 베어스를 4-3으로 꺾고 3연승을 달렸다.\n\n"
        f"{header}\n▲ 잠실 LG 4-3 두산\n▲ 인천 SSG 2-1 KIA\n"
    )
    assert [k for k, _ in _blocks(parse_text(text))] == ["title", "paragraph"]


@pytest.mark.parametrize("header", ["■ 오늘의 경기", "◇ 내일의 경기", "[오늘 경기]", "■ 내일의 프로야구 경기"])
def test_today_s_games_over_the_story_s_prose_are_its_subheading(header: str) -> None:
    assert not rules.is_list_header(header)
    prose = "22일에는 잠실에서 LG와 KIA가 맞붙는다. 양 팀 모두 에이스를 내세운다."
    text = (
        "LG, 두산 꺾고 3연승\n\n2026.09.21 22:10\n\nLG 트윈스가 두산 베어스를 4-3으로 꺾고 3연승을 달렸다.\n\n"
        f"{header}\n{prose}\n"
    )
    blocks = _blocks(parse_text(text))
    assert [k for k, _ in blocks] == ["title", "paragraph", "heading", "paragraph"]
    assert blocks[-1] == ("paragraph", prose)


@pytest.mark.parametrize("header", ["주말 경기 결과", "주말 스코어"])
def test_the_weekend_s_results_over_prose_are_a_headline_or_a_subheading(header: str) -> None:
    prose = "LG는 토요일 두산을 4-3으로 꺾었다. 일요일에는 SSG가 KIA를 2-1로 눌렀다."
    headline = _blocks(parse_text(f"{header}\n\n2026.09.21 22:10\n\n{prose}\n"))
    assert headline[0] == ("title", header)
    text = (
        "LG, 두산 꺾고 3연승\n\n2026.09.21 22:10\n\nLG 트윈스가 두산 베어스를 4-3으로 꺾고 3연승을 달렸다.\n\n"
        f"◇ {header}\n{prose}\n"
    )
    assert _blocks(parse_text(text))[-2:] == [("heading", header), ("paragraph", prose)]


@pytest.mark.parametrize(
    "line",
    [
        "※ 개표 결과는 중앙선관위 발표에 따라 수시로 갱신됩니다.",
        "순위는 실시간으로 업데이트됩니다.",
        "이 페이지의 개표 결과는 중앙선관위 발표에 따라 수시로 갱신됩니다.",
        "이 화면의 순위는 실시간으로 업데이트됩니다.",
        "※ 이 기사의 개표율은 선관위 집계 기준이며, 개표가 진행되면서 달라질 수 있습니다.",
        "※ 투표율은 잠정 집계로 최종 결과와 차이가 있을 수 있습니다.",
        "※ 득표율은 개표 진행 상황에 따라 달라질 수 있습니다.",
        "* 순위는 실시간 집계 결과로 바뀔 수 있습니다.",
        "부음 게재 문의: people@hanbit.example (전화 접수는 받지 않습니다)",
        "◀ 이전 페이지 < 2 / 3 > 다음 페이지 ▶",
        "< 1 / 2 > 다음 페이지 ▶",
    ],
)
def test_what_a_page_says_of_its_own_figures_pager_and_postbox_is_not_read(line: str) -> None:
    text = (
        "한빛군 새해 예산 확정\n\n정하람 기자\n\n한빛군의 새해 예산이 5200억원으로 확정됐다.\n\n"
        f"{line}\n\n군의회는 복지 예산을 늘렸다고 밝혔다.\n"
    )
    assert _paragraphs(parse_text(text)) == [
        "한빛군의 새해 예산이 5200억원으로 확정됐다.",
        "군의회는 복지 예산을 늘렸다고 밝혔다.",
    ]
    # a story's sentence about results that change is read
    said = "선관위는 개표 결과를 수시로 갱신했다."
    assert said in parse_text(text.replace(line, said)).text


@pytest.mark.parametrize(
    "sentence",
    [
        "잠정 수치는 최종 집계와 다를 수 있다고 통계청은 밝혔다.",
        '선관위 관계자는 "투표율은 마감 뒤 달라질 수 있습니다"라고 말했다.',
        # a marked caveat of a service, a survey or a ranking, with no word of a count going on
        "※ 지원 내용은 지자체별로 다를 수 있습니다.",
        "※ 신청 결과는 심사에 따라 달라질 수 있습니다.",
        "※ 순위는 집계 방식에 따라 달라질 수 있습니다.",
        "* 이번 조사 결과는 표본오차를 감안하면 실제와 다를 수 있습니다.",
        "※ 가격 정보는 매장마다 다를 수 있습니다.",
        "* 수치는 반올림으로 합계와 다를 수 있습니다.",
    ],
)
def test_a_story_s_sentence_that_figures_may_differ_is_read(sentence: str) -> None:
    text = (
        "한빛군 새해 예산 확정\n\n정하람 기자\n\n한빛군의 새해 예산이 5200억원으로 확정됐다.\n\n"
        f"{sentence}\n\n군의회는 복지 예산을 늘렸다고 밝혔다.\n"
    )
    assert sentence in parse_text(text).text


@pytest.mark.parametrize(
    "sentence",
    [
        "새 앱에서는 버스 위치 정보는 1초 간격으로 실시간 갱신됩니다.",
        "정류장 전광판의 도착 예정 시각 정보는 실시간으로 업데이트됩니다.",
        "세부 일정 및 강좌 내용은 강사 사정에 따라 수시로 변경될 수 있습니다.",
        "새 누리집에서는 주차장 이용 현황은 5분마다 실시간으로 갱신됩니다.",
        "도서관 좌석 예약 결과는 문자로 안내되고 대기 순번도 수시로 갱신됩니다.",
    ],
)
def test_a_story_s_polite_sentence_about_information_that_changes_is_read(sentence: str) -> None:
    text = (
        "한빛시 버스 안내 새로 바꿔\n\n입력 2026.12.07 19:30\n한빛방송 김철수 기자\n\n"
        "한빛시는 오늘부터 시내버스 도착 안내 앱을 새 버전으로 바꿨습니다.\n\n"
        f"{sentence}\n\n시는 내년까지 모든 정류장에 새 전광판을 설치할 계획입니다.\n"
    )
    assert sentence in _paragraphs(parse_text(text))


@pytest.mark.parametrize(
    "note",
    [
        "※ 도로 통제 정보는 실시간으로 갱신됩니다.",
        "* 환율 정보는 실시간으로 반영됩니다.",
        "※ 행사 내용은 주최 측 사정에 따라 수시로 변경될 수 있습니다.",
        "※ 투표 결과는 집계 상황에 따라 수시로 변경될 수 있습니다.",
    ],
)
def test_a_marked_note_that_the_page_s_information_changes_is_not_read(note: str) -> None:
    text = (
        "한빛시 새해맞이 행사 안내\n\n입력 2026.12.07 19:30\n한빛방송 김철수 기자\n\n"
        "한빛시는 오는 31일 밤 시청 광장에서 새해맞이 행사를 연다고 밝혔습니다.\n\n"
        f"시는 행사 당일 광장 주변 도로를 통제합니다.\n\n{note}\n"
    )
    assert not any(note in p for p in _paragraphs(parse_text(text)))
    # the same sentence unmarked is the story's
    bare = note.lstrip("※* ")
    assert bare in _paragraphs(parse_text(text.replace(note, bare)))


@pytest.mark.parametrize(
    "line",
    [
        "▶12일(토) 오후 8시 '봄날' 1회 본방송 알림 신청하기",
        "▶13일(일) 오후 8시 '봄날' 2회 미리보기 영상 보기",
        "▷ 10일(목) 개막 한빛국제영화제 예매 바로가기",
        "▶ 15일(월) 오전 10시 신년 음악회 예매하기",
    ],
)
def test_an_arrowed_promo_that_opens_with_a_day_is_a_link_not_a_schedule(line: str) -> None:
    text = (
        "한빛방송 새 주말극 첫 방송\n\n입력 2026.12.07 10:00\n문화부 이영희 기자\n\n"
        "한빛방송의 새 주말드라마가 오는 12일 첫 방송된다.\n\n드라마는 세 가족의 이야기를 그린다.\n\n"
        "이영희 기자 lee@hanbit.example\n\n"
        f"{line}\n▶13일(일) 오후 8시 '봄날' 2회 미리보기 영상 보기\n"
    )
    assert _paragraphs(parse_text(text)) == [
        "한빛방송의 새 주말드라마가 오는 12일 첫 방송된다.",
        "드라마는 세 가족의 이야기를 그린다.",
    ]
    # a schedule's entries that name what is applied for (신청사) or seen (보기술 공개) are read
    court = (
        "▷8일(화) 오전 10시 한빛지법 형사11부 = 신청사 건립 비리 1심 선고\n"
        "▷9일(수) 오후 2시 한빛고법 = 보기술 특허 소송 변론\n"
    )
    article = parse_text(text.replace(f"{line}\n▶13일(일) 오후 8시 '봄날' 2회 미리보기 영상 보기\n", court))
    assert any("신청사 건립 비리" in p for p in _paragraphs(article))
    assert rules.has_link_action("예매 바로가기") and not rules.has_link_action("신청사 건립")


@pytest.mark.parametrize(
    "entries",
    [
        ("▶ 9일(화) 오후 3시 할아버지와 손주 돌보기 교실", "▶ 11일(목) 오전 10시 한지 공예 체험"),
        ("▶ 9일(화) 오후 3시 반딧불이 엿보기 탐사", "▶ 11일(목) 오전 10시 가족 요리 교실"),
        ("▶ 9일(화) 오후 3시 뮤지컬 공연 관람권 예매", "▶ 11일(목) 오전 10시 그림책 듣기 시간"),
        ("▶ 9일(화) 오후 3시 바로가기 버튼 만들기 수업", "▶ 11일(목) 오전 10시 알림판 꾸미기"),
    ],
)
def test_a_schedule_s_entries_that_hold_a_link_s_word_inside_the_line_are_read(entries: tuple[str, str]) -> None:
    text = (
        "봄방학 도서관 행사 풍성\n\n김철수 기자\n\n누리시립도서관이 봄방학을 맞아 행사를 연다.\n\n"
        "주요 일정은 다음과 같다.\n\n" + "\n".join(entries) + "\n\n자세한 내용은 도서관 누리집에서 확인할 수 있다.\n"
    )
    said = "\n".join(_paragraphs(parse_text(text)))
    assert all(e.removeprefix("▶ ") in said for e in entries)
    assert rules.has_link_action("▶ 15일(월) 신년 음악회 예매하기 ▶") and not rules.has_link_action("동생 돌보기")


@pytest.mark.parametrize(
    ("headline", "heard"),
    [
        ("(해명자료) 한빛일보 '누리시 예산 삭감' 보도 관련", "한빛일보 '누리시 예산 삭감' 보도 관련"),
        ("(설명자료) 누리신문 8일자 보도에 대한 설명", "누리신문 8일자 보도에 대한 설명"),
        ("한빛구 도서관 두 곳 새로 연다 (보도자료)", "한빛구 도서관 두 곳 새로 연다"),
        ("(보도참고자료) 여름철 물놀이 안전 수칙", "여름철 물놀이 안전 수칙"),
    ],
)
def test_a_document_kind_in_parentheses_on_the_headline_line_is_not_read(headline: str, heard: str) -> None:
    text = (
        f"{headline}\n\n2026.03.03 10:00\n\n"
        "누리시는 올해 예산을 줄이지 않았다고 밝혔다. 보도 내용은 사실과 다르다.\n\n"
        "시는 앞으로도 사업을 차질 없이 진행하겠다고 덧붙였다.\n"
    )
    assert _blocks(parse_text(text))[0] == ("title", heard)


@pytest.mark.parametrize(
    "note",
    [
        "※ 호우 정보는 기상청 날씨누리에서 실시간으로 확인할 수 있습니다.",
        "* 산불 현황은 산림청 누리집을 참고하세요.",
        "※ 태풍 진로는 기상청 발표에 따라 달라질 수 있습니다.",
        "※ 대설 특보는 기상청 앱에서 확인하세요.",
    ],
)
def test_a_marked_note_sending_the_reader_elsewhere_for_the_information_is_not_read(note: str) -> None:
    text = (
        "누리시 밤사이 폭우…주택 12채 침수\n\n입력 2026.07.10 07:00\n한여름 기자\n\n"
        "밤사이 누리시에 시간당 60㎜가 넘는 비가 쏟아져 주택 12채가 물에 잠겼다.\n\n"
        "시는 이재민 20명을 마을회관으로 옮겼다고 10일 밝혔다.\n\n"
        f"{note}\n\n한여름 기자 summer@hanbit.example\n"
    )
    assert _paragraphs(parse_text(text)) == [
        "밤사이 누리시에 시간당 60㎜가 넘는 비가 쏟아져 주택 12채가 물에 잠겼다.",
        "시는 이재민 20명을 마을회관으로 옮겼다고 10일 밝혔다.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "※ 접수 장소는 한빛시 누리집에서 확인할 수 있습니다.",
        "호우 정보는 기상청 날씨누리에서 확인할 수 있다.",
        "※ 신청 방법은 누리집을 참고하세요.",
    ],
)
def test_a_notes_subject_that_is_no_information_or_an_unmarked_sentence_is_read(line: str) -> None:
    assert not rules.is_chrome(line)


_SHORT_STORY = (
    "한빛시 공영주차장 요금 인상\n\n입력 2026.05.12 07:30\n김철수 기자\n\n"
    "한빛시가 공영주차장 요금을 다음 달부터 올린다. 1시간에 1000원에서 1500원이 된다.\n\n"
    "{line}\n\n"
    "시는 늘어난 수입을 주차장 확충에 쓰겠다고 밝혔다.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "앱에서 보기",
        "한빛뉴스 앱으로 열기",
        "더 편하게 읽기 · 한빛뉴스 앱 설치",
        "앱에서 보기\n더 편하게 읽기 · 한빛뉴스 앱 설치",
        "누리일보 앱 다운로드",
        "한빛뉴스 앱 설치하기",
        "더 보기 · 앱 설치",
        "※ 이 페이지는 30초마다 자동으로 갱신됩니다.",
        "이 화면은 1분마다 자동으로 새로고침됩니다.",
        "이메일이 제대로 보이지 않으면 여기를 누르세요.",
        "본 메일은 발신 전용입니다. 문의는 letter@example.co.kr로 보내 주세요.",
    ],
)
def test_an_app_s_or_a_mailing_s_or_a_live_page_s_own_line_between_paragraphs_is_not_read(line: str) -> None:
    # each was read between the story's paragraphs, or ran the two around it together
    paras = _paragraphs(parse_text(_SHORT_STORY.format(line=line)))
    assert paras == [
        "한빛시가 공영주차장 요금을 다음 달부터 올린다. 1시간에 1000원에서 1500원이 된다.",
        "시는 늘어난 수입을 주차장 확충에 쓰겠다고 밝혔다.",
    ]


@pytest.mark.parametrize("line", ["은행 앱 설치", "배달 앱 설치", "공공 앱 다운로드"])
def test_a_subheading_over_prose_about_some_app_is_read(line: str) -> None:
    # a subheading naming an app that is not the publisher's, with no prompt's dot or 하기: the story's own
    assert not rules.is_chrome(line)
    text = (
        "모바일 결제 확산\n\n입력 2026.05.12 07:30\n김철수 기자\n\n"
        "간편결제 이용자가 1천만 명을 넘었다. 이용액도 크게 늘었다.\n\n"
        f"{line}\n\n"
        f"{line.split()[0]} 앱 설치 과정에서 본인 인증 절차가 까다롭다는 불만도 나온다. 고령층의 불편이 크다.\n"
    )
    assert line in [t for _, t in _blocks(parse_text(text))]


@pytest.mark.parametrize(
    "line",
    [
        "새 앱에서 보기 쉬운 글자 크기를 고를 수 있다.",
        "시는 이 페이지가 자동으로 갱신되도록 바꿨다고 설명했다.",
        "본 메일은 시민 500명에게 발송됐다고 시는 밝혔다.",
    ],
)
def test_a_story_s_sentence_about_an_app_a_page_or_a_mail_is_read(line: str) -> None:
    assert line in _paragraphs(parse_text(_SHORT_STORY.format(line=line)))


@pytest.mark.parametrize(
    "line",
    [
        "※ 지원 대상과 신청 방법 등 자세한 정보는 보건복지부 콜센터(129)에서 확인할 수 있습니다.",
        "※ 노선별 우회 경로는 한빛시 누리집에서 확인할 수 있습니다.",
        "※ 행사 정보는 누리구청 누리집을 참고하세요.",
        "* 공사 현황은 한빛시 도로과에서 확인할 수 있습니다.",
    ],
)
def test_a_where_to_find_note_with_no_weather_or_disaster_word_is_the_storys_own(line: str) -> None:
    assert not rules.is_chrome(line)
    text = (
        "한빛시 도심 교통 통제\n\n입력 2026.04.10 09:00\n한여름 기자\n\n"
        "오는 12일 도심 주요 도로가 오전 7시부터 낮 1시까지 통제된다.\n\n"
        f"{line}\n\n한여름 기자 summer@hanbit.example\n"
    )
    assert _paragraphs(parse_text(text))[-1] == line


def test_a_marked_box_title_over_its_short_lines_inside_the_story_is_its_subheading() -> None:
    # ■ 후보 명단 over the nominees, one a line, was said as a paragraph of its own, mark and all
    page = (
        "한빛영화제 경쟁 부문 후보 발표\n\n2026.09.01 10:00\n김철수 기자\n\n"
        "한빛영화제 집행위원회는 경쟁 부문 후보작 3편을 1일 발표했다. 올해는 200편이 출품됐다.\n\n"
        "■ 후보작\n박하늘 감독 '먼 바다'\n최도윤 감독 '겨울의 끝'\n이서진 감독 '작은 방'\n\n"
        "수상작은 폐막식에서 발표된다. 상금은 3000만원이다.\n\n김철수 기자 cs@hanbil.example\n"
    )
    assert _blocks(parse_text(page))[2:6] == [
        ("heading", "후보작"),
        ("paragraph", "박하늘 감독 '먼 바다'"),
        ("paragraph", "최도윤 감독 '겨울의 끝'"),
        ("paragraph", "이서진 감독 '작은 방'"),
    ]


@pytest.mark.parametrize("title", ["■ 대회 일정", "◆ 행사 일정"])
def test_a_box_of_days_under_the_byline_is_the_story_s_and_no_deck(title: str) -> None:
    # a schedule box right under the byline was dropped with the headline's deck
    page = (
        "한빛시민체육대회 이번 주말 열린다\n\n2026.10.02 09:00\n김철수 기자\n\n"
        f"{title}\n3일(토) 오전 10시 개회식\n4일(일) 오전 9시 읍면 대항 축구 결승\n\n"
        "한빛시민체육대회가 3일부터 이틀 동안 열린다. 선수단 2000여 명이 참가한다.\n\n"
        "시는 대회 기간 셔틀버스를 운행한다.\n"
    )
    assert _blocks(parse_text(page))[1:4] == [
        ("heading", title[2:]),
        ("paragraph", "3일(토) 오전 10시 개회식"),
        ("paragraph", "4일(일) 오전 9시 읍면 대항 축구 결승"),
    ]


def test_a_box_of_fields_under_the_byline_is_still_not_read() -> None:
    page = (
        "새 노트북 써보니\n\n2026.10.02 09:00\n김철수 기자\n\n"
        "■ 제품 사양\n- 무게: 1.1kg\n- 가격: 159만원\n\n"
        "새 노트북은 가볍다. 하루 종일 들고 다녀도 부담이 없었다.\n\n배터리는 10시간을 버텼다.\n"
    )
    assert _blocks(parse_text(page))[1] == ("paragraph", "새 노트북은 가볍다. 하루 종일 들고 다녀도 부담이 없었다.")


@pytest.mark.parametrize(
    ("title", "items"),
    [
        ("■ 3줄 요약", ["솔내시 공공자전거 500대 추가", "대여소 40곳 신설", "요금은 그대로"]),
        ("■ 주요 사양", ["화면 14인치", "무게 1.1kg", "배터리 10시간"]),
        ("◆ 한눈에 보기", ["솔내시 공공자전거 500대 추가", "대여소 40곳 신설"]),
        ("■ 핵심 정리", ["대여소 40곳 신설", "요금은 그대로"]),
    ],
)
def test_a_box_at_a_glance_under_the_byline_stays_unread(title: str, items: list[str]) -> None:
    # a summary or specs box with no marks on its lines was read as the story's, title and all
    page = (
        "솔내시 공공자전거 늘린다\n\n2026.10.02 09:00\n김철수 기자\n\n" + title + "\n" + "\n".join(items) + "\n\n"
        "솔내시가 공공자전거를 500대 늘린다. 대여소도 40곳 새로 만든다.\n\n시는 요금은 올리지 않기로 했다.\n"
    )
    article = parse_text(page)
    assert _blocks(article)[1] == ("paragraph", "솔내시가 공공자전거를 500대 늘린다. 대여소도 40곳 새로 만든다.")
    assert title[2:] not in article.text and items[0] not in article.text


@pytest.mark.parametrize("title", ["■ 경기 일정", "■ 행사 안내"])
def test_a_box_of_the_story_s_own_under_the_byline_is_still_read(title: str) -> None:
    page = (
        "한빛시민체육대회 이번 주말 열린다\n\n2026.10.02 09:00\n김철수 기자\n\n"
        f"{title}\n3일(토) 오전 10시 개회식\n4일(일) 오전 9시 읍면 대항 축구 결승\n\n"
        "한빛시민체육대회가 3일부터 이틀 동안 열린다. 선수단 2000여 명이 참가한다.\n\n"
        "시는 대회 기간 셔틀버스를 운행한다.\n"
    )
    assert _blocks(parse_text(page))[1] == ("heading", title[2:])


_QUIZ_STORY = """\
한빛시 도서관 24시간 연다

한빛시 중앙도서관이 다음 달부터 24시간 문을 연다고 시가 2일 밝혔다.

야간에는 무인 대출기로 책을 빌릴 수 있다. 시는 이용자가 늘면 다른 도서관으로 넓힌다.

{header}
Q. 중앙도서관은 다음 달부터 몇 시간 문을 열까요?
① 12시간
② 18시간
③ 24시간
{answer}
"""


@pytest.mark.parametrize(
    ("header", "answer"),
    [("[오늘의 뉴스 퀴즈]", "정답: ③ 24시간"), ("■ 시사 퀴즈", "▶정답은 ③번"), ("QUIZ", "정답 확인")],
)
def test_a_quiz_box_under_the_story_is_not_heard(header: str, answer: str) -> None:
    text = parse_text(_QUIZ_STORY.format(header=header, answer=answer)).text
    for gone in ("퀴즈", "몇 시간", "18시간", "정답"):
        assert gone not in text
    assert "무인 대출기" in text


_QUIZ_SHOW = """\
한빛방송 새 퀴즈 프로그램 첫선

한빛방송이 새 퀴즈 프로그램을 다음 주 선보인다고 2일 밝혔다.

{header}
첫 회 문제는 시청자들이 직접 냈다. 제작진은 "누구나 풀 수 있다"고 전했다.
정답은 방송에서 공개된다. 첫 방송은 오는 15일 저녁 8시다.
"""


def test_a_story_s_part_headed_quiz_whose_answer_is_told_in_a_line_is_heard() -> None:
    page = (
        "한빛시 역사 퀴즈 대회 열려\n\n한빛시가 2일 역사 퀴즈 대회를 열었다고 밝혔다.\n\n[퀴즈]\n"
        "결승 문제는 한빛시의 옛 이름을 묻는 것이었다.\n우승자 김모씨는 마지막 문제까지 맞혔다.\n정답은 '새벌'.\n\n"
        "시는 내년에도 대회를 연다.\n"
    )
    text = parse_text(page).text
    assert "결승 문제는" in text and "마지막 문제까지" in text


@pytest.mark.parametrize("answer", ["정답: ③ 24시간", "정답: ② 바다"])
def test_a_quiz_box_is_not_heard_whatever_its_answer_ends_in(answer: str) -> None:
    text = parse_text(_QUIZ_STORY.format(header="[오늘의 퀴즈]", answer=answer)).text
    assert "몇 시간" not in text and "정답" not in text


@pytest.mark.parametrize("header", ["퀴즈", "■ 상식 퀴즈"])
def test_a_story_s_part_headed_quiz_with_no_question_in_it_is_heard(header: str) -> None:
    # a box is a quiz by its question or its choices; without them the part headed 퀴즈 is the
    # story's, and 정답은 … in a sentence of it closes nothing
    text = parse_text(_QUIZ_SHOW.format(header=header)).text
    assert "시청자들이 직접 냈다" in text
    assert "첫 방송은 오는 15일" in text


@pytest.mark.parametrize(
    "line",
    [
        "지도 크게 보기",
        "카카오맵에서 보기",
        "길찾기",
        "빠른 길찾기",
        "로드뷰",
        "© NAVER Corp.",
        "지도 데이터 © OpenStreetMap",
    ],
)
def test_a_map_widget_s_buttons_and_credits_are_chrome(line: str) -> None:
    assert rules.is_chrome(line)


def test_a_line_about_a_map_is_not_chrome() -> None:
    assert not rules.is_chrome("시는 새 지도를 보기 쉽게 고쳤다.")
