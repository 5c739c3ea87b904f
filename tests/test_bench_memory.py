"""The bench's process-tree memory: forked children's shared pages count once (PSS)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from support import REPO

sys.path.insert(0, str(REPO / "bench"))
import run as bench_run  # noqa: E402  (bench/ is a folder of scripts)

HOLD_AND_FORK = """
import os, time
data = b"x" * (64 * 2**20)   # 64 MiB touched by the parent
children = [os.fork() for _ in range(2)]
time.sleep(1.5)              # several samples while three processes share it
"""


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="needs Linux /proc")
def test_tree_memory_counts_shared_pages_once_and_sees_children(tmp_path: Path) -> None:
    measured = bench_run.measure([sys.executable, "-c", HOLD_AND_FORK], tmp_path, timeout=60)
    assert measured.returncode == 0
    assert measured.tree_mib is not None
    # Four processes (parent, two children and a grandchild) share 64 MiB: RSS would sum
    # to over 256 MiB, PSS to the 64 MiB once plus each interpreter's own pages.
    assert 64 <= measured.tree_mib < 140
