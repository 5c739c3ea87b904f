"""Source -> Article | ParseError, pure: the same bytes and context give the same article."""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from functools import lru_cache
from html import escape as escape_html  # (the name `html` is our reader module)

from site_gen.core.config import Config, TagRules
from site_gen.core.errors import ParseError
from site_gen.core.model import Article, Source
from site_gen.core.slugs import slugify
from site_gen.parse import chat_share, mail_forward, markdown_copy, text_browser, web_archive
from site_gen.parse.budget import TookTooLong, time_limit
from site_gen.parse.decode import DecodeProblem, decode
from site_gen.parse.fields import Extracted, NotAnArticle, PlainCopy, Unparseable
from site_gen.parse.frontmatter import parse_markdown
from site_gen.parse.html import parse_html
from site_gen.parse.language import detect as detect_language
from site_gen.parse.lines import word_count
from site_gen.parse.markdown_meta import is_article_record
from site_gen.parse.mhtml import is_mhtml, parse_mhtml
from site_gen.parse.profiles import Profile, all_profiles
from site_gen.parse.tags import derive_tags
from site_gen.parse.text import parse_text
from site_gen.parse.warc import is_archive, parse_record

# Bump when parsing rules change: cached articles from older rules are then re-parsed.
PARSER_VERSION = "1"
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
SUMMARY_WORDS = 45


@dataclass(frozen=True, slots=True)
class ParseContext:
    """All a parse depends on besides the file itself (picklable for the process pool).

    It travels to the pool with every batch; pickled whole, its ~500 compiled patterns
    would be compiled again in the worker whenever they have left re's small cache. It
    travels as the settings it was made from instead, and each worker makes it once.
    """

    profiles: tuple[Profile, ...]
    default_zone: str
    allow_html: bool
    tag_rules: TagRules
    undated: str = "file-time"  # or "skip": what becomes of a copy that prints no date
    language: str = "en"  # the site's language: articles not in a script of their own
    recipe: bytes = b""  # the pickled settings it was made from
    # Not in the recipe: how long a parse may take decides no article's content.
    time_limit: float = 10.0

    def __reduce__(self) -> tuple[object, tuple[bytes, float]]:
        return _context_from_recipe, (self.recipe, self.time_limit)


def context_from_config(config: Config) -> ParseContext:
    settings = (
        config.profiles,
        config.timezone,
        config.allow_html,
        config.tags,
        config.undated,
        config.language,
    )
    return _context_from_recipe(pickle.dumps(settings, protocol=4), config.parse_timeout)


@lru_cache(maxsize=8)
def _context_from_recipe(recipe: bytes, time_limit: float = 10.0) -> ParseContext:
    profiles, zone, allow_html, tag_rules, undated, language = pickle.loads(recipe)
    return ParseContext(
        all_profiles(profiles), zone, allow_html, tag_rules, undated, language, recipe, time_limit
    )


def parse_source(source: Source, context: ParseContext) -> Article | ParseError:
    """Never raises for bad input: problems come back as a ParseError value."""
    try:
        with time_limit(context.time_limit):
            return _parse_within_budget(source, context)
    except TookTooLong:
        seconds = f"{context.time_limit:g}"
        return ParseError(source.display, 0, f"took longer than {seconds} s to parse; skipped")


def _parse_within_budget(source: Source, context: ParseContext) -> Article | ParseError:
    try:
        # Pages decode themselves: their charset is declared inside (or in the archive).
        if source.path.suffix.lower() in HTML_SUFFIXES:
            return _finish(parse_html(source.data, context.default_zone), source, (), context)
        if is_archive(source.path.name):
            return _finish(parse_record(source.data, context.default_zone), source, (), context)
        if is_mhtml(source.path.name):
            return _finish(parse_mhtml(source.data, context.default_zone), source, (), context)
        decoded = decode(source.data)
        extracted = _parse_decoded(decoded.text, source, context)
    except DecodeProblem as exc:
        return ParseError(source.display, 1, str(exc))
    except Unparseable as exc:
        is_note = isinstance(exc, NotAnArticle)
        return ParseError(source.display, exc.line, exc.message, is_note=is_note)
    except RecursionError:
        return ParseError(source.display, 1, "structure nested too deeply to read")
    return _finish(extracted, source, decoded.warnings, context)


