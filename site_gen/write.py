"""Write the site into a temporary folder beside the target, then swap it in whole.

A crash or kill at any point leaves the previous output as it was: the new tree only
replaces it by two renames once every file is written. Files whose bytes did not
change are hard-linked from the previous output, so their mtimes stay (rsync and S3
publishing then move less).
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
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
    """One build per output at a time; a second one waits for the first to finish."""
    target.parent.mkdir(parents=True, exist_ok=True)
    lock_path = target.parent / (_siblings(target, "lock"))
    with open(lock_path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


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
        self._make_parent(path)
        previous = self.target / relative
        if _same_bytes(previous, data):
            try:
                os.link(previous, path)
                self.unchanged += 1
                return
            except OSError:
                pass  # another filesystem or no hard links: fall back to writing
        with open(path, "wb") as handle:
            handle.write(data)
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
        old = self.parent / f"{_siblings(self.target, 'old')}-{os.getpid()}"
        if self.target.exists():
            os.rename(self.target, old)
        os.rename(self.root, self.target)
        shutil.rmtree(old, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


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
