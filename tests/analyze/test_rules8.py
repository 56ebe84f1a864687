"""Session 8 rules: another time's facts, a part against its whole, compound first names."""

from __future__ import annotations

from newsweave.analyze.contradictions import Unit, compare
from newsweave.analyze.entities import first_near
from newsweave.analyze.ledger import is_background
from newsweave.analyze.values import find_counts, find_dates

DCT = "2026-11-14"


def _unit(aid: str, t: str) -> Unit:
    u = Unit(aid, 0, len(t), t, counts=find_counts(t), dates=find_dates(t, DCT))
    u.background = any(is_background(t, v, DCT) for v in u.dates)
    return u


def _kinds(ta: str, tb: str) -> list[str]:
    return [c["kind"] for c in compare(_unit("a", ta), _unit("b", tb), similarity=0.9, text_a=ta, text_b=tb,
                                       article_entities={})]


def test_a_date_well_before_publication_sets_the_clause_in_another_time():
    t = "In April, 61 guests fell ill at the Harlow spa."
    assert [is_background(t, v, DCT) for v in find_dates(t, DCT)] == [True]
    t = "The last flood in the valley was in 2011."
    assert [is_background(t, v, DCT) for v in find_dates(t, DCT)] == [True]
    # the founding year of a thing named in the clause dates the thing, not the clause
    t = "The spa, opened in 1994, employs 120 staff."
    assert [is_background(t, v, DCT) for v in find_dates(t, DCT)] == [False]
    # this month is the story's own time
    t = "On November 3, 74 guests fell ill."
    assert [is_background(t, v, DCT) for v in find_dates(t, DCT)] == [False]


def test_counts_of_another_time_do_not_contradict_the_story():
    assert _kinds("In April, 61 guests fell ill at the Harlow spa.", "Some 74 guests fell ill at the spa, "
                  "health officers said.") == []
    # both in the story's time: a conflict
    assert _kinds("On Tuesday 61 guests fell ill at the Harlow spa.", "On Tuesday 74 guests fell ill at the "
                  "Harlow spa.") == ["number"]


def test_a_part_is_not_its_whole():
    assert _kinds("Officials said 74 guests and 12 staff fell ill after the buffet.",
                  "The spa, which had 410 guests and 95 staff that week, was closed.") == []
    assert _kinds("Three climbers were killed and five were rescued.", "Twelve climbers were on the ridge.") == []
    # far apart but about the same thing: still a conflict
    assert _kinds("Three climbers were killed in the avalanche.", "Ten climbers were killed in the avalanche.") \
        == ["number"]


def test_compound_first_names_are_translated_part_by_part():
    assert first_near("Jean-Baptiste", "John")
    assert first_near("Jean-Pierre", "Juan")
    assert first_near("Jörg", "George")
    assert not first_near("Jean-Baptiste", "Peter")
