"""Shares ("58%", "a 9 percent raise") and ages ("a 16-year-old boy") as comparable values."""

from __future__ import annotations

import numpy as np

from newsweave.analyze.claims import structural_pairs
from newsweave.analyze.contradictions import Unit, compare
from newsweave.analyze.values import AGE, PERCENT, find_counts


def _read(t: str) -> list[tuple[float, str, bool]]:
    return [(v.value, v.unit, v.approx) for v in find_counts(t)]


def _kinds(ta: str, tb: str) -> list[str]:
    def unit(aid: str, t: str) -> Unit:
        return Unit(aid, 0, len(t), t, counts=find_counts(t))
    return [c["kind"] for c in compare(unit("a", ta), unit("b", tb), similarity=0.9, text_a=ta, text_b=tb,
                                       article_entities={})]


def test_shares_are_read_in_several_spellings():
    assert _read("Turnout was 58%, the board said.") == [(58.0, PERCENT, False)]
    assert _read("The union wants a 9 percent pay rise.") == [(9.0, PERCENT, False)]
    assert _read("Die Inflation lag bei 4,75 Prozent.") == [(4.75, PERCENT, False)]
    assert _read("un aumento salarial del 9 % en dos años") == [(9.0, PERCENT, False)]
    assert _read("Inflation is at close to 7%.") == [(7.0, PERCENT, True)]
    # a change in percentage points is not a share
    assert all(u != PERCENT for _, u, _ in _read("Support rose 2 percent points."))


def test_ages_are_read_and_compared():
    assert _read("A 16-year-old boy died.") == [(16.0, AGE, False)]
    assert _read("The farmer, 67 years old, is missing.") == [(67.0, AGE, False)]
    assert _kinds("A 16-year-old boy died in the crush.", "A 19-year-old man died in the crush.") == ["number"]
    assert _kinds("A 16-year-old boy died in the crush.", "A 16-year-old boy was killed in the crush.") == []


def test_two_shares_disagree_and_a_hedged_share_admits_only_its_rounding():
    assert _kinds("The bank raised its rate to 4.75% on Thursday.",
                  "The bank raised its rate to 4.50% on Thursday.") == ["number"]
    assert _kinds("Shares fell about 6% on the exchange.", "Shares closed 6.2% lower on the exchange.") == ["precision"]
    # "about 61%" is not a rounding of 58%
    assert _kinds("Turnout was 58%.", "Turnout was about 61%.") == ["number"]
    # several shares on one side (inflation, last month's, the target): not comparable
    assert _kinds("Prices rose 6.8% in October, down from 7.1% in September.",
                  "Prices rose 6.5% in October.") == []


def _units(*texts: str) -> list[Unit]:
    return [Unit(f"a{i}", 0, len(t), t, counts=find_counts(t)) for i, t in enumerate(texts)]


def test_shares_and_ages_are_compared_only_between_units_aligned_by_meaning():
    # polls of many things share their frame ("a poll shows that N percent of Americans"):
    # a share never makes a structural pair, only an aligned one compares
    sim = np.full((2, 2), 0.5)
    keys = {"a0": "s0", "a1": "s1"}
    polls = _units("A Gallup poll shows that 16 percent of Americans approved of the oil company.",
                   "A Gallup poll shows that 24 percent of Americans approved of the president.")
    assert structural_pairs(polls, sim, [[0], [1]], keys, 0.3, 0.4) == []
    ages = _units("Police said a 16-year-old boy was arrested at the stadium on Saturday.",
                  "Police said a 19-year-old man was arrested at the stadium on Saturday.")
    assert structural_pairs(ages, sim, [[0], [1]], keys, 0.3, 0.4) == []


def test_a_share_of_something_else_or_far_away_is_not_compared():
    # the words next to the two shares name different things
    assert _kinds("Bacteria are nearly 13 percent of the world's biomass.",
                  "The deep subsurface holds 15% of the total biomass.") == []
    # "5 percent were white" and "94 percent were black": two shares, not one told twice
    assert _kinds("Only 5 percent of Washingtons were white in 2000.",
                  "Some 94 percent of Washingtons were black, the census says.") == []
    # several ages in a list belong to no one person
    assert _read("a ring of 14- and 15-year-old girls") == []


def test_an_upper_case_not_after_a_noun_does_not_crash():
    from newsweave.analyze.values import negations
    t = "WORKERS NOT PAID FOR MONTHS, the union said."
    assert not negations(t)
