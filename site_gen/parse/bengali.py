"""Bengali (Bangla) datelines: digits, month names, labels and time words of Bangla papers.

A Bangla page prints `২৬ জুন ২০২২, ১৭:২০`, `প্রকাশ: ০৫:২০ পিএম, ডিসেম্বর ২৩, ২০২২` or
`রাত ৯টা`, often beside the weekday and the date in the Bangla calendar
(`১২ আষাঢ় ১৪২৯ বঙ্গাব্দ`), which is not the article's date. Digits are turned into
ASCII first, so the patterns need no digit classes.

Every pattern here is meant to compile under RE2 as well: no lookaround, no back
references, no possessive quantifiers, and Bengali letters as an explicit range
(RE2's `\\w`, `\\d` and `\\b` are ASCII only). The ranges are written as the characters
themselves (not `\\u` escapes, which RE2 does not read).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The Bengali block of Unicode: letters, vowel signs, virama, digits.
LETTER = "[\u0980-\u09ff]"
_SCRIPT = re.compile(LETTER)
_WORDS = re.compile(LETTER + "+")

# ০-৯ -> 0-9; the three letters with a nukta (য়, ড়, ঢ়) come precomposed or as letter
# + nukta depending on the keyboard: one spelling, so the month names match both.
_NORMAL = str.maketrans(
    {
        **{chr(0x09E6 + n): str(n) for n in range(10)},
        "\u09df": "\u09af\u09bc",
        "\u09dc": "\u09a1\u09bc",
        "\u09dd": "\u09a2\u09bc",
    }
)


def _nukta(text: str) -> str:
    return text.translate(_NORMAL)


MONTHS: dict[str, int] = {
    _nukta(name): number
    for number, names in enumerate(
        [
            ("জানুয়ারি", "জানুয়ারী", "জানু"),
            ("ফেব্রুয়ারি", "ফেব্রুয়ারী", "ফেব্রুআরি", "ফেব্রু"),
            ("মার্চ",),
            ("এপ্রিল",),
            ("মে",),
            ("জুন",),
            ("জুলাই",),
            ("আগস্ট", "আগষ্ট", "অগাস্ট", "অগস্ট"),
            ("সেপ্টেম্বর", "সেপ্টেম্বার", "সেপ্টে"),
            ("অক্টোবর", "অক্টোবার", "অক্টো"),
            ("নভেম্বর", "নভেম্বার", "নভে"),
            ("ডিসেম্বর", "ডিসেম্বার", "ডিসে"),
        ],
        start=1,
    )
    for name in names
}
# Words a dateline carries besides its date: labels, weekdays, the Bangla calendar
# date and era names. A line of these and a date is a dateline; other words make prose.
DATE_WORDS = frozenset(
    _nukta(word)
    for word in """
    প্রকাশ প্রকাশিত প্রকাশের আপডেট আপডেটেড হালনাগাদ সর্বশেষ সময় তারিখ সময়ঃ
    শনিবার রবিবার রোববার সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার বৃহঃস্পতিবার শুক্রবার
    পূর্বাহ্ণ পূর্বাহ্ন অপরাহ্ণ অপরাহ্ন এএম পিএম সকাল ভোর দুপুর বিকাল বিকেল সন্ধ্যা রাত
    বৈশাখ জ্যৈষ্ঠ জৈষ্ঠ্য আষাঢ় শ্রাবণ ভাদ্র আশ্বিন কার্তিক অগ্রহায়ণ পৌষ মাঘ ফাল্গুন চৈত্র
    বঙ্গাব্দ খ্রিস্টাব্দ খ্রিষ্টাব্দ ইংরেজি হিজরি হিজরী বাংলাদেশ ভারতীয় শে লা রা ঠা ই টা ঃ
    """.split()
)
# Words that name a paper's sections (national, politics, economy, world, sport,
# entertainment, the country, the state, science, technology, education, health, opinion,
# editorial, campus, religion, law, crime, media, literature, culture, trade, jobs…). A
# label holding one is a section, never a person's name ("বিজ্ঞান ও প্রযুক্তি").
SECTION_WORDS = frozenset(
    _nukta(word)
    for word in """
    জাতীয় রাজনীতি অর্থনীতি আন্তর্জাতিক বিশ্ব খেলা খেলাধুলা ক্রীড়া বিনোদন সারাদেশ
    রাজ্য বিদেশ প্রবাস বিজ্ঞান প্রযুক্তি তথ্যপ্রযুক্তি শিক্ষা স্বাস্থ্য মতামত সম্পাদকীয়
    উপসম্পাদকীয় ক্যাম্পাস ধর্ম আইন আদালত অপরাধ গণমাধ্যম সাহিত্য সংস্কৃতি বাণিজ্য
    চাকরি লাইফস্টাইল ফিচার কৃষি পরিবেশ জীবনযাপন
    """.split()
)
# Printed zones: "বাংলাদেশ সময়" (Bangladesh time), "ভারতীয় সময়", "জিএমটি".
ZONES: dict[str, str] = {
    _nukta("বাংলাদেশ সময়"): "Asia/Dhaka",
    _nukta("ভারতীয় সময়"): "Asia/Kolkata",
    "জিএমটি": "UTC",
}

_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
# "২৩ শে এপ্রিল", "১লা বৈশাখ": ordinal endings after the day.
_DAY = "(?P<day>[0-9]{1,2})(?: ?(?:শে|লা|রা|ঠা|ই))?"
_YEAR = "(?P<year>[0-9]{4})"
_DAY_MONTH_YEAR = re.compile(f"(?:^|[^0-9]){_DAY} *{_MONTH},? *{_YEAR}")
_MONTH_DAY_YEAR = re.compile(f"{_MONTH} *(?P<day>[0-9]{{1,2}}),? +{_YEAR}")
_AM = ("পূর্বাহ্ণ", "পূর্বাহ্ন", "এএম")
_PM = ("অপরাহ্ণ", "অপরাহ্ন", "পিএম")
_PARTS = ("সকাল", "ভোর", "দুপুর", "বিকাল", "বিকেল", "সন্ধ্যা", "রাত")
_TIME = re.compile(
    "(?:^|[^0-9:])(?:(?P<part>" + "|".join(_PARTS) + ") *)?"
    "(?P<hour>[0-9]{1,2})(?:(?:: ?|[.])(?P<minute>[0-9]{2})(?:[:.](?P<second>[0-9]{2}))?| ?টা"
    # "১৬১০ ঘণ্টা": the hour and minute run together, as a 24-hour clock's "hours"
    "|(?P<hhmm>[0-9]{2}) ?(?:ঘণ্টা|ঘন্টা))"
    "(?: *(?P<ampm>" + "|".join(_AM + _PM) + r"|(?i:[ap]\.? ?m\.?)))?"
)
_ZONE = re.compile("|".join(ZONES))
# A day of the Bangla calendar with its year ("১৮ বৈশাখ ১৪৩১"), or the era's name.
_BANGLA_MONTHS = "বৈশাখ জ্যৈষ্ঠ জৈষ্ঠ্য আষাঢ় শ্রাবণ ভাদ্র আশ্বিন কার্তিক অগ্রহায়ণ পৌষ মাঘ ফাল্গুন চৈত্র"
_BANGLA_CALENDAR = re.compile(
    "(?:" + "|".join(_nukta(m) for m in _BANGLA_MONTHS.split()) + "),? *1[34][0-9]{2}|বঙ্গাব্দ"
)


@dataclass(frozen=True, slots=True)
class Reading:
    """The parts of a Bengali dateline, before a zone makes them a datetime."""

    year: int
    month: int
    day: int
    hour: int
    minute: int
    second: int
    has_time: bool
    zone: str | None  # an IANA name when the line printed one ("বাংলাদেশ সময়")


class BadTime(ValueError):
    """ "১৭:২০ পিএম": an hour that cannot go with the AM/PM word printed after it."""


def normalise(line: str) -> str:
    """ASCII digits and one spelling of the nukta letters; other text unchanged."""
    return line if line.isascii() else line.translate(_NORMAL)


def is_section_label(text: str) -> bool:
    """A label of at most three words that names a section ("বিজ্ঞান ও প্রযুক্তি",
    "জাতীয়"), not a headline: headlines are longer, and end on no section's name."""
    words = [normalise(word) for word in _WORDS.findall(text)]
    is_short = 0 < len(words) <= 3 and len(text) <= 40 and not text.endswith(("।", "?", "!"))
    return is_short and any(word in SECTION_WORDS for word in words)


