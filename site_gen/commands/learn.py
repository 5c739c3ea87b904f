"""`site-gen profile learn`: a site's profile learned from copies of its own pages, pure.

What recurs across copies of one site belongs to the site, not to an article: its
masthead, menus, prompts and footer. A line printed in most copies (two in three) is
chrome; the first such line after the body starts the footer; a line printed in every
copy (a copyright line, the site's name) recognises the site. A line printed in only
one copy is an article's own text and is never learned, and what the built-in reader
finds in the copies (bylines, sections, datelines, captions, tag lines) is never made
chrome, however often it recurs ("Staff Correspondent" is a byline on every page).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import yaml

from site_gen.parse import header, lines
from site_gen.parse.dates import FIXED_ZONES, MONTHS
from site_gen.parse.fields import Unparseable
from site_gen.parse.patterns import compile_pattern
from site_gen.parse.profiles import Profile, builtin_profiles, generic_of
from site_gen.parse.text import parse_text

# A line printed in this share of the copies is the site's (and always in two or more).
SHARE = 2 / 3
# The command asks for three copies: with two, one shared related-story line is chrome.
MIN_COPIES = 3
MAX_MARKS = 3
# Reading a copy that prints no date must not fail; any fixed time serves.
_ANY_TIME = 0.0

_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun"
_DATE_WORD = re.compile(
    r"\d|\b(?:" + "|".join(sorted([*MONTHS, *_WEEKDAYS.split()], key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_ZONE_WORD = re.compile(r"\b([A-Z]{2,5})\b")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|org|net|news|info|co|in|bd|pk|lk|np|uk|us|tv)\b", re.I)
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b|\ball rights reserved\b", re.IGNORECASE)
_MODIFIED_LABEL = re.compile(r"updat|modif|edit|revis", re.IGNORECASE)


class TooFewCopies(ValueError):
    """Fewer copies than learning needs; the message says how many were given."""


@dataclass(frozen=True, slots=True)
class Reading:
    """One copy: its lines (whitespace normalised, "" for blank), the bylines the
    built-in reader found in it (never chrome) and the section it found (a section
    unless it is a menu item; see learn_sections)."""

    lines: tuple[str, ...]
    fields: frozenset[str]
    section: str | None
    head: frozenset[str] = frozenset()  # the lines above the first prose line


@dataclass(frozen=True, slots=True)
class LearnedProfile:
    name: str
    copies: int
    match: tuple[str, ...]
    chrome: tuple[str, ...]
    chrome_tail: tuple[str, ...]
    timezone: str | None
    zones: tuple[tuple[str, str], ...]
    date_labels: tuple[tuple[str, str], ...]
    sections: tuple[str, ...]
    date_form: str | None  # the commonest dateline with its digits as 9s, for the reader


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
    prose = _own_prose(reading, common)
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


def learn_chrome(common: Iterable[str], readings: Sequence[Reading], generic: Profile) -> list[str]:
    """Recurring lines the generic rules do not already drop and that carry no field."""
    return [
        t
        for t in common
        if not is_field_line(t, readings, generic) and not lines.is_chrome(t, generic, generic)
    ]


def _own_prose(reading: Reading, common: dict[str, int]) -> list[int]:
    return [i for i, t in enumerate(reading.lines) if t and t not in common and lines.is_prose(t)]


# Related stories under a footer line carry a one-sentence teaser at most.
TEASER_WORDS = 25


def _starts_footer(reading: Reading, common: dict[str, int], at: int, body_at: int) -> bool:
    """Whether what follows line `at` reads as a list of teasers, not as more article:
    no own line longer than a teaser, fewer own words than the body above it has."""
    own = [t for t in reading.lines[at + 1 :] if t and t not in common]
    words_after = [lines.word_count(t) for t in own]
    words_before = sum(
        lines.word_count(t) for t in reading.lines[body_at:at] if t and t not in common
    )
    return max(words_after, default=0) <= TEASER_WORDS and sum(words_after) < words_before


def learn_tail(common: dict[str, int], readings: Sequence[Reading], generic: Profile) -> list[str]:
    """The recurring line that starts the footer in the copies printing it below their
    body: only teasers (related headlines, different in every copy) and chrome follow."""
    verdicts: dict[str, list[bool]] = {}
    for reading in readings:
        prose = _own_prose(reading, common)
        if not prose:
            continue
        for at in range(prose[0] + 1, len(reading.lines)):
            line = reading.lines[at]
            if line in common:
                verdicts.setdefault(line, []).append(_starts_footer(reading, common, at, prose[0]))
    need = needed(len(readings))
    for line, seen in verdicts.items():
        if len(seen) < need or not all(seen) or is_field_line(line, readings, generic):
            continue
        # The first footer line is enough: everything below it is dropped.
        return [] if lines.is_tail_marker(line, generic, generic) else [line]
    return []


def learn_marks(
    common: dict[str, int],
    readings: Sequence[Reading],
    generic: Profile,
    foreign: Sequence[str] = (),
) -> list[str]:
    """Recurring lines that name the site (a copyright line, a domain, the masthead, its
    menu), appear in none of the `foreign` texts (copies of other sites) and, together,
    hit every copy: one mark is enough for the profile to be chosen."""
    candidates = [t for t in common if _is_distinctive(t, readings, generic)]
    candidates.sort(key=lambda t: (_mark_rank(t), -common[t], -len(t)))
    printed = [set(r.lines) for r in readings]
    uncovered = set(range(len(readings)))
    marks: list[str] = []
    for line in candidates:
        hit = {i for i in uncovered if line in printed[i]}
        if not hit:
            continue
        pattern = compile_pattern(mark_pattern(line), multiline=True)
        if any(pattern.search(text) for text in foreign):
            continue
        marks.append(line)
        uncovered -= hit
        if not uncovered or len(marks) == MAX_MARKS:
            break
    return marks


def _is_distinctive(line: str, readings: Sequence[Reading], generic: Profile) -> bool:
    if len(line) < 8 or is_field_line(line, readings, generic):
        return False
    if _COPYRIGHT.search(line) or _DOMAIN.search(line):
        return True
    # Shared furniture ("Most read", "Share this article") names no site; a long menu does.
    words = lines.word_count(line)
    return words >= 6 or (words >= 2 and not lines.is_chrome(line, generic, generic))


def _mark_rank(line: str) -> int:
    if _COPYRIGHT.search(line):
        return 0
    return 1 if _DOMAIN.search(line) else 2


def _date_lines(readings: Sequence[Reading], generic: Profile) -> list[list[str]]:
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


def learn_sections(readings: Sequence[Reading], common: dict[str, int]) -> tuple[str, ...]:
    """Section labels the reader found in two or more copies, but not menu items: a
    label whose next line is the site's own in most copies is part of its menu."""
    counts = Counter(r.section for r in readings if r.section)
    return tuple(
        s
        for s, count in counts.most_common()
        if count >= 2
        and lines.word_count(s) <= 4
        and not re.search(r"\d", s)
        and not _is_menu_item(s, readings, common)
    )


