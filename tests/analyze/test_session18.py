"""Session 18 rules, found on development data and on the even sets of the session's rounds (read
after their blind measurement). Every sentence here is ours."""

from __future__ import annotations


def test_an_unread_attribution_naming_someone_else_stops_the_carry_over():
    from test_session13 import _speakers
    got = _speakers("«El puerto no puede seguir así», ha dicho la alcaldesa, Nerea Olabarri.\n\n«Aquí nadie sabe "
                    "nada», rezonga un estibador en la puerta.", "es")
    assert got.get("Aquí nadie sabe nada") is None
    got = _speakers("“The boiler failed on Friday,” said the caretaker, Amos Fell. “Nobody came.”\n\n“We wore coats "
                    "in class,” grumbled one of the pupils.")
    assert got.get("We wore coats in class") is None
    got = _speakers("“The boiler failed on Friday,” said the caretaker, Amos Fell.\n\n“We wore coats in class,” "
                    "shrugs Petra Quill, who teaches maths.")
    assert got.get("We wore coats in class") != "Amos Fell"
    # a definite title after an unread verb is the one named before: the carry stands
    got = _speakers("A presidente da junta, Lurdes Vaz, visitou a escola. «Ninguém fica sem aulas», garante. "
                    "«A obra começa em janeiro», reitera a autarca.", "pt")
    assert got["A obra começa em janeiro"] == "Lurdes Vaz"
