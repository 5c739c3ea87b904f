"""`site-gen clean`: what it removes (the output, the state folder, older sidecars) and
the removal; it refuses folders site-gen did not make."""

from __future__ import annotations

import contextlib
import re
import shutil
from pathlib import Path

from site_gen.core.errors import ConfigError
from site_gen.engine.state import COMPILED_TEMPLATES, OutputState
from site_gen.engine.trees import MARKER

# What builds before the one state folder left beside the output or the config.
_LEGACY_SIDECARS = ("cache", "spare", "lock", "search-cache")


def clean_paths(state: OutputState, site_root: Path | None) -> list[Path]:
    """What `site-gen clean` removes: the output, the state folder (and the output's own
    state when that lives elsewhere) and sidecars of older site-gen versions, whichever
    exist. ConfigError (a usage error) for an output site-gen did not make."""
    target = state.target
    home = Path.home().resolve()
    if target == Path(target.anchor) or target == home:
        raise ConfigError(f"refusing to remove {target}")
    if site_root is not None and site_root.resolve().is_relative_to(target):
        raise ConfigError(f"refusing to remove {target}: it holds the site's config")
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise ConfigError(f"refusing to remove {target}: not a folder site-gen made")
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).is_file():
        raise ConfigError(
            f"refusing to remove {target}: it was not made by site-gen (no {MARKER} inside)"
        )
    for folder in (state.folder, state.own.parent.parent):
        if folder.is_symlink() or not _holds_only_state(folder):
            raise ConfigError(f"refusing to remove {folder}: it holds files site-gen did not make")
    legacy = [target.parent / f".{target.name}.site-gen-{kind}" for kind in _LEGACY_SIDECARS]
    if site_root is not None:
        legacy.append(site_root.resolve() / ".site-gen-cache")
    # Without a config the state folder may hold other outputs' state: only this one's goes.
    own = [state.folder] if site_root is not None else [state.own]
    found: list[Path] = []
    for path in [target, *own, state.own, *legacy]:
        if (path.exists() or path.is_symlink()) and not any(path.is_relative_to(f) for f in found):
            found.append(path)
    return found


_STATE_FILE = re.compile(r"[\w.-]+\.sqlite(-wal|-shm|-journal)?|outputs")
_COMPILED_TEMPLATE = re.compile(r"__jinja2_[0-9a-f]+\.cache(?:\w*\.tmp)?")


def _holds_only_state(folder: Path) -> bool:
    """True for a state folder (or none): SQLite files (the cache and what else a build
    keeps), outputs/ and templates/ of compiled templates, nothing else."""
    if not folder.is_dir():
        return True
    return all(_STATE_FILE.fullmatch(p.name) or _is_compiled_templates(p) for p in folder.iterdir())


def _is_compiled_templates(path: Path) -> bool:
    return (
        path.name == COMPILED_TEMPLATES
        and path.is_dir()
        and not path.is_symlink()
        and all(_COMPILED_TEMPLATE.fullmatch(p.name) for p in path.iterdir())
    )


def remove_paths(paths: list[Path]) -> None:
    """Remove what clean_paths listed, then state folders left empty."""
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
    for path in paths:
        if path.parent.name == "outputs":
            for folder in (path.parent, path.parent.parent):
                with contextlib.suppress(OSError):
                    folder.rmdir()  # only when empty
