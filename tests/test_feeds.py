"""Atom and RSS feeds, read back with feedparser as a feed reader would."""

from __future__ import annotations

import calendar
import html
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup
from corpus_helpers import (
    BASE_URL,
    HOSTILE,
    HOSTILE_TITLE,
    build,
    make_article,
    write_article,
    write_config,
    write_hostile_article,
)

from site_gen.core.config import Config
from site_gen.core.model import PlainPage
from site_gen.engine.build import site_info
from site_gen.render.feeds import entry_id, feed_files, source_key
from site_gen.render.pages import render_page
from site_gen.render.theme import theme_for

# A built site is a module fixture: under xdist one worker builds it once for all tests.
pytestmark = pytest.mark.xdist_group("test_feeds")

# (file, title, date with offset, section, tags)
CORPUS = [
    ("a.md", "Oldest story", "2024-03-01T08:00:00+05:30", "World", ["Iran", "Oil"]),
    ("b.md", "Middle story", "2024-03-02T09:15:00-04:00", "Sport", ["Cricket"]),
    ("c.md", "Newer story", "2024-03-03T23:30:00+00:00", "World", ["Iran"]),
    ("d.md", "Newest story", "2024-03-04T10:45:00+09:00", "Business", ["Oil"]),
]


def make_site(root: Path, **site: object) -> Path:
    for name, title, date, section, tags in CORPUS:
        write_article(
            root / "articles",
            name,
            title=title,
            date=date,
            section=section,
            tags=tags,
            author=["Ada Lovelace"],
            summary=f"Summary of {title}",
        )
    write_config(root, base_url=BASE_URL, title="Feed Test", **site)
    result = build(root, "articles")
    assert result.code == 0, result.err
    return root / "_site"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_site(tmp_path_factory.mktemp("feeds"), feed_entries=3)


def parse(path: Path) -> feedparser.FeedParserDict:
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def test_site_atom_and_rss_are_newest_first_and_limited(site: Path) -> None:
    for name, version in (("feed.xml", "atom10"), ("rss.xml", "rss20")):
        parsed = parse(site / name)
        assert parsed.version == version
        titles = [e.title for e in parsed.entries]
        assert titles == ["Newest story", "Newer story", "Middle story"]


def test_dates_keep_their_offsets_and_instants(site: Path) -> None:
    atom = parse(site / "feed.xml")
    newest = atom.entries[0]
    assert newest.published == "2024-03-04T10:45:00+09:00"
    expected = datetime(2024, 3, 4, 1, 45, tzinfo=UTC)
    assert calendar.timegm(newest.published_parsed) == expected.timestamp()
    rss = parse(site / "rss.xml")
    assert calendar.timegm(rss.entries[0].published_parsed) == expected.timestamp()
    assert rss.entries[0].published.endswith("+0900")


def test_entries_have_tag_ids_authors_categories_and_links(site: Path) -> None:
    atom = parse(site / "feed.xml")
    entry = atom.entries[0]
    assert entry.id.startswith("tag:news.example.org,2024-03-04:")
    assert entry.author == "Ada Lovelace"
    assert [t.term for t in entry.tags] == ["Business", "Oil"]
    assert entry.link.startswith(BASE_URL + "/2024/03/04/")
    assert (site / entry.link.removeprefix(BASE_URL).strip("/") / "index.html").is_file()
    assert len({e.id for e in atom.entries}) == 3
    rss_ids = [e.id for e in parse(site / "rss.xml").entries]
    assert rss_ids == [e.id for e in atom.entries]


def test_full_content_is_in_the_feed_by_default(site: Path) -> None:
    entry = parse(site / "feed.xml").entries[0]
    assert entry.content[0].type == "text/html"
    assert "Some text." in entry.content[0].value
    assert entry.summary == "Summary of Newest story"


def test_summary_only_feeds(tmp_path: Path) -> None:
    site = make_site(tmp_path, feed_full_content=False)
    entry = parse(site / "feed.xml").entries[0]
    assert "content" not in entry
    assert entry.summary == "Summary of Newest story"


