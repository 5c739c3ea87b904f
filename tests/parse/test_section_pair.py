"""A "Section | Topic" kicker over the headline names the section; two links do not."""

from __future__ import annotations

import pytest
from parse_helpers import parse_text

PAGE = (
    "Menu\n\n{kicker}\n\nThe ferry board keeps the winter timetable\n\n"
    "Two boats, one crossing an hour\n\n"
    "The harbour board voted on Monday to keep the winter ferry timetable for another year, "
    "despite complaints from commuters on the north shore.\n\n"
    "Officials said a second boat would be tested in the spring.\n"
)


@pytest.mark.parametrize(
    ("kicker", "section"),
    [
        ("Europe | Harbour towns", "Europe"),
        ("Home | News", None),
        ("Sign in | Subscribe", None),
        ("Facebook | Twitter", None),
        ("Jo Roe | Staff writer", None),
    ],
)
def test_section_before_the_topic_over_the_headline(kicker: str, section: str | None) -> None:
    article = parse_text(PAGE.format(kicker=kicker))
    assert article.title == "The ferry board keeps the winter timetable"
    assert (article.section or None) == section
