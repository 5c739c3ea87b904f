"""Which target to publish to: a [publish.NAME] table or --git/--rsync/--s3 on the command line."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec

from site_gen.core.config import Config
from site_gen.core.config_check import decode_tables, shown
from site_gen.core.errors import ConfigError
from site_gen.edges.publish.safety import DEFAULT_MAX_DELETE_FRACTION

Kind = Literal["git", "rsync", "s3"]
KINDS: tuple[Kind, ...] = ("git", "rsync", "s3")
DEFAULT_BRANCH = "gh-pages"


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
    target = _target_from_table(name, dict(tables[name]), origin)
    return replace(target, base_dir=config.root)


class _PublishTable(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """A [publish.NAME] table as written in site.toml."""

    git: str | None = None
    rsync: str | None = None
    s3: str | None = None
    branch: str = DEFAULT_BRANCH
    cname: str | None = None
    endpoint_url: str | None = None
    max_delete_fraction: Annotated[float, msgspec.Meta(ge=0, le=1)] = DEFAULT_MAX_DELETE_FRACTION


def _target_from_table(name: str, table: dict[str, Any], origin: str) -> Target:
    where = f"{origin}: [publish.{name}]"
    fields = decode_tables(table, _PublishTable, origin, within=f"publish.{name}")
    locations = [
        (kind, getattr(fields, kind)) for kind in KINDS if getattr(fields, kind) is not None
    ]
    if len(locations) != 1:
        raise ConfigError(f"{where}: set exactly one of git, rsync or s3")
    kind, location = locations[0]
    for key in (kind, "branch", "cname", "endpoint_url"):
        value = getattr(fields, key)
        if value is not None and not value.strip():
            raise ConfigError(f"{where} {key}: expected a non-empty string, got {shown(value)}")
    target = Target(
        name=name,
        kind=kind,
        location=location,
        branch=fields.branch,
        cname=fields.cname,
        endpoint_url=fields.endpoint_url,
        max_delete_fraction=fields.max_delete_fraction,
    )
    return _checked(target, f"{where} {kind}")


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
