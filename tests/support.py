"""Shared helpers: run the real CLI, build into tmp dirs, parse HTML with a real parser."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from warm_cli import WarmCli

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SITE_GEN = str(Path(sys.executable).with_name("site-gen"))
# Debian's Chromium (Playwright cannot download browsers here); the flags keep it from
# stalling on this machine's closed network.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
]


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 300, fresh: bool = False) -> Run:
    """site-gen as a user runs it: a separate process, its exit code and both streams.

    A fork of a process that has imported site_gen (warm_cli.py) unless `fresh` or
    SITE_GEN_TESTS_FRESH=1: then the installed command, started from nothing."""
    env = {**os.environ, "COLUMNS": "200"}
    if not fresh and os.environ.get("SITE_GEN_TESTS_FRESH") != "1":
        code, out, err = _warm_cli().run(list(args), cwd or REPO, env, timeout)
        return Run(code, out, err)
    done = subprocess.run(
        [SITE_GEN, *args],
        cwd=cwd or REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )
    return Run(done.returncode, done.stdout, done.stderr)


@cache
def _warm_cli() -> WarmCli:
    warm = WarmCli()
    atexit.register(warm.close)
    return warm


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html5lib")


def page(site: Path, url: str) -> BeautifulSoup:
    return soup_of(site / url.strip("/") / "index.html" if url.strip("/") else site / "index.html")


def require_tool(path: str, install_hint: str) -> None:
    """Fail in CI, skip locally, when a real part the test needs is missing."""
    if shutil.which(path) or Path(path).exists():
        return
    message = f"{path} not found: {install_hint}"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def write_markdown(folder: Path, name: str, **fields: object) -> Path:
    """A Markdown source with YAML front matter; `body` is the text after it."""
    import yaml

    body = str(fields.pop("body", "A short paragraph of body text for this article."))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    front = yaml.safe_dump(fields, allow_unicode=True, sort_keys=True)
    path.write_text(f"---\n{front}---\n{body}\n", encoding="utf-8")
    return path
