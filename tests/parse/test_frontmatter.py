"""Markdown sources with YAML front matter."""

from __future__ import annotations

import re
from datetime import datetime

from parse_helpers import parse_bytes, parse_error, parse_text
from support import REPO

from site_gen.core.config import Config
from site_gen.core.errors import ParseError
from site_gen.core.model import Article


def md(
    front: str, body: str = "Body paragraph with *emphasis* and a [link](https://example.org)."
) -> str:
    return f"---\n{front}\n---\n{body}\n"


def test_all_fields() -> None:
    article = parse_text(
        md(
            "title: Budget day\ndate: 2021-03-05T10:15:00+06:00\nupdated: 2021-03-06T08:00:00+06:00\n"
            "section: Economy\nauthor: Jane Doe\ntags: [Budget, Dhaka]\nsummary: The short version.\n"
            "slug: budget-day-2021\ndraft: true"
        ),
        "a.md",
    )
    assert article.title == "Budget day"
    assert article.published == datetime.fromisoformat("2021-03-05T10:15:00+06:00")
    assert article.modified == datetime.fromisoformat("2021-03-06T08:00:00+06:00")
    assert (article.section, article.byline, article.tags) == (
        "Economy",
        ("Jane Doe",),
        ("Budget", "Dhaka"),
    )
    assert article.summary == "The short version."
    assert article.slug == "budget-day-2021"
    assert article.is_draft
    assert "<em>emphasis</em>" in article.body_html
    assert article.paragraphs == ("Body paragraph with emphasis and a link.",)


def test_front_matter_tags_win_over_derived_ones() -> None:
    body = "Dhaka said. Dhaka agreed. Chattogram and Chattogram again."
    article = parse_text(md("title: T one two\ndate: 2021-03-05\ntags: [Ports]", body), "a.md")
    assert article.tags == ("Ports",)


def test_naive_date_gets_site_zone_with_warning() -> None:
    config = Config(timezone="Asia/Dhaka")
    article = parse_text(md("title: T one two\ndate: 2021-03-05 10:15:00"), "a.md", config)
    assert article.published.isoformat() == "2021-03-05T10:15:00+06:00"
    assert any("assumed Asia/Dhaka" in w for w in article.warnings)


def test_date_only_keeps_day_precision() -> None:
    article = parse_text(md("title: T one two\ndate: 2021-03-05"), "a.md")
    assert article.date_precision == "day"


def test_raw_html_is_off_by_default_and_on_by_switch() -> None:
    text = md("title: T one two\ndate: 2021-03-05", "<script>alert(1)</script>\n\nText.")
    assert "<script>" not in parse_text(text, "a.md").body_html
    assert "<script>" in parse_text(text, "a.md", Config(allow_html=True)).body_html


def test_javascript_links_are_not_rendered_as_links() -> None:
    article = parse_text(
        md("title: T one two\ndate: 2021-03-05", "[x](javascript:alert(1))"), "a.md"
    )
    assert 'href="javascript' not in article.body_html.replace(" ", "")


def test_malformed_front_matter_names_the_line() -> None:
    problem = parse_error(md("title: Budget\ndate: 2021-03-05\ntags: [unclosed"), "a.md")
    assert problem.line >= 3 and "front matter" in problem.message


def test_missing_title_and_unreadable_date() -> None:
    assert "title" in parse_error(md("date: 2021-03-05"), "a.md").message
    assert "date" in parse_error(md("title: Budget day\ndate: not a date"), "a.md").message


def test_no_date_is_the_file_time_said_so_or_refused_when_undated_is_skip() -> None:
    article = parse_text(md("title: Budget day"), "a.md")
    assert article.date_source == "file"
    assert any("dated by the file's time" in w for w in article.warnings)
    refused = parse_bytes(md("title: Budget day").encode(), "a.md", Config(undated="skip"))
    assert isinstance(refused, ParseError)
    assert "date" in refused.message


def test_a_page_copy_saved_as_markdown_is_read_as_the_copy_it_is() -> None:
    """No front matter and no '# Headline': text copied from a page, saved as .md."""
    seed = next((REPO / "seeds").glob("*.txt")).read_bytes()
    as_markdown, as_text = parse_bytes(seed, "copy.md"), parse_bytes(seed, "copy.txt")
    assert isinstance(as_markdown, Article) and isinstance(as_text, Article)
    assert (as_markdown.title, as_markdown.published, as_markdown.paragraphs) == (
        as_text.title,
        as_text.published,
        as_text.paragraphs,
    )
    assert "front matter" not in parse_error("just text", "a.md").message


def test_deep_nesting_is_bounded() -> None:
    deep = "> " * 5000 + "deep"
    result = parse_bytes(md("title: T one two\ndate: 2021-03-05", deep).encode(), "a.md")
    assert result is not None  # an Article or a ParseError, never an exception


def test_paragraph_text_collapses_every_kind_of_space() -> None:
    """_plain_blocks splits on str.isspace; that must be exactly what re's \\s matched."""
    every = "".join(map(chr, range(0x110000)))
    assert set(re.findall(r"\s", every)) == {c for c in every if c.isspace()}
    article = parse_text(
        md("title: Spaces here\ndate: 2021-03-05", "a \u2003 b\u3000\u3000c  d"), "a.md"
    )
    assert article.paragraphs == ("a b c d",)


def test_a_wrapped_line_keeps_its_words_apart() -> None:
    article = parse_text(
        md("title: T\ndate: 2020-01-01", "first line\nsecond line  \nthird"), "w.md"
    )
    assert article.paragraphs == ("first line second line third",)
    assert article.word_count == 5
