"""The head of a page: short headlines atop it, and the captions that are no headline."""

from __future__ import annotations

import pytest
from parse_helpers import parse_text

from site_gen.parse import header, lines
from site_gen.parse.profiles import builtin_profiles, generic_of

GENERIC = generic_of(builtin_profiles())
BODY = "Growers say the orchards flowered early this year, and they fear a frost in May."


@pytest.mark.parametrize(
    "caption",
    [
        "Boats wait at the quay before the season opens. Lida Marsh / The Coastal Review",
        "Blossom covers the slopes above the vale this spring. (Vale media)",
        "Blossom covers the slopes above the vale this spring. (North Images)",
        "Blossom covers the slopes above the vale this spring. (Ilona Varga CC BY-SA 4.0)",
        "Blossom covers the slopes above the vale this spring, as it does each year when the "
        "winter has been mild and the orchards were pruned late in the autumn before the frost "
        "came down from the hills. (Ilona Varga CC BY-SA 2.0)",
        # a few words of alt text, then the credit's label, in the languages read
        "Tranvía Crédito: Archivo municipal",
        "Orchard in bloom Credit: Vale Press Agency",
        "Obstgarten Foto: Archiv",
    ],
)
def test_a_caption_with_its_credit_is_a_caption(caption: str) -> None:
    assert lines.is_caption(caption, GENERIC, GENERIC)


def test_a_bracketed_name_after_a_paragraph_without_full_stop_is_no_caption() -> None:
    assert not lines.is_caption("The mayor spoke on air (Harbour media)", GENERIC, GENERIC)


def test_a_two_word_headline_atop_the_page_over_a_caption_heads_it() -> None:
    texts = ["Orchards flowering", "", "Blossom covers the slopes this spring. (Vale media)", BODY]
    head = header.find_head(texts, texts, set(), set(), GENERIC, GENERIC)
    assert head is not None and head.title_at == 0


@pytest.mark.parametrize("top", ["Jo Roe", "Top 10", "orchards flowering"])
def test_a_name_a_number_or_a_lower_case_label_atop_the_page_is_no_headline(top: str) -> None:
    texts = [top, BODY]
    assert header.find_head(texts, texts, set(), set(), GENERIC, GENERIC) is None


def test_a_two_word_line_over_other_text_is_no_headline() -> None:
    texts = ["Accessibility Links", "Subscribe to our weekly digest today", BODY]
    head = header.find_head(texts, texts, set(), set(), GENERIC, GENERIC)
    assert head is None or head.title_at != 0


def test_a_subhead_under_a_paragraph_scores_below_the_head_over_the_story() -> None:
    prose = "The parish printer jams on the second copy, so the committee buys another one."
    head = "Village newsletter goes to press at last"
    texts = [head, prose, prose, "Stage One: Hope", prose, prose, prose]
    top = header._score(texts, 0, 1, set(), set(), GENERIC, GENERIC)
    subhead = header._score(texts, 3, 4, set(), set(), GENERIC, GENERIC)
    assert subhead < top


def test_a_share_plugins_label_printed_over_every_post_is_no_headline() -> None:
    post = ["Orchards flower early in the vale", "", "Published", "on", "Spread the love", BODY]
    teaser = ["Frost feared in the upper valley", "", "Published", "on", "Spread the love", BODY]
    texts = post + ["", "Related Stories", ""] + teaser
    kept = [t if not lines.is_chrome(t, GENERIC, GENERIC) else "" for t in texts]
    head = header.find_head(kept, texts, set(), set(), GENERIC, GENERIC)
    assert head is not None and texts[head.title_at] != "Spread the love"


@pytest.mark.parametrize(
    "headline",
    [
        "See Photo : Flood Waters Cut Off Three Villages Near Ogwu River",
        "Watch Video: Crowds Line the Harbour Road for the Regatta",
    ],
)
def test_link_words_inviting_a_look_do_not_make_a_headline_a_caption(headline: str) -> None:
    assert header.is_headline_shaped(headline, GENERIC, GENERIC)


