"""argv -> command: the options, error reporting and exit codes; what each command
prints beyond an error is in site_gen/commands/ (build_report, parse_report, ...)."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import click

from site_gen import __version__
from site_gen.commands.build_report import progress_printer, report_build
from site_gen.commands.check_report import show_check
from site_gen.commands.import_files import import_articles
from site_gen.commands.parse_report import format_article
from site_gen.commands.publish import publish_command
from site_gen.core.config import Config, find_config, load_config
from site_gen.core.errors import BuildError, ConfigError, ParseError, failures
from site_gen.core.model import Article
from site_gen.engine.build import BuildRequest, build, parse_files
from site_gen.engine.executor import default_jobs
from site_gen.shape.enrich import assign_urls

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 70, 130


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"site-gen: {message}", err=True)
    sys.exit(code)


def guarded(debug: bool, action: Callable[[], int]) -> NoReturn:
    """Run a command: user errors as one line, tracebacks only with --debug."""
    try:
        code = action()
    except KeyboardInterrupt:
        _fail("interrupted", EXIT_INTERRUPTED)
    except ConfigError as exc:
        # A config can have several problems: one line each.
        for line in str(exc).splitlines()[:-1]:
            click.echo(f"site-gen: {line}", err=True)
        _fail(str(exc).splitlines()[-1] if str(exc) else "bad configuration", EXIT_USAGE)
    except BuildError as exc:
        if debug:
            traceback.print_exc()
        _fail(str(exc), EXIT_PROBLEMS)
    except OSError as exc:
        if debug:
            traceback.print_exc()
        where = f"{exc.filename}: " if exc.filename else ""
        _fail(f"{where}{exc.strerror or exc}", EXIT_PROBLEMS)
    except Exception as exc:  # noqa: BLE001 - the one place that turns bugs into exit 70
        if debug:
            traceback.print_exc()
        _fail(f"internal error: {type(exc).__name__}: {exc} (run with --debug)", EXIT_INTERNAL)
    sys.exit(code)


def resolve_config(config_path: Path | None) -> Config:
    path = config_path or find_config(Path.cwd())
    return load_config(path, Path.cwd())


def resolve_sources(config: Config, given: tuple[Path, ...]) -> tuple[Path, ...]:
    if given:
        return given
    return tuple(config.root / d for d in config.source_dirs)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="site-gen")
def main() -> None:
    """site-gen: turn copied news articles and Markdown into a static news archive."""


config_option = click.option(
    "-c",
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Site config (default: ./site.toml if present).",
)
debug_option = click.option("--debug", is_flag=True, help="Show tracebacks.")


@main.command("build")
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Output folder.")
@config_option
@click.option("--strict", is_flag=True, help="Any problem stops the build; nothing replaced.")
@click.option("--drafts", is_flag=True, help="Include draft articles.")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=None, help="Worker processes.")
@click.option("-q", "--quiet", is_flag=True, help="Only print problems.")
@click.option(
    "--no-search", is_flag=True, help="Skip the search index this time (a quicker build)."
)
@click.option(
    "--executor",
    "executor_spec",
    metavar="dask://HOST:PORT",
    help="Run parse and render on a Dask cluster instead of local processes.",
)
@click.option(
    "--cache-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Build cache folder (default: .site-gen/ beside the config or the output).",
)
@click.option(
    "--full",
    is_flag=True,
    help="Re-plan every page and re-check the output trees (no quick rebuild).",
)
@debug_option
def build_command(
    sources: tuple[Path, ...],
    output: Path | None,
    config_path: Path | None,
    strict: bool,
    drafts: bool,
    jobs: int | None,
    quiet: bool,
    no_search: bool,
    executor_spec: str | None,
    cache_dir: Path | None,
    full: bool,
    debug: bool,
) -> None:
    """Build the archive from SOURCES (files or folders) into the output folder."""

    def run() -> int:
        config = resolve_config(config_path)
        request = BuildRequest(
            config=config,
            sources=resolve_sources(config, sources),
            output=output or config.root / config.output,
            strict=strict,
            jobs=jobs or default_jobs(),
            include_drafts=drafts,
            cache_dir=cache_dir,
            executor=executor_spec,
            index_search=not no_search,
            full=full,
        )
        if executor_spec and not executor_spec.startswith("dask://"):
            raise ConfigError(f"--executor: expected dask://HOST:PORT, got {executor_spec!r}")
        result = build(request, progress=progress_printer(quiet))
        return EXIT_PROBLEMS if report_build(result, request, quiet) else EXIT_OK

    guarded(debug, run)


@main.command("clean")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Output folder.")
@config_option
@debug_option
def clean_command(output: Path | None, config_path: Path | None, debug: bool) -> None:
    """Remove the output folder and site-gen's state (.site-gen/: cache, spare tree, lock)."""
    from site_gen.engine import state
    from site_gen.engine.clean import clean_paths, remove_paths

    def run() -> int:
        config = resolve_config(config_path)
        target = output or config.root / config.output
        removed = clean_paths(state.of_build(config, target), state.site_root(config))
        remove_paths(removed)
        cwd = Path.cwd()
        names = [str(p.relative_to(cwd) if p.is_relative_to(cwd) else p) for p in removed]
        click.echo(f"Removed {', '.join(names)}" if names else "Nothing to remove")
        return EXIT_OK

    guarded(debug, run)


