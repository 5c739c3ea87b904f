"""Write the site into a temporary folder beside the target, then swap it in whole.

A crash or kill at any point leaves the previous output as it was: the new tree only
replaces it by two renames once every file is written. Files whose bytes did not
change are hard-linked from the previous output, so their mtimes stay (rsync and S3
publishing then move less).
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import json
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from site_gen.errors import BuildError

MARKER = ".site-gen-build.json"


def _siblings(target: Path, kind: str) -> str:
    return f".{target.name}.site-gen-{kind}"


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
def output_lock(target: Path) -> Iterator[None]:
    """One build per output at a time; a second one waits for the first to finish.

    A POSIX record lock (lockf), not flock: pool workers forked while we hold it do not
    share it, so orphaned workers of a killed build cannot block the next build forever.
    """
    lock_path = target.parent / (_siblings(target, "lock"))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle = open(lock_path, "a+")  # noqa: SIM115 - closed below, after the unlock
    except OSError as exc:
        raise BuildError(f"cannot write to {target.parent}: {exc.strerror or exc}") from exc
    with handle:
        fcntl.lockf(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.lockf(handle, fcntl.LOCK_UN)


class StagedOutput:
    """A new output tree being written; `commit()` swaps it in, `discard()` throws it away."""

    def __init__(self, target: Path) -> None:
        self.target = target.resolve()
        self.parent = self.target.parent
        self._sweep_leftovers()
        self.root = self.parent / f"{_siblings(self.target, 'tmp')}-{os.getpid()}"
        self.root.mkdir()
        self.written = 0
        self.unchanged = 0
        self._made: set[Path] = set()

    def _sweep_leftovers(self) -> None:
        """Temp trees of killed builds (we hold the lock, so none is live)."""
        prefix = _siblings(self.target, "")
        if not self.target.exists():
            # Killed between the two renames of a swap without exchange: put the old back.
            for old in sorted(self.parent.glob(f"{_siblings(self.target, 'old')}-*")):
                if (old / MARKER).is_file():
                    os.rename(old, self.target)
                    break
        for entry in self.parent.iterdir():
            if entry.name.startswith(prefix) and entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)

    def path_for(self, relative: str) -> Path:
        """The file's place in the staged tree; refuses anything that would leave it."""
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root) or candidate == self.root:
            raise BuildError(f"refusing to write outside the output: {relative!r}")
        return candidate

    def reuse(self, relative: str) -> bool:
        """Hard-link an unchanged page from the previous output; False if there is none."""
        previous = self.target / relative
        path = self.path_for(relative)
        try:
            self._make_parent(path)
            os.link(previous, path)
        except OSError:
            return False
        self.unchanged += 1
        return True

    def _make_parent(self, path: Path) -> None:
        parent = path.parent
        if parent not in self._made:
            parent.mkdir(parents=True, exist_ok=True)
            self._made.add(parent)

    def write(self, relative: str, data: bytes) -> None:
        path = self.path_for(relative)
        previous = self.target / relative
        try:
            self._make_parent(path)
            if _same_bytes(previous, data):
                try:
                    os.link(previous, path)
                    self.unchanged += 1
                    return
                except OSError:
                    pass  # another filesystem or no hard links: fall back to writing
            with open(path, "wb") as handle:
                handle.write(data)
        except OSError as exc:
            # Disk full, quota, read-only remount: say where, and that nothing was replaced.
            raise BuildError(
                f"cannot write the new output beside {self.target}: {exc.strerror or exc}; "
                "the previous output is unchanged"
            ) from exc
        self.written += 1

    def copy_tree(self, source: Path, into: str = "") -> None:
        """Copy a static folder into the staged tree (later copies win)."""
        for folder, dirs, files in os.walk(source):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                file = Path(folder) / name
                relative = str(Path(into) / file.relative_to(source))
                self.write(relative, file.read_bytes())

    def commit(self, summary: dict[str, object]) -> None:
        # Not counted as written: it names the build, so it changes every time.
        self.path_for(MARKER).write_bytes(json.dumps(summary, sort_keys=True).encode() + b"\n")
        if not self.target.exists():
            os.rename(self.root, self.target)
            return
        try:
            # One atomic step: the target is never missing, whenever we are killed.
            exchange_paths(self.root, self.target)
            shutil.rmtree(self.root, ignore_errors=True)
            return
        except OSError as exc:
            if exc.errno not in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
                raise
        old = self.parent / f"{_siblings(self.target, 'old')}-{os.getpid()}"
        os.rename(self.target, old)  # a kill here is undone by the next _sweep_leftovers
        os.rename(self.root, self.target)
        shutil.rmtree(old, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


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


def previous_generation(target: Path) -> str | None:
    """The id of the build now in `target`, which names its page fingerprints in the cache."""
    try:
        return str(json.loads((target / MARKER).read_text())["generation"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        if path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False
