"""Reading a web archive (WARC) -> one Source per captured HTML page.

The only module that imports warcio (imported only when a build meets an archive). An
archive is read as a stream, twice: the first pass reads only headers and picks, for each
URL, its newest capture (a revisit record stands for the response it refers to); the
second hands out the chosen pages one at a time, so a 10,000-page archive is never in
memory whole.
"""

from __future__ import annotations

import hashlib
import logging
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from site_gen.core.errors import ParseError
from site_gen.core.model import Source
from site_gen.parse.html import MAX_PAGE_BYTES
from site_gen.parse.warc import envelope

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CAPTURE_STATUSES = frozenset({"200", "203"})
_REVISIT_STATUSES = _CAPTURE_STATUSES | {"304"}  # "not modified": same as the original
_READ_ERRORS = (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError, IndexError)
# warcio logs what it repairs; problems reach the user as ParseErrors, never as log lines.
logging.getLogger("warcio").addHandler(logging.NullHandler())

Opener = Callable[[], IO[bytes]]


class _Records(ArchiveIterator):
    """warcio's iterator, stopping at a record whose length is wrong: warcio itself
    writes a warning to stderr and reads on from a guess."""

    def __init__(self, stream: IO[bytes]) -> None:
        super().__init__(stream, arc2warc=False)

    def _consume_blanklines(self) -> tuple[bytes | None, int]:
        empty_size = 0
        while True:
            line = self.reader.readline()
            if not line:
                return None, empty_size
            if line.strip():
                if empty_size == 0:
                    raise ArchiveLoadFailed(
                        "a record's Content-Length is wrong (no blank line after it)"
                    )
                return line, empty_size
            empty_size += len(line)


# --- pass one: which record is each URL's newest capture -------------------------------


@dataclass(frozen=True, slots=True)
class _Chosen:
    url: str
    captured: str  # WARC-Date of the newest capture
    content_type: str
    payload_record: int  # number of the response record holding the page


@dataclass(frozen=True, slots=True)
class _Response:
    number: int
    content_type: str


def _headers(record: Any) -> tuple[str, str, str]:
    """(HTTP status, Content-Type, WARC-Date) of a record."""
    http = record.http_headers
    status = (http.get_statuscode() or "") if http is not None else ""
    content_type = (
        (http.get_header("Content-Type") if http is not None else None)
        or record.rec_headers.get_header("Content-Type")
        or ""
    )
    return status, content_type, record.rec_headers.get_header("WARC-Date") or ""


