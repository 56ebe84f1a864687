"""Entity, quote and contradiction rules added after the demo-corpus error analysis.

Every sentence here is written for these tests (fictional places, people and organisations).
"""

from __future__ import annotations

from newsweave.analyze.entities import EntityIndex, _norm_title, merge_mentions, rule_mentions, token_key
from newsweave.analyze.ledger import build_ledger
from newsweave.model import Article
from newsweave.settings import Settings


def _index(texts: dict[str, str], extra: dict[str, list[dict]] | None = None) -> EntityIndex:
    idx = EntityIndex()
    for aid, t in texts.items():
        idx.add_article(aid, t, merge_mentions(rule_mentions(t), (extra or {}).get(aid, [])))
    idx.build()
    return idx


def _m(text: str, surface: str, typ: str, nth: int = 0) -> dict:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(surface, pos + 1)
    return {"start": pos, "end": pos + len(surface), "text": surface, "type": typ, "src": "model"}


def _entity_of(idx: EntityIndex, aid: str, text: str, surface: str) -> str | None:
    s = text.index(surface)
    return idx.entity_at(aid, s, s + len(surface))


def test_lone_surname_joins_the_person_even_when_the_model_missed_it():
    a = "Foreign Minister Tomas Verrin arrived in Odrin on Monday."
    b = "The talks went well. Verrin said the next round would follow.\nVerrin’s office confirmed it."
    idx = _index({"a": a, "b": b})
    verrin = idx.lookup("Tomas Verrin")
    assert verrin and _entity_of(idx, "b", b, "Verrin") == verrin
    assert b.index("Verrin’s") in {m["start"] for m in idx.get(verrin)["mentions"] if m["article_id"] == "b"}
    # a capitalised word that only looks like a surname at a sentence start is left alone
    c = "Harbour pilots watched. Toll roads were closed."
    idx2 = _index({"a": "Commissioner Ines Toll spoke.", "c": c})
    assert _entity_of(idx2, "c", c, "Toll") is None


def test_lowercase_title_modifiers_are_part_of_the_title():
    a = "The deal was signed by the presidential envoy Mara Quell and the trade envoy Ilan Dorr."
    b = "The presidential envoy said the terms were fair."
    idx = _index({"a": a, "b": b})
    assert idx.resolve_title("the presidential envoy") == idx.lookup("Mara Quell")
    assert idx.resolve_title("the trade envoy") == idx.lookup("Ilan Dorr")
    assert idx.resolve_title("the envoy") is None  # two envoys


def test_deputy_is_not_the_minister():
    idx = _index({"a": "Deputy Foreign Minister Lisa Marn met Foreign Minister Oren Kald in Tesk.",
                  "b": "The Foreign Minister said little."})
    assert idx.resolve_title("The Foreign Minister") == idx.lookup("Oren Kald")
    assert idx.resolve_title("the deputy foreign minister") == idx.lookup("Lisa Marn")
    only_deputy = _index({"a": "Deputy Foreign Minister Lisa Marn met reporters."})
    assert only_deputy.resolve_title("the Foreign Minister") is None


def test_german_titles_and_nationality_adjectives():
    assert _norm_title("der Außenminister") == "foreign minister"
    assert _norm_title("Sicherheitsberater") == "security adviser"
    assert _norm_title("des Hafenbeauftragten") == "harbour commissioner"
    en = "Varenian Foreign Minister Rhea Abadi flew to Lisk."
    de = "Der varenische Außenminister landete in Lisk. Der Außenminister sagte wenig."
    idx = _index({"en": en, "de": de})
    abadi = idx.lookup("Rhea Abadi")
    assert idx.resolve_title("der varenische Außenminister") == abadi
    linked = {de[m["start"]:m["end"]] for m in idx.get(abadi)["mentions"] if m["article_id"] == "de"}
    assert linked == {"Der varenische Außenminister", "Der Außenminister"}


def test_title_phrase_with_a_complement():
    en = "Foreign Minister Rhea Abadi flew to Lisk."
    mt = "The Minister of Foreign Affairs of Varenia made briefing. The spokeswoman of the board declined."
    idx = _index({"en": en, "mt": mt})
    abadi = idx.get(idx.lookup("Rhea Abadi"))
    linked = {mt[m["start"]:m["end"]] for m in abadi["mentions"] if m["article_id"] == "mt"}
    assert linked == {"The Minister of Foreign Affairs of Varenia"}  # the whole descriptor, not "The Minister"


