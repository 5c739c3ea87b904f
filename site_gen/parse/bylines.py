"""Who wrote a plain-text copy: the byline in its header, else a wire's sign-off after
the body or the agency in the lede's dateline."""

from __future__ import annotations

import re

from site_gen.core.model import FieldNote
from site_gen.parse import bengali, datelines, dates, header, lines
from site_gen.parse.header import is_banner_label, is_role
from site_gen.parse.lines import Numbered
from site_gen.parse.patterns import lazy_pattern
from site_gen.parse.profiles import Profile
from site_gen.parse.sections import PLACES, SECTION_WORDS

_CREDIT_WORDS = 8  # a picture's credit line: "Graphics: Jo Roe", "Photo / Jo Roe / The Courier"
_USER_NAME = re.compile(r"[a-z][a-z0-9_.-]{2,24}")  # a community site's poster: "sallyb"


def find_byline(
    kept: list[Numbered],
    header: range,
    title_at: int,
    date_lines: list[lines.DateLine],
    profile: Profile,
    generic: Profile | None = None,
) -> tuple[tuple[str, ...], FieldNote]:
    dated = {d.index for d in date_lines}
    masthead: tuple[str, ...] = ()
    for index in _by_lines_first(kept, header, title_at):
        if index == title_at or not kept[index].text:
            continue
        if kept[index].text.lower() == "by" and (under := _names_under_by(kept, index, header)):
            return under, FieldNote("byline", "names on the lines under 'By'", 0.8)
        text = kept[index].text
        is_caption = generic is not None and lines.is_caption(text, profile, generic)
        if "|" in text and is_caption and not lines.byline_names(text, profile):
            # "… at the press conference | dpa": the picture's agency, no writer ("Text: Jo
            # Roe | Photos: Al Lee" credits both, the writer first)
            continue
        if lone := _NAME_OVER_LOST_DATE.match(text):
            # "Jo Roe Updated:": the writer and the label of a date the copy lost
            return (lone["name"],), FieldNote("byline", "a name beside an empty date label", 0.6)
        wire = _wire_beside_date(text) if index in dated else None
        if wire:
            # "EFE 02/22/2024" over the headline, "2013-03-20 09:08 Xinhua  Web Editor: …"
            # under it: the agency the story came from, beside its date
            return (wire,), FieldNote("byline", "an agency beside the date", 0.6)
        if lines.word_count(text) <= _CREDIT_WORDS and _is_under_dated_caption(
            kept, index, title_at
        ):
            continue  # "Jo Roe, The Courier" under "… on Saturday, Nov. 12, 2011.": its credit
        names = _byline_of(text, index in dated and index > title_at, profile)
        if names and not _is_caption_twice(kept, index):
            above = _name_above(kept, index, header, title_at)
            if above and all(is_role(n) for n in names):
                # "Harriet Lowe" above "Transport Correspondent": the person, not the beat;
                # above "Tribune News Service", the person and the paper's desk
                desks = tuple(n for n in names if _NEWS_SERVICE.match(n))
                return (above, *desks), FieldNote("byline", "name above its role line", 0.8)
            below = _name_below(kept, index, header, dated)
            is_desk = any(_WHOLE_DESK.search(n) for n in names)
            if below and all(is_role(n) for n in names) and not is_desk:
                # "Court reporter" over "Liam Prentice": the beat printed as the writer's label
                return (below,), FieldNote("byline", "name under its role line", 0.7)
            if index < title_at and all(_MASTHEAD_REPORT.search(n) for n in names):
                # "Tokyo Bay Report" atop the page: the site's name, shaped like a desk's
                # credit; a writer's byline under the headline comes first
                masthead = masthead or names
                continue
            names = _with_reporting_credit(kept, index, header, names, profile)
            return names, FieldNote("byline", "byline pattern", 0.9)
        # a live page names its writers by shift, above its headline too ("Jo Roe (now)
        # and Ann Lee (earlier)")
        is_shifts = "(now)" in kept[index].text or "(earlier)" in kept[index].text
        listed = lines.name_list(kept[index].text) if index > title_at or is_shifts else None
        if listed and not _is_caption_twice(kept, index):
            return listed, FieldNote("byline", "names joined by 'and' or '|'", 0.7)
    # A bare name in the cluster (beside the dateline on many layouts) is the byline; the
    # cluster starts under the headline's first print when the page prints it again
    # under the cluster ("<headline>", "• Jo Roe", "• Published …", "<headline>").
    title = kept[title_at].text
    top = next((i for i in range(title_at) if kept[i].text == title), title_at)
    for index in header:
        text = kept[index].text
        if index < top and _is_columnist_box(kept, index, top):
            return (text,), FieldNote("byline", "a columnist's box over the headline", 0.6)
        if index <= top or index in dated or not text or text in profile.sections:
            continue
        if _is_portrait_and_name(kept, index, header, dated):
            return (text,), FieldNote("byline", "a name under the writer's portrait", 0.6)
        # (the writer's name in an author box over the headline is no twin)
        if _is_printed_twice(kept, index, after=title_at) or _INTERFACE_WORDS & set(
            text.lower().split()
        ):
            continue  # a picture's alt text over its caption; a widget's label
        if text.startswith("The "):
            continue  # "The Midland Standard" over the writer's name: a paper, no person
        if text.lower().startswith("more from "):
            continue  # "More From Harbour Daily": the heading of a list of links, no person
        counted = lines.without_comment_count(text)
        if counted != text and lines.looks_like_name(counted):
            # "Jo Roe | 162": the writer beside the count of comments, whatever follows
            return (counted,), FieldNote("byline", "a name beside its count of comments", 0.6)
        if lines.is_caption(text, profile, generic or profile):
            continue  # "ছবি সংগৃহীত" (picture: collected) under the lead image
        above = next((kept[i].text for i in range(index - 1, -1, -1) if kept[i].text), "")
        if lines.PICTURE_LABEL.match(above):
            continue  # "Photo:" on the line above: the picture's credit, not the writer
        following = next((ln.text for ln in kept[index + 1 : header.stop] if ln.text), "")
        # (a caption's sentences under the writer's name are the picture's, not its credit)
        is_credit_line = lines.word_count(following) <= _CREDIT_WORDS
        is_credit_line = is_credit_line and lines.is_caption(following, profile, generic or profile)
        if following and is_credit_line:
            continue  # a graphic's alt text ("Indian Elections") over its credit line
        if text == kept[title_at].text:
            continue  # the headline printed again ("Scientists Map Hidden Reef")
        if all(word in SECTION_WORDS or word in _LIST_WORDS for word in text.lower().split()):
            continue  # "Local News", "TOP NEWS" under the headline: a label, no writer
        if is_banner_label(text):
            continue  # "BREAKING NEWS" over a ticker's alert: the banner's label, no writer
        if text.lower() in PLACES:
            continue  # "São Paulo" alone over the lede: where it was filed, no writer
        if _is_listed_above(kept, index, text):
            continue  # "MILITARY DEVELOPMENTS" under "1. MILITARY DEVELOPMENTS": a heading
        if index > title_at and is_issuer_under_headline(text, title):
            # "UNICEF" alone under "UNICEF Executive Director's remarks at …": the body
            # that issued the release credits it
            return (text,), FieldNote("byline", "the issuer's initials under the headline", 0.5)
        if index > title_at and (site := _BARE_SITE.fullmatch(text)):
            # "harbourdesk.net" alone under the headline: the site credits the text; a
            # repost names its source and the source's country: "News.am, Armenia"
            credit = site.group("site")
            return (credit,), FieldNote("byline", "the site's address under the headline", 0.5)
        if bio := _WRITER_BIO.match(text):
            return (bio["name"],), FieldNote("byline", "the writer's line of biography", 0.6)
        if sum(text in ln.text and lines.word_count(ln.text) <= 6 for ln in kept) >= 3:
            continue  # "Daily FT" under the headline, in the footer, in "More from Daily FT"
        # "জামাল হক তুহিনঃ" over the lede: the credit's colon (the visarga) is no letter
        text = text.rstrip(" :ঃ") if bengali.has_script(text) else text
        text = _IN_PLACE.sub("", text.lstrip("-–—|•· "))  # "Hannah Whitlock in Brussels"
        text = _OWN_SERVICE.sub("", text)  # "Rohit Kulkarni / TNN": the paper's own wire
        text = lines.without_outlet(text)  # "Ruslan Sangadji (The Jakarta Post)"
        name, bar, paper = text.partition(" / ")  # "Jo Roe / The Courier"
        text = name if bar and lines.is_paper(paper) else _HANDLE.sub("", text)
        text = lines.writer_beside_paper(text) or text  # an app's "Westshire Herald - Jo Roe"
        if kept[index].text.startswith("| ") and index > title_at and _USER_NAME.fullmatch(text):
            # "| sallyb" under a community site's headline: the poster's user name
            return (text,), FieldNote("byline", "a user name after a bar", 0.5)
        text = lines.without_avatar_initial(lines.without_comment_count(text))
        is_short = lines.word_count(text) <= 4 or lines.has_honorific(text)
        if lines.looks_like_name(text) and is_short and not _is_pictured(kept, index, text, title):
            names = (text, *_names_stacked_under(kept, index, header, dated))
            return names, FieldNote("byline", "a name in the article's cluster", 0.6)
    if masthead:
        return masthead, FieldNote("byline", "a desk's credit over the headline", 0.5)
    # a minister's media release: "The Hon Jo Roe MP" over her office and the day, above
    # the headline's cluster
    over = [line.text for line in kept[max(0, header.start - 8) : header.start] if line.text]
    honoured = next((m for t in reversed(over[-4:]) if (m := _HONOURABLE.match(t))), None)
    if honoured:
        return (honoured["name"],), FieldNote("byline", "the minister over the release", 0.5)
    return (), FieldNote("byline", "none found", 0.0)


