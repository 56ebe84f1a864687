"""Margins, two vague counts, years we inferred, and negations that deny nothing."""

from __future__ import annotations

from newsweave.analyze.contradictions import Unit, compare
from newsweave.analyze.values import find_counts, find_dates, negations


def _kinds(ta: str, tb: str, dates: bool = False) -> list[str]:
    def unit(aid: str, t: str) -> Unit:
        return Unit(aid, 0, len(t), t, counts=find_counts(t), dates=find_dates(t, "2026-12-02") if dates else [])
    return [c["kind"] for c in compare(unit("a", ta), unit("b", tb), similarity=0.9, text_a=ta, text_b=tb,
                                       article_entities={})]


def test_a_margin_is_not_the_total():
    assert _kinds("Mayor Vik has won a third term by 312 votes.", "Mayor Vik finished with 23,906 votes.") == []
    assert _kinds("Vik was declared the winner of the election by just 213 votes.",
                  "Vik won the election by 312 votes.") == ["number"]


def test_two_vague_counts_disagree_unless_a_hedge_admits_the_other():
    assert _kinds("About 300,000 people have received the vaccine.",
                  "About 500,000 people have received the vaccine.") == ["number"]
    assert _kinds("About 300,000 people have received the vaccine.",
                  "Some 320,000 people have received the vaccine.") == ["precision"]


def test_negated_participle_after_a_noun_and_declined_to():
    t = "Pharmacies must return the doses not used."
    assert negations(t) == []
    t = "The doses were not used."
    assert [t[a:b] for a, b in negations(t)] == ["not"]
    t = "His office declined to comment."
    assert [t[a:b] for a, b in negations(t)] == ["declined to"]
    assert negations("Prices declined 5% in May.") == []
