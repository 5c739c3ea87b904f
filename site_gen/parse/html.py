"""Saved web pages -> Extracted: the page's structured data first, trafilatura for the rest.

The only module that imports trafilatura. What the publisher declared (JSON-LD
NewsArticle, OpenGraph, article:* meta tags) wins over heuristics; trafilatura finds the
body text and whatever the page did not declare (htmldate, inside it, finds dates).
The page's bytes become text in charset, its declarations are read in page_facts, and
each field is chosen in page_fields.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html

from site_gen.core.model import FieldNote
from site_gen.parse import charset, page_facts, page_fields
from site_gen.parse.decode import normalise
from site_gen.parse.fields import Extracted, NotAnArticle, Unparseable
from site_gen.parse.lines import word_count
from site_gen.parse.page_facts import Capture
from site_gen.parse.page_fields import GUESSED, confidence

MAX_PAGE_BYTES = 20 * 1024 * 1024  # saved pages carry scripts and inlined images
MIN_ARTICLE_WORDS = 25


def parse_html(data: bytes, default_zone: str, capture: Capture | None = None) -> Extracted:
    """One saved page; raises Unparseable when it is not an article we can read."""
    capture = capture or Capture()
    if len(data) > MAX_PAGE_BYTES:
        raise Unparseable(
            1,
            f"page is {len(data) / 2**20:.0f} MB, larger than the "
            f"{MAX_PAGE_BYTES // 2**20} MB limit for one page",
        )
    text, warnings = charset.decode_page(data, capture.content_type)
    tree = page_facts.page_tree(text)
    facts = page_facts.read_facts(tree, text)
    page_facts.refuse_non_article(facts)
    found = _trafilatura(tree, capture.url)
    paragraphs = _paragraphs(found.get("text") or "")
    title, title_rule = page_fields.title(facts, found)
    byline, byline_rule = page_fields.byline(facts, found)
    paragraphs = _without_header_lines(paragraphs, title, byline)
    words = sum(word_count(p) for p in paragraphs)
    if words < MIN_ARTICLE_WORDS:
        raise NotAnArticle(1, f"no article text (only {words} words found); skipped")
    if not title:
        raise Unparseable(1, "no title (no JSON-LD headline, og:title or <title>)")
    dates = page_fields.Dates(default_zone, warnings)
    published, precision, published_rule = dates.published(facts, found)
    modified, modified_rule = dates.modified(facts)
    zone = page_fields.zone_name(published, default_zone)
    section, section_rule = page_fields.section(facts, found)
    tags, tags_rule = page_fields.tags(facts, found)
    publisher, publisher_rule = page_fields.publisher(facts, found)
    original_url, url_rule = page_fields.original_url(facts, capture)
    captured = capture.captured or facts.saved_at
    notes = (
        FieldNote("title", title_rule, confidence(title_rule)),
        FieldNote("published", published_rule, confidence(published_rule)),
        FieldNote("modified", modified_rule, confidence(modified_rule)),
        FieldNote("section", section_rule, confidence(section_rule)),
        FieldNote("byline", byline_rule, confidence(byline_rule)),
        FieldNote("body", f"trafilatura main text, {len(paragraphs)} paragraphs", GUESSED),
        FieldNote("tags", tags_rule, confidence(tags_rule)),
        FieldNote("publisher", publisher_rule, confidence(publisher_rule)),
        FieldNote("timezone", f"offset of the publication date ({zone})", 1.0),
        FieldNote("original_url", url_rule, confidence(url_rule)),
        FieldNote("captured", page_fields.captured_rule(capture, facts), 1.0 if captured else 0.0),
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
        summary=page_facts.first_text(facts.article.get("description"))
        or page_facts.first(facts.meta, "og:description", "description"),
        warnings=tuple(warnings),
        notes=notes,
        original_url=original_url,
        captured=captured,
    )


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
