"""`site-gen profile learn` over files: read the copies, learn, write the profile YAML
and say what was learned."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from site_gen.commands.learn import MIN_COPIES, learn_profile, profile_yaml
from site_gen.core.errors import ConfigError
from site_gen.parse.decode import DecodeProblem, decode


def learn_from_files(copies: Sequence[Path], output: Path, name: str | None) -> None:
    """ConfigError (a usage error) for too few copies or one that cannot be decoded."""
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
