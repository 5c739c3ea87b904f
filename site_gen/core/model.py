"""Frozen data passed between pipeline stages."""

from __future__ import annotations

import operator
from dataclasses import dataclass, field, fields
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Source:
    """One input file as read from disk, before any interpretation."""

    path: Path  # where it lives (absolute)
    display: str  # how messages name it (relative to where the user ran site-gen)
    data: bytes
    digest: str  # sha256 of data: the cache key
    modified_time: float | None = None  # the file's mtime: dates a copy that prints none


@dataclass(frozen=True, slots=True)
class FieldNote:
    """Which rule decided a field and how sure it is (for `parse --explain`)."""

    field: str
    rule: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed article. `url` is empty until enrich assigns it."""

    source: str
    title: str
    slug: str
    published: datetime  # always aware; naive is a bug
    modified: datetime | None
    section: str | None
    byline: tuple[str, ...]
    publisher: str | None
    tags: tuple[str, ...]
    summary: str
    paragraphs: tuple[str, ...]  # plain text, one per paragraph
    body_html: str  # safe HTML of the body, built from escaped parts or markdown-it
    word_count: int
    timezone: str  # IANA name of the zone the dates were read in
    date_precision: str = "minute"  # "minute", or "day" when the source printed no time
    date_source: str = "printed"  # "printed", or "file": no date printed, the file's mtime
    is_draft: bool = False
    profile: str = "generic"
    captions: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    notes: tuple[FieldNote, ...] = ()
    url: str = ""
    digest: str = ""
    original_url: str | None = None  # where a saved page or web capture came from
    captured: datetime | None = None  # when the archiving tool fetched it (aware)
    lang: str = "en"  # BCP 47 tag of the text ("bn" for Bangla): html lang, search


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """What list pages need of an article: small, so 100,000 of them fit in memory."""

    url: str
    title: str
    published: datetime
    modified: datetime | None
    section: str | None
    byline: tuple[str, ...]
    tags: tuple[str, ...]
    summary: str
    word_count: int
    date_precision: str = "minute"
    digest: str = ""  # the source's content hash: with the URL, it fixes every field


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    label: str


@dataclass(frozen=True, slots=True)
class Page:
    """One output file to render: template name, output path and its context."""

    path: str  # relative to the output root, e.g. "2022/12/11/slug/index.html"
    template: str
    context: tuple[tuple[str, object], ...] = field(default=())


def _pickled_by_fields(cls: type) -> None:
    """Pickle as `cls(*fields)`: a slots dataclass's own __getstate__/__setstate__ are
    Python loops that call fields() per object, and a build pickles a few hundred
    thousand of these (render batches to workers, articles to and from the cache)."""
    names = tuple(f.name for f in fields(cls))
    values = operator.attrgetter(*names)

    def __reduce__(self: object) -> tuple[type, tuple[object, ...]]:  # noqa: N807
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign,assignment]


for _cls in (Source, FieldNote, Article, ArticleRef, Link, Page):
    _pickled_by_fields(_cls)
