"""Rendering: the template helpers, and every built-in page template against golden bytes."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import render_cases
from corpus_helpers import REPO
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape

from site_gen.core.config import Config
from site_gen.core.model import PlainPage
from site_gen.render.pages import (
    author_links,
    escaped,
    human_date,
    human_time,
    render_document,
    render_page,
    strftime_z,
    term_url,
    url_for,
)
from site_gen.render.theme import Theme, theme_for
from site_gen.shape.taxonomy import term_slug

GOLDEN = REPO / "tests" / "golden" / "render"
BUILTIN = Theme((str(REPO / "templates"),), ())

SITES = {
    "full": render_cases.site(),
    "bare": replace(
        render_cases.site(base_url="", search=False), live_reload=True, live_reload_port=4321
    ),
}


@pytest.mark.parametrize("variant", sorted(SITES))
@pytest.mark.parametrize("name", sorted(render_cases.pages()))
def test_page_matches_golden(variant: str, name: str, update_golden: bool) -> None:
    html = render_page(render_cases.pages()[name], SITES[variant], BUILTIN)
    golden = GOLDEN / variant / f"{name}.html"
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(html.encode("utf-8"))
    assert html.encode("utf-8") == golden.read_bytes()


@given(st.text())
def test_escaped_is_escape(text: str) -> None:
    assert escaped(text) == escape(text)


@pytest.mark.parametrize("text", ["plain", "a & b", "<b>", 'say "hi"', "O'Neil", "&amp;"])
def test_escaped_is_escape_for_each_special_character(text: str) -> None:
    assert escaped(text) == escape(text)


@pytest.mark.parametrize("year", [1, 9, 99, 999, 1000, 2024, 9999])
def test_human_date_spells_months_as_strftime_does(year: int) -> None:
    for month in range(1, 13):
        value = datetime(year, month, 7, tzinfo=UTC)
        assert human_date(value) == f"{value.day} {value:%B %Y}"


def test_human_time_twelve_hour_clock_with_zone() -> None:
    london = ZoneInfo("Europe/London")
    assert human_time(datetime(2021, 3, 4, 0, 7, tzinfo=london)) == "12:07 am GMT"
    assert human_time(datetime(2021, 7, 4, 12, 0, tzinfo=london)) == "12:00 pm BST"
    assert human_time(datetime(2021, 7, 4, 23, 59, tzinfo=london)) == "11:59 pm BST"
    assert human_time(datetime(2021, 7, 4, 9, 5, tzinfo=UTC)) == "9:05 am UTC"
    india = timezone(timedelta(hours=5, minutes=30))
    assert human_time(datetime(2021, 7, 4, 9, 5, tzinfo=india)) == "9:05 am UTC+05:30"


@pytest.mark.parametrize(
    "offset",
    [
        timedelta(0),
        timedelta(hours=6),
        timedelta(hours=-3, minutes=-30),
        timedelta(hours=5, minutes=53, seconds=28),
        timedelta(hours=-5, seconds=-1),
        timedelta(hours=1, microseconds=5),
        timedelta(hours=-1, microseconds=-5),
    ],
)
def test_strftime_z_is_strftime(offset: timedelta) -> None:
    value = datetime(2021, 7, 4, 9, 5, tzinfo=timezone(offset))
    assert strftime_z(value) == value.strftime("%z")
    assert strftime_z(datetime(2021, 7, 4)) == ""


def test_zone_label_of_numeric_zone_names() -> None:
    dhaka = datetime(2021, 7, 4, 9, 5, tzinfo=ZoneInfo("Asia/Dhaka"))
    assert human_time(dhaka) == "9:05 am UTC+06:00"
    historic = datetime(1880, 7, 4, 9, 5, tzinfo=ZoneInfo("Asia/Dhaka"))  # named LMT then
    assert human_time(historic) == "9:05 am LMT"


@pytest.mark.parametrize(
    ("names", "text"),
    [
        ((), ""),
        (("A",), "A"),
        (("A", "B"), "A and B"),
        (("A", "B", "C"), "A, B and C"),
        (("A", "B", "C", "D"), "A, B, C and D"),
    ],
)
def test_author_links_read_as_a_list(names: tuple[str, ...], text: str) -> None:
    html = author_links(names, render_cases.site())
    assert re.sub(r"<[^>]+>", "", html) == text
    assert html.count("<a ") == len(names)


@pytest.mark.parametrize("kind", ["section", "tag", "author"])
def test_term_url_is_url_for_with_the_slug(kind: str) -> None:
    site = render_cases.site()
    for name in ("World & Politics", "C++", "page", "Ann O'Neil", "Élections"):
        assert term_url(name, site, kind) == url_for(site, kind, slug=term_slug(name))


def test_site_template_calling_the_builtin_macros_matches_golden(update_golden: bool) -> None:
    """Site templates may still import dateline, names, article_item and pager."""
    theme = Theme((str(REPO / "tests" / "fixtures" / "site_templates"), *BUILTIN.template_dirs), ())
    html = render_document("uses_macros.html", theme, **render_cases.macro_context())
    golden = GOLDEN / "uses_macros.html"
    if update_golden:
        golden.write_bytes(html.encode("utf-8"))
    assert html.encode("utf-8") == golden.read_bytes()


def test_golden_pages_cover_every_page_template() -> None:
    used = {page.template for page in render_cases.pages().values()}
    shipped = {p.name for p in Path(BUILTIN.template_dirs[0]).glob("[!_]*.html")}
    assert shipped - {"base.html"} <= used


def test_a_template_edited_between_builds_in_one_process_is_seen(tmp_path: Path) -> None:
    """Like a long-lived Dask worker: the environment follows the theme's template files."""
    templates = tmp_path / "templates"
    templates.mkdir()
    page = PlainPage("404.html", "404.html")
    (templates / "404.html").write_text("first", encoding="utf-8")
    assert render_page(page, SITES["full"], theme_for(Config(root=tmp_path))) == "first"
    (templates / "404.html").write_text("second", encoding="utf-8")
    assert render_page(page, SITES["full"], theme_for(Config(root=tmp_path))) == "second"
    (templates / "404.html").unlink()
    assert "Page not found" in render_page(page, SITES["full"], theme_for(Config(root=tmp_path)))
