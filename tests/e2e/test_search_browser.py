"""The /search/ page in Chromium, against a built site on a real local HTTP server."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from playwright.sync_api import Dialog, Page, expect
from support import write_markdown

from site_gen.cli import main as cli
from site_gen.render import search

# Chromium and a built site are module fixtures: under xdist one worker sets them up once.
pytestmark = pytest.mark.xdist_group("test_search_browser")

RARE_WORD = "vexwuldrim"  # made up; no generated word starts with "ve"
RARE_COUNT = 7
CORPUS_SIZE = 300
INJECTION_WORD = "qwzinject"
INJECTION_TITLE = 'Markup <b>bold</b> & <script>alert("title")</script> ' + INJECTION_WORD
INJECTION_BODY = "<script>alert(1)</script>"
SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "ta", "so", "pi", "da", "fe", "go", "hu", "bo")
SECTIONS = ("World", "Business", "Sport", "Science")
TAGS = ("Climate", "Elections", "Markets", "Football", "Space", "Health")


@dataclass(frozen=True)
class Corpus:
    site: Path
    rare_years: tuple[int, ...]  # the year of each article holding RARE_WORD


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def _write_article(folder: Path, number: int, rng: random.Random, has_rare_word: bool) -> int:
    """One generated Markdown article; returns its year."""
    published = datetime(2019, 1, 1, 8, tzinfo=UTC) + timedelta(hours=number * 53)
    paragraphs = [" ".join(_word(rng) for _ in range(40)) for _ in range(3)]
    if has_rare_word:
        paragraphs[1] = f"{paragraphs[1]} {RARE_WORD} {_word(rng)}."
    write_markdown(
        folder,
        f"{number:04d}.md",
        title=f"Report {number} {_word(rng)} {_word(rng)}",
        date=published.isoformat(),
        section=SECTIONS[number % len(SECTIONS)],
        tags=rng.sample(TAGS, 2),
        body="\n\n".join(paragraphs),
    )
    return published.year


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, build: Callable[..., str]) -> Corpus:
    """CORPUS_SIZE generated Markdown articles, RARE_WORD in exactly RARE_COUNT of them."""
    root = tmp_path_factory.mktemp("corpus")
    sources = root / "articles"
    rng = random.Random(20221211)
    rare = set(rng.sample(range(CORPUS_SIZE), RARE_COUNT))
    years = [_write_article(sources, n, rng, n in rare) for n in range(CORPUS_SIZE)]
    write_markdown(
        sources,
        "injection.md",
        title=INJECTION_TITLE,
        date="2023-06-01T12:00:00+00:00",
        section="World",
        body=f"{INJECTION_WORD} shows {INJECTION_BODY} and <img src=x onerror=alert(2)> "
        f"as text, {INJECTION_WORD}.",
    )
    build(sources, root / "site")
    return Corpus(root / "site", tuple(years[n] for n in sorted(rare)))


@pytest.fixture(scope="module")
def sharded_corpus(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """The corpus built again in bundles of at most 100 pages (quarters or months, not
    years), as a 100,000-article site is: the build run here, its bundle size lowered."""
    site = tmp_path_factory.mktemp("sharded") / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search, "SHARD_PAGES", 100)
        result = CliRunner().invoke(cli, ["build", str(corpus.site.parent / "articles"), "-o", str(site), "-q"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert list(site.glob("pagefind-2019-*")) and not (site / "pagefind-2019").exists()
    assert len(list(site.glob("pagefind*/fragment/*"))) == CORPUS_SIZE + 1
    return Corpus(site, corpus.rare_years)


def test_typing_finds_the_seed_article_and_the_section_filter_keeps_it(
    page: Page, seed_site: Path, serve: Callable[[Path], str]
) -> None:
    base = serve(seed_site)
    page.goto(f"{base}/search/")
    page.locator("#search-query").fill("Kirby")
    results = page.locator("[data-search-results] > li")
    expect(results).to_have_count(1)
    expect(results.first.locator("a")).to_have_text(
        "US says Russia providing ‘unprecedented’ military support to Iran"
    )
    expect(results.first.locator(".section-label")).to_have_text("World+Biz")
    expect(results.first.locator("time")).to_have_text("11 December 2022")
    expect(results.first.locator(".search-excerpt mark").first).to_have_text("Kirby")
    expect(page).to_have_url(f"{base}/search/?q=Kirby")

    page.locator("select[name=section]").select_option("World+Biz")
    expect(page).to_have_url(f"{base}/search/?q=Kirby&section=World%2BBiz")
    expect(results).to_have_count(1)
    expect(results.first.locator("a")).to_have_attribute(
        "href", "/2022/12/11/us-says-russia-providing-unprecedented-military-support-to-iran/"
    )

    page.go_back()
    expect(page).to_have_url(f"{base}/search/?q=Kirby")
    expect(page.locator("select[name=section]")).to_have_value("")
    expect(results).to_have_count(1)


def test_a_linked_query_shows_results_on_load(
    page: Page, seed_site: Path, serve: Callable[[Path], str]
) -> None:
    page.goto(f"{serve(seed_site)}/search/?q=Kirby")
    expect(page.locator("#search-query")).to_have_value("Kirby")
    expect(page.locator("[data-search-results] > li")).to_have_count(1)
    expect(page.locator("[data-search-status]")).to_have_text("1 article matches “Kirby”.")


def test_a_query_without_matches_says_so(
    page: Page, seed_site: Path, serve: Callable[[Path], str]
) -> None:
    page.goto(f"{serve(seed_site)}/search/?q=zzyzxqq")
    expect(page.locator("[data-search-status]")).to_have_text("No articles match “zzyzxqq”.")
    expect(page.locator("[data-search-results] > li")).to_have_count(0)


@pytest.mark.parametrize("site", ["corpus", "sharded_corpus"])
def test_the_rare_word_is_found_in_exactly_its_articles(
    page: Page, site: str, request: pytest.FixtureRequest, serve: Callable[[Path], str]
) -> None:
    corpus: Corpus = request.getfixturevalue(site)
    page.goto(f"{serve(corpus.site)}/search/")
    # the page's own script has merged any shards into the same pagefind module by then
    expect(page.locator("body[data-search-ready]")).to_have_count(1)
    count_for = """async ([word, filters]) => {
        const pagefind = await import("/pagefind/pagefind.js");
        const search = await pagefind.search(word, { filters });
        return search.results.length;
    }"""
    assert page.evaluate(count_for, [RARE_WORD, {}]) == RARE_COUNT
    for year in sorted(set(corpus.rare_years)):
        expected = corpus.rare_years.count(year)
        assert page.evaluate(count_for, [RARE_WORD, {"year": str(year)}]) == expected


@pytest.mark.parametrize("site", ["corpus", "sharded_corpus"])
def test_sort_by_date_lists_newest_first(
    page: Page, site: str, request: pytest.FixtureRequest, serve: Callable[[Path], str]
) -> None:
    built: Corpus = request.getfixturevalue(site)
    page.goto(f"{serve(built.site)}/search/?q={RARE_WORD}&sort=date")
    results = page.locator("[data-search-results] > li")
    expect(results).to_have_count(RARE_COUNT)
    expect(page.locator("select[name=sort]")).to_have_value("date")
    shown = [results.nth(i).locator("time").get_attribute("datetime") for i in range(RARE_COUNT)]
    stamps = [datetime.fromisoformat(value or "") for value in shown]
    assert stamps == sorted(stamps, reverse=True)


def test_markup_in_titles_and_bodies_shows_as_text(
    page: Page, corpus: Corpus, serve: Callable[[Path], str]
) -> None:
    dialogs: list[str] = []

    def record(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    page.goto(f"{serve(corpus.site)}/search/?q={INJECTION_WORD}")
    results = page.locator("[data-search-results] > li")
    expect(results).to_have_count(1)
    expect(results.first.locator("h2 a")).to_have_text(INJECTION_TITLE)
    expect(results.first.locator(".search-excerpt")).to_contain_text(INJECTION_BODY)
    expect(results.first.locator(".search-excerpt")).to_contain_text("<img src=x")
    assert results.first.locator("script, img, b").count() == 0
    assert dialogs == []
