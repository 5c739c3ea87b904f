"""What full-text search costs a build: Pagefind indexing time and index size.

    python bench/search_bench.py [--sizes 1000,10000] [--with-100k] [--work bench/_work]

For each size it generates Markdown articles of ~600 words drawn (Zipf-like) from a large
invented vocabulary, builds them with `search = false`, then indexes that output with
site_gen.render.search in a child process, so the two are timed apart and the peak memory of
Pagefind is its own. It also prints what a first search downloads: the fixed files, the
filters, one index chunk and a page of result fragments.

bench/corpus.py is not used here: its sentences come from phrase lists (about 1,600 distinct
words in all), which would make the index unrealistically small; the words of real news
keep growing with the archive, and so does the index.
Run it with the Python of the venv that has site_gen and pagefind[bin] installed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from site_gen.render.search import SHARD_PAGES

SYLLABLES = ("ba", "ko", "ri", "ta", "ne", "mu", "sa", "lo", "vi", "de", "ga", "pu", "zo", "fe")
VOCABULARY_SIZE = 80_000
WORDS_PER_ARTICLE = 600
SECTIONS = ("World", "Business", "Politics", "Sport", "Science", "Culture", "Health", "Opinion")
SITE_GEN = str(Path(sys.executable).with_name("site-gen"))
RESULTS_SHOWN = 20  # the search page renders results in pages of this many
# Runs in a child: index one built site, report SearchStats and Pagefind's peak RSS.
INDEX_CHILD = """\
import json, resource, sys
from pathlib import Path
from site_gen.core.config import Config
from site_gen.render.search import index_site
stats = index_site(Path(sys.argv[1]), Config(root=Path(sys.argv[1])), int(sys.argv[2]))
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"pages": stats.pages, "bytes": stats.index_bytes,
                  "seconds": stats.seconds, "peak_mib": peak_kib / 1024}))
"""


@dataclass(frozen=True, slots=True)
class Row:
    articles: int
    build_s: float  # site-gen build with search = false
    index_s: float  # Pagefind, as site_gen.render.search runs it
    index_pages: int
    index_bytes: int
    peak_mib: float
    shards: int
    first_search_bytes: int  # what a first one-word search with filters fetches


def folder_bytes(folder: Path, pattern: str = "*") -> list[int]:
    return [p.stat().st_size for p in folder.glob(pattern) if p.is_file()]


def first_search_bytes(site: Path) -> int:
    """pagefind.js and wasm once; per shard its metadata, filters (the page lists them) and
    one index chunk; then one page of result fragments."""
    bundles = sorted(site.glob("pagefind*"))
    total = sum(folder_bytes(bundles[0], "pagefind.js") + folder_bytes(bundles[0], "wasm.en.*"))
    fragments: list[int] = []
    for bundle in bundles:
        for pattern in ("pagefind-entry.json", "*.pf_meta", "filter/*"):
            total += sum(folder_bytes(bundle, pattern))
        chunks = sorted(folder_bytes(bundle / "index"))
        total += chunks[len(chunks) // 2] if chunks else 0
        fragments += folder_bytes(bundle / "fragment")
    fragments.sort()
    middle = len(fragments) // 2
    return total + sum(fragments[middle : middle + RESULTS_SHOWN])


def invented_words(count: int) -> list[str]:
    """`count` distinct pseudo-words, short ones first (so frequent words are short)."""
    words: list[str] = []
    for length in itertools.count(1):
        for parts in itertools.product(SYLLABLES, repeat=length):
            words.append("".join(parts))
            if len(words) == count:
                return words
    raise AssertionError("unreachable")


def generate_corpus(folder: Path, count: int, seed: int) -> Path:
    """`count` Markdown articles under `folder` (cached: written once per size and seed)."""
    marker = folder.with_name(folder.name + ".complete")
    if marker.exists():
        return folder
    rng = random.Random(seed)
    vocabulary = invented_words(VOCABULARY_SIZE)
    weights = list(itertools.accumulate(1 / rank for rank in range(1, VOCABULARY_SIZE + 1)))
    tags = [word.capitalize() for word in vocabulary[200:500]]
    tag_weights = list(itertools.accumulate(1 / rank for rank in range(1, len(tags) + 1)))
    first = datetime(2015, 1, 1, tzinfo=UTC)
    for number in range(count):
        words = rng.choices(vocabulary, cum_weights=weights, k=WORDS_PER_ARTICLE)
        paragraphs = [" ".join(words[i : i + 60]) + "." for i in range(0, len(words), 60)]
        published = first + timedelta(minutes=rng.randrange(10 * 365 * 24 * 60))
        front = {
            "title": " ".join(rng.choices(vocabulary, cum_weights=weights, k=8)).capitalize(),
            "date": published.isoformat(),
            "section": rng.choice(SECTIONS),
            "tags": sorted(set(rng.choices(tags, cum_weights=tag_weights, k=4))),
        }
        text = "\n".join(f"{key}: {json.dumps(value)}" for key, value in front.items())
        path = folder / f"{number // 1000:03d}" / f"{number:06d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\n{text}\n---\n\n" + "\n\n".join(paragraphs) + "\n")
    marker.touch()
    return folder


def measure(size: int, work: Path, seed: int, shard_pages: int) -> Row:
    corpus = generate_corpus(work / f"search-corpus-{size}-s{seed}", size, seed)
    config = work / "search-off.toml"
    config.write_text("[site]\nsearch = false\n", encoding="utf-8")
    site = work / f"search-site-{size}"
    started = time.perf_counter()
    subprocess.run(
        [SITE_GEN, "build", str(corpus), "-o", str(site), "-c", str(config), "-q"],
        check=True,
        cwd=work,
    )
    build_s = time.perf_counter() - started
    child = subprocess.run(
        [sys.executable, "-c", INDEX_CHILD, str(site), str(shard_pages)],
        check=True,
        capture_output=True,
        text=True,
    )
    stats = json.loads(child.stdout)
    return Row(
        articles=size,
        build_s=build_s,
        index_s=stats["seconds"],
        index_pages=stats["pages"],
        index_bytes=stats["bytes"],
        peak_mib=stats["peak_mib"],
        shards=len(list(site.glob("pagefind*"))),
        first_search_bytes=first_search_bytes(site),
    )


def table(rows: list[Row]) -> str:
    lines = [
        "| articles | build, search off | pagefind index | indexed | index size "
        "| shards | pagefind peak RSS | first search fetches |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row.articles:,} | {row.build_s:.1f} s | {row.index_s:.1f} s "
            f"({row.index_s / row.build_s:.0%} of build) | {row.index_pages:,} "
            f"| {row.index_bytes / 1e6:.1f} MB | {row.shards} | {row.peak_mib:.0f} MiB "
            f"| {row.first_search_bytes / 1e3:.0f} kB |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts")
    parser.add_argument("--with-100k", action="store_true", help="also 100,000 articles")
    parser.add_argument("--work", type=Path, default=Path(__file__).parent / "_work")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shard-pages", type=int, default=SHARD_PAGES, help="articles a shard")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",") if size]
    if args.with_100k:
        sizes.append(100_000)
    args.work.mkdir(parents=True, exist_ok=True)
    work = args.work.resolve()
    rows = []
    for size in sizes:
        rows.append(measure(size, work, args.seed, args.shard_pages))
        print(f"{size:,} articles done", file=sys.stderr)
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
