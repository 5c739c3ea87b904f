"""The plain-text rules one at a time: title, section, byline, dates, chrome, body."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from parse_helpers import FILE_TIME, parse_bytes, parse_error, parse_text

from site_gen.core.config import Config
from site_gen.core.errors import ParseError
from site_gen.parse import lines
from site_gen.parse.lines import Numbered
from site_gen.parse.profiles import builtin_profiles, generic_of
from site_gen.parse.text import _join_hard_wraps

BODY = (
    "The city council approved a new budget on Tuesday after a long debate about "
    "transport, schools and the cost of keeping the old market open.\n\n"
    "Officials said the plan would be reviewed again in the spring, when new figures "
    "on tax receipts are expected from the finance department.\n"
)


def test_generic_site_title_date_body() -> None:
    article = parse_text(f"Council passes budget after long debate\n\n5 March 2021\n\n{BODY}")
    assert article.title == "Council passes budget after long debate"
    assert article.published.isoformat() == "2021-03-05T00:00:00+00:00"
    assert article.date_precision == "day"
    assert len(article.paragraphs) == 2
    assert article.profile == "generic"


def test_unknown_site_date_uses_default_zone_with_a_warning() -> None:
    article = parse_text(
        f"Council passes budget after long debate\n\n5 March 2021 10:00 am\n\n{BODY}"
    )
    assert article.timezone == "UTC"
    assert any("assumed" in w for w in article.warnings)


def test_by_line_and_section_beside_title() -> None:
    text = f"Politics\n\nCouncil passes budget after long debate\n\nBy Jane Doe and Rafiq Hasan\nMarch 5, 2021 10:15 AM\n\n{BODY}"
    article = parse_text(text)
    assert article.section == "Politics"
    assert article.byline == ("Jane Doe", "Rafiq Hasan")
    assert article.published.hour == 10


def test_bare_name_beside_dateline_is_byline() -> None:
    text = f"Council passes budget after long debate\n\nJane Doe\n5 March 2021, 10:15 am\n\n{BODY}"
    assert parse_text(text).byline == ("Jane Doe",)


def test_updated_line_becomes_modified() -> None:
    text = (
        "Council passes budget after long debate\n\nPublished: 5 March 2021, 10:15 am\n"
        f"Updated: 6 March 2021, 08:00 am\n\n{BODY}"
    )
    article = parse_text(text)
    assert article.published.day == 5 and article.modified is not None
    assert article.modified.day == 6


def test_chrome_lines_are_dropped_but_prose_with_chrome_words_stays() -> None:
    prose = "Shares fell after the advertisement campaign was pulled, and readers were asked to share their views."
    text = (
        "Council passes budget after long debate\n\n5 March 2021\n\nAdvertisement\n\n"
        f"{BODY}\nShare\n\n{prose}\n\nRelated News\n\nAnother headline somewhere\n"
    )
    article = parse_text(text)
    assert "Advertisement" not in article.paragraphs
    assert "Share" not in article.paragraphs
    assert prose in article.paragraphs
    assert "Another headline somewhere" not in article.paragraphs


def test_caption_is_kept_apart_from_the_body() -> None:
    text = f"Council passes budget after long debate\n\n5 March 2021\n\nPhoto: The council chamber on Tuesday\n\n{BODY}"
    article = parse_text(text)
    assert article.captions == ("Photo: The council chamber on Tuesday",)
    assert all("council chamber" not in p for p in article.paragraphs)


def test_tag_line_becomes_tags() -> None:
    text = f"Council passes budget after long debate\n\n5 March 2021\n\n{BODY}\nTopics: Budget, City Council\n"
    article = parse_text(text)
    assert article.tags == ("Budget", "City Council")


@pytest.mark.parametrize("label", ["Topics:", "Topics", "Tags:"])
def test_a_topic_label_with_colon_right_under_the_last_line_opens_the_tag_list(
    label: str,
) -> None:
    """One topic a line, no blank between: the label's colon is no sentence's end."""
    text = (
        f"Council passes budget after long debate\n\n5 March 2021\n\n{BODY}\n{label}\n"
        "Budget\nCity Council\nHarbour Ward\nGet the news first\nDownload our app\n"
    )
    assert parse_text(text).tags == ("Budget", "City Council", "Harbour Ward")


@pytest.mark.parametrize(
    ("label", "bullet"), [("ট্যাগ:", ""), ("- ট্যাগ:", "- "), ("বিষয়ঃ", ""), ("- Tags:", "- ")]
)
def test_a_bangla_or_bulleted_tag_label_alone_opens_the_tag_list(label: str, bullet: str) -> None:
    """ "ট্যাগ" (tag), "বিষয়" (topic), its colon the visarga; a list's bullets on each line."""
    text = (
        f"Council passes budget after long debate\n\n5 March 2021\n\n{BODY}\n{label}\n"
        f"{bullet}বাজেট\n{bullet}নগর পরিষদ\n"
    )
    assert parse_text(text).tags == ("বাজেট", "নগর পরিষদ")


def test_hard_wrapped_paragraph_is_joined() -> None:
    wrapped = (
        "The city council approved a new budget on Tuesday after a long debate about\n"
        "transport, schools and the cost of keeping the old market open for traders\n"
        "who have worked there for decades."
    )
    article = parse_text(f"Council passes budget after long debate\n\n5 March 2021\n\n{wrapped}\n")
    assert len(article.paragraphs) == 1 and article.paragraphs[0].endswith("decades.")


@pytest.mark.parametrize(
    "first",
    [
        "মন্ত্রী বলেন, ‘সবার সহযোগিতা নিয়ে আমরা দেশকে এগিয়ে নিতে চাই, সেজন্য গণমাধ্যমের সহায়তা চাই।’",
        "The mayor said the plan would be ready by spring, and that no homes would be lost.’",
    ],
)
def test_a_line_ending_on_a_quote_after_its_full_stop_ends_its_paragraph(first: str) -> None:
    second = (
        "Officials met on Tuesday in the town hall, where the plan was shown to residents."
        if first.isascii()
        else "রাজধানীতে বুধবার সন্ধ্যায় মন্ত্রীর আমন্ত্রণে সম্পাদকেরা এক সভায় যোগ দেন।"
    )
    article = parse_text(
        f"Council passes budget after long debate\n\n5 March 2021\n\n{first}\n{second}\n"
    )
    assert article.paragraphs == (first, second)


def test_nbsp_and_trailing_space_are_normalised() -> None:
    article = parse_text(
        "Council\u00a0passes budget after long debate  \r\n\r\n5 March 2021\r\n\r\n"
        + BODY.replace("\n", "   \r\n")
    )
    assert article.title == "Council passes budget after long debate"
    assert all(p == p.rstrip() and "\u00a0" not in p for p in article.paragraphs)


