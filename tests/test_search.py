"""The search index built by `site-gen build`, and the markup Pagefind reads."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest
from support import SEEDS, Run, page, run_cli, soup_of, write_markdown

from site_gen.core.config import Config
from site_gen.core.errors import BuildError
from site_gen.render import search
from site_gen.render.search_records import PageRecord, make_record

# A built site is a module fixture: under xdist one worker builds it once for all tests.
pytestmark = pytest.mark.xdist_group("test_search")

SEED_ARTICLE = "/2022/12/11/us-says-russia-providing-unprecedented-military-support-to-iran/"


def run_build(tmp_path: Path, config: str | None = None) -> Run:
    extra: list[str] = []
    if config is not None:
        (tmp_path / "site.toml").write_text(config, encoding="utf-8")
        extra = ["-c", str(tmp_path / "site.toml")]
    return run_cli("build", str(SEEDS), "-o", str(tmp_path / "site"), *extra, cwd=tmp_path)


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("search")
    run = run_build(root)
    assert run.code == 0, run.err
    (root / "stdout.txt").write_text(run.out, encoding="utf-8")
    return root / "site"


def test_the_build_writes_a_chunked_index_of_the_articles_only(seed_site: Path) -> None:
    index = seed_site / "pagefind"
    assert (index / "pagefind.js").is_file()
    assert (index / "pagefind-entry.json").is_file()
    assert any((index / "index").iterdir())
    # one fragment per indexed page: the article, not the home, search or 404 pages
    assert len(list((index / "fragment").iterdir())) == 1
    assert not (index / "playground").exists()
    # only what the search page uses: no ready-made UI, no wasm for absent languages
    assert not (index / "pagefind-ui.js").exists()
    assert sorted(p.name for p in index.glob("wasm.*")) == ["wasm.en.pagefind"]


def test_a_small_site_is_one_bundle_with_no_shards_to_merge(seed_site: Path) -> None:
    assert (seed_site / "pagefind" / "shards.json").read_text(encoding="utf-8") == "[]\n"
    assert not (seed_site / "pagefind-2").exists()


def test_bundles_are_periods_newest_first_split_when_full() -> None:
    def pages(*keys: str) -> list[search.IndexedPage]:
        return [search.IndexedPage(key, f"{key}/index.html") for key in keys]

    found = pages("2019-05-01", "2020-01-02", "2020-01-03", "2020-02-01", "2021-03-04")
    planned = search.plan_bundles(found, shard_pages=2)
    assert {name: [p.sort_key for p in members] for name, members in planned.items()} == {
        "pagefind": ["2021-03-04"],
        "pagefind-2020-02": ["2020-02-01"],
        "pagefind-2020-01": ["2020-01-03", "2020-01-02"],
        "pagefind-2010s": ["2019-05-01"],
    }
    assert list(planned) == ["pagefind", "pagefind-2020-02", "pagefind-2020-01", "pagefind-2010s"]
    # articles added later leave the older periods' bundles as they were
    later = search.plan_bundles(found + pages("2021-06-01", "2020-01-01"), shard_pages=2)
    assert later["pagefind-2010s"] == planned["pagefind-2010s"]
    assert later["pagefind-2020-02"] == planned["pagefind-2020-02"]
    # a small site: one bundle a decade
    assert search.plan_bundles(found, shard_pages=10) == {
        "pagefind": found[1:][::-1],
        "pagefind-2010s": found[:1],
    }
    assert search.plan_bundles([], 10) == {}


def test_a_full_year_is_split_into_quarters_and_a_full_quarter_into_months() -> None:
    keys = ("2021-01-05", "2021-02-01", "2021-05-01", "2021-08-01", "2021-08-02", "2021-09-03")
    found = [search.IndexedPage(key, f"{key}/index.html") for key in keys]
    planned = search.plan_bundles(found, shard_pages=2)
    assert {name: len(members) for name, members in planned.items()} == {
        "pagefind": 1,  # September, the newest period
        "pagefind-2021-08": 2,
        "pagefind-2021-q2": 1,
        "pagefind-2021-q1": 2,
    }
    # a month is split into days only when it holds several times a bundle's share
    many = [search.IndexedPage(f"2021-08-{d:02d}", f"{d}/index.html") for d in range(1, 10)]
    assert list(search.plan_bundles(many, shard_pages=2))[:2] == ["pagefind", "pagefind-2021-08-08"]
    assert list(search.plan_bundles(many[:8], shard_pages=2)) == ["pagefind"]


def test_the_build_summary_reports_index_size_and_time(seed_site: Path) -> None:
    stdout = (seed_site.parent / "stdout.txt").read_text(encoding="utf-8")
    line = next(line for line in stdout.splitlines() if line.startswith("Search index:"))
    assert line.startswith("Search index: 1 page, ")
    assert " in pagefind/, built in " in line
    assert line.endswith(" s")


def test_article_pages_carry_filters_sort_key_and_meta(seed_site: Path) -> None:
    article = page(seed_site, SEED_ARTICLE)
    body = article.select("[data-pagefind-body]")
    assert [element.name for element in body] == ["article"]

    def values(attribute: str, name: str) -> list[str]:
        return [e.get_text() for e in article.select(f'[{attribute}="{name}"]')]

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
        element = article.select_one(selector)
        assert element is not None and element.has_attr("data-pagefind-ignore"), selector


def test_list_and_search_pages_are_not_indexed(seed_site: Path) -> None:
    for relative in ("index.html", "search/index.html", "404.html", "archive/index.html"):
        assert soup_of(seed_site / relative).select("[data-pagefind-body]") == [], relative


def test_the_search_page_works_as_a_form_and_explains_itself_without_javascript(
    seed_site: Path,
) -> None:
    search_page = page(seed_site, "/search/")
    form = search_page.select_one("form[data-search-form]")
    assert form is not None
    assert form["action"] == "/search/" and form["method"] == "get"
    assert form.select_one("input[name=q]") is not None
    noscript = search_page.select_one("noscript")
    assert noscript is not None
    links = [a["href"] for a in noscript.select("a")]
    assert links == ["/archive/", "/sections/", "/tags/"]
    assert search_page.select_one('script[type=module][src="/static/search.js"]') is not None
    assert (seed_site / "static" / "search.js").is_file()


def test_search_off_skips_the_index_the_page_and_the_header_box(tmp_path: Path) -> None:
    run = run_build(tmp_path, "[site]\nsearch = false\n")
    assert run.code == 0, run.err
    site = tmp_path / "site"
    assert not (site / "pagefind").exists()
    assert not (site / "search").exists()
    assert "Search index" not in run.out
    assert soup_of(site / "index.html").select("form.search-box") == []


def test_a_missing_pagefind_binary_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-pagefind"))
    run = run_build(tmp_path)
    assert run.code == 1
    assert run.err.count("\n") == 1, run.err
    assert "pagefind binary not found" in run.err
    assert "pip install 'pagefind[bin]'" in run.err
    assert not (tmp_path / "site").exists()


def test_a_missing_pagefind_package_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pagefind", None)
    monkeypatch.setitem(sys.modules, "pagefind.index", None)
    monkeypatch.setitem(sys.modules, "pagefind.service", None)
    with pytest.raises(BuildError, match=r"pagefind is not installed; install it with: pip"):
        search.index_site(tmp_path, Config(root=tmp_path), [], _records())


def test_search_off_does_not_need_pagefind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pagefind", None)
    assert search.index_site(tmp_path, Config(root=tmp_path, search=False), [], _records()) is None


def _records(made: list[str] | None = None) -> search.MakeRecords:
    """Records of invented pages: the fingerprint is the page's text."""

    def make(wanted: list[search.IndexedPage]) -> dict[str, PageRecord]:
        if made is not None:
            made.extend(page.path for page in wanted)
        return {
            page.path: make_record(
                url="/" + page.path.removesuffix("index.html"),
                language="en",
                body=f"<p>{page.fingerprint}</p>",
                meta={"title": page.path},
                filters={},
                sort={"date": page.sort_key},
            )
            for page in wanted
        }

    return make


