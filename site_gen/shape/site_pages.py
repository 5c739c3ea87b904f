"""Every page of the site, planned from the enriched articles (pure)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial

from site_gen.core.config import Config
from site_gen.core.model import (
    ArchivePage,
    Article,
    ArticleRef,
    HomePage,
    Link,
    Page,
    PeriodListPage,
    PlainPage,
    RedirectPage,
    TermListPage,
    TermsPage,
)
from site_gen.shape import index, taxonomy
from site_gen.shape.related import related_refs


def plan(articles: list[Article], config: Config) -> list[Page]:
    """Article pages, then the lists that link them; `articles` sorted oldest first."""
    refs = [index.ref_of(a) for a in articles]
    per_page = config.per_page
    pages: list[Page] = []
    pages += index.article_pages(articles, related_refs(refs), section_neighbours(refs))
    pages += index.list_pages(refs, per_page, "/", partial(HomePage, total=len(refs)))
    for kind, terms, title in (
        ("section", taxonomy.sections(refs), "Sections"),
        ("tag", taxonomy.tags(refs), "Tags"),
        ("author", taxonomy.authors(refs), "Authors"),
    ):
        pages += term_pages(kind, terms, title, config)
    pages += date_pages(refs, config)
    pages.append(PlainPage("404.html", "404.html"))
    pages.extend([PlainPage("search/index.html", "search.html")] if config.search else [])
    redirects, _ = redirect_pages(articles, {page.path for page in pages})
    return pages + redirects


def redirect_pages(
    articles: Sequence[Article], taken: set[str]
) -> tuple[list[RedirectPage], list[tuple[Article, str]]]:
    """A page at each former address of an article, and the addresses given up: one the
    site already has a page at (that page stays), or an older article claimed first."""
    pages: list[RedirectPage] = []
    refused: list[tuple[Article, str]] = []
    claimed = set(taken)
    for article in articles:
        for alias in article.aliases:
            path = alias_path(alias)
            if path in claimed:
                refused.append((article, alias))
                continue
            claimed.add(path)
            pages.append(RedirectPage(path, article.url, article.title))
    return pages, refused


def alias_path(alias: str) -> str:
    """'/2019/old/' -> '2019/old/index.html'; 'news/old.html' stays a file."""
    if alias.lower().endswith((".html", ".htm")):
        return alias.strip("/")
    return index.output_path(alias)


def redirect_warnings(articles: Sequence[Article], pages: Sequence[Page]) -> list[str]:
    """One line per former address given up (see redirect_pages)."""
    real = {page.path for page in pages if not isinstance(page, RedirectPage)}
    _, refused = redirect_pages(articles, real)
    return [
        f"{article.source}: warning: aliases: {alias} is taken by another page; no redirect"
        for article, alias in refused
    ]


def section_neighbours(refs: Sequence[ArticleRef]) -> list[tuple[Link | None, Link | None]]:
    """(earlier, later) article in the same section, for each ref."""
    by_section: dict[str, list[int]] = defaultdict(list)
    for position, ref in enumerate(refs):
        if ref.section:
            by_section[taxonomy.term_slug(ref.section)].append(position)
    result: list[tuple[Link | None, Link | None]] = [(None, None)] * len(refs)
    for positions in by_section.values():
        for offset, position in enumerate(positions):
            earlier = refs[positions[offset - 1]] if offset > 0 else None
            later = refs[positions[offset + 1]] if offset + 1 < len(positions) else None
            result[position] = (
                Link(earlier.url, earlier.title) if earlier else None,
                Link(later.url, later.title) if later else None,
            )
    return result


def term_pages(kind: str, terms: list[taxonomy.Term], title: str, config: Config) -> list[Page]:
    pattern = config.url_pattern(kind)
    index_url = pattern.split("{", 1)[0] or "/"
    listed = [(t, pattern.format(slug=t.slug)) for t in terms]
    by_count = sorted(listed, key=lambda item: (-item[0].count, item[0].slug))
    path = index.output_path(index_url)
    pages: list[Page] = [TermsPage(path, tuple(listed), "name", index_url, kind, title)]
    if kind == "tag":
        by_count_path = index.output_path(f"{index_url}by-count/")
        pages.append(TermsPage(by_count_path, tuple(by_count), "count", index_url, kind, title))
    for term, url in listed:
        pages += index.list_pages(
            term.refs,
            config.per_page,
            url,
            partial(TermListPage, heading=term.name, kind=kind, total=term.count),
        )
    return pages


def date_pages(refs: Sequence[ArticleRef], config: Config) -> list[Page]:
    """Year, month and day archives with links to neighbouring periods, plus /archive/."""
    levels: list[tuple[str, Callable[[datetime], tuple[int, ...]], str]] = [
        ("year", lambda d: (d.year,), "%Y"),
        ("month", lambda d: (d.year, d.month), "%B %Y"),
        ("day", lambda d: (d.year, d.month, d.day), "%-d %B %Y"),
    ]
    pages: list[Page] = []
    for kind, key_of, label_format in levels:
        groups: dict[tuple[int, ...], list[ArticleRef]] = defaultdict(list)
        for ref in refs:
            groups[key_of(ref.published)].append(ref)
        keys = sorted(groups)
        for position, key in enumerate(keys):
            url = period_url(config.url_pattern(kind), key)
            members = groups[key]
            label = members[0].published.strftime(label_format)
            earlier = _period_link(
                config.url_pattern(kind), keys, position - 1, groups, label_format
            )
            later = _period_link(config.url_pattern(kind), keys, position + 1, groups, label_format)
            pages += index.list_pages(
                members,
                config.per_page,
                url,
                partial(
                    PeriodListPage,
                    heading=label,
                    kind=kind,
                    total=len(members),
                    earlier_period=earlier,
                    later_period=later,
                ),
            )
    pages.append(archive_overview(refs, config))
    return pages


def period_url(pattern: str, key: tuple[int, ...]) -> str:
    parts = {"year": f"{key[0]:04d}"}
    if len(key) > 1:
        parts["month"] = f"{key[1]:02d}"
    if len(key) > 2:
        parts["day"] = f"{key[2]:02d}"
    return pattern.format(**parts)


def _period_link(
    pattern: str,
    keys: list[tuple[int, ...]],
    position: int,
    groups: dict[tuple[int, ...], list[ArticleRef]],
    label_format: str,
) -> Link | None:
    if not 0 <= position < len(keys):
        return None
    key = keys[position]
    return Link(period_url(pattern, key), groups[key][0].published.strftime(label_format))


def archive_overview(refs: Sequence[ArticleRef], config: Config) -> ArchivePage:
    """Counts per month for every year: the archive's shape at a glance."""
    counts: dict[int, list[int]] = defaultdict(lambda: [0] * 12)
    for ref in refs:
        counts[ref.published.year][ref.published.month - 1] += 1
    rows = []
    for year in sorted(counts, reverse=True):
        cells = tuple(
            (
                count,
                period_url(config.url_pattern("month"), (year, month + 1)) if count else None,
            )
            for month, count in enumerate(counts[year])
        )
        rows.append(
            (year, period_url(config.url_pattern("year"), (year,)), sum(counts[year]), cells)
        )
    return ArchivePage("archive/index.html", tuple(rows), len(refs))