def test_errors_name_the_problem() -> None:
    assert "empty" in parse_error("").message
    assert "empty" in parse_error("   \n\n  \n").message
    assert "binary" in parse_error(b"\x89PNG\r\n\x1a\n\x00\x00\x00").message
    # No date printed: dated by the file's time (tests/test_undated.py), unless told to skip.
    skip = Config(undated="skip")
    undated = parse_bytes(
        f"Council passes budget after long debate\n\n{BODY}".encode(), config=skip
    )
    assert isinstance(undated, ParseError) and "date" in undated.message
    impossible = parse_error(
        f"Council passes budget after long debate\n\n31 February, 2022, 09:45 am\n\n{BODY}"
    )
    assert impossible.line == 3 and "impossible" in impossible.message
    relative = parse_bytes(
        f"Council passes budget after long debate\n\n2 hours ago\n\n{BODY}".encode(), config=skip
    )
    assert isinstance(relative, ParseError)
    assert relative.line == 3 and "relative" in relative.message


def test_cp1252_falls_back_with_warning() -> None:
    text = f"Caf\xe9 owners protest new licence fees\n\n5 March 2021\n\n{BODY}"
    from parse_helpers import parse_bytes

    article = parse_bytes(text.encode("cp1252"))
    assert not hasattr(article, "message"), article
    assert article.title.startswith("Café")
    assert any("cp1252" in w for w in article.warnings)


def test_bom_and_crlf() -> None:
    from parse_helpers import parse_bytes

    data = (
        "\ufeffCouncil passes budget after long debate\r\n\r\n5 March 2021\r\n\r\n" + BODY
    ).encode()
    article = parse_bytes(data.replace(b"\n", b"\r\n"))
    assert getattr(article, "title", None) == "Council passes budget after long debate"


def test_a_zone_or_date_format_alone_does_not_choose_a_site_profile() -> None:
    """Other Pakistani sites print PKT too: a shared hint is not Dawn's mark."""
    article = parse_text(
        "Cotton prices climb as mills restock\n\nBy Nadia Chowdhury\n"
        "Published: December 11, 2022 09:45 PKT\n\n"
        "Cotton prices rose for a third week as mills in Faisalabad restocked before winter.\n"
    )
    assert article.profile == "generic"
    assert article.publisher is None
    assert article.byline == ("Nadia Chowdhury",)
    assert article.published.isoformat() == "2022-12-11T09:45:00+05:00"


def test_breadcrumb_is_chrome_not_the_title() -> None:
    article = parse_text(
        "Home / Pakistan / Business\n\nRupee gains against dollar for third straight session\n\n"
        "Published: December 11, 2022 09:45 PKT\n\n"
        "The rupee gained 0.3 per cent against the US dollar in the interbank market on Monday.\n"
    )
    assert article.title == "Rupee gains against dollar for third straight session"


def test_published_and_updated_on_one_line() -> None:
    article = parse_text(
        "Council approves plan for new cycle lanes in city centre\n\n"
        "PUBLISHED: 14:20 11 July 2023 GMT | UPDATED: 16:05 11 July 2023 GMT\n\n"
        "A plan to build four new cycle lanes in the city centre has been approved by councillors.\n"
    )
    assert article.published.isoformat() == "2023-07-11T14:20:00+00:00"
    assert article.modified is not None
    assert article.modified.isoformat() == "2023-07-11T16:05:00+00:00"


def test_masthead_slogan_and_standfirst_on_an_unknown_site() -> None:
    text = (
        "Skip to main content\nThe Daily Courier\nNews You Can Trust\n\nPolitics\n\n"
        "Senate passes sweeping climate bill after marathon session\n\n"
        "The measure now heads to the House, where leaders expect a vote later in the week\n\n"
        "By Jane Smith and John Doe\nAugust 7, 2022 at 3:15 p.m. EDT\n\n" + BODY
    )
    article = parse_text(text)
    assert article.title == "Senate passes sweeping climate bill after marathon session"
    assert article.byline == ("Jane Smith", "John Doe")
    assert article.section == "Politics"
    assert article.published.isoformat() == "2022-08-07T15:15:00-04:00"
    assert article.summary.startswith("The measure now heads to the House")
    assert len(article.paragraphs) == 2 and article.paragraphs[0].startswith("The city council")


def test_short_sentence_case_headline_is_kept() -> None:
    text = f"Cyclone hits Chattogram\n\nThousands were moved to shelters overnight\n\n5 March 2021\n\n{BODY}"
    assert parse_text(text).title == "Cyclone hits Chattogram"


def test_unknown_site_publisher_from_its_copyright_footer() -> None:
    text = f"Council passes budget after long debate\n\n5 March 2021\n\n{BODY}\n© 2024 Daily Sun. All rights reserved.\n"
    assert parse_text(text).publisher == "Daily Sun"
    assert (
        parse_text(f"Council passes budget after long debate\n\n5 March 2021\n\n{BODY}").publisher
        is None
    )


@pytest.mark.parametrize(
    "footer",
    [
        "© Gazzetta dei Monti - Riproduzione riservata",
        "© 2025 Gazzetta dei Monti. Todos los derechos reservados.",
        "© Gazzetta dei Monti 2025 – Alle Rechte vorbehalten",
        "© Gazzetta dei Monti. Wszelkie prawa zastrzeżone.",
    ],
)
def test_copyright_footer_in_other_languages_names_the_publisher(footer: str) -> None:
    text = f"Council passes budget after long debate\n\n5 March 2021\n\n{BODY}\n{footer}\n"
    assert parse_text(text).publisher == "Gazzetta dei Monti"


def test_blog_meta_line_gives_the_author_and_categories_not_the_lede() -> None:
    text = f"Road closed after storm\n\nMay 2, 2020 - 8:15pm\n\nposted by Lena Park in Dover, weather.\n\n{BODY}"
    article = parse_text(text)
    assert article.byline == ("Lena Park",)
    assert {"Dover", "weather"} <= set(article.tags)
    assert article.paragraphs[0].startswith("The city council")


def test_by_user_on_date_line_is_the_author_without_the_counter() -> None:
    text = f"Road closed after storm\n\nby lpark@blog on Saturday, May 2 2020, 8:15pm. Viewed 12 times.\n\n{BODY}"
    article = parse_text(text)
    assert article.byline == ("lpark@blog",)
    assert article.published.isoformat() == "2020-05-02T20:15:00+00:00"


def test_by_name_in_a_place_is_not_a_meta_line() -> None:
    from site_gen.parse.lines import meta_byline

    assert meta_byline("By Jane Roe in London") is None
    assert meta_byline("By the end of the year, the river had risen.") is None
    assert meta_byline("posted by Jane Roe in Dover, weather.") is not None


def test_bengali_agency_name_with_its_short_name_is_a_sign_off_credit() -> None:
    lede = (
        "রাজধানীর মিরপুর এলাকা থেকে গতকাল রাতে চারজনকে গ্রেপ্তার করেছে পুলিশ। তাদের কাছ থেকে অস্ত্র উদ্ধার করা হয়েছে।"
    )
    text = f"মিরপুরে চারজন গ্রেপ্তার\n\n{lede}\nপুলিশ জানায়, তাদের আদালতে পাঠানো হয়েছে।\n\nবাংলাদেশ সংবাদ সংস্থা (বাসস)\n"
    article = parse_text(text)
    assert article.byline == ("বাংলাদেশ সংবাদ সংস্থা (বাসস)",)
    assert article.paragraphs[-1] != "বাংলাদেশ সংবাদ সংস্থা (বাসস)"


