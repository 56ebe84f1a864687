"""A denied act against the act done, behind a reporting verb or an aside."""

from __future__ import annotations

from newsweave.analyze.contradictions import Unit, compare, did_not_vs_did, same_subject_negated


def _kinds(ta: str, tb: str) -> list[str]:
    return [c["kind"] for c in compare(Unit("a", 0, len(ta), ta), Unit("b", 0, len(tb), tb), similarity=0.9,
                                       text_a=ta, text_b=tb, article_entities={})]


def test_did_not_against_did_with_the_same_subject_and_object():
    neg = "The police chief said guards did not open the side gate near the car park."
    assert did_not_vs_did(neg, "Guards opened the side gate shortly before noon to let fans out.")
    assert _kinds(neg, "Guards opened the side gate shortly before noon to let fans out.") == ["negation"]
    # another subject, or another object: nothing denied
    assert not did_not_vs_did(neg, "Fans opened the side gate shortly before noon.")
    assert not did_not_vs_did(neg, "Guards opened fire shortly before noon.")


def test_a_subject_with_an_aside_is_still_the_subject():
    assert same_subject_negated("The Tarn bridge, which carries the main road north, was not damaged, officials said.",
                                "The Tarn bridge was damaged and has been closed.")
    assert not same_subject_negated("The Tarn bridge, which carries the main road north, was not damaged.",
                                    "The Holm tunnel was damaged and has been closed.")
