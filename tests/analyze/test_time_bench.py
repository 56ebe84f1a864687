"""The temporal benchmark's scoring, on a tiny corpus written for this test (no eval data needed)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_temporal", ROOT / "bench" / "temporal.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_scoring_counts_spans_and_values(tmp_path):
    text = "The Dorne council met on Friday and will vote next week."
    fri = text.index("Friday")
    nw = text.index("next week")
    doc = {"text": text, "dct": {"value": "2021-12-27"}, "timex3": [
        {"start": fri, "end": fri + 6, "text": "Friday", "type": "DATE", "value": "2021-12-24"},
        {"start": nw, "end": nw + 9, "text": "next week", "type": "DATE", "value": "1999-W01"},  # wrong on purpose
        {"start": 4, "end": 9, "text": "Dorne", "type": "DATE", "value": "2000"},  # never found
    ]}
    path = tmp_path / "mini.jsonl"
    path.write_text(json.dumps(doc) + "\n")
    b = _bench()
    r = b.metrics(b.score(path))
    assert r["gold"] == 3 and r["predicted"] == 2
    assert r["strict_p"] == 1.0 and abs(r["strict_r"] - 2 / 3) < 1e-9
    assert r["value_accuracy"] == 0.5
    assert abs(r["value_r"] - 1 / 3) < 1e-9 and r["value_p"] == 0.5
    assert r["chars_per_s"] > 0


def test_headline_row_pools_every_document(tmp_path, capsys):
    # two files with different sizes: the "all" row must be the pooled (micro) figure, not their mean
    a = "The Dorne council met on Friday."
    b = "The Braavos bank reported on Monday and on Tuesday."
    docs = {
        "timebank.jsonl": {"text": a, "dct": {"value": "2021-12-27"}, "timex3": [
            {"start": a.index("Friday"), "end": a.index("Friday") + 6, "text": "Friday", "type": "DATE",
             "value": "2021-12-24"}]},
        "aquaint.jsonl": {"text": b, "dct": {"value": "2021-12-29"}, "timex3": [
            {"start": b.index("Monday"), "end": b.index("Monday") + 6, "text": "Monday", "type": "DATE",
             "value": "2021-12-27"},
            {"start": b.index("Tuesday"), "end": b.index("Tuesday") + 7, "text": "Tuesday", "type": "DATE",
             "value": "1999-01-01"}]},  # wrong on purpose
    }
    for name, doc in docs.items():
        (tmp_path / name).write_text(json.dumps(doc) + "\n")
    assert _bench().main(["--data", str(tmp_path), "--baseline", str(tmp_path / "none.json")]) == 0
    rows = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines() if "docs," in line}
    # value F1 columns: all = 2 hits of 3 gold / 3 predicted; timebank 1/1; aquaint 1 of 2
    assert rows["all"][11] == "0.667" and rows["timebank.jsonl"][11] == "1.000" and rows["aquaint.jsonl"][11] == "0.500"
    assert "(2 docs, 3 gold, 3 predicted)" in " ".join(rows["all"])


def test_error_analysis_groups_the_misses(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("bench_temporal_errors", ROOT / "bench" / "temporal_errors.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.kind("2021-W51", "DATE") == "week"
    assert mod.kind("P2Y", "DURATION") == "duration"
    assert mod.kind("1989-Q3", "DATE") == "quarter/half"
    assert mod.kind("PAST_REF", "DATE") == "ref"
    text = "The Dorne council met on Friday and will vote next week."
    fri, nw = text.index("Friday"), text.index("next week")
    doc = {"doc_id": "d1", "text": text, "dct": {"value": "2021-12-27"}, "timex3": [
        {"start": fri, "end": fri + 6, "text": "Friday", "type": "DATE", "value": "2021-12-24"},
        {"start": nw, "end": nw + 9, "text": "next week", "type": "DATE", "value": "1999-W01"},
        {"start": 4, "end": 9, "text": "Dorne", "type": "DATE", "value": "2000"},
    ]}
    (tmp_path / "mini.jsonl").write_text(json.dumps(doc) + "\n")
    assert mod.main(["--data", str(tmp_path), "--file", "mini.jsonl"]) == 0
    out = capsys.readouterr().out
    assert "value hits 1" in out
    assert "=== missed DATE: 1" in out and "=== value week: 1" in out


def test_speed_bench_reports_rates_and_an_output_fingerprint(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("bench_temporal_speed", ROOT / "bench" / "temporal_speed.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    tbaq = tmp_path / "tbaq"
    tbaq.mkdir()
    for name, text in (("timebank.jsonl", "The Dorne council met on Friday."),
                       ("aquaint.jsonl", "The Braavos bank will report next week.")):
        (tbaq / name).write_text(json.dumps({"text": text, "dct": {"value": "2021-12-27"}, "timex3": []}) + "\n")
    mn = tmp_path / "clusters.jsonl"
    mn.write_text(json.dumps({"id": "c1", "documents": ["Ferries resumed on 3 May 2016 after two weeks."]}) + "\n")
    assert mod.main(["--tbaq", str(tbaq), "--multinews", str(mn), "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "tempeval3     2 texts" in out and "multinews     1 texts" in out
    fp = out.split("de, fr): ")[1].strip()
    # the fingerprint follows the output: another text, another fingerprint
    texts = mod.load(tbaq, mn)
    assert mod.fingerprint(texts["tempeval3"] + texts["multinews"]) == fp
    assert mod.fingerprint([("The vote is on Monday.", "2021-12-27")]) != fp


def test_half_splits_documents_by_position(tmp_path, capsys):
    # four documents: even positions 0 and 2 hold the found Friday, odd positions 1 and 3 a gold the rules miss
    found = "The Dorne council met on Friday."
    missed = "The Braavos bank met at Dorne."
    rows = []
    for i in range(4):
        if i % 2 == 0:
            g = {"start": found.index("Friday"), "end": found.index("Friday") + 6, "text": "Friday",
                 "type": "DATE", "value": "2021-12-24"}
            rows.append({"doc_id": f"d{i}", "text": found, "dct": {"value": "2021-12-27"}, "timex3": [g]})
        else:
            g = {"start": missed.index("Dorne"), "end": missed.index("Dorne") + 5, "text": "Dorne",
                 "type": "DATE", "value": "2000"}
            rows.append({"doc_id": f"d{i}", "text": missed, "dct": {"value": "2021-12-27"}, "timex3": [g]})
    (tmp_path / "timebank.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    b = _bench()
    assert [d["doc_id"] for d in b.half_of(rows, "even")] == ["d0", "d2"]
    assert [d["doc_id"] for d in b.half_of(rows, "odd")] == ["d1", "d3"]
    assert b.half_of(rows, None) == rows
    even = b.metrics(b.score(tmp_path / "timebank.jsonl", half="even"))
    odd = b.metrics(b.score(tmp_path / "timebank.jsonl", half="odd"))
    assert (even["docs"], even["value_f1"]) == (2, 1.0)
    assert (odd["docs"], odd["value_f1"], odd["predicted"]) == (2, 0.0, 0)
    # a half is not held to the whole file's floors
    (tmp_path / "floors.json").write_text(json.dumps({"timebank": {"value_f1": 0.9}}))
    assert b.main(["--data", str(tmp_path), "--files", "timebank.jsonl", "--half", "odd",
                   "--baseline", str(tmp_path / "floors.json")]) == 0
    assert b.main(["--data", str(tmp_path), "--files", "timebank.jsonl",
                   "--baseline", str(tmp_path / "floors.json")]) == 1
    capsys.readouterr()
    spec = importlib.util.spec_from_file_location("bench_temporal_errors", ROOT / "bench" / "temporal_errors.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--data", str(tmp_path), "--file", "timebank.jsonl", "--half", "odd", "--counts"]) == 0
    out = capsys.readouterr().out
    assert "(odd documents): gold 2, predicted 0, value hits 0" in out
    assert "missed DATE 2" in out and "Braavos" not in out  # counts only, no cases
    assert mod.main(["--data", str(tmp_path), "--file", "timebank.jsonl", "--half", "even"]) == 0
    assert "(even documents): gold 2, predicted 2, value hits 2" in capsys.readouterr().out
