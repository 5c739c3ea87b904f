"""Runs the stages in order: read -> parse -> enrich -> index -> render -> write."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from site_gen import __version__, executor, feeds, search, site_pages, sitemap
from site_gen.config import Config
from site_gen.enrich import assign_urls
from site_gen.errors import BuildError, ParseError
from site_gen.model import Article, Page
from site_gen.parse import ParseContext, context_from_config, parse_source
from site_gen.render import SiteInfo, TemplateProblem, render_page
from site_gen.sources import discover, display_name, read_source
from site_gen.theme import Theme, theme_for
from site_gen.write import StagedOutput, check_target, output_lock

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


def _parse_path(path_and_name: tuple[Path, str], context: ParseContext) -> Article | ParseError:
    path, shown = path_and_name
    source = read_source(path, shown)
    if isinstance(source, ParseError):
        return source
    return parse_source(source, context)


def _render(page: Page, site: SiteInfo, theme: Theme) -> tuple[str, bytes]:
    return page.path, render_page(page, site, theme).encode("utf-8")


def site_info(config: Config, live_reload: bool = False, live_reload_port: int = 35729) -> SiteInfo:
    return SiteInfo(
        title=config.title,
        description=config.description,
        base_url=config.base_url,
        language=config.language,
        search=config.search,
        urls=config.urls,
        generator=f"site-gen {__version__}",
        live_reload=live_reload,
        live_reload_port=live_reload_port,
    )


def parse_all(
    request: BuildRequest, pool: executor.Executor | None, progress: Progress | None
) -> tuple[list[Article], list[ParseError], list[str]]:
    paths, problems = discover(list(request.sources))
    cwd = Path.cwd()
    named = [(p, display_name(p, cwd)) for p in paths]
    context = context_from_config(request.config)
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress:
            progress("parse", done, len(named))

    articles: list[Article] = []
    warnings: list[str] = []
    work = partial(_parse_path, context=context)
    for result in executor.batched_map(work, named, pool, request.jobs, tick):
        if isinstance(result, ParseError):
            problems.append(result)
            continue
        warnings.extend(f"{result.source}: warning: {w}" for w in result.warnings)
        if result.is_draft and not request.include_drafts:
            continue
        articles.append(result)
    return articles, problems, warnings


def build(request: BuildRequest, progress: Progress | None = None) -> BuildResult:
    started = time.perf_counter()
    check_target(request.output, [request.config.root, *request.sources])
    pool = executor.make_executor(request.jobs)
    try:
        with output_lock(request.output):
            return _build_locked(request, pool, progress, started)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _build_locked(
    request: BuildRequest,
    pool: executor.Executor | None,
    progress: Progress | None,
    started: float,
) -> BuildResult:
    timings: list[tuple[str, float]] = []
    mark = time.perf_counter()
    articles, problems, warnings = parse_all(request, pool, progress)
    timings.append(("parse", time.perf_counter() - mark))
    if request.strict and problems:
        return BuildResult(0, 0, 0, 0, tuple(problems), tuple(warnings), 0.0, False)
    articles = assign_urls(articles, request.config)
    pages = site_pages.plan(articles, request.config)
    theme = theme_for(request.config)
    site = site_info(request.config, request.live_reload, request.live_reload_port)
    staged = StagedOutput(request.output)
    try:
        mark = time.perf_counter()
        _render_into(staged, pages, site, theme, pool, request.jobs, progress)
        timings.append(("render", time.perf_counter() - mark))
        for path, data in feeds.feed_files(articles, request.config):
            staged.write(path, data)
        for path, data in sitemap.sitemap_files(articles, pages, request.config):
            staged.write(path, data)
        for static in reversed(theme.static_dirs):
            staged.copy_tree(Path(static), "static")
        mark = time.perf_counter()
        search_stats = search.index_site(staged.root, request.config)
        if search_stats is not None:
            timings.append(("search", time.perf_counter() - mark))
        staged.commit({"ok": not problems, "articles": len(articles), "problems": len(problems)})
    except BaseException:
        staged.discard()
        raise
    seconds = time.perf_counter() - started
    return BuildResult(
        articles=len(articles),
        pages=len(pages),
        written=staged.written,
        unchanged=staged.unchanged,
        problems=tuple(problems),
        warnings=tuple(warnings),
        seconds=seconds,
        is_committed=True,
        timings=tuple(timings),
        search=search_stats,
    )


def _render_into(
    staged: StagedOutput,
    pages: list[Page],
    site: SiteInfo,
    theme: Theme,
    pool: executor.Executor | None,
    jobs: int,
    progress: Progress | None,
) -> None:
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress:
            progress("render", done, len(pages))

    work = partial(_render, site=site, theme=theme)
    try:
        for path, data in executor.batched_map(work, pages, pool, jobs, tick):
            staged.write(path, data)
    except TemplateProblem as exc:
        raise BuildError(f"template error: {exc}") from exc
