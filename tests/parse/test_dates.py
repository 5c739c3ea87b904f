"""Dates in the forms news pages print them, with zones by abbreviation or profile."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from parse_helpers import parse_text

from site_gen.parse import datelines, dates
from site_gen.parse.dates import ImpossibleDate, find_date, is_date_line, remove_dates
from site_gen.parse.lines import DateLine
from site_gen.parse.profiles import builtin_profiles, generic_of
from site_gen.parse.text import _headline_date

DHAKA = "Asia/Dhaka"


@pytest.mark.parametrize(
    ("line", "zones", "expected", "precision"),
    [
        ("11 December, 2022, 09:45 am", {}, "2022-12-11T09:45:00+06:00", "minute"),
        ("Last modified: 11 December, 2022, 09:56 am", {}, "2022-12-11T09:56:00+06:00", "minute"),
        ("Dec 11, 2022 10:15 PM", {}, "2022-12-11T22:15:00+06:00", "minute"),
        ("Published at 10:15 PM December 11, 2022", {}, "2022-12-11T22:15:00+06:00", "minute"),
        ("Sun 11 Dec 2022 09.45 GMT", {}, "2022-12-11T09:45:00+00:00", "minute"),
        ("11-Dec-2022", {}, "2022-12-11T00:00:00+06:00", "day"),  # archives join with hyphens
        ("2022-12-11T09:45:00Z", {}, "2022-12-11T09:45:00+00:00", "minute"),
        ("2022-12-11T09:45:00+05:30", {}, "2022-12-11T09:45:00+05:30", "minute"),
        ("Updated 10:15 PM EST, Sun December 11, 2022", {}, "2022-12-11T22:15:00-05:00", "minute"),
        ("December 11, 2022 10:15 PM ET", {}, "2022-12-11T22:15:00-05:00", "minute"),
        ("July 4, 2022 10:15 AM ET", {}, "2022-07-04T10:15:00-04:00", "minute"),
        ("11 Dec 2022, 09:45 PM IST", {}, "2022-12-11T21:45:00+05:30", "minute"),
        ("Published: December 11, 2022 09:45 PKT", {}, "2022-12-11T09:45:00+05:00", "minute"),
        ("11 Dec 2022 09:45 BST", {}, "2022-12-11T09:45:00+06:00", "minute"),
        ("11 Jun 2023 09:45 BST", {"BST": "Europe/London"}, "2023-06-11T09:45:00+01:00", "minute"),
        ("11 Dec 2022 10:00 GMT+3", {}, "2022-12-11T10:00:00+03:00", "minute"),
        ("11 December 2022", {}, "2022-12-11T00:00:00+06:00", "day"),
        ("Published On 11 Dec 2022", {}, "2022-12-11T00:00:00+06:00", "day"),
        ("12:00 am, 1 January 2023", {}, "2023-01-01T00:00:00+06:00", "minute"),
        # a whole hour, as US papers print it
        ("Mar. 5, 2024 6 a.m. CT", {}, "2024-03-05T06:00:00-06:00", "minute"),
        ("Posted Nov 3, 2023 11pm ET", {}, "2023-11-03T23:00:00-04:00", "minute"),
        # the weekday in the language of the month
        ("le vendredi 14 juillet 2017", {}, "2017-07-14T00:00:00+06:00", "day"),
        ("Montag, 3. März 2025, 14:05", {}, "2025-03-03T14:05:00+06:00", "minute"),
        # the hour and minutes parted by "h", as French, Portuguese and Spanish pages print them
        ("Publié le 21 janvier 2026 à 07h30", {}, "2026-01-21T07:30:00+06:00", "minute"),
        ("Publicado em 12/04/2026 às 10h30", {}, "2026-04-12T10:30:00+06:00", "minute"),
        # months of more editions: Polish in the genitive, Turkish, Italian, Dutch
        ("Opublikowano: 5 marca 2026, 12:40", {}, "2026-03-05T12:40:00+06:00", "minute"),
        ("24 Şubat 2026", {}, "2026-02-24T00:00:00+06:00", "day"),
        ("12 settembre 2025", {}, "2025-09-12T00:00:00+06:00", "day"),
        ("3 maart 2026 om 14:20", {}, "2026-03-03T14:20:00+06:00", "minute"),
        # the day closed by a stop before the clock, as Korean pages print it
        ("Published 2025.06.14. 08:45", {}, "2025-06-14T08:45:00+06:00", "minute"),
        ("2025.06.14", {}, "2025-06-14T00:00:00+06:00", "day"),
        # a 12-hour clock after its half of the day, in Korean, Chinese and Japanese
        ("2025.06.14. 오후 3:35", {}, "2025-06-14T15:35:00+06:00", "minute"),
        ("2025.06.14. 오전 12:05", {}, "2025-06-14T00:05:00+06:00", "minute"),
        ("2025-06-14 下午3:35", {}, "2025-06-14T15:35:00+06:00", "minute"),
        ("2025/06/14 午前 9:05", {}, "2025-06-14T09:05:00+06:00", "minute"),
        # Thai months, in full and shortened, and the Buddhist era's years (543 ahead)
        ("มิถุนายน 14, 2025", {}, "2025-06-14T00:00:00+06:00", "day"),
        ("วันเสาร์ที่ 14 มิถุนายน พ.ศ. 2568", {}, "2025-06-14T00:00:00+06:00", "day"),
        ("14 มิ.ย. 2568 09:05 น.", {}, "2025-06-14T09:05:00+06:00", "minute"),
    ],
)
def test_reads_common_forms(
    line: str, zones: dict[str, str], expected: str, precision: str
) -> None:
    found = find_date(line, DHAKA, zones)
    assert found is not None
    assert found.value.isoformat() == expected
    assert found.precision == precision
    assert is_date_line(line, found)


def test_zone_printed_or_assumed_is_recorded() -> None:
    printed = find_date("Sun 11 Dec 2022 09.45 GMT", DHAKA, {})
    assumed = find_date("11 December, 2022, 09:45 am", DHAKA, {})
    assert printed is not None and not printed.is_zone_assumed
    assert assumed is not None and assumed.is_zone_assumed and assumed.zone_name == DHAKA


@pytest.mark.parametrize("line", ["31 February, 2022, 09:45 am", "2022-13-01T10:00:00Z"])
def test_impossible_dates_raise(line: str) -> None:
    with pytest.raises(ImpossibleDate):
        find_date(line, DHAKA, {})


@pytest.mark.parametrize(
    "line",
    [
        "It comes after Ukraine accused Iran of supplying drones on 17 October, which Tehran denied.",
        "In December 2022 the ministry said that exports had grown by a third over the year.",
    ],
)
def test_prose_mentioning_a_date_is_not_a_dateline(line: str) -> None:
    assert not is_date_line(line, find_date(line, DHAKA, {}))


def test_long_lines_are_never_datelines() -> None:
    line = "11 December, 2022, 09:45 am " + "word " * 60
    assert find_date(line, DHAKA, {}) is None


FORMS = ("_ISO", "_DAY_MONTH_YEAR", "_MONTH_DAY_YEAR", "_NUMERIC")


@pytest.mark.parametrize("form", FORMS)
@settings(max_examples=200)
@given(data=st.data())
def test_every_date_form_prints_a_four_digit_year(form: str, data: st.DataObject) -> None:
    """find_date returns early for a line without four digits in a row."""
    line = data.draw(st.from_regex(getattr(dates, form)))
    assert dates._YEAR_DIGITS.search(line)


@pytest.mark.parametrize("line", ["5 ſeptember 2020", "aprıl 3, 2021", "3 ſept. 2019"])
def test_case_folded_look_alikes_of_month_names_are_not_dates(line: str) -> None:
    """re's IGNORECASE matches 'ſ' to 's' and 'ı' to 'i'; no month is named so."""
    assert find_date(line, "UTC", {}) is None


