"""What a build depends on besides its sources: one frozen record, encoded canonically.

The record names the site_gen version, the settings, the parse settings and a digest of
each folder a build reads (templates, static files, the code). Its digest decides
whether the last build's plan still holds; a page's fingerprint is that digest hashed
with the page's own data (site_gen.engine.fingerprint). Every folder is hashed by the one
`tree_digest`, and every value is encoded as sorted JSON, so equal settings give equal
bytes in any process (pickle output depends on how objects happen to be shared).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import date, datetime, time
from functools import cached_property
from pathlib import Path, PurePath

from site_gen import __version__
from site_gen.core.config import Config
from site_gen.parse import PARSER_VERSION

PACKAGE = Path(__file__).resolve().parents[1]  # site_gen/, every part of it
CODE_SUFFIXES = (".py", ".yaml")  # the package's code and its data files (parse profiles)


def tree_digest(folders: Iterable[Path | str], suffixes: tuple[str, ...] = ()) -> str:
    """sha256 of every file under the folders, subfolders included: relative path and
    bytes, in sorted order. `suffixes` limits it to files ending so (else all files)."""
    digest = hashlib.sha256()
    for folder in map(Path, folders):
        digest.update(f"{folder.name}\0".encode())
        for path in sorted(folder.rglob("*")):
            if path.is_file() and (not suffixes or path.suffix in suffixes):
                name = path.relative_to(folder).as_posix().encode()
                data = path.read_bytes()
                digest.update(b"%d\0%s%d\0%s" % (len(name), name, len(data), data))
    return digest.hexdigest()


def plain(value: object) -> object:
    """The value as JSON-ready data: records as objects of their fields, tuples as lists."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (tuple, list)):
        return [plain(item) for item in value]
    if isinstance(value, PurePath):
        return value.as_posix()
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    raise TypeError(f"no canonical encoding for {type(value).__name__}")


def canonical_json(value: object) -> bytes:
    return json.dumps(
        plain(value), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")


def parse_key(config: Config) -> str:
    """What parsing depends on besides the bytes: the parse settings and the parser's
    code. Cached articles are stored under it (templates and lists do not matter here)."""
    settings = {
        "parser_version": PARSER_VERSION,
        "profiles": config.profiles,
        "timezone": config.timezone,
        "allow_html": config.allow_html,
        "tags": config.tags,
        "undated": config.undated,
        "language": config.language,
        "code": tree_digest([PACKAGE / "parse"], CODE_SUFFIXES),
    }
    return hashlib.sha256(canonical_json(settings)).hexdigest()[:16]


@dataclass(frozen=True)  # no slots: cached_property keeps the digests in __dict__
class BuildRecord:
    """Everything besides the sources that the output depends on."""

    version: str
    settings: Config
    site: object  # render.SiteInfo: what every template may show about the site
    parse: str  # parse_key
    templates: str  # tree_digest of the template folders
    static: str  # tree_digest of the static folders
    code: str  # tree_digest of the site_gen package, subpackages included
    include_drafts: bool
    index_search: bool

    def encoded(self) -> bytes:
        return canonical_json(self)

    @cached_property
    def digest(self) -> str:
        return hashlib.sha256(self.encoded()).hexdigest()

    @cached_property
    def pages_digest(self) -> str:
        """The part a rendered page depends on: static files are copied, not rendered
        into pages, and the flags decide which pages exist, not what one holds. So an
        edited stylesheet re-renders nothing."""
        return replace(self, static="", include_drafts=False, index_search=False).digest


def build_record(
    config: Config,
    site: object,
    template_dirs: Iterable[str],
    static_dirs: Iterable[str],
    *,
    include_drafts: bool,
    index_search: bool,
) -> BuildRecord:
    return BuildRecord(
        version=__version__,
        settings=config,
        site=site,
        parse=parse_key(config),
        templates=tree_digest(template_dirs),
        static=tree_digest(static_dirs),
        code=tree_digest([PACKAGE], CODE_SUFFIXES),
        include_drafts=include_drafts,
        index_search=index_search,
    )
