"""Fixtures shared by all tests (helpers live in support.py)."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden/ from current output"
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