def test_german_country_names_and_demonyms():
    assert token_key("Varenien") == token_key("Varenia")
    assert token_key("Rumänien") == token_key("Rumania")
    assert token_key("Julien") != token_key("Julia")  # short given names are not country names
    t = "Varenia and Ostland met in Port Kellin. A Varenian boat docked at Port Kellin."
    idx = _index({"a": t}, {"a": [_m(t, "Varenia", "PERSON"), _m(t, "Port Kellin", "PERSON"),
                                  _m(t, "Port Kellin", "PERSON", 1)]})
    types = {e["name"]: e["type"] for e in idx.entities}
    assert types["Varenia"] == "GPE" and types["Port Kellin"] == "GPE"


def test_short_form_and_translated_name_with_the_same_acronym():
    en = "The Western Fisheries Council (WFC) met in Odrin. Later the council issued a statement."
    de = "Auch der Westliche Fischereirat (WFC) tagte."
    idx = _index({"en": en, "de": de})
    wfc = idx.lookup("Western Fisheries Council")
    assert wfc
    assert _entity_of(idx, "en", en, "the council") == wfc
    assert _entity_of(idx, "de", de, "Westliche Fischereirat") == wfc
    # "the council of elders" is another council
    other = "The Western Fisheries Council (WFC) met. The council of elders did not."
    idx2 = _index({"x": other})
    assert _entity_of(idx2, "x", other, "The council of elders") is None


def _ledger(texts: dict[str, str], lang: dict[str, str] | None = None) -> dict:
    arts = [Article(id=k, source=k, fmt="txt", raw=t, extracted=t, text=t, outlet=f"o-{k}", published="2025-03-03",
                    language=(lang or {}).get(k, "en")) for k, t in texts.items()]
    return build_ledger(arts, {"id": "s", "version": 1}, Settings.load(environ={}).replace({"ledger": {"ner": "rules"}}))


def test_quote_speakers_after_lowercase_titles_and_german_titles():
    led = _ledger({"en": '"We will not back down from this demand," said union leader Ivo Brandt on Monday.',
                   "de": "Außenminister Rhea Abadi reiste ab. Der Außenminister fügte hinzu: „Wir warten auf eine "
                         "klare Antwort.“",
                   "en2": "Foreign Minister Rhea Abadi left for Lisk."}, {"de": "de"})
    by_text = {q["text"]: q["speaker"] for q in led["quotes"]}
    assert by_text["We will not back down from this demand,"] == "Ivo Brandt"
    assert by_text["Wir warten auf eine klare Antwort."] == "Rhea Abadi"


def test_ner_in_worker_processes_gives_the_same_mentions():
    import pytest

    from newsweave.analyze.entities import load_spacy, model_mentions, model_mentions_parallel
    from newsweave.analyze.ledger import ner_processes, prefetch_mentions

    settings = Settings.load(environ={})
    model = settings.ledger.ner_model
    if load_spacy(model) is None:
        pytest.skip("spaCy model not installed")
    texts = [f"Minister Arlo Venn{i} met Ida Krall in Odrin on Monday, the Tessel Council said." for i in range(9)]
    assert model_mentions_parallel(texts, model, 2) == model_mentions(texts, model)
    cfg = settings.ledger
    assert ner_processes(cfg, 5) == 1 and ner_processes(cfg, 10_000) >= 1
    assert ner_processes(settings.replace({"ledger": {"ner_processes": 3}}).ledger, 1) == 3
    arts = [Article(id=f"a{i}", source="x", fmt="txt", raw=t, extracted=t, text=t, language="en")
            for i, t in enumerate(texts)]
    cache: dict = {}
    two = settings.replace({"ledger": {"ner_processes": 2}})
    assert prefetch_mentions(arts, two, cache.get, cache.__setitem__) == 9
    assert prefetch_mentions(arts, two, cache.get, cache.__setitem__) == 0  # all cached now
    # a ledger built from the prefetched cache equals one computed from scratch
    story = {"id": "s", "version": 1}
    assert build_ledger(arts, story, two, cache_get=cache.get) == build_ledger(arts, story, settings)