main.add_command(publish_command, "publish")


@main.command("parse")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--explain", is_flag=True, help="Show which rule decided each field.")
@config_option
@debug_option
def parse_command(
    files: tuple[Path, ...], as_json: bool, explain: bool, config_path: Path | None, debug: bool
) -> None:
    """Parse FILES and print the articles found (nothing is written)."""

    def run() -> int:
        config = resolve_config(config_path)
        articles, problems, warnings = parse_files(config, files)
        for problem in problems:
            click.echo(str(problem), err=True)
        for warning in warnings:
            click.echo(warning, err=True)
        for article in sorted(assign_urls(articles, config), key=lambda a: a.source):
            click.echo(format_article(article, as_json, explain))
        return EXIT_PROBLEMS if failures(problems) else EXIT_OK

    guarded(debug, run)


def _parse_for_report(
    config_path: Path | None, sources: tuple[Path, ...]
) -> tuple[list[Article], list[ParseError]]:
    config = resolve_config(config_path)
    articles, problems, _ = parse_files(config, resolve_sources(config, sources))
    return articles, problems


@main.command("check")
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@config_option
@debug_option
def check_command(sources: tuple[Path, ...], config_path: Path | None, debug: bool) -> None:
    """Parse SOURCES (default: the site's sources), write nothing, report every problem."""

    def run() -> int:
        articles, problems = _parse_for_report(config_path, sources)
        show_check(articles, problems)
        return EXIT_PROBLEMS if failures(problems) else EXIT_OK

    guarded(debug, run)


@main.command("import")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder for the Markdown files.",
)
@click.option("--force", is_flag=True, help="Overwrite Markdown files that already exist.")
@config_option
@debug_option
def import_command(
    sources: tuple[Path, ...], output: Path, force: bool, config_path: Path | None, debug: bool
) -> None:
    """Turn plain-text copies in SOURCES into Markdown files with front matter in OUTPUT."""

    def run() -> int:
        articles, problems = _parse_for_report(config_path, sources)
        for problem in sorted(problems, key=lambda p: p.path):
            click.echo(str(problem), err=True)
        skipped = import_articles(articles, problems, output, force)
        return EXIT_PROBLEMS if failures(problems) or skipped else EXIT_OK

    guarded(debug, run)


@main.group("profile")
def profile_group() -> None:
    """Source profiles: what site-gen knows about one site's pages."""


@profile_group.command("learn")
@click.argument("copies", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help='The profile YAML to write (load it with profile = "..." in [[sources]]).',
)
@click.option("--name", help="The profile's name (default: the output file's name).")
@debug_option
def profile_learn_command(
    copies: tuple[Path, ...], output: Path, name: str | None, debug: bool
) -> None:
    """Learn a profile from three or more plain-text COPIES of pages of one site."""
    from site_gen.commands.learn_files import learn_from_files

    def run() -> int:
        learn_from_files(copies, output, name)
        return EXIT_OK

    guarded(debug, run)


@main.command("serve")
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-p",
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port to serve on (0 picks a free one).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--open", "open_browser", is_flag=True, help="Open the site in a browser.")
@config_option
@click.option("--drafts", is_flag=True, help="Include draft articles (preview only).")
@click.option(
    "--search", "with_search", is_flag=True, help="Also build the search index on every save."
)
@debug_option
def serve_command(
    sources: tuple[Path, ...],
    port: int,
    host: str,
    open_browser: bool,
    config_path: Path | None,
    drafts: bool,
    with_search: bool,
    debug: bool,
) -> None:
    """Preview SOURCES with live reload: rebuild on every change, keep serving after a bad edit."""
    from site_gen.commands.serve_report import show_outcome, show_ready
    from site_gen.edges import serve

    config_file = config_path or find_config(Path.cwd())

    def make_request() -> BuildRequest:
        config = resolve_config(config_path)
        return BuildRequest(
            config=config,
            sources=resolve_sources(config, sources),
            output=Path("_unused"),  # serve builds into its own temporary folder
            jobs=default_jobs(),
            include_drafts=drafts,
            # Indexing takes seconds per thousand articles: off unless asked for, so a
            # save shows at once; the search page then says the index is missing.
            index_search=with_search,
        )

    def run() -> int:
        options = serve.ServeOptions(
            make_request=make_request,
            watch_extra=(config_file,) if config_file else (),
            host=host,
            port=port,
            open_browser=open_browser,
        )
        try:
            serve.serve(options, show_ready, show_outcome)
        except serve.PortUnavailable as exc:
            _fail(str(exc), EXIT_USAGE)
        click.echo("Stopped.")
        return EXIT_OK

    guarded(debug, run)
