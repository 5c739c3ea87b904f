"""sitemap.xml (with an index past 50,000 URLs), Google News sitemap, robots.txt. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from site_gen.config import Config
from site_gen.model import Article, Page


def sitemap_files(
    articles: Sequence[Article], pages: Sequence[Page], config: Config
) -> list[tuple[str, bytes]]:
    """(output path, bytes) of the sitemaps and robots.txt."""
    return []
