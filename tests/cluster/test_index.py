"""The day index: a batch search finds what one-at-a-time searching and adding would find."""

import numpy as np
import pytest

from newsweave.cluster.index import BatchSearch, DayIndex


def _stream(n, seed):
    rng = np.random.default_rng(seed)
    # small integer entries: every dot product is exact in float32 whatever the BLAS kernel's
    # summation order, so the comparison can be exact, and ties (equal similarities) are common
    vecs = rng.integers(-2, 3, size=(n, 6)).astype(np.float32)
    days = [None if rng.random() < 0.1 else float(rng.integers(100, 130)) for _ in range(n)]
    # the day each row is indexed under: usually its page day, sometimes one the text gave, or none
    final = [d if d is None or rng.random() > 0.15 else (None if rng.random() < 0.3 else d - rng.integers(1, 20))
             for d in days]
    return vecs, days, final


def _reference(rows, vec, day, k, window, max_rows):
    """What a query sees, written plainly: its own day's rows, then the day before, the day after,
    ... within the window until ``max_rows`` rows are covered, plus the undated rows; an undated
    query sees all. ``rows``: (vector, indexed day) in arrival order."""
    if day is None:
        seen = list(range(len(rows)))
    else:
        seen, n = [], 0
        for d in sorted(range(int(day) - window, int(day) + window + 1), key=lambda x: (abs(x - int(day)), x)):
            on_day = [p for p, (_, dd) in enumerate(rows) if dd is not None and int(dd) == d]
            seen += on_day
            n += len(on_day)
            if on_day and max_rows and n >= max_rows:
                break
        seen += [p for p, (_, dd) in enumerate(rows) if dd is None]
    scored = sorted((-float(vec @ rows[p][0]), p) for p in seen)[:k]
    return [(-s, p) for s, p in scored]


@pytest.mark.parametrize("max_rows", [0, 7, 40])
@pytest.mark.parametrize("batch", [1, 5, 64])
def test_batch_search_equals_one_at_a_time(max_rows, batch):
    vecs, days, final = _stream(300, seed=max_rows + batch)
    want, rows = [], []
    for i in range(len(vecs)):
        want.append(_reference(rows, vecs[i], days[i], 5, 6, max_rows))
        rows.append((vecs[i], final[i]))
    many = DayIndex(6, window=6, max_rows=max_rows)
    got = []
    for s in range(0, len(vecs), batch):
        search = BatchSearch(many, vecs[s:s + batch], days[s:s + batch], 5)
        for i in range(s, min(s + batch, len(vecs))):
            got.append(search.neighbours(i - s))
            many.add(f"a{i}", vecs[i], final[i])
            search.added(final[i])
    assert got == want
    assert sum(len(x) for x in want) > 1000


def test_cap_covers_nearest_days_first():
    idx = DayIndex(2, window=10, max_rows=3)
    for i, day in enumerate([10.0, 9.0, 11.0, 12.0, 5.0]):
        idx.add(f"a{i}", np.array([1.0, 0.0], dtype=np.float32), day)
    # day 10 then 9 then 11 cover three rows: days 12 and 5 are not searched
    found = idx.search_batch(np.array([[1.0, 0.0]], dtype=np.float32), [10.0], 10)[0]
    assert [p for _, p in found] == [0, 1, 2]
    # an undated query searches everything; ties rank by arrival
    found = idx.search_batch(np.array([[1.0, 0.0]], dtype=np.float32), [None], 10)[0]
    assert [p for _, p in found] == [0, 1, 2, 3, 4]
    assert np.array_equal(idx.get("a4"), [1.0, 0.0]) and idx.get("zz") is None
