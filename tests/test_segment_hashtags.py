"""Hashtags after a sentence's stop: with the post they end, or at the start of the sentence a
noun of theirs goes on into."""

from __future__ import annotations

import pytest

from newsread.segment import split_sentences


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        # after a news sentence's full stop, tags that a noun goes on from begin that sentence
        (
            "고발 글이 잇따라 올라왔다. #미투 운동은 이후 문화계 전반으로 번졌다.",
            ["고발 글이 잇따라 올라왔다.", "#미투 운동은 이후 문화계 전반으로 번졌다."],
        ),
        (
            "참여가 크게 늘었다. #챌린지 참여자는 10만 명을 넘었다.",
            ["참여가 크게 늘었다.", "#챌린지 참여자는 10만 명을 넘었다."],
        ),
        (
            "비판이 쏟아졌다. #미투 #위드유 운동은 사회 전반으로 확산됐다.",
            ["비판이 쏟아졌다.", "#미투 #위드유 운동은 사회 전반으로 확산됐다."],
        ),
        # after a post's exclamation, or before a clause of its own, the tags end the post
        (
            "드디어 첫 출근! #신입사원 #설렘 게시물에는 축하 댓글이 이어졌다.",
            ["드디어 첫 출근! #신입사원 #설렘", "게시물에는 축하 댓글이 이어졌다."],
        ),
        (
            "새해 첫 해돋이를 봤다. #새해 그는 이렇게 적었다.",
            ["새해 첫 해돋이를 봤다. #새해", "그는 이렇게 적었다."],
        ),
    ],
)
def test_tags_go_with_the_post_or_begin_the_next_sentence(paragraph: str, sentences: list[str]) -> None:
    assert [paragraph[a:b] for a, b in split_sentences(paragraph)] == sentences


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        # a figure against an ellipsis after a final ending opens a sentence
        ("그는 결국 떠났다…3년 만의 일이다.", ["그는 결국 떠났다…", "3년 만의 일이다."]),
        # a word that leans on the clause before does not
        ("실적이 좋았다…등의 평가가 나왔다.", ["실적이 좋았다…등의 평가가 나왔다."]),
    ],
)
def test_a_figure_after_an_ellipsis_opens_a_sentence(paragraph: str, sentences: list[str]) -> None:
    assert [paragraph[a:b] for a, b in split_sentences(paragraph)] == sentences
