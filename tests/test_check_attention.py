"""`site-gen check` names the copies a user should look at: low-confidence fields and
copies dated by their file's time (issue 16, items 4 and 9)."""

from __future__ import annotations

import re
from pathlib import Path

from corpus_helpers import make_article
from support import REPO, run_cli

from site_gen.commands.check import attention_lines, low_confidence_notes, summarise_check
from site_gen.core.model import FieldNote

GENERIC = Path("tests") / "fixtures" / "sites" / "generic"  # as check names them, from REPO
UNDATED = GENERIC / "26-undated-parish-newsletter-no-date.txt"
NO_BYLINE = GENERIC / "27-undated-ngo-story-page-caption-donate.txt"
DATED = GENERIC / "01-community-blog-iso-z.txt"


def test_low_confidence_fields_are_listed_in_reading_order() -> None:
    notes = (
        FieldNote("profile", "generic", 0.3),
        FieldNote("byline", "none found", 0.0),
        FieldNote("title", "first headline-shaped line", 0.4),
        FieldNote("title", "a second opinion", 0.1),
        FieldNote("section", "profile's section list", 0.95),
        FieldNote("tags", "derived", 0.1),
    )
    article = make_article(source="a.txt", notes=notes)
    assert [n.field for n in low_confidence_notes(article)] == ["title", "byline"]
    no_section = (*notes[:4], FieldNote("section", "none found", 0.0))
    assert [n.field for n in low_confidence_notes(make_article(notes=no_section))] == [
        "title",
        "byline",
    ], "a page without a section line is not listed for it"
    article = make_article(source="a.txt", notes=notes)
    assert [n.field for n in low_confidence_notes(article)] == ["title", "byline"]
    summary = summarise_check([article], [])
    assert attention_lines(summary) == [
        "a.txt: low confidence: title 0.40 (first headline-shaped line), byline 0.00 (none found)"
    ]


def test_a_file_dated_copy_gets_its_own_line_not_a_low_confidence_date() -> None:
    notes = (FieldNote("published", "no date printed: the file's modification time", 0.2),)
    article = make_article(source="u.txt", notes=notes, date_source="file")
    assert low_confidence_notes(article) == ()
    assert attention_lines(summarise_check([article], [])) == [
        "u.txt: no date printed; dated by the file's time"
    ]


def test_check_lists_file_dated_and_low_confidence_copies() -> None:
    run = run_cli("check", str(UNDATED), str(NO_BYLINE), str(DATED), cwd=REPO)
    assert run.code == 0, run.out + run.err
    for path in (UNDATED, NO_BYLINE):
        assert f"{path}: no date printed; dated by the file's time" in run.out
    assert not re.search(rf"^{re.escape(str(DATED))}: no date printed", run.out, re.M)
    low = re.search(rf"^{re.escape(str(NO_BYLINE))}: low confidence: (.+)$", run.out, re.M)
    assert low and "byline 0.00 (none found)" in low.group(1)
    assert "published" not in low.group(1)
    assert re.search(r"^dated by file\s+2$", run.out, re.M)
    assert re.search(r"^low confidence\s+\d+$", run.out, re.M)
