"""The search index built by `site-gen build`, and the markup Pagefind reads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from site_gen import search
from site_gen.config import Config
from site_gen.errors import BuildError

REPO = Path(__file__).resolve().parents[1]
SEED_ARTICLE = "2022/12/11/us-says-russia-providing-unprecedented-military-support-to-iran"
SITE_GEN = str(Path(sys.executable).with_name("site-gen"))


def run_build(
    tmp_path: Path, config: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [SITE_GEN, "build", str(REPO / "seeds"), "-o", str(tmp_path / "site")]
    if config is not None:
        (tmp_path / "site.toml").write_text(config, encoding="utf-8")
        command += ["-c", str(tmp_path / "site.toml")]
    return subprocess.run(
        command, capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300
    )


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("search")
    done = run_build(root)
    assert done.returncode == 0, done.stderr
    (root / "stdout.txt").write_text(done.stdout, encoding="utf-8")
    return root / "site"


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_the_build_writes_a_chunked_index_of_the_articles_only(seed_site: Path) -> None:
    index = seed_site / "pagefind"
    assert (index / "pagefind.js").is_file()
    assert (index / "pagefind-entry.json").is_file()
    assert any((index / "index").iterdir())
    # one fragment per indexed page: the article, not the home, search or 404 pages
    assert len(list((index / "fragment").iterdir())) == 1
    assert not (index / "playground").exists()


def test_the_build_summary_reports_index_size_and_time(seed_site: Path) -> None:
    stdout = (seed_site.parent / "stdout.txt").read_text(encoding="utf-8")
    line = next(line for line in stdout.splitlines() if line.startswith("Search index:"))
    assert line.startswith("Search index: 1 page, ")
    assert " in pagefind/, built in " in line
    assert line.endswith(" s")


def test_article_pages_carry_filters_sort_key_and_meta(seed_site: Path) -> None:
    page = soup_of(seed_site / SEED_ARTICLE / "index.html")
    body = page.select("[data-pagefind-body]")
    assert [element.name for element in body] == ["article"]

    def values(attribute: str, name: str) -> list[str]:
        return [e.get_text() for e in page.select(f'[{attribute}="{name}"]')]

    assert values("data-pagefind-filter", "section") == ["World+Biz"]
    assert values("data-pagefind-filter", "year") == ["2022"]
    assert "John Kirby" in values("data-pagefind-filter", "tag")
    assert values("data-pagefind-sort", "date") == ["2022-12-11T03:45:00+00:00"]
    assert values("data-pagefind-meta", "date") == ["11 December 2022"]
    assert values("data-pagefind-meta", "datetime") == ["2022-12-11T09:45:00+06:00"]
    assert values("data-pagefind-meta", "section") == ["World+Biz"]
    assert values("data-pagefind-meta", "title") == [
        "US says Russia providing ‘unprecedented’ military support to Iran"
    ]
    # page chrome stays out of the indexed text
    for selector in (".site-header", ".site-footer", ".story-tags", ".published"):
        element = page.select_one(selector)
        assert element is not None and element.has_attr("data-pagefind-ignore"), selector


def test_list_and_search_pages_are_not_indexed(seed_site: Path) -> None:
    for relative in ("index.html", "search/index.html", "404.html"):
        assert soup_of(seed_site / relative).select("[data-pagefind-body]") == [], relative


def test_the_search_page_works_as_a_form_and_explains_itself_without_javascript(
    seed_site: Path,
) -> None:
    page = soup_of(seed_site / "search" / "index.html")
    form = page.select_one("form[data-search-form]")
    assert form is not None
    assert form["action"] == "/search/" and form["method"] == "get"
    assert form.select_one("input[name=q]") is not None
    noscript = page.select_one("noscript")
    assert noscript is not None
    # html.parser keeps <noscript> content as markup, as a browser without scripting does
    links = [a["href"] for a in BeautifulSoup(noscript.decode_contents(), "html.parser")("a")]
    assert links == ["/archive/", "/sections/", "/tags/"]
    assert page.select_one('script[type=module][src="/static/search.js"]') is not None
    assert (seed_site / "static" / "search.js").is_file()


def test_search_off_skips_the_index_the_page_and_the_header_box(tmp_path: Path) -> None:
    done = run_build(tmp_path, "[site]\nsearch = false\n")
    assert done.returncode == 0, done.stderr
    site = tmp_path / "site"
    assert not (site / "pagefind").exists()
    assert not (site / "search").exists()
    assert "Search index" not in done.stdout
    assert soup_of(site / "index.html").select("form.search-box") == []


def test_a_missing_pagefind_binary_is_a_one_line_error(tmp_path: Path) -> None:
    env = {**os.environ, "PAGEFIND_BINARY_PATH": str(tmp_path / "no-such-pagefind")}
    done = run_build(tmp_path, env=env)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1, done.stderr
    assert "pagefind binary not found" in done.stderr
    assert "pip install 'pagefind[bin]'" in done.stderr
    assert not (tmp_path / "site").exists()


def test_a_missing_pagefind_package_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pagefind", None)
    monkeypatch.setitem(sys.modules, "pagefind.index", None)
    with pytest.raises(BuildError, match=r"pagefind is not installed; install it with: pip"):
        search.index_site(tmp_path, Config(root=tmp_path))


def test_search_off_does_not_need_pagefind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pagefind", None)
    assert search.index_site(tmp_path, Config(root=tmp_path, search=False)) is None


def test_indexing_also_works_from_inside_a_running_event_loop(tmp_path: Path) -> None:
    import asyncio

    page = '<html lang="en"><body><main data-pagefind-body><h1>Hello</h1><p>world</p></main>'
    (tmp_path / "index.html").write_text(page, encoding="utf-8")

    async def inside_loop() -> search.SearchStats | None:
        return search.index_site(tmp_path, Config(root=tmp_path))

    stats = asyncio.run(inside_loop())
    assert stats is not None and stats.pages == 1
    assert stats.index_bytes == search.tree_bytes(tmp_path / "pagefind") > 0
