"""Sections on pages without a profile: breadcrumbs and archive headings."""

from __future__ import annotations

import pytest
from parse_helpers import parse_text

from site_gen.parse import bengali
from site_gen.parse.sections import _last_of_glued, breadcrumb_section

BODY = (
    "The county council approved the new harbour plan on Tuesday after a long debate, "
    "and work on the first stage is due to start in the spring.\n\n"
    "Share of the cost will be met by the port authority, the council said.\n"
)


def copy_under(above: str) -> str:
    return f"{above}\n\nCouncil approves harbour plan after long debate\n\nMarch 3, 2024\n\n{BODY}"


@pytest.mark.parametrize(
    ("trail", "section"),
    [
        ("Home   News   Regional   Article", "Regional"),  # crumbs parted by wide spaces
        ("Home Cities Marlow", "Marlow"),  # single capitalised words
        ("Home / News / Marlow", "Marlow"),
        ("Início / Cidades", "Cidades"),  # home as other editions name it
        ("Startseite > Region > Marlow", "Marlow"),
    ],
)
def test_breadcrumb_without_separators_names_the_section(trail: str, section: str) -> None:
    assert parse_text(copy_under(trail)).section == section


@pytest.mark.parametrize("line", ["Home Blog Page 787", "Home is where the harbour is"])
def test_a_line_that_only_opens_with_home_is_no_breadcrumb(line: str) -> None:
    assert parse_text(copy_under(line)).section is None


def test_category_heading_of_a_listing_names_the_section() -> None:
    assert parse_text(copy_under("Category: Harbour Affairs")).section == "Harbour Affairs"


@pytest.mark.parametrize(
    ("label", "section"),
    [("FeaturedValley News", "Valley News"), ("McKay Report", "McKay Report")],
)
def test_a_badge_glued_to_the_category_leaves_the_category(label: str, section: str) -> None:
    assert _last_of_glued(label) == section


@pytest.mark.parametrize(
    ("trail", "section"),
    [("Politics / Coastwatch", "Coastwatch"), ("Business / Shipping / Ports", "Ports")],
)
def test_a_trail_with_spaced_slashes_names_the_section(trail: str, section: str) -> None:
    assert parse_text(copy_under(trail)).section == section


@pytest.mark.parametrize("line", ["Photo / Dana Roe", "12 / 03 / 2024", "Harbour / 24"])
def test_a_credit_or_a_date_spaced_with_slashes_is_no_trail(line: str) -> None:
    assert parse_text(copy_under(line)).section is None


def test_a_salutation_under_the_headline_is_no_section() -> None:
    text = f"Council approves harbour plan after long debate\n\nDear Members,\n\n{BODY}"
    assert parse_text(text).section is None


@pytest.mark.parametrize("label", ["Publicerad", "Yayımlandı", "Publié", "Veröffentlicht"])
def test_a_date_label_left_without_its_date_is_no_section(label: str) -> None:
    text = f"Council approves harbour plan after long debate\n\n{label}\n\n{BODY}"
    assert parse_text(text).section is None


MENU = "Home\n\nLocal\n\nBusiness\n\nFarming\n\nSport"


def test_menu_item_repeated_over_the_headline_is_the_section() -> None:
    assert parse_text(copy_under(f"{MENU}\n\nFarming")).section == "Farming"


def test_last_menu_item_over_the_headline_is_no_section() -> None:
    assert parse_text(copy_under(MENU)).section is None


def test_a_label_repeated_far_above_the_menu_is_no_section() -> None:
    # the twin sits above a sentence, outside the menu the kicker ends
    above = "Farming\n\nA weekly paper for the farms and villages of the valley since 1901\n\n"
    assert parse_text(copy_under(f"{above}{MENU}\n\nLocal News")).section != "Farming"


def test_two_crumbs_with_an_arrow_are_a_trail_not_the_headline() -> None:
    article = parse_text(copy_under("Cricket > County Championship"))
    assert article.title == "Council approves harbour plan after long debate"
    assert article.section == "County Championship"


@pytest.mark.parametrize(
    "label", ["Search the archive", "From the print edition", "View in browser"]
)
def test_archive_and_newsletter_labels_are_no_headline(label: str) -> None:
    above = f"The Moray Clarion\n\n{label}"
    assert parse_text(copy_under(above)).title == "Council approves harbour plan after long debate"


