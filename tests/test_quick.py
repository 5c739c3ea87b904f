"""Rebuilds on the kept plan (body-only edits) give exactly what a fresh plan gives, and
anything else plans afresh."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from support import REPO, run_cli, write_markdown

from site_gen.engine.state import output_state

MARKER = ".site-gen-build.json"


def tree(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != MARKER
    }


def build(site: Path, *extra: str, out: str = "out", cache: str = "cache") -> str:
    run = run_cli(
        "build",
        str(site / "src"),
        "-o",
        str(site / out),
        "--cache-dir",
        str(site / cache),
        "--no-search",
        *extra,
    )
    assert run.code == 0, run.err
    return run.out


def assert_equals_clean_build(site: Path) -> None:
    clean = site / "clean"
    build(site, out="clean", cache="clean-cache")
    assert tree(site / "out") == tree(clean)
    # The clean build's own sidecars go too, so the next call starts from scratch.
    for leftover in (clean, site / "clean-cache", output_state(None, clean).own):
        shutil.rmtree(leftover, ignore_errors=True)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    sys.path.insert(0, str(REPO / "bench"))
    import corpus as generator

    generator.generate(tmp_path / "src", 120, seed=5, words=80)
    build(tmp_path)
    return tmp_path


def sources(site: Path) -> list[Path]:
    return sorted(p for p in (site / "src").rglob("*") if p.suffix in (".md", ".txt"))


def add_paragraph(path: Path, words: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + f"\n{words}\n", encoding="utf-8")


def test_body_edits_are_quick_and_equal_a_clean_build(site: Path) -> None:
    files = sources(site)
    # Several in a row: each recycles the tree the one before replaced.
    for number, path in enumerate([files[3], files[40], files[3], files[77]]):
        add_paragraph(path, f"A correction was appended, number {number}.")
        summary = build(site)
        assert "(quick rebuild)" in summary, summary
        assert "1 parsed" in summary
        assert_equals_clean_build(site)


def test_a_quick_rebuild_writes_only_the_article_and_its_feeds(site: Path) -> None:
    before = {p: p.stat().st_ino for p in (site / "out").rglob("*") if p.is_file()}
    edited = [p for p in sources(site) if p.suffix == ".md"][4]
    add_paragraph(edited, "Editors added this line.")
    summary = build(site)
    written = int(summary.split(" written")[0].rsplit("(", 1)[1])
    changed = [p for p, inode in before.items() if p.exists() and p.stat().st_ino != inode]
    changed = [p for p in changed if p.name != MARKER]
    assert 1 <= written == len(changed) <= 12
    assert any("Editors added this line." in p.read_text() for p in changed if p.suffix == ".html")
    assert all(p.suffix == ".xml" or p.name == "index.html" for p in changed)


def test_nothing_changed_writes_nothing(site: Path) -> None:
    before = tree(site / "out")
    summary = build(site)
    assert "(0 written" in summary and "(quick rebuild)" in summary
    os.utime(sources(site)[5])  # touched, same bytes
    summary = build(site)
    assert "(0 written" in summary
    assert tree(site / "out") == before


@pytest.mark.parametrize(
    "edit",
    [
        lambda text: text.replace('title: "', 'title: "Retitled ', 1),
        lambda text: text.replace('section: "', 'section: "Elsewhere ', 1),
        lambda text: text.replace(
            "\n---\n", "\n---\nA new lead paragraph changes the summary.\n\n", 1
        ),
    ],
    ids=["title", "section", "summary"],
)
def test_edits_that_reach_lists_take_the_full_build(site: Path, edit: object) -> None:
    markdown = next(p for p in sources(site) if p.suffix == ".md")
    markdown.write_text(edit(markdown.read_text(encoding="utf-8")), encoding="utf-8")  # type: ignore[operator]
    summary = build(site)
    assert "(quick rebuild)" not in summary
    assert_equals_clean_build(site)


def test_new_and_deleted_files_take_the_full_build(site: Path) -> None:
    write_markdown(site / "src", "late.md", title="Late story", date="2031-01-01T10:00Z")
    assert "(quick rebuild)" not in build(site)
    sources(site)[0].unlink()
    assert "(quick rebuild)" not in build(site)
    assert_equals_clean_build(site)


def test_template_and_static_changes_take_the_full_build(site: Path) -> None:
    (site / "site.toml").write_text('[site]\ntitle = "Quick test"\n')
    (site / "static").mkdir()
    (site / "static" / "extra.css").write_text("body { margin: 0 }\n")
    run = run_cli(
        "build",
        "-c",
        str(site / "site.toml"),
        str(site / "src"),
        "-o",
        str(site / "out"),
        "--no-search",
    )
    assert run.code == 0, run.err
    assert "(quick rebuild)" not in run.out
    (site / "static" / "extra.css").write_text("body { margin: 1px }\n")
    add_paragraph(sources(site)[2], "And an edit.")
    run = run_cli(
        "build",
        "-c",
        str(site / "site.toml"),
        str(site / "src"),
        "-o",
        str(site / "out"),
        "--no-search",
    )
    assert "(quick rebuild)" not in run.out
    assert (site / "out/static/extra.css").read_text() == "body { margin: 1px }\n"


def test_a_bad_file_stays_reported_and_a_damaged_plan_means_a_full_build(
    site: Path,
) -> None:
    bad = site / "src" / "broken.md"
    bad.write_text("---\ntitle: [unclosed\n---\nBody\n")
    run = run_cli(
        "build",
        str(site / "src"),
        "-o",
        str(site / "out"),
        "--cache-dir",
        str(site / "cache"),
        "--no-search",
    )
    assert run.code == 1 and "broken.md" in run.err
    add_paragraph(sources(site)[4], "Edited while a file is broken.")
    run = run_cli(
        "build",
        str(site / "src"),
        "-o",
        str(site / "out"),
        "--cache-dir",
        str(site / "cache"),
        "--no-search",
    )
    assert run.code == 1 and "broken.md" in run.err and "(quick rebuild)" in run.out
    db = sqlite3.connect(site / "cache" / "plan.sqlite")
    db.execute("UPDATE state SET data = substr(data, 1, 50)")
    db.commit()
    db.close()
    add_paragraph(sources(site)[4], "Edited again.")
    run = run_cli(
        "build",
        str(site / "src"),
        "-o",
        str(site / "out"),
        "--cache-dir",
        str(site / "cache"),
        "--no-search",
    )
    assert run.code == 1 and "(quick rebuild)" not in run.out
    bad.unlink()
    build(site)
    assert_equals_clean_build(site)


def test_full_flag_rechecks_the_output(site: Path) -> None:
    page = next((site / "out").rglob("*/index.html"))
    expected = page.read_bytes()
    page.unlink()
    summary = build(site, "--full")
    assert "(quick rebuild)" not in summary
    assert page.read_bytes() == expected


def test_quick_generations_are_stored_as_changes_on_their_base(tmp_path: Path) -> None:
    from site_gen.engine.cache import BuildCache

    cache = BuildCache(tmp_path / "cache.sqlite")
    cache.store_pages("full", {"a.html": "1", "b.html": "1", "c.html": "1"})
    cache.store_page_changes("q1", "full", {"a.html": "2"})
    cache.store_page_changes("q2", "q1", {"b.html": "3", "c.html": ""})
    assert cache.page_fingerprints("q2") == {"a.html": "2", "b.html": "3"}
    assert cache.page_fingerprints("q1") == {"a.html": "2", "b.html": "1", "c.html": "1"}
    cache.keep_generations({"q2", "q1"})  # live and spare: their base must stay
    assert cache.page_fingerprints("q2") == {"a.html": "2", "b.html": "3"}
    cache.store_pages("full2", {"a.html": "9"})
    cache.keep_generations({"full2", "q2"})
    assert cache.page_fingerprints("q2") == {"a.html": "2", "b.html": "3"}
    cache.keep_generations({"full2"})
    assert cache.page_fingerprints("q2") == {}
    assert cache.page_fingerprints("full2") == {"a.html": "9"}
    cache.close()


def test_a_kept_plan_missing_its_records_is_planned_afresh(site: Path) -> None:
    db = sqlite3.connect(site / "cache" / "plan.sqlite")
    db.execute("DELETE FROM records WHERE kind = 'page'")
    db.commit()
    db.close()
    add_paragraph(sources(site)[7], "Edited with the plan's pages gone.")
    assert "(quick rebuild)" not in build(site)
    assert_equals_clean_build(site)
    add_paragraph(sources(site)[7], "Edited again, on a whole plan.")
    assert "(quick rebuild)" in build(site)
    assert_equals_clean_build(site)


def test_a_body_edit_of_a_draft_renders_nothing(site: Path) -> None:
    draft = write_markdown(
        site / "src", "draft.md", title="Unseen", date="2020-02-02T10:00Z", draft=True
    )
    assert "(quick rebuild)" not in build(site)
    add_paragraph(draft, "Still unseen.")
    summary = build(site)
    assert "(0 written" in summary, summary
    assert_equals_clean_build(site)


def test_a_build_failing_after_its_plan_was_stored_leaves_no_plan_to_trust(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plan's records are replaced while a fresh build writes feeds; if the build
    then fails, the last build's state must not be read with the new records."""
    from site_gen.core.config import Config
    from site_gen.engine import build as build_module
    from site_gen.engine import stages
    from site_gen.engine.plan_store import PlanStore

    markdown = next(p for p in sources(site) if p.suffix == ".md")
    original = markdown.read_text(encoding="utf-8")
    markdown.write_text(original.replace('title: "', 'title: "Retitled ', 1), encoding="utf-8")

    def feeds_fail(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the disk went away while feeds were written")

    monkeypatch.setattr(stages, "write_feeds", feeds_fail)
    request = build_module.BuildRequest(
        config=Config(),
        sources=(site / "src",),
        output=site / "out",
        cache_dir=site / "cache",
        index_search=False,
    )
    with pytest.raises(RuntimeError, match="disk went away"):
        build_module.build(request)
    monkeypatch.undo()
    store = PlanStore(site / "cache" / "plan.sqlite")
    try:
        assert store.state() is None, "a state names records the failed build replaced"
    finally:
        store.close()
    # Back to the last good build's heads, plus a body edit: its page must carry the title
    # of the file as it is, not of the failed build's records.
    markdown.write_text(original, encoding="utf-8")
    add_paragraph(markdown, "A paragraph added after the failed build.")
    build(site)
    assert_equals_clean_build(site)
