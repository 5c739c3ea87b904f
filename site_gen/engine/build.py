"""Runs the stages in order: read -> parse -> enrich -> index -> render -> write.

Only pages whose fingerprint changed since the last build are rendered; the rest are
hard-linked from the previous output, so a rebuild after one edit does little work.
"""

from __future__ import annotations

import resource
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from site_gen import __version__
from site_gen.core.config import Config
from site_gen.core.errors import BuildError, ParseError, failures
from site_gen.core.model import Article, Page
from site_gen.engine import executor, quick, state
from site_gen.engine.cache import BuildCache
from site_gen.engine.collect import collect_articles, context_key
from site_gen.engine.fingerprint import Fingerprinter, theme_key
from site_gen.engine.sources import discover, display_name, read_sources
from site_gen.engine.write import (
    StagedOutput,
    check_relative,
    check_target,
    output_lock,
    previous_generation,
    write_file,
)
from site_gen.parse import context_from_config, parse_source
from site_gen.parse.warc import file_of
from site_gen.render import feeds, search, sitemap
from site_gen.render.pages import SiteInfo, TemplateProblem, render_page
from site_gen.render.theme import Theme, theme_for
from site_gen.shape import site_pages
from site_gen.shape.copies import merge_copies
from site_gen.shape.enrich import assign_urls

Progress = Callable[[str, int, int], None]  # (stage, done so far, total)


@dataclass(frozen=True, slots=True)
class BuildRequest:
    config: Config
    sources: tuple[Path, ...]
    output: Path
    strict: bool = False
    jobs: int = 1
    include_drafts: bool = False
    live_reload: bool = False
    live_reload_port: int = 35729
    cache_dir: Path | None = None  # default: the state folder (site_gen.engine.state)
    executor: str | None = None  # e.g. "dask://127.0.0.1:8786"
    index_search: bool = True  # False: keep the search page but skip (slow) indexing
    full: bool = False  # True: never the quick path (re-plan everything, re-check the trees)


@dataclass(frozen=True, slots=True)
class BuildResult:
    articles: int
    pages: int
    written: int
    unchanged: int
    problems: tuple[ParseError, ...]
    warnings: tuple[str, ...]
    seconds: float
    is_committed: bool
    timings: tuple[tuple[str, float], ...] = field(default=())
    search: search.SearchStats | None = None
    parsed: int = 0
    rendered: int = 0
    peak_rss_mib: float = 0.0
    is_quick: bool = False  # only edited articles were redone (see site_gen.engine.quick)


def site_info(config: Config, live_reload: bool = False, port: int = 35729) -> SiteInfo:
    return SiteInfo(
        title=config.title,
        description=config.description,
        base_url=config.base_url,
        language=config.language,
        search=config.search,
        urls=config.urls,
        generator=f"site-gen {__version__}",
        live_reload=live_reload,
        live_reload_port=port,
    )


def cache_path(request: BuildRequest) -> Path:
    """In the state folder, so a build writes nowhere but the output and `.site-gen/`."""
    if request.cache_dir is not None:
        return request.cache_dir / state.CACHE_FILE
    return state.of_build(request.config, request.output).cache


def build(request: BuildRequest, progress: Progress | None = None) -> BuildResult:
    started = time.perf_counter()
    site_state = state.of_build(request.config, request.output)
    check_target(request.output, [request.config.root, site_state.folder, *request.sources])
    with output_lock(site_state):
        try:
            cache = BuildCache(cache_path(request))
        except sqlite3.Error as exc:
            raise BuildError(f"cannot open the build cache {cache_path(request)}: {exc}") from exc
        pool = executor.Pool(request.jobs, request.executor)
        try:
            found = _discover(request)
            quick_result = _quick_or_none(request, cache, found, started)
            if quick_result is not None:
                return quick_result
            cache.verify()
            return _build_locked(request, cache, pool, found, progress, started)
        except sqlite3.Error as exc:
            # Disk full or a read-only cache folder: the previous output is untouched.
            raise BuildError(
                f"cannot write the build cache {cache.path}: {exc}; "
                f"the previous output {request.output.resolve()} is unchanged"
            ) from exc
        finally:
            pool.close()
            cache.close()


@dataclass(frozen=True, slots=True)
class Found:
    """The sources of a build, named as messages name them, and the paths discovery refused."""

    named: list[tuple[str, str]]
    problems: list[ParseError]


def _discover(request: BuildRequest) -> Found:
    paths, problems = discover(list(request.sources))
    cwd = Path.cwd()
    return Found([(p, display_name(p, cwd)) for p in paths], problems)