def test_a_translator_credit_is_no_section() -> None:
    article = parse_text(copy_under("Written by Ingrid Solheim\n\nTranslated by Tom Ashworth"))
    assert article.section is None


@pytest.mark.parametrize(
    "note",
    [
        "This article was first published in Dutch.",
        "2 of 8",
        "This story was originally published in Spanish",
    ],
)
def test_a_translation_note_or_a_gallery_counter_is_no_paragraph(note: str) -> None:
    text = f"Council approves harbour plan after long debate\n\nMarch 3, 2024\n\n{note}\n\n{BODY}"
    assert note not in parse_text(text).paragraphs


@pytest.mark.parametrize("label", ["Etiketler", "Schlagwörter", "Etiquetas", "Tagi"])
def test_tag_labels_of_other_editions_give_the_tags(label: str) -> None:
    text = copy_under("Local") + f"\n{label}: harbour, council, port\n"
    assert {"harbour", "council", "port"} <= {t.lower() for t in parse_text(text).tags}


@pytest.mark.parametrize("credit", ["Courtesy of Voltcell", "Harbour image", "Reuters photo"])
def test_a_pictures_credit_by_the_headline_is_no_section(credit: str) -> None:
    text = (
        "Council approves harbour plan after long debate\n\n"
        f"The plan goes to the port authority next\n\n{credit}\n\nMarch 3, 2024\n\n{BODY}"
    )
    article = parse_text(text)
    assert article.section is None
    assert credit in article.captions


@pytest.mark.parametrize("above", ["Video link\nHeadline link\nAdvertisement", "Menu Close"])
def test_a_label_under_skip_links_or_the_menu_button_is_the_section(above: str) -> None:
    assert parse_text(copy_under(f"{above}\n\nCourts")).section == "Courts"


def test_a_county_over_the_headline_is_the_section() -> None:
    assert parse_text(copy_under("Connect with us\n\nLos Angeles County")).section == (
        "Los Angeles County"
    )


def copy_headed(header: str) -> str:
    return f"Council approves harbour plan after long debate\n\n{header}\n\nMarch 3, 2024\n\n{BODY}"


@pytest.mark.parametrize(
    "header",
    [
        # the picture's alt text, then its caption that repeats it
        "Harbour plan\nThe harbour plan on show at the council offices on Tuesday.",
        # the alt text over the caption and its credit
        "Harbour cranes\nCranes at the old quay.\nPhoto credit: Mara Oduya | Kestrel Media",
        # the writer's role under the byline
        "By Tobias Nyamweya\nLabour affairs reporter",
    ],
)
def test_a_pictures_alt_text_or_a_writers_role_is_no_section(header: str) -> None:
    assert parse_text(copy_headed(header)).section is None


def test_a_one_word_kicker_stays_the_section_beside_a_sentence_naming_it() -> None:
    article = parse_text(copy_headed("Politics\nPolitics in the county turned on the harbour."))
    assert article.section == "Politics"


@pytest.mark.parametrize("kicker", ["First Team", "Campus Research", "Press Releases"])
def test_a_kicker_over_a_date_over_the_headline_is_the_section(kicker: str) -> None:
    copy = f"Menu\n{kicker}\n14.2.2026\nCouncil approves harbour plan after long debate\n{BODY}"
    assert parse_text(copy).section == kicker


def test_a_credit_over_a_labelled_date_over_the_headline_is_no_section() -> None:
    copy = (
        "Illustration by Luis Ferro\nUpdated 12 December 2019\n"
        f"Council approves harbour plan after long debate\n{BODY}"
    )
    assert parse_text(copy).section is None


@pytest.mark.parametrize(
    ("logo", "label"),
    [("Nodi Barta", "রাজ্য"), ("Nodi Barta", "বিজ্ঞান ও প্রযুক্তি"), ("nodibarta24", "খেলা")],
)
def test_a_bangla_label_under_a_latin_logo_is_the_section(logo: str, label: str) -> None:
    text = (
        f"{logo}\n{label}\n\nনদীর ভাঙনে ঘর হারাল চরের শতাধিক পরিবার, আশ্রয় বাঁধে\n\n"
        "প্রকাশিত: ১০:১৫ পূর্বাহ্ণ, মার্চ ৪, ২০২৪\n\n"
        "টানা বৃষ্টিতে নদীর পানি বেড়ে যাওয়ায় চরের তিনটি গ্রামে ভাঙন তীব্র হয়েছে। "
        "গত চার দিনে শতাধিক পরিবার বসতভিটা হারিয়েছে বলে জানিয়েছে প্রশাসন।\n"
    )
    article = parse_text(text)
    assert article.section == label
    assert article.title.startswith("নদীর ভাঙনে")


