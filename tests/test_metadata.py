"""Page metadata: title, description, canonical, Open Graph, Twitter card, JSON-LD."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import extruct
import pytest
from bs4 import BeautifulSoup
from corpus_helpers import (
    BASE_URL,
    HOSTILE,
    HOSTILE_TITLE,
    REPO,
    build,
    write_config,
    write_hostile_article,
)

from site_gen.render.pages import json_ld_script

# A built site is a module fixture: under xdist one worker builds it once for all tests.
pytestmark = pytest.mark.xdist_group("test_metadata")


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html5lib")


def canonical(doc: BeautifulSoup) -> str | None:
    link = doc.find("link", rel="canonical")
    return None if link is None else str(link["href"])


def text_of(doc: BeautifulSoup, name: str) -> str:
    element = doc.find(name)
    assert element is not None, f"no <{name}>"
    return element.get_text()


def meta(doc: BeautifulSoup, key: str) -> list[str]:
    found = doc.find_all("meta", attrs={"property": key}) + doc.find_all(
        "meta", attrs={"name": key}
    )
    return [str(tag["content"]) for tag in found]


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("seed")
    shutil.copytree(REPO / "seeds", root / "seeds")
    write_config(root, base_url=BASE_URL, title="Seed Archive")
    result = build(root, "seeds")
    assert result.code == 0, result.err
    return root / "_site"


def seed_article(site: Path) -> Path:
    return next(site.glob("2022/12/11/*/index.html"))


def test_seed_json_ld_is_a_complete_news_article(seed_site: Path) -> None:
    page = seed_article(seed_site)
    url = BASE_URL + "/" + page.parent.relative_to(seed_site).as_posix() + "/"
    data = extruct.extract(page.read_text(encoding="utf-8"), base_url=url, syntaxes=["json-ld"])
    (item,) = [d for d in data["json-ld"] if d.get("@type") == "NewsArticle"]
    assert item["headline"] == "US says Russia providing ‘unprecedented’ military support to Iran"
    assert item["datePublished"] == "2022-12-11T09:45:00+06:00"
    assert item["dateModified"] == "2022-12-11T09:56:00+06:00"
    assert item["author"] == [
        {"@type": "Organization", "name": "TBS Report", "url": BASE_URL + "/authors/tbs-report/"}
    ]
    assert item["publisher"]["@type"] == "Organization"
    assert item["publisher"]["name"] == "The Business Standard"
    assert item["articleSection"] == "World+Biz"
    assert "Russia" in item["keywords"]
    assert item["url"] == url
    assert item["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}


def test_seed_article_head(seed_site: Path) -> None:
    page = seed_article(seed_site)
    doc = soup(page)
    url = BASE_URL + "/" + page.parent.relative_to(seed_site).as_posix() + "/"
    assert doc.title is not None and doc.title.get_text().endswith(" · Seed Archive")
    assert canonical(doc) == url
    assert meta(doc, "og:type") == ["article"]
    assert meta(doc, "og:url") == [url]
    assert meta(doc, "og:site_name") == ["Seed Archive"]
    assert meta(doc, "og:title") == [text_of(doc, "h1")]
    assert meta(doc, "og:description") == meta(doc, "description")
    assert meta(doc, "article:published_time") == ["2022-12-11T09:45:00+06:00"]
    assert meta(doc, "article:section") == ["World+Biz"]
    assert meta(doc, "twitter:card") == ["summary"]


def test_list_pages_are_websites_and_404_is_not_indexed(seed_site: Path) -> None:
    home = soup(seed_site / "index.html")
    assert meta(home, "og:type") == ["website"]
    assert canonical(home) == BASE_URL + "/"
    assert home.find("script", type="application/ld+json") is None
    missing = soup(seed_site / "404.html")
    assert meta(missing, "robots") == ["noindex"]
    assert canonical(missing) is None


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, BeautifulSoup]:
    root = tmp_path_factory.mktemp("hostile")
    write_hostile_article(root / "articles", [HOSTILE[0], HOSTILE[1]])
    write_config(root, base_url=BASE_URL)
    assert build(root, "articles").code == 0
    page = next((root / "_site/2024/03/01").glob("*/index.html"))
    text = page.read_text(encoding="utf-8")
    return text, BeautifulSoup(text, "html5lib")


def test_hostile_strings_are_text_in_html_and_attributes(
    hostile_page: tuple[str, BeautifulSoup],
) -> None:
    _, doc = hostile_page
    assert text_of(doc, "h1") == HOSTILE_TITLE
    assert doc.title is not None and doc.title.get_text().startswith(HOSTILE_TITLE)
    assert meta(doc, "og:title") == [HOSTILE_TITLE]
    assert meta(doc, "twitter:description") == [HOSTILE_TITLE]
    assert meta(doc, "article:section") == [HOSTILE[1]]
    assert meta(doc, "article:tag") == list(HOSTILE)
    assert doc.find("img", attrs={"onerror": True}) is None
    scripts = doc.find_all("script")
    assert [s.get("type") for s in scripts] == ["application/ld+json"]


def test_hostile_strings_round_trip_through_json_ld(
    hostile_page: tuple[str, BeautifulSoup],
) -> None:
    text, doc = hostile_page
    (script,) = doc.find_all("script", type="application/ld+json")
    assert script.string is not None  # one text node: nothing closed the element early
    data = json.loads(script.string)
    assert data["headline"] == HOSTILE_TITLE
    assert data["articleSection"] == HOSTILE[1]
    assert data["keywords"] == list(HOSTILE)
    assert [a["name"] for a in data["author"]] == [HOSTILE[0], HOSTILE[1]]
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)
    assert raw is not None
    assert "<" not in raw.group(1) and ">" not in raw.group(1) and "&" not in raw.group(1)


def test_json_ld_script_cannot_be_closed_from_inside() -> None:
    markup = str(json_ld_script({"a": "</script><!-- ]]> & \u2028"}))
    body = markup.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "</" not in body and "<!--" not in body
    assert json.loads(body) == {"a": "</script><!-- ]]> & \u2028"}
