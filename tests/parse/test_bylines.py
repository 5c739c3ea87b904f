"""Bylines on pages without a profile: what is a name, and what only looks like one."""

from __future__ import annotations

import pytest
from parse_helpers import parse_text

from site_gen.parse import bylines, lines
from site_gen.parse.lines import Numbered
from site_gen.parse.profiles import builtin_profiles, generic_of

GENERIC = generic_of(builtin_profiles())

BODY = (
    "The county council approved the new harbour plan on Tuesday after a long debate, "
    "and work on the first stage is due to start in the spring.\n\n"
    "Share of the cost will be met by the port authority, the council said.\n"
)


def copy_with(cluster: str) -> str:
    return f"Council approves harbour plan after long debate\n\n{cluster}\n\n{BODY}"


@pytest.mark.parametrize(
    "widget",
    [
        "Share Button",
        "Post Type Selectors",
        "UN Press Briefing",
        "Article Featured Image",
        "Peer-Reviewed Publication",
    ],
)
def test_interface_label_is_no_bare_name_byline(widget: str) -> None:
    assert parse_text(copy_with(f"March 3, 2024\n\n{widget}")).byline == ()


def test_alt_text_printed_twice_is_no_byline() -> None:
    article = parse_text(copy_with("March 3, 2024\n\nMayor Ellen Ashdown\n\nMayor Ellen Ashdown"))
    assert article.byline == ()


@pytest.mark.parametrize("desk", ["Redacción", "Redação", "Redakcja"])
def test_the_newsroom_printed_twice_is_still_the_credit(desk: str) -> None:
    # its icon's alt text, then its link: a desk, no one in a picture
    article = parse_text(copy_with(f"{desk}\n{desk}\n\nMarch 3, 2024, 21:22"))
    assert article.byline == (desk,)


def test_a_bare_name_in_the_cluster_is_still_the_byline() -> None:
    assert parse_text(copy_with("March 3, 2024\n\nEllen Ashdown")).byline == ("Ellen Ashdown",)


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("By Marta Quill (The Harbour Courier)", ("Marta Quill",)),
        ("Lina Sarkis and Omar Haddad (The Weekly Meridian)", ("Lina Sarkis", "Omar Haddad")),
    ],
)
def test_the_writers_paper_after_the_names_is_no_name(credit: str, names: tuple[str, ...]) -> None:
    assert parse_text(copy_with(f"{credit}\nMarch 3, 2024")).byline == names


def test_a_reposts_source_line_is_its_credit_and_no_section() -> None:
    article = parse_text(copy_with("Source: Radio Harbour News"))
    assert article.byline == ("Radio Harbour News",)
    assert article.section is None


@pytest.mark.parametrize(
    "dateline",
    [
        "Wednesday, March 4, 2026, 9:40 a.m.   Press Room, Harbour Ministry Annex",
        "March 4, 2026, 09:40 Council Chamber, Town Hall",
    ],
)
def test_the_room_after_a_date_and_clock_is_no_writer(dateline: str) -> None:
    assert parse_text(copy_with(dateline)).byline == ()


def test_a_writer_after_the_clock_keeps_the_by() -> None:
    dateline = "March 4, 2026 17:12 GMT – By Ellen Ashdown"
    assert parse_text(copy_with(dateline)).byline == ("Ellen Ashdown",)


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("بقلم - سامر حداد", "سامر حداد"),
        ("بقلم: ليلى منصور", "ليلى منصور"),
        ("كتب: عمر الخطيب", "عمر الخطيب"),
        ("Por: Marta Ibáñez", "Marta Ibáñez"),
        ("Texto por: Marta Ibáñez 4 min", "Marta Ibáñez"),
        ("Reportaje de Marta Ibáñez", "Marta Ibáñez"),
    ],
)
def test_a_credit_in_arabic_or_with_a_colon_names_the_writer(credit: str, name: str) -> None:
    assert lines.byline_names(credit, GENERIC) == (name,)


def test_a_sentence_opening_with_wrote_names_nobody() -> None:
    assert lines.byline_names("كتب الوزير رسالة", GENERIC) is None


@pytest.mark.parametrize(
    "credit", ["Ellen Ashdown ( - March 3, 2024 - 2:42pm", "Ellen Ashdown () | March 3, 2024"]
)
def test_brackets_that_lost_their_link_leave_the_writer(credit: str) -> None:
    assert parse_text(copy_with(credit)).byline == ("Ellen Ashdown",)


def test_a_role_under_a_twice_printed_alt_text_stays_the_credit() -> None:
    cluster = "Attorney Ellen Ashdown\n\nAttorney Ellen Ashdown\n\nSenior Political Reporter"
    assert parse_text(copy_with(cluster)).byline == ("Senior Political Reporter",)


@pytest.mark.parametrize(
    "credit",
    ["Eastport News March 2, 2024 Lena Brooks", "Coast Herald 2 March 2024 Lena Brooks"],
)
def test_a_clippings_outlet_before_its_date_is_not_the_writer(credit: str) -> None:
    assert parse_text(copy_with(credit)).byline == ("Lena Brooks",)


def test_counters_after_a_date_label_name_nobody() -> None:
    cluster = "Written By: - Date published: 4:10 pm, March 12th, 2024 - 12 comments"
    assert parse_text(copy_with(cluster)).byline == ()


@pytest.mark.parametrize(
    "credit",
    [
        "Marta Quill, The Harbour Courier",  # the paper after a comma, no "By"
        "Marta Quill / The Harbour Courier",
        "By Marta Quill Special to The Harbour Courier",
        "By Marta Quill for Harbourmail.com",
        "BY Marta Quill | mquill@courier.example",
        "Reporting by Marta Quill",
        "Marta Quill @mquill",
        "by Marta Quill 1,204 views",
    ],
)
def test_what_is_printed_beside_one_writer_names_nobody(credit: str) -> None:
    article = parse_text(copy_with(f"March 3, 2024\n\n{credit}"))
    assert article.byline == ("Marta Quill",)


@pytest.mark.parametrize("meta", ["Ellen Ashdown 7 min read", "Ellen Ashdown · 12 min read"])
def test_a_writer_and_reading_time_on_one_line_name_the_writer(meta: str) -> None:
    assert lines.byline_names(meta, GENERIC) == ("Ellen Ashdown",)


def test_a_reading_time_alone_names_no_writer() -> None:
    assert lines.byline_names("7 min read", GENERIC) is None


@pytest.mark.parametrize("kind", ["Match report", "Evening Press Report", "Weekly Market Report"])
def test_a_kind_of_report_is_no_desk(kind: str) -> None:
    assert lines.byline_names(kind, GENERIC) is None
    assert lines.is_report_kind(kind)


@pytest.mark.parametrize("desk", ["Bureau Report", "Ledger Report", "Harbour Evening Desk Report"])
def test_a_desks_report_line_is_still_no_report_kind(desk: str) -> None:
    assert not lines.is_report_kind(desk)


@pytest.mark.parametrize(
    ("last", "wire"),
    [
        ("The suspects will be charged to court next week, the police said. (NAN)", "NAN"),
        ("The ministry will publish the figures next month, officials said. (KUNA)", "KUNA"),
        ("AB/kl/APA", "APA"),
    ],
)
def test_a_national_wires_sign_off_is_the_credit(last: str, wire: str) -> None:
    text = f"Council approves harbour plan after long debate\n\n{BODY}\n{last}\n"
    article = parse_text(text)
    assert article.byline == (wire,)
    assert not any(wire in p for p in article.paragraphs)


