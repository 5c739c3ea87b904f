"""Lists of links to other stories that pages print between an article's paragraphs: a
label ("Related:", "Also read", "Recommended", "Lire aussi :") over two to four headlines,
a line each, some with their date or byline, and then the story goes on ("Related" /
"Council approves budget" / "Transit union reaches deal" / "The city will publish …").

The label alone is furniture the profile blanks, or a tail marker that would end the
story there; its headlines read like a subhead each. With prose under the list, the list
is the page's, and the text under it is still the article's."""

from __future__ import annotations

import re

from site_gen.parse import header, lines
from site_gen.parse.lines import Numbered
from site_gen.parse.profiles import Profile

# The label, alone on its line, in English and the editions seen with it (Spanish,
# French, Bangla "আরও পড়ুন", read more): a colon or the visarga may close it.
_LIST_LABEL = re.compile(
    r"^(?:read more|read also|also read|see also|related|related (?:stories|articles|news"
    r"|coverage|content|reading|links)|recommended|recommended (?:for you|stories|reading)"
    r"|more from [^.:]{1,40}|more on this(?: story| topic)?|you (?:may|might) also like"
    r"|lee también|lea también|te puede interesar|noticias relacionadas|lire aussi"
    r"|(?:à|a) lire aussi"
    r"|sur le même sujet|আরও পড়ুন|আরো পড়ুন)\s*[:ঃ]?$",
    re.IGNORECASE,
)
_MOST_LINKS = 5  # a list names two to four stories; five lines at most
_LINK_WORDS = 20
_HEAD_WORDS = 3
_BY = re.compile(r"^by\s", re.IGNORECASE)
# a list item's date in brackets after its headline: "Pier closes for repairs (June 1, 2026)"
_BRACKETED_TAIL = re.compile(r"\s*\([^()]{1,40}\)$")


def is_list_label(text: str) -> bool:
    return len(text) <= 60 and bool(_LIST_LABEL.match(text))


def _is_prose(text: str) -> bool:
    """A paragraph, not a headline: a sentence, one in French quotes too ("« … »")."""
    if header.is_body_prose(text):
        return True
    return lines.word_count(text) >= _PROSE_WORDS and text.endswith(("»", ".»", ". »"))


_PROSE_WORDS = 6


def inline_list(
    kept: list[Numbered], all_lines: list[Numbered], index: int, profile: Profile
) -> list[int] | None:
    """The lines of the list a label at `index` heads (the label among them), when story
    prose follows the list; None when no prose does (the list is in the page's tail)."""
    found = [index]
    links = 0
    for at in range(index + 1, len(kept)):
        text = kept[at].text
        if not text:
            if all_lines[at].text:
                found.append(at)  # furniture the profile blanked ("Advertisement")
            continue
        if _is_prose(_BRACKETED_TAIL.sub("", text)):
            # (a teaser list's questions read as prose: "Will the café ever open again?")
            return found if links and not text.endswith(("?", "!")) else None
        if links and (lines.read_date_line_safe(text, profile) or _BY.match(text)):
            found.append(at)  # the item's date or byline under its headline
            continue
        words = lines.word_count(text)
        if links == _MOST_LINKS or not _HEAD_WORDS <= words <= _LINK_WORDS:
            return None  # a card's kicker ("Weather") or "Published" is no headline
        links += 1
        found.append(at)
    return None
