"""serve's inotify watcher in process: what it sees, what it ignores, and that it ends."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from site_gen.edges.serve_watch import Watcher

DEADLINE = 20.0  # seconds to wait for an event that must come


class Bell:
    """Counts the watcher's calls; `wait` blocks until the next one (or the deadline)."""

    def __init__(self) -> None:
        self._rung = threading.Event()
        self.count = 0

    def ring(self) -> None:
        self.count += 1
        self._rung.set()

    def wait(self) -> bool:
        rung = self._rung.wait(DEADLINE)
        self._rung.clear()
        return rung


@contextmanager
def watching(paths: list[Path], ignored: list[Path] | None = None) -> Iterator[Bell]:
    bell = Bell()
    watcher = Watcher(paths, ignored or [], bell.ring)
    watcher.start()
    try:
        yield bell
    finally:
        watcher.stop()


def _watch_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("site-gen-watch")]


def test_an_edit_in_a_watched_folder_rings(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "deep").mkdir(parents=True)
    with watching([content]) as bell:
        (content / "deep" / "a.md").write_text("new\n")
        assert bell.wait(), "no change seen in a nested folder"


def test_a_file_replaced_by_rename_is_still_watched(tmp_path: Path) -> None:
    config = tmp_path / "site.toml"
    config.write_text("[site]\n")
    with watching([config]) as bell:
        for title in ("One", "Two"):  # two saves: the watch outlives the first rename
            fresh = tmp_path / ".site.toml.swp-new"
            fresh.write_text(f'[site]\ntitle = "{title}"\n')
            os.replace(fresh, config)
            assert bell.wait(), f"save {title} of site.toml not seen"


def test_a_folder_made_after_the_start_is_watched(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    templates = tmp_path / "templates"
    with watching([content, templates]) as bell:
        templates.mkdir()
        assert bell.wait(), "the new templates folder was not noticed"
        (templates / "article.html").write_text("{% extends 'base.html' %}\n")
        assert bell.wait(), "an edit in the new folder was not seen"


def test_a_folder_removed_and_made_again_is_still_watched(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    with watching([templates]) as bell:
        templates.rmdir()
        assert bell.wait(), "the removal was not seen"
        templates.mkdir()
        assert bell.wait(), "the folder made again was not noticed"
        (templates / "base.html").write_text("<!doctype html>\n")
        assert bell.wait(), "an edit in the folder made again was not seen"


def test_only_watched_places_outside_the_ignored_ones_count(tmp_path: Path) -> None:
    content, state = tmp_path / "content", tmp_path / "content" / ".site-gen"
    watcher = Watcher([content, tmp_path / "site.toml"], [state], lambda: None)
    assert watcher.sees(content / "2023" / "a.md")
    assert watcher.sees(tmp_path / "site.toml")
    assert not watcher.sees(state / "cache.sqlite")  # the build's own writes
    assert not watcher.sees(tmp_path / "notes.txt")
    assert not watcher.sees(content / ".a.md.swp")  # an editor's swap file


def test_the_threads_end_when_the_watcher_stops(tmp_path: Path) -> None:
    before = _watch_threads()
    with watching([tmp_path, tmp_path / "missing"]):
        assert len(_watch_threads()) == len(before) + 2
    assert _watch_threads() == before
