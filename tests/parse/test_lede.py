"""Where the body starts under a headline: after bulleted points that summarise it."""

from __future__ import annotations

import pytest
from parse_helpers import parse_text

from site_gen.parse import lede
from site_gen.parse.lede import split_signed_standfirst, split_standfirst

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


def test_a_summary_in_capitals_over_the_lede_is_the_standfirst() -> None:
    summary = (
        "LE PORT DE KERBALA ROUVRE APRÈS SIX MOIS DE TRAVAUX. LES PÊCHEURS ATTENDAIENT CE JOUR."
    )
    lede = "Le port de Kerbala a rouvert lundi, a annoncé la mairie, après six mois de travaux."
    paragraphs, lead_in = split_standfirst((summary, lede, "Share of the quay goes to fishers."))
    assert (paragraphs[0], lead_in) == (lede, summary)


def test_a_heading_in_capitals_is_no_standfirst() -> None:
    paragraphs = ("BACKGROUND", "The council met on Tuesday.", "Share of the cost is the port's.")
    assert split_standfirst(paragraphs) == (paragraphs, None)


def test_a_summary_closed_by_the_writers_credit_is_the_standfirst_and_names_the_writer() -> None:
    summary = "Meet the harbour's new pilots. They steer every ship in. By MARA ODUYA."
    paragraphs = (summary, "The six pilots started work on Monday.", "Share of the fees is theirs.")
    assert split_signed_standfirst(paragraphs) == (
        paragraphs[1:],
        "Meet the harbour's new pilots. They steer every ship in.",
        "MARA ODUYA",
    )


def test_a_sentence_ending_with_a_book_by_its_author_names_no_writer() -> None:
    paragraphs = ("The club read a novel by Jo Roe.", "It met on Monday.", "Share of the tea.")
    assert split_signed_standfirst(paragraphs) == (paragraphs, None, None)


def test_a_photos_by_credit_with_a_colon_is_no_part_of_the_standfirst() -> None:
    standfirst = "The baths will open in May, a year after the storms flooded their boiler room."
    fields = "\nDate: 9/14/2025\nBy: Delia Okonkwo\nPhotos By: Graphic by Ravi Menon\n\n"
    article = parse_text(HEAD + "\n" + standfirst + "\n" + fields + LEDE + "\n" + REST)
    assert article.summary == standfirst
    assert article.byline == ("Delia Okonkwo",)


def test_a_teaser_of_headline_and_lede_run_together_gives_way_to_the_lede_in_full() -> None:
    from site_gen.parse.lede import unglue_lede

    title = "Sauberes Wasser für Dörfer am Fluss"
    lede = "Die Gemeinde Talbach hat drei neue Brunnen gebohrt, die vierzig Höfe versorgen."
    teaser = title + lede[:45]
    paragraphs, glued = unglue_lede((teaser, lede, "Die Arbeiten dauerten zwei Monate."), title)
    assert paragraphs == (lede, "Die Arbeiten dauerten zwei Monate.")
    assert glued == ()


def test_a_short_closing_sentence_in_tamil_is_kept() -> None:
    from site_gen.parse import bylines
    from site_gen.parse.profiles import builtin_profiles, generic_of

    last = "முதியவர்களும் குழந்தைகளும் அதிகம் பாதிக்கப்படுகின்றனர்."
    kept, credit = bylines.drop_sign_off(("முதல் பத்தி இது.", last), generic_of(builtin_profiles()))
    assert kept[-1] == last and credit is None


CAPTION_LEDE = (
    "Teachers across Marrow County backed by a wide majority a contract raising pay by a "
    "tenth over three years, which ends months of tense talks with the district."
)
AFTER_LEDE = ("The union said most members voted.", "The contract is signed on Friday.")


@pytest.mark.parametrize(
    "caption",
    [
        "Teachers leave the union hall after the ballot in Marrow County.",  # generic/831
        "The packed hall at Marrow County, with its banners.",  # generic/832, no verb
    ],
)
def test_an_uncredited_caption_over_the_lede_is_no_paragraph(caption: str) -> None:
    paragraphs, captions = lede.split_plain_caption((caption, CAPTION_LEDE, *AFTER_LEDE))
    assert (paragraphs, captions) == ((CAPTION_LEDE, *AFTER_LEDE), (caption,))


@pytest.mark.parametrize(
    "first",
    [
        "Teachers in Marrow County have voted to accept the deal.",  # news: "have"
        "Teachers marched through Marrow County after the ballot.",  # a verb in the past
        "Teachers in Marrow County went on strike. Schools closed.",  # two sentences
        "Les enseignants du comté de Marrow acceptent le contrat.",  # not English
        "Dockers leave the harbour gates after the morning shift.",  # names nothing below
    ],
)
def test_a_short_lede_over_a_longer_paragraph_stays_the_lede(first: str) -> None:
    paragraphs = (first, CAPTION_LEDE, *AFTER_LEDE)
    assert lede.split_plain_caption(paragraphs) == (paragraphs, ())


SUMMARY = "The baths will reopen in May, with a new learner pool and longer opening hours"


@pytest.mark.parametrize(
    "reading_time",
    ["5 min read", "- 5 minutos de lectura'", "Lesezeit: 4 Min.", "Leitura: 3 min"],
)
def test_a_summary_over_the_reading_time_is_the_standfirst(reading_time: str) -> None:
    article = parse_text(HEAD + SUMMARY + "\n" + reading_time + "\n" + LEDE + REST)
    assert article.paragraphs[0] == LEDE


def test_the_reading_time_under_a_lede_below_its_byline_leaves_the_lede() -> None:
    # the head's cluster (a writer, a date) sits between: the first paragraph is the lede
    head = HEAD + "By Jo Roe\nMarch 3, 2024\n\n"
    article = parse_text(head + LEDE + "\n5 min read\n" + REST)
    assert article.paragraphs[0] == LEDE
