-- PostgreSQL twin of migrations/0005_serve_stamps.sql: change counters per document kind (and
-- '@articles'), bumped by triggers, so readers can tell cheaply whether cached views are current.
CREATE TABLE doc_stamps (
    kind TEXT PRIMARY KEY,
    n    BIGINT NOT NULL DEFAULT 0
);
CREATE FUNCTION doc_stamps_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'articles' THEN
        INSERT INTO doc_stamps(kind, n) VALUES ('@articles', 1) ON CONFLICT (kind) DO UPDATE SET n = doc_stamps.n + 1;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO doc_stamps(kind, n) VALUES (OLD.kind, 1) ON CONFLICT (kind) DO UPDATE SET n = doc_stamps.n + 1;
    ELSE
        INSERT INTO doc_stamps(kind, n) VALUES (NEW.kind, 1) ON CONFLICT (kind) DO UPDATE SET n = doc_stamps.n + 1;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER docs_stamp AFTER INSERT OR UPDATE OR DELETE ON docs FOR EACH ROW EXECUTE FUNCTION doc_stamps_bump();
CREATE TRIGGER articles_stamp_ai AFTER INSERT OR DELETE ON articles FOR EACH ROW EXECUTE FUNCTION doc_stamps_bump();
CREATE TRIGGER articles_stamp_au AFTER UPDATE OF reprint_of, title, outlet, published, language ON articles
    FOR EACH ROW EXECUTE FUNCTION doc_stamps_bump();
