"""The kept plan on disk: its state in one row, its article pages and feeds one row each.

A rebuild after a body edit loads the state and the few records it re-renders, never the
whole plan (100,000 page records take seconds to load). One SQLite file beside the build
cache; a damaged or unreadable file is the same as none (the next build plans afresh).
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

from site_gen.core.model import ArticlePage
from site_gen.engine.plan import PlanState
from site_gen.render.feeds import FeedGroup

SCHEMA_VERSION = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS state (
    id INTEGER PRIMARY KEY CHECK (id = 1), data BLOB NOT NULL, checksum TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS records (
    kind TEXT NOT NULL, name TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (kind, name)
);
"""


class PlanMissing(Exception):
    """The kept plan lacks a record it names: plan afresh."""


class PlanStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        try:
            self._db = self._open()
        except sqlite3.DatabaseError:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        # One thread at a time, but not always the one that opened it (records are stored
        # on a thread of their own while pages render).
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(_SCHEMA)
        row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            db.executescript("DELETE FROM state; DELETE FROM records;")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        return db

    def close(self) -> None:
        self._db.close()

    def state(self) -> PlanState | None:
        try:
            row = self._db.execute("SELECT data, checksum FROM state WHERE id = 1").fetchone()
            if row is None or _checksum(row[0]) != row[1]:
                return None
            value = pickle.loads(row[0])
        except Exception:  # noqa: BLE001 - a damaged state is the same as none
            return None
        return value if isinstance(value, PlanState) else None

    def forget(self) -> None:
        """While a build replaces the plan, no state may describe it."""
        self._db.execute("DELETE FROM state")

    def store_state(self, state: PlanState) -> None:
        blob = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
        self._db.execute("INSERT OR REPLACE INTO state VALUES (1, ?, ?)", (blob, _checksum(blob)))

    def store_records(
        self, pages: Iterable[tuple[str, ArticlePage]], groups: Sequence[FeedGroup]
    ) -> None:
        """A new plan's article pages (by source) and feeds (by path), replacing the last."""
        dump = pickle.dumps
        rows = [("page", source, dump(page, protocol=5)) for source, page in pages]
        rows += [("feed", group.path, dump(group, protocol=5)) for group in groups]
        self._db.execute("BEGIN")
        try:
            self._db.execute("DELETE FROM records")
            self._db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?)", rows)
            self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    def article_pages(self, sources: Iterable[str]) -> dict[str, ArticlePage]:
        return {name: value for name, value in self._load("page", sources)}  # type: ignore[misc]

    def feed_groups(self, paths: Iterable[str]) -> list[FeedGroup]:
        return [value for _, value in self._load("feed", paths)]  # type: ignore[misc]

    def _load(self, kind: str, names: Iterable[str]) -> list[tuple[str, object]]:
        wanted = list(dict.fromkeys(names))
        found = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT name, data FROM records WHERE kind = ? AND name IN ({marks})",
                (kind, *chunk),
            )
            found += [(name, pickle.loads(data)) for name, data in rows]
        if len(found) != len(wanted):
            raise PlanMissing(f"the kept plan lacks {len(wanted) - len(found)} {kind}s")
        return found


def _checksum(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()
