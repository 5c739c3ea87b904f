"""What every publisher shares: the built site it reads, its result and its error."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from site_gen.edges.publish.plan import PublishPlan

# The build writes this beside the pages; it describes the build and is never published.
BUILD_MARKER = ".site-gen-build.json"


class PublishError(Exception):
    """Publishing failed or was refused; the message is one line for the user (exit code 1)."""


@dataclass(frozen=True, slots=True)
class BuiltSite:
    """The output folder of a finished build, as the list of files to publish."""

    root: Path
    files: tuple[str, ...]  # POSIX paths relative to root, sorted
    articles: int | None  # from the build marker, when the build wrote one

    def path(self, relative: str) -> Path:
        return self.root / relative


@dataclass(frozen=True, slots=True)
class PublishResult:
    """What a publish did: the plan it carried out and a short note (commit id, 'up to date')."""

    plan: PublishPlan
    note: str = ""


class Publisher(Protocol):
    """One kind of target. `plan` only reads; `publish` makes the target match the site.

    `publish` takes the plan the caller checked, so what was approved is what is done;
    targets that compare again while copying (git, rsync) report what they really did.
    """

    def plan(self, site: BuiltSite) -> PublishPlan: ...

    def publish(self, site: BuiltSite, plan: PublishPlan) -> PublishResult: ...
