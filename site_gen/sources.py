"""Input folders -> Source values (the only place besides cache.py that reads input)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from site_gen.errors import ParseError
from site_gen.model import Source

SOURCE_SUFFIXES = (".txt", ".md", ".markdown")


def discover(roots: list[Path]) -> tuple[list[Path], list[ParseError]]:
    """Every source file under the roots, sorted; hidden files and folders skipped.

    Symlinks are followed only when they point inside a source root, so a link
    cannot pull in (or reveal) a file from elsewhere on the machine.
    """
    found: list[Path] = []
    problems: list[ParseError] = []
    resolved_roots = [root.resolve() for root in roots]
    for root in roots:
        if root.is_file():
            found.append(root)
            continue
        if not root.is_dir():
            problems.append(ParseError(str(root), 0, "no such file or folder"))
            continue
        for path in _walk(root):
            target = path.resolve()
            if path.is_symlink() and not any(target.is_relative_to(r) for r in resolved_roots):
                problems.append(ParseError(str(path), 0, "symlink points outside the sources"))
                continue
            found.append(path)
    return sorted(set(found)), problems


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(SOURCE_SUFFIXES):
                yield Path(folder) / name


def read_source(path: Path, display: str | None = None) -> Source | ParseError:
    shown = display or str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return ParseError(shown, 0, "file vanished before it could be read")
    except IsADirectoryError:
        return ParseError(shown, 0, "is a folder, not a file")
    except OSError as exc:
        return ParseError(shown, 0, f"cannot read: {exc.strerror or exc}")
    return Source(path.resolve(), shown, data, hashlib.sha256(data).hexdigest())


def display_name(path: Path, cwd: Path) -> str:
    try:
        return str(path.resolve().relative_to(cwd.resolve()))
    except ValueError:
        return str(path)
