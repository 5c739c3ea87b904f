"""The metadata block atop a Markdown file, in the forms other generators write, and their
field names mapped to ours, so an archive kept with Jekyll, Hugo, Zola or Pelican builds
as it is:

- YAML between `---` lines (Jekyll, Hugo, Zola, Eleventy; read by python-frontmatter);
- TOML between `+++` lines (Hugo, Zola; read by the standard library's tomllib);
- a JSON object (Hugo);
- `Key: value` lines down to the first blank line (Pelican, MultiMarkdown), with a `Title`;
- none at all: the caller finds the headline in the body.

Keys are read without regard to case (Hugo's `publishDate`, Pelican's `Title`).
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from typing import Any

import frontmatter
import yaml

from site_gen.parse.fields import Unparseable

# Our name <- the names other generators give the field, the first present winning.
# ("published" is Jekyll's switch when it is true or false, a date otherwise: see _meta.)
ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "date": ("date", "publishdate", "pubdate", "published", "date_published"),
    "updated": ("updated", "modified", "lastmod", "last_modified_at", "last_modified"),
    "section": ("section", "category", "categories"),
    "author": ("author", "authors"),
    "tags": ("tags",),
    "summary": ("summary", "description", "excerpt"),
    "slug": ("slug",),
    "lang": ("lang", "language"),
    "aliases": ("aliases", "redirect_from"),
    # web clippers (Obsidian's, MarkDownload): the page's address and when it was clipped
    "clipped_from": ("source", "source_url"),
    "captured": ("captured", "clipped", "created"),
}
_KNOWN = {name for names in ALIASES.values() for name in names}

# Pelican's header: "Title: Budget day", "Date: 2021-03-05 10:15", "Tags: a, b".
_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z0-9_-]{0,40}):[ \t]*(.*)")
_MAX_HEADER_LINES = 60
# A JSON object opens with a key or closes at once; "{{< figure >}}" (a Hugo shortcode
# atop a body) is no front matter.
_JSON_START = re.compile(r'\{\s*["}]')


@dataclass(frozen=True, slots=True)
class Header:
    meta: dict[str, Any]  # our field names; values as the format gave them
    body: str
    kind: str  # "yaml", "toml", "json", "pelican" or "none"


def split_header(text: str) -> Header:
    """The metadata (field names mapped to ours) and the Markdown under it."""
    start = text.lstrip()
    if start.startswith("---"):
        meta, body = _yaml(text)
        kind = "yaml"
    elif start.startswith("+++"):
        meta, body = _toml(start)
        kind = "toml"
    elif _JSON_START.match(start):
        meta, body = _json(start)
        kind = "json"
    elif (found := _pelican(text)) is not None:
        meta, body = found
        kind = "pelican"
    else:
        return Header({}, text, "none")
    return Header(canonical(meta), body, kind)


# Fields besides the title that show a text file's `Key: value` lines are a CMS's record
# of its article (an export, a Pelican or MultiMarkdown file saved as .txt), not a page.
_RECORD_FIELDS = frozenset(("date", "author", "section", "tags", "slug", "updated"))
_RECORD_FIELDS_SEEN = 2


def is_article_record(text: str) -> bool:
    """A text file that opens with a `Key: value` header naming its title, date, writer."""
    if not text.lstrip("\n")[:6].casefold().startswith("title:"):
        return False  # most copies: the test costs one comparison
    header = split_header(text)
    fields = _RECORD_FIELDS.intersection(header.meta)
    return header.kind == "pelican" and len(fields) >= _RECORD_FIELDS_SEEN


def canonical(meta: dict[Any, Any]) -> dict[str, Any]:
    """Keys folded to lower case and other generators' names mapped to ours; a key we do
    not map stays under its folded name (our own fields: draft, timezone, captions...)."""
    folded: dict[str, Any] = {}
    for key, value in meta.items():
        folded.setdefault(str(key).casefold(), value)
    published = folded.get("published")
    if isinstance(published, bool):  # Jekyll's "published: false" is a draft
        del folded["published"]
        if not published:
            folded.setdefault("draft", True)
    status = folded.get("status")
    if isinstance(status, str) and status.strip().casefold() in ("draft", "hidden"):
        folded.setdefault("draft", True)  # Pelican's "Status: draft"
    result = {key: value for key, value in folded.items() if key not in _KNOWN}
    for ours, names in ALIASES.items():
        present = next((name for name in names if folded.get(name) not in (None, "")), None)
        if present is not None:
            result[ours] = folded[present]
    return result


def _yaml(text: str) -> tuple[dict[Any, Any], str]:
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1  # +1 for 1-based, +1 for '---'
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise Unparseable(line, f"malformed front matter: {problem}") from None
    except ValueError as exc:
        raise Unparseable(1, f"malformed front matter: {exc}") from None
    return _mapping(post.metadata), post.content


def _toml(text: str) -> tuple[dict[Any, Any], str]:
    first, _, rest = text.partition("\n")
    if first.strip() != "+++":
        raise Unparseable(1, "malformed front matter: '+++' must stand on a line of its own")
    lines = rest.split("\n")
    end = next((n for n, line in enumerate(lines) if line.strip() == "+++"), None)
    if end is None:
        raise Unparseable(1, "malformed front matter: no closing '+++' line")
    try:
        meta = tomllib.loads("\n".join(lines[:end]))
    except tomllib.TOMLDecodeError as exc:
        # tomllib says "... (at line N, column M)"; line N of the block is line N+1 of the file
        found = re.search(r"at line (\d+)", str(exc))
        line = int(found.group(1)) + 1 if found else 1
        problem = str(exc).split(" (at line")[0]
        raise Unparseable(line, f"malformed front matter: {problem}") from None
    return meta, "\n".join(lines[end + 1 :])


def _json(text: str) -> tuple[dict[Any, Any], str]:
    try:
        meta, end = json.JSONDecoder().raw_decode(text)
    except json.JSONDecodeError as exc:
        raise Unparseable(exc.lineno, f"malformed front matter: {exc.msg}") from None
    return _mapping(meta), text[end:].lstrip(" \t").removeprefix("\n")


def _pelican(text: str) -> tuple[dict[str, str], str] | None:
    """`Key: value` lines from the top to the first blank line, one of them the title;
    anything else (a body that opens with "Note: ...") is no header."""
    lines = text.lstrip("\n").split("\n", _MAX_HEADER_LINES + 1)
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[: _MAX_HEADER_LINES + 1]):
        if not line.strip():
            if "title" not in {key.casefold() for key in meta}:
                return None
            return meta, "\n".join(lines[number + 1 :])
        matched = _HEADER_LINE.fullmatch(line.rstrip())
        if matched is None:
            return None
        meta.setdefault(matched.group(1), matched.group(2).strip())
    return None


def _mapping(meta: object) -> dict[Any, Any]:
    if not isinstance(meta, dict):
        raise Unparseable(1, "front matter must be a mapping of fields")
    return meta
