"""Running git and rsync: failures become a one-line PublishError, never a traceback."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

from site_gen.publish.base import PublishError


def run_tool(
    args: Sequence[str],
    *,
    what: str,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    stdin: str | None = None,
    ok_codes: tuple[int, ...] = (0,),
) -> subprocess.CompletedProcess[str]:
    """Run a command and capture its output; `what` says in the error what we were doing."""
    if shutil.which(args[0]) is None:
        raise PublishError(f"{args[0]} is not installed; install it to publish this way")
    done = subprocess.run(
        list(args),
        cwd=cwd,
        env=dict(env) if env is not None else None,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode not in ok_codes:
        raise PublishError(f"{what} failed: {last_line(done.stderr or done.stdout)}")
    return done


def last_line(text: str) -> str:
    """The most telling line of a tool's error output: usually its last non-empty one."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "no error message"