@pytest.mark.parametrize(
    ("lede", "wire"),
    [
        ("पटना, 12 अगस्त (आईएएनएस)| उत्तरी जिलों में बारिश के बाद नदी का पानी बढ़ा है।", "आईएएनएस"),
        ("नई दिल्ली, 3 मार्च (भाषा) सरकार ने नई योजना की घोषणा की।", None),
        ("वेल्गोग्राड (रूस), 19 जून (पीटीआई)। टीम ने मैच जीत लिया।", "पीटीआई"),
    ],
)
def test_a_hindi_wires_dateline_credits_the_wire(lede: str, wire: str | None) -> None:
    assert bylines.dateline_credit((lede,)) == wire


@pytest.mark.parametrize(
    ("lede", "credit"),
    [
        ("The ferry line will add two ships, Steppe News Agency reports.", "Steppe News Agency"),
        ("The ferry line will add two ships this summer, Harbour.az reports.", "Harbour.az"),
        ("The ferry line will add two ships, the Caspian News reports.", "Caspian News"),
        # a person or an office reporting is no outlet's credit
        ("The ferry line will add two ships this summer, Captain Ivo Brandt reports.", None),
    ],
)
def test_an_outlet_named_at_the_ledes_end_is_its_credit(lede: str, credit: str | None) -> None:
    assert bylines.dateline_credit((lede,)) == credit


@pytest.mark.parametrize(
    ("lede", "credit"),
    [
        # the agency after the place and a stop, in capitals, then a dash
        ("KOSHTAU. STEPPEWIRE - The ferry line will add two ships this summer.", "STEPPEWIRE"),
        ("Арысь. 4 марта. VALLEY TODAY - Паромная линия получит два судна.", "VALLEY TODAY"),
        # the agency between slashes, or after the day between slashes
        ("Zhanakala /TENGRIPOST/. The ferry line will add two ships.", "TENGRIPOST"),
        ("Zhanakala, Jan. 19, 2024 / Ordapress /. The ferry line will add two ships.", "Ordapress"),
        ("Ganja/14.05.26/Kura: The ferry line will add two ships.", "Kura"),
        # in brackets and capitals with no dash before the lede
        ("Darkhan, April 25 (STEPPEWIRE) The ferry line will add two ships.", "STEPPEWIRE"),
        # a pair of towns or a share is no agency
        ("Kyiv/Warsaw: The ferry line will add two ships.", None),
        ("The EU/NATO / summit will meet in May.", None),
        ("WASHINGTON. The ferry line will add two ships.", None),
        # a release's carrier between slashes is no writer
        ("NEW YORK, May 5, 2011 /PRNewswire/ -- The ferry line will add two ships.", None),
    ],
)
def test_an_agency_named_in_a_dateline_without_brackets_is_the_credit(
    lede: str, credit: str | None
) -> None:
    assert bylines.dateline_credit((lede,)) == credit


@pytest.mark.parametrize(("line", "wire"), [("(Xinhua)", "Xinhua"), ("(AFP)", "AFP")])
def test_a_wires_name_alone_in_brackets_is_the_byline(line: str, wire: str) -> None:
    text = (
        "Port workers end strike after pay deal\n\nJune 11, 2024\n\n"
        f"{line}\n\nDock workers returned to work on Tuesday after their union accepted "
        "a new pay offer, the port operator said.\n\nShare prices rose after the deal.\n"
    )
    assert parse_text(text).byline == (wire,)


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("Autor: Marek Nowak", "Marek Nowak"),  # Polish, Spanish, Portuguese, German
        ("Penulis: Dewi Lestari", "Dewi Lestari"),  # Indonesian
        ("Yazar: Elif Kaya", "Elif Kaya"),  # Turkish
        ("Por Redação", "Redação"),  # the newsroom credited as a desk
    ],
)
def test_credit_labels_of_other_editions_give_the_writer(credit: str, name: str) -> None:
    assert parse_text(copy_with(f"March 3, 2024\n\n{credit}")).byline == (name,)


@pytest.mark.parametrize(
    "line", ["NEWS PROVIDED BY", "Sponsored By", "Kestrel Robotics Ltd.", "Acme Inc"]
)
def test_a_label_ending_in_by_or_a_company_is_no_bare_name(line: str) -> None:
    assert not lines.looks_like_name(line)
    assert parse_text(copy_with(f"March 3, 2024\n\n{line}")).byline == ()


def test_a_show_credits_its_hosts() -> None:
    article = parse_text(copy_with("March 3, 2024\n\nHosted by Rosa Quinlan and Idris Mensah"))
    assert article.byline == ("Rosa Quinlan", "Idris Mensah")


@pytest.mark.parametrize("agency", ["DHA", "İHA"])
def test_turkish_agencies_alone_on_a_line_are_the_byline(agency: str) -> None:
    assert parse_text(copy_with(f"March 3, 2024\n\n{agency}")).byline == (agency,)


def test_a_podcast_prompt_ends_the_body() -> None:
    text = copy_with("March 3, 2024") + "\nSubscribe wherever you get your podcasts.\n"
    assert "Subscribe wherever you get your podcasts." not in parse_text(text).paragraphs


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("By Priya Lindqvist Lakeshore News", ("Priya Lindqvist",)),
        ("By Owen Hartley CBC News", ("Owen Hartley",)),
        ("By Ann Marie Lowe Fox News", ("Ann Marie Lowe",)),
    ],
)
def test_a_broadcasters_newsroom_after_the_name_is_no_name(
    credit: str, names: tuple[str, ...]
) -> None:
    assert parse_text(copy_with(f"{credit}\nMarch 3, 2024")).byline == names


def test_a_desk_named_news_stays_the_byline() -> None:
    assert lines.split_names("Harbour News") == ("Harbour News",)


def test_writers_one_to_a_line_under_a_lone_by() -> None:
    cluster = "By\nMarta Kowalczyk\nMarta Kowalczyk\nand\nLeo Brandt\nLeo Brandt\nMarch 3, 2024"
    assert parse_text(copy_with(cluster)).byline == ("Marta Kowalczyk", "Leo Brandt")


def test_a_role_and_paper_parted_by_middle_dots_is_no_standfirst() -> None:
    cluster = "By Aroha Tane\nSenior writer·Harbour Advocate·\n4 Feb, 2026 09:10 AM"
    article = parse_text(copy_with(cluster))
    assert article.byline == ("Aroha Tane",)
    assert article.summary is None or "Harbour Advocate·" not in article.summary


def test_the_writers_line_of_biography_under_the_standfirst_names_the_writer() -> None:
    bio = "Mara Oduya is The Courier's harbour correspondent based in Port Alder"
    assert parse_text(copy_with(f"{bio}\n\nMarch 3, 2024")).byline == ("Mara Oduya",)


def test_a_closing_line_about_the_writer_stays_a_paragraph() -> None:
    bio = "Mara Oduya is a freelance writer based in Port Alder."
    article = parse_text(copy_with("By Tomas Reyes\n\nMarch 3, 2024") + f"\n{bio}\n")
    assert article.byline == ("Tomas Reyes",)
    assert article.paragraphs[-1] == bio


@pytest.mark.parametrize(
    "meta", ["Orla Benning | 14 October 2025 | News", "Orla Benning | 14 October 2025 | Politics"]
)
def test_a_writer_and_a_date_between_bars_are_no_menu_bar(meta: str) -> None:
    article = parse_text(copy_with(meta))
    assert article.byline == ("Orla Benning",)
    assert article.published.date().isoformat() == "2025-10-14"
    assert article.section == meta.rsplit("| ", 1)[1]


def test_a_menu_bar_without_a_day_is_still_chrome() -> None:
    assert lines.is_chrome("Home | News | Sport | Weather", GENERIC, GENERIC)
    assert not lines.is_chrome("Orla Benning | 14 October 2025 | News", GENERIC, GENERIC)