@pytest.mark.parametrize(
    ("line", "is_label"),
    [
        ("বিজ্ঞান ও প্রযুক্তি", True),
        ("জাতীয়", True),
        ("মো. রাশেদুল ইসলাম", False),  # a name
        ("জাতীয় নির্বাচনে ভোট পড়েছে চল্লিশ শতাংশ", False),  # a headline
    ],
)
def test_a_bangla_label_naming_a_section_is_no_headline(line: str, is_label: bool) -> None:
    assert bengali.is_section_label(line) is is_label


@pytest.mark.parametrize(
    "label", ["Uncategorized", "Uncategorised", "Partly Cloudy", "Clear", "Serving Alder County"]
)
def test_a_blog_default_category_weather_or_motto_over_the_headline_is_no_section(
    label: str,
) -> None:
    copy = f"{label}\n14.2.2026\nCouncil approves harbour plan after long debate\n{BODY}"
    assert parse_text(copy).section is None


@pytest.mark.parametrize(
    ("dateline", "section"),
    [("Jun 3, 2021 | Education", "Education"), ("Jun 3, 2021 | Comments", None)],
)
def test_one_section_word_beside_the_date_alone_is_the_section(
    dateline: str, section: str | None
) -> None:
    copy = f"Council approves harbour plan after long debate\n\n{dateline}\n\n{BODY}"
    assert parse_text(copy).section == section


def test_a_papers_name_and_its_writers_under_the_headline_is_no_section() -> None:
    copy = f"Council approves harbour plan after long debate\nWestshire Herald - Jo Roe\n\n{BODY}"
    article = parse_text(copy)
    assert (article.section, article.byline) == (None, ("Jo Roe",))


@pytest.mark.parametrize(
    ("top", "section"),
    [
        ("Lakeview Radio\nLocal", "Local"),  # the station's name atop the page, its kicker
        ("Skip to content\nLakeview Radio\nLocal", "Local"),
        ("Home\nNews\nSport\nLocal", None),  # the last item of a menu, one item a line
    ],
)
def test_a_masthead_atop_the_page_is_no_menu_over_the_kicker(top: str, section: str | None) -> None:
    copy = f"{top}\nCouncil approves harbour plan after long debate\nMarch 3, 2024\n\n{BODY}"
    assert parse_text(copy).section == section


@pytest.mark.parametrize(
    ("top", "section"),
    [
        ("Cape Coastal News", None),  # a broadcaster's name atop the copy
        ("The Harbour Times", None),
        ("Regional TV News", None),  # a broadcaster's, its initials in capitals
        ("World News", "World News"),  # section words only: the kicker
    ],
)
def test_a_papers_name_atop_the_copy_is_no_section(top: str, section: str | None) -> None:
    copy = f"{top}\nCouncil approves harbour plan after long debate\nMarch 3, 2024\n\n{BODY}"
    assert parse_text(copy).section == section


def test_a_camel_case_name_is_not_split_as_a_badge_glued_to_a_category() -> None:
    assert _last_of_glued("FeaturedWorld News") == "World News"
    assert _last_of_glued("FeaturedPolitics") == "Politics"
    assert _last_of_glued("MarketWatch") == "MarketWatch"
    assert _last_of_glued("PlayStation") == "PlayStation"


def test_a_label_under_the_storys_one_long_paragraph_heads_a_list_no_section() -> None:
    paragraph = (
        "We ask whether the harbour board can still agree on the dredging plan after its chair "
        "walked out of the talks on Monday, leaving the other members in a state of shock. "
        "Meanwhile the ferry crews protest again on the quay, the fish market moves to a car "
        "park and a statue of the old harbour master keeps dividing the town of Port Alder."
    )
    copy = (
        "Harbour podcast: The Empty Quay Edition\n"
        f"{paragraph}\n"
        "Gull of the week: the bird that stole a pasty\n"
        "Council shelves the plan for a second pier\n"
        "News\n"
        "Board members look for a way back to the table\n"
        "Ferry crews to meet the transport minister\n"
    )
    article = parse_text(copy)
    assert article.paragraphs[0] == paragraph
    assert article.section is None


