"""Full-text search index of the built site (Pagefind), run on the staged output.

Pagefind splits the index into small fragments under `/pagefind/`, so a search in the
browser fetches only the pieces for its words: no server, any static host, 100,000
articles. Only pages marked `data-pagefind-body` (the article template) are indexed.

Pagefind holds about half a kilobyte per indexed word in memory (~3 GB for 10,000 articles
of 600 words), so a large site is indexed in shards of SHARD_PAGES articles: /pagefind/
holds the newest, /pagefind-2/, /pagefind-3/… older ones, and /pagefind/shards.json lists
those for the search page to merge (Pagefind's mergeIndex). Shards are date ranges, newest
first, so results sorted by date stay in order across them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from site_gen.config import Config
from site_gen.errors import BuildError

INDEX_DIR = "pagefind"
SHARDS_FILE = "shards.json"
SHARD_PAGES = 10_000
BODY_MARK = b"data-pagefind-body"
# Pagefind's ready-made UIs; /search/ uses the JS API (pagefind.js) with its own renderer.
UNUSED_UI = (
    "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
    "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
)  # fmt: skip
SORT_DATE = re.compile(rb'data-pagefind-sort="date">([^<]*)<')
INSTALL_HINT = "install it with: pip install 'pagefind[bin]' (or set search = false in [site])"

INDEX_FOLDER = "pagefind"  # where the index lives in the output


@dataclass(frozen=True, slots=True)
class SearchStats:
    pages: int  # pages in the index (articles)
    index_bytes: int  # size of everything under /pagefind/
    seconds: float


def index_site(
    site_root: Path, config: Config, shard_pages: int = SHARD_PAGES
) -> SearchStats | None:
    """Index `site_root` in place; None when search is off."""
    if not config.search:
        return None
    started = time.perf_counter()
    shards = plan_shards(indexed_pages(site_root), shard_pages)
    bundles = [INDEX_DIR] + [f"{INDEX_DIR}-{number}" for number in range(2, len(shards) + 1)]
    if not shards:  # no article yet: Pagefind needs some page, so it gets the site
        _write_checked(site_root, site_root / INDEX_DIR)
    for bundle, shard in zip(bundles[: len(shards)], shards, strict=True):
        # Only the pages to index, linked at their own paths: Pagefind then parses 10,000
        # articles rather than 20,000 pages (lists, archives), ~40% less of its time.
        # Inside the staged tree, so a killed build leaves nothing behind elsewhere.
        with tempfile.TemporaryDirectory(dir=site_root, prefix=".search-shard-") as tmp:
            _linked_tree(site_root, shard, Path(tmp))
            _write_checked(Path(tmp), site_root / bundle)
    for bundle in bundles:
        _drop_unused(site_root / bundle)
    merged = [f"/{bundle}/" for bundle in bundles[1:]]
    (site_root / INDEX_DIR).mkdir(exist_ok=True)
    (site_root / INDEX_DIR / SHARDS_FILE).write_text(json.dumps(merged) + "\n", encoding="utf-8")
    return SearchStats(
        pages=sum(count_files(site_root / bundle / "fragment") for bundle in bundles),
        index_bytes=sum(tree_bytes(site_root / bundle) for bundle in bundles),
        seconds=time.perf_counter() - started,
    )


def indexed_pages(site_root: Path) -> list[tuple[bytes, str]]:
    """(date sort key, path relative to the root) of every page Pagefind will index."""
    pages = []
    for parent, dirs, files in os.walk(site_root):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".html"):
                continue
            path = Path(parent) / name
            html = path.read_bytes()
            if BODY_MARK in html:
                found = SORT_DATE.search(html)
                pages.append((found.group(1) if found else b"", str(path.relative_to(site_root))))
    return pages


def plan_shards(pages: list[tuple[bytes, str]], shard_pages: int) -> list[list[str]]:
    """Newest first, `shard_pages` at most in each; one shard when everything fits."""
    newest_first = sorted(pages, reverse=True)
    return [
        [path for _key, path in newest_first[start : start + shard_pages]]
        for start in range(0, len(newest_first), max(1, shard_pages))
    ]


def _write_checked(pages_root: Path, bundle: Path) -> None:
    """Write one bundle; once more if Pagefind left no entry file. A second failure is
    reported by _drop_unused."""
    for _attempt in range(2):
        _write_index(pages_root, bundle)
        try:
            json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
            return
        except (OSError, ValueError):
            shutil.rmtree(bundle, ignore_errors=True)


def _drop_unused(bundle: Path) -> None:
    """Remove the UI bundles and the wasm of languages no page has (~0.5 MB to publish)."""
    for name in UNUSED_UI:
        (bundle / name).unlink(missing_ok=True)
    entry = bundle / "pagefind-entry.json"
    try:
        languages = json.loads(entry.read_text(encoding="utf-8")).get("languages", {})
    except (OSError, ValueError) as exc:
        # Pagefind does not report failed writes (e.g. a full disk); its entry file shows them.
        message = f"search: {entry.name}: Pagefind wrote no usable index; is the disk full?"
        raise BuildError(message) from exc
    used = {str(language.get("wasm")) for language in languages.values()}
    for wasm in bundle.glob("wasm.*.pagefind"):
        if wasm.name.split(".")[1] not in used:
            wasm.unlink()


def _linked_tree(site_root: Path, pages: list[str], into: Path) -> None:
    """The shard's pages at their own relative paths (so Pagefind gives the same URLs)."""
    for relative in pages:
        target = into / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(site_root / relative, target)
        except OSError:
            shutil.copyfile(site_root / relative, target)


def _write_index(source: Path, output: Path) -> None:
    """Pagefind's own command line, not its Python service: the service talks to the same
    binary over pipes from an event loop and, on a loaded machine, now and then closed
    before the index was written; a plain process reports failure by its exit status."""
    try:
        from pagefind.service import get_executable
    except ImportError:
        raise BuildError(f"search: pagefind is not installed; {INSTALL_HINT}") from None
    binary = get_executable()
    if binary is None:
        raise BuildError(f"search: pagefind binary not found; {INSTALL_HINT}")
    command = [str(binary), "--site", str(source), "--output-path", str(output), "--silent"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise BuildError(f"search: pagefind binary not found ({binary}); {INSTALL_HINT}") from None
    except OSError as exc:
        raise BuildError(f"search: cannot run {binary}: {exc.strerror or exc}") from exc
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no message"]
        raise BuildError(f"search: pagefind failed (exit {done.returncode}): {detail[0]}")


def count_files(folder: Path) -> int:
    return sum(1 for entry in folder.iterdir() if entry.is_file()) if folder.is_dir() else 0


def tree_bytes(folder: Path) -> int:
    """Bytes of every file under `folder` (what a host stores for the search index)."""
    total = 0
    for parent, _dirs, files in os.walk(folder):
        total += sum(os.stat(os.path.join(parent, name)).st_size for name in files)
    return total