@pytest.mark.parametrize("alt", ["Writer's picture", "Writer’s picture", "Author's picture"])
def test_a_writers_photo_alt_text_run_into_the_name_is_no_part_of_it(alt: str) -> None:
    assert lines.byline_names(f"{alt}Marguerite Oyelowo", GENERIC) == ("Marguerite Oyelowo",)
    copy = f"• {alt}Marguerite Oyelowo\n\nCouncil approves harbour plan after long debate\n\n"
    assert parse_text(copy + f"Aug 12, 2025\n\n{BODY}").byline == ("Marguerite Oyelowo",)


@pytest.mark.parametrize(
    ("closing", "names"),
    [
        (
            "Words by Elspeth Marlowe, Conservation Officer\n\nPhotos: Seed Bank",
            ("Elspeth Marlowe",),
        ),
        ("Story by Jo Roe\n\nGet news from the vault once a month.", ("Jo Roe",)),
        ("Hollis Brandt\n\nHollis Brandthttps://boundaryline.example/", ("Hollis Brandt",)),
    ],
)
def test_a_writer_credited_under_the_body_is_the_byline_and_ends_the_body(
    closing: str, names: tuple[str, ...]
) -> None:
    article = parse_text(f"{copy_with('March 3, 2024')}\n{closing}\n")
    assert article.byline == names
    assert article.paragraphs[-1].startswith("Share of the cost")


def test_a_name_alone_under_the_body_is_no_authors_box() -> None:
    article = parse_text(f"{copy_with('March 3, 2024')}\nHollis Brandt\n")
    assert article.byline == ()


def test_a_lone_by_over_the_writers_name_is_one_byline_without_paper_or_service() -> None:
    cluster = "March 3, 2024\n\nBy\nNoel Brannigan with the Pike Valley Record, via the Plains News"
    assert parse_text(copy_with(cluster)).byline == ("Noel Brannigan",)


def test_a_writer_run_into_a_relative_published_label_keeps_the_name_only() -> None:
    line = "By Odette Fairweather Published about a year ago 4 min read"
    assert lines.byline_names(line, GENERIC) == ("Odette Fairweather",)


@pytest.mark.parametrize("wire", ["GLOBE NEWSWIRE", "PRNewswire", "Business Wire", "ACCESSWIRE"])
def test_a_release_wire_in_the_ledes_dateline_is_no_writer(wire: str) -> None:
    lede = f"HARTSVILLE, Ore., Oct. 30, 2025 ({wire}) -- Marlowe Foods, Inc. today reported sales."
    assert bylines.dateline_credit((lede,)) is None
    assert bylines.dateline_credit((lede.replace(wire, "Reuters"),)) == "Reuters"


@pytest.mark.parametrize("name", ["Gokul N K", "Anita R Menon"])
def test_initials_without_full_stops_are_still_a_name(name: str) -> None:
    assert lines.looks_like_name(name)
    assert parse_text(copy_with(f"{name}\n6 min readMar 11, 2025")).byline == (name,)


def test_a_writer_over_a_date_and_a_reading_time_in_a_meta_list_is_in_reach() -> None:
    meta = "• Writer's pictureIlona Marsh\n• Sep 21, 2025\n• 2 min read\n\n"
    assert parse_text(meta + copy_with("")).byline == ("Ilona Marsh",)


@pytest.mark.parametrize(
    ("lede", "credit"),
    [
        ("নিজস্ব প্রতিবেদক, খুলনা: নদীর পানি বেড়ে চরের তিনটি গ্রাম ডুবে গেছে।", "নিজস্ব প্রতিবেদক"),
        ("সোনাপুর প্রতিনিধি : হাটে এবার ধানের দাম কিছুটা বেড়েছে।", "সোনাপুর প্রতিনিধি"),
        ("বিনোদন ডেস্কঃ নতুন ছবির শুটিং শুরু হচ্ছে আগামী মাসে।", "বিনোদন ডেস্ক"),
        ("মেঘনাডেস্ক:নদীবন্দরে ফেরি চলাচল আবার শুরু হয়েছে।", "মেঘনাডেস্ক"),
        ("তারেক হাসান, কলেজ প্রতিনিধি : ক্যাম্পাসে বইমেলা শুরু হয়েছে।", "তারেক হাসান"),
        # a place's dateline, a name with its colon, plain prose: no desk, no credit
        ("খুলনা: নদীর পানি বেড়ে চরের তিনটি গ্রাম ডুবে গেছে।", None),
        ("মোঃ সাইফুল ইসলাম : এ নির্বাচনকে কেন্দ্র করে উত্তেজনা বাড়ছে।", None),
        ("জেলা প্রতিনিধিদের সঙ্গে বৈঠকে বসেছেন মন্ত্রী।", None),
        ("ملتان (نامہ نگار خصوصی) شہر میں بارش کے بعد سڑکیں ڈوب گئیں۔", "نامہ نگار خصوصی"),
        ("ملتان (احمد رضا نامہ نگار) شہر میں بارش کے بعد سڑکیں ڈوب گئیں۔", "احمد رضا"),
        ("ملتان(نیوزڈیسک) شہر میں بارش کے بعد سڑکیں ڈوب گئیں۔", "نیوزڈیسک"),
        # a person's title in brackets is no credit
        ("احمد رضا (وزیر اعلیٰ) نے کہا کہ سڑکیں جلد کھلیں گی۔", None),
    ],
)
def test_a_bangla_or_urdu_lede_opening_with_its_desk_credits_the_desk(
    lede: str, credit: str | None
) -> None:
    assert bylines.dateline_credit((lede,)) == credit


def test_a_bangla_credit_alone_on_its_line_under_the_headline_is_the_byline() -> None:
    text = (
        "নদীর ভাঙনে ঘর হারাল চরের শতাধিক পরিবার\n\n"
        "প্রকাশিত: ১০:১৫ পূর্বাহ্ণ, মার্চ ৪, ২০২৪\n\n"
        "রিয়াজুল করিম, সোনাপুর প্রতিনিধি :\n\n"
        "টানা বৃষ্টিতে নদীর পানি বেড়ে যাওয়ায় চরের তিনটি গ্রামে ভাঙন তীব্র হয়েছে। "
        "গত চার দিনে শতাধিক পরিবার বসতভিটা হারিয়েছে বলে জানিয়েছে প্রশাসন।\n"
    )
    assert parse_text(text).byline == ("রিয়াজুল করিম",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By JagranEdited By: Published: Wed, 13 Dec 2017 07:43 PM (IST)", ("Jagran",)),
        ("By Asha RoyEdited By: Tom Lee", ("Asha Roy",)),
    ],
)
def test_an_editors_credit_glued_to_the_writers_name_is_cut(
    line: str, names: tuple[str, ...]
) -> None:
    assert lines.byline_names(line, GENERIC) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("নদীবাংলা রিপোর্ট", ("নদীবাংলা রিপোর্ট",)),  # the paper's own report
        ("বিশেষ রিপোর্ট", None),  # special report: a kind of story over the headline
        ("সাপ্তাহিক রিপোর্ট", None),  # weekly report
    ],
)
def test_a_bangla_papers_report_is_its_credit_but_a_kind_of_report_is_not(
    line: str, names: tuple[str, ...] | None
) -> None:
    assert lines.byline_names(line, GENERIC) == names


def test_a_bangla_papers_report_under_the_headline_is_the_byline() -> None:
    text = (
        "চরের স্কুলে নতুন ভবনের কাজ শুরু\n\n"
        "নদীবাংলা রিপোর্ট\n\n"
        "চরপাড়া সরকারি প্রাথমিক বিদ্যালয়ের নতুন ভবনের নির্মাণকাজ শুরু হয়েছে। "
        "দুই তলা ভবনটিতে ছয়টি শ্রেণিকক্ষ থাকবে বলে জানিয়েছেন প্রধান শিক্ষক।\n"
    )
    assert parse_text(text).byline == ("নদীবাংলা রিপোর্ট",)


