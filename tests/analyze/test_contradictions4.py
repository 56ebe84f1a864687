"""Count, date, place and participant rules added after the second demo-corpus error analysis.

Every sentence here is written for these tests (fictional places, people and organisations).
"""

from __future__ import annotations

from newsweave.analyze.values import find_counts


def _counts(text: str) -> list[tuple[str, float, str, bool]]:
    return [(text[v.start:v.end], v.value, v.unit, v.approx) for v in find_counts(text)]


def test_no_one_is_not_a_count_and_verbs_are_not_units():
    assert _counts("No one was hurt in Tesk, the brigade said.") == []
    assert _counts("Nobody saw it; one was found later.") == []
    assert _counts("Only one ferry sailed.") == [("one ferry", 1.0, "ferry", False)]


def test_more_rounds_after_the_first_round_add_up():
    t = "The first stage will run in Orvik in May and will be followed by two more stages in June."
    span = "The first stage will run in Orvik in May and will be followed by two more stages"
    assert _counts(t) == [(span, 3.0, "stage", False)]
    # without a first one named, "two more" says nothing about the total
    assert _counts("Officials expect two more stages before the vote.") == []


def test_german_nouns_and_synonyms_share_a_unit():
    assert _counts("Die zweite von vier Runden findet in Lask statt.") == [("vier Runden", 4.0, "round", False)]
    assert _counts("Im Hafen lagen 17 Schiffe.") == [("17 Schiffe", 17.0, "ship", False)]
    assert _counts("Nearly twenty vessels waited.") == [("twenty vessels", 20.0, "ship", True)]
    assert _counts("Am Freitag kamen 3 Ministerinnen.") == []  # a capitalised word after digits: not known


def _unit(aid: str, text: str, counts=(), dates=(), places=None, entities=()):
    from newsweave.analyze.contradictions import Unit

    u = Unit(aid, 0, len(text), text, counts=list(counts), dates=list(dates), entities=set(entities))
    u.places = dict(places or {})
    return u


def _span(text: str, s: str) -> tuple[int, int]:
    i = text.index(s)
    return i, i + len(s)


def _record(kind, ua, sa, ub, sb, va, vb):
    return {"kind": kind, "reason": "", "a": {"article_id": ua.article_id, "start": sa[0], "end": sa[1]},
            "b": {"article_id": ub.article_id, "start": sb[0], "end": sb[1]}, "a_value": va, "b_value": vb}


def _claims_with(records, units):
    return [{"id": "c1", "status": "contested", "conflicts": list(records), "support": [u.article_id for u in units],
             "citations": [{"article_id": u.article_id, "start": u.start, "end": u.end} for u in units]}]


def test_a_third_source_repeating_a_contested_count_is_a_witness():
    from newsweave.analyze.contradictions import extend_by_witnesses
    from newsweave.analyze.values import Value

    ta = "Lask and Orvik will hold their talks in four rounds, the envoys agreed."
    tb = "The envoys agreed on three rounds of talks, the first in Tesk."
    tc = "According to Orvik, the talks will be consisting from four rounds."  # worded apart: another claim
    td = "Four rounds of golf were played at the club on Sunday."  # same count, nothing else shared
    te = "Of the four rounds of talks Orvik wants, two rounds would be held in Lask."  # which count is meant?
    texts = {"a": ta, "b": tb, "c": tc, "d": td, "e": te}
    cnt = lambda t, s, n: Value("count", n, *_span(t, s), unit="round")  # noqa: E731
    ua, ub = _unit("a", ta, [cnt(ta, "four rounds", 4.0)]), _unit("b", tb, [cnt(tb, "three rounds", 3.0)])
    uc, ud = _unit("c", tc, [cnt(tc, "four rounds", 4.0)]), _unit("d", td, [cnt(td, "Four rounds", 4.0)])
    ue = _unit("e", te, [cnt(te, "four rounds", 4.0), cnt(te, "two rounds", 2.0)])
    claims = _claims_with([_record("number", ua, _span(ta, "four rounds"), ub, _span(tb, "three rounds"), 4.0, 3.0)],
                          [ua, ub])
    extend_by_witnesses(claims, [ua, ub, uc, ud, ue], texts, {k: k for k in texts})
    got = {(k["kind"], *sorted((k["a"]["article_id"], k["b"]["article_id"]))) for k in claims[0]["conflicts"]}
    assert got == {("number", "a", "b"), ("number", "b", "c")}
    # the witness is cited by the claim, so the evidence matrix shows outlet c on its side
    assert {x["article_id"] for x in claims[0]["citations"]} == {"a", "b", "c"}


