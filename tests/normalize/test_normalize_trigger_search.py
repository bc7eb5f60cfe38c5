"""The scan's quick search finds what TRIGGER.search finds: the characters it runs through
unchecked start no match of TRIGGER, whatever stands around them."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsread.normalize import engine

QUIET = [chr(c) for c in range(0xAC00, 0xD7A4) if chr(c) != "제"] + list(" \t\n\r,")
BEFORE = ["", "1", "가", " ", "(", "3일 ", "편"]
AFTER = ["", "1", "가", " ", "A", "-", "^^", "가)"]


def test_no_match_of_trigger_starts_with_a_quiet_character() -> None:
    for c in QUIET:
        assert engine._QUIET.fullmatch(c), c
        for left in BEFORE:
            for right in AFTER:
                text = left + c + right
                assert engine.TRIGGER.match(text, len(left)) is None, repr(text)


MIXED = st.text(
    st.sampled_from(list("0123456789-–:'’.,()^_T;DP제일편가나 \n\tㄱㅡㅣAaZ李%/~·😀")),
    max_size=40,
)


def _same_at_every_position(text: str) -> None:
    for pos in range(len(text) + 1):
        fast = engine._search(text, pos, len(text))
        slow = engine.TRIGGER.search(text, pos, len(text))
        assert (fast and fast.span()) == (slow and slow.span()), (text, pos)


@settings(max_examples=200, deadline=None)
@given(MIXED)
@example("값은 .5, 기록 '24년 제1항제8호 (李) 3:2 :) ㄱ씨 - 첫째 소득 = 매출 - 비용 ^^")
def test_search_finds_what_trigger_finds(text: str) -> None:
    _same_at_every_position(text)
