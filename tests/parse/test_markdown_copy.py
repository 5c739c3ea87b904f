"""A page copied as Markdown into a .txt file reads as the page's text; other copies are
left exactly as they are."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from parse_helpers import parse_text as parse

from site_gen.parse.markdown_copy import is_markdown_copy, unmarked

COPY = """# Harbour ferry fares to rise in the new year

**By Mira Olsen** | *30 November 2026*

![The ferry](https://example.org/ferry.jpg)
*The morning ferry at North Pier. Photo: Jo Roe*

The city's harbour ferry will raise fares by a tenth in January, the transport authority said on Monday.

[Read more: Ferry timetable changes](https://example.org/timetable)

---

Commuter groups said they would ask the council to look again at the decision.
"""


def test_a_markdown_copy_gives_headline_writer_date_and_text() -> None:
    article = parse(COPY)
    assert article.title == "Harbour ferry fares to rise in the new year"
    assert article.byline == ("Mira Olsen",)
    assert article.published.date().isoformat() == "2026-11-30"
    assert article.paragraphs[0].startswith("The city's harbour ferry will raise fares")
    assert not any("](" in p or "**" in p for p in article.paragraphs)


def test_marks_come_off_line_for_line() -> None:
    text = unmarked(COPY)
    assert text.count("\n") == COPY.count("\n")
    assert text.startswith("Harbour ferry fares to rise in the new year\n")
    assert "By Mira Olsen | 30 November 2026" in text
    assert "ferry.jpg" not in text and "---" not in text
    assert "Read more: Ferry timetable changes" in text


def test_plain_copies_are_not_read_as_markdown() -> None:
    plain = [
        "Ferry fares frozen\nBy Jo Roe\n\n#Transport #Harbour\n\nThe council froze fares.",
        "Ferry fares frozen\n\nThe price is 3 * 4 = 12 and_so_on, said the council.",
        "Ferry fares frozen\n# 1 in the charts\nThe council froze fares.",
    ]
    assert not any(is_markdown_copy(text) for text in plain)


MARKDOWNISH = st.text(alphabet=st.sampled_from("#*_[]()!>-\\ \nab:/."), max_size=400)


@given(MARKDOWNISH)
def test_unmarking_keeps_every_line_and_never_fails(text: str) -> None:
    assert unmarked(text).count("\n") == text.count("\n")


def test_unmarking_a_long_run_of_marks_stays_quick() -> None:
    hostile = "*a" * 50_000 + "[" * 50_000 + "_b" * 50_000
    assert len(unmarked(hostile)) <= len(hostile)
