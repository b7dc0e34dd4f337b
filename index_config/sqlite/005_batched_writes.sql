-- cchc SQLite store, schema 5: writes batched per transaction, and MinHash signature scheme 2.

-- facet_totals is kept by the writer (store/sqlite_facets.py add_to_totals), which applies one change
-- per facet value and batch instead of one per facet_values row.
DROP TRIGGER IF EXISTS facet_values_counted;
DROP TRIGGER IF EXISTS facet_values_uncounted;

-- Signatures of scheme 1 cannot be compared with those of scheme 2 (store/sqlite_clusters.py), so
-- every stored signature and its bands are computed again; clusters found so far are kept.
-- cchc_minhash and cchc_bands are Python functions that store/sqlite_schema.py registers for migrations.
DELETE FROM minhash_bands;
UPDATE articles SET minhash = cchc_minhash(body);
INSERT INTO minhash_bands (band, value, article_pk)
    SELECT j.key, j.value, a.pk FROM articles a, json_each(cchc_bands(a.minhash)) j WHERE a.minhash IS NOT NULL;
