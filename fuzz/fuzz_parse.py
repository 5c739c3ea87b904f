"""Coverage-guided fuzzing of parse_source with atheris (not part of `make test`).

    .venv/bin/pip install atheris
    .venv/bin/python fuzz/fuzz_parse.py -max_total_time=300 fuzz/corpus

parse_source must return an Article or a ParseError for any bytes; anything it raises
is a crash, and libFuzzer saves the input as crash-<sha1> in the working folder.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from site_gen.config import Config
    from site_gen.errors import ParseError
    from site_gen.model import Article, Source
    from site_gen.parse import context_from_config, parse_source

CONTEXT = context_from_config(Config())
NAMES = ("story.txt", "story.md")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    # The first byte picks the format, so one corpus explores both readers.
    name = NAMES[data[0] % len(NAMES)]
    body = data[1:]
    source = Source(Path("/fuzz") / name, name, body, hashlib.sha256(body).hexdigest())
    result = parse_source(source, CONTEXT)
    if not isinstance(result, (Article, ParseError)):
        raise TypeError(f"parse_source returned {type(result).__name__}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
