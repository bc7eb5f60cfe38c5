"""Properties over arbitrary Unicode and over generated number+counter phrases."""

from __future__ import annotations

import logging
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsread.normalize import normalize, normalize_spans

FORBIDDEN = re.compile(r"[0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# characters the rules care about, mixed so that generated text hits them often
NEWSY = st.sampled_from(
    list("0123456789,.-:/~·%$€¥()[]\"' \n\t")
    + list("가나다라마바사아자차카타파하명개대번시월일년원만억조")
    + list("ABCDEFGHIKLMNOPRSTUVWXYZabcdegikmnoprst")
    + list("李韓美中日北與野社前現故新反親對英佛獨檢軍勞使論難一石二鳥")
    + list("▲△■※…℃㎡㎞①😀\u200b\x00\x7f\ud800\udfff")
)
ANY = st.characters(exclude_categories=())
TEXT = st.text(st.one_of(NEWSY, ANY), max_size=60)


def _check_spans(text: str) -> None:
    res = normalize_spans(text)
    assert res.source == text
    out_pos = 0
    src_pos = 0
    for sp in res.spans:
        assert sp.out_start == out_pos and sp.src_start == src_pos
        assert sp.out_end >= sp.out_start and sp.src_end > sp.src_start
        out_pos, src_pos = sp.out_end, sp.src_end
    assert out_pos == len(res.spoken)
    assert src_pos == len(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_never_raises_and_speaks_only_hangul(text: str) -> None:
    out = normalize(text)
    assert isinstance(out, str)
    assert not FORBIDDEN.search(out), (text, out)
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in out)
    assert out.count("\n") == text.count("\n")


@settings(max_examples=300, deadline=None)
@given(TEXT)
@example("0<0-")  # a dash left on the word compared became a break on the second pass
@example("~-")  # a list item's dash after a silent mark started the line on the second pass
@example("★ - 첫째")
@example("-+")  # a dash before a plus read as a word became a list item's dash on the second pass
def test_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once, (text, once)


@settings(max_examples=300, deadline=None)
@given(TEXT)
@example('0<0"')  # an inch mark after the compared figure lies past the comparison's end
@example("원>VS. ")  # so does the full stop of vs.
def test_spans_cover_source_and_output_in_order(text: str) -> None:
    _check_spans(text)


HANGUL_ONLY = list("가각간갈감강개객거건결경고공과관광구국군굴궁권귀규균그극근글금급기길김") + list(
    "나내너네노누느니다대더데도동두드들등디라래로료루르리마만말 .,?!\n"
)


@given(st.text(st.sampled_from(HANGUL_ONLY), max_size=80))
def test_hangul_only_text_unchanged(text: str) -> None:
    assert normalize(text) == text
    res = normalize_spans(text)
    assert res.spoken == text
    assert all(sp.src_end - sp.src_start == sp.out_end - sp.out_start for sp in res.spans)


NATIVE_COUNTERS = ["개", "명", "마리", "살", "곳", "가지", "잔", "정", "권", "장", "병", "척", "그루", "켤레"]
# an oracle for native numerals, written independently of the code under test
_TENS = ["", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"]
_ONES = ["", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"]


def _native(n: int) -> str:
    return "스무" if n == 20 else _TENS[n // 10] + _ONES[n % 10]


@given(
    st.integers(min_value=1, max_value=99),
    st.sampled_from(NATIVE_COUNTERS),
    st.sampled_from(["", "이", "를", "의", "만", "씩", "과", "도"]),
)
def test_native_counters(n: int, counter: str, particle: str) -> None:
    out = normalize(f"모두 {n}{counter}{particle} 확인했다.")
    assert out.replace(" ", "") == f"모두{_native(n)}{counter}{particle}확인했다."


@given(st.integers(min_value=100, max_value=10**8), st.sampled_from(["명", "개", "원", "년", "층"]))
def test_large_numbers_have_no_digits_and_keep_the_counter(n: int, counter: str) -> None:
    out = normalize(f"{n:,}{counter}이다.")
    assert not FORBIDDEN.search(out)
    assert out.endswith(f"{counter}이다.")


def test_huge_input_does_not_raise() -> None:
    text = ("가격은 25,000원, GPU 3개와 李 대통령 😀 \ud800 ▲ " * 20000)[:1_000_000]
    out = normalize(text)
    assert not FORBIDDEN.search(out)


def test_unspeakable_characters_dropped_with_one_warning(caplog) -> None:  # type: ignore[no-untyped-def]
    with caplog.at_level(logging.WARNING, logger="newsread.normalize"):
        out = normalize("좋아요😀 정말😀 \ud800끝\x00")
    assert out == "좋아요 정말 끝"
    records = [r for r in caplog.records if r.name == "newsread.normalize"]
    assert len(records) == 1
    msg = records[0].getMessage()
    assert "U+1F600" in msg and "U+D800" in msg and "U+0000" in msg
    assert msg.count("U+1F600") == 1


def test_no_warning_for_bullets_and_invisible_marks(caplog) -> None:  # type: ignore[no-untyped-def]
    with caplog.at_level(logging.WARNING, logger="newsread.normalize"):
        out = normalize("▲경제\u200b ※참고")
    assert out.split() == ["경제", "참고"]
    assert not [r for r in caplog.records if r.name == "newsread.normalize"]


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from(list("0123456789,.:/~-·만억조원명$ ")), min_size=1, max_size=200))
def test_number_soup(text: str) -> None:
    out = normalize(text)
    assert not FORBIDDEN.search(out), (text, out)
    assert normalize(out) == out


def test_very_long_digit_runs_are_read_digit_by_digit() -> None:
    long = "1" * 5000
    for text in [long, long + "/" + long, "$" + long, long + ".5", "3만" + long]:
        out = normalize(text)
        assert not FORBIDDEN.search(out)
        assert len(out) >= 5000


#: What may stand before figures joined by colons: a code in Latin letters, with or without a
#: hyphen or a space, a word, a word of the time of day, a book, nothing.
_COLON_BEFORE = st.sampled_from(
    [
        "",
        " ",
        "KTX-",
        "A-",
        "V",
        "B",
        "T-",
        "T+",
        "SRT ",
        "GX-",
        "Z9-",
        "x",
        "오후 ",
        "영상 ",
        "요한복음 ",
        "약 ",
        "(",
        "#",
        "'",
    ]
)
#: What may stand after them: a particle, a counter, a span's other end, a half of the day, a mark.
_COLON_AFTER = st.sampled_from(
    [
        "",
        "에",
        "이었다",
        "으로",
        "분",
        "초",
        " 전",
        "를 남기고",
        "-12:00",
        "~14:30",
        " PM",
        "pm",
        "%",
        ".5",
        ")",
        "명",
        "편",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    _COLON_BEFORE,
    st.lists(st.integers(min_value=0, max_value=999), min_size=2, max_size=4),
    st.sampled_from([1, 2, 3]),
    _COLON_AFTER,
)
@example("KTX-", [10, 30], 2, "")
@example("V", [2, 10], 1, "")
@example("A-", [10, 30], 2, " 편")
@example("", [10, 0, 0, 0], 2, "")
def test_no_colon_between_figures_is_spoken(before: str, parts: list[int], width: int, after: str) -> None:
    # figures joined by colons are a time, a ratio, a score, a verse or a timecode, whatever
    # stands around them: the colon itself is never left between two spoken numbers
    written = before + ":".join(str(p).zfill(width) for p in parts) + after + " 알려졌다."
    out = normalize(written)
    assert ":" not in out, (written, out)
