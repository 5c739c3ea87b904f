"""Derived tags: recurring proper names, stop list, aliases, maximum, determinism."""

from __future__ import annotations

from site_gen.config import DEFAULT_ALIASES, TagRules
from site_gen.parse.tags import derive_tags

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
