"""map(fn, items) in batches on a process pool, a Dask cluster or in-process.

The pool is any concurrent.futures.Executor. Batches keep per-task pickling overhead
small, and only a few batches are in flight at once, so the main process never holds
the whole corpus in submitted-but-unfinished work.
"""

from __future__ import annotations

import ctypes
import itertools
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from functools import partial
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")
W = TypeVar("W")

# Below this many items a pool costs more to start than it saves.
SERIAL_BELOW = 200


def default_jobs() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def run_batch(fn: Callable[[T], R], batch: Sequence[T]) -> list[R]:
    return [fn(item) for item in batch]


def batch_size(count: int, jobs: int) -> int:
    return max(8, min(250, count // (jobs * 8) or 1))


def batched_map(
    fn: Callable[[T], R],
    batches: Iterable[Sequence[T]],
    executor: Executor | None,
    jobs: int,
    on_batch: Callable[[int], None] | None = None,
) -> Iterator[R]:
    """Results in input order. `batches` may be a generator: it is consumed lazily."""
    if executor is None:
        return _in_order(partial(run_batch, fn), batches, on_batch)
    task = partial(run_batch, fn)
    return _windowed(lambda batch: executor.submit(task, batch), batches, jobs, on_batch)


def _in_order(
    run: Callable[[S], list[R]], batches: Iterable[S], on_batch: Callable[[int], None] | None
) -> Iterator[R]:
    """Each batch run here, in order."""
    for batch in batches:
        results = run(batch)
        if on_batch:
            on_batch(len(results))
        yield from results


def _windowed(
    submit: Callable[[S], Future[list[R]]],
    batches: Iterable[S],
    jobs: int,
    on_batch: Callable[[int], None] | None,
) -> Iterator[R]:
    """Results in order, with only a few batches in flight at once (so the main process
    never holds the whole corpus in submitted-but-unfinished work)."""
    window: deque[Future[list[R]]] = deque()
    for batch in batches:
        window.append(submit(batch))
        if len(window) >= jobs * 3:
            yield from _finish(window.popleft(), on_batch)
    while window:
        yield from _finish(window.popleft(), on_batch)


def _finish(future: Future[list[R]], on_batch: Callable[[int], None] | None) -> list[R]:
    results = future.result()
    if on_batch:
        on_batch(len(results))
    return results


def in_background(task: Callable[..., R], *args: Any) -> Future[R]:
    """`task(*args)` on a thread of its own; result() re-raises what it raised."""
    thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="site-gen-background")
    try:
        return thread.submit(task, *args)
    finally:
        thread.shutdown(wait=False)  # the thread ends with its one task


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def batches_of(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of `size` items (the last may be shorter), taken lazily from `items`."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _die_with_parent() -> None:
    """Ask Linux to end this worker when the build process dies, even by SIGKILL;
    otherwise orphaned workers of a killed build would run on forever."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


_PR_SET_PDEATHSIG = 1


class Pool:
    """The executor for one build, and whether it is worth using for `count` items."""

    def __init__(self, jobs: int, spec: str | None = None) -> None:
        self.jobs = jobs
        self._client: Any = None
        self.executor: Executor | None = None
        if spec and spec.startswith("dask://"):
            self.executor = self._dask(spec.removeprefix("dask://"))
        elif jobs > 1:
            self.executor = ProcessPoolExecutor(max_workers=jobs, initializer=_die_with_parent)

    def _dask(self, address: str) -> Executor:
        try:
            from distributed import Client
        except ImportError as exc:
            raise RuntimeError("--executor dask:// needs: pip install 'site-gen[dask]'") from exc
        self._client = Client(address, timeout="10s")
        self.jobs = max(self.jobs, len(self._client.scheduler_info().get("workers", {})) or 1)
        return self._client.get_executor()

    @property
    def is_local(self) -> bool:
        """Work runs on this machine (in-process or a local pool), not on a cluster."""
        return self._client is None

    def for_count(self, count: int) -> Executor | None:
        if self._client is not None:
            return self.executor
        return self.executor if count >= SERIAL_BELOW else None

    def map_held(
        self,
        make: Callable[[S], W],
        shared: S,
        work: Callable[[W, Sequence[int]], list[R]],
        batches: Iterable[Sequence[int]],
        on_batch: Callable[[int], None] | None = None,
    ) -> Iterator[R]:
        """work(make(shared), batch) for each batch of item numbers; results in order.

        On a local pool the workers are forked once SERIAL_BELOW items are asked for, after
        `shared` exists, so each inherits it instead of receiving it pickled: only item
        numbers travel. (Pickling render work to workers cost the main process more than
        the workers spent rendering.) `batches` may be a generator still deciding what is
        wanted: workers start on the first batches meanwhile. The pool forked here replaces
        the build's pool for anything that follows."""
        if self._client is not None:
            raise ValueError("map_held needs a local pool: a cluster cannot inherit memory")
        pending = iter(batches)
        early: list[Sequence[int]] = []
        asked = 0
        if self.jobs > 1:
            for batch in pending:
                early.append(batch)
                asked += len(batch)
                if asked >= SERIAL_BELOW:
                    break
        if asked < SERIAL_BELOW:
            held = make(shared)
            run = partial(work, held)
            yield from _in_order(run, itertools.chain(early, pending), on_batch)
            return
        forked = self._forked(make, shared)
        batches = itertools.chain(early, pending)

        def submit(batch: Sequence[int]) -> Future[list[R]]:
            return forked.submit(_run_held, work, batch)

        yield from _windowed(submit, batches, self.jobs, on_batch)

    def fork_held(
        self,
        make: Callable[[S], W],
        shared: S,
        work: Callable[[W, Sequence[int]], list[R]],
        batches: Sequence[Sequence[int]],
    ) -> Iterator[R]:
        """As map_held, forked now whatever the count, every batch submitted now: the
        caller may consume the results on another thread, and a fork must happen before
        any thread that may hold SQLite's locks starts."""
        if self._client is not None:
            raise ValueError("fork_held needs a local pool: a cluster cannot inherit memory")
        forked = self._forked(make, shared)
        futures = [forked.submit(_run_held, work, batch) for batch in batches]
        return _all_results(futures)

    def _forked(self, make: Callable[[S], W], shared: S) -> ProcessPoolExecutor:
        """A pool of workers forked from this process, each holding make(shared); it
        replaces the build's pool for anything that follows."""
        if self.executor is not None:
            self.executor.shutdown(cancel_futures=True)
        forked = ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_hold,
            initargs=(make, shared),
        )
        self.executor = forked
        return forked

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        elif self.executor is not None:
            self.executor.shutdown(cancel_futures=True)


def _all_results(futures: list[Future[list[R]]]) -> Iterator[R]:
    """Results in order; a failure is raised once every batch has ended (workers write
    into a tree the caller removes on failure)."""
    failure: BaseException | None = None
    for future in futures:
        try:
            results = future.result()
        except BaseException as exc:  # noqa: BLE001 - raised below, after the others end
            failure = failure or exc
            continue
        if failure is None:
            yield from results
    if failure is not None:
        raise failure


# What a forked worker was given by map_held: one per worker process, set once by the
# pool's initializer (the only way a ProcessPoolExecutor hands a worker state that is
# not pickled), read by every task that worker runs.
_held: list[Any] = []


def _hold(make: Callable[[S], W], shared: S) -> None:
    _die_with_parent()
    _held.append(make(shared))


def _run_held(work: Callable[[W, Sequence[int]], list[R]], batch: Sequence[int]) -> list[R]:
    return work(_held[-1], batch)
