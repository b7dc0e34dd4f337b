-- cchc SQLite store, schema 13: an article's facet values are also tokens of its full-text row.

-- A filter was a set of pks from facet_values that FTS5 could not use: a search with words and a filter took
-- its newest matches window by window and ranked them over the wide pk span they covered (32 ms of CPU for a
-- broad search filtered to one province at 100k articles). With the values as tokens in a fifth column, the
-- words and the filter are one FTS5 expression, which hands out its newest matches at once (17 ms;
-- store/sqlite_selection.py). Tokens are store/sqlite_facets.py `facet_token`, sorted (the writer deletes an
-- old row by giving its tokens again); facet_values stays for filters without words and for counts.
-- The index gets a new name, article_terms: a writer of an older cchc still open on the store then fails
-- ("no such table: articles_fts") instead of writing rows without tokens, which filtered searches would miss.
-- cchc_facet_tokens is a Python function that store/sqlite_schema.py registers.
DROP TABLE IF EXISTS article_terms;
CREATE VIRTUAL TABLE article_terms USING fts5 (
    title_folded, body_folded, title_exact, body_exact, facets,
    content = '',
    tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO article_terms (rowid, title_folded, body_folded, title_exact, body_exact, facets)
    SELECT a.pk, cchc_fold(coalesce(a.title, '')), cchc_fold(a.body), coalesce(a.title, ''), a.body,
        cchc_facet_tokens(
            (SELECT json_group_array(json_array(f.facet, f.value)) FROM facet_values f WHERE f.article_pk = a.pk)
        )
    FROM articles a;
DROP TABLE articles_fts;
INSERT INTO article_terms (article_terms) VALUES ('optimize');
