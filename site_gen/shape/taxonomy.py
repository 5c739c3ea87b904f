"""Sections, tags and bylines -> terms with their articles. Pure."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from site_gen.core.model import ArticleRef, Term
from site_gen.core.slugs import taxonomy_key

# Slugs that name pages of the taxonomy itself; a term with one of these gets "-1".
RESERVED = frozenset({"by-count", "page", "feed-xml", "index"})


@lru_cache(maxsize=1 << 16)
def term_slug(name: str) -> str:
    slug = taxonomy_key(name)
    return f"{slug}-1" if slug in RESERVED else slug


def group_terms(
    refs: Sequence[ArticleRef], names_of: Callable[[ArticleRef], Iterable[str]]
) -> list[Term]:
    """Terms sorted by slug; names differing only in case or punctuation share one term."""
    members: dict[str, list[ArticleRef]] = defaultdict(list)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for ref in refs:
        seen: set[str] = set()
        for name in names_of(ref):
            slug = term_slug(name)
            spellings[slug][name] += 1
            if slug not in seen:
                members[slug].append(ref)
                seen.add(slug)
    terms = []
    for slug in sorted(members):
        name = min(spellings[slug].items(), key=lambda item: (-item[1], item[0]))[0]
        terms.append(Term(name, slug, tuple(members[slug])))
    return terms


def sections(refs: Sequence[ArticleRef]) -> list[Term]:
    return group_terms(refs, lambda r: (r.section,) if r.section else ())


def tags(refs: Sequence[ArticleRef]) -> list[Term]:
    return group_terms(refs, lambda r: r.tags)


def authors(refs: Sequence[ArticleRef]) -> list[Term]:
    return group_terms(refs, lambda r: r.byline)
