"""Run `site-gen serve` as a real subprocess and talk to it over real HTTP."""

from __future__ import annotations

import http.client
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TypeVar

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
READY = re.compile(r"^Serving on http://127\.0\.0\.1:(\d+)/ \(live reload on port (\d+)\)$")
ARTICLE_LINK = re.compile(r'href="(/\d{4}/\d{2}/\d{2}/[^"]+/)"')
START_SECONDS = 60.0  # a loaded CI machine can be slow to import and build
# An edit, its rebuild and the browser's reload: a few seconds, but under the full suite on
# two loaded cores one took over 20 s (the banner test failed in a fresh-clone run)
CHANGE_SECONDS = 40.0

# A sentence of seeds/000_*.txt without characters that HTML escapes.
SEED_SENTENCE = "relationship has warmed to a fully fledged defence partnership"
# A site override of article.html with a Jinja syntax error on line 3.
BROKEN_TEMPLATE = """{% extends "base.html" %}
{% block title %}{{ article.title }}{% endblock %}
{% block main %}<h1>{{ article.title }</h1>{% endblock %}
"""

T = TypeVar("T")


def site_gen_command() -> list[str]:
    """The console script installed next to the interpreter running the tests."""
    script = Path(sys.executable).parent / "site-gen"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from site_gen.cli import main; main()"]


def make_site(root: Path) -> Path:
    """A site folder with the seeds as its content and a site.toml pointing at them."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(SEEDS, root / "content")
    (root / "site.toml").write_text('[site]\nsources = ["content"]\n', encoding="utf-8")
    return root


def wait_for(check: Callable[[], T | None], seconds: float, what: str) -> T:
    """Poll `check` until it returns something other than None/False, or fail naming `what`."""
    deadline = time.monotonic() + seconds
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {seconds:.0f} s waiting for {what}")
        time.sleep(0.05)


def raw_get(port: int, path: str, timeout: float = 10.0) -> tuple[int, str]:
    """GET with the path sent exactly as given (no client-side normalisation)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.putrequest("GET", path, skip_host=True, skip_accept_encoding=True)
        connection.putheader("Host", f"127.0.0.1:{port}")
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


@dataclass
class Served:
    """A running `site-gen serve`; stdout and stderr are collected line by line."""

    process: subprocess.Popen[str]
    port: int = 0
    live_port: int = 0
    stdout: list[str] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)
    _lines: queue.Queue[str] = field(default_factory=queue.Queue)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def get(self, path: str) -> tuple[int, str]:
        return raw_get(self.port, path)

    def wait_for_page(self, path: str, text: str, seconds: float = CHANGE_SECONDS) -> str:
        def check() -> str | None:
            status, body = self.get(path)
            return body if status == 200 and text in body else None

        return wait_for(check, seconds, f"{text!r} on {path}")

    def wait_for_stderr(self, pattern: str, seconds: float = CHANGE_SECONDS) -> str:
        found = re.compile(pattern)

        def check() -> str | None:
            return next((line for line in list(self.stderr) if found.search(line)), None)

        return wait_for(check, seconds, f"stderr line matching {pattern!r}")

    def article_path(self) -> str:
        status, body = self.get("/")
        assert status == 200, body
        match = ARTICLE_LINK.search(body)
        assert match, "no article link on the home page"
        return match.group(1)

    def stop(self, sig: int = signal.SIGINT, seconds: float = 20.0) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            return self.process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError("site-gen serve did not stop after the signal") from None


def _pump(stream: IO[str], into: list[str], lines: queue.Queue[str] | None) -> None:
    for line in stream:
        into.append(line.rstrip("\n"))
        if lines is not None:
            lines.put(line.rstrip("\n"))


@contextmanager
def serving(
    site: Path, *args: str, env: dict[str, str] | None = None, start_seconds: float = START_SECONDS
) -> Iterator[Served]:
    """Start `site-gen serve --port 0 ARGS` in `site`, wait for its ready line, stop it after."""
    process = subprocess.Popen(
        [*site_gen_command(), "serve", "--port", "0", *args],
        cwd=site,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )
    served = Served(process)
    assert process.stdout is not None and process.stderr is not None
    for stream, into, lines in (
        (process.stdout, served.stdout, served._lines),
        (process.stderr, served.stderr, None),
    ):
        threading.Thread(target=_pump, args=(stream, into, lines), daemon=True).start()
    try:
        deadline = time.monotonic() + start_seconds
        while not served.port:
            if process.poll() is not None:
                raise AssertionError(f"site-gen serve exited early: {served.stderr}")
            try:
                line = served._lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no ready line; stderr: {served.stderr}") from None
            ready = READY.match(line)
            if ready:
                served.port, served.live_port = int(ready.group(1)), int(ready.group(2))
        yield served
    finally:
        if process.poll() is None:
            served.stop()
