-- Article embeddings (computed once, never recomputed): one row per article and model.
-- vector holds `dim` little-endian float32 values.
CREATE TABLE embeddings (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    model      TEXT NOT NULL,
    dim        INTEGER NOT NULL,
    vector     BLOB NOT NULL,
    PRIMARY KEY (model, article_id)
);
