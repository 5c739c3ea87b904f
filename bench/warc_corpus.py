"""A generated web archive: N invented article pages (plus assets, redirects and revisits)
in one .warc.gz, as an archiving crawl would write it. Same seed, same bytes."""

from __future__ import annotations

import argparse
import html
import io
import json
import random
import sys
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402  (bench/ is a folder of scripts, not a package)

HOST = "https://bench-news.example"


def page_html(spec: corpus.ArticleSpec, url: str) -> bytes:
    """One article page in a typical news layout, with JSON-LD on two pages of three."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": spec.title,
        "datePublished": corpus.iso_date(spec.published),
        "author": [{"@type": "Person", "name": spec.byline}],
        "articleSection": spec.section,
        "keywords": list(spec.tags),
        "url": url,
    }
    json_ld = json.dumps(data).replace("<", "\\u003c")
    structured = (
        f'<script type="application/ld+json">{json_ld}</script>'
        if spec.index % 3
        else f'<meta property="article:published_time" content="{corpus.iso_date(spec.published)}">'
        f'<meta property="og:title" content="{html.escape(spec.title)}">'
    )
    body = "".join(f"<p>{html.escape(p)}</p>" for p in spec.paragraphs)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(spec.title)} | Bench News</title>"
        f'<meta property="og:type" content="article">{structured}</head><body>'
        "<header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>"
        f"<main><article><h1>{html.escape(spec.title)}</h1>{body}</article></main>"
        "<footer>Bench News, invented for benchmarks</footer></body></html>"
    ).encode()


def generate(out: Path, count: int, seed: int = 1, words: int = 400) -> Path:
    rng = random.Random(seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        previous = None
        for index in range(count):
            spec = corpus.plan_article(rng, index, previous, 0.0, words)
            previous = spec
            url = f"{HOST}/{spec.section.lower()}/{index}"
            date = f"2024-01-{1 + index % 28:02d}T{index % 24:02d}:00:00Z"
            record = _response(writer, url, page_html(spec, url), date)
            if index % 10 == 0:  # a stylesheet and a redirect now and then
                _response(writer, f"{url}.css", b"body{}", date, content_type="text/css")
                _response(writer, f"{url}-old", b"", date, status="301 Moved Permanently")
            if index % 50 == 0:  # a later visit found the page unchanged
                headers = record.rec_headers
                revisit = writer.create_revisit_record(
                    url,
                    headers.get_header("WARC-Payload-Digest"),
                    url,
                    date,
                    warc_headers_dict={"WARC-Date": "2024-03-01T00:00:00Z"},
                )
                writer.write_record(revisit)
    return out


def _response(
    writer: WARCWriter,
    url: str,
    body: bytes,
    date: str,
    status: str = "200 OK",
    content_type: str = "text/html; charset=utf-8",
) -> object:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers,
        warc_headers_dict={"WARC-Date": date},
    )  # fmt: skip
    writer.write_record(record)
    return record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path("bench/_work/warc/crawl.warc.gz"))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(generate(args.out, args.count, args.seed))


if __name__ == "__main__":
    main()
