"""Plain-text copies of news pages -> Extracted fields, by small rules over classified lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from site_gen.core.model import FieldNote
from site_gen.parse import dates, header, lines
from site_gen.parse.fields import Extracted, Unparseable
from site_gen.parse.header import archive_section, is_role
from site_gen.parse.profiles import Profile, choose_profile, generic_of

# How far below the title the header (section, byline, dates) may reach.
HEADER_REACH = 12
# How far above the headline a blog's archive heading ("All posts in …") may sit.
ARCHIVE_REACH = 24
# The longest standfirst: a summary is a sentence or two.
STANDFIRST_WORDS = 45


@dataclass(frozen=True, slots=True)
class Numbered:
    number: int  # 1-based line number in the file
    text: str


def parse_text(
    text: str,
    profiles: tuple[Profile, ...],
    default_zone: str,
    file_time: float | None = None,
    undated: str = "file-time",
) -> Extracted:
    """`file_time` (the file's modification time) dates a copy that prints no date, when
    `undated` is "file-time"; with "skip" such a copy is refused."""
    all_lines = [Numbered(i + 1, _undoubled(t.strip())) for i, t in enumerate(text.split("\n"))]
    _drop_stamp(all_lines)
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
    date_lines, impossible = _date_lines(kept, profile, home_zone)
    chrome = {i for i, ln in enumerate(all_lines) if ln.text and not kept[i].text}
    _drop_alt_texts(kept, profile, generic)
    title_at, title_note = _locate_title(kept, all_lines, date_lines, chrome, profile, generic)
    title = header.clean_title(kept[title_at].text, text)
    notes.append(title_note)
    body_at = _find_body_start(kept, title_at, date_lines, profile, generic)
    end = _find_tail(all_lines, body_at, profile, generic)
    header_lines = range(_header_start(kept, title_at), body_at)

    published, modified, date_note = _pick_dates(
        kept, date_lines, impossible, header_lines, title_at, end
    )
    byline, byline_note = _find_byline(kept, header_lines, title_at, date_lines, profile)
    section, section_note = _find_section(
        kept, all_lines, header_lines, title_at, date_lines, profile
    )
    notes += [byline_note, section_note]
    used = {title_at, *(d.index for d in date_lines)}
    paragraphs, captions, tags = _body(kept, body_at, end, used, profile, generic)
    tags = _meta_terms(kept, header_lines) + tags
    paragraphs, lead_in = _split_standfirst(_drop_pull_quotes(paragraphs))
    paragraphs, glued = _unglue_lede(paragraphs, title)
    paragraphs, credit = _drop_sign_off(paragraphs, profile)
    if not byline and credit:
        byline, notes[-2] = (credit,), FieldNote("byline", "wire credit after the body", 0.6)
    if not byline and (credit := _dateline_credit(paragraphs)):
        byline, notes[-2] = (credit,), FieldNote("byline", "credit in the lede's dateline", 0.6)
    captions = _header_captions(kept, header_lines, profile, generic) + glued + captions
    standfirst = lead_in or _standfirst(
        kept, title_at, body_at, date_lines, byline, section, profile, generic
    )
    if not paragraphs:
        raise Unparseable(kept[title_at].number, "no body text found after the title")
    warnings: tuple[str, ...] = ()
    date_source = "printed"
    if published is None and paragraphs:
        paragraphs, published = _date_before_lede(paragraphs, profile, home_zone)
        if published is not None:
            date_note = FieldNote("published", "a bracketed date before the lede", 0.7)
    if published is None:
        published, date_note, warnings = _undated(kept, impossible, file_time, undated, home_zone)
        date_source = "file"
    notes.append(date_note)
    words = sum(lines.word_count(p) for p in paragraphs)
    notes += _content_notes(modified, len(paragraphs), words, tags, captions, profile)
    notes.append(_zone_note(published, profile))
    if date_source == "printed":
        warnings = _assumed_zone_warning(published, profile, default_zone)
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
        warnings=warnings,
        notes=tuple(notes),
        summary=standfirst,
        word_count=words,
        date_source=date_source,
    )


def _undoubled(text: str) -> str:
    """A line copied twice over ("News DeskNews Desk": a label and its hidden twin)."""
    half = len(text) // 2
    if len(text) >= 8 and len(text) % 2 == 0 and text[:half] == text[half:]:
        return text[:half]
    return text


def _drop_alt_texts(kept: list[Numbered], profile: Profile, generic: Profile) -> None:
    """A photo's alt text printed just before its caption, which repeats it with the
    credit ("… on Saturday." then "… on Saturday. | Photo Credit: …"), is the picture's,
    not a paragraph: it leaves the text as the caption does."""
    for at, line in enumerate(kept):
        text = line.text
        if not text or len(text) > lines.SHORT:
            continue
        after = next((ln.text for ln in kept[at + 1 : at + 4] if ln.text), "")
        is_prefix = len(after) > len(text) and after.startswith(text)
        if is_prefix and lines.is_caption(after, profile, generic):
            kept[at] = Numbered(line.number, "")


_STAMP = re.compile(r"^date \d{4}-\d{2}-\d{2}\b\s*")


def _drop_stamp(all_lines: list[Numbered]) -> None:
    """Some archiving tools put a "date 2024-03-01" stamp before the page's text: the
    capture's, not the article's, and never part of the headline."""
    for at, line in enumerate(all_lines):
        if line.text:
            stamp = _STAMP.match(line.text)
            if stamp:
                all_lines[at] = Numbered(line.number, line.text[stamp.end() :])
            return


def _locate_title(
    kept: list[Numbered],
    all_lines: list[Numbered],
    date_lines: list[lines.DateLine],
    chrome: set[int],
    profile: Profile,
    generic: Profile,
) -> tuple[int, FieldNote]:
    texts = [line.text for line in kept]
    skip = {d.index for d in date_lines}
    raw = [line.text for line in all_lines]
    head = header.find_head(texts, raw, skip, chrome, profile, generic)
    if head is not None:
        return head.title_at, FieldNote("title", head.rule, head.confidence)
    title_at = _find_title(kept, profile, generic)
    if title_at is None:
        raise Unparseable(1, "no title found (expected a headline line before the body)")
    return title_at, FieldNote("title", "first headline-shaped line", 0.5)


def _standfirst(
    kept: list[Numbered],
    title_at: int,
    body_at: int,
    date_lines: list[lines.DateLine],
    byline: tuple[str, ...],
    section: str | None,
    profile: Profile,
    generic: Profile,
) -> str | None:
    """The lines between headline and body that are neither byline, dateline nor label:
    the standfirst (one sentence, or a few lines of highlights), joined."""
    dated = {d.index for d in date_lines}
    parts = []
    for index in range(title_at + 1, body_at):
        text = kept[index].text
        if not text or index in dated or text == section or text in byline:
            continue
        if lines.byline_names(text, profile) or header.is_byline_like(text):
            continue
        if lines.is_caption(text, profile, generic):
            continue
        bare = text.lstrip("•·-–* ")
        if lines.word_count(text) >= 5 and (lines.is_prose(text) or bare[:1].isupper()):
            parts.append(text)
    return " ".join(parts) or None


def _meta_terms(kept: list[Numbered], header_lines: range) -> tuple[str, ...]:
    """The categories a blog's "posted by Jane Roe in Oakfield, fire." files the post under."""
    for index in header_lines:
        meta = lines.meta_byline(kept[index].text) if kept[index].text else None
        if meta is not None and meta.terms:
            return meta.terms
    return ()


def _header_start(kept: list[Numbered], title_at: int) -> int:
    """Two non-blank lines above the headline still belong to the article (a kicker, a
    dateline printed first); further up is the masthead."""
    seen = 0
    for index in range(title_at - 1, -1, -1):
        if kept[index].text:
            seen += 1
            if seen == 2:
                return index
    return 0


def _undated(
    kept: list[Numbered],
    impossible: list[Unparseable],
    file_time: float | None,
    undated: str,
    home_zone: str,
) -> tuple[dates.FoundDate, FieldNote, tuple[str, ...]]:
    """No date printed: the file's modification time, said so; or a refusal."""
    if impossible:
        raise impossible[0]
    relative = next((ln for ln in kept if ln.text and lines.is_relative_date(ln.text)), None)
    if undated == "skip" or file_time is None:
        if relative is not None:
            raise Unparseable(
                relative.number,
                f"only a relative date ({relative.text!r}); add the absolute date",
            )
        raise Unparseable(1, "no publication date found (e.g. '11 December, 2022, 09:45 am')")
    found = dates.from_timestamp(file_time, home_zone)
    note = FieldNote("published", "no date printed: the file's modification time", 0.2)
    shown = found.value.strftime("%Y-%m-%d %H:%M")
    return found, note, (f"no publication date printed; dated by the file's time ({shown})",)


_BRACKETED_DATE = re.compile(r"^\[([^\[\]]{6,40})\]\s*")


def _date_before_lede(
    paragraphs: tuple[str, ...], profile: Profile, home_zone: str
) -> tuple[tuple[str, ...], dates.FoundDate | None]:
    """ "[December 22, 2010]  WASHINGTON (AP) -- …": some archives print the date glued
    before the lede; it is the article's date, not its text."""
    match = _BRACKETED_DATE.match(paragraphs[0])
    if match is None:
        return paragraphs, None
    try:
        found = dates.find_date(match.group(1), home_zone, dict(profile.zones))
    except dates.ImpossibleDate:
        return paragraphs, None
    if found is None:
        return paragraphs, None
    return (paragraphs[0][match.end() :], *paragraphs[1:]), found


_SIGN_OFF = re.compile(
    r"^(?:[-–—]+\s*)?\(?(?P<credit>AP|AFP|Reuters|PTI|IANS|UNB|BSS|ANI|Xinhua|dpa|Bernama)\)?\.?$"
    r"|^\(?(?:Reporting|Additional reporting|Writing|Editing) by [^()]{1,200}\)?$"
    r"|^[\w’'. ]{2,60} contributed (?:to )?(?:this report|reporting)[^.]{0,80}\.?$"
)
_TRAILING_CREDIT = re.compile(r"\s+(?:[-–—]\s*|\()(AP|AFP|Reuters|PTI|IANS|UNB|BSS|ANI)\)?\s*$")


# "KATHMANDU, 18 June:", "Jakarta (AsiaNews) –", "NEW DELHI:": where a lede begins.
_DATELINE_START = re.compile(
    r"^[A-Z][\w.'’-]*(?:[ ,/]+[A-Z][\w.'’-]*){0,3}(?:,\s*\d{1,2}\s+[A-Z][a-z]+)?"
    r"\s*(?:\([^()]{2,40}\))?\s*(?::|–|—|-{1,2})\s"
)
_LONE_DATELINE = re.compile(r"^[A-Z][\w.'’-]*(?:[ ,/]+[A-Z][\w.'’-]*){0,3}:$")


_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’]?\s+[A-Z]")


