"""Bengali datelines: digits, month names, labels, AM/PM words, the Bangla calendar beside."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from parse_helpers import parse_text

from site_gen.parse import bengali, datelines
from site_gen.parse.dates import ImpossibleDate, find_date, is_date_line
from site_gen.parse.profiles import builtin_profiles, generic_of

DHAKA = "Asia/Dhaka"
GENERIC = generic_of(builtin_profiles())
_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def bn(text: str) -> str:
    """ASCII digits as Bengali ones."""
    return text.translate(_DIGITS)


@pytest.mark.parametrize(
    ("line", "expected", "precision"),
    [
        ("২৬ জুন ২০২২, ১৭:২০", "2022-06-26T17:20:00+06:00", "minute"),
        ("প্রকাশ: ২৬ জুন ২০২২, ০৫:২০ পিএম", "2022-06-26T17:20:00+06:00", "minute"),
        ("আপডেট: ২৭ জুন ২০২২, ০৯:০৫ এএম", "2022-06-27T09:05:00+06:00", "minute"),
        ("প্রকাশ: ২৬ জুন ২০২২, ১৭: ২০", "2022-06-26T17:20:00+06:00", "minute"),
        ("প্রকাশিত: ৮:৩৮ পূর্বাহ্ণ, ডিসেম্বর ২৩, ২০২২", "2022-12-23T08:38:00+06:00", "minute"),
        ("১২ ফেব্রুয়ারি ২০২২, ০৩:৪৬ অপরাহ্ন", "2022-02-12T15:46:00+06:00", "minute"),
        ("প্রকাশ: ১২:০০:০০ AM, শুক্রবার, ফেব্রুয়ারী ১৪, ২০২০", "2020-02-14T00:00:00+06:00", "minute"),
        ("প্রকাশিত:শুক্রবার ০৩ জুন ২০২২", "2022-06-03T00:00:00+06:00", "day"),
        ("হালনাগাদ: ২৪ জানুয়ারী ২০২৬", "2026-01-24T00:00:00+06:00", "day"),
        ("সর্বশেষ আপডেট: ৫ আগষ্ট ২০২৪, ১১:১০", "2024-08-05T11:10:00+06:00", "minute"),
        ("রাত ৯টা, ২৬ জুন ২০২২", "2022-06-26T21:00:00+06:00", "minute"),
        ("রাত ১২টা, ২৬ জুন ২০২২", "2022-06-26T00:00:00+06:00", "minute"),
        ("সকাল ১০:৩০, ১৫ মে ২০২৩", "2023-05-15T10:30:00+06:00", "minute"),
        ("বিকেল ৪টা, ১৫ মে ২০২৩", "2023-05-15T16:00:00+06:00", "minute"),
        ("২৩ শে এপ্রিল ২০২৪ ইংরেজি", "2024-04-23T00:00:00+06:00", "day"),
        ("১লা সেপ্টেম্বর ২০২১", "2021-09-01T00:00:00+06:00", "day"),
        # the date in the Bangla calendar and the weekday beside it change nothing
        ("রবিবার, ২৬ জুন ২০২২, ১২ আষাঢ় ১৪২৯", "2022-06-26T00:00:00+06:00", "day"),
        (
            "ঢাকা ০২:৫২ অপরাহ্ন, শনিবার, ২৪ জানুয়ারী ২০২৬, ১১ মাঘ ১৪৩২ বঙ্গাব্দ",
            "2026-01-24T14:52:00+06:00",
            "minute",
        ),
        # the hour and minute run together before "hours" (a 24-hour clock)
        ("আপডেট: ১৬১০ ঘণ্টা, নভেম্বর ১০, ২০১৫", "2015-11-10T16:10:00+06:00", "minute"),
        ("আপডেট: ০০০২ ঘণ্টা, ডিসেম্বর ১, ২০১৮", "2018-12-01T00:02:00+06:00", "minute"),
        ("আপডেট: ২১৪৫ ঘন্টা, মে ৩, ২০২০", "2020-05-03T21:45:00+06:00", "minute"),
        # digits of both scripts in one year, as some pages print them
        ("২০ মার্চ ২০23", "2023-03-20T00:00:00+06:00", "day"),
        ("২৬ June ২০২২", "2022-06-26T00:00:00+06:00", "day"),
    ],
)
def test_reads_bengali_forms(line: str, expected: str, precision: str) -> None:
    found = find_date(line, DHAKA, {})
    assert found is not None
    assert found.value.isoformat() == expected
    assert found.precision == precision
    assert is_date_line(line, found)


def test_both_spellings_of_ya_with_nukta_match() -> None:
    precomposed, decomposed = "জানুয়ারি", "জানুয\u09bcারি".replace("য\u09bc", "\u09df")
    for month in (precomposed, decomposed, "জানুয\u09bcারি"):
        found = find_date(f"৩ {month} ২০২৪", DHAKA, {})
        assert found is not None and found.value.month == 1


def test_a_printed_bangladesh_time_is_the_zone() -> None:
    found = find_date("১৫ মে ২০২৩, সকাল ১০:৩০ (বাংলাদেশ সময়)", "UTC", {})
    assert found is not None and not found.is_zone_assumed
    assert found.value.isoformat() == "2023-05-15T10:30:00+06:00"


@pytest.mark.parametrize("line", ["১২ আষাঢ় ১৪২৯", "১৪ ই শাওয়াল ১৪৪৫ হিজরী", "সোমবার", "রাত ১০:১০"])
def test_bangla_calendar_weekday_or_time_alone_is_no_date(line: str) -> None:
    assert find_date(line, DHAKA, {}) is None


def test_prose_mentioning_a_date_is_not_a_dateline() -> None:
    line = "গত ২৬ জুন ২০২২ তারিখে রাজধানীর একটি মিলনায়তনে অনুষ্ঠিত সভায় বক্তারা এসব কথা বলেন।"
    assert not is_date_line(line, find_date(line, DHAKA, {}))


def test_a_24_hour_time_with_a_stray_pm_is_read_as_printed() -> None:
    found = find_date("২৬ জুন ২০২২, ১৭:২০ পিএম", DHAKA, {})
    assert found is not None and (found.value.hour, found.value.minute) == (17, 20)


@pytest.mark.parametrize("line", ["৩১ ফেব্রুয়ারি ২০২২", "২৬ জুন ২০২২, ২৫:১০"])
def test_impossible_bengali_dates_raise(line: str) -> None:
    with pytest.raises(ImpossibleDate):
        find_date(line, DHAKA, {})


_MONTH_SPELLINGS = {
    number: sorted(name for name, n in bengali.MONTHS.items() if n == number)
    for number in range(1, 13)
}


@settings(deadline=timedelta(milliseconds=500), max_examples=200)
@given(
    moment=st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2099, 12, 31)),
    spelling=st.integers(min_value=0, max_value=3),
    form=st.sampled_from(["dmy24", "dmy12", "mdy12", "day"]),
    label=st.sampled_from(["", "প্রকাশ: ", "প্রকাশিত: ", "আপডেট: ", "হালনাগাদ: "]),
    weekday=st.booleans(),
)
def test_any_bengali_digit_date_round_trips(
    moment: datetime, spelling: int, form: str, label: str, weekday: bool
) -> None:
    names = _MONTH_SPELLINGS[moment.month]
    month = names[spelling % len(names)]
    hour12 = moment.hour % 12 or 12
    ampm = "পিএম" if moment.hour >= 12 else "এএম"
    day, year, hm = moment.day, moment.year, f"{moment.hour:02d}:{moment.minute:02d}"
    text = {
        "dmy24": f"{day} {month} {year}, {hm}",
        "dmy12": f"{day:02d} {month} {year}, {hour12:02d}:{moment.minute:02d} {ampm}",
        "mdy12": f"{hour12}:{moment.minute:02d} {ampm}, {month} {day}, {year}",
        "day": f"{day} {month} {year}",
    }[form]
    line = label + ("রবিবার, " if weekday else "") + bn(text)
    found = find_date(line, DHAKA, {})
    assert found is not None, line
    wanted = moment.replace(second=0, microsecond=0, tzinfo=ZoneInfo(DHAKA))
    if form == "day":
        wanted = wanted.replace(hour=0, minute=0)
    assert found.value == wanted, line
    assert found.precision == ("day" if form == "day" else "minute")
    assert is_date_line(line, found)


def test_bengali_patterns_compile_under_re2() -> None:
    re2 = pytest.importorskip("re2")
    from site_gen.parse import lines

    patterns = [
        bengali._DAY_MONTH_YEAR,
        bengali._MONTH_DAY_YEAR,
        bengali._TIME,
        bengali._ZONE,
        bengali._WORDS,
        lines._BN_NAME,
    ]
    for pattern in patterns:
        re2.compile(pattern.pattern)
    for text in lines.BENGALI_BYLINES:
        re2.compile(text)


@pytest.mark.parametrize(
    ("line", "is_today"),
    [
        ("বুধবার, ১ মে ২০২৪ | ১৮ বৈশাখ ১৪৩১", True),
        ("বিকাল ৫:১৩ | শনিবার | ২৭শে এপ্রিল, ২০২৪ খ্রিস্টাব্দ | ১৪ই বৈশাখ, ১৪৩১ বঙ্গাব্দ", True),
        ("প্রকাশিত: ১০:১৫ পূর্বাহ্ণ, মার্চ ৪, ২০২৪", False),
        ("Sunday, 7 December 2025", False),
    ],
)
def test_a_date_also_in_the_bangla_calendar_is_a_mastheads(line: str, is_today: bool) -> None:
    assert bengali.has_bangla_calendar(line) is is_today


def test_the_mastheads_today_over_an_undated_story_does_not_date_it() -> None:
    text = (
        "বুধবার, ১ মে ২০২৪ | ১৮ বৈশাখ ১৪৩১\nShapla Khobor\n\n"
        "পুরোনো মোবাইল ফোন ফেলে না দিয়ে যেভাবে কাজে লাগাবেন\n\n"
        "ঘরের ড্রয়ারে পড়ে থাকা পুরোনো মোবাইল ফোনটি ফেলে দেওয়ার আগে একবার ভেবে দেখুন। "
        "সামান্য কিছু অ্যাপ বসিয়ে সেটিকে নিরাপত্তা ক্যামেরা বানানো যায়।\n"
    )
    assert parse_text(text).date_source == "file"


@pytest.mark.parametrize(
    ("lede", "rest", "when"),
    [
        ("৬ জানুয়ারি, ২০১৮ ০০:০০নিজেকে পাঠক মনে করি।", "নিজেকে পাঠক মনে করি।", "2018-01-06T00:00"),
        (
            "Jan 6, 2018 09:00The council met on Tuesday.",
            "The council met on Tuesday.",
            "2018-01-06T09:00",
        ),
        # prose that opens with a day, a clock run into a word by a typo: no date element
        ("৬ জানুয়ারি, ২০১৮ সালে বৈঠক বসে ১১:৩০টায়।", None, None),
        ("On Jan 6, 2018 at 09:00the council met.", None, None),
    ],
)
def test_a_date_and_clock_glued_before_the_lede_date_it(
    lede: str, rest: str | None, when: str | None
) -> None:
    paragraphs, found = datelines.date_before_lede((lede,), GENERIC, "UTC")
    assert paragraphs == ((rest,) if rest else (lede,))
    assert (found.value.strftime("%Y-%m-%dT%H:%M") if found else None) == when
