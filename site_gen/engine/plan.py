"""Every page of a build, planned from the articles' heads, and kept for the next build.

An article's head is what lists, URLs, feeds and sitemaps use: all of it but the body.
Pages are planned from heads only, and the plan is keyed by the build record and the
heads' digests. A rebuild whose heads are all as they were (a body-only edit, or no edit)
has the same key, so the kept plan holds by construction: it re-renders just the pages
that show an edited body (the article's own page, the feeds carrying it), taking their
records from the plan instead of planning 100,000 articles again. Any other change gives
another key, and the pages are planned afresh.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from site_gen.core.config import Config
from site_gen.core.errors import ParseError
from site_gen.core.model import Article, ArticlePage, Page
from site_gen.engine.depends import canonical_json
from site_gen.parse.warc import file_of
from site_gen.render import feeds
from site_gen.shape import site_pages
from site_gen.shape.enrich import assign_urls

if TYPE_CHECKING:
    from site_gen.engine.collect import Change

# What an article holds besides its head, with the values a head has instead.
BODY = {
    "paragraphs": (),
    "body_html": "",
    "captions": (),
    "notes": (),
    "word_count": 0,
    "warnings": (),
    "digest": "",
}


def head_of(article: Article) -> Article:
    return replace(article, **BODY)  # type: ignore[arg-type]


def with_body(head: Article, full: Article) -> Article:
    """The head (with the URL and name the plan gave it) and the body of `full`."""
    return replace(head, **{name: getattr(full, name) for name in BODY})


def head_digest(article: Article) -> str:
    return hashlib.sha256(canonical_json(head_of(article))).hexdigest()[:32]


def file_heads(named: Sequence[tuple[str, str]], articles: Sequence[Article]) -> tuple[str, ...]:
    """One digest per source file of the heads it gave ("" for none): a web archive
    gives many articles, named "file#url"."""
    by_file: dict[str, list[str]] = {}
    for article in articles:
        by_file.setdefault(file_of(article.source), []).append(head_digest(article))
    return tuple(_joined(by_file.get(shown, ())) for _, shown in named)


def _joined(digests: Sequence[str]) -> str:
    if not digests:
        return ""
    return (
        digests[0] if len(digests) == 1 else hashlib.sha256("".join(digests).encode()).hexdigest()
    )


def plan_key(record_digest: str, shown: Sequence[str], heads: Sequence[str]) -> str:
    digest = hashlib.sha256(record_digest.encode())
    for name, head in zip(shown, heads, strict=True):
        digest.update(f"{name}\0{head}\0".encode())
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class SourceStates:
    """Each source as the build read it, in discovery order, as flat columns (100,000
    small objects take seconds to pickle, a few tuples of strings milliseconds)."""

    paths: tuple[str, ...]
    shown: tuple[str, ...]  # display names
    stats: tuple[int, ...]  # size, mtime_ns, inode of each, one after another
    digests: tuple[str, ...]  # sha256 of the bytes read ("" when unreadable)
    heads: tuple[str, ...]  # file_heads

    def stat(self, number: int) -> tuple[int, ...]:
        return self.stats[3 * number : 3 * number + 3]

    def updated(self, rows: dict[int, tuple[tuple[int, int, int], str, str]]) -> SourceStates:
        """With new (stat, digest, head) for the sources at these positions."""
        stats, digests, heads = list(self.stats), list(self.digests), list(self.heads)
        for number, (stat, digest, head) in rows.items():
            stats[3 * number : 3 * number + 3] = stat
            digests[number], heads[number] = digest, head
        return replace(self, stats=tuple(stats), digests=tuple(digests), heads=tuple(heads))


@dataclass(frozen=True, slots=True)
class PlanState:
    """What the next build needs of this one without loading its pages."""

    key: str  # plan_key
    sources: SourceStates
    bodies: tuple[tuple[str, str], ...]  # (display name, body cache key) of planned articles
    feeds: tuple[tuple[str, tuple[str, ...]], ...]  # (feed path, display names it shows)
    pages: int
    articles: int
    refused: tuple[ParseError, ...]  # paths discovery refused (links pointing outside…)
    problems: tuple[ParseError, ...]  # files that did not parse (by display name)
    warnings: tuple[tuple[str, tuple[str, ...]], ...]  # (display name, its warnings)
    generation: str = ""  # of the live output
    spare_generation: str = ""  # what the spare tree holds ("" when unknown)
    delta: tuple[tuple[str, str], ...] = ()  # spare -> live: (path, fingerprint or "")
    files: int = 0  # in the live output


@dataclass(frozen=True, slots=True)
class Plan:
    """The pages and feeds of one build; the light articles they were planned from."""

    articles: list[Article]  # heads with their URLs, oldest first
    pages: list[Page]
    feed_groups: list[feeds.FeedGroup]


def make_plan(articles: Sequence[Article], config: Config) -> Plan:
    heads = assign_urls([head_of(a) for a in articles], config)
    return Plan(heads, site_pages.plan(heads, config), feeds.feed_groups(heads, config))


def article_pages_by_source(plan: Plan) -> list[tuple[str, ArticlePage]]:
    return [(p.article.source, p) for p in plan.pages if isinstance(p, ArticlePage)]


def feed_members(plan: Plan) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((g.path, tuple(a.source for a in g.members)) for g in plan.feed_groups)


def with_changes(
    state: PlanState, changes: Sequence[Change], record_digest: str
) -> PlanState | None:
    """The kept plan's state once these sources are read again; None when it no longer
    holds (a head changed, or a source it did not place changed its bytes)."""
    sources = state.sources.updated({c.number: (c.stat, c.digest, c.head) for c in changes})
    if plan_key(record_digest, sources.shown, sources.heads) != state.key:
        return None
    bodies = dict(state.bodies)
    problems = {problem.path: problem for problem in state.problems}
    warnings = dict(state.warnings)
    for change in changes:
        if isinstance(change.result, ParseError):
            problems[change.shown] = change.result  # it was a problem before: same key
        elif change.shown in bodies:
            bodies[change.shown] = change.body
            warnings.pop(change.shown, None)
            warnings.update(
                {change.shown: change.result.warnings} if change.result.warnings else {}
            )
        elif change.digest != state.sources.digests[change.number]:
            return None  # a draft or a dropped copy: not worth knowing why
    return replace(
        state,
        sources=sources,
        bodies=tuple(bodies.items()),
        problems=tuple(problems.values()),
        warnings=tuple(sorted(warnings.items())),
    )


def edited_bodies(before: PlanState, after: PlanState) -> set[str]:
    old = dict(before.bodies)
    return {shown for shown, key in after.bodies if old.get(shown) != key}


def feeds_showing(state: PlanState, sources: set[str]) -> list[str]:
    return [path for path, members in state.feeds if not sources.isdisjoint(members)]
