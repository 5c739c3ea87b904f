"""What `site-gen check` reports about parsed sources: counts and doubtful articles, pure."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from site_gen.errors import ParseError
from site_gen.model import Article

SHORT_BODY_WORDS = 60


@dataclass(frozen=True, slots=True)
class CheckSummary:
    files: int
    ok: int
    warned: int
    errors: int
    profiles: tuple[tuple[str, int], ...]
    assumed_zone: tuple[str, ...]  # sources whose date printed no zone
    no_byline: tuple[str, ...]
    short_body: tuple[str, ...]


def is_zone_assumed(article: Article) -> bool:
    return any(
        n.field == "timezone" and n.rule.startswith("assumed") for n in article.notes
    ) or any("time zone" in w for w in article.warnings)


def summarise_check(articles: list[Article], problems: list[ParseError]) -> CheckSummary:
    warned = sum(1 for a in articles if a.warnings)
    profiles = Counter(a.profile for a in articles)
    return CheckSummary(
        files=len(articles) + len(problems),
        ok=len(articles) - warned,
        warned=warned,
        errors=len(problems),
        profiles=tuple(sorted(profiles.items(), key=lambda item: (-item[1], item[0]))),
        assumed_zone=tuple(a.source for a in articles if is_zone_assumed(a)),
        no_byline=tuple(a.source for a in articles if not a.byline),
        short_body=tuple(a.source for a in articles if a.word_count < SHORT_BODY_WORDS),
    )


def summary_table(summary: CheckSummary) -> list[str]:
    """The table printed after the per-file lines."""
    rows = [
        ("files", summary.files),
        ("ok", summary.ok),
        ("warnings", summary.warned),
        ("errors", summary.errors),
    ]
    rows += [(f"profile {name}", count) for name, count in summary.profiles]
    rows += [
        ("assumed zone", len(summary.assumed_zone)),
        ("no byline", len(summary.no_byline)),
        (f"body < {SHORT_BODY_WORDS} words", len(summary.short_body)),
    ]
    width = max(len(label) for label, _ in rows)
    return [f"{label:<{width}}  {count:>6}" for label, count in rows]


def doubt_lines(summary: CheckSummary) -> list[str]:
    """One line per doubtful (but parsed) article, in the `path:line: message` form."""
    # Assumed zones are only counted: reading in the profile's zone is the normal case,
    # and the site default zone already comes with a warning.
    lines = [f"{s}:1: note: no byline found" for s in summary.no_byline]
    lines += [
        f"{s}:1: note: body is shorter than {SHORT_BODY_WORDS} words; check what was cut"
        for s in summary.short_body
    ]
    return lines
