"""Storage behind one interface: SQLite by default, PostgreSQL for shared deployments.

``open_store(url)`` picks the backend from the URL: a plain path or ``sqlite:///path`` opens
SQLite; ``postgresql://...`` opens PostgreSQL (see :mod:`newsweave.store.postgres`).
"""

from __future__ import annotations

from .base import Store
from .sqlite import SQLiteStore


def open_store(url: str) -> Store:
    if url.startswith(("postgresql://", "postgres://")):
        try:
            from .postgres import PostgresStore  # type: ignore[import-not-found]
        except ImportError as exc:  # pragma: no cover - depends on the installed extras
            from ..errors import MissingDependency

            raise MissingDependency("the PostgreSQL store", "scale") from exc
        return PostgresStore(url)
    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///"):]
    return SQLiteStore(url)


__all__ = ["Store", "SQLiteStore", "open_store"]