@pytest.mark.parametrize(
    "line",
    [
        "14 Mar 2023, 09:41 Comments 12 Views Port Alwen, Westmarch Transport Labour",
        "2023-03-14 09:41 12 Comments 340 Views Port Alwen Westmarch Transport",
        # a transcript's weekday, date, clock and the room it was held in
        "Wednesday, March 4, 2026, 9:40 a.m.   Press Room, Harbour Ministry Annex, North Wing",
        "Fri 6 March 2026 16:05 Council Chamber, Town Hall of Port Alwen",
    ],
)
def test_a_date_and_clock_opening_a_meta_line_of_counters_is_a_dateline(line: str) -> None:
    assert is_date_line(line, find_date(line, DHAKA, {}))


@pytest.mark.parametrize(
    "line",
    [
        "14 Mar 2023, 09:41 was the moment the ferry crews in Port Alwen walked off the boats.",
        "14 Mar 2023 was the day the crews of the Port Alwen ferries voted to walk out again",
        "Wednesday, March 4, 2026 was the day the ferry crews in Port Alwen walked off the boats",
    ],
)
def test_prose_opening_with_a_date_is_not_a_dateline(line: str) -> None:
    assert not is_date_line(line, find_date(line, DHAKA, {}))


def test_a_numeric_date_glued_to_the_sources_name_is_read() -> None:
    found = find_date("Kestrel Gazette14-09-2024", DHAKA, {})
    assert found is not None and found.value.date().isoformat() == "2024-09-14"
    assert is_date_line("Kestrel Gazette14-09-2024", found)


