"""Turn a generated corpus into Hugo and Pelican input, so all tools render the same articles.

Only run.py uses this. It reads the corpus back from disk (not from the generator) so the
other tools see exactly the bytes site_gen sees, and writes each tool's site folder once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import corpus_vocab as vocab

TEXT_DATE = "%d %B, %Y, %I:%M %p"
MAX_DERIVED_TAGS = 5


@dataclass(frozen=True, slots=True)
class SourceArticle:
    """The fields every tool needs, read back from one corpus file."""

    stem: str
    title: str
    published: str  # ISO 8601 with the Dhaka offset
    updated: str | None
    section: str
    author: str
    tags: tuple[str, ...]
    summary: str | None
    body: str  # Markdown


def _iso_from_text(stamp: str) -> str:
    return datetime.strptime(stamp, TEXT_DATE).strftime("%Y-%m-%dT%H:%M:%S") + "+06:00"


def _derived_tags(body: str) -> tuple[str, ...]:
    # Plain-text copies carry no tags; site_gen derives them from names in the text, so give
    # the other tools a comparable set by spotting vocabulary words in the body.
    lowered = body.lower()
    found = [tag for tag in vocab.TAG_VOCABULARY if tag in lowered]
    return tuple(found[:MAX_DERIVED_TAGS])


def read_text_article(path: Path) -> SourceArticle:
    lines = path.read_text(encoding="utf-8").split("\n")
    updated = None
    body_start = 7
    if lines[6].startswith("Last modified: "):
        updated = _iso_from_text(lines[6].removeprefix("Last modified: "))
        body_start = 8
    body = "\n".join(lines[body_start:]).partition("\n\nComments\n")[0].strip()
    return SourceArticle(
        path.stem,
        lines[0],
        _iso_from_text(lines[5]),
        updated,
        lines[2],
        lines[4],
        _derived_tags(body),
        None,
        body,
    )


def read_markdown_article(path: Path) -> SourceArticle:
    # The generator writes one `key: value` per line with JSON-quoted values, so a full YAML
    # parser is not needed here and the runner keeps to the standard library.
    header, _, body = path.read_text(encoding="utf-8")[4:].partition("\n---\n")
    meta: dict[str, object] = {}
    for line in header.split("\n"):
        key, _, raw = line.partition(": ")
        meta[key] = json.loads(raw) if raw[:1] in '"[' else raw
    summary = meta.get("summary")
    updated = meta.get("updated")
    tags = meta.get("tags")
    return SourceArticle(
        path.stem,
        str(meta["title"]),
        str(meta["date"]),
        str(updated) if updated else None,
        str(meta["section"]),
        str(meta["author"]),
        tuple(str(tag) for tag in tags) if isinstance(tags, list) else (),
        str(summary) if summary else None,
        body.strip(),
    )


def read_corpus(root: Path) -> Iterator[SourceArticle]:
    for path in sorted(root.rglob("*")):
        if path.suffix == ".txt":
            yield read_text_article(path)
        elif path.suffix == ".md":
            yield read_markdown_article(path)


# --- Hugo -----------------------------------------------------------------------------------

HUGO_CONFIG = """\
baseURL = "https://example.org/"
title = "Bench archive"
disableHugoGeneratorInject = true

[pagination]
pagerSize = 20

[services.rss]
limit = 20

[taxonomies]
category = "categories"
tag = "tags"
author = "authors"

