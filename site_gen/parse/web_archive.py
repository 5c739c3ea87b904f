"""A page copied from the Wayback Machine: the archive's toolbar over it taken off, so the
page under it starts at its own top (its masthead is a masthead, not a label under a menu).

The toolbar is copied as a run of short lines over the page: the archive's name, the
page's address, the count of captures and the days of the first and the last, the
calendar's months, day and years, "About this capture" and who collected it. Those
days are the archive's, never the story's. Only a copy whose first line is the archive's
own ("The Wayback Machine - http://web.archive.org/…"), or that line under a few lines of
a reader's furniture, is changed, and only the run of such lines under it (the first
stays: the address and the day of the capture are read from it). Lines are never added
or removed. Every pattern is a plain scan.
"""

from __future__ import annotations

import re

# How far into the copy the toolbar's first line may sit: under a few lines of furniture
_HEAD_CHARS = 2000
_ROWS_OVER_TOOLBAR = 3
_FIRST = re.compile(r"^The Wayback Machine - https?://web\.archive\.org/\S+$")
_TOOLBAR = re.compile(
    r"^(?:INTERNET ARCHIVE|Wayback Machine|Go|success|fail|About this capture|COLLECTED BY"
    r"|TIMESTAMPS|https?://\S+|[\d,]{1,9} captures?|\d{1,2}"
    r"|(?:Organi[sz]ation|Collection|Formats?)\s?:.{1,120}"
    # the first and the last capture's days: "14 Jun 2019 - 3 Aug 2024", "5 mai 2021 -
    # 19 févr. 2023"
    r"|\d{1,2} \w{3,5}\.? \d{4} - \d{1,2} \w{3,5}\.? \d{4}"
    r"|(?:[A-ZÉÛ]{3,4} ){2}[A-ZÉÛ]{3,4}"  # the calendar's months: "MAY JUN JUL"
    r"|\d{4} \d{4} \d{4})$"  # its years: "2018 2019 2020"
)


def without_toolbar(text: str) -> str:
    """The copy without the archive's toolbar over it; other copies as they are."""
    if "The Wayback Machine" not in text[:_HEAD_CHARS]:
        return text  # most copies: no toolbar, and no pattern need look
    rows = text.split("\n")
    # the toolbar opens the copy; a reader's own furniture (a menu, a share bar) may be
    # copied over it, a few lines at most
    printed = [i for i, row in enumerate(rows) if row.strip()][: _ROWS_OVER_TOOLBAR + 1]
    first = next((i for i in printed if _FIRST.match(rows[i].strip())), None)
    if first is None:
        return text
    # (the first line stays: it names the page's address and the day it was captured)
    for index in range(first + 1, len(rows)):
        row = rows[index].strip()
        if row and not _TOOLBAR.match(row):
            break
        rows[index] = ""
    return "\n".join(rows)
