"""How much a learned profile improves a site's fields over the generic path.

    python bench/learn_gain.py [--per-site]

For every profiled fixture site with three or more copies (tests/fixtures/sites/<site>/)
and every site in tests/fixtures/learn/: leave one copy out, learn a profile from the
others (`site-gen profile learn`'s functions), and score the held-out copy twice, with
the site's own profile removed: generic path only, and with the learned profile added.
Scored by the rule of tests/test_fixtures_corpus.py ("profile" not scored).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from site_scoring import (  # noqa: E402
    LEARN,
    SITES,
    Tally,
    copies_of,
    profiled_sites,
    score,
    table,
    without,
)

from site_gen.commands.learn import MIN_COPIES, learn_profile, profile_data  # noqa: E402
from site_gen.parse.profiles import Profile, profile_from_dict  # noqa: E402


def learned_from(
    others: list[Path], name: str, profiles: tuple[Profile, ...], foreign: list[str]
) -> Profile:
    texts = [p.read_text("utf-8") for p in others]
    learned = learn_profile(texts, f"learned-{name}", profiles, foreign)
    return profile_from_dict(profile_data(learned), f"learned from {name}")


def foreign_texts(folder: Path) -> list[str]:
    """Copies of every other site: a learned mark must not hit them."""
    return [
        p.read_text("utf-8", "replace")
        for p in sorted(SITES.glob("*/*.txt")) + sorted(LEARN.glob("*/*.txt"))
        if p.parent != folder and p.parent.name != "bad"
    ]


def site_gain(folder: Path, profiles: tuple[Profile, ...]) -> tuple[Tally, Tally]:
    generic, learned = Tally(), Tally()
    copies = copies_of(folder)
    foreign = foreign_texts(folder)
    for held in copies:
        others = [p for p in copies if p != held]
        profile = learned_from(others, folder.name, profiles, foreign)
        generic.add(score(held, profiles))
        learned.add(score(held, (profile, *profiles)))
    return generic, learned


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-site", action="store_true", help="Also one line per site.")
    args = parser.parse_args()
    folders = [SITES / s for s in profiled_sites()] + sorted(
        d for d in LEARN.iterdir() if d.is_dir()
    )
    generic, learned = Tally(), Tally()
    lines, skipped = [], []
    for folder in folders:
        if len(copies_of(folder)) < MIN_COPIES:
            skipped.append(f"{folder.name} ({len(copies_of(folder))})")
            continue
        site_generic, site_learned = site_gain(folder, without(folder.name))
        _merge(generic, site_generic)
        _merge(learned, site_learned)
        lines.append(
            f"{folder.name:<14}{len(copies_of(folder)):>3} copies"
            f"{site_generic.share():>8.0%} generic{site_learned.share():>8.0%} learned"
        )
    print("\n".join(table([("generic only", generic), ("learned profile", learned)])))
    print(
        f"{len(lines)} sites, leave-one-copy-out; skipped, fewer than {MIN_COPIES} copies: "
        + ", ".join(skipped)
    )
    if args.per_site:
        print("\n".join(lines))


def _merge(into: Tally, part: Tally) -> None:
    for name, total in part.total.items():
        into.total[name] = into.total.get(name, 0) + total
        into.right[name] = into.right.get(name, 0) + part.right.get(name, 0)


if __name__ == "__main__":
    main()
