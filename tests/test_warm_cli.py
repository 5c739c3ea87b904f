"""The suite's warm runner (warm_cli.py) gives what the installed command gives, so the
three hundred runs through it test the program a user starts."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from support import SEEDS, run_cli, write_markdown


def _both(*args: str, cwd: Path) -> tuple[object, object]:
    return run_cli(*args, cwd=cwd), run_cli(*args, cwd=cwd, fresh=True)


def test_exit_code_and_streams_equal_a_fresh_start(tmp_path: Path) -> None:
    sources = tmp_path / "articles"
    sources.mkdir()
    (sources / "empty.txt").write_text("")
    write_markdown(sources, "one.md", title="One story", date="2023-05-01T08:00:00+00:00")
    warm, fresh = _both("build", "articles", "-o", "out", "--no-search", "-q", cwd=tmp_path)
    assert warm == fresh  # dataclass equality: code, stdout and stderr
    assert warm.code == 1 and "empty.txt" in warm.err  # type: ignore[attr-defined]
    assert (tmp_path / "out" / "index.html").exists()  # relative to the run's own folder


def test_a_usage_error_and_a_debug_traceback_equal_a_fresh_start(tmp_path: Path) -> None:
    (tmp_path / "site.toml").write_text("[site]\ntimezone = 'Mars/Olympus'\n")
    warm, fresh = _both("build", str(SEEDS), "-o", "out", cwd=tmp_path)
    assert warm == fresh and warm.code == 2  # type: ignore[attr-defined]


def _processes_in(folder: Path) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "cwd").resolve() == folder:
                found.append(int(entry.name))
        except OSError:
            continue  # ended meanwhile, or not ours to read
    return found


def test_a_run_past_its_timeout_is_killed(tmp_path: Path) -> None:
    """`serve` never ends by itself: the timeout ends it, as subprocess.run's would."""
    with pytest.raises(subprocess.TimeoutExpired):
        run_cli("serve", "--port", "0", str(SEEDS), cwd=tmp_path, timeout=3)
    deadline = time.monotonic() + 10
    while _processes_in(tmp_path.resolve()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _processes_in(tmp_path.resolve()) == []
