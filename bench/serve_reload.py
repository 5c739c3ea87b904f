"""Edit-to-visible time of `site-gen serve`: save a source, poll its page until the edit shows.

    python bench/serve_reload.py --count 10000 [--edits 3]

Generates a corpus with bench/corpus.py (count 1 uses seeds/), starts `site-gen serve --port 0`
on it, then appends a marker paragraph to one Markdown article several times and times each
save until the served page contains the marker. Every rebuild is a full build for now.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from e2e.serve_helpers import serving, site_gen_command, wait_for  # noqa: E402

STORY = "---\ntitle: Reload probe\ndate: 2024-05-01\n---\nThe probe article.\n"


def make_corpus(count: int, work: Path) -> Path:
    site = work / f"serve-{count}"
    content = site / "content"
    if not content.exists():
        content.mkdir(parents=True)
        if count > 1:
            subprocess.run(
                [sys.executable, str(HERE / "corpus.py"), "--count", str(count - 1),
                 "--out", str(content)],
                check=True, stdout=subprocess.DEVNULL,
            )  # fmt: skip
        (content / "probe.md").write_text(STORY, encoding="utf-8")
        (site / "site.toml").write_text('[site]\nsources = ["content"]\n', encoding="utf-8")
    return site


def probe_url(site: Path) -> str:
    done = subprocess.run(
        [*site_gen_command(), "parse", "--json", "content/probe.md"],
        cwd=site, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return str(json.loads(done.stdout)["url"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1, help="articles in the site")
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--work", type=Path, default=HERE / "_work")
    args = parser.parse_args()
    site = make_corpus(args.count, args.work)
    url = probe_url(site)
    probe = site / "content" / "probe.md"
    started = time.perf_counter()
    with serving(site, start_seconds=1800) as served:
        print(f"{args.count} articles: first build and start {time.perf_counter() - started:.1f} s")
        times = []
        for edit in range(args.edits):
            marker = f"probe-marker-{edit}-{time.time_ns()}"
            probe.write_text(STORY + f"\n{marker}\n", encoding="utf-8")
            saved = time.perf_counter()

            def visible(marker: str = marker) -> bool:
                status, body = served.get(url)
                return status == 200 and marker in body

            wait_for(visible, 600, f"edit {edit} to show")
            times.append(time.perf_counter() - saved)
            print(f"  edit {edit + 1}: visible after {times[-1]:.2f} s ({served.stdout[-1]})")
        print(f"{args.count} articles: median edit-to-visible {statistics.median(times):.2f} s")
    probe.write_text(STORY, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
