"""glibc malloc tuning for the model-heavy steps (``[run] malloc_keep_mb``).

spaCy's NER and the USE encoder allocate and free arrays of a few hundred KB to a few MB for every
batch. glibc serves blocks above its mmap threshold (128 KB at start, raised as blocks are freed)
with fresh ``mmap`` pages and returns them on ``free``, and trims the heap top back to the kernel,
so the next batch faults in and zeroes the same memory again: 7 % of the samples of an NER run were
the kernel clearing pages. Keeping up to ``malloc_keep_mb`` of freed memory in the process (mmap
threshold, trim threshold and top pad raised) cut the NER's CPU by 20-25 % and the evidence
ledger's by about 10 % (docs/evidence.md), at the price of that much memory held per process
after a peak. Linux/glibc only; elsewhere this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from typing import Any

# mallopt parameters (glibc malloc.h)
_M_TRIM_THRESHOLD = -1
_M_TOP_PAD = -2
_M_MMAP_THRESHOLD = -3

_applied: int | None = None


def keep_freed_memory(mb: int) -> bool:
    """Let glibc keep up to ``mb`` MB of freed memory (0: leave its defaults). True if applied.

    Idempotent per value; forked worker processes inherit the setting.
    """
    global _applied
    mb = int(mb)
    if mb <= 0 or _applied == mb:
        return _applied == mb and mb > 0
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # musl and other C libraries have no mallopt
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    # glibc caps the mmap threshold at HEAP_MAX (32 MB on 64-bit): larger blocks are still mapped
    # and unmapped, which is fine, they are rare
    size = min(mb, 32) * 1024 * 1024
    keep = mb * 1024 * 1024
    ok = all(mallopt(param, value) == 1 for param, value in (
        (_M_MMAP_THRESHOLD, size), (_M_TRIM_THRESHOLD, keep), (_M_TOP_PAD, min(keep, 64 * 1024 * 1024))))
    if ok:
        _applied = mb
    return ok


def apply_settings(settings: Any) -> bool:
    """:func:`keep_freed_memory` with ``[run] malloc_keep_mb``; also a Dask worker preload."""
    try:
        mb = int(settings.run.malloc_keep_mb)
    except (AttributeError, KeyError, TypeError, ValueError):
        return False
    return keep_freed_memory(mb)
