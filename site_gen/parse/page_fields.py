"""Each field of a saved page: what it declared first (JSON-LD, meta tags), then what
trafilatura guessed; dates read as ISO 8601 in the site's zone when they carry no offset."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from site_gen.parse.dates import in_zone, zone_info
from site_gen.parse.decode import clean_inline
from site_gen.parse.fields import Unparseable
from site_gen.parse.page_facts import Capture, Facts, first, first_text

_DECLARED = 0.95  # how sure a field is when the page declared it
GUESSED = 0.6  # ... when trafilatura's heuristics found it


def confidence(rule: str) -> float:
    if rule.startswith(("JSON-LD", "meta", "archive")):
        return _DECLARED
    if rule.startswith("not found"):
        return 0.0
    return GUESSED


def title(facts: Facts, found: dict[str, Any]) -> tuple[str, str]:
    headline = first_text(facts.article.get("headline")) or first_text(facts.article.get("name"))
    if headline:
        return headline, "JSON-LD headline"
    og_title = first(facts.meta, "og:title", "twitter:title")
    if og_title:
        return og_title, "meta og:title"
    guessed = first_text(found.get("title")) or facts.html_title
    return (guessed or ""), "trafilatura title" if guessed else "not found"


def _names(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    names = (first_text(item) for item in items)
    return tuple(dict.fromkeys(n for n in names if n and not _is_url(n)))


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://", "/"))


def byline(facts: Facts, found: dict[str, Any]) -> tuple[tuple[str, ...], str]:
    declared = _names(facts.article.get("author"))
    if declared:
        return declared, "JSON-LD author"
    meta = _names(list(facts.meta.get("author", ()) + facts.meta.get("article:author", ())))
    if meta:
        return meta, "meta author"
    guessed = first_text(found.get("author"))
    if guessed:
        return tuple(n.strip() for n in guessed.split(";") if n.strip()), "trafilatura author"
    return (), "not found"


def section(facts: Facts, found: dict[str, Any]) -> tuple[str | None, str]:
    declared = first_text(facts.article.get("articleSection"))
    if declared:
        return declared, "JSON-LD articleSection"
    meta = first(facts.meta, "article:section")
    if meta:
        return meta, "meta article:section"
    categories = found.get("categories") or []
    if categories:
        return clean_inline(str(categories[0])), "trafilatura categories"
    return None, "not found"


def tags(facts: Facts, found: dict[str, Any]) -> tuple[tuple[str, ...], str]:
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


def publisher(facts: Facts, found: dict[str, Any]) -> tuple[str | None, str]:
    declared = first_text(facts.article.get("publisher"))
    if declared:
        return declared, "JSON-LD publisher"
    meta = first(facts.meta, "og:site_name")
    if meta:
        return meta, "meta og:site_name"
    guessed = first_text(found.get("sitename"))
    return guessed, "trafilatura sitename" if guessed else "not found"


def original_url(facts: Facts, capture: Capture) -> tuple[str | None, str]:
    """The publisher's own address for the page, else where the archive fetched it."""
    entity = facts.article.get("mainEntityOfPage")
    candidates = (
        (first_text(facts.article.get("url")), "JSON-LD url"),
        (first_text(entity), "JSON-LD mainEntityOfPage"),
        (first(facts.meta, "og:url"), "meta og:url"),
        (facts.canonical, "link rel=canonical"),
        (capture.url, "archive record's target URI"),
        (facts.saved_from, "the browser's 'saved from' comment"),
    )
    for url, rule in candidates:
        if url and url.startswith(("http://", "https://")):
            return clean_inline(url), rule
    return None, "not found"


def captured_rule(capture: Capture, facts: Facts) -> str:
    if capture.captured:
        return "archive record's WARC-Date"
    return "SingleFile 'saved date'" if facts.saved_at else "not found"


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class Dates:
    default_zone: str
    warnings: list[str]

    def published(self, facts: Facts, found: dict[str, Any]) -> tuple[datetime, str, str]:
        candidates = (
            (first_text(facts.article.get("datePublished")), "JSON-LD datePublished"),
            (first(facts.meta, "article:published_time"), "meta article:published_time"),
            (first(facts.meta, "datepublished", "og:published_time"), "meta datePublished"),
            # the first <time datetime> with a clock: the byline's (htmldate gives the day)
            (_first_timed(facts.time_stamps), "the article's first <time datetime>"),
            (first_text(found.get("date")), "trafilatura date (htmldate)"),
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

    def modified(self, facts: Facts) -> tuple[datetime | None, str]:
        candidates = (
            (first_text(facts.article.get("dateModified")), "JSON-LD dateModified"),
            (first(facts.meta, "article:modified_time", "og:updated_time"), "meta modified_time"),
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


def zone_name(published: datetime, default_zone: str) -> str:
    """The site's zone when the page's offset agrees with it, else the offset itself."""
    offset = published.utcoffset() or timedelta(0)
    if in_zone(published, default_zone).utcoffset() == offset:
        return default_zone
    if offset == timedelta(0):
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _first_timed(stamps: tuple[str, ...]) -> str | None:
    """The first stamp that holds a time of day ("2024-03-05T10:12:00+01:00")."""
    return next((stamp for stamp in stamps if _CLOCK.search(stamp)), None)


_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