def test_dates_linked_by_records_get_precision_notes_but_no_new_contradiction():
    from newsweave.analyze.contradictions import extend_by_witnesses
    from newsweave.analyze.values import Value

    ta, tb = "The talks open on March 4 in Tesk.", "The talks open on March 14 in Tesk."
    tc = "Talks are expected in March, officials said."
    day = lambda t, s, v: Value("date", v, *_span(t, s), granularity="day")  # noqa: E731
    ua = _unit("a", ta, dates=[day(ta, "March 4", "2025-03-04")])
    ub = _unit("b", tb, dates=[day(tb, "March 14", "2025-03-14")])
    uc = _unit("c", tc, dates=[Value("date", "2025-03", *_span(tc, "March"), granularity="month")])
    recs = [_record("date", ua, _span(ta, "March 4"), ub, _span(tb, "March 14"), "2025-03-04", "2025-03-14"),
            _record("precision", uc, _span(tc, "March"), ua, _span(ta, "March 4"), "2025-03", "2025-03-04")]
    claims = _claims_with(recs, [ua, ub, uc])
    extend_by_witnesses(claims, [ua, ub, uc], {"a": ta, "b": tb, "c": tc}, {"a": "a", "b": "b", "c": "c"})
    new = [(k["kind"], *sorted((k["a"]["article_id"], k["b"]["article_id"]))) for k in claims[0]["conflicts"][2:]]
    assert new == [("precision", "b", "c")]


def test_place_witnesses_skip_where_a_source_sits_and_self_contradicting_articles():
    from newsweave.analyze.contradictions import extend_by_witnesses

    ta = "The first round of talks will take place in Tesk, the envoy said."
    tb = "The first round of talks will take place in Brill."
    tc = "The second round of talks will be in Tesk as well."
    td = "The ministry in Tesk said the first round of talks was prepared."
    te = "Talks begin in Tesk, though the first round of talks may move to Brill."
    ua, ub = _unit("a", ta, places={"P1": _span(ta, "Tesk")}, entities={"P1"}), \
        _unit("b", tb, places={"P2": _span(tb, "Brill")}, entities={"P2"})
    uc = _unit("c", tc, places={"P1": _span(tc, "Tesk")}, entities={"P1"})
    ud = _unit("d", td, places={"P1": _span(td, "Tesk")}, entities={"P1"})
    ue = _unit("e", te, places={"P1": _span(te, "Tesk"), "P2": _span(te, "Brill")}, entities={"P1", "P2"})
    claims = _claims_with([_record("place", ua, _span(ta, "Tesk"), ub, _span(tb, "Brill"), "Tesk", "Brill")], [ua, ub])
    texts = {"a": ta, "b": tb, "c": tc, "d": td, "e": te}
    extend_by_witnesses(claims, [ua, ub, uc, ud, ue], texts, {k: k for k in texts})
    got = {(k["kind"], *sorted((k["a"]["article_id"], k["b"]["article_id"]))) for k in claims[0]["conflicts"]}
    assert got == {("place", "a", "b"), ("place", "b", "c")}


def test_roles_read_active_passive_and_german_forms():
    from newsweave.analyze.contradictions import roles

    got = [(k, h) for k, h, _ in roles("Talks were prepared by Ilse Morn and Kellen's envoy Tomas Rell, who will lead "
                                       "the Kellenian delegation.")]
    assert got == [(("delega", "kelle"), "Rell")]
    assert [(k, h) for k, h, _ in roles("Kellen's delegation will be led by Deputy Foreign Minister Anna Varek.")] == [
        (("delega", "kelle"), "Varek")]
    assert [(k, h) for k, h, _ in roles("Die Delegation Kellens wird von Botschafter Tomas Rell geleitet.")] == [
        (("delega", "kelle"), "Rell")]
    assert roles("Rell took the lead in the talks.") == []


def test_two_sources_giving_one_role_to_different_people_conflict():
    from newsweave.analyze.contradictions import add_role_conflicts

    ta = "Kellen's envoy Tomas Rell, who will lead the Kellenian delegation, arrived on Monday."
    tb = "Kellen's delegation will be led by Deputy Foreign Minister Anna Varek, the ministry said."
    tc = "The Lisk delegation will be led by Jorge Pata."  # another delegation
    td = "Kellen's delegation will be led by Tomas Rel, officials said."  # the same man, misspelt
    texts = {"a": ta, "b": tb, "c": tc, "d": td}
    us = [_unit(k, t) for k, t in texts.items()]
    for u in us:
        u.persons = {"p": (0, 1)}
    claims = [{"id": f"c{i}", "status": "corroborated", "conflicts": [],
               "citations": [{"article_id": u.article_id, "start": 0, "end": len(u.text)}]} for i, u in enumerate(us)]
    add_role_conflicts(claims, us, texts, {k: k for k in texts})
    got = [(k["kind"], *sorted((k["a_value"], k["b_value"]))) for c in claims for k in c["conflicts"]]
    assert sorted(got) == [("name", "Rel", "Varek"), ("name", "Rell", "Varek")]
    assert claims[0]["status"] == "contested" and claims[2]["status"] == "corroborated"


