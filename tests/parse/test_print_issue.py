"""A magazine's note of the print issue a piece ran in dates it when no dateline is printed."""

from __future__ import annotations

import pytest
from parse_helpers import parse_text

BODY = (
    "The harbour board approved the new ferry timetable on Monday after a short debate "
    "about winter crossings and the cost of the second boat.\n\n"
    "Officials said the timetable would be reviewed in the autumn, when passenger counts "
    "for the summer are in.\n"
)


@pytest.mark.parametrize(
    ("note", "day"),
    [
        ("From the April 6th 2024 edition", "2024-04-06"),
        (
            "This article appears in the 12 May 2021 issue of the Ledger, Spring cleaning",
            "2021-05-12",
        ),
    ],
)
def test_print_issue_note_dates_a_magazine_piece_that_prints_no_dateline(
    note: str, day: str
) -> None:
    article = parse_text(f"Ferry timetable approved\n\n{BODY}\n{note}\n")
    assert article.published.date().isoformat() == day
    assert article.date_source == "printed"


def test_print_issue_of_a_month_only_dates_nothing() -> None:
    article = parse_text(f"Ferry timetable approved\n\n{BODY}\nFrom the March 2021 issue\n")
    assert article.date_source == "file"
