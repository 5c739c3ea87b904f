"""Quick rebuilds: when only article bodies changed, redo only what shows a body.

A full build plans every page from every article (seconds at 100,000 articles before a
single page is rendered). Most rebuilds follow an edit to the text of an article: its
title, date, section, tags, byline and summary stay as they were. Then no list page,
neighbour link, related box, archive or sitemap can change: what shows the body is the
article's own page and the feeds that carry it (and the search index). Each build leaves
a `Snapshot` of what it planned — sources, where each article was placed, which articles
each feed shows — and a quick rebuild checks the edit against it, renders just those
files into the recycled spare tree and swaps it in. Anything else (a new, deleted or
renamed file, a changed title, date or tag, new templates or settings, a damaged cache)
falls back to the full build, which is always right; tests check both give equal output.

The quick path trusts the two output trees it made, as Make or Hugo trust theirs: it
does not walk 100,000 files to look for hand edits. `site-gen build --full` does.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path

from site_gen import __version__
from site_gen.core.config import Config
from site_gen.core.errors import ParseError
from site_gen.core.model import Article, Link, Page
from site_gen.engine.cache import BuildCache, file_stat
from site_gen.engine.sources import read_source
from site_gen.parse import ParseContext, parse_source
from site_gen.parse.warc import is_archive
from site_gen.render import feeds
from site_gen.shape import index

# Past this many edited files a full build, with its process pool, is the better tool.
MAX_EDITS = 64
# What an edit may change for the quick path to apply: fields only the article's own
# page, its feeds and the search index show (word count: the article's JSON-LD).
BODY_FIELDS = frozenset(
    {"paragraphs", "body_html", "captions", "notes", "word_count", "warnings", "digest"}
)
_UNKNOWN = (-1, -1, -1, "")  # a file that could not be read: always looked at again
_COMPARED = tuple(f.name for f in fields(Article) if f.name not in BODY_FIELDS)


@dataclass(frozen=True, slots=True)
class Placed:
    """Where the last build put one article; neighbours are positions in `placed`."""

    source: str  # display name, as in Article.source
    digest: str
    slug: str
    url: str
    section_previous: int  # -1: none
    section_next: int
    related: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Placements:
    """Every `Placed`, stored as columns of plain tuples: 100,000 small objects take
    seconds to pickle and unpickle, a few tuples of strings and ints take milliseconds."""

    sources: tuple[str, ...]
    digests: tuple[str, ...]
    slugs: tuple[str, ...]
    urls: tuple[str, ...]
    section_previous: tuple[int, ...]
    section_next: tuple[int, ...]
    related: tuple[tuple[int, ...], ...]

    @classmethod
    def of(cls, placed: Sequence[Placed]) -> Placements:
        return cls(
            tuple(p.source for p in placed),
            tuple(p.digest for p in placed),
            tuple(p.slug for p in placed),
            tuple(p.url for p in placed),
            tuple(p.section_previous for p in placed),
            tuple(p.section_next for p in placed),
            tuple(p.related for p in placed),
        )

    def __len__(self) -> int:
        return len(self.sources)

    def __getitem__(self, number: int) -> Placed:
        return Placed(
            self.sources[number],
            self.digests[number],
            self.slugs[number],
            self.urls[number],
            self.section_previous[number],
            self.section_next[number],
            self.related[number],
        )

    def with_digests(self, digests: dict[int, str]) -> Placements:
        column = list(self.digests)
        for number, digest in digests.items():
            column[number] = digest
        return replace(self, digests=tuple(column))


@dataclass(frozen=True, slots=True)
class SourceStates:
    """Each source as the build read it, in discovery order: the snapshot's own record
    (a build killed later may already have updated the cache's), as flat columns."""

    paths: tuple[str, ...]
    shown: tuple[str, ...]  # display names
    stats: tuple[int, ...]  # size, mtime_ns, inode of each, one after another
    digests: tuple[str, ...]  # sha256 of the bytes read ("" when unreadable)

    def stat(self, number: int) -> tuple[int, ...]:
        return self.stats[3 * number : 3 * number + 3]

    def updated(self, rows: Sequence[tuple[str, int, int, int, str]]) -> SourceStates:
        where = {path: number for number, path in enumerate(self.paths)}
        stats, digests = list(self.stats), list(self.digests)
        for path, size, mtime, inode, digest in rows:
            number = where[path]
            stats[3 * number : 3 * number + 3] = [size, mtime, inode]
            digests[number] = digest
        return replace(self, stats=tuple(stats), digests=tuple(digests))


@dataclass(frozen=True, slots=True)
class FeedPlan:
    members: tuple[int, ...]  # positions in `placed`, in the feed's order
    page: str
    path: str
    title: str
    subtitle: str


@dataclass(frozen=True, slots=True)
class Snapshot:
    key: str  # settings, templates, static files and code the output depends on
    generation: str  # of the live output
    spare_generation: str  # what the spare tree holds ("" when there is none)
    delta: tuple[tuple[str, str], ...]  # spare -> live: (path, fingerprint or "" = deleted)
    sources: SourceStates
    placed: Placements  # articles oldest first, as planned
    feeds: tuple[FeedPlan, ...]
    refused: tuple[ParseError, ...]  # paths discovery refused (links pointing outside…)
    problems: tuple[ParseError, ...]  # files that did not parse (by display name)
    warnings: tuple[tuple[str, tuple[str, ...]], ...]  # (display name, its warnings)
    pages: int
    files: int


def build_key(
    config: Config,
    theme_key: str,
    static_dirs: Sequence[str],
    ctx_key: str,
    flags: tuple[object, ...],
) -> str:
    """Everything besides the sources that a page depends on; a quick rebuild needs the
    same key as the build it starts from. Static files are hashed whole: they are few."""
    digest = hashlib.sha256(f"{__version__}\0{theme_key}\0{ctx_key}".encode())
    digest.update(pickle.dumps((config, flags), protocol=4))
    for folder in map(Path, static_dirs):
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def snapshot_of(
    *,
    key: str,
    generation: str,
    spare_generation: str,
    delta: dict[str, str],
    named: Sequence[tuple[str, str]],
    states: dict[str, tuple[int, int, int, str]],
    articles: Sequence[Article],
    pages: Sequence[Page],
    feed_groups: Sequence[feeds.FeedGroup],
    refused: Sequence[ParseError],
    problems: Sequence[ParseError],
    warnings: dict[str, tuple[str, ...]],
    files: int,
) -> Snapshot:
    """What a full build planned, in positions rather than copies (small to store)."""
    position = {article.url: number for number, article in enumerate(articles)}

    def at(link: object) -> int:
        return position.get(link.url, -1) if isinstance(link, Link) else -1

    placed = []
    for article, page in zip(articles, pages, strict=False):
        context = dict(page.context)
        related = context.get("related") or ()
        placed.append(
            Placed(
                source=article.source,
                digest=article.digest,
                slug=article.slug,
                url=article.url,
                section_previous=at(context.get("section_previous")),
                section_next=at(context.get("section_next")),
                related=tuple(position[ref.url] for ref in related),  # type: ignore[attr-defined]
            )
        )
    plans = tuple(
        FeedPlan(tuple(position[a.url] for a in g.members), g.page, g.path, g.title, g.subtitle)
        for g in feed_groups
    )
    return Snapshot(
        key=key,
        generation=generation,
        spare_generation=spare_generation,
        delta=tuple(sorted(delta.items())),
        sources=SourceStates(
            paths=tuple(path for path, _ in named),
            shown=tuple(shown for _, shown in named),
            stats=tuple(n for path, _ in named for n in states.get(path, _UNKNOWN)[:3]),
            digests=tuple(states.get(path, _UNKNOWN)[3] for path, _ in named),
        ),
        placed=Placements.of(placed),
        feeds=plans,
        refused=tuple(refused),
        problems=tuple(problems),
        warnings=tuple(sorted(warnings.items())),
        pages=len(pages),
        files=files,
    )


@dataclass(frozen=True, slots=True)
class Edit:
    """A source whose bytes changed since the snapshot."""

    position: int  # in Snapshot.placed, or -1 for a file that was a problem
    source: str
    result: Article | ParseError
    key: str  # cache key of the new bytes
    row: tuple[str, int, int, int, str]  # for the cache's files table ("" path: unreadable)
    previous_digest: str = ""

    @property
    def article(self) -> Article:
        if not isinstance(self.result, Article):
            raise TypeError(f"{self.source} did not parse")
        return self.result

    @property
    def changes_output(self) -> bool:
        """A touched file (same bytes, new mtime) changes nothing but the cache."""
        return isinstance(self.result, Article) and self.result.digest != self.previous_digest


def find_edits(
    snapshot: Snapshot,
    named: Sequence[tuple[str, str]],
    cache: BuildCache,
    context: ParseContext,
    ctx_key: str,
) -> list[Edit] | None:
    """The edited sources, parsed; None when the change needs a full build."""
    sources = snapshot.sources
    if sources.paths != tuple(p for p, _ in named) or sources.shown != tuple(s for _, s in named):
        return None  # a file was added, removed or renamed
    changed = []
    for number, (path, _) in enumerate(named):
        if file_stat(path) != sources.stat(number):
            if is_archive(path):
                return None  # its pages may come and go: lists change
            changed.append(number)
            if len(changed) > MAX_EDITS:
                return None
    where = {source: number for number, source in enumerate(snapshot.placed.sources)}
    problem_files = {problem.path for problem in snapshot.problems}
    edits = []
    for number in changed:
        path, shown = named[number]
        old_digest = sources.digests[number]
        edit = _edit_of(path, shown, where, problem_files, old_digest, cache, context, ctx_key)
        if edit is None:
            return None
        edits.append(edit)
    return edits


def _edit_of(
    path: str,
    shown: str,
    where: dict[str, int],
    problem_files: set[str],
    old_digest: str,
    cache: BuildCache,
    context: ParseContext,
    ctx_key: str,
) -> Edit | None:
    source = read_source(path, shown)
    if isinstance(source, ParseError):
        return Edit(-1, shown, source, "", ("", *_UNKNOWN)) if shown in problem_files else None
    stat = file_stat(path)
    if stat is None:
        return None
    key = f"{source.digest}:{ctx_key}"
    row = (str(path), *stat, source.digest)
    cached = cache.full_articles([key]).get(key)
    result = cached if cached is not None else parse_source(source, context)
    if isinstance(result, ParseError):
        return Edit(-1, shown, result, key, row) if shown in problem_files else None
    if result.source != shown:
        result = replace(result, source=shown)  # identical bytes elsewhere: keep its name
    position = where.get(shown)
    if position is None:
        return None  # a draft, or a file that did not parse before: lists change
    before = cache.light_articles([f"{old_digest}:{ctx_key}"]).get(f"{old_digest}:{ctx_key}")
    if before is None or not _same_outside_body(before, result):
        return None
    return Edit(position, shown, result, key, row, before.digest)


def with_edits(snapshot: Snapshot, edits: Sequence[Edit]) -> Snapshot:
    """The snapshot once the edits are built: new file states, digests, problems, warnings."""
    digests = {}
    problems = {problem.path: problem for problem in snapshot.problems}
    warnings = dict(snapshot.warnings)
    for edit in edits:
        if isinstance(edit.result, ParseError):
            problems[edit.source] = edit.result
            continue
        digests[edit.position] = edit.result.digest
        warnings.pop(edit.source, None)
        if edit.result.warnings:
            warnings[edit.source] = edit.result.warnings
    return replace(
        snapshot,
        placed=snapshot.placed.with_digests(digests),
        sources=snapshot.sources.updated([e.row for e in edits if e.row[0]]),
        problems=tuple(problems.values()),
        warnings=tuple(sorted(warnings.items())),
    )


def _same_outside_body(before: Article, after: Article) -> bool:
    return all(getattr(before, name) == getattr(after, name) for name in _COMPARED)


def placed_article(placed: Placed, article: Article) -> Article:
    return replace(article, slug=placed.slug, url=placed.url)


def article_page(
    position: int, full: Article, snapshot: Snapshot, lights: dict[int, Article]
) -> Page:
    """The article's page exactly as site_pages.plan makes it, from the snapshot."""
    placed = snapshot.placed

    def link(number: int) -> Link | None:
        if not 0 <= number < len(placed):
            return None
        return Link(lights[number].url, lights[number].title)

    here = placed[position]
    return index.article_page(
        full,
        link(position - 1) if position > 0 else None,
        link(position + 1),
        (link(here.section_previous), link(here.section_next)),
        tuple(index.ref_of(lights[number]) for number in here.related),
    )


def feed_group(plan: FeedPlan, lights: dict[int, Article]) -> feeds.FeedGroup:
    members = tuple(lights[number] for number in plan.members)
    return feeds.FeedGroup(members, plan.page, plan.path, plan.title, plan.subtitle)


def neighbours_of(snapshot: Snapshot, position: int) -> set[int]:
    here = snapshot.placed[position]
    around = {position - 1, position + 1, here.section_previous, here.section_next}
    return {n for n in around | set(here.related) if 0 <= n < len(snapshot.placed)}
