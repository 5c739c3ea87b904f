"""Source profiles: per-site knowledge as data (YAML files here, [[sources]] in site.toml)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import cache
from importlib import resources
from typing import Any

import yaml

from site_gen.errors import ConfigError
from site_gen.parse.literals import FoldedText, Needs, fold_text, found, needs_of

# libyaml's loader when PyYAML has it: every build loads these files, ~10x quicker.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_FLAGS = re.IGNORECASE
# How many characters at each end of a file are searched for a site's marks.
RECOGNITION_REACH = 30_000
# One site mark (name, domain, copyright line), or three hints, choose a profile.
MIN_SCORE = 3


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    publisher: str | None = None
    timezone: str | None = None
    match: tuple[re.Pattern[str], ...] = ()
    weak_match: tuple[re.Pattern[str], ...] = ()
    zones: tuple[tuple[str, str], ...] = ()
    sections: tuple[str, ...] = ()
    byline_patterns: tuple[re.Pattern[str], ...] = ()
    date_labels: tuple[tuple[str, str], ...] = ()
    chrome: tuple[re.Pattern[str], ...] = ()
    chrome_tail: tuple[re.Pattern[str], ...] = ()
    caption_patterns: tuple[re.Pattern[str], ...] = ()
    tag_line_patterns: tuple[re.Pattern[str], ...] = ()
    # What each match / weak_match pattern needs in a text (see literals.py), derived.
    match_needs: tuple[Needs | None, ...] = field(init=False, repr=False, compare=False)
    weak_match_needs: tuple[Needs | None, ...] = field(init=False, repr=False, compare=False)
    # Chrome, tail and caption patterns as one regex each (see any_of), derived.
    chrome_any: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    chrome_tail_any: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    caption_any: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Frozen: the derived fields are set once here, as a constructor would.
        derived = {
            "match_needs": _needs_of_each(self.match),
            "weak_match_needs": _needs_of_each(self.weak_match),
            "chrome_any": any_of(self.chrome),
            "chrome_tail_any": any_of(self.chrome_tail),
            "caption_any": any_of(self.caption_patterns),
        }
        for name, value in derived.items():
            object.__setattr__(self, name, value)

    def __reduce__(self) -> tuple[type[Profile], tuple[Any, ...]]:
        """Pickled as its settings only; the derived fields are made again on loading.

        The parse context is pickled for every batch sent to the pool and hashed into the
        cache key (collect.context_key). Derived strings share objects with each other
        in an order set by string hashing, so their pickle would differ between runs.
        """
        return Profile, tuple(getattr(self, f.name) for f in fields(self) if f.init)

    def score(self, text: str, page: FoldedText | None = None) -> int:
        """Evidence the text comes from this site: a site mark counts 3, a shared hint 1.

        `page` is `literals.fold_text(text)`, for callers that score one text many times.
        """
        if page is None:
            page = fold_text(text)
        strong = _hits(self.match, self.match_needs, page)
        if strong == 0 and len(self.weak_match) < MIN_SCORE:
            return 0
        return strong * MIN_SCORE + _hits(self.weak_match, self.weak_match_needs, page)


# Cached per process: every batch of the pool unpickles the profiles (see __reduce__).
@cache
def _needs_of_each(patterns: tuple[re.Pattern[str], ...]) -> tuple[Needs | None, ...]:
    return tuple(map(needs_of, patterns))


@cache
def any_of(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """The patterns as one alternation: it matches where one of them would, in one call
    instead of dozens per line. None where joining could change an answer: patterns
    with groups (a back reference would count them anew), mixed or verbose flags, or
    a join that does not compile (a global flag inside)."""
    flags = {p.flags for p in patterns}
    if len(flags) != 1 or any(p.groups for p in patterns):
        return None
    (flag,) = flags
    if flag & re.VERBOSE:  # a comment in one pattern would run on into the next
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), flag)
    except re.error:
        return None


def _hits(
    patterns: tuple[re.Pattern[str], ...], needs: tuple[Needs | None, ...], page: FoldedText
) -> int:
    """How many of the patterns the page's text matches."""
    return sum(1 for p, n in zip(patterns, needs, strict=True) if found(p, n, page))


def profile_from_dict(data: dict[str, Any], origin: str) -> Profile:
    """Check one profile table and compile its patterns; errors name the origin."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        raise ConfigError(f"{origin}: a source profile needs a 'name'")

    def patterns(key: str, flags: int = _FLAGS) -> tuple[re.Pattern[str], ...]:
        values = data.get(key) or []
        if not isinstance(values, list):
            raise ConfigError(f"{origin}: {key} must be a list of regular expressions")
        compiled = []
        for value in values:
            try:
                compiled.append(re.compile(str(value), flags))
            except re.error as exc:
                raise ConfigError(
                    f"{origin}: {key}: bad regular expression {value!r}: {exc}"
                ) from None
        return tuple(compiled)

    labels = data.get("date_labels") or {}
    zones = data.get("zones") or {}
    return Profile(
        name=data["name"],
        publisher=data.get("publisher"),
        timezone=data.get("timezone"),
        match=patterns("match", _FLAGS | re.MULTILINE),
        weak_match=patterns("weak_match", _FLAGS | re.MULTILINE),
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
            found.append(profile_from_dict(data, f"profile {entry.name}"))
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
    best, best_score = generic_of(profiles), MIN_SCORE - 1
    page = fold_text(text)
    for profile in profiles:
        score = profile.score(text, page)
        if score > best_score:
            best, best_score = profile, score
    return best
