"""For any text, every block that ingest keeps comes from the input, in order."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsread.errors import InputError
from newsread.ingest import parse_text

from .helpers import PAGES, SEED, check_offsets, squash

_REAL_LINES = sorted(
    {
        line
        for page in [SEED, *PAGES.glob("*.txt")]
        for line in page.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
)
_ALPHABET = st.sampled_from(
    [*"가나다라마바사아자차카타파하이는을를다요까 .,?!\"'()[]<>=/▶▲■ⓒ@…·", "기자", "사진=", "\n", "\n\n"]
)
_LINE = st.one_of(
    st.sampled_from(_REAL_LINES),
    st.lists(_ALPHABET, max_size=40).map("".join),
    st.text(max_size=40),
)
_PAGE = st.lists(_LINE, max_size=40).map("\n".join) | st.text(max_size=400)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PAGE)
def test_every_block_comes_from_the_input_in_order(text: str) -> None:
    try:
        article = parse_text(text)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    check_offsets(article)
    haystack = squash(text)
    cursor = 0
    for block in article.blocks:
        assert block.text == block.text.strip() and block.text
        needle = squash(block.text)
        found = haystack.find(needle, cursor)
        assert found >= 0, (block, text)
        cursor = found + len(needle)
