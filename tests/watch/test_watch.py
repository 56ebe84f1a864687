"""`newsweave watch`: new and changed files are picked up; kill -9 at any moment loses and duplicates nothing."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from nwcorpus import body  # tests/run/nwcorpus.py (fictional corpus)

from newsweave.run.watch import STATE_KIND, Watcher
from newsweave.settings import Settings
from newsweave.store.sqlite import SQLiteStore

REPO = Path(__file__).resolve().parents[2]


def article_file(folder: Path, i: int) -> Path:
    f = folder / f"n{i:04d}.txt"
    f.write_text(f"Council report {i}\n\n{body(i)}\n", encoding="utf-8")
    return f


@pytest.fixture
def settings():
    return Settings.load(environ={}, overrides={"watch": {"settle_seconds": 0.0}})


def test_passes_pick_up_new_changed_and_not_touched_files(tmp_path, settings):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(3):
        article_file(inbox, i)
    with SQLiteStore(tmp_path / "w.db") as store:
        w = Watcher([str(inbox)], store, settings)
        first = w.run_pass()
        assert first.ingest["stored"] == 3 and len(first.files_ingested) == 3
        assert w.run_pass().files_ingested == []  # nothing changed: nothing read
        # same content, new modification time: not read again
        f = inbox / "n0000.txt"
        os.utime(f, ns=(time.time_ns(), time.time_ns() - 5_000_000_000))
        third = w.run_pass()
        assert third.files_ingested == [] and third.files_touched == 1
        # a new file and a JSONL that grows: only the new records are stored
        article_file(inbox, 7)
        wire = inbox / "wire.jsonl"
        wire.write_text(json.dumps({"id": "j1", "text": body(11)}) + "\n")
        fourth = w.run_pass()
        assert fourth.ingest["stored"] == 2 and sorted(Path(p).name for p in fourth.files_ingested) == ["n0007.txt", "wire.jsonl"]
        wire.write_text(wire.read_text() + json.dumps({"id": "j2", "text": body(12)}) + "\n")
        fifth = w.run_pass()
        assert fifth.ingest["stored"] == 1 and fifth.ingest["unchanged"] == 1
        assert store.count_articles() == 6
        assert dict(store.iter_docs(STATE_KIND))[str(wire)]["size"] == wire.stat().st_size


def test_fresh_files_wait_until_settled(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    article_file(inbox, 1)
    s = Settings.load(environ={}, overrides={"watch": {"settle_seconds": 30.0}})
    with SQLiteStore(tmp_path / "w.db") as store:
        rep = Watcher([str(inbox)], store, s).run_pass()
        assert rep.waiting == 1 and store.count_articles() == 0


def test_feed_file_is_watched(tmp_path, settings):
    feed = tmp_path / "wire.xml"
    items = "".join(f"<item><guid>f{i}</guid><title>Item {i}</title><description>{body(i)}</description></item>"
                    for i in range(2))
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Coastline Wire</title>{items}</channel></rss>')
    with SQLiteStore(tmp_path / "w.db") as store:
        rep = Watcher([], store, settings, feeds=[str(feed)]).run_pass()
        assert rep.ingest["stored"] == 2


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        c = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return c.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            c.close()
    except sqlite3.OperationalError:
        return 0


def _start(inbox: Path, db: Path, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")]),
               NEWSWEAVE_INGEST__BATCH_SIZE="4", NEWSWEAVE_WATCH__SETTLE_SECONDS="0")
    return subprocess.Popen([sys.executable, "-m", "newsweave", "watch", str(inbox), "--db", str(db), "-q", *extra],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait(pred, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.05)
    return False


def test_kill_9_then_restart_loses_and_duplicates_nothing(tmp_path):
    inbox, db = tmp_path / "inbox", tmp_path / "watch.db"
    inbox.mkdir()
    files = [article_file(inbox, i) for i in range(120)]
    proc = _start(inbox, db, "--interval", "0.2")
    try:
        # kill -9 as soon as the first shards are stored: the run is cut in the middle
        assert _wait(lambda: _count(db) > 0, 120), proc.stderr.read().decode() if proc.poll() is not None else "no articles"
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        at_kill = _count(db)
        print("articles stored at kill -9:", at_kill)
        files += [article_file(inbox, i) for i in range(120, 150)]  # more arrive while it is down
        proc = _start(inbox, db, "--interval", "0.2")
        assert _wait(lambda: _count(db) >= len(files), 120)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(60) in (0, 130)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    # a last single pass finds nothing new
    once = _start(inbox, db, "--once", "--json")
    assert once.wait(120) == 0
    c = sqlite3.connect(db)
    by_source = dict(c.execute("SELECT source, COUNT(*) FROM articles GROUP BY source").fetchall())
    assert set(by_source) == {str(f) for f in files}  # nothing lost
    assert set(by_source.values()) == {1}  # nothing stored twice
    assert c.execute("SELECT COUNT(*) FROM rejects").fetchone()[0] == 0
    states = c.execute("SELECT COUNT(*) FROM docs WHERE kind = ?", (STATE_KIND,)).fetchone()[0]
    assert states == len(files)
    c.close()
    assert 0 < at_kill  # the kill happened after some, typically not all, articles were stored