def _is_menu_item(label: str, readings: Sequence[Reading], common: dict[str, int]) -> bool:
    followed = 0
    printed = 0
    for reading in readings:
        texts = reading.lines
        for at, text in enumerate(texts):
            if text.lower() == label.lower():
                printed += 1
                after = next((t for t in texts[at + 1 :] if t), "")
                followed += after in common
                break
    return printed > 0 and followed * 2 > printed


def learn_profile(
    texts: Sequence[str],
    name: str,
    profiles: tuple[Profile, ...] | None = None,
    foreign: Sequence[str] = (),
) -> LearnedProfile:
    """A profile for the site the `texts` (copies of its pages) come from. `profiles`
    read the copies first (default: the built-in ones); `foreign` are copies of other
    sites that its recognition marks must not hit."""
    if len(texts) < 2:
        raise TooFewCopies(f"needs copies of at least 2 pages of one site, got {len(texts)}")
    known = builtin_profiles() if profiles is None else profiles
    generic = generic_of(known)
    readings = [read_copy(text, known) for text in texts]
    common = recurring(readings)
    readings = [with_head(r, common) for r in readings]
    dated = _date_lines(readings, generic)
    timezone, zones = learn_zone(dated, len(readings))
    sections = learn_sections(readings, common)
    return LearnedProfile(
        name=name,
        copies=len(texts),
        match=tuple(learn_marks(common, readings, generic, foreign)),
        chrome=tuple(t for t in learn_chrome(common, readings, generic) if t not in sections),
        chrome_tail=tuple(learn_tail(common, readings, generic)),
        timezone=timezone,
        zones=zones,
        date_labels=learn_date_labels(dated, generic),
        sections=sections,
        date_form=date_form(dated),
    )


def profile_data(learned: LearnedProfile) -> dict[str, Any]:
    """The profile as the table `profile_from_dict` (and `[[sources]]`) reads."""
    data: dict[str, Any] = {"name": learned.name}
    if learned.timezone:
        data["timezone"] = learned.timezone
        data["zones"] = dict(learned.zones)
    data["match"] = [mark_pattern(t) for t in learned.match]
    data["sections"] = list(learned.sections)
    data["date_labels"] = dict(learned.date_labels)
    data["chrome"] = [line_pattern(t) for t in learned.chrome]
    data["chrome_tail"] = [line_pattern(t) for t in learned.chrome_tail]
    return data


def profile_yaml(learned: LearnedProfile) -> str:
    """The profile file: what was learned from what, then the table."""
    notes = [
        f"# Learned by `site-gen profile learn` from {learned.copies} copies of one site.",
        "# Every pattern is a line printed in most of them; edit freely.",
    ]
    if learned.date_form:
        notes.append(f"# Dates printed like: {learned.date_form}")
    if not learned.match:
        notes.append("# No line is printed in every copy: add a 'match' pattern by hand.")
    body = yaml.safe_dump(profile_data(learned), sort_keys=False, allow_unicode=True, width=4096)
    return "\n".join(notes) + "\n" + body
