"""`site-gen serve`: build into a private folder, serve it, rebuild and reload on every change.

Changes are seen by inotify (watchfiles, on a thread of its own); the HTTP side is
tornado with livereload's public handlers (its static files and `livereload.js`) and a
small socket speaking livereload.js's protocol, so the browser is told to reload only
once the new site is in place, not when the change is first seen. The listening sockets
are bound before the first build (a busy port fails fast and `--port 0` can report the
port it got); base.html adds the reload script itself, only for preview builds. A failed
rebuild keeps the last good site and shows an error banner on every page until the next
good build.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import json
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

import watchfiles
from livereload.handlers import LiveReloadJSHandler, StaticFileHandler
from tornado import web
from tornado.httpserver import HTTPServer
from tornado.ioloop import IOLoop
from tornado.netutil import bind_sockets
from tornado.websocket import WebSocketClosedError, WebSocketHandler

from site_gen.core.errors import BuildError, ConfigError
from site_gen.engine import state
from site_gen.engine.build import BuildRequest, BuildResult, build
from site_gen.render.pages import forget_templates, render_document
from site_gen.render.theme import Theme, builtin_dir

# watchfiles groups the events of one save: it yields once nothing new came for STEP_MS
# (at most DEBOUNCE_MS after the first), and wakes every TICK_MS to see whether a folder
# that was missing (templates/, static/) has been made, or it should stop.
STEP_MS, DEBOUNCE_MS, TICK_MS = 30, 400, 200
WATCH_START_SECONDS = 10.0
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


def _ignore_request(handler: web.RequestHandler) -> None:
    """No access log: the terminal shows builds and errors only."""


class ReloadSockets:
    """The open tabs' live-reload connections; used on the IO loop only."""

    def __init__(self) -> None:
        self._open: set[ReloadSocket] = set()

    def add(self, connection: ReloadSocket) -> None:
        self._open.add(connection)

    def discard(self, connection: ReloadSocket) -> None:
        self._open.discard(connection)

    def reload_all(self) -> None:
        for connection in list(self._open):
            connection.send_reload()


# livereload.js (the script livereload ships) speaks protocol 7: it says hello, we say
# hello, it sends info; from then on a reload message reloads the tab.
_PROTOCOL = "http://livereload.com/protocols/official-7"
_RELOAD = {"command": "reload", "path": "*", "liveCSS": True, "liveImg": True}


class ReloadSocket(WebSocketHandler):
    def initialize(self, sockets: ReloadSockets) -> None:
        self._sockets = sockets

    def check_origin(self, origin: str) -> bool:
        return True  # the page may be opened as localhost or 127.0.0.1: both are ours

    def on_message(self, message: str | bytes) -> None:
        try:
            command = json.loads(message).get("command")
        except (ValueError, AttributeError):
            return
        if command == "hello":
            self.write_message(
                {"command": "hello", "protocols": [_PROTOCOL], "serverName": "site-gen"}
            )
        elif command == "info":
            self._sockets.add(self)

    def on_close(self) -> None:
        self._sockets.discard(self)

    def send_reload(self) -> None:
        try:
            self.write_message(_RELOAD)
        except WebSocketClosedError:
            self._sockets.discard(self)


def application(preview: Preview, sockets: ReloadSockets) -> web.Application:
    site = {"path": str(preview.output), "preview": preview}
    return web.Application(
        [
            (r"/livereload", ReloadSocket, {"sockets": sockets}),
            (r"/livereload.js", LiveReloadJSHandler),
            (r"/(.*)", SiteHandler, site),
        ],
        log_function=_ignore_request,
    )


