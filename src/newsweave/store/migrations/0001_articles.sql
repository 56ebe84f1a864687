-- Articles, what was removed from them, rejected inputs, full-text search, outlet line stats.
CREATE TABLE articles (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,  -- arrival order; stable across runs
    id           TEXT NOT NULL UNIQUE,
    fingerprint  TEXT NOT NULL,                      -- hash of the raw record: same input, same row
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
    minhash      BLOB,
    meta         TEXT NOT NULL DEFAULT '{}',
    layers       TEXT NOT NULL DEFAULT '{}',
    ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX articles_fingerprint ON articles(fingerprint);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_reprint_of ON articles(reprint_of);

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
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    source     TEXT NOT NULL,
    record     TEXT,
    code       TEXT NOT NULL,
    message    TEXT NOT NULL,
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (source, record, code, message)
);

-- Lines seen per outlet, to learn site chrome (a line recurring across an outlet's articles).
CREATE TABLE outlet_lines (
    outlet    TEXT NOT NULL,
    line_hash TEXT NOT NULL,
    articles  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (outlet, line_hash)
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, outlet, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text, outlet) VALUES (new.seq, new.title, new.text, new.outlet);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet) VALUES ('delete', old.seq, old.title, old.text, old.outlet);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text, outlet ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet) VALUES ('delete', old.seq, old.title, old.text, old.outlet);
    INSERT INTO articles_fts(rowid, title, text, outlet) VALUES (new.seq, new.title, new.text, new.outlet);
END;

-- JSON documents by kind and key: what later stages keep (story state, ledgers, briefs).
CREATE TABLE docs (
    kind       TEXT NOT NULL,
    key        TEXT NOT NULL,
    data       TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (kind, key)
);
