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


def test_shares_pair_structurally_only_when_the_words_around_them_match():
    sim = np.full((2, 2), 0.5)
    keys = {"a0": "s0", "a1": "s1"}
    same = _units("Turnout was 58%, according to the electoral board, which published the figures.",
                  "The results, published on Monday, put turnout at about 61%, the electoral board said.")
    assert structural_pairs(same, sim, [[0], [1]], keys, 0.3, 0.4) == [(0, 1)]
    # the same frame, but one share is turnout and the other a margin of votes
    other = _units("Turnout was 58%, according to the electoral board, which published the figures.",
                   "The electoral board published the figures: the mayor won 61% of valid votes.")
    assert structural_pairs(other, sim, [[0], [1]], keys, 0.3, 0.4) == []


def test_an_upper_case_not_after_a_noun_does_not_crash():
    from newsweave.analyze.values import negations
    t = "WORKERS NOT PAID FOR MONTHS, the union said."
    assert negations(t) == []
