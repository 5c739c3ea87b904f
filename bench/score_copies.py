"""Score the parser on a folder of real page copies against hand-written labels.

    python bench/score_copies.py FOLDER [--labels FILE] [--show-failures]

The copies and labels stay outside the repository (their text is not ours to commit). The labels
file is a JSON object keyed by file name; each value holds `title`, `published` (`YYYY-MM-DD` or
`YYYY-MM-DDTHH:MM`, the local wall-clock time as printed, or null when the page prints no date),
`byline` (list), `first_paragraph`, `section` (or null), `tags` (list), `url` and `outlet`.

A refused copy misses every field. A copy labelled without a date counts as right on `published`
only when it is built and says its date came from the file, not from its text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from site_gen.core.config import Config
from site_gen.core.errors import ParseError
from site_gen.core.model import Article, Source
from site_gen.parse import context_from_config, parse_source

FIELDS = ("title", "published", "byline", "first_paragraph", "section", "tags")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"'})
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One field of one copy: scored or not (no printed tags), right or not, and what was read."""

    scored: bool
    right: bool
    got: Any


def norm(text: str | None) -> str | None:
    """The only normalisation allowed: whitespace collapsed, curly and straight quotes equal."""
    if text is None:
        return None
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip() or None


def _published(article: Article, wanted: str | None) -> Outcome:
    got = article.published.strftime("%Y-%m-%dT%H:%M")
    if wanted is None:
        from_file = article.date_source == "file"
        return Outcome(True, from_file, f"{got} (rule says file: {from_file})")
    # Compared in the article's own zone: the wall-clock time the page printed.
    width = len("YYYY-MM-DDTHH:MM") if "T" in wanted else len("YYYY-MM-DD")
    return Outcome(True, got[:width] == wanted[:width], got[:width])


def _first_paragraph(article: Article, wanted: str) -> Outcome:
    got = article.paragraphs[0] if article.paragraphs else None
    return Outcome(True, norm(got) == norm(wanted), got)


def _byline(article: Article, wanted: list[str]) -> Outcome:
    got = [norm(name) for name in article.byline]
    return Outcome(True, got == [norm(name) for name in wanted], list(article.byline))


def _tags(article: Article, wanted: list[str]) -> Outcome:
    got = {norm(tag) for tag in article.tags}
    return Outcome(bool(wanted), {norm(tag) for tag in wanted} <= got, list(article.tags))


CHECKS: dict[str, Callable[[Article, Any], Outcome]] = {
    "title": lambda a, v: Outcome(True, norm(a.title) == norm(v), a.title),
    "published": _published,
    "byline": _byline,
    "first_paragraph": _first_paragraph,
    "section": lambda a, v: Outcome(True, norm(a.section) == norm(v), a.section),
    "tags": _tags,
}


def parse_copy(path: Path) -> Article | ParseError:
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    source = Source(path.resolve(), path.name, data, digest, path.stat().st_mtime)
    return parse_source(source, context_from_config(Config()))


def score_copy(result: Article | ParseError, label: dict[str, Any]) -> dict[str, Outcome]:
    if isinstance(result, ParseError):
        # A refused copy is lost from the archive: every field it has counts as a miss.
        return {f: Outcome(f != "tags" or bool(label["tags"]), False, None) for f in FIELDS}
    return {f: CHECKS[f](result, label[f]) for f in FIELDS}


def _short(value: Any, width: int = 110) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def _share(right: Counter[str], scored: Counter[str], fields: tuple[str, ...]) -> str:
    hits, total = sum(right[f] for f in fields), sum(scored[f] for f in fields)
    return f"{hits / total if total else 0.0:.0%} | {total}"


def report(folder: Path, labels: dict[str, Any], show_failures: bool) -> list[str]:
    lines: list[str] = []
    right: Counter[str] = Counter()
    scored: Counter[str] = Counter()
    built_right: Counter[str] = Counter()  # the same, over the copies that were not refused
    built_scored: Counter[str] = Counter()
    refused: list[str] = []
    missing = [name for name in sorted(labels) if not (folder / name).is_file()]
    for name in sorted(n for n in labels if n not in missing):
        result = parse_copy(folder / name)
        if isinstance(result, ParseError):
            refused.append(f"  {name}: {result.message}")
        for field, outcome in score_copy(result, labels[name]).items():
            scored[field] += outcome.scored
            right[field] += outcome.scored and outcome.right
            if isinstance(result, Article):
                built_scored[field] += outcome.scored
                built_right[field] += outcome.scored and outcome.right
            if show_failures and outcome.scored and not outcome.right:
                want = _short(labels[name][field], 70)
                lines.append(f"MISS {name} {field}: want {want} got {_short(outcome.got, 70)}")
    copies = len(labels) - len(missing)
    lines += ["", f"{copies} copies, {len({v['outlet'] for v in labels.values()})} outlets", ""]
    lines += ["| field | exact | of | exact on built copies | of |", "|---|---|---|---|---|"]
    for field in (*FIELDS, "all fields"):
        pick = FIELDS if field == "all fields" else (field,)
        cells = [_share(right, scored, pick), _share(built_right, built_scored, pick)]
        lines.append(f"| {field} | {' | '.join(cells)} |")
    lines.append(f"\nrefused: {len(refused)} of {copies}")
    reasons = Counter(r.split(": ", 1)[1] for r in refused)
    lines += [f"  {count} × {why}" for why, count in reasons.most_common()]
    if show_failures:
        lines += refused
    lines += [f"label without a copy: {name}" for name in missing]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--labels", type=Path, help="default: FOLDER/../labels.json")
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args(argv)
    labels_path = args.labels or args.folder.resolve().parent / "labels.json"
    labels: dict[str, Any] = json.loads(labels_path.read_text("utf-8"))
    print("\n".join(report(args.folder, labels, args.show_failures)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
