"""The Pagefind binary: where it is, and one run of it (for its browser files: see
search_assets.py; site-gen writes the index itself)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from site_gen.core.errors import BuildError

INSTALL_HINT = "install it with: pip install 'pagefind[bin]' (or set search = false in [site])"


def find_binary() -> Path:
    try:
        from pagefind.service import get_executable
    except ImportError:
        raise BuildError(f"search: pagefind is not installed; {INSTALL_HINT}") from None
    binary = get_executable()
    if binary is None:
        raise BuildError(f"search: pagefind binary not found; {INSTALL_HINT}")
    if not Path(binary).is_file():
        raise BuildError(f"search: pagefind binary not found ({binary}); {INSTALL_HINT}")
    return Path(binary)


def run_pagefind(binary: Path, source: Path, output: Path) -> None:
    """Pagefind's own command line, not its Python service: the service talks to the same
    binary over pipes from an event loop and, on a loaded machine, now and then closed
    before the index was written; a plain process reports failure by its exit status."""
    command = [str(binary), "--site", str(source), "--output-path", str(output), "--silent"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise BuildError(f"search: pagefind binary not found ({binary}); {INSTALL_HINT}") from None
    except OSError as exc:
        raise BuildError(f"search: cannot run {binary}: {exc.strerror or exc}") from exc
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no message"]
        raise BuildError(f"search: pagefind failed (exit {done.returncode}): {detail[0]}")
