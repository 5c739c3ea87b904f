"""Plain-text copies of news pages -> Extracted fields, by small rules over classified lines.

This module runs the steps in order; each field has its own module: datelines (dates),
bylines, sections, lede (where the body starts, standfirst, lede clean-up), body
(paragraphs, captions, tags).
"""

from __future__ import annotations

import re
from itertools import islice

from site_gen.core.model import FieldNote
from site_gen.parse import address as address_of
from site_gen.parse import (
    appeals,
    body,
    bylines,
    datelines,
    dates,
    header,
    inline_links,
    lede,
    lines,
    patterns,
    players,
    sections,
    text_browser,
)
from site_gen.parse.fields import Extracted, Unparseable
from site_gen.parse.head_marks import crumb_section, crumb_title
from site_gen.parse.lines import Numbered
from site_gen.parse.profiles import Profile, choose_profile, generic_of

# How far below the title the header (section, byline, dates) may reach.
HEADER_REACH = 12


def parse_text(
    text: str,
    profiles: tuple[Profile, ...],
    default_zone: str,
    file_time: float | None = None,
    undated: str = "file-time",
) -> Extracted:
    """`file_time` (the file's modification time) dates a copy that prints no date, when
    `undated` is "file-time"; with "skip" such a copy is refused."""
    all_lines = [Numbered(i + 1, _cleaned_line(t)) for i, t in enumerate(text.split("\n"))]
    all_lines = _split_dated_headlines(all_lines)
    all_lines = _split_section_datelines(all_lines)
    all_lines = _split_source_headlines(all_lines)
    all_lines = _without_transcript_labels(all_lines)
    profile = choose_profile(text, profiles)
    generic = generic_of(profiles)
    stamp = _drop_stamp(all_lines, profile, generic)
    entry = _take_entry_footer(all_lines)
    _join_drop_caps(all_lines)
    _drop_ai_summary(all_lines)
    appeals.drop_appeal_box(all_lines)
    players.drop_video_cards(all_lines)
    _join_split_rows(all_lines)
    _join_crumb_list(all_lines)
    _unlabel_trails(all_lines)
    _join_lone_by(all_lines)
    _join_lone_date_labels(all_lines)
    _join_lone_dateline(all_lines)
    all_lines = _split_wide_cells(all_lines)
    all_lines = _unglue_dates(all_lines)
    all_lines = _join_hard_wraps(all_lines)
    all_lines = inline_links.joined_link_lines(all_lines)
    if not any(line.text for line in all_lines):
        raise Unparseable(1, "file is empty")
    home_zone = profile.timezone or default_zone
    notes = [FieldNote("profile", profile.name, 1.0 if profile.name != "generic" else 0.3)]

    # Chrome lines become blank (they separate paragraphs); `all_lines` keeps them for
    # the tail markers, which are often chrome themselves ("Comments").
    # Asked once per distinct text: pages repeat their furniture ("Share", "Advertisement").
    distinct = {ln.text for ln in all_lines if ln.text}
    furniture = {text for text in distinct if lines.is_chrome(text, profile, generic)}
    kept = [Numbered(ln.number, "") if ln.text in furniture else ln for ln in all_lines]
    date_lines, impossible = datelines.date_lines(kept, profile, home_zone)
    chrome = {i for i, ln in enumerate(all_lines) if ln.text and not kept[i].text}
    _drop_alt_texts(kept, profile, generic)
    _drop_writer_blurbs(kept, date_lines)
    title_at, title_note, body_floor = _locate_title(
        kept, all_lines, date_lines, chrome, profile, generic
    )
    _join_headline_wrap(kept, title_at, date_lines, profile)
    title = header.clean_title(kept[title_at].text, text)
    notes.append(title_note)
    _drop_headline_echoes(kept, title_at)
    body_at = max(lede.find_body_start(kept, title_at, date_lines, profile, generic), body_floor)
    dated_at = {d.index for d in date_lines}
    body_at = lede.past_reading_time(kept, all_lines, title_at, body_at, dated_at)
    # a print page copied from its lede down, with no headline: the lede is the text's
    headless = _is_lede_as_title(title)
    if headless:
        body_at, title = title_at, _title_from_lede(title)
    dated = {d.index for d in date_lines}
    body_at, shared = _past_caption_over_share_bar(kept, all_lines, title_at, body_at, dated)
    end = body.find_tail(all_lines, body_at, profile, generic)
    header_lines = range(_header_start(kept, title_at, dated, profile), body_at)

    footer = bylines.footer_meta(kept, all_lines, body_at, end, date_lines, profile)
    published, modified, date_note = datelines.pick_dates(
        kept, date_lines, impossible, header_lines, title_at, max(end, footer[1] if footer else 0)
    )
    if published is None and footer:
        # the meta block's own date, though other stories' dates follow it ("Related")
        signed = next((d for d in date_lines if d.index == footer[1] - 1), None)
        if signed is not None:
            published, date_note = signed.found, FieldNote("published", _FOOTER_DATE, 0.5)
    byline, byline_note = bylines.find_byline(
        kept, header_lines, title_at, date_lines, profile, generic
    )
    if not byline and footer:
        byline, byline_note = footer[0], FieldNote("byline", "the meta block under the body", 0.5)
    section, section_note = sections.find_section(
        kept, all_lines, header_lines, title_at, date_lines, profile, generic
    )
    # the headline printed again under its date ("Opinions", headline, "Published on",
    # headline): the section sits over its first printing
    first_at = _first_printing(kept, title_at)
    if section is None and first_at < title_at:
        over_first = range(_header_start(kept, first_at, dated, profile), first_at + 1)
        section, section_note = sections.find_section(
            kept, all_lines, over_first, first_at, date_lines, profile, generic
        )
    if section is not None and section == title:
        section = None  # the headline's first printing, over a caption, is no label
    below = (kept[i].text for i in range(title_at + 1, body_at))
    under = next((text for text in below if text and text != kept[title_at].text), "")
    source = _SOURCE_AND_LINK.match(under) if len(under) <= lines.SHORT else None
    if source:
        # "The Harbour Times Read Article" under a digest's headline: the paper it sums up
        section = None if section == under else section
        if not byline:
            byline = (source["name"],)
            byline_note = FieldNote("byline", "the source a digest links to", 0.6)
    if header.is_writer_and_affiliation(under):
        # "Pep Roe, Harbour University" under the headline: the writer and where they work
        section = None if section == under else section
        if not byline:
            byline = (under.partition(", ")[0],)
            byline_note = FieldNote("byline", "the writer and their workplace under the head", 0.6)
    is_trail = section_note.rule == "last crumb of the breadcrumb"
    if (
        footer
        and footer[2]
        and is_trail
        and sections.is_menu_item_over(all_lines, title_at, footer[2])
    ):
        section = None  # "Home Cronaca Politica Sport" over the headline was the menu
    if section is None and footer and footer[2]:
        section, section_note = footer[2], FieldNote("section", "the meta line under the body", 0.5)
    if section is None and (crumb := crumb_section([ln.text for ln in kept], title_at)):
        section, section_note = crumb, FieldNote("section", "the crumb before the headline", 0.6)
    if section is None and (posted := sections.posted_in_section(all_lines, body_at, end)):
        section, section_note = posted, FieldNote("section", "the post's 'Posted in' line", 0.6)
    notes += [byline_note, section_note]
    used = {*(() if headless else (title_at,)), *(d.index for d in date_lines)}
    paragraphs, captions, tags = body.split_body(
        kept, body_at, end, used, profile, generic, all_lines
    )
    tags = _meta_terms(kept, header_lines, profile, generic) + tags
    if footer:  # the meta block's credit line ("Reporter: Jo Roe") is no paragraph
        paragraphs = _without_credit_lines(paragraphs, footer[0], profile)
    paragraphs, lead_in = lede.split_standfirst(lede.drop_pull_quotes(paragraphs))
    paragraphs, picture = lede.split_plain_caption(paragraphs)
    if not lead_in and not byline:
        paragraphs, lead_in, writer = lede.split_signed_standfirst(paragraphs)
        if writer:
            byline = (writer,)
            notes[-2] = FieldNote("byline", "the writer's credit closing the standfirst", 0.6)
    if not byline:
        paragraphs, writers = lede.split_credit_under_opening(paragraphs, profile)
        if writers:
            byline = writers
            notes[-2] = FieldNote("byline", "the writer's credit under the opening paragraph", 0.6)
    paragraphs, glued = lede.unglue_lede(paragraphs, title)
    paragraphs, boxed = bylines.author_box_closing(paragraphs)
    if not byline and boxed:
        byline, notes[-2] = (boxed,), FieldNote("byline", "the writer's box under the story", 0.5)
    paragraphs, closing = bylines.closing_credit(paragraphs, profile)
    paragraphs, credit = bylines.drop_sign_off(paragraphs, profile)
    paragraphs = _without_entry_times(_without_page_marks(paragraphs, title))
    paragraphs = tuple(_without_read_on_link(p) for p in paragraphs)
    paragraphs = _without_opening_heading(_without_preview(_without_box_headings(paragraphs)))
    if not credit and end < len(kept):
        credit = bylines.reporters_of(kept[end].text)
    if not credit and not byline and body_at < len(kept):
        credit = bylines.release_signer(all_lines, kept[body_at].number)
    if not byline and credit:
        byline = lines.split_names(credit) or (credit,)  # "Jo Roe and Al Lee" are two
        notes[-2] = FieldNote("byline", "wire credit after the body", 0.6)
    if not byline and closing:
        byline, notes[-2] = closing, FieldNote("byline", "the writer credited under the body", 0.6)
    if not byline and (writer := bylines.closing_bio(paragraphs)):
        byline = (writer,)
        notes[-2] = FieldNote("byline", "the writer's bio closing the piece", 0.5)
    if not byline and (lone := bylines.dateline_with_writer(paragraphs))[1]:
        paragraphs, byline = lone[0], (lone[1],)
        notes[-2] = FieldNote("byline", "the writer on the dateline's own line", 0.6)
    if not byline and (unglued := bylines.unglue_byline(paragraphs))[1]:
        paragraphs, byline = unglued[0], (unglued[1],)
        notes[-2] = FieldNote("byline", "a name glued before the lede's dateline", 0.6)
    if not byline and (credit := bylines.bracketed_credit(paragraphs)):
        byline, notes[-2] = (credit,), _BRACKETED_NOTE
    if not byline and (credit := bylines.dateline_credit(paragraphs)):
        byline, notes[-2] = (credit,), FieldNote("byline", "credit in the lede's dateline", 0.6)
    if not byline and (named := bylines.closing_name(all_lines, paragraphs)):
        byline, notes[-2] = (named,), FieldNote("byline", "the writer named under the text", 0.5)
    if not byline and (boxed := bylines.author_box_about(all_lines, end)):
        byline, notes[-2] = (boxed,), FieldNote("byline", "the writer's box under the post", 0.6)
    if not byline and entry is not None:
        byline, notes[-2] = (entry["name"],), FieldNote("byline", "the blog's entry footer", 0.7)
    if not byline and (boxed := bylines.author_under_picture(all_lines, end)):
        byline, notes[-2] = (boxed,), FieldNote("byline", "the author box under the story", 0.6)
    if not byline and (cards := bylines.headshot_cards(all_lines, end)):
        byline, notes[-2] = cards, FieldNote("byline", "the writers' cards under the story", 0.6)
    # a caption printed twice (over and under its picture) is one caption
    # (one space between words, as a paragraph has: "… berth.  (Photo by …)")
    printed = (
        body.header_captions(kept, header_lines, profile, generic)
        + shared
        + glued
        + picture
        + captions
    )
    captions = tuple(
        dict.fromkeys(text_browser.without_picture_mark(" ".join(c.split())) for c in printed)
    )
    standfirst = lead_in or lede.standfirst(
        kept, title_at, body_at, date_lines, byline, section, profile, generic
    )
    if standfirst and not byline:  # the standfirst over the body, closed by its writer
        standfirst, writer = lede.split_signed_lead_in(standfirst)
        if writer:
            byline = (writer,)
            notes[-2] = FieldNote("byline", "the writer's credit closing the standfirst", 0.6)
    if not byline and standfirst and (credit := bylines.bracketed_credit((standfirst,))):
        byline, notes[-2] = (credit,), _BRACKETED_NOTE
    if not byline and not standfirst and len(paragraphs) > 2:
        # a magazine's deck, then "Jo Roe, Contributing Editor" over the body
        writer = _writer_and_role(paragraphs[1])
        if writer and _is_deck(paragraphs[0]):
            standfirst, paragraphs, byline = paragraphs[0], paragraphs[2:], (writer,)
            notes[-2] = FieldNote("byline", "the writer and their role under the deck", 0.6)
    paragraphs = _without_opening_note(_without_opening_bio(paragraphs, byline))
    if not paragraphs:
        raise Unparseable(kept[title_at].number, "no body text found after the title")
    warnings: tuple[str, ...] = ()
    date_source = "printed"
    if published is None and paragraphs:
        paragraphs, published = datelines.date_before_lede(paragraphs, profile, home_zone)
        if published is not None:
            date_note = FieldNote(
                "published", "a date before the lede (bracketed, or a release's dateline)", 0.7
            )
    if published is None and standfirst:
        # a digest's dated dateline over its items, read as its summary: "ZAGREB, 2. ožujka
        # 2012. (Hina) - Pregled vijesti …" over "POREČ - …"
        published = datelines.dated_dateline(standfirst, profile, home_zone)
        if published is not None:
            date_note = FieldNote("published", "the dated dateline over the text", 0.6)
    if published is None and entry is not None:
        published = _entry_date(entry, home_zone)
        if published is not None:
            date_note = FieldNote("published", "the blog's entry footer ('published on …')", 0.7)
    if published is None and end < len(kept) and bylines.is_first_published_note(kept[end].text):
        # "This report by The Canadian Press was first published May 5, 2022." under the story
        published = _note_date(kept[end].text, home_zone)
        if published is not None:
            date_note = FieldNote("published", "the wire's 'first published' note", 0.7)
    if published is None and (headed := _headline_date(title, profile, home_zone)) is not None:
        # "CEO Daily for January 19, 2018", "Remarks at the briefing – 21 June 2023": a
        # daily's or a briefing's headline ends with its day, when no dateline was copied
        published = headed
        date_note = FieldNote("published", "the day the headline ends with", 0.6)
    issue = datelines.print_issue_day(kept, home_zone) if published is None else None
    if issue is not None:
        # "From the March 4th 2023 edition" under the text: the day it was printed
        published = issue
        date_note = FieldNote("published", "no dateline: the day of its print issue", 0.5)
    captured = datelines.capture_day(stamp, home_zone) if stamp else None
    if published is None and captured is not None and not impossible and undated != "skip":
        # the archiving tool's stamp is the day it fetched the page: nearer the article's
        # day than the time the copy was saved to disk
        published, date_source = captured, "capture"
        date_note = FieldNote("published", "no date printed: the capture stamp's day", 0.3)
        warnings = (f"no publication date printed; dated by the capture stamp ({stamp})",)
    address = address_of.printed_address(kept)
    in_address = address_of.day_in_address(address, home_zone) if address else None
    if published is None and in_address is not None and not impossible and undated != "skip":
        # "Source: https://…/2026/11/27/…" pasted with the copy: the day the site filed it
        published, date_source = in_address, "address"
        date_note = FieldNote("published", "no date printed: the day in the page's address", 0.4)
        warnings = (f"no publication date printed; dated by the day in its address ({address})",)
    if published is None:
        published, date_note, warnings = datelines.undated(
            kept, impossible, file_time, undated, home_zone
        )
        date_source = "file"
    notes.append(date_note)
    words = sum(lines.word_count(p) for p in paragraphs)
    notes += _content_notes(modified, len(paragraphs), words, tags, captions, profile)
    notes.append(datelines.zone_note(published, profile))
    if date_source == "printed":
        warnings = datelines.assumed_zone_warning(published, profile, default_zone)
    if headless:
        warnings = (*warnings, "no headline printed; titled by the text's opening words")
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
        summary=_without_read_on_link(standfirst) if standfirst else standfirst,
        word_count=words,
        date_source=date_source,
        original_url=address,
    )