def test_a_bangla_name_over_the_lede_loses_its_colon() -> None:
    text = (
        "নদীর ভাঙনে ঘর হারাল চরের শতাধিক পরিবার\n\n"
        "প্রকাশিত: ১০:১৫ পূর্বাহ্ণ, মার্চ ৪, ২০২৪\n\n"
        "রিয়াজুল করিম প্রান্তঃ\n"
        "টানা বৃষ্টিতে নদীর পানি বেড়ে যাওয়ায় চরের তিনটি গ্রামে ভাঙন তীব্র হয়েছে। "
        "গত চার দিনে শতাধিক পরিবার বসতভিটা হারিয়েছে বলে জানিয়েছে প্রশাসন।\n"
    )
    assert parse_text(text).byline == ("রিয়াজুল করিম প্রান্ত",)


def test_the_papers_news_service_under_the_writers_name_is_credited_with_the_writer() -> None:
    copy = copy_with("Harpreet Kaloo\nVarnagar News Service\nVarnagar, April 9")
    assert parse_text(copy).byline == ("Harpreet Kaloo", "Varnagar News Service")


def test_a_beat_under_the_writers_name_is_still_left_out() -> None:
    copy = copy_with("Harpreet Kaloo\nTransport Correspondent\nVarnagar, April 9")
    assert parse_text(copy).byline == ("Harpreet Kaloo",)


@pytest.mark.parametrize("label", ["Local News", "World Sport", "Business"])
def test_a_section_label_under_the_headline_is_no_bare_name_byline(label: str) -> None:
    assert parse_text(copy_with(f"{label}\n\n2 hours ago")).byline == ()


def test_a_name_twice_under_the_portrait_then_a_role_line_is_the_writer() -> None:
    cluster = (
        "Oriel Penhaligon\nOriel Penhaligon\nSenior editor at The Harbour Ledger\nMarch 3, 2024"
    )
    article = parse_text(copy_with(cluster))
    assert article.byline == ("Oriel Penhaligon",)
    assert article.summary != "Senior editor at The Harbour Ledger"


def test_a_name_twice_then_the_story_stays_a_picture_and_its_caption() -> None:
    # no role, no date after the pair: the alt text and caption of a picture
    article = parse_text(copy_with("March 3, 2024\n\nMayor Ellen Ashdown\nMayor Ellen Ashdown"))
    assert article.byline == ()


def test_a_papers_name_over_the_writers_is_not_the_writer() -> None:
    cluster = "The Harbour Ledger\nOriel Penhaligon\nMarch 3, 2024 09:10"
    assert parse_text(copy_with(cluster)).byline == ("Oriel Penhaligon",)


@pytest.mark.parametrize(
    "meta",
    [
        "harbourledger.example · by Oriel Penhaligon · 4 min",
        "Harbour Ledger • By Oriel Penhaligon • 4 min",
    ],
)
def test_a_reading_apps_dotted_meta_line_names_the_writer(meta: str) -> None:
    assert parse_text(copy_with(f"{meta}\n\nMarch 3, 2024")).byline == ("Oriel Penhaligon",)


def test_a_wires_editor_after_its_reporters_is_no_writer() -> None:
    cluster = "Reported by Oriel Penhaligon and Tam Reyes; edited by Ruth Okafor"
    assert parse_text(copy_with(cluster)).byline == ("Oriel Penhaligon", "Tam Reyes")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Par Émilie Kervella", ("Émilie Kervella",)),  # an accented capital opens the name
        ("Autor: Łukasz Wróbel", ("Łukasz Wróbel",)),
        ("di Matteo Guidetti", ("Matteo Guidetti",)),  # Italian, in lower case
        ("Haber: Selin Arıkan", ("Selin Arıkan",)),  # Turkish, with its colon
        ("Di Matteo rompe il silenzio", ()),  # "Di" opening a headline names nobody
        ("Haber merkezi açıklama yaptı", ()),  # "haber" without the colon is a word
    ],
)
def test_bylines_in_other_editions(line: str, names: tuple[str, ...]) -> None:
    assert (lines.byline_names(line, GENERIC) or ()) == names


@pytest.mark.parametrize(
    ("cluster", "wanted"),
    [
        ("By (By a staff reporter)\n\nPublished: Mon 3 Mar 2024, 10:03 AM", ("a staff reporter",)),
        ("Tuesday, 4 June 2024, 07:40 EAT\n\nReporter: Grace Atieno", ("Grace Atieno",)),
        ("Na Mwandishi Wetu\n\nImechapishwa: Jumanne, Machi 5, 2024", ("Mwandishi Wetu",)),
    ],
)
def test_byline_in_brackets_under_a_label_or_after_swahili_na(
    cluster: str, wanted: tuple[str, ...]
) -> None:
    assert parse_text(copy_with(cluster)).byline == wanted


def test_reporter_label_before_prose_is_no_byline() -> None:
    article = parse_text(copy_with("March 3, 2024\n\nReporter: the council met on Monday."))
    assert article.byline == ()


def test_closing_bio_names_the_writer_of_an_unsigned_piece() -> None:
    paragraphs = (
        "Every summer the same queues form at the bus stops.",
        "Share of the budget spent on shade is tiny.",
        "Amal Haddad is a lecturer in urban planning at Eastfield College.",
    )
    assert bylines.closing_bio(paragraphs) == "Amal Haddad"


def test_last_line_about_someone_in_the_story_is_no_bio() -> None:
    paragraphs = (
        "Amal Haddad, the council's planner, presented the scheme on Monday.",
        "Councillors approved it by nine votes to two.",
        "Amal Haddad is a lecturer in urban planning at Eastfield College.",
    )
    assert bylines.closing_bio(paragraphs) is None


@pytest.mark.parametrize(
    "meta",
    [
        "Ellen Ashdown 2026/03/04 17:12 Views 512",
        "Ellen Ashdown | March 4, 2026 | 1,204 reads",
    ],
)
def test_a_read_count_on_the_meta_line_leaves_the_writer(meta: str) -> None:
    assert parse_text(copy_with(meta)).byline == ("Ellen Ashdown",)


@pytest.mark.parametrize(
    ("meta", "name"),
    [
        ("林書澄 2026/03/04 17:12 點閱 512 次", "林書澄"),
        ("박지현 기자", "박지현"),
        ("記者林書澄/台北報導", "林書澄"),
    ],
)
def test_a_chinese_or_korean_writer_beside_the_date_or_role(meta: str, name: str) -> None:
    assert parse_text(copy_with(meta)).byline == (name,)


@pytest.mark.parametrize("dateline", ["台北 2026/03/04 17:12", "更新時間 2026/03/04 17:12"])
def test_a_place_or_a_date_label_beside_the_date_is_no_writer(dateline: str) -> None:
    assert parse_text(copy_with(dateline)).byline == ()


def test_author_box_names_the_writer_only_when_its_sketch_opens_with_the_name() -> None:
    def box(*texts: str) -> list[Numbered]:
        return [Numbered(i + 1, t) for i, t in enumerate(texts)]

    assert bylines.author_box_about(box("About Priya Castellanos", "Priya is a writer."), 0) == (
        "Priya Castellanos"
    )
    assert bylines.author_box_about(box("About Harbour News", "We are a weekly paper."), 0) is None
    assert bylines.author_box_about(box("About Us", "Priya is a writer."), 0) is None
    assert (
        bylines.author_box_about(box("About the author: Jo Roe", "", "Jo Roe writes."), 0)
        == "Jo Roe"
    )


@pytest.mark.parametrize("desk", ["Redactie", "Redaktion", "La Rédaction", "Redazione", "Redakcja"])
def test_the_newsroom_alone_under_the_headline_is_its_credit(desk: str) -> None:
    article = parse_text(copy_with(f"March 3, 2024\n\n{desk}"))
    assert article.byline == (desk,)
    assert article.section is None


