"""site.toml text -> frozen Config: decoded into msgspec Structs (types, unknown keys),
then the values checked; every problem is one line `site.toml: [section] key: what`."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import msgspec
import yaml

from site_gen.core.config_check import decode_tables, shown
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


class _SiteTable(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """[site] as written in site.toml (defaults: Config's)."""

    title: str = "News Archive"
    description: str = "An archive of news articles."
    base_url: str = ""
    language: str = "en"
    timezone: str = "UTC"
    sources: str | list[str] | None = None
    source_dirs: str | list[str] | None = None  # the older name of `sources`
    output: str = "_site"
    per_page: Annotated[int, msgspec.Meta(ge=1)] = 20
    feed_entries: Annotated[int, msgspec.Meta(ge=1)] = 50
    feed_full_content: bool = True
    allow_html: bool = False
    search: bool = True
    templates_dir: str | None = None
    static_dir: str | None = None
    news_sitemap_days: Annotated[int, msgspec.Meta(ge=0)] = 2
    build_time: str | None = None
    parse_timeout: Annotated[float, msgspec.Meta(gt=0)] = 10.0  # "= 10" means 10.0
    undated: str = "file-time"


class _UrlsTable(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    article: str = DEFAULT_URLS["article"]
    section: str = DEFAULT_URLS["section"]
    tag: str = DEFAULT_URLS["tag"]
    author: str = DEFAULT_URLS["author"]
    year: str = DEFAULT_URLS["year"]
    month: str = DEFAULT_URLS["month"]
    day: str = DEFAULT_URLS["day"]


class _TagsTable(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    max_per_article: Annotated[int, msgspec.Meta(ge=0)] = 8
    min_mentions: Annotated[int, msgspec.Meta(ge=0)] = 2
    stop: str | list[str] = []
    aliases: dict[str, str] = {}


class _SiteToml(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """The whole file. [[sources]] are profiles (checked by parse/profiles) and
    [publish.NAME] targets (checked by publish/target), kept here as plain tables."""

    site: _SiteTable = msgspec.field(default_factory=_SiteTable)
    urls: _UrlsTable = msgspec.field(default_factory=_UrlsTable)
    tags: _TagsTable = msgspec.field(default_factory=_TagsTable)
    sources: list[dict[str, Any]] = []
    publish: dict[str, dict[str, Any]] = {}


def load_config(path: Path | None, root: Path | None = None) -> Config:
    """Read site.toml (or defaults when there is none) and check every value once."""
    if path is None:
        return Config(root=(root or Path.cwd()).resolve())
    origin = shown_path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{origin}: config file not found") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{origin}: invalid TOML: {exc}") from exc
    return config_from_dict(data, path.resolve().parent, origin)


def shown_path(path: Path) -> str:
    """The config's path as messages name it: relative to the working folder when inside."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def config_from_dict(data: dict[str, Any], root: Path, origin: str = "site.toml") -> Config:
    """ConfigError with one line per problem: `site.toml: [section] key: what is wrong`."""
    toml = decode_tables(data, _SiteToml, origin)
    problems = _site_problems(toml.site, origin) + _url_problems(toml.urls, origin)
    if problems:
        raise ConfigError("\n".join(problems))
    site = toml.site
    sources = site.sources if site.sources is not None else site.source_dirs
    tags = toml.tags
    profiles = [_with_profile_file(p, root, origin) for p in toml.sources]
    return Config(
        root=root,
        has_file=True,
        title=site.title,
        description=site.description,
        base_url=site.base_url.rstrip("/"),
        language=site.language,
        timezone=site.timezone,
        source_dirs=_strings(sources) if sources is not None else ("seeds",),
        output=site.output,
        per_page=site.per_page,
        feed_entries=site.feed_entries,
        feed_full_content=site.feed_full_content,
        allow_html=site.allow_html,
        search=site.search,
        urls=tuple((kind, getattr(toml.urls, kind)) for kind in DEFAULT_URLS),
        tags=TagRules(
            max_per_article=tags.max_per_article,
            min_mentions=tags.min_mentions,
            stop=_strings(tags.stop),
            aliases=tuple(sorted({**dict(DEFAULT_ALIASES), **tags.aliases}.items())),
        ),
        profiles=tuple(tuple(sorted(p.items())) for p in profiles),
        publish=tuple((name, tuple(sorted(t.items()))) for name, t in sorted(toml.publish.items())),
        templates_dir=site.templates_dir,
        static_dir=site.static_dir,
        news_sitemap_days=site.news_sitemap_days,
        build_time=site.build_time,
        parse_timeout=site.parse_timeout,
        undated=site.undated,
    )


def _strings(value: str | list[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _with_profile_file(table: dict[str, Any], root: Path, origin: str) -> dict[str, Any]:
    """A [[sources]] table with `profile = "site.yaml"` (a file `site-gen profile learn`
    wrote, relative to site.toml): the file's settings, then the table's own on top.
    Inlined here, so the parse cache sees the file's content, not only its name."""
    if "profile" not in table:
        return table
    name = table["profile"]
    if not isinstance(name, str):
        raise ConfigError(f"{origin}: [[sources]] profile: expected the path of a YAML file")
    path = root / name
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{origin}: [[sources]] profile: {name!r}: file not found") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigError(f"{origin}: [[sources]] profile: {name!r}: {reason}") from None
    if not isinstance(loaded, dict):
        raise ConfigError(f"{origin}: [[sources]] profile: {name!r}: not a YAML table")
    rest = {k: v for k, v in table.items() if k != "profile"}
    return {**loaded, **rest}


def _site_problems(site: _SiteTable, origin: str) -> list[str]:
    """Values of the right type that feeds, sitemaps, dates or metadata cannot use."""
    problems = []

    def problem(key: str, what: str) -> None:
        problems.append(f"{origin}: [site] {key}: {what}")

    if site.base_url and not site.base_url.startswith(("http://", "https://")):
        problem("base_url", f"must start with http:// or https://, got {shown(site.base_url)}")
    if site.undated not in ("file-time", "skip"):
        problem("undated", f'expected "file-time" or "skip", got {shown(site.undated)}')
    try:
        ZoneInfo(site.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problem("timezone", f"unknown time zone {shown(site.timezone)}")
    if site.sources is not None and site.source_dirs is not None:
        problem("source_dirs", "is the older name of sources; set only one")
    if site.build_time is not None:
        try:
            datetime.fromisoformat(site.build_time)
        except ValueError:
            problem(
                "build_time",
                f"{shown(site.build_time)} is not an ISO 8601 date-time; "
                "write e.g. 2024-05-01T12:00:00+00:00",
            )
    return problems


def _url_problems(urls: _UrlsTable, origin: str) -> list[str]:
    return [
        f"{origin}: [urls] {kind}: must start and end with '/', got {shown(pattern)}"
        for kind in DEFAULT_URLS
        if not ((pattern := getattr(urls, kind)).startswith("/") and pattern.endswith("/"))
    ]


def find_config(start: Path) -> Path | None:
    """The site.toml in the working folder, if any (like hugo.toml / pelicanconf.py)."""
    candidate = start / "site.toml"
    return candidate if candidate.is_file() else None
