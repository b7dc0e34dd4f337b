"""The search page (`/`) and the exports of the same results (`/export.csv`, `/export.jsonl`)."""

from __future__ import annotations

import math

from flask import Blueprint, render_template, request

from search_app.facet_links import facet_groups
from search_app.labels import FACET_LABELS
from search_app.params import MAX_RESULT_WINDOW, parse_state
from search_app.storage import get_store
from store.base import QueryError

bp = Blueprint("search", __name__)


@bp.get("/")
def index() -> tuple[str, int] | str:
    state = parse_state(request.args)
    try:
        result = get_store().search(state.to_query(FACET_LABELS))
    except QueryError as exc:
        return render_template("search.html", state=state, result=None, error=str(exc)), 400
    last_page = last_page_number(result.total, state.per_page)
    return render_template(
        "search.html",
        state=state,
        result=result,
        facets=facet_groups(state, result.facets),
        pages=page_numbers(state.page, last_page),
        last_page=last_page,
    )


def last_page_number(total: int, per_page: int) -> int:
    """The last page to link to: no further than the result window a URL may ask for (an estimated
    total of a broad search can be far larger)."""
    return max(1, min(math.ceil(total / per_page), MAX_RESULT_WINDOW // per_page))


def page_numbers(current: int, last: int, around: int = 2) -> list[int | None]:
    """First, last and a window around the current page; None where pages are skipped."""
    shown = sorted({1, last, *range(max(1, current - around), min(last, current + around) + 1)})
    numbers: list[int | None] = []
    for number in shown:
        if numbers and number - (numbers[-1] or 0) > 1:
            numbers.append(None)
        numbers.append(number)
    return numbers
