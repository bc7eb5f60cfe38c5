"""The quality gate: the dev set scores at least the pinned floor."""

from __future__ import annotations

import gate_normalize


def test_dev_set_at_floor(capsys) -> None:  # type: ignore[no-untyped-def]
    assert gate_normalize.main(["--failures", "50"]) == 0, capsys.readouterr().out


def test_scoring_matches_the_project_scorer() -> None:
    # spaces, punctuation, digits, Latin and Hanja do not count; jamo do
    assert gate_normalize.strip_text("삼 점 오 퍼센트, GPU 3개 漢") == "삼점오퍼센트개"
    assert gate_normalize.strip_text("ㅋㅋ") == "ㅋㅋ"
    assert gate_normalize.passes("이 대 영으로", ["이대영으로"])
    assert not gate_normalize.passes("이 대 0으로", ["이 대 영으로"])
    assert gate_normalize.levenshtein("가나다", "가다") == 1