def test_nobody_versus_a_count_and_same_subject_negation():
    from newsweave.analyze.contradictions import same_subject_negated, zero_count_conflict

    hit = zero_count_conflict("Nobody was hurt, the mayor said.", "Three residents were badly hurt by glass.")
    assert hit and hit[1] == ("Nobody was hurt", "Three residents were badly hurt")
    assert zero_count_conflict("No one was hurt.", "Three residents were evacuated.") is None  # other predicate
    assert same_subject_negated("Bus lines to Kellin Bay were not disrupted, officials said.",
                                "Bus lines to Kellin Bay were also suspended for the night.")
    assert not same_subject_negated("Bus lines to Kellin Bay were not disrupted.", "Bus lines to Kellin Bay were not suspended.")
    assert not same_subject_negated("Orlan said the deal was not linked to the vote.",
                                    "The vote comes a week after Orlan announced the deal.")


def test_nobody_hurt_versus_people_hurt_is_contested_across_outlets():
    led = _ledger({"a": "A gas explosion shook a bakery in Tesk on Sunday morning. Nobody was hurt, the fire brigade said.",
                   "b": "An explosion destroyed a bakery in Tesk on Sunday. Four people were slightly hurt by flying glass, "
                        "a hospital spokesman said."})
    kinds = [(k["kind"], k["a_value"], k["b_value"]) for c in led["claims"] for k in c["conflicts"]]
    assert ("negation", "Nobody was hurt", "Four people were slightly hurt") in kinds


def test_span_index_answers_like_the_pairwise_scan():
    import random

    from newsweave.analyze.entities import _SpanIndex

    r = random.Random(3)
    for _ in range(500):
        spans = [(s, s + r.randint(1, 8)) for s in (r.randint(0, 40) for _ in range(r.randint(1, 12)))]
        ix = _SpanIndex(spans)
        for s, e in spans + [(q, q + r.randint(1, 8)) for q in (r.randint(0, 45) for _ in range(5))]:
            assert ix.contains_longer(s, e) == any(a <= s and e <= b and b - a > e - s for a, b in spans)
            assert ix.overlaps(s, e) == any(s < b and a < e for a, b in spans)


def test_claim_alignment_ties_go_to_the_earliest_cluster():
    import numpy as np

    from newsweave.analyze.claims import align
    from newsweave.analyze.contradictions import Unit

    # a1's two identical units sit in two clusters; b1's unit scores the same with both: the first wins
    units = [Unit("a1", 0, 1, "x"), Unit("a1", 2, 3, "x"), Unit("b1", 0, 1, "x"), Unit("c1", 0, 1, "y")]
    v = np.array([[1, 0], [1, 0], [1, 0], [0, 1]], dtype=np.float32)
    clusters, _ = align(units, v, threshold=0.5)
    assert clusters == [[0, 2], [1], [3]]


def test_many_witnesses_of_two_values_do_not_give_every_pair():
    """Four articles say 2,000 strikers and four say 3,000: each article is named in a conflict,
    but not all 16 cross pairs are listed (a big story's page ran to megabytes)."""
    two = "The union says 2,000 dock workers at Brennick joined the strike on Monday."
    three = "The union says 3,000 dock workers at Brennick joined the strike on Monday."
    texts = {f"a{i}": two for i in range(4)} | {f"b{i}": three for i in range(4)}
    led = _ledger(texts)
    conflicts = [k for c in led["claims"] for k in c["conflicts"] if k["kind"] == "number"]
    named = {k[side]["article_id"] for k in conflicts for side in ("a", "b")}
    assert named == set(texts)
    assert 4 <= len(conflicts) <= 8


def test_near_identical_articles_list_each_citation_once(monkeypatch):
    """Units forced into a claim by several structural pairs were listed once per pair, and every
    duplicate was compared with every other member (2.3 million comparisons in a hostile case)."""
    import random

    import newsweave.analyze.claims as claims_mod

    from tests.reliability.hostile import article_text

    rng = random.Random(3)
    texts = {f"a{i}": "\n\n".join(article_text(rng, 4, topic=0)) for i in range(30)}
    calls = []
    real = claims_mod.compare
    monkeypatch.setattr(claims_mod, "compare", lambda *a, **k: calls.append(1) or real(*a, **k))
    led = _ledger(texts)
    units = sum(len(c["citations"]) for c in led["claims"])
    for c in led["claims"]:
        keys = [(x["article_id"], x["start"], x["end"]) for x in c["citations"]]
        assert len(keys) == len(set(keys)), c["text"]
    # every comparison is between two listed units of one claim, or a structural candidate pair
    assert len(calls) <= units * units
