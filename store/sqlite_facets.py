"""The facet values of an article, as kept in the `facet_values` table (schema 3).

Every facet, whether a column of the article (province, year) or a list of facts (districts of the
inspected units, team leaders), becomes rows (article, facet, value), one per distinct value. Facet
counts over any set of matching articles are then one GROUP BY over one table, and every filter is
the same `IN (SELECT ...)`; `facet_totals` holds exact counts over the whole store for the unfiltered
landing page. index_config/sqlite/003_facet_values.sql computes the same values in SQL for stores that
predate it.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable

from cchc.record import Article

FACET_VALUES: dict[str, Callable[[Article], Iterable[str | None]]] = {
    "province": lambda a: [a.province],
    "district": lambda a: [u.district for u in a.inspected_units],
    "inspecting_level": lambda a: [a.inspecting_level],
    "kind": lambda a: [a.kind],
    "year": lambda a: [a.published_date[:4] if a.published_date else None],
    "month": lambda a: [a.published_date[:7] if a.published_date else None],
    "leader": lambda a: [leader.name for leader in a.team_leaders],
    "unit_type": lambda a: [u.type for u in a.inspected_units],
    "portal": lambda a: [a.portal],
    "is_inspection": lambda a: ["true" if a.is_inspection_article else "false"],
}


def facet_rows(pk: int, article: Article) -> set[tuple[int, str, str]]:
    """(article_pk, facet, value) rows of one article, None values left out."""
    return {
        (pk, facet, value)
        for facet, values in FACET_VALUES.items()
        for value in values(article)
        if value is not None
    }


def add_to_totals(conn: sqlite3.Connection, changes: Counter[tuple[str, str]]) -> None:
    """Apply the rows a batch added (+1) and removed (-1) to `facet_totals`, one statement per value.

    Schema 3 counted with a trigger per `facet_values` row, a third of a batch's SQL time; schema 5
    dropped the triggers, so every writer of `facet_values` must call this in the same transaction.
    """
    conn.executemany(
        "INSERT INTO facet_totals (facet, value, n) VALUES (?, ?, ?)"
        " ON CONFLICT (facet, value) DO UPDATE SET n = n + excluded.n",
        [(facet, value, n) for (facet, value), n in changes.items() if n],
    )
