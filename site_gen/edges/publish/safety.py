"""Checks that stop a publish before it can do harm: a broken build, a wrong target, a purge."""

from __future__ import annotations

import json
import os
from pathlib import Path

from site_gen.edges.publish.base import BUILD_MARKER, BuiltSite, PublishError
from site_gen.edges.publish.plan import PublishPlan

DEFAULT_MAX_DELETE_FRACTION = 0.5

# Never published: version control folders would leak history, and the marker is build data.
SKIPPED_DIRS = frozenset({".git", ".hg", ".svn"})


def load_built_site(output: Path) -> BuiltSite:
    """The build in `output`, or PublishError when it is missing, empty, or marked failed."""
    if not output.is_dir():
        raise PublishError(f"{output}: no built site here; run 'site-gen build' first")
    articles = _read_marker(output / BUILD_MARKER)
    files = _list_files(output)
    if not files:
        raise PublishError(f"{output}: the built site is empty; run 'site-gen build' first")
    if "index.html" not in files:
        raise PublishError(f"{output}: no index.html; refusing to publish an incomplete site")
    return BuiltSite(root=output, files=files, articles=articles)


def _read_marker(marker: Path) -> int | None:
    """Article count from the build marker; a missing marker is fine, a failed build is not."""
    if not marker.is_file():
        return None
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PublishError(f"{marker}: unreadable build marker; rebuild the site") from exc
    if not isinstance(data, dict) or data.get("ok") is not True:
        raise PublishError(f"{marker}: the last build failed; fix it and rebuild before publishing")
    articles = data.get("articles")
    return articles if isinstance(articles, int) and not isinstance(articles, bool) else None


def _list_files(root: Path) -> tuple[str, ...]:
    """Every file to publish. Builds never write links, and quick rebuilds trust the output
    tree instead of re-walking it, so publishing (which walks it anyway) is where a link
    planted in the output is caught before it could expose a file from elsewhere."""
    found: list[str] = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIPPED_DIRS]
        relative = Path(folder).relative_to(root)
        for name in dirs + names:
            if os.path.islink(os.path.join(folder, name)):
                raise PublishError(
                    f"{root / relative / name}: a symbolic link in the built site (site-gen "
                    "writes none); rebuild with 'site-gen build --full' before publishing"
                )
        for name in names:
            path = (relative / name).as_posix()
            if path != BUILD_MARKER:
                found.append(path)
    return tuple(sorted(found))


def check_destination(target: Path, source_dir: Path, output: Path) -> None:
    """Refuse a local target whose stale-file deletion could wipe out something precious."""
    resolved = target.expanduser().resolve()
    if resolved == Path(resolved.anchor):
        raise PublishError(f"{target}: refusing to publish to the root of the file system")
    forbidden = {
        Path.home().resolve(): "your home directory",
        Path.cwd().resolve(): "the current directory",
        source_dir.resolve(): "the site's source directory",
    }
    for place, what in forbidden.items():
        if resolved == place or resolved in place.parents:
            raise PublishError(f"{target}: refusing to publish to {what} or a folder above it")
    built = output.resolve()
    if resolved == built or built in resolved.parents or resolved in built.parents:
        raise PublishError(f"{target}: the target overlaps the built site in {output}")


def check_remote_path(path: str, target: str) -> None:
    """The path part of `host:path`; we cannot resolve it, so refuse the obvious dangers."""
    bare = path.strip().rstrip("/")
    if bare in ("", "~", ".", "/") or set(bare) <= {"/", "."}:
        raise PublishError(f"{target}: refusing to publish to a home or root directory")


def check_deletions(plan: PublishPlan, max_fraction: float, force: bool) -> None:
    """Deleting most of what is online is usually a broken build; make the user say so."""
    if force or plan.delete_fraction <= max_fraction:
        return
    raise PublishError(
        f"would delete {len(plan.delete)} of {plan.remote_count} files at the target"
        f" (more than {max_fraction:.0%}); check the build or pass --force"
    )
