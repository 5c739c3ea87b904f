"""Full-text search index of the built site (Pagefind), run on the staged output.

Pagefind splits the index into small fragments under `/pagefind/`, so a search in the
browser fetches only the pieces for its words: no server, any static host, 100,000
articles. Only pages marked `data-pagefind-body` (the article template) are indexed.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from site_gen.config import Config
from site_gen.errors import BuildError

INDEX_DIR = "pagefind"
INSTALL_HINT = "install it with: pip install 'pagefind[bin]' (or set search = false in [site])"

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SearchStats:
    pages: int  # pages in the index (articles)
    index_bytes: int  # size of everything under /pagefind/
    seconds: float


def index_site(site_root: Path, config: Config) -> SearchStats | None:
    """Index `site_root` in place; None when search is off."""
    if not config.search:
        return None
    started = time.perf_counter()
    output = site_root / INDEX_DIR
    _run_async(_write_index(site_root, output))
    return SearchStats(
        pages=count_files(output / "fragment"),
        index_bytes=tree_bytes(output),
        seconds=time.perf_counter() - started,
    )


async def _write_index(site_root: Path, output: Path) -> None:
    try:
        from pagefind.index import IndexConfig, PagefindIndex
    except ImportError:
        raise BuildError(f"search: pagefind is not installed; {INSTALL_HINT}") from None
    settings = IndexConfig(output_path=str(output), write_playground=False)
    try:
        # Leaving the context writes the files to `output_path`.
        async with PagefindIndex(config=settings) as index:
            await index.add_directory(str(site_root))
    except FileNotFoundError as exc:
        raise BuildError(f"search: pagefind binary not found ({exc}); {INSTALL_HINT}") from exc
    except Exception as exc:  # the service reports its failures as bare Exception
        raise BuildError(f"search: pagefind failed: {exc}") from exc


def _run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run to completion, also when called from inside an event loop (e.g. a live server)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(asyncio.run, coroutine).result()


def count_files(folder: Path) -> int:
    return sum(1 for entry in folder.iterdir() if entry.is_file()) if folder.is_dir() else 0


def tree_bytes(folder: Path) -> int:
    """Bytes of every file under `folder` (what a host stores for the search index)."""
    total = 0
    for parent, _dirs, files in os.walk(folder):
        total += sum(os.stat(os.path.join(parent, name)).st_size for name in files)
    return total
