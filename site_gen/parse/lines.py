"""Classify the lines of a plain-text copy: chrome, dates, bylines, captions, tag lists."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from site_gen.parse import dates
from site_gen.parse.patterns import Pattern, compile_pattern
from site_gen.parse.profiles import Profile

# Lines longer than this are prose; page chrome and datelines are short.
SHORT = 200

DEFAULT_DATE_LABELS = (
    ("last modified", "modified"),
    ("last updated", "modified"),
    ("last update", "modified"),
    ("updated", "modified"),
    ("update:", "modified"),
    ("modified", "modified"),
    ("first published", "published"),
    ("first posted", "published"),
    ("published", "published"),
    ("posted", "published"),
    ("released", "published"),
    ("issued", "published"),
    ("date:", "published"),
    ("dated", "published"),
)

GENERIC_BYLINES = tuple(
    compile_pattern(p)
    for p in (
        r"^(?-i:By)([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})$",  # "ByKavya Menon", glued
        r"^(?:by|written by|reported by|posted by|story by|words by|text by|author)"
        r"\s*[:|-]?\s+(.{2,80}?)\s*$",
        r"^((?:staff|special|our|senior|own|district|city|local)\s+"
        r"(?:reporter|correspondent|writer|representative)s?)$",
        r"^(.{2,40}?\s(?:report|desk|correspondent|reporter|bureau|news desk|newsroom))$",
        r"^(Reuters|AFP|AP|UNB|BSS|IANS|PTI|ANI|TNN|Xinhua|Bernama|dpa|EFE|Anadolu|"
        r"Reuters Staff|Agencies|Associated Press|Agence France-Presse|Press Trust of India"
        r"|Anadolu Agency|News Agencies|Wire Services)$",
    )
)
_NAME = re.compile(
    r"^(?:[A-Z][\w’'.-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'.-]+|[A-Z]\.|de|van|von|al|bin)){1,3}$"
)
_BY = re.compile(r"^by\s+", re.IGNORECASE)
_PROSE_END = re.compile(r"[.!?…:;\"'”’)\]]$")
# Possessive (*+): giving back word characters could never make room for an apostrophe or
# hyphen, so the engine need not keep the state to try.
_WORD = re.compile(r"\w++(?:[’'\-]\w++)*+")


@dataclass(frozen=True, slots=True)
class DateLine:
    index: int  # position in the line list
    kind: str  # "published" | "modified"
    found: dates.FoundDate
    is_labelled: bool = False  # "Published: …", "Updated …": the article's own, not a clock


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def full_match(patterns: tuple[Pattern, ...], line: str) -> Any:
    if len(line) > SHORT:
        return None
    for pattern in patterns:
        match = pattern.fullmatch(line)
        if match:
            return match
    return None


def is_chrome(line: str, profile: Profile, generic: Profile) -> bool:
    return len(line) <= SHORT and (profile.chrome_any.any(line) or generic.chrome_any.any(line))


def is_tail_marker(line: str, profile: Profile, generic: Profile) -> bool:
    """Tail markers match at the start of a line: footers run on after their first words."""
    return profile.chrome_tail_any.any(line) or generic.chrome_tail_any.any(line)


def is_caption(line: str, profile: Profile, generic: Profile) -> bool:
    return len(line) <= SHORT and (profile.caption_any.any(line) or generic.caption_any.any(line))


def tag_list(line: str, profile: Profile, generic: Profile) -> tuple[str, ...] | None:
    match = full_match(profile.tag_line_patterns + generic.tag_line_patterns, line)
    if not match:
        return None
    listed = match.group(match.re.groups) if match.re.groups else match.group(0)
    return tuple(t.strip() for t in re.split(r"\s*[,|•;]\s*", listed) if t.strip())


def byline_names(line: str, profile: Profile) -> tuple[str, ...] | None:
    """Names on a byline line, or None when the line is not a byline."""
    match = full_match(profile.byline_patterns + GENERIC_BYLINES, line.strip())
    if not match:
        return None
    named = match.group(1) if match.re.groups and match.group(1) else match.group(0)
    # A bare-name pattern also matches "By Jane Doe": the "By" is never part of the name.
    return split_names(_BY.sub("", named))


def split_names(text: str) -> tuple[str, ...]:
    parts = re.split(r"\s*(?:,|&|\band\b|\|)\s*", text.strip())
    return tuple(p.strip() for p in parts if p.strip())


def looks_like_name(line: str) -> bool:
    """Two to four capitalised words: a byline printed without "By"."""
    return len(line) <= 50 and bool(_NAME.fullmatch(line.strip()))


def ends_like_prose(line: str) -> bool:
    """Whether the line ends as a sentence does (full stop, question, quote, bracket)."""
    return bool(_PROSE_END.search(line))


def is_prose(line: str) -> bool:
    """A body paragraph rather than a heading, label or menu item."""
    words = word_count(line)
    return words >= 12 or (words >= 5 and bool(_PROSE_END.search(line)))


def date_label(line: str, profile: Profile) -> str | None:
    lowered = line.lower().lstrip()
    for label, kind in profile.date_labels:
        if lowered.startswith(label.lower()):
            return kind
    for label, kind in DEFAULT_DATE_LABELS:
        if lowered.startswith(label):
            return kind
    return None


def read_date_line(
    index: int, line: str, profile: Profile, home_zone: str | None
) -> DateLine | None:
    """The date on a dateline; raises dates.ImpossibleDate for a dateline naming no real day."""
    if len(line) > SHORT:
        return None
    found = dates.find_date(line, home_zone, dict(profile.zones))
    if not dates.is_date_line(line, found) or found is None:
        return None
    label = date_label(line, profile)
    return DateLine(index, label or "published", found, is_labelled=label is not None)


def is_relative_date(line: str) -> bool:
    return len(line) <= 60 and bool(dates.RELATIVE.search(line))


def read_date_line_safe(line: str, profile: Profile) -> bool:
    """Whether `line` is a dateline, including ones naming impossible days."""
    try:
        return read_date_line(0, line, profile, "UTC") is not None
    except dates.ImpossibleDate:
        return True
