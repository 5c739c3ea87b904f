"""Pagefind's browser files (pagefind.js, its worker, each language's wasm), taken from
the installed Pagefind by indexing a one-page site per language, and kept.

site-gen writes the index itself (search_write.py) in the format of Pagefind 1.5; the
JavaScript and WebAssembly that read it in the browser must be the installed Pagefind's
own, of the same version: they are taken from it, never copied into site-gen.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from site_gen.core.errors import BuildError
from site_gen.render.search_pagefind import find_binary, run_pagefind
from site_gen.render.search_write import Assets

FORMATS = ("1.5.",)  # Pagefind versions whose index format search_write.py writes
ENTRY = "pagefind-entry.json"


def search_assets(kept: Path, languages: set[str]) -> Assets:
    """The assets for these languages, in a folder under `kept` named after the binary
    (a new Pagefind gets new assets); made when missing or lacking a language."""
    binary = find_binary()
    stat = os.stat(binary)
    folder = kept / f"pagefind-assets-{stat.st_size}-{stat.st_mtime_ns}"
    entry = _entry(folder)
    if entry is None or not languages <= entry.get("languages", {}).keys():
        known = set(entry.get("languages", {})) if entry else set()
        _make(binary, folder, languages | known)
        entry = _entry(folder)
        if entry is None:
            raise BuildError("search: Pagefind wrote no usable files; is the disk full?")
    version = str(entry.get("version", ""))
    if not version.startswith(FORMATS):
        raise BuildError(
            f"search: Pagefind {version or '(unknown version)'} is installed; site-gen writes "
            "Pagefind 1.5's index: pip install 'pagefind[bin]>=1.5,<1.6'"
        )
    wasm = {name: info.get("wasm") for name, info in entry["languages"].items()}
    return Assets(version, folder, lambda language: wasm.get(language), frozenset(wasm))


def _entry(folder: Path) -> dict[str, dict[str, dict[str, str | None]]] | None:
    try:
        entry = json.loads((folder / ENTRY).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return entry if isinstance(entry, dict) else None


def _make(binary: Path, folder: Path, languages: set[str]) -> None:
    """Index one page per language, then swap the result in for the folder."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder.parent, prefix=".assets-") as work:
        site = Path(work) / "site"
        for number, language in enumerate(sorted(languages)):
            page = site / str(number) / "index.html"
            page.parent.mkdir(parents=True)
            page.write_text(
                f'<html lang="{language}"><body data-pagefind-body><p>site-gen</p></body></html>',
                encoding="utf-8",
            )
        made = Path(work) / "out"
        run_pagefind(binary, site, made)
        for unused in made.iterdir():
            if unused.is_dir():
                shutil.rmtree(unused)  # the one-page index itself
        old = Path(work) / "old"
        if folder.exists():
            os.rename(folder, old)
        os.rename(made, folder)
