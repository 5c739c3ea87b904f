"""Hand-made pages that exercise every branch of the built-in page templates.

tests/test_render.py renders them and compares with tests/golden/render/, which were
written by the renderer before it was tuned for speed; a faster renderer must give the
same bytes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from site_gen.core.model import (
    ArchivePage,
    Article,
    ArticlePage,
    ArticleRef,
    HomePage,
    Link,
    Listing,
    Page,
    PeriodListPage,
    PlainPage,
    RedirectPage,
    TermListPage,
    TermsPage,
)
from site_gen.render.pages import SiteInfo
from site_gen.shape.taxonomy import Term

URLS = (
    ("article", "/{year}/{month}/{day}/{slug}/"),
    ("section", "/sections/{slug}/"),
    ("tag", "/tags/{slug}/"),
    ("author", "/authors/{slug}/"),
    ("year", "/{year}/"),
    ("month", "/{year}/{month}/"),
    ("day", "/{year}/{month}/{day}/"),
)


def site(base_url: str = "https://news.example.org", search: bool = True) -> SiteInfo:
    return SiteInfo(
        title="The <Example> & Co",
        description='Old news, "kept" for good',
        base_url=base_url,
        language="en-GB",
        search=search,
        urls=URLS,
        generator="site-gen test",
    )


HOSTILE = Article(
    source="a.txt",
    title="Q&A: </script> <b>bold</b> \"quoted\" 'single'",
    slug="q-and-a",
    published=datetime(2021, 3, 4, 0, 7, tzinfo=UTC),
    modified=datetime(2021, 3, 5, 13, 45, tzinfo=UTC),
    section="World & Politics",
    byline=("Ann O'Neil", "Bob <Brown>", "Reuters Staff"),
    publisher="Daily & Sun",
    tags=("C++", "Élections", "page"),
    summary='A summary with <tags> & "quotes"',
    paragraphs=("One.", "Two."),
    body_html="<p>One &amp; only.</p>\n<p>Two «deux».</p>",
    word_count=321,
    timezone="Europe/London",
    url="/2021/03/04/q-and-a/",
    digest="d1",
)

PLAIN = Article(
    source="b.md",
    title="Day-only story",
    slug="day-only",
    published=datetime(2021, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=5, minutes=30))),
    modified=None,
    section=None,
    byline=(),
    publisher=None,
    tags=(),
    summary="",
    paragraphs=(),
    body_html="",
    word_count=0,
    timezone="+05:30",
    date_precision="day",
    url="/2021/12/31/day-only/",
    digest="d2",
)

TWO_AUTHORS = Article(
    source="c.txt",
    title="Noon in New York",
    slug="noon",
    published=datetime(2022, 7, 1, 16, 0, tzinfo=ZoneInfo("America/New_York")),
    modified=None,
    section="Business",
    byline=("Cy Young", "Di Prince"),
    publisher=None,
    tags=("Markets",),
    summary="Stocks rose.",
    paragraphs=("Stocks rose.",),
    body_html="<p>Stocks rose.</p>",
    word_count=2,
    timezone="America/New_York",
    url="/2022/07/01/noon/",
    digest="d3",
)


def ref(article: Article) -> ArticleRef:
    return ArticleRef(
        url=article.url,
        title=article.title,
        published=article.published,
        modified=article.modified,
        section=article.section,
        byline=article.byline,
        tags=article.tags,
        summary=article.summary,
        date_precision=article.date_precision,
    )


REFS = tuple(ref(a) for a in (TWO_AUTHORS, PLAIN, HOSTILE))  # newest first


def article_page(article: Article, **neighbours: object) -> ArticlePage:
    empty = ArticlePage(article.url.strip("/") + "/index.html", article, None, None, None, None, ())
    return replace(empty, **neighbours)  # type: ignore[arg-type]


def listing(number: int, total: int, is_newest: bool) -> Listing:
    newer = None if is_newest else Link("/tags/c/", "Newer")
    older = Link("/tags/c/page/1/", "Older") if total > 1 and number > 1 else None
    url = "/tags/c/" if is_newest else f"/tags/c/page/{number}/"
    return Listing(number, total, url, REFS, newer, older, is_newest)


def pages() -> dict[str, Page]:
    """Golden file name -> page."""
    related = (ref(PLAIN), ref(TWO_AUTHORS))
    tag = Term("C++", "c", (ref(HOSTILE),))
    markets = Term("Markets", "markets", (ref(TWO_AUTHORS), ref(HOSTILE)))
    terms = ((tag, "/tags/c/"), (markets, "/tags/markets/"))
    return {
        "article-hostile": article_page(
            HOSTILE,
            next=Link(PLAIN.url, PLAIN.title),
            section_next=Link(TWO_AUTHORS.url, "Later & <greater>"),
            related=related,
        ),
        "article-plain": article_page(PLAIN, previous=Link(HOSTILE.url, HOSTILE.title)),
        "article-two-authors": article_page(
            TWO_AUTHORS,
            previous=Link(PLAIN.url, PLAIN.title),
            section_previous=Link(HOSTILE.url, HOSTILE.title),
            related=(ref(HOSTILE),),
        ),
        "home-newest": HomePage("index.html", listing(3, 3, True), 1234),
        "home-numbered": HomePage("page/2/index.html", listing(2, 3, False), 1234),
        "home-single": HomePage("index.html", listing(1, 1, True), 3),
        "list-tag": TermListPage("tags/c/index.html", listing(2, 2, True), "C++", "tag", 1),
        "list-author-numbered": TermListPage(
            "authors/ann/page/1/index.html", listing(1, 2, False), "Ann O'Neil", "author", 25
        ),
        "list-section": TermListPage(
            "sections/world/index.html", listing(1, 1, True), "World & Politics", "section", 3
        ),
        "list-day": PeriodListPage(
            "2021/03/04/index.html",
            listing(1, 1, True),
            "4 March 2021",
            "day",
            1,
            earlier_period=Link("/2021/03/03/", "3 March 2021"),
            later_period=None,
        ),
        "list-month": PeriodListPage(
            "2021/03/index.html",
            listing(1, 1, True),
            "March 2021",
            "month",
            1,
            earlier_period=None,
            later_period=Link("/2021/04/", "April 2021"),
        ),
        "terms-tag-name": TermsPage("tags/index.html", terms, "name", "/tags/", "tag", "Tags"),
        "terms-tag-count": TermsPage(
            "tags/by-count/index.html", terms[::-1], "count", "/tags/", "tag", "Tags"
        ),
        "terms-section": TermsPage(
            "sections/index.html",
            ((markets, "/sections/b/"),),
            "name",
            "/sections/",
            "section",
            "Sections",
        ),
        "archive": ArchivePage(
            "archive/index.html",
            (
                (
                    2022,
                    "/2022/",
                    1,
                    tuple((1, "/2022/07/") if m == 6 else (0, None) for m in range(12)),
                ),
                (2021, "/2021/", 1234, tuple((m * 100, f"/2021/{m + 1:02d}/") for m in range(12))),
            ),
            1235,
        ),
        "404": PlainPage("404.html", "404.html"),
        "404-own-feed": PlainPage(
            "special/index.html", "404.html", feed_url="/special/feed.xml", feed_title="Special"
        ),
        "search": PlainPage("search/index.html", "search.html"),
        "redirect-hostile": RedirectPage("news/old/index.html", HOSTILE.url, HOSTILE.title),
    }


def macro_context() -> dict[str, object]:
    """What tests/fixtures/site_templates/uses_macros.html shows."""
    return {
        "site": site(),
        "refs": REFS,
        "listings": (listing(3, 3, True), listing(2, 3, False), listing(1, 1, True)),
    }
