"""Where the header rules for a broadcaster's two standfirsts, a subject's photo caption,
a caption over the share bar and alt text over a caption stop: the look-alikes they leave."""

from __future__ import annotations

from parse_helpers import parse_text

from site_gen.parse import header

LEDE = (
    "The county's road crews began resurfacing the western ring road on Monday, closing "
    "one lane in each direction until the end of the month."
)
MORE = (
    "Drivers were told to allow an extra 15 minutes at peak times, and buses on the route "
    "will run to a longer timetable while the work goes on."
)


def test_teaser_blurb_over_the_headline_is_not_a_standfirst() -> None:
    # another story's headline and blurb over the page's headline: the blurb tells another
    # story (no words shared with the headline under it), so it stops the walk up
    texts = [
        "Library opens new reading room",
        "",
        "The town library has opened a reading room for children in its old basement.",
        "",
        "Road crews start work on western ring road",
    ]
    assert header._headline_over_decks(texts, 2, 4) is None


def test_two_standfirsts_that_tell_the_headline_s_story() -> None:
    texts = [
        "Road crews start work on the western ring road this month",
        "",
        "The county's road crews began resurfacing the western ring road, closing one lane.",
        "",
        "Resurfacing of western ring road to close lanes until June",
    ]
    assert header._headline_over_decks(texts, 2, 4) == 0


def test_writer_whose_surname_is_in_the_headline_stays_the_byline() -> None:
    # the lede does not name her: the name under the headline is the writer's
    article = parse_text(f"Why the Roe Street bridge still matters\n\nJo Roe\n\n{LEDE}\n\n{MORE}\n")
    assert article.byline == ("Jo Roe",)


def test_one_sentence_lede_over_a_share_bar_stays_the_lede() -> None:
    # the paragraph under the bar opens in small letters: no print lede, so the sentence
    # above the bar is the story's own first paragraph
    article = parse_text(
        "Ring road works begin\n\nJune 4th, 2025 6:30 PM\n\nBy Jo Roe\n\n"
        f"{LEDE}\n\nShare this article\n\n{MORE}\n"
    )
    assert article.paragraphs[0] == LEDE


def test_two_line_block_without_a_caption_stays_in_the_body() -> None:
    article = parse_text(
        f"Ring road works begin\n\nBy Jo Roe\n\n{LEDE}\n\nCrews will work at night.\n{MORE}\n"
    )
    assert "Crews will work at night." in " ".join(article.paragraphs)
