"""One article per story: web captures and text copies of the same article merge. Pure.

A story saved twice (two captures of one URL, or a pasted text copy beside the saved
page) would otherwise be built twice under two slugs. Captures carry their provenance
and the publisher's declared fields, so a capture is kept over a text copy, and of two
captures the newer.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from site_gen.core.model import Article

_OLDEST = datetime.min.replace(tzinfo=UTC)


def merge_copies(articles: Sequence[Article]) -> tuple[list[Article], dict[str, str]]:
    """The articles without duplicate copies (in their order), and for each dropped
    source a warning naming the source kept."""
    kept: dict[int, Article] = dict(enumerate(articles))
    dropped: dict[str, str] = {}
    for key_of, reason in ((_url_key, "same URL"), (_headline_key, "same headline and date")):
        first: dict[object, int] = {}
        for number, article in list(kept.items()):
            key = key_of(article)
            if key is None:
                continue
            earlier = first.setdefault(key, number)
            other = kept[earlier]
            if earlier == number or not (article.original_url or other.original_url):
                continue  # two text copies: not ours to judge (slugs keep them apart)
            if _is_better(article, other):
                winner, loser, first[key] = article, other, number
                del kept[earlier]
            else:
                winner, loser = other, article
                del kept[number]
            dropped[loser.source] = (
                f"same article as {winner.source} ({reason}); kept {winner.source}"
            )
    return list(kept.values()), dropped


def _is_better(article: Article, other: Article) -> bool:
    """A capture over a text copy; of two captures the newer (a tie keeps the first)."""
    if bool(article.original_url) != bool(other.original_url):
        return bool(article.original_url)
    return (article.captured or _OLDEST) > (other.captured or _OLDEST)


def _url_key(article: Article) -> str | None:
    url = article.original_url
    if not url:
        return None
    scheme, _, rest = url.partition("://")
    host, _, path = rest.partition("/")
    return f"{host.lower().removeprefix('www.')}/{path.split('#')[0].rstrip('/')}"


def _headline_key(article: Article) -> tuple[str, str] | None:
    title = " ".join(article.title.casefold().split())
    return (title, article.published.date().isoformat()) if title else None
