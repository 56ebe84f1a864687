"""Embeddings and batch documents: the same contract on every backend."""

import numpy as np

from newsweave.model import Article


def art(i: int) -> Article:
    text = f"Body number {i} about the Saltmere ferry."
    return Article(id=f"a{i}", source=f"in/{i}.txt", fmt="txt", raw=text, extracted=text, text=text)


def test_embeddings_stored_once_and_read_back(any_store):
    any_store.put_articles([art(1), art(2), art(3)])
    v1 = np.arange(4, dtype=np.float32) / 10
    any_store.put_embeddings("m", [("a2", v1), ("a1", v1 * 2)])
    any_store.put_embeddings("m", [("a2", v1 * 5)])  # an existing vector is kept, not replaced
    got = any_store.get_embeddings("m", ["a1", "a2", "a3"])
    assert set(got) == {"a1", "a2"} and got["a2"].dtype == np.float32
    assert np.array_equal(got["a2"], v1) and np.array_equal(got["a1"], v1 * 2)
    assert [aid for aid, _ in any_store.iter_embeddings("m")] == ["a1", "a2"]  # arrival order
    assert any_store.get_embeddings("other", ["a1"]) == {}


def test_put_docs_batch(any_store):
    any_store.put_docs("story", [("s1", {"id": "s1"}), ("s2", {"id": "s2", "n": 2})])
    any_store.put_docs("story", [("s2", {"id": "s2", "n": 3})])
    assert dict(any_store.iter_docs("story")) == {"s1": {"id": "s1"}, "s2": {"id": "s2", "n": 3}}
