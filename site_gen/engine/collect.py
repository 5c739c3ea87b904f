"""Sources -> parsed (light) articles, parsing only what the cache does not already hold."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TypeVar

from site_gen.core.errors import ParseError
from site_gen.core.model import Article, Source
from site_gen.engine import executor
from site_gen.engine.cache import BuildCache, Entry, entry_of, file_stat, light
from site_gen.engine.sources import read_source, read_sources
from site_gen.parse import PARSER_VERSION, ParseContext, parse_source
from site_gen.parse.warc import is_archive

Progress = Callable[[str, int, int], None]
_PARSE_CODE = Path(__file__).resolve().parent.parent / "parse"
T = TypeVar("T")
ARCHIVE_BATCH = 500  # pages of a web archive held in memory at once


@dataclass(frozen=True, slots=True)
class Collected:
    articles: list[Article]  # light: no bodies, so 100,000 of them fit in memory
    problems: list[ParseError]
    parsed: int  # how many were parsed this time (the rest came from the cache)


def context_key(context: ParseContext) -> str:
    """What parsing depends on besides the bytes: rules, profiles, settings, parser code."""
    digest = hashlib.sha256(PARSER_VERSION.encode())
    digest.update(context.recipe)
    for path in sorted(_PARSE_CODE.rglob("*")):
        if path.suffix in (".py", ".yaml"):
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def _parse_job(source: Source, context: ParseContext) -> tuple[Article, Entry] | ParseError:
    """The light article and its cache entry (the full article travels only pickled)."""
    result = parse_source(source, context)
    if isinstance(result, ParseError):
        return result
    return light(result), entry_of(result)


def collect_articles(
    named: list[tuple[str, str]],
    context: ParseContext,
    cache: BuildCache,
    pool: executor.Pool,
    progress: Progress | None,
) -> Collected:
    """Light articles in `named` order; unchanged files are not even read."""
    ctx_key = context_key(context)
    keys = _keys_of_unchanged_files(named, cache, ctx_key)
    articles = cache.light_articles(keys.values())
    problems: list[ParseError] = []
    sources: list[Source] = []
    seen_files = []
    archives = []
    for path, shown in named:
        if keys.get(shown) in articles:
            continue
        if is_archive(shown):
            archives.append((path, shown))
            continue
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
    return Collected(ordered, problems + parsed.problems, len(sources) + archive_parsed)


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
    work = partial(_parse_job, context=context)
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