def test_a_number_run_into_a_numeric_date_is_still_no_date() -> None:
    assert find_date("Ref 914-09-2024", DHAKA, {}) is None


def _date_line(index: int, iso: str, precision: str, labelled: bool) -> DateLine:
    found = dates.FoundDate(datetime.fromisoformat(iso), precision, "UTC", True, "test")
    return DateLine(index, "published", found, is_labelled=labelled)


def test_a_labelled_line_above_with_the_same_day_and_its_clock_dates_the_bare_day() -> None:
    labelled = _date_line(3, "2023-11-07T09:52:00+00:00", "minute", True)
    bare = _date_line(7, "2023-11-07T00:00:00+00:00", "day", False)
    other_day = _date_line(2, "2023-11-06T08:00:00+00:00", "minute", True)
    assert datelines._with_its_clock([labelled, bare], bare) is labelled
    assert datelines._with_its_clock([other_day, bare], bare) is bare
    assert datelines._with_its_clock([bare, labelled], labelled) is labelled


def test_a_publish_date_line_right_under_the_body_gives_the_bare_day_its_clock() -> None:
    # "12 March 2024" under the headline, "Publish Date : 12 March 2024 16:40 PM" closing
    # the story: the labelled one says when, to the minute; past the body it is not asked
    bare = _date_line(2, "2024-03-12T00:00:00+00:00", "day", False)
    under = _date_line(9, "2024-03-12T16:40:00+00:00", "minute", True)
    assert datelines._with_its_clock([bare, under], bare, end=9) is under
    assert datelines._with_its_clock([bare, under], bare, end=8) is bare
    assert datelines._with_its_clock([bare, under], bare) is bare


def test_a_server_stamp_with_the_clock_before_the_year_is_read_with_its_zone() -> None:
    # Unix `date` order, as TV stations' pages print "Posted:": weekday, month, day,
    # clock, zone, year
    found = find_date("Posted: Tue Mar 12 18:42:07 CDT 2024", DHAKA, {})
    assert found is not None
    assert found.value.isoformat() == "2024-03-12T18:42:07-05:00"
    assert found.precision == "minute"
    assert is_date_line("Updated: Tue Mar 12 19:05:31 CDT 2024", found)


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        # the solar Hijri date in Persian figures beside the Gregorian one: the Gregorian wins
        ("۱۴۰۲/۰۸/۱۹ - 10 November 2023, 14:05", datetime(2023, 11, 10, 14, 5)),
        ("1445-08-27 | 8 March 2024", datetime(2024, 3, 8)),
        ("الثلاثاء 3 سبتمبر 2024 - 08:20", datetime(2024, 9, 3, 8, 20)),
        ("12 تشرين الأول 2023", datetime(2023, 10, 12)),
        ("۲ اوت ۲۰۲۴", datetime(2024, 8, 2)),
        ("Imechapishwa: Alhamisi, Agosti 15, 2024", datetime(2024, 8, 15)),
    ],
)
def test_reads_gregorian_dates_of_arabic_persian_and_swahili_pages(
    line: str, wanted: datetime
) -> None:
    found = find_date(line, "UTC", {})
    assert found is not None and found.value.replace(tzinfo=None) == wanted