def _is_html(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower() in _HTML_TYPES


def _drain(record: Any) -> bool:
    """Read the rest of the record; False when the archive ended before its length."""
    stream = record.raw_stream
    while stream.read(1 << 16):
        pass
    return getattr(stream, "limit", 0) <= 0


@dataclass(slots=True)
class _Index:
    """What pass one learns: each URL's newest capture, and the problems met."""

    by_id: dict[str, _Response]
    by_digest: dict[str, _Response]
    by_uri_date: dict[tuple[str, str], _Response]
    newest: dict[str, _Chosen]
    problems: list[ParseError]
    records: int = 0

    def offer(self, url: str, captured: str, content_type: str, response: _Response) -> None:
        current = self.newest.get(url)
        if current is None or captured >= current.captured:
            self.newest[url] = _Chosen(url, captured, content_type, response.number)

    def original_of(self, record: Any) -> _Response | None:
        headers = record.rec_headers
        refers_to = headers.get_header("WARC-Refers-To")
        if refers_to and refers_to in self.by_id:
            return self.by_id[refers_to]
        key = (
            headers.get_header("WARC-Refers-To-Target-URI") or "",
            headers.get_header("WARC-Refers-To-Date") or "",
        )
        if key in self.by_uri_date:
            return self.by_uri_date[key]
        return self.by_digest.get(headers.get_header("WARC-Payload-Digest") or "")


def _index(open_file: Opener, shown: str) -> _Index:
    index = _Index({}, {}, {}, {}, [])
    revisits: list[tuple[str, str, str, Any]] = []
    try:
        with open_file() as stream:
            for record in _Records(stream):
                if record.format != "warc":
                    raise ArchiveLoadFailed("not a WARC record (no 'WARC/1.x' line)")
                _note_record(index, record, revisits, index.records + 1)
                if not _drain(record):
                    raise EOFError(f"record {index.records + 1} is cut short")
                index.records += 1
    except _READ_ERRORS as exc:
        index.problems.append(_read_problem(shown, index.records, exc))
        # Only whole records count: what a damaged one offered is withdrawn.
        index.newest = {
            url: chosen
            for url, chosen in index.newest.items()
            if chosen.payload_record <= index.records
        }
    # Revisits may come before or after their original: resolve once all are seen.
    for url, captured, content_type, original in revisits:
        response = index.original_of(original)
        if response is not None:
            index.offer(url, captured, content_type or response.content_type, response)
    return index


def _note_record(
    index: _Index, record: Any, revisits: list[tuple[str, str, str, Any]], number: int
) -> None:
    headers = record.rec_headers
    url = (headers.get_header("WARC-Target-URI") or "").strip("<>").split("#")[0]
    status, content_type, captured = _headers(record)
    if record.rec_type in ("response", "resource"):
        if record.rec_type == "response" and status not in _CAPTURE_STATUSES:
            return  # redirects, errors, "not found" pages
        response = _Response(number, content_type)
        record_id = headers.get_header("WARC-Record-ID")
        if record_id:
            index.by_id[record_id] = response
        index.by_uri_date[(url, captured)] = response
        digest = headers.get_header("WARC-Payload-Digest")
        if digest:
            index.by_digest.setdefault(digest, response)
        if url and _is_html(content_type):
            index.offer(url, captured, content_type, response)
    elif (
        record.rec_type == "revisit"
        and url
        and (not status or status in _REVISIT_STATUSES)
        and (not content_type or _is_html(content_type))
    ):
        revisits.append((url, captured, content_type, _RevisitHeaders(record.rec_headers)))


@dataclass(frozen=True, slots=True)
class _RevisitHeaders:
    """A revisit's WARC headers, kept after the iterator moves on (a record is not)."""

    rec_headers: Any


def _read_problem(shown: str, records: int, exc: BaseException) -> ParseError:
    what = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
    if isinstance(exc, (EOFError, zlib.error)) or "truncat" in what.lower():
        what = f"archive is truncated or damaged ({what}); the records before it are read"
    else:
        what = f"cannot read the archive here ({what}); the records before it are read"
    return ParseError(f"{shown}#record-{records + 1}", 0, what)


# --- pass two: the chosen pages, one at a time ----------------------------------------


def archive_sources(path: Path, shown: str, open_file: Opener) -> Iterator[Source | ParseError]:
    """Each URL's newest HTML capture as a Source named `shown#<url>`, in archive order;
    problems (a damaged archive, an oversized page) as ParseErrors."""
    index = _index(open_file, shown)
    yield from index.problems
    wanted: dict[int, list[_Chosen]] = {}
    for chosen in index.newest.values():
        wanted.setdefault(chosen.payload_record, []).append(chosen)
    if not wanted:
        return
    number = 0
    try:
        with open_file() as stream:
            for record in _Records(stream):
                number += 1
                if number in wanted:
                    yield from _pages_of(path, shown, record, wanted.pop(number))
                if not wanted:
                    return
    except _READ_ERRORS as exc:
        # Pass one read these records whole; the file changed under us.
        yield _read_problem(shown, number - 1, exc)


def _pages_of(
    path: Path, shown: str, record: Any, chosen: list[_Chosen]
) -> Iterator[Source | ParseError]:
    payload = record.content_stream().read(MAX_PAGE_BYTES + 1)
    for item in chosen:
        display = f"{shown}#{item.url}"
        if len(payload) > MAX_PAGE_BYTES:
            limit = MAX_PAGE_BYTES // 2**20
            yield ParseError(display, 0, f"page is larger than the {limit} MB limit for one page")
            continue
        data = envelope(item.url, item.captured, item.content_type, payload)
        yield Source(path, display, data, hashlib.sha256(data).hexdigest())
