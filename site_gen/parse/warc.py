"""Web archives (WARC): what every build needs to know of them, without warcio.

An archive's pages travel as small envelopes (the URL, capture time and Content-Type,
then the payload): parsing one is a pure function of those bytes, with its own digest,
like any other source file. Reading an archive is in warc_read (the only module that
imports warcio, which with fsspec costs every start of the program 90 ms: it is
imported only when a build meets an archive).
"""

from __future__ import annotations

from datetime import datetime

from site_gen.parse.fields import Extracted, Unparseable
from site_gen.parse.html import parse_html
from site_gen.parse.page_facts import Capture

ARCHIVE_SUFFIXES = (".warc", ".warc.gz")
_ENVELOPE = b"site-gen warc record 1\n"


def is_archive(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def file_of(display: str) -> str:
    """The archive a record's display name ("caps.warc.gz#https://…") belongs to."""
    for suffix in ARCHIVE_SUFFIXES:
        cut = display.lower().find(suffix + "#")
        if cut >= 0:
            return display[: cut + len(suffix)]
    return display


# --- the envelope: what parse sees of one record --------------------------------------


def envelope(url: str, captured: str, content_type: str, payload: bytes) -> bytes:
    head = f"url: {url}\ncaptured: {captured}\ncontent-type: {content_type}\n\n"
    return _ENVELOPE + head.encode("utf-8", "replace") + payload


def parse_record(data: bytes, default_zone: str) -> Extracted:
    """One captured page, as `envelope` packed it."""
    if not data.startswith(_ENVELOPE):
        raise Unparseable(1, "not a web-archive record")
    head, _, payload = data[len(_ENVELOPE) :].partition(b"\n\n")
    fields = dict(line.partition(": ")[::2] for line in head.decode("utf-8", "replace").split("\n"))
    capture = Capture(
        url=fields.get("url") or None,
        captured=_warc_date(fields.get("captured", "")),
        content_type=fields.get("content-type") or None,
    )
    return parse_html(payload, default_zone, capture)


def _warc_date(text: str) -> datetime | None:
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return value if value.tzinfo is not None else None
