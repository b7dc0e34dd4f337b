-- cchc SQLite store, schema 6: a full-text index without copies of the text, bands without a second index.

-- The FTS table kept its four columns twice more (its content table and the index): contentless, it keeps
-- only the index. Search reads MATCH, rowid and bm25 only; highlights come from articles.body. The writer
-- removes an article's old terms with FTS5's 'delete' command and the old title and body from `articles`.
-- cchc_fold is cchc.vntext.fold, registered by store/sqlite_schema.py for migrations.
DROP TABLE IF EXISTS articles_fts_contentless;
CREATE VIRTUAL TABLE articles_fts_contentless USING fts5 (
    title_folded, body_folded, title_exact, body_exact,
    content = '',
    tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO articles_fts_contentless (rowid, title_folded, body_folded, title_exact, body_exact)
    SELECT pk, cchc_fold(coalesce(title, '')), cchc_fold(body), coalesce(title, ''), body FROM articles;
DROP TABLE articles_fts;
ALTER TABLE articles_fts_contentless RENAME TO articles_fts;

-- An article's old bands are deleted by primary key, computed from its old signature, so the index on
-- article_pk (which doubled every band insert) goes, and with it the foreign key that needed it.
-- Articles are never deleted.
CREATE TABLE minhash_bands_new (
    band INTEGER NOT NULL,
    value INTEGER NOT NULL,
    article_pk INTEGER NOT NULL,
    PRIMARY KEY (band, value, article_pk)
) WITHOUT ROWID;
INSERT INTO minhash_bands_new (band, value, article_pk) SELECT band, value, article_pk FROM minhash_bands;
DROP TABLE minhash_bands;
ALTER TABLE minhash_bands_new RENAME TO minhash_bands;
