"""What the copies' datelines tell `profile learn`: the zone printed beside them, the
labels printed before them ("Filed on:") and the shape of the first one."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from site_gen.commands.learn_reading import Reading, needed
from site_gen.parse import lines
from site_gen.parse.dates import FIXED_ZONES, MONTHS
from site_gen.parse.profiles import Profile

_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun"
_DATE_WORD = re.compile(
    r"\d|\b(?:" + "|".join(sorted([*MONTHS, *_WEEKDAYS.split()], key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_ZONE_WORD = re.compile(r"\b([A-Z]{2,5})\b")
_MODIFIED_LABEL = re.compile(r"updat|modif|edit|revis", re.IGNORECASE)


def date_lines(readings: Sequence[Reading], generic: Profile) -> list[list[str]]:
    return [
        [t for t in r.lines if t and len(t) <= 120 and lines.read_date_line_safe(t, generic)]
        for r in readings
    ]


def learn_zone(
    dated: Sequence[Sequence[str]], copies: int
) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """The zone most copies print beside their dates ("IST", "BST"), through FIXED_ZONES."""
    printed: Counter[str] = Counter()
    for date_lines in dated:
        printed.update({w for t in date_lines for w in _ZONE_WORD.findall(t) if w in FIXED_ZONES})
    if not printed:
        return None, ()
    abbreviation, count = printed.most_common(1)[0]
    if count < needed(copies):
        return None, ()
    zone = FIXED_ZONES[abbreviation]
    if {"GMT", "BST"} <= printed.keys():
        # GMT in winter and BST in summer: British time, not Bangladesh's BST.
        return "Europe/London", (("BST", "Europe/London"), ("GMT", "Europe/London"))
    return zone, ((abbreviation, zone),)


def date_label_of(line: str) -> str | None:
    """The words printed before a line's date ("Filed on:"), when they are a label."""
    start = _DATE_WORD.search(line)
    if start is None:
        return None
    label = line[: start.start()].rstrip(" -–—|,")
    words = label.rstrip(":").split()
    if not 1 <= len(words) <= 4 or not all(w.isalpha() for w in words):
        return None
    return label


def learn_date_labels(
    dated: Sequence[Sequence[str]], generic: Profile
) -> tuple[tuple[str, str], ...]:
    """Labels printed before dates in two or more copies that the generic rules do not know."""
    counts: Counter[str] = Counter()
    for date_lines in dated:
        counts.update({label for t in date_lines if (label := date_label_of(t))})
    learned = []
    for label, count in counts.most_common():
        if count >= 2 and lines.date_label(label, generic) is None:
            kind = "modified" if _MODIFIED_LABEL.search(label) else "published"
            learned.append((label, kind))
    return tuple(learned)


def date_form(dated: Sequence[Sequence[str]]) -> str | None:
    """The commonest shape of the copies' first datelines, digits written as 9."""
    shapes = Counter(re.sub(r"\d", "9", d[0]) for d in dated if d)
    return shapes.most_common(1)[0][0] if shapes else None
