"""What a format reader extracts, before the shared finishing steps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from site_gen.core.model import FieldNote


@dataclass(frozen=True, slots=True)
class Extracted:
    title: str
    published: datetime
    modified: datetime | None
    section: str | None
    byline: tuple[str, ...]
    publisher: str | None
    paragraphs: tuple[str, ...]
    timezone: str
    date_precision: str
    profile: str
    body_html: str | None = None  # None: build it from the paragraphs
    tags: tuple[str, ...] = ()
    is_tags_explicit: bool = False
    summary: str | None = None
    slug: str | None = None
    is_draft: bool = False
    captions: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    notes: tuple[FieldNote, ...] = ()
    word_count: int | None = None  # None: count the words of the paragraphs
    # "printed"; "capture": no date printed, an archiving tool's stamp's day; "address":
    # no date printed, the day in the address the copy prints; "file": no date printed,
    # the file's modification time
    date_source: str = "printed"
    original_url: str | None = None  # saved pages, web captures, copies that print it
    captured: datetime | None = None  # ... and when the archiving tool fetched it
    lang: str | None = None  # None: detected from the text's script
    aliases: tuple[str, ...] = ()  # the article's former addresses (Markdown front matter)


class Unparseable(ValueError):
    """The file cannot become an article; carries the line the problem is on."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class NotAnArticle(Unparseable):
    """A saved page that is not an article (it says so, or holds no article text): left
    out with a note, not reported as a failure."""


class PlainCopy(Unparseable):
    """A Markdown file with no front matter and no headline of its own: text copied from a
    page and saved as .md, read as a text copy instead."""