def _is_lede_as_title(title: str) -> bool:
    """The line taken as the headline is a paragraph of the text: a long sentence that
    ends with its full stop (no headline runs so long and closes so)."""
    closed = title.rstrip("\"'”’").endswith((".", "!"))
    return closed and lines.word_count(title) >= _LEDE_TITLE_WORDS


_LEDE_TITLE_WORDS = 15
# A dateline opening the lede ("KARACHI:", "DHAKA, Dec 1 (UNB) -"), not part of a title
_LEDE_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{1,30}(?:,[^:—–]{1,30})?\s*(?::|—|–|-)\s+(?=\S)")


def _title_from_lede(lede_text: str) -> str:
    """A title for a copy that printed none: the lede's first sentence, past its dateline,
    cut to a headline's length at a word."""
    text = _LEDE_DATELINE.sub("", lede_text, count=1)
    sentence = lede.SENTENCE_BREAK.split(text, maxsplit=1)[0].rstrip(".")
    words = sentence.split()
    if len(words) <= _LEDE_TITLE_CUT:
        return sentence
    return " ".join(words[:_LEDE_TITLE_CUT]).rstrip(",;:") + "…"


_LEDE_TITLE_CUT = 12


def _headline_date(title: str, profile: Profile, home_zone: str) -> dates.FoundDate | None:
    """The full day a headline ends with, after a dash, a colon, a comma or "for"."""
    found = _HEADLINE_DAY.search(title) or _DIGEST_DAY.search(title)
    if found is None:
        return None
    day = found["day"]
    try:
        on_day = dates.find_date(day, home_zone, dict(profile.zones))
    except dates.ImpossibleDate:
        return None
    return on_day if on_day is not None and dates.is_date_line(day, on_day) else None


