"""The section of a plain-text copy: a known section, a kicker, an archive heading, a
breadcrumb's last crumb or a short label beside the headline."""

from __future__ import annotations

import re
from itertools import islice

from site_gen.core.model import FieldNote
from site_gen.parse import dates, head_marks, header, lines
from site_gen.parse.head_marks import is_letter_spaced
from site_gen.parse.header import (
    clean_title,
    is_banner_line,
    is_bare_date_label,
    is_body_prose,
    is_writer_and_affiliation,
)
from site_gen.parse.lines import Numbered
from site_gen.parse.profiles import Profile

# How far above the headline a blog's archive heading ("All posts in …") may sit.
ARCHIVE_REACH = 24


def find_section(
    kept: list[Numbered],
    all_lines: list[Numbered],
    header: range,
    title_at: int,
    date_lines: list[lines.DateLine],
    profile: Profile,
    generic: Profile,
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
    desk = head_marks.desk_after_headline(kept[title_at].text)
    if desk:
        return desk, FieldNote("section", "the desk after the headline in the page's title", 0.7)
    over = next((kept[i].text for i in above if kept[i].text), "")
    if lines.is_column_kicker(over):
        return over, FieldNote("section", "the column's name over the headline", 0.6)
    filed = _dateline_section(kept, date_lines, header, title_at, profile)
    if filed:
        return filed, FieldNote("section", "a label on the dateline", 0.7)
    # A blog's archive heading names the category, however far above the post it sits.
    listing = range(title_at - 1, max(-1, title_at - ARCHIVE_REACH), -1)
    archive = next((a for i in listing if (a := archive_section(all_lines[i].text))), None)
    if archive:
        return archive, FieldNote("section", "the blog archive the post is listed in", 0.6)
    crumb = _breadcrumb(all_lines, title_at, kept[title_at].text, profile)
    if crumb:
        return crumb, FieldNote("section", "last crumb of the breadcrumb", 0.7)
    named = _section_named_label(kept, all_lines, header, title_at, profile, generic)
    if named:
        return _last_of_glued(named), FieldNote("section", "a label named like a section", 0.6)
    dated = {d.index for d in date_lines}
    # A short label next to the headline is the section ("kicker") on most layouts.
    after = [i for i in range(title_at + 1, header.stop) if kept[i].text][:2]
    # a bare date printed over the headline ("3.12.2026") sits between it and its kicker;
    # over a labelled one ("Updated 12 December 2019") sits the page's furniture
    bare_dates = {d.index for d in date_lines if not d.is_labelled}
    above_title = range(title_at - 1, header.start - 1, -1)
    # an alert's banner ("AMBER WARNING: Heavy rain") between the label and the headline
    boxed = lines.summary_box_over(kept, title_at)
    before = [
        i
        for i in above_title
        if kept[i].text
        and i not in bare_dates
        and i not in boxed
        and not is_banner_line(kept[i].text)
    ][:2]
    nearest = kept[before[0]].text if before else ""
    if before and not (_is_writers(nearest, profile) or lines.is_report_kind(nearest)):
        # over the writers' line above the headline, the label above it; over "Match
        # report" (a kind of story), the section above it
        before = before[:1]
    # a page that prints each line twice (a hidden twin) prints its section twice too: not
    # a badge nor a menu item, when the headline under it is doubled as well
    if before and _is_printed_twice(kept, title_at) and _is_printed_twice(kept, before[0]):
        twin = kept[before[0]].text
        if _is_label(twin, profile, kicker=True) and not _is_writers(twin, profile):
            return twin, FieldNote("section", "a label printed twice over the headline", 0.5)
    over_dates = _kicker_over_date_block(kept, all_lines, before, dated, profile)
    if over_dates is not None:
        return over_dates, FieldNote("section", "menu item repeated over the datelines", 0.5)
    paired = _section_of_pair(kept[before[0]].text, profile, generic) if before else None
    paired = paired or (_lone_crumb(kept[before[0]].text, profile) if before else None)
    if paired:
        return paired, FieldNote("section", "the section before the topic over the headline", 0.6)
    for index in after[:1] + before + after[1:]:
        if index in dated or index > title_at and _is_writers_place(kept, index, profile):
            continue
        if is_bare_date_label(kept[index].text, profile):
            continue  # "আপডেট" over "১৪-০৭-২০২০, ১৫:৪৮": the date's label, no section
        if index > title_at and _is_picture_or_role(kept, index, profile, generic):
            continue
        if index > title_at and is_writer_and_affiliation(kept[index].text):
            continue  # "Jo Roe, Rajshahi" under the headline: the writer and his town
        if lines.writer_beside_paper(kept[index].text):
            continue  # "Westshire Herald - Jo Roe": the credit, no label
        if _MINISTERS_OFFICE.match(kept[index].text):
            continue  # "Minister for Transport" under the minister's name: a role, no label
        if _TOWN_AND_STATE.match(kept[index].text):
            continue  # "Boston, MA" over the headline: the local edition's town, no label
        if index > title_at and _ISSUER_INITIALS.fullmatch(kept[index].text):
            title_words = kept[title_at].text.replace("’", " ").replace("'", " ").split()
            if kept[index].text in title_words:
                continue  # "UNICEF" under "UNICEF Executive Director's remarks …": the issuer
        if index < title_at and _is_papers_name_atop(kept[index].text, all_lines, index):
            continue  # "Cape Coastal News" atop the copy, over the headline: the paper
        if index < title_at and _is_under_temperature(kept, index):
            continue  # "6 C" / "New York": the weather box's place atop the page, no section
        if lines.tag_list(kept[index].text, profile, generic):
            continue  # "#Transport #NightLife": the topics, read as tags
        if generic is not None and _is_tail_label(kept[index].text, profile, generic):
            continue  # "Join the conversation" over a comment count: no section
        text = kept[index].text
        if generic is not None and lines.is_caption(text, profile, generic):
            continue  # a picture's credit by the headline ("Courtesy of Fortune"): no label
        if _is_over_and_under(kept, text, title_at, below):
            continue  # the lead picture's credit, printed over the headline and under it
        if index < title_at and is_letter_spaced(text):
            # one space between letters: a section name keeps no runs of spaces
            return " ".join(text.split()), FieldNote("section", "a heading in spaced capitals", 0.6)
        if index < title_at and _is_masthead_over_menu(all_lines, index, title_at):
            continue  # the site's name on the page's first line, its menu under it
        is_menu_item = index < title_at and _is_in_menu(all_lines, index, profile)
        # "Politics / Business / Sport / Business / <headline>": the page repeats the item
        # of its section over the headline, as the kicker
        nearest_above = bool(before) and index == before[0]
        if is_menu_item and nearest_above and _is_repeated_kicker(kept, all_lines, index, profile):
            return text, FieldNote("section", "menu item repeated over the headline", 0.5)
        if is_menu_item and nearest_above and _is_crumbs_under_buttons(all_lines, index):
            return text, FieldNote("section", "last crumb under the page's buttons", 0.5)
        if is_menu_item or index < title_at and _SPACED_DASH.search(text):
            continue  # a menu item; "Essayer OR - Gratuit": a site's name and its tagline
        filed_in = _FIRST_FILED_IN.match(text)
        if filed_in:  # "First published in News", as local papers print it under the headline
            return filed_in["name"].strip(), FieldNote(
                "section", "the section it was filed in", 0.6
            )
        # under the headline and over the writers, "Virginia News" is the desk, as over it
        over_writers = index in after[:1] and _is_over_writers(kept, index, profile)
        is_kicker = index < title_at or over_writers
        if index > title_at and not over_writers and _is_lead_in(kept, index):
            continue  # "Fire destroys two houses" over the story's prose: its first subhead
        if _is_label(text, profile, kicker=is_kicker) and not _is_badge(kept, index):
            label = _last_of_glued(_without_trailing_separator(text))
            return label, FieldNote("section", "short label beside the title", 0.5)
        if before and index == before[0] and _is_kicker_over_writer(kept, index, below, profile):
            return text, FieldNote(
                "section", "a kicker over the headline, its writer under it", 0.5
            )
    return None, FieldNote("section", "none found", 0.0)


def _is_kicker_over_writer(
    kept: list[Numbered], index: int, below: range, profile: Profile
) -> bool:
    """ "Happy Founding Anniversary" over the headline is shaped like a name, but the
    writer's own name is printed under the headline: the line over it is its kicker."""
    text = kept[index].text
    if not lines.looks_like_name(text) or lines.word_count(text) < _KICKER_NAME_WORDS:
        return False
    if text.isupper() or text.split()[0].lower() == "the":
        return False  # "THE MORNING BRIEF", "The Harbour Telegraph": the masthead's name
    if not _is_label(text.lower().capitalize(), profile, kicker=True):
        return False  # a label's other tests, asked of it in sentence case (no name)
    under = (kept[i].text for i in below if kept[i].text)
    return any(t != text and lines.looks_like_name(t) for t in under)


# A kicker of one or two capitalised words over a name may be a writer's name too
_KICKER_NAME_WORDS = 3


_ISSUER_INITIALS = re.compile(r"[A-Z]{2,8}")
# A minister's office, as a media release prints it under the minister's name
# A town and its US state's postal code, as a local feed prints the edition over a story
_TOWN_AND_STATE = re.compile(
    r"^[A-Z][a-z]+(?:[ .'-]{1,2}[A-Z][a-z]+){0,3}, "
    r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI"
    r"|S[CD]|T[NX]|UT|V[AT]|W[AIVY])$"
)
_MINISTERS_OFFICE = re.compile(
    r"^(?:Deputy |Acting |Assistant |Shadow |Associate )?"
    r"(?:Prime Minister|Minister|Secretary of State)"
    r"(?: (?:for|of) [A-Z].{0,80})?$"
)


def _is_tail_label(text: str, profile: Profile, generic: Profile) -> bool:
    return lines.word_count(text) <= _TAIL_LABEL_WORDS and lines.is_tail_marker(
        text, profile, generic
    )


_TAIL_LABEL_WORDS = 4


def _is_over_and_under(kept: list[Numbered], text: str, title_at: int, below: range) -> bool:
    """The same short line just over the headline and again in the lines under it."""
    over = (kept[i].text for i in range(max(0, title_at - 3), title_at))
    return text in over and any(kept[i].text == text for i in below)


# Places of more than one word, which papers name sections after and which are shaped
# like a person's name ("South Africa" over a headline), and those printed as initials
# ("U.S.", shaped like a name's); one-word places are no names.
PLACES = frozenset(
    place.strip().lower()
    for place in """
    South Africa, New Zealand, United States, United Kingdom, Sri Lanka, Saudi Arabia,
    North Korea, South Korea, Hong Kong, Costa Rica, Puerto Rico, El Salvador, Ivory Coast,
    Czech Republic, Papua New Guinea, Sierra Leone, Burkina Faso, United Arab Emirates,
    South Sudan, Dominican Republic, Trinidad and Tobago, Bosnia and Herzegovina,
    North Macedonia, East Timor, Latin America, Middle East, North America, South America,
    Central America, East Africa, West Africa, Southern Africa, North Africa, South Asia,
    Southeast Asia, Central Asia, East Asia, Western Australia, South Australia,
    New South Wales, Northern Territory, Northern Ireland, New York, New Jersey,
    New Mexico, New Hampshire, North Carolina, South Carolina, North Dakota, South Dakota,
    West Virginia, Rhode Island, British Columbia, Nova Scotia, New Brunswick, Tamil Nadu,
    West Bengal, Uttar Pradesh, Madhya Pradesh, Andhra Pradesh, Himachal Pradesh,
    Jammu and Kashmir, Gilgit Baltistan, Khyber Pakhtunkhwa, Kuala Lumpur, Abu Dhabi,
    Cape Town, Los Angeles, San Francisco, Rio de Janeiro, Buenos Aires, Mexico City,
    São Paulo, Belo Horizonte, Porto Alegre, Ciudad de México, Santiago de Chile, La Paz,
    San José, Santo Domingo, San Juan, Mar del Plata, Nueva York, Nova York, New Delhi,
    U.S., U.K., U.A.E., D.C., N.Y.
    """.split(",")
)

# The last word of labels that name a section on most sites ("Delhi News", "Ghana
# Politics", "State And Regional", "Latest News").
SECTION_WORDS = frozenset(
    "news politics sport sports business economy opinion world national international"
    " regional local entertainment lifestyle technology tech science health education"
    " culture environment features county".split()
)


# The last word of a club's, a university's or a company's page over its headline ("First
# Team", "Campus Research", "Press Releases"): no person is named so.
def _is_news_label(text: str) -> bool:
    """ "News Feed", "Новини Києва": two or three words, not a masthead in capitals ("NEWS
    AGENCY OF NIGERIA") nor an agency's name."""
    words = text.lower().split()
    return len(words) <= 3 and not text.isupper() and not {"agency", "of"} & set(words)


_SITE_ADDRESS = re.compile(r"(?:^|\s)[A-Za-z0-9-]{2,40}\.[a-z]{2,6}(?:,|$)")
# "News" in the region's languages, opening a section's name ("Новости Казахстана")
_NEWS_FIRST = frozenset(
    "news новости новини вести вијести жаңалықтар naujienos uudised ziņas vijesti vesti"
    " lajme ειδήσεις νέα wiadomości zprávy správy hírek știri ştiri xəbərlər yangiliklar"
    " жаңылыктар мэдээ".split()
)
_DESK_WORDS = frozenset(
    "team squad academy research releases stories insights events interviews reviews review"
    " community campus club announcements corner".split()
)
# The topic a desk is named for, last in a kicker over the headline ("National Security",
# "Climate Crisis", "Ukraine War", "Premier League"): no person's surname
_TOPIC_DESK_ENDS = frozenset(
    "security crisis war affairs policy markets energy immigration housing defense defence"
    " diplomacy league".split()
)


# "… | Published in Features, Weekend", "Filed in: Politics"
_FILED_IN = re.compile(
    r"^(?:published|posted|filed)\s+(?:in|under)\s*:?\s+(?P<name>[^,]{2,40})", re.IGNORECASE
)


_FIRST_FILED_IN = re.compile(
    r"^(?:first\s+)?(?:published|posted|filed)\s+(?:in|under)\s*:?\s+(?P<name>[A-Z][^,]{1,40})$",
    re.IGNORECASE,
)


def _dateline_section(
    kept: list[Numbered],
    date_lines: list[lines.DateLine],
    header: range,
    title_at: int,
    profile: Profile,
) -> str | None:
    """The category a dateline names beside the date ("13 November 2019 | Local News",
    "Saturday 2 January 2021 | Written by … | Published in Features, Weekend"), or the
    kicker dated above the headline ("ARGENTINA | 02-02-2018 18:15")."""
    for line in date_lines:
        text = kept[line.index].text
        filed_after = lines.filed_after_date(text) if line.is_labelled else None
        if line.index in header and filed_after:
            return filed_after  # "Published on May 9, 2021 under Youth Football"
        desk = _desk_before_date(text, line) if line.index in header else None
        desk = desk or (_word_before_date(text, line, profile) if line.index in header else None)
        if desk:
            return desk  # "All News 13:43 October 05, 2016", "Physics 11 December 2018"
        if line.index not in header or not _META_PARTS.search(text) or len(text) > lines.SHORT:
            continue
        parts = [p.strip() for p in _META_PARTS.split(text)]
        desk = _page_title_desk(parts, clean_title(kept[title_at].text))
        if desk:
            return desk  # "<headline> | News | DW | 07.11.2021"
        if _is_label_and_reading_time(parts, profile):
            return parts[0]  # "Business · 2 min read · 30 Nov 2026, 3:05 pm", either side
        for part in parts:  # "Jo Roe | 21 July 2020 | News", "By Jo Roe • Politics • …"
            filed = _FILED_IN.match(part)
            if filed:
                return filed["name"].strip()
            words = part.split()
            if 1 < len(words) <= 3 and words[-1].lower() in SECTION_WORDS and _is_plain(part):
                return part
            # "Jo Roe | 21 July 2020 | News": the one word after a writer and a date
            is_word = len(words) == 1 and words[0].lower() in SECTION_WORDS and _is_plain(part)
            if is_word and (lines.is_meta_bar(text, profile) or _is_date_and(text, part, profile)):
                return part
            if line.index < title_at and part.isupper() and _is_label(part, profile):
                return part
        # "Interviews | 4 May 2014 | 11:24" over the headline: the label that opens a row
        # of nothing but it, the day and the clock
        first, _, rest = text.partition("|")
        first = first.strip()
        if (
            line.index < title_at
            and first
            and not any(c.isdigit() for c in first)
            and lines.word_count(first) <= 3
            and _is_label(first, profile, kicker=True)
            and dates.is_date_line(rest, line.found)
        ):
            return first
    return None


def _desk_before_date(text: str, line: lines.DateLine) -> str | None:
    """A wire's desk run into the clock and the day it filed, no bar between ("All News
    13:43 October 05, 2016", "World News 09:10 March 3, 2020"): a label of a few plain
    words that ends in a section's word, and nothing after it but the date."""
    match = _LABEL_BEFORE_FIGURES.match(text)
    if match is None or match["label"].split()[-1].lower() not in SECTION_WORDS:
        # "News February 24, 2022": the figures are the day's, after its month's name
        return _desk_before_month(text, line)
    label = match["label"]
    is_dated = dates.is_date_line(text[match.end() :], line.found)
    return label if is_dated and _is_plain(label) else None


def _word_before_date(text: str, line: lines.DateLine, profile: Profile) -> str | None:
    """A section of one word printed right before the day, spaced or run into it
    ("Physics 11 December 2018", "Política27/01/2024 infotec"): not the date's own word (a
    weekday, a month, "Updated"), and nothing after it but the date and a short credit."""
    match = _WORD_BEFORE_DAY.match(text)
    if match is None:
        return None
    word = match["word"]
    if dates.is_date_word(word) or lines.date_label(word, profile) or lines.is_relative_date(word):
        return None
    if word.lower() in _DAY_NAMES:
        return None  # "Wtorek 3 marca 2026", "Ieri 12/03/2026": the day, named
    return word if dates.is_date_line(text[match.start("day") :], line.found) else None


# Weekdays and "today", "yesterday" in the languages the dates module reads without naming
# them itself (Portuguese, Italian, Dutch, Nordic, Slavic, Baltic, Turkish, Romanian,
# Hungarian, Tagalog): a dateline opens with them, a section never does.
_DAY_NAMES = frozenset(
    """segunda terça terca quarta quinta sexta sábado sabado domingo lunedì martedì mercoledì
    giovedì venerdì sabato domenica maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag
    poniedziałek wtorek środa czwartek piątek sobota niedziela ponedjeljak ponedeljak
    utorak srijeda sreda četvrtak petak subota nedjelja nedelja pondělí úterý středa čtvrtek
    pátek neděle pondelok utorok streda štvrtok piatok nedeľa pirmadienis antradienis
    trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis pirmdiena otrdiena
    trešdiena ceturtdiena piektdiena sestdiena svētdiena esmaspäev teisipäev kolmapäev
    neljapäev reede laupäev pühapäev
    pazartesi salı çarşamba perşembe cuma cumartesi pazar luni marți miercuri joi vineri
    sâmbătă duminică hétfő kedd szerda csütörtök péntek szombat vasárnap lunes martes
    miyerkules huwebes biyernes linggo hoy ayer hoje ontem oggi ieri heute gestern vandaag
    gisteren idag igår dzisiaj wczoraj danas jučer juče dnes včera bugün dün azi ieri
    """.split()
)
# One capitalised word (no place in capitals, no comma before the day), then the day's figures
# (the whole day follows, its month in figures or in letters: "Portal24.ro" and "Page 12"
# name no section)
_WORD_BEFORE_DAY = re.compile(
    r"^(?P<word>[A-ZÁÉÍÓÚÑÇ][a-záéíóúñçàèìòùâêôãõü]{3,}) ?"
    r"(?P<day>\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|\s[^\W\d_]{3,12}\.?,?\s\d{4}))"
)


def _desk_before_month(text: str, line: lines.DateLine) -> str | None:
    """The desk run into a day spelt with its month's name ("News February 24, 2022",
    "World News March 3, 2020"): a few plain words ending in a desk's word, nothing after
    the day. (A weekday, a place or a date's label there is no desk: none ends so.)"""
    if line.is_labelled:
        return None
    split = dates.split_at_date(text)
    if split is None or split[1].strip(" ,|-–—"):
        return None
    label = split[0].strip(" ,|-–—")
    words = label.lower().split()
    if not 1 <= len(words) <= _DESK_BEFORE_MONTH_WORDS or not _is_plain(label):
        return None
    if not all(w in SECTION_WORDS or w in _DESK_ADJECTIVES for w in words[:-1]):
        return None  # "Eastport News March 2, 2024": a paper's name, not a desk's
    last = words[-1]
    is_desk = last in SECTION_WORDS or last in _DESK_WORDS or last in _TOPIC_DESK_ENDS
    return label if is_desk and label[:1].isupper() and not label.isupper() else None


_DESK_BEFORE_MONTH_WORDS = 3
# The words that name a desk, not a paper, before a section's word ("Latest News")
_DESK_ADJECTIVES = frozenset("all latest top breaking metro state city local".split())


_LABEL_BEFORE_FIGURES = re.compile(r"^(?P<label>[A-Z][A-Za-z&'’-]*(?: [A-Za-z&'’-]+){0,2}) (?=\d)")


# The parts of a meta row: "Politics | 3 min read | …", "Health • 4 min read • …"
_META_PARTS = re.compile(r"\s*\|\s*|\s+[·•]\s+")
_READING_TIME = re.compile(r"^\d{1,3}\s?min(?:ute)?s?\.? read$", re.IGNORECASE)


def _page_title_desk(parts: list[str], headline: str) -> str | None:
    """The desk in a page's title printed as a dateline: the headline, its desk, the
    site's name, the day ("<headline> | News | DW | 07.11.2021"); the site's name is
    never the section."""
    named = [p for p in parts[1:] if p and not any(c.isdigit() for c in p)]
    if parts[0] != headline or len(named) < 2 or lines.word_count(named[0]) > 3:
        return None
    return named[0] if _is_plain(named[0]) else None


# A magazine's kicker, its section and the piece's topic: "Leaders | Rail policy",
# "Finance & economics | Free exchange"; a masthead before the bar is the paper's name
_SECTION_AND_TOPIC = re.compile(
    r"^(?P<section>[A-Z][^|\d]{1,28}?)\s\|\s(?P<topic>[A-Z][^|\d]{1,38})$"
)
_MASTHEAD_WORD = re.compile(
    r"\b(?:News|Times|Post|Herald|Courier|Journal|Tribune|Gazette|Daily|Weekly|Magazine)\b"
)


def _section_of_pair(text: str, profile: Profile, generic: Profile) -> str | None:
    """The section of a "Section | Topic" kicker right over the headline; None if the line
    is not one (a writer and the paper, a date, a masthead, two links: "Home | News",
    "Sign in | Subscribe")."""
    pair = _SECTION_AND_TOPIC.match(text)
    if pair is None or lines.read_date_line_safe(text, profile):
        return None
    section, topic = pair["section"].strip(), pair["topic"].strip()
    if lines.word_count(section) > 3 or lines.word_count(topic) > 4:
        return None
    if (
        _MASTHEAD_WORD.search(section)
        or _is_writers(section, profile)
        or _is_writers(topic, profile)
    ):
        return None
    if any(_is_home_or_page(p) or _is_tool(p, profile, generic) for p in (section, topic)):
        return None
    return section if _is_label(section, profile, kicker=True) else None


# A breadcrumb copied as an ordered list of one item, the section: "1. Long reads"
_LONE_CRUMB = re.compile(r"^1\.\s+(?P<crumb>[A-Z][^\d|>›»]{1,38})$")


def _lone_crumb(text: str, profile: Profile) -> str | None:
    """The section of a one-item crumb list right over the headline; None if not one."""
    crumb = _LONE_CRUMB.match(text)
    if crumb is None or _is_writers(crumb["crumb"], profile):
        return None
    return crumb["crumb"] if _is_label(crumb["crumb"], profile, kicker=True) else None


def _is_tool(text: str, profile: Profile, generic: Profile) -> bool:
    """A link of the page's tools rather than a section: "Sign in", "Print", "Facebook"."""
    return lines.is_chrome(text, profile, generic) or text.lower() in _TOOL_WORDS


_TOOL_WORDS = frozenset(
    {"login", "log in", "sign in", "register", "print", "email", "share", "facebook", "twitter"}
)


def _is_label_and_reading_time(parts: list[str], profile: Profile) -> bool:
    """A mobile page's one meta row: the section first, then the reading time and the
    date ("Health • 4 min read • December 1, 2026 • 8:30 AM")."""
    if len(parts) < 3 or not any(_READING_TIME.match(p) for p in parts[1:]):
        return False
    first = parts[0]
    if any(c.isdigit() for c in first) or lines.word_count(first) > 3:
        return False
    return _is_label(first, profile, kicker=True) and not _is_writers(first, profile)


def _is_date_and(text: str, part: str, profile: Profile) -> bool:
    """ "Jun 3, 2021 | Education": the date and the one word, nothing else on the line."""
    parts = [p.strip() for p in text.split("|")]
    others = [p for p in parts if p != part]
    return len(parts) == 2 and len(others) == 1 and lines.read_date_line_safe(others[0], profile)


def _is_picture_or_role(
    kept: list[Numbered], index: int, profile: Profile, generic: Profile
) -> bool:
    """A short line under the headline that belongs to the lead picture or to the writer,
    not a section: the picture's alt text or credit beside its caption ("Senate plenary"
    after "… at the Senate plenary today"; "Newspaper reader" over "A reader …" over "Photo
    credit: …"), or the writer's role under the byline ("By Jo Roe" then "Regional affairs
    expert")."""
    text = kept[index].text
    before = list(islice((kept[i].text for i in range(index - 1, -1, -1) if kept[i].text), 1))
    after = list(islice((kept[i].text for i in range(index + 1, len(kept)) if kept[i].text), 2))
    if before and before[0].startswith("By ") and _is_writers(before[0], profile):
        return True
    if before and lines.PICTURE_LABEL.match(before[0]):
        return True  # "Photo:" alone on its line, the picture's credit on the next
    # one word ("World", "Football") is as often a kicker over the lead picture: only a
    # caption right beside it makes it the picture's
    is_one_word = lines.word_count(text) < 2
    near = before + after[:1] if is_one_word else before + after
    if not is_one_word and any(_contains_words(other, text) for other in near):
        return True
    return any(lines.is_caption(other, profile, generic) for other in near)


def _contains_words(line: str, label: str) -> bool:
    """Whether `line`, longer, holds the words of `label` in a row."""
    words, wanted = line.lower().split(), label.lower().split()
    return len(words) > len(wanted) and any(
        words[at : at + len(wanted)] == wanted for at in range(len(words) - len(wanted) + 1)
    )


def _is_printed_twice(kept: list[Numbered], index: int) -> bool:
    """The line also on the next or previous printed line ("South Africa's power elite"
    twice under "South Africa" twice)."""
    near = islice((kept[i].text for i in range(index + 1, len(kept)) if kept[i].text), 1)
    far = islice((kept[i].text for i in range(index - 1, -1, -1) if kept[i].text), 1)
    return kept[index].text in (*near, *far)


def _is_badge(kept: list[Numbered], index: int) -> bool:
    """A name printed on two lines running (a logo's text and its link, "Newstalk" twice
    under the standfirst): the outlet's or the writer's badge, not a section."""
    near = [i for i in range(index - 1, -1, -1) if kept[i].text][:1]
    near += [i for i in range(index + 1, len(kept)) if kept[i].text][:1]
    return any(kept[i].text == kept[index].text for i in near)


def _is_writers(text: str, profile: Profile) -> bool:
    return bool(lines.byline_names(text, profile) or lines.name_list(text))


def _is_over_writers(kept: list[Numbered], index: int, profile: Profile) -> bool:
    below = next((kept[i].text for i in range(index + 1, len(kept)) if kept[i].text), "")
    return bool(lines.byline_names(below, profile))


def _is_writers_place(kept: list[Numbered], index: int, profile: Profile) -> bool:
    """ "Palu, Central Sulawesi" under "Ruslan Sangadji (The Jakarta Post)": where the
    writer filed from, not a section."""
    above = next((kept[i].text for i in range(index - 1, -1, -1) if kept[i].text), "")
    writer = lines.without_outlet(above)
    is_writer = _is_writers(writer, profile) or lines.looks_like_name(writer)
    text = kept[index].text
    # "Lagos" alone under "Emmanuel Udom": one capitalised word, no section's name
    is_town = (
        text.isalpha()
        and text[:1].isupper()
        and not text.isupper()
        and text.lower() not in SECTION_WORDS
        and text.lower() not in {name.lower() for name in profile.sections}
    )
    return ("," in text or is_town) and is_writer


def _is_plain(part: str) -> bool:
    """Words only: "Local News", not "By Jo Roe" or "Updated 14:05"."""
    return all(w[:1].isupper() and w.isalpha() for w in part.split()) and not part.startswith("By ")


def _section_named_label(
    kept: list[Numbered],
    all_lines: list[Numbered],
    header: range,
    title_at: int,
    profile: Profile,
    generic: Profile,
) -> str | None:
    """A short label near the headline whose last word names a section, also a little
    past the standfirst (after an advertisement or a caption), but not a menu item."""
    reach = min(len(kept), header.stop + 8)
    prose = 0  # the story's paragraphs passed under the header
    for index in range(max(0, title_at - 2), reach):
        text = kept[index].text
        if index >= header.stop and lines.word_count(text) > _STORY_WORDS:
            break  # the story has begun: a label under its paragraph heads a list or a part
        prose += index >= header.stop and is_body_prose(text)
        if prose > 2:
            break  # a short story's paragraphs, then the list under it ("Important news")
        if index == title_at or not text or lines.word_count(text) > 4:
            continue
        filed_in = _FIRST_FILED_IN.match(text)
        if filed_in:  # "First published in News": the section, without its label
            return filed_in["name"].strip()
        if ":" in text:
            continue  # "Categories: News": a topic list (read as tags), no label
        last = text.split()[-1].lower()
        above = index < title_at
        is_label = _is_label(text, profile, kicker=above)
        if index > title_at and _is_picture_or_role(kept, index, profile, generic):
            continue
        if above and _is_papers_name_atop(text, all_lines, index):
            continue
        if index > title_at and _is_subhead(kept, index):
            continue
        if last in SECTION_WORDS and is_label and not _is_in_menu(all_lines, index, profile):
            return _subsection(kept, index, title_at, profile) if above else text
    return None


def _is_lead_in(kept: list[Numbered], index: int) -> bool:
    """A short line in sentence case under the headline, the story's prose right under
    it ("Fire destroys two houses", a greeting "Bula vinaka everyone"): the story's first
    subhead or its opening words, no label (a column's name is capitalised: "Editor's
    Viewpoint", "Letters to the Editor")."""
    below = next((kept[i].text for i in range(index + 1, len(kept)) if kept[i].text), "")
    if not header.is_body_prose(below):
        return False
    words = kept[index].text.split()
    small = [w for w in words[1:] if w.islower() and w not in _TITLE_SMALL_WORDS]
    # a desk's name in sentence case keeps one such word ("Crime and courts", "Health and
    # wellness", "Middle east news"); a sentence has more
    return len([w for w in small if w not in SECTION_WORDS]) >= _LEAD_IN_WORDS


_LEAD_IN_WORDS = 2
# The small words a capitalised name keeps in lower case ("Letters to the Editor")
_TITLE_SMALL_WORDS = frozenset("a an and at by for from in of on or the to with".split())


def _is_subhead(kept: list[Numbered], index: int) -> bool:
    """A short line between two paragraphs of prose ("Higher and Tertiary Education"
    between the lede and the next paragraph): a subhead inside the story, no label."""
    above = next((kept[i].text for i in range(index - 1, -1, -1) if kept[i].text), "")
    below = next((kept[i].text for i in range(index + 1, len(kept)) if kept[i].text), "")
    return header.is_body_prose(above) and header.is_body_prose(below)


# Longer than any standfirst: a paragraph of the story itself.
_STORY_WORDS = 60


def _subsection(kept: list[Numbered], index: int, title_at: int, profile: Profile) -> str:
    """ "Culture" over "Books" over the headline: the desk and its page, a trail printed a
    crumb a line; the page nearest the headline is the more specific section."""
    between = [i for i in range(index + 1, title_at) if kept[i].text]
    if len(between) != 1:
        return kept[index].text
    child = kept[between[0]].text
    is_plain = _is_plain(child) and lines.word_count(child) <= 3
    return child if is_plain and _is_label(child, profile, kicker=True) else kept[index].text


def _breadcrumb(
    all_lines: list[Numbered], title_at: int, title: str, profile: Profile
) -> str | None:
    """A "Home / News / India" trail within a few lines above the headline (or just
    below it, when the trail ends with the headline: "Home Archived <headline>")."""
    below = [i for i in range(title_at + 1, title_at + 10) if i < len(all_lines)]
    for index in (*range(title_at - 1, max(-1, title_at - 8), -1), *below):
        if index > title_at and not all_lines[index].text.endswith(" " + title):
            continue
        crumb = breadcrumb_section(all_lines[index].text, title)
        if crumb and index < title_at:
            kicker = _kicker_under_menu(all_lines, index, title_at, profile)
            crumb = kicker or crumb
        if crumb:
            return crumb
    return None


def is_menu_item_over(all_lines: list[Numbered], title_at: int, label: str) -> bool:
    """The label one of the links on a line over the headline read as a trail without
    separators ("Home Cronaca Politica Sport"): that line was the menu, the label (printed
    under the body with the writer and the date) names the article's own section."""
    for index in range(title_at - 1, max(-1, title_at - 8), -1):
        text = all_lines[index].text
        if _BREADCRUMB.search(text) or not breadcrumb_section(text, ""):
            continue
        if label in _crumbs(text) or label in text.split():
            return True
    return False


def _kicker_under_menu(
    all_lines: list[Numbered], index: int, title_at: int, profile: Profile
) -> str | None:
    """ "Home  News  Sport  Opinion" / "Storm damage" / <headline>: links parted only by
    spaces are the menu bar when one short label sits between them and the headline;
    that label is the kicker (a trail with separators stays the trail)."""
    text = all_lines[index].text
    if _BREADCRUMB.search(text) or _ICON_ARROW.search(text):
        return None
    between = [all_lines[i].text for i in range(index + 1, title_at) if all_lines[i].text]
    # "Latest News" over the headline: the heading of the block the story sits in
    between = [t for t in between if not _BLOCK_HEADING.match(t)]
    if len(between) != 1 or lines.read_date_line_safe(between[0], profile):
        return None
    label = between[0]
    is_kicker = _is_label(label, profile, kicker=True) and not _is_writers(label, profile)
    return label if is_kicker else None


def _kicker_over_date_block(
    kept: list[Numbered],
    all_lines: list[Numbered],
    before: list[int],
    dated: set[int],
    profile: Profile,
) -> str | None:
    """ "Economy / Posted : … / Updated : … / <headline>": over the labelled datelines the
    page repeats its section's menu item; furniture there is no repeated menu item."""
    if not before or not all(i in dated for i in before):
        return None
    above = next((i for i in range(before[-1] - 1, -1, -1) if kept[i].text), None)
    while above is not None and above in dated:
        above = next((i for i in range(above - 1, -1, -1) if kept[i].text), None)
    if above is None or not _is_in_menu(all_lines, above, profile):
        return None
    return kept[above].text if _is_repeated_kicker(kept, all_lines, above, profile) else None


def _is_masthead_over_menu(all_lines: list[Numbered], index: int, title_at: int) -> bool:
    """The copy's first line (under its skip link at most), with a menu bar on one line
    ("News | Sport | Business") or the button that opens the menu ("Menu") between it and
    the headline: the site's name or tagline over its menu, not a section."""
    if any(line.text and not _SKIP_LINK.match(line.text) for line in all_lines[:index]):
        return False
    return any(
        line.text.count("|") >= 2 or _MENU_BUTTON.match(line.text)
        for line in all_lines[index + 1 : title_at]
    )


# The link past the page's furniture, printed atop a copy ("Skip to content")
_SKIP_LINK = re.compile(r"^Skip to (?:main )?(?:content|navigation|the content)$", re.I)


def _is_in_menu(all_lines: list[Numbered], index: int, profile: Profile) -> bool:
    """A short line right under other short lines or menu furniture is a menu item. A
    link that leads off the page ("Back to Home", "Connect with us") is no menu."""
    if _set_apart_from_block(all_lines, index):
        return False
    buttons = False
    for above in range(index - 1, -1, -1):
        text = all_lines[above].text
        if _MENU_BUTTON.match(text):
            return False  # "Menu" is the button that opens the menu, not an item of one
        if _LIST_END.match(text):
            return False  # "Show More" closes the list of stories above: the page goes on
        if text and lines.read_date_line_safe(text, profile):
            return False  # "12.03.2026 | 09:41" over "Economy": a dateline is no menu bar
        if _INTERFACE_LINE.match(text):
            buttons = buttons or bool(text)
            continue  # "Search", "LIVE TV", a photo's credit: buttons and pictures, no menu
        if text and _is_logo_over(text, all_lines[index].text):
            return False  # "Bartaman Patrika" over "রাজ্য": the masthead's name, no menu
        if text and not _LINK_OUT.match(text):
            if not buttons and _is_page_top(all_lines, above) and "|" not in text:
                return False  # "Lakeview Radio" atop the page over "Local": the masthead
            # under a whole menu bar on one line ("News | Culture | Music | …") sits the
            # section the page belongs to; under one menu item, the next item
            # ("Home | News | Sport": three links in one line are a bar too)
            # links parted by runs of spaces ("World  Markets  Energy") are a bar as well
            bar = text.count("|") >= _BAR_PIPES or len(_WIDE_SPACE.findall(text)) >= _MENU_GAPS
            # and three single capitalised words or more, as "Actualité Sports Loisirs"
            words = text.split()
            bar = bar or len(words) >= _MENU_WORDS and all(map(_is_plain, words))
            return not bar and (lines.word_count(text) <= 3 or "|" in text)
    return False


def _set_apart_from_block(all_lines: list[Numbered], index: int) -> bool:
    """A line under a blank that ends a block of lines printed without blanks ("Sport /
    Culture / Subscribe", blank, "Nutrition"): the menu ended at the blank, and the line
    starts the article's own cluster. A menu whose items are each parted by a blank gives
    no such sign."""
    if index < 3 or all_lines[index - 1].text:
        return False
    return bool(all_lines[index - 2].text and all_lines[index - 3].text)


# Bars on a menu's line that make it the whole menu, not one item of it
_BAR_PIPES = 2
_MENU_WORDS = 3


def _is_papers_name_atop(text: str, all_lines: list[Numbered], index: int) -> bool:
    """A paper's name ("Cape Coastal News", "The Harbour Times") as the copy's first line;
    "World News" (section words only) atop a copy is its kicker, and so are crumbs run
    together ("NewsLocal News")."""
    if _last_of_glued(text) != text:
        return False
    words = text.split()
    is_named = lines.is_paper(text) or (
        2 <= len(words) <= 4
        and all(word[:1].isupper() for word in words)  # "Regional TV News"
        and words[-1].lower() in _OUTLET_ENDS
    )
    if not is_named or not _is_page_top(all_lines, index):
        return False
    return not all(word.lower() in SECTION_WORDS for word in words)


# How a broadcaster's or a site's name ends, besides a paper's ("Cape Coastal News")
_OUTLET_ENDS = frozenset("news radio tv today daily weekly online local".split())


def _is_page_top(all_lines: list[Numbered], index: int) -> bool:
    """Nothing but buttons above this line: the top of the page (a menu has items above)."""
    return all(
        not ln.text or _INTERFACE_LINE.match(ln.text) or _MENU_BUTTON.match(ln.text)
        for ln in all_lines[:index]
    )


def _is_logo_over(above: str, label: str) -> bool:
    """A name in Latin letters over a label in another script: a menu is written in the
    page's language, the masthead's logo often is not."""
    is_other_script = not any(c.isascii() and c.isalpha() for c in label)
    return above.isascii() and is_other_script and any(ord(c) >= 0x590 for c in label)


# How far up a menu a kicker's twin is looked for.
MENU_REACH = 16


def _is_repeated_kicker(
    kept: list[Numbered], all_lines: list[Numbered], index: int, profile: Profile
) -> bool:
    text = kept[index].text
    if not _is_label(text, profile, kicker=True) or not _repeats_menu_item(all_lines, index):
        return False
    # printed twice running under a menu, the kicker is its item's twin, not a badge
    twin = _printed_above(all_lines, index)
    twin_closes_menu = twin is not None and all_lines[twin].text == text
    return twin_closes_menu or not _is_badge(kept, index)


def _repeats_menu_item(all_lines: list[Numbered], index: int) -> bool:
    """The line's text already printed higher up among the short lines of the menu (not on
    the line right above, where a doubled name is a logo and its link)."""
    wanted = all_lines[index].text.lower()
    twin = _printed_above(all_lines, index)
    if twin is not None and all_lines[twin].text.lower() == wanted:
        # "World / Culture / Culture / <headline>": the twin right above closes a menu of
        # short items (a logo and its link stand alone, with no menu item over them)
        return _closes_menu(all_lines, twin)
    for above in range(index - 2, max(-1, index - MENU_REACH), -1):
        text = all_lines[above].text
        if lines.word_count(text) > 6:
            return False  # the menu ended: a sentence or a headline above it
        if text.lower() == wanted:
            return True
    return False


def _printed_above(all_lines: list[Numbered], index: int) -> int | None:
    """The nearest line with text over the line."""
    return next((i for i in range(index - 1, -1, -1) if all_lines[i].text), None)


def _is_crumbs_under_buttons(all_lines: list[Numbered], index: int) -> bool:
    """The line over the headline ends a trail of two or three short crumbs right under the
    page's buttons ("Suche" / "Abo" / "Österreich" / "Tirol"): the trail, not the menu."""
    crumbs = 0
    for above in range(index, -1, -1):
        text = all_lines[above].text
        if not text:
            continue
        if _INTERFACE_LINE.match(text) or _MENU_BUTTON.match(text):
            return crumbs >= _MIN_CRUMBS
        if lines.word_count(text) > 3 or "|" in text:
            return False
        crumbs += 1
        if crumbs > _MAX_CRUMBS:
            return False
    return False


_MIN_CRUMBS = 2
_MAX_CRUMBS = 3


def _closes_menu(all_lines: list[Numbered], index: int) -> bool:
    """The two printed lines over the line are short menu items too, neither its twin."""
    items = [all_lines[i].text for i in range(index - 1, -1, -1) if all_lines[i].text][:2]
    wanted = all_lines[index].text.lower()
    return len(items) == 2 and all(
        t and lines.word_count(t) <= 3 and t.lower() != wanted for t in items
    )


_INTERFACE_LINE = re.compile(
    r"^(?:search|sign in|log in|login|subscribe|register|sign up|share|live tv|watch live"
    r"|listen live|skip to (?:main )?content|accessibility links|advertisement|getty images"
    # a page's skip links, named for where they jump: "Video link", "Headline link"
    r"|(?:video|headline|content|main content|navigation) link"
    r"|(?:photo|image)\s*:.{0,60}"
    # the same buttons in continental editions: search ("Suche", "Buscar", "Cerca",
    # "Szukaj", "Zoeken", "Hledat", "Sök"), log in and subscribe ("Anmelden", "Abo")
    r"|suche|buscar|busca|cerca|szukaj|zoeken|hledat|sök|søg|søk|rechercher|pesquisar"
    r"|anmelden|einloggen|ingresar|iniciar sesión|entrar|accedi|zaloguj(?: się)?|inloggen"
    r"|přihlásit|logga in|abo|abonnieren|suscríbete|assine|abbonati|prenumerera"
    # a broadcaster's page top in Russian and Ukrainian: its skip links, the site's logo
    # (its alt text doubled), a language code ("ҚАЗ"), a ticker's label whose alert was
    # not copied ("Срочные новости:")
    r"|доступность ссылок|доступність посилань|(?:site )?logo(?: (?:site )?logo)?"
    # a cookie banner's buttons over the page ("Accept all", "Manage preferences")
    r"|(?:accept|reject|allow|decline)(?: all)?(?: cookies)?|i agree|got it"
    r"|(?:manage|cookie) (?:preferences|settings|options|cookies)"
    # the buttons' icon ligatures copied as words (Material icons): "cloud" over "Sign in"
    r"|(?-i:cloud|account_circle|more_vert|(?:dark|light)_mode)"
    # a print view's top: the page's address and where and when it was printed from
    r"|https?://\S{4,300}|printed (?:from|on) \S.{0,80}"
    r"|the wayback machine - \S{4,300}"  # a web archive's line over the page it saved
    # a translating browser's bar over the page: "Translated from Arabic", "Show original"
    r"|google translate|translated (?:from|to)\s?:? \w{3,20}(?: \(\w{3,20}\))?|show original"
    r"|rate this translation|options ?▼?"
    r"|(?-i:[A-ZА-ЯЁҚҰҮӘӨҺІЎҒ]{2,3})|[^:|]{2,30}:)$",
    re.I,
)
# the button, with its two labels copied together ("Menu Close": it opens and shuts)
_LIST_END = re.compile(r"^(?:show|load|see|view) (?:more|all)$", re.I)
_MENU_BUTTON = re.compile(
    r"^(?:menu|menü|menú|open menu|main menu|toggle navigation|menu close|close menu|sections|☰)$",
    re.I,
)
_LINK_OUT = re.compile(
    r"^(?:back to (?:home|homepage|top)|connect with us|follow us|donate|support us)$", re.I
)


_SPACED_DASH = re.compile(r"\s[-–—]\s")
# Labels that name a kind of article rather than a beat; printed under the headline they
# are more specific than the section above it.
_KICKERS = frozenset(
    "views opinion analysis editorial explainer interview feature column letters review".split()
)
_NOT_A_SECTION = re.compile(
    r"\d|@|©|\(|/|^[|•·»-]|\s[|•·]\s|^(?:written|translated|posted|photo|image|follow|write|archive|stories|contact"
    r"|subscribe|live|liveblog|live blog|watch|listen|share|search|menu|sections|edition|logo"
    r"|story highlights"
    r"|banner"
    r"|published|updated|english|bangla|language|advertisement"
    r"|claim|verdict|our verdict|our rating|our ruling"  # a fact check's box
    # the date's label, its date left out by the copy: Swedish, Norwegian, Danish, Finnish,
    # Turkish, French, German, Spanish, Portuguese, Italian, Dutch, Polish
    r"|publicerad|uppdaterad|publisert|oppdatert|udgivet|opdateret|julkaistu|päivitetty"
    r"|yayımlandı|yayınlandı|güncellendi|güncelleme|publié|mis à jour|veröffentlicht"
    r"|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd"
    r"|bijgewerkt|opublikowano|zaktualizowano"
    # a story's badge, not where it is filed: "EXCLUSIVE", "Member-only story"
    r"|exclusive|breaking|developing|member-only|members only|subscriber|premium)\b|\bby$"
    r"|\+$"  # "Crossword+", "Premium+": a product behind a subscription, not a section
    r"|^(?:re|aw|fwd?):\s"  # a thread's or a mail's subject in reply: "Re: Dam release plan"
    r"|\slogo$"  # "FYI logo": a community's picture's alt text over the headline
    r"|^(?:title|article|body|summary)$"  # a page's field labels, printed by its template
    # a blog's default category, no section the writer chose: "Uncategorized"
    r"|^uncategori[sz]ed$"
    # a TV station's weather widget beside the date: "Clear", "Partly Cloudy"
    r"|^(?:(?:mostly|partly) )?(?:clear|cloudy|sunny|fair|overcast|haze|hazy|fog|foggy|rain"
    r"|showers|snow|drizzle|thunderstorms?)$"
    # a small paper's masthead motto: "Serving O'Brien & Clay Counties"
    r"|^serving\s"
    r"|\.(?:jpe?g|png|gif|webp)$"  # a picture whose alt text is its file's name
    # a picture's credit in Bangla ("ছবি: সংগৃহীত"); its vowel signs defeat \b
    r"|^(?:ফাইল )?ছবি(?:\s|[:ঃ]|$)"
    # the body that issues a release: "Ministry of Agriculture", "Office of the Mayor"
    r"|^(?:ministry|department|office|embassy|university|institute|agency|commission"
    r"|authority|board) of\b"
    # a label and its phrase, a deck's quip ("Mood: close to dread"): no section's name
    r"|:\s+(?-i:[a-z])",
    re.IGNORECASE,
)


def _without_trailing_separator(text: str) -> str:
    """A crumb copied with the separator that led to the headline ("Togo  -", "Monde |"):
    the label without it."""
    stripped = text.rstrip()
    if len(stripped) > 2 and stripped[-1] in "-–—|/›>" and stripped[-2].isspace():
        return stripped[:-1].rstrip()
    return text


def _last_of_glued(text: str) -> str:
    """Two labels copied without a space between them ("FeaturedWorld News": a theme's
    badge, then the category): the post's section is the last."""
    glued = _GLUED_LABEL.match(text)
    if glued is None or " " not in text and text[: glued.end()] not in _THEME_BADGES:
        return text  # one word with a capital inside ("MarketWatch"): a name, not two labels
    return text[glued.end() :]


# The badges a theme prints before the category: "FeaturedPolitics", "TrendingSport"
_THEME_BADGES = frozenset("Featured Trending Breaking Popular Latest Exclusive Sponsored".split())


# A capitalised word of five letters or more run into the next one's capital; shorter
# joints are names ("McKay", "YouTube", "DeSantis"), but for the crumbs a breadcrumb
# opens with, run into the section ("NewsLocal News", as TV station groups print it)
_GLUED_LABEL = re.compile(r"^(?:[A-Z][a-z]{4,}|News|Home)(?=[A-Z][a-z])")


# Words a column's or a series' label may open with, a person's name never does.
_NOT_A_NAMES_START = frozenset("the in a an on at for from inside our this".split())
_TITLE_ENDS = head_marks.TITLE_ENDS


def _is_under_temperature(kept: list[Numbered], index: int) -> bool:
    """A line right under a temperature reading ("6 C", "12°", "8.9°C"): the place of the
    weather box that pages print in their top bar."""
    above = next((kept[i].text for i in range(index - 1, -1, -1) if kept[i].text), "")
    return bool(_TEMPERATURE.match(above))


_TEMPERATURE = re.compile(r"^-?\d{1,2}(?:[.,]\d)?\s?(?:°\s?[CF]?|[CF])$")


def _is_label(text: str, profile: Profile, kicker: bool = False) -> bool:
    """A short label that may name the section. `kicker`: it sits over the headline,
    where "Local News" or "Team News" is the section (under a byline, "BBC News" is
    the outlet's credit)."""
    if not text or len(text) > 40 or lines.word_count(text) > 4:
        return False
    if lines.is_menu_run_together(text):
        return False  # "Observations HomeAboutContact": a menu's links run together
    if _SITE_ADDRESS.search(text):
        return False  # "News.am, Armenia": a repost's source, its address
    if len(_WIDE_SPACE.findall(text.strip())) >= _MENU_GAPS:
        return False  # "News  Weather  Sport  Opinion": links parted by runs of spaces
    words = text.split()
    if len(words) >= 3 and words[0].lower() in _HOME_WORDS and all(map(_is_plain, words)):
        return False  # "Home News Business Sport": the menu's links from home on
    # a name: "Jane Roe", and "D.B.Chopra" with its initials run into the surname; also
    # where the writer files from ("Hannah Whitlock in Brussels")
    person = text.split(" in ")[0]
    # "Local News", "World Politics", "South Africa" are shaped like names; over a
    # headline they are none
    last = text.split()[-1].lower()
    first_word = text.split()[0].lower()
    is_named_like_section = kicker and (
        last in SECTION_WORDS
        or last in _DESK_WORDS
        or last in _TOPIC_DESK_ENDS
        or text.lower() in PLACES
        # the news word first: "News Feed", "Новини Києва" (news of Kyiv), "Vijesti dana"
        or first_word in _NEWS_FIRST
        and _is_news_label(text)
    )
    is_person = lines.looks_like_name(person) and not person.isalpha()
    # "The Profile", "In The Media": a name opens with no article or preposition (a show's
    # or a paper's name of four words may: "The Harbour Lights Podcast" is no label)
    words = person.split()
    opens_as_label = words[0].lower() in _NOT_A_NAMES_START and len(words) <= 3
    # … nor is a paper's or a newsletter's name: "The Harbour Telegraph", "THE EVENING BRIEF"
    is_title = words[0].lower() == "the" and words[-1].lower() in _TITLE_ENDS or person.isupper()
    opens_as_label = opens_as_label and not is_title
    is_person = is_person and not opens_as_label
    if lines.byline_names(text, profile) or is_person and not is_named_like_section:
        return False
    if _NOT_A_SECTION.search(text) or header.is_byline_like(text) or "»" in text:
        return False
    # "Key points", "Key events": over a summary's points; "In this article", over subheads
    if lines.HIGHLIGHTS.match(text) or lines.CONTENTS.match(text):
        return False
    if text.startswith("[") and text.endswith("]"):
        return False  # "[Anchor]", "[김경진]": a transcript's speaker, no section
    words = text.lower().split()
    if len(words) >= 3 and all(w in SECTION_WORDS for w in words):
        return False  # "News Politics Business World": a menu's links, parted by spaces
    if _CJK_OUTLET.search(text):
        return False  # "台灣醒報", "河港日報", "서울신문": the paper's name over its headline
    first = next((c for c in text if c.isalpha()), "")
    if not first or first.isascii() and not first.isupper():  # "+", "fbpx", "featured news"
        return False
    if text.lower() in PLACES:
        return True  # "U.S.": initials end in a full stop, as no sentence that short does
    # a sentence's end, or a salutation's comma ("Dear Parishioners,"): no label
    return not text.rstrip().endswith((".", "?", "!", ":", ","))


_BLOCK_HEADING = re.compile(
    r"^(?:latest|top|breaking|trending|popular|featured|more) (?:news|stories|posts|headlines)$",
    re.IGNORECASE,
)
# Runs of spaces in one short line that make it a menu's links, not a label
_MENU_GAPS = 2


# A paper's, a wire's or a channel's name in Chinese or Korean, known by its last word:
# 報/报 (paper), 通訊社 (agency), 電視台 (station), 신문, 일보 (daily), 방송 (broadcaster);
# not 新聞 or 뉴스 (news), which end sections' names as often ("國際新聞", "연예뉴스").
_CJK_OUTLET = re.compile(
    r"[\u4e00-\u9fff\uac00-\ud7a3](?:報|报|通訊社|通讯社|電視台|电视台|신문|일보|방송)$"
)


# "All posts in the INFORMATION category", "Category Archives: Politics": the listing a
# post was copied from names its category.
_ARCHIVE_SECTION = re.compile(
    r"^(?:all posts in(?: the)?|category\s*:|recently in"  # Movable Type: "Recently in X Category"
    r"|(?:category archives?|archives? for the|browsing category)\s*:?)"
    r"\s+[‘'\"“]?(?P<name>[^‘’'\"“”]{2,40}?)[’'\"”]?(?:\s+category)?$",
    re.IGNORECASE,
)


# A blog post's category line under its text, on its own or among the post's links:
# "Posted in Schools | Leave a comment", "Filed under: Local News, Schools"
_POSTED_IN = re.compile(
    r"^(?:this entry was )?(?:posted|filed) (?:in|under)\s*:?\s+"
    r"(?P<name>(?-i:[A-Z])[\w&'’ -]{1,40}?)(?:,[^|]*)?\.?$",
    re.IGNORECASE,
)
_POSTED_IN_REACH = 6


def posted_in_section(all_lines: list[Numbered], body_at: int, end: int) -> str | None:
    """The category a blog's line closing the post (or under it) files it in, or None."""
    for line in all_lines[body_at : end + _POSTED_IN_REACH]:
        text = line.text
        if len(text) > lines.SHORT or not ("osted " in text or "iled " in text):
            continue
        for part in line.text.split(" | "):
            found = _POSTED_IN.match(part.strip())
            if found:
                return found["name"].strip()
    return None


def archive_section(text: str) -> str | None:
    """The category a blog's archive heading names, or None."""
    match = _ARCHIVE_SECTION.match(text) if len(text) <= lines.SHORT else None
    return match["name"].strip() if match else None


_BREADCRUMB = re.compile(r"\s*[/>›»]\s*")
_ARROWS = re.compile(r"\s+[>›»]\s+")
_SLASHES = re.compile(r"\s+/\s+")
# "Photo / AFP", "Picture / Jo Roe": a picture's credit, spaced as a trail is
# "Photo / AP", and a blog's lead-picture credit "Photo by Jo Roe / Unsplash": no trail
_CREDIT_LABEL = re.compile(
    r"^(?:photo|picture|image|video|graphic|file|source)s?(?:\s+/|\s+(?:by|courtesy)\s|\s*:)",
    re.I,
)
# a crumb is a capitalised name of a few words, no digits ("12 / 03 / 2024" is a date)
_WORDS_ONLY = re.compile(r"^[A-Z][^\W\d_]*(?:[ &'’-]+[^\W\d_]+){0,3}$")
# An edition switcher spaced as a trail is ("Portuguese / Spanish / English"): the
# languages a page is printed in, no section
_LANGUAGES = frozenset(
    "english french français spanish español portuguese português german deutsch italian"
    " italiano arabic russian ukrainian turkish türkçe chinese persian hebrew swahili"
    " kiswahili hausa amharic polish polski dutch nederlands".split()
)
# Without separators crumbs are parted by wide spaces ("Home   News   National"), or
# are single capitalised words ("Home Cities Hyderabad").
_WIDE_SPACE = re.compile(r"\s{2,}")


def _crumbs(text: str) -> list[str]:
    if _BREADCRUMB.search(text):
        return _BREADCRUMB.split(text)
    if _WIDE_SPACE.search(text.strip()):
        return _WIDE_SPACE.split(text)
    words = text.split()
    if 3 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words):
        return words
    return [text]


