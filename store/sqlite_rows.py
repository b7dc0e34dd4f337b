"""Article ↔ SQLite rows: one `articles` row, its `fetches` row, its fact rows and its FTS row.

Text is stored in NFC (the folding and highlight offsets rely on it); an article given in
NFD is composed first and its evidence offsets are moved to the composed body.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from datetime import datetime
from typing import Any, Literal

from cchc.record import Article, FetchedPage
from cchc.vntext import fold
from store.base import article_fields, text_hash
from store.export import FACT_TABLES
from store.sqlite_clusters import assign_cluster
from store.sqlite_facets import facet_rows

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
    data = article.model_dump(exclude={"fetch"})
    composed = _nfc_tree(data)
    if composed == data:
        return article
    if composed["body"] != article.body:
        _move_evidence(composed, article.body)
    return Article.model_validate(composed | {"fetch": article.fetch})


def _article_columns(article: Article) -> dict[str, Any]:
    return article_fields(article) | {
        "is_inspection": int(article.is_inspection_article),
        "record": article.model_dump_json(exclude={"fetch"}),
        "text_hash": text_hash(article),
    }


def write_article(conn: sqlite3.Connection, article: Article) -> Outcome:
    """Insert or update one (NFC) article and everything tied to it, inside the caller's transaction."""
    columns = _article_columns(article)
    row = conn.execute(
        "SELECT pk, key, content_hash, text_hash FROM articles WHERE id = ?", (columns["id"],)
    ).fetchone()
    if row is not None and row["key"] != columns["key"]:
        raise ValueError(f"article id {columns['id']} of {columns['key']!r} is taken by {row['key']!r}")
    if row is not None and row["content_hash"] == columns["content_hash"]:
        return "unchanged"
    names = ", ".join(columns)
    if row is None:
        placeholders = ", ".join(f":{name}" for name in columns)
        pk = conn.execute(f"INSERT INTO articles ({names}) VALUES ({placeholders})", columns).lastrowid
    else:
        pk = row["pk"]
        assignments = ", ".join(f"{name} = :{name}" for name in columns)
        conn.execute(f"UPDATE articles SET {assignments} WHERE pk = :pk", columns | {"pk": pk})
        _delete_dependents(conn, pk)
    _insert_dependents(conn, pk, article)
    if row is None or row["text_hash"] != columns["text_hash"]:
        _new_version(conn, pk, article, columns)
    return "inserted" if row is None else "updated"


def _new_version(conn: sqlite3.Connection, pk: int, article: Article, columns: dict[str, Any]) -> None:
    """A new text: keep it in the history and (re)place the article in its near-duplicate cluster."""
    conn.execute(
        "INSERT INTO article_versions (article_pk, canonical_url, text_hash, fetched_at, record)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            pk,
            columns["key"],
            columns["text_hash"],
            article.fetch.fetched_at.isoformat() if article.fetch else None,
            columns["record"],
        ),
    )
    cluster_id = assign_cluster(conn, pk, columns["id"], article.body)
    conn.execute("UPDATE articles SET cluster_id = ? WHERE pk = ?", (cluster_id, pk))


def _delete_dependents(conn: sqlite3.Connection, pk: int) -> None:
    for table in (*FACT_TABLES, "facet_values", "fetches", "articles_fts"):
        key_column = "rowid" if table == "articles_fts" else "article_pk"
        conn.execute(f"DELETE FROM {table} WHERE {key_column} = ?", (pk,))


def _insert_dependents(conn: sqlite3.Connection, pk: int, article: Article) -> None:
    for table, spec in FACT_TABLES.items():
        names = ("article_pk", "position", *spec.columns)
        sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        conn.executemany(
            sql,
            ((pk, i, *(row[c] for c in spec.columns)) for i, row in enumerate(spec.rows(article))),
        )
    conn.executemany(
        "INSERT INTO facet_values (article_pk, facet, value) VALUES (?, ?, ?)", facet_rows(pk, article)
    )
    if article.fetch is not None:
        page = article.fetch
        conn.execute(
            "INSERT INTO fetches (article_pk, url, final_url, fetched_at, status, encoding, source_id,"
            " attachments, attachment_texts, html) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                pk,
                page.url,
                page.final_url,
                page.fetched_at.isoformat(),
                page.status,
                page.encoding,
                page.source_id,
                json.dumps(page.attachments, ensure_ascii=False),
                json.dumps(page.attachment_texts, ensure_ascii=False),
                page.html,
            ),
        )
    title = article.title or ""
    conn.execute(
        "INSERT INTO articles_fts (rowid, title_folded, body_folded, title_exact, body_exact)"
        " VALUES (?, ?, ?, ?, ?)",
        (pk, fold(title), fold(article.body), title, article.body),
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
