"""The examples in the normalizer's docstrings are its specification by example: run them."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["__init__", "cardinal", "counter", "date", "time", "hanja", "latin", "english", "telephone", "romanized"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    mod = importlib.import_module("newsread.normalize" + ("" if name == "__init__" else f".{name}"))
    result = doctest.testmod(mod)
    assert result.attempted > 0
    assert result.failed == 0
