"""Article -> Markdown text with YAML front matter, pure (used by `site-gen import`).

Every parsed field is written out explicitly, so reading the file back gives the
same article: same title, dates (and their precision and zone), section, authors,
tags, summary, slug and paragraphs; the site builds the same URLs and page text.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import PurePath
from typing import Any

import yaml

from site_gen.core.model import Article
from site_gen.parse.dates import in_zone

# Characters with inline meaning in CommonMark (plus tables and strikethrough).
_INLINE = re.compile(r"([\\`*_\[\]<>&!|~])")
# A paragraph starting like a block (heading, quote, list, rule, setext line, fence).
_BLOCK_START = re.compile(r"^(\s*)(#|>|[-+*=]|\d{1,9}(?=[.)]))")


def escape_markdown(text: str) -> str:
    """Plain text as a Markdown paragraph that reads back as exactly that text."""
    escaped = _INLINE.sub(r"\\\1", " ".join(text.split()))
    match = _BLOCK_START.match(escaped)
    if match:
        marker = match.group(2)
        if marker[0].isdigit():
            # "1. In…" would start an ordered list: escape the dot or parenthesis.
            cut = match.end()
            return escaped[:cut] + "\\" + escaped[cut:]
        escaped = "\\" + escaped
    return escaped


def article_markdown(article: Article) -> str:
    """The Markdown file that `site-gen import` writes for `article`."""
    meta: dict[str, Any] = {
        "title": article.title,
        "date": _date_text(article.published, article.timezone, article.date_precision),
        "updated": (
            _date_text(article.modified, article.timezone, "minute") if article.modified else None
        ),
        "timezone": article.timezone,
        "section": article.section,
        "author": list(article.byline),
        "publisher": article.publisher,
        "tags": list(article.tags),
        "summary": article.summary,
        "slug": article.slug,
        "source_profile": article.profile,
        "captions": list(article.captions),
    }
    if article.date_source != "printed":  # the copy printed no date: say so again
        meta["date_source"] = article.date_source
    if article.original_url:  # saved pages and web captures: where and when from
        meta["original_url"] = article.original_url
    if article.captured:
        meta["captured"] = _date_text(article.captured, article.timezone, "minute")
    # Dates go in as text and are put back unquoted below, so YAML reads them as dates.
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    front = re.sub(r"^(date|updated|captured): '([^']*)'$", r"\1: \2", front, flags=re.MULTILINE)
    body = "\n\n".join(escape_markdown(p) for p in article.paragraphs)
    return f"---\n{front}---\n\n{body}\n"


def _date_text(value: datetime, zone: str, precision: str) -> str:
    local = in_zone(value, zone)
    if precision == "day":
        return local.date().isoformat()
    return local.isoformat()


def markdown_names(articles: list[Article]) -> list[tuple[Article, str]]:
    """Each article with its Markdown file name: the source's name, made unique."""
    taken: set[str] = set()
    named = []
    for article in articles:
        # A web archive's pages are named "archive.warc.gz#<url>": their slugs are better.
        stem = article.slug if ".warc" in article.source else PurePath(article.source).stem
        stem = stem or article.slug
        name, number = f"{stem}.md", 1
        while name in taken:
            number += 1
            name = f"{stem}-{number}.md"
        taken.add(name)
        named.append((article, name))
    return named
