"""Negation, count and attribution rules added after the held-out gold became development data.

Every sentence here is written for these tests (fictional places, people and organisations).
"""

from __future__ import annotations

from newsweave.analyze.contradictions import Unit, compare, same_subject_negated
from newsweave.analyze.values import find_counts


def _negation(ta: str, tb: str) -> list[dict]:
    a, b = Unit("a", 0, len(ta), ta), Unit("b", 0, len(tb), tb)
    return [c for c in compare(a, b, similarity=0.9, text_a=ta, text_b=tb, article_entities={})
            if c["kind"] == "negation"]


def test_negated_predicate_with_a_shorter_subject_is_a_conflict():
    ta = "The depot's pump system was running during the night, the manager said, but the cellar flooded."
    tb = "The depot's pump was not running that night because of a power cut, a worker said."
    assert same_subject_negated(ta, tb)
    assert len(_negation(ta, tb)) == 1
    # plural subject and verb on one side, singular on the other
    ta = "The bus service to the airport was cancelled for a day."
    tb = "Buses to the airport were not cancelled, the operator said, though some ran late."
    assert same_subject_negated(ta, tb)
    assert len(_negation(ta, tb)) == 1


def test_negation_needs_the_same_predicate_and_a_contained_subject():
    # another predicate: "not cancelled" does not deny "delayed"
    assert not same_subject_negated("The bus service to the airport was delayed for a day.",
                                    "Buses to the airport were not cancelled, the operator said.")
    # subjects that merely overlap are different things
    assert not same_subject_negated("The depot's pump system was running.", "The depot's water pump was not running.")
    # both negated, or neither: no conflict
    assert not same_subject_negated("The depot's pump system was not running.", "The depot's pump was not running.")
    assert _negation("The depot's pump system was running.", "The depot's pump was running.") == []


def test_an_aligned_restatement_of_the_affirmed_side_also_contradicts_the_negation():
    import numpy as np

    from newsweave.analyze.contradictions import negation_witnesses

    texts = ["The bus service to the airport was cancelled for a day.",
             "Buses to the airport were not cancelled, the operator said.",
             "Der Busverkehr zum Flughafen wurde für einen Tag eingestellt.",
             "The bus traffic to the airport did not stop, a driver said."]
    units = [Unit(f"a{k}", 0, len(t), t) for k, t in enumerate(texts)]
    rec = _negation(texts[0], texts[1])[0]
    rec["a"]["article_id"], rec["b"]["article_id"] = "a0", "a1"
    sim = np.array([[1.0, 0.7, 0.8, 0.7], [0.7, 1.0, 0.6, 0.8], [0.8, 0.6, 1.0, 0.6], [0.7, 0.8, 0.6, 1.0]])
    src = {f"a{k}": f"a{k}" for k in range(4)}
    out = negation_witnesses([0, 1, 2, 3], units, sim, [rec], src, 0.55)
    # the German restatement is paired with the negated side; the negated fourth text is not a witness
    assert [(r["a"]["article_id"], r["b"]["article_id"], r["a_value"], r["b_value"]) for r in out] == \
        [("a1", "a2", "not", "")]
    # a restatement closer to the negated side, or too far from the affirmed one, takes no side
    sim[2, 0] = sim[0, 2] = 0.5
    assert negation_witnesses([0, 1, 2, 3], units, sim, [rec], src, 0.55) == []
    sim[2, 0] = sim[0, 2] = 0.7
    sim[2, 1] = sim[1, 2] = 0.75
    assert negation_witnesses([0, 1, 2, 3], units, sim, [rec], src, 0.55) == []
    # another copy of the negating source is not a witness against it
    src["a2"] = "a1"
    sim[2, 1] = sim[1, 2] = 0.6
    assert negation_witnesses([0, 1, 2, 3], units, sim, [rec], src, 0.55) == []


def _counts(text: str) -> list[tuple[str, float, str]]:
    return [(text[v.start:v.end], v.value, v.unit) for v in find_counts(text)]


def test_hyphenated_spelled_out_numbers_at_sentence_start():
    assert _counts("Thirty-four dockers walked out.") == [("Thirty-four dockers", 34.0, "docker")]
    assert _counts("Only forty-one ferries sailed.") == [("forty-one ferries", 41.0, "ferry")]


def test_french_and_german_number_words_and_nouns():
    assert _counts("Huit tableaux ont disparu.") == [("Huit tableaux", 8.0, "painting")]
    assert _counts("Zwanzig Bergleute fuhren ein.") == [("Zwanzig Bergleute", 20.0, "miner")]
    assert _counts("Douze personnes ont été évacuées.") == [("Douze personnes", 12.0, "people")]
    # the article "une" is no count
    assert _counts("Une enquête a été ouverte.") == []