def test_a_label_under_the_show_more_button_of_a_list_above_is_the_kicker() -> None:
    copy = (
        "Latest\nShow More\nTransport\n\nCouncil approves harbour plan after long debate\n\n"
        f"March 3, 2024\n\n{BODY}"
    )
    assert parse_text(copy).section == "Transport"


@pytest.mark.parametrize(
    ("above", "section"),
    [
        ("Harbour  -", "Harbour"),  # the crumb with the separator that led to the headline
        ("Économie |", "Économie"),
        ("Marlow ›", "Marlow"),
    ],
)
def test_a_crumb_copied_with_its_trailing_separator_names_the_section(
    above: str, section: str
) -> None:
    assert parse_text(copy_under(above)).section == section


def test_a_read_aloud_players_placeholder_is_no_headline_nor_text() -> None:
    title = "Harbour : Open letter to the council : Here is what the plan means for us !"
    copy = (
        f"Society\n{title}\nharbourdesk.example\n"
        "Getting your Trinity Audio player ready... |\n"
        "In an open letter, a group of fishermen asks the council to explain how the new "
        "harbour plan will change their moorings.\n"
        f"{BODY}"
    )
    article = parse_text(copy)
    assert article.title == title
    assert all("Audio player" not in p for p in article.paragraphs)


@pytest.mark.parametrize(
    "tool", ["Réduire la taille du texteAgrandir la taille du texte", "Réduire la taille du texte"]
)
def test_a_text_size_tools_labels_over_the_headline_are_no_headline(tool: str) -> None:
    copy = f"{tool}\n\nCouncil approves harbour plan after long debate\n\nle 03.03.24 | 10h30\n\n{BODY}"
    article = parse_text(copy)
    assert article.title == "Council approves harbour plan after long debate"
    assert article.section is None


@pytest.mark.parametrize(
    ("trail", "title", "section"),
    [
        # a Material icon's name copied for each arrow, the headline cut short at the end
        (
            "Homechevron_rightStateschevron_rightFishing ban lifted after...",
            "Fishing ban lifted after six weeks along the southern coast",
            "States",
        ),
        (
            "Home keyboard_arrow_right Sport keyboard_arrow_right Cricket",
            "Rain halts play",
            "Cricket",
        ),
        # crumbs run together, the headline in them with straight quotes, curly in the head
        ("HomeOpinionThe mayor's quiet budget", "The mayor’s quiet budget", "Opinion"),
    ],
)
def test_a_trail_with_icon_arrows_or_the_headline_retyped_gives_its_last_crumb(
    trail: str, title: str, section: str
) -> None:
    assert breadcrumb_section(trail, title) == section


def test_a_menu_of_section_words_on_one_line_is_no_section() -> None:
    # the menu's links parted by spaces only, a badge under it, then the headline
    copy = (
        "The Tarn Valley Echo\n"
        "News Politics Sport World\n"
        "EXCLUSIVE\n"
        "Quarry firm kept dust readings from the parish council for a year\n"
        "By Orla Vance\n"
        "Updated 4 June 2025 • 8:10am\n\n"
        "A quarry firm held back a year of dust readings from the parish council, letters "
        "passed to the Echo show.\n\nThe firm said the readings were being checked.\n"
    )
    article = parse_text(copy)
    assert article.title.startswith("Quarry firm")
    assert article.section is None


def test_the_label_under_a_menu_bar_of_three_links_is_the_section() -> None:
    copy = (
        "The Kestrel Valley Times\nHome | Farming | Weather\nFarming\n"
        "Sheep shearers return to the valley as wool prices recover\n"
        "14 June 2025 | 4:30 pm\nBy Rhodri Pask\n\n"
        "Travelling shearing gangs are back in the valley for the first time in three "
        "summers, farmers said on Saturday.\n"
    )
    assert parse_text(copy).section == "Farming"


