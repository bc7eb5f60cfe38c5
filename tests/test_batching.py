"""The batch scheduler: length-sorted batches under a budget, input order restored, OOM survived."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsread.batching import Budget, Scheduler, is_out_of_memory, plan_batches
from newsread.errors import EngineError


class FakeOutOfMemoryError(RuntimeError):
    """Stands in for torch.cuda.OutOfMemoryError (same name, same base class)."""


FakeOutOfMemoryError.__name__ = "OutOfMemoryError"


@given(st.lists(st.integers(1, 50), max_size=40), st.integers(1, 200), st.integers(1, 8))
def test_plan_covers_every_item_once_within_budget(costs: list[int], cost: int, items: int) -> None:
    batches = plan_batches(costs, Budget(cost=cost, items=items))
    flat = sorted(i for b in batches for i in b)
    assert flat == list(range(len(costs)))
    for b in batches:
        assert len(b) <= items
        if len(b) > 1:
            assert len(b) * max(costs[i] for i in b) <= cost


def _partitions(items: list[int]) -> list[list[list[int]]]:
    if not items:
        return [[]]
    first, rest = items[0], items[1:]
    out = []
    for part in _partitions(rest):
        out.append([[first], *part])
        for k in range(len(part)):
            out.append([*part[:k], [first, *part[k]], *part[k + 1 :]])
    return out


def _padded(batches: list[list[int]], costs: list[int], overhead: int) -> int:
    return sum(len(b) * max(costs[i] for i in b) + overhead for b in batches)


@given(st.lists(st.integers(1, 30), max_size=6), st.integers(1, 120), st.integers(1, 4), st.integers(0, 40))
def test_planning_with_an_overhead_finds_the_cheapest_split(
    costs: list[int], cost: int, items: int, overhead: int
) -> None:
    budget = Budget(cost=cost, items=items, overhead=overhead)
    batches = plan_batches(costs, budget)
    assert sorted(i for b in batches for i in b) == list(range(len(costs)))
    for b in batches:
        assert len(b) <= items
        if len(b) > 1:
            assert len(b) * max(costs[i] for i in b) <= cost
    allowed = [
        p
        for p in _partitions(list(range(len(costs))))
        if all(len(b) == 1 or (len(b) <= items and len(b) * max(costs[i] for i in b) <= cost) for b in p)
    ]
    assert _padded(batches, costs, overhead) == min(_padded(p, costs, overhead) for p in allowed)


def test_an_overhead_keeps_a_long_item_from_padding_short_ones() -> None:
    costs = [100, 10, 10, 10, 10, 10, 10, 10]
    greedy = plan_batches(costs, Budget(cost=10_000, items=64))
    assert greedy == [list(range(8))]  # 800 padded tokens for 170 real ones
    planned = plan_batches(costs, Budget(cost=10_000, items=64, overhead=50))
    assert planned == [[0], list(range(1, 8))]  # 100 + 70 tokens and one more batch
    # a batch that costs more than the padding it saves keeps everything together
    assert plan_batches(costs, Budget(cost=10_000, items=64, overhead=1_000)) == greedy


def test_a_negative_overhead_is_refused() -> None:
    with pytest.raises(ValueError, match="overhead"):
        Budget(cost=10, items=2, overhead=-1)


def test_plan_sorts_longest_first_and_keeps_ties_in_order() -> None:
    batches = plan_batches([3, 9, 3, 5, 9], Budget(cost=100, items=2))
    assert batches == [[1, 4], [3, 0], [2]]


def test_results_come_back_in_input_order() -> None:
    texts = ["aaaa", "b", "cccccc", "dd", "eee", "f"]
    seen: list[list[str]] = []

    def run(batch: list[str]) -> list[str]:
        seen.append(batch)
        return [t.upper() for t in batch]

    out = Scheduler(run, len, Budget(cost=12, items=3)).run(texts)
    assert out == [t.upper() for t in texts]
    assert seen[0][0] == "cccccc"
    assert len(seen) > 1


def test_out_of_memory_halves_the_batch_and_loses_nothing() -> None:
    calls: list[int] = []
    freed: list[int] = []

    def run(batch: list[int]) -> list[int]:
        calls.append(len(batch))
        if len(batch) > 2:
            raise FakeOutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
        return [x * 10 for x in batch]

    sched = Scheduler(run, lambda _x: 1, Budget(cost=100, items=8), on_oom=lambda: freed.append(1))
    items = list(range(11))
    assert sched.run(items) == [x * 10 for x in items]
    assert calls[0] == 8 and calls[1] == 4 and max(calls[2:]) <= 2
    assert sched.splits == len(freed) >= 2
    # later batches were planned under the learned, smaller budget
    assert sched.budget.items <= 2


def test_a_single_item_that_does_not_fit_is_an_engine_error() -> None:
    def run(batch: list[int]) -> list[int]:
        raise FakeOutOfMemoryError("CUDA out of memory")

    with pytest.raises(EngineError, match="device memory"):
        Scheduler(run, lambda _x: 1, Budget(cost=4, items=4)).run([1, 2, 3])


def test_other_errors_pass_through_untouched() -> None:
    def run(batch: list[int]) -> list[int]:
        raise ValueError("broken model")

    with pytest.raises(ValueError, match="broken model"):
        Scheduler(run, lambda _x: 1, Budget(cost=4, items=4)).run([1, 2])


def test_results_stream_as_soon_as_the_prefix_is_done() -> None:
    done: list[int] = []

    def run(batch: list[int]) -> list[int]:
        done.extend(batch)
        return batch

    it = Scheduler(run, lambda x: x, Budget(cost=1000, items=1)).iter([5, 1, 9])
    assert next(it) == 5
    assert sorted(done) == [5, 9]  # 9 (longest) ran first, then 5; 1 not yet
    assert list(it) == [1, 9]


def test_is_out_of_memory() -> None:
    assert is_out_of_memory(FakeOutOfMemoryError("x"))
    assert is_out_of_memory(RuntimeError("CUDA error: out of memory"))
    assert not is_out_of_memory(ValueError("out of memory"))
    assert not is_out_of_memory(RuntimeError("shape mismatch"))