def _contents(bundle: Path) -> list[str]:
    return sorted(
        json.loads(gzip.decompress(p.read_bytes())[len(b"pagefind_dcd") :])["content"]
        for p in (bundle / "fragment").iterdir()
    )


def test_a_bundle_written_again_makes_only_the_changed_pages_records(tmp_path: Path) -> None:
    """Unchanged pages' records come from the bundle's record file; a damaged record file
    is no record file (every page is made again)."""
    kept, made = tmp_path / "kept", []
    pages = [search.IndexedPage(f"2024-01-0{n}", f"a{n}/index.html", f"first words {n}") for n in (1, 2, 3)]  # fmt: skip
    config = Config(root=tmp_path)
    stats = search.index_site(tmp_path / "one", config, pages, _records(made), kept=kept)
    assert stats is not None and stats.pages == 3 and stats.index_bytes > 0
    assert sorted(made) == ["a1/index.html", "a2/index.html", "a3/index.html"]
    made.clear()
    pages[1] = search.IndexedPage("2024-01-02", "a2/index.html", "second words 2")
    search.index_site(tmp_path / "two", config, pages, _records(made), kept=kept)
    assert made == ["a2/index.html"]
    assert _contents(tmp_path / "two" / "pagefind") == ["first words 1.", "first words 3.", "second words 2."]  # fmt: skip
    made.clear()
    (kept / "pagefind.records").write_bytes(b"\x00 not a record file")
    search.index_site(tmp_path / "three", config, pages, _records(made), kept=kept)
    assert len(made) == 3


def test_record_files_of_periods_no_longer_planned_are_dropped(tmp_path: Path) -> None:
    for name in ("pagefind.records", "pagefind-2015.records", "pagefind-2015-q1.records"):
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "pagefind-2015").mkdir()  # a page tree of an older version
    search.drop_other_records(tmp_path, {"pagefind", "pagefind-2015-q1"})
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "pagefind-2015-q1.records",
        "pagefind.records",
    ]
    search.drop_other_records(tmp_path / "missing", set())  # no records yet: nothing to do


def test_a_quick_rebuild_whose_search_records_are_gone_is_a_full_build(tmp_path: Path) -> None:
    """The record files are state, not output: without them a bundle cannot be written
    again from one changed page, so the build takes the full path, and the index holds
    the edited words."""
    sources = tmp_path / "articles"
    for number in range(3):
        write_markdown(
            sources,
            f"{number}.md",
            title=f"Report {number}",
            date=f"2024-0{number + 1}-05T09:00:00+00:00",
            body=f"Plain words of report {number}.",
        )
    site = tmp_path / "site"
    assert run_cli("build", str(sources), "-o", str(site), cwd=tmp_path).code == 0
    records = list(tmp_path.rglob("*.records"))
    assert records  # kept in the state folder, beside the output
    for record in records:
        record.unlink()
    edited = sources / "1.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Plain", "Zorbleflux"))
    run = run_cli("build", str(sources), "-o", str(site), cwd=tmp_path)
    assert run.code == 0, run.err
    assert "(quick rebuild)" not in run.out
    assert any("Zorbleflux" in text for text in _contents(site / "pagefind"))
    assert list(tmp_path.rglob("*.records"))  # made again
