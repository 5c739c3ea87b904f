"""Atom and RSS feeds (site-wide, per section, per tag). Pure: articles -> files."""

from __future__ import annotations

from collections.abc import Sequence

from site_gen.config import Config
from site_gen.model import Article


def feed_files(articles: Sequence[Article], config: Config) -> list[tuple[str, bytes]]:
    """(output path, bytes) of every feed; `articles` sorted oldest first."""
    return []
