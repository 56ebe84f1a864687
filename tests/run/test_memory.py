"""[run] malloc_keep_mb: glibc keeps freed blocks instead of mapping them afresh for every batch."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from newsweave.run.memory import apply_settings, keep_freed_memory
from newsweave.settings import Settings

SRC = str(Path(__file__).resolve().parents[2] / "src")

# a fresh interpreter (glibc's dynamic mmap threshold depends on what the process freed before):
# bytes held in mmapped blocks (mallinfo2().hblkhd) while a 4 MB block is alive, before and after
PROBE = textwrap.dedent("""
    import ctypes, sys
    sys.path.insert(0, {src!r})
    libc = ctypes.CDLL("libc.so.6")

    class Info(ctypes.Structure):
        _fields_ = [(n, ctypes.c_size_t) for n in
                    "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()]

    libc.mallinfo2.restype = Info

    def mapped_while_alive():
        base = libc.mallinfo2().hblkhd
        block = ctypes.create_string_buffer(4 * 1024 * 1024)
        held = libc.mallinfo2().hblkhd - base
        del block
        return held

    before = mapped_while_alive()
    from newsweave.run.memory import keep_freed_memory
    applied = keep_freed_memory({mb})
    print(before, applied, mapped_while_alive())
""")


def _probe(mb: int) -> tuple[int, bool, int]:
    out = subprocess.run([sys.executable, "-c", PROBE.format(src=SRC, mb=mb)], capture_output=True, text=True,
                         check=True).stdout.split()
    return int(out[0]), out[1] == "True", int(out[2])


glibc = pytest.mark.skipif(not sys.platform.startswith("linux") or not hasattr(__import__("ctypes").CDLL("libc.so.6"),
                                                                                  "mallinfo2"),
                           reason="glibc with mallinfo2 needed")


@glibc
def test_big_blocks_come_from_the_heap_once_applied():
    before, applied, after = _probe(256)
    assert before >= 4 * 1024 * 1024  # glibc's default: a 4 MB block is a fresh mapping
    assert applied
    assert after == 0  # now it is carved from the heap, and freeing it keeps it there


@glibc
def test_zero_leaves_glibc_alone():
    before, applied, _ = _probe(0)
    assert before >= 4 * 1024 * 1024
    assert not applied


def test_setting_is_read_and_validated():
    s = Settings.load(environ={})
    assert s.run.malloc_keep_mb == 256
    assert not apply_settings(s.replace({"run": {"malloc_keep_mb": 0}}))
    assert not apply_settings(object())  # no [run] section: nothing to do
    assert not keep_freed_memory(-5)
