"""`site-gen serve`: build into a private folder, serve it, rebuild and reload on every change.

The HTTP side is livereload's `Server` on tornado. Three things differ from its defaults:
the listening sockets are bound before the first build (so a busy port fails fast and
`--port 0` can report the port it got), its script injection is off (base.html adds the
script itself, only for preview builds), and the browser is told to reload only once the
new site is in place, not when the watcher first sees the change. A failed rebuild keeps
the last good site and shows an error banner on every page until the next good build.
"""

from __future__ import annotations

import errno
import multiprocessing
import re
import shutil
import signal
import socket
import sys
import tempfile
import threading
import webbrowser
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from types import FrameType
from typing import Any

from livereload import Server
from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler, StaticFileHandler
from livereload.watcher import Watcher
from tornado import web
from tornado.httpserver import HTTPServer
from tornado.ioloop import IOLoop, PeriodicCallback
from tornado.netutil import bind_sockets

from site_gen.core.errors import BuildError, ConfigError
from site_gen.engine.build import BuildRequest, BuildResult, build
from site_gen.render.pages import forget_templates, render_document
from site_gen.render.theme import Theme, builtin_dir

# Short enough that a save shows within a second; one poll of 10,000 files costs ~50 ms.
POLL_SECONDS = 0.25
ERROR_PAGE_STATUS = 503


class PortUnavailable(Exception):
    """The address cannot be listened on (busy port, unknown host)."""


