"""Fixtures shared by all tests (helpers live in support.py)."""

from __future__ import annotations

import faulthandler
import functools
import os
import signal
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

import pytest
import pytest_timeout
from hypothesis import settings

# Hypothesis deadlines are on everywhere: one slow example is a finding (issue 17 began with a
# line that took minutes to parse), not noise. 500 ms leaves room for a loaded 2-core machine;
# a test that needs more says so in its own @settings with the reason. CI draws fewer examples
# than a developer's run; print_blob lets a CI failure be replayed locally.
settings.register_profile("dev", deadline=timedelta(milliseconds=500), derandomize=False)
settings.register_profile(
    "ci",
    deadline=timedelta(milliseconds=500),
    derandomize=False,
    max_examples=50,
    print_blob=True,
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") == "true" else "dev")
)


# After a test's timeout, how long it may go on before its process is ended.
TIMEOUT_GRACE_SECONDS = 20


@pytest.hookimpl(tryfirst=True)
def pytest_timeout_set_timer(item: pytest.Item, settings: Any) -> bool | None:
    """pytest-timeout's signal method, with a second alarm that ends the process.

    The first alarm fails the test, as pytest-timeout does. Hypothesis catches that failure
    and shrinks, replaying the example that hung, so the test hangs again with no alarm
    left (issue 17: a pattern that backtracks for minutes). The second alarm, after
    TIMEOUT_GRACE_SECONDS, names the test and ends the process the way pytest-timeout's
    thread method does; under xdist the worker is replaced and the run goes on. Both are
    signals, delivered to the test's own thread between bytecodes; where C code holds the
    interpreter for good, faulthandler's watchdog (a C thread) is the wall behind them.
    """
    if settings.method != "signal" or threading.current_thread() is not threading.main_thread():
        return None
    expired = False

    def handler(signum: int, frame: FrameType | None) -> None:
        nonlocal expired
        __tracebackhide__ = True
        if not expired:
            expired = True
            signal.setitimer(signal.ITIMER_REAL, TIMEOUT_GRACE_SECONDS)
            pytest_timeout.timeout_sigalrm(item, settings)
        sys.stderr.write(
            f"\n{item.nodeid}: still running {TIMEOUT_GRACE_SECONDS} s after its "
            f"{settings.timeout:.0f} s timeout; ending the test process\n"
        )
        pytest_timeout.timeout_timer(item, settings)

    def cancel() -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        faulthandler.cancel_dump_traceback_later()

    item.cancel_timeout = cancel  # type: ignore[attr-defined]  # what pytest-timeout calls
    signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, settings.timeout)
    # The last wall: both alarms above run Python code, which waits while C code holds the
    # interpreter (a regex of the `re` module backtracking, a library's C loop). faulthandler's
    # watchdog is a C thread: it prints every thread's stack and ends the process regardless.
    dump = _watchdog_file()
    dump.seek(0)
    dump.truncate()
    dump.write(f"{item.nodeid}: ended by the watchdog; the stacks of its threads:\n")
    dump.flush()
    faulthandler.dump_traceback_later(
        settings.timeout + 2 * TIMEOUT_GRACE_SECONDS, exit=True, file=dump
    )
    return True


# pytest captures file descriptor 2 while a test runs, and a worker that the watchdog ends
# takes that capture with it: the stacks go to a file the reporting process prints.
WATCHDOG_FOLDER = Path(tempfile.gettempdir()) / "site-gen-test-watchdog"


@functools.cache
def _watchdog_file() -> TextIO:
    WATCHDOG_FOLDER.mkdir(exist_ok=True)
    return (WATCHDOG_FOLDER / f"{os.getpid()}.txt").open("w", encoding="utf-8")


def _watchdog_dumps() -> str:
    """The stacks the watchdog wrote before it ended a worker (and the files, once read)."""
    dumps = []
    for path in sorted(WATCHDOG_FOLDER.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if "Timeout (" in text:  # what faulthandler writes first
            dumps.append(text)
            path.unlink(missing_ok=True)
    return "".join(dumps)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden/ from current output"
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


class StallReport:
    """In the process that reports (the xdist controller), names tests that run far too long.

    Each test's own alarms and watchdog end it (above); if a test still has not reported
    STALL_SECONDS after it started, something outside them is stuck (a worker that cannot
    be ended, a session fixture): print what is still running and end the run, so that
    `make test` fails in minutes, naming the test, instead of hanging until CI gives up.
    """

    CHECK_EVERY_SECONDS = 10

    def __init__(self, stall_seconds: float) -> None:
        self.stall_seconds = stall_seconds
        self.started: dict[str, float] = {}
        self.lock = threading.Lock()

    def pytest_runtest_logstart(self, nodeid: str) -> None:
        with self.lock:
            self.started[nodeid] = time.monotonic()

    def pytest_runtest_logfinish(self, nodeid: str) -> None:
        with self.lock:
            self.started.pop(nodeid, None)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.failed and "crashed while running" in str(report.longrepr):
            report.sections.append(("watchdog", _watchdog_dumps() or "(no stacks written)"))

    def watch(self) -> None:
        while True:
            time.sleep(self.CHECK_EVERY_SECONDS)
            now = time.monotonic()
            with self.lock:
                running = sorted((now - since, nodeid) for nodeid, since in self.started.items())
            if running and running[-1][0] > self.stall_seconds:
                lines = "".join(f"  {nodeid}: {age:.0f} s\n" for age, nodeid in running)
                sys.__stderr__.write(
                    f"\nA test has run over {self.stall_seconds:.0f} s; still running:\n"
                    f"{lines}{_watchdog_dumps()}ending the run\n"
                )
                sys.__stderr__.flush()
                os._exit(3)


def pytest_configure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):  # an xdist worker: the controller watches
        return
    if os.environ.get("SITE_GEN_SLOW") == "1":  # slow tests set longer timeouts of their own
        return
    per_test = float(config.getoption("timeout", None) or config.getini("timeout") or 0)
    if not per_test:
        return
    report = StallReport(stall_seconds=per_test + 4 * TIMEOUT_GRACE_SECONDS + 30)
    config.pluginmanager.register(report, "stall-report")
    threading.Thread(target=report.watch, name="stall-report", daemon=True).start()