def test_a_long_first_paragraph_opening_like_a_later_one_is_not_a_standfirst() -> None:
    opening = "River floods close the ferry road to the market town for a week."
    first = f"{opening} Council staff said the water rose overnight. Farmers moved their herds to higher ground before dawn on Monday. Schools in three villages will stay shut until the road reopens, and buses will run on the hill road instead."
    later = f"{opening} The ferry will run again once the pier is checked by engineers."
    text = f"Floods close ferry road\n\n5 March 2021\n\n{first}\n\nThe minister visited the port on Tuesday and promised help for traders.\n\n{later}\n"
    article = parse_text(text)
    assert article.paragraphs[0] == first


def test_camel_case_words_at_the_start_of_a_lede_are_not_a_glued_caption() -> None:
    for lede in (
        "The new iPhone: The company said the phone would go on sale in March at a lower price.",
        "McDonald's said on Monday it would open twelve new restaurants in the city this year.",
        "Officials at eBay said the sale had raised more money than expected for the charity.",
    ):
        text = f"Council passes budget after long debate\n\n5 March 2021\n\n{lede}\n\n{BODY}"
        assert parse_text(text).paragraphs[0] == lede


def test_a_subscription_product_beside_the_headline_is_not_a_section() -> None:
    text = f"Crossword+\n\nCouncil passes budget after long debate\n\n5 March 2021\n\n{BODY}"
    assert parse_text(text).section is None


def test_a_wire_dateline_opening_with_the_day_credits_its_agency() -> None:
    lede = "21 Nov (Bernama) -- Polis berkata dua lelaki ditahan di Kuantan semalam selepas serbuan di sebuah gudang."
    text = f"Dua lelaki ditahan di Kuantan\n\n{lede}\n\n{BODY}"
    assert parse_text(text).byline == ("Bernama",)


def test_a_release_dateline_names_a_place_not_an_author() -> None:
    text = f"Minister opens hospital wing\n\nNew Delhi : October 8, 2009\n\n{BODY}"
    assert parse_text(text).byline == ()


def test_wire_release_dateline_in_the_lede_dates_it() -> None:
    text = (
        "Harbour Bakery Opens Second Oven Hall\n\n"
        "EASTPORT, Maine, Nov. 12, 2020, Nov. 12, 2020 (GLOBE NEWSWIRE) — Harbour Bakery "
        "today opened a second oven hall, doubling the loaves it bakes each night.\n\n"
        "The hall took a year to build and employs twenty bakers.\n"
    )
    article = parse_text(text)
    assert article.published.date().isoformat() == "2020-11-12"
    assert article.date_source == "printed"
    assert article.paragraphs[0].startswith("EASTPORT, Maine, Nov. 12, 2020")


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("EASTPORT, June 14, 2024 — ", "2024-06-14"),
        ("PORTO ALEGRE, Brazil, 3 May 2023 - ", "2023-05-03"),
        ("EASTPORT, June 14 — ", None),  # no year: no date of its own
        ("EASTPORT, the harbour town, in 2024 — ", None),  # a year in words, no date
    ],
)
def test_a_ledes_place_and_whole_date_before_a_dash_dates_it(
    dateline: str, day: str | None
) -> None:
    text = (
        "Harbour Bakery Opens Second Oven Hall\n\n"
        f"{dateline}Harbour Bakery opened a second oven hall, doubling the loaves it bakes.\n\n"
        "The hall took a year to build and employs twenty bakers.\n"
    )
    article = parse_text(text)
    printed = article.published.date().isoformat() if article.date_source == "printed" else None
    assert printed == day
    assert article.paragraphs[0].startswith(dateline.rstrip())


def test_first_published_in_names_the_section() -> None:
    text = (
        "Library plan goes out to consultation\n\n"
        "Library plan goes out to consultation\n\n"
        f"First published in Local News\nLast updated\n\n{BODY}"
    )
    assert parse_text(text).section == "Local News"


def test_a_paragraph_broken_by_a_lost_link_runs_on() -> None:
    text = (
        "Why I still write letters\n\n"
        "There has been much talk about letters lately. Some readers were surprised by the "
        "announcement of a partnership with\n"
        "and others wrote to ask whether the post office would keep its Saturday rounds.\n\n"
        "I answered every one of them by hand, which took most of a month.\n"
    )
    article = parse_text(text)
    assert article.paragraphs[0].startswith("There has been much talk about letters lately.")
    assert article.paragraphs[0].endswith("keep its Saturday rounds.")


def test_a_numbered_comment_head_ends_the_body_a_numbered_event_does_not() -> None:
    text = (
        "Timeline of the harbour dispute\n\nMarch 5, 2024\n\n"
        "The harbour dispute has run for two years. Here is how it unfolded since the vote.\n\n"
        "1. Council on June 4, 2024 voted against the new harbour plan.\n\n"
        "The court will rule next month, the council said.\n\n"
        "  1. Marta on March 5, 2024 3:03 pm\n\n"
        "    Two years is far too long for any dispute.\n"
    )
    article = parse_text(text)
    assert "1. Council on June 4, 2024 voted against the new harbour plan." in article.paragraphs
    assert article.paragraphs[-1] == "The court will rule next month, the council said."


def test_a_wire_dateline_without_a_year_gives_the_day_in_the_year_the_copy_was_saved() -> None:
    saved = datetime.fromtimestamp(FILE_TIME, tz=UTC)
    lede = (
        "QUAYSIDE, {month} {day} (Wireline) - Ferries stayed in port on Sunday as gales swept "
        "the northern islands, the coastguard said, and more storms were forecast."
    )
    before = saved - timedelta(days=40)
    article = parse_text(
        "Gales keep ferries in port\n\n"
        + lede.format(month=before.strftime("%b"), day=before.day)
        + "\n\nSchools on two islands were closed."
    )
    assert (article.published.year, article.published.month) == (before.year, before.month)
    assert article.published.day == before.day
    assert article.date_precision == "day"
    assert any("prints no year" in w for w in article.warnings)
    # A day later in the year than the save is last year's.
    after = saved + timedelta(days=40)
    later = parse_text(
        "Gales keep ferries in port\n\n"
        + lede.format(month=after.strftime("%b"), day=after.day)
        + "\n\nSchools on two islands were closed."
    )
    assert later.published.year == after.year - 1


def test_other_wires_yearless_datelines_give_the_day_too() -> None:
    # "CITY, Month Day. /AGENCY/." and a dateline with only a dash after the day
    saved = datetime.fromtimestamp(FILE_TIME, tz=UTC)
    before = saved - timedelta(days=40)
    month, day = before.strftime("%B"), before.day
    for lede in (
        f"HARBOURTON, {month} {day}. /NORDWIRE/. Grain shipments rose by a fifth last month, "
        "the agriculture ministry said on Saturday.",
        f"HARBOURTON, {month} {day} - Grain shipments rose by a fifth last month, the "
        "agriculture ministry said on Saturday.",
    ):
        article = parse_text(
            f"Grain shipments rise in winter\n\n{lede}\n\nMost went to two buyers."
        )
        assert (article.published.month, article.published.day) == (before.month, day), lede
        assert any("prints no year" in w for w in article.warnings)


