"""Markdown files with front matter -> Extracted fields (markdown_meta reads the block)."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import cache
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from markdown_it import MarkdownIt

from site_gen.core.model import FieldNote
from site_gen.parse import dates
from site_gen.parse.decode import clean_inline
from site_gen.parse.fields import Extracted, PlainCopy, Unparseable
from site_gen.parse.language import is_language_tag
from site_gen.parse.lines import split_on_joiners
from site_gen.parse.markdown_meta import split_header

FRONT_MATTER_FIELDS = (
    "title",
    "date",
    "updated",
    "section",
    "author",
    "publisher",
    "tags",
    "captions",
)
# Deeply nested lists/quotes cost recursion in the renderer; beyond this they stay text.
MAX_NESTING = 40


@cache
def markdown_renderer(allow_html: bool) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": allow_html, "maxNesting": MAX_NESTING})
    return md.enable("table").enable("strikethrough")


def parse_markdown(
    text: str,
    default_zone: str,
    allow_html: bool,
    name: str = "",
    file_time: float | None = None,
    undated: str = "file-time",
) -> Extracted:
    """`name` is the file's name (Jekyll's `2021-03-05-budget.md` dates a post without a
    date field); `file_time` dates one with neither, unless `undated` is "skip"."""
    header = split_header(text)
    meta = header.meta
    md = markdown_renderer(allow_html)
    lead, body = _split_at_more(header.body)
    tokens = md.parse(body)
    original_url, url_problem = _original_url(meta)
    title = _text_field(meta, "title")
    if not title:
        title, tokens = _opening_headline(tokens)
        title = title and _without_site_of(title, original_url)
    excerpt, tokens = _clipped_excerpt(tokens)
    if not title:
        problem = "no title: no front matter 'title:', and no '# Headline' opens the body"
        raise (PlainCopy if header.kind == "none" else Unparseable)(1, problem)
    warnings: list[str] = []
    zone = _zone_field(meta, default_zone)
    published, precision, zone_name = _date_field(meta, "date", zone, warnings)
    date_source = _date_source(meta.get("date_source"))
    captured, _, _ = _date_field(meta, "captured", zone, warnings)
    if published is None and captured is not None and original_url is None:
        # "created" with no page address: a post's own date (a clipper names its source)
        published, precision, zone_name = captured, "minute", zone
        captured = None
    if published is None:
        published, precision, date_source = _unstated_date(name, file_time, undated, zone)
        if captured is not None and date_source == "file":
            # a clipper's "created": the day the page was saved, nearer than the file's time
            published, precision, date_source = _day_of(captured), "day", "capture"
            warnings.append("no date in the front matter; dated by the day it was clipped")
        elif date_source == "file":
            shown = published.strftime("%Y-%m-%d %H:%M")
            warnings.append(f"no date in the front matter; dated by the file's time ({shown})")
    if "timezone" in meta:
        zone_name = zone  # the zone the copy was read in, kept by `site-gen import`
    modified, _, _ = _date_field(meta, "updated", zone, warnings)
    if url_problem:
        warnings.append(url_problem)
    paragraphs = tuple(_plain_blocks(tokens))
    aliases = _alias_urls(meta.get("aliases"), warnings)
    tags = _list_field(meta, "tags")
    lang = _text_field(meta, "lang")
    if lang is not None and not is_language_tag(lang):
        raise Unparseable(1, f"lang: {lang[:40]!r} is not a language tag such as 'bn' or 'en-GB'")
    return Extracted(
        title=title,
        published=published,
        modified=modified,
        section=_first_text(meta, "section"),
        byline=_names(meta.get("author")),
        publisher=_text_field(meta, "publisher"),
        paragraphs=paragraphs,
        timezone=zone_name,
        date_precision=precision,
        profile="markdown",
        body_html=md.renderer.render(tokens, md.options, {}),
        tags=tags,
        is_tags_explicit="tags" in meta,
        summary=_text_field(meta, "summary") or excerpt or _lead_summary(md, lead),
        slug=_text_field(meta, "slug"),
        is_draft=_is_draft(meta.get("draft")),
        captions=_list_field(meta, "captions"),
        warnings=tuple(warnings),
        lang=lang,
        # "date_source: file" or "capture" (written by `import`): the date is a file's time
        # or a capture stamp's day, not printed
        date_source=date_source,
        notes=tuple(
            FieldNote(
                field,
                f"front matter '{field}'" if field in meta else "not in front matter",
                1.0 if field in meta else 0.0,
            )
            for field in FRONT_MATTER_FIELDS
        ),
        original_url=original_url,  # kept by `site-gen import` of a saved page
        captured=captured,
        aliases=aliases,
    )


# Hugo's summary divider, Jekyll's default excerpt separator: "<!--more-->" on its own line
_MORE = re.compile(r"^[ \t]*<!--[ \t]*more[ \t]*-->[ \t]*$", re.MULTILINE | re.IGNORECASE)


def _original_url(meta: dict[str, Any]) -> tuple[str | None, str | None]:
    """The page's address (ours, or a clipper's "source"), and a warning when ours is no
    web address; a "source" that is no address is a credit ("source: Reuters"), unread."""
    ours = _text_field(meta, "original_url")
    if ours is not None and not ours.startswith(_WEB):
        return None, "original_url is not an http(s) address; ignored"
    clipped = _text_field(meta, "clipped_from")
    return ours or (clipped if clipped and clipped.startswith(_WEB) else None), None


_WEB = ("http://", "https://")


def _without_site_of(title: str, url: str | None) -> str:
    """A clipped page's "<headline> | Harbour Gazette": the site's name, known from the
    address it was clipped from (harbourgazette.example), is no part of the headline."""
    head, bar, site = title.rpartition(" | ")
    if not bar or not url or not head.strip():
        return title
    host = urlsplit(url).hostname or ""
    squashed = "".join(c for c in site.casefold() if c.isalnum())
    labels = [label for label in host.casefold().split(".") if label != "www"]
    return head.rstrip() if squashed and squashed in labels else title


def _clipped_excerpt(tokens: list[Any]) -> tuple[str | None, list[Any]]:
    """MarkDownload's "> ## Excerpt" quote atop the body: the page's summary, not its text."""
    if len(tokens) < 4 or tokens[0].type != "blockquote_open":
        return None, tokens
    if tokens[1].type != "heading_open" or tokens[2].content.strip().casefold() != "excerpt":
        return None, tokens
    end = _quote_end(tokens)
    excerpt = " ".join(_plain_blocks(tokens[4:end])) or None
    rest = tokens[end + 1 :]
    if rest and rest[0].type == "hr":
        rest = rest[1:]  # the rule under the excerpt
    return excerpt, rest


def _quote_end(tokens: list[Any]) -> int:
    """Where the block quote opening `tokens` closes (quotes may nest)."""
    depth = 0
    for end, token in enumerate(tokens):
        depth += token.nesting if token.type.startswith("blockquote") else 0
        if depth == 0:
            return end
    return len(tokens) - 1


def _day_of(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time(0), moment.tzinfo)


def _split_at_more(body: str) -> tuple[str | None, str]:
    """(the text above the divider, the body without it); raw HTML is off by default, so
    left in it would print as text."""
    found = _MORE.search(body)
    if found is None:
        return None, body
    return body[: found.start()], body[: found.start()] + body[found.end() :]


def _lead_summary(md: MarkdownIt, lead: str | None) -> str | None:
    if lead is None:
        return None
    tokens = md.parse(lead)
    if tokens and tokens[0].type == "heading_open":
        tokens = tokens[3:]  # the headline opening the body is the title, not its summary
    return " ".join(_plain_blocks(tokens)) or None


def _opening_headline(tokens: list[Any]) -> tuple[str | None, list[Any]]:
    """A body that opens with a level-one heading ("# Budget day", or underlined with
    "="): its text is the title, and it leaves the body (the page prints the title)."""
    if len(tokens) < 3 or tokens[0].type != "heading_open" or tokens[0].tag != "h1":
        return None, tokens
    text = " ".join(_plain_blocks(tokens[1:2]))
    return (text or None), tokens[3:]


# Jekyll's and Pelican's post names: "2021-03-05-budget-day.md"
_NAME_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[-_ .]|$)")


def _unstated_date(
    name: str, file_time: float | None, undated: str, zone: str
) -> tuple[datetime, str, str]:
    """(date, precision, date source) of a file whose front matter gives no date: the day
    its name starts with, else (as for a text copy) the file's modification time."""
    found = _NAME_DATE.match(name)
    if found:
        try:
            day = date(*(int(part) for part in found.groups()))
        except ValueError:
            day = None
        if day is not None:
            return datetime.combine(day, time(0), dates.zone_info(zone)), "day", "printed"
    if undated == "skip" or file_time is None:
        raise Unparseable(1, "front matter has no 'date' (and the file name starts with none)")
    return dates.from_timestamp(file_time, zone).value, "minute", "file"


