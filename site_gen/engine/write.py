"""Write the site into a folder beside the target, then swap it in whole.

A crash or kill at any point leaves the previous output as it was: the new tree only
replaces it by an atomic exchange once every file is written. Files whose content did
not change keep their inode and mtime (rsync and S3 publishing then move less).
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from site_gen.core.errors import BuildError
from site_gen.engine.state import OutputState, output_state
from site_gen.engine.trees import (
    MARKER,
    LiveFiles,
    exchange_paths,
    link_folder,
    link_rest,
    link_tree,
    plain_files,
    sweep_leftovers,
)

_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC


def write_file(root: Path | str, relative: str, data: bytes) -> None:
    """One file of a staged tree. Pure file work, so pool workers call it too.

    A file the tree does not hold yet is created in place (O_EXCL: no other tree can
    share an inode that did not exist). One it holds may be a hard link shared with the
    live output, so it is replaced by a new inode renamed into place. Most pages sit in a
    folder of their own, made first (a cold build at 10,000 articles makes 19,000 of them:
    a failed open and a rename per page cost more than rendering it)."""
    path = os.path.join(root, relative)
    folder = os.path.dirname(path)
    if relative.endswith("/index.html"):
        try:
            os.mkdir(folder)
        except FileExistsError:
            pass
        except FileNotFoundError:
            os.makedirs(folder, exist_ok=True)
    try:
        fd = _create(path, folder)
    except FileExistsError:
        _replace(path, data)
        return
    with open(fd, "wb") as handle:
        handle.write(data)


def _create(path: str, folder: str) -> int:
    try:
        return os.open(path, _NEW_FILE, 0o666)
    except FileNotFoundError:
        os.makedirs(folder, exist_ok=True)
        return os.open(path, _NEW_FILE, 0o666)


def _replace(path: str, data: bytes) -> None:
    fresh = path + ".site-gen-new"
    with open(fresh, "wb") as handle:
        handle.write(data)
    os.replace(fresh, path)


def check_relative(relative: str) -> list[str]:
    """The parts of an output path; BuildError for one that would leave the tree."""
    parts = relative.split("/")
    if relative.startswith("/") or any(p in ("", ".", "..") or "\\" in p for p in parts):
        raise BuildError(f"refusing to write outside the output: {relative!r}")
    return parts


def check_target(target: Path, protected: list[Path]) -> None:
    """Refuse outputs whose replacement would delete something that is not ours."""
    resolved = target.resolve()
    home = Path.home().resolve()
    if resolved == Path(resolved.anchor) or resolved == home:
        raise BuildError(f"refusing to use {target} as the output folder")
    for place in protected:
        place = place.resolve()
        if resolved == place or place.is_relative_to(resolved):
            raise BuildError(f"refusing to use {target} as the output: it holds {place}")
    if resolved.is_dir() and any(resolved.iterdir()) and not (resolved / MARKER).exists():
        raise BuildError(
            f"refusing to replace {target}: it was not made by site-gen (no {MARKER}); "
            "empty it or choose another -o"
        )
    if resolved.exists() and not resolved.is_dir():
        raise BuildError(f"{target} exists and is not a folder")


@contextmanager
def output_lock(state: OutputState) -> Iterator[None]:
    """One build per output at a time; a second one waits for the first to finish.

    A POSIX record lock (lockf), not flock: pool workers forked while we hold it do not
    share it, so orphaned workers of a killed build cannot block the next build forever.
    """
    try:
        state.target.parent.mkdir(parents=True, exist_ok=True)
        state.own.mkdir(parents=True, exist_ok=True)
        handle = open(state.lock, "a+")  # noqa: SIM115 - closed below, after the unlock
    except OSError as exc:
        raise BuildError(f"cannot write to {state.own}: {exc.strerror or exc}") from exc
    with handle:
        fcntl.lockf(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.lockf(handle, fcntl.LOCK_UN)


Manifest = dict[str, str]  # relative path -> fingerprint of the file's content


class StagedOutput:
    """A new output tree being written; `commit()` swaps it in, `discard()` throws it away.

    The tree replaced by the last swap is kept in the state folder as the *spare*. The next
    build updates the spare in place, touching only files whose fingerprint differs from
    what the spare holds, then swaps it in. A rebuild after one edit therefore creates and
    deletes almost nothing, whatever the size of the site. Files are always replaced with
    a new inode (never rewritten in place), because the two trees share unchanged files.
    """

    def __init__(
        self,
        target: Path,
        manifest_for: Callable[[str], Manifest],
        state: OutputState | None = None,
    ) -> None:
        self.state = state or output_state(None, target)
        self.target = self.state.target
        sweep_leftovers(self.state)
        self.live = manifest_for(previous_generation(self.target) or "")
        spare = self.state.spare
        spare_generation = previous_generation(spare)
        self.base = manifest_for(spare_generation) if spare_generation else {}
        if self.base:
            # Trust the manifest only for files the spare really holds as plain files: a
            # deleted page would be missing from the output, and a link planted there
            # would be swapped in (and published) as it is.
            present = plain_files(spare)
            if present is None:
                self.base = {}
            else:
                self.base = {k: v for k, v in self.base.items() if k in present}
        self.files: Manifest = {}
        self.written = 0
        self.unchanged = 0
        self.html_changed = 0
        self._made: set[Path] = set()
        self._live_files = LiveFiles(self.target)
        self._ahead: tuple[Path, tuple[str, ...]] | None = None
        if self.base:
            (spare / MARKER).unlink()  # while it is updated, it describes no build
            self.root = spare
        else:
            shutil.rmtree(spare, ignore_errors=True)
            self.root = self.state.temporary("tmp", os.getpid())
            self.root.mkdir(parents=True)
            self._made.add(self.root)

    @classmethod
    def recycle(
        cls, state: OutputState, spare_generation: str, delta: Manifest
    ) -> StagedOutput | None:
        """A stage over the spare tree, brought level with the live output by applying
        `delta` (what the last build changed: fingerprint to link from live, "" to delete).

        For quick rebuilds: no manifest is loaded and no tree is scanned, so the cost
        follows the size of the change, not of the site. None when the spare is not the
        generation the delta starts from (then a full build is needed).
        """
        stage = cls.__new__(cls)
        stage.state = state
        stage.target = state.target
        spare = state.spare
        if not spare_generation or previous_generation(spare) != spare_generation:
            return None
        stage.live, stage.base, stage.files = {}, {}, {}
        stage.written = stage.unchanged = stage.html_changed = 0
        stage._made, stage._live_files = set(), LiveFiles(stage.target)
        stage._ahead = None
        stage.root = spare
        (spare / MARKER).unlink()  # while it is updated, it describes no build
        for relative, fingerprint in delta.items():
            if not fingerprint:
                path = stage.path_for(relative)
                path.unlink(missing_ok=True)
                stage._prune(path.parent)
            elif not stage._link_from_live(relative):
                stage.discard()
                return None
        return stage

    def path_for(self, relative: str) -> Path:
        """The file's place in the staged tree; refuses anything that would leave it."""
        return self.root.joinpath(*check_relative(relative))

    def keep(self, relative: str, fingerprint: str) -> bool:
        """True when the staged tree already holds this content (or it could be linked)."""
        if self.base.get(relative) == fingerprint and relative not in self.files:
            self.files[relative] = fingerprint
            self.unchanged += 1
            self._note_change(relative, fingerprint)
            return True
        if self.live.get(relative) == fingerprint and self._link_from_live(relative):
            self.files[relative] = fingerprint
            self.unchanged += 1
            return True
        return False

    def write(self, relative: str, data: bytes, fingerprint: str | None = None) -> None:
        fingerprint = fingerprint or hashlib.sha256(data).hexdigest()[:32]
        if self.keep(relative, fingerprint):
            return
        check_relative(relative)
        try:
            write_file(self.root, relative, data)
        except OSError as exc:
            raise self.write_error(exc) from exc
        self.record_written(relative, fingerprint)

    def record_written(self, relative: str, fingerprint: str) -> None:
        """Note a file written into the tree (by `write`, or by a pool worker)."""
        self.files[relative] = fingerprint
        self.written += 1
        self._note_change(relative, fingerprint)

    def write_error(self, exc: OSError) -> BuildError:
        # Disk full, quota, read-only remount: say where, and that nothing was replaced.
        return BuildError(
            f"cannot write the new output beside {self.target}: {exc.strerror or exc}; "
            "the previous output is unchanged"
        )

    def _note_change(self, relative: str, fingerprint: str) -> None:
        """Count pages that differ from the live output (what the search index covers)."""
        if relative.endswith(".html") and self.live.get(relative) != fingerprint:
            self.html_changed += 1

    def pages_differ_from_live(self) -> bool:
        removed = any(p.endswith(".html") and p not in self.files for p in self.live)
        return self.html_changed > 0 or removed or not self.live

    def link_folder_from_live(self, name: str) -> bool:
        """Hard-link a whole folder of the live output (e.g. an unchanged search index)."""
        source = self.target / name
        if not source.is_dir() or source.is_symlink():
            return False
        shutil.rmtree(self.root / name, ignore_errors=True)
        link_folder(source, self.target, self.root)
        return True

    def _link_from_live(self, relative: str) -> bool:
        return self._live_files.link(relative, self.path_for(relative), self._make_parent)

    def _make_parent(self, path: Path) -> None:
        parent = path.parent
        if parent not in self._made:
            parent.mkdir(parents=True, exist_ok=True)
            self._made.add(parent)

    def copy_tree(self, source: Path, into: str = "") -> None:
        """Copy a static folder into the staged tree (later copies win)."""
        for folder, dirs, files in os.walk(source):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                file = Path(folder) / name
                relative = (Path(into) / file.relative_to(source)).as_posix()
                self.write(relative, file.read_bytes())

    def remove_stale(self, keep_prefixes: tuple[str, ...] = ()) -> int:
        """Delete what the recycled tree held that the new build does not produce."""
        stale = [
            path
            for path in self.base
            if path not in self.files and not path.startswith(keep_prefixes)
        ]
        for relative in stale:
            path = self.path_for(relative)
            path.unlink(missing_ok=True)
            self._prune(path.parent)
        return len(stale)

    def _prune(self, folder: Path) -> None:
        while folder != self.root:
            try:
                folder.rmdir()
            except OSError:
                return  # not empty
            self._made.discard(folder)
            folder = folder.parent

    def commit(self, summary: dict[str, object]) -> None:
        # Not counted as written: it names the build, so it changes every time.
        self.path_for(MARKER).write_bytes(json.dumps(summary, sort_keys=True).encode() + b"\n")
        spare = self.state.spare
        if not self.target.exists():
            os.rename(self.root, self.target)
            if self._ahead is None:
                link_tree(self.target, spare)
            elif link_rest(self.target, *self._ahead):
                shutil.rmtree(spare, ignore_errors=True)
                os.rename(self._ahead[0], spare)
            return
        try:
            # One atomic step: the target is never missing, whenever we are killed.
            exchange_paths(self.root, self.target)
        except OSError as exc:
            if exc.errno not in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
                raise
            old = self.state.temporary("old", os.getpid())
            os.rename(self.target, old)  # a kill here is undone by the next sweep_leftovers
            os.rename(self.root, self.target)
            os.rename(old, spare)
            return
        if self.root != spare:
            os.rename(self.root, spare)

    def link_spare_ahead(self, still_written: tuple[str, ...]) -> None:
        """On a first build (no live output, so the commit must make the next build's
        spare by linking the whole tree), link what is finished now, while workers still
        write the top-level folders named with `still_written` prefixes: the main process
        would otherwise wait for them idle, then link alone. Nothing written from now on
        may replace a linked file (the commit links only the rest, and the marker)."""
        if self.target.exists() or self._ahead is not None:
            return
        ahead = self.state.temporary("ahead", os.getpid())
        if link_tree(self.root, ahead, leave_out=still_written):
            self._ahead = (ahead, still_written)

    def discard(self) -> None:
        """Throw the staged tree away (a recycled spare is then unknown: remove it too)."""
        shutil.rmtree(self.root, ignore_errors=True)
        if self._ahead is not None:
            shutil.rmtree(self._ahead[0], ignore_errors=True)


def previous_generation(target: Path) -> str | None:
    """The id of the build now in `target`, which names its page fingerprints in the cache."""
    try:
        return str(json.loads((target / MARKER).read_text())["generation"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