def test_a_capture_stamp_dates_a_copy_that_prints_no_date() -> None:
    article = parse_text(
        " date 2019-04-11 Ferry crews end strike after pay deal\n\n"
        "Ferry crews in the northern islands went back to work on Thursday after the union "
        "and the operator agreed a two-year pay deal.\n\nSailings resume in the morning."
    )
    assert article.title == "Ferry crews end strike after pay deal"
    assert article.published == datetime(2019, 4, 11, tzinfo=UTC)
    assert (article.date_source, article.date_precision) == ("capture", "day")
    # no `captured`: that is a web capture's instant, and the page would print it with an
    # invented time of day ("Captured 11 April 2019, 12:00 am")
    assert article.captured is None
    assert any("capture stamp (2019-04-11)" in w for w in article.warnings)


def test_a_capture_stamp_of_a_month_is_cut_but_dates_nothing() -> None:
    article = parse_text(
        " date 2021-03 Harbour\n\nFerry crews end strike after pay deal\n\n"
        "Ferry crews in the northern islands went back to work on Thursday after the union "
        "and the operator agreed a two-year pay deal.\n\nSailings resume in the morning."
    )
    assert article.title == "Ferry crews end strike after pay deal"
    assert article.date_source == "file"


def test_a_date_run_into_the_headline_is_cut_off_and_dates_the_article() -> None:
    article = parse_text(
        "Tram depot plans shelved after protestsMarch 4, 2024 09:15\n"
        "City planners shelved the tram depot plan on Monday after weeks of protests by "
        "residents of the river ward, officials said.\n"
        "Work on the new line itself goes on."
    )
    assert article.title == "Tram depot plans shelved after protests"
    assert article.published == datetime(2024, 3, 4, 9, 15, tzinfo=UTC)


def test_a_labelled_date_run_into_the_standfirst_dates_the_article() -> None:
    article = parse_text(
        "Tram depot plans shelved after protests\n"
        "The river ward's residents say the depot would have cut them off from the quay "
        "for good.city Updated: Mar 4, 2024 09:15 IST\n\n"
        "City planners shelved the tram depot plan on Monday after weeks of protests by "
        "residents of the river ward, officials said.\n\nWork on the new line itself goes on."
    )
    assert (article.published.year, article.published.month, article.published.day) == (2024, 3, 4)
    assert article.date_source == "printed"


def test_a_printed_date_beats_the_capture_stamp() -> None:
    article = parse_text(
        " date 2019-04-20 Ferry crews end strike after pay deal\n\nApril 11, 2019\n\n"
        "Ferry crews in the northern islands went back to work on Thursday after the union "
        "and the operator agreed a two-year pay deal.\n\nSailings resume in the morning."
    )
    assert article.published == datetime(2019, 4, 11, tzinfo=UTC)
    assert article.date_source == "printed"


ENTRY_BOX = (
    "Harbour Notes\n\nNight market moves to the old ferry shed\n\n| No Comments\n\n"
    "The Thursday night market will move into the old ferry shed from next week, "
    "its organisers said, after the car park it used was sold.\n\nLeave a comment\n\n"
    "About this Entry\n\n{footer}\n\n"
    "Spring tide warnings was the previous entry in this blog.\n"
)


def test_a_blog_entry_box_gives_the_writer_and_the_date() -> None:
    footer = "This page contains a single entry by Ines Vidal published on May 3, 2010 7:15 PM."
    article = parse_text(ENTRY_BOX.format(footer=footer))
    assert article.title == "Night market moves to the old ferry shed"
    assert article.byline == ("Ines Vidal",)
    assert article.published == datetime(2010, 5, 3, 19, 15, tzinfo=UTC)
    assert article.date_source == "printed"
    assert all("single entry" not in p and "previous entry" not in p for p in article.paragraphs)


def test_a_date_printed_in_the_head_beats_the_entry_box() -> None:
    footer = "This page contains a single entry by Ines Vidal published on May 3, 2010 7:15 PM."
    text = ENTRY_BOX.format(footer=footer).replace(
        "| No Comments", "By Jo Roe | May 1, 2010 | No Comments"
    )
    article = parse_text(text)
    assert article.byline == ("Jo Roe",)
    assert (article.published.month, article.published.day) == (5, 1)


def test_an_entry_box_with_an_impossible_date_is_no_date() -> None:
    footer = "This page contains a single entry by Ines Vidal published on February 31, 2010."
    article = parse_text(ENTRY_BOX.format(footer=footer))
    assert article.byline == ("Ines Vidal",)
    assert article.date_source == "file"


HEAD = "Council passes budget after long debate\n\n5 March 2021\n\n"


@pytest.mark.parametrize(
    "furniture",
    [
        "Share this item via WhatsApp whatsapp Share this item on Reddit reddit",
        "Down Arrow Button Icon",
        "Enlarge Icon",
        "Subscribe to listen",
        "Access to Courier Premium articles require a Premium subscription. Subscribe now.",
        "Reminder, this is a Premium article and requires a subscription to read.",
        "Listening to articles is free on the stories anyone may read; the rest need a membership.",
    ],
)
def test_share_bars_icon_labels_and_paywall_notes_are_no_paragraphs(furniture: str) -> None:
    article = parse_text(f"{HEAD}{furniture}\n\n{BODY}")
    assert article.title == "Council passes budget after long debate"
    assert furniture not in article.paragraphs
    assert article.paragraphs[0].startswith("The city council approved")


@pytest.mark.parametrize(
    "caption",
    [
        "The old market hall on Friday. Jo Roe—Harbour Images",
        "The old market hall on Friday. Photo / Harbour Courier / Jo Roe.",
        "The old market hall on Friday. File / Harbour Courier",
        "The old market hall on Friday. View image in full screen",
        "Click to play video: 'Market traders count the cost'",
        "Photograph by: Jo Roe , Photowire.com",
    ],
)
def test_caption_credits_of_many_papers_keep_the_caption_out(caption: str) -> None:
    article = parse_text(f"{HEAD}{caption}\n\n{BODY}")
    assert caption in article.captions
    assert caption not in article.paragraphs


def test_a_videos_title_under_its_prompt_is_no_paragraph() -> None:
    video = "Click to play video: 'Market traders count the cost'\nMarket traders count the cost"
    article = parse_text(f"{HEAD}{video}\n\n{BODY}")
    assert "Market traders count the cost" not in article.paragraphs


def test_a_caption_of_two_sentences_over_its_credit_is_no_paragraph() -> None:
    picture = "Stalls in the old market. Stock concept.\nImage Credits: Jo Roe / Harbour Images"
    article = parse_text(f"{HEAD}{picture}\n\n{BODY}")
    assert article.paragraphs[0].startswith("The city council approved")
    assert "Image Credits: Jo Roe / Harbour Images" in article.captions


def test_two_short_sentences_parted_from_a_credit_by_a_blank_line_stay() -> None:
    # only a caption sits right over its credit; a paragraph has a blank line under it
    text = f"{HEAD}{BODY}\nThe vote was close. It passed by one.\n\nPhoto: Jo Roe\n"
    assert "The vote was close. It passed by one." in parse_text(text).paragraphs