def _is_pictured(kept: list[Numbered], index: int, name: str, title: str) -> bool:
    """A bare name under the headline, its surname in the headline and the whole name in
    the lede ("Jim Daly" under "… slapping Daly down …", over "… minister Jim Daly …"): the
    caption of the lead picture of the story's subject; a writer is not their own story."""
    words = (word.strip(_WORD_EDGES) for word in title.split())
    if name.split()[-1] not in {_POSSESSIVE.sub("", word) for word in words}:  # "Quill's way"
        return False
    following = kept[index + 1 : index + _LEDE_REACH]
    return name in next((ln.text for ln in following if lines.is_prose(ln.text)), "")


_WORD_EDGES = ".,:;!?'’‘\"“”()"
_POSSESSIVE = re.compile(r"['’]s$")
_LEDE_REACH = 8


# News agencies known by the short names pages credit them with beside a date
_KNOWN_WIRES = lines.AGENCIES | frozenset(
    "ANSA|Lusa|ANP|PAP|APA|Belga|TASS|RIA Novosti|Interfax|Kyodo|Kyodo News|KYODO NEWS"
    "|Jiji Press|Yonhap|KUNA|WAM|SPA|MENA|NAN|Trend|AzerTac|Kazinform|CNA|Antara|PNA|VNA"
    "|BTA|HINA|Tanjug|ATA|MIA|APS|MAP|TAP|QNA|ONA|BNA|Petra|IRNA|Xinhua News Agency"
    "|Agencia EFE|Europa Press|AFP|AP".split("|")
)
_CHUNKS = re.compile(r"\s{2,}|\s[|·•]\s")


# The place and the day, then the writer and the agency, on a line of their own, as the
# Caucasus' wires print it (the day often run into "By"): "Baku, Azerbaijan, Apr. 27By Jo
# Roe - Trend:"
_DATELINE_THEN_BY = re.compile(
    r"^[A-Z][\w.,'’ -]{1,50}?\d{1,2}\s?By (?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})"
    r"\s?[-–—]\s?[A-Z][\w.&'’ -]{1,30}:?$"
)
# A minister's name with the honorific and letters a government's media release prints
# over its headline: "The Hon Jo Roe MP", "Hon. Jo Roe", "Rt Hon Jo Roe KC MP"
_HONOURABLE = re.compile(
    r"^(?:The )?(?:Rt\.? )?Hon(?:\.|ourable)? (?:Dr\.? )?"
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}?)"
    r"(?: (?:MP|MLA|MPP|MLC|MHA|MHK|TD|KC|QC|AM|AO|OBE|MBE|CBE))*$"
)
# The last word of a list's or a desk's label, which no writer's name ends on
_LABEL_ENDS = frozenset("stories headlines updates briefs latest".split())
# A name, a dash or a bar, then how long ago the story was posted
_AGED_CREDIT = re.compile(
    r"^(?:By )?(?P<name>[^|•·]{2,40}?)\s+[-–—|•·]\s+(?:about |over )?(?:\d{1,3}|an?|one)\s"
    r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b"
)


def _is_credited_name(name: str) -> bool:
    """A known agency, or a person's name ("Jo Roe - 3 hours ago"); a section's label
    ("World News - 3 hours ago", "Top Stories") credits no one."""
    if name in _KNOWN_WIRES or name.upper() in _KNOWN_WIRES_UPPER:
        return True
    last = name.split()[-1].lower() if name.split() else ""
    if last in SECTION_WORDS or last in _LABEL_ENDS:
        return False
    return lines.looks_like_name(name) and lines.word_count(name) <= 4


# A known wire's name in capitals after the place (and the day), no brackets, as the wires
# of Central Asia and the Gulf print it: "ASTANA. KAZINFORM –", "Baku, March 5, AZERTAC.",
# "Riyadh, March 05, 2024, SPA --"
_BARE_WIRE_CREDIT = re.compile(
    r"^[A-Z][\w .,'’-]{1,50}?[,.]\s(?P<credit>[A-Z]{2,12})(?:\s?[–—-]{1,2}|\.)\s"
)
_KNOWN_WIRES_UPPER = frozenset(wire.upper() for wire in _KNOWN_WIRES)


def is_issuer_under_headline(text: str, title: str) -> bool:
    """An organisation's initials alone on a line ("UNICEF"), named in the headline too."""
    return (
        bool(_INITIALS.fullmatch(text))
        and text in title.replace("’", " ").replace("'", " ").split()
    )


_INITIALS = re.compile(r"[A-Z]{2,8}")


def _wire_beside_date(text: str) -> str | None:
    """The agency a date line names before or after its date and clock, and nothing else
    in that part of the line: "EFE 02/22/2024", "2013-03-20 09:08 Xinhua  Web Editor: …"."""
    if len(text) > lines.SHORT:
        return None
    first = next((c for c in _CHUNKS.split(text) if c.strip()), "")
    rest = dates.remove_dates(first).strip(" ,–—-|·•")
    return rest if rest in _KNOWN_WIRES and rest != first.strip() else None


def _by_lines_first(kept: list[Numbered], header: range, title_at: int) -> list[int]:
    """The cluster's lines in order, but a "By Jo Roe" line under the headline first: a
    desk's name over the headline ("Capitol Report", the paper's) is no writer then."""
    order = list(header)
    by_below = [i for i in order if i > title_at and kept[i].text.lower().startswith("by ")]
    return by_below[:1] + [i for i in order if i not in by_below[:1]]


# A credit shaped like a desk's report ("Valley Report"), which a site's name may be too
_MASTHEAD_REPORT = re.compile(r"\sReport$")
# the paper's own wire under the writer's name: "Tribune News Service", credited as printed
_NEWS_SERVICE = re.compile(r"^(?:[A-Z][\w&.'’-]*\s){1,4}News Service$")


def _names_under_by(kept: list[Numbered], index: int, header: range) -> tuple[str, ...]:
    """ "By" alone on its line, the writers one to a line under it, each printed twice
    (a portrait's alt text and the link), "and" on a line between them."""
    names: list[str] = []
    for below in range(index + 1, header.stop):
        text = kept[below].text
        if not text or text.lower() == "and":
            continue
        if not lines.looks_like_name(text):
            break
        names.append(text)
    return tuple(dict.fromkeys(names))