@dataclass(frozen=True, slots=True)
class Parsed:
    articles: list[Article]  # light, drafts dropped unless asked for
    problems: list[ParseError]  # of the files (discovery's are in Found)
    warnings: dict[str, tuple[str, ...]]  # display name -> its warnings
    parsed: int
    digests: frozenset[str]  # of every article a source gave (drafts and merged copies too)


def parse_all(
    request: BuildRequest,
    cache: BuildCache,
    pool: executor.Pool,
    found: Found,
    progress: Progress | None,
) -> Parsed:
    context = context_from_config(request.config)
    collected = collect_articles(found.named, context, cache, pool, progress)
    merged, dropped = merge_copies(collected.articles)
    warnings = {a.source: a.warnings for a in merged if a.warnings}
    warnings.update((source, (message,)) for source, message in dropped.items())
    articles = [a for a in merged if request.include_drafts or not a.is_draft]
    problems = collected.problems
    if request.strict:  # a date guessed from the file is not good enough for --strict
        problems = problems + [
            ParseError(a.source, 0, "no publication date printed; --strict refuses the file's time")
            for a in articles
            if a.date_source == "file"
        ]
    digests = frozenset(a.digest for a in collected.articles)
    return Parsed(articles, problems, warnings, collected.parsed, digests)


def warning_lines(found: Found, warnings: dict[str, tuple[str, ...]]) -> list[str]:
    # A web archive's pages are named "archive.warc.gz#<url>": list them with their file.
    by_file: dict[str, list[str]] = {}
    for source, messages in warnings.items():
        by_file.setdefault(file_of(source), []).extend(f"{source}: warning: {w}" for w in messages)
    return [line for _, shown in found.named for line in by_file.get(shown, ())]


def _build_locked(
    request: BuildRequest,
    cache: BuildCache,
    pool: executor.Pool,
    found: Found,
    progress: Progress | None,
    started: float,
) -> BuildResult:
    timings: list[tuple[str, float]] = []
    mark = time.perf_counter()
    result = parse_all(request, cache, pool, found, progress)
    timings.append(("parse", time.perf_counter() - mark))
    articles, parsed = result.articles, result.parsed
    problems = found.problems + result.problems
    warnings = warning_lines(found, result.warnings)
    if request.strict and failures(problems):
        return BuildResult(0, 0, 0, 0, tuple(problems), tuple(warnings), 0.0, False)
    articles = assign_urls(articles, request.config)
    if articles and (no_base_url := sitemap.base_url_warning(request.config)):
        warnings.append(no_base_url)
    pages = site_pages.plan(articles, request.config)
    theme = theme_for(request.config)
    site = site_info(request.config, request.live_reload, request.live_reload_port)
    ctx_key = context_key(context_from_config(request.config))
    live_generation = previous_generation(request.output.resolve())
    site_state = state.of_build(request.config, request.output)
    staged = StagedOutput(request.output, cache.page_fingerprints, site_state)
    generation = uuid.uuid4().hex
    indexing: Future[search.SearchStats | None] | None = None
    try:
        mark = time.perf_counter()
        rendered = _render_into(staged, pages, site, theme, cache, ctx_key, pool, progress)
        timings.append(("render", time.perf_counter() - mark))
        # Every page Pagefind reads is written now: it indexes them (a process of its own,
        # on the core the main process leaves idle) while feeds and sitemaps are written.
        indexing = _search_in_background(staged, request) if request.index_search else None
        bodies = partial(_full_articles, cache=cache, ctx_key=ctx_key)
        feed_groups = feeds.feed_groups(articles, request.config)
        for path, data in feeds.files_of_groups(feed_groups, request.config, bodies):
            staged.write(path, data)
        for path, data in sitemap.sitemap_files(articles, pages, request.config):
            staged.write(path, data)
        for static in reversed(theme.static_dirs):
            staged.copy_tree(Path(static), "static")
        staged.remove_stale(keep_prefixes=(search.INDEX_FOLDER,))  # pagefind/, pagefind-2010s/…
        search_stats = indexing.result() if indexing is not None else None
        if search_stats is not None:
            timings.append(("search", search_stats.seconds))
        cache.store_pages(generation, staged.files)
        staged.commit(
            {
                "ok": not problems,
                "articles": len(articles),
                "problems": len(problems),
                "generation": generation,
            }
        )
    except BaseException:
        if indexing is not None:
            wait([indexing])  # Pagefind writes into the tree about to be removed
        staged.discard()
        raise
    cache.keep_generations({generation, live_generation or ""})
    # A complete build saw every source: entries of deleted or edited files go.
    cache.keep_only_sources({f"{d}:{ctx_key}" for d in result.digests}, found.named)
    spare_generation, delta = _spare_after_commit(staged, generation, live_generation)
    cache.store_snapshot(
        quick.snapshot_of(
            key=_build_key(request, theme, site, ctx_key),
            generation=generation,
            spare_generation=spare_generation,
            delta=delta,
            named=found.named,
            states=cache.known_digests(),
            articles=articles,
            pages=pages,
            feed_groups=feed_groups,
            refused=found.problems,
            problems=result.problems,
            warnings=result.warnings,
            files=len(staged.files),
        )
    )
    return BuildResult(
        articles=len(articles),
        pages=len(pages),
        written=staged.written,
        unchanged=staged.unchanged,
        problems=tuple(problems),
        warnings=tuple(warnings),
        seconds=time.perf_counter() - started,
        is_committed=True,
        timings=tuple(timings),
        search=search_stats,
        parsed=parsed,
        rendered=rendered,
        peak_rss_mib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    )