def test_a_pictures_credit_label_is_still_a_caption() -> None:
    assert not header.is_headline_shaped("Photo: Flood Waters Near Ogwu River", GENERIC, GENERIC)


@pytest.mark.parametrize("counter", ["17", "12 Comments", "| No Comments"])
def test_a_comment_counter_under_the_headline_does_not_hide_it(counter: str) -> None:
    texts = [
        "Ferry strike ends as crews return after a week-long walkout",
        "",
        "",
        "A ferry leaves the harbour at dawn",
        BODY,
    ]
    raw = texts[:2] + [counter] + texts[3:]
    head = header.find_head(texts, raw, set(), {2}, GENERIC, GENERIC)
    assert head is not None and head.title_at == 0


@pytest.mark.parametrize("item", ["DOLAR 32,17", "BORSA 8.412", "ALTIN 2.871,05", "Gold 2,345.10"])
def test_a_markets_strips_item_is_no_headline(item: str) -> None:
    assert not header.is_headline_shaped(item, GENERIC, GENERIC)


def test_a_label_printed_twice_on_one_line_is_no_headline() -> None:
    assert header.is_doubled_label("Press Room Press Room")
    assert not header.is_headline_shaped("Press Room Press Room", GENERIC, GENERIC)
    assert not header.is_doubled_label("Bye Bye")  # one word twice may be a headline's


@pytest.mark.parametrize(
    "caption",
    [
        "A stall holder lights lanterns before opening. Marco Fenn/iStockphoto",
        "Crews clear the road after the storm. Ines Vale/dpa",
    ],
)
def test_a_credit_whose_library_starts_lower_case_is_a_caption(caption: str) -> None:
    assert lines.is_caption(caption, GENERIC, GENERIC)


@pytest.mark.parametrize("line", ["Share Adjust Comment Print", "Share | Comment | Print"])
def test_a_toolbar_of_buttons_on_one_line_is_chrome(line: str) -> None:
    assert lines.is_chrome(line, GENERIC, GENERIC)


@pytest.mark.parametrize(
    ("printed", "headline"),
    [
        (
            "09Aug A good newsletter keeps readers informed",
            "A good newsletter keeps readers informed",
        ),
        ("14MAR Roof repairs start at the hall", "Roof repairs start at the hall"),
        ("24 hours in the old port", "24 hours in the old port"),  # a number, no badge
    ],
)
def test_a_day_and_month_badge_glued_before_the_headline_is_left_out(
    printed: str, headline: str
) -> None:
    assert header.clean_title(printed) == headline


@pytest.mark.parametrize(
    "number", ["Press Release No. 112/2026", "Media Release #14", "News Release Number 7"]
)
def test_a_release_number_over_the_headline_is_no_headline(number: str) -> None:
    text = (
        f"{number}\n\nCouncil approves harbour plan after long debate\n\nMarch 3, 2024\n\n"
        "The county council approved the new harbour plan on Tuesday after a long debate, "
        "and work on the first stage is due to start in the spring.\n"
    )
    assert parse_text(text).title == "Council approves harbour plan after long debate"


@pytest.mark.parametrize(
    "line", ["from the Norbury Echo", "by the Evening Desk team", "and other stories this week"]
)
def test_a_line_led_by_a_small_word_in_lower_case_is_no_headline(line: str) -> None:
    assert not header.is_headline_shaped(line, GENERIC, GENERIC)


def test_a_capitalised_headline_of_small_words_still_is_one() -> None:
    assert header.is_headline_shaped("From the harbour to the hills in one day", GENERIC, GENERIC)


HARBOUR_BODY = (
    "The county council approved the new harbour plan on Tuesday after a long debate, "
    "and work on the first stage is due to start in the spring.\n\n"
    "Share of the cost will be met by the port authority, the council said.\n"
)