_DOTTED_PARTS = re.compile(r"\s[·•]\s+by\s", re.I)
# A read-later app's credit line: the writer, then the site's address, dots between
_APP_CREDIT = re.compile(r"^(?P<name>[^·•|]{3,60}?)\s[·•]\s[a-z0-9][a-z0-9-]{1,40}\.[a-z]{2,10}\b")
# Brackets whose link text the copy lost: "Jo Roe ( - May 3, 2024", "Jo Roe () | …"
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\(\s*(?=[-–—|]|$)")
_BY = re.compile(r"\bby\b", re.IGNORECASE)  # "November 22, 2021 17:12 GMT – By Jo Roe"
_HANDLE = re.compile(r"\s+@\w+$")  # "Jo Roe @jroe"
_OWN_SERVICE = re.compile(r"\s+/\s+(?:[A-Z]{2,6}|[A-Z][a-z]+ (?:News )?Service)$")
# Under the headline, the writer named in a line about them: "Jo Roe is The Courier's
# US correspondent based in New York" (at the end of a column it stays a paragraph).
_WRITER_BIO = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) is (?:the|a|an|our|[A-Z][\w'’.-]*) "
    r"[^.]{0,80}?\b(?:correspondent|reporter|writer|editor|columnist|journalist)\b[^.]{0,60}\.?$"
)
_NAME_OVER_LOST_DATE = re.compile(
    r"^(?!.*\b(?i:last|first|page|story|article|news|post)\b)"
    r"(?P<name>[^\W\d_][^\s\d|:]*(?: [^\W\d_][^\s\d|:]*){1,3}) (?:Updated|Published|Posted)\s*:?$"
)
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?$")
# Words of page furniture that read like a capitalised name ("Share Button", "Post Type
# Selectors", "Press Briefing", a picture's alt text "Article Featured Image"); no person
# is called so.
_INTERFACE_WORDS = frozenset(
    "button buttons selectors selector type press briefing share read offline download"
    " anywhere update browser granted search menu login newsletter gallery video photo"
    " image featured thumbnail logo icon badge"
    # a science newswire's label for what kind of release it is: "Peer-Reviewed Publication"
    " publication".split()
)


_LIST_MARK = re.compile(r"^(?:\d{1,2}[.)]|[•·*–-])\s+")


def _names_stacked_under(
    kept: list[Numbered], index: int, header: range, dated: set[int]
) -> tuple[str, ...]:
    """The writers printed one to a line right under the first, no blank between ("Jo
    Roe", "Ann Lee"), as many pages list a story's several writers without "By"."""
    names: list[str] = []
    for below in range(index + 1, min(index + 4, header.stop)):
        text = kept[below].text
        if not text or below in dated or is_role(text) or text == kept[index].text:
            break
        if text.lower() in PLACES or all(w in SECTION_WORDS for w in text.lower().split()):
            break  # "Jo Roe" over "New Delhi" or "Local News": the place or section, no writer
        if not (lines.looks_like_name(text) and lines.word_count(text) <= 4):
            break
        if lines.is_paper(text):
            break  # "Kiri Tane" over "Harbour Broadcasting News": where she works
        names.append(text)
    return tuple(names)


def _is_listed_above(kept: list[Numbered], index: int, text: str) -> bool:
    """The line is an item of a numbered or bulleted contents list printed above it."""
    return any(
        ln.text != text and _LIST_MARK.sub("", ln.text, count=1) == text
        for ln in kept[max(0, index - 40) : index]
    )


def _is_printed_twice(kept: list[Numbered], index: int, after: int = -1) -> bool:
    """The same short line right above or below: alt text and caption of one picture
    (looked for below line `after` only)."""
    near = [ln.text for ln in kept[max(0, index - 3, after + 1) : index + 4] if ln.text]
    return near.count(kept[index].text) > 1


def _is_portrait_and_name(
    kept: list[Numbered], index: int, cluster: range, dated: set[int]
) -> bool:
    """ "Jo Roe" twice running (the writer's portrait's alt text, then the link to their
    page), then their role or the date (or its age): the writer, where a picture's caption
    naming who is in it would run on into the story."""
    text = kept[index].text
    printed = [i for i in range(index + 1, cluster.stop) if kept[i].text][:2]
    if len(printed) < 2 or kept[printed[0]].text != text or not lines.looks_like_name(text):
        return False
    after = kept[printed[1]].text
    # (an age, "2 days ago", is the date a feed prints under its writer's portrait)
    is_age = bool(dates.RELATIVE.fullmatch(after.strip()))
    return printed[1] in dated or header.names_a_role(after) or is_age


def _is_columnist_box(kept: list[Numbered], index: int, top: int) -> bool:
    """ "Jo Roe", then "Columnist", right over the headline: an opinion page's box of its
    writer (a kicker or a section is never a person's name over a role)."""
    text = kept[index].text
    printed = [i for i in range(index + 1, top) if kept[i].text]
    if len(printed) != 1 or not text or not lines.looks_like_name(text):
        return False
    return lines.word_count(text) <= 4 and header.names_a_role(kept[printed[0]].text)


def _is_caption_twice(kept: list[Numbered], index: int) -> bool:
    """A picture's alt text and caption naming who is in it ("Lagos State Governor, Jo
    Roe" twice running): no writers, who are credited once, with "By" when twice. A
    desk's credit twice ("HT Correspondent": its portrait's alt text, then its link)
    names no one in a picture."""
    text = kept[index].text
    is_desk = lines.word_count(text) <= _DESK_CREDIT_WORDS and bool(_DESK_CREDIT.search(text))
    return _is_printed_twice(kept, index) and not text.lower().startswith("by") and not is_desk


# The word that ends a desk's name: "Business Desk", "Delhi Bureau", "City Newsroom", and
# the newsroom in Spanish, Portuguese, French, German, Italian, Dutch, Polish and Indonesian
# ("Redacción", "Redação", "Redakcja")
_DESK_ENDS = (
    r"desk|bureau|newsroom|news service"
    r"|redacción|redação|rédaction|redaktion|redazione|redactie|redakcja|redaksi"
)
# "HT Correspondent", "Staff Reporter", "City Desk": a credit that names no person
_DESK_CREDIT = re.compile(rf"\b(?:correspondent|reporter|{_DESK_ENDS})s?$", re.IGNORECASE)
_DESK_CREDIT_WORDS = 4


# The words a list's or a category's label adds to a section's: "Top News", "Latest News"
_LIST_WORDS = frozenset("top latest trending featured".split())


# A desk credits the whole text itself: the line under "Business Desk" is where it was
# filed ("New Delhi"), not a person the desk's label stands over.
_WHOLE_DESK = re.compile(rf"\b(?:{_DESK_ENDS})$", re.IGNORECASE)


def _name_below(kept: list[Numbered], index: int, header: range, dated: set[int]) -> str | None:
    """The next printed line, when it is a person's name alone (not a date, not a picture's
    alt text printed twice)."""
    below = next((i for i in range(index + 1, header.stop) if kept[i].text), None)
    if below is None or below in dated or _is_printed_twice(kept, below):
        return None
    text = kept[below].text
    return text if lines.looks_like_name(text) and lines.word_count(text) <= 4 else None


def _name_above(kept: list[Numbered], index: int, header: range, title_at: int) -> str | None:
    for above in range(index - 1, max(title_at, header.start - 1), -1):
        text = kept[above].text
        if text:  # but not a picture's alt text over its caption
            return (
                text if lines.looks_like_name(text) and not _is_printed_twice(kept, above) else None
            )
    return None


# a byline whose name sits in brackets after "By", its "By" printed again inside them
_BY_IN_BRACKETS = re.compile(r"^By\s+\((?:By\s+)?(?P<name>[^()]{2,60})\)$", re.IGNORECASE)


# A broadcaster's page dates the item by the programme it aired on: "From Nightcall, 9:05
# pm on 2 May 2019", "From Morning Desk, 7:10 am on 3 May 2021" (a show, no writer)
_FROM_PROGRAMME = re.compile(r"^From [A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*| to| To| of){0,4}, ")


def _byline_of(text: str, is_dated: bool, profile: Profile) -> tuple[str, ...] | None:
    """The names on a byline line, also when a date or a "|" shares the line with them
    ("By Jane Roe - July 17, 2010", "Jane Roe | Published: 3 May 2024")."""
    text = text.lstrip("-–—|•· ")  # "- SANDUN A. JAYASEKERA", "| IRFAN HAJI"
    text = _EMPTY_BRACKETS.sub(" ", text).strip()  # "Jo Roe ( - May 3, 2024": a lost link
    text = _BY_IN_BRACKETS.sub(r"By \g<name>", text)  # "By (By a staff reporter)"
    credit = credit_line(text)
    if credit:  # "মোঃ হৃদয় হোসাইন, মাভাবিপ্রবি প্রতিনিধি :" alone on its line
        return (credit,)
    honourable = _HONOURABLE.match(text) if "Hon" in text else None
    if honourable:
        return (honourable["name"],)  # "The Hon Jo Roe MP" over a minister's media release
    dated_by = _DATELINE_THEN_BY.match(text) if "By " in text else None
    if dated_by and lines.looks_like_name(dated_by["name"]):
        return (dated_by["name"],)  # "Baku, Azerbaijan, Apr. 27By Jo Roe - Trend:"
    aged = _AGED_CREDIT.match(text) if " ago" in text else None
    if aged and _is_credited_name(aged["name"]):
        # "KYODO NEWS - 2 hours ago - 15:00 | All, Japan": the credit beside the story's
        # age (the relative date dates nothing; the name still credits the story)
        return (aged["name"],)
    slashed = _slashed_credit(text) if text.rstrip(" .").endswith("/") else None
    if slashed:  # "Georgia, Tbilisi, Feb. 7 /Trend, N. Kirtskhalia/" alone on its line
        return (slashed,)
    meta = lines.meta_byline(text)
    if meta is not None:  # "posted by Jane Roe in Oakfield, fire."
        return (meta.name,)
    app_credit = _APP_CREDIT.match(text)
    if app_credit and lines.looks_like_name(app_credit["name"]):
        return (app_credit["name"],)  # a reading app's "Jo Roe · courier.example · Saved …"
    after_date = _BY_AFTER_DATE.search(text) if "By" in text else None
    # (over the headline too, where a dateline is not asked for its writer)
    if after_date and (is_dated or dates.find_date(text[: after_date.start()], "UTC", {})):
        names = lines.byline_names(after_date["credit"], profile)
        if names:
            return names  # "Published On: March 9, 2026 11:05 AM NPT By: Jo Roe": no bar between
    names = lines.byline_names(text, profile)
    # parts between bars or dots: "Jo Roe | Published: 3 May 2024", a reading app's
    # "courierpost.example · by Jo Roe · 6 min"
    if names or not (is_dated or "|" in text or _DOTTED_PARTS.search(text)):
        return names
    if is_dated and "|" in text and lines.is_dated_kind_bar(text, profile):
        return None  # "14 November 2023 | News release | Port Elwin": the place, no writer
    if is_dated and dates.opens_with_date_and_clock(text) and not _BY.search(text):
        return None  # "May 31, 2016, 10:23 a.m. Press Room, Annex": a venue after the clock
    if is_dated and _FROM_PROGRAMME.match(text):
        return None  # "From Nightcall, 9:05 pm on 2 May 2019": the show it aired on
    if is_dated and "|" in text:
        # "By Jo Roe, Al Lee and Ann Fox | Updated …": writers listed before the bar; their
        # commas are not the one between a source and its date read below
        listed = lines.byline_names(datelines.split_parts(text)[0], profile)
        if listed and len(listed) > 1:
            return listed
    if is_dated and "," in text:  # "Xinhua, December 14, 2016": the source and its date
        names = lines.byline_names(text.split(",")[0], profile)
        if names:
            return names
    parts = datelines.split_parts(text)
    # a labelled credit among the parts names the writer, before a bare name-like part:
    # "N1 Info 26.09.2023 | Autor: N1 Beograd" (the source's name, then its author)
    labelled = next(
        (n for p in parts[1:] if _LABELLED.match(p) and (n := lines.byline_names(p, profile))), None
    )
    if labelled:
        return labelled
    for piece in parts:
        part = dates.remove_dates(piece).strip(" ,–—-") if is_dated else piece
        # "Jo Roe 2025/03/18 21:40 Views 512", "林書澄 2024/02/27 17:09 點閱 848 次"
        part = _READ_COUNT.sub("", part).strip(" ,–—-|·•") if is_dated else part
        # "Jo Roe Jun 14, 2020 65": the count of comments after the writer's date
        part = lines.without_comment_count(part) if is_dated else part
        if is_dated and _DENSE_NAME.fullmatch(part) and not lines.date_label(text, profile):
            return (part,)  # a Chinese or Korean name beside its date ("林書澄", "김민수")
        writer = _after_outlet_and_date(piece) if is_dated else None
        if writer:
            return (writer,)
        names = lines.byline_names(part, profile) or lines.name_list(part) if part else None
        if names:
            return names
        writer, dash, wire = part.partition(" - ") if is_dated else ("", "", "")
        is_wire = _WIRE_WORDS & set(wire.lower().split())
        # "March 5, 2024 | Dana Holt - Corporate Vice President, Communications": a company
        # newsroom's writer and her title
        is_title = bool(_CORPORATE_TITLE.search(wire))
        if dash and lines.looks_like_name(writer) and (is_wire or is_title):
            # "12 mars 2024 |Julie Roy - La Presse canadienne | Sherbrooke": the writer, then
            # the wire or paper she writes for
            return (writer,)
        if is_dated and piece is parts[0] and _CAMEL_OUTLET.fullmatch(part) and len(parts) > 1:
            # "DakarMatin  |   Publication 03/02/2025": a site's name run into one word,
            # before its date, credits the site
            return (part,)
        source = _SOURCE_BESIDE_DATE.fullmatch(part) if is_dated else None
        credited = source and (source["bracketed"] or source["site"])
        if credited and not set(credited.lower().split()) & (_NOTE_WORDS | SECTION_WORDS):
            # "[Radio Harbour] - 31/05/2024", "harbourdesk.ma – 13/05/2021": a repost's
            # source, credited alone ("[Update] - 31/05/2024" is an editor's note)
            return (credited,)
        # "SERAJUL HAQUE | 2025-09-30 12:00"; but "Published - May 23 - New Delhi" and
        # "New Delhi : October 8, 2009" (a release's dateline) name a place
        is_place = bool(lines.date_label(text, profile)) or bool(
            re.match(rf"{re.escape(part)}\s?:", text)
        )
        # "13 November 2019 | Local News": a section beside the date, not a writer
        is_section = any(w.lower() in SECTION_WORDS for w in part.split()[-1:])
        is_section = is_section or bool(header.ROUNDUP_END.search(part))  # "… News Summary"
        if is_dated and lines.looks_like_name(part) and not is_place and not is_section:
            return (part,)
    return None


# The writer after the date and its clock on one line, no bar between: "… 11:05 AM NPT
# By: Jo Roe" (short dated lines only)
_BY_AFTER_DATE = re.compile(r"\s(?P<credit>By:?\s+[^\d\s][^|]{1,60})$")
# A credit's label: "By", "Autor:", "Author:", "Автор:" and the like
_LABELLED = re.compile(
    r"^(?:By|Par|Por|Von|Door|Av|Autor|Autorka|Author|Автор|Авторы|Writer)\b", re.IGNORECASE
)


# Who a repost is from, beside its date: a name in square brackets, as aggregators print
# their source ("[Radio Harbour] - 31/05/2024"), or a site's domain ("harbourdesk.ma – …")
_SOURCE_BESIDE_DATE = lazy_pattern(
    r"\[(?P<bracketed>[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3})\]"
    # also a domain spelt as the site spells its name: "Digi24.ro, 6 octombrie 2025 17:20"
    r"|(?P<site>[a-z0-9][a-z0-9-]{1,40}\.[a-z]{2,6}|[A-Z][A-Za-z0-9-]{1,30}\.[a-z]{2,6})",
    ignore_case=False,
)

# A site's address alone: "harbourdesk.net"
_BARE_SITE = lazy_pattern(
    r"(?P<site>[a-z0-9][a-z0-9-]{1,40}\.[a-z]{2,6}|[A-Z][A-Za-z0-9-]{1,30}\.[a-z]{2,6})"
    r"(?:, [A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?)?",
    ignore_case=False,
)
# A site's name of two capitalised words run into one: "SenePlus", "DakarMatin"
_CAMEL_OUTLET = lazy_pattern(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+", ignore_case=False)
# The words of a wire's or a paper's name after its writer's: "La Presse canadienne",
# "Agence France-Presse", "The Canadian Press", "Harbour News"
_WIRE_WORDS = frozenset(
    "presse press agence agency news média médias radio télévision wire service".split()
)
_NOTE_WORDS = frozenset(
    "update updated edit edited correction corrected video photo photos audio live breaking"
    " exclusive new editor's editors note".split()
)


# A company officer's title after the writer's name on a newsroom's post
_CORPORATE_TITLE = re.compile(
    r"\b(?:vice president|president|chief [a-z]+ officer|ceo|cfo|cto|cmo|director|head of"
    r"|manager|spokesperson|chair(?:man|woman|person)?|founder)\b",
    re.IGNORECASE,
)
# How many read the page, printed on its meta line: "Views 512", "1,204 reads",
# "點閱 848 次", "阅读 1203", "조회 35"
_READ_COUNT = re.compile(
    r"(?:\b(?:views?|reads?|hits?)\s*:?\s*[\d,.]+[kK]?\b|\b[\d,.]+[kK]?\s+(?:views?|reads?)\b"
    r"|(?:點閱|點擊|瀏覽|阅读|閱讀|浏览|조회수?)\s*[:：]?\s*[\d,]+\s*(?:次|회)?)",
    re.IGNORECASE,
)
# A name of three or four Chinese characters or Hangul syllables; two are as often a
# place ("台北", "서울"), so a two-character name is not read beside a date.
_DENSE_NAME = re.compile(r"[\u4e00-\u9fff]{3,4}|[\uac00-\ud7a3]{3,4}")

# The last word of a paper's or a channel's name ("CBC News", "The Courier Times").
_OUTLET_WORDS = frozenset(
    "news times post herald press star tribune journal daily mail gazette express"
    " telegraph standard chronicle observer courier guardian mirror report wire".split()
)


def _after_outlet_and_date(piece: str) -> str | None:
    """A clipping's credit, "CBC News July 2, 2018 John Rieti": the outlet, its date and the
    writer; the writer is the name after the date."""
    around = dates.split_at_date(piece) if len(piece) <= 120 else None
    if around is None:
        return None
    outlet, writer = (part.strip(" ,|–—-") for part in around)
    words = outlet.split()
    is_named = lines.looks_like_name(outlet.removeprefix("The ")) or len(words) == 1
    if not words or words[-1].lower() not in _OUTLET_WORDS or not is_named:
        return None
    return writer if lines.looks_like_name(writer) and lines.word_count(writer) <= 4 else None


# National wires whose short names sign off the stories papers reprint: Nigeria's, the
# Gulf's, Senegal's and Africa's press agencies, Russia's, Korea's, Japan's, Spain's.
_WIRES = "NAN|KUNA|WAM|MENA|APS|APA|TASS|Yonhap|Kyodo|EFE"
_SIGN_OFF = re.compile(
    r"^(?:[-–—]+\s*)?\(?(?P<credit>AP|AFP|Reuters|REUTERS|PTI|IANS|UNB|BSS|ANI|Xinhua|XINHUA|dpa"
    rf"|Bernama|BERNAMA|{_WIRES})\)?\.?$"
    r"|^\(?(?:Reporting|Additional reporting|Writing|Editing) by [^()]{1,200}\)?$"
    r"|^[\w’'. ]{2,60} contributed (?:to )?(?:this report|reporting)[^.]{0,80}\.?$"
)
_REPORTERS = re.compile(
    r"^\(?(?:Reporting|Reported) by (?P<names>[^;()]{2,120}?)(?:\s+in\s+[A-Z][^;()]*)?"
    r"(?:;[^()]*)?\)?$"
    # a Canadian wire's note under the story: "This report by The Canadian Press was first
    # published May 5, 2022."
    r"|^This (?:report|story|article) by (?P<wire>[A-Z][^,;()]{1,60}?)"
    r" was first published\b.{0,60}$"
)
_WRITTEN_BY = re.compile(r";\s*writing by ([^;()]{2,80}?)\s*(?=;|\)|$)", re.IGNORECASE)
# The desk's initials, then the wire: "MS/cat/APA", "RK/SM/AP".
_CODED_SIGN_OFF = re.compile(rf"^(?:[A-Za-z]{{1,4}}/){{1,3}}(AP|AFP|PTI|IANS|UNB|BSS|{_WIRES})$")
# The portal and the agency it took the story from, under the text: "federalna.ba/AA",
# "klix.ba/FENA", as the Balkan portals sign a wire's story
_SITE_SIGN_OFF = re.compile(r"^([a-z0-9][a-z0-9-]{1,40}\.[a-z]{2,6}/[A-Z][A-Za-z]{1,12})$")
_TRAILING_CREDIT = re.compile(
    # "… said. -UNB", "… on Sunday. -- PTI" (two hyphens for a dash), "… assent. (NAN)"
    rf"\s+(?:[-–—]{{1,2}}\s*|\()(AP|AFP|Reuters|PTI|IANS|UNB|BSS|ANI|{_WIRES})\)?\s*$"
    # the agency in capitals after the last sentence: "… the Commission said. REUTERS"
    r"|(?<=[.!?”\"’])\s+(AP|AFP|REUTERS|PTI|IANS|UNB|BSS|ANI|XINHUA|BERNAMA)\s*$"
    # the agency spelled out after a dash, as a reprint credits it: "… refugees. — Anadolu Agency"
    r"|(?<=[.!?”\"’])\s+[—–]\s*(Anadolu Agency|Associated Press|The Associated Press"
    r"|Agence France-Presse|Kyodo News|Press Trust of India|Xinhua|Bloomberg|Reuters|AFP|dpa"
    r"|Bernama|Yonhap)\s*$"
)
# The reporters a wire credits in brackets after the last sentence, on its line
_GLUED_REPORTERS = re.compile(
    r"(?<=[.!?”\"’])\s+\((?:Reporting|Reported) by (?P<names>[^;()]{2,80}?)"
    r"(?:\s+in\s+[A-Z][^;()]{0,40})?(?:;[^()]{0,160})?\)$"
)
_GLUED_REACH = 300
# How many of the page's own paragraphs may follow a wire's sign-off.
SIGN_OFF_REACH = 5
_AGENCY_NAMES = {name.upper(): name for name in lines.AGENCIES}


def drop_sign_off(
    paragraphs: tuple[str, ...], profile: Profile
) -> tuple[tuple[str, ...], str | None]:
    """A wire's sign-off after the last paragraph ("-UNB", "(AP)", "(Reporting by …)",
    "Bureau Report") is not text; it is the credit when the page printed no byline."""
    kept = list(paragraphs)
    credit = None
    # "REUTERS" alone, then the page's own prompts ("BT is now on Telegram!"): the wire's
    # sign-off ends the story however much the copy ran on
    near_end = range(max(1, len(kept) - 1 - SIGN_OFF_REACH), len(kept) - 1)
    ends = [i for i in near_end if _wire_of(kept[i])]
    if ends:
        kept = kept[: ends[-1] + 1]
    glued_reporters = _GLUED_REPORTERS.search(kept[-1][-_GLUED_REACH:]) if kept else None
    if glued_reporters:
        # "… oil exporter. (Reporting by Jo Roe; Editing by Al Lee)": a reprint keeps the
        # wire's credit on the last paragraph's line
        credit = glued_reporters["names"].strip()
        cut = len(kept[-1]) - len(kept[-1][-_GLUED_REACH:]) + glued_reporters.start()
        kept[-1] = kept[-1][:cut].rstrip()
    while len(kept) > 1 and len(kept[-1]) <= 240:
        glued = _TRAILING_CREDIT.search(kept[-1])
        if glued:  # "… with Hatirjheel Police Station.    -UNB"
            agency = glued.group(1) or glued.group(2) or glued.group(3)
            credit = credit or _AGENCY_NAMES.get(agency, agency)
            kept[-1] = kept[-1][: glued.start()].rstrip()
            break
        match = (
            _SIGN_OFF.match(kept[-1])
            or _CODED_SIGN_OFF.match(kept[-1])
            or _SITE_SIGN_OFF.match(kept[-1])
        )
        # After the last sentence, a short line that is no sentence ("RK/SM/AP", "Read
        # Full Story", a related headline) is the page's, not the article's.
        if not match and (header.is_body_prose(kept[-1]) or lines.word_count(kept[-1]) > 12):
            break
        if not match and _is_indic_sentence(kept[-1]):
            break  # a sentence of three long words in Tamil or Kannada is still a sentence
        if not match and _is_short_sentence(kept[-1]):
            break  # "No injuries were reported.": the story's last sentence, however short
        signed = _wire_of(kept[-1]) if match else None
        if match and not signed and (reporters := _REPORTERS.match(kept[-1])):
            signed = _with_writers(reporters["names"], kept[-1])
        if not signed and not match:
            # "— Reporting by Jo Roe": a dash before the credit, as a rule would be
            names = lines.byline_names(kept[-1].lstrip("—–- "), profile)
            signed = names[0] if names and len(names) == 1 else None
        credit = credit or signed
        kept.pop()
    return tuple(kept), credit


def _is_short_sentence(text: str) -> bool:
    """A sentence of a few words: a capital, words in lower case, a full stop (a
    sign-off is a name, codes or a prompt, never a sentence of the story's words)."""
    words = text.split()
    first = text[:1]
    if first.isalpha() and not first.isupper() and not first.islower():
        # Korean, Arabic, Hebrew, Indic scripts: no capitals to ask; a few words closed by
        # a full stop are a sentence ("인근 주민들은 소음을 걱정하고 있다.")
        return len(words) >= 3 and text.endswith((".", "!", "?", "。", "।", "۔"))
    if len(words) < 3 or not first.isupper() or not text.endswith((".", "!", "?")):
        return False
    lower = sum(1 for word in words[1:] if word[:1].islower())
    about_page = _PAGE_WORDS & {word.strip(".!?,").lower() for word in words}
    return lower >= len(words[1:]) / 2 and not _SIGN_OFF_PROMPT.match(text) and not about_page


# Prompts that close a page's copy and read like sentences: "Read more.", "Follow us on …",
# "Is this page useful?", "Comments are closed."
_SIGN_OFF_PROMPT = re.compile(
    r"^(?:Read|Click|Follow|Subscribe|Sign up|Download|Join|Watch|Listen|Share|Like)\b", re.I
)
_PAGE_WORDS = frozenset(
    "page comments comment article story post newsletter subscribe app website site link"
    " share click follow helpful useful".split()
)


# An author box under the story: the writer's picture (its alt text, "Avatar"), then the
# name or the desk, then a line about them.
_AUTHOR_PICTURE = re.compile(r"^(?:Avatar|Author avatar|Author image|Author photo)$")
_DESK_NAME = re.compile(r"\b(?:news desk|desk|staff|newsroom|news team|editors)$", re.IGNORECASE)
_BOX_REACH = 40  # lines under the story's end where its author box may sit


def author_under_picture(all_lines: list[Numbered], end: int) -> str | None:
    """The name under the writer's picture in the box under the story ("Avatar" over
    "The Harbour Wire news desk"), when the head named nobody."""
    printed = [line.text for line in all_lines[end : end + _BOX_REACH] if line.text]
    for at, text in enumerate(printed[:-1]):
        if not _AUTHOR_PICTURE.match(text):
            continue
        name = printed[at + 1]
        is_short = lines.word_count(name) <= 7 and not lines.ends_like_prose(name)
        if is_short and (lines.looks_like_name(name) or _DESK_NAME.search(name)):
            return name
    return None


def is_headshot_card(kept: list[Numbered], index: int) -> bool:
    """ "Headshot of Jo Roe" over "Jo Roe Producer, Morning Show": a writer's card (a
    portrait's alt text inside the text, over a sentence naming them, is a picture of someone
    in the story)."""
    card = _HEADSHOT.match(kept[index].text)
    name = card["name"].strip() if card else ""
    under = next((ln.text for ln in kept[index + 1 : index + 4] if ln.text), "")
    is_card = under.startswith(name) and under != name and not header.is_body_prose(under)
    return bool(name) and is_card


def headshot_cards(all_lines: list[Numbered], end: int) -> tuple[str, ...]:
    """The writers' cards under the story, each led by its picture's alt text ("Headshot of
    Jo Roe" over "Jo Roe Producer, Morning Show"), when the head named nobody: the names
    the cards repeat."""
    printed = [line.text for line in all_lines[end : end + _BOX_REACH] if line.text]
    names: list[str] = []
    for at, text in enumerate(printed[:-1]):
        card = _HEADSHOT.match(text)
        name = card["name"].strip() if card else ""
        if name and printed[at + 1].startswith(name) and lines.looks_like_name(name):
            names.append(name)
    return tuple(dict.fromkeys(names))


_HEADSHOT = re.compile(r"^Headshot of (?P<name>[A-Z][\w.'’ -]{1,60})$")


def closing_credit(
    paragraphs: tuple[str, ...], profile: Profile
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A writer credited under the body, where some blogs and charities print their only
    byline: "Words by Ruth Ambani, Programme Officer", or an author's box ("Jo Roe" over
    "Jo Roehttps://example.org/" and a bio). The body ends above it; what follows is the
    page's (photo credits, prompts, the bio). Returns the body and the names."""
    signed = _SIGNATURE.match(paragraphs[-1]) if len(paragraphs) > 1 else None
    if signed and lines.looks_like_name(signed["name"]):
        # "— Marta Roe, Eastfield" closing a letter or a column: its writer, signing
        return paragraphs[:-1], (signed["name"],)
    for at in range(len(paragraphs) - 1, max(0, len(paragraphs) - 1 - SIGN_OFF_REACH), -1):
        text = paragraphs[at]
        if len(text) > _CREDIT_CHARS:
            continue
        is_credit = _CLOSING_BY.match(text) and not header.is_body_prose(text)
        if is_credit and (names := lines.byline_names(text, profile)):
            return paragraphs[:at], names  # ("Written by hand, the letter …" is the story's)
        after = paragraphs[at + 1] if at + 1 < len(paragraphs) else ""
        # the name, then the name run into its link: the box's heading and profile link
        is_box = after.startswith(text) and _LINK_START.match(after[len(text) :])
        if is_box and lines.looks_like_name(text):
            return paragraphs[:at], (text,)
        if _is_box_over_bio(paragraphs, at):
            return paragraphs[:at], (text,)
    return paragraphs, ()


# A dash, the writer's name, and where they write from or what they do.
_SIGNATURE = re.compile(r"^(?:[—–]|--?)\s*(?P<name>[^,—–-]{3,50})(?:,\s*[^,]{2,60})?$")


def _is_box_over_bio(paragraphs: tuple[str, ...], at: int) -> bool:
    """An author box under the story: the writer's name alone ("Jo Roe"), then the box's
    sketch of their career, which names them again and what they do ("… Jo Roe became
    editor of …"), the box's last paragraph but for a button. A name the story spoke of
    before is a subhead over a passage about someone in it."""
    name = paragraphs[at]
    if at + 2 > len(paragraphs) or not 2 <= lines.word_count(name) <= 4:
        return False
    # under the sketch, a button or two at most ("Back to top")
    if any(lines.word_count(text) > _BUTTON_WORDS for text in paragraphs[at + 2 :]):
        return False
    if not lines.looks_like_name(name) or any(name in text for text in paragraphs[:at]):
        return False
    sketch = paragraphs[at + 1]
    first = name.split()[0]
    # "With three years of experience, Stephen, The Courier's correspondent, has …": the
    # sketch may name them by the first name alone, set off by commas after its opening
    named_apart = f", {first}, " in sketch
    names_them = name in sketch or sketch.startswith(f"{first} ") or named_apart
    is_long = lines.word_count(sketch) >= _SKETCH_WORDS
    return names_them and is_long and bool(_SKETCH_ROLE.search(sketch))


_SKETCH_WORDS = 15
_BUTTON_WORDS = 4
_SKETCH_ROLE = re.compile(
    r"\b(?:editor|writer|journalist|reporter|correspondent|columnist|contributor|freelance"
    r"|author|analyst|producer|blogger)\b",
    re.IGNORECASE,
)


def closing_bio(paragraphs: tuple[str, ...]) -> str | None:
    """An opinion piece's only credit, its writer's one-line biography as the last
    paragraph ("Jo Roe is a lecturer in planning at Eastfield College."): the name, when
    the body never named that person before (a story's last line about someone in it is
    no biography). The paragraph stays in the body."""
    if len(paragraphs) < 2 or lines.word_count(paragraphs[-1]) > 35:
        return None
    bio = _CLOSING_BIO.match(paragraphs[-1])
    if bio is None or any(bio["name"] in text for text in paragraphs[:-1]):
        return None
    # an author box prints the name, a dash, then the line that names them again
    if bio["twin"] and bio["twin"] != bio["name"]:
        return None
    return bio["name"]


# A role may hold an initial's stop: "the Jo P. Roe Fellow at the Institute."
_BIO_FILLER = r"(?:[^.]|(?<= [A-Z])\.)"
_CLOSING_BIO = re.compile(
    r"^(?:[—–-]\s*|(?P<twin>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) [—–-] )?"
    r"(?P<name>[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|al|bin|de|van|von)){1,3})"
    rf" is (?:an?|the|a former|a senior) {_BIO_FILLER}{{0,80}}?\b(?i:lecturer|professor"
    r"|researcher|fellow|analyst|director|author|writer|columnist|editor|journalist|economist"
    r"|lawyer|planner|consultant|commentator|scholar|historian|scientist|engineer|physician"
    r"|doctor|teacher|activist|founder|diplomat|ambassador|minister|student|chair|head)s?\b"
    rf"{_BIO_FILLER}{{0,100}}\.$"
)


# A credit line is a name and a role at most; the reach up from the end is SIGN_OFF_REACH.
_CREDIT_CHARS = 80
_CLOSING_BY = re.compile(r"^(?:words|story|text|reporting|written|report) by\b", re.IGNORECASE)
_LINK_START = re.compile(r"^(?:https?://|www\.)\S*$")


def _wire_of(line: str) -> str | None:
    """The wire a sign-off line names ("(AP)", "-UNB", "MS/cat/APA"); None for others."""
    match = _SIGN_OFF.match(line)
    if match and match["credit"]:
        return match["credit"]
    coded = _CODED_SIGN_OFF.match(line) or _SITE_SIGN_OFF.match(line)
    return coded.group(1) if coded else None


def is_first_published_note(line: str) -> bool:
    """ "This report by The Canadian Press was first published May 5, 2022." """
    found = _REPORTERS.match(line.strip()) if len(line) <= 240 else None
    return bool(found and found["wire"])


def release_signer(all_lines: list[Numbered], first: int) -> str | None:
    """The press officer who signs a release under its end mark: "ENDS." over "Anna
    Thompson/NZ Police" (the name, a slash, the office). `first`: the body's first line's
    number; the mark is looked for below it."""
    printed = [line.text for line in all_lines if line.number > first and line.text]
    for at, text in enumerate(printed[:-1]):
        if _END_MARK.match(text):
            found = _SIGNER.match(printed[at + 1])
            return found["name"] if found and lines.looks_like_name(found["name"]) else None
    return None


_END_MARK = re.compile(r"^(?:-+\s*)?(?:ENDS?|Ends?)\.?(?:\s*-+)?$")
_SIGNER = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})\s?/\s?[A-Z][\w .&'’-]{1,40}$"
)


