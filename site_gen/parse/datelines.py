"""The dates of a plain-text copy: its date lines, which of them is the article's, and
what stands in when none is printed."""

from __future__ import annotations

import re

from site_gen.core.model import FieldNote
from site_gen.parse import bengali, dates, header, lines
from site_gen.parse.fields import Unparseable
from site_gen.parse.lines import Numbered
from site_gen.parse.patterns import lazy_pattern
from site_gen.parse.profiles import Profile


def date_lines(
    kept: list[Numbered], profile: Profile, home_zone: str
) -> tuple[list[lines.DateLine], list[Unparseable]]:
    found: list[lines.DateLine] = []
    impossible: list[Unparseable] = []
    for index, line in enumerate(kept):
        if not line.text or len(line.text) > lines.SHORT or _is_life_date(line.text):
            continue
        for part in _date_parts(line.text):
            if _SAVE_STAMP.match(part):
                continue  # "Saved November 2, 2026": when a reader saved it, not its date
            try:
                date_line = lines.read_date_line(index, part, profile, home_zone)
            except dates.ImpossibleDate as exc:
                if len(line.text) <= 80:
                    impossible.append(Unparseable(line.number, str(exc)))
                continue
            if date_line and date_line.found.precision == "day":
                date_line = _with_clock_under(kept, index, part, profile, home_zone) or date_line
            if date_line:
                found.append(date_line)
    return _without_dated_headlines(kept, found), impossible


def _with_clock_under(
    kept: list[Numbered], index: int, part: str, profile: Profile, home_zone: str
) -> lines.DateLine | None:
    """A day on its line and its clock alone on the next ("April 30th, 2013" over "10:30
    AM ET"), as blogs print a post's stamp: the day at that time, or None."""
    clock = next((ln.text for ln in kept[index + 1 : index + 3] if ln.text), "")
    if not _is_time_only(clock):
        return None
    try:
        timed = lines.read_date_line(index, f"{part} {clock}", profile, home_zone)
    except dates.ImpossibleDate:
        return None
    return timed if timed and timed.found.precision == "minute" else None


def _without_dated_headlines(
    kept: list[Numbered], found: list[lines.DateLine]
) -> list[lines.DateLine]:
    """A daily column's or a letters page's headline is its name and its day ("BTL: 21st
    June, 2019", "Letters: 10 June 2019"), printed twice as headlines are; its dateline,
    with the clock, is another line. Such a line is the headline, not a dateline."""
    texts = [line.text for line in kept]
    headed = {
        d.index
        for d in found
        if not d.is_labelled
        and header.NAMED_DAY.match(kept[d.index].text)
        and texts.count(kept[d.index].text) >= 2
    }
    others = [d for d in found if kept[d.index].text not in {kept[i].text for i in headed}]
    return others if headed and others else found


# A read-later app's stamp of the day the reader saved or clipped the page ("Saved November
# 2, 2026", "Added to Pocket on 3 May 2024", "Clipped on …"): no date of the article (a
# bare "Added :" is a Tamil daily's publication label)
_SAVE_STAMP = re.compile(
    r"^(?:Saved|Clipped|Bookmarked|Added to [A-Z][\w ]{1,20})(?: on)?\s+\S.{0,40}$"
)


# "Grandpa, Born July 9, 1926, died June 14, 2010": an obituary's caption, no dateline
_LIFESPAN = re.compile(r"\bborn\b.{4,60}\bdied\b", re.IGNORECASE)


def _is_life_date(text: str) -> bool:
    return bool(_LIFESPAN.search(text) or lines.is_life_date(text))


# "Jane Roe | 3 May 2024", "By Jo Roe / Photos by Al Lee / Feb. 10, 2026"; a wide gap
# between two of the page's boxes copied onto one line: "Jo Roe     24 October, 2017"
PART_SEPARATOR = re.compile(
    r"\s*[|•·]\s*|\s+/\s+|\s{3,}"
    r"|,\s*(?=(?:updated|last updated|modified|first published|mis à jour|actualizado|atualizado"
    r"|aggiornato|aktualisiert)\b)"
    # the day and the update's label run together, no comma between ("14 June
    # 2021updated 2 Sep 2021 4:10pm", "3 May 2024 Updated 4 May 2024")
    r"|(?<=\d)\s*(?=(?:updated|last updated):?\s+(?:\d|[a-z]{3,9}\.?\s+\d))",
    re.I,
)
_DASH_PARTS = re.compile(r"\s+[–—]\s+")


