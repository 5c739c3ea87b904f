"""`site-gen parse --explain`: every field with the rule that decided it and a confidence."""

from __future__ import annotations

import json
import re

from support import run_cli

FIXTURE = "tests/fixtures/sites/dailystar/02-opinion-midnight-tags.txt"
EXPLAINED = (
    "profile",
    "title",
    "published",
    "modified",
    "section",
    "byline",
    "body",
    "tags",
    "captions",
    "publisher",
    "timezone",
)


def test_explain_text_lists_every_field_with_rule_and_confidence() -> None:
    run = run_cli("parse", FIXTURE, "--explain")
    assert run.code == 0, run.err
    rows = dict(re.findall(r"^\s*(\w+)\s+(\d+%)\s+\S.*$", run.out, re.MULTILINE))
    assert set(EXPLAINED) <= set(rows)
    assert "profile's section list" in run.out
    assert "assumed: dailystar profile zone" in run.out


def test_explain_json_has_a_note_per_field() -> None:
    run = run_cli("parse", FIXTURE, "--explain", "--json")
    record = json.loads(run.out)
    notes = {n["field"]: n for n in record["explain"]}
    assert set(EXPLAINED) <= set(notes)
    assert all(0.0 <= n["confidence"] <= 1.0 and n["rule"] for n in notes.values())
    assert notes["section"]["confidence"] > notes["timezone"]["confidence"]