@pytest.mark.parametrize(
    "writers",
    ["Niamh Brennan, Tomas Keane and Orla Duffy, Kilmorran", "Jo Roe, Al Lee and Ann Fox"],
)
def test_writers_listed_with_their_place_are_no_headline_but_the_byline(writers: str) -> None:
    assert not header.is_headline_shaped(writers, GENERIC, GENERIC)
    text = (
        "Council approves harbour plan after long debate\n\n"
        f"The harbour at dawn. Photo: Kilmorran Post\n\n{writers}\n\n{HARBOUR_BODY}"
    )
    article = parse_text(text)
    assert article.title == "Council approves harbour plan after long debate"
    assert len(article.byline) == 3 and "Kilmorran" not in article.byline


def test_places_listed_are_no_writers() -> None:
    assert lines.name_list("Paris, Berlin and Rome") is None


@pytest.mark.parametrize("badge", ["BREAKING: ", "Breaking News: ", "EXCLUSIVE: "])
def test_a_badge_before_the_headline_is_left_out_of_the_title(badge: str) -> None:
    text = (
        f"{badge}Council approves harbour plan after long debate\n\nMarch 3, 2024\n\n{HARBOUR_BODY}"
    )
    assert parse_text(text).title == "Council approves harbour plan after long debate"


def test_a_trail_of_two_crumbs_over_the_headline_is_no_headline() -> None:
    text = (
        "Register Log in\n\nStaff / Notes from the editors\n\n"
        f"Council approves harbour plan after long debate\n\n{HARBOUR_BODY}"
    )
    assert parse_text(text).title == "Council approves harbour plan after long debate"


def test_a_slash_between_two_words_of_a_headline_keeps_the_headline() -> None:
    text = f"Fire/rescue crews save two from the flooded harbour road\n\nMarch 3, 2024\n\n{HARBOUR_BODY}"
    assert parse_text(text).title == "Fire/rescue crews save two from the flooded harbour road"


def test_a_headline_that_ends_on_a_quote_is_no_paragraph() -> None:
    headline = "Orchard towns say the dry year on the east coast 'speaks for itself'"
    assert not header.is_body_prose(headline)
    assert header.is_body_prose("Growers said the dry year on the east coast spoke for itself.'")
    text = (
        f"Email\n\n{headline}\n\nBy Callum Reid\n\nPosted March 02, 2026 07:45:10\n\n"
        "A grower in the dry rows. Photo: The gauge has barely moved. (Coast Radio: Callum Reid)\n\n"
        f"{HARBOUR_BODY}\nThe dry year\n\nThe dry year\n\n{HARBOUR_BODY}"
    )
    article = parse_text(text)
    assert article.title == headline
    assert article.byline == ("Callum Reid",)
    assert "The dry year" not in article.paragraphs


@pytest.mark.parametrize("column", ["Editor's Viewpoint", "Editor’s Note"])
def test_the_editors_column_label_is_the_section_and_no_writer(column: str) -> None:
    text = f"Council approves harbour plan after long debate\n\n{column}\n\n{HARBOUR_BODY}"
    article = parse_text(text)
    assert article.byline == ()
    assert article.section == column


def test_the_sites_name_and_tagline_atop_the_page_are_no_headline() -> None:
    text = (
        "Upper Valley | Always On Your Side\n"
        f"Council approves harbour plan after long debate\n\n{HARBOUR_BODY}"
    )
    assert parse_text(text).title == "Council approves harbour plan after long debate"


def test_a_headline_with_a_bar_and_lower_case_words_is_no_tagline() -> None:
    assert not header._is_name_and_tagline("Council votes | what it means for rents")


@pytest.mark.parametrize(
    "crumb",
    [
        "HomeRugby (Club Rugby)Sale of Harlow ground approved by members",
        "HomeNews & TopicsPatient CareSale of Harlow ground approved by members",
        "Home Sport Sale of Harlow ground approved by members",
    ],
)
def test_a_breadcrumb_run_into_the_headline_gives_way_to_the_headline(crumb: str) -> None:
    headline = "Sale of Harlow ground approved by members"
    body = (
        "Members of Harlow Vale RFC voted by 212 to 41 on Sunday to sell the club's old "
        "ground on Mill Road.\n\nThe club said the sale would clear its debts and pay for "
        "two floodlit pitches at the new site.\n"
    )
    assert parse_text(f"{crumb}\n\n{headline}\n\n{body}").title == headline


