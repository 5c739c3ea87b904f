"""Pages saved as one file by a browser ("Webpage, Single File": Chrome's and Edge's
.mhtml, Internet Explorer's .mht): a MIME message whose first HTML part is the page.

The message's headers say where the page came from and when it was saved (Chrome writes
`Snapshot-Content-Location` and `Date`); the page is read as any saved page is, its
charset from its part's Content-Type.
"""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email.errors import MessageError
from email.message import Message
from email.utils import parsedate_to_datetime

from site_gen.parse.fields import Extracted, Unparseable
from site_gen.parse.html import parse_html
from site_gen.parse.page_facts import Capture

MHTML_SUFFIXES = (".mhtml", ".mht")
# The pictures and styles travel inside, in base64: a page saved so is several times
# the size of its HTML (whose own limit parse_html keeps).
MAX_MHTML_BYTES = 64 * 1024 * 1024
# How many parts are looked through for the page (a saved page holds one per picture).
MAX_PARTS = 2000


def is_mhtml(name: str) -> bool:
    return name.lower().endswith(MHTML_SUFFIXES)


def parse_mhtml(data: bytes, default_zone: str) -> Extracted:
    """One page saved as a single file; raises Unparseable when it holds no HTML page."""
    if len(data) > MAX_MHTML_BYTES:
        raise Unparseable(1, f"file is larger than the {MAX_MHTML_BYTES // 2**20} MB limit")
    try:
        message = email.message_from_bytes(data)  # the lenient compat32 policy
        page = _html_part(message)
        payload = page.get_payload(decode=True) if page is not None else None
    except (ValueError, TypeError, LookupError, MessageError) as exc:
        raise Unparseable(1, f"not a page saved as a single file: {exc}") from None
    if page is None:
        raise Unparseable(1, "no HTML page inside (not a page saved as a single file?)")
    if not isinstance(payload, bytes) or not payload.strip():
        raise Unparseable(1, "the page inside is empty")
    # a header with bytes the mail parser cannot decode comes back as a Header, no str
    url = _text(message.get("Snapshot-Content-Location") or page.get("Content-Location"))
    content_type = _text(page.get("Content-Type"))
    capture = Capture(
        url=url.strip() if url and url.strip().startswith(("http://", "https://")) else None,
        captured=_saved_at(message.get("Date")),
        content_type=content_type,
    )
    return parse_html(payload, default_zone, capture)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _html_part(message: Message) -> Message | None:
    for number, part in enumerate(message.walk()):
        if number >= MAX_PARTS:
            return None
        if part.get_content_type() == "text/html" and not part.is_multipart():
            return part
    return None


def _saved_at(header: str | None) -> datetime | None:
    """The Date header: when the browser saved the page (aware), or None."""
    if not header:
        return None
    try:
        value = parsedate_to_datetime(header)
    except (TypeError, ValueError, IndexError):
        return None
    # "-0000" (no zone known) is what browsers write for the UTC time they save at
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