_HEADLINE_DAY = re.compile(r"(?:\s[–—|-]\s|:\s|\sfor\s)(?P<day>[^–—|:]{6,40})$")
# "Mongolia Brief April 25, 2014": a digest's name, then its day with no mark between
_DIGEST_DAY = re.compile(
    r"\s(?i:" + "|".join(sorted(dates.DIGEST_WORDS)) + r")\s(?P<day>[^–—|:]{6,40})$"
)


def _without_transcript_labels(all_lines: list[Numbered]) -> list[Numbered]:
    """A TV station's page heads its video's transcript with the headline ("Speech to Text
    for Names released in crash"): the headline printed again, the page's only one when
    the copy starts there."""
    unlabelled = []
    for line in all_lines:
        # (a startswith first: the pattern's engine is slower to ask on every line)
        label = _TRANSCRIPT_LABEL.match(line.text) if line.text.startswith("Speech") else None
        unlabelled.append(Numbered(line.number, line.text[label.start(1) :]) if label else line)
    return unlabelled


_TRANSCRIPT_LABEL = patterns.compile_pattern(r"^Speech to Text for\s+(\S)", ignore_case=False)


# A script's template copied before it ran: a counter in brackets after the headline
# ("… than its predecessor ({{contentCtrl.commentsTotal}})"), or a line that is only a
# placeholder ("{{ article.author }}"). A template shown inside a sentence is the text's.
_PLACEHOLDER = re.compile(r"\s*\(\{\{[^{}]{1,80}\}\}\)|^\{\{[^{}]{1,80}\}\}$")


# A menu's and a search box's icons copied beside the paper's name on a phone ("☰ THE
# COURANT 🔍"): glyphs, no words of the line
_ICONS = "☰≡🔍🔎⋮⋯"
_EDGE_ICONS = re.compile(rf"^(?:[{_ICONS}]\s+)+|(?:\s+[{_ICONS}])+$")


def _without_icons(text: str) -> str:
    # (the icons sit at the line's ends: only those two characters need asking)
    at_edge = bool(text) and (text[0] in _ICONS or text[-1] in _ICONS)
    return _EDGE_ICONS.sub("", text) if at_edge else text


def _without_name_flag(text: str) -> str:
    """A writer's name with the flag or the mark they show beside it ("Jo Roe 🇺🇦", "By Jo
    Roe ✍️", as blogs and social profiles print it): the name; a headline ending in a flag
    or an emoji keeps it."""
    if not text or not _MARK_CHAR.match(text[-1]):
        return text
    name = _TRAILING_MARKS.sub("", text)
    return name if lines.looks_like_name(_BY_WORD.sub("", name)) else text


# A flag is a pair of regional indicator letters; a writer's mark a pictograph ("✍️", "📝"),
# with its emoji variation selector
_MARK_CHAR = re.compile("[\U0001f1e6-\U0001f1ff\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]")
_TRAILING_MARKS = re.compile(
    "(?:\\s*(?:[\U0001f1e6-\U0001f1ff]{2}|[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?))+$"
)
_BY_WORD = re.compile(r"^(?:By|by|BY)\s+")


def _cleaned_line(text: str) -> str:
    """A line without what the copy added to its words: icons' names, a name's flag, a
    template's placeholders, a label's hidden twin, a provider logo's alt text."""
    return _without_logo_alt(
        _undoubled(_unrendered(_without_name_flag(_without_icons(text.strip()))))
    )


def _unrendered(text: str) -> str:
    return _PLACEHOLDER.sub("", text).strip() if "{{" in text else text


def _without_credit_lines(
    paragraphs: tuple[str, ...], names: tuple[str, ...], profile: Profile
) -> tuple[str, ...]:
    short = (p for p in paragraphs if len(p) <= _FOOTER_CREDIT_CHARS)
    credits = {p for p in short if lines.byline_names(p, profile) == names}
    return tuple(p for p in paragraphs if p not in credits) if credits else paragraphs


# The longest line read as a writer's credit alone ("Reporter: Jo Roe, Courts")
_FOOTER_CREDIT_CHARS = 80


def _without_logo_alt(text: str) -> str:
    """A provider's badge as an aggregator prints it: its logo's alt text, then its name
    ("Harbour News logo Harbour News 3/21/2023"): what follows the names, its date (and
    its writers), is the line; the outlet is no headline, nor a section beside the date."""
    name, logo, rest = text.partition(" logo ")
    if not logo or not 0 < len(name) <= 60 or not rest.startswith(name):
        return text
    after = rest[len(name) :]
    if after[:1] not in ("", " "):
        return text
    # the writers after the day ("3/21/2023 Jo Roe, Al Lee"): set apart, as a bar would
    return _BADGE_DATE.sub(r"\g<day> | ", after.strip(), count=1)


# The day opening a provider's badge, with the writers' names after it
_BADGE_DATE = re.compile(r"^(?P<day>\d{1,2}/\d{1,2}/\d{4}) ")


def _undoubled(text: str) -> str:
    """A line copied twice over ("News DeskNews Desk": a label and its hidden twin)."""
    half = len(text) // 2
    if len(text) >= 8 and len(text) % 2 == 0 and text[:half] == text[half:]:
        return text[:half]
    return text


# A page's date run into the line above it as a copy pastes them: glued to the headline's
# last word ("… Delhi Metro propertyAugust 27, 2023 14:36"), or a labelled date after the
# standfirst's sentence ("… from Hindustan Times.india Updated: Dec 15, 2019 08:58 IST").
# The date is a line of its own: never part of the headline, and it dates the article.
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DATE_GLUED = patterns.compile_pattern(
    rf"^(?P<text>.*\S.*[a-z])(?P<date>(?:{_MONTH_WORD} \d{{1,2}},?|\d{{1,2}} {_MONTH_WORD})"
    r" \d{4}\b.{0,24})$",
    ignore_case=False,
)
# The day first, run into a word, is read only after a writer's name ("Jo Roe30 April
# 2020"): "Covid19 March 2020" is a word with a number in it.
_NAME_ENDING = patterns.compile_pattern(r"(?:^|\s)[A-Z][a-z'’-]+ [A-Z][\w'’-]*[a-z]$")
_DATE_LABELLED_AFTER = patterns.compile_pattern(
    r"^(?P<text>.*\S)\s+(?P<date>(?:Updated|Published|Posted|Last updated|Last modified)"
    r"(?: on)?:\s.{6,48})$",
    ignore_case=False,
)
# A labelled date may follow only a sentence's worth of words (a standfirst), not a byline
# ("Staff Reporter Published …" is read with its byline).
_WORDS_BEFORE_LABELLED = 8
_GLUED_MIN = len("Jo RoeMay 1, 2024")  # a name run into its date is short


