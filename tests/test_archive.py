"""The browsable archive, checked on a generated corpus by parsing the built HTML."""

from __future__ import annotations

import importlib.util
import re
import shutil
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from bs4 import BeautifulSoup
from support import REPO, page, run_cli, soup_of, write_markdown

# A built site is a module fixture: under xdist one worker builds it once for all tests.
pytestmark = pytest.mark.xdist_group("test_archive")

PER_PAGE = 7


def _corpus_module():
    spec = importlib.util.spec_from_file_location("corpus", REPO / "bench" / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    import sys

    sys.modules["corpus"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    _corpus_module().generate(root / "content", 90, seed=5, words=120)
    (root / "site.toml").write_text(
        f'[site]\nsources = ["content"]\noutput = "public"\nper_page = {PER_PAGE}\n'
    )
    return root


@pytest.fixture(scope="module")
def site(corpus: Path) -> Path:
    run = run_cli("build", cwd=corpus)
    assert run.code == 0, run.err
    return corpus / "public"


def article_urls(site: Path) -> list[str]:
    return sorted(
        "/" + str(p.parent.relative_to(site)) + "/"
        for p in site.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html")
        if not p.parent.name.isdigit() and p.parent.name != "page"
    )


def walk_list(site: Path, first_url: str) -> tuple[list[str], list[str]]:
    """Follow rel=next from a list's first URL; (article links in order, page urls)."""
    links: list[str] = []
    pages: list[str] = []
    url: str | None = first_url
    while url:
        pages.append(url)
        doc = page(site, url)
        links += [a["href"] for a in doc.select(".items .item-title a")]
        older = doc.select_one('.pager a[rel="next"]')
        url = older["href"] if older else None
        assert len(pages) < 500
    return links, pages


def published_of(site: Path, url: str) -> str:
    return page(site, url).select_one(".published time")["datetime"]


def test_home_lists_every_article_once_newest_first(site: Path) -> None:
    links, pages = walk_list(site, "/")
    assert sorted(links) == article_urls(site)
    assert len(links) == len(set(links))
    dates = [published_of(site, url) for url in links]
    from datetime import datetime

    parsed = [datetime.fromisoformat(d) for d in dates]
    assert parsed == sorted(parsed, reverse=True)
    assert len(pages) == -(-len(links) // PER_PAGE) - (0 if len(links) % PER_PAGE == 0 else 1)


def test_numbered_pages_are_counted_from_the_oldest(site: Path) -> None:
    links, _ = walk_list(site, "/")
    oldest_page = page(site, "/page/1/")
    first = [a["href"] for a in oldest_page.select(".items .item-title a")]
    assert first == links[-PER_PAGE:]
    assert "Page 1" in oldest_page.select_one(".page-count").get_text()


def test_section_tag_author_pages_match_articles(site: Path) -> None:
    expected: dict[str, Counter[str]] = {
        "sections": Counter(),
        "tags": Counter(),
        "authors": Counter(),
    }
    members: dict[tuple[str, str], set[str]] = {}
    for url in article_urls(site):
        doc = page(site, url)
        section = doc.select_one(".kicker a")
        hrefs = {"sections": [section["href"]] if section else []}
        hrefs["tags"] = [a["href"] for a in doc.select(".tags a")]
        hrefs["authors"] = [a["href"] for a in doc.select(".byline a")]
        for kind, found in hrefs.items():
            for href in set(found):
                expected[kind][href] += 1
                members.setdefault((kind, href), set()).add(url)
    for kind, counts in expected.items():
        index = page(site, f"/{kind}/")
        rows = {
            row.select_one("a")["href"]: int(row.select_one("td.num").get_text().replace(",", ""))
            for row in index.select("tbody tr")
        }
        assert rows == dict(counts), kind
        for href in counts:
            listed, _ = walk_list(site, href)
            assert set(listed) == members[(kind, href)], href
            assert len(listed) == len(set(listed))


def test_tags_sorted_by_name_and_by_count(site: Path) -> None:
    by_name = [a.get_text() for a in page(site, "/tags/").select("tbody a")]
    by_count_rows = page(site, "/tags/by-count/").select("tbody tr")
    counts = [int(r.select_one("td.num").get_text()) for r in by_count_rows]
    assert counts == sorted(counts, reverse=True)
    assert sorted(by_name, key=str.lower) == sorted(
        [r.select_one("a").get_text() for r in by_count_rows], key=str.lower
    )


def test_date_archives_count_and_link_only_to_periods_with_articles(site: Path) -> None:
    overview = page(site, "/archive/")
    total = 0
    for cell in overview.select(".archive-grid td a"):
        month_url = cell["href"]
        links, _ = walk_list(site, month_url)
        assert len(links) == int(cell.get_text())
        assert all(link.startswith(month_url) for link in links)
        total += len(links)
    assert total == len(article_urls(site))
    for year_dir in site.glob("[0-9][0-9][0-9][0-9]"):
        doc = page(site, f"/{year_dir.name}/")
        for a in doc.select(".period-nav a"):
            assert (site / a["href"].strip("/") / "index.html").exists()


def test_every_internal_link_resolves(site: Path) -> None:
    missing = []
    for html in site.rglob("*.html"):
        url = "/" + str(html.relative_to(site))
        # lxml's parser finds the same links as html5lib's in a third of the time; the
        # markup itself is checked by the Nu validator and the parsing tests
        for a in BeautifulSoup(html.read_text("utf-8"), "lxml").find_all(["a", "link"], href=True):
            target = urlparse(urljoin(url, a["href"]))
            if target.scheme or target.netloc or a.get("rel") == ["alternate"]:
                continue
            path = site / target.path.lstrip("/")
            if target.path.endswith("/"):
                path = path / "index.html"
            if target.path.startswith("/search/") or target.path.startswith("/livereload"):
                continue
            if not path.exists():
                missing.append(f"{url} -> {a['href']}")
    assert missing == []


def test_adding_an_article_changes_only_the_newest_pages(corpus: Path, tmp_path: Path) -> None:
    work = tmp_path / "site"
    shutil.copytree(corpus / "content", work / "content")
    (work / "site.toml").write_text((corpus / "site.toml").read_text())
    assert run_cli("build", cwd=work).code == 0
    before = {p: p.read_bytes() for p in (work / "public").rglob("index.html")}
    write_markdown(
        work / "content",
        "zz-new.md",
        title="A brand new story",
        date="2030-01-01T10:00:00+06:00",
        section="Sports",
        tags=["Cricket"],
        author="New Writer",
    )
    assert run_cli("build", cwd=work).code == 0
    after = {p: p.read_bytes() for p in (work / "public").rglob("index.html")}
    changed = sorted(
        str(p.relative_to(work / "public")) for p in before if before[p] != after.get(p)
    )
    numbered = [c for c in changed if re.search(r"(^|/)page/\d+/index.html$", c)]
    total_pages = len(list((work / "public" / "page").iterdir()))
    # Only the page that was topped into "/" may change (its "newer" link now points to
    # a numbered page); every older page keeps its bytes.
    assert [c for c in numbered if c.startswith("page/")] in (
        [],
        [f"page/{total_pages - 1}/index.html"],
    ), changed
    assert "page/1/index.html" not in changed


def test_same_title_same_day_gets_distinct_urls(tmp_path: Path) -> None:
    for name in ("a.md", "b.md"):
        write_markdown(tmp_path / "src", name, title="Same title", date="2023-01-01T10:00:00+06:00")
    run = run_cli("build", str(tmp_path / "src"), "-o", str(tmp_path / "out"))
    assert run.code == 0, run.err
    urls = article_urls(tmp_path / "out")
    assert urls == ["/2023/01/01/same-title-2/", "/2023/01/01/same-title/"]


def test_sections_differing_in_case_share_a_page(tmp_path: Path) -> None:
    write_markdown(
        tmp_path / "src", "a.md", title="One", date="2023-01-01T10:00:00+06:00", section="World+Biz"
    )
    write_markdown(
        tmp_path / "src", "b.md", title="Two", date="2023-01-02T10:00:00+06:00", section="world biz"
    )
    write_markdown(
        tmp_path / "src",
        "c.md",
        title="Three",
        date="2023-01-03T10:00:00+06:00",
        section="World+Biz",
    )
    assert run_cli("build", str(tmp_path / "src"), "-o", str(tmp_path / "out")).code == 0
    sections = page(tmp_path / "out", "/sections/").select("tbody tr")
    assert len(sections) == 1
    assert sections[0].select_one("a").get_text() == "World+Biz"
    assert sections[0].select_one("td.num").get_text() == "3"


def test_article_has_related_and_neighbours(site: Path) -> None:
    urls = article_urls(site)
    with_related = 0
    for url in urls:
        doc = page(site, url)
        related = doc.select(".related li a")
        assert len(related) <= 5
        assert url not in [a["href"] for a in related]
        with_related += bool(related)
        assert doc.select('.story-nav a[rel="prev"]') or doc.select('.story-nav a[rel="next"]')
    assert with_related > len(urls) // 2


def test_404_page(site: Path) -> None:
    doc = soup_of(site / "404.html")
    assert doc.find("h1").get_text() == "Page not found"
