"""sitemap.xml, the sitemap index, the news sitemap and robots.txt, checked against XSDs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest
from corpus_helpers import (
    BASE_URL,
    HOSTILE_TITLE,
    SCHEMAS,
    build,
    make_article,
    write_article,
    write_config,
)
from lxml import etree

from site_gen.core.config import Config
from site_gen.core.model import Article, ArticleRef, Listing, Page, PlainPage, TermListPage
from site_gen.render.sitemap import URLS_PER_SITEMAP, base_url_warning, news_urls, sitemap_files

# A built site is a module fixture: under xdist one worker builds it once for all tests.
pytestmark = pytest.mark.xdist_group("test_sitemap")

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
NEWS = {"news": "http://www.google.com/schemas/sitemap-news/0.9"}


@cache
def schema(name: str) -> etree.XMLSchema:
    if name == "news":
        # The urlset schema checks <news:news> strictly, so it needs both schemas at once.
        wrapper = f"""<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
          <xsd:import namespace="{NS["sm"]}" schemaLocation="{(SCHEMAS / "sitemap.xsd").as_uri()}"/>
          <xsd:import namespace="{NEWS["news"]}"
                      schemaLocation="{(SCHEMAS / "sitemap-news.xsd").as_uri()}"/>
        </xsd:schema>"""
        return etree.XMLSchema(etree.fromstring(wrapper.encode()))
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


def valid(data: bytes, schema_name: str) -> etree._Element:
    root = etree.fromstring(data)
    checker = schema(schema_name)
    assert checker.validate(root), checker.error_log.last_error
    return root


def locs(root: etree._Element) -> list[str]:
    return [str(loc.text) for loc in root.iterfind(".//sm:loc", NS)]


def make_site(root: Path, **site: object) -> Path:
    published = ["2024-03-01T08:00:00+05:30", "2024-03-05T09:00:00+00:00", "2024-03-06T12:00:00Z"]
    for number, date in enumerate(published):
        write_article(
            root / "articles",
            f"{number}.md",
            title=f"Story {number}",
            date=date,
            section="World",
            tags=["Iran"],
            author=["Ada Lovelace"],
        )
    write_config(root, title="Sitemap Test", **site)
    result = build(root, "articles")
    assert result.code == 0, result.err
    return root / "_site"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_site(tmp_path_factory.mktemp("sitemap"), base_url=BASE_URL + "/")


def test_sitemap_is_valid_and_lists_every_html_page_but_404(site: Path) -> None:
    root = valid((site / "sitemap.xml").read_bytes(), "sitemap.xsd")
    expected = set()
    for html in site.rglob("*.html"):
        relative = html.relative_to(site).as_posix()
        if relative == "404.html":
            continue
        assert relative.endswith("index.html")
        expected.add(BASE_URL + "/" + relative.removesuffix("index.html"))
    listed = locs(root)
    assert len(listed) == len(set(listed))
    assert set(listed) == expected


def test_lastmod_of_articles_and_lists(site: Path) -> None:
    root = valid((site / "sitemap.xml").read_bytes(), "sitemap.xsd")
    lastmod = {
        str(url.findtext("sm:loc", namespaces=NS)): url.findtext("sm:lastmod", namespaces=NS)
        for url in root.iterfind("sm:url", NS)
    }
    assert lastmod[BASE_URL + "/2024/03/01/story-0/"] == "2024-03-01T08:00:00+05:30"
    assert lastmod[BASE_URL + "/"] == "2024-03-06T12:00:00+00:00"
    assert lastmod[BASE_URL + "/sections/world/"] == "2024-03-06T12:00:00+00:00"
    assert lastmod[BASE_URL + "/tags/"] is None  # an index of names has no date of its own


def test_news_sitemap_covers_two_days_before_the_newest_article(site: Path) -> None:
    root = valid((site / "sitemap-news.xml").read_bytes(), "news")
    assert locs(root) == [BASE_URL + "/2024/03/06/story-2/", BASE_URL + "/2024/03/05/story-1/"]
    assert root.findtext(".//news:publication/news:name", namespaces=NEWS) == "Sitemap Test"
    assert root.findtext(".//news:language", namespaces=NEWS) == "en"


def test_build_time_sets_the_news_window(tmp_path: Path) -> None:
    site = make_site(
        tmp_path, base_url=BASE_URL, build_time="2024-03-02T00:00:00+00:00", news_sitemap_days=3
    )
    root = valid((site / "sitemap-news.xml").read_bytes(), "news")
    assert locs(root) == [BASE_URL + "/2024/03/01/story-0/"]


def test_robots_txt_points_at_the_sitemaps(site: Path) -> None:
    lines = (site / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert "User-agent: *" in lines
    assert f"Sitemap: {BASE_URL}/sitemap.xml" in lines
    assert f"Sitemap: {BASE_URL}/sitemap-news.xml" in lines


def test_no_base_url_skips_sitemaps_and_warns_once(tmp_path: Path) -> None:
    for number in range(3):
        write_article(tmp_path / "articles", f"{number}.md", title=f"S{number}", date="2024-01-01")
    write_config(tmp_path)
    result = build(tmp_path, "articles")
    assert result.code == 0, result.err
    site = tmp_path / "_site"
    assert not (site / "sitemap.xml").exists()
    assert not (site / "sitemap-news.xml").exists()
    assert "Sitemap:" not in (site / "robots.txt").read_text(encoding="utf-8")
    warned = [line for line in result.err.splitlines() if "base_url" in line]
    assert len(warned) == 1
    assert (site / "feed.xml").is_file()
    assert base_url_warning(Config(base_url=BASE_URL)) is None


def test_bad_build_time_is_a_config_error(tmp_path: Path) -> None:
    write_article(tmp_path / "articles", "a.md", title="A", date="2024-01-01")
    write_config(tmp_path, base_url=BASE_URL, build_time="yesterday")
    result = build(tmp_path, "articles")
    assert result.code == 2
    assert 'site.toml: [site] build_time: "yesterday" is not an ISO 8601 date-time' in result.err


def _ref(day: int) -> ArticleRef:
    published = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=day)
    return ArticleRef("/x/", "x", published, None, None, (), (), "")


def test_past_50000_urls_sitemap_becomes_an_index(tmp_path: Path) -> None:
    def listing(day: int) -> Listing:  # page_lastmod reads a list page's items
        return Listing(1, 1, "/p/", (_ref(day),), None, None, True)

    count = URLS_PER_SITEMAP + 1
    pages: list[Page] = [
        TermListPage(f"p/{n}/index.html", listing(n % 900), "P", "tag", 1) for n in range(count)
    ]
    pages.append(PlainPage("404.html", "404.html"))
    files = dict(sitemap_files([], pages, Config(root=tmp_path, base_url=BASE_URL)))
    index = valid(files["sitemap.xml"], "siteindex.xsd")
    assert etree.QName(index).localname == "sitemapindex"
    children = locs(index)
    assert children == [f"{BASE_URL}/sitemaps/sitemap-1.xml", f"{BASE_URL}/sitemaps/sitemap-2.xml"]
    listed: list[str] = []
    for number in (1, 2):
        child = valid(files[f"sitemaps/sitemap-{number}.xml"], "sitemap.xsd")
        listed += locs(child)
    assert len(listed) == count
    assert listed[-1] == f"{BASE_URL}/p/{count - 1}/"
    assert index.findtext("sm:sitemap/sm:lastmod", namespaces=NS) == "2026-06-18T00:00:00+00:00"
    assert "sitemaps/sitemap-2.xml" in files and "sitemaps/sitemap-3.xml" not in files


def test_hostile_titles_stay_text_in_the_news_sitemap(tmp_path: Path) -> None:
    write_article(tmp_path / "articles", "h.md", title=HOSTILE_TITLE, date="2024-01-01T10:00:00Z")
    write_config(tmp_path, base_url=BASE_URL, title=HOSTILE_TITLE)
    assert build(tmp_path, "articles").code == 0
    root = valid((tmp_path / "_site/sitemap-news.xml").read_bytes(), "news")
    assert root.findtext(".//news:title", namespaces=NEWS) == HOSTILE_TITLE
    assert root.findtext(".//news:name", namespaces=NEWS) == HOSTILE_TITLE
    valid((tmp_path / "_site/sitemap.xml").read_bytes(), "sitemap.xsd")


def test_news_sitemap_ignores_future_articles(tmp_path: Path) -> None:
    def article(day: int) -> Article:
        published = datetime(2024, 1, day, tzinfo=UTC)
        return make_article(source=f"{day}.md", published=published, url=f"/{day}/")

    config = Config(root=tmp_path, base_url=BASE_URL, build_time="2024-01-05T00:00:00")
    found = news_urls([article(d) for d in range(1, 10)], config)
    assert [u.loc for u in found] == [f"{BASE_URL}/5/", f"{BASE_URL}/4/", f"{BASE_URL}/3/"]
