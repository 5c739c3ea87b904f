"""What `serve` watches, and the watch itself: inotify (watchfiles) on threads of its own,
started again whenever a watched folder or file appears or goes."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import watchfiles

from site_gen.engine.build import BuildRequest
from site_gen.render.theme import builtin_dir

# watchfiles groups the events of one save: it yields once nothing new came for STEP_MS
# (at most DEBOUNCE_MS after the first), and wakes every TICK_MS to see whether a folder
# that was missing (templates/, static/) has been made, or it should stop.
STEP_MS, DEBOUNCE_MS, TICK_MS = 30, 400, 200
WATCH_START_SECONDS = 10.0


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
        watched = {str(root) for root in roots}
        for changed in changes:
            self._ready[kind].set()
            if changed or is_new_round:
                # What appeared counts once this round watches it, so an edit made in it
                # meanwhile is part of the rebuild.
                is_new_round = False
                self._on_change()
            # A watched folder that went ends the round even if it is back already (made
            # again before this thread looked, maybe with the same inode number): the
            # round's inotify watch went with the old one.
            gone = any(c == watchfiles.Change.deleted and p in watched for c, p in changed)
            if gone or self._layout() != layout:
                return

    def _layout(self) -> tuple[tuple[bool, bool, int], ...]:
        """Which watched paths are folders and which files, now, and which folder each
        is: a folder removed and made again while a round still watches the old one
        (inotify's watch died with it) must count as a change, or the round would go on
        watching nothing."""
        return tuple(_kind_of(p) for p in self._wanted)

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


def _kind_of(path: Path) -> tuple[bool, bool, int]:
    try:
        found = os.stat(path)
    except OSError:
        return False, False, 0
    is_dir = stat.S_ISDIR(found.st_mode)
    return is_dir, stat.S_ISREG(found.st_mode), found.st_ino if is_dir else 0
