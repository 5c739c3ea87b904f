"""Page plan -> HTML string with Jinja2 (the only module that imports jinja2). Pure."""

from __future__ import annotations

import json
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from site_gen.core.model import Article, ArticleRef, Page, PlainPage
from site_gen.core.weburls import page_url
from site_gen.parse.dates import in_zone
from site_gen.render.theme import Theme
from site_gen.shape import metadata
from site_gen.shape.taxonomy import term_slug


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """What every template may show about the site."""

    title: str
    description: str
    base_url: str
    language: str
    search: bool
    urls: tuple[tuple[str, str], ...]
    generator: str
    live_reload: bool = False
    live_reload_port: int = 35729


class TemplateProblem(Exception):
    """A template is broken; carries `template:line: message`."""


class _Environment(jinja2.Environment):
    """Jinja's environment with each template's globals in one plain dict.

    Jinja layers them as a ChainMap over the environment's, so that later changes to
    the environment show through; ours never change after setup, and a ChainMap is
    searched in Python on every render and every import (a tenth of a page's time).
    """

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return {**self.globals, **(d or {})}


@lru_cache(maxsize=8)
def environment(
    template_dirs: tuple[str, ...],
    template_files: tuple[tuple[str, int, int], ...] = (),
    compiled_dir: str | None = None,
) -> jinja2.Environment:
    """Built once per process per theme and never changed afterwards.

    Given the theme's template files (with their mtimes), an edited template means a
    new environment, so Jinja need not stat each template on every page it renders
    (a long-lived Dask worker sees edits all the same). Without them, it does.
    Compiled templates are kept in `compiled_dir`, keyed by their source's checksum
    (an edited template is compiled again; a damaged file is ignored by Jinja).
    """
    env = _Environment(
        bytecode_cache=_compiled_templates(compiled_dir),
        loader=jinja2.FileSystemLoader(list(template_dirs)),
        auto_reload=not template_files,
        autoescape=True,  # everywhere: HTML, feeds and sitemaps alike
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["local"] = local_time
    env.filters["human_date"] = human_date
    env.filters["human_time"] = human_time
    env.filters["iso"] = iso
    env.filters["page_language"] = page_language
    env.filters["slug"] = term_slug
    env.filters["term_url"] = term_url
    env.filters["author_links"] = author_links
    env.filters["article_items"] = article_items
    env.filters["related_items"] = related_items
    env.filters["tag_items"] = tag_items
    env.filters["thousands"] = lambda n: f"{n:,}"
    env.filters["trusted_html"] = safe_markup
    env.globals["url_for"] = url_for
    env.globals["page_url"] = page_url
    env.globals["term_feed_url"] = term_feed_url
    env.globals["news_article_json_ld"] = news_article_json_ld
    return env


def _compiled_templates(folder: str | None) -> jinja2.BytecodeCache | None:
    if folder is None:
        return None
    try:  # a Dask worker on another machine may not reach the build's folder: no cache
        Path(folder).mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(folder)


def forget_templates() -> None:
    """Drop the compiled environments, so that a long-running preview sees a template
    newly added in front of one it already loaded (Jinja only checks loaded files)."""
    environment.cache_clear()


def render_page(page: Page, site: SiteInfo, theme: Theme) -> str:
    return render_document(
        page.template, theme, site=site, page_path=page.path, **template_values(page)
    )


def template_values(page: Page) -> dict[str, object]:
    """The record's fields by name, as its template knows them (`path` is `page_path`)."""
    values = {f.name: getattr(page, f.name) for f in fields(page)}
    del values["path"]
    if isinstance(page, PlainPage):
        # Templates ask `feed_url is defined`: a page without a feed of its own has none.
        del values["template"]
        values = {name: value for name, value in values.items() if value is not None}
    return values


def render_document(template_name: str, theme: Theme, **context: Any) -> str:
    """A page or document (feed, sitemap) from its template, autoescaped; a broken
    template becomes a TemplateProblem naming the file and line."""
    try:
        env = environment(theme.template_dirs, theme.template_files, theme.compiled_dir)
        return env.get_template(template_name).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateProblem(f"{exc.filename or exc.name}:{exc.lineno}: {exc.message}") from exc
    except jinja2.TemplateNotFound as exc:
        raise TemplateProblem(f"template not found: {exc.name}") from exc
    except jinja2.UndefinedError as exc:
        raise TemplateProblem(f"{template_name}: {exc.message}") from exc


def url_for(site: SiteInfo, kind: str, **parts: object) -> str:
    """A URL from the site's configured pattern, e.g. url_for(site, 'tag', slug='iran')."""
    return dict(site.urls)[kind].format(**{k: str(v) for k, v in parts.items()})


def term_url(name: str, site: SiteInfo, kind: str) -> str:
    """`{{ name | term_url(site, 'tag') }}`: url_for(site, kind, slug=name | slug), without
    the cost of a template-level call; list pages ask for hundreds."""
    for url_kind, pattern in site.urls:
        if url_kind == kind:
            return pattern.format(slug=term_slug(name))
    raise KeyError(kind)


def escaped(text: str) -> str:
    """escape(text), skipping the work for text with none of the five characters it
    replaces (most titles, names and URLs): the fragments below escape thousands of
    values per page, and escape() allocates a Markup even when nothing changes."""
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return escape(text)
    return text


def author_links(byline: Sequence[str], site: SiteInfo) -> Markup:
    """'<a href="/authors/ann/">Ann</a>, <a …>Bo</a> and <a …>Cy</a>', escaped part by part:
    one call where a template loop would pay for every name and separator."""
    return Markup(_author_links(byline, dict(site.urls)["author"]))


def _author_links(byline: Sequence[str], pattern: str) -> str:
    links = [
        "".join(
            (
                '<a href="',
                escaped(pattern.format(slug=term_slug(name))),
                '">',
                escaped(name),
                "</a>",
            )
        )
        for name in byline
    ]
    if len(links) < 3:
        return " and ".join(links)
    return ", ".join(links[:-1]) + " and " + links[-1]


def article_items(refs: Sequence[ArticleRef], site: SiteInfo, heading: str = "h2") -> Markup:
    """Each article of a list as an <li>, followed by a newline.

    Built here from escaped parts rather than in a template: list pages show twenty
    articles each and every article is on a dozen of them, so this is most of what a
    build renders, and in a template each of an item's ten values paid for Jinja's
    lookup, escape and output machinery. The bytes are those the template gave, its
    whitespace included (tests/golden/render).
    """
    patterns = dict(site.urls)
    return Markup("".join([_article_item(ref, patterns, escaped(heading)) for ref in refs]))


def _article_item(ref: ArticleRef, patterns: Mapping[str, str], heading: str) -> str:
    # Parts joined rather than an f-string, which would copy each Markup from escape().
    parts = [
        '<li class="item">\n  <article>\n    <',
        heading,
        ' class="item-title"><a href="',
        escaped(ref.url),
        '">',
        escaped(ref.title),
        "</a></",
        heading,
        '>\n    <p class="meta">\n',
    ]
    if ref.section:
        section_url = patterns["section"].format(slug=term_slug(ref.section))
        parts += ('<a class="section-label" href="', escaped(section_url), '">')
        parts += (escaped(ref.section), "</a> · ")
    parts += ("      ", _date_element(ref.published), "\n")
    if ref.byline:
        parts += (" · ", _author_links(ref.byline, patterns["author"]))
    parts.append("    </p>\n")
    if ref.summary:
        parts += ('<p class="summary">', escaped(ref.summary), "</p>")
    parts.append("  </article>\n</li>\n")
    return "".join(parts)


def related_items(refs: Sequence[ArticleRef]) -> Markup:
    """The <li> of each related article, with its date (article pages list five)."""
    parts: list[str] = []
    for ref in refs:
        parts += ('<li><a href="', escaped(ref.url), '">', escaped(ref.title), "</a> ")
        parts += ('<span class="muted">· ', _date_element(ref.published), "</span></li>")
    return Markup("".join(parts))


def tag_items(tags: Sequence[str], site: SiteInfo) -> Markup:
    """The <li> of each of an article's tags, linked to the tag's page."""
    pattern = dict(site.urls)["tag"]
    parts: list[str] = []
    for tag in tags:
        parts += ('<li><a href="', escaped(pattern.format(slug=term_slug(tag))), '" ')
        parts += ('data-pagefind-filter="tag">', escaped(tag), "</a></li>")
    return Markup("".join(parts))


def local_time(value: datetime, zone: str) -> datetime:
    return in_zone(value, zone)


def iso(value: datetime) -> str:
    return value.isoformat()


# strftime's %B in the C locale, which site-gen never changes: pages read the same on
# every machine. A table, because strftime is slow and every list item shows a date.
_MONTHS = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def human_date(value: datetime) -> str:
    """'4 March 2021'."""
    return f"{value.day} {_MONTHS[value.month]} {value.year}"


def _date_element(value: datetime) -> str:
    # digits, month names and ISO punctuation: nothing to escape
    return f'<time datetime="{value.isoformat()}">{human_date(value)}</time>'


def human_time(value: datetime) -> str:
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d} {'am' if value.hour < 12 else 'pm'} {_zone_label(value)}"


