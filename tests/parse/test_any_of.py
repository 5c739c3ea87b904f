"""Chrome, tail and caption patterns asked as one RE2 set answer as the list would."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from site_gen.parse import lines
from site_gen.parse.patterns import PatternSet, compile_pattern
from site_gen.parse.profiles import (
    MIN_SCORE,
    Profile,
    builtin_profiles,
    choose_profile,
    generic_of,
)

FIXTURES = Path(__file__).parents[1] / "fixtures" / "sites"
KINDS = (
    ("chrome", "chrome_any"),
    ("chrome_tail", "chrome_tail_any"),
    ("caption_patterns", "caption_any"),
)
CASES = [
    pytest.param(profile, kind, joined, id=f"{profile.name}-{kind}")
    for profile in builtin_profiles()
    for kind, joined in KINDS
    if getattr(profile, kind)
]
TAILS = st.sampled_from(["", " ", ".", "x", " and more", "\n", "Share", "©"])


@pytest.mark.parametrize("profile,kind,joined", CASES)
@settings(max_examples=30, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_joined_patterns_answer_like_each_one(
    profile: Profile, kind: str, joined: str, data: st.DataObject
) -> None:
    """Lines one of the patterns matches, cut short or run on: same yes or no."""
    patterns = getattr(profile, kind)
    together = getattr(profile, joined)
    one = data.draw(st.sampled_from(patterns))
    # Python's re only writes the examples; RE2 answers. (The 2 s deadline covers
    # hypothesis drawing from a large alternation, not the match.)
    line = data.draw(st.from_regex(re.compile(one.pattern, re.IGNORECASE), fullmatch=True))
    line = data.draw(st.sampled_from([line, line[:-1], line[1:], line.upper()]))
    line += data.draw(TAILS)
    if together.anchor == "full":
        assert together.any(line) == any(p.fullmatch(line) for p in patterns)
    else:
        assert together.any(line) == any(p.match(line) for p in patterns)


MARKS = [p for profile in builtin_profiles() for p in profile.match + profile.weak_match]
GLUE = st.sampled_from(["", " ", "\n", "\n\n", ". ", "x", "©", "ক", "\u2019", " | "])


@settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_search_set_names_the_marks_each_pattern_finds(data: st.DataObject) -> None:
    """The prefiltered set over a page says exactly which site marks a search finds:
    pages made of other marks' examples, cut, shouted or run together."""
    parts = []
    for _ in range(data.draw(st.integers(1, 4))):
        one = data.draw(st.sampled_from(MARKS))
        flags = re.IGNORECASE | (re.MULTILINE if one.multiline else 0)
        example = data.draw(st.from_regex(re.compile(one.pattern, flags), fullmatch=True))
        example = data.draw(st.sampled_from([example, example[1:], example.upper()]))
        parts += [example, data.draw(GLUE)]
    page = "".join(parts)
    together = PatternSet(tuple(MARKS))
    assert together.hits(page) == {i for i, p in enumerate(MARKS) if p.search(page)}


def test_a_set_says_which_patterns_hit() -> None:
    patterns = (
        compile_pattern("a+"),
        compile_pattern("b", ignore_case=False),
        compile_pattern("^c"),
    )
    assert PatternSet(patterns).hits("xAAx B") == {0}
    assert PatternSet(patterns, "full").hits("aaa") == {0}
    assert PatternSet(patterns, "start").hits("cab") == {2}
    assert PatternSet((), "full").any("anything") is False


def test_profile_choice_agrees_with_each_profile_searched_alone() -> None:
    profiles = builtin_profiles()
    for fixture in sorted(FIXTURES.glob("*/*.txt")):
        text = fixture.read_bytes().decode("utf-8", "replace")
        chosen = choose_profile(text, profiles)
        score, at = max((p.score(text), -i) for i, p in enumerate(profiles))
        expected = profiles[-at] if score >= MIN_SCORE else generic_of(profiles)
        assert chosen.name == expected.name, fixture.name


def test_patterns_with_groups_join_and_still_answer() -> None:
    generic = generic_of(builtin_profiles())
    site = Profile(
        name="site",
        chrome=(compile_pattern(r"(Share) (twice)"),),
        chrome_tail=(compile_pattern("(?s)More."), compile_pattern("x")),
        caption_patterns=(compile_pattern(r"(Pic): .+"),),
    )
    assert lines.is_chrome("share twice", site, generic)
    assert not lines.is_chrome("share thrice", site, generic)
    assert lines.is_chrome("Advertisement", site, generic)  # the generic list still counts
    assert lines.is_tail_marker("More\nstories", site, generic)
    assert lines.is_caption("PIC: a boat", site, generic)
    assert not lines.is_caption("a boat", site, generic)


def test_long_lines_are_neither_chrome_nor_captions() -> None:
    generic = generic_of(builtin_profiles())
    cookie = "We use cookies to improve your experience " + "and more " * 16
    assert lines.is_chrome(cookie, generic, generic)
    assert not lines.is_chrome(cookie + "and more " * 5, generic, generic)  # > 200 characters
    caption = "Boats on the river " * 9 + "Photo: Star"
    assert lines.is_caption(caption, generic, generic)
    assert not lines.is_caption("Boats on the river " * 2 + caption, generic, generic)
