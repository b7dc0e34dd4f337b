-- cchc SQLite store, schema 4: the text read from a page's attached documents (PDF, DOCX).

-- FetchedPage.attachment_texts as a JSON object {attachment URL: text}; `cchc reextract` feeds it to
-- the extractor again, so facts found only in an attached plan survive a rebuild. Stores written
-- before schema 4 never kept it: their pages get an empty object.
ALTER TABLE fetches ADD COLUMN attachment_texts TEXT NOT NULL DEFAULT '{}';
