"""A SearchQuery as SQL over the SQLite schema: which articles match, in what order, facet counts.

Every statement shares one `Selection` (FROM + WHERE + parameters), so searches and exports agree
on the same set of articles. A search runs the selection once, into the temporary table `hits`
(rowid, score, date), and takes the total, the page and every facet count from there: the FTS
query is evaluated once, snippets are made for the page only, and facets are one GROUP BY over
`facet_values` (store/sqlite_facets.py). A search without words or filters reads the page from
the date index and the counts from `facet_totals`, whatever the size of the store.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from store.base import FACETS, FacetValue, QueryError, SearchHit, SearchQuery, SearchResult, StoreError
from store.sqlite_highlight import mark_title, snippet
from store.sqlite_query import ParsedQuery, parse_query

FACET_LIMIT = 100
# A relevance search matching more articles than this ranks only its RANK_CAP newest matches, and
# counts their facets scaled to the total (flagged approximate): bm25 costs a few microseconds per
# match, so ranking every match of a broad query grows with the store without bound.
RANK_CAP = 20_000
# Facets of such a search are counted over its FACET_SAMPLE newest matches (a seek per match).
FACET_SAMPLE = 2_000
# bm25 weights of title_folded, body_folded, title_exact, body_exact: a title hit counts 10 body hits.
SCORE = "-bm25(articles_fts, 10.0, 1.0, 10.0, 1.0)"
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class Selection:
    """The matching articles (`a`) as SQL; `score` is NULL without a text query."""

    parsed: ParsedQuery | None
    sort: str
    joins: str = ""
    where: list[str] = field(default_factory=lambda: ["1"])
    params: list[object] = field(default_factory=list)

    @property
    def score(self) -> str:
        return SCORE if self.joins else "NULL"

    def sql(self, columns: str, *, extra_join: str = "", extra_where: str = "") -> str:
        where = " AND ".join([*self.where, extra_where] if extra_where else self.where)
        return f"SELECT {columns} FROM articles a {self.joins} {extra_join} WHERE {where}"

    @property
    def matches_everything(self) -> bool:
        return not self.joins and self.where == ["1"]

    @property
    def text_only(self) -> bool:
        """Only words to match: the FTS index alone answers counts, without joining articles."""
        return bool(self.joins) and self.where == ["1"]

    def order(self, table: str = "a", score: str | None = None) -> str:
        """ORDER BY over `table` (articles, or hits with its `score` column); newest first by default."""
        if self.sort == "date_asc":
            return f"{table}.published_date ASC NULLS LAST, {table}.pk ASC"
        if self.sort == "relevance" and self.joins:
            return f"{score or SCORE} DESC, {table}.published_date DESC NULLS LAST, {table}.pk DESC"
        return f"{table}.published_date DESC NULLS LAST, {table}.pk DESC"


def _check_date(name: str, value: str) -> str:
    if not _DATE.match(value):
        raise QueryError(f"Ngày không hợp lệ {name}={value!r}, cần YYYY-MM-DD / Invalid date, use YYYY-MM-DD")
    return value


def select(query: SearchQuery) -> Selection:
    """Translate text, filters and date range; raises QueryError on anything it cannot honour."""
    parsed = parse_query(query.q, exact=query.exact)
    selection = Selection(parsed, query.sort)
    if parsed is not None and (match := parsed.match_expression()) is not None:
        selection.joins = "JOIN articles_fts ON articles_fts.rowid = a.pk AND articles_fts MATCH ?"
        selection.params.append(match)
    if parsed is not None and (excluded := parsed.excluded_expression()) is not None:
        selection.where.append("a.pk NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        selection.params.append(excluded)
    for name, values in query.filters.items():
        if name not in FACETS:
            raise QueryError(f"Không có bộ lọc {name!r} / Unknown filter {name!r}: use {', '.join(FACETS)}")
        if not values:
            continue
        marks = ", ".join("?" * len(values))
        selection.where.append(
            f"a.pk IN (SELECT article_pk FROM facet_values WHERE facet = ? AND value IN ({marks}))"
        )
        selection.params.extend([name, *values])
    if query.date_from:
        selection.where.append("a.published_date >= ?")
        selection.params.append(_check_date("date_from", query.date_from))
    if query.date_to:
        # A partial bound ("2024-05") includes the whole month or year.
        selection.where.append("substr(a.published_date, 1, ?) <= ?")
        selection.params.extend([len(query.date_to), _check_date("date_to", query.date_to)])
    return selection


def check_facets(names: list[str]) -> None:
    if unknown := [name for name in names if name not in FACETS]:
        raise QueryError(
            f"Không có nhóm {unknown[0]!r} / Unknown facet {unknown[0]!r}: use one of {', '.join(FACETS)}"
        )


def count_matches(conn: sqlite3.Connection, selection: Selection) -> int:
    """How many articles the selection matches (FTS5 counts matches without scoring them)."""
    if selection.text_only:
        sql = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"
    else:
        sql = f"SELECT count(*) FROM ({selection.sql('a.pk')})"
    return conn.execute(sql, selection.params).fetchone()[0]


def collect_hits(conn: sqlite3.Connection, selection: Selection, newest: int | None = None) -> int:
    """Fill the connection's temporary `hits` table with the selection, or with only the `newest`
    matches (by primary key) of a `text_only` selection; return how many rows it holds.

    The newest matches are read from the FTS index in descending rowid order, which FTS5 serves
    without looking at older matches; joined to articles first, SQLite would score and sort all."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS hits (pk INTEGER PRIMARY KEY, score REAL, published_date TEXT)"
    )
    conn.execute("DELETE FROM temp.hits")
    if newest is None:
        sql, params = selection.sql(f"a.pk, {selection.score}, a.published_date"), selection.params
    else:
        sql = (
            f"SELECT f.rowid, f.score, a.published_date FROM (SELECT rowid, {SCORE} AS score FROM articles_fts"
            " WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f JOIN articles a ON a.pk = f.rowid"
        )
        params = [*selection.params, newest]
    return conn.execute("INSERT INTO temp.hits (pk, score, published_date) " + sql, params).rowcount


