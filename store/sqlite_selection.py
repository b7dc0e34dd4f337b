"""A SearchQuery as SQL over the SQLite schema: which articles match, in what order.

A selection reads the narrow `article_dates d` (pk and date: schema 10), not the wide `articles`
rows, so testing and ordering many articles reads few pages; a statement that wants an article's
other columns joins them for the rows it returns (`ordered`).

Searches, exports and facet counts share one `Selection`, so they agree on the same set of
articles. The selection renders three ways, because a search over a million articles cannot
afford to evaluate a broad query in full (store/sqlite_search.py chooses):

- whole: every matching article (exports, and searches known to match few articles);
- windowed: only articles whose pk lies in `:lo`..`:hi`, pushed into the FTS index and into every
  subquery, so a window of the store costs in proportion to the window, not to the store;
- probing: one correlated test per article (`EXISTS ... = d.pk`), so walking the date index
  stops as soon as a page is full instead of first building every match's set.

Parameters are named (`:match`, `:p0`, ...), so one parameter dict serves every form.

With words, facet filters are part of the FTS5 expression, as the facet tokens of schema 13 (in the
`facets` column only, so no text can pass for a value): FTS5 intersects them with the words, in every
form, and the relevance sets hold filtered articles only. At 100k articles this cut the CPU of a broad
search filtered to one province from 32 to 17 ms and the web benchmark's mean from 12.5 to 10.0 ms
(/api/search, in process). Without words a filter is a set of `facet_values` rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.base import FACETS, QueryError, SearchQuery
from store.sqlite_facets import facet_token
from store.sqlite_query import FACET_COLUMN, ParsedQuery, in_columns, parse_query

# What a relevance score adds up: the MATCH parameter (set by `select`) and its weight. Words side by
# side outweigh a title holding them apart: "Xã Ngũ Hùng tiếp ông Nguyễn Văn Tú" must not outrank a body
# naming Nguyễn Văn Hùng.
RELEVANCE = (("phrase_match", 2), ("title_match", 1))
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Appended to a date_to bound: after any digit or "-", so "2024-05" + this covers all of May 2024 and
# the comparison stays a range the published_date index can serve.
_END_OF_PREFIX = "~"


@dataclass(frozen=True)
class Condition:
    """One restriction on `d`: `whole` may hold `{window}`, replaced by a pk range on its own key
    column when windowed; `probe` tests a single article (defaults to `whole`)."""

    whole: str
    probe: str | None = None
    key: str | None = None

    def render(self, form: str) -> str:
        if form == "probe":
            return self.probe or self.whole.format(window="")
        window = f" AND {self.key} BETWEEN :lo AND :hi" if form == "window" and self.key else ""
        return self.whole.format(window=window)


@dataclass
class Selection:
    """The matching articles; `match` is the FTS5 expression they must match (None: no words)."""

    parsed: ParsedQuery | None
    sort: str
    match: str | None = None
    conditions: list[Condition] = field(default_factory=list)
    params: dict[str, object] = field(default_factory=dict)
    filtered: bool = False  # some condition is a facet_values filter (a set worth materialising per window)
    dates: list[str] = field(default_factory=list)  # the date-range conditions, also in `conditions`

    @property
    def matches_everything(self) -> bool:
        return self.match is None and not self.conditions

    @property
    def ranked(self) -> bool:
        return self.sort == "relevance" and self.match is not None

    def sql(self, columns: str, *, form: str = "whole") -> str:
        """SELECT `columns` FROM the matching articles, rendered in `form`: whole, window, probe,
        stream (FTS index joined, other conditions probed per article: FTS can then hand matches
        out newest first and stop at a LIMIT), or dated (articles of the date range read from the
        date index, then the FTS index and other conditions probed per article)."""
        probed = form in ("probe", "stream", "dated")
        joins, where = "", [c.render("probe" if probed else form) for c in self.conditions]
        dates = "article_dates d INDEXED BY article_dates_published" if form == "dated" else "article_dates d"
        if self.match is not None and form == "probe":
            where.insert(
                0, "EXISTS (SELECT 1 FROM article_terms WHERE article_terms MATCH :match AND rowid = d.pk)"
            )
        elif self.match is not None:
            window = " AND article_terms.rowid BETWEEN :lo AND :hi" if form == "window" else ""
            join = "CROSS JOIN" if form == "dated" else "JOIN"  # CROSS JOIN: SQLite keeps the dates outside
            joins = (
                f"{join} article_terms ON article_terms.rowid = d.pk AND article_terms MATCH :match{window}"
            )
        if form == "window":
            where.append("d.pk BETWEEN :lo AND :hi")
        return f"SELECT {columns} FROM {dates} {joins} WHERE {' AND '.join(where) or '1'}"

    def ordered(self, columns: str, extra_join: str = "") -> str:
        """SELECT `columns` of every match (`articles a`, and `extra_join`), in the selection's order.

        Only the matches' keys are sorted, in a subquery whose rows the outer query reads in order.
        Sorting the wide rows held every matching record and page in memory until the last was sorted:
        600 MB to export 70k articles, where an unfiltered export, read along the date index, stayed at
        55 MB. The subquery's LIMIT, though it limits nothing, is what keeps its ORDER BY: SQLite drops the
        ORDER BY of a FROM-clause subquery that is part of a join unless it has a LIMIT, and it does not
        flatten a subquery with a LIMIT into a join (optoverview.html, query flattening). CROSS JOIN keeps
        the subquery the outer loop. Without the LIMIT, test_facets_of_a_selection_count_its_articles
        fails: the export comes out in FTS or pk order. (A page of search hits, store/sqlite_search.py
        `_read_page`, sorts its few rows again instead.)"""
        keys = self.sql("d.pk") + f" ORDER BY {self.order()} LIMIT -1"
        return f"SELECT {columns} FROM ({keys}) p CROSS JOIN articles a ON a.pk = p.pk {extra_join}"

    def window_pks(self) -> str:
        """SELECT the pks of the matches between :lo and :hi. Words alone are answered by the FTS index
        without reading the dates (every FTS row is an article's: articles are never deleted). On schema 9,
        where that read was of the wide article row, this cut the median of the benchmark's searches at
        1M articles by 10 %."""
        if self.match is not None and not self.conditions:
            return (
                "SELECT rowid AS pk FROM article_terms"
                " WHERE article_terms MATCH :match AND rowid BETWEEN :lo AND :hi"
            )
        return self.sql("d.pk", form="window")

    def pk_order(self, direction: str) -> str:
        """Order by pk, as the FTS index when there are words, so it can serve the order itself."""
        return f"{'article_terms.rowid' if self.match is not None else 'd.pk'} {direction}"

    def score(self, pk: str = "d.pk", window: str = "") -> str:
        """The relevance of the article `pk` (RELEVANCE): the required terms standing side by side as
        typed, in its title or body, count 2; its title holding every one of them, 1. Each part is one
        set, built once per statement from the FTS index (only inside `window`, a condition on rowid)."""
        return " + ".join(
            f"{weight} * ({pk} IN (SELECT rowid FROM article_terms WHERE article_terms MATCH :{name}{window}))"
            for name, weight in RELEVANCE
            if name in self.params
        )

    def order(self, table: str = "d", score: str | None = None) -> str:
        """ORDER BY over `table` (the dates, or a page or hits with a `score` column); newest first by
        default."""
        if self.sort == "date_asc":
            return f"{table}.published_date ASC NULLS LAST, {table}.pk ASC"
        if self.ranked:
            score = score or self.score(f"{table}.pk")
            return f"{score} DESC, {table}.published_date DESC NULLS LAST, {table}.pk DESC"
        return f"{table}.published_date DESC NULLS LAST, {table}.pk DESC"


def _check_date(name: str, value: str) -> str:
    if not _DATE.match(value):
        raise QueryError(f"Ngày không hợp lệ {name}={value!r}, cần YYYY-MM-DD / Invalid date, use YYYY-MM-DD")
    return value


def select(query: SearchQuery) -> Selection:
    """Translate text, filters and date range; raises QueryError on anything it cannot honour."""
    parsed = parse_query(query.q, exact=query.exact)
    selection = Selection(parsed, query.sort)
    params = selection.params
    filters = _checked_filters(query.filters)
    if parsed is not None and (match := parsed.match_expression()) is not None:
        # Filters join the words as facet tokens (schema 13): FTS5 then hands out the matches of both,
        # newest first, and the relevance sets hold only filtered articles. Every part must hold them. The
        # tokens come first: FTS5 then tests the words' positions near filtered articles only (the phrase set
        # of a broad search in one province at 100k: 2.7 -> 2.1 ms).
        within = "".join(
            in_columns(FACET_COLUMN, _any_token(name, values)) + " AND " for name, values in filters
        )
        selection.match = params["match"] = within + match
        params["title_match"] = within + parsed.match_expression(title_only=True)
        if (phrase := parsed.phrase_expression()) is not None:
            params["phrase_match"] = within + phrase
        filters = []
    if parsed is not None and (excluded := parsed.excluded_expression()) is not None:
        params["excluded"] = excluded
        selection.conditions.append(
            Condition(
                "d.pk NOT IN (SELECT rowid FROM article_terms WHERE article_terms MATCH :excluded{window})",
                "NOT EXISTS (SELECT 1 FROM article_terms WHERE article_terms MATCH :excluded AND rowid = d.pk)",
                key="rowid",
            )
        )
    for name, values in filters:
        facet = f"p{len(params)}"
        params[facet] = name
        marks = []
        for value in values:
            marks.append(f":p{len(params)}")
            params[marks[-1][1:]] = value
        wanted = f"facet = :{facet} AND value IN ({', '.join(marks)})"
        selection.filtered = True
        selection.conditions.append(
            Condition(
                f"d.pk IN (SELECT article_pk FROM facet_values WHERE {wanted}{{window}})",
                f"EXISTS (SELECT 1 FROM facet_values WHERE article_pk = d.pk AND {wanted})",
                key="article_pk",
            )
        )
    if query.date_from:
        params["date_from"] = _check_date("date_from", query.date_from)
        selection.dates.append("d.published_date >= :date_from")
    if query.date_to:
        # A partial bound ("2024-05") includes the whole month or year.
        params["date_to"] = _check_date("date_to", query.date_to) + _END_OF_PREFIX
        selection.dates.append("d.published_date <= :date_to")
    selection.conditions += [Condition(sql) for sql in selection.dates]
    return selection


def _checked_filters(filters: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """The filters that restrict anything (a facet and its wanted values); QueryError for an unknown facet."""
    for name in filters:
        if name not in FACETS:
            raise QueryError(f"Không có bộ lọc {name!r} / Unknown filter {name!r}: use {', '.join(FACETS)}")
    return [(name, values) for name, values in filters.items() if values]


def _any_token(name: str, values: list[str]) -> str:
    """An FTS5 expression for an article holding any of the facet's `values` (their facet tokens)."""
    return " OR ".join(f'"{facet_token(name, value)}"' for value in values)


def check_facets(names: list[str]) -> None:
    if unknown := [name for name in names if name not in FACETS]:
        raise QueryError(
            f"Không có nhóm {unknown[0]!r} / Unknown facet {unknown[0]!r}: use one of {', '.join(FACETS)}"
        )
