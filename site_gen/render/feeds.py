"""Atom and RSS feeds (site-wide, per section, per tag). Pure: articles -> files.

Feeds are Jinja templates (templates/xml/) rendered with the same autoescaping
environment as the pages, so a title with `<` or `&` stays text, a theme can
override a feed like any page, and no XML library is added. Strings are cleaned
of the control characters XML 1.0 forbids before they reach a template.

Entry ids are tag: URIs (RFC 4151) that survive a title edit:
`tag:<host>,<published date>:<key>`, where host comes from base_url (or
"site-gen") and key is a hash of the article's source path relative to the
site root. Editing the title, the slug or the URL pattern keeps the id; moving
or renaming the source file, or changing its publication date, makes a new one.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path, PurePath

from markupsafe import Markup

from site_gen.core.config import Config
from site_gen.core.model import Article
from site_gen.core.weburls import absolute_url, site_host
from site_gen.parse.dates import in_zone
from site_gen.render.pages import render_document
from site_gen.render.theme import Theme, theme_for
from site_gen.shape import index, taxonomy

# Characters XML 1.0 cannot carry, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# When there are no entries a feed still needs an <updated>; a fixed date keeps builds repeatable.
_EPOCH = "1970-01-01T00:00:00+00:00"


def xml_text(text: str) -> str:
    """`text` without the characters XML 1.0 forbids (escaping is the template's job)."""
    return _NOT_XML.sub("", text)


@dataclass(frozen=True, slots=True)
class Category:
    term: str
    scheme: str  # URL of the section or tag page


@dataclass(frozen=True, slots=True)
class FeedEntry:
    id: str
    title: str
    url: str
    published: str  # RFC 3339 with the offset the article was written in
    updated: str
    published_rfc822: str
    authors: tuple[str, ...]
    categories: tuple[Category, ...]
    summary_html: str  # the plain-text summary escaped as HTML (see entry_of)
    content_html: str | None  # None when the config asks for summaries only


@dataclass(frozen=True, slots=True)
class Feed:
    path: str  # output path, e.g. "sections/world/feed.xml"
    id: str
    title: str
    subtitle: str
    language: str
    site_title: str
    page_url: str  # the HTML page the feed belongs to
    self_url: str | None  # only with a base_url: a relative rel="self" helps nobody
    rss_path: str | None  # only the site feed has an RSS twin
    rss_self_url: str | None
    updated: str
    updated_rfc822: str
    entries: tuple[FeedEntry, ...]


BodyLoader = Callable[[Sequence[Article]], Sequence[Article]]


@dataclass(frozen=True, slots=True)
class FeedGroup:
    """The articles one feed shows (newest first) and how it is named. A feed depends on
    nothing else, so a quick rebuild can redo just the feeds an edited article is in."""

    members: tuple[Article, ...]
    page: str  # the HTML page the feed belongs to
    path: str
    title: str
    subtitle: str


def feed_files(
    articles: Sequence[Article], config: Config, load_bodies: BodyLoader | None = None
) -> list[tuple[str, bytes]]:
    """(output path, bytes) of every feed; `articles` sorted oldest first.

    `articles` may be light (no bodies, as the build keeps them); `load_bodies` gives
    back the full articles for the entries that are actually shown.
    """
    return files_of_groups(feed_groups(articles, config), config, load_bodies)


def files_of_groups(
    groups: Sequence[FeedGroup], config: Config, load_bodies: BodyLoader | None = None
) -> list[tuple[str, bytes]]:
    theme = theme_for(config)
    files = []
    atom_entry = _EntryMarkup(theme)
    for feed in feeds_of_groups(groups, config, load_bodies):
        atom = render_document("xml/atom.xml", theme, feed=feed, atom_entry=atom_entry)
        files.append((feed.path, atom.encode("utf-8")))
        if feed.rss_path is not None:
            rss = render_document("xml/rss.xml", theme, feed=feed)
            files.append((feed.rss_path, rss.encode("utf-8")))
    return files


class _EntryMarkup:
    """`atom_entry(entry)` in xml/atom.xml: an entry's <entry> element, rendered once
    though the article is in several feeds (the site's, its section's, its tags'): with
    full content, entries are most of what feeds cost."""

    def __init__(self, theme: Theme) -> None:
        self._theme = theme
        self._made: dict[str, Markup] = {}

    def __call__(self, entry: FeedEntry) -> Markup:
        made = self._made.get(entry.id)
        if made is None:
            made = Markup(render_document("xml/atom_entry.xml", self._theme, entry=entry))
            self._made[entry.id] = made
        return made


def feed_groups(articles: Sequence[Article], config: Config) -> list[FeedGroup]:
    """The site feed, then one per section and per tag (named as their pages name them)."""
    site_feed = FeedGroup(
        _newest(articles, config), "/", "feed.xml", config.title, config.description
    )
    groups = [site_feed]
    by_url = {a.url: a for a in articles}
    refs = [index.ref_of(a) for a in articles]
    for kind, terms in (("section", taxonomy.sections(refs)), ("tag", taxonomy.tags(refs))):
        for term in terms:
            page = term_feed_page(config, kind, term.slug)
            members = _newest([by_url[ref.url] for ref in term.refs], config)
            title = f"{config.title}: {term.name}"
            subtitle = f"Latest articles in {term.name}"
            groups.append(FeedGroup(members, page, page.lstrip("/") + "feed.xml", title, subtitle))
    return groups


def feeds_of_groups(
    groups: Sequence[FeedGroup], config: Config, load_bodies: BodyLoader | None = None
) -> list[Feed]:
    shown = {a.url: a for group in groups for a in group.members}
    if config.feed_full_content and load_bodies is not None:
        shown.update((a.url, a) for a in load_bodies(list(shown.values())))
    # An article sits in the site feed, its section's and a few tags': build its entry once.
    made = {url: entry_of(article, config) for url, article in shown.items()}
    return [
        _feed(tuple(made[a.url] for a in g.members), config, g.page, g.path, g.title, g.subtitle)
        for g in groups
    ]


def _newest(oldest_first: Sequence[Article], config: Config) -> tuple[Article, ...]:
    newest = sorted(oldest_first, key=lambda a: (a.published, a.url), reverse=True)
    return tuple(newest[: max(config.feed_entries, 0)])


def term_feed_page(config: Config, kind: str, slug: str) -> str:
    return config.url_pattern(kind).format(slug=slug)


def _feed(
    entries: tuple[FeedEntry, ...],
    config: Config,
    page: str,
    path: str,
    title: str,
    subtitle: str,
) -> Feed:
    updated = max((e.updated for e in entries), default=_EPOCH, key=_instant)
    is_site_feed = path == "feed.xml"
    self_url = absolute_url(config.base_url, "/" + path) if config.base_url else None
    return Feed(
        path=path,
        id=feed_id(config, "/" + path),
        title=xml_text(title),
        subtitle=xml_text(subtitle),
        language=config.language,
        site_title=xml_text(config.title),
        page_url=absolute_url(config.base_url, page),
        self_url=self_url,
        rss_path="rss.xml" if is_site_feed else None,
        rss_self_url=absolute_url(config.base_url, "/rss.xml") if config.base_url else None,
        updated=updated,
        updated_rfc822=format_datetime(_instant(updated)),
        entries=entries,
    )


def entry_of(article: Article, config: Config) -> FeedEntry:
    updated = max(article.published, article.modified or article.published)
    section = article.section
    categories = [Category(section, _term_url(config, "section", section))] if section else []
    categories += [Category(tag, _term_url(config, "tag", tag)) for tag in article.tags]
    full = config.feed_full_content and article.body_html
    return FeedEntry(
        id=entry_id(article, config),
        title=xml_text(article.title),
        url=absolute_url(config.base_url, article.url),
        published=rfc3339(article.published),
        updated=rfc3339(updated),
        published_rfc822=format_datetime(article.published),
        authors=tuple(xml_text(name) for name in article.byline),
        categories=tuple(Category(xml_text(c.term), c.scheme) for c in categories),
        # Sent as HTML, not as Atom type="text": readers (feedparser among them) guess that
        # text which looks like markup is HTML, so "<img ...>" in a title would be rendered.
        summary_html=html.escape(xml_text(article.summary), quote=False),
        content_html=xml_text(article.body_html) if full else None,
    )


def entry_id(article: Article, config: Config) -> str:
    """tag:<host>,<YYYY-MM-DD>:<hash of the source path>; see the module docstring."""
    day = in_zone(article.published, article.timezone).strftime("%Y-%m-%d")
    key = hashlib.sha256(source_key(article.source, config.root).encode("utf-8")).hexdigest()
    return f"tag:{site_host(config.base_url)},{day}:{key[:24]}"


def source_key(source: str, root: Path) -> str:
    """The source path relative to the site root, '/'-separated, so ids survive a move
    of the whole site folder and do not depend on the machine's path separator."""
    path = PurePath(source)
    if path.is_absolute() and path.is_relative_to(root):
        path = path.relative_to(root)
    return path.as_posix()


def feed_id(config: Config, path: str) -> str:
    """A feed's own id: its absolute URL when known, else a tag: URI on the fallback host."""
    if config.base_url:
        return absolute_url(config.base_url, path)
    return f"tag:{site_host('')},2000:{path}"


def rfc3339(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _term_url(config: Config, kind: str, name: str) -> str:
    return absolute_url(config.base_url, term_feed_page(config, kind, taxonomy.term_slug(name)))
