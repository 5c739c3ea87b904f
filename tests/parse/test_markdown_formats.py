"""Markdown kept by other generators builds as it is: Hugo's TOML and JSON front matter,
Pelican's `Key: value` header, Jekyll's dated file names and switches, other field names,
and plain Markdown whose first line is its headline."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parse_helpers import parse_bytes, parse_error, parse_text

from site_gen.core.config import Config
from site_gen.core.errors import ParseError
from site_gen.engine.write import check_relative
from site_gen.parse.fields import Unparseable
from site_gen.parse.frontmatter import _alias_urls
from site_gen.parse.markdown_meta import split_header
from site_gen.shape.site_pages import alias_path

BODY = "The harbour board met on Tuesday.\n\nIt agreed to dredge the east channel."


def test_hugo_toml_front_matter_with_hugo_field_names() -> None:
    text = (
        "+++\n"
        'title = "Harbour board votes to dredge"\n'
        "date = 2024-05-02T09:30:00+01:00\n"
        "lastmod = 2024-05-03T08:00:00+01:00\n"
        'categories = ["Local", "Politics"]\n'
        'tags = ["harbour", "dredging"]\n'
        'authors = ["Ines Calloway", "Ravi Tennant"]\n'
        'description = "The east channel is to be deepened."\n'
        "draft = true\n"
        "+++\n" + BODY
    )
    article = parse_text(text, "harbour.md")
    assert article.title == "Harbour board votes to dredge"
    assert article.published == datetime.fromisoformat("2024-05-02T09:30:00+01:00")
    assert article.modified == datetime.fromisoformat("2024-05-03T08:00:00+01:00")
    assert article.section == "Local"
    assert article.tags == ("harbour", "dredging")
    assert article.byline == ("Ines Calloway", "Ravi Tennant")
    assert article.summary == "The east channel is to be deepened."
    assert article.is_draft
    assert article.paragraphs == (
        "The harbour board met on Tuesday.",
        "It agreed to dredge the east channel.",
    )


def test_hugo_json_front_matter() -> None:
    text = (
        '{\n  "title": "Ferry timetable changes",\n  "date": "2024-06-01T07:00:00Z",\n'
        '  "tags": ["ferries"]\n}\n' + BODY
    )
    article = parse_text(text, "ferry.md")
    assert (article.title, article.tags) == ("Ferry timetable changes", ("ferries",))
    assert article.published == datetime.fromisoformat("2024-06-01T07:00:00+00:00")
    assert article.paragraphs[0] == "The harbour board met on Tuesday."


def test_pelican_header() -> None:
    text = (
        "Title: Orchard growers count frost losses\n"
        "Date: 2023-04-18 10:20\n"
        "Modified: 2023-04-19 09:00\n"
        "Category: Farming\n"
        "Tags: frost, apples, weather\n"
        "Authors: Maren Ostby, Teo Lind\n"
        "Summary: A cold night cost a third of the blossom.\n"
        "Slug: orchard-frost\n"
        "\n" + BODY
    )
    article = parse_text(text, "frost.md", Config(timezone="Europe/Oslo"))
    assert article.title == "Orchard growers count frost losses"
    assert article.published.isoformat() == "2023-04-18T10:20:00+02:00"
    assert article.modified is not None and article.modified.isoformat().startswith("2023-04-19")
    assert (article.section, article.slug) == ("Farming", "orchard-frost")
    assert article.tags == ("frost", "apples", "weather")
    assert article.byline == ("Maren Ostby", "Teo Lind")
    assert article.summary == "A cold night cost a third of the blossom."
    assert article.paragraphs[0] == "The harbour board met on Tuesday."


def test_pelican_status_draft_and_jekyll_published_false_are_drafts() -> None:
    pelican = "Title: Draft notes on the levy\nDate: 2023-04-18\nStatus: draft\n\n" + BODY
    assert parse_text(pelican, "levy.md").is_draft
    jekyll = "---\ntitle: Draft notes on the levy\ndate: 2023-04-18\npublished: false\n---\n"
    assert parse_text(jekyll + BODY, "levy.md").is_draft
    shown = "---\ntitle: Notes on the levy\ndate: 2023-04-18\npublished: true\n---\n"
    assert not parse_text(shown + BODY, "levy.md").is_draft


def test_jekyll_post_dated_by_its_file_name() -> None:
    text = "---\ntitle: Library reopens after flood\nauthor:\n  name: Odile Brac\n---\n" + BODY
    article = parse_text(text, "2022-11-07-library-reopens.md", Config(timezone="Europe/Paris"))
    assert article.published.isoformat() == "2022-11-07T00:00:00+01:00"
    assert (article.date_precision, article.date_source) == ("day", "printed")
    assert article.byline == ("Odile Brac",)
    # the slug still comes from the title: an archive's URLs do not move
    assert article.slug == "library-reopens-after-flood"


def test_impossible_file_name_date_falls_back_to_the_file_time() -> None:
    article = parse_text("---\ntitle: Library reopens\n---\n" + BODY, "2022-02-31-library.md")
    assert article.date_source == "file"


def test_front_matter_keys_in_any_case_and_date_before_publish_date() -> None:
    text = (
        "---\nTitle: Bridge inspection finds cracks\nDate: 2021-09-09\n"
        "publishDate: 2021-09-10\nLastMod: 2021-09-12\nUpdated: 2021-09-11\n---\n" + BODY
    )
    article = parse_text(text, "bridge.md")
    assert article.title == "Bridge inspection finds cracks"
    assert article.published.date().isoformat() == "2021-09-09"
    assert article.modified is not None and article.modified.date().isoformat() == "2021-09-11"


def test_plain_markdown_whose_first_line_is_its_headline() -> None:
    article = parse_text("# Tram line opens to the airport\n\n" + BODY, "tram.md")
    assert article.title == "Tram line opens to the airport"
    assert article.date_source == "file"
    assert "<h1>" not in article.body_html  # the page prints the title once
    assert article.paragraphs[0] == "The harbour board met on Tuesday."
    underlined = parse_text("Tram line opens\n===============\n\n" + BODY, "tram.md")
    assert underlined.title == "Tram line opens"


def test_front_matter_without_title_takes_the_opening_headline() -> None:
    article = parse_text("---\ndate: 2021-03-05\n---\n# Budget day\n\n" + BODY, "a.md")
    assert article.title == "Budget day"
    assert article.published.date().isoformat() == "2021-03-05"


def test_front_matter_without_any_title_is_refused_naming_both_ways_to_give_one() -> None:
    problem = parse_error("---\ndate: 2021-03-05\n---\nNote: the board met.\n\n" + BODY, "n.md")
    assert "title" in problem.message and "# Headline" in problem.message
    problem = parse_error("+++\ndate = 2021-03-05\n+++\n## A second-level heading\n", "n.md")
    assert "title" in problem.message


def test_a_body_opening_with_a_shortcode_is_not_json_front_matter() -> None:
    article = parse_text('# Gallery night\n\n{{< figure src="a.jpg" >}}\n\n' + BODY, "g.md")
    assert article.title == "Gallery night"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('+++\ntitle = "Dredging"\ndate = 2024-05-02\ntags = [unclosed\n+++\nBody.\n', 4, "front"),
        ('+++\ntitle = "Dredging"\n', 1, "closing '+++'"),
        ('{"title": "Dredging", "date": }\nBody.\n', 1, "front matter"),
    ],
)
def test_malformed_toml_or_json_names_the_line(text: str, line: int, words: str) -> None:
    problem = parse_error(text, "bad.md")
    assert (problem.line, words in problem.message) == (line, True), problem


def test_unknown_time_zone_in_toml_is_refused() -> None:
    text = '+++\ntitle = "Dredging"\ndate = 2024-05-02\ntimezone = "Mars/Olympus"\n+++\nBody.\n'
    assert "time zone" in parse_error(text, "bad.md").message


def test_nested_values_are_refused_not_stringified() -> None:
    text = '+++\ntitle = "Dredging"\ndate = 2024-05-02\n[tags]\nfirst = "a"\n+++\nBody.\n'
    result = parse_bytes(text.encode(), "bad.md")
    assert isinstance(result, ParseError) and "tags" in result.message


@settings(max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list('+-{}[]":=#\n \tTitle:Date2024abc,')), max_size=300))
def test_any_header_text_gives_a_header_or_a_line_numbered_refusal(text: str) -> None:
    try:
        header = split_header(text)
    except Unparseable as problem:
        assert problem.line >= 1 and problem.message
    else:
        assert header.kind in ("yaml", "toml", "json", "pelican", "none")
        assert all(isinstance(key, str) and key == key.casefold() for key in header.meta)


def test_more_divider_ends_the_summary_and_never_prints() -> None:
    text = (
        "---\ntitle: Ferry strike ends\ndate: 2024-06-01\n---\n"
        "Crews return on Monday.\n\nTalks took nine days.\n\n<!--more-->\n\n"
        "The union will ballot its members next week.\n"
    )
    article = parse_text(text, "ferry.md")
    assert article.summary == "Crews return on Monday. Talks took nine days."
    assert "more" not in article.body_html
    assert article.paragraphs == (
        "Crews return on Monday.",
        "Talks took nine days.",
        "The union will ballot its members next week.",
    )
    given = text.replace("date: 2024-06-01\n", "date: 2024-06-01\nsummary: Given.\n")
    assert parse_text(given, "ferry.md").summary == "Given."


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab./\\:?#%é \t.-_~")), max_size=40)))
def test_every_kept_alias_is_a_page_path_inside_the_output(items: list[str]) -> None:
    """Whatever front matter says, a kept former address is written inside the output, as
    a page, never through a file or into the site's own folders."""
    warnings: list[str] = []
    for url in _alias_urls(items, warnings):
        path = alias_path(url)
        parts = check_relative(path)  # raises for a path leaving the tree
        assert path.endswith((".html", ".htm"))
        assert parts[0] not in ("static", "search") and not parts[0].startswith("pagefind")
        assert all("." not in part for part in parts[:-1])
    assert len(warnings) <= len(items)


