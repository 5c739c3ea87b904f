"""What a saved page declares about itself: JSON-LD nodes, meta tags, canonical link,
the saving tool's comments; and whether it says it is no article."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import lxml.etree
import lxml.html

from site_gen.parse.decode import clean_inline
from site_gen.parse.fields import NotAnArticle, Unparseable

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


@dataclass(frozen=True, slots=True)
class Capture:
    """What an archive says about a page, besides its bytes."""

    url: str | None = None
    captured: datetime | None = None
    content_type: str | None = None  # the HTTP header, which may name a charset


@dataclass(frozen=True, slots=True)
class Facts:
    """What the page declares about itself."""

    article: dict[str, Any]  # the JSON-LD article node ({} when none)
    types: frozenset[str]  # every JSON-LD @type on the page
    meta: dict[str, tuple[str, ...]]  # meta property/name (lower case) -> contents
    canonical: str | None
    saved_from: str | None  # the browser's "saved from url" comment, SingleFile's url
    saved_at: datetime | None  # SingleFile's "saved date"
    html_title: str | None
    # the datetime of the article's first <time> elements (the page's, when it marks no
    # <article>), in the order printed: a theme's byline line marks its date so
    time_stamps: tuple[str, ...] = ()


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)
_SINGLEFILE_URL = re.compile(r"Page saved with SingleFile\s+url:\s*(\S+)", re.I)
_SINGLEFILE_DATE = re.compile(
    r"saved date:\s*\w{3} (\w{3}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-]\d{4})"
)
_MONTHS = ("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec").split()


def page_tree(text: str) -> lxml.html.HtmlElement:
    # lxml refuses text that still declares an encoding; NUL would end the document.
    text = _XML_DECLARATION.sub("", text, count=1).replace("\x00", "")
    try:
        return lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise Unparseable(1, f"not an HTML page: {exc}") from None


def read_facts(tree: lxml.html.HtmlElement, text: str) -> Facts:
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
    return Facts(
        article=article,
        types=types,
        meta={key: tuple(values) for key, values in meta.items()},
        canonical=canonical,
        saved_from=saved.group(1) if saved else None,
        saved_at=_singlefile_date(head),
        html_title=None if title_element is None else clean_inline(title_element.text_content()),
        time_stamps=_time_stamps(tree),
    )


_TIME_STAMPS = 3


def _time_stamps(tree: lxml.html.HtmlElement) -> tuple[str, ...]:
    article = next(tree.iter("article"), None)
    scope = article if article is not None else tree
    stamps = []
    for element in scope.iter("time"):
        value = (element.get("datetime") or "").strip()
        if value:
            stamps.append(value)
        if len(stamps) == _TIME_STAMPS:
            break
    return tuple(stamps)


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


def refuse_non_article(facts: Facts) -> None:
    if facts.article:
        return
    og_type = first(facts.meta, "og:type")
    if og_type and og_type.lower() != "article":
        raise NotAnArticle(1, f"not an article (og:type {og_type!r}); skipped")
    page_types = facts.types & _NOT_ARTICLE_TYPES
    if page_types and not facts.meta.get("article:published_time"):
        raise NotAnArticle(1, f"not an article (JSON-LD {', '.join(sorted(page_types))}); skipped")


def first(meta: dict[str, tuple[str, ...]], *keys: str) -> str | None:
    for key in keys:
        values = meta.get(key)
        if values:
            return values[0]
    return None


def first_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id")
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return clean_inline(str(value)) or None
    return None
