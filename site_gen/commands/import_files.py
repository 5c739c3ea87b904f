"""`site-gen import`: the Markdown files it writes, one per article, and what it prints."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from site_gen.commands.importer import article_markdown, markdown_names
from site_gen.core.errors import ParseError
from site_gen.core.model import Article


def import_articles(
    articles: Sequence[Article], problems: Sequence[ParseError], output: Path, force: bool
) -> int:
    """Write the articles as Markdown into `output` and print what was done; the number
    of files skipped because they exist."""
    output.mkdir(parents=True, exist_ok=True)
    written = skipped = 0
    for article, name in markdown_names(sorted(articles, key=lambda a: a.source)):
        target = output / name
        if write_markdown(target, article_markdown(article), force):
            written += 1
        else:
            skipped += 1
            click.echo(f"{target}: exists; not overwritten (use --force)", err=True)
    click.echo(
        f"Imported {written} of {len(articles) + len(problems)} files into {output}"
        + (f"; {skipped} skipped (exist)" if skipped else "")
        + (f"; {len(problems)} could not be read" if problems else "")
    )
    return skipped


def write_markdown(target: Path, text: str, force: bool) -> bool:
    """Create `target`; an existing file is replaced only with --force (atomically)."""
    data = text.encode("utf-8")
    if not force:
        try:
            with target.open("xb") as handle:
                handle.write(data)
        except FileExistsError:
            return False
        return True
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_bytes(data)
    temporary.replace(target)
    return True
