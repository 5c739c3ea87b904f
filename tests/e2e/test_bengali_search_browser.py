"""A Bangla article (html lang="bn", its own Pagefind index) is found from /search/."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from support import REPO, SEEDS

BANGLA = (
    REPO / "tests" / "fixtures" / "sites" / "prothomalo" / "51-bangla-district-correspondent.txt"
)


@pytest.fixture(scope="module")
def mixed_site(tmp_path_factory: pytest.TempPathFactory, build: Callable[..., str]) -> Path:
    root = tmp_path_factory.mktemp("bangla")
    sources = root / "articles"
    sources.mkdir()
    shutil.copy(BANGLA, sources)
    for seed in sorted(SEEDS.glob("*.txt"))[:1]:
        shutil.copy(seed, sources)
    build(sources, root / "site")
    return root / "site"


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("নদীভাঙনে", "নদীভাঙনে ঘর হারাল চরাঞ্চলের তিন শতাধিক পরিবার"),
        ("Kirby", "US says Russia providing ‘unprecedented’ military support to Iran"),
    ],
)
def test_both_languages_are_searched_from_the_search_page(
    page: Page, mixed_site: Path, serve: Callable[[Path], str], query: str, title: str
) -> None:
    page.goto(f"{serve(mixed_site)}/search/?q={query}")
    results = page.locator("[data-search-results] > li")
    expect(results).to_have_count(1)
    expect(results.first.locator("a")).to_have_text(title)
