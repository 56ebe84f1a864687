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


def _ledger_conflicts(*texts: str) -> list[tuple[str, str, str]]:
    from test_quotes7 import _art

    from newsweave.analyze.ledger import build_ledger
    from newsweave.settings import Settings
    arts = {f"a{i}": t for i, t in enumerate(texts)}
    led = build_ledger([_art(k, t) for k, t in arts.items()], {"id": "s", "version": 1}, Settings.load(environ={}))
    return [(k["kind"], arts[k["a"]["article_id"]][k["a"]["start"]:k["a"]["end"]],
             arts[k["b"]["article_id"]][k["b"]["start"]:k["b"]["end"]], k["a"]["start"])
            for c in led["claims"] for k in c["conflicts"]]


def test_a_count_in_a_headline_is_cited_where_the_body_tells_it_again():
    got = _ledger_conflicts(
        "Harbour line folds: 3 500 travellers stranded, 412 staff out of work\n\nThe Brannock Harbour Line stopped "
        "sailing on Tuesday after the court placed it in liquidation. Around 3 500 travellers are stranded on the "
        "islands. The 412 staff learned the news by email shortly after midnight.",
        "The Brannock Harbour Line ceased trading on Tuesday, leaving 3,480 travellers stranded on the islands and "
        "its 380 staff out of work, the liquidator said.")
    # the body's "412 staff", not the headline's; and the body's "Around 3 500" shows the
    # headline only rounded: a precision note, no conflict
    assert ("number", "412 staff", "380 staff") in [g[:3] for g in got]
    assert all(g[3] > 70 for g in got if g[1] == "412 staff")
    assert [g[0] for g in got if "3 500" in g[1]] == ["precision"]


def test_a_headline_count_the_body_never_tells_again_keeps_its_citation():
    from newsweave.analyze.claims import headline_end
    got = _ledger_conflicts(
        "Harbour line folds with 412 staff out of work\n\nThe Brannock Harbour Line stopped sailing on Tuesday "
        "after the court placed it in liquidation.",
        "The Brannock Harbour Line ceased trading on Tuesday, leaving its 380 staff out of work, the liquidator said.")
    assert ("number", "412 staff", "380 staff", 24) in got
    assert headline_end("Harbour line folds: 412 staff out of work\n\nThe line stopped sailing.") == 41
    assert headline_end("The line stopped sailing on Tuesday.\n\nIts 412 staff were told by email.") == 0
    assert headline_end("One line only, no paragraph after it") == 0
