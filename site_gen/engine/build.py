"""Runs the stages in order: read -> parse -> plan -> render -> write -> index.

Every build runs the same stages; what changed decides how much of each runs. When the
articles' heads are as the last build left them (see site_gen.engine.plan), its plan is kept
and only the pages showing an edited body are rendered into the recycled spare tree;
otherwise every page is planned, and rendered unless its fingerprint is unchanged.
"""

from __future__ import annotations

import resource
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from site_gen import __version__
from site_gen.core.config import Config
from site_gen.core.errors import BuildError, ParseError
from site_gen.engine import executor, state
from site_gen.engine.cache import BuildCache
from site_gen.engine.collect import parse_files
from site_gen.engine.depends import BuildRecord, build_record
from site_gen.engine.plan_store import PlanMissing, PlanStore
from site_gen.engine.sources import discover, display_name
from site_gen.engine.stages import Context, Done, Found, fresh_build, kept_build
from site_gen.engine.write import check_target, output_lock
from site_gen.render import search
from site_gen.render.pages import SiteInfo
from site_gen.render.theme import theme_for

Progress = Callable[[str, int, int], None]  # (stage, done so far, total)
__all__ = ["BuildRequest", "BuildResult", "build", "parse_files", "site_info"]


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
    full: bool = False  # True: plan every page again and re-check the trees


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
    is_quick: bool = False  # the last build's plan held: only edited bodies were redone


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


def plan_path(request: BuildRequest) -> Path:
    return cache_path(request).with_name("plan.sqlite")


def build(request: BuildRequest, progress: Progress | None = None) -> BuildResult:
    started = time.perf_counter()
    site_state = state.of_build(request.config, request.output)
    check_target(request.output, [request.config.root, site_state.folder, *request.sources])
    with output_lock(site_state):
        try:
            cache = BuildCache(cache_path(request))
            store = PlanStore(plan_path(request))
        except sqlite3.Error as exc:
            raise BuildError(f"cannot open the build cache {cache_path(request)}: {exc}") from exc
        pool = executor.Pool(request.jobs, request.executor)
        try:
            context = _context(request, cache, store, pool, progress)
            done = None if request.full or request.strict else _kept_build(context)
            if done is None:
                cache.verify()
                done = fresh_build(context)
            return _result(done, started)
        except sqlite3.Error as exc:
            # Disk full or a read-only cache folder: the previous output is untouched.
            raise BuildError(
                f"cannot write the build cache {cache.path}: {exc}; "
                f"the previous output {request.output.resolve()} is unchanged"
            ) from exc
        finally:
            pool.close()
            store.close()
            cache.close()


def _context(
    request: BuildRequest,
    cache: BuildCache,
    store: PlanStore,
    pool: executor.Pool,
    progress: Progress | None,
) -> Context:
    # Compiled templates are kept beside the build cache (in the state folder).
    compiled = cache_path(request).parent / state.COMPILED_TEMPLATES
    theme = replace(theme_for(request.config), compiled_dir=str(compiled))
    site = site_info(request.config, request.live_reload, request.live_reload_port)
    paths, refused = discover(list(request.sources))
    cwd = Path.cwd()
    found = Found([(p, display_name(p, cwd)) for p in paths], refused)
    return Context(
        config=request.config,
        record=_record(request, theme.template_dirs, theme.static_dirs, site),
        theme=theme,
        site=site,
        found=found,
        output=request.output,
        strict=request.strict,
        include_drafts=request.include_drafts,
        index_search=request.index_search,
        cache=cache,
        store=store,
        pool=pool,
        progress=progress,
    )


def _record(
    request: BuildRequest, templates: tuple[str, ...], static: tuple[str, ...], site: SiteInfo
) -> BuildRecord:
    return build_record(
        request.config,
        site,
        templates,
        static,
        include_drafts=request.include_drafts,
        index_search=request.index_search,
    )


def _result(done: Done, started: float) -> BuildResult:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    counts = {f.name: getattr(done, f.name) for f in fields(done)}
    return BuildResult(**counts, seconds=time.perf_counter() - started, peak_rss_mib=peak)


def _kept_build(context: Context) -> Done | None:
    try:
        return kept_build(context)
    except (PlanMissing, sqlite3.DatabaseError):
        return None  # a damaged cache or plan: plan afresh, which is always right
