"""No article is lost for want of a date: a copy printing none is dated by its file."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

from support import run_cli, soup_of

UNDATED = """Riverside Gazette

Ferry service to the islands resumes after repairs

By Jane Roe

The ferry between the mainland and the two islands will run again from Monday after
six weeks of repairs to its landing ramp, the county council said.

Islanders had relied on a small launch for food and post since the ramp cracked.
"""
FILE_TIME = datetime(2024, 3, 5, 8, 30, tzinfo=UTC)


def _write(folder: Path) -> Path:
    folder.mkdir()
    copy = folder / "ferry.txt"
    copy.write_text(UNDATED, "utf-8")
    os.utime(copy, (FILE_TIME.timestamp(), FILE_TIME.timestamp()))
    return copy


def test_parse_says_the_date_came_from_the_file(tmp_path: Path) -> None:
    copy = _write(tmp_path / "content")
    run = run_cli("parse", str(copy), "--json", "--explain")
    assert run.code == 0, run.err
    record = json.loads(run.out)
    assert record["title"] == "Ferry service to the islands resumes after repairs"
    assert record["date_source"] == "file"
    assert record["published"] == "2024-03-05T08:30:00+00:00"
    assert any(e["field"] == "published" and "file" in e["rule"] for e in record["explain"])
    assert "no publication date printed" in run.err


def test_build_keeps_the_article_and_warns(tmp_path: Path) -> None:
    _write(tmp_path / "content")
    out = tmp_path / "out"
    run = run_cli("build", str(tmp_path / "content"), "-o", str(out), "--no-search")
    assert run.code == 0, run.err
    assert "ferry.txt: warning: no publication date printed" in run.err
    page = soup_of(
        out
        / "2024"
        / "03"
        / "05"
        / "ferry-service-to-the-islands-resumes-after-repairs"
        / "index.html"
    )
    assert (
        page.find("h1").get_text(strip=True) == "Ferry service to the islands resumes after repairs"
    )
    # The reader is told the date is the file's, not the paper's, and no time is invented.
    shown = page.select_one(".published").get_text(" ", strip=True)
    assert shown == "No date printed; file saved 5 March 2024", shown


def test_strict_refuses_a_date_taken_from_the_file(tmp_path: Path) -> None:
    _write(tmp_path / "content")
    out = tmp_path / "out"
    run = run_cli("build", str(tmp_path / "content"), "-o", str(out), "--strict", "--no-search")
    assert run.code == 1, run.err
    assert "ferry.txt: no publication date printed; --strict refuses" in run.err
    assert not out.exists()


def test_undated_skip_refuses_the_copy(tmp_path: Path) -> None:
    _write(tmp_path / "content")
    (tmp_path / "site.toml").write_text(
        '[site]\nsources = ["content"]\nundated = "skip"\n', "utf-8"
    )
    run = run_cli(
        "build", "-c", str(tmp_path / "site.toml"), "-o", str(tmp_path / "out"), "--no-search"
    )
    assert run.code == 1, run.err
    assert "ferry.txt:1: no publication date found" in run.err


def test_a_relative_date_is_never_turned_into_a_date(tmp_path: Path) -> None:
    copy = _write(tmp_path / "content")
    copy.write_text(UNDATED.replace("By Jane Roe", "By Jane Roe\n3 hours ago"), "utf-8")
    os.utime(copy, (FILE_TIME.timestamp(), FILE_TIME.timestamp()))
    record = json.loads(run_cli("parse", str(copy), "--json").out)
    assert record["published"] == "2024-03-05T08:30:00+00:00"
    assert record["date_source"] == "file"


def _write_captured(folder: Path) -> None:
    """A copy whose archiving tool stamped the day it fetched the page, printing no date."""
    folder.mkdir()
    (folder / "ferry.txt").write_text("date 2023-11-20 " + UNDATED, "utf-8")


def test_a_capture_stamp_dates_the_copy_and_the_reader_is_told(tmp_path: Path) -> None:
    _write_captured(tmp_path / "content")
    out = tmp_path / "out"
    run = run_cli("build", str(tmp_path / "content"), "-o", str(out), "--no-search")
    assert run.code == 0, run.err
    assert "ferry.txt: warning: no publication date printed; dated by the capture" in run.err
    page = soup_of(out / "2023/11/20/ferry-service-to-the-islands-resumes-after-repairs/index.html")
    shown = page.select_one(".published").get_text(" ", strip=True)
    assert shown == "No date printed; page captured 20 November 2023", shown
    assert page.select_one(".captured") is None  # a day only: no time of day is invented


def test_strict_refuses_a_date_taken_from_a_capture_stamp(tmp_path: Path) -> None:
    _write_captured(tmp_path / "content")
    out = tmp_path / "out"
    run = run_cli("build", str(tmp_path / "content"), "-o", str(out), "--strict", "--no-search")
    assert run.code == 1, run.err
    assert "ferry.txt: no publication date printed; --strict refuses the capture" in run.err
    assert not out.exists()


ADDRESS = "https://www.riversidegazette.example/news/2024/02/27/ferry-service-resumes/"


def test_the_address_pasted_with_the_copy_dates_it_and_links_the_original(tmp_path: Path) -> None:
    content = tmp_path / "content"
    _write(content).write_text(f"{UNDATED}\nSource: {ADDRESS}\n", "utf-8")
    out = tmp_path / "out"
    run = run_cli("build", str(content), "-o", str(out), "--no-search")
    assert run.code == 0, run.err
    assert (
        f"ferry.txt: warning: no publication date printed; dated by the day in its address ({ADDRESS})"
        in run.err
    )
    page = soup_of(out / "2024/02/27/ferry-service-to-the-islands-resumes-after-repairs/index.html")
    shown = page.select_one(".published").get_text(" ", strip=True)
    assert shown == "No date printed; filed 27 February 2024 by its address", shown
    assert page.find("a", href=ADDRESS) is not None  # where the copy came from, linked
    body = page.select_one("article").get_text(" ", strip=True)
    assert "Source:" not in body


def test_strict_refuses_a_date_taken_from_the_address(tmp_path: Path) -> None:
    content = tmp_path / "content"
    _write(content).write_text(f"{UNDATED}\n{ADDRESS}\n", "utf-8")
    out = tmp_path / "out"
    run = run_cli("build", str(content), "-o", str(out), "--strict", "--no-search")
    assert run.code == 1, run.err
    assert (
        "ferry.txt: no publication date printed; --strict refuses the day in the page's address"
        in run.err
    )
