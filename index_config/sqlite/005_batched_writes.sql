-- cchc SQLite store, schema 5: writes batched per transaction.

-- facet_totals is kept by the writer (store/sqlite_facets.py add_to_totals), which applies one change
-- per facet value and batch instead of one per facet_values row.
DROP TRIGGER IF EXISTS facet_values_counted;
DROP TRIGGER IF EXISTS facet_values_uncounted;

-- Scheme-1 signatures (schema 2-4) are not recomputed here: 011_minhash_scheme3.sql, which always runs after
-- this one, computes every stored signature and its bands in the current scheme.
