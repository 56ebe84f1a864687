"""End-to-end smoke: a few articles we write, through `run`, into the export folder."""

import json

from newsweave import pipeline
from newsweave.cli import main

ARTICLE = """Harbour authority approves new ferry schedule

PORTVALE (NWS) – The Portvale harbour authority on Tuesday approved a winter ferry schedule that adds
two crossings a day to Saltmere Island, its chair Marta Kellner said.

"Islanders asked for a late boat and they will get one," Kellner told reporters.

See also  Ten recipes for a rainy weekend
"""


def test_run_writes_export(tmp_path, store, settings):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = pipeline.process([str(src)], store, settings, str(out))
    assert result["ingest"]["stored"] == 1
    rows = [json.loads(l) for l in (out / "articles.jsonl").read_text().splitlines()]
    assert len(rows) == 1
    a = rows[0]
    assert a["title"] == "Harbour authority approves new ferry schedule"
    assert "Ten recipes" not in a["text"] and "late boat" in a["text"]
    assert {"text": "See also  Ten recipes for a rainy weekend", "reason": "related_links"}.items() <= a["removed"][-1].items()
    assert isinstance(json.loads((out / "stories.json").read_text()), list)


def test_same_input_twice_changes_nothing(tmp_path, store, settings):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    first = pipeline.ingest([str(f)], store, settings)
    second = pipeline.ingest([str(f)], store, settings)
    assert (first.stored, second.stored, second.unchanged) == (1, 0, 1)
    assert store.count_articles() == 1


def test_cli_run_exit_codes(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    assert main(["run", str(empty), "--db", db, "--out", str(tmp_path / "o"), "-q"]) == 1
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    assert main(["run", str(good), str(empty), "--db", db, "--out", str(tmp_path / "o"), "-q"]) == 0
    assert main(["run", str(good), str(empty), "--db", db, "--out", str(tmp_path / "o"), "-q", "--strict"]) == 1
