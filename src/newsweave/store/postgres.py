"""PostgreSQL store: the same interface and meaning as :class:`SQLiteStore`, for shared deployments.

Migrations are the numbered files in ``migrations_pg/`` (twins of the SQLite ones). Full-text
search uses a generated ``tsvector`` column and ``websearch_to_tsquery``, which accepts any user
input (no syntax errors). Several processes may write at once: ids are unique and inserts of an
existing id are checked against the stored content inside the transaction.

Embeddings: where the server offers the pgvector extension, vectors go into a ``vec vector``
column (added to ``embeddings`` at connect, with ``CREATE EXTENSION IF NOT EXISTS vector``), so
they can be queried and indexed in SQL; elsewhere, and for vectors pgvector cannot hold (NaN or
infinite values, no or more than 16,000 dimensions), they stay little-endian float32 in the
``vector BYTEA`` column. Both travel in binary and read back bit-identical, so callers never see
which form a row has (docs/postgres.md, "Vectors").
"""

from __future__ import annotations

import json
import re
import struct
import threading
from importlib import resources
from typing import Any, Iterable, Iterator, Sequence

import numpy as np

from ..errors import ConflictError, MissingDependency, StoreError
from ..model import Article, Reject, Removed
from .base import Store
from .sqlite import layers_from_json, layers_to_json

try:
    import psycopg
    from psycopg.adapt import Dumper, Loader
    from psycopg.pq import Format
    from psycopg.rows import dict_row
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise MissingDependency("the PostgreSQL store", "scale") from exc

_VEC_MAX_DIM = 16000  # pgvector's limit for the vector type
VECTOR_MODES = ("auto", "pgvector", "bytea")

_COLS = ("seq, id, source, fmt, url, outlet, title, published, language, dateline, byline, credit, "
         "text, extracted, raw, reprint_of, meta, layers")


