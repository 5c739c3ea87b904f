"""site.toml text -> frozen Config, validated in one pass."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from site_gen.core.errors import ConfigError

DEFAULT_URLS = {
    "article": "/{year}/{month}/{day}/{slug}/",
    "section": "/sections/{slug}/",
    "tag": "/tags/{slug}/",
    "author": "/authors/{slug}/",
    "year": "/{year}/",
    "month": "/{year}/{month}/",
    "day": "/{year}/{month}/{day}/",
}


DEFAULT_ALIASES = (
    ("EU", "European Union"),
    ("U.S.", "United States"),
    ("UK", "United Kingdom"),
    ("UN", "United Nations"),
    ("US", "United States"),
    ("USA", "United States"),
)


@dataclass(frozen=True, slots=True)
class TagRules:
    max_per_article: int = 8
    min_mentions: int = 2
    stop: tuple[str, ...] = ()
    aliases: tuple[tuple[str, str], ...] = DEFAULT_ALIASES


@dataclass(frozen=True, slots=True)
class Config:
    """Everything a build needs to know, fixed before the first file is read."""

    root: Path = Path(".")
    title: str = "News Archive"
    description: str = "An archive of news articles."
    base_url: str = ""
    language: str = "en"
    timezone: str = "UTC"
    source_dirs: tuple[str, ...] = ("seeds",)
    output: str = "_site"
    per_page: int = 20
    feed_entries: int = 50
    feed_full_content: bool = True
    allow_html: bool = False
    search: bool = True
    urls: tuple[tuple[str, str], ...] = tuple(DEFAULT_URLS.items())
    tags: TagRules = field(default_factory=TagRules)
    # [[sources]] tables: extra source profiles, kept as plain data for parse/profiles.
    profiles: tuple[tuple[tuple[str, Any], ...], ...] = ()
    # [publish.<name>] tables, as plain data for publish/.
    publish: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()
    templates_dir: str | None = None
    static_dir: str | None = None
    news_sitemap_days: int = 2
    build_time: str | None = None  # reference "now" (ISO 8601) for reproducible builds
    parse_timeout: float = 10.0  # seconds one file may take to parse before it is skipped
    undated: str = "file-time"  # a copy printing no date: dated by its file's time, or "skip"
    has_file: bool = False  # read from a site.toml (else defaults, root = working folder)

    def url_pattern(self, kind: str) -> str:
        return dict(self.urls)[kind]

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


_SITE_KEYS = {
    "title": str,
    "description": str,
    "base_url": str,
    "language": str,
    "timezone": str,
    "output": str,
    "per_page": int,
    "feed_entries": int,
    "feed_full_content": bool,
    "allow_html": bool,
    "search": bool,
    "templates_dir": str,
    "static_dir": str,
    "news_sitemap_days": int,
    "build_time": str,
    "parse_timeout": float,
    "undated": str,
}


def load_config(path: Path | None, root: Path | None = None) -> Config:
    """Read site.toml (or defaults when there is none) and check every value once."""
    if path is None:
        return Config(root=(root or Path.cwd()).resolve())
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: config file not found") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    return config_from_dict(data, path.resolve().parent, str(path))


def config_from_dict(data: dict[str, Any], root: Path, origin: str = "site.toml") -> Config:
    site = data.get("site", {})
    if not isinstance(site, dict):
        raise ConfigError(f"{origin}: [site] must be a table")
    values: dict[str, Any] = {}
    for key, value in site.items():
        if key in ("sources", "source_dirs"):
            values["source_dirs"] = _string_tuple(value, f"{origin}: site.{key}")
            continue
        expected = _SITE_KEYS.get(key)
        if expected is None:
            raise ConfigError(f"{origin}: unknown setting site.{key}")
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)  # "parse_timeout = 10" means 10.0
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            kind = "a number" if expected is float else expected.__name__
            raise ConfigError(f"{origin}: site.{key} must be {kind}")
        values[key] = value
    if values.get("per_page", 20) < 1:
        raise ConfigError(f"{origin}: site.per_page must be at least 1")
    _check_zone(values.get("timezone", "UTC"), f"{origin}: site.timezone")
    _check_site_values(values, origin)
    values["base_url"] = values.get("base_url", "").rstrip("/")
    urls = dict(DEFAULT_URLS)
    for kind, pattern in data.get("urls", {}).items():
        if kind not in urls or not isinstance(pattern, str):
            raise ConfigError(f"{origin}: unknown or invalid url pattern urls.{kind}")
        if not (pattern.startswith("/") and pattern.endswith("/")):
            raise ConfigError(f"{origin}: urls.{kind} must start and end with '/'")
        urls[kind] = pattern
    profiles = data.get("sources", [])
    if not isinstance(profiles, list) or not all(isinstance(p, dict) for p in profiles):
        raise ConfigError(f"{origin}: [[sources]] must be an array of tables")
    profiles = [_with_profile_file(p, root, origin) for p in profiles]
    publish = data.get("publish", {})
    if not isinstance(publish, dict):
        raise ConfigError(f"{origin}: [publish.<name>] must be tables")
    return Config(
        root=root,
        has_file=True,
        urls=tuple(urls.items()),
        tags=_tag_rules(data.get("tags", {}), origin),
        profiles=tuple(tuple(sorted(p.items())) for p in profiles),
        publish=tuple((name, tuple(sorted(t.items()))) for name, t in sorted(publish.items())),
        **values,
    )


def _with_profile_file(table: dict[str, Any], root: Path, origin: str) -> dict[str, Any]:
    """A [[sources]] table with `profile = "site.yaml"` (a file `site-gen profile learn`
    wrote, relative to site.toml): the file's settings, then the table's own on top.
    Inlined here, so the parse cache sees the file's content, not only its name."""
    if "profile" not in table:
        return table
    name = table["profile"]
    if not isinstance(name, str):
        raise ConfigError(f"{origin}: [[sources]] profile must be the path of a YAML file")
    path = root / name
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{origin}: [[sources]] profile {name!r}: file not found") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigError(f"{origin}: [[sources]] profile {name!r}: {reason}") from None
    if not isinstance(loaded, dict):
        raise ConfigError(f"{origin}: [[sources]] profile {name!r}: not a YAML table")
    rest = {k: v for k, v in table.items() if k != "profile"}
    return {**loaded, **rest}


