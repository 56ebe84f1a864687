-- Change counters per document kind (and '@articles'), bumped by triggers, so readers such as
-- the web server can tell in one indexed lookup whether cached views are still current.
CREATE TABLE doc_stamps (
    kind TEXT PRIMARY KEY,
    n    INTEGER NOT NULL DEFAULT 0
);
CREATE TRIGGER docs_stamp_ai AFTER INSERT ON docs BEGIN
    INSERT INTO doc_stamps(kind, n) VALUES (new.kind, 1) ON CONFLICT(kind) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER docs_stamp_au AFTER UPDATE ON docs BEGIN
    INSERT INTO doc_stamps(kind, n) VALUES (new.kind, 1) ON CONFLICT(kind) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER docs_stamp_ad AFTER DELETE ON docs BEGIN
    INSERT INTO doc_stamps(kind, n) VALUES (old.kind, 1) ON CONFLICT(kind) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER articles_stamp_ai AFTER INSERT ON articles BEGIN
    INSERT INTO doc_stamps(kind, n) VALUES ('@articles', 1) ON CONFLICT(kind) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER articles_stamp_au AFTER UPDATE OF reprint_of, title, outlet, published, language ON articles BEGIN
    INSERT INTO doc_stamps(kind, n) VALUES ('@articles', 1) ON CONFLICT(kind) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER articles_stamp_ad AFTER DELETE ON articles BEGIN
    INSERT INTO doc_stamps(kind, n) VALUES ('@articles', 1) ON CONFLICT(kind) DO UPDATE SET n = n + 1;
END;
