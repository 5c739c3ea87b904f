"""Saved web pages (.html) as sources: golden records, declared fields, bad pages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from support import REPO, run_cli

FIXTURES = REPO / "tests" / "fixtures" / "html"
GOLDEN = REPO / "tests" / "golden" / "html"
ARTICLES = ["coastal-ledger-ferries", "valley-courier-frost", "nodibarta-bazar"]

# Written by hand from the fixtures (not read back from the parser): the accuracy table.
EXPECTED = {
    "coastal-ledger-ferries": {
        "title": "Harbour ferries resume after storm",
        "published": "2023-04-02T08:30:00+06:00",
        "modified": None,
        "section": "City",
        "byline": ["Mira Sen"],
        "publisher": "The Coastal Ledger",
        "tags": ["Ferries", "Storms"],
        "original_url": "https://coastal-ledger.example/city/harbour-ferries",
        "first": "Ferry services across the eastern harbour resumed on Sunday morning",
        "last": "until the repairs are complete.",
        "paragraphs": 3,
    },
    "valley-courier-frost": {
        "title": "Orchard growers count frost losses",
        "published": "2021-04-19T17:05:00-04:00",
        "modified": "2021-04-20T08:10:00-04:00",
        "section": "Farming",
        "byline": ["Tomas Reyes"],
        "publisher": "Valley Courier",
        "tags": ["Frost", "Orchards"],
        "original_url": "https://valley-courier.example/farming/2021/orchard-frost",
        "first": "Apple and pear growers along the upper valley",
        "last": "document the damage for insurers.",
        "paragraphs": 3,
    },
    "nodibarta-bazar": {
        "title": "নদীর পাড়ে নতুন বাজার চালু",
        "published": "2024-02-11T10:20:00+06:00",
        "modified": "2024-02-11T12:00:00+06:00",
        "section": "দেশ",
        "byline": ["রুমানা হক"],
        "publisher": "নদীবার্তা",
        "tags": ["বাজার", "নদী"],
        "original_url": "https://nodibarta.example/desh/notun-bazar",
        "first": "নদীর পূর্ব পাড়ে রবিবার সকালে",
        "last": "কাজ শেষ করা হবে।",
        "paragraphs": 3,
    },
}


def _record(path: Path) -> dict[str, object]:
    run = run_cli("parse", str(path.relative_to(REPO)), "--json")
    assert run.code == 0, run.err
    return json.loads(run.out)


@pytest.mark.parametrize("name", ARTICLES)
def test_page_matches_golden_record(name: str, update_golden: bool) -> None:
    record = _record(FIXTURES / f"{name}.html")
    golden = GOLDEN / f"{name}.json"
    if update_golden:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", "utf-8")
    assert record == json.loads(golden.read_text("utf-8"))


@pytest.mark.parametrize("name", ARTICLES)
def test_every_declared_field_is_exact(name: str) -> None:
    record = _record(FIXTURES / f"{name}.html")
    expected = EXPECTED[name]
    paragraphs = record["paragraphs"]
    assert isinstance(paragraphs, list)
    got = {key: record.get(key) for key in expected if key not in ("first", "last", "paragraphs")}
    got["first"] = paragraphs[0][: len(str(expected["first"]))]
    got["last"] = paragraphs[-1][-len(str(expected["last"])) :]
    got["paragraphs"] = len(paragraphs)
    assert got == expected
    text = " ".join(paragraphs)
    for chrome in ("Share this story", "all rights reserved", "সর্বস্বত্ব", "By Mira Sen"):
        assert chrome not in text


def test_explain_names_the_structured_data_rules() -> None:
    run = run_cli("parse", "tests/fixtures/html/nodibarta-bazar.html", "--json", "--explain")
    notes = {n["field"]: n["rule"] for n in json.loads(run.out)["explain"]}
    assert notes["title"] == "JSON-LD headline"
    assert notes["published"] == "JSON-LD datePublished"
    assert notes["original_url"] == "JSON-LD mainEntityOfPage"
    run = run_cli("parse", "tests/fixtures/html/valley-courier-frost.html", "--explain")
    assert "meta article:published_time" in run.out
    assert "meta og:title" in run.out


def test_pages_that_are_not_articles_are_one_note_each_and_not_failures() -> None:
    run = run_cli(
        "parse",
        "tests/fixtures/html/coastal-ledger-section-front.html",
        "tests/fixtures/html/login-wall.html",
        "tests/fixtures/html/coastal-ledger-ferries.html",
        "--json",
    )
    assert run.code == 0, run.err
    lines = run.err.strip().splitlines()
    assert lines == [
        "tests/fixtures/html/coastal-ledger-section-front.html:1: "
        "note: not an article (og:type 'website'); skipped",
        "tests/fixtures/html/login-wall.html:1: note: no article text (only 4 words found); "
        "skipped",
    ]
    assert json.loads(run.out)["title"] == "Harbour ferries resume after storm"


def test_a_build_leaves_out_non_articles_with_a_note_and_fails_only_for_broken_files(
    tmp_path: Path,
) -> None:
    pages = tmp_path / "captures"
    pages.mkdir()
    for name in ("coastal-ledger-section-front.html", "coastal-ledger-ferries.html"):
        shutil.copy(Path("tests/fixtures/html") / name, pages / name)
    site = tmp_path / "site"
    run = run_cli("build", str(pages), "-o", str(site), "--no-search")
    assert run.code == 0, run.err
    assert "note: not an article (og:type 'website'); skipped" in run.err
    assert "1 saved page left out: not articles" in run.err
    assert "skipped\n" not in run.err.split("left out")[-1]  # no "N of M files skipped"
    (pages / "broken.md").write_text("---\ntitle: [unclosed\n---\nBody.\n", encoding="utf-8")
    run = run_cli("build", str(pages), "-o", str(site), "--no-search")
    assert run.code == 1
    assert "1 of 2 files skipped" in run.err


def _page(title: str, body: str, charset_tag: str = '<meta charset="utf-8">') -> str:
    paragraphs = "".join(
        f"<p>{body} Sentence {n} adds a few more ordinary words.</p>" for n in range(6)
    )
    return (
        f"<!doctype html><html><head>{charset_tag}<title>{title}</title>"
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2022-03-04T05:06:00+00:00">'
        f"</head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


def test_mislabelled_charset_is_one_warning_and_the_text_is_right(tmp_path: Path) -> None:
    page = tmp_path / "mislabelled.html"
    text = _page("Café owners meet", "The café on the corner — «Chez Zoë» — opened again.")
    page.write_bytes(text.replace("utf-8", "iso-8859-1").encode("utf-8"))
    run = run_cli("parse", str(page), "--json")
    assert run.code == 0, run.err
    assert json.loads(run.out)["title"] == "Café owners meet"
    assert "«Chez Zoë»" in json.loads(run.out)["paragraphs"][0]
    assert run.err.count("\n") == 1
    assert "declared charset 'iso-8859-1' but the bytes are UTF-8" in run.err


def test_undeclared_legacy_charset_is_sniffed(tmp_path: Path) -> None:
    page = tmp_path / "undeclared.html"
    page.write_bytes(
        _page("Zoë’s bakery", "Zoë’s bakery sold crème brûlée all day.", "").encode("cp1252")
    )
    run = run_cli("parse", str(page), "--json")
    assert run.code == 0, run.err
    assert json.loads(run.out)["title"] == "Zoë’s bakery"


def test_a_50_mb_page_is_one_line_and_the_rest_builds(tmp_path: Path) -> None:
    sources = tmp_path / "in"
    sources.mkdir()
    padding = "<!-- " + "x" * (50 * 2**20) + " -->"
    (sources / "huge.html").write_text(_page("Huge", "Big page.") + padding)
    (sources / "fine.html").write_text(_page("Fine page", "An ordinary page."))
    (sources / "garbage.html").write_bytes(b"\x00\x01\x02 binary \xff\xfe" * 100)
    run = run_cli("build", str(sources), "-o", str(tmp_path / "site"), "--no-search")
    assert run.code == 1
    problems = [line for line in run.err.splitlines() if "warning" not in line]
    assert any(
        line.startswith(f"{sources}/huge.html:1: page is 50 MB, larger than") for line in problems
    )
    assert any(line.startswith(f"{sources}/garbage.html:1: ") for line in problems), run.err
    assert "Built 1 articles" in run.out


def test_the_articles_first_time_element_dates_a_page_that_declares_no_date(
    tmp_path: Path,
) -> None:
    # no JSON-LD, no article:published_time: the byline's <time datetime> gives the minute
    # (a related story's <time> outside the <article> is not the page's)
    page = tmp_path / "tram.html"
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Tram extension approved | Riverside Times</title></head><body>"
        "<aside><time datetime='2023-01-01T08:00:00+01:00'>1 Jan</time></aside>"
        "<article><h1>Tram extension approved</h1><p class='byline'>By Halvard Ness · "
        "<time datetime='2024-03-05T10:12:00+01:00'>5 March 2024, 10:12</time></p>"
        + "".join(
            f"<p>The transport board approved the tram line to the new hospital, part {n} "
            "of a plan that ends years of debate over the route and its cost.</p>"
            for n in range(3)
        )
        + "</article></body></html>",
        encoding="utf-8",
    )
    record = _record_at(page)
    assert record["published"] == "2024-03-05T10:12:00+01:00"
    assert record["published_precision"] == "minute"


def _record_at(path: Path) -> dict[str, object]:
    run = run_cli("parse", str(path), "--json")
    assert run.code == 0, run.err
    return json.loads(run.out)
