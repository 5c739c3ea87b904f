"""No input hangs a build: hostile lines, hostile site patterns, and a per-file time budget."""

from __future__ import annotations

from pathlib import Path

from support import run_cli

ARTICLE = """Floods cut off river islands in the north

By Jane Doe
11 December 2022, 09:45 GMT

{line}

The river rose again on Sunday and the council said more rain was due, so families
moved their cattle to the embankment before nightfall and waited for the boats.
"""
# Each of these took Python's backtracking engine minutes (they double with each repeat).
HOSTILE_LINES = (
    "Share" + "  Print  " * 14 + " x",
    "Share" + " |  Tweet  " * 30 + " x",
    "World " + "| News " * 40 + "| " + "a" * 30 + "!",
    "a" * 60 + "b",
)


def _write_site(root: Path, patterns: str, extra_site: str = "") -> Path:
    content = root / "content"
    content.mkdir()
    for number, line in enumerate(HOSTILE_LINES):
        (content / f"hostile-{number}.txt").write_text(ARTICLE.format(line=line), "utf-8")
    (root / "site.toml").write_text(
        f'[site]\ntitle = "T"\nsources = ["content"]\n{extra_site}\n'
        f'[[sources]]\nname = "mine"\nmatch = ["^aaaa"]\nchrome = [{patterns}]\n',
        "utf-8",
    )
    return content


def test_hostile_lines_and_a_nested_repeat_build_in_seconds(tmp_path: Path) -> None:
    _write_site(tmp_path, "'(a+)+$', '^(?:(?:Share|Print)\\s*[|]?\\s*){2,}$'")
    run = run_cli(
        "build",
        "-c",
        str(tmp_path / "site.toml"),
        "-o",
        str(tmp_path / "out"),
        "--no-search",
        timeout=60,
    )
    assert run.code == 0, run.err
    assert f"Built {len(HOSTILE_LINES)} articles" in run.out
    built = (tmp_path / "out" / "index.html").read_text("utf-8")
    assert "Floods cut off river islands" in built


def test_a_site_pattern_that_cannot_be_linear_is_a_config_error(tmp_path: Path) -> None:
    _write_site(tmp_path, "'(a)\\1'")
    run = run_cli("build", "-c", str(tmp_path / "site.toml"), "-o", str(tmp_path / "out"))
    assert run.code == 2, run.err
    line = run.err.strip().splitlines()[-1]
    assert "[[sources]]" in line and "chrome" in line and "(a)\\1" in line, run.err
    assert "Traceback" not in run.err


def test_a_file_past_its_time_budget_is_skipped_and_the_rest_builds(tmp_path: Path) -> None:
    content = _write_site(tmp_path, "'^Print$'", extra_site="parse_timeout = 0.05")
    # A hundred thousand chrome lines parse in linear time, but not in 50 ms.
    slow = ARTICLE.format(line="Share\nAdvertisement\n" * 50_000)
    (content / "slow.txt").write_text(slow, "utf-8")
    run = run_cli(
        "build",
        "-c",
        str(tmp_path / "site.toml"),
        "-o",
        str(tmp_path / "out"),
        "--no-search",
        timeout=120,
    )
    assert run.code == 1, run.err
    assert "slow.txt: took longer than 0.05 s to parse; skipped" in run.err
    assert "Traceback" not in run.err
    assert (tmp_path / "out" / "index.html").exists()
