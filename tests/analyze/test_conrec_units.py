"""Count nouns in other words and languages, and thousands in Portuguese and Spanish."""

from __future__ import annotations

from newsweave.analyze.contradictions import Unit, same_counted
from newsweave.analyze.values import find_counts, singular


def _read(t: str) -> list[tuple[float, str]]:
    return [(v.value, v.unit) for v in find_counts(t)]


def test_nouns_of_one_thing_in_other_words_and_languages_are_one_unit():
    assert _read("1.800 Einwohner") == _read("1,800 inhabitants") == [(1800.0, "resident")]
    assert _read("vier Dörfern")[0][1] == _read("six villages")[0][1] == "village"
    assert _read("90 bomberos")[0][1] == _read("120 firefighters")[0][1] == "firefighter"
    assert _read("about a dozen batches") == [(12.0, "lot")] and _read("12 lotes") == [(12.0, "lot")]
    assert _read("cuatro cuadros") == [(4.0, "painting")]
    assert _read("Rund 600 Hektar") == [(600.0, "hectare")]
    assert singular("boxes") == "box" and singular("batches") == "batch" and singular("ships") == "ship"


def test_mil_and_milhao_are_scales_but_not_after_a_currency_sign():
    assert _read("Cerca de 500 mil pessoas") == [(500000.0, "people")]
    assert _read("1,2 milhão de doses") == [(1200000.0, "dose")]
    assert _read("He was paid $5 mil in cash.") == [(5.0, "dollar")]


def _unit(t: str) -> Unit:
    return Unit("a", 0, len(t), t, counts=find_counts(t))


def test_one_person_and_two_people_count_one_thing_only_with_the_same_predicate():
    a, b = _unit("One person was killed in the blast."), _unit("Two people were killed in the blast.")
    assert same_counted(a.counts[0], a, b.counts[0], b)
    c = _unit("At least five people were wounded, two from gunshots.")
    d = _unit("A police source said one person had been killed and five wounded.")
    assert not any(same_counted(x, c, y, d) for x in c.counts for y in d.counts if x.unit != y.unit)
