import json

import pytest

from newsweave.brief import build_brief, check_citations, render_html, render_json, render_markdown
from newsweave.errors import NotFound

from .data import ARTICLES, span

TEXTS = {a.id: a.text for a in ARTICLES}


def test_brief_without_ledger_cites_every_sentence(dam_store, settings):
    b = build_brief(dam_store, "s1", settings)
    assert b["story_id"] == "s1" and b["headline"] == "Orrin Valley dam repair approved"
    assert b["sentences"] and b["ledger_version"] is None
    assert check_citations(dam_store, b) == []
    # at least one sentence is backed by several independent outlets, with a span in each
    multi = [s for s in b["sentences"] if s["support"] >= 2]
    assert multi and all(len({c["article_id"] for c in s["citations"]}) >= 2 for s in multi)
    sec = b["sections"]
    assert sec["key_facts"] and all(f["support"] >= 2 for f in sec["key_facts"])
    # the quote is found with its speaker even without a ledger
    assert any(q["speaker"] == "Marsk" and "gamble" in q["text"] for q in sec["quotes"])
    # the time module's timeline, from the articles alone: the hearing is a scheduled event
    hearing = [t for t in sec["timeline"] if "public hearing" in t["text"]]
    assert hearing and hearing[0]["date"] == "2025-03-03" and hearing[0]["scheduled"] is True
    json.loads(render_json(b))


def test_unknown_story_is_a_clear_error(dam_store, settings):
    with pytest.raises(NotFound) as e:
        build_brief(dam_store, "nope", settings)
    assert "nope" in str(e.value) and "E404" in str(e.value)


def test_merged_story_id_is_followed(dam_store, settings):
    dam_store.put_doc("story", "old", {"id": "old", "merged_into": "s1"})
    assert build_brief(dam_store, "old", settings)["story_id"] == "s1"


def hand_ledger():
    """A ledger as the ledger helper writes it (CONTRACTS.md), made by hand for this story."""
    cost_a = span("a1", "The repair will cost 14 million crowns and should be finished by October 2025, board chair Helena Marsk said.")
    cost_c = span("a3", "The Orrin Valley dam will be repaired at a cost of 12 million crowns, the water board said on Tuesday.")
    return {
        "story_version": 1,
        "claims": [
            {"id": "c1", "text": "engineers found cracks in the spillway", "status": "corroborated",
             "support": ["a1", "a2", "a3"], "independent_sources": 3, "conflicts": [],
             "citations": [span("a1", "The regional water board approved a repair of the Orrin Valley dam on Tuesday, after engineers found cracks in the spillway."),
                           span("a2", "Engineers found cracks in the spillway of the Orrin Valley dam, and the regional water board approved a repair on Tuesday."),
                           span("a3", "The board approved the repair after engineers found cracks in the spillway last month.")]},
            {"id": "c2", "text": "The repair will cost 14 million crowns", "status": "contested",
             "support": ["a1", "a3"], "independent_sources": 2,
             "conflicts": [{"kind": "number", "reason": "cost differs: 14 million vs 12 million crowns",
                            "a": span("a1", "14 million crowns"), "b": span("a3", "12 million crowns"),
                            "a_value": "14000000", "b_value": "12000000"}],
             "citations": [cost_a, cost_c]},
            {"id": "c3", "text": "Opposition councillor Piet Varga called the plan late", "status": "single_source",
             "support": ["a2"], "independent_sources": 1, "conflicts": [],
             "citations": [span("a2", "Opposition councillor Piet Varga called the plan late and said the cracks were reported two years ago.")]},
        ],
        "quotes": [{"id": "q1", "speaker": "Helena Marsk", "speaker_id": "e1",
                    "text": "We will not gamble with the safety of the valley,", **span("a1", "We will not gamble with the safety of the valley,"),
                    "verbatim": True, "also_in": [span("a2", "We will not gamble with the safety of the valley,")]}],
        "entities": [],
        "timeline": [{"date": "2025-03-03", "granularity": "day", "scheduled": True,
                      "text": "A public hearing on the works is scheduled for 3 March 2025 in Tessby town hall.",
                      "citations": [span("a3", "A public hearing on the works is scheduled for 3 March 2025 in Tessby town hall.")]}],
    }