def test_hedged_count_and_exact_count_of_the_only_ships_get_a_precision_note():
    from newsweave.analyze.contradictions import add_hedged_count_notes, hedge_allows
    from newsweave.analyze.values import Value, find_counts

    texts = {"a": "More than thirty vessels lay at anchor off the harbour on Friday.",
             "b": "Harbour master Ivo Brandt said 34 ships were waiting to unload.",
             "c": "Brandt said 25 ships were waiting outside the harbour.",  # below "more than thirty"
             "d": "About 31 ships took part in the regatta near Lisk.",  # nothing shared but the ships
             "e": "Brandt said the harbour was about 7 miles long.", "f": "The harbour is 8 miles wide."}  # measures
    us = [_unit(k, t, find_counts(t)) for k, t in texts.items()]
    claims = [{"id": f"c{i}", "status": "single_source", "conflicts": [],
               "citations": [{"article_id": u.article_id, "start": 0, "end": len(u.text)}]} for i, u in enumerate(us)]
    add_hedged_count_notes(claims, us, texts, {k: k for k in texts})
    cited = lambda x: texts[x["article_id"]][x["start"]:x["end"]]  # noqa: E731
    got = [(k["kind"], cited(k["a"]), cited(k["b"])) for c in claims for k in c["conflicts"]]
    assert got == [("precision", "More than thirty vessels", "34 ships")]
    assert all(c["status"] == "single_source" for c in claims)  # a note does not contest a claim
    t = "about 20 people and fewer than 10 cars"
    people, cars = find_counts(t)
    n = lambda x: Value("count", x, 0, 0)  # noqa: E731
    assert hedge_allows(t, people, n(23.0)) and not hedge_allows(t, people, n(30.0))
    assert hedge_allows(t, cars, n(9.0)) and not hedge_allows(t, cars, n(12.0))


def test_a_value_many_copies_restate_pairs_each_article_once():
    """600 outlets say four rounds, 400 say three: each article is paired once, not 240,000 pairs."""
    from newsweave.analyze.contradictions import extend_by_witnesses
    from newsweave.analyze.values import Value

    texts, units = {}, []
    for i in range(1000):
        n, word = (4.0, "four") if i < 600 else (3.0, "three")
        t = f"Lask and Orvik will hold {word} rounds of talks, envoy {i} said."
        texts[f"a{i}"] = t
        s = t.index(word)
        units.append(_unit(f"a{i}", t, [Value("count", n, s, s + len(word) + 7, unit="round")], entities={"Lask"}))
    claims = _claims_with([_record("number", units[0], (units[0].counts[0].start, units[0].counts[0].end), units[600],
                                   (units[600].counts[0].start, units[600].counts[0].end), 4.0, 3.0)], units[:1])
    extend_by_witnesses(claims, units, texts, {k: k for k in texts})
    pairs = [(k["a"]["article_id"], k["b"]["article_id"]) for k in claims[0]["conflicts"]]
    assert {a for p in pairs for a in p} == set(texts)  # every witness is cited
    assert len(pairs) <= 1000


def test_copies_of_a_hedged_count_and_of_a_role_are_each_cited_once():
    from newsweave.analyze.contradictions import add_hedged_count_notes, add_role_conflicts
    from newsweave.analyze.values import find_counts

    texts = {f"h{i}": "More than thirty vessels lay off the harbour." for i in range(300)}
    texts.update({f"x{i}": "Brandt said 34 ships were waiting outside the harbour." for i in range(300)})
    texts.update({f"r{i}": "Tomas Rell, who will lead the Kellenian delegation, left." for i in range(200)})
    texts.update({f"v{i}": "Kellen's delegation will be led by Anna Varek." for i in range(200)})
    us = [_unit(k, t, find_counts(t)) for k, t in texts.items()]
    for u in us:
        u.persons = {"p": (0, 1)}
    claims = [{"id": f"c{i}", "status": "single_source", "conflicts": [],
               "citations": [{"article_id": u.article_id, "start": 0, "end": len(u.text)}]} for i, u in enumerate(us)]
    add_hedged_count_notes(claims, us, texts, {k: k for k in texts})
    add_role_conflicts(claims, us, texts, {k: k for k in texts})
    ks = [k for c in claims for k in c["conflicts"]]
    notes, names = [k for k in ks if k["kind"] == "precision"], [k for k in ks if k["kind"] == "name"]
    assert len(notes) == 300 and {k[s]["article_id"] for k in notes for s in "ab"} == {k for k in texts if k[0] in "hx"}
    assert len(names) == 200 and {k[s]["article_id"] for k in names for s in "ab"} == {k for k in texts if k[0] in "rv"}
