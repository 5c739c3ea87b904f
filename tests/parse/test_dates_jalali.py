"""Dates of the Persian solar calendar: the months' names, the year 13xx/14xx, Nowruz."""

from __future__ import annotations

import pytest

from site_gen.parse import jalali
from site_gen.parse.dates import find_date, is_date_line

TEHRAN = "Asia/Tehran"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("۲۶ مرداد ۱۳۸۳، ۰:۰۱", "2004-08-16T00:01:00+04:30"),
        ("شنبه ۲۵ بهمن ۱۴۰۴ - ۱۰:۳۰", "2026-02-14T10:30:00+03:30"),
        ("۱ فروردین ۱۴۰۳", "2024-03-20T00:00:00+03:30"),  # Nowruz after a leap year's Esfand
        ("۱ فروردین ۱۴۰۴", "2025-03-21T00:00:00+03:30"),
        ("۱۰ دی ۱۳۹۶", "2017-12-31T00:00:00+03:30"),
        ("تاریخ انتشار: ۳ مهر ۱۴۰۲ - ۰۹:۱۵", "2023-09-25T09:15:00+03:30"),
    ],
)
def test_solar_day_reads_as_its_gregorian_day(line: str, expected: str) -> None:
    found = find_date(line, TEHRAN, {})
    assert found is not None
    assert found.value.isoformat() == expected
    assert is_date_line(line, found)


@pytest.mark.parametrize(
    "line",
    [
        "۱۲ مه ۲۰۲۴",  # a Gregorian month in Persian: no solar year, left to the other forms
        "او ۳ تیر ۱۲ را دید",  # no year of the 1300s or 1400s after the month
        "۳۲ مرداد ۱۴۰۲",  # no such day
    ],
)
def test_no_solar_day(line: str) -> None:
    assert jalali.as_iso(line.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))) == (
        line.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
    )