# The first crumb, home, as editions in other languages name it.
_HOME_WORDS = (
    "home", "início", "inicio", "accueil", "startseite", "beranda", "anasayfa", "ana sayfa",
    "strona główna", "portada", "الرئيسية", "صفحه اصلی", "خانه", "nyumbani", "mwanzo",
)  # fmt: skip


# A site's pages about itself, never a crumb on the way to an article
_SITE_PAGES = frozenset(("about", "about us", "contact", "contact us"))


def _is_home_or_page(crumb: str) -> bool:
    return crumb.lower() in (*_HOME_WORDS, "article", "story")


# A Material icon's name copied for the arrow it draws between crumbs:
# "Homechevron_rightIndiachevron_right…"
_ICON_ARROW = re.compile(
    r"\s*(?:chevron_right|keyboard_arrow_right|navigate_next|arrow_forward_ios|arrow_right)\s*"
)
_QUOTE_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def _is_cut_title(crumb: str, title: str) -> bool:
    """ "No intention to run...": the trail's last crumb, the headline cut short."""
    stem = crumb.rstrip(".… ")
    return stem != crumb and len(stem) >= 8 and title.startswith(stem)


def breadcrumb_section(text: str, title: str) -> str | None:
    """The last crumb of "Home / News / India" (or "Home > World > Asia"), not the headline."""
    text = _ICON_ARROW.sub(" › ", text).strip().translate(_QUOTE_FOLD)
    title = title.translate(_QUOTE_FOLD)
    if len(text) > lines.SHORT:
        return None
    if not text.lower().startswith(_HOME_WORDS):
        # "News & Events > News": a trail that starts below home, with arrows between;
        # "Politics / Mediawatch": with spaced slashes, of words only
        if _ARROWS.search(text):
            crumbs = [c.strip() for c in _ARROWS.split(text)]
        elif _SLASHES.search(text) and not _CREDIT_LABEL.match(text):
            crumbs = [c.strip() for c in _SLASHES.split(text)]
            if not all(_WORDS_ONLY.match(c) for c in crumbs):
                return None
            if all(c.lower() in _LANGUAGES for c in crumbs):
                return None
        else:
            return None
        if not 2 <= len(crumbs) <= 5 or any(not c or lines.word_count(c) > 4 for c in crumbs):
            return None
        return crumbs[-1] if crumbs[-1] != title and crumbs[-1][:1].isupper() else None
    if text.startswith("Home") and text[4:5].isupper() and text.endswith(title) and title:
        # "HomeAnalysisGovernment ministries": the crumbs copied run together
        glued = text[4 : -len(title)].strip()
        return glued if 1 <= lines.word_count(glued) <= 3 and glued[:1].isupper() else None
    if text.endswith(" " + title) and not _BREADCRUMB.search(text):
        # "Home Archived <headline>": the words between home and headline
        home = next(w for w in _HOME_WORDS if text.lower().startswith(w))
        middle = text[len(home) : -len(title)].split()
        return middle[-1] if 1 <= len(middle) <= 3 and middle[-1][:1].isupper() else None
    crumbs = [c.strip() for c in _crumbs(text) if c.strip()]
    if len(crumbs) < 2 or len(crumbs) > 6:  # one crumb: no trail; many: a menu
        return None
    if any(c.lower() in _SITE_PAGES for c in crumbs):
        return None  # "Home About Archive": a site's own pages, the menu of a blog
    crumbs = [
        c for c in crumbs if not _is_home_or_page(c) and c != title and not _is_cut_title(c, title)
    ]
    if len(crumbs) > 1 and crumbs[0].lower() == "news":  # "Home / News / India": India
        crumbs = crumbs[1:]
    if not crumbs or len(crumbs[-1]) > 40 or lines.word_count(crumbs[-1]) > 4:
        return None
    return crumbs[-1]
