-- cchc SQLite store, schema 1: articles, their raw fetch, their facts, and the full-text index.
-- Applied by store/sqlite_schema.py inside one transaction that also sets PRAGMA user_version.

-- One row per article identity (`key` = canonical URL, else URL, else source).
CREATE TABLE articles (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,                -- first 16 hex of sha1(key): SearchHit.id
    key TEXT NOT NULL UNIQUE,
    canonical_url TEXT,
    url TEXT,
    source TEXT NOT NULL,
    portal TEXT,
    title TEXT,
    published_date TEXT,                    -- YYYY-MM-DD
    author TEXT,
    body TEXT NOT NULL,
    is_inspection INTEGER NOT NULL,         -- 0 / 1
    kind TEXT NOT NULL,
    province TEXT,
    province_code TEXT,
    inspecting_level TEXT,
    inspecting_body TEXT,
    extractor_version TEXT,
    error TEXT,
    record TEXT NOT NULL,                   -- Article JSON without `fetch`
    content_hash TEXT NOT NULL,             -- sha256 of the whole record incl. fetch
    stored_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published_date);
CREATE INDEX articles_province ON articles (province);
CREATE INDEX articles_portal ON articles (portal);

-- What the crawler fetched, so `cchc reextract` can rebuild the record at any time.
CREATE TABLE fetches (
    article_pk INTEGER PRIMARY KEY REFERENCES articles (pk) ON DELETE CASCADE,
    url TEXT NOT NULL,
    final_url TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    status INTEGER NOT NULL,
    encoding TEXT,
    source_id TEXT,
    attachments TEXT NOT NULL,              -- JSON list
    html TEXT NOT NULL
);

-- Facts, rebuilt on every upsert of their article; `position` keeps the record's order.
-- Columns mirror the pydantic models of cchc/record.py; evidence_* is Evidence flattened.
CREATE TABLE leaders (
    article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    title TEXT,
    evidence_sentence TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER,
    PRIMARY KEY (article_pk, position)
);
CREATE INDEX leaders_name ON leaders (name);

CREATE TABLE units (
    article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    type TEXT,
    code TEXT,
    district TEXT,
    district_code TEXT,
    province TEXT,
    province_code TEXT,
    new_name TEXT,
    new_code TEXT,
    new_province TEXT,
    evidence_sentence TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER,
    PRIMARY KEY (article_pk, position)
);
CREATE INDEX units_district ON units (district);
CREATE INDEX units_type ON units (type);

CREATE TABLE metrics (
    article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT,
    total REAL,
    qualifier TEXT,
    key TEXT,
    evidence_sentence TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER,
    PRIMARY KEY (article_pk, position)
);

CREATE TABLE legal_refs (
    article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT,
    number TEXT,
    symbol TEXT,
    date TEXT,
    issuer TEXT,
    evidence_sentence TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER,
    PRIMARY KEY (article_pk, position)
);

CREATE TABLE inspection_dates (
    article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date TEXT NOT NULL,
    PRIMARY KEY (article_pk, position)
);

CREATE TABLE inspection_periods (
    article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    first TEXT NOT NULL,
    last TEXT NOT NULL,
    evidence_sentence TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER,
    PRIMARY KEY (article_pk, position)
);

-- Full text, rowid = articles.pk. *_folded hold cchc.vntext.fold(text) (accent-insensitive, đ→d,
-- same length as the original so match offsets map back); *_exact hold the NFC text for exact mode.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title_folded, body_folded, title_exact, body_exact,
    tokenize = 'unicode61 remove_diacritics 0'
);