def _split_standfirst(paragraphs: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    """Paragraphs before the lede that are its standfirst: printed again below (some
    pages repeat the summary as the first paragraph), or followed within two paragraphs
    by a lede opening with a dateline ("Jakarta (AsiaNews) – …") they lack themselves.
    A dateline alone on its line ("New Delhi:") is dropped."""
    lone = next(
        (i for i in (1, 2) if i < len(paragraphs) - 1 and _LONE_DATELINE.match(paragraphs[i])), None
    )
    if lone and header.is_body_prose(paragraphs[lone + 1]):
        # "New Delhi:" on its own line opens the lede; what is above it leads in
        return paragraphs[lone + 1 :], " ".join(paragraphs[:lone])
    kept = [p for p in paragraphs if not _LONE_DATELINE.match(p)]
    if len(kept) < 3 or _DATELINE_START.match(kept[0]):
        return tuple(kept), None
    # The summary again, reworded at its end, as the first paragraph (an exact repeat
    # may be the writer's own: it stays).
    words = kept[0].split()[:10]
    opening = " ".join(words)
    repeated = any(p.startswith(opening) and p != kept[0] for p in kept[1:6])
    # Ten words in the same order are evidence only when they are varied words; and a
    # summary is a sentence or two, not a paragraph of four that merely opens alike.
    is_short = (
        lines.word_count(kept[0]) <= STANDFIRST_WORDS and len(_SENTENCE_BREAK.findall(kept[0])) <= 1
    )
    if len({w.lower() for w in words}) >= 7 and repeated and is_short:
        return tuple(kept[1:]), kept[0]
    for at in (1, 2):
        if _DATELINE_START.match(kept[at]) and not any(_DATELINE_START.match(p) for p in kept[:at]):
            return tuple(kept[at:]), " ".join(kept[:at])
    return tuple(kept), None


# An image's name or the headline glued before the lede's dateline or first word, with no
# space: "prvez rasheedISLAMABAD: The minister…", "SykesA deputy editor has…".
_GLUED_LEDE = re.compile(
    r"^(?P<glued>.{4,120}?[a-z])"
    r"(?=[A-Z][A-Za-z.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3}\s?(?:\([^()]{2,40}\)\s?)?"
    r"(?::|–|—|-{1,2})\s+[A-Z\"“‘']|(?:A|An|The) [a-z])"
)


def _unglue_lede(
    paragraphs: tuple[str, ...], title: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The lede without what a copy glued before it: the headline again, or a picture's
    name of a few words (its last word a real word, so "iPhone" and "McCain" stay)."""
    match = _GLUED_LEDE.match(paragraphs[0]) if paragraphs else None
    if match is None:
        return paragraphs, ()
    glued = match["glued"]
    is_picture_name = len(glued) <= 40 and lines.word_count(glued) <= 4
    if not (glued == title or is_picture_name and len(glued.split()[-1]) >= 4):
        return paragraphs, ()
    return (paragraphs[0][match.end() :], *paragraphs[1:]), (glued,)


def _drop_pull_quotes(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """A pull quote repeats a sentence of the article in big type: the same words again,
    inside another paragraph. The article keeps its own copy only."""
    kept = []
    for at, text in enumerate(paragraphs):
        if text[:1] not in "\"“‘'" or len(text) > lines.SHORT:  # pull quotes are short quotes
            kept.append(text)
            continue
        words = text.strip("\"“”'‘’ ").rstrip(".!?,;")
        is_repeat = lines.word_count(words) >= 5 and any(
            words in other for index, other in enumerate(paragraphs) if index != at
        )
        if not is_repeat:
            kept.append(text)
    return tuple(kept)


def _drop_sign_off(
    paragraphs: tuple[str, ...], profile: Profile
) -> tuple[tuple[str, ...], str | None]:
    """A wire's sign-off after the last paragraph ("-UNB", "(AP)", "(Reporting by …)",
    "Bureau Report") is not text; it is the credit when the page printed no byline."""
    kept = list(paragraphs)
    credit = None
    while len(kept) > 1 and len(kept[-1]) <= 240:
        glued = _TRAILING_CREDIT.search(kept[-1])
        if glued:  # "… with Hatirjheel Police Station.    -UNB"
            credit = credit or glued.group(1)
            kept[-1] = kept[-1][: glued.start()].rstrip()
            break
        match = _SIGN_OFF.match(kept[-1])
        # After the last sentence, a short line that is no sentence ("RK/SM/AP", "Read
        # Full Story", a related headline) is the page's, not the article's.
        if not match and (header.is_body_prose(kept[-1]) or lines.word_count(kept[-1]) > 12):
            break
        signed = match["credit"] if match else None
        if not signed and not match:
            names = lines.byline_names(kept[-1], profile)
            signed = names[0] if names and len(names) == 1 else None
        credit = credit or signed
        kept.pop()
    return tuple(kept), credit


# "DHAKA (Reuters) -", "KATHMANDU (Neo Web Desk) Nepal :", "NEW DELHI (PTI):"
# "21 Nov (Bernama) --": some wires open with the day instead of the place.
_DATELINE_CREDIT = re.compile(
    r"^(?:\d{1,2} )?[A-Z][\w .,/'’-]{1,40}\s*\(([^()]{2,40})\)\s*(?:-{1,2}|–|—|:)"
)


def _dateline_credit(paragraphs: tuple[str, ...]) -> str | None:
    """The agency or desk in the lede's dateline, for a page that printed no byline."""
    match = _DATELINE_CREDIT.match(paragraphs[0]) if paragraphs else None
    if match is None or lines.word_count(match.group(1)) > 4:
        return None
    return match.group(1).strip()


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
        if lines.is_caption(text, profile, generic) or header.is_furniture_text(text):
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
        for part in _date_parts(line.text):
            try:
                date_line = lines.read_date_line(index, part, profile, home_zone)
            except dates.ImpossibleDate as exc:
                if len(line.text) <= 80:
                    impossible.append(Unparseable(line.number, str(exc)))
                continue
            if date_line:
                found.append(date_line)
    return found, impossible


_PART_SEPARATOR = re.compile(r"\s*[|•·]\s*|,\s*(?=(?:updated|last updated|modified)\b)", re.I)


def _date_parts(text: str) -> list[str]:
    """The datelines on one line: "PUBLISHED: 14:20 11 July 2023 | UPDATED: 16:05 …" holds
    two; "12 Mar 2024 | 10:15 AM" one, its time in the next part; "Jane Roe | 3 May
    2024" one, after a byline."""
    parts = (
        [p for p in _PART_SEPARATOR.split(text) if p] if _PART_SEPARATOR.search(text) else [text]
    )
    joined: list[str] = []
    for part in parts:
        if joined and _is_time_only(part) and not _has_time(joined[-1]):
            joined[-1] = f"{joined[-1]} {part}"
        else:
            joined.append(part)
    return joined


_TIME_ONLY = re.compile(
    r"^(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?$", re.I
)
_HAS_TIME = re.compile(r"\d{1,2}[:.]\d{2}")


def _is_time_only(part: str) -> bool:
    return bool(_TIME_ONLY.match(part.strip()))


def _has_time(part: str) -> bool:
    return bool(_HAS_TIME.search(part))


def _find_body_start(
    kept: list[Numbered],
    title_at: int,
    date_lines: list[lines.DateLine],
    profile: Profile,
    generic: Profile,
) -> int:
    dated = {d.index for d in date_lines}
    first = _first_prose(kept, title_at + 1, dated)
    # A standfirst: one sentence under the headline, then the byline and dateline. The
    # body starts after that block, not at the standfirst.
    following = [i for i in range(first + 1, min(first + 14, len(kept))) if kept[i].text][:6]
    credited = None
    for index in following:
        if index in dated:
            block_end = max(i for i in following if i in dated)
            return _first_prose(kept, block_end + 1, dated)
        text = kept[index].text
        if lines.byline_names(text, profile) and not header.is_body_prose(text):
            credited = index  # standfirst, photo, "Express News Service", then the lede
            continue
        if lines.is_prose(text) and not lines.is_caption(text, profile, generic):
            break
    return _first_prose(kept, credited + 1, dated) if credited is not None else first


_HIGHLIGHTS = re.compile(
    r"^(?:story highlights|highlights|key points|key takeaways|in brief|at a glance)\s*:?$", re.I
)


def _first_prose(kept: list[Numbered], start: int, dated: set[int]) -> int:
    """The first paragraph-like line: a sentence that ends (a standfirst without a full
    stop is not the lede); a copy with no such line starts at its first long line."""
    fallback = None
    in_highlights = False
    for index in range(start, len(kept)):
        text = kept[index].text
        if not text:
            in_highlights = False
            continue
        if _HIGHLIGHTS.match(text):  # "Story highlights" lists the standfirst's points
            in_highlights = True
            continue
        if index in dated or in_highlights or lines.meta_byline(text):
            continue  # a blog's "posted by … in …" line ends like a sentence, but is none
        if header.is_body_prose(text):
            return index
        if fallback is None and lines.is_prose(text):
            fallback = index
    return fallback if fallback is not None else len(kept)


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
    header_lines: range,
    title_at: int,
    end: int,
) -> tuple[dates.FoundDate | None, dates.FoundDate | None, FieldNote]:
    """The article's own datelines: in its header first, then below the headline (some
    layouts print them under the body). A date far above the headline is the masthead's
    clock unless it says "Published"; the file's time serves better than today's date."""
    # Below the headline first: a date line above it may still be the masthead's clock,
    # so a "Publish Date: …" under the body beats it; a bare date under the body does not.
    under_title = [d for d in date_lines if title_at < d.index < header_lines.stop]
    # A date beside a weather widget above the headline is the masthead's "today".
    above_title = [
        d
        for d in date_lines
        if header_lines.start <= d.index < title_at and not _beside_weather(kept, d.index)
    ]
    below = [d for d in date_lines if header_lines.stop <= d.index < end]
    labelled_below = [d for d in below if d.is_labelled]
    labelled_above = [d for d in date_lines if d.index < header_lines.start and d.is_labelled]
    usable = under_title or labelled_below or above_title or below or labelled_above
    published = _first_of_kind(usable, "published")
    modified = _first_of_kind(usable, "modified")
    if published is None and modified is not None:
        # "Updated …" as the only date (CNN style): it is the best publication date we have.
        return modified.found, None, FieldNote("published", "only an 'Updated' line", 0.6)
    if published is None:
        return None, None, FieldNote("published", "none printed", 0.0)
    where = "header" if published.index in header_lines else "outside the header"
    note = FieldNote(
        "published",
        f"{published.found.rule} on line {kept[published.index].number} ({where})",
        0.9 if published.index in header_lines else 0.6,
    )
    return published.found, modified.found if modified else None, note


