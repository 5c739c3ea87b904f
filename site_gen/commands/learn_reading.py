"""One copy as `profile learn` reads it, and the lines that recur across copies.

A line printed in most copies (two in three) is the site's; what the built-in reader
finds in a copy (bylines, sections, datelines, captions, tag lines) carries an article's
field and is never the site's, however often it recurs.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from site_gen.parse import header, lines
from site_gen.parse.fields import Unparseable
from site_gen.parse.profiles import Profile
from site_gen.parse.text import parse_text

# A line printed in this share of the copies is the site's (and always in two or more).
SHARE = 2 / 3
# Reading a copy that prints no date must not fail; any fixed time serves.
_ANY_TIME = 0.0


@dataclass(frozen=True, slots=True)
class Reading:
    """One copy: its lines (whitespace normalised, "" for blank), the bylines the
    built-in reader found in it (never chrome) and the section it found (a section
    unless it is a menu item; see learn_sections)."""

    lines: tuple[str, ...]
    fields: frozenset[str]
    section: str | None
    head: frozenset[str] = frozenset()  # the lines above the first prose line


def normalise(line: str) -> str:
    return " ".join(line.split())


def needed(copies: int) -> int:
    """In how many copies a line must be printed to be the site's."""
    return max(2, math.ceil(copies * SHARE - 1e-9))


def line_pattern(line: str) -> str:
    """A full-line RE2 pattern for exactly this line, any run of spaces between words."""
    return "^" + r"\s+".join(re.escape(word) for word in line.split()) + "$"


def mark_pattern(line: str) -> str:
    """A recognition mark: the line on a line of its own anywhere in a copy."""
    return "^[ \\t]*" + "[ \\t]+".join(re.escape(w) for w in line.split()) + "[ \\t\\r]*$"


def read_copy(text: str, profiles: tuple[Profile, ...]) -> Reading:
    """The copy's lines and what the built-in profiles read from it."""
    found: set[str] = set()
    section = None
    try:
        fields = parse_text(text, profiles, "UTC", _ANY_TIME)
    except Unparseable:
        pass  # an unreadable copy still shows its chrome
    else:
        section = fields.section
        found.update(fields.byline)
        found.update(f"By {name}" for name in fields.byline)
    protected = frozenset(normalise(f).lower() for f in found)
    return Reading(tuple(normalise(t) for t in text.split("\n")), protected, section)


def with_head(reading: Reading, common: dict[str, int]) -> Reading:
    """The reading with its head: every line above its own first prose line."""
    prose = own_prose(reading, common)
    head = reading.lines[: prose[0]] if prose else reading.lines
    return replace(reading, head=frozenset(t for t in head if t))


def recurring(readings: Sequence[Reading]) -> dict[str, int]:
    """Lines printed in enough copies, with the number of copies printing each, in the
    order they first appear (a learned profile then reads like the page)."""
    counts: Counter[str] = Counter()
    for reading in readings:
        counts.update(set(t for t in reading.lines if t))
    need = needed(len(readings))
    return {t: counts[t] for t in _in_page_order(readings) if counts[t] >= need}


def _in_page_order(readings: Sequence[Reading]) -> list[str]:
    return list(dict.fromkeys(t for reading in readings for t in reading.lines if t))


def is_field_line(line: str, readings: Sequence[Reading], generic: Profile) -> bool:
    """A line that carries an article's field: never chrome, however often it recurs.
    A byline sits above the body: a credit-shaped prompt inside it ("Got a story?
    Message the desk") is not one."""
    if len(line) > lines.SHORT or any(line.lower() in r.fields for r in readings):
        return True
    if any(line in r.head for r in readings) and (
        lines.byline_names(line, generic) or header.is_byline_like(line)
    ):
        return True
    return bool(
        lines.read_date_line_safe(line, generic)
        or lines.is_relative_date(line)
        or lines.tag_list(line, generic, generic)
        or lines.is_caption(line, generic, generic)
    )


def own_prose(reading: Reading, common: dict[str, int]) -> list[int]:
    return [i for i, t in enumerate(reading.lines) if t and t not in common and lines.is_prose(t)]
