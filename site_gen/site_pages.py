"""Every page of the site, planned from the enriched articles (pure)."""

from __future__ import annotations

from site_gen import index
from site_gen.config import Config
from site_gen.model import Article, Page


def plan(articles: list[Article], config: Config) -> list[Page]:
    """Article pages, then the lists that link them; `articles` sorted oldest first."""
    refs = [index.ref_of(a) for a in articles]
    pages = index.article_pages(articles)
    pages += index.list_pages(refs, config.per_page, "/", "home.html", total=len(refs))
    pages.append(Page("404.html", "404.html"))
    pages.extend([Page("search/index.html", "search.html")] if config.search else [])
    return pages
