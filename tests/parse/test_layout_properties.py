"""Properties of the generic path over layouts it has never seen (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parse_helpers import parse_bytes

from site_gen.core.model import Article
from site_gen.parse import lines
from site_gen.parse.profiles import builtin_profiles, generic_of

GENERIC = Path(__file__).parents[1] / "fixtures" / "sites" / "generic"
# Exports of other tools, no page's copy: a CMS export's "Title:" head must open the file,
# and a PDF page's text has no blank lines for furniture to sit between.
TOOL_EXPORTS = {
    "1201-print-page-text-with-no-blank-between-paragraphs.txt",
    "1202-cms-export-with-key-value-header-saved-as-text.txt",
}
LAYOUTS = sorted(
    p
    for p in GENERIC.glob("*.txt")
    if not json.loads(p.with_suffix(".expected.json").read_text("utf-8")).get("error")
    and p.name not in TOOL_EXPORTS
)
# Furniture of many sites (invented, in the shapes real pages print): what also sits
# inside an article's head (share bars, advertisements) and what sits around it.
INLINE = [
    "Share",
    "Advertisement",
    "Share on WhatsApp",
    "Listen to this article · 4 min",
    "Copy link",
    "Story continues below advertisement",
]
AROUND = [
    "Home | News | Sport | Business | Opinion",
    "Sign up for our morning newsletter",
    "Follow us on Google News",
    "Read more: Council to review ferry timetable",
    "Also read: Rain to continue for two more days",
    "Lea también: Cierran por obras la estación central",
    "Baca juga: Harga beras naik lagi",
    "Skip to content",
    "Now we are on WhatsApp. Click to join.",
    "Watch | Inside the new river port",
    "Not now",
]
FURNITURE = INLINE + AROUND
SETTINGS = settings(max_examples=40, deadline=2000, suppress_health_check=[HealthCheck.too_slow])


def test_furniture_samples_are_chrome_and_never_end_the_body() -> None:
    generic = generic_of(builtin_profiles())
    for line in FURNITURE:
        assert lines.is_chrome(line, generic, generic), line
        assert not lines.is_tail_marker(line, generic, generic), line


def _insert(text: str, body_starts: str, inserts: list[tuple[int, str]]) -> str:
    """Furniture at paragraph boundaries: inline furniture anywhere, the rest above the
    page or inside the body (a menu never sits between a headline and its standfirst)."""
    page = text.split("\n")
    # "in", not "startswith": a copy may glue a picture's name before the lede's first word;
    # the lede's first letter may be a drop cap on a line of its own
    body_at = next((i for i, line in enumerate(page) if body_starts[1:] in line), None)
    if body_at is None:  # a print column's lede, broken over its lines: its first words
        body_at = next(i for i, line in enumerate(page) if body_starts[1:20] in line)
    # a drop cap ("T" over "he council …") and its word are one paragraph, not a boundary
    boundaries = [
        i
        for i, line in enumerate(page)
        if i > 0 and not page[i - 1].strip() and not (i > 1 and len(page[i - 2].strip()) == 1)
    ]
    if not any(b > body_at for b in boundaries):
        # no blank lines: each line a paragraph, or each line that ends a sentence where
        # the copy kept its paragraphs' hard line breaks (furniture sits between them)
        boundaries = [i for i in range(1, len(page)) if lines.ends_like_prose(page[i - 1])]
    targets = []
    for position, line in inserts:
        allowed = boundaries if line in INLINE else [0] + [b for b in boundaries if b > body_at]
        targets.append((allowed[position % len(allowed)], line))
    for at, line in sorted(targets, reverse=True):  # from the bottom: earlier places stay put
        page[at:at] = [line, ""]
    return "\n".join(page)


@SETTINGS
@given(st.data())
def test_furniture_anywhere_never_changes_headline_date_or_body(data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(LAYOUTS))
    original = parse_bytes(path.read_bytes(), path.name)
    assert isinstance(original, Article), str(original)
    inserts = data.draw(
        st.lists(
            st.tuples(st.integers(0, 10_000), st.sampled_from(FURNITURE)), min_size=1, max_size=6
        )
    )
    text = _insert(path.read_text("utf-8"), original.paragraphs[0][:40], inserts)
    changed = parse_bytes(text.encode("utf-8"), path.name)
    assert isinstance(changed, Article), str(changed)
    assert changed.paragraphs == original.paragraphs
    assert changed.title == original.title
    assert changed.published == original.published


BODY = (
    "The county council said on Monday that the ferry would run again from next week, "
    "after repairs to the landing ramp took longer than planned.\n\n"
    "Islanders had relied on a small launch for food and post since the ramp cracked in "
    "the spring storms, the council added."
)
BYLINES = [
    "By Nadia Chowdhury",
    "Tom Becker",
    "Staff Correspondent",
    "By Farah Haddad and Omar Daley",
]
DATELINES = [
    "Published: 12 March 2024, 10:15 GMT",
    "March 12, 2024 10:15 AM EST",
    "12 Mar 2024 | 10:15",
    "Updated 12 March 2024 at 10:15 GMT",
    "2024-03-12T10:15:00+06:00",
    "Tuesday, 12 March 2024",
]


@SETTINGS
@given(
    st.sampled_from(BYLINES),
    st.sampled_from(DATELINES),
    st.sampled_from(["", "Business\n\n", "Home > News > Business\n\n"]),
    st.booleans(),
)
def test_a_dateline_above_or_below_the_byline_gives_the_same_date(
    byline: str, dateline: str, kicker: str, blank_between: bool
) -> None:
    gap = "\n\n" if blank_between else "\n"
    head = f"{kicker}Ferry service to the islands resumes after repairs\n\n"
    below = parse_bytes(f"{head}{byline}{gap}{dateline}\n\n{BODY}\n".encode())
    above = parse_bytes(f"{head}{dateline}{gap}{byline}\n\n{BODY}\n".encode())
    assert isinstance(below, Article) and isinstance(above, Article)
    assert below.published == above.published
    assert below.date_source == above.date_source == "printed"
    assert below.byline == above.byline and below.byline
    assert below.title == above.title == "Ferry service to the islands resumes after repairs"
    assert below.paragraphs == above.paragraphs == tuple(BODY.split("\n\n"))