def test_dot_before_three_digits_is_a_thousands_separator():
    assert _counts("The outage hit 25.000 households in Velm.") == [("25.000 households", 25000.0, "household")]
    assert _counts("Im Sturm waren 1.250.000 Haushalte ohne Strom.") == \
        [("1.250.000 Haushalte", 1250000.0, "household")]
    # real decimals stay decimals
    assert _counts("Prices rose 3.5 percent; 0.125 metres of rain; 2.50 metres; 12.5 tonnes.") == \
        [("3.5 percent", 3.5, "percent"), ("0.125 metres", 0.125, "metre"), ("2.50 metres", 2.5, "metre"), ("12.5 tonnes", 12.5, "tonne")]
    # the same count in German and English notation is one value: no conflict
    ta, tb = "The storm left 25,000 households in Velm without power.", "The storm left 25.000 homes in Velm without power."
    a, b = Unit("a", 0, len(ta), ta, counts=find_counts(ta)), Unit("b", 0, len(tb), tb, counts=find_counts(tb))
    assert compare(a, b, similarity=0.9, text_a=ta, text_b=tb, article_entities={}) == []


def test_speeds_in_three_notations_are_one_unit():
    assert _counts("Gusts reached 120 km/h.") == [("120 km/h", 120.0, "km/h")]
    assert _counts("Gusts of 130 kilometres per hour.") == [("130 kilometres per hour", 130.0, "km/h")]
    assert _counts("Böen mit 150 Kilometern pro Stunde.") == [("150 Kilometern pro Stunde", 150.0, "km/h")]
    assert _counts("The depot is 30 kilometres away.") == [("30 kilometres", 30.0, "kilometer")]


def test_a_hedge_far_from_the_other_count_is_a_number_conflict():
    def kinds(ta, tb):
        a, b = Unit("a", 0, len(ta), ta, counts=find_counts(ta)), Unit("b", 0, len(tb), tb, counts=find_counts(tb))
        return [c["kind"] for c in compare(a, b, similarity=0.9, text_a=ta, text_b=tb, article_entities={})]

    assert kinds("Some 12,000 homes in Velm lost power.", "In Velm 30,000 homes lost power.") == ["number"]
    assert kinds("Some 28,000 homes in Velm lost power.", "In Velm 30,000 homes lost power.") == ["precision"]


def _speakers(text: str, people: dict[str, str], titles: dict[str, str] | None = None) -> list[tuple[str, str | None]]:
    """(quote, speaker id) with names resolved from ``people`` (name -> id) and titles from ``titles``."""
    import re

    from newsweave.analyze.quotes import attribute, find_quotes
    from newsweave.analyze.sentences import split_sentences

    marks = [(m.start(), m.end(), eid) for name, eid in people.items() for m in re.finditer(re.escape(name), text)]

    def resolve_name(s, e, name):
        return next((eid for ms, me, eid in marks if ms < e and s < me), None) or people.get(name)

    def persons_before(pos, pronoun=None):
        prior = [(ms, eid) for ms, me, eid in marks if me <= pos]
        return (max(prior)[1], None) if prior else (None, None)

    quotes = find_quotes(text)
    recs = attribute(text, quotes, split_sentences(text), resolve_name, lambda p: (titles or {}).get(p.lower()),
                     persons_before)
    return [(text[r["start"]:r["end"]][:12], r["speaker_id"]) for r in recs]


def test_french_guillemets_with_a_verb_after_and_an_inverted_pronoun():
    text = ("Le ministre de la Santé, Paul Verlaine-Roux, a visité l'hôpital.\n\n"
            "« Nous ouvrirons deux salles », a déclaré le ministre devant la presse.\n\n"
            "La directrice, Anne Colbec, a précisé les chiffres. « Le service reste ouvert », a-t-elle ajouté.\n\n"
            "Paul Verlaine-Roux a dit : « Rien n'est décidé. »")
    got = _speakers(text, {"Paul Verlaine-Roux": "p1", "Anne Colbec": "p2"}, {"the minister": "p1"})
    assert got == [("Nous ouvriro", "p1"), ("Le service r", "p2"), ("Rien n'est d", "p1")]


