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


def test_a_short_first_name_is_the_full_name_with_the_same_surname():
    from test_session13 import _speakers
    text = ("The museum's director, Dominic Hartle, closed the doors on Friday.\n\nOur own volunteer, Greta Hartle (no "
            "relation), has catalogued the flood damage.\n\nDom Hartle, who has run the museum since 2019, put it simply: "
            "“We will dry every page.”")
    assert _speakers(text)["We will dry every page"] == "Dominic Hartle"


def test_a_capitalised_title_in_apposition_is_not_the_speaker():
    from test_session13 import _speakers
    got = _speakers("The haulier collapsed on Monday.\n\nMarta Quillon, Joint Administrator, said: “This is a sad day "
                    "for the valley.”\n\nOwen Frisk, Joint Administrator, added: “We are talking to the council.”")
    assert got["This is a sad day for the valley"] == "Marta Quillon"
    assert got["We are talking to the council"] == "Owen Frisk"


def test_a_leading_adverb_is_no_part_of_a_bodys_name():
    from test_session13 import _speakers
    got = _speakers("The report was written by Gwen Farrow, the director of midwifery. Even the Dales Maternity Network, "
                    "which is supposed to check decisions like this, calls it “a proportionate response”.")
    assert got["a proportionate response"] == "Dales Maternity Network"


def test_a_person_of_a_body_with_the_bodys_own_appositive_is_who_speaks():
    from test_session13 import _speakers
    got = _speakers("The council banned rental bikes on Tuesday. Ivo Marsh of the Lantern Riders Alliance, a cyclists' "
                    "group, called the ban “a lazy fix.”")
    assert got["a lazy fix"] == "Ivo Marsh"


def test_a_bodys_name_goes_on_over_the_place_it_is_of():
    from test_session13 import _speakers
    got = _speakers("The Association of Porters of the Brenvale remembers that it warned in June that the lifts “were "
                    "never tested”.\n\nThe Syndicate Workers of the Pottery speaks of “a warned accident”.")
    assert got["were never tested"] == "Association of Porters of the Brenvale"
    assert got["a warned accident"] == "Syndicate Workers of the Pottery"


def test_a_name_then_a_capitalised_title_then_a_body_before_the_verb():
    from test_session13 import _speakers
    got = _speakers("The scheme was suspended on Monday.\n\nDaniel Achter, General Manager, RideWell UK, said: “Our "
                    "riders deserve better bikes.”\n\nMaria Lenz, Head of Operations, Velo Group, said: “We agree.”")
    assert got["Our riders deserve better bikes"] == "Daniel Achter"
    assert got["We agree"] == "Maria Lenz"