def _alias_urls(value: Any, warnings: list[str]) -> tuple[str, ...]:
    """Former addresses as site paths: "/2019/old/" or "news/old.html" (a folder's get a
    closing slash). The redirect is written at the path, so only a plain one inside the
    site is kept; a full URL, a query, a climbing path, one into the site's own files
    (static/, the search index) or one through a file ("feed.xml/") is dropped with a
    warning."""
    if value is None:
        return ()
    urls = []
    for item in _text_items(value, "aliases"):
        parts = item.strip().strip("/").split("/")
        if not _is_alias(item.strip(), parts):
            warnings.append(f"aliases: {item[:60]!r} is not a path on this site; ignored")
            continue
        is_file = parts[-1].lower().endswith((".html", ".htm"))
        urls.append("/" + "/".join(parts) + ("" if is_file else "/"))
    return tuple(dict.fromkeys(urls))


# A path segment: no scheme's colon, query, fragment, backslash, space or control
_ALIAS_PART = re.compile(r"[^\s:?#\\\x00-\x1f\x7f]{1,120}")
_ALIAS_MAX_PARTS = 12
_SITE_FOLDERS = ("static", "search")


def _is_alias(text: str, parts: list[str]) -> bool:
    if not text or text.startswith("//") or len(parts) > _ALIAS_MAX_PARTS:
        return False
    if parts[0] in _SITE_FOLDERS or parts[0].startswith("pagefind"):
        return False
    for number, part in enumerate(parts):
        if part.startswith(".") or not _ALIAS_PART.fullmatch(part):
            return False  # "", ".", "..", hidden names, a scheme, a query
        if len(part.encode("utf-8")) > 200:
            return False  # a file name the file system would refuse
        is_last = number == len(parts) - 1
        if "." in part and not (is_last and part.lower().endswith((".html", ".htm"))):
            return False  # through a file ("feed.xml/"), or not a page ("story.php")
    return True


