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
import shutil
import signal
import socket
import sys
import tempfile
import threading
import webbrowser
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from tornado import web
from tornado.httpserver import HTTPServer
from tornado.ioloop import IOLoop
from tornado.netutil import bind_sockets

from site_gen.edges.serve_http import application
from site_gen.edges.serve_rebuild import Outcome, Preview, Rebuilder
from site_gen.edges.serve_reload import ReloadSockets
from site_gen.edges.serve_watch import Watcher, watched_paths
from site_gen.engine import state
from site_gen.engine.build import BuildRequest


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
class Ready:
    url: str
    port: int
    live_reload_port: int
    output: Path


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
    rebuilder = Rebuilder(preview, report, reload_sockets)
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
    app: web.Application, sockets: list[socket.socket], rebuilder: Rebuilder
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