@pytest.mark.parametrize("label", ["Published on", "Posted on:", "Date:"])
def test_a_date_label_without_its_date_still_marks_the_cluster(label: str) -> None:
    copy = (
        "Last week to nominate your school librarian!\n\n"
        f"{label}\n\n"
        "Has a school librarian changed the way your pupils read?\n\n"
        "Entries close on Friday; teachers, parents or pupils may send them in.\n\n"
        "1st Prize: £500 book token\n\n"
        "The winners will be named in the summer issue, with a photograph of each library.\n\n"
        "Latest news\n\n"
        "Reading for pleasure falls among teenagers, survey finds\n\n"
        "A survey of 4,000 pupils found fewer read every day than a year ago, for the third "
        "year running, with boys reading least.\n"
    )
    article = parse_text(copy)
    assert article.title == "Last week to nominate your school librarian!"
    assert article.paragraphs[0] == "Has a school librarian changed the way your pupils read?"
    assert article.paragraphs[-1].startswith("The winners will be named")


def test_a_question_over_its_writer_heads_a_guide_over_its_contents_list() -> None:
    copy = (
        "Sleep\n"
        "Can a warm bath before bed help you fall asleep?\n"
        "Written by Tobias Hendry\n"
        "Medically reviewed by Dr. Nkechi Ibe, MD\n"
        "Updated on March 4, 2025\n"
        "In this article\n"
        "How a bath changes body heat\n"
        "The bottom line\n"
        "A warm bath an hour or two before bed can help some people fall asleep a few "
        "minutes sooner, small studies suggest.\n"
        "How a bath changes body heat\n"
        "Warm water draws blood to the hands and feet, which lets the body's core cool "
        "faster once you get out.\n"
    )
    article = parse_text(copy)
    assert article.title == "Can a warm bath before bed help you fall asleep?"
    assert article.byline == ("Tobias Hendry",)
    assert article.paragraphs[0].startswith("A warm bath")
    assert article.summary is None or "reviewed" not in article.summary


@pytest.mark.parametrize(
    ("text", "is_blurb"),
    [
        (
            "When the festival began it fitted the square. This year the organisers expect more than",
            True,
        ),
        (
            "When the festival began it fitted the square. This year the organisers expect more.",
            False,
        ),
        ("Council approves harbour plan after a long and bitter debate over the north quay", False),
        (
            "U.S. Senate passes farm bill after Democrats and Republicans agree on crop insurance",
            False,
        ),
    ],
)
def test_a_blurb_cut_off_at_a_word_has_a_sentence_inside_and_no_end(
    text: str, is_blurb: bool
) -> None:
    assert header._is_cut_blurb(text) is is_blurb


def test_heads_in_the_more_news_list_under_the_article_do_not_replace_its_headline() -> None:
    story = (
        "Ferry pier approved after long dispute\n\n"
        "The council approved the new ferry pier on Tuesday after a two-year dispute.\n"
        "Work on the north quay is due to start in the spring, the council said.\n"
        "More News\n\n"
        "Library levy heads to voters\n\n14 Aug 2025 | 6:40 PM\n\n"
        "Commissioners voted on Tuesday to put a library levy on the November ballot.\n"
    )
    assert parse_text(story).title == "Ferry pier approved after long dispute"


@pytest.mark.parametrize(
    ("text", "is_tagline"),
    [
        ("Harbour Coast Daily - Latest local news, sport, weather and events", True),
        ("Southern Colorado | Always Watching Out For You", True),
        ("Floods hit Sylhet - thousands stranded, roads cut off", False),
        ("Trump Visits Japan - Talks Trade, Security", False),
    ],
)
def test_a_sites_name_and_what_it_carries_is_a_tagline(text: str, is_tagline: bool) -> None:
    assert header._is_name_and_tagline(text) is is_tagline