def _with_reporting_credit(
    kept: list[Numbered], index: int, header: range, names: tuple[str, ...], profile: Profile
) -> tuple[str, ...]:
    """A broadcaster's page credits its web producer, then on the next line the reporter
    ("By Jo Roe, Digital Producer" / "Reporting by Al Lee, Reporter"): both are writers."""
    below = next((i for i in range(index + 1, header.stop) if kept[i].text), None)
    text = kept[below].text if below is not None else ""
    if len(text) > 120 or not text.startswith(("Reporting by ", "Reported by ")):
        return names
    more = lines.byline_names(f"By {text.partition(' by ')[2]}", profile)
    return tuple(dict.fromkeys((*names, *more))) if more else names


def reporters_of(line: str) -> str | None:
    """The reporters a wire credits where its tail starts ("Reporting by Jo Roe and Al
    Lee; Editing by …"), when that line ended the body rather than closing it."""
    found = _REPORTERS.match(line.strip()) if len(line) <= 240 else None
    return (_with_writers(found["names"], line) or found["wire"]) if found else None


# A Cyrillic writer's name alone as the page's last line, as Russian, Ukrainian and Kazakh
# news sites sign a story under its text ("Рената Валеева", "Гелена Деревянко"): two or
# three capitalised words, one of them with a surname's ending, so that a heading such as
# "Новости Казахстана" stays the page's.
_CYRILLIC_NAME = re.compile(r"^[А-ЯЁІЇЄҐ][а-яёіїєґʼ'-]+(?: [А-ЯЁІЇЄҐ][а-яёіїєґʼ'-]+){1,2}$")
_SURNAME_END = re.compile(
    r"(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ко|ук|юк|чук|ич|ский|ская|цкий|цкая|ой|ий|ая|ян"
    r"|енко|швили|дзе|ули|улы|ұлы|қызы|кызы|бек|бекова)$"
)