def _join_hard_wraps(all_lines: list[Numbered]) -> list[Numbered]:
    """A copy whose paragraphs keep their hard line breaks, with no blank line between
    them (a release as a wire's mirror prints it: "The Coast Guard is searching for a" /
    "kayaker who …"): a line that goes on in lower case on the next line, or stops at a
    small word ("… asked to call the centre on" / "0800 …"), is one line with it; inside
    such a paragraph a line ending in no sentence goes on whatever the case of the next
    ("… says Senior Officer Jo" / "Roe."). Done only where the copy wraps so a few
    times: one such pair may be a heading over its text."""
    pairs = sum(_wraps_onto(a.text, b.text) for a, b in zip(all_lines, all_lines[1:], strict=False))
    if pairs < _WRAPS_SEEN:
        return _join_wrapped_pairs(all_lines)
    runs: list[tuple[int, list[str]]] = []  # each output line's number and its parts
    previous = ""  # the last physical line joined into the last run
    width = _column_width(all_lines)
    for line in all_lines:
        inside = bool(runs) and len(runs[-1][1]) > 1  # the last run is a wrapped paragraph
        opens = (
            len(runs) > 1
            and len(runs[-1][1]) == 1
            and _opens_paragraph(runs[-2][1], previous, width)
        )
        goes_on = _wraps_onto(previous, line.text) or (
            (inside or opens) and bool(line.text) and not _ends_sentence(previous)
        )
        if _BYLINE.match(line.text):
            goes_on = False  # "By JO ROE" under a headline set on two lines is its writer
        if runs and previous and goes_on:
            runs[-1][1].append(line.text)
        else:
            runs.append((line.number, [line.text]))
        previous = line.text
    return [Numbered(number, lines.join_wrapped(parts)) for number, parts in runs]


