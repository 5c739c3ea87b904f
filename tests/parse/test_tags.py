"""Derived tags: recurring proper names, stop list, aliases, maximum, determinism; and
printed tag lines split into tags."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from site_gen.core.config import DEFAULT_ALIASES, TagRules
from site_gen.parse import lines
from site_gen.parse.profiles import builtin_profiles, generic_of
from site_gen.parse.tags import STOP, _names, derive_tags

RULES = TagRules()


def test_recurring_names_become_tags_most_mentioned_first() -> None:
    paragraphs = (
        "Officials in Dhaka met envoys from India on Monday.",
        "The talks in Dhaka covered trade with India and Nepal.",
        "Later, Dhaka said the next round would be held soon.",
    )
    assert derive_tags(paragraphs, RULES) == ("Dhaka", "India")


def test_single_mentions_and_sentence_starts_are_not_tags() -> None:
    paragraphs = ("Nepal was mentioned once. Tomorrow is another day. Tomorrow again.",)
    assert derive_tags(paragraphs, RULES) == ()


def test_aliases_merge_spellings() -> None:
    rules = TagRules(aliases=DEFAULT_ALIASES)
    paragraphs = ("Talks with the US went well, said the minister.", "The US team left.")
    assert derive_tags(paragraphs, rules) == ("United States",)


def test_surname_counts_for_full_name() -> None:
    paragraphs = ("The spokesman John Kirby spoke.", "Later Mr Kirby added more.")
    assert derive_tags(paragraphs, RULES) == ("John Kirby",)


def test_stop_list_and_maximum() -> None:
    names = [f"Place{chr(65 + i)}" for i in range(12)]
    paragraphs = tuple(f"We saw {n} and then {n} again." for n in names)
    tags = derive_tags(paragraphs, TagRules(max_per_article=3, stop=("PlaceA",)))
    assert tags == ("PlaceB", "PlaceC", "PlaceD")


def test_surname_shared_by_two_full_names_stays_apart() -> None:
    paragraphs = (
        "John Kirby met Jane Kirby and John Kirby left.",
        "Later Jane Kirby spoke, and Kirby agreed with Kirby.",
    )
    assert derive_tags(paragraphs, RULES) == ("John Kirby", "Jane Kirby", "Kirby")


def test_equal_counts_keep_the_order_first_mentioned() -> None:
    paragraphs = ("We met Zed Alpha and Abe Beta.", "Later Abe Beta and Zed Alpha left.")
    assert derive_tags(paragraphs, RULES) == ("Zed Alpha", "Abe Beta")


# The rule _names implements, one token at a time (tags.py groups lower-case words).
_PLAIN_TOKEN = re.compile(r"[A-Z]\w*(?:[-'][A-Z]\w*)*|[a-z]\w*|[.!?:;\"“”‘’(),]")


def _plain_names(paragraph: str, stop: frozenset[str]) -> list[tuple[str, bool]]:
    found: list[tuple[str, bool]] = []
    run: list[str] = []
    run_is_initial = at_start = True
    for token in _PLAIN_TOKEN.findall(paragraph):
        if token[0] in string.ascii_uppercase and token.lower() not in stop:
            run_is_initial = at_start if not run else run_is_initial
            run.append(token)
        else:
            if run:
                found.append((" ".join(run), run_is_initial))
            run = []
        at_start = token in '.!?:;"“”'
    if run:
        found.append((" ".join(run), run_is_initial))
    return [(name, initial) for name, initial in found if len(name) > 1]


WORDS = ["Dhaka", "the", "The", "Mr", "O'Brien", "al-Assad", "iPhone", "Zürich", "élan", "x"]
PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.text(alphabet="aAzZ é_2'-.!?:;\"“”‘’(),\n", min_size=1, max_size=3),
)


@settings(max_examples=500)
@given(st.lists(PIECES, max_size=40).map(" ".join), st.sampled_from([STOP, frozenset()]))
def test_names_follow_the_token_rule(paragraph: str, stop: frozenset[str]) -> None:
    assert _names(paragraph, stop) == _plain_names(paragraph, stop)


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        (
            "Tagged with: Mayor Ines Varga. Chief Tomas Brell",
            ("Mayor Ines Varga", "Chief Tomas Brell"),
        ),
        ("Tagged with: U.S. Senate. Harbour Board", ("U.S. Senate", "Harbour Board")),
        ("Tagged with: Gen. Jo Roe", ("Gen. Jo Roe",)),
    ],
)
def test_tags_ended_by_full_stops_are_split_there(line: str, tags: tuple[str, ...]) -> None:
    generic = generic_of(builtin_profiles())
    assert lines.tag_list(line, generic, generic) == tags


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("flood, relief, camps,", ("flood", "relief", "camps")),
        ("buses, night, ring-road, transport,", ("buses", "night", "ring-road", "transport")),
        # a story's words, not a keyword list: capitals, an item of two words, no closing comma
        ("Rice, lentils, oil,", None),
        ("apples, pears and plums,", None),
        ("apples, pears, plums", None),
        ("flood, relief,", None),  # two words are no list
    ],
)
def test_bare_keywords_closed_by_commas_are_tags(line: str, tags: tuple[str, ...] | None) -> None:
    generic = generic_of(builtin_profiles())
    assert lines.tag_list(line, generic, generic) == tags