def _beside_weather(kept: list[Numbered], index: int) -> bool:
    near = kept[max(0, index - 2) : index + 3]
    return any(line.text and header.is_weather(line.text) for line in near)


def _first_of_kind(found: list[lines.DateLine], kind: str) -> lines.DateLine | None:
    """A labelled dateline ("Published: …") beats an unlabelled one (a clock, a widget)."""
    of_kind = [d for d in found if d.kind == kind]
    return next((d for d in of_kind if d.is_labelled), of_kind[0] if of_kind else None)


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
        names = _byline_of(kept[index].text, index in dated and index > title_at, profile)
        if names:
            above = _name_above(kept, index, header, title_at)
            if above and all(is_role(n) for n in names):
                # "Harriet Lowe" above "Transport Correspondent": the person, not the beat
                return (above,), FieldNote("byline", "name above its role line", 0.8)
            return names, FieldNote("byline", "byline pattern", 0.9)
        listed = lines.name_list(kept[index].text) if index > title_at else None
        if listed:
            return listed, FieldNote("byline", "names joined by 'and' or '|'", 0.7)
    # A bare name in the cluster (beside the dateline on many layouts) is the byline.
    for index in header:
        text = kept[index].text
        if index <= title_at or index in dated or not text or text in profile.sections:
            continue
        text = _IN_PLACE.sub("", text.lstrip("-–—|•· "))  # "Hannah Whitlock in Brussels"
        if lines.looks_like_name(text) and lines.word_count(text) <= 4:
            return (text,), FieldNote("byline", "a name in the article's cluster", 0.6)
    return (), FieldNote("byline", "none found", 0.0)