def test_a_hard_wrapped_lede_is_no_list_of_cut_blurbs() -> None:
    """A paragraph copied with its line breaks has lines that stop at a small word after a
    sentence, as a list's cut-off blurbs do; but its next line goes on in lower case."""
    lede = "The harbour board is one of the older bodies of the county, since its founding in"
    wrapped = [
        "the old town at the river mouth. Silt has built up along the quay for years, and the",
        "ferry crews have warned of it since the spring.",
    ]
    assert not header._is_teaser(lede, wrapped)
    blurbs = [
        "Ferry fares rise again in the town. The council says the new timetable will help those",
        "Night buses return to the town centre. Drivers say the late routes were missed by the",
    ]
    assert header._is_teaser(lede, blurbs)


def test_the_lines_of_a_hard_wrapped_paragraph_are_no_headline() -> None:
    """A line of a paragraph copied with its line breaks does not end like a sentence, so
    it is shaped like a headline; the paragraph going on in lower case on the next line
    says it is prose (the walk up to the headline stops there)."""
    headline = "Dredge the channel before the storms return instead of waiting for the next survey-Mara Oduya"
    text = (
        f"Harbour Politics\n\n{headline}\n\n{headline}\n\n"
        + "Port Alder is known as one of the quieter harbours on the western coast, since its rebuilding in\nthe year 1990. Silt builds up along the quay every winter, and the pilots and crews of the\nferries have warned of it for years. The board and its engineers\nare said to have put off the work. However, the new survey of the channel was\nmeant to bring fresh hope to the town's fishermen but  even  with that because  of  delays in the  board's work the dredging has not started, and the crews fear another winter like the last one when two boats ran aground by the quay\nother than the small works of last spring. They also  said, that there is a pressing need to stop the\nslow silting that has crept into the channel.\n\nBelow is a list of the works the board has paid for since the first survey of the channel.\n"
    )
    assert parse_text(text).title == headline


@pytest.mark.parametrize(
    "printed",
    [
        "Subject: Ferry timetable changes from Monday",
        "Subject: Fwd: Ferry timetable changes from Monday",
        "Betreff: WG: Ferry timetable changes from Monday",
    ],
)
def test_a_mail_programs_subject_label_is_left_out_of_the_headline(printed: str) -> None:
    assert header.clean_title(printed) == "Ferry timetable changes from Monday"


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        ("Photos: Thousands turn out for the winter lantern parade", True),
        ("Watch: Firefighters pull a horse out of a flooded ditch", True),
        ("Photos: Jo Roe / Harbour Times", False),  # a credit, no headline
        ("Photo: Reuters", False),
    ],
)
def test_the_kind_of_story_before_a_headline_is_no_caption(line: str, shaped: bool) -> None:
    assert header.is_headline_shaped(line, GENERIC, GENERIC) == shaped


def test_a_role_line_under_an_author_boxs_name_is_no_headline() -> None:
    copy = (
        "The Borders Record\nAuthor\nIona Reid\nSenior reporter for the southern valleys\n"
        "Council approves harbour plan after long debate\nIona Reid\nMarch 3, 2024\n\n"
        "The county council approved the new harbour plan on Tuesday after a long debate, "
        "and work on the first stage is due to start in the spring.\n"
    )
    article = parse_text(copy)
    assert (article.title, article.byline) == (
        "Council approves harbour plan after long debate",
        ("Iona Reid",),
    )


def test_a_quote_after_its_dash_may_be_the_headline_a_list_item_is_not() -> None:
    assert header.is_headline_shaped("– Vi kräver en ny bro nu", GENERIC, GENERIC)
    assert not header.is_headline_shaped("- weather and traffic", GENERIC, GENERIC)
    assert not header.is_headline_shaped("• Orchards flower early", GENERIC, GENERIC)


def test_a_question_headline_over_its_deck_and_date_heads_the_page() -> None:
    texts = [
        "Orchard Notes",
        "Frost again. Who still plants apples?",
        "Mood: somewhere between hope and dread",
        "4 June 2024",
        BODY + " " + BODY,
        BODY,
    ]
    article = parse_text("\n".join(texts))
    assert article.title == "Frost again. Who still plants apples?"
    assert article.section is None


