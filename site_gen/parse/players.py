"""A video player's card left in a copy: its duration under a "VIDEO" label, the clip's
title printed over it and again under it ("<clip title>" / "VIDEO2:5802:58" / "<clip
title>"): the player's, not the story's, and its title is no headline."""

from __future__ import annotations

import re

from site_gen.parse.lines import Numbered, same_text

# The label and the clip's length, the player's two clocks (elapsed, total) run together:
# "VIDEO2:5802:58", "VIDEO 1:02:03"
_DURATION = re.compile(r"^(?:VIDEO|Video)\s?(?:\d{1,2}(?::\d{2}){1,2}\s?){1,2}$")
# How far (blank lines between) the card's title sits from its duration
_TITLE_REACH = 3


def drop_video_cards(all_lines: list[Numbered]) -> None:
    """Blank each card's duration and, when printed on both sides of it, its title."""
    for at, line in enumerate(all_lines):
        if not line.text.startswith(("VIDEO", "Video")) or not _DURATION.match(line.text):
            continue
        above = _printed(all_lines, range(at - 1, max(-1, at - 1 - _TITLE_REACH), -1))
        below = _printed(all_lines, range(at + 1, min(len(all_lines), at + 1 + _TITLE_REACH)))
        card = [at]
        if above is not None and below is not None and _twins(all_lines, above, below):
            card += [above, below]
        for index in card:
            all_lines[index] = Numbered(all_lines[index].number, "")


def _twins(all_lines: list[Numbered], above: int, below: int) -> bool:
    return same_text(all_lines[above].text, all_lines[below].text)


def _printed(all_lines: list[Numbered], reach: range) -> int | None:
    return next((i for i in reach if all_lines[i].text), None)
