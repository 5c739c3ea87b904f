"""Source files read, hashed and parsed by forked workers, not by the main process.

A cold build of 30,000 articles spent most of its parse phase moving file bytes through
the pool's pipe: the main process read every file, and the workers waited on the pipe's
lock for the next batch while the main process's feeder waited for room in it. Workers
forked after discovery inherit the list of files (and the parse context, its patterns
compiled), so only file numbers travel; each worker reads its files itself. The cache's
article keys are inherited too, so a file with new times but the same bytes (a checkout,
a copy) is recognised by its digest and not parsed again.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from site_gen.core.errors import ParseError
from site_gen.core.model import Article, Source
from site_gen.engine import executor
from site_gen.engine.cache import BuildCache, Entry, entry_of, file_stat, light
from site_gen.engine.sources import read_source
from site_gen.parse import ParseContext, parse_source

Progress = Callable[[str, int, int], None]
FileRow = tuple[str, int, int, int, str]  # path, size, mtime_ns, inode, digest


@dataclass(frozen=True, slots=True)
class ReadWork:
    """What read workers inherit."""

    files: tuple[tuple[str, str], ...]  # path, display name
    context: ParseContext
    ctx_key: str  # depends.parse_key: completes each article's cache key
    known: frozenset[str]  # article keys the cache holds


@dataclass(frozen=True, slots=True)
class Read:
    """What became of the files: light articles by key, problems, the files table's rows."""

    articles: dict[str, Article]
    problems: list[ParseError]
    rows: list[FileRow]
    keys: dict[str, str]  # display name -> article key, for every file that was read
    parsed: int


# One file's outcome: its key ("" when unreadable), its files-table row, and the parse
# (None: the cache holds the same bytes' article; a ParseError: unreadable or refused).
_Outcome = tuple[str, FileRow | None, tuple[Article, Entry] | ParseError | None]


def parse_job(source: Source, context: ParseContext) -> tuple[Article, Entry] | ParseError:
    """The light article and its cache entry (the full article travels only pickled)."""
    result = parse_source(source, context)
    if isinstance(result, ParseError):
        return result
    return light(result), entry_of(result)


def read_and_parse(
    files: list[tuple[str, str]],
    work: ReadWork,
    cache: BuildCache,
    pool: executor.Pool,
    progress: Progress | None,
) -> Read:
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress:
            progress("parse", done, len(files))

    size = executor.batch_size(len(files), pool.jobs)
    # The first file is parsed here, before the workers are forked: they inherit the
    # pattern sets it compiled (compiled on first use, 0.35 s of CPU in each worker).
    first = _read_batch(work, range(min(len(files), 1)))
    tick(len(first))
    numbers = executor.chunks(range(len(first), len(files)), size)
    rest = pool.map_held(_itself, work, _read_batch, numbers, tick)
    outcomes = itertools.chain(first, rest)
    articles: dict[str, Article] = {}
    problems: list[ParseError] = []
    rows: list[FileRow] = []
    keys: dict[str, str] = {}
    cached: list[str] = []
    entries: list[tuple[str, Entry]] = []
    for (_, shown), (key, row, result) in zip(files, outcomes, strict=True):
        if row is not None:
            rows.append(row)
        if key:
            keys[shown] = key
        if result is None:
            cached.append(key)
        elif isinstance(result, ParseError):
            problems.append(result)
        else:
            articles[key], entry = result
            entries.append((key, entry))
            if len(entries) >= 500:
                cache.store_entries(entries)
                entries.clear()
    cache.store_entries(entries)
    articles.update(cache.light_articles(cached))
    # A key the cache lists but cannot give back (a damaged entry) is parsed after all.
    lost = set(cached) - articles.keys()
    damaged = [(path, shown) for path, shown in files if keys.get(shown) in lost]
    parsed = len(files) - len(cached)
    if damaged:
        retry = replace(work, files=tuple(damaged), known=frozenset())
        again = read_and_parse(damaged, retry, cache, pool, None)
        articles.update(again.articles)
        problems += again.problems
        parsed += again.parsed
    return Read(articles, problems, rows, keys, parsed)


def _itself(work: ReadWork) -> ReadWork:
    return work


def _read_batch(work: ReadWork, numbers: Sequence[int]) -> list[_Outcome]:
    outcomes: list[_Outcome] = []
    for number in numbers:
        path, shown = work.files[number]
        source = read_source(path, shown)
        if isinstance(source, ParseError):
            outcomes.append(("", None, source))
            continue
        key = f"{source.digest}:{work.ctx_key}"
        stat = file_stat(path)
        row = (str(path), *stat, source.digest) if stat is not None else None
        parsed = None if key in work.known else parse_job(source, work.context)
        outcomes.append((key, row, parsed))
    return outcomes