_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?$")


def _name_above(kept: list[Numbered], index: int, header: range, title_at: int) -> str | None:
    for above in range(index - 1, max(title_at, header.start - 1), -1):
        text = kept[above].text
        if text:
            return text if lines.looks_like_name(text) else None
    return None


def _byline_of(text: str, is_dated: bool, profile: Profile) -> tuple[str, ...] | None:
    """The names on a byline line, also when a date or a "|" shares the line with them
    ("By Jane Roe - July 17, 2010", "Jane Roe | Published: 3 May 2024")."""
    text = text.lstrip("-–—|•· ")  # "- SANDUN A. JAYASEKERA", "| IRFAN HAJI"
    meta = lines.meta_byline(text)
    if meta is not None:  # "posted by Jane Roe in Oakfield, fire."
        return (meta.name,)
    names = lines.byline_names(text, profile)
    if names or not (is_dated or "|" in text):
        return names
    for part in _PART_SEPARATOR.split(dates.remove_dates(text) if is_dated else text):
        names = lines.byline_names(part, profile) if part else None
        if names:
            return names
        # "SERAJUL HAQUE | 2025-09-30 12:00"; but "Published - May 23 - New Delhi" and
        # "New Delhi : October 8, 2009" (a release's dateline) name a place
        is_place = bool(lines.date_label(text, profile)) or bool(
            re.match(rf"{re.escape(part)}\s?:", text)
        )
        if is_dated and lines.looks_like_name(part) and not is_place:
            return (part,)
    return None


