"""Input folders -> Source values (the only place besides cache.py that reads input)."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import IO

from site_gen.core.errors import ParseError
from site_gen.core.model import Source
from site_gen.parse.warc import is_archive

SOURCE_SUFFIXES = (
    ".txt", ".md", ".markdown", ".html", ".htm", ".mhtml", ".mht", ".warc", ".warc.gz"
)  # fmt: skip


def discover(roots: list[Path]) -> tuple[list[str], list[ParseError]]:
    """Every source file under the roots (absolute paths, sorted as paths sort); hidden
    files and folders skipped. Plain strings: this runs on every build, and 100,000
    Path objects cost more than the rest of a quick rebuild.

    Symlinks are followed only when they point inside a source root, so a link
    cannot pull in (or reveal) a file from elsewhere on the machine; a link to a file
    that is found anyway is skipped, so the article is built once. Links come back as
    the file they name, which `read_source` opens without following a link.
    """
    found: set[str] = set()
    problems: list[ParseError] = []
    resolved_roots = [root.resolve() for root in roots]
    for root in roots:
        if root.is_file():
            found.add(str(root.resolve()))
            continue
        if not root.is_dir():
            problems.append(ParseError(str(root), 0, "no such file or folder"))
            continue
        # Linked folders are not entered, so a plain file's real path is the resolved
        # root plus its place under the root (no realpath per file).
        real_root, prefix = str(root.resolve()), len(str(root))
        for path, is_link in _walk(str(root)):
            if not is_link:
                found.add(real_root + path[prefix:])
                continue
            target = Path(path).resolve()
            if not any(target.is_relative_to(r) for r in resolved_roots):
                problems.append(ParseError(path, 0, "symlink points outside the sources"))
            elif not target.exists():
                problems.append(ParseError(path, 0, "broken symlink"))
            else:
                found.add(str(target))
    # Sorted as paths sort (folder by folder): "/" sorts before any other character.
    return sorted(found, key=lambda path: path.replace("/", "\0")), problems


def _walk(root: str) -> Iterator[tuple[str, bool]]:
    """(path, is it a link) of each source file, in path order; the directory entries
    say both, so no file is stat'ed. Unreadable folders are skipped, as os.walk does."""
    try:
        with os.scandir(root) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if _is_folder(entry):
            if not entry.is_symlink() and not entry.name.startswith("_"):
                yield from _walk(entry.path)
        elif entry.name.lower().endswith(SOURCE_SUFFIXES):
            yield entry.path, entry.is_symlink()


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # a link to a folder counts as one (and is not entered)
    except OSError:
        return False


def read_source(path: Path | str, display: str | None = None) -> Source | ParseError:
    shown = display or str(path)
    handle = _open_regular(path, shown)
    if isinstance(handle, ParseError):
        return handle
    with handle:
        modified_time = os.fstat(handle.fileno()).st_mtime
        try:
            data = handle.read()
        except OSError as exc:
            return ParseError(shown, 0, f"cannot read: {exc.strerror or exc}")
    digest = hashlib.sha256(data).hexdigest()
    return Source(Path(path).resolve(), shown, data, digest, modified_time)


def read_sources(path: Path | str, display: str | None = None) -> Iterator[Source | ParseError]:
    """A file's sources: the file itself, or each captured page of a web archive
    (streamed: an archive is never read whole)."""
    shown = display or str(path)
    if not is_archive(shown):
        yield read_source(path, shown)
        return
    handle = _open_regular(path, shown)
    if isinstance(handle, ParseError):
        yield handle
        return
    handle.close()
    # Here, not at the top: warcio and fsspec cost every start of the program 90 ms.
    from site_gen.parse.warc_read import archive_sources

    yield from archive_sources(Path(path).resolve(), shown, partial(_open_again, path, shown))


def _open_regular(path: Path | str, shown: str) -> IO[bytes] | ParseError:
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
    handle = os.fdopen(fd, "rb")
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        handle.close()
        return ParseError(shown, 0, "not a regular file (a pipe, socket or device?)")
    return handle


def _open_again(path: Path | str, shown: str) -> IO[bytes]:
    """The archive once more (it is read in two passes); raises OSError if it went away."""
    handle = _open_regular(path, shown)
    if isinstance(handle, ParseError):
        raise OSError(handle.message)
    return handle


def display_name(path: Path | str, cwd: Path) -> str:
    """The path as the user would type it from `cwd` (no filesystem calls)."""
    absolute = os.fspath(path)
    if not absolute.startswith("/") or "/." in absolute or "//" in absolute:
        absolute = os.path.abspath(absolute)  # discover's paths are already normal
    inside = str(cwd).rstrip("/") + "/"
    return absolute[len(inside) :] if absolute.startswith(inside) else str(path)