@pytest.mark.parametrize("line", ["۱۴۰۳/۰۵/۱۲", "1403/05/12", "27/08/1445"])
def test_a_date_in_another_calendar_alone_is_no_date(line: str) -> None:
    assert find_date(line, "UTC", {}) is None


def test_a_headline_ending_with_its_day_dates_an_undated_copy_but_not_a_day_inside_it() -> None:
    generic = generic_of(builtin_profiles())
    found = _headline_date("Briefing notes – 4 June 2024", generic, "UTC")
    assert found is not None and found.value.date().isoformat() == "2024-06-04"
    assert (
        _headline_date("Remembering the flood of March 3, 1953 in the valley", generic, "UTC")
        is None
    )
    assert _headline_date("Weekend estimates: May 13-15", generic, "UTC") is None


@pytest.mark.parametrize(
    ("line", "expected", "precision"),
    [
        ("2023 08 19", "2023-08-19T00:00:00+06:00", "day"),
        ("2021 11 22 14:05", "2021-11-22T14:05:00+06:00", "minute"),
        ("19 maj 2024", "2024-05-19T00:00:00+06:00", "day"),  # Swedish months
        ("3 augusti 2022", "2022-08-03T00:00:00+06:00", "day"),
        ("10. listopadu 2025 14:30", "2025-11-10T14:30:00+06:00", "minute"),  # Czech
        ("3 martie 2024", "2024-03-03T00:00:00+06:00", "day"),  # Romanian
        ("3. marts 2024", "2024-03-03T00:00:00+06:00", "day"),  # Danish
    ],
)
def test_a_spaced_day_and_more_european_month_names_are_read(
    line: str, expected: str, precision: str
) -> None:
    found = find_date(line, DHAKA, {})
    assert found is not None and found.value.isoformat() == expected
    assert found.precision == precision and is_date_line(line, found)


@pytest.mark.parametrize(
    "line", ["Ring 2023 08 19 för tips", "2023 13 19", "2023 08 32", "1914 14 12"]
)
def test_spaced_numbers_in_prose_or_out_of_range_are_no_date(line: str) -> None:
    assert find_date(line, DHAKA, {}) is None


def test_a_live_pages_stand_line_dates_it_not_its_first_entrys_time() -> None:
    copy = (
        "Liveblog zum Hochwasser ++ Deich bei Marlow hält ++\n\n"
        "Stand: 04.03.2025 21:40 Uhr\n\n"
        "Der Deich an der Aller hält nach Angaben der Stadt vorerst, Helfer verbauen weitere "
        "Sandsäcke.\n\n04.03.2025 • 21:38 Uhr\n\nDas war es für heute\n\n"
        "Wir beenden den Liveblog für heute und danken Ihnen für Ihr Interesse an den Meldungen.\n"
    )
    assert parse_text(copy).published.isoformat().startswith("2025-03-04T21:40")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("PUBLISHED ON : அக் 07, 2025 06:10 AM", datetime(2025, 10, 7, 6, 10)),  # Tamil
        ("Last Updated 12 ಜನವರಿ 2024, 9:05", datetime(2024, 1, 12, 9, 5)),  # Kannada
        ("3 ഡിസംബർ 2023", datetime(2023, 12, 3)),  # Malayalam
        ("15 ऑगस्ट 2024", datetime(2024, 8, 15)),  # Marathi
        ("ਨਵੰਬਰ 2, 2024", datetime(2024, 11, 2)),  # Gurmukhi
    ],
)
def test_indian_regional_scripts_spell_the_english_months(line: str, expected: datetime) -> None:
    found = dates.find_date(line, "UTC", {})
    assert found is not None
    assert found.value.replace(tzinfo=None) == expected


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("le 29.12.17 | 12h00", datetime(2017, 12, 29, 12, 0)),  # a year of two figures
        ("29.12.17 12h00", datetime(2017, 12, 29, 12, 0)),
        ("12 mars 2024 | 10h15", datetime(2024, 3, 12, 10, 15)),  # the clock after a bar
        ("10h15 | 12.03.2024", datetime(2024, 3, 12, 10, 15)),
    ],
)
def test_a_french_clock_and_a_dotted_short_year_date_the_copy(line: str, wanted: datetime) -> None:
    copy = f"Council approves harbour plan after long debate\n\n{line}\n\n{_HARBOUR_BODY}"
    assert parse_text(copy).published.replace(tzinfo=None) == wanted


