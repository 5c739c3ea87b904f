"""Saved web pages -> Extracted: the page's structured data first, trafilatura for the rest.

The only module that imports trafilatura. What the publisher declared (JSON-LD
NewsArticle, OpenGraph, article:* meta tags) wins over heuristics; trafilatura finds the
body text and whatever the page did not declare (htmldate, inside it, finds dates).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import lxml.etree
import lxml.html

from site_gen.core.model import FieldNote
from site_gen.parse.dates import in_zone, zone_info
from site_gen.parse.decode import clean_inline, normalise
from site_gen.parse.fields import Extracted, NotAnArticle, Unparseable
from site_gen.parse.lines import word_count

MAX_PAGE_BYTES = 20 * 1024 * 1024  # saved pages carry scripts and inlined images
MIN_ARTICLE_WORDS = 25
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "Report",
    }
)
# Pages that say what they are, and it is not an article.
_NOT_ARTICLE_TYPES = frozenset(
    {"CollectionPage", "SearchResultsPage", "ProfilePage", "ItemList", "WebSite", "ContactPage"}
)
_DECLARED = 0.95  # how sure a field is when the page declared it
_GUESSED = 0.6  # ... when trafilatura's heuristics found it


@dataclass(frozen=True, slots=True)
class Capture:
    """What an archive says about a page, besides its bytes."""

    url: str | None = None
    captured: datetime | None = None
    content_type: str | None = None  # the HTTP header, which may name a charset


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the page declares about itself."""

    article: dict[str, Any]  # the JSON-LD article node ({} when none)
    types: frozenset[str]  # every JSON-LD @type on the page
    meta: dict[str, tuple[str, ...]]  # meta property/name (lower case) -> contents
    canonical: str | None
    saved_from: str | None  # the browser's "saved from url" comment, SingleFile's url
    saved_at: datetime | None  # SingleFile's "saved date"
    html_title: str | None


def parse_html(data: bytes, default_zone: str, capture: Capture | None = None) -> Extracted:
    """One saved page; raises Unparseable when it is not an article we can read."""
    capture = capture or Capture()
    if len(data) > MAX_PAGE_BYTES:
        raise Unparseable(
            1,
            f"page is {len(data) / 2**20:.0f} MB, larger than the "
            f"{MAX_PAGE_BYTES // 2**20} MB limit for one page",
        )
    text, warnings = decode_page(data, capture.content_type)
    tree = _tree(text)
    facts = _facts(tree, text)
    _refuse_non_article(facts)
    found = _trafilatura(tree, capture.url)
    paragraphs = _paragraphs(found.get("text") or "")
    title, title_rule = _title(facts, found)
    byline, byline_rule = _byline(facts, found)
    paragraphs = _without_header_lines(paragraphs, title, byline)
    words = sum(word_count(p) for p in paragraphs)
    if words < MIN_ARTICLE_WORDS:
        raise NotAnArticle(1, f"no article text (only {words} words found); skipped")
    if not title:
        raise Unparseable(1, "no title (no JSON-LD headline, og:title or <title>)")
    dates = _Dates(default_zone, warnings)
    published, precision, published_rule = dates.published(facts, found)
    modified, modified_rule = dates.modified(facts)
    zone = _zone_name(published, default_zone)
    section, section_rule = _section(facts, found)
    tags, tags_rule = _tags(facts, found)
    publisher, publisher_rule = _publisher(facts, found)
    original_url, url_rule = _original_url(facts, capture)
    captured = capture.captured or facts.saved_at
    notes = (
        FieldNote("title", title_rule, _confidence(title_rule)),
        FieldNote("published", published_rule, _confidence(published_rule)),
        FieldNote("modified", modified_rule, _confidence(modified_rule)),
        FieldNote("section", section_rule, _confidence(section_rule)),
        FieldNote("byline", byline_rule, _confidence(byline_rule)),
        FieldNote("body", f"trafilatura main text, {len(paragraphs)} paragraphs", _GUESSED),
        FieldNote("tags", tags_rule, _confidence(tags_rule)),
        FieldNote("publisher", publisher_rule, _confidence(publisher_rule)),
        FieldNote("timezone", f"offset of the publication date ({zone})", 1.0),
        FieldNote("original_url", url_rule, _confidence(url_rule)),
        FieldNote("captured", _captured_rule(capture, facts), 1.0 if captured else 0.0),
        FieldNote("profile", "html: saved web page", 1.0),
    )
    return Extracted(
        title=title,
        published=published,
        modified=modified,
        section=section,
        byline=byline,
        publisher=publisher,
        paragraphs=paragraphs,
        timezone=zone,
        date_precision=precision,
        profile="html",
        tags=tags,
        is_tags_explicit=bool(tags),
        summary=_first_text(facts.article.get("description"))
        or _first(facts.meta, "og:description", "description"),
        warnings=tuple(warnings),
        notes=notes,
        original_url=original_url,
        captured=captured,
    )


