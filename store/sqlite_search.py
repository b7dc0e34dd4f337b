"""Searching the SQLite store with bounded work: total, page and facet counts for any store size.

A search without words or filters reads its page from the date index and its counts from
`facet_totals`. Any other search first takes its newest matches, at most COUNT_LIMIT + 1 of
them, into the temporary table `hits` (newest by pk: the FTS index and the pk-ordered tables
serve that without looking at older matches):

- at most COUNT_LIMIT: these are all the matches. The total is exact, the page is sorted from
  `hits`, and facets are counted over every match.
- more: the search is broad. Its total and facets are estimated from a stratified sample: the
  matches inside STRATA pk windows spread over the whole store, each window sized from the
  density of the newest matches so the sample holds about FACET_SAMPLE articles; each window
  stands for its stratum. A date-sorted page walks the date index, testing one article at a time,
  so it stops when the page is full; relevance ranks the newest matches only, and pages past them
  go on with the other matches by date. Estimates are flagged in SearchResult.

Relevance is `Selection.score` (the query's words side by side as typed, then in the title),
computed for the matches in `hits` from two FTS queries over their pk range. FTS5's bm25 was used up
to 50k articles: it counts every article holding each query word before scoring anything (2.2 ms of
a six-word query at 10k, ~300 ms at 1M) and ignores the order of the words, which in Vietnamese, a
word per syllable, carries much of a query's meaning (it ranked "xã Ngũ Hùng" first for "Nguyễn Văn
Hùng"). The web benchmark's searches at 10k: 0.55 ms less CPU per request.

Measured on the bench's 1M-article store (python -m bench --only search; articles of real length):
p50 14 ms, p95 30 ms with all ten facets (schema 10); estimated totals within 5 % of an exact count.
FACET_SAMPLE and STRATA were chosen on the earlier, shorter corpus: 2,000 sampled matches cost 12 ms
more at p95 for no better estimates, and 1,000 matches in 8 windows erred by up to 11 %.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from store.base import FacetValue, QueryError, SearchHit, SearchQuery, SearchResult, StoreError
from store.sqlite_facets import FACET_LIMIT, count_sample
from store.sqlite_highlight import mark_title, snippet
from store.sqlite_schema import StoreConnection
from store.sqlite_selection import Selection, check_facets, select

COUNT_LIMIT = 2_000
# A date range holding at most this many articles is searched by testing each of them.
DATE_WALK = 50_000
DATE_WALK_WITH_WORDS = 3_000
FACET_SAMPLE = 1_500
STRATA = 32
_HIT_COLUMNS = (
    "a.pk, a.id, a.canonical_url, a.url, a.title, a.published_date, a.portal, a.province, a.kind,"
    " a.is_inspection, a.body"
)
_PAGE_KEYS = "d.pk, d.published_date, NULL AS score"  # a page of keys, as `_read_page` takes them
_EVERY_HIT = "(SELECT pk, 1.0 AS weight FROM temp.hits)"  # facets counted over every match, as a sample


def run_search(conn: StoreConnection, query: SearchQuery) -> SearchResult:
    """One search in one read transaction, so its total, hits and facets see the same articles."""
    selection = select(query)
    check_facets(query.facets)
    start, size = (query.page - 1) * query.per_page, query.per_page
    estimated = False
    try:
        with _snapshot(conn):
            _reset_temp_tables(conn)
            if selection.matches_everything:
                total = store_total(conn)
                sql = selection.sql(_PAGE_KEYS) + f" ORDER BY {selection.order()}"
                rows = _read_page(conn, selection, f"{sql} LIMIT {size} OFFSET {start}")
                facets = _facets_from_totals(conn, query.facets)
            else:
                found = _take_newest(conn, selection, COUNT_LIMIT + 1)
                if selection.ranked:
                    _rank(conn, selection)
                if found <= COUNT_LIMIT:
                    total = found
                    rows = _page_from_hits(conn, selection, start, size)
                    sample = _EVERY_HIT
                else:
                    total = _rounded(max(found, round(_sample_strata(conn, selection))))
                    if selection.ranked:
                        rows = _page_from_hits(conn, selection, start, size)
                        if len(rows) < size:  # past the ranked newest matches, the others follow by date
                            start_by_date = max(0, start - found)
                            rows += _page_by_date(
                                conn, selection, start_by_date, size - len(rows), unranked=True
                            )
                    else:
                        rows = _page_by_date(conn, selection, start, size)
                    estimated, sample = True, "temp.sample"
                facets = count_sample(conn, query.facets, conn.facet_names, sample)
    except sqlite3.OperationalError as exc:
        raise translate_error(exc) from exc
    parsed = selection.parsed
    pattern = parsed.highlight_pattern() if parsed is not None and parsed.groups else None
    exact = parsed is not None and parsed.exact
    longest = parsed.longest_term if parsed is not None else 1
    return SearchResult(
        total=total,
        total_approximate=estimated,
        hits=[_hit(row, pattern, exact, longest) for row in rows],
        facets=facets,
        facets_approximate=estimated and any(facets.values()),
    )


def _reset_temp_tables(conn: sqlite3.Connection) -> None:
    """`hits`: the newest matches (score, date for sorting), whose facets are counted when they are all the
    matches; `sample`: what facets are counted over otherwise, each article weighted by how many matches it
    stands for."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS hits (pk INTEGER PRIMARY KEY, score REAL, published_date TEXT)"
    )
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS sample (pk INTEGER PRIMARY KEY, weight REAL NOT NULL)")
    conn.execute("DELETE FROM temp.hits")
    conn.execute("DELETE FROM temp.sample")


