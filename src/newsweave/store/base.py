"""The store interface every backend implements (SQLite, PostgreSQL).

Contract:

* ``put_articles`` is atomic: either every article of the call is stored (with its removed
  spans) or none is. Storing an article whose ``id`` exists with the same content is a no-op;
  with other content it raises :class:`~newsweave.errors.ConflictError` and changes nothing.
* Stored article text is never rewritten; only ``reprint_of`` and ``layers`` may be updated.
* Readers iterate in arrival order (``seq``) so downstream stages are deterministic.
"""

from __future__ import annotations

import abc
import contextlib
from typing import TYPE_CHECKING, Any, ContextManager, Iterable, Iterator, Sequence

from ..model import Article, Reject

if TYPE_CHECKING:  # numpy is a core dependency; only the annotations need it here
    import numpy as np


class Store(abc.ABC):
    url: str

    # lifecycle -----------------------------------------------------------------------------
    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @abc.abstractmethod
    def schema_version(self) -> int: ...

    def transaction(self) -> ContextManager[Any]:
        """Group writes into one atomic unit: all of them are kept or, after a crash, none.

        Write methods called inside join it; a nested ``transaction()`` is a savepoint (a failure
        inside rolls back only the inner block). Backends override this; the default groups nothing.
        """
        return contextlib.nullcontext()

    # articles ------------------------------------------------------------------------------
    @abc.abstractmethod
    def put_articles(self, articles: Sequence[Article], minhashes: Sequence[bytes | None] | None = None) -> int:
        """Store new articles atomically; return how many were new."""

    @abc.abstractmethod
    def get_article(self, article_id: str) -> Article | None: ...

    @abc.abstractmethod
    def get_articles(self, ids: Sequence[str]) -> list[Article]: ...

    @abc.abstractmethod
    def iter_articles(self, *, after_seq: int = 0, outlet: str | None = None, limit: int | None = None) -> Iterator[Article]: ...

    @abc.abstractmethod
    def article_ids_by_fingerprint(self, fingerprints: Sequence[str]) -> dict[str, str]:
        """Map the given raw-record fingerprints that are already stored to their article ids."""

    @abc.abstractmethod
    def count_articles(self) -> int: ...

    @abc.abstractmethod
    def set_reprint_of(self, pairs: Iterable[tuple[str, str | None]]) -> None: ...

    @abc.abstractmethod
    def set_layers(self, article_id: str, layers: dict[str, Any]) -> None: ...

    @abc.abstractmethod
    def iter_minhashes(self) -> Iterator[tuple[str, str | None, str | None, bytes]]:
        """(id, published, reprint_of, minhash bytes) for every article with a signature, by seq."""

    def iter_article_meta(self) -> Iterator[dict[str, Any]]:
        """Light metadata of every article in arrival order, without texts: dicts with ``seq, id,
        outlet, title, published, language, reprint_of``. Backends override this with a cheap query."""
        for a in self.iter_articles():
            yield {"seq": a.seq, "id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published,
                   "language": a.language, "reprint_of": a.reprint_of}

    def change_stamp(self, kinds: Sequence[str]) -> Any | None:
        """A value that changes whenever a doc of one of ``kinds`` (or, for ``"@articles"``, an
        article) is written, so readers can keep caches; ``None`` if this backend cannot tell cheaply."""
        return None

    @abc.abstractmethod
    def search(self, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search; raises ``StoreError`` (code E202) on a malformed query."""

    # rejects -------------------------------------------------------------------------------
    @abc.abstractmethod
    def add_rejects(self, rejects: Iterable[Reject]) -> None: ...

    @abc.abstractmethod
    def rejects(self, limit: int | None = None) -> list[dict[str, Any]]: ...

    # outlet chrome learning ----------------------------------------------------------------
    @abc.abstractmethod
    def outlet_line_counts(self, outlet: str, line_hashes: Iterable[str]) -> dict[str, int]: ...

    @abc.abstractmethod
    def add_outlet_lines(self, outlet: str, line_hashes: Iterable[str]) -> None:
        """Count each hash once more (call once per article with its distinct line hashes)."""

    # documents: stories, ledgers, briefs (JSON by kind and key) -------------------------
    @abc.abstractmethod
    def put_doc(self, kind: str, key: str, data: Any) -> None: ...

    @abc.abstractmethod
    def get_doc(self, kind: str, key: str) -> Any | None: ...

    @abc.abstractmethod
    def iter_docs(self, kind: str) -> Iterator[tuple[str, Any]]: ...

    @abc.abstractmethod
    def delete_docs(self, kind: str, keys: Iterable[str] | None = None) -> None: ...

    def put_docs(self, kind: str, items: Iterable[tuple[str, Any]]) -> None:
        """Store many documents of one kind at once (one transaction where the backend can)."""
        for key, data in items:
            self.put_doc(kind, key, data)

    # embeddings: computed once per article and model, never recomputed -------------------
    @abc.abstractmethod
    def put_embeddings(self, model: str, items: Iterable[tuple[str, "np.ndarray"]]) -> None:
        """Store float32 vectors by article id; an existing (model, article) row is kept as is."""

    @abc.abstractmethod
    def get_embeddings(self, model: str, ids: Sequence[str]) -> dict[str, "np.ndarray"]:
        """The stored vectors of those articles that have one (float32, shape ``(dim,)``)."""

    @abc.abstractmethod
    def iter_embeddings(self, model: str) -> Iterator[tuple[str, "np.ndarray"]]:
        """``(article_id, vector)`` for every stored vector of ``model``, in article arrival order."""
