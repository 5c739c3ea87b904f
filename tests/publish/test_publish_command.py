"""The click command: target choice, exit codes and messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from publish_helpers import publish, require_tool


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
    require_tool("rsync", "apt-get install -y rsync")
    config = tmp_path / "elsewhere" / "site" / "site.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[publish.box]\nrsync = "../www/"\n')

    dry = publish("-c", str(config), "-o", str(project / "_site"), "--dry-run")
    result = publish("-c", str(config), "-o", str(project / "_site"))

    assert dry.exit_code == 0, dry.output
    assert "rsync ../www/" in dry.output
    assert "5 to add" in dry.output
    assert result.exit_code == 0, result.output
    # Relative paths in site.toml are relative to that file, not to the working folder.
    assert (tmp_path / "elsewhere" / "www" / "index.html").is_file()


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
