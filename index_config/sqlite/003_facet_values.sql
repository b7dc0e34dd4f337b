-- cchc SQLite store, schema 3: facet values per article and their totals, for fast facet counts.

-- One row per article, facet and distinct value (store/sqlite_facets.py computes them on upsert).
-- Clustered by article, so the facets of a set of matching articles are read in one range scan each;
-- the (facet, value) index serves filters.
CREATE TABLE facet_values (
    article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (article_pk, facet, value)
) WITHOUT ROWID;
CREATE INDEX facet_values_value ON facet_values (facet, value, article_pk);

-- Articles per facet value over the whole store, kept exact by the triggers below, so a search
-- without words or filters (the landing page) counts nothing.
CREATE TABLE facet_totals (
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (facet, value)
) WITHOUT ROWID;

CREATE TRIGGER facet_values_counted AFTER INSERT ON facet_values BEGIN
    INSERT INTO facet_totals (facet, value, n) VALUES (new.facet, new.value, 1)
        ON CONFLICT (facet, value) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER facet_values_uncounted AFTER DELETE ON facet_values BEGIN
    UPDATE facet_totals SET n = n - 1 WHERE facet = old.facet AND value = old.value;
END;

-- Existing articles, with the same values as store/sqlite_facets.py.
INSERT OR IGNORE INTO facet_values (article_pk, facet, value)
    SELECT pk, 'province', province FROM articles WHERE province IS NOT NULL
    UNION ALL SELECT pk, 'inspecting_level', inspecting_level FROM articles WHERE inspecting_level IS NOT NULL
    UNION ALL SELECT pk, 'kind', kind FROM articles
    UNION ALL SELECT pk, 'year', substr(published_date, 1, 4) FROM articles WHERE published_date IS NOT NULL
    UNION ALL SELECT pk, 'month', substr(published_date, 1, 7) FROM articles WHERE published_date IS NOT NULL
    UNION ALL SELECT pk, 'portal', portal FROM articles WHERE portal IS NOT NULL
    UNION ALL SELECT pk, 'is_inspection', CASE is_inspection WHEN 1 THEN 'true' ELSE 'false' END FROM articles
    UNION ALL SELECT article_pk, 'district', district FROM units WHERE district IS NOT NULL
    UNION ALL SELECT article_pk, 'unit_type', type FROM units WHERE type IS NOT NULL
    UNION ALL SELECT article_pk, 'leader', name FROM leaders;