@pytest.mark.parametrize(
    "dateline", ["Published\n3 weeks ago", "Published\n3 weeks agoon", "2 days ago"]
)
def test_a_dateline_of_no_date_parts_the_standfirst_from_the_body(dateline: str) -> None:
    text = (
        "Council passes budget after long debate\n"
        "The vote ends a month of talks over the market's future.\n\n"
        f"{dateline}\n\n{BODY}"
    )
    article = parse_text(text)
    assert article.summary == "The vote ends a month of talks over the market's future."
    assert article.paragraphs[0].startswith("The city council approved")
    assert article.date_source == "file"


def test_an_embedded_posts_signature_never_dates_the_article() -> None:
    text = (
        "Council passes budget after long debate\n\n"
        f"{BODY}\n— Harbour Council (@harbourcouncil) March 12, 2021\n"
    )
    article = parse_text(text)
    assert article.date_source == "file"
    assert not any("@harbourcouncil" in p for p in article.paragraphs)


def test_a_numbered_comments_date_without_its_name_ends_the_body() -> None:
    text = f"{HEAD}{BODY}\n  1. March 20, 2021 at 19:35\n\n    Well done, council.\n"
    article = parse_text(text)
    assert article.published.day == 5
    assert "Well done, council." not in article.paragraphs


def test_a_wires_first_published_note_credits_dates_and_ends_the_story() -> None:
    text = (
        "Council passes budget after long debate\n\n"
        f"{BODY}This report by The Canadian Press was first published March 5, 2021.\n"
        "Local Top Stories\nHarbour bridge closes for a night of repairs\n"
    )
    article = parse_text(text)
    assert article.byline == ("The Canadian Press",)
    assert article.published.isoformat() == "2021-03-05T00:00:00+00:00"
    assert article.paragraphs[-1].startswith("Officials said the plan")


def test_a_summary_cut_short_over_the_lede_is_the_summary() -> None:
    lede = (
        "BUDGET:The city council approved a new budget on Tuesday after a long debate about "
        "transport, schools and the cost of keeping the old market open."
    )
    teaser = "BUDGET: The city council approved a new budget on Tuesday after a long debate…"
    article = parse_text(f"{HEAD}{teaser}\n\n{lede}\n\n{BODY}")
    assert article.paragraphs[0] == lede
    assert article.summary == teaser


def test_an_ellipsis_ending_other_words_stays_a_paragraph() -> None:
    other = "The mayor said the vote would be close, and then it was over in a minute…"
    assert other in parse_text(f"{HEAD}{other}\n\n{BODY}").paragraphs


def test_a_newsletters_welcome_with_its_sign_up_is_no_paragraph() -> None:
    welcome = (
        "Welcome to Town Hall Weekly — your recap of the council's week. "
        "Sign up to get it in your inbox each Friday."
    )
    article = parse_text(f"{HEAD}{welcome}\n\n{BODY}")
    assert welcome not in article.paragraphs
    assert article.paragraphs[0].startswith("The city council approved")


def test_a_long_caption_with_its_credit_after_the_last_sentence_is_the_pictures() -> None:
    caption = (
        "Traders at the old market, where stall rents have doubled in two years and the "
        "council says repairs to the roof can wait no longer, on a busy Saturday morning in "
        "March. Photo / Harbour Courier / Jo Roe."
    )
    assert len(caption) > 200
    assert caption in parse_text(f"{HEAD}{caption}\n\n{BODY}").captions


def test_an_affiliate_links_note_is_no_paragraph() -> None:
    note = (
        "This article contains affiliate links: a purchase through one can pay the paper a "
        "fee, which never decides what the desk writes."
    )
    assert note not in parse_text(f"{HEAD}{note}\n\n{BODY}").paragraphs


@pytest.mark.parametrize(
    "picture",
    [
        "Moira Glen.Moira Glen.\nMoira Glen.",
        "A tram at the Kirkgate stop.\nA tram at the Kirkgate stop.",
    ],
)
def test_a_short_line_printed_twice_inside_the_text_is_the_pictures(picture: str) -> None:
    article = parse_text(f"{HEAD}{BODY}\n{picture}\n\n{BODY}")
    assert not any(p.startswith(("Moira Glen", "A tram at")) for p in article.paragraphs)


def test_a_short_lede_that_says_days_ago_stays_the_lede() -> None:
    lede = "2 days ago the river burst its banks."
    text = f"Council passes budget after long debate\n\n{lede}\n\n{BODY}"
    assert parse_text(text).paragraphs[0] == lede


def test_a_paragraphs_source_note_in_brackets_keeps_the_paragraph() -> None:
    note = "The jobless rate rose to 6.5 per cent in May. (Source: Statistics Canada)"
    article = parse_text(f"{HEAD}{BODY}\n{note}\n")
    assert note in article.paragraphs


def test_a_caption_credited_to_the_outlet_and_photographer_in_brackets() -> None:
    caption = "Dry rows at the Cranbrook orchard. (Coast Radio: Callum Reid)"
    article = parse_text(f"{HEAD}{caption}\n\n{BODY}")
    assert caption in article.captions


def test_a_column_named_the_big_picture_is_no_credit() -> None:
    generic = generic_of(builtin_profiles())
    assert not lines.is_caption("The Big Picture", generic, generic)
    assert lines.is_caption("Harbour image", generic, generic)


def test_a_day_and_a_dash_before_the_headline_date_it_and_leave_it_whole() -> None:
    article = parse_text(f"Mar. 18, 2025 - Council passes budget after long debate\n\n{BODY}")
    assert article.title == "Council passes budget after long debate"
    assert article.published.date().isoformat() == "2025-03-18"


def test_a_lede_after_a_day_and_a_dash_stays_one_paragraph() -> None:
    lede = "March 3, 2024 - The council voted on Tuesday to keep the old market open."
    article = parse_text(f"Council passes budget after long debate\n\n{lede}\n\n{BODY}")
    assert article.paragraphs[0] == lede


@pytest.mark.parametrize(
    "button", ["Move to Harbour Daily APP", "Open in app", "Continue in the app"]
)
def test_an_app_banners_button_over_the_headline_is_no_section(button: str) -> None:
    text = f"{button}\n\nCouncil passes budget after long debate\n\n5 March 2021\n\n{BODY}"
    article = parse_text(text)
    assert article.section is None
    assert article.title == "Council passes budget after long debate"


@pytest.mark.parametrize(
    "bar",
    [
        "The Wayback Machine - https://web.archive.org/web/20190412083015/https://news.example/a",
        "Full version Text-only version View source",
        "Saved from https://news.example/a",
        "All snapshots from host news.example",
    ],
)
def test_a_web_archives_bar_over_the_saved_page_is_not_the_headline(bar: str) -> None:
    copy = (
        f"{bar}\nHarbour Weekly\nCouncil approves harbour plan after long debate\n"
        "March 3, 2024\n\nThe county council approved the new harbour plan on Tuesday "
        "after a long debate, and work on the first stage is due to start in the spring.\n"
    )
    assert parse_text(copy).title == "Council approves harbour plan after long debate"


