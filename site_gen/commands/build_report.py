"""What `site-gen build` prints: progress on a terminal, problems, the summary lines."""

from __future__ import annotations

import sys
from collections.abc import Callable

import click

from site_gen.core.errors import failures
from site_gen.engine.build import BuildRequest, BuildResult


def progress_printer(quiet: bool) -> Callable[[str, int, int], None] | None:
    if quiet or not sys.stderr.isatty():
        return None
    from site_gen.core.progress import TerminalProgress

    return TerminalProgress()


def report_build(result: BuildResult, request: BuildRequest, quiet: bool) -> bool:
    """Print the build's problems and summary; True when files had problems (exit 1)."""
    failed = failures(result.problems)
    for problem in result.problems:
        if not (quiet and problem.is_note):
            click.echo(str(problem), err=True)
    if not quiet:
        for warning in result.warnings:
            click.echo(warning, err=True)
    total = result.articles + len(failed)
    if not result.is_committed:
        click.echo(
            f"{len(failed)} of {total} files had problems; --strict: "
            f"{request.output} left unchanged",
            err=True,
        )
        return True
    if not quiet:
        click.echo(
            f"Built {result.articles} articles, {result.pages} pages into {request.output} "
            f"({result.written} written, {result.unchanged} unchanged; "
            f"{result.parsed} parsed, {result.rendered} rendered) "
            f"in {result.seconds:.2f} s{' (quick rebuild)' if result.is_quick else ''}, "
            f"peak {result.peak_rss_mib:.0f} MiB"
            + "".join(f"; {name} {secs:.2f} s" for name, secs in result.timings)
        )
        if result.search is not None:
            stats = result.search
            click.echo(
                f"Search index: {stats.pages} page{'' if stats.pages == 1 else 's'}, "
                f"{human_size(stats.index_bytes)} in pagefind/"
                + (
                    f" and {stats.bundles - 1} more period bundles, {stats.reindexed} indexed again"
                    if stats.bundles > 1
                    else ""
                )
                + f", built in {stats.seconds:.2f} s"
            )
    notes = len(result.problems) - len(failed)
    if notes and not quiet:
        click.echo(
            f"{notes} saved page{'' if notes == 1 else 's'} left out: not articles", err=True
        )
    if failed:
        click.echo(f"{len(failed)} of {total} files skipped", err=True)
        return True
    return False


def human_size(count: int) -> str:
    """Bytes for people: 1.2 MB, 340 kB, 12 B (decimal units, like du --si)."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if count >= scale:
            return f"{count / scale:.1f} {unit}"
    return f"{count} B"