@pytest.mark.parametrize("line", ["29.12.17", "Version 1.2.17 14:00", "le 31.02.17 | 12h00"])
def test_short_dotted_figures_without_a_clock_or_a_real_day_are_no_date(line: str) -> None:
    copy = f"Council approves harbour plan after long debate\n\n{line}\n\n{_HARBOUR_BODY}"
    assert parse_text(copy).date_source == "file"


_HARBOUR_BODY = (
    "The county council approved the new harbour plan on Tuesday after a long debate, "
    "and work on the first stage is due to start in the spring.\n\n"
    "Share of the cost will be met by the port authority, the council said.\n"
)


def test_a_comment_link_after_the_clock_leaves_the_clock_to_the_date() -> None:
    copy = f"Council approves harbour plan after long debate\n\nle 29.12.17 | 12h00 Réagissez\n\n{_HARBOUR_BODY}"
    assert parse_text(copy).published.replace(tzinfo=None) == datetime(2017, 12, 29, 12, 0)


@pytest.mark.parametrize(
    ("line", "offset"),
    [
        ("14 January 2024, 09:12 MSK", "+03:00"),
        ("Published: 06/05/2024, 14:25 IDT", "+03:00"),
        ("May 5, 2024 at 10:30 a.m. BRT", "-03:00"),
        ("Jun 20, 2024 - 11:15 ART", "-03:00"),
        ("4:15pm, Jan 9 2024 NZDT", "+13:00"),  # the zone after the year, the clock first
        ("12 March 2024 14:20 SAST", "+02:00"),
        ("Kamis, 14 Maret 2024 | 13:25 WIB", "+07:00"),
    ],
)
def test_more_regions_zone_abbreviations_are_read(line: str, offset: str) -> None:
    found = find_date(line, "UTC", {})
    assert found is not None and not found.is_zone_assumed
    assert found.value.isoformat().endswith(offset)


def test_zone_abbreviations_are_only_removed_in_capitals() -> None:
    assert remove_dates("Art and the West, 14 January 2024") == "Art and the West"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("9 апреля 2023, 17:10", datetime(2023, 4, 9, 17, 10)),  # Russian genitive
        ("Опубліковано 6 листопада 2022 о 08:05", datetime(2022, 11, 6, 8, 5)),  # Ukrainian
        ("2 февруари 2024", datetime(2024, 2, 2)),  # Bulgarian
        ("Τρίτη, 11 Οκτωβρίου 2022 19:20", datetime(2022, 10, 11, 19, 20)),  # Greek genitive
        ("4 ΜΑΪΟΥ 2021", datetime(2021, 5, 4)),  # Greek in capitals, its tonos dropped
        ("פורסם: 17 בספטמבר 2023, 06:40", datetime(2023, 9, 17, 6, 40)),  # Hebrew "in Sep"
        ("21 ოქტომბერი, 2022 13:15", datetime(2022, 10, 21, 13, 15)),  # Georgian
        ("3 հունիսի 2021", datetime(2021, 6, 3)),  # Armenian genitive
    ],
)
def test_months_in_cyrillic_greek_hebrew_georgian_armenian(line: str, expected: datetime) -> None:
    found = dates.find_date(line, "UTC", {})
    assert found is not None
    assert found.value.replace(tzinfo=None) == expected
    assert dates.is_date_line(line, found)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Objavljeno: 5. studenoga 2024. u 14:30", datetime(2024, 11, 5, 14, 30)),  # Croatian
        ("2. ožujka 2012.", datetime(2012, 3, 2)),  # Croatian genitive
        ("четвртак, 13. нов 2025, 15:00", datetime(2025, 11, 13, 15, 0)),  # Serbian, short
        ("13. новембра 2025.", datetime(2025, 11, 13)),  # Serbian genitive
        ("7. avgusta 2023. 09:10", datetime(2023, 8, 7, 9, 10)),  # Bosnian, Serbian Latin
        ("12 qershor 2024", datetime(2024, 6, 12)),  # Albanian
        ("5. märts 2024", datetime(2024, 3, 5)),  # Estonian
        ("5 sentyabr 2024, 10:15", datetime(2024, 9, 5, 10, 15)),  # Uzbek, Azerbaijani
    ],
)
def test_months_of_the_balkans_the_baltics_and_turkic_latin(line: str, expected: datetime) -> None:
    found = dates.find_date(line, "UTC", {})
    assert found is not None
    assert found.value.replace(tzinfo=None) == expected