def _take_newest(conn: sqlite3.Connection, selection: Selection, limit: int) -> int:
    """Fill `hits` with the `limit` newest matches (by pk); return how many there are.

    With words, FTS5 hands matches out in descending rowid order (facet filters included, as tokens:
    schema 13) and the other conditions are tested per match, so the statement stops at the limit.
    Facet filters without words are sets of facet_values rows: they are taken in windows of pks, newest
    first and growing fourfold, each set built only inside its window, until the limit is reached or
    the store is covered."""
    insert = "INSERT INTO temp.hits (pk, score, published_date) "
    columns = "d.pk, NULL, d.published_date"
    single = "dated" if _few_in_date_range(conn, selection) else None if selection.filtered else "stream"
    if single is not None:
        sql = selection.sql(columns, form=single) + f" ORDER BY {selection.pk_order('DESC')} LIMIT :limit"
        return conn.execute(insert + sql, {**selection.params, "limit": limit}).rowcount
    low, high = _pk_range(conn)
    sql = selection.sql(columns, form="window") + f" ORDER BY {selection.pk_order('DESC')} LIMIT :limit"
    found, width = 0, limit * 4
    while high >= low and found < limit:
        params = {**selection.params, "lo": max(low, high - width + 1), "hi": high, "limit": limit - found}
        found += conn.execute(insert + sql, params).rowcount
        high, width = high - width, width * 4
    return found


def _few_in_date_range(conn: sqlite3.Connection, selection: Selection) -> bool:
    """Whether testing every article of the selection's date range is cheaper than the other
    plans (which meet matches in pk order, where a narrow date range is rare). Counting the range
    reads the date index only; testing words costs more per article than testing a filter."""
    if not selection.dates:
        return False
    budget = DATE_WALK_WITH_WORDS if selection.match is not None else DATE_WALK
    in_range_sql = f"SELECT 1 FROM article_dates d WHERE {' AND '.join(selection.dates)} LIMIT {budget + 1}"
    in_range = conn.execute(f"SELECT count(*) FROM ({in_range_sql})", selection.params).fetchone()[0]
    return in_range <= budget


def _pk_range(conn: sqlite3.Connection) -> tuple[int, int]:
    """Lowest and highest article pk, (0, -1) when empty. Two subqueries: SQLite answers a lone
    min() or max() from the end of the index, but scans the whole table for both in one SELECT."""
    return conn.execute(
        "SELECT coalesce((SELECT min(pk) FROM articles), 0), coalesce((SELECT max(pk) FROM articles), -1)"
    ).fetchone()


def _rank(conn: sqlite3.Connection, selection: Selection) -> None:
    """Score the matches in `hits` (Selection.score), reading the FTS index over their pk range only,
    which is bounded like `hits`."""
    low, high = conn.execute("SELECT min(pk), max(pk) FROM temp.hits").fetchone()
    if low is None:
        return
    score = selection.score("pk", " AND rowid BETWEEN :lo AND :hi")
    conn.execute(f"UPDATE temp.hits SET score = {score}", {**selection.params, "lo": low, "hi": high})


def _read_page(
    conn: sqlite3.Connection, selection: Selection, page: str, params: dict[str, object] | None = None
) -> list[sqlite3.Row]:
    """The articles of `page`, a statement giving the page's (pk, published_date, score) in order:
    the articles (bodies are large) are read for the page only, not for the matches it skipped. The
    page's few rows are sorted again, which needs none of `Selection.ordered`'s care."""
    order = selection.order("p", "p.score")
    return conn.execute(
        f"SELECT {_HIT_COLUMNS}, p.score FROM ({page}) p JOIN articles a ON a.pk = p.pk ORDER BY {order}",
        params or {},
    ).fetchall()


def _page_from_hits(
    conn: sqlite3.Connection, selection: Selection, start: int, size: int
) -> list[sqlite3.Row]:
    """The page sorted within `hits`."""
    order = selection.order("h", "h.score")
    return _read_page(
        conn, selection, f"SELECT * FROM temp.hits h ORDER BY {order} LIMIT {size} OFFSET {start}"
    )


