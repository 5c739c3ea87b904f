"""Fixtures shared by all tests (helpers live in support.py)."""

from __future__ import annotations

import faulthandler
import os
import sys
import threading
import time
from datetime import timedelta
from typing import Any, TextIO

import pytest
from hypothesis import settings

# Hypothesis deadlines are on everywhere: one slow example is a finding (issue 17 began with a
# line that took minutes to parse), not noise. 500 ms leaves room for a loaded 2-core machine;
# a test that needs more says so in its own @settings with the reason. CI draws fewer examples
# than a developer's run; print_blob lets a CI failure be replayed locally.
settings.register_profile("dev", deadline=timedelta(milliseconds=500), derandomize=False)
# CI draws the same examples every run (derandomize): a run that passed on a fresh clone
# passes in CI, and a weak case found by a developer's random runs is fixed there, not
# met by chance in a landing.
settings.register_profile(
    "ci",
    deadline=timedelta(milliseconds=500),
    derandomize=True,
    max_examples=50,
    print_blob=True,
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") == "true" else "dev")
)


@pytest.hookimpl(tryfirst=True)
def pytest_timeout_set_timer(item: pytest.Item, settings: Any) -> bool | None:
    """A test's timeout (pytest-timeout's setting and marks), kept by faulthandler's watchdog.

    The watchdog is a C thread: when the time is up it prints the stack of every thread
    and ends the process, even while C code holds the interpreter (where an alarm's Python
    handler or a timer thread would wait). Under xdist the worker is replaced, the test is
    reported as crashed ("worker 'gw0' crashed while running 'test_…'"), the run goes on.
    Nothing is raised into the test: an alarm's exception inside hypothesis (which catches
    it and replays the example) once left a worker spinning in the handler for good, with
    no failure printed (CI hung at the end of the suite, twice).
    """
    if not settings.timeout:
        return None
    faulthandler.dump_traceback_later(
        settings.timeout, exit=True, file=item.config.stash[_REAL_STDERR]
    )
    item.cancel_timeout = faulthandler.cancel_dump_traceback_later  # type: ignore[attr-defined]
    return True


# The process's own standard error, not the capture pytest puts on descriptor 2 while a
# test runs (a worker that the watchdog ends would take that capture with it).
_REAL_STDERR = pytest.StashKey[TextIO]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden/ from current output"
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


# How long past its timeout a test may go unreported before the run is ended: time for the
# watchdog to end its worker and for xdist to report the crash and start another.
STALL_MARGIN_SECONDS = 90


class StallReport:
    """In the process that reports (the xdist controller), names tests that run far too long.

    Each test's watchdog ends it (above); if a test still has not reported STALL_SECONDS
    after it started, something outside it is stuck (a worker that cannot be ended, a
    session fixture): print what is still running and end the run, so that `make test`
    fails in minutes, naming the test, instead of hanging until CI gives up.
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
        if "crashed while running" in str(report.longrepr or ""):  # no logfinish follows
            self.pytest_runtest_logfinish(report.nodeid)

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
                    f"{lines}ending the run\n"
                )
                sys.__stderr__.flush()
                os._exit(3)


def pytest_configure(config: pytest.Config) -> None:
    # Between tests descriptor 2 is the process's own (pytest suspends its capture once the
    # conftest files are loaded); an xdist worker's is the controller's: the terminal.
    config.stash[_REAL_STDERR] = os.fdopen(os.dup(2), "w", encoding="utf-8", errors="replace")
    if hasattr(config, "workerinput"):  # an xdist worker: the controller watches
        return
    if os.environ.get("SITE_GEN_SLOW") == "1":  # slow tests set longer timeouts of their own
        return
    per_test = float(config.getoption("timeout", None) or config.getini("timeout") or 0)
    if per_test:
        report = StallReport(stall_seconds=per_test + STALL_MARGIN_SECONDS)
        config.pluginmanager.register(report, "stall-report")
        threading.Thread(target=report.watch, name="stall-report", daemon=True).start()
