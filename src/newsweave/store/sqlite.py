"""The default store: one SQLite file, WAL journal, numbered SQL migrations, FTS5 search."""

from __future__ import annotations

import json
import sqlite3
import threading
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import numpy as np

from ..errors import ConflictError, StoreError
from ..model import Article, Reject, Removed, Span
from .base import Store

_ARTICLE_COLS = (
    "seq, id, source, fmt, url, outlet, title, published, language, dateline, byline, credit, "
    "text, extracted, raw, reprint_of, meta, layers"
)


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every packaged migration, in order."""
    out = []
    for entry in resources.files("newsweave.store").joinpath("migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            out.append((int(name[:4]), name, entry.read_text(encoding="utf-8")))
    return sorted(out)


def layers_to_json(layers: dict[str, tuple[Span, ...]]) -> str:
    return json.dumps({k: [s.to_dict() for s in v] for k, v in layers.items()}, ensure_ascii=False)


def layers_from_json(text: str) -> dict[str, tuple[Span, ...]]:
    raw = json.loads(text or "{}")
    return {
        k: tuple(Span(d["start"], d["end"], d.get("label", ""), d.get("data")) for d in v) for k, v in raw.items()
    }


class SQLiteStore(Store):
    """Store in a single SQLite file (created and migrated on open).

    One connection per thread; writes are serialised by SQLite itself (WAL lets readers go on).
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.url = str(self.path)
        if self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._migrate()

    # connections ---------------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        c = getattr(self._local, "conn", None)
        if c is None:
            try:
                c = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
                c.row_factory = sqlite3.Row
                c.execute("PRAGMA journal_mode=WAL")
                c.execute("PRAGMA synchronous=NORMAL")
                c.execute("PRAGMA foreign_keys=ON")
                c.execute("PRAGMA busy_timeout=30000")
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.path} is not a usable SQLite database: {exc}") from None
            self._local.conn = c
            with self._lock:
                self._all.append(c)
        return c

    def close(self) -> None:
        with self._lock:
            for c in self._all:
                try:
                    c.close()
                except sqlite3.Error:
                    pass
            self._all.clear()
        self._local = threading.local()

    def transaction(self) -> "_Tx":
        return _Tx(self.conn)

    def _migrate(self) -> None:
        c = self.conn
        try:
            c.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                      " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a usable SQLite database: {exc}") from None
        done = {r[0] for r in c.execute("SELECT version FROM schema_migrations")}
        for version, name, sql in migrations():
            if version in done:
                continue
            # executescript commits; wrap the migration and its record in one explicit transaction
            c.executescript(f"BEGIN IMMEDIATE;\n{sql}\nINSERT INTO schema_migrations(version, name) VALUES ({version}, '{name}');\nCOMMIT;")

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    # articles ------------------------------------------------------------------------------
    def put_articles(self, articles: Sequence[Article], minhashes: Sequence[bytes | None] | None = None) -> int:
        if minhashes is None:
            minhashes = [None] * len(articles)
        new = 0
        with self.transaction() as c:
            for art, mh in zip(articles, minhashes):
                row = c.execute("SELECT content_hash, fingerprint FROM articles WHERE id = ?", (art.id,)).fetchone()
                fp = art.meta.get("fingerprint", art.id)
                if row is not None:
                    if row["content_hash"] == art.content_hash:
                        continue
                    raise ConflictError(
                        f"article id {art.id!r} is already stored with different content; "
                        "give the new record another id",
                        source=art.source,
                    )
                cur = c.execute(
                    "INSERT INTO articles (id, fingerprint, source, fmt, url, outlet, title, published, language,"
                    " dateline, byline, credit, text, extracted, raw, content_hash, reprint_of, minhash, meta, layers)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        art.id, fp, art.source, art.fmt, art.url, art.outlet, art.title, art.published,
                        art.language, art.dateline, art.byline, art.credit, art.text, art.extracted, art.raw,
                        art.content_hash, art.reprint_of, mh, json.dumps(art.meta, ensure_ascii=False, default=str),
                        layers_to_json(art.layers),
                    ),
                )
                art.seq = cur.lastrowid
                c.executemany(
                    'INSERT INTO removed (article_id, n, start, "end", text, reason) VALUES (?,?,?,?,?,?)',
                    [(art.id, i, r.start, r.end, r.text, r.reason) for i, r in enumerate(art.removed)],
                )
                new += 1
        return new

    def _row_to_article(self, row: sqlite3.Row, removed: list[Removed]) -> Article:
        return Article(
            id=row["id"], source=row["source"], fmt=row["fmt"], raw=row["raw"], extracted=row["extracted"],
            text=row["text"], title=row["title"], outlet=row["outlet"], url=row["url"],
            published=row["published"], language=row["language"], dateline=row["dateline"],
            byline=row["byline"], credit=row["credit"], removed=tuple(removed), reprint_of=row["reprint_of"],
            meta=json.loads(row["meta"] or "{}"), layers=layers_from_json(row["layers"]), seq=row["seq"],
        )

    def _removed_for(self, ids: Sequence[str]) -> dict[str, list[Removed]]:
        out: dict[str, list[Removed]] = {i: [] for i in ids}
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            q = f'SELECT article_id, start, "end", text, reason FROM removed WHERE article_id IN ({",".join("?" * len(chunk))}) ORDER BY article_id, n'
            for r in self.conn.execute(q, chunk):
                out[r["article_id"]].append(Removed(r["start"], r["end"], r["text"], r["reason"]))
        return out

    def get_article(self, article_id: str) -> Article | None:
        found = self.get_articles([article_id])
        return found[0] if found else None

    def get_articles(self, ids: Sequence[str]) -> list[Article]:
        ids = list(dict.fromkeys(ids))
        rows: dict[str, sqlite3.Row] = {}
        for s in range(0, len(ids), 500):
            chunk = ids[s : s + 500]
            for r in self.conn.execute(f"SELECT {_ARTICLE_COLS} FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                rows[r["id"]] = r
        removed = self._removed_for(list(rows))
        return [self._row_to_article(rows[i], removed[i]) for i in ids if i in rows]

    def iter_articles(self, *, after_seq: int = 0, outlet: str | None = None, limit: int | None = None) -> Iterator[Article]:
        page = 500
        last = after_seq
        left = limit
        while left is None or left > 0:
            n = page if left is None else min(page, left)
            if outlet is None:
                rows = self.conn.execute(f"SELECT {_ARTICLE_COLS} FROM articles WHERE seq > ? ORDER BY seq LIMIT ?", (last, n)).fetchall()
            else:
                rows = self.conn.execute(f"SELECT {_ARTICLE_COLS} FROM articles WHERE seq > ? AND outlet = ? ORDER BY seq LIMIT ?", (last, outlet, n)).fetchall()
            if not rows:
                return
            removed = self._removed_for([r["id"] for r in rows])
            for r in rows:
                yield self._row_to_article(r, removed[r["id"]])
            last = rows[-1]["seq"]
            if left is not None:
                left -= len(rows)

    def article_ids_by_fingerprint(self, fingerprints: Sequence[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        fps = list(dict.fromkeys(fingerprints))
        for s in range(0, len(fps), 500):
            chunk = fps[s : s + 500]
            for r in self.conn.execute(f"SELECT fingerprint, id FROM articles WHERE fingerprint IN ({','.join('?' * len(chunk))})", chunk):
                out[r[0]] = r[1]
        return out

    def count_articles(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def set_reprint_of(self, pairs: Iterable[tuple[str, str | None]]) -> None:
        with self.transaction() as c:
            c.executemany("UPDATE articles SET reprint_of = ? WHERE id = ?", [(orig, aid) for aid, orig in pairs])

    def set_layers(self, article_id: str, layers: dict[str, Any]) -> None:
        with self.transaction() as c:
            c.execute("UPDATE articles SET layers = ? WHERE id = ?", (json.dumps(layers, ensure_ascii=False), article_id))

    def iter_minhashes(self) -> Iterator[tuple[str, str | None, str | None, bytes]]:
        for r in self.conn.execute("SELECT id, published, reprint_of, minhash FROM articles WHERE minhash IS NOT NULL ORDER BY seq"):
            yield r[0], r[1], r[2], r[3]

    def iter_article_meta(self) -> Iterator[dict[str, Any]]:
        for r in self.conn.execute("SELECT seq, id, outlet, title, published, language, reprint_of FROM articles ORDER BY seq"):
            yield dict(r)

    def change_stamp(self, kinds: Sequence[str]) -> Any | None:
        kinds = sorted(set(kinds))
        rows = dict(self.conn.execute(
            f"SELECT kind, n FROM doc_stamps WHERE kind IN ({','.join('?' * len(kinds))})", kinds).fetchall())
        return tuple(rows.get(k, 0) for k in kinds)

    def search(self, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
        try:
            rows = self.conn.execute(
                "SELECT a.id, a.title, a.outlet, a.published, snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet,"
                " bm25(articles_fts) AS score FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
                " WHERE articles_fts MATCH ? ORDER BY score LIMIT ?",
                (query, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            err = StoreError(f"cannot search for {query!r}: {exc}. Quote phrases with \"...\" and avoid stray operators.")
            err.code = "E202"
            raise err from None
        return [dict(r) for r in rows]

    # rejects -------------------------------------------------------------------------------
    def add_rejects(self, rejects: Iterable[Reject]) -> None:
        with self.transaction() as c:
            c.executemany(
                "INSERT OR IGNORE INTO rejects (source, record, code, message) VALUES (?,?,?,?)",
                [(r.source, r.record or "", r.code, r.message) for r in rejects],
            )

    def rejects(self, limit: int | None = None) -> list[dict[str, Any]]:
        q = "SELECT source, record, code, message, at FROM rejects ORDER BY id"
        if limit:
            q += f" LIMIT {int(limit)}"
        return [dict(r) for r in self.conn.execute(q)]

    # outlet lines --------------------------------------------------------------------------
    def outlet_line_counts(self, outlet: str, line_hashes: Iterable[str]) -> dict[str, int]:
        hashes = list(dict.fromkeys(line_hashes))
        out: dict[str, int] = {}
        for s in range(0, len(hashes), 500):
            chunk = hashes[s : s + 500]
            for r in self.conn.execute(
                f"SELECT line_hash, articles FROM outlet_lines WHERE outlet = ? AND line_hash IN ({','.join('?' * len(chunk))})",
                [outlet, *chunk],
            ):
                out[r[0]] = r[1]
        return out

    def add_outlet_lines(self, outlet: str, line_hashes: Iterable[str]) -> None:
        with self.transaction() as c:
            c.executemany(
                "INSERT INTO outlet_lines (outlet, line_hash, articles) VALUES (?, ?, 1)"
                " ON CONFLICT(outlet, line_hash) DO UPDATE SET articles = articles + 1",
                [(outlet, h) for h in dict.fromkeys(line_hashes)],
            )

    # documents -----------------------------------------------------------------------------
    def put_doc(self, kind: str, key: str, data: Any) -> None:
        with self.transaction() as c:
            c.execute(
                "INSERT INTO docs (kind, key, data) VALUES (?,?,?) ON CONFLICT(kind, key) DO UPDATE SET data = excluded.data,"
                " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                (kind, key, json.dumps(data, ensure_ascii=False)),
            )

    def get_doc(self, kind: str, key: str) -> Any | None:
        r = self.conn.execute("SELECT data FROM docs WHERE kind = ? AND key = ?", (kind, key)).fetchone()
        return None if r is None else json.loads(r[0])

    def iter_docs(self, kind: str) -> Iterator[tuple[str, Any]]:
        for r in self.conn.execute("SELECT key, data FROM docs WHERE kind = ? ORDER BY key", (kind,)):
            yield r[0], json.loads(r[1])

    def delete_docs(self, kind: str, keys: Iterable[str] | None = None) -> None:
        with self.transaction() as c:
            if keys is None:
                c.execute("DELETE FROM docs WHERE kind = ?", (kind,))
            else:
                c.executemany("DELETE FROM docs WHERE kind = ? AND key = ?", [(kind, k) for k in keys])

    def put_docs(self, kind: str, items: Iterable[tuple[str, Any]]) -> None:
        with self.transaction() as c:
            c.executemany(
                "INSERT INTO docs (kind, key, data) VALUES (?,?,?) ON CONFLICT(kind, key) DO UPDATE SET data = excluded.data,"
                " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                [(kind, key, json.dumps(data, ensure_ascii=False)) for key, data in items],
            )

    # embeddings ----------------------------------------------------------------------------
    def put_embeddings(self, model: str, items: Iterable[tuple[str, np.ndarray]]) -> None:
        rows = []
        for aid, vec in items:
            v = np.ascontiguousarray(vec, dtype="<f4").ravel()
            rows.append((aid, model, int(v.shape[0]), v.tobytes()))
        with self.transaction() as c:
            c.executemany("INSERT OR IGNORE INTO embeddings (article_id, model, dim, vector) VALUES (?,?,?,?)", rows)

    def get_embeddings(self, model: str, ids: Sequence[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        ids = list(dict.fromkeys(ids))
        for s in range(0, len(ids), 500):
            chunk = ids[s : s + 500]
            for r in self.conn.execute(
                f"SELECT article_id, vector FROM embeddings WHERE model = ? AND article_id IN ({','.join('?' * len(chunk))})",
                [model, *chunk],
            ):
                out[r[0]] = np.frombuffer(r[1], dtype="<f4").astype(np.float32)
        return out

    def iter_embeddings(self, model: str) -> Iterator[tuple[str, np.ndarray]]:
        for r in self.conn.execute(
            "SELECT e.article_id, e.vector FROM embeddings e JOIN articles a ON a.id = e.article_id"
            " WHERE e.model = ? ORDER BY a.seq", (model,)
        ):
            yield r[0], np.frombuffer(r[1], dtype="<f4").astype(np.float32)

    def integrity_check(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])


class _Tx:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``/``ROLLBACK``; an inner use is a savepoint of the outer one.

    A failing inner block rolls back only its own writes (the outer transaction goes on), so a
    caller can group many writes into one atomic unit and still recover from one that fails.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._savepoint: str | None = None

    def __enter__(self) -> sqlite3.Connection:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self._savepoint = None
        else:
            self._savepoint = f"nw_sp_{id(self):x}"
            self.conn.execute(f"SAVEPOINT {self._savepoint}")
        return self.conn

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        sp = self._savepoint
        if sp is None:
            self.conn.execute("COMMIT" if exc_type is None else "ROLLBACK")
        elif exc_type is None:
            self.conn.execute(f"RELEASE {sp}")
        else:
            self.conn.execute(f"ROLLBACK TO {sp}")
            self.conn.execute(f"RELEASE {sp}")
