"""Article ↔ SQLite rows: one `articles` row (triggers copy its date to `article_dates`), its `fetches` row,
its fact, facet and version rows, its FTS row.

Text is stored in NFC (the folding and highlight offsets rely on it); an article given in
NFD is composed first and its evidence offsets are moved to the composed body.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal, NamedTuple

from cchc.record import Article, FetchedPage
from cchc.vntext import fold
from store.base import article_fields, text_hash
from store.export import FACT_TABLES
from store.sqlite_clusters import place, store_placements
from store.sqlite_facets import add_to_totals, facet_rows, facet_tokens, pairs_by_article, store_facet_ids

Outcome = Literal["inserted", "updated", "unchanged"]


def _nfc_tree(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc_tree(item) for item in value]
    if isinstance(value, dict):
        return {key: _nfc_tree(item) for key, item in value.items()}
    return value


def _move_evidence(data: dict[str, Any], body: str) -> None:
    """Evidence offsets counted in the decomposed `body` → offsets in its NFC form."""

    def composed(offset: int) -> int:
        return len(unicodedata.normalize("NFC", body[:offset]))

    for value in data.values():
        for item in value if isinstance(value, list) else ():
            evidence = item.get("evidence") if isinstance(item, dict) else None
            if evidence:
                evidence["start"], evidence["end"] = composed(evidence["start"]), composed(evidence["end"])


def normalize_article(article: Article) -> Article:
    """The article with every text field in NFC (the raw HTML in `fetch` is kept as fetched)."""
    return _normalized(article)[0]


def _normalized(article: Article) -> tuple[Article, str]:
    """The NFC article and its JSON record (without `fetch`), serialised once for the check and the row."""
    record = article.model_dump_json(exclude={"fetch"})
    if unicodedata.is_normalized("NFC", record):
        return article, record  # the common case, checked in C over one string
    data = article.model_dump(exclude={"fetch"})
    composed = _nfc_tree(data)
    if composed["body"] != article.body:
        _move_evidence(composed, article.body)
    article = Article.model_validate(composed | {"fetch": article.fetch})
    return article, article.model_dump_json(exclude={"fetch"})


class _Change(NamedTuple):
    """An article to insert or update, with the values of its rows."""

    article: Article
    columns: dict[str, Any]  # of its `articles` row, pk included
    is_new: bool
    new_text: bool  # a text it never had: a new version, and a new place among the clusters
    stored: sqlite3.Row | None  # its rows before this write (title, body, signature, ...)
    folded_title: str
    folded_body: str


def write_articles(conn: sqlite3.Connection, articles: Sequence[Article]) -> list[Outcome]:
    """Insert or update articles (stored in NFC) and everything tied to them, in the caller's transaction.

    Each table gets one statement per batch rather than one per article (most of the cost of a write
    is per statement). An id seen twice starts a new run, so a later copy updates the earlier one as
    if the articles were written one by one. At most 500 articles: their ids are bound parameters.
    """
    outcomes: list[Outcome] = []
    run: dict[str, tuple[Article, dict[str, Any]]] = {}
    for article, record in map(_normalized, articles):
        columns = _article_columns(article, record)
        if columns["id"] in run:
            outcomes += _write_run(conn, list(run.values()))
            run = {}
        run[columns["id"]] = (article, columns)
    if run:
        outcomes += _write_run(conn, list(run.values()))
    return outcomes


def _article_columns(article: Article, record: str) -> dict[str, Any]:
    return article_fields(article, record) | {
        "is_inspection": int(article.is_inspection_article),
        "record": record,
        "text_hash": text_hash(article),
    }


def _write_run(conn: sqlite3.Connection, run: list[tuple[Article, dict[str, Any]]]) -> list[Outcome]:
    """Write articles of distinct ids."""
    stored = {
        row["id"]: row
        for row in conn.execute(
            "SELECT a.pk, a.id, a.key, a.content_hash, a.text_hash, c.minhash, a.title, a.body, a.record"
            " FROM articles a LEFT JOIN article_clusters c ON c.article_pk = a.pk"
            f" WHERE a.id IN ({', '.join('?' * len(run))})",
            [columns["id"] for _, columns in run],
        )
    }
    next_pk = conn.execute("SELECT coalesce(max(pk), 0) + 1 FROM articles").fetchone()[0]
    outcomes: list[Outcome] = []
    changes: list[_Change] = []
    for article, columns in run:
        row = stored.get(columns["id"])
        if row is not None and row["key"] != columns["key"]:
            raise ValueError(f"article id {columns['id']} of {columns['key']!r} is taken by {row['key']!r}")
        if row is not None and row["content_hash"] == columns["content_hash"]:
            outcomes.append("unchanged")
            continue
        if row is None:
            columns["pk"], next_pk = next_pk, next_pk + 1
        else:
            columns["pk"] = row["pk"]
        outcomes.append("inserted" if row is None else "updated")
        new_text = row is None or row["text_hash"] != columns["text_hash"]
        changes.append(
            _Change(
                article, columns, row is None, new_text, row, fold(article.title or ""), fold(article.body)
            )
        )
    if changes:
        _write_changes(conn, changes)
    return outcomes


def _write_changes(conn: sqlite3.Connection, changes: list[_Change]) -> None:
    totals = Counter[tuple[str, str]]()
    updated = [change.columns["pk"] for change in changes if not change.is_new]
    old_facets = _delete_dependents(conn, updated) if updated else []
    totals.subtract((facet, value) for _, facet, value in old_facets)
    placing = [change for change in changes if change.new_text]
    placed = place(
        conn,
        [
            (c.columns["pk"], c.columns["id"], c.folded_body, c.stored and c.stored["minhash"])
            for c in placing
        ],
    )
    _write_article_rows(conn, changes)
    store_placements(
        conn, [(c.columns["pk"], placement) for c, placement in zip(placing, placed, strict=True)]
    )
    _add_versions(conn, placing)
    facets = [row for c in changes for row in facet_rows(c.columns["pk"], c.article)]
    conn.executemany("INSERT INTO facet_values (article_pk, facet, value) VALUES (?, ?, ?)", facets)
    totals.update((facet, value) for _, facet, value in facets)
    add_to_totals(conn, totals)
    new_pairs = pairs_by_article(facets)
    store_facet_ids(conn, new_pairs)
    _insert_dependents(conn, changes)
    _index_text(conn, changes, _tokens(pairs_by_article(old_facets)), _tokens(new_pairs))


def _tokens(by_article: dict[int, list[tuple[str, str]]]) -> dict[int, str]:
    """Each article's (facet, value) pairs → the `facets` text of its FTS row."""
    return {pk: facet_tokens(pairs) for pk, pairs in by_article.items()}


