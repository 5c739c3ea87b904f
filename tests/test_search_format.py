"""The search index site-gen writes against the one the Pagefind binary writes from the same
built pages: decoded (an independent CBOR decoder), they must hold the same words at the
same places with the same weights, the same fragments, filters and sort order.

The browser half of Pagefind stems and splits a query as the indexer did, so a word filed
differently here would not be found; the browser tests then search the index for real.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import cbor2
import pytest
from support import SEEDS, run_cli, write_markdown

from site_gen.render.search_pagefind import find_binary

pytestmark = pytest.mark.xdist_group("test_search_format")

# Invented articles in the shapes news text takes: headings, lists, a table, quotes,
# diacritics, hyphens, apostrophes, camel case, numbers with letters, links, code.
ARTICLES = {
    "port.md": dict(
        title="Port talks: São Paulo’s café-owners meet the e-commerce board",
        date="2021-03-04T09:30:00+06:00",
        section="Business",
        tags=["Trade"],
        body="The McDonald-style kiosks at the iPhone fair drew 2,500 visitors on 24T10 "
        "and a COVID-19 rule (for now) stayed. Cox's Bazar traders said “naïve” plans "
        "were costly.\n\n## What the board decided\n\nThe WKWebView team at Déjà Vu Ltd "
        "will *review* the [plan](https://example.org/plan) by 1st.2nd week.\n\n"
        "- first item, with a dash — here\n- second item 3.5%\n\n"
        "> A quoted line ends without a stop\n\n| Year | Tonnes |\n|---|---|\n| 2020 | 4,100 |\n\n"
        "Code like `x_y = 2` and UPPERCASE WORDS end it.",
    ),
    "rain.md": dict(
        title="Rain returns to the hills",
        date="2021-05-06T18:00:00+00:00",
        section="Weather",
        body="Rain returned to the hills on Friday, the weather office said.\n\n"
        "### Farmers wait\n\nFarmers in the north waited for more rain before planting.",
    ),
    "note.md": dict(
        title="A note with no section",
        date="2020-11-30T23:59:00-05:00",
        body="Short note: the café reopened, naïvely perhaps, after 10:00 a.m. on 30/11.",
    ),
    # Bangla (no stemmer in Pagefind: its own index, vowel signs stripped, kept as variants)
    "bangla.md": dict(
        title="ঢাকায় সারাদিন বৃষ্টি",
        date="2021-07-08T10:00:00+06:00",
        section="দেশ",
        lang="bn",
        body="রাজধানীতে আজ সকাল থেকে বৃষ্টি হচ্ছে। অনেক রাস্তায় পানি জমেছে, তবে যান চলাচল স্বাভাবিক।",
    ),
}


def _decoded(data: bytes) -> Any:
    raw = gzip.decompress(data)
    assert raw.startswith(b"pagefind_dcd"), raw[:20]
    return raw[len(b"pagefind_dcd") :]


def read_indexes(bundle: Path) -> dict[str, dict[str, Any]]:
    """Each language's index of a bundle, decoded."""
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    return {language: read_index(bundle, language) for language in entry["languages"]}


def read_index(bundle: Path, language: str = "en") -> dict[str, Any]:
    """A language's index decoded: per URL its fragment; per word {url: (text, metadata
    locations)} and its variants; filters and sorts by URL."""
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    meta_file = bundle / f"pagefind.{entry['languages'][language]['hash']}.pf_meta"
    meta = cbor2.loads(_decoded(meta_file.read_bytes()))
    urls, fragments = [], {}
    for name, word_count in meta[1]:
        fragment = json.loads(_decoded((bundle / "fragment" / f"{name}.pf_fragment").read_bytes()))
        assert fragment["word_count"] == word_count
        urls.append(fragment["url"])
        fragments[fragment["url"]] = fragment

    def by_url(pages: list[list[Any]]) -> dict[str, tuple[tuple[int, ...], tuple[int, ...]]]:
        found, number = {}, 0
        for difference, locations, meta_locations in pages:
            number += difference
            found[urls[number]] = (tuple(locations), tuple(meta_locations))
        return found

    words = {}
    for _first, _last, name in meta[2]:
        (chunk,) = cbor2.loads(_decoded((bundle / "index" / f"{name}.pf_index").read_bytes()))
        for word, pages, variants in chunk:
            words[word] = (by_url(pages), {form: by_url(p) for form, p in variants})
    filters = {}
    for _filter_name, name in meta[3]:
        decoded = cbor2.loads(_decoded((bundle / "filter" / f"{name}.pf_filter").read_bytes()))
        filters[decoded[0]] = {value: sorted(urls[n] for n in pages) for value, pages in decoded[1]}
    sorts = {name: [urls[n] for n in pages] for name, pages in meta[4]}
    return {
        "version": meta[0],
        "meta_fields": meta[5],
        "fragments": fragments,
        "words": words,
        "filters": filters,
        "sorts": sorts,
        "language": language,
        "wasm": entry["languages"][language]["wasm"],
    }


def pagefind_indexes(site: Path, into: Path) -> dict[str, dict[str, Any]]:
    """The Pagefind binary run on the built site's article pages."""
    tree = into / "pages"
    for page in site.rglob("index.html"):
        if b"data-pagefind-body" in page.read_bytes():
            target = tree / page.relative_to(site)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(page, target)
    command = [str(find_binary()), "--site", str(tree), "--output-path", str(into / "out"), "--silent"]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    return read_indexes(into / "out")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("format")
    sources = root / "articles"
    for name, fields in ARTICLES.items():
        write_markdown(sources, name, **fields)
    shutil.copy(next(SEEDS.glob("*.txt")), sources)
    run = run_cli("build", str(sources), "-o", str(root / "site"), "-q", cwd=root)
    assert run.code == 0, run.err
    return root


def test_the_index_holds_what_pagefind_writes_from_the_same_pages(built: Path) -> None:
    ours = read_indexes(built / "site" / "pagefind")
    theirs = pagefind_indexes(built / "site", built / "pagefind-run")
    assert sorted(ours) == sorted(theirs) == ["bn", "en"]
    assert sum(len(index["fragments"]) for index in ours.values()) == len(ARTICLES) + 1
    for language, index in theirs.items():
        mine = ours[language]
        assert mine["fragments"] == index["fragments"], language
        assert mine["meta_fields"] == index["meta_fields"]
        for word in index["words"].keys() | mine["words"].keys():
            assert mine["words"].get(word) == index["words"].get(word), (language, word)
        assert mine["filters"] == index["filters"]
        assert mine["sorts"] == index["sorts"]
        assert (mine["version"], mine["wasm"]) == (index["version"], index["wasm"])


def test_the_words_the_browser_looks_up_are_there(built: Path) -> None:
    """Spot checks that need no Pagefind: stems, diacritic variants, compound parts."""
    words = read_index(built / "site" / "pagefind")["words"]
    assert "farmer" in words and "rain" in words  # stemmed ("Farmers", "Rain")
    assert "cafe" in words and "café" in words["cafe"][1]  # plain key, accented variant
    assert "iphon" in words and "phone" in words  # the word and its camel-case part
    assert "ecommerc" in words and "commerc" in words  # "e-commerce" and its part
