"""Helpers shared by the publish tests: a fake built site, real tools, the CLI."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from site_gen.commands.publish import publish_command

SITE_FILES = {
    "index.html": "<h1>Archive</h1>",
    "2024/01/02/storm/index.html": "<p>Storm hits coast</p>",
    "2024/01/03/vote/index.html": "<p>Council votes</p>",
    "assets/site.3f2a9c1e.css": "body{color:#222}",
    "feed.xml": "<rss></rss>",
}


def require_tool(command: str, install: str) -> None:
    """Skip when a real tool is missing, but fail in CI, where it must be installed."""
    if shutil.which(command) is not None:
        return
    message = f"{command} not found; install it with: {install}"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def write_site(root: Path, files: dict[str, str], articles: int | None = 2) -> Path:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if articles is not None:
        (root / ".site-gen-build.json").write_text(f'{{"ok": true, "articles": {articles}}}')
    return root


def publish(*args: str) -> Result:
    return CliRunner().invoke(publish_command, list(args), catch_exceptions=False)
