"""Sources -> parsed (light) articles, parsing only what the cache does not already hold."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TypeVar

from site_gen.core.config import Config
from site_gen.core.errors import ParseError
from site_gen.core.model import Article, Source
from site_gen.engine import executor
from site_gen.engine.cache import BuildCache, Entry, file_stat
from site_gen.engine.plan import SourceStates, head_digest
from site_gen.engine.reading import FileRow, ReadWork, parse_job, read_and_parse
from site_gen.engine.sources import discover, display_name, read_source, read_sources
from site_gen.parse import ParseContext, context_from_config, parse_source
from site_gen.parse.warc import is_archive
from site_gen.shape.copies import merge_copies

Progress = Callable[[str, int, int], None]
T = TypeVar("T")
ARCHIVE_BATCH = 500  # pages of a web archive held in memory at once


@dataclass(frozen=True, slots=True)
class Collected:
    articles: list[Article]  # light: no bodies, so 100,000 of them fit in memory
    problems: list[ParseError]
    parsed: int  # how many were parsed this time (the rest came from the cache)


def collect_articles(
    named: list[tuple[str, str]],
    context: ParseContext,
    ctx_key: str,
    cache: BuildCache,
    pool: executor.Pool,
    progress: Progress | None,
) -> Collected:
    """Light articles in `named` order; unchanged files are not even read. `ctx_key`
    (depends.parse_key) completes each cache key: the same bytes under other settings
    are another article."""
    keys = _keys_of_unchanged_files(named, cache, ctx_key)
    articles = cache.light_articles(keys.values())
    unknown = [(path, shown) for path, shown in named if keys.get(shown) not in articles]
    fresh = [(path, shown) for path, shown in unknown if not is_archive(shown)]
    archives = [(path, shown) for path, shown in unknown if is_archive(shown)]
    if pool.is_local:
        work = ReadWork(tuple(fresh), context, ctx_key, cache.article_keys())
        read = read_and_parse(fresh, work, cache, pool, progress)
        problems, seen_files, parsed_count = read.problems, read.rows, read.parsed
        keys.update(read.keys)
        articles.update(read.articles)
    else:  # a cluster's workers cannot read this machine's files
        problems, seen_files, parsed_count = _read_here_parse_there(
            fresh, context, ctx_key, keys, articles, cache, pool, progress
        )
    members: dict[str, list[str]] = {}  # archive -> its records' display names
    archive_parsed = 0
    for path, shown in archives:
        archive = _collect_archive(path, shown, context, ctx_key, keys, cache, pool, progress)
        members[shown] = archive.members
        articles.update(archive.parsed.articles)
        problems += archive.parsed.problems
        archive_parsed += archive.count
        if archive.row is not None:
            seen_files.append(archive.row)
    cache.remember_files(seen_files)
    ordered = []
    for _, shown in named:
        for record in members.get(shown, ()):
            if keys[record] in articles:
                ordered.append(_named(articles[keys[record]], record))
        article = articles.get(keys.get(shown, ""))
        if article is not None:
            # Identical bytes under two names parse once; each keeps its own name.
            ordered.append(article if article.source == shown else replace(article, source=shown))
    return Collected(ordered, problems, parsed_count + archive_parsed)


def _read_here_parse_there(
    fresh: list[tuple[str, str]],
    context: ParseContext,
    ctx_key: str,
    keys: dict[str, str],
    articles: dict[str, Article],
    cache: BuildCache,
    pool: executor.Pool,
    progress: Progress | None,
) -> tuple[list[ParseError], list[FileRow], int]:
    """Files read by this process, their bytes sent to the pool to be parsed."""
    problems: list[ParseError] = []
    sources: list[Source] = []
    seen_files: list[FileRow] = []
    for path, shown in fresh:
        source = read_source(path, shown)
        if isinstance(source, ParseError):
            problems.append(source)
            continue
        keys[shown] = f"{source.digest}:{ctx_key}"
        stat = file_stat(path)
        if stat is not None:
            seen_files.append((str(path), *stat, source.digest))
        sources.append(source)
    # Same bytes as a cached article (a touched or copied file): no need to parse.
    articles.update(cache.light_articles(keys[s.display] for s in sources))
    sources = [s for s in sources if keys[s.display] not in articles]
    parsed = _parse_missing(sources, context, keys, cache, pool, progress)
    articles.update(parsed.articles)
    return problems + parsed.problems, seen_files, len(sources)


def _named(article: Article, shown: str) -> Article:
    return article if article.source == shown else replace(article, source=shown)


@dataclass(frozen=True, slots=True)
class _Archive:
    members: list[str]  # display names of its records, in archive order
    parsed: _Parsed  # what was parsed (not from the cache) and the archive's problems
    count: int  # records parsed this time
    row: tuple[str, int, int, int, str] | None  # for the files table: quick rebuilds


def _collect_archive(
    path: str,
    shown: str,
    context: ParseContext,
    ctx_key: str,
    keys: dict[str, str],
    cache: BuildCache,
    pool: executor.Pool,
    progress: Progress | None,
) -> _Archive:
    """A web archive's pages, a batch at a time: only one batch of pages is in memory."""
    members: list[str] = []
    articles: dict[str, Article] = {}
    problems: list[ParseError] = []
    digest = hashlib.sha256()
    count = 0
    for batch in _batches(read_sources(path, shown), ARCHIVE_BATCH):
        sources = []
        for item in batch:
            if isinstance(item, ParseError):
                problems.append(item)
                continue
            keys[item.display] = f"{item.digest}:{ctx_key}"
            members.append(item.display)
            digest.update(item.digest.encode())
            sources.append(item)
        articles.update(cache.light_articles(keys[s.display] for s in sources))
        missing = [s for s in sources if keys[s.display] not in articles]
        parsed = _parse_missing(missing, context, keys, cache, pool, progress)
        articles.update(parsed.articles)
        problems += parsed.problems
        count += len(missing)
    stat = file_stat(path)
    row = (str(path), *stat, digest.hexdigest()) if stat is not None else None
    return _Archive(members, _Parsed(articles, problems), count, row)


