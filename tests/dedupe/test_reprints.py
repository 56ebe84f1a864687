"""Reprint detection: MinHash LSH groups, earliest roots, merges, determinism, symmetry, near-misses."""

import random

import pytest

from newsweave import pipeline
from newsweave.dedupe.minhash import ReprintIndex, from_bytes, is_reprint_pair, minhash_of, shingles, to_bytes
from newsweave.model import RawDoc
from newsweave.settings import Settings

WIRE = [
    "The port authority of Vellmark said on Sunday that container traffic would resume on Monday after a nine-day strike.",
    "Dock workers accepted a pay offer that raises wages by six percent over two years, union leader Mira Tann said.",
    "\u201cWe got what we came for, and we got it without anyone losing a job,\u201d Tann told reporters outside the union hall.",
    "About forty ships are waiting in the bay, and the authority expects the backlog to clear by Friday.",
    "The strike cost exporters an estimated 30 million euros a day, according to the chamber of commerce.",
    "Fruit growers in the southern valleys had warned that their harvest would rot in the containers.",
    "The transport minister, Oskar Lind, welcomed the deal and thanked both sides for their patience.",
    "The union had rejected two earlier offers, saying they did not cover rising rents in the port district.",
    "Talks were mediated by a retired judge, Hanna Ek, who was appointed by the government last week.",
    "The agreement still has to be approved by a vote of the union's members, which is expected on Wednesday.",
]
# another outlet's own report of the same event, sharing the union leader's quote word for word
OWN_REPORT = [
    "Nine days after the cranes fell silent, Vellmark's harbour is getting ready to move boxes again.",
    "Workers voted to take a deal worth six percent over two years, their union said late on Sunday.",
    "\u201cWe got what we came for, and we got it without anyone losing a job,\u201d Tann told reporters outside the union hall.",
    "Shipping agents said it could take a week before all waiting vessels are unloaded.",
    "Business groups put the daily losses at several tens of millions, mostly for fruit exporters.",
    "Minister Oskar Lind said the government had not put money on the table.",
    "A retired judge led the last round of talks, which ended shortly before midnight.",
    "Members of the union will vote on the deal in the middle of the week.",
]


def text_of(sentences):
    return " ".join(sentences)


def edited(sentences, n, seed):
    """A copy with ``n`` sentences rewritten (a wire copy edited by a desk)."""
    rng = random.Random(seed)
    out = list(sentences)
    for i in rng.sample(range(len(out)), n):
        out[i] = f"Editors at desk {seed} rewrote sentence {i} entirely with new words of their own choosing here."
    return out


def test_shingles_and_signatures_are_deterministic():
    assert shingles("a b c d e f", 5) == {b"a b c d e", b"b c d e f"}
    assert shingles("a b", 5) == {b"a b"}
    assert shingles("", 5) == set()
    m1, m2 = minhash_of(text_of(WIRE)), minhash_of(text_of(WIRE))
    assert (m1.hashvalues == m2.hashvalues).all()
    assert (from_bytes(to_bytes(m1), 128, 1).hashvalues == m1.hashvalues).all()
    with pytest.raises(ValueError):
        from_bytes(to_bytes(m1), 64, 1)


@pytest.mark.parametrize("scheme,one_edit,own_report,first_hash", [
    ("sha1", 0.7734, 0.0312, 8669569),      # stores made before schemes were recorded hold these
    ("wordmix", 0.7969, 0.0859, 42480561),
])
def test_pinned_golden_similarities(scheme, one_edit, own_report, first_hash):
    base = minhash_of(text_of(WIRE), hash_scheme=scheme)
    # pinned values: a change here changes which articles are reprints in stored databases
    assert round(base.jaccard(minhash_of(text_of(edited(WIRE, 1, seed=3)), hash_scheme=scheme)), 4) == one_edit
    assert round(base.jaccard(minhash_of(text_of(OWN_REPORT), hash_scheme=scheme)), 4) == own_report
    assert int(base.hashvalues[0]) == first_hash


def test_wordmix_is_datasketch_affine32_over_its_shingle_hashes():
    from datasketch import MinHash

    from newsweave.dedupe.minhash import _permutations, wordmix_hashes

    for text in (text_of(WIRE), text_of(OWN_REPORT), "a b", "one two three four five six"):
        hv = wordmix_hashes(text, 5)
        assert len(hv) == len(shingles(text, 5))  # one distinct hash per distinct shingle
        ref = MinHash(num_perm=128, seed=1, scheme="affine32", permutations=_permutations(128, 1), hashfunc=lambda x: x)
        ref.update_batch([int(x) for x in hv])
        assert (ref.hashvalues == minhash_of(text).hashvalues).all()
    assert len(minhash_of("").hashvalues) == 128 and minhash_of("").jaccard(minhash_of("")) == 1.0


