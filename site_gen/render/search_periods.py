"""The periods of publication the search index is cut into: a decade, split into years
(quarters, months, days) while it holds more than a bundle's share of pages.

Pure: pages in, periods out, named as their bundle folders are (search.plan_bundles).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol, TypeVar


class Dated(Protocol):
    @property
    def sort_key(self) -> str: ...  # ISO date, or "" for a page without one

    @property
    def path(self) -> str: ...


PageT = TypeVar("PageT", bound=Dated)


def periods_newest_first(
    pages: Iterable[PageT], shard_pages: int, day_split_factor: int
) -> list[tuple[str, list[PageT]]]:
    """(period slug, its pages newest first), newest period first. A period is a decade,
    split into years (then quarters, months, days) when it holds over `shard_pages`
    (days only past `day_split_factor` times as many)."""
    periods: dict[str, list[PageT]] = {}
    for page in pages:
        periods.setdefault(_decade(page.sort_key), []).append(page)
    for period_of, limit in (
        (_year, shard_pages),
        (_quarter, shard_pages),
        (_month, shard_pages),
        (_day, shard_pages * day_split_factor),
    ):
        finer: dict[str, list[PageT]] = {}
        for period, members in periods.items():
            if len(members) <= limit:
                finer[period] = members
                continue
            for page in members:
                finer.setdefault(period_of(page.sort_key), []).append(page)
        periods = finer
    newest_first = sorted(periods, key=lambda period: (_start(period), period), reverse=True)
    return [
        (
            _slug(period),
            sorted(periods[period], key=lambda page: (page.sort_key, page.path), reverse=True),
        )
        for period in newest_first
    ]


def _decade(sort_key: str) -> str:
    return sort_key[:3]


def _year(sort_key: str) -> str:
    return sort_key[:4]


def _quarter(sort_key: str) -> str:
    """ "2015-q2" for April to June; a key without a month keeps its year."""
    month = sort_key[5:7]
    if not (month.isdigit() and 1 <= int(month) <= 12):
        return sort_key[:7]
    return f"{sort_key[:4]}-q{(int(month) - 1) // 3 + 1}"


def _month(sort_key: str) -> str:
    return sort_key[:7]


def _day(sort_key: str) -> str:
    return sort_key[:10]


def _start(period: str) -> str:
    """Where a period starts, as an ISO key prefix ("2015-q2" -> "2015-04"): periods
    never overlap, so their starts order them."""
    found = re.fullmatch(r"([0-9]{4})-q([1-4])", period)
    return f"{found[1]}-{3 * int(found[2]) - 2:02d}" if found else period


def _slug(period: str) -> str:
    if re.fullmatch(r"[0-9]{3}", period):
        return f"{period}0s"
    return period if re.fullmatch(r"[0-9-]+|[0-9]{4}-q[1-4]", period) else "undated"
