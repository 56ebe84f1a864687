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


def _speakers(text: str) -> dict[str, str | None]:
    from newsweave.analyze.ledger import build_ledger
    from newsweave.model import Article
    from newsweave.settings import Settings

    art = Article(id="a", source="a", fmt="txt", raw=text, extracted=text, text=text, outlet="a",
                  published="2026-11-14", language="en")
    led = build_ledger([art], {"id": "s", "version": 1}, Settings.load(environ={}))
    return {q["text"].strip(" ,.“”\"‘’'«»"): q["speaker"] for q in led["quotes"]}


def test_an_occupation_opening_the_sentence_is_not_part_of_the_name():
    got = _speakers("The lambs were found on Sunday.\n\nShepherd's wife and Pensioner Ada Brill told the radio she "
                    "heard bleating. “I thought it was the wind,” she says.")
    assert got == {"I thought it was the wind": "Ada Brill"}


def test_an_unknown_organisation_speaks_without_its_article():
    got = _speakers("Wardens are stretched, the union says. The Hill Walkers Guild called the rota “held together "
                    "with string”.")
    assert got == {"held together with string": "Hill Walkers Guild"}


def test_the_company_is_the_firm_the_article_introduced_not_a_town_or_a_shaft():
    text = ("Four walkers were hurt when a cable car stopped at Brennfeld on Friday, the operator Alpvista said.\n\n"
            "Engineers from Talheim reached the cabin after two hours. Parts were flown in from Osterau.\n\n"
            "Ropes were checked in the Nordstation overnight.\n\n"
            "The company said in a statement: “Alpvista is working with the inspectors. We are sorry.”")
    got = _speakers(text)
    assert got["Alpvista is working with the inspectors. We are sorry"] in ("Alpvista", None)
    assert got["Alpvista is working with the inspectors. We are sorry"] != "Osterau"
