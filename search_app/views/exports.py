"""Exports of the current search (every match, all filters honoured), streamed row by row.

Rows come from `store.export` (`article_row`, formula-safe `csv_cell`, `write_jsonl`), so
downloads match `cchc export`. The store's iterator is started before the response, so a
malformed query is a 400, not a broken download.
"""

from __future__ import annotations

from collections.abc import Iterator

from flask import Blueprint, Response, request

from cchc.record import Article
from search_app.downloads import CSV_TYPE, JSONL_TYPE, attachment, csv_lines, filename, jsonl_lines, started
from search_app.params import parse_state
from search_app.storage import get_store
from store.export import ARTICLE_COLUMNS, article_row

bp = Blueprint("exports", __name__)


@bp.get("/export.csv")
def csv_export() -> Response:
    rows = (article_row(article) for article in _matches())
    return attachment(csv_lines(rows, ARTICLE_COLUMNS), CSV_TYPE, filename("articles", "csv"))


@bp.get("/export.jsonl")
def jsonl_export() -> Response:
    return attachment(jsonl_lines(_matches()), JSONL_TYPE, filename("articles", "jsonl"))


def _matches() -> Iterator[Article]:
    return started(get_store().iter_articles(parse_state(request.args).to_query()))
