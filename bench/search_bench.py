"""What full-text search costs a build: the time the index adds, and its size.

    python bench/search_bench.py [--sizes 1000,10000] [--with-100k] [--work bench/_work]

For each size it generates Markdown articles of ~600 words drawn (Zipf-like) from a large
invented vocabulary and builds them twice from a cold cache, with `search = false` and
with search, so the difference is what the index costs. It also prints the largest
process's peak memory and what a first search downloads: the fixed files, the filters, one
index chunk and a page of result fragments.

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
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

SYLLABLES = ("ba", "ko", "ri", "ta", "ne", "mu", "sa", "lo", "vi", "de", "ga", "pu", "zo", "fe")
VOCABULARY_SIZE = 80_000
WORDS_PER_ARTICLE = 600
SECTIONS = ("World", "Business", "Politics", "Sport", "Science", "Culture", "Health", "Opinion")
SITE_GEN = str(Path(sys.executable).with_name("site-gen"))
RESULTS_SHOWN = 20  # the search page renders results in pages of this many


@dataclass(frozen=True, slots=True)
class Row:
    articles: int
    build_s: float  # site-gen build with search = false
    index_s: float  # what the same build with search takes more
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


def _build(corpus: Path, site: Path, work: Path, search: bool) -> tuple[float, float]:
    """A cold build: (seconds, peak RSS in MiB of its largest process)."""
    config = work / f"search-{'on' if search else 'off'}.toml"
    config.write_text(f"[site]\nsearch = {'true' if search else 'false'}\n", encoding="utf-8")
    shutil.rmtree(site, ignore_errors=True)
    shutil.rmtree(work / ".site-gen", ignore_errors=True)
    cache = work / f"cache-{site.name}"
    shutil.rmtree(cache, ignore_errors=True)
    command = [SITE_GEN, "build", str(corpus), "-o", str(site), "-c", str(config), "-q"]
    command += ["--cache-dir", str(cache)]
    child = subprocess.run(
        [sys.executable, "-c", TIMED_CHILD, *command], check=True, capture_output=True, text=True
    )
    stats = json.loads(child.stdout.strip().splitlines()[-1])
    return stats["seconds"], stats["peak_mib"]


# Runs a build in a child, so the peak RSS of its process tree is the build's own.
TIMED_CHILD = """\
import json, resource, subprocess, sys, time
started = time.perf_counter()
subprocess.run(sys.argv[1:], check=True)
seconds = time.perf_counter() - started
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_mib": peak_kib / 1024}))
"""


def measure(size: int, work: Path, seed: int) -> Row:
    corpus = generate_corpus(work / f"search-corpus-{size}-s{seed}", size, seed)
    site = work / f"search-site-{size}"
    build_s, _ = _build(corpus, site, work, search=False)
    with_search_s, peak_mib = _build(corpus, site, work, search=True)
    index = site.glob("pagefind*/fragment/*")
    return Row(
        articles=size,
        build_s=build_s,
        index_s=with_search_s - build_s,
        index_pages=sum(1 for _ in index),
        index_bytes=sum(sum(folder_bytes(b, "**/*")) for b in site.glob("pagefind*")),
        peak_mib=peak_mib,
        shards=len(list(site.glob("pagefind*"))),
        first_search_bytes=first_search_bytes(site),
    )


def table(rows: list[Row]) -> str:
    lines = [
        "| articles | build, search off | search adds | indexed | index size "
        "| shards | peak RSS, largest process | first search fetches |",
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
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",") if size]
    if args.with_100k:
        sizes.append(100_000)
    args.work.mkdir(parents=True, exist_ok=True)
    work = args.work.resolve()
    rows = []
    for size in sizes:
        rows.append(measure(size, work, args.seed))
        print(f"{size:,} articles done", file=sys.stderr)
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
