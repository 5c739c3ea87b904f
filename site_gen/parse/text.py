"""Plain-text copies of news pages -> Extracted fields, by small rules over classified lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from site_gen.model import FieldNote
from site_gen.parse import dates, lines
from site_gen.parse.fields import Extracted, Unparseable
from site_gen.parse.profiles import Profile, choose_profile, generic_of

# How far below the title the header (section, byline, dates) may reach.
HEADER_REACH = 12


@dataclass(frozen=True, slots=True)
class Numbered:
    number: int  # 1-based line number in the file
    text: str


def parse_text(text: str, profiles: tuple[Profile, ...], default_zone: str) -> Extracted:
    all_lines = [Numbered(i + 1, t.strip()) for i, t in enumerate(text.split("\n"))]
    if not any(line.text for line in all_lines):
        raise Unparseable(1, "file is empty")
    profile = choose_profile(text, profiles)
    generic = generic_of(profiles)
    home_zone = profile.timezone or default_zone
    notes = [FieldNote("profile", profile.name, 1.0 if profile.name != "generic" else 0.3)]

    # Chrome lines become blank (they separate paragraphs); `all_lines` keeps them for
    # the tail markers, which are often chrome themselves ("Comments").
    kept = [
        Numbered(ln.number, "") if ln.text and lines.is_chrome(ln.text, profile, generic) else ln
        for ln in all_lines
    ]
    title_at = _find_title(kept, profile, generic)
    if title_at is None:
        raise Unparseable(1, "no title found (expected a headline line before the body)")
    title = kept[title_at].text
    notes.append(FieldNote("title", "first headline-shaped line", 0.8))

    date_lines, impossible = _date_lines(kept, profile, home_zone)
    body_at = _find_body_start(kept, title_at, date_lines)
    end = _find_tail(all_lines, body_at, profile, generic)
    header = range(max(0, title_at - 3), body_at)

    published, modified, date_note = _pick_dates(kept, date_lines, impossible, header, end)
    notes.append(date_note)
    byline, byline_note = _find_byline(kept, header, title_at, date_lines, profile)
    notes.append(byline_note)
    section, section_note = _find_section(kept, header, title_at, date_lines, profile)
    notes.append(section_note)
    used = {title_at, *(d.index for d in date_lines)}
    paragraphs, captions, tags = _body(kept, body_at, end, used, profile, generic)
    captions = _header_captions(kept, header, profile, generic) + captions
    dated = {d.index for d in date_lines}
    standfirst = next(
        (
            kept[i].text
            for i in range(title_at + 1, body_at)
            if i not in dated and lines.is_prose(kept[i].text)
        ),
        None,
    )
    if not paragraphs:
        raise Unparseable(kept[title_at].number, "no body text found after the title")
    words = sum(lines.word_count(p) for p in paragraphs)
    notes += _content_notes(modified, len(paragraphs), words, tags, captions, profile)
    notes.append(_zone_note(published, profile))
    zone_warning = _assumed_zone_warning(published, profile, default_zone)
    return Extracted(
        title=title,
        published=published.value,
        modified=modified.value if modified else None,
        section=section,
        byline=byline,
        publisher=profile.publisher or _copyright_holder(all_lines),
        paragraphs=paragraphs,
        timezone=published.zone_name,
        date_precision=published.precision,
        profile=profile.name,
        tags=tags,
        is_tags_explicit=bool(tags),
        captions=captions,
        warnings=zone_warning,
        notes=tuple(notes),
        summary=standfirst,
        word_count=words,
    )


def _content_notes(
    modified: dates.FoundDate | None,
    paragraph_count: int,
    words: int,
    tags: tuple[str, ...],
    captions: tuple[str, ...],
    profile: Profile,
) -> list[FieldNote]:
    """How the remaining fields were decided, for `parse --explain`."""
    site = f"{profile.name}+generic" if profile.name != "generic" else "generic"
    return [
        FieldNote("modified", modified.rule, 0.9)
        if modified
        else FieldNote("modified", "no 'Updated'/'Last modified' line", 1.0),
        FieldNote(
            "body",
            f"prose after the header until a {site} tail marker ({paragraph_count} paragraphs)",
            0.9 if words >= 60 else 0.5,
        ),
        FieldNote("tags", f"{site} tag-line patterns", 0.9)
        if tags
        else FieldNote("tags", "no tag line; derived from the text by the site's tag rules", 0.4),
        FieldNote("captions", f"{site} caption patterns ({len(captions)} found)", 0.8),
        FieldNote("publisher", f"{profile.name} profile", 1.0 if profile.publisher else 0.0),
    ]


def _zone_note(published: dates.FoundDate, profile: Profile) -> FieldNote:
    if not published.is_zone_assumed:
        return FieldNote("timezone", "printed with the date", 1.0)
    if profile.timezone:
        return FieldNote("timezone", f"assumed: {profile.name} profile zone", 0.7)
    return FieldNote("timezone", "assumed: site default zone", 0.3)


def _find_title(kept: list[Numbered], profile: Profile, generic: Profile) -> int | None:
    """The first line shaped like a headline: not a label, date, byline or known section."""
    fallback = None
    sections = {s.lower() for s in profile.sections}
    for index, line in enumerate(kept):
        text = line.text
        if not text or text.lower() in sections or lines.byline_names(text, profile):
            continue
        if lines.read_date_line_safe(text, profile) or lines.is_relative_date(text):
            continue
        if lines.is_caption(text, profile, generic):
            continue
        words = lines.word_count(text)
        if 3 <= words <= 40:
            if profile.name == "generic" and _is_masthead(kept, index, profile):
                continue
            return index
        if fallback is None and words >= 1 and len(text) >= 8:
            fallback = index
        if lines.is_prose(text) and words > 40:
            break
    return fallback


_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())


def _is_masthead(kept: list[Numbered], index: int, profile: Profile) -> bool:
    """A short Title Case line (a paper's name or slogan) with a real headline below it.

    On unknown sites the copy often starts with the masthead ("The Daily Courier") or a
    slogan ("Democracy Dies in Darkness"); the headline is a longer line further down,
    before the byline and dateline.
    """
    text = kept[index].text
    words = text.split()
    if len(words) > 4 or not all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words):
        return False
    for line in kept[index + 1 : index + 12]:
        later = line.text
        if not later:
            continue
        if lines.byline_names(later, profile) or lines.read_date_line_safe(later, profile):
            return False
        if lines.is_prose(later):
            return False
        if 5 <= lines.word_count(later) <= 40 and not later.endswith("."):
            return True
    return False


def _date_lines(
    kept: list[Numbered], profile: Profile, home_zone: str
) -> tuple[list[lines.DateLine], list[Unparseable]]:
    found: list[lines.DateLine] = []
    impossible: list[Unparseable] = []
    for index, line in enumerate(kept):
        if not line.text or len(line.text) > lines.SHORT:
            continue
        # "PUBLISHED: 14:20 11 July 2023 | UPDATED: 16:05 11 July 2023" holds two datelines.
        parts = line.text.split(" | ") if " | " in line.text else [line.text]
        for part in parts:
            try:
                date_line = lines.read_date_line(index, part, profile, home_zone)
            except dates.ImpossibleDate as exc:
                if len(line.text) <= 80:
                    impossible.append(Unparseable(line.number, str(exc)))
                continue
            if date_line:
                found.append(date_line)
    return found, impossible


def _find_body_start(kept: list[Numbered], title_at: int, date_lines: list[lines.DateLine]) -> int:
    dated = {d.index for d in date_lines}
    first = _first_prose(kept, title_at + 1, dated)
    # A standfirst: one sentence under the headline, then the byline and dateline. The
    # body starts after that block, not at the standfirst.
    following = [i for i in range(first + 1, min(first + 12, len(kept))) if kept[i].text][:4]
    for index in following:
        if index in dated:
            block_end = max(i for i in following if i in dated)
            return _first_prose(kept, block_end + 1, dated)
        if lines.is_prose(kept[index].text):
            break
    return first


def _first_prose(kept: list[Numbered], start: int, dated: set[int]) -> int:
    for index in range(start, len(kept)):
        if index not in dated and lines.is_prose(kept[index].text):
            return index
    return len(kept)


_COPYRIGHT = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<name>[^.|©]{3,60}?)\s*(?:\d{4}\s*)?(?:[.,|]\s*)?(?:all rights reserved\.?)?$",
    re.IGNORECASE,
)


def _copyright_holder(all_lines: list[Numbered]) -> str | None:
    """The publisher named in a copyright footer ("© 2024 Daily Sun. All rights reserved."),
    for sites without a profile."""
    for line in reversed(all_lines[-40:]):
        match = _COPYRIGHT.match(line.text) if len(line.text) <= 120 else None
        if match:
            name = match["name"].strip(" ,.-")
            if name and not name[0].isdigit():
                return name
    return None


def _find_tail(kept: list[Numbered], body_at: int, profile: Profile, generic: Profile) -> int:
    """Where trailing chrome (comments, related links, footers) begins."""
    for index in range(body_at + 1, len(kept)):
        if kept[index].text and lines.is_tail_marker(kept[index].text, profile, generic):
            return index
    return len(kept)


def _pick_dates(
    kept: list[Numbered],
    date_lines: list[lines.DateLine],
    impossible: list[Unparseable],
    header: range,
    end: int,
) -> tuple[dates.FoundDate, dates.FoundDate | None, FieldNote]:
    # Prefer datelines in the header; some layouts print them below the body.
    usable = [d for d in date_lines if d.index in header] or [
        d for d in date_lines if d.index < end
    ]
    published = next((d for d in usable if d.kind == "published"), None)
    modified = next((d for d in usable if d.kind == "modified"), None)
    if published is None and modified is not None:
        # "Updated …" as the only date (CNN style): it is the best publication date we have.
        return modified.found, None, FieldNote("published", "only an 'Updated' line", 0.6)
    if published is None:
        if impossible:
            raise impossible[0]
        relative = next((ln for ln in kept if ln.text and lines.is_relative_date(ln.text)), None)
        if relative is not None:
            raise Unparseable(
                relative.number,
                f"only a relative date ({relative.text!r}); add the absolute date",
            )
        raise Unparseable(1, "no publication date found (e.g. '11 December, 2022, 09:45 am')")
    where = "header" if published.index in header else "below the body"
    note = FieldNote(
        "published",
        f"{published.found.rule} on line {kept[published.index].number} ({where})",
        0.9 if published.index in header else 0.6,
    )
    return published.found, modified.found if modified else None, note


def _find_byline(
    kept: list[Numbered],
    header: range,
    title_at: int,
    date_lines: list[lines.DateLine],
    profile: Profile,
) -> tuple[tuple[str, ...], FieldNote]:
    dated = {d.index for d in date_lines}
    for index in header:
        if index == title_at or not kept[index].text:
            continue
        names = lines.byline_names(kept[index].text, profile)
        if names:
            return names, FieldNote("byline", "byline pattern", 0.9)
    # A bare name right above or below a dateline is the byline on many layouts.
    for index in sorted(dated):
        for near in (index - 1, index + 1):
            if near in header and near != title_at and near not in dated:
                text = kept[near].text
                if text and lines.looks_like_name(text) and text not in profile.sections:
                    return (text,), FieldNote("byline", "name beside the dateline", 0.6)
    return (), FieldNote("byline", "none found", 0.0)


def _find_section(
    kept: list[Numbered],
    header: range,
    title_at: int,
    date_lines: list[lines.DateLine],
    profile: Profile,
) -> tuple[str | None, FieldNote]:
    known = {s.lower(): s for s in profile.sections}
    # A kicker between the headline and the byline is more specific than a breadcrumb
    # above the headline ("Opinion" above, "Views" below): look below first.
    below = range(title_at + 1, header.stop)
    above = range(title_at - 1, header.start - 1, -1)
    for index in [*below, *above]:
        text = kept[index].text
        if text.lower() in known:
            return known[text.lower()], FieldNote("section", "profile's section list", 0.95)
    dated = {d.index for d in date_lines}
    # A short label next to the headline is the section ("kicker") on most layouts.
    after = [i for i in range(title_at + 1, header.stop) if kept[i].text][:2]
    before = [i for i in range(title_at - 1, header.start - 1, -1) if kept[i].text][:1]
    for index in after[:1] + before + after[1:]:
        if index in dated:
            continue
        text = kept[index].text
        if _is_label(text, profile):
            return text, FieldNote("section", "short label beside the title", 0.5)
    return None, FieldNote("section", "none found", 0.0)


def _is_label(text: str, profile: Profile) -> bool:
    if not text or len(text) > 40 or lines.word_count(text) > 4:
        return False
    if lines.byline_names(text, profile) or lines.looks_like_name(text) and " " in text:
        return False
    return not text.rstrip().endswith((".", "?", "!", ":"))


def _body(
    kept: list[Numbered],
    body_at: int,
    end: int,
    used: set[int],
    profile: Profile,
    generic: Profile,
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    paragraphs: list[str] = []
    captions: list[str] = []
    tags: list[str] = []
    block: list[str] = []
    for index in range(body_at, end):
        text = kept[index].text
        listed = lines.tag_list(text, profile, generic) if text else None
        if not text or index in used:
            _flush(block, paragraphs)
            continue
        if listed is not None:
            tags.extend(listed)
        elif lines.is_caption(text, profile, generic):
            captions.append(text)
        else:
            block.append(text)
            continue
        _flush(block, paragraphs)
    _flush(block, paragraphs)
    for index in range(end, len(kept)):  # tag lists often sit among the trailing chrome
        listed = lines.tag_list(kept[index].text, profile, generic) if kept[index].text else None
        tags.extend(listed or ())
    return tuple(paragraphs), tuple(captions), tuple(dict.fromkeys(tags))


def _header_captions(
    kept: list[Numbered], header: range, profile: Profile, generic: Profile
) -> tuple[str, ...]:
    """Photo captions between the headline and the body (a lead image)."""
    return tuple(
        kept[i].text
        for i in header
        if kept[i].text and lines.is_caption(kept[i].text, profile, generic)
    )


def _flush(block: list[str], paragraphs: list[str]) -> None:
    """A block of lines is one paragraph if hard-wrapped, else one paragraph per line."""
    if not block:
        return
    wrapped = len(block) > 1 and all(
        len(line) >= 50 and not line.endswith((".", "!", "?", ":", "”", '"', "।"))
        for line in block[:-1]
    )
    if wrapped:
        paragraphs.append(" ".join(block))
    else:
        paragraphs.extend(block)
    block.clear()


def _assumed_zone_warning(
    published: dates.FoundDate, profile: Profile, default_zone: str
) -> tuple[str, ...]:
    if published.is_zone_assumed and not profile.timezone:
        return (f"no time zone printed; assumed the site default {default_zone}",)
    return ()