def _column_width(all_lines: list[Numbered]) -> int:
    """How long the copy's wrapped lines run: a print page's column, a mail's 72 letters."""
    pairs = zip(all_lines, all_lines[1:], strict=False)
    widths = sorted(len(a.text) for a, b in pairs if _wraps_onto(a.text, b.text))
    return widths[len(widths) // 2] if widths else 0


def _opens_paragraph(before: list[str], text: str, width: int) -> bool:
    """A paragraph's first line, as wide as the column and ending in no sentence, right
    under a wrapped paragraph that ended one (a print page with no blank between its
    paragraphs: "… to the quay." / "Work on the new pontoon at" / "Kelsby Point starts
    …"): it goes on, whatever the case of the next line. A crosshead is short."""
    if len(before) < 2 or not _ends_sentence(before[-1]) or lines.word_count(text) < 3:
        return False
    return len(text) * _FULL_LINE[1] >= width * _FULL_LINE[0]


def _join_wrapped_pairs(all_lines: list[Numbered]) -> list[Numbered]:
    """A block of two lines alone between blank lines, the second going on in lower case:
    one line broken in two, as a headline set on two lines is copied ("Bakery chain to
    open" / "twelve shops in the north"). A line in capitals over one in lower case is a
    masthead over its slogan ("THE PENLEY PIPER" / "community news since 1988")."""
    joined: list[Numbered] = []
    index = 0
    while index < len(all_lines):
        line = all_lines[index]
        pair = all_lines[index : index + 2]
        is_alone = (index == 0 or not all_lines[index - 1].text) and (
            index + 2 >= len(all_lines) or not all_lines[index + 2].text
        )
        if len(pair) == 2 and is_alone and _is_line_broken_in_two(line.text, pair[1].text):
            joined.append(Numbered(line.number, f"{line.text} {pair[1].text}"))
            index += 2
            continue
        joined.append(line)
        index += 1
    return joined


def _is_line_broken_in_two(text: str, after: str) -> bool:
    # opening with a capital (two lower-case lines are chrome: "skip past newsletter
    # promotion" / "after newsletter promotion"), going on in plain words (a reading app's
    # "courier.example · by Jo Roe · 5 min" under a headline is its credit line)
    if text.isupper() or not text[:1].isupper() or lines.word_count(text) < 2:
        return False
    return bool(_PLAIN_WORDS.fullmatch(after)) and after[:1].islower() and _wraps_onto(text, after)


_PLAIN_WORDS = re.compile(r"[^\W\d_][\w ,'’-]*[.!?]?")


def _wraps_onto(text: str, after: str) -> bool:
    if not text or not after or _ends_sentence(text) or lines.word_count(after) < 2:
        return False
    if _LOWER_BYLINE.match(after):
        return False  # "by Jo Roe" under a headline: its writer, not its words going on
    words = lines.word_count(text)
    if after[:1].islower():
        return words >= 2
    last = text.rsplit(None, 1)[-1].lower()
    return words >= 3 and last in lines.RUN_ON_WORDS and after[:1].isalnum()


def _ends_sentence(text: str) -> bool:
    # a quote closed after a comma goes on: '"… still uses,"' / 'said Ray Oduya.'
    return text.endswith(_SENTENCE_ENDS) and not text.endswith(lines.QUOTE_GOES_ON)


_LOWER_BYLINE = re.compile(r"^by (?:[A-Z][\w.'’-]*\s?){1,4}$")
_BYLINE = re.compile(r"^(?:by|By|BY) (?:[A-Z][\w.'’-]*\s?){1,4}$")
# A line this share of the column's width (9/10) fills it: the words went on below.
_FULL_LINE = (9, 10)
_SENTENCE_ENDS = (".", "!", "?", ":", ";", "”", '"', "’", ")", "।", "։", "።", "။", "។")
# How many wrapped pairs show a copy keeps its hard line breaks.
_WRAPS_SEEN = 3


def _split_wide_cells(all_lines: list[Numbered]) -> list[Numbered]:
    """A page's head copied as one line, its blocks parted by runs of spaces ("Science
    Telescope finds a planet   By Greta Roe   December 1, 2026"): a line each, when one
    of three blocks or more is the writer's line or a date (a menu's links, parted so
    too, are not; nor a dateline and the room it was given in, two blocks)."""
    out: list[Numbered] = []
    for line in all_lines:
        parts = _WIDE_GAP.split(line.text) if "   " in line.text else []
        is_head = len(parts) >= _HEAD_CELLS and any(map(_is_cell_meta, parts))
        if len(line.text) <= lines.SHORT and is_head:
            out += [Numbered(line.number, part) for part in parts]
        else:
            out.append(line)
    return out


_WIDE_GAP = re.compile(r" {3,}")
_HEAD_CELLS = 3
_BY_CELL = re.compile(r"^By\s+[A-Z]")


def _is_cell_meta(part: str) -> bool:
    if _BY_CELL.match(part):
        return True
    return len(part) <= _DATE_CELL_CHARS and dates.is_date_line(
        part, dates.find_date(part, "UTC", {})
    )


_DATE_CELL_CHARS = 60


def _unglue_dates(all_lines: list[Numbered]) -> list[Numbered]:
    out: list[Numbered] = []
    for line in all_lines:
        # a headline and its date run together are never short: most lines are not asked
        is_candidate = _GLUED_MIN <= len(line.text) <= lines.SHORT
        split = _glued_date(line.text) if is_candidate else None
        if split is None:
            out.append(line)
        else:
            out += [Numbered(line.number, split[0]), Numbered(line.number, split[1])]
    return out


def _glued_date(text: str) -> tuple[str, str] | None:
    """(the line's text, the date run into it), or None."""
    glued = _DATE_GLUED.match(text)
    labelled = None if glued else _DATE_LABELLED_AFTER.match(text)
    if labelled and lines.word_count(labelled["text"]) < _WORDS_BEFORE_LABELLED:
        return None
    found = glued or labelled
    if found is None:
        return None
    date = found["date"].strip()
    if date[0].isdigit() and not _NAME_ENDING.search(found["text"]):
        return None
    if not dates.is_date_line(date, dates.find_date(date, "UTC", {})):
        return None
    return found["text"].rstrip(), date


def _split_dated_headlines(all_lines: list[Numbered]) -> list[Numbered]:
    """ "Apr. 6, 2017 - Hospital staff win state awards": an institution's page prints
    the day before its headline on one line; they are read as a dateline and a headline
    on lines of their own (a lede's "March 3, 2024 - The council voted …." stays whole)."""
    out: list[Numbered] = []
    for line in all_lines:
        around = dates.split_at_date(line.text) if len(line.text) <= lines.SHORT else None
        if around is None or around[0].strip():
            out.append(line)
            continue
        head = _DASH_HEAD.match(around[1])
        if head and 4 <= lines.word_count(head["head"]) <= _DATED_HEAD_WORDS:
            date = line.text[: len(line.text) - len(around[1])]
            out += [Numbered(line.number, date.strip()), Numbered(line.number, head["head"])]
        else:
            out.append(line)
    return out


def _split_section_datelines(all_lines: list[Numbered]) -> list[Numbered]:
    """ "GÜNDEM 08.11.2024 14:05:00 2": a portal prints the section's label in capitals
    before the day and the clock on one line; they are read as the label and the dateline
    on lines of their own (a label of date words, "UPDATED 24.03.2025", or a city's name
    filing the story stays whole)."""
    out: list[Numbered] = []
    for line in all_lines:
        found = _CAPS_LABEL_DATE.match(line.text) if len(line.text) <= lines.SHORT else None
        label = found["label"] if found else ""
        is_label = label.isupper() and dates.remove_dates(label) == label
        if found and is_label and label.lower() not in sections.PLACES:
            out += [Numbered(line.number, label), Numbered(line.number, found["date"])]
        else:
            out.append(line)
    return out


# One to three words in capitals, then a day in figures: "GÜNDEM 08.11.2024 14:05:00"
_CAPS_LABEL_DATE = re.compile(
    r"^(?P<label>[^\W\d_]{3,}(?: [^\W\d_]{2,}){0,2}) (?P<date>\d{1,2}[./]\d{1,2}[./]\d{4}\b.*)$"
)


def _split_source_headlines(all_lines: list[Numbered]) -> list[Numbered]:
    """ "Source: Kestrel Robotics Corporation Kestrel: New Line Opens": a release wire's page
    runs the issuer's label into the headline; they are read as lines of their own (the
    company's name ends on its legal form)."""
    out: list[Numbered] = []
    for line in all_lines:
        found = _SOURCE_HEAD.match(line.text) if line.text.startswith("Source: ") else None
        if found and lines.word_count(found["head"]) >= 3 and len(line.text) <= lines.SHORT:
            out += [Numbered(line.number, found["label"]), Numbered(line.number, found["head"])]
        else:
            out.append(line)
    return out


# The issuer's label, its name ending on a legal form, then the headline (bounded repeats)
_SOURCE_HEAD = re.compile(
    r"^(?P<label>Source: (?:[A-Z][\w&.'’-]*\s){1,5}?(?:Corporation|Corp\.|Inc\.|Ltd\.?|Limited"
    r"|Group|Holdings|PLC|plc|LLC|AG|N\.V\.|S\.A\.|Co\., Ltd\.))\s+(?P<head>[A-Z\"“‘'].+)$"
)


# After the date, a dash, then a headline: capitalised, no closing full stop.
_DASH_HEAD = re.compile(r"^\s+[-–—]\s+(?P<head>[A-Z“\"‘'].*[^.\s])$")
_DATED_HEAD_WORDS = 20


def _join_drop_caps(all_lines: list[Numbered]) -> None:
    """A paragraph's first letter set large on its own line ("P", then "resident Jo
    Roe said …"): copied, it is a line of its own; the word is whole again."""
    for at, line in enumerate(all_lines):
        if len(line.text) != 1 or not line.text.isupper():
            continue
        after = next(
            (i for i in range(at + 1, min(at + 3, len(all_lines))) if all_lines[i].text), None
        )
        if after is not None and all_lines[after].text[:1].islower():
            all_lines[after] = Numbered(all_lines[after].number, line.text + all_lines[after].text)
            all_lines[at] = Numbered(line.number, "")


def _drop_ai_summary(all_lines: list[Numbered]) -> None:
    """A machine-written summary box over the story ("Resumen automático generado con
    Inteligencia Artificial", "AI-generated summary"), its paragraph under the label: the
    page's, not the writer's text."""
    for at, line in enumerate(all_lines):
        if not _AI_SUMMARY.match(line.text):
            continue
        # the box's paragraph: the first long line under the label (past a button or two)
        after = next(
            (i for i in range(at + 1, min(len(all_lines), at + 8)) if len(all_lines[i].text) > 80),
            None,
        )
        if after is not None:
            all_lines[after] = Numbered(all_lines[after].number, "")


_AI_SUMMARY = re.compile(
    r"^(?:Resumen (?:automático )?generado (?:con|por) (?:la )?(?:Inteligencia Artificial|IA)"
    r"|Resumo (?:automático )?gerado (?:com|por) (?:a )?(?:Inteligência Artificial|IA)"
    r"|(?:This )?(?:summary|article summary) (?:was )?generated (?:by|with)"
    r" (?:AI|artificial intelligence)"
    r"|AI[- ]generated summary|AI summary)\.?$",
    re.IGNORECASE,
)


def _join_split_rows(all_lines: list[Numbered]) -> None:
    """A meta row copied one item to a line, its separators alone between them
    ("Interviews", "|", "4 May 2014", "|", "11:24"): one row again, as it was printed."""
    for at in range(1, len(all_lines) - 1):
        before, after = all_lines[at - 1].text, all_lines[at + 1].text
        if (
            all_lines[at].text in _ROW_SEPARATORS
            and 0 < len(before) <= _ROW_ITEM
            and 0 < len(after) <= _ROW_ITEM
        ):
            all_lines[at + 1] = Numbered(all_lines[at + 1].number, f"{before} | {after}")
            all_lines[at - 1] = Numbered(all_lines[at - 1].number, "")
            all_lines[at] = Numbered(all_lines[at].number, "")


def _join_crumb_list(all_lines: list[Numbered]) -> None:
    """A breadcrumb copied as a list, one crumb to a line with its arrow ("1. Home >",
    "2. Opinion >", "3. <headline>"): one trail again, "Home > Opinion > <headline>"."""
    at = 0
    while at < len(all_lines):
        run = at
        while run < len(all_lines) and _CRUMB_ITEM.match(all_lines[run].text):
            run += 1
        if run - at >= 2 and run < len(all_lines) and 0 < len(all_lines[run].text) <= 160:
            items = [
                m["crumb"] for i in range(at, run) if (m := _CRUMB_ITEM.match(all_lines[i].text))
            ]
            last = _CRUMB_NUMBER.sub("", all_lines[run].text)
            all_lines[run] = Numbered(all_lines[run].number, " > ".join([*items, last]))
            for i in range(at, run):
                all_lines[i] = Numbered(all_lines[i].number, "")
        at = max(run, at + 1)


def _unlabel_trails(all_lines: list[Numbered]) -> None:
    """A breadcrumb under its label, "You are here: Opinion >> <headline>": the trail
    alone, from its home ("Home >> Opinion >> <headline>"), so its crumb names the section
    (the label alone, or over no trail, stays the furniture it is)."""
    for at, line in enumerate(all_lines):
        if not line.text.startswith("You are here"):
            continue
        match = _TRAIL_LABEL.match(line.text)
        if match is None:
            continue
        trail, mark = match["trail"], match["mark"]
        home = "" if trail.startswith(("Home", "HOME")) else f"Home {mark} "
        all_lines[at] = Numbered(line.number, f"{home}{trail}")


# "You are here: News » Asia » <headline>": the label, then crumbs with their separator
_TRAIL_LABEL = re.compile(
    r"^You are here\s*:\s*(?P<trail>[^\W\d][^>»›|]{0,40}?\s(?P<mark>>>|>|»|›|\|)\s.{2,200})$"
)
_CRUMB_ITEM = re.compile(r"^(?:\d{1,2}\.\s*)?(?P<crumb>[^\W\d][^>›»]{0,38}?)\s*[>›»]$")
_CRUMB_NUMBER = re.compile(r"^\d{1,2}\.\s*")
_ROW_SEPARATORS = frozenset({"|", "•", "·"})
_ROW_ITEM = 80


def _join_lone_by(all_lines: list[Numbered]) -> None:
    """ "By" on a line of its own, the writer's linked name on the next: one byline."""
    for at, line in enumerate(all_lines[:-1]):
        after = all_lines[at + 1]
        further = all_lines[at + 2].text if at + 2 < len(all_lines) else ""
        if further == after.text or further.lower() == "and":
            continue  # writers one to a line, each printed twice: bylines reads the list
        # "Por" and "Par" alone as Spanish, Portuguese and French pages print the label
        label = line.text.rstrip(":").lower()
        if label in _LONE_BY and 0 < len(after.text) <= _LONE_BY_NAME:
            all_lines[at + 1] = Numbered(after.number, f"{_LONE_BY[label]} {after.text}")
            all_lines[at] = Numbered(line.number, "")


def _join_lone_date_labels(all_lines: list[Numbered]) -> None:
    """ "Updated" on a line of its own over its date, then "Published" over its own
    ("Updated" / "Nov 02, 2026, 04:10 PM" / "Published" / "Nov 02, 2026, 01:45 PM"): each
    label joined to the date under it, or the first bare date (the update) reads as the
    publication."""
    for at, line in enumerate(all_lines[:-1]):
        after = all_lines[at + 1]
        if not _LONE_DATE_LABEL.match(line.text) or not 0 < len(after.text) <= _LONE_DATE_TEXT:
            continue
        if not dates.is_date_line(after.text, dates.find_date(after.text, None, {})):
            continue  # only a date joins its label, never a line of text naming a day
        all_lines[at + 1] = Numbered(after.number, f"{line.text.rstrip(': ')} {after.text}")
        all_lines[at] = Numbered(line.number, "")


# The labels a page prints over its dates, alone on their line (English, as pages print them)
_LONE_DATE_LABEL = re.compile(
    r"^(?:Published|Updated|Last updated|Posted|First published|Modified|Last modified)"
    r"(?: on)?\s*:?$",
    re.IGNORECASE,
)
# The longest line a lone date label is joined to: a date, its clock and its zone.
_LONE_DATE_TEXT = 60


# A broadcaster's dateline on a line of its own, its dash waiting for the lede under it:
# "HALLETT TOWNSHIP, Ore. (KBAY) —" (the place in capitals, the station in brackets)
_STATION_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*){0,3}(?:, [A-Z][A-Za-z.]{1,12}(?: [A-Z][a-z.]+)?)?"
    r" \([A-Z][A-Za-z0-9 -]{1,24}\) ?(?:–|—|-{1,2})$"
)


