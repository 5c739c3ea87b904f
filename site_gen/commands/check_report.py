"""What `site-gen check` prints: every problem and warning, the doubts, the summary table."""

from __future__ import annotations

import click

from site_gen.commands.check import attention_lines, doubt_lines, summarise_check, summary_table
from site_gen.core.errors import ParseError
from site_gen.core.model import Article


def show_check(articles: list[Article], problems: list[ParseError]) -> None:
    for problem in sorted(problems, key=lambda p: p.path):
        click.echo(str(problem))
    for article in sorted(articles, key=lambda a: a.source):
        for warning in article.warnings:
            click.echo(f"{article.source}:1: warning: {warning}")
    summary = summarise_check(articles, problems)
    for line in doubt_lines(summary) + attention_lines(summary):
        click.echo(line)
    click.echo("")
    for line in summary_table(summary):
        click.echo(line)