def _add_versions(conn: sqlite3.Connection, placing: list[_Change]) -> None:
    """A version row per new text. The latest version's record is NULL while it is the article's current
    record (schema 7: it was a copy of it); the record a new text replaces is written into it."""
    conn.executemany(
        "UPDATE article_versions SET record = coalesce(record, ?)"
        " WHERE pk = (SELECT max(pk) FROM article_versions WHERE article_pk = ?)",
        [(c.stored["record"], c.columns["pk"]) for c in placing if c.stored is not None],
    )
    conn.executemany(
        "INSERT INTO article_versions (article_pk, canonical_url, text_hash, fetched_at) VALUES (?, ?, ?, ?)",
        [
            (
                c.columns["pk"],
                c.columns["key"],
                c.columns["text_hash"],
                c.article.fetch.fetched_at.isoformat() if c.article.fetch else None,
            )
            for c in placing
        ],
    )


def _write_article_rows(conn: sqlite3.Connection, changes: list[_Change]) -> None:
    names = list(changes[0].columns)
    conn.executemany(
        f"INSERT INTO articles ({', '.join(names)}) VALUES ({', '.join(f':{name}' for name in names)})",
        [change.columns for change in changes if change.is_new],
    )
    conn.executemany(
        f"UPDATE articles SET {', '.join(f'{name} = :{name}' for name in names if name != 'pk')} WHERE pk = :pk",
        [change.columns for change in changes if not change.is_new],
    )