def _quick_or_none(
    request: BuildRequest, cache: BuildCache, found: Found, started: float
) -> BuildResult | None:
    """A quick rebuild (see site_gen.engine.quick) when the last build's snapshot allows one;
    None means a full build is needed. A damaged cache means the same."""
    if request.full or request.strict:
        return None
    try:
        snapshot = cache.load_snapshot()
        if not isinstance(snapshot, quick.Snapshot):
            return None
        return _quick_build(request, cache, found, snapshot, started)
    except sqlite3.DatabaseError:
        return None


def _quick_build(
    request: BuildRequest,
    cache: BuildCache,
    found: Found,
    snapshot: quick.Snapshot,
    started: float,
) -> BuildResult | None:
    theme = theme_for(request.config)
    site = site_info(request.config, request.live_reload, request.live_reload_port)
    context = context_from_config(request.config)
    ctx_key = context_key(context)
    if snapshot.key != _build_key(request, theme, site, ctx_key):
        return None
    if previous_generation(request.output.resolve()) != snapshot.generation:
        return None
    if tuple(found.problems) != snapshot.refused:
        return None  # the output's marker counts these: let the full build rewrite it
    mark = time.perf_counter()
    edits = quick.find_edits(snapshot, found.named, cache, context, ctx_key)
    if edits is None:
        return None
    timings = [("parse", time.perf_counter() - mark)]
    cache.remember_files([e.row for e in edits if e.row[0]])
    cache.store_articles([(e.key, e.result) for e in edits if isinstance(e.result, Article)])
    snapshot = quick.with_edits(snapshot, edits)
    shown = [e for e in edits if e.position >= 0 and e.changes_output]
    written = rendered = 0
    search_stats = None
    if shown:
        problem_count = len(found.problems) + len(snapshot.problems)
        outcome = _quick_write(request, cache, snapshot, shown, theme, site, ctx_key, problem_count)
        if outcome is None:
            return None
        snapshot, written, rendered, search_stats, seconds = outcome
        timings += seconds
    if edits:
        cache.store_snapshot(snapshot)
    problems = found.problems + list(snapshot.problems)
    warnings = warning_lines(found, dict(snapshot.warnings))
    if snapshot.placed and (no_base_url := sitemap.base_url_warning(request.config)):
        warnings.append(no_base_url)
    return BuildResult(
        articles=len(snapshot.placed),
        pages=snapshot.pages,
        written=written,
        unchanged=snapshot.files - written,
        problems=tuple(problems),
        warnings=tuple(warnings),
        seconds=time.perf_counter() - started,
        is_committed=True,
        timings=tuple(timings),
        search=search_stats,
        parsed=sum(1 for e in edits if e.row[0]),
        rendered=rendered,
        peak_rss_mib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        is_quick=True,
    )


QuickOutcome = tuple[quick.Snapshot, int, int, search.SearchStats | None, list[tuple[str, float]]]


