-- cchc SQLite store, schema 7: an article's current record is no longer copied into its history.

-- article_versions.record is NULL on an article's latest version while it is the article's current
-- record (store/sqlite.py `versions` reads articles.record then); the writer fills it in with the record
-- it replaces when a new text arrives. Half the store was these copies.
CREATE TABLE article_versions_new (
    pk INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    canonical_url TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    fetched_at TEXT,
    record TEXT                             -- Article JSON without `fetch`; NULL: articles.record
);
INSERT INTO article_versions_new (pk, article_pk, canonical_url, text_hash, fetched_at, record)
    SELECT v.pk, v.article_pk, v.canonical_url, v.text_hash, v.fetched_at,
        CASE WHEN v.record = a.record
            AND v.pk = (SELECT max(w.pk) FROM article_versions w WHERE w.article_pk = v.article_pk)
        THEN NULL ELSE v.record END
    FROM article_versions v JOIN articles a ON a.pk = v.article_pk;
DROP TABLE article_versions;
ALTER TABLE article_versions_new RENAME TO article_versions;
CREATE INDEX article_versions_article ON article_versions (article_pk, pk);