def split_parts(text: str) -> list[str]:
    """A dateline's parts: "Jane Roe | 3 May 2024", and an aggregator's credit line
    "avlwatchdog.org – JO ROE and ANN LEE – 2024-10-25 09:53:00" (two dashes, no prose:
    a lede's "SATKHIRA, 5 February 2024 – The Trust …" stays whole)."""
    parts = PART_SEPARATOR.split(text) if PART_SEPARATOR.search(text) else [text]
    if len(_DASH_PARTS.findall(text)) >= 2 and not header.is_body_prose(text):
        parts = [piece for part in parts for piece in _DASH_PARTS.split(part)]
    return [p for p in parts if p]


def _date_parts(text: str) -> list[str]:
    """The datelines on one line: "PUBLISHED: 14:20 11 July 2023 | UPDATED: 16:05 …" holds
    two; "12 Mar 2024 | 10:15 AM" one, its time in the next part (or the part before);
    "Jane Roe | 3 May 2024" one, after a byline."""
    parts = split_parts(text)
    joined: list[str] = []
    for part in parts:
        first = _FIRST_AT_TIME.match(part)
        if joined and first and (day := _DAY_OF_UPDATE.match(joined[-1])):
            # "Updated December 4 2024 - 2:13pm, first published 11:30am": the same day, earlier
            joined.append(f"First published {day['day']} {first['time']}")
        elif joined and _is_time_only(part) and not _has_time(joined[-1]):
            joined[-1] = f"{joined[-1]} {part}"
        elif joined and _is_time_only(joined[-1]) and not _has_time(part):
            joined[-1] = f"{part} {joined[-1]}"  # "10:15 | 12.03.2026": the clock first
        else:
            joined.append(part)
    return joined


# Australian regional papers' line: "Updated December 4 2024 - 2:13pm, first published
# 11:30am" names the day once, in the update (Python's re on short parts)
_FIRST_AT_TIME = re.compile(
    r"^first published(?: at)?\s+(?P<time>\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?)$", re.I
)
_DAY_OF_UPDATE = re.compile(
    r"^(?:last )?updated(?: on)?\s*:?\s+"
    r"(?P<day>[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [A-Za-z]{3,9},? \d{4})"
    r"\s*[-–,]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?$",
    re.I,
)
# "04:30 pm GMT+7", "09:41", "at 10:15 AM EST", "7:45 μ.μ." (Greek: p.m.), and the clock
# as French pages print it: "12h00", "à 18h42"
_TIME_ONLY = re.compile(
    r"^(?:(?:at|à)\s+)?\d{1,2}(?:[:.]|h(?=\d{2}))\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?|[πμ]\.\s?μ\.)?"
    r"(?:\s+(?:(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d{2})?|[A-Z]{2,5}|МСК))?"
    # the comment link after the clock: "12h00 Réagissez" (react), "10h15 Commentez"
    r"(?:\s+(?:Réagissez|Réagir|Commentez|Commenter))?$",
    re.I,
)
# A clock, not the "12.03" of a dotted date "12.03.2026"
_HAS_TIME = re.compile(r"(?<![\d.:/-])\d{1,2}(?:[:.]|h(?=\d{2}))\d{2}(?!\d|[.:/-]\d)")


def _is_time_only(part: str) -> bool:
    return bool(_TIME_ONLY.match(part.strip()))


def _has_time(part: str) -> bool:
    return bool(_HAS_TIME.search(part))


def _first_published(
    kept: list[Numbered],
    date_lines: list[lines.DateLine],
    published: lines.DateLine | None,
    modified: lines.DateLine | None,
) -> tuple[lines.DateLine | None, lines.DateLine | None]:
    """ "First published on …" wherever it is printed (under the body, past the tail, as
    British papers do) dates the article; a later date at its head is then the update."""
    first = next((d for d in date_lines if _FIRST.match(kept[d.index].text)), None)
    if first is None or published is None or first.index == published.index:
        return published, modified
    if first.found.value > published.found.value:
        return published, modified  # a "first" after the head's date is not the first
    if modified is None and first.found.value < published.found.value:
        modified = published
    return first, modified


_FIRST = re.compile(r"^first published(?: on)?\s*:?\s", re.IGNORECASE)