def has_bangla_calendar(line: str) -> bool:
    """The line also dates the day in the Bangla calendar, as a masthead's "today" does
    ("বুধবার, ১ মে ২০২৪ | ১৮ বৈশাখ ১৪৩১")."""
    return has_script(line) and _BANGLA_CALENDAR.search(normalise(line)) is not None


def has_script(text: str) -> bool:
    return not text.isascii() and _SCRIPT.search(text) is not None


def read(line: str) -> Reading | None:
    """The Gregorian date (and time) of a normalised Bengali line, or None. Raises BadTime."""
    match = _DAY_MONTH_YEAR.search(line) or _MONTH_DAY_YEAR.search(line)
    if match is None:
        return None
    rest = line[: match.start()] + " " + line[match.end() :]
    hour = minute = second = 0
    time = _TIME.search(rest)
    if time:
        hour, minute = _hour(time), int(time["minute"] or time["hhmm"] or 0)
        second = int(time["second"] or 0)
    zone = _ZONE.search(rest)
    return Reading(
        int(match["year"]),
        MONTHS[match["month"]],
        int(match["day"]),
        hour,
        minute,
        second,
        time is not None,
        ZONES[zone.group(0)] if zone else None,
    )


def _hour(time: re.Match[str]) -> int:
    """The 24-hour hour, from a 12-hour one and the word before or after it."""
    hour = int(time["hour"])
    ampm = (time["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm and 13 <= hour <= 23:
        return hour  # "১৭:২০ পিএম": a 24-hour clock with a stray suffix, as pages print it
    if ampm:
        if not 1 <= hour <= 12:
            raise BadTime(f"impossible time {time.group(0).strip()!r}")
        is_pm = ampm in _PM or ampm == "pm"
        return (hour % 12) + (12 if is_pm else 0)
    part = time["part"]
    if part is None or hour > 12:  # a 24-hour clock needs no word
        return hour
    if part in ("সকাল", "ভোর"):
        return hour % 12
    if part == "রাত":  # night: "রাত ৯টা" is 21:00, "রাত ২টা" 02:00, "রাত ১২টা" midnight
        return hour + 12 if 6 <= hour <= 11 else hour % 12
    if part == "দুপুর":  # midday: 12 to about 3
        return hour if hour >= 11 else hour + 12
    return hour % 12 + 12  # afternoon and evening


def strip_date(line: str) -> tuple[str, int]:
    """`line` without its Bengali dates, times and date words, and how many other
    Bengali words it holds (a dateline holds few; prose that mentions a date, many)."""
    leftover = _DAY_MONTH_YEAR.sub(" ", line)
    leftover = _MONTH_DAY_YEAR.sub(" ", leftover)
    leftover = _TIME.sub(" ", leftover)
    leftover = _ZONE.sub(" ", leftover)
    words = [w for w in _WORDS.findall(leftover) if w.rstrip("ঃ") not in DATE_WORDS]
    return _WORDS.sub(" ", leftover), len(words)
