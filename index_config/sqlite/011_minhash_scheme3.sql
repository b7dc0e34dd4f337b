-- cchc SQLite store, schema 11: MinHash signature scheme 3.

-- Scheme 3 hashes words with numpy arithmetic instead of a regex and CRC-32 per word (store/sqlite_clusters.py).
-- Signatures of two schemes cannot be compared, so every stored signature and its bands are computed again;
-- clusters found so far are kept. cchc_minhash and cchc_bands are Python functions that
-- store/sqlite_schema.py registers for migrations.
DELETE FROM minhash_bands;
UPDATE article_clusters SET minhash = (SELECT cchc_minhash(a.body) FROM articles a WHERE a.pk = article_pk);
INSERT INTO minhash_bands (band, value, article_pk)
    SELECT j.key, j.value, c.article_pk FROM article_clusters c, json_each(cchc_bands(c.minhash)) j
    WHERE c.minhash IS NOT NULL;
