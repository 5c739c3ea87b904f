"""Heads and bodies: the plan is made from heads, keyed by their digests (site_gen.engine.plan)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import render_cases

from site_gen.core.config import Config
from site_gen.core.model import ArticlePage, HomePage
from site_gen.engine.fingerprint import Fingerprinter
from site_gen.engine.plan import file_heads, head_digest, head_of, make_plan, plan_key, with_body

ARTICLE = replace(render_cases.HOSTILE, warnings=("a warning",), notes=())


def test_a_head_and_its_body_make_the_article_again() -> None:
    head = head_of(ARTICLE)
    assert head.paragraphs == () and head.body_html == "" and head.digest == ""
    assert with_body(head, ARTICLE) == ARTICLE


def test_a_body_edit_keeps_the_head_and_the_plan_key() -> None:
    edited = replace(ARTICLE, body_html="<p>New.</p>", paragraphs=("New.",), word_count=1)
    edited = replace(edited, digest="d2", warnings=())
    assert head_digest(edited) == head_digest(ARTICLE)
    named = [("/src/a.txt", ARTICLE.source)]
    key = plan_key("record", ["a.txt"], file_heads(named, [ARTICLE]))
    assert plan_key("record", ["a.txt"], file_heads(named, [edited])) == key
    for other in (
        replace(ARTICLE, title="Another title"),
        replace(ARTICLE, summary="Another summary"),
        replace(ARTICLE, tags=("Other",)),
    ):
        assert plan_key("record", ["a.txt"], file_heads(named, [other])) != key
    assert plan_key("other record", ["a.txt"], file_heads(named, [ARTICLE])) != key


def test_pages_are_planned_from_heads_only() -> None:
    plan = make_plan([ARTICLE, render_cases.PLAIN], Config(root=Path("/site")))
    articles = [p.article for p in plan.pages if isinstance(p, ArticlePage)]
    assert len(articles) == 2
    assert all(a.body_html == "" and a.digest == "" for a in articles)
    assert all(a.body_html == "" for g in plan.feed_groups for a in g.members)


def test_only_the_page_showing_a_body_moves_with_its_key() -> None:
    plan = make_plan([ARTICLE, render_cases.PLAIN], Config(root=Path("/site")))
    page = next(p for p in plan.pages if isinstance(p, ArticlePage))
    home = next(p for p in plan.pages if isinstance(p, HomePage))
    fingerprints = Fingerprinter("record")
    assert fingerprints.page(page, "body-1") != fingerprints.page(page, "body-2")
    assert Fingerprinter("record").page(home) == fingerprints.page(home)
    assert Fingerprinter("other").page(home) != fingerprints.page(home)
