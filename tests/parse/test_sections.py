"""Sections on pages without a profile: breadcrumbs and archive headings."""

from __future__ import annotations

import pytest
from parse_helpers import parse_text

from site_gen.parse.sections import _last_of_glued

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