# --- bytes -> text -------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
# WHATWG: these labels mean windows-1252 in a browser, and pages rely on it.
_AS_CP1252 = frozenset({"latin_1", "iso8859_1", "ascii", "cp1252"})
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_page(data: bytes, content_type: str | None) -> tuple[str, list[str]]:
    """The page's text: BOM, then the declared charset (HTTP header, then <meta>) if the
    bytes fit it, else what the bytes look like, with a warning naming both."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), []
    declared = _declared_charset(data, content_type)
    warnings: list[str] = []
    if declared is not None:
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            warnings.append(f"unknown charset {declared!r} declared; guessed from the bytes")
        else:
            codec = "cp1252" if codec in _AS_CP1252 else codec
            decoded = _decode_declared(data, codec, declared, warnings)
            if decoded is not None:
                return decoded, warnings
    return _sniff(data, warnings), warnings


def _declared_charset(data: bytes, content_type: str | None) -> str | None:
    if content_type:
        in_header = _HEADER_CHARSET.search(content_type)
        if in_header:
            return in_header.group(1)
    in_meta = _META_CHARSET.search(data[:4096])
    return in_meta.group(1).decode("ascii") if in_meta else None


def _decode_declared(data: bytes, codec: str, declared: str, warnings: list[str]) -> str | None:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        warnings.append(
            f"declared charset {declared!r} does not fit the bytes (bad byte at offset "
            f"{exc.start}); guessed from the bytes"
        )
        return None
    # A single-byte label on UTF-8 bytes is the usual mislabel: the bytes decide.
    if codec != "utf-8" and not data.isascii() and _is_utf8(data):
        warnings.append(f"declared charset {declared!r} but the bytes are UTF-8; read as UTF-8")
        return data.decode("utf-8")
    return text


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _sniff(data: bytes, warnings: list[str]) -> str:
    if _is_utf8(data):
        return data.decode("utf-8")
    import charset_normalizer  # imported on first need: text-only builds never pay for it

    best = charset_normalizer.from_bytes(data[:65536]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if warnings or encoding not in ("utf_8", "ascii"):
        warnings.append(f"no usable charset declared; read as {encoding}")
    return data.decode(encoding, errors="replace")


# --- the page's declarations ---------------------------------------------------------

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)
_SINGLEFILE_URL = re.compile(r"Page saved with SingleFile\s+url:\s*(\S+)", re.I)
_SINGLEFILE_DATE = re.compile(
    r"saved date:\s*\w{3} (\w{3}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-]\d{4})"
)
_MONTHS = ("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec").split()


def _tree(text: str) -> lxml.html.HtmlElement:
    # lxml refuses text that still declares an encoding; NUL would end the document.
    text = _XML_DECLARATION.sub("", text, count=1).replace("\x00", "")
    try:
        return lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise Unparseable(1, f"not an HTML page: {exc}") from None


def _facts(tree: lxml.html.HtmlElement, text: str) -> _Facts:
    nodes = list(_json_ld_nodes(tree))
    types = frozenset(t for node in nodes for t in _types(node))
    article = next((n for n in nodes if _types(n) & ARTICLE_TYPES), {})
    meta: dict[str, list[str]] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        content = element.get("content")
        if key and content and content.strip():
            meta.setdefault(key.strip().lower(), []).append(clean_inline(content))
    canonical = next(
        (link.get("href") for link in tree.iter("link") if link.get("rel") == "canonical"), None
    )
    head = text[:8192]
    saved = _SAVED_FROM.search(head) or _SINGLEFILE_URL.search(head)
    title_element = tree.find(".//title")
    return _Facts(
        article=article,
        types=types,
        meta={key: tuple(values) for key, values in meta.items()},
        canonical=canonical,
        saved_from=saved.group(1) if saved else None,
        saved_at=_singlefile_date(head),
        html_title=None if title_element is None else clean_inline(title_element.text_content()),
    )


def _json_ld_nodes(tree: lxml.html.HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        raw = raw.removeprefix("<!--").removesuffix("-->").strip()
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common; the heuristics take over
        yield from _walk_nodes(data, depth=0)


def _walk_nodes(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_nodes(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        yield from _walk_nodes(data.get("@graph"), depth + 1)


def _types(node: dict[str, Any]) -> set[str]:
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.rsplit("/", 1)[-1] for v in values if isinstance(v, str)}


def _singlefile_date(head: str) -> datetime | None:
    match = _SINGLEFILE_DATE.search(head)
    if not match or match.group(1) not in _MONTHS:
        return None
    month = _MONTHS.index(match.group(1)) + 1
    offset = match.group(7)
    sign = -1 if offset[0] == "-" else 1
    zone = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:])))
    year, day, hour, minute, second = map(int, match.group(3, 2, 4, 5, 6))
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None


def _refuse_non_article(facts: _Facts) -> None:
    if facts.article:
        return
    og_type = _first(facts.meta, "og:type")
    if og_type and og_type.lower() != "article":
        raise NotAnArticle(1, f"not an article (og:type {og_type!r}); skipped")
    page_types = facts.types & _NOT_ARTICLE_TYPES
    if page_types and not facts.meta.get("article:published_time"):
        raise NotAnArticle(1, f"not an article (JSON-LD {', '.join(sorted(page_types))}); skipped")


# --- trafilatura ---------------------------------------------------------------------


def _trafilatura(tree: lxml.html.HtmlElement, url: str | None) -> dict[str, Any]:
    """Main text and heuristic metadata (our facts are already read: it may edit the tree)."""
    # Imported on first need: it takes about a second, which text-only builds never pay.
    import trafilatura

    found = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        deduplicate=False,
        date_extraction_params={"extensive_search": True, "original_date": True},
        as_dict=True,
    )
    return found if isinstance(found, dict) else {}


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(p for p in (" ".join(line.split()) for line in normalise(text).split("\n")) if p)


_BYLINE_PREFIX = re.compile(r"^(by|written by|reported by)\s+", re.I)


def _without_header_lines(
    paragraphs: tuple[str, ...], title: str, byline: tuple[str, ...]
) -> tuple[str, ...]:
    """The body without the headline and "By …" lines trafilatura keeps at its top."""
    names = {n.casefold() for n in byline}
    body = list(paragraphs)
    while body[:1] and (
        body[0] == title
        or _BYLINE_PREFIX.sub("", body[0]).casefold() in names
        or (names and _BYLINE_PREFIX.match(body[0]) and len(body[0].split()) <= 12)
    ):
        body.pop(0)
    return tuple(body)


# --- fields: declared first, then heuristics ------------------------------------------


def _first(meta: dict[str, tuple[str, ...]], *keys: str) -> str | None:
    for key in keys:
        values = meta.get(key)
        if values:
            return values[0]
    return None


def _first_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id")
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return clean_inline(str(value)) or None
    return None


def _confidence(rule: str) -> float:
    if rule.startswith(("JSON-LD", "meta", "archive")):
        return _DECLARED
    if rule.startswith("not found"):
        return 0.0
    return _GUESSED


def _title(facts: _Facts, found: dict[str, Any]) -> tuple[str, str]:
    headline = _first_text(facts.article.get("headline")) or _first_text(facts.article.get("name"))
    if headline:
        return headline, "JSON-LD headline"
    og_title = _first(facts.meta, "og:title", "twitter:title")
    if og_title:
        return og_title, "meta og:title"
    guessed = _first_text(found.get("title")) or facts.html_title
    return (guessed or ""), "trafilatura title" if guessed else "not found"


def _names(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    names = (_first_text(item) for item in items)
    return tuple(dict.fromkeys(n for n in names if n and not _is_url(n)))


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://", "/"))


def _byline(facts: _Facts, found: dict[str, Any]) -> tuple[tuple[str, ...], str]:
    declared = _names(facts.article.get("author"))
    if declared:
        return declared, "JSON-LD author"
    meta = _names(list(facts.meta.get("author", ()) + facts.meta.get("article:author", ())))
    if meta:
        return meta, "meta author"
    guessed = _first_text(found.get("author"))
    if guessed:
        return tuple(n.strip() for n in guessed.split(";") if n.strip()), "trafilatura author"
    return (), "not found"


def _section(facts: _Facts, found: dict[str, Any]) -> tuple[str | None, str]:
    declared = _first_text(facts.article.get("articleSection"))
    if declared:
        return declared, "JSON-LD articleSection"
    meta = _first(facts.meta, "article:section")
    if meta:
        return meta, "meta article:section"
    categories = found.get("categories") or []
    if categories:
        return clean_inline(str(categories[0])), "trafilatura categories"
    return None, "not found"


def _tags(facts: _Facts, found: dict[str, Any]) -> tuple[tuple[str, ...], str]:
    keywords = facts.article.get("keywords")
    if isinstance(keywords, str):
        keywords = keywords.split(",")
    declared = _names(keywords) if keywords else ()
    if declared:
        return declared, "JSON-LD keywords"
    meta = _names(list(facts.meta.get("article:tag", ())))
    if meta:
        return meta, "meta article:tag"
    guessed = _names(list(found.get("tags") or []))
    if guessed:
        return guessed, "trafilatura tags"
    return (), "not found: derived from the body"


def _publisher(facts: _Facts, found: dict[str, Any]) -> tuple[str | None, str]:
    declared = _first_text(facts.article.get("publisher"))
    if declared:
        return declared, "JSON-LD publisher"
    meta = _first(facts.meta, "og:site_name")
    if meta:
        return meta, "meta og:site_name"
    guessed = _first_text(found.get("sitename"))
    return guessed, "trafilatura sitename" if guessed else "not found"


def _original_url(facts: _Facts, capture: Capture) -> tuple[str | None, str]:
    """The publisher's own address for the page, else where the archive fetched it."""
    entity = facts.article.get("mainEntityOfPage")
    candidates = (
        (_first_text(facts.article.get("url")), "JSON-LD url"),
        (_first_text(entity), "JSON-LD mainEntityOfPage"),
        (_first(facts.meta, "og:url"), "meta og:url"),
        (facts.canonical, "link rel=canonical"),
        (capture.url, "archive record's target URI"),
        (facts.saved_from, "the browser's 'saved from' comment"),
    )
    for url, rule in candidates:
        if url and url.startswith(("http://", "https://")):
            return clean_inline(url), rule
    return None, "not found"


