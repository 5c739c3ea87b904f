"""The click command: target choice, exit codes and messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from publish_helpers import publish


@pytest.mark.parametrize(
    "args",
    [
        ["--git", "a.git", "--rsync", "dest"],
        ["box", "--rsync", "dest"],
        ["--rsync", "dest", "--branch", "main"],
        ["--s3", "not-an-s3-url"],
        [],
    ],
    ids=["two-targets", "name-and-option", "branch-without-git", "bad-s3-url", "no-target"],
)
def test_bad_usage_exits_2(project: Path, args: list[str]) -> None:
    result = publish(*args)

    assert result.exit_code == 2
    assert result.output.startswith("error: ")
    assert len(result.output.strip().splitlines()) == 1


def test_unknown_target_name_exits_2(project: Path) -> None:
    (project / "site.toml").write_text('[publish.box]\nrsync = "../www/"\n')

    result = publish("pages")

    assert result.exit_code == 2
    assert "no [publish.pages] table (configured: box)" in result.output


def test_config_given_with_c_and_output_with_o(project: Path, tmp_path: Path) -> None:
    config = tmp_path / "elsewhere" / "site.toml"
    config.parent.mkdir()
    config.write_text('[publish.box]\nrsync = "../www/"\n')

    result = publish("-c", str(config), "-o", str(project / "_site"), "--dry-run")

    assert result.exit_code == 0, result.output
    assert "rsync ../www/" in result.output
    assert "5 to add" in result.output


def test_output_defaults_to_config_output(project: Path) -> None:
    (project / "site.toml").write_text('[site]\noutput = "public"\n[publish.box]\nrsync = "w"\n')

    result = publish("--dry-run")

    assert result.exit_code == 1
    assert "public: no built site here" in result.output


def test_unreadable_config_exits_2(project: Path) -> None:
    (project / "site.toml").write_text("[publish.box\n")

    result = publish("--dry-run")

    assert result.exit_code == 2
    assert "invalid TOML" in result.output