def closing_name(all_lines: list[Numbered], paragraphs: tuple[str, ...]) -> str | None:
    """The writer named alone on the page's last line, under the body (Cyrillic only)."""
    last = next((ln.text.strip() for ln in reversed(all_lines) if ln.text.strip()), "")
    if not _CYRILLIC_NAME.match(last) or last in paragraphs:
        return None
    words = last.split()
    return last if any(_SURNAME_END.search(w) for w in words) else None


def _with_writers(reporters: str | None, line: str) -> str | None:
    """ "Reporting by Jo Roe; Editing by Al Lee": Jo Roe; "…; Writing by Ed Park; …":
    who wrote the story from the reporting is named too."""
    if not reporters:
        return reporters
    segment = _REPORTING_SEGMENT.match(line.strip())
    if segment and _IN_PLACE_BEFORE_JOINER.search(segment["names"]):
        # "Reporting by Lena Fabre in Brussels and Marco Ricci in Rome; …": both
        reporters = _IN_PLACE_BEFORE_JOINER.sub("", segment["names"]).strip()
    return ", ".join((reporters, *_WRITTEN_BY.findall(line)))


_REPORTING_SEGMENT = re.compile(r"^\(?(?:Reporting|Reported) by (?P<names>[^;()]{2,160})", re.I)
# " in Brussels" after a reporter's name, before the next name or the segment's end
_IN_PLACE_BEFORE_JOINER = re.compile(
    r"\s+in\s+(?-i:[A-Z])[\w'’.-]*(?:\s(?-i:[A-Z])[\w'’.-]*){0,2}(?=\s+and\s|\s*,|\s*\)?\s*$)",
    re.I,
)


