"""Render planned pages and feeds into the staged tree, and index it for search.

Only pages whose fingerprint differs from what the tree already holds are rendered; the
rest are kept or linked. Article pages are planned from heads: each gets its body back
from the cache, one batch at a time, just before it is rendered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from site_gen.core.config import Config
from site_gen.core.errors import BuildError
from site_gen.core.model import Article, ArticlePage, Page
from site_gen.engine import executor
from site_gen.engine.cache import CacheReader
from site_gen.engine.fingerprint import Fingerprinter
from site_gen.engine.plan import with_body
from site_gen.engine.write import StagedOutput, check_relative, previous_generation, write_file
from site_gen.render import feeds, search
from site_gen.render.pages import (
    SiteInfo,
    TemplateProblem,
    iso,
    local_time,
    page_language,
    render_page,
)
from site_gen.render.search_records import PageRecord, record_of_article
from site_gen.render.theme import Theme

Progress = Callable[[str, int, int], None]


class ArticleStore(Protocol):
    """The build's cache, or a render worker's own read-only connection to its file."""

    path: Path

    def full_articles(self, keys: Iterable[str]) -> dict[str, Article]: ...


@dataclass(frozen=True, slots=True)
class Bodies:
    """Where each planned article's body is: display name -> its key in the cache."""

    keys: Mapping[str, str]
    cache: ArticleStore

    def of(self, heads: Sequence[Article]) -> list[Article]:
        """The heads with their bodies (feeds with full content show them)."""
        full = self.cache.full_articles(self.keys[h.source] for h in heads)
        return [self._with_body(head, full) for head in heads]

    def _with_body(self, head: Article, full: dict[str, Article]) -> Article:
        body = full.get(self.keys[head.source])
        if body is None:
            raise BuildError(f"{head.source}: parsed article missing from the cache")
        return with_body(head, body)

    def in_pages(self, batch: Sequence[Page]) -> list[Page]:
        heads = [page.article for page in batch if isinstance(page, ArticlePage)]
        full = self.cache.full_articles(self.keys[h.source] for h in heads)
        return [
            replace(page, article=self._with_body(page.article, full))
            if isinstance(page, ArticlePage)
            else page
            for page in batch
        ]


@dataclass(frozen=True, slots=True)
class Renderer:
    site: SiteInfo
    theme: Theme
    fingerprinter: Fingerprinter
    bodies: Bodies

    def fingerprint(self, page: Page) -> str:
        body = self.bodies.keys[page.article.source] if isinstance(page, ArticlePage) else ""
        return self.fingerprinter.page(page, body)


def render_pages(
    staged: StagedOutput,
    pages: Sequence[Page],
    renderer: Renderer,
    pool: executor.Pool,
    progress: Progress | None,
) -> int:
    """Render pages whose fingerprint changed; the rest are kept or linked, not rendered.
    On this machine, workers render the first changed pages while the main process is
    still fingerprinting the rest (a second at 10,000 articles it would spend alone)."""
    fingerprints: dict[str, str] = {}
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress:
            progress("render", done, len(pages))

    def changed() -> Iterator[int]:
        kept = 0
        for number, page in enumerate(pages):
            fingerprint = renderer.fingerprint(page)
            if staged.keep(page.path, fingerprint):
                kept += 1
                continue
            check_relative(page.path)  # refuse, before its work, a path leaving the tree
            fingerprints[page.path] = fingerprint
            yield number
        tick(kept)

    rendered = 0
    if pool.is_local:
        work = RenderWork(tuple(pages), renderer.site, renderer.theme, str(staged.root))
        job = (work, renderer.bodies.keys, renderer.bodies.cache.path)
        batches = executor.batches_of(changed(), executor.batch_size(len(pages), pool.jobs))
        results = pool.map_held(_worker, job, _render_batch, batches, tick)
    else:
        results = _render_remote([pages[n] for n in changed()], renderer, pool, tick)
    try:
        for path, data in results:
            rendered += 1
            if data is None:
                staged.record_written(path, fingerprints[path])
            else:
                staged.write(path, data, fingerprints[path])
    except TemplateProblem as exc:
        raise BuildError(f"template error: {exc}") from exc
    except OSError as exc:
        raise staged.write_error(exc) from exc
    return rendered


def _render_remote(
    pages: list[Page], renderer: Renderer, pool: executor.Pool, tick: Callable[[int], None]
) -> Iterator[tuple[str, bytes | None]]:
    """On a cluster: batches carry their pages with bodies, and the bytes come back."""
    work = partial(_render_job, site=renderer.site, theme=renderer.theme, root=None)
    size = executor.batch_size(len(pages), pool.jobs)
    batches = (renderer.bodies.in_pages(b) for b in executor.chunks(pages, size))
    return executor.batched_map(work, batches, pool.executor, pool.jobs, tick)