@dataclass(frozen=True, slots=True)
class ServeOptions:
    make_request: Callable[[], BuildRequest]  # called for every build: config edits apply
    watch_extra: tuple[Path, ...] = ()  # e.g. the config file
    host: str = "127.0.0.1"
    port: int = 8000
    open_browser: bool = False


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one build did: the result, or why there is none."""

    result: BuildResult | None
    errors: tuple[str, ...]  # one line each: `path:line: message`
    is_first: bool = False


@dataclass(frozen=True, slots=True)
class Ready:
    url: str
    port: int
    live_reload_port: int
    output: Path


@dataclass(frozen=True, slots=True)
class PreviewState:
    """What the HTTP handlers show: errors (banner) and whether a good site exists."""

    errors: tuple[str, ...] = ()
    has_site: bool = False


class Preview:
    """Builds the site into one private output folder and remembers the last outcome."""

    def __init__(self, make_request: Callable[[], BuildRequest], output: Path, port: int) -> None:
        self._make_request = make_request
        self.output = output
        self.port = port
        self.state = PreviewState()

    def rebuild(self, is_first: bool = False) -> Outcome:
        """Run one build; never raises for a bad edit (safe to call from a worker thread)."""
        try:
            forget_templates()
            request = replace(
                self._make_request(),
                output=self.output,
                strict=False,
                live_reload=True,
                live_reload_port=self.port,
            )
            result = build(request)
        except (BuildError, ConfigError) as exc:
            return Outcome(None, (str(exc),), is_first)
        except Exception as exc:  # noqa: BLE001 - a preview outlives any one bad build
            return Outcome(None, (f"internal error: {type(exc).__name__}: {exc}",), is_first)
        return Outcome(result, tuple(str(p) for p in result.problems), is_first)

    def apply(self, outcome: Outcome) -> None:
        has_site = self.state.has_site or outcome.result is not None
        self.state = PreviewState(outcome.errors, has_site)

    def banner(self, full_page: bool) -> str:
        # Built-in templates only: the site's own may be what is broken.
        return render_document(
            "_error.html",
            Theme((str(builtin_dir("templates")),), ()),
            messages=self.state.errors,
            full_page=full_page,
            live_reload_port=self.port,
        )


def is_safe_url_path(path: str) -> bool:
    """False for anything that could name a file outside the site (after URL decoding)."""
    if not path:
        return True
    if "\x00" in path or "\\" in path or path.startswith("/"):
        return False
    return ".." not in path.split("/")


_BODY_OPEN = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)


def with_banner(page: bytes, banner: str) -> bytes:
    """The page with the banner as the first thing in its body."""
    data = banner.encode("utf-8")
    match = _BODY_OPEN.search(page)
    at = match.end() if match else 0
    return page[:at] + data + page[at:]


class SiteHandler(StaticFileHandler):
    """Files of the built site; no caching, no escapes from it, a banner while broken."""

    preview: Preview

    def initialize(self, path: str, preview: Preview, default_filename: str = "index.html") -> None:
        super().initialize(path=path, default_filename=default_filename)
        self.preview = preview
        self._is_generated = False

    def compute_etag(self) -> str | None:
        return None if self._is_generated else super().compute_etag()

    def set_extra_headers(self, path: str) -> None:
        self.set_header("Cache-Control", "no-store")

    async def get(self, path: str, include_body: bool = True) -> None:
        if not is_safe_url_path(path):
            raise web.HTTPError(404)
        state = self.preview.state
        if state.errors:
            page = self._html_file(path)
            if page is not None:
                self._send_html(200, with_banner(page.read_bytes(), self.preview.banner(False)))
                return
            if not state.has_site and (path == "" or path.endswith(("/", ".html"))):
                self._send_html(ERROR_PAGE_STATUS, self.preview.banner(True).encode("utf-8"))
                return
        await super().get(path, include_body)

    def _html_file(self, path: str) -> Path | None:
        root = Path(self.root).resolve()
        candidate = root / path
        if candidate.is_dir():
            if path and not path.endswith("/"):
                return None  # the static handler redirects to the slash form
            candidate = candidate / "index.html"
        if candidate.suffix != ".html" or not candidate.is_file():
            return None
        return candidate if candidate.resolve().is_relative_to(root) else None

    def _send_html(self, status: int, body: bytes) -> None:
        self._is_generated = True
        self.set_status(status)
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(body if self.request.method != "HEAD" else b"")

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        not_found = Path(self.root) / "404.html"
        if status_code == 404 and not_found.is_file():
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.finish(not_found.read_bytes())
            return
        super().write_error(status_code, **kwargs)


class _PollingWatcher(Watcher):
    """livereload's mtime watcher, polled more often, leaving the reload to the rebuilder."""

    def start(self, callback: Callable[[], None]) -> bool:
        self._poller = PeriodicCallback(callback, POLL_SECONDS * 1000)
        self._poller.start()
        return True

    def prime(self) -> None:
        """Record every watched file now, so a change (or deletion) before the first poll
        still counts; runs no task."""
        for path, task in self._tasks.items():
            self._task_mtimes = task["mtimes"]
            self.is_changed(path, task["ignore"])

    def examine(self) -> tuple[str | None, str]:
        changed, _ = super().examine()
        return changed, "forever"  # livereload would reload before the new build is in place


def _ignore_request(handler: web.RequestHandler) -> None:
    """No access log: the terminal shows builds and errors only."""


class _PreviewServer(Server):
    def __init__(self, preview: Preview, sockets: list[socket.socket]) -> None:
        super().__init__(watcher=_PollingWatcher())
        self._preview = preview
        self._sockets = sockets

    def application(
        self,
        port: int,
        host: str,
        liveport: int | None = None,
        debug: bool | None = None,
        live_css: bool = True,
    ) -> None:
        LiveReloadHandler.watcher = self.watcher
        LiveReloadHandler.live_css = live_css
        site = {"path": str(self._preview.output), "preview": self._preview}
        app = web.Application(
            [
                (r"/livereload", LiveReloadHandler),
                (r"/livereload.js", LiveReloadJSHandler),
                (r"/(.*)", SiteHandler, site),
            ],
            log_function=_ignore_request,
        )
        HTTPServer(app).add_sockets(self._sockets)

    def _setup_logging(self) -> None:
        """Nothing: the command prints its own one-line messages."""


