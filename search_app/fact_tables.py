"""Fact tables in the spirit of Datasette: one row per inspection, metric, leader, unit or legal reference.

A table is read from the store for the articles that match the usual search state (q, f, from, to),
then narrowed by filters on its own columns (`?key=rate_on_time&unit=%`), counted by some of its
columns (facets) and cut into pages. Rows stream from the store: only the counters and the rows of
the page asked for are kept, so a table over every article costs time, not memory.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any, Literal

from werkzeug.datastructures import MultiDict

from cchc.record import Article
from search_app.params import MAX_FILTER_VALUE, MAX_FILTERS, BadParams, SearchState
from store.base import FacetValue, SearchQuery, Store, article_id, article_key
from store.export import FACT_CONTEXT_COLUMNS, fact_columns

ColumnKind = Literal["text", "number", "date", "list", "code"]
# Parameters of the search state; every other parameter of a table URL must name one of its filters.
SEARCH_PARAMS = frozenset({"q", "exact", "f", "from", "to", "sort", "page", "per_page"})
FACET_VALUES = 50  # values listed per facet, most frequent first


@dataclass(frozen=True)
class Column:
    """A shown column; `filter` lets `?name=value` narrow the table, `facet` counts its values."""

    name: str
    label: str
    kind: ColumnKind = "text"
    filter: bool = False
    facet: bool = False


@dataclass(frozen=True)
class FactTable:
    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    export_columns: tuple[str, ...]
    # Kind of the article page's fact marks (`search_app.facts`), so a row links to its sentence.
    mark_kind: str | None = None

    @property
    def filters(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.filter)

    @property
    def facets(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.facet)

    def rows(self, store: Store, query: SearchQuery) -> Iterator[dict[str, Any]]:
        if self.name == "inspections":
            inspections = query.model_copy(update={"filters": {"is_inspection": ["true"], **query.filters}})
            return (inspection_row(article) for article in store.iter_articles(inspections))
        return _with_positions(store.iter_fact_rows(self.name, query))


INSPECTION_COLUMNS = (
    *FACT_CONTEXT_COLUMNS,
    "published_date",
    "province",
    "inspecting_level",
    "kind",
    "inspecting_body",
    "inspection_dates",
    "leaders",
    "units",
)


def inspection_row(article: Article) -> dict[str, Any]:
    """An inspection article as one row: when, at which level, where, and who led it."""
    dates = article.inspection_dates or [span.first for span in article.inspection_periods]
    return {
        "article_id": article_id(article_key(article)),
        "article_url": article.canonical_url or article.url,
        "article_title": article.title,
        "published_date": article.published_date,
        "province": article.province,
        "inspecting_level": article.inspecting_level,
        "kind": article.kind,
        "inspecting_body": article.inspecting_body,
        "inspection_dates": dates,
        "leaders": [leader.name for leader in article.team_leaders],
        "units": [unit.name for unit in article.inspected_units],
    }


def _with_positions(rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Number each row within its article (rows come grouped by article, in record order)."""
    previous, position = None, 0
    for row in rows:
        position = position + 1 if row["article_id"] == previous else 1
        previous = row["article_id"]
        yield {**row, "position": position}


TABLES: dict[str, FactTable] = {
    table.name: table
    for table in (
        FactTable(
            "inspections",
            "Cuộc kiểm tra",
            "Mỗi dòng là một bài về kiểm tra: ngày kiểm tra, cấp, loại bài, tỉnh và trưởng đoàn.",
            (
                Column("published_date", "Ngày đăng", "date"),
                Column("province", "Tỉnh, thành phố", filter=True, facet=True),
                Column("inspecting_level", "Cấp kiểm tra", "code", filter=True, facet=True),
                Column("kind", "Loại bài", "code", filter=True, facet=True),
                Column("inspection_dates", "Ngày kiểm tra", "list"),
                Column("leaders", "Trưởng đoàn", "list", filter=True, facet=True),
                Column("units", "Đơn vị được kiểm tra", "list", filter=True),
            ),
            INSPECTION_COLUMNS,
        ),
        FactTable(
            "metrics",
            "Số liệu",
            "Mỗi dòng là một số liệu nêu trong bài, kèm mã chỉ tiêu khi nhận ra được.",
            (
                Column("label", "Chỉ tiêu"),
                Column("value", "Giá trị", "number"),
                Column("total", "Trên tổng số", "number"),
                Column("unit", "Đơn vị tính", filter=True, facet=True),
                Column("qualifier", "Ghi chú", filter=True),
                Column("key", "Chỉ tiêu chuẩn", "code", filter=True, facet=True),
            ),
            fact_columns("metrics"),
            "metric",
        ),
        FactTable(
            "leaders",
            "Trưởng đoàn",
            "Mỗi dòng là một trưởng đoàn kiểm tra được nêu tên trong bài.",
            (
                Column("name", "Họ tên", filter=True, facet=True),
                Column("title", "Chức vụ", filter=True, facet=True),
            ),
            fact_columns("leaders"),
            "leader",
        ),
        FactTable(
            "units",
            "Đơn vị được kiểm tra",
            "Mỗi dòng là một cơ quan, đơn vị được kiểm tra, với địa bàn trước và sau sắp xếp năm 2025.",
            (
                Column("name", "Tên", filter=True),
                Column("type", "Loại đơn vị", filter=True, facet=True),
                Column("district", "Huyện", filter=True, facet=True),
                Column("province", "Tỉnh", filter=True, facet=True),
                Column("new_name", "Sau sắp xếp 2025"),
                Column("new_province", "Tỉnh sau sắp xếp", filter=True, facet=True),
            ),
            fact_columns("units"),
            "unit",
        ),
        FactTable(
            "legal_refs",
            "Văn bản",
            "Mỗi dòng là một văn bản (kế hoạch, quyết định...) được dẫn trong bài.",
            (
                Column("text", "Văn bản"),
                Column("type", "Loại", filter=True, facet=True),
                Column("number", "Số", filter=True),
                Column("date", "Ngày", "date"),
                Column("issuer", "Cơ quan ban hành", filter=True, facet=True),
            ),
            fact_columns("legal_refs"),
            "legal",
        ),
    )
}


