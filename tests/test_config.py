"""site.toml problems: one line each, `site.toml: [section] key: what is wrong`, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import run_cli, write_markdown

from site_gen.core.config import DEFAULT_ALIASES, DEFAULT_URLS, Config, config_from_dict

BAD_CONFIGS = [
    ('[site]\nper_page = "20"\n', ['[site] per_page: expected an integer, got "20"']),
    ("[site]\nper_page = 0\n", ["[site] per_page: expected an integer >= 1, got 0"]),
    ("[site]\ncolour = 'red'\n", ["[site] colour: unknown key"]),
    ("[site]\nsearch = 'yes'\n", ['[site] search: expected true or false, got "yes"']),
    ("[site]\nparse_timeout = 0\n", ["[site] parse_timeout: expected a number > 0.0, got 0"]),
    ("[site]\nsources = 3\n", ["[site] sources: expected a string or a list of strings, got 3"]),
    (
        "[site]\nbuild_time = 2024-05-01T12:00:00Z\n",
        [
            "[site] build_time: expected a string, got 2024-05-01T12:00:00+00:00 (a TOML date; quote it)"
        ],
    ),
    ("[site]\ntimezone = 'Mars/Olympus'\n", ['[site] timezone: unknown time zone "Mars/Olympus"']),
    (
        "[site]\nundated = 'guess'\n",
        ['[site] undated: expected "file-time" or "skip", got "guess"'],
    ),
    (
        "[site]\nbase_url = 'news.example.org'\n",
        ['[site] base_url: must start with http:// or https://, got "news.example.org"'],
    ),
    # Until msgspec, a string here reached int() and ended as an internal error (exit 70).
    (
        "[tags]\nmax_per_article = 'eight'\n",
        ['[tags] max_per_article: expected an integer, got "eight"'],
    ),
    ("[tags]\nstop = ['Desk', 4]\n", ["[tags] stop[1]: expected a string, got 4"]),
    ("[tags]\naliases = { US = 1 }\n", ["[tags] aliases.US: expected a string, got 1"]),
    ("tags = 'none'\n", ['[tags]: expected a table, got "none"']),
    ("[urls]\npage = '/p/'\n", ["[urls] page: unknown key"]),
    (
        "[urls]\narticle = '{slug}'\n",
        ["[urls] article: must start and end with '/', got \"{slug}\""],
    ),
    ("[extras]\nx = 1\n", ["[extras]: unknown table"]),
    ("sources = 'x'\n", ['[[sources]]: expected a list, got "x"']),
    ("[publish]\npages = 3\n", ["[publish.pages]: expected a table, got 3"]),
    # Every problem is named, each on its own line, in the order of the file's tables.
    (
        "[site]\ntitle = 3\nlanguage = 'en'\nper_page = 'x'\n[tags]\nmin_mentions = true\n",
        [
            "[site] title: expected a string, got 3",
            '[site] per_page: expected an integer, got "x"',
            "[tags] min_mentions: expected an integer, got true",
        ],
    ),
]


@pytest.mark.parametrize(("text", "lines"), BAD_CONFIGS, ids=[c[1][0] for c in BAD_CONFIGS])
def test_a_bad_config_is_one_line_per_problem_and_exit_2(
    tmp_path: Path, text: str, lines: list[str]
) -> None:
    write_markdown(tmp_path / "seeds", "a.md", title="Tide tables", date="2023-03-01T08:00:00Z")
    (tmp_path / "site.toml").write_text(text, encoding="utf-8")
    run = run_cli("build", "--no-search", cwd=tmp_path)
    assert run.code == 2
    assert run.err.splitlines() == [f"site-gen: site.toml: {line}" for line in lines]
    assert run.out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds", "site.toml"]


def test_publish_tables_are_checked_when_publishing(tmp_path: Path) -> None:
    (tmp_path / "site.toml").write_text(
        "[publish.box]\nrsync = '/srv/x/'\ncolour = 'red'\n", encoding="utf-8"
    )
    run = run_cli("publish", "box", "--dry-run", cwd=tmp_path)
    assert run.code == 2
    assert run.err == "error: site.toml: [publish.box] colour: unknown key\n"


def test_every_key_keeps_its_default() -> None:
    empty = config_from_dict({}, Path("."))
    defaults = Config(root=Path("."), has_file=True)
    assert empty == defaults
    assert dict(empty.urls) == DEFAULT_URLS
    assert empty.tags.aliases == DEFAULT_ALIASES


def test_every_documented_key_is_read() -> None:
    config = config_from_dict(
        {
            "site": {
                "title": "T",
                "description": "D",
                "base_url": "https://x.org/",
                "language": "bn",
                "timezone": "Asia/Dhaka",
                "sources": "articles",
                "output": "public",
                "per_page": 5,
                "allow_html": True,
                "search": False,
                "feed_entries": 3,
                "feed_full_content": False,
                "news_sitemap_days": 0,
                "build_time": "2024-05-01T12:00:00+00:00",
                "parse_timeout": 3,
                "undated": "skip",
                "templates_dir": "tpl",
                "static_dir": "st",
            },
            "urls": {"article": "/a/{slug}/"},
            "tags": {
                "max_per_article": 2,
                "min_mentions": 3,
                "stop": "Desk",
                "aliases": {"BD": "Bangladesh"},
            },
            "sources": [{"name": "mine", "publisher": "Mine"}],
            "publish": {"box": {"rsync": "/srv/"}},
        },
        Path("."),
    )
    assert (config.base_url, config.source_dirs, config.parse_timeout) == (
        "https://x.org",
        ("articles",),
        3.0,
    )
    assert (config.per_page, config.feed_entries, config.news_sitemap_days) == (5, 3, 0)
    assert (config.search, config.allow_html, config.feed_full_content) == (False, True, False)
    assert (config.templates_dir, config.static_dir, config.undated) == ("tpl", "st", "skip")
    assert config.url_pattern("article") == "/a/{slug}/"
    assert config.tags.stop == ("Desk",) and ("BD", "Bangladesh") in config.tags.aliases
    assert (config.tags.max_per_article, config.tags.min_mentions) == (2, 3)
    assert config.profiles == ((("name", "mine"), ("publisher", "Mine")),)
    assert config.publish == (("box", (("rsync", "/srv/"),)),)
    older = config_from_dict({"site": {"source_dirs": ["a", "b"]}}, Path("."))
    assert older.source_dirs == ("a", "b")