def _page_by_date(
    conn: sqlite3.Connection, selection: Selection, start: int, size: int, *, unranked: bool = False
) -> list[sqlite3.Row]:
    """A page of a broad search in date order, walking the date index and testing each article
    (only those outside `hits` if `unranked`: a relevance search continues this way past them).

    Dated articles come first, in date order, then undated ones by pk (as `Selection.order` sorts);
    the two walks are separate statements so each can stop early."""
    direction = "ASC" if selection.sort == "date_asc" else "DESC"
    outside = "AND d.pk NOT IN (SELECT pk FROM temp.hits) " if unranked else ""
    walks = (
        f"{outside}AND d.published_date IS NOT NULL ORDER BY d.published_date {direction}, d.pk {direction}",
        f"{outside}AND d.published_date IS NULL ORDER BY d.pk {direction}",
    )
    dated = selection.sql(_PAGE_KEYS, form="probe") + " " + walks[0]
    rows = _read_page(conn, selection, f"{dated} LIMIT {size} OFFSET {start}", selection.params)
    if len(rows) == size:
        return rows
    if rows:
        skipped = 0  # the page straddles the end of the dated articles
    else:
        counted = selection.sql("count(*)", form="probe") + f" {outside}AND d.published_date IS NOT NULL"
        skipped = start - conn.execute(counted, selection.params).fetchone()[0]
        if skipped < 0:
            return rows
    undated = selection.sql(_PAGE_KEYS, form="probe") + " " + walks[1]
    return rows + _read_page(
        conn, selection, f"{undated} LIMIT {size - len(rows)} OFFSET {skipped}", selection.params
    )


def _sample_strata(conn: sqlite3.Connection, selection: Selection) -> float:
    """Fill `sample` with the matches of STRATA windows spread over the store; estimate the total.

    The density of the newest matches sizes the windows so that all of them together hold about
    FACET_SAMPLE matches; a window that finds far more (a denser stretch of the store) stops at
    its share and stands for the part of its stratum it covered."""
    low, high = _pk_range(conn)
    newest = conn.execute("SELECT count(*), min(pk) FROM temp.hits").fetchone()
    density = newest[0] / (high - newest[1] + 1)
    span = high - low + 1
    stratum = span / STRATA
    width = max(1, min(int(stratum), round(FACET_SAMPLE / STRATA / density)))
    share = 2 * FACET_SAMPLE // STRATA
    sql = (
        "INSERT INTO temp.sample (pk, weight) SELECT pk, :weight FROM ("
        + selection.window_pks()
        + f" ORDER BY {selection.pk_order('ASC')} LIMIT :share)"
    )
    total = 0.0
    for index in range(STRATA):
        first = low + int(index * stratum)
        end = min(high, low + int((index + 1) * stratum) - 1)
        lo, hi = first, min(end, first + width - 1)
        # The stratum's size over the window's; a window stopped at its share stands for the part it covered.
        weight = (end - first + 1) / (hi - lo + 1)
        params = {**selection.params, "lo": lo, "hi": hi, "share": share, "weight": weight}
        taken = conn.execute(sql, params).rowcount
        if taken == share:
            covered = conn.execute("SELECT max(pk) FROM temp.sample").fetchone()[0] - lo + 1
            weight = (end - first + 1) / covered
            conn.execute(
                "UPDATE temp.sample SET weight = :w WHERE pk BETWEEN :lo AND :hi",
                {"w": weight, "lo": lo, "hi": hi},
            )
        total += taken * weight
    return total


def _facets_from_totals(conn: sqlite3.Connection, names: list[str]) -> dict[str, list[FacetValue]]:
    marks = ", ".join("?" * len(names))
    return _top_values(
        conn, names, f"SELECT facet, value, n FROM facet_totals WHERE facet IN ({marks}) AND n > 0"
    )


def _top_values(conn: sqlite3.Connection, names: list[str], counted: str) -> dict[str, list[FacetValue]]:
    """The FACET_LIMIT most frequent values of each facet, chosen in SQL: a facet like leader has
    thousands of values."""
    found: dict[str, list[FacetValue]] = {name: [] for name in names}
    if not names:
        return found
    ranked = (
        "SELECT facet, value, n FROM (SELECT facet, value, n, row_number() OVER"
        f" (PARTITION BY facet ORDER BY n DESC, value) AS rank FROM ({counted})) WHERE rank <= {FACET_LIMIT}"
        " ORDER BY facet, rank"
    )
    for facet, value, n in conn.execute(ranked, names):
        found[facet].append(FacetValue(value=value, count=round(n)))
    return found


def _rounded(total: int) -> int:
    """An estimate keeps two significant digits: 70,372 → 70,000; 1,234,567 → 1,200,000."""
    digits = len(str(total)) - 2
    return round(total, -digits) if digits > 0 else total


def store_total(conn: sqlite3.Connection) -> int:
    """Articles in the store, from `facet_totals`: every article has exactly one is_inspection value."""
    return conn.execute(
        "SELECT coalesce(sum(n), 0) FROM facet_totals WHERE facet = 'is_inspection'"
    ).fetchone()[0]


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


def _hit(row: sqlite3.Row, pattern: re.Pattern[str] | None, exact: bool, longest: int) -> SearchHit:
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
        snippet_html=snippet(row["body"], pattern, exact, longest),
        score=row["score"],
    )
