"""The incremental engine: rebuilds equal clean builds, the cache is only ever a speed-up."""

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


def corpus(folder: Path, count: int = 60) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    import corpus as generator  # the benchmarks' generator: both formats, many sections

    generator.generate(folder, count, seed=3, words=80)


def tree(root: Path) -> dict[str, str]:
    """Every file's hash, but the marker (a fresh id per build) and the search index
    (Pagefind's filter files are not byte-for-byte reproducible between its runs)."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
        and p.name != MARKER
        and not p.relative_to(root).parts[0].startswith("pagefind")
    }


def build(src: Path, out: Path, cache: Path, *extra: str) -> str:
    # --no-search: tree() leaves the search index out, so building it only costs time.
    run = run_cli(
        "build", str(src), "-o", str(out), "--cache-dir", str(cache), "--no-search", *extra
    )
    assert run.code == 0, run.err
    return run.out


@pytest.fixture
def site(tmp_path: Path) -> Path:
    corpus(tmp_path / "src")
    return tmp_path


def test_rebuild_after_edits_equals_a_clean_build(site: Path) -> None:
    src, out, cache = site / "src", site / "out", site / "cache"
    build(src, out, cache)
    edited = sorted(src.rglob("*.md"))[5]
    edited.write_text(edited.read_text() + "\nA sentence added later.\n")
    sorted(src.rglob("*.txt"))[3].unlink()
    write_markdown(
        src,
        "new.md",
        title="Late arrival",
        date="2030-05-05T10:00:00+06:00",
        section="Sports",
        tags=["Cricket"],
        author="New Writer",
    )
    summary = build(src, out, cache)
    assert "1 parsed" in summary or "2 parsed" in summary
    clean = site / "clean"
    build(src, clean, site / "fresh-cache")
    assert tree(out) == tree(clean)


def test_one_edit_rerenders_only_the_pages_that_show_it(site: Path) -> None:
    src, out, cache = site / "src", site / "out", site / "cache"
    build(src, out, cache)
    unchanged = build(src, out, cache)
    assert "0 parsed, 0 rendered" in unchanged
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*.html")}
    edited = sorted(src.rglob("*.md"))[7]
    edited.write_text(edited.read_text() + "\nOne more line.\n")
    summary = build(src, out, cache)
    rendered = int(summary.split(" rendered")[0].rsplit(" ", 1)[1])
    assert "1 parsed" in summary
    assert 1 <= rendered < len(mtimes) // 4
    touched = [p for p, m in mtimes.items() if p.exists() and p.stat().st_mtime_ns != m]
    assert 1 <= len(touched) <= rendered


def test_deleting_the_cache_gives_the_same_output(site: Path) -> None:
    src, out, cache = site / "src", site / "out", site / "cache"
    build(src, out, cache)
    before = tree(out)
    shutil.rmtree(cache)
    build(src, out, cache)
    assert tree(out) == before


def test_a_damaged_cache_entry_is_rebuilt_not_served(site: Path) -> None:
    src, out, cache = site / "src", site / "out", site / "cache"
    build(src, out, cache)
    before = tree(out)
    db = sqlite3.connect(cache / "cache.sqlite")
    db.execute("UPDATE articles SET full = substr(full, 1, 40), light = substr(light, 1, 40)")
    db.commit()
    db.close()
    # Forget which pages are current, so every article page is rendered from the cache.
    (out / MARKER).write_text('{"ok": true, "generation": "forgotten"}')
    shutil.rmtree(output_state(None, out).spare, ignore_errors=True)
    summary = build(src, out, cache)
    assert "60 parsed" in summary
    assert tree(out) == before


def test_a_garbage_cache_file_is_replaced(site: Path) -> None:
    src, out, cache = site / "src", site / "out", site / "cache"
    cache.mkdir()
    (cache / "cache.sqlite").write_bytes(b"this is not a database" * 100)
    build(src, out, cache)
    assert (out / "index.html").exists()


def test_forked_render_workers_give_the_same_output_as_one_process(site: Path) -> None:
    """Past a few hundred pages, render workers are forked with the plan in memory and read
    bodies from the cache themselves: the bytes must be one process's, cold and after an edit."""
    src = site / "src"
    corpus(src / "more", 250)
    build(src, site / "one", site / "cache-one", "-j", "1")
    build(src, site / "two", site / "cache-two", "-j", "2")
    assert tree(site / "two") == tree(site / "one")
    edited = sorted(src.rglob("*.md"))[7]
    edited.write_text(edited.read_text() + "\nA paragraph added by the forked-render test.\n")
    build(src, site / "one", site / "cache-one", "-j", "1", "--full")
    build(src, site / "two", site / "cache-two", "-j", "2", "--full")
    assert tree(site / "two") == tree(site / "one")
    assert any("forked-render test" in p.read_text() for p in (site / "two").rglob("index.html"))


def test_files_with_new_times_but_the_same_bytes_are_not_parsed_again(site: Path) -> None:
    """Workers read and hash the files themselves (a checkout gives every file new times):
    the cache's keys they inherit say which bytes are parsed already."""
    src, out, cache = site / "src", site / "out", site / "cache"
    corpus(src / "more", 250)  # past the size where the read workers are forked
    build(src, out, cache, "-j", "2")
    before = tree(out)
    for path in src.rglob("*.*"):
        os.utime(path, (1_700_000_000, 1_700_000_000))
    summary = build(src, out, cache, "-j", "2", "--full")
    assert " 0 parsed" in summary, summary
    assert tree(out) == before


def test_dask_cluster_gives_the_same_output_as_local(site: Path) -> None:
    distributed = pytest.importorskip("distributed")
    src = site / "src"
    corpus(src / "more", 250)  # enough articles that work goes to the cluster
    build(src, site / "local", site / "cache-local", "-j", "2")
    with distributed.LocalCluster(
        host="127.0.0.1",
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
    ) as cluster:
        address = cluster.scheduler_address.replace("tcp://", "")
        build(src, site / "dask", site / "cache-dask", "--executor", f"dask://{address}")
    assert tree(site / "dask") == tree(site / "local")


def test_executor_must_be_a_dask_address(site: Path) -> None:
    run = run_cli("build", str(site / "src"), "-o", str(site / "out"), "--executor", "ftp://x")
    assert run.code == 2 and "dask://" in run.err
