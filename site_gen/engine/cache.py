"""The persistent build cache: parsed articles by content hash, page fingerprints by build.

One SQLite file, so an entry is either fully written or absent (transactions), and a
checksum over each stored blob catches a file damaged outside SQLite: such an entry is
treated as missing and rebuilt, never served. Deleting the cache changes speed, not output.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from site_gen.core.model import Article

SCHEMA_VERSION = "5"  # 5: no snapshot table (the plan is kept in plan.sqlite)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, inode INTEGER, digest TEXT
);
CREATE TABLE IF NOT EXISTS articles (
    key TEXT PRIMARY KEY, light BLOB NOT NULL, full BLOB NOT NULL, checksum TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pages (
    generation TEXT NOT NULL, path TEXT NOT NULL, fingerprint TEXT NOT NULL,
    PRIMARY KEY (generation, path)
);
CREATE TABLE IF NOT EXISTS generations (generation TEXT PRIMARY KEY, base TEXT NOT NULL);
DROP TABLE IF EXISTS snapshot;
"""


def light(article: Article) -> Article:
    """The article without its body: what list pages, URLs and feeds' headers need."""
    return replace(article, paragraphs=(), body_html="", captions=(), notes=())


Entry = tuple[bytes, bytes, str]  # light blob, full blob, checksum: one row's payload


def entry_of(article: Article) -> Entry:
    """What the cache stores for an article. Pure, so pool workers make it: the main
    process then neither unpickles the full article nor pickles it again."""
    light_blob = pickle.dumps(light(article), protocol=pickle.HIGHEST_PROTOCOL)
    full_blob = pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL)
    return light_blob, full_blob, _checksum(light_blob, full_blob)


def _checksum(*blobs: bytes) -> str:
    digest = hashlib.sha256()
    for blob in blobs:
        digest.update(len(blob).to_bytes(8, "big"))
        digest.update(blob)
    return digest.hexdigest()


