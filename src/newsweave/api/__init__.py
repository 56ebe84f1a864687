"""The HTTP surface: a FastAPI app serving the REST API (``/api/...``, schema at
``/api/openapi.json``) and the web UI (``/``), over one store.

``create_app(store_url, settings)`` builds it; ``newsweave serve`` runs it with uvicorn. Routes
only parse requests and call :mod:`newsweave.query` (reads) and :mod:`newsweave.pipeline`
(writes, in a background job); see docs/api.md and docs/ui.md.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
