"""Articles -> page records: which files exist and what each shows. Pure; no HTML here."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from site_gen.core.model import Article, ArticlePage, ArticleRef, Link, Listing, Page


def ref_of(article: Article) -> ArticleRef:
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


def page_url(base: str, number: int) -> str:
    return f"{base}page/{number}/"


def paginate(oldest_first: Sequence[ArticleRef], per_page: int, base: str) -> list[Listing]:
    """Chunks of `per_page` counted from the oldest article.

    The list's first URL (`base`) shows the newest chunk, topped up with the one
    before it when the newest is not yet full, so it never shows a lonely article.
    Adding an article therefore changes only the newest page or two.
    """
    count = len(oldest_first)
    chunks = max(1, math.ceil(count / per_page))
    newest_full = count % per_page == 0
    root_from = chunks if newest_full or chunks == 1 else chunks - 1
    pages: list[Listing] = []
    numbered = list(range(1, root_from))
    for number in numbered:
        items = oldest_first[(number - 1) * per_page : number * per_page]
        newer_number = number + 1
        newer = (
            Link(base, "Newer")
            if newer_number >= root_from
            else Link(page_url(base, newer_number), "Newer")
        )
        older = Link(page_url(base, number - 1), "Older") if number > 1 else None
        pages.append(
            Listing(
                number, chunks, page_url(base, number), tuple(reversed(items)), newer, older, False
            )
        )
    root_items = oldest_first[(root_from - 1) * per_page :]
    older = Link(page_url(base, root_from - 1), "Older") if root_from > 1 else None
    pages.append(Listing(chunks, chunks, base, tuple(reversed(root_items)), None, older, True))
    return pages


def output_path(url: str) -> str:
    """'/2022/12/11/slug/' -> '2022/12/11/slug/index.html' (every page is a folder)."""
    return url.strip("/") + "/index.html" if url.strip("/") else "index.html"


def list_pages(
    refs: Sequence[ArticleRef], per_page: int, base: str, page_of: Callable[[str, Listing], Page]
) -> list[Page]:
    """The pages of one paginated list; `page_of(path, listing)` makes each record."""
    return [
        page_of(output_path(listing.url), listing) for listing in paginate(refs, per_page, base)
    ]


def article_pages(
    articles: Sequence[Article],
    related: Sequence[tuple[ArticleRef, ...]],
    in_section: Sequence[tuple[Link | None, Link | None]],
) -> list[ArticlePage]:
    """One page per article with its neighbours in time (articles sorted oldest first)."""
    pages = []
    for position, article in enumerate(articles):
        previous = articles[position - 1] if position > 0 else None
        following = articles[position + 1] if position + 1 < len(articles) else None
        pages.append(
            article_page(
                article,
                Link(previous.url, previous.title) if previous else None,
                Link(following.url, following.title) if following else None,
                in_section[position],
                related[position],
            )
        )
    return pages


def article_page(
    article: Article,
    previous: Link | None,
    following: Link | None,
    in_section: tuple[Link | None, Link | None],
    related: tuple[ArticleRef, ...],
) -> ArticlePage:
    """The one definition of an article page (quick rebuilds make it too)."""
    return ArticlePage(output_path(article.url), article, previous, following, *in_section, related)
