"""Session 16 rules, found on the even sets of rounds 25-30 (read as development data after their
blind measurement) and on the real-news false conflicts labelled by eye. Every sentence here is
ours."""

from __future__ import annotations

from newsweave.analyze.contradictions import Unit, compare


def _compare(x: str, y: str) -> list[str]:
    a, b = Unit("a", 0, len(x), x), Unit("b", 0, len(y), y)
    return [k["kind"] for k in compare(a, b, similarity=0.9, text_a=x, text_b=y, article_entities={})]


def test_a_denial_in_someones_own_words_is_no_conflict_of_reports():
    # what a person said is in the quote ledger; outlets that keep other words of it, or report
    # the opposite, do not disagree with each other on a fact through it
    assert "negation" not in _compare("“Freight sailings will not be affected,” said the operator's chief, Ivo Sallis.",
                                      "Freight sailings will be affected too, the operator said on Monday.")
    assert "negation" not in _compare(
        "“The relief ship will not run on the days the harbour is shared with the feed boats,” said Mr Ivo "
        "Sallis, head of Brannock Ferries.",
        "The relief ship will run on the days the harbour is shared with the feed boats, Brannock Ferries said.")
    # the same denial in an outlet's own words still is one
    assert "negation" in _compare("Freight sailings will not be affected, said the operator's chief, Ivo Sallis.",
                                  "Freight sailings will be affected too, the operator said on Monday.")