@pytest.mark.parametrize(
    ("label", "section"),
    [
        ("News Feed", "News Feed"),
        ("Новини Одеси", "Новини Одеси"),
        # a masthead in capitals, an agency's name: the paper's, no section
        ("NEWS AGENCY OF NIGERIA", None),
        # a repost's source and its country
        ("Portnews.ge, Georgia", None),
    ],
)
def test_a_label_opening_with_the_news_word_over_the_headline(
    label: str, section: str | None
) -> None:
    text = (
        f"{label}\n\nFerry line to add two ships before the summer\n\n12 May 2026\n\n"
        "The state shipping company will add two ferries to the line before the summer"
        " season, the company said on Tuesday.\n"
    )
    assert parse_text(text).section == section


def test_a_town_alone_under_the_writers_name_is_no_section() -> None:
    # "Lagos" under "Emmanuel Udom": where the writer filed from, not a section
    text = f"Council approves harbour plan after long debate\n\nMaren Okafor\n\nArdmoor\n\n{BODY}"
    article = parse_text(text)
    assert article.byline == ("Maren Okafor",)
    assert article.section is None


def test_a_translation_widgets_button_over_a_post_is_no_section() -> None:
    assert parse_text(copy_under("Translate")).section is None


def test_a_ministers_office_under_her_name_is_no_section() -> None:
    text = (
        "Media Release\n\nThe Hon Priya Anand MP\nMinister for Regional Transport\n\n"
        f"14 August 2024\n\nCouncil approves harbour plan after long debate\n\n{BODY}"
    )
    article = parse_text(text)
    assert (article.section, article.byline) == (None, ("Priya Anand",))


@pytest.mark.parametrize(
    "menu",
    [
        "Home  Harbour  Money  Culture  Sport",  # links parted by runs of spaces
        "Harbour  Money  Culture  Sport",  # the same, without home
        "Home Harbour Money Sport",  # single words from home on, as a trail would be
    ],
)
def test_a_sentence_case_kicker_under_a_menu_bar_is_the_section(menu: str) -> None:
    # generic/820 and 821: not the menu's last link, nor the menu's whole line
    assert parse_text(copy_under(f"{menu}\n\nPort dispute")).section == "Port dispute"


def test_a_trail_with_separators_stays_the_section_over_a_label() -> None:
    assert parse_text(copy_under("Home / News / Marlow\n\nPort dispute")).section == "Marlow"


def test_a_blogs_menu_with_its_about_page_is_no_trail() -> None:
    # generic/823: "Home About Archive" names the blog's pages, no crumb leads to a post
    assert parse_text(copy_under("Home About Archive")).section is None


@pytest.mark.parametrize(
    ("column", "headline"),
    [
        ("Letter from Lisbon", "Blue tiles"),  # generic/822
        ("Notes from the Valley", "Harbour lights"),
        ("Lettre de Lyon", "Les quais"),
    ],
)
def test_a_columns_name_over_its_short_headline_is_the_section(column: str, headline: str) -> None:
    copy = f"Columns\n\n{column}\n\n{headline}\n\nBy Jo Marlow\n\nMarch 3, 2024\n\n{BODY}"
    article = parse_text(copy)
    assert (article.title, article.section) == (headline, column)


def test_a_kicker_under_a_menu_bar_parted_by_spaces_is_the_section_though_a_link() -> None:
    # generic/824: the bar's last link printed again over the headline
    assert parse_text(copy_under("World  Markets  Energy\n\nEnergy")).section == "Energy"


@pytest.mark.parametrize(
    "row",
    [
        "Harbour • 3 min read • March 3, 2024 • 7:45 AM",  # generic/827, over the headline
        "Harbour · 2 min read · 3 Mar 2024, 11:30 am",
        "Harbour | 4 min read | March 3, 2024",
    ],
)
def test_the_label_opening_a_mobile_meta_row_is_the_section(row: str) -> None:
    copy = f"Sections\n\nCouncil approves harbour plan after long debate\n\n{row}\n\n{BODY}"
    assert parse_text(copy).section == "Harbour"


def test_a_blocks_heading_between_the_kicker_and_the_headline_is_passed() -> None:
    # generic/835: "Local" / "Latest News" / <headline> under a menu parted by spaces
    copy = copy_under("Home  Local  County  Nation\n\nLocal\n\nLatest News")
    assert parse_text(copy).section == "Local"


