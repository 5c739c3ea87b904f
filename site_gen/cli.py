"""argv -> command; the only place that prints or exits."""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click

from site_gen import __version__
from site_gen.commands.check import attention_lines, doubt_lines, summarise_check, summary_table
from site_gen.commands.importer import article_markdown, markdown_names
from site_gen.commands.publish import publish_command
from site_gen.core.config import Config, find_config, load_config
from site_gen.core.errors import BuildError, ConfigError, ParseError, failures
from site_gen.core.model import Article
from site_gen.engine.build import BuildRequest, BuildResult, build, parse_files
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
        result = build(request, progress=_progress_printer(quiet))
        return report_build(result, request, quiet)

    guarded(debug, run)


def _progress_printer(quiet: bool) -> Callable[[str, int, int], None] | None:
    if quiet or not sys.stderr.isatty():
        return None
    from site_gen.core.progress import TerminalProgress

    return TerminalProgress()


def report_build(result: BuildResult, request: BuildRequest, quiet: bool) -> int:
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
        return EXIT_PROBLEMS
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
                f"{_size(stats.index_bytes)} in pagefind/"
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
        return EXIT_PROBLEMS
    return EXIT_OK


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

ARTICLE_FIELDS = (
    "source",
    "title",
    "slug",
    "url",
    "published",
    "modified",
    "section",
    "byline",
    "publisher",
    "tags",
    "summary",
    "paragraphs",
    "word_count",
    "timezone",
    "date_source",
    "lang",
)


def article_record(article: Article) -> dict[str, Any]:
    """The `parse --json` contract: these names are used by tests and tools."""
    record: dict[str, Any] = {}
    for name in ARTICLE_FIELDS:
        value = getattr(article, name)
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        record[name] = value
    record["published_precision"] = article.date_precision
    # Saved pages and web captures only, so the records of other sources stay as they were.
    if article.original_url is not None:
        record["original_url"] = article.original_url
    if article.captured is not None:
        record["captured"] = article.captured.isoformat()
    return record


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
            click.echo(_format_article(article, as_json, explain))
        return EXIT_PROBLEMS if failures(problems) else EXIT_OK

    guarded(debug, run)


def _format_article(article: Article, as_json: bool, explain: bool) -> str:
    record = article_record(article)
    if as_json:
        if explain:
            record["explain"] = [
                {"field": n.field, "rule": n.rule, "confidence": n.confidence}
                for n in article.notes
            ]
        return json.dumps(record, ensure_ascii=False)
    lines = [f"{key:>11}: {value}" for key, value in record.items() if key != "paragraphs"]
    lines.append(f"{'paragraphs':>11}: {len(article.paragraphs)}")
    if explain:
        lines.append(f"{'profile':>11}: {article.profile}")
        lines.append(f"{'explain':>11}: field, confidence, rule that decided it")
        lines += [f"{n.field:>11}  {n.confidence:>4.0%}  {n.rule}" for n in article.notes]
    return "\n".join(lines) + "\n"


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
        output.mkdir(parents=True, exist_ok=True)
        written = skipped = 0
        for article, name in markdown_names(sorted(articles, key=lambda a: a.source)):
            target = output / name
            if _write_markdown(target, article_markdown(article), force):
                written += 1
            else:
                skipped += 1
                click.echo(f"{target}: exists; not overwritten (use --force)", err=True)
        click.echo(
            f"Imported {written} of {len(articles) + len(problems)} files into {output}"
            + (f"; {skipped} skipped (exist)" if skipped else "")
            + (f"; {len(problems)} could not be read" if problems else "")
        )
        return EXIT_PROBLEMS if failures(problems) or skipped else EXIT_OK

    guarded(debug, run)


def _write_markdown(target: Path, text: str, force: bool) -> bool:
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
    from site_gen.commands.learn import MIN_COPIES, learn_profile, profile_yaml
    from site_gen.parse.decode import DecodeProblem, decode

    def run() -> int:
        if len(copies) < MIN_COPIES:
            raise ConfigError(
                f"profile learn: needs at least {MIN_COPIES} copies of one site, got {len(copies)}"
            )
        texts = []
        for path in copies:
            try:
                texts.append(decode(path.read_bytes()).text)
            except DecodeProblem as exc:
                raise ConfigError(f"{path}:1: {exc}") from None
        learned = learn_profile(texts, name or output.stem)
        output.write_text(profile_yaml(learned), encoding="utf-8")
        click.echo(
            f"Learned profile {learned.name!r} from {learned.copies} copies into {output}: "
            f"{len(learned.match)} marks, {len(learned.chrome)} chrome lines, "
            f"{len(learned.chrome_tail)} footer starts, {len(learned.sections)} sections, "
            f"{len(learned.date_labels)} date labels, zone {learned.timezone or 'not printed'}"
        )
        if not learned.match:
            click.echo(
                f"{output}: warning: no line recurs in every copy; add a 'match' pattern "
                "or the profile is never chosen",
                err=True,
            )
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

    def ready(info: serve.Ready) -> None:
        click.echo(f"Serving on {info.url} (live reload on port {info.live_reload_port})")
        click.echo("Press Ctrl-C to stop.")

    def report(outcome: serve.Outcome) -> None:
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

    def run() -> int:
        options = serve.ServeOptions(
            make_request=make_request,
            watch_extra=(config_file,) if config_file else (),
            host=host,
            port=port,
            open_browser=open_browser,
        )
        try:
            serve.serve(options, ready, report)
        except serve.PortUnavailable as exc:
            _fail(str(exc), EXIT_USAGE)
        click.echo("Stopped.")
        return EXIT_OK

    guarded(debug, run)


def _size(count: int) -> str:
    """Bytes for people: 1.2 MB, 340 kB, 12 B (decimal units, like du --si)."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if count >= scale:
            return f"{count / scale:.1f} {unit}"
    return f"{count} B"
