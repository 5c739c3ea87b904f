"""Report the slowest input of the last `make fuzz`: time it again without the fuzzer's
instrumentation and print one line, e.g.

    fuzz/slowest.txt: 1834 bytes read as story.txt, 41.2 ms to parse (58.0 ms while fuzzing)

Inputs that never finished (over libFuzzer's -timeout) are not timed; they are listed.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path

from site_gen.core.config import Config
from site_gen.core.model import Source
from site_gen.parse import context_from_config, parse_source

FUZZ = Path(__file__).resolve().parent
SLOWEST = FUZZ / "slowest.txt"
REPEATS = 5  # the best of a few runs: the machine may be busy with something else


def parse_seconds(body: bytes, name: str) -> float:
    context = context_from_config(Config())
    source = Source(Path("/fuzz") / name, name, body, hashlib.sha256(body).hexdigest())
    best = float("inf")
    for _ in range(REPEATS):
        started = time.perf_counter()
        parse_source(source, context)
        best = min(best, time.perf_counter() - started)
    return best


def shown(path: Path) -> Path:
    return path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path


def main() -> int:
    for timeout in sorted(FUZZ.glob("timeout-*")):
        print(f"{shown(timeout)}: did not finish within the fuzzer's -timeout; parse it to see")
    record_path = SLOWEST.with_suffix(".json")
    if not SLOWEST.exists() or not record_path.exists():
        print(f"{shown(SLOWEST)}: no input was timed; run `make fuzz` first", file=sys.stderr)
        return 1
    record = json.loads(record_path.read_text(encoding="utf-8"))
    body = SLOWEST.read_bytes()
    seconds = parse_seconds(body, record["reader"])
    print(
        f"{shown(SLOWEST)}: {len(body)} bytes read as {record['reader']}, "
        f"{seconds * 1000:.1f} ms to parse ({record['seconds'] * 1000:.1f} ms while fuzzing)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