def test_wordmix_estimates_track_the_true_jaccard():
    rng = random.Random(7)
    errs = []
    for trial in range(40):
        a = edited(WIRE, rng.randint(0, 6), seed=trial)
        b = edited(WIRE, rng.randint(0, 6), seed=trial + 100)
        sa, sb = shingles(text_of(a)), shingles(text_of(b))
        true = len(sa & sb) / len(sa | sb)
        errs.append(abs(minhash_of(text_of(a)).jaccard(minhash_of(text_of(b))) - true))
    assert sum(errs) / len(errs) < 0.04 and max(errs) < 0.15


def test_store_keeps_the_scheme_its_signatures_were_made_with(tmp_path, settings):
    from newsweave.dedupe.minhash import SCHEME_DOC, store_scheme
    from newsweave.store.sqlite import SQLiteStore

    new = SQLiteStore(tmp_path / "new.db")
    assert store_scheme(new, settings) == "wordmix"
    assert new.get_doc(*SCHEME_DOC)["hash"] == "wordmix"
    new.close()
    # a store made before schemes were recorded: signatures, no record -> sha1, and it stays so
    old = SQLiteStore(tmp_path / "old.db")
    pipeline.ingest([], old, settings, records=[RawDoc(source="w.txt", kind="text", content="Port strike ends\n\n"
                                                       + text_of(WIRE), fmt="txt")])
    old.delete_docs("dedupe")
    with old.conn:
        old.conn.execute("UPDATE articles SET minhash = ?", (to_bytes(minhash_of(text_of(WIRE), hash_scheme="sha1")),))
    assert store_scheme(old, settings) == "sha1"
    # a wire copy ingested now is compared with the stored sha1 signature, and found
    rep = pipeline.ingest([], old, settings, records=[RawDoc(source="c.txt", kind="text", content="Strike over at the port\n\n"
                                                             + text_of(edited(WIRE, 1, seed=1)), fmt="txt")])
    assert rep.reprints == 1
    assert old.get_doc(*SCHEME_DOC)["hash"] == "sha1"
    old.close()
T = Settings.load(environ={}).dedupe.threshold  # the shipped threshold (docs/cleaning.md)


@pytest.mark.parametrize("variant", [
    text_of(WIRE),                                   # headline changed: the body is the same
    text_of(WIRE[:-1]),                              # last paragraph trimmed
    text_of(WIRE) + " Follow us on Telegram",        # chrome left over
    text_of(edited(WIRE, 1, seed=1)),
    text_of(edited(WIRE, 2, seed=2)),
    text_of(edited(WIRE, 3, seed=3)),
])
def test_wire_copies_are_reprints_both_ways(variant):
    a, b = minhash_of(text_of(WIRE)), minhash_of(variant)
    assert is_reprint_pair(a, b, T) and is_reprint_pair(b, a, T)


def test_same_event_sharing_a_quote_is_not_a_reprint():
    a, b = minhash_of(text_of(WIRE)), minhash_of(text_of(OWN_REPORT))
    assert not is_reprint_pair(a, b, T) and not is_reprint_pair(b, a, T)
    idx = ReprintIndex(T)
    idx.add("wire", a, "2024-03-03")
    assert idx.add("own", b, "2024-03-03") == (None, [])


def test_symmetry_of_grouping_over_orders():
    texts = {"w": text_of(WIRE), "e1": text_of(edited(WIRE, 1, 5)), "e2": text_of(edited(WIRE, 2, 6)),
             "own": text_of(OWN_REPORT), "trim": text_of(WIRE[1:])}
    sigs = {k: minhash_of(v) for k, v in texts.items()}
    for x in sigs:
        for y in sigs:
            assert is_reprint_pair(sigs[x], sigs[y], T) == is_reprint_pair(sigs[y], sigs[x], T)
    groups = set()
    for order_seed in range(4):
        keys = sorted(sigs)
        random.Random(order_seed).shuffle(keys)
        idx = ReprintIndex(T)
        for k in keys:
            idx.add(k, sigs[k], "2024-03-03")
        groups.add(frozenset(frozenset(idx.group(k)) for k in keys))
    assert len(groups) == 1  # the same groups whatever the arrival order
    (g,) = groups
    assert frozenset({"own"}) in g


