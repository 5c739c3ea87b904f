"""The address a copy prints of itself, and the day a news site files a story under in it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from site_gen.parse import address
from site_gen.parse.lines import Numbered


def numbered(*texts: str) -> list[Numbered]:
    return [Numbered(i + 1, t) for i, t in enumerate(texts)]


BODY = ("Ferry fares rise", "The ferry's fares rose on Monday for the first time in a decade.")


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        (
            "Source: https://news.example/2026/11/27/fares/",
            "https://news.example/2026/11/27/fares/",
        ),
        ("https://news.example/a/b", "https://news.example/a/b"),
        ("Source URL: <https://news.example/x>", "https://news.example/x"),
        # a share button's link is the network's page
        ("https://twitter.com/intent/tweet?url=x", None),
        # an address inside a sentence is a link of the text
        ("Read the full report at https://news.example/r in our archive.", None),
        ("ftp://news.example/2026/11/27/x", None),
    ],
)
def test_the_copys_own_address_is_a_line_of_its_own_at_an_end(
    line: str, wanted: str | None
) -> None:
    assert address.printed_address(numbered(*BODY, line)) == wanted


def test_an_address_in_the_middle_of_a_long_copy_is_another_pages() -> None:
    middle = ("One.", "Two.", "Three.", "Four.", "https://news.example/2026/01/02/other/")
    kept = numbered(*BODY, *middle, "Five.", "Six.", "Seven.", "Eight.", "Nine.")
    assert address.printed_address(kept) is None


@pytest.mark.parametrize(
    ("url", "wanted"),
    [
        ("https://news.example/local/2026/11/19/night-shifts/", (2026, 11, 19)),
        ("https://news.example/2026-11-19/night-shifts", (2026, 11, 19)),
        ("https://news.example/news/20261119/night-shifts.html", (2026, 11, 19)),
        ("https://news.example/2026/11/night-shifts/", None),  # a month is no day
        ("https://news.example/2026/02/31/x/", None),  # no such day
        ("https://news.example/story/12345678/x", None),
        # an archive's address wrapping the page's: two days, no telling which is the story's
        ("https://archive.example/web/2027/01/05/https://news.example/2026/11/19/x", None),
        ("https://2026.example/11/19/x", None),  # the host is no path
    ],
)
def test_the_day_in_a_news_address(url: str, wanted: tuple[int, int, int] | None) -> None:
    found = address.day_in_address(url, "UTC")
    got = (found.value.year, found.value.month, found.value.day) if found else None
    assert got == wanted
    if found is not None:
        assert found.precision == "day"


@given(st.text(max_size=400))
def test_any_line_and_any_address_read_without_raising(text: str) -> None:
    found = address.printed_address(numbered(text))
    if found is not None:
        assert found.startswith(("http://", "https://", "HTTP://", "HTTPS://")) or "://" in found
        address.day_in_address(found, "UTC")
    address.day_in_address(text, "UTC")
