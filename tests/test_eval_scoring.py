"""The intelligibility script's scoring: what a recogniser writes is compared fairly."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "eval_intelligibility.py"


@pytest.fixture(scope="module")
def ev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_intelligibility", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_intelligibility", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("reference", "heard"),
    [
        ("헬기 스무 대가 투입됐습니다.", "헬기 20대가 투입됐습니다"),
        ("영상 십이 도까지 오릅니다.", "영상 12도까지 오릅니다"),
        ("평균 세 시간을 넘었습니다.", "평균 3시간을 넘었습니다"),
        ("석 달 연속 늘었습니다.", "3달 연속 늘었습니다"),
        ("서른다섯 명이 적발됐습니다.", "35명이 적발됐습니다"),
        ("칠 점 오 퍼센트 늘었습니다.", "7.5% 늘었습니다"),
        ("천사백 원에 마감했습니다.", "1,400원에 마감했습니다"),
    ],
)
def test_a_number_written_in_digits_is_read_as_the_reference_reads_it(
    ev: ModuleType, reference: str, heard: str
) -> None:
    assert ev.cer(reference, heard) == 0.0


def test_a_wrong_number_still_counts(ev: ModuleType) -> None:
    assert ev.cer("헬기 스무 대가 떴습니다.", "헬기 30대가 떴습니다") > 0
    assert ev.cer("열두 명", "11명") > 0


def test_sino_only_scores_as_before(ev: ModuleType) -> None:
    assert ev.cer("헬기 스무 대가 떴습니다.", "헬기 20대가 떴습니다", sino_only=True) > 0
    assert ev.cer("영상 십이 도", "영상 12도", sino_only=True) == 0.0
