"""The facet values of an article, as kept in the `facet_values` table (schema 3).

Every facet, whether a column of the article (province, year) or a list of facts (districts of the
inspected units, team leaders), becomes rows (article, facet, value), one per distinct value. Facet
counts over any set of matching articles are then one GROUP BY over one table, and every filter is
the same `IN (SELECT ...)`; `facet_totals` holds exact counts over the whole store for the unfiltered
landing page. index_config/sqlite/003_facet_values.sql computes the same values in SQL for stores that
predate it.

Schema 8 numbers every (facet, value) once (`facet_ids`) and keeps each article's numbers as one blob
(`article_facets`): the facets of a search's sample are counted by reading a blob per sampled article
and adding up its numbers with numpy, ten times faster than grouping facet_values rows by their text.

Schema 13 also writes each value as a token of the article's full-text row (`facet_tokens`), so a search
with words takes its filters into the same FTS5 expression (store/sqlite_selection.py).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import struct
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

import numpy as np

from cchc.record import Article
from store.base import FACETS, FacetValue

FACET_LIMIT = 100  # values listed per facet, the most frequent first
# A facet token starts with a private-use character: a query word never holds one (it is no \w character,
# store/sqlite_query.py), while FTS5's unicode61 tokenizer keeps it inside the token (category Co).
FACET_TOKEN_MARK = "\ue000"

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


def facet_token(facet: str, value: str) -> str:
    """The full-text token of one facet value: its mark and a 64-bit hash of facet and value, so a query
    needs no lookup to name it and any value has one."""
    digest = hashlib.blake2b(f"{facet}\x1f{value}".encode(), digest_size=8).hexdigest()
    return FACET_TOKEN_MARK + digest


def facet_tokens(pairs: Iterable[tuple[str, str]]) -> str:
    """The `facets` column of an article's FTS row (schema 13) from its (facet, value) pairs, sorted: a
    contentless FTS row is deleted by giving the very text it was indexed with again."""
    return " ".join(sorted({facet_token(facet, value) for facet, value in pairs}))


def facet_tokens_of_json(pairs: str | None) -> str:
    """'[["province","Long An"], ...]' (a json_group_array) → `facet_tokens`; SQL function in migrations."""
    return facet_tokens(map(tuple, json.loads(pairs))) if pairs else ""


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


def id_blob(ids: Iterable[int]) -> bytes:
    """Facet ids as stored in `article_facets.ids`: little-endian 32-bit integers."""
    ids = list(ids)
    return struct.pack(f"<{len(ids)}i", *ids)


def id_blob_of_text(ids: str) -> bytes:
    """ "3,5,9" (a group_concat of ids) → its blob; SQL function in migrations."""
    return id_blob(map(int, ids.split(",")))


def pairs_by_article(rows: Iterable[tuple[int, str, str]]) -> dict[int, list[tuple[str, str]]]:
    """Facet rows (pk, facet, value) → each article's (facet, value) pairs."""
    by_article: defaultdict[int, list[tuple[str, str]]] = defaultdict(list)
    for pk, facet, value in rows:
        by_article[pk].append((facet, value))
    return by_article


def store_facet_ids(conn: sqlite3.Connection, by_article: dict[int, list[tuple[str, str]]]) -> None:
    """Number the facet values of new `facet_values` rows (`pairs_by_article`) and store each article's
    numbers, in the caller's transaction (an updated article's old blob is already deleted)."""
    pairs = json.dumps(sorted({pair for found in by_article.values() for pair in found}), ensure_ascii=False)
    conn.execute(
        "INSERT OR IGNORE INTO facet_ids (facet, value) SELECT value ->> 0, value ->> 1 FROM json_each(?)",
        (pairs,),
    )
    ids = {
        (facet, value): id
        for id, facet, value in conn.execute(
            "SELECT i.id, i.facet, i.value FROM json_each(?) j"
            " JOIN facet_ids i ON i.facet = j.value ->> 0 AND i.value = j.value ->> 1",
            (pairs,),
        )
    }
    conn.executemany(
        "INSERT INTO article_facets (article_pk, ids) VALUES (?, ?)",
        [(pk, id_blob(map(ids.__getitem__, found))) for pk, found in by_article.items()],
    )


class FacetIdNames:
    """id → (facet, value) for the facet ids a connection has met, as arrays indexed by id: `facets`
    holds each id's facet as its index in FACETS (-1: none), `values` its value. Ids never change and
    new ones come after the old (facet_ids' rowid), so only ids past the end are ever read."""

    def __init__(self) -> None:
        self.facets = np.empty(0, dtype=np.int8)
        self.values: list[str] = []

    def cover(self, cursor: sqlite3.Cursor, highest: int) -> None:
        """Make sure every id up to `highest` is known."""
        known = len(self.values)
        if highest < known:
            return
        rows = cursor.execute(
            "SELECT id, facet, value FROM facet_ids WHERE id BETWEEN ? AND ?", (known, highest)
        ).fetchall()
        facets = np.full(highest + 1 - known, -1, dtype=np.int8)
        values = [""] * (highest + 1 - known)
        for id, facet, value in rows:
            facets[id - known] = _FACET_INDEX.get(facet, -1)
            values[id - known] = value
        self.facets = np.concatenate((self.facets, facets))
        self.values += values


_FACET_INDEX = {name: index for index, name in enumerate(FACETS)}


def count_sample(
    conn: sqlite3.Connection,
    names: list[str],
    known: FacetIdNames,
    sample: str = "temp.sample",
) -> dict[str, list[FacetValue]]:
    """The FACET_LIMIT most frequent values of each named facet over the articles of `sample` (a table
    or subquery of pk and weight), each counted with its weight; `known` is the connection's FacetIdNames.

    Counting and choosing each facet's most frequent ids is done by numpy over arrays indexed by id
    (a store has a few thousand facet values), so Python only touches the values it returns."""
    if not names:
        return {}
    cursor = conn.cursor()
    cursor.row_factory = None
    # The ids of all articles sharing a weight, as one blob (a sample has at most STRATA weights):
    # group_concat copies a blob's bytes as they are into its text (the store is UTF-8), and the cast
    # hands them back as a blob. Fetching a row per article cost 0.3 ms more per search (1,000 rows).
    groups = cursor.execute(
        f"SELECT s.weight, CAST(group_concat(f.ids, '') AS BLOB) FROM {sample} s"
        " CROSS JOIN article_facets f ON f.article_pk = s.pk GROUP BY s.weight"
    ).fetchall()
    found: dict[str, list[FacetValue]] = {name: [] for name in names}
    if not groups:
        return found
    counts = [np.bincount(np.frombuffer(blob, dtype="<i4")) * each for each, blob in groups]
    sums = np.zeros(max(map(len, counts)))
    for counted in counts:
        sums[: len(counted)] += counted
    known.cover(cursor, len(sums) - 1)
    facets, shown = known.facets[: len(sums)], np.rint(sums)  # equal counts as shown sort by value
    for name in names:
        chosen = np.flatnonzero((facets == _FACET_INDEX[name]) & (sums != 0))
        if len(chosen) > FACET_LIMIT:  # keep ties with the last one shown: they are ordered by value
            chosen = chosen[shown[chosen] >= np.partition(shown[chosen], -FACET_LIMIT)[-FACET_LIMIT]]
        top = sorted(
            zip((-shown[chosen]).tolist(), map(known.values.__getitem__, chosen.tolist()), strict=True)
        )
        found[name] = [FacetValue(value=value, count=int(-n)) for n, value in top[:FACET_LIMIT]]
    return found
