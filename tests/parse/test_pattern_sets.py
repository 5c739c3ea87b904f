"""A set told the longest text it is asked opens its long any-character repeats: the same
answers on every text no longer than that (and a smaller automaton, which is the point)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from site_gen.parse.patterns import SHORT_LINE, PatternSet, _open_long_repeats
from site_gen.parse.profiles import builtin_profiles, generic_of

GENERIC = generic_of(builtin_profiles())
SETS = {"chrome": GENERIC.chrome, "captions": GENERIC.caption_patterns}
FIXTURES = Path(__file__).parents[1] / "fixtures" / "sites"
# Every short line of every fixture: captions, chrome and prose alike.
LINES = sorted(
    {
        line.strip()
        for path in FIXTURES.glob("*/*.txt")
        for line in path.read_text("utf-8", "replace").splitlines()
        if 0 < len(line.strip()) <= SHORT_LINE
    }
)


@pytest.mark.parametrize(
    ("source", "opened"),
    [
        (r"^.{10,300}\.\s\(Photo\)$", r"^.{10,}\.\s\(Photo\)$"),
        (r"^.{0,300}?\bPhoto:", r"^.{0,}?\bPhoto:"),
        (r"^.{1,60} photo$", r"^.{1,60} photo$"),  # bounded below the longest line: kept
        (r"^\.{3,300}$", r"^\.{3,300}$"),  # full stops, not any character
        (r"^[^.]{3,300}$", r"^[^.]{3,300}$"),
    ],
)
def test_only_long_repeats_of_any_character_are_opened(source: str, opened: str) -> None:
    assert _open_long_repeats(source, SHORT_LINE) == opened


@pytest.mark.parametrize("name", sorted(SETS))
def test_opened_sets_answer_every_fixture_line_as_the_bounded_ones(name: str) -> None:
    bounded = PatternSet(SETS[name], "full")
    opened = PatternSet(SETS[name], "full", SHORT_LINE)
    assert [opened.hits(line) for line in LINES] == [bounded.hits(line) for line in LINES]


@given(st.sampled_from(sorted(SETS)), st.text(max_size=SHORT_LINE))
def test_opened_sets_answer_any_short_text_as_the_bounded_ones(name: str, text: str) -> None:
    bounded = PatternSet(SETS[name], "full")
    opened = PatternSet(SETS[name], "full", SHORT_LINE)
    assert opened.hits(text) == bounded.hits(text)
