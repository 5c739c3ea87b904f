"""Where the body starts under a headline: after bulleted points that summarise it."""

from __future__ import annotations

from parse_helpers import parse_text

HEAD = "Council votes to reopen the Marrow Street baths after repairs\n"
LEDE = "The council voted on Tuesday to reopen the baths, shut since the storms of last winter."
REST = "\nShare of the cost will come from the leisure reserve, the council said on Tuesday.\n"


def test_bulleted_points_under_the_headline_are_no_body() -> None:
    points = (
        "• The baths will reopen after repairs costing 2.4 million.\n• Clubs get early lanes.\n"
    )
    article = parse_text(HEAD + points + LEDE + REST)
    assert article.paragraphs[0] == LEDE


def test_one_bullet_under_the_headline_is_still_the_body() -> None:
    point = "• The baths will reopen after repairs costing 2.4 million, the council said.\n"
    article = parse_text(HEAD + point + LEDE + REST)
    assert article.paragraphs[0].startswith("• The baths")


def test_a_body_of_points_alone_stays_the_body() -> None:
    points = "• The baths will reopen after repairs costing 2.4 million.\n• Clubs get lanes.\n"
    article = parse_text(HEAD + points + "• The learner pool opens first, in the autumn.\n")
    assert article.paragraphs[0].startswith("• The baths")


def test_a_photos_by_credit_with_a_colon_is_no_part_of_the_standfirst() -> None:
    standfirst = "The baths will open in May, a year after the storms flooded their boiler room."
    fields = "\nDate: 9/14/2025\nBy: Delia Okonkwo\nPhotos By: Graphic by Ravi Menon\n\n"
    article = parse_text(HEAD + "\n" + standfirst + "\n" + fields + LEDE + "\n" + REST)
    assert article.summary == standfirst
    assert article.byline == ("Delia Okonkwo",)
