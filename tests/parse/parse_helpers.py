from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

from site_gen.core.config import Config
from site_gen.core.errors import ParseError
from site_gen.core.model import Article, Source
from site_gen.parse import context_from_config, parse_source

FILE_TIME = 1_700_000_000.0  # 2023-11-14 22:13:20 UTC


def parse_bytes(data: bytes, name: str = "story.txt", config: Config | None = None):
    digest = hashlib.sha256(data).hexdigest()
    # A fixed file time: a copy that prints no date is dated by it, the same on every run.
    source = Source(Path("/nowhere") / name, name, data, digest, FILE_TIME)
    # No time budget: on a loaded machine a huge input's parse may pass the default 10 s
    # and be refused, so the test would measure the machine (test_budget.py tests budgets).
    context = dataclasses.replace(context_from_config(config or Config()), time_limit=0)
    return parse_source(source, context)


def parse_text(text: str, name: str = "story.txt", config: Config | None = None) -> Article:
    result = parse_bytes(text.encode("utf-8"), name, config)
    assert isinstance(result, Article), result
    return result


def parse_error(data: bytes | str, name: str = "story.txt") -> ParseError:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    result = parse_bytes(raw, name)
    assert isinstance(result, ParseError), result
    return result
