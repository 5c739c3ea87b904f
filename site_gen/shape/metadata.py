"""What a page says about itself to crawlers: schema.org data and feed links. Pure.

The JSON-LD is built here as plain data; render.json_ld_script is the one place it
becomes markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from site_gen.core.model import Article
from site_gen.core.weburls import absolute_url
from site_gen.shape.taxonomy import term_slug

# Bylines that name a desk or an agency rather than a person ("TBS Report", "Reuters Staff").
_ORGANISATION_WORDS = frozenset(
    {"report", "reports", "desk", "staff", "agency", "agencies", "news", "online", "bureau"}
)


def news_article(
    article: Article,
    *,
    site_title: str,
    base_url: str,
    language: str,
    urls: Iterable[tuple[str, str]],
) -> dict[str, Any]:
    """schema.org NewsArticle for one article page."""
    patterns = dict(urls)
    url = absolute_url(base_url, article.url)
    publisher_name = article.publisher or site_title
    publisher: dict[str, Any] = {"@type": "Organization", "name": publisher_name}
    if base_url:
        publisher["url"] = absolute_url(base_url, "/")
    authors = [
        _author(name, publisher_name, absolute_url(base_url, _author_path(patterns, name)))
        for name in article.byline
    ] or [{"@type": "Organization", "name": publisher_name}]
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.summary,
        "datePublished": article.published.isoformat(timespec="seconds"),
        "dateModified": (article.modified or article.published).isoformat(timespec="seconds"),
        "author": authors,
        "publisher": publisher,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "inLanguage": language,
        "wordCount": article.word_count,
    }
    if article.section:
        data["articleSection"] = article.section
    if article.tags:
        data["keywords"] = list(article.tags)
    if article.original_url:
        data["isBasedOn"] = article.original_url  # the page this copy was saved from
    return data


def term_feed_url(urls: Iterable[tuple[str, str]], kind: str, name: str) -> str | None:
    """Root-relative URL of a section's or tag's feed; None for kinds that have none."""
    if kind not in ("section", "tag"):
        return None
    return dict(urls)[kind].format(slug=term_slug(name)) + "feed.xml"


def _author(name: str, publisher_name: str, url: str) -> dict[str, Any]:
    words = {w.strip(".,").lower() for w in name.split()}
    is_organisation = name == publisher_name or bool(words & _ORGANISATION_WORDS)
    return {"@type": "Organization" if is_organisation else "Person", "name": name, "url": url}


def _author_path(patterns: dict[str, str], name: str) -> str:
    return patterns["author"].format(slug=term_slug(name))
