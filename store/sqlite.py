"""The embedded store: one SQLite file (WAL) with articles, raw pages, fact tables and an FTS5 index.

`SQLiteStore("sqlite:///data/cchc.sqlite")`. Search is accent-insensitive through an index of
`cchc.vntext.fold`ed text (see store/sqlite_query.py), or exact on the NFC text. Each thread gets
its own connection (the web app serves from threads); `iter_articles` reads from a connection of
its own, so a caller may upsert while it iterates (`cchc reextract`).

A store object that wrote at least MERGE_AFTER_SHARE of the store's articles merges the full-text
index when it is closed (`optimize`): a crawl, a copy or a re-extraction leaves the index in one piece.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice

from cchc.record import Article
from store.base import (
    ArticleVersion,
    HttpValidators,
    SearchQuery,
    SearchResult,
    Store,
    StoreError,
    UpsertReport,
    article_id,
    article_key,
    text_hash,
)
from store.sqlite_rows import Outcome, normalize_article, read_article, write_articles
from store.sqlite_schema import StoreConnection, connect, prepare, sqlite_path
from store.sqlite_search import run_search, translate_error
from store.sqlite_selection import select

COMMIT_EVERY = 500
MERGE_AFTER_SHARE = 0.05
# A read-only store (a web server's) reads its searches' pages from a memory map of the file: no read()
# call and no private copy per page, and the processes serving the store share the mapped pages with the
# OS cache. Search page at 100k articles in process: 12.4 -> 11.3 ms of CPU, 0.7 ms of it system time.
# Writers and exports keep read() and SQLite's small default cache, so their memory does not grow with the
# store (bench/crawl.py, bench/export.py). SQLite's build caps the map at 2 GiB (SQLITE_MAX_MMAP_SIZE);
# pages past it are read as before.
SEARCH_MMAP_BYTES = 2**31
logger = logging.getLogger(__name__)
_RECORD_COLUMNS = (
    "a.record AS record, f.article_pk AS fetch_pk, f.url, f.final_url, f.fetched_at, f.status,"
    " f.encoding, f.source_id, f.attachments, f.attachment_texts, f.html"
)
_FETCH_JOIN = "LEFT JOIN fetches f ON f.article_pk = a.pk"


def _record(row: sqlite3.Row) -> Article:
    return read_article(row["record"], row if row["fetch_pk"] is not None else None)


class SQLiteStore(Store):
    def __init__(self, uri: str, read_only: bool = False) -> None:
        self.uri = uri
        self.path = sqlite_path(uri)
        self.read_only = read_only
        self._local = threading.local()
        self._connections: list[StoreConnection] = []
        self._lock = threading.Lock()
        self._generation = 0
        self._written = 0  # articles inserted or updated through this object
        prepare(self._conn(), self.path, read_only=read_only)
        self._schema = self._conn().execute("PRAGMA user_version").fetchone()[0]  # as prepared

    def _conn(self) -> StoreConnection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path, read_only=self.read_only)
            if self.read_only:
                conn.execute(f"PRAGMA mmap_size = {SEARCH_MMAP_BYTES}")
            with self._lock:
                self._connections.append(conn)
            self._local.conn = conn
        return conn

    def data_version(self) -> int:
        """A generation of this store object, bumped when this thread's connection is new or sees
        another connection's commit (`PRAGMA data_version`), and by its own writes.

        PRAGMA data_version values are only comparable on one connection; the generation is shared by
        every thread, so an answer cached by one thread is never served after a commit any thread saw.
        """
        seen = self._conn().execute("PRAGMA data_version").fetchone()[0]
        if getattr(self._local, "data_version", None) != seen:
            self._local.data_version = seen
            self._changed()
        return self._generation

    def _changed(self) -> None:
        with self._lock:
            self._generation += 1

    def optimize(self) -> None:
        """Merge the full-text index into one b-tree.

        Each committed batch adds an FTS5 segment, and automerge leaves about ten of them (at 10k and at
        100k articles). A search looks each of its words up in every segment, and a broad search does
        that 33 times (its newest matches, then 32 sample windows). In one piece: 32 -> 18 ms CPU per
        broad search at 10k; on the bench's first, shorter corpus p95 44 -> 33 ms at 100k, and the merge
        took 1.6 s there, 2 % of the import.
        """
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        try:
            self._conn().execute("INSERT INTO article_terms (article_terms) VALUES ('optimize')")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot merge the full-text index of {self.path}: {exc}") from exc
        self._changed()

    def close(self) -> None:
        """Merge the index if this object wrote MERGE_AFTER_SHARE of the store, then release connections.
        A failed merge loses nothing (the articles are committed): it is logged, not raised."""
        if self._written and self._written >= MERGE_AFTER_SHARE * self.count():
            try:
                self.optimize()
            except StoreError as exc:
                logger.warning("%s", exc)
        self._written = 0
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()

    def upsert(self, articles: Iterable[Article]) -> UpsertReport:
        """Write in transactions of COMMIT_EVERY articles; a bad article is reported, the others stored.

        A transaction first runs without savepoints: FTS5 flushes its pending terms at every savepoint,
        so one per article would write a tiny index segment per article. Only a transaction that
        meets a bad article is rolled back and replayed with one savepoint per article.
        """
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        report = UpsertReport()
        conn = self._conn()
        iterator = iter(articles)
        try:
            while chunk := list(islice(iterator, COMMIT_EVERY)):
                conn.size_cache_for(len(chunk))
                conn.execute("BEGIN IMMEDIATE")
                self._check_schema(conn)
                try:
                    outcomes = write_articles(conn, chunk)
                except (ValueError, sqlite3.IntegrityError):
                    conn.execute("ROLLBACK")
                    conn.execute("BEGIN IMMEDIATE")
                    outcomes = _write_each(conn, chunk, report.errors)
                conn.execute("COMMIT")
                self._changed()
                for outcome in outcomes:
                    setattr(report, outcome, getattr(report, outcome) + 1)
                self._written += sum(outcome != "unchanged" for outcome in outcomes)
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"cannot write to {self.path}: {exc}") from exc
            raise
        return report

    def _check_schema(self, conn: sqlite3.Connection) -> None:
        """Refuse to write a store whose schema changed after this object opened it (a newer cchc migrated
        it): its statements would run against tables they were not written for."""
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != self._schema:
            raise StoreError(
                f"{self.path} was migrated to store schema {version} by a newer cchc while this process had it"
                f" open (schema {self._schema}): restart this process with that cchc"
            )

    def get(self, article_id_or_url: str) -> Article | None:
        row = (
            self._conn()
            .execute(
                f"SELECT {_RECORD_COLUMNS} FROM articles a {_FETCH_JOIN} WHERE a.id IN (?, ?)",
                (article_id_or_url, article_id(article_id_or_url)),
            )
            .fetchone()
        )
        return _record(row) if row is not None else None

    def count(self) -> int:
        return self._conn().execute("SELECT count(*) FROM articles").fetchone()[0]

    def versions(self, article_id_or_url: str) -> list[ArticleVersion]:
        """Each text's record as last stored with it: the article's own record for the current text."""
        rows = self._conn().execute(
            "SELECT v.canonical_url, v.text_hash, v.fetched_at, coalesce(v.record, a.record) AS record"
            " FROM article_versions v"
            " JOIN articles a ON a.pk = v.article_pk WHERE a.id IN (?, ?) ORDER BY v.pk",
            (article_id_or_url, article_id(article_id_or_url)),
        )
        return [
            ArticleVersion(
                canonical_url=row["canonical_url"],
                content_hash=row["text_hash"],
                fetched_at=datetime.fromisoformat(row["fetched_at"]) if row["fetched_at"] else None,
                record=read_article(row["record"], None),
            )
            for row in rows
        ]

    def cluster(self, article_id_or_url: str) -> list[str]:
        rows = self._conn().execute(
            "SELECT b.id FROM articles a JOIN article_clusters ac ON ac.article_pk = a.pk"
            " JOIN article_clusters bc ON bc.cluster_id = ac.cluster_id JOIN articles b ON b.pk = bc.article_pk"
            " WHERE a.id IN (?, ?) ORDER BY b.pk",
            (article_id_or_url, article_id(article_id_or_url)),
        )
        return [row["id"] for row in rows]

    def text_duplicate_of(self, article: Article) -> str | None:
        row = (
            self._conn()
            .execute(
                "SELECT id FROM articles WHERE text_hash = ? AND portal IS ? AND key != ? LIMIT 1",
                (text_hash(normalize_article(article)), article.portal, article_key(article)),
            )
            .fetchone()
        )
        return row["id"] if row is not None else None

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(urls))
        known: set[str] = set()
        for start in range(0, len(wanted), 500):  # stay under SQLite's bound-parameter limit
            chunk = wanted[start : start + 500]
            rows = self._conn().execute(
                f"SELECT key FROM articles WHERE key IN ({', '.join('?' * len(chunk))})", chunk
            )
            known.update(row["key"] for row in rows)
        return known

    def http_validators(self, url: str) -> HttpValidators | None:
        row = (
            self._conn()
            .execute("SELECT etag, last_modified FROM http_validators WHERE url = ?", (url,))
            .fetchone()
        )
        return HttpValidators(etag=row["etag"], last_modified=row["last_modified"]) if row else None

    def save_http_validators(self, validators: dict[str, HttpValidators]) -> None:
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        now = datetime.now(UTC).isoformat(timespec="seconds")
        conn = self._conn()
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                "INSERT INTO http_validators (url, etag, last_modified, stored_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
                " last_modified = excluded.last_modified, stored_at = excluded.stored_at",
                [(url, v.etag, v.last_modified, now) for url, v in validators.items()],
            )
        self._changed()

    def search(self, query: SearchQuery) -> SearchResult:
        return run_search(self._conn(), query)

    def iter_articles(self, query: SearchQuery | None = None) -> Iterator[Article]:
        selection = select(query or SearchQuery())
        sql = selection.ordered(_RECORD_COLUMNS, extra_join=_FETCH_JOIN)
        conn = connect(self.path, read_only=True)
        try:
            # The sort of a search's keys spills to a temporary file past a few MiB instead of growing in
            # memory (searches keep their small temporary tables in memory). Exporting 700k matches at 1M
            # articles: 58 MiB and 98 s, against 82 MiB and 91 s with temp_store = MEMORY.
            conn.execute("PRAGMA temp_store = FILE")
            try:
                cursor = conn.execute(sql, selection.params)
            except sqlite3.OperationalError as exc:
                raise translate_error(exc) from exc
            for row in cursor:
                yield _record(row)
        finally:
            conn.close()


def _write_each(conn: sqlite3.Connection, chunk: list[Article], errors: list[str]) -> list[Outcome]:
    """Write each article under its own savepoint, so a bad one is rolled back alone and reported."""
    outcomes: list[Outcome] = []
    for article in chunk:
        conn.execute("SAVEPOINT article")
        try:
            outcomes += write_articles(conn, [article])
        except (ValueError, sqlite3.IntegrityError) as exc:
            conn.execute("ROLLBACK TO article")
            errors.append(f"{article.canonical_url or article.url or article.source!r}: {exc}")
        conn.execute("RELEASE article")
    return outcomes