def author_box_about(kept: list[Numbered], end: int) -> str | None:
    """The writer a blog theme's box under the post names ("About Jo Roe", then "Jo is
    a writer at …"): where its heading ended the body, and its sketch opens with the
    name. ("About Harbour News" over "We are a …" names the outlet, no writer.)"""
    if end >= len(kept):
        return None
    found = _ABOUT.match(kept[end].text)
    if found is None or not lines.looks_like_name(found["name"]):
        return None
    name = found["name"]
    sketch = next((line.text for line in kept[end + 1 : end + 4] if line.text), "")
    first = name.split()[0]
    return name if sketch.startswith((f"{name} ", f"{first} ")) else None


_ABOUT = re.compile(r"^About (?:the (?:author|writer):?\s+)?(?P<name>[^:]{3,50})$")


def author_box_closing(paragraphs: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    """The writer's box closing the text: the name alone (once, or twice for the box's
    picture and its link), then the line about them, the last ("Jo Roe" over "Jo Roe is
    Political Correspondent of The Courier"). Returns the body above it and the name."""
    bio = _BOX_BIO.match(paragraphs[-1]) if len(paragraphs) > 2 else None
    if bio is None or not lines.looks_like_name(bio["name"]):
        return paragraphs, None
    at = len(paragraphs) - 1
    while at > 1 and paragraphs[at - 1] == bio["name"] and len(paragraphs) - at <= _BOX_LINES:
        at -= 1
    return (paragraphs[:at], bio["name"]) if at < len(paragraphs) - 1 else (paragraphs, None)


_BOX_LINES = 4
# "Jo Roe is Political Correspondent of The Courier", "Jo Roe is a reporter at The Courier"
_BOX_BIO = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) is (?:the |a |an |our )?[^.]{0,60}?"
    r"\b(?i:correspondent|reporter|writer|editor|columnist|journalist)\b[^.]{0,60}\.?$"
)


# "DHAKA (Reuters) -", "KATHMANDU (Neo Web Desk) Nepal :", "NEW DELHI (PTI):"
# "21 Nov (Bernama) --": some wires open with the day instead of the place. Spain's put a
# full stop before the dash ("Madrid, 5 mar (EFE).-"), or no dash after a name in capitals
# ("MADRID, 5 (EUROPA PRESS) El Gobierno …").
_DATELINE_CREDIT = re.compile(
    r"^(?:\d{1,2} )?[A-Z][\w .,/'’-]{1,40}\s*\(([^()]{2,40})\)\.?\s*(?:-{1,2}|–|—|:)"
    # the place in capitals (and the day), the wire in capitals, no dash
    r"|^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,30}(?:,\s*\d{1,2})?\s+\(([A-Z][A-Z .&-]{1,30})\)\s+(?=[A-ZÀ-Þ])"
)


# The agency between slashes after the place and the day, as the wires of Russia and the
# Caucasus print it: "MOSCOW, February 7. /TASS/.", "Baku, May 3 /Trend, Jo Roe/" (the
# writer after the agency's name)
_SLASHED_CREDIT = re.compile(
    r"^[A-Z][\w.,'’ -]{1,60}?\s/(?P<agency>[A-Z][\w.&'’ -]{1,30}?)"
    r"(?:,\s*(?P<writer>[A-Z][\w.'’ -]{1,40}?))?/(?:\.|\s|$)"
)


def _slashed_credit(text: str) -> str | None:
    """The writer, else the agency, a slashed dateline credits."""
    found = _SLASHED_CREDIT.match(text)
    if found is None or _DISTRIBUTOR.match(found["agency"].strip()):
        return None  # "/PRNewswire/": a release's carrier
    writer = (found["writer"] or "").strip()
    if writer and lines.looks_like_name(writer):
        return writer
    agency = found["agency"].strip()
    return agency if lines.word_count(agency) <= 4 and "newswire" not in agency.lower() else None


# The agency first, then the place and the day, as Italy's wire prints it: "(ANSA) - Rome,
# September 10 - …", "(AGI) – MILANO, 3 maggio –"
_CREDIT_BEFORE_PLACE = re.compile(
    r"^\(([A-Z][\w.&'’ -]{1,30})\)\s*(?:-{1,2}|–|—)\s*[A-Z][\w.'’ -]{1,30},"
)


# A Hindi wire's dateline: "नई दिल्ली, 19 जून (आईएएनएस)| …", the agency's Hindi name
# (IANS, PTI, ANI, Bhasha, Varta, UNI) after the place and the day
_HINDI_DATELINE_CREDIT = re.compile(
    r"^[\u0900-\u097f][^|।]{1,80}?\((आईएएनएस|पीटीआई|एएनआई|भाषा|वार्ता|यूएनआई)\)\s*[|।:–—-]"
)


