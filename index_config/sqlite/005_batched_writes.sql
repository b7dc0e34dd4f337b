-- cchc SQLite store, schema 5: writes batched per transaction, and MinHash signature scheme 2.

-- facet_totals is kept by the writer (store/sqlite_facets.py add_to_totals), which applies one change
-- per facet value and batch instead of one per facet_values row.
DROP TRIGGER IF EXISTS facet_values_counted;
DROP TRIGGER IF EXISTS facet_values_uncounted;

-- Signatures of scheme 1 cannot be compared with those of scheme 2 (store/sqlite_clusters.py), so
-- every stored signature and its bands are computed again; clusters found so far are kept.
-- cchc_minhash and cchc_band are Python functions that store/sqlite_schema.py registers for migrations.
DELETE FROM minhash_bands;
UPDATE articles SET minhash = cchc_minhash(body);
INSERT INTO minhash_bands (band, value, article_pk)
    WITH RECURSIVE bands (band) AS (SELECT 0 UNION ALL SELECT band + 1 FROM bands WHERE band < 15)
    SELECT bands.band, cchc_band(a.minhash, bands.band), a.pk FROM articles a, bands
    WHERE a.minhash IS NOT NULL;
