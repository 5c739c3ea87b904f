"""A page copied as Markdown into a text file ("Copy as Markdown" extensions, reader apps'
exports): its marks taken off, so the copy reads as the page's text does ("# Ferry fares
rise" is the headline, "**By Jo Roe** | *30 November 2026*" the byline and its date).

Only a copy that clearly is Markdown is changed: its headline marked with "#" near the
top, or several marks of more than one kind. Lines are never added or removed (a blank
stays where a rule or a picture was), so line numbers in messages still point at the file.
Every pattern here is a plain scan: no repeat inside a repeat, so each runs in linear time.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?=\S)", re.MULTILINE)
# A scan inside brackets stops at the next bracket, so a run of them costs one pass.
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,300}\]\([^()\[\]\s]{0,1000}\)")
_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:https?://|/|#|mailto:)[^()\[\]\s]{0,1000}\)")
_STRONG = re.compile(r"\*\*([^*\n]+)\*\*|__([^_\n]+)__")
_EMPHASIS = re.compile(r"(?<![\w*])\*([^*\s][^*\n]*)\*(?![\w*])|(?<!\w)_([^_\s][^_\n]*)_(?!\w)")
_QUOTE = re.compile(r"^ {0,3}> ?", re.MULTILINE)
_RULE = re.compile(r"^ {0,3}(?:(?:\* *){3,}|(?:- *){3,}|(?:_ *){3,})$", re.MULTILINE)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")

# How far down the copy the "#" headline may sit (under a site's name or a menu line).
_HEADLINE_REACH = 6
# Without a "#" headline: how many marks, of at least two kinds, show a Markdown copy.
_MARKS_SEEN = 3


def is_markdown_copy(text: str) -> bool:
    sample = text[:20_000]
    if "# " not in sample and "](" not in sample and "**" not in sample and "__" not in sample:
        return False  # most copies: no mark at all, and no pattern need look
    head = [line for line in sample.split("\n") if line.strip()][:_HEADLINE_REACH]
    headline = any(_HEADING.match(line) for line in head)
    kinds = [
        len(_IMAGE.findall(sample)),
        len(_LINK.findall(sample)),
        len(_STRONG.findall(sample)),
        len(_HEADING.findall(sample)),
    ]
    marked_kinds = sum(1 for count in kinds if count)
    if headline:
        return marked_kinds >= 2
    return sum(kinds) >= _MARKS_SEEN and marked_kinds >= 2


def unmarked(text: str) -> str:
    """The copy's text without its Markdown marks, line for line."""
    text = _RULE.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _HEADING.sub("", text)
    text = _QUOTE.sub("", text)
    text = _STRONG.sub(lambda m: m[1] or m[2], text)
    text = _EMPHASIS.sub(lambda m: m[1] or m[2], text)
    return _ESCAPE.sub(r"\1", text)