# "…, Kazinform News Agency reports.", "…, News.az reports.", "…, the Armenian News
# reports.": the agency a repost's lede names at its end, as the region's agencies write them
_REPORTS_CREDIT = re.compile(
    r",\s+(?:the\s+)?(?P<credit>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}) reports\.$"
)
_AGENCY_WORDS = frozenset("agency news press service tv radio wire".split())


def _reports_credit(lede: str) -> str | None:
    found = _REPORTS_CREDIT.search(lede) if len(lede) <= 600 else None
    if found is None:
        return None
    credit = found["credit"]
    last = credit.split()[-1]
    is_outlet = last.lower() in _AGENCY_WORDS or "." in last or credit in lines.AGENCIES
    return credit if is_outlet else None


# Bangla and Urdu pages print the credit where an English wire prints its dateline:
# "নিজস্ব প্রতিনিধি, কলকাতা: …", "গাজীপুর প্রতিনিধি : …", "অনলাইন ডেস্কঃ…" (the visarga
# stands for a colon), "লাহور(نیوزڈیسک) …", "اسلام آباد (محمد نواز رضا وقائع نگار خصوصی)…".
# A credit is known by its last word: correspondent, reporter, desk, report.
_BANGLA_CREDIT_WORDS = "প্রতিনিধি|প্রতিবেদক|প্রতিবেদন|ডেস্ক|রিপোর্টার|সংবাদদাতা|করেসপন্ডেন্ট"
_BANGLA_LEDE_CREDIT = lazy_pattern(
    "^(?P<credit>[\u0980-\u09ff .]{0,40}?(?:" + _BANGLA_CREDIT_WORDS + "))"
    "(?:, ?[\u0980-\u09ff ]{1,30}?)? ?(?::{1,2}|ঃ|;)",
    ignore_case=False,
)
# "মোঃ হৃদয় হোসাইন, মাভাবিপ্রবি প্রতিনিধি :": the person, then the beat
_BANGLA_NAMED_CREDIT = lazy_pattern(
    "^(?P<credit>[\u0980-\u09ff .]{2,40}?), ?[\u0980-\u09ff ]{0,30}?(?:"
    + _BANGLA_CREDIT_WORDS
    + ") ?(?::{1,2}|ঃ|;)",
    ignore_case=False,
)
_URDU_LEDE_CREDIT = lazy_pattern(
    "^[\u0600-\u06ff ]{2,25}?\\((?P<credit>[\u0600-\u06ff ]{2,40})\\)", ignore_case=False
)
# the beat after the reporter's name: "وقائع نگار خصوصی" (special correspondent)
_URDU_ROLES = ("وقائع نگار", "نامہ نگار", "خبر نگار", "نمائندہ", "رپورٹر", "بیورو", "ڈیسک")
_URDU_AGENCIES = frozenset(("اے پی پی", "آن لائن", "این این آئی", "آئی این پی", "ثناء نیوز"))


# The region's English dailies print the desk or the correspondent the same way, with a
# colon (spaced or not) before the lede: "Staff Correspondent: …", "Sun News Desk : …",
# "Natore Correspondent: …", "Staff reporter, Dhaka: …" (the place after a comma is cut).
_ENGLISH_LEDE_CREDIT = lazy_pattern(
    r"^(?P<credit>(?:[A-Z][\w.'’-]*\s){1,3}(?:[Dd]esk|[Cc]orrespondent|[Rr]eporter|Report))"
    r"(?:,\s?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)?\s?:\s+\S",
    ignore_case=False,
)


def _english_lede_credit(head: str) -> str | None:
    found = _ENGLISH_LEDE_CREDIT.match(head)
    if found is None:
        return None
    opening = head[found.end() - 1]
    if not opening.isupper() and opening not in "“\"‘'":
        return None  # "Board Report: see below" runs on in lower case: no credit
    return found.group("credit").strip()


def _lede_credit(lede: str) -> str | None:
    """The desk or correspondent a Bangla, Urdu or the region's English lede opens with,
    without its place or beat ("নিজস্ব প্রতিনিধি", "নیوزڈیسک", "محمد نواز رضا", "Staff
    Correspondent")."""
    head = lede[: lines.SHORT]
    if (english := _english_lede_credit(head)) is not None:
        return english
    if bengali.has_script(head):
        found = _BANGLA_LEDE_CREDIT.match(head) or _BANGLA_NAMED_CREDIT.match(head)
        credit = found.group("credit").strip() if found else ""
        return credit if credit and lines.word_count(credit) <= 5 else None
    found = _URDU_LEDE_CREDIT.match(head) if "(" in head else None
    if found is None:
        return None
    credit = found.group("credit").strip()
    if credit in _URDU_AGENCIES:
        return credit
    starts = [credit.find(role) for role in _URDU_ROLES if role in credit]
    if not starts:
        return None
    if credit.endswith("ڈیسک"):
        return credit  # "مانیٹرنگ ڈیسک" (monitoring desk): a desk's name, no writer's before it
    # a beat that starts a word after the name is the name's; a glued one is the desk's
    at = min(starts)
    return credit[:at].strip() if at > 0 and credit[at - 1] == " " else credit


def credit_line(text: str) -> str | None:
    """The credit of a Bangla line that is only a credit and its colon ("জেলা প্রতিনিধি :")."""
    if not text.endswith((":", "ঃ", ";")) or not bengali.has_script(text):
        return None
    found = _BANGLA_LEDE_CREDIT.match(text) or _BANGLA_NAMED_CREDIT.match(text)
    if found is None or found.end() != len(text):
        return None
    credit = found.group("credit").strip()
    return credit if lines.word_count(credit) <= 5 else None


def _is_under_dated_caption(kept: list[Numbered], index: int, title_at: int) -> bool:
    """A credit line under the lead picture's caption, the caption ending on the day the
    picture was taken: the photographer and the paper, not the writer."""
    above = next((i for i in range(index - 1, title_at, -1) if kept[i].text), None)
    return above is not None and lines.is_dated_caption(kept[above].text)


def dateline_credit(paragraphs: tuple[str, ...]) -> str | None:
    """The agency or desk in the lede's dateline (or named at the lede's end, "…, Trend
    News Agency reports."), for a page that printed no byline."""
    hindi = _HINDI_DATELINE_CREDIT.match(paragraphs[0]) if paragraphs else None
    if hindi:
        return hindi.group(1)
    bangla = datelines.BANGLA_WIRE_DATELINE.match(paragraphs[0]) if paragraphs else None
    if bangla:
        return bangla["credit"]
    credit = _lede_credit(paragraphs[0]) if paragraphs else None
    if credit:
        return credit
    reports = _reports_credit(paragraphs[0]) if paragraphs else None
    if reports:
        return reports
    dated = datelines.DATED_COPYRIGHT.match(paragraphs[0][:_DATELINE_CHARS]) if paragraphs else None
    if dated:
        return dated["credit"].strip()
    agency = _agency_dateline(paragraphs[0]) if paragraphs else None
    if agency:
        return agency
    # (an agency between slashes, "MOSCOW, February 7. /TASS/.", is _agency_dateline's)
    bare = _BARE_WIRE_CREDIT.match(paragraphs[0][: lines.SHORT]) if paragraphs else None
    if bare and bare["credit"].upper() in _KNOWN_WIRES_UPPER:
        return bare["credit"]
    match = _DATELINE_CREDIT.match(paragraphs[0]) if paragraphs else None
    match = match or (_CREDIT_BEFORE_PLACE.match(paragraphs[0]) if paragraphs else None)
    credit = next((group for group in match.groups() if group), "") if match else ""
    if not credit or lines.word_count(credit) > 4:
        return None
    if _DISTRIBUTOR.match(credit.strip()):
        return None  # "(GLOBE NEWSWIRE) --": the release's carrier, no writer
    if credit.strip().lower() in PLACES:
        return None  # "Bhopal (Madhya Pradesh):": the town's state, no agency
    return credit.strip()


_DATELINE_CHARS = 120
# The region's agencies print their name in the dateline without brackets: after the
# place (and day) and a stop, in capitals, then a dash ("ULAANBAATAR. KAZINFORM - …",
# "Алматы. 2 февраля. KAZAKHSTAN TODAY - …"), or between slashes ("Ulaanbaatar /MONTSAME/.
# …", "Bishkek, Jan. 19, 2018 / Kabar /. …", "Baku/02.10.20/Turan: …").
_CAPS_DATELINE_CREDIT = lazy_pattern(
    r"^\w[\w-]*(?: [\w-]+){0,2}\.(?: \d{1,2} \w+\.)? "
    r"(?P<credit>[A-Z][A-Z0-9]{2,}(?: [A-Z][A-Z0-9]{2,}){0,2}) ?[-–—] ",
    ignore_case=False,
)
_SLASHED_DATELINE_CREDIT = lazy_pattern(
    r"^[A-ZА-ЯЁ][\w.,'’-]*(?: [\w.,'’-]+){0,5} ?/ ?"
    r"(?:(?P<credit>[A-ZА-ЯЁ][\w.-]{2,20}(?: [A-ZА-ЯЁ][\w.-]{1,20}){0,2}) ?/"
    r"(?:[.:,]| ?[-–—]| [A-ZА-ЯЁ])"
    r"|\d[\d.]{4,9}/(?P<dated>[A-ZА-ЯЁ][\w.-]{2,20}) ?:)",
    ignore_case=False,
)
# "Ulaanbaatar, April 25 (MONTSAME) The Minister …": the bracketed agency in capitals with
# no dash before the lede
_BARE_BRACKETED_CREDIT = lazy_pattern(
    # (the day before the bracket: "The Harbour Safety Board (HSB) Chair …" is a sentence)
    r"^[A-Z][\w .,'’-]{1,40}\d\s?"
    r"\((?P<credit>[A-Z][A-Z0-9.-]{1,20}(?: [A-Z][A-Z0-9.-]{1,20}){0,2})\) [A-Z]",
    ignore_case=False,
)


# Saint, Mount, Fort, Port cut short at the head of a town's name in a dateline
_PLACE_ABBREVIATION = re.compile(r"^(?:ST|STE|MT|FT|PT)\.\s*$", re.IGNORECASE)