def test_hard_wrapped_lines_join_but_a_lower_case_byline_stays_under_its_headline() -> None:
    page = [
        "Harbour ferry returns after the storm",
        "by Jo Roe",
        "The ferry between the two islands ran again on",
        "Monday after a week of gales kept it in port.",
        "Its owners said the",
        "timetable would be back to normal by the",
        "weekend, and that tickets bought for the",
        "cancelled crossings would be honoured.",
    ]
    joined = [line.text for line in _join_hard_wraps([Numbered(i, t) for i, t in enumerate(page)])]
    assert joined == [
        "Harbour ferry returns after the storm",
        "by Jo Roe",
        "The ferry between the two islands ran again on Monday after a week of gales kept it in port.",
        "Its owners said the timetable would be back to normal by the weekend, and that tickets"
        " bought for the cancelled crossings would be honoured.",
    ]


@pytest.mark.parametrize(
    ("short", "title"),
    [
        ("Harvest moon", "Harvest moon"),  # a column's two words over its "By" line
        ("World News", None),  # section words: a label, no headline
    ],
)
def test_two_words_over_a_by_line_head_a_page_with_no_other_headline(
    short: str, title: str | None
) -> None:
    copy = (
        f"{short}\nBy Philippa Oakes\n12 October 2024\n\nThe field behind the house was cut "
        "last week, and for the first time in years the moon rose over bare stubble.\n\n"
        "Nobody works by moonlight now, but I still went out to look.\n"
    )
    got = parse_text(copy).title
    assert got == title if title else got != short


@pytest.mark.parametrize(
    ("first", "kept"),
    [
        ("Iona Reid is a former harbour master.", False),  # the writer's line, over the text
        ("Iona Reid is right: the channel must be dredged. Nobody doubts it.", True),
    ],
)
def test_the_writers_bio_over_a_column_is_no_paragraph(first: str, kept: bool) -> None:
    copy = (
        "Our harbours need dredging, not speeches\nIona Reid\n14 Oct 2024\n\n"
        f"{first}\n\nEvery winter the channel silts up, and every spring the ferries run "
        "aground on the same bank.\n\nIt is time the money followed the words.\n"
    )
    assert (parse_text(copy).paragraphs[0] == first) == kept


@pytest.mark.parametrize(
    ("note", "dropped"),
    [
        ("Editor's note: This story is part of our series on the valley's mills.", True),
        ("This article was originally published by Plains Public Radio.", True),
        ("Republished with permission from the Valley Ledger.", True),
        ("This story began in a mill on the river in 1820.", False),  # the story's own
    ],
)
def test_a_publishers_note_over_the_text_is_no_first_paragraph(note: str, dropped: bool) -> None:
    copy = (
        "Inside the last mill in the valley\nCorin Alder\nOctober 28, 2024\n\n"
        f"{note}\n\nThe last working mill in the valley employs just eleven people, down "
        "from more than two thousand in the 1950s.\n\nIts owners say it will close soon.\n"
    )
    assert (parse_text(copy).paragraphs[0] != note) == dropped


def test_share_buttons_between_a_teaser_cards_parts_still_end_the_story() -> None:
    card = "Fuel queue returns in the town\nWednesday, 10 August 2022 - 07:40\n\nShare\n\nShare\n\n"
    copy = (
        "Farmers say elephants flattened paddy before harvest\n\nTuesday, 09 August 2022 - 18:05"
        "\n\nFarmers say a herd of wild elephants has destroyed close to forty acres of paddy "
        "only days before the harvest.\n\nThey say the fence built three years ago has not "
        f"worked since March.\n\n{card}Long queues were seen again at filling stations this "
        "morning as deliveries were delayed.  Read More\n"
    )
    assert (
        parse_text(copy).paragraphs[-1]
        == "They say the fence built three years ago has not worked since March."
    )


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        ("No injuries were reported.", True),  # the story's short last sentence stays
        ("Comments are closed.", False),  # the page's
        ("Is this page useful?", False),
        ("RK/SM/AP", False),  # a wire's codes
    ],
)
def test_a_short_last_sentence_is_the_storys_a_prompt_or_codes_are_not(
    last: str, kept: bool
) -> None:
    copy = (
        "Phone maker recalls chargers over overheating risk\nBy Daniel Osei\nNov 25, 2024\n\n"
        "The company is recalling about 200,000 chargers sold with its budget phones after "
        "reports of overheating.\n\nView this post on Instagram\n\nA post shared by Phone Co "
        "(@phoneco)\n\nWatch on YouTube\n\nCustomers can get a free replacement at any store."
        f"\n\n{last}\n"
    )
    paragraphs = parse_text(copy).paragraphs
    assert (paragraphs[-1] == last) == kept
    assert not any(
        p.startswith(("View this post", "A post shared", "Watch on")) for p in paragraphs
    )


@pytest.mark.parametrize(
    "middle",
    [
        "More from the interview will be published on Sunday, the editor said.",
        "Written by hand, the letter was found in a drawer at the mill in 1952.",
        "Words by the poet were read aloud at the opening of the new library wing.",
    ],
)
def test_a_sentence_opening_like_a_tail_marker_does_not_end_the_story(middle: str) -> None:
    copy = (
        "Harbour board approves new breakwater\nBy Iona Reid\nMarch 3, 2024\n\n"
        "The harbour board approved plans for a new breakwater on Tuesday after a long "
        f"debate about its cost.\n\n{middle}\n\nWork is expected to start in the spring and "
        "take two years to finish.\n\nMore from The Harbour Times\n\nFerry fares frozen\n"
    )
    assert parse_text(copy).paragraphs[1:] == (
        middle,
        "Work is expected to start in the spring and take two years to finish.",
    )


@pytest.mark.parametrize(
    "middle",
    [
        "Download the forms, residents were told, from the town hall before the end of May.",
        "Join the conversation at the town hall on Friday, organisers said, where plans are shown.",
    ],
)
def test_a_sentence_opening_like_a_prompt_with_the_story_under_it_does_not_end_it(
    middle: str,
) -> None:
    rest = (
        "Work is expected to start in the spring and take two years to finish.",
        "The board will meet again in May to agree the final design of the wall.",
    )
    copy = (
        "Harbour board approves new breakwater\nBy Iona Reid\nMarch 3, 2024\n\n"
        "The harbour board approved plans for a new breakwater on Tuesday after a long "
        f"debate about its cost.\n\n{middle}\n\n" + "\n\n".join(rest) + "\n"
    )
    assert parse_text(copy).paragraphs[1:] == (middle, *rest)


@pytest.mark.parametrize("label", ["Comentários", "Kommentare (4)", "12 reacties", "Diskuse (23)"])
def test_a_topic_list_ends_at_the_comments_label_of_other_editions(label: str) -> None:
    text = (
        "Praia central ganha nova ciclovia\n\n1 September 2025\n\n"
        f"{BODY}\nTemas\nmobilidade\nciclovia\n{label}\nFale conosco\nAnuncie\n"
    )
    assert parse_text(text).tags == ("mobilidade", "ciclovia")


