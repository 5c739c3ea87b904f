"""Where templates and static files come from: the site's own, then the built-in theme."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from site_gen.core.config import Config

_PACKAGE = Path(__file__).resolve().parent.parent  # site_gen/


def builtin_dir(name: str) -> Path:
    """`templates` or `static` of the built-in theme (installed wheel, or the source checkout)."""
    installed = _PACKAGE / "_theme" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


@dataclass(frozen=True, slots=True)
class Theme:
    template_dirs: tuple[str, ...]  # searched in order: a site template overrides by name
    static_dirs: tuple[str, ...]  # copied in reverse order: the site's files win
    # (path, mtime_ns, size) of every template file when the theme was taken; empty when
    # not taken, and then the renderer checks each template file as it uses it
    template_files: tuple[tuple[str, int, int], ...] = ()
    # Where a build keeps its templates compiled (beside its cache), so that a process
    # loads them instead of compiling them again: 0.15 s of every build that renders.
    compiled_dir: str | None = None


def theme_for(config: Config) -> Theme:
    templates = [str(builtin_dir("templates"))]
    statics = [str(builtin_dir("static"))]
    site_templates = config.root / (config.templates_dir or "templates")
    site_static = config.root / (config.static_dir or "static")
    if site_templates.is_dir() and str(site_templates.resolve()) != templates[0]:
        templates.insert(0, str(site_templates.resolve()))
    if site_static.is_dir() and str(site_static.resolve()) != statics[0]:
        statics.insert(0, str(site_static.resolve()))
    return Theme(tuple(templates), tuple(statics), template_files(templates))


def template_files(template_dirs: list[str]) -> tuple[tuple[str, int, int], ...]:
    """Every file in the template folders with its mtime and size: a different value
    means a template was added, removed or edited since."""
    found = []
    for folder in template_dirs:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file():
                stat = path.stat()
                found.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(found)