def test_the_name_under_the_writers_picture_in_the_box_under_the_story_is_the_byline() -> None:
    box = "\n\nAvatar\nMarta Quill\n\nMarta covers the harbour for the Courier.\n"
    assert parse_text(copy_with("March 3, 2024") + box).byline == ("Marta Quill",)
    # a related story's card under its picture is no writer
    card = "\n\nAvatar\nFerry crews to strike again on Friday, union says.\n"
    assert parse_text(copy_with("March 3, 2024") + card).byline == ()


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("Por Lucía Ferrer y Tomás Aguirre", ("Lucía Ferrer", "Tomás Aguirre")),
        ("Por Ana Lobo e Rui Sá Couto", ("Ana Lobo", "Rui Sá Couto")),
        ("por RTP", ("RTP",)),
        ("Por Itxaro Arteta", ("Itxaro Arteta",)),
    ],
)
def test_spanish_and_portuguese_credits_join_writers_with_their_and(
    credit: str, names: tuple[str, ...]
) -> None:
    assert lines.byline_names(credit, GENERIC) == names


def test_a_lone_por_label_joins_the_writer_on_the_next_line() -> None:
    text = "\n".join(
        [
            "Vecinos de Loma Alta piden un semáforo frente a la escuela primaria",
            "",
            "Por",
            "Inés Carvajal",
            "",
            "14 de junio de 2023",
            "",
            "Los vecinos de la colonia Loma Alta entregaron al municipio una carta con "
            "trescientas firmas para pedir un semáforo frente a la escuela.",
        ]
    )
    assert parse_text(text).byline == ("Inés Carvajal",)


@pytest.mark.parametrize(
    ("meta", "byline"),
    [
        ("[Harbour Radio] - 31/05/2024", ("Harbour Radio",)),  # an aggregator's source
        ("[Harbour Radio] - 31/05/2024 - 10:20", ("Harbour Radio",)),
        ("harbourdesk.ma – 13/05/2021", ("harbourdesk.ma",)),  # a repost's site
        ("[Update] - 31/05/2024", ()),  # an editor's note, no source
        ("[Politics] - 31/05/2024", ()),  # a section's label
    ],
)
def test_a_source_in_brackets_or_a_domain_beside_the_date_is_the_credit(
    meta: str, byline: tuple[str, ...]
) -> None:
    assert parse_text(copy_with(meta)).byline == byline


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("Léa Roy, envoyée spéciale", ("Léa Roy",)),  # the writer and the role, in French
        ("Marc Dion, envoyé spécial", ("Marc Dion",)),
        ("Marc Dion, correspondant", ("Marc Dion",)),
    ],
)
def test_a_french_writer_with_the_role_after_a_comma_is_the_byline(
    credit: str, byline: tuple[str, ...]
) -> None:
    assert parse_text(copy_with(f"3 mars 2024\n{credit}")).byline == byline


@pytest.mark.parametrize(
    ("meta", "byline"),
    [
        ("25 septembre 2017 |Léa Roy - La Presse canadienne | Québec", ("Léa Roy",)),
        ("March 3, 2024 | Jo Roe - Harbour News", ("Jo Roe",)),
        ("25 septembre 2017 | Port Louis - Maurice", ()),  # a place and its country
    ],
)
def test_a_writer_then_her_wire_after_a_dash_on_the_date_row_is_the_byline(
    meta: str, byline: tuple[str, ...]
) -> None:
    assert parse_text(copy_with(meta)).byline == byline


@pytest.mark.parametrize(
    ("lede", "byline", "opening"),
    [
        (
            "Par Léa Roy, 16 octobre 2013 --- Le conseil a voté le plan mardi soir.",
            ("Léa Roy",),
            "Le conseil",
        ),
        ("By Jo Roe, March 3, 2024 — The council voted for the plan.", ("Jo Roe",), "The council"),
    ],
)
def test_the_writer_and_day_glued_before_the_lede_with_a_long_dash_are_the_byline(
    lede: str, byline: tuple[str, ...], opening: str
) -> None:
    copy = f"Council approves harbour plan after long debate\n\nMarch 4, 2024\n\n{lede}\n\n{BODY}"
    article = parse_text(copy)
    assert article.byline == byline
    assert article.paragraphs[0].startswith(opening)


@pytest.mark.parametrize(
    ("meta", "byline"),
    [
        ("HarbourPlus  |   Publication 22/06/2023", ("HarbourPlus",)),  # the site, credited
        ("HarbourPlus | 22/06/2023", ("HarbourPlus",)),
        ("Dakar | Publié le 22/06/2023", ()),  # a place beside its date
        ("McKenzie | 22/06/2023", ()),
    ],
)
def test_a_sites_name_run_into_one_word_before_its_date_is_the_credit(
    meta: str, byline: tuple[str, ...]
) -> None:
    assert parse_text(copy_with(meta)).byline == byline


@pytest.mark.parametrize(
    ("cluster", "byline"),
    [
        ("harbourdesk.net", ("harbourdesk.net",)),  # the site's address credits the text
        ("March 3, 2024\nharbourdesk.net", ("harbourdesk.net",)),
        ("March 3, 2024\nBy Jo Roe\nharbourdesk.net", ("Jo Roe",)),  # a writer comes first
    ],
)
def test_the_sites_address_alone_under_the_headline_is_the_credit(
    cluster: str, byline: tuple[str, ...]
) -> None:
    assert parse_text(copy_with(cluster)).byline == byline


def test_the_sites_address_atop_the_page_credits_nobody() -> None:
    assert parse_text(f"harbourdesk.net\n\n{copy_with('March 3, 2024')}").byline == ()


def test_a_desks_name_over_the_headline_gives_way_to_the_by_line_under_it() -> None:
    copy = (
        "Capitol Report\nCouncil approves harbour plan after long debate\nBy Iona Reid\n"
        f"March 3, 2024\n\n{BODY}"
    )
    assert parse_text(copy).byline == ("Iona Reid",)


def test_a_site_named_like_a_desks_report_atop_the_page_is_no_writer() -> None:
    copy = (
        "Fenland Weekly Report\n"
        "Farming\n"
        "Drainage board to pump the lower fields two weeks early this spring\n"
        "By Harriet Colby\n"
        "Mar 2, 2025 10:15 GMT\n\n"
        "The drainage board will start its pumps two weeks early after the wettest winter "
        "on the board's records.\n\nFarmers have been told to expect work on the dykes.\n"
    )
    assert parse_text(copy).byline == ("Harriet Colby",)
    # with no writer printed, the desk's credit still names who filed it
    assert parse_text(copy.replace("By Harriet Colby\n", "")).byline == ("Fenland Weekly Report",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a desk's credit alone over the lede, closed by the colon some papers print
        ("Staff Reporter:", ("Staff Reporter",)),
        ("Our Correspondent :", ("Our Correspondent",)),
        # an agency's full name and the city it filed from, on one line
        ("Press Trust of India Kolkata", ("Press Trust of India",)),
        ("Associated Press | Port Elwin", ("Associated Press",)),
        ("PTI, Chennai", ("PTI",)),
    ],
)
def test_a_desk_with_its_colon_or_an_agency_with_its_city_is_the_byline(
    line: str, names: tuple[str, ...]
) -> None:
    assert lines.byline_names(line, GENERIC) == names


def test_initials_followed_by_a_word_without_a_comma_are_no_agency_credit() -> None:
    # "AP Photo" is a picture's credit; only a comma or a bar parts initials and a place
    assert lines.byline_names("AP Photo", GENERIC) is None


