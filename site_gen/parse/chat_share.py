"""A story shared in a chat and copied from it (a WhatsApp chat's export, messages copied
together): each message's stamp and sender taken off, so the story reads as its page does.

A chat prints every message after its time and sender: "[02/11/2026, 08:14] Jo Roe: text"
(the phone's own export), "02/11/2026, 08:14 - Jo Roe: text" (another's). The story is
what its sharer sent; the others' replies under it ("Finally!") are no part of it and
become blank, as do the lines they run on to. The chat's "*bold*" headline loses its
stars. Lines are never added or removed, so line numbers in messages still point at
the file. Every pattern is a plain scan, so each runs in linear time.
"""

from __future__ import annotations

import re

_STAMP = re.compile(
    r"^\[?\d{1,2}[./-]\d{1,2}[./-]\d{2,4},? \d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:[ \u202f]?[AaPp]\.?[Mm]\.?)?\]?(?: [-–])? ([^:\n]{1,60}): (.*)$"
)
_BOLD = re.compile(r"^\*([^*\n]+)\*$")
# Two stamped messages make a chat; a story's own line rarely opens on a time and a colon.
_MESSAGES_SEEN = 2


def unstamped(text: str) -> str:
    """The sharer's messages without their stamps, the others' blank; other copies as they are."""
    if not text.lstrip()[:1].isdigit() and not text.lstrip().startswith("["):
        return text  # most copies: no stamp opens them, and no pattern need look
    rows = text.split("\n")
    stamps = [_STAMP.match(row.strip()) for row in rows]
    senders = [found.group(1) for found in stamps if found]
    if len(senders) < _MESSAGES_SEEN:
        return text
    sharer, is_sharers = senders[0], True
    kept: list[str] = []
    for row, found in zip(rows, stamps, strict=True):
        if found:
            is_sharers = found.group(1) == sharer
            row = found.group(2)
        row = _BOLD.sub(r"\1", row.strip()) if is_sharers else ""
        kept.append(row)
    return "\n".join(kept)
