"""Which target to publish to: a [publish.NAME] table or --git/--rsync/--s3 on the command line."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from site_gen.core.config import Config
from site_gen.core.errors import ConfigError
from site_gen.edges.publish.safety import DEFAULT_MAX_DELETE_FRACTION

Kind = Literal["git", "rsync", "s3"]
KINDS: tuple[Kind, ...] = ("git", "rsync", "s3")
DEFAULT_BRANCH = "gh-pages"

_OPTIONAL_KEYS = {"branch", "cname", "endpoint_url", "max_delete_fraction"}


@dataclass(frozen=True, slots=True)
class Target:
    """Where and how to publish; `location` is a repository, an rsync destination or s3:// URL."""

    name: str
    kind: Kind
    location: str
    branch: str = DEFAULT_BRANCH
    cname: str | None = None
    endpoint_url: str | None = None
    max_delete_fraction: float = DEFAULT_MAX_DELETE_FRACTION
    # Local paths in site.toml mean the same from any working folder: relative to the file.
    base_dir: Path | None = None


def target_from_config(config: Config, name: str | None, origin: str = "site.toml") -> Target:
    """The named [publish.NAME] table, or the only one when no name is given."""
    tables = dict(config.publish)
    if name is None:
        if len(tables) != 1:
            listed = ", ".join(tables) or "none configured"
            raise ConfigError(f"{origin}: name a target ({listed}) or pass --git/--rsync/--s3")
        name = next(iter(tables))
    if name not in tables:
        known = ", ".join(tables) or "none"
        raise ConfigError(f"{origin}: no [publish.{name}] table (configured: {known})")
    target = _target_from_table(name, dict(tables[name]), f"{origin}: publish.{name}")
    return replace(target, base_dir=config.root)


def _target_from_table(name: str, table: dict[str, Any], where: str) -> Target:
    kinds = [k for k in KINDS if k in table]
    if len(kinds) != 1:
        raise ConfigError(f"{where}: set exactly one of git, rsync or s3")
    kind = kinds[0]
    unknown = set(table) - _OPTIONAL_KEYS - {kind}
    if unknown:
        raise ConfigError(f"{where}: unknown setting {sorted(unknown)[0]}")
    target = Target(
        name=name,
        kind=kind,
        location=_string(table, kind, where),
        branch=_string(table, "branch", where, DEFAULT_BRANCH),
        cname=_optional_string(table, "cname", where),
        endpoint_url=_optional_string(table, "endpoint_url", where),
        max_delete_fraction=_fraction(table.get("max_delete_fraction"), where),
    )
    return _checked(target, where)


def target_from_options(
    git: str | None,
    rsync: str | None,
    s3: str | None,
    branch: str | None,
    endpoint_url: str | None,
) -> Target | None:
    """A target given on the command line, or None when no --git/--rsync/--s3 was passed."""
    options: tuple[tuple[Kind, str | None], ...] = (("git", git), ("rsync", rsync), ("s3", s3))
    given = [(kind, value) for kind, value in options if value]
    if not given:
        return None
    if len(given) > 1:
        raise ConfigError("pass only one of --git, --rsync or --s3")
    kind, location = given[0]
    if branch is not None and kind != "git":
        raise ConfigError("--branch only applies to --git")
    if endpoint_url is not None and kind != "s3":
        raise ConfigError("--endpoint-url only applies to --s3")
    target = Target(
        name=kind,
        kind=kind,
        location=location,
        branch=branch or DEFAULT_BRANCH,
        endpoint_url=endpoint_url,
    )
    return _checked(target, f"--{kind}")


def _checked(target: Target, where: str) -> Target:
    """Catch a malformed S3 URL here, as a usage error, not halfway through a publish."""
    if target.kind == "s3":
        bucket = target.location.removeprefix("s3://").partition("/")[0]
        if not target.location.startswith("s3://") or not bucket:
            raise ConfigError(f"{where}: {target.location!r} is not of the form s3://BUCKET/PREFIX")
    return target


def _string(table: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = table.get(key, default)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}.{key} must be a non-empty string")
    return value


def _optional_string(table: dict[str, Any], key: str, where: str) -> str | None:
    return _string(table, key, where) if key in table else None


def _fraction(value: Any, where: str) -> float:
    if value is None:
        return DEFAULT_MAX_DELETE_FRACTION
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ConfigError(f"{where}.max_delete_fraction must be a number from 0 to 1")
    return float(value)