def test_brief_with_ledger_sections(dam_store, settings):
    dam_store.put_doc("ledger", "s1", hand_ledger())
    b = build_brief(dam_store, "s1", settings)
    assert b["ledger_version"] == 1
    assert check_citations(dam_store, b) == []
    sec = b["sections"]
    assert sec["key_facts"][0]["support"] == 3 and len(sec["key_facts"][0]["citations"]) == 3
    # a claim's own text is shown when the source holds it verbatim
    assert [f["text"] for f in sec["single_source"]] == ["Opposition councillor Piet Varga called the plan late"]
    d = sec["disagreements"][0]
    assert d["kind"] == "number" and "14 million" in d["a"]["text"] and "12 million" in d["b"]["text"]
    assert sec["quotes"][0]["speaker"] == "Helena Marsk" and len(sec["quotes"][0]["citations"]) == 2
    assert sec["timeline"][0]["scheduled"] is True and sec["timeline"][0]["date"] == "2025-03-03"
    # the contested cost figure is not stated as fact in the summary
    assert not any("million crowns" in s["text"] for s in b["sentences"][:2])
    md = render_markdown(b, TEXTS)
    for heading in ("## Summary", "## Key facts", "## Reported by one source only", "## Where sources disagree",
                    "## Notable quotes", "## Timeline", "## Sources"):
        assert heading in md
    assert "(scheduled)" in md and "Helena Marsk" in md
    html = render_html(b, TEXTS)
    assert "Where sources disagree" in html and 'id="src-1"' in html


def test_brief_with_the_real_ledger(dam_store, settings):
    from newsweave.analyze import analyze_story

    s = settings.replace({"ledger": {"ner": "rules"}})
    analyze_story(dam_store, dam_store.get_doc("story", "s1"), s)
    b = build_brief(dam_store, "s1", s)
    assert b["ledger_version"] == 1
    assert check_citations(dam_store, b) == []


def test_checker_finds_broken_citations(dam_store, settings):
    b = build_brief(dam_store, "s1", settings)
    s0 = b["sentences"][0]
    bad = json.loads(json.dumps(b))
    bad["sentences"][0]["citations"] = []
    bad["sentences"].append({"text": s0["text"], "citations": [{"article_id": "zz", "start": 0, "end": 5}]})
    bad["sentences"].append({"text": s0["text"], "citations": [{"article_id": "a1", "start": 0, "end": 99999}]})
    bad["sentences"].append({"text": "Tourist boats on Lake Orrin will stop running while the reservoir is lowered by three metres.",
                             "citations": [span("a3", "Tourist boats on Lake Orrin will stop running while the reservoir is lowered by three metres."),
                                           span("a1", "Local farmers worry about irrigation water in the dry summer months.")]})
    bad["sentences"].append({"text": "The dam is made of cheese.", "citations": [span("a1", "The regional water board")]})
    problems = check_citations(dam_store, bad)
    joined = "\n".join(problems)
    assert "sentences[0]: no citation" in joined
    assert "unknown article 'zz'" in joined
    assert "outside article a1" in joined
    assert "does not support the text" in joined
    assert "does not contain the text" in joined


def test_partial_also_in_citations_are_checked_as_parts(dam_store, settings):
    """Another outlet quoting a piece of a quotation is a valid citation only for a real piece."""
    b = build_brief(dam_store, "s1", settings)
    quote = "“We Will NOT gamble with the safety of the valley,” he said, and the board agreed."
    piece = {**span("a2", "We will not gamble with the safety"), "part": True}
    wrong = {**span("a1", "The regional water board"), "part": True}
    b["sections"]["quotes"] = [
        {"speaker": "Marsk", "text": quote, "citations": [span("a1", "The regional water board"), piece]},
    ]
    problems = check_citations(dam_store, b)
    assert not any("citation 1" in p for p in problems)
    b["sections"]["quotes"][0]["citations"][1] = wrong
    assert any("marked as a part" in p for p in check_citations(dam_store, b))