def _quick_write(
    request: BuildRequest,
    cache: BuildCache,
    snapshot: quick.Snapshot,
    edits: list[quick.Edit],
    theme: Theme,
    site: SiteInfo,
    ctx_key: str,
    problems: int,
) -> QuickOutcome | None:
    """Render the edited articles' pages and their feeds into the recycled spare tree."""
    site_state = state.of_build(request.config, request.output)
    staged = StagedOutput.recycle(site_state, snapshot.spare_generation, dict(snapshot.delta))
    if staged is None:
        return None
    generation = uuid.uuid4().hex
    timings = []
    try:
        mark = time.perf_counter()
        plans = [p for p in snapshot.feeds if any(e.position in p.members for e in edits)]
        wanted = {n for e in edits for n in quick.neighbours_of(snapshot, e.position)}
        wanted |= {e.position for e in edits} | {n for p in plans for n in p.members}
        lights = _placed_lights(snapshot, wanted, cache, ctx_key)
        fingerprinter = Fingerprinter(theme_key(theme, site) + ctx_key)
        for edit in edits:
            full = quick.placed_article(snapshot.placed[edit.position], edit.article)
            page = quick.article_page(edit.position, full, snapshot, lights)
            data = render_page(page, site, theme).encode("utf-8")
            staged.write(page.path, data, fingerprinter.page(page))
        groups = [quick.feed_group(plan, lights) for plan in plans]
        bodies = partial(_full_articles, cache=cache, ctx_key=ctx_key)
        for path, data in feeds.files_of_groups(groups, request.config, bodies):
            staged.write(path, data)
        timings.append(("render", time.perf_counter() - mark))
        mark = time.perf_counter()
        # A body-only edit moves no page between bundles: the live ones list them all.
        indexed = search.read_manifests(staged.target) or None
        search_stats = (
            _search_index(staged, request.config, indexed) if request.index_search else None
        )
        if search_stats is not None:
            timings.append(("search", time.perf_counter() - mark))
        cache.store_page_changes(generation, snapshot.generation, staged.files)
        staged.commit(
            {
                "ok": not problems,
                "articles": len(snapshot.placed),
                "problems": problems,
                "generation": generation,
            }
        )
    except BaseException:
        staged.discard()
        raise
    cache.keep_generations({generation, snapshot.generation})
    moved = replace(
        snapshot,
        generation=generation,
        spare_generation=snapshot.generation,
        delta=tuple(sorted(staged.files.items())),
    )
    return moved, staged.written, len(edits) + len(plans), search_stats, timings


def _placed_lights(
    snapshot: quick.Snapshot, positions: set[int], cache: BuildCache, ctx_key: str
) -> dict[int, Article]:
    """Light articles at these positions, with the URL and slug the full build gave them."""
    keys = {n: f"{snapshot.placed[n].digest}:{ctx_key}" for n in positions}
    found = cache.light_articles(keys.values())
    if any(key not in found for key in keys.values()):
        raise sqlite3.DatabaseError("a placed article is missing from the cache")
    return {n: quick.placed_article(snapshot.placed[n], found[key]) for n, key in keys.items()}


def _build_key(request: BuildRequest, theme: Theme, site: SiteInfo, ctx_key: str) -> str:
    flags = (request.include_drafts, request.index_search)
    key = theme_key(theme, site)
    return quick.build_key(request.config, key, theme.static_dirs, ctx_key, flags)


def _spare_after_commit(
    staged: StagedOutput, generation: str, live_generation: str | None
) -> tuple[str, dict[str, str]]:
    """Which build the spare tree now holds, and what differs from it to the new output
    (fingerprint, or "" for a file the new output no longer has)."""
    spare_generation = previous_generation(staged.state.spare) or ""
    if spare_generation == generation:
        return spare_generation, {}  # a linked copy of a first build
    if spare_generation != live_generation or not staged.live:
        return "", {}  # unknown: the next build is a full one
    delta = {p: fp for p, fp in staged.files.items() if staged.live.get(p) != fp}
    delta.update((p, "") for p in staged.live if p not in staged.files)
    return spare_generation, delta


def _search_in_background(
    staged: StagedOutput, request: BuildRequest
) -> Future[search.SearchStats | None]:
    """_search_index on a thread of its own; its result() re-raises what it raised."""
    thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search")
    try:
        return thread.submit(_search_index, staged, request.config, paths=list(staged.files))
    finally:
        thread.shutdown(wait=False)  # the thread ends with its one task


def _search_index(
    staged: StagedOutput,
    config: Config,
    pages: list[search.IndexedPage] | None = None,
    paths: list[str] | None = None,
) -> search.SearchStats | None:
    """Index again only the bundles holding a page that differs from the live output; keep
    or link the others. `pages`: what the index holds, when known without reading pages;
    else `paths`: the files of this build (a recycled tree still holds pages the build no
    longer makes, which the main thread may be deleting meanwhile); else a walk."""
    if not config.search:
        return None
    live = search.Live(staged.target, staged.link_folder_from_live, staged.state.search_trees)
    if not staged.pages_differ_from_live():
        # No page to read: each of the live output's bundles is right as it is.
        live_bundles = search.read_manifests_by_bundle(staged.target)
        if search.INDEX_FOLDER in live_bundles and all(
            text is not None and search.reuse_bundle(staged.root, name, text, live)
            for name, text in live_bundles.items()
        ):
            search.drop_other_bundles(staged.root, set(live_bundles))
            return None
    if pages is None:
        pages = search.indexed_pages(staged.root, paths)
    current = [replace(p, fingerprint=staged.files.get(p.path, p.fingerprint)) for p in pages]
    return search.index_site(staged.root, config, pages=current, live=live)


