"""Whole output trees: the marker naming a tree site-gen made, the atomic exchange of two
trees, the hard-linked spare of a first build, links from the live output (plain files
only), the check that a spare holds only plain files, and the sweep of trees that killed
builds left in the state folder.

`write.StagedOutput` calls these; they know nothing of fingerprints or manifests.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import stat
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from site_gen.engine.state import OutputState

MARKER = ".site-gen-build.json"


def marker_of(problems: Sequence[object], articles: int, generation: str) -> dict[str, object]:
    """What the output's marker file says of the build."""
    return {
        "ok": not problems,
        "articles": articles,
        "problems": len(problems),
        "generation": generation,
    }


def sweep_leftovers(state: OutputState) -> None:
    """Temp trees of killed builds (we hold the lock, so none is live)."""
    if not state.target.exists():
        # Killed between the two renames of a swap without exchange: put the old back.
        for old in state.temporaries("old"):
            if (old / MARKER).is_file():
                os.rename(old, state.target)
                break
    for kind in ("tmp", "old", "ahead"):
        for entry in state.temporaries(kind):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)


def link_tree(source: Path, copy: Path, leave_out: tuple[str, ...] = ()) -> bool:
    """A hard-linked copy of a first build's output, as the spare the next build
    recycles: its cost (1.6 s for a 10,000-article site: 19,000 pages, each in a folder
    of its own) is paid by the slow cold build, not by the first quick rebuild. The
    marker is copied, never linked, as the spare's is removed and rewritten in place.
    Top-level entries named with a `leave_out` prefix are not linked (`link_rest` links
    them later). False, and no copy, when it could not be made."""
    shutil.rmtree(copy, ignore_errors=True)
    copy.parent.mkdir(parents=True, exist_ok=True)
    # Plain strings and os.mkdir: the walk is top-down, so every parent exists already,
    # and Path objects per file cost more than the link itself (19,000 files at 10k).
    start, into_root, top = len(str(source)), str(copy), str(source)
    try:
        for folder, dirs, files in os.walk(source):
            into = into_root + folder[start:]
            os.mkdir(into)
            if leave_out and folder == top:
                dirs[:] = [d for d in dirs if not d.startswith(leave_out)]
                files = [f for f in files if not f.startswith(leave_out)]
            for name in files:
                _link_or_copy(os.path.join(folder, name), os.path.join(into, name))
    except OSError:
        shutil.rmtree(copy, ignore_errors=True)  # no spare: the next build is a full one
        return False
    return True


def link_rest(source: Path, copy: Path, prefixes: tuple[str, ...]) -> bool:
    """Link into `copy` the top-level entries of `source` that `link_tree` left out."""
    try:
        with os.scandir(source) as entries:
            rest = [e for e in entries if e.name.startswith(prefixes) and not e.is_symlink()]
        for entry in rest:
            if entry.is_dir(follow_symlinks=False):
                link_folder(Path(entry.path), source, copy)
            elif entry.is_file(follow_symlinks=False):
                _link_or_copy(entry.path, str(copy / entry.name))
        shutil.copyfile(source / MARKER, copy / MARKER)
    except OSError:
        shutil.rmtree(copy, ignore_errors=True)
        return False
    return True


def _link_or_copy(path: str, into: str) -> None:
    if os.path.basename(path) == MARKER:
        shutil.copyfile(path, into)
    else:
        os.link(path, into)


def link_folder(source: Path, source_root: Path, into_root: Path) -> None:
    """Hard-link the folder `source` (under `source_root`) to the same place under
    `into_root`, leaving out links: a planted one must not be swapped in. (scandir's entry
    types and plain strings: a search bundle at 100,000 articles holds 100,000 files.)"""
    start = len(str(source_root))
    pending = [str(source)]
    while pending:
        folder = pending.pop()
        into = str(into_root) + folder[start:]
        os.makedirs(into, exist_ok=True)
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_symlink():
                    continue
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                elif entry.is_file(follow_symlinks=False):
                    os.link(entry.path, os.path.join(into, entry.name))


class LiveFiles:
    """Files of the live output hard-linked into a staged tree: only regular files reached
    through no link (link() would copy a planted symlink itself, or reach through a linked
    folder to a file elsewhere).

    A folder is plain when its parent is and it is a folder itself, not a link: one lstat
    per folder, remembered. (Resolving each page's folder whole took six lstat calls a
    page; bringing a spare level after a full re-render links every page of the site.)"""

    def __init__(self, target: Path) -> None:
        self.target = target
        self._root = str(target)
        self._plain_folders: set[str] = {""}  # relative to the target; "" is the target

    def _is_plain_folder(self, folder: str) -> bool:
        if folder in self._plain_folders:
            return True
        parent = folder.rpartition("/")[0]
        if not self._is_plain_folder(parent):
            return False
        try:
            is_folder = stat.S_ISDIR(os.lstat(os.path.join(self._root, folder)).st_mode)
        except OSError:
            return False
        if is_folder:
            self._plain_folders.add(folder)
        return is_folder

    def is_plain(self, relative: str) -> bool:
        if not self._is_plain_folder(relative.rpartition("/")[0]):
            return False
        try:
            return stat.S_ISREG(os.lstat(os.path.join(self._root, relative)).st_mode)
        except OSError:
            return False

    def link(self, relative: str, path: Path, make_parent: Callable[[Path], None]) -> bool:
        """Link the live file at `relative` to `path`, replacing what is there; False when
        it is not a plain file or cannot be linked."""
        if not self.is_plain(relative):
            return False
        into = os.fspath(path)
        fresh = into + ".site-gen-new"
        try:
            make_parent(path)
            os.link(os.path.join(self._root, relative), fresh)
            os.replace(fresh, into)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(fresh)
            return False
        return True


def plain_files(root: Path) -> set[str] | None:
    """Relative paths of the files under root; None if it holds a link or anything but
    plain files and folders (scandir's entry types: no stat per file; plain strings, as
    this walks every file of a 100,000-article site)."""
    found: set[str] = set()
    start = len(str(root)) + 1
    pending = [str(root)]
    while pending:
        folder = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return None
        for entry in entries:
            if entry.is_symlink():
                return None
            if entry.is_dir(follow_symlinks=False):
                pending.append(entry.path)
            elif entry.is_file(follow_symlinks=False):
                found.add(entry.path[start:])
            else:
                return None
    return found


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def exchange_paths(first: Path, second: Path) -> None:
    """Swap two paths atomically (Linux renameat2); ENOSYS where that is not available."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if not sys.platform.startswith("linux") or renameat2 is None:
        raise OSError(errno.ENOSYS, "renameat2 is not available")
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(first), None, str(second))