def pick_dates(
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
    # A date beside a weather widget above the headline is the masthead's "today"; of two
    # above it, the one nearer the headline is the article's ("ARGENTINA | 02-02-2018").
    above_title = [
        d
        for d in reversed(date_lines)
        if header_lines.start <= d.index < title_at and not _is_today(kept, d.index)
    ]
    below = [d for d in date_lines if header_lines.stop <= d.index < end]
    if len({d.found.value.date() for d in below if not d.is_labelled}) >= 2:
        # bare dates of different days under the lede date the items of a list (a
        # timeline, other stories' cards), not the article, which prints its own once
        below = [d for d in below if d.is_labelled]
    labelled_below = [d for d in below if d.is_labelled]
    labelled_above = [d for d in date_lines if d.index < header_lines.start and d.is_labelled]
    # "December 1, 2026" / "By Amara Roe" / kicker / headline: the writer's line beside a
    # date far over the headline makes it the article's cluster, not the masthead's clock
    credited_above = [
        d for d in date_lines if d.index < header_lines.start and _beside_by_line(kept, d.index)
    ]
    usable = (
        under_title or labelled_below or above_title or below or labelled_above or credited_above
    )
    published = _first_of_kind(usable, "published")
    modified = _first_of_kind(usable, "modified")
    published, modified = _first_published(kept, date_lines, published, modified)
    published = _with_its_clock(date_lines, published, end)
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


def _with_its_clock(
    date_lines: list[lines.DateLine], published: lines.DateLine | None, end: int = -1
) -> lines.DateLine | None:
    """A bare day under the headline ("Friday, April 20, 2018") and a labelled line that
    names the same day with its time above it ("승인 2018.04.20 13:26", "Published 20 Apr
    2018 13:26"), or right under the body ("Publish Date : 20 April 2018 13:26"): the
    labelled one says when, to the minute (a comment's "Posted" further down is not asked)."""
    if published is None or published.is_labelled or published.found.precision != "day":
        return published
    day = published.found.value.date()
    timed = (
        d
        for d in date_lines
        if (d.index < published.index or published.index < d.index <= end)
        and d.is_labelled
        and d.kind == "published"
        and d.found.precision == "minute"
        and d.found.value.date() == day
    )
    return next(timed, published)


def _beside_by_line(kept: list[Numbered], index: int) -> bool:
    above = next((ln.text for ln in reversed(kept[max(0, index - 2) : index]) if ln.text), "")
    below = next((ln.text for ln in kept[index + 1 : index + 3] if ln.text), "")
    return bool(_BY_LINE.match(above) or _BY_LINE.match(below))


_BY_LINE = re.compile(r"^(?:By|BY)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}$")


def _is_today(kept: list[Numbered], index: int) -> bool:
    """A date over the headline that is the masthead's "today": beside a weather widget,
    dated in the Bangla calendar too, as only a masthead dates the day three ways, or over
    the page's trail ("Thursday, 30 June, 2022" over "Home / Opinion / …")."""
    return (
        _beside_weather(kept, index)
        or bengali.has_bangla_calendar(kept[index].text)
        or _over_trail(kept, index)
    )


# A trail's first crumb, its separator or the next crumb run on: "Home / …", "Home › …",
# "HomeOpinion…"
_TRAIL_START = re.compile(r"^(?:Home|HOME)(?:\s*[/>›»|]|\s*chevron_right|[A-Z])")


def _over_trail(kept: list[Numbered], index: int) -> bool:
    following = next((line.text for line in kept[index + 1 : index + 3] if line.text), "")
    return bool(_TRAIL_START.match(following))


def _beside_weather(kept: list[Numbered], index: int) -> bool:
    near = kept[max(0, index - 2) : index + 3]
    return any(line.text and header.is_weather(line.text) for line in near)


def _first_of_kind(found: list[lines.DateLine], kind: str) -> lines.DateLine | None:
    """A labelled dateline ("Published: …") beats an unlabelled one (a clock, a widget)."""
    of_kind = [d for d in found if d.kind == kind]
    return next((d for d in of_kind if d.is_labelled), of_kind[0] if of_kind else None)


def capture_day(stamp: str, home_zone: str) -> dates.FoundDate | None:
    """An archiving tool's "2024-03-01" stamp as a day in the home zone; None if no day."""
    found = dates.find_date(stamp, home_zone, {})
    return found if found is not None and found.precision == "day" else None


def undated(
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
    edition = _edition_day(kept, home_zone)
    yearless = _yearless_dateline(kept, edition or found)
    if yearless is not None and edition is not None:
        note = FieldNote("published", "the dateline's day, in the year the page's head prints", 0.5)
        year = yearless.value.year
        return yearless, note, (f"the dateline prints no year; {year} (the page's) assumed",)
    if yearless is not None:
        note = FieldNote("published", "the wire's dateline, in the year the file was saved", 0.4)
        year = yearless.value.year
        return yearless, note, (f"the dateline prints no year; {year} (the file's) assumed",)
    note = FieldNote("published", "no date printed: the file's modification time", 0.2)
    shown = found.value.strftime("%Y-%m-%d %H:%M")
    return found, note, (f"no publication date printed; dated by the file's time ({shown})",)


# A magazine's note under the text of the print issue the piece ran in: "From the March 4th
# 2023 edition", "This article appears in the 12 May 2021 issue of the Ledger, …"
_PRINT_ISSUE = re.compile(
    r"^(?:From the (?P<edition>[^,]{6,30}?) (?:edition|issue)"
    r"|This (?:article|story|piece) (?:appeared|appears) in the"
    r" (?P<issue>[^,]{6,30}?) (?:edition|issue)\b.{0,160})\.?$",
    re.I,
)


def print_issue_day(kept: list[Numbered], home_zone: str) -> dates.FoundDate | None:
    """The day of the print issue a web page says its piece appeared in, when it prints
    no other date; None if none (or only its month: "the March 2021 issue")."""
    for line in kept:
        match = _PRINT_ISSUE.match(line.text) if len(line.text) <= lines.SHORT else None
        if match is None:
            continue
        try:
            found = dates.find_date(match["edition"] or match["issue"], home_zone, {})
        except dates.ImpossibleDate:
            continue
        if found is not None and found.precision != "month":
            return found
    return None


# "MANILA, Feb 22 (Reuters) -", "LAGOS, Nigeria, March 3 (AFP) —", "OSLO, May 4 - " and
# "MOSCOW, February 7. /TASS/.": a wire's dateline that names the day but not the year
# (the year is the page's, which the copy lost)
_YEARLESS = re.compile(
    r"^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w .]{1,30})?,\s+(?P<month>[A-Za-z]{3,9})\.?"
    r"\s+(?P<day>\d{1,2})(?:\s+\([A-Za-z .-]{2,30}\)\s*[-–—]|\s+[-–—]\s|\.\s*/[A-Za-z .-]{2,30}/)"
)


# ... and a paper's own dateline on its line under the byline: "Dhaka, December 3"
_YEARLESS_LINE = re.compile(
    r"^[A-Z][\w.'’-]{1,30}(?: [A-Z][\w.'’-]{1,30}){0,2},\s+(?P<month>[A-Za-z]{3,9})\.?"
    r"\s+(?P<day>\d{1,2})$"
)


def _edition_day(kept: list[Numbered], home_zone: str) -> dates.FoundDate | None:
    """The full date atop the page that no rule took for the article's (an archived
    paper's edition over its stories: "Wednesday, March 22, 2000,"): a yearless dateline
    under it is of that year, nearer than the year the file was saved."""
    for line in kept[:_EDITION_REACH]:
        if not line.text or len(line.text) > _EDITION_CHARS or not lines.YEAR.search(line.text):
            continue
        try:
            found = dates.find_date(line.text, home_zone, {})
        except dates.ImpossibleDate:
            continue
        if found is not None and dates.is_date_line(line.text, found):
            return found
    return None


# How far down the page, and how long a line, an edition's date is looked for
_EDITION_REACH = 12
_EDITION_CHARS = 60


def _yearless_dateline(kept: list[Numbered], saved: dates.FoundDate) -> dates.FoundDate | None:
    """The day of a lede's yearless wire dateline (or of a dateline line of its own), in
    the year the file was saved (the year before, for a day later than the save)."""
    for line in kept[:60]:
        match = (
            (_YEARLESS.match(line.text) or _YEARLESS_LINE.match(line.text)) if line.text else None
        )
        month = dates.MONTHS.get(match["month"].lower()) if match else None
        if match is None or month is None:
            continue
        value = saved.value
        try:
            day = value.replace(month=month, day=int(match["day"]), hour=0, minute=0, second=0)
            if day > value:
                day = day.replace(year=value.year - 1)
        except ValueError:  # "Feb 30", or 29 February in the year before
            return None
        return dates.FoundDate(day, "day", saved.zone_name, True, "date:dateline-without-year")
    return None


# "[December 22, 2010]  WASHINGTON …", and a blog's "11/1/2012  Cairo governor …"
_BRACKETED_DATE = re.compile(
    r"^\[([^\[\]]{6,40})\]\s*|^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})\s{2,}(?=[A-Z\"“])"
)


def date_before_lede(
    paragraphs: tuple[str, ...], profile: Profile, home_zone: str
) -> tuple[tuple[str, ...], dates.FoundDate | None]:
    """ "[December 22, 2010]  WASHINGTON (AP) -- …": some archives print the date glued
    before the lede; it is the article's date, not its text."""
    match = _BRACKETED_DATE.match(paragraphs[0])
    glued = _glued_date(paragraphs[0], profile, home_zone) if match is None else None
    if glued is not None:
        return (paragraphs[0][glued[0] :], *paragraphs[1:]), glued[1]
    if match is None:
        return paragraphs, _release_date(paragraphs[0], profile, home_zone)
    try:
        found = dates.find_date(match.group(1) or match.group(2), home_zone, dict(profile.zones))
    except dates.ImpossibleDate:
        return paragraphs, None
    if found is None:
        return paragraphs, None
    return (paragraphs[0][match.end() :], *paragraphs[1:]), found


# A day and its clock run into the lede's first word ("৬ জানুয়ারি, ২০১৮ ০০:০০নিজেকে …",
# "Jan 6, 2018 09:00The council …"): the page's date element copied without a break.
_GLUED_DATE = lazy_pattern(
    r"^(?P<date>[^\n]{6,40}?[0-9০-৯]{1,2}:[0-9০-৯]{2})[^\s0-9০-৯:.,a-z]", ignore_case=False
)


def _glued_date(lede: str, profile: Profile, home_zone: str) -> tuple[int, dates.FoundDate] | None:
    """Where the lede starts after a date glued before it, and that date; None if none."""
    match = _GLUED_DATE.match(lede[: lines.SHORT])
    if match is None:
        return None
    printed = match.group("date")
    try:
        found = dates.find_date(printed, home_zone, dict(profile.zones))
    except dates.ImpossibleDate:
        return None
    if found is None or found.precision != "minute" or not _is_only_a_date(printed):
        return None
    return len(printed), found


def _is_only_a_date(text: str) -> bool:
    """Nothing but a date, its clock and their words ("৬ জানুয়ারি, ২০১৮ ০০:০০")."""
    if bengali.has_script(text):
        return bengali.strip_date(bengali.normalise(text))[1] == 0
    return not dates.remove_dates(text).strip(" ,|:-–—")


# A wire release's dateline: "SAN FRANCISCO, Sept. 7, 2017 /PRNewswire/ --", "BOISE, Idaho,
# Nov. 12, 2020 (GLOBE NEWSWIRE) —": the date before the wire's name is the release's.
_RELEASE_WIRE = re.compile(
    r"\s(?:/[A-Za-z -]{0,30}(?:Newswire|NEWSWIRE|Wire|WIRE)[A-Za-z -]{0,30}/"
    r"|/EIN ?Presswire(?:\.com)?/"  # "… September 8, 2025 /EINPresswire.com/ --"
    r"|\((?:GLOBE NEWSWIRE|BUSINESS WIRE|ACCESSWIRE|ACCESS Newswire|PRNewswire|Newsfile Corp\.|"
    r"MARKET WIRE|EZ Newswire|PRWEB|PR Newswire|PRIMEZONE|PRIME NEWSWIRE|Marketwire"
    # a regional carrier named by its letters: "(JCN Newswire)", "(ACN Newswire)"
    r"|[A-Z]{2,5} Newswire)\))\s*(?:--|—|–|-)\s"
)


def _release_date(lede: str, profile: Profile, home_zone: str) -> dates.FoundDate | None:
    """The date on a wire release's dateline, which opens its first paragraph (kept there),
    or on a story's "KESWICK, March 9, 2024 — …" (the place, the whole date, a dash)."""
    bangla = BANGLA_WIRE_DATELINE.match(lede[:200])
    if bangla:
        try:
            return dates.find_date(bangla["date"], home_zone, dict(profile.zones))
        except dates.ImpossibleDate:
            return None
    wire = _RELEASE_WIRE.search(lede[:200])
    placed = (
        (_PLACE_AND_DATE.match(lede[:120]) or _PLACE_DASH_DATE.match(lede[:120]))
        if wire is None
        else None
    )
    placed = placed or (DATED_COPYRIGHT.match(lede[:120]) if wire is None else None)
    placed = placed or (_BRACKETED_PLACE_DATE.match(lede[:120]) if wire is None else None)
    if wire is None and (placed is None or not _is_only_a_date(placed["date"])):
        return None
    printed = lede[: wire.start()] if wire is not None else placed["date"] if placed else ""
    try:
        return dates.find_date(printed, home_zone, dict(profile.zones))
    except dates.ImpossibleDate:
        return None


# A Bangla wire's dateline opening the lede: the place and the day, the agency in brackets,
# a colon or a dash ("ঢাকা, ১ ডিসেম্বর, ২০২৬ (বাসস) : …"); agencies only, as a bracket
# after a name may hold the person's age ("করিম (৫৫) :")
BANGLA_WIRE_DATELINE = re.compile(
    r"^(?P<date>[\u0980-\u09ff][^()|।\n]{1,60}?)\s*\((?P<credit>বাসস|ইউএনবি|এএফপি|রয়টার্স"
    r"|এপি|পিটিআই|আইএএনএস|সিনহুয়া|আনাদোলু|বিডিনিউজ২৪\.কম)\)\s*[:–—-]"
)


# "Nov. 29, 2019, © Harbour Ledger: The agency …": a trade site's dateline, the day and
# the site's copyright opening the lede (the byline reads the site as the credit)
DATED_COPYRIGHT = re.compile(
    r"^(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}),?\s+"
    r"(?:©|\(c\)|Copyright)\s*(?P<credit>[A-Z][\w.&'’ -]{1,40}?)\s*:\s"
)


def dated_dateline(text: str, profile: Profile, home_zone: str) -> dates.FoundDate | None:
    """The date of a "PLACE, <day> <year> – …" dateline opening `text`; None if none."""
    placed = _PLACE_AND_DATE.match(text[:120])
    if placed is None or not _is_only_a_date(placed["date"]):
        return None
    try:
        return dates.find_date(placed["date"], home_zone, dict(profile.zones))
    except dates.ImpossibleDate:
        return None


# "KESWICK, March 9, 2024 —", "PORTO ALEGRE, Brazil, 3 May 2023 -": a place (and its
# country or state), the date with its year, a dash (bounded repeats: linear); some island
# papers tag the place: "#TurksandCaicos, June 3, 2022 –"; an agency's stop and its name in
# brackets may stand before the dash, or glued to it: "ZAGREB, 2. ožujka 2012. (Hina) - …",
# "DHAKA, Nov 29, 2025 (BSS)- …"
_PLACE_AND_DATE = re.compile(
    r"^#?[A-Z][A-Za-z.'’ -]{1,30}(?:, [A-Z][A-Za-z. ]{1,20})?,\s(?P<date>[^,—–]{3,20},?\s\d{4})"
    r"\.?(?:\s\([A-Za-z][\w .-]{1,30}\)\s?|\s)(?:--|—|–|-)\s"
)
# A rights group's release puts its dateline in brackets: "(New York, February 4, 2011) – …",
# "(Geneva, 3 May 2023) - …"
_BRACKETED_PLACE_DATE = re.compile(
    r"^\([A-Z][A-Za-z.'’ -]{1,30}(?:, [A-Z][A-Za-z. ]{1,20})?,\s(?P<date>[^(),—–]{3,20},?\s\d{4})\)"
    r"\s(?:--|—|–|-)\s"
)
# … and the Pacific papers' order, the dash before the day and a colon after it: "APIA,
# SAMOA – 11 JUNE 2021: …", "SUVA, FIJI - June 3, 2021: …"
_PLACE_DASH_DATE = re.compile(
    r"^[A-Z][A-Za-z.'’ -]{1,30}(?:, [A-Z][A-Za-z. ]{1,20})?\s(?:--|—|–|-)\s"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9},? \d{4}|[A-Za-z]{3,9}\.? \d{1,2},? \d{4}):\s"
)


def zone_note(published: dates.FoundDate, profile: Profile) -> FieldNote:
    if not published.is_zone_assumed:
        return FieldNote("timezone", "printed with the date", 1.0)
    if profile.timezone:
        return FieldNote("timezone", f"assumed: {profile.name} profile zone", 0.7)
    return FieldNote("timezone", "assumed: site default zone", 0.3)


def assumed_zone_warning(
    published: dates.FoundDate, profile: Profile, default_zone: str
) -> tuple[str, ...]:
    if published.is_zone_assumed and not profile.timezone:
        return (f"no time zone printed; assumed the site default {default_zone}",)
    return ()
