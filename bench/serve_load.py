"""Load the preview server from a second process (wrk) and report requests/s and memory.

    python bench/serve_load.py [--seconds 10] [--connections 32] [SOURCE ...]

Starts `site-gen serve --port 0` on the sources (default: seeds/), runs wrk against the
home page and the article page for a bounded time each, and prints requests/s, errors
and the server's resident memory before and after (it should stay flat).
"""

from __future__ import annotations

import argparse
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SITE_GEN = str(Path(sys.executable).with_name("site-gen"))
ARTICLE = "/2022/12/11/us-says-russia-providing-unprecedented-military-support-to-iran/"


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def start_server(sources: list[str]) -> tuple[subprocess.Popen[str], str]:
    server = subprocess.Popen(
        [SITE_GEN, "serve", "--port", "0", *sources],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    deadline = time.monotonic() + 120
    assert server.stdout is not None
    while time.monotonic() < deadline:
        line = server.stdout.readline()
        found = re.search(r"Serving on (http://\S+?)/? ", line)
        if found:
            return server, found.group(1)
        if server.poll() is not None:
            break
    server.kill()
    raise SystemExit("site-gen serve did not start")


def run_wrk(url: str, seconds: int, connections: int) -> tuple[float, str]:
    done = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", url],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
    )
    rate = re.search(r"Requests/sec:\s+([\d.]+)", done.stdout)
    errors = re.search(r"Socket errors:.*|Non-2xx or 3xx responses: \d+", done.stdout)
    return (float(rate.group(1)) if rate else 0.0), (errors.group(0) if errors else "none")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", default=["seeds"])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk not found: apt-get install wrk")
    server, base = start_server(args.sources)
    try:
        before = rss_mib(server.pid)
        print(f"{'page':<10} {'requests/s':>12} {'errors':<30} RSS MiB")
        for name, path in (("home", "/"), ("article", ARTICLE), ("missing", "/nope/")):
            rate, errors = run_wrk(base + path, args.seconds, args.connections)
            print(f"{name:<10} {rate:>12.0f} {errors:<30} {rss_mib(server.pid):.0f}")
        after = rss_mib(server.pid)
        alive = server.poll() is None
        print(f"server RSS before {before:.0f} MiB, after {after:.0f} MiB; alive: {alive}")
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
