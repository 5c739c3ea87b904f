"""Source profiles: per-site knowledge as data (YAML files here, [[sources]] in site.toml)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache
from importlib import resources
from typing import Any

import yaml

from site_gen.core.errors import ConfigError
from site_gen.parse.patterns import (
    SHORT_LINE,
    Pattern,
    PatternError,
    PatternSet,
    compile_pattern,
    lazy_pattern,
)

# libyaml's loader when PyYAML has it: every build loads these files, ~10x quicker.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# How many characters at each end of a file are searched for a site's marks.
RECOGNITION_REACH = 30_000
# One site mark (name, domain, copyright line), or three hints, choose a profile.
MIN_SCORE = 3


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    publisher: str | None = None
    timezone: str | None = None
    match: tuple[Pattern, ...] = ()
    weak_match: tuple[Pattern, ...] = ()
    zones: tuple[tuple[str, str], ...] = ()
    sections: tuple[str, ...] = ()
    byline_patterns: tuple[Pattern, ...] = ()
    date_labels: tuple[tuple[str, str], ...] = ()
    chrome: tuple[Pattern, ...] = ()
    chrome_tail: tuple[Pattern, ...] = ()
    caption_patterns: tuple[Pattern, ...] = ()
    tag_line_patterns: tuple[Pattern, ...] = ()
    # Chrome, tail and caption patterns as one set each, asked in one call, derived.
    chrome_any: PatternSet = field(init=False, repr=False, compare=False)
    chrome_tail_any: PatternSet = field(init=False, repr=False, compare=False)
    caption_any: PatternSet = field(init=False, repr=False, compare=False)
    # Profiles key caches (the recogniser of a profile list): hashed once, not per page.
    hash_value: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Frozen: the derived fields are set once here, as a constructor would.
        derived = {
            # (chrome and captions are asked of short lines only: see lines.is_chrome)
            "chrome_any": PatternSet(self.chrome, "full", SHORT_LINE),
            "chrome_tail_any": PatternSet(self.chrome_tail, "start"),
            "caption_any": PatternSet(self.caption_patterns, "full", SHORT_LINE),
            "hash_value": hash(self._settings()),
        }
        for name, value in derived.items():
            object.__setattr__(self, name, value)

    def _settings(self) -> tuple[Any, ...]:
        return tuple(getattr(self, f.name) for f in fields(self) if f.init)

    def __reduce__(self) -> tuple[type[Profile], tuple[Any, ...]]:
        """Pickled as its settings only; the derived fields are made again on loading."""
        return Profile, self._settings()

    def __hash__(self) -> int:
        return self.hash_value

    def score_hits(self, strong: int, weak: int) -> int:
        """Evidence from `strong` site marks (3 each) and `weak` shared hints (1 each)."""
        if strong == 0 and len(self.weak_match) < MIN_SCORE:
            return 0
        return strong * MIN_SCORE + weak

    def score(self, text: str) -> int:
        """Evidence the text comes from this site: a site mark counts 3, a shared hint 1."""
        strong = sum(1 for p in self.match if p.search(text))
        weak = sum(1 for p in self.weak_match if p.search(text))
        return self.score_hits(strong, weak)


def profile_from_dict(data: dict[str, Any], origin: str, *, shipped: bool = False) -> Profile:
    """Check one profile table and its patterns; errors name the origin. A person's
    patterns are compiled now (a bad one is refused here); those `shipped` with site_gen,
    which a test compiles, on first use."""
    make = lazy_pattern if shipped else compile_pattern
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        raise ConfigError(f"{origin}: a source profile needs a 'name'")

    def patterns(key: str, multiline: bool = False) -> tuple[Pattern, ...]:
        values = data.get(key) or []
        if not isinstance(values, list):
            raise ConfigError(f"{origin}: {key} must be a list of regular expressions")
        compiled = []
        for value in values:
            try:
                compiled.append(make(str(value), multiline=multiline))
            except PatternError as exc:
                raise ConfigError(
                    f"{origin}: {key}: pattern '{value}' cannot run in linear time"
                    f" (RE2: {exc}); rewrite it without back references or look-arounds"
                ) from None
        return tuple(compiled)

    labels = data.get("date_labels") or {}
    zones = data.get("zones") or {}
    return Profile(
        name=data["name"],
        publisher=data.get("publisher"),
        timezone=data.get("timezone"),
        match=patterns("match", multiline=True),
        weak_match=patterns("weak_match", multiline=True),
        zones=tuple((str(k).upper(), str(v)) for k, v in zones.items()),
        sections=tuple(str(s) for s in data.get("sections") or ()),
        byline_patterns=patterns("byline_patterns"),
        date_labels=tuple((str(k), str(v)) for k, v in labels.items()),
        chrome=patterns("chrome"),
        chrome_tail=patterns("chrome_tail"),
        caption_patterns=patterns("caption_patterns"),
        tag_line_patterns=patterns("tag_line_patterns"),
    )


@cache
def builtin_profiles() -> tuple[Profile, ...]:
    """Every profile shipped with site_gen, generic included, sorted by name."""
    found = []
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            data = yaml.load(entry.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
            found.append(profile_from_dict(data, f"profile {entry.name}", shipped=True))
    return tuple(found)


def all_profiles(extra: tuple[tuple[tuple[str, Any], ...], ...] = ()) -> tuple[Profile, ...]:
    """Built-in profiles plus the site's [[sources]]; a site profile replaces one by name."""
    site = [profile_from_dict(dict(items), "site.toml [[sources]]") for items in extra]
    names = {p.name for p in site}
    return tuple(site) + tuple(p for p in builtin_profiles() if p.name not in names)


def generic_of(profiles: tuple[Profile, ...]) -> Profile:
    for profile in profiles:
        if profile.name == "generic":
            return profile
    return Profile(name="generic")


def choose_profile(text: str, profiles: tuple[Profile, ...]) -> Profile:
    """The profile whose recognition patterns hit most often; generic when none does."""
    if len(text) > 2 * RECOGNITION_REACH:
        # Site marks sit in the page header and footer; scanning a huge middle costs time.
        text = text[:RECOGNITION_REACH] + "\n" + text[-RECOGNITION_REACH:]
    marks, owners = _recogniser(profiles)
    hits = marks.hits(text)
    best, best_score = generic_of(profiles), MIN_SCORE - 1
    for at, profile in enumerate(profiles):
        strong = sum(1 for i in owners[at][0] if i in hits)
        weak = sum(1 for i in owners[at][1] if i in hits)
        score = profile.score_hits(strong, weak)
        if score > best_score:
            best, best_score = profile, score
    return best


@cache
def _recogniser(
    profiles: tuple[Profile, ...],
) -> tuple[PatternSet, tuple[tuple[range, range], ...]]:
    """Every profile's marks in one set, searched in one pass over a page, and which
    indices of the set belong to each profile (its strong marks, its weak hints)."""
    marks: list[Pattern] = []
    owners = []
    for profile in profiles:
        strong = range(len(marks), len(marks) + len(profile.match))
        marks.extend(profile.match)
        weak = range(len(marks), len(marks) + len(profile.weak_match))
        marks.extend(profile.weak_match)
        owners.append((strong, weak))
    return PatternSet(tuple(marks)), tuple(owners)