def test_an_obsidian_web_clipping_keeps_its_writer_source_and_date() -> None:
    text = (
        "---\n"
        'title: "Harbour board votes to dredge"\n'
        'source: "https://www.harbourledger.example/news/dredge"\n'
        "author:\n"
        '  - "[[Ines Calloway]]"\n'
        "published: 2024-05-02\n"
        "created: 2024-05-06\n"
        'description: "The east channel is to be deepened."\n'
        "tags:\n"
        '  - "[[harbour|Harbour]]"\n'
        "---\n" + BODY
    )
    article = parse_text(text, "dredge.md")
    assert article.byline == ("Ines Calloway",)
    assert article.tags == ("Harbour",)
    assert article.original_url == "https://www.harbourledger.example/news/dredge"
    assert article.published.date().isoformat() == "2024-05-02"
    assert article.date_source == "printed"
    assert article.captured is not None and article.captured.date().isoformat() == "2024-05-06"


def test_a_markdownload_clipping_dated_by_the_day_it_was_clipped() -> None:
    text = (
        "---\n"
        "created: 2024-05-06T10:12:44 (UTC +01:00)\n"
        "source: https://www.harbourledger.example/news/dredge\n"
        "author: Ines Calloway\n"
        "---\n\n"
        "# Harbour board votes to dredge | Harbour Ledger\n\n"
        "> ## Excerpt\n> The east channel is to be deepened.\n\n---\n" + BODY
    )
    article = parse_text(text, "dredge.md")
    assert article.title == "Harbour board votes to dredge"
    assert article.summary == "The east channel is to be deepened."
    assert article.paragraphs[0] == "The harbour board met on Tuesday."
    assert (article.date_source, article.published.isoformat()) == (
        "capture",
        "2024-05-06T00:00:00+01:00",
    )


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Harbour board votes to dredge | Harbour Ledger", "Harbour board votes to dredge"),
        (
            "Harbour board votes to dredge | Ferry News",
            "Harbour board votes to dredge | Ferry News",
        ),
    ],
)
def test_a_clipped_headline_loses_only_the_name_of_the_site_it_came_from(
    title: str, kept: str
) -> None:
    text = (
        f"---\nsource: https://harbourledger.example/a\ndate: 2024-05-02\n---\n# {title}\n\n{BODY}"
    )
    assert parse_text(text, "a.md").title == kept


def test_created_without_a_source_is_the_posts_own_date() -> None:
    text = f"---\ntitle: Harbour board votes to dredge\ncreated: 2024-05-02 09:30\n---\n{BODY}"
    article = parse_text(text, "a.md")
    assert (article.published.date().isoformat(), article.date_source) == ("2024-05-02", "printed")


def test_a_source_that_is_a_credit_is_no_address() -> None:
    text = (
        f"---\ntitle: Harbour board votes to dredge\ndate: 2024-05-02\nsource: Reuters\n---\n{BODY}"
    )
    article = parse_text(text, "a.md")
    assert article.original_url is None and article.warnings == ()
