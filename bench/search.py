"""Search latency of the SQLite store with every facet asked for, as the search page asks, and how
close the estimated totals of broad searches are to the exact counts.

Queries mix broad words (most articles match, so facets count many rows), accent-folded and exact
phrases, names and places, and a filter, so the percentiles cover what users actually type. The
exact counts are taken afterwards, outside the clock, with the store's own selection SQL.

Relevance is measured too, also outside the clock: the store's most frequent team leaders are searched
by name, typed as a user would (no quotes), and `name_precision_at_10` is the share of the first ten
hits whose title or body holds that name (its words in order, accents folded). In Vietnamese a name's
syllables are common words on their own, so a ranking blind to word order scores low here. This is the
case relevance's side-by-side score was built for: a check of it, not a general measure of relevance.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing

from bench.report import RunConfig, percentiles_ms, publish
from bench.stores import corpus_store
from cchc.vntext import fold
from store import open_store
from store.base import FACETS, SearchQuery, SearchResult, Store
from store.sqlite_query import parse_query
from store.sqlite_schema import sqlite_path
from store.sqlite_selection import select

QUERIES: tuple[SearchQuery, ...] = (
    SearchQuery(q=""),
    SearchQuery(q="kiểm tra cải cách hành chính"),
    SearchQuery(q="kiem tra cai cach hanh chinh"),
    SearchQuery(q="Trưởng đoàn", exact=True),
    SearchQuery(q="Nguyễn Văn Hùng"),
    SearchQuery(q="xã Tân Lý Tây"),
    SearchQuery(q="hồ sơ đúng hạn", sort="date"),
    SearchQuery(q="phòng chống thiên tai"),
    SearchQuery(q="", filters={"province": ["Long An"], "kind": ["visit"]}),
    SearchQuery(q="Thanh Miện", date_from="2021-01-01", date_to="2022-12-31"),
)
COLUMNS = (
    "articles",
    "queries",
    "searches",
    "p50_ms",
    "p95_ms",
    "p99_ms",
    "max_ms",
    "estimated_totals",
    "max_total_error_pct",
    "name_precision_at_10",
)
NAMES = 25  # most frequent leaders searched by name


def run(config: RunConfig) -> dict:
    rows = []
    rounds = 5 if config.quick else 10
    for count in config.sizes([10_000], [100_000, 1_000_000], minimum=50):
        uri = corpus_store(config, count)
        with open_store(uri, read_only=True) as store:
            queries = [q.model_copy(update={"facets": list(FACETS)}) for q in QUERIES]
            for query in queries:  # one untimed round: the store's pages are read into the OS cache
                store.search(query)
            durations = []
            for _ in range(rounds):
                for query in queries:
                    start = time.perf_counter()
                    store.search(query)
                    durations.append(time.perf_counter() - start)
            answers = [store.search(query) for query in queries]
            read_only = f"{sqlite_path(uri).resolve().as_uri()}?mode=ro"
            with closing(sqlite3.connect(read_only, uri=True)) as conn:
                errors = _total_errors(conn, queries, answers)
                precision = _name_precision(conn, store)
        rows.append(
            {
                "articles": count,
                "queries": len(queries),
                "searches": len(durations),
                **percentiles_ms(durations),
                "max_ms": round(max(durations) * 1000, 2),
                "estimated_totals": len(errors),
                "max_total_error_pct": round(max(errors, default=0.0), 1),
                "name_precision_at_10": precision,
            }
        )
    return publish(
        "search",
        config,
        COLUMNS,
        rows,
        title=f"Search latency, SQLite store, all {len(FACETS)} facets per query",
        notes=[
            "max_total_error_pct: largest |shown - exact| / exact over the searches whose total is an estimate",
            f"name_precision_at_10: the {NAMES} most frequent team leaders searched by name (relevance, no"
            " quotes); share of the first 10 hits holding the name, its words in order",
        ],
    )


def _total_errors(
    conn: sqlite3.Connection, queries: list[SearchQuery], answers: list[SearchResult]
) -> list[float]:
    """Relative error (%) of each estimated total against an exact count of the same selection."""
    errors = []
    for query, answer in zip(queries, answers, strict=True):
        if answer.total_approximate:
            selection = select(query)
            exact = conn.execute(f"SELECT count(*) FROM ({selection.sql('d.pk')})", selection.params)
            truth = exact.fetchone()[0]
            errors.append(100 * abs(answer.total - truth) / truth)
    return errors


def _name_precision(conn: sqlite3.Connection, store: Store) -> float | None:
    """Share of the first 10 hits of each leader-name search whose title or body holds the name."""
    names = conn.execute(
        "SELECT value FROM facet_totals WHERE facet = 'leader' ORDER BY n DESC, value LIMIT ?", (NAMES,)
    ).fetchall()
    holding = shown = 0
    for (name,) in names:
        pattern = parse_query(f'"{name}"').highlight_pattern()  # the name as one phrase, in folded text
        for hit in store.search(SearchQuery(q=name, per_page=10)).hits:
            title, body = conn.execute("SELECT title, body FROM articles WHERE id = ?", (hit.id,)).fetchone()
            shown += 1
            holding += any(pattern.search(fold(text or "")) for text in (title, body))
    return round(holding / shown, 3) if shown else None
