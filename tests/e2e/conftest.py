"""Shared fixtures for browser tests: a built site, a local HTTP server, Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from support import CHROMIUM_ARGS, SEEDS, require_tool, run_cli

WAIT_MS = 15_000  # the longest any condition may take; machines under load are slow
expect.set_options(timeout=WAIT_MS)


def build_site(sources: Path, output: Path) -> str:
    """`site-gen build` in a subprocess; returns stdout, fails the test on exit != 0."""
    run = run_cli("build", str(sources), "-o", str(output), "-q", cwd=output.parent, timeout=600)
    assert run.code == 0, run.err
    return run.out


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    require_tool(path, "install chromium: apt-get install chromium")
    return path


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass


@pytest.fixture(scope="session")
def serve() -> Iterator[Callable[[Path], str]]:
    """serve(folder) -> base URL of a real HTTP server on 127.0.0.1 for that folder."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(folder: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


# Per module, not per session: Playwright's sync API keeps an asyncio loop running in the
# main thread while it is started, which would break asyncio.run() in unrelated tests.
@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = chromium_path()
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    context.set_default_timeout(WAIT_MS)
    opened = context.new_page()
    yield opened
    context.close()


@pytest.fixture(scope="session")
def build() -> Callable[..., str]:
    """build(sources, output): `site-gen build` in a subprocess."""
    return build_site


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles built once, with the search index."""
    output = tmp_path_factory.mktemp("seed") / "site"
    build_site(SEEDS, output)
    return output
