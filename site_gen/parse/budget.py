"""A time budget for one file's parse: past it, the parse stops with TookTooLong.

Every pattern is linear (patterns.py), so no single match can run away; the budget is
the second wall, for whatever else a strange file makes slow. In the main thread (a
pool worker, a serial build) a SIGALRM timer raises inside the parse; elsewhere (the
preview server builds on a thread, Dask runs tasks on threads) a timer thread raises
the exception in the parsing thread at its next bytecode.
"""

from __future__ import annotations

import ctypes
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class TookTooLong(Exception):
    """The parse ran past its time budget."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TookTooLong in this thread if the block runs longer than `seconds` (0: none)."""
    if seconds <= 0:
        yield
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
    else:
        with _thread_timer(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    armed = True

    def raise_took_too_long(signum: int, frame: FrameType | None) -> None:
        if armed:  # an alarm that fires as the block ends is not the block's
            raise TookTooLong

    started = time.monotonic()
    previous_handler = signal.signal(signal.SIGALRM, raise_took_too_long)
    previous_delay, previous_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        armed = False
        # Blocked while the outer handler comes back, so that our own late alarm can only
        # be taken here (sigtimedwait) and never reaches the outer one (a test runner's).
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.sigtimedwait({signal.SIGALRM}, 0)
            signal.signal(signal.SIGALRM, previous_handler)
            if previous_delay:  # someone else's alarm (a test runner's timeout) keeps running
                left = previous_delay - (time.monotonic() - started)
                signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3), previous_interval)
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGALRM})


@contextmanager
def _thread_timer(seconds: float) -> Iterator[None]:
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"armed": True, "fired": False}

    def fire() -> None:
        with lock:
            if state["armed"]:
                state["fired"] = True
                _set_async_exception(target, TookTooLong)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["armed"] = False
            if state["fired"]:  # raised too late to land inside the block: take it back
                _set_async_exception(target, None)
        timer.cancel()


def _set_async_exception(thread_id: int, exception: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception else None
    )
