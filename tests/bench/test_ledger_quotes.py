"""The real-news speaker benchmark's scorer (bench/ledger_quotes.py) on our own text: emitted quotes
are matched to labels by article and start, and a speaker is right when it names the person at
the labelled span (the ledger's own merging, the same name, or a partial name that only one person
of the story has), wrong when it names someone else or when the label says nobody speaks."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("ledger_quotes", ROOT / "bench" / "ledger_quotes.py")
lq = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lq)

TEXT = ("Mayor Ilse Varga opened the bridge on Monday. \u201cIt took nine years,\u201d Varga said. "
        "Her deputy Tomas Varga was not there. \u201cWe will build another,\u201d said Pell Okafor. "
        "\u201cNot before the vote,\u201d Okafor added. A sign read \u201cBridge to nowhere at last\u201d.")


def _ent(eid: str, name: str, variants: list[str], spans: list[tuple[int, int]], etype: str = "PERSON") -> dict:
    return {"id": eid, "name": name, "type": etype, "variants": variants,
            "mentions": [{"article_id": "s1-0", "start": s, "end": e} for s, e in spans]}


def _span(word: str, nth: int = 0) -> list[int]:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(word, i + 1)
    return [i, i + len(word)]


def _quote(inner: str, speaker: str | None, sid: str | None) -> dict:
    s = TEXT.index(inner)
    return {"story": "s1", "article": "s1-0", "start": s, "end": s + len(inner), "speaker": speaker,
            "speaker_id": sid, "how": "post"}


ENTS = [_ent("e1", "Ilse Varga", ["Ilse Varga", "Varga"], [tuple(_span("Ilse Varga")), tuple(_span("Varga", 1))]),
        _ent("e2", "Tomas Varga", ["Tomas Varga"], [tuple(_span("Tomas Varga"))]),
        _ent("e3", "Okafor", ["Okafor"], [tuple(_span("Okafor", 1))])]


def test_speaker_matches_by_mention_name_and_partial_name():
    q = _quote("It took nine years,", "Ilse Varga", "e1")
    assert lq.speaker_matches(q, _span("Ilse Varga"), TEXT, ENTS)          # the ledger's own mention
    q2 = _quote("It took nine years,", "Tomas Varga", "e2")
    assert not lq.speaker_matches(q2, _span("Ilse Varga"), TEXT, ENTS)     # another Varga
    # a bare surname the ledger kept apart, when only one person of the story has it in full
    q3 = _quote("Not before the vote,", "Okafor", "e3")
    assert lq.speaker_matches(q3, _span("Pell Okafor"), TEXT, ENTS)
    # a bare surname shared by two people named in full is not enough
    q4 = _quote("It took nine years,", "Varga", None)
    assert not lq.speaker_matches(q4, _span("Ilse Varga"), TEXT, ENTS[1:])
    # a name the labeller saw emitted and judged wrong stays wrong whatever the ledger merged
    assert not lq.speaker_matches(q, _span("Ilse Varga"), TEXT, ENTS, [lq.name_hash("Ilse Varga")])


def test_score_matches_labels_by_article_and_start_and_lists_unlabelled(tmp_path, capsys):
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text(json.dumps({"id": "s1", "documents": [TEXT]}) + "\n", encoding="utf-8")
    quotes = [_quote("It took nine years,", "Ilse Varga", "e1"),        # right
              _quote("We will build another,", "Tomas Varga", "e2"),   # wrong person
              _quote("Not before the vote,", None, None),               # missing
              _quote("Bridge to nowhere at last", "Okafor", "e3")]       # should be nobody
    quotes.append(dict(_quote("Not before", None, None), start=quotes[2]["start"] + 1))  # no label
    labels = [{"story": "s1", "article": "s1-0", "start": q["start"], "end": q["end"], "verdict": "right",
               "speaker_span": span} for q, span in zip(quotes[:4], [_span("Ilse Varga"), _span("Pell Okafor"),
                                                                     _span("Pell Okafor"), None])]
    lp = tmp_path / "labels.json"
    lp.write_text(json.dumps({"parts": {"all": ["s1", "s1"]}, "labels": labels}), encoding="utf-8")
    out = lq.score({"quotes": quotes, "entities": {"s1": ENTS}}, lp, clusters)
    tot = out["total"]
    assert (tot["labelled"], tot["found"], tot["with_speaker"]) == (4, 4, 3)
    assert (tot["right"], tot["wrong_person"], tot["should_be_nobody"], tot["missing"]) == (1, 1, 1, 1)
    assert tot["unlabelled"] == 1 and tot["wrong_rate"] == round(2 / 3, 4)
    assert "? s1 s1-0" in capsys.readouterr().out
