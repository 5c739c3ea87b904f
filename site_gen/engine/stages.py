"""The stages of a build, for site_gen.engine.build: collect, plan, emit, remember.

`fresh_build` collects every article, plans every page and renders those whose
fingerprint changed. `kept_build` starts from the last build's plan: when the changed
sources leave every head as it was, the plan holds, and it renders only the pages that
show an edited body, into the recycled spare tree. Both render, write feeds, index and
swap through the same functions; only how much they hand them differs.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from concurrent.futures import wait
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from site_gen.core.config import Config
from site_gen.core.errors import ParseError, failures
from site_gen.core.model import Article, Page
from site_gen.engine import executor
from site_gen.engine.cache import BuildCache
from site_gen.engine.collect import changed_sources, collect_articles
from site_gen.engine.depends import BuildRecord
from site_gen.engine.emit import (
    Bodies,
    Renderer,
    render_pages,
    spare_after_commit,
    start_search,
    write_feeds,
)
from site_gen.engine.fingerprint import Fingerprinter
from site_gen.engine.plan import (
    Plan,
    PlanState,
    SourceStates,
    article_pages_by_source,
    edited_bodies,
    feed_members,
    feeds_showing,
    file_heads,
    make_plan,
    plan_key,
    with_changes,
)
from site_gen.engine.plan_store import PlanStore
from site_gen.engine.state import of_build as state_of_build
from site_gen.engine.trees import marker_of
from site_gen.engine.write import StagedOutput, previous_generation
from site_gen.parse import context_from_config
from site_gen.parse.warc import file_of
from site_gen.render import search, sitemap
from site_gen.render.feeds import FeedGroup
from site_gen.render.pages import SiteInfo
from site_gen.render.theme import Theme
from site_gen.shape import site_pages
from site_gen.shape.copies import merge_copies

Progress = Callable[[str, int, int], None]
_UNKNOWN = (-1, -1, -1, "")  # a file that could not be read: always looked at again


@dataclass(frozen=True, slots=True)
class Found:
    """The sources of a build, named as messages name them, and the paths discovery refused."""

    named: list[tuple[str, str]]
    problems: list[ParseError]


@dataclass(frozen=True, slots=True)
class Context:
    config: Config
    record: BuildRecord
    theme: Theme
    site: SiteInfo
    found: Found
    output: Path
    strict: bool
    include_drafts: bool
    index_search: bool
    cache: BuildCache
    store: PlanStore
    pool: executor.Pool
    progress: Progress | None

    def renderer(self, bodies: Bodies) -> Renderer:
        return Renderer(self.site, self.theme, Fingerprinter(self.record.pages_digest), bodies)


@dataclass(frozen=True, slots=True)
class Done:
    """What a build did, for site_gen.engine.build.BuildResult."""

    articles: int
    pages: int
    written: int
    unchanged: int
    problems: tuple[ParseError, ...]
    warnings: tuple[str, ...]
    is_committed: bool
    timings: tuple[tuple[str, float], ...] = ()
    search: search.SearchStats | None = None
    parsed: int = 0
    rendered: int = 0
    is_quick: bool = False


@dataclass(frozen=True, slots=True)
class Emitted:
    written: int
    rendered: int
    search: search.SearchStats | None
    timings: list[tuple[str, float]]


def fresh_build(ctx: Context) -> Done:
    mark = time.perf_counter()
    parsed = collect(ctx)
    timings = [("parse", time.perf_counter() - mark)]
    problems = ctx.found.problems + parsed.problems
    warnings = warning_lines(ctx.found, parsed.warnings)
    if ctx.strict and failures(problems):
        return Done(0, 0, 0, 0, tuple(problems), tuple(warnings), False)
    plan = make_plan(parsed.articles, ctx.config)
    if plan.articles and (no_base_url := sitemap.base_url_warning(ctx.config)):
        warnings.append(no_base_url)
    warnings += site_pages.redirect_warnings(plan.articles, plan.pages)
    live_generation = previous_generation(ctx.output.resolve())
    site_state = state_of_build(ctx.config, ctx.output)
    staged = StagedOutput(ctx.output, ctx.cache.page_fingerprints, site_state)
    generation = uuid.uuid4().hex
    bodies = Bodies(parsed.bodies, ctx.cache)
    # The plan's records are stored while Pagefind indexes and feeds are written; no
    # state may name them until the build is done.
    ctx.store.forget()
    records = partial(ctx.store.store_records, article_pages_by_source(plan), plan.feed_groups)
    try:
        emitted = emit(ctx, staged, plan.pages, plan.feed_groups, bodies, plan, meanwhile=records)
        ctx.cache.store_pages(generation, staged.files)
        staged.commit(marker_of(problems, len(plan.articles), generation))
    except BaseException:
        staged.discard()
        raise
    ctx.cache.keep_generations({generation, live_generation or ""})
    # A complete build saw every source: entries of deleted or edited files go.
    ctx.cache.keep_only_sources(set(parsed.bodies.values()), ctx.found.named)
    spare_generation, delta = spare_after_commit(staged, generation, live_generation)
    ctx.store.store_state(
        PlanState(
            key=plan_key(ctx.record.digest, [s for _, s in ctx.found.named], parsed.heads),
            sources=_states(ctx, parsed.heads),
            bodies=tuple((h.source, parsed.bodies[h.source]) for h in plan.articles),
            feeds=feed_members(plan),
            pages=len(plan.pages),
            articles=len(plan.articles),
            refused=tuple(ctx.found.problems),
            problems=tuple(parsed.problems),
            warnings=tuple(sorted(parsed.warnings.items())),
            generation=generation,
            spare_generation=spare_generation,
            delta=tuple(sorted(delta.items())),
            files=len(staged.files),
        )
    )
    return Done(
        articles=len(plan.articles),
        pages=len(plan.pages),
        written=staged.written,
        unchanged=staged.unchanged,
        problems=tuple(problems),
        warnings=tuple(warnings),
        is_committed=True,
        timings=tuple(timings + emitted.timings),
        search=emitted.search,
        parsed=parsed.parsed,
        rendered=emitted.rendered,
    )


def kept_build(ctx: Context) -> Done | None:
    """A rebuild on the last build's plan; None when that plan no longer holds."""
    state = ctx.store.state()
    if state is None or previous_generation(ctx.output.resolve()) != state.generation:
        return None
    if tuple(ctx.found.problems) != state.refused:
        return None  # the output's marker counts these: let a fresh build rewrite it
    mark = time.perf_counter()
    named = ctx.found.named
    changes = changed_sources(state.sources, named, ctx.config, ctx.record.parse, ctx.cache)
    after = with_changes(state, changes, ctx.record.digest) if changes is not None else None
    if changes is None or after is None:
        return None
    timings = [("parse", time.perf_counter() - mark)]
    ctx.cache.remember_files([(named[c.number][0], *c.stat, c.digest) for c in changes if c.digest])
    edited = edited_bodies(state, after)
    emitted = Emitted(0, 0, None, [])
    if edited:
        moved = _rewrite(ctx, state, after, edited)
        if moved is None:
            return None
        after, emitted = moved
    if changes:
        ctx.store.store_state(after)
    warnings = warning_lines(ctx.found, dict(after.warnings))
    if after.articles and (no_base_url := sitemap.base_url_warning(ctx.config)):
        warnings.append(no_base_url)
    return Done(
        articles=after.articles,
        pages=after.pages,
        written=emitted.written,
        unchanged=after.files - emitted.written,
        problems=tuple(ctx.found.problems) + after.problems,
        warnings=tuple(warnings),
        is_committed=True,
        timings=tuple(timings + emitted.timings),
        search=emitted.search,
        parsed=sum(1 for c in changes if c.digest),
        rendered=emitted.rendered,
        is_quick=True,
    )