@dataclass(frozen=True)
class TableState:
    """A table URL's state: the search that picks the articles and the filters on the table's columns."""

    table: FactTable
    search: SearchState
    filters: tuple[tuple[str, str], ...] = ()

    def args(self, **search_changes: object) -> list[tuple[str, str]]:
        search = replace(self.search, **search_changes) if search_changes else self.search
        return [*search.args(), *self.filters]

    def has_filter(self, name: str, value: str) -> bool:
        return (name, value) in self.filters

    def filter_values(self, name: str) -> list[str]:
        return [value for column, value in self.filters if column == name]

    def toggled(self, name: str, value: str) -> TableState:
        """The state with this column filter added, or removed when active; back to page 1."""
        pair = (name, value)
        kept = tuple(f for f in self.filters if f != pair)
        return replace(
            self,
            filters=kept if pair in self.filters else (*self.filters, pair),
            search=replace(self.search, page=1),
        )

    def without_search_filter(self, name: str, value: str) -> TableState:
        kept = tuple(f for f in self.search.filters if f != (name, value))
        return replace(self, search=replace(self.search, filters=kept, page=1))


def parse_filters(table: FactTable, args: MultiDict[str, str]) -> tuple[tuple[str, str], ...]:
    """Column filters from the query string; an unknown parameter is a 400, not silently ignored."""
    unknown = sorted(set(args) - SEARCH_PARAMS - set(table.filters))
    if unknown:
        allowed = ", ".join(table.filters)
        raise BadParams(
            f"Tham số không hợp lệ cho bảng {table.name}: {unknown[0][:80]!r} (lọc được: {allowed})."
        )
    filters: list[tuple[str, str]] = []
    for name in table.filters:
        for raw in args.getlist(name):
            value = unicodedata.normalize("NFC", raw.strip())
            if len(value) > MAX_FILTER_VALUE:
                raise BadParams(f"Giá trị lọc {name} quá dài (tối đa {MAX_FILTER_VALUE} ký tự).")
            if value and (name, value) not in filters:
                filters.append((name, value))
    if len(filters) > MAX_FILTERS:
        raise BadParams(f"Tối đa {MAX_FILTERS} bộ lọc.")
    return tuple(filters)


def _values(value: Any) -> list[str]:
    """A cell as the strings a filter or facet compares: list cells count once per item."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [_text(item) for item in items]


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def matching(
    rows: Iterator[dict[str, Any]], filters: tuple[tuple[str, str], ...]
) -> Iterator[dict[str, Any]]:
    """Rows whose columns match every filtered column (any of its values when one is repeated)."""
    wanted: dict[str, set[str]] = {}
    for name, value in filters:
        wanted.setdefault(name, set()).add(value)
    for row in rows:
        if all(wanted_values.intersection(_values(row.get(name))) for name, wanted_values in wanted.items()):
            yield row


@dataclass
class TablePage:
    total: int = 0
    rows: list[dict[str, Any]] = field(default_factory=list)
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)


def table_page(store: Store, state: TableState) -> TablePage:
    """One page of the filtered table, its row count and the facet counts over all its rows."""
    table, search = state.table, state.search
    counters: dict[str, Counter[str]] = {column.name: Counter() for column in table.facets}
    first = (search.page - 1) * search.per_page
    page = TablePage()
    for row in matching(table.rows(store, search.to_query()), state.filters):
        if first <= page.total < first + search.per_page:
            page.rows.append(row)
        page.total += 1
        for name, counter in counters.items():
            counter.update(set(_values(row.get(name))))
    page.facets = {
        name: [
            FacetValue(value=value, count=count)
            for value, count in islice(
                sorted(counter.items(), key=lambda item: (-item[1], item[0])), FACET_VALUES
            )
        ]
        for name, counter in counters.items()
        if counter
    }
    return page


def all_rows(store: Store, state: TableState) -> Iterator[dict[str, Any]]:
    """Every row of the filtered table, for exports (no page)."""
    return matching(state.table.rows(store, state.search.to_query()), state.filters)


def export_row(table: FactTable, row: Mapping[str, Any]) -> dict[str, Any]:
    return {name: row.get(name) for name in table.export_columns}
