"""A store written by this cchc, turned back into what an older one left, to test the migrations from there.

Only the later schemas' changes are undone here; a test of an older schema undoes that schema's own
changes too (`earlier`), since it knows what it checks.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cchc.vntext import fold

_UNDO = {
    13: "DROP TABLE article_terms; CREATE VIRTUAL TABLE articles_fts USING fts5 (title_folded, body_folded,"
    " title_exact, body_exact, content = '', tokenize = 'unicode61 remove_diacritics 0');"
    " INSERT INTO articles_fts (rowid, title_folded, body_folded, title_exact, body_exact)"
    " SELECT pk, cchc_fold(coalesce(title, '')), cchc_fold(body), coalesce(title, ''), body FROM articles;",
    12: "INSERT INTO minhash_bands SELECT * FROM minhash_bands_recent; DROP TABLE minhash_bands_recent;",
    10: "DROP TRIGGER article_dates_inserted; DROP TRIGGER article_dates_updated; DROP TABLE article_dates;"
    " CREATE INDEX articles_published ON articles (published_date);",
    9: "ALTER TABLE articles ADD COLUMN cluster_id TEXT; ALTER TABLE articles ADD COLUMN minhash BLOB;"
    " UPDATE articles SET (cluster_id, minhash) ="
    " (SELECT cluster_id, minhash FROM article_clusters WHERE article_pk = pk);"
    " CREATE INDEX articles_cluster ON articles (cluster_id); DROP TABLE article_clusters;",
    8: "DROP TABLE article_facets; DROP TABLE facet_ids;",
}


def as_schema(path: Path, version: int, earlier: str = "") -> None:
    """Undo the schemas after `version` (those in _UNDO, newest first, then `earlier`) and label the store."""
    script = "".join(sql for schema, sql in sorted(_UNDO.items(), reverse=True) if schema > version)
    with sqlite3.connect(path) as conn:
        conn.create_function("cchc_fold", 1, fold, deterministic=True)
        conn.executescript(f"{script} {earlier} PRAGMA user_version = {version};")
    conn.close()
