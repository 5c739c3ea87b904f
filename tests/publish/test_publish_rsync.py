"""Publishing with rsync to a local folder, with the real rsync."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from publish_helpers import SITE_FILES, publish, require_tool


@pytest.fixture(autouse=True)
def _rsync_installed() -> None:
    require_tool("rsync", "apt-get install -y rsync")


@pytest.fixture
def www(project: Path) -> Path:
    """A web root holding our target folder and, beside it, a file that is not ours."""
    root = project.parent / "www"
    (root / "archive").mkdir(parents=True)
    (root / "archive" / "stale.html").write_text("old page")
    (root / "other-site.html").write_text("someone else's page")
    return root


def inodes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_ino for p in folder.rglob("*.*")}


def test_publish_mirrors_site_and_deletes_only_inside_target(project: Path, www: Path) -> None:
    target = www / "archive"

    result = publish("--rsync", str(target), "--force")

    assert result.exit_code == 0, result.output
    assert "5 added, 0 changed, 1 deleted" in result.output
    for relative, text in SITE_FILES.items():
        assert (target / relative).read_text() == text
    assert not (target / "stale.html").exists()
    assert not (target / ".site-gen-build.json").exists()
    assert (www / "other-site.html").read_text() == "someone else's page"


def test_second_publish_moves_only_the_changed_file(project: Path, www: Path) -> None:
    target = www / "archive"
    publish("--rsync", str(target), "--force")
    before = inodes(target)
    site = project / "_site"
    (site / "feed.xml").write_text("<rss><item/></rss>")
    for path in site.rglob("*"):
        os.utime(path, (1_700_000_000, 1_700_000_000))  # a rebuild touches every file

    dry = publish("--rsync", str(target), "--dry-run")
    result = publish("--rsync", str(target))

    assert "0 to add, 1 to change, 0 to delete" in dry.output
    assert "  M feed.xml" in dry.output
    assert result.exit_code == 0, result.output
    assert "0 added, 1 changed, 0 deleted" in result.output
    after = inodes(target)
    replaced = {path for path in after if after[path] != before.get(path)}
    assert replaced == {"feed.xml"}
    assert (target / "feed.xml").read_text() == "<rss><item/></rss>"


def test_dry_run_changes_nothing(project: Path, www: Path) -> None:
    target = www / "archive"

    result = publish("--rsync", str(target), "--dry-run")

    assert result.exit_code == 0, result.output
    assert "5 to add, 0 to change, 1 to delete" in result.output
    assert "  D stale.html" in result.output
    assert sorted(p.name for p in target.iterdir()) == ["stale.html"]


def test_new_target_folder_is_created(project: Path) -> None:
    target = project.parent / "fresh"

    result = publish("--rsync", str(target))

    assert result.exit_code == 0, result.output
    assert (target / "index.html").is_file()


def test_missing_parent_folder_is_a_publish_failure(project: Path) -> None:
    result = publish("--rsync", str(project.parent / "no" / "such" / "place"))

    assert result.exit_code == 1
    assert "error: publish failed: rsync to" in result.output
