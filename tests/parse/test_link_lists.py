"""Lists of other stories set between an article's paragraphs, and the tails that look so."""

from __future__ import annotations

from parse_helpers import parse_text

_HEAD = "Harbour Post\nNews\nGrain barge runs aground near the lock\nBy Ines Marlow\nMay 6, 2026\n"
_LEDE = "A grain barge ran aground just below the Wexby lock on Tuesday, closing the channel.\n"
_MORE = "Crews expect to refloat it on Thursday, once the river rises after the rain.\n"


def test_story_goes_on_under_a_related_list() -> None:
    listed = "Related Stories\nLock keeper retires after 30 years\nDredging starts at Wexby\n"
    text = _HEAD + _LEDE + listed + _MORE
    assert parse_text(text).paragraphs[-1] == _MORE.strip()


def test_a_card_with_its_kicker_and_blurb_still_ends_the_story() -> None:
    card = "Related Stories\nWeather\nFrost warning for the plains\nPublished\n"
    card += "Farmers should cover young crops tonight, forecasters said.\n"
    assert parse_text(_HEAD + _LEDE + _MORE + card).paragraphs[-1] == _MORE.strip()


def test_a_list_of_teaser_questions_still_ends_the_story() -> None:
    teasers = "More on this\nLock keeper retires after 30 years\nDredging starts at Wexby\n"
    teasers += "Who pays for the damage to the lock?\n"
    assert parse_text(_HEAD + _LEDE + _MORE + teasers).paragraphs[-1] == _MORE.strip()
