"""Marks around a page's headline: printed twice, ended by a breadcrumb, set in spaced
capitals, or ending like a sentence above its dateline."""

from __future__ import annotations

import re

from site_gen.parse import lines

# The last words of papers', newsletters' and shows' names ("The Harbour Telegraph")
TITLE_ENDS = frozenset(
    "standard telegraph tribune times post herald journal gazette chronicle courier mirror"
    " express observer guardian independent star sun news daily weekly record examiner"
    " inquirer bulletin brief dispatch ledger register sentinel monitor advocate leader press"
    " mail echo argus globe world report podcast show magazine review".split()
)


def is_letter_spaced(text: str) -> bool:
    """ "L U D H I A N A   S T O R I E S": a heading set in spaced capitals is a page's
    label (its section), never the headline."""
    letters = text.split() if len(text) <= 120 else ()
    return len(letters) >= 5 and all(len(c) == 1 for c in letters)


def is_exclaimed(texts: list[str], index: int, body_at: int, skip: set[int]) -> bool:
    """A short headline that ends like a sentence ("Seeking blessings to overcome the
    crisis!"), known by the dateline between it and the body, or by being the page's
    first printed line ("Why do we cover so many funding rounds?" over the post)."""
    text = texts[index]
    if not text.endswith(("!", "?")) or lines.word_count(text) > 12:
        return False
    between = [texts[i] for i in range(index + 1, body_at) if texts[i] and i not in skip]
    # a one-line deck under it may come first ("Goodbye pier. Who still wants a harbour?"
    # over "Status: somewhere between sad and furious" and the date)
    if len(between) > 1 or between and not _is_deck(between[0]):
        return False
    if between and _NOTICE.search(text):
        return False  # "Archived page: may be out of date!": a notice over the headline

    return any(i in skip for i in range(index + 1, body_at)) or is_page_top(texts, index)


# A label and its phrase in lower case: a page's notice, no headline.
_NOTICE = re.compile(r":\s+[a-z]")


def _is_deck(text: str) -> bool:
    """A short line that does not end as a sentence: a subtitle under the headline."""
    return lines.word_count(text) <= _DECK_WORDS and not lines.ends_like_prose(text)


_DECK_WORDS = 12


def is_page_top(texts: list[str], index: int) -> bool:
    """Nothing printed above the line but chrome (blank by now)."""
    return not any(texts[:index])


# How close the second print of a headline sits (page title and h1 around the byline).
TWICE_REACH = 12


def is_printed_apart(texts: list[str], index: int) -> bool:
    """The same line again a few lines away, with other text between: a Title Case
    headline printed as page title and as h1 ("Scientists Discover New Exoplanet"),
    not an author's name, which a page prints once in its head."""
    text = texts[index]
    near = range(max(0, index - TWICE_REACH), min(len(texts), index + TWICE_REACH + 1))
    for other in near:
        if abs(other - index) > 1 and texts[other] == text:
            between = texts[min(other, index) + 1 : max(other, index)]
            if any(t and t != text for t in between):
                return True
    return False


# How far from a breadcrumb its headline may be printed.
CRUMB_REACH = 3


def crumb_title(texts: list[str], at: int) -> int | None:
    """The headline a breadcrumb without separators ends with ("Home Archived Minister
    Warns Observer Editor" beside "Minister Warns Observer Editor"), when the chosen
    line is that breadcrumb. Copied from some themes the crumbs run together too
    ("HomeEPLPremier League can sign …" over "Premier League can sign …")."""
    crumb = texts[at]
    # a capital after "Home", or a letter of a script without case ("Homeஉரத்த …")
    joint = crumb[4:5]
    is_glued = joint.isupper() or joint.isalpha() and not joint.islower() and not joint.isascii()
    if not crumb.startswith("Home") or len(crumb) > lines.SHORT:
        return None
    if not (crumb.startswith("Home ") or is_glued):
        return None
    above = [i for i in range(at - 1, max(-1, at - 12), -1) if texts[i]][:CRUMB_REACH]
    below = [i for i in range(at + 1, min(len(texts), at + 12)) if texts[i]][:CRUMB_REACH]
    for other in above + below:  # a few printed lines away, however much chrome between
        text = texts[other]
        if lines.word_count(text) < 3 or not crumb.endswith(text) or crumb == text:
            continue
        middle = crumb[len("Home") : -len(text)]
        is_crumbed = middle.startswith(" ") and middle.endswith(" ") or is_glued
        if is_crumbed and 0 < lines.word_count(middle) <= _CRUMBS:
            return other
    return None


def crumb_section(texts: list[str], title_at: int) -> str | None:
    """The one crumb between "Home" and the headline on a breadcrumb run together with
    them ("HomeOpinionMinister warns …" over "Minister warns …"): the section."""
    title = texts[title_at]
    near = range(max(0, title_at - CRUMB_REACH * 3), min(len(texts), title_at + CRUMB_REACH * 3))
    for index in near:
        crumb = texts[index]
        if index == title_at or not crumb.startswith("Home") or not crumb.endswith(title):
            continue
        middle = crumb[len("Home") : len(crumb) - len(title)].strip(" />›»|")
        if middle and 0 < lines.word_count(middle) <= 3 and crumb_title(texts, index) == title_at:
            return middle
    return None


# Crumbs between "Home" and the headline: "News & Topics", "Patient Care"
_CRUMBS = 4


# A page title's desk after the headline, as a site prints it before its own name
# ("… | UK News | Sky News", "… | Weather News"; a repost lost the name): the section's
# label, no words of the headline
_DESK_AFTER_HEADLINE = re.compile(r"\s\|\s(?P<desk>(?:[A-Z][A-Za-z]+ |& ){1,3}News)$")
# What such a desk names: a topic or a country, never an outlet ("Sky News", "Fox News")
_DESK_WORDS = frozenset(
    "uk us world politics business money sport sports science tech technology health"
    " entertainment weather climate crime national local international regional".split()
)


def desk_after_headline(text: str) -> str | None:
    """The desk a page's title names after its headline ("… | Politics News"), or None."""
    match = _DESK_AFTER_HEADLINE.search(text)
    if not match:
        return None
    words = [w for w in match["desk"].lower().split()[:-1] if w != "&"]
    return match["desk"] if all(w in _DESK_WORDS for w in words) else None


# A repost's credit to the outlet after the headline, past a spaced dash: "… – The
# Telegraph", "… — Politico" (one to three capitalised words)
_DASHED_CREDIT = re.compile(r"\s[–—]\s(?P<outlet>[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3})$")


def dashed_outlet(text: str, page: str) -> str | None:
    """The outlet a repost credits after its headline's dash: a paper's name ("The
    Telegraph", "The Daily Herald") or a name the page prints again, in any case
    ("Politico" over "Sign up for POLITICO Huddle"); never a headline's own words."""
    match = _DASHED_CREDIT.search(text)
    if not match or lines.word_count(text[: match.start()]) < 4:
        return None
    outlet = match["outlet"]
    words = outlet.lower().split()
    if len(words) >= 2 and words[0] == "the" and words[-1] in TITLE_ENDS:
        return outlet
    return outlet if page.lower().count(outlet.lower()) >= 3 else None
