"""Opening a SQLite store file: URI → path, connection settings, and schema migrations.

The schema lives in `index_config/sqlite/NNN_name.sql`; file NNN brings a database to
`PRAGMA user_version = NNN`. Migrations run in order, each in one transaction, when a store
is opened for writing; a database written by a newer cchc is refused rather than damaged. What SQL
cannot compute (MinHash signatures) is a Python function the migrations call (`MIGRATION_FUNCTIONS`).
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from cchc.vntext import fold
from store.base import StoreError
from store.sqlite_clusters import band_values_json, minhash_blob
from store.sqlite_facets import FacetIdNames, facet_tokens_of_json, id_blob_of_text

_MIGRATION_NAME = re.compile(r"^(\d{3})_[\w-]+\.sql$")
BUSY_TIMEOUT_SECONDS = 10.0
# synchronous = NORMAL is safe in WAL mode (a power cut may lose the last commits, never the file) and
# spares an fsync per commit; statement journals (savepoints) stay in memory. The page cache of readers
# stays at SQLite's default: a larger one made an export's memory grow with the store (bench/export.py).
CONNECTION_PRAGMAS = (
    "foreign_keys = ON",
    "synchronous = NORMAL",
    "temp_store = MEMORY",
)
# A writer updates the index b-trees (bands, facets, FTS, articles' indexes) at random places: a bulk write of
# 500 articles with SQLite's default 2 MiB cache read the same pages back from the OS again and again (-10% CPU
# at 10k articles), so a writer starts with 32 MiB (migrations, merges) and each transaction sizes the cache
# to its articles: a crawl writes ten at a time, and a 32 MiB cache filled up over a 20,000-page crawl for
# nothing.
WRITER_CACHE_KIB_PER_ARTICLE = 64
WRITER_CACHE_KIB = (2048, 32768)  # least, most
# Merging the FTS index (SQLiteStore.optimize) writes the whole index through the WAL; without a limit the
# WAL file would keep that size on disk for as long as any connection (a web server's) stays open.
WRITER_PRAGMAS = (f"cache_size = -{WRITER_CACHE_KIB[1]}", "journal_size_limit = 67108864")  # bytes


MIGRATION_FUNCTIONS = {
    "cchc_minhash": (1, minhash_blob),
    "cchc_bands": (1, band_values_json),
    "cchc_fold": (1, fold),
    "cchc_facet_ids": (1, id_blob_of_text),
    "cchc_facet_tokens": (1, facet_tokens_of_json),
}


class StoreConnection(sqlite3.Connection):
    """A connection to a store, with what its searches remember between calls: the (facet, value) of
    every facet id they have met (ids never change, store/sqlite_facets.py)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.facet_names = FacetIdNames()
        self.cache_kib = WRITER_CACHE_KIB[1]  # as WRITER_PRAGMAS set it (read-only connections never write)

    def size_cache_for(self, articles: int) -> None:
        """A page cache as large as a transaction of `articles` needs (WRITER_CACHE_KIB_PER_ARTICLE)."""
        least, most = WRITER_CACHE_KIB
        wanted = min(most, max(least, articles * WRITER_CACHE_KIB_PER_ARTICLE))
        if wanted != self.cache_kib:
            self.execute(f"PRAGMA cache_size = -{wanted}")
            self.cache_kib = wanted


def sqlite_path(uri: str) -> Path:
    """`sqlite:///data/x.sqlite` → data/x.sqlite (relative to the CWD), `sqlite:////abs/x` → /abs/x."""
    if not uri.startswith("sqlite:///"):
        raise StoreError(f"not a SQLite store URI: {uri!r} (expected sqlite:///PATH)")
    path = uri.removeprefix("sqlite:///")
    if not path:
        raise StoreError(f"SQLite store URI without a path: {uri!r}")
    return Path(path)


def migrations() -> list[tuple[int, str]]:
    """(version, SQL) of every schema file, in order."""
    folder = resources.files("index_config").joinpath("sqlite")
    found = []
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    if [version for version, _ in found] != list(range(1, len(found) + 1)):
        raise StoreError("SQLite schema files in index_config/sqlite are not numbered 001, 002, ...")
    return found


