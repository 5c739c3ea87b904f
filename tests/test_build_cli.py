"""site-gen build/parse as a user runs them: exit codes, stderr lines and the built HTML."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from support import REPO, SEEDS, page, run_cli, soup_of, write_markdown

SLUG = "us-says-russia-providing-unprecedented-military-support-to-iran"
ARTICLE_URL = f"/2022/12/11/{SLUG}/"


def build(sources: Path, out: Path, *extra: str):
    return run_cli("build", str(sources), "-o", str(out), *extra)


def test_seed_article_page(tmp_path: Path) -> None:
    run = build(SEEDS, tmp_path / "site")
    assert run.code == 0, run.err
    assert "Built 1 articles" in run.out
    doc = page(tmp_path / "site", ARTICLE_URL)
    assert (
        doc.find("h1").get_text()
        == "US says Russia providing ‘unprecedented’ military support to Iran"
    )
    times = {
        t.find_parent("span")["class"][0]: t["datetime"] for t in doc.select(".story-meta time")
    }
    assert times == {
        "published": "2022-12-11T09:45:00+06:00",
        "modified": "2022-12-11T09:56:00+06:00",
    }
    assert doc.select_one(".kicker a").get_text() == "World+Biz"
    assert doc.select_one(".kicker a")["href"] == "/sections/world-biz/"
    assert doc.select_one(".byline a").get_text() == "TBS Report"
    paragraphs = [p.get_text() for p in doc.select(".story-body p")]
    assert len(paragraphs) == 11
    assert paragraphs[0].startswith("The US national security council spokesman John Kirby")
    assert "While most comments" not in doc.get_text()
    assert doc.find("html")["lang"] == "en"
    home = page(tmp_path / "site", "/")
    assert [a["href"] for a in home.select(".item-title a")] == [ARTICLE_URL]


def test_a_copy_saved_as_notepads_unicode_builds_as_the_same_article(tmp_path: Path) -> None:
    # Notepad's "Unicode" is UTF-16 with a byte-order mark: the seed saved so is the seed
    sources = tmp_path / "sources"
    sources.mkdir()
    seed = next(SEEDS.glob("*.txt"))
    (sources / seed.name).write_bytes(seed.read_text(encoding="utf-8").encode("utf-16"))
    run = build(sources, tmp_path / "site")
    assert run.code == 0, run.err
    doc = page(tmp_path / "site", ARTICLE_URL)
    assert doc.select_one(".byline a").get_text() == "TBS Report"
    assert len(doc.select(".story-body p")) == 11


def test_build_output_has_no_live_reload_script(tmp_path: Path) -> None:
    build(SEEDS, tmp_path / "site")
    for html in (tmp_path / "site").rglob("*.html"):
        assert "livereload" not in html.read_text()


def test_bad_files_get_one_line_errors_and_the_rest_builds(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    (src / "empty.txt").write_text("")
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00garbage")
    (src / "nodate.txt").write_text(  # built, dated by its file's time, with a warning
        "A headline without any date at all\n\nSome body text here that is long enough to be prose.\n"
    )
    (src / "impossible.txt").write_text(
        "A headline with an impossible date\n\n31 February 2022\n\n"
        "Some body text here that is long enough to be prose.\n"
    )
    (src / "broken.md").write_text("---\ntitle: Broken\ndate: [2021\n---\nBody.\n")
    run = build(src, tmp_path / "site")
    assert run.code == 1
    problems = [line for line in run.err.splitlines() if ": " in line and "skipped" not in line]
    problems = [line for line in problems if ": warning: " not in line]
    assert len(problems) == 4, run.err
    assert any(
        "nodate.txt: warning: no publication date printed" in line for line in run.err.splitlines()
    )
    assert "Traceback" not in run.err
    assert any(
        line.startswith(str(src / "empty.txt")) or "empty.txt:1:" in line for line in problems
    )
    assert any("broken.md:" in line and "front matter" in line for line in problems)
    assert "4 of 6 files skipped" in run.err
    assert (tmp_path / "site" / ARTICLE_URL.strip("/") / "index.html").exists()


def test_strict_leaves_previous_output(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    site = tmp_path / "site"
    assert build(src, site).code == 0
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    (src / "seed.txt").unlink(missing_ok=True)
    (src / "empty.txt").write_text("")
    write_markdown(src, "new.md", title="A new one", date="2023-01-01T10:00:00+06:00")
    run = build(src, site, "--strict")
    assert run.code == 1
    assert "--strict" in run.err
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before


def test_sources_are_never_modified(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    write_markdown(src, "a.md", title="One", date="2023-01-01T10:00:00+06:00")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in src.rglob("*")}
    build(src, tmp_path / "site")
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in src.rglob("*")} == before


def test_injection_in_title_and_body_stays_text(tmp_path: Path) -> None:
    src = tmp_path / "src"
    evil = '<script>alert(1)</script> & "quotes" <img src=x onerror=alert(2)>'
    write_markdown(
        src,
        "evil.md",
        title=evil,
        date="2023-01-01T10:00:00+06:00",
        section=evil,
        author=evil,
        tags=[evil],
        slug="../../etc/passwd",
        body=f"{evil}\n\nSecond paragraph.",
    )
    run = build(src, tmp_path / "site")
    assert run.code == 0, run.err
    site = tmp_path / "site"
    assert not (tmp_path / "etc").exists()
    written = [p for p in tmp_path.rglob("*") if p.is_file() and not p.is_relative_to(src)]
    sidecars = [p for p in written if p.relative_to(tmp_path).parts[0] == ".site-gen"]
    assert all(p.is_relative_to(site) or p in sidecars for p in written)
    article = next(p for p in site.glob("2023/01/01/*/index.html"))
    assert article.parent.name == "etc-passwd"
    doc = page(site, "/" + str(article.parent.relative_to(site)) + "/")
    assert doc.find("h1").get_text() == evil
    # JSON-LD data may quote the title (as \u003c-escaped JSON); no other script may.
    executable = [s for s in doc.find_all("script") if s.get("type") != "application/ld+json"]
    assert not [s for s in executable if "alert" in (s.string or "")]
    assert doc.find("img", attrs={"onerror": True}) is None
    for html in site.rglob("*.html"):
        parsed = (
            page(site, "/" + str(html.parent.relative_to(site)) + "/")
            if html.name == "index.html"
            else None
        )
        if parsed is not None:
            assert parsed.find("img", attrs={"onerror": True}) is None
            scripts = parsed.find_all("script", type=lambda t: t != "application/ld+json")
            assert all("alert" not in (s.string or "") for s in scripts)


def test_refuses_to_replace_a_folder_it_did_not_make(tmp_path: Path) -> None:
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.txt").write_text("years of work")
    run = build(SEEDS, precious)
    assert run.code != 0
    assert "refusing" in run.err and "Traceback" not in run.err
    assert (precious / "thesis.txt").read_text() == "years of work"


def test_refuses_output_that_holds_the_sources(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    run = build(src, tmp_path)
    assert run.code != 0 and "refusing" in run.err
    assert (src / "000_8a7f0d865ba918a5.txt").exists()


def test_rebuild_keeps_unchanged_files_and_leaves_no_temp_dirs(tmp_path: Path) -> None:
    site = tmp_path / "site"
    build(SEEDS, site)
    css = site / "static" / "site.css"
    mtime = css.stat().st_mtime_ns
    run = build(SEEDS, site)
    assert run.code == 0 and "0 written" in run.out
    assert css.stat().st_mtime_ns == mtime
    leftovers = [p.name for p in tmp_path.iterdir() if "tmp" in p.name or "old" in p.name]
    assert leftovers == []


def test_parse_json_contract() -> None:
    run = run_cli("parse", "seeds/000_8a7f0d865ba918a5.txt", "--json", cwd=REPO)
    record = json.loads(run.out)
    assert set(record) == {
        "source",
        "title",
        "slug",
        "url",
        "published",
        "modified",
        "section",
        "byline",
        "publisher",
        "tags",
        "summary",
        "paragraphs",
        "word_count",
        "timezone",
        "date_source",
        "published_precision",
        "lang",
    }


def test_parse_explain_names_rules() -> None:
    run = run_cli("parse", "--explain", "seeds/000_8a7f0d865ba918a5.txt")
    assert run.code == 0
    assert "tbs" in run.out and "byline pattern" in run.out


def test_version_and_help() -> None:
    assert run_cli("--version").out.startswith("site-gen, version")
    for command in ("build", "parse", "publish"):
        assert run_cli(command, "--help").code == 0


def test_bad_config_is_usage_error(tmp_path: Path) -> None:
    (tmp_path / "site.toml").write_text("[site]\ntimezone = 'Mars/Olympus'\n")
    run = run_cli("build", str(SEEDS), "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert run.code == 2
    assert "Mars/Olympus" in run.err and "Traceback" not in run.err


def test_config_drives_sources_output_and_zone(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "articles")
    write_markdown(
        tmp_path / "articles", "naive.md", title="Naive date", date="2023-05-01 08:00:00"
    )
    (tmp_path / "site.toml").write_text(
        '[site]\ntitle = "My Archive"\nsources = ["articles"]\noutput = "public"\n'
        'timezone = "Asia/Kolkata"\nlanguage = "bn"\n'
    )
    run = run_cli("build", cwd=tmp_path)
    assert run.code == 0, run.err
    assert "assumed Asia/Kolkata" in run.err
    home = page(tmp_path / "public", "/")
    assert home.find("html")["lang"] == "bn"
    assert "My Archive" in home.find("title").get_text()
    naive = page(tmp_path / "public", "/2023/05/01/naive-date/")
    assert naive.select_one(".published time")["datetime"] == "2023-05-01T08:00:00+05:30"


def test_other_generators_markdown_builds_as_it_is(tmp_path: Path) -> None:
    """A folder of Hugo (TOML), Pelican and Jekyll posts and a plain Markdown note: every
    one built, with its headline, its date and its section, the drafts left out."""
    src = tmp_path / "content"
    src.mkdir()
    (src / "hugo.md").write_text(
        '+++\ntitle = "Quarry expansion approved"\ndate = 2024-05-02T09:30:00+01:00\n'
        'categories = ["Planning"]\n+++\nThe council approved the quarry plan on Thursday.\n'
    )
    (src / "pelican.md").write_text(
        "Title: Night buses return\nDate: 2024-05-03 18:00\nCategory: Transport\n\n"
        "The night buses run again from Friday.\n"
    )
    (src / "2024-05-04-fair.md").write_text(
        "---\ntitle: County fair draws record crowd\n---\nThe gates opened at nine.\n"
    )
    (src / "draft.md").write_text(
        "---\ntitle: Not yet\ndate: 2024-05-05\npublished: false\n---\nHeld back.\n"
    )
    (src / "note.md").write_text("# Library hours extended\n\nThe library opens late now.\n")
    run = build(src, tmp_path / "site")
    assert run.code == 0, run.err
    assert "Built 4 articles" in run.out, run.out
    assert "note.md: warning: no date in the front matter" in run.err
    site = tmp_path / "site"
    titles = {
        page(site, str(path.parent.relative_to(site)) + "/").find("h1").get_text()
        for path in site.glob("2*/*/*/*/index.html")
    }
    assert {
        "Quarry expansion approved",
        "Night buses return",
        "County fair draws record crowd",
        "Library hours extended",
    } <= titles
    fair = page(site, "/2024/05/04/county-fair-draws-record-crowd/")
    assert fair.select_one(".story-meta time")["datetime"].startswith("2024-05-04")
    quarry = page(site, "/2024/05/02/quarry-expansion-approved/")
    assert quarry.select_one(".kicker a").get_text() == "Planning"


def test_former_addresses_send_readers_on(tmp_path: Path) -> None:
    """Hugo's aliases and Jekyll's redirect_from: a page at each former address that
    names the article and sends the reader there; an address a real page has, or an
    older article claimed, gets no redirect and one warning; none is in the sitemap."""
    src = tmp_path / "content"
    src.mkdir()
    write_markdown(
        src,
        "quarry.md",
        title='Quarry "expansion" <approved>',
        date="2024-05-02T09:30:00+01:00",
        aliases=["/news/quarry-ok/", "old/quarry.html", "https://elsewhere.example/x"],
    )
    write_markdown(
        src,
        "buses.md",
        title="Night buses return",
        date="2024-05-03T09:30:00+01:00",
        redirect_from=["/news/quarry-ok/", "/2024/05/02/quarry-expansion-approved/"],
    )
    (tmp_path / "site.toml").write_text('[site]\nbase_url = "https://news.example.org"\n')
    run = run_cli("build", str(src), "-o", str(tmp_path / "site"), cwd=tmp_path)
    assert run.code == 0, run.err
    site = tmp_path / "site"
    target = "/2024/05/02/quarry-expansion-approved/"
    for path in ("news/quarry-ok/index.html", "old/quarry.html"):
        doc = soup_of(site / path)
        assert doc.select_one("meta[http-equiv=refresh]")["content"] == f"0; url={target}"
        assert doc.select_one("link[rel=canonical]")["href"] == "https://news.example.org" + target
        assert doc.select_one("meta[name=robots]")["content"] == "noindex"
        assert doc.select_one("a").get_text() == 'Quarry "expansion" <approved>'
    assert "quarry.md: warning: aliases: 'https://elsewhere.example/x' is not a path" in run.err
    assert f"buses.md: warning: aliases: {target} is taken by another page" in run.err
    assert "buses.md: warning: aliases: /news/quarry-ok/ is taken" in run.err
    # the article's own page is still the article
    assert page(site, target).find("h1").get_text() == 'Quarry "expansion" <approved>'
    sitemap = (site / "sitemap.xml").read_text()
    assert target in sitemap and "quarry-ok" not in sitemap and "old/quarry" not in sitemap
