"""A SearchQuery as SQL over the SQLite schema: which articles match, in what order, facet counts.

Every statement shares one `Selection` (FROM + WHERE + parameters), so the total, the page of
hits, the facet counts and exports all agree on the same set of articles. Facet counts are
taken over the selected articles with every filter applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.base import FACETS, QueryError, SearchQuery
from store.sqlite_query import ParsedQuery, parse_query

# Facets on a column of `articles a`: facet → SQL expression.
ARTICLE_FACETS = {
    "province": "a.province",
    "inspecting_level": "a.inspecting_level",
    "kind": "a.kind",
    "year": "substr(a.published_date, 1, 4)",
    "month": "substr(a.published_date, 1, 7)",
    "portal": "a.portal",
    "is_inspection": "CASE a.is_inspection WHEN 1 THEN 'true' ELSE 'false' END",
}
# Facets on a fact table: facet → (table, column); an article counts once per value.
FACT_FACETS = {
    "district": ("units", "district"),
    "leader": ("leaders", "name"),
    "unit_type": ("units", "type"),
}

FACET_LIMIT = 100
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
    def order(self) -> str:
        if self.sort == "date_asc":
            return "a.published_date ASC NULLS LAST, a.pk ASC"
        if self.sort == "relevance" and self.joins:
            return f"{SCORE} DESC, a.published_date DESC NULLS LAST, a.pk DESC"
        return "a.published_date DESC NULLS LAST, a.pk DESC"


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
        if name in ARTICLE_FACETS:
            selection.where.append(f"{ARTICLE_FACETS[name]} IN ({marks})")
        else:
            table, column = FACT_FACETS[name]
            selection.where.append(f"a.pk IN (SELECT article_pk FROM {table} WHERE {column} IN ({marks}))")
        selection.params.extend(values)
    if query.date_from:
        selection.where.append("a.published_date >= ?")
        selection.params.append(_check_date("date_from", query.date_from))
    if query.date_to:
        # A partial bound ("2024-05") includes the whole month or year.
        selection.where.append("substr(a.published_date, 1, ?) <= ?")
        selection.params.extend([len(query.date_to), _check_date("date_to", query.date_to)])
    return selection


def facet_sql(selection: Selection, name: str) -> str:
    """(value, n) rows of one facet over the selection, most frequent first."""
    if name in ARTICLE_FACETS:
        expr = ARTICLE_FACETS[name]
        return (
            selection.sql(f"{expr} AS value, count(*) AS n", extra_where=f"{expr} IS NOT NULL")
            + f" GROUP BY value ORDER BY n DESC, value LIMIT {FACET_LIMIT}"
        )
    if name in FACT_FACETS:
        table, column = FACT_FACETS[name]
        return (
            selection.sql(
                f"f.{column} AS value, count(DISTINCT a.pk) AS n",
                extra_join=f"JOIN {table} f ON f.article_pk = a.pk",
                extra_where=f"f.{column} IS NOT NULL",
            )
            + f" GROUP BY value ORDER BY n DESC, value LIMIT {FACET_LIMIT}"
        )
    raise QueryError(f"Không có nhóm {name!r} / Unknown facet {name!r}: use one of {', '.join(FACETS)}")
