"""The generated hostile corpus through the real pipeline and a real SQLite store.

Every case: no crash, every reject names the file and has a code the case allows, the good
records in it are stored, bounded time, and the articles stored before are byte-identical after.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import Counter

import pytest
from ingest_cases import CAPS, ARTICLE, article, hostile_cases, jl

from newsweave import pipeline
from newsweave.cli import main
from newsweave.settings import Settings
from newsweave.store.sqlite import SQLiteStore

CASES = hostile_cases()


def _snapshot(db_path) -> dict[str, tuple]:
    c = sqlite3.connect(db_path)
    try:
        arts = {r[1]: tuple(r) for r in c.execute("SELECT * FROM articles ORDER BY seq")}
        removed = Counter()
        for r in c.execute("SELECT * FROM removed ORDER BY article_id, n"):
            removed[r[0]] += hash(tuple(r))
        return {k: v + (removed[k],) for k, v in arts.items()}
    finally:
        c.close()


@pytest.fixture(scope="module")
def caps() -> Settings:
    return Settings.load(environ={}, overrides=CAPS)


def _good_inputs(tmp_path):
    d = tmp_path / "good"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "b.jsonl").write_text("\n".join(jl(id=f"keep-{i}", text=article(500 + i), outlet="Norvik Courier")
                                         for i in range(4)) + "\n", encoding="utf-8")
    return d


def test_hostile_corpus_case_by_case(tmp_path, caps, capsys):
    db = tmp_path / "h.db"
    store = SQLiteStore(db)
    rep = pipeline.ingest([str(_good_inputs(tmp_path))], store, caps)
    assert rep.stored == 5, rep.to_dict()
    before = _snapshot(db)
    root = tmp_path / "hostile"
    problems, rejects, slowest = [], 0, (0.0, "")
    for c in CASES:
        p = root / c.name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(c.data)
        t0 = time.monotonic()
        r = pipeline.ingest([str(p)], store, caps)
        dt = time.monotonic() - t0
        slowest = max(slowest, (dt, c.name))
        codes = {x.code for x in r.rejects}
        rejects += r.rejected
        if not codes <= c.codes:
            problems.append(f"{c.name}: codes {sorted(codes)} not in {sorted(c.codes)}: {[str(x) for x in r.rejects]}")
        if any(x.source != str(p) for x in r.rejects):
            problems.append(f"{c.name}: a reject does not name the file: {[str(x) for x in r.rejects]}")
        if c.docs >= 0 and r.stored + r.unchanged != c.docs:
            problems.append(f"{c.name}: {r.stored + r.unchanged} articles, expected {c.docs}: {[str(x) for x in r.rejects]}")
        if c.codes and c.docs >= 0 and r.rejected < c.bad_records:
            problems.append(f"{c.name}: {r.rejected} rejects, expected at least {c.bad_records}")
        if dt > 20:
            problems.append(f"{c.name}: took {dt:.1f} s")
    # an id already stored, now with other content: refused, naming file and line
    conflict = root / "conflict-stored.jsonl"
    conflict.write_text(jl(id="keep-1", text=article(999)) + "\n", encoding="utf-8")
    r = pipeline.ingest([str(conflict)], store, caps)
    assert [(x.code, x.record) for x in r.rejects] == [("E201", "line 1 (id 'keep-1')")]
    assert "already stored" in r.rejects[0].message
    after = _snapshot(db)
    changed = [k for k, v in before.items() if after.get(k) != v]
    assert store.integrity_check() == "ok"
    store.close()
    with capsys.disabled():
        print(f"\n[hostile corpus] cases {len(CASES) + 1}, rejects {rejects + 1}, crashes 0, "
              f"mismatches {len(problems)}, stored articles changed {len(changed)}, "
              f"slowest {slowest[0]:.2f} s ({slowest[1]})")
    assert not problems, "\n".join(problems)
    assert not changed


def test_hostile_directory_in_one_run(tmp_path, caps):
    """All cases as one directory: the run goes on past every bad file and stored rows stay as they were."""
    db = tmp_path / "d.db"
    store = SQLiteStore(db)
    pipeline.ingest([str(_good_inputs(tmp_path))], store, caps)
    before = _snapshot(db)
    root = tmp_path / "hostile"
    for c in CASES:
        (root / c.name).parent.mkdir(parents=True, exist_ok=True)
        (root / c.name).write_bytes(c.data)
    rep = pipeline.ingest([str(root)], store, caps)
    bad_files = {str(root / c.name) for c in CASES if c.codes and c.docs == 0}
    rejected_files = {x.source for x in rep.rejects}
    assert bad_files <= rejected_files, sorted(bad_files - rejected_files)
    assert rep.stored > 20  # the good records inside hostile files
    after = _snapshot(db)
    assert all(after[k] == v for k, v in before.items())
    stored_rejects = store.rejects()
    assert {r["source"] for r in stored_rejects} >= bad_files
    store.close()


def test_absurd_dates_are_not_published_dates(tmp_path, caps):
    store = SQLiteStore(tmp_path / "x.db")
    cases = [c for c in CASES if "absurd_date" in c.extra]
    root = tmp_path / "dates"
    root.mkdir()
    for c in cases:
        (root / c.name.split("/")[-1]).write_bytes(c.data)
    pipeline.ingest([str(root)], store, caps)
    for i, c in enumerate(cases):
        a = store.get_article(f"date{i}")
        assert a is not None
        raw = c.extra["absurd_date"]
        if raw in ("2025-02-30", "yesterday", "-1", "1e308", "2025-13-45") or raw.startswith(("0", "9", "１")):
            assert a.published is None or not a.published.startswith(raw[:4]), (raw, a.published)
            assert a.meta.get("x_published_raw") == raw
    store.close()


def test_cli_exit_status(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    db = str(tmp_path / "c.db")
    # nothing ingestable: non-zero
    assert main(["ingest", str(bad), "--db", db, "-q"]) == 1
    # something ingested, something rejected: zero, unless --strict
    assert main(["ingest", str(good), str(bad), "--db", db, "-q"]) == 0
    assert main(["ingest", str(good), str(bad), "--db", db, "-q", "--strict"]) == 1
    # all unchanged still counts as ingested
    assert main(["ingest", str(good), "--db", db, "-q", "--strict"]) == 0
    assert main(["ingest", str(tmp_path / "missing.txt"), "--db", db, "-q"]) == 1


def test_cli_json_report_names_files(tmp_path, capsys):
    bad = tmp_path / "bomb.txt.gz"
    import gzip

    bad.write_bytes(gzip.compress(b"\0" * 3_000_000))
    good = tmp_path / "g.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    cfg = tmp_path / "nw.toml"
    cfg.write_text("[ingest]\nmax_decompressed_bytes = 1000000\n")
    code = main(["ingest", str(good), str(bad), "--db", str(tmp_path / "j.db"), "--json", "--config", str(cfg)])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["stored"] == 1 and out["rejected"] == 1
    assert out["rejects"][0].startswith(f"{bad}: [E103] decompresses to more than 1000000 bytes")