def _tag_rules(table: dict[str, Any], origin: str) -> TagRules:
    aliases = table.get("aliases", {})
    if not isinstance(aliases, dict):
        raise ConfigError(f"{origin}: tags.aliases must be a table")
    return TagRules(
        max_per_article=int(table.get("max_per_article", 8)),
        min_mentions=int(table.get("min_mentions", 2)),
        stop=_string_tuple(table.get("stop", []), f"{origin}: tags.stop"),
        aliases=tuple(
            sorted(
                {**dict(DEFAULT_ALIASES), **{str(k): str(v) for k, v in aliases.items()}}.items()
            )
        ),
    )


def _string_tuple(value: Any, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{what} must be a list of strings")
    return tuple(value)


def _check_site_values(values: dict[str, Any], origin: str) -> None:
    """Values whose type is right but whose content feeds, sitemaps or metadata cannot use."""
    base_url = values.get("base_url", "")
    if base_url and not base_url.startswith(("http://", "https://")):
        raise ConfigError(f"{origin}: site.base_url must start with http:// or https://")
    if values.get("feed_entries", 50) < 1:
        raise ConfigError(f"{origin}: site.feed_entries must be at least 1")
    if values.get("undated", "file-time") not in ("file-time", "skip"):
        raise ConfigError(f'{origin}: site.undated must be "file-time" or "skip"')
    if values.get("parse_timeout", 10.0) <= 0:
        raise ConfigError(f"{origin}: site.parse_timeout must be more than 0 seconds")
    if values.get("news_sitemap_days", 2) < 0:
        raise ConfigError(f"{origin}: site.news_sitemap_days must not be negative")
    build_time = values.get("build_time")
    if build_time is not None:
        try:
            datetime.fromisoformat(build_time)
        except ValueError:
            raise ConfigError(
                f"{origin}: site.build_time {build_time!r} is not an ISO 8601 date-time; "
                "write e.g. 2024-05-01T12:00:00+00:00"
            ) from None


def _check_zone(name: str, what: str) -> None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"{what}: unknown time zone {name!r}") from exc


def find_config(start: Path) -> Path | None:
    """The site.toml in the working folder, if any (like hugo.toml / pelicanconf.py)."""
    candidate = start / "site.toml"
    return candidate if candidate.is_file() else None