def test_croatian_october_is_left_to_polish_november() -> None:
    found = dates.find_date("5 listopada 2024", "UTC", {})
    assert found is not None and found.value.month == 11


@pytest.mark.parametrize(
    ("line", "offset"),
    [
        ("9 апреля 2023, 17:10 МСК", "+03:00"),  # Moscow, in Cyrillic letters
        ("Apr 9, 2023 17:10 MSK", "+03:00"),
        ("Jun 4, 2024 07:15 IDT", "+03:00"),
        ("Jan 8, 2024 5:42pm NZDT", "+13:00"),
        ("05/05/2025 às 10h30 (BRT)", "-03:00"),
        ("Publicado el 3 de marzo de 2025, 09:05 ART", "-03:00"),
        ("Aug 3, 2024 10:00 EEST", "+03:00"),
    ],
)
def test_more_zone_abbreviations_are_read(line: str, offset: str) -> None:
    found = dates.find_date(line, "UTC", {})
    assert found is not None
    assert found.value.isoformat().endswith(offset)
    assert not found.is_zone_assumed


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2 қыркүйек 2025, 10:30", datetime(2025, 9, 2, 10, 30)),  # Kazakh
        ("ඔක්තෝබර් 7, 2024 16:05", datetime(2024, 10, 7, 16, 5)),  # Sinhala
        ("9 Ιουνίου 2024 8:20 π.μ.", datetime(2024, 6, 9, 8, 20)),  # Greek: before noon
        ("9 Ιουνίου 2024 8:20 μ.μ.", datetime(2024, 6, 9, 20, 20)),  # after noon
    ],
)
def test_kazakh_and_sinhala_months_and_greek_halves_of_the_day(
    line: str, expected: datetime
) -> None:
    found = dates.find_date(line, "UTC", {})
    assert found is not None
    assert found.value.replace(tzinfo=None) == expected


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("9 mrt. 2025 om 08:15", datetime(2025, 3, 9, 8, 15)),  # Dutch, "om" before the clock
        ("21 okt. 2025 om 19:40", datetime(2025, 10, 21, 19, 40)),
        ("3 dic 2025, 11:20", datetime(2025, 12, 3, 11, 20)),  # Spanish and Italian
        ("17 ago. 2025 - 06:55", datetime(2025, 8, 17, 6, 55)),
        ("5 dez. 2025 10:00", datetime(2025, 12, 5, 10, 0)),  # Portuguese
        ("12 ott 2025 ore 14:10", datetime(2025, 10, 12, 14, 10)),
    ],
)
def test_short_continental_month_names_are_read(line: str, wanted: datetime) -> None:
    found = find_date(line, None, {})
    assert found is not None
    assert found.value.replace(tzinfo=None) == wanted


@pytest.mark.parametrize(
    ("line", "is_date"),
    [
        ("Mongolia Brief April 25, 2014", False),  # a digest's headline naming its day
        ("Harbour Review by the Coast Institute — March 02, 2026", False),
        ("Friday, April 25, 2014", True),
        ("Posted on April 25, 2014", True),
    ],
)
def test_a_digests_headline_that_names_its_day_is_no_date_line(line: str, is_date: bool) -> None:
    assert dates.is_date_line(line, dates.find_date(line, "UTC", {})) is is_date