def facet_counts(
    conn: sqlite3.Connection, names: list[str], *, hits: int | None, scale: float = 1.0, sample: bool = False
) -> dict[str, list[FacetValue]]:
    """The FACET_LIMIT most frequent values of each facet, over the `hits` matching articles of the
    temporary table (counts multiplied by `scale` when they are a sample), or over the whole store
    when `hits` is None; with `sample`, over the FACET_SAMPLE newest hits only."""
    if not names:
        return {}
    marks = ", ".join("?" * len(names))
    if hits is None:
        counted = f"SELECT facet, value, n FROM facet_totals WHERE facet IN ({marks}) AND n > 0"
    else:
        # Few hits: read each one's facet rows (CROSS JOIN keeps hits outside). Most of the store:
        # one scan of facet_values probing hits is cheaper than a seek per hit.
        if sample:
            join = f"(SELECT pk FROM temp.hits ORDER BY pk DESC LIMIT {FACET_SAMPLE}) h CROSS JOIN facet_values f"
        elif hits * 4 < store_total(conn):
            join = "temp.hits h CROSS JOIN facet_values f"
        else:
            join = "facet_values f JOIN temp.hits h"
        counted = (
            f"SELECT f.facet, f.value, count(*) AS n FROM {join} ON f.article_pk = h.pk"
            f" WHERE f.facet IN ({marks}) GROUP BY f.facet, f.value"
        )
    # The top FACET_LIMIT of each facet are chosen in SQL: a facet like leader has thousands of values.
    ranked = (
        f"SELECT facet, value, n FROM (SELECT facet, value, n, row_number() OVER"
        f" (PARTITION BY facet ORDER BY n DESC, value) AS rank FROM ({counted})) WHERE rank <= {FACET_LIMIT}"
        " ORDER BY facet, rank"
    )
    found: dict[str, list[FacetValue]] = {name: [] for name in names}
    for facet, value, n in conn.execute(ranked, names):
        found[facet].append(FacetValue(value=value, count=round(n * scale)))
    return found


def store_total(conn: sqlite3.Connection) -> int:
    """Articles in the store, from `facet_totals`: every article has exactly one is_inspection value."""
    return conn.execute(
        "SELECT coalesce(sum(n), 0) FROM facet_totals WHERE facet = 'is_inspection'"
    ).fetchone()[0]


_HIT_COLUMNS = (
    "a.id, a.canonical_url, a.url, a.title, a.published_date, a.portal, a.province, a.kind,"
    " a.is_inspection, a.body"
)


def run_search(conn: sqlite3.Connection, query: SearchQuery) -> SearchResult:
    """One search in one read transaction, so its total, hits and facets see the same articles."""
    selection = select(query)
    check_facets(query.facets)
    limit = [query.per_page, (query.page - 1) * query.per_page]
    sampled = False
    try:
        with _snapshot(conn):
            if selection.matches_everything:
                total = store_total(conn)
                page_sql = selection.sql(f"{_HIT_COLUMNS}, NULL AS score") + f" ORDER BY {selection.order()}"
                rows = conn.execute(f"{page_sql} LIMIT ? OFFSET ?", limit).fetchall()
            else:
                total = count_matches(conn, selection)
                sampled = query.sort == "relevance" and selection.text_only and total > RANK_CAP
                collected = collect_hits(conn, selection, RANK_CAP if sampled else None)
                rows = conn.execute(
                    f"SELECT {_HIT_COLUMNS}, h.score FROM temp.hits h JOIN articles a ON a.pk = h.pk"
                    f" ORDER BY {selection.order('h', 'h.score')} LIMIT ? OFFSET ?",
                    limit,
                ).fetchall()
            facets = facet_counts(
                conn,
                query.facets,
                hits=None if selection.matches_everything else collected,
                scale=total / min(collected, FACET_SAMPLE) if sampled else 1.0,
                sample=sampled,
            )
    except sqlite3.OperationalError as exc:
        raise translate_error(exc) from exc
    parsed = selection.parsed
    pattern = parsed.highlight_pattern() if parsed is not None and parsed.groups else None
    exact = parsed is not None and parsed.exact
    return SearchResult(
        total=total,
        hits=[_hit(row, pattern, exact) for row in rows],
        facets=facets,
        facets_approximate=sampled and bool(facets),
    )


@contextmanager
def _snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def translate_error(exc: sqlite3.OperationalError) -> Exception:
    """FTS5 rejecting a query is the user's to fix; anything else is the store's."""
    if "fts5" in str(exc).lower():
        return QueryError(f"Truy vấn không hợp lệ / Invalid query: {exc}")
    return StoreError(f"SQLite store error: {exc}")


def _hit(row: sqlite3.Row, pattern: re.Pattern[str] | None, exact: bool) -> SearchHit:
    return SearchHit(
        id=row["id"],
        url=row["canonical_url"] or row["url"],
        title=row["title"],
        published_date=row["published_date"],
        portal=row["portal"],
        province=row["province"],
        kind=row["kind"],
        is_inspection_article=bool(row["is_inspection"]),
        title_html=mark_title(row["title"], pattern, exact),
        snippet_html=snippet(row["body"], pattern, exact),
        score=row["score"],
    )