def test_a_state_in_the_ledes_dateline_brackets_is_no_agency() -> None:
    # "Bhopal (Madhya Pradesh):" names the town's state, where "LAGOS (Reuters) -" names
    # the agency
    lede = "Bhopal (Madhya Pradesh): The weekly night market will move next Friday."
    assert bylines.dateline_credit((lede,)) is None
    assert bylines.dateline_credit(("LAGOS (Reuters) - The weekly market moved.",)) == "Reuters"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [("NIKHIL SATHE", True), ("Nikhil Sathe", False), ("BREAKING NEWS", False), ("PUNE", False)],
)
def test_a_writer_in_capitals_is_told_from_a_banner_or_a_place(text: str, wanted: bool) -> None:
    from site_gen.parse.lede import _is_name_in_capitals

    assert _is_name_in_capitals(text) is wanted


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Аутор: Милица Јовановић", ("Милица Јовановић",)),  # Serbian
        ("Автор: Ганна Ткач", ("Ганна Ткач",)),
        ("Текст: Олег Руднев, Вера Ляхова", ("Олег Руднев", "Вера Ляхова")),
        ("Της Αθηνάς Ραπτάκη", ("Αθηνάς Ραπτάκη",)),
        ("מאת דנה שגיא", ("דנה שגיא",)),
        ("ავტორი: ლევან კაპანაძე", ("ლევან კაპანაძე",)),
        ("Հեղինակ՝ Սոնա Մկրտչյան", ("Սոնա Մկրտչյան",)),
    ],
)
def test_writers_labels_in_cyrillic_greek_hebrew_georgian_armenian(
    line: str, names: tuple[str, ...]
) -> None:
    assert lines.byline_names(line, GENERIC) == names


@pytest.mark.parametrize(
    ("last", "name"),
    [
        ("Айгерим Сатпаева", "Айгерим Сатпаева"),
        ("Олег Ткаченко", "Олег Ткаченко"),
        ("Новости Казахстана", None),  # a heading, no surname's ending
        ("Читать далее", None),
        ("Jo Roe", None),  # the rule is the Cyrillic sites' (Latin tails end in "Top News")
    ],
)
def test_a_cyrillic_writer_named_alone_on_the_last_line_signs_the_text(
    last: str, name: str | None
) -> None:
    page = [Numbered(1, "Заголовок"), Numbered(2, "Текст новости."), Numbered(3, last)]
    assert bylines.closing_name(page, ("Текст новости.",)) == name


@pytest.mark.parametrize(
    ("lede", "credit"),
    [
        # Italy's wire prints its name first, then the place and the day
        ("(ANSA) - Turin, May 3 - The city's tram fares will rise in June.", "ANSA"),
        ("(AGI) – MILANO, 3 maggio – Il comune ha approvato il piano.", "AGI"),
        # a regional release carrier named by its letters carries what a company wrote
        ("Nagoya, Japan, Mar 14, 2022 - (JCN Newswire) - Harrowgate Motors paused a line.", None),
        ("OSAKA, Sept. 9, 2008 (PRIMEZONE) -- Kestrel Foods named a new head.", None),
    ],
)
def test_an_agency_before_the_place_is_the_credit_a_release_carrier_none(
    lede: str, credit: str | None
) -> None:
    assert bylines.dateline_credit((lede,)) == credit


@pytest.mark.parametrize(
    ("lede", "credit"),
    [
        # Russia's and the Caucasus' wires put their name between slashes after the day
        ("MOSCOW, February 7. /TASS/. The port will reopen on Monday.", "TASS"),
        (
            "Baku, Azerbaijan, Apr. 27 /Steppe Wire/ The minister said the road would open.",
            "Steppe Wire",
        ),
        # a release's carrier between slashes credits no one
        ("NEW YORK, May 5, 2011 /PRNewswire/ -- Acme today announced a gift.", None),
    ],
)
def test_an_agency_between_slashes_in_the_dateline_is_the_credit(
    lede: str, credit: str | None
) -> None:
    assert bylines.dateline_credit((lede,)) == credit


STORY = (
    "The two ships will carry up to 40 rail wagons each and cross twice a week, the port "
    "authority said on Monday.\n\nThe first crossing is planned for the second week of June.\n"
)


@pytest.mark.parametrize(
    ("cluster", "names"),
    [
        # the writer after the agency, between slashes, on the dateline's own line
        ("14.03.2016 11:20\nAktau, March 14 /Steppe Wire, D. Ormanova/", ("D. Ormanova",)),
        # an agency beside the date and clock, an editor's label after it
        ("2016-03-14 11:20 Xinhua     Web Editor: Li Wen comment", ("Xinhua",)),
        ("EFE 03/14/2016", ("EFE",)),
    ],
)
def test_an_agency_or_writer_credited_on_the_date_line(
    cluster: str, names: tuple[str, ...]
) -> None:
    article = parse_text(f"Ferry service to link Caspian ports from June\n\n{cluster}\n\n{STORY}")
    assert article.byline == names


def test_an_agency_over_the_headline_beside_its_date_is_the_credit() -> None:
    text = f"EFE 03/14/2016\n\nFerry service to link Caspian ports from June\n\n{STORY}"
    assert parse_text(text).byline == ("EFE",)


def test_the_officer_signing_a_release_under_its_end_mark_is_the_byline() -> None:
    text = (
        "Appeal for witnesses after crash on the coast road\n\nMonday, 4 March 2024 - 2:10pm\n\n"
        f"{STORY}\nENDS.\n\nMere Tawhiri/Harbour District Police\n"
    )
    assert parse_text(text).byline == ("Mere Tawhiri",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("HARBOUR WIRE - 2 hours ago - 15:00 | All, Region, World", ("HARBOUR WIRE",)),
        ("Maren Okafor · 3 hours ago", ("Maren Okafor",)),
    ],
)
def test_a_credit_beside_the_storys_age_is_the_byline(line: str, names: tuple[str, ...]) -> None:
    text = f"Ferry service to link Caspian ports from June\n\n{line}\n\n{STORY}"
    assert parse_text(text).byline == names


def test_a_presswire_sites_slashed_name_credits_no_one() -> None:
    lede = "ASHVALE, UNITED KINGDOM, October 14, 2025 /EINPresswire.com/ -- A bakery won a prize."
    assert bylines.dateline_credit((lede,)) is None


@pytest.mark.parametrize(
    ("lede", "credit"),
    [
        # Spain's wires: a full stop before the dash, or no dash after a name in capitals
        ("Ciudad Real, 5 mar (EFE).- La alcaldía anunció hoy el cierre del mercado.", "EFE"),
        ("SEVILLA, 5 (EUROPA PRESS) El ayuntamiento aprobó este martes el plan.", "EUROPA PRESS"),
        ("WASHINGTON (AP) The Senate voted on Tuesday to extend the program.", "AP"),
        # an office's initials in brackets inside a sentence name no wire
        ("The Harbour Safety Board (HSB) Chair Lena Roe said the pier would reopen.", None),
    ],
)
def test_spanish_wires_dateline_credit_and_no_office_in_brackets(
    lede: str, credit: str | None
) -> None:
    assert bylines.dateline_credit((lede,)) == credit


def test_a_newsrooms_writer_beside_her_corporate_title_is_the_byline() -> None:
    line = "March 5, 2024 | Dana Holt - Corporate Vice President, Communications"
    text = f"Ferry service to link Caspian ports from June\n\n{line}\n\n{STORY}"
    assert parse_text(text).byline == ("Dana Holt",)


def test_the_place_on_a_releases_dated_kind_bar_is_no_writer() -> None:
    line = "14 November 2023 | News release | Port Elwin"
    text = f"Ferry service to link Caspian ports from June\n\n{line}\n\n{STORY}"
    assert parse_text(text).byline == ()