def _join_lone_dateline(all_lines: list[Numbered]) -> None:
    """The station's dateline alone, the lede's sentence on the next line with text: one
    paragraph, as the page prints it ("SALTMARSH, Texas (WKRB) — Police are …")."""
    for at, line in enumerate(all_lines):
        if not _STATION_DATELINE.match(line.text):
            continue
        below = next((i for i in range(at + 1, len(all_lines)) if all_lines[i].text), None)
        if below is None or not header.is_body_prose(all_lines[below].text):
            continue  # a headline or a byline under it: no lede to open
        all_lines[below] = Numbered(all_lines[below].number, f"{line.text} {all_lines[below].text}")
        all_lines[at] = Numbered(line.number, "")


_LONE_BY = {"by": "By", "por": "Por", "par": "Par"}
_BRACKETED_NOTE = FieldNote("byline", "credit in brackets opening the lede", 0.6)
# The longest name line a lone "By" is joined to: a name, an affiliation, a service.
_LONE_BY_NAME = 120


def _drop_writer_blurbs(kept: list[Numbered], date_lines: list[lines.DateLine]) -> None:
    """A column's writer printed alone, then one sentence about them over the date ("Priya
    Roy" / "Priya Roy is a transport economist." / "November 30, 2026"): the blurb belongs
    to the writer's credit, as the date does, and is no paragraph of the column."""
    dated = {d.index for d in date_lines}
    for index in dated:
        above = [i for i in range(index - 1, max(-1, index - 4), -1) if kept[i].text][:2]
        if len(above) < 2:
            continue
        blurb, name = kept[above[0]].text, kept[above[1]].text
        about = blurb.startswith(f"{name} ") and blurb[len(name) + 1 :].startswith(_BLURB_VERBS)
        if about and lines.looks_like_name(name) and lines.word_count(blurb) <= _BLURB_WORDS:
            kept[above[0]] = Numbered(kept[above[0]].number, "")


_BLURB_VERBS = ("is ", "was ", "writes ", "has been ", "teaches ", "covers ", "leads ")
_BLURB_WORDS = 40


def _drop_alt_texts(kept: list[Numbered], profile: Profile, generic: Profile) -> None:
    """A photo's alt text printed just before its caption, which repeats it with the
    credit ("… on Saturday." then "… on Saturday. | Photo Credit: …"), is the picture's,
    not a paragraph: it leaves the text as the caption does. So does a one-sentence
    caption whose credit follows on its own line ("Firefighters at the scene." then
    "Image: Jo Bloggs/Photowire.ie"), and a caption of a few short sentences with its
    credit on the very next line ("A crowd. Stock concept." then "Image Credits: Jo Roe")."""
    for at, line in enumerate(kept):
        text = line.text
        if not text or len(text) > lines.SHORT:
            continue
        # the next printed line, however many chrome lines (blank by now) sit between
        after = next((ln.text for ln in kept[at + 1 :] if ln.text), "")
        is_prefix = len(after) > len(text) and after.startswith(text)
        is_credit_next = bool(_CREDIT_ONLY.match(after))
        # a paragraph is parted from what follows by a blank line; a caption and its
        # credit sit on adjacent lines under the picture
        is_adjacent = at + 1 < len(kept) and kept[at + 1].text == after
        is_credited = (
            len(text) <= CAPTION_CHARS
            and text.endswith(".")
            and is_credit_next
            and (is_adjacent or not lede.SENTENCE_BREAK.search(text))
        )
        is_alt_text = is_prefix and lines.is_caption(after, profile, generic)
        is_picture_line = is_alt_text or is_credited or _is_caption_under_framed_alt(kept, at)
        if is_picture_line or _is_quoted_title(text, kept, at, profile, generic):
            kept[at] = Numbered(line.number, "")


def _is_caption_under_framed_alt(kept: list[Numbered], at: int) -> bool:
    """The picture's visible caption, a few words and no sentence, under its alt text
    framed by the credit ("Getty Images A crowd outside the hallGetty Images" / "The
    crowd outside the hall"): the picture's, as the alt text is."""
    text = kept[at].text
    if len(text) > CAPTION_CHARS or lines.ends_like_prose(text) or lines.word_count(text) < 3:
        return False
    before = next((ln.text for ln in reversed(kept[:at]) if ln.text), "")
    return lines.is_framed_by_credit(before)


def _is_quoted_title(
    text: str, kept: list[Numbered], at: int, profile: Profile, generic: Profile
) -> bool:
    """A video's title under its player's prompt, which quotes it ("Click to play video:
    'Storm floods the valley'" then "Storm floods the valley"): the player's, no paragraph."""
    before = next((ln.text for ln in reversed(kept[:at]) if ln.text), "")
    quoted = any(f"{o}{text}{c}" in before for o, c in _QUOTE_PAIRS)
    return quoted and lines.is_caption(before, profile, generic)


_QUOTE_PAIRS = (("'", "'"), ("‘", "’"), ('"', '"'), ("“", "”"))


# How far below the headline a picture's shortened headline may sit.
ECHO_REACH = 6


def _join_headline_wrap(
    kept: list[Numbered], title_at: int, date_lines: list[lines.DateLine], profile: Profile
) -> None:
    """A headline the page set on two lines, the second going on in lower case right
    under the first ("Glacier retreat speeds up" / "in the eastern range, survey finds"):
    one headline. A line in lower case that ends a sentence, or names a writer or a date,
    is no part of it."""
    below = title_at + 1
    if below >= len(kept) or below in {d.index for d in date_lines}:
        return
    head, rest = kept[title_at].text, kept[below].text
    if not rest[:1].islower() or head.endswith(_HEADLINE_STOPS) or _ends_sentence(rest):
        return
    if any(mark in rest for mark in _NOT_IN_HEADLINE_WRAP):
        return  # "northshoreweekly.example · by …", "segoudepeches.net": the site's line
    words = lines.word_count(rest)
    if not _WRAP_WORDS[0] <= words <= _WRAP_WORDS[1] or lines.byline_names(rest, profile):
        return  # "door Femke van der Hoeven", "di Matteo Guidetti": the writer, in lower case
    if lines.word_count(head) + words > _WRAPPED_HEADLINE_WORDS:
        return
    kept[title_at] = Numbered(kept[title_at].number, f"{head} {rest}")
    kept[below] = Numbered(kept[below].number, "")


# The second line of a wrapped headline: a few words; the whole: a headline's length.
_WRAP_WORDS = (2, 12)
_WRAPPED_HEADLINE_WORDS = 24
_HEADLINE_STOPS = (*_SENTENCE_ENDS, ",", "-", "–", "—", "|")
_NOT_IN_HEADLINE_WRAP = (".", "·", "•", "|", "/", "@", "#")


def _drop_headline_echoes(kept: list[Numbered], title_at: int) -> None:
    """The headline cut short under the headline ("Over 150 Evicted in 'MCI OPS'" under
    "Over 150 Evicted in 'MCI OPS' in Tagabe") names its picture: alt text or caption,
    not the lede."""
    title = kept[title_at].text
    for at in range(title_at + 1, min(len(kept), title_at + ECHO_REACH)):
        text = kept[at].text
        is_cut = text != title and title.startswith(text) and lines.word_count(text) >= 3
        # an aggregator's note of where it took the story: "Source: <headline> | <Paper>"
        is_source_note = text.startswith(f"Source: {title} |")
        if text and (is_cut or is_source_note):
            kept[at] = Numbered(kept[at].number, "")


