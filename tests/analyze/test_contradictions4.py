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
    assert _counts(t) == [("The first stage will run in Orvik in May and will be followed by two more stages", 3.0, "stage",
                           False)]
    # without a first one named, "two more" says nothing about the total
    assert _counts("Officials expect two more stages before the vote.") == []


def test_german_nouns_and_synonyms_share_a_unit():
    assert _counts("Die zweite von vier Runden findet in Lask statt.") == [("vier Runden", 4.0, "round", False)]
    assert _counts("Im Hafen lagen 17 Schiffe.") == [("17 Schiffe", 17.0, "ship", False)]
    assert _counts("Nearly twenty vessels waited.") == [("twenty vessels", 20.0, "ship", True)]
    assert _counts("Am Freitag kamen 3 Ministerinnen.") == []  # a capitalised word after digits: not known
