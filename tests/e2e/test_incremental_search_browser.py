"""After an edit to one article's text, the search index finds its new words and no longer
its old ones; only the period bundle holding that article was indexed again."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Browser, expect
from support import run_cli, write_markdown

OLD_WORD = "plofendrix"  # made up: in the edited article before the edit only
NEW_WORD = "quorvantel"  # made up: in it after the edit only
YEARS = (1998, 2005, 2016, 2022)  # a decade each: a small site's bundles are decades
EDITED_YEAR = 2005
FIRST_WORDS = "Harbour cranes stood idle"


def _body(year: int, number: int, word: str) -> str:
    return (
        f"{FIRST_WORDS} on day {number} of {year} while the committee met. "
        "Dock workers waited for the ruling through the long afternoon.\n\n"
        f"A second paragraph adds ordinary words about {word} ships, tides and cargo."
    )


def _write_site(sources: Path) -> Path:
    """Five articles a year; returns the one that will be edited."""
    edited = sources
    for year in YEARS:
        for number in range(1, 6):
            is_edited = year == EDITED_YEAR and number == 3
            path = write_markdown(
                sources,
                f"{year}-{number}.md",
                title=f"Port report {year} number {number}",
                date=f"{year}-0{number}-1{number}T09:00:00+00:00",
                section="Business",
                author="Desk Writer",
                body=_body(year, number, OLD_WORD if is_edited else "harbour"),
            )
            edited = path if is_edited else edited
    return edited


COUNT_AND_FIRST = """async (word) => {
    const pagefind = await import("/pagefind/pagefind.js");
    const search = await pagefind.search(word);
    const first = search.results.length ? await search.results[0].data() : null;
    return [search.results.length, first && first.url, first && first.content,
            first && first.excerpt];
}"""


def _search(browser: Browser, base: str, word: str) -> list[object]:
    """Pagefind's own JavaScript on the site's /search/ page, in a fresh context (no cache)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{base}/search/")
        # the page's own script has merged the period bundles into the module by then
        expect(page.locator("body[data-search-ready]")).to_have_count(1)
        return list(page.evaluate(COUNT_AND_FIRST, word))
    finally:
        context.close()


def _inodes(bundle: Path) -> dict[str, int]:
    return {p.name: p.stat().st_ino for p in bundle.iterdir() if p.is_file()}


def test_an_edited_body_is_found_by_its_new_words_only(
    browser: Browser, tmp_path: Path, build: Callable[..., str], serve: Callable[[Path], str]
) -> None:
    sources = tmp_path / "articles"
    site = tmp_path / "site"
    edited = _write_site(sources)
    build(sources, site)
    bundles = sorted(p.name for p in site.glob("pagefind*"))
    assert bundles == ["pagefind", "pagefind-1990s", "pagefind-2000s", "pagefind-2010s"]
    before = {name: _inodes(site / name) for name in bundles}
    base = serve(site)

    count, url, _content, _excerpt = _search(browser, base, OLD_WORD)
    assert count == 1 and str(url).startswith("/2005/03/13/")
    # only the body is indexed: no section, headline or byline before its first words
    count, _url, content, excerpt = _search(browser, base, "cranes")
    assert count == len(YEARS) * 5
    assert str(content).startswith(FIRST_WORDS), content
    assert str(excerpt).startswith(FIRST_WORDS.replace("cranes", "<mark>cranes</mark>")), excerpt
    assert "Desk Writer" not in str(content) and "Business" not in str(content)
    assert re.search(r"cargo\. Port report \d{4} number \d$", str(content)), (
        content
    )  # the title, last
    assert _search(browser, base, "report")[0] == len(YEARS) * 5  # titles are still searched

    edited.write_text(edited.read_text(encoding="utf-8").replace(OLD_WORD, NEW_WORD))
    run = run_cli("build", str(sources), "-o", str(site), cwd=tmp_path, timeout=600)
    assert run.code == 0, run.err
    out = run.out
    assert "(quick rebuild)" in out
    assert "1 indexed again" in out
    after = {name: _inodes(site / name) for name in bundles}
    edited_bundle = "pagefind-2000s"
    assert (
        after[edited_bundle]["pagefind-entry.json"] != before[edited_bundle]["pagefind-entry.json"]
    )
    for name in bundles:
        if name != edited_bundle:  # the same files, linked from the previous output
            before[name].pop("shards.json", None)  # the list of bundles is always rewritten
            assert {k: after[name][k] for k in before[name]} == before[name], name

    assert _search(browser, base, OLD_WORD)[0] == 0
    count, url, _content, _excerpt = _search(browser, base, NEW_WORD)
    assert count == 1 and str(url).startswith("/2005/03/13/")
