"""Counts with space-separated thousands ("120 000 litres"), without swallowing a day number."""

from __future__ import annotations

import pytest

from newsweave.analyze.values import find_counts


@pytest.mark.parametrize("text,value,unit", [
    ("Some 120 000 litres leaked into the river.", 120000, "litre"),
    ("Il y avait 2\u202f500 manifestants devant la mairie.", 2500, "manifestant"),
    ("Rund 40\u00a0000 Haushalte waren ohne Strom.", 40000, "household"),
    ("About 3 000 000 euros were lost.", 3000000, "euro"),
    ("On May 5 300 people marched through the town.", 300, "people"),
    ("On 5 May 300 people marched through the town.", 300, "people"),
    ("In 2019 200 people left the valley.", 200, "people"),
])
def test_spaced_thousands(text, value, unit):
    counts = find_counts(text)
    assert [(c.value, c.unit) for c in counts] == [(value, unit)]
    span = text[counts[0].start:counts[0].end]
    assert span[0].isdigit() and float("".join(ch for ch in span if ch.isdigit())) == value


def test_decimals_and_commas_unchanged():
    got = [(c.value, c.unit) for c in find_counts("We counted 12,345 birds, 3.5 tonnes of grain and 40.000 households.")]
    assert got == [(12345, "bird"), (3.5, "tonne"), (40000, "household")]