def test_section_and_tag_feeds_list_their_members(site: Path) -> None:
    world = parse(site / "sections/world/feed.xml")
    assert [e.title for e in world.entries] == ["Newer story", "Oldest story"]
    oil = parse(site / "tags/oil/feed.xml")
    assert [e.title for e in oil.entries] == ["Newest story", "Oldest story"]
    assert oil.feed.link == BASE_URL + "/tags/oil/"


def test_feeds_are_advertised_on_their_pages(site: Path) -> None:
    def alternates(page: Path) -> list[str]:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html5lib")
        links = soup.find_all("link", rel="alternate", type="application/atom+xml")
        return [str(link["href"]) for link in links]

    assert BASE_URL + "/feed.xml" in alternates(site / "index.html")
    section_links = alternates(site / "sections/world/index.html")
    assert section_links[0] == BASE_URL + "/sections/world/feed.xml"
    assert alternates(site / "tags/oil/index.html")[0] == BASE_URL + "/tags/oil/feed.xml"


def test_ids_survive_a_title_edit(tmp_path: Path) -> None:
    common = {"date": "2024-03-01T08:00:00+01:00", "section": "World"}
    write_article(tmp_path / "articles", "story.md", title="First headline", **common)
    write_config(tmp_path, base_url=BASE_URL)
    assert build(tmp_path, "articles").code == 0
    before = parse(tmp_path / "_site/feed.xml").entries[0]
    write_article(tmp_path / "articles", "story.md", title="Corrected headline", **common)
    assert build(tmp_path, "articles").code == 0
    after = parse(tmp_path / "_site/feed.xml").entries[0]
    assert (before.title, after.title) == ("First headline", "Corrected headline")
    assert before.link != after.link  # the slug followed the title...
    assert before.id == after.id  # ...the id did not


def test_hostile_strings_come_back_as_literal_text(tmp_path: Path) -> None:
    write_hostile_article(tmp_path / "articles", [HOSTILE[0], HOSTILE[2]])
    write_config(tmp_path, base_url=BASE_URL)
    assert build(tmp_path, "articles").code == 0
    for name in ("feed.xml", "rss.xml"):
        entry = parse(tmp_path / "_site" / name).entries[0]
        assert entry.title == HOSTILE_TITLE
        assert html.unescape(entry.summary) == HOSTILE_TITLE  # summaries are HTML
        terms = [t.term for t in entry.tags]
        assert terms[0] == HOSTILE[1]
        assert set(HOSTILE) <= set(terms)
        assert [a.name for a in entry.authors] == [HOSTILE[0], HOSTILE[2]]


def test_control_characters_never_reach_the_xml(tmp_path: Path) -> None:
    article = make_article(
        title="Bell\x07 and form\x0c feed", summary="nul\x00 here", body_html="<p>x\x1b</p>"
    )
    files = dict(feed_files([article], Config(root=tmp_path)))
    parsed = feedparser.parse(files["feed.xml"])
    assert not parsed.bozo
    assert parsed.entries[0].title == "Bell and form feed"


def test_entry_id_ignores_title_and_absolute_root(tmp_path: Path) -> None:
    config = Config(root=tmp_path, base_url=BASE_URL)
    assert source_key(str(tmp_path / "a" / "b.md"), tmp_path) == "a/b.md"
    assert source_key("a/b.md", tmp_path) == "a/b.md"
    article = make_article(
        source="a/b.md",
        published=datetime(2024, 1, 1, 23, 30, tzinfo=UTC),
        timezone="Asia/Tokyo",  # the local date is already 2 January
    )
    same = entry_id(article, config)
    assert same.startswith("tag:news.example.org,2024-01-02:")
    from dataclasses import replace

    assert entry_id(replace(article, title="Two", slug="two"), config) == same
    assert entry_id(replace(article, source=str(tmp_path / "a/b.md")), config) == same


def test_a_page_can_name_its_own_feed(tmp_path: Path) -> None:
    config = Config(root=tmp_path, base_url=BASE_URL)
    page = PlainPage("special/index.html", "404.html", feed_url="/special/feed.xml")
    html = render_page(page, site_info(config), theme_for(config))
    links = BeautifulSoup(html, "html5lib").find_all("link", type="application/atom+xml")
    assert [str(link["href"]) for link in links] == [
        BASE_URL + "/special/feed.xml",
        BASE_URL + "/feed.xml",
    ]
