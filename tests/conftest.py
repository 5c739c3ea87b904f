"""Fixtures shared by all tests (helpers live in support.py)."""

from __future__ import annotations

import os
import signal
import sys
import threading
from datetime import timedelta
from types import FrameType
from typing import Any

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
    signals because a regex holds the GIL, so no timer thread could run meanwhile.
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

    item.cancel_timeout = cancel  # type: ignore[attr-defined]  # what pytest-timeout calls
    signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, settings.timeout)
    return True


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden/ from current output"
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