def _note_date(text: str, home_zone: str) -> dates.FoundDate | None:
    try:
        return dates.find_date(text, home_zone, {})
    except dates.ImpossibleDate:
        return None  # "first published February 31": no date, and no reason to refuse


# How long a line printed twice running may be and still be a picture's or a box's.
TWICE_WORDS = 20


def _without_box_headings(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """A short line printed twice running inside the text is no paragraph of the story:
    a box's heading and its link's hidden twin ("Australia's drought crisis" twice, over
    the box's blurb), a picture's alt text and its caption ("Hannah Thaxter." twice)."""
    twice = {
        a
        for a, b in zip(paragraphs, paragraphs[1:], strict=False)
        if a == b and lines.word_count(a) <= TWICE_WORDS
    }
    return tuple(p for p in paragraphs if p not in twice) if twice else paragraphs


def _without_opening_heading(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """A few words that end no sentence over the story's first sentence ("Ferry fares to
    rise in spring" over "The island's ferry company said on Monday …"): another story's
    headline linked at the top of the text, or a box's, not the story's first paragraph."""
    if len(paragraphs) < 3 or lines.word_count(paragraphs[0]) > OPENING_HEADING_WORDS:
        return paragraphs
    first, lede_text = paragraphs[0], paragraphs[1]
    if lines.ends_like_prose(first) or first.endswith(":") or lede.is_greeting(first):
        return paragraphs
    if not header.is_body_prose(lede_text):
        return paragraphs
    return paragraphs[1:]


# The longest linked headline over the text's first sentence.
OPENING_HEADING_WORDS = 12


def _without_preview(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """A metered paywall's preview: the story's opening paragraph printed over the offer
    box and again under it, where the story starts (the box's lines are chrome): the first
    print is no paragraph of the story. Only a paragraph longer than a box's heading."""
    first = paragraphs[0] if len(paragraphs) > 2 else ""
    # (printed exactly twice: a text repeating itself throughout stays whole)
    if lines.word_count(first) > TWICE_WORDS and first in paragraphs[1:PREVIEW_REACH]:
        return paragraphs[1:] if paragraphs.count(first) == 2 else paragraphs
    return paragraphs


# How far under the preview the story's own first paragraph may be printed again.
PREVIEW_REACH = 6


def _without_entry_times(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """A rolling page's stamps between its entries ("11:20 pm", "+++ 08:30 Uhr +++",
    "Posted at 10:14", "88 min") are no paragraphs: a clock alone says nothing."""
    kept = tuple(p for p in paragraphs if not _ENTRY_TIME.match(p))
    return kept or paragraphs


_ENTRY_TIME = re.compile(
    r"^(?:\+{2,3}\s*)?(?:(?:posted|updated|published) at\s+)?\d{1,2}[:.h]\d{2}"
    r"(?:\s*(?:[ap]\.?\s?m\.?|uhr|h|[A-Z]{2,4}))?(?:\s*\+{2,3})?$"
    # a match's minute: "88 min", "90+3 min", "45'"
    r"|^\d{1,3}(?:\+\d{1,2})?\s*(?:min|mins|['’])$",
    re.IGNORECASE,
)


def _without_page_marks(paragraphs: tuple[str, ...], title: str) -> tuple[str, ...]:
    """The headline printed again over the text (with a full stop, on a blog; under a
    logo's letters, "TT") is no paragraph of it, nor are those letters."""
    paragraphs = tuple(p for p in paragraphs if len(p) > 2) or paragraphs
    again = title.rstrip(".").lower()
    for at, paragraph in enumerate(paragraphs[:2]):
        if paragraph.rstrip(".").lower() == again and len(paragraphs) > at + 1:
            return paragraphs[:at] + paragraphs[at + 1 :]
    return paragraphs


def _without_read_on_link(paragraph: str) -> str:
    """ "… down about 7% this year. Continue reading": a syndicated excerpt's link to the
    rest, run onto the paragraph's last sentence, is no part of it."""
    bracketed = lines.READ_ON_BRACKET.search(paragraph) if paragraph.endswith("]") else None
    if bracketed and bracketed.start() > 0:
        return paragraph[: bracketed.start()].rstrip()  # "… erano lì da prima [Continua]"
    if not paragraph.endswith(_READ_ON_ENDS):
        return paragraph
    cut = _READ_ON_LINK.search(paragraph)
    return paragraph[: cut.start() + 1] if cut else paragraph


# (how such a line ends: most paragraphs end otherwise, and the pattern is not asked)
_READ_ON_ENDS = ("reading", "Reading", "story", "Story", "article", "more", "More", "…", "...")
_READ_ON_LINK = re.compile(
    r"[.!?”\"’]\s*(?:Continue reading|Keep reading|Read the full (?:story|article)|Read more)"
    r"\s*(?:…|\.\.\.)?$"
)


# The longest caption sentence over its credit line; a lede runs longer.
CAPTION_CHARS = 150
# ("Photo: Jo Roe", "Image credits: …", "Photo by Jo Roe/Agency", "Screenshot by Jo Roe")
_CREDIT_ONLY = re.compile(
    r"^(?:Image|Photo|Picture|Photograph|Screenshot|Screen ?grab)s?(?:(?: credits?| by)?\s*:| by)"
    r"\s*\S[^.]{0,60}(?:\.[a-z]{2,6})?$",
    re.IGNORECASE,
)


# Some tools stamp only the month ("date 2020-12"): still the capture's, cut from the
# headline, but no day to date a copy by.
_STAMP = re.compile(r"^date (?P<day>\d{4}-\d{2}(?:-\d{2})?)\b\s*")


# A Movable Type blog's box under the post: "This page contains a single entry by Jo Roe
# published on March 2, 2009 9:58 AM." The theme's sentence, never the post's: it names
# the writer and the date where the head printed neither.
_ENTRY_FOOTER = re.compile(
    r"^This page contains a single entry by "
    r"(?P<name>[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,4}) published on (?P<date>[^.]{6,40})\.?$"
)


def _take_entry_footer(all_lines: list[Numbered]) -> re.Match[str] | None:
    """The entry footer's match, its line blanked (it is no paragraph of the post)."""
    for at, line in enumerate(all_lines):
        if line.text.startswith("This page contains a single entry by "):
            found = _ENTRY_FOOTER.match(line.text)
            if found:
                all_lines[at] = Numbered(line.number, "")
                return found
    return None


def _entry_date(entry: re.Match[str], home_zone: str) -> dates.FoundDate | None:
    try:
        return dates.find_date(entry["date"], home_zone, {})
    except dates.ImpossibleDate:
        return None


def _drop_stamp(all_lines: list[Numbered], profile: Profile, generic: Profile) -> str | None:
    """Some archiving tools put a "date 2024-03-01" stamp before the page's text: the
    capture's, not the article's, and never part of the headline. Returns its day. (It
    opens the first printed line; a prompt or a menu pasted above it may come first,
    however many of their lines there are.)"""
    printed = islice((at for at, line in enumerate(all_lines) if line.text), _STAMP_SCAN)
    unfurnished = (
        at for at in printed if not lines.is_chrome(all_lines[at].text, profile, generic)
    )
    for at in islice(unfurnished, _STAMP_REACH):
        stamp = _STAMP.match(all_lines[at].text)
        if stamp:
            all_lines[at] = Numbered(all_lines[at].number, all_lines[at].text[stamp.end() :])
            return stamp["day"]
    return None


_STAMP_REACH = 5
# ... among how many printed lines, chrome included (a page of menus is still a page).
_STAMP_SCAN = 80


def _past_caption_over_share_bar(
    kept: list[Numbered], all_lines: list[Numbered], title_at: int, body_at: int, dated: set[int]
) -> tuple[int, tuple[str, ...]]:
    """One sentence under the dated byline, then the share bar ("Share this article"),
    then the lede opening in capitals ("GARDAÍ are …"): the sentence is the lead picture's
    caption (the bar sits under the picture, over the story; a lede in capitals opens it).
    Returns where the text starts and the caption."""
    if body_at >= len(kept) or not any(title_at < i < body_at for i in dated):
        return body_at, ()
    caption = kept[body_at].text
    if lines.word_count(caption) > _CAPTION_WORDS or len(lede.SENTENCE_BREAK.findall(caption)):
        return body_at, ()
    after = next((i for i in range(body_at + 1, len(kept)) if kept[i].text), None)
    if after is None or not header.is_body_prose(kept[after].text):
        return body_at, ()
    if not _opens_in_capitals(kept[after].text) or _opens_in_capitals(caption):
        return body_at, ()
    between = (all_lines[i].text for i in range(body_at + 1, after))
    if not any(_SHARE_BAR.match(text) for text in between):
        return body_at, ()
    return after, (caption,)


_CAPTION_WORDS = 30


def _opens_in_capitals(text: str) -> bool:
    """A print lede's first word in capitals: "GARDAÍ are …", "COUNCILLORS have …"."""
    first = text.split(maxsplit=1)[0].strip(".,:;'’\"“")
    return len(first) >= _CAPITAL_LETTERS and first.isalpha() and first.isupper()


_CAPITAL_LETTERS = 3
_SHARE_BAR = re.compile(r"^Share(?: this (?:article|story|page|post))?:?$", re.IGNORECASE)


def _locate_title(
    kept: list[Numbered],
    all_lines: list[Numbered],
    date_lines: list[lines.DateLine],
    chrome: set[int],
    profile: Profile,
    generic: Profile,
) -> tuple[int, FieldNote, int]:
    """The headline, how it was found, and the line the body cannot start before (the
    lede under a caption in another script, when the headline is found above it)."""
    texts = [line.text for line in kept]
    skip = {d.index for d in date_lines}
    raw = [line.text for line in all_lines]
    head = header.find_head(texts, raw, skip, chrome, profile, generic)
    if head is not None:
        crumbed = crumb_title(texts, head.title_at)
        if crumbed is not None:
            return crumbed, FieldNote("title", "the headline a breadcrumb ends with", 0.8), 0
        floor = head.body_at if head.rule == header.IN_BODY_SCRIPT else 0
        return head.title_at, FieldNote("title", head.rule, head.confidence), floor
    title_at = _find_title(kept, profile, generic)
    if title_at is None:
        raise Unparseable(1, "no title found (expected a headline line before the body)")
    return title_at, FieldNote("title", "first headline-shaped line", 0.5), 0


def _find_title(kept: list[Numbered], profile: Profile, generic: Profile) -> int | None:
    """The first line shaped like a headline: not a label, date, byline or known section;
    but first, a headline of two words right over its "By" line ("Budget day")."""
    over_byline = _short_title_over_byline(kept, profile)
    if over_byline is not None:
        return over_byline
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
        if header.is_doubled_label(text):  # "Media Center Media Center": a menu's label
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


def _short_title_over_byline(kept: list[Numbered], profile: Profile) -> int | None:
    """Two or three words over a "By Jo Roe" line, before any prose: a headline too short
    to be shaped like one (a label sits over a headline, not over its writer)."""
    printed = [i for i, line in enumerate(kept) if line.text]
    for at, index in enumerate(printed[:-1]):
        text = kept[index].text
        if header.is_body_prose(text):
            return None
        below = kept[printed[at + 1]].text
        if not below.lower().startswith("by ") or not lines.byline_names(below, profile):
            continue
        words = text.split()
        is_short = 2 <= len(words) <= 3 and text[:1].isupper() and not lines.looks_like_name(text)
        is_label = all(word.lower() in sections.SECTION_WORDS for word in words)
        if is_short and text.replace(" ", "").isalpha() and not is_label:
            return index
    return None


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


def _first_printing(kept: list[Numbered], title_at: int) -> int:
    """Where the headline is first printed, a few lines up; `title_at` if only there."""
    reach = range(title_at - 1, max(-1, title_at - _REPRINT_REACH), -1)
    return min((i for i in reach if kept[i].text == kept[title_at].text), default=title_at)


# How far above the headline its first printing may be (its date and labels between).
_REPRINT_REACH = 8


# A digest's or an aggregator's link to the story it sums up, after the source's name
_SOURCE_AND_LINK = re.compile(
    r"^(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4}) (?i:read (?:the )?(?:full |original )?"
    r"(?:article|story|post)|view (?:the )?(?:article|story)|go to (?:the )?(?:article|story))$"
)


def _writer_and_role(text: str) -> str | None:
    """The writer's name and their role after a comma ("Jo M. Roe, Contributing Editor"),
    a magazine's credit line; None for other lines."""
    name, comma, role = text.partition(", ")
    if not comma or len(text) > _CREDIT_LINE or lines.word_count(name) > 4:
        return None
    if not lines.looks_like_name(name) or not header.is_role(role) or lines.ends_like_prose(role):
        return None
    return name


_CREDIT_LINE = 60


def _is_deck(text: str) -> bool:
    """One sentence, a few dozen words at most: a deck, not the story's opening paragraphs."""
    return lines.word_count(text) <= _DECK_WORDS and ". " not in text.rstrip(" .")


_DECK_WORDS = 50


_FOOTER_DATE = "the date in the meta block under the body"


def _header_start(kept: list[Numbered], title_at: int, dated: set[int], profile: Profile) -> int:
    """Two non-blank lines above the headline still belong to the article (a kicker, a
    dateline printed first); further up is the masthead. A post's meta list over its
    headline ("• Jo Roe", "• Oct 3, 2025", "• 2 min read") counts its writer: the date
    and the reading time under the name use none of the two. A date's label on a line of
    its own over the date ("আপডেট" over "১৪-০৭-২০২০, ১৫:৪৮") is one dateline with it."""
    seen = 0
    boxed = lines.summary_box_over(kept, title_at)  # a summary box counts as one line
    for index in range(title_at - 1, -1, -1):
        if index in boxed:
            continue
        text = kept[index].text
        is_meta = index in dated or _READING_TIME.match(text)
        if text and index + 1 in dated and header.is_bare_date_label(text, profile):
            continue
        if text and not (is_meta and text.startswith(("•", "·"))):
            seen += 1
            if seen == 2:
                return index
    return 0


_READING_TIME = re.compile(r"^[•·]\s*\d{1,3}\s?min(?:ute)?s?\s+read$", re.IGNORECASE)


def _meta_terms(
    kept: list[Numbered], header_lines: range, profile: Profile, generic: Profile
) -> tuple[str, ...]:
    """The categories a blog's "posted by Jane Roe in Oakfield, fire." or "Filed Under
    >Politics, Society" under its headline files the post under."""
    for index in header_lines:
        text = kept[index].text
        meta = lines.meta_byline(text) if text else None
        if meta is not None and meta.terms:
            return meta.terms
        listed = lines.tag_list(text, profile, generic) if text else None
        if listed:
            return listed
    return ()


def _without_opening_bio(paragraphs: tuple[str, ...], byline: tuple[str, ...]) -> tuple[str, ...]:
    """ "Jo Roe is a retired professor of hydrology." over a column: the writer's line
    about themselves under the byline, not the column's first paragraph (at the end of
    the piece it stays, as papers print it there as part of the text)."""
    if len(paragraphs) < 2 or not byline:
        return paragraphs
    first = paragraphs[0]
    is_bio = any(first.startswith((f"{name} is ", f"{name} was ")) for name in byline)
    one_sentence = first.count(". ") == 0 and lines.word_count(first) <= _BIO_WORDS
    return paragraphs[1:] if is_bio and one_sentence else paragraphs


_BIO_WORDS = 40


def _without_opening_note(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """ "Editor's note: This story is part of our series …", "This article was originally
    published by …" over the text: the publisher's note, not the story's first paragraph."""
    if len(paragraphs) < 2 or lines.word_count(paragraphs[0]) > _NOTE_WORDS:
        return paragraphs
    return paragraphs[1:] if _OPENING_NOTE.match(paragraphs[0]) else paragraphs


_NOTE_WORDS = 60
_OPENING_NOTE = re.compile(
    r"^(?:Editor[’']?s note|Editors[’']? note|A note from the editors?|Note from the editor)\s*:"
    r"|^This (?:article|story|piece|post) (?:was|is|first) (?:originally |first )?"
    r"(?:published|appeared|republished)\b"
    r"|^(?:This (?:article|story) is )?republished (?:from|with permission)\b",
    re.IGNORECASE,
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


_COPYRIGHT = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<name>[^.|©]{3,60}?)\s*(?:\d{4}\s*)?(?:[.,|–-]\s*)?(?:(?:all rights reserved"
    # the notice in continental editions: "Todos los derechos reservados", "Riproduzione
    # riservata", "Alle Rechte vorbehalten", "Wszelkie prawa zastrzeżone", …
    r"|todos los derechos reservados|todos os direitos reservados|tous droits réservés"
    r"|alle rechte vorbehalten|riproduzione riservata|tutti i diritti riservati"
    r"|wszelkie prawa zastrzeżone|alle rechten voorbehouden|všechna práva vyhrazena"
    r"|alla rättigheter förbehållna)\.?)?$",
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
