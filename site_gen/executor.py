"""map(fn, items) in batches on a process pool (or any concurrent.futures.Executor)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from functools import partial
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many items a pool costs more to start than it saves.
SERIAL_BELOW = 200


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _run_batch(fn: Callable[[T], R], batch: Sequence[T]) -> list[R]:
    return [fn(item) for item in batch]


def batched_map(
    fn: Callable[[T], R],
    items: Sequence[T],
    executor: Executor | None,
    jobs: int,
    on_batch: Callable[[int], None] | None = None,
) -> Iterator[R]:
    """Results in input order; batches keep per-task pickling overhead small."""
    if executor is None or len(items) < SERIAL_BELOW:
        for item in items:
            yield fn(item)
            if on_batch:
                on_batch(1)
        return
    size = max(16, min(500, len(items) // (jobs * 8) or 1))
    batches = [items[i : i + size] for i in range(0, len(items), size)]
    for results in executor.map(partial(_run_batch, fn), batches):
        if on_batch:
            on_batch(len(results))
        yield from results


def make_executor(jobs: int) -> Executor | None:
    if jobs <= 1:
        return None
    return ProcessPoolExecutor(max_workers=jobs)
