"""Full-text search index of the built site (Pagefind), run on the staged output.

Pagefind splits the index into small fragments under `/pagefind/`, so a search in the
browser fetches only the pieces for its words: no server, any static host, 100,000
articles. Only pages marked `data-pagefind-body` (the article template) are indexed.

The index is a set of bundles, one per period of publication: a decade, split into years
(quarters, months, days) when it holds more than SHARD_PAGES articles. /pagefind/ holds the
newest period, /pagefind-2010s/, /pagefind-2021/, /pagefind-2019-q3/, /pagefind-2019-03/…
the older ones, and
/pagefind/shards.json
lists those for the search page to merge (Pagefind's mergeIndex), newest first, so
results sorted by date stay in order across them. An old article never changes period,
so an edit re-indexes the one bundle that holds it: each bundle keeps the list of pages
it indexed with their fingerprints (MANIFEST), and a bundle whose list is unchanged is
linked from the live output instead of being indexed again. Small bundles also keep
Pagefind's memory down (about 0.35 GB per 1,000 articles of 600 words).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from site_gen.core.config import Config
from site_gen.render.search_pagefind import drop_unused, write_checked
from site_gen.render.search_periods import periods_newest_first

INDEX_DIR = "pagefind"
SHARDS_FILE = "shards.json"
MANIFEST = "site-gen-pages.txt"  # in each bundle: "fingerprint sort-key path" per page
# A decade (year, quarter) with more articles is split into years (quarters, months): an
# edit re-indexes its period's bundle, and Pagefind takes ~2 ms an article, so a bundle of
# a few hundred keeps an edit near half a second (1,500 took ~2 s). A month is split into
# days only past DAY_SPLIT_FACTOR times as many, so 100,000 articles are still ~120 months.
SHARD_PAGES = 400
DAY_SPLIT_FACTOR = 4
INDEXERS = 2  # Pagefind processes at a time (each is mostly one thread), one per core
BUNDLE_NAME = re.compile(INDEX_DIR + r"(-[0-9a-z-]+)?")
BODY_MARK = b"data-pagefind-body"
SORT_DATE = re.compile(rb'data-pagefind-sort="date">([^<]*)<')

INDEX_FOLDER = "pagefind"  # where the index lives in the output


@dataclass(frozen=True, slots=True)
class SearchStats:
    pages: int  # pages in the index (articles)
    index_bytes: int  # size of everything under /pagefind/
    seconds: float
    reindexed: int = 1  # bundles Pagefind wrote this time (the rest were linked)
    bundles: int = 1


@dataclass(frozen=True, slots=True)
class IndexedPage:
    """One page the index holds: its date sort key, its path and what it was built from."""

    sort_key: str
    path: str  # relative to the site root
    fingerprint: str = ""  # "" when unknown: its bundle is always indexed again


@dataclass(frozen=True, slots=True)
class Live:
    """The live output, whose bundles a build may link instead of indexing them again."""

    root: Path
    link: Callable[[str], bool]  # link this bundle into the staged tree; False if it cannot
    trees: Path  # where bundles' page trees are kept between builds (same file system)


def index_site(
    site_root: Path,
    config: Config,
    shard_pages: int = SHARD_PAGES,
    pages: list[IndexedPage] | None = None,
    live: Live | None = None,
) -> SearchStats | None:
    """Index `site_root` in place; None when search is off, or when no bundle needed
    Pagefind (each was already in `site_root` or linked from `live`, and the list of
    bundles is the same). `pages` default: a walk of `site_root`."""
    if not config.search:
        return None
    started = time.perf_counter()
    shards = plan_bundles(indexed_pages(site_root) if pages is None else pages, shard_pages)
    to_index = [
        (bundle, members)
        for bundle, members in shards.items()
        if not reuse_bundle(site_root, bundle, manifest_text(members), live)
    ]
    drop_other_bundles(site_root, set(shards) or {INDEX_DIR})
    if not shards:  # no article yet: Pagefind needs some page, so it gets the site
        write_checked(site_root, site_root / INDEX_DIR)
        drop_unused(site_root / INDEX_DIR)
    trees = None if live is None else live.trees
    if trees is not None:
        drop_other_trees(trees, set(shards))
    with ThreadPoolExecutor(max_workers=INDEXERS) as threads:
        list(threads.map(lambda job: _index_bundle(site_root, job[0], job[1], trees), to_index))
    bundles = list(shards) or [INDEX_DIR]
    merged = json.dumps([f"/{bundle}/" for bundle in bundles[1:]]) + "\n"
    shards_file = site_root / INDEX_DIR / SHARDS_FILE
    if shards and not to_index and _text_of(shards_file) == merged:
        return None
    shards_file.unlink(missing_ok=True)  # a reused bundle's file is another tree's too
    shards_file.write_text(merged, encoding="utf-8")
    return SearchStats(
        pages=sum(count_files(site_root / bundle / "fragment") for bundle in bundles),
        index_bytes=sum(tree_bytes(site_root / bundle) for bundle in bundles),
        seconds=time.perf_counter() - started,
        reindexed=len(to_index),
        bundles=len(bundles),
    )


def _index_bundle(
    site_root: Path, bundle: str, members: list[IndexedPage], trees: Path | None = None
) -> None:
    """Only the bundle's pages, linked at their own paths: Pagefind then parses articles
    only, not list pages. With `trees`, the linked tree is kept there for the next build
    (see _update_tree); else it is made inside the staged tree, so a killed build leaves
    nothing behind. The manifest is written last: a bundle that has one is complete."""
    shutil.rmtree(site_root / bundle, ignore_errors=True)
    if trees is not None:
        tree = trees / bundle
        _update_tree(site_root, members, tree)
        write_checked(tree, site_root / bundle)
    else:
        with tempfile.TemporaryDirectory(dir=site_root, prefix=".search-shard-") as tmp:
            _linked_tree(site_root, [page.path for page in members], Path(tmp))
            write_checked(Path(tmp), site_root / bundle)
    drop_unused(site_root / bundle)
    (site_root / bundle / MANIFEST).write_text(manifest_text(members), encoding="utf-8")


def drop_other_trees(trees: Path, keep: set[str]) -> None:
    """Trees of periods the plan no longer has (a year that filled up and became quarters):
    their links would keep old pages on disk for ever."""
    if trees.is_dir():
        for entry in trees.iterdir():
            if entry.name not in keep and entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)


def _update_tree(site_root: Path, members: list[IndexedPage], tree: Path) -> None:
    """Bring a kept tree level with `members`: link again only the pages whose fingerprint
    changed, unlink the pages that left. Making a tree of 1,000 folders and deleting it
    again cost more than Pagefind itself on an edit; an edit now links one page. The
    tree's list is removed while it changes, so a killed build leaves a tree that the
    next build makes anew; a page of unknown fingerprint is always linked again."""
    listing = tree / MANIFEST
    before = _tree_pages(_text_of(listing))
    listing.unlink(missing_ok=True)
    if before is None:
        shutil.rmtree(tree, ignore_errors=True)
        before = {}
    wanted = {page.path: page.fingerprint for page in members}
    for relative in before.keys() - wanted.keys():
        (tree / relative).unlink(missing_ok=True)
    stale = [p for p, mark in wanted.items() if not mark or before.get(p) != mark]
    _linked_tree(site_root, stale, tree, replace=True)
    listing.write_text(manifest_text(members), encoding="utf-8")


def _tree_pages(listing: str | None) -> dict[str, str] | None:
    """Path -> fingerprint of a kept tree's list; None when there is none to trust."""
    if listing is None:
        return None
    pages = {}
    for line in listing.splitlines():
        fields = line.split(" ", 2)
        if len(fields) != 3:
            return None
        pages[fields[2]] = fields[0].strip("-")
    return pages


