"""numpy's BLAS on one thread for a block of code.

The products newsweave runs (NER layers, a story's ledger, a day's embedding search) are small: a second OpenBLAS
thread gains nothing and spin-waits, which on a shared 2-core machine cost 1.5-2.5x the CPU and
wall time of the clustering (docs/stories.md), and NER already runs one process per core.
"""

from __future__ import annotations

import contextlib
import functools
from typing import Any


@functools.lru_cache(maxsize=1)
def _controller() -> Any:
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController()  # scans the loaded libraries once, not per call
    except ImportError:
        return None


def one_blas_thread() -> Any:
    """Context manager: BLAS limited to one thread inside (a no-op without threadpoolctl)."""
    ctl = _controller()
    return ctl.limit(limits=1, user_api="blas") if ctl is not None else contextlib.nullcontext()