def _agency_dateline(lede: str) -> str | None:
    head = lede[: lines.SHORT]
    found = (
        _CAPS_DATELINE_CREDIT.match(head)
        or _SLASHED_DATELINE_CREDIT.match(head)
        or _BARE_BRACKETED_CREDIT.match(head)
    )
    if found is None:
        return None
    credit = (found.group("credit") or found.group("dated") or "").strip()
    if not credit or credit.lower() in PLACES or credit.lower() in SECTION_WORDS:
        return None
    if found.group("credit") and _PLACE_ABBREVIATION.match(head.split(found["credit"], 1)[0]):
        return None  # "ST. PETERSBURG - …": the town's name, its first word cut short
    if _DISTRIBUTOR.match(credit):
        return None  # "NEW YORK, May 5, 2011 /PRNewswire/ --": the release's carrier
    return credit


# Press-release wires, which carry what companies write ("CHAPEL HILL, N.C., July 31, 2009
# (GLOBE NEWSWIRE) --"); a page names none of them as its writer.
_DISTRIBUTOR = re.compile(
    r"^(?:globe ?newswire|prime ?newswire|pr ?newswire|business ?wire|accesswire|marketwired"
    r"|newsfile(?: corp\.?)?|pr\.com|prweb|ein ?presswire(?:\.com)?|send2press(?: newswire)?"
    r"|primezone"
    r"|marketwire|[a-z]{2,5} newswire)$",
    re.IGNORECASE,
)


# "By Jo Roe WINDHOEK A senior minister …": byline, dateline and lede run into one line
_GLUED_BYLINE = re.compile(
    r"^By (?P<name>[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){1,3}) "
    r"(?=[A-Z]{3,}(?:[ ,-]+[A-Z]{3,})*[ ,:–—-]+[A-Z“\"])"
)


def dateline_with_writer(paragraphs: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    """ "Baku, Azerbaijan, Apr. 27By Jo Roe - Trend:" over the lede: the dateline, the writer
    and the agency on a line of their own, which is no paragraph."""
    found = _DATELINE_THEN_BY.match(paragraphs[0]) if len(paragraphs) > 1 else None
    if found is None or not lines.looks_like_name(found["name"]):
        return paragraphs, None
    return paragraphs[1:], found["name"]


def unglue_byline(paragraphs: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    """The writer's name printed at the head of the lede, before its dateline in capitals."""
    # the name and the dateline sit in the line's first words
    head = paragraphs[0][: lines.SHORT] if paragraphs else ""
    match = _GLUED_BYLINE.match(head) or _GLUED_DATED_BYLINE.match(head) if head else None
    if match is None:
        return paragraphs, None
    return (paragraphs[0][match.end() :], *paragraphs[1:]), match["name"]


# The writer and the day he wrote it, then a long dash, at the head of the text: "Par Jo
# Roe, 16 octobre 2013 --- Cet article …", "By Jo Roe, March 3, 2024 — The council …"
_GLUED_DATED_BYLINE = re.compile(
    r"^(?:By|Par|Por|Von) (?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?: [A-ZÀ-ÖØ-Þ][\w’'-]+){1,3}),"
    r" [^.\n]{4,30}?\d{4}\s*(?:---|--|—)\s*(?=[A-ZÀ-ÖØ-Þ«“\"])"
)


def bracketed_credit(paragraphs: tuple[str, ...]) -> str | None:
    """The writer credited in brackets at the head of the lede, as Spanish and Portuguese
    sites print a contributor ("(Por Ana Lobo para Diario Sur) La ciudad …"); the
    paragraph stays as printed."""
    match = _BRACKETED_CREDIT.match(paragraphs[0][: lines.SHORT]) if paragraphs else None
    return match["name"] if match else None


_BRACKETED_CREDIT = re.compile(
    r"^\((?:Por|Texto de|De|Por:)\s+"
    r"(?P<name>(?-i:[A-Z][\w.'’-]+(?: (?:[A-Z][\w.'’-]+|de|del|da|dos)){1,4}))"
    r"(?:,?\s+(?:para|desde|en|em|de)\s+[^()]{1,60})?\)\s"
)


def _is_indic_sentence(text: str) -> bool:
    """A closed sentence in one of India's scripts: their words run long, so three of them
    say what six English words do."""
    return (
        bool(_INDIC_LETTER.search(text))
        and lines.word_count(text) >= 3
        and text.rstrip().endswith((".", "।", "!", "?"))
    )


_INDIC_LETTER = re.compile(r"[\u0900-\u0dff]")


# How far past the tail's start a footer's meta block (writer, date, section) may reach
FOOTER_REACH = 6


def footer_meta(
    kept: list[Numbered],
    page: list[Numbered],
    body_at: int,
    end: int,
    date_lines: list[lines.DateLine],
    profile: Profile,
) -> tuple[tuple[str, ...], int, str | None] | None:
    """The writer and the date printed together under the body ("Written by Jo Roe" /
    "Posted 2 December 2026" / "Filed under: Community"), as some themes print the meta
    below the story: the names, the line past the block's last date, and the section
    the line names ("… by Jo Roe in Football")."""
    dated = {d.index for d in date_lines}
    stop = min(len(kept), end + FOOTER_REACH)
    # readers' comments below (their heading often blanked as chrome): their writers and
    # dates are not the post's
    stop = next(
        (i for i in range(body_at + 1, stop) if _COMMENTS_HEADING.match(page[i].text)), stop
    )
    printed = [i for i in range(body_at + 1, stop) if kept[i].text]
    for pos, index in enumerate(printed):
        text = kept[index].text
        dated_by = _DATED_BY.match(text) if index in dated else None
        under = printed[pos + 1 : pos + 4]
        if dated_by and not any(header.is_body_prose(kept[i].text) for i in under):
            # "Published on 28 November 2026 by Dale Osei in Football", on one line
            return (dated_by["name"],), index + 1, dated_by["filed"]
        if len(text) > _CREDIT_CHARS or header.is_body_prose(text):
            continue
        names = lines.byline_names(text, profile) or _capital_di(text) or _signed_from(text)
        near = [
            i for i in printed[max(0, pos - 2) : pos] + printed[pos + 1 : pos + 3] if i in dated
        ]
        if not names or not near:
            continue
        story = [i for i in printed[pos + 1 : pos + 4] if header.is_body_prose(kept[i].text)]
        if any(not kept[i].text.startswith(tuple(f"{n} " for n in names)) for i in story):
            # the story goes on under the line: a credit inside it, no footer (a sentence
            # opening with the writer's name is their bio: "Jo Roe covers the courts …")
            continue
        block = printed[max(0, pos - 3) : pos + 4]
        filed = next((m["name"] for i in block if (m := _FOOTER_SECTION.match(kept[i].text))), None)
        label = _bare_label_after(kept, printed, max(near), index)
        return names, max(near) + 1, filed or label
    return None


def _bare_label_after(
    kept: list[Numbered], printed: list[int], dated_at: int, signed_at: int
) -> str | None:
    """ "Di Lucia Brenna" / "1 dicembre 2026" / "Cronaca": one capitalised word or two
    right under the block's date, after the writer, is the section it was filed in. The
    writer's own line is none ("Published on : 3 May 2021" / "PTI": the agency signs under
    the date)."""
    after = [i for i in printed if i > dated_at and i != signed_at][:1]
    text = kept[after[0]].text if after else ""
    words = text.split()
    is_label = 1 <= len(words) <= _LABEL_WORDS and all(
        w[:1].isupper() and w.isalpha() for w in words
    )
    if not is_label or lines.looks_like_name(text) or _PAGE_HEADING.match(text):
        return None
    return text


_LABEL_WORDS = 2
# The headings and buttons a page prints under a story, never its section ("Tags", "Topics")
_PAGE_HEADING = re.compile(
    r"^(?:tags?|topics?|keywords?|labels?|newsletters?|more|related|latest|popular|trending"
    r"|subscribe|follow|share|print|email|comments?|advertisement|sponsored|top|next|previous"
    r"|schlagwörter|themen|mots[- ]clés|etiquetas|temas|tag|argomenti|onderwerpen)$",
    re.IGNORECASE,
)

# The category a footer's meta block names beside the writer: "Category: Opinion"
_FOOTER_SECTION = re.compile(
    r"^(?:category|section|filed under|posted in"
    # the label in other editions: French, Spanish, Portuguese, Italian, German
    r"|rubrique|catégorie|sección|categoría|secção|seção|categoria|sezione|rubrik|kategorie"
    r"|ressort)\s*:?\s+(?P<name>(?-i:[A-Z])[\w &'’-]{1,40})$",
    re.IGNORECASE,
)


_COMMENTS_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?:?$"
    r"|^(?:leave a (?:reply|comment)|join the discussion|reader comments)$",
    re.IGNORECASE,
)
# A post's one footer line: its date, its writer and where it was filed
_DATED_BY = re.compile(
    r"^(?:published|posted|written)(?: on)?\s+[^|]{6,40}?\s+by\s+"
    # (a desk in lower case after the site's name: "… by Island Voice newsroom")
    r"(?P<name>(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})(?: (?:newsroom|desk|staff|team))?)"
    r"(?:\s+(?:in|under)\s+(?P<filed>(?-i:[A-Z])[\w &'’-]{1,40}))?$",
    re.IGNORECASE,
)


def _signed_from(text: str) -> tuple[str, ...] | None:
    """ "Margaret Olsen, Eastbrook" beside the date under a letter: who signed it and
    where they live (the place is no second writer)."""
    name, comma, place = text.partition(", ")
    if not comma or not place.istitle() or lines.word_count(place) > _PLACE_WORDS:
        return None
    if not place.replace(" ", "").replace("-", "").isalpha():
        return None
    return (name,) if lines.looks_like_name(name) and lines.word_count(name) <= 4 else None


_PLACE_WORDS = 3


def _capital_di(text: str) -> tuple[str, ...] | None:
    """ "Di Lucia Brenna" beside the date under the body: an Italian byline with its
    capital (over the body "Di" opens many a headline, so the generic rule takes it in
    lower case only)."""
    name = text[3:] if text.startswith("Di ") else ""
    return (name,) if lines.looks_like_name(name) and lines.word_count(name) <= 4 else None
