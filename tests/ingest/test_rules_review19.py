"""Rules narrowed after a review: a chronology's event with 최종 or 처음 before its word, a box of
the story's own whose title shares a word with a summary's, a front matter's empty date."""

from __future__ import annotations

import pytest

from newsread.ingest import rules


@pytest.mark.parametrize(
    ("line", "item"),
    [
        # an event of a chronology whose last word is a word of stamps, with 최종 or 처음 before it
        ("2026.06.10 최종 승인", True),
        ("2026.03.02 처음 배포", True),
        ("2025.11.04(화) 최종 승인", True),
        # a page's own stamp with its weekday or which stamp it is
        ("2026.12.02(화) 입력", False),
        ("2026.12.03 마지막 수정", False),
        ("2026.12.02 최초 입력", False),
    ],
)
def test_a_stamp_s_lead_stands_only_before_the_page_s_own_word(line: str, item: bool) -> None:
    assert rules.chronology_item(line) is item


@pytest.mark.parametrize(
    ("title", "glance"),
    [
        ("■ 3줄 요약", True),
        ("■ 주요 사양", True),
        ("■ 한눈에 보기", True),
        ("■ 핵심 정리", True),
        ("■ 제원", True),
        # a box of the story's own that shares a word with a summary's title
        ("■ 정리해고 일정", False),
        ("■ 관전 포인트", False),
        ("■ 사양산업 전환 지원책", False),
        ("■ 핵심 일정", False),
        ("■ 대회 일정 정리", False),
        ("■ 요약본 배포 일정", False),
    ],
)
def test_a_glance_box_is_named_by_a_whole_phrase(title: str, glance: bool) -> None:
    assert rules.is_glance_box_title(title) is glance


def test_an_empty_published_date_falls_through_to_date() -> None:
    page = "---\ntitle: 한빛시 소식\ndate: 2026-11-20\npublished: null\n---\n\n한빛시가 새 정책을 발표했다.\n"
    _text, day = rules.without_front_matter(page)
    assert day is not None and day.startswith("2026-11-20")
