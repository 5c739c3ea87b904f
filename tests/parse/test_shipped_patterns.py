"""Shipped patterns compile on first use, so a test compiles every one; a person's
patterns are compiled, and refused, where they are read."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import fields

import pytest

import site_gen.parse
from site_gen.core.errors import ConfigError
from site_gen.parse.patterns import Pattern, PatternError, PatternSet
from site_gen.parse.profiles import Profile, builtin_profiles, profile_from_dict


def _patterns_in(value: object) -> list[Pattern]:
    if isinstance(value, Pattern):
        return [value]
    if isinstance(value, PatternSet):
        return list(value.patterns)
    if isinstance(value, (tuple, list)):
        return [p for item in value for p in _patterns_in(item)]
    return []


def _module_patterns() -> list[Pattern]:
    found = []
    for info in pkgutil.walk_packages(site_gen.parse.__path__, "site_gen.parse."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            found += _patterns_in(value)
    return found


def test_every_shipped_pattern_compiles() -> None:
    shipped = [
        pattern
        for profile in builtin_profiles()
        for field in fields(Profile)
        for pattern in _patterns_in(getattr(profile, field.name, None))
    ]
    shipped += _module_patterns()
    assert len(shipped) > 300  # the profiles' patterns and the parser's own were all found
    for pattern in shipped:
        assert pattern.regex is not None, pattern.pattern
    for profile in builtin_profiles():
        for field in fields(Profile):
            value = getattr(profile, field.name, None)
            if isinstance(value, PatternSet):
                value.any("Published 3 May 2024")  # the set compiles too


def test_a_site_profile_with_a_back_reference_is_refused_when_read() -> None:
    with pytest.raises(ConfigError, match=r"match: pattern '\(a\)\\1' cannot run in linear time"):
        profile_from_dict({"name": "courier", "match": [r"(a)\1"]}, "site.toml [[sources]]")


def test_shipped_patterns_wait_for_their_first_use() -> None:
    profile = profile_from_dict({"name": "courier", "match": [r"(a)\1"]}, "x", shipped=True)
    with pytest.raises(PatternError):
        profile.score("aa")