def _rewrite(
    ctx: Context, state: PlanState, after: PlanState, edited: set[str]
) -> tuple[PlanState, Emitted] | None:
    """The pages showing the edited bodies, rendered into the recycled spare tree."""
    site_state = state_of_build(ctx.config, ctx.output)
    staged = StagedOutput.recycle(site_state, state.spare_generation, dict(state.delta))
    if staged is None:
        return None
    generation = uuid.uuid4().hex
    try:
        pages: list[Page] = list(ctx.store.article_pages(edited).values())
        groups = ctx.store.feed_groups(feeds_showing(after, edited))
        bodies = Bodies(dict(after.bodies), ctx.cache)
        # A body-only edit moves no page between search bundles: the live ones list them all.
        indexed = search.read_manifests(staged.target) or None
        try:
            emitted = emit(ctx, staged, pages, groups, bodies, indexed=indexed)
        except search.MissingRecords:
            staged.discard()
            return None  # the kept records are gone: a full build makes them again
        ctx.cache.store_page_changes(generation, state.generation, staged.files)
        problems = [*ctx.found.problems, *after.problems]
        staged.commit(marker_of(problems, after.articles, generation))
    except BaseException:
        staged.discard()
        raise
    ctx.cache.keep_generations({generation, state.generation})
    moved = replace(
        after,
        generation=generation,
        spare_generation=state.generation,
        delta=tuple(sorted(staged.files.items())),
    )
    return moved, emitted