class _Rebuilder:
    """One build at a time on a worker thread; changes during a build queue one more."""

    def __init__(self, preview: Preview, report: Callable[[Outcome], None]) -> None:
        self._preview = preview
        self._report = report
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="site-gen-build")
        self._is_running = False
        self._is_pending = False

    def changed(self) -> None:
        """Watcher task; runs on the IO loop."""
        if self._is_running:
            self._is_pending = True
            return
        self._is_running = True
        loop = IOLoop.current()
        future = self._pool.submit(self._preview.rebuild)
        future.add_done_callback(lambda done: loop.add_callback(self._finished, done))

    def _finished(self, done: Future[Outcome]) -> None:
        self._is_running = False
        outcome = done.result()
        self._preview.apply(outcome)
        self._report(outcome)
        LiveReloadHandler.reload_waiters()
        if self._is_pending:
            self._is_pending = False
            self.changed()

    def shutdown(self) -> None:
        """Stop now: a build still running loses its worker processes (ours) and fails fast."""
        if self._is_running:
            for worker in multiprocessing.active_children():
                worker.terminate()
        self._pool.shutdown(wait=True, cancel_futures=True)


def watched_paths(request: BuildRequest, extra: tuple[Path, ...]) -> list[Path]:
    """Sources, the site's and the built-in templates and static files, and `extra`."""
    config = request.config
    candidates = [
        *request.sources,
        config.root / (config.templates_dir or "templates"),
        config.root / (config.static_dir or "static"),
        builtin_dir("templates"),
        builtin_dir("static"),
        *extra,
    ]
    seen: set[Path] = set()
    paths = []
    for path in candidates:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            paths.append(path)
    return paths


def listen(host: str, port: int) -> list[socket.socket]:
    try:
        return bind_sockets(port, address=host)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise PortUnavailable(
                f"{host}:{port} is already in use; choose another --port (0 picks a free one)"
            ) from exc
        reason = exc.strerror or str(exc)
        raise PortUnavailable(f"cannot listen on {host}:{port}: {reason}") from exc


@contextmanager
def _stop_signals_interrupt() -> Iterator[None]:
    """SIGTERM, and SIGINT even when a shell started us in the background, stop cleanly."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    stops = (signal.SIGINT, signal.SIGTERM)
    previous = {stop: signal.signal(stop, interrupt) for stop in stops}
    try:
        yield
    finally:
        for stop, handler in previous.items():
            signal.signal(stop, handler)


def serve(
    options: ServeOptions,
    on_ready: Callable[[Ready], None],
    report: Callable[[Outcome], None],
) -> None:
    """Build, serve and rebuild until interrupted; the private output is removed on exit."""
    first_request = options.make_request()  # a bad config fails here, before anything starts
    sockets = listen(options.host, options.port)
    port = sockets[0].getsockname()[1]
    workdir = Path(tempfile.mkdtemp(prefix="site-gen-serve-"))
    rebuilder: _Rebuilder | None = None
    try:
        with _stop_signals_interrupt():
            preview = Preview(options.make_request, workdir / "site", port)
            rebuilder = _Rebuilder(preview, report)
            server = _PreviewServer(preview, sockets)
            for path in watched_paths(first_request, options.watch_extra):
                server.watch(str(path), rebuilder.changed)
            server.watcher.prime()
            outcome = preview.rebuild(is_first=True)
            preview.apply(outcome)
            report(outcome)
            url = f"http://{_url_host(options.host)}:{port}/"
            on_ready(Ready(url, port, port, preview.output))
            if options.open_browser:
                threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
            server.serve(root=str(preview.output), host=options.host, port=port)
    finally:
        for sock in sockets:
            sock.close()
        if rebuilder is not None:
            rebuilder.shutdown()
        shutil.rmtree(workdir, ignore_errors=True)
        # A stop signal can land while asyncio is building an event loop; the half-made
        # loop then complains when it is collected at exit. Nothing is left to report.
        sys.unraisablehook = _ignore_unraisable


def _ignore_unraisable(unraisable: object) -> None:
    return None


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
