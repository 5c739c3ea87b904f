"""Full-text search index of the built site, in Pagefind's format, written into the staged
output.

Pagefind splits the index into small fragments under `/pagefind/`, so a search in the
browser fetches only the pieces for its words: no server, any static host, 100,000
articles. Only article pages are indexed, with what the article template marks for
Pagefind (`data-pagefind-body`); site-gen writes the files itself from the articles
(search_records.py, search_write.py) and takes Pagefind's browser code from the installed
Pagefind (search_assets.py).

The index is a set of bundles, one per period of publication: a decade, split into years
(quarters, months, days) when it holds more than SHARD_PAGES articles. /pagefind/ holds the
newest period, /pagefind-2010s/, /pagefind-2021/, /pagefind-2019-q3/, /pagefind-2019-03/…
the older ones, and
/pagefind/shards.json
lists those for the search page to merge (Pagefind's mergeIndex), newest first, so
results sorted by date stay in order across them. An old article never changes period,
so an edit re-indexes the one bundle that holds it: each bundle keeps the list of pages
it indexed with their fingerprints (MANIFEST), and a bundle whose list is unchanged is
linked from the live output instead of being indexed again. A bundle written again
takes the records of its unchanged pages from its record file (kept in the state folder)
and makes only the changed pages' records from their articles.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from site_gen.core.config import Config
from site_gen.render.search_assets import search_assets
from site_gen.render.search_periods import periods_newest_first
from site_gen.render.search_records import PageRecord, dump_records, load_records
from site_gen.render.search_write import Assets, write_bundle

INDEX_DIR = "pagefind"
SHARDS_FILE = "shards.json"
MANIFEST = "site-gen-pages.txt"  # in each bundle: "fingerprint sort-key path" per page
# A decade (year, quarter) with more articles is split into years (quarters, months): the
# search page merges every bundle, so fewer are quicker to load; an edit writes its
# period's bundle again. A month is split into days only past DAY_SPLIT_FACTOR times as
# many, so 100,000 articles are still ~120 months.
SHARD_PAGES = 400
DAY_SPLIT_FACTOR = 4
RECORDS = ".records"  # a bundle's page records in the state folder: <bundle>.records
BUNDLE_NAME = re.compile(INDEX_DIR + r"(-[0-9a-z-]+)?")

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
    """The live output, whose bundles a build may link instead of writing them again."""

    root: Path
    link: Callable[[str], bool]  # link this bundle into the staged tree; False if it cannot
    kept: Path  # where record files and Pagefind's browser files are kept between builds


# The records of pages a bundle lacks: path -> record (made from the pages' articles).
MakeRecords = Callable[[list[IndexedPage]], dict[str, PageRecord]]


class MissingRecords(Exception):
    """A bundle needs pages this build can make no record of (their articles were not
    planned, and the record file is gone): only a full build can index them."""


@dataclass(frozen=True, slots=True)
class SearchPlan:
    """The bundles of the index, which of them to write, and where."""

    site_root: Path
    bundles: dict[str, list[IndexedPage]]
    to_write: list[str]
    kept: Path  # record files and assets
    assets: Assets
    language: str  # of an index with no page at all
    started: float


@dataclass(frozen=True, slots=True)
class Written:
    bundle: str
    pages: int
    bytes: int


def plan_search(
    site_root: Path,
    config: Config,
    pages: list[IndexedPage],
    live: Live | None,
    languages: set[str],
    kept: Path | None = None,
) -> SearchPlan | None:
    """Which bundles to write; None when search is off. Bundles the staged tree holds, or
    the live output holds with the same pages, are kept or linked now. `kept`: where
    records and assets are kept when there is no live output (else a folder in the tree)."""
    if not config.search:
        return None
    started = time.perf_counter()
    shards = plan_bundles(pages, SHARD_PAGES) or {INDEX_DIR: []}
    to_write = [
        bundle
        for bundle, members in shards.items()
        if not members or not reuse_bundle(site_root, bundle, manifest_text(members), live)
    ]
    drop_other_bundles(site_root, set(shards))
    store = live.kept if live is not None else kept or site_root / ".site-gen-search"
    drop_other_records(store, set(shards))
    language = config.language.lower()
    assets = search_assets(store, {language, *languages}) if to_write else _no_assets()
    return SearchPlan(site_root, shards, to_write, store, assets, language, started)


def _no_assets() -> Assets:
    return Assets("", Path(), lambda language: None)


def write_search_bundle(plan: SearchPlan, bundle: str, make: MakeRecords) -> Written:
    """One bundle, written again: its unchanged pages' records from its record file, the
    others made. The manifest is written last: a bundle that has one is complete."""
    members = plan.bundles[bundle]
    record_file = plan.kept / f"{bundle}{RECORDS}"
    try:
        kept = load_records(record_file.read_bytes())
    except OSError:
        kept = {}
    record_file.unlink(missing_ok=True)  # while the bundle changes, its records may not hold
    wanted = [
        p for p in members if not p.fingerprint or kept.get(p.path, ("",))[0] != p.fingerprint
    ]
    made = make(wanted) if wanted else {}
    lost = [p.path for p in wanted if p.path not in made]
    if lost:
        raise MissingRecords(f"search: no record of {lost[0]} (and {len(lost) - 1} more)")
    records = [(p.path, made[p.path] if p.path in made else kept[p.path][1]) for p in members]
    assets = plan.assets
    if not {record.language for _, record in records} <= assets.languages:
        assets = search_assets(plan.kept, {record.language for _, record in records})
    target = plan.site_root / bundle
    shutil.rmtree(target, ignore_errors=True)
    size = write_bundle(records, target, assets, plan.language)
    (target / MANIFEST).write_text(manifest_text(members), encoding="utf-8")
    if members and all(p.fingerprint for p in members):
        plan.kept.mkdir(parents=True, exist_ok=True)
        fresh = record_file.with_name(record_file.name + ".new")
        fresh.write_bytes(
            dump_records(
                {p.path: (p.fingerprint, r) for p, (_, r) in zip(members, records, strict=True)}
            )
        )
        os.replace(fresh, record_file)
    return Written(bundle, len(members), size)


def finish_search(plan: SearchPlan, written: Iterable[Written]) -> SearchStats | None:
    """The list of bundles for the search page to merge; None when nothing changed."""
    done = list(written)
    bundles = list(plan.bundles)
    merged = json.dumps([f"/{bundle}/" for bundle in bundles[1:]]) + "\n"
    shards_file = plan.site_root / INDEX_DIR / SHARDS_FILE
    if not done and _text_of(shards_file) == merged:
        return None
    shards_file.unlink(missing_ok=True)  # a reused bundle's file is another tree's too
    shards_file.write_text(merged, encoding="utf-8")
    fresh = {w.bundle for w in done}
    reused = [b for b in bundles if b not in fresh]
    return SearchStats(
        pages=sum(len(members) for members in plan.bundles.values()),
        index_bytes=sum(w.bytes for w in done)
        + sum(tree_bytes(plan.site_root / b) for b in reused),
        seconds=time.perf_counter() - plan.started,
        reindexed=len(done),
        bundles=len(bundles),
    )


def index_site(
    site_root: Path,
    config: Config,
    pages: list[IndexedPage],
    make: MakeRecords,
    live: Live | None = None,
    languages: frozenset[str] = frozenset(),
    kept: Path | None = None,
) -> SearchStats | None:
    """Plan, write every bundle that needs it (here, one after another) and finish."""
    plan = plan_search(site_root, config, pages, live, set(languages), kept)
    if plan is None:
        return None
    return finish_search(plan, (write_search_bundle(plan, b, make) for b in plan.to_write))


def drop_other_records(kept: Path, keep: set[str]) -> None:
    """Record files of periods the plan no longer has (a year that filled up and became
    quarters), and the page trees older versions kept there."""
    if not kept.is_dir():
        return
    for entry in kept.iterdir():
        if entry.name.endswith(RECORDS) and entry.name.removesuffix(RECORDS) not in keep:
            entry.unlink()
        elif BUNDLE_NAME.fullmatch(entry.name) and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)


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


def tree_bytes(folder: Path) -> int:
    """Bytes of every file under `folder` (what a host stores for the search index)."""
    total = 0
    for parent, _dirs, files in os.walk(folder):
        total += sum(os.stat(os.path.join(parent, name)).st_size for name in files)
    return total
