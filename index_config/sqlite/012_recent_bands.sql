-- cchc SQLite store, schema 12: new band rows wait in a small table before they join the band index.

-- minhash_bands is keyed by hash values, so each of an article's 16 rows lands on a page of its own: a commit
-- of 500 articles rewrote 5,400 of its pages at 100k articles (47 % of what the commit wrote). Rows first go
-- to minhash_bands_recent, whose few pages stay hot, and move over in key order once it holds as many rows as
-- the store has articles (at least 65,536; store/sqlite_clusters.py), touching each page of the index
-- once per move instead of once per commit. Lookups read both tables.
CREATE TABLE minhash_bands_recent (
    band INTEGER NOT NULL,
    value INTEGER NOT NULL,
    article_pk INTEGER NOT NULL,
    PRIMARY KEY (band, value, article_pk)
) WITHOUT ROWID;

-- Scheme 3 signatures are stored as uint32s; schema 11 briefly stored them as uint64s (512 bytes), with the
-- same values and so the same bands.
UPDATE article_clusters SET minhash = (SELECT cchc_minhash(a.body) FROM articles a WHERE a.pk = article_pk)
    WHERE length(minhash) = 512;
