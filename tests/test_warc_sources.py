"""Web archives (WARC) as sources: made with warcio here, and one captured by wget."""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import json
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import REPO, page, require_tool, run_cli, soup_of, write_markdown
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

FIXTURES = REPO / "tests" / "fixtures" / "html"
FERRIES = (FIXTURES / "coastal-ledger-ferries.html").read_bytes()
FROST = (FIXTURES / "valley-courier-frost.html").read_bytes()
BAZAR = (FIXTURES / "nodibarta-bazar.html").read_bytes()
FERRIES_URL = "https://coastal-ledger.example/city/harbour-ferries"


class Archive:
    """A WARC written with warcio, record by record."""

    def __init__(self, path: Path) -> None:
        self.handle = path.open("wb")
        self.writer = WARCWriter(self.handle, gzip=path.name.endswith(".gz"))

    def response(
        self,
        url: str,
        body: bytes,
        date: str,
        status: str = "200 OK",
        content_type: str = "text/html; charset=utf-8",
    ) -> object:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = self.writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": date},
        )
        self.writer.write_record(record)
        return record

    def revisit(self, url: str, original: object, date: str) -> None:
        headers = original.rec_headers  # type: ignore[attr-defined]
        record = self.writer.create_revisit_record(
            url,
            headers.get_header("WARC-Payload-Digest"),
            headers.get_header("WARC-Target-URI"),
            headers.get_header("WARC-Date"),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1"),
            warc_headers_dict={"WARC-Date": date},
        )
        self.writer.write_record(record)

    def close(self) -> None:
        self.handle.close()


def _crawl(path: Path) -> Path:
    """Three articles, an older capture, a revisit, a redirect, an asset and a 404."""
    archive = Archive(path)
    first = archive.response(
        FERRIES_URL, FERRIES.replace(b"Sunday", b"Saturday"), "2023-04-02T09:00:00Z"
    )
    archive.response(FERRIES_URL, FERRIES, "2023-04-03T09:00:00Z")
    archive.response(
        "https://coastal-ledger.example/old-link", b"", "2023-04-03T09:00:01Z", "301 Moved"
    )
    archive.response(
        "https://coastal-ledger.example/site.css",
        b"body{}",
        "2023-04-03T09:00:02Z",
        content_type="text/css",
    )
    archive.response(
        "https://coastal-ledger.example/gone", FROST, "2023-04-03T09:00:03Z", "404 Not Found"
    )
    frost = archive.response(
        "https://valley-courier.example/farming/2021/orchard-frost",
        FROST,
        "2021-04-20T10:00:00Z",
        content_type="text/html",
    )
    archive.response("https://nodibarta.example/desh/notun-bazar", BAZAR, "2024-02-12T03:00:00Z")
    archive.revisit(
        "https://valley-courier.example/farming/2021/orchard-frost", frost, "2021-05-01T10:00:00Z"
    )
    del first
    archive.close()
    return path


def _records(run_out: str) -> dict[str, dict[str, object]]:
    records = [json.loads(line) for line in run_out.splitlines()]
    return {str(r["source"]).split("#", 1)[1]: r for r in records}


def test_newest_capture_wins_revisits_resolve_the_rest_is_ignored(tmp_path: Path) -> None:
    warc = _crawl(tmp_path / "crawl.warc.gz")
    run = run_cli("parse", str(warc), "--json")
    assert run.code == 0, run.err
    assert run.err == ""
    records = _records(run.out)
    assert sorted(records) == [
        "https://coastal-ledger.example/city/harbour-ferries",
        "https://nodibarta.example/desh/notun-bazar",
        "https://valley-courier.example/farming/2021/orchard-frost",
    ]
    ferries = records[FERRIES_URL]
    assert ferries["captured"] == "2023-04-03T09:00:00+00:00"
    assert "Sunday morning" in str(ferries["paragraphs"])
    frost = records["https://valley-courier.example/farming/2021/orchard-frost"]
    assert frost["captured"] == "2021-05-01T10:00:00+00:00"  # the revisit, resolved
    assert frost["title"] == "Orchard growers count frost losses"
    assert records["https://nodibarta.example/desh/notun-bazar"]["byline"] == ["রুমানা হক"]


