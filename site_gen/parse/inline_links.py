"""Pages copied from a reader or an aggregator that set each inline link as a block: the
link's words land on a line of their own, cut out of the sentence that holds them ("It
was" / "Jo Roe" / "'s last day at the council …"). Joined again, the sentence is whole;
left apart, the link reads as a name over the text (a byline) and the sentence's start as
a section, and the paragraph loses its first words.

The same copies set a picture's credit label alone over the credit ("Photo:" / "RNZ / Jo
Roe"): one credit line again, which the caption rules know."""

from __future__ import annotations

import re

from site_gen.parse.lines import Numbered, word_count

# A link's words: a name or a title, a few words, no sentence of their own.
_LINK_WORDS = 6
_LINK_CHARS = 60
# What goes on after a link in lower case is the sentence's rest, long enough not to be a
# second name ("and Al Lee" under a byline is no sentence).
_REST_CHARS = 25
# A sentence's rest may open on punctuation glued to the link: "'s", a comma, a full stop
_GLUED_REST = re.compile(r"^(?:[,.;)]|['’]s\b)")
# A link's words are a name or a title: capitalised words, small words between them
# ("Drew Harris", "Morning Report", "Bank of England"); no figures, no label's colon
_LINK_TEXT = re.compile(
    r"^[A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|of|the|and|for|de|du|van|von|al))*$"
)
# … or on a dash opening an aside in lower case ("– there was some …")
_DASHED_REST = re.compile(r"^[–—] [a-z]")
_HAS_FIGURE = re.compile(r"\d")
_SENTENCE_ENDS = (".", "!", "?", ":", ";", "”", '"', "’", ")")
# The credit's label alone ("Photo:"), the credit on the next line
_CREDIT_LABEL = re.compile(r"^(?:Photo|Photograph|Picture|Image|Credit)s?:$")
_CREDIT_CHARS = 60


def joined_link_lines(all_lines: list[Numbered]) -> list[Numbered]:
    """The lines with each link's words back in their sentence, and each credit label
    back on its credit's line."""
    out: list[Numbered] = []
    at = 0
    while at < len(all_lines):
        line = all_lines[at]
        after = all_lines[at + 1].text if at + 1 < len(all_lines) else ""
        if out and after and _is_link_in_sentence(out[-1].text, line.text, after):
            out[-1] = Numbered(out[-1].number, _glued(_glued(out[-1].text, line.text), after))
            at += 2
            continue
        if _CREDIT_LABEL.match(line.text) and 0 < len(after) <= _CREDIT_CHARS:
            out.append(Numbered(line.number, f"{line.text} {after}"))
            at += 2
            continue
        out.append(line)
        at += 1
    return out


def _is_link_in_sentence(before: str, link: str, after: str) -> bool:
    """A link's words between a sentence's start, which stops short of a sentence's end,
    and its rest, which goes on in lower case or on punctuation glued to the link."""
    if word_count(before) < 2 or before.endswith(_SENTENCE_ENDS) or before.isupper():
        return False
    if len(link) > _LINK_CHARS or word_count(link) > _LINK_WORDS:
        return False
    if not _LINK_TEXT.match(link) or link.endswith(_SENTENCE_ENDS) or _HAS_FIGURE.search(link):
        return False
    goes_on = after[:1].islower() and len(after) >= _REST_CHARS
    return goes_on or bool(_GLUED_REST.match(after) or _DASHED_REST.match(after))


def _glued(text: str, rest: str) -> str:
    # punctuation and "'s" sit on the word before them
    return f"{text}{rest}" if _GLUED_REST.match(rest) else f"{text} {rest}"