def _delete_dependents(conn: sqlite3.Connection, pks: list[int]) -> list[tuple[int, str, str]]:
    """Remove the rows built from the articles' previous records; return the facet rows removed."""
    keys = [(pk,) for pk in pks]
    for table in (*FACT_TABLES, "fetches", "article_facets"):
        conn.executemany(f"DELETE FROM {table} WHERE article_pk = ?", keys)
    removed = conn.execute(
        f"DELETE FROM facet_values WHERE article_pk IN ({', '.join('?' * len(pks))})"
        " RETURNING article_pk, facet, value",
        pks,
    )
    return [tuple(row) for row in removed]


def _insert_dependents(conn: sqlite3.Connection, changes: list[_Change]) -> None:
    for table, spec in FACT_TABLES.items():
        names = ("article_pk", "position", *spec.columns)
        conn.executemany(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [
                (c.columns["pk"], i, *(row[name] for name in spec.columns))
                for c in changes
                for i, row in enumerate(spec.rows(c.article))
            ],
        )
    conn.executemany(
        "INSERT INTO fetches (article_pk, url, final_url, fetched_at, status, encoding, source_id,"
        " attachments, attachment_texts, html) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                c.columns["pk"],
                page.url,
                page.final_url,
                page.fetched_at.isoformat(),
                page.status,
                page.encoding,
                page.source_id,
                json.dumps(page.attachments, ensure_ascii=False),
                json.dumps(page.attachment_texts, ensure_ascii=False),
                page.html,
            )
            for c in changes
            if (page := c.article.fetch) is not None
        ],
    )


def _index_text(
    conn: sqlite3.Connection, changes: list[_Change], old_tokens: dict[int, str], new_tokens: dict[int, str]
) -> None:
    """Replace the full-text rows of the articles whose title, body or facet tokens changed.

    The FTS table is contentless (schema 6): an old row is removed with FTS5's 'delete' command, given
    the very values it was indexed with: the stored title and body this write replaces, and the tokens of
    the facet rows it deleted (`old_tokens`).
    """
    replaced = []
    for c in changes:
        pk = c.columns["pk"]
        new = (c.article.title or "", c.article.body, new_tokens.get(pk, ""))
        old = (
            (c.stored["title"] or "", c.stored["body"], old_tokens.get(pk, ""))
            if c.stored is not None
            else None
        )
        if old != new:
            replaced.append((c, old, new))
    conn.executemany(
        "INSERT INTO article_terms (article_terms, rowid, title_folded, body_folded, title_exact, body_exact,"
        " facets) VALUES ('delete', ?, ?, ?, ?, ?, ?)",
        [(c.columns["pk"], fold(old[0]), fold(old[1]), *old) for c, old, _ in replaced if old is not None],
    )
    conn.executemany(
        "INSERT INTO article_terms (rowid, title_folded, body_folded, title_exact, body_exact, facets)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(c.columns["pk"], c.folded_title, c.folded_body, *new) for c, _, new in replaced],
    )


def read_article(record: str, fetch: sqlite3.Row | None) -> Article:
    """The Article as it was upserted, from its JSON record and its `fetches` row."""
    article = Article.model_validate_json(record)
    if fetch is None:
        return article
    page = FetchedPage(
        url=fetch["url"],
        final_url=fetch["final_url"],
        fetched_at=datetime.fromisoformat(fetch["fetched_at"]),
        status=fetch["status"],
        encoding=fetch["encoding"],
        source_id=fetch["source_id"],
        attachments=json.loads(fetch["attachments"]),
        attachment_texts=json.loads(fetch["attachment_texts"]),
        html=fetch["html"],
    )
    return article.model_copy(update={"fetch": page})
