"""A real Chromium on `site-gen serve`: the open tab reloads by itself after an edit."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e.serve_helpers import (
    BROKEN_TEMPLATE,
    CHANGE_SECONDS,
    SEED_SENTENCE,
    make_site,
    serving,
)
from support import CHROMIUM, CHROMIUM_ARGS

# Chromium and a built site are module fixtures: under xdist one worker sets them up once.
pytestmark = pytest.mark.xdist_group("test_serve_browser")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} missing: apt-get install chromium")
        pytest.skip("install chromium: apt-get install chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def edit_seed(site: Path, old: str, new: str) -> None:
    seed = next((site / "content").glob("*.txt"))
    text = seed.read_text(encoding="utf-8")
    assert old in text
    seed.write_text(text.replace(old, new), encoding="utf-8")


def test_the_open_tab_reloads_after_a_source_edit(browser: object, tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    with serving(site) as served:
        page = browser.new_page()  # type: ignore[attr-defined]
        try:
            page.goto(served.url + served.article_path())
            body = page.locator(".story-body")
            assert SEED_SENTENCE in body.inner_text()
            page.evaluate("window.__notReloaded = true")
            page.wait_for_function("() => window.LiveReload && window.LiveReload.connector")

            edit_seed(site, SEED_SENTENCE, "reloaded by itself in the browser")

            page.wait_for_function(
                "() => document.body.innerText.includes('reloaded by itself in the browser')",
                timeout=CHANGE_SECONDS * 1000,
            )
            assert page.evaluate("window.__notReloaded === undefined"), "a full reload"
        finally:
            page.close()


def test_a_broken_template_shows_a_banner_until_fixed(browser: object, tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    with serving(site) as served:
        page = browser.new_page()  # type: ignore[attr-defined]
        try:
            page.goto(served.url + served.article_path())
            page.wait_for_function("() => window.LiveReload && window.LiveReload.connector")
            override = site / "templates" / "article.html"
            override.parent.mkdir()
            override.write_text(BROKEN_TEMPLATE, encoding="utf-8")

            banner = page.locator("#site-gen-error")
            banner.wait_for(state="visible", timeout=CHANGE_SECONDS * 1000)
            assert "templates/article.html:3" in banner.inner_text()
            assert SEED_SENTENCE in page.locator(".story-body").inner_text()

            override.unlink()
            banner.wait_for(state="detached", timeout=CHANGE_SECONDS * 1000)
            assert SEED_SENTENCE in page.locator(".story-body").inner_text()
        finally:
            page.close()
