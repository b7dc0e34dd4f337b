"""Exports of the current search (every match, all filters honoured), streamed row by row.

Rows come from `store.export` (`article_row`, formula-safe `csv_cell`, `write_jsonl`), so
downloads match `cchc export`; only the per-row chunking for `Response(generator)` is here.
The store's iterator is started before the response, so a malformed query is a 400, not a
broken download.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import chain

from flask import Blueprint, Response, request, stream_with_context

from cchc.record import Article
from search_app.params import parse_state
from search_app.storage import get_store
from store.export import ARTICLE_COLUMNS, article_row, csv_cell, write_jsonl

bp = Blueprint("exports", __name__)


@bp.get("/export.csv")
def csv_export() -> Response:
    return _download(_csv_lines, "text/csv; charset=utf-8", "csv")


@bp.get("/export.jsonl")
def jsonl_export() -> Response:
    return _download(_jsonl_lines, "application/x-ndjson; charset=utf-8", "jsonl")


Lines = Callable[[Iterable[Article]], Iterator[str]]


def _download(lines: Lines, content_type: str, extension: str) -> Response:
    state = parse_state(request.args)
    articles = get_store().iter_articles(state.to_query())
    first = next(articles, None)  # raises QueryError here, while a 400 can still be sent
    records = chain([first], articles) if first is not None else iter(())
    filename = f"cchc-{date.today():%Y%m%d}.{extension}"
    return Response(
        stream_with_context(lines(records)),
        content_type=content_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def _csv_lines(articles: Iterable[Article]) -> Iterator[str]:
    """Header then one CSV line per article; the BOM lets Excel read Vietnamese as UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def line(values: list[str] | tuple[str, ...]) -> str:
        writer.writerow(values)
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    yield "\ufeff" + line(ARTICLE_COLUMNS)
    for article in articles:
        row = article_row(article)
        yield line([csv_cell(row.get(name)) for name in ARTICLE_COLUMNS])


def _jsonl_lines(articles: Iterable[Article]) -> Iterator[str]:
    for article in articles:
        buffer = io.StringIO()
        write_jsonl([article], buffer)
        yield buffer.getvalue()
