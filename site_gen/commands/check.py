"""What `site-gen check` reports about parsed sources: counts and doubtful articles, pure."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from site_gen.core.errors import ParseError
from site_gen.core.model import Article, FieldNote

SHORT_BODY_WORDS = 60
# Fields a reader looks at first; below this confidence `check` names the copy.
LOW_CONFIDENCE = 0.5
CHECKED_FIELDS = ("title", "published", "byline", "section", "body")


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
    # (source, its doubtful field notes), for copies worth a look
    low_confidence: tuple[tuple[str, tuple[FieldNote, ...]], ...] = ()
    file_dated: tuple[str, ...] = ()  # printed no date: dated by the file's time


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
        low_confidence=tuple(
            (a.source, notes) for a in articles if (notes := low_confidence_notes(a))
        ),
        file_dated=tuple(a.source for a in articles if a.date_source == "file"),
    )


def low_confidence_notes(article: Article) -> tuple[FieldNote, ...]:
    """The title, date, byline, section and body notes below LOW_CONFIDENCE, in that
    order; a file-dated copy's date is listed on its own line instead."""
    first: dict[str, FieldNote] = {}
    for note in article.notes:
        first.setdefault(note.field, note)
    skipped = {"published"} if article.date_source == "file" else set()
    return tuple(
        first[name]
        for name in CHECKED_FIELDS
        if name in first
        and name not in skipped
        and first[name].confidence < LOW_CONFIDENCE
        and not _is_absent_by_nature(first[name])
    )


def _is_absent_by_nature(note: FieldNote) -> bool:
    """Most pages print no section line: finding none is no doubt about a value (listing it
    put most copies from sites without a profile on the list, hiding the ones that matter).
    A missing byline stays listed: pages usually print one, and a missed one is a reader's
    loss."""
    return note.field == "section" and note.rule == "none found"


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
        ("low confidence", len(summary.low_confidence)),
        ("dated by file", len(summary.file_dated)),
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


def attention_lines(summary: CheckSummary) -> list[str]:
    """One line per copy whose fields a reader should look at: low-confidence fields,
    and no printed date."""
    lines = [
        f"{source}: low confidence: "
        + ", ".join(f"{n.field} {n.confidence:.2f} ({n.rule})" for n in notes)
        for source, notes in summary.low_confidence
    ]
    lines += [f"{s}: no date printed; dated by the file's time" for s in summary.file_dated]
    return lines