@pytest.mark.parametrize(
    ("printed", "headline"),
    [
        ("Crane collapse closes the quayupdated", "Crane collapse closes the quay"),
        ("Pier shut after the stormsupplemented", "Pier shut after the storm"),
        ("Records show the schedule was updated", "Records show the schedule was updated"),
    ],
)
def test_an_update_mark_glued_after_the_headline_is_cut(printed: str, headline: str) -> None:
    assert header.clean_title(printed) == headline


@pytest.mark.parametrize(
    "line", ["Photo Gallery: Ten days on the marsh", "Fotostrecke: Die Fischer von Kallum"]
)
def test_a_link_to_the_pictures_is_no_headline(line: str) -> None:
    assert not header.is_headline_shaped(line, GENERIC, GENERIC)


def test_a_picture_with_its_agency_after_a_bar_is_a_caption() -> None:
    assert lines.is_caption("Mayor Karla Wendt at the town hall | dpa", GENERIC, GENERIC)
    assert lines.is_caption("The harbour at dawn | picture alliance / Jo Roe", GENERIC, GENERIC)
    assert not lines.is_caption(
        "Harbour board votes to close the pier | Politics", GENERIC, GENERIC
    )


@pytest.mark.parametrize(
    "name", ["Le Courrier du Vallon", "La Voz de Arenal", "Der Bote für Tirol"]
)
def test_a_european_papers_name_atop_the_page_is_masthead_shaped(name: str) -> None:
    assert header._is_masthead_shaped([name, "Sports", BODY], 0)
    assert not header._is_masthead_shaped(["Le marché rouvrira en mai après les travaux"], 0)


def test_a_notice_that_exclaims_over_the_headline_is_no_headline() -> None:
    texts = [
        "Archived page: details may be out of date!",
        "Harbour board: chair calls for talks on the dredging plan",
        "16-01-2004 News Release 04/03",
        BODY + " " + BODY,
        BODY,
    ]
    article = parse_text("\n\n".join(texts))
    assert article.title == "Harbour board: chair calls for talks on the dredging plan"


@pytest.mark.parametrize("credit", ["Iona Reid", "By Iona Reid", "March 3, 2024"])
def test_a_question_over_its_deck_and_credit_is_the_headline(credit: str) -> None:
    # the deck has no full stop; under it the writer's name, or the date
    copy = (
        "Harbour Weekly\nCan a ferry run on sunshine?\n"
        "A year of trials on the lake has gone better than its engineers hoped\n"
        f"{credit}\n\nThe ferry crossed the lake forty times in October on the power of its "
        "panels alone, and its crew say the boat has never run more quietly.\n"
    )
    article = parse_text(copy)
    assert article.title == "Can a ferry run on sunshine?"
    assert (
        article.summary == "A year of trials on the lake has gone better than its engineers hoped"
    )


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Home News Sport Culture Weather", "Sport", "Harbour wins the cup"], True),
        (["Главная Город Спорт Афиша", "Спорт", "Клуб выиграл кубок"], True),
        (["Нүүр Спорт Эдийн засаг Соёл", "Эдийн засаг", "Шинэ зам нээгдлээ"], True),
        # a headline opening with its crumb's word, and one in sentence case
        (["Delhi to widen its ring road by two lanes", "Delhi"], False),
        (["Harbour board keeps its fees for Sport clubs", "Sport"], False),
        # three words are a kicker over its headline, not a menu
        (["World Cup Final", "Final"], False),
    ],
)
def test_a_menu_on_one_line_is_known_by_its_item_printed_under_it(
    texts: list[str], expected: bool
) -> None:
    assert header.is_menu_over_its_item(texts, 0) is expected


def test_a_newsrooms_heading_over_the_release_is_no_headline() -> None:
    text = (
        "Ashvale District Council\n\nNews and updates\n\nCouncil opens new riverside car park\n\n"
        "14 May 2024\n\nThe council has opened a car park beside the river at Mill Lane, "
        "easing pressure on the town centre.\n\nIt has 120 spaces and is free for the first hour.\n"
    )
    assert parse_text(text).title == "Council opens new riverside car park"