def _parse_decoded(text: str, source: Source, context: ParseContext) -> Extracted:
    """A Markdown file, or a text copy; a page's text saved as .md (no front matter, no
    headline of its own) is read as the copy it is, a CMS's export saved as .txt (its
    "Title:", "Date:", "Author:" lines atop the text) as the Markdown file it is."""
    is_markdown = source.path.suffix.lower() in MARKDOWN_SUFFIXES
    if is_markdown or is_article_record(text):
        try:
            return parse_markdown(
                text,
                context.default_zone,
                context.allow_html,
                source.path.name,
                source.modified_time,
                context.undated,
            )
        except PlainCopy:
            pass
    if markdown_copy.is_markdown_copy(text):
        text = markdown_copy.unmarked(text)
    text = text_browser.unnumbered(text)
    text = chat_share.unstamped(text)
    text = mail_forward.unheaded(text)
    text = web_archive.without_toolbar(text)
    return parse_text(
        text, context.profiles, context.default_zone, source.modified_time, context.undated
    )


def _finish(
    fields: Extracted, source: Source, warnings: tuple[str, ...], context: ParseContext
) -> Article:
    tags = fields.tags
    if not fields.is_tags_explicit:
        tags = derive_tags(fields.paragraphs, context.tag_rules)
    aliases = dict(context.tag_rules.aliases)
    tags = tuple(dict.fromkeys(aliases.get(t, t) for t in tags))
    body_html = fields.body_html
    if body_html is None:
        body_html = paragraphs_html(fields.paragraphs, fields.captions)
    elif fields.captions:
        body_html = "\n".join([body_html.rstrip("\n"), figures_html(fields.captions)])
    return Article(
        source=source.display,
        title=fields.title,
        slug=slugify(fields.slug or fields.title, fallback_seed=source.display),
        published=fields.published,
        modified=fields.modified,
        section=fields.section,
        byline=fields.byline,
        publisher=fields.publisher,
        tags=tags,
        summary=fields.summary or summarise(fields.paragraphs),
        paragraphs=fields.paragraphs,
        body_html=body_html,
        word_count=_word_count(fields),
        timezone=fields.timezone,
        date_precision=fields.date_precision,
        date_source=fields.date_source,
        is_draft=fields.is_draft,
        profile=fields.profile,
        captions=fields.captions,
        warnings=warnings + fields.warnings,
        notes=fields.notes,
        digest=source.digest,
        original_url=fields.original_url,
        captured=fields.captured,
        lang=fields.lang or detect_language(fields.title, fields.paragraphs, context.language),
        aliases=fields.aliases,
    )


def _word_count(fields: Extracted) -> int:
    """The reader's count when it made one (plain text counts for its notes), else ours."""
    if fields.word_count is not None:
        return fields.word_count
    return sum(word_count(p) for p in fields.paragraphs)


def paragraphs_html(paragraphs: tuple[str, ...], captions: tuple[str, ...]) -> str:
    """Body HTML from plain text, every piece escaped (the one place text becomes markup)."""
    parts = [f"<p>{escape_html(p)}</p>" for p in paragraphs]
    if captions:
        parts.append(figures_html(captions))
    return "\n".join(parts)


def figures_html(captions: tuple[str, ...]) -> str:
    """Photo captions as figure text after the body, escaped."""
    return "\n".join(
        f"<figure><figcaption>{escape_html(c)}</figcaption></figure>" for c in captions
    )


def summarise(paragraphs: tuple[str, ...]) -> str:
    """The lead paragraph, cut at a word boundary."""
    if not paragraphs:
        return ""
    words = paragraphs[0].split()
    if len(words) <= SUMMARY_WORDS:
        return paragraphs[0]
    return " ".join(words[:SUMMARY_WORDS]).rstrip(",;:") + "…"
