"""A reader-revenue appeal printed between the headline and the story: its heading, its
paragraphs asking for a donation, and its closing sentence, which a copy often runs into
the story's first sentence ("Your support makes all the difference.A strike by ferry crews …")."""

from __future__ import annotations

import re

from site_gen.parse.lines import Numbered

# The box's heading over its appeal
_APPEAL_HEAD = re.compile(
    r"^(?:Your support helps us (?:to )?tell the story|Support (?:our|independent|quality)"
    r" journalism|Support (?:your|our) (?:source for )?(?:local|independent|nonprofit)"
    r" (?:news|journalism|reporting))[.!]?$",
    re.IGNORECASE,
)
# A word of the ask, in each line of a box with no closing sentence
_APPEAL_WORD = re.compile(r"\b(?:support|donat\w*|contribut\w*|gifts?|give|members?hip)\b", re.I)
# How many lines run straight under the heading (no blank line) in such a box
_BOX_LINES = 3
# The sentence that closes it, the lede run on after it or on the next line
_APPEAL_END = re.compile(
    r"^(?:Your support makes all the difference|Every contribution makes a difference)\.\s*"
)
# How many lines the box's paragraphs take at most
_APPEAL_LINES = 10


def drop_appeal_box(all_lines: list[Numbered]) -> None:
    """Blank the appeal's paragraphs (its heading is chrome); keep what the closing sentence
    runs into."""
    for at, line in enumerate(all_lines):
        if not _APPEAL_HEAD.match(line.text):
            continue
        reach = range(at + 1, min(len(all_lines), at + 1 + _APPEAL_LINES))
        close = next((i for i in reach if _APPEAL_END.match(all_lines[i].text)), None)
        if close is None:
            _drop_box_under(all_lines, at)
            continue  # no closing sentence: a heading of the story itself, maybe
        for index in range(at + 1, close):
            all_lines[index] = Numbered(all_lines[index].number, "")
        rest = _APPEAL_END.sub("", all_lines[close].text, count=1)
        all_lines[close] = Numbered(all_lines[close].number, rest)
        return


def _drop_box_under(all_lines: list[Numbered], at: int) -> None:
    """A box with no closing sentence, heading and all: the lines run straight under its
    heading, up to the blank line that parts it from the story, each asking for support
    ("Support your source for local news!" over "… we need your help … your support …")."""
    box: list[int] = []
    for index in range(at + 1, min(len(all_lines), at + 1 + _BOX_LINES + 1)):
        text = all_lines[index].text
        if not text:
            break
        box.append(index)
    else:
        return  # the lines run on: a hard-wrapped story, no box
    if box and all(_APPEAL_WORD.search(all_lines[i].text) for i in box):
        for index in (at, *box):
            all_lines[index] = Numbered(all_lines[index].number, "")
