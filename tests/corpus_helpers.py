"""Small Markdown corpora in tmp_path and a site-gen run, for feed/sitemap/meta tests."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from support import Run, run_cli

from site_gen.core.model import Article

REPO = Path(__file__).resolve().parent.parent
SITE_GEN = str(Path(sys.executable).with_name("site-gen"))
SCHEMAS = Path(__file__).resolve().parent / "schemas"
BASE_URL = "https://news.example.org"

# Strings that break out of HTML, attributes, XML and script elements when escaped wrongly.
HOSTILE = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</script>",
    "]]>",
    "&amp;",
)
HOSTILE_TITLE = " ".join(("Breaking", *HOSTILE))


def write_article(folder: Path, name: str, body: str = "Some text.", **meta: Any) -> Path:
    """A Markdown source with YAML front matter (safe_dump quotes whatever needs quoting)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=True)
    path.write_text(f"---\n{front}---\n\n{body}\n", encoding="utf-8")
    return path


def write_config(root: Path, **site: Any) -> Path:
    lines = ["[site]"]
    for key, value in site.items():
        if isinstance(value, bool):
            lines.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, int):
            lines.append(f"{key} = {value}")
        else:
            lines.append(f"{key} = {_toml_string(str(value))}")
    path = root / "site.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def build(root: Path, *args: str) -> Run:
    """`site-gen build` in `root` (its site.toml, its sources), output in root/_site."""
    return run_cli("build", *args, "-o", str(root / "_site"), "-j", "1", cwd=root, timeout=120)


def write_hostile_article(folder: Path, authors: list[str]) -> Path:
    """One article whose title, summary, section, tags and byline are all hostile strings."""
    return write_article(
        folder,
        "hostile.md",
        title=HOSTILE_TITLE,
        date="2024-03-01T08:00:00+00:00",
        section=HOSTILE[1],
        tags=list(HOSTILE),
        author=authors,
        summary=HOSTILE_TITLE,
    )


def make_article(**fields: Any) -> Article:
    """An enriched Article for calling pure functions directly; override what matters."""
    defaults: dict[str, Any] = {
        "source": "x.md",
        "title": "Title",
        "slug": "title",
        "published": datetime(2024, 1, 1, tzinfo=UTC),
        "modified": None,
        "section": None,
        "byline": (),
        "publisher": None,
        "tags": (),
        "summary": "",
        "paragraphs": (),
        "body_html": "",
        "word_count": 0,
        "timezone": "UTC",
        "url": "/2024/01/01/title/",
    }
    return Article(**{**defaults, **fields})
