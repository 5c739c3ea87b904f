"""Articles -> articles with unique URLs (slug collisions resolved deterministically)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from site_gen.core.config import Config
from site_gen.core.model import Article
from site_gen.core.slugs import taxonomy_key
from site_gen.parse.dates import in_zone


def article_url(article: Article, pattern: str) -> str:
    local = in_zone(article.published, article.timezone)
    return pattern.format(
        year=f"{local.year:04d}",
        month=f"{local.month:02d}",
        day=f"{local.day:02d}",
        slug=article.slug,
        section=taxonomy_key(article.section or "news"),
    )


def assign_urls(articles: list[Article], config: Config) -> list[Article]:
    """Give every article its URL; equal URLs get -2, -3… in (published, source) order."""
    pattern = config.url_pattern("article")
    by_url: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_url[article_url(article, pattern)].append(article)
    placed: list[Article] = []
    taken = set(by_url)
    for url, group in by_url.items():
        group.sort(key=lambda a: (a.published, a.source))
        placed.append(replace(group[0], url=url))
        for number, article in enumerate(group[1:], start=2):
            slug = f"{article.slug}-{number}"
            candidate = article_url(replace(article, slug=slug), pattern)
            while candidate in taken:
                slug += "-x"
                candidate = article_url(replace(article, slug=slug), pattern)
            taken.add(candidate)
            placed.append(replace(article, slug=slug, url=candidate))
    return sorted(placed, key=lambda a: (a.published, a.url))
