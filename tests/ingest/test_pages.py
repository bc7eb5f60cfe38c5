"""Test pages in other sites' shapes: each NAME.(txt|html) has NAME.expected.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsread.ingest import load

from .helpers import PAGES, check_offsets, plan

CASES = sorted(p for p in PAGES.iterdir() if p.suffix in (".txt", ".html"))


def _expected(page: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return data


def test_every_page_has_its_expectation() -> None:
    assert len(CASES) >= 4
    for page in CASES:
        assert page.with_suffix(".expected.json").is_file(), page.name


@pytest.mark.parametrize("page", CASES, ids=lambda p: p.name)
def test_blocks(page: Path) -> None:
    article = load(page)
    want = _expected(page)
    assert [[b.kind, b.text] for b in article.blocks] == want["blocks"]
    assert article.title == want["title"]
    check_offsets(article)


@pytest.mark.parametrize("page", CASES, ids=lambda p: p.name)
def test_metadata(page: Path) -> None:
    article = load(page)
    want = _expected(page)
    assert article.author == want["author"]
    assert article.date == want["date"]
    assert article.source == str(page)


@pytest.mark.parametrize("page", CASES, ids=lambda p: p.name)
def test_plan(page: Path) -> None:
    want = _expected(page)
    script = plan(load(page))
    assert [c.title for c in script.chapters] == want["chapters"]
    spoken = "\n".join(s.text for s in script.sentences)
    for gone in want["absent"]:
        assert gone not in spoken, gone
        assert gone not in "\n".join(c.title for c in script.chapters), gone
