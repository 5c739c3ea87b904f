"""Related articles: most shared tags, then nearest in time. Pure and bounded.

Looking only at a window of neighbours in each tag's time-ordered list keeps the
work per article constant, so 100,000 articles with popular tags stay fast.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Sequence

from site_gen.core.model import ArticleRef
from site_gen.core.slugs import taxonomy_key

WINDOW = 8  # neighbours considered on each side within each tag


def related_refs(refs: Sequence[ArticleRef], limit: int = 5) -> list[tuple[ArticleRef, ...]]:
    """For each ref (sorted oldest first), up to `limit` related refs."""
    by_tag: dict[str, list[int]] = defaultdict(list)
    for position, ref in enumerate(refs):
        for key in {taxonomy_key(t) for t in ref.tags}:
            by_tag[key].append(position)
    where: dict[tuple[str, int], int] = {}
    for key, positions in by_tag.items():
        for offset, position in enumerate(positions):
            where[(key, position)] = offset
    stamps = [ref.published.timestamp() for ref in refs]
    result = []
    for position, ref in enumerate(refs):
        shared: Counter[int] = Counter()
        for key in {taxonomy_key(t) for t in ref.tags}:
            positions = by_tag[key]
            offset = where[(key, position)]
            for other in positions[max(0, offset - WINDOW) : offset + WINDOW + 1]:
                if other != position:
                    shared[other] += 1
        when = ref.published.timestamp()
        ranked = heapq.nsmallest(
            limit,
            shared,
            key=lambda other: (-shared[other], abs(stamps[other] - when), other),
        )
        result.append(tuple(refs[other] for other in ranked))
    return result