def test_earliest_copy_is_the_root_and_copies_of_copies_point_at_it():
    idx = ReprintIndex(T)
    base = text_of(WIRE)
    assert idx.add("a", minhash_of(base), "2024-03-02") == (None, [])
    assert idx.add("b", minhash_of(text_of(edited(WIRE, 1, 1))), "2024-03-03") == ("a", [])
    # c copies b (shares b's edit) but also a: it points at the root, not at b
    assert idx.add("c", minhash_of(text_of(edited(WIRE, 1, 1)) + " Ends"), "2024-03-04") == ("a", [])
    # d arrives later but was published first: it becomes the root, the others are re-pointed
    orig, moved = idx.add("d", minhash_of(base), "2024-03-01")
    assert orig is None and sorted(moved) == [("a", "d"), ("b", "d"), ("c", "d")]
    assert idx.group("c") == ["d", "a", "b", "c"]
    # undated copies never become the root of a dated group
    assert idx.add("e", minhash_of(base), None) == ("d", [])
    # adding the same id again changes nothing
    assert idx.add("e", minhash_of(base), "2000-01-01") == ("d", [])


def _ladder():
    """Three texts where a~b and b~c but not a~c at threshold 0.55."""
    sents = [f"Sentence number {i} of the ladder talks about harbour item {i * 7} in detail today." for i in range(14)]
    return text_of(sents[0:10]), text_of(sents[2:12]), text_of(sents[4:14])


def test_candidates_in_several_groups_are_merged_under_the_earliest():
    a, b, c = (minhash_of(t) for t in _ladder())
    assert is_reprint_pair(a, b, 0.55) and is_reprint_pair(b, c, 0.55) and not is_reprint_pair(a, c, 0.55)
    idx = ReprintIndex(0.55)
    idx.add("c", c, "2024-01-02")
    idx.add("a", a, "2024-01-05")
    assert idx.root("a") == "a" and idx.root("c") == "c"
    orig, moved = idx.add("b", b, "2024-01-09")
    assert orig == "c" and moved == [("a", "c")]
    assert idx.group("a") == ["c", "a", "b"]
    # a newcomer older than both roots takes over the merged group
    orig, moved = idx.add("z", b, "2023-12-31")
    assert orig is None and sorted(moved) == [("a", "z"), ("b", "z"), ("c", "z")]


def test_load_flattens_stored_chains():
    a = minhash_of(text_of(WIRE))
    rows = [("a", "2024-01-01", None, to_bytes(a)), ("b", "2024-01-02", "a", to_bytes(a)),
            ("c", "2024-01-03", "b", to_bytes(a))]
    idx = ReprintIndex(T)
    idx.load(rows)
    assert idx.root("c") == "a" and idx.group("a") == ["a", "b", "c"]
    assert idx.add("d", a, "2023-01-01")[1] == [("a", "d"), ("b", "d"), ("c", "d")]


def test_threshold_is_validated():
    with pytest.raises(ValueError):
        ReprintIndex(0)


def _rec(aid, sentences, published, outlet):
    return RawDoc(source="wire.jsonl", kind="text", content=text_of(sentences), fmt="jsonl", record_id=aid,
                  meta={"title": f"Headline {aid}", "published": published, "outlet": outlet})


def test_pipeline_repoints_stored_copies_when_an_older_copy_arrives(store):
    s = Settings.load(environ={}, overrides={"ingest": {"batch_size": 2}})
    rep = pipeline.ingest([], store, s, records=[_rec("late1", WIRE, "2024-03-04", "Echo"),
                                                 _rec("late2", edited(WIRE, 1, 9), "2024-03-05", "Post")])
    assert rep.reprints == 1 and store.get_article("late2").reprint_of == "late1"
    # next batch: the original wire copy (published first) and an unrelated report
    rep = pipeline.ingest([], store, s, records=[_rec("wire", WIRE[:-1], "2024-03-03", "Wire"),
                                                 _rec("own", OWN_REPORT, "2024-03-03", "Echo")])
    got = {a.id: a.reprint_of for a in store.iter_articles()}
    assert got == {"late1": "wire", "late2": "wire", "wire": None, "own": None}


def test_pipeline_same_batch_newer_first(store, settings):
    pipeline.ingest([], store, settings, records=[_rec("copy", WIRE, "2024-03-05", "Echo"),
                                                  _rec("orig", WIRE, "2024-03-01", "Wire")])
    got = {a.id: a.reprint_of for a in store.iter_articles()}
    assert got == {"copy": "orig", "orig": None}
