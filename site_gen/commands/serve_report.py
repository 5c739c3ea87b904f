"""What `site-gen serve` prints: where it serves, then one line per build."""

from __future__ import annotations

import click

from site_gen.edges.serve import Outcome, Ready


def show_ready(info: Ready) -> None:
    click.echo(f"Serving on {info.url} (live reload on port {info.live_reload_port})")
    click.echo("Press Ctrl-C to stop.")


def show_outcome(outcome: Outcome) -> None:
    for message in outcome.errors:
        click.echo(f"site-gen: {message}" if outcome.result is None else message, err=True)
    result = outcome.result
    if result is None:
        click.echo("Build failed; still serving the last good site.", err=True)
        return
    verb = "Built" if outcome.is_first else "Rebuilt"
    click.echo(
        f"{verb} {result.articles} articles, {result.pages} pages in {result.seconds:.2f} s"
        + (f"; {len(result.problems)} files skipped" if result.problems else "")
    )