def _keys_of_unchanged_files(
    named: list[tuple[str, str]], cache: BuildCache, ctx_key: str
) -> dict[str, str]:
    """Article keys of files whose size, mtime and inode match the last build's."""
    known = cache.known_digests()
    keys = {}
    for path, shown in named:
        entry = known.get(str(path))
        if entry is not None and file_stat(path) == entry[:3]:
            keys[shown] = f"{entry[3]}:{ctx_key}"
    return keys


@dataclass(frozen=True, slots=True)
class _Parsed:
    articles: dict[str, Article]
    problems: list[ParseError]


def _parse_missing(
    sources: list[Source],
    context: ParseContext,
    keys: dict[str, str],
    cache: BuildCache,
    pool: executor.Pool,
    progress: Progress | None,
) -> _Parsed:
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress:
            progress("parse", done, len(sources))

    articles: dict[str, Article] = {}
    problems: list[ParseError] = []
    batch: list[tuple[str, Entry]] = []
    size = executor.batch_size(len(sources), pool.jobs)
    work = partial(parse_job, context=context)
    runner = pool.for_count(len(sources))
    for source, result in zip(
        sources,
        executor.batched_map(work, executor.chunks(sources, size), runner, pool.jobs, tick),
        strict=True,
    ):
        if isinstance(result, ParseError):
            problems.append(result)
            continue
        key = keys[source.display]
        articles[key], entry = result
        batch.append((key, entry))
        if len(batch) >= 500:
            cache.store_entries(batch)
            batch.clear()
    cache.store_entries(batch)
    return _Parsed(articles, problems)


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


# Past this many edited files a full collection, with its process pool, is the better tool.
MAX_CHANGES = 64


@dataclass(frozen=True, slots=True)
class Change:
    """A source whose file changed since the kept plan was made, read again."""

    number: int  # its position in discovery order
    shown: str
    result: Article | ParseError  # the light article, or why it did not parse
    body: str  # cache key of its article ("" when it did not parse)
    stat: tuple[int, int, int]
    digest: str  # of the bytes ("" when unreadable)
    head: str  # plan.file_heads of it ("" when it did not parse)


def changed_sources(
    states: SourceStates,
    named: list[tuple[str, str]],
    config: Config,
    ctx_key: str,
    cache: BuildCache,
) -> list[Change] | None:
    """The sources whose files changed, parsed (or from the cache); None when the set of
    files differs or too much changed, and every article must be collected again."""
    if states.paths != tuple(p for p, _ in named) or states.shown != tuple(s for _, s in named):
        return None  # a file was added, removed or renamed
    changed = [n for n, (path, _) in enumerate(named) if file_stat(path) != states.stat(n)]
    if len(changed) > MAX_CHANGES or any(is_archive(named[n][1]) for n in changed):
        return None  # an archive's pages may come and go
    return [_change(number, *named[number], config, ctx_key, cache) for number in changed]


def _change(
    number: int, path: str, shown: str, config: Config, ctx_key: str, cache: BuildCache
) -> Change:
    source = read_source(path, shown)
    stat = file_stat(path) or (-1, -1, -1)
    if isinstance(source, ParseError):
        return Change(number, shown, source, "", stat, "", "")
    key = f"{source.digest}:{ctx_key}"
    cached = cache.light_articles([key]).get(key)
    # The parse context compiles every profile pattern: made only when a parse is due.
    result = cached if cached is not None else parse_job(source, context_from_config(config))
    if isinstance(result, ParseError):
        return Change(number, shown, result, "", stat, source.digest, "")
    if isinstance(result, tuple):
        light_article, entry = result
        cache.store_entries([(key, entry)])
    else:
        light_article = result
    light_article = _named(light_article, shown)
    return Change(
        number, shown, light_article, key, stat, source.digest, head_digest(light_article)
    )


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
