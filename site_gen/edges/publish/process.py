"""Running git and rsync: failures become a one-line PublishError, never a traceback."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

from site_gen.edges.publish.base import PublishError


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
        raise PublishError(f"{what} failed: {telling_line(done.stderr or done.stdout)}")
    return done


# git and ssh say what went wrong first and add advice after; rsync ends with its exit code.
_CAUSE_PREFIXES = ("fatal:", "error:", "ssh:", "rsync:")


def telling_line(text: str) -> str:
    """The line of a tool's error output that names the cause, for a one-line message."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    causes = [line for line in lines if line.startswith(_CAUSE_PREFIXES)]
    if causes:
        return causes[0]
    return lines[-1] if lines else "no error message"
