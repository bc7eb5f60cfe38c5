"""Batch scheduling for neural engines.

Items (sentences) are sorted by length, longest first, and packed into batches whose
padded size (items x longest item) stays under a budget of tokens or frames. A budget with
an ``overhead`` (what one more batch costs, in the same units: kernel launches, the fixed
parts of a forward pass) is split where padding would cost more than another batch; without
one, batches are filled greedily. Results come
back in the original order. When a batch runs the GPU out of memory it is split in half
and both halves are retried; the budget shrinks for the batches still to come, and no
finished work is lost. Nothing here imports torch.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from newsread.errors import EngineError

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Budget:
    """How big a batch may be.

    Attributes:
        cost: the most padded cost (number of items x cost of the longest item) of one batch.
        items: the most items in one batch.
        overhead: what running one more batch costs, in the units of ``cost``; when given,
            batches are planned to make padded cost plus overheads least (a long item no
            longer pads a batch of short ones just because they fit), else greedily.
    """

    cost: int
    items: int
    overhead: int | None = None

    def __post_init__(self) -> None:
        if self.cost < 1 or self.items < 1:
            raise ValueError(f"a batch budget must be positive, not {self}")
        if self.overhead is not None and self.overhead < 0:
            raise ValueError(f"a batch overhead cannot be negative, not {self.overhead}")


def plan_batches(costs: Sequence[int], budget: Budget) -> list[list[int]]:
    """Group the indices of ``costs`` into batches, longest items first.

    Equal costs keep their original order. A batch's padded cost (``len(batch) *
    max(cost)``) stays within ``budget.cost``; an item costing more than the budget on its
    own makes a batch of one.
    """
    order = sorted(range(len(costs)), key=lambda i: -costs[i])
    if budget.overhead is not None:
        return _least_cost_batches(order, [max(1, costs[i]) for i in order], budget)
    batches: list[list[int]] = []
    current: list[int] = []
    longest = 0
    for i in order:
        c = max(1, costs[i])
        width = max(longest, c)
        if current and (len(current) >= budget.items or (len(current) + 1) * width > budget.cost):
            batches.append(current)
            current, width = [], c
        current.append(i)
        longest = width
    if current:
        batches.append(current)
    return batches


def _least_cost_batches(order: list[int], widths: list[int], budget: Budget) -> list[list[int]]:
    """Split ``order`` (sorted longest first; ``widths`` its costs) into consecutive batches
    whose padded costs plus ``budget.overhead`` per batch add up to the least, within the
    budget's limits (dynamic programming over split points, O(n x budget.items))."""
    overhead = budget.overhead or 0
    n = len(order)
    best = [0] + [0] * n
    cut = [0] * (n + 1)
    for j in range(1, n + 1):
        best[j], cut[j] = best[j - 1] + widths[j - 1] + overhead, j - 1  # a batch of one
        for i in range(j - 2, max(-1, j - 1 - budget.items), -1):
            size = (j - i) * widths[i]  # widths[i] is the longest of order[i:j]
            if size > budget.cost:
                break
            total = best[i] + size + overhead
            if total < best[j]:
                best[j], cut[j] = total, i
    batches: list[list[int]] = []
    j = n
    while j > 0:
        batches.append(order[cut[j] : j])
        j = cut[j]
    return batches[::-1]


def is_out_of_memory(exc: BaseException) -> bool:
    """Whether ``exc`` is torch running a device out of memory."""
    if type(exc).__name__ == "OutOfMemoryError":
        return True
    return isinstance(exc, RuntimeError) and "out of memory" in str(exc).lower()


class Scheduler(Generic[T, R]):
    """Run ``run_batch`` over items in length-sorted batches, yielding results in input order.

    Args:
        run_batch: takes a list of items and returns one result per item, in the same order.
        cost: the padded size of one item (tokens or frames).
        budget: the batch limits.
        on_oom: called after an out-of-memory error, before the retry (frees caches).
    """

    def __init__(
        self,
        run_batch: Callable[[list[T]], Sequence[R]],
        cost: Callable[[T], int],
        budget: Budget,
        on_oom: Callable[[], None] | None = None,
    ) -> None:
        self.run_batch = run_batch
        self.cost = cost
        self.budget = budget
        self.on_oom = on_oom
        #: how many times a batch was split after running out of memory
        self.splits = 0

    def run(self, items: Sequence[T]) -> list[R]:
        """One result per item, in the order of ``items``."""
        return list(self.iter(items))

    def iter(self, items: Sequence[T]) -> Iterator[R]:
        """Yield one result per item in the order of ``items``, each as soon as it and all
        items before it are done."""
        costs = [self.cost(item) for item in items]
        queue = deque(plan_batches(costs, self.budget))
        done: dict[int, R] = {}
        next_out = 0
        while queue:
            batch = queue.popleft()
            outs: Sequence[R] | None = None
            try:
                outs = self.run_batch([items[i] for i in batch])
            except Exception as exc:
                if not is_out_of_memory(exc) or len(batch) == 1:
                    if is_out_of_memory(exc):
                        raise EngineError(
                            f"one sentence alone does not fit in device memory ({exc}): "
                            "use a smaller model, --device cpu, or a GPU with more memory"
                        ) from exc
                    raise
            if outs is None:
                # Out of memory: the exception (and the tensors its frames hold) is gone here.
                self.splits += 1
                width = max(costs[i] for i in batch)
                half = len(batch) // 2
                self.budget = replace(self.budget, cost=max(width, half * width), items=max(1, half))
                log.warning(
                    "out of device memory with %d items in a batch; retrying as %d + %d",
                    len(batch),
                    half,
                    len(batch) - half,
                )
                if self.on_oom is not None:
                    self.on_oom()
                rest = [i for b in queue for i in b]
                queue = deque([batch[:half], batch[half:], *plan_batches_subset(rest, costs, self.budget)])
                continue
            if len(outs) != len(batch):
                raise EngineError(f"a batch of {len(batch)} sentences gave {len(outs)} results")
            for i, out in zip(batch, outs, strict=True):
                done[i] = out
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1


def plan_batches_subset(indices: Sequence[int], costs: Sequence[int], budget: Budget) -> list[list[int]]:
    """:func:`plan_batches` over a subset of items, given by their indices into ``costs``."""
    sub = plan_batches([costs[i] for i in indices], budget)
    return [[indices[j] for j in b] for b in sub]