@dataclass(frozen=True, slots=True)
class RenderWork:
    """What render workers inherit: the planned pages and where to write them."""

    pages: tuple[Page, ...]
    site: SiteInfo
    theme: Theme
    root: str


WorkT = TypeVar("WorkT")


@dataclass(frozen=True, slots=True)
class Worker(Generic[WorkT]):
    """What a forked worker holds: its work, and the cache through its own connection."""

    work: WorkT
    bodies: Bodies


def _worker(job: tuple[WorkT, Mapping[str, str], Path]) -> Worker[WorkT]:
    work, keys, cache_path = job
    return Worker(work, Bodies(keys, CacheReader(cache_path)))


def _render_batch(
    worker: Worker[RenderWork], numbers: Sequence[int]
) -> list[tuple[str, bytes | None]]:
    """Render and write these of the pages, their bodies read from the cache here."""
    batch = worker.bodies.in_pages([worker.work.pages[n] for n in numbers])
    work = worker.work
    return [_render_job(page, work.site, work.theme, work.root) for page in batch]


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


def write_feeds(
    staged: StagedOutput, groups: Sequence[feeds.FeedGroup], config: Config, bodies: Bodies
) -> None:
    for path, data in feeds.files_of_groups(groups, config, bodies.of):
        staged.write(path, data)


def start_search(
    staged: StagedOutput,
    config: Config,
    pool: executor.Pool,
    pages: Sequence[Page],
    bodies: Bodies,
    indexed: list[search.IndexedPage] | None = None,
) -> Future[search.SearchStats | None] | None:
    """Write again the search bundles holding a page that differs from the live output;
    keep or link the others. Bundles are written by forked workers (forked here, before
    the caller starts threads of its own) while the caller writes feeds; the future gives
    the index's stats (None: nothing to do). `indexed`: what the index holds when the
    pages are only the changed ones (a quick rebuild); else the article pages of `pages`."""
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
    articles = {p.path: p for p in pages if isinstance(p, ArticlePage)}
    if indexed is None:
        indexed = [search.IndexedPage(sort_key_of(p.article), p.path) for p in articles.values()]
    current = [replace(p, fingerprint=staged.files.get(p.path, p.fingerprint)) for p in indexed]
    languages = {page_language(p.article.lang, config.language).lower() for p in articles.values()}
    plan = search.plan_search(staged.root, config, current, live, languages)
    if plan is None:
        return None
    work = SearchWork(plan, articles, config.language)
    numbers = [[number] for number in range(len(plan.to_write))]
    making = sum(len(plan.bundles[name]) for name in plan.to_write)
    if pool.is_local and pool.jobs > 1 and len(numbers) > 1 and making >= executor.SERIAL_BELOW:
        job = (work, bodies.keys, bodies.cache.path)
        written = pool.fork_held(_worker, job, _search_batch, numbers)
    else:
        written = _search_here(work, bodies, numbers)
    return executor.in_background(search.finish_search, plan, written)


def sort_key_of(article: Article) -> str:
    """What the article template gives Pagefind to sort by: the UTC time, ISO."""
    return iso(local_time(article.published, "UTC"))


@dataclass(frozen=True, slots=True)
class SearchWork:
    """What search workers inherit: the plan, and the articles of this build's pages."""

    plan: search.SearchPlan
    articles: Mapping[str, ArticlePage]
    site_language: str


def _search_here(
    work: SearchWork, bodies: Bodies, numbers: list[list[int]]
) -> Iterator[search.Written]:
    """The bundles written on the thread that consumes this (its own cache connection:
    SQLite's are not shared between threads)."""
    worker = _worker((work, bodies.keys, bodies.cache.path))
    for batch in numbers:
        yield from _search_batch(worker, batch)


def _search_batch(worker: Worker[SearchWork], numbers: Sequence[int]) -> list[search.Written]:
    plan = worker.work.plan
    make = partial(_make_records, worker)
    return [search.write_search_bundle(plan, plan.to_write[n], make) for n in numbers]


def _make_records(
    worker: Worker[SearchWork], wanted: list[search.IndexedPage]
) -> dict[str, PageRecord]:
    """Records of these pages, from their articles (bodies read from the cache here)."""
    pages = [worker.work.articles[p.path] for p in wanted if p.path in worker.work.articles]
    full = worker.bodies.of([page.article for page in pages])
    language = worker.work.site_language
    return {
        page.path: record_of_article(article, "/" + page.path.removesuffix("index.html"), language)
        for page, article in zip(pages, full, strict=True)
    }


def spare_after_commit(
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