class BuildCache:
    """Opened by the orchestrator; workers never touch it (they get data, not paths)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open()
        except sqlite3.DatabaseError:
            self._db = self._reopen_empty()

    def _reopen_empty(self) -> sqlite3.Connection:
        """A damaged cache file is rebuilt from scratch rather than trusted."""
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        return self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(_SCHEMA)
        row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            db.executescript(
                "DELETE FROM files; DELETE FROM articles; DELETE FROM pages; "
                "DELETE FROM generations;"
            )
            db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        return db

    def verify(self) -> None:
        """Check the whole file (seconds at 100,000 articles, so full builds only); a
        damaged file is replaced by an empty cache. Quick rebuilds instead fall back to a
        full build on any database error, and every blob they read is checksummed."""
        try:
            verdict = self._db.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError:
            verdict = None
        if verdict is None or verdict[0] != "ok":
            self._db.close()
            self._db = self._reopen_empty()

    def close(self) -> None:
        self._db.close()

    # -- source files: stat -> digest, so unchanged files are not even read

    def known_digests(self) -> dict[str, tuple[int, int, int, str]]:
        rows = self._db.execute("SELECT path, size, mtime_ns, inode, digest FROM files")
        return {path: (size, mtime, inode, digest) for path, size, mtime, inode, digest in rows}

    def remember_files(self, rows: Iterable[tuple[str, int, int, int, str]]) -> None:
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)", rows)

    # -- parsed articles by content key

    def article_keys(self) -> frozenset[str]:
        return frozenset(row[0] for row in self._db.execute("SELECT key FROM articles"))

    def light_articles(self, keys: Iterable[str]) -> dict[str, Article]:
        return {key: article for key, article in self._load("light", keys)}

    def full_articles(self, keys: Iterable[str]) -> dict[str, Article]:
        return {key: article for key, article in self._load("full", keys)}

    def _load(self, column: str, keys: Iterable[str]) -> Iterator[tuple[str, Article]]:
        return _load_articles(self._db, column, keys)

    def store_articles(self, articles: Iterable[tuple[str, Article]]) -> None:
        self.store_entries((key, entry_of(article)) for key, article in articles)

    def store_entries(self, entries: Iterable[tuple[str, Entry]]) -> None:
        rows = [(key, *entry) for key, entry in entries]
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?)", rows)

    # -- page fingerprints, per output generation. A full build stores every page; a quick
    # rebuild only what it changed, on top of the generation it started from (its base),
    # so it writes a dozen rows, not 160,000.

    def page_fingerprints(self, generation: str) -> dict[str, str]:
        manifest: dict[str, str] = {}
        for layer in reversed(self._lineage(generation)):
            rows = self._db.execute(
                "SELECT path, fingerprint FROM pages WHERE generation = ?", (layer,)
            )
            manifest.update(rows.fetchall())
        return {path: fp for path, fp in manifest.items() if fp}  # "": deleted on top

    def _lineage(self, generation: str) -> list[str]:
        """The generation, its base, the base's base… (newest first)."""
        bases = dict(self._db.execute("SELECT generation, base FROM generations").fetchall())
        lineage = [generation]
        while lineage[-1] in bases and len(lineage) <= len(bases):
            lineage.append(bases[lineage[-1]])
        return lineage

    def store_pages(self, generation: str, fingerprints: dict[str, str]) -> None:
        with self._transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO pages VALUES (?, ?, ?)",
                ((generation, path, fp) for path, fp in fingerprints.items()),
            )

    def store_page_changes(self, generation: str, base: str, changed: dict[str, str]) -> None:
        """`generation` is `base` with `changed` on top (fingerprint, or "" = deleted)."""
        with self._transaction():
            self._db.execute("INSERT OR REPLACE INTO generations VALUES (?, ?)", (generation, base))
            self._db.executemany(
                "INSERT OR REPLACE INTO pages VALUES (?, ?, ?)",
                ((generation, path, fp) for path, fp in changed.items()),
            )

    def keep_generations(self, generations: set[str]) -> None:
        """Manifests of the live output and of the spare tree (and the bases they are
        stored on top of); older ones are dropped."""
        keep = {layer for generation in generations for layer in self._lineage(generation)}
        stored = [row[0] for row in self._db.execute("SELECT DISTINCT generation FROM pages")]
        layered = [row[0] for row in self._db.execute("SELECT generation FROM generations")]
        with self._transaction():
            for generation in stored:
                if generation not in keep:
                    self._db.execute("DELETE FROM pages WHERE generation = ?", (generation,))
            for generation in layered:
                if generation not in keep:
                    self._db.execute("DELETE FROM generations WHERE generation = ?", (generation,))

    def keep_only_sources(self, keys: set[str], named: Iterable[tuple[str, str]]) -> None:
        """After a complete build: forget the articles and file rows of sources it did not
        see (deleted, renamed or edited since), so the cache follows the sources."""
        self.forget_articles_except(keys)
        paths = {str(path) for path, _shown in named}
        stored = [row[0] for row in self._db.execute("SELECT path FROM files")]
        stale = [(path,) for path in stored if path not in paths]
        if stale:
            with self._transaction():
                self._db.executemany("DELETE FROM files WHERE path = ?", stale)

    def forget_articles_except(self, keys: set[str]) -> None:
        """Drop entries no source produces any more, so the cache does not grow forever."""
        stored = [row[0] for row in self._db.execute("SELECT key FROM articles")]
        stale = [(key,) for key in stored if key not in keys]
        if stale:
            with self._transaction():
                self._db.executemany("DELETE FROM articles WHERE key = ?", stale)

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN")

    def __exit__(self, kind: object, *rest: object) -> None:
        if kind is None:
            self._db.execute("COMMIT")
        elif self._db.in_transaction:
            # A failed statement (disk full) may already have ended the transaction.
            self._db.execute("ROLLBACK")


def file_stat(path: Path | str) -> tuple[int, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns, info.st_ino


class CacheReader:
    """Full articles read straight from the cache file, for render workers: a read-only
    connection of their own, so bodies never pass through the main process (WAL lets it
    read what the build has committed while the build goes on)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def full_articles(self, keys: Iterable[str]) -> dict[str, Article]:
        return dict(_load_articles(self._db, "full", keys))


def _load_articles(
    db: sqlite3.Connection, column: str, keys: Iterable[str]
) -> Iterator[tuple[str, Article]]:
    wanted = list(dict.fromkeys(keys))
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT key, light, full, checksum FROM articles WHERE key IN ({marks})", chunk
        )
        for key, light_blob, full_blob, checksum in rows:
            if _checksum(light_blob, full_blob) != checksum:
                continue  # torn or damaged: a miss, parsed again
            try:
                yield key, pickle.loads(light_blob if column == "light" else full_blob)
            except Exception:  # noqa: BLE001 - any unreadable entry is just a miss
                continue