@pytest.mark.parametrize(
    "line",
    [
        "Harbour News Digest: May 16, 2025",
        "Morning Briefing for March 3, 2024",
        "Valley Roundup - 4 Jan 2023",
    ],
)
def test_a_digests_headline_naming_its_day_is_no_dateline(line: str) -> None:
    from site_gen.parse import lines

    assert lines.read_date_line(0, line, generic_of(builtin_profiles()), "UTC") is None


def test_a_dotted_date_after_the_first_is_no_clock() -> None:
    # "09.05" opens the update's dotted date; it is no 09:05 clock beside the first date
    found = find_date("Selin Aksoy   |09.05.2023 - Update : 10.05.2023", "UTC", {})
    assert found is not None and found.precision == "day"
    assert find_date("12.03.2024 14.30", "UTC", {}).value.hour == 14


@pytest.mark.parametrize(
    ("line", "zone", "day"),
    [
        ("Posted: 12/01/2026 04:05 PM", "America/Chicago", (2026, 12, 1)),  # a US site: month first
        ("Posted: 12/01/2026 04:05 PM", "Asia/Dhaka", (2026, 1, 12)),  # elsewhere: day first
        ("Posted: 12/01/2026 04:05 PM", "America/Sao_Paulo", (2026, 1, 12)),
        ("12/01/2026 4:05 PM EST", "Asia/Dhaka", (2026, 12, 1)),  # the US zone says it
        ("25/01/2026", "America/New_York", (2026, 1, 25)),  # read the only way it can be
    ],
)
def test_a_numeric_date_is_read_month_first_on_a_site_in_a_us_zone(
    line: str, zone: str, day: tuple[int, int, int]
) -> None:
    found = find_date(line, zone, {})
    assert found is not None
    assert (found.value.year, found.value.month, found.value.day) == day


@pytest.mark.parametrize(
    ("line", "offset_hours"),
    [
        ("December 01, 2026 05:04 PM Eastern Standard Time", -5),
        ("01 December 2026 17:04 Central European Time", 1),
        ("01 December 2026 17:04 British Summer Time", 1),  # not Bangladesh's "BST"
        ("December 1, 2026 5:04 PM India Standard Time", 5.5),
        ("December 1, 2026 5:04 PM Australian Eastern Daylight Time", 11),
    ],
)
def test_a_zone_spelled_out_is_read_as_its_abbreviation(line: str, offset_hours: float) -> None:
    found = find_date(line, "UTC", {})
    assert found is not None and not found.is_zone_assumed
    offset = found.value.utcoffset()
    assert offset is not None and offset.total_seconds() == offset_hours * 3600
    assert (found.value.hour, found.value.minute) == (17, 4)
    article = parse_text(f"Port reopens after storm\n{line}\n\nThe port reopened on Tuesday.\n")
    assert article.published == found.value


@pytest.mark.parametrize(
    "line",
    [
        "আপডেট: ২ ঘণ্টা আগে",
        "2 घंटे पहले",
        "Actualizado hace 3 horas",
        "il y a 2 heures",
        "vor 5 Minuten",
        "3 jam yang lalu",
        "Updated 2 hours ago",
    ],
)
def test_a_relative_date_in_another_language_is_a_dateline_not_a_headline(line: str) -> None:
    article = parse_text(
        f"ভূমিকম্পে কেঁপে উঠল উত্তরাঞ্চল\nঅনলাইন ডেস্ক\n{line}\n\n"
        "উত্তরাঞ্চলে একটি ভূমিকম্প অনুভূত হয়েছে। তবে হতাহতের খবর পাওয়া যায়নি।\n"
    )
    assert article.title == "ভূমিকম্পে কেঁপে উঠল উত্তরাঞ্চল"


