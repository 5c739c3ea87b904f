"""Publish with rsync to a folder or `user@host:path`; only changed files move.

--checksum compares content rather than times (a rebuild touches every file), and
--delay-updates puts all new files in place at the end, so visitors rarely see half a site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from site_gen.edges.publish.base import BUILD_MARKER, BuiltSite, PublishResult
from site_gen.edges.publish.plan import PublishPlan
from site_gen.edges.publish.process import run_tool
from site_gen.edges.publish.safety import SKIPPED_DIRS, check_destination, check_remote_path

_SYNC = ("rsync", "-a", "--delete", "--delay-updates", "--checksum")
_FILTERS = (f"--exclude=/{BUILD_MARKER}", *(f"--exclude={d}/" for d in sorted(SKIPPED_DIRS)))
_OUT_FORMAT = "--out-format=%i|%l|%n"
_REMOTE = re.compile(r"^(rsync://|[^/]*::?)")


def is_remote(destination: str) -> bool:
    """rsync's own rule: a colon before the first slash means another machine."""
    return bool(_REMOTE.match(destination))


def parse_itemized(output: str, remote_count: int) -> PublishPlan:
    """Read `%i|%l|%n` lines: new and changed files, deletions, and bytes to send."""
    add: list[str] = []
    change: list[str] = []
    delete: list[str] = []
    size_sent = 0
    for line in output.splitlines():
        parts = line.split("|", 2)
        if len(parts) != 3:
            continue  # rsync's own notices, e.g. about a created folder
        item, size, name = parts
        if item.startswith("*deleting"):
            if not name.endswith("/"):
                delete.append(name)
        elif item[:1] in "<>" and item[1:2] == "f":
            (add if item[2:5] == "+++" else change).append(name)
            size_sent += int(size) if size.isdigit() else 0
    return PublishPlan(
        add=tuple(sorted(add)),
        change=tuple(sorted(change)),
        delete=tuple(sorted(delete)),
        bytes_to_send=size_sent,
        remote_count=remote_count,
    )


@dataclass(frozen=True, slots=True)
class RsyncPublisher:
    """Mirrors the built site into `destination`, deleting stale files only inside it."""

    destination: str
    source_dir: Path

    def plan(self, site: BuiltSite) -> PublishPlan:
        self._check(site)
        done = run_tool([*self._command(site), "--dry-run"], what=f"rsync to {self.destination}")
        return parse_itemized(done.stdout, self._remote_count())

    def publish(self, site: BuiltSite, plan: PublishPlan) -> PublishResult:
        self._check(site)
        done = run_tool(self._command(site), what=f"rsync to {self.destination}")
        actual = parse_itemized(done.stdout, plan.remote_count)
        return PublishResult(actual, f"synced {self.destination}")

    @property
    def _target_dir(self) -> str:
        # The trailing slash makes rsync fill this folder instead of making one inside it.
        return self.destination.rstrip("/") + "/"

    def _check(self, site: BuiltSite) -> None:
        if is_remote(self.destination):
            check_remote_path(_REMOTE.sub("", self.destination), self.destination)
        else:
            check_destination(Path(self.destination), self.source_dir, site.root)

    def _command(self, site: BuiltSite) -> list[str]:
        return [*_SYNC, *_FILTERS, _OUT_FORMAT, f"{site.root}/", self._target_dir]

    def _remote_count(self) -> int:
        """Files at the target now; a target that does not exist yet has none."""
        done = run_tool(
            ["rsync", "-r", "--list-only", *_FILTERS, self._target_dir],
            what=f"listing {self.destination}",
            ok_codes=(0, 23),  # 23: the folder does not exist yet
        )
        return sum(1 for line in done.stdout.splitlines() if line[:1] in ("-", "l"))