def _captured_rule(capture: Capture, facts: _Facts) -> str:
    if capture.captured:
        return "archive record's WARC-Date"
    return "SingleFile 'saved date'" if facts.saved_at else "not found"


# --- dates ---------------------------------------------------------------------------

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class _Dates:
    default_zone: str
    warnings: list[str]

    def published(self, facts: _Facts, found: dict[str, Any]) -> tuple[datetime, str, str]:
        candidates = (
            (_first_text(facts.article.get("datePublished")), "JSON-LD datePublished"),
            (_first(facts.meta, "article:published_time"), "meta article:published_time"),
            (_first(facts.meta, "datepublished", "og:published_time"), "meta datePublished"),
            (_first_text(found.get("date")), "trafilatura date (htmldate)"),
        )
        for text, rule in candidates:
            parsed = self.read(text, rule) if text else None
            if parsed is not None:
                return parsed[0], parsed[1], rule
        raise Unparseable(
            1,
            "no publication date found (no JSON-LD datePublished, "
            "article:published_time or date in the page)",
        )

    def modified(self, facts: _Facts) -> tuple[datetime | None, str]:
        candidates = (
            (_first_text(facts.article.get("dateModified")), "JSON-LD dateModified"),
            (_first(facts.meta, "article:modified_time", "og:updated_time"), "meta modified_time"),
        )
        for text, rule in candidates:
            parsed = self.read(text, rule) if text else None
            if parsed is not None and parsed[1] == "minute":
                return parsed[0], rule
        return None, "not found"

    def read(self, text: str, rule: str) -> tuple[datetime, str] | None:
        """An ISO 8601 date; without an offset it is read in the site's zone, with a warning."""
        text = text.strip()
        is_day = bool(_ISO_DATE.match(text))
        try:
            value = datetime.fromisoformat(text.replace(" ", "T", 1) if not is_day else text)
        except ValueError:
            self.warnings.append(f"{rule} {text[:40]!r} is not an ISO 8601 date; ignored")
            return None
        if value.tzinfo is None:
            if not is_day:
                self.warnings.append(
                    f"{rule} {text[:40]!r} has no UTC offset; read in {self.default_zone}"
                )
            value = value.replace(tzinfo=zone_info(self.default_zone))
        return value, "day" if is_day else "minute"


def _zone_name(published: datetime, default_zone: str) -> str:
    """The site's zone when the page's offset agrees with it, else the offset itself."""
    offset = published.utcoffset() or timedelta(0)
    if in_zone(published, default_zone).utcoffset() == offset:
        return default_zone
    if offset == timedelta(0):
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