@pytest.mark.parametrize(
    "headline",
    [
        "Cattle auction results for 27 November 2026",  # generic/836
        "Harbour tide tables for March 3, 2024",
        "What changes in the port from 1 April 2024",
    ],
)
def test_a_headline_naming_a_day_is_the_headline_not_a_dateline(headline: str) -> None:
    copy = (
        f"Markets\n\n{headline}\n\nPublished: 2 Mar 2024, 08:15\n\nBy Jo Marlow\n\n"
        "The harbour board published its figures on Saturday, a week later than usual "
        "because of the storm.\n\nShare of the trade rose, the board said.\n"
    )
    article = parse_text(copy)
    assert (article.title, article.published.isoformat()) == (headline, "2024-03-02T08:15:00+00:00")


TWO_SENTENCE_BODY = (
    "The county council approved the new harbour plan on Tuesday after a long debate, and "
    "work on the first stage is due to start in the spring.\n\nShare of the cost will be met "
    "by the port authority, the council said.\n"
)


def test_a_short_label_over_a_headline_of_two_sentences_is_the_kicker() -> None:
    # generic/846: "Energy bills" / "Tariffs fell. Standing charges went up" / "By … | date"
    copy = (
        "Home | News | Money\n\nCost of berths\n\nFees fell. Berths did not get cheaper\n\n"
        f"By Jo Marlow | March 3, 2024 | 7:40 am\n\n{TWO_SENTENCE_BODY}"
    )
    article = parse_text(copy)
    assert (article.title, article.section) == (
        "Fees fell. Berths did not get cheaper",
        "Cost of berths",
    )


def test_a_short_headline_over_a_standfirst_of_two_sentences_stays_the_headline() -> None:
    # the standfirst ends with its full stop, as a headline of two sentences does not
    copy = (
        "Home | News | Money\n\nHarbour fees cut\n\nFees fell. Berths did not get cheaper.\n\n"
        f"By Jo Marlow | March 3, 2024 | 7:40 am\n\n{TWO_SENTENCE_BODY}"
    )
    assert parse_text(copy).title == "Harbour fees cut"


@pytest.mark.parametrize(
    "line",
    ["This story was published on March 3, 2024", "Story first published on March 3, 2024 10:00"],
)
def test_a_sentence_telling_the_pages_date_stays_a_dateline(line: str) -> None:
    assert lines.read_date_line(0, line, GENERIC, "UTC") is not None


@pytest.mark.parametrize(
    ("printed", "headline"),
    [
        # generic/880: the desk a page's title names, its site's name lost in a repost
        (
            "Ferry fares rise again, operator confirms | World News",
            "Ferry fares rise again, operator confirms",
        ),
        ("Dunes close after storm | Science & Tech News", "Dunes close after storm"),
        # an outlet's name after the bar is no desk: it stays unless the page prints it
        (
            "Ferry fares rise again, operator confirms | Fox News",
            "Ferry fares rise again, operator confirms | Fox News",
        ),
        # generic/883: a repost credits the paper after a dash
        (
            "Night clinic opens for minor injuries – The Harbour Herald",
            "Night clinic opens for minor injuries",
        ),
        # a headline's own words after its dash stay
        (
            "Politics latest: minister quits – live updates",
            "Politics latest: minister quits – live updates",
        ),
        (
            "Ten years after the flood – The Long Road Back",
            "Ten years after the flood – The Long Road Back",
        ),
    ],
)
def test_a_desk_or_a_papers_credit_after_the_headline_is_cut(printed: str, headline: str) -> None:
    assert header.clean_title(printed) == headline


def test_a_credit_after_the_dash_printed_again_on_the_page_is_cut() -> None:
    printed = "Senators fear a crowded autumn – Capitolo"
    page = f"{printed}\nSign up for CAPITOLO Daily.\nAlerts from CAPITOLO."
    assert header.clean_title(printed, page) == "Senators fear a crowded autumn"
    assert header.clean_title(printed) == printed
