"""Shapes of figures, marks and clippings a newsreader says one way, whatever the story: each
case is a sentence, what must be said in it, and what must not."""

from __future__ import annotations

import pytest

from newsread.normalize import normalize

CASES = [
    # a country's clipping before 측 is said in full: its bare syllable is heard as a number or
    # a word (한 측 "one side", 일 측); 측근 and 측면 are other words and keep the clipping
    ("韓 측은 이에 대해 유감을 표명했다.", "한국 측은", "한 측"),
    ('日 측 "수용 불가"', "일본 측", "일 측"),
    ("中 측의 입장은 달랐다.", "중국 측의", "중 측"),
    ("美 측과 협의를 이어가기로 했다.", "미국 측과", "미 측"),
    ("北 측 대표단이 판문점에 도착했다.", "북한 측", "북 측"),
    ("尹 측근 인사들이 모였다.", "윤 측근", "측 근"),
]


@pytest.mark.parametrize(("text", "said", "not_said"), CASES)
def test_shape(text: str, said: str, not_said: str) -> None:
    out = normalize(text)
    assert said in out, out
    assert not_said not in out, out
