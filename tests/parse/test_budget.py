"""The per-file time budget stops a parse in the main thread and on other threads."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from site_gen.parse.budget import TookTooLong, time_limit


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_main_thread_parse_stops_at_its_budget() -> None:
    started = time.monotonic()
    with pytest.raises(TookTooLong), time_limit(0.05):
        _spin(5)
    assert time.monotonic() - started < 2


def test_a_parse_on_another_thread_stops_at_its_budget() -> None:
    outcome: list[str] = []

    def work() -> None:
        try:
            with time_limit(0.05):
                _spin(5)
            outcome.append("finished")
        except TookTooLong:
            outcome.append("stopped")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert outcome == ["stopped"]


def test_a_quick_parse_is_not_disturbed_later() -> None:
    outcome: list[str] = []

    def work() -> None:
        with time_limit(0.05):
            pass
        _spin(0.2)  # a stray exception would land here
        outcome.append("ok")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert outcome == ["ok"]


def test_an_outer_alarm_keeps_running() -> None:
    """A test runner's own SIGALRM timeout survives a parse inside it."""
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.3)
        with time_limit(5):
            pass
        _spin(0.6)
        assert fired == [signal.SIGALRM]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