def pg_migrations() -> list[tuple[int, str, str]]:
    out = []
    for entry in resources.files("newsweave.store").joinpath("migrations_pg").iterdir():
        if entry.name.endswith(".sql") and entry.name[:4].isdigit():
            out.append((int(entry.name[:4]), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(out)


def safe_url(url: str) -> str:
    """``url`` with any password replaced by ``***`` (in the userinfo and in a ``password=`` query)."""
    url = re.sub(r"(//[^:/@]*):[^@/]*@", r"\1:***@", url)
    return re.sub(r"(?i)([?&]password=)[^&]*", r"\1***", url)


class _PgVec:
    """A float32 vector bound for a pgvector ``vector`` parameter (sent in pgvector's binary form)."""

    __slots__ = ("v",)

    def __init__(self, v: np.ndarray):
        self.v = v


class _VecDumper(Dumper):
    # pgvector's binary form: int16 dim, int16 unused, dim big-endian float4 (vector_recv)
    format = Format.BINARY

    def dump(self, obj: _PgVec) -> bytes:
        return struct.pack(">HH", obj.v.shape[0], 0) + obj.v.astype(">f4").tobytes()


class _VecLoader(Loader):
    format = Format.BINARY

    def load(self, data: Any) -> np.ndarray:
        # after the 4-byte header, the values to its end; astype is a byte swap, never a
        # conversion, so the float32 bits come back as they were sent
        return np.frombuffer(data, dtype=">f4", offset=4).astype(np.float32)


class PostgresStore(Store):
    """See the module docstring. ``url`` is safe to print (password hidden); the full one is kept private.

    ``vectors`` picks where embeddings are written: ``"auto"`` (pgvector when the server has it and
    this user may use it, else BYTEA), ``"pgvector"`` (raise :class:`StoreError` without it) or
    ``"bytea"``. Reads always understand both forms. After connecting, ``vector_storage`` says which
    form new vectors take (``"pgvector"`` or ``"bytea"``) and ``vector_note`` why, when it is BYTEA.
    """

    def __init__(self, url: str, *, vectors: str = "auto"):
        if vectors not in VECTOR_MODES:
            raise ValueError(f"vectors must be one of {', '.join(VECTOR_MODES)}, not {vectors!r}")
        self._dsn = url
        self.url = safe_url(url)
        self._vectors = vectors
        self._vec_oid: int | None = None  # type of embeddings.vec, when that column exists
        self.vector_storage = "bytea"
        self.vector_note = ""
        self._local = threading.local()
        self._all: list[Any] = []
        self._lock = threading.Lock()
        self._migrate()

    @property
    def conn(self) -> "psycopg.Connection[Any]":
        c = getattr(self._local, "conn", None)
        if c is None or c.closed:
            try:
                c = psycopg.connect(self._dsn, autocommit=True, row_factory=dict_row)
            except psycopg.Error as exc:
                raise StoreError(f"cannot connect to {self.url}: {_no_password(str(exc), self._dsn)}. "
                                 "Is the server running and the URL right (postgresql://USER@HOST:PORT/DB)?") from None
            if self._vec_oid is not None:
                self._adapt_vectors(c)
            self._local.conn = c
            with self._lock:
                self._all.append(c)
        return c

    def _adapt_vectors(self, c: Any) -> None:
        c.adapters.register_loader(self._vec_oid, _VecLoader)
        c.adapters.register_dumper(_PgVec, type("VecDumper", (_VecDumper,), {"oid": self._vec_oid}))

    def transaction(self) -> Any:
        """One transaction on this thread's connection; store methods called inside join it."""
        return self.conn.transaction()

    def close(self) -> None:
        with self._lock:
            for c in self._all:
                try:
                    c.close()
                except psycopg.Error:
                    pass
            self._all.clear()
        self._local = threading.local()

    def _migrate(self) -> None:
        c = self.conn
        with c.transaction():
            # one migrator at a time across processes
            c.execute("SELECT pg_advisory_xact_lock(4242424242)")
            c.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                      " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
            done = {r["version"] for r in c.execute("SELECT version FROM schema_migrations")}
            for version, name, sql in pg_migrations():
                if version in done:
                    continue
                c.execute(sql)
                c.execute("INSERT INTO schema_migrations(version, name) VALUES (%s, %s)", (version, name))
            self._setup_vectors(c)
        if self._vec_oid is not None:
            self._adapt_vectors(c)

    def _vec_column(self, c: Any) -> int | None:
        r = c.execute("SELECT atttypid::int AS oid FROM pg_attribute WHERE attrelid = 'embeddings'::regclass"
                      " AND attname = 'vec' AND NOT attisdropped").fetchone()
        return None if r is None else int(r["oid"])

    def _setup_vectors(self, c: Any) -> None:
        """Add ``embeddings.vec`` where pgvector can be used (not a numbered migration: it depends
        on the server, and a database migrated without it gains the column once the server has it)."""
        oid = self._vec_column(c)
        if oid is None and self._vectors != "bytea":
            avail = c.execute("SELECT installed_version FROM pg_available_extensions WHERE name = 'vector'").fetchone()
            if avail is None:
                self.vector_note = "the server has no pgvector extension (pg_available_extensions has no 'vector')"
            else:
                try:
                    with c.transaction():  # a savepoint: a refusal leaves the migration intact
                        if avail["installed_version"] is None:
                            c.execute("CREATE EXTENSION IF NOT EXISTS vector")
                        # one form per row: old BYTEA rows stay readable as they are
                        c.execute("ALTER TABLE embeddings ADD COLUMN vec vector, ALTER COLUMN vector DROP NOT NULL,"
                                  " ADD CONSTRAINT embeddings_one_form CHECK ((vector IS NULL) <> (vec IS NULL))")
                    oid = self._vec_column(c)
                except psycopg.errors.InsufficientPrivilege as exc:
                    # not a superuser (pgvector is not a trusted extension), or not the tables' owner
                    self.vector_note = (f"pgvector is on the server but this user cannot set it up here "
                                        f"({exc.diag.message_primary}); a superuser can run CREATE EXTENSION vector "
                                        "in this database once, and the tables' owner's next connect adds the column")
        elif self._vectors == "bytea":
            self.vector_note = "BYTEA was asked for (vectors='bytea')"
        self._vec_oid = oid
        if oid is not None and self._vectors != "bytea":
            self.vector_storage = "pgvector"
            self.vector_note = ""
        elif self._vectors == "pgvector":
            raise StoreError(f"{self.url}: pgvector was asked for but cannot be used: {self.vector_note}")

    def schema_version(self) -> int:
        r = self.conn.execute("SELECT MAX(version) AS v FROM schema_migrations").fetchone()
        return int(r["v"] or 0)

    # articles ------------------------------------------------------------------------------
    def put_articles(self, articles: Sequence[Article], minhashes: Sequence[bytes | None] | None = None) -> int:
        if minhashes is None:
            minhashes = [None] * len(articles)
        new = 0
        c = self.conn
        with c.transaction():
            for art, mh in zip(articles, minhashes):
                row = c.execute("SELECT content_hash FROM articles WHERE id = %s", (art.id,)).fetchone()
                if row is not None:
                    if row["content_hash"] == art.content_hash:
                        continue
                    raise ConflictError(f"article id {art.id!r} is already stored with different content; "
                                        "give the new record another id", source=art.source)
                try:
                    r = self._insert(c, art, mh)
                except psycopg.errors.UniqueViolation:
                    # another writer stored this id since our check: the whole call is rolled back
                    raise ConflictError(f"article id {art.id!r} was stored by another writer at the same time; "
                                        "run again to skip it if it is the same article", source=art.source) from None
                art.seq = r["seq"]
                if art.removed:
                    with c.cursor() as cur:
                        cur.executemany(
                            'INSERT INTO removed (article_id, n, start, "end", text, reason) VALUES (%s,%s,%s,%s,%s,%s)',
                            [(art.id, i, x.start, x.end, _pg_text(x.text), x.reason) for i, x in enumerate(art.removed)],
                        )
                new += 1
        return new

    def _insert(self, c: Any, art: Article, mh: bytes | None) -> Any:
        return c.execute(
            "INSERT INTO articles (id, fingerprint, source, fmt, url, outlet, title, published, language,"
            " dateline, byline, credit, text, extracted, raw, content_hash, reprint_of, minhash, meta, layers)"
            " VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) RETURNING seq",
            (art.id, art.meta.get("fingerprint", art.id), art.source, art.fmt, art.url, art.outlet, art.title,
             art.published, art.language, art.dateline, art.byline, art.credit, _pg_text(art.text),
             _pg_text(art.extracted), _pg_text(art.raw), art.content_hash, art.reprint_of, mh,
             json.dumps(art.meta, ensure_ascii=False, default=str), layers_to_json(art.layers)),
        ).fetchone()

    def _row_to_article(self, r: dict[str, Any], removed: list[Removed]) -> Article:
        return Article(
            id=r["id"], source=r["source"], fmt=r["fmt"], raw=r["raw"], extracted=r["extracted"], text=r["text"],
            title=r["title"], outlet=r["outlet"], url=r["url"], published=r["published"], language=r["language"],
            dateline=r["dateline"], byline=r["byline"], credit=r["credit"], removed=tuple(removed),
            reprint_of=r["reprint_of"], meta=json.loads(r["meta"] or "{}"), layers=layers_from_json(r["layers"]),
            seq=r["seq"],
        )

    def _removed_for(self, ids: Sequence[str]) -> dict[str, list[Removed]]:
        out: dict[str, list[Removed]] = {i: [] for i in ids}
        if ids:
            for r in self.conn.execute('SELECT article_id, start, "end", text, reason FROM removed'
                                       " WHERE article_id = ANY(%s) ORDER BY article_id, n", (list(ids),)):
                out[r["article_id"]].append(Removed(r["start"], r["end"], r["text"], r["reason"]))
        return out

    def get_article(self, article_id: str) -> Article | None:
        found = self.get_articles([article_id])
        return found[0] if found else None

    def get_articles(self, ids: Sequence[str]) -> list[Article]:
        ids = list(dict.fromkeys(ids))
        rows = {r["id"]: r for r in self.conn.execute(f"SELECT {_COLS} FROM articles WHERE id = ANY(%s)", (ids,))}
        removed = self._removed_for(list(rows))
        return [self._row_to_article(rows[i], removed[i]) for i in ids if i in rows]

    def iter_articles(self, *, after_seq: int = 0, outlet: str | None = None, limit: int | None = None) -> Iterator[Article]:
        last, left = after_seq, limit
        while left is None or left > 0:
            n = 500 if left is None else min(500, left)
            if outlet is None:
                rows = self.conn.execute(f"SELECT {_COLS} FROM articles WHERE seq > %s ORDER BY seq LIMIT %s", (last, n)).fetchall()
            else:
                rows = self.conn.execute(f"SELECT {_COLS} FROM articles WHERE seq > %s AND outlet = %s ORDER BY seq LIMIT %s",
                                         (last, outlet, n)).fetchall()
            if not rows:
                return
            removed = self._removed_for([r["id"] for r in rows])
            for r in rows:
                yield self._row_to_article(r, removed[r["id"]])
            last = rows[-1]["seq"]
            if left is not None:
                left -= len(rows)

    def article_ids_by_fingerprint(self, fingerprints: Sequence[str]) -> dict[str, str]:
        fps = list(dict.fromkeys(fingerprints))
        if not fps:
            return {}
        return {r["fingerprint"]: r["id"] for r in
                self.conn.execute("SELECT fingerprint, id FROM articles WHERE fingerprint = ANY(%s)", (fps,))}

    def count_articles(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) AS n FROM articles").fetchone()["n"])

    def set_reprint_of(self, pairs: Iterable[tuple[str, str | None]]) -> None:
        c = self.conn
        with c.transaction(), c.cursor() as cur:
            cur.executemany("UPDATE articles SET reprint_of = %s WHERE id = %s", [(o, a) for a, o in pairs])

    def set_layers(self, article_id: str, layers: dict[str, Any]) -> None:
        self.conn.execute("UPDATE articles SET layers = %s WHERE id = %s", (json.dumps(layers, ensure_ascii=False), article_id))

    def iter_minhashes(self) -> Iterator[tuple[str, str | None, str | None, bytes]]:
        with self.conn.cursor(name=None) as cur:
            for r in cur.execute("SELECT id, published, reprint_of, minhash FROM articles WHERE minhash IS NOT NULL ORDER BY seq"):
                yield r["id"], r["published"], r["reprint_of"], bytes(r["minhash"])

    def iter_article_meta(self) -> Iterator[dict[str, Any]]:
        with self.conn.cursor() as cur:
            for r in cur.execute("SELECT seq, id, outlet, title, published, language, reprint_of FROM articles ORDER BY seq"):
                yield dict(r)

    def change_stamp(self, kinds: Sequence[str]) -> Any | None:
        kinds = sorted(set(kinds))
        rows = {r["kind"]: r["n"] for r in self.conn.execute("SELECT kind, n FROM doc_stamps WHERE kind = ANY(%s)", (kinds,))}
        return tuple(int(rows.get(k, 0)) for k in kinds)

    def search(self, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
        try:
            rows = self.conn.execute(
                "SELECT id, title, outlet, published,"
                " ts_headline('simple', text, q, 'StartSel=[,StopSel=],MaxWords=20,MinWords=8') AS snippet,"
                " -ts_rank(tsv, q) AS score FROM articles, websearch_to_tsquery('simple', %s) q"
                " WHERE tsv @@ q ORDER BY score, seq LIMIT %s", (query, limit)).fetchall()
        except psycopg.Error as exc:
            err = StoreError(f"cannot search for {query!r}: {exc}")
            err.code = "E202"
            raise err from None
        return [dict(r) for r in rows]

    # rejects -------------------------------------------------------------------------------
    def add_rejects(self, rejects: Iterable[Reject]) -> None:
        c = self.conn
        with c.transaction(), c.cursor() as cur:
            cur.executemany("INSERT INTO rejects (source, record, code, message) VALUES (%s,%s,%s,%s) ON CONFLICT DO NOTHING",
                            [(_pg_text(r.source), _pg_text(r.record or ""), r.code, _pg_text(r.message)) for r in rejects])

    def rejects(self, limit: int | None = None) -> list[dict[str, Any]]:
        q = "SELECT source, record, code, message, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') AS at FROM rejects ORDER BY id"
        if limit:
            q += f" LIMIT {int(limit)}"
        return [dict(r) for r in self.conn.execute(q)]

    # outlet lines --------------------------------------------------------------------------
    def outlet_line_counts(self, outlet: str, line_hashes: Iterable[str]) -> dict[str, int]:
        hashes = list(dict.fromkeys(line_hashes))
        if not hashes:
            return {}
        return {r["line_hash"]: r["articles"] for r in self.conn.execute(
            "SELECT line_hash, articles FROM outlet_lines WHERE outlet = %s AND line_hash = ANY(%s)", (outlet, hashes))}

    def add_outlet_lines(self, outlet: str, line_hashes: Iterable[str]) -> None:
        c = self.conn
        with c.transaction(), c.cursor() as cur:
            cur.executemany("INSERT INTO outlet_lines (outlet, line_hash, articles) VALUES (%s, %s, 1)"
                            " ON CONFLICT (outlet, line_hash) DO UPDATE SET articles = outlet_lines.articles + 1",
                            [(outlet, h) for h in dict.fromkeys(line_hashes)])

    # documents -----------------------------------------------------------------------------
    def put_doc(self, kind: str, key: str, data: Any) -> None:
        self.conn.execute("INSERT INTO docs (kind, key, data) VALUES (%s,%s,%s) ON CONFLICT (kind, key)"
                          " DO UPDATE SET data = excluded.data, updated_at = now()",
                          (kind, key, _pg_text(json.dumps(data, ensure_ascii=False))))

    def get_doc(self, kind: str, key: str) -> Any | None:
        r = self.conn.execute("SELECT data FROM docs WHERE kind = %s AND key = %s", (kind, key)).fetchone()
        return None if r is None else json.loads(r["data"])

    def iter_docs(self, kind: str) -> Iterator[tuple[str, Any]]:
        for r in self.conn.execute("SELECT key, data FROM docs WHERE kind = %s ORDER BY key", (kind,)).fetchall():
            yield r["key"], json.loads(r["data"])

    def delete_docs(self, kind: str, keys: Iterable[str] | None = None) -> None:
        if keys is None:
            self.conn.execute("DELETE FROM docs WHERE kind = %s", (kind,))
        else:
            self.conn.execute("DELETE FROM docs WHERE kind = %s AND key = ANY(%s)", (kind, list(keys)))

    def put_docs(self, kind: str, items: Iterable[tuple[str, Any]]) -> None:
        c = self.conn
        with c.transaction(), c.cursor() as cur:
            cur.executemany("INSERT INTO docs (kind, key, data) VALUES (%s,%s,%s) ON CONFLICT (kind, key)"
                            " DO UPDATE SET data = excluded.data, updated_at = now()",
                            [(kind, key, _pg_text(json.dumps(data, ensure_ascii=False))) for key, data in items])

    # embeddings ----------------------------------------------------------------------------
    def put_embeddings(self, model: str, items: Iterable[tuple[str, np.ndarray]]) -> None:
        to_vec = self.vector_storage == "pgvector"
        rows = []
        for aid, vec in items:
            v = np.ascontiguousarray(vec, dtype="<f4").ravel()
            n = int(v.shape[0])
            # pgvector refuses NaN, infinities, empty and over-long vectors: those rows stay BYTEA
            if to_vec and 0 < n <= _VEC_MAX_DIM and np.isfinite(v).all():
                rows.append((aid, model, n, None, _PgVec(v)))
            else:
                rows.append((aid, model, n, v.tobytes(), None))
        c = self.conn
        with c.transaction(), c.cursor() as cur:
            if self._vec_oid is None:
                cur.executemany("INSERT INTO embeddings (article_id, model, dim, vector) VALUES (%s,%s,%s,%b)"
                                " ON CONFLICT (model, article_id) DO NOTHING", [r[:4] for r in rows])
            else:
                cur.executemany("INSERT INTO embeddings (article_id, model, dim, vector, vec) VALUES (%s,%s,%s,%b,%b)"
                                " ON CONFLICT (model, article_id) DO NOTHING", rows)

    def _vec_select(self) -> str:
        return "e.vector, e.vec" if self._vec_oid is not None else "e.vector"

    @staticmethod
    def _vector_of(r: dict[str, Any]) -> np.ndarray:
        v = r.get("vec")
        if v is not None:
            return v
        return np.frombuffer(r["vector"], dtype="<f4").astype(np.float32)

    def get_embeddings(self, model: str, ids: Sequence[str]) -> dict[str, np.ndarray]:
        rows = self.conn.execute(f"SELECT e.article_id, {self._vec_select()} FROM embeddings e"
                                 " WHERE e.model = %s AND e.article_id = ANY(%s)",
                                 (model, list(dict.fromkeys(ids))), binary=True).fetchall()
        return {r["article_id"]: self._vector_of(r) for r in rows}

    def iter_embeddings(self, model: str) -> Iterator[tuple[str, np.ndarray]]:
        with self.conn.cursor(name=None) as cur:
            cur.execute(f"SELECT e.article_id, {self._vec_select()} FROM embeddings e JOIN articles a ON a.id = e.article_id"
                        " WHERE e.model = %s ORDER BY a.seq", (model,), binary=True)
            for r in cur:
                yield r["article_id"], self._vector_of(r)

    def transaction(self) -> Any:
        # psycopg nests transaction() blocks as savepoints, as the Store contract asks
        return self.conn.transaction()

    def integrity_check(self) -> str:
        self.conn.execute("SELECT count(*) FROM articles")
        return "ok"


def _no_password(message: str, dsn: str) -> str:
    m = re.search(r"//[^:/@]*:([^@/]*)@", dsn) or re.search(r"(?i)[?&]password=([^&]*)", dsn)
    return message.replace(m.group(1), "***") if m and m.group(1) else message


def _pg_text(s: str) -> str:
    # PostgreSQL text cannot hold NUL; readers already drop them, this guards other paths
    return s.replace("\x00", "") if "\x00" in s else s
