-- PostgreSQL twin of migrations/0001_articles.sql (same tables and meaning).
CREATE TABLE articles (
    seq          BIGSERIAL PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    fingerprint  TEXT NOT NULL,
    source       TEXT NOT NULL,
    fmt          TEXT NOT NULL,
    url          TEXT,
    outlet       TEXT,
    title        TEXT,
    published    TEXT,
    language     TEXT,
    dateline     TEXT,
    byline       TEXT,
    credit       TEXT,
    text         TEXT NOT NULL,
    extracted    TEXT NOT NULL,
    raw          TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    reprint_of   TEXT,
    minhash      BYTEA,
    meta         TEXT NOT NULL DEFAULT '{}',
    layers       TEXT NOT NULL DEFAULT '{}',
    ingested_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    tsv          tsvector GENERATED ALWAYS AS (
                     setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
                     setweight(to_tsvector('simple', coalesce(outlet, '')), 'B') ||
                     to_tsvector('simple', text)) STORED
);
CREATE INDEX articles_fingerprint ON articles(fingerprint);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_reprint_of ON articles(reprint_of);
CREATE INDEX articles_tsv ON articles USING GIN (tsv);

CREATE TABLE removed (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n          INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    reason     TEXT NOT NULL,
    PRIMARY KEY (article_id, n)
);
CREATE INDEX removed_reason ON removed(reason);

CREATE TABLE rejects (
    id         BIGSERIAL PRIMARY KEY,
    source     TEXT NOT NULL,
    record     TEXT NOT NULL DEFAULT '',
    code       TEXT NOT NULL,
    message    TEXT NOT NULL,
    at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (source, record, code, message)
);

CREATE TABLE outlet_lines (
    outlet    TEXT NOT NULL,
    line_hash TEXT NOT NULL,
    articles  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (outlet, line_hash)
);

CREATE TABLE docs (
    kind       TEXT NOT NULL,
    key        TEXT NOT NULL,
    data       TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, key)
);
