-- cchc SQLite store, schema 2: article history, near-duplicate clusters, HTTP validators.

-- sha256 of the NFC title + body (store.base.text_hash): what a reader sees, so a re-fetch that
-- only changes the page chrome or the fetch time is not a new version.
ALTER TABLE articles ADD COLUMN text_hash TEXT;
-- Id of the first stored article of the near-duplicate cluster (syndicated copies share it).
ALTER TABLE articles ADD COLUMN cluster_id TEXT;
-- MinHash signature of the body's word shingles (store/sqlite_clusters.py), little-endian uint64s.
ALTER TABLE articles ADD COLUMN minhash BLOB;
UPDATE articles SET cluster_id = id;
CREATE INDEX articles_text_hash ON articles (text_hash);
CREATE INDEX articles_cluster ON articles (cluster_id);

-- Every distinct text an article had, oldest first; the current one is the last row.
CREATE TABLE article_versions (
    pk INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    canonical_url TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    fetched_at TEXT,
    record TEXT NOT NULL                    -- Article JSON without `fetch`
);
CREATE INDEX article_versions_article ON article_versions (article_pk, pk);

-- Locality-sensitive hashing bands of each signature: articles sharing a band are candidates.
CREATE TABLE minhash_bands (
    band INTEGER NOT NULL,
    value INTEGER NOT NULL,
    article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    PRIMARY KEY (band, value, article_pk)
) WITHOUT ROWID;
CREATE INDEX minhash_bands_article ON minhash_bands (article_pk);

-- ETag / Last-Modified of each stored page, keyed by canonical URL, for conditional GETs.
CREATE TABLE http_validators (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    stored_at TEXT NOT NULL
);
