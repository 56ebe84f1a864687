"""Margins told with -ing verbs, sums in any currency, replies."""

from __future__ import annotations

from newsweave.analyze.contradictions import Unit, compare
from newsweave.analyze.values import MONEY_UNITS, find_counts, negations


def _unit(aid: str, t: str) -> Unit:
    return Unit(aid, 0, len(t), t, counts=find_counts(t))


def _kinds(ta: str, tb: str) -> list[str]:
    return [c["kind"] for c in compare(_unit("a", ta), _unit("b", tb), similarity=0.9, text_a=ta, text_b=tb,
                                       article_entities={})]


def test_a_margin_told_with_an_ing_verb_is_not_a_time():
    assert _kinds("She won the marathon in 2 hours 19 minutes 8 seconds.",
                  "She won the marathon, beating the runner-up by 48 seconds.") == []


def test_sums_in_any_currency_and_two_sums_far_apart():
    assert {"florin", "franc", "krona", "yen"} <= MONEY_UNITS
    assert [(v.value, v.unit) for v in find_counts("a deal worth 300,000 florins a year")] == [(300000.0, "florin")]
    # a budget and a sponsor's deal in sentences alike are two sums
    assert _kinds("The agency's budget this year is 14 million florins.",
                  "Her sponsor deal this year is worth 300,000 florins.") == []
    assert _kinds("The contract is worth 4.5 million euros.", "The contract is worth 6 million euros.") == ["number"]


def test_rejecting_a_pronoun_denies_nothing_comparable():
    assert not negations("The chief executive rejected that.")
    assert not negations("She denied it, the paper said.")
    t = "She denied that the plant had leaked."
    assert [t[a:b] for a, b in negations(t)] == ["denied"]
