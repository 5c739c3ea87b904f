"""Coverage-guided fuzzing of parse_source with atheris (not part of `make test`).

    .venv/bin/pip install atheris
    .venv/bin/python fuzz/fuzz_parse.py -max_total_time=300 fuzz/corpus
    .venv/bin/python fuzz/report_slowest.py

parse_source must return an Article or a ParseError for any bytes; anything it raises
is a crash, and libFuzzer saves the input as crash-<sha1> in the working folder. It must
also be quick for any bytes (issue 17: one line of share words took minutes): every input
is timed, and the slowest so far is kept in fuzz/slowest.txt for fuzz/report_slowest.py to report.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from site_gen.core.config import Config
    from site_gen.core.errors import ParseError
    from site_gen.core.model import Article, Source
    from site_gen.parse import context_from_config, parse_source

CONTEXT = context_from_config(Config())
NAMES = ("story.txt", "story.md")
SLOWEST = Path(__file__).resolve().parent / "slowest.txt"


@dataclass
class Slowest:
    """The slowest input seen in this run, written out as soon as it is seen: libFuzzer
    ends the process on -max_total_time or a crash without returning to Python."""

    seconds: float = 0.0

    def offer(self, name: str, body: bytes, seconds: float) -> None:
        if seconds <= self.seconds:
            return
        self.seconds = seconds
        SLOWEST.write_bytes(body)
        record = {"reader": name, "seconds": seconds, "bytes": len(body)}
        SLOWEST.with_suffix(".json").write_text(json.dumps(record) + "\n", encoding="utf-8")


SLOWEST_SO_FAR = Slowest()


def test_one_input(data: bytes) -> None:
    if not data:
        return
    # The first byte picks the format, so one corpus explores both readers.
    name = NAMES[data[0] % len(NAMES)]
    body = data[1:]
    source = Source(Path("/fuzz") / name, name, body, hashlib.sha256(body).hexdigest())
    started = time.perf_counter()
    result = parse_source(source, CONTEXT)
    SLOWEST_SO_FAR.offer(name, body, time.perf_counter() - started)
    if not isinstance(result, (Article, ParseError)):
        raise TypeError(f"parse_source returned {type(result).__name__}")


def main() -> None:
    # Patterns compile on first use; that once-per-process cost is not an input's.
    for name in NAMES:
        parse_source(Source(Path("/fuzz") / name, name, b"warm up\n", ""), CONTEXT)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