class _Rebuilder:
    """One build at a time on a worker thread; changes during a build queue one more."""

    def __init__(
        self, preview: Preview, report: Callable[[Outcome], None], sockets: ReloadSockets
    ) -> None:
        self._preview = preview
        self._report = report
        self._sockets = sockets
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="site-gen-build")
        self._is_running = False
        self._is_pending = False
        self._lock = threading.Lock()
        self._loop: IOLoop | None = None
        self._is_early = False  # a change seen before the IO loop ran

    def notify(self) -> None:
        """A watched file changed; called on the watcher's thread."""
        with self._lock:
            loop = self._loop
            if loop is None:
                self._is_early = True
                return
        _call_soon(loop, self.changed)

    def attach(self, loop: IOLoop) -> None:
        """From now on, changes run on `loop` (and one seen before runs now)."""
        with self._lock:
            self._loop = loop
            is_early, self._is_early = self._is_early, False
        if is_early:
            loop.add_callback(self.changed)

    def changed(self) -> None:
        """Runs on the IO loop."""
        if self._is_running:
            self._is_pending = True
            return
        self._is_running = True
        loop = IOLoop.current()
        future = self._pool.submit(self._preview.rebuild)
        future.add_done_callback(lambda done: _call_soon(loop, self._finished, done))

    def _finished(self, done: Future[Outcome]) -> None:
        self._is_running = False
        outcome = done.result()
        self._preview.apply(outcome)
        self._report(outcome)
        self._sockets.reload_all()
        if self._is_pending:
            self._is_pending = False
            self.changed()

    def shutdown(self) -> None:
        """Stop now: a build still running loses its worker processes (ours) and fails fast."""
        with self._lock:
            self._loop = None  # closed, or about to be: nothing more runs on it
        if self._is_running:
            for worker in multiprocessing.active_children():
                worker.terminate()
        self._pool.shutdown(wait=True, cancel_futures=True)


def _call_soon(loop: IOLoop, callback: Callable[..., None], *args: Any) -> None:
    with contextlib.suppress(RuntimeError):  # the loop is closed: serve is stopping
        loop.add_callback(callback, *args)


class Watcher:
    """Changes under the watched paths, seen by inotify (watchfiles) on two threads: one
    watches folders with all they hold, one the folders of single files such as site.toml
    (an editor that saves by renaming a new file into place ends a watch on the file)."""

    def __init__(
        self, paths: list[Path], ignored: list[Path], on_change: Callable[[], None]
    ) -> None:
        self._wanted = [p.resolve() for p in paths]
        self._ignored = [p.resolve() for p in ignored]
        self._on_change = on_change
        self._stop = threading.Event()
        kinds = ("folders", "files")
        self._ready = {kind: threading.Event() for kind in kinds}
        self._threads = [
            threading.Thread(
                target=self._watch, args=(kind,), name=f"site-gen-watch-{kind}", daemon=True
            )
            for kind in kinds
        ]

    def start(self) -> None:
        """Start watching; returns once both threads watch (or gave up)."""
        for thread in self._threads:
            thread.start()
        for ready in self._ready.values():
            ready.wait(WATCH_START_SECONDS)

    def stop(self) -> None:
        """Both threads end within a tick."""
        self._stop.set()
        for thread in self._threads:
            if thread.ident is not None:
                thread.join()

    def _watch(self, kind: str) -> None:
        try:
            is_new_round = False
            while not self._stop.is_set():
                try:
                    self._watch_once(kind, is_new_round)
                except OSError:
                    # A folder went just as the watch began on it: look again a tick later.
                    self._stop.wait(TICK_MS / 1000)
                is_new_round = True
        finally:
            self._ready[kind].set()  # a watch that failed must not hold up the start

    def _watch_once(self, kind: str, is_new_round: bool) -> None:
        """Watch until stopped, or until a watched folder or file appears or goes (inotify
        keeps no watch on a folder made again): the next round watches what is there."""
        layout = self._layout()
        files = {p for p in self._wanted if p.is_file()}
        if kind == "files":
            roots = sorted({p.parent for p in files})
            wanted: Callable[[Path], bool] = files.__contains__
        else:
            roots = [p for p in self._wanted if p.is_dir()]
            wanted = self.sees
        if not roots:
            self._ready[kind].set()
            if is_new_round:
                self._on_change()  # what was watched has gone
            while not self._stop.wait(TICK_MS / 1000):
                if self._layout() != layout:
                    return
            return
        changes = watchfiles.watch(
            *roots,
            watch_filter=lambda change, path: self._is_wanted(change, path, wanted),
            debounce=DEBOUNCE_MS,
            step=STEP_MS,
            stop_event=self._stop,
            rust_timeout=TICK_MS,
            yield_on_timeout=True,
            raise_interrupt=False,
            recursive=kind == "folders",
        )
        for changed in changes:
            self._ready[kind].set()
            if changed or is_new_round:
                # What appeared counts once this round watches it, so an edit made in it
                # meanwhile is part of the rebuild.
                is_new_round = False
                self._on_change()
            if self._layout() != layout:
                return

    def _layout(self) -> tuple[tuple[bool, bool], ...]:
        """Which watched paths are folders and which files, now."""
        return tuple((p.is_dir(), p.is_file()) for p in self._wanted)

    def sees(self, path: Path) -> bool:
        """Whether a change of `path` (absolute, resolved) means a rebuild."""
        if not _EDITOR_FILES(watchfiles.Change.modified, str(path)):
            return False
        if any(path.is_relative_to(place) for place in self._ignored):
            return False
        return any(path.is_relative_to(place) for place in self._wanted)

    def _is_wanted(
        self, change: watchfiles.Change, path: str, wanted: Callable[[Path], bool]
    ) -> bool:
        return wanted(Path(path)) and self.sees(Path(path))


