-- cchc SQLite store, schema 10: each article's publication date in a narrow table of its own.

-- A search takes up to 2,001 newest matches with their dates (store/sqlite_search.py), and a date-sorted
-- page walks the dates testing each article. Read from `articles`, whose rows hold the body and the JSON
-- record (several KB each), every date cost a page of its own: 2.8 of the 4 ms the 2,001 newest matches
-- of a broad search took at 10k articles. From rows of ~20 bytes, a few hundred to a page: 0.6 ms.
-- `articles.published_date` stays, as the article's own field. Triggers keep the copy in step, so a writer
-- of an older cchc still running while a newer one migrates the store cannot leave an article undated here.
CREATE TABLE article_dates (
    pk INTEGER PRIMARY KEY REFERENCES articles (pk),
    published_date TEXT                     -- YYYY-MM-DD
);
INSERT INTO article_dates (pk, published_date) SELECT pk, published_date FROM articles;
CREATE TRIGGER article_dates_inserted AFTER INSERT ON articles BEGIN
    INSERT INTO article_dates (pk, published_date) VALUES (new.pk, new.published_date);
END;
CREATE TRIGGER article_dates_updated AFTER UPDATE OF published_date ON articles BEGIN
    UPDATE article_dates SET published_date = new.published_date WHERE pk = new.pk;
END;
CREATE INDEX article_dates_published ON article_dates (published_date);
DROP INDEX articles_published;
