"""Frozen data passed between pipeline stages."""

from __future__ import annotations

import operator
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import ClassVar


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
    # "printed"; no date printed: "file" (the file's mtime), "capture" (a capture stamp's
    # day) or "address" (the day in the address the copy prints)
    date_source: str = "printed"
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
    # Addresses the article had before ("/2019/old-slug/", "news/old.html"): each gets a
    # page sending readers on (Hugo's aliases, Jekyll's redirect_from)
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """What list pages need of an article: its head, small, so 100,000 fit in memory."""

    url: str
    title: str
    published: datetime
    modified: datetime | None
    section: str | None
    byline: tuple[str, ...]
    tags: tuple[str, ...]
    summary: str
    date_precision: str = "minute"


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    label: str


@dataclass(frozen=True, slots=True)
class Listing:
    """One page of a paginated list, numbered from the oldest so old pages never change."""

    number: int  # 1 = oldest chunk
    total: int  # pages in the list
    url: str
    items: tuple[ArticleRef, ...]  # newest first, as readers expect
    newer: Link | None
    older: Link | None
    is_newest: bool


@dataclass(frozen=True, slots=True)
class Term:
    """One section, tag or author and the articles filed under it (oldest first)."""

    name: str  # the spelling used most often
    slug: str
    refs: tuple[ArticleRef, ...]

    @property
    def count(self) -> int:
        return len(self.refs)


# One record per kind of page. Each names its template; its other fields (but `path`)
# are what the template sees, under the same names (render.template_values).


@dataclass(frozen=True, slots=True)
class ArticlePage:
    path: str  # relative to the output root, e.g. "2022/12/11/slug/index.html"
    article: Article  # the head; the build gives it its body just before rendering
    previous: Link | None
    next: Link | None
    section_previous: Link | None
    section_next: Link | None
    related: tuple[ArticleRef, ...]
    template: ClassVar[str] = "article.html"


@dataclass(frozen=True, slots=True)
class HomePage:
    path: str
    listing: Listing
    total: int  # articles in the archive
    template: ClassVar[str] = "home.html"


@dataclass(frozen=True, slots=True)
class TermListPage:
    """A page of a section's, tag's or author's articles."""

    path: str
    listing: Listing
    heading: str
    kind: str  # "section", "tag" or "author"
    total: int
    template: ClassVar[str] = "list.html"


@dataclass(frozen=True, slots=True)
class PeriodListPage:
    """A page of a year's, month's or day's articles, with the periods around it."""

    path: str
    listing: Listing
    heading: str
    kind: str  # "year", "month" or "day"
    total: int
    earlier_period: Link | None
    later_period: Link | None
    template: ClassVar[str] = "list.html"


@dataclass(frozen=True, slots=True)
class TermsPage:
    """Every section, tag or author with its count."""

    path: str
    terms: tuple[tuple[Term, str], ...]  # (term, its URL)
    sort: str  # "name" or "count"
    index_url: str
    kind: str
    kind_title: str
    template: ClassVar[str] = "terms.html"


ArchiveRow = tuple[int, str, int, tuple[tuple[int, str | None], ...]]  # year, url, count, months


@dataclass(frozen=True, slots=True)
class ArchivePage:
    path: str
    rows: tuple[ArchiveRow, ...]  # newest year first
    total: int
    template: ClassVar[str] = "archive.html"


@dataclass(frozen=True, slots=True)
class PlainPage:
    """A page of its template alone (404, search); it may name its own feed."""

    path: str
    template: str
    feed_url: str | None = None  # None: the template sees no such name
    feed_title: str | None = None


@dataclass(frozen=True, slots=True)
class RedirectPage:
    """An article's former address: a page that sends the reader (and search engines,
    through its canonical link) on to where the article is now."""

    path: str
    target: str  # the article's URL
    title: str
    template: ClassVar[str] = "redirect.html"


Page = (
    ArticlePage
    | HomePage
    | TermListPage
    | PeriodListPage
    | TermsPage
    | ArchivePage
    | PlainPage
    | RedirectPage
)


def _pickled_by_fields(cls: type) -> None:
    """Pickle as `cls(*fields)`: a slots dataclass's own __getstate__/__setstate__ are
    Python loops that call fields() per object, and a build pickles a few hundred
    thousand of these (render batches to workers, articles to and from the cache)."""
    names = tuple(f.name for f in fields(cls))
    values = operator.attrgetter(*names)

    def __reduce__(self: object) -> tuple[type, tuple[object, ...]]:  # noqa: N807
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign,assignment]


for _cls in (
    Source,
    FieldNote,
    Article,
    ArticleRef,
    Link,
    Listing,
    Term,
    ArticlePage,
    HomePage,
    TermListPage,
    PeriodListPage,
    TermsPage,
    ArchivePage,
    PlainPage,
    RedirectPage,
):
    _pickled_by_fields(_cls)