def test_a_section_word_between_the_writer_and_the_date_in_a_dotted_row_is_the_section() -> None:
    # generic/837: "By Jo Roe • Environment • Nov 30, 2026" over the headline
    copy = f"By Jo Marlow • Environment • Mar 3, 2024\n\nCouncil approves harbour plan\n\n{BODY}"
    assert parse_text(copy).section == "Environment"


@pytest.mark.parametrize(
    "row",
    ["Harbour | 2 min read | 3 Mar 2024", "Harbour · 4 min read · 3 March 2024"],  # generic/839
)
def test_a_meta_row_with_a_reading_time_and_a_bare_day_is_no_menu_bar(row: str) -> None:
    article = parse_text(f"Port News\n\n{row}\n\nCouncil approves harbour plan\n\n{BODY}")
    assert (article.section, article.published.date().isoformat()) == ("Harbour", "2024-03-03")


@pytest.mark.parametrize("top", ["Liveblog", "Live blog"])
def test_a_live_pages_badge_is_no_section(top: str) -> None:
    # generic/841
    assert parse_text(copy_under(top)).section is None


def test_a_local_sites_name_atop_the_page_is_no_section() -> None:
    # "Ashbourne Local" over its menu bar, the writer and date under the body (generic/840)
    copy = (
        "Harbourside Local\nHome | News | Events\nCouncil approves harbour plan\n"
        "The county council approved the new harbour plan on Tuesday after a long debate.\n"
        "Work on the first stage is due to start in the spring, the council said.\n"
        "Share of the cost will be met by the port authority.\n"
        "By Thea Marsh\nMarch 3, 2024\nRelated\nPort fees rise\nFebruary 20, 2024\n"
    )
    assert parse_text(copy).section is None


def test_a_kicker_under_a_menu_of_three_single_words_is_the_section() -> None:
    # generic/843: "Actualité Sports Loisirs" / "Randonnée" / <headline>
    copy = copy_under("L'Écho des Crêtes\n\nActualité Sports Loisirs\n\nRandonnée")
    assert parse_text(copy).section == "Randonnée"


@pytest.mark.parametrize(
    ("over", "section"),
    [
        # shaped like a name, but the writer's own name is printed under the headline
        ("Golden Jubilee Celebration", "Golden Jubilee Celebration"),
        # a writer's two-word name over the headline stays no section
        ("Karim Uddin", None),
    ],
)
def test_a_title_case_kicker_over_the_headline_with_its_writer_under_it(
    over: str, section: str | None
) -> None:
    article = parse_text(
        f"{over}\n\nRiver ferries that built a town\n\nSelina Akter\n\n"
        "12th March, 2026 10:15:20\n\n"
        "For fifty years the ferries at Moyna ghat have carried the town's traders, students"
        " and patients across the river, and the town grew up around the landing.\n\n"
        "The first boats were wooden and took an hour to cross the river in the monsoon.\n"
    )
    assert article.section == section


def _dated_under_headline(dateline: str) -> str:
    return f"Council approves harbour plan after long debate\n\n{dateline}\n\n{BODY}"


@pytest.mark.parametrize(
    ("dateline", "section"),
    [
        ("Astronomy 3 March 2024", "Astronomy"),  # the section spaced before the day
        ("Economía03/03/2024 redaccion", "Economía"),  # run into it, a credit after the day
        ("Monday 3 March 2024", None),  # the day's own words are no section
        ("Wtorek 3 marca 2024", None),
        ("Ieri 03/03/2024", None),
        ("Published 3 March 2024", None),
    ],
)
def test_one_word_before_the_dateline_is_the_section(dateline: str, section: str | None) -> None:
    article = parse_text(_dated_under_headline(dateline))
    assert article.section == section
    assert article.published.date().isoformat() == "2024-03-03"


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Local News March 3, 2024", "Local News"),  # the desk, then a date opening on its month
        ("World News 09:10 March 3, 2020", "World News"),  # the clock first, as before
        ("Eastport News March 2, 2024 Lena Brooks", None),  # a paper's clipping credit
        ("Eastport News March 2, 2024", None),  # a paper's name, no desk's words
    ],
)
def test_a_desk_run_into_a_date_opening_on_its_month(line: str, section: str | None) -> None:
    text = f"The Valley Register\n\n{line}\n\nCouncil approves harbour plan after long debate\n\n{BODY}"
    assert parse_text(text).section == section