@pytest.mark.parametrize(
    ("lede", "credit"),
    [
        ("ASTANA. KAZINFORM – The ministry approved the plan on Tuesday.", "KAZINFORM"),
        ("Riyadh, March 05, 2024, SPA -- The Cabinet approved the plan.", "SPA"),
        # capitals after the place that name no wire are no credit
        ("PORT ELWIN, March 5, HSB. The board said the pier would reopen.", None),
    ],
)
def test_a_known_wire_in_capitals_after_the_place_is_the_credit(
    lede: str, credit: str | None
) -> None:
    assert bylines.dateline_credit((lede,)) == credit


def test_an_issuers_initials_under_its_headline_credit_the_release() -> None:
    text = (
        "RIVERAID Director's remarks at the opening of the water summit\nRIVERAID\n"
        f"As delivered\n12 May 2023\n{STORY}"
    )
    article = parse_text(text)
    assert (article.byline, article.section) == (("RIVERAID",), None)


def test_a_sections_label_beside_the_storys_age_is_no_byline() -> None:
    text = f"Ferry service to link Caspian ports from June\n\nWorld News - 3 hours ago\n\n{STORY}"
    assert parse_text(text).byline == ()


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        (
            "Tevita Rokowai Multimedia Journalist Business Desk [email protected] | @TevitaNews",
            "Tevita Rokowai",
        ),
        ("Ana Veikune Senior Reporter [email protected]", "Ana Veikune"),
        ("Compiled by Sione Lātū", "Sione Lātū"),
    ],
)
def test_a_writer_with_role_and_hidden_address_or_a_compiler_is_the_byline(
    credit: str, name: str
) -> None:
    assert lines.byline_names(credit, GENERIC) == (name,)


def test_a_sentence_with_a_reporter_and_an_address_is_no_byline() -> None:
    line = "Write to our reporter at [email protected] with your questions."
    assert lines.byline_names(line, GENERIC) is None


def test_a_writer_with_the_broadcaster_and_role_after_a_comma_is_the_byline() -> None:
    credit = "Mele Fonua, Radio Lagoon Pacific multimedia journalist"
    assert lines.byline_names(credit, GENERIC) == ("Mele Fonua",)
    assert lines.byline_names("A journalist was hurt in the crash on Sunday", GENERIC) is None


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        # generic/885: the role's span copied with no space after the surname
        ("By Mira OkaforStaff Writer", ("Mira Okafor",)),
        ("By Jo RoeSenior Editor, Investigations", ("Jo Roe",)),
        ("By Ann McWriter", ("Ann McWriter",)),  # a surname with a capital inside
        # generic/1521: the outlet's initials or a role in lower case run into the surname
        ("By Callum FairbairnHSN Sport Wales", ("Callum Fairbairn",)),
        ("By Pia LundChief rugby writer", ("Pia Lund",)),
        ("By Oli BrettHSN Sport senior journalist", ("Oli Brett",)),
        ("By Ben McBRIDE", ("Ben McBRIDE",)),  # a surname in capitals after "Mc"
    ],
)
def test_a_role_glued_to_the_surname_is_cut(credit: str, names: tuple[str, ...]) -> None:
    assert lines.byline_names(credit, GENERIC) == names


def test_a_writer_and_the_newsletter_they_author_is_the_byline() -> None:
    # generic/884: a newsletter site prints the name, then "<name>, author of <newsletter>"
    assert lines.byline_names("Lena Ortiz, author of Morning Tide", GENERIC) == ("Lena Ortiz",)
    for sentence in (
        "Dana Wells, author of many novels, said on Monday she would retire.",
        "Dana Wells, author of Night Ferries, said on Monday she would retire.",
    ):
        assert lines.byline_names(sentence, GENERIC) is None


def test_a_wire_credit_names_the_writer_beside_the_reporters_not_the_editor() -> None:
    # generic/824: "(Reporting by A and B; Writing by C; Editing by D)" under the story
    copy = (
        "Harbour pact signed\n\nMarch 3, 2024 10:05 AM\n\n"
        "Ministers from three ports signed a pact on Tuesday to share one pilot service.\n\n"
        "The pact starts in June, the ministers said.\n\n"
        "(Reporting by Ana Roe and Li Wen; Writing by Ed Park; Editing by Al Lee)\n"
    )
    assert parse_text(copy).byline == ("Ana Roe", "Li Wen", "Ed Park")


def test_a_role_after_the_first_writer_is_no_part_of_a_name() -> None:
    # generic/825: "Reporting by Ana Roe, writing by Ed Park" under the headline
    assert lines.split_names("Ana Roe, writing by Ed Park, editing by Al Lee") == (
        "Ana Roe",
        "Ed Park",
    )


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("RRiverside Review Editorial Board", "Riverside Review Editorial Board"),  # 826
        ("PPort Desk", "Port Desk"),
        ("Llewellyn Price", "Llewellyn Price"),  # a name's own double letter stays
    ],
)
def test_an_avatars_letter_run_into_the_writers_name_is_no_part_of_it(
    printed: str, name: str
) -> None:
    assert lines.split_names(printed) == (name,)


@pytest.mark.parametrize(
    ("credit", "date", "writer"),
    [
        ("Written by Thea Marsh", "Posted 3 March 2024", "Thea Marsh"),  # generic/829
        ("Di Sara Colombo", "3 marzo 2024", "Sara Colombo"),  # generic/830
        ("By Thea Marsh", "March 3, 2024", "Thea Marsh"),
    ],
)
def test_the_writer_and_date_printed_under_the_body_date_and_sign_it(
    credit: str, date: str, writer: str
) -> None:
    copy = (
        "Harbour pact signed after long talks\n\n"
        "Ministers from three ports signed a pact on Tuesday to share one pilot service.\n\n"
        "The pact starts in June, the ministers said.\n\n"
        f"{credit}\n\n{date}\n\nShare this\n"
    )
    article = parse_text(copy)
    assert (article.byline, article.published.date().isoformat()) == ((writer,), "2024-03-03")


def test_a_posts_one_footer_line_dates_signs_and_files_it() -> None:
    # generic/833: "Posted on <date> by <writer> in <category>" under the post
    copy = (
        "Harbour pact signed after long talks\n\n"
        "Ministers from three ports signed a pact on Tuesday to share one pilot service.\n\n"
        "The pact starts in June, the ministers said.\n\n"
        "Published on 3 March 2024 by Thea Marsh in Shipping\n\n2 Comments\n"
    )
    article = parse_text(copy)
    assert (article.byline, article.section) == (("Thea Marsh",), "Shipping")
    assert article.published.date().isoformat() == "2024-03-03"


def test_the_category_in_the_meta_block_under_the_post_is_its_section() -> None:
    # generic/834: "Category: X" / "Author: Y" / "Date: Z" under the post
    copy = (
        "Harbour pact signed after long talks\n\n"
        "Ministers from three ports signed a pact on Tuesday to share one pilot service.\n\n"
        "The pact starts in June, the ministers said.\n\n"
        "Category: Shipping\n\nAuthor: Thea Marsh\n\nDate: 3 March 2024\n\nLeave a Reply\n"
    )
    article = parse_text(copy)
    assert (article.byline, article.section) == (("Thea Marsh",), "Shipping")


@pytest.mark.parametrize(
    ("label", "date"),
    [
        ("Rubrique : Navigation", "Publié le 3 mars 2024 à 10h05"),
        ("Sección: Navigation", "3 de marzo de 2024"),
    ],
)
def test_the_section_labelled_in_other_editions_under_the_body_is_read(
    label: str, date: str
) -> None:
    # generic/838: "Par X" / "Publié le …" / "Rubrique : Société" under the body
    copy = (
        "Le port signe un accord\n\n"
        "Les ministres de trois ports ont signé mardi un accord sur un service de pilotes.\n\n"
        "L'accord entre en vigueur en juin, selon les ministres.\n\n"
        f"Par Léa Roy\n\n{date}\n\n{label}\n\nPartager\n"
    )
    article = parse_text(copy)
    assert (article.byline, article.section) == (("Léa Roy",), "Navigation")


