"""One state folder (.site-gen/), `site-gen clean`, and a cache that follows the sources."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from support import run_cli, write_markdown

MARKER = ".site-gen-build.json"


def _two_articles(src: Path) -> None:
    write_markdown(src, "kept.md", title="Harbour reopens", date="2023-02-01T09:00:00+00:00")
    write_markdown(src, "gone.md", title="Bridge closes", date="2023-02-02T09:00:00+00:00")


def _build(cwd: Path, *args: str) -> None:
    run = run_cli("build", "--no-search", "-q", *args, cwd=cwd)
    assert run.code == 0, run.err


def _rows(cache: Path, table: str) -> int:
    db = sqlite3.connect(cache)
    try:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        db.close()


def test_a_site_with_a_config_keeps_its_state_in_one_folder(tmp_path: Path) -> None:
    _two_articles(tmp_path / "articles")
    (tmp_path / "site.toml").write_text('[site]\nsources = ["articles"]\noutput = "public"\n')
    _build(tmp_path)
    _build(tmp_path)  # a second build makes the spare tree and recycles it
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".site-gen",
        "articles",
        "public",
        "site.toml",
    ]
    state = tmp_path / ".site-gen"
    assert (state / "cache.sqlite").is_file()
    assert (state / "outputs" / "public" / "lock").is_file()
    assert (state / "outputs" / "public" / "spare" / MARKER).is_file()


def test_without_a_config_the_state_folder_is_beside_the_output(tmp_path: Path) -> None:
    _two_articles(tmp_path / "src")
    out = tmp_path / "deep" / "site"
    _build(tmp_path, str(tmp_path / "src"), "-o", str(out))
    _build(tmp_path, str(tmp_path / "src"), "-o", str(out))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep", "src"]
    assert sorted(p.name for p in out.parent.iterdir()) == [".site-gen", "site"]
    own = out.parent / ".site-gen" / "outputs" / "site"
    assert sorted(p.name for p in own.iterdir()) == [
        "cache.sqlite",
        "lock",
        "plan.sqlite",
        "spare",
        "templates",
    ]


def test_the_cache_forgets_a_deleted_source_and_its_pages_go(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "site"
    _two_articles(src)
    _build(tmp_path, str(src), "-o", str(out))
    cache = tmp_path / ".site-gen" / "outputs" / "site" / "cache.sqlite"
    assert _rows(cache, "articles") == 2
    assert _rows(cache, "files") == 2
    assert list(out.glob("2023/02/02/*/index.html"))
    (src / "gone.md").unlink()
    _build(tmp_path, str(src), "-o", str(out))
    assert _rows(cache, "articles") == 1
    assert _rows(cache, "files") == 1
    assert not (out / "2023" / "02" / "02").exists()
    assert list(out.glob("2023/02/01/*/index.html"))


def test_an_edited_source_leaves_no_stale_entry(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "site"
    _two_articles(src)
    _build(tmp_path, str(src), "-o", str(out), "--full")
    write_markdown(src, "gone.md", title="Bridge reopens", date="2023-02-02T09:00:00+00:00")
    _build(tmp_path, str(src), "-o", str(out), "--full")
    cache = tmp_path / ".site-gen" / "outputs" / "site" / "cache.sqlite"
    assert _rows(cache, "articles") == 2


def test_clean_removes_the_output_and_the_state_folder(tmp_path: Path) -> None:
    _two_articles(tmp_path / "articles")
    (tmp_path / "site.toml").write_text('[site]\nsources = ["articles"]\n')
    _build(tmp_path)
    _build(tmp_path)
    # A sidecar an older site-gen left beside the output goes too, and any SQLite file a
    # build keeps in the state folder.
    (tmp_path / "._site.site-gen-spare").mkdir()
    (tmp_path / ".site-gen" / "plan.sqlite").write_bytes(b"")
    run = run_cli("clean", cwd=tmp_path)
    assert run.code == 0, run.err
    assert run.out == "Removed _site, .site-gen, ._site.site-gen-spare\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "site.toml"]
    again = run_cli("clean", cwd=tmp_path)
    assert (again.code, again.out, again.err) == (0, "Nothing to remove\n", "")


def test_clean_without_a_config_removes_only_that_outputs_state(tmp_path: Path) -> None:
    _two_articles(tmp_path / "src")
    for name in ("one", "two"):
        _build(tmp_path, "src", "-o", name)
    run = run_cli("clean", "-o", "one", cwd=tmp_path)
    assert run.code == 0, run.err
    assert run.out == "Removed one, .site-gen/outputs/one\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site-gen", "src", "two"]
    assert sorted(p.name for p in (tmp_path / ".site-gen" / "outputs").iterdir()) == ["two"]
    assert run_cli("clean", "-o", "two", cwd=tmp_path).code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["src"]


def test_clean_refuses_a_folder_site_gen_did_not_make(tmp_path: Path) -> None:
    mine = tmp_path / "_site"
    mine.mkdir()
    (mine / "notes.txt").write_text("my own notes\n")
    run = run_cli("clean", cwd=tmp_path)
    assert run.code == 2
    assert run.out == ""
    assert run.err == (
        f"site-gen: refusing to remove {mine}: it was not made by site-gen (no {MARKER} inside)\n"
    )
    assert (mine / "notes.txt").is_file()


@pytest.mark.parametrize("where", [".", "templates"], ids=["state-folder", "compiled-templates"])
def test_clean_refuses_a_state_folder_holding_other_files(tmp_path: Path, where: str) -> None:
    state = tmp_path / ".site-gen"
    (state / where).mkdir(parents=True)
    (state / where / "diary.txt").write_text("not a cache\n")
    run = run_cli("clean", cwd=tmp_path)
    assert run.code == 2
    assert run.err == (
        f"site-gen: refusing to remove {state}: it holds files site-gen did not make\n"
    )
    assert (state / where / "diary.txt").is_file()


def _files(root: Path) -> dict[str, int]:
    """Relative path -> inode of every file under root."""
    return {p.relative_to(root).as_posix(): p.stat().st_ino for p in root.rglob("*") if p.is_file()}


def test_a_first_build_leaves_a_spare_linked_to_every_file_of_its_output(tmp_path: Path) -> None:
    # The spare is linked in two steps (the pages while search workers still write the
    # index, then the index): every file must be in it, the same inode but the marker's.
    _two_articles(tmp_path / "src")
    out = tmp_path / "site"
    run = run_cli("build", "-q", str(tmp_path / "src"), "-o", str(out), cwd=tmp_path)
    assert run.code == 0, run.err
    spare = tmp_path / ".site-gen" / "outputs" / "site" / "spare"
    live, linked = _files(out), _files(spare)
    assert any(path.startswith("pagefind/") for path in live)
    assert live.keys() == linked.keys()
    assert [p for p in live if live[p] != linked[p]] == [MARKER]
    assert (spare / MARKER).read_text() == (out / MARKER).read_text()
    assert not list(spare.parent.glob("ahead-*"))
