"""Refusals that keep a publish from doing harm."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from publish_helpers import publish, require_tool, write_site

from site_gen.edges.publish.base import PublishError
from site_gen.edges.publish.plan import PublishPlan
from site_gen.edges.publish.safety import (
    check_deletions,
    check_destination,
    check_remote_path,
    load_built_site,
)


def plan_deleting(count: int, remote_count: int) -> PublishPlan:
    deleted = tuple(f"old{n}.html" for n in range(count))
    return PublishPlan((), (), deleted, 0, remote_count)


def test_built_site_lists_files_without_marker_or_git(tmp_path: Path) -> None:
    write_site(tmp_path, {"index.html": "x", "a/b.html": "y", ".git/config": "z"}, articles=7)

    site = load_built_site(tmp_path)

    assert site.files == ("a/b.html", "index.html")
    assert site.articles == 7


@pytest.mark.parametrize("planted", ["a/secret.html", "a"])
def test_a_link_planted_in_the_output_is_refused(tmp_path: Path, planted: str) -> None:
    output = tmp_path / "_site"
    output.mkdir()
    write_site(output, {"index.html": "x", "a/b.html": "y"}, articles=1)
    elsewhere = tmp_path / "private"
    elsewhere.mkdir()
    (elsewhere / "secret.html").write_text("not for the web")
    link = output / planted
    if link.is_dir():
        (output / "a" / "b.html").unlink()
        link.rmdir()
    link.symlink_to(elsewhere / "secret.html" if planted.endswith(".html") else elsewhere)

    with pytest.raises(PublishError, match="symbolic link.*--full"):
        load_built_site(output)


def test_missing_marker_is_fine(tmp_path: Path) -> None:
    write_site(tmp_path, {"index.html": "x"}, articles=None)

    assert load_built_site(tmp_path).articles is None


@pytest.mark.parametrize(
    ("files", "marker", "message"),
    [
        (None, None, "no built site"),
        ({}, None, "empty"),
        ({"page.html": "x"}, None, "no index.html"),
        ({"index.html": "x"}, '{"ok": false, "articles": 3}', "last build failed"),
        ({"index.html": "x"}, "{not json", "unreadable build marker"),
    ],
)
def test_broken_builds_are_refused(
    tmp_path: Path, files: dict[str, str] | None, marker: str | None, message: str
) -> None:
    output = tmp_path / "_site"
    if files is not None:
        output.mkdir()
        write_site(output, files, articles=None)
    if marker is not None:
        (output / ".site-gen-build.json").write_text(marker)

    with pytest.raises(PublishError, match=message):
        load_built_site(output)


@pytest.mark.parametrize(
    "place",
    [
        lambda tmp, source: Path("/"),
        lambda tmp, source: Path.home(),
        lambda tmp, source: Path.cwd(),
        lambda tmp, source: Path.cwd().parent,
        lambda tmp, source: source,
        lambda tmp, source: source.parent,
        lambda tmp, source: source / "_site",
        lambda tmp, source: source / "_site" / "inner",
    ],
    ids=["root", "home", "cwd", "cwd-parent", "source", "source-parent", "output", "in-output"],
)
def test_dangerous_local_targets_are_refused(
    tmp_path: Path, place: Callable[[Path, Path], Path]
) -> None:
    source = tmp_path / "src"
    target = place(tmp_path, source)

    with pytest.raises(PublishError, match="refusing|overlaps"):
        check_destination(target, source, source / "_site")


def test_a_separate_folder_is_allowed(tmp_path: Path) -> None:
    check_destination(tmp_path / "www", tmp_path / "src", tmp_path / "src" / "_site")


@pytest.mark.parametrize("path", ["", "/", "~", "~/", ".", "//"])
def test_remote_root_and_home_are_refused(path: str) -> None:
    with pytest.raises(PublishError, match="refusing"):
        check_remote_path(path, f"me@host:{path}")


def test_remote_subfolder_is_allowed() -> None:
    check_remote_path("/var/www/archive/", "me@host:/var/www/archive/")


def test_deleting_more_than_the_fraction_needs_force() -> None:
    with pytest.raises(PublishError, match="--force"):
        check_deletions(plan_deleting(6, 10), 0.5, force=False)
    check_deletions(plan_deleting(6, 10), 0.5, force=True)
    check_deletions(plan_deleting(5, 10), 0.5, force=False)
    check_deletions(plan_deleting(0, 0), 0.5, force=False)


def test_cli_refuses_root_and_home(project: Path) -> None:
    require_tool("rsync", "apt-get install -y rsync")
    for target in ("/", str(Path.home())):
        result = publish("--rsync", target)

        assert result.exit_code == 1
        assert "refusing to publish" in result.output


def test_cli_refuses_empty_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "_site").mkdir()
    monkeypatch.chdir(tmp_path)

    result = publish("--rsync", str(tmp_path / "www"))

    assert result.exit_code == 1
    assert "empty" in result.output
    assert not (tmp_path / "www").exists()


def test_cli_large_deletion_needs_force(project: Path) -> None:
    require_tool("rsync", "apt-get install -y rsync")
    target = project.parent / "www"
    target.mkdir()
    for n in range(10):
        (target / f"old{n}.html").write_text("old")

    refused = publish("--rsync", str(target))
    kept = sorted(p.name for p in target.iterdir())
    dry = publish("--rsync", str(target), "--dry-run")
    forced = publish("--rsync", str(target), "--force")

    assert refused.exit_code == 1
    assert "would delete 10 of 10 files" in refused.output
    assert len(kept) == 10
    assert dry.exit_code == 0
    assert "a real publish would stop" in dry.output
    assert forced.exit_code == 0, forced.output
    assert not (target / "old0.html").exists()