def test_an_uncompressed_warc_reads_the_same(tmp_path: Path) -> None:
    gz = run_cli("parse", str(_crawl(tmp_path / "a.warc.gz")), "--json")
    plain = run_cli("parse", str(_crawl(tmp_path / "a.warc")), "--json")
    strip = lambda out: {k: {**v, "source": ""} for k, v in _records(out).items()}  # noqa: E731
    assert strip(gz.out) == strip(plain.out)


def test_truncated_warc_gz_is_one_line_and_earlier_pages_build(tmp_path: Path) -> None:
    warc = _crawl(tmp_path / "crawl.warc.gz")
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) - 900])
    run = run_cli("parse", str(warc), "--json")
    assert run.code == 1
    assert len(run.err.strip().splitlines()) == 1, run.err
    assert run.err.startswith(f"{warc}#record-"), run.err
    assert "truncated or damaged" in run.err
    assert FERRIES_URL in _records(run.out)


def test_a_record_with_a_wrong_length_is_one_line(tmp_path: Path) -> None:
    warc = _crawl(tmp_path / "crawl.warc")
    data = warc.read_bytes()
    # The first record claims 40 bytes fewer than it holds: the next header is misplaced.
    head_end = data.index(b"\r\n\r\n")
    header = data[:head_end].decode()
    length = int(header.split("Content-Length: ")[1].split("\r\n")[0])
    header = header.replace(f"Content-Length: {length}", f"Content-Length: {length - 40}")
    warc.write_bytes(header.encode() + data[head_end:])
    run = run_cli("parse", str(warc), "--json")
    assert run.code == 1
    assert len(run.err.strip().splitlines()) == 1, run.err
    assert run.err.startswith(f"{warc}#record-"), run.err


def test_an_oversized_page_in_an_archive_is_one_line(tmp_path: Path) -> None:
    warc = tmp_path / "big.warc.gz"
    archive = Archive(warc)
    archive.response(
        "https://big.example/huge", FERRIES + b" " * (21 * 2**20), "2023-01-01T00:00:00Z"
    )
    archive.response(FERRIES_URL, FERRIES, "2023-04-03T09:00:00Z")
    archive.close()
    run = run_cli("parse", str(warc), "--json")
    assert run.code == 1
    assert run.err.strip() == (
        f"{warc}#https://big.example/huge: page is larger than the 20 MB limit for one page"
    )
    assert list(_records(run.out)) == [FERRIES_URL]


def test_not_a_warc_at_all(tmp_path: Path) -> None:
    warc = tmp_path / "notes.warc.gz"
    warc.write_bytes(gzip.compress(b"just some notes, not an archive\n"))
    run = run_cli("parse", str(warc))
    assert run.code == 1
    assert run.err.startswith(f"{warc}#record-1: cannot read the archive here"), run.err


def test_build_shows_provenance_merges_copies_and_caches(tmp_path: Path) -> None:
    sources = tmp_path / "captures"
    sources.mkdir()
    _crawl(sources / "crawl.warc.gz")
    (sources / "frost-saved.html").write_bytes(FROST)  # the same URL as a capture
    write_markdown(
        sources,
        "ferries-notes.md",
        title="Harbour ferries resume after storm",
        date="2023-04-02T08:30:00+06:00",
        body="My pasted copy of the ferries story.",
    )
    site = tmp_path / "site"
    run = run_cli("build", str(sources), "-o", str(site), "--no-search")
    assert run.code == 0, run.err
    assert "Built 3 articles" in run.out
    assert (
        f"{sources}/ferries-notes.md: warning: same article as {sources}/crawl.warc.gz#{FERRIES_URL}"
        in run.err
    )
    assert (
        f"{sources}/frost-saved.html: warning: same article as {sources}/crawl.warc.gz#" in run.err
    )
    story = page(site, "/2023/04/02/harbour-ferries-resume-after-storm/")
    provenance = story.select_one(".provenance")
    assert provenance is not None
    link = provenance.select_one(".original a")
    assert link is not None and link["href"] == FERRIES_URL
    assert " ".join(provenance.select_one(".original").get_text().split()) == (
        f"Originally published at {FERRIES_URL}"
    )
    captured = provenance.select_one(".captured time")
    assert captured is not None and captured["datetime"] == "2023-04-03T15:00:00+06:00"
    assert provenance.select_one(".captured").get_text().startswith("Captured 3 April 2023")
    data = json.loads(story.select_one('script[type="application/ld+json"]').string)
    assert data["isBasedOn"] == FERRIES_URL
    again = run_cli("build", str(sources), "-o", str(site), "--no-search", "--full")
    assert again.code == 0, again.err
    assert "0 parsed" in again.out
    bengali = soup_of(next(site.glob("2024/02/11/*/index.html")))
    assert bengali.select_one("h1").get_text() == "নদীর পাড়ে নতুন বাজার চালু"


