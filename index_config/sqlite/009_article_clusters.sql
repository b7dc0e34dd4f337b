-- cchc SQLite store, schema 9: each article's cluster and MinHash signature in a narrow table of their own.

-- Placing a batch of new articles (store/sqlite_clusters.py) reads the cluster and signature of the stored
-- articles that share a band with it: 15,600 of them for 500 new articles at 100k. As the last columns of
-- `articles`, after the body and the JSON record, each read walked the row's overflow pages: 150 ms per
-- batch. From rows of their own (~540 bytes): 47 ms.
CREATE TABLE article_clusters (
    article_pk INTEGER PRIMARY KEY REFERENCES articles (pk),
    cluster_id TEXT NOT NULL,
    minhash BLOB
);
INSERT INTO article_clusters (article_pk, cluster_id, minhash)
    SELECT pk, coalesce(cluster_id, id), minhash FROM articles;
CREATE INDEX article_clusters_cluster ON article_clusters (cluster_id);
DROP INDEX articles_cluster;
ALTER TABLE articles DROP COLUMN cluster_id;
ALTER TABLE articles DROP COLUMN minhash;
