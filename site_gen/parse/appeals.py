"""A reader-revenue appeal printed between the headline and the story: its heading, its
paragraphs asking for a donation, and its closing sentence, which a copy often runs into
the story's first sentence ("Your support makes all the difference.A strike by ferry crews …")."""

from __future__ import annotations

import re

from site_gen.parse.lines import Numbered

# The box's heading over its appeal
_APPEAL_HEAD = re.compile(
    r"^(?:Your support helps us (?:to )?tell the story|Support (?:our|independent|quality)"
    r" journalism)\.?$",
    re.IGNORECASE,
)
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
            continue  # no closing sentence: a heading of the story itself, maybe
        for index in range(at + 1, close):
            all_lines[index] = Numbered(all_lines[index].number, "")
        rest = _APPEAL_END.sub("", all_lines[close].text, count=1)
        all_lines[close] = Numbered(all_lines[close].number, rest)
        return
