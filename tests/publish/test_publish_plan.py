"""Unit tests of the pure parts: plans, target choice, headers, rsync output, git ids."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from site_gen.core.config import config_from_dict
from site_gen.core.errors import ConfigError
from site_gen.edges.publish.git_branch import commit_message, git_blob_id, repository_address
from site_gen.edges.publish.plan import (
    PublishPlan,
    diff_listings,
    human_bytes,
    plan_lines,
    summary_line,
)
from site_gen.edges.publish.process import telling_line
from site_gen.edges.publish.rsync import is_remote, parse_itemized
from site_gen.edges.publish.s3_headers import cache_control, content_type, is_fingerprinted
from site_gen.edges.publish.target import Target, target_from_config, target_from_options


def test_diff_listings_sorts_changes_and_counts_bytes() -> None:
    local = {"b.html": "2", "a.html": "1", "same.css": "s"}
    remote = {"a.html": "old", "same.css": "s", "gone.html": "g", "gone2.html": "g"}
    sizes = {"a.html": 10, "b.html": 5, "same.css": 99}

    plan = diff_listings(local, remote, sizes)

    assert plan == PublishPlan(("b.html",), ("a.html",), ("gone.html", "gone2.html"), 15, 4)
    assert plan.delete_fraction == 0.5
    assert not plan.is_empty


def test_identical_listings_make_an_empty_plan() -> None:
    plan = diff_listings({"a": "1"}, {"a": "1"}, {"a": 1})

    assert plan.is_empty
    assert plan.bytes_to_send == 0


def test_summary_and_file_lines() -> None:
    plan = PublishPlan(("n.html",), ("c.html",), ("d.html",), 2_500, 7)

    assert summary_line(plan) == (
        "1 to add, 1 to change, 1 to delete (2.5 KB to send; 7 files were at the target)"
    )
    assert summary_line(plan, done=True).startswith("1 added, 1 changed, 1 deleted (2.5 KB sent")
    assert plan_lines(plan) == ("A n.html", "M c.html", "D d.html")


@pytest.mark.parametrize(
    ("count", "text"),
    [(0, "0 bytes"), (999, "999 bytes"), (1_000, "1.0 KB"), (3_400_000, "3.4 MB")],
)
def test_human_bytes(count: int, text: str) -> None:
    assert human_bytes(count) == text


def config_with(publish: dict[str, dict[str, object]]) -> object:
    return config_from_dict({"publish": publish}, Path("."))


def test_the_only_configured_target_is_the_default() -> None:
    config = config_from_dict({"publish": {"box": {"rsync": "me@host:/srv/www/"}}}, Path("."))

    expected = Target("box", "rsync", "me@host:/srv/www/", base_dir=Path("."))
    assert target_from_config(config, None) == expected


def test_named_target_with_all_settings() -> None:
    table = {"git": "x.git", "branch": "site", "cname": "n.org", "max_delete_fraction": 0.2}
    config = config_from_dict({"publish": {"pages": table, "box": {"rsync": "d"}}}, Path("."))

    target = target_from_config(config, "pages")

    assert (target.kind, target.branch, target.cname) == ("git", "site", "n.org")
    assert target.max_delete_fraction == 0.2


@pytest.mark.parametrize(
    ("publish", "name", "message"),
    [
        ({}, None, "name a target"),
        ({"a": {"rsync": "x"}, "b": {"rsync": "y"}}, None, "name a target"),
        ({"a": {"rsync": "x"}}, "b", "no \\[publish.b\\]"),
        ({"a": {"rsync": "x", "git": "y"}}, "a", "exactly one"),
        ({"a": {"rsync": "x", "colour": "red"}}, "a", "\\[publish.a\\] colour: unknown key"),
        ({"a": {"s3": "bucket/prefix"}}, "a", "s3://BUCKET"),
        ({"a": {"rsync": "x", "max_delete_fraction": 2}}, "a", "expected a number <= 1.0, got 2"),
        ({"a": {"git": ""}}, "a", "non-empty"),
    ],
)
def test_bad_target_tables(publish: dict[str, object], name: str | None, message: str) -> None:
    config = config_from_dict({"publish": publish}, Path("."))

    with pytest.raises(ConfigError, match=message):
        target_from_config(config, name)


def test_command_line_targets() -> None:
    assert target_from_options(None, None, None, None, None) is None
    git = target_from_options("repo.git", None, None, "pages", None)
    assert git is not None and (git.kind, git.branch) == ("git", "pages")
    with pytest.raises(ConfigError, match="only one"):
        target_from_options("repo.git", "dest", None, None, None)
    with pytest.raises(ConfigError, match="--branch"):
        target_from_options(None, "dest", None, "pages", None)
    with pytest.raises(ConfigError, match="--endpoint-url"):
        target_from_options("repo.git", None, None, None, "http://x")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("index.html", "text/html; charset=utf-8"),
        ("feed.xml", "application/xml"),
        ("search.json", "application/json"),
        ("app.js", "text/javascript; charset=utf-8"),
        ("site.css", "text/css; charset=utf-8"),
        ("site.webmanifest", "application/manifest+json"),
        ("pagefind/index/en_1a2b3c.pf_index", "application/octet-stream"),
        ("pagefind/fragment/en_1a2b3c.pf_fragment", "application/octet-stream"),
        ("photo.jpg", "image/jpeg"),
        ("mystery.zzz", "application/octet-stream"),
    ],
)
def test_content_types(path: str, expected: str) -> None:
    assert content_type(path) == expected


@pytest.mark.parametrize(
    ("path", "fingerprinted"),
    [
        ("assets/site.3f2a9c1e.css", True),
        ("assets/app-0123456789abcdef.js", True),
        ("pagefind/fragment/en_1a2b3c.pf_fragment", True),
        ("pagefind/pagefind.js", False),
        ("assets/site.css", False),
        ("index.html", False),
        ("2024/01/deadbeef12.html", False),
        ("feed.xml", False),
    ],
)
def test_fingerprinted_assets_are_cached_forever(path: str, fingerprinted: bool) -> None:
    assert is_fingerprinted(path) is fingerprinted
    expected = "public, max-age=31536000, immutable" if fingerprinted else "public, max-age=300"
    assert cache_control(path) == expected


def test_parse_itemized_rsync_output() -> None:
    output = "\n".join(
        [
            "*deleting  |0|old/x.html",
            "*deleting  |0|old/",
            ".f..t......|2|same.html",
            "cd+++++++++|4096|sub/",
            ">f+++++++++|12|sub/new.html",
            "<fc.t......|30|changed.css",
            "created directory dest",
        ]
    )

    plan = parse_itemized(output, remote_count=4)

    assert plan == PublishPlan(("sub/new.html",), ("changed.css",), ("old/x.html",), 42, 4)


@pytest.mark.parametrize(
    ("destination", "remote"),
    [
        ("me@host:/var/www", True),
        ("host:www", True),
        ("rsync://host/module/", True),
        ("/var/www", False),
        ("./a:b", False),
        ("www", False),
    ],
)
def test_remote_destinations(destination: str, remote: bool) -> None:
    assert is_remote(destination) is remote


def test_git_blob_id_matches_git(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git not found; install it with: apt-get install -y git")
    path = tmp_path / "page.html"
    path.write_bytes(b"<p>caf\xc3\xa9</p>\n")

    expected = subprocess.run(
        ["git", "hash-object", str(path)], capture_output=True, text=True, check=True
    ).stdout.strip()

    assert git_blob_id(path.read_bytes()) == expected


def test_commit_message() -> None:
    assert commit_message("0123456789abcdef", 3) == "Publish site from 0123456789ab (3 articles)"
    assert commit_message(None, 1) == "Publish site (1 article)"
    assert commit_message(None, None) == "Publish site"


def test_repository_address(tmp_path: Path) -> None:
    assert repository_address("git@github.com:me/a.git") == "git@github.com:me/a.git"
    assert repository_address("https://example.org/a.git") == "https://example.org/a.git"
    assert repository_address(str(tmp_path / "x" / ".." / "r.git")) == str(tmp_path / "r.git")


def test_tool_errors_keep_the_line_naming_the_cause() -> None:
    git_output = (
        "fatal: 'x.git' does not appear to be a git repository\n"
        "fatal: Could not read from remote repository.\n\n"
        "Please make sure you have the correct access rights\nand the repository exists.\n"
    )

    assert telling_line(git_output) == "fatal: 'x.git' does not appear to be a git repository"
    assert telling_line("something odd\nlast words\n") == "last words"
    assert telling_line("") == "no error message"
