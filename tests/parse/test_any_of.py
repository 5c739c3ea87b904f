"""Chrome, tail and caption patterns joined into one regex answer as the list did."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from site_gen.parse import lines
from site_gen.parse.profiles import Profile, any_of, builtin_profiles, generic_of

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
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_joined_patterns_answer_like_each_one(
    profile: Profile, kind: str, joined: str, data: st.DataObject
) -> None:
    """Lines one of the patterns matches, cut short or run on: same yes or no."""
    patterns = getattr(profile, kind)
    together = getattr(profile, joined)
    assert together is not None  # built-in patterns have no groups: they can be joined
    one = data.draw(st.sampled_from(patterns))
    line = data.draw(st.from_regex(one, fullmatch=True))
    line = data.draw(st.sampled_from([line, line[:-1], line[1:], line.upper()]))
    line += data.draw(TAILS)
    assert (together.fullmatch(line) is not None) == any(p.fullmatch(line) for p in patterns)
    assert (together.match(line) is not None) == any(p.match(line) for p in patterns)


@pytest.mark.parametrize(
    "patterns",
    [
        (),
        (re.compile("(a)b"), re.compile("x")),  # a group: a back reference could count it
        (re.compile("a", re.IGNORECASE), re.compile("b")),  # flags differ
        (re.compile("a # note", re.VERBOSE), re.compile("b", re.VERBOSE)),
        (re.compile("(?s)a.b"), re.compile("c")),  # a global flag cannot sit inside a join
    ],
)
def test_patterns_that_cannot_be_joined_safely(patterns: tuple[re.Pattern[str], ...]) -> None:
    assert any_of(patterns) is None


def test_profile_that_cannot_join_asks_pattern_by_pattern() -> None:
    generic = generic_of(builtin_profiles())
    site = Profile(
        name="site",
        chrome=(re.compile(r"(Share) (\1)", re.IGNORECASE),),
        chrome_tail=(re.compile("(?s)More.", re.IGNORECASE), re.compile("x", re.IGNORECASE)),
        caption_patterns=(re.compile(r"(Pic): .+", re.IGNORECASE),),
    )
    assert site.chrome_any is site.chrome_tail_any is site.caption_any is None
    assert lines.is_chrome("share share", site, generic)
    assert not lines.is_chrome("share twice", site, generic)
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
