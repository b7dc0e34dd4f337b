"""`/facts/<table>`: fact tables filtered like the search, with facets, pages and CSV / JSON Lines / XLSX."""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Response, render_template, request, url_for

from search_app.downloads import (
    CSV_TYPE,
    JSONL_TYPE,
    attachment,
    csv_lines,
    filename,
    jsonl_lines,
    started,
    xlsx_response,
)
from search_app.fact_tables import (
    TABLES,
    FactTable,
    TableState,
    all_rows,
    export_row,
    parse_filters,
    table_page,
)
from search_app.formatting import vn_date, vn_number
from search_app.labels import metric_label, value_label
from search_app.params import parse_state
from search_app.storage import get_store
from search_app.views.search import page_numbers

bp = Blueprint("facts", __name__)
TABLE_NAMES = ",".join(TABLES)
EXPORT_FORMATS = ("csv", "jsonl", "xlsx")


def table_state(name: str) -> TableState:
    table = TABLES[name]
    return TableState(table, parse_state(request.args), parse_filters(table, request.args))


def table_url(state: TableState, **search_changes: object) -> str:
    query = urlencode(state.args(**search_changes))
    return url_for("facts.table", table=state.table.name) + (f"?{query}" if query else "")


def article_link(table: FactTable, row: dict[str, Any], **url_options: Any) -> str:
    """The article page, scrolled to the fact's mark when the row is one fact of it."""
    anchor = f"fact-{table.mark_kind}-{row['position']}" if table.mark_kind and "position" in row else None
    return url_for("articles.show", article_id=row["article_id"], _anchor=anchor, **url_options)


def cell_text(column_kind: str, name: str, value: Any) -> str:
    """A cell as a Vietnamese reader writes it: day-first dates, "." thousands, coded values named."""
    if value is None:
        return ""
    if column_kind == "number":
        return vn_number(value)
    if column_kind == "date":
        return vn_date(value)
    if column_kind == "code":
        return coded_value(name, value)
    if column_kind == "list":
        return ", ".join(vn_date(item) if name.endswith("dates") else str(item) for item in value)
    return str(value)


def coded_value(name: str, value: str) -> str:
    """Vietnamese name of a coded value: metric keys and the store's English levels and kinds."""
    return metric_label(value) if name == "key" else value_label(name, value)


@bp.get("/facts")
def index() -> str:
    return render_template("facts_index.html", tables=TABLES.values())


@bp.get(f"/facts/<any({TABLE_NAMES}):table>")
def table(table: str) -> str:
    state = table_state(table)
    page = table_page(get_store(), state)
    last_page = max(1, math.ceil(page.total / state.search.per_page))
    return render_template(
        "facts.html",
        state=state,
        page=page,
        tables=TABLES.values(),
        pages=page_numbers(state.search.page, last_page),
        last_page=last_page,
        table_url=table_url,
        export_url=export_url,
        article_link=article_link,
        cell_text=cell_text,
        coded_value=coded_value,
    )


@bp.get(f"/facts/<any({TABLE_NAMES}):table>.<any({','.join(EXPORT_FORMATS)}):fmt>")
def export(table: str, fmt: str) -> Response:
    state = table_state(table)
    spec = state.table
    rows = (export_row(spec, row) for row in started(all_rows(get_store(), state)))
    name = filename(spec.name, fmt)
    if fmt == "csv":
        return attachment(csv_lines(rows, spec.export_columns), CSV_TYPE, name)
    if fmt == "jsonl":
        return attachment(jsonl_lines(rows), JSONL_TYPE, name)
    return xlsx_response(rows, spec.export_columns, spec.title, name)


def export_url(state: TableState, fmt: str) -> str:
    query = urlencode(state.args(page=1))
    return url_for("facts.export", table=state.table.name, fmt=fmt) + (f"?{query}" if query else "")