def _find_section(
    kept: list[Numbered],
    all_lines: list[Numbered],
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
    for index in below:
        text = kept[index].text
        if text.lower() in known:
            return known[text.lower()], FieldNote("section", "profile's section list", 0.95)
    kicker = next((i for i in below if kept[i].text), None)
    if kicker is not None and kept[kicker].text.lower() in _KICKERS:
        return kept[kicker].text, FieldNote("section", "kicker under the headline", 0.8)
    for index in above:
        text = kept[index].text
        if text.lower() in known:
            return known[text.lower()], FieldNote("section", "profile's section list", 0.95)
    # A blog's archive heading names the category, however far above the post it sits.
    listing = range(title_at - 1, max(-1, title_at - ARCHIVE_REACH), -1)
    archive = next((a for i in listing if (a := archive_section(all_lines[i].text))), None)
    if archive:
        return archive, FieldNote("section", "the blog archive the post is listed in", 0.6)
    crumb = _breadcrumb(all_lines, title_at, kept[title_at].text)
    if crumb:
        return crumb, FieldNote("section", "last crumb of the breadcrumb", 0.7)
    named = _section_named_label(kept, all_lines, header, title_at, profile)
    if named:
        return named, FieldNote("section", "a label named like a section", 0.6)
    dated = {d.index for d in date_lines}
    # A short label next to the headline is the section ("kicker") on most layouts.
    after = [i for i in range(title_at + 1, header.stop) if kept[i].text][:2]
    before = [i for i in range(title_at - 1, header.start - 1, -1) if kept[i].text][:1]
    for index in after[:1] + before + after[1:]:
        if index in dated:
            continue
        text = kept[index].text
        if _is_label(text, profile) and not (index < title_at and _is_in_menu(all_lines, index)):
            return text, FieldNote("section", "short label beside the title", 0.5)
    return None, FieldNote("section", "none found", 0.0)


# The last word of labels that name a section on most sites ("Delhi News", "Ghana
# Politics", "State And Regional", "Latest News").
_SECTION_WORDS = frozenset(
    "news politics sport sports business economy opinion world national international"
    " regional local entertainment lifestyle technology tech science health education"
    " culture environment features".split()
)


def _section_named_label(
    kept: list[Numbered], all_lines: list[Numbered], header: range, title_at: int, profile: Profile
) -> str | None:
    """A short label near the headline whose last word names a section, also a little
    past the standfirst (after an advertisement or a caption), but not a menu item."""
    reach = min(len(kept), header.stop + 8)
    for index in range(max(0, title_at - 2), reach):
        text = kept[index].text
        if index == title_at or not text or lines.word_count(text) > 4:
            continue
        last = text.split()[-1].lower()
        if (
            last in _SECTION_WORDS
            and _is_label(text, profile)
            and not _is_in_menu(all_lines, index)
        ):
            return text
    return None


def _breadcrumb(all_lines: list[Numbered], title_at: int, title: str) -> str | None:
    """A "Home / News / India" trail within a few lines above the headline."""
    for index in range(title_at - 1, max(-1, title_at - 8), -1):
        crumb = header.breadcrumb_section(all_lines[index].text, title)
        if crumb:
            return crumb
    return None


def _is_in_menu(all_lines: list[Numbered], index: int) -> bool:
    """A short line right under other short lines or menu furniture is a menu item."""
    for above in range(index - 1, -1, -1):
        text = all_lines[above].text
        if text:
            return lines.word_count(text) <= 3 or "|" in text
    return False


# Labels that name a kind of article rather than a beat; printed under the headline they
# are more specific than the section above it.
_KICKERS = frozenset(
    "views opinion analysis editorial explainer interview feature column letters review".split()
)
_NOT_A_SECTION = re.compile(
    r"\d|@|©|\(|^[|•·/»-]|^(?:written|posted|photo|image|follow|write|archive|stories|contact"
    r"|subscribe|live|watch|listen|share|search|menu|edition|logo|story highlights|banner"
    r"|published|updated|english|bangla|language|advertisement)\b|\bby$"
    r"|\+$",  # "Crossword+", "Premium+": a product behind a subscription, not a section
    re.IGNORECASE,
)


def _is_label(text: str, profile: Profile) -> bool:
    if not text or len(text) > 40 or lines.word_count(text) > 4:
        return False
    if lines.byline_names(text, profile) or lines.looks_like_name(text) and " " in text:
        return False
    if _NOT_A_SECTION.search(text) or header.is_byline_like(text) or "»" in text:
        return False
    first = next((c for c in text if c.isalpha()), "")
    if not first or first.isascii() and not first.isupper():  # "+", "fbpx", "featured news"
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
    tags.extend(_topic_block(kept, end))
    return tuple(paragraphs), tuple(captions), tuple(dict.fromkeys(tags))


_TOPICS_LABEL = re.compile(
    r"^(?:tags?|topics?|related topics?|related tags|keywords|more on|more about)\s*:?$", re.I
)
MAX_TOPICS = 12
_TOPIC_SEPARATOR = re.compile(r"\s+/\s+")


def _topic_block(kept: list[Numbered], end: int) -> list[str]:
    """A printed topic list, one item per line under its label ("Topics" / "Drought" /
    "Farming"): short lines that are no sentence, until the first blank after them."""
    for index in range(end, len(kept)):
        if _TOPICS_LABEL.match(kept[index].text):
            topics: list[str] = []
            for line in kept[index + 1 : index + 2 + MAX_TOPICS]:
                text = line.text
                if not text:
                    if topics:
                        break
                    continue
                # One topic a line, or several on one ("Chennai / police")
                items = [t.strip() for t in _TOPIC_SEPARATOR.split(text) if t.strip()]
                if any(lines.word_count(t) > 4 or lines.ends_like_prose(t) for t in items):
                    break
                topics.extend(items)
            if topics:
                return topics
    return []


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