def reuse_bundle(site_root: Path, bundle: str, wanted: str, live: Live | None) -> bool:
    """Whether `site_root` now holds a bundle that indexed exactly the pages of `wanted`
    (a manifest): the one it has (a recycled tree keeps the bundles of an older build),
    or the live output's, linked. A page of unknown fingerprint ("-") never matches."""
    if "\n- " in "\n" + wanted:
        return False
    if _text_of(site_root / bundle / MANIFEST) == wanted:
        return True
    if live is None or _text_of(live.root / bundle / MANIFEST) != wanted:
        return False
    return live.link(bundle)


def drop_other_bundles(site_root: Path, keep: set[str]) -> None:
    for entry in site_root.glob(INDEX_DIR + "*"):
        if entry.name not in keep and entry.is_dir() and BUNDLE_NAME.fullmatch(entry.name):
            shutil.rmtree(entry, ignore_errors=True)


def _text_of(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def manifest_text(members: Iterable[IndexedPage]) -> str:
    return "".join(f"{p.fingerprint or '-'} {p.sort_key or '-'} {p.path}\n" for p in members)


def read_manifests_by_bundle(live_root: Path) -> dict[str, str | None]:
    """Bundle name -> its manifest (None: it has none, as bundles of older versions)."""
    return {
        bundle.name: _text_of(bundle / MANIFEST)
        for bundle in sorted(live_root.glob(INDEX_DIR + "*"))
        if BUNDLE_NAME.fullmatch(bundle.name) and bundle.is_dir()
    }


def read_manifests(live_root: Path) -> list[IndexedPage]:
    """The pages the live output's bundles indexed, as their manifests list them; empty
    when a bundle has no manifest (then only a walk of the site knows)."""
    manifests = read_manifests_by_bundle(live_root)
    if any(text is None for text in manifests.values()):
        return []
    pages = []
    for text in manifests.values():
        for line in (text or "").splitlines():
            fingerprint, sort_key, path = line.split(" ", 2)
            pages.append(IndexedPage(sort_key.strip("-"), path, fingerprint.strip("-")))
    return pages


def indexed_pages(site_root: Path, paths: Iterable[str] | None = None) -> list[IndexedPage]:
    """The pages Pagefind will index, with their date sort keys (fingerprints unknown):
    of `paths` (relative), or of every HTML file under `site_root`."""
    if paths is None:
        paths = [
            os.path.relpath(os.path.join(parent, name), site_root)
            for parent, _dirs, files in os.walk(site_root)
            for name in files
        ]
    pages = []
    for relative in sorted(p for p in paths if p.endswith(".html")):
        html = (site_root / relative).read_bytes()
        if BODY_MARK in html:
            found = SORT_DATE.search(html)
            key = found.group(1).decode("utf-8", "replace") if found else ""
            pages.append(IndexedPage(key, relative))
    return pages


def plan_bundles(
    pages: Iterable[IndexedPage], shard_pages: int = SHARD_PAGES
) -> dict[str, list[IndexedPage]]:
    """Bundle name -> its pages, newest period first and newest page first in each. A
    period is a decade, split into years (then months, days) when it holds over
    `shard_pages`, so an old article stays in its bundle whatever is added later (but
    for the one time its decade or year fills up), and a small site is one or two."""
    periods = periods_newest_first(pages, shard_pages, DAY_SPLIT_FACTOR)
    return {
        INDEX_DIR if number == 0 else f"{INDEX_DIR}-{slug}": members
        for number, (slug, members) in enumerate(periods)
    }


def _linked_tree(site_root: Path, pages: list[str], into: Path, replace: bool = False) -> None:
    """The shard's pages at their own relative paths (so Pagefind gives the same URLs).
    Plain strings: at 10,000 articles this makes 10,000 folders, and Path objects with
    mkdir(parents=True) cost more than the links."""
    source, target_root = str(site_root), str(into)
    for relative in pages:
        target = os.path.join(target_root, relative)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if replace:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(target)
        try:
            os.link(os.path.join(source, relative), target)
        except OSError:
            shutil.copyfile(os.path.join(source, relative), target)


def count_files(folder: Path) -> int:
    return sum(1 for entry in folder.iterdir() if entry.is_file()) if folder.is_dir() else 0


def tree_bytes(folder: Path) -> int:
    """Bytes of every file under `folder` (what a host stores for the search index)."""
    total = 0
    for parent, _dirs, files in os.walk(folder):
        total += sum(os.stat(os.path.join(parent, name)).st_size for name in files)
    return total
