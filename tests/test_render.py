"""Rendering: every built-in page template against golden bytes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import render_cases
from corpus_helpers import REPO

from site_gen.render import render_page
from site_gen.theme import Theme

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


def test_golden_pages_cover_every_page_template() -> None:
    used = {page.template for page in render_cases.pages().values()}
    shipped = {p.name for p in Path(BUILTIN.template_dirs[0]).glob("[!_]*.html")}
    assert shipped - {"base.html"} <= used