def connect(path: Path, *, read_only: bool) -> StoreConnection:
    """A connection in autocommit mode (transactions are explicit), usable from any thread."""
    try:
        if read_only:
            if not path.exists():
                raise StoreError(f"no store at {path}: crawl or import articles first")
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro",
                uri=True,
                isolation_level=None,
                check_same_thread=False,
                timeout=BUSY_TIMEOUT_SECONDS,
                factory=StoreConnection,
            )
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                path,
                isolation_level=None,
                check_same_thread=False,
                timeout=BUSY_TIMEOUT_SECONDS,
                factory=StoreConnection,
            )
        conn.row_factory = sqlite3.Row
        for pragma in CONNECTION_PRAGMAS if read_only else CONNECTION_PRAGMAS + WRITER_PRAGMAS:
            conn.execute(f"PRAGMA {pragma}")
        return conn
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(f"cannot open the SQLite store {path}: {exc}") from exc


def prepare(conn: sqlite3.Connection, path: Path, *, read_only: bool) -> list[int]:
    """Check the schema version; when writable, switch to WAL and apply pending migrations (their
    versions are returned).

    Two processes may open a new store at once: both would read version 0 and both run migration 1.
    So the pending migrations are chosen under the write lock (`BEGIN IMMEDIATE`), from the version read
    inside that transaction; the second process waits, then finds nothing left to do.
    """
    steps = migrations()
    latest = steps[-1][0]
    try:
        current = _checked_version(conn, path, latest)
        if read_only:
            if current < latest:
                raise StoreError(
                    f"{path} has store schema {current}, older than {latest}: open it once for writing "
                    f"to migrate it, e.g. `cchc store optimize --store sqlite:///{path}`"
                )
            return []
        if current == latest:
            return []
        _switch_to_wal(conn)  # not allowed inside a transaction
        for name, (arguments, function) in MIGRATION_FUNCTIONS.items():
            conn.create_function(name, arguments, function, deterministic=True)
        # A statement journals the pages it changes that existed before it: dropping a table journals every
        # page of it (schema 13 drops the old full-text index). In memory that peaked at 392 MiB migrating
        # 100k articles and 2.9 GiB at 1M; with a temporary file (SQLITE_TMPDIR, else TMPDIR, else /var/tmp:
        # 2.9 GB at 1M) at 87 and 99 MiB, in the same time.
        conn.execute("PRAGMA temp_store = FILE")
        try:
            conn.execute("BEGIN IMMEDIATE")
            current = _checked_version(conn, path, latest)
            pending = [(version, sql) for version, sql in steps if version > current]
            for version, sql in pending:
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        finally:
            if conn.in_transaction:  # a failed statement, or a newer cchc migrated the store meanwhile
                conn.execute("ROLLBACK")
            # Back to CONNECTION_PRAGMAS' setting: searches keep their small temporary tables in memory.
            conn.execute("PRAGMA temp_store = MEMORY")
        return [version for version, _ in pending]
    except sqlite3.Error as exc:
        raise StoreError(f"cannot prepare the SQLite store {path}: {exc}") from exc


def _switch_to_wal(conn: sqlite3.Connection) -> None:
    """Put the database in WAL mode, waiting for other connections as long as the busy timeout.

    Switching takes the file's exclusive lock. Two connections that both read a new file and then both
    switch it would deadlock, so SQLite answers one of them SQLITE_BUSY at once, without waiting out the
    busy timeout (6 processes opening a new store at once: 61 of 1,800 switches failed so): here that
    one tries again.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorname != "SQLITE_BUSY" or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a script, one by one: `executescript` would commit the caller's transaction
    (Python < 3.12) and with it the write lock the migrations are chosen under."""
    pending = ""
    for piece in script.split(";"):
        pending += piece
        if sqlite3.complete_statement(pending + ";"):  # a `;` in a trigger body or a comment is no end
            yield pending
            pending = ""
        else:
            pending += ";"
    yield pending.removesuffix(";")  # text after the last statement (comments, blanks; else an SQL error)


def _checked_version(conn: sqlite3.Connection, path: Path, latest: int) -> int:
    """The database's schema version, refused when a newer cchc wrote it."""
    try:
        current = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a SQLite database: {exc}") from exc
    if current > latest:
        raise StoreError(
            f"{path} has store schema {current}, newer than this cchc understands ({latest}): upgrade cchc"
        )
    return current
