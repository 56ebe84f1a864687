-- Twin of migrations/0002_embeddings.sql: article embeddings, dim little-endian float32 values.
CREATE TABLE embeddings (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    model      TEXT NOT NULL,
    dim        INTEGER NOT NULL,
    vector     BYTEA NOT NULL,
    PRIMARY KEY (model, article_id)
);
