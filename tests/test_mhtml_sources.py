"""Pages saved by a browser as one file (.mhtml, .mht): the page inside is read as a saved
page is, with the address and the time the browser saved it from the file's headers."""

from __future__ import annotations

import base64
import json
import quopri
from pathlib import Path

from support import REPO, page, run_cli

PAGE = REPO / "tests" / "fixtures" / "html" / "valley-courier-frost.html"
ADDRESS = "https://valley-courier.example/farming/2021/orchard-frost"
BOUNDARY = "----MultipartBoundary--k3Yq8Zp2----"
PIXEL = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(40)).decode()


def saved_as_one_file(html: bytes, *, with_page: bool = True) -> bytes:
    """A page as Chrome's "Webpage, Single File" writes it: headers, the page in
    quoted-printable, then a picture in base64."""
    parts = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {ADDRESS}",
        "Subject: Orchard growers count frost losses",
        "Date: Thu, 22 Apr 2021 14:15:09 -0000",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/related; type="text/html"; boundary="{BOUNDARY}"',
        "",
    ]
    if with_page:
        parts += [
            f"--{BOUNDARY}",
            "Content-Type: text/html",
            "Content-ID: <frame-0@mhtml.blink>",
            "Content-Transfer-Encoding: quoted-printable",
            f"Content-Location: {ADDRESS}",
            "",
            quopri.encodestring(html).decode("ascii"),
        ]
    parts += [
        f"--{BOUNDARY}",
        "Content-Type: image/png",
        "Content-Transfer-Encoding: base64",
        "Content-Location: https://valley-courier.example/logo.png",
        "",
        PIXEL,
        f"--{BOUNDARY}--",
        "",
    ]
    return "\r\n".join(parts).encode("ascii")


def _parsed(path: Path) -> dict[str, object]:
    run = run_cli("parse", str(path), "--json")
    assert run.code == 0, run.err
    return json.loads(run.out)


def test_a_page_saved_as_one_file_reads_as_the_page_itself(tmp_path: Path) -> None:
    saved = tmp_path / "orchard-frost.mhtml"
    saved.write_bytes(saved_as_one_file(PAGE.read_bytes()))
    got, page = _parsed(saved), _parsed(PAGE)
    fields = ("title", "published", "modified", "section", "byline", "tags", "paragraphs")
    assert {k: got[k] for k in fields} == {k: page[k] for k in fields}
    assert got["title"] == "Orchard growers count frost losses"


def test_a_build_of_saved_single_files_shows_where_and_when_they_were_saved(
    tmp_path: Path,
) -> None:
    sources = tmp_path / "saved"
    sources.mkdir()
    (sources / "orchard-frost.mht").write_bytes(saved_as_one_file(PAGE.read_bytes()))
    run = run_cli("build", str(sources), "-o", str(tmp_path / "site"), "--no-search")
    assert run.code == 0, run.err
    assert "Built 1 articles" in run.out
    doc = page(tmp_path / "site", "/2021/04/19/orchard-growers-count-frost-losses/")
    assert doc.select_one(".story-body p").get_text().startswith("Apple and pear growers")
    links = [a["href"] for a in doc.select("a")]
    assert ADDRESS in links
    # saved 14:15 UTC: shown in the article's own zone (UTC-4)
    assert doc.select_one(".captured time")["datetime"] == "2021-04-22T10:15:09-04:00"


def test_a_single_file_without_a_page_or_broken_is_one_line_each(tmp_path: Path) -> None:
    (tmp_path / "pictures.mhtml").write_bytes(saved_as_one_file(PAGE.read_bytes(), with_page=False))
    (tmp_path / "cut.mhtml").write_bytes(saved_as_one_file(PAGE.read_bytes())[:300])
    (tmp_path / "noise.mht").write_bytes(bytes(range(256)) * 40)
    run = run_cli("build", str(tmp_path), "-o", str(tmp_path.parent / "site"), "--no-search")
    assert run.code == 1
    problems = sorted(line for line in run.err.splitlines() if ".mht" in line)
    assert len(problems) == 3, run.err
    assert all(line.count(":") >= 2 and "Traceback" not in line for line in problems)
    assert any("pictures.mhtml:1: no HTML page inside" in line for line in problems)
