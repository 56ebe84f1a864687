"""One facility, two places: "flown to the hospital in Brixau" / "... the university hospital in Valdenz"."""

from __future__ import annotations

import numpy as np

from newsweave.analyze.claims import _site, structural_pairs
from newsweave.analyze.contradictions import Unit


def _unit(aid: str, t: str, place: str) -> Unit:
    s = t.index(place)
    return Unit(aid, 0, len(t), t, places={f"p_{place}": (s, s + len(place))})


def test_the_site_before_a_place():
    assert _site(_unit("a", "Five were flown to the hospital in Brixau.", "Brixau")) == "hospital"
    assert _site(_unit("a", "Production moves to a newer factory in Salven.", "Salven")) == "plant"
    # a verb or people before the place is no site
    assert _site(_unit("a", "The two were born in Brixau.", "Brixau")) is None
    assert _site(_unit("a", "Residents in Brixau were told to stay indoors.", "Brixau")) is None


def test_one_site_in_two_places_pairs_across_claims_despite_a_low_cosine():
    a = _unit("a", "Five members of the group were dug out alive and flown to the hospital in Brixau.", "Brixau")
    b = _unit("b", "Five survivors were flown to the university hospital in Valdenz, two of them badly hurt.", "Valdenz")
    sim = np.full((2, 2), 0.5)
    keys = {"a": "a", "b": "b"}
    assert structural_pairs([a, b], sim, [[0], [1]], keys, 0.3, 0.4) == [(0, 1)]
    # the same site word and nothing else in common: two facts
    c = _unit("b", "The mayor opened a new hospital in Valdenz last spring.", "Valdenz")
    assert structural_pairs([a, c], sim, [[0], [1]], keys, 0.3, 0.4) == []
