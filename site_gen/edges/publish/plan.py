"""The plan of a publish: which files go up, which go away, and how many bytes that is."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PublishPlan:
    """Changes that make the target equal the built site. Paths are relative, sorted."""

    add: tuple[str, ...]
    change: tuple[str, ...]
    delete: tuple[str, ...]
    bytes_to_send: int
    remote_count: int  # files at the target before publishing

    @property
    def is_empty(self) -> bool:
        return not (self.add or self.change or self.delete)

    @property
    def delete_fraction(self) -> float:
        return len(self.delete) / self.remote_count if self.remote_count else 0.0


def diff_listings(
    local: Mapping[str, str], remote: Mapping[str, str], sizes: Mapping[str, int]
) -> PublishPlan:
    """Compare path -> content digest maps; `sizes` gives the byte size of each local file."""
    add = tuple(sorted(p for p in local if p not in remote))
    change = tuple(sorted(p for p in local if p in remote and remote[p] != local[p]))
    delete = tuple(sorted(p for p in remote if p not in local))
    return PublishPlan(
        add=add,
        change=change,
        delete=delete,
        bytes_to_send=sum(sizes[p] for p in add + change),
        remote_count=len(remote),
    )


def summary_line(plan: PublishPlan, *, done: bool = False) -> str:
    """One line for humans and logs, e.g. '3 to add, 1 to change, 0 to delete (12.5 KB; ...)'."""
    verbs = ("added", "changed", "deleted") if done else ("to add", "to change", "to delete")
    counts = (len(plan.add), len(plan.change), len(plan.delete))
    listed = ", ".join(f"{count} {verb}" for count, verb in zip(counts, verbs, strict=True))
    sent = "sent" if done else "to send"
    return (
        f"{listed} ({human_bytes(plan.bytes_to_send)} {sent};"
        f" {plan.remote_count} files were at the target)"
    )


def plan_lines(plan: PublishPlan) -> tuple[str, ...]:
    """The file lists of a dry run, one file a line, marked like `git status --short`."""
    marked = (
        [f"A {p}" for p in plan.add]
        + [f"M {p}" for p in plan.change]
        + [f"D {p}" for p in plan.delete]
    )
    return tuple(marked)


def human_bytes(count: int) -> str:
    size = float(count)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{count} bytes" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000
    raise AssertionError("unreachable")