def test_a_tail_marker_over_feed_footers_still_ends_the_body() -> None:
    """A comments notice that reads as prose ends the story (The Business Standard's); a
    feed's repost footers printed under it are furniture, not two more paragraphs that
    would make the story go on (the chrome property test found it)."""
    path = Path(__file__).parents[1] / "fixtures/sites/tbs/01-economy-agency-modified.txt"
    page = path.read_text("utf-8")
    notice = page.index("While most comments")
    after = page.index("\n\n", notice) + 2
    footer = "The post Council votes to close the pier appeared first on Harbour Notes.\n\n"
    changed = page[:after] + footer * 2 + page[after:]
    original = parse_text(page, path.name)
    assert parse_text(changed, path.name).paragraphs == original.paragraphs


def test_a_shows_four_word_name_under_the_headline_is_no_section() -> None:
    """ "The Long Read" over a headline is its kicker; "The Harbour Lights Podcast" under
    an episode's headline, over its host, is the show's name, not a label."""
    text = (
        "Harbour Lights\nPodcasts\nEvents\n\nEpisode 12: The ferry that never came\n"
        "The Harbour Lights Podcast\nHosted by Ines Calder\nTuesday 3 March 2026 · 31 min\n\n"
        "Islanders waited a decade for a winter ferry. Ines Calder asks the skippers, the"
        " council and the passengers who gave up on it why the service was never started.\n\n"
        "The council says the harbour wall must be rebuilt first, and that work has no date.\n"
    )
    assert parse_text(text).section != "The Harbour Lights Podcast"


@pytest.mark.parametrize("name", ["The Harbour Telegraph", "THE MORNING BRIEF"])
def test_a_papers_name_over_the_headline_is_no_kicker(name: str) -> None:
    """ "The Long Read" over a headline is a column's label; a paper's or a newsletter's
    name there, opening with "The" as well, is the masthead."""
    text = (
        f"Menu\nSearch\n{name}\n\nHarbour wall repairs to start after the winter storms\n\n"
        "By Ines Calder\n4 March 2026\n\n"
        "Repairs to the harbour wall will start in April, the council said on Tuesday, after"
        " two winter storms opened a gap near the lifeboat station.\n\n"
        "The work is expected to take five months and will close the outer pier to walkers.\n"
    )
    assert parse_text(text).section != name


def test_a_column_label_opening_with_in_is_a_kicker_whatever_its_last_word() -> None:
    """ "In The Press" over a think tank's headline is the column it is filed in: only a
    name opening with "The" and ending like a paper's ("The Harbour Press") is a masthead."""
    text = (
        "Programmes | Experts | Events | Donate\n\nIn The Press\n\n"
        "Harbour wall repairs to start after the winter storms\n\n"
        "By Ines Calder\n4 March 2026\n\n"
        "Repairs to the harbour wall will start in April, the council said on Tuesday, after"
        " two winter storms opened a gap near the lifeboat station.\n\n"
        "The work is expected to take five months and will close the outer pier to walkers.\n"
    )
    assert parse_text(text).section == "In The Press"


@pytest.mark.parametrize(
    "link", ["Go to the main site", "Перейти на основной сайт", "Перейти на повну версію"]
)
def test_an_amp_views_link_to_the_full_site_is_no_headline(link: str) -> None:
    text = (
        f"{link}\n    Ferry line to add two ships before the summer\n\n    12 May 2026, 10:10\n\n"
        "    The state shipping company will add two ferries to the line before the summer"
        " season, the company said on Tuesday.\n"
    )
    assert parse_text(text).title == "Ferry line to add two ships before the summer"


def test_a_template_counter_left_unrendered_after_the_headline_is_dropped() -> None:
    text = (
        "Ferry line to add two ships ({{ctrl.commentsTotal}})\n\n12 May 2026\n\n"
        "The state shipping company will add two ferries to the line before the summer"
        " season, the company said on Tuesday.\n"
    )
    assert parse_text(text).title == "Ferry line to add two ships"


def test_a_rolling_pages_entry_stamps_are_no_paragraphs() -> None:
    # generic/841: "+++ 08:30 Uhr +++" between entries; also "11:20 pm", "88 min"
    copy = (
        "Harbour storm live: ferries cancelled\n\nUpdated 3 March 2024, 11:48\n\n"
        "11:48 pm\n\nThe harbour master has closed the outer basin to all traffic.\n\n"
        "11:20 pm\n\nFerries to the islands are cancelled for the rest of the night.\n\n"
        "+++ 10:02 Uhr +++\n\nThe coastguard says two boats were escorted in safely.\n\n"
        "88 min\n\nShare of the fleet still at sea is small, the harbour master says.\n"
    )
    assert parse_text(copy).paragraphs == (
        "The harbour master has closed the outer basin to all traffic.",
        "Ferries to the islands are cancelled for the rest of the night.",
        "The coastguard says two boats were escorted in safely.",
        "Share of the fleet still at sea is small, the harbour master says.",
    )


def test_read_more_with_its_colon_lists_links_a_digests_read_more_here_keeps_the_items() -> None:
    # generic/880: "Read more:" over two links, a line each, inside the story
    story = (
        "Ferry fares rise again, operator confirms\n\nMarch 3, 2025\n\n"
        "The island ferry operator says fares will rise by 6% from next month.\n\n"
        "Read more:\nLighthouse reopens after storm damage\nPier cafe wins award for fish soup\n\n"
        "Residents called the rise unfair and asked the council to step in.\n"
    )
    assert parse_text(story).paragraphs == (
        "The island ferry operator says fares will rise by 6% from next month.",
        "Residents called the rise unfair and asked the council to step in.",
    )
    # a digest prints its item's link as "READ MORE HERE": the next item's headline stays
    digest = (
        "Morning digest: top stories on March 3\n\nMarch 3, 2025\n\n"
        "Good morning! Here are the stories to start your Monday.\n\n"
        "Harbour bridge to close for repairs\n\nThe bridge will shut for two weeks in April.\n\n"
        "READ MORE HERE\n\nSchool meals to cost less from May\n\n"
        "Parents will pay 20p less for each meal, the council said.\n\nREAD MORE HERE\n"
    )
    assert "School meals to cost less from May" in parse_text(digest).paragraphs


def test_a_read_aloud_players_notes_and_a_trust_badge_are_chrome() -> None:
    generic = generic_of(builtin_profiles())
    for note in (
        "New: You can now listen to stories.",
        "This narration was created using text-to-speech software.",
        "Read a recap of this story on BRIEF.",
        "Why you can trust Harbour Daily",
        "Why you can trust us",
    ):
        assert lines.is_chrome(note, generic, generic), note
    # a sentence that only begins so is the writer's, not a badge
    assert not lines.is_chrome(
        "Why you can trust a harbour pilot more than a map.", generic, generic
    )


def test_a_photo_desks_day_slug_ends_a_caption() -> None:
    generic = generic_of(builtin_profiles())
    assert lines.is_caption("The ferry pier's new waiting hall. 14MAR19", generic, generic)
    assert not lines.is_caption("The pier reopens on 14 March 2019.", generic, generic)


