"""Session 10 name rules: a judge's "Justice", names the model cuts short."""

from __future__ import annotations

from newsweave.analyze.entities import _TITLE_LEAD, _extend_name


def test_a_judges_justice_is_a_title_but_a_first_name_justice_stays():
    for text, rest in (("Mrs Justice Angharad Prosser said", "Angharad Prosser said"),
                       ("Justice Harriet Akello Mutebi", "Harriet Akello Mutebi")):
        m = _TITLE_LEAD.match(text)
        assert m and text[m.end():] == rest
    assert _TITLE_LEAD.match("Justice Mensah said the fee was fair.") is None


def test_a_body_cut_before_its_place_and_given_names_cut_before_surnames_are_made_whole():
    text = "The Departmental Government of Wilanqa said in a statement that the ban stays."
    s = text.index("Departmental")
    e = text.index(" Wilanqa")
    assert text[s:_extend_name(text, s, e, "ORG")] == "Departmental Government of Wilanqa"
    text = "“Two years is what the fish need,” said Rosa Elena Condori Apaza, the assembly member."
    s = text.index("Rosa")
    assert text[s:_extend_name(text, s, s + len("Rosa Elena"), "PERSON")] == "Rosa Elena Condori Apaza"
    # a weekday, a title or a verb after a name is no surname
    text = "Officials met Rosa Condori Monday in La Paz."
    s = text.index("Rosa")
    assert _extend_name(text, s, s + len("Rosa Condori"), "PERSON") == s + len("Rosa Condori")
    text = "Rosa Condori Minister of Fisheries, spoke first."
    assert _extend_name(text, 0, len("Rosa Condori"), "PERSON") == len("Rosa Condori")


def test_an_english_witness_of_a_denial_restates_the_denied_clause():
    from newsweave.analyze.contradictions import _english, _neg_clause, _stems

    neg = "The council approved the fee on Monday, she confirmed, and returning students are not affected."
    clause = _neg_clause(neg, neg.index("not"))
    assert clause.strip() == "and returning students are not affected"
    assert len(_stems("Fresh students will pay N185,000 per session.") & _stems(clause)) < 2
    neg = "Ferries to the mainland were not suspended, the port authority said."
    assert len(_stems("The ferry traffic to the mainland was stopped.") & _stems(_neg_clause(neg, neg.index("not")))) >= 2
    assert _english("The ferry traffic to the mainland was stopped.")
    assert not _english("Der Fährverkehr zum Festland wurde eingestellt.")


def test_a_verb_first_said_is_no_first_name():
    from test_quotes7 import _speakers

    got = _speakers("Students protested at the gate on Monday. Tobiloba Akinwale, the union president, led the "
                    "march. Said Akinwale: “We will not pay this fee.”")
    assert got["We will not pay this fee"] == "Tobiloba Akinwale"
    # a man called Said, named with an apposition, keeps his first name
    got = _speakers("Said Hamdan, the mayor of Tessir, opened the hall. “This is for everyone,” he said.")
    assert got["This is for everyone"] == "Said Hamdan"
