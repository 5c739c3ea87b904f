"""Scoring fixture copies under a chosen profile list (leave-one-site-out, learned
profiles), by the rule of test_fixtures_corpus; used by tests and bench/ scripts."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_fixtures_corpus import FIELDS, SITES, expected_of, score_result  # noqa: E402

from site_gen.core.config import TagRules  # noqa: E402
from site_gen.core.errors import ParseError  # noqa: E402
from site_gen.core.model import Article, Source  # noqa: E402
from site_gen.parse import ParseContext, parse_source  # noqa: E402
from site_gen.parse.profiles import Profile, builtin_profiles  # noqa: E402

LEARN = Path(__file__).parent / "fixtures" / "learn"
FILE_TIME = 1_700_000_000.0  # as parse_helpers: a copy printing no date is dated by it
# With a site's profile removed, the expected "profile" name cannot be reported: a
# wrong profile shows in the other fields, so that one is not scored.
UNSCORED = frozenset({"profile"})
ORDER = (*FIELDS, "no warning", "error")


def profiled_sites() -> list[str]:
    """Fixture folders named after a built-in profile."""
    names = {p.name for p in builtin_profiles()} - {"generic"}
    return sorted(d.name for d in SITES.iterdir() if d.is_dir() and d.name in names)


def copies_of(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt"))


def without(site: str) -> tuple[Profile, ...]:
    """The built-in profiles with the one named `site` removed."""
    return tuple(p for p in builtin_profiles() if p.name != site)


def parse_with(path: Path, profiles: tuple[Profile, ...]) -> Article | ParseError:
    data = path.read_bytes()
    source = Source(path, path.name, data, hashlib.sha256(data).hexdigest(), FILE_TIME)
    return parse_source(source, ParseContext(profiles, "UTC", False, TagRules()))


def score(path: Path, profiles: tuple[Profile, ...]) -> dict[str, bool]:
    outcome = score_result(expected_of(path), parse_with(path, profiles))
    return {name: ok for name, ok in outcome.items() if name not in UNSCORED}


@dataclass
class Tally:
    """Right and total counts per field."""

    right: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)

    def add(self, outcome: dict[str, bool]) -> None:
        for name, ok in outcome.items():
            self.total[name] = self.total.get(name, 0) + 1
            self.right[name] = self.right.get(name, 0) + int(ok)

    def share(self, name: str | None = None) -> float:
        """Accuracy of one field, or of all fields together."""
        right = sum(self.right.values()) if name is None else self.right.get(name, 0)
        total = sum(self.total.values()) if name is None else self.total.get(name, 0)
        return right / total if total else 1.0

    def fields(self) -> list[str]:
        return sorted(self.total, key=lambda n: ORDER.index(n) if n in ORDER else len(ORDER))


def table(columns: Iterable[tuple[str, Tally]]) -> list[str]:
    """A per-field table, one right/total/accuracy column per tally, and an overall row."""
    columns = list(columns)
    names = list(dict.fromkeys(n for _, t in columns for n in t.fields()))
    heading = f"{'field':<16}" + "".join(f"{label:>22}" for label, _ in columns)
    rows = [heading]
    for name in names:
        cells = [
            f"{t.right.get(name, 0):>5}/{t.total.get(name, 0):<4}{t.share(name):>8.0%}     "
            for _, t in columns
        ]
        rows.append(f"{name:<16}" + "".join(f"{c:>22}" for c in cells))
    overall = [
        f"{sum(t.right.values()):>5}/{sum(t.total.values()):<4}{t.share():>8.0%}     "
        for _, t in columns
    ]
    rows.append(f"{'all fields':<16}" + "".join(f"{c:>22}" for c in overall))
    return rows


def leave_one_site_out() -> tuple[Tally, dict[str, Tally]]:
    """Every profiled site's fixtures read with that site's profile removed."""
    overall = Tally()
    per_site: dict[str, Tally] = {}
    for site in profiled_sites():
        profiles = without(site)
        tally = per_site.setdefault(site, Tally())
        for path in copies_of(SITES / site):
            outcome = score(path, profiles)
            tally.add(outcome)
            overall.add(outcome)
    return overall, per_site