def test_check_and_import_read_archives(tmp_path: Path) -> None:
    warc = _crawl(tmp_path / "crawl.warc.gz")
    check = run_cli("check", str(warc))
    assert check.code == 0, check.out
    out = tmp_path / "md"
    imported = run_cli("import", str(warc), "-o", str(out))
    assert imported.code == 0, imported.err
    names = sorted(p.name for p in out.iterdir())
    assert "harbour-ferries-resume-after-storm.md" in names and len(names) == 3
    text = (out / "harbour-ferries-resume-after-storm.md").read_text("utf-8")
    assert f"original_url: {FERRIES_URL}" in text
    assert "captured: 2023-04-03T15:00:00+06:00" in text
    back = json.loads(
        run_cli("parse", str(out / "harbour-ferries-resume-after-storm.md"), "--json").out
    )
    assert back["original_url"] == FERRIES_URL and back["captured"] == "2023-04-03T15:00:00+06:00"


# --- one archive captured for real, by Debian's wget, from our own server ------------------


@pytest.fixture
def news_server(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "www"
    (root / "city").mkdir(parents=True)
    (root / "farming").mkdir()
    (root / "desh").mkdir()
    (root / "city" / "harbour-ferries.html").write_bytes(FERRIES)
    (root / "farming" / "orchard-frost.html").write_bytes(FROST)
    (root / "desh" / "notun-bazar.html").write_bytes(BAZAR)
    (root / "index.html").write_text(
        '<!doctype html><html><head><meta charset="utf-8"><title>Front</title>'
        '<meta property="og:type" content="website"></head><body>'
        '<a href="city/harbour-ferries.html">Ferries</a> <a href="farming/orchard-frost.html">Frost</a>'
        ' <a href="desh/notun-bazar.html">Bazar</a></body></html>',
        "utf-8",
    )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def test_wget_capture_builds(tmp_path: Path, news_server: str) -> None:
    require_tool("wget", "apt-get install wget")
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    subprocess.run(
        [
            "wget",
            "-q",
            "-r",
            "-l",
            "1",
            "--no-proxy",
            "--warc-file=capture",
            "-P",
            "mirror",
            news_server,
        ],
        cwd=crawl,
        check=False,  # wget exits 8 when a link (favicon…) is missing
        timeout=60,
    )
    warc = crawl / "capture.warc.gz"
    assert warc.exists()
    run = run_cli("parse", str(warc), "--json")
    records = _records(run.out)
    assert sorted(str(r["title"]) for r in records.values()) == [
        "Harbour ferries resume after storm",
        "Orchard growers count frost losses",
        "নদীর পাড়ে নতুন বাজার চালু",
    ]
    assert all(str(r["captured"]).endswith("+00:00") for r in records.values())
    assert f"{warc}#{news_server}:1: note: not an article (og:type 'website'); skipped" in run.err
    site = tmp_path / "site"
    built = run_cli("build", str(warc), "-o", str(site), "--no-search")
    assert "Built 3 articles" in built.out, built.err
