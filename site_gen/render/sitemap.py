"""sitemap.xml (with an index past 50,000 URLs), Google News sitemap, robots.txt. Pure.

Sitemaps must list absolute URLs, so without `base_url` none are written: robots.txt
is still written, without a Sitemap line, and `base_url_warning` says so once.

The news sitemap lists articles published in the `news_sitemap_days` before a
reference time: `build_time` from the config when set, else the newest article's
publication time. Never the clock, so the same sources always build the same files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from site_gen.core.config import Config
from site_gen.core.model import (
    Article,
    ArticlePage,
    HomePage,
    Page,
    PeriodListPage,
    RedirectPage,
    TermListPage,
)
from site_gen.core.weburls import absolute_url, page_url
from site_gen.render.feeds import rfc3339, xml_text
from site_gen.render.pages import render_document
from site_gen.render.theme import theme_for

URLS_PER_SITEMAP = 50_000  # the protocol's limit per file
NEWS_URLS_LIMIT = 1_000  # Google News reads at most this many per sitemap
NOT_LISTED = frozenset({"404.html"})


@dataclass(frozen=True, slots=True)
class SitemapUrl:
    loc: str
    lastmod: str | None  # W3C datetime, or None when the page has no meaningful date


@dataclass(frozen=True, slots=True)
class NewsUrl:
    loc: str
    title: str
    published: str


def base_url_warning(config: Config) -> str | None:
    """The one warning a build gives when it cannot write absolute URLs."""
    if config.base_url:
        return None
    return (
        "site-gen: warning: base_url is not set: sitemaps skipped, feed links left relative; "
        "set base_url in site.toml (e.g. https://news.example.org)"
    )


def sitemap_files(
    articles: Sequence[Article], pages: Sequence[Page], config: Config
) -> list[tuple[str, bytes]]:
    """(output path, bytes) of the sitemaps and robots.txt."""
    if not config.base_url:
        return [("robots.txt", robots_txt(config, ()).encode("utf-8"))]
    theme = theme_for(config)
    urls = sitemap_urls(pages, config.base_url)
    files: list[tuple[str, str]] = []
    if len(urls) <= URLS_PER_SITEMAP:
        files.append(("sitemap.xml", render_document("xml/sitemap.xml", theme, urls=urls)))
    else:
        children = []
        for number, start in enumerate(range(0, len(urls), URLS_PER_SITEMAP), start=1):
            chunk = urls[start : start + URLS_PER_SITEMAP]
            path = f"sitemaps/sitemap-{number}.xml"
            files.append((path, render_document("xml/sitemap.xml", theme, urls=chunk)))
            dates = [u.lastmod for u in chunk if u.lastmod]
            newest = max(dates, key=datetime.fromisoformat) if dates else None
            children.append(SitemapUrl(absolute_url(config.base_url, "/" + path), newest))
        index = render_document("xml/sitemap_index.xml", theme, sitemaps=children)
        files.append(("sitemap.xml", index))
    news = news_urls(articles, config)
    if news:
        publication = {"name": xml_text(config.title), "language": config.language}
        document = render_document(
            "xml/sitemap_news.xml", theme, urls=news, publication=publication
        )
        files.append(("sitemap-news.xml", document))
    listed = [path for path, _ in files if path in ("sitemap.xml", "sitemap-news.xml")]
    files.append(("robots.txt", robots_txt(config, listed)))
    return [(path, text.encode("utf-8")) for path, text in files]


def sitemap_urls(pages: Sequence[Page], base_url: str) -> list[SitemapUrl]:
    """Every HTML page but the 404, in plan order, with its lastmod when one is known."""
    return [
        SitemapUrl(absolute_url(base_url, page_url(page.path)), page_lastmod(page))
        for page in pages
        if page.path.endswith(".html")
        and page.path not in NOT_LISTED
        and not isinstance(page, RedirectPage)
    ]


def page_lastmod(page: Page) -> str | None:
    """An article's modified (or published) time; a list's newest member's; else None."""
    if isinstance(page, ArticlePage):
        article = page.article
        return rfc3339(max(article.published, article.modified or article.published))
    items = page.listing.items if isinstance(page, (HomePage, TermListPage, PeriodListPage)) else ()
    if items:
        return rfc3339(max(max(r.published, r.modified or r.published) for r in items))
    return None


def reference_time(articles: Sequence[Article], config: Config) -> datetime | None:
    """'Now' for the news sitemap: config.build_time, else the newest publication time."""
    if config.build_time:
        value = datetime.fromisoformat(config.build_time)
        return value if value.tzinfo else value.replace(tzinfo=ZoneInfo(config.timezone))
    return max((a.published for a in articles), default=None)


def news_urls(articles: Sequence[Article], config: Config) -> list[NewsUrl]:
    """Articles from the last `news_sitemap_days` before the reference time, newest first."""
    now = reference_time(articles, config)
    if now is None:
        return []
    since = now - timedelta(days=config.news_sitemap_days)
    recent = [a for a in articles if since <= a.published <= now]
    recent.sort(key=lambda a: (a.published, a.url), reverse=True)
    return [
        NewsUrl(absolute_url(config.base_url, a.url), xml_text(a.title), rfc3339(a.published))
        for a in recent[:NEWS_URLS_LIMIT]
    ]


def robots_txt(config: Config, sitemap_paths: Sequence[str]) -> str:
    lines = ["User-agent: *", "Disallow:"]
    if sitemap_paths:
        lines.append("")
        lines += [f"Sitemap: {absolute_url(config.base_url, '/' + p)}" for p in sitemap_paths]
    return "\n".join(lines) + "\n"
