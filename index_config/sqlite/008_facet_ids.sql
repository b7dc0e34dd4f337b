-- cchc SQLite store, schema 8: facet values numbered, and each article's values as one blob of numbers.

-- Counting the facets of a search's sample was a GROUP BY over (facet, value) text: 18,000 facet_values
-- rows for 1,500 sampled articles, 12 ms, most of it sorting. Reading one blob per sampled article and
-- counting its numbers with numpy takes 1 ms (store/sqlite_facets.py `count_sample`). facet_values stays:
-- filters and the backfill of older stores read it.

-- A facet value's id is given once and never changes or goes away (a reader caches id -> value), even when
-- no article holds the value any more.
CREATE TABLE facet_ids (
    id INTEGER PRIMARY KEY,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    UNIQUE (facet, value)
);

-- The ids of an article's facet_values rows, as little-endian 32-bit integers.
CREATE TABLE article_facets (
    article_pk INTEGER PRIMARY KEY REFERENCES articles (pk) ON DELETE CASCADE,
    ids BLOB NOT NULL
);

-- Existing articles. cchc_facet_ids ("3,5,9" -> blob) is a Python function that store/sqlite_schema.py
-- registers for migrations.
INSERT INTO facet_ids (facet, value) SELECT DISTINCT facet, value FROM facet_values ORDER BY facet, value;
INSERT INTO article_facets (article_pk, ids)
    SELECT f.article_pk, cchc_facet_ids(group_concat(i.id))
    FROM facet_values f JOIN facet_ids i ON i.facet = f.facet AND i.value = f.value
    GROUP BY f.article_pk;
