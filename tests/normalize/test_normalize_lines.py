"""Lines that are not sentences: rows of a table pasted as text, their cells apart by tabs or
runs of spaces (the golden files cannot hold a tab inside the written side)."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize


@pytest.mark.parametrize(
    ("row", "said"),
    [
        ("사과(1개)\t3,200\t▲150", "백오십 상승"),
        ("배(1개)\t3,900\t▼200", "이백 하락"),
        ("대파(1kg)    2,980    ▲120", "백이십 상승"),
    ],
)
def test_a_change_in_its_own_cell_is_said_after_the_figure(row: str, said: str) -> None:
    assert normalize(row).endswith(said)


def test_a_change_between_cells_is_said_before_the_next_cell() -> None:
    assert normalize("사과\t2,500\t▲120\t4.8%").split("\t")[2] == "백이십 상승"
    assert normalize("코스닥\t870.45\t▼3.21\t-0.37%").split("\t")[2] == "삼 점 이일 하락"


def test_a_bullet_before_a_date_in_a_row_stays_silent() -> None:
    out = normalize("주요 일정\t▲ 9일 개막식\t▲ 12일 폐막")
    assert "상승" not in out
    assert "구 일 개막식" in out