def _full_articles(articles: Sequence[Article], cache: BuildCache, ctx_key: str) -> list[Article]:
    full = cache.full_articles(f"{a.digest}:{ctx_key}" for a in articles)
    return [_with_body(a, full, ctx_key) for a in articles]


def _with_body(article: Article, full: dict[str, Article], ctx_key: str) -> Article:
    body = full.get(f"{article.digest}:{ctx_key}")
    if body is None:
        raise BuildError(f"{article.source}: parsed article missing from the cache")
    return replace(
        article,
        paragraphs=body.paragraphs,
        body_html=body.body_html,
        captions=body.captions,
        notes=body.notes,
    )


def _render_job(
    page: Page, site: SiteInfo, theme: Theme, root: str | None
) -> tuple[str, bytes | None]:
    """Render one page; with `root`, also write it there (None comes back for the bytes).

    Workers on this machine write their own pages: creating 20,000 files is mostly
    system time, which the main process would otherwise spend alone."""
    data = render_page(page, site, theme).encode("utf-8")
    if root is None:
        return page.path, data
    write_file(root, page.path, data)
    return page.path, None


def _render_into(
    staged: StagedOutput,
    pages: list[Page],
    site: SiteInfo,
    theme: Theme,
    cache: BuildCache,
    ctx_key: str,
    pool: executor.Pool,
    progress: Progress | None,
) -> int:
    """Render pages whose fingerprint changed; the rest are kept or linked, not rendered."""
    fingerprinter = Fingerprinter(theme_key(theme, site) + ctx_key)
    fingerprints: dict[str, str] = {}
    to_render: list[Page] = []
    for page in pages:
        fingerprint = fingerprinter.page(page)
        if not staged.keep(page.path, fingerprint):
            fingerprints[page.path] = fingerprint
            to_render.append(page)
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress:
            progress("render", done, len(to_render))

    runner = pool.for_count(len(to_render))
    root = str(staged.root) if pool.is_local else None
    for page in to_render:
        check_relative(page.path)  # refuse, before any work, a path that would leave the tree
    work = partial(_render_job, site=site, theme=theme, root=root)
    size = executor.batch_size(len(to_render), pool.jobs)
    batches = _with_bodies(executor.chunks(to_render, size), cache, ctx_key)
    try:
        for path, data in executor.batched_map(work, batches, runner, pool.jobs, tick):
            if data is None:
                staged.record_written(path, fingerprints[path])
            else:
                staged.write(path, data, fingerprints[path])
    except TemplateProblem as exc:
        raise BuildError(f"template error: {exc}") from exc
    except OSError as exc:
        raise staged.write_error(exc) from exc
    return len(to_render)


def _with_bodies(
    batches: Iterator[Sequence[Page]], cache: BuildCache, ctx_key: str
) -> Iterator[list[Page]]:
    """Give article pages their full article back from the cache, one batch at a time."""
    for batch in batches:
        wanted = [
            f"{value.digest}:{ctx_key}"
            for page in batch
            for name, value in page.context
            if name == "article" and isinstance(value, Article)
        ]
        full = cache.full_articles(wanted) if wanted else {}
        yield [_hydrate(page, full, ctx_key) for page in batch]


def _hydrate(page: Page, full: dict[str, Article], ctx_key: str) -> Page:
    context = tuple(
        (name, _with_body(value, full, ctx_key) if isinstance(value, Article) else value)
        for name, value in page.context
    )
    return replace(page, context=context)


def parse_files(
    config: Config, sources: tuple[Path, ...]
) -> tuple[list[Article], list[ParseError], list[str]]:
    """Full articles straight from the parser, no cache (for `parse`, `check`, `import`)."""
    paths, problems = discover(list(sources))
    context = context_from_config(config)
    articles: list[Article] = []
    warnings: list[str] = []
    cwd = Path.cwd()
    for path in paths:
        for source in read_sources(path, display_name(path, cwd)):
            result = source if isinstance(source, ParseError) else parse_source(source, context)
            if isinstance(result, ParseError):
                problems.append(result)
                continue
            warnings += [f"{result.source}: warning: {w}" for w in result.warnings]
            articles.append(result)
    articles, dropped = merge_copies(articles)
    warnings += [f"{source}: warning: {message}" for source, message in dropped.items()]
    return articles, problems, warnings