def _zone_label(value: datetime) -> str:
    name = value.tzname() or ""
    if name and not name.startswith(("+", "-")):
        return name
    offset = strftime_z(value)
    return "UTC" + offset[:3] + ":" + offset[3:]


def strftime_z(value: datetime) -> str:
    """value.strftime("%z"), e.g. '+0600' or '+055328', at a tenth of strftime's cost
    (zones such as Asia/Dhaka are named '+06', so every dateline there needs it)."""
    offset = value.utcoffset()
    if offset is None:
        return ""
    sign = "-" if offset < timedelta(0) else "+"
    seconds, micro = divmod(abs(offset) // timedelta(microseconds=1), 1_000_000)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    text = f"{sign}{hours:02d}{minutes:02d}"
    if seconds or micro:
        text += f"{seconds:02d}"
    return text + f".{micro:06d}" if micro else text


def safe_markup(html_text: str) -> Markup:
    """Mark body HTML built by parse.paragraphs_html or markdown-it as safe."""
    return Markup(html_text)


def term_feed_url(site: SiteInfo, kind: str, name: str) -> str | None:
    return metadata.term_feed_url(site.urls, kind, name)


def page_language(lang: str, site_language: str) -> str:
    """An article page's language: the site's own tag ("en-GB") for an article in the
    site's language, else the article's ("bn"). Pagefind indexes by this (html lang)."""
    if lang.split("-")[0].lower() == site_language.split("-")[0].lower():
        return site_language
    return lang


def news_article_json_ld(article: Article, site: SiteInfo) -> Markup:
    data = metadata.news_article(
        article,
        site_title=site.title,
        base_url=site.base_url,
        language=page_language(article.lang, site.language),
        urls=site.urls,
    )
    return json_ld_script(data)


# What json.dumps(data, ensure_ascii=False, separators=(",", ":")) uses, built once:
# dumps with arguments builds a new encoder on every call.
_JSON_LD = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def json_ld_script(data: Mapping[str, Any]) -> Markup:
    """The one place JSON-LD becomes markup: a <script> element no string can break out of.

    `<`, `>` and `&` become JSON's \\u escapes, so `</script>`, `<!--` and `]]>` in a
    title or byline stay inside the string; json.loads of the script text gives the
    original strings back.
    """
    text = _JSON_LD.encode(data)
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return Markup(f'<script type="application/ld+json">{text}</script>')