[outputs]
home = ["html", "rss"]
section = ["html", "rss"]
taxonomy = ["html"]
term = ["html", "rss"]
"""

HUGO_BASEOF = """\
<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{{ .Title }} | {{ site.Title }}</title>
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" \
href="{{ .RelPermalink }}">{{ end }}
</head><body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
<a href="{{ "categories/" | relURL }}">Sections</a>
<a href="{{ "tags/" | relURL }}">Tags</a>
<a href="{{ "authors/" | relURL }}">Authors</a></header>
<main>{{ block "main" . }}{{ end }}</main>
</body></html>
"""

HUGO_SINGLE = """\
{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">\
{{ .Date.Format "2 January 2006, 3:04 pm" }}</time>
{{ range .GetTerms "categories" }} in <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}
{{ range .GetTerms "authors" }} by <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
{{ .Content }}
<ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>\
{{ end }}</ul></article>{{ end }}
"""

HUGO_LIST = """\
{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = site.RegularPages }}{{ end }}
{{ $pager := .Paginate $pages }}
<ul>{{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
<time>{{ .Date.Format "2006-01-02" }}</time><p>{{ .Summary }}</p></li>{{ end }}</ul>
<nav>{{ with $pager.Prev }}<a href="{{ .URL }}">Newer</a>{{ end }}
Page {{ $pager.PageNumber }} of {{ $pager.TotalPages }}
{{ with $pager.Next }}<a href="{{ .URL }}">Older</a>{{ end }}</nav>{{ end }}
"""

HUGO_TAXONOMY = """\
{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">\
{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
"""


def _hugo_page(article: SourceArticle) -> str:
    lines = ["---", f"title: {json.dumps(article.title, ensure_ascii=False)}"]
    lines.append(f"date: {article.published}")
    if article.updated:
        lines.append(f"lastmod: {article.updated}")
    lines.append(f"categories: {json.dumps([article.section])}")
    lines.append(f"tags: {json.dumps(list(article.tags))}")
    lines.append(f"authors: {json.dumps([article.author], ensure_ascii=False)}")
    if article.summary:
        lines.append(f"summary: {json.dumps(article.summary, ensure_ascii=False)}")
    return "\n".join(lines) + "\n---\n\n" + article.body + "\n"


def write_hugo_site(corpus: Path, site: Path) -> int:
    """Write hugo.toml, a minimal theme in layouts/ and content/posts/; return the page count."""
    # Hugo >= 0.146 layout: templates directly in layouts/, chosen by page kind.
    layouts = site / "layouts"
    posts = site / "content" / "posts"
    layouts.mkdir(parents=True, exist_ok=True)
    posts.mkdir(parents=True, exist_ok=True)
    (site / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    templates = {
        "baseof.html": HUGO_BASEOF,
        "single.html": HUGO_SINGLE,
        "list.html": HUGO_LIST,
        # Without term.html, Hugo renders term pages with taxonomy.html and never paginates.
        "term.html": HUGO_LIST,
        "taxonomy.html": HUGO_TAXONOMY,
    }
    for name, text in templates.items():
        (layouts / name).write_text(text, encoding="utf-8")
    count = 0
    for article in read_corpus(corpus):
        (posts / f"{article.stem}.md").write_text(_hugo_page(article), encoding="utf-8")
        count += 1
    return count


# --- Pelican --------------------------------------------------------------------------------

PELICAN_CONFIG = """\
AUTHOR = "Bench"
SITENAME = "Bench archive"
SITEURL = ""
PATH = "content"
TIMEZONE = "Asia/Dhaka"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = 20
RELATIVE_URLS = True
FEED_DOMAIN = "https://example.org"
FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
CATEGORY_FEED_ATOM = "feeds/{slug}.atom.xml"
TAG_FEED_ATOM = "feeds/tag-{slug}.atom.xml"
AUTHOR_FEED_ATOM = "feeds/author-{slug}.atom.xml"
FEED_MAX_ITEMS = 20
LOAD_CONTENT_CACHE = False
ARTICLE_URL = "{date:%Y}/{date:%m}/{date:%d}/{slug}.html"
ARTICLE_SAVE_AS = ARTICLE_URL
"""


def _pelican_page(article: SourceArticle, is_repeat: bool) -> str:
    # Pelican's Markdown metadata is one `Key: value` line each, lists comma-separated.
    lines = [f"Title: {article.title}", f"Date: {article.published}"]
    if is_repeat:
        # Pelican stops when two articles save to one path; site_gen must disambiguate such
        # same-day repeats itself, Pelican is simply handed a unique slug.
        lines.append(f"Slug: {article.stem}")
    if article.updated:
        lines.append(f"Modified: {article.updated}")
    lines.append(f"Category: {article.section}")
    if article.tags:
        lines.append(f"Tags: {', '.join(article.tags)}")
    lines.append(f"Authors: {article.author}")
    if article.summary:
        lines.append(f"Summary: {article.summary}")
    return "\n".join(lines) + "\n\n" + article.body + "\n"


def write_pelican_site(corpus: Path, site: Path) -> int:
    """Write pelicanconf.py and content/*.md; return the article count."""
    content = site / "content"
    content.mkdir(parents=True, exist_ok=True)
    (site / "pelicanconf.py").write_text(PELICAN_CONFIG, encoding="utf-8")
    seen: set[tuple[str, str]] = set()
    count = 0
    for article in read_corpus(corpus):
        key = (article.title, article.published[:10])
        page = _pelican_page(article, key in seen)
        (content / f"{article.stem}.md").write_text(page, encoding="utf-8")
        seen.add(key)
        count += 1
    return count
