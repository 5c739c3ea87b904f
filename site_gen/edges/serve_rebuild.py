"""The preview's builds: one at a time on a worker thread, each into the same private
output, the last outcome kept for the HTTP handlers (an error banner while it failed)."""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from tornado.ioloop import IOLoop

from site_gen.core.errors import BuildError, ConfigError
from site_gen.edges.serve_reload import ReloadSockets
from site_gen.engine.build import BuildRequest, BuildResult, build
from site_gen.render.pages import forget_templates, render_document
from site_gen.render.theme import Theme, builtin_dir


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one build did: the result, or why there is none."""

    result: BuildResult | None
    errors: tuple[str, ...]  # one line each: `path:line: message`
    is_first: bool = False


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


class Rebuilder:
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
