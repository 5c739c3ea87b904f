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

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import yaml

from site_gen.commands.learn_dates import date_form, date_lines, learn_date_labels, learn_zone
from site_gen.commands.learn_reading import (
    Reading,
    is_field_line,
    line_pattern,
    mark_pattern,
    needed,
    own_prose,
    read_copy,
    recurring,
    with_head,
)
from site_gen.parse import lines
from site_gen.parse.patterns import compile_pattern
from site_gen.parse.profiles import Profile, builtin_profiles, generic_of

# The command asks for three copies: with two, one shared related-story line is chrome.
MIN_COPIES = 3
MAX_MARKS = 3

_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|org|net|news|info|co|in|bd|pk|lk|np|uk|us|tv)\b", re.I)
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b|\ball rights reserved\b", re.IGNORECASE)


class TooFewCopies(ValueError):
    """Fewer copies than learning needs; the message says how many were given."""


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


def learn_chrome(common: Iterable[str], readings: Sequence[Reading], generic: Profile) -> list[str]:
    """Recurring lines the generic rules do not already drop and that carry no field."""
    return [
        t
        for t in common
        if not is_field_line(t, readings, generic) and not lines.is_chrome(t, generic, generic)
    ]


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
        prose = own_prose(reading, common)
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
    dated = date_lines(readings, generic)
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