def test_a_bangla_wires_dateline_dates_and_credits_the_lede() -> None:
    lede = "ঢাকা, ১ ডিসেম্বর, ২০২৬ (বাসস) : রপ্তানি আয় আগের বছরের তুলনায় ১২ শতাংশ বেড়েছে।"
    article = parse_text(
        f"অর্থনীতি\nরপ্তানি আয়ে নতুন রেকর্ড\n{lede}\n\nপোশাক খাত থেকেই এসেছে আয়ের বড় অংশ।\n"
    )
    assert article.byline == ("বাসস",)
    assert article.published.date().isoformat() == "2026-12-01"
    assert article.paragraphs[0] == lede


def test_a_hyphenated_date_run_into_the_writers_name_is_read() -> None:
    # a scorecard site's credit line: "The Report by Jo Roe11-Jul-2015"
    found = find_date("The Report by Jo Roe11-Jul-2015", DHAKA, {})
    assert found is not None and found.value.date().isoformat() == "2015-07-11"
    assert remove_dates("The Report by Jo Roe11-Jul-2015") == "The Report by Jo Roe"


@pytest.mark.parametrize("line", ["Covid19 March 2020", "Room12 July 2021"])
def test_a_day_run_into_a_word_is_read_only_when_hyphens_join_the_date(line: str) -> None:
    found = find_date(line, DHAKA, {})
    assert found is None or found.value.day != int(line.split()[0][-2:])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("by Osian Blackwell | 14th Feb '26", "2026-02-14T00:00:00+06:00"),
        ("Nov 3, ’26 at 5:10 pm", "2026-11-03T17:10:00+06:00"),
        ("12 March '98", "1998-03-12T00:00:00+06:00"),
        ("09/02/26", "2026-02-09T00:00:00+06:00"),  # day first outside the US
        ("Published: 11/23/26", "2026-11-23T00:00:00+06:00"),  # 23 is no month
        ("03/11/26 14:25", "2026-11-03T14:25:00+06:00"),
        # hyphens, the month named: a day as archives print it
        ("Published: 14-Nov-19 09:30AM | By", "2019-11-14T09:30:00+06:00"),
        ("07-Mar-98", "1998-03-07T00:00:00+06:00"),
    ],
)
def test_a_year_of_two_figures_after_an_apostrophe_or_slashes_is_read(
    line: str, expected: str
) -> None:
    found = find_date(line, DHAKA, {})
    assert found is not None
    assert found.value.isoformat() == expected


@pytest.mark.parametrize(
    "line",
    [
        "The vote went 3/1/26 in the end and the motion was carried by the chair",
        "31/02/26",
        "Rocky '26",
        # hyphened: a code or a part number in prose, a letter run on, no such day
        "The supplier shipped batch 12-Aug-23 with four units to the depot on the coast",
        "release 3-Mar-99b",
        "Published: 31-Feb-15",
    ],
)
def test_slashed_figures_in_prose_or_out_of_range_are_no_date(line: str) -> None:
    assert find_date(line, DHAKA, {}) is None


@pytest.mark.parametrize(
    ("line", "offset", "zone"),
    [
        ("12 January 2026, 14:30 CET", "+01:00", "Europe/Paris"),
        # in October Paris keeps summer time: the printed CET is its own offset, so the
        # page shows 14:30 as printed, not 15:30
        ("12 October 2026, 14:30 CET", "+01:00", "+01:00"),
        ("July 4, 2026 09:00 EST", "-05:00", "-05:00"),
        ("July 4, 2026 09:00 EDT", "-04:00", "America/New_York"),
    ],
)
def test_a_printed_zone_shows_the_clock_as_printed(line: str, offset: str, zone: str) -> None:
    found = find_date(line, None, {})
    assert found is not None
    assert found.value.isoformat().endswith(offset)
    assert found.zone_name == zone
    assert dates.in_zone(found.value, found.zone_name).strftime("%H:%M") in line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2024-05-02 HKT 09:41", "2024-05-02T09:41:00+08:00"),
        ("2024.05.02 KST 21:05", "2024-05-02T21:05:00+09:00"),
    ],
)
def test_a_zone_between_the_day_and_its_clock_keeps_the_clock(line: str, expected: str) -> None:
    """A broadcaster's stamp: the day, its zone's letters, then the clock."""
    found = find_date(line, "UTC", {})
    assert found is not None and found.precision == "minute"
    assert found.value.isoformat() == expected
