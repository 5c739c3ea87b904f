"""`site-gen publish [NAME]`: the click command; the main CLI registers it with one line."""

from __future__ import annotations

from pathlib import Path

import click

from site_gen.core.config import Config, find_config, load_config, shown_path
from site_gen.core.errors import ConfigError
from site_gen.edges.publish.base import PublishError
from site_gen.edges.publish.open import open_publisher
from site_gen.edges.publish.plan import PublishPlan, plan_lines, summary_line
from site_gen.edges.publish.safety import check_deletions, load_built_site
from site_gen.edges.publish.target import Target, target_from_config, target_from_options

EXIT_FAILED = 1
EXIT_USAGE = 2


@click.command("publish")
@click.argument("name", required=False)
@click.option("--git", "git_location", metavar="PATH_OR_URL", help="Publish to a git branch.")
@click.option("--branch", help="Branch for --git (default gh-pages).")
@click.option("--rsync", "rsync_destination", metavar="DEST", help="rsync to DIR or host:path.")
@click.option("--s3", "s3_url", metavar="s3://BUCKET/PREFIX", help="Upload to S3 storage.")
@click.option("--endpoint-url", metavar="URL", help="S3-compatible endpoint for --s3.")
@click.option("--dry-run", is_flag=True, help="Print the plan and change nothing.")
@click.option("--force", is_flag=True, help="Allow deleting more than max_delete_fraction.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Built site (default _site).")
@click.option("-c", "--config", "config_path", type=click.Path(path_type=Path), help="site.toml")
def publish_command(
    name: str | None,
    git_location: str | None,
    branch: str | None,
    rsync_destination: str | None,
    s3_url: str | None,
    endpoint_url: str | None,
    dry_run: bool,
    force: bool,
    output: Path | None,
    config_path: Path | None,
) -> None:
    """Put the built site on static hosting: a git branch, an rsync target or S3."""
    context = click.get_current_context()
    try:
        config, origin = _load(config_path)
        cli_target = target_from_options(
            git_location, rsync_destination, s3_url, branch, endpoint_url
        )
        target = _choose(config, origin, name, cli_target)
    except ConfigError as exc:
        click.echo(f"error: {exc}", err=True)
        context.exit(EXIT_USAGE)
    output_dir = output if output is not None else config.root / config.output
    try:
        _publish(target, output_dir, config.root, dry_run=dry_run, force=force)
    except PublishError as exc:
        click.echo(f"error: publish failed: {exc}", err=True)
        context.exit(EXIT_FAILED)


def _load(config_path: Path | None) -> tuple[Config, str]:
    """The given site.toml, else the one in the working folder, else defaults."""
    path = config_path if config_path is not None else find_config(Path.cwd())
    return load_config(path, root=Path.cwd()), shown_path(path) if path else "site.toml"


def _choose(config: Config, origin: str, name: str | None, cli_target: Target | None) -> Target:
    if cli_target is None:
        return target_from_config(config, name, origin)
    if name is not None:
        raise ConfigError(f"give a target name ({name}) or --git/--rsync/--s3, not both")
    return cli_target


def _publish(target: Target, output: Path, source_dir: Path, *, dry_run: bool, force: bool) -> None:
    site = load_built_site(output)
    branch = f" (branch {target.branch})" if target.kind == "git" else ""
    click.echo(f"Publishing {output} to {target.kind} {target.location}{branch}")
    with open_publisher(target, source_dir) as publisher:
        plan = publisher.plan(site)
        if dry_run:
            _show_plan(plan, target, force)
            return
        check_deletions(plan, target.max_delete_fraction, force)
        result = publisher.publish(site, plan)
    note = f"; {result.note}" if result.note else ""
    click.echo(f"Published: {summary_line(result.plan, done=True)}{note}")


def _show_plan(plan: PublishPlan, target: Target, force: bool) -> None:
    click.echo(f"Dry run: {summary_line(plan)}")
    for line in plan_lines(plan):
        click.echo(f"  {line}")
    try:
        check_deletions(plan, target.max_delete_fraction, force)
    except PublishError as exc:
        click.echo(f"note: a real publish would stop: {exc}")
    click.echo("Nothing was changed (dry run).")
