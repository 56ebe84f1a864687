"""The evidence ledger on a fictional multi-outlet story (tests/analyze/fixtures/dam_story.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsweave.analyze.entities import token_key, translit_key
from newsweave.analyze.ledger import build_ledger, check_ledger, render_ledger_text
from newsweave.analyze.quotes import find_quotes, find_in, normalize_for_match
from newsweave.analyze.values import compare_dates, find_counts, find_dates
from newsweave.model import Article

FIX = Path(__file__).parent / "fixtures" / "dam_story.json"


def _articles(gold: dict) -> list[Article]:
    return [Article(id=a["id"], source=a["id"], fmt="txt", raw=a["text"], extracted=a["text"], text=a["text"],
                    title=a["title"], outlet=a["outlet"], published=a["published"], language=a["language"],
                    reprint_of=a["reprint_of"]) for a in gold["articles"]]


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(FIX.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ledger(gold):
    from newsweave.settings import Settings

    return build_ledger(_articles(gold), gold["story"], Settings.load(environ={}))


@pytest.fixture(scope="module")
def texts(gold):
    return {a["id"]: a["text"] for a in gold["articles"]}


def test_every_span_resolves(ledger, texts):
    assert check_ledger(ledger, texts) == []
    for q in ledger["quotes"]:
        assert texts[q["article_id"]][q["start"]:q["end"]] == q["text"] and q["verbatim"]
    for c in ledger["claims"]:
        assert texts[c["citations"][0]["article_id"]][c["citations"][0]["start"]:c["citations"][0]["end"]] == c["text"]
        for k in c["conflicts"]:
            # a conflict's spans lie inside the claim's citations of the same articles
            for side in ("a", "b"):
                sp = k[side]
                assert any(ci["article_id"] == sp["article_id"] and ci["start"] <= sp["start"] and sp["end"] <= ci["end"]
                           for ci in c["citations"]), k
    for e in ledger["entities"]:
        folded = {v.lower() for v in e["variants"]}
        for m in e["mentions"]:
            t = texts[m["article_id"]][m["start"]:m["end"]]
            assert m.get("via") == "title" or t.lower() in folded, (e["name"], t)


def test_check_ledger_catches_bad_spans(ledger, texts):
    bad = json.loads(json.dumps(ledger))
    bad["quotes"][0]["start"] += 1
    bad["claims"][0]["citations"][0]["end"] = 10**6
    problems = check_ledger(bad, texts)
    assert any("quote" in p for p in problems) and any("outside" in p for p in problems)


def test_quotes_have_gold_speakers(ledger, gold):
    got = {(q["article_id"], q["text"]): q["speaker"] for q in ledger["quotes"]}
    for g in gold["quotes"]:
        assert got.get((g["article"], g["text"].strip())) == g["speaker"] or \
            any(a == g["article"] and g["text"].strip(" ,") in t and s == g["speaker"] for (a, t), s in got.items()), g


def test_same_quote_linked_across_outlets(ledger, texts):
    q = next(q for q in ledger["quotes"] if q["article_id"] == "nl1" and q["text"].startswith("We are ready"))
    linked = {c["article_id"] for c in q["also_in"]}
    assert "vd1" in linked  # straight quotes in one outlet, curly in the other
    for c in q["also_in"]:
        assert "water question is settled" in texts[c["article_id"]][c["start"]:c["end"]]


def test_entity_variants_merged(ledger):
    by_name = {e["name"]: e for e in ledger["entities"]}
    dravkov = next(e for e in ledger["entities"] if "Dravkov" in e["variants"])
    assert {"Aleksei Dravkov", "Alexei Dravkov", "Alexei Drawkow"} <= set(dravkov["variants"])
    assert dravkov["type"] == "PERSON"
    assert any(m.get("via") == "title" for m in dravkov["mentions"])  # "The Foreign Minister added ..."
    palenko = next(e for e in ledger["entities"] if "Palenko" in e["variants"])
    assert {"Yuri Palenko", "Yury Palenko"} <= set(palenko["variants"])
    assert any({"Jake Morrow", "Jacob Morrow"} <= set(e["variants"]) for e in ledger["entities"])
    assert any({"Odrin", "Odryn"} <= set(e["variants"]) for e in ledger["entities"])
    crcn = next(e for e in ledger["entities"] if "CRCN" in e["variants"])
    assert "Council for River Cooperation in the North" in crcn["variants"]
    assert "Brenn" in by_name and "Bauern" not in by_name["Brenn"]["variants"]


def test_claims_statuses_and_reprints(ledger, texts, gold):
    for gc in gold["claims"]:
        pos = texts[gc["article"]].find(gc["text"])
        claim = next(c for c in ledger["claims"] if any(
            ci["article_id"] == gc["article"] and ci["start"] <= pos < ci["end"] for ci in c["citations"]))
        if gc["status"] == "single_source" and "ct1" in gc["articles"]:
            # a wire copy and its reprint are one source
            assert set(claim["support"]) == {"rw1", "ct1"} and claim["independent_sources"] == 1
            assert claim["status"] == "single_source"
    statuses = {c["status"] for c in ledger["claims"]}
    assert {"corroborated", "single_source", "contested"} <= statuses


def test_contradictions_and_precision(ledger, texts):
    conflicts = [k for c in ledger["claims"] for k in c["conflicts"]]
    kinds = {k["kind"] for k in conflicts}
    assert "date" in kinds and "place" in kinds
    date = next(k for k in conflicts if k["kind"] == "date")
    vals = {date["a_value"], date["b_value"]}
    assert vals == {"2025-03-14", "2025-03-04"}
    for k in conflicts:
        assert k["reason"]
        ta = texts[k["a"]["article_id"]][k["a"]["start"]:k["a"]["end"]]
        tb = texts[k["b"]["article_id"]][k["b"]["start"]:k["b"]["end"]]
        if k["kind"] in ("date", "place", "number", "precision"):
            assert ta in k["reason"] and tb in k["reason"]
    # the same month at two precisions is never a contradiction
    assert not any(k["kind"] == "date" and compare_dates(k["a_value"], k["b_value"]) == "precision" for k in conflicts)


def test_render_text(ledger):
    out = render_ledger_text(ledger)
    assert "CLAIMS" in out and "QUOTES" in out and "Aleksei Dravkov" in out
    assert render_ledger_text({}).startswith("(no ledger")


def test_fallbacks_without_models(gold, texts):
    from newsweave.settings import Settings

    s = Settings.load(environ={}, overrides={"ledger": {"ner": "rules", "embeddings": "tfidf"}})
    led = build_ledger(_articles(gold), gold["story"], s)
    assert led["meta"] == {"embeddings": "tfidf", "ner": "rules", "timeline": led["meta"]["timeline"]}
    assert check_ledger(led, texts) == []
    dravkov = next(e for e in led["entities"] if "Dravkov" in e["variants"])
    assert "Alexei Dravkov" in dravkov["variants"]
    assert any(q["speaker"] == dravkov["name"] for q in led["quotes"])


# --- units --------------------------------------------------------------------------------------
def test_translit_keys():
    assert token_key("Sergey") == token_key("Sergei") == token_key("Sergej")
    assert token_key("Yuri") == token_key("Yury") == token_key("Iouri")
    assert token_key("Kiev") == token_key("Kyiv")
    assert translit_key("Lavrov") == translit_key("Lawrow")
    assert token_key("Iran") != token_key("Oran") and token_key("Jake") != token_key("Jacob")


@pytest.mark.parametrize("text,inner", [
    ('He said: "All is well." Then left.', "All is well."),
    ("Er sagte: „Alles ist gut“ und ging.", "Alles ist gut"),
    ("Il a dit « tout va bien » hier.", "tout va bien"),
    ("She wrote ‘we are done’ and don’t care.", "we are done"),
    ("“One,” he said, “two.”", "One,"),
])
def test_quote_styles(text, inner):
    spans = find_quotes(text)
    assert inner in [text[s:e] for s, e in spans]


def test_multi_paragraph_quote_and_unclosed():
    text = 'She said: "First part.\n\n"Second part."\n\nNext "unclosed para\n\nnew para.'
    got = [text[s:e] for s, e in find_quotes(text)]
    assert got == ['First part.\n\n"Second part.']


def test_normalized_matching_maps_back():
    hay = "Quote: “It’s  done — really,” he said."
    n, idx = normalize_for_match(hay)
    needle, _ = normalize_for_match('"it\'s done - really"')
    s, e = find_in(needle, n, idx)
    assert hay[s:e] == "It’s  done — really"


def test_counts_and_dates():
    assert [(v.value, v.unit) for v in find_counts("three rounds and 2 rounds, about 20 people in 2021")] == [
        (3.0, "round"), (2.0, "round"), (20.0, "people")]
    assert find_counts("about 20 people")[0].approx
    vals = [v.value for v in find_dates("on Jan. 9 and in March, then 27.12.2021", "2021-12-27")]
    assert vals[:2] == ["2021-12-27", "2022-01-09"] or set(vals) >= {"2022-01-09", "2021-12-27"}
    assert compare_dates("2022-01", "2022-01-09") == "precision"
    assert compare_dates("2022-01-09", "2022-01-19") == "differ"
    assert compare_dates("2022", "2022-01") == "precision"


def test_timeline_from_time_functions(ledger, texts):
    pytest.importorskip("newsweave.analyze.time")
    assert ledger["meta"]["timeline"] is True and ledger["timeline"]
    dates = {t["date"] for t in ledger["timeline"]}
    assert "2025-03-14" in dates and "2025-03-04" in dates
    for t in ledger["timeline"]:
        assert t["citations"] and all(texts[c["article_id"]][c["start"]:c["end"]] for c in t["citations"])


def test_quote_search_is_bounded():
    """An unclosed opener looks at most MAX_QUOTE_CHARS ahead (bare quote marks once made the
    search quadratic); a quote that long is not a quotation, a normal one still is."""
    from newsweave.analyze import quotes as Q

    far = "“" + "word " * (Q.MAX_QUOTE_CHARS // 5 + 10) + "”"
    assert Q.find_quotes(far) == []
    near = 'He said: “We stay.” Then “we go.”'
    assert [near[s:e] for s, e in Q.find_quotes(near)] == ["We stay.", "we go."]


def test_also_in_links_stop_at_also_in_max_and_count_the_rest(gold):
    """Ten wire copies of one quote: each entry links at most also_in_max others, counts all nine."""
    from newsweave.settings import Settings

    line = "“We will not sign anything before the water question is settled,” said Mara Velk, the mayor of Orsen."
    arts = [Article(id=f"w{i}", source=f"w{i}", fmt="txt", raw=line, extracted=line,
                    text=f"Report {i} from the valley. {line} Talks go on.", title="Valley talks",
                    outlet=f"Outlet {i}", published="2025-03-04", language="en") for i in range(10)]
    full = build_ledger(arts, {"id": "s-w"}, Settings.load(environ={}))
    capped = build_ledger(arts, {"id": "s-w"}, Settings.load(environ={}, overrides={"ledger": {"also_in_max": 3}}))
    for qf, qc in zip(full["quotes"], capped["quotes"]):
        assert len(qf["also_in"]) == 9 and "also_in_total" not in qf
        assert qc["also_in"] == qf["also_in"][:3] and qc["also_in_total"] == 9
    assert len(capped["quotes"]) == 10  # every copy is still an entry of its own