_EDITOR_FILES = watchfiles.DefaultFilter()  # swap files, backups, .git/ and the like


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
    output = workdir / "site"
    site_state = state.of_build(first_request.config, output)
    reload_sockets = ReloadSockets()
    preview = Preview(options.make_request, output, port)
    rebuilder = _Rebuilder(preview, report, reload_sockets)
    # Its own builds write into the state folder and the preview: never a reason to rebuild.
    ignored = [workdir, site_state.folder, site_state.own]
    watcher = Watcher(watched_paths(first_request, options.watch_extra), ignored, rebuilder.notify)
    # A stop signal can land while asyncio is making an event loop (ours, or Pagefind's
    # during a build); the half-made loop then fails in __del__ when it is collected,
    # which may be before serve returns. Nothing is left to report of it.
    sys.unraisablehook = _quiet_half_made_loops(sys.unraisablehook)
    try:
        with _stop_signals_interrupt():
            watcher.start()  # before the first build: an edit during it is not lost
            outcome = preview.rebuild(is_first=True)
            preview.apply(outcome)
            report(outcome)
            url = f"http://{_url_host(options.host)}:{port}/"
            on_ready(Ready(url, port, port, preview.output))
            if options.open_browser:
                threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
            app = application(preview, reload_sockets)
            with contextlib.suppress(KeyboardInterrupt):
                asyncio.run(_serve_forever(app, sockets, rebuilder))
    finally:
        watcher.stop()
        for sock in sockets:
            sock.close()
        rebuilder.shutdown()
        shutil.rmtree(workdir, ignore_errors=True)
        shutil.rmtree(site_state.own, ignore_errors=True)  # the preview's spare tree and lock


async def _serve_forever(
    app: web.Application, sockets: list[socket.socket], rebuilder: _Rebuilder
) -> None:
    """Serve until interrupted (a stop signal raises KeyboardInterrupt in the loop)."""
    server = HTTPServer(app)
    server.add_sockets(sockets)
    rebuilder.attach(IOLoop.current())
    try:
        await asyncio.Event().wait()
    finally:
        server.stop()


def _quiet_half_made_loops(
    previous: Callable[[Any], object],
) -> Callable[[Any], None]:
    """An unraisable hook that drops event loops failing in __del__, passes on the rest."""

    def hook(unraisable: Any) -> None:
        if getattr(unraisable.object, "__qualname__", "") != "BaseEventLoop.__del__":
            previous(unraisable)

    return hook


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
