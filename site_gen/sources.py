"""Input folders -> Source values (the only place besides cache.py that reads input)."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from site_gen.errors import ParseError
from site_gen.model import Source

SOURCE_SUFFIXES = (".txt", ".md", ".markdown")


def discover(roots: list[Path]) -> tuple[list[Path], list[ParseError]]:
    """Every source file under the roots, sorted; hidden files and folders skipped.

    Symlinks are followed only when they point inside a source root, so a link
    cannot pull in (or reveal) a file from elsewhere on the machine; a link to a file
    that is found anyway is skipped, so the article is built once. Links come back as
    the file they name, which `read_source` opens without following a link.
    """
    found: dict[Path, Path] = {}  # resolved -> first path it was found under
    problems: list[ParseError] = []
    resolved_roots = [root.resolve() for root in roots]
    for root in roots:
        if root.is_file():
            found.setdefault(root.resolve(), root.resolve())
            continue
        if not root.is_dir():
            problems.append(ParseError(str(root), 0, "no such file or folder"))
            continue
        # os.walk does not enter linked folders, so a plain file's real path is the
        # resolved root plus its place under the root (no realpath per file).
        real_root, prefix = str(root.resolve()), len(str(root))
        for path in _walk(root):
            if not path.is_symlink():
                target = Path(real_root + str(path)[prefix:])
                found[target] = target
                continue
            target = path.resolve()
            if path.is_symlink():
                if not any(target.is_relative_to(r) for r in resolved_roots):
                    problems.append(ParseError(str(path), 0, "symlink points outside the sources"))
                    continue
                if not target.exists():
                    problems.append(ParseError(str(path), 0, "broken symlink"))
                    continue
            found[target] = target
    return sorted(found.values()), problems


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(SOURCE_SUFFIXES):
                yield Path(folder) / name


def read_source(path: Path, display: str | None = None) -> Source | ParseError:
    shown = display or str(path)
    try:
        # O_NONBLOCK: a FIFO or device named like a source must not hang the build.
        # O_NOFOLLOW: discover() already resolved links it checked; a file that turned
        # into a link since then could point anywhere.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except FileNotFoundError:
        return ParseError(shown, 0, "file vanished before it could be read")
    except IsADirectoryError:
        return ParseError(shown, 0, "is a folder, not a file")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return ParseError(shown, 0, "became a symlink during the build; skipped")
        return ParseError(shown, 0, f"cannot read: {exc.strerror or exc}")
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return ParseError(shown, 0, "not a regular file (a pipe, socket or device?)")
        try:
            data = handle.read()
        except OSError as exc:
            return ParseError(shown, 0, f"cannot read: {exc.strerror or exc}")
    return Source(path.resolve(), shown, data, hashlib.sha256(data).hexdigest())


def display_name(path: Path, cwd: Path) -> str:
    """The path as the user would type it from `cwd` (no filesystem calls)."""
    absolute = Path(os.path.abspath(path))
    try:
        return str(absolute.relative_to(cwd))
    except ValueError:
        return str(path)
