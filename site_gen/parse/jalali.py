"""Dates of the Persian solar (Jalali) calendar, as Iranian and Afghan pages print them."""

from __future__ import annotations

import re
from datetime import date, timedelta

# The months' names, Farvardin first (Afghan pages name the same months by the zodiac)
_MONTHS = (
    ("فروردین", "حمل"),
    ("اردیبهشت", "ثور"),
    ("خرداد", "جوزا"),
    ("تیر", "سرطان"),
    ("مرداد", "امرداد", "اسد"),
    ("شهریور", "سنبله"),
    ("مهر", "میزان"),
    ("آبان", "عقرب"),
    ("آذر", "قوس"),
    ("دی", "جدی"),
    ("بهمن", "دلو"),
    ("اسفند", "حوت"),
)
_MONTH_NUMBER = {name: number for number, names in enumerate(_MONTHS, 1) for name in names}
# "۲۶ مرداد ۱۳۸۳" (digits already ASCII): a day, a month's name, a year of the 1300s or
# 1400s (a Gregorian year is 19xx or 20xx, so "۱۲ مه ۲۰۲۴" is no solar date)
_DAY = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s+(?P<month>"
    + "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
    + r")\s+(?P<year>1[34]\d\d)(?!\d)(?:\s?[،,])?"
)
# 1 Farvardin 1300 fell on 21 March 1921; the 33-year cycle's leap years hold for the
# years news pages print (1300-1473)
_EPOCH_YEAR = 1300
_EPOCH = date(1921, 3, 21)
_LEAP_IN_CYCLE = frozenset((1, 5, 9, 13, 17, 22, 26, 30))
_FIRST_HALF_MONTHS = 6  # of 31 days each; then five of 30, and Esfand of 29 or 30


def _to_gregorian(year: int, month: int, day: int) -> date | None:
    if not 1 <= day <= (31 if month <= _FIRST_HALF_MONTHS else 30):
        return None
    years = range(_EPOCH_YEAR, year)
    days = sum(366 if y % 33 in _LEAP_IN_CYCLE else 365 for y in years)
    if month <= _FIRST_HALF_MONTHS:
        days += (month - 1) * 31
    else:
        days += _FIRST_HALF_MONTHS * 31 + (month - 1 - _FIRST_HALF_MONTHS) * 30
    return _EPOCH + timedelta(days=days + day - 1)


def as_iso(line: str) -> str:
    """`line` with a Jalali day ("۲۶ مرداد ۱۳۸۳", digits made ASCII) as ISO "2004-08-16"."""
    found = _DAY.search(line)
    if found is None:
        return line
    month = _MONTH_NUMBER[found["month"]]
    day = _to_gregorian(int(found["year"]), month, int(found["day"]))
    if day is None:
        return line
    # the comma after the year goes and the clock's hour takes two figures ("۱۳۸۳، ۰:۰۱"),
    # so the clock reads as the day's
    rest = _ONE_FIGURE_HOUR.sub(r"0\1", line[found.end() :].lstrip())
    return f"{line[: found.start()]}{day.isoformat()} {rest}".rstrip()


_ONE_FIGURE_HOUR = re.compile(r"^(\d:\d\d)(?!\d)")
