"""Where a build keeps its own files: one `.site-gen/` folder, never anything else.

The folder sits beside `site.toml` (or beside the output when there is no config):

    .site-gen/
      cache.sqlite           parsed articles and page fingerprints (see site_gen.engine.cache)
      templates/             the theme's templates compiled (Jinja's, keyed by their text)
      outputs/<key>/lock     one build of that output at a time
      outputs/<key>/spare/   the tree the last swap replaced, recycled by the next build
      outputs/<key>/search-trees/  the pages each search bundle was indexed from
      outputs/<key>/tmp-PID/ a tree being written (old-PID: one being swapped out)

`<key>` is the output's name, plus a hash of its path when it does not sit beside the
state folder, so two outputs of one site never share a spare tree. Without a config the
output is the site: its cache is `outputs/<key>/cache.sqlite`, so two outputs built side
by side from different sources do not evict each other's articles.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from site_gen.core.config import Config

FOLDER = ".site-gen"
CACHE_FILE = "cache.sqlite"
COMPILED_TEMPLATES = "templates"  # beside the cache file: the theme's templates, compiled


@dataclass(frozen=True, slots=True)
class OutputState:
    """The state paths of one output folder."""

    folder: Path  # the .site-gen/ folder (what `site-gen clean` removes)
    target: Path  # the output, resolved
    own: Path  # outputs/<key>/: spare, lock and temporary trees of this output
    cache: Path  # the cache file: in `folder` for a site.toml's site, else in `own`

    @property
    def spare(self) -> Path:
        return self.own / "spare"

    @property
    def lock(self) -> Path:
        return self.own / "lock"

    @property
    def search_trees(self) -> Path:
        """The search bundles' page trees, kept for the next build (see render.search)."""
        return self.own / "search-trees"

    def temporary(self, kind: str, pid: int) -> Path:
        """A tree being written (`tmp`) or swapped out (`old`) by process `pid`."""
        return self.own / f"{kind}-{pid}"

    def temporaries(self, kind: str) -> list[Path]:
        return sorted(self.own.glob(f"{kind}-*"))


def site_root(config: Config) -> Path | None:
    """The folder of the site's config file; None for a build without one."""
    return config.root if config.has_file else None


def of_build(config: Config, output: Path) -> OutputState:
    return output_state(site_root(config), output)


def state_folder(site_root: Path | None, output: Path) -> Path:
    """`.site-gen/` beside site.toml (`site_root`), else beside the output."""
    base = site_root if site_root is not None else output.resolve().parent
    return base.resolve() / FOLDER


def output_state(site_root: Path | None, output: Path) -> OutputState:
    """The state of `output`, built by the site whose config is in `site_root` (None: no
    config). Trees are swapped by rename and share files by hard link, so they must be on
    the output's file system: when the site's folder is on another one (a preview in
    /tmp), the output's own state goes in a `.site-gen/` beside the output instead."""
    target = output.resolve()
    folder = state_folder(site_root, output)
    trees = folder
    if site_root is not None and not _same_device(folder.parent, target.parent):
        trees = state_folder(None, output)
    key = target.name
    if target.parent != trees.parent:
        key += "-" + hashlib.sha256(os.fsencode(target)).hexdigest()[:8]
    own = trees / "outputs" / key
    cache = (folder if site_root is not None else own) / CACHE_FILE
    return OutputState(folder=folder, target=target, own=own, cache=cache)


def _same_device(first: Path, second: Path) -> bool:
    """Whether two folders (or the nearest of their parents that exist) share a device."""
    return _device(first) == _device(second)


def _device(path: Path) -> int:
    for candidate in (path, *path.parents):
        try:
            return os.stat(candidate).st_dev
        except OSError:
            continue
    return -1