def test_a_wire_credits_reporters_each_in_their_city() -> None:
    # generic/842: "(Reporting by A in Vienna and B in Rome; editing by C)"
    copy = (
        "Harbour pact signed\n\nMarch 3, 2024 10:05 AM\n\n"
        "Ministers from three ports signed a pact on Tuesday to share one pilot service.\n\n"
        "The pact starts in June, the ministers said.\n\n"
        "(Reporting by Ana Roe in Vienna and Li Wen in Rome; editing by Al Lee)\n"
    )
    assert parse_text(copy).byline == ("Ana Roe", "Li Wen")


def test_the_meta_blocks_date_dates_the_post_though_related_stories_follow() -> None:
    # generic/840: the writer and the date under the body, then other stories' dates
    copy = (
        "Harbour pact signed after long talks\n\n"
        "Ministers from three ports signed a pact on Tuesday to share one pilot service.\n\n"
        "The pact starts in June, the ministers said.\n\n"
        "By Thea Marsh\n\nMarch 3, 2024\n\nRelated\n\nPort fees rise\n\nFebruary 20, 2024\n\n"
        "Pilots vote on strike\n\nFebruary 12, 2024\n"
    )
    article = parse_text(copy)
    assert (article.byline, article.published.date().isoformat()) == (("Thea Marsh",), "2024-03-03")


@pytest.mark.parametrize(
    ("menu", "section"),
    [
        ("Nieuws | Sport | Scheepvaart", "Scheepvaart"),  # generic/844: no section above
        ("Home Nieuws Scheepvaart Sport", "Scheepvaart"),  # generic/845: the menu, no trail
    ],
)
def test_a_bare_label_under_the_writer_and_date_under_the_body_is_the_section(
    menu: str, section: str
) -> None:
    copy = (
        f"{menu}\n\nHaven tekent akkoord\n\n"
        "De ministers van drie havens hebben dinsdag een akkoord over loodsen getekend.\n\n"
        "Het akkoord gaat in juni in, zeiden de ministers.\n\n"
        "Door Femke van Dijk\n\n3 maart 2024, 11:05\n\nScheepvaart\n\nDelen\n"
    )
    article = parse_text(copy)
    assert (article.byline, article.section) == (("Femke van Dijk",), section)


@pytest.mark.parametrize(
    "credit",
    ["Rolling coverage by Ana Roe and Li Wen", "Live coverage by Ana Roe and Li Wen"],  # 847
)
def test_a_live_pages_coverage_credit_names_its_writers(credit: str) -> None:
    copy = (
        "Harbour vote live\n\nLast updated 3 March 2024, 21:05\n\n"
        f"{credit}\n\n"
        "Councillors have voted 11 to 8 in favour of the harbour plan after a long debate.\n\n"
        "The debate ran for two hours, the clerk said.\n"
    )
    assert parse_text(copy).byline == ("Ana Roe", "Li Wen")


def test_a_comments_writer_and_date_are_not_the_posts_footer() -> None:
    copy = (
        "Harbour pact signed after long talks\n\n"
        "Ministers from three ports signed a pact on Tuesday to share one pilot service.\n\n"
        "The pact starts in June, the ministers said.\n\n"
        "Comments (2)\n\nWritten by Jo Roe\n\nMarch 5, 2024\n\nNice one, well done.\n"
    )
    assert parse_text(copy).byline == ()


@pytest.mark.parametrize("heading", ["Tags", "Topics", "Newsletter"])
def test_a_heading_under_the_footers_date_is_no_section(heading: str) -> None:
    copy = (
        "Home | News | Sport\n\nHarbour pact signed after long talks\n\n"
        "Ministers from three ports signed a pact on Tuesday to share one pilot service.\n\n"
        "The pact starts in June, the ministers said.\n\n"
        f"By Thea Marsh\n\nMarch 3, 2024\n\n{heading}\n\nPort fees rise\n"
    )
    assert parse_text(copy).section is None


@pytest.mark.parametrize(
    ("credit", "writers"),
    [
        ("Story: Mateo Quiroga; Photos: Lena Haas", ("Mateo Quiroga",)),
        ("Text: Ilse Brandauer | Photos: Jonas Keel", ("Ilse Brandauer",)),
        ("Words by Ada Strand · Pictures by Tom Ek", ("Ada Strand",)),
        ("From CNN's Kara Dunleavy", ("Kara Dunleavy",)),
    ],
)
def test_the_writer_is_read_from_a_line_crediting_writer_and_pictures(
    credit: str, writers: tuple[str, ...]
) -> None:
    article = parse_text(copy_with(f"{credit}\nDecember 1, 2026"))
    assert article.byline == writers
    assert credit not in article.paragraphs


@pytest.mark.parametrize(
    ("lede", "credit"),
    [
        # the region's English dailies: the desk or correspondent, a colon, the lede
        ("River Desk : Ferry workers returned to work on Saturday.", "River Desk"),
        ("Staff Correspondent: The port authority agreed to pay the wages.", "Staff Correspondent"),
        (
            "Kalurpur Correspondent: With the season at its height, farmers smiled.",
            "Kalurpur Correspondent",
        ),
        ("Staff reporter, Dhaka: The second phase of the fair began.", "Staff reporter"),
        # a lone word, a person's quote, a label running on in lower case: no credit
        ("Report: the council met on Monday.", None),
        ("Minister Sara Roe: we will reopen the ghat.", None),
        ("Board Report: see the table below for the figures.", None),
    ],
)
def test_an_english_lede_opening_with_its_desk_credits_the_desk(
    lede: str, credit: str | None
) -> None:
    assert bylines.dateline_credit((lede,)) == credit


def test_a_writer_beside_the_date_after_a_wide_gap_is_the_byline() -> None:
    article = parse_text(
        "Saving the old river ports\n\n"
        "Dr. Farid A.K. Mollah Rahat Chowdhury     11 February, 2026 12:00 AM printer\n\n"
        "For two centuries the small river ports of the delta carried rice, jute and people"
        " between the villages and the towns, and most of them now stand empty.\n\n"
        "The reason is not hard to find: roads and bridges have taken the trade.\n"
    )
    assert article.byline == ("Dr. Farid A.K. Mollah Rahat Chowdhury",)
    assert article.published.strftime("%Y-%m-%d %H:%M") == "2026-02-11 00:00"


_LEDE = (
    "Wheat and maize futures fell for a fourth straight session on Thursday as growers "
    "reported the best harvest in a decade."
)


@pytest.mark.parametrize(
    ("cluster", "expected"),
    [
        ("Odette Marchetti\nCallum Fairweather", ("Odette Marchetti", "Callum Fairweather")),
        ("Odette Marchetti\nNew Delhi", ("Odette Marchetti",)),
        ("Odette Marchetti\nLocal News", ("Odette Marchetti",)),
        ("Odette Marchetti | 162", ("Odette Marchetti",)),
    ],
)
def test_writers_without_by_under_the_headline(cluster: str, expected: tuple[str, ...]) -> None:
    text = f"Grain prices slide for a fourth day\n\n{cluster}\n\n{_LEDE}\n"
    assert parse_text(text).byline == expected


@pytest.mark.parametrize(
    "credit",
    ["Graham Roe - Technology reporter", "By Graham Roe - Chief Political Correspondent"],
)
def test_a_role_with_its_beat_after_a_dash_is_cut_from_the_writer(credit: str) -> None:
    assert lines.byline_names(credit, GENERIC) == ("Graham Roe",)
