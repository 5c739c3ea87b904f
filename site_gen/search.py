"""Full-text search index of the built site (Pagefind), run on the staged output."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from site_gen.config import Config

INDEX_FOLDER = "pagefind"  # where the index lives in the output


@dataclass(frozen=True, slots=True)
class SearchStats:
    pages: int
    index_bytes: int
    seconds: float


def index_site(site_root: Path, config: Config) -> SearchStats | None:
    """Index `site_root` in place; None when search is off."""
    return None