def _is_draft(value: object) -> bool:
    if isinstance(value, str):  # Pelican-style headers give text
        return value.strip().casefold() in ("true", "yes")
    return value is True


def _zone_field(meta: dict[str, Any], default_zone: str) -> str:
    """`timezone:` names where dates without an offset are read (and shown); else the default."""
    value = _text_field(meta, "timezone")
    if value is None:
        return default_zone
    if re.fullmatch(r"[+-]\d{2}:\d{2}", value):
        return value
    try:
        ZoneInfo(value)
    except (ValueError, KeyError, OSError):
        raise Unparseable(1, f"timezone: unknown time zone {value[:60]!r}") from None
    return value


# Front-matter fields are text or short lists of text. Anything nested is refused before
# it is turned into a string: YAML aliases can make a small file expand without bound.
_SCALARS = (str, int, float, date)
MAX_LIST_ITEMS = 200


def _scalar_text(value: Any, key: str) -> str:
    if not isinstance(value, _SCALARS) or isinstance(value, bool):
        raise Unparseable(1, f"front matter '{key}' must be text, not {type(value).__name__}")
    return clean_inline(str(value))


def _text_field(meta: dict[str, Any], key: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    return _scalar_text(value, key) or None


def _first_text(meta: dict[str, Any], key: str) -> str | None:
    """A field that may come as a list (Hugo's and Jekyll's `categories`): its first item."""
    value = meta.get(key)
    if isinstance(value, list):
        return next((text for text in _text_items(value, key) if text), None)
    return _text_field(meta, key)


def _text_items(value: Any, key: str) -> list[str]:
    if isinstance(value, list):
        if len(value) > MAX_LIST_ITEMS:
            raise Unparseable(1, f"front matter '{key}' has more than {MAX_LIST_ITEMS} items")
        return [_unlinked(_scalar_text(item, key)) for item in value if item is not None]
    return [_unlinked(_scalar_text(value, key))]


def _unlinked(text: str) -> str:
    """A note-taking app's link to a person's or a topic's note, "[[Jo Roe]]" (or
    "[[jo-roe|Jo Roe]]"), as its text."""
    if text.startswith("[[") and text.endswith("]]") and "[[" not in text[2:]:
        return text[2:-2].rpartition("|")[2].strip()
    return text


def _list_field(meta: dict[str, Any], key: str) -> tuple[str, ...]:
    value = meta.get(key)
    if value is None:
        return ()
    items = _text_items(value, key)
    if not isinstance(value, list):
        items = [" ".join(part.split()) for part in items[0].split(",")]
    return tuple(dict.fromkeys(item for item in items if item))


def _names(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, dict):  # Jekyll themes' "author: {name: ..., email: ...}"
        value = value.get("name")
    if isinstance(value, list):
        value = [item.get("name") if isinstance(item, dict) else item for item in value]
        return tuple(item for item in _text_items(value, "author") if item)
    if value is None:
        return ()
    return split_on_joiners(_unlinked(_scalar_text(value, "author")))


def _date_field(
    meta: dict[str, Any], key: str, default_zone: str, warnings: list[str]
) -> tuple[datetime | None, str, str]:
    """(aware datetime, precision, zone name) of a front-matter date, or (None, ...)."""
    value = meta.get(key)
    if value is None or value == "":
        return None, "minute", default_zone
    if isinstance(value, datetime):
        return _aware(value, default_zone, key, warnings), "minute", _zone_name(value, default_zone)
    if isinstance(value, date):
        midnight = datetime.combine(value, time(0), dates.zone_info(default_zone))
        return midnight, "day", default_zone
    try:
        found = dates.find_date(str(value), default_zone, {})
    except dates.ImpossibleDate as exc:
        raise Unparseable(1, f"{key}: {exc}") from None
    if found is None:
        raise Unparseable(1, f"{key}: cannot read {str(value)[:60]!r} as a date")
    if found.is_zone_assumed:
        warnings.append(f"{key} has no time zone; assumed {default_zone}")
    return found.value, found.precision, found.zone_name


def _aware(value: datetime, default_zone: str, key: str, warnings: list[str]) -> datetime:
    if value.tzinfo is None:
        warnings.append(f"{key} has no time zone; assumed {default_zone}")
        return value.replace(tzinfo=dates.zone_info(default_zone))
    return value


def _zone_name(value: datetime, default_zone: str) -> str:
    if value.tzinfo is None:
        return default_zone
    offset = value.strftime("%z")
    if offset in ("+0000", "-0000"):
        return "UTC"
    return f"{offset[:3]}:{offset[3:]}"


def _plain_blocks(tokens: list[Any]) -> list[str]:
    """Plain text of each block (paragraph, heading, list item) for summaries and search."""
    blocks = []
    for token in tokens:
        if token.type == "inline":
            # A line break inside a paragraph separates words ("text\nsecond").
            text = "".join(
                " " if child.type in ("softbreak", "hardbreak") else child.content
                for child in token.children or []
                if child.type in ("text", "code_inline", "softbreak", "hardbreak", "html_inline")
            )
            # One space for each run of space: str.split() and re's \s agree on what it is.
            text = " ".join(text.split())
            if text:
                blocks.append(text)
        elif token.type in ("code_block", "fence") and token.content.strip():
            blocks.append(token.content.strip())
    return blocks


def _date_source(value: object) -> str:
    """`import` writes how an unprinted date was found; anything else is printed."""
    return str(value) if value in ("file", "capture", "address") else "printed"