def test_title_with_an_acronym_before_the_name_and_descriptors_after_said():
    text = ('"The pumps are running," VTK spokeswoman Ilse Marou said.\n\n'
            '"We warned them twice", said dock workers\' leader Tomas Brandl.')
    got = _speakers(text, {"Ilse Marou": "p1", "Tomas Brandl": "p2"})
    # the speaker is the person after the title, not the organisation
    assert got == [("The pumps ar", "p1"), ("We warned th", "p2")]
    # an unknown capitalised word after descriptors gives no speaker rather than a wrong one
    assert _speakers('"It was quiet", said local fisherman Nobody.', {}) == [("It was quiet", None)]


def test_an_appositive_with_a_verb_of_saying_is_no_title():
    from newsweave.analyze.entities import _TITLE_AFTER

    assert _TITLE_AFTER.match(", announced Tuesday the minister of the Culture, Etienne Marshal") is None
    m = _TITLE_AFTER.match(", the transport minister, said on Friday")
    assert m and m.group(1) == "transport minister"


def test_a_translation_aligned_with_a_group_unit_is_a_count_witness():
    from newsweave.analyze.contradictions import extend_by_witnesses

    ta = "Gusts of 150 km/h hit the west coast of Velm."
    tb = "Winds reached 120 km/h on the exposed coast."
    tc = "Gusts of 150 kilometres per hour tore at the west coast."  # a translation of d
    td = "Böen von 150 Kilometern pro Stunde rissen an der Westküste."
    texts = {"a": ta, "b": tb, "c": tc, "d": td}
    ua, ub, uc, ud = (Unit(k, 0, len(t), t, counts=find_counts(t)) for k, t in texts.items())
    rec = {"kind": "number", "reason": "", "a_value": 150.0, "b_value": 120.0,
           "a": {"article_id": "a", "start": ua.counts[0].start, "end": ua.counts[0].end},
           "b": {"article_id": "b", "start": ub.counts[0].start, "end": ub.counts[0].end}}

    def run(with_translation_claim: bool) -> set:
        claims = [{"id": "c1", "status": "contested", "conflicts": [dict(rec)], "support": ["a", "b", "c"],
                   "citations": [{"article_id": u.article_id, "start": 0, "end": u.end} for u in (ua, ub, uc)]}]
        if with_translation_claim:
            claims.append({"id": "c2", "status": "corroborated", "conflicts": [], "support": ["c", "d"],
                           "citations": [{"article_id": u.article_id, "start": 0, "end": u.end} for u in (uc, ud)]})
        extend_by_witnesses(claims, [ua, ub, uc, ud], texts, {k: k for k in texts})
        return {tuple(sorted((k["a"]["article_id"], k["b"]["article_id"]))) for c in claims for k in c["conflicts"]}

    # c shares words with a; d shares none with anyone, and is a witness only through its claim with c
    assert ("b", "d") in run(True)
    assert ("b", "d") not in run(False)


def test_a_denied_predicate_is_found_when_the_other_side_negates_something_else():
    ta = "The north tunnel was checked in May and no leaks were found, the operator said."
    tb = "The north tunnel was not checked in May, the union said."
    got = _negation(ta, tb)
    assert len(got) == 1 and got[0]["b_value"] == "not" and tb[got[0]["b"]["start"]:got[0]["b"]["end"]] == "not"
    # both deny the predicate: no conflict
    assert _negation("The north tunnel was not checked in May and no leaks were reported.",
                     "The north tunnel was not checked in May, the union said.") == []


def test_negation_witnesses_cite_each_article_once_per_side():
    import numpy as np

    from newsweave.analyze.contradictions import negation_witnesses

    ta = "The bus service to the airport was cancelled for a day."
    tb = "Buses to the airport were not cancelled, the operator said."
    n = 40  # even: affirming copies, odd: negating copies
    units = [Unit(f"a{i}", 0, len(ta if i % 2 == 0 else tb), ta if i % 2 == 0 else tb) for i in range(n)]
    sim = np.full((n, n), 0.6)
    sim[np.ix_(range(0, n, 2), range(0, n, 2))] = 0.9
    src = {u.article_id: u.article_id for u in units}
    rec = _negation(ta, tb)[0]
    rec["a"]["article_id"], rec["b"]["article_id"] = "a0", "a1"
    out = negation_witnesses(list(range(n)), units, sim, [rec], src, 0.55)
    aff = [r["a"]["article_id"] if r["b_value"] else r["b"]["article_id"] for r in out]
    # each of the 19 other affirming copies once, not once per negating copy (19 * 20)
    assert sorted(aff) == sorted(f"a{i}" for i in range(2, n, 2))
