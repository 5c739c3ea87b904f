"""The page's own address, when a copy prints it, and the day that address is filed under.

People who keep copies often paste the address with them ("Source: https://…/2026/11/27/…"),
and a print view prints it under the story ("Source URL: …"). Only a line that is nothing
but an address, or an address under a source's label, among the copy's first or last lines
counts: a link inside the text, or in a list of other stories, is another page's.
"""

from __future__ import annotations

import re
from datetime import datetime

from site_gen.parse import dates
from site_gen.parse.lines import Numbered

# How many printed lines at each end of a copy may hold its address.
_REACH = 4
# Python's re on one short line, bounded: a label, then one address and nothing else.
_ADDRESS_LINE = re.compile(
    r"^(?:(?:Source|Source URL|URL|Link|Original(?: article| URL)?|Originally published at"
    r"|Read (?:it|the original) (?:at|on))\s*:?\s*)?<?(?P<url>https?://[^\s<>]{4,300})>?$",
    re.IGNORECASE,
)
# The day a news site files a story under in its address: /2026/11/27/, /2026-11-27/,
# /20261127/ (each part bounded; the year one a paper could print).
_DAY_IN_PATH = re.compile(
    r"/(?P<year>(?:19|20)\d\d)(?:/|-|_)?(?P<month>0[1-9]|1[0-2])(?:/|-|_)?"
    r"(?P<day>0[1-9]|[12]\d|3[01])(?=[/._-]|$)"
)


# A share button's link is the network's page, never the story's own.
_SHARE_HOSTS = re.compile(
    r"^https?://(?:www\.|m\.|mobile\.)?(?:twitter\.com|x\.com|facebook\.com|fb\.com|"
    r"linkedin\.com|wa\.me|api\.whatsapp\.com|t\.me|telegram\.me|reddit\.com|"
    r"pinterest\.com|instagram\.com|youtube\.com|youtu\.be|tiktok\.com)/",
    re.IGNORECASE,
)


def printed_address(kept: list[Numbered]) -> str | None:
    """The address a copy prints of itself, at its top or its foot."""
    first = [text for line in kept[: 3 * _REACH] if (text := line.text)][:_REACH]
    last = [text for line in kept[-3 * _REACH :] if (text := line.text)][-_REACH:]
    for text in first + last:
        found = _ADDRESS_LINE.match(text) if len(text) <= 320 else None
        if found and not _SHARE_HOSTS.match(found["url"]):
            return found["url"]
    return None


def day_in_address(url: str, zone_name: str) -> dates.FoundDate | None:
    """The day in an address's path, at midnight in the site's zone; None when it holds
    none, or two different ones (an archive's address wrapping another's)."""
    path = url.split("://", 1)[-1].partition("/")[2]
    days = {
        (int(m["year"]), int(m["month"]), int(m["day"])) for m in _DAY_IN_PATH.finditer("/" + path)
    }
    if len(days) != 1:
        return None
    year, month, day = days.pop()
    try:
        value = datetime(year, month, day, tzinfo=dates.zone_info(zone_name))
    except ValueError:  # the 31st of a short month
        return None
    return dates.FoundDate(value, "day", zone_name, True, "date:address")