def test_a_paragraph_cut_at_a_columns_end_is_one_paragraph() -> None:
    article = parse_text(
        "Ferry fares will not rise this year\n\n"
        "May 3, 2026\n\n"
        "The minister said on Monday that ferry fares on the four island routes would not rise.\n\n"
        "Fuel had become dearer for the operators in the towns of Westmoor, Lindham,\n\n"
        "Corrow and the smaller ports of the coast.\n\n"
        "The committee will hear the operators on the night sailings and the timetable of\n\n"
        "the summer before the boats arrive.\n\n"
        "Passengers in the four towns, the northern ports and the islands will pay the same,\n\n"
        "“We will carry the cost ourselves,” he said.\n"
    )
    assert article.paragraphs[1:] == (
        "Fuel had become dearer for the operators in the towns of Westmoor, Lindham, Corrow"
        " and the smaller ports of the coast.",
        "The committee will hear the operators on the night sailings and the timetable of"
        " the summer before the boats arrive.",
        "Passengers in the four towns, the northern ports and the islands will pay the same,"
        " “We will carry the cost ourselves,” he said.",
    )


def test_a_yearless_dateline_under_an_editions_date_takes_the_editions_year() -> None:
    article = parse_text(
        "Thursday, May 4, 2006,\nRivermouth, Westland\nV A L L E Y   S T O R I E S\n\n\n"
        "Bus depot fire destroys six coaches\nValley News Service\n\n"
        "PORTVALE, May 3 — A fire that broke out in the night at the municipal bus depot"
        " destroyed six coaches before firemen brought it under control at dawn.\n\n"
        "No one was hurt, the transport board said on Wednesday morning.\n"
    )
    assert article.published.date().isoformat() == "2006-05-03"
    assert any("2006 (the page's) assumed" in w for w in article.warnings)


def test_an_agency_spelled_out_after_a_dash_and_the_themes_next_post_links_end_the_text() -> None:
    article = parse_text(
        "Camp fire leaves families without shelter\n\nDecember 1, 2026\n\n"
        "Hundreds of families spent the night in the open after a fire swept through the camp,"
        " officials said on Monday.\n\n"
        "Aid workers are surveying the damage. — Anadolu Agency\n\n"
        "Previous articleGovernor opens new bridge\n"
        "Next articleCouncil delays budget vote\n"
    )
    assert article.byline == ("Anadolu Agency",)
    assert article.paragraphs[-1] == "Aid workers are surveying the damage."


def test_a_syndicated_excerpts_continue_reading_link_is_cut_from_its_paragraph() -> None:
    article = parse_text(
        "Index falls for a third day\n\nBy Jo Roe\nDecember 1, 2026\n\n"
        "The index fell for a third day on Tuesday and is down about 7% this year."
        " Continue reading\n\nTraders said they would keep reading the figures.\n"
    )
    text = (*article.paragraphs, article.summary or "")
    assert "The index fell for a third day on Tuesday and is down about 7% this year." in text
    assert not any("Continue reading" in part for part in text)
    assert article.paragraphs[-1] == "Traders said they would keep reading the figures."


def test_a_mailed_newsletters_view_online_note_and_a_comma_topic_list() -> None:
    article = parse_text(
        "Having trouble viewing this email? View it online\n\n"
        "Allotment waiting list cut in half\n\nBy Jo Roe\n\n"
        "The waiting list for allotments has halved in a year, the parish council said.\n\n"
        "About 90 households are still waiting.\n\nTags\nallotments, parish council\n"
    )
    assert article.title == "Allotment waiting list cut in half"
    assert set(article.tags) >= {"allotments", "parish council"}


def test_an_indonesian_contributors_role_and_town_are_no_writer() -> None:
    article = parse_text(
        "Harga beras turun menjelang akhir tahun\nKontributor Medan, Yohana Sitompul\n"
        "1 Desember 2026\n\nHarga beras di pasar tradisional turun menjelang akhir tahun.\n"
    )
    assert article.byline == ("Yohana Sitompul",)


def test_a_print_pages_paragraph_opening_on_a_full_line_goes_on_but_a_crosshead_stays() -> None:
    page = [
        "By HELKA JUNTUNEN",
        "The mill at Oravala will",
        "close in June, its owners",
        "said, after ninety years.",
        "Forty people work at the mill,",
        "Oravala's biggest employer.",
        "Sale talks",
        "A buyer from the coast has",
        "asked to see the books.",
    ]
    joined = [line.text for line in _join_hard_wraps([Numbered(i, t) for i, t in enumerate(page)])]
    assert joined == [
        "By HELKA JUNTUNEN",
        "The mill at Oravala will close in June, its owners said, after ninety years.",
        "Forty people work at the mill, Oravala's biggest employer.",
        "Sale talks",
        "A buyer from the coast has asked to see the books.",
    ]


def test_lone_date_label_joins_only_a_date_under_it() -> None:
    """ "Updated" alone over its date reads as the update; over a line of text, nothing
    is joined and no text is lost."""
    head = "Ferry adds late sailings after petition\n\n"
    dated = parse_text(
        f"{head}Updated\nApr 14, 2026, 07:42 PM\nPublished\nApr 14, 2026, 06:15 PM\n\n{BODY}"
    )
    assert dated.published.isoformat() == "2026-04-14T18:15:00+00:00"
    assert dated.modified is not None and dated.modified.hour == 19
    prose = "The sailings resume on May 4, 2026, the operator said on Tuesday in a note."
    kept = parse_text(f"{head}5 March 2021\n\n{BODY}\nPosted\n{prose}\n")
    assert prose in kept.paragraphs


@pytest.mark.parametrize(
    ("crumb", "section"),
    [
        ("You are here: Opinion >> Council passes budget after long debate", "Opinion"),
        ("You are here: Home » Opinion » Council passes budget after long debate", "Opinion"),
        ("You are here:", None),  # the label over no trail stays furniture
    ],
)
def test_labelled_breadcrumb_names_the_section(crumb: str, section: str | None) -> None:
    article = parse_text(
        f"{crumb}\n\nCouncil passes budget after long debate\n\n5 March 2021\n\n{BODY}"
    )
    assert article.section == section
    assert article.title == "Council passes budget after long debate"
    assert len(article.paragraphs) == 2


def test_a_flag_after_a_writers_name_is_dropped_a_flag_after_a_headline_stays() -> None:
    text = f"Harbour rowers take the national title 🇳🇿\n\nJo Roe 🇳🇿\nMarch 3, 2024\n\n{BODY}"
    article = parse_text(text)
    assert article.byline == ("Jo Roe",)
    assert article.title == "Harbour rowers take the national title 🇳🇿"


def test_a_writers_pen_mark_after_a_by_line_is_dropped_an_emoji_after_a_headline_stays() -> None:
    text = f"Sunny weekend ahead for the coast ☀️\n\nBy Jo Roe ✍️\nMarch 3, 2024\n\n{BODY}"
    article = parse_text(text)
    assert article.byline == ("Jo Roe",)
    assert article.title == "Sunny weekend ahead for the coast ☀️"


def test_a_writers_credit_over_the_pictures_credit_is_the_byline_not_alt_text() -> None:
    # a block of two lines, "Words by …" over "Photos: …", under the text: the writer's
    # credit and the pictures', no picture's alt text over its caption
    text = (
        f"Harbour rowers take the national title\n\nMarch 3, 2024\n\n{BODY}\n\n"
        "Words by Jo Roe, Club Secretary\nPhotos: Al Lee\n\nShare this story\n"
    )
    article = parse_text(text)
    assert article.byline == ("Jo Roe",)