def emit(
    ctx: Context,
    staged: StagedOutput,
    pages: list[Page],
    groups: list[FeedGroup],
    bodies: Bodies,
    whole: Plan | None = None,
    indexed: list[search.IndexedPage] | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> Emitted:
    """Pages, then (while workers write the search index, and `meanwhile` runs on a
    thread) feeds and, for a whole plan, sitemaps, static files and the removal of what
    the plan no longer has. Threads start only once workers are forked: a fork must not
    copy a thread that may hold SQLite's locks."""
    mark = time.perf_counter()
    rendered = render_pages(staged, pages, ctx.renderer(bodies), ctx.pool, ctx.progress)
    timings = [("render", time.perf_counter() - mark)]
    started = ctx.index_search and start_search(
        staged, ctx.config, ctx.pool, pages, bodies, indexed
    )
    indexing = started or None
    side = [indexing] if indexing is not None else []
    side += [executor.in_background(meanwhile)] if meanwhile is not None else []
    try:
        write_feeds(staged, groups, ctx.config, bodies)
        if whole is not None:
            for path, data in sitemap.sitemap_files(whole.articles, whole.pages, ctx.config):
                staged.write(path, data)
            for static in reversed(ctx.theme.static_dirs):
                staged.copy_tree(Path(static), "static")
            staged.remove_stale(keep_prefixes=(search.INDEX_FOLDER,))  # pagefind/, pagefind-…
            staged.link_spare_ahead(still_written=(search.INDEX_FOLDER,))
        stats = indexing.result() if indexing is not None else None
        for task in side:
            task.result()
    except BaseException:
        wait(side)  # search workers write into the tree about to be removed
        raise
    if stats is not None:
        timings.append(("search", stats.seconds))
    return Emitted(staged.written, rendered, stats, timings)


@dataclass(frozen=True, slots=True)
class Collected:
    articles: list[Article]  # light, drafts dropped unless asked for
    problems: list[ParseError]  # of the files (discovery's are in Found)
    warnings: dict[str, tuple[str, ...]]  # display name -> its warnings
    parsed: int
    heads: tuple[str, ...]  # plan.file_heads of every source, in discovery order
    bodies: dict[str, str]  # display name -> cache key of its article


# Dates no article printed, which --strict refuses: the file's time, a capture stamp's day.
_GUESSED = {
    "file": "the file's time",
    "capture": "the capture stamp's day",
    "address": "the day in the page's address",
}


def collect(ctx: Context) -> Collected:
    context = context_from_config(ctx.config)
    named = ctx.found.named
    found = collect_articles(named, context, ctx.record.parse, ctx.cache, ctx.pool, ctx.progress)
    merged, dropped = merge_copies(found.articles)
    warnings = {a.source: a.warnings for a in merged if a.warnings}
    warnings.update((source, (message,)) for source, message in dropped.items())
    articles = [a for a in merged if ctx.include_drafts or not a.is_draft]
    problems = found.problems
    if ctx.strict:  # a date guessed from the file is not good enough for --strict
        problems = problems + [
            ParseError(a.source, 0, f"no publication date printed; --strict refuses {_GUESSED[s]}")
            for a in articles
            if (s := a.date_source) in _GUESSED
        ]
    heads = file_heads(named, found.articles)
    bodies = {a.source: f"{a.digest}:{ctx.record.parse}" for a in found.articles}
    return Collected(articles, problems, warnings, found.parsed, heads, bodies)


def _states(ctx: Context, heads: tuple[str, ...]) -> SourceStates:
    named = ctx.found.named
    known = ctx.cache.known_digests()
    return SourceStates(
        paths=tuple(path for path, _ in named),
        shown=tuple(shown for _, shown in named),
        stats=tuple(n for path, _ in named for n in known.get(path, _UNKNOWN)[:3]),
        digests=tuple(known.get(path, _UNKNOWN)[3] for path, _ in named),
        heads=heads,
    )


def warning_lines(found: Found, warnings: dict[str, tuple[str, ...]]) -> list[str]:
    # A web archive's pages are named "archive.warc.gz#<url>": list them with their file.
    by_file: dict[str, list[str]] = {}
    for source, messages in warnings.items():
        by_file.setdefault(file_of(source), []).extend(f"{source}: warning: {w}" for w in messages)
    return [line for _, shown in found.named for line in by_file.get(shown, ())]
