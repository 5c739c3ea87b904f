"""A page dumped by a text browser (lynx -dump, links, elinks): its link numbers taken off,
so the copy reads as the page's text does ("By [10]Jo Roe" is the byline "By Jo Roe").

Such a dump numbers every link in the text ("[4]News") and lists their addresses at its
end under "References" (older lynx: "Visible links"). Only a copy that has that list and
marks in its text is changed. Lines are never added or removed (the list and the page's
<link> lines, "#[1]alternate", become blank), so line numbers in messages still point at
the file. Every pattern is a plain scan, so each runs in linear time.
"""

from __future__ import annotations

import re

_LIST_HEADING = re.compile(r"^[ \t]*(?:References|Visible links:?|Hidden links:)[ \t]*$")
_LISTED = re.compile(r"^[ \t]*\d{1,5}\.[ \t]+(?:https?|ftp|file|mailto):\S+[ \t]*$")
_MARK = re.compile(r"\[\d{1,5}\]")
# The head's <link> elements, printed above the page: "#[1]alternate [2]Feed".
_HEAD_LINKS = re.compile(r"^[ \t]*#\[\d{1,5}\]")
# How many of the list's first lines must be addresses: a story's own "References" heading
# (a paper's sources) is followed by prose, not by numbered links.
_LISTED_SEEN = 2
# How a line of prose (a source cited under a story's own "References") ends
_STOPS = (".", "!", "?", ")", "]")
_MARKS_SEEN = 3


def _list_start(rows: list[str]) -> int | None:
    """Where the list of link addresses begins, or None when the copy has none."""
    for at in range(len(rows) - 1, -1, -1):
        if not _LIST_HEADING.match(rows[at]):
            continue
        after = [row for row in rows[at + 1 : at + 1 + 4 * _LISTED_SEEN] if row.strip()]
        # a button or a menu's bar the page printed between the heading and the addresses
        # ("Share") is passed over; a story's sources under its own heading are prose
        after = [row for row in after if _LISTED.match(row) or row.rstrip().endswith(_STOPS)]
        listed = after[:_LISTED_SEEN]
        if len(listed) == _LISTED_SEEN and all(_LISTED.match(row) for row in listed):
            return at
    return None


def unnumbered(text: str) -> str:
    """The dump's text without its link numbers and address list; other copies as they are."""
    if "[" not in text:
        return text  # most copies: no mark at all, and no pattern need look
    rows = text.split("\n")
    start = _list_start(rows)
    if start is None or len(_MARK.findall(text)) < _MARKS_SEEN:
        return text
    kept = ["" if _HEAD_LINKS.match(row) else _MARK.sub("", row) for row in rows[:start]]
    return "\n".join(kept + [""] * (len(rows) - start))


# A text browser prints a picture as a mark where it stood ("[IMG]", w3m's "[image]"); the
# caption printed after it on the line is the picture's, the mark is not.
_PICTURE_MARK = re.compile(r"^\[(?:IMG|IMAGE|Image|image|INLINE|photo|Photo|picture)\][ \t]*")


def without_picture_mark(caption: str) -> str:
    return _PICTURE_MARK.sub("", caption, count=1)
