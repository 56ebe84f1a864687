"""Surnames with particles ("Ní Bhraonáin", "de Vries") alone join the one person of that surname."""

from __future__ import annotations

from newsweave.analyze.entities import EntityIndex


def _mentions(text: str, names: list[str]) -> list[dict]:
    out, pos = [], 0
    for n in names:
        s = text.index(n, pos)
        out.append({"start": s, "end": s + len(n), "text": n, "type": "PERSON", "src": "model"})
        pos = s + len(n)
    return out


def _people(index: EntityIndex) -> dict[str, set[str]]:
    return {e["name"]: set(e["variants"]) for e in index.build() if e["type"] == "PERSON"}


def test_particle_surname_alone_joins_the_full_name():
    a = "Siobhán Ní Bhraonáin, the mayor of Corrabeg, said the road would reopen. Ní Bhraonáin added that crews were ready."
    b = "Ní Bhraonáin told reporters the bridge was safe."
    c = "The council chair, Pieter van der Berg, disagreed. Van der Berg said the vote was early."
    idx = EntityIndex()
    idx.add_article("a", a, _mentions(a, ["Siobhán Ní Bhraonáin", "Ní Bhraonáin"]))
    idx.add_article("b", b, _mentions(b, ["Ní Bhraonáin"]))
    idx.add_article("c", c, _mentions(c, ["Pieter van der Berg", "Van der Berg"]))
    people = _people(idx)
    assert people["Siobhán Ní Bhraonáin"] >= {"Siobhán Ní Bhraonáin", "Ní Bhraonáin"}
    assert people["Pieter van der Berg"] >= {"Pieter van der Berg", "Van der Berg"}
    assert len(people) == 2


def test_particle_surname_of_two_people_stays_alone():
    a = "Anna de Vries and Jan de Vries both spoke. De Vries said the plan was sound."
    idx = EntityIndex()
    idx.add_article("a", a, _mentions(a, ["Anna de Vries", "Jan de Vries", "De Vries"]))
    people = _people(idx)
    assert "De Vries" in people and people["De Vries"] == {"De Vries"}
    assert len(people) == 3
